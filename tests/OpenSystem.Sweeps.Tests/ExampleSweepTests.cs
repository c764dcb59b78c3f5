namespace OpenSystem.Sweeps.Tests;

/// <summary>The sweep files in examples/sweeps read, expand and keep their documented point counts.</summary>
public class ExampleSweepTests
{
    private static string Examples()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "OpenSystem.sln")))
        {
            folder = folder.Parent;
        }
        Assert.NotNull(folder);
        return Path.Combine(folder.FullName, "examples", "sweeps");
    }

    [Theory]
    [InlineData("c4_n3_temperature.json", 40, SweepCombination.Product)]
    [InlineData("c4_ancillas.json", 18, SweepCombination.Product)]
    [InlineData("c4_n3_coupling_zip.json", 3, SweepCombination.Zip)]
    public void Example_Reads_WithItsPointCount(string file, int points, SweepCombination combination)
    {
        var plan = SweepReader.Read(Path.Combine(Examples(), file));
        Assert.Equal(points, plan.Points.Count);
        Assert.Equal(combination, plan.Combination);
        Assert.Equal(points, plan.Points.Select(p => p.Identity).Distinct().Count());
    }
}
