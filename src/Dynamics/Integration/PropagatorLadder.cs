using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Dynamics;

/// <summary>
/// The powers E_k = e^{A h 2^k}, k = 0 … K, of a real matrix A with ‖A h‖₁ ≤ 1/16 and h 2^K the longest step to be taken:
/// e^{A Δt} x for any 0 ≤ Δt ≤ h 2^K as a product of at most K + 1 ladder matrices and a Taylor series for the rest.
/// </summary>
internal sealed class PropagatorLadder
{
    private const int MaxTaylorTerms = 40;

    // ‖A h‖₁ ≤ 1/16 rather than 1: four more squarings (dense products) buy about eight fewer matrix-vector products in
    // every step's Taylor remainder, which is cheaper on a log grid of 100+ steps and two starts.
    private const double RungNorm = 1.0 / 16;

    // Relative change below which a rung counts as the t → ∞ limit. Rounding of the kernel (eigenvalue-1) mode doubles
    // with every squaring, so successive rungs never agree to 1e-14 once k is large; but the decaying part of rung k is
    // the square of rung k − 1's, so a change of 1e-9 means the rung is within ~1e-18 of its limit.
    private const double ConvergedRung = 1e-9;
    private readonly Matrix<double> _a;
    private readonly Matrix<double>[] _powers;
    private readonly double[] _scratch;
    private readonly double[] _term;

    private PropagatorLadder(Matrix<double> a, double step, Matrix<double>[] powers)
    {
        _a = a;
        BaseStep = step;
        _powers = powers;
        _scratch = new double[a.RowCount];
        _term = new double[a.RowCount];
    }

    /// <summary>h: the shortest rung, ‖A h‖₁ ≤ 1/16.</summary>
    public double BaseStep { get; }

    /// <summary>The longest step the ladder covers, h 2^K.</summary>
    public double LongestStep => BaseStep * Math.Pow(2, _powers.Length - 1);

    /// <summary>K: number of squarings done.</summary>
    public int Squarings => _powers.Length - 1;

    /// <summary>Matrix–vector products done by <see cref="Advance"/> so far.</summary>
    public long Products { get; private set; }

    /// <summary>The ladder for steps up to <paramref name="longestStep"/> (&gt; 0).</summary>
    public static PropagatorLadder Create(Matrix<double> a, double longestStep)
    {
        double norm = a.L1Norm();
        double reach = norm * longestStep / RungNorm;
        int squarings = reach <= 1 ? 0 : (int)Math.Ceiling(Math.Log2(reach));
        double h = longestStep / Math.Pow(2, squarings);
        var powers = new Matrix<double>[squarings + 1];
        powers[0] = MatrixExponential.Compute(a * h).Exp;
        for (int k = 1; k <= squarings; k++)
        {
            // Once a rung no longer changes under squaring it is the limit e^{A t → ∞} (the projector on the kernel of a
            // relaxing generator): further squarings would only amplify rounding (at t ~ 1e90 it overflowed), so every
            // longer rung is that limit.
            if (k >= 2 && Converged(powers[k - 2], powers[k - 1]))
            {
                powers[k] = powers[k - 1];
                continue;
            }
            powers[k] = DenseOps.MultiplyReal(powers[k - 1], powers[k - 1]);
        }
        return new PropagatorLadder(a, h, powers);
    }

    /// <summary>x ← e^{A Δt} x for 0 ≤ Δt ≤ <see cref="LongestStep"/>.</summary>
    public void Advance(double[] x, double dt)
    {
        if (!(dt >= 0) || dt > LongestStep * (1 + 1e-12))
            throw new ArgumentOutOfRangeException(nameof(dt), dt, $"The ladder covers steps in [0, {LongestStep:G6}].");
        // the binary digits of Δt / h from the top: each rung h 2^k is a power-of-two multiple of h, so the subtraction is
        // exact and the remainder ends in [0, h) (clamped at 0 against the 1e-12 slack above)
        double rest = Math.Min(dt, LongestStep);
        for (int k = Squarings; k >= 0; k--)
        {
            double rung = BaseStep * Math.Pow(2, k);
            if (rest < rung) continue;
            Multiply(_powers[k], x);
            rest -= rung;
        }
        TaylorRemainder(x, rest);
    }

    private void Multiply(Matrix<double> p, double[] x)
    {
        DenseOps.MultiplyVector(p, x, _scratch);
        Array.Copy(_scratch, x, x.Length);
        Products++;
    }

    private void TaylorRemainder(double[] x, double delta)
    {
        // e^{A δ} x = Σ_k (A δ)^k x / k!, |δ| ‖A‖₁ ≤ 1/16: terms fall at least as 16^-k/k!, stop below rounding of the sum
        if (delta == 0) return;
        double size = MaxAbs(x);
        Array.Copy(x, _term, x.Length);
        for (int k = 1; k <= MaxTaylorTerms; k++)
        {
            DenseOps.MultiplyVector(_a, _term, _scratch);
            Products++;
            double scale = delta / k;
            double largest = 0;
            for (int i = 0; i < x.Length; i++)
            {
                double t = _scratch[i] * scale;
                _term[i] = t;
                x[i] += t;
                largest = Math.Max(largest, Math.Abs(t));
            }
            if (largest <= 1e-18 * size) return;
        }
    }

    private static bool Converged(Matrix<double> previous, Matrix<double> current)
    {
        double change = (current - previous).Enumerate().Max(Math.Abs);
        double size = current.Enumerate().Max(Math.Abs);
        return change <= ConvergedRung * size;
    }

    private static double MaxAbs(double[] x)
    {
        double m = 0;
        foreach (double v in x) m = Math.Max(m, Math.Abs(v));
        return m;
    }
}
