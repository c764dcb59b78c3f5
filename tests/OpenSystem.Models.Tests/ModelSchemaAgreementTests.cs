using System.Text.Json.Nodes;
using Json.Schema;

namespace OpenSystem.Models.Tests;

/// <summary>
/// The schema's keys and enumerated values are read from the schema file and compared with the reader's lists in code
/// (<see cref="ModelFileFormat"/>, <see cref="ModelFamilies"/>); each listed value is then accepted by the reader and a
/// misspelling of it refused with a hint, so a value added, renamed or dropped on one side fails here.
/// </summary>
public class ModelSchemaAgreementTests
{
    private static JsonNode Defs => SchemaFiles.ModelJson["$defs"]!;

    public static TheoryData<string, string[]> ObjectKeys => new()
    {
        { "(top level)", [.. ModelFileFormat.TopLevelKeys] },
        { "term", [.. ModelFileFormat.TermKeys] },
        { "bath", [.. ModelFileFormat.BathKeys] },
        { "jump", [.. ModelFileFormat.JumpKeys] },
        { "equation", [.. ModelFileFormat.EquationKeys] },
        { "initial_state", [.. ModelFileFormat.InitialStateKeys] },
        { "evolution", [.. ModelFileFormat.EvolutionKeys] },
    };

    [Theory]
    [MemberData(nameof(ObjectKeys))]
    public void EveryObject_HasTheReadersKeys_AndRefusesOthers(string definition, string[] readerKeys)
    {
        var schema = definition == "(top level)" ? SchemaFiles.ModelJson : Defs[definition]!;
        Assert.Equal(readerKeys.Order(), Keys(schema["properties"]).Order());
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
        foreach (var property in schema["properties"]!.AsObject())
        {
            Assert.False(string.IsNullOrWhiteSpace(property.Value!["description"]?.GetValue<string>()), $"{definition}.{property.Key} has no description");
        }
    }

