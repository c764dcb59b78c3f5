namespace OpenSystem.Sweeps;

/// <summary>One curve of a sweep plot: a table column against the first axis, at fixed values of the other axes.</summary>
/// <param name="Label">The other axes' values, e.g. <c>baths[*].spectral_density.alpha = 0.001</c> ("" with one axis).</param>
/// <param name="X">The first axis's values, in point order.</param>
/// <param name="Y">The column's value at each X (null where the result has null).</param>
public sealed record SweepCurve(string Label, IReadOnlyList<double> X, IReadOnlyList<double?> Y);
