using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenSystem.Analysis;
using OpenSystem.Dynamics;

namespace OpenSystem.Paper;

/// <summary>Computes a <see cref="FigureSpec"/>: every curve, the master-equation routes and the agreements between routes.</summary>
public static class FigureRunner
{
    /// <summary>Coupling of the master-equation routes (α of the σˣ bath on every qubit).</summary>
    public const double CheckAlpha = 1e-3;

    /// <summary>Computes the figure; progress receives messages as curves finish.</summary>
    public static FigureResult Run(FigureSpec spec, ILogger? logger = null, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        logger ??= NullLogger.Instance;
        var values = new Dictionary<string, double[]>();
        var t = spec.Temperatures;
        foreach (var curve in spec.Curves)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var v = curve.Evaluate(t);
            if (curve.Role == CurveRole.ClosedForm)
                for (int i = 0; i < t.Length; i++)
                {
                    if (t[i] < curve.MinT || t[i] > curve.MaxT)
                    {
                        v[i] = double.NaN;
                    }
                }
            values[curve.Column] = v;
            progress?.Report($"fig{spec.Id}: {curve.Column} ({clock.Elapsed.TotalSeconds:F1} s)");
        }
        var agreements = new List<Agreement>();
        foreach (var curve in spec.Curves.Where(c => c.Approximates is not null))
            agreements.Add(Compare($"{curve.Column} vs {curve.Approximates}", values[curve.Approximates!], values[curve.Column]));
        foreach (var check in spec.Checks)
        {
            agreements.AddRange(RunCheck(spec, check, progress));
        }
        return new FigureResult(spec, values, agreements);
    }

    private static IEnumerable<Agreement> RunCheck(FigureSpec spec, MasterEquationCheck check, IProgress<string>? progress)
    {
        var baseSystem = PaperModels.WithBathOnEveryQubit(check.Hamiltonian, check.Qubits, CheckAlpha, 5.0, spec.CheckTemperatures[0]);
        var sweep = new GibbsSweep(check.Hamiltonian, check.Qubits);
        foreach (MasterEquation eq in new MasterEquation[] { new GlobalLindblad(true), new Redfield(false) })
        {
            var exact = new double[spec.CheckTemperatures.Length];
            var got = new double[exact.Length];
            for (int i = 0; i < exact.Length; i++)
            {
                double temperature = spec.CheckTemperatures[i];
                var system = baseSystem.WithBaths(b => new Baths.BosonicBath(b.SpectralDensity, temperature));
                var steady = new SteadyStateSolver().Solve(eq.Build(system));
                double c = QuantumMeasures.LocalCoherence(steady.State.Bloch(check.Target));
                double e = sweep.Coherence(check.Target, temperature);
                (exact[i], got[i]) = check.Squared ? (e * e, c * c) : (e, c);
            }
            progress?.Report($"fig{spec.Id}: {check.Column} by {eq}");
            yield return Compare($"{check.Column}: Gibbs vs steady state of {eq}", exact, got);
        }
    }

    /// <summary>Largest absolute and relative difference over the points where both are finite.</summary>
    public static Agreement Compare(string what, double[] reference, double[] other)
    {
        double abs = 0, rel = 0;
        int n = 0;
        for (int i = 0; i < reference.Length; i++)
        {
            if (!double.IsFinite(reference[i]) || !double.IsFinite(other[i]))
            {
                continue;
            }
            double diff = Math.Abs(reference[i] - other[i]);
            abs = Math.Max(abs, diff);
            rel = Math.Max(rel, diff / Math.Max(Math.Abs(reference[i]), 1e-300));
            n++;
        }
        return new Agreement(what, abs, rel, n);
    }

    /// <summary>n log-spaced points from a to b inclusive.</summary>
    public static double[] Geomspace(double a, double b, int n) =>
        Enumerable.Range(0, n).Select(i => i == n - 1 ? b : a * Math.Pow(b / a, i / (n - 1.0))).ToArray();
}
