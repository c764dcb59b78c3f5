using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Dynamics;

/// <summary>The B of L(ρ) = ... + Bρ + ρB†: dense in the energy basis, a few weighted permutations in the computational basis.</summary>
internal abstract class LeftOperator
{
    /// <summary>y = B ρ (overwrites y).</summary>
    public abstract void Multiply(Matrix<Complex> rho, Matrix<Complex> y);

    /// <summary>B_ac.</summary>
    public abstract Complex Element(int a, int c);
}

internal sealed class DenseLeftOperator(Matrix<Complex> b) : LeftOperator
{
    public override void Multiply(Matrix<Complex> rho, Matrix<Complex> y) => DenseOps.Multiply(b, rho, y);

    public override Complex Element(int a, int c) => b[a, c];
}

internal sealed class PermutationLeftOperator(IReadOnlyList<WeightedPermutation> parts) : LeftOperator
{
    public override void Multiply(Matrix<Complex> rho, Matrix<Complex> y)
    {
        // (W ρ)_{i⊕f, k} = w_i ρ_ik, column by column (column-major storage)
        int d = rho.RowCount; var rv = DenseOps.Values(rho); var yv = DenseOps.Values(y);
        Array.Clear(yv);
        foreach (var p in parts)
        {
            var w = p.Weights; int f = p.Flip;
            Parallel.For(0, d, d >= 256 ? new ParallelOptions() : new ParallelOptions { MaxDegreeOfParallelism = 1 }, k =>
            {
                int col = k * d;
                for (int i = 0; i < d; i++) yv[(i ^ f) + col] += w[i] * rv[i + col];
            });
        }
    }

    public override Complex Element(int a, int c)
    {
        Complex s = 0; foreach (var p in parts) s += p.Element(a, c); return s;
    }
}

/// <summary>S(ρ) = ½ Σ_j γ_j L_j ρ L_j† with L_j a few weighted permutations: (W_f ρ W_g†)_{i⊕f, k⊕g} = w_f[i] ρ_ik conj(w_g[k]).</summary>
internal sealed class PermutationSandwich(IReadOnlyList<(double HalfRate, IReadOnlyList<WeightedPermutation> L)> jumps) : SandwichTerm
{
    public override void Accumulate(Matrix<Complex> rho, Matrix<Complex> acc, Matrix<Complex> scratch, Matrix<Complex> scratch2)
    {
        int d = rho.RowCount; var rv = DenseOps.Values(rho); var av = DenseOps.Values(acc);
        foreach (var (h, l) in jumps)
            foreach (var f in l)
                foreach (var g in l)
                {
                    var wf = f.Weights; var wg = g.Weights; int ff = f.Flip, gf = g.Flip;
                    Parallel.For(0, d, d >= 256 ? new ParallelOptions() : new ParallelOptions { MaxDegreeOfParallelism = 1 }, k =>
                    {
                        var c = h * Complex.Conjugate(wg[k]);
                        if (c == Complex.Zero) return;
                        int src = k * d, dst = (k ^ gf) * d;
                        for (int i = 0; i < d; i++) av[(i ^ ff) + dst] += wf[i] * rv[i + src] * c;
                    });
                }
    }

    public override Complex Element(int a, int b, int c, int d)
    {
        Complex s = 0;
        foreach (var (h, l) in jumps)
            foreach (var f in l)
                foreach (var g in l)
                    s += h * f.Element(a, c) * Complex.Conjugate(g.Element(b, d));
        return s;
    }
}
