using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace OpenSystem.Dynamics;

/// <summary>
/// Managed SIMD complex matrix product C = A B (or C += A B) on column-major, interleaved
/// <see cref="Complex"/> storage: exactly the layout of MathNet's <c>DenseMatrix.Values</c>, element (i, j) of an
/// m × n matrix at index i + j m.
/// </summary>
/// <remarks>
/// GotoBLAS/BLIS structure: B is packed in KC × NC blocks of NR-column micro-panels, A in MC × KC blocks of MR-row
/// micro-panels (both zero-padded, so ragged edges cost only wasted flops), and a register micro-kernel accumulates an
/// MR × NR tile of C over KC. Complex arithmetic stays interleaved: a vector of A holds (re, im) pairs of consecutive
/// rows, and for each column of the tile two accumulators collect A·Re(b) and A·Im(b); the swap and sign that turn
/// them into the complex product are applied once per tile, so the inner loop is pure FMAs.
/// Paths: Vector512 (MR = 8, NR = 4) when <see cref="Vector512.IsHardwareAccelerated"/>; Vector256 (MR = 4, NR = 3)
/// when <see cref="Vector256.IsHardwareAccelerated"/> and FMA is available; a scalar kernel (MR = NR = 2) otherwise.
/// </remarks>
[SkipLocalsInit]
internal static unsafe class ComplexGemm
{
    internal enum KernelPath { Scalar = 0, Vector256 = 1, Vector512 = 2 }

    /// <summary>The fastest path this machine supports; the one <see cref="Multiply(ReadOnlySpan{Complex}, ReadOnlySpan{Complex}, Span{Complex}, int, int, int)"/> uses.</summary>
    internal static readonly KernelPath BestPath = DetectPath();

    private static KernelPath DetectPath()
    {
        if (Vector512.IsHardwareAccelerated) return KernelPath.Vector512;
        if (Vector256.IsHardwareAccelerated && Fma.IsSupported) return KernelPath.Vector256;
        return KernelPath.Scalar;
    }

    // Block sizes in complex elements. KC × NR of B (one micro-panel) should sit in L1, MC × KC of A in L2.
    private const int KC = 256;
    private const int MC = 96;
    private const int NC = 1536;
    private const int MaxMr = 8;
    private const int MaxNr = 4;

    /// <summary>Up to this many complex multiply-adds (m n k) a plain loop beats packing (measured: 120 vs 170 ns at
    /// d = 4, 580 vs 480 ns at d = 6).</summary>
    private const long SmallThreshold = 64;

    /// <summary>Threads used by default from <see cref="ParallelThreshold"/> on.</summary>
    private const int MaxThreads = 2;

    /// <summary>From this many complex multiply-adds (m n k, here 128³) on, the product uses up to <see cref="MaxThreads"/>
    /// threads. Measured on the 2-vCPU machine: with the other vCPU idle, two threads gave 1.4–1.7× from d = 64 up; with
    /// it busy, two threads lost 10–25 % at d = 64–112 and broke even from d = 128 on.</summary>
    private const long ParallelThreshold = 128 * 128 * 128;

    /// <summary>C = A B. a: m × k, b: k × n, c: m × n, all column-major; c must not overlap a or b.</summary>
    internal static void Multiply(ReadOnlySpan<Complex> a, ReadOnlySpan<Complex> b, Span<Complex> c, int m, int k, int n)
        => Run(a, b, c, m, k, n, accumulate: false, BestPath, DefaultThreads(m, k, n));

    /// <summary>C += A B. a: m × k, b: k × n, c: m × n, all column-major; c must not overlap a or b.</summary>
    internal static void MultiplyAdd(ReadOnlySpan<Complex> a, ReadOnlySpan<Complex> b, Span<Complex> c, int m, int k, int n)
        => Run(a, b, c, m, k, n, accumulate: true, BestPath, DefaultThreads(m, k, n));

    /// <summary>Explicit path and thread count, for tests and benchmarks. A path the hardware does not accelerate still
    /// runs correctly (the runtime emulates the vector operations) but slowly.</summary>
    internal static void Multiply(ReadOnlySpan<Complex> a, ReadOnlySpan<Complex> b, Span<Complex> c, int m, int k, int n,
        bool accumulate, KernelPath path, int threads)
        => Run(a, b, c, m, k, n, accumulate, path, threads);

