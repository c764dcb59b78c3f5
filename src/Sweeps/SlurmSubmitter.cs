namespace OpenSystem.Sweeps;

/// <summary>
/// Submits a sweep's scripts: <c>sbatch --parsable array.sbatch</c>, then
/// <c>sbatch --parsable --dependency=afterok:ARRAY merge.sbatch</c>.
/// </summary>
public static class SlurmSubmitter
{
    /// <summary>Submits the array, then the merge depending on it with afterok; returns both job ids.</summary>
    /// <exception cref="InvalidOperationException">sbatch failed or printed no job id; the message gives its stderr.</exception>
    public static SlurmSubmission Submit(string arrayScript, string mergeScript, IProcessRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        string array = JobId(runner.Run("sbatch", ["--parsable", arrayScript]), arrayScript);
        string merge = JobId(runner.Run("sbatch", ["--parsable", $"--dependency=afterok:{array}", mergeScript]), mergeScript);
        return new SlurmSubmission(array, merge);
    }

    /// <summary>The job id in sbatch --parsable output: "ID" or "ID;CLUSTER" on the first line.</summary>
    private static string JobId(ProcessResult result, string script)
    {
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"sbatch {script} failed with exit code {result.ExitCode}: {result.Error.Trim()}");
        }
        string first = result.Output.Trim().Split('\n')[0];
        string id = first.Split(';')[0].Trim();
        if (id.Length == 0 || !id.All(char.IsAsciiDigit))
        {
            throw new InvalidOperationException($"sbatch {script} printed no job id (stdout: \"{result.Output.Trim()}\")");
        }
        return id;
    }
}
