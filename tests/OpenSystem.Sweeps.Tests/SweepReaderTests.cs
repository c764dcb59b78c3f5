using System.Text.Json.Nodes;

namespace OpenSystem.Sweeps.Tests;

public class SweepReaderTests
{
    private static SweepPlan Parse(string json) => SweepReader.Parse(json, "sweep.json");

    private static double Temperature(SweepPoint p) => JsonNode.Parse(p.ModelJson)!["baths"]![1]!["temperature"]!.GetValue<double>();

    private static double Alpha(SweepPoint p) => JsonNode.Parse(p.ModelJson)!["baths"]![0]!["spectral_density"]!["alpha"]!.GetValue<double>();

    [Fact]
    public void Product_LastAxisVariesFastest()
    {
        var plan = Parse(TestModels.Sweep("""
            {"path": "baths[*].temperature", "values": [0.1, 0.2]},
            {"path": "baths[*].spectral_density.alpha", "values": [1, 2, 3]}
            """));
        Assert.Equal(6, plan.Points.Count);
        double[] temperatures = [0.1, 0.1, 0.1, 0.2, 0.2, 0.2];
        double[] alphas = [1, 2, 3, 1, 2, 3];
        for (int p = 0; p < 6; p++)
        {
            Assert.Equal(p, plan.Points[p].Index);
            Assert.Equal(temperatures[p], Temperature(plan.Points[p]));
            Assert.Equal(alphas[p], Alpha(plan.Points[p]));
            Assert.Equal(temperatures[p], plan.Points[p].AxisValues[0]!.GetValue<double>());
        }
    }

    [Fact]
    public void Zip_TakesAxesSideBySide()
    {
        var plan = Parse(TestModels.Sweep("""
            {"path": "baths[*].temperature", "linspace": [0.1, 0.3, 3]},
            {"path": "baths[0].spectral_density.alpha", "values": [5, 6, 7]}
            """, "zip"));
        Assert.Equal(3, plan.Points.Count);
        Assert.Equal([0.1, 0.2, 0.3], plan.Points.Select(Temperature), new Tolerance(1e-15));
        Assert.Equal([5.0, 6.0, 7.0], plan.Points.Select(Alpha));
    }

    [Fact]
    public void Zip_LengthMismatch_ErrorNamesBothAxes()
    {
        var ex = Assert.Throws<SweepFileException>(() => Parse(TestModels.Sweep("""
            {"path": "baths[*].temperature", "values": [0.1, 0.2]},
            {"path": "baths[0].spectral_density.alpha", "values": [5, 6, 7]}
            """, "zip")));
        Assert.Equal("combine", ex.Key);
        Assert.Contains("baths[*].temperature", ex.Message);
        Assert.Contains("baths[0].spectral_density.alpha", ex.Message);
        Assert.Matches(@"^sweep\.json:\d+:\d+: combine: ", ex.Message);
    }

    [Fact]
    public void Logspace_GivesPointsEvenlySpacedInLog()
    {
        var plan = Parse(TestModels.Sweep("""{"path": "baths[*].temperature", "logspace": [0.01, 2.0, 40]}"""));
        Assert.Equal(AxisSpacing.Logspace(0.01, 2.0, 40), plan.Points.Select(Temperature));
    }

    [Fact]
    public void UnknownAxisPath_ErrorNamesTheAxis()
    {
        var ex = Assert.Throws<SweepFileException>(() => Parse(TestModels.Sweep("""
            {"path": "baths[*].temperature", "values": [0.1]},
            {"path": "baths[*].temprature", "values": [0.1]}
            """)));
        Assert.Equal("axes[1].path", ex.Key);
        Assert.Contains("\"baths[*].temprature\"", ex.Message);
        Assert.Contains("did you mean \"temperature\"?", ex.Problem);
        Assert.Null(ex.Point);
    }

    [Theory]
    [InlineData("""{"path": "baths[*].temperature", "logspace": [0, 2.0, 4]}""", "axes[0].logspace[0]")]
    [InlineData("""{"path": "baths[*].temperature", "logspace": [1, -2.0, 4]}""", "axes[0].logspace[1]")]
    [InlineData("""{"path": "baths[*].temperature", "linspace": [0, 2.0, 2.5]}""", "axes[0].linspace[2]")]
    [InlineData("""{"path": "baths[*].temperature", "linspace": [0, "2", 4]}""", "axes[0].linspace[1]")]
    [InlineData("""{"path": "baths[*].temperature", "values": []}""", "axes[0].values")]
    [InlineData("""{"path": "baths[*].temperature", "values": [1], "linspace": [0, 1, 2]}""", "axes[0]")]
    [InlineData("""{"path": "baths[*].temperature", "valus": [1]}""", "axes[0].valus")]
    [InlineData("""{"path": "baths[*", "values": [1]}""", "axes[0].path")]
    [InlineData("""{"values": [1]}""", "axes[0].path")]
    public void BadAxis_ErrorNamesTheKey(string axis, string key)
    {
        var ex = Assert.Throws<SweepFileException>(() => Parse(TestModels.Sweep(axis)));
        Assert.Equal(key, ex.Key);
        Assert.Equal("sweep.json", ex.File);
    }

