namespace OpenSystem.Models;

/// <summary>
/// Bad input in a model file: every problem the reader found (up to <see cref="MaxErrors"/>), each naming the file, the
/// key (a JSON path such as baths[0].temperature), its line and column, and the problem. The message has one line per
/// problem (see <see cref="ModelFileError.ToString"/>); <see cref="File"/>, <see cref="Key"/> and <see cref="Problem"/>
/// are those of the first.
/// </summary>
public sealed class ModelFileException : Exception
{
    /// <summary>Most problems reported for one file; the reader stops after this many and says so.</summary>
    public const int MaxErrors = 20;

    /// <summary>One problem without a position in the file.</summary>
    /// <param name="file">The model file as given.</param>
    /// <param name="key">The offending key.</param>
    /// <param name="problem">What is wrong.</param>
    public ModelFileException(string file, string key, string problem)
        : this([new ModelFileError(file, key, problem)])
    {
    }

    /// <summary>Every problem found in one file, in the order found.</summary>
    /// <param name="errors">At least one problem.</param>
    /// <param name="stopped">True when the reader stopped at <see cref="MaxErrors"/> (more may follow).</param>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public ModelFileException(IReadOnlyList<ModelFileError> errors, bool stopped = false)
        : base(Format(errors, stopped))
    {
        Errors = errors;
        Stopped = stopped;
    }

    /// <summary>Every problem found, at most <see cref="MaxErrors"/>.</summary>
    public IReadOnlyList<ModelFileError> Errors { get; }

    /// <summary>Whether the reader stopped at <see cref="MaxErrors"/> problems.</summary>
    public bool Stopped { get; }

    /// <summary>The model file as given on the command line.</summary>
    public string File => Errors[0].File;

    /// <summary>The first offending key.</summary>
    public string Key => Errors[0].Key;

    /// <summary>What is wrong there.</summary>
    public string Problem => Errors[0].Problem;

    private static string Format(IReadOnlyList<ModelFileError> errors, bool stopped)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A model-file error needs at least one problem.", nameof(errors));
        }
        var lines = errors.Select(e => e.ToString()).ToList();
        if (stopped)
        {
            lines.Add($"{errors[0].File}: stopped after {errors.Count} problems; correct these and read the file again");
        }
        return string.Join(Environment.NewLine, lines);
    }
}
