namespace OpenSystem.Dynamics.Tests;

/// <summary>
/// The exact route's ladder at times far beyond relaxation: once a rung stops changing it is the t → ∞ limit. Before,
/// rounding of the kernel mode doubled with every squaring and a Davies qubit on a log grid to t = 1e24 ended in NaN.
/// </summary>
public class ExactRouteLongTimeTests
{
    [Theory]
    [InlineData(1e6)]
    [InlineData(1e24)]
    [InlineData(1e99)]
    public void DaviesQubit_AtHugeTimes_IsItsSteadyState(double tEnd)
    {
        var system = new OpenQuantumSystem(new QubitRegister(1), PauliSum.Of("Z0", 0.5),
            [new BathCoupling(PauliSum.Of("X0", 1.0), TestSystems.Ohmic(1e-3, 0.2))]);
        var generator = new GlobalLindblad().Build(system);
        var steady = new SteadyStateSolver().Solve(generator);
        var run = new MasterEquationSolver(generator, new ExactRoute()).Evolve(DensityMatrix.Ground(system.Register), TimeGrid.Logarithmic(0.1, tEnd, 60));
        var last = run.FinalState.Bloch(0);
        var expected = steady.State.Bloch(0);
        Assert.True(double.IsFinite(last.Z));
        Assert.True(Math.Abs(last.Z - expected.Z) < 1e-8, $"t = {tEnd:G3}: z = {last.Z:R}, steady {expected.Z:R}");
    }
}
