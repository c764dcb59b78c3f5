using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Dynamics;

/// <summary>Output of <see cref="MasterEquationSolver.Evolve(DensityMatrix, TimeGrid)"/>: states at the requested times.</summary>
/// <param name="Times">Output times.</param>
/// <param name="States">ρ(t) in the computational basis.</param>
/// <param name="Statistics">What the integrator did.</param>
public sealed record Trajectory(IReadOnlyList<double> Times, IReadOnlyList<DensityMatrix> States, IntegratorStatistics Statistics)
{
    /// <summary>The last state.</summary>
    public DensityMatrix FinalState => States[^1];
}

/// <summary>How <see cref="MasterEquationSolver"/> propagates.</summary>
public enum EvolutionMethod
{
    /// <summary>
    /// The exact propagator when the grid is uniform and d ≤ <see cref="MasterEquationSolver.PropagatorMaxDimension"/>
    /// (half that for computational-basis generators, whose applications are cheap), otherwise Runge–Kutta.
    /// </summary>
    Auto,
    /// <summary>Adaptive Dormand–Prince 5(4) with dense output.</summary>
    RungeKutta,
    /// <summary>
    /// P = e^{L Δt} of the real d² × d² generator (Hermitian coordinates) by scaling and squaring, then ρ(t + Δt) = P ρ(t):
    /// exact to rounding, with a cost independent of how many oscillation periods Δt spans. Needs a uniform grid.
    /// </summary>
    Propagator,
}

/// <summary>Integrates dρ/dt = L(ρ) in the energy basis of the generator.</summary>
public sealed class MasterEquationSolver
{
    private readonly Liouvillian _generator;

    /// <summary>Largest d for which Auto uses the dense propagator (a d² × d² real matrix).</summary>
    public const int PropagatorMaxDimension = 32;

    /// <summary>Creates a solver; the integrator defaults to <see cref="DormandPrince54"/> with rtol 1e-8, atol 1e-10.</summary>
    public MasterEquationSolver(Liouvillian generator, DormandPrince54? integrator = null, EvolutionMethod method = EvolutionMethod.Auto)
    {
        ArgumentNullException.ThrowIfNull(generator);
        _generator = generator;
        Integrator = integrator ?? new DormandPrince54();
        Method = method;
    }

    /// <summary>The integrator used by the Runge–Kutta route.</summary>
    public DormandPrince54 Integrator { get; }

    /// <summary>The propagation route.</summary>
    public EvolutionMethod Method { get; }

    /// <summary>States at every grid time (computational basis); keeps all of them, so use the observer overload for long runs.</summary>
    public Trajectory Evolve(DensityMatrix rho0, TimeGrid grid)
    {
        var states = new List<DensityMatrix>();
        var stats = Evolve(rho0, grid, (_, rhoEigen) =>
        {
            states.Add(DensityMatrix.FromMatrix(rho0.Register, _generator.FromWorkingBasis(rhoEigen), validate: false));
            return true;
        });
        return new Trajectory(grid.Times.Take(states.Count).ToArray(), states, stats);
    }

    /// <summary>
    /// Integrates and calls <paramref name="observe"/>(t, ρ) with ρ in the generator's WORKING basis (the energy basis, or
    /// the computational basis for models without baths; a fresh matrix the callee may keep) at every grid time; return
    /// false to stop.
    /// </summary>
    /// <exception cref="ArgumentException">ρ₀ belongs to another register.</exception>
    /// <exception cref="IntegrationException">The integrator failed.</exception>
    public IntegratorStatistics Evolve(DensityMatrix rho0, TimeGrid grid, Func<double, Matrix<Complex>, bool> observe, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(rho0); ArgumentNullException.ThrowIfNull(grid); ArgumentNullException.ThrowIfNull(observe);
        if (rho0.Register != _generator.System.Register)
            throw new ArgumentException($"Initial state acts on {rho0.Register.Count} qubits but the generator on {_generator.System.Register.Count}.", nameof(rho0));
        int d = _generator.Dimension;
        var start = _generator.ToWorkingBasis(rho0.Matrix);
        bool uniform = IsUniform(grid.Times);
        if (Method == EvolutionMethod.Propagator && !uniform)
            throw new ArgumentException("The propagator route needs evenly spaced output times.", nameof(grid));
        // Auto: the propagator's cost is fixed (d² applications and a d² × d² exponential), Runge–Kutta's grows with the
        // frequencies; with cheap sparse applications (no baths) Runge–Kutta wins already at d = 32 (Ising protocol, N = 5).
        int limit = _generator.InComputationalBasis ? PropagatorMaxDimension / 2 : PropagatorMaxDimension;
        if (Method == EvolutionMethod.Propagator || (Method == EvolutionMethod.Auto && uniform && d <= limit))
            return Propagate(start, grid.Times, observe, cancellation);
        if (SectorGenerator.TryCreate(_generator) is { } sectors && sectors.Sectors.IsBlockDiagonal(start))
        {
            // Z-string symmetry and a P-even start: integrate the two diagonal blocks only (same steps, half the work).
            var stats = Integrator.Integrate((t, y, dy) => sectors.Apply(y, dy), sectors.Sectors.ToBlocks(start), grid.Times,
                (i, t, y) => observe(t, sectors.Sectors.FromBlocks(y)), d * d, cancellation);
            return stats with { Method = $"{stats.Method} on the two parity blocks of P = Z-string {Convert.ToString(sectors.Sectors.Mask, 2).PadLeft(_generator.System.Register.Count, '0')}" };
        }
        var y0 = DenseOps.Values(start).ToArray();
        return Integrator.Integrate((t, y, dy) => _generator.Apply(y, dy, hermitian: true), y0, grid.Times,
            (i, t, y) => observe(t, new MathNet.Numerics.LinearAlgebra.Complex.DenseMatrix(d, d, y)), cancellation);
    }

    private IntegratorStatistics Propagate(Matrix<Complex> start, IReadOnlyList<double> times, Func<double, Matrix<Complex>, bool> observe, CancellationToken cancellation)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int d = _generator.Dimension;
        var x = HermitianVectorisation.ToReal(start);
        var next = new double[x.Length];
        int squarings = 0;
        Matrix<double>? step = null;
        if (times.Count > 1)
            (step, squarings) = MatrixExponential.Compute(_generator.RealMatrix() * (times[1] - times[0]));
        int done = 0;
        for (int i = 0; i < times.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            if (i > 0) { DenseOps.MultiplyVector(step!, x, next); (x, next) = (next, x); }
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
            if (Math.Abs(t[i] - t[i - 1] - dt) > 1e-9 * Math.Max(dt, Math.Abs(t[i]))) return false;
        return true;
    }
}
