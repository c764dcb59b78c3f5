namespace OpenSystem.Dynamics;

/// <summary>
/// Exact propagation at arbitrary output times, for log-spaced grids in particular: the real d² × d² generator L
/// (Hermitian coordinates) is exponentiated once, E₀ = e^{L h} with ‖L h‖₁ ≤ 1/16, and squared into the ladder
/// E_k = e^{L h 2^k} up to the longest step of the grid. A step Δt = m h + δ (0 ≤ δ &lt; h) is then
/// ρ ← e^{L δ} Π_{bits k of m} E_k ρ, the short remainder by a Taylor series on the vector. Exact to rounding, with a
/// cost of about log₂(‖L‖₁ Δt_max) dense products of size d², independent of how many Bohr oscillations the grid
/// spans. L is first split into its independent blocks (connected components of its non-zero pattern: for the Davies
/// equation, the populations and one small block per set of equal Bohr frequencies), each with its own ladder; the
/// ladders are kept by the solver and reused for every start evolved on the same or a shorter-stepped grid.
/// </summary>
/// <param name="MaxDimension">Largest Hilbert-space dimension d accepted (the ladder holds dense d² × d² matrices).</param>
public sealed record ExactRoute(int MaxDimension = 32) : EvolutionRoute
{
    /// <inheritdoc/>
    public override string Name => "exact";
}
