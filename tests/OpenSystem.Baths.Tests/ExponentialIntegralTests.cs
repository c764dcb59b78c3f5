using OpenSystem.Baths;

namespace OpenSystem.Baths.Tests;

/// <summary>Scaled exponential integrals against tabulated values (Abramowitz &amp; Stegun 5.1, mpmath).</summary>
public class ExponentialIntegralTests
{
    [Theory]
    [InlineData(0.2, -0.8217605879024)]   // Ei(0.2)
    [InlineData(1.0, 1.895117816355937)]
    [InlineData(5.0, 40.18527535580318)]
    public void ScaledEi_MatchesTable(double x, double ei)
    {
        double got = ExponentialIntegrals.ScaledEi(x) * Math.Exp(x);
        Assert.True(Math.Abs(got - ei) < 1e-9 * Math.Abs(ei), $"{got} vs {ei}");
    }

    [Theory]
    [InlineData(0.2, 1.2226505441838)]     // E1(0.2)
    [InlineData(1.0, 0.21938393439552)]
    [InlineData(3.0, 0.013048381094197)]
    public void ScaledE1_MatchesTable(double x, double e1)
    {
        double got = ExponentialIntegrals.ScaledE1(x) * Math.Exp(-x);
        Assert.True(Math.Abs(got - e1) < 1e-12 * Math.Abs(e1) * 100, $"{got} vs {e1}");
    }

    [Fact]
    public void ScaledFunctions_AreContinuousAcrossBranchPoints()
    {
        // series/asymptotic switch at 40 for Ei, series/continued fraction at 1 for E1
        // (the functions change by up to 1.3e-12 over the 2e-9 step, so a jump between branches would show above 1e-10)
        double a = ExponentialIntegrals.ScaledEi(40.0 - 1e-9), b = ExponentialIntegrals.ScaledEi(40.0 + 1e-9);
        Assert.True(Math.Abs(a - b) < 1e-10 * a, $"{a:R} {b:R}");
        double c = ExponentialIntegrals.ScaledE1(1.0 - 1e-13), d = ExponentialIntegrals.ScaledE1(1.0 + 1e-13);
        Assert.True(Math.Abs(c - d) < 1e-10 * c, $"{c:R} {d:R}");
    }

    [Fact]
    public void GreenBenchmark_ZeroTemperatureFactor()
    {
        // docs/physics.md §1.3: e^{0.2} E1(0.2) = 1.493348747
        Assert.Equal(1.493348747, ExponentialIntegrals.ScaledE1(0.2), 9);
    }
}
