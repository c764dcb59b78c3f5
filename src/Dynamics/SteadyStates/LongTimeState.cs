namespace OpenSystem.Dynamics;

/// <summary>
/// The long-time behaviour of ρ(t) = e^{Lt} ρ₀ read off the spectrum of L: the limit (or, with persistent oscillations,
/// the time average lim_{T→∞} (1/T)∫₀ᵀ ρ(t) dt) P₀ρ₀, where P₀ is the spectral projector of L on the eigenvalue 0.
/// </summary>
/// <param name="State">P₀ρ₀ in the computational basis (trace 1).</param>
/// <param name="Represented">P₀ρ₀ in the generator's own basis.</param>
/// <param name="Spectrum">Kernel dimension, imaginary-axis frequencies and gap of L.</param>
/// <param name="Residual">‖L(P₀ρ₀)‖_F.</param>
public sealed record LongTimeState(DensityMatrix State, StateInBasis Represented, KernelSpectrum Spectrum, double Residual)
{
    /// <summary>True when the kernel of L is one-dimensional: every initial state tends to <see cref="State"/>.</summary>
    public bool Unique => Spectrum.Unique;

    /// <summary>True when eigenvalues on the imaginary axis exist; <see cref="State"/> is then a time average for initial states that excite them.</summary>
    public bool Oscillates => Spectrum.Oscillates;
}
