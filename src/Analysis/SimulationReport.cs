using OpenSystem.Dynamics;

namespace OpenSystem.Analysis;

/// <summary>The Gibbs state of Eq. (2) at the baths' temperature.</summary>
/// <param name="Temperature">T.</param>
/// <param name="Measurement">Bloch vectors and coherences of τ.</param>
/// <param name="SymmetryForbidden">Per qubit, a set S ∋ j with [⊗_S σᶻ, H] = 0 (C_j = 0 by symmetry), or null.</param>
public sealed record GibbsReport(double Temperature, StateMeasurement Measurement, IReadOnlyList<int[]?> SymmetryForbidden);

/// <summary>The steady state of the chosen equation.</summary>
/// <param name="Solution">The solver's output (state, residual, method).</param>
/// <param name="Measurement">Bloch vectors, coherences, distance to τ.</param>
/// <param name="TraceDistanceToMeanForce">½‖ρ_ss − ρ_MF‖₁ to the mean-force Gibbs state; null without one.</param>
public sealed record SteadyStateReport(SteadyState Solution, StateMeasurement Measurement, double? TraceDistanceToMeanForce = null);

/// <summary>A trajectory reduced to the spec's observables.</summary>
/// <param name="Times">Output times.</param>
/// <param name="Measurements">One measurement per time.</param>
/// <param name="Statistics">Integrator statistics.</param>
public sealed record TrajectoryReport(IReadOnlyList<double> Times, IReadOnlyList<StateMeasurement> Measurements, IntegratorStatistics Statistics)
{
    /// <summary>Smallest eigenvalue of ρ(t) over the trajectory.</summary>
    public double MinimumEigenvalue => Measurements.Where(m => double.IsFinite(m.MinimumEigenvalue)).Select(m => m.MinimumEigenvalue).DefaultIfEmpty(double.NaN).Min();
}

/// <summary>Wall time of each stage of <see cref="Simulation.Run"/>, in seconds (in-process: no start-up, no file output).</summary>
/// <param name="Generator">Building the generator (including the diagonalisation of H when it needs the energy basis).</param>
/// <param name="SteadyState">Solving (and certifying) the steady state, the Gibbs state and their measurements.</param>
/// <param name="Trajectory">The trajectory with its per-sample measurements; 0 without one.</param>
public sealed record SimulationTimings(double Generator, double SteadyState, double Trajectory);

/// <summary>Everything <c>opensystem run</c> computes for one model.</summary>
/// <param name="Equation">The master equation.</param>
/// <param name="Gibbs">Gibbs state, null without a common bath temperature.</param>
/// <param name="SteadyState">Steady state.</param>
/// <param name="Trajectory">Trajectory, null without an evolution request.</param>
/// <param name="Warnings">Physics warnings raised along the way.</param>
/// <param name="Timings">Wall time per stage.</param>
/// <param name="MeanForce">The mean-force Gibbs state to second order in the coupling; null without a bath, without a
/// single bath temperature, or at T = 0 (the warnings say why).</param>
public sealed record SimulationReport(MasterEquation Equation, GibbsReport? Gibbs, SteadyStateReport SteadyState, TrajectoryReport? Trajectory,
    IReadOnlyList<string> Warnings, SimulationTimings? Timings = null, MeanForceReport? MeanForce = null);
