using Microsoft.Extensions.Logging;
using OpenSystem.Dynamics;
using Spectre.Console;

namespace OpenSystem.Cli;

/// <summary>
/// The live progress of one model on a terminal (Spectre.Console, on stderr): a line with the model's file name and the current
/// stage (building the generator; steady state, with the GMRES iteration and its relative residual; trajectory, with a bar,
/// the percentage done and the time left estimated from the speed so far), redrawn in place while
/// <see cref="Run{T}"/> computes and cleared when it returns. Log lines at or above the chosen level (warnings always
/// name the model file) are printed above it in the plain format of <see cref="StderrLogger.Line"/>. Used only when stderr
/// is a terminal and the verbosity is not quiet; otherwise the plain <see cref="StderrLogger"/> and
/// <see cref="TrajectoryProgress"/> write timestamped lines.
/// </summary>
internal sealed class LiveDisplay(LogLevel minimum, string model, IAnsiConsole console) : ILogger, IProgress<double>
{
    private readonly string name = Path.GetFileName(model);
    private ProgressTask? task;

    /// <summary>A display on the process's stderr.</summary>
    public static LiveDisplay OnStderr(LogLevel minimum, string model)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return new LiveDisplay(minimum, model, console);
    }

    /// <summary>Runs <paramref name="work"/> with the live line shown; returns its result.</summary>
    public T Run<T>(Func<T> work)
    {
        var progress = console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn());
        try
        {
            return progress.Start(context =>
            {
                task = context.AddTask(Markup.Escape($"{name}: starting"), maxValue: 100);
                task.IsIndeterminate = true;
                return work();
            });
        }
        finally
        {
            task = null;
        }
    }

    /// <summary>Shows <paramref name="stage"/> (e.g. "steady state: GMRES iteration 12, residual 3.1E-05") as the model's status.</summary>
    public void Status(string stage)
    {
        var current = task;
        if (current is not null)
        {
            current.Description = Markup.Escape($"{name}: {stage}");
        }
    }

    /// <summary>Fraction <paramref name="value"/> (0 to 1) of the trajectory done: the bar, percentage and time left.</summary>
    public void Report(double value)
    {
        var current = task;
        if (current is null)
        {
            return;
        }
        current.IsIndeterminate = false;
        current.Value = 100 * value;
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    /// <summary>Every level: progress events (<see cref="ProgressEvents"/>) become the status whatever the verbosity.</summary>
    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        bool progressEvent = eventId.Id == ProgressEvents.Stage.Id || eventId.Id == ProgressEvents.Iteration.Id;
        bool printed = logLevel >= minimum && logLevel != LogLevel.None;
        if (!progressEvent && !printed)
        {
            return;
        }
        string message = formatter(state, exception);
        if (progressEvent)
        {
            Status(message);
        }
        if (printed)
        {
            console.WriteLine(StderrLogger.Line(logLevel, eventId, model, message, exception));
        }
    }
}
