using System.Diagnostics;
using System.Numerics;

namespace OpenSystem.Dynamics;

/// <summary>Right-hand side dy/dt = f(t, y) written into <c>dydt</c>.</summary>
public delegate void RightHandSide(double t, Complex[] y, Complex[] dydt);

/// <summary>
/// Adaptive explicit Runge–Kutta of order 5 with embedded order-4 error estimate (Dormand &amp; Prince 1980; Hairer,
/// Nørsett &amp; Wanner, Solving ODEs I, II.5), FSAL, and its order-4 continuous extension for output at requested times
/// (the step size is never cut to hit an output time). Error norm: RMS of |e_i| / (atol + rtol · max(|y_i|, |y_i'|)).
/// </summary>
public sealed record DormandPrince54
{
    /// <summary>Relative tolerance (default 1e-8).</summary>
    public double RelativeTolerance { get; init; } = 1e-8;

    /// <summary>Absolute tolerance (default 1e-10).</summary>
    public double AbsoluteTolerance { get; init; } = 1e-10;

    /// <summary>Largest step (default unbounded).</summary>
    public double MaxStep { get; init; } = double.PositiveInfinity;

    /// <summary>Step budget before failing (default 10⁸).</summary>
    public long MaxSteps { get; init; } = 100_000_000;

    private const double C2 = 1.0 / 5, C3 = 3.0 / 10, C4 = 4.0 / 5, C5 = 8.0 / 9;
    private const double A21 = 1.0 / 5;
    private const double A31 = 3.0 / 40, A32 = 9.0 / 40;
    private const double A41 = 44.0 / 45, A42 = -56.0 / 15, A43 = 32.0 / 9;
    private const double A51 = 19372.0 / 6561, A52 = -25360.0 / 2187, A53 = 64448.0 / 6561, A54 = -212.0 / 729;
    private const double A61 = 9017.0 / 3168, A62 = -355.0 / 33, A63 = 46732.0 / 5247, A64 = 49.0 / 176, A65 = -5103.0 / 18656;
    private const double A71 = 35.0 / 384, A73 = 500.0 / 1113, A74 = 125.0 / 192, A75 = -2187.0 / 6784, A76 = 11.0 / 84;
    private const double E1 = 71.0 / 57600, E3 = -71.0 / 16695, E4 = 71.0 / 1920, E5 = -17253.0 / 339200, E6 = 22.0 / 525, E7 = -1.0 / 40;
    private const double D1 = -12715105075.0 / 11282082432, D3 = 87487479700.0 / 32700410799, D4 = -10690763975.0 / 1880347072,
        D5 = 701980252875.0 / 199316789632, D6 = -1453857185.0 / 822651844, D7 = 69997945.0 / 29380423;

    /// <summary>
    /// Integrates from <c>times[0]</c> through every later time, calling <paramref name="observe"/> at each output time
    /// (index, t, y; y is a scratch copy the callee may keep). Returns false from observe to stop early.
    /// </summary>
    /// <exception cref="IntegrationException">Step-size underflow, budget exhausted or non-finite state.</exception>
    public IntegratorStatistics Integrate(RightHandSide f, Complex[] y0, IReadOnlyList<double> times,
        Func<int, double, Complex[], bool> observe, CancellationToken cancellation = default) =>
        Integrate(f, y0, times, observe, y0.Length, cancellation);

