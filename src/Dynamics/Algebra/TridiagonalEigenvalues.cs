namespace OpenSystem.Dynamics;

/// <summary>
/// Eigenvalues of a real symmetric tridiagonal matrix by the implicit QL iteration with Wilkinson shifts (Wilkinson and
/// Reinsch, tql1; eigenvalues only), O(n²) in all. Backward stable: each eigenvalue is exact for a tridiagonal matrix
/// within a few ε ‖T‖ of the given one. Used after a reduction to tridiagonal form (band or dense Householder).
/// </summary>
public static class TridiagonalEigenvalues
{
    private const double Epsilon = 2.220446049250313e-16;

    /// <summary>QL iterations allowed per eigenvalue (one to three are typical).</summary>
    public const int MaxIterations = 100;

    /// <summary>
    /// Overwrites <paramref name="d"/> with the eigenvalues (in no particular order) of the tridiagonal matrix with diagonal
    /// <paramref name="d"/> and off-diagonal e[i] = T[i + 1, i] (i &lt; n − 1; e[n − 1] is ignored); <paramref name="e"/> is
    /// destroyed.
    /// </summary>
    /// <exception cref="ArgumentException">e is shorter than d.</exception>
    /// <exception cref="ArithmeticException">The iteration did not converge within <see cref="MaxIterations"/> for some eigenvalue.</exception>
    public static void QlImplicit(double[] d, double[] e)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(e);
        int n = d.Length;
        if (e.Length < n)
            throw new ArgumentException($"The off-diagonal needs {n} entries (the last ignored), got {e.Length}.", nameof(e));
        if (n > 0)
            e[n - 1] = 0;
        for (int l = 0; l < n; l++)
        {
            int iterations = 0;
            while (true)
            {
                int m = l;
                while (m < n - 1 && Math.Abs(e[m]) > Epsilon * (Math.Abs(d[m]) + Math.Abs(d[m + 1])))
                    m++;
                if (m == l)
                    break;
                if (++iterations > MaxIterations)
                    throw new ArithmeticException($"Tridiagonal QL did not converge for eigenvalue {l} of {n} after {MaxIterations} iterations.");
                double g = (d[l + 1] - d[l]) / (2 * e[l]);
                double r = Math.Sqrt(g * g + 1);
                g = d[m] - d[l] + e[l] / (g + (g >= 0 ? r : -r));
                double s = 1;
                double c = 1;
                double p = 0;
                bool underflow = false;
                for (int i = m - 1; i >= l; i--)
                {
                    double f = s * e[i];
                    double bb = c * e[i];
                    r = Math.Sqrt(f * f + g * g);
                    e[i + 1] = r;
                    if (r == 0)
                    {
                        d[i + 1] -= p;
                        e[m] = 0;
                        underflow = true;
                        break;
                    }
                    s = f / r;
                    c = g / r;
                    g = d[i + 1] - p;
                    r = (d[i] - g) * s + 2 * c * bb;
                    p = s * r;
                    d[i + 1] = g + p;
                    g = c * r - bb;
                }
                if (underflow)
                    continue;
                d[l] -= p;
                e[l] = g;
                e[m] = 0;
            }
        }
    }
}
