using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Complex;
using OpenSystem.Dynamics;

namespace OpenSystem.Symmetry;

/// <summary>
/// Davies (global secular GKLS) for one channel: Σ_k Σ_ω γ(ω) A_k(ω) ρ A_k(ω)† with A(ω)_ab = X_ab when the group of
/// E_b − E_a is ω, and K = Σ_k Σ_ω (γ(ω)/2 + i S(ω)) A_k(ω)†A_k(ω), as the dense <c>GlobalLindblad</c>. The two-sided part
/// keeps, per block, the index quadruples (a, b, c, d) with group(E_b − E_a) = group(E_c − E_d): the pairs (a, b) are
/// bucketed by group once, so an application costs Σ_groups (pairs in the group)² rather than a dense product.
/// </summary>
internal sealed class SectorDaviesTerm : SectorTerm
{
    private readonly List<Bucket> _buckets = [];

    /// <summary>The pairs (a, b) of output part q, input part p in one frequency group, with weight γ X_ab and conj(X_ab).</summary>
    private sealed record Bucket(int Output, int Input, double Weight, int[] Rows, int[] Columns, Complex[] Jump, Complex[] Conjugate);

    public SectorDaviesTerm(SectorLayout layout, SectorChannels.Channel channel, BohrFrequencies bohr, bool lambShift)
        : base(layout, channel, bohr, lambShift)
    {
        foreach (var block in Blocks)
            for (int q = 0; q < block.Sectors.Length; q++)
                for (int p = 0; p < block.Sectors.Length; p++)
                    AddBuckets(block, q, p);
    }

    private void AddBuckets(ChannelBlock block, int q, int p)
    {
        var groups = new Dictionary<int, List<(int A, int B)>>();
        int nq = Layout.Size[block.Sectors[q]];
        int np = Layout.Size[block.Sectors[p]];
        for (int a = 0; a < nq; a++)
            for (int b = 0; b < np; b++)
            {
                var x = block.X[block.Start[q] + a, block.Start[p] + b];
                if (x == Complex.Zero)
                    continue;
                int g = Group(block, block.Start[q] + a, block.Start[p] + b);
                if (Rates.Rate(g) == 0.0)
                    continue;
                if (!groups.TryGetValue(g, out var list))
                    groups[g] = list = [];
                list.Add((a, b));
            }
        double weight = block.Scale * block.Fractions[p];
        foreach (var (g, list) in groups)
        {
            var x = list.Select(e => block.X[block.Start[q] + e.A, block.Start[p] + e.B]).ToArray();
            var jump = x.Select(z => Rates.Rate(g) * z).ToArray();
            var conjugate = x.Select(Complex.Conjugate).ToArray();
            _buckets.Add(new Bucket(block.Sectors[q], block.Sectors[p], weight, list.Select(e => e.A).ToArray(), list.Select(e => e.B).ToArray(), jump, conjugate));
        }
    }

    /// <inheritdoc />
    public override void Apply(DenseMatrix[] rho, DenseMatrix[] output, bool hermitian)
    {
        foreach (var bucket in _buckets)
        {
            var input = rho[bucket.Input];
            var target = output[bucket.Output];
            int count = bucket.Rows.Length;
            for (int i = 0; i < count; i++)
            {
                var wi = bucket.Weight * bucket.Jump[i];
                int a = bucket.Rows[i];
                int b = bucket.Columns[i];
                for (int j = 0; j < count; j++)
                    target[a, bucket.Rows[j]] += wi * input[b, bucket.Columns[j]] * bucket.Conjugate[j];
            }
        }
    }

    /// <inheritdoc />
    public override void AddOneSided(Matrix<Complex>[] k)
    {
        foreach (var block in Blocks)
            for (int p = 0; p < block.Sectors.Length; p++)
            {
                int s = block.Sectors[p];
                double weight = block.Scale * block.Fractions[p];
                for (int x = 0; x < Layout.Size[s]; x++)
                    for (int y = 0; y < Layout.Size[s]; y++)
                        k[s][x, y] += weight * OneSided(block, block.Start[p] + x, block.Start[p] + y);
            }
    }

    /// <summary>(Σ_ω Γ(ω) A(ω)†A(ω))_xy for x, y of equal energy: Σ_j conj(X_jx) X_jy Γ(group) over j with one group for both.</summary>
    private Complex OneSided(ChannelBlock block, int x, int y)
    {
        if (Bohr.Frequency(Group(block, x, y)) != 0.0)
            return Complex.Zero;
        Complex sum = 0;
        for (int j = 0; j < block.Size; j++)
        {
            int g = Group(block, j, x);
            if (Group(block, j, y) != g)
                continue;
            sum += Complex.Conjugate(block.X[j, x]) * block.X[j, y] * Rates.Transform(g);
        }
        return sum;
    }
}
