using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Dynamics;

/// <summary>What the solvers need of any <see cref="IGenerator"/> beyond its public interface.</summary>
internal static class GeneratorSupport
{
    /// <summary>
    /// The dense energy-basis form that carries the secular structure (decay rates, Pauli rate matrix): the generator
    /// itself, or the energy-basis twin of a computational-basis generator.
    /// </summary>
    public static Liouvillian Secular(IGenerator generator) => generator switch
    {
        Liouvillian l => l,
        PermutationGenerator p => p.EnergyBasisTwin(),
        _ => generator.Equation.BuildEnergyBasis(generator.System),
    };

    /// <summary>σ = max |Re L_(ab),(ab)| in the generator's own basis: the fastest decay rate, the scale of residuals.</summary>
    public static double MaxDecayRate(IGenerator generator)
    {
        int d = generator.Dimension;
        double max = 0.0;
        for (int b = 0; b < d; b++)
        {
            for (int a = 0; a < d; a++) max = Math.Max(max, Math.Abs(generator.Element(a, b, a, b).Real));
        }
        return max;
    }

    /// <summary>The real d² × d² matrix in Hermitian coordinates (cached for the dense generator).</summary>
    public static Matrix<double> RealMatrix(IGenerator generator) =>
        generator is Liouvillian l ? l.RealMatrix() : HermitianVectorisation.RealMatrix(generator);
}
