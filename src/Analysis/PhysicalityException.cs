namespace OpenSystem.Analysis;

/// <summary>
/// A computed state is not a physical answer: it left the set of density matrices (or the Bloch ball) by more than the
/// equation allows, diverged, or missed the Gibbs state that is an exact steady state of the equation. The command line
/// exits 1 with the message (an <see cref="ArithmeticException"/>, so every existing numerical-failure handler catches it).
/// </summary>
/// <param name="message">What failed, with the number and the allowance.</param>
/// <param name="value">The offending number (e.g. the minimum eigenvalue, the Bloch length, the trace distance).</param>
public sealed class PhysicalityException(string message, double value) : ArithmeticException(message)
{
    /// <summary>The offending number.</summary>
    public double Value { get; } = value;
}
