using OpenSystem.Dynamics;

namespace OpenSystem.Dynamics.Tests;

/// <summary>Single-qubit relaxation (QuTiP's test_qubit analogue): H = (ω/2)Z, A = X, Ohmic bath.</summary>
public class RelaxationTests
{
    private const double Omega = 1.0, T = 0.5, Alpha = 1e-2;

    private static OpenQuantumSystem Qubit() => new(new QubitRegister(1), PauliSum.Of("Z0", Omega / 2),
        [new BathCoupling(PauliSum.Of("X0", 1), TestSystems.Ohmic(Alpha, T))]);

    [Theory]
    [InlineData("lindblad")]
    [InlineData("redfield")]
    public void Population_RelaxesAtSumOfRates(string kind)
    {
        var system = Qubit();
        var bath = system.Couplings[0].Bath;
        double rate = bath.Rate(Omega) + bath.Rate(-Omega);
        double zEq = -Math.Tanh(Omega / (2 * T));
        MasterEquation eq = kind == "lindblad" ? new GlobalLindblad() : new Redfield();
        var run = new MasterEquationSolver(eq.Build(system), new AutoRoute(new DormandPrince54 { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-12 }))
            .Evolve(DensityMatrix.Excited(system.Register), TimeGrid.Linear(0, 3 / rate, 13));
        for (int i = 0; i < run.Times.Count; i++)
            Assert.Equal(zEq + (1 - zEq) * Math.Exp(-rate * run.Times[i]), run.States[i].Bloch(0).Z, 8);
    }

    [Fact]
    public void Coherence_DecaysAtHalfTheRate()
    {
        var system = Qubit();
        var bath = system.Couplings[0].Bath;
        double rate = bath.Rate(Omega) + bath.Rate(-Omega);
        var run = new MasterEquationSolver(new GlobalLindblad().Build(system), new AutoRoute(new DormandPrince54 { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-12 }))
            .Evolve(DensityMatrix.Product(system.Register, [(1, 0, 0)]), TimeGrid.Linear(0, 3 / rate, 13));
        for (int i = 0; i < run.Times.Count; i++)
        {
            var (x, y, _) = run.States[i].Bloch(0);
            Assert.Equal(Math.Exp(-rate * run.Times[i] / 2), Math.Sqrt(x * x + y * y), 8);
        }
    }

    [Fact]
    public void FreePrecession_FollowsLambShiftedFrequency()
    {
        // Davies with H_LS: the coherence rotates at ω + S(ω) − S(−ω) (H_LS = S(ω)σ⁺σ⁻ + S(−ω)σ⁻σ⁺ for A = X).
        var system = Qubit();
        var bath = system.Couplings[0].Bath;
        double shifted = Omega + bath.LambShift(Omega) - bath.LambShift(-Omega);
        var run = new MasterEquationSolver(new GlobalLindblad().Build(system), new AutoRoute(new DormandPrince54 { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-12 }))
            .Evolve(DensityMatrix.Product(system.Register, [(1, 0, 0)]), TimeGrid.Linear(0, 20, 11));
        double rate = bath.Rate(Omega) + bath.Rate(-Omega);
        for (int i = 0; i < run.Times.Count; i++)
        {
            double t = run.Times[i];
            // <X> = e^{-Γt/2} cos(ω' t), <Y> = e^{-Γt/2} sin(ω' t) for H = (ω/2)Z (Heisenberg picture σ⁻(t) = e^{-iωt}σ⁻)
            Assert.Equal(Math.Exp(-rate * t / 2) * Math.Cos(shifted * t), run.States[i].Bloch(0).X, 8);
            Assert.Equal(Math.Exp(-rate * t / 2) * Math.Sin(shifted * t), run.States[i].Bloch(0).Y, 8);
        }
    }
}
