using System.Globalization;
using System.Text;
using OpenSystem.Analysis;
using OpenSystem.Paper;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace OpenSystem.Cli;

/// <summary>Renders a computed figure as CSV (parameters in '#' header lines) and as SVG/PNG, in memory.</summary>
public static class FigureWriter
{
    /// <summary>The files of a figure, rendered in memory: figID.csv, figID.svg|png and the log variant figID_log.svg|png.</summary>
    public static IReadOnlyList<OutputFile> Files(FigureResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string stem = $"fig{result.Spec.Id}";
        var files = new List<OutputFile> { new(stem + ".csv", Encoding.UTF8.GetBytes(Csv(result))) };
        files.AddRange(TrajectoryPlots.Render(Plot(result), stem));
        files.AddRange(TrajectoryPlots.Render(Plot(result, logarithmic: true), stem + "_log"));
        return files;
    }

    /// <summary>The names <see cref="Files"/> can produce for figure <paramref name="id"/> (PNG only when the renderer loads).</summary>
    public static IReadOnlyList<string> FileNames(string id) =>
        [$"fig{id}.csv", $"fig{id}.svg", $"fig{id}.png", $"fig{id}_log.svg", $"fig{id}_log.png"];

    /// <summary>
    /// fig1a_ratio.csv and fig1a_ratio.svg|png of the Fig. 1a result, rendered in memory: the ratio of intra-system
    /// coherence to the composite benchmark (<see cref="CompositeComparison"/>), its statements in the '#' header lines.
    /// </summary>
    public static IReadOnlyList<OutputFile> RatioFiles(FigureResult fig1a)
    {
        ArgumentNullException.ThrowIfNull(fig1a);
        var (t, ratios, _) = CompositeComparison.Ratios(fig1a);
        var sb = new StringBuilder();
        sb.AppendLine("# ratio of intra-system coherence (Eq. 9 for N = 1, Eq. C4 for N = 2, 3; ancilla ω = 0.2, γ = θ = √(λΩ)) to the composite benchmark (P1), λ = 1e-3, Ω = 5, ab = 1");
        foreach (var statement in CompositeComparison.Statements(fig1a))
        {
            sb.AppendLine("# " + statement);
        }
        sb.AppendLine("T,C_composite_formula,C_indirect_N1,C_indirect_N2,C_indirect_N3,ratio_N1,ratio_N2,ratio_N3");
        string[] columns = ["C_composite_formula", "C_indirect_N1", "C_indirect_N2", "C_indirect_N3"];
        for (int i = 0; i < t.Length; i++)
        {
            var row = new List<double> { t[i] };
            row.AddRange(columns.Select(c => fig1a.Values[c][i]));
            row.AddRange(new[] { 1, 2, 3 }.Select(n => ratios[n][i]));
            sb.AppendLine(string.Join(",", row.Select(x => x.ToString("R", CultureInfo.InvariantCulture))));
        }
        var files = new List<OutputFile> { new("fig1a_ratio.csv", Encoding.UTF8.GetBytes(sb.ToString())) };
        files.AddRange(TrajectoryPlots.Render(RatioPlot(t, ratios), "fig1a_ratio"));
        return files;
    }

    private static PlotModel RatioPlot(double[] t, IReadOnlyDictionary<int, double[]> ratios)
    {
        var model = PlotStyle.NewModel("Intra-system coherence / composite benchmark (γθ = λΩ)");
        model.Axes.Add(TemperatureAxis(t));
        var drawn = new List<double> { 1 };
        int color = 0;
        foreach (var (n, r) in ratios)
        {
            var series = PlotStyle.Data($"N = {n}", PlotStyle.Color(color++));
            for (int i = 0; i < t.Length; i++)
            {
                if (r[i] > 0)
                {
                    series.Points.Add(new DataPoint(t[i], r[i]));
                    drawn.Add(r[i]);
                }
            }
            PlotStyle.MarkSparse(series);
            model.Series.Add(series);
        }
        model.Series.Add(PlotStyle.Level("ratio 1", PlotStyle.Color(color), LineStyle.Dash, 1, t[0], t[^1]));
        model.Axes.Add(ValueAxis.Logarithmic("C_indirect / C_composite", drawn));
        return model;
    }

