using System.Collections.Concurrent;

namespace OpenSystem.Sweeps;

/// <summary>
/// Runs points in parallel, at most <c>parallelism</c> at a time, each exactly once. Points are handed out one at a time
/// in index order (no chunking), so points of unequal cost (an N sweep) still keep every core busy until the end.
/// </summary>
public static class SweepRunner
{
    /// <summary>Runs <paramref name="runPoint"/> on every point of <paramref name="points"/>.</summary>
    /// <param name="points">The points to compute.</param>
    /// <param name="parallelism">At most this many points at once (e.g. the core count); &gt;= 1.</param>
    /// <param name="runPoint">Computes one point. An exception it throws makes the point failed with the exception's
    /// message (the run goes on); an <see cref="OperationCanceledException"/> after cancellation stops the run.</param>
    /// <param name="progress">Told of every finished point; optional.</param>
    /// <param name="cancellationToken">Stops handing out points; points in flight see it through their own token.</param>
    /// <returns>Ok and failed counts over <paramref name="points"/> (missing = 0 when the run was not cancelled).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parallelism"/> &lt; 1.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static SweepTally Run(
        IReadOnlyList<SweepPoint> points,
        int parallelism,
        Func<SweepPoint, CancellationToken, PointOutcome> runPoint,
        SweepProgress? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        ArgumentNullException.ThrowIfNull(runPoint);
        int ok = 0;
        int failed = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        var source = Partitioner.Create(points, EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(source, options, point =>
        {
            var outcome = Guarded(point, runPoint, cancellationToken);
            if (outcome.Succeeded)
            {
                Interlocked.Increment(ref ok);
            }
            else
            {
                Interlocked.Increment(ref failed);
            }
            progress?.PointFinished(point.Index, outcome);
        });
        return new SweepTally(ok, failed, points.Count - ok - failed);
    }

    private static PointOutcome Guarded(SweepPoint point, Func<SweepPoint, CancellationToken, PointOutcome> runPoint, CancellationToken cancellationToken)
    {
        try
        {
            return runPoint(point, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            return PointOutcome.Failed(ex.Message);
        }
    }
}
