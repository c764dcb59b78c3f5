using OpenSystem.Paper;

namespace OpenSystem.Cli.Tests;

/// <summary>The figure CSV written by the reporting layer: T first, then the contract's columns of each figure.</summary>
public class FigureCsvTests
{
    [Fact]
    public void Csv_HasTFirstAndTheContractColumns()
    {
        var fig1a = FigureRunner.Run(PaperFigures.Get("1a"));
        string csv = FigureWriter.Csv(fig1a);
        string header = csv.Split('\n').First(l => !l.StartsWith('#'));
        var columns = header.Trim().Split(',');
        Assert.Equal("T", columns[0]);
        foreach (var c in new[] { "C_composite_formula", "C_composite_redfield", "C_indirect_N1", "C_indirect_N2", "C_indirect_N3" })
        {
            Assert.Contains(c, columns);
        }
        var fig3b = PaperFigures.Get("3b");
        Assert.Equal(Enumerable.Range(1, 8).Select(n => $"C_N{n}"), fig3b.Curves.Where(c => c.Role == CurveRole.Exact).Select(c => c.Column));
        // composite Redfield route within 3% of (P1) at λ = 1e-3 over the figure's range
        Assert.True(fig1a.Agreements.Single(a => a.What.StartsWith("C_composite_redfield vs")).MaxRelative < 0.03);
        // (B2) holds for T ≥ 2(E_max − E_min), above the figure's range: no temperature to compare, and the CSV says so
        Assert.Equal(0, fig1a.Agreements.Single(a => a.What == "C_indirect_N1_highT vs C_indirect_N1").Points);
        Assert.DoesNotContain("over 0 temperatures", csv);
        Assert.Contains("agreement C_indirect_N1_highT vs C_indirect_N1: not compared", csv);
    }
}
