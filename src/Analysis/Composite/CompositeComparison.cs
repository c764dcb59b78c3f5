using System.Globalization;
using System.Text;
using OpenSystem.Analysis.Figures;
using OpenSystem.Analysis.Plotting;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace OpenSystem.Analysis;

/// <summary>
/// The paper's claim made quantitative: the ratio of intra-system coherence (Eq. 9 and C4 with N ancillas, γθ = λΩ) to the
/// composite benchmark (P1) over T, with the temperatures where each ratio crosses 1.
/// </summary>
public static class CompositeComparison
{
    /// <summary>Ratio columns computed from a Fig. 1a result.</summary>
    public static (double[] T, IReadOnlyDictionary<int, double[]> Ratio, IReadOnlyDictionary<int, double[]> Crossings) Ratios(FigureResult fig1a)
    {
        ArgumentNullException.ThrowIfNull(fig1a);
        var t = fig1a.Spec.Temperatures;
        var composite = fig1a.Values["C_composite_formula"];
        var ratios = new Dictionary<int, double[]>(); var crossings = new Dictionary<int, double[]>();
        foreach (int n in new[] { 1, 2, 3 })
        {
            var c = fig1a.Values[$"C_indirect_N{n}"];
            var r = c.Zip(composite, (a, b) => a / b).ToArray();
            ratios[n] = r;
            var cross = new List<double>();
            for (int i = 1; i < r.Length; i++)
                if ((r[i - 1] - 1) * (r[i] - 1) < 0)
                {
                    // interpolate log T linearly in log ratio
                    double x0 = Math.Log(t[i - 1]), x1 = Math.Log(t[i]), y0 = Math.Log(r[i - 1]), y1 = Math.Log(r[i]);
                    cross.Add(Math.Exp(x0 - y0 * (x1 - x0) / (y1 - y0)));
                }
            crossings[n] = cross.ToArray();
        }
        return (t, ratios, crossings);
    }

    /// <summary>
    /// Renders fig1a_ratio.csv and fig1a_ratio.svg|png in memory; returns them with the one-line statements of where the
    /// claim holds.
    /// </summary>
    public static (IReadOnlyList<string> Statements, IReadOnlyList<OutputFile> Files) Files(FigureResult fig1a)
    {
        var (t, ratios, crossings) = Ratios(fig1a);
        var statements = ratios.Keys.Select(n =>
        {
            string where = crossings[n].Length == 0
                ? (ratios[n][0] > 1 ? "at every T of the grid" : "nowhere on the grid")
                : $"for T < {crossings[n][0]:G3}" + (crossings[n].Length > 1 ? $" (further crossings at {string.Join(", ", crossings[n].Skip(1).Select(x => x.ToString("G3", CultureInfo.InvariantCulture)))})" : "");
            return $"N = {n}: intra-system coherence exceeds the composite benchmark {where}; ratio {ratios[n][0]:G3} at T = {t[0]:G3}, {ratios[n][^1]:G3} at T = {t[^1]:G3}";
        }).ToList();
        var sb = new StringBuilder();
        sb.AppendLine("# ratio of intra-system coherence (Eq. 9 for N = 1, Eq. C4 for N = 2, 3; ancilla ω = 0.2, γ = θ = √(λΩ)) to the composite benchmark (P1), λ = 1e-3, Ω = 5, ab = 1");
        foreach (var s in statements) sb.AppendLine("# " + s);
        sb.AppendLine("T,C_composite_formula,C_indirect_N1,C_indirect_N2,C_indirect_N3,ratio_N1,ratio_N2,ratio_N3");
        for (int i = 0; i < t.Length; i++)
            sb.AppendLine(string.Join(",", new[] { t[i], fig1a.Values["C_composite_formula"][i], fig1a.Values["C_indirect_N1"][i], fig1a.Values["C_indirect_N2"][i],
                fig1a.Values["C_indirect_N3"][i], ratios[1][i], ratios[2][i], ratios[3][i] }.Select(x => x.ToString("R", CultureInfo.InvariantCulture))));
        var files = new List<OutputFile> { new("fig1a_ratio.csv", Encoding.UTF8.GetBytes(sb.ToString())) };
        var model = new PlotModel { Title = "Intra-system coherence / composite benchmark (γθ = λΩ)", DefaultFont = "DejaVu Sans", Background = OxyColors.White };
        model.Axes.Add(new LogarithmicAxis { Position = AxisPosition.Bottom, Title = "T" });
        model.Axes.Add(new LogarithmicAxis { Position = AxisPosition.Left, Title = "C_indirect / C_composite" });
        model.Legends.Add(new OxyPlot.Legends.Legend());
        foreach (var (n, r) in ratios)
        {
            var s = new LineSeries { Title = $"N = {n}" };
            for (int i = 0; i < t.Length; i++) if (r[i] > 0) s.Points.Add(new DataPoint(t[i], r[i]));
            model.Series.Add(s);
        }
        var one = new LineSeries { Title = "ratio 1", LineStyle = LineStyle.Dash, Color = OxyColors.Gray };
        one.Points.Add(new DataPoint(t[0], 1)); one.Points.Add(new DataPoint(t[^1], 1));
        model.Series.Add(one);
        files.AddRange(TrajectoryPlots.Render(model, "fig1a_ratio"));
        return (statements, files);
    }
}
