using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Dynamics;

namespace OpenSystem.Analysis;

/// <summary>
/// Measures states of a system in whatever basis they carry (<see cref="StateInBasis"/>): Bloch vectors through the
/// Pauli operators represented once per basis object (O(d²) per observable per state, no basis change of the state),
/// spectral quantities through one Hermitian eigendecomposition each; Gibbs comparisons in the energy basis.
/// </summary>
public sealed class StateObservables
{
    private const long PauliCacheBytes = 1L << 30;
    private readonly OpenQuantumSystem _system;
    private readonly double[]? _gibbs;
    private readonly Dictionary<IStateBasis, Matrix<Complex>[]?> _paulis = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Prepares the observables of <paramref name="system"/>; <paramref name="gibbsPopulations"/> are τ's populations on
    /// the energy levels of <see cref="OpenQuantumSystem.Basis"/> (or null: no Gibbs comparison).
    /// </summary>
    public StateObservables(OpenQuantumSystem system, double[]? gibbsPopulations)
    {
        ArgumentNullException.ThrowIfNull(system);
        _system = system;
        _gibbs = gibbsPopulations;
    }

    /// <summary>Bloch vectors of every qubit in ρ.</summary>
    public BlochVector[] Bloch(StateInBasis rho)
    {
        ArgumentNullException.ThrowIfNull(rho);
        int n = _system.Register.Count;
        var result = new BlochVector[n];
        var paulis = Paulis(rho.Basis);
        if (paulis is not null)
        {
            for (int q = 0; q < n; q++)
                result[q] = new BlochVector(Trace(paulis[3 * q], rho.Matrix), Trace(paulis[3 * q + 1], rho.Matrix), Trace(paulis[3 * q + 2], rho.Matrix));
            return result;
        }
        // the computational basis reads ⟨P⟩ in O(d) per Pauli string; other bases change basis once
        var computational = rho.Basis is ComputationalBasis
            ? DensityMatrix.FromMatrix(rho.Register, rho.Matrix, validate: false)
            : rho.ToDensityMatrix();
        for (int q = 0; q < n; q++)
        {
            result[q] = computational.Bloch(q);
        }
        return result;
    }

    /// <summary>The Gibbs state τ represented in the energy basis, or null without one.</summary>
    public StateInBasis? Gibbs =>
        _gibbs is null ? null : new StateInBasis(_system.Register, _system.Basis, Diagonal(_gibbs));

    /// <summary>Everything in <see cref="StateMeasurement"/>; <paramref name="spectral"/> false skips the eigendecompositions.</summary>
    public StateMeasurement Measure(StateInBasis rho, bool spectral = true)
    {
        ArgumentNullException.ThrowIfNull(rho);
        var bloch = Bloch(rho);
        var coherence = bloch.Select(b => b.LocalCoherence).ToArray();
        double? distance = null;
        Measured? entropy = null;
        double minEig = double.NaN;
        if (spectral)
        {
            var eigenvalues = QuantumMeasures.Eigenvalues(rho.Matrix);   // basis-independent; one decomposition for both
            minEig = eigenvalues.Min();
            if (_gibbs is not null)
            {
                var energy = rho.In(_system.Basis).Matrix;
                distance = QuantumMeasures.TraceDistance(energy, Diagonal(_gibbs));
                entropy = QuantumMeasures.RelativeEntropyToGibbs(energy, _gibbs, eigenvalues);
            }
        }
        return new StateMeasurement(bloch, coherence, distance, entropy, minEig);
    }

    private Matrix<Complex>[]? Paulis(IStateBasis basis)
    {
        if (_paulis.TryGetValue(basis, out var cached))
        {
            return cached;
        }
        int n = _system.Register.Count;
        long d = basis.Dimension;
        Matrix<Complex>[]? paulis = null;
        if (basis is not ComputationalBasis && 3L * n * d * d * 16 <= PauliCacheBytes)
        {
            paulis = new Matrix<Complex>[3 * n];
            for (int q = 0; q < n; q++)
            {
                for (int k = 0; k < 3; k++)
                {
                    paulis[3 * q + k] = basis.Represent(PauliSum.Of($"{"XYZ"[k]}{q}", 1));
                }
            }
        }
        _paulis[basis] = paulis;
        return paulis;
    }

    private static Matrix<Complex> Diagonal(double[] p) =>
        Matrix<Complex>.Build.DenseOfDiagonalArray(p.Select(x => new Complex(x, 0)).ToArray());

    private static double Trace(Matrix<Complex> o, Matrix<Complex> rho)
    {
        int d = o.RowCount;
        double s = 0;
        for (int i = 0; i < d; i++)
        {
            for (int k = 0; k < d; k++)
            {
                var a = o.At(i, k);
                var b = rho.At(k, i);
                s += a.Real * b.Real - a.Imaginary * b.Imaginary;
            }
        }
        return s;
    }
}
