using OxyPlot;
using OxyPlot.Axes;

namespace OpenSystem.Cli;

/// <summary>
/// The time axis of a trajectory plot follows its grid. An evenly spaced grid (the model file's <c>"linear"</c> spacing)
/// is drawn on a linear axis from its first time (t = 0 included) to its last. A grid whose positive times grow
/// geometrically (the model file's <c>"log"</c> spacing, 0 then log-spaced times; the approach's grid) is drawn on a
/// logarithmic axis, where t = 0 cannot appear: it is dropped there only, and <see cref="Caption"/> says so. Any other
/// grid (explicit times) is drawn on a log axis when its positive times span more than three decades, linearly otherwise.
/// Times are in the inverse of the model's energy unit (ħ = 1).
/// </summary>
public static class TimeGridAxis
{
    /// <summary>Relative tolerance when testing a grid for constant steps or constant ratios (rounding of the grid's formula).</summary>
    private const double Tolerance = 1e-6;

    /// <summary>Title of every time axis.</summary>
    public const string Title = "time t (inverse energy units, ħ = 1)";

    /// <summary>Whether <paramref name="times"/> is drawn on a logarithmic axis (see the type's summary for the rule).</summary>
    public static bool IsLogarithmic(IReadOnlyList<double> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        if (times.Count < 3 || EvenlySpaced(times))
        {
            return false;
        }
        var positive = times.Where(t => t > 0).ToArray();
        if (positive.Length < 2)
        {
            return false;
        }
        return Geometric(positive) || positive[^1] / positive[0] > 1e3;
    }

    /// <summary>Whether sample <paramref name="index"/> can be drawn on the grid's axis (all can on a linear axis; t ≤ 0 not on a log axis).</summary>
    public static bool Shows(IReadOnlyList<double> times, int index)
    {
        ArgumentNullException.ThrowIfNull(times);
        return times[index] > 0 || !IsLogarithmic(times);
    }

    /// <summary>The first time drawn: the first of a linear grid, the first positive one of a logarithmic grid.</summary>
    public static double FirstShown(IReadOnlyList<double> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        return IsLogarithmic(times) ? times.First(t => t > 0) : times[0];
    }

    /// <summary>The bottom axis for <paramref name="times"/>: linear from the first to the last time, or logarithmic from the first positive time.</summary>
    public static Axis Create(IReadOnlyList<double> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        if (IsLogarithmic(times))
        {
            return new LogarithmicAxis
            {
                Position = AxisPosition.Bottom, Title = Title, Minimum = FirstShown(times), Maximum = times[^1],
                MajorGridlineStyle = LineStyle.Dot, MajorGridlineColor = OxyColors.LightGray,
            };
        }
        return new LinearAxis
        {
            Position = AxisPosition.Bottom, Title = Title, Minimum = times[0], Maximum = times[^1],
            MajorGridlineStyle = LineStyle.Dot, MajorGridlineColor = OxyColors.LightGray,
        };
    }

    /// <summary>What the reader must know about the time axis, or null: "log time axis: t = 0 not shown" when a t ≤ 0 sample is dropped.</summary>
    public static string? Caption(IReadOnlyList<double> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        return IsLogarithmic(times) && times.Any(t => t <= 0) ? "log time axis (log-spaced grid): the sample at t = 0 is not shown" : null;
    }

    private static bool EvenlySpaced(IReadOnlyList<double> times)
    {
        double step = (times[^1] - times[0]) / (times.Count - 1);
        if (!(step > 0))
        {
            return false;
        }
        for (int i = 1; i < times.Count; i++)
        {
            if (System.Math.Abs(times[i] - times[i - 1] - step) > Tolerance * step)
            {
                return false;
            }
        }
        return true;
    }

    private static bool Geometric(double[] positive)
    {
        if (positive.Length < 3)
        {
            return false;
        }
        double ratio = positive[1] / positive[0];
        if (!(ratio > 1 + Tolerance))
        {
            return false;
        }
        for (int i = 2; i < positive.Length; i++)
        {
            if (System.Math.Abs(positive[i] / positive[i - 1] - ratio) > Tolerance * ratio)
            {
                return false;
            }
        }
        return true;
    }
}
