using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Dynamics;

/// <summary>The Liouvillian gap and how it was obtained.</summary>
/// <param name="Value">The smallest decay rate −Re λ over the non-zero eigenvalues λ of L (units of the energies, ħ = 1).</param>
/// <param name="Method">"dense eigenvalues of L" or the secular estimate's description.</param>
public sealed record LiouvillianGap(double Value, string Method)
{
    /// <summary>
    /// The gap of <paramref name="generator"/>: from the dense eigenvalues when d ≤ <paramref name="denseMaxDimension"/>,
    /// otherwise the secular estimate (slowest non-zero mode of the Pauli rate matrix, or the slowest coherence decay
    /// −Re L_(ab),(ab), both in the energy basis), which is exact for the Davies equation when the Bohr frequencies are
    /// distinct and close to the Redfield gap at weak coupling. Rates below <see cref="Tolerances.ZeroRate"/> times the
    /// fastest decay rate count as the kernel.
    /// </summary>
    public static LiouvillianGap Of(IGenerator generator, int denseMaxDimension = 16)
    {
        ArgumentNullException.ThrowIfNull(generator);
        var secular = GeneratorSupport.Secular(generator);
        var diag = secular.Diagonal();
        double zero = Tolerances.ZeroRate * diag.Max(z => Math.Abs(z.Real));
        if (generator.Dimension <= denseMaxDimension)
        {
            var rates = generator.ToMatrix().Evd().EigenValues.Select(z => -z.Real).Where(r => r > zero).ToArray();
            return new LiouvillianGap(rates.Min(), "dense eigenvalues of L");
        }
        int d = generator.Dimension;
        var w = secular.PopulationRates();
        var pauli = Matrix<double>.Build.Dense(d, d, (i, j) => w[i, j]).Evd().EigenValues.Select(z => -z.Real).Where(r => r > zero);
        var coherences = Enumerable.Range(0, d * d).Where(i => i % d != i / d).Select(i => -diag[i].Real).Where(r => r > zero);
        return new LiouvillianGap(pauli.Concat(coherences).Min(), "secular estimate (Pauli rate matrix and coherence decay rates)");
    }
}
