namespace OpenSystem.Cli.Tests;

/// <summary>A family model file and the explicit file it abbreviates give the same run, number for number.</summary>
public class FamilyRunTests
{
    [Theory]
    [InlineData("c4_family_n3.json", "c4_n3.json")]
    public void FamilyModel_GivesTheExplicitModelsResult(string familyFile, string explicitFile)
    {
        using var family = new CliRunner();
        using var explicitRun = new CliRunner();
        var (exitFamily, stderrFamily) = family.RunFile(CliRunner.RepositoryFile($"examples/models/{familyFile}"), "--no-plots");
        var (exitExplicit, stderrExplicit) = explicitRun.RunFile(CliRunner.RepositoryFile($"examples/models/{explicitFile}"), "--no-plots");
        Assert.True(exitFamily == 0, stderrFamily);
        Assert.True(exitExplicit == 0, stderrExplicit);
        var a = family.Result();
        var b = explicitRun.Result();
        foreach (var key in new[] { "gibbs", "steady_state", "trajectory" })
        {
            // Every number of the section; the integrator's statistics line carries a wall time and is skipped.
            var expected = b.GetProperty(key).EnumerateObject().Where(p => p.Name != "integrator").Select(p => (p.Name, p.Value.GetRawText()));
            var actual = a.GetProperty(key).EnumerateObject().Where(p => p.Name != "integrator").Select(p => (p.Name, p.Value.GetRawText()));
            Assert.Equal(expected, actual);
        }
    }
}
