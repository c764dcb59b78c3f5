using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace OpenSystem.Cli.Tests;

/// <summary>
/// <c>opensystem sweep</c> end to end: its table against single <c>opensystem run</c> results of the same point models
/// (written out here by substituting the axis values into the model text, independently of the sweep library), resuming
/// after kill -9, and bad sweep files.
/// </summary>
public class SweepCommandTests
{
    // Two qubits, a bath on each with its own coupling; T and alpha are the axes. {T} and {A} are replaced per point.
    private const string ModelTemplate = """
        {"qubits": 2,
         "hamiltonian": [{"pauli": "Z0", "coef": 0.5}, {"pauli": "Z1", "coef": 0.4}, {"pauli": "X0 X1", "coef": 0.1}],
         "baths": [{"coupling": [{"pauli": "X0", "coef": 1.0}], "spectral_density": {"kind": "ohmic", "alpha": {A}, "cutoff": 5.0}, "temperature": {T}},
                   {"coupling": [{"pauli": "X1", "coef": 1.0}], "spectral_density": {"kind": "ohmic", "alpha": {A}, "cutoff": 5.0}, "temperature": {T}}],
         "equation": {"kind": "redfield", "lamb_shift": true}}
        """;

    private static string Model(double t, double a) => ModelTemplate
        .Replace("{T}", t.ToString("R", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{A}", a.ToString("R", CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static string Sweep(string axes, string combine) =>
        $$"""{"model": "model.json", "axes": [{{axes}}], "combine": "{{combine}}"}""";

    [Theory]
    [InlineData("product")]
    [InlineData("zip")]
    public void Table_EqualsSingleRuns_OfThePointModels(string combine)
    {
        using var cli = new CliRunner();
        double[] temperatures = [0.05, 0.3, 1.5];
        double[] alphas = combine == "product" ? [0.001, 0.01] : [0.001, 0.003, 0.01];
        File.WriteAllText(Path.Combine(cli.Folder, "model.json"), Model(0.2, 0.002));
        string sweep = Path.Combine(cli.Folder, "sweep.json");
        File.WriteAllText(sweep, Sweep($$"""
            {"path": "baths[*].temperature", "values": [{{string.Join(", ", temperatures.Select(x => x.ToString("R", CultureInfo.InvariantCulture)))}}]},
            {"path": "baths[*].spectral_density.alpha", "values": [{{string.Join(", ", alphas.Select(x => x.ToString("R", CultureInfo.InvariantCulture)))}}]}
            """, combine));
        var stderr = new StringWriter();
        Assert.True(Program.Run(["sweep", sweep, "--out", Path.Combine(cli.Folder, "sweep-out"), "-v", "quiet"], stderr) == 0, stderr.ToString());
        var rows = ReadTable(Path.Combine(cli.Folder, "sweep-out", "table.csv"));

        var expected = combine == "product"
            ? temperatures.SelectMany(t => alphas.Select(a => (t, a))).ToList()
            : temperatures.Zip(alphas).ToList();
        Assert.Equal(expected.Count, rows.Count);
        for (int p = 0; p < expected.Count; p++)
        {
            var (t, a) = expected[p];
            Assert.Equal(t, double.Parse(rows[p]["baths[*].temperature"], CultureInfo.InvariantCulture));
            Assert.Equal(a, double.Parse(rows[p]["baths[*].spectral_density.alpha"], CultureInfo.InvariantCulture));
            Assert.Equal("ok", rows[p]["status"]);
            var (exit, error) = cli.Run(Model(t, a), $"point{p}.json", "--no-plots");
            Assert.True(exit == 0, error);
            var single = cli.Result();
            for (int q = 0; q < 2; q++)
            {
                AssertClose(single.GetProperty("gibbs").GetProperty("coherence")[q].GetDouble(), rows[p][$"gibbs.coherence[{q}]"]);
                AssertClose(single.GetProperty("steady_state").GetProperty("coherence")[q].GetDouble(), rows[p][$"steady_state.coherence[{q}]"]);
            }
            AssertClose(single.GetProperty("steady_state").GetProperty("trace_distance_to_gibbs").GetDouble(), rows[p]["steady_state.trace_distance_to_gibbs"]);
        }
        Assert.True(File.Exists(Path.Combine(cli.Folder, "sweep-out", "table_coherence.svg")));
    }

    [Fact]
    public void KillNine_MidSweep_RerunCompletesTable_WithoutRecomputingFinishedPoints()
    {
        using var cli = new CliRunner();
        // with a trajectory, so that a point takes milliseconds and the kill lands long before the last of them
        string model = Model(0.2, 0.002).Replace("\"lamb_shift\": true}}", "\"lamb_shift\": true}, \"evolution\": {\"t_end\": 2000, \"samples\": 400}}", StringComparison.Ordinal);
        Assert.Contains("evolution", model);
        File.WriteAllText(Path.Combine(cli.Folder, "model.json"), model);
        string sweep = Path.Combine(cli.Folder, "sweep.json");
        File.WriteAllText(sweep, Sweep("""{"path": "baths[*].temperature", "logspace": [0.02, 2.0, 300]}""", "product"));
        string outDir = Path.Combine(cli.Folder, "out");

        // A separate process, killed (SIGKILL) once a few points are finished and long before all 300 are.
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string argument in new[] { typeof(Program).Assembly.Location, "sweep", sweep, "--out", outDir, "-v", "quiet" })
        {
            start.ArgumentList.Add(argument);
        }
        using (var process = Process.Start(start)!)
        {
            var clock = Stopwatch.StartNew();
            while (Results(outDir).Length < 5 && !process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(3))
            {
                Thread.Sleep(20);
            }
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        var finished = Results(outDir).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        Assert.InRange(finished.Count, 5, 299);
        Assert.False(File.Exists(Path.Combine(outDir, "table.csv")));

        var stderr = new StringWriter();
        Assert.True(Program.Run(["sweep", sweep, "--out", outDir, "--no-plots"], stderr) == 0, stderr.ToString());
        Assert.Contains($"{finished.Count} already finished, computing {300 - finished.Count}", stderr.ToString());
        foreach (var (file, written) in finished)
        {
            Assert.Equal(written, File.GetLastWriteTimeUtc(file));
        }
        var rows = ReadTable(Path.Combine(outDir, "table.csv"));
        Assert.Equal(300, rows.Count);
        Assert.All(rows, row => Assert.Equal("ok", row["status"]));

        // the resumed table equals an uninterrupted sweep's, value by value
        string clean = Path.Combine(cli.Folder, "clean");
        Assert.Equal(0, Program.Run(["sweep", sweep, "--out", clean, "-v", "quiet", "--no-plots"], new StringWriter()));
        Assert.Equal(File.ReadAllText(Path.Combine(clean, "table.csv")), File.ReadAllText(Path.Combine(outDir, "table.csv")));
    }

    [Fact]
    public void ResultChangingOptions_ArePartOfThePointIdentity()
    {
        using var cli = new CliRunner();
        File.WriteAllText(Path.Combine(cli.Folder, "model.json"), Model(0.2, 0.002));
        string sweep = Path.Combine(cli.Folder, "sweep.json");
        File.WriteAllText(sweep, Sweep("""{"path": "baths[*].temperature", "values": [0.1, 0.5]}""", "product"));
        string Run(params string[] extra)
        {
            var stderr = new StringWriter();
            Assert.Equal(0, Program.Run(["sweep", sweep, "--out", cli.Out, "--no-plots", .. extra], stderr));
            return stderr.ToString();
        }
        Assert.Contains("0 already finished, computing 2", Run());
        Assert.Contains("2 already finished, computing 0", Run("--tolerance", "1e-10"));   // the default, written out
        Assert.Contains("0 already finished, computing 2", Run("--steady", "gmres"));
        Assert.Contains("2 already finished, computing 0", Run("--steady", "gmres"));
        Assert.Contains("0 already finished, computing 2", Run());
    }

    [Theory]
    [InlineData("""{"path": "baths[*].temprature", "values": [0.1]}""", "axes[0].path", "temprature")]
    [InlineData("""{"path": "baths[*].temperature", "values": ["hot"]}""", "point 0", "baths[0].temperature")]
    [InlineData("""{"path": "baths[*].temperature", "values": [0.1, -0.1]}""", "point 1", "baths[0].temperature")]
    [InlineData("""{"path": "baths[*].temperature", "logspace": [0, 1, 5]}""", "axes[0].logspace", "baths[*].temperature")]
    public void BadSweepFile_ExitTwo_NamingFileAxisAndKey_NothingWritten(string axis, string where, string key)
    {
        using var cli = new CliRunner();
        File.WriteAllText(Path.Combine(cli.Folder, "model.json"), Model(0.2, 0.002));
        string sweep = Path.Combine(cli.Folder, "bad-sweep.json");
        File.WriteAllText(sweep, Sweep(axis, "product"));
        var stderr = new StringWriter();
        Assert.Equal(2, Program.Run(["sweep", sweep, "--out", cli.Out], stderr));
        string message = stderr.ToString();
        Assert.Contains("bad-sweep.json", message);
        Assert.Contains(where, message);
        Assert.Contains(key, message);
        Assert.False(Directory.Exists(cli.Out));
    }

    private static string[] Results(string outDir) =>
        Directory.Exists(Path.Combine(outDir, "points")) ? Directory.GetFiles(Path.Combine(outDir, "points"), "result.json", SearchOption.AllDirectories) : [];

    private static void AssertClose(double expected, string cell)
    {
        double actual = double.Parse(cell, CultureInfo.InvariantCulture);
        Assert.True(Math.Abs(expected - actual) <= 1e-12 * Math.Max(1, Math.Abs(expected)), $"table {actual:R} vs single run {expected:R}");
    }

    // The table has no quoted cells here (numeric axes only).
    private static List<Dictionary<string, string>> ReadTable(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(line => header.Zip(line.Split(',')).ToDictionary(c => c.First, c => c.Second)).ToList();
    }
}
