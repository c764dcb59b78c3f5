using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Symmetry;

/// <summary>
/// The total-spin sectors of N spin-½ ancillas: (ℂ²)^⊗N = ⊕_j ℂ^{2j+1} ⊗ ℂ^{d_j}, j = N/2, N/2 − 1, …, (0 or ½), with
/// multiplicity d_j = C(N, N/2 − j) − C(N, N/2 − j − 1) = C(N, N/2 − j) (2j + 1)/(N/2 + j + 1), so that
/// Σ_j d_j (2j + 1) = 2^N. Sectors are labelled by 2j (an integer). Inside a sector the basis is |j, m⟩, m = j, j − 1, …, −j
/// (index j − m), with J_z|j, m⟩ = m|j, m⟩ and m = j the all-|e⟩ state (Z = +1 on |e⟩, the model-file convention).
/// </summary>
public static class SpinSectors
{
    /// <summary>The sectors of N ancillas as 2j: N, N − 2, …, N mod 2.</summary>
    /// <param name="ancillas">N ≥ 1.</param>
    public static IEnumerable<int> TwiceJ(int ancillas)
    {
        for (int twiceJ = ancillas; twiceJ >= 0; twiceJ -= 2)
            yield return twiceJ;
    }

    /// <summary>Exact multiplicity d_j = C(N, k) − C(N, k − 1), k = N/2 − j.</summary>
    /// <param name="ancillas">N ≥ 1.</param>
    /// <param name="twiceJ">2j, with N − 2j even and 0 ≤ 2j ≤ N.</param>
    /// <exception cref="ArgumentOutOfRangeException">2j not a sector of N ancillas.</exception>
    public static BigInteger Multiplicity(int ancillas, int twiceJ)
    {
        int k = Lowering(ancillas, twiceJ);
        return Binomial(ancillas, k) - (k == 0 ? BigInteger.Zero : Binomial(ancillas, k - 1));
    }

    /// <summary>
    /// ln d_j for every sector, indexed by k = N/2 − j = 0, 1, …: ln C(N, k) by the exact recursion
    /// ln C(N, k) = ln C(N, k − 1) + ln((N − k + 1)/k) (rounding error ~ k ε), then ln d_j = ln C(N, k) + ln((2j + 1)/(N/2 + j + 1)).
    /// Finite for any N (no overflow: ln d_j ≤ N ln 2).
    /// </summary>
    /// <param name="ancillas">N ≥ 1.</param>
    public static double[] LogMultiplicities(int ancillas)
    {
        if (ancillas < 1)
            throw new ArgumentOutOfRangeException(nameof(ancillas), ancillas, "At least one ancilla.");
        var log = new double[ancillas / 2 + 1];
        double logBinomial = 0;
        for (int k = 0; k < log.Length; k++)
        {
            if (k > 0)
                logBinomial += Math.Log((ancillas - k + 1.0) / k);
            int twiceJ = ancillas - 2 * k;
            log[k] = logBinomial + Math.Log((twiceJ + 1.0) / (ancillas - k + 1.0));
        }
        return log;
    }

    /// <summary>
    /// The spin-j matrix of J_α in the basis |j, m⟩, m = j … −j: J_z = diag(m), J_± |j, m⟩ = √(j(j+1) − m(m±1)) |j, m±1⟩,
    /// J_x = (J₊ + J₋)/2, J_y = (J₊ − J₋)/(2i).
    /// </summary>
    /// <param name="axis">'X', 'Y' or 'Z'.</param>
    /// <param name="twiceJ">2j ≥ 0.</param>
    public static Matrix<Complex> J(char axis, int twiceJ)
    {
        int d = twiceJ + 1;
        return Matrix<Complex>.Build.Dense(d, d, (k, k2) => Element(axis, twiceJ, k, k2));
    }

    /// <summary>
    /// ⟨j, m_k| J_α |j, m_k'⟩ with m_k = j − k: J_z = m δ, and ⟨j, m| J₊ |j, m − 1⟩ = √(j(j+1) − m(m − 1)) (zero unless |k − k'| ≤ 1).
    /// </summary>
    internal static Complex Element(char axis, int twiceJ, int k, int k2)
    {
        double j = twiceJ / 2.0;
        if (axis == 'Z')
            return k == k2 ? j - k : 0;
        if (Math.Abs(k - k2) != 1)
            return 0;
        int upper = Math.Min(k, k2);
        double mk = j - upper;
        double half = Math.Sqrt(j * (j + 1) - (mk - 1) * mk) / 2;
        // Row k = upper (m_k) from column upper + 1 is J₊/2; the transposed element is J₋/2. J_y = (J₊ − J₋)/(2i).
        if (axis == 'X')
            return half;
        return k == upper ? new Complex(0, -half) : new Complex(0, half);
    }

    private static int Lowering(int ancillas, int twiceJ)
    {
        if (ancillas < 1 || twiceJ < 0 || twiceJ > ancillas || (ancillas - twiceJ) % 2 != 0)
            throw new ArgumentOutOfRangeException(nameof(twiceJ), twiceJ, $"2j must be one of N, N - 2, ..., N mod 2 for N = {ancillas} ancillas.");
        return (ancillas - twiceJ) / 2;
    }

    private static BigInteger Binomial(int n, int k)
    {
        BigInteger c = BigInteger.One;
        for (int i = 1; i <= k; i++)
            c = c * (n - k + i) / i;
        return c;
    }
}
