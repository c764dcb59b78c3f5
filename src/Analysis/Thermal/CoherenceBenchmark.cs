using System.Globalization;
using OpenSystem.Baths;
using OpenSystem.Dynamics;

namespace OpenSystem.Analysis;

/// <summary>
/// The equilibrium coherence benchmark of a network (<c>opensystem benchmark</c>): for every qubit j and temperature T
/// (every bath set to T), the local coherence C_j = √(⟨X_j⟩² + ⟨Y_j⟩²) of
/// (1) the Gibbs state of H (intra-system coherence),
/// (2) the second-order mean-force Gibbs state with the model's baths (<see cref="MeanForceGibbsState"/>: bath-induced plus
/// intra-system; no counterterm; undefined at T = 0),
/// (3) the steady state of the Bloch–Redfield equation with the Lamb shift, and
/// (4) the engineered-bath reference (<see cref="EngineeredBathReference"/>: the composite coupling σˣ + σᶻ of the paper
/// on the qubit alone, formula (P1) for an Ohmic bath),
/// with their ratios and, per qubit, the temperature where (1) falls below (4) (<see cref="Crossing"/>).
/// </summary>
/// <remarks>Fixed-rate jumps are left out of every route (they have no temperature; the benchmark compares equilibrium
/// states), with a warning. Failures of one route at one temperature make that value undefined with the reason and a
/// warning; they do not stop the others.</remarks>
public static class CoherenceBenchmark
{
    /// <summary>Above this ½‖ρ_MF − ρ_G‖₁ the second-order correction is not small and a warning says so.</summary>
    public const double WeakCorrection = 0.1;

    /// <summary>Computes the benchmark of <paramref name="system"/> at <paramref name="temperatures"/>.</summary>
    /// <param name="system">The network with its baths (their temperatures are replaced by each T in turn).</param>
    /// <param name="temperatures">Temperatures T ≥ 0, finite, strictly increasing.</param>
    /// <param name="solver">Steady-state solver of the Redfield route (default: <see cref="SteadyStateSolver"/>'s defaults).</param>
    /// <param name="initial">Start of the Redfield route when its long-time state is not unique (default: every qubit in |g⟩).</param>
    /// <param name="progress">Receives one message per temperature.</param>
    /// <returns>The rows, crossings and diagnostics; <see cref="CoherenceBenchmarkResult.Warnings"/> names every non-positive or
    /// not-small (above <see cref="WeakCorrection"/>) mean-force correction and every failed or non-unique Redfield solve.</returns>
    /// <exception cref="ArgumentException">No bath, no temperature, or temperatures that are negative, not finite or not strictly increasing.</exception>
    public static CoherenceBenchmarkResult Run(OpenQuantumSystem system, IReadOnlyList<double> temperatures, SteadyStateSolver? solver = null,
        DensityMatrix? initial = null, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(temperatures);
        RequireInput(system, temperatures);
        solver ??= new SteadyStateSolver();
        initial ??= DensityMatrix.Ground(system.Register);
        var warnings = new List<string>();
        if (system.Jumps.Count > 0)
        {
            warnings.Add($"The model's {system.Jumps.Count} fixed-rate jump channel(s) are left out of every route: they have no temperature, and the benchmark compares equilibrium states.");
        }
        var network = new OpenQuantumSystem(system.Register, system.Hamiltonian, system.Couplings);
        int n = network.Register.Count;
        var frequencies = Enumerable.Range(0, n).Select(j => EngineeredBathReference.LocalFrequency(network, j)).ToArray();
        var couplings = Enumerable.Range(0, n).Select(j => EngineeredBathReference.Couplings(network, j)).ToArray();
        var cells = new CoherenceBenchmarkRow[n, temperatures.Count];
        var points = new List<CoherenceBenchmarkPoint>();
        for (int i = 0; i < temperatures.Count; i++)
        {
            double t = temperatures[i];
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var atT = network.WithBaths(b => new BosonicBath(b.SpectralDensity, t));
            var gibbs = GibbsState.Of(atT, t);
            var meanForce = MeanForce(atT, warnings);
            var redfield = Redfield(atT, solver, initial, warnings);
            for (int j = 0; j < n; j++)
            {
                var mf = meanForce.State is { } s ? Measured.Of(s.State.Bloch(j).LocalCoherence) : Measured.Undefined(meanForce.Reason!);
                var rf = redfield.State is { } r ? Measured.Of(r.State.Bloch(j).LocalCoherence) : Measured.Undefined(redfield.Reason!);
                cells[j, i] = new CoherenceBenchmarkRow(j, t, frequencies[j], gibbs.Bloch(j).LocalCoherence, mf, rf, EngineeredBathReference.Coherence(atT, j));
            }
            points.Add(Point(t, meanForce, redfield));
            progress?.Report($"T = {t.ToString("G4", CultureInfo.InvariantCulture)} ({clock.Elapsed.TotalSeconds:F1} s)");
        }
        var rows = new List<CoherenceBenchmarkRow>();
        var crossings = new List<Measured>();
        for (int j = 0; j < n; j++)
        {
            var ofQubit = Enumerable.Range(0, temperatures.Count).Select(i => cells[j, i]).ToList();
            rows.AddRange(ofQubit);
            crossings.Add(Crossing(ofQubit));
        }
        return new CoherenceBenchmarkResult(temperatures.ToArray(), frequencies, couplings, rows, crossings, points, warnings);
    }

