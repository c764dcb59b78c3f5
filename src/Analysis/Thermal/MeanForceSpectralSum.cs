using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Baths;
using OpenSystem.Dynamics;

namespace OpenSystem.Analysis;

/// <summary>
/// The fast evaluation of <see cref="MeanForceGibbsState"/>: the same imaginary-time integral and the same Gauss–Legendre
/// nodes as <see cref="MeanForceExpansion"/>, summed over nodes first. With p_k(y) = Σ_i w_i K(u_i) e^{−u_i e_k} e^{−s_i y},
/// s_i = β − u_i, the bracket of the imaginary-time form is −p_k[e_n, e_m] (a divided difference), so
/// F_nm = Σ_k A_nk A_km [P_km − P_kn]/(e_n − e_m),   P_kj = p_k(e_j) = (X Y)_kj,
/// X_ki = w_i K(u_i) e^{−u_i e_k}, Y_ij = e^{−s_i e_j}: two real d×N×d products per bath kernel and one d×d×d product per
/// bath (A (A∘P); the other term, (A∘Pᵀ) A, is its adjoint for Hermitian A), instead of one d×d×d product per node and bath.
/// Where β|e_n − e_m| &lt; <see cref="NearDegenerate"/> (including n = m) the divided difference is replaced by the mean
/// derivative, ½[Q_kn + Q_km] with Q = X Y′, Y′_ij = s_i e^{−s_i e_j} (exact for n = m; relative error ≲ (βΔ)²/12 &lt; 1e-11
/// otherwise, matched to the cancellation error ε/(βΔ) of the difference quotient just above the threshold). Every product
/// runs on the SIMD kernel (<see cref="MatrixProduct"/>).
/// </summary>
internal static class MeanForceSpectralSum
{
    /// <summary>β|e_n − e_m| below which a pair of levels is treated as degenerate (derivative form).</summary>
    public const double NearDegenerate = 1e-5;

    /// <summary>ρ_MF in the energy basis on the imaginary-time nodes u (weights w), and the number of nodes.</summary>
    public static (Matrix<Complex> State, int Nodes) EnergyBasisState(IReadOnlyList<double> energies, IReadOnlyList<Matrix<Complex>> couplings,
        IReadOnlyList<ImaginaryTimeCorrelation> kernels, double[] u, double[] w)
    {
        int d = energies.Count;
        double beta = kernels[0].InverseTemperature;
        var e = energies.Select(x => x - energies[0]).ToArray();
        var y = Matrix<double>.Build.Dense(u.Length, d, (i, j) => Math.Exp(-(beta - u[i]) * e[j]));
        var yDerivative = Matrix<double>.Build.Dense(u.Length, d, (i, j) => (beta - u[i]) * y[i, j]);
        var sums = new Dictionary<ImaginaryTimeCorrelation, (Matrix<double> P, Matrix<double> Q)>(ReferenceEqualityComparer.Instance);
        var f = Matrix<Complex>.Build.Dense(d, d);
        for (int b = 0; b < couplings.Count; b++)
        {
            if (!sums.TryGetValue(kernels[b], out var pq))
            {
                var kernel = kernels[b];
                var weights = u.Select((ui, i) => w[i] * kernel.Evaluate(ui)).ToArray();
                var x = Matrix<double>.Build.Dense(d, u.Length, (k, i) => weights[i] * Math.Exp(-u[i] * e[k]));
                pq = (MatrixProduct.Multiply(x, y), MatrixProduct.Multiply(x, yDerivative));
                sums[kernels[b]] = pq;
            }
            AddBath(f, couplings[b], pq.P, pq.Q, e, beta);
        }
        return (MeanForceExpansion.Combine(f, e, beta), u.Length);
    }

    // Near-degenerate pairs (n ≠ m, β|e_n − e_m| < NearDegenerate) above this share of all d² pairs take the derivative
    // term from one more matrix product, A (A∘Q), instead of a length-d sum per pair (many identical qubits).
    private const double DegenerateShareForProduct = 1.0 / 64;

    // F_nm += (L_nm − conj(L_mn))/(e_n − e_m), L = A (A∘P), or the derivative form ½Σ_k A_nk A_km (Q_kn + Q_km) =
    // ½(D_nm + conj(D_mn)), D = A (A∘Q), where β|e_n − e_m| < NearDegenerate. [(A∘Pᵀ) A]_nm = conj(L_mn) because A is
    // Hermitian and P real, so one product per term suffices.
    private static void AddBath(Matrix<Complex> f, Matrix<Complex> a, Matrix<double> p, Matrix<double> q, double[] e, double beta)
    {
        int d = e.Length;
        bool real = a.Enumerate().All(z => z.Imaginary == 0.0);
        var left = Product(a, p, real);
        long pairs = 0;
        for (int n = 0; n < d; n++)
            for (int m = 0; m < d; m++)
                if (n != m && beta * Math.Abs(e[n] - e[m]) < NearDegenerate)
                    pairs++;
        var derivative = pairs > DegenerateShareForProduct * d * (double)d ? Product(a, q, real) : null;
        for (int m = 0; m < d; m++)
            for (int n = 0; n < d; n++)
            {
                double gap = e[n] - e[m];
                if (beta * Math.Abs(gap) >= NearDegenerate)
                {
                    f[n, m] += (left[n + m * d] - Complex.Conjugate(left[m + n * d])) / gap;
                    continue;
                }
                if (derivative is not null)
                {
                    f[n, m] += 0.5 * (derivative[n + m * d] + Complex.Conjugate(derivative[m + n * d]));
                    continue;
                }
                Complex sum = 0.0;
                for (int k = 0; k < d; k++)
                    sum += a[n, k] * a[k, m] * (0.5 * (q[k, n] + q[k, m]));
                f[n, m] += sum;
            }
    }

    // A (A∘P) as a column-major array, on the SIMD kernel (MatrixProduct); in real arithmetic when A is real in the
    // energy basis (a real H and real couplings), a quarter of the floating-point work of the complex product.
    private static Complex[] Product(Matrix<Complex> a, Matrix<double> p, bool real)
    {
        int d = a.RowCount;
        if (real)
        {
            var ar = Matrix<double>.Build.Dense(d, d, (n, m) => a[n, m].Real);
            var apr = Matrix<double>.Build.Dense(d, d, (k, m) => ar[k, m] * p[k, m]);
            var values = MatrixProduct.Multiply(ar, apr).AsColumnMajorArray();
            return values.Select(x => new Complex(x, 0.0)).ToArray();
        }
        var ap = Matrix<Complex>.Build.Dense(d, d, (k, m) => a[k, m] * p[k, m]);
        return MatrixProduct.Multiply(a, ap).ToColumnMajorArray();
    }
}
