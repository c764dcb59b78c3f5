using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Dynamics;

/// <summary>
/// A Z-string symmetry P = Π_{q ∈ m} σᶻ_q of a jump-only generator: every Hamiltonian (and L†L) term commutes with P, and
/// each jump operator either commutes or anticommutes with it (a Pauli string with flip mask f picks up
/// (−1)^{|f ∧ m|} under P · P). Then L maps P-even operators (PρP = ρ, i.e. ρ_ab = 0 unless a and b have the same
/// parity |a ∧ m|) to P-even operators, and a P-even ρ is block diagonal: two d/2 × d/2 blocks, half the numbers.
/// The Ising protocol (H = Σ Z + Σ XX, σ⁻ jumps, all qubits excited) has the global parity: half its state is zero forever.
/// </summary>
/// <remarks>
/// Inside a sector, a basis state i is labelled by j = i with the pivot bit (the highest bit of m) removed. Removing a
/// bit is linear over GF(2), so a flip i ↦ i ⊕ f becomes j ↦ j ⊕ f' inside the blocks: the permutation kernels apply
/// unchanged on d/2 × d/2 blocks.
/// </remarks>
internal sealed class ParitySectors
{
    private readonly int _low;     // bits below the pivot

    private ParitySectors(int dimension, int mask)
    {
        Dimension = dimension;
        Mask = mask;
        Pivot = 1 << (31 - BitOperations.LeadingZeroCount((uint)mask));
        _low = Pivot - 1;
        Half = dimension / 2;
    }

    /// <summary>d.</summary>
    public int Dimension { get; }

    /// <summary>The qubit mask m of P (computational-basis bits).</summary>
    public int Mask { get; }

    /// <summary>The bit removed inside a sector.</summary>
    public int Pivot { get; }

    /// <summary>d/2, the dimension of each sector.</summary>
    public int Half { get; }

    /// <summary>Parity |i ∧ m| mod 2 of basis state i.</summary>
    public int Sector(int i) => BitOperations.PopCount((uint)(i & Mask)) & 1;

    /// <summary>i without the pivot bit.</summary>
    public int Compress(int i) => ((i >> 1) & ~_low) | (i & _low);

    /// <summary>The basis state of sector p labelled j.</summary>
    public int Expand(int j, int p)
    {
        int i = ((j & ~_low) << 1) | (j & _low);
        return Sector(i) == p ? i : i | Pivot;
    }

    /// <summary>
    /// A mask m for which every flip in <paramref name="evenFlips"/> commutes with P and the flips of each group in
    /// <paramref name="jumpFlips"/> all commute or all anticommute; the global parity when it qualifies, else the
    /// smallest such m; null when there is none (or d &lt; 4).
    /// </summary>
    public static ParitySectors? Find(int dimension, IEnumerable<int> evenFlips, IEnumerable<IReadOnlyList<int>> jumpFlips)
    {
        if (dimension < 4 || dimension > 1 << 20) return null;
        var constraints = new HashSet<int>(evenFlips.Where(f => f != 0));
        foreach (var group in jumpFlips)
            foreach (var f in group) constraints.Add(f ^ group[0]);
        constraints.Remove(0);
        bool Valid(int m) => constraints.All(c => (BitOperations.PopCount((uint)(c & m)) & 1) == 0);
        if (Valid(dimension - 1)) return new ParitySectors(dimension, dimension - 1);
        for (int m = 1; m < dimension; m++)
            if (Valid(m)) return new ParitySectors(dimension, m);
        return null;
    }

    /// <summary>The restriction of W to source sector p: flip and weights in sector labels, and the target sector.</summary>
    public (WeightedPermutation Part, int Target) Restrict(WeightedPermutation w, int p)
    {
        var weights = new Complex[Half];
        for (int j = 0; j < Half; j++) weights[j] = w.Weights[Expand(j, p)];
        return (new WeightedPermutation(Compress(w.Flip), weights), p ^ Sector(w.Flip));
    }

    /// <summary>True when ρ_ab = 0 whenever a and b lie in different sectors.</summary>
    public bool IsBlockDiagonal(Matrix<Complex> rho)
    {
        for (int b = 0; b < Dimension; b++)
            for (int a = 0; a < Dimension; a++)
                if (Sector(a) != Sector(b) && rho[a, b] != Complex.Zero) return false;
        return true;
    }

    /// <summary>The two blocks of a block-diagonal ρ, concatenated (each column-major, sector 0 first).</summary>
    public Complex[] ToBlocks(Matrix<Complex> rho)
    {
        int h = Half; var v = new Complex[2 * h * h];
        for (int p = 0; p < 2; p++)
            for (int k = 0; k < h; k++)
                for (int j = 0; j < h; j++)
                    v[p * h * h + j + k * h] = rho[Expand(j, p), Expand(k, p)];
        return v;
    }

    /// <summary>The d × d matrix of two concatenated blocks.</summary>
    public Matrix<Complex> FromBlocks(Complex[] v)
    {
        int h = Half; var rho = DenseOps.Zeros(Dimension);
        for (int p = 0; p < 2; p++)
            for (int k = 0; k < h; k++)
            {
                int b = Expand(k, p);
                for (int j = 0; j < h; j++) rho[Expand(j, p), b] = v[p * h * h + j + k * h];
            }
        return rho;
    }
}
