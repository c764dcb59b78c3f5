using System.Numerics;
using System.Runtime.InteropServices;
using MathNet.Numerics.LinearAlgebra;
using SimdVector = System.Numerics.Vector;

namespace OpenSystem.Dynamics;

/// <summary>
/// ρ ← e^{L Δt} ρ by Sidje's Expokit <c>expv</c> (ACM TOMS 24, 130 (1998)) with matrix-free applications of L on
/// Hermitian d × d matrices stored as flat complex vectors. Per step: Arnoldi on ρ/β (β = ‖ρ‖₂), the (m + 2)-square
/// augmented Hessenberg matrix exponentiated, the error estimated from its last two entries of the first column, the step
/// shrunk and retried when the estimate exceeds 1.2 τ tol, and the next step predicted from it. The predicted step is kept
/// across calls, so consecutive output intervals continue the same step-size sequence.
/// </summary>
internal sealed class KrylovPropagator
{
    private const int MaxRejections = 10;
    private const double Safety = 0.9;
    private const double Slack = 1.2;
    private const double MaxGrowth = 5;

    // Arnoldi stops early ("happy breakdown": the Krylov space is invariant) when the new direction is this small relative
    // to the column it came from; then the projection is exact and the whole interval is one step.
    private const double Breakdown = 1e-13;
    private readonly IGenerator _generator;
    private readonly int _m;
    private readonly double _tolerance;
    private readonly Complex[][] _basis;
    private readonly Complex[] _extra;
    private readonly double[,] _h;
    private double _predicted;

    public KrylovPropagator(IGenerator generator, int krylovDimension, double tolerance)
    {
        if (krylovDimension < 2)
            throw new ArgumentOutOfRangeException(nameof(krylovDimension), krylovDimension, "The Krylov dimension must be at least 2.");
        if (!(tolerance > 0))
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The Krylov tolerance must be positive.");
        _generator = generator;
        int n = generator.Dimension * generator.Dimension;
        _m = krylovDimension;
        _tolerance = tolerance;
        _basis = new Complex[_m + 1][];
        for (int j = 0; j <= _m; j++)
            _basis[j] = new Complex[n];
        _extra = new Complex[n];
        _h = new double[_m + 2, _m + 2];
    }

    /// <summary>Krylov steps accepted.</summary>
    public long Steps { get; private set; }

    /// <summary>Steps rejected by the error estimate and retried shorter.</summary>
    public long Rejected { get; private set; }

    /// <summary>Applications of L.</summary>
    public long Applications { get; private set; }

    /// <summary>Sum of the accepted steps' error estimates (at least ‖H‖ ε each): a bound on the 2-norm error of ρ.</summary>
    public double ErrorEstimate { get; private set; }

    /// <summary>x ← e^{L Δt} x for Δt ≥ 0; x Hermitian (column-major d × d).</summary>
    public void Advance(Complex[] x, double dt)
    {
        double now = 0;
        while (now < dt)
        {
            double beta = Norm(x);
            if (beta == 0)
                return;
            int size = Arnoldi(x, beta, out double nextNorm);
            bool happy = size < _m;
            double anorm = HessenbergNorm(size);
            if (_predicted == 0)
                _predicted = FirstStep(anorm, beta);
            double rest = dt - now;
            double step = happy ? rest : Math.Min(rest, _predicted);
            var (exp, taken, error, exponent) = Exponentiate(size, happy, step, beta, nextNorm, now);
            step = taken;
            Combine(x, exp, happy ? size : _m + 1, beta);
            Hermitize(x, _generator.Dimension);
            Steps++;
            ErrorEstimate += Math.Max(error, anorm * 2.2e-16);
            double next = error > 0 ? Safety * step * Math.Pow(step * _tolerance / error, exponent) : MaxGrowth * step;
            next = Round(Math.Min(next, MaxGrowth * step));
            bool truncated = step < _predicted && step >= rest;
            _predicted = truncated ? Math.Max(_predicted, next) : next;
            now = step >= rest ? dt : now + step;
        }
    }

