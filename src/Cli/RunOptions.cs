using System.CommandLine;
using System.Globalization;
using OpenSystem.Analysis;
using OpenSystem.Dynamics;

namespace OpenSystem.Cli;

/// <summary>
/// The options that change how a model is computed (<c>run</c> and <c>sweep</c>): the steady-state method and tolerance,
/// the integrator tolerances and the evolution method. Each command gets its own instances (<see cref="AddTo"/>).
/// </summary>
internal sealed class RunOptions
{
    private static readonly SteadyStateSolver DefaultSteady = new();
    private static readonly DormandPrince54 DefaultIntegrator = new();

    public Option<string> Steady { get; } = Choice("--steady", "auto", "steady-state method; auto: direct LU for small models (d <= 4), GMRES otherwise", "auto", "direct", "gmres");

    public Option<double> Tolerance { get; } = Positive("--tolerance", DefaultSteady.Tolerance, "relative residual required of the steady state");

    public Option<double> Rtol { get; } = Positive("--rtol", DefaultIntegrator.RelativeTolerance, "relative tolerance of the Dormand-Prince integrator");

    public Option<double> Atol { get; } = Positive("--atol", DefaultIntegrator.AbsoluteTolerance, "absolute tolerance of the Dormand-Prince integrator");

    public Option<string> Evolution { get; } = Choice("--evolution", "auto", "trajectory method; auto: exact propagator e^(L dt) for d <= 32 on evenly spaced times, the exact ladder e^(L h 2^k) for d <= 32 on other grids (approach), above that the Krylov integrator on other grids and Dormand-Prince (rk) on evenly spaced ones", "auto", "rk", "propagator", "exact", "krylov");

    public Option<double> MaxWork { get; } = Positive("--max-work", new SimulationOptions().MaxWorkSeconds,
        "seconds of estimated work (or 4 GiB of memory) above which a trajectory is refused with exit 2 before it starts; raise it to run anyway");

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Steady);
        command.Options.Add(Tolerance);
        command.Options.Add(Rtol);
        command.Options.Add(Atol);
        command.Options.Add(Evolution);
        command.Options.Add(MaxWork);
    }

    /// <summary>The simulation options the parsed command line asks for.</summary>
    public SimulationOptions Simulation(ParseResult parse)
    {
        var steady = SteadyState(parse);
        var integrator = DefaultIntegrator with
        {
            RelativeTolerance = parse.GetValue(Rtol),
            AbsoluteTolerance = parse.GetValue(Atol),
        };
        EvolutionRoute route = parse.GetValue(Evolution) switch
        {
            "rk" => new RungeKuttaRoute(integrator),
            "propagator" => new PropagatorRoute(),
            "exact" => new ExactRoute(),
            "krylov" => new KrylovRoute(),
            _ => new AutoRoute(integrator),
        };
        return new SimulationOptions { SteadyState = steady, Evolution = route, MaxWorkSeconds = parse.GetValue(MaxWork) };
    }

    /// <summary>The steady-state solver that <see cref="Steady"/> and <see cref="Tolerance"/> ask for (the only options a command may add alone).</summary>
    public SteadyStateSolver SteadyState(ParseResult parse) => DefaultSteady with
    {
        Algorithm = parse.GetValue(Steady) switch
        {
            "direct" => SteadyStateAlgorithm.Direct,
            "gmres" => SteadyStateAlgorithm.Gmres,
            _ => SteadyStateAlgorithm.Auto,
        },
        Tolerance = parse.GetValue(Tolerance),
    };

    /// <summary>
    /// The options that differ from their defaults, as command-line arguments in a fixed order with numbers in round-trip
    /// form (<c>--steady gmres --rtol 1E-09</c>): repeated by the Slurm scripts, and (joined) the fingerprint that is part of
    /// every sweep point's identity, so the same effective options always give the same identity.
    /// </summary>
    public IReadOnlyList<string> Arguments(ParseResult parse)
    {
        var arguments = new List<string>();
        AddIfChanged(arguments, Steady, parse.GetValue(Steady) ?? "auto", "auto");
        AddIfChanged(arguments, Tolerance, Number(parse.GetValue(Tolerance)), Number(DefaultSteady.Tolerance));
        AddIfChanged(arguments, Rtol, Number(parse.GetValue(Rtol)), Number(DefaultIntegrator.RelativeTolerance));
        AddIfChanged(arguments, Atol, Number(parse.GetValue(Atol)), Number(DefaultIntegrator.AbsoluteTolerance));
        AddIfChanged(arguments, Evolution, parse.GetValue(Evolution) ?? "auto", "auto");
        return arguments;
    }

    /// <summary>An option taking one of <paramref name="choices"/>; given twice, the last one counts (like every option here).</summary>
    public static Option<string> Choice(string name, string defaultValue, string description, params string[] choices)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            HelpName = string.Join('|', choices),
            Arity = ArgumentArity.OneOrMore,
            CustomParser = result => result.Tokens.Count == 0 ? defaultValue : result.Tokens[^1].Value,
        };
        option.AcceptOnlyFromAmong(choices);
        return option;
    }

    private static Option<double> Positive(string name, double defaultValue, string description) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        HelpName = "X",
        Arity = ArgumentArity.OneOrMore,
        CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return defaultValue;
            }
            string text = result.Tokens[^1].Value;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) && x > 0 && double.IsFinite(x))
            {
                return x;
            }
            result.AddError($"{name} needs a positive number, got \"{text}\"");
            return defaultValue;
        },
    };

    private static string Number(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    private static void AddIfChanged(List<string> arguments, Option option, string value, string defaultValue)
    {
        if (value == defaultValue)
        {
            return;
        }
        arguments.Add(option.Name);
        arguments.Add(value);
    }
}
