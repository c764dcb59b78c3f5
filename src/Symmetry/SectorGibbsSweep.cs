using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Dynamics;

namespace OpenSystem.Symmetry;

/// <summary>
/// The Gibbs state τ = e^{−H/T}/Z of a distinguished part coupled identically to N identical ancillas, by total-spin
/// sectors: H = ⊕_j (H_j ⊗ 1_{d_j}) with H_j of dimension D (2j + 1) and multiplicity d_j (see <see cref="SpinSectors"/>).
/// Every sector is diagonalised once; then each temperature costs one pass over the eigenstates (E, 2j):
/// ⟨O⟩ = Σ w O_nn / Σ w with log-weights ln w = ln d_j − (E − E_min)/T summed by log-sum-exp, so that N = 1000
/// (d_j up to ~2^1000) and T → 0 neither overflow nor underflow. T = 0 is the normalised projector onto the ground space
/// (levels within <see cref="Tolerances.EnergyResolution"/> of E_min, possibly in several sectors, each counted d_j times).
/// Units ħ = k_B = 1; Z = +1 on |e⟩.
/// </summary>
public sealed class SectorGibbsSweep
{
    private readonly double[] _energies;
    private readonly double[] _logMultiplicity;
    private readonly double[][] _expectations;   // [observable][state]: Paulis on the distinguished part (1..4^nD − 1), then J_x, J_y, J_z
    private readonly Matrix<Complex>[] _paulis;
    private readonly double _groundTolerance;

    /// <summary>Diagonalises every sector of <paramref name="model"/> (in parallel over sectors).</summary>
    /// <param name="model">H in collective form.</param>
    public SectorGibbsSweep(CollectiveModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        _paulis = SectorBlocks.DistinguishedPaulis(model.Distinguished.Count);
        var sectors = SpinSectors.TwiceJ(model.AncillaCount).ToArray();
        var spectra = new SectorBlocks.Spectrum[sectors.Length][];
        // Largest sectors first: they dominate the work and balance better across cores.
        Parallel.For(0, sectors.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => spectra[i] = SectorBlocks.Diagonalise(model, sectors[i], _paulis).ToArray());
        var all = spectra.SelectMany(s => s).ToArray();
        var logD = SpinSectors.LogMultiplicities(model.AncillaCount);
        _energies = all.SelectMany(s => s.Energies).ToArray();
        _logMultiplicity = all.SelectMany(s => Enumerable.Repeat(logD[(model.AncillaCount - s.TwiceJ) / 2], s.Energies.Length)).ToArray();
        int observables = all[0].Expectations.Length;
        _expectations = new double[observables][];
        for (int o = 0; o < observables; o++)
            _expectations[o] = all.SelectMany(s => s.Expectations[o]).ToArray();
        GroundEnergy = _energies.Min();
        _groundTolerance = Tolerances.EnergyResolution([GroundEnergy, _energies.Max()]);
    }

    /// <summary>The model.</summary>
    public CollectiveModel Model { get; }

    /// <summary>Lowest energy E_min over all sectors.</summary>
    public double GroundEnergy { get; }

    /// <summary>Number of distinct eigenstates kept (Σ over sectors of D (2j + 1), not counting multiplicities).</summary>
    public int StateCount => _energies.Length;

    /// <summary>The Gibbs state's reduced quantities at temperature <paramref name="temperature"/>.</summary>
    /// <param name="temperature">T ≥ 0, finite (frequency units, k_B = 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">T negative, NaN or infinite.</exception>
    public SectorGibbsState At(double temperature)
    {
        if (!(temperature >= 0) || double.IsInfinity(temperature))
            throw new ArgumentOutOfRangeException(nameof(temperature), temperature,
                "Temperature must be finite and >= 0 (k_B = 1); T = 0 is the ground space.");
        int n = _energies.Length;
        var logW = new double[n];
        for (int s = 0; s < n; s++)
        {
            double excitation = _energies[s] - GroundEnergy;
            logW[s] = temperature == 0
                ? (excitation <= _groundTolerance ? _logMultiplicity[s] : double.NegativeInfinity)
                : _logMultiplicity[s] - excitation / temperature;
        }
        double max = logW.Max();
        var w = new double[n];
        double z = 0;
        for (int s = 0; s < n; s++)
        {
            w[s] = Math.Exp(logW[s] - max);
            z += w[s];
        }
        var means = new double[_expectations.Length];
        for (int o = 0; o < means.Length; o++)
        {
            double acc = 0;
            var e = _expectations[o];
            for (int s = 0; s < n; s++)
                acc += w[s] * e[s];
            means[o] = acc / z;
        }
        int pauliCount = _paulis.Length - 1;
        return new SectorGibbsState(temperature, Model, _paulis, means[..pauliCount], (means[pauliCount], means[pauliCount + 1], means[pauliCount + 2]),
            max + Math.Log(z) - (temperature == 0 ? 0 : GroundEnergy / temperature));
    }
}
