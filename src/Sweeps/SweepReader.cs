using System.Text.Json;
using System.Text.Json.Nodes;
using OpenSystem.Json;

namespace OpenSystem.Sweeps;

/// <summary>
/// Reads a sweep file: <c>{"model": PATH-or-OBJECT, "axes": [{"path": P, "values"|"linspace"|"logspace": ...}, ...],
/// "combine": "product"|"zip"}</c>, and expands it into points, each with its model as canonical JSON. Every error is a
/// <see cref="SweepFileException"/> naming the file and the key (for an axis, <c>axes[i]</c> and the path as written).
/// </summary>
public static class SweepReader
{
    /// <summary>
    /// The keys of a sweep file's top level: <c>$schema</c> (the JSON Schema, for editors) and <c>description</c> (free
    /// notes) are strings the reader ignores.
    /// </summary>
    public static readonly IReadOnlyList<string> TopLevelKeys = ["$schema", "description", "model", "axes", "combine", "outputs"];

    /// <summary>The keys of one axis: its path and exactly one of the value keys.</summary>
    public static readonly IReadOnlyList<string> AxisKeys = ["path", "values", "linspace", "logspace"];

    /// <summary>The values of <c>combine</c>.</summary>
    public static readonly IReadOnlyList<string> Combinations = ["product", "zip"];

    /// <summary>The analyses a sweep file may ask for under <c>"outputs"</c>, besides the run's own result.</summary>
    public static readonly IReadOnlyList<string> KnownOutputs = ["approach"];

    private static readonly string[] ValueKeys = ["values", "linspace", "logspace"];

    /// <summary>Reads the sweep file at <paramref name="sweepPath"/>; a model path inside it is relative to the file's folder.</summary>
    /// <param name="sweepPath">The sweep file as given on the command line.</param>
    /// <param name="runOptions">A fingerprint of the options that change results (e.g. steady-state tolerance), mixed into
    /// every point's <see cref="SweepPoint.Identity"/> so that a rerun with other options recomputes; "" for none.</param>
    /// <exception cref="SweepFileException">The file or its model file is missing or not JSON, or any key is wrong.</exception>
    public static SweepPlan Read(string sweepPath, string runOptions = "")
    {
        string text;
        try
        {
            text = File.ReadAllText(sweepPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SweepFileException(sweepPath, "(file)", $"cannot read the sweep file: {ex.Message}");
        }
        return Parse(text, sweepPath, runOptions);
    }

    /// <summary>Parses sweep-file text; <paramref name="sweepPath"/> names it in messages and anchors a relative model path.</summary>
    /// <exception cref="SweepFileException">See <see cref="Read"/>.</exception>
    public static SweepPlan Parse(string json, string sweepPath, string runOptions = "")
    {
        ArgumentNullException.ThrowIfNull(json);
        var source = new JsonSource(json);
        var top = ParseObject(source, sweepPath, "(file)", "must be a JSON object with keys model, axes and combine");
        var errors = new SweepErrors(sweepPath, source);
        var misspelt = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in top)
        {
            if (!TopLevelKeys.Contains(pair.Key))
            {
                string? meant = Spelling.Closest(pair.Key, TopLevelKeys);
                if (meant is not null && !top.ContainsKey(meant))
                {
                    misspelt.Add(meant);
                }
                errors.Record(pair.Key, $"unknown key{Spelling.Hint(pair.Key, TopLevelKeys)} (allowed here: {string.Join(", ", TopLevelKeys)})");
            }
            else if (pair.Key is "$schema" or "description" && pair.Value?.GetValueKind() != JsonValueKind.String)
            {
                errors.Record(pair.Key, $"must be a string (free text for editors and readers, ignored by opensystem), got {pair.Value?.ToJsonString() ?? "null"}");
            }
        }
        // a misspelt required key is one problem (the misspelling), not also a missing key
        var model = misspelt.Contains("model") ? null : errors.Try(() => Model(top, sweepPath));
        var axes = misspelt.Contains("axes") ? null : errors.Try(() => Axes(top, sweepPath, errors));
        var combination = errors.Try(() => Combination(top, sweepPath));
        var outputs = errors.Try(() => Outputs(top, sweepPath));
        errors.ThrowIfAny();
        // the analyses asked for change what a point's result holds, so they are part of its identity (a finished point
        // without them is computed again when they are added)
        string identity = outputs!.Count == 0 ? runOptions : $"{runOptions}\noutputs: {string.Join(", ", outputs)}";
        var points = errors.Try(() => SweepExpansion.Points(model!, axes!, combination, sweepPath, identity));
        errors.ThrowIfAny();
        return new SweepPlan(sweepPath, Path.GetFullPath(sweepPath), axes!, combination, points!) { Outputs = outputs };
    }

