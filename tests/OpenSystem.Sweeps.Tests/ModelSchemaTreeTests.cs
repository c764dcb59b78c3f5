using System.Text.Json.Nodes;

namespace OpenSystem.Sweeps.Tests;

/// <summary>
/// The sweep's own tree of model-file keys (<see cref="ModelSchema"/>, which decides what an axis path may add) defines
/// exactly the keys of docs/schema/model-file.schema.json at every place, free keys ($schema, description) aside and the
/// open family object aside: a key added to the model format and not to the sweep's tree (or the reverse) fails here.
/// </summary>
public class ModelSchemaTreeTests
{
    private static readonly string[] FreeKeys = ["$schema", "description"];

    private static readonly JsonNode Schema =
        JsonNode.Parse(File.ReadAllText(Path.Combine(SweepSchemaTests.Root, "docs", "schema", "model-file.schema.json")))!;

    [Fact]
    public void TheSweepsModelTree_IsTheSchemasTree()
    {
        var checkedPaths = new List<string>();
        Compare(ModelSchema.Model, Schema, "", checkedPaths);
        // the walk reached the nested places (not a vacuous pass)
        Assert.Contains("baths[].spectral_density.frequency", checkedPaths);
        Assert.Contains("jumps[].operator[].coef", checkedPaths);
        Assert.Contains("evolution.spacing", checkedPaths);
    }

    private static void Compare(ModelSchema tree, JsonNode schema, string path, List<string> checkedPaths)
    {
        if (tree.AnyKey)
        {
            return;
        }
        var properties = Properties(schema).Where(p => !FreeKeys.Contains(p.Key)).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value);
        Assert.True(tree.Keys.Order().SequenceEqual(properties.Keys.Order()),
            $"at \"{path}\": the sweep's tree has [{string.Join(", ", tree.Keys.Order())}], the schema [{string.Join(", ", properties.Keys.Order())}]");
        foreach (string key in tree.Keys)
        {
            var child = tree.Child(key)!;
            string childPath = path.Length == 0 ? key : $"{path}.{key}";
            checkedPaths.Add(childPath);
            if (child.Element is not null)
            {
                var items = Resolve(properties[key])["items"];
                Assert.True(items is not null, $"\"{childPath}\" is a list in the sweep's tree but not in the schema");
                Compare(child.Element, items!, childPath + "[]", checkedPaths);
            }
            else
            {
                Compare(child, properties[key], childPath, checkedPaths);
            }
        }
    }

    /// <summary>Every property a schema node allows: its own, its $ref's, and those of its allOf / then / else branches.</summary>
    private static IEnumerable<KeyValuePair<string, JsonNode>> Properties(JsonNode node)
    {
        node = Resolve(node);
        if (node["properties"] is JsonObject own)
        {
            foreach (var p in own)
            {
                yield return new(p.Key, p.Value!);
            }
        }
        var branches = (node["allOf"]?.AsArray() ?? []).Select(b => b!).Concat(new[] { node["then"], node["else"] }.OfType<JsonNode>());
        foreach (var branch in branches)
        {
            foreach (var p in Properties(branch["then"] ?? branch).Where(p => p.Value is not JsonValue))
            {
                yield return p;
            }
        }
    }

    private static JsonNode Resolve(JsonNode node)
    {
        while (node["$ref"]?.GetValue<string>() is string reference && reference.StartsWith("#/$defs/", StringComparison.Ordinal))
        {
            node = Schema["$defs"]![reference["#/$defs/".Length..]]!;
        }
        return node;
    }
}
