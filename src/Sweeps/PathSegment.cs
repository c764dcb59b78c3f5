namespace OpenSystem.Sweeps;

/// <summary>One step of an <see cref="AxisPath"/>: an object key, an array index <c>[k]</c> or every element <c>[*]</c>.</summary>
internal readonly record struct PathSegment(string? Key, int Index)
{
    /// <summary>Index value that stands for <c>[*]</c>.</summary>
    public const int Every = -1;

    public bool IsKey => Key is not null;

    public bool IsEvery => Key is null && Index == Every;

    public override string ToString() => IsKey ? Key! : IsEvery ? "[*]" : $"[{Index}]";
}
