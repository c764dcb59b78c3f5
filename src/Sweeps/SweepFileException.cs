namespace OpenSystem.Sweeps;

/// <summary>
/// Bad input in a sweep file (the command-line program maps it to exit code 2). The message names the sweep file, the
/// key (a JSON path inside the sweep file such as <c>axes[1].path</c>, or inside a point's model such as
/// <c>baths[0].temperature</c>) and, for an invalid point, the point's index and axis values:
/// <c>temp.json: point 7 (baths[*].temperature = -0.1): baths[0].temperature: must be &gt;= 0</c>.
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
}
