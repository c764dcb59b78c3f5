using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using OpenSystem.Json;

namespace OpenSystem.Sweeps;

/// <summary>
/// A place in a JSON document: object keys joined by dots, <c>[k]</c> for element k of an array (0-based) and
/// <c>[*]</c> for every element of an array, e.g. <c>baths[*].spectral_density.alpha</c> or <c>hamiltonian[2].coef</c>.
/// Axes of a sweep file use it to say where their value goes in the model; extra table columns use it (without
/// <c>[*]</c>) to say which number of result.json to read.
/// </summary>
public sealed class AxisPath
{
    private readonly PathSegment[] segments;

    private AxisPath(string text, PathSegment[] segments)
    {
        Text = text;
        this.segments = segments;
    }

    /// <summary>The path exactly as written.</summary>
    public string Text { get; }

    /// <summary>True when the path contains <c>[*]</c> (it then names several places).</summary>
    public bool HasWildcard => segments.Any(s => s.IsEvery);

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">Empty key, unclosed or empty bracket, an index that is not a non-negative integer or
    /// <c>*</c>, or a path that does not start with a key; the message says which.</exception>
    public static AxisPath Parse(string text)
    {
        var list = new List<PathSegment>();
        int i = 0;
        while (i < text.Length || list.Count == 0)
        {
            int start = i;
            while (i < text.Length && text[i] != '.' && text[i] != '[' && text[i] != ']')
            {
                i++;
            }
            if (i == start)
            {
                throw new FormatException(i < text.Length && list.Count > 0
                    ? $"empty key before '{text[i]}' at character {i + 1}"
                    : "empty key (a path is object keys joined by dots, e.g. baths[*].temperature)");
            }
            list.Add(new PathSegment(text[start..i], 0));
            while (i < text.Length && text[i] == '[')
            {
                int close = text.IndexOf(']', i);
                if (close < 0)
                {
                    throw new FormatException($"unclosed '[' at character {i + 1}");
                }
                list.Add(Bracket(text[(i + 1)..close], i));
                i = close + 1;
            }
            if (i < text.Length)
            {
                if (text[i] != '.')
                {
                    throw new FormatException($"unexpected '{text[i]}' at character {i + 1}; expected '.' or '['");
                }
                i++;
                if (i == text.Length)
                {
                    throw new FormatException("the path ends with '.'");
                }
            }
        }
        return new AxisPath(text, list.ToArray());
    }

    private static PathSegment Bracket(string inside, int position)
    {
        if (inside == "*")
        {
            return new PathSegment(null, PathSegment.Every);
        }
        if (inside.Length > 0 && inside.All(char.IsAsciiDigit) && int.TryParse(inside, NumberStyles.None, CultureInfo.InvariantCulture, out int k))
        {
            return new PathSegment(null, k);
        }
        throw new FormatException($"'[{inside}]' at character {position + 1} is neither [k] with k a non-negative integer nor [*]");
    }

    /// <summary>
    /// Sets every place this path names in <paramref name="model"/> to a copy of <paramref name="value"/>. A key the model
    /// lacks is added when the model-file format defines it there (missing objects on the way, such as <c>evolution</c>, are
    /// created); array elements are never created.
    /// </summary>
    /// <returns>How many places were set (more than one only with <c>[*]</c>).</returns>
    /// <exception cref="ArgumentException">The path names a key neither the model has nor the format defines, an index past
    /// the end of an array, <c>[*]</c> on an empty array, or steps into a value of the wrong kind; the message gives the
    /// place reached (e.g. <c>baths[0]</c>) and the reason.</exception>
    public int Apply(JsonObject model, JsonNode? value)
    {
        return ApplyAt(model, 0, ModelSchema.Model, value, "");
    }

    private int ApplyAt(JsonNode node, int at, ModelSchema? schema, JsonNode? value, string reached)
    {
        var segment = segments[at];
        bool last = at == segments.Length - 1;
        if (segment.IsKey)
        {
            return ApplyKey(node, segment.Key!, at, last, schema, value, reached);
        }
        if (node is not JsonArray array)
        {
            throw new ArgumentException($"{Describe(reached)} is {Kind(node)}, not a list, so {segment} does not apply");
        }
        if (segment.IsEvery && array.Count == 0)
        {
            throw new ArgumentException($"{Describe(reached)} is an empty list, so [*] sets nothing");
        }
        if (!segment.IsEvery && segment.Index >= array.Count)
        {
            throw new ArgumentException($"{Describe(reached)} has {array.Count} element(s), so [{segment.Index}] is past its end");
        }
        int set = 0;
        int from = segment.IsEvery ? 0 : segment.Index;
        int to = segment.IsEvery ? array.Count : segment.Index + 1;
        for (int k = from; k < to; k++)
        {
            string here = $"{reached}[{k}]";
            if (last)
            {
                array[k] = value?.DeepClone();
                set++;
            }
            else
            {
                set += ApplyAt(array[k] ?? throw new ArgumentException($"{here} is null"), at + 1, schema?.Element, value, here);
            }
        }
        return set;
    }

    private int ApplyKey(JsonNode node, string key, int at, bool last, ModelSchema? schema, JsonNode? value, string reached)
    {
        if (node is not JsonObject obj)
        {
            throw new ArgumentException($"{Describe(reached)} is {Kind(node)}, not an object, so it has no key \"{key}\"");
        }
        string here = reached.Length == 0 ? key : $"{reached}.{key}";
        var childSchema = schema?.Child(key);
        bool present = obj.TryGetPropertyValue(key, out var child);
        if (!present && childSchema is null)
        {
            string defined = schema is null ? "" : $"{Spelling.Hint(key, schema.Keys.ToArray())} (the format defines: {string.Join(", ", schema.Keys)})";
            throw new ArgumentException($"the model has no key \"{key}\" in {Describe(reached)} and the model-file format defines none there{defined}");
        }
        if (last)
        {
            obj[key] = value?.DeepClone();
            return 1;
        }
        if (child is null)
        {
            if (!segments[at + 1].IsKey)
            {
                throw new ArgumentException($"the model has no list {here}, so {segments[at + 1]} names no element");
            }
            child = new JsonObject();
            obj[key] = child;
        }
        return ApplyAt(child, at + 1, childSchema, value, here);
    }

    /// <summary>
    /// The value at this path in <paramref name="document"/>, or null when the path is absent or holds JSON null
    /// (table columns leave such cells empty).
    /// </summary>
    /// <exception cref="InvalidOperationException">The path contains <c>[*]</c>.</exception>
    public JsonNode? Resolve(JsonNode? document)
    {
        if (HasWildcard)
        {
            throw new InvalidOperationException($"{Text}: [*] names several places; a column needs one");
        }
        var node = document;
        foreach (var segment in segments)
        {
            node = segment.IsKey
                ? (node as JsonObject)?[segment.Key!]
                : node is JsonArray array && segment.Index < array.Count ? array[segment.Index] : null;
            if (node is null)
            {
                return null;
            }
        }
        return node;
    }

    /// <inheritdoc/>
    public override string ToString() => Text;

    /// <summary>The canonical text of the path (segments re-joined), used to compare two spellings of one path.</summary>
    internal string Canonical()
    {
        var text = new StringBuilder();
        foreach (var segment in segments)
        {
            if (segment.IsKey && text.Length > 0)
            {
                text.Append('.');
            }
            text.Append(segment.ToString());
        }
        return text.ToString();
    }

    private static string Describe(string reached) => reached.Length == 0 ? "the model" : reached;

    private static string Kind(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "a list",
        _ => $"the value {node.ToJsonString()}",
    };
}
