using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Dynamics;

/// <summary>
/// P⁻¹ for the secular part of L: populations by the Pauli rate matrix W with its last row replaced by the trace
/// (so trace-zero residuals map to trace-zero corrections), coherences by 1/L_(ab),(ab). Both are taken in the energy
/// basis; for a generator that works in the computational basis, <paramref name="basis"/> conjugates in and out
/// (P⁻¹ r = V Psec⁻¹(V† r V) V†), four matrix products per application.
/// </summary>
internal sealed class SecularPreconditioner(Complex[] diagonal, double[,] rates, double sigma, bool regularise, EnergyBasis? basis = null)
{
    private readonly int _d = rates.GetLength(0);
    private readonly Complex[] _inverseDiagonal = diagonal.Select(z => z.Magnitude < 1e-13 * sigma ? 1.0 / (1e-13 * sigma) : 1.0 / z).ToArray();
    private readonly MathNet.Numerics.LinearAlgebra.Factorization.LU<double> _lu = Factor(rates, sigma, regularise);

    private static MathNet.Numerics.LinearAlgebra.Factorization.LU<double> Factor(double[,] rates, double sigma, bool regularise)
    {
        int d = rates.GetLength(0);
        var w = Matrix<double>.Build.Dense(d, d, (i, j) => rates[i, j]);
        if (regularise) for (int i = 0; i < d; i++) w[i, i] -= 1e-10 * sigma;   // several closed classes: keep W invertible
        for (int j = 0; j < d; j++) w[d - 1, j] = 1.0;
        return w.LU();
    }

    /// <summary>Secular steady state: W p = 0, Σ p = 1, no coherences.</summary>
    public Complex[] InitialGuess()
    {
        var rhs = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(_d); rhs[_d - 1] = 1;
        var p = _lu.Solve(rhs);
        var rho = new Complex[_d * _d];
        for (int a = 0; a < _d; a++) rho[a + a * _d] = p[a];
        return basis is null ? rho : DenseOps.Values(basis.FromEigen(new MathNet.Numerics.LinearAlgebra.Complex.DenseMatrix(_d, _d, rho))).ToArray();
    }

    public void Apply(Complex[] r, Complex[] x)
    {
        if (basis is null) { ApplySecular(r, x); return; }
        var inEnergy = DenseOps.Values(basis.ToEigen(new MathNet.Numerics.LinearAlgebra.Complex.DenseMatrix(_d, _d, r))).ToArray();
        var solved = new Complex[inEnergy.Length];
        ApplySecular(inEnergy, solved);
        DenseOps.Values(basis.FromEigen(new MathNet.Numerics.LinearAlgebra.Complex.DenseMatrix(_d, _d, solved))).CopyTo(x, 0);
    }

    private void ApplySecular(Complex[] r, Complex[] x)
    {
        for (int i = 0; i < r.Length; i++) x[i] = r[i] * _inverseDiagonal[i];
        var rhs = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(_d);
        double trace = 0;
        for (int a = 0; a < _d; a++) { rhs[a] = r[a + a * _d].Real; trace += rhs[a]; }
        rhs[_d - 1] = 0;   // trace-zero correction (exact for trace-zero r, which is all L ever produces)
        var p = _lu.Solve(rhs);
        for (int a = 0; a < _d; a++) x[a + a * _d] = p[a];
    }
}
