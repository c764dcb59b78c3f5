using OpenSystem.Dynamics;
using OpenSystem.Paper;

namespace OpenSystem.Dynamics.Tests;

/// <summary>
/// Long-time states from the kernel of L (issue 13, "Hangs" and "Garbage in messages"): P₀ρ₀ against analytic limits
/// and against exact propagation, the imaginary-axis frequencies, and uniqueness only for a one-dimensional kernel.
/// </summary>
public class LongTimeLimitTests
{
    private const double T = 0.3;

    /// <summary>H = 0.5 Z0 + 0.7 Z1, a σˣ bath on qubit 0 only: qubit 1 keeps its populations and precesses at 2 × 0.7.</summary>
    private static OpenQuantumSystem FreeQubit() => new(new QubitRegister(2), PauliSum.Of("Z0", 0.5) + PauliSum.Of("Z1", 0.7),
        [new BathCoupling(PauliSum.Of("X0", 1), TestSystems.Ohmic(1e-2, T))]);

    [Fact]
    public void FreeQubitInSuperposition_IsTheTimeAverage_WithItsPrecessionFrequency()
    {
        // Before: SolveByEvolution ran for ever (973 s at d = 4, then "100000000 steps"). Analytic time average:
        // qubit 0 at its Gibbs state (z = −tanh(0.5/T)), qubit 1 keeps z = 0.8 and its x = 0.6 averages to 0.
        var system = FreeQubit();
        var l = new GlobalLindblad(false).Build(system);
        var start = DensityMatrix.Product(system.Register, [(0, 0, 1), (0.6, 0, 0.8)]);
        var steady = new SteadyStateSolver().SolveFrom(l, start);
        Assert.Equal(SteadyStateMethod.Kernel, steady.Method);
        Assert.False(steady.Unique);
        Assert.Equal(2, steady.Spectrum!.KernelDimension);
        Assert.Equal(1.4, Assert.Single(steady.Spectrum.OscillationFrequencies), 9);
        Assert.Contains("1.4", steady.Diagnosis);
        Assert.Equal(-Math.Tanh(0.5 / T), steady.State.Bloch(0).Z, 10);
        Assert.Equal(0.0, steady.State.Bloch(0).X, 10);
        Assert.Equal(0.0, steady.State.Bloch(1).X, 10);
        Assert.Equal(0.0, steady.State.Bloch(1).Y, 10);
        Assert.Equal(0.8, steady.State.Bloch(1).Z, 10);
    }

    [Fact]
    public void DegenerateKernelWithoutOscillation_MatchesExactPropagationToLongTimes()
    {
        // Cross-check between methods: P₀ρ₀ against e^{L t} ρ₀ by the exact propagator at t = 4000 (≫ 1/gap ≈ 16).
        // L has the oscillating modes of qubit 1 (a property of L), but this ρ₀ has no x, y on qubit 1, so a limit exists.
        var system = FreeQubit();
        var l = new Redfield(true).Build(system);
        var start = DensityMatrix.Product(system.Register, [(0.3, 0, 0.5), (0, 0, -0.6)]);
        var limit = LongTimeLimit.Of(l, start);
        Assert.Equal(1.4, Assert.Single(limit.Spectrum.OscillationFrequencies), 9);
        Assert.False(limit.Unique);
        var evolved = new MasterEquationSolver(l, new PropagatorRoute()).Evolve(start, TimeGrid.Linear(0, 4000, 3)).States[^1];
        Assert.True(TestSystems.MaxAbs(evolved.Matrix - limit.State.Matrix) < 1e-9);
        Assert.Equal(-0.6, limit.State.Bloch(1).Z, 10);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(2.0)]
    public void ZeroOrScalarHamiltonian_KeepsTheCoupledAxis(double c)
    {
        // Before: "relative residual NaN". With H = c I every Bohr frequency is 0 and L = γ(0)(XρX − ρ): ⟨X⟩ is
        // conserved, ⟨Y⟩ and ⟨Z⟩ decay, so the limit from r = (0.6, 0, 0.8) is r = (0.6, 0, 0).
        var h = c == 0 ? new PauliSum([]) : PauliSum.Of("I", c);
        var system = new OpenQuantumSystem(new QubitRegister(1), h, [new BathCoupling(PauliSum.Of("X0", 1), TestSystems.Ohmic(1e-2, T))]);
        foreach (MasterEquation equation in new MasterEquation[] { new Redfield(false), new GlobalLindblad() })
        {
            var steady = new SteadyStateSolver().SolveFrom(equation.Build(system), DensityMatrix.Product(system.Register, [(0.6, 0, 0.8)]));
            Assert.False(steady.Unique);
            Assert.True(double.IsFinite(steady.RelativeResidual) && steady.RelativeResidual < 1e-10);
            Assert.Equal(0.6, steady.State.Bloch(0).X, 12);
            Assert.Equal(0.0, steady.State.Bloch(0).Z, 12);
        }
    }

