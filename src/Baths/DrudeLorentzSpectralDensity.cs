namespace OpenSystem.Baths;

/// <summary>
/// Drude–Lorentz (overdamped Brownian) spectral density J(ω) = (2λ/π) γ ω/(ω² + γ²) for ω ≥ 0 (model-file spec,
/// "Additions"). λ is the reorganisation energy, ∫₀^∞ J(ω)/ω dω = λ, and γ the width (inverse bath memory time); both
/// are frequencies (ħ = k_B = 1). QuTiP's DrudeLorentzEnvironment uses J_QuTiP = π J with the same λ and γ.
/// </summary>
public sealed class DrudeLorentzSpectralDensity : ISpectralDensity, IEquatable<DrudeLorentzSpectralDensity>
{
    /// <summary>Creates J(ω) = (2λ/π) γ ω/(ω² + γ²).</summary>
    /// <param name="reorganization">Reorganisation energy λ ≥ 0 (a frequency).</param>
    /// <param name="width">Width γ &gt; 0 (a frequency).</param>
    /// <exception cref="ArgumentOutOfRangeException">λ negative or not finite; γ not finite or ≤ 0.</exception>
    public DrudeLorentzSpectralDensity(double reorganization, double width)
    {
        if (!(reorganization >= 0.0) || double.IsInfinity(reorganization))
            Throw.OutOfRange(nameof(reorganization), reorganization,
                "Drude-Lorentz reorganization energy lambda must be finite and >= 0: it is the integral of J(w)/w.");
        if (!(width > 0.0) || double.IsInfinity(width))
            Throw.OutOfRange(nameof(width), width,
                "Drude-Lorentz width gamma must be finite and > 0: at gamma = 0 J(w) vanishes and S(w) is singular.");
        Reorganization = reorganization;
        Width = width;
    }

    /// <summary>Reorganisation energy λ = ∫₀^∞ J(ω)/ω dω.</summary>
    public double Reorganization { get; }

    /// <summary>Width γ.</summary>
    public double Width { get; }

    /// <inheritdoc />
    public double LowFrequencySlope => 2.0 * Reorganization / (Math.PI * Width);

    /// <inheritdoc />
    public double LowFrequencyExponent => 1.0;

    /// <inheritdoc />
    public double Scale => Width;

    /// <inheritdoc />
    public double Evaluate(double omega)
    {
        if (omega <= 0.0)
            return 0.0;
        double x = omega / Width;
        return 2.0 * Reorganization / Math.PI * x / (1.0 + x * x);
    }

    /// <summary>
    /// Closed form S₀(ω) = (2λ/π)[x ln|x| − π/2]/(1 + x²), x = ω/γ, of P∫₀^∞ J(ν)/(ω − ν) dν (partial fractions,
    /// docs/spectral-densities.md); S₀(0) = −λ.
    /// </summary>
    public double VacuumLambShift(double omega)
    {
        if (!double.IsFinite(omega))
            Throw.OutOfRange(nameof(omega), omega, "Frequency must be finite.");
        double prefactor = 2.0 * Reorganization / Math.PI;
        if (omega == 0.0)
            return -Reorganization;
        double x = omega / Width;
        double ax = Math.Abs(x);
        if (ax <= 1.0)
            return prefactor * (x * Math.Log(ax) - 0.5 * Math.PI) / (1.0 + x * x);
        // Divide through by x so that x² cannot overflow.
        return prefactor * (Math.Log(ax) - 0.5 * Math.PI / x) / (x + 1.0 / x);
    }

    /// <inheritdoc />
    public bool Equals(DrudeLorentzSpectralDensity? other) =>
        other is not null && other.Reorganization == Reorganization && other.Width == Width;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DrudeLorentzSpectralDensity);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Reorganization, Width);

    /// <inheritdoc />
    public override string ToString() => $"DrudeLorentz(reorganization={Reorganization:G6}, width={Width:G6})";
}
