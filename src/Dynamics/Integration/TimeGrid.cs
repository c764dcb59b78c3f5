namespace OpenSystem.Dynamics;

/// <summary>Output times of an evolution, non-decreasing, starting at the initial time.</summary>
public sealed class TimeGrid
{
    private TimeGrid(double[] times) => Times = times;

    /// <summary>The times.</summary>
    public IReadOnlyList<double> Times { get; }

    /// <summary><paramref name="samples"/> evenly spaced times from t0 to t1 inclusive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">samples &lt; 2, or t1 not after t0, or a non-finite bound.</exception>
    public static TimeGrid Linear(double start, double end, int samples)
    {
        if (!double.IsFinite(start) || !double.IsFinite(end) || !(end > start))
            Throw.OutOfRange(nameof(end), end, $"The final time must be finite and > {start:G6} (the initial time).");
        if (samples < 2)
            Throw.OutOfRange(nameof(samples), samples, "At least 2 samples (start and end) are needed.");
        var t = new double[samples];
        for (int i = 0; i < samples; i++) t[i] = start + (end - start) * i / (samples - 1);
        t[^1] = end;
        return new(t);
    }

    /// <summary>0 and <paramref name="samples"/> − 1 log-spaced times from <paramref name="first"/> to <paramref name="end"/>.</summary>
    public static TimeGrid Logarithmic(double first, double end, int samples)
    {
        if (!(first > 0) || !(end > first) || !double.IsFinite(end))
            Throw.OutOfRange(nameof(first), first, "Log spacing needs a finite end and 0 < first < end (the final time must be > 0).");
        if (samples < 3)
            Throw.OutOfRange(nameof(samples), samples, "Log spacing needs at least 3 samples (0, then log-spaced times).");
        var t = new double[samples];
        for (int i = 1; i < samples; i++) t[i] = first * Math.Pow(end / first, (i - 1.0) / (samples - 2));
        t[^1] = end;
        return new(t);
    }

    /// <summary>Explicit times (must be finite and non-decreasing).</summary>
    public static TimeGrid Of(IEnumerable<double> times)
    {
        var t = times.ToArray();
        if (t.Length == 0 || t.Any(x => !double.IsFinite(x))) throw new ArgumentException("Times must be finite and at least one.", nameof(times));
        for (int i = 1; i < t.Length; i++)
            if (t[i] < t[i - 1]) throw new ArgumentException("Times must be non-decreasing.", nameof(times));
        return new(t);
    }
}
