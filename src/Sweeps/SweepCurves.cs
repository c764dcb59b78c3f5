using System.Text.Json.Nodes;

namespace OpenSystem.Sweeps;

/// <summary>
/// The data of the sweep plots: a result column (e.g. <c>steady_state.coherence[0]</c>) against the first axis, one curve
/// per combination of the other axes' values, from the finished points. The plotting itself belongs to the caller (the
/// command-line program draws it with the analysis library).
/// </summary>
public static class SweepCurves
{
    /// <summary>The curves of <paramref name="column"/> over the finished points of <paramref name="store"/>.</summary>
    /// <param name="store">The output folder.</param>
    /// <param name="column">A path into result.json naming one number.</param>
    /// <returns>One curve per distinct value of the other axes, in order of first appearance; empty when the first axis
    /// is not numeric (nothing to plot against).</returns>
    /// <exception cref="FormatException"><paramref name="column"/> is not a valid path or contains <c>[*]</c>.</exception>
    public static IReadOnlyList<SweepCurve> Build(PointStore store, string column)
    {
        var path = AxisPath.Parse(column);
        if (path.HasWildcard)
        {
            throw new FormatException($"column \"{column}\": [*] names several values; a curve needs one");
        }
        var plan = store.Plan;
        var curves = new Dictionary<string, (List<double> X, List<double?> Y)>(StringComparer.Ordinal);
        foreach (var point in plan.Points)
        {
            if (point.AxisValues[0] is not JsonValue first || !first.TryGetValue(out double x))
            {
                return [];
            }
            var result = store.Result(point);
            if (result is null)
            {
                continue;
            }
            string label = string.Join(", ", plan.Axes.Skip(1).Select((axis, a) => $"{axis.Path.Text} = {CanonicalJson.Cell(point.AxisValues[a + 1])}"));
            if (!curves.TryGetValue(label, out var curve))
            {
                curve = ([], []);
                curves[label] = curve;
            }
            curve.X.Add(x);
            curve.Y.Add(path.Resolve(result) is JsonValue value && value.TryGetValue(out double y) ? y : null);
        }
        return curves.Select(c => new SweepCurve(c.Key, c.Value.X, c.Value.Y)).ToList();
    }
}