    /// <summary>
    /// The lowest temperature where the intra-system coherence falls below the engineered-bath reference: the first pair
    /// of neighbouring rows (ascending T, rows where the reference is defined) with C_Gibbs ≥ C_engineered at the lower T
    /// and C_Gibbs &lt; C_engineered at the upper, interpolated linearly in ln T on ln(C_Gibbs/C_engineered) (on the difference
    /// when a coherence is 0), so the result lies between the two rows' temperatures. Undefined, with the reason, when
    /// there is no such pair in the range.
    /// </summary>
    /// <param name="rows">The rows of one qubit, temperatures ascending.</param>
    public static Measured Crossing(IReadOnlyList<CoherenceBenchmarkRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var usable = rows.Where(r => r.Engineered.IsDefined).ToList();
        if (usable.Count < 2)
        {
            string why = usable.Count == 0 && rows.Count > 0 ? $": {rows[0].Engineered.Reason}" : "";
            return Measured.Undefined($"the engineered-bath reference is defined at {usable.Count} temperature(s); a crossing needs two{why}");
        }
        bool everAbove = false;
        for (int k = 1; k < usable.Count; k++)
        {
            var (a, b) = (usable[k - 1], usable[k]);
            double da = a.Gibbs - a.Engineered.Value!.Value, db = b.Gibbs - b.Engineered.Value!.Value;
            everAbove |= da >= 0;
            if (da >= 0 && db < 0)
            {
                return Measured.Of(Interpolate(a, b, da, db));
            }
        }
        everAbove |= usable[^1].Gibbs >= usable[^1].Engineered.Value!.Value;
        string range = $"T = {F(usable[0].Temperature)} to {F(usable[^1].Temperature)}";
        if (usable.All(r => r.Gibbs >= r.Engineered.Value!.Value))
        {
            return Measured.Undefined($"the intra-system coherence is at or above the engineered-bath reference at every temperature of the range ({range}); extend the range upwards");
        }
        return everAbove
            ? Measured.Undefined($"the intra-system coherence only rises above the engineered-bath reference in the range ({range}); it never falls below it")
            : Measured.Undefined($"the intra-system coherence is below the engineered-bath reference at every temperature of the range ({range}); extend the range downwards, or there is no crossing");
    }

    private static double Interpolate(CoherenceBenchmarkRow a, CoherenceBenchmarkRow b, double da, double db)
    {
        double xa = Math.Log(a.Temperature), xb = Math.Log(b.Temperature);
        double ea = a.Engineered.Value!.Value, eb = b.Engineered.Value!.Value;
        bool logs = a.Gibbs > 0 && b.Gibbs > 0 && ea > 0 && eb > 0;
        double ya = logs ? Math.Log(a.Gibbs / ea) : da;
        double yb = logs ? Math.Log(b.Gibbs / eb) : db;
        return Math.Exp(xa - ya * (xb - xa) / (yb - ya));
    }

