using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace OpenSystem.Dynamics;

/// <summary>
/// The weights of a <see cref="WeightedPermutation"/> laid out for SIMD: Re and Im of every weight duplicated
/// (w_r0, w_r0, w_r1, w_r1, ...) so that one FMADDSUB forms two interleaved complex products.
/// </summary>
internal sealed class PackedPermutation
{
    public PackedPermutation(WeightedPermutation p)
    {
        Flip = p.Flip;
        Weights = p.Weights;
        int n = p.Weights.Length;
        Re = new double[2 * n]; Im = new double[2 * n];
        bool real = true;
        for (int i = 0; i < n; i++)
        {
            Re[2 * i] = Re[2 * i + 1] = p.Weights[i].Real;
            Im[2 * i] = Im[2 * i + 1] = p.Weights[i].Imaginary;
            real &= p.Weights[i].Imaginary == 0;
        }
        IsReal = real;
        Run = Flip == 0 ? n : Flip & -Flip;
        if (Run >= 2)
        {
            var runWeights = new Complex[n / Run];
            bool constant = true;
            for (int r = 0; r < runWeights.Length && constant; r++)
            {
                runWeights[r] = p.Weights[r * Run];
                for (int i = r * Run + 1; i < (r + 1) * Run && constant; i++) constant = p.Weights[i] == runWeights[r];
            }
            if (constant) RunWeights = runWeights;
        }
    }

    /// <summary>Length of the runs i0 .. i0 + Run − 1 (i0 a multiple of Run) that i ↦ i ⊕ f maps onto contiguous runs: the
    /// lowest set bit of f (n when f = 0).</summary>
    public int Run { get; }

    /// <summary>
    /// One weight per run when the weights are constant on every run (X strings, σ^±, projectors on higher qubits): the
    /// kernel then multiplies by a broadcast constant and skips runs of zeros; null otherwise.
    /// </summary>
    public Complex[]? RunWeights { get; }

    /// <summary>The flip mask f: W|i⟩ = w_i |i ⊕ f⟩.</summary>
    public int Flip { get; }

    /// <summary>The weights w_i.</summary>
    public Complex[] Weights { get; }

    /// <summary>Duplicated real parts.</summary>
    public double[] Re { get; }

    /// <summary>Duplicated imaginary parts.</summary>
    public double[] Im { get; }

    /// <summary>Every weight is real (one multiply instead of a complex product).</summary>
    public bool IsReal { get; }
}

/// <summary>
/// y[i ⊕ f] += c · w_i · x_i over a column of length n = 2^k: the inner loop of every Pauli-string (weighted permutation)
/// product. Runs of length lowbit(f) map to contiguous runs, so the loop is vectorised over pairs of interleaved complex
/// numbers (Vector256 + FMA); when f flips the lowest bit the two complex numbers of a vector swap places. Scalar loop
/// where AVX2/FMA are missing.
/// </summary>
[SkipLocalsInit]
internal static class PermutationKernels
{
    private static readonly bool Simd = Fma.IsSupported && Avx.IsSupported;

    /// <summary>y[i ⊕ f] += w_i x_i.</summary>
    public static void MulAdd(Span<Complex> y, ReadOnlySpan<Complex> x, PackedPermutation w) => MulAdd(y, x, w, Complex.One);