    /// <summary>
    /// One agreement in words: "agreement X: max |diff| …, max relative … over n temperatures", or, when no temperature of
    /// the grid has both curves defined (a closed form whose range of validity misses the grid), "not compared" with that
    /// reason instead of differences of zero over zero points.
    /// </summary>
    public static string AgreementLine(Agreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return agreement.Points == 0
            ? $"agreement {agreement.What}: not compared: no temperature of the grid where both are defined (a closed form's range of validity outside the grid)"
            : $"agreement {agreement.What}: max |diff| {agreement.MaxAbsolute:E2}, max relative {agreement.MaxRelative:E2} over {agreement.Points} temperature{(agreement.Points == 1 ? "" : "s")}";
    }

    /// <summary>The CSV text: '#' lines with title, parameters, column meanings and route agreements, then the table.</summary>
    public static string Csv(FigureResult result)
    {
        var spec = result.Spec;
        var sb = new StringBuilder();
        sb.AppendLine($"# fig{spec.Id}: {spec.Title}");
        foreach (var note in spec.Notes)
        {
            sb.AppendLine($"# {note}");
        }
        sb.AppendLine("# T: bath temperature (k_B = 1, frequencies in units of the target TLS frequency)");
        foreach (var c in spec.Curves)
        {
            string range = c.Role == CurveRole.ClosedForm && (c.MinT > 0 || double.IsFinite(c.MaxT))
                ? $", drawn for {(c.MinT > 0 ? $"T >= {c.MinT:G4}" : "")}{(c.MinT > 0 && double.IsFinite(c.MaxT) ? " and " : "")}{(double.IsFinite(c.MaxT) ? $"T <= {c.MaxT:G4}" : "")} (empty elsewhere)" : "";
            sb.AppendLine($"# {c.Column}: {c.Label} [{c.Role}{(c.Approximates is null ? "" : $", route to {c.Approximates}")}{range}]");
        }
        foreach (var a in result.Agreements)
        {
            sb.AppendLine("# " + AgreementLine(a));
        }
        sb.AppendLine("T," + string.Join(",", spec.Curves.Select(c => c.Column)));
        for (int i = 0; i < spec.Temperatures.Length; i++)
        {
            sb.Append(spec.Temperatures[i].ToString("R", CultureInfo.InvariantCulture));
            foreach (var c in spec.Curves)
            {
                double v = result.Values[c.Column][i];
                sb.Append(',').Append(double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "");
            }
            sb.AppendLine();
        }
        return sb.ToString();
    }

