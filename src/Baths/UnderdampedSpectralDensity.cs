using System.Numerics;

namespace OpenSystem.Baths;

/// <summary>
/// Underdamped (Brownian-oscillator) spectral density J(ω) = (2λ/π) γ ω0² ω/((ω0² − ω²)² + γ² ω²) for ω ≥ 0
/// (model-file spec, "Additions"): a bath mode at ω0 with damping γ. λ is the reorganisation energy,
/// ∫₀^∞ J(ω)/ω dω = λ; λ, γ, ω0 are frequencies (ħ = k_B = 1). QuTiP's UnderDampedEnvironment uses J_QuTiP = π J.
/// </summary>
public sealed class UnderdampedSpectralDensity : ISpectralDensity, IEquatable<UnderdampedSpectralDensity>
{
    /// <summary>Creates J(ω) = (2λ/π) γ ω0² ω/((ω0² − ω²)² + γ² ω²).</summary>
    /// <param name="reorganization">Reorganisation energy λ ≥ 0.</param>
    /// <param name="width">Damping γ &gt; 0.</param>
    /// <param name="frequency">Oscillator frequency ω0 &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">λ negative or not finite; γ or ω0 not finite or ≤ 0.</exception>
    public UnderdampedSpectralDensity(double reorganization, double width, double frequency)
    {
        if (!(reorganization >= 0.0) || double.IsInfinity(reorganization))
            Throw.OutOfRange(nameof(reorganization), reorganization,
                "Underdamped reorganization energy lambda must be finite and >= 0: it is the integral of J(w)/w.");
        if (!(width > 0.0) || double.IsInfinity(width))
            Throw.OutOfRange(nameof(width), width,
                "Underdamped width gamma must be finite and > 0: at gamma = 0 J(w) is a delta peak, not a continuum.");
        if (!(frequency > 0.0) || double.IsInfinity(frequency))
            Throw.OutOfRange(nameof(frequency), frequency, "Underdamped oscillator frequency w0 must be finite and > 0.");
        Reorganization = reorganization;
        Width = width;
        Frequency = frequency;
    }

    /// <summary>Reorganisation energy λ = ∫₀^∞ J(ω)/ω dω.</summary>
    public double Reorganization { get; }

    /// <summary>Damping γ.</summary>
    public double Width { get; }

    /// <summary>Oscillator frequency ω0.</summary>
    public double Frequency { get; }

    /// <inheritdoc />
    public double LowFrequencySlope => 2.0 * Reorganization * Width / (Math.PI * Frequency * Frequency);

    /// <inheritdoc />
    public double LowFrequencyExponent => 1.0;

    /// <inheritdoc />
    public double Scale => Math.Max(Frequency, Width);

    /// <inheritdoc />
    public double Evaluate(double omega)
    {
        if (omega <= 0.0)
            return 0.0;
        // In units of w0: J = (2λ/π) g x/((1 − x²)² + g² x²), x = ω/ω0, g = γ/ω0.
        double x = omega / Frequency;
        double g = Width / Frequency;
        double d = (1.0 - x) * (1.0 + x);
        return 2.0 * Reorganization / Math.PI * g * x / (d * d + g * g * x * x);
    }

    /// <summary>
    /// S₀(ω) = P∫₀^∞ J(ν)/(ω − ν) dν. In units of ω0, J = (2λg/π) R(x) with R(x) = x/Q(x), Q = (1 − x²)² + g²x², whose
    /// simple poles p_k = ±r ± ig/2, r = √(1 − g²/4), have residues c_k = 1/(4(p_k² − 1) + 2g²); then
    /// P∫₀^∞ dν/((ν − p)(ω − ν)) = [ln|ω| − ln(−p)]/(ω − p) gives S₀ = (2λg/π)[x ln|x|/Q(x) − Σ_k c_k ln(−p_k)/(x − p_k)]
    /// (docs/spectral-densities.md). Near critical damping (|r| &lt; 0.01) the residues cancel and principal-value
    /// quadrature is used instead. S₀(0) = −λ.
    /// </summary>
    public double VacuumLambShift(double omega)
    {
        if (!double.IsFinite(omega))
            Throw.OutOfRange(nameof(omega), omega, "Frequency must be finite.");
        if (omega == 0.0)
            return -Reorganization;
        double g = Width / Frequency;
        Complex r = Complex.Sqrt(1.0 - 0.25 * g * g);
        if (r.Magnitude < 0.01)
            return PrincipalValue.Vacuum(this, omega);
        double x = omega / Frequency;
        double d = (1.0 - x) * (1.0 + x);
        double q = d * d + g * g * x * x;
        Complex half = new(0.0, 0.5 * g);
        Complex sum = Complex.Zero;
        foreach (Complex p in new[] { r + half, -r + half, r - half, -r - half })
        {
            Complex c = 1.0 / (4.0 * (p * p - 1.0) + 2.0 * g * g);
            sum += c * Complex.Log(-p) / (x - p);
        }
        return 2.0 * Reorganization * g / Math.PI * (x * Math.Log(Math.Abs(x)) / q - sum.Real);
    }

    /// <inheritdoc />
    public bool Equals(UnderdampedSpectralDensity? other) =>
        other is not null && other.Reorganization == Reorganization && other.Width == Width && other.Frequency == Frequency;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UnderdampedSpectralDensity);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Reorganization, Width, Frequency);

    /// <inheritdoc />
    public override string ToString() =>
        $"Underdamped(reorganization={Reorganization:G6}, width={Width:G6}, frequency={Frequency:G6})";
}
