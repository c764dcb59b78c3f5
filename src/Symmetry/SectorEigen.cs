using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Symmetry;

/// <summary>Eigen-decomposition of a Hermitian sector block (real symmetric when every element is real: half the work).</summary>
internal static class SectorEigen
{
    /// <summary>Ascending energies and the eigenvectors as columns.</summary>
    public static (double[] Energies, Matrix<Complex> Vectors) Of(Matrix<Complex> h)
    {
        bool real = h.Enumerate().All(z => z.Imaginary == 0);
        if (real)
        {
            var evd = h.Map(z => z.Real).Evd(Symmetricity.Symmetric);
            return (evd.EigenValues.Select(z => z.Real).ToArray(), evd.EigenVectors.Map(x => new Complex(x, 0)));
        }
        var e = h.Evd(Symmetricity.Hermitian);
        return (e.EigenValues.Select(z => z.Real).ToArray(), e.EigenVectors);
    }
}
