using System.Globalization;
using System.Text.Json.Nodes;

namespace OpenSystem.Sweeps.Tests;

/// <summary>
/// A two-qubit model file and stand-ins for the CLI's delegates: a validator that checks a few keys the way the model
/// reader does (throwing a PointModelException with the key and the problem), and a stand-in "solver" returning the Gibbs Bloch vectors of
/// uncoupled qubits H = sum_j (omega_j/2) Z_j, &lt;Z_j&gt; = -tanh(omega_j / 2T), and, as "coherence", the distinct
/// non-round numbers tanh(omega_j / 2T) / 3 (only there to be followed exactly through the table).
/// </summary>
internal static class TestModels
{
    public const string TwoQubits = """
        {
          "qubits": 2,
          "hamiltonian": [{"pauli": "Z0", "coef": 0.5}, {"pauli": "Z1", "coef": 0.25}],
          "baths": [
            {"coupling": [{"pauli": "X0", "coef": 1.0}], "spectral_density": {"kind": "ohmic", "alpha": 0.001, "cutoff": 5.0}, "temperature": 0.2},
            {"every_qubit": "X", "spectral_density": {"kind": "ohmic", "alpha": 0.001, "cutoff": 5.0}, "temperature": 0.2}
          ]
        }
        """;

    /// <summary>Checks that every bath temperature is a number >= 0 and returns the model object.</summary>
    public static JsonObject Validate(string json, string label)
    {
        var model = JsonNode.Parse(json)!.AsObject();
        var baths = model["baths"]!.AsArray();
        for (int b = 0; b < baths.Count; b++)
        {
            var t = baths[b]!["temperature"];
            if (t is not JsonValue value || !value.TryGetValue(out double temperature))
            {
                throw new PointModelException($"baths[{b}].temperature", $"must be a number, got {t?.ToJsonString() ?? "null"}");
            }
            if (temperature < 0)
            {
                throw new PointModelException($"baths[{b}].temperature", $"must be >= 0, got {temperature.ToString("R", CultureInfo.InvariantCulture)}");
            }
        }
        return model;
    }

    /// <summary>The Bloch z of each qubit of H = sum_j (omega_j/2) Z_j in the Gibbs state at the first bath's temperature.</summary>
    public static JsonObject Solve(JsonObject model)
    {
        double temperature = model["baths"]![0]!["temperature"]!.GetValue<double>();
        int qubits = model["qubits"]!.GetValue<int>();
        var bloch = new JsonArray();
        var coherence = new JsonArray();
        for (int j = 0; j < qubits; j++)
        {
            double omega = 2 * model["hamiltonian"]![j]!["coef"]!.GetValue<double>();
            bloch.Add(new JsonArray(0.0, 0.0, -Math.Tanh(omega / (2 * temperature))));
            coherence.Add(Math.Tanh(omega / (2 * temperature)) / 3);
        }
        return new JsonObject
        {
            ["gibbs"] = new JsonObject { ["temperature"] = temperature, ["bloch"] = bloch, ["coherence"] = coherence },
            ["steady_state"] = new JsonObject { ["coherence"] = coherence.DeepClone(), ["trace_distance_to_gibbs"] = null },
        };
    }

    /// <summary>Points with no axes and placeholder models, for the index arithmetic of shards and the runner.</summary>
    public static IReadOnlyList<SweepPoint> Points(int count) =>
        Enumerable.Range(0, count).Select(p => new SweepPoint(p, [], "{}", p.ToString(CultureInfo.InvariantCulture))).ToList();

    public static string Sweep(string axes, string combine = "product") =>
        $$"""{"model": {{TwoQubits}}, "axes": [{{axes}}], "combine": "{{combine}}"}""";
}
