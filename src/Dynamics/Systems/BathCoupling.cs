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
        @operator.RequireHermitian(nameof(@operator), "The bath coupling A (H_I = A (x) B with B Hermitian)");
        if (@operator.Terms.Count == 0)
            Throw.Argument(nameof(@operator), "The bath coupling A has no terms (it is empty): a bath coupled through A = 0 does nothing.");
        Operator = @operator;
        Bath = bath;
    }

    /// <summary>The system operator A.</summary>
    public PauliSum Operator { get; }

    /// <summary>The bath.</summary>
    public BosonicBath Bath { get; }
}
