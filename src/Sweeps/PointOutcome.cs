namespace OpenSystem.Sweeps;

/// <summary>How one point of a run ended.</summary>
/// <param name="FailureMessage">Null when the point succeeded; otherwise why it failed.</param>
public sealed record PointOutcome(string? FailureMessage)
{
    /// <summary>The point succeeded.</summary>
    public static PointOutcome Ok { get; } = new((string?)null);

    /// <summary>True when the point succeeded.</summary>
    public bool Succeeded => FailureMessage is null;

    /// <summary>The point failed for <paramref name="message"/>.</summary>
    public static PointOutcome Failed(string message) => new(message);
}
