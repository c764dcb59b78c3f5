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
    /// Whether γ(0) is finite: always at T = 0, and at T &gt; 0 unless J is sub-Ohmic (J ≈ c ω^s, s &lt; 1, where
    /// γ(ω → 0) ≈ 2π c T ω^{s−1} diverges). A generator whose coupling has elements between equal energies (zero Bohr
    /// frequency, e.g. diagonal elements in the energy basis) needs γ(0) and cannot use a bath where this is false.
    /// </summary>
    public bool ZeroFrequencyRateIsFinite => Temperature == 0.0 || SpectralDensity.LowFrequencyExponent >= 1.0;

    /// <summary>
    /// Rate γ(ω) = 2π J(ω)(n(ω) + 1) for ω &gt; 0, γ(−ω) = e^{−ω/T} γ(ω), γ(0) = 2π T lim J(ω)/ω (0 for a
    /// super-Ohmic J). At T = 0: γ(ω &gt; 0) = 2π J(ω) and γ(ω ≤ 0) = 0. Units of a frequency (a rate).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// ω not finite, or ω = 0 with a sub-Ohmic J at T &gt; 0 (γ(0) is infinite; see <see cref="ZeroFrequencyRateIsFinite"/>).
    /// </exception>
    public double Rate(double omega)
    {
        if (!double.IsFinite(omega))
            Throw.OutOfRange(nameof(omega), omega, "Frequency must be finite.");
        double t = Temperature;
        if (omega == 0.0)
            return ZeroFrequencyRate();
        double w = Math.Abs(omega);
        double j = SpectralDensity.Evaluate(w);
        if (t == 0.0)
            return omega > 0.0 ? 2.0 * Math.PI * j : 0.0;
        double em1 = BoseEinstein.ExpM1(w / t);          // e^{w/T} − 1
        if (double.IsPositiveInfinity(em1))
            return omega > 0.0 ? 2.0 * Math.PI * j : 0.0;
        // n + 1 = e^{w/T}/(e^{w/T} − 1) = 1 + 1/em1; n = 1/em1.
        return omega > 0.0 ? 2.0 * Math.PI * j * (1.0 + 1.0 / em1) : 2.0 * Math.PI * j / em1;
    }

    private double ZeroFrequencyRate()
    {
        if (Temperature == 0.0 || SpectralDensity.LowFrequencyExponent > 1.0)
            return 0.0;
        if (!ZeroFrequencyRateIsFinite)
            Throw.OutOfRange("omega", 0.0,
                $"The zero-frequency rate gamma(0) = 2 pi T lim J(w)/w is infinite for the sub-Ohmic {SpectralDensity} at " +
                $"T = {Temperature:G6} > 0: a coupling with elements between equal energies (zero Bohr frequency, e.g. " +
                "diagonal elements in the energy basis) cannot use a sub-Ohmic bath at T > 0.");
        return 2.0 * Math.PI * SpectralDensity.LowFrequencySlope * Temperature;
    }

    /// <summary>
    /// Largest |ω| accepted by <see cref="LambShift"/>, relative to max(J's scale, T): beyond it the Bohr frequencies are
    /// unphysically far from the bath's frequencies and the quadrature would lose its meaning.
    /// </summary>
    public const double MaxRelativeFrequency = 1e12;

    /// <summary>Largest T accepted by <see cref="LambShift"/> at ω ≠ 0, relative to J's scale (rates have no such limit).</summary>
    public const double MaxRelativeTemperature = 1e12;

    /// <summary>
    /// Below this |ω|, relative to J's scale, the thermal part is not integrated: it is 0 to double precision for
    /// s ≥ 1 and refused for a sub-Ohmic J at T &gt; 0.
    /// </summary>
    public const double MinRelativeFrequency = 1e-250;

    /// <summary>
    /// Lamb shift S(ω) = P∫₀^∞ dν J(ν)[(n(ν)+1)/(ω − ν) + n(ν)/(ω + ν)] (a frequency), split as S = S₀ + S_th with the
    /// vacuum part S₀ of the spectral density and the thermal part S_th(ω) = 2ω ∫₀^∞ [f(ν) − f(|ω|)]/(ω² − ν²) dν,
    /// f = J n, whose integrand is regular (docs/spectral-densities.md). S_th is odd, S_th(0) = 0, so
    /// S(0) = S₀(0) = −∫₀^∞ J(ν)/ν dν at every T (the principal value at ω = 0; for a sub-Ohmic J at T &gt; 0,
    /// S_th(ω) ~ T|ω|^{s−1} sign ω diverges as ω → 0, so S is then discontinuous at 0). Accuracy about 1e-12 of
    /// |S₀(0)| + the thermal scale.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// ω not finite or |ω| &gt; <see cref="MaxRelativeFrequency"/> max(scale, T); T &gt; <see cref="MaxRelativeTemperature"/> scale
    /// (ω ≠ 0); 0 &lt; |ω| &lt; <see cref="MinRelativeFrequency"/> scale for a sub-Ohmic J at T &gt; 0.
    /// </exception>
    /// <exception cref="ArithmeticException">The quadrature did not converge (reported, never a silent NaN).</exception>
    public double LambShift(double omega)
    {
        CheckLambShiftFrequency(omega);
        double th = ThermalLambShift(Math.Abs(omega));
        return SpectralDensity.VacuumLambShift(omega) + (omega < 0.0 ? -th : th);
    }

    /// <summary>(S(ω), S(−ω)) for ω ≥ 0 with one thermal quadrature (S_th is odd in ω).</summary>
    public (double Plus, double Minus) LambShiftPair(double omega)
    {
        if (!(omega >= 0.0))
            Throw.OutOfRange(nameof(omega), omega, "LambShiftPair needs a finite omega >= 0.");
        CheckLambShiftFrequency(omega);
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
            if (w == 0.0)
            {
                continue;
            }
            double up = Rate(w), down = Rate(-w);
            double expected = Temperature == 0.0 ? 0.0 : Math.Exp(-w / Temperature) * up;
            double scale = Math.Max(up, double.Epsilon);
            worst = Math.Max(worst, Math.Abs(down - expected) / scale);
        }
        return worst;
    }

    private void CheckLambShiftFrequency(double omega)
    {
        if (!double.IsFinite(omega))
            Throw.OutOfRange(nameof(omega), omega, "Frequency must be finite.");
        double reference = Math.Max(SpectralDensity.Scale, Temperature);
        if (Math.Abs(omega) > MaxRelativeFrequency * reference)
            Throw.OutOfRange(nameof(omega), omega,
                $"|w| = {Math.Abs(omega):G3} is more than {MaxRelativeFrequency:G0} times the bath's frequency scale " +
                $"max(scale, T) = {reference:G3} of {SpectralDensity}; the Lamb shift is not computed so far from the bath.");
    }

    /// <summary>S_th(w) for w ≥ 0.</summary>
    private double ThermalLambShift(double w)
    {
        if (Temperature == 0.0 || w == 0.0)
            return 0.0;
        double scale = SpectralDensity.Scale;
        if (Temperature > MaxRelativeTemperature * scale)
            Throw.OutOfRange("temperature", Temperature,
                $"The thermal Lamb shift is not computed at T more than {MaxRelativeTemperature:G0} times the frequency " +
                $"scale {scale:G3} of {SpectralDensity}: the occupation n(w) ~ T/w spans too many decades for double precision.");
        if (w < MinRelativeFrequency * scale)
        {
            // For s ≥ 1, |S_th(w)| ≲ c (1 + T/scale) w |ln w| is below double resolution of S(0) here: S(w) = S(0) exactly.
            if (SpectralDensity.LowFrequencyExponent >= 1.0)
                return 0.0;
            Throw.OutOfRange("omega", w,
                $"|w| = {w:G3} is below {MinRelativeFrequency:G0} of the frequency scale of the sub-Ohmic {SpectralDensity}, " +
                "where S_th(w) ~ T |w|^(s-1) overflows.");
        }
        try
        {
            return PrincipalValue.Thermal(SpectralDensity, Temperature, w);
        }
        catch (ArithmeticException e)
        {
            throw new ArithmeticException($"Thermal Lamb shift of {this} at w = {w:G6} failed: {e.Message}", e);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"BosonicBath({SpectralDensity}, T={Temperature:G6})";
}
