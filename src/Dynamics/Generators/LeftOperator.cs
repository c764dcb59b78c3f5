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
    private readonly PackedPermutation[] _packed = parts.Select(p => new PackedPermutation(p)).ToArray();

    /// <summary>The weighted permutations whose sum is B.</summary>
    public IReadOnlyList<WeightedPermutation> Parts => parts;

    public override void Multiply(Matrix<Complex> rho, Matrix<Complex> y) =>
        Multiply(DenseOps.Values(rho), 0, DenseOps.Values(y), 0, rho.RowCount);

    /// <summary>Y = B ρ for d × d column-major blocks stored at the given offsets.</summary>
    public void Multiply(Complex[] rho, int rhoOffset, Complex[] y, int yOffset, int d)
    {
        // (W ρ)_{i⊕f, k} = w_i ρ_ik. Column by column with every part inside, so each column of ρ and y is touched once
        // while it sits in cache (one pass over memory instead of one per Pauli flip pattern).
        Parallel.For(0, d, PermutationKernels.Threads(d), k =>
        {
            var col = new Span<Complex>(y, yOffset + k * d, d);
            var src = new ReadOnlySpan<Complex>(rho, rhoOffset + k * d, d);
            col.Clear();
            foreach (var p in _packed) PermutationKernels.MulAdd(col, src, p);
        });
    }

    public override Complex Element(int a, int c)
    {
        Complex s = 0; foreach (var p in parts) s += p.Element(a, c); return s;
    }
}

/// <summary>S(ρ) = ½ Σ_j γ_j L_j ρ L_j† with L_j a few weighted permutations: (W_f ρ W_g†)_{i⊕f, k⊕g} = w_f[i] ρ_ik conj(w_g[k]).</summary>
internal sealed class PermutationSandwich(IReadOnlyList<(double HalfRate, IReadOnlyList<WeightedPermutation> L)> jumps) : SandwichTerm
{
    private readonly (double HalfRate, PackedPermutation[] L)[] _packed =
        jumps.Select(j => (j.HalfRate, j.L.Select(p => new PackedPermutation(p)).ToArray())).ToArray();

    /// <summary>(½ γ_j, L_j as weighted permutations) for every jump.</summary>
    public IReadOnlyList<(double HalfRate, IReadOnlyList<WeightedPermutation> L)> Jumps => jumps;

    public override void Accumulate(Matrix<Complex> rho, Matrix<Complex> acc, Matrix<Complex> scratch, Matrix<Complex> scratch2) =>
        Accumulate(DenseOps.Values(rho), 0, DenseOps.Values(acc), 0, rho.RowCount);

    /// <summary>acc += S(ρ) for d × d column-major blocks stored at the given offsets.</summary>
    public void Accumulate(Complex[] rho, int rhoOffset, Complex[] acc, int accOffset, int d)
    {
        // Output column m receives c(m ⊕ g) W_f ρ[:, m ⊕ g] from every jump and pair (f, g): looping over output columns
        // keeps the writes race-free in parallel and each output column in cache.
        Parallel.For(0, d, PermutationKernels.Threads(d), m =>
        {
            var col = new Span<Complex>(acc, accOffset + m * d, d);
            foreach (var (h, l) in _packed)
                foreach (var f in l)
                    foreach (var g in l)
                    {
                        int k = m ^ g.Flip;
                        var c = h * Complex.Conjugate(g.Weights[k]);
                        if (c == Complex.Zero) continue;
                        PermutationKernels.MulAdd(col, new ReadOnlySpan<Complex>(rho, rhoOffset + k * d, d), f, c);
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
