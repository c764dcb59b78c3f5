using OpenSystem.Dynamics;

namespace OpenSystem.Models;

/// <summary>
/// The Hamiltonians behind the model-file families (<see cref="ModelFamilies"/>): the network equations of Kolář &amp; Filip
/// (arXiv 2211.08851) that a model file can name. They live here, with the reader that offers them, so that the model-file
/// contract does not depend on the paper's figure code; the paper's own code (OpenSystem.Paper) builds on them.
/// Conventions: factors ½ as printed, Z = +1 on |e⟩, every coefficient a frequency (ħ = 1). Qubit numbering: the
/// target is qubit 0; see each method.
/// </summary>
public static class FamilyHamiltonians
{
    /// <summary>
    /// Eq. (9), the pair: (ω₁/2) Z0 + (γ/2) X0 Z1 + (ω₂/2) Z1 + (θ/2) X0 X1, the paper's TLS 1 = qubit 0 (ancilla), TLS 2 =
    /// qubit 1 (target of the indirect generation).
    /// </summary>
    /// <param name="omega1">ω₁, frequency of qubit 0.</param>
    /// <param name="gamma">γ, the X0 Z1 coupling.</param>
    /// <param name="theta">θ, the X0 X1 coupling.</param>
    /// <param name="omega2">ω₂, frequency of qubit 1.</param>
    public static PauliSum Eq9(double omega1, double gamma, double theta, double omega2)
    {
        var h = PauliSum.Of("Z0", omega1 / 2);
        h += PauliSum.Of("X0 Z1", gamma / 2);
        h += PauliSum.Of("Z1", omega2 / 2);
        h += PauliSum.Of("X0 X1", theta / 2);
        return h;
    }

    /// <summary>
    /// Eq. (14) = (C1), direct generation on a target by N sources: (ω₁/2) Z0 + Σ_{j=1..N} [(ω_j/2) Z_j + (γ_j/2) X0 Z_j];
    /// target = qubit 0, source j = qubit j.
    /// </summary>
    /// <param name="omega1">ω₁, the target's frequency.</param>
    /// <param name="sources">One (ω_j, γ_j) per source.</param>
    public static PauliSum C1(double omega1, IReadOnlyList<(double Omega, double Gamma)> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var h = PauliSum.Of("Z0", omega1 / 2);
        for (int j = 0; j < sources.Count; j++)
        {
            h += PauliSum.Of($"Z{j + 1}", sources[j].Omega / 2);
            h += PauliSum.Of($"X0 Z{j + 1}", sources[j].Gamma / 2);
        }
        return h;
    }

    /// <summary>
    /// Eq. (C4), indirect generation on a target through N ancillas:
    /// (ω_T/2) Z0 + Σ_{j=1..N} [(ω_j/2) Z_j + (γ_j/2) Z0 X_j + (θ_j/2) X0 X_j]; target = qubit 0, ancilla j = qubit j.
    /// </summary>
    /// <param name="omegaTarget">ω_T, the target's frequency.</param>
    /// <param name="sources">One (ω_j, γ_j, θ_j) per ancilla.</param>
    public static PauliSum C4(double omegaTarget, IReadOnlyList<(double Omega, double Gamma, double Theta)> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var h = PauliSum.Of("Z0", omegaTarget / 2);
        for (int j = 0; j < sources.Count; j++)
        {
            h += PauliSum.Of($"Z{j + 1}", sources[j].Omega / 2);
            h += PauliSum.Of($"Z0 X{j + 1}", sources[j].Gamma / 2);
            h += PauliSum.Of($"X0 X{j + 1}", sources[j].Theta / 2);
        }
        return h;
    }

    /// <summary>
    /// Eq. (C7), transfer through a mediator: (ω₀/2) Z0 + (θ/2) X0 X1 + (ω₁/2) Z1 + Σ_{j=2..N+1} [(γ_j/2) X1 Z_j + (ω_j/2) Z_j];
    /// target = qubit 0, mediator = qubit 1, sources = qubits 2..N+1.
    /// </summary>
    /// <param name="omega0">ω₀, the target's frequency.</param>
    /// <param name="theta">θ, the target–mediator X0 X1 coupling.</param>
    /// <param name="omega1">ω₁, the mediator's frequency.</param>
    /// <param name="sources">One (ω_j, γ_j) per source.</param>
    public static PauliSum C7(double omega0, double theta, double omega1, IReadOnlyList<(double Omega, double Gamma)> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var h = PauliSum.Of("Z0", omega0 / 2);
        h += PauliSum.Of("X0 X1", theta / 2);
        h += PauliSum.Of("Z1", omega1 / 2);
        for (int j = 0; j < sources.Count; j++)
        {
            h += PauliSum.Of($"X1 Z{j + 2}", sources[j].Gamma / 2);
            h += PauliSum.Of($"Z{j + 2}", sources[j].Omega / 2);
        }
        return h;
    }

    /// <summary>N identical (ω, γ) sources.</summary>
    /// <param name="count">N.</param>
    /// <param name="omega">ω of every source.</param>
    /// <param name="gamma">γ of every source.</param>
    public static (double Omega, double Gamma)[] Identical(int count, double omega, double gamma) =>
        Enumerable.Repeat((omega, gamma), count).ToArray();

    /// <summary>N identical (ω, γ, θ) ancillas.</summary>
    /// <param name="count">N.</param>
    /// <param name="omega">ω of every ancilla.</param>
    /// <param name="gamma">γ of every ancilla.</param>
    /// <param name="theta">θ of every ancilla.</param>
    public static (double Omega, double Gamma, double Theta)[] Identical(int count, double omega, double gamma, double theta) =>
        Enumerable.Repeat((omega, gamma, theta), count).ToArray();
}
