using OpenSystem.Analysis;
using OpenSystem.Paper;

namespace OpenSystem.Paper.Tests;

/// <summary>The figures' curves against the reference values of docs/physics.md §1.5 and §2.4, route agreement, CSV contract and ratio table.</summary>
public class FigureTests
{
    private static double[] Evaluate(string figure, string column, params double[] t) =>
        PaperFigures.Get(figure).Curves.Single(c => c.Column == column).Evaluate(t);

    [Fact]
    public void Fig1a_IndirectCurves_MatchNotesTable()
    {
        // docs/physics.md §1.5: red = Eq. 9 C2 (ω1 = 0.2, γ = θ = √0.005), blue = C4 with N = 2, 3, on T = geomspace(0.01, 2, 10)
        var t = new[] { 0, 4, 7, 9 }.Select(k => 0.01 * Math.Pow(200, k / 9.0)).ToArray();
        Assert.Equal([1.9412260306e-2, 1.3589066471e-2, 6.9642962087e-4, 2.5375057287e-5], Evaluate("1a", "C_indirect_N1", t), (a, b) => Math.Abs(a / b - 1) < 1e-8);
        Assert.Equal([3.8665271877e-2, 2.7075962390e-2, 1.3914330447e-3, 5.0743937008e-5], Evaluate("1a", "C_indirect_N2", t), (a, b) => Math.Abs(a / b - 1) < 1e-8);
        Assert.Equal([5.7704971441e-2, 4.0447492590e-2, 2.0850126261e-3, 7.6106640741e-5], Evaluate("1a", "C_indirect_N3", t), (a, b) => Math.Abs(a / b - 1) < 1e-8);
        Assert.Equal(5.8232714328e-3, Evaluate("1a", "C_composite_formula", 0.01 * Math.Pow(200, 4 / 9.0))[0], 12);
    }

    [Fact]
    public void Fig3b_MatchesNotesTable()
    {
        // docs/physics.md §2.4, (C4) with ω_T = 1, ω_j = 0.5, γ_j = θ_j = 0.5
        Assert.Equal([0.196753424552348, 0.0469724707850766, 0.00883008669854096], Evaluate("3b", "C_N1", 0.1, 0.5, 1.0), (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal([0.340887889777048, 0.0884724889350417, 0.0172858229601546], Evaluate("3b", "C_N2", 0.1, 0.5, 1.0), (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal([0.496698985567874, 0.157089586100682, 0.0331363971223586], Evaluate("3b", "C_N4", 0.1, 0.5, 1.0), (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal([0.599271866239378, 0.250201585708887, 0.0609981717211158], Evaluate("3b", "C_N8", 0.1, 0.5, 1.0), (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void Fig4_ReadingB_MatchesNotesTable()
    {
        Assert.Equal([0.332338175013183, 0.134575823317447], Evaluate("4", "C_N1", 0.1, 0.5), (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal([0.443594290900799, 0.355056185924863], Evaluate("4", "C_N7", 0.1, 0.5), (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal([0.386549803909205], Evaluate("4", "C_A_N4", 0.1), (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void Fig2a_ThreeRoutesAgree()
    {
        var result = FigureRunner.Run(PaperFigures.Get("2a"));
        // exact routes: Gibbs, Davies and Redfield without Lamb shift, Eq. 6
        foreach (var a in result.Agreements.Where(a => a.What.Contains("Gibbs vs steady state") || a.What.Contains("_eq6")))
            Assert.True(a.MaxAbsolute < 1e-12 && a.Points > 0, $"{a.What}: {a.MaxAbsolute:E2}");
        // closed forms within their drawn range: corrected Eq. 7 at low T, (B1) at high T
        foreach (var a in result.Agreements.Where(a => a.What.Contains("_eq7 ")))
            Assert.True(a.MaxRelative < 1e-4, $"{a.What}: {a.MaxRelative:E2}");
        // ... while Eq. 7 as printed (without −2e^{−ω₂/T}) is visibly off where ω₂ < ω̄₁ (docs/physics.md §2.1)
        foreach (var a in result.Agreements.Where(a => a.What.Contains("_eq7_printed")))
            Assert.True(a.MaxRelative > 1e-2, $"{a.What}: {a.MaxRelative:E2}");
        foreach (var a in result.Agreements.Where(a => a.What.Contains("_B1") && a.Points > 0))
            Assert.True(a.MaxRelative < 2e-2, $"{a.What}: {a.MaxRelative:E2}");   // leading term at T >= 2 (E_max - E_min)
    }

    [Fact]
    public void RatioTable_IsIndirectOverComposite_AndCrossesNearNotesTemperature()
    {
        var fig1a = FigureRunner.Run(PaperFigures.Get("1a") with { Checks = [] });
        var (t, ratio, crossings) = CompositeComparison.Ratios(fig1a);
        for (int i = 0; i < t.Length; i++)
            Assert.Equal(fig1a.Values["C_indirect_N2"][i] / fig1a.Values["C_composite_formula"][i], ratio[2][i], 14);
        // docs/physics.md §1.5: "the red curve beats the green one only for T ≲ 0.3"
        Assert.InRange(crossings[1].Single(), 0.2, 0.3);
        Assert.True(crossings[3][0] > crossings[2][0] && crossings[2][0] > crossings[1][0]);
    }
}
