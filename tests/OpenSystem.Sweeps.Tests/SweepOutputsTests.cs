using System.Globalization;
using System.Text.Json.Nodes;

namespace OpenSystem.Sweeps.Tests;

/// <summary>The sweep file's <c>"outputs": ["approach"]</c>: read, part of each point's identity, and tabulated.</summary>
public class SweepOutputsTests
{
    private static string WithOutputs(string outputs) =>
        TestModels.Sweep("""{"path": "baths[*].temperature", "values": [0.1, 0.2]}""").TrimEnd('}') + $", \"outputs\": {outputs}}}";

    [Fact]
    public void Outputs_AreRead_AndChangeThePointIdentity()
    {
        var plain = SweepReader.Parse(TestModels.Sweep("""{"path": "baths[*].temperature", "values": [0.1, 0.2]}"""), "s.json");
        var approach = SweepReader.Parse(WithOutputs("""["approach"]"""), "s.json");
        Assert.Empty(plain.Outputs);
        Assert.Equal(["approach"], approach.Outputs);
        // a finished point without the approach must not count as finished once the approach is asked for
        Assert.NotEqual(plain.Points[0].Identity, approach.Points[0].Identity);
        Assert.Equal(plain.Points[0].ModelJson, approach.Points[0].ModelJson);
    }

    [Theory]
    [InlineData("""["approch"]""", "outputs[0]")]
    [InlineData("""[3]""", "outputs[0]")]
    [InlineData("""{"approach": true}""", "outputs")]
    public void UnknownOutput_ErrorNamesTheKey(string outputs, string key)
    {
        var ex = Assert.Throws<SweepFileException>(() => SweepReader.Parse(WithOutputs(outputs), "s.json"));
        Assert.Equal(key, ex.Key);
        Assert.Contains("\"approach\"", ex.Message);
    }

    [Fact]
    public void ApproachObject_BecomesColumns_WithNullsEmpty()
    {
        using var folder = new TempFolder();
        var plan = SweepReader.Parse(WithOutputs("""["approach"]"""), "s.json");
        var store = new PointStore(folder.Path, plan);
        var approach = new JsonObject
        {
            ["gap"] = 1.25e-3,
            ["relaxation_time"] = 800.0,
            ["fitted_rate"] = new JsonObject { ["ground"] = 1.26e-3, ["maximally_mixed"] = null },
            ["plateau_time"] = new JsonArray(3529.09, null),
        };
        store.SaveResult(plan.Points[0], new JsonObject { ["approach"] = approach });
        var rows = SweepTable.Build(store).TrimEnd('\n').Split('\n').Select(l => l.Split(',')).ToArray();
        string[] names = ["approach.gap", "approach.relaxation_time", "approach.fitted_rate.ground", "approach.fitted_rate.maximally_mixed",
            "approach.plateau_time[0]", "approach.plateau_time[1]"];
        var columns = names.Select(n => Array.IndexOf(rows[0], n)).ToArray();
        Assert.All(columns, c => Assert.True(c >= 0, $"missing column; header {string.Join(",", rows[0])}"));
        Assert.Equal(1.25e-3, double.Parse(rows[1][columns[0]], CultureInfo.InvariantCulture));
        Assert.Equal(3529.09, double.Parse(rows[1][columns[4]], CultureInfo.InvariantCulture));
        Assert.Equal("", rows[1][columns[3]]);
        Assert.Equal("", rows[1][columns[5]]);
        Assert.Equal("", rows[2][columns[0]]);
    }
}
