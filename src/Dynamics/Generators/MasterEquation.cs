using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace OpenSystem.Dynamics;

/// <summary>A master equation: builds the generator of a system in its energy eigenbasis. Fixed-rate jumps are always added.</summary>
public abstract record MasterEquation
{
    /// <summary>
    /// Builds the generator of <paramref name="system"/>: a <see cref="PermutationGenerator"/> (computational basis) when
    /// the system has no bath, otherwise the dense energy-basis <see cref="Liouvillian"/>.
    /// </summary>
    public IGenerator Build(OpenQuantumSystem system, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        logger ??= NullLogger.Instance;
        if (system.Couplings.Count == 0 && system.Jumps.Count == 0)
            throw new ArgumentException("The system has neither baths nor jumps, so it has no dissipation and no steady state.", nameof(system));
        var start = System.Diagnostics.Stopwatch.StartNew();
        var builder = new LiouvillianBuilder(system);
        if (system.Couplings.Count == 0)
        {
            // No bath, so nothing needs the energy basis: the equation kinds coincide and the generator stays sparse.
            var sparse = builder.BuildComputational(this);
            logger.LogInformation("Built jump-only generator in the computational basis: d = {Dimension}, {Jumps} jump(s), Pauli strings as weighted permutations, in {Seconds:F2} s",
                system.Register.Dimension, system.Jumps.Count, start.Elapsed.TotalSeconds);
            return sparse;
        }
        var l = BuildEnergyBasis(system, builder, start, logger);
        logger.LogInformation("Built {Equation} generator: d = {Dimension}, {Baths} bath(s), {Jumps} jump(s), {Products} matrix products per application, in {Seconds:F2} s",
            this, system.Register.Dimension, system.Couplings.Count, system.Jumps.Count, l.ProductsPerApplication, start.Elapsed.TotalSeconds);
        return l;
    }

    /// <summary>
    /// The dense energy-basis <see cref="Liouvillian"/> of <paramref name="system"/>, also for a model without baths
    /// (where <see cref="Build"/> returns the cheaper computational-basis generator).
    /// </summary>
    public Liouvillian BuildEnergyBasis(OpenQuantumSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        if (system.Couplings.Count == 0 && system.Jumps.Count == 0)
            throw new ArgumentException("The system has neither baths nor jumps, so it has no dissipation and no steady state.", nameof(system));
        return BuildEnergyBasis(system, new LiouvillianBuilder(system), System.Diagnostics.Stopwatch.StartNew(), NullLogger.Instance);
    }

    private Liouvillian BuildEnergyBasis(OpenQuantumSystem system, LiouvillianBuilder builder, System.Diagnostics.Stopwatch start, ILogger logger)
    {
        _ = system.Basis;
        double diagonalised = start.Elapsed.TotalSeconds;
        AddDissipators(builder, system);
        double dissipators = start.Elapsed.TotalSeconds;
        builder.AddJumps(system.Jumps);
        var l = builder.Build(this);
        logger.LogDebug("Generator stages: energy basis {Basis:F4} s, dissipators {Dissipators:F4} s, jumps and assembly {Rest:F4} s",
            diagonalised, dissipators - diagonalised, start.Elapsed.TotalSeconds - dissipators);
        return l;
    }

    private protected abstract void AddDissipators(LiouvillianBuilder builder, OpenQuantumSystem system);
}

/// <summary>
/// Global Bloch–Redfield equation in the eigenbasis of the full H, no secular approximation (docs/physics.md §3.1, R1):
/// dρ/dt = −i[H, ρ] + Σ_k (Λ_k ρ A_k + A_k ρ Λ_k† − A_k Λ_k ρ − ρ Λ_k† A_k), Λ_k = Σ_mn Γ_k(E_n − E_m) A_mn |m⟩⟨n|,
/// Γ = γ/2 + iS. Without the Lamb shift Γ = γ/2 (QuTiP 4.7's brmesolve), and the Gibbs state is an exact steady state.
/// </summary>
/// <param name="IncludeLambShift">Include the S(ω) (principal-value) parts.</param>
public sealed record Redfield(bool IncludeLambShift = true) : MasterEquation
{
    private protected override void AddDissipators(LiouvillianBuilder builder, OpenQuantumSystem system) =>
        builder.AddRedfield(IncludeLambShift);

    /// <inheritdoc />
    public override string ToString() => IncludeLambShift ? "Redfield (with Lamb shift)" : "Redfield (no Lamb shift)";
}

/// <summary>
/// Global secular (Davies) GKLS equation: dρ/dt = −i[H + H_LS, ρ] + Σ_k Σ_ω γ_k(ω)(A_k(ω) ρ A_k(ω)† − ½{A_k(ω)†A_k(ω), ρ}),
/// H_LS = Σ_k Σ_ω S_k(ω) A_k(ω)†A_k(ω), with Bohr frequencies grouped within <paramref name="DegeneracyTolerance"/>
/// (relative to the spectrum's own energy scale, <see cref="Tolerances.Degeneracy"/>); docs/physics.md §3.2.
/// </summary>
/// <param name="IncludeLambShift">Include H_LS.</param>
/// <param name="DegeneracyTolerance">Relative tolerance for equal Bohr frequencies.</param>
public sealed record GlobalLindblad(bool IncludeLambShift = true, double DegeneracyTolerance = Tolerances.BohrDegeneracy) : MasterEquation
{
    private protected override void AddDissipators(LiouvillianBuilder builder, OpenQuantumSystem system) =>
        builder.AddDavies(IncludeLambShift, DegeneracyTolerance);

    /// <inheritdoc />
    public override string ToString() => IncludeLambShift ? "global Lindblad (Davies, with Lamb shift)" : "global Lindblad (Davies, no Lamb shift)";
}

/// <summary>
/// Local GKLS equation: for each bath, jump operators A(ω) are the eigen-operators of H_loc, the part of H acting only on
/// the qubits the coupling touches (inter-qubit couplings to other qubits ignored), with rates γ(ω) and Lamb shift
/// Σ S(ω)A(ω)†A(ω); the coherent part is the full H. Kept for comparison: it does not thermalise interacting qubits.
/// </summary>
/// <param name="IncludeLambShift">Include the local Lamb-shift Hamiltonian.</param>
/// <param name="DegeneracyTolerance">Relative tolerance for equal local Bohr frequencies.</param>
public sealed record LocalLindblad(bool IncludeLambShift = true, double DegeneracyTolerance = Tolerances.BohrDegeneracy) : MasterEquation
{
    private protected override void AddDissipators(LiouvillianBuilder builder, OpenQuantumSystem system) =>
        builder.AddLocal(IncludeLambShift, DegeneracyTolerance);

    /// <inheritdoc />
    public override string ToString() => IncludeLambShift ? "local Lindblad (with Lamb shift)" : "local Lindblad (no Lamb shift)";
}
