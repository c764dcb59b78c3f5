using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Dynamics;

/// <summary>
/// P⁻¹ for the secular part of L: populations by the Pauli rate matrix W with its last row replaced by the trace
/// (so trace-zero residuals map to trace-zero corrections), coherences by 1/L_(ab),(ab).
/// </summary>
internal sealed class SecularPreconditioner
{
    private readonly int _d;
    private readonly Complex[] _inverseDiagonal;
    private readonly MathNet.Numerics.LinearAlgebra.Factorization.LU<double> _lu;

    public SecularPreconditioner(Complex[] diagonal, double[,] rates, double sigma, bool regularise)
    {
        _d = rates.GetLength(0);
        _inverseDiagonal = diagonal.Select(z => z.Magnitude < 1e-13 * sigma ? 1.0 / (1e-13 * sigma) : 1.0 / z).ToArray();
        var w = Matrix<double>.Build.Dense(_d, _d, (i, j) => rates[i, j]);
        if (regularise) for (int i = 0; i < _d; i++) w[i, i] -= 1e-10 * sigma;   // several closed classes: keep W invertible
        for (int j = 0; j < _d; j++) w[_d - 1, j] = 1.0;
        _lu = w.LU();
    }

    /// <summary>Secular steady state: W p = 0, Σ p = 1, no coherences.</summary>
    public Complex[] InitialGuess()
    {
        var rhs = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(_d); rhs[_d - 1] = 1;
        var p = _lu.Solve(rhs);
        var rho = new Complex[_d * _d];
        for (int a = 0; a < _d; a++) rho[a + a * _d] = p[a];
        return rho;
    }

    public void Apply(Complex[] r, Complex[] x)
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
