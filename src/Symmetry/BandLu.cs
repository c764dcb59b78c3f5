namespace OpenSystem.Symmetry;

/// <summary>
/// LU factorisation with partial pivoting of A − σ I for a band matrix A (half-bandwidth b; after pivoting U has upper
/// bandwidth 2b), as in LAPACK dgbtf2; a zero pivot is replaced by a tiny one (inverse iteration expects A − σ I singular).
/// </summary>
internal sealed class BandLu
{
    private readonly int _n, _b, _w;
    private readonly double[] _u;      // row i holds columns i .. i + 2b
    private readonly double[] _l;      // column k holds rows k + 1 .. k + b
    private readonly int[] _pivot;

    public BandLu(double[] a, int n, int b, double shift, double tiny)
    {
        _n = n;
        _b = b;
        _w = 3 * b + 1;
        // Work rows hold columns i − b .. i + 2b (index column − i + b).
        var m = new double[n * _w];
        for (int i = 0; i < n; i++)
            for (int j = Math.Max(0, i - b); j <= Math.Min(n - 1, i + b); j++)
                m[i * _w + j - i + b] = a[i * n + j] - (i == j ? shift : 0);
        _l = new double[n * b];
        _pivot = new int[n];
        for (int k = 0; k < n; k++)
        {
            int last = Math.Min(n - 1, k + b), p = k;
            for (int i = k + 1; i <= last; i++)
                if (Math.Abs(m[i * _w + k - i + b]) > Math.Abs(m[p * _w + k - p + b]))
                    p = i;
            _pivot[k] = p;
            int right = Math.Min(n - 1, k + 2 * b);
            if (p != k)
                for (int j = k; j <= right; j++)
                    (m[k * _w + j - k + b], m[p * _w + j - p + b]) = (m[p * _w + j - p + b], m[k * _w + j - k + b]);
            ref double pivot = ref m[k * _w + b];
            if (Math.Abs(pivot) < tiny)
                pivot = tiny;
            for (int i = k + 1; i <= last; i++)
            {
                double f = m[i * _w + k - i + b] / pivot;
                _l[k * b + i - k - 1] = f;
                if (f == 0)
                    continue;
                for (int j = k + 1; j <= right; j++)
                    m[i * _w + j - i + b] -= f * m[k * _w + j - k + b];
            }
        }
        _u = m;
    }

    /// <summary>Overwrites x with (A − σ I)⁻¹ x.</summary>
    public void Solve(double[] x)
    {
        int n = _n, b = _b;
        for (int k = 0; k < n; k++)
        {
            int p = _pivot[k];
            if (p != k)
                (x[k], x[p]) = (x[p], x[k]);
            for (int i = k + 1; i <= Math.Min(n - 1, k + b); i++)
                x[i] -= _l[k * b + i - k - 1] * x[k];
        }
        for (int k = n - 1; k >= 0; k--)
        {
            double s = x[k];
            for (int j = k + 1; j <= Math.Min(n - 1, k + 2 * b); j++)
                s -= _u[k * _w + j - k + b] * x[j];
            x[k] = s / _u[k * _w + b];
        }
    }
}
