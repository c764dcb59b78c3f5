using OpenSystem.Baths;
using OpenSystem.Dynamics;
using OpenSystem.Models;

namespace OpenSystem.Paper;

/// <summary>
/// The Hamiltonians of Kolář &amp; Filip (arXiv 2211.08851) exactly as printed (factors ½, σᶻ = +1 on |e⟩), with the paper's
/// TLS labels mapped to qubits in order of appearance: Eq. (5), (9), (A7): TLS 1, 2 → qubits 0, 1. Eq. (12): TLS 0, 1, 2 →
/// qubits 0, 1, 2. Eq. (14)/(C1): TLS 1 → qubit 0, sources j = 2..N+1 → qubits 1..N. Eq. (C4): target T → qubit 0,
/// sources j = 1..N → qubits 1..N. Eq. (C7): TLS 0 → qubit 0, mediator 1 → qubit 1, sources → qubits 2..N+1.
/// The equations a model file can name as a family (9, 14, C4, C7) are defined once, in <see cref="FamilyHamiltonians"/>
/// of OpenSystem.Models; the ones here forward to them.
/// </summary>
public static class PaperModels
{
    private static PauliSum Term(string pauli, double coefficient) => PauliSum.Of(pauli, coefficient);

    /// <summary>Eq. (5): ω₁/2 σᶻ₁ + γ/2 σˣ₁σᶻ₂ + ω₂/2 σᶻ₂ (direct coherence generation).</summary>
    public static PauliSum Eq5(double omega1, double gamma, double omega2) =>
        Term("Z0", omega1 / 2) + Term("X0 Z1", gamma / 2) + Term("Z1", omega2 / 2);

    /// <summary>Eq. (9): Eq. (5) + θ/2 σˣ₁σˣ₂ (indirect generation on TLS 2 = qubit 1).</summary>
    public static PauliSum Eq9(double omega1, double gamma, double theta, double omega2) =>
        FamilyHamiltonians.Eq9(omega1, gamma, theta, omega2);

    /// <summary>Eq. (12): ω₀/2 σᶻ₀ + ω₁/2 σᶻ₁ + ω₂/2 σᶻ₂ + θ/2 σˣ₀σˣ₁ + γ/2 σˣ₁σᶻ₂ (coherence transferred to TLS 0).</summary>
    public static PauliSum Eq12(double omega0, double omega1, double omega2, double theta, double gamma) =>
        Term("Z0", omega0 / 2) + Term("Z1", omega1 / 2) + Term("Z2", omega2 / 2) + Term("X0 X1", theta / 2) + Term("X1 Z2", gamma / 2);

    /// <summary>Eq. (14) = (C1): ω₁/2 σᶻ₁ + Σ_j [ω_j/2 σᶻ_j + γ_j/2 σˣ₁σᶻ_j], one (ω_j, γ_j) per source.</summary>
    public static PauliSum Eq14(double omega1, IReadOnlyList<(double Omega, double Gamma)> sources) =>
        FamilyHamiltonians.C1(omega1, sources);

    /// <summary>Eq. (C4): ω_T/2 σᶻ_T + Σ_j [ω_j/2 σᶻ_j + γ_j/2 σᶻ_T σˣ_j + θ_j/2 σˣ_T σˣ_j] (N sources, indirect).</summary>
    public static PauliSum EqC4(double omegaTarget, IReadOnlyList<(double Omega, double Gamma, double Theta)> sources) =>
        FamilyHamiltonians.C4(omegaTarget, sources);

    /// <summary>Eq. (C7): ω₀/2 σᶻ₀ + θ/2 σˣ₀σˣ₁ + ω₁/2 σᶻ₁ + Σ_j [γ_j/2 σˣ₁σᶻ_j + ω_j/2 σᶻ_j].</summary>
    public static PauliSum EqC7(double omega0, double theta, double omega1, IReadOnlyList<(double Omega, double Gamma)> sources) =>
        FamilyHamiltonians.C7(omega0, theta, omega1, sources);

    /// <summary>Eq. (A7): ω₁/2 σᶻ₁ + ω₂/2 σᶻ₂ + γx/2 σˣσˣ + γy/2 σʸσʸ + γz/2 σᶻσᶻ (Z₂ symmetric: no coherence).</summary>
    public static PauliSum EqA7(double omega1, double omega2, double gammaX, double gammaY, double gammaZ) =>
        Term("Z0", omega1 / 2) + Term("Z1", omega2 / 2) + Term("X0 X1", gammaX / 2) + Term("Y0 Y1", gammaY / 2) + Term("Z0 Z1", gammaZ / 2);

    /// <summary>N identical (ω, γ) sources.</summary>
    public static (double Omega, double Gamma)[] Identical(int count, double omega, double gamma) =>
        FamilyHamiltonians.Identical(count, omega, gamma);

    /// <summary>N identical (ω, γ, θ) sources.</summary>
    public static (double Omega, double Gamma, double Theta)[] Identical(int count, double omega, double gamma, double theta) =>
        FamilyHamiltonians.Identical(count, omega, gamma, theta);

    /// <summary>The system with an independent Ohmic σˣ bath on every qubit (what the paper's Gibbs states need; docs/physics.md §3.2).</summary>
    public static OpenQuantumSystem WithBathOnEveryQubit(PauliSum hamiltonian, int qubits, double alpha, double cutoff, double temperature)
    {
        var bath = new BosonicBath(new OhmicSpectralDensity(alpha, cutoff), temperature);
        var couplings = Enumerable.Range(0, qubits).Select(q => new BathCoupling(PauliSum.Of($"X{q}", 1), bath)).ToArray();
        return new OpenQuantumSystem(new QubitRegister(qubits), hamiltonian, couplings);
    }
}
