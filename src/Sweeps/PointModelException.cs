namespace OpenSystem.Sweeps;

/// <summary>
/// An invalid model of one sweep point, as the validator passed to <see cref="SweepPlan.Validate{TModel}"/> reports it:
/// the offending key inside the point's model (e.g. <c>baths[0].temperature</c>) and what is wrong with it. The sweep
/// turns it into a <see cref="SweepFileException"/> naming the sweep file, the point and this key. (A validator's own
/// exception type is not inspected by reflection, so that the sweep works unchanged in a trimmed, Native AOT tool.)
/// </summary>
/// <param name="key">The offending key inside the point's model.</param>
/// <param name="problem">What is wrong.</param>
public sealed class PointModelException(string key, string problem) : Exception($"{key}: {problem}")
{
    /// <summary>The offending key inside the point's model, e.g. <c>baths[0].temperature</c>.</summary>
    public string Key { get; } = key;

    /// <summary>What is wrong with it, e.g. <c>must be &gt;= 0, got -0.5</c>.</summary>
    public string Problem { get; } = problem;
}
