using Microsoft.Extensions.Logging;

namespace OpenSystem.Cli;

/// <summary>
/// The CLI's logger: one line per message on stderr ("HH:mm:ss info: opensystem[0] ..."), written synchronously, messages
/// below the chosen level dropped. It replaces the console logger of Microsoft.Extensions.Logging, whose dependency-injection
/// and options set-up cost ~40 ms of every process (measured: opensystem run on a 4-qubit model, ReadyToRun build), which
/// matters when a sweep runs the command hundreds of times. With a <c>source</c> (the model file of <c>run</c> and
/// <c>approach</c>), every line names it: "HH:mm:ss warn: a.json: ...". This is the plain form, used when stderr is not a
/// terminal or with <c>-v quiet</c>; on a terminal <see cref="LiveDisplay"/> prints the same lines above its status.
/// </summary>
internal sealed class StderrLogger(LogLevel minimum, TextWriter? writer = null, string? source = null) : ILogger
{
    private readonly TextWriter _writer = writer ?? Console.Error;
    private readonly Lock _gate = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= minimum;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }
        string line = Line(logLevel, eventId, source, formatter(state, exception), exception);
        lock (_gate)
        {
            _writer.WriteLine(line);
        }
    }

    /// <summary>One log line: local time, level, origin (the source file, or <c>opensystem[event id]</c>), message, exception.</summary>
    public static string Line(LogLevel logLevel, EventId eventId, string? source, string message, Exception? exception)
    {
        string level = logLevel switch
        {
            LogLevel.Trace => "trce",
            LogLevel.Debug => "dbug",
            LogLevel.Information => "info",
            LogLevel.Warning => "warn",
            LogLevel.Error => "fail",
            _ => "crit",
        };
        string origin = source is null ? $"opensystem[{eventId.Id}]" : $"{source}:";
        string line = $"{DateTime.Now:HH:mm:ss} {level}: {origin} {message}";
        return exception is null ? line : line + Environment.NewLine + exception;
    }
}
