using System.Text.Json;
using OpenSystem.Cli;

namespace OpenSystem.Cli.Tests;

/// <summary>Runs <c>opensystem run</c> in process on a model text in a fresh folder.</summary>
internal sealed class CliRunner : IDisposable
{
    public CliRunner() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "opensystem-tests", Guid.NewGuid().ToString("N"));

    public string Out => Path.Combine(Folder, "out");

    public string ResultPath => Path.Combine(Out, "result.json");

    public (int Exit, string Stderr) Run(string modelText, string name = "model.json", params string[] extra)
    {
        string path = Path.Combine(Folder, name);
        File.WriteAllText(path, modelText);
        return RunFile(path, extra);
    }

    public (int Exit, string Stderr) RunFile(string path, params string[] extra)
    {
        var stderr = new StringWriter();
        int exit = Program.Run(["run", path, "--out", Out, "-v", "quiet", .. extra], stderr);
        return (exit, stderr.ToString());
    }

    public JsonElement Result() => JsonDocument.Parse(File.ReadAllText(ResultPath)).RootElement;

    public static string RepositoryFile(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OpenSystem.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), relative);
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
