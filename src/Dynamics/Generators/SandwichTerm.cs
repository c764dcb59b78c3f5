using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Dynamics;

/// <summary>
/// A linear map S(ρ) whose Hermitian completion S(ρ) + S(ρ†)† is one dissipative part of a generator
/// (Redfield's Λρ A + AρΛ†, a Lindblad jump's γ LρL†). s(ab, cd) is its matrix element: S(ρ)_ab = Σ_cd s(ab, cd) ρ_cd.
/// </summary>
internal abstract class SandwichTerm
{
    /// <summary>acc += S(ρ).</summary>
    public abstract void Accumulate(Matrix<Complex> rho, Matrix<Complex> acc, Matrix<Complex> scratch, Matrix<Complex> scratch2);

    /// <summary>s(ab, cd).</summary>
    public abstract Complex Element(int a, int b, int c, int d);
}

/// <summary>S(ρ) = Σ_i X_i ρ Y_i, two matrix products per pair.</summary>
internal sealed class ProductSandwich(IReadOnlyList<(Matrix<Complex> X, Matrix<Complex> Y)> pairs) : SandwichTerm
{
    public IReadOnlyList<(Matrix<Complex> X, Matrix<Complex> Y)> Pairs { get; } = pairs;

    public override void Accumulate(Matrix<Complex> rho, Matrix<Complex> acc, Matrix<Complex> scratch, Matrix<Complex> scratch2)
    {
        foreach (var (x, y) in Pairs)
        {
            DenseOps.Multiply(rho, y, scratch);
            DenseOps.MultiplyAdd(x, scratch, acc);
        }
    }

    public override Complex Element(int a, int b, int c, int d)
    {
        Complex s = 0;
        foreach (var (x, y) in Pairs) s += x[a, c] * y[d, b];
        return s;
    }
}

/// <summary>
/// The jump part of the global secular (Davies) equation, S(ρ) = ½ Σ_k Σ_ω γ_k(ω) A_k(ω) ρ A_k(ω)†, stored as the
/// non-zero entries (a, c, A_ac) of every A_k(ω); cost Σ_ω |A(ω)|² per bath, O(d²) for a generic spectrum.
/// </summary>
internal sealed class SecularSandwich : SandwichTerm
{
    private readonly List<(double HalfRate, int[] Rows, int[] Cols, Complex[] Values)> _groups = [];
    private readonly BohrFrequencies _bohr;
    private readonly List<(Matrix<Complex> A, double[] Rate)> _baths = [];

    public SecularSandwich(BohrFrequencies bohr) => _bohr = bohr;

    public void AddBath(Matrix<Complex> a, double[] ratePerGroup)
    {
        _baths.Add((a, ratePerGroup));
        int d = _bohr.Dimension;
        double cut = 1e-14 * Math.Max(1e-300, a.Enumerate().Max(z => z.Magnitude));
        var lists = new Dictionary<int, List<(int, int, Complex)>>();
        for (int c = 0; c < d; c++)
            for (int r = 0; r < d; r++)
            {
                var v = a[r, c];
                if (v.Magnitude <= cut) continue;
                int g = _bohr.GroupOf(r, c);
                if (ratePerGroup[g] == 0.0) continue;
                if (!lists.TryGetValue(g, out var list)) lists[g] = list = [];
                list.Add((r, c, v));
            }
        foreach (var (g, list) in lists)
            _groups.Add((0.5 * ratePerGroup[g], list.Select(e => e.Item1).ToArray(), list.Select(e => e.Item2).ToArray(), list.Select(e => e.Item3).ToArray()));
    }

    public override void Accumulate(Matrix<Complex> rho, Matrix<Complex> acc, Matrix<Complex> scratch, Matrix<Complex> scratch2)
    {
        int d = _bohr.Dimension;
        var rv = DenseOps.Values(rho); var av = DenseOps.Values(acc);
        var row = new Complex[d];
        foreach (var (h, rows, cols, vals) in _groups)
        {
            int n = rows.Length;
            if (n <= 64)
            {
                for (int i = 0; i < n; i++)
                {
                    int a = rows[i], c = cols[i]; Complex v1 = h * vals[i];
                    for (int j = 0; j < n; j++)
                        av[a + rows[j] * d] += v1 * rv[c + cols[j] * d] * Complex.Conjugate(vals[j]);
                }
                continue;
            }
            // Large group: T = A(ω) ρ row by row, then T A(ω)†.
            foreach (var a in rows.Distinct())
            {
                Array.Clear(row);
                for (int i = 0; i < n; i++)
                {
                    if (rows[i] != a) continue;
                    int c = cols[i]; Complex v = h * vals[i];
                    for (int k = 0; k < d; k++) row[k] += v * rv[c + k * d];
                }
                for (int j = 0; j < n; j++) av[a + rows[j] * d] += row[cols[j]] * Complex.Conjugate(vals[j]);
            }
        }
    }

    public override Complex Element(int a, int b, int c, int d)
    {
        int g = _bohr.GroupOf(a, c);
        if (_bohr.GroupOf(b, d) != g) return 0;
        Complex s = 0;
        foreach (var (m, rate) in _baths) s += 0.5 * rate[g] * m[a, c] * Complex.Conjugate(m[b, d]);
        return s;
    }
}
