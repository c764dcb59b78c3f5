namespace OpenSystem.Sweeps.Tests;

public class SweepProgressTests
{
    [Fact]
    public void Eta_IsElapsedTimesRemainingOverDone()
    {
        var elapsed = TimeSpan.Zero;
        var progress = new SweepProgress(new StringWriter(), 40, live: false, () => elapsed);
        Assert.Equal("points: 0/40 done, 0 failed, ETA --", progress.Line());
        elapsed = TimeSpan.FromSeconds(30);
        for (int p = 0; p < 10; p++)
        {
            progress.PointFinished(p, p == 4 ? PointOutcome.Failed("x") : PointOutcome.Ok);
        }
        // 30 s for 10 points, 30 left: 90 s
        Assert.Equal("points: 10/40 done, 1 failed, ETA 0:01:30", progress.Line());
    }

    [Fact]
    public void Plain_WritesLinesWithoutCarriageReturn_FailuresAndWarningsNameThePoint()
    {
        var writer = new StringWriter();
        var progress = new SweepProgress(writer, 3, live: false, () => TimeSpan.FromSeconds(3));
        progress.Warn(1, "Redfield state has a negative eigenvalue -1e-9");
        progress.PointFinished(1, PointOutcome.Ok);
        progress.PointFinished(0, PointOutcome.Failed("did not converge"));
        progress.PointFinished(2, PointOutcome.Ok);
        string text = writer.ToString();
        Assert.DoesNotContain('\r', text);
        Assert.Contains("point 1: warning: Redfield state has a negative eigenvalue -1e-9\n", text);
        Assert.Contains("point 0: failed: did not converge\n", text);
        Assert.EndsWith("points: 3/3 done, 1 failed, ETA 0:00:00\n", text);
    }

    [Fact]
    public void Live_RedrawsOneLine_AndWarningsGoAboveIt()
    {
        var writer = new StringWriter();
        var progress = new SweepProgress(writer, 2, live: true, () => TimeSpan.FromSeconds(2));
        progress.PointFinished(0, PointOutcome.Ok);
        progress.Warn(1, "slow");
        progress.PointFinished(1, PointOutcome.Ok);
        progress.Complete();
        string[] lines = writer.ToString().Split('\n');
        Assert.StartsWith("\r[##########..........] points: 1/2 done", lines[0]);
        Assert.Contains("\rpoint 1: warning: slow", lines[0]);
        Assert.StartsWith("\r[##########..........] points: 1/2 done", lines[1]);
        Assert.Contains("\r[####################] points: 2/2 done, 0 failed, ETA 0:00:00", lines[1]);
        Assert.Equal("", lines[2]);
    }

    [Fact]
    public void RepeatedWarning_IsShownForTheFirstPoints_ThenListedOnce()
    {
        var writer = new StringWriter();
        var progress = new SweepProgress(writer, 10, live: false, () => TimeSpan.Zero) { RepeatsShown = 2 };
        for (int p = 9; p >= 0; p--)
        {
            progress.Warn(p, "Redfield steady state has a negative eigenvalue");
        }
        progress.Warn(4, "local equation with strong inter-qubit coupling");
        progress.Complete();
        string[] lines = writer.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(
            [
                "point 9: warning: Redfield steady state has a negative eigenvalue",
                "point 8: warning: Redfield steady state has a negative eigenvalue",
                "point 4: warning: local equation with strong inter-qubit coupling",
                "warning also at 8 more points (0, 1, 2, 3, 4, 5, 6, 7): Redfield steady state has a negative eigenvalue",
            ],
            lines);
    }

    [Fact]
    public void WarningsDifferingOnlyInTheirNumbers_AreFoldedAsOneKind()
    {
        var writer = new StringWriter();
        var progress = new SweepProgress(writer, 10, live: false, () => TimeSpan.Zero) { RepeatsShown = 2, Source = "t.json" };
        for (int p = 0; p < 6; p++)
        {
            progress.Warn(p, $"The steady state has a negative eigenvalue -{p + 1}.5E-004: Redfield");
        }
        progress.Warn(7, "The steady state has a negative eigenvalue -2.5E-004 at 3 qubits and more text");
        progress.Complete();
        string[] lines = writer.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(
            [
                "t.json point 0: warning: The steady state has a negative eigenvalue -1.5E-004: Redfield",
                "t.json point 1: warning: The steady state has a negative eigenvalue -2.5E-004: Redfield",
                "t.json point 7: warning: The steady state has a negative eigenvalue -2.5E-004 at 3 qubits and more text",
                "t.json warning also at 4 more points (2, 3, 4, 5): The steady state has a negative eigenvalue #: Redfield (# = a number that differs between points)",
            ],
            lines);
    }

    [Fact]
    public void PointLogger_ForwardsWarningsOnly()
    {
        var seen = new List<string>();
        Microsoft.Extensions.Logging.ILogger logger = new PointLogger(seen.Add);
        Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(logger, "Built {Kind}", "Redfield");
        Microsoft.Extensions.Logging.LoggerExtensions.LogWarning(logger, "residual {Residual}", 1e-6);
        Assert.Equal(["residual 1E-06"], seen);
    }
}
