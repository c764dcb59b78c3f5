using OpenSystem.Dynamics;

namespace OpenSystem.Symmetry;

/// <summary>
/// One temperature of <see cref="FamilyGibbs.Sweep"/>: Bloch vectors (⟨X⟩, ⟨Y⟩, ⟨Z⟩), Z = +1 on |e⟩, of the family's target,
/// its mediator (family <c>c7</c> only) and one ancilla, in the Gibbs state at <paramref name="Temperature"/>.
/// </summary>
/// <param name="Temperature">T ≥ 0 (k_B = 1).</param>
/// <param name="Target">The target's Bloch vector.</param>
/// <param name="Mediator">The mediator's Bloch vector, or null when the family has none.</param>
/// <param name="Ancilla">One ancilla's Bloch vector, (2/N)⟨J⟩.</param>
/// <param name="State">The full reduced result (distinguished density matrix, ⟨J⟩, ln Z).</param>
public sealed record FamilyGibbsPoint(double Temperature, BlochVector Target, BlochVector? Mediator, BlochVector Ancilla,
    SectorGibbsState State);
