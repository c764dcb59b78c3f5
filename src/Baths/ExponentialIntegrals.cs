namespace OpenSystem.Baths;

/// <summary>Exponentially scaled exponential integrals, accurate to a few ulps for x &gt; 0.</summary>
public static class ExponentialIntegrals
{
    private const double EulerGamma = 0.57721566490153286061;

    /// <summary>e^{−x} Ei(x) for x &gt; 0.</summary>
    public static double ScaledEi(double x)
    {
        if (!(x > 0.0))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "ScaledEi needs x > 0.");
        }
        if (x > 40.0)
        {
            // Asymptotic series e^{-x} Ei(x) ~ (1/x) Σ k!/x^k; at x > 40 the smallest term is below 1e-16.
            double sum = 1.0, term = 1.0;
            for (int k = 1; k < 60; k++)
            {
                double next = term * k / x;
                if (next > term)
                {
                    break;
                }
                term = next;
                sum += term;
                if (term < 1e-17 * sum)
                {
                    break;
                }
            }
            return sum / x;
        }
        // Ei(x) = γ + ln x + Σ_{k≥1} x^k / (k k!); all terms positive for x > 0.
        double s = 0.0, t = 1.0;
        for (int k = 1; k < 500; k++)
        {
            t *= x / k;
            double add = t / k;
            s += add;
            if (add < 1e-17 * s)
            {
                break;
            }
        }
        return Math.Exp(-x) * (EulerGamma + Math.Log(x) + s);
    }

    /// <summary>e^{x} E₁(x) for x &gt; 0.</summary>
    public static double ScaledE1(double x)
    {
        if (!(x > 0.0))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "ScaledE1 needs x > 0.");
        }
        if (x <= 1.0)
        {
            // E1(x) = -γ - ln x - Σ_{k≥1} (-x)^k / (k k!)
            double s = 0.0, t = 1.0;
            for (int k = 1; k < 100; k++)
            {
                t *= -x / k;
                double add = t / k;
                s += add;
                if (Math.Abs(add) < 1e-18)
                {
                    break;
                }
            }
            return Math.Exp(x) * (-EulerGamma - Math.Log(x) - s);
        }
        // Continued fraction (modified Lentz), Numerical Recipes 6.3 with n = 1.
        const double tiny = 1e-300;
        double b = x + 1.0, c = 1.0 / tiny, d = 1.0 / b, h = d;
        for (int i = 1; i < 1000; i++)
        {
            double an = -(double)i * i;
            b += 2.0;
            d = 1.0 / (an * d + b);
            c = b + an / c;
            double del = c * d;
            h *= del;
            if (Math.Abs(del - 1.0) < 1e-16)
            {
                break;
            }
        }
        return h;
    }
}
