using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Complex;
using OpenSystem.Dynamics;

namespace OpenSystem.Symmetry;

/// <summary>
/// The dissipator of one bath channel on the weighted sector blocks: a two-sided part Σ_k (A_k ρ B_k) (applied block by
/// block through the channel's <see cref="ChannelBlock"/>s) and a one-sided part −Kρ − ρK† with K = ⊕_j K_j collected
/// into the generator. Group ids and rates are those of the dense generator (Bohr frequencies grouped over the whole
/// spectrum, Γ at the group's representative frequency).
/// </summary>
internal abstract class SectorTerm : ISectorDissipator
{
    protected SectorTerm(SectorLayout layout, SectorChannels.Channel channel, BohrFrequencies bohr, bool lambShift)
    {
        Layout = layout;
        Blocks = channel.Blocks;
        Bohr = bohr;
        Rates = new BathRates(channel.Bath, bohr, lambShift);
        foreach (var block in Blocks)
            Rates.Ensure(AllGroups(block));
    }

    protected SectorLayout Layout { get; }

    protected IReadOnlyList<ChannelBlock> Blocks { get; }

    protected BohrFrequencies Bohr { get; }

    protected BathRates Rates { get; }

    /// <summary>Group id of ω = E_b − E_a for block indices a, b.</summary>
    protected int Group(ChannelBlock block, int a, int b) =>
        Bohr.GroupOf(Layout.Sorted(block.Levels[a]), Layout.Sorted(block.Levels[b]));

    /// <inheritdoc />
    public abstract void Apply(DenseMatrix[] rho, DenseMatrix[] output, bool hermitian);

    /// <inheritdoc />
    public abstract void AddOneSided(Matrix<Complex>[] k);

    /// <summary>
    /// Adds the population-to-population rates of the two-sided part: W[a, b] += Scale · Fraction_b · γ(E_b − E_a) |X_ab|²
    /// (levels a, b; the one-sided part's −2 Re K_aa is added by the caller).
    /// </summary>
    public void AddPauli(double[,] w)
    {
        foreach (var block in Blocks)
            for (int q = 0; q < block.Sectors.Length; q++)
            {
                int nq = Layout.Size[block.Sectors[q]];
                double weight = block.Scale * block.Fractions[q];
                for (int b = block.Start[q]; b < block.Start[q] + nq; b++)
                    for (int a = 0; a < block.Size; a++)
                    {
                        double x = block.X[a, b].Magnitude;
                        w[block.Levels[a], block.Levels[b]] += weight * Rates.Rate(Group(block, a, b)) * x * x;
                    }
            }
    }

    private IEnumerable<int> AllGroups(ChannelBlock block)
    {
        for (int a = 0; a < block.Size; a++)
            for (int b = 0; b < block.Size; b++)
                yield return Group(block, a, b);
    }
}