    private static int DefaultThreads(int m, int k, int n)
        => (long)m * k * n >= ParallelThreshold ? Math.Min(MaxThreads, Environment.ProcessorCount) : 1;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Run(ReadOnlySpan<Complex> a, ReadOnlySpan<Complex> b, Span<Complex> c, int m, int k, int n,
        bool accumulate, KernelPath path, int threads)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(m);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (a.Length < (long)m * k) throw new ArgumentException($"a holds {a.Length} elements, needs m*k = {(long)m * k}.", nameof(a));
        if (b.Length < (long)k * n) throw new ArgumentException($"b holds {b.Length} elements, needs k*n = {(long)k * n}.", nameof(b));
        if (c.Length < (long)m * n) throw new ArgumentException($"c holds {c.Length} elements, needs m*n = {(long)m * n}.", nameof(c));
        a = a[..(m * k)]; b = b[..(k * n)]; c = c[..(m * n)];
        if (c.Overlaps(a) || c.Overlaps(b)) throw new ArgumentException("c must not overlap a or b.", nameof(c));
        if (m == 0 || n == 0) return;
        if (k == 0) { if (!accumulate) c.Clear(); return; }
        if ((long)m * k * n <= SmallThreshold) { SmallProduct(a, b, c, m, k, n, accumulate); return; }

