namespace OpenSystem.Models.Tests;

/// <summary>
/// How the reader reports a file: every problem at once, each with the 1-based line and column of its key; "did you
/// mean" for misspellings; comments and trailing commas accepted; syntax errors with one line/column numbering.
/// </summary>
public class ReaderReportTests
{
    private const string ThreeMistakes = """
        {
          "qubits": 2,
          "hamiltonian": [{"pauli": "Z0", "coef": 0.5}, {"pauli": "Z1", "coef": 0.5}, {"pauli": "X0 X1", "coef": 0.1}],
          "baths": [{"coupling": [{"pauli": "X1", "coef": 1.0}],
                     "spectral_density": {"kind": "ohmic", "alpha": 0.001, "cutoff": 5.0},
                     "temprature": 0.2}],
          "equation": {"kind": "redfeild"},
          "evolution": {"t_end": 100, "samples": 1}
        }
        """;

    [Fact]
    public void AFileWithThreeMistakes_ReportsAllThree_EachWithItsLineAndColumn()
    {
        var ex = Assert.Throws<ModelFileException>(() => ModelFile.Parse(ThreeMistakes, "three.json"));
        Assert.Equal(3, ex.Errors.Count);
        Assert.False(ex.Stopped);
        var (misspelt, equation, samples) = (ex.Errors[0], ex.Errors[1], ex.Errors[2]);

        Assert.Equal("baths[0].temprature", misspelt.Key);
        Assert.Contains("did you mean \"temperature\"?", misspelt.Problem);
        Assert.Equal(Position("\"temprature\""), (misspelt.Line, misspelt.Column));

        Assert.Equal("equation.kind", equation.Key);
        Assert.Contains("did you mean \"redfield\"?", equation.Problem);
        Assert.Equal(Position("\"kind\": \"redfeild\""), (equation.Line, equation.Column));

        Assert.Equal("evolution.samples", samples.Key);
        Assert.Contains("2 samples", samples.Problem);
        Assert.Equal(Position("\"samples\""), (samples.Line, samples.Column));

        // one line per problem, each FILE:LINE:COLUMN: KEY: PROBLEM
        var lines = ex.Message.Split(Environment.NewLine);
        Assert.Equal(3, lines.Length);
        Assert.Equal($"three.json:{misspelt.Line}:{misspelt.Column}: baths[0].temprature: {misspelt.Problem}", lines[0]);
        Assert.All(lines, l => Assert.Matches(@"^three\.json:\d+:\d+: \S+: ", l));
    }

    [Fact]
    public void ColumnsCountCharacters_NotBytes()
    {
        string text = """{"description": "ω₀ = 1, Ω = 5 (non-ASCII)", "qubits": "two", "hamiltonian": [], "baths": []}""";
        var ex = Assert.Throws<ModelFileException>(() => ModelFile.Parse(text, "m.json"));
        Assert.Equal("qubits", ex.Key);
        Assert.Equal(1, ex.Errors[0].Line);
        Assert.Equal(text.IndexOf("\"qubits\"", StringComparison.Ordinal) + 1, ex.Errors[0].Column);
    }

    [Fact]
    public void CommentsAndTrailingCommas_AreAccepted()
    {
        string plain = """
            {"qubits": 1, "hamiltonian": [{"pauli": "Z0", "coef": 0.5}],
             "baths": [{"coupling": [{"pauli": "X0", "coef": 1.0}], "spectral_density": {"kind": "ohmic", "alpha": 0.01, "cutoff": 5}, "temperature": 0.2}]}
            """;
        string commented = """
            // a qubit
            {"qubits": 1, /* n */ "hamiltonian": [{"pauli": "Z0", "coef": 0.5},],
             "baths": [{"coupling": [{"pauli": "X0", "coef": 1.0},], "spectral_density": {"kind": "ohmic", "alpha": 0.01, "cutoff": 5,}, "temperature": 0.2,},],
            }
            """;
        var a = ModelFile.Parse(plain, "plain.json");
        var b = ModelFile.Parse(commented, "commented.json");
        Assert.Equal(a.System.Hamiltonian.Terms, b.System.Hamiltonian.Terms);
        Assert.Equal(a.System.Couplings[0].Bath.Temperature, b.System.Couplings[0].Bath.Temperature);
    }

    [Fact]
    public void ASyntaxError_HasOneOneBasedLineAndColumn_AndNoParserInternals()
    {
        string text = "{\n  \"qubits\": 1\n  \"baths\": []\n}";
        var ex = Assert.Throws<ModelFileException>(() => ModelFile.Parse(text, "syntax.json"));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("(syntax)", error.Key);
        Assert.Equal((3, 3), (error.Line, error.Column));
        Assert.StartsWith("syntax.json:3:3: (syntax): invalid JSON: ", ex.Message);
        Assert.DoesNotContain("LineNumber", ex.Message);
        Assert.DoesNotContain("BytePosition", ex.Message);
    }

