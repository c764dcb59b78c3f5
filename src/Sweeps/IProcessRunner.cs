namespace OpenSystem.Sweeps;

/// <summary>Runs an external program to completion (here: <c>sbatch</c>); an interface so that tests can stand in for Slurm.</summary>
public interface IProcessRunner
{
    /// <summary>Runs <paramref name="program"/> with <paramref name="arguments"/> (passed as separate arguments, no shell)
    /// and waits for it to exit.</summary>
    /// <exception cref="System.ComponentModel.Win32Exception">The program cannot be started (e.g. not on PATH).</exception>
    ProcessResult Run(string program, IReadOnlyList<string> arguments);
}
