using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Complex;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace OpenSystem.Dynamics;

/// <summary>
/// Finds ρ with L(ρ) = 0, Tr ρ = 1 and certifies it by the residual ‖L(ρ)‖; fails loudly above tolerance.
/// The GMRES route starts from the secular (Pauli master equation) populations and is right-preconditioned by the
/// secular part of L: the population rate matrix W (solved exactly by LU) and the diagonal L_(ab),(ab) for coherences.
/// At weak coupling this is close to L, so few iterations are needed.
/// </summary>
public sealed record SteadyStateSolver
{
    /// <summary>Algorithm (default Auto).</summary>
    public SteadyStateAlgorithm Algorithm { get; init; } = SteadyStateAlgorithm.Auto;

    /// <summary>
    /// Largest d solved directly under Auto (default 4). Above it the preconditioned GMRES is faster (BenchmarkDotNet, C4
    /// family with the Lamb shift: d = 8 0.13 ms against 0.22 ms, d = 16 1.2 ms against 11 ms: the direct route assembles
    /// the d² × d² real generator first).
    /// </summary>
    public int DirectMaxDimension { get; init; } = 4;

    /// <summary>Required relative residual ‖Lρ‖_F/(σ‖ρ‖_F), σ the largest decay rate (default 1e-10).</summary>
    public double Tolerance { get; init; } = 1e-10;

    /// <summary>GMRES restart length (default 40).</summary>
    public int Restart { get; init; } = 40;

    /// <summary>GMRES iteration budget (default 3000).</summary>
    public int MaxIterations { get; init; } = 3000;

    /// <summary>
    /// Probe uniqueness when H has degenerate levels by a second solve from a perturbed start (default true). Populations
    /// are always checked through the closed classes of the rate matrix.
    /// </summary>
    public bool ProbeUniqueness { get; init; } = true;

    /// <summary>
    /// Largest d for which <see cref="SolveFrom"/> always examines the spectrum of L densely
    /// (<see cref="LongTimeLimit.Spectrum"/>, default 8: a 64 × 64 eigendecomposition, milliseconds; measured 0.3 s at
    /// d = 16 against 0.08 s for the GMRES solve, 44 s at d = 32 with the projector). Up to
    /// <see cref="LongTimeLimit.MaxDimension"/> it is examined only when the closed classes or the perturbed second solve
    /// suggest a degenerate kernel.
    /// </summary>
    public int KernelCheckMaxDimension { get; init; } = 8;

    /// <summary>
    /// The long-time state reached from <paramref name="initial"/>. When the kernel of L is one-dimensional and nothing
    /// oscillates it is the steady state of <see cref="Solve"/> (independent of ρ₀, certified by its residual);
    /// otherwise P₀ρ₀ from <see cref="LongTimeLimit"/>, with <see cref="SteadyState.Unique"/> false when the kernel is
    /// degenerate and <see cref="SteadyState.Diagnosis"/> naming the conserved quantities' count or the oscillation
    /// frequencies (then the state is the time average). Never integrates in time.
    /// </summary>
    /// <exception cref="SteadyStateException">
    /// No convergence, no long-time state, or a degenerate kernel at d &gt; <see cref="LongTimeLimit.MaxDimension"/>
    /// (where the dense projector is out of reach).
    /// </exception>
    public SteadyState SolveFrom(IGenerator generator, DensityMatrix initial, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(initial);
        logger ??= NullLogger.Instance;
        int d = generator.Dimension;
        var spectrum = d <= KernelCheckMaxDimension ? Analyse(generator, logger) : null;
        if (spectrum is { Unique: true, Oscillates: false })
        {
            var certified = Solve(generator, logger);
            return certified with { Unique = true, Diagnosis = "", Spectrum = spectrum };
        }
        if (spectrum is null)
        {
            var fast = Solve(generator, logger);
            if (fast.Unique)
                return fast;
            if (d > LongTimeLimit.MaxDimension)
                throw new SteadyStateException($"The long-time state depends on the initial state ({fast.Diagnosis}), and at d = {d} the exact projector on the kernel of L (dense, d <= {LongTimeLimit.MaxDimension}) is out of reach: put a bath on every qubit, or exploit the symmetry to reduce the model.", fast.RelativeResidual);
            spectrum = Analyse(generator, logger);
        }
        return FromLimit(generator, LongTimeLimit.Of(generator, initial, spectrum), logger);
    }

