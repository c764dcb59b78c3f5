using OpenSystem.Dynamics;

namespace OpenSystem.Models;

/// <summary>A parsed, validated model file.</summary>
/// <param name="System">Hamiltonian, baths and jumps.</param>
/// <param name="Equation">Master equation.</param>
/// <param name="Initial">Initial state.</param>
/// <param name="Grid">Output times, or null when the file has no <c>evolution</c>.</param>
/// <param name="InitialDescription">The initial-state kind, for reports.</param>
public sealed record Model(OpenQuantumSystem System, MasterEquation Equation, DensityMatrix Initial, TimeGrid? Grid, string InitialDescription);
