namespace OpenSystem.Cli;

/// <summary>
/// The steady state in approach.json: per-qubit Bloch vectors (x, y, z) and local coherences C_j = √(x² + y²), the
/// residual ‖L(ρ)‖_F, whether it is unique, and (null when unique) why it is not.
/// </summary>
internal sealed record ApproachSteadyJson(double[][] Bloch, double[] Coherence, double Residual, bool Unique, string? Diagnosis);
