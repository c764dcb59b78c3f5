using OpenSystem.Json;

namespace OpenSystem.Sweeps;

/// <summary>
/// Collects the problems of one sweep file so that all are reported at once: each independent part (a top-level key, an
/// axis) is read in <see cref="Try"/>, a <see cref="SweepFileException"/> from it is recorded with its line and column in
/// the file, and <see cref="ThrowIfAny"/> throws them together (at most <see cref="MaxErrors"/>).
/// </summary>
internal sealed class SweepErrors(string file, JsonSource source)
{
    /// <summary>Most problems reported for one sweep file.</summary>
    public const int MaxErrors = 20;

    private readonly List<SweepFileException> _errors = [];

    /// <summary>Records a problem at <paramref name="key"/> (a JSON path in the sweep file) and goes on.</summary>
    public void Record(string key, string problem)
    {
        if (_errors.Count < MaxErrors)
        {
            _errors.Add(Located(key, problem));
        }
    }

    /// <summary>Runs one part of the reading; a problem in it is recorded and the default value returned.</summary>
    public T? Try<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (SweepFileException ex)
        {
            foreach (var error in ex.Errors)
            {
                Record(error.Key, error.Problem);
            }
            return default;
        }
    }

    /// <summary>Throws every problem recorded so far, if any.</summary>
    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new SweepFileException(_errors.ToArray());
        }
    }

    /// <summary>The exception for one problem, with its line and column when the key is found in the file.</summary>
    public SweepFileException Located(string key, string problem)
    {
        return source.Locate(key) is var (line, column)
            ? new SweepFileException(file, key, problem, line, column)
            : new SweepFileException(file, key, problem);
    }
}
