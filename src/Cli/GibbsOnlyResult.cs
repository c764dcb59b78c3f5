using System.Text.Json;
using OpenSystem.Analysis;
using OpenSystem.Dynamics;
using OpenSystem.Models;
using OpenSystem.Symmetry;

namespace OpenSystem.Cli;

/// <summary>
/// <c>opensystem run --only gibbs</c>: the Gibbs state of the baths' temperature and the second-order mean-force state,
/// without a master equation (result.json has no <c>steady_state</c> and no <c>trajectory</c>). Models of up to
/// <see cref="QubitRegister.MaxQubits"/> qubits use the dense Gibbs state; larger family models (up to 1000 ancillas) use
/// the total-spin sectors of their identical ancillas, and their mean-force state is null with the reason. Both routes
/// write the exchange classes and the route under <c>symmetry</c> (<see cref="SymmetryReport"/>).
/// </summary>
internal static class GibbsOnlyResult
{
    /// <summary>The result.json bytes for the model file at <paramref name="modelPath"/>.</summary>
    /// <exception cref="ModelFileException">Bad input.</exception>
    public static byte[] Compute(string modelPath)
    {
        var family = ModelFile.LoadFamily(modelPath);
        var warnings = new List<string>();
        BlochVector[]? gibbs;
        MeanForceReport? meanForce = null;
        double? temperature;
        int qubits;
        string method;
        string route;
        IReadOnlyList<IReadOnlyList<int>> classes;
        if (family is not null && family.Qubits > QubitRegister.MaxQubits)
        {
            qubits = family.Qubits;
            temperature = family.Temperature;
            method = "total-spin sectors of the identical ancillas";
            route = SymmetryReport.SpinSectors;
            // The baths of this route are every_qubit entries, the same on every qubit, and there are no jumps: H alone sets the classes.
            classes = ExchangeSymmetry.Classes(ModelFamilies.All[family.Name].Build(family.Ancillas, family.Parameters.ToArray()), qubits);
            gibbs = temperature is double t ? SectorBloch(family, t) : null;
            if (temperature is not null)
                warnings.Add($"mean_force is null: the second-order mean-force state needs the dense state of all {qubits} qubits (at most {QubitRegister.MaxQubits}).");
        }
        else
        {
            var model = ModelFile.Load(modelPath);
            var system = model.System;
            qubits = system.Register.Count;
            temperature = system.CommonTemperature;
            method = "dense";
            route = SymmetryReport.Dense;
            classes = SymmetryReport.Classes(system);
            gibbs = temperature is double t ? Bloch(GibbsState.Of(system, t), qubits) : null;
            meanForce = MeanForceReport.Of(system, new StateObservables(system, null), warnings.Add);
        }
        if (temperature is null)
            warnings.Add("The baths have different temperatures (or there is no bath): there is no single Gibbs state (gibbs and mean_force are null).");
        return Json(modelPath, qubits, temperature, gibbs, meanForce, (method, route, classes), warnings);
    }

    /// <summary>Writes <c>"warnings": [...]</c> and closes the <c>run</c> object and the top-level object.</summary>
    /// <param name="w">The writer, inside <c>run</c>.</param>
    /// <param name="warnings">The warnings, in order.</param>
    internal static void FinishRun(Utf8JsonWriter w, IEnumerable<string> warnings)
    {
        w.WriteStartArray("warnings");
        foreach (var s in warnings)
            w.WriteStringValue(s);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>
    /// Writes <c>"gibbs": {"temperature", "bloch", "coherence"}</c> (per qubit), or <c>"gibbs": null</c> without a Gibbs state.
    /// </summary>
    /// <param name="w">The writer, inside the top-level object.</param>
    /// <param name="temperature">The baths' common temperature (frequency units, k_B = 1), or null.</param>
    /// <param name="gibbs">The Bloch vector of every qubit in τ = e^{−H/T}/Z, or null.</param>
    internal static void WriteGibbs(Utf8JsonWriter w, double? temperature, BlochVector[]? gibbs)
    {
        if (gibbs is not null && temperature is double t)
        {
            w.WriteStartObject("gibbs");
            ResultWriter.Num(w, "temperature", t);
            ResultWriter.Bloch(w, "bloch", gibbs, "gibbs.bloch");
            ResultWriter.Array(w, "coherence", gibbs.Select(b => b.LocalCoherence).ToArray(), "gibbs.coherence");
            w.WriteEndObject();
        }
        else
            w.WriteNull("gibbs");
    }

    /// <summary>Every qubit's Bloch vector in the Gibbs state at <paramref name="temperature"/>, by total-spin sectors.</summary>
    internal static BlochVector[] SectorBloch(FamilyModel family, double temperature)
    {
        var point = FamilyGibbs.Sweep(family.Name, family.Parameters, family.Ancillas, [temperature])[0];
        int target = FamilyGibbs.TargetQubit(family.Name);
        var result = new BlochVector[family.Qubits];
        for (int q = 0; q < result.Length; q++)
            result[q] = q == target ? point.Target : (point.Mediator is { } m && q == 1 ? m : point.Ancilla);
        return result;
    }

    private static BlochVector[] Bloch(DensityMatrix rho, int qubits) => Enumerable.Range(0, qubits).Select(rho.Bloch).ToArray();

    private static byte[] Json(string modelPath, int qubits, double? temperature, BlochVector[]? gibbs, MeanForceReport? meanForce,
        (string Method, string Route, IReadOnlyList<IReadOnlyList<int>> Classes) how, List<string> warnings)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            WriteGibbs(w, temperature, gibbs);
            ResultWriter.MeanForce(w, meanForce);
            SymmetryReport.Write(w, how.Classes, how.Route);
            w.WriteStartObject("run");
            w.WriteString("model", modelPath);
            w.WriteString("only", "gibbs");
            w.WriteString("gibbs_method", how.Method);
            w.WriteNumber("qubits", qubits);
            FinishRun(w, warnings);
        }
        return stream.ToArray();
    }
}
