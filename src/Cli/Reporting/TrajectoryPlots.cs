using OpenSystem.Analysis;
using OxyPlot;
using OxyPlot.Series;

namespace OpenSystem.Cli;

/// <summary>
/// OxyPlot models of a trajectory: local coherence and trace distance to the Gibbs state against time. The time axis
/// follows the grid (<see cref="TimeGridAxis"/>), the look is <see cref="PlotStyle"/>'s.
/// </summary>
public static class TrajectoryPlots
{
    /// <summary>
    /// C_j(t) = |⟨X_j + iY_j⟩| for every qubit (solid), with the Gibbs value of each (dashed, its own colour) when there
    /// is a Gibbs state; markers on every sample when fewer than <see cref="PlotStyle.SparseSamples"/> are drawn. When
    /// <paramref name="undersampling"/> is given, the subtitle says the oscillations are aliased.
    /// </summary>
    public static PlotModel Coherence(TrajectoryReport trajectory, GibbsReport? gibbs, string title, Undersampling? undersampling = null)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        var times = trajectory.Times;
        var model = PlotStyle.NewModel(title, Join([TimeGridAxis.Caption(times), undersampling?.Caption]));
        model.Axes.Add(TimeGridAxis.Create(times));
        model.Axes.Add(ValueAxis.Linear("local coherence C_j = |⟨X_j + iY_j⟩|"));
        int n = trajectory.Measurements[0].Coherence.Length;
        int color = 0;
        for (int q = 0; q < n; q++)
        {
            var s = PlotStyle.Data($"C_{{{q}}}(t)", PlotStyle.Color(color++));
            for (int i = 0; i < times.Count && i < trajectory.Measurements.Count; i++)
            {
                if (TimeGridAxis.Shows(times, i))
                {
                    s.Points.Add(new DataPoint(times[i], trajectory.Measurements[i].Coherence[q]));
                }
            }
            PlotStyle.MarkSparse(s);
            model.Series.Add(s);
            if (gibbs is not null)
            {
                                model.Series.Add(PlotStyle.Level($"C_{{{q}}} Gibbs", PlotStyle.Color(color++), LineStyle.Dash, gibbs.Measurement.Coherence[q], TimeGridAxis.FirstShown(times), times[^1]));
            }
        }
        return model;
    }

    /// <summary>
    /// D(t) = ½‖ρ(t) − τ‖₁ on a log axis ranged from the data; samples with D = 0 (or undefined) are left out and the
    /// subtitle counts them.
    /// </summary>
    public static PlotModel TraceDistance(TrajectoryReport trajectory, string title)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        var times = trajectory.Times;
        var s = PlotStyle.Data("D(ρ(t), τ) = ½‖ρ(t) − τ‖_{1}", PlotStyle.Color(0));
        var shown = new List<double>();
        int count = Math.Min(times.Count, trajectory.Measurements.Count);
        for (int i = 0; i < count; i++)
        {
            if (TimeGridAxis.Shows(times, i) && trajectory.Measurements[i].TraceDistanceToGibbs is double v)
            {
                shown.Add(v);
                if (v > 0)
                {
                    s.Points.Add(new DataPoint(times[i], v));
                }
            }
        }
        PlotStyle.MarkSparse(s);
        int zeros = ValueAxis.Omitted(shown);
        int undefined = Enumerable.Range(0, count).Count(i => trajectory.Measurements[i].TraceDistanceToGibbs is null);
        var notes = new List<string?> { TimeGridAxis.Caption(times) };
        if (zeros > 0)
        {
            notes.Add($"{zeros} samples with D = 0 not shown (log axis)");
        }
        if (undefined > 0)
        {
            notes.Add($"{undefined} samples without a trace distance not shown");
        }
        var model = PlotStyle.NewModel(title, Join(notes));
        model.Axes.Add(TimeGridAxis.Create(times));
        model.Axes.Add(ValueAxis.Logarithmic("trace distance to the Gibbs state τ", shown));
        model.Series.Add(s);
        return model;
    }

    /// <summary>
    /// Renders <paramref name="model"/> in memory as <c>stem.svg</c> (<see cref="PlotStyle.Width"/> x
    /// <see cref="PlotStyle.Height"/>) and, when the native renderer loads, as <c>stem.png</c>; nothing is written to disk.
    /// </summary>
    public static IReadOnlyList<OutputFile> Render(PlotModel model, string stem)
    {
        ArgumentNullException.ThrowIfNull(model);
        var rendered = new List<OutputFile>();
        using (var svg = new MemoryStream())
        {
            SvgExporter.Export(model, svg, PlotStyle.Width, PlotStyle.Height, isDocument: true);
            rendered.Add(new OutputFile(stem + ".svg", svg.ToArray()));
        }
        try
        {
            using var png = new MemoryStream();
            new OxyPlot.SkiaSharp.PngExporter { Width = PlotStyle.Width, Height = PlotStyle.Height }.Export(model, png);
            rendered.Add(new OutputFile(stem + ".png", png.ToArray()));
        }
        catch (Exception ex) when (ex is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
        {
            // PNG needs libSkiaSharp; SVG is always rendered.
        }
        return rendered;
    }

    /// <summary>
    /// The non-null notes one per line (a plot's subtitle), or null when there is none. Notes are plain text: OxyPlot's
    /// sub/superscript markup does not survive a line break.
    /// </summary>
    internal static string? Join(IEnumerable<string?> notes)
    {
        var present = notes.Where(n => !string.IsNullOrEmpty(n)).ToArray();
        return present.Length == 0 ? null : string.Join("\n", present);
    }
}