    private static void RequireInput(OpenQuantumSystem system, IReadOnlyList<double> temperatures)
    {
        if (system.Couplings.Count == 0)
        {
            throw new ArgumentException("The coherence benchmark needs at least one bath; this system has none.", nameof(system));
        }
        if (temperatures.Count == 0)
        {
            throw new ArgumentException("The coherence benchmark needs at least one temperature.", nameof(temperatures));
        }
        for (int i = 0; i < temperatures.Count; i++)
        {
            if (!(temperatures[i] >= 0) || double.IsInfinity(temperatures[i]))
            {
                throw new ArgumentException($"Temperature {i} is {F(temperatures[i])}: every temperature must be finite and >= 0.", nameof(temperatures));
            }
            if (i > 0 && !(temperatures[i] > temperatures[i - 1]))
            {
                throw new ArgumentException($"Temperatures must be strictly increasing: {F(temperatures[i - 1])} is followed by {F(temperatures[i])}.", nameof(temperatures));
            }
        }
    }

    private static (MeanForceGibbsState? State, string? Reason) MeanForce(OpenQuantumSystem atT, List<string> warnings)
    {
        MeanForceGibbsState state;
        try
        {
            state = MeanForceGibbsState.Of(atT);
        }
        catch (ArgumentException ex)
        {
            return (null, Reason(ex));
        }
        if (state.TraceDistanceToGibbs > WeakCorrection)
        {
            warnings.Add($"T = {F(state.Temperature)}: the second-order mean-force correction is not small: ½‖ρ_MF − ρ_G‖₁ = {state.TraceDistanceToGibbs:G3} > {WeakCorrection:G2}; the coupling is too strong for a second-order treatment.");
        }
        if (!state.IsPositive)
        {
            warnings.Add($"T = {F(state.Temperature)}: the second-order mean-force state is not positive (minimum eigenvalue {state.MinimumEigenvalue:E2}); the coupling is too strong or T too low for a second-order expansion; reported unclipped.");
        }
        return (state, null);
    }

    private static (SteadyState? State, string? Reason) Redfield(OpenQuantumSystem atT, SteadyStateSolver solver, DensityMatrix initial, List<string> warnings)
    {
        double t = atT.Couplings[0].Bath.Temperature;
        SteadyState steady;
        try
        {
            steady = solver.SolveFrom(new Redfield(true).Build(atT), initial);
        }
        catch (Exception ex) when (ex is SteadyStateException or ArgumentException or ArithmeticException)
        {
            warnings.Add($"T = {F(t)}: no Redfield steady state: {Reason(ex)}");
            return (null, Reason(ex));
        }
        if (!steady.Unique)
        {
            warnings.Add($"T = {F(t)}: the Redfield long-time state is not unique ({steady.Diagnosis}); reported: the limit from the initial state.");
        }
        return (steady, null);
    }

    private static CoherenceBenchmarkPoint Point(double t, (MeanForceGibbsState? State, string? Reason) meanForce, (SteadyState? State, string? Reason) redfield)
    {
        Measured Mf(Func<MeanForceGibbsState, double> f) => meanForce.State is { } s ? Measured.Of(f(s)) : Measured.Undefined(meanForce.Reason!);
        var residual = redfield.State is { } r ? Measured.Of(r.RelativeResidual) : Measured.Undefined(redfield.Reason!);
        Measured distance;
        if (redfield.State is null)
        {
            distance = residual;
        }
        else
        {
            distance = meanForce.State is { } m ? Measured.Of(QuantumMeasures.TraceDistance(redfield.State.State, m.State)) : Measured.Undefined(meanForce.Reason!);
        }
        return new CoherenceBenchmarkPoint(t, Mf(s => s.TraceDistanceToGibbs), Mf(s => s.MinimumEigenvalue), residual, distance);
    }

    /// <summary>An exception's message as a reason: without the " (Parameter 'name')" an ArgumentException appends.</summary>
    internal static string Reason(Exception ex) => ex is ArgumentException { ParamName: { } name } argument
        ? argument.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal)
        : ex.Message;

    private static string F(double x) => x.ToString("G6", CultureInfo.InvariantCulture);
}
