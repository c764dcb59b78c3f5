using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Logging;
using OpenSystem.Analysis;
using OpenSystem.Models;

namespace OpenSystem.Cli;

/// <summary>
/// <c>opensystem benchmark MODEL.json --out DIR [--temperatures LIST|logspace:a,b,n]</c>: for every qubit and temperature,
/// the local coherence of the Gibbs state of H, of the second-order mean-force Gibbs state with the model's baths, of the
/// Redfield + Lamb shift steady state and of the engineered-bath reference (<see cref="CoherenceBenchmark"/>), with their
/// ratios and the crossing temperature per qubit: DIR/benchmark.csv, DIR/benchmark.svg|png and DIR/benchmark.json, the
/// last renamed into place last (present = one complete run).
/// </summary>
internal sealed class BenchmarkCommand
{
    /// <summary>The file renamed into place last.</summary>
    public const string Marker = "benchmark.json";

    private readonly Argument<string> model = new("MODEL.json") { Description = "the model file: its Hamiltonian and baths (every bath set to each temperature); its equation and evolution are not used, its jumps are left out, its initial state only starts a Redfield solve whose steady state is not unique" };
    private readonly Option<string> outDir = CommandLineBuilder.Out("output folder (created if missing; locked while the command runs): benchmark.csv, benchmark.svg|png, and benchmark.json renamed into place last");
    private readonly Option<string> verbosity = CommandLineBuilder.Verbosity();
    private readonly RunOptions run = new();
    private readonly Option<double[]?> temperatures = new(BenchmarkTemperatures.OptionName)
    {
        Description = "temperatures of every bath, one row per qubit and temperature: a list 0.05,0.1,0.5 or logspace:a,b,n (n values from a to b, even in log T); default: the model's own (common) bath temperature",
        HelpName = "LIST|logspace:a,b,n",
        Arity = ArgumentArity.OneOrMore,
        CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return null;   // not given: the model's own temperature
            }
            string text = result.Tokens[^1].Value;
            var values = BenchmarkTemperatures.Parse(text, out string? error);
            if (error is not null)
            {
                result.AddError(error);
            }
            return values;
        },
    };

    /// <summary>The <c>benchmark</c> command with its options and action.</summary>
    public Command Build(TextWriter stderr)
    {
        var command = new Command("benchmark", "Equilibrium coherence of every qubit by four routes: Gibbs state of H (intra-system), second-order mean-force Gibbs state with the model's baths, Redfield + Lamb shift steady state, and the engineered-bath reference (the paper's composite coupling sigma_x + sigma_z on the qubit alone, formula P1); their ratios and the temperature where the intra-system coherence falls below the engineered one: DIR/benchmark.csv, DIR/benchmark.json, DIR/benchmark.svg|png (docs/mean-force.md).");
        command.Arguments.Add(model);
        command.Options.Add(outDir);
        command.Options.Add(temperatures);
        command.Options.Add(verbosity);
        command.Options.Add(run.Steady);
        command.Options.Add(run.Tolerance);
        OptionSuggestions.RejectUnknownOptions(model, command);
        command.SetAction(parse => Execute(parse.GetValue(model)!, parse.GetValue(outDir)!, parse.GetValue(temperatures), run.SteadyState(parse),
            CommandLineBuilder.Level(parse.GetValue(verbosity)), stderr));
        return command;
    }

    /// <summary>The command after parsing; returns the exit code (0, 2 bad input or busy folder, 1 other failure).</summary>
    public static int Execute(string modelPath, string outDir, double[]? temperatures, Dynamics.SteadyStateSolver solver, LogLevel level, TextWriter stderr)
    {
        if (OutputPaths.CheckOut(outDir) is string outError)
        {
            stderr.WriteLine($"opensystem benchmark: {outError}");
            return 2;
        }
        Model loaded;
        try
        {
            loaded = ModelFile.Load(modelPath);
        }
        catch (ModelFileException ex)
        {
            stderr.WriteLine(ex.Message);
            return 2;
        }
        var system = loaded.System;
        // not given: System.CommandLine hands an array option an empty array, never null
        var grid = temperatures is { Length: > 0 } ? temperatures : system.CommonTemperature is double own ? [own] : null;
        if (system.Couplings.Count == 0 || grid is null)
        {
            stderr.WriteLine(system.Couplings.Count == 0
                ? $"{modelPath}: baths: the benchmark needs at least one bath; the model has none"
                : $"{modelPath}: baths[*].temperature: the baths have different temperatures ({string.Join(", ", system.Couplings.Select(c => c.Bath.Temperature.ToString("G6", CultureInfo.InvariantCulture)))}), so there is no single temperature to default to; give {BenchmarkTemperatures.OptionName}");
            return 2;
        }
        var logger = new StderrLogger(level, stderr);
        try
        {
            using var folder = OutputFolder.Open(outDir, Marker, BenchmarkWriter.FileNames);
            var progress = new SynchronousProgress<string>(m => logger.LogInformation("benchmark: {Message}", m));
            var result = CoherenceBenchmark.Run(system, grid, solver, loaded.Initial, progress);
            foreach (var warning in result.Warnings)
            {
                logger.LogWarning("{Warning}", warning);
            }
            folder.Write(BenchmarkWriter.Files(result, modelPath));
            folder.Commit(BenchmarkWriter.Json(result, modelPath));
            for (int j = 0; j < result.Crossings.Count; j++)
            {
                Console.WriteLine($"qubit {j} (omega {result.Frequencies[j]:G6}): {BenchmarkWriter.CrossingSentence(result.Crossings[j])}");
            }
            Console.WriteLine($"wrote {Path.Combine(outDir, Marker)}, benchmark.csv and the plot ({grid.Length} temperatures)");
            return 0;
        }
        catch (OutputFolderBusyException ex)
        {
            stderr.WriteLine($"opensystem benchmark: {ex.Message}");
            return 2;
        }
        catch (ArgumentException ex)
        {
            stderr.WriteLine($"opensystem benchmark: {modelPath}: {ex.Message}");
            return 2;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArithmeticException or ResultWriter.NonFiniteResultException)
        {
            stderr.WriteLine($"opensystem benchmark: {modelPath}: {ex.Message} (no benchmark.json written into {outDir})");
            return 1;
        }
    }
}
