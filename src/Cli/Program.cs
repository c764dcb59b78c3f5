using Microsoft.Extensions.Logging;
using OpenSystem.Analysis;
using OpenSystem.Models;
using OpenSystem.Dynamics;

namespace OpenSystem.Cli;

/// <summary>The <c>opensystem</c> command. Exit codes: 0 success, 2 bad input, 1 any other failure.</summary>
public static class Program
{
    private const string Usage = """
        opensystem: open-quantum-system dynamics of qubit networks coupled to Ohmic baths.

        Usage:
          opensystem run MODEL.json [MODEL2.json ...] --out DIR [options]
              Gibbs state, steady state of the model's master equation and (with "evolution") the trajectory.
              Writes DIR/result.json, DIR/trajectory.csv and plots DIR/coherence.svg|png, DIR/trace_distance.svg|png.
              Several models (a sweep): each into DIR/<file name without .json>/, in one process, so start-up and
              first-call costs are paid once; every file is validated before any runs.
          opensystem figure ID|all --out DIR [-v LEVEL]
              The paper's figures (ID in 1a 1b 2a 2b 2c 3a 3b 4): DIR/figID.csv (T, then one column per curve; '#' header
              lines give every parameter and the agreement between routes) and DIR/figID.svg|png; 1a adds fig1a_ratio.
          opensystem approach MODEL.json --out DIR [-v LEVEL]
              The approach to the steady state from the ground and the maximally mixed state (log time grid up to the
              model's evolution.t_end, or 25 relaxation times): DIR/approach.csv, approach.json (Liouvillian gap,
              fitted decay rates, times at which each C_j reaches its plateau) and approach_coherence|distance.svg|png.
          opensystem --help | --version

        Options for run:
          --out DIR                  output folder (created if missing; locked while the command runs, so a second
                                     command into it exits 2; result.json is renamed into place last: present = one
                                     complete, consistent run)
          -v, --verbosity LEVEL      quiet | normal | detailed (default normal; logs go to stderr)
          --steady METHOD            auto | direct | gmres (default auto: direct for d <= 4)
          --tolerance X              relative residual required of the steady state (default 1e-10)
          --rtol X, --atol X         integrator tolerances (default 1e-8, 1e-10)
          --no-plots                 skip the SVG/PNG plots (sweeps and benchmarks)
          --evolution METHOD         auto | rk | propagator (default auto: exact propagator e^(L dt) for d <= 32 on
                                     evenly spaced times, Dormand-Prince otherwise)

        Exit codes: 0 success, 2 bad input (file, key and reason on stderr) or output folder in use, 1 any other failure.
        """;

