using OpenSystem.Baths;

namespace OpenSystem.Baths.Tests;

/// <summary>
/// The Ohmic family with an exponent, Drude–Lorentz and underdamped densities: J against the spec's formulas, the
/// reorganisation integral, the vacuum Lamb shift against independent routes (closed forms, our own principal-value
/// quadrature, mpmath's incomplete gamma), rates and Lamb shift against QuTiP 4.7's correlation functions.
/// </summary>
public class SpectralDensityKindsTests
{
    [Fact]
    public void Evaluate_MatchesSpecFormulas()
    {
        foreach (double w in new[] { 1e-9, 0.01, 0.5, 1.0, 3.7, 40.0 })
        {
            // ohmic with exponent: alpha w^s cutoff^(1-s) exp(-w/cutoff)
            TestDensities.AssertClose(2e-3 * Math.Pow(w, 0.3) * Math.Pow(4.0, 0.7) * Math.Exp(-w / 4.0),
                new OhmicSpectralDensity(2e-3, 4.0, 0.3).Evaluate(w), 1e-14);
            TestDensities.AssertClose(2e-3 * w * w * w / 16.0 * Math.Exp(-w / 4.0),
                new OhmicSpectralDensity(2e-3, 4.0, 3.0).Evaluate(w), 1e-14);
            // drude_lorentz: (2 lambda/pi) gamma w/(w^2 + gamma^2)
            TestDensities.AssertClose(2 * 0.05 / Math.PI * 0.8 * w / (w * w + 0.64),
                new DrudeLorentzSpectralDensity(0.05, 0.8).Evaluate(w), 1e-14);
            // underdamped: (2 lambda/pi) gamma w0^2 w/((w0^2 - w^2)^2 + gamma^2 w^2)
            TestDensities.AssertClose(2 * 0.05 / Math.PI * 0.2 * 1.44 * w / Math.Pow(1.44 - w * w, 2) / (1 + 0.04 * w * w / Math.Pow(1.44 - w * w, 2)),
                new UnderdampedSpectralDensity(0.05, 0.2, 1.2).Evaluate(w), 1e-12);
        }
        foreach (string name in TestDensities.Names)
        {
            Assert.Equal(0.0, TestDensities.ByName(name).Evaluate(-1.0));
            Assert.Equal(0.0, TestDensities.ByName(name).Evaluate(0.0));
        }
    }

    [Theory]
    [MemberData(nameof(TestDensities.All), MemberType = typeof(TestDensities))]
    public void ReorganizationIntegral_EqualsMinusVacuumShiftAtZero(string kind)
    {
        // ∫₀^∞ J(ν)/ν dν by the trapezoid rule in u = ln ν (J(e^u) decays at both ends; spectrally accurate),
        // a route independent of the Gauss–Kronrod code; it equals −S₀(0).
        var j = TestDensities.ByName(kind);
        const double h = 0.005;
        double sum = 0.0;
        for (double u = -300.0; u <= 40.0; u += h)
            sum += j.Evaluate(Math.Exp(u));
        double integral = sum * h;
        TestDensities.AssertClose(integral, -j.VacuumLambShift(0.0), 1e-9, what: kind);
        double expected = j switch
        {
            OhmicSpectralDensity o => o.Alpha * o.Cutoff * Gamma(o.Exponent),
            DrudeLorentzSpectralDensity d => d.Reorganization,
            UnderdampedSpectralDensity u => u.Reorganization,
            _ => double.NaN,
        };
        TestDensities.AssertClose(expected, integral, 1e-9, what: kind);
    }

