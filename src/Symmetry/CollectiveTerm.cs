using OpenSystem.Dynamics;

namespace OpenSystem.Symmetry;

/// <summary>
/// One term of a Hamiltonian written in the ancillas' collective spin: c · P ⊗ F(J), with P a Pauli string on the
/// distinguished qubits (relabelled 0..n_D−1) and F one of 1 (no ancilla factor), Σ_i σ_α⁽ⁱ⁾ = 2J_α (one factor, axis α),
/// or Σ_{i&lt;k} σ_α⁽ⁱ⁾σ_β⁽ᵏ⁾ over ancilla pairs (two factors; α on the lower-numbered ancilla).
/// </summary>
/// <param name="Distinguished">P on the distinguished qubits.</param>
/// <param name="Coefficient">c (frequency units), the same for every ancilla or ancilla pair.</param>
/// <param name="AncillaAxes">The ancilla axes: empty, [α] or [α, β], each 'X', 'Y' or 'Z'.</param>
public sealed record CollectiveTerm(PauliString Distinguished, double Coefficient, IReadOnlyList<char> AncillaAxes);
