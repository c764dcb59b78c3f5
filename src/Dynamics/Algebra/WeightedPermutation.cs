using System.Numerics;

namespace OpenSystem.Dynamics;

/// <summary>
/// W|i⟩ = w_i |i ⊕ f⟩: every Pauli string is one (weights ±1, ±i), and a sum of strings with the same flip mask f is
/// one with summed weights. A Pauli sum is a short list of these; products with ρ cost O(d²) each, not O(d³).
/// </summary>
internal sealed record WeightedPermutation(int Flip, Complex[] Weights)
{
    /// <summary>The Pauli sum grouped by flip mask (X and Y flip, Z and I do not).</summary>
    public static IReadOnlyList<WeightedPermutation> Of(PauliSum op, QubitRegister register)
    {
        int d = register.Dimension;
        var byFlip = new Dictionary<int, Complex[]>();
        foreach (var term in op.Terms)
        {
            var (flip, phase) = term.String.Action(register);
            if (!byFlip.TryGetValue(flip, out var w)) byFlip[flip] = w = new Complex[d];
            for (int i = 0; i < d; i++) w[i] += term.Coefficient * phase(i);
        }
        return byFlip.Where(p => p.Value.Any(z => z != Complex.Zero)).Select(p => new WeightedPermutation(p.Key, p.Value)).ToArray();
    }

    /// <summary>Matrix element ⟨a|W|c⟩.</summary>
    public Complex Element(int a, int c) => (c ^ Flip) == a ? Weights[c] : Complex.Zero;

    /// <summary>W_g† W_f as one weighted permutation: flip f ⊕ g, weight conj(w_g[i ⊕ f]) w_f[i].</summary>
    public static WeightedPermutation AdjointTimes(WeightedPermutation g, WeightedPermutation f)
    {
        var w = new Complex[f.Weights.Length];
        for (int i = 0; i < w.Length; i++) w[i] = Complex.Conjugate(g.Weights[i ^ f.Flip ^ g.Flip]) * f.Weights[i];
        return new WeightedPermutation(f.Flip ^ g.Flip, w);
    }

    /// <summary>Merges permutations with equal flips.</summary>
    public static IReadOnlyList<WeightedPermutation> Merge(IEnumerable<WeightedPermutation> parts)
    {
        var byFlip = new Dictionary<int, Complex[]>();
        foreach (var p in parts)
        {
            if (!byFlip.TryGetValue(p.Flip, out var w)) byFlip[p.Flip] = w = new Complex[p.Weights.Length];
            for (int i = 0; i < w.Length; i++) w[i] += p.Weights[i];
        }
        return byFlip.Select(p => new WeightedPermutation(p.Key, p.Value)).ToArray();
    }
}
