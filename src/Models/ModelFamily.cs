using OpenSystem.Dynamics;

namespace OpenSystem.Models;

/// <summary>One model family (see <see cref="ModelFamilies"/> for the formulas).</summary>
/// <param name="Name">The value of <c>family.name</c>.</param>
/// <param name="ExtraQubits">Qubits besides the ancillas (target, mediator): the model has N + ExtraQubits qubits.</param>
/// <param name="Parameters">The parameter keys, in the order <paramref name="Build"/> takes them.</param>
/// <param name="Build">H from the number of ancillas N and the parameters.</param>
/// <param name="FixedAncillas">The only allowed N, or null when N is free (1..<see cref="ModelFamilies.MaxAncillas"/>).</param>
public sealed record ModelFamily(string Name, int ExtraQubits, IReadOnlyList<string> Parameters, Func<int, double[], PauliSum> Build,
    int? FixedAncillas = null)
{
    /// <summary>Number of qubits of the model with <paramref name="ancillas"/> ancillas.</summary>
    public int Qubits(int ancillas) => ancillas + ExtraQubits;
}
