using System.CommandLine;
using Microsoft.Extensions.Logging;
using OpenSystem.Paper;

namespace OpenSystem.Cli;

/// <summary>
/// The command tree of <c>opensystem</c> (System.CommandLine): <c>run</c>, <c>approach</c>, <c>figure</c>, <c>sweep</c>,
/// each with its own <c>--help</c> listing every option and its default; <c>--version</c> on the root prints the
/// informational version (with the commit when built from a git checkout).
/// </summary>
internal static class CommandLineBuilder
{
    /// <summary>The root command; actions write errors and progress to <paramref name="stderr"/>.</summary>
    public static RootCommand Build(TextWriter stderr)
    {
        var root = new RootCommand("opensystem: open-quantum-system dynamics of qubit networks coupled to bosonic baths (Redfield, Davies, local master equations; Gibbs and steady states; local coherence). Exit codes: 0 success, 2 bad input or usage (file, key and reason on stderr) or output folder in use, 1 any other failure.");
        root.Subcommands.Add(Run(stderr));
        root.Subcommands.Add(Approach(stderr));
        root.Subcommands.Add(Figure(stderr));
        root.Subcommands.Add(new SweepCommand().Build(stderr));
        root.Subcommands.Add(new BenchmarkCommand().Build(stderr));
        return root;
    }

    /// <summary>The <c>--out DIR</c> option (required).</summary>
    public static Option<string> Out(string description) => new("--out")
    {
        Description = description,
        Required = true,
        HelpName = "DIR",
    };

    /// <summary>The <c>-v, --verbosity</c> option: quiet (warnings and errors only), normal, detailed.</summary>
    public static Option<string> Verbosity()
    {
        var option = RunOptions.Choice("--verbosity", "normal", "quiet: warnings and errors only; normal: progress and information; detailed: also debug lines (all on stderr)", "quiet", "normal", "detailed");
        option.Aliases.Add("-v");
        return option;
    }

    /// <summary>The log level a <see cref="Verbosity"/> value means.</summary>
    public static LogLevel Level(string? verbosity) => verbosity switch
    {
        "quiet" => LogLevel.Warning,
        "detailed" => LogLevel.Debug,
        _ => LogLevel.Information,
    };

    private static Command Run(TextWriter stderr)
    {
        var command = new Command("run", "Gibbs state, steady state of the model's master equation and (with \"evolution\") the trajectory: DIR/result.json, DIR/trajectory.csv and the plots DIR/coherence.svg|png, DIR/trace_distance.svg|png. Several models: each into DIR/<file name without .json>/, in one process; every file is validated before any runs.");
        var models = new Argument<string[]>("MODEL.json") { Arity = ArgumentArity.OneOrMore, Description = "model files (see docs/model-file.md)" };
        var outDir = Out("output folder (created if missing; locked while the command runs, so a second command into it exits 2); result.json is renamed into place last: present = one complete, consistent run");
        var verbosity = Verbosity();
        var run = new RunOptions();
        var noPlots = new Option<bool>("--no-plots") { Description = "skip the SVG/PNG plots" };
        var only = RunOptions.Choice("--only", "all", "gibbs: the Gibbs and mean-force states only, no master equation (result.json without steady_state and trajectory; family models up to 1000 ancillas by total-spin sectors)", "all", "gibbs");
        command.Arguments.Add(models);
        command.Options.Add(outDir);
        command.Options.Add(verbosity);
        run.AddTo(command);
        command.Options.Add(noPlots);
        command.Options.Add(only);
        OptionSuggestions.RejectUnknownOptions(models, command);
        command.SetAction(parse => parse.GetValue(only) == "gibbs"
            ? RunCommand.GibbsOnly(parse.GetValue(models)!, parse.GetValue(outDir)!, stderr)
            : RunCommand.Execute("run", parse.GetValue(models)!, parse.GetValue(outDir)!, Level(parse.GetValue(verbosity)), run.Simulation(parse), !parse.GetValue(noPlots), stderr));
        return command;
    }

