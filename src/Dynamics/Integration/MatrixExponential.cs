using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Dynamics;

/// <summary>
/// e^A of a dense real matrix by scaling and squaring with a degree-18 Taylor polynomial evaluated Paterson–Stockmeyer
/// style (Higham, Functions of Matrices, 10.3): A is scaled by 2^{-s} so that ‖A‖₁ ≤ 1, where the truncation error is
/// below 1/19! ≈ 8e-18, then squared s times.
/// </summary>
internal static class MatrixExponential
{
    public static (Matrix<double> Exp, int Squarings) Compute(Matrix<double> a)
    {
        double norm = a.L1Norm();
        int s = norm <= 1 ? 0 : (int)Math.Ceiling(Math.Log2(norm));
        var x = a / Math.Pow(2, s);
        int n = a.RowCount;
        var id = Matrix<double>.Build.DenseIdentity(n);
        // Σ_{k=0}^{18} X^k/k! = P0 + X^6 (P1 + X^6 (P2 + X^6 P3)), blocks of degree < 6 in X
        var powers = new Matrix<double>[7];
        powers[0] = id; powers[1] = x;
        for (int k = 2; k <= 6; k++) powers[k] = DenseOps.MultiplyReal(powers[k - 1], x);
        double Coefficient(int k) { double c = 1; for (int i = 2; i <= k; i++) c /= i; return c; }
        var pv = powers.Select(p => p.AsColumnMajorArray() ?? p.ToColumnMajorArray()).ToArray();
        Matrix<double> Block(int start, Matrix<double>? add = null)
        {
            // Σ_k c_{start+k} X^k (+ add), assembled on the raw arrays (MathNet's operators allocate per term)
            var b = add is null ? new double[n * n] : add.AsColumnMajorArray() ?? add.ToColumnMajorArray();
            for (int k = 0; k < 6 && start + k <= 18; k++)
            {
                double c = Coefficient(start + k); var src = pv[k];
                for (int i = 0; i < b.Length; i++) b[i] += c * src[i];
            }
            return Matrix<double>.Build.Dense(n, n, b);
        }
        var result = Block(18);   // degree 18 only (X^0 term of the last block)
        foreach (int start in new[] { 12, 6, 0 }) result = Block(start, DenseOps.MultiplyReal(powers[6], result));
        for (int i = 0; i < s; i++) result = DenseOps.MultiplyReal(result, result);
        return (result, s);
    }
}
