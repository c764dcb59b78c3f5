using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Symmetry;

/// <summary>
/// Adding one spin ½ (the last ancilla) to a spin j₁ (the other N − 1 ancillas): j₁ ⊗ ½ = (j₁ + ½) ⊕ (j₁ − ½), with the
/// Condon–Shortley Clebsch–Gordan coefficients
/// |j₁ + ½, m⟩ = a |m − ½⟩|↑⟩ + b |m + ½⟩|↓⟩ and |j₁ − ½, m⟩ = −b |m − ½⟩|↑⟩ + a |m + ½⟩|↓⟩,
/// a = √((j₁ + m + ½)/(2j₁ + 1)), b = √((j₁ − m + ½)/(2j₁ + 1)), ↑ the spin-½ state m = +½ (Z = +1, |e⟩).
/// Coupled basis order: the 2j₁ + 2 states of j₁ + ½ (m descending), then the 2j₁ states of j₁ − ½; uncoupled index
/// 2(j₁ − m₁) + (0 for ↑, 1 for ↓). With these phases C (J⁽¹··ᴺ⁻¹⁾ + s⁽ᴺ⁾) C† = J^{(j₁+½)} ⊕ J^{(j₁−½)} in the
/// <see cref="SpinSectors.J"/> convention.
/// </summary>
internal static class SpinCoupling
{
    /// <summary>The unitary C (coupled rows × uncoupled columns) of size 2(2j₁ + 1).</summary>
    /// <param name="twiceJ1">2j₁ ≥ 0.</param>
    public static Matrix<double> Coefficients(int twiceJ1)
    {
        int size = 2 * (twiceJ1 + 1);
        var c = Matrix<double>.Build.Dense(size, size);
        double j1 = twiceJ1 / 2.0;
        for (int k = 0; k <= twiceJ1 + 1; k++)
        {
            double m = j1 + 0.5 - k;
            double a = Math.Sqrt((j1 + m + 0.5) / (twiceJ1 + 1));
            double b = Math.Sqrt((j1 - m + 0.5) / (twiceJ1 + 1));
            int up = Uncoupled(twiceJ1, m - 0.5, 0);
            int down = Uncoupled(twiceJ1, m + 0.5, 1);
            if (up >= 0)
                c[k, up] = a;
            if (down >= 0)
                c[k, down] = b;
            if (k >= twiceJ1)
                continue;
            // |j₁ − ½, m'⟩ with m' = j₁ − ½ − k, row 2j₁ + 2 + k.
            double mm = j1 - 0.5 - k;
            double am = Math.Sqrt((j1 + mm + 0.5) / (twiceJ1 + 1));
            double bm = Math.Sqrt((j1 - mm + 0.5) / (twiceJ1 + 1));
            c[twiceJ1 + 2 + k, Uncoupled(twiceJ1, mm - 0.5, 0)] = -bm;
            c[twiceJ1 + 2 + k, Uncoupled(twiceJ1, mm + 0.5, 1)] = am;
        }
        return c;
    }

    /// <summary>
    /// C (1_{2j₁+1} ⊗ s) C†: a single-spin operator <paramref name="s"/> (2 × 2, basis ↑, ↓) on the last ancilla, in the
    /// coupled basis of block j₁.
    /// </summary>
    public static Matrix<Complex> OnLastSpin(int twiceJ1, Matrix<Complex> s)
    {
        var c = Coefficients(twiceJ1).Map(x => new Complex(x, 0));
        int size = c.RowCount;
        var uncoupled = Matrix<Complex>.Build.Dense(size, size);
        for (int k = 0; k <= twiceJ1; k++)
            for (int mu = 0; mu < 2; mu++)
                for (int nu = 0; nu < 2; nu++)
                    uncoupled[2 * k + mu, 2 * k + nu] = s[mu, nu];
        return c * uncoupled * c.ConjugateTranspose();
    }

    /// <summary>J_α of the N − 1 spins plus the last one, in the uncoupled basis (for the convention test).</summary>
    public static Matrix<Complex> TotalUncoupled(int twiceJ1, char axis)
    {
        var j1 = SpinSectors.J(axis, twiceJ1);
        var half = SpinSectors.J(axis, 1);
        var one = Matrix<Complex>.Build.DenseIdentity(2);
        var oneJ = Matrix<Complex>.Build.DenseIdentity(twiceJ1 + 1);
        return j1.KroneckerProduct(one) + oneJ.KroneckerProduct(half);
    }

    private static int Uncoupled(int twiceJ1, double m1, int spin)
    {
        double k = twiceJ1 / 2.0 - m1;
        if (k < -1e-9 || k > twiceJ1 + 1e-9)
            return -1;
        return 2 * (int)Math.Round(k) + spin;
    }
}
