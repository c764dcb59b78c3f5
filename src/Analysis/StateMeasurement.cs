using OpenSystem.Dynamics;

namespace OpenSystem.Analysis;

/// <summary>What is measured on one state.</summary>
/// <param name="Bloch">Bloch vector (⟨X_j⟩, ⟨Y_j⟩, ⟨Z_j⟩) per qubit.</param>
/// <param name="Coherence">C_j = √(⟨X_j⟩² + ⟨Y_j⟩²) per qubit.</param>
/// <param name="TraceDistanceToGibbs">½‖ρ − τ‖₁, null without a Gibbs state.</param>
/// <param name="RelativeEntropyToGibbs">S(ρ‖τ) in nats (or undefined with the reason); null without a Gibbs state or without spectral work.</param>
/// <param name="MinimumEigenvalue">Smallest eigenvalue of ρ (negative: positivity lost); NaN when not computed.</param>
public sealed record StateMeasurement(BlochVector[] Bloch, double[] Coherence, double? TraceDistanceToGibbs, Measured? RelativeEntropyToGibbs,
    double MinimumEigenvalue);
