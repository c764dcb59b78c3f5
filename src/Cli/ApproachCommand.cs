using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using OpenSystem.Analysis;
using OpenSystem.Dynamics;
using OpenSystem.Models;

namespace OpenSystem.Cli;

/// <summary>
/// <c>opensystem approach MODEL.json --out DIR</c>: the approach to the steady state from the ground and the maximally
/// mixed state; writes approach.csv, approach.json and the plots approach_coherence / approach_distance.
/// </summary>
internal static class ApproachCommand
{
    /// <summary>The files this command writes besides approach.json (removed from the folder before the run starts).</summary>
    public static readonly string[] Outputs = ["approach.csv", "approach_coherence.svg", "approach_coherence.png", "approach_distance.svg", "approach_distance.png"];

    /// <summary>
    /// Runs the analysis with the run options and writes its files into <paramref name="folder"/>, approach.json last;
    /// its stages go to <paramref name="display"/> when there is one (a terminal), as plain lines to <paramref name="stderr"/> otherwise.
    /// </summary>
    public static int Run(Model model, string modelPath, OutputFolder folder, SimulationOptions options, ILogger logger, TextWriter stderr, LiveDisplay? display = null)
    {
        double? tEnd = model.Grid?.Times[^1];
        IProgress<string> stages = display is null
            ? new SynchronousProgress<string>(m => stderr.WriteLine($"{DateTime.Now:HH:mm:ss} progress: {modelPath}: {m}"))
            : new SynchronousProgress<string>(display.Status);
        ApproachReport Analyse() => ApproachAnalysis.Run(model.System, model.Equation, tEnd, options: options, logger: logger, progress: stages, initial: model.Initial);
        var report = display is null ? Analyse() : display.Run(Analyse);
        byte[] summary = Encoding.UTF8.GetBytes(Summary(report, model, modelPath));
        string name = Path.GetFileNameWithoutExtension(modelPath);
        folder.Write(new OutputFile("approach.csv", Encoding.UTF8.GetBytes(Csv(report))));
        // of the two starts only the ground state can excite Bohr frequencies (the maximally mixed state has no coherence)
        double omega = TimeSampling.ExcitedBohrFrequency(model.System, DensityMatrix.Ground(model.System.Register));
        var ground = report.Runs.Single(run => run.Start == "ground");
        var undersampling = TimeSampling.Check(report.Times, ground.Measurements, report.SteadyMeasurement, omega);
        if (undersampling is not null)
        {
            logger.LogWarning("{Warning}", undersampling.Describe(
                "the approach's log-spaced grid shows the envelope of the relaxation only; run the model with a linear evolution grid to see the oscillations."));
        }
        folder.Write(TrajectoryPlots.Render(ApproachPlots.Coherence(report, $"{name}: local coherence approaching its plateau", undersampling), "approach_coherence"));
        folder.Write(TrajectoryPlots.Render(ApproachPlots.Distance(report, $"{name}: relaxation vs Liouvillian gap"), "approach_distance"));
        folder.Commit(summary);
        Console.WriteLine($"gap {report.Gap:E3} ({report.GapMethod}), relaxation time {1 / report.Gap:G4}");
        foreach (var run in report.Runs)
            Console.WriteLine($"from {run.Start}: fitted decay rate {run.ObservedRate} (gap ratio {run.ObservedRate.Value / report.Gap:F3}), " +
                $"coherence plateau (within 1%) reached at t = [{string.Join(", ", run.PlateauTimes.Select(x => x.ToString()))}]");
        return 0;
    }

    private static string Csv(ApproachReport r)
    {
        var sb = new StringBuilder();
        int n = r.SteadyMeasurement.Coherence.Length;
        sb.AppendLine($"# gap {r.Gap:R} ({r.GapMethod}); D_ss = trace distance to the steady state, D_gibbs to the Gibbs state");
        sb.Append("t");
        foreach (var run in r.Runs) { for (int q = 0; q < n; q++) sb.Append($",C{q}_{run.Start}"); sb.Append($",D_ss_{run.Start},D_gibbs_{run.Start}"); }
        sb.AppendLine();
        for (int i = 0; i < r.Times.Length; i++)
        {
            sb.Append(r.Times[i].ToString("R", CultureInfo.InvariantCulture));
            foreach (var run in r.Runs)
            {
                var m = run.Measurements[i];
                for (int q = 0; q < n; q++) sb.Append(',').Append(m.Coherence[q].ToString("R", CultureInfo.InvariantCulture));
                sb.Append(',').Append(run.DistanceToSteady[i].ToString("R", CultureInfo.InvariantCulture));
                sb.Append(',').Append(m.TraceDistanceToGibbs is double d ? d.ToString("R", CultureInfo.InvariantCulture) : "");
            }
            sb.AppendLine();
        }
        return sb.ToString();
    }

    private static string Summary(ApproachReport r, Model model, string modelPath)
    {
        var steady = new ApproachSteadyJson(
            Bloch: r.SteadyMeasurement.Bloch.Select(v => v.ToArray()).ToArray(),
            Coherence: r.SteadyMeasurement.Coherence,
            Residual: r.Steady.Residual,
            Unique: r.Steady.Unique,
            Diagnosis: r.Steady.Unique ? null : r.Steady.Diagnosis);
        var runs = r.Runs.Select(run => new ApproachRunJson(
            Start: run.Start,
            FittedRate: run.ObservedRate.Value,
            FittedRateOverGap: run.ObservedRate.Value / r.Gap,
            PlateauTimes: run.PlateauTimes.Select(x => x.Value).ToArray(),
            Undefined: Undefined(run),
            Evolution: run.Statistics.Route?.Name,
            Integrator: run.Statistics.ToString())).ToArray();
        var summary = new ApproachJson(modelPath, model.Equation.ToString(), r.Gap, r.GapMethod, 1 / r.Gap, steady, r.Gibbs, runs);
        return JsonSerializer.Serialize(summary, CliJsonContext.Default.ApproachJson);
    }

    private static Dictionary<string, string> Undefined(ApproachRun run)
    {
        var reasons = new Dictionary<string, string>();
        if (run.ObservedRate.Reason is { } rate) reasons["fitted_rate"] = rate;
        for (int q = 0; q < run.PlateauTimes.Length; q++)
        {
            if (run.PlateauTimes[q].Reason is { } plateau) reasons[$"plateau_times[{q}]"] = plateau;
        }
        return reasons;
    }
}
