namespace OpenSystem.Baths;

/// <summary>Globally adaptive Gauss–Kronrod (7, 15) quadrature on finite intervals.</summary>
public static class GaussKronrod
{
    private static readonly double[] Xk =
    [
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.000000000000000000000000000000000,
    ];

    private static readonly double[] Wk =
    [
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
    ];

    private static readonly double[] Wg =
    [
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327,
    ];

    /// <summary>
    /// ∫_a^b f with estimated |error| ≤ max(relTol · ∫_a^b |f|, absTol); throws <see cref="ArithmeticException"/> when it
    /// cannot get within max(1e-9 · ∫_a^b |f|, absTol) of that. The absolute floor absTol is for integrands whose
    /// round-off (a difference of nearly equal values) is known to be far below what the caller needs.
    /// </summary>
    public static double Integrate(Func<double, double> f, double a, double b, double relTol = 1e-13, int maxIntervals = 4000, double absTol = 0.0)
    {
        if (a == b)
        {
            return 0.0;
        }
        var heap = new PriorityQueue<(double A, double B, double I, double E, double Abs), double>();
        var first = Rule(f, a, b);
        heap.Enqueue(first, -first.E);
        double total = first.I, err = first.E, abs = first.Abs;
        int count = 1;
        while (err > Math.Max(relTol * abs, absTol) && count < maxIntervals && err > 1e-300)
        {
            var worst = heap.Dequeue();
            double mid = 0.5 * (worst.A + worst.B);
            var left = Rule(f, worst.A, mid);
            var right = Rule(f, mid, worst.B);
            total += left.I + right.I - worst.I;
            err += left.E + right.E - worst.E;
            abs += left.Abs + right.Abs - worst.Abs;
            heap.Enqueue(left, -left.E);
            heap.Enqueue(right, -right.E);
            count++;
            if (count % 64 == 0)
            {
                // Re-sum to keep round-off in the running totals from drifting.
                total = 0;
                err = 0;
                abs = 0;
                foreach (var (e, _) in heap.UnorderedItems)
                {
                    total += e.I;
                    err += e.E;
                    abs += e.Abs;
                }
            }
        }
        if (!double.IsFinite(total))
            throw new ArithmeticException($"Gauss-Kronrod quadrature on [{a}, {b}] met a non-finite integrand value.");
        if (err > Math.Max(Math.Max(1e-9 * abs, absTol), 1e-300))
            throw new ArithmeticException($"Gauss-Kronrod quadrature on [{a}, {b}] did not converge: error estimate {err:E2}, |integral| {abs:E2}.");
        return total;
    }

    private static (double A, double B, double I, double E, double Abs) Rule(Func<double, double> f, double a, double b)
    {
        double c = 0.5 * (a + b), h = 0.5 * (b - a);
        double fc = f(c);
        double kron = fc * Wk[7], gauss = fc * Wg[3], absSum = Math.Abs(fc) * Wk[7];
        for (int j = 0; j < 7; j++)
        {
            double dx = h * Xk[j];
            double f1 = f(c - dx), f2 = f(c + dx);
            kron += Wk[j] * (f1 + f2);
            absSum += Wk[j] * (Math.Abs(f1) + Math.Abs(f2));
            if (j % 2 == 1)
            {
                gauss += Wg[j / 2] * (f1 + f2);
            }
        }
        double i = kron * h, e = Math.Abs((kron - gauss) * h);
        return (a, b, i, e, Math.Abs(absSum * h));
    }
}
