namespace OpenSystem.Sweeps;

/// <summary>The state of a point in an output folder (the table's <c>status</c> column).</summary>
public enum PointStatus
{
    /// <summary>No finished result or failure for the point's current model (never run, in flight, lost, or stale).</summary>
    Missing,

    /// <summary>DIR/points/&lt;p&gt;/result.json records the point's current identity.</summary>
    Ok,

    /// <summary>DIR/points/&lt;p&gt;/failed.json records the point's current identity (and why it failed); a rerun retries it.</summary>
    Failed,
}
