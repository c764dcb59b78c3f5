using System.Collections.Concurrent;

namespace OpenSystem.Sweeps.Tests;

public class SweepRunnerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Run_RunsEveryPointOnce_NeverMoreThanTheBoundAtOnce(int parallelism)
    {
        var counts = new ConcurrentDictionary<int, int>();
        int inFlight = 0;
        int most = 0;
        var tally = SweepRunner.Run(TestModels.Points(200), parallelism, (point, _) =>
        {
            int now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            counts.AddOrUpdate(point.Index, 1, (_, n) => n + 1);
            Thread.SpinWait(1000);
            Interlocked.Decrement(ref inFlight);
            return point.Index % 10 == 3 ? PointOutcome.Failed("odd one") : PointOutcome.Ok;
        });
        Assert.Equal(200, counts.Count);
        Assert.All(counts.Values, n => Assert.Equal(1, n));
        Assert.InRange(most, 1, parallelism);
        Assert.Equal(new SweepTally(180, 20, 0), tally);
    }

    [Fact]
    public void Run_ExceptionInAPoint_FailsThatPointOnly()
    {
        var progress = new SweepProgress(new StringWriter(), 5, live: false, () => TimeSpan.FromSeconds(1));
        var tally = SweepRunner.Run(TestModels.Points(5), 2, (point, _) => point.Index == 2 ? throw new ArithmeticException("NaN in the steady state") : PointOutcome.Ok, progress);
        Assert.Equal(new SweepTally(4, 1, 0), tally);
        Assert.Equal(5, progress.Done);
        Assert.Equal(1, progress.Failed);
    }

    [Fact]
    public void Run_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => SweepRunner.Run(TestModels.Points(5), 2, (_, _) => PointOutcome.Ok, cancellationToken: cancellation.Token));
    }

    [Fact]
    public void DefaultParallelism_InsideSlurm_IsTheAllocation()
    {
        int cores = Environment.ProcessorCount;
        Assert.Equal(cores, SweepCommandOptions.DefaultParallelism(_ => null));
        Assert.Equal(1, SweepCommandOptions.DefaultParallelism(name => name == "SLURM_CPUS_ON_NODE" ? "1" : null));
        Assert.Equal(1, SweepCommandOptions.DefaultParallelism(name => name == "SLURM_CPUS_PER_TASK" ? "1" : "64"));
        Assert.Equal(cores, SweepCommandOptions.DefaultParallelism(name => name == "SLURM_CPUS_PER_TASK" ? "100000" : null));
        Assert.Equal(cores, SweepCommandOptions.DefaultParallelism(name => name == "SLURM_CPUS_PER_TASK" ? "many" : null));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current = Volatile.Read(ref target);
        while (value > current)
        {
            int seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }
            current = seen;
        }
    }
}
