using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenSystem.Dynamics;

namespace OpenSystem.Analysis;

/// <summary>One start of an approach run.</summary>
/// <param name="Start">"ground" or "maximally_mixed".</param>
/// <param name="Measurements">Measurements on the time grid.</param>
/// <param name="DistanceToSteady">½‖ρ(t) − ρ_ss‖₁.</param>
/// <param name="ObservedRate">−d ln D_ss/dt fitted on the late, exponential part (NaN when too few points).</param>
/// <param name="PlateauTimes">Per qubit, the first time after which C_j stays within 1% (of the steady value, or 1e-6 absolute) of its steady value.</param>
public sealed record ApproachRun(string Start, IReadOnlyList<StateMeasurement> Measurements, double[] DistanceToSteady, double ObservedRate, double[] PlateauTimes);

/// <summary>Result of <see cref="ApproachAnalysis.Run"/>.</summary>
/// <param name="Times">Time grid (0, then log-spaced).</param>
/// <param name="Gap">Liouvillian gap: the smallest decay rate −Re λ over the non-zero eigenvalues of L.</param>
/// <param name="GapMethod">"dense eigenvalues" or "secular estimate".</param>
/// <param name="Steady">The steady state.</param>
/// <param name="SteadyMeasurement">Its measurement.</param>
/// <param name="Gibbs">Gibbs coherences, or null.</param>
/// <param name="Runs">From the ground state and from the maximally mixed state.</param>
public sealed record ApproachReport(double[] Times, double Gap, string GapMethod, SteadyState Steady, StateMeasurement SteadyMeasurement,
    double[]? Gibbs, IReadOnlyList<ApproachRun> Runs);

/// <summary>
/// How a model approaches its steady state: C_j(t) and the trace distances to τ and to ρ_ss from the ground state and
/// from the maximally mixed state, with the relaxation rate read from the Liouvillian gap and compared with the rate
/// fitted to the late-time decay of ½‖ρ(t) − ρ_ss‖₁.
/// </summary>
public static class ApproachAnalysis
{
    /// <summary>Runs both starts up to <paramref name="tEnd"/> (default 25/gap) on <paramref name="samples"/> log-spaced times.</summary>
    public static ApproachReport Run(OpenQuantumSystem system, MasterEquation equation, double? tEnd = null, int samples = 121,
        DormandPrince54? integrator = null, ILogger? logger = null, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(system); ArgumentNullException.ThrowIfNull(equation);
        logger ??= NullLogger.Instance;
        var generator = equation.Build(system, logger);
        var steady = new SteadyStateSolver().Solve(generator, logger);
        var (gap, method) = Gap(generator);
        logger.LogInformation("Liouvillian gap {Gap:E3} ({Method}): relaxation time {Time:G4}", gap, method, 1 / gap);
        double end = tEnd ?? 25 / gap;
        var grid = TimeGrid.Logarithmic(Math.Min(0.1, end / 1e4), end, samples);
        double? temperature = system.CommonTemperature;
        var gibbsPops = temperature is double t ? GibbsState.Populations(system.Basis, t) : null;
        var observables = new StateObservables(system, gibbsPops);
        double[]? gibbs = gibbsPops is null ? null
            : observables.Measure(Matrix<Complex>.Build.DenseOfDiagonalArray(gibbsPops.Select(p => new Complex(p, 0)).ToArray()), spectral: false).Coherence;
        var steadyMeasurement = observables.Measure(steady.GeneratorBasisState);
        var runs = new List<ApproachRun>();
        foreach (var (name, rho0) in new[] { ("ground", DensityMatrix.Ground(system.Register)), ("maximally_mixed", DensityMatrix.MaximallyMixed(system.Register)) })
        {
            var measurements = new List<StateMeasurement>(); var toSteady = new List<double>();
            new MasterEquationSolver(generator, integrator).Evolve(rho0, grid, (time, rho) =>
            {
                measurements.Add(observables.Measure(rho));
                toSteady.Add(QuantumMeasures.TraceDistance(rho, steady.GeneratorBasisState));
                return true;
            });
            progress?.Report($"approach from {name} done");
            var d = toSteady.ToArray();
            runs.Add(new ApproachRun(name, measurements, d, FitRate(grid.Times, d), PlateauTimes(grid.Times, measurements, steadyMeasurement.Coherence)));
        }
        return new ApproachReport(grid.Times.ToArray(), gap, method, steady, steadyMeasurement, gibbs, runs);
    }

    /// <summary>
    /// The gap of L: from the dense eigenvalues when d ≤ <paramref name="denseMaxDimension"/>, otherwise the secular
    /// estimate (slowest non-zero mode of the Pauli rate matrix, or the slowest coherence decay −Re L_(ab),(ab)), which is
    /// exact for the Davies equation when the Bohr frequencies are distinct and close to the Redfield gap at weak coupling.
    /// </summary>
    public static (double Gap, string Method) Gap(Liouvillian generator, int denseMaxDimension = 16)
    {
        ArgumentNullException.ThrowIfNull(generator);
        var diag = generator.Diagonal();
        double scale = diag.Max(z => Math.Abs(z.Real));
        if (generator.Dimension <= denseMaxDimension)
        {
            var rates = generator.ToMatrix().Evd().EigenValues.Select(z => -z.Real).Where(r => r > 1e-9 * scale).ToArray();
            return (rates.Min(), "dense eigenvalues of L");
        }
        int d = generator.Dimension;
        var w = generator.PopulationRates();
        var pauli = Matrix<double>.Build.Dense(d, d, (i, j) => w[i, j]).Evd().EigenValues.Select(z => -z.Real).Where(r => r > 1e-9 * scale);
        var coherences = Enumerable.Range(0, d * d).Where(i => i % d != i / d).Select(i => -diag[i].Real).Where(r => r > 1e-9 * scale);
        return (pauli.Concat(coherences).Min(), "secular estimate (Pauli rate matrix and coherence decay rates)");
    }

    private static double FitRate(IReadOnlyList<double> t, double[] d)
    {
        // least squares of ln D against t over the points with 1e-6 < D < 1e-2 · max D: the exponential tail, above the
        // integrator's error floor (about 1e-8 at the default tolerances)
        double max = d.Max();
        var points = Enumerable.Range(0, d.Length).Where(i => d[i] > 1e-6 && d[i] < 1e-2 * max).ToArray();
        if (points.Length < 3) return double.NaN;
        double mx = points.Average(i => t[i]), my = points.Average(i => Math.Log(d[i]));
        double sxy = points.Sum(i => (t[i] - mx) * (Math.Log(d[i]) - my)), sxx = points.Sum(i => (t[i] - mx) * (t[i] - mx));
        return -sxy / sxx;
    }

    private static double[] PlateauTimes(IReadOnlyList<double> t, List<StateMeasurement> m, double[] steady)
    {
        int n = steady.Length; var result = new double[n];
        for (int q = 0; q < n; q++)
        {
            double tol = Math.Max(0.01 * steady[q], 1e-6);
            int last = m.Count - 1;
            while (last >= 0 && Math.Abs(m[last].Coherence[q] - steady[q]) <= tol) last--;
            result[q] = last == m.Count - 1 ? double.NaN : t[last + 1];
        }
        return result;
    }
}
