using OpenSystem.Dynamics;

namespace OpenSystem.Paper;

/// <summary>
/// A master-equation cross-check of an exact Gibbs curve: the steady states of the Davies equation and of Redfield
/// without the Lamb shift (σˣ Ohmic bath on every qubit, α = 1e-3, Ω = 5) at a few temperatures.
/// </summary>
/// <param name="Column">The exact column checked.</param>
/// <param name="Hamiltonian">H.</param>
/// <param name="Qubits">Number of qubits.</param>
/// <param name="Target">Qubit whose coherence is plotted.</param>
/// <param name="Squared">The column is C² (QFI) rather than C.</param>
public sealed record MasterEquationCheck(string Column, PauliSum Hamiltonian, int Qubits, int Target, bool Squared = false);
