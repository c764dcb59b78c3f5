using System.Diagnostics;
using System.Globalization;

namespace OpenSystem.Sweeps;

/// <summary>
/// Progress of a sweep run: points done, failed and total, and the estimated time left,
/// ETA = elapsed × (total − done) / done (done counts failed points too; the throughput so far, whatever the core count).
/// On a terminal (<c>live</c>) one line, a 20-character bar and the counts, is redrawn in place with '\r'; otherwise a plain line is written every
/// <see cref="PlainStep"/> points and at the end. Failures and warnings are always written on their own line, prefixed
/// with the point index; a warning whose text (up to its numbers) was already written for <see cref="RepeatsShown"/>
/// points is held back, and <see cref="Complete"/> lists the points it also came from. Thread-safe.
/// </summary>
public sealed partial class SweepProgress
{
    private readonly TextWriter writer;
    private readonly bool live;
    private readonly Func<TimeSpan> elapsed;
    private readonly object gate = new();
    private readonly Dictionary<string, List<int>> warnings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> firstText = new(StringComparer.Ordinal);
    private readonly HashSet<string> varied = new(StringComparer.Ordinal);
    private int lineLength;

    /// <summary>A reporter for <paramref name="total"/> points writing to <paramref name="writer"/> (usually stderr).</summary>
    /// <param name="writer">Where progress goes.</param>
    /// <param name="total">Points this run will compute.</param>
    /// <param name="live">Redraw one line in place (for a terminal) instead of writing plain lines.</param>
    /// <param name="elapsed">The clock: time since the run started (default: a stopwatch started now).</param>
    public SweepProgress(TextWriter writer, int total, bool live, Func<TimeSpan>? elapsed = null)
    {
        this.writer = writer;
        this.live = live;
        Total = total;
        PlainStep = Math.Max(1, (total + 49) / 50);
        if (elapsed is null)
        {
            var stopwatch = Stopwatch.StartNew();
            elapsed = () => stopwatch.Elapsed;
        }
        this.elapsed = elapsed;
    }

    /// <summary>Points this run will compute.</summary>
    public int Total { get; }

    /// <summary>Points finished so far (ok or failed).</summary>
    public int Done { get; private set; }

    /// <summary>Points that failed so far.</summary>
    public int Failed { get; private set; }

    /// <summary>Without a live line, a progress line is written whenever Done is a multiple of this (at most ~50 lines).</summary>
    public int PlainStep { get; }

    /// <summary>Names the sweep in every warning and failure line (<c>SOURCE point p: warning: ...</c>), so that logs of
    /// several sweeps stay readable; "" (the default) for none.</summary>
    public string Source { get; init; } = "";

    /// <summary>Write only warnings and failures, no progress lines (<c>-v quiet</c>); default false.</summary>
    public bool Quiet { get; init; }

    /// <summary>A warning text is written for this many points; later points with the same text are listed at the end.</summary>
    public int RepeatsShown { get; init; } = 3;

    /// <summary>The progress line, e.g. <c>points: 12/40 done, 1 failed, ETA 0:01:35</c>.</summary>
    public string Line()
    {
        lock (gate)
        {
            string eta = Done == 0 ? "--" : Format(elapsed() * ((double)(Total - Done) / Done));
            return $"points: {Done}/{Total} done, {Failed} failed, ETA {eta}";
        }
    }

    /// <summary>Records that point <paramref name="point"/> finished with <paramref name="outcome"/>.</summary>
    public void PointFinished(int point, PointOutcome outcome)
    {
        lock (gate)
        {
            Done++;
            if (!outcome.Succeeded)
            {
                Failed++;
                WriteAboveLine($"{Prefix}point {point}: failed: {outcome.FailureMessage}");
            }
            if (Quiet)
            {
                return;
            }
            if (live)
            {
                Redraw();
            }
            else if (Done % PlainStep == 0 || Done == Total)
            {
                writer.WriteLine(Line());
            }
        }
    }

    /// <summary>Writes a warning about point <paramref name="point"/>: <c>point p: warning: message</c>.</summary>
    public void Warn(int point, string message)
    {
        lock (gate)
        {
            string shape = Shape(message);
            if (!warnings.TryGetValue(shape, out var points))
            {
                points = [];
                warnings[shape] = points;
                firstText[shape] = message;
            }
            else if (firstText[shape] != message)
            {
                varied.Add(shape);
            }
            points.Add(point);
            if (points.Count > RepeatsShown)
            {
                return;
            }
            WriteAboveLine($"{Prefix}point {point}: warning: {message}");
            if (live && !Quiet && Done > 0)
            {
                Redraw();
            }
        }
    }

    /// <summary>Ends the live line (a newline), so that later output starts on a fresh line, and writes one line per
    /// warning held back: <c>warning also at N more points (p, q, ...): message</c>.</summary>
    public void Complete()
    {
        lock (gate)
        {
            if (live && lineLength > 0)
            {
                writer.WriteLine();
                lineLength = 0;
            }
            foreach (var (shape, points) in warnings.Where(w => w.Value.Count > RepeatsShown))
            {
                var held = points.Skip(RepeatsShown).Order().ToList();
                string list = string.Join(", ", held.Take(20)) + (held.Count > 20 ? ", ..." : "");
                string message = varied.Contains(shape) ? $"{shape} (# = a number that differs between points)" : firstText[shape];
                writer.WriteLine($"{Prefix}warning also at {held.Count} more points ({list}): {message}");
            }
        }
    }

    // Warnings that differ only in their numbers (an eigenvalue, a residual) are one kind of warning: numbers become '#'.
    private static string Shape(string message) => NumberPattern().Replace(message, "#");

    [System.Text.RegularExpressions.GeneratedRegex(@"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?")]
    private static partial System.Text.RegularExpressions.Regex NumberPattern();

    private string Prefix => Source.Length == 0 ? "" : Source + " ";

    private void WriteAboveLine(string text)
    {
        if (live && lineLength > 0)
        {
            writer.Write('\r');
            writer.Write(text.PadRight(lineLength));
            writer.WriteLine();
            lineLength = 0;
            return;
        }
        writer.WriteLine(text);
    }

    private void Redraw()
    {
        int filled = Total == 0 ? 20 : 20 * Done / Total;
        string line = $"[{new string('#', filled)}{new string('.', 20 - filled)}] {Line()}";
        writer.Write('\r');
        writer.Write(line.PadRight(lineLength));
        lineLength = line.Length;
        writer.Flush();
    }

    private static string Format(TimeSpan span)
    {
        long seconds = (long)Math.Ceiling(span.TotalSeconds);
        return string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600}:{seconds / 60 % 60:00}:{seconds % 60:00}");
    }
}
