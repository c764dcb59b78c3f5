namespace OpenSystem.Sweeps;

/// <summary>What the caller's run delegate gets for one point.</summary>
/// <typeparam name="TModel">The caller's validated model type.</typeparam>
/// <param name="Point">The point (index, axis values, canonical model JSON, identity).</param>
/// <param name="Model">The point's model as the caller's validator returned it.</param>
/// <param name="Folder">DIR/points/&lt;p&gt;, created; the delegate may put extra files there (trajectory.csv, plots).
/// result.json is written by the library from the delegate's return value, atomically, and last.</param>
/// <param name="Warn">Reports a warning for this point (shown as "point p: warning: ...").</param>
/// <param name="Cores">Cores this point may use inside itself without oversubscribing the machine: the run's parallelism
/// divided by the number of points computed at once (rounded down, at least 1). It exceeds 1 only when there are fewer
/// points left to compute than cores.</param>
public sealed record PointRun<TModel>(SweepPoint Point, TModel Model, string Folder, Action<string> Warn, int Cores)
{
    /// <summary>The analyses the sweep file asked for (<see cref="SweepPlan.Outputs"/>), e.g. <c>"approach"</c>.</summary>
    public IReadOnlyList<string> Outputs { get; init; } = [];
}
