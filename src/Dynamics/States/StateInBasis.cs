using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Dynamics;

/// <summary>
/// A density matrix together with the basis it is represented in: what a generator hands out of its working
/// representation, so that a reader never has to know (or guess) which basis a raw matrix is in.
/// </summary>
/// <param name="Register">The register the state acts on.</param>
/// <param name="Basis">The basis of <paramref name="Matrix"/>.</param>
/// <param name="Matrix">ρ represented in <paramref name="Basis"/> (d × d; not copied).</param>
public sealed record StateInBasis(QubitRegister Register, IStateBasis Basis, Matrix<Complex> Matrix)
{
    /// <summary>ρ in the computational basis.</summary>
    public Matrix<Complex> ToComputational() => Basis.ToComputational(Matrix);

    /// <summary>ρ as a <see cref="DensityMatrix"/> (computational basis, not validated: Redfield states may be slightly non-positive).</summary>
    public DensityMatrix ToDensityMatrix() => DensityMatrix.FromMatrix(Register, ToComputational(), validate: false);

    /// <summary>The same state represented in <paramref name="other"/> (no work when it is already there).</summary>
    public StateInBasis In(IStateBasis other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(other, Basis)) return this;
        return new StateInBasis(Register, other, other.FromComputational(ToComputational()));
    }

    /// <summary>A density matrix (computational basis) represented in <paramref name="basis"/>.</summary>
    public static StateInBasis Of(DensityMatrix rho, IStateBasis basis)
    {
        ArgumentNullException.ThrowIfNull(rho);
        ArgumentNullException.ThrowIfNull(basis);
        return new StateInBasis(rho.Register, basis, basis.FromComputational(rho.Matrix));
    }
}
