namespace OpenSystem.Baths;

/// <summary>
/// Principal-value integrals of a spectral density on the half line, by adaptive Gauss–Kronrod quadrature with the pole
/// removed analytically (symmetric pairing around it, or subtraction of the value at the pole) and an integrable
/// power-law singularity at ν = 0 (sub-Ohmic densities) removed by the substitution ν = b v^k, k s ≥ 1.
/// </summary>
internal static class PrincipalValue
{
    private const double RelTol = 1e-13;

    /// <summary>Interval budget per piece (the default of <see cref="GaussKronrod.Integrate"/>).</summary>
    private const int MaxIntervals = 4000;

    /// <summary>S₀(ω) = P∫₀^∞ J(ν)/(ω − ν) dν by quadrature, for any real ω (S₀(0) = −∫₀^∞ J(ν)/ν dν).</summary>
    public static double Vacuum(ISpectralDensity j, double omega)
    {
        int k = SubstitutionPower(j);
        double scale = j.Scale;
        if (omega == 0.0)
            return -HalfLine(nu => j.Evaluate(nu) / nu, [scale], k);
        double w = Math.Abs(omega);
        if (omega < 0.0)
            return -HalfLine(nu => j.Evaluate(nu) / (w + nu), Sorted([w, scale]), k);
        // P∫₀^{2w} = ∫₀^{w/2} + ∫₀^{w/2} [J(w − u) − J(w + u)]/u du + ∫_{3w/2}^{2w}; the last joins the far part.
        double half = 0.5 * w;
        double near = FromZero(nu => j.Evaluate(nu) / (w - nu), half, k, 0.0);
        double pair = GaussKronrod.Integrate(u => (j.Evaluate(w - u) - j.Evaluate(w + u)) / u, 0.0, half, RelTol);
        double far = FromPoint(nu => j.Evaluate(nu) / (w - nu), 1.5 * w, Sorted([scale, 10.0 * scale]));
        return near + pair + far;
    }

    /// <summary>
    /// Thermal part S_th(ω) = 2ω P∫₀^∞ f(ν)/(ω² − ν²) dν, f = J n, for ω &gt; 0 and T &gt; 0, in the regular form
    /// 2 ∫₀^∞ [f(ωy) − f(ω)]/(1 − y²) dy (ν = ωy; P∫₀^∞ dy/(1 − y²) = 0), which has no 1/ω² to overflow, truncated
    /// where n(ν) &lt; e^{−60} with the tail of the subtracted term added analytically. The absolute floor of the
    /// quadrature is 1e-15 of |S₀(0)| + max|f| over the break points: below it the subtraction f(ωy) − f(ω) is round-off.
    /// </summary>
    public static double Thermal(ISpectralDensity j, double temperature, double w)
    {
        double t = temperature;
        double F(double nu) => nu <= 0.0 ? 0.0 : j.Evaluate(nu) / BoseEinstein.ExpM1(nu / t);
        double fw = F(w);
        double upper = Math.Max(60.0 * t, 4.0 * w) / w;
        double[] points = Sorted([1.0, 2.0, t / w, 40.0 * t / w, j.Scale / w, 10.0 * j.Scale / w]).Where(p => p < upper).Append(upper).ToArray();
        double fmax = points.Max(p => Math.Abs(F(p * w)));
        double floor = 1e-15 * (Math.Abs(j.VacuumLambShift(0.0)) + fmax + Math.Abs(fw));
        double G(double y)
        {
            double den = (1.0 - y) * (1.0 + y);
            return den == 0.0 ? 0.0 : (F(w * y) - fw) / den;
        }
        double integral = FromZero(G, points[0], SubstitutionPower(j), floor);
        for (int i = 1; i < points.Length; i++)
            integral += GaussKronrod.Integrate(G, points[i - 1], points[i], RelTol, MaxIntervals, floor);
        // ∫_Y^∞ −f(ω)/(1 − y²) dy = f(ω) ln((Y + 1)/(Y − 1))/2
        integral += 0.5 * fw * Math.Log(1.0 + 2.0 / (upper - 1.0));
        return 2.0 * integral;
    }

    /// <summary>k = ⌈1/s⌉ for a sub-Ohmic exponent s &lt; 1 (so that ν^{s−1} dν becomes bounded in v), else 1.</summary>
    private static int SubstitutionPower(ISpectralDensity j)
    {
        double s = j.LowFrequencyExponent;
        return s < 1.0 ? (int)Math.Ceiling(1.0 / s - 1e-12) : 1;
    }

    private static double[] Sorted(double[] points) => points.Where(p => p > 0.0 && double.IsFinite(p)).Distinct().Order().ToArray();

    /// <summary>∫₀^∞ g with break points (sorted, positive).</summary>
    private static double HalfLine(Func<double, double> g, double[] points, int k)
    {
        double sum = FromZero(g, points[0], k, 0.0);
        return sum + FromPoint(g, points[0], points.Skip(1).ToArray());
    }

    /// <summary>∫₀^b g(ν) dν with ν = b v^k.</summary>
    private static double FromZero(Func<double, double> g, double b, int k, double absTol)
    {
        if (k == 1)
            return GaussKronrod.Integrate(g, 0.0, b, RelTol, MaxIntervals, absTol);
        double H(double v)
        {
            double vk1 = Math.Pow(v, k - 1);
            double nu = b * vk1 * v;
            return nu > 0.0 ? g(nu) * b * k * vk1 : 0.0;
        }
        return GaussKronrod.Integrate(H, 0.0, 1.0, RelTol, MaxIntervals, absTol);
    }

    /// <summary>∫_a^∞ g (a &gt; 0) over the break points beyond a, then ∫_b^∞ g(ν) dν = ∫₀^1 g(b/t) b/t² dt.</summary>
    private static double FromPoint(Func<double, double> g, double a, double[] points)
    {
        double sum = 0.0;
        double left = a;
        foreach (double p in points.Where(p => p > a))
        {
            sum += GaussKronrod.Integrate(g, left, p, RelTol);
            left = p;
        }
        double b = left;
        double Tail(double t)
        {
            double nu = b / t;
            double value = double.IsFinite(nu) ? g(nu) : 0.0;
            return value == 0.0 ? 0.0 : value * nu / t;
        }
        return sum + GaussKronrod.Integrate(Tail, 0.0, 1.0, RelTol);
    }
}
