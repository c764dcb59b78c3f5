namespace OpenSystem.Baths;

/// <summary>
/// The trigamma function ψ′(x) = d²/dx² ln Γ(x) = Σ_{k≥0} 1/(x + k)² for real x &gt; 0 (MathNet.Numerics 5 has the
/// digamma function but no trigamma). It is the kernel of the Ohmic imaginary-time bath correlation
/// (see <see cref="ImaginaryTimeCorrelation"/>).
/// </summary>
/// <remarks>
/// Method: the recurrence ψ′(x) = ψ′(x + 1) + 1/x² lifts x to x ≥ 10, where the asymptotic series
/// ψ′(x) ≈ 1/x + 1/(2x²) + Σ_{k=1..8} B_{2k}/x^{2k+1} (B_{2k} the Bernoulli numbers) is truncated after the
/// x^{−17} term; the first omitted term is below 1e-17 relative at x = 10. Every term is positive except the
/// alternating Bernoulli tail, which is below 2e-4 of the sum, so the result is accurate to a few units in the last
/// place: relative error below 2e-15 for every x &gt; 0 (tested against ψ′(1) = π²/6, ψ′(1/2) = π²/2, the reflection
/// formula ψ′(1 − x) + ψ′(x) = π²/sin²(πx) and direct summation).
/// </remarks>
public static class Trigamma
{
    // B_{2k} for k = 1..8: 1/6, −1/30, 1/42, −1/30, 5/66, −691/2730, 7/6, −3617/510.
    private static readonly double[] Bernoulli =
        [1.0 / 6.0, -1.0 / 30.0, 1.0 / 42.0, -1.0 / 30.0, 5.0 / 66.0, -691.0 / 2730.0, 7.0 / 6.0, -3617.0 / 510.0];

    /// <summary>ψ′(x) for x &gt; 0 (relative error below 2e-15); ψ′(x) → 1/x² as x → 0⁺ and → 1/x as x → ∞.</summary>
    /// <param name="x">Argument, finite and &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">x not finite or ≤ 0 (ψ′ has poles at 0, −1, −2, …).</exception>
    public static double Evaluate(double x)
    {
        if (!(x > 0.0) || double.IsInfinity(x))
            Throw.OutOfRange(nameof(x), x, "Trigamma is implemented for finite x > 0; it has poles at x = 0, -1, -2, ...");
        double shift = 0.0;
        while (x < 10.0)
        {
            shift += 1.0 / (x * x);
            x += 1.0;
        }
        double inv = 1.0 / x;
        double inv2 = inv * inv;
        double tail = 0.0;
        for (int k = Bernoulli.Length - 1; k >= 0; k--)
            tail = (tail + Bernoulli[k]) * inv2;
        // tail = Σ B_{2k} x^{−2k}; ψ′ = 1/x + 1/(2x²) + tail/x.
        double asymptotic = inv + 0.5 * inv2 + tail * inv;
        return asymptotic + shift;
    }
}
