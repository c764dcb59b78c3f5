using System.Diagnostics;
using System.Text.Json;

namespace OpenSystem.Cli.Tests;

/// <summary>
/// Output folders (issue 13, item 4): output names that are not plain names and clashes after normalisation are refused,
/// a folder is locked by its run, nothing of an earlier run or of a killed run sits beside a new result.json, and a
/// failed model leaves none of its outputs while the other models of the run still run.
/// </summary>
public class OutputFolderTests
{
    // Two qubits, no evolution: result.json only.
    private const string Steady = """
        {"qubits": 2,
         "hamiltonian": [{"pauli": "Z0", "coef": 0.5}, {"pauli": "Z1", "coef": 0.5}, {"pauli": "X0 X1", "coef": 0.1}],
         "baths": [{"coupling": [{"pauli": "X1", "coef": 1.0}],
                    "spectral_density": {"kind": "ohmic", "alpha": 0.001, "cutoff": 5.0},
                    "temperature": 0.2}],
         "initial_state": {"kind": "ground"}}
        """;

    // One qubit with a short evolution: result.json, trajectory.csv and plots.
    private const string Evolving = """
        {"qubits": 1,
         "hamiltonian": [{"pauli": "Z0", "coef": 0.5}],
         "baths": [{"coupling": [{"pauli": "X0", "coef": 1.0}],
                    "spectral_density": {"kind": "ohmic", "alpha": 0.01, "cutoff": 5.0},
                    "temperature": 0.3}],
         "initial_state": {"kind": "ground"},
         "evolution": {"t_end": 10, "samples": 11}}
        """;

    [Theory]
    [InlineData("...json")]   // name ".." : the parent of DIR
    [InlineData("..json")]    // name "."  : DIR itself
    [InlineData(".json")]     // name ""   : DIR itself
    public void ModelNameThatIsNotAPlainFolderName_ExitsTwo_AndWritesNothing(string hostile)
    {
        using var cli = new CliRunner();
        string good = Path.Combine(cli.Folder, "good.json");
        string bad = Path.Combine(cli.Folder, hostile);
        File.WriteAllText(good, Steady);
        File.WriteAllText(bad, Steady);
        var stderr = new StringWriter();
        int exit = Program.Run(["run", good, bad, "--out", cli.Out, "-v", "quiet"], stderr);
        Assert.Equal(2, exit);
        Assert.Contains(hostile, stderr.ToString());
        Assert.Empty(Directory.GetFiles(cli.Folder, "result.json", SearchOption.AllDirectories));
        Assert.False(Directory.Exists(cli.Out), "a refused command must not create its output folder");
    }

    [Fact]
    public void TwoModelsWritingOneFolderAfterNormalisation_ExitTwo_NamingBoth()
    {
        // "m/..json" and "m/.json" become DIR/. and DIR/, both DIR: the second would overwrite the first.
        using var cli = new CliRunner();
        string a = Path.Combine(cli.Folder, "a", "x.json");
        string b = Path.Combine(cli.Folder, "b", ".", "x.json");
        Directory.CreateDirectory(Path.GetDirectoryName(a)!);
        Directory.CreateDirectory(Path.Combine(cli.Folder, "b"));
        File.WriteAllText(a, Steady);
        File.WriteAllText(b, Steady);
        var stderr = new StringWriter();
        Assert.Equal(2, Program.Run(["run", a, b, "--out", cli.Out + Path.DirectorySeparatorChar + ".", "-v", "quiet"], stderr));
        Assert.Contains(a, stderr.ToString());
        Assert.Contains(b, stderr.ToString());

        string dots = Path.Combine(cli.Folder, "m");
        Directory.CreateDirectory(dots);
        File.WriteAllText(Path.Combine(dots, "..json"), Steady);
        File.WriteAllText(Path.Combine(dots, ".json"), Steady);
        Assert.Equal(2, Program.Run(["run", Path.Combine(dots, "..json"), Path.Combine(dots, ".json"), "--out", cli.Out, "-v", "quiet"], new StringWriter()));
        Assert.False(File.Exists(cli.ResultPath));
    }

