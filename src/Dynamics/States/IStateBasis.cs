using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Dynamics;

/// <summary>
/// An orthonormal basis of the d-dimensional Hilbert space of a register in which operators and states are represented.
/// A basis with columns V (in the computational basis) represents an operator M as V† M V.
/// </summary>
public interface IStateBasis
{
    /// <summary>Hilbert-space dimension d.</summary>
    int Dimension { get; }

    /// <summary>An operator represented in this basis, brought back to the computational basis: V M V†.</summary>
    Matrix<Complex> ToComputational(Matrix<Complex> m);

    /// <summary>An operator given in the computational basis, represented in this basis: V† M V.</summary>
    Matrix<Complex> FromComputational(Matrix<Complex> m);

    /// <summary>The Pauli sum <paramref name="op"/> (acting on log₂ d qubits) represented in this basis.</summary>
    Matrix<Complex> Represent(PauliSum op);
}
