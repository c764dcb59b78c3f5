namespace OpenSystem.Paper;

/// <summary>
/// Fig. 3b against the number of ancillas (<see cref="AncillaScaling"/>): the target's Gibbs coherence C_T at a few
/// temperatures for N = 1 … N_max by total-spin sectors, the dense route where N ≤ <see cref="AncillaScaling.DenseMaxAncillas"/>,
/// and the N → ∞ limit.
/// </summary>
/// <param name="Ancillas">The N grid, ascending.</param>
/// <param name="Temperatures">The temperatures T ≥ 0 (k_B = 1, frequencies in units of ω_T).</param>
/// <param name="Sectors">C_T by sectors: Sectors[t][i] at Temperatures[t] and Ancillas[i].</param>
/// <param name="Dense">C_T of the dense Gibbs state, same layout; NaN where N &gt; <see cref="AncillaScaling.DenseMaxAncillas"/>.</param>
/// <param name="Limit">C_T(N → ∞) at each temperature (<c>C4MeanField</c>).</param>
/// <param name="Agreements">Sectors against dense (over N ≤ 8) and the limit against the largest N, per temperature.</param>
/// <param name="Notes">Parameters, the distances to the limit and their rate in N, as text.</param>
public sealed record AncillaScalingResult(int[] Ancillas, double[] Temperatures, double[][] Sectors, double[][] Dense, double[] Limit,
    IReadOnlyList<Agreement> Agreements, IReadOnlyList<string> Notes);
