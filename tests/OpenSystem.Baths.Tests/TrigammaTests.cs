using OpenSystem.Baths;

namespace OpenSystem.Baths.Tests;

/// <summary>Trigamma ψ′(x) against special values, the reflection formula and direct summation; Gauss–Legendre exactness.</summary>
public class TrigammaTests
{
    private static void AssertRel(double expected, double actual, double tol) =>
        Assert.True(Math.Abs(actual - expected) <= tol * Math.Abs(expected), $"expected {expected:R}, got {actual:R}, relative {Math.Abs(actual / expected - 1):E2}");

    [Fact]
    public void Trigamma_SpecialValues_AreZetaMultiples()
    {
        AssertRel(Math.PI * Math.PI / 6.0, Trigamma.Evaluate(1.0), 2e-15);     // ψ′(1) = ζ(2)
        AssertRel(Math.PI * Math.PI / 2.0, Trigamma.Evaluate(0.5), 2e-15);     // ψ′(1/2) = 3ζ(2)
        AssertRel(Math.PI * Math.PI / 6.0 - 1.0, Trigamma.Evaluate(2.0), 2e-15);
    }

    [Theory]
    [InlineData(0.013)]
    [InlineData(0.25)]
    [InlineData(0.6180339887)]
    [InlineData(0.93)]
    public void Trigamma_Reflection_Holds(double x)
    {
        // ψ′(1 − x) + ψ′(x) = π²/sin²(πx) (Abramowitz and Stegun 6.4.7).
        double s = Math.Sin(Math.PI * x);
        AssertRel(Math.PI * Math.PI / (s * s), Trigamma.Evaluate(1 - x) + Trigamma.Evaluate(x), 4e-15);
    }

    [Theory]
    [InlineData(1e-3)]
    [InlineData(0.37)]
    [InlineData(2.2)]
    [InlineData(9.999)]
    [InlineData(10.0)]
    [InlineData(55.5)]
    [InlineData(1e4)]
    public void Trigamma_EqualsDirectSum(double x)
    {
        // Σ_{k<N} 1/(x+k)² plus the Euler–Maclaurin tail at y = x + N, N = 2000 (tail error ~ y^{-7}/42).
        const int n = 2000;
        double sum = 0;
        for (int k = n - 1; k >= 0; k--) sum += 1.0 / ((x + k) * (x + k));
        double y = x + n;
        double tail = 1 / y + 1 / (2 * y * y) + 1 / (6 * y * y * y) - 1 / (30 * Math.Pow(y, 5));
        AssertRel(sum + tail, Trigamma.Evaluate(x), 3e-15);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.5)]
    [InlineData(double.NaN)]
    public void Trigamma_NonPositive_ThrowsNamingX(double x)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("x", () => Trigamma.Evaluate(x));
        Assert.Contains("poles", ex.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(20)]
    public void GaussLegendre_IsExactForDegreeTwoNMinusOne(int n)
    {
        var (x, w) = GaussLegendre.Rule(n);
        for (int degree = 0; degree <= 2 * n - 1; degree++)
        {
            double integral = x.Select((xi, i) => w[i] * Math.Pow(xi, degree)).Sum();
            double exact = degree % 2 == 1 ? 0.0 : 2.0 / (degree + 1);
            Assert.True(Math.Abs(integral - exact) < 1e-14, $"n = {n}, degree {degree}: {integral} vs {exact}");
        }
    }

    [Fact]
    public void GaussLegendre_Composite_IntegratesExponential()
    {
        var (x, w) = GaussLegendre.Composite(0.0, 30.0, 15, 20);
        double integral = x.Select((xi, i) => w[i] * Math.Exp(-xi)).Sum();
        AssertRel(1 - Math.Exp(-30.0), integral, 1e-14);
        Assert.Equal(300, x.Length);
    }
}
