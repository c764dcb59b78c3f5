using OpenSystem.Analysis;
using OpenSystem.Baths;
using OpenSystem.Dynamics;

namespace OpenSystem.Analysis.Tests;

/// <summary>
/// Issue 13's reproductions through <see cref="Simulation.Run"/>: wrong answers that exited 0 now give the right answer
/// (checked against an analytic limit or the exact Gibbs state) or a <see cref="PhysicalityException"/>; runs that hung
/// are refused by the work estimate before any work.
/// </summary>
public class SimulationReliabilityTests
{
    private static BathCoupling Bath(string pauli, double alpha, double temperature, double cutoff = 5.0) =>
        new(PauliSum.Of(pauli, 1), new BosonicBath(new OhmicSpectralDensity(alpha, cutoff), temperature));

    private static OpenQuantumSystem Pair(double scale, double alpha, double temperature) =>
        new(new QubitRegister(2), PauliSum.Of("Z0", 0.5 * scale) + PauliSum.Of("Z1", 0.7 * scale) + PauliSum.Of("X0 X1", 0.1 * scale),
            [Bath("X0", alpha, temperature * scale, 5.0 * scale), Bath("X1", alpha, temperature * scale, 5.0 * scale)]);

    [Fact]
    public void RedfieldWithLambShiftAtAlphaOne_DivergingTrajectory_IsAFailure()
    {
        // Before: Bloch lengths 5e45 and minimum eigenvalue -6.6e59 written with exit 0.
        var system = new OpenQuantumSystem(new QubitRegister(2), PauliSum.Of("Z0", 0.5) + PauliSum.Of("Z1", 0.5) + PauliSum.Of("X0 X1", 0.1),
            [Bath("X0", 1.0, 0.3), Bath("X1", 1.0, 0.3)]);
        var ex = Assert.Throws<PhysicalityException>(() =>
            Simulation.Run(system, new Redfield(true), DensityMatrix.Ground(system.Register), TimeGrid.Linear(0, 200, 101)));
        Assert.True(ex.Value < -1 || ex.Value > 2 || double.IsNaN(ex.Value), $"offending value {ex.Value}");
        Assert.Contains("Redfield", ex.Message);
    }

    [Theory]
    [InlineData(1.0, 1e8)]
    [InlineData(1e-12, 0.3)]
    public void RedfieldWithoutLambShift_ReachesTheGibbsState_OrFails(double scale, double temperature)
    {
        // Before: T = 1e8 gave 5e-5 (3e-4 in the issue) from τ with exit 0. τ is an exact steady state of this equation.
        var system = Pair(scale, 1e-2, temperature);
        try
        {
            var report = Simulation.Run(system, new Redfield(false), DensityMatrix.Ground(system.Register), null);
            Assert.True(report.SteadyState.Measurement.TraceDistanceToGibbs < 1e-7, $"distance {report.SteadyState.Measurement.TraceDistanceToGibbs}");
        }
        catch (PhysicalityException ex)
        {
            Assert.Contains("Gibbs", ex.Message);
        }
    }

    [Fact]
    public void GibbsCheck_RefusesAUniqueSteadyStateAwayFromTau_AndAcceptsTau()
    {
        // The check itself, on Davies (τ exact): τ passes, the maximally mixed state (distance > 0.1) fails.
        var system = Pair(1.0, 1e-2, 0.3);
        var equation = new GlobalLindblad();
        var generator = equation.Build(system);
        var tau = GibbsState.Of(system, 0.3);
        var observables = new StateObservables(system, GibbsState.Populations(system.Basis, 0.3));
        foreach (var (rho, fails) in new[] { (tau, false), (DensityMatrix.MaximallyMixed(system.Register), true) })
        {
            var represented = StateInBasis.Of(rho, generator.Basis);
            var steady = new SteadyState(rho, represented, 0, 0, SteadyStateMethod.Direct, 0, true, "");
            var measurement = observables.Measure(represented);
            var error = Record.Exception(() => PhysicalityCheck.RequireGibbs(system, equation, steady, measurement));
            Assert.Equal(fails, error is PhysicalityException);
        }
    }

    [Fact]
    public void LogSpacedGridToHugeTimes_IsRefusedBeforeWork()
    {
        // Before: t_end 1e300 with log spacing ran over 1200 s (now refused by the input scales above 1e100; 1e99 hung).
        var system = new OpenQuantumSystem(new QubitRegister(1), PauliSum.Of("Z0", 0.5), [Bath("X0", 1e-2, 0.3)]);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var ex = Assert.Throws<WorkEstimateException>(() =>
            Simulation.Run(system, new GlobalLindblad(), DensityMatrix.Ground(system.Register), TimeGrid.Logarithmic(1e96, 1e99, 101),
                new SimulationOptions { Evolution = new RungeKuttaRoute() }));
        Assert.Equal("rk", ex.Estimate.Route);
        Assert.True(ex.Estimate.Steps > 1e98);
        Assert.Contains("--max-work", ex.Message);
    }

