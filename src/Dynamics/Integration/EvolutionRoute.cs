namespace OpenSystem.Dynamics;

/// <summary>
/// How <see cref="MasterEquationSolver"/> propagates: a method object with its own options. The route that actually ran
/// is recorded in <see cref="IntegratorStatistics.Route"/> (for <see cref="AutoRoute"/>, the route it chose).
/// </summary>
public abstract record EvolutionRoute
{
    /// <summary>Short name as written to result files ("rk", "propagator", "auto").</summary>
    public abstract string Name { get; }
}

/// <summary>Adaptive Dormand–Prince 5(4) with dense output; the tolerances are those of <paramref name="Integrator"/>.</summary>
/// <param name="Integrator">The integrator and its rtol, atol, step limits.</param>
public sealed record RungeKuttaRoute(DormandPrince54 Integrator) : EvolutionRoute
{
    /// <summary>Dormand–Prince with rtol 1e-8, atol 1e-10.</summary>
    public RungeKuttaRoute()
        : this(new DormandPrince54())
    {
    }

    /// <inheritdoc/>
    public override string Name => "rk";
}

/// <summary>
/// P = e^{L Δt} of the real d² × d² generator (Hermitian coordinates) by scaling and squaring, then ρ(t + Δt) = P ρ(t):
/// exact to rounding, with a cost independent of how many oscillation periods Δt spans. Needs a uniform grid.
/// </summary>
public sealed record PropagatorRoute : EvolutionRoute
{
    /// <inheritdoc/>
    public override string Name => "propagator";
}

/// <summary>
/// The exact propagator when the grid is uniform and d ≤ <paramref name="PropagatorMaxDimension"/> (half that for
/// generators whose applications are cheap, i.e. not the dense energy-basis <see cref="Liouvillian"/>), otherwise
/// Runge–Kutta with <paramref name="Integrator"/>.
/// </summary>
/// <param name="Integrator">Integrator of the Runge–Kutta branch.</param>
/// <param name="PropagatorMaxDimension">Largest d for the propagator branch (a d² × d² real matrix).</param>
public sealed record AutoRoute(DormandPrince54 Integrator, int PropagatorMaxDimension = 32) : EvolutionRoute
{
    /// <summary>Dormand–Prince with rtol 1e-8, atol 1e-10; the propagator up to d = 32.</summary>
    public AutoRoute()
        : this(new DormandPrince54())
    {
    }

    /// <inheritdoc/>
    public override string Name => "auto";
}
