namespace OpenSystem.Dynamics;

/// <summary>Named default tolerances (read-only); every method that uses one also takes an override.</summary>
public static class Tolerances
{
    /// <summary>Relative tolerance for Hermiticity of H and bath couplings: max|A − A†| ≤ tol · max(1, max|A|).</summary>
    public const double Hermiticity = 1e-12;

    /// <summary>Bohr frequencies closer than this times max(1, E_max − E_min) are one frequency in the secular equation.</summary>
    public const double BohrDegeneracy = 1e-9;

    /// <summary>Density matrices built by users: |Tr ρ − 1| and Hermiticity.</summary>
    public const double State = 1e-10;

    /// <summary>Most negative eigenvalue tolerated along a trajectory before a positivity warning.</summary>
    public const double Positivity = 1e-9;
}
