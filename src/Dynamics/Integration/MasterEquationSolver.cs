using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Complex;

namespace OpenSystem.Dynamics;

/// <summary>Integrates dρ/dt = L(ρ) in the representation of an <see cref="IGenerator"/>.</summary>
public sealed class MasterEquationSolver
{
    private readonly IGenerator _generator;
    private BlockPropagator? _ladder;

    /// <summary>Creates a solver; the route defaults to <see cref="AutoRoute"/> (Dormand–Prince rtol 1e-8, atol 1e-10).</summary>
    public MasterEquationSolver(IGenerator generator, EvolutionRoute? route = null)
    {
        ArgumentNullException.ThrowIfNull(generator);
        _generator = generator;
        Route = route ?? new AutoRoute();
    }

    /// <summary>The propagation route.</summary>
    public EvolutionRoute Route { get; }

    /// <summary>States at every grid time (computational basis); keeps all of them, so use the observer overload for long runs.</summary>
    public Trajectory Evolve(DensityMatrix rho0, TimeGrid grid)
    {
        var states = new List<DensityMatrix>();
        var stats = Evolve(rho0, grid, (_, rho) =>
        {
            states.Add(rho.ToDensityMatrix());
            return true;
        });
        return new Trajectory(grid.Times.Take(states.Count).ToArray(), states, stats);
    }

    /// <summary>
    /// Integrates and calls <paramref name="observe"/>(t, ρ) at every grid time with ρ in the generator's own basis
    /// (<see cref="StateInBasis.Basis"/> says which; a fresh matrix the callee may keep); return false to stop.
    /// </summary>
    /// <exception cref="ArgumentException">ρ₀ belongs to another register, or the propagator route on a non-uniform grid.</exception>
    /// <exception cref="IntegrationException">The integrator failed.</exception>
    public IntegratorStatistics Evolve(DensityMatrix rho0, TimeGrid grid, Func<double, StateInBasis, bool> observe, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(rho0);
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(observe);
        if (rho0.Register != _generator.System.Register)
            throw new ArgumentException($"Initial state acts on {rho0.Register.Count} qubits but the generator on {_generator.System.Register.Count}.", nameof(rho0));
        var start = _generator.Basis.FromComputational(rho0.Matrix);
        bool uniform = IsUniform(grid.Times);
        if (Route is PropagatorRoute && !uniform)
            throw new ArgumentException("The propagator route needs evenly spaced output times.", nameof(grid));
        var ran = Choose(uniform);
        bool Observe(double t, Matrix<System.Numerics.Complex> rho) => observe(t, new StateInBasis(rho0.Register, _generator.Basis, rho));
        var stats = ran switch
        {
            PropagatorRoute => Propagate(start, grid.Times, Observe, cancellation),
            ExactRoute exact => Ladder(exact, start, grid.Times, Observe, cancellation),
            KrylovRoute krylov => Krylov(krylov, start, grid.Times, Observe, cancellation),
            _ => RungeKutta(((RungeKuttaRoute)ran).Integrator, start, grid, Observe, cancellation),
        };
        return stats with { Route = ran };
    }

    private EvolutionRoute Choose(bool uniform)
    {
        if (Route is not AutoRoute auto) return Route;
        // The propagator's cost is fixed (d² applications and a d² × d² exponential), Runge–Kutta's grows with the
        // frequencies; with cheap sparse applications (no baths) Runge–Kutta wins already at d = 32 (Ising protocol, N = 5).
        // On other grids (the log grid of the approach, long times) Runge–Kutta steps through every Bohr period whatever
        // the generator, so the exact ladder wins up to the full limit.
        int limit = _generator is Liouvillian ? auto.PropagatorMaxDimension : auto.PropagatorMaxDimension / 2;
        if (!uniform)
        {
            return _generator.Dimension <= auto.PropagatorMaxDimension ? new ExactRoute(auto.PropagatorMaxDimension) : new KrylovRoute();
        }
        return _generator.Dimension <= limit ? new PropagatorRoute() : new RungeKuttaRoute(auto.Integrator);
    }

