namespace OpenSystem.Dynamics;

/// <summary>An integration that could not continue (step size underflow, step budget exhausted, non-finite state).</summary>
public sealed class IntegrationException(string message, double time, double step, long steps) : Exception(message)
{
    /// <summary>Time reached.</summary>
    public double Time { get; } = time;

    /// <summary>Last step size tried.</summary>
    public double Step { get; } = step;

    /// <summary>Steps taken.</summary>
    public long Steps { get; } = steps;
}
