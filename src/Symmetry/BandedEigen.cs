namespace OpenSystem.Symmetry;

/// <summary>
/// Eigenpairs of a real symmetric band matrix (half-bandwidth b) in O(n² b) for the eigenvalues and O(n b²) per eigenvector,
/// instead of the O(n³) of a dense solver: (1) band → tridiagonal by Givens rotations with bulge chasing (Schwarz 1968;
/// LAPACK dsbtrd without Q), (2) implicit QL on the tridiagonal matrix (eigenvalues only; Wilkinson and Reinsch, tql1),
/// (3) inverse iteration on the band matrix with partial-pivot band LU, re-orthogonalised inside clusters of close
/// eigenvalues (LAPACK dstein's scheme). The matrix is stored densely (row-major, n × n) but only the band is touched.
/// </summary>
internal static class BandedEigen
{
    private const double Epsilon = 2.220446049250313e-16;

    /// <summary>Eigenvalues closer than this fraction of ‖A‖ form a cluster (re-orthogonalised; kept or dropped together).</summary>
    public const double ClusterGap = 1e-5;

    /// <summary>Eigenvalues, ascending.</summary>
    public static double[] Eigenvalues(double[] a, int n, int b)
    {
        var t = (double[])a.Clone();
        Tridiagonalise(t, n, b);
        var d = new double[n];
        var e = new double[n];
        for (int i = 0; i < n; i++)
        {
            d[i] = t[i * n + i];
            e[i] = i + 1 < n ? t[(i + 1) * n + i] : 0;
        }
        OpenSystem.Dynamics.TridiagonalEigenvalues.QlImplicit(d, e);
        Array.Sort(d);
        return d;
    }

    /// <summary>Unit eigenvectors for the given ascending eigenvalues of the band matrix <paramref name="a"/>.</summary>
    public static double[][] Eigenvectors(double[] a, int n, int b, IReadOnlyList<double> values, double norm)
    {
        var vectors = new double[values.Count][];
        double cluster = ClusterGap * norm, separate = 10 * Epsilon * norm;
        int start = 0;
        double previous = double.NegativeInfinity;
        for (int k = 0; k < values.Count; k++)
        {
            if (k > 0 && values[k] - values[k - 1] > cluster)
                start = k;
            double shift = Math.Max(values[k], previous + separate);
            previous = shift;
            vectors[k] = Inverse(a, n, b, shift, norm, vectors, start, k);
        }
        return vectors;
    }

    private static double[] Inverse(double[] a, int n, int b, double shift, double norm, double[][] done, int start, int k)
    {
        var lu = new BandLu(a, n, b, shift, Epsilon * norm);
        var x = new double[n];
        for (int i = 0; i < n; i++)
            x[i] = 1.0 + 0.1 * Math.Sin(1.0 + i * 0.7 + k);
        for (int iteration = 0; iteration < 3; iteration++)
        {
            Normalise(x);
            lu.Solve(x);
            for (int p = start; p < k; p++)
                Subtract(x, done[p]);
        }
        Normalise(x);
        return x;
    }

    private static void Subtract(double[] x, double[] v)
    {
        double dot = 0;
        for (int i = 0; i < x.Length; i++)
            dot += x[i] * v[i];
        for (int i = 0; i < x.Length; i++)
            x[i] -= dot * v[i];
    }

    private static void Normalise(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
            s += x[i] * x[i];
        s = 1 / Math.Sqrt(s);
        for (int i = 0; i < x.Length; i++)
            x[i] *= s;
    }

    /// <summary>Reduces the symmetric band matrix to tridiagonal form in place (similarity by Givens rotations).</summary>
    private static void Tridiagonalise(double[] a, int n, int b)
    {
        for (int j = 0; j < n - 2; j++)
            for (int i = Math.Min(j + b, n - 1); i >= j + 2; i--)
            {
                Rotate(a, n, b, i - 1, i, j);
                // The rotation of rows/columns (i − 1, i) fills (r, r − b − 1), r = i + b: chase it down the band.
                for (int r = i + b; r < n; r += b)
                    Rotate(a, n, b, r - 1, r, r - b - 1);
            }
    }

    /// <summary>Rotation in the plane (p, q = p + 1) zeroing a[q, col], applied as G A Gᵀ inside the band window.</summary>
    private static void Rotate(double[] a, int n, int b, int p, int q, int col)
    {
        double x = a[p * n + col], y = a[q * n + col];
        if (y == 0)
            return;
        double r = Math.Sqrt(x * x + y * y), c = x / r, s = y / r;
        // Rows and columns p, q hold the band plus at most one bulge element at distance b + 1.
        int lo = Math.Max(0, p - b - 1), hi = Math.Min(n - 1, q + b + 1);
        for (int k = lo; k <= hi; k++)
        {
            double u = a[p * n + k], v = a[q * n + k];
            a[p * n + k] = c * u + s * v;
            a[q * n + k] = -s * u + c * v;
        }
        for (int k = lo; k <= hi; k++)
        {
            double u = a[k * n + p], v = a[k * n + q];
            a[k * n + p] = c * u + s * v;
            a[k * n + q] = -s * u + c * v;
        }
        a[q * n + col] = 0;
        a[col * n + q] = 0;
    }
}
