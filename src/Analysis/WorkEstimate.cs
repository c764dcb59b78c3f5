using OpenSystem.Dynamics;

namespace OpenSystem.Analysis;

/// <summary>
/// The cost of a trajectory, estimated before it runs from the model alone: the evolution route that will run, its
/// steps, wall time and memory. Runge–Kutta (Dormand–Prince 5(4), 6 applications of L per step) needs about
/// <see cref="StepsPerRadian"/> steps per radian of the fastest eigenvalue of L, |λ|max ≤ ω_max + σ (ω_max = E_max − E_min
/// the largest Bohr frequency, σ the fastest decay rate max |Re L_(ab),(ab)|), so steps ≈ c · t_end · (ω_max + σ); the exact
/// propagator costs one d² × d² exponential (30 + log₂(‖L‖Δt) products) and one matrix–vector product per sample; the
/// Krylov route m + 1 applications per step and per sample, with at most <see cref="KrylovStepsPerRadian"/> · m⁻¹ steps per
/// radian. Each
/// sample is measured (one Hermitian eigendecomposition, ~60 d³ flops). Seconds assume <see cref="FlopsPerSecond"/>.
/// </summary>
/// <param name="Route">"rk", "propagator", "exact" (the ladder of <see cref="ExactRoute"/>) or "krylov"
/// (<see cref="KrylovRoute"/>): the route that will run.</param>
/// <param name="Steps">Integrator steps (Runge–Kutta, Krylov) or squarings plus samples (propagator).</param>
/// <param name="Seconds">Estimated wall time, s.</param>
/// <param name="Bytes">Estimated working memory, bytes.</param>
public sealed record WorkEstimate(string Route, double Steps, double Seconds, double Bytes)
{
    /// <summary>Dormand–Prince steps per radian of |λ|max t at rtol 1e-8 (measured: 2 coupled qubits under Redfield, ω_max ≈ 16, t_end = 1000: 17623 steps, 1.1 per radian).</summary>
    public const double StepsPerRadian = 1.2;

    /// <summary>
    /// Krylov steps per radian of (ω_max + σ) t, times the Krylov dimension m: a step spans at least m/3 radians (measured
    /// on C4 N = 3, Redfield, m = 30, t_end = 22 900: 1623 steps over 7.8e4 radians, 48 radians per step; the bound is
    /// kept 5× conservative because the span depends on how much of ρ sits at the fastest Bohr frequencies).
    /// </summary>
    public const double KrylovStepsPerRadian = 3;

    /// <summary>Fixed cost of one application of L or one sample's bookkeeping, s (measured ≈ 8 µs per evaluation at d = 4).</summary>
    public const double OverheadSeconds = 1e-5;

    /// <summary>Assumed sustained rate of the managed dense kernels on one shared core, flop/s.</summary>
    public const double FlopsPerSecond = 1e9;