    [Theory]
    [InlineData(-50.0)]
    [InlineData(-2.0)]
    [InlineData(-1e-7)]
    [InlineData(1e-7)]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(7.0)]
    [InlineData(300.0)]
    public void DrudeLorentzVacuumShift_ClosedFormMatchesPrincipalValueQuadrature(double omega)
    {
        var j = new DrudeLorentzSpectralDensity(0.01, 0.5);
        TestDensities.AssertClose(PrincipalValue.Vacuum(j, omega), j.VacuumLambShift(omega), 1e-11, what: $"w={omega}");
    }

    [Theory]
    [InlineData(0.3, 1.0)]
    [InlineData(0.05, 2.0)]
    [InlineData(1.5, 1.0)]
    [InlineData(3.0, 0.7)]
    [InlineData(50.0, 1.0)]
    public void UnderdampedVacuumShift_ClosedFormMatchesPrincipalValueQuadrature(double width, double frequency)
    {
        var j = new UnderdampedSpectralDensity(0.01, width, frequency);
        foreach (double omega in new[] { -30.0, -1.0, -1e-8, 1e-8, 0.2, 0.99, 1.0, 1.3, 4.0, 100.0 })
            TestDensities.AssertClose(PrincipalValue.Vacuum(j, omega), j.VacuumLambShift(omega), 1e-10, 1e-14, $"w={omega}");
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(-0.01)]
    public void UnderdampedVacuumShift_IsContinuousAcrossTheCriticalDampingSwitch(double r)
    {
        // Closed form for |r| ≥ 0.01, quadrature below, r = √(1 − g²/4) (imaginary for r < 0 here: overdamped side).
        double g = 2.0 * Math.Sqrt(1.0 - r * Math.Abs(r));
        foreach (double omega in new[] { -2.0, 0.4, 1.0, 3.0 })
        {
            double below = new UnderdampedSpectralDensity(0.01, g * (1 + 1e-13 * Math.Sign(r)), 1.0).VacuumLambShift(omega);
            double above = new UnderdampedSpectralDensity(0.01, g * (1 - 1e-13 * Math.Sign(r)), 1.0).VacuumLambShift(omega);
            TestDensities.AssertClose(above, below, 1e-10, what: $"w={omega}");
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void OhmicVacuumShift_IntegerExponent_MatchesRecursionClosedForm(int s)
    {
        // I_s(x) = P∫₀^∞ u^s e^{−u}/(x − u) du obeys I_s = −Γ(s) + x I_{s−1} (u^s = −u^{s−1}(x − u) + x u^{s−1}),
        // I_0(x) = e^{−x}Ei(x) (x > 0), −e^{|x|}E₁(|x|) (x < 0); S₀(ω) = αΩ I_s(ω/Ω).
        const double alpha = 1e-3, cutoff = 5.0;
        var j = new OhmicSpectralDensity(alpha, cutoff, s);
        foreach (double omega in new[] { -12.0, -1.0, -1e-5, 1e-5, 0.4, 2.0, 9.0 })
        {
            double x = omega / cutoff;
            double i = x > 0 ? ExponentialIntegrals.ScaledEi(x) : -ExponentialIntegrals.ScaledE1(-x);
            for (int k = 1; k <= s; k++)
                i = -Gamma(k) + x * i;
            TestDensities.AssertClose(alpha * cutoff * i, j.VacuumLambShift(omega), 1e-11, what: $"w={omega}");
        }
    }

    [Fact]
    public void OhmicVacuumShift_AnyExponent_MatchesIncompleteGammaClosedForm()
    {
        Assert.Equal(48, LambShiftReferenceData.OhmicClosedForm.Length);
        foreach (var (alpha, cutoff, s, w, s0) in LambShiftReferenceData.OhmicClosedForm)
            TestDensities.AssertClose(s0, new OhmicSpectralDensity(alpha, cutoff, s).VacuumLambShift(w), 1e-11, what: $"s={s} w={w}");
    }

    [Fact]
    public void RateAndLambShift_MatchQuTiPCorrelationFunctions()
    {
        // QuTiP 4.7 (qutip.nonmarkov.bofin_baths) writes C(t) = Σ c_k e^{−v_k t} with J_QuTiP = π J_ours:
        // Drude–Lorentz lam_q = λ, gamma_q = γ; underdamped lam_q² = 2 λ ω0². Γ(ω) = Σ c_k/(v_k − iω) = γ(ω)/2 + i S(ω).
        // The Matsubara sums are truncated (error ~ 1/N) and Richardson-extrapolated from N = 20000 and 40000.
        Assert.Equal(8, LambShiftReferenceData.QuTiP.Length);
        foreach (var (kind, t, w, rate, s) in LambShiftReferenceData.QuTiP)
        {
            var bath = new BosonicBath(TestDensities.ByName(kind), t);
            TestDensities.AssertClose(rate, bath.Rate(w), 1e-8, what: $"{kind} T={t} w={w} rate");
            TestDensities.AssertClose(s, bath.LambShift(w), 1e-9, what: $"{kind} T={t} w={w} S");
        }
    }

    [Theory]
    [MemberData(nameof(TestDensities.All), MemberType = typeof(TestDensities))]
    public void Rates_SatisfyDetailedBalance(string kind)
    {
        foreach (double t in new[] { 0.02, 0.4, 3.0, 1e4 })
        {
            var bath = new BosonicBath(TestDensities.ByName(kind), t);
            Assert.True(bath.DetailedBalanceViolation([1e-6, 0.1, 0.9, 2.5, 11.0]) < 1e-13, $"{kind} T={t}");
            // γ(ω) = 2π J(ω)(n + 1) from the spec, written out
            double w = 0.9;
            TestDensities.AssertClose(2 * Math.PI * bath.SpectralDensity.Evaluate(w) / (1 - Math.Exp(-w / t)), bath.Rate(w), 1e-13);
        }
    }

    [Theory]
    [InlineData("ohmic1")]
    [InlineData("ohmic2")]
    [InlineData("ohmic3")]
    [InlineData("dl")]
    [InlineData("ud")]
    [InlineData("udover")]
    public void ZeroFrequencyRate_IsTheLimit(string kind)
    {
        var bath = new BosonicBath(TestDensities.ByName(kind), 0.37);
        Assert.True(bath.ZeroFrequencyRateIsFinite);
        // γ(±ε) − γ(0) = O(ε^{min(1, s−1)}); for s > 1, γ(0) = 0 and γ(ε) ~ ε^{s−1} against the rate at ω = 1.
        double limit = 0.5 * (bath.Rate(1e-7) + bath.Rate(-1e-7));
        TestDensities.AssertClose(limit, bath.Rate(0.0), 1e-6, 1e-6 * bath.Rate(1.0), kind);
    }

    [Fact]
    public void ZeroFrequencyRate_SubOhmicAtPositiveTemperature_IsRefusedWithReason()
    {
        var bath = new BosonicBath(new OhmicSpectralDensity(1e-3, 5.0, 0.5), 0.2);
        Assert.False(bath.ZeroFrequencyRateIsFinite);
        var ex = Assert.Throws<ArgumentOutOfRangeException>("omega", () => bath.Rate(0.0));
        Assert.Contains("sub-Ohmic", ex.Message);
        Assert.Contains("diagonal elements", ex.Message);
        // finite ω stays finite (it grows like ω^{s−1}), and T = 0 has γ(0) = 0
        Assert.True(double.IsFinite(bath.Rate(1e-12)));
        Assert.Equal(0.0, new BosonicBath(new OhmicSpectralDensity(1e-3, 5.0, 0.5), 0.0).Rate(0.0));
    }

    [Theory]
    [InlineData(-1e-3, 5.0, 1.0, "alpha")]
    [InlineData(1e-3, 5.0, 0.0, "exponent")]
    [InlineData(1e-3, 5.0, -1.0, "exponent")]
    [InlineData(1e-3, 5.0, double.NaN, "exponent")]
    [InlineData(1e-3, 5.0, 21.0, "exponent")]
    public void OhmicSpectralDensity_BadExponent_ThrowsNamingParameter(double alpha, double cutoff, double exponent, string name)
    {
        Assert.Throws<ArgumentOutOfRangeException>(name, () => new OhmicSpectralDensity(alpha, cutoff, exponent));
    }

    [Theory]
    [InlineData(-0.1, 1.0, "reorganization")]
    [InlineData(double.PositiveInfinity, 1.0, "reorganization")]
    [InlineData(0.1, 0.0, "width")]
    [InlineData(0.1, double.NaN, "width")]
    public void DrudeLorentz_BadParameters_ThrowNamingParameter(double reorganization, double width, string name)
    {
        Assert.Throws<ArgumentOutOfRangeException>(name, () => new DrudeLorentzSpectralDensity(reorganization, width));
    }

    [Theory]
    [InlineData(double.NaN, 1.0, 1.0, "reorganization")]
    [InlineData(0.1, -1.0, 1.0, "width")]
    [InlineData(0.1, 1.0, 0.0, "frequency")]
    [InlineData(0.1, 1.0, double.PositiveInfinity, "frequency")]
    public void Underdamped_BadParameters_ThrowNamingParameter(double reorganization, double width, double frequency, string name)
    {
        Assert.Throws<ArgumentOutOfRangeException>(name, () => new UnderdampedSpectralDensity(reorganization, width, frequency));
    }

    [Fact]
    public void Equality_IsByParameters()
    {
        Assert.Equal(new OhmicSpectralDensity(1e-3, 5.0), new OhmicSpectralDensity(1e-3, 5.0, 1.0));
        Assert.NotEqual(new OhmicSpectralDensity(1e-3, 5.0), new OhmicSpectralDensity(1e-3, 5.0, 2.0));
        Assert.Equal(new DrudeLorentzSpectralDensity(0.1, 1.0), new DrudeLorentzSpectralDensity(0.1, 1.0));
        Assert.NotEqual(new UnderdampedSpectralDensity(0.1, 1.0, 2.0), new UnderdampedSpectralDensity(0.1, 1.0, 2.5));
    }

    /// <summary>Γ(x) by the Lanczos approximation (g = 7, n = 9), about 1e-15 relative for x &gt; 0.</summary>
    private static double Gamma(double x)
    {
        double[] c =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
        ];
        if (x < 0.5)
            return Math.PI / (Math.Sin(Math.PI * x) * Gamma(1 - x));
        x -= 1;
        double a = c[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++)
            a += c[i] / (x + i);
        return Math.Sqrt(2 * Math.PI) * Math.Pow(t, x + 0.5) * Math.Exp(-t) * a;
    }
}
