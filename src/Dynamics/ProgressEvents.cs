using Microsoft.Extensions.Logging;

namespace OpenSystem.Dynamics;

/// <summary>
/// Event ids of the log messages that mark progress, so that a front end can show them as a live status instead of
/// (or besides) printing them: <see cref="Stage"/> at <see cref="LogLevel.Debug"/> when a stage of a computation starts
/// ("building the generator", "steady state", "trajectory"), <see cref="Iteration"/> at <see cref="LogLevel.Trace"/> after
/// every GMRES iteration of a steady-state solve (iteration count and relative residual ‖r‖/‖b‖ of the correction system,
/// dimensionless). Trace messages are only formatted when the logger enables that level.
/// </summary>
public static class ProgressEvents
{
    /// <summary>A stage of the computation starts; the message names it.</summary>
    public static readonly EventId Stage = new(1001, "stage");

    /// <summary>One iteration of an iterative solver finished; the message gives its number and relative residual.</summary>
    public static readonly EventId Iteration = new(1002, "iteration");
}