        int mr = Mr(path), nr = Nr(path);
        threads = Math.Max(1, threads);
        fixed (Complex* pa = a, pb = b, pc = c)
        {
            if (threads == 1 || m >= 2 * mr * threads || n < 2 * nr * threads)
            {
                // Usual case: B is packed once and the row blocks of C are shared out between threads.
                Gemm(path, (double*)pa, (double*)pb, (double*)pc, m, k, 0, n, accumulate, m >= 2 * mr * threads ? threads : 1);
                return;
            }
            // Few rows, many columns: split the columns of C in whole micro-panels, each thread packing its own B.
            int chunk = RoundUp((n + threads - 1) / threads, nr);
            int parts = (n + chunk - 1) / chunk;
            nint ia = (nint)pa, ib = (nint)pb, ic = (nint)pc;
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
            {
                int j0 = t * chunk, j1 = Math.Min(n, j0 + chunk);
                Gemm(path, (double*)ia, (double*)ib, (double*)ic, m, k, j0, j1, accumulate, 1);
            });
        }
    }

    /// <summary>Axpy-ordered loop for tiny products, where packing would cost more than the arithmetic.</summary>
    private static void SmallProduct(ReadOnlySpan<Complex> a, ReadOnlySpan<Complex> b, Span<Complex> c, int m, int k, int n, bool accumulate)
    {
        if (!accumulate) c.Clear();
        for (int j = 0; j < n; j++)
        {
            Span<Complex> cj = c.Slice(j * m, m);
            for (int p = 0; p < k; p++)
            {
                Complex bpj = b[p + j * k];
                ReadOnlySpan<Complex> ap = a.Slice(p * m, m);
                for (int i = 0; i < cj.Length; i++) cj[i] += ap[i] * bpj;
            }
        }
    }

    private static int Mr(KernelPath path) => path switch { KernelPath.Vector512 => 8, KernelPath.Vector256 => 4, _ => 2 };
    private static int Nr(KernelPath path) => path switch { KernelPath.Vector512 => 4, KernelPath.Vector256 => 3, _ => 2 };
    private static int RoundUp(int x, int multiple) => (x + multiple - 1) / multiple * multiple;

    /// <summary>Columns j0..j1 of C (doubles, interleaved) from A (m × k) and B (k × n). With threads &gt; 1 the row
    /// blocks of each KC × NC step are handed out dynamically (about four per thread), all reading the one packed B.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Gemm(KernelPath path, double* a, double* b, double* c, int m, int k, int j0, int j1, bool accumulate, int threads)
    {
        int nr = Nr(path);
        int ncBlock = NC / nr * nr;
        int mcBlock = threads == 1 ? MC : Math.Clamp(RoundUp((m + 4 * threads - 1) / (4 * threads), Mr(path)), Mr(path), MC);
        int rowBlocks = (m + mcBlock - 1) / mcBlock;
        double* bp = PackBuffers.B();
        for (int jc = j0; jc < j1; jc += ncBlock)
        {
            int nc = Math.Min(ncBlock, j1 - jc);
            double* cBlock = c + 2L * jc * m;
            for (int pc = 0; pc < k; pc += KC)
            {
                int kc = Math.Min(KC, k - pc);
                bool add = accumulate || pc > 0;
                PackB(b, k, pc, kc, jc, nc, nr, bp);
                if (threads > 1 && rowBlocks > 1)
                {
                    nint ia = (nint)a, ibp = (nint)bp, ic = (nint)cBlock;
                    Parallel.For(0, rowBlocks, new ParallelOptions { MaxDegreeOfParallelism = threads }, blk =>
                    {
                        int i0 = blk * mcBlock;
                        RowBlock(path, (double*)ia, m, i0, Math.Min(mcBlock, m - i0), pc, kc, (double*)ibp, nc, (double*)ic, add);
                    });
                }
                else
                {
                    for (int i0 = 0; i0 < m; i0 += mcBlock)
                        RowBlock(path, a, m, i0, Math.Min(mcBlock, m - i0), pc, kc, bp, nc, cBlock, add);
                }
            }
        }
    }

    /// <summary>Rows ic..ic+mc of the C block (first column at c) += or = A[ic.., pc..] · packed B (kc × nc).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RowBlock(KernelPath path, double* a, int m, int ic, int mc, int pc, int kc, double* bp, int nc, double* c, bool add)
    {
        int mr = Mr(path), nr = Nr(path);
        double* ap = PackBuffers.A();
        PackA(a, m, ic, mc, pc, kc, mr, ap);
        for (int jr = 0; jr < nc; jr += nr)
        {
            int nv = Math.Min(nr, nc - jr);
            double* bPanel = bp + (long)jr * kc * 2;
            double* cColumn = c + 2 * ((long)jr * m + ic);
            for (int ir = 0; ir < mc; ir += mr)
            {
                int mv = Math.Min(mr, mc - ir);
                double* aPanel = ap + (long)ir * kc * 2;
                double* cTile = cColumn + 2 * ir;
                switch (path)
                {
                    case KernelPath.Vector512: Kernel512(kc, aPanel, bPanel, cTile, m, mv, nv, add); break;
                    case KernelPath.Vector256: Kernel256(kc, aPanel, bPanel, cTile, m, mv, nv, add); break;
                    default: KernelScalar(kc, aPanel, bPanel, cTile, m, mv, nv, add); break;
                }
            }
        }
    }

    /// <summary>A[ic.., pc..] (mc × kc) into micro-panels of mr rows: panel r holds, for each p, mr complex values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PackA(double* a, int lda, int ic, int mc, int pc, int kc, int mr, double* dst)
    {
        for (int ir = 0; ir < mc; ir += mr)
        {
            int rows = Math.Min(mr, mc - ir);
            double* src = a + 2 * ((long)pc * lda + ic + ir);
            long bytes = rows * 2 * sizeof(double), padBytes = (mr - rows) * 2 * sizeof(double);
            for (int p = 0; p < kc; p++)
            {
                Buffer.MemoryCopy(src, dst, bytes, bytes);
                if (padBytes != 0) Unsafe.InitBlockUnaligned((byte*)dst + bytes, 0, (uint)padBytes);
                src += 2L * lda;
                dst += 2 * mr;
            }
        }
    }

    /// <summary>B[pc.., jc..] (kc × nc) into micro-panels of nr columns: panel r holds, for each p, nr complex values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PackB(double* b, int ldb, int pc, int kc, int jc, int nc, int nr, double* dst)
    {
        for (int jr = 0; jr < nc; jr += nr)
        {
            int cols = Math.Min(nr, nc - jr);
            for (int jj = 0; jj < nr; jj++)
            {
                double* d = dst + 2 * jj;
                if (jj < cols)
                {
                    var src = (Vector128<double>*)(b + 2 * ((long)(jc + jr + jj) * ldb + pc));
                    for (int p = 0; p < kc; p++) { Vector128.Store(Vector128.Load((double*)(src + p)), d); d += 2 * nr; }
                }
                else
                {
                    for (int p = 0; p < kc; p++) { Vector128.Store(Vector128<double>.Zero, d); d += 2 * nr; }
                }
            }
            dst += 2L * nr * kc;
        }
    }

    // ---------------------------------------------------------------- micro-kernels
    // a: packed A micro-panel (per p: MR complex), b: packed B micro-panel (per p: NR complex), c: top-left of the
    // C tile (interleaved doubles, leading dimension ldc complex). mv × nv is the part of the tile inside C.

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Kernel256(int kc, double* a, double* b, double* c, int ldc, int mv, int nv, bool add)
    {
        Vector256<double> r00 = default, r10 = default, i00 = default, i10 = default;
        Vector256<double> r01 = default, r11 = default, i01 = default, i11 = default;
        Vector256<double> r02 = default, r12 = default, i02 = default, i12 = default;
        for (int p = 0; p < kc; p++)
        {
            var a0 = Vector256.Load(a);
            var a1 = Vector256.Load(a + 4);
            var br = Vector256.Create(b[0]);
            var bi = Vector256.Create(b[1]);
            r00 = Vector256.FusedMultiplyAdd(a0, br, r00);
            r10 = Vector256.FusedMultiplyAdd(a1, br, r10);
            i00 = Vector256.FusedMultiplyAdd(a0, bi, i00);
            i10 = Vector256.FusedMultiplyAdd(a1, bi, i10);
            br = Vector256.Create(b[2]);
            bi = Vector256.Create(b[3]);
            r01 = Vector256.FusedMultiplyAdd(a0, br, r01);
            r11 = Vector256.FusedMultiplyAdd(a1, br, r11);
            i01 = Vector256.FusedMultiplyAdd(a0, bi, i01);
            i11 = Vector256.FusedMultiplyAdd(a1, bi, i11);
            br = Vector256.Create(b[4]);
            bi = Vector256.Create(b[5]);
            r02 = Vector256.FusedMultiplyAdd(a0, br, r02);
            r12 = Vector256.FusedMultiplyAdd(a1, br, r12);
            i02 = Vector256.FusedMultiplyAdd(a0, bi, i02);
            i12 = Vector256.FusedMultiplyAdd(a1, bi, i12);
            a += 8;
            b += 6;
        }
        // (re, im) of A·b = r + (−1, +1) ⊙ swap(i), since r = (ar br, ai br) and i = (ar bi, ai bi).
        const int Mr = 4, Nr = 3;
        bool full = mv == Mr && nv == Nr;
        double* tile = stackalloc double[2 * Mr * Nr];
        double* dst = full ? c : tile;
        long ld = full ? 2L * ldc : 2 * Mr;
        bool addHere = add && full;
        Store256(dst, r00, i00, addHere); Store256(dst + 4, r10, i10, addHere);
        Store256(dst + ld, r01, i01, addHere); Store256(dst + ld + 4, r11, i11, addHere);
        Store256(dst + 2 * ld, r02, i02, addHere); Store256(dst + 2 * ld + 4, r12, i12, addHere);
        if (!full) CopyTile(tile, Mr, c, ldc, mv, nv, add);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store256(double* dst, Vector256<double> r, Vector256<double> i, bool add)
    {
        var v = Vector256.FusedMultiplyAdd(Vector256.Shuffle(i, Vector256.Create(1L, 0, 3, 2)), Vector256.Create(-1.0, 1.0, -1.0, 1.0), r);
        if (add) v += Vector256.Load(dst);
        Vector256.Store(v, dst);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Kernel512(int kc, double* a, double* b, double* c, int ldc, int mv, int nv, bool add)
    {
        Vector512<double> r00 = default, r10 = default, i00 = default, i10 = default;
        Vector512<double> r01 = default, r11 = default, i01 = default, i11 = default;
        Vector512<double> r02 = default, r12 = default, i02 = default, i12 = default;
        Vector512<double> r03 = default, r13 = default, i03 = default, i13 = default;
        for (int p = 0; p < kc; p++)
        {
            var a0 = Vector512.Load(a);
            var a1 = Vector512.Load(a + 8);
            var br = Vector512.Create(b[0]);
            var bi = Vector512.Create(b[1]);
            r00 = Vector512.FusedMultiplyAdd(a0, br, r00);
            r10 = Vector512.FusedMultiplyAdd(a1, br, r10);
            i00 = Vector512.FusedMultiplyAdd(a0, bi, i00);
            i10 = Vector512.FusedMultiplyAdd(a1, bi, i10);
            br = Vector512.Create(b[2]);
            bi = Vector512.Create(b[3]);
            r01 = Vector512.FusedMultiplyAdd(a0, br, r01);
            r11 = Vector512.FusedMultiplyAdd(a1, br, r11);
            i01 = Vector512.FusedMultiplyAdd(a0, bi, i01);
            i11 = Vector512.FusedMultiplyAdd(a1, bi, i11);
            br = Vector512.Create(b[4]);
            bi = Vector512.Create(b[5]);
            r02 = Vector512.FusedMultiplyAdd(a0, br, r02);
            r12 = Vector512.FusedMultiplyAdd(a1, br, r12);
            i02 = Vector512.FusedMultiplyAdd(a0, bi, i02);
            i12 = Vector512.FusedMultiplyAdd(a1, bi, i12);
            br = Vector512.Create(b[6]);
            bi = Vector512.Create(b[7]);
            r03 = Vector512.FusedMultiplyAdd(a0, br, r03);
            r13 = Vector512.FusedMultiplyAdd(a1, br, r13);
            i03 = Vector512.FusedMultiplyAdd(a0, bi, i03);
            i13 = Vector512.FusedMultiplyAdd(a1, bi, i13);
            a += 16;
            b += 8;
        }
        const int Mr = 8, Nr = 4;
        bool full = mv == Mr && nv == Nr;
        double* tile = stackalloc double[2 * Mr * Nr];
        double* dst = full ? c : tile;
        long ld = full ? 2L * ldc : 2 * Mr;
        bool addHere = add && full;
        Store512(dst, r00, i00, addHere); Store512(dst + 8, r10, i10, addHere);
        Store512(dst + ld, r01, i01, addHere); Store512(dst + ld + 8, r11, i11, addHere);
        Store512(dst + 2 * ld, r02, i02, addHere); Store512(dst + 2 * ld + 8, r12, i12, addHere);
        Store512(dst + 3 * ld, r03, i03, addHere); Store512(dst + 3 * ld + 8, r13, i13, addHere);
        if (!full) CopyTile(tile, Mr, c, ldc, mv, nv, add);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store512(double* dst, Vector512<double> r, Vector512<double> i, bool add)
    {
        var swapped = Vector512.Shuffle(i, Vector512.Create(1L, 0, 3, 2, 5, 4, 7, 6));
        var v = Vector512.FusedMultiplyAdd(swapped, Vector512.Create(-1.0, 1.0, -1.0, 1.0, -1.0, 1.0, -1.0, 1.0), r);
        if (add) v += Vector512.Load(dst);
        Vector512.Store(v, dst);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void KernelScalar(int kc, double* a, double* b, double* c, int ldc, int mv, int nv, bool add)
    {
        double c00r = 0, c00i = 0, c10r = 0, c10i = 0, c01r = 0, c01i = 0, c11r = 0, c11i = 0;
        for (int p = 0; p < kc; p++)
        {
            double a0r = a[0], a0i = a[1], a1r = a[2], a1i = a[3];
            double b0r = b[0], b0i = b[1], b1r = b[2], b1i = b[3];
            c00r += a0r * b0r - a0i * b0i; c00i += a0r * b0i + a0i * b0r;
            c10r += a1r * b0r - a1i * b0i; c10i += a1r * b0i + a1i * b0r;
            c01r += a0r * b1r - a0i * b1i; c01i += a0r * b1i + a0i * b1r;
            c11r += a1r * b1r - a1i * b1i; c11i += a1r * b1i + a1i * b1r;
            a += 4;
            b += 4;
        }
        double* tile = stackalloc double[8] { c00r, c00i, c10r, c10i, c01r, c01i, c11r, c11i };
        CopyTile(tile, 2, c, ldc, mv, nv, add);
    }

    /// <summary>The mv × nv top-left part of a finished tile (leading dimension mr complex) into C.</summary>
    private static void CopyTile(double* tile, int mr, double* c, int ldc, int mv, int nv, bool add)
    {
        for (int j = 0; j < nv; j++)
        {
            double* src = tile + 2 * mr * j, dst = c + 2L * ldc * j;
            if (add) for (int t = 0; t < 2 * mv; t++) dst[t] += src[t];
            else for (int t = 0; t < 2 * mv; t++) dst[t] = src[t];
        }
    }

    /// <summary>Per-thread packing buffers, 64-byte aligned inside pinned arrays (so the pointers stay valid and the
    /// arrays are collected with their thread). A packed A block is per worker; the packed B block belongs to the
    /// thread that runs <see cref="Gemm"/> and is only read by the others.</summary>
    private static class PackBuffers
    {
        [ThreadStatic] private static double[]? aStore;
        [ThreadStatic] private static double[]? bStore;

        public static double* A() => Align(aStore ??= GC.AllocateUninitializedArray<double>(2 * RoundUp(MC, MaxMr) * KC + 8, pinned: true));

        public static double* B() => Align(bStore ??= GC.AllocateUninitializedArray<double>(2 * (NC + MaxNr) * KC + 8, pinned: true));

        private static double* Align(double[] store) => (double*)(((nint)Unsafe.AsPointer(ref store[0]) + 63) & ~(nint)63);
    }
}
