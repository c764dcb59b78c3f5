using OpenSystem.Dynamics;

namespace OpenSystem.Analysis;

/// <summary>Result of <see cref="ApproachAnalysis.Run"/>.</summary>
/// <param name="Times">Time grid (0, then log-spaced).</param>
/// <param name="Gap">Liouvillian gap: the smallest decay rate −Re λ over the non-zero eigenvalues of L.</param>
/// <param name="GapMethod">How the gap was obtained (<see cref="LiouvillianGap.Method"/>).</param>
/// <param name="Steady">The steady state (the limit reached from the model's initial state when it is not unique, as in <see cref="Simulation.Run"/>).</param>
/// <param name="SteadyMeasurement">Its measurement.</param>
/// <param name="Gibbs">Gibbs coherences, or null.</param>
/// <param name="Runs">From the ground state and from the maximally mixed state.</param>
public sealed record ApproachReport(double[] Times, double Gap, string GapMethod, SteadyState Steady, StateMeasurement SteadyMeasurement,
    double[]? Gibbs, IReadOnlyList<ApproachRun> Runs);
