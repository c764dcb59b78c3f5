using System.CommandLine;
using System.CommandLine.Invocation;

namespace OpenSystem.Cli;

/// <summary>
/// The <c>opensystem</c> command: <c>run</c>, <c>approach</c>, <c>figure</c> and <c>sweep</c> (see
/// <see cref="CommandLineBuilder"/>; <c>opensystem COMMAND --help</c> lists every option with its default). Exit codes:
/// 0 success, 2 bad input (including usage errors), 1 any other failure.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static int Main(string[] args)
    {
        try
        {
            return Run(args, Console.Error);
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"opensystem: error: {ex.Message}");
            return 1;
        }
    }

    /// <summary>Runs the command with errors going to <paramref name="stderr"/> (help and results to stdout); used by the tests.</summary>
    public static int Run(string[] args, TextWriter stderr) => Run(args, Console.Out, stderr);

    /// <summary>Runs the command with help and version text going to <paramref name="stdout"/> and errors to <paramref name="stderr"/>.</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args is ["help"])
        {
            args = ["--help"];
        }
        var root = CommandLineBuilder.Build(stderr);
        var parse = root.Parse(args);
        if (parse.Errors.Count == 0)
        {
            var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
            return parse.Invoke(configuration);
        }
        // Usage errors: each named with the command it belongs to, then "did you mean" for misspelled options and
        // commands, and where to find the usage; exit 2 like every other bad input.
        string name = CommandName(parse.CommandResult);
        foreach (var error in parse.Errors)
        {
            stderr.WriteLine($"{name}: {error.Message}");
        }
        var suggestions = new StringWriter();
        if (parse.Action is ParseErrorAction errorAction)
        {
            errorAction.ShowHelp = false;
            errorAction.ShowTypoCorrections = true;
            parse.Invoke(new InvocationConfiguration { Output = suggestions, Error = TextWriter.Null });
        }
        foreach (string line in suggestions.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            stderr.WriteLine($"{name}: {line}");
        }
        stderr.WriteLine($"Run '{name} --help' for the usage.");
        return 2;
    }

    private static string CommandName(System.CommandLine.Parsing.CommandResult result)
    {
        var names = new List<string>();
        for (var current = result; current is not null; current = current.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(current.Command is RootCommand ? "opensystem" : current.Command.Name);
        }
        names.Reverse();
        return string.Join(' ', names);
    }
}
