using System.Text.Json;
using OpenSystem.Analysis;
using OpenSystem.Models;

namespace OpenSystem.Cli.Tests;

/// <summary>
/// result.json's <c>mean_force</c> (issue 11 item 1): the mean-force Gibbs state to second order in the coupling, beside
/// <c>gibbs</c>, with <c>steady_state.trace_distance_to_mean_force</c>; null with the reason where it does not exist.
/// </summary>
public class MeanForceResultTests
{
    private const string TwoQubits = """
        {
          "qubits": 2,
          "hamiltonian": [ { "pauli": "Z0", "coef": 0.5 }, { "pauli": "Z1", "coef": 0.35 }, { "pauli": "X0 X1", "coef": 0.15 },
                           { "pauli": "Y0 Y1", "coef": 0.1 }, { "pauli": "Z0 Z1", "coef": 0.25 }, { "pauli": "X1", "coef": 0.2 } ],
          "baths": [ { "coupling": [ { "pauli": "X0", "coef": 1.0 }, { "pauli": "Z0", "coef": 0.6 } ],
                       "spectral_density": { "kind": "ohmic", "alpha": 0.002, "cutoff": 5.0 }, "temperature": 0.3 },
                     { "every_qubit": "Y", "spectral_density": { "kind": "drude_lorentz", "reorganization": 0.001, "width": 2.0 },
                       "temperature": 0.3 } ],
          "equation": { "kind": "EQUATION", "lamb_shift": true }
        }
        """;

    [Theory]
    [InlineData(0.02)]
    [InlineData(0.1)]
    [InlineData(2.0)]
    public void CompositeQubit_MeanForceCoherence_IsFormulaP1(double temperature)
    {
        // H = Z/2, A = X + Z, Ohmic α = 1e-3, Ω = 5: the second-order MFGS of this qubit is formula (P1)
        // (docs/physics.md §1.3), computed here by an independent quadrature in ν (CompositeBenchmark.SigmaX).
        string model = CompositeQubit(temperature, 1e-3);
        using var cli = new CliRunner();
        var (exit, stderr) = cli.Run(model, "composite.json", "--no-plots");
        Assert.True(exit == 0, stderr);
        var mf = cli.Result().GetProperty("mean_force");
        var bloch = mf.GetProperty("bloch")[0];
        double expected = new CompositeBenchmark().SigmaX(temperature);
        Assert.Equal(expected, bloch[0].GetDouble(), Math.Abs(expected) * 1e-8);
        Assert.Equal(0.0, bloch[1].GetDouble(), 1e-14);
        Assert.Equal(Math.Abs(expected), mf.GetProperty("coherence")[0].GetDouble(), Math.Abs(expected) * 1e-8);
        // the correction moves the populations too: the state is not the Gibbs state
        Assert.True(mf.GetProperty("trace_distance_to_gibbs").GetDouble() > Math.Abs(expected) / 2);
    }

    [Fact]
    public void TwoQubits_MeanForce_IsTheLibrarysState()
    {
        string text = TwoQubits.Replace("EQUATION", "redfield");
        using var cli = new CliRunner();
        var (exit, stderr) = cli.Run(text, "two.json", "--no-plots");
        Assert.True(exit == 0, stderr);
        var result = cli.Result();
        var mf = result.GetProperty("mean_force");
        var library = MeanForceGibbsState.Of(ModelFile.Parse(text, "two.json").System);
        for (int q = 0; q < 2; q++)
        {
            var expected = library.State.Bloch(q);
            var written = mf.GetProperty("bloch")[q];
            Assert.Equal(expected.X, written[0].GetDouble(), 1e-12);
            Assert.Equal(expected.Y, written[1].GetDouble(), 1e-12);
            Assert.Equal(expected.Z, written[2].GetDouble(), 1e-12);
            Assert.Equal(expected.LocalCoherence, mf.GetProperty("coherence")[q].GetDouble(), 1e-12);
        }
        Assert.Equal(library.TraceDistanceToGibbs, mf.GetProperty("trace_distance_to_gibbs").GetDouble(), 1e-12);
        // the three distances are distances between the same three states: the triangle inequality through τ holds
        var ss = result.GetProperty("steady_state");
        double toMeanForce = ss.GetProperty("trace_distance_to_mean_force").GetDouble();
        double toGibbs = ss.GetProperty("trace_distance_to_gibbs").GetDouble();
        double meanForceToGibbs = mf.GetProperty("trace_distance_to_gibbs").GetDouble();
        Assert.InRange(toMeanForce, Math.Abs(toGibbs - meanForceToGibbs) - 1e-12, toGibbs + meanForceToGibbs + 1e-12);
    }

