using Microsoft.Extensions.Logging;
using OpenSystem.Analysis;
using OpenSystem.Dynamics;
using OpenSystem.Models;

namespace OpenSystem.Cli;

/// <summary>
/// <c>opensystem run MODEL.json [MODEL2.json ...] --out DIR</c> and <c>opensystem approach MODEL.json --out DIR</c> after
/// parsing: every file validated first, every folder locked and cleared, then each model computed; a failing model is
/// reported with its file name, its outputs removed, and the others still run.
/// </summary>
internal static class RunCommand
{
    /// <summary>Runs <paramref name="command"/> (<c>run</c> or <c>approach</c>); returns the exit code.</summary>
    public static int Execute(string command, IReadOnlyList<string> modelPaths, string outDir, LogLevel verbosity, SimulationOptions options, bool plots, TextWriter stderr)
    {
        // One model: DIR/result.json. Several (a sweep in one process: start-up and first-call costs paid once):
        // DIR/<file name without .json>/result.json each, plain names, distinct after normalisation, all checked before any work.
        var outDirs = OutputPaths.Plan(modelPaths, outDir, out string? pathError);
        if (outDirs is null)
        {
            stderr.WriteLine($"opensystem {command}: {pathError}");
            return 2;
        }
        var folders = new List<OutputFolder>();
        try
        {
            // Every file is validated first; then every folder is locked and cleared of the earlier run before any computation.
            // A family model above the dense register runs on permutation-invariant states (SectorRunResult): no Model.
            var models = new List<Model?>();
            var families = new List<FamilyModel?>();
            for (int i = 0; i < modelPaths.Count; i++)
            {
                try
                {
                    var family = command == "run" ? ModelFile.LoadFamily(modelPaths[i]) : null;
                    bool sectors = family is not null && family.Qubits > QubitRegister.MaxQubits;
                    families.Add(sectors ? family : null);
                    models.Add(sectors ? null : ModelFile.Load(modelPaths[i]));
                }
                catch (ModelFileException ex)
                {
                    stderr.WriteLine(ex.Message);
                    if (Directory.Exists(outDirs[i]))
                    {
                        OpenFolder(command, outDirs[i]).Dispose();   // an earlier result of this path is stale
                    }
                    return 2;
                }
            }
            foreach (var dir in outDirs)
            {
                folders.Add(OpenFolder(command, dir));
            }
            // Every log line (every warning) names its model file. On a terminal (and not quiet) a live display shows the
            // stage, GMRES iterations and the trajectory's bar and ETA; otherwise plain timestamped lines.
            bool live = verbosity <= LogLevel.Information && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
            var progressOut = verbosity <= LogLevel.Information ? stderr : TextWriter.Null;
            if (command == "approach")
            {
                var display = live ? LiveDisplay.OnStderr(verbosity, modelPaths[0]) : null;
                ILogger approachLogger = (ILogger?)display ?? new StderrLogger(verbosity, stderr, modelPaths[0]);
                return Guarded(modelPaths[0], folders[0], stderr, () => ApproachCommand.Run(models[0]!, modelPaths[0], folders[0], options, approachLogger, progressOut, display));
            }
            int exit = 0;
            for (int i = 0; i < models.Count; i++)
            {
                var (model, modelPath, folder) = (models[i], modelPaths[i], folders[i]);
                string prefix = models.Count > 1 ? $"{modelPath}: " : "";
                exit = Math.Max(exit, Guarded(modelPath, folder, stderr, () =>
                {
                    var display = live ? LiveDisplay.OnStderr(verbosity, modelPath) : null;
                    ILogger logger = (ILogger?)display ?? new StderrLogger(verbosity, stderr, modelPath);
                    if (families[i] is { } family)
                    {
                        var outcome = display is null
                            ? SectorRunResult.Compute(family, modelPath, options.SteadyState.Tolerance, logger)
                            : display.Run(() => SectorRunResult.Compute(family, modelPath, options.SteadyState.Tolerance, logger));
                        if (outcome.Csv is { } csv)
                        {
                            folder.Write(new OutputFile("trajectory.csv", csv));
                        }
                        logger.LogInformation("Wrote {Files}", folder.Commit(outcome.Json));
                        Console.WriteLine(prefix + outcome.Summary);
                        return 0;
                    }
                    IProgress<double> progress = display ?? (IProgress<double>)new TrajectoryProgress(progressOut, modelPath);
                    SimulationReport Compute() => Simulation.Run(model!.System, model.Equation, model.Initial, model.Grid, options, logger, progress);
                    var report = display is null ? Compute() : display.Run(Compute);
                    var files = ResultWriter.Write(report, model!, modelPath, folder, plots, logger);
                    logger.LogInformation("Wrote {Files}", string.Join(", ", files));
                    Console.WriteLine(prefix + Summary(report));
                    return 0;
                }));
            }
            return exit;
        }
        catch (OutputFolderBusyException ex)
        {
            stderr.WriteLine($"opensystem {command}: {ex.Message}");
            return 2;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"opensystem {command}: cannot prepare the output folder: {ex.Message}");
            return 1;
        }
        finally
        {
            foreach (var folder in folders)
            {
                folder.Dispose();
            }
        }
    }

    /// <summary>
    /// <c>run --only gibbs</c>: every model's Gibbs and mean-force states (<see cref="GibbsOnlyResult"/>), all computed and
    /// validated before any folder is touched, then each result.json committed into its locked folder.
    /// </summary>
    public static int GibbsOnly(IReadOnlyList<string> modelPaths, string outDir, TextWriter stderr)
    {
        var outDirs = OutputPaths.Plan(modelPaths, outDir, out string? pathError);
        if (outDirs is null)
        {
            stderr.WriteLine($"opensystem run: {pathError}");
            return 2;
        }
        var results = new List<byte[]>();
        foreach (var path in modelPaths)
        {
            try
            {
                results.Add(GibbsOnlyResult.Compute(path));
            }
            catch (ModelFileException ex)
            {
                stderr.WriteLine(ex.Message);
                return 2;
            }
            catch (Exception ex) when (ex is ArgumentException or ArithmeticException or InvalidOperationException or ResultWriter.NonFiniteResultException)
            {
                stderr.WriteLine($"opensystem: {path}: {ex.Message}");
                return 1;
            }
        }
        try
        {
            for (int i = 0; i < outDirs.Count; i++)
            {
                using var folder = OpenFolder("run", outDirs[i]);
                folder.Commit(results[i]);
                Console.WriteLine((modelPaths.Count > 1 ? $"{modelPaths[i]}: " : "") + $"wrote {Path.Combine(outDirs[i], "result.json")} (Gibbs and mean-force states only)");
            }
            return 0;
        }
        catch (OutputFolderBusyException ex)
        {
            stderr.WriteLine($"opensystem run: {ex.Message}");
            return 2;
        }
    }

    private static string Summary(SimulationReport report)
    {
        var ss = report.SteadyState;
        string distance = ss.Measurement.TraceDistanceToGibbs is double d ? d.ToString("E3") : "n/a";
        string coherence = string.Join(", ", ss.Measurement.Coherence.Select(c => c.ToString("G6")));
        return $"steady state ({ResultWriter.MethodName(ss.Solution.Method)}): residual {ss.Solution.Residual:E2}, trace distance to Gibbs {distance}, coherence [{coherence}]";
    }

    private static OutputFolder OpenFolder(string command, string dir) => command == "approach"
        ? OutputFolder.Open(dir, "approach.json", ApproachCommand.Outputs)
        : OutputFolder.Open(dir, "result.json", ResultWriter.Outputs);

    // Any failure of one model (numerical, file system, disk full, or a bug): reported with its file name and no stack
    // trace, its outputs of this run deleted (the folder then holds no result.json), exit 1; the other models still run.
    private static int Guarded(string modelPath, OutputFolder folder, TextWriter stderr, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception ex) when (ex is WorkEstimateException or ArgumentException or NotSupportedException)
        {
            // the work estimate exceeds the budget, a library refused a physical parameter, or the permutation-invariant
            // solver does not take the model: bad input, exit 2
            stderr.WriteLine($"opensystem: {modelPath}: {ex.Message}");
            folder.Dispose();
            stderr.WriteLine($"(no result written into {folder.Path})");
            return 2;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            bool expected = ex is SteadyStateException or IntegrationException or ResultWriter.NonFiniteResultException or IOException or UnauthorizedAccessException or ArithmeticException;
            string kind = expected ? "" : $" ({ex.GetType().Name}: an internal error; please report it with the model file)";
            stderr.WriteLine($"opensystem: {modelPath}: {ex.Message}{kind}");
            folder.Dispose();
            stderr.WriteLine($"(no result written into {folder.Path})");
            return 1;
        }
    }
}