    /// <summary>Entry point.</summary>
    public static int Main(string[] args)
    {
        try { return Run(args, Console.Error); }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"opensystem: error: {ex.Message}");
            return 1;
        }
    }

    /// <summary>Runs the command with errors going to <paramref name="stderr"/>; used by the tests.</summary>
    public static int Run(string[] args, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help") { Console.WriteLine(Usage); return args.Length == 0 ? 2 : 0; }
        if (args[0] == "--version") { Console.WriteLine(System.Reflection.CustomAttributeExtensions.GetCustomAttribute<System.Reflection.AssemblyInformationalVersionAttribute>(typeof(Program).Assembly)?.InformationalVersion); return 0; }
        if (args[0] == "figure") return Figure(args, stderr);
        if (args[0] != "run" && args[0] != "approach") { stderr.WriteLine($"opensystem: unknown command \"{args[0]}\"\n\n{Usage}"); return 2; }

        var modelPaths = new List<string>();
        string? outDir = null;
        var verbosity = LogLevel.Information;
        var steady = new SteadyStateSolver();
        var integrator = new DormandPrince54();
        string evolution = "auto";
        bool plots = true;
        for (int i = 1; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new UsageException($"option {args[i]} needs a value");
            double Positive() { string s = Value(); return double.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out double x) && x > 0 && double.IsFinite(x) ? x : throw new UsageException($"{args[i - 1]} needs a positive number, got \"{s}\""); }
            try
            {
                switch (args[i])
                {
                    case "--out": outDir = Value(); break;
                    case "-v" or "--verbosity":
                        verbosity = Value() switch
                        {
                            "quiet" => LogLevel.Warning, "normal" => LogLevel.Information, "detailed" => LogLevel.Debug,
                            var s => throw new UsageException($"unknown verbosity \"{s}\"; use quiet, normal or detailed"),
                        };
                        break;
                    case "--steady":
                        steady = steady with
                        {
                            Algorithm = Value() switch
                            {
                                "auto" => SteadyStateAlgorithm.Auto, "direct" => SteadyStateAlgorithm.Direct, "gmres" => SteadyStateAlgorithm.Gmres,
                                var s => throw new UsageException($"unknown steady-state method \"{s}\"; use auto, direct or gmres"),
                            },
                        };
                        break;
                    case "--tolerance": steady = steady with { Tolerance = Positive() }; break;
                    case "--rtol": integrator = integrator with { RelativeTolerance = Positive() }; break;
                    case "--atol": integrator = integrator with { AbsoluteTolerance = Positive() }; break;
                    case "--no-plots": plots = false; break;
                    case "--evolution":
                        evolution = Value() switch
                        {
                            var s when s is "auto" or "rk" or "propagator" => s,
                            var s => throw new UsageException($"unknown evolution method \"{s}\"; use auto, rk or propagator"),
                        };
                        break;
                    default:
                        if (args[i].StartsWith('-') || (modelPaths.Count > 0 && args[0] == "approach")) throw new UsageException($"unexpected argument \"{args[i]}\"");
                        modelPaths.Add(args[i]);
                        break;
                }
            }
            catch (UsageException ex) { stderr.WriteLine($"opensystem run: {ex.Message}"); return 2; }
        }
        if (modelPaths.Count == 0 || outDir is null) { stderr.WriteLine($"opensystem {args[0]}: needs MODEL.json and --out DIR"); return 2; }

        // One model: DIR/result.json. Several (a sweep in one process: start-up and first-call costs paid once):
        // DIR/<file name without .json>/result.json each, plain names, distinct after normalisation, all checked before any work.
        var outDirs = OutputPaths.Plan(modelPaths, outDir, out string? pathError);
        if (outDirs is null)
        {
            stderr.WriteLine($"opensystem {args[0]}: {pathError}");
            return 2;
        }
        var folders = new List<OutputFolder>();
        try
        {
            // Every file is validated first; then every folder is locked and cleared of the earlier run before any computation.
            var models = new List<Model>();
            for (int i = 0; i < modelPaths.Count; i++)
            {
                try { models.Add(ModelFile.Load(modelPaths[i])); }
                catch (ModelFileException ex)
                {
                    stderr.WriteLine(ex.Message);
                    if (Directory.Exists(outDirs[i])) OpenFolder(outDirs[i]).Dispose();   // an earlier result of this path is stale
                    return 2;
                }
            }
            foreach (var dir in outDirs) folders.Add(OpenFolder(dir));

            var logger = new StderrLogger(verbosity, stderr);
            EvolutionRoute route = evolution switch
            {
                "rk" => new RungeKuttaRoute(integrator),
                "propagator" => new PropagatorRoute(),
                _ => new AutoRoute(integrator),
            };
            var options = new SimulationOptions { SteadyState = steady, Evolution = route };
            if (args[0] == "approach")
                return Guarded(modelPaths[0], folders[0], () => ApproachCommand.Run(models[0], modelPaths[0], folders[0], options, logger, verbosity <= LogLevel.Information ? stderr : TextWriter.Null));
            int exit = 0;
            for (int i = 0; i < models.Count; i++)
            {
                var (model, modelPath, folder) = (models[i], modelPaths[i], folders[i]);
                exit = Math.Max(exit, Guarded(modelPath, folder, () =>
                {
                    var report = Simulation.Run(model.System, model.Equation, model.Initial, model.Grid,
                        options, logger,
                        new SynchronousProgress<double>(f => { if (verbosity <= LogLevel.Information) stderr.WriteLine($"progress: trajectory {f:P0}"); }));
                    var files = ResultWriter.Write(report, model, modelPath, folder, plots);
                    logger.LogInformation("Wrote {Files}", string.Join(", ", files));
                    var ss = report.SteadyState;
                    Console.WriteLine((models.Count > 1 ? $"{modelPath}: " : "") +
                        $"steady state ({ResultWriter.MethodName(ss.Solution.Method)}): residual {ss.Solution.Residual:E2}, " +
                        $"trace distance to Gibbs {(ss.Measurement.TraceDistanceToGibbs is double d ? d.ToString("E3") : "n/a")}, coherence [{string.Join(", ", ss.Measurement.Coherence.Select(c => c.ToString("G6")))}]");
                    return 0;
                }));
            }
            return exit;
        }
        catch (OutputFolderBusyException ex)
        {
            stderr.WriteLine($"opensystem {args[0]}: {ex.Message}");
            return 2;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"opensystem {args[0]}: cannot prepare the output folder: {ex.Message}");
            return 1;
        }
        finally
        {
            foreach (var folder in folders) folder.Dispose();
        }

        OutputFolder OpenFolder(string dir) => args[0] == "approach"
            ? OutputFolder.Open(dir, "approach.json", ApproachCommand.Outputs)
            : OutputFolder.Open(dir, "result.json", ResultWriter.Outputs);

        // Any failure of one model (numerical, file system, disk full, or a bug): reported with its file name and no stack
        // trace, its outputs of this run deleted (the folder then holds no result.json), exit 1; the other models still run.
        int Guarded(string modelPath, OutputFolder folder, Func<int> body)
        {
            try { return body(); }
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

    private static int Figure(string[] args, TextWriter stderr)
    {
        string? outDir = null; var verbosity = LogLevel.Information; var ids = new List<string>();
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i] == "--out" && i + 1 < args.Length) outDir = args[++i];
            else if (args[i] is "-v" or "--verbosity" && i + 1 < args.Length)
                verbosity = args[++i] switch { "quiet" => LogLevel.Warning, "detailed" => LogLevel.Debug, _ => LogLevel.Information };
            else if (args[i] == "all") ids.AddRange(OpenSystem.Paper.PaperFigures.Ids);
            else if (OpenSystem.Paper.PaperFigures.Ids.Contains(args[i])) ids.Add(args[i]);
            else { stderr.WriteLine($"opensystem figure: unknown figure or option \"{args[i]}\"; figures: {string.Join(", ", OpenSystem.Paper.PaperFigures.Ids)}, all"); return 2; }
        }
        if (ids.Count == 0 || outDir is null) { stderr.WriteLine("opensystem figure: needs a figure id (or all) and --out DIR"); return 2; }
        if (OutputPaths.CheckOut(outDir) is string outError)
        {
            stderr.WriteLine($"opensystem figure: {outError}");
            return 2;
        }
        ids = ids.Distinct().ToList();
        try
        {
            using var folder = OutputFolder.Open(outDir, marker: null, FigureCommand.Outputs(ids));
            return FigureCommand.Run(ids, folder, new StderrLogger(verbosity, stderr), verbosity <= LogLevel.Information ? stderr : TextWriter.Null);
        }
        catch (OutputFolderBusyException ex)
        {
            stderr.WriteLine($"opensystem figure: {ex.Message}");
            return 2;
        }
    }

    private sealed class UsageException(string message) : Exception(message);
}
