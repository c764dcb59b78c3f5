using System.Text;
using System.Text.Json;

namespace OpenSystem.Json;

/// <summary>
/// The text of one input file (model or sweep file) as the readers parse it: <c>//</c> and <c>/* */</c> comments are
/// skipped and trailing commas accepted; every key and list element is mapped to its line and column (1-based, the
/// column counted in characters) so that messages can point at it; a syntax error is reported with the same line and
/// column numbering and without the JSON library's own position text. Compiled into both the model and the sweep
/// library (a linked source file), so both files read alike.
/// </summary>
internal sealed class JsonSource
{
    /// <summary>The parser options of every input file: comments skipped, trailing commas allowed.</summary>
    public static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];
    private readonly Dictionary<string, List<int>> _offsets = new(StringComparer.Ordinal);

    /// <summary>Maps the text; a syntax error leaves the map partial (see <see cref="SyntaxError"/>).</summary>
    public JsonSource(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _utf8 = Encoding.UTF8.GetBytes(text);
        for (int i = 0; i < _utf8.Length; i++)
        {
            if (_utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
        try
        {
            Map();
        }
        catch (JsonException)
        {
            // the parse itself reports the syntax error; the map of what came before it stays usable
        }
    }

    /// <summary>The UTF-8 bytes of the text (what the parser reads, so byte positions agree).</summary>
    public ReadOnlyMemory<byte> Utf8 => _utf8;

    /// <summary>
    /// Line and column of the key or element at <paramref name="path"/> (e.g. <c>baths[0].temperature</c>), or of its
    /// nearest enclosing one that exists (a missing key points at the object that lacks it, at last the whole text's first
    /// value); null when the text has no value.
    /// <paramref name="occurrence"/> picks a repeated key (0 = first).
    /// </summary>
    public (int Line, int Column)? Locate(string path, int occurrence = 0)
    {
        ArgumentNullException.ThrowIfNull(path);
        string current = path;
        while (true)
        {
            if (_offsets.TryGetValue(current, out var offsets))
            {
                return Position(offsets[Math.Min(occurrence, offsets.Count - 1)]);
            }
            if (current.Length == 0)
            {
                return null;
            }
            occurrence = 0;
            current = Parent(current);
        }
    }

    /// <summary>
    /// The reason and 1-based line and column of a syntax error the parser threw for this text (its own message without
    /// its 0-based "LineNumber | BytePositionInLine" tail).
    /// </summary>
    public (string Reason, int Line, int Column) SyntaxError(JsonException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        string reason = ex.Message;
        foreach (string tail in new[] { " LineNumber:", " Path:" })
        {
            int cut = reason.IndexOf(tail, StringComparison.Ordinal);
            if (cut >= 0)
            {
                reason = reason[..cut];
            }
        }
        int line = (int)Math.Clamp(ex.LineNumber ?? 0, 0, _lineStarts.Count - 1);
        int start = _lineStarts[line];
        int bytes = (int)Math.Clamp(ex.BytePositionInLine ?? 0, 0, _utf8.Length - start);
        return (reason.Trim(), line + 1, Encoding.UTF8.GetCharCount(_utf8, start, bytes) + 1);
    }

    /// <summary>The path of the key or element that encloses <paramref name="path"/>: a.b[2].c → a.b[2] → a.b → a → "".</summary>
    public static string Parent(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.EndsWith(']'))
        {
            int open = path.LastIndexOf('[');
            return open < 0 ? "" : path[..open];
        }
        int dot = path.LastIndexOf('.');
        return dot < 0 ? "" : path[..dot];
    }

    private (int Line, int Column) Position(int offset)
    {
        int line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }
        int start = _lineStarts[line];
        return (line + 1, Encoding.UTF8.GetCharCount(_utf8, start, offset - start) + 1);
    }

    /// <summary>Walks the tokens, recording the offset of every property name and every list element under its path.</summary>
    private void Map()
    {
        var reader = new Utf8JsonReader(_utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        var containers = new Stack<(string Path, bool IsList, int Count)>();
        string pending = "";
        while (reader.Read())
        {
            int offset = (int)reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    string parent = containers.Peek().Path;
                    string name = reader.GetString() ?? "";
                    pending = parent.Length == 0 ? name : $"{parent}.{name}";
                    Record(pending, offset);
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    containers.Pop();
                    break;
                default:
                    string path = pending;
                    if (containers.Count == 0)
                    {
                        Record("", offset);
                    }
                    else if (containers.Peek().IsList)
                    {
                        var list = containers.Pop();
                        path = $"{list.Path}[{list.Count}]";
                        containers.Push(list with { Count = list.Count + 1 });
                        Record(path, offset);
                    }
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        containers.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
                    }
                    break;
            }
        }
    }

    private void Record(string path, int offset)
    {
        if (!_offsets.TryGetValue(path, out var offsets))
        {
            offsets = [];
            _offsets[path] = offsets;
        }
        offsets.Add(offset);
    }
}
