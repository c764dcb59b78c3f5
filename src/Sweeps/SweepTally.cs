namespace OpenSystem.Sweeps;

/// <summary>How many points of a sweep (or of a shard) are ok, failed and missing.</summary>
/// <param name="Ok">Points with a finished result for their current model.</param>
/// <param name="Failed">Points whose last run failed.</param>
/// <param name="Missing">Points not run yet (or run for another model).</param>
public sealed record SweepTally(int Ok, int Failed, int Missing)
{
    /// <summary>All points.</summary>
    public int Total => Ok + Failed + Missing;

    /// <summary>The command's exit code: 0 when every point is ok, else 1 (the table is still written).</summary>
    public int ExitCode => Ok == Total ? 0 : 1;
}