    /// <summary>
    /// Parses JSON text (comments and trailing commas allowed) that must be an object; a syntax error names its 1-based line
    /// and column, without the JSON library's own position text.
    /// </summary>
    private static JsonObject ParseObject(JsonSource source, string file, string key, string notObject)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(source.Utf8.Span, documentOptions: JsonSource.DocumentOptions);
        }
        catch (JsonException ex)
        {
            var (reason, line, column) = source.SyntaxError(ex);
            throw new SweepFileException(file, "(syntax)", $"invalid JSON: {reason}", line, column);
        }
        return root as JsonObject ?? throw new SweepFileException(file, key, notObject);
    }

    private static List<string> Outputs(JsonObject top, string sweepPath)
    {
        var outputs = new List<string>();
        if (!top.TryGetPropertyValue("outputs", out var node))
        {
            return outputs;
        }
        string known = string.Join(", ", KnownOutputs.Select(o => $"\"{o}\""));
        if (node is not JsonArray list)
        {
            throw new SweepFileException(sweepPath, "outputs", $"must be a list of analyses to add to every point ({known})");
        }
        for (int i = 0; i < list.Count; i++)
        {
            string? name = list[i] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
            if (name is null || !KnownOutputs.Contains(name))
            {
                throw new SweepFileException(sweepPath, $"outputs[{i}]", $"must be one of {known}, got {list[i]?.ToJsonString() ?? "null"}");
            }
            if (!outputs.Contains(name))
            {
                outputs.Add(name);
            }
        }
        return outputs;
    }

    private static JsonObject Model(JsonObject top, string sweepPath)
    {
        if (!top.TryGetPropertyValue("model", out var node) || node is null)
        {
            throw new SweepFileException(sweepPath, "model", "is required: a model file path relative to the sweep file, or a model object");
        }
        if (node is JsonObject inline)
        {
            return inline;
        }
        if (node is not JsonValue value || !value.TryGetValue(out string? relative))
        {
            throw new SweepFileException(sweepPath, "model", "must be a path (a string) or a model object");
        }
        string folder = Path.GetDirectoryName(Path.GetFullPath(sweepPath)) ?? ".";
        string modelPath = Path.Combine(folder, relative);
        string text;
        try
        {
            text = File.ReadAllText(modelPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SweepFileException(sweepPath, "model", $"cannot read the model file {relative} (relative to the sweep file): {ex.Message}");
        }
        try
        {
            return ParseObject(new JsonSource(text), sweepPath, "model", $"{relative} is not a JSON object");
        }
        catch (SweepFileException ex)
        {
            string at = ex.Line is int line ? $" at line {line}, column {ex.Column}" : "";
            throw new SweepFileException(sweepPath, "model", $"the model file {relative}{at}: {ex.Problem}");
        }
    }

    private static List<SweepAxis> Axes(JsonObject top, string sweepPath, SweepErrors errors)
    {
        if (!top.TryGetPropertyValue("axes", out var node) || node is not JsonArray list || list.Count == 0)
        {
            throw new SweepFileException(sweepPath, "axes", "is required: a non-empty list of {\"path\": ..., \"values\"|\"linspace\"|\"logspace\": ...}");
        }
        var axes = new List<SweepAxis>();
        var seen = new Dictionary<string, int>();
        for (int a = 0; a < list.Count; a++)
        {
            int index = a;
            var axis = errors.Try(() => Axis(list[index], $"axes[{index}]", sweepPath));
            if (axis is null)
            {
                continue;
            }
            if (seen.TryGetValue(axis.Path.Canonical(), out int earlier))
            {
                errors.Record($"axes[{a}].path", $"\"{axis.Path.Text}\" is already the path of axes[{earlier}]");
                continue;
            }
            seen[axis.Path.Canonical()] = a;
            axes.Add(axis);
        }
        return axes;
    }

    private static SweepAxis Axis(JsonNode? node, string key, string sweepPath)
    {
        if (node is not JsonObject obj)
        {
            throw new SweepFileException(sweepPath, key, "must be an object {\"path\": ..., \"values\"|\"linspace\"|\"logspace\": ...}");
        }
        foreach (var pair in obj)
        {
            if (!AxisKeys.Contains(pair.Key))
            {
                throw new SweepFileException(sweepPath, $"{key}.{pair.Key}", $"unknown key{Spelling.Hint(pair.Key, AxisKeys)} (allowed here: {string.Join(", ", AxisKeys)})");
            }
        }
        if (!obj.TryGetPropertyValue("path", out var pathNode) || pathNode is not JsonValue pathValue || !pathValue.TryGetValue(out string? pathText))
        {
            throw new SweepFileException(sweepPath, $"{key}.path", "is required: a string such as \"baths[*].temperature\"");
        }
        AxisPath path;
        try
        {
            path = AxisPath.Parse(pathText);
        }
        catch (FormatException ex)
        {
            throw new SweepFileException(sweepPath, $"{key}.path", $"\"{pathText}\": {ex.Message}");
        }
        var given = ValueKeys.Where(obj.ContainsKey).ToList();
        if (given.Count != 1)
        {
            throw new SweepFileException(sweepPath, key, $"axis \"{pathText}\" needs exactly one of values, linspace, logspace (has {(given.Count == 0 ? "none" : string.Join(" and ", given))})");
        }
        string valueKey = $"{key}.{given[0]}";
        var values = given[0] == "values"
            ? ExplicitValues(obj["values"], valueKey, pathText, sweepPath)
            : Spaced(obj[given[0]], given[0] == "logspace", valueKey, pathText, sweepPath);
        return new SweepAxis(path, values);
    }

    private static List<JsonNode?> ExplicitValues(JsonNode? node, string key, string pathText, string sweepPath)
    {
        if (node is not JsonArray array || array.Count == 0)
        {
            throw new SweepFileException(sweepPath, key, $"axis \"{pathText}\": values must be a non-empty list of JSON values");
        }
        return array.Select(v => v?.DeepClone()).ToList();
    }

    private static List<JsonNode?> Spaced(JsonNode? node, bool logarithmic, string key, string pathText, string sweepPath)
    {
        string name = logarithmic ? "logspace" : "linspace";
        if (node is not JsonArray array || array.Count != 3)
        {
            throw new SweepFileException(sweepPath, key, $"axis \"{pathText}\": {name} must be [start, stop, count]");
        }
        double start = Number(array[0], $"{key}[0]", pathText, sweepPath);
        double stop = Number(array[1], $"{key}[1]", pathText, sweepPath);
        double count = Number(array[2], $"{key}[2]", pathText, sweepPath);
        if (count != Math.Floor(count) || count < 1 || count > int.MaxValue)
        {
            throw new SweepFileException(sweepPath, $"{key}[2]", $"axis \"{pathText}\": count must be an integer >= 1, got {array[2]!.ToJsonString()}");
        }
        try
        {
            var values = logarithmic ? AxisSpacing.Logspace(start, stop, (int)count) : AxisSpacing.Linspace(start, stop, (int)count);
            return values.Select(v => (JsonNode?)JsonValue.Create(v)).ToList();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            string index = ex.ParamName == "stop" ? "[1]" : "[0]";
            throw new SweepFileException(sweepPath, key + index, $"axis \"{pathText}\": {name} needs start and stop > 0 (values evenly spaced in log), got {ex.ActualValue}");
        }
    }

    private static double Number(JsonNode? node, string key, string pathText, string sweepPath)
    {
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
        {
            double number = value.GetValue<double>();
            if (double.IsFinite(number))
            {
                return number;
            }
        }
        throw new SweepFileException(sweepPath, key, $"axis \"{pathText}\": must be a finite number, got {node?.ToJsonString() ?? "null"}");
    }

    private static SweepCombination Combination(JsonObject top, string sweepPath)
    {
        if (!top.TryGetPropertyValue("combine", out var node))
        {
            return SweepCombination.Product;
        }
        string? text = node is JsonValue value && value.TryGetValue(out string? s) ? s : null;
        return text switch
        {
            "product" => SweepCombination.Product,
            "zip" => SweepCombination.Zip,
            _ => throw new SweepFileException(sweepPath, "combine", $"must be \"product\" or \"zip\", got {node?.ToJsonString() ?? "null"}{Spelling.Hint(text ?? "", Combinations)}"),
        };
    }
}
