namespace OpenSystem.Cli;

/// <summary>Another opensystem process (or session) holds the output folder's lock; the command exits 2 without work.</summary>
internal sealed class OutputFolderBusyException(string folder)
    : Exception($"another opensystem command is writing into {folder} (it holds {Path.Combine(folder, OutputFolder.LockName)}); wait for it to finish or choose another --out")
{
    /// <summary>The folder that is busy.</summary>
    public string Folder { get; } = folder;
}
