using System.CommandLine;
using System.Text.Json.Nodes;
using OpenSystem.Analysis;
using OpenSystem.Models;
using OpenSystem.Sweeps;

namespace OpenSystem.Cli;

/// <summary>
/// <c>opensystem sweep SWEEP.json --out DIR [--shard i/K | --merge | --slurm --tasks K [--throttle M]
/// [--cpus-per-task C] [--submit]]</c>: the command line of the sweep library (<see cref="SweepCommandCore"/>), with the
/// model reader validating every point and <see cref="Simulation.Run"/> computing each; after a full run or a merge, the
/// table's coherence columns are plotted into DIR/table_coherence.svg|png.
/// </summary>
internal sealed class SweepCommand
{
    private readonly Argument<string> sweepFile = new("SWEEP.json") { Description = "the sweep file (a model and the axes to vary; see docs/sweep-file.md)" };
    private readonly Option<string> outDir = CommandLineBuilder.Out("output folder (created if missing): DIR/points/<p>/result.json per point, DIR/table.csv, DIR/table_coherence.svg|png; shards of one sweep may write into it at once");
    private readonly Option<string> verbosity = CommandLineBuilder.Verbosity();
    private readonly RunOptions run = new();
    private readonly Option<bool> noPlots = new("--no-plots") { Description = "skip the table plot" };
    private readonly Option<Shard?> shard = new("--shard")
    {
        Description = "compute only the points p with p mod K == i (no table; --merge writes it)",
        HelpName = "i/K",
        CustomParser = result => ParseShard(result),
    };

    private readonly Option<bool> merge = new("--merge") { Description = "only (re)write DIR/table.csv (and its plot) from the finished points" };
    private readonly Option<bool> slurm = new("--slurm") { Description = "write DIR/slurm/array.sbatch (a job array of K tasks, one shard each) and DIR/slurm/merge.sbatch" };
    private readonly Option<int?> tasks = new("--tasks") { Description = "with --slurm: the number of array tasks (shards)", HelpName = "K" };
    private readonly Option<int?> throttle = new("--throttle") { Description = "with --slurm: at most M array tasks at once (Slurm's %M); default no limit", HelpName = "M" };
    private readonly Option<int?> cpusPerTask = new("--cpus-per-task") { Description = "with --slurm: CPUs per array task; default the cluster's", HelpName = "C" };
    private readonly Option<bool> submit = new("--submit") { Description = "with --slurm: submit both scripts (merge afterok on the array); prints the merge job id last" };

    /// <summary>The <c>sweep</c> command with its options and action.</summary>
    public Command Build(TextWriter stderr)
    {
        var command = new Command("sweep", "Every point of a sweep file (one model, some parameters varied) on every core, as one shard, or as a Slurm job array; one table DIR/table.csv.");
        command.Arguments.Add(sweepFile);
        command.Options.Add(outDir);
        command.Options.Add(verbosity);
        run.AddTo(command);
        foreach (var option in new Option[] { noPlots, shard, merge, slurm, tasks, throttle, cpusPerTask, submit })
        {
            command.Options.Add(option);
        }
        OptionSuggestions.RejectUnknownOptions(sweepFile, command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(slurm) != (result.GetValue(tasks) is not null))
            {
                result.AddError("--slurm and --tasks K go together");
            }
        });
        command.SetAction(parse => Execute(parse, stderr));
        return command;
    }

    private int Execute(ParseResult parse, TextWriter stderr)
    {
        var simulation = run.Simulation(parse);
        var runArguments = run.Arguments(parse);
        bool quiet = parse.GetValue(verbosity) == "quiet";
        var options = new SweepCommandOptions(parse.GetValue(sweepFile)!, parse.GetValue(outDir)!)
        {
            Shard = parse.GetValue(shard),
            Merge = parse.GetValue(merge),
            SlurmTasks = parse.GetValue(tasks),
            SlurmThrottle = parse.GetValue(throttle),
            SlurmCpusPerTask = parse.GetValue(cpusPerTask),
            Submit = parse.GetValue(submit),
            LaunchCommand = LaunchCommand(),
            RunArguments = quiet ? [.. runArguments, "-v", "quiet"] : runArguments,
            RunOptionsFingerprint = string.Join(' ', runArguments),
        };
        if (OutputPaths.CheckOut(options.OutDirectory) is string outError)
        {
            stderr.WriteLine($"opensystem sweep: {outError}");
            return 2;
        }
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var environment = new SweepCommandEnvironment(Console.Out, stderr)
            {
                LiveProgress = !quiet && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected,
                Quiet = quiet,
                CancellationToken = cancel.Token,
            };
            int exit = SweepCommandCore.Run(options, ValidatePoint, (point, token) => RunPoint(point, simulation, options.SweepFile, token), environment);
            bool tableWritten = exit != 2 && options.Shard is null && options.SlurmTasks is null && !cancel.IsCancellationRequested;
            if (tableWritten && !parse.GetValue(noPlots))
            {
                SweepTablePlot.Write(options, stderr);
            }
            return exit;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    // One point: its own model, generator and solver objects (none is shared between threads); the bath-rate memo of the
    // dynamics library is a concurrent dictionary.
    /// <summary>A point's model read as a model file would be; its key and problem handed to the sweep's message.</summary>
    private static Model ValidatePoint(string json, string label)
    {
        try
        {
            return ModelFile.Parse(json, label);
        }
        catch (ModelFileException ex)
        {
            throw new PointModelException(ex.Key, ex.Problem);
        }
    }

    private static JsonObject RunPoint(PointRun<Model> point, SimulationOptions simulation, string sweepFile, CancellationToken cancellation)
    {
        var model = point.Model;
        var report = Simulation.Run(model.System, model.Equation, model.Initial, model.Grid, simulation, new PointLogger(point.Warn), null, cancellation);
        string label = $"{sweepFile} point {point.Point.Index}";
        var result = JsonNode.Parse(ResultWriter.ResultJson(report, model, label))!.AsObject();
        SweepApproachHook.Add(result, point.Outputs, model, simulation, cancellation);
        return result;
    }

    // The way this process was started, for the Slurm scripts: the apphost's absolute path, or dotnet and the dll.
    private static IReadOnlyList<string> LaunchCommand()
    {
        string? process = Environment.ProcessPath;
        if (process is null)
        {
            return [];
        }
        string name = Path.GetFileNameWithoutExtension(process);
        if (name == "dotnet")
        {
            return [process, Path.Combine(AppContext.BaseDirectory, typeof(Program).Assembly.GetName().Name + ".dll")];
        }
        return [Path.GetFullPath(process)];
    }

    private static Shard? ParseShard(System.CommandLine.Parsing.ArgumentResult result)
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        try
        {
            return Shard.Parse(text);
        }
        catch (FormatException ex)
        {
            result.AddError(ex.Message);
            return null;
        }
    }
}
