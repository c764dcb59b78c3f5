using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Dynamics;

/// <summary>
/// Real coordinates of a Hermitian d × d matrix: x = (ρ_aa; √2 Re ρ_ab, √2 Im ρ_ab for a &lt; b), d² numbers, an isometry
/// for the Frobenius norm. A Hermiticity-preserving generator is a real d² × d² matrix in these coordinates.
/// </summary>
internal static class HermitianVectorisation
{
    private const double Root2 = 1.4142135623730951;

    public static double[] ToReal(Matrix<Complex> rho)
    {
        int d = rho.RowCount; var x = new double[d * d]; int k = 0;
        for (int b = 0; b < d; b++)
        {
            x[k++] = rho[b, b].Real;
            for (int a = 0; a < b; a++)
            {
                var z = 0.5 * (rho[a, b] + Complex.Conjugate(rho[b, a]));
                x[k++] = Root2 * z.Real; x[k++] = Root2 * z.Imaginary;
            }
        }
        return x;
    }

    public static Matrix<Complex> FromReal(ReadOnlySpan<double> x, int d)
    {
        var rho = Matrix<Complex>.Build.Dense(d, d); int k = 0;
        for (int b = 0; b < d; b++)
        {
            rho[b, b] = x[k++];
            for (int a = 0; a < b; a++)
            {
                var z = new Complex(x[k], x[k + 1]) / Root2; k += 2;
                rho[a, b] = z; rho[b, a] = Complex.Conjugate(z);
            }
        }
        return rho;
    }

    /// <summary>The generator as a real d² × d² matrix, column k = L(basis element k); d² applications of L.</summary>
    public static Matrix<double> RealMatrix(IGenerator generator)
    {
        int d = generator.Dimension, n = d * d;
        var m = Matrix<double>.Build.Dense(n, n);
        var unit = new double[n];
        var image = Matrix<Complex>.Build.Dense(d, d);
        for (int k = 0; k < n; k++)
        {
            Array.Clear(unit); unit[k] = 1;
            generator.Apply(FromReal(unit, d), image, hermitian: true);
            var column = ToReal(image);
            for (int i = 0; i < n; i++) m[i, k] = column[i];
        }
        return m;
    }
}
