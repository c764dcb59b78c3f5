using OpenSystem.Analysis;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace OpenSystem.Cli;

/// <summary>Figures of an approach run: the coherence plateau being reached, and the exponential decay against the gap.</summary>
public static class ApproachPlots
{
    /// <summary>C_j(t) from both starts, with the steady-state (solid grey) and Gibbs (dashed) plateaus.</summary>
    public static PlotModel Coherence(ApproachReport report, string title)
    {
        ArgumentNullException.ThrowIfNull(report);
        var model = New(title, "local coherence C_j", log: false);
        int n = report.SteadyMeasurement.Coherence.Length;
        foreach (var run in report.Runs)
            for (int q = 0; q < n; q++)
            {
                var s = new LineSeries { Title = $"C_{q} from {run.Start.Replace('_', ' ')}", LineStyle = run.Start == "ground" ? LineStyle.Solid : LineStyle.Dot, StrokeThickness = 1.5 };
                for (int i = 1; i < report.Times.Length; i++)
                {
                    s.Points.Add(new DataPoint(report.Times[i], run.Measurements[i].Coherence[q]));
                }
                model.Series.Add(s);
            }
        for (int q = 0; q < n; q++)
        {
            Level(model, report, report.SteadyMeasurement.Coherence[q], q == 0 ? "steady state" : null, LineStyle.Solid);
            if (report.Gibbs is not null)
            {
                Level(model, report, report.Gibbs[q], q == 0 ? "Gibbs" : null, LineStyle.Dash);
            }
        }
        return model;
    }

    /// <summary>½‖ρ(t) − ρ_ss‖₁ from both starts on a log axis, with e^{−gap·t} for comparison.</summary>
    public static PlotModel Distance(ApproachReport report, string title)
    {
        ArgumentNullException.ThrowIfNull(report);
        var model = New(title, "trace distance to the steady state", log: true);
        foreach (var run in report.Runs)
        {
            var s = new LineSeries { Title = $"from {run.Start.Replace('_', ' ')} (fitted rate {run.ObservedRate})", StrokeThickness = 1.5 };
            for (int i = 1; i < report.Times.Length; i++)
            {
                if (run.DistanceToSteady[i] > 1e-14)
                {
                    s.Points.Add(new DataPoint(report.Times[i], run.DistanceToSteady[i]));
                }
            }
            model.Series.Add(s);
        }
        var guide = new LineSeries { Title = $"exp(-gap t), gap = {report.Gap:G3}", LineStyle = LineStyle.Dash, Color = OxyColors.Gray };
        double d0 = report.Runs[0].DistanceToSteady.Max();
        for (int i = 1; i < report.Times.Length; i++)
        {
            double v = d0 * Math.Exp(-report.Gap * report.Times[i]);
            if (v > 1e-14)
            {
                guide.Points.Add(new DataPoint(report.Times[i], v));
            }
        }
        model.Series.Add(guide);
        return model;
    }

    private static void Level(PlotModel model, ApproachReport report, double value, string? title, LineStyle style)
    {
        var s = new LineSeries { Title = title, Color = OxyColors.Gray, LineStyle = style, StrokeThickness = 1 };
        s.Points.Add(new DataPoint(report.Times[1], value));
        s.Points.Add(new DataPoint(report.Times[^1], value));
        model.Series.Add(s);
    }

    private static PlotModel New(string title, string yTitle, bool log)
    {
        var model = new PlotModel { Title = title, DefaultFont = "DejaVu Sans", Background = OxyColors.White };
        model.Legends.Add(new Legend { LegendPosition = LegendPosition.LeftTop, LegendPlacement = LegendPlacement.Inside, LegendFontSize = 9 });
        model.Axes.Add(new LogarithmicAxis { Position = AxisPosition.Bottom, Title = "time (1/omega units)" });
        model.Axes.Add(log ? new LogarithmicAxis { Position = AxisPosition.Left, Title = yTitle } : new LinearAxis { Position = AxisPosition.Left, Title = yTitle });
        return model;
    }
}
