using System.Diagnostics;

namespace OpenSystem.Sweeps.Tests;

public class SlurmTests
{
    private static SlurmJob Job(string outDir) =>
        new("/data/my sweeps/temp.json", outDir, 4, ["/usr/bin/dotnet", "/opt/os/opensystem.dll"])
        {
            RunArguments = ["--steady", "gmres"],
            Throttle = 2,
            CpusPerTask = 8,
        };

    [Fact]
    public void ArrayScript_RunsShardTaskIdOfK_WithTheLaunchCommandAndAbsolutePaths()
    {
        string script = SlurmScripts.Array(Job("/scratch/out"));
        Assert.StartsWith("#!/bin/bash\n", script);
        Assert.Contains("#SBATCH --array=0-3%2\n", script);
        Assert.Contains("#SBATCH --cpus-per-task=8\n", script);
        Assert.Contains("#SBATCH --output=/scratch/out/slurm/array-%A_%a.out\n", script);
        Assert.Contains("'/usr/bin/dotnet' '/opt/os/opensystem.dll' sweep '/data/my sweeps/temp.json' --out '/scratch/out' --shard \"${SLURM_ARRAY_TASK_ID}/4\" '--steady' 'gmres' || status=$?", script);
    }

    [Fact]
    public void MergeScript_RunsMerge()
    {
        string script = SlurmScripts.Merge(Job("/scratch/out"));
        Assert.Contains("#SBATCH --kill-on-invalid-dep=yes\n", script);
        Assert.Contains("exec '/usr/bin/dotnet' '/opt/os/opensystem.dll' sweep '/data/my sweeps/temp.json' --out '/scratch/out' --merge '--steady' 'gmres'\n", script);
        Assert.DoesNotContain("--array", script);
    }

    [Fact]
    public void Quote_SurvivesTheShell()
    {
        string word = "it's a \"path\" with $HOME and `x`";
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("printf %s " + SlurmScripts.Quote(word));
        using var process = Process.Start(start)!;
        string echoed = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(word, echoed);
    }

    [Fact]
    public void Scripts_ExitOneOfAShard_LetsTheMergeRun_OtherFailuresDoNot_MergePassesItsExitCode()
    {
        using var folder = new TempFolder();
        foreach (var (shardExit, taskExit) in new[] { (0, 0), (1, 0), (2, 2), (137, 137) })
        {
            string fake = folder.File("fake.sh", $"#!/bin/sh\nexit {shardExit}\n");
            File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);
            var job = new SlurmJob("/s.json", folder.Path, 2, [fake]);
            Assert.Equal(taskExit, RunScript(folder.File("array.sh", SlurmScripts.Array(job))));
            Assert.Equal(shardExit, RunScript(folder.File("merge.sh", SlurmScripts.Merge(job))));
        }
    }

    private static int RunScript(string script)
    {
        var start = new ProcessStartInfo("/bin/bash", [script]);
        start.Environment["SLURM_ARRAY_TASK_ID"] = "1";
        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }

    [Fact]
    public void Submit_SubmitsArrayThenMergeAfterOk_AndPrintsMergeIdLast()
    {
        using var folder = new TempFolder();
        string sweep = folder.File("s.json", TestModels.Sweep("""{"path": "baths[*].temperature", "values": [0.1, 0.2]}"""));
        string outDir = Path.Combine(folder.Path, "out");
        var runner = new FakeProcessRunner(new ProcessResult(0, "4242;cluster\n", ""), new ProcessResult(0, "4243\n", ""));
        var stdout = new StringWriter();
        var options = new SweepCommandOptions(sweep, outDir) { SlurmTasks = 2, Submit = true, LaunchCommand = ["/opt/opensystem"] };
        int exit = SweepCommandCore.Run(options, TestModels.Validate, (_, _) => throw new InvalidOperationException("no point runs here"),
            new SweepCommandEnvironment(stdout, new StringWriter()) { ProcessRunner = runner });
        Assert.Equal(0, exit);
        string array = Path.Combine(Path.GetFullPath(outDir), "slurm", "array.sbatch");
        string merge = Path.Combine(Path.GetFullPath(outDir), "slurm", "merge.sbatch");
        Assert.Equal(2, runner.Calls.Count);
        Assert.All(runner.Calls, call => Assert.Equal("sbatch", call.Program));
        Assert.Equal(["--parsable", array], runner.Calls[0].Arguments);
        Assert.Equal(["--parsable", "--dependency=afterok:4242", merge], runner.Calls[1].Arguments);
        Assert.Equal("4243", stdout.ToString().TrimEnd('\n').Split('\n')[^1]);
        Assert.Contains($"sweep '{Path.GetFullPath(sweep)}' --out '{Path.GetFullPath(outDir)}' --shard", File.ReadAllText(array));
        Assert.False(Directory.Exists(Path.Combine(outDir, "points")));
    }

    [Fact]
    public void Submit_SbatchFails_ExitOneWithItsMessage()
    {
        var runner = new FakeProcessRunner(new ProcessResult(1, "", "sbatch: error: invalid partition"));
        var ex = Assert.Throws<InvalidOperationException>(() => SlurmSubmitter.Submit("a.sbatch", "m.sbatch", runner));
        Assert.Contains("invalid partition", ex.Message);
        Assert.Single(runner.Calls);
        var silent = new FakeProcessRunner(new ProcessResult(0, "Submitted batch job\n", ""));
        Assert.Throws<InvalidOperationException>(() => SlurmSubmitter.Submit("a.sbatch", "m.sbatch", silent));
    }
}
