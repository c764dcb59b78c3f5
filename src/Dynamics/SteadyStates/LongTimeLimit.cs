using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using RealVector = MathNet.Numerics.LinearAlgebra.Vector<double>;

namespace OpenSystem.Dynamics;

/// <summary>
/// The long-time state reached from a given ρ₀, exactly, from the spectrum of the real d² × d² generator M (Hermitian
/// coordinates): with R the right and Λ the left null vectors of M (singular vectors of its smallest singular values),
/// P₀ = R (ΛᵀR)⁻¹ Λᵀ is the spectral projector on the eigenvalue 0, and lim ρ(t) = P₀ρ₀ when every other eigenvalue has
/// Re λ &lt; 0. Eigenvalues ±iω on the imaginary axis (a qubit without bath precessing for ever) are reported: ρ(t) then
/// has no limit and P₀ρ₀ is its time average. Dense: O(d⁶) work and 3 (d²)² doubles of memory, so only for
/// d ≤ <see cref="MaxDimension"/> (1024 × 1024 matrices, a few seconds).
/// </summary>
public static class LongTimeLimit
{
    /// <summary>Largest d handled (d² = 1024).</summary>
    public const int MaxDimension = 32;

    /// <summary>
    /// The kernel dimension, imaginary-axis frequencies and gap of <paramref name="generator"/> from the dense
    /// eigenvalues of its real d² × d² matrix (one nonsymmetric eigendecomposition; no state is computed).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">d &gt; <see cref="MaxDimension"/>.</exception>
    /// <exception cref="SteadyStateException">Non-finite entries, or no eigenvalue 0 (L does not preserve the trace).</exception>
    public static KernelSpectrum Spectrum(IGenerator generator)
    {
        ArgumentNullException.ThrowIfNull(generator);
        var m = RealMatrix(generator);
        return Classify(m, m.Evd().EigenValues);
    }

    /// <summary>Computes P₀ρ₀ and the kernel's structure for <paramref name="generator"/> and <paramref name="initial"/>.</summary>
    /// <param name="generator">The generator.</param>
    /// <param name="initial">ρ₀ (computational basis).</param>
    /// <param name="spectrum">Its <see cref="Spectrum"/> when already known (saves the eigendecomposition).</param>
    /// <exception cref="ArgumentOutOfRangeException">d &gt; <see cref="MaxDimension"/>.</exception>
    /// <exception cref="SteadyStateException">
    /// L has no eigenvalue 0 (not trace preserving), non-finite entries, or a non-semisimple eigenvalue 0 (ρ(t) would
    /// grow polynomially): no long-time state exists.
    /// </exception>
    public static LongTimeState Of(IGenerator generator, DensityMatrix initial, KernelSpectrum? spectrum = null)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(initial);
        int d = generator.Dimension;
        int n = d * d;
        var m = RealMatrix(generator);
        double norm = m.L1Norm();
        spectrum ??= Classify(m, m.Evd().EigenValues);
        var svd = m.Svd(computeVectors: true);
        int k = spectrum.KernelDimension;
        double kept = svd.S[n - k];
        if (kept > 1e-6 * norm)
            throw new SteadyStateException($"The eigenvalue 0 of L is not semisimple (its {k}-dimensional eigenspace has only {CountBelow(svd.S, 1e-6 * norm)} null vectors): rho(t) grows without bound and has no long-time state.", kept / norm);
        var right = Matrix<double>.Build.Dense(n, k, (i, j) => svd.VT[n - k + j, i]);
        var left = Matrix<double>.Build.Dense(n, k, (i, j) => svd.U[i, n - k + j]);
        var overlap = left.TransposeThisAndMultiply(right);
        var overlapSingular = overlap.Svd(computeVectors: false).S;
        if (overlapSingular[k - 1] < 1e-8 * overlapSingular[0])
            throw new SteadyStateException("The left and right null vectors of L do not pair up (eigenvalue 0 is not semisimple): no long-time state exists.", overlapSingular[k - 1]);
        var x0 = RealVector.Build.Dense(HermitianVectorisation.ToReal(generator.Basis.FromComputational(initial.Matrix)));
        var x = right * overlap.Solve(left.TransposeThisAndMultiply(x0));
        var rho = HermitianVectorisation.FromReal(x.ToArray(), d);
        var trace = rho.Trace();
        if (!(Math.Abs(trace.Real) > 0))
            throw new SteadyStateException("The projection of the initial state on the kernel of L has zero trace: L does not preserve the trace.", double.NaN);
        rho = rho / trace.Real;
        var image = Matrix<Complex>.Build.Dense(d, d);
        generator.Apply(rho, image, hermitian: true);
        var represented = new StateInBasis(generator.System.Register, generator.Basis, rho);
        return new LongTimeState(represented.ToDensityMatrix(), represented, spectrum, image.FrobeniusNorm());
    }

    private static Matrix<double> RealMatrix(IGenerator generator)
    {
        int d = generator.Dimension;
        if (d > MaxDimension)
            throw new ArgumentOutOfRangeException(nameof(generator), d, $"The dense kernel analysis handles d <= {MaxDimension}.");
        var m = GeneratorSupport.RealMatrix(generator);
        if (!double.IsFinite(m.L1Norm()))
            throw new SteadyStateException("The generator has non-finite entries: no long-time state can be computed (check the model's scales).", double.NaN);
        return m;
    }

    private static KernelSpectrum Classify(Matrix<double> m, MathNet.Numerics.LinearAlgebra.Vector<Complex> eigenvalues)
    {
        double resolution = Math.Max(Tolerances.KernelResolution * m.L1Norm(), double.Epsilon);
        int kernel = 0;
        double gap = double.PositiveInfinity;
        var frequencies = new List<double>();
        foreach (var lambda in eigenvalues)
        {
            bool onAxis = Math.Abs(lambda.Real) <= resolution;
            if (!onAxis)
                gap = Math.Min(gap, -lambda.Real);
            else if (Math.Abs(lambda.Imaginary) <= resolution)
                kernel++;
            else if (lambda.Imaginary > 0)
                frequencies.Add(lambda.Imaginary);
        }
        frequencies.Sort();
        var distinct = new List<double>();
        foreach (double w in frequencies)
        {
            if (distinct.Count == 0 || w - distinct[^1] > Math.Max(resolution, 1e-9 * w))
                distinct.Add(w);
        }
        if (kernel == 0)
            throw new SteadyStateException($"L has no eigenvalue 0 (none within {resolution:E1}): it does not preserve the trace, so there is no steady state.", double.NaN);
        return new KernelSpectrum(kernel, distinct, gap, resolution);
    }

    private static int CountBelow(RealVector singular, double threshold) => singular.Count(s => s <= threshold);
}
