using System.Text.Json;
using OpenSystem.Analysis;
using OpenSystem.Models;
using OpenSystem.Symmetry;

namespace OpenSystem.Cli.Tests;

/// <summary>
/// <c>run --only gibbs</c>: the dense route (small models, with the mean-force state) and the total-spin sector route
/// (family models above 12 qubits) against the library computations they must reproduce.
/// </summary>
public class GibbsOnlyTests
{
    private static string Family(int ancillas, double temperature) => $$"""
        {"family": {"name": "c4", "ancillas": {{ancillas}}, "omega_target": 1.0, "omega_ancilla": 0.5, "g": 0.5, "theta": 0.5},
         "baths": [{"every_qubit": "X", "spectral_density": {"kind": "ohmic", "alpha": 0.001, "cutoff": 5.0}, "temperature": {{temperature}}}]}
        """;

    private static (JsonElement Result, string Path) Compute(CliRunner cli, string text)
    {
        string path = Path.Combine(cli.Folder, "model.json");
        File.WriteAllText(path, text);
        return (JsonDocument.Parse(GibbsOnlyResult.Compute(path)).RootElement, path);
    }

    private static double[] Bloch(JsonElement states, int qubit) =>
        states.GetProperty("bloch")[qubit].EnumerateArray().Select(x => x.GetDouble()).ToArray();

    [Fact]
    public void DenseRoute_EqualsTheSectorGibbsState_AndCarriesTheMeanForceState()
    {
        using var cli = new CliRunner();
        var (result, path) = Compute(cli, Family(4, 0.3));
        var sector = FamilyGibbs.Sweep("c4", [1.0, 0.5, 0.5, 0.5], 4, [0.3])[0];
        Assert.Equal(sector.Target.ToArray(), Bloch(result.GetProperty("gibbs"), 0), new Tolerance(1e-10));
        for (int q = 1; q <= 4; q++)
            Assert.Equal(sector.Ancilla.ToArray(), Bloch(result.GetProperty("gibbs"), q), new Tolerance(1e-10));
        var mf = MeanForceGibbsState.Of(ModelFile.Load(path).System);
        Assert.Equal(mf.State.Bloch(0).ToArray(), Bloch(result.GetProperty("mean_force"), 0), new Tolerance(1e-12));
        Assert.Equal(mf.TraceDistanceToGibbs, result.GetProperty("mean_force").GetProperty("trace_distance_to_gibbs").GetDouble(), 12);
        Assert.False(result.TryGetProperty("steady_state", out _));
    }

    [Fact]
    public void ManyAncillas_UseTheSectors_WithEveryAncillaAlike_AndNoMeanForceState()
    {
        using var cli = new CliRunner();
        var (result, _) = Compute(cli, Family(200, 0.2));
        var sector = FamilyGibbs.Sweep("c4", [1.0, 0.5, 0.5, 0.5], 200, [0.2])[0];
        var gibbs = result.GetProperty("gibbs");
        Assert.Equal(201, gibbs.GetProperty("bloch").GetArrayLength());
        Assert.Equal(sector.Target.ToArray(), Bloch(gibbs, 0), new Tolerance(1e-14));
        Assert.Equal(sector.Ancilla.ToArray(), Bloch(gibbs, 200), new Tolerance(1e-14));
        Assert.Equal(sector.Target.LocalCoherence, gibbs.GetProperty("coherence")[0].GetDouble(), 14);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("mean_force").ValueKind);
        Assert.Contains(result.GetProperty("run").GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("mean_force is null"));
    }

    [Fact]
    public void LargeFamily_WithAnOrdinaryBath_IsBadInputNamingTheBath()
    {
        using var cli = new CliRunner();
        string text = Family(20, 0.2).Replace("\"every_qubit\": \"X\"", "\"coupling\": [{\"pauli\": \"X0\", \"coef\": 1}]");
        var ex = Assert.Throws<ModelFileException>(() => Compute(cli, text));
        Assert.Contains("baths[0]", ex.Message);
    }

    private sealed class Tolerance(double tol) : IEqualityComparer<double>
    {
        public bool Equals(double a, double b) => Math.Abs(a - b) <= tol;

        public int GetHashCode(double x) => 0;
    }
}
