using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Dynamics;

/// <summary>
/// A jump-only generator restricted to the P-even operators of a <see cref="ParitySectors"/> symmetry: the state is two
/// d/2 × d/2 blocks, B acts inside each, and each jump carries its block to the same or the other sector. Half the
/// memory and half the work of the full computational-basis generator, with identical arithmetic per element.
/// </summary>
internal sealed class SectorGenerator
{
    private readonly PermutationLeftOperator[] _b = new PermutationLeftOperator[2];
    private readonly List<(int From, int To, PermutationSandwich S)> _sandwiches = [];
    private readonly Complex[] _y;

    private SectorGenerator(ParitySectors sectors, PermutationLeftOperator b, PermutationSandwich? s)
    {
        Sectors = sectors;
        for (int p = 0; p < 2; p++)
            _b[p] = new PermutationLeftOperator(b.Parts.Select(w => sectors.Restrict(w, p).Part).ToArray());
        if (s is not null)
            for (int p = 0; p < 2; p++)
                foreach (var group in s.Jumps.Select(j => (j.HalfRate, L: j.L.Select(w => sectors.Restrict(w, p)).ToArray()))
                             .GroupBy(j => j.L[0].Target))
                    _sandwiches.Add((p, group.Key, new PermutationSandwich(
                        group.Select(j => (j.HalfRate, (IReadOnlyList<WeightedPermutation>)j.L.Select(r => r.Part).ToArray())).ToArray())));
        _y = new Complex[Length];
    }

    /// <summary>The symmetry.</summary>
    public ParitySectors Sectors { get; }

    /// <summary>Length 2 (d/2)² of the block vector.</summary>
    public int Length => 2 * Sectors.Half * Sectors.Half;

    /// <summary>The sector form of a computational-basis generator, or null when it has no Z-string symmetry.</summary>
    public static SectorGenerator? TryCreate(IGenerator generator)
    {
        if (generator is not PermutationGenerator permutation) return null;
        var (b, s) = permutation.Parts;
        var sectors = ParitySectors.Find(generator.Dimension, b.Parts.Select(p => p.Flip),
            s?.Jumps.Select(j => (IReadOnlyList<int>)j.L.Select(p => p.Flip).ToArray()) ?? []);
        return sectors is null ? null : new SectorGenerator(sectors, b, s);
    }

    /// <summary>result = L(ρ) for a Hermitian block vector ρ.</summary>
    public void Apply(Complex[] rho, Complex[] result)
    {
        int h = Sectors.Half, size = h * h;
        for (int p = 0; p < 2; p++) _b[p].Multiply(rho, p * size, _y, p * size, h);
        foreach (var (from, to, s) in _sandwiches) s.Accumulate(rho, from * size, _y, to * size, h);
        for (int p = 0; p < 2; p++) PermutationKernels.SumWithAdjoint(_y, p * size, result, p * size, h);
    }
}
