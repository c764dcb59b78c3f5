using OpenSystem.Analysis;
using OpenSystem.Dynamics;

namespace OpenSystem.Analysis.Tests;

/// <summary>The composite benchmark of Fig. 1a: formula (P1), its Lamb-shift form (P2), T = 0 (P3), asymptote, Redfield route.</summary>
public class CompositeBenchmarkTests
{
    private static readonly CompositeBenchmark Default = new();

    [Theory]
    [InlineData(0, 5.9720823602e-3)]          // docs/physics.md §1.5 table on T = geomspace(0.01, 2, 10)[k], ab = 1, λ = 1e-3, Ω = 5, ω = 1
    [InlineData(3, 5.9285225027e-3)]
    [InlineData(4, 5.8232714328e-3)]
    [InlineData(6, 4.1594841529e-3)]
    [InlineData(8, 9.9537218691e-4)]
    [InlineData(9, 3.6321307557e-4)]
    public void Formula_MatchesNotesTable(int k, double expected)
    {
        double t = 0.01 * Math.Pow(200, k / 9.0);
        Assert.Equal(1.0, Default.Coherence(t) / expected, 9);   // the table has 11 digits; 1e-6 relative is the acceptance bound
    }

    [Fact]
    public void Formula_AtT01_MatchesNotesRedfieldTable() => Assert.Equal(5.8389694591e-3, Default.Coherence(0.1), 13);   // docs/physics.md §1.4

    [Fact]
    public void ZeroTemperature_IsClosedForm_AndTheLimitOfTheFormula()
    {
        Assert.Equal(5.9733949877e-3, Default.Coherence(0.0), 12);
        // Ohmic baths give a power-law approach: C(0) − C(T) ∝ T² (about 2.2 (T/ω)² relative here)
        double d1 = Default.Coherence(0.0) - Default.Coherence(1e-3), d2 = Default.Coherence(0.0) - Default.Coherence(2e-3);
        Assert.Equal(4.0, d2 / d1, 1);
        Assert.Equal(Default.Coherence(0.0), Default.Coherence(1e-5), 12);
        Assert.Equal(2.9866974939e-3, (Default with { A = Math.Sqrt(0.5), B = Math.Sqrt(0.5) }).Coherence(0.0), 12);   // ab = 1/2
        Assert.Equal(1.9014e-3, (Default with { Convention = SpectralConvention.Leggett }).Coherence(0.0), 7);      // docs/physics.md §1.5
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.3)]
    [InlineData(1.0)]
    [InlineData(7.0)]
    public void LambShiftForm_AgreesWithIntegral(double t)
    {
        // (P1) and (P2) are algebraically identical (docs/physics.md §1.3); P2 goes through BosonicBath.LambShift.
        Assert.Equal(1.0, Default.SigmaXViaLambShift(t) / Default.SigmaX(t), 10);
        Assert.True(Default.SigmaX(t) < 0);   // the kernel is negative for ab > 0
    }

    [Theory]
    [InlineData(20.0, 4.1571e-6)]
    [InlineData(50.0, 6.6642e-7)]
    public void HighTemperature_ApproachesAsymptote(double t, double expected)
    {
        Assert.Equal(1.0, Default.Coherence(t) / expected, 4);
        Assert.True(Math.Abs(Default.HighTemperatureCoherence(t) / Default.Coherence(t) - 1) < 0.01);
    }

    [Fact]
    public void RedfieldRoute_DiffersFromFormula_ProportionallyToLambda()
    {
        var weak = Default with { Lambda = 1e-4 };
        foreach (double t in new[] { 0.02, 0.3, 1.5 })
        {
            double big = Default.SteadyStateCoherence(t, new Redfield(true)) / Default.Coherence(t) - 1;
            double small = weak.SteadyStateCoherence(t, new Redfield(true)) / weak.Coherence(t) - 1;
            Assert.True(Math.Abs(big) < 0.03, $"T = {t}: Redfield differs from (P1) by {big:P2} at lambda = 1e-3");
            Assert.InRange(big / small, 8.0, 12.0);
        }
    }

    [Fact]
    public void SecularAndLambShiftFreeRoutes_GiveNoCoherence()
    {
        Assert.True(Default.SteadyStateCoherence(0.2, new GlobalLindblad(true)) < 1e-15);
        Assert.True(Default.SteadyStateCoherence(0.2, new Redfield(false)) < 1e-15);
    }
}
