using System.Numerics;
using System.Text.Json;
using OpenSystem.Json;

namespace OpenSystem.Models;

/// <summary>
/// JSON-structural reading of one model file: types, required and unknown keys, duplicate keys, the scale limits of
/// <see cref="InputScales"/>, and the translation of a constructor's <see cref="ArgumentException"/> into a
/// <see cref="ModelFileException"/> naming the JSON key. Physical checks live in the constructors, not here.
/// <para>Problems are collected rather than thrown one by one: the readers wrap each independent part of the file
/// (a bath, a term, the equation, ...) in <see cref="Try"/>, unknown keys are recorded and reading goes on, and
/// <see cref="Finish{T}"/> throws one exception with every problem (at most <see cref="ModelFileException.MaxErrors"/>),
/// each with its line and column in the file.</para>
/// </summary>
internal sealed class ModelJson(string file, JsonSource? source = null)
{
    private readonly List<ModelFileError> _errors = [];
    private readonly HashSet<string> _misspelt = new(StringComparer.Ordinal);
    private ModelFileException? _thrown;

    /// <summary>The file name used in messages.</summary>
    public string File { get; } = file;

    /// <summary>Number of problems found so far (a part compares it before and after to know whether it had one).</summary>
    public int ErrorCount => _errors.Count;

    /// <summary>A problem at <paramref name="key"/>, located in the file when the text is known.</summary>
    public ModelFileException Error(string key, string problem) => new([Located(key, problem)]);

    /// <summary>Records a problem and goes on reading.</summary>
    public void Record(string key, string problem, int occurrence = 0) => Add(Located(key, problem, occurrence));

    /// <summary>Runs one independent part of the reading; a problem in it is recorded and false returned.</summary>
    public bool Try(Action read)
    {
        try
        {
            read();
            return true;
        }
        catch (ModelFileException ex)
        {
            foreach (var error in ex.Errors)
            {
                Add(error);
            }
            return false;
        }
        catch (ReportedException)
        {
            return false;
        }
    }

    /// <summary>Runs one independent part of the reading that gives a value; default when it had a problem.</summary>
    public T? TryRead<T>(Func<T> read)
    {
        T? value = default;
        Try(() => value = read());
        return value;
    }

    /// <summary>
    /// Runs the whole reading and throws every problem found in it at once (or the first <see cref="ModelFileException.MaxErrors"/>).
    /// </summary>
    public T Finish<T>(Func<T> read)
    {
        try
        {
            T value = read();
            ThrowIfAny();
            return value;
        }
        catch (ModelFileException ex) when (ex != _thrown)
        {
            _errors.AddRange(ex.Errors.Take(ModelFileException.MaxErrors - _errors.Count));
        }
        catch (ErrorLimitException)
        {
            throw new ModelFileException(_errors.ToArray(), stopped: true);
        }
        catch (ReportedException)
        {
            // its problem is recorded already
        }
        ThrowIfAny();
        return default!;
    }

    /// <summary>Throws every problem recorded so far, if any.</summary>
    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            _thrown = new ModelFileException(_errors.ToArray());
            throw _thrown;
        }
    }

    private ModelFileError Located(string key, string problem, int occurrence = 0)
    {
        var at = source?.Locate(key, occurrence);
        return new ModelFileError(File, key, problem) { Line = at?.Line, Column = at?.Column };
    }

    private void Add(ModelFileError error)
    {
        _errors.Add(error);
        if (_errors.Count >= ModelFileException.MaxErrors)
        {
            throw new ErrorLimitException();
        }
    }

    /// <summary>Stops reading a part whose problem is recorded already (a required key misspelt: one message, not two).</summary>
    private sealed class ReportedException : Exception;

    /// <summary>Thrown past every <see cref="Try"/> when <see cref="ModelFileException.MaxErrors"/> problems are recorded.</summary>
    private sealed class ErrorLimitException : Exception;

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

    /// <summary>The value of a required key; a missing key is a problem, unless a misspelling of it was reported already.</summary>
    public JsonElement Require(JsonElement obj, string key, string path)
    {
        if (obj.TryGetProperty(key, out var v))
            return v;
        if (_misspelt.Contains(Join(path, key)))
            throw new ReportedException();
        throw Error(Join(path, key), "is required but missing");
    }

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

    /// <summary>
    /// Records unknown keys (with the closest allowed one as a hint) and duplicate keys, and checks that the free keys
    /// <c>$schema</c> and <c>description</c>, where allowed, are strings.
    /// </summary>
    public void CheckKeys(JsonElement obj, string path, IReadOnlyList<string> allowed)
    {
        var seen = new HashSet<string>();
        foreach (var p in obj.EnumerateObject())
        {
            string key = Join(path, p.Name);
            if (!allowed.Contains(p.Name))
            {
                string? meant = Spelling.Closest(p.Name, allowed);
                if (meant is not null && !obj.TryGetProperty(meant, out _))
                    _misspelt.Add(Join(path, meant));
                Record(key, $"unknown key{Spelling.Hint(p.Name, allowed)} (allowed here: {string.Join(", ", allowed)})");
            }
            else if (!seen.Add(p.Name))
                Record(key, "appears twice", occurrence: 1);
            else if (p.Name is ModelFileFormat.SchemaKey or ModelFileFormat.DescriptionKey && p.Value.ValueKind != JsonValueKind.String)
                Record(key, $"must be a string (it is free text for editors and readers, ignored by opensystem), got {Kind(p.Value)}");
        }
    }

    /// <summary>The problem of an enumerated value that is none of <paramref name="allowed"/>, with a spelling hint.</summary>
    public ModelFileException UnknownValue(string path, string what, string given, IReadOnlyList<string> allowed) =>
        Error(path, $"unknown {what} \"{given}\"{Spelling.Hint(given, allowed)}; use {string.Join(", ", allowed.Select(a => $"\"{a}\""))}");

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
