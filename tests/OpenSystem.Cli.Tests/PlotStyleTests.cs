using OpenSystem.Analysis;
using OpenSystem.Paper;
using OxyPlot;
using OxyPlot.Series;

namespace OpenSystem.Cli.Tests;

/// <summary>Markers on sparse series, distinct colours and a legend entry for every line, rendered sub/superscripts.</summary>
public class PlotStyleTests
{
    [Fact]
    public void SparseRule_MarkersBelowSixtyDrawnPoints()
    {
        Assert.True(PlotStyle.NeedsMarkers(PlotStyle.SparseSamples - 1));
        Assert.False(PlotStyle.NeedsMarkers(PlotStyle.SparseSamples));
        var (sparse, _) = PlotAxisTests.Simulate(PlotAxisTests.Qubit(20, 30));
        var (dense, _) = PlotAxisTests.Simulate(PlotAxisTests.Qubit(20, 201));
        Assert.Equal(MarkerType.Circle, ((LineSeries)TrajectoryPlots.Coherence(sparse.Trajectory!, sparse.Gibbs, "q").Series[0]).MarkerType);
        Assert.Equal(MarkerType.None, ((LineSeries)TrajectoryPlots.Coherence(dense.Trajectory!, dense.Gibbs, "q").Series[0]).MarkerType);
        // the rule counts the points drawn: a log grid of 61 samples draws 60 (t = 0 is off the axis)
        var (log, _) = PlotAxisTests.Simulate(PlotAxisTests.Qubit(20, 60, "log"));
        Assert.Equal(MarkerType.Circle, ((LineSeries)TrajectoryPlots.Coherence(log.Trajectory!, log.Gibbs, "q").Series[0]).MarkerType);
    }

    [Fact]
    public void TrajectoryAndApproachPlots_EveryLineHasItsOwnColourAndALegendEntry()
    {
        var (report, model) = PlotAxisTests.Simulate(PlotAxisTests.Qubit(20, 201));
        AssertDistinctAndTitled(TrajectoryPlots.Coherence(report.Trajectory!, report.Gibbs, "q"), distinctColours: true);
        AssertDistinctAndTitled(TrajectoryPlots.TraceDistance(report.Trajectory!, "q"), distinctColours: true);
        var approach = ApproachAnalysis.Run(model.System, model.Equation, 3000, samples: 41);
        var coherence = ApproachPlots.Coherence(approach, "q");
        AssertDistinctAndTitled(coherence, distinctColours: true);
        // from the ground state, from the maximally mixed state, the steady-state plateau and the Gibbs value
        Assert.Equal(4, coherence.Series.Count);
        var distance = ApproachPlots.Distance(approach, "q");
        AssertDistinctAndTitled(distance, distinctColours: true);
        Assert.Contains(distance.Series, s => ((LineSeries)s).LineStyle == LineStyle.Dash && s.Title.Contains("gap", StringComparison.Ordinal));
        PlotAxisTests.AssertAxesContainData(distance);
    }

    [Fact]
    public void FigurePlot_EveryDrawnLineIncludingClosedFormsHasALegendEntryAndItsOwnLook()
    {
        var result = FigureRunner.Run(PaperFigures.Get("2c"));
        foreach (bool log in new[] { false, true })
        {
            var model = FigureWriter.Plot(result, log);
            Assert.Contains(model.Series, s => ((LineSeries)s).LineStyle is LineStyle.Dash && ((LineSeries)s).Points.Count > 0);
            AssertDistinctAndTitled(model, distinctColours: false);
            PlotAxisTests.AssertAxesContainData(model);
        }
    }

    [Theory]
    [InlineData("C_T^N", "C_{T}^{N}")]
    [InlineData("(C6) Nγθ/(ω_j(ω_T+ω_j)), N = 2", "(C6) Nγθ/(ω_{j}(ω_{T}+ω_{j})), N = 2")]
    [InlineData("Σγ_jω_j", "Σγ_{j}ω_{j}")]
    [InlineData("4abλ e^{ω/Ω}E1(ω/Ω)", "4abλ e^{ω/Ω}E1(ω/Ω)")]
    [InlineData("C_indirect / C_composite", "C_{indirect} / C_{composite}")]
    [InlineData("C₁^N", "C₁^{N}")]
    public void Math_BracesBareScripts(string raw, string expected) => Assert.Equal(expected, PlotStyle.Math(raw));

    [Fact]
    public void Palette_ColoursAreDistinct() => Assert.Equal(PlotStyle.Palette.Count, PlotStyle.Palette.Distinct().Count());

    /// <summary>
    /// Every series has a legend title, the legend sits outside the plot area; no two series look alike (colour, dash pattern, marker); with
    /// <paramref name="distinctColours"/>, no two share a colour at all.
    /// </summary>
    private static void AssertDistinctAndTitled(PlotModel model, bool distinctColours)
    {
        var lines = model.Series.Cast<LineSeries>().ToList();
        Assert.All(lines, s => Assert.False(string.IsNullOrWhiteSpace(s.Title), "a line without a legend entry"));
        Assert.Equal(lines.Count, lines.Select(s => (s.Color, s.LineStyle, s.MarkerType)).Distinct().Count());
        if (distinctColours)
        {
            Assert.Equal(lines.Count, lines.Select(s => s.Color).Distinct().Count());
        }
        Assert.All(lines, s => Assert.False(s.Color.IsAutomatic()));
        // the legend is off the curves, in a readable size
        var legend = Assert.Single(model.Legends);
        Assert.Equal(OxyPlot.Legends.LegendPlacement.Outside, legend.LegendPlacement);
        Assert.True(legend.LegendFontSize >= 16, $"legend font {legend.LegendFontSize} (16 = 12 pt)");
    }
}
