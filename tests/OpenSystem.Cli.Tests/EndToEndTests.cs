using System.Text.Json;

namespace OpenSystem.Cli.Tests;

/// <summary>`opensystem run` on the example models: result.json shape and physics.</summary>
public class EndToEndTests
{
    private static double[][] Bloch(JsonElement e) => e.EnumerateArray().Select(v => v.EnumerateArray().Select(x => x.GetDouble()).ToArray()).ToArray();

    [Fact]
    public void SpecExample_WritesSpecShapedResult()
    {
        using var cli = new CliRunner();
        var (exit, stderr) = cli.RunFile(CliRunner.RepositoryFile("examples/models/spec_example.json"));
        Assert.True(exit == 0, stderr);
        var r = cli.Result();
        Assert.Equal(0.2, r.GetProperty("gibbs").GetProperty("temperature").GetDouble());
        var gibbs = Bloch(r.GetProperty("gibbs").GetProperty("bloch"));
        var coherence = r.GetProperty("gibbs").GetProperty("coherence").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        Assert.Equal(2, gibbs.Length);
        for (int q = 0; q < 2; q++) Assert.Equal(Math.Sqrt(gibbs[q][0] * gibbs[q][0] + gibbs[q][1] * gibbs[q][1]), coherence[q], 14);
        var ss = r.GetProperty("steady_state");
        Assert.True(ss.GetProperty("trace_distance_to_gibbs").GetDouble() < 0.05);
        Assert.False(string.IsNullOrEmpty(ss.GetProperty("method").GetString()));
        var tr = r.GetProperty("trajectory");
        Assert.Equal(200, tr.GetProperty("t").GetArrayLength());
        Assert.Equal(20000, tr.GetProperty("t")[199].GetDouble());
        Assert.Equal(200, tr.GetProperty("bloch").GetArrayLength());
        Assert.Equal(2, tr.GetProperty("bloch")[0].GetArrayLength());
        // starts in the ground state: Z = -1 on both qubits, distance to Gibbs decreasing to the steady value
        Assert.Equal(-1.0, tr.GetProperty("bloch")[0][1][2].GetDouble(), 12);
        var td = tr.GetProperty("trace_distance_to_gibbs").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        // qubit 0 has no bath and couples weakly (0.035) to qubit 1: at t = 20000 it is still relaxing, from above
        Assert.True(td[^1] < td[0]);
        Assert.True(td[^1] > ss.GetProperty("trace_distance_to_gibbs").GetDouble());
        Assert.True(File.Exists(Path.Combine(cli.Out, "trajectory.csv")));
        Assert.True(File.Exists(Path.Combine(cli.Out, "coherence.svg")));
        Assert.Empty(Directory.GetFiles(cli.Out, "*.tmp-*"));
    }

    [Theory]
    [InlineData("eq5_direct.json", 0, 0.376541129759715)]     // docs/physics.md §2.4, (5) C1, w1=1, gamma=0.5, w2=0.5, T=0.2
    [InlineData("eq14_n4.json", 0, 0.705497899953052)]       // docs/physics.md §2.4, (14) N=4, T=0.1
    [InlineData("eq12_transfer.json", 0, 0.211340802804719)] // docs/physics.md §2.4, (12), T=0.2
    public void SecularOrLambShiftFreeModels_SteadyCoherence_IsGibbs(string model, int qubit, double expected)
    {
        using var cli = new CliRunner();
        var (exit, stderr) = cli.RunFile(CliRunner.RepositoryFile($"examples/models/{model}"));
        Assert.True(exit == 0, stderr);
        var r = cli.Result();
        Assert.Equal(expected, r.GetProperty("gibbs").GetProperty("coherence")[qubit].GetDouble(), 12);
        Assert.Equal(expected, r.GetProperty("steady_state").GetProperty("coherence")[qubit].GetDouble(), 9);
        Assert.True(r.GetProperty("steady_state").GetProperty("trace_distance_to_gibbs").GetDouble() < 1e-9);
    }

