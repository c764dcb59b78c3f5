namespace OpenSystem.Baths;

/// <summary>
/// Ohmic spectral density with exponential cutoff, J(ω) = α ω exp(−ω/Ω) for ω ≥ 0 (model-file spec, "Baths").
/// </summary>
public sealed class OhmicSpectralDensity : ISpectralDensity, IEquatable<OhmicSpectralDensity>
{
    /// <summary>Creates J(ω) = α ω e^{−ω/Ω}.</summary>
    /// <param name="alpha">Dimensionless coupling strength α ≥ 0.</param>
    /// <param name="cutoff">Cutoff frequency Ω &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">α negative or not finite; Ω not finite or ≤ 0.</exception>
    public OhmicSpectralDensity(double alpha, double cutoff)
    {
        if (!(alpha >= 0.0) || double.IsInfinity(alpha))
            Throw.OutOfRange(nameof(alpha), alpha,
                "Ohmic coupling alpha must be finite and >= 0: J(w) = alpha w exp(-w/cutoff) is a density of squared couplings.");
        if (!(cutoff > 0.0) || double.IsInfinity(cutoff))
            Throw.OutOfRange(nameof(cutoff), cutoff,
                "Ohmic cutoff must be finite and > 0: a zero cutoff switches the bath off and makes S(w) singular.");
        Alpha = alpha;
        Cutoff = cutoff;
    }

    /// <summary>Dimensionless coupling α.</summary>
    public double Alpha { get; }

    /// <summary>Cutoff frequency Ω.</summary>
    public double Cutoff { get; }

    /// <inheritdoc />
    public double LowFrequencySlope => Alpha;

    /// <inheritdoc />
    public double Scale => Cutoff;

    /// <inheritdoc />
    public double Evaluate(double omega) => omega <= 0.0 ? 0.0 : Alpha * omega * Math.Exp(-omega / Cutoff);

    /// <summary>
    /// S₀(ω) = α[−Ω + ω e^{−ω/Ω} Ei(ω/Ω)], the closed form of P∫₀^∞ J(ν)/(ω − ν) dν
    /// (physics notes 3.1); for ω &lt; 0 it reads α[−Ω + |ω| e^{|ω|/Ω} E₁(|ω|/Ω)], and S₀(0) = −αΩ.
    /// </summary>
    public double VacuumLambShift(double omega)
    {
        if (omega == 0.0) return -Alpha * Cutoff;
        double x = Math.Abs(omega) / Cutoff;
        double scaled = omega > 0.0 ? ExponentialIntegrals.ScaledEi(x) : ExponentialIntegrals.ScaledE1(x);
        return Alpha * (-Cutoff + Math.Abs(omega) * scaled);
    }

    /// <inheritdoc />
    public bool Equals(OhmicSpectralDensity? other) => other is not null && other.Alpha == Alpha && other.Cutoff == Cutoff;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OhmicSpectralDensity);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Alpha, Cutoff);

    /// <inheritdoc />
    public override string ToString() => $"Ohmic(alpha={Alpha:G6}, cutoff={Cutoff:G6})";
}
