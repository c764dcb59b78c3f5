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
    public static IReadOnlyList<Channel> Of(IReadOnlyList<BathCoupling> couplings, SectorLayout layout)
    {
        var model = layout.Model;
        var ancillas = model.Ancillas.ToHashSet();
        int first = model.Ancillas[0];
        var channels = new List<Channel>();
        foreach (var coupling in couplings)
        {
            var touched = coupling.Operator.Terms.SelectMany(t => t.String.Support).Where(ancillas.Contains).Distinct().ToArray();
            if (touched.Length > 1)
                throw new NotSupportedException($"The bath coupling {coupling.Operator} acts on {touched.Length} ancillas; the permutation-invariant " +
                    "solver takes baths on the distinguished qubits and one bath per ancilla.");
            if (touched.Length == 0)
                channels.Add(new Channel(coupling.Bath, Distinguished(layout, coupling.Operator)));
            else if (touched[0] == first)
                channels.Add(new Channel(coupling.Bath, PerAncilla(layout, coupling.Operator, first)));
        }
        return channels;
    }

    private static List<ChannelBlock> Distinguished(SectorLayout layout, PauliSum op)
    {
        var p = OnDistinguished(layout.Model, op.Terms.Select(t => (t.String, t.Coefficient)));
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
            return (Spin: SingleSpin(axis), D: OnDistinguished(model, [(rest, t.Coefficient)]));
        }).ToArray();
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
    private static Matrix<Complex> OnDistinguished(CollectiveModel model, IEnumerable<(PauliString String, Complex Coefficient)> terms)
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
    private static Matrix<Complex> SingleSpin(char axis) => axis switch
    {
        'X' => Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 0, 1 }, { 1, 0 } }),
        'Y' => Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 0, -Complex.ImaginaryOne }, { Complex.ImaginaryOne, 0 } }),
        'Z' => Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 1, 0 }, { 0, -1 } }),
        _ => Matrix<Complex>.Build.DenseIdentity(2),
    };
}
