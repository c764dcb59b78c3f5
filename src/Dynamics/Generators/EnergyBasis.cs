using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Complex;

namespace OpenSystem.Dynamics;

/// <summary>
/// Eigendecomposition H = V diag(E) V† of a Hermitian Hamiltonian, energies ascending. Generators are built and applied
/// in this basis; <see cref="ToEigen"/> and <see cref="FromEigen"/> change basis. A real symmetric H takes the real
/// symmetric eigensolver (every model of the paper is real).
/// </summary>
public sealed class EnergyBasis : IStateBasis
{
    /// <summary>Diagonalises the Hermitian matrix <paramref name="hamiltonian"/>.</summary>
    /// <exception cref="ArgumentException">H not square or not Hermitian.</exception>
    public EnergyBasis(Matrix<Complex> hamiltonian)
    {
        ArgumentNullException.ThrowIfNull(hamiltonian);
        if (hamiltonian.RowCount != hamiltonian.ColumnCount) throw new ArgumentException("Hamiltonian must be square.", nameof(hamiltonian));
        double scale = Math.Max(1.0, hamiltonian.Enumerate().Max(z => z.Magnitude));
        double anti = DenseOps.AntiHermitianMax(hamiltonian);
        if (anti > Tolerances.Hermiticity * scale)
            throw new ArgumentException($"Hamiltonian must be Hermitian; max |H - H^dagger| = {anti:E2}.", nameof(hamiltonian));
        int d = hamiltonian.RowCount;
        IsReal = DenseOps.IsReal(hamiltonian);
        double[] energies;
        Matrix<Complex> vectors;
        if (IsReal)
        {
            var real = Matrix<double>.Build.Dense(d, d, (i, j) => 0.5 * (hamiltonian[i, j].Real + hamiltonian[j, i].Real));
            var evd = real.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric);
            energies = evd.EigenValues.Select(z => z.Real).ToArray();
            vectors = evd.EigenVectors.ToComplex();
        }
        else
        {
            var herm = 0.5 * (hamiltonian + hamiltonian.ConjugateTranspose());
            var evd = herm.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Hermitian);
            energies = evd.EigenValues.Select(z => z.Real).ToArray();
            vectors = evd.EigenVectors;
        }
        var order = Enumerable.Range(0, d).OrderBy(i => energies[i]).ToArray();
        Energies = order.Select(i => energies[i]).ToArray();
        var v = new DenseMatrix(d, d);
        for (int c = 0; c < d; c++) v.SetColumn(c, vectors.Column(order[c]));
        Vectors = v;
        Hamiltonian = hamiltonian;
    }

    /// <summary>The Hamiltonian in the computational basis.</summary>
    public Matrix<Complex> Hamiltonian { get; }

    /// <summary>Energies E_n, ascending.</summary>
    public IReadOnlyList<double> Energies { get; }

    /// <summary>Eigenvectors as columns, V[:, n] = |n⟩ in the computational basis.</summary>
    public Matrix<Complex> Vectors { get; }

    /// <summary>Dimension d.</summary>
    public int Dimension => Energies.Count;

    /// <summary>Whether H is real (its eigenvectors are then real).</summary>
    public bool IsReal { get; }

    /// <summary>Spectral width E_max − E_min.</summary>
    public double Width => Energies[^1] - Energies[0];

    /// <summary>
    /// Levels (and Bohr frequencies) closer than this are degenerate: <see cref="Tolerances.Degeneracy"/> of the
    /// energies, relative to the model's own energy scale.
    /// </summary>
    public double DegeneracyTolerance => Tolerances.Degeneracy(Energies);

    /// <summary>True when two adjacent levels are closer than <see cref="DegeneracyTolerance"/>.</summary>
    public bool HasDegenerateLevels
    {
        get
        {
            double tolerance = DegeneracyTolerance;
            for (int i = 1; i < Dimension; i++)
            {
                if (Energies[i] - Energies[i - 1] <= tolerance) return true;
            }
            return false;
        }
    }

    /// <inheritdoc/>
    public Matrix<Complex> ToComputational(Matrix<Complex> m) => FromEigen(m);

    /// <inheritdoc/>
    public Matrix<Complex> FromComputational(Matrix<Complex> m) => ToEigen(m);

    /// <inheritdoc/>
    public Matrix<Complex> Represent(PauliSum op)
    {
        ArgumentNullException.ThrowIfNull(op);
        return ToEigen(op.ToMatrix(new QubitRegister(System.Numerics.BitOperations.Log2((uint)Dimension))));
    }

    /// <summary>V† M V: an operator from the computational to the energy basis.</summary>
    public Matrix<Complex> ToEigen(Matrix<Complex> m)
    {
        var t = DenseOps.Zeros(Dimension); var r = DenseOps.Zeros(Dimension);
        DenseOps.Multiply(m, Vectors, t);
        DenseOps.Multiply(Vectors.ConjugateTranspose(), t, r);
        return r;
    }

    /// <summary>V M V†: an operator from the energy to the computational basis.</summary>
    public Matrix<Complex> FromEigen(Matrix<Complex> m)
    {
        var t = DenseOps.Zeros(Dimension); var r = DenseOps.Zeros(Dimension);
        DenseOps.Multiply(m, Vectors.ConjugateTranspose(), t);
        DenseOps.Multiply(Vectors, t, r);
        return r;
    }
}
