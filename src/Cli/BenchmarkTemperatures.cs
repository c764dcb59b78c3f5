using System.Globalization;
using OpenSystem.Sweeps;

namespace OpenSystem.Cli;

/// <summary>
/// The <c>--temperatures</c> value of <c>opensystem benchmark</c>: a comma-separated list of temperatures T ≥ 0
/// (<c>0.05,0.1,0.5</c>) or <c>logspace:a,b,n</c>, n values evenly spaced in log from a to b inclusive (a, b &gt; 0,
/// 1 ≤ n ≤ <see cref="MaxCount"/>). The result is sorted ascending; a repeated temperature is an error.
/// </summary>
internal static class BenchmarkTemperatures
{
    /// <summary>The option's name, used in every error message.</summary>
    public const string OptionName = "--temperatures";

    /// <summary>Most temperatures one benchmark computes.</summary>
    public const int MaxCount = 1000;

    /// <summary>The temperatures <paramref name="text"/> means, or null and the reason in <paramref name="error"/>.</summary>
    public static double[]? Parse(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        const string Prefix = "logspace:";
        var values = text.StartsWith(Prefix, StringComparison.Ordinal) ? Logspace(text[Prefix.Length..], out error) : List(text, out error);
        if (values is null)
        {
            return null;
        }
        Array.Sort(values);
        for (int i = 1; i < values.Length; i++)
        {
            if (values[i] == values[i - 1])
            {
                error = $"{OptionName}: temperature {Number(values[i])} appears twice";
                return null;
            }
        }
        return values;
    }

    private static double[]? List(string text, out string? error)
    {
        var parts = text.Split(',');
        if (parts.Length > MaxCount)
        {
            error = $"{OptionName}: at most {MaxCount} temperatures, got {parts.Length}";
            return null;
        }
        var values = new double[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!TryNumber(parts[i], out values[i]) || values[i] < 0)
            {
                error = $"{OptionName}: \"{parts[i].Trim()}\" is not a temperature (a finite number >= 0); expected a list such as 0.05,0.1,0.5 or logspace:a,b,n";
                return null;
            }
        }
        error = null;
        return values;
    }

    private static double[]? Logspace(string text, out string? error)
    {
        var parts = text.Split(',');
        if (parts.Length != 3 || !TryNumber(parts[0], out double a) || !TryNumber(parts[1], out double b)
            || !int.TryParse(parts[2].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int n))
        {
            error = $"{OptionName}: \"logspace:{text}\" is not logspace:a,b,n (two temperatures a, b > 0 and a whole number n of values)";
            return null;
        }
        if (!(a > 0) || !(b > 0))
        {
            error = $"{OptionName}: logspace needs a > 0 and b > 0 (values evenly spaced in log T), got a = {Number(a)}, b = {Number(b)}";
            return null;
        }
        if (n < 1 || n > MaxCount || (n == 1 && a != b))
        {
            error = $"{OptionName}: logspace needs 2 <= n <= {MaxCount} values (n = 1 only when a = b), got n = {n}";
            return null;
        }
        error = null;
        return AxisSpacing.Logspace(a, b, n);
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static string Number(double x) => x.ToString("G6", CultureInfo.InvariantCulture);
}
