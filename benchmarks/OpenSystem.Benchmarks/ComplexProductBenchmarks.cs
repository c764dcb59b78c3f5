using System.Numerics;
using BenchmarkDotNet.Attributes;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Complex;
using OpenSystem.Dynamics;

namespace OpenSystem.Benchmarks;

/// <summary>
/// The dominant kernel: C = A B for d × d complex matrices (8d³ flops), the SIMD <c>ComplexGemm</c> against MathNet's
/// managed product. GFLOP/s = 8d³ / mean time.
/// </summary>
[MemoryDiagnoser]
public class ComplexProductBenchmarks
{
    private DenseMatrix _a = null!, _b = null!, _c = null!;

    /// <summary>Matrix size d.</summary>
    [Params(64, 256, 1024)]
    public int D { get; set; }

    /// <summary>Random operands.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        _a = DenseMatrix.Create(D, D, (_, _) => new Complex(random.NextDouble() - 0.5, random.NextDouble() - 0.5));
        _b = DenseMatrix.Create(D, D, (_, _) => new Complex(random.NextDouble() - 0.5, random.NextDouble() - 0.5));
        _c = new DenseMatrix(D, D);
    }

    /// <summary>MathNet 5.0.0 managed provider.</summary>
    [Benchmark(Baseline = true)]
    public Matrix<Complex> MathNet() { _a.Multiply(_b, _c); return _c; }

    /// <summary>The project's kernel (what DenseOps.Multiply calls).</summary>
    [Benchmark]
    public Complex[] Kernel() { ComplexGemm.Multiply(_a.Values, _b.Values, _c.Values, D, D, D); return _c.Values; }
}
