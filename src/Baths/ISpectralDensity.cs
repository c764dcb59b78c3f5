namespace OpenSystem.Baths;

/// <summary>
/// Spectral density J(ω) = Σ_k g_k² δ(ω − ω_k) of a bosonic bath coupled as H_I = A ⊗ Σ_k g_k (b_k + b_k†).
/// Units: ħ = k_B = 1, J has the units of a frequency.
/// </summary>
public interface ISpectralDensity
{
    /// <summary>J(ω) for ω ≥ 0; zero for ω ≤ 0.</summary>
    double Evaluate(double omega);

    /// <summary>lim_{ω→0} J(ω)/ω, which fixes the zero-frequency rate γ(0) = 2π T lim J(ω)/ω.</summary>
    double LowFrequencySlope { get; }

    /// <summary>
    /// A frequency beyond which J is negligible relative to its bulk (used to truncate thermal integrals);
    /// for the exponential cutoff it is the cutoff itself.
    /// </summary>
    double Scale { get; }

    /// <summary>
    /// Zero-temperature Lamb shift S₀(ω) = P∫₀^∞ dν J(ν)/(ω − ν) for any real ω.
    /// </summary>
    double VacuumLambShift(double omega);
}
