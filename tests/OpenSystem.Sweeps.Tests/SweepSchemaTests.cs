using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace OpenSystem.Sweeps.Tests;

/// <summary>
/// docs/schema/sweep-file.schema.json and the sweep reader agree: the shipped sweep files pass both, broken ones fail
/// both, the schema's keys and values are the reader's lists; and the reader reports every problem of a sweep file at once
/// with its line and column.
/// </summary>
public class SweepSchemaTests
{
    private const string Base = """
        {"$schema": "../../docs/schema/sweep-file.schema.json", "description": "temperatures",
         "model": {"qubits": 1, "hamiltonian": [{"pauli": "Z0", "coef": 0.5}],
                   "baths": [{"coupling": [{"pauli": "X0", "coef": 1.0}], "spectral_density": {"kind": "ohmic", "alpha": 0.01, "cutoff": 5}, "temperature": 0.2}]},
         "axes": [{"path": "baths[*].temperature", "logspace": [0.01, 2.0, 5]},
                  {"path": "baths[0].spectral_density.alpha", "values": [0.01, 0.02]}],
         "combine": "product",
         "outputs": ["approach"]}
        """;

    private static readonly Lock Gate = new();

    internal static readonly string Root = FindRoot();

    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        // the sweep schema refers to the model schema by relative path ("model-file.schema.json"), as editors resolve it
        SchemaRegistry.Global.Register(JsonSchema.FromFile(Path.Combine(Root, "docs", "schema", "model-file.schema.json")));
        return JsonSchema.FromFile(Path.Combine(Root, "docs", "schema", "sweep-file.schema.json"));
    });

    private static JsonNode SchemaJson => JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "docs", "schema", "sweep-file.schema.json")))!;

    public static TheoryData<string> ShippedSweeps => new(new[] { Path.Combine("examples", "sweeps"), Path.Combine("benchmarks", "sweeps") }
        .SelectMany(f => Directory.GetFiles(Path.Combine(Root, f), "*.json"))
        .Concat(Directory.GetFiles(Path.Combine(Root, "tools", "pack"), "*_sweep.json"))
        .Select(f => Path.GetRelativePath(Root, f))
        .Order(StringComparer.Ordinal));

    /// <summary>name, edit of <see cref="Base"/> (old|new, first occurrence).</summary>
    public static TheoryData<string, string> Broken => new()
    {
        { "unknown top-level key", "\"combine\"|\"combin\"" },
        { "no axes", "\"axes\": [{\"path\": \"baths[*].temperature\", \"logspace\": [0.01, 2.0, 5]},|\"axes\": [], \"x\": [" },
        { "axis without values", ", \"logspace\": [0.01, 2.0, 5]|" },
        { "axis with two value keys", "\"logspace\": [0.01, 2.0, 5]|\"logspace\": [0.01, 2.0, 5], \"values\": [1]" },
        { "axis without path", "{\"path\": \"baths[*].temperature\", |{" },
        { "unknown axis key", "\"values\": [0.01, 0.02]|\"value\": [0.01, 0.02]" },
        { "empty values", "\"values\": [0.01, 0.02]|\"values\": []" },
        { "logspace from 0", "[0.01, 2.0, 5]|[0, 2.0, 5]" },
        { "logspace of two numbers", "[0.01, 2.0, 5]|[0.01, 2.0]" },
        { "count 0", "[0.01, 2.0, 5]|[0.01, 2.0, 0]" },
        { "fractional count", "[0.01, 2.0, 5]|[0.01, 2.0, 2.5]" },
        { "start not a number", "[0.01, 2.0, 5]|[\"a\", 2.0, 5]" },
        { "unknown combine", "\"product\"|\"cross\"" },
        { "unknown output", "[\"approach\"]|[\"gap\"]" },
        { "outputs not a list", "[\"approach\"]|\"approach\"" },
        { "unknown key beside model", "\"model\": {|\"m\": 42, \"model\": {" },
        { "description not a string", "\"description\": \"temperatures\"|\"description\": 7" },
        { "missing model", "\"model\"|\"modle\"" },
    };

    [Fact]
    public void TheShippedSweeps_AreFound() => Assert.True(ShippedSweeps.Count >= 5, $"{ShippedSweeps.Count} sweep files");

    [Theory]
    [MemberData(nameof(ShippedSweeps))]
    public void ShippedSweep_PassesTheSchemaAndTheReader(string file)
    {
        string path = Path.Combine(Root, file);
        var (valid, errors) = Evaluate(File.ReadAllText(path));
        Assert.True(valid, $"{file} fails the schema:\n{errors}");
        Assert.NotEmpty(SweepReader.Read(path).Points);
    }

    [Fact]
    public void TheBase_PassesBoth()
    {
        var (valid, errors) = Evaluate(Base);
        Assert.True(valid, errors);
        var (fixtureValid, fixtureErrors) = Evaluate($$"""{"model": {{TestModels.TwoQubits}}, "axes": [{"path": "qubits", "values": [2]}]}""");
        Assert.True(fixtureValid, $"the tests' model TestModels.TwoQubits: {fixtureErrors}");
        Assert.Equal(10, SweepReader.Parse(Base, "base.json").Points.Count);
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void BrokenSweep_FailsTheSchemaAndTheReader(string name, string edit)
    {
        var parts = edit.Split('|');
        int at = Base.IndexOf(parts[0], StringComparison.Ordinal);
        Assert.True(at >= 0, $"{name}: \"{parts[0]}\" not in the base");
        string text = string.Concat(Base.AsSpan(0, at), parts[1], Base.AsSpan(at + parts[0].Length));
        Assert.False(Evaluate(text).Valid, $"{name}: the schema accepts\n{text}");
        var ex = Assert.Throws<SweepFileException>(() => SweepReader.Parse(text, "broken.json"));
        Assert.All(ex.Errors, e => Assert.NotNull(e.Line));
    }

    [Fact]
    public void TheSchema_IsAValidDraft202012Schema()
    {
        var result = MetaSchemas.Draft202012.Evaluate(SchemaJson, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")));
    }

    [Fact]
    public void TheSchemasKeysAndValues_AreTheReaders()
    {
        var schema = SchemaJson;
        Assert.Equal(SweepReader.TopLevelKeys.Order(), schema["properties"]!.AsObject().Select(p => p.Key).Order());
        var axis = schema["$defs"]!["axis"]!;
        Assert.Equal(SweepReader.AxisKeys.Order(), axis["properties"]!.AsObject().Select(p => p.Key).Order());
        Assert.Equal(SweepReader.Combinations, Strings(schema["properties"]!["combine"]!["enum"]));
        Assert.Equal(SweepReader.KnownOutputs, Strings(schema["properties"]!["outputs"]!["items"]!["enum"]));
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
        Assert.False(axis["additionalProperties"]!.GetValue<bool>());
        foreach (var property in schema["properties"]!.AsObject().Concat(axis["properties"]!.AsObject()))
        {
            Assert.False(string.IsNullOrWhiteSpace(property.Value!["description"]?.GetValue<string>()), $"{property.Key} has no description");
        }
    }

    [Fact]
    public void AFileWithThreeMistakes_ReportsAllThree_WithLines()
    {
        string text = """
            {"model": {"qubits": 1, "hamiltonian": [{"pauli": "Z0", "coef": 0.5}], "baths": []},
             "axes": [{"path": "baths[*].temperature", "logspace": [0, 2.0, 5]},
                      {"path": "qubits", "valuse": [1, 2]}],
             "combine": "zipp"
            }
            """;
        var ex = Assert.Throws<SweepFileException>(() => SweepReader.Parse(text, "three.json"));
        Assert.Equal(["axes[0].logspace[0]", "axes[1].valuse", "combine"], ex.Errors.Select(e => e.Key));
        Assert.Equal([2, 3, 4], ex.Errors.Select(e => e.Line ?? 0));
        Assert.Contains("did you mean \"values\"?", ex.Errors[1].Problem);
        Assert.Contains("did you mean \"zip\"?", ex.Errors[2].Problem);
        var lines = ex.Message.Split(Environment.NewLine);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"three.json:3:{text.Split('\n')[2].IndexOf("\"valuse\"", StringComparison.Ordinal) + 1}: axes[1].valuse: unknown key", lines[1]);
    }

    [Fact]
    public void AMisspeltRequiredKey_IsOneProblem()
    {
        var ex = Assert.Throws<SweepFileException>(() => SweepReader.Parse("""{"modle": "m.json", "axes": [{"path": "qubits", "values": [1]}]}""", "s.json"));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("modle", error.Key);
        Assert.Contains("did you mean \"model\"?", error.Problem);
    }

    [Fact]
    public void CommentsAndTrailingCommas_AreAccepted_InTheSweepAndItsModelFile()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"sweep-schema-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "model.json"), """
                // one qubit
                {"qubits": 1, "hamiltonian": [{"pauli": "Z0", "coef": 0.5},],
                 "baths": [{"coupling": [{"pauli": "X0", "coef": 1.0}], "spectral_density": {"kind": "ohmic", "alpha": 0.01, "cutoff": 5}, "temperature": 0.2,}],}
                """);
            File.WriteAllText(Path.Combine(folder, "sweep.json"), """
                {"model": "model.json", /* relative to this file */
                 "axes": [{"path": "baths[*].temperature", "values": [0.1, 0.2,],},],}
                """);
            Assert.Equal(2, SweepReader.Read(Path.Combine(folder, "sweep.json")).Points.Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ASyntaxError_HasOneLineAndColumn_AndNoParserInternals()
    {
        var ex = Assert.Throws<SweepFileException>(() => SweepReader.Parse("{\"model\": \"m.json\"\n \"axes\": []}", "s.json"));
        Assert.Equal((2, 2), (ex.Line, ex.Column));
        Assert.StartsWith("s.json:2:2: (syntax): invalid JSON: ", ex.Message);
        Assert.DoesNotContain("LineNumber", ex.Message);
    }

    private static (bool Valid, string Errors) Evaluate(string text)
    {
        var node = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        EvaluationResults result;
        lock (Gate)
        {
            result = Schema.Value.Evaluate(node, new EvaluationOptions { OutputFormat = OutputFormat.List });
        }
        var errors = (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"));
        return (result.IsValid, string.Join("\n", errors));
    }

    private static string[] Strings(JsonNode? array) => array!.AsArray().Select(v => v!.GetValue<string>()).ToArray();

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
