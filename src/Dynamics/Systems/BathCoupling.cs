using OpenSystem.Baths;

namespace OpenSystem.Dynamics;

/// <summary>
/// One independent bath coupled as H_I = A ⊗ B, B = Σ_k g_k (b_k + b_k†). A sum in A makes a common bath
/// (e.g. X0 + X1) or a composite coupling (e.g. X0 + Z0).
/// </summary>
public sealed class BathCoupling
{
    /// <summary>Couples <paramref name="operator"/> to <paramref name="bath"/>.</summary>
    /// <exception cref="ArgumentException">A is not Hermitian or is zero.</exception>
    public BathCoupling(PauliSum @operator, BosonicBath bath)
    {
        ArgumentNullException.ThrowIfNull(@operator);
        ArgumentNullException.ThrowIfNull(bath);
        double anti = @operator.AntiHermitianNorm();
        if (anti > Tolerances.Hermiticity)
            throw new ArgumentException($"Bath coupling operator A must be Hermitian (H_I = A (x) B with B Hermitian); " +
                $"the merged coefficient of some Pauli string has imaginary part {anti:E2}.", nameof(@operator));
        if (@operator.Terms.Count == 0)
            throw new ArgumentException("Bath coupling operator A has no terms; a bath coupled through A = 0 does nothing.", nameof(@operator));
        Operator = @operator;
        Bath = bath;
    }

    /// <summary>The system operator A.</summary>
    public PauliSum Operator { get; }

    /// <summary>The bath.</summary>
    public BosonicBath Bath { get; }
}
