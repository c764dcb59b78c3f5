using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Dynamics;

namespace OpenSystem.Analysis;

/// <summary>Single-qubit and state-distance measures.</summary>
public static class QuantumMeasures
{
    /// <summary>Local coherence C_j = |⟨X_j + iY_j⟩| = √(⟨X_j⟩² + ⟨Y_j⟩²), the l1-norm of coherence of the reduced state in the Z_j basis.</summary>
    public static double LocalCoherence(BlochVector bloch) => bloch.LocalCoherence;

    /// <summary>
    /// QFI of a qubit for phase estimation, generator σᶻ/2 (rotation about z): F_Q = x² + y² = C² for every state,
    /// pure or mixed (the rotation is orthogonal to r, so the mixed-state term vanishes; docs/physics.md §2.1 on Eq. 8).
    /// </summary>
    public static double PhaseQuantumFisherInformation(BlochVector bloch) => bloch.X * bloch.X + bloch.Y * bloch.Y;

    /// <summary>Relative entropy of coherence of a qubit, S(Δ[ρ]) − S(ρ) in nats, Δ the dephasing in the Z basis.</summary>
    public static double RelativeEntropyOfCoherence(BlochVector bloch)
    {
        double r = Math.Min(1.0, bloch.Length);
        return BinaryEntropy((1 + bloch.Z) / 2) - BinaryEntropy((1 + r) / 2);
    }

    /// <summary>Trace distance ½‖ρ − σ‖₁ of two Hermitian matrices (same basis).</summary>
    public static double TraceDistance(Matrix<Complex> rho, Matrix<Complex> sigma)
    {
        var diff = rho - sigma;
        var h = 0.5 * (diff + diff.ConjugateTranspose());
        return 0.5 * h.Evd(Symmetricity.Hermitian).EigenValues.Sum(z => Math.Abs(z.Real));
    }

    /// <summary>Trace distance of two density matrices.</summary>
    public static double TraceDistance(DensityMatrix rho, DensityMatrix sigma) => TraceDistance(rho.Matrix, sigma.Matrix);

    /// <summary>
    /// Relative entropy S(ρ‖τ) = Tr ρ ln ρ − Tr ρ ln τ (nats) to the Gibbs state with populations <paramref name="gibbs"/>,
    /// ρ given in the energy basis. Undefined (with the reason) when ρ is not a density matrix (an eigenvalue below
    /// −<see cref="Tolerances.Positivity"/>: the logarithm does not exist) or when ρ has weight outside the support of τ
    /// (T = 0: the value is +∞). Never clipped: a small negative result from rounding is reported as it is.
    /// </summary>
    public static Measured RelativeEntropyToGibbs(Matrix<Complex> rhoEigen, IReadOnlyList<double> gibbs) =>
        RelativeEntropyToGibbs(rhoEigen, gibbs, Eigenvalues(rhoEigen));

    /// <summary><see cref="RelativeEntropyToGibbs(Matrix{Complex}, IReadOnlyList{double})"/> with ρ's eigenvalues already known.</summary>
    public static Measured RelativeEntropyToGibbs(Matrix<Complex> rhoEigen, IReadOnlyList<double> gibbs, IReadOnlyList<double> eigenvalues)
    {
        ArgumentNullException.ThrowIfNull(rhoEigen);
        ArgumentNullException.ThrowIfNull(gibbs);
        ArgumentNullException.ThrowIfNull(eigenvalues);
        double min = eigenvalues.Min();
        if (min < -Tolerances.Positivity)
            return Measured.Undefined($"the state is not positive (minimum eigenvalue {min:E2}): S(rho||tau) needs ln rho");
        double s = 0;
        foreach (var z in eigenvalues)
        {
            if (z > 0)
            {
                s += z * Math.Log(z);
            }
        }
        for (int n = 0; n < gibbs.Count; n++)
        {
            double pn = rhoEigen[n, n].Real;
            if (gibbs[n] > 0)
                s -= pn * Math.Log(gibbs[n]);
            else if (Math.Abs(pn) > Tolerances.Positivity)
                return Measured.Undefined($"the state has weight {pn:E2} on level {n}, outside the support of the T = 0 Gibbs state: S(rho||tau) is infinite");
        }
        return Measured.Of(s);
    }

    /// <summary>Smallest eigenvalue of a Hermitian matrix (a density matrix loses positivity when it is negative).</summary>
    public static double MinimumEigenvalue(Matrix<Complex> rho) => Eigenvalues(rho).Min();

    /// <summary>Eigenvalues of the Hermitian part of <paramref name="rho"/>.</summary>
    public static double[] Eigenvalues(Matrix<Complex> rho)
    {
        ArgumentNullException.ThrowIfNull(rho);
        var h = 0.5 * (rho + rho.ConjugateTranspose());
        return h.Evd(Symmetricity.Hermitian).EigenValues.Select(z => z.Real).ToArray();
    }

    private static double BinaryEntropy(double p)
    {
        double s = 0;
        if (p > 0)
        {
            s -= p * Math.Log(p);
        }
        if (p < 1)
        {
            s -= (1 - p) * Math.Log(1 - p);
        }
        return s;
    }
}
