namespace OpenSystem.Dynamics;

/// <summary>
/// What the eigenvalues λ of L (the real d² × d² generator) say about the long-time behaviour, before any state is computed.
/// </summary>
/// <param name="KernelDimension">dim ker L: 1 when the steady state is unique, more when conserved quantities exist.</param>
/// <param name="OscillationFrequencies">
/// The distinct positive frequencies ω of eigenvalues ±iω of L on the imaginary axis (same units as the energies,
/// ħ = 1), ascending; empty when every non-zero mode decays. When not empty, ρ(t) can oscillate for ever.
/// </param>
/// <param name="Gap">Smallest decay rate −Re λ over the eigenvalues off the imaginary axis (the slowest relaxation rate), or +∞.</param>
/// <param name="Resolution">
/// Eigenvalues with |Re λ| ≤ this were counted on the imaginary axis (and with |λ| ≤ this in the kernel):
/// <see cref="Tolerances.KernelResolution"/> times ‖L‖₁ of the real d² × d² matrix, a few rounding errors of its spectrum.
/// </param>
public sealed record KernelSpectrum(int KernelDimension, IReadOnlyList<double> OscillationFrequencies, double Gap, double Resolution)
{
    /// <summary>True when the kernel of L is one-dimensional: every initial state tends to the same state.</summary>
    public bool Unique => KernelDimension == 1;

    /// <summary>True when eigenvalues on the imaginary axis make ρ(t) oscillate for ever (for initial states that excite them).</summary>
    public bool Oscillates => OscillationFrequencies.Count > 0;

    /// <summary>
    /// A rough bound on the relative error of a steady state from rounding: ε‖L‖/gap (ε = 2⁻⁵²); above ~1e-8 the kernel is
    /// not resolved from the slowest decaying mode in double precision.
    /// </summary>
    public double ConditionBound => Gap > 0 && double.IsFinite(Gap) ? 2.220446049250313e-16 * Resolution / Tolerances.KernelResolution / Gap : 0.0;
}
