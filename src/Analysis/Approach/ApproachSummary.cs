using System.Text.Json.Nodes;

namespace OpenSystem.Analysis;

/// <summary>
/// The approach quantities of one model as the <c>"approach"</c> object of a sweep point's result.json, read by the
/// sweep table as the columns <c>approach.gap</c>, <c>approach.relaxation_time</c>, <c>approach.fitted_rate.ground</c>,
/// <c>approach.fitted_rate.maximally_mixed</c> and <c>approach.plateau_time[j]</c>. An undefined quantity is null, with
/// its reason under <c>"undefined"</c>.
/// </summary>
public static class ApproachSummary
{
    /// <summary>
    /// { gap: Liouvillian gap (energy units, ħ = 1), gap_method, relaxation_time: 1/gap, fitted_rate: {start: −d ln D_ss/dt},
    /// plateau_time: [per qubit j, the later of the two starts' plateau times, null when either start has none],
    /// evolution: the route that ran, undefined: {column: reason} }.
    /// </summary>
    public static JsonObject ToJson(ApproachReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var undefined = new JsonObject();
        var rates = new JsonObject();
        foreach (var run in report.Runs)
        {
            rates[run.Start] = run.ObservedRate.Value;
            if (run.ObservedRate.Reason is { } reason)
                undefined[$"fitted_rate.{run.Start}"] = reason;
        }
        int qubits = report.SteadyMeasurement.Coherence.Length;
        var plateaus = new JsonArray();
        for (int j = 0; j < qubits; j++)
        {
            var plateau = LaterPlateau(report.Runs, j);
            plateaus.Add((JsonNode?)JsonValue.Create(plateau.Value));
            if (plateau.Reason is { } reason)
                undefined[$"plateau_time[{j}]"] = reason;
        }
        return new JsonObject
        {
            ["gap"] = report.Gap,
            ["gap_method"] = report.GapMethod,
            ["relaxation_time"] = 1 / report.Gap,
            ["fitted_rate"] = rates,
            ["plateau_time"] = plateaus,
            ["evolution"] = report.Runs.Count > 0 ? report.Runs[0].Statistics.Route?.Name : null,
            ["undefined"] = undefined,
        };
    }

    /// <summary>The time after which C_j stays on its plateau from every start: the latest start's plateau time.</summary>
    private static Measured LaterPlateau(IReadOnlyList<ApproachRun> runs, int qubit)
    {
        double latest = 0;
        foreach (var run in runs)
        {
            var time = run.PlateauTimes[qubit];
            if (time.Value is not double t)
                return Measured.Undefined($"from {run.Start}: {time.Reason}");
            latest = Math.Max(latest, t);
        }
        return Measured.Of(latest);
    }
}
