using System.Globalization;

namespace OpenSystem.Paper;

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
        var ratios = new Dictionary<int, double[]>();
        var crossings = new Dictionary<int, double[]>();
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
    /// One sentence per N (1, 2, 3) saying where the intra-system coherence exceeds the composite benchmark (P1) on the
    /// grid of <paramref name="fig1a"/>, with the ratio at both ends of the grid.
    /// </summary>
    public static IReadOnlyList<string> Statements(FigureResult fig1a)
    {
        var (t, ratios, crossings) = Ratios(fig1a);
        return ratios.Keys.Select(n => Statement(n, t, ratios[n], crossings[n])).ToList();
    }

    private static string Statement(int n, double[] t, double[] ratio, double[] crossings)
    {
        string where;
        if (crossings.Length == 0)
        {
            where = ratio[0] > 1 ? "at every T of the grid" : "nowhere on the grid";
        }
        else
        {
            where = $"for T < {crossings[0]:G3}";
            if (crossings.Length > 1)
            {
                var further = crossings.Skip(1).Select(x => x.ToString("G3", CultureInfo.InvariantCulture));
                where += $" (further crossings at {string.Join(", ", further)})";
            }
        }
        return $"N = {n}: intra-system coherence exceeds the composite benchmark {where}; ratio {ratio[0]:G3} at T = {t[0]:G3}, {ratio[^1]:G3} at T = {t[^1]:G3}";
    }
}