    /// <summary>y[i ⊕ f] += c w_i x_i.</summary>
    public static void MulAdd(Span<Complex> y, ReadOnlySpan<Complex> x, PackedPermutation w, Complex c)
    {
        int n = x.Length, f = w.Flip;
        if (!Simd || n < 2)
        {
            var ws = w.Weights;
            for (int i = 0; i < n; i++) y[i ^ f] += c * ws[i] * x[i];
            return;
        }
        ref double xr = ref Unsafe.As<Complex, double>(ref MemoryMarshal.GetReference(x));
        ref double yr = ref Unsafe.As<Complex, double>(ref MemoryMarshal.GetReference(y));
        ref double wr = ref MemoryMarshal.GetArrayDataReference(w.Re);
        ref double wi = ref MemoryMarshal.GetArrayDataReference(w.Im);
        bool scaled = c != Complex.One, real = w.IsReal;
        var cr = Vector256.Create(c.Real); var ci = Vector256.Create(c.Imaginary);
        int low = f & -f;
        if (low == 1)
        {
            // pair (i, i + 1) lands on (j + 1, j), j = i ⊕ (f − 1): swap the two 128-bit halves
            int g = f - 1;
            for (int i = 0; i < n; i += 2)
            {
                var p = Product(ref xr, ref wr, ref wi, 2 * (nuint)i, real, scaled, cr, ci);
                p = Avx.Permute2x128(p, p, 0x01);
                nuint o = 2 * (nuint)(i ^ g);
                (Vector256.LoadUnsafe(ref yr, o) + p).StoreUnsafe(ref yr, o);
            }
            return;
        }
        int run = w.Run;
        if (w.RunWeights is { } rw)
        {
            for (int r = 0; r < rw.Length; r++)
            {
                var z = c * rw[r];
                if (z == Complex.Zero) continue;
                var zr = Vector256.Create(z.Real); var zi = Vector256.Create(z.Imaginary);
                nuint src = 2 * (nuint)(r * run), dst = 2 * (nuint)((r * run) ^ f);
                if (z.Imaginary == 0)
                    for (nuint t = 0; t < 2 * (nuint)run; t += 4)
                        Fma.MultiplyAdd(Vector256.LoadUnsafe(ref xr, src + t), zr, Vector256.LoadUnsafe(ref yr, dst + t)).StoreUnsafe(ref yr, dst + t);
                else
                    for (nuint t = 0; t < 2 * (nuint)run; t += 4)
                    {
                        var v = Vector256.LoadUnsafe(ref xr, src + t);
                        var p = Fma.MultiplyAddSubtract(v, zr, Avx.Permute(v, 0b0101) * zi);
                        (Vector256.LoadUnsafe(ref yr, dst + t) + p).StoreUnsafe(ref yr, dst + t);
                    }
            }
            return;
        }
        for (int i0 = 0; i0 < n; i0 += run)
        {
            nuint src = 2 * (nuint)i0, dst = 2 * (nuint)(i0 ^ f);
            for (nuint t = 0; t < 2 * (nuint)run; t += 4)
            {
                var p = Product(ref xr, ref wr, ref wi, src + t, real, scaled, cr, ci);
                (Vector256.LoadUnsafe(ref yr, dst + t) + p).StoreUnsafe(ref yr, dst + t);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Product(ref double xr, ref double wr, ref double wi, nuint o, bool real, bool scaled,
        Vector256<double> cr, Vector256<double> ci)
    {
        var x = Vector256.LoadUnsafe(ref xr, o);
        var p = real
            ? x * Vector256.LoadUnsafe(ref wr, o)
            : Fma.MultiplyAddSubtract(x, Vector256.LoadUnsafe(ref wr, o), Avx.Permute(x, 0b0101) * Vector256.LoadUnsafe(ref wi, o));
        return scaled ? Fma.MultiplyAddSubtract(p, cr, Avx.Permute(p, 0b0101) * ci) : p;
    }

    /// <summary>T = Y + Y† for d × d column-major matrices, in 8 × 8 tiles: the transposed read strides by d, and
    /// at d = 2^k every column of a wider tile falls in the same L1 set.</summary>
    public static void SumWithAdjoint(Complex[] y, Complex[] target, int d) => SumWithAdjoint(y, 0, target, 0, d);

    /// <summary>T = Y + Y† for d × d column-major blocks stored at the given offsets.</summary>
    public static void SumWithAdjoint(Complex[] y, int yOffset, Complex[] target, int targetOffset, int d)
    {
        const int tile = 8;
        int blocks = (d + tile - 1) / tile;
        System.Threading.Tasks.Parallel.For(0, blocks, Threads(d), jb =>
        {
            int j1 = Math.Min(d, (jb + 1) * tile);
            for (int ib = 0; ib < blocks; ib++)
            {
                int i1 = Math.Min(d, (ib + 1) * tile);
                for (int j = jb * tile; j < j1; j++)
                    for (int i = ib * tile; i < i1; i++)
                        target[targetOffset + i + j * d] = y[yOffset + i + j * d] + Complex.Conjugate(y[yOffset + j + i * d]);
            }
        });
    }

    /// <summary>Both cores for d ≥ 128, one thread below (Ising protocol N = 7, blocks of 64: 4.7–5.5 s serial against 5.9–6.2 s on two threads).</summary>
    public static ParallelOptions Threads(int d) => d >= 128 ? Both : One;

    private static readonly ParallelOptions Both = new();
    private static readonly ParallelOptions One = new() { MaxDegreeOfParallelism = 1 };
}