    private static Command Approach(TextWriter stderr)
    {
        var command = new Command("approach", "The approach to the steady state from the ground and the maximally mixed state (log time grid up to the model's evolution.t_end, or 25 relaxation times): DIR/approach.csv, DIR/approach.json (Liouvillian gap, fitted decay rates, plateau times) and DIR/approach_coherence|distance.svg|png.");
        var model = new Argument<string>("MODEL.json") { Description = "the model file" };
        var outDir = Out("output folder (created if missing; locked while the command runs); approach.json is renamed into place last");
        var verbosity = Verbosity();
        var run = new RunOptions();
        command.Arguments.Add(model);
        command.Options.Add(outDir);
        command.Options.Add(verbosity);
        run.AddTo(command);
        OptionSuggestions.RejectUnknownOptions(model, command);
        command.SetAction(parse => RunCommand.Execute("approach", [parse.GetValue(model)!], parse.GetValue(outDir)!, Level(parse.GetValue(verbosity)), run.Simulation(parse), true, stderr));
        return command;
    }

    private static Option<int> MaxAncillas()
    {
        var option = new Option<int>("--max-ancillas")
        {
            Description = $"figure 3b: the largest N of fig3b_ancillas.csv|svg|png, the target coherence against the number of ancillas by total-spin sectors (dense route overlaid for N <= {AncillaScaling.DenseMaxAncillas}, N -> infinity limit drawn); {AncillaScaling.PaperMaxAncillas} is the paper's range, at most {Models.ModelFamilies.MaxAncillas}",
            HelpName = "N",
            DefaultValueFactory = _ => AncillaScaling.PaperMaxAncillas,
        };
        option.Validators.Add(result =>
        {
            int n = result.GetValueOrDefault<int>();
            if (n < 1 || n > Models.ModelFamilies.MaxAncillas)
                result.AddError($"--max-ancillas must be between 1 and {Models.ModelFamilies.MaxAncillas}, got {n}");
        });
        return option;
    }

    private static Command Figure(TextWriter stderr)
    {
        var command = new Command("figure", $"The paper's figures: DIR/figID.csv (T, then one column per curve; '#' header lines give every parameter and the agreement between routes) and DIR/figID.svg|png; 1a adds fig1a_ratio, 3b adds fig3b_ancillas (the target coherence against N, see --max-ancillas). IDs: {string.Join(", ", PaperFigures.Ids)}, or all.");
        var ids = new Argument<string[]>("ID") { Arity = ArgumentArity.OneOrMore, Description = "figure ids, or all" };
        ids.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value != "all" && !t.Value.StartsWith('-') && !PaperFigures.Ids.Contains(t.Value)))
            {
                result.AddError($"unknown figure \"{token.Value}\"; figures: {string.Join(", ", PaperFigures.Ids)}, all");
            }
        });
        var outDir = Out("output folder (created if missing; locked while the command runs)");
        var verbosity = Verbosity();
        var maxAncillas = MaxAncillas();
        command.Arguments.Add(ids);
        command.Options.Add(outDir);
        command.Options.Add(verbosity);
        command.Options.Add(maxAncillas);
        OptionSuggestions.RejectUnknownOptions(ids, command);
        command.Validators.Add(result =>
        {
            var given = result.GetResult(maxAncillas);
            // the tokens, not GetValue: converting the argument here would skip its own validator (unknown figure ids)
            var chosen = result.GetResult(ids)?.Tokens.Select(t => t.Value).ToArray() ?? [];
            if (given is { Implicit: false } && !chosen.Contains("3b") && !chosen.Contains("all"))
                result.AddError("--max-ancillas applies to figure 3b only (its fig3b_ancillas curve against N); add 3b to the figures or drop the option");
        });
        command.SetAction(parse =>
        {
            var chosen = parse.GetValue(ids)!.SelectMany(id => id == "all" ? PaperFigures.Ids : [id]).Distinct().ToList();
            return FigureCommand.Execute(chosen, parse.GetValue(outDir)!, Level(parse.GetValue(verbosity)), stderr, parse.GetValue(maxAncillas));
        });
        return command;
    }
}
