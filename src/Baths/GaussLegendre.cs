namespace OpenSystem.Baths;

/// <summary>
/// Gauss–Legendre rules on [−1, 1] (exact for polynomials of degree 2n − 1) and composite rules on [a, b] built from
/// equal panels. Nodes are the roots of P_n found by Newton's method from Tricomi's initial guess; weights
/// w_i = 2/((1 − x_i²) P_n′(x_i)²). Nodes and weights are accurate to about 1e-15.
/// </summary>
public static class GaussLegendre
{
    /// <summary>The n-point rule on [−1, 1]: nodes ascending and their weights (which sum to 2).</summary>
    /// <param name="points">Number of nodes n, 1 ≤ n ≤ 1000.</param>
    /// <exception cref="ArgumentOutOfRangeException">n outside [1, 1000].</exception>
    public static (double[] Nodes, double[] Weights) Rule(int points)
    {
        if (points < 1 || points > 1000)
            Throw.OutOfRange(nameof(points), points, "A Gauss-Legendre rule needs between 1 and 1000 points.");
        var nodes = new double[points];
        var weights = new double[points];
        for (int i = 0; i < (points + 1) / 2; i++)
        {
            double x = Math.Cos(Math.PI * (i + 0.75) / (points + 0.5));
            for (int iteration = 0; iteration < 100; iteration++)
            {
                (double p, double dp) = Legendre(points, x);
                double step = p / dp;
                x -= step;
                if (Math.Abs(step) < 1e-16)
                {
                    break;
                }
            }
            double derivative = Legendre(points, x).Derivative;
            double w = 2.0 / ((1.0 - x * x) * derivative * derivative);
            nodes[i] = -x;
            nodes[points - 1 - i] = x;
            weights[i] = w;
            weights[points - 1 - i] = w;
        }
        return (nodes, weights);
    }

    /// <summary>
    /// Composite rule on [a, b]: <paramref name="panels"/> equal panels, each with the <paramref name="points"/>-point
    /// rule mapped onto it. Returns all nodes ascending and their weights (which sum to b − a).
    /// </summary>
    /// <param name="a">Lower limit.</param>
    /// <param name="b">Upper limit, b &gt; a.</param>
    /// <param name="panels">Number of panels, ≥ 1.</param>
    /// <param name="points">Nodes per panel, 1 ≤ n ≤ 1000.</param>
    /// <exception cref="ArgumentOutOfRangeException">b ≤ a, a limit not finite, or panels &lt; 1.</exception>
    public static (double[] Nodes, double[] Weights) Composite(double a, double b, int panels, int points)
    {
        if (!double.IsFinite(a) || !double.IsFinite(b) || !(b > a))
            Throw.OutOfRange(nameof(b), b, $"A composite rule needs finite limits with b > a; got [{a}, {b}].");
        if (panels < 1)
        {
            Throw.OutOfRange(nameof(panels), panels, "A composite rule needs at least one panel.");
        }
        double h = (b - a) / panels;
        var edges = Enumerable.Range(0, panels + 1).Select(p => p == panels ? b : a + p * h).ToArray();
        return OnPanels(edges, points);
    }

    /// <summary>
    /// Composite rule on the panels [edges[p], edges[p+1]], each with the <paramref name="points"/>-point rule (graded
    /// panels, e.g. geometric towards an endpoint where the integrand has an integrable singularity).
    /// </summary>
    /// <param name="edges">Panel edges, finite and strictly increasing, at least two.</param>
    /// <param name="points">Nodes per panel, 1 ≤ n ≤ 1000.</param>
    /// <exception cref="ArgumentException">Fewer than two edges, or edges not finite and strictly increasing.</exception>
    public static (double[] Nodes, double[] Weights) OnPanels(IReadOnlyList<double> edges, int points)
    {
        ArgumentNullException.ThrowIfNull(edges);
        if (edges.Count < 2 || edges.Any(x => !double.IsFinite(x)) || Enumerable.Range(1, edges.Count - 1).Any(p => !(edges[p] > edges[p - 1])))
            throw new ArgumentException("Panel edges must be at least two finite, strictly increasing numbers.", nameof(edges));
        var (x, w) = Rule(points);
        int panels = edges.Count - 1;
        var nodes = new double[panels * points];
        var weights = new double[panels * points];
        for (int p = 0; p < panels; p++)
        {
            double centre = 0.5 * (edges[p] + edges[p + 1]);
            double half = 0.5 * (edges[p + 1] - edges[p]);
            for (int i = 0; i < points; i++)
            {
                nodes[p * points + i] = centre + half * x[i];
                weights[p * points + i] = half * w[i];
            }
        }
        return (nodes, weights);
    }

    private static (double Value, double Derivative) Legendre(int n, double x)
    {
        double p0 = 1.0;
        double p1 = x;
        for (int k = 2; k <= n; k++)
        {
            double p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
            p0 = p1;
            p1 = p2;
        }
        double dp = n * (x * p1 - p0) / (x * x - 1.0);
        return (p1, dp);
    }
}
