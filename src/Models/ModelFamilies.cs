using OpenSystem.Dynamics;

namespace OpenSystem.Models;

/// <summary>
/// The model families a model file may name instead of <c>qubits</c> + <c>hamiltonian</c>:
/// <c>"family": {"name": NAME, "ancillas": N, ...parameters}</c>. Every parameter is required (no defaults), a number
/// with a unit (frequency); N sources ("ancillas") are identical. The Hamiltonians are those of
/// <see cref="FamilyHamiltonians"/> (Kolář &amp; Filip, factors ½, Z = +1 on |e⟩); the qubit count is derived from N.
/// <list type="bullet">
/// <item><c>c4</c> (Eq. C4, indirect generation on a target through N ancillas), qubits N + 1, target = qubit 0,
/// ancillas = qubits 1..N: H = (ω_T/2) Z0 + Σ_{j=1..N} [(ω_a/2) Z_j + (g/2) Z0 X_j + (θ/2) X0 X_j];
/// parameters <c>omega_target</c> = ω_T, <c>omega_ancilla</c> = ω_a, <c>g</c>, <c>theta</c> = θ.</item>
/// <item><c>c1</c> (Eq. 14 = C1, direct generation on a target by N sources), qubits N + 1, target = qubit 0:
/// H = (ω_T/2) Z0 + Σ_{j=1..N} [(ω_a/2) Z_j + (g/2) X0 Z_j]; parameters <c>omega_target</c>, <c>omega_ancilla</c>,
/// <c>g</c>.</item>
/// <item><c>c7</c> (Eq. C7, transfer through a mediator), qubits N + 2, target = qubit 0, mediator = qubit 1, sources =
/// qubits 2..N+1: H = (ω_T/2) Z0 + (θ/2) X0 X1 + (ω_m/2) Z1 + Σ_{j=2..N+1} [(g/2) X1 Z_j + (ω_a/2) Z_j]; parameters
/// <c>omega_target</c>, <c>omega_mediator</c> = ω_m, <c>omega_ancilla</c>, <c>g</c>, <c>theta</c>. The paper's Fig. 4
/// caption reads two ways: ω_m = 1.3, ω_a = 0.5 or ω_m = 0.5, ω_a = 1.3 (both with ω_T = 1, g = θ = 0.5); the file
/// states which.</item>
/// <item><c>eq9</c> (Eq. 9, the pair), qubits 2, <c>ancillas</c> optional and 1 if given, ancilla = qubit 0 (the paper's
/// TLS 1), target = qubit 1 (TLS 2): H = (ω_a/2) Z0 + (g/2) X0 Z1 + (ω_T/2) Z1 + (θ/2) X0 X1; parameters as c4 (it is
/// c4 at N = 1 with the two qubits swapped).</item>
/// </list>
/// </summary>
public static class ModelFamilies
{
    /// <summary>Largest number of ancillas a family accepts in a model file: 1000.</summary>
    public const int MaxAncillas = 1000;

    /// <summary>The families by name.</summary>
    public static IReadOnlyDictionary<string, ModelFamily> All { get; } = new Dictionary<string, ModelFamily>(StringComparer.Ordinal)
    {
        ["c4"] = new("c4", 1, ["omega_target", "omega_ancilla", "g", "theta"],
            (n, p) => FamilyHamiltonians.C4(p[0], FamilyHamiltonians.Identical(n, p[1], p[2], p[3]))),
        ["c1"] = new("c1", 1, ["omega_target", "omega_ancilla", "g"],
            (n, p) => FamilyHamiltonians.C1(p[0], FamilyHamiltonians.Identical(n, p[1], p[2]))),
        ["c7"] = new("c7", 2, ["omega_target", "omega_mediator", "omega_ancilla", "g", "theta"],
            (n, p) => FamilyHamiltonians.C7(p[0], p[4], p[1], FamilyHamiltonians.Identical(n, p[2], p[3]))),
        ["eq9"] = new("eq9", 1, ["omega_target", "omega_ancilla", "g", "theta"],
            (_, p) => FamilyHamiltonians.Eq9(p[1], p[2], p[3], p[0]), FixedAncillas: 1),
    };
}
