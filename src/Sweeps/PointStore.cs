using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenSystem.Sweeps;

/// <summary>
/// The per-point files of a sweep's output folder DIR. Point p owns DIR/points/&lt;p&gt;/ and in it either
/// <c>result.json</c> (the result-file contract plus <c>"point": {"index", "axes", "model_sha256"}</c>) or
/// <c>failed.json</c> (<c>{"point": {...}, "message": "..."}</c>), each written atomically. A file counts only when its
/// <c>point.model_sha256</c> equals the point's current <see cref="SweepPoint.Identity"/>, so a changed sweep file or
/// model recomputes exactly the points whose model changed.
/// </summary>
public sealed class PointStore
{
    /// <summary>The finished result of a point.</summary>
    public const string ResultFile = "result.json";

    /// <summary>The failure record of a point.</summary>
    public const string FailureFile = "failed.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>A store over <paramref name="outDirectory"/> for the points of <paramref name="plan"/>.</summary>
    public PointStore(string outDirectory, SweepPlan plan)
    {
        OutDirectory = outDirectory;
        Plan = plan;
    }

    /// <summary>DIR.</summary>
    public string OutDirectory { get; }

    /// <summary>The sweep whose points are stored.</summary>
    public SweepPlan Plan { get; }

    /// <summary>DIR/points/&lt;p&gt;.</summary>
    public string Folder(int point) => Path.Combine(OutDirectory, "points", point.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Ok when a result for the point's current identity exists, Failed when a failure record for it does, else Missing.</summary>
    public PointStatus Status(SweepPoint point)
    {
        if (Result(point) is not null)
        {
            return PointStatus.Ok;
        }
        return Failure(point) is not null ? PointStatus.Failed : PointStatus.Missing;
    }

    /// <summary>The point's result.json when it records the point's current identity, else null.</summary>
    public JsonObject? Result(SweepPoint point) => ReadMatching(point, ResultFile);

    /// <summary>The failure message of the point's failed.json when it records the point's current identity, else null.</summary>
    public string? Failure(SweepPoint point)
    {
        var failure = ReadMatching(point, FailureFile);
        return failure is null ? null : failure["message"]?.GetValue<string>() ?? "";
    }

    /// <summary>
    /// Writes the point's result.json atomically: <c>"point"</c> (index, axis values, identity) first, then the members of
    /// <paramref name="result"/>; then removes a failure record left by an earlier run.
    /// </summary>
    public void SaveResult(SweepPoint point, JsonObject result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var document = new JsonObject { ["point"] = Plan.Echo(point) };
        foreach (var pair in result.ToList())
        {
            result.Remove(pair.Key);
            if (pair.Key != "point")
            {
                document[pair.Key] = pair.Value;
            }
        }
        AtomicFile.Write(Path.Combine(Folder(point.Index), ResultFile), document.ToJsonString(Indented));
        Delete(point, FailureFile);
    }

    /// <summary>Writes the point's failed.json atomically and removes a result left by an earlier run (of another model).</summary>
    public void SaveFailure(SweepPoint point, string message)
    {
        var document = new JsonObject { ["point"] = Plan.Echo(point), ["message"] = message };
        AtomicFile.Write(Path.Combine(Folder(point.Index), FailureFile), document.ToJsonString(Indented));
        Delete(point, ResultFile);
    }

    /// <summary>
    /// Creates DIR/points/&lt;p&gt; and deletes the temporary files an earlier run killed in the middle of a write left
    /// there (<see cref="AtomicFile"/> names them <c>.NAME.tmp-...</c>); called before the point is computed again.
    /// </summary>
    /// <returns>The point's folder.</returns>
    public string Prepare(SweepPoint point)
    {
        string folder = Folder(point.Index);
        Directory.CreateDirectory(folder);
        foreach (string leftover in Directory.EnumerateFiles(folder, ".*.tmp-*"))
        {
            File.Delete(leftover);
        }
        return folder;
    }

    private JsonObject? ReadMatching(SweepPoint point, string name)
    {
        string path = Path.Combine(Folder(point.Index), name);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            var document = JsonNode.Parse(File.ReadAllBytes(path)) as JsonObject;
            var identity = document?["point"]?["model_sha256"];
            bool matches = identity is JsonValue value && value.TryGetValue(out string? text) && text == point.Identity;
            return matches ? document : null;
        }
        catch (Exception ex) when (ex is IOException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private void Delete(SweepPoint point, string name)
    {
        string path = Path.Combine(Folder(point.Index), name);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
