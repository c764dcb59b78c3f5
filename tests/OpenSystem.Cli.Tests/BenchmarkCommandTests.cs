using System.Globalization;
using System.Text.Json;

namespace OpenSystem.Cli.Tests;

/// <summary>`opensystem benchmark` end to end: files, columns, help, bad input, and its Redfield column against `run`.</summary>
public class BenchmarkCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static double Number(string cell) => double.Parse(cell, CultureInfo.InvariantCulture);

    [Fact]
    public void CompositeQubit_WritesCsvJsonAndPlot_EngineeredEqualsMeanForce()
    {
        using var cli = new CliRunner();
        var (exit, _, stderr) = Run("benchmark", CliRunner.RepositoryFile("examples/models/composite_qubit.json"), "--out", cli.Out, "--temperatures", "0.5,0.1,0", "-v", "quiet");
        Assert.True(exit == 0, stderr);
        foreach (var name in new[] { "benchmark.csv", "benchmark.json", "benchmark.svg" })
            Assert.True(File.Exists(Path.Combine(cli.Out, name)), name);
        var lines = File.ReadAllLines(Path.Combine(cli.Out, "benchmark.csv"));
        var header = lines.First(l => !l.StartsWith('#')).Split(',');
        Assert.Equal(["qubit", "T", "omega_qubit", "C_gibbs", "C_mean_force", "C_redfield", "C_engineered", "ratio_gibbs_to_engineered",
            "ratio_mean_force_to_engineered", "ratio_mean_force_to_gibbs", "ratio_redfield_to_mean_force"], header);
        var rows = lines.SkipWhile(l => l.StartsWith('#')).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(["0", "0.1", "0.5"], rows.Select(r => r[1]));   // sorted ascending
        Assert.Equal("", rows[0][Array.IndexOf(header, "C_mean_force")]);   // T = 0: undefined, empty cell
        var p1 = new OpenSystem.Analysis.CompositeBenchmark();
        foreach (var r in rows.Skip(1))
        {
            double t = Number(r[1]);
            Assert.Equal(p1.Coherence(t), Number(r[Array.IndexOf(header, "C_engineered")]), 10);
            Assert.Equal(p1.Coherence(t), Number(r[Array.IndexOf(header, "C_mean_force")]), 10);
        }
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(cli.Out, "benchmark.json"))).RootElement;
        var qubit = json.GetProperty("qubits")[0];
        Assert.Equal(JsonValueKind.Null, qubit.GetProperty("crossing_temperature").ValueKind);
        Assert.Contains("every temperature", qubit.GetProperty("crossing_reason").GetString());
        var zero = qubit.GetProperty("rows")[0];
        Assert.Equal(JsonValueKind.Null, zero.GetProperty("C_mean_force").ValueKind);
        Assert.Contains("temperature > 0", zero.GetProperty("undefined").GetProperty("C_mean_force").GetString());
    }

    [Fact]
    public void Help_ListsEveryOption()
    {
        var (exit, stdout, stderr) = Run("benchmark", "--help");
        Assert.True(exit == 0, stderr);
        foreach (var option in new[] { "--out", "--temperatures", "logspace:a,b,n", "--verbosity", "--steady", "--tolerance" })
            Assert.Contains(option, stdout);
    }

    [Theory]
    [InlineData("0.1,abc")]
    [InlineData("0.1,-0.2")]
    [InlineData("logspace:0,1,5")]
    [InlineData("logspace:0.1,1")]
    [InlineData("0.1,0.1")]
    public void BadTemperatureList_ExitsTwo_NamingTheOption(string list)
    {
        using var cli = new CliRunner();
        var (exit, _, stderr) = Run("benchmark", CliRunner.RepositoryFile("examples/models/composite_qubit.json"), "--out", cli.Out, "--temperatures", list);
        Assert.Equal(2, exit);
        Assert.Contains("opensystem benchmark: --temperatures:", stderr);
        Assert.False(File.Exists(Path.Combine(cli.Out, "benchmark.json")));
    }

    [Fact]
    public void BathsAtDifferentTemperatures_WithoutList_ExitTwo_NamingFileAndKey()
    {
        using var cli = new CliRunner();
        string model = Path.Combine(cli.Folder, "two.json");
        File.WriteAllText(model, Model(0.1).Replace("\"temperature\": 0.1}]", "\"temperature\": 0.2}]", StringComparison.Ordinal));
        var (exit, _, stderr) = Run("benchmark", model, "--out", cli.Out);
        Assert.Equal(2, exit);
        Assert.Contains($"{model}: baths[*].temperature:", stderr);
        Assert.Contains("--temperatures", stderr);
    }

    [Fact]
    public void RedfieldColumn_IsTheSteadyStateOfRun()
    {
        // the Eq. 9 pair at its own temperature (no --temperatures): benchmark's Redfield column against run's result.json
        using var cli = new CliRunner();
        var (runExit, runErr) = cli.Run(Model(0.1));
        Assert.True(runExit == 0, runErr);
        var steady = cli.Result().GetProperty("steady_state").GetProperty("coherence").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        string bench = Path.Combine(cli.Folder, "bench");
        var (exit, _, stderr) = Run("benchmark", Path.Combine(cli.Folder, "model.json"), "--out", bench, "-v", "quiet");
        Assert.True(exit == 0, stderr);
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(bench, "benchmark.json"))).RootElement;
        Assert.Equal([0.1], json.GetProperty("temperatures").EnumerateArray().Select(e => e.GetDouble()));
        for (int j = 0; j < 2; j++)
        {
            var row = json.GetProperty("qubits")[j].GetProperty("rows")[0];
            Assert.Equal(steady[j], row.GetProperty("C_redfield").GetDouble(), 12);
        }
    }

    // Eq. 9 with ω₁ = γ = θ = 0.5, ω₂ = 1 and a σˣ bath on each qubit (the spec's annotated example, no evolution)
    private static string Model(double temperature)
    {
        string t = temperature.ToString(CultureInfo.InvariantCulture);
        string bath = "\"spectral_density\": {\"kind\": \"ohmic\", \"alpha\": 0.001, \"cutoff\": 5.0}, \"temperature\": " + t + "}";
        return "{\"qubits\": 2, \"hamiltonian\": [{\"pauli\": \"Z0\", \"coef\": 0.25}, {\"pauli\": \"Z1\", \"coef\": 0.5}, " +
            "{\"pauli\": \"X0 Z1\", \"coef\": 0.25}, {\"pauli\": \"X0 X1\", \"coef\": 0.25}], " +
            "\"baths\": [{\"coupling\": [{\"pauli\": \"X0\", \"coef\": 1.0}], " + bath + ", {\"coupling\": [{\"pauli\": \"X1\", \"coef\": 1.0}], " + bath + "]}";
    }
}
