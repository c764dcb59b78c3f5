namespace OpenSystem.Dynamics;

/// <summary>
/// Exponential Krylov integrator (Sidje's Expokit <c>expv</c>): each step builds the Arnoldi basis V_m of
/// span{ρ, Lρ, …, L^{m−1}ρ} with matrix-free applications of L and takes ρ(t + τ) ≈ β V_m e^{τ H_m} e₁
/// (H_m the m × m Hessenberg projection, β = ‖ρ‖₂ over the d² entries). The step τ is chosen from the a posteriori
/// estimate of the truncation error, accepted when it is at most 1.2 τ <paramref name="Tolerance"/>, and is not tied to
/// the output grid, so a step spans many Bohr periods (τ ‖L‖ ≈ m/2). Any grid; memory O(m d²), no d² × d² matrix.
/// L preserves Hermiticity, so V_m stays in the Hermitian matrices and H_m is real.
/// </summary>
/// <param name="KrylovDimension">m: basis size per step (Expokit's default is 30); each step costs m + 1 applications of L.</param>
/// <param name="Tolerance">
/// Local error allowed per unit of time, in the Frobenius norm of ρ (dimensionless per time unit of the energies, ħ = 1):
/// the accumulated error over a run to t is at most about 1.2 t · Tolerance plus rounding.
/// </param>
public sealed record KrylovRoute(int KrylovDimension = 30, double Tolerance = 1e-14) : EvolutionRoute
{
    /// <inheritdoc/>
    public override string Name => "krylov";
}
