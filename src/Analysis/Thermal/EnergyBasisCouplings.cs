using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Dynamics;

namespace OpenSystem.Analysis;

/// <summary>
/// Coupling operators A in the energy basis, V† A V, with one matrix product each instead of two: every Pauli string is
/// a signed permutation (P|i⟩ = phase(i) |i ⊕ flip⟩), so A V costs d² per string, and only V† (A V) is a product. When H
/// and A are real, that product is real (<see cref="MatrixProduct"/>); the result is the same matrix as
/// <see cref="OpenQuantumSystem.InEnergyBasis"/> to round-off.
/// </summary>
internal sealed class EnergyBasisCouplings
{
    private readonly OpenQuantumSystem _system;
    private readonly Matrix<double>? _realTransposed;
    private readonly Matrix<Complex> _adjoint;

    /// <summary>Prepares V† (and its real form when H is real) for the couplings of <paramref name="system"/>.</summary>
    public EnergyBasisCouplings(OpenQuantumSystem system)
    {
        _system = system;
        var vectors = system.Basis.Vectors;
        _adjoint = vectors.ConjugateTranspose();
        if (system.Basis.IsReal)
            _realTransposed = _adjoint.Map(z => z.Real);
    }

    /// <summary>V† A V for the Hermitian Pauli sum <paramref name="op"/>.</summary>
    public Matrix<Complex> Of(PauliSum op)
    {
        var register = _system.Register;
        int d = register.Dimension;
        var vectors = _system.Basis.Vectors.AsColumnMajorArray() ?? _system.Basis.Vectors.ToColumnMajorArray();
        var av = new Complex[d * d];
        var weights = new Complex[d];
        bool real = true;
        foreach (var term in op.Terms)
        {
            var (flip, phase) = term.String.Action(register);
            for (int i = 0; i < d; i++)
            {
                weights[i] = term.Coefficient * phase(i);
                real &= weights[i].Imaginary == 0.0;
            }
            // (A V)[i ⊕ flip, c] += w_i V[i, c], column by column (column-major storage).
            for (int c = 0; c < d; c++)
            {
                int offset = c * d;
                for (int i = 0; i < d; i++)
                    av[(i ^ flip) + offset] += weights[i] * vectors[i + offset];
            }
        }
        if (real && _realTransposed is not null)
        {
            var product = Matrix<double>.Build.Dense(d, d, av.Select(z => z.Real).ToArray());
            return MatrixProduct.Multiply(_realTransposed, product).ToComplex();
        }
        return MatrixProduct.Multiply(_adjoint, Matrix<Complex>.Build.Dense(d, d, av));
    }
}