    private (Matrix<double> Exp, double Step, double Error, double Exponent) Exponentiate(int size, bool happy, double step, double beta, double nextNorm, double now)
    {
        int order = happy ? size : _m + 2;
        for (int attempt = 0; ; attempt++)
        {
            var exp = MatrixExponential.Compute(Matrix<double>.Build.Dense(order, order, (i, j) => step * _h[i, j])).Exp;
            if (happy)
                return (exp, step, 0, 1.0 / _m);
            double phi1 = Math.Abs(beta * exp[_m, 0]);
            double phi2 = Math.Abs(beta * exp[_m + 1, 0] * nextNorm);
            double error;
            double exponent = 1.0 / _m;
            if (phi1 > 10 * phi2)
            {
                error = phi2;
            }
            else if (phi1 > phi2)
            {
                error = phi1 * phi2 / (phi1 - phi2);
            }
            else
            {
                error = phi1;
                exponent = 1.0 / (_m - 1);
            }
            if (error <= Slack * step * _tolerance)
                return (exp, step, error, exponent);
            if (attempt == MaxRejections)
                throw new IntegrationException($"Krylov step rejected {MaxRejections} times, {now:G6} time units into an output interval (last step {step:G4}, error estimate {error:E2} > {Slack * step * _tolerance:E2}): the tolerance {_tolerance:E1} per unit time is out of reach.", now, step, Steps);
            Rejected++;
            step = Round(Safety * step * Math.Pow(step * _tolerance / error, exponent));
        }
    }

    private int Arnoldi(Complex[] x, double beta, out double nextNorm)
    {
        Array.Clear(_h);
        StageAlgebra.Scale(D(_basis[0]), D(x), 1 / beta);
        nextNorm = 0;
        for (int j = 0; j < _m; j++)
        {
            var p = _basis[j + 1];
            Apply(_basis[j], p);
            double column = Norm(p);
            for (int i = 0; i <= j; i++)
            {
                double hij = Dot(D(_basis[i]), D(p));
                _h[i, j] = hij;
                StageAlgebra.AddScaled(D(p), D(_basis[i]), -hij);
            }
            double s = Norm(p);
            if (s <= Breakdown * Math.Max(column, 1e-300))
                return j + 1;
            _h[j + 1, j] = s;
            StageAlgebra.Scale(D(p), D(p), 1 / s);
        }
        _h[_m + 1, _m] = 1;
        Apply(_basis[_m], _extra);
        nextNorm = Norm(_extra);
        return _m;
    }

    private void Combine(Complex[] x, Matrix<double> exp, int vectors, double beta)
    {
        Array.Clear(x);
        for (int j = 0; j < vectors; j++)
            StageAlgebra.AddScaled(D(x), D(_basis[j]), beta * exp[j, 0]);
    }

    // x ← (x + x†)/2: the applications of L keep Hermiticity only to rounding, which would otherwise accumulate over
    // thousands of steps (1e-14 after 300 steps at d = 16)
    private static void Hermitize(Complex[] x, int d)
    {
        for (int b = 0; b < d; b++)
        {
            x[b + b * d] = x[b + b * d].Real;
            for (int a = b + 1; a < d; a++)
            {
                var mean = (x[a + b * d] + Complex.Conjugate(x[b + a * d])) / 2;
                x[a + b * d] = mean;
                x[b + a * d] = Complex.Conjugate(mean);
            }
        }
    }

    private void Apply(Complex[] v, Complex[] result)
    {
        _generator.Apply(v, result, hermitian: true);
        Applications++;
    }

    private double FirstStep(double anorm, double beta)
    {
        // Expokit's a priori guess from the bound ‖error‖ ≤ β (τ‖A‖)^{m+1}/(m+1)! ·4 with Stirling's (m+1)!
        double m1 = _m + 1;
        double logFact = m1 * Math.Log(m1 / Math.E) + 0.5 * Math.Log(2 * Math.PI * m1);
        double log = (logFact + Math.Log(_tolerance) - Math.Log(4 * beta * anorm)) / _m;
        return Round(Math.Exp(log) / anorm);
    }

    private double HessenbergNorm(int size)
    {
        double max = 0;
        for (int i = 0; i < size; i++)
        {
            double row = 0;
            for (int j = 0; j < size; j++)
                row += Math.Abs(_h[i, j]);
            max = Math.Max(max, row);
        }
        return Math.Max(max, 1e-300);
    }

    // two significant digits, rounded up (Expokit)
    private static double Round(double t)
    {
        double s = Math.Pow(10, Math.Floor(Math.Log10(t)) - 1);
        return Math.Ceiling(t / s) * s;
    }

    private static Span<double> D(Complex[] a) => MemoryMarshal.Cast<Complex, double>(a.AsSpan());

    private static double Norm(Complex[] a) => Math.Sqrt(Dot(D(a), D(a)));

    // Re Tr(A† B) = Σ (Re a Re b + Im a Im b): the real inner product of the Hermitian matrices
    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int w = System.Numerics.Vector<double>.Count;
        var sum = System.Numerics.Vector<double>.Zero;
        int i = 0;
        for (; i <= a.Length - w; i += w)
            sum = SimdVector.FusedMultiplyAdd(new System.Numerics.Vector<double>(a[i..]), new System.Numerics.Vector<double>(b[i..]), sum);
        double total = SimdVector.Sum(sum);
        for (; i < a.Length; i++)
            total += a[i] * b[i];
        return total;
    }
}