    private static KernelSpectrum Analyse(IGenerator generator, ILogger logger)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var spectrum = LongTimeLimit.Spectrum(generator);
        int n = generator.Dimension * generator.Dimension;
        logger.LogInformation("Spectrum of L (dense, {Size} x {Size}): kernel dimension {Kernel}, {Frequencies} imaginary-axis frequencies, gap {Gap:E2}, in {Seconds:F2} s",
            n, n, spectrum.KernelDimension, spectrum.OscillationFrequencies.Count, spectrum.Gap, clock.Elapsed.TotalSeconds);
        return spectrum;
    }

    private static SteadyState FromLimit(IGenerator generator, LongTimeState limit, ILogger logger)
    {
        double sigma = Math.Max(GeneratorSupport.MaxDecayRate(generator), double.Epsilon);
        double relative = limit.Residual / (sigma * limit.Represented.Matrix.FrobeniusNorm());
        var reasons = new List<string>();
        if (!limit.Unique)
            reasons.Add($"the kernel of L is {limit.Spectrum.KernelDimension}-dimensional ({limit.Spectrum.KernelDimension - 1} conserved quantities besides the trace, e.g. a qubit without bath whose energy commutes with H), so the long-time state depends on the initial state (eigenvalues within {limit.Spectrum.Resolution:G2} of 0 count as 0: a relaxation slower than that cannot be told from a conservation law in double precision); reported: the projection P0 rho0 of the given initial state");
        if (limit.Oscillates)
            reasons.Add($"L has eigenvalues on the imaginary axis at frequencies {string.Join(", ", limit.Spectrum.OscillationFrequencies.Select(w => w.ToString("G6")))}: rho(t) oscillates for ever and has no limit; reported: its time average P0 rho0");
        string diagnosis = string.Join("; ", reasons);
        if (diagnosis.Length > 0)
            logger.LogWarning("Long-time state: {Diagnosis}", diagnosis);
        logger.LogInformation("Long-time state by the kernel projector: kernel dimension {Kernel}, residual {Residual:E2} (relative {Relative:E2})",
            limit.Spectrum.KernelDimension, limit.Residual, relative);
        return new SteadyState(limit.State, limit.Represented, limit.Residual, relative, SteadyStateMethod.Kernel, 0, limit.Unique, diagnosis, limit.Spectrum);
    }

    /// <summary>Solves for the steady state of <paramref name="generator"/>.</summary>
    /// <exception cref="SteadyStateException">Residual above <see cref="Tolerance"/>.</exception>
    public SteadyState Solve(IGenerator generator, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(generator);
        logger ??= NullLogger.Instance;
        if (!(Tolerance > 0)) throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "Tolerance must be > 0.");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int d = generator.Dimension;
        // The secular structure lives in the energy basis; a computational-basis generator borrows it from its
        // energy-basis twin (dense, built once) for the diagnostics and the preconditioner.
        var secular = GeneratorSupport.Secular(generator);
        var diag = secular.Diagonal();
        var rates = secular.PopulationRates();
        double sigma = Math.Max(diag.Max(z => Math.Abs(z.Real)), double.Epsilon);
        int classes = ClosedClasses(rates);
        var algorithm = Algorithm == SteadyStateAlgorithm.Auto
            ? (d <= DirectMaxDimension ? SteadyStateAlgorithm.Direct : SteadyStateAlgorithm.Gmres) : Algorithm;
        string diagnosis = classes > 1
            ? $"the secular population dynamics splits into {classes} closed classes: a conserved quantity (e.g. a qubit with no bath that commutes with H) makes the long-time state depend on the initial state"
            : "";
        Complex[] rho; int iterations = 0;
        if (algorithm == SteadyStateAlgorithm.Direct)
            rho = SolveDirect(generator);
        else
        {
            var pre = new SecularPreconditioner(diag, rates, sigma, classes > 1, ReferenceEquals(generator, secular) ? null : secular.EnergyBasis);
            rho = pre.InitialGuess();
            (rho, iterations) = SolveGmres(generator, pre, rho, sigma, logger);
            if (ProbeUniqueness && classes == 1 && generator is Liouvillian { EnergyBasis.HasDegenerateLevels: true } dense)
            {
                var energies = dense.EnergyBasis.Energies;
                double tolerance = dense.EnergyBasis.DegeneracyTolerance;
                var start = pre.InitialGuess();
                var random = new Random(12345);
                for (int b = 0; b < d; b++)
                    for (int a = 0; a < b; a++)
                        if (Math.Abs(energies[a] - energies[b]) <= tolerance)
                        {
                            var z = new Complex(random.NextDouble() - 0.5, random.NextDouble() - 0.5) * 0.05;
                            start[a + b * d] += z; start[b + a * d] += Complex.Conjugate(z);
                        }
                var (other, _) = SolveGmres(generator, pre, start, sigma, logger);
                double diff = 0; for (int i = 0; i < rho.Length; i++) diff = Math.Max(diff, (rho[i] - other[i]).Magnitude);
                if (diff > 1e-6)
                    diagnosis = $"two solves from different starts differ by {diff:E2}: the kernel of L is degenerate (a symmetry, e.g. identical qubits of which only some have a bath), so the long-time state depends on the initial state";
            }
        }
        var m = new DenseMatrix(d, d, rho);
        var lr = DenseOps.Zeros(d);
        generator.Apply(m, lr, hermitian: true);
        double residual = lr.FrobeniusNorm(), relative = residual / (sigma * m.FrobeniusNorm());
        var represented = new StateInBasis(generator.System.Register, generator.Basis, m);
        var state = represented.ToDensityMatrix();
        logger.LogInformation("Steady state by {Method}: residual ||L rho|| = {Residual:E2} (relative {Relative:E2}), {Iterations} iterations, {Seconds:F2} s",
            algorithm, residual, relative, iterations, clock.Elapsed.TotalSeconds);
        bool unique = diagnosis.Length == 0;
        if (!unique) logger.LogWarning("Long-time state is not unique: {Diagnosis}", diagnosis);
        if (!(relative <= Tolerance) && unique)
            throw new SteadyStateException($"Steady state ({algorithm}) did not converge: relative residual {relative:E2} > tolerance {Tolerance:E1} (||L rho|| = {residual:E2}).", relative);
        return new SteadyState(state, represented, residual, relative,
            algorithm == SteadyStateAlgorithm.Direct ? SteadyStateMethod.Direct : SteadyStateMethod.Gmres, iterations, unique, diagnosis);
    }

    /// <summary>
    /// The long-time limit reached from <paramref name="initial"/>. Up to d = <see cref="LongTimeLimit.MaxDimension"/> it
    /// is computed exactly, without integrating, as P₀ρ₀ (<see cref="LongTimeLimit"/>, method
    /// <see cref="SteadyStateMethod.Kernel"/>; the time average when L has eigenvalues on the imaginary axis, where an
    /// integration would never converge). Above, it integrates, checking ‖L ρ‖ at times growing geometrically, until the
    /// relative residual is below <paramref name="tolerance"/>. Prefer <see cref="SolveFrom"/>, which also takes the fast
    /// route when the kernel is one-dimensional.
    /// </summary>
    /// <remarks>
    /// By evolution the result has <see cref="SteadyState.Unique"/> false (the route exists for long-time states that
    /// depend on the initial state; <paramref name="diagnosis"/> says why); by the kernel, Unique is true exactly when
    /// the kernel of L is one-dimensional, and the diagnosis is the kernel's own when it has one, else <paramref name="diagnosis"/>.
    /// </remarks>
    /// <exception cref="SteadyStateException">Not converged by <paramref name="maxTime"/>.</exception>
    public SteadyState SolveByEvolution(IGenerator generator, DensityMatrix initial, double tolerance = 1e-8, double maxTime = 1e8,
        DormandPrince54? integrator = null, ILogger? logger = null, string? diagnosis = null)
    {
        ArgumentNullException.ThrowIfNull(generator); ArgumentNullException.ThrowIfNull(initial);
        logger ??= NullLogger.Instance;
        int d = generator.Dimension;
        if (d <= LongTimeLimit.MaxDimension)
        {
            var exact = FromLimit(generator, LongTimeLimit.Of(generator, initial, Analyse(generator, logger)), logger);
            return exact.Diagnosis.Length > 0 || diagnosis is null ? exact : exact with { Diagnosis = diagnosis };
        }
        double sigma = Math.Max(GeneratorSupport.MaxDecayRate(generator), double.Epsilon);
        var times = new List<double> { 0 };
        for (double t = 1.0 / sigma; t <= maxTime; t *= 1.5) times.Add(t);
        StateInBasis? last = null; double relative = double.PositiveInfinity, residual = double.PositiveInfinity;
        var lr = DenseOps.Zeros(d);
        var solver = new MasterEquationSolver(generator, new RungeKuttaRoute(integrator ?? new DormandPrince54 { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-13 }));
        solver.Evolve(initial, TimeGrid.Of(times), (t, rho) =>
        {
            last = rho;
            generator.Apply(rho.Matrix, lr, hermitian: true);
            residual = lr.FrobeniusNorm();
            relative = residual / (sigma * rho.Matrix.FrobeniusNorm());
            return !(relative <= tolerance);
        });
        logger.LogInformation("Steady state by evolution: relative residual {Relative:E2}", relative);
        if (!(relative <= tolerance))
            throw new SteadyStateException($"Evolution did not reach a steady state by t = {maxTime:G3}: relative residual {relative:E2} > {tolerance:E1}.", relative);
        string why = diagnosis ?? "found by evolution from the initial state; uniqueness not established";
        return new SteadyState(last!.ToDensityMatrix(), last, residual, relative, SteadyStateMethod.Evolution, 0, false, why);
    }

    private (Complex[] Rho, int Iterations) SolveGmres(IGenerator generator, SecularPreconditioner pre, Complex[] rho0, double sigma, ILogger logger)
    {
        int n = rho0.Length;
        var b = new Complex[n];
        generator.Apply(rho0, b, hermitian: true);
        for (int i = 0; i < n; i++) b[i] = -b[i];
        var delta = new Complex[n];
        // GMRES reduces ||b - L delta|| relative to ||b||; ask for a margin below the tolerance on ||L rho|| / (sigma ||rho||).
        // A start that already meets it (the Gibbs state without Lamb shift, Davies) is returned as it is: asking round-off
        // for a further reduction would only burn the iteration budget.
        double bnorm = DenseOps.Norm(b), rhoNorm = DenseOps.Norm(rho0);
        double goal = 0.1 * Tolerance * sigma * rhoNorm;
        int iterations = 0;
        // Every iteration as a Trace progress event (a live display shows it), formatted only when a logger wants it.
        Action<int, double>? iterationDone = logger.IsEnabled(LogLevel.Trace)
            ? (k, relative) => logger.LogTrace(ProgressEvents.Iteration, "steady state: GMRES iteration {Iteration}, residual {Residual:E2} (goal {Goal:E2})", k, relative, goal / bnorm)
            : null;
        if (bnorm > goal)
            (iterations, _) = Gmres.Solve((x, y) => generator.Apply(x, y, hermitian: true), pre.Apply, b, delta, goal / bnorm, Restart, MaxIterations, iterationDone);
        var rho = new Complex[n];
        for (int i = 0; i < n; i++) rho[i] = rho0[i] + delta[i];
        Normalise(rho, generator.Dimension);
        return (rho, iterations);
    }

    private static Complex[] SolveDirect(IGenerator generator)
    {
        // The real d² × d² generator in Hermitian coordinates (HermitianVectorisation), with the equation of ρ_00
        // replaced by the trace condition Σ_a ρ_aa = 1: a real LU, a quarter of the complex one's work.
        int d = generator.Dimension, n = d * d;
        var l = GeneratorSupport.RealMatrix(generator).Clone();
        for (int j = 0; j < n; j++) l[0, j] = 0;
        for (int b = 0, k = 0; b < d; b++) { l[0, k] = 1; k += 1 + 2 * b; }   // diagonal coordinates sit at k = b²
        var rhs = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(n); rhs[0] = 1;
        var x = l.LU().Solve(rhs);
        var rho = DenseOps.Values(HermitianVectorisation.FromReal(x.ToArray(), d)).ToArray();
        Normalise(rho, d);
        return rho;
    }

    private static void Normalise(Complex[] rho, int d)
    {
        Complex tr = 0; for (int a = 0; a < d; a++) tr += rho[a + a * d];
        if (tr.Magnitude == 0 || !double.IsFinite(tr.Real)) return;
        for (int i = 0; i < rho.Length; i++) rho[i] /= tr.Real;
    }

    /// <summary>Closed communicating classes of the rate graph c → a (W_ac &gt; 0): the kernel dimension of W.</summary>
    internal static int ClosedClasses(double[,] w)
    {
        int d = w.GetLength(0);
        double max = 0; for (int a = 0; a < d; a++) for (int c = 0; c < d; c++) if (a != c) max = Math.Max(max, w[a, c]);
        double thr = 1e-12 * max;
        // Tarjan's SCC, iterative.
        int index = 0, count = 0;
        var idx = new int[d]; var low = new int[d]; var comp = new int[d]; var onStack = new bool[d];
        Array.Fill(idx, -1);
        var stack = new Stack<int>();
        for (int s = 0; s < d; s++)
        {
            if (idx[s] >= 0) continue;
            var work = new Stack<(int V, int Next)>();
            work.Push((s, 0)); idx[s] = low[s] = index++; stack.Push(s); onStack[s] = true;
            while (work.Count > 0)
            {
                var (v, next) = work.Pop();
                int u = next;
                while (u < d && !(u != v && w[u, v] > thr)) u++;
                if (u < d)
                {
                    work.Push((v, u + 1));
                    if (idx[u] < 0) { idx[u] = low[u] = index++; stack.Push(u); onStack[u] = true; work.Push((u, 0)); }
                    else if (onStack[u]) low[v] = Math.Min(low[v], idx[u]);
                    continue;
                }
                if (low[v] == idx[v])
                {
                    int x;
                    do { x = stack.Pop(); onStack[x] = false; comp[x] = count; } while (x != v);
                    count++;
                }
                if (work.Count > 0) { var parent = work.Peek().V; low[parent] = Math.Min(low[parent], low[v]); }
            }
        }
        var leaves = new bool[count]; Array.Fill(leaves, true);
        for (int c = 0; c < d; c++) for (int a = 0; a < d; a++) if (a != c && w[a, c] > thr && comp[a] != comp[c]) leaves[comp[c]] = false;
        return leaves.Count(x => x);
    }
}
