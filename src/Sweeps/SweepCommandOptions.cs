namespace OpenSystem.Sweeps;

/// <summary>
/// The parsed command line of <c>opensystem sweep SWEEP.json --out DIR [--shard i/K | --merge | --slurm --tasks K
/// [--throttle N] [--submit]]</c>. Exactly one mode: run (optionally one shard), merge, or Slurm.
/// </summary>
/// <param name="SweepFile">The sweep file as given.</param>
/// <param name="OutDirectory">DIR as given.</param>
public sealed record SweepCommandOptions(string SweepFile, string OutDirectory)
{
    /// <summary>Run only this shard (<c>--shard i/K</c>); null runs every point (default). A shard run does not write the
    /// table (other shards may be running); <c>--merge</c> does.</summary>
    public Shard? Shard { get; init; }

    /// <summary>Only (re)write DIR/table.csv from the finished points (<c>--merge</c>).</summary>
    public bool Merge { get; init; }

    /// <summary>Write the Slurm scripts for this many array tasks (<c>--slurm --tasks K</c>); null: not a Slurm call (default).</summary>
    public int? SlurmTasks { get; init; }

    /// <summary>At most this many array tasks at once (<c>--throttle N</c>, Slurm's <c>%N</c>); null for no limit.</summary>
    public int? SlurmThrottle { get; init; }

    /// <summary>CPUs per array task (<c>#SBATCH --cpus-per-task</c>); null leaves the cluster's default.</summary>
    public int? SlurmCpusPerTask { get; init; }

    /// <summary>Submit the scripts with sbatch (<c>--submit</c>); needs <see cref="SlurmTasks"/>.</summary>
    public bool Submit { get; init; }

    /// <summary>How this <c>opensystem</c> was launched (absolute executable path, or dotnet and the dll), for the Slurm
    /// scripts; required with <see cref="SlurmTasks"/>.</summary>
    public IReadOnlyList<string> LaunchCommand { get; init; } = [];

    /// <summary>Run options given on the command line that the Slurm tasks and merge must repeat (e.g. <c>--steady gmres</c>).</summary>
    public IReadOnlyList<string> RunArguments { get; init; } = [];

    /// <summary>A fingerprint of the run options that change results, part of each point's identity ("" for none).</summary>
    public string RunOptionsFingerprint { get; init; } = "";

    /// <summary>Points computed at once; default <see cref="DefaultParallelism"/>.</summary>
    public int Parallelism { get; init; } = DefaultParallelism(Environment.GetEnvironmentVariable);

    /// <summary>
    /// The cores this process may use: inside a Slurm job, the CPUs Slurm allocated to it (<c>SLURM_CPUS_PER_TASK</c>, else
    /// <c>SLURM_CPUS_ON_NODE</c>), since without CPU binding the process sees every core of the node and array tasks
    /// sharing a node would oversubscribe it; elsewhere, or when that is larger, <see cref="Environment.ProcessorCount"/>.
    /// </summary>
    /// <param name="environment">Reads an environment variable (null when unset).</param>
    public static int DefaultParallelism(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        int cores = Environment.ProcessorCount;
        foreach (string name in new[] { "SLURM_CPUS_PER_TASK", "SLURM_CPUS_ON_NODE" })
        {
            if (int.TryParse(environment(name), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int slurm) && slurm >= 1)
            {
                return Math.Min(cores, slurm);
            }
        }
        return cores;
    }

    /// <summary>Extra table columns, each a path into result.json (e.g. <c>steady_state.bloch[0][2]</c>).</summary>
    public IReadOnlyList<string> ExtraColumns { get; init; } = [];
}
