using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Dynamics;

namespace OpenSystem.Symmetry;

/// <summary>
/// The sector Hamiltonians H_j of a <see cref="CollectiveModel"/> and their eigenstates, with the diagonal elements of the
/// observables the reduced states need: every Pauli string on the distinguished part (4^{n_D} − 1 of them, index in base 4
/// with digits I, X, Y, Z, first distinguished qubit most significant), then J_x, J_y, J_z. Sector basis |j, m⟩ ⊗ |d⟩ with
/// index (j − m) D + d, so H_j is a band matrix of half-bandwidth (r + 1) D − 1 (r = 1 for terms linear in J, 2 for
/// quadratic ones). When H commutes with J_z a sector splits into D × D blocks of fixed m.
/// </summary>
internal static class SectorBlocks
{
    /// <summary>Blocks at least this large and real go to the band solver; smaller ones to the dense one.</summary>
    public const int BandThreshold = 48;

    /// <summary>Eigen data of one sector (or one fixed-m block of it).</summary>
    internal sealed record Spectrum(int TwiceJ, double[] Energies, double[][] Expectations);

    /// <summary>The Pauli matrices of every string on n_D qubits (index 0 = identity).</summary>
    public static Matrix<Complex>[] DistinguishedPaulis(int qubits)
    {
        int count = 1 << (2 * qubits);
        var result = new Matrix<Complex>[count];
        for (int s = 0; s < count; s++)
        {
            var factors = new List<(int, char)>();
            for (int q = 0; q < qubits; q++)
            {
                int digit = (s >> (2 * (qubits - 1 - q))) & 3;
                if (digit > 0)
                    factors.Add((q, " XYZ"[digit]));
            }
            result[s] = PauliOnD(PauliString.Of(factors), qubits);
        }
        return result;
    }

    /// <summary>The D × D matrix of a Pauli string on the distinguished qubits (1 × 1 identity when there are none).</summary>
    public static Matrix<Complex> PauliOnD(PauliString p, int qubits) =>
        qubits == 0 ? Matrix<Complex>.Build.DenseIdentity(1) : new PauliSum([new PauliTerm(p, 1)]).ToMatrix(new QubitRegister(qubits));

    /// <summary>Reach r in m of the collective factors: 1 for 1 and J_α, 2 with a quadratic term.</summary>
    public static int Reach(CollectiveModel model) => model.Terms.Any(t => t.AncillaAxes.Count == 2) ? 2 : 1;

    /// <summary>
    /// ⟨k| F |k'⟩ of a term's collective factor: δ (no ancilla factor), 2J_α, 2J_α² − (N/2) (pair, α = β), {J_α, J_β} (pair,
    /// α ≠ β; its mirror key adds the same again).
    /// </summary>
    public static Complex Factor(IReadOnlyList<char> axes, int twiceJ, int ancillas, int k, int k2)
    {
        switch (axes.Count)
        {
            case 0:
                return k == k2 ? 1 : 0;
            case 1:
                return 2 * SpinSectors.Element(axes[0], twiceJ, k, k2);
        }
        Complex s = 0;
        for (int mid = Math.Max(0, Math.Min(k, k2) - 1); mid <= Math.Min(twiceJ, Math.Max(k, k2) + 1); mid++)
        {
            var ab = SpinSectors.Element(axes[0], twiceJ, k, mid) * SpinSectors.Element(axes[1], twiceJ, mid, k2);
            var ba = SpinSectors.Element(axes[1], twiceJ, k, mid) * SpinSectors.Element(axes[0], twiceJ, mid, k2);
            s += ab + ba;
        }
        return axes[0] == axes[1] ? s - (k == k2 ? ancillas / 2.0 : 0) : s;
    }

