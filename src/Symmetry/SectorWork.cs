using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Symmetry;

/// <summary>
/// One sector in the two passes of <see cref="SectorGibbsSweep"/>: first the energies (and, for small or complex sectors,
/// everything), then the eigenvectors of the band solver below an energy cut.
/// </summary>
internal sealed class SectorWork
{
    private double[]? _bandValues;

    private SectorWork(int twiceJ) => TwiceJ = twiceJ;

    public int TwiceJ { get; }

    public List<SectorBlocks.Spectrum> Spectra { get; } = [];

    public double MinEnergy { get; private set; }

    public double MaxEnergy { get; private set; }

    public static SectorWork Start(CollectiveModel model, int twiceJ, Matrix<Complex>[] paulis, int bandThreshold)
    {
        var w = new SectorWork(twiceJ);
        int n = (twiceJ + 1) * model.DistinguishedDimension;
        double[]? band = model.ConservesJz || n < bandThreshold ? null : SectorBlocks.RealBand(model, twiceJ);
        if (band is not null)
            w._bandValues = BandedEigen.Eigenvalues(band, n, SectorBlocks.Bandwidth(model));
        else if (model.ConservesJz)
            w.Spectra.AddRange(SectorBlocks.FixedM(model, twiceJ, paulis));
        else
            w.Spectra.Add(SectorBlocks.Dense(model, twiceJ, paulis));
        var energies = w._bandValues ?? w.Spectra.SelectMany(s => s.Energies).ToArray();
        w.MinEnergy = energies.Min();
        w.MaxEnergy = energies.Max();
        return w;
    }

    /// <summary>Eigenvectors and observables of the band sector for the energies ≤ <paramref name="cut"/> (whole clusters).</summary>
    public void Finish(CollectiveModel model, Matrix<Complex>[] paulis, double cut)
    {
        if (_bandValues is null)
            return;
        var values = _bandValues;
        double norm = Math.Max(Math.Abs(values[0]), Math.Abs(values[^1]));
        int count = 0;
        while (count < values.Length && (values[count] <= cut || (count > 0 && values[count] - values[count - 1] <= BandedEigen.ClusterGap * norm)))
            count++;
        if (count == 0)
            return;
        int dD = model.DistinguishedDimension, n = values.Length;
        var band = SectorBlocks.RealBand(model, TwiceJ)!;
        var kept = values[..count];
        var vectors = BandedEigen.Eigenvectors(band, n, SectorBlocks.Bandwidth(model), kept, norm);
        var ex = SectorBlocks.NewExpectations(paulis.Length, count);
        var realPaulis = SectorBlocks.RealParts(paulis);
        for (int c = 0; c < count; c++)
            SectorBlocks.ObserveReal(vectors[c], TwiceJ, dD, realPaulis, ex, c);
        Spectra.Add(new SectorBlocks.Spectrum(TwiceJ, kept, ex));
        _bandValues = null;
    }
}
