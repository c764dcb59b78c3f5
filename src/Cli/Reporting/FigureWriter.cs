using System.Globalization;
using System.Text;
using OpenSystem.Analysis;
using OpenSystem.Paper;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace OpenSystem.Cli;

/// <summary>Renders a computed figure as CSV (parameters in '#' header lines) and as SVG/PNG, in memory.</summary>
public static class FigureWriter
{
    private static readonly OxyColor[] Palette =
    [
        OxyColor.FromRgb(0x1f, 0x77, 0xb4), OxyColor.FromRgb(0xd6, 0x27, 0x28), OxyColor.FromRgb(0x2c, 0xa0, 0x2c), OxyColor.FromRgb(0xff, 0x7f, 0x0e),
        OxyColor.FromRgb(0x94, 0x67, 0xbd), OxyColor.FromRgb(0x8c, 0x56, 0x4b), OxyColor.FromRgb(0xe3, 0x77, 0xc2), OxyColor.FromRgb(0x7f, 0x7f, 0x7f),
        OxyColor.FromRgb(0xbc, 0xbd, 0x22), OxyColor.FromRgb(0x17, 0xbe, 0xcf),
    ];

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
        var model = new PlotModel { Title = "Intra-system coherence / composite benchmark (γθ = λΩ)", DefaultFont = "DejaVu Sans", Background = OxyColors.White };
        model.Axes.Add(new LogarithmicAxis { Position = AxisPosition.Bottom, Title = "T" });
        model.Axes.Add(new LogarithmicAxis { Position = AxisPosition.Left, Title = "C_indirect / C_composite" });
        model.Legends.Add(new Legend());
        foreach (var (n, r) in ratios)
        {
            var series = new LineSeries { Title = $"N = {n}" };
            for (int i = 0; i < t.Length; i++)
            {
                if (r[i] > 0)
                {
                    series.Points.Add(new DataPoint(t[i], r[i]));
                }
            }
            model.Series.Add(series);
        }
        var one = new LineSeries { Title = "ratio 1", LineStyle = LineStyle.Dash, Color = OxyColors.Gray };
        one.Points.Add(new DataPoint(t[0], 1));
        one.Points.Add(new DataPoint(t[^1], 1));
        model.Series.Add(one);
        return model;
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
            sb.AppendLine($"# agreement {a.What}: max |diff| {a.MaxAbsolute:E2}, max relative {a.MaxRelative:E2} over {a.Points} temperatures");
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
    /// Exact curves solid, master-equation routes as circles, mean-force routes as diamonds, closed forms dashed in their curve's colour. The logarithmic
    /// variant (log C against log T) shows the low-T plateaus and the high-T power laws where the closed forms live.
    /// </summary>
    public static PlotModel Plot(FigureResult result, bool logarithmic = false)
    {
        var spec = result.Spec;
        var model = new PlotModel { Title = spec.Title, Subtitle = "dashed: closed forms where they hold; parameters: see CSV header", DefaultFont = "DejaVu Sans", Background = OxyColors.White };
        model.Legends.Add(new Legend { LegendPosition = LegendPosition.RightTop, LegendPlacement = LegendPlacement.Inside, LegendFontSize = 9 });
        model.Axes.Add(new LogarithmicAxis { Position = AxisPosition.Bottom, Title = "T" });
        model.Axes.Add(logarithmic
            ? new LogarithmicAxis { Position = AxisPosition.Left, Title = spec.YTitle + " (log)" }
            : new LinearAxis { Position = AxisPosition.Left, Title = spec.YTitle, Minimum = 0 });
        var colors = new Dictionary<string, OxyColor>();
        foreach (var c in spec.Curves)
        {
            string key = c.Approximates ?? c.Column;
            if (!colors.TryGetValue(key, out var color))
            {
                colors[key] = color = Palette[colors.Count % Palette.Length];
            }
            var values = result.Values[c.Column];
            if (values.All(v => !double.IsFinite(v)))
            {
                continue;
            }
            if (c.Role == CurveRole.MasterEquation && values.All(v => !double.IsFinite(v) || v < 1e-12) && c.Approximates is null)
                continue;   // the zero routes are in the CSV; on a linear axis they sit on the T axis
            bool closed = c.Role == CurveRole.ClosedForm;
            var series = new LineSeries
            {
                Title = closed ? null : c.Label, Color = color, StrokeThickness = closed ? 1.2 : 2,
                LineStyle = closed ? LineStyle.Dash : LineStyle.Solid,
                MarkerType = c.Role switch { CurveRole.MasterEquation => MarkerType.Circle, CurveRole.MeanForce => MarkerType.Diamond, _ => MarkerType.None },
                MarkerSize = c.Role == CurveRole.MeanForce ? 4 : 2,
                MarkerFill = c.Role == CurveRole.MeanForce ? OxyColors.White : OxyColors.Automatic, MarkerStroke = color,   // hollow: Redfield's circles show through
            };
            if (c.Role is CurveRole.MasterEquation or CurveRole.MeanForce)
            {
                series.LineStyle = LineStyle.None;
            }
            for (int i = 0; i < spec.Temperatures.Length; i++)
                if (double.IsFinite(values[i]) && (!logarithmic || values[i] > 0))
                {
                    series.Points.Add(new DataPoint(spec.Temperatures[i], values[i]));
                }
            model.Series.Add(series);
        }
        return model;
    }
}
