using Microsoft.Extensions.Logging;

namespace OpenSystem.Cli;

/// <summary>
/// The CLI's logger: one line per message on stderr ("HH:mm:ss info: opensystem[0] ..."), written synchronously, messages
/// below the chosen level dropped. It replaces the console logger of Microsoft.Extensions.Logging, whose dependency-injection
/// and options set-up cost ~40 ms of every process (measured: opensystem run on a 4-qubit model, ReadyToRun build), which
/// matters when a sweep runs the command hundreds of times. With a <c>source</c> (the model file, when one command runs
/// several), every line names it: "HH:mm:ss warn: a.json: ...".
/// </summary>
internal sealed class StderrLogger(LogLevel minimum, TextWriter? writer = null, string? source = null) : ILogger
{
    private readonly TextWriter _writer = writer ?? Console.Error;
    private readonly Lock _gate = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= minimum;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel)) return;
        string level = logLevel switch
        {
            LogLevel.Trace => "trce", LogLevel.Debug => "dbug", LogLevel.Information => "info",
            LogLevel.Warning => "warn", LogLevel.Error => "fail", _ => "crit",
        };
        string origin = source is null ? $"opensystem[{eventId.Id}]" : $"{source}:";
        string line = $"{DateTime.Now:HH:mm:ss} {level}: {origin} {formatter(state, exception)}";
        if (exception is not null) line += Environment.NewLine + exception;
        lock (_gate) _writer.WriteLine(line);
    }
}