    /// <summary>
    /// As above, with the error norm's RMS taken over <paramref name="normLength"/> ≥ y.Length entries, the rest being
    /// structural zeros (a state stored without its identically-zero blocks keeps the step control of the full state).
    /// </summary>
    internal IntegratorStatistics Integrate(RightHandSide f, Complex[] y0, IReadOnlyList<double> times,
        Func<int, double, Complex[], bool> observe, int normLength, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(f); ArgumentNullException.ThrowIfNull(y0); ArgumentNullException.ThrowIfNull(times);
        if (!(RelativeTolerance > 0) || !(AbsoluteTolerance > 0))
            throw new ArgumentOutOfRangeException(nameof(RelativeTolerance), "Tolerances must be > 0.");
        var clock = Stopwatch.StartNew();
        int n = y0.Length;
        var y = (Complex[])y0.Clone();
        var k1 = new Complex[n]; var k2 = new Complex[n]; var k3 = new Complex[n]; var k4 = new Complex[n];
        var k5 = new Complex[n]; var k6 = new Complex[n]; var k7 = new Complex[n];
        var yt = new Complex[n]; var ynew = new Complex[n]; var dense = new Complex[n]; var r5 = new Complex[n];
        long accepted = 0, rejected = 0, evals = 0;
        double t = times[0];
        int next = 0;
        while (next < times.Count && times[next] <= t)
        {
            if (!observe(next, times[next], (Complex[])y.Clone())) return Stats();
            next++;
        }
        if (next == times.Count) return Stats();
        f(t, y, k1); evals++;
        double tEnd = times[^1];
        double h = InitialStep(y, k1, tEnd - t, normLength);
        double errOld = 1e-4;
        bool lastRejected = false;
        while (next < times.Count)
        {
            cancellation.ThrowIfCancellationRequested();
            if (accepted + rejected >= MaxSteps)
                throw new IntegrationException($"Integration stopped after {MaxSteps} steps at t = {t:G6} of {tEnd:G6}; the step size was {h:E2}.", t, h, accepted + rejected);
            h = Math.Min(h, MaxStep);
            if (t + h > tEnd) h = tEnd - t;
            if (h < 1e-14 * Math.Max(1.0, Math.Abs(t)))
                throw new IntegrationException($"Step size underflow ({h:E2}) at t = {t:G6}: the equation is too stiff for an explicit method at these tolerances.", t, h, accepted + rejected);

            StageAlgebra.Combine(yt, y, h, [k1], [A21]); f(t + C2 * h, yt, k2);
            StageAlgebra.Combine(yt, y, h, [k1, k2], [A31, A32]); f(t + C3 * h, yt, k3);
            StageAlgebra.Combine(yt, y, h, [k1, k2, k3], [A41, A42, A43]); f(t + C4 * h, yt, k4);
            StageAlgebra.Combine(yt, y, h, [k1, k2, k3, k4], [A51, A52, A53, A54]); f(t + C5 * h, yt, k5);
            StageAlgebra.Combine(yt, y, h, [k1, k2, k3, k4, k5], [A61, A62, A63, A64, A65]); f(t + h, yt, k6);
            StageAlgebra.Combine(ynew, y, h, [k1, k3, k4, k5, k6], [A71, A73, A74, A75, A76]); f(t + h, ynew, k7);
            evals += 6;
            double e = StageAlgebra.ErrorNorm(y, ynew, h, [k1, k3, k4, k5, k6, k7], ErrorWeights, AbsoluteTolerance, RelativeTolerance, normLength);
            if (!double.IsFinite(e))
                throw new IntegrationException($"Non-finite state at t = {t:G6} (step {h:E2}).", t, h, accepted + rejected);
            if (e <= 1.0)
            {
                accepted++;
                double tNew = t + h;
                if (next < times.Count && times[next] <= tNew)
                {
                    // continuous extension coefficients (Hairer's dopri5 CONTD5)
                    StageAlgebra.Combine(r5, null, h, [k1, k3, k4, k5, k6, k7], DenseWeights);
                    while (next < times.Count && times[next] <= tNew)
                    {
                        StageAlgebra.DenseOutput(dense, y, ynew, k1, k7, r5, h, (times[next] - t) / h);
                        if (!observe(next, times[next], (Complex[])dense.Clone())) { next = times.Count; break; }
                        next++;
                    }
                }
                (y, ynew) = (ynew, y);
                (k1, k7) = (k7, k1);   // FSAL
                t = tNew;
                // PI step-size control (Hairer's β = 0.04)
                double fac = 0.9 * Math.Pow(e, -0.7 / 5) * Math.Pow(errOld, 0.04);
                fac = Math.Clamp(fac, 0.2, lastRejected ? 1.0 : 10.0);
                errOld = Math.Max(e, 1e-4);
                h *= fac;
                lastRejected = false;
            }
            else
            {
                rejected++;
                h *= Math.Max(0.2, 0.9 * Math.Pow(e, -0.2));
                lastRejected = true;
            }
        }
        return Stats();

        IntegratorStatistics Stats() => new("DormandPrince54", accepted, rejected, evals, clock.Elapsed);
    }

    private double InitialStep(Complex[] y, Complex[] f0, double span, int normLength)
    {
        double d0 = 0, d1 = 0;
        for (int i = 0; i < y.Length; i++)
        {
            double sc = AbsoluteTolerance + RelativeTolerance * y[i].Magnitude;
            d0 += Math.Pow(y[i].Magnitude / sc, 2); d1 += Math.Pow(f0[i].Magnitude / sc, 2);
        }
        d0 = Math.Sqrt(d0 / normLength); d1 = Math.Sqrt(d1 / normLength);
        double h = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : 0.01 * d0 / d1;
        return Math.Min(Math.Min(h, span), MaxStep);
    }

    private static readonly double[] ErrorWeights = [E1, E3, E4, E5, E6, E7];
    private static readonly double[] DenseWeights = [D1, D3, D4, D5, D6, D7];
}
