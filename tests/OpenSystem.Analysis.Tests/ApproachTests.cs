using OpenSystem.Analysis;
using OpenSystem.Dynamics;

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
        Assert.Equal(1.0, ground.ObservedRate / report.Gap, 2);
        Assert.Equal("dense eigenvalues of L", report.GapMethod);
        // the plateau is the steady state, reached within the run
        Assert.True(ground.PlateauTimes[0] < report.Times[^1]);
        Assert.Equal(report.SteadyMeasurement.Coherence[0], ground.Measurements[^1].Coherence[0], 6);
    }

    [Fact]
    public void SecularGapEstimate_IsExactForDavies_AndCloseForRedfield()
    {
        // Eq. 9 plus a Z0 Z1 term has distinct Bohr frequencies (Eq. 9 alone has a spectrum symmetric under E -> -E, so
        // E2 - E0 = E3 - E1 exactly and Davies couples those coherences; Eq. 12 has a conserved Z2 with the same effect).
        var system = PaperModels.WithBathOnEveryQubit(PaperModels.Eq9(0.7, 0.5, 0.3, 1.0) + PauliSum.Of("Z0 Z1", 0.13), 2, 1e-3, 5, 0.3);
        var davies = new GlobalLindblad().Build(system);
        Assert.Equal(1.0, ApproachAnalysis.Gap(davies, denseMaxDimension: 16).Gap / ApproachAnalysis.Gap(davies, denseMaxDimension: 0).Gap, 9);
        var redfield = new Redfield(true).Build(system);
        Assert.Equal(1.0, ApproachAnalysis.Gap(redfield, 16).Gap / ApproachAnalysis.Gap(redfield, 0).Gap, 2);
    }
}
