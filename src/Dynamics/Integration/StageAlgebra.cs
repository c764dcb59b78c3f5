using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace OpenSystem.Dynamics;

/// <summary>
/// The vector work of an explicit Runge–Kutta step on long state vectors (d² complex numbers): stage combinations
/// y + h Σ a_j k_j, the scaled error norm, and the dense-output polynomial. Every coefficient is real, so complex arrays
/// are handled as interleaved doubles with <see cref="Vector{T}"/>; blocks of 2048 doubles keep the partial sums in L1,
/// and long vectors are split over the cores in chunks whose partial results are summed in chunk order (the result
/// does not depend on the number of threads).
/// </summary>
[SkipLocalsInit]
internal static class StageAlgebra
{
    private const int Block = 2048;          // doubles per L1 block (16 KiB)
    private const int Chunk = 16 * Block;    // doubles per parallel chunk
    private static readonly ParallelOptions One = new() { MaxDegreeOfParallelism = 1 };
    private static readonly ParallelOptions Both = new();

    private static ParallelOptions Threads(int doubles) => doubles >= 4 * Chunk ? Both : One;

    private static Span<double> D(Complex[] a) => MemoryMarshal.Cast<Complex, double>(a.AsSpan());

    /// <summary>target = y + h Σ_j c_j k_j, or h Σ_j c_j k_j when y is null (target may be none of the k_j; it may be y).</summary>
    public static void Combine(Complex[] target, Complex[]? y, double h, Complex[][] ks, double[] cs)
    {
        int n = 2 * target.Length, chunks = (n + Chunk - 1) / Chunk;
        Parallel.For(0, chunks, Threads(n), c =>
        {
            Span<double> acc = stackalloc double[Block];
            int end = Math.Min(n, (c + 1) * Chunk);
            for (int b0 = c * Chunk; b0 < end; b0 += Block)
            {
                int len = Math.Min(Block, end - b0);
                var a = acc[..len];
                Scale(a, D(ks[0]).Slice(b0, len), cs[0]);
                for (int j = 1; j < ks.Length; j++) AddScaled(a, D(ks[j]).Slice(b0, len), cs[j]);
                var t = D(target).Slice(b0, len);
                if (y is null) t.Clear(); else D(y).Slice(b0, len).CopyTo(t);
                AddScaled(t, a, h);
            }
        });
    }

    /// <summary>
    /// RMS over <paramref name="normLength"/> complex entries (y's and structural zeros) of |e_i| / (atol + rtol max(|y_i|, |ŷ_i|)) with e = h Σ_j c_j k_j (Hairer's dopri5 norm).
    /// </summary>
    public static double ErrorNorm(Complex[] y, Complex[] ynew, double h, Complex[][] ks, double[] cs, double atol, double rtol, int normLength)
    {
        int n = 2 * y.Length, chunks = (n + Chunk - 1) / Chunk;
        var partial = new double[chunks];
        Parallel.For(0, chunks, Threads(n), c =>
        {
            Span<double> e = stackalloc double[Block];
            int end = Math.Min(n, (c + 1) * Chunk);
            double s = 0;
            for (int b0 = c * Chunk; b0 < end; b0 += Block)
            {
                int len = Math.Min(Block, end - b0);
                var a = e[..len];
                Scale(a, D(ks[0]).Slice(b0, len), h * cs[0]);
                for (int j = 1; j < ks.Length; j++) AddScaled(a, D(ks[j]).Slice(b0, len), h * cs[j]);
                var yv = D(y).Slice(b0, len); var wv = D(ynew).Slice(b0, len);
                for (int i = 0; i < len; i += 2)
                {
                    double e2 = a[i] * a[i] + a[i + 1] * a[i + 1];
                    double m = Math.Sqrt(Math.Max(yv[i] * yv[i] + yv[i + 1] * yv[i + 1], wv[i] * wv[i] + wv[i + 1] * wv[i + 1]));
                    double sc = atol + rtol * m;
                    s += e2 / (sc * sc);
                }
            }
            partial[c] = s;
        });
        double sum = 0;
        foreach (var p in partial) sum += p;
        return Math.Sqrt(sum / normLength);
    }

    /// <summary>
    /// Dormand–Prince continuous extension at θ (Hairer's CONTD5): out = y + θ(Δ + (1−θ)(b + θ(Δ − h k7 − b + (1−θ) r5))),
    /// Δ = ŷ − y, b = h k1 − Δ.
    /// </summary>
    public static void DenseOutput(Complex[] output, Complex[] y, Complex[] ynew, Complex[] k1, Complex[] k7, Complex[] r5, double h, double theta)
    {
        int n = 2 * y.Length, chunks = (n + Chunk - 1) / Chunk;
        double th1 = 1 - theta;
        Parallel.For(0, chunks, Threads(n), c =>
        {
            int start = c * Chunk, end = Math.Min(n, start + Chunk);
            var o = D(output); var yv = D(y); var wv = D(ynew); var a = D(k1); var b = D(k7); var r = D(r5);
            for (int i = start; i < end; i++)
            {
                double diff = wv[i] - yv[i], bspl = h * a[i] - diff;
                o[i] = yv[i] + theta * (diff + th1 * (bspl + theta * (diff - h * b[i] - bspl + th1 * r[i])));
            }
        });
    }

    /// <summary>target = a x (target may be x).</summary>
    internal static void Scale(Span<double> target, ReadOnlySpan<double> x, double a)
    {
        var va = new Vector<double>(a);
        int i = 0, w = Vector<double>.Count;
        ref double tr = ref MemoryMarshal.GetReference(target); ref double xr = ref MemoryMarshal.GetReference(x);
        for (; i <= target.Length - w; i += w)
            Vector.StoreUnsafe(va * Vector.LoadUnsafe(ref xr, (nuint)i), ref tr, (nuint)i);
        for (; i < target.Length; i++) target[i] = a * x[i];
    }

    /// <summary>target += a x.</summary>
    internal static void AddScaled(Span<double> target, ReadOnlySpan<double> x, double a)
    {
        var va = new Vector<double>(a);
        int i = 0, w = Vector<double>.Count;
        ref double tr = ref MemoryMarshal.GetReference(target); ref double xr = ref MemoryMarshal.GetReference(x);
        for (; i <= target.Length - w; i += w)
            Vector.StoreUnsafe(Vector.FusedMultiplyAdd(va, Vector.LoadUnsafe(ref xr, (nuint)i), Vector.LoadUnsafe(ref tr, (nuint)i)), ref tr, (nuint)i);
        for (; i < target.Length; i++) target[i] += a * x[i];
    }
}
