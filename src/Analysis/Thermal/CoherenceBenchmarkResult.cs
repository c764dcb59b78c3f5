namespace OpenSystem.Analysis;

/// <summary>What <see cref="CoherenceBenchmark.Run"/> found for every qubit and temperature.</summary>
/// <param name="Temperatures">The temperatures, ascending (k_B = 1, frequency units).</param>
/// <param name="Frequencies">ω_j per qubit (<see cref="EngineeredBathReference.LocalFrequency"/>).</param>
/// <param name="EngineeredCouplings">Per qubit, the baths of its engineered reference and their strengths |a_bj|
/// (<see cref="EngineeredBathReference.Couplings"/>).</param>
/// <param name="Rows">One row per qubit and temperature, qubit by qubit, temperatures ascending within a qubit.</param>
/// <param name="Crossings">Per qubit, the temperature where the intra-system (Gibbs) coherence falls below the
/// engineered-bath reference (<see cref="CoherenceBenchmark.Crossing"/>), or the reason there is none in the range.</param>
/// <param name="Points">Network-wide diagnostics per temperature (mean-force correction size and positivity, Redfield residual).</param>
/// <param name="Warnings">One sentence per physics warning (jumps left out, non-positive ρ_MF, failed or non-unique steady states).</param>
public sealed record CoherenceBenchmarkResult(IReadOnlyList<double> Temperatures, IReadOnlyList<double> Frequencies,
    IReadOnlyList<IReadOnlyList<(int Bath, double Strength)>> EngineeredCouplings, IReadOnlyList<CoherenceBenchmarkRow> Rows,
    IReadOnlyList<Measured> Crossings, IReadOnlyList<CoherenceBenchmarkPoint> Points, IReadOnlyList<string> Warnings)
{
    /// <summary>The rows of qubit <paramref name="qubit"/>, temperatures ascending.</summary>
    public IReadOnlyList<CoherenceBenchmarkRow> RowsOf(int qubit) => Rows.Where(r => r.Qubit == qubit).ToList();
}
