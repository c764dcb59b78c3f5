using System.Diagnostics;
using System.Globalization;

namespace OpenSystem.Cli;

/// <summary>
/// Progress of one model's trajectory as plain lines on stderr (when it is not a terminal; on a terminal
/// <see cref="LiveDisplay"/> draws a bar instead): <c>HH:mm:ss progress: MODEL: trajectory 45%, ETA 0:00:12</c>, with
/// ETA = elapsed × (1 − f) / f from the fraction f done so far (the integrator's steps are roughly even in cost). The
/// simulation reports every 5%.
/// </summary>
internal sealed class TrajectoryProgress(TextWriter writer, string model) : IProgress<double>
{
    private readonly Stopwatch clock = Stopwatch.StartNew();

    /// <summary>Writes the line for fraction <paramref name="value"/> (0 to 1) of the trajectory done.</summary>
    public void Report(double value)
    {
        string eta = value > 0 ? Format(clock.Elapsed * ((1 - value) / value)) : "--";
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateTime.Now:HH:mm:ss} progress: {model}: trajectory {value * 100:F0}%, ETA {eta}"));
    }

    private static string Format(TimeSpan span)
    {
        long seconds = (long)Math.Ceiling(span.TotalSeconds);
        return string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600}:{seconds / 60 % 60:00}:{seconds % 60:00}");
    }
}
