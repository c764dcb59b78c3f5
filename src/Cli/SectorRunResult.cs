using System.Text.Json;
using Microsoft.Extensions.Logging;
using OpenSystem.Analysis;
using OpenSystem.Dynamics;
using OpenSystem.Models;
using OpenSystem.Symmetry;

namespace OpenSystem.Cli;

/// <summary>
/// <c>opensystem run</c> on a family model above <see cref="QubitRegister.MaxQubits"/> qubits: the steady state of the file's
/// master equation (Redfield, Davies or local, Lamb shift as given) on permutation-invariant states
/// (<see cref="PermutationInvariantGenerator"/>, <see cref="SectorSteadyStateSolver"/>), the Gibbs state by total-spin
/// sectors, and result.json with <c>"symmetry": {"route": "permutation_invariant"}</c>. Every ancilla's Bloch vector is
/// the common one (2/N)⟨J⟩, repeated per qubit. Quantities this route does not compute (mean-force state, trace distance
/// and relative entropy to the Gibbs state; the trajectory above <see cref="MaxTrajectoryAncillas"/> ancillas) are null or
/// absent, with the reason in <c>run.warnings</c>. Up to that N a model with <c>evolution</c> gets its trajectory from
/// <see cref="SectorEvolution"/> (Dormand–Prince 5(4), rtol 1e-8, atol 1e-10) and trajectory.csv.
/// </summary>
internal static class SectorRunResult
{
    /// <summary>The computed result of one model: result.json bytes and a one-line summary for stdout.</summary>
    /// <param name="Json">The result.json bytes.</param>
    /// <param name="Summary">The summary line.</param>
    /// <param name="Csv">trajectory.csv, or null without a trajectory.</param>
    internal sealed record Outcome(byte[] Json, string Summary, byte[]? Csv);

    /// <summary>
    /// Largest number of levels Σ_j D(2j + 1) whose steady state is solved: 5202 (c4 at N = 100). The solver factorises the
    /// dense population rate matrix of that size (measured at N = 100: 141 s wall, 2.2 GB on this project's 2-core
    /// machine); work grows as levels³ and memory as levels².
    /// </summary>
    public const int MaxLevels = 5202;

    /// <summary>Largest N whose trajectory is integrated (the cost grows as N³ per step).</summary>
    public const int MaxTrajectoryAncillas = 30;

    /// <summary>Solves <paramref name="family"/> and returns its result.json bytes and summary.</summary>
    /// <param name="family">The model, read by <see cref="ModelFile.LoadFamily"/>.</param>
    /// <param name="modelPath">The file, for result.json's <c>run.model</c>.</param>
    /// <param name="tolerance">Largest accepted relative residual ‖Lρ‖/(σ‖ρ‖) of the steady state.</param>
    /// <param name="logger">Progress and warnings.</param>
    /// <exception cref="SteadyStateException">The steady state did not reach <paramref name="tolerance"/>.</exception>
    /// <exception cref="NotSupportedException">A model outside the permutation-invariant solver's scope.</exception>
    public static Outcome Compute(FamilyModel family, string modelPath, double tolerance, ILogger logger)
    {
        int dimension = 1 << ModelFamilies.All[family.Name].ExtraQubits;
        long levels = dimension * SpinSectors.TwiceJ(family.Ancillas).Sum(twiceJ => twiceJ + 1L);
        if (levels > MaxLevels)
            throw new ArgumentException($"family.ancillas: N = {family.Ancillas} gives {levels} levels Σ_j D(2j + 1) (D = {dimension}); the permutation-invariant steady state " +
                $"factorises a dense {levels} x {levels} rate matrix ({levels * (double)levels * 8 / (1 << 30):G3} GiB, work ~ levels³), and run takes at most {MaxLevels} levels " +
                "(c4 at N = 100: 141 s, 2.2 GB). For the Gibbs state alone use --only gibbs (up to 1000 ancillas).");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var h = ModelFamilies.All[family.Name].Build(family.Ancillas, family.Parameters.ToArray());
        var generator = PermutationInvariantGenerator.Build(h, family.Qubits, family.Couplings, family.Equation);
        double generatorSeconds = clock.Elapsed.TotalSeconds;
        var steady = new SectorSteadyStateSolver { Tolerance = tolerance }.Solve(generator, logger);
        double steadySeconds = clock.Elapsed.TotalSeconds - generatorSeconds;
        var state = steady.State;
        var bloch = Enumerable.Range(0, family.Qubits)
            .Select(q => generator.Model.Distinguished.Contains(q) ? state.Bloch(q) : state.AncillaBloch).ToArray();
        var warnings = new List<string>();
        var gibbs = family.Temperature is double t ? GibbsOnlyResult.SectorBloch(family, t) : null;
        if (gibbs is null)
            warnings.Add("The baths have different temperatures (or there is no bath): there is no single Gibbs state (gibbs and mean_force are null).");
        else
            warnings.Add($"mean_force is null: the second-order mean-force state needs the dense state of all {family.Qubits} qubits (at most {QubitRegister.MaxQubits}).");
        warnings.Add("steady_state.trace_distance_to_gibbs and relative_entropy_to_gibbs are null: the permutation-invariant route does not form the full states they compare.");
        TrajectoryReport? trajectory = null;
        double trajectorySeconds = 0;
        if (family.Grid is not null && family.Ancillas > MaxTrajectoryAncillas)
            warnings.Add($"The trajectory was skipped: the permutation-invariant route integrates trajectories up to {MaxTrajectoryAncillas} ancillas, this model has {family.Ancillas} (result.json has no trajectory).");
        else if (family.Grid is { } grid)
        {
            trajectory = Trajectory(generator, family, grid);
            trajectorySeconds = clock.Elapsed.TotalSeconds - generatorSeconds - steadySeconds;
            warnings.Add("trajectory.trace_distance_to_gibbs is null: the permutation-invariant route does not form the full states it compares.");
        }
        double minimum = state.MinimumEigenvalue;
        if (minimum < -1e-9)
            warnings.Add($"The steady state has a negative eigenvalue ({minimum:E2}): the equation does not guarantee positivity.");
        foreach (var warning in warnings)
            logger.LogWarning("{Warning}", warning);
        var classes = ExchangeSymmetry.Classes(h, family.Qubits);
        byte[] json = Json(family, modelPath, (bloch, steady, minimum), gibbs, trajectory, classes, new SimulationTimings(generatorSeconds, steadySeconds, trajectorySeconds), warnings);
        byte[]? csv = trajectory is null ? null : System.Text.Encoding.UTF8.GetBytes(ResultWriter.TrajectoryCsv(trajectory));
        string coherence = string.Join(", ", bloch.Take(generator.Model.Distinguished.Count + 1).Select(b => b.LocalCoherence.ToString("G6")));
        string summary = $"steady state (permutation-invariant, {ResultWriter.MethodName(SteadyStateMethod.Gmres)}): relative residual {steady.RelativeResidual:E2}, coherence of the distinguished qubits and one ancilla [{coherence}]";
        return new Outcome(json, summary, csv);
    }

