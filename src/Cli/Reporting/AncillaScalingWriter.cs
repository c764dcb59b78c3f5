using System.Globalization;
using System.Text;
using OpenSystem.Paper;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace OpenSystem.Cli;

/// <summary>
/// Renders Fig. 3b against N (<see cref="AncillaScaling"/>) in memory: fig3b_ancillas.csv (parameters, route agreements and
/// distances to the N → ∞ limit in '#' header lines, then N and per temperature the sector, dense and limit columns)
/// and fig3b_ancillas.svg|png (C_T against N on a log axis: sectors solid, dense route as circles, limit dashed).
/// </summary>
public static class AncillaScalingWriter
{
    /// <summary>File stem of the outputs.</summary>
    public const string Stem = "fig3b_ancillas";

    /// <summary>The names <see cref="Files"/> can produce (PNG only when the renderer loads).</summary>
    public static IReadOnlyList<string> FileNames { get; } = [Stem + ".csv", Stem + ".svg", Stem + ".png"];

    /// <summary>The CSV and the plots of <paramref name="result"/>.</summary>
    public static IReadOnlyList<OutputFile> Files(AncillaScalingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var files = new List<OutputFile> { new(Stem + ".csv", Encoding.UTF8.GetBytes(Csv(result))) };
        files.AddRange(TrajectoryPlots.Render(Plot(result), Stem));
        return files;
    }

    private static string T(double t) => t.ToString("G3", CultureInfo.InvariantCulture);

    /// <summary>The CSV text; empty cells where a route is not computed (dense for N &gt; 8).</summary>
    public static string Csv(AncillaScalingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder();
        sb.AppendLine("# fig3b_ancillas: Fig. 3b against the number of ancillas N, target coherence C_T of the Gibbs state");
        foreach (var note in result.Notes)
        {
            sb.AppendLine($"# {note}");
        }
        sb.AppendLine("# N: number of ancillas; C_sectors_T<T>: total-spin sectors [Exact]; C_dense_T<T>: dense Gibbs state [Exact, route to C_sectors_T<T>]; C_limit_T<T>: N -> infinity limit [ClosedForm]");
        foreach (var a in result.Agreements)
        {
            sb.AppendLine($"# agreement {a.What}: max |diff| {a.MaxAbsolute:E2}, max relative {a.MaxRelative:E2} over {a.Points} points");
        }
        var header = new List<string> { "N" };
        foreach (double t in result.Temperatures)
        {
            header.AddRange([$"C_sectors_T{T(t)}", $"C_dense_T{T(t)}", $"C_limit_T{T(t)}"]);
        }
        sb.AppendLine(string.Join(",", header));
        for (int i = 0; i < result.Ancillas.Length; i++)
        {
            var row = new List<string> { result.Ancillas[i].ToString(CultureInfo.InvariantCulture) };
            for (int k = 0; k < result.Temperatures.Length; k++)
            {
                row.AddRange(new[] { result.Sectors[k][i], result.Dense[k][i], result.Limit[k] }
                    .Select(v => double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : ""));
            }
            sb.AppendLine(string.Join(",", row));
        }
        return sb.ToString();
    }

    /// <summary>C_T against N (log axis): one colour per temperature; sectors solid, dense as circles, limit dashed.</summary>
    public static PlotModel Plot(AncillaScalingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var model = new PlotModel
        {
            Title = "Fig. 3b against N: target coherence, Eq. C4",
            Subtitle = "lines: total-spin sectors; circles: dense route (N ≤ 8); dashed: N → ∞ limit",
            DefaultFont = "DejaVu Sans",
            Background = OxyColors.White,
        };
        model.Legends.Add(new Legend { LegendPosition = LegendPosition.RightBottom, LegendPlacement = LegendPlacement.Inside, LegendFontSize = 9 });
        model.Axes.Add(new LogarithmicAxis { Position = AxisPosition.Bottom, Title = "number of ancillas N" });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = "C_T^N", Minimum = 0 });
        var n = result.Ancillas;
        for (int k = 0; k < result.Temperatures.Length; k++)
        {
            var color = model.DefaultColors[k % model.DefaultColors.Count];
            var sectors = new LineSeries { Title = $"T = {T(result.Temperatures[k])}", Color = color, StrokeThickness = 2 };
            var dense = new LineSeries { Color = color, LineStyle = LineStyle.None, MarkerType = MarkerType.Circle, MarkerSize = 3, MarkerStroke = color };
            var limit = new LineSeries { Color = color, LineStyle = LineStyle.Dash, StrokeThickness = 1.2 };
            for (int i = 0; i < n.Length; i++)
            {
                sectors.Points.Add(new DataPoint(n[i], result.Sectors[k][i]));
                if (double.IsFinite(result.Dense[k][i]))
                {
                    dense.Points.Add(new DataPoint(n[i], result.Dense[k][i]));
                }
            }
            limit.Points.Add(new DataPoint(n[0], result.Limit[k]));
            limit.Points.Add(new DataPoint(Math.Max(n[^1], 2 * n[0]), result.Limit[k]));
            model.Series.Add(sectors);
            model.Series.Add(dense);
            model.Series.Add(limit);
        }
        return model;
    }
}
