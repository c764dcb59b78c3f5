namespace OpenSystem.Dynamics;

/// <summary>How a steady state was found.</summary>
public enum SteadyStateMethod
{
    /// <summary>LU solve of the dense real d² × d² superoperator (Hermitian coordinates) with the trace condition.</summary>
    Direct,
    /// <summary>Restarted GMRES, right-preconditioned by the secular (Pauli rate + diagonal) part of L.</summary>
    Gmres,
    /// <summary>Time evolution from the initial state until ‖L ρ‖ fell below tolerance.</summary>
    Evolution,
    /// <summary>
    /// Spectral projector on the kernel of the dense real d² × d² generator applied to the initial state (P₀ρ₀,
    /// <see cref="LongTimeLimit"/>): the exact limit, or the time average when eigenvalues lie on the imaginary axis.
    /// </summary>
    Kernel,
}
