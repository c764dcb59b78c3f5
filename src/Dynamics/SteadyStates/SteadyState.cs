namespace OpenSystem.Dynamics;

/// <summary>A stationary state ρ with L(ρ) ≈ 0 and its certificate.</summary>
/// <param name="State">ρ in the computational basis.</param>
/// <param name="Represented">ρ in the generator's own basis, carrying that basis (<see cref="IGenerator.Basis"/>).</param>
/// <param name="Residual">‖L(ρ)‖_F.</param>
/// <param name="RelativeResidual">‖L(ρ)‖_F / (σ ‖ρ‖_F), σ the largest decay rate |Re L_(ab),(ab)|.</param>
/// <param name="Method">How it was found.</param>
/// <param name="Iterations">Krylov iterations (0 for the direct solve).</param>
/// <param name="Unique">False when a conserved quantity makes the long-time state depend on the initial state (always false for <see cref="SteadyStateMethod.Evolution"/>: that route is taken because uniqueness failed).</param>
/// <param name="Diagnosis">Why uniqueness failed, or empty.</param>
public sealed record SteadyState(DensityMatrix State, StateInBasis Represented, double Residual, double RelativeResidual,
    SteadyStateMethod Method, int Iterations, bool Unique, string Diagnosis);
