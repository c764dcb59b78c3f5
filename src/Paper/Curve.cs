namespace OpenSystem.Paper;

/// <summary>One column of a figure's CSV and one line of its plot.</summary>
/// <param name="Column">CSV column name.</param>
/// <param name="Label">Legend text.</param>
/// <param name="Evaluate">Values on the temperature grid.</param>
/// <param name="Role">How the values are obtained.</param>
/// <param name="MinT">Lowest temperature where the curve holds (closed forms).</param>
/// <param name="MaxT">Highest temperature where the curve holds (closed forms).</param>
/// <param name="Approximates">For closed forms and master-equation routes: the column they must agree with.</param>
public sealed record Curve(string Column, string Label, Func<IReadOnlyList<double>, double[]> Evaluate, CurveRole Role = CurveRole.Exact,
    double MinT = 0, double MaxT = double.PositiveInfinity, string? Approximates = null);
