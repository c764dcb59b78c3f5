namespace OpenSystem.Sweeps;

/// <summary>
/// Writes a file so that a reader (or a crash) sees either the old content or the new, never part of it: the bytes go to a
/// temporary file in the same folder, which is then renamed over the target (rename is atomic within one file system).
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> atomically, creating the folder if needed.</summary>
    /// <returns><paramref name="path"/>.</returns>
    public static string Write(string path, byte[] content)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        Directory.CreateDirectory(folder);
        string temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
        return path;
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 (no byte-order mark) to <paramref name="path"/> atomically.</summary>
    /// <returns><paramref name="path"/>.</returns>
    public static string Write(string path, string text) => Write(path, System.Text.Encoding.UTF8.GetBytes(text));
}
