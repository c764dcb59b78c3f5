namespace OpenSystem.Dynamics;

/// <summary>What an adaptive integration did.</summary>
/// <param name="Method">Integrator name.</param>
/// <param name="Accepted">Accepted steps.</param>
/// <param name="Rejected">Rejected steps.</param>
/// <param name="Evaluations">Right-hand-side evaluations.</param>
/// <param name="Elapsed">Wall time.</param>
public sealed record IntegratorStatistics(string Method, long Accepted, long Rejected, long Evaluations, TimeSpan Elapsed)
{
    /// <summary>The route that ran (set by <see cref="MasterEquationSolver"/>; null for a bare integrator call).</summary>
    public EvolutionRoute? Route { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Method}: {Accepted + Rejected} steps ({Accepted} accepted, {Rejected} rejected), {Evaluations} evaluations, {Elapsed.TotalSeconds:F2} s";
}
