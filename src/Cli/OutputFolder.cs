using System.Text.RegularExpressions;

namespace OpenSystem.Cli;

/// <summary>
/// One command's session on its output folder. The rule it keeps: <b>the marker file (result.json for <c>run</c>,
/// approach.json for <c>approach</c>) is present only when every other output beside it comes from the same, complete
/// run.</b> How:
/// <list type="number">
/// <item>an exclusive lock on <c>DIR/.opensystem.lock</c> (an OS file lock, released when the process exits or is
/// killed): a second command into the same folder fails at once with <see cref="OutputFolderBusyException"/>;</item>
/// <item>at the start, the marker is deleted first, then the other outputs this command can write (so none of an
/// earlier run can sit beside a new marker), then leftovers of killed runs (temporary names);</item>
/// <item>every file is written to <c>NAME.opensystem-partial</c> inside the folder and renamed into place (a rename is
/// atomic within a folder); the marker is renamed last, by <see cref="Commit"/>;</item>
/// <item>disposed without <see cref="Commit"/> (a failure), the files this session moved into place and its temporary
/// files are deleted, so a failed run leaves none of its outputs.</item>
/// </list>
/// The lock file itself stays in the folder (deleting it would let two processes lock two different files of one name).
/// </summary>
internal sealed partial class OutputFolder : IDisposable
{
    /// <summary>The lock file's name inside the folder.</summary>
    public const string LockName = ".opensystem.lock";

    /// <summary>Suffix of the temporary names outputs are written under before the rename.</summary>
    public const string PartialSuffix = ".opensystem-partial";

    private readonly FileStream folderLock;
    private readonly List<string> moved = [];
    private bool completed;

    private OutputFolder(string path, string? marker, FileStream folderLock)
    {
        Path = path;
        Marker = marker;
        this.folderLock = folderLock;
    }

    /// <summary>The folder (as given on the command line).</summary>
    public string Path { get; }

    /// <summary>The file renamed into place last, whose presence means one complete run; null when there is none.</summary>
    public string? Marker { get; }

    /// <summary>
    /// Creates the folder if needed, locks it, deletes the marker, then every name in <paramref name="outputs"/>, then the
    /// leftovers of killed runs. Throws <see cref="OutputFolderBusyException"/> when another process (or another session
    /// of this process) holds the folder.
    /// </summary>
    public static OutputFolder Open(string path, string? marker, IEnumerable<string> outputs)
    {
        Directory.CreateDirectory(path);
        string lockPath = System.IO.Path.Combine(path, LockName);
        FileStream folderLock;
        try
        {
            folderLock = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex) when (IsLockConflict(ex))
        {
            throw new OutputFolderBusyException(path);
        }
        var folder = new OutputFolder(path, marker, folderLock);
        try
        {
            if (marker is not null) folder.Delete(marker);
            foreach (var name in outputs) folder.Delete(name);
            folder.RemoveLeftovers();
        }
        catch
        {
            folder.Dispose();
            throw;
        }
        return folder;
    }

    /// <summary>Writes <paramref name="file"/> under its temporary name, then renames it into place; returns the final path.</summary>
    public string Write(OutputFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Name != System.IO.Path.GetFileName(file.Name) || file.Name is "" or "." or ".." || file.Name == LockName)
            throw new ArgumentException($"\"{file.Name}\" is not a plain output file name", nameof(file));
        string final = System.IO.Path.Combine(Path, file.Name);
        string partial = final + PartialSuffix;
        try
        {
            using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
                stream.Write(file.Content);
            File.Move(partial, final, overwrite: true);
        }
        catch
        {
            TryDelete(partial);
            throw;
        }
        moved.Add(final);
        return final;
    }

    /// <summary>Writes several files in order; returns their final paths.</summary>
    public IReadOnlyList<string> Write(IEnumerable<OutputFile> files) => files.Select(Write).ToList();

    /// <summary>Writes the marker with <paramref name="content"/>, last; after this the session's files stay on disposal.</summary>
    public string Commit(byte[] content)
    {
        string final = Write(new OutputFile(Marker ?? throw new InvalidOperationException("this folder has no marker file"), content));
        completed = true;
        return final;
    }

    /// <summary>Ends a session without a marker (figures): its files stay on disposal.</summary>
    public void Complete() => completed = true;

    /// <summary>Releases the lock; without <see cref="Commit"/> or <see cref="Complete"/>, first deletes this session's files.</summary>
    public void Dispose()
    {
        if (!completed)
        {
            foreach (var path in moved) TryDelete(path);
            RemoveLeftovers();
            completed = true;
        }
        folderLock.Dispose();
    }

    private void Delete(string name) => File.Delete(System.IO.Path.Combine(Path, name));

    // Our temporary names, and those of earlier versions: NAME.tmp-PID (result.json, trajectory.csv) and approach.json.tmp.
    private void RemoveLeftovers()
    {
        IEnumerable<string> files;
        try { files = Directory.EnumerateFiles(Path).ToList(); }
        catch (IOException) { return; }
        foreach (var file in files)
        {
            string name = System.IO.Path.GetFileName(file);
            if (name.EndsWith(PartialSuffix, StringComparison.Ordinal) || OldTemporaryName().IsMatch(name) || name == "approach.json.tmp")
                TryDelete(file);
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    // EWOULDBLOCK (11) from flock on Linux, 35 on macOS; ERROR_SHARING_VIOLATION / ERROR_LOCK_VIOLATION on Windows.
    private static bool IsLockConflict(IOException ex) =>
        ex.HResult is 11 or 35 or unchecked((int)0x80070020) or unchecked((int)0x80070021);

    [GeneratedRegex(@"\.tmp-[0-9]+$")]
    private static partial Regex OldTemporaryName();
}
