using System.Text.Json.Nodes;

namespace OpenSystem.Sweeps.Tests;

public class AxisPathTests
{
    private static JsonObject Model() => JsonNode.Parse(TestModels.TwoQubits)!.AsObject();

    [Fact]
    public void Apply_DottedKeys_SetsTheNestedValue()
    {
        var model = Model();
        int set = AxisPath.Parse("baths[1].spectral_density.alpha").Apply(model, JsonValue.Create(0.25));
        Assert.Equal(1, set);
        Assert.Equal(0.25, model["baths"]![1]!["spectral_density"]!["alpha"]!.GetValue<double>());
        Assert.Equal(0.001, model["baths"]![0]!["spectral_density"]!["alpha"]!.GetValue<double>());
    }

    [Fact]
    public void Apply_Wildcard_SetsEveryElement()
    {
        var model = Model();
        int set = AxisPath.Parse("baths[*].temperature").Apply(model, JsonValue.Create(0.7));
        Assert.Equal(2, set);
        Assert.All(model["baths"]!.AsArray(), b => Assert.Equal(0.7, b!["temperature"]!.GetValue<double>()));
    }

    [Fact]
    public void Apply_NestedWildcards_SetEveryLeaf()
    {
        var model = Model();
        int set = AxisPath.Parse("hamiltonian[*].coef").Apply(model, JsonValue.Create(1.5));
        Assert.Equal(2, set);
        Assert.All(model["hamiltonian"]!.AsArray(), t => Assert.Equal(1.5, t!["coef"]!.GetValue<double>()));
    }

    [Fact]
    public void Apply_OptionalKeyTheSpecDefines_IsCreatedWithItsParents()
    {
        var model = Model();
        AxisPath.Parse("evolution.t_end").Apply(model, JsonValue.Create(100));
        AxisPath.Parse("baths[0].spectral_density.exponent").Apply(model, JsonValue.Create(0.5));
        AxisPath.Parse("family.ancillas").Apply(model, JsonValue.Create(7));
        Assert.Equal(100, model["evolution"]!["t_end"]!.GetValue<int>());
        Assert.Equal(0.5, model["baths"]![0]!["spectral_density"]!["exponent"]!.GetValue<double>());
        Assert.Equal(7, model["family"]!["ancillas"]!.GetValue<int>());
    }

    [Fact]
    public void Apply_AppliedValue_IsACopyNotShared()
    {
        var model = Model();
        var value = new JsonObject { ["kind"] = "lindblad" };
        AxisPath.Parse("equation").Apply(model, value);
        Assert.NotSame(value, model["equation"]);
        Assert.Null(value.Parent);
    }

    [Theory]
    [InlineData("baths[*].temprature", "temprature")]
    [InlineData("equation.secular", "secular")]
    [InlineData("nonsense", "nonsense")]
    public void Apply_KeyNeitherInModelNorSpec_ThrowsNamingTheKey(string path, string key)
    {
        var ex = Assert.Throws<ArgumentException>(() => AxisPath.Parse(path).Apply(Model(), JsonValue.Create(1)));
        Assert.Contains($"\"{key}\"", ex.Message);
        Assert.Contains("defines none there", ex.Message);
    }

    [Fact]
    public void Apply_IndexPastTheEnd_ThrowsNamingTheList()
    {
        var ex = Assert.Throws<ArgumentException>(() => AxisPath.Parse("baths[2].temperature").Apply(Model(), JsonValue.Create(1)));
        Assert.Contains("baths has 2 element(s)", ex.Message);
    }

    [Fact]
    public void Apply_WildcardOnMissingList_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => AxisPath.Parse("jumps[*].rate").Apply(Model(), JsonValue.Create(1)));
        Assert.Contains("no list jumps", ex.Message);
    }

    [Fact]
    public void Apply_KeyOnAList_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => AxisPath.Parse("baths.temperature").Apply(Model(), JsonValue.Create(1)));
        Assert.Contains("not an object", ex.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("baths.")]
    [InlineData(".baths")]
    [InlineData("baths[0")]
    [InlineData("baths[-1].temperature")]
    [InlineData("baths[x]")]
    [InlineData("baths[]")]
    [InlineData("baths[0]temperature")]
    [InlineData("a..b")]
    public void Parse_Malformed_ThrowsFormatException(string path)
    {
        Assert.Throws<FormatException>(() => AxisPath.Parse(path));
    }

    [Fact]
    public void Resolve_IndexedPath_ReadsTheValueAndNullWhenAbsent()
    {
        var model = Model();
        Assert.Equal(0.25, AxisPath.Parse("hamiltonian[1].coef").Resolve(model)!.GetValue<double>());
        Assert.Null(AxisPath.Parse("hamiltonian[5].coef").Resolve(model));
        Assert.Null(AxisPath.Parse("evolution.t_end").Resolve(model));
        Assert.Throws<InvalidOperationException>(() => AxisPath.Parse("baths[*].temperature").Resolve(model));
    }
}
