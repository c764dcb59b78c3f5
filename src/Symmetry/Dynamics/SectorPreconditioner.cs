using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace OpenSystem.Symmetry;

/// <summary>
/// P⁻¹ for the secular part of a <see cref="PermutationInvariantGenerator"/>, in its eigen-basis flat vectors: the
/// populations of all levels (every sector) by the Pauli rate matrix W with its last row replaced by the trace Σ_a p_a
/// (so a trace-free residual gives a trace-free correction), each coherence (a, d) divided by its diagonal rate
/// −i(E_a − E_d) − K_aa − conj(K_dd).
/// </summary>
internal sealed class SectorPreconditioner
{
    private readonly PermutationInvariantGenerator _generator;
    private readonly LU<double> _lu;
    private readonly Complex[] _inverse;

    public SectorPreconditioner(PermutationInvariantGenerator generator, double[,] rates, double sigma)
    {
        _generator = generator;
        int levels = rates.GetLength(0);
        _lu = WithTrace(Matrix<double>.Build.Dense(levels, levels, (i, j) => rates[i, j])).LU();
        var layout = generator.Layout;
        _inverse = new Complex[layout.Length];
        for (int s = 0; s < layout.TwiceJ.Length; s++)
        {
            int n = layout.Size[s];
            for (int d = 0; d < n; d++)
                for (int a = 0; a < n; a++)
                {
                    var rate = generator.CoherenceRate(s, a, d);
                    _inverse[layout.Offset[s] + a + d * n] = rate.Magnitude < 1e-13 * sigma ? 1.0 / (1e-13 * sigma) : 1.0 / rate;
                }
        }
    }

    /// <summary>W with its last row replaced by the trace condition Σ_a p_a.</summary>
    private static Matrix<double> WithTrace(Matrix<double> w)
    {
        var m = w.Clone();
        for (int j = 0; j < m.ColumnCount; j++)
            m[m.RowCount - 1, j] = 1.0;
        return m;
    }

    /// <summary>The secular steady state: W p = 0, Σ p = 1, no coherences.</summary>
    /// <exception cref="ArithmeticException">W is singular (several closed classes of levels).</exception>
    public Complex[] InitialGuess()
    {
        var layout = _generator.Layout;
        var rhs = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(layout.Levels);
        rhs[layout.Levels - 1] = 1;
        var p = _lu.Solve(rhs);
        if (p.Any(x => !double.IsFinite(x)))
            throw new ArithmeticException("The population rate matrix of the secular part is singular: the levels form several closed classes, so the steady state is not unique.");
        var x = new Complex[layout.Length];
        ForEachPopulation((index, level) => x[index] = p[level]);
        return x;
    }

    /// <summary>x = P⁻¹ r.</summary>
    public void Apply(Complex[] r, Complex[] x)
    {
        var layout = _generator.Layout;
        for (int i = 0; i < r.Length; i++)
            x[i] = r[i] * _inverse[i];
        var rhs = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(layout.Levels);
        ForEachPopulation((index, level) => rhs[level] = r[index].Real);
        rhs[layout.Levels - 1] = 0;
        var p = _lu.Solve(rhs);
        ForEachPopulation((index, level) => x[index] = p[level]);
    }

    private void ForEachPopulation(Action<int, int> body)
    {
        var layout = _generator.Layout;
        for (int s = 0; s < layout.TwiceJ.Length; s++)
        {
            int n = layout.Size[s];
            for (int a = 0; a < n; a++)
                body(layout.Offset[s] + a + a * n, layout.LevelOffset[s] + a);
        }
    }
}
