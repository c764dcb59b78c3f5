using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace OpenSystem.Models.Tests;

/// <summary>The repository's JSON Schemas and model files, and schema evaluation with readable failure messages.</summary>
internal static class SchemaFiles
{
    // JsonSchema.Net builds parts of a schema lazily on first use; evaluations are serialised so that parallel test
    // classes never race on that (a rare wrong verdict was seen once without it).
    private static readonly Lock Gate = new();

    /// <summary>The repository root (the folder with OpenSystem.sln).</summary>
    public static string Root { get; } = FindRoot();

    private static readonly Lazy<JsonSchema> LazyModel = new(() => JsonSchema.FromFile(Path.Combine(Root, "docs", "schema", "model-file.schema.json")));

    /// <summary>docs/schema/model-file.schema.json.</summary>
    public static JsonSchema Model => LazyModel.Value;

    /// <summary>The schema's own JSON, to read its properties and enums.</summary>
    public static JsonNode ModelJson { get; } =
        JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "docs", "schema", "model-file.schema.json")))!;

    /// <summary>Every model file the repository ships as valid: examples, cross-check models and the packaging check's (not its sweep).</summary>
    public static IEnumerable<string> ValidModelFiles()
    {
        string[] folders = [Path.Combine("examples", "models"), Path.Combine("tools", "crosscheck", "models"), Path.Combine("tools", "pack")];
        // tools/pack also holds a sweep file (*_sweep.json), checked against the sweep schema by the Sweeps tests
        return folders.SelectMany(f => Directory.GetFiles(Path.Combine(Root, f), "*.json"))
            .Where(f => !f.EndsWith("_sweep.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>Parses text as the reader does (comments and trailing commas allowed) for the schema validator.</summary>
    public static JsonNode? Parse(string text) =>
        JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });

    /// <summary>The schema's verdict, with every failing location and message when invalid.</summary>
    public static (bool Valid, string Errors) Evaluate(JsonSchema schema, string text)
    {
        EvaluationResults result;
        lock (Gate)
        {
            result = schema.Evaluate(Parse(text), new EvaluationOptions { OutputFormat = OutputFormat.List });
        }
        var errors = (result.Details ?? [])
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"));
        return (result.IsValid, string.Join("\n", errors));
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "OpenSystem.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("repository root (OpenSystem.sln) not found");
    }
}