    /// <summary>Calls <paramref name="add"/>(row, column, value) for every contribution to H_j (entries may repeat).</summary>
    public static void Entries(CollectiveModel model, int twiceJ, Matrix<Complex>[] termPaulis, Action<int, int, Complex> add)
    {
        int dD = model.DistinguishedDimension, reach = Reach(model);
        for (int k = 0; k <= twiceJ; k++)
            for (int k2 = Math.Max(0, k - reach); k2 <= Math.Min(twiceJ, k + reach); k2++)
                for (int t = 0; t < termPaulis.Length; t++)
                {
                    var term = model.Terms[t];
                    var f = Factor(term.AncillaAxes, twiceJ, model.AncillaCount, k, k2);
                    if (f == Complex.Zero)
                        continue;
                    var p = termPaulis[t];
                    for (int d = 0; d < dD; d++)
                        for (int d2 = 0; d2 < dD; d2++)
                            if (p[d, d2] != Complex.Zero)
                                add(k * dD + d, k2 * dD + d2, term.Coefficient * f * p[d, d2]);
                }
    }

    /// <summary>The term Pauli matrices of the model, in term order.</summary>
    public static Matrix<Complex>[] TermPaulis(CollectiveModel model) =>
        model.Terms.Select(t => PauliOnD(t.Distinguished, model.Distinguished.Count)).ToArray();

    /// <summary>The observables' diagonal element ⟨v| O |v⟩ for one eigenvector of sector 2j.</summary>
    public static void Observe(Func<int, Complex> v, int twiceJ, int dD, Matrix<Complex>[] paulis, double[][] into, int column)
    {
        for (int s = 1; s < paulis.Length; s++)
        {
            var p = paulis[s];
            double acc = 0;
            for (int k = 0; k <= twiceJ; k++)
                for (int d = 0; d < dD; d++)
                    for (int d2 = 0; d2 < dD; d2++)
                        if (p[d, d2] != Complex.Zero)
                            acc += (Complex.Conjugate(v(k * dD + d)) * p[d, d2] * v(k * dD + d2)).Real;
            into[s - 1][column] = acc;
        }
        for (int a = 0; a < 3; a++)
        {
            double acc = 0;
            for (int k = 0; k <= twiceJ; k++)
                for (int k2 = Math.Max(0, k - 1); k2 <= Math.Min(twiceJ, k + 1); k2++)
                {
                    var j = SpinSectors.Element("XYZ"[a], twiceJ, k, k2);
                    if (j != Complex.Zero)
                        for (int d = 0; d < dD; d++)
                            acc += (Complex.Conjugate(v(k * dD + d)) * j * v(k2 * dD + d)).Real;
                }
            into[paulis.Length - 1 + a][column] = acc;
        }
    }

    /// <summary>
    /// <see cref="Observe"/> for a real eigenvector (band solver): ⟨v|P|v⟩ = Σ v_a Re(P_ab) v_b, ⟨J_y⟩ = 0 (J_y is
    /// imaginary), ⟨J_x⟩ = 2 Σ_k ⟨k|J_x|k+1⟩ Σ_d v_{k,d} v_{k+1,d}, ⟨J_z⟩ = Σ_k m_k Σ_d v_{k,d}².
    /// </summary>
    public static void ObserveReal(double[] v, int twiceJ, int dD, double[][,] realPaulis, double[][] into, int column)
    {
        for (int s = 1; s < realPaulis.Length; s++)
        {
            var p = realPaulis[s];
            double acc = 0;
            for (int k = 0; k <= twiceJ; k++)
            {
                int o = k * dD;
                for (int d = 0; d < dD; d++)
                    for (int d2 = 0; d2 < dD; d2++)
                        acc += v[o + d] * p[d, d2] * v[o + d2];
            }
            into[s - 1][column] = acc;
        }
        double jx = 0, jz = 0;
        for (int k = 0; k <= twiceJ; k++)
        {
            double norm = 0, hop = 0;
            for (int d = 0; d < dD; d++)
            {
                norm += v[k * dD + d] * v[k * dD + d];
                if (k < twiceJ)
                    hop += v[k * dD + d] * v[(k + 1) * dD + d];
            }
            jz += (twiceJ / 2.0 - k) * norm;
            if (k < twiceJ)
                jx += 2 * SpinSectors.Element('X', twiceJ, k, k + 1).Real * hop;
        }
        into[realPaulis.Length - 1][column] = jx;
        into[realPaulis.Length][column] = 0;
        into[realPaulis.Length + 1][column] = jz;
    }

