namespace OpenSystem.Dynamics;

/// <summary>Output of <see cref="MasterEquationSolver.Evolve(DensityMatrix, TimeGrid)"/>: states at the requested times.</summary>
/// <param name="Times">Output times.</param>
/// <param name="States">ρ(t) in the computational basis.</param>
/// <param name="Statistics">What the integrator did (and <see cref="IntegratorStatistics.Route"/>, the route that ran).</param>
public sealed record Trajectory(IReadOnlyList<double> Times, IReadOnlyList<DensityMatrix> States, IntegratorStatistics Statistics)
{
    /// <summary>The last state.</summary>
    public DensityMatrix FinalState => States[^1];
}
