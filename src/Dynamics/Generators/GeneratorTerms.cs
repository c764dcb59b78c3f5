using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Complex;

namespace OpenSystem.Dynamics;

/// <summary>
/// The basis-independent part of a generator, Bρ + ρB† + Σ_s [S_s(ρ) + S_s(ρ†)†], shared by the representations:
/// B a dense matrix or weighted permutations, S_s the "sandwich" maps. Not thread-safe (scratch matrices).
/// </summary>
internal sealed class GeneratorTerms
{
    private readonly Matrix<Complex> _y;
    private readonly Matrix<Complex> _y2;
    private readonly Matrix<Complex> _s1;
    private readonly Matrix<Complex> _s2;
    private readonly Matrix<Complex> _adj;

    public GeneratorTerms(int dimension, LeftOperator? b, IReadOnlyList<SandwichTerm> terms)
    {
        Dimension = dimension;
        B = b;
        Terms = terms;
        _y = DenseOps.Zeros(dimension);
        _y2 = DenseOps.Zeros(dimension);
        _s1 = DenseOps.Zeros(dimension);
        _s2 = DenseOps.Zeros(dimension);
        _adj = DenseOps.Zeros(dimension);
    }

    public int Dimension { get; }

    public LeftOperator? B { get; }

    public IReadOnlyList<SandwichTerm> Terms { get; }

    /// <summary>Number of d × d matrix products one Hermitian application costs.</summary>
    public int ProductsPerApplication => (B is DenseLeftOperator ? 1 : 0) + Terms.Sum(t => t is ProductSandwich p ? 2 * p.Pairs.Count : 0);

    /// <summary>result = Bρ + ρB† + Σ_s [S_s(ρ) + S_s(ρ†)†] (overwrites result).</summary>
    public void Apply(Matrix<Complex> rho, Matrix<Complex> result, bool hermitian)
    {
        if (hermitian)
        {
            Accumulate(rho, _y);
            DenseOps.SumWithAdjoint(_y, result);
            return;
        }
        result.Clear();
        Accumulate(rho, _y);
        rho.ConjugateTranspose(_adj);
        Accumulate(_adj, _y2);
        DenseOps.AddScaled(_y, Complex.One, result);
        DenseOps.AddAdjoint(_y2, result);
    }

    /// <summary>∂/∂ρ_cd of the same terms at (ab).</summary>
    public Complex Element(int a, int b, int c, int d)
    {
        Complex s = 0;
        if (B is not null)
        {
            if (b == d) s += B.Element(a, c);
            if (a == c) s += Complex.Conjugate(B.Element(b, d));
        }
        foreach (var t in Terms) s += t.Element(a, b, c, d) + Complex.Conjugate(t.Element(b, a, d, c));
        return s;
    }

    /// <summary>The dense d² × d² matrix of <paramref name="generator"/>, column by column from its action on |c⟩⟨d|.</summary>
    public static Matrix<Complex> DenseMatrix(IGenerator generator)
    {
        int d = generator.Dimension;
        if (d > 64) throw new InvalidOperationException($"Dense superoperator of dimension d^2 = {d * d} is too large; use the matrix-free Apply.");
        int n = d * d;
        var m = new DenseMatrix(n, n);
        var e = DenseOps.Zeros(d);
        var r = DenseOps.Zeros(d);
        for (int dd = 0; dd < d; dd++)
        {
            for (int c = 0; c < d; c++)
            {
                e.Clear();
                e[c, dd] = 1;
                generator.Apply(e, r);
                var rv = DenseOps.Values(r);
                for (int i = 0; i < n; i++) m[i, c + dd * d] = rv[i];
            }
        }
        return m;
    }

    private void Accumulate(Matrix<Complex> rho, Matrix<Complex> y)
    {
        if (B is null) y.Clear();
        else B.Multiply(rho, y);
        foreach (var t in Terms) t.Accumulate(rho, y, _s1, _s2);
    }
}
