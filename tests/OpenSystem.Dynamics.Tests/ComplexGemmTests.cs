using System.Numerics;
using MathNet.Numerics.LinearAlgebra.Complex;
using OpenSystem.Dynamics;
using Path = OpenSystem.Dynamics.ComplexGemm.KernelPath;

namespace OpenSystem.Dynamics.Tests;

/// <summary>The managed SIMD complex GEMM against a naive triple loop and MathNet's product, on all kernel paths.</summary>
public class ComplexGemmTests
{
    private const double Tolerance = 1e-13;

    private static Complex[] RandomEntries(int count, int seed)
    {
        var rng = new Random(seed);
        var v = new Complex[count];
        for (int i = 0; i < count; i++) v[i] = new Complex(2 * rng.NextDouble() - 1, 2 * rng.NextDouble() - 1);
        return v;
    }

    /// <summary>Column-major C = A B by the definition.</summary>
    private static Complex[] Naive(Complex[] a, Complex[] b, int m, int k, int n)
    {
        var c = new Complex[m * n];
        for (int j = 0; j < n; j++)
            for (int p = 0; p < k; p++)
            {
                Complex bpj = b[p + j * k];
                for (int i = 0; i < m; i++) c[i + j * m] += a[i + p * m] * bpj;
            }
        return c;
    }

    /// <summary>max |x − y| / max |y|.</summary>
    private static double RelativeError(ReadOnlySpan<Complex> x, ReadOnlySpan<Complex> y)
    {
        double num = 0, den = 0;
        for (int i = 0; i < y.Length; i++)
        {
            num = Math.Max(num, (x[i] - y[i]).Magnitude);
            den = Math.Max(den, y[i].Magnitude);
        }
        return num / den;
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(3, 5, 7)]
    [InlineData(16, 16, 16)]
    [InlineData(33, 17, 65)]
    [InlineData(64, 64, 64)]
    [InlineData(130, 70, 90)]
    [InlineData(256, 256, 256)]
    [InlineData(97, 300, 13)]     // k spans two KC blocks, m two MC blocks
    [InlineData(257, 513, 5)]
    [InlineData(2, 3, 1600)]      // n spans two NC blocks
    [InlineData(1, 40, 1)]
    [InlineData(7, 1, 9)]
    public void Multiply_MatchesNaiveTripleLoop(int m, int k, int n)
    {
        var a = RandomEntries(m * k, 1000 * m + k);
        var b = RandomEntries(k * n, 1000 * n + k + 7);
        var expected = Naive(a, b, m, k, n);
        var c = RandomEntries(m * n, 5);          // garbage that Multiply must overwrite
        ComplexGemm.Multiply(a, b, c, m, k, n);
        Assert.True(RelativeError(c, expected) < Tolerance, $"{ComplexGemm.BestPath}: error {RelativeError(c, expected):E2}");
    }

    [Theory]
    [InlineData(1, 1, 1)]         // the plain small-product loop
    [InlineData(1, 70, 1)]        // smallest packed products: one ragged tile
    [InlineData(2, 20, 3)]
    [InlineData(3, 5, 7)]
    [InlineData(16, 16, 16)]
    [InlineData(33, 17, 65)]
    [InlineData(130, 70, 90)]
    [InlineData(19, 260, 23)]
    [InlineData(100, 30, 1545)]
    public void EveryPath_AnyThreadCount_MatchesNaive(int m, int k, int n)
    {
        var a = RandomEntries(m * k, 31 * m + k);
        var b = RandomEntries(k * n, 37 * n + k);
        var expected = Naive(a, b, m, k, n);
        foreach (var path in new[] { Path.Scalar, Path.Vector256, Path.Vector512 })
            foreach (int threads in new[] { 1, 2, 3 })
            {
                var c = RandomEntries(m * n, 11);
                ComplexGemm.Multiply(a, b, c, m, k, n, accumulate: false, path, threads);
                double err = RelativeError(c, expected);
                Assert.True(err < Tolerance, $"{path}, {threads} threads: error {err:E2}");
            }
    }

