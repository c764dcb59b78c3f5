using System.Numerics;
using OpenSystem.Dynamics;

namespace OpenSystem.Dynamics.Tests;

/// <summary>
/// The exact route (ladder of e^{L h 2^k}) at arbitrary times: the same trajectory as tightly converged Dormand–Prince
/// on a log grid spanning many Bohr periods, and as the uniform-grid propagator on a uniform grid, for a bath model
/// (Redfield, dense energy-basis generator) and a jump-only model (permutation generator).
/// </summary>
public class ExactRouteTests
{
    private static readonly DormandPrince54 Tight = new() { RelativeTolerance = 1e-11, AbsoluteTolerance = 1e-13 };

    private static PauliSum Lower(int q) => new([new(PauliString.Parse($"X{q}"), 0.5), new(PauliString.Parse($"Y{q}"), new Complex(0, -0.5))]);

    private static OpenQuantumSystem JumpOnly(int n)
    {
        var terms = Enumerable.Range(0, n).Select(i => new PauliTerm(PauliString.Parse($"Z{i}"), 0.9 + 0.1 * i))
            .Concat(Enumerable.Range(0, n - 1).Select(i => new PauliTerm(PauliString.Parse($"X{i} X{i + 1}"), 0.35)));
        var jumps = Enumerable.Range(0, n).Select(i => new JumpChannel(Lower(i), 0.02 + 0.005 * i)).ToArray();
        return new OpenQuantumSystem(new QubitRegister(n), new PauliSum(terms), jumps: jumps);
    }

    public static TheoryData<string> Models => new() { "bath", "jumps" };

    private static IGenerator Generator(string model) => model == "bath"
        ? new Redfield().Build(TestSystems.RandomNetwork(seed: 5, n: 3))
        : new GlobalLindblad().Build(JumpOnly(3));

    [Theory]
    [MemberData(nameof(Models))]
    public void OnALogGrid_AgreesWithDormandPrince(string model)
    {
        var l = Generator(model);
        var start = DensityMatrix.Ground(l.System.Register);
        // up to t = 200: hundreds of Bohr periods, the steps growing from 0.01 to about 20
        var grid = TimeGrid.Logarithmic(0.01, 200, 41);
        var exact = new MasterEquationSolver(l, new ExactRoute()).Evolve(start, grid);
        var rk = new MasterEquationSolver(l, new RungeKuttaRoute(Tight)).Evolve(start, grid);
        Assert.IsType<ExactRoute>(exact.Statistics.Route);
        for (int i = 0; i < grid.Times.Count; i++)
        {
            double diff = TestSystems.MaxAbs(exact.States[i].Matrix - rk.States[i].Matrix);
            Assert.True(diff < 1e-8, $"{model}: exact vs Dormand–Prince differ by {diff:E2} at t = {grid.Times[i]:G4}");
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void OnAUniformGrid_AgreesWithThePropagator(string model)
    {
        var l = Generator(model);
        var start = DensityMatrix.MaximallyMixed(l.System.Register);
        var grid = TimeGrid.Linear(0, 30, 13);
        var exact = new MasterEquationSolver(l, new ExactRoute()).Evolve(start, grid);
        var propagator = new MasterEquationSolver(l, new PropagatorRoute()).Evolve(start, grid);
        for (int i = 0; i < grid.Times.Count; i++)
        {
            double diff = TestSystems.MaxAbs(exact.States[i].Matrix - propagator.States[i].Matrix);
            Assert.True(diff < 1e-8, $"{model}: exact vs propagator differ by {diff:E2} at t = {grid.Times[i]:G4}");
        }
    }

    [Fact]
    public void ReusedLadder_GivesTheSameStatesAsAFreshSolver()
    {
        // The solver keeps its ladder across starts; a second start on a shorter grid must not depend on the first.
        var l = Generator("bath");
        var start = DensityMatrix.Ground(l.System.Register);
        var shared = new MasterEquationSolver(l, new ExactRoute());
        shared.Evolve(DensityMatrix.MaximallyMixed(l.System.Register), TimeGrid.Logarithmic(0.01, 200, 41));
        var grid = TimeGrid.Logarithmic(0.05, 20, 17);
        var reused = shared.Evolve(start, grid);
        var fresh = new MasterEquationSolver(l, new ExactRoute()).Evolve(start, grid);
        for (int i = 0; i < grid.Times.Count; i++)
            Assert.True(TestSystems.MaxAbs(reused.States[i].Matrix - fresh.States[i].Matrix) < 1e-10, $"t = {grid.Times[i]:G4}");
    }

    [Fact]
    public void AboveItsDimension_IsRefusedWithTheReason()
    {
        var l = Generator("jumps");
        var ex = Assert.Throws<ArgumentException>(() => new MasterEquationSolver(l, new ExactRoute(MaxDimension: 4))
            .Evolve(DensityMatrix.Ground(l.System.Register), TimeGrid.Logarithmic(0.1, 1, 5)));
        Assert.Contains("d <= 4", ex.Message);
    }
}
