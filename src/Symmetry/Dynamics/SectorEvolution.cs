using System.Numerics;
using OpenSystem.Dynamics;

namespace OpenSystem.Symmetry;

/// <summary>
/// Trajectories of a <see cref="PermutationInvariantGenerator"/>: the repository's adaptive Dormand–Prince integrator on
/// the flat vector of weighted sector blocks (eigen basis of each H_j), whose error norm is the RMS over those numbers.
/// </summary>
public static class SectorEvolution
{
    /// <summary>The states at <paramref name="times"/> (ascending, the first the initial time).</summary>
    /// <param name="generator">The generator.</param>
    /// <param name="initial">ρ(t₀) (Hermitian).</param>
    /// <param name="times">Output times, ascending; ρ(times[0]) = <paramref name="initial"/>.</param>
    /// <param name="integrator">Tolerances (default Dormand–Prince rtol 1e-8, atol 1e-10).</param>
    /// <exception cref="IntegrationException">The integrator failed (step underflow, budget, non-finite state).</exception>
    public static IReadOnlyList<SectorState> Evolve(PermutationInvariantGenerator generator, SectorState initial,
        IReadOnlyList<double> times, DormandPrince54? integrator = null)
    {
        var states = new List<SectorState>();
        Evolve(generator, initial, times, (_, _, state) => states.Add(state), integrator);
        return states;
    }

    /// <summary>As above, handing each state to <paramref name="observe"/> (index, time, state) instead of keeping them all.</summary>
    /// <returns>The integrator's statistics (steps, evaluations, wall time).</returns>
    /// <exception cref="IntegrationException">The integrator failed (step underflow, budget, non-finite state).</exception>
    public static IntegratorStatistics Evolve(PermutationInvariantGenerator generator, SectorState initial,
        IReadOnlyList<double> times, Action<int, double, SectorState> observe, DormandPrince54? integrator = null)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(observe);
        integrator ??= new DormandPrince54();
        return integrator.Integrate((_, y, dy) => generator.Apply(y, dy, hermitian: true), generator.ToEigen(initial), times, (i, t, y) =>
        {
            observe(i, t, generator.FromEigen(y));
            return true;
        });
    }
}
