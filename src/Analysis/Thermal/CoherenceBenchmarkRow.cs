using System.Globalization;

namespace OpenSystem.Analysis;

/// <summary>
/// One qubit at one temperature of <see cref="CoherenceBenchmark"/>: the local coherence C_j = √(⟨X_j⟩² + ⟨Y_j⟩²)
/// (dimensionless, in the eigenbasis of Z_j) by four routes, and their ratios. A value that cannot be computed honestly is
/// undefined with its reason, never a placeholder.
/// </summary>
/// <param name="Qubit">The qubit j.</param>
/// <param name="Temperature">The temperature T of every bath (k_B = 1, frequency units).</param>
/// <param name="Frequency">The qubit's own frequency ω_j (<see cref="EngineeredBathReference.LocalFrequency"/>), frequency units.</param>
/// <param name="Gibbs">Intra-system coherence: C_j of the Gibbs state e^{−H/T}/Z of the network's H (no bath in it).</param>
/// <param name="MeanForce">C_j of the second-order mean-force Gibbs state with the model's baths (bath-induced plus
/// intra-system; undefined at T = 0).</param>
/// <param name="Redfield">C_j of the steady state of the Bloch–Redfield equation with the Lamb shift (undefined, with the
/// solver's message, when it fails).</param>
/// <param name="Engineered">C_j of the engineered-bath reference (<see cref="EngineeredBathReference.Coherence"/>).</param>
public sealed record CoherenceBenchmarkRow(int Qubit, double Temperature, double Frequency, double Gibbs, Measured MeanForce, Measured Redfield, Measured Engineered)
{
    /// <summary>A denominator below this (absolute, dimensionless) is zero to round-off and leaves its ratio undefined.</summary>
    public const double ZeroCoherence = 1e-13;

    /// <summary>C_Gibbs / C_engineered: intra-system coherence against the engineered-bath reference (above 1: the network wins).</summary>
    public Measured GibbsToEngineered => Ratio(Measured.Of(Gibbs), "C_gibbs", Engineered, "C_engineered");

    /// <summary>C_MF / C_engineered: the network's equilibrium coherence with its baths against the engineered-bath reference.</summary>
    public Measured MeanForceToEngineered => Ratio(MeanForce, "C_mean_force", Engineered, "C_engineered");

    /// <summary>C_MF / C_Gibbs: how much the baths change the intra-system coherence at equilibrium (1 = not at all).</summary>
    public Measured MeanForceToGibbs => Ratio(MeanForce, "C_mean_force", Measured.Of(Gibbs), "C_gibbs");

    /// <summary>C_Redfield / C_MF: whether the Redfield + Lamb shift steady state reproduces the equilibrium coherence (1 = yes).</summary>
    public Measured RedfieldToMeanForce => Ratio(Redfield, "C_redfield", MeanForce, "C_mean_force");

    private static Measured Ratio(Measured numerator, string numeratorName, Measured denominator, string denominatorName)
    {
        if (numerator.Value is not double n)
        {
            return Measured.Undefined($"{numeratorName} is undefined: {numerator.Reason}");
        }
        if (denominator.Value is not double d)
        {
            return Measured.Undefined($"{denominatorName} is undefined: {denominator.Reason}");
        }
        if (Math.Abs(d) < ZeroCoherence)
        {
            string value = d.ToString("G3", CultureInfo.InvariantCulture);
            return Measured.Undefined($"{denominatorName} = {value} is zero to round-off (below {ZeroCoherence:G1})");
        }
        return Measured.Of(n / d);
    }
}