    [Fact]
    public void Davies_SteadyState_IsTheGibbsState_SoItsDistanceToTheMeanForceStateIsTheMeanForceCorrection()
    {
        // the secular (Davies) steady state is ρ_G exactly (docs/physics.md), not ρ_MF: ½‖ρ_ss − ρ_MF‖₁ = ½‖ρ_G − ρ_MF‖₁
        using var cli = new CliRunner();
        var (exit, stderr) = cli.Run(TwoQubits.Replace("EQUATION", "lindblad"), "davies.json", "--no-plots");
        Assert.True(exit == 0, stderr);
        var result = cli.Result();
        double expected = result.GetProperty("mean_force").GetProperty("trace_distance_to_gibbs").GetDouble();
        Assert.True(expected > 1e-4);
        Assert.Equal(expected, result.GetProperty("steady_state").GetProperty("trace_distance_to_mean_force").GetDouble(), 1e-9);
    }

    [Fact]
    public void AtZeroTemperature_MeanForceIsNull_WithTheReasonInTheWarnings()
    {
        string model = CompositeQubit(0.0, 1e-3);
        using var cli = new CliRunner();
        var (exit, stderr) = cli.Run(model, "zero.json", "--no-plots");
        Assert.True(exit == 0, stderr);
        var result = cli.Result();
        Assert.Equal(JsonValueKind.Null, result.GetProperty("mean_force").ValueKind);
        Assert.False(result.GetProperty("steady_state").TryGetProperty("trace_distance_to_mean_force", out _));
        var warnings = result.GetProperty("run").GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToArray();
        Assert.Contains(warnings, w => w.Contains("mean_force is null") && w.Contains("temperature 0"));
    }

    [Fact]
    public void WithoutBathsOrWithTwoTemperatures_MeanForceIsNull()
    {
        const string jumpsOnly = """
            { "qubits": 1, "hamiltonian": [ { "pauli": "Z0", "coef": 0.5 } ], "baths": [],
              "jumps": [ { "operator": [ { "pauli": "X0", "coef": 1.0 } ], "rate": 0.01 } ] }
            """;
        string twoTemperatures = TwoQubits.Replace("EQUATION", "redfield").Replace("\"temperature\": 0.3 } ],", "\"temperature\": 0.4 } ],");
        foreach (string model in new[] { jumpsOnly, twoTemperatures })
        {
            using var cli = new CliRunner();
            var (exit, stderr) = cli.Run(model, "model.json", "--no-plots");
            Assert.True(exit == 0, stderr);
            var result = cli.Result();
            Assert.Equal(JsonValueKind.Null, result.GetProperty("mean_force").ValueKind);
            Assert.Equal(JsonValueKind.Null, result.GetProperty("gibbs").ValueKind);
            Assert.False(result.GetProperty("steady_state").TryGetProperty("trace_distance_to_mean_force", out _));
        }
    }

    [Fact]
    public void StrongCouplingAtLowTemperature_NonPositiveMeanForceState_IsReportedUnclipped()
    {
        // α = 0.3 at T = 0.02 with A = X + Z: the second-order correction exceeds the excited population it perturbs (the
        // Redfield steady state is unphysical there and a failure, so the mean-force state is asked for alone)
        string model = CompositeQubit(0.02, 0.3);
        using var cli = new CliRunner();
        var (exit, stderr) = cli.Run(model, "strong.json", "--only", "gibbs");
        Assert.True(exit == 0, stderr);
        var result = cli.Result();
        var library = MeanForceGibbsState.Of(ModelFile.Parse(model, "strong.json").System);
        Assert.False(library.IsPositive);
        var bloch = result.GetProperty("mean_force").GetProperty("bloch")[0];
        double length = Math.Sqrt(Enumerable.Range(0, 3).Sum(k => bloch[k].GetDouble() * bloch[k].GetDouble()));
        Assert.True(length > 1, "a non-positive qubit state has a Bloch vector longer than 1; clipping would hide it");
        var warnings = result.GetProperty("run").GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToArray();
        Assert.Contains(warnings, w => w.Contains("mean-force state is not positive"));
    }

    // examples/models/composite_qubit.json (H = Z/2, A = X + Z, Ohmic cutoff 5) at another temperature and α, without evolution
    private static string CompositeQubit(double temperature, double alpha)
    {
        var model = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(CliRunner.RepositoryFile("examples/models/composite_qubit.json")))!.AsObject();
        model.Remove("evolution");
        var bath = model["baths"]![0]!;
        bath["temperature"] = temperature;
        bath["spectral_density"]!["alpha"] = alpha;
        return model.ToJsonString();
    }
}
