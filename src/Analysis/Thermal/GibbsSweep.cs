using OpenSystem.Dynamics;

namespace OpenSystem.Analysis;

/// <summary>
/// Gibbs-state observables over many temperatures from ONE diagonalisation of H: the diagonal elements of X_j, Y_j, Z_j
/// in the energy basis are computed once, then ⟨O⟩_T = Σ_n p_n(T) O_nn costs O(d) per temperature.
/// </summary>
public sealed class GibbsSweep
{
    private readonly double[][] _diagonals;   // [3 q + k][n], k = X, Y, Z

    /// <summary>Diagonalises <paramref name="hamiltonian"/> on <paramref name="qubits"/> qubits.</summary>
    public GibbsSweep(PauliSum hamiltonian, int qubits)
    {
        ArgumentNullException.ThrowIfNull(hamiltonian);
        Register = new QubitRegister(qubits);
        Basis = new EnergyBasis(hamiltonian.ToMatrix(Register));
        int d = Register.Dimension;
        _diagonals = new double[3 * qubits][];
        var v = Basis.Vectors;
        Parallel.For(0, 3 * qubits, idx =>
        {
            int q = idx / 3;
            char axis = "XYZ"[idx % 3];
            var (flip, phase) = PauliString.Single(axis, q).Action(Register);
            var diag = new double[d];
            for (int n = 0; n < d; n++)
            {
                // (V† P V)_nn = Σ_i conj(V_{i⊕f, n}) phase(i) V_{i n}
                System.Numerics.Complex s = 0;
                for (int i = 0; i < d; i++)
                {
                    s += System.Numerics.Complex.Conjugate(v[i ^ flip, n]) * phase(i) * v[i, n];
                }
                diag[n] = s.Real;
            }
            _diagonals[idx] = diag;
        });
    }

    /// <summary>The register.</summary>
    public QubitRegister Register { get; }

    /// <summary>The energy basis (shared by every temperature).</summary>
    public EnergyBasis Basis { get; }

    /// <summary>Lowest excitation energy E₁ − E₀ above the ground space (0 if H is a multiple of the identity).</summary>
    public double Gap
    {
        get
        {
            var e = Basis.Energies;
            double tol = Basis.DegeneracyTolerance;
            return e.FirstOrDefault(x => x - e[0] > tol, e[0]) - e[0];
        }
    }

    /// <summary>Bloch vector of qubit <paramref name="qubit"/> in τ(T).</summary>
    public BlochVector Bloch(int qubit, double temperature)
    {
        var p = GibbsState.Populations(Basis, temperature);
        double Dot(double[] o)
        {
            double s = 0;
            for (int n = 0; n < p.Length; n++)
            {
                s += p[n] * o[n];
            }
            return s;
        }
        return new BlochVector(Dot(_diagonals[3 * qubit]), Dot(_diagonals[3 * qubit + 1]), Dot(_diagonals[3 * qubit + 2]));
    }

    /// <summary>C_j(T) of the Gibbs state.</summary>
    public double Coherence(int qubit, double temperature) => QuantumMeasures.LocalCoherence(Bloch(qubit, temperature));

    /// <summary>C_j over a temperature grid, in parallel.</summary>
    public double[] Coherence(int qubit, IReadOnlyList<double> temperatures)
    {
        var c = new double[temperatures.Count];
        Parallel.For(0, c.Length, i => c[i] = Coherence(qubit, temperatures[i]));
        return c;
    }
}
