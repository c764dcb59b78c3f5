using OpenSystem.Analysis;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace OpenSystem.Cli;

/// <summary>OxyPlot models of a trajectory: local coherence and trace distance to the Gibbs state against time.</summary>
public static class TrajectoryPlots
{
    /// <summary>C_j(t) for every qubit, with the Gibbs values dashed; log time axis when the grid spans decades.</summary>
    public static PlotModel Coherence(TrajectoryReport trajectory, GibbsReport? gibbs, string title)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        var model = NewModel(title);
        model.Axes.Add(TimeAxis(trajectory.Times));
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = "local coherence C_j = |<X_j + iY_j>|" });
        int n = trajectory.Measurements[0].Coherence.Length;
        for (int q = 0; q < n; q++)
        {
            var s = new LineSeries { Title = $"C_{q}", StrokeThickness = 1.5 };
            for (int i = 0; i < trajectory.Times.Count && i < trajectory.Measurements.Count; i++)
                if (trajectory.Times[i] > 0 || !IsLog(trajectory.Times))
                {
                    s.Points.Add(new DataPoint(trajectory.Times[i], trajectory.Measurements[i].Coherence[q]));
                }
            model.Series.Add(s);
            if (gibbs is not null)
            {
                var g = new LineSeries { Title = $"C_{q} Gibbs", LineStyle = LineStyle.Dash, Color = OxyColors.Gray, StrokeThickness = 1 };
                double first = s.Points.Count > 0 ? s.Points[0].X : 0, last = trajectory.Times[^1];
                g.Points.Add(new DataPoint(first, gibbs.Measurement.Coherence[q]));
                g.Points.Add(new DataPoint(last, gibbs.Measurement.Coherence[q]));
                model.Series.Add(g);
            }
        }
        return model;
    }

    /// <summary>½‖ρ(t) − τ‖₁ on a log axis.</summary>
    public static PlotModel TraceDistance(TrajectoryReport trajectory, string title)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        var model = NewModel(title);
        model.Axes.Add(TimeAxis(trajectory.Times));
        model.Axes.Add(new LogarithmicAxis { Position = AxisPosition.Left, Title = "trace distance to Gibbs", Minimum = 1e-12 });
        var s = new LineSeries { Title = "D(rho(t), tau)", StrokeThickness = 1.5 };
        for (int i = 0; i < trajectory.Measurements.Count; i++)
        {
            var dist = trajectory.Measurements[i].TraceDistanceToGibbs;
            if (dist is double v && v > 0 && (trajectory.Times[i] > 0 || !IsLog(trajectory.Times)))
                s.Points.Add(new DataPoint(trajectory.Times[i], v));
        }
        model.Series.Add(s);
        return model;
    }

    /// <summary>
    /// Renders <paramref name="model"/> in memory as <c>stem.svg</c> (800 x 500) and, when the native renderer loads, as
    /// <c>stem.png</c>; nothing is written to disk.
    /// </summary>
    public static IReadOnlyList<OutputFile> Render(PlotModel model, string stem)
    {
        ArgumentNullException.ThrowIfNull(model);
        var rendered = new List<OutputFile>();
        using (var svg = new MemoryStream())
        {
            SvgExporter.Export(model, svg, 800, 500, isDocument: true);
            rendered.Add(new OutputFile(stem + ".svg", svg.ToArray()));
        }
        try
        {
            using var png = new MemoryStream();
            new OxyPlot.SkiaSharp.PngExporter { Width = 800, Height = 500 }.Export(model, png);
            rendered.Add(new OutputFile(stem + ".png", png.ToArray()));
        }
        catch (Exception ex) when (ex is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
        {
            // PNG needs libSkiaSharp; SVG is always rendered.
        }
        return rendered;
    }

    private static PlotModel NewModel(string title)
    {
        var model = new PlotModel { Title = title, DefaultFont = "DejaVu Sans", Background = OxyColors.White };
        model.Legends.Add(new Legend { LegendPosition = LegendPosition.RightTop, LegendPlacement = LegendPlacement.Inside });
        return model;
    }

    private static bool IsLog(IReadOnlyList<double> times)
    {
        double first = times.FirstOrDefault(t => t > 0);
        return first > 0 && times[^1] / first > 200;
    }

    private static Axis TimeAxis(IReadOnlyList<double> times) => IsLog(times)
        ? new LogarithmicAxis { Position = AxisPosition.Bottom, Title = "time (1/omega units)" }
        : new LinearAxis { Position = AxisPosition.Bottom, Title = "time (1/omega units)" };
}
