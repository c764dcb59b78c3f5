using System.Text.Json;
using Microsoft.Extensions.Logging;
using OpenSystem.Dynamics;
using OpenSystem.Models;
using OpenSystem.Symmetry;

namespace OpenSystem.Cli;

/// <summary>
/// <c>opensystem run</c> on a family model above <see cref="QubitRegister.MaxQubits"/> qubits: the steady state of the file's
/// master equation (Redfield, Davies or local, Lamb shift as given) on permutation-invariant states
/// (<see cref="PermutationInvariantGenerator"/>, <see cref="SectorSteadyStateSolver"/>), the Gibbs state by total-spin
/// sectors, and result.json with <c>"symmetry": {"route": "permutation_invariant"}</c>. Every ancilla's Bloch vector is
/// the common one (2/N)⟨J⟩, repeated per qubit. Quantities this route does not compute (mean-force state, trace distance
/// and relative entropy to the Gibbs state, the trajectory) are null or absent, with the reason in <c>run.warnings</c>.
/// </summary>
internal static class SectorRunResult
{
    /// <summary>The computed result of one model: result.json bytes and a one-line summary for stdout.</summary>
    /// <param name="Json">The result.json bytes.</param>
    /// <param name="Summary">The summary line.</param>
    internal sealed record Outcome(byte[] Json, string Summary);

    /// <summary>Solves <paramref name="family"/> and returns its result.json bytes and summary.</summary>
    /// <param name="family">The model, read by <see cref="ModelFile.LoadFamily"/>.</param>
    /// <param name="modelPath">The file, for result.json's <c>run.model</c>.</param>
    /// <param name="tolerance">Largest accepted relative residual ‖Lρ‖/(σ‖ρ‖) of the steady state.</param>
    /// <param name="logger">Progress and warnings.</param>
    /// <exception cref="SteadyStateException">The steady state did not reach <paramref name="tolerance"/>.</exception>
    /// <exception cref="NotSupportedException">A model outside the permutation-invariant solver's scope.</exception>
    public static Outcome Compute(FamilyModel family, string modelPath, double tolerance, ILogger logger)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var h = ModelFamilies.All[family.Name].Build(family.Ancillas, family.Parameters.ToArray());
        var generator = PermutationInvariantGenerator.Build(h, family.Qubits, family.Couplings, family.Equation);
        double generatorSeconds = clock.Elapsed.TotalSeconds;
        var steady = new SectorSteadyStateSolver { Tolerance = tolerance }.Solve(generator, logger);
        double steadySeconds = clock.Elapsed.TotalSeconds - generatorSeconds;
        var state = steady.State;
        var bloch = Enumerable.Range(0, family.Qubits)
            .Select(q => generator.Model.Distinguished.Contains(q) ? state.Bloch(q) : state.AncillaBloch).ToArray();
        var warnings = new List<string>();
        var gibbs = family.Temperature is double t ? GibbsOnlyResult.SectorBloch(family, t) : null;
        if (gibbs is null)
            warnings.Add("The baths have different temperatures (or there is no bath): there is no single Gibbs state (gibbs and mean_force are null).");
        else
            warnings.Add($"mean_force is null: the second-order mean-force state needs the dense state of all {family.Qubits} qubits (at most {QubitRegister.MaxQubits}).");
        warnings.Add("steady_state.trace_distance_to_gibbs and relative_entropy_to_gibbs are null: the permutation-invariant route does not form the full states they compare.");
        if (family.Grid is not null)
            warnings.Add($"The trajectory was skipped: the permutation-invariant route of a family model above {QubitRegister.MaxQubits} qubits computes the steady state only (result.json has no trajectory).");
        double minimum = state.MinimumEigenvalue;
        if (minimum < -1e-9)
            warnings.Add($"The steady state has a negative eigenvalue ({minimum:E2}): the equation does not guarantee positivity.");
        foreach (var warning in warnings)
            logger.LogWarning("{Warning}", warning);
        var classes = ExchangeSymmetry.Classes(h, family.Qubits);
        byte[] json = Json(family, modelPath, (bloch, steady, minimum), gibbs, classes, (generatorSeconds, steadySeconds), warnings);
        string coherence = string.Join(", ", bloch.Take(generator.Model.Distinguished.Count + 1).Select(b => b.LocalCoherence.ToString("G6")));
        string summary = $"steady state (permutation-invariant, {ResultWriter.MethodName(SteadyStateMethod.Gmres)}): relative residual {steady.RelativeResidual:E2}, coherence of the distinguished qubits and one ancilla [{coherence}]";
        return new Outcome(json, summary);
    }

    private static byte[] Json(FamilyModel family, string modelPath, (BlochVector[] Bloch, SectorSteadyState Steady, double Minimum) ss,
        BlochVector[]? gibbs, IReadOnlyList<IReadOnlyList<int>> classes, (double Generator, double SteadyState) seconds, List<string> warnings)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            GibbsOnlyResult.WriteGibbs(w, family.Temperature, gibbs);
            w.WriteNull("mean_force");
            w.WriteStartObject("steady_state");
            ResultWriter.Bloch(w, "bloch", ss.Bloch, "steady_state.bloch");
            ResultWriter.Array(w, "coherence", ss.Bloch.Select(b => b.LocalCoherence).ToArray(), "steady_state.coherence");
            w.WriteNull("trace_distance_to_gibbs");
            w.WriteString("method", ResultWriter.MethodName(SteadyStateMethod.Gmres));
            w.WriteNull("relative_entropy_to_gibbs");
            ResultWriter.Num(w, "residual", ss.Steady.Residual);
            ResultWriter.Num(w, "relative_residual", ss.Steady.RelativeResidual);
            w.WriteNumber("iterations", ss.Steady.Iterations);
            ResultWriter.Num(w, "minimum_eigenvalue", ss.Minimum);
            w.WriteEndObject();
            SymmetryReport.Write(w, classes, SymmetryReport.PermutationInvariant);
            w.WriteStartObject("run");
            w.WriteString("model", modelPath);
            w.WriteString("equation", family.Equation.ToString());
            w.WriteNumber("qubits", family.Qubits);
            w.WriteString("version", typeof(SectorRunResult).Assembly.GetName().Version?.ToString());
            w.WriteStartObject("seconds");
            w.WriteNumber("generator", Math.Round(seconds.Generator, 4));
            w.WriteNumber("steady_state", Math.Round(seconds.SteadyState, 4));
            w.WriteNumber("since_process_start", Math.Round((DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime).TotalSeconds, 4));
            w.WriteEndObject();
            GibbsOnlyResult.FinishRun(w, warnings);
        }
        return stream.ToArray();
    }
}
