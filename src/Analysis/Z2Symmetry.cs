using System.Numerics;
using OpenSystem.Dynamics;

namespace OpenSystem.Analysis;

/// <summary>
/// Symmetry tests of Eq. (3) and its refinement. If Z_S = ⊗_{i∈S} σᶻ_i commutes with H for some set S containing qubit j,
/// the Gibbs state (and any state of a dynamics with that symmetry) has ⟨X_j⟩ = ⟨Y_j⟩ = 0: no local coherence of j
/// can appear. A Pauli string commutes with Z_S iff it has an even number of X/Y factors on S.
/// </summary>
public static class Z2Symmetry
{
    /// <summary>[⊗_i σᶻ_i, H] = 0 (Eq. 3): then every C_j = 0.</summary>
    public static bool CommutesWithGlobalParity(PauliSum hamiltonian, int qubits) =>
        ProtectingSet(hamiltonian, qubits, (1 << qubits) - 1);

    /// <summary>For each qubit j, a set S ∋ j with [Z_S, H] = 0, or null if none: C_j is then forced to zero.</summary>
    public static IReadOnlyList<int[]?> ForbiddenCoherence(PauliSum hamiltonian, int qubits)
    {
        ArgumentNullException.ThrowIfNull(hamiltonian);
        var masks = XyMasks(hamiltonian);
        var result = new int[]?[qubits];
        for (int set = 1; set < 1 << qubits; set++)
        {
            if (masks.Any(m => (BitOperations.PopCount((uint)(m & set)) & 1) == 1))
            {
                continue;
            }
            for (int j = 0; j < qubits; j++)
                if ((set >> j & 1) == 1 && (result[j] is null || BitOperations.PopCount((uint)set) < result[j]!.Length))
                    result[j] = Enumerable.Range(0, qubits).Where(q => (set >> q & 1) == 1).ToArray();
        }
        return result;
    }

    private static bool ProtectingSet(PauliSum h, int qubits, int set) =>
        XyMasks(h).All(m => (BitOperations.PopCount((uint)(m & set)) & 1) == 0);

    private static List<int> XyMasks(PauliSum h) =>
        h.Terms.GroupBy(t => t.String)
            .Where(g => g.Aggregate(System.Numerics.Complex.Zero, (s, t) => s + t.Coefficient).Magnitude > 1e-15)
            .Select(g => g.Key.Factors.Where(f => f.Axis is 'X' or 'Y').Aggregate(0, (m, f) => m | 1 << f.Qubit))
            .ToList();
}
