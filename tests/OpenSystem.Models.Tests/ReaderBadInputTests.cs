namespace OpenSystem.Models.Tests;

/// <summary>Every class of malformed model: a <see cref="ModelFileException"/> naming the file, the key and the reason.</summary>
public class ReaderBadInputTests
{
    public const string Good = """
        {"qubits": 2,
         "hamiltonian": [{"pauli": "Z0", "coef": 0.5}, {"pauli": "Z1", "coef": 0.5}, {"pauli": "X0 X1", "coef": 0.1}],
         "baths": [{"coupling": [{"pauli": "X1", "coef": 1.0}],
                    "spectral_density": {"kind": "ohmic", "alpha": 0.001, "cutoff": 5.0},
                    "temperature": 0.2}],
         "initial_state": {"kind": "ground"}}
        """;

    private const string Family = """
        {"family": {"name": "c4", "ancillas": 2, "omega_target": 1, "omega_ancilla": 0.5, "g": 0.5, "theta": 0.5},
         "baths": [{"every_qubit": "X", "spectral_density": {"kind": "ohmic", "alpha": 0.001, "cutoff": 5.0}, "temperature": 0.2}]}
        """;

    /// <summary>name, text edit (old|new), expected key, expected words in the reason.</summary>
    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "json syntax", "\"qubits\": 2,|\"qubits\": 2,,", "(syntax)", "invalid JSON" },
        { "unknown key", "\"temperature\": 0.2|\"temprature\": 0.2", "baths[0].temprature", "unknown key" },
        { "unknown top-level key", "\"qubits\": 2,|\"qubits\": 2, \"solver\": 1,", "solver", "unknown key" },
        { "duplicate key", "\"qubits\": 2,|\"qubits\": 2, \"qubits\": 2,", "qubits", "appears twice" },
        { "wrong type", "\"qubits\": 2|\"qubits\": \"two\"", "qubits", "integer" },
        { "wrong type coef", "\"coef\": 0.1|\"coef\": \"0.1\"", "hamiltonian[2].coef", "number" },
        { "qubit out of range", "\"X0 X1\"|\"X0 X5\"", "hamiltonian[2].pauli", "qubit 5" },
        { "malformed pauli", "\"X0 X1\"|\"X0 W1\"", "hamiltonian[2].pauli", "axis" },
        { "non-Hermitian hamiltonian", "\"coef\": 0.1|\"coef\": [0.1, 0.2]", "hamiltonian", "Hermitian" },
        { "non-Hermitian coupling", "\"coef\": 1.0|\"coef\": [1.0, 0.5]", "baths[0].coupling", "Hermitian" },
        { "empty coupling", "[{\"pauli\": \"X1\", \"coef\": 1.0}]|[]", "baths[0].coupling", "empty" },
        { "negative temperature", "\"temperature\": 0.2|\"temperature\": -0.2", "baths[0].temperature", "detailed balance" },
        { "negative alpha", "\"alpha\": 0.001|\"alpha\": -0.001", "baths[0].spectral_density.alpha", ">= 0" },
        { "zero cutoff", "\"cutoff\": 5.0|\"cutoff\": 0", "baths[0].spectral_density.cutoff", "> 0" },
        { "unknown spectral density", "\"ohmic\"|\"lorentzian\"", "baths[0].spectral_density.kind", "unknown spectral density" },
        { "non-finite number", "\"alpha\": 0.001|\"alpha\": 1e999", "baths[0].spectral_density.alpha", "finite" },
        { "bloch too long", "{\"kind\": \"ground\"}|{\"kind\": \"product\", \"bloch\": [[0, 0, 1], [0.8, 0.8, 0]]}", "initial_state.bloch[1]", "length" },
        { "bloch count", "{\"kind\": \"ground\"}|{\"kind\": \"product\", \"bloch\": [[0, 0, 1]]}", "initial_state.bloch", "one Bloch vector per qubit" },
        { "too many qubits", "\"qubits\": 2|\"qubits\": 40", "qubits", "too many qubits for memory" },
        { "zero qubits", "\"qubits\": 2|\"qubits\": 0", "qubits", "at least 1 qubit" },
        { "missing key", "\"baths\": [|\"bathz\": [", "bathz", "unknown key" },
        { "unknown equation", "\"initial_state\"|\"equation\": {\"kind\": \"secular\"}, \"initial_state\"", "equation.kind", "unknown equation" },
        { "negative jump rate", "\"initial_state\"|\"jumps\": [{\"operator\": [{\"pauli\": \"Y0\", \"coef\": 1}], \"rate\": -1}], \"initial_state\"", "jumps[0].rate", ">= 0" },
        { "bad evolution", "\"initial_state\"|\"evolution\": {\"t_end\": -5, \"samples\": 10}, \"initial_state\"", "evolution.t_end", "> 0" },
        { "log evolution", "\"initial_state\"|\"evolution\": {\"t_end\": 5, \"samples\": 2, \"spacing\": \"log\"}, \"initial_state\"", "evolution.samples", "at least 3" },
        { "one sample", "\"initial_state\"|\"evolution\": {\"t_end\": 5, \"samples\": 1}, \"initial_state\"", "evolution.samples", "At least 2" },
        { "every_qubit axis", "\"coupling\": [{\"pauli\": \"X1\", \"coef\": 1.0}]|\"every_qubit\": \"W\"", "baths[0].every_qubit", "\"X\", \"Y\" or \"Z\"" },
        { "every_qubit and coupling", "\"coupling\"|\"every_qubit\": \"Z\", \"coupling\"", "baths[0]", "exactly one of" },
        { "no dissipation: alpha 0", "\"alpha\": 0.001|\"alpha\": 0", "baths", "no bath or jump dissipates" },
        { "no dissipation: identity coupling", "\"pauli\": \"X1\", \"coef\": 1.0|\"pauli\": \"I\", \"coef\": 1.0", "baths", "no bath or jump dissipates" },
        { "no dissipation: cancelling terms", "[{\"pauli\": \"X1\", \"coef\": 1.0}]|[{\"pauli\": \"X1\", \"coef\": 1.0}, {\"pauli\": \"X1\", \"coef\": -1.0}]", "baths", "no bath or jump dissipates" },
        { "family and qubits", "\"qubits\": 2,|\"qubits\": 2, \"family\": {\"name\": \"eq9\", \"omega_target\": 1, \"omega_ancilla\": 1, \"g\": 1, \"theta\": 1},", "family", "not both" },
    };

    /// <summary>Family and scale cases, edits of <see cref="Family"/>.</summary>
    public static TheoryData<string, string, string, string> FamilyCases => new()
    {
        { "unknown family", "\"c4\"|\"c5\"", "family.name", "unknown family" },
        { "missing parameter", "\"g\": 0.5, |", "family.g", "required" },
        { "unknown parameter", "\"g\": 0.5|\"gamma\": 0.5", "family.gamma", "unknown key" },
        { "zero ancillas", "\"ancillas\": 2|\"ancillas\": 0", "family.ancillas", "between 1 and 1000" },
        { "too many ancillas", "\"ancillas\": 2|\"ancillas\": 1001", "family.ancillas", "between 1 and 1000" },
        { "large N, dense state", "\"ancillas\": 2|\"ancillas\": 1000", "family.ancillas", "too many qubits for memory" },
        { "eq9 is a pair", "\"c4\", \"ancillas\": 2|\"eq9\", \"ancillas\": 2", "family.ancillas", "exactly 1" },
        { "overflowing coefficient", "\"omega_target\": 1|\"omega_target\": 1e101", "family.omega_target", "above 1e100" },
        { "underflowing temperature", "\"temperature\": 0.2|\"temperature\": 1e-200", "baths[0].temperature", "below 1e-100" },
        { "huge cutoff", "\"cutoff\": 5.0|\"cutoff\": 1e300", "baths[0].spectral_density.cutoff", "above 1e100" },
        { "tiny alpha", "\"alpha\": 0.001|\"alpha\": 1e-150", "baths[0].spectral_density.alpha", "below 1e-100" },
        { "dynamic range", "\"g\": 0.5|\"g\": 1e-13", "family.g", "below 1e-12 of the Hamiltonian's scale" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MalformedModel_NamesFileKeyAndReason(string name, string edit, string key, string reason) =>
        AssertRefused(Good, name, edit, key, reason);

    [Theory]
    [MemberData(nameof(FamilyCases))]
    public void MalformedFamilyModel_NamesFileKeyAndReason(string name, string edit, string key, string reason) =>
        AssertRefused(Family, name, edit, key, reason);

    [Theory]
    [InlineData("{\"pauli\": \"Z0\", \"coef\": 0.5}|{\"pauli\": \"Z0\", \"coef\": 1e20}", "hamiltonian[1].coef")]
    [InlineData("{\"pauli\": \"Z0\", \"coef\": 0.5}|{\"pauli\": \"Z0\", \"coef\": 1e300}", "hamiltonian[0].coef")]
    [InlineData("{\"pauli\": \"Z0\", \"coef\": 0.5}|{\"pauli\": \"Z0\", \"coef\": [0.5, 1e-120]}", "hamiltonian[0].coef[1]")]
    [InlineData("{\"pauli\": \"Z0\", \"coef\": 0.5}|{\"pauli\": \"I\", \"coef\": 1e15}, {\"pauli\": \"Z0\", \"coef\": 0.5}", "hamiltonian[1].coef")]
    public void HamiltonianScales_AreRefusedNamingTheTerm(string edit, string key)
    {
        var parts = edit.Split('|');
        var ex = Assert.Throws<ModelFileException>(() => ModelFile.Parse(Good.Replace(parts[0], parts[1]), "scales.json"));
        Assert.Equal(key, ex.Key);
        Assert.Matches("above|below", ex.Problem);
        AssertClean(ex.Message);
    }

    [Fact]
    public void NeitherBathsNorJumps_IsRefused()
    {
        var ex = Assert.Throws<ModelFileException>(() => ModelFile.Parse("""{"qubits": 1, "hamiltonian": [{"pauli": "Z0", "coef": 0.5}], "baths": []}""", "m.json"));
        Assert.Equal("baths", ex.Key);
        Assert.Contains("no steady state", ex.Problem);
    }

    [Fact]
    public void MissingBaths_IsRefusedNamingBaths()
    {
        var ex = Assert.Throws<ModelFileException>(() => ModelFile.Parse("""{"qubits": 1, "hamiltonian": [{"pauli": "Z0", "coef": 0.5}]}""", "m.json"));
        Assert.Equal("baths", ex.Key);
        Assert.Contains("is required", ex.Problem);
    }

    private static void AssertRefused(string good, string name, string edit, string key, string reason)
    {
        var parts = edit.Split('|');
        Assert.Contains(parts[0], good);
        string text = good.Replace(parts[0], parts[1]);
        var ex = Assert.Throws<ModelFileException>(() => ModelFile.Parse(text, "bad-model.json"));
        Assert.Equal("bad-model.json", ex.File);
        Assert.True(ex.Key == key, $"{name}: key {ex.Key}, expected {key} ({ex.Message})");
        Assert.Contains(reason, ex.Problem);
        Assert.Matches($@"^bad-model\.json:\d+:\d+: {System.Text.RegularExpressions.Regex.Escape(key)}: ", ex.Message);
        AssertClean(ex.Message);
    }

    /// <summary>No raw overflowed values and no framework tails in a user's message.</summary>
    private static void AssertClean(string message)
    {
        foreach (var bad in new[] { "NaN", "Infinity", "∞", "(Parameter", "Actual value", "E+298", "e+298" })
            Assert.DoesNotContain(bad, message);
    }
}
