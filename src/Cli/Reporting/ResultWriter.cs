using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using OpenSystem.Analysis;
using OpenSystem.Models;
using OpenSystem.Dynamics;

namespace OpenSystem.Cli;

/// <summary>
/// Writes OUT/result.json (the spec's shape plus extra keys), OUT/trajectory.csv and the plots through an
/// <see cref="OutputFolder"/>. Every number is checked to be finite before anything is written; every file goes to a
/// temporary name and is renamed into place, result.json last.
/// </summary>
public static class ResultWriter
{
    /// <summary>A result that cannot be written as plain JSON numbers.</summary>
    public sealed class NonFiniteResultException(string key) : Exception($"result has a non-finite value at {key}; refusing to write NaN or Infinity");

    /// <summary>The files a run writes besides result.json (removed from the folder before the run starts).</summary>
    internal static readonly string[] Outputs = ["trajectory.csv", "coherence.svg", "coherence.png", "trace_distance.svg", "trace_distance.png"];

    /// <summary>
    /// Writes all outputs of <paramref name="report"/> into <paramref name="folder"/>, result.json last; returns the files
    /// written. A time grid too coarse for the trajectory's oscillations (<see cref="TimeSampling"/>) is a warning, logged
    /// to <paramref name="logger"/> and added to result.json's warnings, naming <paramref name="modelPath"/>.
    /// </summary>
    internal static IReadOnlyList<string> Write(SimulationReport report, Model model, string modelPath, OutputFolder folder, bool plots = true, ILogger? logger = null)
    {
        var undersampling = Undersampled(report, model);
        if (undersampling is not null)
        {
            string warning = undersampling.Message(modelPath);
            logger?.LogWarning("{Warning}", undersampling.Describe());   // the logger names the model file itself
            report = report with { Warnings = [.. report.Warnings, warning] };
        }
        byte[] json = ResultJson(report, model, modelPath);   // throws before anything is on disk
        var files = new List<string>();
        if (report.Trajectory is { } trajectory)
        {
            files.Add(folder.Write(new OutputFile("trajectory.csv", Encoding.UTF8.GetBytes(TrajectoryCsv(trajectory)))));
            if (plots)
            {
                string name = Path.GetFileNameWithoutExtension(modelPath);
                files.AddRange(folder.Write(TrajectoryPlots.Render(TrajectoryPlots.Coherence(trajectory, report.Gibbs, $"{name}: local coherence, {report.Equation}", undersampling), "coherence")));
                if (report.Gibbs is not null)
                    files.AddRange(folder.Write(TrajectoryPlots.Render(TrajectoryPlots.TraceDistance(trajectory, $"{name}: approach to the Gibbs state"), "trace_distance")));
            }
        }
        files.Add(folder.Commit(json));
        return files;
    }

    /// <summary>The trajectory's undersampling (<see cref="TimeSampling.Check"/> from the model's initial state), or null.</summary>
    internal static Undersampling? Undersampled(SimulationReport report, Model model)
    {
        if (report.Trajectory is not { } trajectory)
        {
            return null;
        }
        double omega = TimeSampling.ExcitedBohrFrequency(model.System, model.Initial);
        return TimeSampling.Check(trajectory.Times, trajectory.Measurements, report.SteadyState.Measurement, omega);
    }

