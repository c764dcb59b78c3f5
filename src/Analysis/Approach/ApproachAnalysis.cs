using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenSystem.Dynamics;

namespace OpenSystem.Analysis;

/// <summary>
/// How a model approaches its steady state: C_j(t) and the trace distances to τ and to ρ_ss from the ground state and
/// from the maximally mixed state, with the relaxation rate read from the Liouvillian gap and compared with the rate
/// fitted to the late-time decay of ½‖ρ(t) − ρ_ss‖₁.
/// </summary>
public static class ApproachAnalysis
{
    private const double TailFloor = 1e-6;
    private const double TailCeiling = 1e-2;
    private const double PlateauRelative = 0.01;
    private const double PlateauAbsolute = 1e-6;

    /// <summary>
    /// Runs both starts up to <paramref name="tEnd"/> (default 25/gap) on <paramref name="samples"/> log-spaced times,
    /// with the steady-state solver and evolution route of <paramref name="options"/> (the same as <c>run</c>). When the
    /// steady state is not unique, the reported one is the limit reached from <paramref name="initial"/> (default: the
    /// ground state), as in <see cref="Simulation.Run"/>.
    /// </summary>
    public static ApproachReport Run(OpenQuantumSystem system, MasterEquation equation, double? tEnd = null, int samples = 121,
        SimulationOptions? options = null, ILogger? logger = null, IProgress<string>? progress = null, DensityMatrix? initial = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(equation);
        logger ??= NullLogger.Instance;
        options ??= new SimulationOptions();
        var generator = equation.Build(system, logger);
        // the same long-time state as run: the certified solve, or the kernel projection of the initial state
        var steady = options.SteadyState.SolveFrom(generator, initial ?? DensityMatrix.Ground(system.Register), logger);
        var gap = LiouvillianGap.Of(generator);
        logger.LogInformation("Liouvillian gap {Gap:E3} ({Method}): relaxation time {Time:G4}", gap.Value, gap.Method, 1 / gap.Value);
        double end = tEnd ?? 25 / gap.Value;
        var grid = TimeGrid.Logarithmic(Math.Min(0.1, end / 1e4), end, samples);
        double? temperature = system.CommonTemperature;
        var gibbsPops = temperature is double t ? GibbsState.Populations(system.Basis, t) : null;
        var observables = new StateObservables(system, gibbsPops);
        double[]? gibbs = observables.Gibbs is { } tau ? observables.Measure(tau, spectral: false).Coherence : null;
        var steadyMeasurement = observables.Measure(steady.Represented);
        var runs = new List<ApproachRun>();
        // one solver for both starts: the exact route's ladder (the costly part) is built once and reused
        var solver = new MasterEquationSolver(generator, options.Evolution);
        foreach (var (name, rho0) in new[] { ("ground", DensityMatrix.Ground(system.Register)), ("maximally_mixed", DensityMatrix.MaximallyMixed(system.Register)) })
        {
            var measurements = new List<StateMeasurement>();
            var toSteady = new List<double>();
            var stats = solver.Evolve(rho0, grid, (time, rho) =>
            {
                measurements.Add(observables.Measure(rho));
                toSteady.Add(QuantumMeasures.TraceDistance(rho.Matrix, steady.Represented.In(rho.Basis).Matrix));
                return true;
            });
            progress?.Report($"approach from {name} done");
            var d = toSteady.ToArray();
            runs.Add(new ApproachRun(name, measurements, d, FitRate(grid.Times, d), PlateauTimes(grid.Times, measurements, steadyMeasurement.Coherence), stats));
        }
        return new ApproachReport(grid.Times.ToArray(), gap.Value, gap.Method, steady, steadyMeasurement, gibbs, runs);
    }

    private static Measured FitRate(IReadOnlyList<double> t, double[] d)
    {
        // least squares of ln D against t over the points with 1e-6 < D < 1e-2 · max D: the exponential tail, above the
        // integrator's error floor (about 1e-8 at the default tolerances)
        double max = d.Max();
        var points = Enumerable.Range(0, d.Length).Where(i => d[i] > TailFloor && d[i] < TailCeiling * max).ToArray();
        if (points.Length < 3)
            return Measured.Undefined($"only {points.Length} samples lie on the exponential tail ({TailFloor:E0} < D_ss < {TailCeiling:E0} max D_ss); a fit needs 3");
        double mx = points.Average(i => t[i]);
        double my = points.Average(i => Math.Log(d[i]));
        double sxy = points.Sum(i => (t[i] - mx) * (Math.Log(d[i]) - my));
        double sxx = points.Sum(i => (t[i] - mx) * (t[i] - mx));
        return Measured.Of(-sxy / sxx);
    }

    private static Measured[] PlateauTimes(IReadOnlyList<double> t, List<StateMeasurement> m, double[] steady)
    {
        int n = steady.Length;
        var result = new Measured[n];
        for (int q = 0; q < n; q++)
        {
            double tol = Math.Max(PlateauRelative * steady[q], PlateauAbsolute);
            int last = m.Count - 1;
            while (last >= 0 && Math.Abs(m[last].Coherence[q] - steady[q]) <= tol) last--;
            result[q] = last == m.Count - 1
                ? Measured.Undefined($"C_{q} is still more than {tol:E1} from its steady value at the last time {t[^1]:G4}")
                : Measured.Of(t[last + 1]);
        }
        return result;
    }
}
