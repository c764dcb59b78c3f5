using OpenSystem.Analysis;
using OpenSystem.Dynamics;
using OpenSystem.Models;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace OpenSystem.Cli.Tests;

/// <summary>The plots' axes follow the data: the time axis the grid's spacing, the value axes the values drawn.</summary>
public class PlotAxisTests
{
    /// <summary>One qubit, H = Z/2 (ω = 1), a weak Ohmic σˣ bath; the initial Bloch vector (1, 0, 0) precesses at ω = 1.</summary>
    internal static string Qubit(double tEnd, int samples, string spacing = "linear", string initial = """{"kind": "product", "bloch": [[1, 0, 0]]}""") => $$"""
        {
          "qubits": 1,
          "hamiltonian": [{"pauli": "Z0", "coef": 0.5}],
          "baths": [{"coupling": [{"pauli": "X0", "coef": 1.0}],
                     "spectral_density": {"kind": "ohmic", "alpha": 0.001, "cutoff": 5.0}, "temperature": 0.1}],
          "equation": {"kind": "lindblad"},
          "initial_state": {{initial}},
          "evolution": {"t_end": {{tEnd}}, "samples": {{samples}}, "spacing": "{{spacing}}"}
        }
        """;

    internal static (SimulationReport Report, OpenSystem.Models.Model Model) Simulate(string text)
    {
        var model = ModelFile.Parse(text, "qubit.json");
        return (Simulation.Run(model.System, model.Equation, model.Initial, model.Grid), model);
    }

    [Fact]
    public void TimeAxis_LinearGrid_IsLinearAndStartsAtZero()
    {
        // the grid: 0..5000 in 300 samples was drawn on a log axis without t = 0
        var grid = TimeGrid.Linear(0, 5000, 300).Times;
        Assert.False(TimeGridAxis.IsLogarithmic(grid));
        var axis = Assert.IsType<LinearAxis>(TimeGridAxis.Create(grid));
        Assert.Equal(0, axis.Minimum);
        Assert.Equal(5000, axis.Maximum);
        Assert.Null(TimeGridAxis.Caption(grid));
        Assert.All(Enumerable.Range(0, grid.Count), i => Assert.True(TimeGridAxis.Shows(grid, i)));
    }

    [Fact]
    public void TimeAxis_LogGrid_IsLogarithmicAndSaysTZeroIsDropped()
    {
        var grid = TimeGrid.Logarithmic(0.02, 20000, 201).Times;
        Assert.True(TimeGridAxis.IsLogarithmic(grid));
        var axis = Assert.IsType<LogarithmicAxis>(TimeGridAxis.Create(grid));
        Assert.Equal(0.02, axis.Minimum);
        Assert.False(TimeGridAxis.Shows(grid, 0));
        Assert.Contains("t = 0", TimeGridAxis.Caption(grid));
    }

    [Fact]
    public void TimeAxis_ShortLogGridAndExplicitTimes_FollowTheSpacingNotTheSpan()
    {
        // log spacing over less than a decade is still a log grid; an uneven grid spanning one decade is drawn linearly
        Assert.True(TimeGridAxis.IsLogarithmic(TimeGrid.Logarithmic(1, 5, 20).Times));
        Assert.False(TimeGridAxis.IsLogarithmic([0, 1, 3, 4, 10]));
        Assert.True(TimeGridAxis.IsLogarithmic([0, 1e-3, 0.5, 2, 10]));
    }

    [Fact]
    public void CoherencePlot_LinearGrid_DrawsTZeroOnALinearAxis()
    {
        // 300 samples: t_end / first positive time = 299, the span the old rule took for a log grid
        var (report, _) = Simulate(Qubit(20, 300));
        var model = TrajectoryPlots.Coherence(report.Trajectory!, report.Gibbs, "qubit");
        Assert.IsType<LinearAxis>(model.Axes.Single(a => a.Position == AxisPosition.Bottom));
        var data = (LineSeries)model.Series[0];
        Assert.Equal(0, data.Points[0].X);
        // C(0) of the Bloch vector (1, 0, 0) is 1
        Assert.Equal(1.0, data.Points[0].Y, 12);
        AssertAxesContainData(model);
    }

    [Fact]
    public void CoherencePlot_LogGrid_UsesALogAxisAndCaptionsTheDroppedSample()
    {
        var (report, _) = Simulate(Qubit(20, 60, "log"));
        var model = TrajectoryPlots.Coherence(report.Trajectory!, report.Gibbs, "qubit");
        Assert.IsType<LogarithmicAxis>(model.Axes.Single(a => a.Position == AxisPosition.Bottom));
        Assert.Contains("t = 0", model.Subtitle);
        Assert.True(((LineSeries)model.Series[0]).Points.All(p => p.X > 0));
        AssertAxesContainData(model);
    }

    [Fact]
    public void TraceDistancePlot_RangeFollowsTheData()
    {
        // relaxes from D ≈ 0.5 towards 0 over a few hundred time units: the axis spans the decades of the data, not down to 1e-12
        var (report, _) = Simulate(Qubit(400, 81));
        var model = TrajectoryPlots.TraceDistance(report.Trajectory!, "qubit");
        var values = report.Trajectory!.Measurements.Select(m => m.TraceDistanceToGibbs!.Value).ToArray();
        var axis = Assert.IsType<LogarithmicAxis>(model.Axes.Single(a => a.Position == AxisPosition.Left));
        Assert.True(axis.Minimum <= values.Min() && axis.Minimum > values.Min() / 10, $"minimum {axis.Minimum} for data down to {values.Min()}");
        Assert.True(axis.Maximum >= values.Max() && axis.Maximum < values.Max() * 10, $"maximum {axis.Maximum} for data up to {values.Max()}");
        AssertAxesContainData(model);
    }

    [Fact]
    public void LogValueAxis_LeavesOutAndCountsNonPositiveValues()
    {
        double[] values = [0, 3e-7, 0.2, -1e-17, double.NaN];
        var axis = ValueAxis.Logarithmic("D", values);
        Assert.Equal(1e-7, axis.Minimum, 1e-20);
        Assert.Equal(1, axis.Maximum, 1e-12);
        Assert.Equal(2, ValueAxis.Omitted(values));
    }

    /// <summary>After OxyPlot's layout pass, every defined point of every series lies within its axes' ranges.</summary>
    internal static void AssertAxesContainData(PlotModel model)
    {
        ((IPlotModel)model).Update(true);
        foreach (var series in model.Series.OfType<LineSeries>())
        {
            foreach (var p in series.Points.Where(p => p.IsDefined()))
            {
                Assert.InRange(p.X, series.XAxis.ActualMinimum * (1 - 1e-12), series.XAxis.ActualMaximum * (1 + 1e-12));
                Assert.InRange(p.Y, series.YAxis.ActualMinimum - 1e-12 * Math.Abs(p.Y), series.YAxis.ActualMaximum + 1e-12 * Math.Abs(p.Y));
            }
        }
    }
}