    [Fact]
    public void CompositeQubit_RedfieldWithLambShift_HasNotesCoherence()
    {
        using var cli = new CliRunner();
        var (exit, stderr) = cli.RunFile(CliRunner.RepositoryFile("examples/models/composite_qubit.json"));
        Assert.True(exit == 0, stderr);
        var ss = cli.Result().GetProperty("steady_state");
        Assert.Equal(5.8696307271e-3, ss.GetProperty("coherence")[0].GetDouble(), 12);   // docs/physics.md §1.4, lambda 1e-3, T 0.1
        Assert.Equal(0.0, cli.Result().GetProperty("gibbs").GetProperty("coherence")[0].GetDouble(), 15);
    }

    [Fact]
    public void XyzModel_WarnsOfZ2Symmetry_AndHasNoCoherence()
    {
        using var cli = new CliRunner();
        var (exit, _) = cli.RunFile(CliRunner.RepositoryFile("examples/models/a7_xyz.json"));
        Assert.Equal(0, exit);
        var r = cli.Result();
        Assert.All(r.GetProperty("steady_state").GetProperty("coherence").EnumerateArray(), c => Assert.True(c.GetDouble() < 1e-14));
        Assert.Contains(r.GetProperty("run").GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("Eq. 3"));
    }

    [Fact]
    public void JumpsOnly_HasNullGibbs_AndDecays()
    {
        using var cli = new CliRunner();
        var (exit, stderr) = cli.Run("""
            {"qubits": 1, "hamiltonian": [{"pauli": "Z0", "coef": 0.5}], "baths": [],
             "jumps": [{"operator": [{"pauli": "X0", "coef": 0.5}, {"pauli": "Y0", "coef": [0, -0.5]}], "rate": 0.1}],
             "initial_state": {"kind": "excited"}, "evolution": {"t_end": 10, "samples": 3}}
            """);
        Assert.True(exit == 0, stderr);
        var r = cli.Result();
        Assert.Equal(JsonValueKind.Null, r.GetProperty("gibbs").ValueKind);
        Assert.Equal(-1.0, r.GetProperty("steady_state").GetProperty("bloch")[0][2].GetDouble(), 10);
        Assert.Equal(-1 + 2 * Math.Exp(-1.0), r.GetProperty("trajectory").GetProperty("bloch")[2][0][2].GetDouble(), 7);
    }

    [Fact]
    public void DifferentTemperatures_GibbsIsNull()
    {
        using var cli = new CliRunner();
        var (exit, stderr) = cli.Run("""
            {"qubits": 2, "hamiltonian": [{"pauli": "Z0", "coef": 0.5}, {"pauli": "Z1", "coef": 0.4}, {"pauli": "X0 X1", "coef": 0.05}],
             "baths": [{"coupling": [{"pauli": "X0", "coef": 1}], "spectral_density": {"kind": "ohmic", "alpha": 0.001, "cutoff": 5}, "temperature": 0.1},
                       {"coupling": [{"pauli": "X1", "coef": 1}], "spectral_density": {"kind": "ohmic", "alpha": 0.001, "cutoff": 5}, "temperature": 0.5}]}
            """);
        Assert.True(exit == 0, stderr);
        Assert.Equal(JsonValueKind.Null, cli.Result().GetProperty("gibbs").ValueKind);
        Assert.Equal(JsonValueKind.Null, cli.Result().GetProperty("steady_state").GetProperty("trace_distance_to_gibbs").ValueKind);
    }

    [Fact]
    public void Help_ExitsZero_AndUnknownCommand_ExitsTwo()
    {
        Assert.Equal(0, OpenSystem.Cli.Program.Run(["--help"], new StringWriter()));
        Assert.Equal(2, OpenSystem.Cli.Program.Run(["frobnicate"], new StringWriter()));
    }
}

