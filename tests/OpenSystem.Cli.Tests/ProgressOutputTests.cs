using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using OpenSystem.Dynamics;
using Spectre.Console;

namespace OpenSystem.Cli.Tests;

/// <summary>
/// What `opensystem run` writes on stderr when it is not a terminal (a log file, a pipe, a batch job): plain timestamped
/// lines naming the model file, the trajectory's progress with an ETA, the stages with -v detailed, warnings only with
/// -v quiet; and the live display's log lines.
/// </summary>
public class ProgressOutputTests
{
    // Redfield with the Lamb shift at a low temperature: the steady state has a small negative eigenvalue (a warning);
    // d = 4 with a short trajectory.
    private const string WarningModel = """
        {"family": {"name": "c4", "ancillas": 1, "omega_target": 1.0, "omega_ancilla": 1.3, "g": 0.07, "theta": 0.07},
         "baths": [{"every_qubit": "X", "spectral_density": {"kind": "ohmic", "alpha": 0.001, "cutoff": 5.0}, "temperature": 0.02}],
         "equation": {"kind": "redfield", "lamb_shift": true}, "evolution": {"t_end": 10, "samples": 41}}
        """;

    private static string[] Lines(string stderr) => stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void NotATerminal_Normal_TimestampedLinesNamingTheModel_ProgressToHundredPercent()
    {
        using var cli = new CliRunner();
        var (exit, stderr) = cli.Run(WarningModel, "lowT.json", "-v", "normal", "--no-plots");
        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain('\r', stderr);
        Assert.DoesNotContain('\u001b', stderr);   // no terminal escapes in a log file
        string model = Path.Combine(cli.Folder, "lowT.json");
        var lines = Lines(stderr);
        Assert.All(lines, l => Assert.Matches(@"^\d\d:\d\d:\d\d (info|warn|progress): ", l));
        Assert.All(lines, l => Assert.Contains($" {model}: ", l));
        var progress = lines.Where(l => l.Contains(" progress: ", StringComparison.Ordinal)).ToList();
        Assert.True(progress.Count >= 2, stderr);
        Assert.Matches(@"trajectory 100%, ETA 0:00:00$", progress[^1]);
        Assert.Contains(lines, l => l.Contains(" warn: ", StringComparison.Ordinal) && l.Contains("negative eigenvalue", StringComparison.Ordinal));
    }

    [Fact]
    public void NotATerminal_Detailed_NamesTheStagesInOrder()
    {
        using var cli = new CliRunner();
        var (exit, stderr) = cli.Run(WarningModel, "lowT.json", "-v", "detailed", "--no-plots");
        Assert.True(exit == 0, stderr);
        int generator = stderr.IndexOf("dbug: ", StringComparison.Ordinal);
        int building = stderr.IndexOf("building the generator (Redfield", StringComparison.Ordinal);
        int steady = stderr.IndexOf(": steady state\n", StringComparison.Ordinal);
        int trajectory = stderr.IndexOf(": trajectory (41 samples to t = 10)", StringComparison.Ordinal);
        Assert.True(generator >= 0 && building >= 0 && building < steady && steady < trajectory, stderr);
    }

    [Fact]
    public void NotATerminal_Quiet_WarningsOnly_EachNamingTheModelFile()
    {
        using var cli = new CliRunner();
        var (exit, stderr) = cli.Run(WarningModel, "lowT.json", "--no-plots");
        Assert.True(exit == 0, stderr);
        string model = Path.Combine(cli.Folder, "lowT.json");
        var lines = Lines(stderr);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches($@"^\d\d:\d\d:\d\d warn: {Regex.Escape(model)}: ", l));
    }

    [Fact]
    public void LiveDisplay_PrintsLinesAtItsLevel_NamingTheModel_ProgressEventsOnlyAsStatus()
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        var display = new LiveDisplay(LogLevel.Warning, "m.json", console);
        display.LogWarning("a warning");
        display.LogInformation("an information");
        display.LogTrace(ProgressEvents.Iteration, "steady state: GMRES iteration 3, residual 1E-05");
        display.LogDebug(ProgressEvents.Stage, "trajectory");
        var lines = Lines(writer.ToString());
        Assert.Single(lines);
        Assert.Matches(@"^\d\d:\d\d:\d\d warn: m\.json: a warning$", lines[0]);
        Assert.True(display.IsEnabled(LogLevel.Trace));   // progress events reach it whatever the verbosity
    }
}
