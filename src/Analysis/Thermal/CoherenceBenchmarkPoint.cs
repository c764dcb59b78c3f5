namespace OpenSystem.Analysis;

/// <summary>The network-wide diagnostics of <see cref="CoherenceBenchmark"/> at one temperature.</summary>
/// <param name="Temperature">T of every bath (k_B = 1).</param>
/// <param name="MeanForceTraceDistanceToGibbs">½‖ρ_MF − ρ_G‖₁, the size of the second-order correction (not small: the
/// coupling is too strong for a second-order treatment); undefined where ρ_MF is.</param>
/// <param name="MeanForceMinimumEigenvalue">Smallest eigenvalue of ρ_MF (negative: the second-order state is not positive;
/// it is reported unclipped).</param>
/// <param name="RedfieldResidual">Relative residual ‖Lρ‖/(σ‖ρ‖) of the Redfield steady state; undefined when the solve failed.</param>
/// <param name="RedfieldTraceDistanceToMeanForce">½‖ρ_Redfield − ρ_MF‖₁ (populations differ at first order in the
/// coupling, coherences between distinct levels at second order).</param>
public sealed record CoherenceBenchmarkPoint(double Temperature, Measured MeanForceTraceDistanceToGibbs, Measured MeanForceMinimumEigenvalue,
    Measured RedfieldResidual, Measured RedfieldTraceDistanceToMeanForce);
