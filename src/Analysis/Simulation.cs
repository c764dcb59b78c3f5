using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenSystem.Dynamics;

namespace OpenSystem.Analysis;

/// <summary>Knobs of <see cref="Simulation.Run"/>.</summary>
public sealed record SimulationOptions
{
    /// <summary>Steady-state solver (default: Auto, relative residual 1e-10).</summary>
    public SteadyStateSolver SteadyState { get; init; } = new();

    /// <summary>
    /// Propagation route for trajectories with its own options (default <see cref="AutoRoute"/>: the exact propagator
    /// for small uniform grids, otherwise Dormand–Prince with rtol 1e-8, atol 1e-10).
    /// </summary>
    public EvolutionRoute Evolution { get; init; } = new AutoRoute();

    /// <summary>Eigendecompose every trajectory sample (trace distance, relative entropy, minimum eigenvalue); default true.</summary>
    public bool SpectralTrajectory { get; init; } = true;

    /// <summary>
    /// Budget of the trajectory's estimated wall time in seconds (<see cref="WorkEstimate"/>, default 600); a run estimated
    /// above it throws <see cref="WorkEstimateException"/> before any work. +∞ disables the check.
    /// </summary>
    public double MaxWorkSeconds { get; init; } = 600;

    /// <summary>Budget of the trajectory's estimated memory in bytes (default 4 GiB); +∞ disables the check.</summary>
    public double MaxMemoryBytes { get; init; } = 4.0 * 1024 * 1024 * 1024;
}