    [Fact]
    public void BathOnEveryQubit_IsUniqueAndAgreesWithTheLinearSolve()
    {
        var l = new Redfield(true).Build(TestSystems.RandomNetwork(seed: 7, n: 3));
        var ground = DensityMatrix.Ground(l.System.Register);
        var limit = LongTimeLimit.Of(l, ground);
        Assert.True(limit.Unique);
        Assert.Empty(limit.Spectrum.OscillationFrequencies);
        var solved = new SteadyStateSolver().Solve(l);
        Assert.True(TestSystems.MaxAbs(limit.State.Matrix - solved.State.Matrix) < 1e-10);
        var steady = new SteadyStateSolver().SolveFrom(l, DensityMatrix.MaximallyMixed(l.System.Register));
        Assert.True(steady.Unique);
        Assert.True(TestSystems.MaxAbs(steady.State.Matrix - solved.State.Matrix) < 1e-10);
    }

    [Fact]
    public void IdenticalQubitsWithBathOnOne_AreNotUnique_AndKeepTheSymmetricSector()
    {
        // Three identical qubits, bath on qubit 0 only (the three-identical-qubits case, at ordinary scales):
        // the exchange of qubits 1 and 2 is a symmetry, so the kernel is degenerate; P₀ρ₀ is the limit of exact propagation.
        var h = PaperModels.EqC4(1.0, PaperModels.Identical(2, 0.5, 0.5, 0.5));
        var system = new OpenQuantumSystem(new QubitRegister(3), h, [new BathCoupling(PauliSum.Of("X0", 1), TestSystems.Ohmic(1e-2, T))]);
        var l = new Redfield(false).Build(system);
        var start = DensityMatrix.Product(system.Register, [(0, 0, -1), (0, 0, 1), (0, 0, -1)]);
        var limit = LongTimeLimit.Of(l, start);
        Assert.True(limit.Spectrum.KernelDimension > 1);
        var later = new MasterEquationSolver(l, new PropagatorRoute()).Evolve(start, TimeGrid.Linear(0, 20000, 2)).States[^1];
        Assert.False(limit.Oscillates);
        Assert.True(TestSystems.MaxAbs(later.Matrix - limit.State.Matrix) < 1e-7);
    }

    [Fact]
    public void AboveTheAlwaysCheckedSize_ADegenerateKernelFoundByClosedClasses_TakesTheProjector()
    {
        // d = 16: qubit 3 has no bath and commutes with H, so ⟨Z3⟩ is conserved; the limit keeps it (analytic).
        var h = PauliSum.Of("Z0", 0.5) + PauliSum.Of("Z1", 0.6) + PauliSum.Of("Z2", 0.7) + PauliSum.Of("Z3", 0.8) + PauliSum.Of("X0 X1", 0.1) + PauliSum.Of("X1 X2", 0.1);
        var bath = TestSystems.Ohmic(1e-2, T);
        var system = new OpenQuantumSystem(new QubitRegister(4), h, [new BathCoupling(PauliSum.Of("X0", 1), bath), new BathCoupling(PauliSum.Of("X2", 1), bath)]);
        var start = DensityMatrix.Product(system.Register, [(0, 0, -1), (0, 0, -1), (0, 0, -1), (0, 0, 0.4)]);
        var steady = new SteadyStateSolver().SolveFrom(new GlobalLindblad().Build(system), start);
        Assert.Equal(SteadyStateMethod.Kernel, steady.Method);
        Assert.False(steady.Unique);
        Assert.Equal(0.4, steady.State.Bloch(3).Z, 9);
    }

    [Fact]
    public void BeyondTheDenseLimit_ADegenerateKernelIsRefusedWithTheReason()
    {
        // d = 64 with a free qubit: no dense projector, and no open-ended integration either.
        var h = PauliSum.Of("Z0", 0.5) + PauliSum.Of("Z1", 0.6) + PauliSum.Of("Z2", 0.7) + PauliSum.Of("Z3", 0.8) + PauliSum.Of("Z4", 0.9) + PauliSum.Of("Z5", 1.0);
        var bath = TestSystems.Ohmic(1e-2, T);
        var couplings = Enumerable.Range(0, 5).Select(q => new BathCoupling(PauliSum.Of($"X{q}", 1), bath)).ToArray();
        var system = new OpenQuantumSystem(new QubitRegister(6), h, couplings);
        var ex = Assert.Throws<SteadyStateException>(() =>
            new SteadyStateSolver().SolveFrom(new GlobalLindblad(false).Build(system), DensityMatrix.Ground(system.Register)));
        Assert.Contains("out of reach", ex.Message);
    }

    [Fact]
    public void LambShiftOutOfTheBathsRange_FailsWithTheBathsReason_NotAnAggregate()
    {
        // Before: "One or more errors occurred." (AggregateException from the parallel quadrature loop), reported as an
        // internal error. Bohr frequencies of 2e12 against a bath scale of 0.3: the bath refuses S(w) with its reason.
        var h = PauliSum.Of("Z0", 1e6) + PauliSum.Of("Z1", 1e6) + PauliSum.Of("Z2", 1e6) + PauliSum.Of("X0 X1", 1e12) + PauliSum.Of("X1 X2", 1e12);
        var coupling = PauliSum.Of("X0", 1) + PauliSum.Of("X1", 1) + PauliSum.Of("X2", 1);
        var system = new OpenQuantumSystem(new QubitRegister(3), h, [new BathCoupling(coupling, TestSystems.Ohmic(1e-2, T, cutoff: 1e-6))]);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Redfield(true).Build(system));
        Assert.Contains("Lamb shift", ex.Message);
    }
}