    [Fact]
    public void WorkEstimate_StepCountIsWithinAFactorOfThreeOfTheIntegrator()
    {
        // Steps, not seconds: deterministic. 2 coupled qubits, Redfield, log grid (Runge–Kutta route), t_end = 300.
        var system = new OpenQuantumSystem(new QubitRegister(2), PauliSum.Of("Z0", 5) + PauliSum.Of("Z1", 3) + PauliSum.Of("X0 X1", 1),
            [Bath("X0", 1e-2, 0.3), Bath("X1", 1e-2, 0.3)]);
        var grid = TimeGrid.Logarithmic(0.3, 300, 41);
        var rk = new RungeKuttaRoute();
        var report = Simulation.Run(system, new Redfield(true), DensityMatrix.Ground(system.Register), grid, new SimulationOptions { Evolution = rk });
        var estimate = WorkEstimate.Of(new Redfield(true).Build(system), grid, rk);
        Assert.Equal("rk", estimate.Route);
        Assert.Equal("exact", WorkEstimate.Of(new Redfield(true).Build(system), grid, new AutoRoute()).Route);
        double steps = report.Trajectory!.Statistics.Accepted + report.Trajectory.Statistics.Rejected;
        Assert.InRange(estimate.Steps / steps, 1.0 / 3, 3.0);
    }

    [Fact]
    public void WorkEstimate_KrylovSteps_AreAnUpperBoundWithinTenfold()
    {
        // three coupled qubits (d² = 64 > m = 30) on the Krylov route (auto picks it above its dense limit on a log grid):
        // the estimate assumes a step spans m/3 radians of (ω_max + σ) t, a deliberate overestimate
        var h = PauliSum.Of("Z0", 5) + PauliSum.Of("Z1", 3) + PauliSum.Of("Z2", 2) + PauliSum.Of("X0 X1", 1) + PauliSum.Of("X1 X2", 0.5);
        var system = new OpenQuantumSystem(new QubitRegister(3), h, [Bath("X0", 1e-2, 0.3), Bath("X2", 1e-2, 0.3)]);
        var grid = TimeGrid.Logarithmic(0.3, 300, 41);
        var auto = new AutoRoute(new DormandPrince54(), PropagatorMaxDimension: 4);
        var report = Simulation.Run(system, new Redfield(true), DensityMatrix.Ground(system.Register), grid, new SimulationOptions { Evolution = auto });
        var estimate = WorkEstimate.Of(new Redfield(true).Build(system), grid, auto);
        Assert.Equal("krylov", estimate.Route);
        Assert.IsType<KrylovRoute>(report.Trajectory!.Statistics.Route);
        double steps = report.Trajectory.Statistics.Accepted + report.Trajectory.Statistics.Rejected;
        Assert.InRange(estimate.Steps / steps, 1.0, 10.0);
    }

    [Fact]
    public void FreeQubitPrecessing_SimulationReturnsTheTimeAverage_WithAWarning()
    {
        // Before: 973 s of integration, then "Integration stopped after 100000000 steps".
        var system = new OpenQuantumSystem(new QubitRegister(2), PauliSum.Of("Z0", 0.5) + PauliSum.Of("Z1", 0.7), [Bath("X0", 1e-2, 0.3)]);
        var report = Simulation.Run(system, new GlobalLindblad(), DensityMatrix.Product(system.Register, [(0, 0, 1), (1, 0, 0)]), null);
        Assert.False(report.SteadyState.Solution.Unique);
        Assert.Contains(report.Warnings, w => w.Contains("imaginary axis") && w.Contains("1.4"));
        Assert.Equal(0.0, report.SteadyState.Measurement.Bloch[1].Length, 10);
    }

    [Theory]
    [InlineData("lindblad")]
    [InlineData("redfield")]
    public void HugeFieldWithoutDissipationAtItsFrequency_IsPhysicalOrAFailure(string kind)
    {
        // Before: a Z0 coefficient of 1e20 gave z = -1.134 (outside the Bloch ball) with minimum eigenvalue "0" and exit 0.
        // The σˣ bath (cutoff 5) has no rate at 2e20 and the σᶻ bath only dephases, so ⟨Z⟩ = 0.8 is kept while the
        // coherence precesses and decays; every reported sample must be physical. (Two temperatures: no Gibbs or
        // mean-force state is involved, only the dynamics.)
        var system = new OpenQuantumSystem(new QubitRegister(1), PauliSum.Of("Z0", 1e20), [Bath("X0", 1e-2, 0.3), Bath("Z0", 1e-2, 0.5)]);
        MasterEquation equation = kind == "lindblad" ? new GlobalLindblad(false) : new Redfield(false);
        var start = DensityMatrix.Product(system.Register, [(0.6, 0, 0.8)]);
        try
        {
            var report = Simulation.Run(system, equation, start, TimeGrid.Linear(0, 100, 101));
            Assert.All(report.Trajectory!.Measurements, m => Assert.InRange(m.Bloch[0].Length, 0.0, 1 + Tolerances.PhysicalSlack));
            Assert.Equal(0.8, report.SteadyState.Measurement.Bloch[0].Z, 9);
        }
        catch (PhysicalityException ex)
        {
            Assert.Contains("t = ", ex.Message);
        }
    }
}
