using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace OpenSystem.Sweeps.Tests;

public class SweepCommandCoreTests
{
    private readonly ConcurrentDictionary<int, int> calls = new();

    private int Run(string sweep, string outDir, Func<SweepCommandOptions, SweepCommandOptions>? configure = null, Func<JsonObject, bool>? fails = null)
    {
        var options = new SweepCommandOptions(sweep, outDir) { Parallelism = 2 };
        options = configure?.Invoke(options) ?? options;
        var environment = new SweepCommandEnvironment(new StringWriter(), Error);
        return SweepCommandCore.Run(options, TestModels.Validate, (run, _) =>
        {
            calls.AddOrUpdate(run.Point.Index, 1, (_, n) => n + 1);
            if (fails?.Invoke(run.Model) == true)
            {
                throw new InvalidOperationException("steady state did not converge");
            }
            return TestModels.Solve(run.Model);
        }, environment);
    }

    private StringWriter Error { get; } = new();

    private static string Temperatures(string values) =>
        TestModels.Sweep($$"""{"path": "baths[*].temperature", "values": [{{values}}]}""");

    [Fact]
    public void Rerun_SkipsFinishedPoints_AndRecomputesOnlyChangedOnes()
    {
        using var folder = new TempFolder();
        string outDir = Path.Combine(folder.Path, "out");
        string sweep = folder.File("s.json", Temperatures("0.1, 0.2, 0.3, 0.4"));
        Assert.Equal(0, Run(sweep, outDir));
        Assert.Equal([1, 1, 1, 1], Enumerable.Range(0, 4).Select(p => calls[p]));
        string table = File.ReadAllText(Path.Combine(outDir, "table.csv"));

        Assert.Equal(0, Run(sweep, outDir));
        Assert.Equal([1, 1, 1, 1], Enumerable.Range(0, 4).Select(p => calls[p]));
        Assert.Equal(table, File.ReadAllText(Path.Combine(outDir, "table.csv")));

        string leftover = Path.Combine(outDir, "points", "2", ".result.json.tmp-1234-abcd");
        File.WriteAllText(leftover, "{\"point\": {\"ind");
        folder.File("s.json", Temperatures("0.1, 0.2, 0.35, 0.4"));
        Assert.Equal(0, Run(sweep, outDir));
        Assert.Equal([1, 1, 2, 1], Enumerable.Range(0, 4).Select(p => calls[p]));
        Assert.False(File.Exists(leftover));
    }

    [Fact]
    public void FewerPointsThanCores_GiveEachPointTheRest()
    {
        using var folder = new TempFolder();
        string sweep = folder.File("s.json", Temperatures("0.1, 0.2"));
        var cores = new ConcurrentBag<int>();
        var options = new SweepCommandOptions(sweep, Path.Combine(folder.Path, "out")) { Parallelism = 8 };
        int exit = SweepCommandCore.Run(options, TestModels.Validate, (run, _) =>
        {
            cores.Add(run.Cores);
            return TestModels.Solve(run.Model);
        }, new SweepCommandEnvironment(new StringWriter(), Error));
        Assert.Equal(0, exit);
        Assert.Equal([4, 4], cores);
    }

    [Fact]
    public void FailedPoint_IsRecordedAsFailed_ExitOne_AndRetriedOnRerun()
    {
        using var folder = new TempFolder();
        string outDir = Path.Combine(folder.Path, "out");
        string sweep = folder.File("s.json", Temperatures("0.1, 0.2, 0.3"));
        bool Hot(JsonObject model) => model["baths"]![0]!["temperature"]!.GetValue<double>() > 0.25;
        Assert.Equal(1, Run(sweep, outDir, fails: Hot));
        Assert.Contains("point 2: failed: steady state did not converge", Error.ToString());
        string failed = Path.Combine(outDir, "points", "2", "failed.json");
        Assert.Equal("steady state did not converge", JsonNode.Parse(File.ReadAllText(failed))!["message"]!.GetValue<string>());
        Assert.Contains("\n2,0.3,failed,", File.ReadAllText(Path.Combine(outDir, "table.csv")));

        Assert.Equal(0, Run(sweep, outDir));
        Assert.Equal([1, 1, 2], Enumerable.Range(0, 3).Select(p => calls[p]));
        Assert.False(File.Exists(failed));
        Assert.Contains("\n2,0.3,ok,", File.ReadAllText(Path.Combine(outDir, "table.csv")));
    }

    [Fact]
    public void Shards_ThenMerge_GiveTheSameTableAsOneRun()
    {
        using var folder = new TempFolder();
        string sweep = folder.File("s.json", TestModels.Sweep("""
            {"path": "baths[*].temperature", "linspace": [0.1, 1.0, 5]},
            {"path": "hamiltonian[0].coef", "values": [0.5, 1.5]}
            """));
        string whole = Path.Combine(folder.Path, "whole");
        string sharded = Path.Combine(folder.Path, "sharded");
        Assert.Equal(0, Run(sweep, whole));
        for (int i = 0; i < 3; i++)
        {
            var shard = new Shard(i, 3);
            Assert.Equal(0, Run(sweep, sharded, o => o with { Shard = shard }));
            Assert.False(File.Exists(Path.Combine(sharded, "table.csv")));
        }
        Assert.Equal(1, Run(sweep, Path.Combine(folder.Path, "partial"), o => o with { Merge = true }));
        Assert.Equal(0, Run(sweep, sharded, o => o with { Merge = true }));
        Assert.Equal(File.ReadAllText(Path.Combine(whole, "table.csv")), File.ReadAllText(Path.Combine(sharded, "table.csv")));
        Assert.All(calls.Values, n => Assert.Equal(2, n));
    }

    [Fact]
    public void BadSweep_ExitTwo_NothingWritten()
    {
        using var folder = new TempFolder();
        string outDir = Path.Combine(folder.Path, "out");
        string sweep = folder.File("s.json", Temperatures("0.1, -0.2"));
        Assert.Equal(2, Run(sweep, outDir));
        Assert.Contains("s.json: point 1 (baths[*].temperature = -0.2): baths[0].temperature: must be >= 0", Error.ToString());
        Assert.False(Directory.Exists(outDir));
        Assert.Empty(calls);
    }

    [Fact]
    public void ConflictingModes_ExitTwo()
    {
        using var folder = new TempFolder();
        string sweep = folder.File("s.json", Temperatures("0.1"));
        Assert.Equal(2, Run(sweep, folder.Path, o => o with { Merge = true, Shard = new Shard(0, 2) }));
        Assert.Equal(2, Run(sweep, folder.Path, o => o with { Submit = true }));
        Assert.Equal(2, Run(sweep, folder.Path, o => o with { ExtraColumns = ["baths[*].temperature"] }));
        Assert.Empty(calls);
    }
}
