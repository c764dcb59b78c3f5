using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Dynamics;

/// <summary>
/// The computational (product σᶻ) basis of a register: |0…0⟩ first, qubit 0 the most significant bit. Changing to or from
/// it is the identity (the matrices are copied).
/// </summary>
public sealed class ComputationalBasis : IStateBasis
{
    /// <summary>The computational basis of <paramref name="register"/>.</summary>
    public ComputationalBasis(QubitRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);
        Register = register;
    }

    /// <summary>The register.</summary>
    public QubitRegister Register { get; }

    /// <inheritdoc/>
    public int Dimension => Register.Dimension;

    /// <inheritdoc/>
    public Matrix<Complex> ToComputational(Matrix<Complex> m) => m.Clone();

    /// <inheritdoc/>
    public Matrix<Complex> FromComputational(Matrix<Complex> m) => m.Clone();

    /// <inheritdoc/>
    public Matrix<Complex> Represent(PauliSum op) => op.ToMatrix(Register);
}