    /// <summary>Real parts of the distinguished Pauli matrices.</summary>
    public static double[][,] RealParts(Matrix<Complex>[] paulis) =>
        paulis.Select(p =>
        {
            var r = new double[p.RowCount, p.ColumnCount];
            for (int i = 0; i < p.RowCount; i++)
                for (int k = 0; k < p.ColumnCount; k++)
                    r[i, k] = p[i, k].Real;
            return r;
        }).ToArray();

    /// <summary>A dense sector: every eigenstate with its observables.</summary>
    public static Spectrum Dense(CollectiveModel model, int twiceJ, Matrix<Complex>[] paulis)
    {
        int dD = model.DistinguishedDimension, n = (twiceJ + 1) * dD;
        var h = Matrix<Complex>.Build.Dense(n, n);
        Entries(model, twiceJ, TermPaulis(model), (r, c, x) => h[r, c] += x);
        var (energies, v) = SectorEigen.Of(h);
        var ex = NewExpectations(paulis.Length, n);
        for (int col = 0; col < n; col++)
            Observe(i => v[i, col], twiceJ, dD, paulis, ex, col);
        return new Spectrum(twiceJ, energies, ex);
    }

    /// <summary>The sector as a real band matrix (dense row-major storage), or null when an element is complex.</summary>
    public static double[]? RealBand(CollectiveModel model, int twiceJ)
    {
        int n = (twiceJ + 1) * model.DistinguishedDimension;
        var a = new double[(long)n * n];
        bool real = true;
        Entries(model, twiceJ, TermPaulis(model), (r, c, x) =>
        {
            real &= x.Imaginary == 0;
            a[(long)r * n + c] += x.Real;
        });
        return real ? a : null;
    }

    /// <summary>Half-bandwidth of the sector matrices.</summary>
    public static int Bandwidth(CollectiveModel model) => (Reach(model) + 1) * model.DistinguishedDimension - 1;

    /// <summary>The fixed-m blocks of a sector of a J_z-conserving model.</summary>
    public static IEnumerable<Spectrum> FixedM(CollectiveModel model, int twiceJ, Matrix<Complex>[] paulis)
    {
        int dD = model.DistinguishedDimension;
        var ps = TermPaulis(model);
        for (int k = 0; k <= twiceJ; k++)
        {
            var h = Matrix<Complex>.Build.Dense(dD, dD);
            for (int i = 0; i < ps.Length; i++)
                h += (model.Terms[i].Coefficient * Factor(model.Terms[i].AncillaAxes, twiceJ, model.AncillaCount, k, k)) * ps[i];
            var (energies, v) = SectorEigen.Of(h);
            // The eigenvectors live on one m: ⟨P⟩ from the D components, ⟨J_z⟩ = m, ⟨J_x⟩ = ⟨J_y⟩ = 0.
            var ex = NewExpectations(paulis.Length, dD);
            for (int col = 0; col < dD; col++)
            {
                var vector = v.Column(col);
                for (int s = 1; s < paulis.Length; s++)
                    ex[s - 1][col] = (vector.Conjugate() * (paulis[s] * vector)).Real;
                ex[paulis.Length + 1][col] = twiceJ / 2.0 - k;
            }
            yield return new Spectrum(twiceJ, energies, ex);
        }
    }

    public static double[][] NewExpectations(int pauliCount, int n) =>
        Enumerable.Range(0, pauliCount - 1 + 3).Select(_ => new double[n]).ToArray();
}