    /// <summary>The trajectory from the file's initial state on its time grid (Dormand–Prince, rtol 1e-8, atol 1e-10).</summary>
    private static TrajectoryReport Trajectory(PermutationInvariantGenerator generator, FamilyModel family, TimeGrid grid)
    {
        var model = generator.Model;
        var initial = Initial(model, family);
        var measurements = new List<StateMeasurement>();
        var statistics = SectorEvolution.Evolve(generator, initial, grid.Times, (_, _, state) =>
        {
            var bloch = Enumerable.Range(0, family.Qubits).Select(q => model.Distinguished.Contains(q) ? state.Bloch(q) : state.AncillaBloch).ToArray();
            measurements.Add(new StateMeasurement(bloch, bloch.Select(b => b.LocalCoherence).ToArray(), null, null, state.MinimumEigenvalue));
        });
        return new TrajectoryReport(grid.Times, measurements, statistics);
    }

    /// <summary>The file's initial state as a permutation-invariant state (a product state needs one pure ancilla vector).</summary>
    /// <exception cref="ArgumentException">A product state whose ancillas differ or are mixed (bad input).</exception>
    private static SectorState Initial(CollectiveModel model, FamilyModel family)
    {
        var distinguished = model.Distinguished;
        IReadOnlyList<BlochVector> vectors = family.InitialKind switch
        {
            "ground" => Enumerable.Repeat(new BlochVector(0, 0, -1), family.Qubits).ToArray(),
            "excited" => Enumerable.Repeat(new BlochVector(0, 0, 1), family.Qubits).ToArray(),
            "product" => family.InitialBloch!.Select(v => new BlochVector(v.X, v.Y, v.Z)).ToArray(),
            _ => [],
        };
        if (family.InitialKind == "maximally_mixed")
            return SectorState.MaximallyMixed(model);
        var ancilla = vectors[model.Ancillas[0]];
        if (model.Ancillas.Any(q => vectors[q] != ancilla))
            throw new ArgumentException("initial_state.bloch: the ancillas must start in one common state (the permutation-invariant route keeps them identical).");
        try
        {
            return SectorState.Product(model, distinguished.Select(q => vectors[q]).ToArray(), ancilla);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"initial_state.bloch: {ex.Message}", ex);
        }
    }

    private static byte[] Json(FamilyModel family, string modelPath, (BlochVector[] Bloch, SectorSteadyState Steady, double Minimum) ss,
        BlochVector[]? gibbs, TrajectoryReport? trajectory, IReadOnlyList<IReadOnlyList<int>> classes, SimulationTimings seconds, List<string> warnings)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            GibbsOnlyResult.WriteGibbs(w, family.Temperature, gibbs);
            w.WriteNull("mean_force");
            w.WriteStartObject("steady_state");
            ResultWriter.Bloch(w, "bloch", ss.Bloch, "steady_state.bloch");
            ResultWriter.Array(w, "coherence", ss.Bloch.Select(b => b.LocalCoherence).ToArray(), "steady_state.coherence");
            w.WriteNull("trace_distance_to_gibbs");
            w.WriteString("method", ResultWriter.MethodName(SteadyStateMethod.Gmres));
            w.WriteNull("relative_entropy_to_gibbs");
            ResultWriter.Num(w, "residual", ss.Steady.Residual);
            ResultWriter.Num(w, "relative_residual", ss.Steady.RelativeResidual);
            w.WriteNumber("iterations", ss.Steady.Iterations);
            ResultWriter.Num(w, "minimum_eigenvalue", ss.Minimum);
            w.WriteEndObject();
            if (trajectory is not null)
                ResultWriter.Trajectory(w, trajectory, hasGibbs: false);
            SymmetryReport.Write(w, classes, SymmetryReport.PermutationInvariant);
            w.WriteStartObject("run");
            w.WriteString("model", modelPath);
            w.WriteString("equation", family.Equation.ToString());
            w.WriteString("initial_state", family.InitialKind);
            w.WriteNumber("qubits", family.Qubits);
            w.WriteString("version", typeof(SectorRunResult).Assembly.GetName().Version?.ToString());
            ResultWriter.Seconds(w, seconds);
            GibbsOnlyResult.FinishRun(w, warnings);
        }
        return stream.ToArray();
    }
}
