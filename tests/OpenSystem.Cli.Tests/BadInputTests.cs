namespace OpenSystem.Cli.Tests;

/// <summary>Every class of malformed model: exit code 2, the file and the key in the message, no result.json, no stack trace.</summary>
public class BadInputTests
{
    private const string Good = """
        {"qubits": 2,
         "hamiltonian": [{"pauli": "Z0", "coef": 0.5}, {"pauli": "Z1", "coef": 0.5}, {"pauli": "X0 X1", "coef": 0.1}],
         "baths": [{"coupling": [{"pauli": "X1", "coef": 1.0}],
                    "spectral_density": {"kind": "ohmic", "alpha": 0.001, "cutoff": 5.0},
                    "temperature": 0.2}],
         "initial_state": {"kind": "ground"}}
        """;

    // The reader's own cases (every class of bad input, file/key/reason) are in tests/OpenSystem.Models.Tests; these check
    // what the exe adds for each kind of refusal: exit 2, the message on stderr, no result.json, no stack trace.
    public static TheoryData<string, string, string, string> Cases => new()
    {
        // name, text replacement (old -> new), expected key, expected words in the reason
        { "json syntax", "\"qubits\": 2,|\"qubits\": 2,,", "(syntax)", "invalid JSON" },
        { "unknown key", "\"temperature\": 0.2|\"temprature\": 0.2", "baths[0].temprature", "unknown key" },
        { "qubit out of range", "\"X0 X1\"|\"X0 X5\"", "hamiltonian[2].pauli", "qubit 5" },
        { "non-Hermitian hamiltonian", "\"coef\": 0.1|\"coef\": [0.1, 0.2]", "hamiltonian", "Hermitian" },
        { "negative temperature", "\"temperature\": 0.2|\"temperature\": -0.2", "baths[0].temperature", "detailed balance" },
        { "bloch too long", "{\"kind\": \"ground\"}|{\"kind\": \"product\", \"bloch\": [[0, 0, 1], [0.8, 0.8, 0]]}", "initial_state.bloch[1]", "length" },
        { "too many qubits", "\"qubits\": 2|\"qubits\": 40", "qubits", "too many qubits for memory" },
        { "bad evolution", "\"initial_state\"|\"evolution\": {\"t_end\": -5, \"samples\": 10}, \"initial_state\"", "evolution.t_end", "> 0" },
        { "overflowing coefficient", "\"coef\": 0.1|\"coef\": 1e300", "hamiltonian[2].coef", "above 1e100" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MalformedModel_ExitsTwo_NamingFileAndKey(string name, string edit, string key, string reason)
    {
        var parts = edit.Split('|');
        Assert.Contains(parts[0], Good);
        string text = Good.Replace(parts[0], parts[1]);
        using var cli = new CliRunner();
        var (exit, stderr) = cli.Run(text, name: "bad-model.json");
        Assert.True(exit == 2, $"{name}: exit {exit}, stderr: {stderr}");
        Assert.Contains("bad-model.json", stderr);
        Assert.Contains($": {key}: ", stderr);
        Assert.Contains(reason, stderr);
        Assert.DoesNotContain("   at ", stderr);   // no stack trace
        Assert.False(File.Exists(cli.ResultPath), "a failed run must leave no result.json");
    }

    [Fact]
    public void NeitherBathsNorJumps_ExitsTwo()
    {
        using var cli = new CliRunner();
        var (exit, stderr) = cli.Run("""{"qubits": 1, "hamiltonian": [{"pauli": "Z0", "coef": 0.5}], "baths": []}""");
        Assert.Equal(2, exit);
        Assert.Contains(": baths: ", stderr);
        Assert.Contains("no steady state", stderr);
    }

    [Fact]
    public void MissingBaths_ExitsTwoNamingBaths()
    {
        using var cli = new CliRunner();
        var (exit, stderr) = cli.Run("""{"qubits": 1, "hamiltonian": [{"pauli": "Z0", "coef": 0.5}]}""");
        Assert.Equal(2, exit);
        Assert.Contains(": baths: is required", stderr);
    }

    [Fact]
    public void FailedRun_RemovesStaleResult()
    {
        using var cli = new CliRunner();
        Directory.CreateDirectory(cli.Out);
        File.WriteAllText(cli.ResultPath, "{}");
        var (exit, _) = cli.Run("""{"qubits": 0, "hamiltonian": [], "baths": []}""");
        Assert.Equal(2, exit);
        Assert.False(File.Exists(cli.ResultPath));
    }

    [Theory]
    [InlineData("", "model file path", "empty")]
    [InlineData("/dev/zero", "/dev/zero: (file)", "16 MiB")]
    public void EmptyPathOrEndlessFile_ExitsTwo(string path, string named, string reason)
    {
        if (path.Length > 0 && !File.Exists(path))
            return;
        using var cli = new CliRunner();
        var (exit, stderr) = cli.RunFile(path);
        Assert.Equal(2, exit);
        Assert.Contains(named, stderr);
        Assert.Contains(reason, stderr);
    }

    [Fact]
    public void MissingFile_ExitsTwo()
    {
        using var cli = new CliRunner();
        var (exit, stderr) = cli.RunFile(Path.Combine(cli.Folder, "nope.json"));
        Assert.Equal(2, exit);
        Assert.Contains("nope.json", stderr);
    }
}
