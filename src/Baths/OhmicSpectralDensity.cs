namespace OpenSystem.Baths;

/// <summary>
/// Ohmic-family spectral density with exponential cutoff, J(ω) = α ω^s Ω^{1−s} e^{−ω/Ω} for ω ≥ 0 (model-file spec,
/// "Baths" and "Additions"): s = 1 Ohmic (the default), s &lt; 1 sub-Ohmic, s &gt; 1 super-Ohmic. α is dimensionless,
/// Ω and J are frequencies (ħ = k_B = 1). ∫₀^∞ J(ω)/ω dω = α Ω Γ(s).
/// </summary>
public sealed class OhmicSpectralDensity : ISpectralDensity, IEquatable<OhmicSpectralDensity>
{
    /// <summary>Largest exponent accepted: beyond it J peaks at sΩ with a value of order αΩ(s/e)^s, far outside weak coupling.</summary>
    public const double MaxExponent = 20.0;

    /// <summary>Creates J(ω) = α ω^s Ω^{1−s} e^{−ω/Ω}.</summary>
    /// <param name="alpha">Dimensionless coupling strength α ≥ 0.</param>
    /// <param name="cutoff">Cutoff frequency Ω &gt; 0.</param>
    /// <param name="exponent">Low-frequency exponent s, 0 &lt; s ≤ <see cref="MaxExponent"/>; 1 is Ohmic.</param>
    /// <exception cref="ArgumentOutOfRangeException">α negative or not finite; Ω not finite or ≤ 0; s outside (0, 20].</exception>
    public OhmicSpectralDensity(double alpha, double cutoff, double exponent = 1.0)
    {
        if (!(alpha >= 0.0) || double.IsInfinity(alpha))
            Throw.OutOfRange(nameof(alpha), alpha,
                "Ohmic coupling alpha must be finite and >= 0: J(w) = alpha w^s cutoff^(1-s) exp(-w/cutoff) is a density of squared couplings.");
        if (!(cutoff > 0.0) || double.IsInfinity(cutoff))
            Throw.OutOfRange(nameof(cutoff), cutoff,
                "Ohmic cutoff must be finite and > 0: a zero cutoff switches the bath off and makes S(w) singular.");
        if (!(exponent > 0.0) || exponent > MaxExponent)
            Throw.OutOfRange(nameof(exponent), exponent,
                $"Ohmic exponent s must be in (0, {MaxExponent}]: for s <= 0 the reorganisation integral of J(w)/w diverges at w = 0.");
        Alpha = alpha;
        Cutoff = cutoff;
        Exponent = exponent;
    }

    /// <summary>Dimensionless coupling α.</summary>
    public double Alpha { get; }

    /// <summary>Cutoff frequency Ω.</summary>
    public double Cutoff { get; }

    /// <summary>Low-frequency exponent s (1 = Ohmic).</summary>
    public double Exponent { get; }

    /// <inheritdoc />
    public double LowFrequencySlope => Exponent == 1.0 ? Alpha : Exponent > 1.0 ? 0.0 : double.PositiveInfinity;

    /// <inheritdoc />
    public double LowFrequencyExponent => Exponent;

    /// <inheritdoc />
    public double Scale => Cutoff * Math.Max(1.0, Exponent);

    /// <inheritdoc />
    public double Evaluate(double omega)
    {
        if (omega <= 0.0)
            return 0.0;
        if (Exponent == 1.0)
            return Alpha * omega * Math.Exp(-omega / Cutoff);
        double x = omega / Cutoff;
        return Alpha * Cutoff * Math.Exp(Exponent * Math.Log(x) - x);
    }

    /// <summary>
    /// S₀(ω) = P∫₀^∞ J(ν)/(ω − ν) dν. For s = 1 the closed form α[−Ω + ω e^{−ω/Ω} Ei(ω/Ω)]; for ω &lt; 0 it reads
    /// α[−Ω + |ω| e^{|ω|/Ω} E₁(|ω|/Ω)]; S₀(0) = −αΩ. For other s, principal-value quadrature (pole removed by symmetric
    /// pairing); S₀(0) = −αΩΓ(s).
    /// </summary>
    public double VacuumLambShift(double omega)
    {
        if (!double.IsFinite(omega))
            Throw.OutOfRange(nameof(omega), omega, "Frequency must be finite.");
        if (Exponent != 1.0)
            return PrincipalValue.Vacuum(this, omega);
        if (omega == 0.0)
            return -Alpha * Cutoff;
        double x = Math.Abs(omega) / Cutoff;
        double scaled = omega > 0.0 ? ExponentialIntegrals.ScaledEi(x) : ExponentialIntegrals.ScaledE1(x);
        return Alpha * (-Cutoff + Math.Abs(omega) * scaled);
    }

    /// <inheritdoc />
    public bool Equals(OhmicSpectralDensity? other) =>
        other is not null && other.Alpha == Alpha && other.Cutoff == Cutoff && other.Exponent == Exponent;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OhmicSpectralDensity);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Alpha, Cutoff, Exponent);

    /// <inheritdoc />
    public override string ToString() =>
        Exponent == 1.0 ? $"Ohmic(alpha={Alpha:G6}, cutoff={Cutoff:G6})" : $"Ohmic(alpha={Alpha:G6}, cutoff={Cutoff:G6}, exponent={Exponent:G6})";
}
