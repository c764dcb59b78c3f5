using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Dynamics;

namespace OpenSystem.Symmetry;

/// <summary>
/// The eigenstates of H inside the total-spin sectors of a <see cref="CollectiveModel"/>, with the diagonal elements of the
/// observables the reduced states need: every Pauli string on the distinguished part (4^{n_D} − 1 of them, string index in
/// base 4 with digits I, X, Y, Z, qubit 0 most significant) and J_x, J_y, J_z. Sector basis: |j, m⟩ ⊗ |d⟩ with index
/// (j − m) D + d, so that H is banded. When H commutes with J_z the sector splits into D × D blocks of fixed m.
/// </summary>
internal static class SectorBlocks
{
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

    /// <summary>The collective factor F(J) of a term: 1, 2J_α, 2J_α² − N/2, or {J_α, J_β}.</summary>
    public static Matrix<Complex> Factor(IReadOnlyList<char> axes, int twiceJ, int ancillas)
    {
        int d = twiceJ + 1;
        return axes.Count switch
        {
            0 => Matrix<Complex>.Build.DenseIdentity(d),
            1 => 2.0 * SpinSectors.J(axes[0], twiceJ),
            _ when axes[0] == axes[1] => 2.0 * SpinSectors.J(axes[0], twiceJ).Power(2) - Matrix<Complex>.Build.DenseIdentity(d) * (ancillas / 2.0),
            _ => SpinSectors.J(axes[0], twiceJ) * SpinSectors.J(axes[1], twiceJ) + SpinSectors.J(axes[1], twiceJ) * SpinSectors.J(axes[0], twiceJ),
        };
    }

    /// <summary>The sector Hamiltonian Σ c F(J) ⊗ P (index (j − m) D + d).</summary>
    public static Matrix<Complex> Hamiltonian(CollectiveModel model, int twiceJ)
    {
        int dim = (twiceJ + 1) * model.DistinguishedDimension;
        var h = Matrix<Complex>.Build.Dense(dim, dim);
        foreach (var t in model.Terms)
        {
            var p = PauliOnD(t.Distinguished, model.Distinguished.Count);
            h += t.Coefficient * Factor(t.AncillaAxes, twiceJ, model.AncillaCount).KroneckerProduct(p);
        }
        return h;
    }

    /// <summary>Eigenstates of sector 2j with the observables' diagonal elements.</summary>
    public static IEnumerable<Spectrum> Diagonalise(CollectiveModel model, int twiceJ, Matrix<Complex>[] paulis)
    {
        if (model.ConservesJz)
            return FixedM(model, twiceJ, paulis);
        return [Dense(model, twiceJ, paulis)];
    }

    private static Spectrum Dense(CollectiveModel model, int twiceJ, Matrix<Complex>[] paulis)
    {
        int dD = model.DistinguishedDimension, dS = twiceJ + 1;
        var (energies, v) = SectorEigen.Of(Hamiltonian(model, twiceJ));
        int n = energies.Length;
        var ex = new double[paulis.Length - 1 + 3][];
        for (int s = 1; s < paulis.Length; s++)
        {
            var p = paulis[s];
            ex[s - 1] = Diagonal(n, col => Sum(dS, k => Quadratic(v, col, k * dD, k * dD, p, dD)));
        }
        for (int a = 0; a < 3; a++)
        {
            var j = SpinSectors.J("XYZ"[a], twiceJ);
            ex[paulis.Length - 1 + a] = Diagonal(n, col =>
            {
                double s = 0;
                for (int k = 0; k < dS; k++)
                    for (int k2 = Math.Max(0, k - 1); k2 <= Math.Min(dS - 1, k + 1); k2++)
                        if (j[k, k2] != Complex.Zero)
                            for (int d = 0; d < dD; d++)
                                s += (Complex.Conjugate(v[k * dD + d, col]) * j[k, k2] * v[k2 * dD + d, col]).Real;
                return s;
            });
        }
        return new Spectrum(twiceJ, energies, ex);
    }

    private static IEnumerable<Spectrum> FixedM(CollectiveModel model, int twiceJ, Matrix<Complex>[] paulis)
    {
        int dD = model.DistinguishedDimension;
        var ps = model.Terms.Select(t => PauliOnD(t.Distinguished, model.Distinguished.Count)).ToArray();
        for (int k = 0; k <= twiceJ; k++)
        {
            double m = twiceJ / 2.0 - k;
            var h = Matrix<Complex>.Build.Dense(dD, dD);
            for (int i = 0; i < ps.Length; i++)
            {
                var axes = model.Terms[i].AncillaAxes;
                double f = axes.Count switch { 0 => 1, 1 => 2 * m, _ => 2 * m * m - model.AncillaCount / 2.0 };
                h += (model.Terms[i].Coefficient * f) * ps[i];
            }
            var (energies, v) = SectorEigen.Of(h);
            var ex = new double[paulis.Length - 1 + 3][];
            for (int s = 1; s < paulis.Length; s++)
            {
                var p = paulis[s];
                ex[s - 1] = Diagonal(dD, col => Quadratic(v, col, 0, 0, p, dD));
            }
            ex[paulis.Length - 1] = new double[dD];
            ex[paulis.Length] = new double[dD];
            ex[paulis.Length + 1] = Enumerable.Repeat(m, dD).ToArray();
            yield return new Spectrum(twiceJ, energies, ex);
        }
    }

    private static double[] Diagonal(int n, Func<int, double> element)
    {
        var d = new double[n];
        for (int col = 0; col < n; col++)
            d[col] = element(col);
        return d;
    }

    private static double Sum(int count, Func<int, double> term)
    {
        double s = 0;
        for (int k = 0; k < count; k++)
            s += term(k);
        return s;
    }

    /// <summary>Re Σ_{d,d'} conj(v[r + d]) P[d, d'] v[c + d'] for column <paramref name="col"/>.</summary>
    private static double Quadratic(Matrix<Complex> v, int col, int r, int c, Matrix<Complex> p, int dD)
    {
        double s = 0;
        for (int d = 0; d < dD; d++)
            for (int d2 = 0; d2 < dD; d2++)
                if (p[d, d2] != Complex.Zero)
                    s += (Complex.Conjugate(v[r + d, col]) * p[d, d2] * v[c + d2, col]).Real;
        return s;
    }
}