    /// <summary>Estimates the trajectory of <paramref name="generator"/> on <paramref name="grid"/> by <paramref name="route"/>.</summary>
    public static WorkEstimate Of(IGenerator generator, TimeGrid grid, EvolutionRoute route)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(route);
        double d = generator.Dimension;
        var times = grid.Times;
        double span = times[^1] - times[0];
        double samples = times.Count;
        double measuring = samples * 60 * d * d * d;
        double sampleBytes = samples * (generator.System.Register.Count * 5 + 8) * 8.0;
        double omega = BohrWidth(generator);
        double sigma = MaxDecayRate(generator);
        if (UsesPropagator(generator, times, route))
        {
            double n = d * d;
            double dt = times.Count > 1 ? times[1] - times[0] : 0;
            double squarings = Math.Max(0, Math.Log2(Math.Max(1, 2 * n * (omega + sigma) * dt)));
            double flops = (30 + squarings) * 2 * n * n * n + samples * 2 * n * n + n * ApplyFlops(generator) + measuring;
            return new WorkEstimate("propagator", squarings + samples, flops / FlopsPerSecond + samples * OverheadSeconds, sampleBytes + 10 * n * n * 8);
        }
        if (UsesLadder(generator, times, route))
        {
            // the exact route: one ladder of log₂(16 ‖L‖ Δt_max) squarings (at most d² × d²), then per step about half
            // that many rung products and a few Taylor terms, all matrix–vector products
            double n = d * d;
            double longest = Enumerable.Range(1, times.Count - 1).Select(i => times[i] - times[i - 1]).DefaultIfEmpty(0).Max();
            double squarings = Math.Max(0, Math.Log2(Math.Max(1, 16 * 2 * n * (omega + sigma) * longest)));
            double products = samples * (squarings / 2 + 4);
            double flops = (7 + squarings) * 2 * n * n * n + products * 2 * n * n + n * ApplyFlops(generator) + measuring;
            return new WorkEstimate("exact", squarings + samples, flops / FlopsPerSecond + samples * OverheadSeconds, sampleBytes + (squarings + 4) * n * n * 8);
        }
        if (UsesKrylov(generator, times, route, out int m))
        {
            // when d² ≤ m the Krylov space of ρ is the whole space: one exact step per sample interval
            double krylovSteps = d * d <= m ? samples : KrylovStepsPerRadian * span * (omega + sigma) / m + samples;
            double krylovFlops = krylovSteps * (m + 1) * (ApplyFlops(generator) + 4 * m * d * d) + measuring;
            return new WorkEstimate("krylov", krylovSteps, krylovFlops / FlopsPerSecond + ((m + 1) * krylovSteps + samples) * OverheadSeconds, sampleBytes + (m + 3) * d * d * 16);
        }
        double steps = Math.Max(1, StepsPerRadian * span * (omega + sigma));
        double rkFlops = steps * 6 * ApplyFlops(generator) + measuring;
        return new WorkEstimate("rk", steps, rkFlops / FlopsPerSecond + (6 * steps + samples) * OverheadSeconds, sampleBytes + 12 * d * d * 16);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Route}: {Steps:G3} steps, about {Seconds:G3} s and {Bytes / 1048576:G3} MiB";

    private static bool UsesPropagator(IGenerator generator, IReadOnlyList<double> times, EvolutionRoute route)
    {
        if (route is PropagatorRoute)
            return true;
        if (route is not AutoRoute auto)
            return false;
        int limit = generator is Liouvillian ? auto.PropagatorMaxDimension : auto.PropagatorMaxDimension / 2;
        return generator.Dimension <= limit && EvenlySpaced(times);
    }

    private static bool UsesLadder(IGenerator generator, IReadOnlyList<double> times, EvolutionRoute route)
    {
        if (route is ExactRoute)
            return true;
        return route is AutoRoute auto && generator.Dimension <= auto.PropagatorMaxDimension && !EvenlySpaced(times);
    }

    private static bool UsesKrylov(IGenerator generator, IReadOnlyList<double> times, EvolutionRoute route, out int dimension)
    {
        dimension = route is KrylovRoute k ? k.KrylovDimension : new KrylovRoute().KrylovDimension;
        if (route is KrylovRoute)
            return true;
        return route is AutoRoute auto && generator.Dimension > auto.PropagatorMaxDimension && !EvenlySpaced(times);
    }

    private static bool EvenlySpaced(IReadOnlyList<double> times)
    {
        if (times.Count < 3)
            return times.Count == 2;
        double dt = times[1] - times[0];
        return Enumerable.Range(2, times.Count - 2).All(i => Math.Abs(times[i] - times[i - 1] - dt) <= Tolerances.GridUniformity * Math.Max(dt, Math.Abs(times[i])));
    }

    private static double ApplyFlops(IGenerator generator)
    {
        double d = generator.Dimension;
        if (generator is Liouvillian l)
            return l.ProductsPerApplication * 8 * d * d * d;
        double terms = generator.System.Hamiltonian.Terms.Count + 4 * generator.System.Jumps.Count + 1;
        return 16 * terms * d * d;
    }

    private static double BohrWidth(IGenerator generator)
    {
        if (generator is Liouvillian l)
            return l.EnergyBasis.Width;
        return 2 * generator.System.Hamiltonian.Terms.Sum(t => t.Coefficient.Magnitude);
    }

    /// <summary>σ = max |Re L_(ab),(ab)|, the fastest decay rate (units of the energies).</summary>
    internal static double MaxDecayRate(IGenerator generator)
    {
        int d = generator.Dimension;
        double max = 0;
        for (int b = 0; b < d; b++)
        {
            for (int a = 0; a < d; a++)
                max = Math.Max(max, Math.Abs(generator.Element(a, b, a, b).Real));
        }
        return max;
    }
}
