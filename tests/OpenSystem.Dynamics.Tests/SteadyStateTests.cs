using OpenSystem.Dynamics;
using OpenSystem.Paper;

namespace OpenSystem.Dynamics.Tests;

/// <summary>Steady states: the two algorithms agree, uniqueness is diagnosed, and the composite benchmark of Part 1.</summary>
public class SteadyStateTests
{
    [Fact]
    public void DirectAndGmres_Agree_ForRedfieldWithLambShift()
    {
        var l = new Redfield(true).Build(TestSystems.RandomNetwork(seed: 41, n: 3, alpha: 5e-3, t: 0.25, complexTerms: true));
        var direct = new SteadyStateSolver { Algorithm = SteadyStateAlgorithm.Direct }.Solve(l);
        var gmres = new SteadyStateSolver { Algorithm = SteadyStateAlgorithm.Gmres }.Solve(l);
        Assert.True(TestSystems.MaxAbs(direct.Represented.Matrix - gmres.Represented.Matrix) < 1e-11);
        Assert.True(gmres.RelativeResidual < 1e-10 && direct.RelativeResidual < 1e-10);
        Assert.Equal(SteadyStateMethod.Gmres, gmres.Method);
        Assert.InRange(gmres.Iterations, 1, 200);
    }

    [Fact]
    public void BathOnOneQubitOfEq5_IsNotUnique_AndEvolutionKeepsTheConservedQuantity()
    {
        // docs/physics.md §3.2: with a bath on TLS 1 only, σᶻ₂ is conserved (2 stationary states).
        var system = new OpenQuantumSystem(new QubitRegister(2), PaperModels.Eq5(1.0, 0.5, 0.7),
            [new BathCoupling(PauliSum.Of("X0", 1), TestSystems.Ohmic(1e-2, 0.3))]);
        var l = new GlobalLindblad().Build(system);
        var steady = new SteadyStateSolver().Solve(l);
        Assert.False(steady.Unique);
        Assert.Contains("closed classes", steady.Diagnosis);
        var fromExcited = new SteadyStateSolver().SolveByEvolution(l, DensityMatrix.Product(system.Register, [(0, 0, -1), (0, 0, 1)]));
        Assert.Equal(1.0, fromExcited.State.Bloch(1).Z, 7);   // qubit 1 never relaxes
        // issue 13(e): a long-time state of a degenerate kernel is never reported unique; at d <= 32 it is the exact
        // projection P0 rho0, and the diagnosis names the kernel's dimension.
        Assert.False(fromExcited.Unique);
        Assert.Equal(SteadyStateMethod.Kernel, fromExcited.Method);
        var withDiagnosis = new SteadyStateSolver().SolveByEvolution(l, DensityMatrix.Ground(system.Register), diagnosis: steady.Diagnosis);
        Assert.False(withDiagnosis.Unique);
        Assert.Contains("2-dimensional", withDiagnosis.Diagnosis);
    }

    [Fact]
    public void IdenticalSourcesWithBathOnTargetOnly_IsNotUnique()
    {
        // docs/physics.md §3.2: (C4), N = 2 identical sources, bath on the target only: source-exchange symmetry, 2 stationary states.
        var h = PaperModels.EqC4(1.0, PaperModels.Identical(2, 0.5, 0.5, 0.5));
        var system = new OpenQuantumSystem(new QubitRegister(3), h, [new BathCoupling(PauliSum.Of("X0", 1), TestSystems.Ohmic(1e-2, 0.3))]);
        var steady = new SteadyStateSolver { Algorithm = SteadyStateAlgorithm.Gmres }.Solve(new Redfield(false).Build(system));
        Assert.False(steady.Unique);
    }

    [Fact]
    public void BathOnEveryQubit_IsUnique()
    {
        var h = PaperModels.EqC4(1.0, PaperModels.Identical(2, 0.5, 0.5, 0.5));
        var system = PaperModels.WithBathOnEveryQubit(h, 3, 1e-2, 5, 0.3);
        Assert.True(new SteadyStateSolver { Algorithm = SteadyStateAlgorithm.Gmres }.Solve(new Redfield(false).Build(system)).Unique);
    }

    [Theory]
    [InlineData(1e-3, -5.8696307271e-3)]
    [InlineData(1e-4, -5.8420211634e-4)]
    public void CompositeQubit_RedfieldWithLambShift_MatchesNotesTable(double alpha, double expected)
    {
        // docs/physics.md §1.4 table: H = σᶻ/2, X = σˣ + σᶻ, Ω = 5, T = 0.1.
        Assert.Equal(expected, CompositeX(alpha, new Redfield(true)), 12);
    }

    [Fact]
    public void CompositeQubit_RedfieldDeviationFromP1_IsProportionalToAlpha()
    {
        // (P1) at T = 0.1: <σˣ> = -5.8389694591e-3 λ/1e-3. Redfield agrees at O(α); the remainder is O(α²).
        const double p1OverLambda = -5.8389694591;
        double d1 = CompositeX(1e-3, new Redfield(true)) / 1e-3 - p1OverLambda;
        double d2 = CompositeX(1e-4, new Redfield(true)) / 1e-4 - p1OverLambda;
        Assert.InRange(d1 / d2, 9.0, 11.0);
        Assert.True(Math.Abs(d1 / p1OverLambda) < 1e-2);
    }

    [Fact]
    public void CompositeQubit_WithoutLambShiftOrSecular_HasNoCoherence()
    {
        Assert.True(Math.Abs(CompositeX(1e-3, new Redfield(false))) < 1e-15);
        Assert.True(Math.Abs(CompositeX(1e-3, new GlobalLindblad(true))) < 1e-15);
    }

    [Fact]
    public void Gmres_StartAlreadySteady_TakesNoIterations()
    {
        // Redfield without the Lamb shift: the secular start (Gibbs populations) is the exact steady state.
        var l = new Redfield(false).Build(TestSystems.RandomNetwork(seed: 45, n: 5, alpha: 1e-3, t: 0.3));
        var steady = new SteadyStateSolver { Algorithm = SteadyStateAlgorithm.Gmres }.Solve(l);
        Assert.Equal(0, steady.Iterations);
        Assert.True(steady.RelativeResidual < 1e-12);
    }

    [Fact]
    public void Gmres_UnreachableTolerance_FailsLoudly()
    {
        var l = new Redfield(true).Build(TestSystems.RandomNetwork(seed: 43, n: 3, alpha: 5e-2, t: 0.25));
        var ex = Assert.Throws<SteadyStateException>(() =>
            new SteadyStateSolver { Algorithm = SteadyStateAlgorithm.Gmres, MaxIterations = 1, Restart = 1, Tolerance = 1e-14, ProbeUniqueness = false }.Solve(l));
        Assert.True(ex.Residual > 1e-14);
    }

    private static double CompositeX(double alpha, MasterEquation eq)
    {
        var coupling = new PauliSum([new(PauliString.Parse("X0"), 1.0), new(PauliString.Parse("Z0"), 1.0)]);
        var system = new OpenQuantumSystem(new QubitRegister(1), PauliSum.Of("Z0", 0.5), [new BathCoupling(coupling, TestSystems.Ohmic(alpha, 0.1))]);
        return new SteadyStateSolver().Solve(eq.Build(system)).State.Bloch(0).X;
    }
}
