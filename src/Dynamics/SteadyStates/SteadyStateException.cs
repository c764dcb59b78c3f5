namespace OpenSystem.Dynamics;

/// <summary>A steady-state computation that did not reach its tolerance.</summary>
public sealed class SteadyStateException(string message, double residual) : Exception(message)
{
    /// <summary>Relative residual reached.</summary>
    public double Residual { get; } = residual;
}
