using OpenSystem.Symmetry;

namespace OpenSystem.Paper.Tests;

/// <summary>
/// Fig. 3b against N: the sector curve equals the paper figure's dense curves for N ≤ 8, and approaches the N → ∞ limit
/// as 1/N at low temperature (docs/permutation-symmetry.md: N × distance → 0.866 at T = 0).
/// </summary>
public class AncillaScalingTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(333)]
    [InlineData(1000)]
    public void Grid_HasEveryNUpTo8_IsAscending_AndEndsAtTheMaximum(int max)
    {
        var grid = AncillaScaling.Grid(max);
        Assert.Equal(Enumerable.Range(1, Math.Min(max, 8)), grid.Take(8));
        Assert.True(grid.Zip(grid.Skip(1)).All(p => p.First < p.Second));
        Assert.Equal(max, grid[^1]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void Grid_OutsideOneToThousand_Throws(int max) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AncillaScaling.Grid(max));

    [Fact]
    public void PaperRange_SectorsEqualTheDenseCurvesOfFigure3b()
    {
        var spec = PaperFigures.Get("3b");
        var scaling = AncillaScaling.Run(AncillaScaling.PaperMaxAncillas);
        for (int k = 0; k < scaling.Temperatures.Length; k++)
            for (int i = 0; i < scaling.Ancillas.Length; i++)
            {
                double curve = spec.Curves.Single(c => c.Column == $"C_N{scaling.Ancillas[i]}").Evaluate([scaling.Temperatures[k]])[0];
                Assert.Equal(curve, scaling.Sectors[k][i], 1e-12);
                Assert.Equal(curve, scaling.Dense[k][i], 1e-12);
            }
        Assert.All(scaling.Agreements.Where(a => a.What.Contains("sectors vs dense", StringComparison.Ordinal)), a => Assert.True(a.MaxAbsolute < 1e-12, a.What));
    }

    [Fact]
    public void LowTemperature_ApproachesTheMeanFieldLimit_AsOneOverN()
    {
        var scaling = AncillaScaling.Run(100);
        var limit = C4MeanField.Bloch(1.0, 0.5, 0.5, 0.5, 0).Target.LocalCoherence;
        Assert.Equal(1 / Math.Sqrt(2), limit, 1e-15);
        Assert.Equal(limit, scaling.Limit[0], 1e-15);
        var distance = scaling.Sectors[0].Select(c => Math.Abs(c - limit)).ToArray();
        Assert.True(distance.Zip(distance.Skip(1)).All(p => p.Second < p.First), "the distance to the limit falls with N at T = 0");
        // N x distance settles near 0.87 (the 1/N law); at N = 100 it is within 3% of that
        Assert.InRange(100 * distance[^1], 0.84, 0.90);
        double rate = Math.Log(distance[^2] / distance[^1]) / Math.Log(100.0 / scaling.Ancillas[^2]);
        Assert.InRange(rate, 0.9, 1.1);
        Assert.Contains(scaling.Notes, n => n.StartsWith("T = 0:", StringComparison.Ordinal) && n.Contains("p = " + rate.ToString("F2", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }
}
