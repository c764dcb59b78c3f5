using System.Numerics;

namespace OpenSystem.Baths;

/// <summary>
/// A thermal bosonic bath: spectral density J and temperature T. Gives the emission/absorption rates γ(ω),
/// the Lamb shift S(ω) and the one-sided correlation transform Γ(ω) = γ(ω)/2 + i S(ω).
/// Sign convention (model-file spec): positive ω is emission, the system loses energy ω.
/// </summary>
public sealed class BosonicBath
{
    /// <summary>Creates a bath at temperature T ≥ 0.</summary>
    /// <param name="spectralDensity">J(ω), ω ≥ 0.</param>
    /// <param name="temperature">Temperature T ≥ 0 (k_B = 1); T = 0 is the vacuum bath.</param>
    /// <exception cref="ArgumentOutOfRangeException">T negative or not finite.</exception>
    public BosonicBath(ISpectralDensity spectralDensity, double temperature)
    {
        ArgumentNullException.ThrowIfNull(spectralDensity);
        if (!(temperature >= 0.0) || double.IsInfinity(temperature))
            Throw.OutOfRange(nameof(temperature), temperature,
                "Bath temperature must be finite and >= 0 (k_B = 1). T = 0 is the vacuum bath; a negative T would " +
                "invert detailed balance, gamma(-w) = exp(-w/T) gamma(w), and is not an equilibrium bath.");
        SpectralDensity = spectralDensity;
        Temperature = temperature;
    }

    /// <summary>The spectral density J(ω).</summary>
    public ISpectralDensity SpectralDensity { get; }

    /// <summary>Bath temperature T (k_B = 1).</summary>
    public double Temperature { get; }

    /// <summary>
    /// Rate γ(ω) = 2π J(ω)(n(ω) + 1) for ω &gt; 0, γ(−ω) = e^{−ω/T} γ(ω), γ(0) = 2π T lim J(ω)/ω.
    /// At T = 0: γ(ω &gt; 0) = 2π J(ω) and γ(ω ≤ 0) = 0.
    /// </summary>
    public double Rate(double omega)
    {
        double t = Temperature;
        if (omega == 0.0) return 2.0 * Math.PI * SpectralDensity.LowFrequencySlope * t;
        double w = Math.Abs(omega);
        double j = SpectralDensity.Evaluate(w);
        if (t == 0.0) return omega > 0.0 ? 2.0 * Math.PI * j : 0.0;
        double em1 = BoseEinstein.ExpM1(w / t);          // e^{w/T} − 1
        if (double.IsPositiveInfinity(em1)) return omega > 0.0 ? 2.0 * Math.PI * j : 0.0;
        // n + 1 = e^{w/T}/(e^{w/T} − 1) = 1 + 1/em1; n = 1/em1.
        return omega > 0.0 ? 2.0 * Math.PI * j * (1.0 + 1.0 / em1) : 2.0 * Math.PI * j / em1;
    }

    /// <summary>
    /// Lamb shift S(ω) = P∫₀^∞ dν J(ν)[(n(ν)+1)/(ω − ν) + n(ν)/(ω + ν)], split as S = S₀ + S_th with the closed-form
    /// vacuum part S₀ and the thermal part S_th(ω) = 2ω ∫₀^∞ [f(ν) − f(|ω|)]/(ω² − ν²) dν, f = J n, whose integrand
    /// is regular (physics notes 3.1). Relative accuracy about 1e-12.
    /// </summary>
    public double LambShift(double omega)
    {
        if (!double.IsFinite(omega)) Throw.OutOfRange(nameof(omega), omega, "Frequency must be finite.");
        return SpectralDensity.VacuumLambShift(omega) + ThermalLambShift(omega);
    }

    /// <summary>(S(ω), S(−ω)) for ω ≥ 0 with one thermal quadrature (S_th is odd in ω).</summary>
    public (double Plus, double Minus) LambShiftPair(double omega)
    {
        if (!(omega >= 0.0) || double.IsInfinity(omega)) Throw.OutOfRange(nameof(omega), omega, "LambShiftPair needs a finite omega >= 0.");
        double th = ThermalLambShift(omega);
        return (SpectralDensity.VacuumLambShift(omega) + th, SpectralDensity.VacuumLambShift(-omega) - th);
    }

    /// <summary>Γ(ω) = ∫₀^∞ ds e^{iωs} ⟨B(s)B(0)⟩ = γ(ω)/2 + i S(ω).</summary>
    public Complex HalfSidedTransform(double omega) => new(0.5 * Rate(omega), LambShift(omega));

    /// <summary>
    /// Largest relative violation of the KMS condition γ(−ω) = e^{−ω/T} γ(ω) over the given frequencies
    /// (0 for an exact thermal bath; at T = 0 the condition reads γ(−ω) = 0 for ω &gt; 0).
    /// </summary>
    public double DetailedBalanceViolation(IEnumerable<double> omegas)
    {
        double worst = 0.0;
        foreach (double omega in omegas)
        {
            double w = Math.Abs(omega);
            if (w == 0.0) continue;
            double up = Rate(w), down = Rate(-w);
            double expected = Temperature == 0.0 ? 0.0 : Math.Exp(-w / Temperature) * up;
            double scale = Math.Max(up, double.Epsilon);
            worst = Math.Max(worst, Math.Abs(down - expected) / scale);
        }
        return worst;
    }

    private double Occupation(double nu) => 1.0 / BoseEinstein.ExpM1(nu / Temperature);

    private double ThermalLambShift(double omega)
    {
        if (Temperature == 0.0 || omega == 0.0) return 0.0;
        double w = Math.Abs(omega);
        // f(ν) = J(ν) n(ν), f(0) = T lim J/ν.
        double F(double nu) => nu <= 0.0 ? Temperature * SpectralDensity.LowFrequencySlope : SpectralDensity.Evaluate(nu) * Occupation(nu);
        double fw = F(w);
        double w2 = w * w;
        double G(double nu)
        {
            double den = w2 - nu * nu;
            return den == 0.0 ? 0.0 : (F(nu) - fw) / den;
        }
        double upper = Math.Max(50.0 * Math.Max(Temperature, SpectralDensity.Scale), 4.0 * w);
        double integral = GaussKronrod.Integrate(G, 0.0, w)
                        + GaussKronrod.Integrate(G, w, 2.0 * w)
                        + GaussKronrod.Integrate(G, 2.0 * w, upper)
                        + fw * Math.Log((upper + w) / (upper - w)) / (2.0 * w);
        return 2.0 * omega * integral;
    }

    /// <inheritdoc />
    public override string ToString() => $"BosonicBath({SpectralDensity}, T={Temperature:G6})";
}
