using System.Numerics;

namespace OpenSystem.Dynamics;

/// <summary>
/// Restarted, right-preconditioned GMRES over the REAL vector space of complex arrays (inner product Re Σ conj(u)v).
/// Used on Hermitian matrices, where a Hermiticity-preserving generator is a real-linear map: every operator
/// application takes the cheaper Hermitian path. Modified Gram–Schmidt, Givens rotations (Saad, Iterative Methods, 6.5).
/// </summary>
public static class Gmres
{
    /// <summary>
    /// Solves A z = b for z, starting from the <paramref name="z"/> given and updating it in place: GMRES on A M⁻¹ u = b
    /// (right preconditioning), restarted every <paramref name="restart"/> steps, z += M⁻¹ u after each cycle. Stops when
    /// ‖b − A z‖ ≤ <paramref name="tolerance"/> ‖b‖ (Euclidean norm over the real and imaginary parts), when
    /// <paramref name="maxIterations"/> inner steps are spent, or when a whole cycle reduces the residual by less than 0.1 %.
    /// </summary>
    /// <param name="apply">y = A x (must be real-linear).</param>
    /// <param name="precondition">y = M⁻¹ x, an approximate inverse of A (real-linear).</param>
    /// <param name="b">Right-hand side (not modified).</param>
    /// <param name="z">Initial guess on entry, solution on exit (same length as b).</param>
    /// <param name="tolerance">Relative residual goal.</param>
    /// <param name="restart">Krylov dimension of one cycle (≥ 1).</param>
    /// <param name="maxIterations">Budget of inner steps (operator applications) over all cycles.</param>
    /// <param name="iterationDone">Called after every inner step with the iteration count and the current relative
    /// residual estimate (for progress displays); null for none.</param>
    /// <returns>The inner steps taken and the final relative residual ‖b − A z‖/‖b‖ (0 when b = 0).</returns>
    public static (int Iterations, double RelativeResidual) Solve(Action<Complex[], Complex[]> apply, Action<Complex[], Complex[]> precondition,
        Complex[] b, Complex[] z, double tolerance, int restart, int maxIterations, Action<int, double>? iterationDone = null)
    {
        int n = b.Length;
        double bnorm = Norm(b);
        if (bnorm == 0) return (0, 0);
        var r = new Complex[n]; var w = new Complex[n]; var tmp = new Complex[n];
        var v = new Complex[restart + 1][];
        for (int i = 0; i <= restart; i++) v[i] = new Complex[n];
        var h = new double[restart + 1, restart];
        var cs = new double[restart]; var sn = new double[restart]; var g = new double[restart + 1];
        int total = 0;
        Residual(apply, precondition, b, z, r, tmp);
        double rel = Norm(r) / bnorm;
        while (rel > tolerance && total < maxIterations)
        {
            double beta = Norm(r);
            for (int i = 0; i < n; i++) v[0][i] = r[i] / beta;
            Array.Clear(g); g[0] = beta;
            int j = 0;
            for (; j < restart && total < maxIterations; j++, total++)
            {
                precondition(v[j], tmp);
                apply(tmp, w);
                for (int i = 0; i <= j; i++)
                {
                    double hij = Dot(v[i], w);
                    h[i, j] = hij;
                    for (int k = 0; k < n; k++) w[k] -= hij * v[i][k];
                }
                double hn = Norm(w);
                h[j + 1, j] = hn;
                if (hn > 0) for (int k = 0; k < n; k++) v[j + 1][k] = w[k] / hn;
                for (int i = 0; i < j; i++)
                {
                    double a = h[i, j], c = h[i + 1, j];
                    h[i, j] = cs[i] * a + sn[i] * c;
                    h[i + 1, j] = -sn[i] * a + cs[i] * c;
                }
                double den = Math.Sqrt(h[j, j] * h[j, j] + h[j + 1, j] * h[j + 1, j]);
                cs[j] = den == 0 ? 1 : h[j, j] / den; sn[j] = den == 0 ? 0 : h[j + 1, j] / den;
                h[j, j] = den; h[j + 1, j] = 0;
                g[j + 1] = -sn[j] * g[j]; g[j] = cs[j] * g[j];
                iterationDone?.Invoke(total + 1, Math.Abs(g[j + 1]) / bnorm);
                if (Math.Abs(g[j + 1]) <= tolerance * bnorm || hn == 0) { j++; total++; break; }
            }
            var y = new double[j];
            for (int i = j - 1; i >= 0; i--)
            {
                double s = g[i];
                for (int k = i + 1; k < j; k++) s -= h[i, k] * y[k];
                y[i] = h[i, i] == 0 ? 0 : s / h[i, i];
            }
            Array.Clear(w);
            for (int i = 0; i < j; i++) for (int k = 0; k < n; k++) w[k] += y[i] * v[i][k];
            precondition(w, tmp);
            for (int k = 0; k < n; k++) z[k] += tmp[k];
            Residual(apply, precondition, b, z, r, tmp);
            double newRel = Norm(r) / bnorm;
            bool stagnated = newRel > 0.999 * rel;   // a whole restart cycle that gained nothing: round-off floor or no convergence
            rel = newRel;
            if (stagnated) break;
        }
        return (total, rel);
    }

    private static void Residual(Action<Complex[], Complex[]> apply, Action<Complex[], Complex[]> precondition, Complex[] b, Complex[] z, Complex[] r, Complex[] tmp)
    {
        apply(z, tmp);
        for (int i = 0; i < b.Length; i++) r[i] = b[i] - tmp[i];
    }

    private static double Dot(Complex[] u, Complex[] v)
    {
        double s = 0;
        for (int i = 0; i < u.Length; i++) s += u[i].Real * v[i].Real + u[i].Imaginary * v[i].Imaginary;
        return s;
    }

    private static double Norm(Complex[] u) => Math.Sqrt(Dot(u, u));
}
