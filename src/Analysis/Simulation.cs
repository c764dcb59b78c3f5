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
}

/// <summary>
/// One model, end to end: the Gibbs state of the baths' temperature, the generator, the steady state (certified by its
/// residual; evolved from the initial state when it is not unique), and the trajectory when asked.
/// </summary>
public static class Simulation
{
    /// <summary>Runs the model. <paramref name="progress"/> receives the fraction of the trajectory done.</summary>
    /// <exception cref="SteadyStateException">The steady state did not converge.</exception>
    /// <exception cref="IntegrationException">The integrator failed.</exception>
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

        var steady = options.SteadyState.Solve(generator, logger);
        if (!steady.Unique)
        {
            Warn($"The long-time state is not unique ({steady.Diagnosis}); the reported steady state is the limit reached from the initial state. Put a bath on every qubit to reach the Gibbs state.");
            steady = options.SteadyState.SolveByEvolution(generator, initial, logger: logger, diagnosis: steady.Diagnosis);
        }
        var steadyMeasurement = observables.Measure(steady.Represented);
        if (steadyMeasurement.MinimumEigenvalue < -Tolerances.Positivity)
            Warn($"The steady state has a negative eigenvalue {steadyMeasurement.MinimumEigenvalue:E2}: {equation} does not guarantee positivity at this coupling.");

        double steadySeconds = clock.Elapsed.TotalSeconds - generatorSeconds;
        TrajectoryReport? trajectory = null;
        if (grid is not null)
        {
            var measurements = new List<StateMeasurement>();
            double tEnd = grid.Times[^1], lastReport = -1;
            // Without baths the generator is GKLS (positivity guaranteed) and there is no Gibbs state: no spectral work needed.
            bool spectral = options.SpectralTrajectory && system.Couplings.Count > 0;
            var stats = new MasterEquationSolver(generator, options.Evolution).Evolve(initial, grid, (time, rho) =>
            {
                measurements.Add(observables.Measure(rho, spectral));
                double fraction = tEnd > 0 ? time / tEnd : 1;
                if (fraction - lastReport >= 0.05 || fraction >= 1) { progress?.Report(fraction); lastReport = fraction; }
                return true;
            }, cancellation);
            trajectory = new TrajectoryReport(grid.Times, measurements, stats);
            logger.LogInformation("Trajectory: {Statistics}", stats);
            double minEig = trajectory.MinimumEigenvalue;
            if (minEig < -Tolerances.Positivity)
                Warn($"The trajectory loses positivity: minimum eigenvalue {minEig:E2} (tolerance {Tolerances.Positivity:E0}); {equation} is not completely positive.");
        }
        var timings = new SimulationTimings(generatorSeconds, steadySeconds, clock.Elapsed.TotalSeconds - generatorSeconds - steadySeconds);
        double? toMeanForce = meanForce?.TraceDistanceTo(steady.Represented, system);
        var steadyReport = new SteadyStateReport(steady, steadyMeasurement, toMeanForce);
        return new SimulationReport(equation, gibbs, steadyReport, trajectory, warnings, timings, meanForce);
    }
}
