using OpenSystem.Paper;

namespace OpenSystem.Paper.Tests;

/// <summary>Fig. 1a's mean-force route: the composite qubit's second-order mean-force Gibbs state against formula (P1).</summary>
public class Fig1aMeanForceTests
{
    [Fact]
    public void MeanForceRoute_AgreesWithFormulaP1_OnTheWholeGrid()
    {
        var spec = PaperFigures.Get("1a");
        var curves = spec.Curves.Where(c => c.Column is "C_composite_formula" or "C_composite_mean_force").ToList();
        Assert.Equal(2, curves.Count);
        Assert.Equal(CurveRole.MeanForce, curves.Single(c => c.Column == "C_composite_mean_force").Role);
        var result = FigureRunner.Run(spec with { Curves = curves, Checks = [] });
        var agreement = result.Agreements.Single(a => a.What == "C_composite_mean_force vs C_composite_formula");
        Assert.Equal(spec.Temperatures.Length, agreement.Points);
        Assert.True(agreement.MaxRelative <= 1e-8, $"max relative {agreement.MaxRelative:E2}");
        // and it is the physics value, not a copy: the independent numpy value at T = 0.1 (docs/mean-force.md)
        double mf = curves[1].Evaluate([0.1])[0];
        Assert.Equal(5.8389694591e-3, mf, 12);
    }
}
