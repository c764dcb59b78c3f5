using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using OpenSystem.Models;
using OpenSystem.Symmetry;

namespace OpenSystem.Cli.Tests;

/// <summary>
/// <c>run</c> on family models above 12 qubits (<see cref="SectorRunResult"/>): the permutation-invariant steady state
/// against the exact Gibbs state (global Davies at one bath temperature relaxes to it), and the same writer path forced on a
/// small family against the dense <c>run</c>.
/// </summary>
public class SectorRunTests
{
    private static string C4(int ancillas, double temperature, string equation, string extra = "") => $$"""
        {"family": {"name": "c4", "ancillas": {{ancillas}}, "omega_target": 1.0, "omega_ancilla": 0.5, "g": 0.5, "theta": 0.5},
         "baths": [{"every_qubit": "X", "spectral_density": {"kind": "ohmic", "alpha": 0.001, "cutoff": 5.0}, "temperature": {{temperature}}}],
         "equation": {{equation}}{{extra}}}
        """;

    private static double[] Bloch(JsonElement states, int qubit) =>
        states.GetProperty("bloch")[qubit].EnumerateArray().Select(x => x.GetDouble()).ToArray();

    [Fact]
    public void LargeFamily_Davies_SteadyStateIsTheSectorGibbsState_AndTheRouteIsNamed()
    {
        using var cli = new CliRunner();
        const int ancillas = 14;
        string model = C4(ancillas, 1.0, """{"kind": "lindblad", "lamb_shift": false}""");
        var (exit, stderr) = cli.Run(model);
        Assert.True(exit == 0, stderr);
        var result = cli.Result();
        Assert.Equal("permutation_invariant", result.GetProperty("symmetry").GetProperty("route").GetString());
        Assert.Equal(Enumerable.Range(1, ancillas), result.GetProperty("symmetry").GetProperty("exchange_classes")[1].EnumerateArray().Select(x => x.GetInt32()));
        var steady = result.GetProperty("steady_state");
        Assert.True(steady.GetProperty("relative_residual").GetDouble() <= 1e-10);
        Assert.Equal(JsonValueKind.Null, steady.GetProperty("trace_distance_to_gibbs").ValueKind);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("mean_force").ValueKind);
        Assert.False(result.TryGetProperty("trajectory", out _));
        Assert.Equal(ancillas + 1, steady.GetProperty("bloch").GetArrayLength());
        // The exact Gibbs state by spin sectors, computed independently of the master equation.
        var gibbs = FamilyGibbs.Sweep("c4", [1.0, 0.5, 0.5, 0.5], ancillas, [1.0])[0];
        Assert.Equal(gibbs.Target.ToArray(), Bloch(steady, 0), new Tolerance(1e-10));
        for (int q = 1; q <= ancillas; q++)
            Assert.Equal(gibbs.Ancilla.ToArray(), Bloch(steady, q), new Tolerance(1e-10));
        Assert.Equal(gibbs.Target.LocalCoherence, steady.GetProperty("coherence")[0].GetDouble(), 10);
        Assert.True(steady.GetProperty("minimum_eigenvalue").GetDouble() > 0);
    }

    [Theory]
    [InlineData("""{"kind": "redfield", "lamb_shift": true}""", 0.3)]
    [InlineData("""{"kind": "lindblad", "lamb_shift": true}""", 0.5)]
    [InlineData("""{"kind": "local", "lamb_shift": false}""", 0.5)]
    public void SmallFamily_ForcedThroughTheSectorWriter_AgreesWithTheDenseRun(string equation, double temperature)
    {
        using var cli = new CliRunner();
        string text = C4(6, temperature, equation);
        var (exit, stderr) = cli.Run(text);
        Assert.True(exit == 0, stderr);
        var dense = cli.Result();
        Assert.Equal("dense", dense.GetProperty("symmetry").GetProperty("route").GetString());
        string path = Path.Combine(cli.Folder, "model.json");
        var family = ModelFile.LoadFamily(path)!;
        var outcome = SectorRunResult.Compute(family, path, 1e-10, NullLogger.Instance);
        var sector = JsonDocument.Parse(outcome.Json).RootElement;
        Assert.Equal(dense.GetProperty("run").GetProperty("equation").GetString(), sector.GetProperty("run").GetProperty("equation").GetString());
        for (int q = 0; q <= 6; q++)
        {
            Assert.Equal(Bloch(dense.GetProperty("steady_state"), q), Bloch(sector.GetProperty("steady_state"), q), new Tolerance(1e-10));
            Assert.Equal(Bloch(dense.GetProperty("gibbs"), q), Bloch(sector.GetProperty("gibbs"), q), new Tolerance(1e-10));
        }
        Assert.Equal(dense.GetProperty("steady_state").GetProperty("minimum_eigenvalue").GetDouble(),
            sector.GetProperty("steady_state").GetProperty("minimum_eigenvalue").GetDouble(), 10);
    }

    [Fact]
    public void AboveTheTrajectoryLimit_TheTrajectoryIsSkippedWithAWarning()
    {
        using var cli = new CliRunner();
        const int ancillas = SectorRunResult.MaxTrajectoryAncillas + 1;
        var (exit, stderr) = cli.Run(C4(ancillas, 1.0, """{"kind": "lindblad", "lamb_shift": false}""", """, "evolution": {"t_end": 10, "samples": 11}"""));
        Assert.True(exit == 0, stderr);
        var result = cli.Result();
        Assert.False(result.TryGetProperty("trajectory", out _));
        Assert.False(File.Exists(Path.Combine(cli.Out, "trajectory.csv")));
        Assert.Contains(result.GetProperty("run").GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("trajectory was skipped"));
    }

    [Fact]
    public void BeyondTheLevelLimit_IsBadInputNamingTheAncillas_AndWritesNothing()
    {
        using var cli = new CliRunner();
        var (exit, stderr) = cli.Run(C4(150, 1.0, """{"kind": "lindblad", "lamb_shift": false}"""));
        Assert.Equal(2, exit);
        Assert.Contains("family.ancillas", stderr);
        Assert.Contains("--only gibbs", stderr);
        Assert.False(File.Exists(cli.ResultPath));
    }

    [Theory]
    [InlineData("""{"kind": "lindblad", "lamb_shift": false}""")]
    [InlineData("""{"kind": "redfield", "lamb_shift": true}""")]
    public void SmallFamily_Trajectory_ThroughTheSectorWriter_AgreesWithTheDenseRun(string equation)
    {
        using var cli = new CliRunner();
        string bloch = string.Join(", ", Enumerable.Repeat("[0, 0.6, 0.8]", 6));
        string extra = $$""", "evolution": {"t_end": 20, "samples": 5}, "initial_state": {"kind": "product", "bloch": [[1, 0, 0], {{bloch}}]}""";
        var (exit, stderr) = cli.Run(C4(6, 1.0, equation, extra), extra: ["--evolution", "rk"]);
        Assert.True(exit == 0, stderr);
        var dense = cli.Result().GetProperty("trajectory");
        string path = Path.Combine(cli.Folder, "model.json");
        var outcome = SectorRunResult.Compute(ModelFile.LoadFamily(path)!, path, 1e-10, NullLogger.Instance);
        var sector = JsonDocument.Parse(outcome.Json).RootElement.GetProperty("trajectory");
        Assert.NotNull(outcome.Csv);
        Assert.Equal(dense.GetProperty("t").GetArrayLength(), sector.GetProperty("t").GetArrayLength());
        for (int i = 0; i < dense.GetProperty("t").GetArrayLength(); i++)
            for (int q = 0; q <= 6; q++)
                Assert.Equal(Point(dense, i, q), Point(sector, i, q), new Tolerance(1e-6));
        Assert.Equal(dense.GetProperty("minimum_eigenvalue").GetDouble(), sector.GetProperty("minimum_eigenvalue").GetDouble(), 6);
    }

    private static double[] Point(JsonElement trajectory, int time, int qubit) =>
        trajectory.GetProperty("bloch")[time][qubit].EnumerateArray().Select(x => x.GetDouble()).ToArray();

    private sealed class Tolerance(double tol) : IEqualityComparer<double>
    {
        public bool Equals(double a, double b) => Math.Abs(a - b) <= tol;

        public int GetHashCode(double x) => 0;
    }
}
