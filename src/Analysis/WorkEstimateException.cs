namespace OpenSystem.Analysis;

/// <summary>
/// The work a run would take, estimated before any of it is done, is beyond the allowed budget
/// (<see cref="SimulationOptions.MaxWorkSeconds"/>, <see cref="SimulationOptions.MaxMemoryBytes"/>). The command line
/// exits 2 (the input asks for too much) with the estimate and the option that overrides.
/// </summary>
/// <param name="message">The estimate and the budget it exceeds.</param>
/// <param name="estimate">The estimate.</param>
public sealed class WorkEstimateException(string message, WorkEstimate estimate) : Exception(message)
{
    /// <summary>The estimate that exceeded the budget.</summary>
    public WorkEstimate Estimate { get; } = estimate;
}
