namespace OpenSystem.Cli;

/// <summary>
/// One output file rendered in memory: its file name (no directory) and its bytes. Writers in this library return these
/// instead of writing to disk, so the caller decides how they reach their final path (the command line writes each to a
/// temporary name in the output folder and renames it into place, so no half-written plot or table is ever visible).
/// </summary>
/// <param name="Name">File name with extension, e.g. <c>coherence.svg</c>; never a path.</param>
/// <param name="Content">The complete file content.</param>
public sealed record OutputFile(string Name, byte[] Content);
