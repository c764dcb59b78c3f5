using System.Text.Json;
using OpenSystem.Analysis;
using OpenSystem.Models;

namespace OpenSystem.Cli.Tests;

/// <summary>
/// `approach` and `run` describe the same long-time state: the same steady state for every example model, and, for a
/// jump-only model with a non-diagonal H and for a bath model, the steady Bloch vectors of the independent reference
/// (tools/crosscheck/reference.py, stored in tools/crosscheck/expected). Issue 8: `approach` once measured
/// computational-basis states as if they were in the energy basis and reported C_j ≈ 0.1 where `run` gave 0.
/// </summary>
public class ApproachAgreementTests
{
    /// <summary>The example models small enough for a test (d ≤ 64; the N = 10 Ising protocol is a benchmark, not a test).</summary>
    public static TheoryData<string> ExampleModels => new(Directory.GetFiles(CliRunner.RepositoryFile("examples/models"), "*.json")
        .Where(p => ModelFile.Load(p).System.Register.Count <= 6)
        .Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(ExampleModels))]
    public void ApproachAndRun_GiveTheSameSteadyState(string model)
    {
        var m = ModelFile.Load(CliRunner.RepositoryFile($"examples/models/{model}"));
        var run = Simulation.Run(m.System, m.Equation, m.Initial, grid: null);
        var approach = ApproachAnalysis.Run(m.System, m.Equation, tEnd: 1e-3, samples: 3, initial: m.Initial);
        double worst = (run.SteadyState.Solution.State.Matrix - approach.Steady.State.Matrix).Enumerate().Max(z => z.Magnitude);
        Assert.True(worst < 1e-10, $"{model}: max |rho_run - rho_approach| = {worst:E2}");
        Assert.Equal(run.SteadyState.Solution.Unique, approach.Steady.Unique);
        for (int q = 0; q < m.System.Register.Count; q++)
            Assert.Equal(run.SteadyState.Measurement.Coherence[q], approach.SteadyMeasurement.Coherence[q], 10);
    }

    [Theory]
    [InlineData("m09_jumps_only.json", 1e-6)]
    [InlineData("m02_composite_redfield_ls.json", 1e-5)]
    [InlineData("m10_bath_plus_jump_redfield.json", 1e-5)]
    public void ApproachCommand_SteadyState_AgreesWithIndependentReference(string model, double tolerance)
    {
        using var cli = new CliRunner();
        var stderr = new StringWriter();
        int exit = Program.Run(["approach", CliRunner.RepositoryFile($"tools/crosscheck/models/{model}"), "--out", cli.Out, "-v", "quiet"], stderr);
        Assert.True(exit == 0, stderr.ToString());
        var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(cli.Out, "approach.json"))).RootElement.GetProperty("steady_state");
        var expected = JsonDocument.Parse(File.ReadAllText(CliRunner.RepositoryFile($"tools/crosscheck/expected/{model}"))).RootElement.GetProperty("steady_state");
        var got = summary.GetProperty("bloch").EnumerateArray().SelectMany(v => v.EnumerateArray()).Select(x => x.GetDouble()).ToArray();
        var want = expected.GetProperty("bloch").EnumerateArray().SelectMany(v => v.EnumerateArray()).Select(x => x.GetDouble()).ToArray();
        Assert.Equal(want.Length, got.Length);
        double worst = want.Zip(got, (a, b) => Math.Abs(a - b)).Max();
        Assert.True(worst <= tolerance, $"{model}: steady Bloch vectors differ from the reference by {worst:E2}");
        var coherence = summary.GetProperty("coherence").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        var coherenceRef = expected.GetProperty("coherence").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        Assert.True(coherenceRef.Zip(coherence, (a, b) => Math.Abs(a - b)).Max() <= tolerance);
    }

    [Fact]
    public void ApproachCommand_OnTheJumpOnlyIsingChain_ReportsNoCoherence_AsRunDoes()
    {
        // H = 50 Σ Z_i + 25 Σ X_i X_{i+1}, σ⁻ jumps at rate 1, N = 4: every term commutes with the Z-string parity
        // superoperator, so the steady C_j vanish (QuTiP and run agree); approach once reported [0.122, 0.091, 0.090, 0.116].
        using var cli = new CliRunner();
        var stderr = new StringWriter();
        var model = CliRunner.RepositoryFile("examples/models/ising_jumps_n4.json");
        int exit = Program.Run(["approach", model, "--out", cli.Out, "-v", "quiet", "--rtol", "1e-9"], stderr);
        Assert.True(exit == 0, stderr.ToString());
        var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(cli.Out, "approach.json"))).RootElement;
        foreach (var c in summary.GetProperty("steady_state").GetProperty("coherence").EnumerateArray())
            Assert.True(c.GetDouble() < 1e-12, $"steady coherence {c.GetDouble():E2}");
        foreach (var r in summary.GetProperty("runs").EnumerateArray())
            Assert.Equal("exact", r.GetProperty("evolution").GetString());   // log-spaced grid, d = 16: the auto route chose the exact ladder
        Assert.Equal(0, cli.RunFile(model).Exit);
        foreach (var c in cli.Result().GetProperty("steady_state").GetProperty("coherence").EnumerateArray())
            Assert.True(c.GetDouble() < 1e-12);
    }
}
