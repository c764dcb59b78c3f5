using System.Text.Json.Nodes;

namespace OpenSystem.Sweeps;

/// <summary>
/// <c>opensystem sweep</c> without the command-line parsing: reads the sweep file, validates every point's model before
/// anything is written, then runs the points (or one shard), merges the table, or writes and submits the Slurm scripts.
/// Exit codes: 0 every point (of the run, shard or table) ok; 1 some point failed or is missing (the table is still
/// written), or sbatch failed; 2 bad sweep file or bad options (nothing written).
/// </summary>
public static class SweepCommandCore
{
    /// <summary>Runs the command.</summary>
    /// <typeparam name="TModel">The caller's validated model type.</typeparam>
    /// <param name="options">The parsed command line.</param>
    /// <param name="validateModel">(canonical model JSON, label) → model, throwing on an invalid model; see
    /// <see cref="SweepPlan.Validate{TModel}"/>. Called for every point before anything runs, and again for each point
    /// when it is computed (models are not kept in memory between the two).</param>
    /// <param name="runPoint">Computes one point and returns its result.json object (the result-file contract); the library
    /// adds <c>"point"</c> and writes it atomically. An exception makes the point failed (DIR/points/&lt;p&gt;/failed.json).</param>
    /// <param name="environment">Output streams, the process runner for sbatch and the cancellation token.</param>
    /// <returns>The exit code.</returns>
    public static int Run<TModel>(
        SweepCommandOptions options,
        Func<string, string, TModel> validateModel,
        Func<PointRun<TModel>, CancellationToken, JsonObject> runPoint,
        SweepCommandEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var error = environment.Error;
        string? usage = UsageProblem(options);
        if (usage is not null)
        {
            error.WriteLine($"opensystem sweep: {usage}");
            return 2;
        }
        SweepPlan plan;
        try
        {
            plan = SweepReader.Read(options.SweepFile, options.RunOptionsFingerprint);
            plan.Validate(validateModel);
        }
        catch (SweepFileException ex)
        {
            error.WriteLine(ex.Message);
            return 2;
        }
        var store = new PointStore(options.OutDirectory, plan);
        if (options.SlurmTasks is int tasks)
        {
            return Slurm(options, plan, tasks, environment);
        }
        if (options.Merge)
        {
            var tally = SweepTable.Write(store, options.ExtraColumns);
            if (!environment.Quiet || tally.ExitCode != 0)
            {
                error.WriteLine($"{Path.Combine(options.OutDirectory, SweepTable.FileName)}: {tally.Ok} ok, {tally.Failed} failed, {tally.Missing} missing of {tally.Total} points");
            }
            return tally.ExitCode;
        }
        try
        {
            return RunPoints(options, store, validateModel, runPoint, environment);
        }
        catch (OperationCanceledException) when (environment.CancellationToken.IsCancellationRequested)
        {
            error.WriteLine($"opensystem sweep: cancelled; finished points are kept, run the same command again to compute the rest");
            return 1;
        }
    }

    private static int RunPoints<TModel>(
        SweepCommandOptions options,
        PointStore store,
        Func<string, string, TModel> validateModel,
        Func<PointRun<TModel>, CancellationToken, JsonObject> runPoint,
        SweepCommandEnvironment environment)
    {
        var plan = store.Plan;
        var selected = options.Shard is Shard shard ? shard.Select(plan.Points) : plan.Points;
        var pending = selected.Where(p => store.Status(p) != PointStatus.Ok).ToList();
        string scope = options.Shard is Shard s ? $"shard {s}: {selected.Count} of {plan.Points.Count} points" : $"{plan.Points.Count} points";
        int parallelism = Math.Max(1, Math.Min(options.Parallelism, pending.Count));
        int cores = Math.Max(1, options.Parallelism / parallelism);
        var info = environment.Quiet ? TextWriter.Null : environment.Error;
        info.WriteLine($"{plan.File}: {scope}, {selected.Count - pending.Count} already finished, computing {pending.Count} on {parallelism} core(s)");
        var progress = new SweepProgress(environment.Error, pending.Count, environment.LiveProgress)
        {
            Source = plan.File,
            Quiet = environment.Quiet,
        };
        var tally = SweepRunner.Run(pending, parallelism, (point, token) =>
        {
            try
            {
                string folder = store.Prepare(point);
                var model = validateModel(point.ModelJson, plan.Label(point));
                var run = new PointRun<TModel>(point, model, folder, message => progress.Warn(point.Index, message), cores) { Outputs = plan.Outputs };
                store.SaveResult(point, runPoint(run, token));
                return PointOutcome.Ok;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !token.IsCancellationRequested)
            {
                store.SaveFailure(point, ex.Message);
                return PointOutcome.Failed(ex.Message);
            }
        }, progress, environment.CancellationToken);
        progress.Complete();
        if (options.Shard is null)
        {
            SweepTable.Write(store, options.ExtraColumns);
            info.WriteLine($"{Path.Combine(options.OutDirectory, SweepTable.FileName)} written");
        }
        return tally.Failed == 0 ? 0 : 1;
    }

    private static int Slurm(SweepCommandOptions options, SweepPlan plan, int tasks, SweepCommandEnvironment environment)
    {
        var job = new SlurmJob(plan.FullPath, Path.GetFullPath(options.OutDirectory), tasks, options.LaunchCommand)
        {
            RunArguments = options.RunArguments,
            Throttle = options.SlurmThrottle,
            CpusPerTask = options.SlurmCpusPerTask,
        };
        var (array, merge) = SlurmScripts.Write(job);
        environment.Out.WriteLine($"wrote {array}");
        environment.Out.WriteLine($"wrote {merge}");
        if (!options.Submit)
        {
            return 0;
        }
        try
        {
            var submission = SlurmSubmitter.Submit(array, merge, environment.ProcessRunner);
            environment.Out.WriteLine($"submitted job array {submission.ArrayJobId} ({tasks} tasks); merge job:");
            environment.Out.WriteLine(submission.MergeJobId);
            return 0;
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            environment.Error.WriteLine($"opensystem sweep: {ex.Message}");
            return 1;
        }
    }

    private static string? UsageProblem(SweepCommandOptions options)
    {
        int modes = (options.Merge ? 1 : 0) + (options.SlurmTasks is null ? 0 : 1) + (options.Shard is null ? 0 : 1);
        if (modes > 1)
        {
            return "--shard, --merge and --slurm exclude each other";
        }
        if (options.Submit && options.SlurmTasks is null)
        {
            return "--submit needs --slurm --tasks K";
        }
        if (options.SlurmTasks is < 1 || options.SlurmThrottle is < 1 || options.SlurmCpusPerTask is < 1)
        {
            return "--tasks, --throttle and --cpus-per-task need an integer >= 1";
        }
        if (options.SlurmTasks is not null && options.LaunchCommand.Count == 0)
        {
            return "the command that launched opensystem is unknown, so the Slurm scripts cannot repeat it";
        }
        if (options.Parallelism < 1)
        {
            return "the number of points computed at once must be >= 1";
        }
        foreach (string column in options.ExtraColumns)
        {
            try
            {
                if (AxisPath.Parse(column).HasWildcard)
                {
                    return $"table column \"{column}\": [*] names several values; a column needs one";
                }
            }
            catch (FormatException ex)
            {
                return $"table column \"{column}\": {ex.Message}";
            }
        }
        return null;
    }
}
