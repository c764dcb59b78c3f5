using System.Text.Json;

namespace OpenSystem.Cli.Tests;

/// <summary>`opensystem figure` and `opensystem approach` end to end.</summary>
public class FigureAndApproachCommandTests
{
    [Fact]
    public void Figure3b_WritesCsvWithContractColumns_AndPlots()
    {
        using var cli = new CliRunner();
        int exit = OpenSystem.Cli.Program.Run(["figure", "3b", "--out", cli.Out, "-v", "quiet"], new StringWriter());
        Assert.Equal(0, exit);
        var lines = File.ReadAllLines(Path.Combine(cli.Out, "fig3b.csv"));
        var header = lines.First(l => !l.StartsWith('#')).Split(',');
        Assert.Equal("T", header[0]);
        Assert.Equal(Enumerable.Range(1, 8).Select(n => $"C_N{n}"), header.Where(h => System.Text.RegularExpressions.Regex.IsMatch(h, "^C_N[0-9]$")));
        Assert.Contains(lines, l => l.StartsWith("# ω_T = 1", StringComparison.Ordinal));
        // C_N8 at the lowest temperature is the T = 0 plateau of docs/physics.md §2.4 (0.600707...)
        var first = lines.SkipWhile(l => l.StartsWith('#')).Skip(1).First().Split(',');
        Assert.Equal(0.600707243557185, double.Parse(first[Array.IndexOf(header, "C_N8")], System.Globalization.CultureInfo.InvariantCulture), 9);
        Assert.True(File.Exists(Path.Combine(cli.Out, "fig3b.svg")));
        Assert.True(File.Exists(Path.Combine(cli.Out, "fig3b_log.svg")));
    }

    [Fact]
    public void Figure_UnknownId_ExitsTwo()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, OpenSystem.Cli.Program.Run(["figure", "9z", "--out", Path.GetTempPath()], stderr));
        Assert.Contains("unknown figure", stderr.ToString());
    }

    [Fact]
    public void Approach_CompositeQubit_ReportsGapAndFittedRate()
    {
        using var cli = new CliRunner();
        int exit = OpenSystem.Cli.Program.Run(["approach", CliRunner.RepositoryFile("examples/models/composite_qubit.json"), "--out", cli.Out, "-v", "quiet"], new StringWriter());
        Assert.Equal(0, exit);
        var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(cli.Out, "approach.json"))).RootElement;
        double gap = summary.GetProperty("gap").GetDouble();
        var ground = summary.GetProperty("runs").EnumerateArray().Single(r => r.GetProperty("start").GetString() == "ground");
        Assert.Equal(1.0, ground.GetProperty("fitted_rate").GetDouble() / gap, 2);
        Assert.True(File.Exists(Path.Combine(cli.Out, "approach.csv")));
        Assert.True(File.Exists(Path.Combine(cli.Out, "approach_coherence.svg")));
    }
}