    /// <summary>The result.json bytes.</summary>
    public static byte[] ResultJson(SimulationReport report, Model model, string modelPath)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            if (report.Gibbs is { } g)
            {
                w.WriteStartObject("gibbs");
                Num(w, "temperature", g.Temperature);
                Bloch(w, "bloch", g.Measurement.Bloch, "gibbs.bloch");
                Array(w, "coherence", g.Measurement.Coherence, "gibbs.coherence");
                Array(w, "qfi", g.Measurement.Bloch.Select(b => QuantumMeasures.PhaseQuantumFisherInformation(b)).ToArray(), "gibbs.qfi");
                w.WriteStartArray("symmetry_forbidden_coherence");
                foreach (var s in g.SymmetryForbidden)
                {
                    w.WriteBooleanValue(s is not null);
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("gibbs");
            }
            MeanForce(w, report.MeanForce);

            var ss = report.SteadyState;
            w.WriteStartObject("steady_state");
            Bloch(w, "bloch", ss.Measurement.Bloch, "steady_state.bloch");
            Array(w, "coherence", ss.Measurement.Coherence, "steady_state.coherence");
            NullableNum(w, "trace_distance_to_gibbs", ss.Measurement.TraceDistanceToGibbs);
            if (report.MeanForce is not null)
            {
                NullableNum(w, "trace_distance_to_mean_force", ss.TraceDistanceToMeanForce);
            }
            w.WriteString("method", MethodName(ss.Solution.Method));
            NullableNum(w, "relative_entropy_to_gibbs", ss.Measurement.RelativeEntropyToGibbs?.Value);
            if (ss.Measurement.RelativeEntropyToGibbs?.Reason is { } undefined)
                w.WriteString("relative_entropy_to_gibbs_undefined", undefined);
            Num(w, "residual", ss.Solution.Residual);
            Num(w, "relative_residual", ss.Solution.RelativeResidual);
            w.WriteNumber("iterations", ss.Solution.Iterations);
            w.WriteBoolean("unique", ss.Solution.Unique);
            Num(w, "minimum_eigenvalue", ss.Measurement.MinimumEigenvalue);
            w.WriteEndObject();

            if (report.Trajectory is { } tr)
                Trajectory(w, tr, report.Gibbs is not null);

            SymmetryReport.Write(w, SymmetryReport.Classes(model.System), SymmetryReport.Dense);
            w.WriteStartObject("run");
            w.WriteString("model", modelPath);
            // without baths every equation kind is the same GKLS equation of the jumps: say that, not the unused kind
            w.WriteString("equation", model.System.Couplings.Count == 0 ? "Lindblad (GKLS) with the model's jumps; no baths" : report.Equation.ToString());
            w.WriteString("initial_state", model.InitialDescription);
            w.WriteNumber("qubits", model.System.Register.Count);
            w.WriteString("version", typeof(ResultWriter).Assembly.GetName().Version?.ToString());
            if (report.Timings is { } timings)
            {
                Seconds(w, timings);
            }
            w.WriteStartArray("warnings");
            foreach (var s in report.Warnings)
            {
                w.WriteStringValue(s);
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return stream.ToArray();
    }

    /// <summary>
    /// Writes <c>"trajectory": {"t", "bloch", "coherence", "trace_distance_to_gibbs", "minimum_eigenvalue", "integrator"}</c>
    /// (times in 1/frequency units; Bloch vectors per time and qubit; the trace distance null without a Gibbs state).
    /// </summary>
    internal static void Trajectory(Utf8JsonWriter w, TrajectoryReport tr, bool hasGibbs)
    {
        w.WriteStartObject("trajectory");
        Array(w, "t", tr.Times.ToArray(), "trajectory.t");
        w.WriteStartArray("bloch");
        foreach (var m in tr.Measurements)
        {
            Bloch(w, m.Bloch, "trajectory.bloch");
        }
        w.WriteEndArray();
        w.WriteStartArray("coherence");
        foreach (var m in tr.Measurements)
        {
            Values(w, m.Coherence, "trajectory.coherence");
        }
        w.WriteEndArray();
        if (hasGibbs)
            Array(w, "trace_distance_to_gibbs", tr.Measurements.Select(m => m.TraceDistanceToGibbs ?? double.NaN).ToArray(), "trajectory.trace_distance_to_gibbs");
        else
        {
            w.WriteNull("trace_distance_to_gibbs");
        }
        if (tr.Measurements.All(m => double.IsFinite(m.MinimumEigenvalue)))
            Num(w, "minimum_eigenvalue", tr.MinimumEigenvalue);
        w.WriteString("integrator", tr.Statistics.ToString());
        w.WriteEndObject();
    }

    /// <summary>The spec's method string.</summary>
    public static string MethodName(SteadyStateMethod method) => method switch
    {
        SteadyStateMethod.Direct => "direct-lu",
        SteadyStateMethod.Gmres => "gmres-secular-preconditioned",
        SteadyStateMethod.Kernel => "kernel-projector",
        _ => "evolution",
    };

    /// <summary>trajectory.csv: t, then x, y, z, C per qubit, then the trace distance and relative entropy to Gibbs and the minimum eigenvalue (empty when not computed).</summary>
    internal static string TrajectoryCsv(TrajectoryReport tr)
    {
        var sb = new StringBuilder();
        int n = tr.Measurements[0].Bloch.Length;
        sb.Append("t");
        for (int q = 0; q < n; q++)
        {
            sb.Append($",x{q},y{q},z{q},C{q}");
        }
        sb.AppendLine(",trace_distance_to_gibbs,relative_entropy_to_gibbs,minimum_eigenvalue");
        for (int i = 0; i < tr.Measurements.Count; i++)
        {
            var m = tr.Measurements[i];
            sb.Append(F(tr.Times[i]));
            for (int q = 0; q < n; q++)
            {
                sb.Append($",{F(m.Bloch[q].X)},{F(m.Bloch[q].Y)},{F(m.Bloch[q].Z)},{F(m.Coherence[q])}");
            }
            sb.Append($",{(m.TraceDistanceToGibbs is double d ? F(d) : "")},{(m.RelativeEntropyToGibbs?.Value is double s ? F(s) : "")},{(double.IsFinite(m.MinimumEigenvalue) ? F(m.MinimumEigenvalue) : "")}");
            sb.AppendLine();
        }
        return sb.ToString();
    }

    private static string F(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    internal static void Num(Utf8JsonWriter w, string name, double v)
    {
        if (!double.IsFinite(v))
        {
            throw new NonFiniteResultException(name);
        }
        w.WriteNumber(name, v);
    }

    private static void NullableNum(Utf8JsonWriter w, string name, double? v)
    {
        if (v is double x)
        {
            Num(w, name, x);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    // run.seconds: the stages' wall times and the time since the process started, rounded to 0.1 ms
    internal static void Seconds(Utf8JsonWriter w, SimulationTimings timings)
    {
        w.WriteStartObject("seconds");
        w.WriteNumber("generator", Math.Round(timings.Generator, 4));
        w.WriteNumber("steady_state", Math.Round(timings.SteadyState, 4));
        w.WriteNumber("trajectory", Math.Round(timings.Trajectory, 4));
        w.WriteNumber("since_process_start", Math.Round((DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime).TotalSeconds, 4));
        w.WriteEndObject();
    }

    internal static void Array(Utf8JsonWriter w, string name, double[] values, string key)
    {
        w.WritePropertyName(name);
        Values(w, values, key);
    }

    private static void Values(Utf8JsonWriter w, double[] values, string key)
    {
        w.WriteStartArray();
        foreach (var v in values)
        {
            if (!double.IsFinite(v))
            {
                throw new NonFiniteResultException(key);
            }
            w.WriteNumberValue(v);
        }
        w.WriteEndArray();
    }

    // "mean_force": {"bloch", "coherence", "trace_distance_to_gibbs"} or null, as the model-file contract says.
    internal static void MeanForce(Utf8JsonWriter w, MeanForceReport? meanForce)
    {
        if (meanForce is null)
        {
            w.WriteNull("mean_force");
            return;
        }
        w.WriteStartObject("mean_force");
        Bloch(w, "bloch", meanForce.Bloch, "mean_force.bloch");
        Array(w, "coherence", meanForce.Coherence, "mean_force.coherence");
        Num(w, "trace_distance_to_gibbs", meanForce.TraceDistanceToGibbs);
        w.WriteEndObject();
    }

    internal static void Bloch(Utf8JsonWriter w, string name, BlochVector[] bloch, string key)
    {
        w.WritePropertyName(name);
        Bloch(w, bloch, key);
    }

    // [[x, y, z], ...] as an array value
    private static void Bloch(Utf8JsonWriter w, BlochVector[] bloch, string key)
    {
        w.WriteStartArray();
        foreach (var b in bloch)
        {
            Values(w, b.ToArray(), key);
        }
        w.WriteEndArray();
    }
}
