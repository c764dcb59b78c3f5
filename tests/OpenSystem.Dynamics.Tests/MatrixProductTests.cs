using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Dynamics;

namespace OpenSystem.Dynamics.Tests;

/// <summary>The public product helper against the textbook triple sum (rectangular, odd sizes, real and complex).</summary>
public class MatrixProductTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(7, 5, 3)]
    [InlineData(33, 65, 17)]
    [InlineData(130, 40, 129)]
    public void Products_EqualTheTripleSum(int m, int k, int n)
    {
        var rng = new Random(m * 1000 + k * 10 + n);
        var a = Matrix<double>.Build.Dense(m, k, (_, _) => rng.NextDouble() - 0.5);
        var b = Matrix<double>.Build.Dense(k, n, (_, _) => rng.NextDouble() - 0.5);
        var ac = Matrix<Complex>.Build.Dense(m, k, (_, _) => new Complex(rng.NextDouble() - 0.5, rng.NextDouble() - 0.5));
        var bc = Matrix<Complex>.Build.Dense(k, n, (_, _) => new Complex(rng.NextDouble() - 0.5, rng.NextDouble() - 0.5));
        var real = MatrixProduct.Multiply(a, b);
        var complex = MatrixProduct.Multiply(ac, bc);
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
            {
                double sum = 0.0;
                Complex csum = 0.0;
                for (int l = 0; l < k; l++)
                {
                    sum += a[i, l] * b[l, j];
                    csum += ac[i, l] * bc[l, j];
                }
                Assert.True(Math.Abs(real[i, j] - sum) <= 1e-14 * k, $"real ({i}, {j})");
                Assert.True((complex[i, j] - csum).Magnitude <= 1e-14 * k, $"complex ({i}, {j})");
            }
    }

    [Fact]
    public void MismatchedInnerDimensions_AreRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => MatrixProduct.Multiply(Matrix<double>.Build.Dense(2, 3), Matrix<double>.Build.Dense(4, 2)));
        Assert.Contains("column count (3)", ex.Message, StringComparison.Ordinal);
    }
}
