namespace OpenSystem.Dynamics;

/// <summary>A stationary state ρ with L(ρ) ≈ 0 and its certificate.</summary>
/// <param name="State">ρ in the computational basis.</param>
/// <param name="Represented">ρ in the generator's own basis, carrying that basis (<see cref="IGenerator.Basis"/>).</param>
/// <param name="Residual">‖L(ρ)‖_F.</param>
/// <param name="RelativeResidual">‖L(ρ)‖_F / (σ ‖ρ‖_F), σ the largest decay rate |Re L_(ab),(ab)|.</param>
/// <param name="Method">How it was found.</param>
/// <param name="Iterations">Krylov iterations (0 for the direct solve).</param>
/// <param name="Unique">
/// True only when the kernel of L is one-dimensional (established by <see cref="LongTimeLimit"/> where it ran, otherwise by
/// the closed classes of the rate matrix and a second solve from a perturbed start); false when a conserved quantity
/// makes the long-time state depend on the initial state.
/// </param>
/// <param name="Diagnosis">Why uniqueness failed or the state oscillates, or empty.</param>
/// <param name="Spectrum">The spectrum of L behind the result (kernel dimension, imaginary-axis frequencies, gap), null where it was not computed.</param>
public sealed record SteadyState(DensityMatrix State, StateInBasis Represented, double Residual, double RelativeResidual,
    SteadyStateMethod Method, int Iterations, bool Unique, string Diagnosis, KernelSpectrum? Spectrum = null);
