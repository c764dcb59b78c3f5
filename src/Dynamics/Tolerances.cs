namespace OpenSystem.Dynamics;

/// <summary>Named default tolerances (read-only); every method that uses one also takes an override.</summary>
public static class Tolerances
{
    /// <summary>Relative tolerance for Hermiticity of H and bath couplings: max|A − A†| ≤ tol · max(1, max|A|).</summary>
    public const double Hermiticity = 1e-12;

    /// <summary>
    /// Relative degeneracy tolerance: energies (and Bohr frequencies) closer than this times the model's energy scale
    /// (<see cref="EnergyScale"/>) are one level (one frequency in the secular equation).
    /// </summary>
    public const double BohrDegeneracy = 1e-9;

    /// <summary>
    /// The energy scale of a spectrum: its width E_max − E_min, or max |E| when the width is 0 (H = c I), or 0 for H = 0.
    /// Invariant in form under H → c H, so every tolerance relative to it is too.
    /// </summary>
    public static double EnergyScale(IReadOnlyList<double> energies)
    {
        ArgumentNullException.ThrowIfNull(energies);
        if (energies.Count == 0) return 0.0;
        double min = energies.Min();
        double max = energies.Max();
        double width = max - min;
        return width > 0 ? width : Math.Max(Math.Abs(min), Math.Abs(max));
    }

    /// <summary>Rounding floor of <see cref="Degeneracy"/>: 64 ε (ε = 2⁻⁵² ≈ 2.2e-16) times the largest |energy|.</summary>
    public const double RoundingFloor = 64 * 2.220446049250313e-16;

    /// <summary>
    /// The one degeneracy rule: two energies (or Bohr frequencies) of this spectrum are equal when they differ by at
    /// most <paramref name="relative"/> · <see cref="EnergyScale"/>(energies) + 64 ε max |E| (same units as the
    /// energies). The first term is relative to the model's own energy scale, so results are unchanged under H → c H,
    /// T → c T; the second is a few rounding errors of the eigensolver, so exactly degenerate levels stay grouped even
    /// with <paramref name="relative"/> = 0 or when H = c I plus a tiny term.
    /// </summary>
    public static double Degeneracy(IReadOnlyList<double> energies, double relative = BohrDegeneracy)
    {
        if (!(relative >= 0.0))
            throw new ArgumentOutOfRangeException(nameof(relative), relative, "Degeneracy tolerance must be >= 0.");
        if (energies.Count == 0)
            return 0.0;
        double magnitude = Math.Max(Math.Abs(energies.Min()), Math.Abs(energies.Max()));
        return relative * EnergyScale(energies) + RoundingFloor * magnitude;
    }

    /// <summary>Relative spacing tolerance of a uniform time grid: |Δt_i − Δt| ≤ tol · max(Δt, |t_i|).</summary>
    public const double GridUniformity = 1e-9;

    /// <summary>Decay rates below this times the fastest are treated as zero (kernel of L) when reading the gap.</summary>
    public const double ZeroRate = 1e-9;

    /// <summary>Density matrices built by users: |Tr ρ − 1| and Hermiticity.</summary>
    public const double State = 1e-10;

    /// <summary>Most negative eigenvalue tolerated along a trajectory before a positivity warning.</summary>
    public const double Positivity = 1e-9;

    /// <summary>
    /// Eigenvalues λ of the real d² × d² generator with |λ| (or |Re λ|) at most this times its norm ‖L‖₁ count as 0 (or
    /// as lying on the imaginary axis) in <see cref="LongTimeLimit"/>: a few thousand rounding errors of a dense
    /// eigensolver, so the count does not depend on how weak the coupling is, only on double precision.
    /// </summary>
    public const double KernelResolution = 1e-12;

    /// <summary>
    /// Trace distance between a computed steady state and the Gibbs state above which the result is a failure when
    /// the equation has τ as an exact stationary state (Davies, Redfield without Lamb shift) and the kernel is one-dimensional.
    /// </summary>
    public const double GibbsConsistency = 1e-7;

    /// <summary>
    /// How far a completely positive (GKLS) run may leave the physical states before it is a failure: a minimum
    /// eigenvalue below −this or a Bloch length above 1 + this (integration error at rtol 1e-8, far above rounding).
    /// </summary>
    public const double PhysicalSlack = 1e-6;
}
