namespace OpenSystem.Symmetry;

/// <summary>
/// A steady state of a <see cref="PermutationInvariantGenerator"/>, certified by its residual.
/// </summary>
/// <param name="State">The state, Tr ρ = 1.</param>
/// <param name="Residual">‖L ρ‖ (Euclidean norm of the weighted blocks, <see cref="SectorState.Norm"/>).</param>
/// <param name="RelativeResidual">‖L ρ‖ / (σ ‖ρ‖), σ the fastest population decay rate of the secular part.</param>
/// <param name="Iterations">GMRES iterations (0 when the secular start already met the tolerance).</param>
public sealed record SectorSteadyState(SectorState State, double Residual, double RelativeResidual, int Iterations);
