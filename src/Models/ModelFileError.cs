namespace OpenSystem.Models;

/// <summary>
/// One problem of a model file: the file, the key (a JSON path such as <c>baths[0].temperature</c>, or <c>(file)</c>,
/// <c>(syntax)</c>, <c>(root)</c>), where it is in the file, and what is wrong. Written as
/// <c>FILE:LINE:COLUMN: KEY: PROBLEM</c> (the form editors and terminals turn into a link), or <c>FILE: KEY: PROBLEM</c>
/// when there is no position (the file could not be read, or the text was not read from a file).
/// </summary>
/// <param name="File">The model file as given on the command line (or the label given to <see cref="ModelFile.Parse"/>).</param>
/// <param name="Key">The offending key.</param>
/// <param name="Problem">What is wrong, as one sentence for the user.</param>
public sealed record ModelFileError(string File, string Key, string Problem)
{
    /// <summary>1-based line of the key (of the object lacking it, for a missing key), or null when unknown.</summary>
    public int? Line { get; init; }

    /// <summary>1-based column, counted in characters, of the key on <see cref="Line"/>, or null when unknown.</summary>
    public int? Column { get; init; }

    /// <summary><c>FILE:LINE:COLUMN: KEY: PROBLEM</c>, or <c>FILE: KEY: PROBLEM</c> without a position.</summary>
    public override string ToString() =>
        Line is int line ? $"{File}:{line}:{Column ?? 1}: {Key}: {Problem}" : $"{File}: {Key}: {Problem}";
}
