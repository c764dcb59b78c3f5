using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Baths;
using OpenSystem.Dynamics;

namespace OpenSystem.Analysis.Tests;

/// <summary>
/// Independent routes to the second-order mean-force state for the tests: the frequency form (a double sum over
/// levels of ∫ γ(ω)/2π times a second divided difference of e^{−βz}) and the exact reduced state of a system coupled to
/// a few discrete modes (Fock cutoff, exact diagonalisation).
/// </summary>
internal static class MeanForceReferences
{
    /// <summary>
    /// ρ_MF in the energy basis by the frequency form: (F_b)_nm = Σ_k A_nk A_km ∫ dω γ_b(ω)/(2π) f[E_n, E_m, E_k + ω],
    /// f(z) = e^{−βz}. The ω &lt; 0 half is folded onto ω &gt; 0 with f[a, b, c − v] = e^{βv} f[a + v, b + v, c], so both
    /// halves carry J(v)(n(v) + 1) = J(v)/(1 − e^{−βv}).
    /// </summary>
    public static Matrix<Complex> FrequencyForm(OpenQuantumSystem system, double temperature)
    {
        var basis = system.Basis;
        int d = basis.Dimension;
        double beta = 1 / temperature;
        var e = basis.Energies.Select(x => x - basis.Energies[0]).ToArray();
        var f = Matrix<Complex>.Build.Dense(d, d);
        foreach (var coupling in system.Couplings)
        {
            var a = system.InEnergyBasis(coupling.Operator);
            var j = coupling.Bath.SpectralDensity;
            double Weight(double v) => v <= 0 ? temperature * j.LowFrequencySlope : j.Evaluate(v) / -BoseEinstein.ExpM1(-beta * v);
            double upper = 80 * Math.Max(j.Scale, temperature);
            var cache = new Dictionary<(int, int, int), double>();
            for (int n = 0; n < d; n++)
                for (int m = 0; m < d; m++)
                    for (int k = 0; k < d; k++)
                    {
                        var key = (Math.Min(n, m), Math.Max(n, m), k);
                        if (!cache.TryGetValue(key, out double phi))
                        {
                            double en = e[n], em = e[m], ek = e[k];
                            double G(double v) => Weight(v) * (DividedDifference(beta, en, em, ek + v) + DividedDifference(beta, en + v, em + v, ek));
                            phi = GaussKronrod.Integrate(G, 0, j.Scale, 1e-13) + GaussKronrod.Integrate(G, j.Scale, upper, 1e-13);
                            cache[key] = phi;
                        }
                        f[n, m] += a[n, k] * a[k, m] * phi;
                    }
        }
        var p = e.Select(x => Math.Exp(-beta * x)).ToArray();
        double z = p.Sum();
        Complex trace = 0;
        for (int n = 0; n < d; n++) trace += f[n, n];
        var rho = f / z;
        for (int n = 0; n < d; n++) rho[n, n] += p[n] / z * (1 - trace / z);
        return rho;
    }

    /// <summary>
    /// f[x0, x1, x2] for f(z) = e^{−βz}, x_i ≥ 0, as β² times the (0, 2) entry of exp of the bidiagonal matrix with
    /// diagonal −βx_i and unit superdiagonal (scaling and squaring; every squared matrix is entrywise non-negative, so
    /// coincident points lose no accuracy).
    /// </summary>
    public static double DividedDifference(double beta, double x0, double x1, double x2)
    {
        double[] lambda = [-beta * x0, -beta * x1, -beta * x2];
        double norm = lambda.Max(Math.Abs) + 1;
        int s = Math.Max(0, (int)Math.Ceiling(Math.Log2(norm / 0.25)));
        double scale = Math.Pow(2, -s);
        var m = new double[3, 3];
        for (int i = 0; i < 3; i++) m[i, i] = lambda[i] * scale;
        m[0, 1] = scale;
        m[1, 2] = scale;
        var result = new double[3, 3] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } };
        var term = (double[,])result.Clone();
        for (int order = 1; order <= 20; order++)
        {
            term = Multiply(term, m);
            for (int r = 0; r < 3; r++)
                for (int c = 0; c < 3; c++)
                {
                    term[r, c] /= order;
                    result[r, c] += term[r, c];
                }
        }
        for (int i = 0; i < s; i++) result = Multiply(result, result);
        return beta * beta * result[0, 2];
    }

    /// <summary>
    /// Exact Tr_B e^{−βH}/Z for H = H_S + Σ_k ω_k b_k†b_k + A ⊗ Σ_k g_k(b_k + b_k†), each mode truncated to
    /// <paramref name="fock"/> + 1 levels; the system is the left Kronecker factor. Returned in the computational basis.
    /// </summary>
    public static Matrix<Complex> ExactReducedState(OpenQuantumSystem system, PauliSum coupling, double[] frequencies, double[] couplings,
        double temperature, int fock)
    {
        int ds = system.Register.Dimension;
        int levels = fock + 1;
        var hs = system.Hamiltonian.ToMatrix(system.Register);
        var a = coupling.ToMatrix(system.Register);
        var lower = Matrix<Complex>.Build.Dense(levels, levels);
        for (int q = 1; q < levels; q++) lower[q - 1, q] = Math.Sqrt(q);
        var number = Matrix<Complex>.Build.DenseOfDiagonalArray(Enumerable.Range(0, levels).Select(q => new Complex(q, 0)).ToArray());
        var position = lower + lower.ConjugateTranspose();
        int modes = frequencies.Length;
        int db = (int)Math.Pow(levels, modes);
        Matrix<Complex> ModeOperator(Matrix<Complex> op, int mode)
        {
            Matrix<Complex> result = Matrix<Complex>.Build.DenseIdentity(1);
            for (int k = 0; k < modes; k++) result = result.KroneckerProduct(k == mode ? op : Matrix<Complex>.Build.DenseIdentity(levels));
            return result;
        }
        var hb = Matrix<Complex>.Build.Dense(db, db);
        var bOp = Matrix<Complex>.Build.Dense(db, db);
        for (int k = 0; k < modes; k++)
        {
            hb += frequencies[k] * ModeOperator(number, k);
            bOp += couplings[k] * ModeOperator(position, k);
        }
        var h = hs.KroneckerProduct(Matrix<Complex>.Build.DenseIdentity(db)) + Matrix<Complex>.Build.DenseIdentity(ds).KroneckerProduct(hb) + a.KroneckerProduct(bOp);
        var evd = (0.5 * (h + h.ConjugateTranspose())).Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Hermitian);
        var energies = evd.EigenValues.Select(z => z.Real).ToArray();
        double e0 = energies.Min();
        var weights = energies.Select(x => new Complex(Math.Exp(-(x - e0) / temperature), 0)).ToArray();
        var v = evd.EigenVectors;
        var full = v * Matrix<Complex>.Build.DenseOfDiagonalArray(weights) * v.ConjugateTranspose();
        var reduced = Matrix<Complex>.Build.Dense(ds, ds);
        for (int i = 0; i < ds; i++)
            for (int j = 0; j < ds; j++)
                for (int b = 0; b < db; b++)
                    reduced[i, j] += full[i * db + b, j * db + b];
        Complex trace = 0;
        for (int i = 0; i < ds; i++) trace += reduced[i, i];
        return reduced / trace;
    }

    private static double[,] Multiply(double[,] x, double[,] y)
    {
        var r = new double[3, 3];
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++)
                for (int k = 0; k < 3; k++)
                    r[i, j] += x[i, k] * y[k, j];
        return r;
    }
}