    [Theory]
    [InlineData(5, 3, 4)]
    [InlineData(64, 64, 64)]
    [InlineData(130, 270, 90)]
    public void MultiplyAdd_AddsToExistingC(int m, int k, int n)
    {
        var a = RandomEntries(m * k, 1);
        var b = RandomEntries(k * n, 2);
        var c0 = RandomEntries(m * n, 3);
        var product = Naive(a, b, m, k, n);
        var expected = c0.Zip(product, (x, y) => x + y).ToArray();
        var c = (Complex[])c0.Clone();
        ComplexGemm.MultiplyAdd(a, b, c, m, k, n);
        Assert.True(RelativeError(c, expected) < Tolerance);
        foreach (var path in new[] { Path.Scalar, Path.Vector256, Path.Vector512 })
        {
            c = (Complex[])c0.Clone();
            ComplexGemm.Multiply(a, b, c, m, k, n, accumulate: true, path, threads: 2);
            Assert.True(RelativeError(c, expected) < Tolerance, $"{path}: error {RelativeError(c, expected):E2}");
        }
    }

    [Theory]
    [InlineData(3, 5, 7)]
    [InlineData(33, 17, 65)]
    [InlineData(256, 256, 256)]
    public void Multiply_MatchesMathNetOnDenseMatrixValues(int m, int k, int n)
    {
        var a = DenseMatrix.OfColumnMajor(m, k, RandomEntries(m * k, 42));
        var b = DenseMatrix.OfColumnMajor(k, n, RandomEntries(k * n, 43));
        var expected = new DenseMatrix(m, n);
        a.Multiply(b, expected);
        var c = new DenseMatrix(m, n);
        ComplexGemm.Multiply(a.Values, b.Values, c.Values, m, k, n);
        Assert.True(RelativeError(c.Values, expected.Values) < Tolerance);
    }

    [Fact]
    public void ExactSmallProduct()
    {
        // [[1, i], [2, 3]] · [[i], [1 − i]] = [[i + i + 1], [2i + 3 − 3i]] = [[1 + 2i], [3 − i]]; column-major storage.
        Complex[] a = [1, 2, Complex.ImaginaryOne, 3];
        Complex[] b = [Complex.ImaginaryOne, new Complex(1, -1)];
        var c = new Complex[2];
        ComplexGemm.Multiply(a, b, c, 2, 2, 1);
        Assert.Equal(new Complex(1, 2), c[0]);
        Assert.Equal(new Complex(3, -1), c[1]);
    }

    [Fact]
    public void ZeroInnerDimension_GivesZeroProduct_AndLeavesMultiplyAddUnchanged()
    {
        var c = RandomEntries(6, 9);
        var before = (Complex[])c.Clone();
        ComplexGemm.MultiplyAdd([], [], c, 2, 0, 3);
        Assert.Equal(before, c);
        ComplexGemm.Multiply([], [], c, 2, 0, 3);
        Assert.All(c, z => Assert.Equal(Complex.Zero, z));
    }

    [Fact]
    public void RejectsShortOrOverlappingBuffers()
    {
        var a = new Complex[12];
        var b = new Complex[12];
        Assert.Throws<ArgumentException>(() => ComplexGemm.Multiply(a, b, new Complex[8], 3, 4, 3));
        Assert.Throws<ArgumentException>(() => ComplexGemm.Multiply(a.AsSpan(0, 11), b, new Complex[9], 3, 4, 3));
        Assert.Throws<ArgumentException>(() => ComplexGemm.Multiply(a, b, a.AsSpan(0, 9), 3, 4, 3));
        var shared = new Complex[30];
        Assert.Throws<ArgumentException>(() => ComplexGemm.Multiply(shared.AsSpan(0, 12), b, shared.AsSpan(10, 9), 3, 4, 3));
    }
}

public class RealProductTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(5, 3, 7)]
    [InlineData(64, 64, 64)]
    [InlineData(100, 37, 51)]
    public void MultiplyReal_MatchesMathNet(int m, int k, int n)
    {
        var random = new Random(m * 1000 + k * 10 + n);
        var a = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(m, k, (_, _) => random.NextDouble() - 0.5);
        var b = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(k, n, (_, _) => random.NextDouble() - 0.5);
        var expected = a * b;
        var got = OpenSystem.Dynamics.DenseOps.MultiplyReal(a, b);
        Assert.True((expected - got).InfinityNorm() < 1e-13 * Math.Max(1, expected.InfinityNorm()));
    }
}
