using OpenSystem.Dynamics;

namespace OpenSystem.Symmetry;

/// <summary>
/// The N → ∞ limit of the Gibbs state of family <c>c4</c>, H = (ω_T/2) Z_T + ω_a J_z + (g Z_T + θ X_T) J_x (docs:
/// permutation-symmetry.md, "Large-N limit"). The ancillas' collective spin is a classical vector of length O(N), so the
/// target feels a field of order N along ±(θ, 0, g) and is pinned to one of the two directions n_s = −s (θ, 0, g)/r,
/// r = √(g² + θ²), s = ±1. Each ancilla then sees (ω_a/2) Z − s (r/2) X, of strength b = ½ √(ω_a² + r²), and both
/// branches have the same O(N) free energy; the O(1) term (ω_T/2) Z_T, equal to ∓ ω_T g/(2r), weights them
/// e^{± ω_T g/(2rT)}, so with p = tanh(ω_T g/(2 r T)):
/// ⟨σ_T⟩ = −p (θ, 0, g)/r (coherence C_T = p θ/r), and one ancilla ⟨σ⟩ = (p (r/2b) tanh(b/T), 0, −(ω_a/2b) tanh(b/T)).
/// At T = 0, p = sign(ω_T g) and tanh(b/T) = 1. The exact sector result approaches it as 1/N at fixed T; the approach
/// is slower at high T (the pinning field N r²/(4T) must exceed T, i.e. N ≫ 4T²/r²).
/// </summary>
public static class C4MeanField
{
    /// <summary>Target and single-ancilla Bloch vectors (⟨X⟩, ⟨Y⟩, ⟨Z⟩), Z = +1 on |e⟩, in the N → ∞ limit.</summary>
    /// <param name="omegaTarget">ω_T (family parameter <c>omega_target</c>).</param>
    /// <param name="omegaAncilla">ω_a (<c>omega_ancilla</c>).</param>
    /// <param name="g">g, the Z_T X_j coupling.</param>
    /// <param name="theta">θ, the X_T X_j coupling.</param>
    /// <param name="temperature">T ≥ 0 (k_B = 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">T negative or not finite.</exception>
    /// <exception cref="ArgumentException">g = θ = 0: the target is decoupled and there is no collective field.</exception>
    public static (BlochVector Target, BlochVector Ancilla) Bloch(
        double omegaTarget, double omegaAncilla, double g, double theta, double temperature)
    {
        if (!(temperature >= 0) || double.IsInfinity(temperature))
            throw new ArgumentOutOfRangeException(nameof(temperature), temperature, "Temperature must be finite and >= 0 (k_B = 1).");
        double r = Math.Sqrt(g * g + theta * theta);
        if (r == 0)
            throw new ArgumentException("g = theta = 0: the target is decoupled from the ancillas and there is no large-N field.", nameof(g));
        double twoB = Math.Sqrt(omegaAncilla * omegaAncilla + r * r);
        double bias = omegaTarget * g / (2 * r);
        double p = temperature == 0 ? Math.Sign(bias) : Math.Tanh(bias / temperature);
        double polarisation = temperature == 0 ? 1 : Math.Tanh(twoB / (2 * temperature));
        return (new BlochVector(-p * theta / r, 0, -p * g / r), new BlochVector(p * r / twoB * polarisation, 0, -omegaAncilla / twoB * polarisation));
    }
}
