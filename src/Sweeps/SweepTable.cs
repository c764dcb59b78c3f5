using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace OpenSystem.Sweeps;

/// <summary>
/// DIR/table.csv: one header line, then one row per point in point order. Columns: <c>point</c>; each axis path exactly
/// as written in the sweep file; <c>status</c> (ok, failed, missing); <c>gibbs.coherence[j]</c> for every qubit j, then
/// <c>steady_state.coherence[j]</c> for every j, then <c>steady_state.trace_distance_to_gibbs</c>; then
/// <c>mean_force.coherence[j]</c> for every j when some result has <c>mean_force</c>; then <c>approach.gap</c>,
/// <c>approach.relaxation_time</c>, <c>approach.fitted_rate.START</c> and <c>approach.plateau_time[j]</c> when some result
/// has <c>approach</c> (the sweep file asked for <c>"outputs": ["approach"]</c>); then the extra columns asked for,
/// each a path into result.json (e.g. <c>steady_state.bloch[0][2]</c>, <c>approach.gap</c>). j runs up to the largest
/// qubit count among the finished points (points with fewer qubits have empty cells there). A cell is empty where the
/// result has null or lacks the key, and on rows that are not ok. Numbers are written in round-trip form ("R",
/// invariant culture), so parsing a cell gives back the double of result.json exactly.
/// </summary>
public static class SweepTable
{
    /// <summary>The table's file name inside DIR.</summary>
    public const string FileName = "table.csv";

    /// <summary>The table text for the points of <paramref name="store"/>'s plan.</summary>
    /// <param name="store">The output folder.</param>
    /// <param name="extraColumns">Optional paths into result.json to add as columns (no <c>[*]</c>).</param>
    /// <exception cref="FormatException">An extra column is not a valid path or contains <c>[*]</c>.</exception>
    public static string Build(PointStore store, IReadOnlyList<string>? extraColumns = null) => Compose(store, extraColumns).Text;

    /// <summary>Writes DIR/table.csv atomically (temporary file, then rename) and returns the tally of statuses.</summary>
    /// <exception cref="FormatException">An extra column is not a valid path or contains <c>[*]</c>.</exception>
    public static SweepTally Write(PointStore store, IReadOnlyList<string>? extraColumns = null)
    {
        var (text, tally) = Compose(store, extraColumns);
        AtomicFile.Write(Path.Combine(store.OutDirectory, FileName), text);
        return tally;
    }

    private static (string Text, SweepTally Tally) Compose(PointStore store, IReadOnlyList<string>? extraColumns)
    {
        var plan = store.Plan;
        var statuses = new PointStatus[plan.Points.Count];
        var results = new JsonObject?[plan.Points.Count];
        foreach (var point in plan.Points)
        {
            results[point.Index] = store.Result(point);
            statuses[point.Index] = results[point.Index] is not null ? PointStatus.Ok : store.Status(point);
        }
        var resultColumns = ResultColumns(results, extraColumns ?? []);
        var text = new StringBuilder();
        var header = new List<string> { "point" };
        header.AddRange(plan.Axes.Select(a => a.Path.Text));
        header.Add("status");
        header.AddRange(resultColumns.Select(c => c.Text));
        AppendRow(text, header);
        foreach (var point in plan.Points)
        {
            var row = new List<string> { point.Index.ToString(CultureInfo.InvariantCulture) };
            row.AddRange(point.AxisValues.Select(CanonicalJson.Cell));
            row.Add(statuses[point.Index].ToString().ToLowerInvariant());
            row.AddRange(resultColumns.Select(c => CanonicalJson.Cell(c.Resolve(results[point.Index]))));
            AppendRow(text, row);
        }
        var tally = new SweepTally(
            statuses.Count(s => s == PointStatus.Ok),
            statuses.Count(s => s == PointStatus.Failed),
            statuses.Count(s => s == PointStatus.Missing));
        return (text.ToString(), tally);
    }

    private static List<AxisPath> ResultColumns(IReadOnlyList<JsonObject?> results, IReadOnlyList<string> extraColumns)
    {
        int qubits = results.Max(r => Math.Max(Length(r, "gibbs"), Math.Max(Length(r, "steady_state"), Length(r, "mean_force"))));
        var names = new List<string>();
        names.AddRange(Enumerable.Range(0, qubits).Select(j => $"gibbs.coherence[{j}]"));
        names.AddRange(Enumerable.Range(0, qubits).Select(j => $"steady_state.coherence[{j}]"));
        names.Add("steady_state.trace_distance_to_gibbs");
        if (results.Any(r => r?["mean_force"] is JsonObject))
        {
            names.AddRange(Enumerable.Range(0, qubits).Select(j => $"mean_force.coherence[{j}]"));
        }
        names.AddRange(ApproachColumns(results));
        var columns = names.Select(AxisPath.Parse).ToList();
        foreach (string extra in extraColumns)
        {
            var path = AxisPath.Parse(extra);
            if (path.HasWildcard)
            {
                throw new FormatException($"table column \"{extra}\": [*] names several values; a column needs one");
            }
            if (!names.Contains(extra))
            {
                names.Add(extra);
                columns.Add(path);
            }
        }
        return columns;
    }

    /// <summary>
    /// The approach columns, when some result has an <c>"approach"</c> object (the sweep asked for
    /// <c>"outputs": ["approach"]</c>): gap, relaxation time, the fitted rate from each start, the plateau time per qubit.
    /// </summary>
    private static IEnumerable<string> ApproachColumns(IReadOnlyList<JsonObject?> results)
    {
        var approaches = results.Select(r => r?["approach"] as JsonObject).Where(a => a is not null).ToList();
        if (approaches.Count == 0)
        {
            return [];
        }
        var names = new List<string> { "approach.gap", "approach.relaxation_time" };
        var starts = approaches.SelectMany(a => a!["fitted_rate"] is JsonObject rates ? rates.Select(p => p.Key) : []).Distinct();
        names.AddRange(starts.Select(start => $"approach.fitted_rate.{start}"));
        int qubits = approaches.Max(a => a!["plateau_time"] is JsonArray times ? times.Count : 0);
        names.AddRange(Enumerable.Range(0, qubits).Select(j => $"approach.plateau_time[{j}]"));
        return names;
    }

    private static int Length(JsonObject? result, string section)
    {
        return result?[section]?["coherence"] is JsonArray coherence ? coherence.Count : 0;
    }

    private static void AppendRow(StringBuilder text, IEnumerable<string> cells)
    {
        text.AppendJoin(',', cells.Select(Escape));
        text.Append('\n');
    }

    /// <summary>RFC 4180 quoting: a cell with a comma, quote or line break is quoted, quotes doubled.</summary>
    private static string Escape(string cell)
    {
        bool quote = cell.AsSpan().IndexOfAny(",\"\n\r") >= 0;
        return quote ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
    }
}
