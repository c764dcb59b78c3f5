namespace OpenSystem.Cli;

/// <summary>
/// Checks the output paths of a command before any work: <c>--out</c> must name a folder, and in a multi-model run
/// each model writes into <c>DIR/&lt;file name without .json&gt;</c>, which must be a plain folder name directly inside
/// DIR (not empty, <c>.</c> or <c>..</c>) and differ from every other model's after normalisation.
/// </summary>
internal static class OutputPaths
{
    private static readonly StringComparer PathComparer =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>
    /// The output folder of each model in <paramref name="modelPaths"/> (DIR itself for one model), or null with
    /// <paramref name="error"/> saying which argument is wrong and why.
    /// </summary>
    public static IReadOnlyList<string>? Plan(IReadOnlyList<string> modelPaths, string outDir, out string? error)
    {
        error = CheckOut(outDir) ?? modelPaths.Select(CheckModelPath).FirstOrDefault(e => e is not null);
        if (error is not null) return null;
        if (modelPaths.Count == 1) return [outDir];
        string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        var folders = new List<string>();
        var owner = new Dictionary<string, string>(PathComparer);
        foreach (var modelPath in modelPaths)
        {
            string name = Path.GetFileNameWithoutExtension(modelPath);
            string full = Path.GetFullPath(Path.Combine(root, name));
            if (name is "" or "." or ".." || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || !PathComparer.Equals(Path.GetDirectoryName(full), root))
            {
                error = $"{modelPath}: its output folder would be DIR/\"{name}\", which is not a plain folder name inside {outDir}; rename the model file";
                return null;
            }
            if (owner.TryGetValue(full, out var other))
            {
                error = $"{other} and {modelPath} would both write into {full}; give them different names";
                return null;
            }
            owner[full] = modelPath;
            folders.Add(Path.Combine(outDir, name));
        }
        return folders;
    }

    /// <summary>Null when <paramref name="outDir"/> can be an output folder, else the reason.</summary>
    public static string? CheckOut(string outDir)
    {
        if (string.IsNullOrWhiteSpace(outDir)) return "--out needs a folder, got an empty name";
        if (outDir.IndexOf('\0') >= 0) return "--out contains a NUL character";
        if (File.Exists(outDir)) return $"--out {outDir} is a file, not a folder";
        return null;
    }

    private static string? CheckModelPath(string modelPath)
    {
        if (string.IsNullOrWhiteSpace(modelPath)) return "a model file path is empty";
        if (modelPath.IndexOf('\0') >= 0) return "a model file path contains a NUL character";
        if (Directory.Exists(modelPath)) return $"{modelPath} is a folder, not a model file";
        return null;
    }
}
