using OpenSystem.Dynamics;

namespace OpenSystem.Analysis;

/// <summary>One start of an approach run.</summary>
/// <param name="Start">"ground" or "maximally_mixed".</param>
/// <param name="Measurements">Measurements on the time grid.</param>
/// <param name="DistanceToSteady">½‖ρ(t) − ρ_ss‖₁.</param>
/// <param name="ObservedRate">−d ln D_ss/dt fitted on the late, exponential part (units of the energies, ħ = 1); undefined with the reason when too few points lie on it.</param>
/// <param name="PlateauTimes">Per qubit, the first time after which C_j stays within 1% (of the steady value, or 1e-6 absolute) of its steady value; undefined when the last sample is still outside.</param>
/// <param name="Statistics">What the evolution route did (and which route ran).</param>
public sealed record ApproachRun(string Start, IReadOnlyList<StateMeasurement> Measurements, double[] DistanceToSteady, Measured ObservedRate,
    Measured[] PlateauTimes, IntegratorStatistics Statistics);
