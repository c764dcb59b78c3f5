using OpenSystem.Analysis;
using OxyPlot;
using OxyPlot.Series;

namespace OpenSystem.Cli;

/// <summary>
/// Figures of an approach run: the coherence plateau being reached, and the exponential decay against the gap. The time
/// axis follows the approach's grid (0, then log-spaced: a log axis without t = 0, <see cref="TimeGridAxis"/>); every
/// line has its own colour and legend entry (<see cref="PlotStyle"/>).
/// </summary>
public static class ApproachPlots
{
    /// <summary>
    /// C_j(t) from both starts (solid from the ground state, dotted from the maximally mixed state), with each qubit's
    /// steady-state plateau (dash-dot) and Gibbs value (dashed).
    /// </summary>
    public static PlotModel Coherence(ApproachReport report, string title, Undersampling? undersampling = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var times = report.Times;
        var model = PlotStyle.NewModel(title, TrajectoryPlots.Join([TimeGridAxis.Caption(times), undersampling?.Caption]));
        model.Axes.Add(TimeGridAxis.Create(times));
        model.Axes.Add(ValueAxis.Linear("local coherence C_j = |⟨X_j + iY_j⟩|"));
        int n = report.SteadyMeasurement.Coherence.Length;
        int color = 0;
        foreach (var run in report.Runs)
        {
            for (int q = 0; q < n; q++)
            {
                var s = PlotStyle.Data($"C_{{{q}}} from {Start(run)}", PlotStyle.Color(color++), run.Start == "ground" ? LineStyle.Solid : LineStyle.Dot);
                for (int i = 0; i < times.Length; i++)
                {
                    if (TimeGridAxis.Shows(times, i))
                    {
                        s.Points.Add(new DataPoint(times[i], run.Measurements[i].Coherence[q]));
                    }
                }
                PlotStyle.MarkSparse(s);
                model.Series.Add(s);
            }
        }
        double first = TimeGridAxis.FirstShown(times);
        for (int q = 0; q < n; q++)
        {
            model.Series.Add(PlotStyle.Level($"C_{{{q}}} steady state", PlotStyle.Color(color++), LineStyle.DashDot, report.SteadyMeasurement.Coherence[q], first, times[^1]));
            if (report.Gibbs is not null)
            {
                model.Series.Add(PlotStyle.Level($"C_{{{q}}} Gibbs", PlotStyle.Color(color++), LineStyle.Dash, report.Gibbs[q], first, times[^1]));
            }
        }
        return model;
    }

    /// <summary>
    /// D_ss(t) = ½‖ρ(t) − ρ_ss‖₁ from both starts on a log axis ranged from the data, with D_ss,max·e^{−gap·t} (dashed)
    /// for comparison, drawn down to the smallest distance shown; zero distances are left out and counted in the subtitle.
    /// </summary>
    public static PlotModel Distance(ApproachReport report, string title)
    {
        ArgumentNullException.ThrowIfNull(report);
        var times = report.Times;
        var shown = new List<double>();
        var series = new List<LineSeries>();
        int color = 0;
        foreach (var run in report.Runs)
        {
            var s = PlotStyle.Data($"from {Start(run)}, fitted rate {Rate(run)}", PlotStyle.Color(color++));
            for (int i = 0; i < times.Length; i++)
            {
                if (TimeGridAxis.Shows(times, i))
                {
                    shown.Add(run.DistanceToSteady[i]);
                    if (run.DistanceToSteady[i] > 0)
                    {
                        s.Points.Add(new DataPoint(times[i], run.DistanceToSteady[i]));
                    }
                }
            }
            PlotStyle.MarkSparse(s);
            series.Add(s);
        }
        double floor = shown.Where(v => v > 0).DefaultIfEmpty(0).Min();
        double d0 = report.Runs[0].DistanceToSteady.Max();
        var guide = PlotStyle.Data($"{d0:G3}·e^{{−gap·t}}, gap {report.Gap:G3}", PlotStyle.Color(color), LineStyle.Dash);
        for (int i = 0; i < times.Length; i++)
        {
            double v = d0 * Math.Exp(-report.Gap * times[i]);
            if (TimeGridAxis.Shows(times, i) && v >= floor && v > 0)
            {
                guide.Points.Add(new DataPoint(times[i], v));
            }
        }
        series.Add(guide);
        int zeros = ValueAxis.Omitted(shown);
        var model = PlotStyle.NewModel(title, TrajectoryPlots.Join([TimeGridAxis.Caption(times), zeros > 0 ? $"{zeros} samples with ½‖ρ(t) − ρₛₛ‖₁ = 0 not shown (log axis)" : null]));
        model.Axes.Add(TimeGridAxis.Create(times));
        model.Axes.Add(ValueAxis.Logarithmic("trace distance to the steady state ρ_ss", shown));
        foreach (var s in series)
        {
            model.Series.Add(s);
        }
        return model;
    }

    private static string Start(ApproachRun run) => run.Start.Replace('_', ' ');

    private static string Rate(ApproachRun run) => run.ObservedRate.Value is double v ? v.ToString("G3", System.Globalization.CultureInfo.InvariantCulture) : "undefined (see approach.json)";
}
