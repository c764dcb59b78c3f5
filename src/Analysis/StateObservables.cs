using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Dynamics;

namespace OpenSystem.Analysis;

/// <summary>What is measured on one state.</summary>
/// <param name="Bloch">[⟨X_j⟩, ⟨Y_j⟩, ⟨Z_j⟩] per qubit.</param>
/// <param name="Coherence">C_j per qubit.</param>
/// <param name="TraceDistanceToGibbs">½‖ρ − τ‖₁, null without a Gibbs state.</param>
/// <param name="RelativeEntropyToGibbs">S(ρ‖τ) in nats; null without a Gibbs state or when infinite.</param>
/// <param name="MinimumEigenvalue">Smallest eigenvalue of ρ (negative: positivity lost).</param>
public sealed record StateMeasurement(double[][] Bloch, double[] Coherence, double? TraceDistanceToGibbs, double? RelativeEntropyToGibbs, double MinimumEigenvalue);

/// <summary>
/// Measures states given in the energy basis of a system: Bloch vectors through the Pauli operators transformed once to
/// that basis (O(d²) per observable), spectral quantities through one Hermitian eigendecomposition each.
/// </summary>
public sealed class StateObservables
{
    private readonly OpenQuantumSystem _system;
    private readonly double[]? _gibbs;
    private readonly Matrix<Complex>[]? _paulis;   // X_0, Y_0, Z_0, X_1, ... in the energy basis
    private readonly bool _computational;

    /// <summary>
    /// Prepares the observables for states in the energy basis, or in the computational basis when
    /// <paramref name="computationalBasis"/> (generators of models without baths); <paramref name="gibbsPopulations"/> are
    /// τ's populations on the energy levels (or null).
    /// </summary>
    /// <exception cref="ArgumentException">A Gibbs state with computational-basis states.</exception>
    public StateObservables(OpenQuantumSystem system, double[]? gibbsPopulations, bool computationalBasis = false)
    {
        ArgumentNullException.ThrowIfNull(system);
        if (computationalBasis && gibbsPopulations is not null)
            throw new ArgumentException("Gibbs comparisons need states in the energy basis.", nameof(gibbsPopulations));
        _system = system;
        _gibbs = gibbsPopulations;
        _computational = computationalBasis;
        int n = system.Register.Count; long d = system.Register.Dimension;
        if (!computationalBasis && 3L * n * d * d * 16 <= 1L << 30)
        {
            _paulis = new Matrix<Complex>[3 * n];
            for (int q = 0; q < n; q++)
                for (int k = 0; k < 3; k++)
                    _paulis[3 * q + k] = system.InEnergyBasis(PauliSum.Of($"{"XYZ"[k]}{q}", 1));
        }
    }

    /// <summary>Bloch vectors of ρ (energy basis).</summary>
    public double[][] Bloch(Matrix<Complex> rhoEigen)
    {
        int n = _system.Register.Count;
        var result = new double[n][];
        if (_paulis is not null)
        {
            for (int q = 0; q < n; q++)
                result[q] = [Trace(_paulis[3 * q], rhoEigen), Trace(_paulis[3 * q + 1], rhoEigen), Trace(_paulis[3 * q + 2], rhoEigen)];
            return result;
        }
        var rho = DensityMatrix.FromMatrix(_system.Register, _computational ? rhoEigen : _system.Basis.FromEigen(rhoEigen), validate: false);
        for (int q = 0; q < n; q++) { var b = rho.Bloch(q); result[q] = [b.X, b.Y, b.Z]; }
        return result;
    }

    /// <summary>Everything in <see cref="StateMeasurement"/>; <paramref name="spectral"/> false skips the eigendecompositions.</summary>
    public StateMeasurement Measure(Matrix<Complex> rhoEigen, bool spectral = true)
    {
        var bloch = Bloch(rhoEigen);
        var coherence = bloch.Select(b => QuantumMeasures.LocalCoherence((b[0], b[1], b[2]))).ToArray();
        double? distance = null, entropy = null;
        double minEig = double.NaN;
        if (spectral)
        {
            var eigenvalues = QuantumMeasures.Eigenvalues(rhoEigen);   // one decomposition for the minimum and the entropy
            minEig = eigenvalues.Min();
            if (_gibbs is not null)
            {
                var tau = Matrix<Complex>.Build.DenseOfDiagonalArray(_gibbs.Select(p => new Complex(p, 0)).ToArray());
                distance = QuantumMeasures.TraceDistance(rhoEigen, tau);
                double s = QuantumMeasures.RelativeEntropyToGibbs(rhoEigen, _gibbs, eigenvalues);
                entropy = double.IsFinite(s) ? s : null;
            }
        }
        return new StateMeasurement(bloch, coherence, distance, entropy, minEig);
    }

    private static double Trace(Matrix<Complex> o, Matrix<Complex> rho)
    {
        int d = o.RowCount; double s = 0;
        for (int i = 0; i < d; i++)
            for (int k = 0; k < d; k++)
            {
                var a = o.At(i, k); var b = rho.At(k, i);
                s += a.Real * b.Real - a.Imaginary * b.Imaginary;
            }
        return s;
    }
}
