using System.Text.Json;

namespace OpenSystem.Cli.Tests;

/// <summary>
/// `opensystem run` against an independent implementation: tools/crosscheck/reference.py (numpy/scipy, dense d² × d²
/// Liouvillian, Lamb shift by scipy's Cauchy-weight quadrature, trajectories by the exact propagator). Its results for the
/// 16 models in tools/crosscheck/models are stored in tools/crosscheck/expected (regenerate with
/// <c>run_all.py --refs-only</c>); their <c>mean_force</c> comes from tools/crosscheck/mean_force.py. Tolerances are the acceptance criteria of issue 2.
/// </summary>
public class CrossCheckTests
{
    public static TheoryData<string> Models => new(Directory.GetFiles(CliRunner.RepositoryFile("tools/crosscheck/models"), "*.json")
        .Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Models))]
    public void Result_AgreesWithIndependentReference(string model)
    {
        using var cli = new CliRunner();
        var (exit, stderr) = cli.RunFile(CliRunner.RepositoryFile($"tools/crosscheck/models/{model}"));
        Assert.True(exit == 0, stderr);
        var got = cli.Result();
        var expected = JsonDocument.Parse(File.ReadAllText(CliRunner.RepositoryFile($"tools/crosscheck/expected/{model}"))).RootElement;
        var modelJson = JsonDocument.Parse(File.ReadAllText(CliRunner.RepositoryFile($"tools/crosscheck/models/{model}"))).RootElement;
        bool lambShift = !modelJson.TryGetProperty("equation", out var eq) ||
                         (eq.GetProperty("kind").GetString() == "redfield" && (!eq.TryGetProperty("lamb_shift", out var ls) || ls.GetBoolean()));

        Assert.Equal(expected.GetProperty("gibbs").ValueKind, got.GetProperty("gibbs").ValueKind);
        if (expected.GetProperty("gibbs").ValueKind != JsonValueKind.Null)
            AssertClose(expected.GetProperty("gibbs").GetProperty("bloch"), got.GetProperty("gibbs").GetProperty("bloch"), 1e-6, "gibbs.bloch");
        // The second-order mean-force state (reference: tools/crosscheck/mean_force.py), null without a single T > 0.
        var mfRef = expected.GetProperty("mean_force");
        Assert.Equal(mfRef.ValueKind, got.GetProperty("mean_force").ValueKind);
        if (mfRef.ValueKind != JsonValueKind.Null)
            AssertClose(mfRef.GetProperty("bloch"), got.GetProperty("mean_force").GetProperty("bloch"), 1e-8, "mean_force.bloch");
        var ssRef = expected.GetProperty("steady_state"); var ss = got.GetProperty("steady_state");
        if (ssRef.TryGetProperty("trace_distance_to_mean_force", out var tdMf))
            AssertClose(tdMf, ss.GetProperty("trace_distance_to_mean_force"), lambShift ? 1e-5 : 1e-6, "steady_state.trace_distance_to_mean_force");
        AssertClose(ssRef.GetProperty("bloch"), ss.GetProperty("bloch"), lambShift ? 1e-5 : 1e-6, "steady_state.bloch");
        if (ssRef.GetProperty("trace_distance_to_gibbs").ValueKind == JsonValueKind.Number)
            AssertClose(ssRef.GetProperty("trace_distance_to_gibbs"), ss.GetProperty("trace_distance_to_gibbs"), lambShift ? 1e-5 : 1e-6, "steady_state.trace_distance");
        if (expected.TryGetProperty("trajectory", out var trRef) && trRef.ValueKind == JsonValueKind.Object)
        {
            var tr = got.GetProperty("trajectory");
            AssertClose(trRef.GetProperty("t"), tr.GetProperty("t"), 1e-9, "trajectory.t");
            AssertClose(trRef.GetProperty("bloch"), tr.GetProperty("bloch"), 1e-5, "trajectory.bloch");
            var tdRef = trRef.GetProperty("trace_distance_to_gibbs");
            if (tdRef.ValueKind == JsonValueKind.Null || tdRef.EnumerateArray().Any(x => x.ValueKind == JsonValueKind.Null))
                Assert.Equal(JsonValueKind.Null, tr.GetProperty("trace_distance_to_gibbs").ValueKind);   // no Gibbs state
            else
                AssertClose(trRef.GetProperty("trace_distance_to_gibbs"), tr.GetProperty("trace_distance_to_gibbs"), 1e-6, "trajectory.trace_distance");
        }
    }

    private static void AssertClose(JsonElement expected, JsonElement actual, double tolerance, string key)
    {
        var e = Flatten(expected).ToArray(); var a = Flatten(actual).ToArray();
        Assert.Equal(e.Length, a.Length);
        double worst = e.Zip(a, (x, y) => Math.Abs(x - y)).DefaultIfEmpty(0).Max();
        Assert.True(worst <= tolerance, $"{key}: max |difference| {worst:E2} > {tolerance:E0}");
    }

    private static IEnumerable<double> Flatten(JsonElement e) =>
        e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().SelectMany(Flatten) : [e.GetDouble()];
}
