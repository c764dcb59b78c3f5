using System.Text.Json.Serialization;

namespace OpenSystem.Cli;

/// <summary>
/// Source-generated JSON serialization of the files the CLI writes from typed records (approach.json): the code is
/// generated at compile time, so the Native AOT tool writes them without reflection. Keys are snake_case, indented.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(ApproachJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
