namespace OpenSystem.Sweeps;

/// <summary>
/// Bad input in a sweep file (the command-line program maps it to exit code 2). The message names the sweep file, the
/// key (a JSON path inside the sweep file such as <c>axes[1].path</c>, or inside a point's model such as
/// <c>baths[0].temperature</c>) and, for an invalid point, the point's index and axis values:
/// <c>temp.json: point 7 (baths[*].temperature = -0.1): baths[0].temperature: must be &gt;= 0</c>. An error located in
/// the sweep file reads <c>FILE:LINE:COLUMN: KEY: PROBLEM</c> (1-based line and column); the reader reports every problem of
/// the sweep file at once as one exception whose <see cref="Errors"/> lists them (one line each in the message).
/// </summary>
public sealed class SweepFileException : Exception
{
    /// <summary>An error in the sweep file itself (not tied to one point).</summary>
    /// <param name="file">The sweep file as given on the command line.</param>
    /// <param name="key">The offending key inside the sweep file, e.g. <c>axes[0].logspace</c>.</param>
    /// <param name="problem">What is wrong.</param>
    public SweepFileException(string file, string key, string problem)
        : base($"{file}: {key}: {problem}")
    {
        File = file;
        Key = key;
        Problem = problem;
    }

    /// <summary>An error at a known place in the sweep file.</summary>
    /// <param name="file">The sweep file as given on the command line.</param>
    /// <param name="key">The offending key inside the sweep file.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="line">1-based line of the key in the file.</param>
    /// <param name="column">1-based column (in characters) of the key on its line.</param>
    public SweepFileException(string file, string key, string problem, int line, int column)
        : base($"{file}:{line}:{column}: {key}: {problem}")
    {
        File = file;
        Key = key;
        Problem = problem;
        Line = line;
        Column = column;
    }

    /// <summary>Every problem found in one sweep file (at least one), in the order found.</summary>
    /// <param name="errors">The problems; file, key, problem and position are those of the first.</param>
    public SweepFileException(IReadOnlyList<SweepFileException> errors)
        : base(string.Join(Environment.NewLine, errors.Select(e => e.Message)))
    {
        var first = errors[0];
        File = first.File;
        Key = first.Key;
        Problem = first.Problem;
        Point = first.Point;
        Line = first.Line;
        Column = first.Column;
        _errors = errors;
    }

    /// <summary>An error in the model of one point.</summary>
    /// <param name="file">The sweep file as given on the command line.</param>
    /// <param name="point">The point's index (0-based, in sweep order).</param>
    /// <param name="pointDescription">The point's axis values, e.g. <c>baths[*].temperature = 0.1</c>.</param>
    /// <param name="key">The offending key inside the point's model, or "model" when the validator named none.</param>
    /// <param name="problem">What is wrong.</param>
    public SweepFileException(string file, int point, string pointDescription, string key, string problem)
        : base($"{file}: point {point} ({pointDescription}): {key}: {problem}")
    {
        File = file;
        Key = key;
        Problem = problem;
        Point = point;
    }

    /// <summary>The sweep file as given on the command line.</summary>
    public string File { get; }

    /// <summary>The offending key: inside the sweep file, or inside the point's model when <see cref="Point"/> is set.</summary>
    public string Key { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }

    /// <summary>The index of the invalid point, or null for an error in the sweep file itself.</summary>
    public int? Point { get; }

    /// <summary>1-based line of the key in the sweep file, or null when unknown.</summary>
    public int? Line { get; }

    /// <summary>1-based column of the key on <see cref="Line"/>, or null when unknown.</summary>
    public int? Column { get; }

    /// <summary>Every problem this exception reports: several for a sweep file with several mistakes, else just itself.</summary>
    public IReadOnlyList<SweepFileException> Errors => _errors ?? [this];

    private IReadOnlyList<SweepFileException>? _errors;
}
