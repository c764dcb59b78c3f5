using System.Globalization;
using OpenSystem.Analysis;
using OpenSystem.Symmetry;

namespace OpenSystem.Paper;

/// <summary>
/// Fig. 3b extended in N (issue 12): the target's Gibbs coherence C_T = √(⟨X_T⟩² + ⟨Y_T⟩²) of Eq. C4 with the figure's
/// parameters (ω_T = 1, ω_j = γ_j = θ_j = 0.5; family <c>c4</c> with omega_target = 1, omega_ancilla = g = theta = 0.5)
/// against the number of ancillas N = 1 … N_max ≤ 1000, at T = 0, 0.1, 0.5 and 2 (k_B = 1, units of ω_T). The curve is
/// the Gibbs state by total-spin sectors (<see cref="FamilyGibbs"/>); for N ≤ 8 the dense Gibbs state of the N + 1 qubits
/// (<see cref="GibbsSweep"/>, the route of <see cref="PaperFigures"/>) is computed beside it, and the N → ∞ limit
/// C_T(∞) = tanh(ω_T g/(2 r T)) θ/r, r = √(g² + θ²) (<see cref="C4MeanField"/>; 1/√2 at T = 0) is compared with the
/// largest N: the distance and the rate p of distance ∝ N^−p between the two largest N of the grid.
/// </summary>
public static class AncillaScaling
{
    /// <summary>N_max of the paper's Fig. 3b.</summary>
    public const int PaperMaxAncillas = 8;

    /// <summary>Largest N computed also by the dense route (N + 1 = 9 qubits).</summary>
    public const int DenseMaxAncillas = 8;

    /// <summary>The temperatures of the curves: T = 0 (ground space) and the check temperatures of Fig. 3b.</summary>
    public static IReadOnlyList<double> Temperatures { get; } = [0, 0.1, 0.5, 2.0];

    private static readonly int[] Beyond = [10, 12, 16, 20, 25, 32, 40, 50, 64, 80, 100, 125, 160, 200, 250, 320, 400, 500, 640, 800, 1000];

    /// <summary>The N grid: every N up to 8, then about five points per decade, always ending at <paramref name="maxAncillas"/>.</summary>
    /// <param name="maxAncillas">N_max, 1 … <see cref="Models.ModelFamilies.MaxAncillas"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">N_max outside 1 … 1000.</exception>
    public static int[] Grid(int maxAncillas)
    {
        if (maxAncillas < 1 || maxAncillas > Models.ModelFamilies.MaxAncillas)
            throw new ArgumentOutOfRangeException(nameof(maxAncillas), maxAncillas, $"The number of ancillas must be 1..{Models.ModelFamilies.MaxAncillas}.");
        return Enumerable.Range(1, Math.Min(maxAncillas, PaperMaxAncillas)).Concat(Beyond.Where(n => n < maxAncillas)).Append(maxAncillas).Distinct().ToArray();
    }

    /// <summary>Computes every curve on <see cref="Grid"/>(<paramref name="maxAncillas"/>); progress receives one message per N.</summary>
    /// <param name="maxAncillas">N_max, 1 … 1000.</param>
    /// <param name="progress">Progress messages, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException">N_max outside 1 … 1000.</exception>
    public static AncillaScalingResult Run(int maxAncillas, IProgress<string>? progress = null)
    {
        var grid = Grid(maxAncillas);
        var t = Temperatures.ToArray();
        double[] parameters = [1.0, 0.5, 0.5, 0.5];
        var sectors = t.Select(_ => new double[grid.Length]).ToArray();
        var dense = t.Select(_ => Enumerable.Repeat(double.NaN, grid.Length).ToArray()).ToArray();
        for (int i = 0; i < grid.Length; i++)
        {
            int n = grid[i];
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var points = FamilyGibbs.Sweep("c4", parameters, n, t);
            for (int k = 0; k < t.Length; k++)
            {
                sectors[k][i] = points[k].Target.LocalCoherence;
            }
            if (n <= DenseMaxAncillas)
            {
                var c = new GibbsSweep(PaperModels.EqC4(1.0, PaperModels.Identical(n, 0.5, 0.5, 0.5)), n + 1).Coherence(0, t);
                for (int k = 0; k < t.Length; k++)
                {
                    dense[k][i] = c[k];
                }
            }
            progress?.Report($"fig3b_ancillas: N = {n} ({clock.Elapsed.TotalSeconds:F1} s)");
        }
        var limit = t.Select(x => C4MeanField.Bloch(1.0, 0.5, 0.5, 0.5, x).Target.LocalCoherence).ToArray();
        var agreements = new List<Agreement>();
        var notes = new List<string>
        {
            "Eq. C4 with the parameters of Fig. 3b: omega_T = 1, omega_j = gamma_j = theta_j = 0.5 (family c4: omega_target = 1, omega_ancilla = g = theta = 0.5)",
            $"C_T against N = 1..{maxAncillas} by total-spin sectors; dense Gibbs state of the N + 1 qubits for N <= {DenseMaxAncillas}",
            "limit N -> infinity (mean field, docs/permutation-symmetry.md): C_T = tanh(omega_T g / (2 r T)) theta / r, r = sqrt(g^2 + theta^2); 1/sqrt(2) at T = 0",
        };
        for (int k = 0; k < t.Length; k++)
        {
            string at = t[k].ToString("G3", CultureInfo.InvariantCulture);
            if (grid[0] <= DenseMaxAncillas)
                agreements.Add(FigureRunner.Compare($"C_T(N) at T = {at}: sectors vs dense, N <= {DenseMaxAncillas}", dense[k], sectors[k]));
            agreements.Add(FigureRunner.Compare($"C_T at T = {at}: N -> infinity limit vs sectors at N = {grid[^1]}", [limit[k]], [sectors[k][^1]]));
            notes.Add(Distance(grid, sectors[k], limit[k], at));
        }
        return new AncillaScalingResult(grid, t, sectors, dense, limit, agreements, notes);
    }

    private static string Distance(int[] grid, double[] c, double limit, string at)
    {
        double last = Math.Abs(c[^1] - limit);
        string text = $"T = {at}: C_T(infinity) = {limit:G6}; |C_T(N) - C_T(infinity)| = {last:E3} at N = {grid[^1]} (N x distance {grid[^1] * last:G4})";
        if (grid.Length < 2 || grid[^2] < 2 * DenseMaxAncillas)
            return text;
        double before = Math.Abs(c[^2] - limit);
        double rate = Math.Log(before / last) / Math.Log((double)grid[^1] / grid[^2]);
        return text + string.Create(CultureInfo.InvariantCulture, $"; distance ~ N^-p with p = {rate:F2} between N = {grid[^2]} and {grid[^1]}");
    }
}
