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
/// (levels within <see cref="Tolerances.Degeneracy"/> of E_min, possibly in several sectors, each counted d_j times).
/// Units ħ = k_B = 1; Z = +1 on |e⟩.
/// </summary>
public sealed class SectorGibbsSweep
{
    private readonly double[] _energies;
    private readonly double[] _logMultiplicity;
    private readonly double[][] _expectations;   // [observable][state]: Paulis on the distinguished part (1..4^nD − 1), then J_x, J_y, J_z
    private readonly Matrix<Complex>[] _paulis;
    private readonly double _groundTolerance;
    private readonly HashSet<double>? _temperatures;

    /// <summary>
    /// Diagonalises every sector of <paramref name="model"/> (in parallel over sectors). Real sectors of dimension ≥ 48 use
    /// a band solver (O(n² b) eigenvalues, O(n b²) per eigenvector); the others a dense one. With
    /// <paramref name="temperatures"/> given, eigenvectors are computed only for the eigenstates whose Boltzmann weight
    /// relative to the largest one is above e^{−60} at one of those temperatures (whole clusters of close levels are
    /// kept together), and <see cref="At"/> accepts only those temperatures: the states left out change no mean by more
    /// than (number of states) × e^{−60} ≈ 1e-20 of it.
    /// </summary>
    /// <param name="model">H in collective form.</param>
    /// <param name="temperatures">The temperatures the sweep will be asked for (T ≥ 0, finite), or null for any.</param>
    /// <exception cref="ArgumentOutOfRangeException">A temperature negative or not finite.</exception>
    public SectorGibbsSweep(CollectiveModel model, IReadOnlyList<double>? temperatures = null)
        : this(model, temperatures, SectorBlocks.BandThreshold)
    {
    }

    /// <summary>As the public constructor, with the smallest sector dimension sent to the band solver (tests force either solver).</summary>
    internal SectorGibbsSweep(CollectiveModel model, IReadOnlyList<double>? temperatures, int bandThreshold)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (temperatures is not null)
            foreach (double t in temperatures)
                RequireTemperature(t, nameof(temperatures));
        Model = model;
        _temperatures = temperatures?.ToHashSet();
        _paulis = SectorBlocks.DistinguishedPaulis(model.Distinguished.Count);
        var sectors = SpinSectors.TwiceJ(model.AncillaCount).ToArray();
        var logD = SpinSectors.LogMultiplicities(model.AncillaCount);
        var work = new SectorWork[sectors.Length];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, sectors.Length, options, i => work[i] = SectorWork.Start(model, sectors[i], _paulis, bandThreshold));
        double eMin = work.Min(w => w.MinEnergy), eMax = work.Max(w => w.MaxEnergy);
        _groundTolerance = Tolerances.Degeneracy([eMin, eMax]);
        var cut = temperatures is null
            ? work.Select(_ => double.PositiveInfinity).ToArray()
            : EnergyCuts(work, logD, temperatures, eMin, _groundTolerance);
        Parallel.For(0, sectors.Length, options, i => work[i].Finish(model, _paulis, cut[i]));
        var all = work.SelectMany(w => w.Spectra).ToArray();
        _energies = all.SelectMany(s => s.Energies).ToArray();
        _logMultiplicity = all.SelectMany(s => Enumerable.Repeat(logD[(model.AncillaCount - s.TwiceJ) / 2], s.Energies.Length)).ToArray();
        int observables = _paulis.Length - 1 + 3;
        _expectations = new double[observables][];
        for (int o = 0; o < observables; o++)
            _expectations[o] = all.SelectMany(s => s.Expectations[o]).ToArray();
        GroundEnergy = eMin;
    }

    /// <summary>
    /// Per sector, the highest energy still needed: E with ln d_j − (E − E_min)/T ≥ max_s(ln d_s − (E_s − E_min)/T) − 60 for
    /// some T of the sweep (at T = 0: the ground space). The sectors come in the order 2j = N, N − 2, …, so sector i has
    /// ln d_j = logD[i].
    /// </summary>
    private static double[] EnergyCuts(SectorWork[] work, double[] logD, IReadOnlyList<double> temperatures,
        double eMin, double groundTolerance)
    {
        const double window = 60;
        var cut = new double[work.Length];
        Array.Fill(cut, double.NegativeInfinity);
        foreach (double t in temperatures)
        {
            if (t == 0)
            {
                for (int i = 0; i < work.Length; i++)
                    cut[i] = Math.Max(cut[i], eMin + groundTolerance);
                continue;
            }
            double best = work.Select((w, i) => logD[i] - (w.MinEnergy - eMin) / t).Max();
            for (int i = 0; i < work.Length; i++)
                cut[i] = Math.Max(cut[i], eMin + t * (logD[i] - best + window));
        }
        return cut;
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
    /// <exception cref="ArgumentException">The sweep was built for a list of temperatures that does not contain T.</exception>
    public SectorGibbsState At(double temperature)
    {
        RequireTemperature(temperature, nameof(temperature));
        if (_temperatures is not null && !_temperatures.Contains(temperature))
            throw new ArgumentException($"This sweep was built for {_temperatures.Count} given temperatures and kept only the states " +
                $"that matter at them; T = {temperature} is not one of them.", nameof(temperature));
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

    private static void RequireTemperature(double temperature, string paramName)
    {
        if (!(temperature >= 0) || double.IsInfinity(temperature))
            throw new ArgumentOutOfRangeException(paramName, temperature,
                "Temperature must be finite and >= 0 (k_B = 1); T = 0 is the ground space.");
    }
}
