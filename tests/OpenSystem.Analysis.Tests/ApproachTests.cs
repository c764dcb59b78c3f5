using OpenSystem.Analysis;
using OpenSystem.Dynamics;
using OpenSystem.Paper;

namespace OpenSystem.Analysis.Tests;

/// <summary>The approach to the steady state: the late-time decay rate is the Liouvillian gap.</summary>
public class ApproachTests
{
    [Fact]
    public void CompositeQubit_DecayFromGround_MatchesGap()
    {
        var system = new CompositeBenchmark().System(0.1);
        var report = ApproachAnalysis.Run(system, new Redfield(true), samples: 81);
        var ground = report.Runs.Single(r => r.Start == "ground");
        Assert.Equal(1.0, ground.ObservedRate.Value!.Value / report.Gap, 2);
        Assert.Equal("dense eigenvalues of L", report.GapMethod);
        // the plateau is the steady state, reached within the run
        Assert.True(ground.PlateauTimes[0].Value < report.Times[^1]);
        Assert.Equal(report.SteadyMeasurement.Coherence[0], ground.Measurements[^1].Coherence[0], 6);
    }

    [Fact]
    public void ExactRoute_GivesTheRungeKuttaCurves_AndTheSameRatesAndGap()
    {
        // the log grid to 25/gap spans thousands of Bohr periods; tightly converged Dormand–Prince is the reference
        var system = new CompositeBenchmark().System(0.1);
        var tight = new DormandPrince54 { RelativeTolerance = 1e-11, AbsoluteTolerance = 1e-13 };
        var exact = ApproachAnalysis.Run(system, new Redfield(true), samples: 81, options: new SimulationOptions { Evolution = new ExactRoute() });
        var rk = ApproachAnalysis.Run(system, new Redfield(true), samples: 81, options: new SimulationOptions { Evolution = new RungeKuttaRoute(tight) });
        Assert.Equal(rk.Gap, exact.Gap);
        Assert.Equal(rk.Times, exact.Times);
        for (int r = 0; r < 2; r++)
        {
            var (a, b) = (exact.Runs[r], rk.Runs[r]);
            Assert.Equal("exact", a.Statistics.Route!.Name);
            for (int i = 0; i < exact.Times.Length; i++)
            {
                Assert.True(Math.Abs(a.DistanceToSteady[i] - b.DistanceToSteady[i]) < 1e-8, $"{a.Start}: D_ss at t = {exact.Times[i]:G4}");
                for (int q = 0; q < a.Measurements[i].Coherence.Length; q++)
                    Assert.True(Math.Abs(a.Measurements[i].Coherence[q] - b.Measurements[i].Coherence[q]) < 1e-8, $"{a.Start}: C_{q} at t = {exact.Times[i]:G4}");
            }
            double rate = a.ObservedRate.Value!.Value;
            Assert.True(Math.Abs(rate / b.ObservedRate.Value!.Value - 1) < 1e-6, $"{a.Start}: fitted rate {rate:R} vs {b.ObservedRate.Value:R}");
        }
    }

    [Fact]
    public void ThreeQubitC4_FittedRates_ExactRouteEqualsTightDormandPrince_AndKrylovIsClose()
    {
        // C4 with two ancillas (d = 8), Redfield with the Lamb shift, log grid to 25/gap ≈ 2e4: thousands of Bohr periods.
        // The exact ladder is exact to rounding; Dormand–Prince at rtol 1e-11 agrees with it on the fitted rates to 1e-6
        // (at the CLI's default rtol 1e-8 the difference reached 7e-4: Dormand–Prince's own error on the tail). The Krylov
        // route's error bound (1e-14 per unit time, ~3e-10 over the run) allows 1e-5 on the rates fitted down to D = 1e-6.
        var h = PaperModels.EqC4(1.0, PaperModels.Identical(2, 0.5, 0.5, 0.5));
        var system = PaperModels.WithBathOnEveryQubit(h, 3, 1e-3, 5, 0.2);
        var tight = new DormandPrince54 { RelativeTolerance = 1e-11, AbsoluteTolerance = 1e-13 };
        var exact = ApproachAnalysis.Run(system, new Redfield(true), options: new SimulationOptions { Evolution = new ExactRoute() });
        var rk = ApproachAnalysis.Run(system, new Redfield(true), options: new SimulationOptions { Evolution = new RungeKuttaRoute(tight) });
        var krylov = ApproachAnalysis.Run(system, new Redfield(true), options: new SimulationOptions { Evolution = new KrylovRoute() });
        Assert.True(exact.Times[^1] > 1e4, $"t_end = {exact.Times[^1]:G4}");
        for (int r = 0; r < 2; r++)
        {
            double rate = exact.Runs[r].ObservedRate.Value!.Value;
            double reference = rk.Runs[r].ObservedRate.Value!.Value;
            double projected = krylov.Runs[r].ObservedRate.Value!.Value;
            Assert.True(Math.Abs(rate / reference - 1) < 1e-6, $"{exact.Runs[r].Start}: exact {rate:R} vs Dormand–Prince {reference:R}");
            Assert.True(Math.Abs(projected / rate - 1) < 1e-5, $"{exact.Runs[r].Start}: Krylov {projected:R} vs exact {rate:R}");
            Assert.Equal("krylov", krylov.Runs[r].Statistics.Route!.Name);
        }
    }

