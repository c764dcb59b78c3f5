using System.Text.Json;
using OpenSystem.Dynamics;
using OpenSystem.Symmetry;

namespace OpenSystem.Cli;

/// <summary>
/// The <c>"symmetry"</c> key of result.json (an extra key of the contract, written by <c>run</c> and <c>run --only gibbs</c>):
/// <c>{"exchange_classes": [[0], [1, 2, 3]], "route": "dense" | "spin_sectors" | "permutation_invariant"}</c>. The classes are those of
/// <see cref="ExchangeSymmetry"/>: qubits whose exchange leaves H, the baths and the jumps unchanged (coefficients equal to
/// 1e-12 of the largest |coefficient| of H), each class ascending, ordered by its smallest qubit. The route says how the
/// Gibbs state (and any master equation) was computed: the dense register, the total-spin sectors of the identical
/// ancillas (<c>--only gibbs</c>), or the permutation-invariant master equation (<c>run</c> above the dense register).
/// </summary>
internal static class SymmetryReport
{
    /// <summary>Route of the dense register (2^n amplitudes, at most <see cref="QubitRegister.MaxQubits"/> qubits).</summary>
    public const string Dense = "dense";

    /// <summary>Route of the total-spin sectors of the identical ancillas (docs/permutation-symmetry.md).</summary>
    public const string SpinSectors = "spin_sectors";

    /// <summary>
    /// Route of <c>run</c> on family models above <see cref="QubitRegister.MaxQubits"/> qubits: the master equation solved on
    /// permutation-invariant states (weighted total-spin sector blocks), the Gibbs state by spin sectors.
    /// </summary>
    public const string PermutationInvariant = "permutation_invariant";

    /// <summary>The exchange classes of a model's Hamiltonian and channels.</summary>
    /// <param name="system">The model (H, bath couplings, jumps).</param>
    public static IReadOnlyList<IReadOnlyList<int>> Classes(OpenQuantumSystem system) => ExchangeSymmetry.Classes(system);

    /// <summary>Writes <c>"symmetry": {"exchange_classes": [...], "route": ...}</c> into the open object of <paramref name="w"/>.</summary>
    /// <param name="w">The writer, inside the top-level object.</param>
    /// <param name="classes">The exchange classes (every qubit in exactly one).</param>
    /// <param name="route"><see cref="Dense"/>, <see cref="SpinSectors"/> or <see cref="PermutationInvariant"/>.</param>
    public static void Write(Utf8JsonWriter w, IReadOnlyList<IReadOnlyList<int>> classes, string route)
    {
        w.WriteStartObject("symmetry");
        w.WriteStartArray("exchange_classes");
        foreach (var c in classes)
        {
            w.WriteStartArray();
            foreach (int q in c)
            {
                w.WriteNumberValue(q);
            }
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteString("route", route);
        w.WriteEndObject();
    }
}
