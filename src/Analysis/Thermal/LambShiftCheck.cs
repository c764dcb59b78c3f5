using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Dynamics;

namespace OpenSystem.Analysis;

/// <summary>
/// Where the weak-coupling picture ends, measured on the Lamb shift: for every bath b and every pair of levels
/// n ≠ m of H_S that the coupling connects, the relative Lamb shift of that transition,
/// r = |(A_b)_nm|² max(|ΔS_b(ω)|, |ΔS_b(−ω)|) / |ω|,   ΔS_b(ω) = S_b(ω) − S_b(0),   ω = E_m − E_n &gt; 0,
/// with S_b the bath's Lamb shift (<see cref="OpenSystem.Baths.BosonicBath.LambShift"/>, frequency units) and (A_b)_nm the
/// coupling in the energy basis (dimensionless weight). r is the shift the bath's Lamb-shift Hamiltonian
/// H_LS = Σ_ω S(ω) A(ω)†A(ω) gives the transition through this pair, in units of its own Bohr frequency; second-order
/// (Born–Markov, Redfield, mean-force) treatments assume r ≪ 1. The frequency-independent part S(0) is left out: it
/// contributes S(0) A², a uniform shift for every Pauli coupling (A² = 1) and for the composite X + Z (A² = 2). Exactly degenerate
/// pairs (|ω| within the spectrum's degeneracy tolerance) are skipped: there is no Bohr frequency to compare with. Beyond
/// the frequencies a bath evaluates (<see cref="OpenSystem.Baths.BosonicBath.MaxRelativeFrequency"/> times its scale or T)
/// the limit S(±∞) = 0 is used.
/// </summary>
/// <remarks>
/// The search is exact where it matters: every pair gets the bound r ≤ |A_nm|² S_bound/|ω|, with S_bound the largest
/// |ΔS_b| on a grid of <see cref="GridPoints"/> frequencies over ±(spectral width) times <see cref="BoundSafety"/>;
/// ΔS_b is then evaluated exactly on the pairs in descending order of the bound until the bound falls below both the
/// largest exact r found and <see cref="Threshold"/>. A sub-Ohmic bath at T &gt; 0 has ΔS(ω) ~ |ω|^{s−1} as ω → 0, so
/// small gaps give large r: that is where its second-order treatment fails.
/// </remarks>
public static class LambShiftCheck
{
    /// <summary>r above this is reported (a Lamb shift of a tenth of the Bohr frequency).</summary>
    public const double Threshold = 0.1;

    /// <summary>Frequencies of the grid that estimates max |S_b| over the spectrum.</summary>
    public const int GridPoints = 257;

    /// <summary>Factor applied to the grid's max |ΔS_b| before it is used as a bound (ΔS between grid points).</summary>
    public const double BoundSafety = 2.0;

    /// <summary>The largest relative Lamb shift r over baths and transitions, with the bath index (in
    /// <see cref="OpenQuantumSystem.Couplings"/>), its Bohr frequency ω and ΔS(ω) = S(ω) − S(0), searched among the pairs
    /// whose bound exceeds <see cref="Threshold"/> (see remarks); null when no pair's bound reaches it (every r is then
    /// estimated below the threshold), without baths, or without a non-degenerate connected pair.</summary>
    /// <param name="system">The network with its baths.</param>
    /// <param name="couplings">A_b in the energy basis of <paramref name="system"/>, one per coupling (null: computed here).</param>
    public static (double Ratio, int Bath, double Omega, double Shift)? Largest(OpenQuantumSystem system, IReadOnlyList<Matrix<Complex>>? couplings = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        couplings ??= system.Couplings.Select(c => system.InEnergyBasis(c.Operator)).ToArray();
        var e = system.Basis.Energies;
        int d = e.Count;
        double tolerance = system.Basis.DegeneracyTolerance;
        double width = Math.Max(system.Basis.Width, tolerance);
        (double Ratio, int Bath, double Omega, double Shift)? best = null;
        var bounds = new Dictionary<OpenSystem.Baths.BosonicBath, double>(ReferenceEqualityComparer.Instance);
        for (int b = 0; b < couplings.Count; b++)
        {
            var bath = system.Couplings[b].Bath;
            if (!bounds.TryGetValue(bath, out double bound))
            {
                bound = BoundSafety * Enumerable.Range(0, GridPoints)
                    .Select(i => Math.Abs(Delta(bath, width * (2.0 * i / (GridPoints - 1) - 1.0)))).Max();
                bounds[bath] = bound;
            }
            var a = couplings[b];
            var candidates = new List<(double Bound, int N, int M)>();
            for (int m = 0; m < d; m++)
                for (int n = 0; n < m; n++)
                {
                    double gap = e[m] - e[n];
                    if (gap <= tolerance)
                        continue;
                    double weight = a[n, m].Real * a[n, m].Real + a[n, m].Imaginary * a[n, m].Imaginary;
                    if (weight * bound / gap > Threshold)
                        candidates.Add((weight * bound / gap, n, m));
                }
            foreach (var (pairBound, n, m) in candidates.OrderByDescending(c => c.Bound))
            {
                if (best is { } current && pairBound <= current.Ratio)
                    break;
                double gap = e[m] - e[n];
                double plus = Delta(bath, gap);
                double minus = Delta(bath, -gap);
                double shift = Math.Abs(plus) >= Math.Abs(minus) ? plus : minus;
                double weight = a[n, m].Real * a[n, m].Real + a[n, m].Imaginary * a[n, m].Imaginary;
                double ratio = weight * Math.Abs(shift) / gap;
                if (best is null || ratio > best.Value.Ratio)
                    best = (ratio, b, Math.Abs(plus) >= Math.Abs(minus) ? gap : -gap, shift);
            }
        }
        return best;
    }

    // S(ω) − S(0); beyond the frequencies the bath evaluates (BosonicBath.MaxRelativeFrequency times its scale or T) the
    // limit S(±∞) = 0 is used, so ΔS = −S(0) there.
    private static double Delta(OpenSystem.Baths.BosonicBath bath, double omega)
    {
        double atZero = bath.LambShift(0.0);
        double range = OpenSystem.Baths.BosonicBath.MaxRelativeFrequency * Math.Max(bath.SpectralDensity.Scale, bath.Temperature);
        return Math.Abs(omega) > range ? -atZero : bath.LambShift(omega) - atZero;
    }

    /// <summary>Passes one warning to <paramref name="warn"/> when <see cref="Largest"/> exceeds <see cref="Threshold"/>,
    /// naming the ratio, the bath, the Bohr frequency and the Lamb shift.</summary>
    /// <param name="system">The network with its baths.</param>
    /// <param name="couplings">A_b in the energy basis (null: computed here).</param>
    /// <param name="warn">Receives the sentence.</param>
    public static void Warn(OpenQuantumSystem system, IReadOnlyList<Matrix<Complex>>? couplings, Action<string> warn)
    {
        ArgumentNullException.ThrowIfNull(warn);
        if (system.Couplings.Count == 0)
            return;
        if (Largest(system, couplings) is { } worst && worst.Ratio > Threshold)
            warn(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"The coupling is too strong for a second-order treatment: bath {worst.Bath} gives the transition at Bohr frequency {worst.Omega:G4} " +
                $"a relative Lamb shift r = |A_nm|^2 |S(w) - S(0)|/|w| = {worst.Ratio:G3} (S(w) - S(0) = {worst.Shift:G4}; threshold {Threshold}); " +
                $"Redfield, Davies and the mean-force state assume r << 1."));
    }
}