    [Fact]
    public void SecularGapEstimate_IsExactForDavies_AndCloseForRedfield()
    {
        // Eq. 9 plus a Z0 Z1 term has distinct Bohr frequencies (Eq. 9 alone has a spectrum symmetric under E -> -E, so
        // E2 - E0 = E3 - E1 exactly and Davies couples those coherences; Eq. 12 has a conserved Z2 with the same effect).
        var system = PaperModels.WithBathOnEveryQubit(PaperModels.Eq9(0.7, 0.5, 0.3, 1.0) + PauliSum.Of("Z0 Z1", 0.13), 2, 1e-3, 5, 0.3);
        var davies = new GlobalLindblad().Build(system);
        Assert.Equal(1.0, LiouvillianGap.Of(davies, denseMaxDimension: 16).Value / LiouvillianGap.Of(davies, denseMaxDimension: 0).Value, 9);
        var redfield = new Redfield(true).Build(system);
        Assert.Equal(1.0, LiouvillianGap.Of(redfield, 16).Value / LiouvillianGap.Of(redfield, 0).Value, 2);
    }

    [Fact]
    public void JumpOnlyIsing_ApproachAndRun_GiveTheSameSteadyState_WithNoCoherence()
    {
        // H = 50 Σ Z_i + 25 Σ X_i X_{i+1}, σ⁻ jumps at rate 1, N = 4: H and the jumps conserve the Z-string parity up to the
        // decay, whose unique steady state is |1111⟩⟨1111|-like and block-diagonal in the parity: every C_j = 0 exactly.
        var system = JumpOnlyIsing(4);
        var initial = DensityMatrix.Excited(system.Register);
        var run = Simulation.Run(system, new Redfield(), initial, grid: null);
        var approach = ApproachAnalysis.Run(system, new Redfield(), tEnd: 5, samples: 11, initial: initial);
        Assert.True((run.SteadyState.Solution.State.Matrix - approach.Steady.State.Matrix).Enumerate().Max(z => z.Magnitude) < 1e-10);
        for (int q = 0; q < 4; q++)
        {
            Assert.True(run.SteadyState.Measurement.Coherence[q] < 1e-12, $"run C_{q} = {run.SteadyState.Measurement.Coherence[q]}");
            Assert.True(approach.SteadyMeasurement.Coherence[q] < 1e-12, $"approach C_{q} = {approach.SteadyMeasurement.Coherence[q]}");
            foreach (var r in approach.Runs)
                Assert.True(r.Measurements[^1].Coherence[q] < 1e-8, $"approach from {r.Start}: C_{q}(t_end) = {r.Measurements[^1].Coherence[q]}");
        }
        // the measured Bloch vectors agree with a direct computation on the computational-basis state
        var direct = approach.Steady.State.Bloch(2);
        Assert.Equal(direct.Z, approach.SteadyMeasurement.Bloch[2].Z, 12);
    }

    private static OpenQuantumSystem JumpOnlyIsing(int n)
    {
        var terms = new List<PauliTerm>();
        for (int i = 0; i < n; i++) terms.Add(new PauliTerm(PauliString.Parse($"Z{i}"), 50));
        for (int i = 0; i + 1 < n; i++) terms.Add(new PauliTerm(PauliString.Parse($"X{i} X{i + 1}"), 25));
        var lower = Enumerable.Range(0, n).Select(q => new JumpChannel(
            new PauliSum([new(PauliString.Parse($"X{q}"), 0.5), new(PauliString.Parse($"Y{q}"), new System.Numerics.Complex(0, -0.5))]), 1.0));
        return new OpenQuantumSystem(new QubitRegister(n), new PauliSum(terms), jumps: lower.ToArray());
    }
}
