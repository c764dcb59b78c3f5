namespace OpenSystem.Symmetry.Tests;

/// <summary>Family sweeps at N = 125, 250, 500, 1000 (computed once for the large-N tests).</summary>
public sealed class LargeNFixture
{
    public static readonly int[] Sizes = [125, 250, 500, 1000];

    public static readonly double[] Temperatures = [0.0, 0.3, 1.0];

    public Dictionary<(string Family, int N), IReadOnlyList<FamilyGibbsPoint>> Points { get; } = new();

    public LargeNFixture()
    {
        foreach (var name in new[] { "c4", "c1", "c7" })
            foreach (int n in Sizes)
                Points[(name, n)] = FamilyGibbs.Sweep(name, SectorGibbsTests.Parameters[name], n, Temperatures);
    }
}