    [Theory]
    [InlineData("run", "MODEL", "--out", "")]
    [InlineData("run", "", "--out", "OUT")]
    [InlineData("approach", "MODEL", "--out", "")]
    [InlineData("figure", "3b", "--out", "")]
    public void EmptyPaths_ExitTwo_BeforeAnyComputation(string command, string first, string option, string last)
    {
        using var cli = new CliRunner();
        string model = Path.Combine(cli.Folder, "model.json");
        File.WriteAllText(model, Steady);
        var stderr = new StringWriter();
        int exit = Program.Run([command, first.Replace("MODEL", model), option, last.Replace("OUT", cli.Out)], stderr);
        Assert.Equal(2, exit);
        Assert.Contains("empty", stderr.ToString());
        Assert.DoesNotContain("progress", stderr.ToString());
        Assert.Empty(Directory.GetFiles(cli.Folder, "result.json", SearchOption.AllDirectories));
    }

    [Fact]
    public void FolderLockedByAnotherHandle_ExitsTwo_AndLeavesTheFolderAlone()
    {
        using var cli = new CliRunner();
        Directory.CreateDirectory(cli.Out);
        File.WriteAllText(cli.ResultPath, "{\"earlier\": true}");
        using (new FileStream(Path.Combine(cli.Out, OutputFolder.LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var (exit, stderr) = cli.Run(Steady);
            Assert.Equal(2, exit);
            Assert.Contains("another opensystem command is writing into", stderr);
            Assert.Equal("{\"earlier\": true}", File.ReadAllText(cli.ResultPath));   // the holder's files are not touched
        }
        Assert.Equal(0, cli.Run(Steady).Exit);   // released: the next run proceeds
        Assert.True(cli.Result().TryGetProperty("steady_state", out _));
    }

    [Theory]
    [InlineData("approach")]
    [InlineData("figure")]
    public void OtherCommands_UseTheSameLock_AndCleanTheirLeftovers(string command)
    {
        using var cli = new CliRunner();
        string model = Path.Combine(cli.Folder, "model.json");
        File.WriteAllText(model, Steady);
        string[] args = command == "approach" ? ["approach", model, "--out", cli.Out, "-v", "quiet"] : ["figure", "3b", "--out", cli.Out, "-v", "quiet"];
        Directory.CreateDirectory(cli.Out);
        using (new FileStream(Path.Combine(cli.Out, OutputFolder.LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var stderr = new StringWriter();
            Assert.Equal(2, Program.Run(args, stderr));
            Assert.Contains("another opensystem command is writing into", stderr.ToString());
        }
        string leftover = Path.Combine(cli.Out, (command == "approach" ? "approach.csv" : "fig3b.svg") + OutputFolder.PartialSuffix);
        File.WriteAllText(leftover, "truncated");
        Assert.Equal(0, Program.Run(args, new StringWriter()));
        Assert.False(File.Exists(leftover), "the temporary file of a killed run survived the next run");
    }

    [Fact]
    public void FolderLockedByAnotherProcess_ExitsTwo()
    {
        Assert.True(File.Exists("/usr/bin/flock") || !OperatingSystem.IsLinux(), "this test needs flock(1) from util-linux on Linux");
        if (!OperatingSystem.IsLinux()) return;
        using var cli = new CliRunner();
        Directory.CreateDirectory(cli.Out);
        string lockPath = Path.Combine(cli.Out, OutputFolder.LockName);
        using var holder = Process.Start(new ProcessStartInfo("/usr/bin/flock", ["--exclusive", lockPath, "-c", "echo held; exec sleep 60"]) { RedirectStandardOutput = true })!;
        try
        {
            Assert.Equal("held", holder.StandardOutput.ReadLine());
            var (exit, stderr) = cli.Run(Steady);
            Assert.Equal(2, exit);
            Assert.Contains(lockPath, stderr);
        }
        finally
        {
            holder.Kill(entireProcessTree: true);
            holder.WaitForExit();
        }
    }

    [Fact]
    public void OutputsOfAnEarlierRun_AreRemovedAtStart_SoNoneSitsBesideTheNewResult()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, cli.Run(Evolving, "evolving.json").Exit);
        Assert.True(File.Exists(Path.Combine(cli.Out, "trajectory.csv")));
        // The new model has no evolution: the earlier trajectory and plots must not remain beside its result.json.
        Assert.Equal(0, cli.Run(Steady, "steady.json").Exit);
        Assert.EndsWith("steady.json", cli.Result().GetProperty("run").GetProperty("model").GetString());
        foreach (var stale in new[] { "trajectory.csv", "coherence.svg", "coherence.png", "trace_distance.svg", "trace_distance.png" })
            Assert.False(File.Exists(Path.Combine(cli.Out, stale)), $"{stale} of the earlier run is still beside the new result.json");
    }

    [Fact]
    public void StaleResult_IsGoneAsSoonAsTheRunStarts_AndCommitWritesItLast()
    {
        using var cli = new CliRunner();
        Directory.CreateDirectory(cli.Out);
        File.WriteAllText(cli.ResultPath, "{\"earlier\": true}");
        File.WriteAllText(Path.Combine(cli.Out, "trajectory.csv"), "t\n0\n");
        using var folder = OutputFolder.Open(cli.Out, "result.json", ["trajectory.csv"]);
        Assert.False(File.Exists(cli.ResultPath), "the earlier result.json must be gone before any computation");
        Assert.False(File.Exists(Path.Combine(cli.Out, "trajectory.csv")));
        folder.Write(new OutputFile("trajectory.csv", "t\n1\n"u8.ToArray()));
        Assert.False(File.Exists(cli.ResultPath), "result.json may only appear with the commit");
        folder.Commit("{}"u8.ToArray());
        Assert.Equal("{}", File.ReadAllText(cli.ResultPath));
        Assert.Equal("t\n1\n", File.ReadAllText(Path.Combine(cli.Out, "trajectory.csv")));
    }

    [Fact]
    public void LeftoversOfKilledRuns_AreCleaned_OtherFilesKept()
    {
        using var cli = new CliRunner();
        Directory.CreateDirectory(cli.Out);
        string[] leftovers = ["trajectory.csv.tmp-4242", "result.json.tmp-17", "approach.json.tmp", "coherence.png" + OutputFolder.PartialSuffix];
        foreach (var name in leftovers) File.WriteAllText(Path.Combine(cli.Out, name), "truncated");
        File.WriteAllText(Path.Combine(cli.Out, "notes.txt"), "mine");
        Assert.Equal(0, cli.Run(Steady).Exit);
        foreach (var name in leftovers) Assert.False(File.Exists(Path.Combine(cli.Out, name)), $"{name} survived the next run");
        Assert.Equal("mine", File.ReadAllText(Path.Combine(cli.Out, "notes.txt")));
    }

    [Fact]
    public void FailureWhileWriting_LeavesNoResultNorPartialFiles_AndTheOtherModelsStillRun()
    {
        using var cli = new CliRunner();
        string first = Path.Combine(cli.Folder, "first.json");
        string second = Path.Combine(cli.Folder, "second.json");
        File.WriteAllText(first, Evolving);
        File.WriteAllText(second, Evolving);
        string firstOut = Path.Combine(cli.Out, "first");
        Directory.CreateDirectory(firstOut);
        File.WriteAllText(Path.Combine(firstOut, "result.json"), "{\"earlier\": true}");
        // A folder where the first model's coherence plot must be written: the write fails after trajectory.csv is in place.
        Directory.CreateDirectory(Path.Combine(firstOut, "coherence.svg" + OutputFolder.PartialSuffix, "blocker"));
        var stderr = new StringWriter();
        int exit = Program.Run(["run", first, second, "--out", cli.Out, "-v", "quiet"], stderr);
        Assert.Equal(1, exit);
        Assert.Contains(first, stderr.ToString());
        Assert.DoesNotContain("   at ", stderr.ToString());
        Assert.False(File.Exists(Path.Combine(firstOut, "result.json")), "a failed model must leave no result.json");
        Assert.False(File.Exists(Path.Combine(firstOut, "trajectory.csv")), "a failed model must leave none of its outputs");
        Assert.DoesNotContain(Directory.GetFiles(firstOut), f => f.EndsWith(OutputFolder.PartialSuffix, StringComparison.Ordinal));
        var second_ = JsonDocument.Parse(File.ReadAllText(Path.Combine(cli.Out, "second", "result.json"))).RootElement;
        Assert.EndsWith("second.json", second_.GetProperty("run").GetProperty("model").GetString());
    }
}
