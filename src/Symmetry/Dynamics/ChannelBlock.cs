using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Complex;

namespace OpenSystem.Symmetry;

/// <summary>
/// One block of a dissipative channel: a space made of whole sectors (parts) on which the channel's operator X acts
/// densely, in the eigenbasis of H on each part. For a bath on the distinguished part the block is one sector and the
/// channel's sum has one term (<see cref="Scale"/> = 1). For the bath of each ancilla the block is j₁ ⊗ ½ of the first
/// N − 1 ancillas (parts j₁ + ½ and j₁ − ½), X acts on the last ancilla, and Σ_k A_k ρ B_k = N · Twirl(A_N ρ B_N):
/// the block's input part s is Fraction_s ρ̃_s and its output part s is added with <see cref="Scale"/> = N.
/// </summary>
internal sealed class ChannelBlock
{
    public ChannelBlock(SectorLayout layout, int[] sectors, double[] fractions, double scale, Matrix<Complex> coupled)
    {
        Sectors = sectors;
        Fractions = fractions;
        Scale = scale;
        Start = new int[sectors.Length];
        int n = 0;
        for (int p = 0; p < sectors.Length; p++)
        {
            Start[p] = n;
            n += layout.Size[sectors[p]];
        }
        Size = n;
        Levels = new int[n];
        var v = new DenseMatrix(n, n);
        for (int p = 0; p < sectors.Length; p++)
        {
            int s = sectors[p];
            v.SetSubMatrix(Start[p], Start[p], layout.Vectors[s]);
            for (int a = 0; a < layout.Size[s]; a++)
                Levels[Start[p] + a] = layout.LevelOffset[s] + a;
        }
        X = (DenseMatrix)(v.ConjugateTranspose() * coupled * v);
    }

    /// <summary>The sectors making up the block (one or two).</summary>
    public int[] Sectors { get; }

    /// <summary>Share of each part's weighted block that enters the block.</summary>
    public double[] Fractions { get; }

    /// <summary>Factor of the block's output (N for the ancillas' baths, 1 otherwise).</summary>
    public double Scale { get; }

    /// <summary>First block index of each part.</summary>
    public int[] Start { get; }

    /// <summary>Block dimension.</summary>
    public int Size { get; }

    /// <summary>Level number (<see cref="SectorLayout.LevelOffset"/>) of each block index.</summary>
    public int[] Levels { get; }

    /// <summary>X in the block's eigenbasis.</summary>
    public DenseMatrix X { get; }

    /// <summary>The rows of part <paramref name="p"/> and the columns of part <paramref name="q"/> of <paramref name="m"/>.</summary>
    public DenseMatrix Part(Matrix<Complex> m, int p, int q, SectorLayout layout) =>
        (DenseMatrix)m.SubMatrix(Start[p], layout.Size[Sectors[p]], Start[q], layout.Size[Sectors[q]]);
}
