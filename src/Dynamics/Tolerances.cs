namespace OpenSystem.Dynamics;

/// <summary>Named default tolerances (read-only); every method that uses one also takes an override.</summary>
public static class Tolerances
{
    /// <summary>Relative tolerance for Hermiticity of H and bath couplings: max|A − A†| ≤ tol · max(1, max|A|).</summary>
    public const double Hermiticity = 1e-12;

    /// <summary>
    /// Relative resolution of energies: levels and Bohr frequencies closer than <see cref="EnergyResolution"/> with this
    /// factor (1e-9 of the spectral width) are one level or one frequency (secular grouping, T = 0 ground space, gaps).
    /// </summary>
    public const double BohrDegeneracy = 1e-9;

    /// <summary>Rounding floor of <see cref="EnergyResolution"/>: 64 ε (ε = 2⁻⁵² ≈ 2.2e-16) times the largest |energy|.</summary>
    public const double RoundingFloor = 64 * 2.220446049250313e-16;

    /// <summary>
    /// The energy resolution of a spectrum E_0 ≤ … ≤ E_max: <paramref name="relative"/> · (E_max − E_0) + 64 ε max(|E_0|, |E_max|),
    /// relative to the model's own energy scale (a model with every energy scaled by s groups the same levels), with a
    /// floor of a few rounding errors of the eigensolver (ε = 2.2e-16) so that exactly degenerate levels stay grouped.
    /// </summary>
    /// <param name="energies">The energies, ascending.</param>
    /// <param name="relative">Fraction of the spectral width (default <see cref="BohrDegeneracy"/>).</param>
    public static double EnergyResolution(IReadOnlyList<double> energies, double relative = BohrDegeneracy)
    {
        ArgumentNullException.ThrowIfNull(energies);
        if (energies.Count == 0)
            return 0.0;
        double width = energies[^1] - energies[0];
        double magnitude = Math.Max(Math.Abs(energies[0]), Math.Abs(energies[^1]));
        return relative * width + RoundingFloor * magnitude;
    }

    /// <summary>Density matrices built by users: |Tr ρ − 1| and Hermiticity.</summary>
    public const double State = 1e-10;

    /// <summary>Most negative eigenvalue tolerated along a trajectory before a positivity warning.</summary>
    public const double Positivity = 1e-9;
}