    /// <summary>
    /// Exact curves solid, master-equation routes as markers (a marker shape per route), mean-force routes as hollow
    /// diamonds (Redfield's markers show through), closed forms dashed in their
    /// curve's colour (a dash pattern per closed form), every drawn line with a legend entry. The logarithmic variant
    /// (log C against log T) shows the low-T plateaus and the high-T power laws where the closed forms live; zero values
    /// cannot sit on it and are counted in its subtitle.
    /// </summary>
    public static PlotModel Plot(FigureResult result, bool logarithmic = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        var spec = result.Spec;
        var colors = new Dictionary<string, OxyColor>();
        var variants = new Dictionary<string, int>();
        var drawn = new List<double>();
        var series = new List<LineSeries>();
        foreach (var c in spec.Curves)
        {
            string key = c.Approximates ?? c.Column;
            if (!colors.TryGetValue(key, out var color))
            {
                colors[key] = color = PlotStyle.Color(colors.Count);
            }
            var values = result.Values[c.Column];
            if (values.All(v => !double.IsFinite(v)))
            {
                continue;
            }
            if (c.Role == CurveRole.MasterEquation && values.All(v => !double.IsFinite(v) || v < 1e-12) && c.Approximates is null)
            {
                continue;   // the zero routes are in the CSV; on a linear axis they sit on the T axis
            }
            int variant = c.Role == CurveRole.Exact ? 0 : (variants[key] = variants.GetValueOrDefault(key) + 1);
            var line = CurveSeries(c, spec, color, variant);
            for (int i = 0; i < spec.Temperatures.Length; i++)
            {
                if (double.IsFinite(values[i]))
                {
                    drawn.Add(values[i]);
                    if (!logarithmic || values[i] > 0)
                    {
                        line.Points.Add(new DataPoint(spec.Temperatures[i], values[i]));
                    }
                }
            }
            // every curve is evaluated on the figure's one T grid: markers when that grid is sparse (a closed form drawn
            // on part of the range is as densely sampled there as the exact curve, and markers are the routes' symbol)
            if (c.Role is not (CurveRole.MasterEquation or CurveRole.MeanForce) && PlotStyle.NeedsMarkers(spec.Temperatures.Length))
            {
                PlotStyle.Mark(line);
            }
            series.Add(line);
        }
        int zeros = logarithmic ? ValueAxis.Omitted(drawn) : 0;
        bool routes = series.Any(line => line.LineStyle == LineStyle.None);
        string subtitle = "dashed: closed forms where they hold" + (routes ? "; markers: master-equation steady states" : "")
            + (spec.Curves.Any(x => x.Role == CurveRole.MeanForce) ? "; hollow diamonds: mean-force Gibbs state" : "")
            + "\nparameters: see the CSV header" + (zeros > 0 ? $"; {zeros} zero values not shown (log axis)" : "");
        var model = PlotStyle.NewModel(spec.Title, subtitle);
        model.Axes.Add(TemperatureAxis(spec.Temperatures));
        model.Axes.Add(logarithmic ? ValueAxis.Logarithmic(spec.YTitle + " (log)", drawn) : ValueAxis.Linear(spec.YTitle));
        foreach (var line in series)
        {
            model.Series.Add(line);
        }
        PlotStyle.PlaceLegend(model);
        return model;
    }

    /// <summary>The log T axis from the grid's first to its last temperature.</summary>
    private static LogarithmicAxis TemperatureAxis(double[] t)
    {
        var axis = ValueAxis.Logarithmic("temperature T (k_B = 1)", t, AxisPosition.Bottom);
        axis.Minimum = t.Min();
        axis.Maximum = t.Max();
        return axis;
    }

    private static readonly LineStyle[] ClosedFormStyles = [LineStyle.Dash, LineStyle.Dot, LineStyle.DashDot, LineStyle.DashDashDot, LineStyle.LongDashDot, LineStyle.LongDash];

    private static readonly MarkerType[] RouteMarkers = [MarkerType.Circle, MarkerType.Square, MarkerType.Triangle, MarkerType.Diamond];

    /// <summary>The series of curve <paramref name="c"/>: its legend names the curve it approximates, its style its role and <paramref name="variant"/>.</summary>
    private static LineSeries CurveSeries(Curve c, FigureSpec spec, OxyColor color, int variant)
    {
        string label = c.Approximates is { } of && spec.Curves.FirstOrDefault(x => x.Column == of) is { } family && c.Role == CurveRole.ClosedForm
            ? $"{c.Label} [{family.Label}]"
            : c.Label;
        var line = PlotStyle.Data(PlotStyle.Math(label), color);
        switch (c.Role)
        {
            case CurveRole.ClosedForm:
                line.LineStyle = ClosedFormStyles[(variant - 1) % ClosedFormStyles.Length];
                line.StrokeThickness = 1.5;
                break;
            case CurveRole.MasterEquation:
                line.LineStyle = LineStyle.None;
                line.MarkerType = RouteMarkers[(variant - 1) % RouteMarkers.Length];
                line.MarkerSize = 4;
                break;
            case CurveRole.MeanForce:
                line.LineStyle = LineStyle.None;
                line.MarkerType = MarkerType.Diamond;
                line.MarkerSize = 5;
                line.MarkerFill = OxyColors.White;
                line.MarkerStroke = color;
                break;
        }
        return line;
    }
}
