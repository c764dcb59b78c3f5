using System.Numerics;
using System.Text.Json;

namespace OpenSystem.Models;

/// <summary>
/// JSON-structural reading of one model file: types, required and unknown keys, duplicate keys, the scale limits of
/// <see cref="InputScales"/>, and the translation of a constructor's <see cref="ArgumentException"/> into a
/// <see cref="ModelFileException"/> naming the JSON key. Physical checks live in the constructors, not here.
/// </summary>
internal sealed class ModelJson(string file)
{
    /// <summary>The file name used in messages.</summary>
    public string File { get; } = file;

    public ModelFileException Error(string key, string problem) => new(File, key, problem);

    /// <summary>
    /// Runs a constructor and maps its exception: the parameter name goes through <paramref name="keyOf"/> to the JSON key,
    /// the reason is the constructor's own sentence.
    /// </summary>
    public T Construct<T>(Func<T> constructor, Func<string?, string> keyOf)
    {
        try
        {
            return constructor();
        }
        catch (ArgumentException ex)
        {
            throw Error(keyOf(ex.ParamName), Throw.Reason(ex));
        }
    }

    /// <summary>Runs a check that throws like a constructor, mapping its exception as <see cref="Construct{T}"/> does.</summary>
    public void Check(Action check, Func<string?, string> keyOf)
    {
        Construct(() =>
        {
            check();
            return 0;
        }, keyOf);
    }

    /// <summary>A finite JSON number.</summary>
    public double Number(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Number)
            throw Error(path, $"must be a number, got {Kind(e)}");
        if (!e.TryGetDouble(out double v) || !double.IsFinite(v))
            throw Error(path, $"must be a finite number, got {e.GetRawText()}");
        return v;
    }

    /// <summary>A finite JSON number inside the limits of <see cref="InputScales"/> (a quantity with a unit).</summary>
    public double Scaled(JsonElement e, string path)
    {
        double v = Number(e, path);
        string? problem = InputScales.Problem(v);
        if (problem is not null)
            throw Error(path, problem);
        return v;
    }

    /// <summary>A real number or a pair [re, im], each part inside the limits of <see cref="InputScales"/>.</summary>
    public Complex Coefficient(JsonElement e, string path)
    {
        if (e.ValueKind == JsonValueKind.Number)
            return Scaled(e, path);
        if (e.ValueKind == JsonValueKind.Array && e.GetArrayLength() == 2)
            return new Complex(Scaled(e[0], path + "[0]"), Scaled(e[1], path + "[1]"));
        throw Error(path, $"must be a real number or a pair [re, im], got {Kind(e)}");
    }

    public int Integer(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Number || !e.TryGetInt32(out int v))
            throw Error(path, $"must be an integer, got {(e.ValueKind == JsonValueKind.Number ? e.GetRawText() : Kind(e))}");
        return v;
    }

    public string String(JsonElement e, string path) =>
        e.ValueKind == JsonValueKind.String ? e.GetString()! : throw Error(path, $"must be a string, got {Kind(e)}");

    public bool Boolean(JsonElement e, string path) =>
        e.ValueKind is JsonValueKind.True or JsonValueKind.False ? e.GetBoolean() : throw Error(path, $"must be true or false, got {Kind(e)}");

    public JsonElement Require(JsonElement obj, string key, string path) =>
        obj.TryGetProperty(key, out var v) ? v : throw Error(Join(path, key), "is required but missing");

    public void RequireObject(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Object)
            throw Error(path.Length == 0 ? "(root)" : path, $"must be an object, got {Kind(e)}");
    }

    public void RequireArray(JsonElement e, string path, string what)
    {
        if (e.ValueKind != JsonValueKind.Array)
            throw Error(path, $"must be a list of {what}, got {Kind(e)}");
    }

    /// <summary>Unknown and duplicate keys are errors.</summary>
    public void CheckKeys(JsonElement obj, string path, params string[] allowed)
    {
        var seen = new HashSet<string>();
        foreach (var p in obj.EnumerateObject())
        {
            if (!allowed.Contains(p.Name))
                throw Error(Join(path, p.Name), $"unknown key (allowed here: {string.Join(", ", allowed)})");
            if (!seen.Add(p.Name))
                throw Error(Join(path, p.Name), "appears twice");
        }
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    public static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => $"the string {e.GetRawText()}",
        JsonValueKind.Number => $"the number {e.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => e.GetRawText(),
        JsonValueKind.Null => "null",
        _ => e.ValueKind.ToString(),
    };
}