/// <summary>The Ising jump model through the CLI: parity-block integration, stage timings and the log format.</summary>
public class JumpModelRunTests
{
    [Fact]
    public void IsingJumps_RungeKutta_UsesParityBlocks_ReportsTimings_AndLogsToStderr()
    {
        using var cli = new CliRunner();
        var (exit, stderr) = cli.RunFile(CliRunner.RepositoryFile("examples/models/ising_jumps_n4.json"), "--evolution", "rk", "-v", "normal", "--no-plots");
        Assert.True(exit == 0, stderr);
        Assert.Matches(@"\d\d:\d\d:\d\d info: \S*ising_jumps_n4.json: Built jump-only generator", stderr);
        var r = cli.Result();
        Assert.Contains("parity blocks", r.GetProperty("trajectory").GetProperty("integrator").GetString());
        Assert.Contains("no baths", r.GetProperty("run").GetProperty("equation").GetString());
        // all four qubits start excited and decay; the open chain's reflection q <-> 3 - q holds along the trajectory
        var bloch = r.GetProperty("trajectory").GetProperty("bloch").EnumerateArray().ToArray();
        Assert.All(bloch[0].EnumerateArray(), q => Assert.Equal(1.0, q[2].GetDouble(), 14));
        Assert.All(bloch[^1].EnumerateArray(), q => Assert.True(q[2].GetDouble() < 0.5));
        foreach (var sample in bloch)
        {
            Assert.Equal(sample[0][2].GetDouble(), sample[3][2].GetDouble(), 6);
            Assert.Equal(sample[1][2].GetDouble(), sample[2][2].GetDouble(), 6);
        }
        var seconds = r.GetProperty("run").GetProperty("seconds");
        double stages = 0;
        foreach (var key in new[] { "generator", "steady_state", "trajectory" })
        {
            double s = seconds.GetProperty(key).GetDouble();
            Assert.True(s >= 0, key);
            stages += s;
        }
        Assert.True(stages <= seconds.GetProperty("since_process_start").GetDouble() + 1e-3);
    }

    [Fact]
    public void Quiet_DropsInformation()
    {
        using var cli = new CliRunner();
        var (exit, stderr) = cli.RunFile(CliRunner.RepositoryFile("examples/models/ising_jumps_n4.json"), "--no-plots");
        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain("info:", stderr);
    }
}

/// <summary>`opensystem run` with several model files: a sweep in one process.</summary>
public class SweepRunTests
{
    [Fact]
    public void SeveralModels_EachWriteTheirOwnFolder_WithTheSingleRunResults()
    {
        using var cli = new CliRunner();
        string a = CliRunner.RepositoryFile("examples/models/eq5_direct.json"), b = CliRunner.RepositoryFile("examples/models/eq12_transfer.json");
        var stderr = new StringWriter();
        Assert.Equal(0, Program.Run(["run", a, b, "--out", cli.Out, "-v", "quiet", "--no-plots"], stderr));
        foreach (var (model, qubit, expected) in new[] { ("eq5_direct", 0, 0.376541129759715), ("eq12_transfer", 0, 0.211340802804719) })
        {
            var r = JsonDocument.Parse(File.ReadAllText(Path.Combine(cli.Out, model, "result.json"))).RootElement;
            Assert.Equal(expected, r.GetProperty("gibbs").GetProperty("coherence")[qubit].GetDouble(), 12);
            Assert.EndsWith($"{model}.json", r.GetProperty("run").GetProperty("model").GetString());
        }
        Assert.False(File.Exists(cli.ResultPath), "a sweep writes no DIR/result.json of its own");
    }

    [Fact]
    public void OneBadFile_StopsTheSweepBeforeAnythingRuns()
    {
        using var cli = new CliRunner();
        string good = CliRunner.RepositoryFile("examples/models/eq5_direct.json");
        string bad = Path.Combine(cli.Folder, "bad.json");
        File.WriteAllText(bad, """{"qubits": 1, "hamiltonian": [{"pauli": "Z3", "coef": 1.0}], "baths": []}""");
        var stderr = new StringWriter();
        Assert.Equal(2, Program.Run(["run", good, bad, "--out", cli.Out, "-v", "quiet"], stderr));
        Assert.Contains("bad.json", stderr.ToString());
        Assert.False(Directory.Exists(Path.Combine(cli.Out, "eq5_direct")), "nothing may run when one file of the sweep is invalid");
    }

    [Fact]
    public void TwoFilesWithTheSameName_AreRefused()
    {
        using var cli = new CliRunner();
        string a = CliRunner.RepositoryFile("examples/models/eq5_direct.json");
        Directory.CreateDirectory(Path.Combine(cli.Folder, "copy"));
        string b = Path.Combine(cli.Folder, "copy", "eq5_direct.json");
        File.Copy(a, b);
        var stderr = new StringWriter();
        Assert.Equal(2, Program.Run(["run", a, b, "--out", cli.Out], stderr));
        Assert.Contains("different names", stderr.ToString());
    }
}
