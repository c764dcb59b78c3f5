using Microsoft.Extensions.Logging;

namespace OpenSystem.Sweeps;

/// <summary>
/// An <see cref="ILogger"/> for the libraries' solvers while they compute one point: messages at
/// <see cref="LogLevel.Warning"/> and above go to <see cref="PointRun{TModel}.Warn"/> (so they are printed as
/// <c>point p: warning: ...</c> and repeated warnings are folded); lower levels are dropped, since a per-point
/// information line times a thousand points buries the progress.
/// </summary>
/// <param name="warn">Where warnings go, usually <see cref="PointRun{TModel}.Warn"/>.</param>
public sealed class PointLogger(Action<string> warn) : ILogger
{
    /// <inheritdoc/>
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    /// <inheritdoc/>
    public bool IsEnabled(LogLevel logLevel) => logLevel is >= LogLevel.Warning and < LogLevel.None;

    /// <inheritdoc/>
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (!IsEnabled(logLevel))
        {
            return;
        }
        string message = formatter(state, exception);
        warn(exception is null ? message : $"{message} ({exception.Message})");
    }
}
