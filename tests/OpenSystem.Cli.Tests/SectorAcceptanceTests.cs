using System.Globalization;
using System.Text.Json;
using OpenSystem.Paper;

namespace OpenSystem.Cli.Tests;

/// <summary>
/// Acceptance of issue 12 for the Gibbs state: <c>run --only gibbs</c> on <c>c4</c> family models (the parameters of
/// Fig. 3b) agrees with an independent sector computation (tools/sector-gibbs/sector_gibbs.py --banded, scipy's LAPACK
/// band solver; its output is Data/sector_gibbs_c4.jsonl, the commands in its header) to 1e-10 on the target's Bloch vector
/// at N = 8, 200 and 1000, and at N ≤ 8 with the dense curves of Fig. 3b.
/// </summary>
public class SectorAcceptanceTests
{
    private static string C4(int ancillas, double temperature) => $$"""
        {"family": {"name": "c4", "ancillas": {{ancillas}}, "omega_target": 1.0, "omega_ancilla": 0.5, "g": 0.5, "theta": 0.5},
         "baths": [{"every_qubit": "X", "spectral_density": {"kind": "ohmic", "alpha": 0.001, "cutoff": 5.0}, "temperature": {{temperature.ToString("R", CultureInfo.InvariantCulture)}}}]}
        """;

    private static JsonElement GibbsOnly(int ancillas, double temperature)
    {
        using var cli = new CliRunner();
        var (exit, stderr) = cli.Run(C4(ancillas, temperature), extra: ["--only", "gibbs"]);
        Assert.True(exit == 0, stderr);
        return cli.Result().GetProperty("gibbs").Clone();
    }

    private static double[] Bloch(JsonElement gibbs, int qubit) => gibbs.GetProperty("bloch")[qubit].EnumerateArray().Select(x => x.GetDouble()).ToArray();

    private static (double[] Target, double[] Ancilla) Reference(int ancillas, double temperature)
    {
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "sector_gibbs_c4.jsonl")).Where(l => !l.StartsWith('#')))
        {
            var row = JsonDocument.Parse(line).RootElement;
            if (row.GetProperty("N").GetInt32() == ancillas && row.GetProperty("T").GetDouble() == temperature)
                return (Vector(row, "target"), Vector(row, "ancilla"));
        }
        throw new InvalidOperationException($"no reference row for N = {ancillas}, T = {temperature}");
    }

    private static double[] Vector(JsonElement row, string key) => row.GetProperty(key).EnumerateArray().Select(x => x.GetDouble()).ToArray();

    [Theory]
    [InlineData(8, 0.0)]
    [InlineData(8, 0.3)]
    [InlineData(200, 0.0)]
    [InlineData(200, 0.05)]
    [InlineData(200, 0.3)]
    [InlineData(200, 1.0)]
    [InlineData(200, 3.0)]
    [InlineData(1000, 0.0)]
    [InlineData(1000, 0.3)]
    [InlineData(1000, 3.0)]
    public void GibbsOnly_C4_MatchesTheIndependentSectorComputation(int ancillas, double temperature)
    {
        var gibbs = GibbsOnly(ancillas, temperature);
        var (target, ancilla) = Reference(ancillas, temperature);
        for (int a = 0; a < 3; a++)
        {
            Assert.True(Math.Abs(Bloch(gibbs, 0)[a] - target[a]) <= 1e-10, $"target axis {a}: {Bloch(gibbs, 0)[a]:R} vs reference {target[a]:R}");
            Assert.True(Math.Abs(Bloch(gibbs, ancillas)[a] - ancilla[a]) <= 1e-10, $"ancilla axis {a}: {Bloch(gibbs, ancillas)[a]:R} vs reference {ancilla[a]:R}");
        }
    }

    [Theory]
    [InlineData(1, 20)]
    [InlineData(4, 45)]
    [InlineData(8, 45)]
    [InlineData(8, 70)]
    public void GibbsOnly_SmallN_MatchesTheDenseCurveOfFigure3b(int ancillas, int temperatureIndex)
    {
        var spec = PaperFigures.Get("3b");
        double t = spec.Temperatures[temperatureIndex];
        double curve = spec.Curves.Single(c => c.Column == $"C_N{ancillas}").Evaluate([t])[0];
        var gibbs = GibbsOnly(ancillas, t);
        Assert.Equal(curve, gibbs.GetProperty("coherence")[0].GetDouble(), 1e-12);
    }
}
