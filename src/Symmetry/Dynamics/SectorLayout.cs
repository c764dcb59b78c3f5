using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Dynamics;

namespace OpenSystem.Symmetry;

/// <summary>
/// The sectors of a <see cref="CollectiveModel"/> as the dynamics stores them. Sector s has 2j = N − 2s, dimension
/// n_s = D (2j + 1), and the Hamiltonian block H_j = V_s diag(E_s) V_s† (basis |j, m⟩ ⊗ |d⟩, index (j − m) D + d). A
/// permutation-invariant state is ρ = ⊕_j σ_j ⊗ 1_{d_j}; the flat vector stores the weighted blocks ρ̃_j = d_j σ_j in
/// the eigenbasis of H_j (column-major, sector after sector), so Tr ρ = Σ_j Tr ρ̃_j and no multiplicity is ever formed.
/// Levels are numbered across sectors (sector after sector, ascending energy inside); the Bohr frequencies are grouped
/// over all of them, exactly as the dense generator groups the spectrum of the full H (the same distinct energies).
/// </summary>
internal sealed class SectorLayout
{
    private readonly double[] _logMultiplicity;
    private readonly double[] _logMultiplicityLess;
    private readonly int[] _sorted;
    private readonly double[] _sortedEnergies;

    public SectorLayout(CollectiveModel model)
    {
        Model = model;
        Ancillas = model.AncillaCount;
        int dD = model.DistinguishedDimension;
        TwiceJ = SpinSectors.TwiceJ(Ancillas).ToArray();
        int count = TwiceJ.Length;
        Size = new int[count];
        Offset = new int[count];
        LevelOffset = new int[count];
        Energies = new double[count][];
        Vectors = new Matrix<Complex>[count];
        var paulis = SectorBlocks.TermPaulis(model);
        int offset = 0;
        int levels = 0;
        for (int s = 0; s < count; s++)
        {
            int n = dD * (TwiceJ[s] + 1);
            var h = Matrix<Complex>.Build.Dense(n, n);
            SectorBlocks.Entries(model, TwiceJ[s], paulis, (r, c, x) => h[r, c] += x);
            (Energies[s], Vectors[s]) = SectorEigen.Of(h);
            Size[s] = n;
            Offset[s] = offset;
            LevelOffset[s] = levels;
            offset += n * n;
            levels += n;
        }
        Length = offset;
        Levels = levels;
        var all = Energies.SelectMany(e => e).ToArray();
        _sorted = new int[levels];
        var order = Enumerable.Range(0, levels).OrderBy(i => all[i]).ToArray();
        for (int p = 0; p < levels; p++)
            _sorted[order[p]] = p;
        _sortedEnergies = order.Select(i => all[i]).ToArray();
        _logMultiplicity = SpinSectors.LogMultiplicities(Ancillas);
        _logMultiplicityLess = Ancillas == 1 ? [0.0] : SpinSectors.LogMultiplicities(Ancillas - 1);
    }

    /// <summary>The model.</summary>
    public CollectiveModel Model { get; }

    /// <summary>N.</summary>
    public int Ancillas { get; }

    /// <summary>2j of sector s (descending).</summary>
    public int[] TwiceJ { get; }

    /// <summary>n_s = D (2j + 1).</summary>
    public int[] Size { get; }

    /// <summary>Start of block s in the flat vector.</summary>
    public int[] Offset { get; }

    /// <summary>First level number of sector s.</summary>
    public int[] LevelOffset { get; }

    /// <summary>Ascending energies of each sector.</summary>
    public double[][] Energies { get; }

    /// <summary>Eigenvectors (columns) of each sector block.</summary>
    public Matrix<Complex>[] Vectors { get; }

    /// <summary>Σ_s n_s²: length of the flat vector.</summary>
    public int Length { get; }

    /// <summary>Σ_s n_s: number of distinct levels stored.</summary>
    public int Levels { get; }

    /// <summary>Sector index of 2j.</summary>
    public int SectorOf(int twiceJ) => (Ancillas - twiceJ) / 2;

    /// <summary>The Bohr frequencies of all levels, grouped with <paramref name="tolerance"/> (relative, as the dense generator).</summary>
    public BohrFrequencies Bohr(double tolerance) => new(_sortedEnergies, tolerance);

    /// <summary>Position of level <paramref name="level"/> in the sorted spectrum given to <see cref="Bohr"/>.</summary>
    public int Sorted(int level) => _sorted[level];

    /// <summary>ln d_j of sector s (N ancillas).</summary>
    public double LogMultiplicity(int s) => _logMultiplicity[s];

    /// <summary>
    /// d_{N−1}(j₁)/d_N(j): the share of the copies of j among N spins that come from j₁ among the first N − 1 (the two
    /// shares of a sector sum to 1).
    /// </summary>
    public double Fraction(int twiceJ1, int twiceJ) =>
        Math.Exp(_logMultiplicityLess[(Ancillas - 1 - twiceJ1) / 2] - _logMultiplicity[SectorOf(twiceJ)]);

    /// <summary>The blocks of the first N − 1 ancillas: 2j₁ = N − 1, N − 3, …, ≥ 0.</summary>
    public IEnumerable<int> LessTwiceJ() => Ancillas == 1 ? [0] : SpinSectors.TwiceJ(Ancillas - 1);
}
