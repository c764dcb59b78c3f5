using System.Globalization;
using System.Text;

namespace OpenSystem.Sweeps;

/// <summary>
/// The Slurm batch scripts of a sweep: DIR/slurm/array.sbatch, a job array of K tasks where task i runs
/// <c>opensystem sweep SWEEP --out DIR --shard $SLURM_ARRAY_TASK_ID/K</c>, and DIR/slurm/merge.sbatch, which runs
/// <c>opensystem sweep SWEEP --out DIR --merge</c> to write the table. Slurm does the distribution; nothing here schedules.
/// </summary>
public static class SlurmScripts
{
    /// <summary>The array script's file name inside DIR/slurm.</summary>
    public const string ArrayFile = "array.sbatch";

    /// <summary>The merge script's file name inside DIR/slurm.</summary>
    public const string MergeFile = "merge.sbatch";

    /// <summary>Writes both scripts into DIR/slurm (atomically, executable by the owner) and returns their paths.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Tasks, throttle or CPUs per task &lt; 1.</exception>
    public static (string ArrayScript, string MergeScript) Write(SlurmJob job)
    {
        string folder = Path.Combine(job.OutDirectory, "slurm");
        string array = AtomicFile.Write(Path.Combine(folder, ArrayFile), Array(job));
        string merge = AtomicFile.Write(Path.Combine(folder, MergeFile), Merge(job));
        if (!OperatingSystem.IsWindows())
        {
            var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
            File.SetUnixFileMode(array, mode);
            File.SetUnixFileMode(merge, mode);
        }
        return (array, merge);
    }

    /// <summary>
    /// The array script. A task whose shard ends with exit code 1 (some points failed; each left its failed.json) exits 0,
    /// so that the <c>afterok</c> merge still runs and reports them in the table; any other failure (exit 2, a crash, a
    /// kill) fails the task and holds the merge back.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Tasks, throttle or CPUs per task &lt; 1.</exception>
    public static string Array(SlurmJob job)
    {
        Check(job);
        string log = Path.Combine(job.OutDirectory, "slurm", "array-%A_%a.out");
        string range = $"0-{job.Tasks - 1}" + (job.Throttle is int throttle ? $"%{throttle}" : "");
        var text = Header(job.JobName, log, $"task i of this job array computes shard i/{job.Tasks} of the sweep");
        text.Append(CultureInfo.InvariantCulture, $"#SBATCH --array={range}\n");
        if (job.CpusPerTask is int cpus)
        {
            text.Append(CultureInfo.InvariantCulture, $"#SBATCH --cpus-per-task={cpus}\n");
        }
        text.Append("set -u\nstatus=0\n");
        text.Append(Command(job, "--shard", $"\"${{SLURM_ARRAY_TASK_ID}}/{job.Tasks}\"")).Append(" || status=$?\n");
        text.Append("# exit 1 = some points failed (see their failed.json): the merge still runs and lists them in the table\n");
        text.Append("if [ \"$status\" -eq 1 ]; then exit 0; fi\n");
        text.Append("exit \"$status\"\n");
        return text.ToString();
    }

    /// <summary>The merge script: writes DIR/table.csv from every finished point. It is submitted with
    /// <c>--dependency=afterok:ARRAY</c> and asks Slurm to cancel it when that dependency can never be satisfied.</summary>
    public static string Merge(SlurmJob job)
    {
        Check(job);
        string log = Path.Combine(job.OutDirectory, "slurm", "merge-%j.out");
        var text = Header(job.JobName + "-merge", log, "writes the sweep's table from the points the array computed");
        text.Append("#SBATCH --kill-on-invalid-dep=yes\n");
        text.Append("exec ").Append(Command(job, "--merge", null)).Append('\n');
        return text.ToString();
    }

    /// <summary>Quotes <paramref name="word"/> for a POSIX shell (single quotes; a single quote becomes '\'').</summary>
    public static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static StringBuilder Header(string name, string log, string purpose)
    {
        var text = new StringBuilder("#!/bin/bash\n");
        text.Append("# Written by opensystem sweep --slurm: ").Append(purpose).Append(".\n");
        text.Append("#SBATCH --job-name=").Append(name).Append('\n');
        text.Append("#SBATCH --output=").Append(log).Append('\n');
        return text;
    }

    private static string Command(SlurmJob job, string mode, string? modeValue)
    {
        var words = job.LaunchCommand.Select(Quote).ToList();
        words.Add("sweep");
        words.Add(Quote(job.SweepFile));
        words.Add("--out");
        words.Add(Quote(job.OutDirectory));
        words.Add(mode);
        if (modeValue is not null)
        {
            words.Add(modeValue);
        }
        words.AddRange(job.RunArguments.Select(Quote));
        return string.Join(' ', words);
    }

    private static void Check(SlurmJob job)
    {
        if (job.Tasks < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(job), job.Tasks, "--tasks must be >= 1");
        }
        if (job.Throttle is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(job), job.Throttle, "the array throttle must be >= 1");
        }
        if (job.CpusPerTask is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(job), job.CpusPerTask, "CPUs per task must be >= 1");
        }
        if (job.LaunchCommand.Count == 0)
        {
            throw new ArgumentException("the launch command of opensystem is empty", nameof(job));
        }
    }
}
