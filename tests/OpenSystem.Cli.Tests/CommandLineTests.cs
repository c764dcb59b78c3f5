using System.Reflection;

namespace OpenSystem.Cli.Tests;

/// <summary>The command-line conventions: per-command help with defaults, errors naming their command, suggestions, version.</summary>
public class CommandLineTests
{
    /// <summary>Runs the command line in process; returns the exit code, stdout and stderr.</summary>
    internal static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("run", new[] { "--out", "--verbosity", "--steady", "--tolerance", "--rtol", "--atol", "--evolution", "--no-plots" })]
    [InlineData("approach", new[] { "--out", "--verbosity", "--steady", "--tolerance", "--rtol", "--atol", "--evolution" })]
    [InlineData("figure", new[] { "--out", "--verbosity", "--max-ancillas" })]
    [InlineData("sweep", new[] { "--out", "--shard", "--merge", "--slurm", "--tasks", "--throttle", "--cpus-per-task", "--submit", "--steady", "--no-plots" })]
    public void CommandHelp_ExitsZero_ListsEveryOption(string command, string[] options)
    {
        var (exit, stdout, stderr) = Run(command, "--help");
        Assert.True(exit == 0, stderr);
        Assert.Contains($" {command} <", stdout);   // the usage line (the root's name is the host's: testhost here)
        foreach (string option in options)
            Assert.Contains(option, stdout);
    }

    [Fact]
    public void RunHelp_ShowsTheDefaults_OfTheSolvers()
    {
        var steady = new OpenSystem.Dynamics.SteadyStateSolver();
        var (_, stdout, _) = Run("run", "--help");
        Assert.Contains("[default: normal]", stdout);
        Assert.Contains("[default: auto]", stdout);
        Assert.Contains($"[default: {steady.Tolerance.ToString(System.Globalization.CultureInfo.InvariantCulture)}]", stdout);
    }

    [Theory]
    [InlineData("run", "--stedy", "--steady")]
    [InlineData("approach", "--verbosty", "--verbosity")]
    [InlineData("sweep", "--shrad", "--shard")]
    public void MisspelledOption_ExitsTwo_NamingTheCommand_AndSuggesting(string command, string typo, string meant)
    {
        var (exit, _, stderr) = Run(command, "model.json", typo, "x", "--out", "o");
        Assert.Equal(2, exit);
        Assert.Contains($"opensystem {command}: ", stderr);
        Assert.Contains(meant, stderr);
        Assert.DoesNotContain("opensystem run:", command == "run" ? "" : stderr);
    }

    [Fact]
    public void Version_IsTheInformationalVersion()
    {
        // out of process: --version reports the entry assembly, which in process is the test host
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("--version");
        using var process = System.Diagnostics.Process.Start(start)!;
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        string expected = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal(expected, stdout.Trim());
    }

    [Fact]
    public void RepeatedOption_LastOneCounts_AndBadValue_ExitsTwo()
    {
        var (exit, _, stderr) = Run("run", "model.json", "--out", "o", "--rtol", "-1");
        Assert.Equal(2, exit);
        Assert.Contains("opensystem run: --rtol needs a positive number", stderr);
        Assert.Equal(2, Run("sweep", "s.json", "--out", "o", "--slurm").Exit);
        Assert.Equal(2, Run("sweep", "s.json", "--out", "o", "--shard", "3/2").Exit);
    }

    [Fact]
    public void SeveralModels_Quiet_EveryWarningNamesItsFile_AndNoProgress()
    {
        // Redfield with the Lamb shift at a low temperature: the steady state has a small negative eigenvalue (a warning)
        const string model = """
            {"family": {"name": "c4", "ancillas": 1, "omega_target": 1.0, "omega_ancilla": 1.3, "g": 0.07, "theta": 0.07},
             "baths": [{"every_qubit": "X", "spectral_density": {"kind": "ohmic", "alpha": 0.001, "cutoff": 5.0}, "temperature": 0.02}],
             "equation": {"kind": "redfield", "lamb_shift": true}, "evolution": {"t_end": 10, "samples": 5}}
            """;
        using var cli = new CliRunner();
        string a = Path.Combine(cli.Folder, "first.json");
        string b = Path.Combine(cli.Folder, "second.json");
        File.WriteAllText(a, model);
        File.WriteAllText(b, model);
        var (exit, _, stderr) = Run("run", a, b, "--out", cli.Out, "-v", "quiet", "--no-plots");
        Assert.True(exit == 0, stderr);
        var warnings = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains(" warn: ", StringComparison.Ordinal)).ToList();
        Assert.Contains(warnings, l => l.Contains($"{a}: ", StringComparison.Ordinal));
        Assert.Contains(warnings, l => l.Contains($"{b}: ", StringComparison.Ordinal));
        Assert.All(warnings, l => Assert.True(l.Contains(a, StringComparison.Ordinal) || l.Contains(b, StringComparison.Ordinal), l));
        Assert.DoesNotContain("progress", stderr);
        Assert.DoesNotContain(" info: ", stderr);
    }
}
