using System.Text.RegularExpressions;

namespace OpenSystem.Models.Tests;

/// <summary>
/// docs/schema/model-file.schema.json and the reader agree: every shipped model file passes both, a set of broken files
/// fails both, and the schema's keys and enumerated values are the reader's own lists (<see cref="ModelFileFormat"/>,
/// <see cref="ModelFamilies"/>), each value of which the reader accepts.
/// </summary>
public class ModelSchemaTests
{
    /// <summary>A model that uses every part of the format (both bath forms, jumps, product state, log grid).</summary>
    public const string Full = """
        {"$schema": "../../docs/schema/model-file.schema.json", "description": "all parts",
         "qubits": 2,
         "hamiltonian": [{"pauli": "Z0", "coef": 0.5}, {"pauli": "Z1", "coef": 0.5}, {"pauli": "X0 X1", "coef": 0.1}],
         "baths": [{"description": "on qubit 1", "coupling": [{"pauli": "X1", "coef": 1.0}],
                    "spectral_density": {"kind": "ohmic", "alpha": 0.001, "cutoff": 5.0, "exponent": 1.0}, "temperature": 0.2},
                   {"every_qubit": "Z", "spectral_density": {"kind": "underdamped", "reorganization": 0.01, "width": 0.5, "frequency": 1.0},
                    "temperature": 0.3}],
         "jumps": [{"description": "decay", "operator": [{"pauli": "X0", "coef": 0.5}, {"pauli": "Y0", "coef": [0, -0.5]}], "rate": 0.01}],
         "equation": {"kind": "lindblad", "lamb_shift": false, "degeneracy_tolerance": 1e-9},
         "initial_state": {"kind": "product", "bloch": [[1, 0, 0], [0, 0, -1]]},
         "evolution": {"t_end": 10, "samples": 11, "spacing": "log"}}
        """;

    private const string Family = """
        {"family": {"name": "c4", "ancillas": 2, "omega_target": 1, "omega_ancilla": 0.5, "g": 0.5, "theta": 0.5},
         "baths": [{"every_qubit": "X", "spectral_density": {"kind": "drude_lorentz", "reorganization": 0.01, "width": 1}, "temperature": 0.2}]}
        """;

    public static TheoryData<string> ShippedModels => new(SchemaFiles.ValidModelFiles().Select(f => Path.GetRelativePath(SchemaFiles.Root, f)));

    /// <summary>name, base ("full" or "family"), edit (old|new, first occurrence).</summary>
    public static TheoryData<string, string, string> Broken => new()
    {
        { "unknown top-level key", "full", "\"qubits\": 2,|\"qubits\": 2, \"solver\": 1," },
        { "misspelt bath key", "full", "\"temperature\": 0.2|\"temprature\": 0.2" },
        { "qubits not an integer", "full", "\"qubits\": 2|\"qubits\": \"two\"" },
        { "zero qubits", "full", "\"qubits\": 2|\"qubits\": 0" },
        { "thirteen qubits", "full", "\"qubits\": 2|\"qubits\": 13" },
        { "missing hamiltonian", "full", "\"hamiltonian\"|\"hamiltonia\"" },
        { "missing baths", "full", "\"baths\"|\"bath\"" },
        { "baths not a list", "family", "\"baths\": [|\"baths\": \"none\", \"jumps\": [" },
        { "initial_state not an object", "full", "\"initial_state\": {\"kind\": \"product\", \"bloch\": [[1, 0, 0], [0, 0, -1]]}|\"initial_state\": \"product\"" },
        { "negative temperature", "full", "\"temperature\": 0.2|\"temperature\": -0.2" },
        { "negative alpha", "full", "\"alpha\": 0.001|\"alpha\": -0.001" },
        { "zero cutoff", "full", "\"cutoff\": 5.0|\"cutoff\": 0" },
        { "exponent above 20", "full", "\"exponent\": 1.0|\"exponent\": 25" },
        { "unknown spectral density", "full", "\"ohmic\"|\"lorentzian\"" },
        { "parameter of another kind", "family", "\"width\": 1|\"width\": 1, \"alpha\": 1" },
        { "underdamped without frequency", "full", ", \"frequency\": 1.0|" },
        { "zero width", "family", "\"width\": 1|\"width\": 0" },
        { "coupling and every_qubit", "full", "\"coupling\"|\"every_qubit\": \"X\", \"coupling\"" },
        { "neither coupling nor every_qubit", "full", "\"every_qubit\": \"Z\", |" },
        { "every_qubit W", "family", "\"every_qubit\": \"X\"|\"every_qubit\": \"W\"" },
        { "empty coupling", "full", "\"coupling\": [{\"pauli\": \"X1\", \"coef\": 1.0}]|\"coupling\": []" },
        { "unknown equation", "full", "\"lindblad\"|\"secular\"" },
        { "redfield with degeneracy tolerance", "full", "\"lindblad\"|\"redfield\"" },
        { "degeneracy tolerance too large", "full", "1e-9|0.5" },
        { "lamb_shift not boolean", "full", "\"lamb_shift\": false|\"lamb_shift\": \"no\"" },
        { "equation without kind", "full", "\"kind\": \"lindblad\", |" },
        { "product without bloch", "full", ", \"bloch\": [[1, 0, 0], [0, 0, -1]]|" },
        { "ground with bloch", "full", "\"kind\": \"product\"|\"kind\": \"ground\"" },
        { "bloch vector of two numbers", "full", "[1, 0, 0]|[1, 0]" },
        { "bloch component above 1", "full", "[1, 0, 0]|[1.5, 0, 0]" },
        { "unknown initial state", "full", "\"product\"|\"thermal\"" },
        { "one sample", "full", "\"samples\": 11, \"spacing\": \"log\"|\"samples\": 1" },
        { "log grid with two samples", "full", "\"samples\": 11|\"samples\": 2" },
        { "too many samples", "full", "\"samples\": 11|\"samples\": 2000000" },
        { "zero t_end", "full", "\"t_end\": 10|\"t_end\": 0" },
        { "unknown spacing", "full", "\"spacing\": \"log\"|\"spacing\": \"logarithmic\"" },
        { "evolution without t_end", "full", "\"t_end\": 10, |" },
        { "negative jump rate", "full", "\"rate\": 0.01|\"rate\": -0.01" },
        { "jump without rate", "full", ", \"rate\": 0.01|" },
        { "term without coef", "full", "{\"pauli\": \"Z1\", \"coef\": 0.5}|{\"pauli\": \"Z1\"}" },
        { "misspelt term key", "full", "{\"pauli\": \"Z1\", \"coef\": 0.5}|{\"pauli\": \"Z1\", \"coeff\": 0.5}" },
        { "malformed pauli string", "full", "\"X0 X1\"|\"X0 W1\"" },
        { "three-part coefficient", "full", "[0, -0.5]|[0, -0.5, 1]" },
        { "description not a string", "full", "\"description\": \"all parts\"|\"description\": 42" },
        { "$schema not a string", "full", "\"$schema\": \"../../docs/schema/model-file.schema.json\"|\"$schema\": 1" },
        { "description inside spectral density", "family", "\"kind\": \"drude_lorentz\"|\"description\": \"x\", \"kind\": \"drude_lorentz\"" },
        { "family and qubits", "family", "{\"family\"|{\"qubits\": 3, \"family\"" },
        { "unknown family", "family", "\"c4\"|\"c5\"" },
        { "family parameter missing", "family", ", \"theta\": 0.5|" },
        { "parameter of another family", "family", "\"theta\": 0.5|\"theta\": 0.5, \"omega_mediator\": 1" },
        { "family without ancillas", "family", "\"ancillas\": 2, |" },
        { "1001 ancillas", "family", "\"ancillas\": 2|\"ancillas\": 1001" },
        { "eq9 with two ancillas", "family", "\"c4\"|\"eq9\"" },
    };

