using System.Globalization;
using System.Text.Json.Nodes;

namespace OpenSystem.Sweeps.Tests;

public class SweepTableTests
{
    private static string[][] Rows(string csv) =>
        csv.TrimEnd('\n').Split('\n').Select(line => line.Split(',')).ToArray();

    [Fact]
    public void Columns_FollowTheContract_AndNumbersRoundTrip()
    {
        using var folder = new TempFolder();
        var plan = SweepReader.Parse(TestModels.Sweep("""{"path": "baths[*].temperature", "logspace": [0.01, 2.0, 3]}"""), "s.json");
        var store = new PointStore(folder.Path, plan);
        var model = TestModels.Validate(plan.Points[0].ModelJson, plan.Label(plan.Points[0]));
        store.SaveResult(plan.Points[0], TestModels.Solve(model));
        store.SaveFailure(plan.Points[1], "steady state did not converge");
        var rows = Rows(SweepTable.Build(store));
        Assert.Equal(
            ["point", "baths[*].temperature", "status", "gibbs.coherence[0]", "gibbs.coherence[1]",
             "steady_state.coherence[0]", "steady_state.coherence[1]", "steady_state.trace_distance_to_gibbs"],
            rows[0]);
        Assert.Equal(["ok", "failed", "missing"], rows.Skip(1).Select(r => r[2]));
        Assert.Equal(["0", "1", "2"], rows.Skip(1).Select(r => r[0]));
        var expected = TestModels.Solve(model);
        for (int j = 0; j < 2; j++)
        {
            double written = double.Parse(rows[1][3 + j], CultureInfo.InvariantCulture);
            Assert.Equal(expected["gibbs"]!["coherence"]![j]!.GetValue<double>(), written);
        }
        Assert.Equal(0.01, double.Parse(rows[1][1], CultureInfo.InvariantCulture));
        Assert.Equal(AxisSpacing.Logspace(0.01, 2.0, 3)[1], double.Parse(rows[2][1], CultureInfo.InvariantCulture));
        Assert.Equal("", rows[1][7]);
        Assert.All(rows[2].Skip(3), cell => Assert.Equal("", cell));
    }

    [Fact]
    public void QubitCountAxis_ColumnsRunToTheLargest_WithEmptyCellsBelow()
    {
        using var folder = new TempFolder();
        var plan = SweepReader.Parse(TestModels.Sweep("""{"path": "family.ancillas", "values": [1, 3]}"""), "s.json");
        var store = new PointStore(folder.Path, plan);
        for (int p = 0; p < 2; p++)
        {
            int qubits = p == 0 ? 2 : 4;
            var coherence = new JsonArray(Enumerable.Range(0, qubits).Select(j => (JsonNode?)JsonValue.Create(0.1 * (j + 1))).ToArray());
            store.SaveResult(plan.Points[p], new JsonObject
            {
                ["gibbs"] = new JsonObject { ["coherence"] = coherence },
                ["mean_force"] = p == 1 ? new JsonObject { ["coherence"] = coherence.DeepClone() } : null,
            });
        }
        var rows = Rows(SweepTable.Build(store));
        string[] header = rows[0];
        Assert.Equal("gibbs.coherence[3]", header[6]);
        Assert.Equal("steady_state.coherence[3]", header[10]);
        Assert.Equal("steady_state.trace_distance_to_gibbs", header[11]);
        Assert.Equal(["mean_force.coherence[0]", "mean_force.coherence[1]", "mean_force.coherence[2]", "mean_force.coherence[3]"], header[12..]);
        Assert.Equal(["0.1", "0.2", "", ""], rows[1][3..7]);
        Assert.Equal(["0.1", "0.2", "0.30000000000000004", "0.4"], rows[2][3..7]);
        Assert.All(rows[1][12..], cell => Assert.Equal("", cell));
    }

    [Fact]
    public void ExtraColumns_AreAppendedAndStringCellsQuoted()
    {
        using var folder = new TempFolder();
        var plan = SweepReader.Parse(TestModels.Sweep("""{"path": "equation", "values": [{"kind": "local", "lamb_shift": false}]}"""), "s.json");
        var store = new PointStore(folder.Path, plan);
        store.SaveResult(plan.Points[0], new JsonObject
        {
            ["extra"] = new JsonObject { ["gap"] = 1.25e-7 },
            ["steady_state"] = new JsonObject { ["method"] = "direct, LU", ["trace_distance_to_gibbs"] = 0.5 },
        });
        string csv = SweepTable.Build(store, ["extra.gap", "steady_state.method"]);
        string[] lines = csv.TrimEnd('\n').Split('\n');
        Assert.EndsWith(",extra.gap,steady_state.method", lines[0]);
        Assert.Equal("0,\"{\"\"kind\"\":\"\"local\"\",\"\"lamb_shift\"\":false}\",ok,0.5,1.25E-07,\"direct, LU\"", lines[1]);
        Assert.Throws<FormatException>(() => SweepTable.Build(store, ["baths[*].temperature"]));
    }

    [Fact]
    public void StaleResult_OfAnotherModel_IsMissing()
    {
        using var folder = new TempFolder();
        var before = SweepReader.Parse(TestModels.Sweep("""{"path": "baths[*].temperature", "values": [0.1, 0.2]}"""), "s.json");
        var after = SweepReader.Parse(TestModels.Sweep("""{"path": "baths[*].temperature", "values": [0.1, 0.3]}"""), "s.json");
        var old = new PointStore(folder.Path, before);
        foreach (var point in before.Points)
        {
            old.SaveResult(point, TestModels.Solve(JsonNode.Parse(point.ModelJson)!.AsObject()));
        }
        var store = new PointStore(folder.Path, after);
        Assert.Equal(PointStatus.Ok, store.Status(after.Points[0]));
        Assert.Equal(PointStatus.Missing, store.Status(after.Points[1]));
        var tally = SweepTable.Write(store);
        Assert.Equal(new SweepTally(1, 0, 1), tally);
        Assert.Equal(1, tally.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder.Path, "table.csv")));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp*", SearchOption.AllDirectories));
    }

    [Fact]
    public void SavedResult_EchoesThePointFirst()
    {
        using var folder = new TempFolder();
        var plan = SweepReader.Parse(TestModels.Sweep("""{"path": "baths[*].temperature", "values": [0.1, 0.2]}"""), "s.json");
        var store = new PointStore(folder.Path, plan);
        store.SaveResult(plan.Points[1], TestModels.Solve(JsonNode.Parse(plan.Points[1].ModelJson)!.AsObject()));
        var saved = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Path, "points", "1", "result.json")))!.AsObject();
        Assert.Equal("point", saved.First().Key);
        Assert.Equal(1, saved["point"]!["index"]!.GetValue<int>());
        Assert.Equal(0.2, saved["point"]!["axes"]!["baths[*].temperature"]!.GetValue<double>());
        Assert.Equal(plan.Points[1].Identity, saved["point"]!["model_sha256"]!.GetValue<string>());
        Assert.Equal(0.2, saved["gibbs"]!["temperature"]!.GetValue<double>());
    }
}
