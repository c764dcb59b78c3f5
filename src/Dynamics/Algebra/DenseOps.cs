using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Complex;

namespace OpenSystem.Dynamics;

/// <summary>
/// Dense complex kernels on column-major d × d matrices. The one place that multiplies matrices, so a faster
/// product (SIMD or native BLAS) can be dropped in without touching the generators.
/// </summary>
public static class DenseOps
{
    /// <summary>C = A B (SIMD kernel <see cref="ComplexGemm"/>; MathNet's managed product runs at 5-7 GFLOP/s here).</summary>
    public static void Multiply(Matrix<Complex> a, Matrix<Complex> b, Matrix<Complex> c)
    {
        if (a is DenseMatrix da && b is DenseMatrix db && c is DenseMatrix dc)
            ComplexGemm.Multiply(da.Values, db.Values, dc.Values, a.RowCount, a.ColumnCount, b.ColumnCount);
        else a.Multiply(b, c);
    }

    /// <summary>C += A B.</summary>
    public static void MultiplyAdd(Matrix<Complex> a, Matrix<Complex> b, Matrix<Complex> c)
    {
        if (a is DenseMatrix da && b is DenseMatrix db && c is DenseMatrix dc)
            ComplexGemm.MultiplyAdd(da.Values, db.Values, dc.Values, a.RowCount, a.ColumnCount, b.ColumnCount);
        else c.Add(a * b, c);
    }

    /// <summary>
    /// Real product A B through the complex kernel: B's columns are paired into complex columns (B[:, 2j] + i B[:, 2j+1]),
    /// so one complex product gives two real columns. Half the kernel's arithmetic is wasted on A's zero imaginary part,
    /// which still leaves it several times faster than MathNet's managed real product on this machine.
    /// </summary>
    public static Matrix<double> MultiplyReal(Matrix<double> a, Matrix<double> b)
    {
        int m = a.RowCount, k = a.ColumnCount, n = b.ColumnCount, half = (n + 1) / 2;
        var ac = new Complex[m * k];
        var av = a.AsColumnMajorArray() ?? a.ToColumnMajorArray();
        for (int i = 0; i < ac.Length; i++) ac[i] = av[i];
        var bv = b.AsColumnMajorArray() ?? b.ToColumnMajorArray();
        var bc = new Complex[k * half];
        for (int j = 0; j < half; j++)
            for (int i = 0; i < k; i++)
                bc[i + j * k] = new Complex(bv[i + 2 * j * k], 2 * j + 1 < n ? bv[i + (2 * j + 1) * k] : 0.0);
        var cc = new Complex[m * half];
        ComplexGemm.Multiply(ac, bc, cc, m, k, half);
        var c = new double[m * n];
        for (int j = 0; j < half; j++)
            for (int i = 0; i < m; i++)
            {
                c[i + 2 * j * m] = cc[i + j * m].Real;
                if (2 * j + 1 < n) c[i + (2 * j + 1) * m] = cc[i + j * m].Imaginary;
            }
        return Matrix<double>.Build.Dense(m, n, c);
    }

    /// <summary>y = A x for a dense real matrix (column-major axpy sweeps, SIMD; MathNet's managed product is ~50× slower at n = 256).</summary>
    public static void MultiplyVector(Matrix<double> a, double[] x, double[] y)
    {
        int m = a.RowCount, n = a.ColumnCount;
        var av = a.AsColumnMajorArray() ?? a.ToColumnMajorArray();
        var ys = y.AsSpan(0, m);
        ys.Clear();
        int w = System.Numerics.Vector<double>.Count;
        for (int j = 0; j < n; j++)
        {
            double xj = x[j];
            if (xj == 0) continue;
            var col = av.AsSpan(j * m, m);
            var vx = new System.Numerics.Vector<double>(xj);
            int i = 0;
            for (; i <= m - w; i += w)
                System.Numerics.Vector.FusedMultiplyAdd(vx, new System.Numerics.Vector<double>(col[i..]), new System.Numerics.Vector<double>(ys[i..])).CopyTo(ys[i..]);
            for (; i < m; i++) ys[i] += xj * col[i];
        }
    }

    /// <summary>New zero d × d matrix.</summary>
    public static DenseMatrix Zeros(int d) => new(d, d);

    /// <summary>Column-major storage of a dense matrix.</summary>
    public static Complex[] Values(Matrix<Complex> m) => ((DenseMatrix)m).Values;

    /// <summary>target = Y + Y†.</summary>
    public static void SumWithAdjoint(Matrix<Complex> y, Matrix<Complex> target) =>
        PermutationKernels.SumWithAdjoint(Values(y), Values(target), y.RowCount);

    /// <summary>target += Y†.</summary>
    public static void AddAdjoint(Matrix<Complex> y, Matrix<Complex> target)
    {
        int d = y.RowCount;
        var yv = Values(y); var tv = Values(target);
        for (int j = 0; j < d; j++)
            for (int i = 0; i < d; i++)
                tv[i + j * d] += Complex.Conjugate(yv[j + i * d]);
    }

    /// <summary>target += s · Y.</summary>
    public static void AddScaled(Matrix<Complex> y, Complex s, Matrix<Complex> target)
    {
        var yv = Values(y); var tv = Values(target);
        for (int i = 0; i < yv.Length; i++) tv[i] += s * yv[i];
    }

    /// <summary>‖A − A†‖_max, the largest deviation from Hermiticity.</summary>
    public static double AntiHermitianMax(Matrix<Complex> m)
    {
        int d = m.RowCount; var v = Values(m); double worst = 0;
        for (int j = 0; j < d; j++)
            for (int i = 0; i <= j; i++)
                worst = Math.Max(worst, (v[i + j * d] - Complex.Conjugate(v[j + i * d])).Magnitude);
        return worst;
    }

    /// <summary>Whether every entry is real to within <paramref name="tolerance"/>.</summary>
    public static bool IsReal(Matrix<Complex> m, double tolerance = 0.0) => Values(m).All(z => Math.Abs(z.Imaginary) <= tolerance);

    /// <summary>Frobenius norm of a flat vector.</summary>
    public static double Norm(ReadOnlySpan<Complex> v)
    {
        double s = 0; foreach (var z in v) s += z.Real * z.Real + z.Imaginary * z.Imaginary; return Math.Sqrt(s);
    }

    /// <summary>Tr(A B) for column-major d × d matrices, O(d²).</summary>
    public static Complex TraceOfProduct(Matrix<Complex> a, Matrix<Complex> b)
    {
        int d = a.RowCount; var av = Values(a); var bv = Values(b); Complex s = 0;
        for (int i = 0; i < d; i++)
            for (int k = 0; k < d; k++)
                s += av[i + k * d] * bv[k + i * d];
        return s;
    }

    /// <summary>Tr ρ.</summary>
    public static Complex Trace(Matrix<Complex> m) { Complex s = 0; for (int i = 0; i < m.RowCount; i++) s += m[i, i]; return s; }
}
