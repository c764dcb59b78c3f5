namespace OpenSystem.Baths;

/// <summary>Bose–Einstein statistics, n(ω) = 1/(e^{ω/T} − 1), with the T = 0 limit taken explicitly.</summary>
public static class BoseEinstein
{
    /// <summary>Mean occupation n(ω) of a mode of frequency ω &gt; 0 at temperature T ≥ 0 (k_B = 1); n = 0 at T = 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">ω ≤ 0 (n diverges at ω = 0) or T negative.</exception>
    public static double Occupation(double omega, double temperature)
    {
        if (!(omega > 0.0))
        {
            Throw.OutOfRange(nameof(omega), omega, "Occupation needs a mode frequency > 0; n(w) diverges at w = 0.");
        }
        if (!(temperature >= 0.0))
        {
            Throw.OutOfRange(nameof(temperature), temperature, "Temperature must be >= 0.");
        }
        if (temperature == 0.0)
        {
            return 0.0;
        }
        return 1.0 / ExpM1(omega / temperature);
    }

    /// <summary>e^x − 1 without cancellation for small |x| (Kahan's trick).</summary>
    public static double ExpM1(double x)
    {
        if (Math.Abs(x) < 1e-5)
        {
            return x + 0.5 * x * x + x * x * x / 6.0;
        }
        double u = Math.Exp(x);
        if (u == 1.0)
        {
            return x;
        }
        double um1 = u - 1.0;
        if (um1 == -1.0)
        {
            return -1.0;
        }
        if (double.IsPositiveInfinity(u))
        {
            return u;
        }
        return um1 * x / Math.Log(u);
    }
}
