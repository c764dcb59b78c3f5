namespace OpenSystem.Sweeps;

/// <summary>The job ids Slurm gave a submitted sweep.</summary>
/// <param name="ArrayJobId">The job array's id.</param>
/// <param name="MergeJobId">The merge job's id (printed last on stdout).</param>
public sealed record SlurmSubmission(string ArrayJobId, string MergeJobId);
