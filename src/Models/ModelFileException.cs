namespace OpenSystem.Models;

/// <summary>Bad input in a model file: names the file, the key (a JSON path such as baths[0].temperature) and the problem.</summary>
public sealed class ModelFileException(string file, string key, string problem) : Exception($"{file}: {key}: {problem}")
{
    /// <summary>The model file as given on the command line.</summary>
    public string File { get; } = file;

    /// <summary>The offending key.</summary>
    public string Key { get; } = key;

    /// <summary>What is wrong.</summary>
    public string Problem { get; } = problem;
}
