namespace OpenSystem.Paper;

/// <summary>A computed figure.</summary>
/// <param name="Spec">What was computed.</param>
/// <param name="Values">Values per column (NaN outside a closed form's range).</param>
/// <param name="Agreements">Route-by-route comparison.</param>
public sealed record FigureResult(FigureSpec Spec, IReadOnlyDictionary<string, double[]> Values, IReadOnlyList<Agreement> Agreements);
