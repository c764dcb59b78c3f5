using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Baths;
using OpenSystem.Dynamics;

namespace OpenSystem.Symmetry;

/// <summary>
/// The bath couplings of a permutation-invariant system as <see cref="ChannelBlock"/> lists: a coupling on the
/// distinguished qubits only is one channel with a block per sector; the N couplings of the ancillas (the images of one
/// another under the exchanges) are one channel with a block per spin j₁ of the first N − 1 ancillas.
/// </summary>
internal static class SectorChannels
{
    /// <summary>One channel: its bath and blocks.</summary>
    internal sealed record Channel(BosonicBath Bath, IReadOnlyList<ChannelBlock> Blocks);

    /// <summary>The channels of <paramref name="couplings"/> (whose exchange symmetry has been checked against <paramref name="layout"/>'s model).</summary>
    /// <exception cref="NotSupportedException">A coupling on two or more ancillas (a collective bath).</exception>
    public static IReadOnlyList<Channel> Of(IReadOnlyList<BathCoupling> couplings, SectorLayout layout) =>
        Representatives(couplings, layout).Select(c => new Channel(c.Coupling.Bath, c.Ancilla is int a
            ? PerAncilla(layout, c.Coupling.Operator, a)
            : DistinguishedBlocks(layout, OnDistinguished(layout.Model, c.Coupling.Operator.Terms.Select(t => (t.String, t.Coefficient)))))).ToList();

    /// <summary>
    /// The couplings that stand for a channel: each coupling on distinguished qubits only (Ancilla null), and each coupling
    /// of the first ancilla (its images on the other ancillas are the same channel).
    /// </summary>
    /// <exception cref="NotSupportedException">A coupling on two or more ancillas (a collective bath).</exception>
    public static IEnumerable<(BathCoupling Coupling, int? Ancilla)> Representatives(IReadOnlyList<BathCoupling> couplings, SectorLayout layout)
    {
        var ancillas = layout.Model.Ancillas.ToHashSet();
        int first = layout.Model.Ancillas[0];
        foreach (var coupling in couplings)
        {
            var touched = coupling.Operator.Terms.SelectMany(t => t.String.Support).Where(ancillas.Contains).Distinct().ToArray();
            if (touched.Length > 1)
                throw new NotSupportedException($"The bath coupling {coupling.Operator} acts on {touched.Length} ancillas; the permutation-invariant " +
                    "solver takes baths on the distinguished qubits and one bath per ancilla.");
            if (touched.Length == 0)
                yield return (coupling, null);
            else if (touched[0] == first)
                yield return (coupling, first);
        }
    }

    /// <summary>The blocks (one per sector) of an operator 1 ⊗ P with P (D × D) on the distinguished part.</summary>
    public static List<ChannelBlock> DistinguishedBlocks(SectorLayout layout, Matrix<Complex> p)
    {
        var blocks = new List<ChannelBlock>();
        for (int s = 0; s < layout.TwiceJ.Length; s++)
        {
            var coupled = Matrix<Complex>.Build.DenseIdentity(layout.TwiceJ[s] + 1).KroneckerProduct(p);
            blocks.Add(new ChannelBlock(layout, [s], [1.0], 1.0, coupled));
        }
        return blocks;
    }

    private static List<ChannelBlock> PerAncilla(SectorLayout layout, PauliSum op, int ancilla)
    {
        var model = layout.Model;
        var parts = op.Terms.Select(t =>
        {
            char axis = t.String.Factors.Where(f => f.Qubit == ancilla).Select(f => f.Axis).DefaultIfEmpty('I').First();
            var rest = PauliString.Of(t.String.Factors.Where(f => f.Qubit != ancilla));
            return (SingleSpin(axis), OnDistinguished(model, [(rest, t.Coefficient)]));
        }).ToArray();
        return AncillaBlocks(layout, parts);
    }

    /// <summary>The blocks (one per j₁) of Σ s ⊗ P with s (2 × 2) on the last ancilla and P (D × D) on the distinguished part.</summary>
    public static List<ChannelBlock> AncillaBlocks(SectorLayout layout, IReadOnlyList<(Matrix<Complex> Spin, Matrix<Complex> D)> parts)
    {
        var model = layout.Model;
        var blocks = new List<ChannelBlock>();
        foreach (int twiceJ1 in layout.LessTwiceJ())
        {
            int size = 2 * (twiceJ1 + 1) * model.DistinguishedDimension;
            var coupled = Matrix<Complex>.Build.Dense(size, size);
            foreach (var (spin, d) in parts)
                coupled += SpinCoupling.OnLastSpin(twiceJ1, spin).KroneckerProduct(d);
            int plus = layout.SectorOf(twiceJ1 + 1);
            if (twiceJ1 == 0)
            {
                blocks.Add(new ChannelBlock(layout, [plus], [layout.Fraction(0, 1)], layout.Ancillas, coupled));
                continue;
            }
            int minus = layout.SectorOf(twiceJ1 - 1);
            double[] fractions = [layout.Fraction(twiceJ1, twiceJ1 + 1), layout.Fraction(twiceJ1, twiceJ1 - 1)];
            blocks.Add(new ChannelBlock(layout, [plus, minus], fractions, layout.Ancillas, coupled));
        }
        return blocks;
    }

    /// <summary>Σ c P on the distinguished qubits (relabelled in the order of <see cref="CollectiveModel.Distinguished"/>) as a D × D matrix.</summary>
    public static Matrix<Complex> OnDistinguished(CollectiveModel model, IEnumerable<(PauliString String, Complex Coefficient)> terms)
    {
        int dD = model.DistinguishedDimension;
        var m = Matrix<Complex>.Build.Dense(dD, dD);
        foreach (var (s, c) in terms)
        {
            var local = PauliString.Of(s.Factors.Select(f => (IndexOf(model.Distinguished, f.Qubit), f.Axis)));
            m += c * SectorBlocks.PauliOnD(local, model.Distinguished.Count);
        }
        return m;
    }

    private static int IndexOf(IReadOnlyList<int> list, int qubit)
    {
        for (int k = 0; k < list.Count; k++)
            if (list[k] == qubit)
                return k;
        throw new InvalidOperationException($"Qubit {qubit} is neither distinguished nor the ancilla of this coupling.");
    }

    /// <summary>1, σ_x, σ_y or σ_z in the basis ↑ = |e⟩ (Z = +1), ↓.</summary>
    public static Matrix<Complex> SingleSpin(char axis) => axis switch
    {
        'X' => Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 0, 1 }, { 1, 0 } }),
        'Y' => Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 0, -Complex.ImaginaryOne }, { Complex.ImaginaryOne, 0 } }),
        'Z' => Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 1, 0 }, { 0, -1 } }),
        _ => Matrix<Complex>.Build.DenseIdentity(2),
    };
}