    [Fact]
    public void AMisspeltRequiredKey_IsOneProblem_NotAlsoAMissingKey()
    {
        string text = """{"qubits": 1, "hamiltonian": [{"pauli": "Z0", "coef": 0.5}], "bahts": []}""";
        var ex = Assert.Throws<ModelFileException>(() => ModelFile.Parse(text, "m.json"));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("bahts", error.Key);
        Assert.Contains("did you mean \"baths\"?", error.Problem);
    }

    [Fact]
    public void AnUnrelatedKey_GetsNoSuggestion()
    {
        string text = ModelSchemaTests.Edit(ModelSchemaTests.Full, "\"qubits\": 2,|\"qubits\": 2, \"solver\": 1,");
        var ex = Assert.Throws<ModelFileException>(() => ModelFile.Parse(text, "m.json"));
        Assert.Equal("solver", ex.Key);
        Assert.DoesNotContain("did you mean", ex.Problem);
    }

    [Fact]
    public void AnEarlierProblem_DoesNotHideTheHermiticityChecks()
    {
        // the non-Hermitian H and coupling are found although "solver" is already wrong
        string text = ModelSchemaTests.Edit(ModelSchemaTests.Full, "\"qubits\": 2,|\"qubits\": 2, \"solver\": 1,");
        text = ModelSchemaTests.Edit(text, "\"coupling\": [{\"pauli\": \"X1\", \"coef\": 1.0}]|\"coupling\": [{\"pauli\": \"X1\", \"coef\": [1.0, 0.5]}]");
        text = ModelSchemaTests.Edit(text, "{\"pauli\": \"Z1\", \"coef\": 0.5}|{\"pauli\": \"Z1\", \"coef\": [0.5, 0.1]}");
        var ex = Assert.Throws<ModelFileException>(() => ModelFile.Parse(text, "m.json"));
        Assert.Equal(["solver", "hamiltonian", "baths[0].coupling"], ex.Errors.Select(e => e.Key));
        Assert.All(ex.Errors.Skip(1), e => Assert.Contains("Hermitian", e.Problem));
    }

    [Fact]
    public void AFamilyModelReadWithoutItsDenseState_ReportsItsProblemsTogether()
    {
        string path = Path.Combine(Path.GetTempPath(), $"family-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {"solver": 1,
             "family": {"name": "c4", "ancillas": 500, "omega_target": 1, "omega_ancilla": 0.5, "g": 0.5, "theta": 0.5},
             "baths": [{"every_qubit": "X", "spectral_density": {"kind": "ohmic", "alpha": -1, "cutoff": 5}, "temperature": 0.2}]}
            """);
        try
        {
            var ex = Assert.Throws<ModelFileException>(() => ModelFile.LoadFamily(path));
            Assert.Equal(["solver", "baths[0].spectral_density.alpha"], ex.Errors.Select(e => e.Key));
            Assert.Equal([1, 3], ex.Errors.Select(e => e.Line ?? 0));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReportingStopsAtTheLimit_AndSaysSo()
    {
        var terms = Enumerable.Range(0, 30).Select(i => $$"""{"pauli": "Q{{i}}", "coef": 1}""");
        string text = $$"""{"qubits": 1, "hamiltonian": [{{string.Join(", ", terms)}}], "baths": []}""";
        var ex = Assert.Throws<ModelFileException>(() => ModelFile.Parse(text, "many.json"));
        Assert.Equal(ModelFileException.MaxErrors, ex.Errors.Count);
        Assert.True(ex.Stopped);
        Assert.Equal(Enumerable.Range(0, ModelFileException.MaxErrors).Select(i => $"hamiltonian[{i}].pauli"), ex.Errors.Select(e => e.Key));
        Assert.EndsWith($"stopped after {ModelFileException.MaxErrors} problems; correct these and read the file again", ex.Message);
    }

    /// <summary>1-based line and column of the first occurrence of <paramref name="snippet"/> in <see cref="ThreeMistakes"/>.</summary>
    private static (int?, int?) Position(string snippet)
    {
        var lines = ThreeMistakes.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int at = lines[i].IndexOf(snippet, StringComparison.Ordinal);
            if (at >= 0)
                return (i + 1, at + 1);
        }
        throw new InvalidOperationException($"{snippet} not found");
    }
}
