namespace OpenSystem.Baths;

/// <summary>
/// Spectral density J(ω) = Σ_k g_k² δ(ω − ω_k) of a bosonic bath coupled as H_I = A ⊗ Σ_k g_k (b_k + b_k†).
/// Units: ħ = k_B = 1, J has the units of a frequency. Every kind is used through the same formulas:
/// γ(ω) = 2π J(ω)(n(ω) + 1) and S(ω) = P∫₀^∞ dν J(ν)[(n+1)/(ω − ν) + n/(ω + ν)] (see <see cref="BosonicBath"/>).
/// </summary>
public interface ISpectralDensity
{
    /// <summary>J(ω) for ω ≥ 0; zero for ω ≤ 0.</summary>
    double Evaluate(double omega);

    /// <summary>
    /// lim_{ω→0} J(ω)/ω, which fixes the zero-frequency rate γ(0) = 2π T lim J(ω)/ω: 0 when
    /// <see cref="LowFrequencyExponent"/> &gt; 1, +∞ when it is &lt; 1 (a sub-Ohmic density; callers must check the
    /// exponent before using this value, as <see cref="BosonicBath.Rate"/> does).
    /// </summary>
    double LowFrequencySlope { get; }

    /// <summary>
    /// The exponent s of the low-frequency power law J(ω) ≈ c ω^s (ω → 0⁺): 1 for Ohmic, Drude–Lorentz and
    /// underdamped densities, s for the Ohmic family with an exponent. It decides the ω → 0 limits:
    /// γ(0) = 0 for s &gt; 1, 2π T c for s = 1, and +∞ at T &gt; 0 for s &lt; 1.
    /// </summary>
    double LowFrequencyExponent { get; }

    /// <summary>
    /// A frequency beyond which J is negligible relative to its bulk (used to place quadrature break points);
    /// for the exponential cutoff it is the cutoff times max(1, s), for Lorentzian forms the width or the peak frequency.
    /// </summary>
    double Scale { get; }

    /// <summary>
    /// Zero-temperature Lamb shift S₀(ω) = P∫₀^∞ dν J(ν)/(ω − ν) for any real ω; S₀(0) = −∫₀^∞ J(ν)/ν dν is minus
    /// the reorganisation integral.
    /// </summary>
    double VacuumLambShift(double omega);
}