/// <summary>
/// One model, end to end: the Gibbs state of the baths' temperature, the generator, the steady state (certified by its
/// residual; when the kernel of L is degenerate or L has persistent oscillations, the exact projection P₀ρ₀ of the
/// initial state, <see cref="SteadyStateSolver.SolveFrom"/>), and the trajectory when asked, after its work estimate
/// (<see cref="WorkEstimate"/>). Every reported state is checked (<see cref="PhysicalityException"/>).
/// </summary>
public static class Simulation
{
    /// <summary>Runs the model. <paramref name="progress"/> receives the fraction of the trajectory done.</summary>
    /// <exception cref="SteadyStateException">The steady state did not converge.</exception>
    /// <exception cref="IntegrationException">The integrator failed.</exception>
    /// <exception cref="PhysicalityException">A state left the physical set beyond the equation's allowance, or missed an exact Gibbs steady state.</exception>
    /// <exception cref="WorkEstimateException">The trajectory's estimated work exceeds <see cref="SimulationOptions.MaxWorkSeconds"/> or <see cref="SimulationOptions.MaxMemoryBytes"/>.</exception>
    public static SimulationReport Run(OpenQuantumSystem system, MasterEquation equation, DensityMatrix initial, TimeGrid? grid,
        SimulationOptions? options = null, ILogger? logger = null, IProgress<double>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(system); ArgumentNullException.ThrowIfNull(equation); ArgumentNullException.ThrowIfNull(initial);
        options ??= new SimulationOptions();
        logger ??= NullLogger.Instance;
        var warnings = new List<string>();
        void Warn(string message) { warnings.Add(message); logger.LogWarning("{Warning}", message); }

        int n = system.Register.Count;
        var forbidden = Z2Symmetry.ForbiddenCoherence(system.Hamiltonian, n);
        if (system.Couplings.Count > 0 && Z2Symmetry.CommutesWithGlobalParity(system.Hamiltonian, n))
            Warn("H commutes with the global parity Z = (x)_j sigma^z_j (Eq. 3): no local coherence can appear in the Gibbs state.");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        logger.LogDebug(ProgressEvents.Stage, "building the generator ({Equation}, d = {Dimension})", equation, system.Register.Dimension);
        var generator = equation.Build(system, logger);
        double generatorSeconds = clock.Elapsed.TotalSeconds;
        double? temperature = system.CommonTemperature;
        double[]? gibbsPopulations = temperature is double t ? GibbsState.Populations(system.Basis, t) : null;
        var observables = new StateObservables(system, gibbsPopulations);
        GibbsReport? gibbs = null;
        if (observables.Gibbs is { } tau)
            gibbs = new GibbsReport(temperature!.Value, observables.Measure(tau), forbidden);
        else if (system.Couplings.Count > 0)
            Warn("The baths have different temperatures: there is no single Gibbs state (gibbs and mean_force are null).");
        var meanForce = MeanForceReport.Of(system, observables, Warn);

        var estimate = grid is null ? null : RequireBudget(generator, grid, options, logger);
        logger.LogDebug(ProgressEvents.Stage, "steady state");
        var steady = options.SteadyState.SolveFrom(generator, initial, logger);
        if (!steady.Unique)
            Warn($"The long-time state is not unique: {steady.Diagnosis}. Put a bath on every qubit to reach the Gibbs state.");
        else if (steady.Diagnosis.Length > 0)
            Warn($"The long-time state oscillates: {steady.Diagnosis}.");
        var check = new PhysicalityCheck(generator, equation);
        check.RequireFinite(steady.Represented, "The steady state");
        var steadyMeasurement = observables.Measure(steady.Represented);
        check.Require(steadyMeasurement, "The steady state");
        PhysicalityCheck.RequireGibbs(system, equation, steady, steadyMeasurement);
        if (steadyMeasurement.MinimumEigenvalue < -Tolerances.Positivity)
            Warn($"The steady state has a negative eigenvalue {steadyMeasurement.MinimumEigenvalue:E2}: {equation} does not guarantee positivity at this coupling.");

        double steadySeconds = clock.Elapsed.TotalSeconds - generatorSeconds;
        TrajectoryReport? trajectory = null;
        if (grid is not null)
        {
            logger.LogDebug(ProgressEvents.Stage, "trajectory ({Samples} samples to t = {End:G4})", grid.Times.Count, grid.Times[^1]);
            var measurements = new List<StateMeasurement>();
            double tEnd = grid.Times[^1], lastReport = -1;
            // Without baths the generator is GKLS (positivity guaranteed) and there is no Gibbs state: no spectral work needed.
            bool spectral = options.SpectralTrajectory && system.Couplings.Count > 0;
            var stats = new MasterEquationSolver(generator, options.Evolution).Evolve(initial, grid, (time, rho) =>
            {
                check.RequireFinite(rho, $"The trajectory at t = {time:G6}");
                var measurement = observables.Measure(rho, spectral);
                check.Require(measurement, $"The trajectory at t = {time:G6}");
                measurements.Add(measurement);
                double fraction = tEnd > 0 ? time / tEnd : 1;
                if (fraction - lastReport >= 0.05 || fraction >= 1) { progress?.Report(fraction); lastReport = fraction; }
                return true;
            }, cancellation);
            trajectory = new TrajectoryReport(grid.Times, measurements, stats);
            logger.LogInformation("Trajectory: {Statistics} (estimated beforehand: {Estimate})", stats, estimate);
            double minEig = trajectory.MinimumEigenvalue;
            if (minEig < -Tolerances.Positivity)
                Warn($"The trajectory loses positivity: minimum eigenvalue {minEig:E2} (tolerance {Tolerances.Positivity:E0}); {equation} is not completely positive.");
        }
        var timings = new SimulationTimings(generatorSeconds, steadySeconds, clock.Elapsed.TotalSeconds - generatorSeconds - steadySeconds);
        double? toMeanForce = meanForce?.TraceDistanceTo(steady.Represented, system);
        var steadyReport = new SteadyStateReport(steady, steadyMeasurement, toMeanForce);
        return new SimulationReport(equation, gibbs, steadyReport, trajectory, warnings, timings, meanForce);
    }

    private static WorkEstimate RequireBudget(IGenerator generator, TimeGrid grid, SimulationOptions options, ILogger logger)
    {
        var estimate = WorkEstimate.Of(generator, grid, options.Evolution);
        logger.LogInformation("Trajectory work estimate: {Estimate}", estimate);
        if (estimate.Seconds > options.MaxWorkSeconds || estimate.Bytes > options.MaxMemoryBytes || !double.IsFinite(estimate.Seconds))
            throw new WorkEstimateException($"evolution: the trajectory would take {estimate} (budget {options.MaxWorkSeconds:G3} s, {options.MaxMemoryBytes / 1048576:G3} MiB): t_end times the fastest frequency of L is too large for this route (reduce evolution.t_end or rescale the model, or override with --max-work SECONDS).", estimate);
        return estimate;
    }
}
