using OpenSystem.Dynamics;

namespace OpenSystem.Symmetry.Tests;

/// <summary>Up to N = 1000 ancillas: finite, physical, converging smoothly in N, and approaching the N → ∞ limit of c4.</summary>
public class LargeNTests(LargeNFixture fixture) : IClassFixture<LargeNFixture>
{
    public static TheoryData<string> Families() => ["c4", "c1", "c7"];

    [Theory]
    [MemberData(nameof(Families))]
    public void Sweep_ThousandAncillas_IsFiniteAndPhysical(string name)
    {
        foreach (var p in fixture.Points[(name, 1000)])
        {
            foreach (var v in new[] { p.Target, p.Ancilla, p.Mediator ?? p.Target })
            {
                Assert.True(double.IsFinite(v.X) && double.IsFinite(v.Y) && double.IsFinite(v.Z), $"{name} at T = {p.Temperature}: {v}");
                Assert.True(v.X * v.X + v.Y * v.Y + v.Z * v.Z <= 1 + 1e-12, $"{name} at T = {p.Temperature}: |r| > 1 for {v}");
            }
            var rho = p.State.DistinguishedState;
            Assert.True((rho.Trace() - 1).Magnitude < 1e-12);
            Assert.True(rho.Evd().EigenValues.All(e => e.Real > -1e-12), $"{name} at T = {p.Temperature}: rho_D not positive");
            Assert.True(double.IsFinite(p.State.LogPartitionFunction));
        }
    }

    /// <summary>Successive changes N → 2N shrink: |b(2N) − b(N)| decreases along N = 125, 250, 500, 1000.</summary>
    [Theory]
    [MemberData(nameof(Families))]
    public void Sweep_DoublingN_ChangesShrink(string name)
    {
        for (int t = 0; t < LargeNFixture.Temperatures.Length; t++)
        {
            var b = LargeNFixture.Sizes.Select(n => fixture.Points[(name, n)][t].Target).ToArray();
            var steps = Enumerable.Range(0, b.Length - 1).Select(i => Distance(b[i + 1], b[i])).ToArray();
            for (int i = 1; i < steps.Length; i++)
                Assert.True(steps[i] < steps[i - 1] || steps[i] < 1e-13,
                    $"{name} at T = {LargeNFixture.Temperatures[t]}: change {steps[i]:E3} after {steps[i - 1]:E3}");
        }
    }

    /// <summary>
    /// c4 against its N → ∞ limit (<see cref="C4MeanField"/>): the target's distance falls as 1/N (halves from N = 500 to
    /// 1000, within 10 %), the ancilla's as 1/N² (quarters, within 15 %).
    /// </summary>
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.3)]
    [InlineData(1.0)]
    public void C4_ApproachesMeanFieldLimit_AtTheStatedRates(double temperature)
    {
        int t = Array.IndexOf(LargeNFixture.Temperatures, temperature);
        var (target, ancilla) = C4MeanField.Bloch(1.0, 0.5, 0.5, 0.5, temperature);
        var p500 = fixture.Points[("c4", 500)][t];
        var p1000 = fixture.Points[("c4", 1000)][t];
        double ratio = Distance(p500.Target, target) / Distance(p1000.Target, target);
        Assert.InRange(ratio, 1.8, 2.2);
        if (temperature < 1.0)
        {
            double ancillaRatio = Distance(p500.Ancilla, ancilla) / Distance(p1000.Ancilla, ancilla);
            Assert.InRange(ancillaRatio, 3.4, 4.6);
        }
    }

    private static double Distance(BlochVector a, BlochVector b) =>
        Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y) + (a.Z - b.Z) * (a.Z - b.Z));
}
