using Microsoft.Extensions.Logging;
using OpenSystem.Analysis;
using OpenSystem.Paper;

namespace OpenSystem.Cli;

/// <summary><c>opensystem figure ID|all --out DIR</c>: the paper's figures with CSVs and the route agreements.</summary>
internal static class FigureCommand
{
    /// <summary>The files figures <paramref name="ids"/> can write (removed from the folder before the run starts).</summary>
    public static IEnumerable<string> Outputs(IReadOnlyList<string> ids) =>
        ids.SelectMany(FigureWriter.FileNames).Concat(ids.Contains("1a") ? ["fig1a_ratio.csv", "fig1a_ratio.svg", "fig1a_ratio.png"] : [])
            .Concat(ids.Contains("3b") ? AncillaScalingWriter.FileNames : []);

    /// <summary>The command after parsing: checks DIR, locks it, computes <paramref name="ids"/>; returns the exit code.</summary>
    /// <param name="ids">Figure identifiers.</param>
    /// <param name="outDir">Output folder.</param>
    /// <param name="verbosity">Log level.</param>
    /// <param name="stderr">Errors and progress.</param>
    /// <param name="maxAncillas">N_max of Fig. 3b against N (<see cref="AncillaScaling"/>), 1..1000.</param>
    public static int Execute(IReadOnlyList<string> ids, string outDir, LogLevel verbosity, TextWriter stderr, int maxAncillas = AncillaScaling.PaperMaxAncillas)
    {
        if (OutputPaths.CheckOut(outDir) is string outError)
        {
            stderr.WriteLine($"opensystem figure: {outError}");
            return 2;
        }
        try
        {
            using var folder = OutputFolder.Open(outDir, marker: null, Outputs(ids));
            return Run(ids, folder, new StderrLogger(verbosity, stderr), verbosity <= LogLevel.Information ? stderr : TextWriter.Null, maxAncillas);
        }
        catch (OutputFolderBusyException ex)
        {
            stderr.WriteLine($"opensystem figure: {ex.Message}");
            return 2;
        }
    }

    /// <summary>
    /// Computes and writes figures <paramref name="ids"/> into <paramref name="folder"/>; on success its files stay. Figure
    /// 3b adds fig3b_ancillas (C_T against N up to <paramref name="maxAncillas"/>, <see cref="AncillaScaling"/>).
    /// </summary>
    public static int Run(IReadOnlyList<string> ids, OutputFolder folder, ILogger logger, TextWriter stderr, int maxAncillas = AncillaScaling.PaperMaxAncillas)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var progress = new SynchronousProgress<string>(m => stderr.WriteLine($"{DateTime.Now:HH:mm:ss} progress: {m}"));
        var worst = new List<(string Figure, Agreement Agreement)>();
        foreach (var id in ids)
        {
            var spec = PaperFigures.Get(id);
            var result = FigureRunner.Run(spec, logger, progress);
            var files = folder.Write(FigureWriter.Files(result));
            logger.LogInformation("Wrote {Files}", string.Join(", ", files));
            if (id == "1a")
            {
                folder.Write(FigureWriter.RatioFiles(result));
                foreach (var line in CompositeComparison.Statements(result))
                {
                    Console.WriteLine($"fig1a ratio: {line}");
                }
            }
            foreach (var a in result.Agreements) worst.Add(($"fig{id}", a));
            if (id == "3b")
            {
                var scaling = AncillaScaling.Run(maxAncillas, progress);
                logger.LogInformation("Wrote {Files}", string.Join(", ", folder.Write(AncillaScalingWriter.Files(scaling))));
                foreach (var line in scaling.Notes.Where(n => n.StartsWith("T = ", StringComparison.Ordinal)))
                {
                    Console.WriteLine($"fig3b against N: {line}");
                }
                foreach (var a in scaling.Agreements) worst.Add(("fig3b", a));
            }
        }
        Console.WriteLine($"{"figure",-7} {"routes compared",-78} {"max |diff|",10} {"max rel",9} {"points",6}");
        foreach (var (fig, a) in worst)
        {
            // a comparison without a common temperature has no differences: it says so instead of 0 over 0 points
            string differences = a.Points > 0 ? $"{a.MaxAbsolute,10:E2} {a.MaxRelative,9:E2}" : $"{"not compared: no common T",20}";
            Console.WriteLine($"{fig,-7} {Truncate(a.What, 78),-78} {differences} {a.Points,6}");
        }
        var exactRoutes = worst.Where(w => w.Agreement.Points > 0).Where(w => w.Agreement.What.Contains("Gibbs vs steady state", StringComparison.Ordinal) || w.Agreement.What.Contains("_eq6", StringComparison.Ordinal)).ToList();
        if (exactRoutes.Count > 0)
        {
            var max = exactRoutes.MaxBy(w => w.Agreement.MaxAbsolute);
            Console.WriteLine($"largest disagreement between exact routes (Gibbs, Davies, Redfield without Lamb shift, Eq. 6): {max.Agreement.MaxAbsolute:E2} ({max.Figure}: {max.Agreement.What})");
        }
        folder.Complete();
        Console.WriteLine($"done in {clock.Elapsed.TotalSeconds:F1} s; output in {folder.Path}");
        return 0;
    }

    private static string Truncate(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}

/// <summary>IProgress that reports on the calling thread (no synchronisation context in a console app).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
