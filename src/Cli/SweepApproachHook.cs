using System.Text.Json.Nodes;
using OpenSystem.Analysis;
using OpenSystem.Models;

namespace OpenSystem.Cli;

/// <summary>
/// The sweep's <c>"outputs": ["approach"]</c>: adds the <c>"approach"</c> object (<see cref="ApproachSummary"/>) to a
/// point's result.json, from the same analysis as <c>opensystem approach</c> with the run options. The sweep command's
/// point delegate calls <see cref="Add"/> on the result it returns, with the point's <c>PointRun.Outputs</c> and model.
/// </summary>
internal static class SweepApproachHook
{
    /// <summary>When <paramref name="outputs"/> has "approach", computes it for <paramref name="model"/> and adds it to <paramref name="result"/>.</summary>
    public static void Add(JsonObject result, IReadOnlyList<string> outputs, Model model, SimulationOptions options, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(model);
        if (!outputs.Contains("approach"))
            return;
        cancellation.ThrowIfCancellationRequested();
        double? tEnd = model.Grid?.Times[^1];
        var report = ApproachAnalysis.Run(model.System, model.Equation, tEnd, options: options, initial: model.Initial);
        result["approach"] = ApproachSummary.ToJson(report);
    }
}
