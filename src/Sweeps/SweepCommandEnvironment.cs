namespace OpenSystem.Sweeps;

/// <summary>Where the sweep command writes and how it reaches the outside world.</summary>
/// <param name="Out">stdout: the Slurm scripts written, the job ids (the merge job's id last).</param>
/// <param name="Error">stderr: progress, warnings, failures and errors.</param>
public sealed record SweepCommandEnvironment(TextWriter Out, TextWriter Error)
{
    /// <summary>Redraw the progress line in place (set when stderr is a terminal); default false, plain lines.</summary>
    public bool LiveProgress { get; init; }

    /// <summary>Print warnings, failures and errors only: no progress and no summary lines (<c>-v quiet</c>); default false.</summary>
    public bool Quiet { get; init; }

    /// <summary>Runs sbatch; default <see cref="SystemProcessRunner"/>.</summary>
    public IProcessRunner ProcessRunner { get; init; } = new SystemProcessRunner();

    /// <summary>Cancels the run (e.g. on Ctrl+C); finished points stay finished.</summary>
    public CancellationToken CancellationToken { get; init; }
}