    [Fact]
    public void UnknownTopKeyOrCombine_IsAnError()
    {
        Assert.Equal("combine", Assert.Throws<SweepFileException>(() => Parse(TestModels.Sweep("""{"path": "qubits", "values": [2]}""", "outer"))).Key);
        var ex = Assert.Throws<SweepFileException>(() => Parse("""{"model": {}, "axes": [{"path": "qubits", "values": [1]}], "mode": 1}"""));
        Assert.Equal("mode", ex.Key);
    }

    [Fact]
    public void DuplicateAxisPath_IsAnError()
    {
        var ex = Assert.Throws<SweepFileException>(() => Parse(TestModels.Sweep("""
            {"path": "qubits", "values": [2]}, {"path": "qubits", "values": [3]}
            """)));
        Assert.Equal("axes[1].path", ex.Key);
    }

    [Fact]
    public void ModelPath_IsRelativeToTheSweepFile()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "models"));
        folder.File(Path.Combine("models", "m.json"), TestModels.TwoQubits);
        string sweep = folder.File("s.json", """{"model": "models/m.json", "axes": [{"path": "baths[*].temperature", "values": [0.3]}]}""");
        var fromFile = SweepReader.Read(sweep);
        var inline = Parse(TestModels.Sweep("""{"path": "baths[*].temperature", "values": [0.3]}"""));
        Assert.Equal(inline.Points[0].ModelJson, fromFile.Points[0].ModelJson);
        Assert.Equal(Path.GetFullPath(sweep), fromFile.FullPath);
    }

    [Fact]
    public void Identity_IgnoresKeyOrderAndWhitespace_ButNotValuesOrRunOptions()
    {
        string axis = """{"path": "baths[*].temperature", "values": [0.3, 0.4]}""";
        var a = Parse(TestModels.Sweep(axis));
        string reordered = $$$"""{"combine": "product", "axes": [{{{axis}}}], "model": {"baths": {{{JsonNode.Parse(TestModels.TwoQubits)!["baths"]!.ToJsonString()}}}, "hamiltonian": [{"coef": 0.5, "pauli": "Z0"}, {"pauli": "Z1", "coef": 0.25}], "qubits": 2}}""";
        var b = Parse(reordered);
        Assert.Equal(a.Points[0].Identity, b.Points[0].Identity);
        Assert.NotEqual(a.Points[0].Identity, a.Points[1].Identity);
        Assert.NotEqual(a.Points[0].Identity, SweepReader.Parse(TestModels.Sweep(axis), "sweep.json", "--steady gmres").Points[0].Identity);
        Assert.Matches("^[0-9a-f]{64}$", a.Points[0].Identity);
    }

    [Fact]
    public void Validate_InvalidPoint_ErrorNamesFilePointAndKey()
    {
        var plan = Parse(TestModels.Sweep("""{"path": "baths[*].temperature", "values": [0.1, 0.2, -0.5, 0.3]}"""));
        var ex = Assert.Throws<SweepFileException>(() => plan.Validate(TestModels.Validate));
        Assert.Equal(2, ex.Point);
        Assert.Equal("baths[0].temperature", ex.Key);
        Assert.Equal("sweep.json: point 2 (baths[*].temperature = -0.5): baths[0].temperature: must be >= 0, got -0.5", ex.Message);
    }

    [Fact]
    public void Validate_ValidatorWithoutKey_UsesItsMessage()
    {
        var plan = Parse(TestModels.Sweep("""{"path": "baths[*].temperature", "values": [0.1, "hot"]}"""));
        string? label = null;
        var ex = Assert.Throws<SweepFileException>(() => plan.Validate<int>((json, l) =>
        {
            label = l;
            return JsonNode.Parse(json)!["baths"]![0]!["temperature"]!.GetValue<double>() > 0 ? 1 : 0;
        }));
        Assert.Equal(1, ex.Point);
        Assert.Equal("model", ex.Key);
        Assert.Equal("sweep.json point 1", label);
        Assert.Contains("baths[*].temperature = hot", ex.Message);
    }

    private sealed class Tolerance(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
