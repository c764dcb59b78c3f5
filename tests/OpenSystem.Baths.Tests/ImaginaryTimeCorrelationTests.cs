using OpenSystem.Baths;

namespace OpenSystem.Baths.Tests;

/// <summary>K(u) = ⟨B(u)B(0)⟩_β: the Ohmic trigamma closed form against direct quadrature, sum rules and limits.</summary>
public class ImaginaryTimeCorrelationTests
{
    /// <summary>J = α ω e^{−ω/Ω} hidden behind another type, so that K(u) goes through quadrature.</summary>
    private sealed class OpaqueOhmic(double alpha, double cutoff) : ISpectralDensity
    {
        public double Evaluate(double omega) => omega <= 0 ? 0 : alpha * omega * Math.Exp(-omega / cutoff);
        public double LowFrequencySlope => alpha;
        public double LowFrequencyExponent => 1.0;
        public double Scale => cutoff;
        public double VacuumLambShift(double omega) => throw new NotSupportedException();
    }

    private static void AssertRel(double expected, double actual, double tol) =>
        Assert.True(Math.Abs(actual - expected) <= tol * Math.Abs(expected), $"expected {expected:R}, got {actual:R}, relative {Math.Abs(actual / expected - 1):E2}");

    [Theory]
    [InlineData(0.02, 5.0)]
    [InlineData(0.3, 5.0)]
    [InlineData(0.5, 0.7)]
    [InlineData(4.0, 2.0)]
    public void OhmicClosedForm_EqualsQuadrature(double t, double cutoff)
    {
        var bath = new BosonicBath(new OhmicSpectralDensity(1e-3, cutoff), t);
        var kernel = ImaginaryTimeCorrelation.Of(bath);
        Assert.True(kernel.IsClosedForm);
        double beta = 1 / t;
        foreach (double fraction in new[] { 0.0, 1e-4, 0.03, 0.25, 0.5, 0.8, 1.0 })
            AssertRel(ImaginaryTimeCorrelation.Quadrature(bath, fraction * beta), kernel.Evaluate(fraction * beta), 1e-11);
    }

    [Fact]
    public void OtherDensities_GoThroughQuadrature_AndMatchTheOhmicClosedForm()
    {
        var opaque = ImaginaryTimeCorrelation.Of(new BosonicBath(new OpaqueOhmic(2e-3, 3.0), 0.4));
        var ohmic = ImaginaryTimeCorrelation.Of(new BosonicBath(new OhmicSpectralDensity(2e-3, 3.0), 0.4));
        Assert.False(opaque.IsClosedForm);
        foreach (double u in new[] { 0.01, 0.7, 1.25, 2.4 })
            AssertRel(ohmic.Evaluate(u), opaque.Evaluate(u), 1e-11);
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(1.0)]
    public void Kernel_IsSymmetric_AndIntegratesToTwiceTheReorganisationIntegral(double t)
    {
        // K(u) = K(β − u); ∫₀^β K(u) du = 2∫₀^∞ J(ω)/ω dω = 2αΩ for the Ohmic J.
        const double alpha = 1e-3, cutoff = 5.0;
        var kernel = ImaginaryTimeCorrelation.Of(new BosonicBath(new OhmicSpectralDensity(alpha, cutoff), t));
        double beta = 1 / t;
        foreach (double u in new[] { 0.0, 0.1 * beta, 0.37 * beta })
            AssertRel(kernel.Evaluate(u), kernel.Evaluate(beta - u), 1e-13);
        var (x, w) = GaussLegendre.Composite(0, beta, (int)Math.Ceiling(beta * cutoff / 2), 20);
        double integral = x.Select((u, i) => w[i] * kernel.Evaluate(u)).Sum();
        AssertRel(2 * alpha * cutoff, integral, 1e-12);
    }

    [Fact]
    public void DiscreteMode_AtZeroTime_IsThermalVariance()
    {
        // K(0) = ⟨B²⟩ = g²(2n + 1) = g² coth(βω/2) for B = g(b + b†).
        const double w = 0.8, g = 0.3, t = 0.5;
        var kernel = ImaginaryTimeCorrelation.OfDiscreteModes([w], [g], t);
        AssertRel(g * g / Math.Tanh(w / (2 * t)), kernel.Evaluate(0), 1e-14);
        AssertRel(g * g * Math.Cosh(w * (1 / (2 * t) - 0.3)) / Math.Sinh(w / (2 * t)), kernel.Evaluate(0.3), 1e-14);
    }

    [Fact]
    public void ZeroTemperature_IsRefusedNamingTemperature()
    {
        var ex = Assert.Throws<ArgumentException>("bath", () => ImaginaryTimeCorrelation.Of(new BosonicBath(new OhmicSpectralDensity(1e-3, 5), 0.0)));
        Assert.Contains("temperature", ex.Message);
        var kernel = ImaginaryTimeCorrelation.Of(new BosonicBath(new OhmicSpectralDensity(1e-3, 5), 0.5));
        Assert.Throws<ArgumentOutOfRangeException>("u", () => kernel.Evaluate(2.5));
    }
}