    [Fact]
    public void TheShippedModelFiles_AreFound()
    {
        // examples/models (21), tools/crosscheck/models (16), tools/pack (1) at the time of writing
        Assert.True(ShippedModels.Count >= 30, $"only {ShippedModels.Count} model files found under {SchemaFiles.Root}");
    }

    [Theory]
    [MemberData(nameof(ShippedModels))]
    public void ShippedModel_PassesTheSchemaAndTheReader(string file)
    {
        string text = File.ReadAllText(Path.Combine(SchemaFiles.Root, file));
        var (valid, errors) = SchemaFiles.Evaluate(SchemaFiles.Model, text);
        Assert.True(valid, $"{file} fails the schema:\n{errors}");
        _ = ModelFile.Parse(text, file);
    }

    [Fact]
    public void TheAnnotatedExampleOfTheDocs_PassesTheSchemaAndTheReader()
    {
        string doc = File.ReadAllText(Path.Combine(SchemaFiles.Root, "docs", "model-file.md"));
        string example = Regex.Match(doc, "```jsonc\n(\\{.*?\n\\})\n```", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("// n; the Hilbert space", example);
        var (valid, errors) = SchemaFiles.Evaluate(SchemaFiles.Model, example);
        Assert.True(valid, errors);
        Assert.Equal(2, ModelFile.Parse(example, "model-file.md").System.Register.Count);
    }

    [Theory]
    [InlineData("full")]
    [InlineData("family")]
    [InlineData("ReaderBadInputTests.Good")]
    public void TheBaseModels_PassBoth(string which)
    {
        string text = which switch
        {
            "full" => Full,
            "family" => Family,
            _ => ReaderBadInputTests.Good,
        };
        var (valid, errors) = SchemaFiles.Evaluate(SchemaFiles.Model, text);
        Assert.True(valid, errors);
        _ = ModelFile.Parse(text, which);
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void BrokenModel_FailsTheSchemaAndTheReader(string name, string which, string edit)
    {
        string text = Edit(which == "full" ? Full : Family, edit);
        var (valid, _) = SchemaFiles.Evaluate(SchemaFiles.Model, text);
        Assert.False(valid, $"{name}: the schema accepts\n{text}");
        var ex = Assert.Throws<ModelFileException>(() => ModelFile.Parse(text, "broken.json"));
        Assert.All(ex.Errors, e => Assert.NotNull(e.Line));
    }

    /// <summary>Replaces the first occurrence of the old part of <paramref name="edit"/> (old|new).</summary>
    public static string Edit(string text, string edit)
    {
        var parts = edit.Split('|');
        int at = text.IndexOf(parts[0], StringComparison.Ordinal);
        Assert.True(at >= 0, $"\"{parts[0]}\" not in the base model");
        return string.Concat(text.AsSpan(0, at), parts[1], text.AsSpan(at + parts[0].Length));
    }
}