    [Fact]
    public void TheSchema_IsAValidDraft202012Schema()
    {
        var result = MetaSchemas.Draft202012.Evaluate(SchemaFiles.ModelJson, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", SchemaFiles.ModelJson["$schema"]!.GetValue<string>());
    }

    [Fact]
    public void Enums_AreTheReadersValues()
    {
        Assert.Equal(ModelFileFormat.EquationKinds, Enum(Defs["equation"]!["properties"]!["kind"]));
        Assert.Equal(ModelFileFormat.InitialStateKinds, Enum(Defs["initial_state"]!["properties"]!["kind"]));
        Assert.Equal(ModelFileFormat.Spacings, Enum(Defs["evolution"]!["properties"]!["spacing"]));
        Assert.Equal(ModelFileFormat.EveryQubitAxes, Enum(Defs["bath"]!["properties"]!["every_qubit"]));
        Assert.Equal(ModelFileFormat.SpectralDensityKeys.Keys, Enum(Defs["spectral_density"]!["properties"]!["kind"]));
        Assert.Equal(ModelFamilies.All.Keys, Enum(Defs["family"]!["properties"]!["name"]));
    }

    [Fact]
    public void EverySpectralDensity_HasTheReadersParameters()
    {
        foreach (var (kind, parameters) in ModelFileFormat.SpectralDensityKeys)
        {
            var schema = Defs[kind]!;
            Assert.Equal(kind, schema["properties"]!["kind"]!["const"]!.GetValue<string>());
            Assert.Equal(parameters.Order(), Keys(schema["properties"]).Where(k => k != "kind").Order());
            var required = parameters.Except(ModelFileFormat.OptionalSpectralDensityKeys).Append("kind");
            Assert.Equal(required.Order(), Strings(schema["required"]).Order());
            Assert.False(schema["additionalProperties"]!.GetValue<bool>());
        }
    }

    [Fact]
    public void EveryFamily_HasTheReadersParameters()
    {
        foreach (var (name, family) in ModelFamilies.All)
        {
            var schema = Defs[$"family_{name}"]!;
            Assert.Equal(name, schema["properties"]!["name"]!["const"]!.GetValue<string>());
            Assert.Equal(family.Parameters.Concat(ModelFileFormat.FamilyKeys).Order(), Keys(schema["properties"]).Order());
            var required = family.FixedAncillas is null ? family.Parameters.Concat(ModelFileFormat.FamilyKeys) : family.Parameters.Append("name");
            Assert.Equal(required.Order(), Strings(schema["required"]).Order());
            if (family.FixedAncillas is int fixedCount)
                Assert.Equal(fixedCount, schema["properties"]!["ancillas"]!["const"]!.GetValue<int>());
        }
    }

    /// <summary>path in the Full model, value list, and how to write a value into the edit.</summary>
    public static TheoryData<string, string> EnumeratedValues()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in ModelFileFormat.EquationKinds)
            data.Add("\"kind\": \"lindblad\", \"lamb_shift\": false, \"degeneracy_tolerance\": 1e-9|\"kind\": \"VALUE\"", kind);
        foreach (var kind in ModelFileFormat.InitialStateKinds.Where(k => k != "product"))
            data.Add("{\"kind\": \"product\", \"bloch\": [[1, 0, 0], [0, 0, -1]]}|{\"kind\": \"VALUE\"}", kind);
        foreach (var spacing in ModelFileFormat.Spacings)
            data.Add("\"spacing\": \"log\"|\"spacing\": \"VALUE\"", spacing);
        foreach (var axis in ModelFileFormat.EveryQubitAxes)
            data.Add("\"every_qubit\": \"Z\"|\"every_qubit\": \"VALUE\"", axis);
        return data;
    }

    [Theory]
    [MemberData(nameof(EnumeratedValues))]
    public void EveryEnumeratedValue_IsAcceptedByBoth_AndAMisspellingByNeither(string edit, string value)
    {
        string good = ModelSchemaTests.Edit(ModelSchemaTests.Full, edit.Replace("VALUE", value));
        var (valid, errors) = SchemaFiles.Evaluate(SchemaFiles.Model, good);
        Assert.True(valid, $"{good}\n{errors}");
        _ = ModelFile.Parse(good, "good.json");

        string misspelt = value.Length > 1 ? value[1..] : value.ToLowerInvariant();
        string bad = ModelSchemaTests.Edit(ModelSchemaTests.Full, edit.Replace("VALUE", misspelt));
        Assert.False(SchemaFiles.Evaluate(SchemaFiles.Model, bad).Valid, bad);
        var ex = Assert.Throws<ModelFileException>(() => ModelFile.Parse(bad, "bad.json"));
        Assert.Contains($"did you mean \"{value}\"?", ex.Problem);
    }

    [Fact]
    public void EverySpectralDensityAndFamily_IsAcceptedByBoth()
    {
        var densities = new Dictionary<string, string>
        {
            ["ohmic"] = "{\"kind\": \"ohmic\", \"alpha\": 0.01, \"cutoff\": 5}",
            ["drude_lorentz"] = "{\"kind\": \"drude_lorentz\", \"reorganization\": 0.01, \"width\": 1}",
            ["underdamped"] = "{\"kind\": \"underdamped\", \"reorganization\": 0.01, \"width\": 0.5, \"frequency\": 1}",
        };
        Assert.Equal(ModelFileFormat.SpectralDensityKeys.Keys.Order(), densities.Keys.Order());
        foreach (var (name, family) in ModelFamilies.All)
        {
            foreach (var density in densities.Values)
            {
                var parameters = family.Parameters.Select((p, i) => $"\"{p}\": {0.5 + 0.25 * i}");
                string text = $$"""
                    {"family": {"name": "{{name}}", "ancillas": 1, {{string.Join(", ", parameters)}}},
                     "baths": [{"every_qubit": "X", "spectral_density": {{density}}, "temperature": 0.2}]}
                    """;
                Assert.True(SchemaFiles.Evaluate(SchemaFiles.Model, text).Valid, text);
                Assert.Equal(family.Qubits(1), ModelFile.Parse(text, name).System.Register.Count);
            }
        }
    }

    private static IEnumerable<string> Keys(JsonNode? properties) => properties!.AsObject().Select(p => p.Key);

    private static IEnumerable<string> Strings(JsonNode? array) => array!.AsArray().Select(v => v!.GetValue<string>());

    private static string[] Enum(JsonNode? property) => Strings(property!["enum"]).ToArray();
}
