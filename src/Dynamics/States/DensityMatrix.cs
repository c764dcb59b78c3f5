using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Complex;

namespace OpenSystem.Dynamics;

/// <summary>
/// A density matrix of a qubit register in the computational basis (qubit 0 leftmost, (|e⟩, |g⟩) per qubit).
/// States built by users are validated (Hermitian, unit trace, positive); states produced by solvers are not, because
/// Redfield need not preserve positivity (see <c>MinimumEigenvalue</c> diagnostics instead).
/// </summary>
public sealed class DensityMatrix
{
    private DensityMatrix(QubitRegister register, Matrix<Complex> matrix)
    {
        Register = register;
        Matrix = matrix;
    }

    /// <summary>The register.</summary>
    public QubitRegister Register { get; }

    /// <summary>ρ in the computational basis (do not mutate).</summary>
    public Matrix<Complex> Matrix { get; }

    /// <summary>Dimension d.</summary>
    public int Dimension => Register.Dimension;

    /// <summary>Every qubit in |g⟩ (Z = −1).</summary>
    public static DensityMatrix Ground(QubitRegister register) => Basis(register, register.Dimension - 1);

    /// <summary>Every qubit in |e⟩ (Z = +1).</summary>
    public static DensityMatrix Excited(QubitRegister register) => Basis(register, 0);

    /// <summary>I/d.</summary>
    public static DensityMatrix MaximallyMixed(QubitRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);
        return new(register, DenseMatrix.CreateDiagonal(register.Dimension, register.Dimension, new Complex(1.0 / register.Dimension, 0)));
    }

    /// <summary>Product of single-qubit states ½(I + xX + yY + zZ), one Bloch vector per qubit, |r| ≤ 1.</summary>
    /// <exception cref="ArgumentException">Wrong number of vectors, a non-finite component or |r| &gt; 1.</exception>
    public static DensityMatrix Product(QubitRegister register, IReadOnlyList<(double X, double Y, double Z)> bloch)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(bloch);
        if (bloch.Count != register.Count)
            Throw.Argument(nameof(bloch), $"A product state needs one Bloch vector per qubit: {register.Count} qubits, got {bloch.Count} vectors.");
        Matrix<Complex>? rho = null;
        for (int q = 0; q < bloch.Count; q++)
        {
            var (x, y, z) = bloch[q];
            BlochBall.Require(bloch[q], $"qubit {q}", nameof(bloch));
            var single = DenseMatrix.OfArray(new Complex[,] { { (1 + z) / 2, new Complex(x, -y) / 2 }, { new Complex(x, y) / 2, (1 - z) / 2 } });
            rho = rho is null ? single : rho.KroneckerProduct(single);
        }
        return new(register, rho!);
    }

    /// <summary>Wraps a matrix, validating it unless <paramref name="validate"/> is false (solver output).</summary>
    /// <exception cref="ArgumentException">Wrong size, not Hermitian, trace not 1, or a negative eigenvalue.</exception>
    public static DensityMatrix FromMatrix(QubitRegister register, Matrix<Complex> matrix, bool validate = true)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(matrix);
        if (matrix.RowCount != register.Dimension || matrix.ColumnCount != register.Dimension)
            throw new ArgumentException($"Density matrix is {matrix.RowCount}x{matrix.ColumnCount}, register needs {register.Dimension}x{register.Dimension}.", nameof(matrix));
        if (validate)
        {
            double anti = DenseOps.AntiHermitianMax(matrix);
            if (anti > Tolerances.State) throw new ArgumentException($"Density matrix is not Hermitian (max |rho - rho^dagger| = {anti:E2}).", nameof(matrix));
            var tr = DenseOps.Trace(matrix);
            if ((tr - 1).Magnitude > Tolerances.State) throw new ArgumentException($"Density matrix has trace {tr.Real:G10}, not 1.", nameof(matrix));
            double min = matrix.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Hermitian).EigenValues.Min(z => z.Real);
            if (min < -Tolerances.State) throw new ArgumentException($"Density matrix has a negative eigenvalue {min:E3}.", nameof(matrix));
        }
        return new(register, matrix);
    }

    /// <summary>Tr(ρ P) for a Pauli string, O(d).</summary>
    public Complex Expectation(PauliString p)
    {
        var (flip, phase) = p.Action(Register);
        Complex s = 0;
        for (int i = 0; i < Dimension; i++) s += Matrix[i, i ^ flip] * phase(i);
        return s;
    }

    /// <summary>Bloch vector [⟨X_j⟩, ⟨Y_j⟩, ⟨Z_j⟩] of qubit j.</summary>
    public BlochVector Bloch(int qubit) =>
        new(Expectation(PauliString.Single('X', qubit)).Real, Expectation(PauliString.Single('Y', qubit)).Real, Expectation(PauliString.Single('Z', qubit)).Real);

    private static DensityMatrix Basis(QubitRegister register, int index)
    {
        ArgumentNullException.ThrowIfNull(register);
        var m = new DenseMatrix(register.Dimension, register.Dimension);
        m[index, index] = 1;
        return new(register, m);
    }
}
