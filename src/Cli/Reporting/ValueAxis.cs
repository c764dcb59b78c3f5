using OxyPlot;
using OxyPlot.Axes;

namespace OpenSystem.Cli;

/// <summary>
/// Vertical axes ranged from the data drawn on them: a linear axis autoscaled by OxyPlot, or a logarithmic axis from the
/// decade below the smallest positive value to the decade above the largest. Zero and negative values cannot sit on a log
/// axis: they are left out and counted (<see cref="Omitted"/>) so the plot says so instead of clipping them to a floor.
/// </summary>
public static class ValueAxis
{
    /// <summary>A linear left axis, range from the data (OxyPlot's autoscale with its small margin).</summary>
    public static LinearAxis Linear(string title) => new()
    {
        Position = AxisPosition.Left, Title = PlotStyle.Math(title),
        MajorGridlineStyle = LineStyle.Dot, MajorGridlineColor = OxyColors.LightGray,
    };

    /// <summary>
    /// A logarithmic left axis from 10^⌊log₁₀ min⌋ to 10^⌈log₁₀ max⌉ over the positive finite values of
    /// <paramref name="values"/> (one decade either side of a single value; autoscaled when there is none), on the left
    /// unless <paramref name="position"/> says otherwise.
    /// </summary>
    public static LogarithmicAxis Logarithmic(string title, IEnumerable<double> values, AxisPosition position = AxisPosition.Left)
    {
        ArgumentNullException.ThrowIfNull(values);
        var axis = new LogarithmicAxis
        {
            Position = position, Title = PlotStyle.Math(title),
            MajorGridlineStyle = LineStyle.Dot, MajorGridlineColor = OxyColors.LightGray,
        };
        var positive = values.Where(v => v > 0 && double.IsFinite(v)).ToArray();
        if (positive.Length > 0)
        {
            double low = Math.Floor(Math.Log10(positive.Min()));
            double high = Math.Ceiling(Math.Log10(positive.Max()));
            if (high <= low)
            {
                (low, high) = (low - 1, high + 1);
            }
            axis.Minimum = Math.Pow(10, low);
            axis.Maximum = Math.Pow(10, high);
        }
        return axis;
    }

    /// <summary>How many finite values of <paramref name="values"/> are ≤ 0 (not drawable on a log axis).</summary>
    public static int Omitted(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Count(v => double.IsFinite(v) && v <= 0);
    }
}
