namespace OpenSystem.Sweeps;

/// <summary>What the Slurm scripts of a sweep need to know.</summary>
/// <param name="SweepFile">The sweep file's absolute path (every node must see it).</param>
/// <param name="OutDirectory">DIR's absolute path (on a file system every node sees).</param>
/// <param name="Tasks">K, the number of array tasks; task i runs shard i/K.</param>
/// <param name="LaunchCommand">How <c>opensystem</c> was launched, as separate words: the executable's absolute path, or
/// e.g. <c>["/usr/bin/dotnet", "/opt/opensystem/opensystem.dll"]</c>; the tasks run the same program.</param>
public sealed record SlurmJob(string SweepFile, string OutDirectory, int Tasks, IReadOnlyList<string> LaunchCommand)
{
    /// <summary>Options of the run passed on to every task and to the merge (e.g. <c>--steady gmres</c>): they must match
    /// so that the tasks and the merge agree on each point's identity. Default none.</summary>
    public IReadOnlyList<string> RunArguments { get; init; } = [];

    /// <summary>At most this many array tasks at once (<c>--array=0-(K-1)%N</c>); null for no limit (default).</summary>
    public int? Throttle { get; init; }

    /// <summary>CPUs per array task (<c>#SBATCH --cpus-per-task</c>; each task runs its points on all of them); null leaves it
    /// to the cluster's default (default).</summary>
    public int? CpusPerTask { get; init; }

    /// <summary>The job name (<c>#SBATCH --job-name</c>); the merge job gets "-merge" appended. Default "opensystem-sweep".</summary>
    public string JobName { get; init; } = "opensystem-sweep";
}
