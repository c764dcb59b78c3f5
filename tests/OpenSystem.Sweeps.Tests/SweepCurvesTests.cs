using System.Text.Json.Nodes;

namespace OpenSystem.Sweeps.Tests;

public class SweepCurvesTests
{
    [Fact]
    public void Curves_OnePerSecondAxisValue_ColumnAgainstFirstAxis()
    {
        using var folder = new TempFolder();
        var plan = SweepReader.Parse(TestModels.Sweep("""
            {"path": "baths[*].temperature", "values": [0.1, 0.2, 0.4]},
            {"path": "hamiltonian[0].coef", "values": [0.5, 1.5]}
            """), "s.json");
        var store = new PointStore(folder.Path, plan);
        foreach (var point in plan.Points.Where(p => p.Index != 3))
        {
            store.SaveResult(point, TestModels.Solve(JsonNode.Parse(point.ModelJson)!.AsObject()));
        }
        var curves = SweepCurves.Build(store, "gibbs.bloch[0][2]");
        Assert.Equal(["hamiltonian[0].coef = 0.5", "hamiltonian[0].coef = 1.5"], curves.Select(c => c.Label));
        Assert.Equal([0.1, 0.2, 0.4], curves[0].X);
        Assert.Equal([0.1, 0.4], curves[1].X);
        // <Z_0> = -tanh(omega / 2T) with omega = 2 coef
        Assert.Equal([-Math.Tanh(1.0 / 0.2), -Math.Tanh(1.0 / 0.4), -Math.Tanh(1.0 / 0.8)], curves[0].Y);
        Assert.Equal([-Math.Tanh(3.0 / 0.2), -Math.Tanh(3.0 / 0.8)], curves[1].Y);
    }

    [Fact]
    public void NonNumericFirstAxis_GivesNoCurves()
    {
        using var folder = new TempFolder();
        var plan = SweepReader.Parse(TestModels.Sweep("""{"path": "equation.kind", "values": ["redfield", "lindblad"]}"""), "s.json");
        Assert.Empty(SweepCurves.Build(new PointStore(folder.Path, plan), "steady_state.coherence[0]"));
    }
}
