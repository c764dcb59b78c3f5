using OpenSystem.Sweeps;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace OpenSystem.Cli;

/// <summary>
/// DIR/table_coherence.svg|png: every coherence column of the sweep table (<c>gibbs.coherence[j]</c>,
/// <c>steady_state.coherence[j]</c>, <c>mean_force.coherence[j]</c>) against the first axis, one curve per combination of
/// the other axes' values; Gibbs curves dashed. Written through <see cref="OutputFolder"/> (temporary name, then rename).
/// </summary>
internal static class SweepTablePlot
{
    /// <summary>The plot's file names.</summary>
    public static readonly string[] Outputs = ["table_coherence.svg", "table_coherence.png"];

    /// <summary>Plots the table of the sweep <paramref name="options"/> names; a problem is a warning, never a failure of the sweep.</summary>
    public static void Write(SweepCommandOptions options, TextWriter stderr)
    {
        try
        {
            var plan = SweepReader.Read(options.SweepFile, options.RunOptionsFingerprint);
            var store = new PointStore(options.OutDirectory, plan);
            var model = Build(store);
            if (model is null)
            {
                return;
            }
            using var folder = OutputFolder.Open(options.OutDirectory, marker: null, Outputs);
            folder.Write(TrajectoryPlots.Render(model, "table_coherence"));
            folder.Complete();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OutputFolderBusyException or SweepFileException)
        {
            stderr.WriteLine($"opensystem sweep: warning: no table plot: {ex.Message}");
        }
    }

    /// <summary>The plot, or null when there is nothing to draw (a non-numeric first axis, or no finished point).</summary>
    internal static PlotModel? Build(PointStore store)
    {
        string table = File.ReadAllText(Path.Combine(store.OutDirectory, SweepTable.FileName));
        string header = table.Split('\n', 2)[0].TrimEnd('\r');
        var columns = header.Split(',').Where(c => c.Contains(".coherence[", StringComparison.Ordinal)).ToList();
        var axis = store.Plan.Axes[0].Path.Text;
        var model = PlotStyle.NewModel($"{store.Plan.File}: local coherence", "dashed: Gibbs state");
        var xs = new List<double>();
        foreach (string column in columns)
        {
            foreach (var curve in SweepCurves.Build(store, column))
            {
                // column names and axis paths are shown as written (a JSON path's '_' is not a subscript)
                var series = PlotStyle.Data(curve.Label.Length == 0 ? column : $"{column}, {curve.Label}", PlotStyle.Color(model.Series.Count),
                    column.StartsWith("gibbs", StringComparison.Ordinal) ? LineStyle.Dash : LineStyle.Solid);
                for (int i = 0; i < curve.X.Count; i++)
                {
                    // a null (e.g. no Gibbs state when the baths differ) breaks the line rather than drawing a made-up value
                    series.Points.Add(curve.Y[i] is double y ? new DataPoint(curve.X[i], y) : DataPoint.Undefined);
                }
                PlotStyle.MarkSparse(series);
                xs.AddRange(curve.X);
                model.Series.Add(series);
            }
        }
        if (model.Series.Count == 0)
        {
            return null;
        }
        bool log = xs.All(x => x > 0) && xs.Max() / xs.Min() > 100;
        // the first axis's values from the first to the last (a JSON path's '_' is not a subscript: the title as written)
        Axis bottom = log ? new LogarithmicAxis() : new LinearAxis();
        bottom.Position = AxisPosition.Bottom;
        bottom.Title = axis;
        if (xs.Max() > xs.Min())
        {
            bottom.Minimum = xs.Min();
            bottom.Maximum = xs.Max();
        }
        model.Axes.Add(bottom);
        model.Axes.Add(ValueAxis.Linear("local coherence C_j = |⟨X_j + iY_j⟩|"));
        return model;
    }
}
