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
        // (W ρ)_{i⊕f, k} = w_i ρ_ik. Column by column with every part inside, so each column of ρ and y is touched once
        // while it sits in cache (one pass over memory instead of one per Pauli flip pattern).
        int d = rho.RowCount; var rv = DenseOps.Values(rho); var yv = DenseOps.Values(y);
        Parallel.For(0, d, Options(d), k =>
        {
            var col = new Span<Complex>(yv, k * d, d);
            var src = new ReadOnlySpan<Complex>(rv, k * d, d);
            col.Clear();
            foreach (var p in parts)
            {
                var w = p.Weights; int f = p.Flip;
                for (int i = 0; i < d; i++) col[i ^ f] += w[i] * src[i];
            }
        });
    }

    internal static ParallelOptions Options(int d) => d >= 256 ? new ParallelOptions() : new ParallelOptions { MaxDegreeOfParallelism = 1 };

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
        // Output column m receives c(m ⊕ g) W_f ρ[:, m ⊕ g] from every jump and pair (f, g): looping over output columns
        // keeps the writes race-free in parallel and each output column in cache.
        int d = rho.RowCount; var rv = DenseOps.Values(rho); var av = DenseOps.Values(acc);
        Parallel.For(0, d, PermutationLeftOperator.Options(d), m =>
        {
            var col = new Span<Complex>(av, m * d, d);
            foreach (var (h, l) in jumps)
                foreach (var f in l)
                    foreach (var g in l)
                    {
                        int k = m ^ g.Flip;
                        var c = h * Complex.Conjugate(g.Weights[k]);
                        if (c == Complex.Zero) continue;
                        var src = new ReadOnlySpan<Complex>(rv, k * d, d);
                        var wf = f.Weights; int ff = f.Flip;
                        for (int i = 0; i < d; i++) col[i ^ ff] += wf[i] * src[i] * c;
                    }
        });
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
