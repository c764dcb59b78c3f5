namespace OpenSystem.Dynamics;

/// <summary>
/// The Bloch ball: a qubit state ½(I + xX + yY + zZ) is positive iff |r| = √(x² + y² + z²) ≤ 1 (eigenvalues (1 ± |r|)/2).
/// </summary>
public static class BlochBall
{
    /// <summary>Rounding allowance on |r|: vectors up to 1 + 1e-12 are accepted (normalised input loses a few ulps).</summary>
    public const double LengthTolerance = 1e-12;

    /// <summary>Throws unless every component is finite and |r| ≤ 1 + <see cref="LengthTolerance"/>.</summary>
    /// <param name="vector">The Bloch vector (⟨X⟩, ⟨Y⟩, ⟨Z⟩).</param>
    /// <param name="owner">Whose vector it is, for the message (e.g. "qubit 1").</param>
    /// <param name="paramName">The parameter that holds the vector, for the exception.</param>
    /// <exception cref="ArgumentException">A non-finite component, or |r| &gt; 1.</exception>
    public static void Require((double X, double Y, double Z) vector, string owner, string paramName)
    {
        var (x, y, z) = vector;
        if (!double.IsFinite(x) || !double.IsFinite(y) || !double.IsFinite(z))
            Throw.Argument(paramName, $"The Bloch vector of {owner} has a non-finite component.");
        double r = Math.Sqrt(x * x + y * y + z * z);
        if (r > 1.0 + LengthTolerance)
            Throw.Argument(paramName, $"The Bloch vector of {owner} has length {r:G6} > 1: not a state " +
                "(the qubit density matrix would have eigenvalue (1 - |r|)/2 < 0).");
    }
}
