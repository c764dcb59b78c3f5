using Complex = System.Numerics.Complex;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Analysis;
using OpenSystem.Dynamics;

namespace OpenSystem.Cli;

/// <summary>
/// Whether a time grid resolves the coherent part of a trajectory. The rule (docs/plots.md):
/// <list type="number">
/// <item>ω_max is the largest Bohr frequency |E_a − E_b| (non-degenerate levels of H_S) between which the initial state
/// has a coherence |ρ_ab| &gt; <see cref="ExcitedCoherence"/> in the energy basis: these are the frequencies at which the
/// observables oscillate. A state diagonal in the energy basis excites none (under Redfield or local equations a bath
/// can still feed coherences, at the order of the coupling; the rule ignores that small amplitude).</item>
/// <item>The coherent part is not yet damped at sample t_i while some qubit's Bloch vector is farther than
/// <see cref="SettledDeviation"/> (Euclidean) from its long-time value, at t_i or at any later sample.</item>
/// <item>The grid undersamples when some step t_{i+1} − t_i that starts at a not-yet-settled sample exceeds the Nyquist
/// spacing π/ω_max (two samples per period).</item>
/// </list>
/// </summary>
public static class TimeSampling
{
    /// <summary>
    /// A Bloch vector within 1e-3 of its long-time value counts as settled: on a plot of height 500 pixels spanning the
    /// Bloch range [−1, 1], 1e-3 is a quarter of a pixel.
    /// </summary>
    public const double SettledDeviation = 1e-3;

    /// <summary>An energy-basis coherence of the initial state above this magnitude excites its Bohr frequency.</summary>
    public const double ExcitedCoherence = 1e-8;

    /// <summary>
    /// ω_max of rule 1: the largest |E_a − E_b| over pairs of non-degenerate levels of <paramref name="system"/>'s H where
    /// <paramref name="initial"/> has |ρ_ab| &gt; <see cref="ExcitedCoherence"/>; 0 when it excites none. A pure initial
    /// state (every start the model file offers except mixed product states) costs one d × d matrix-vector product in the
    /// energy basis (|ρ_ab| = |c_a||c_b| with c = V†ψ); a mixed one the change of basis V†ρV (d³), done only up to
    /// d = <see cref="MixedStateDimension"/>; above it, any Bohr frequency counts as excited (the spectral width).
    /// </summary>
    public static double ExcitedBohrFrequency(OpenQuantumSystem system, DensityMatrix initial)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(initial);
        var basis = system.Basis;
        var energies = basis.Energies;
        Func<int, int, double> coherence;
        if (PureVector(initial.Matrix) is { } psi)
        {
            var c = basis.Vectors.ConjugateTransposeThisAndMultiply(psi);
            coherence = (a, b) => c[a].Magnitude * c[b].Magnitude;
        }
        else if (energies.Count <= MixedStateDimension)
        {
            var rho = basis.ToEigen(initial.Matrix);
            coherence = (a, b) => rho[a, b].Magnitude;
        }
        else
        {
            coherence = (_, _) => 1;
        }
        double degenerate = basis.DegeneracyTolerance;
        double max = 0;
        for (int a = 0; a < energies.Count; a++)
        {
            for (int b = a + 1; b < energies.Count; b++)
            {
                double omega = Math.Abs(energies[a] - energies[b]);
                if (omega > degenerate && omega > max && coherence(a, b) > ExcitedCoherence)
                {
                    max = omega;
                }
            }
        }
        return max;
    }

    /// <summary>Largest dimension at which a mixed initial state is transformed to the energy basis (V†ρV costs d³).</summary>
    public const int MixedStateDimension = 256;

    /// <summary>ψ with ρ = |ψ⟩⟨ψ| when ρ is pure (Tr ρ² = 1 to 1e-12), else null: the column of the largest population, normalised.</summary>
    private static Vector<Complex>? PureVector(Matrix<Complex> rho)
    {
        double purity = rho.FrobeniusNorm();
        if (Math.Abs(purity * purity - 1) > 1e-12)
        {
            return null;
        }
        int j = Enumerable.Range(0, rho.RowCount).MaxBy(i => rho[i, i].Real);
        return rho.Column(j) / Math.Sqrt(rho[j, j].Real);
    }

    /// <summary>
    /// Rules 2 and 3 for a trajectory sampled at <paramref name="times"/> (<paramref name="measurements"/>[i] at times[i]),
    /// relaxing towards <paramref name="longTime"/>, with excited frequencies up to <paramref name="bohrFrequency"/>:
    /// the first step longer than π/ω_max that starts at a not-yet-settled sample (and the widest such step), otherwise null.
    /// </summary>
    public static Undersampling? Check(IReadOnlyList<double> times, IReadOnlyList<StateMeasurement> measurements, StateMeasurement longTime, double bohrFrequency)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(measurements);
        ArgumentNullException.ThrowIfNull(longTime);
        int count = Math.Min(times.Count, measurements.Count);
        if (!(bohrFrequency > 0) || count < 2)
        {
            return null;
        }
        int settled = count;
        while (settled > 0 && Deviation(measurements[settled - 1], longTime) <= SettledDeviation)
        {
            settled--;
        }
        double nyquist = Math.PI / bohrFrequency;
        int first = -1;
        double widest = 0;
        for (int i = 0; i + 1 < count && i < settled; i++)
        {
            double step = times[i + 1] - times[i];
            if (step > nyquist)
            {
                first = first < 0 ? i : first;
                widest = Math.Max(widest, step);
            }
        }
        if (first < 0)
        {
            return null;
        }
        double? settledTime = settled < count ? times[settled] : null;
        return new Undersampling(bohrFrequency, times[first], times[first + 1] - times[first], widest, settledTime, times[count - 1]);
    }

    /// <summary>max over qubits j of |r_j − r_j^∞|: how far the qubits' Bloch vectors are from their long-time values.</summary>
    public static double Deviation(StateMeasurement state, StateMeasurement longTime)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(longTime);
        double max = 0;
        for (int j = 0; j < state.Bloch.Length; j++)
        {
            var (a, b) = (state.Bloch[j], longTime.Bloch[j]);
            double dx = a.X - b.X;
            double dy = a.Y - b.Y;
            double dz = a.Z - b.Z;
            max = Math.Max(max, Math.Sqrt(dx * dx + dy * dy + dz * dz));
        }
        return max;
    }
}
