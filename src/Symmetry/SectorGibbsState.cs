using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Dynamics;

namespace OpenSystem.Symmetry;

/// <summary>
/// Reduced quantities of a Gibbs state computed by total-spin sectors: the distinguished part's reduced density matrix
/// ρ_D = (1/D) Σ_P ⟨P⟩ P (P over the Pauli strings of the distinguished qubits), the Bloch vector of each distinguished
/// qubit, the collective spin ⟨J⟩ and one ancilla's Bloch vector ⟨σ⁽¹⁾⟩ = (2/N)⟨J⟩ (all ancillas are equivalent).
/// Bloch components are (⟨X⟩, ⟨Y⟩, ⟨Z⟩) with Z = +1 on |e⟩.
/// </summary>
public sealed class SectorGibbsState
{
    private readonly Matrix<Complex>[] _paulis;
    private readonly double[] _pauliMeans;

    internal SectorGibbsState(double temperature, CollectiveModel model, Matrix<Complex>[] paulis, double[] pauliMeans,
        (double X, double Y, double Z) meanSpin, double logPartition)
    {
        Temperature = temperature;
        Model = model;
        _paulis = paulis;
        _pauliMeans = pauliMeans;
        MeanSpin = meanSpin;
        LogPartitionFunction = logPartition;
    }

    /// <summary>Temperature T (k_B = 1).</summary>
    public double Temperature { get; }

    /// <summary>The model (distinguished qubits and ancillas).</summary>
    public CollectiveModel Model { get; }

    /// <summary>⟨J_x⟩, ⟨J_y⟩, ⟨J_z⟩ of the ancillas' collective spin J = ½ Σ_i σ⁽ⁱ⁾.</summary>
    public (double X, double Y, double Z) MeanSpin { get; }

    /// <summary>ln Z = ln Tr e^{−H/T} over the full 2^n-dimensional space (at T = 0: ln of the ground-space degeneracy).</summary>
    public double LogPartitionFunction { get; }

    /// <summary>Bloch vector of one ancilla: (2/N)⟨J⟩ (every ancilla has the same reduced state).</summary>
    public BlochVector AncillaBloch
    {
        get
        {
            double f = 2.0 / Model.AncillaCount;
            return new BlochVector(f * MeanSpin.X, f * MeanSpin.Y, f * MeanSpin.Z);
        }
    }

    /// <summary>Bloch vector of distinguished qubit <paramref name="qubit"/> (its original label).</summary>
    /// <exception cref="ArgumentException">The qubit is an ancilla or not in the model.</exception>
    public BlochVector Bloch(int qubit)
    {
        int k = Position(qubit);
        int nD = Model.Distinguished.Count;
        int shift = 2 * (nD - 1 - k);
        return new BlochVector(Mean(1 << shift), Mean(2 << shift), Mean(3 << shift));
    }

    /// <summary>Local coherence C = √(⟨X⟩² + ⟨Y⟩²) of distinguished qubit <paramref name="qubit"/>.</summary>
    public double Coherence(int qubit) => Bloch(qubit).LocalCoherence;

    /// <summary>
    /// ⟨P⟩ for the Pauli string on the distinguished part with base-4 index <paramref name="index"/> (digits I, X, Y, Z; the
    /// first distinguished qubit most significant); index 0 (identity) is 1.
    /// </summary>
    public double Mean(int index) => index == 0 ? 1.0 : _pauliMeans[index - 1];

    /// <summary>ρ_D = (1/D) Σ_P ⟨P⟩ P in the computational basis of the distinguished qubits (ascending original labels).</summary>
    public Matrix<Complex> DistinguishedState
    {
        get
        {
            int d = Model.DistinguishedDimension;
            var rho = Matrix<Complex>.Build.Dense(d, d);
            for (int s = 0; s < _paulis.Length; s++)
                rho += (Mean(s) / d) * _paulis[s];
            return rho;
        }
    }

    private int Position(int qubit)
    {
        for (int k = 0; k < Model.Distinguished.Count; k++)
            if (Model.Distinguished[k] == qubit)
                return k;
        throw new ArgumentException($"Qubit {qubit} is not a distinguished qubit (they are {string.Join(", ", Model.Distinguished)}); " +
            "use AncillaBloch for an ancilla.", nameof(qubit));
    }
}