    private IntegratorStatistics Ladder(ExactRoute route, Matrix<System.Numerics.Complex> start, IReadOnlyList<double> times,
        Func<double, Matrix<System.Numerics.Complex>, bool> observe, CancellationToken cancellation)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int d = _generator.Dimension;
        if (d > route.MaxDimension)
            throw new ArgumentException($"The exact route holds dense d² × d² matrices and accepts d <= {route.MaxDimension}; this generator has d = {d}.", nameof(route));
        double longest = 0;
        for (int i = 1; i < times.Count; i++) longest = Math.Max(longest, times[i] - times[i - 1]);
        if (longest > 0 && (_ladder is null || _ladder.LongestStep < longest))
            _ladder = BlockPropagator.Create(GeneratorSupport.RealMatrix(_generator), longest);
        long before = _ladder?.Products ?? 0;
        var x = HermitianVectorisation.ToReal(start);
        int done = 0;
        for (int i = 0; i < times.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            if (i > 0) _ladder!.Advance(x, times[i] - times[i - 1]);
            done++;
            if (!observe(times[i], HermitianVectorisation.FromReal(x, d))) break;
        }
        long products = (_ladder?.Products ?? 0) - before;
        string ladder = _ladder is null ? "no steps" : _ladder.Describe();
        return new IntegratorStatistics($"PropagatorLadder (e^(L h 2^k) by scaling and squaring on {ladder}; {products} matrix-vector products)", done, 0, products, clock.Elapsed);
    }

    private IntegratorStatistics Krylov(KrylovRoute route, Matrix<System.Numerics.Complex> start, IReadOnlyList<double> times,
        Func<double, Matrix<System.Numerics.Complex>, bool> observe, CancellationToken cancellation)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int d = _generator.Dimension;
        var krylov = new KrylovPropagator(_generator, route.KrylovDimension, route.Tolerance);
        var x = DenseOps.Values(start).ToArray();
        int done = 0;
        for (int i = 0; i < times.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            if (i > 0)
                krylov.Advance(x, times[i] - times[i - 1]);
            done++;
            if (!observe(times[i], new DenseMatrix(d, d, (System.Numerics.Complex[])x.Clone())))
                break;
        }
        string method = $"Krylov (Expokit expv, m = {route.KrylovDimension}, tolerance {route.Tolerance:E1} per unit time; {done} samples, estimated error {krylov.ErrorEstimate:E1})";
        return new IntegratorStatistics(method, krylov.Steps, krylov.Rejected, krylov.Applications, clock.Elapsed);
    }

    private IntegratorStatistics RungeKutta(DormandPrince54 integrator, Matrix<System.Numerics.Complex> start, TimeGrid grid,
        Func<double, Matrix<System.Numerics.Complex>, bool> observe, CancellationToken cancellation)
    {
        int d = _generator.Dimension;
        if (SectorGenerator.TryCreate(_generator) is { } sectors && sectors.Sectors.IsBlockDiagonal(start))
        {
            // Z-string symmetry and a P-even start: integrate the two diagonal blocks only (same steps, half the work).
            var blocks = integrator.Integrate((t, y, dy) => sectors.Apply(y, dy), sectors.Sectors.ToBlocks(start), grid.Times,
                (i, t, y) => observe(t, sectors.Sectors.FromBlocks(y)), d * d, cancellation);
            string mask = Convert.ToString(sectors.Sectors.Mask, 2).PadLeft(_generator.System.Register.Count, '0');
            return blocks with { Method = $"{blocks.Method} on the two parity blocks of P = Z-string {mask}" };
        }
        var y0 = DenseOps.Values(start).ToArray();
        return integrator.Integrate((t, y, dy) => _generator.Apply(y, dy, hermitian: true), y0, grid.Times,
            (i, t, y) => observe(t, new DenseMatrix(d, d, y)), cancellation);
    }

    private IntegratorStatistics Propagate(Matrix<System.Numerics.Complex> start, IReadOnlyList<double> times,
        Func<double, Matrix<System.Numerics.Complex>, bool> observe, CancellationToken cancellation)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int d = _generator.Dimension;
        var x = HermitianVectorisation.ToReal(start);
        var next = new double[x.Length];
        int squarings = 0;
        Matrix<double>? step = null;
        if (times.Count > 1)
            (step, squarings) = MatrixExponential.Compute(GeneratorSupport.RealMatrix(_generator) * (times[1] - times[0]));
        int done = 0;
        for (int i = 0; i < times.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            if (i > 0)
            {
                DenseOps.MultiplyVector(step!, x, next);
                (x, next) = (next, x);
            }
            done++;
            if (!observe(times[i], HermitianVectorisation.FromReal(x, d))) break;
        }
        return new IntegratorStatistics($"DensePropagator (e^(L dt) by scaling and squaring, {squarings} squarings)", done, 0, d * d, clock.Elapsed);
    }

    private static bool IsUniform(IReadOnlyList<double> t)
    {
        if (t.Count < 3) return t.Count == 2 && t[1] > t[0];
        double dt = t[1] - t[0];
        if (!(dt > 0)) return false;
        for (int i = 2; i < t.Count; i++)
        {
            if (Math.Abs(t[i] - t[i - 1] - dt) > Tolerances.GridUniformity * Math.Max(dt, Math.Abs(t[i]))) return false;
        }
        return true;
    }
}
