using Microsoft.Extensions.Logging;

namespace OpenSystem.Dynamics.Tests;

/// <summary>
/// The GMRES progress events of a steady-state solve (<see cref="ProgressEvents.Iteration"/>): one per iteration, numbered
/// 1..k with k the solver's iteration count, the residual estimate never increasing (GMRES minimises it over a growing
/// space) and ending below its goal; none when the logger does not take Trace; and the solution unchanged by them.
/// </summary>
public class GmresProgressTests
{
    private sealed class Recorder(LogLevel minimum) : ILogger
    {
        public List<(int Iteration, double Residual, double Goal)> Iterations { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id != ProgressEvents.Iteration.Id || state is not IReadOnlyList<KeyValuePair<string, object?>> values)
            {
                return;
            }
            var named = values.ToDictionary(v => v.Key, v => v.Value);
            Iterations.Add(((int)named["Iteration"]!, (double)named["Residual"]!, (double)named["Goal"]!));
        }
    }

    [Fact]
    public void IterationEvents_CountTheIterations_ResidualNonIncreasing_EndsBelowGoal_SolutionUnchanged()
    {
        var l = new Redfield(true).Build(TestSystems.RandomNetwork(seed: 41, n: 3, alpha: 5e-3, t: 0.25, complexTerms: true));
        var solver = new SteadyStateSolver { Algorithm = SteadyStateAlgorithm.Gmres };
        var traced = new Recorder(LogLevel.Trace);
        var withEvents = solver.Solve(l, traced);
        var quiet = new Recorder(LogLevel.Debug);
        var without = solver.Solve(l, quiet);

        var events = traced.Iterations;
        Assert.Equal(withEvents.Iterations, events.Count);
        Assert.Equal(Enumerable.Range(1, events.Count), events.Select(e => e.Iteration));
        for (int i = 1; i < events.Count; i++)
        {
            Assert.True(events[i].Residual <= events[i - 1].Residual * (1 + 1e-9), $"iteration {events[i].Iteration}: {events[i].Residual} > {events[i - 1].Residual}");
        }
        Assert.True(events[^1].Residual <= events[^1].Goal, $"{events[^1].Residual} > goal {events[^1].Goal}");
        Assert.Empty(quiet.Iterations);
        Assert.Equal(0.0, TestSystems.MaxAbs(withEvents.Represented.Matrix - without.Represented.Matrix));
    }
}
