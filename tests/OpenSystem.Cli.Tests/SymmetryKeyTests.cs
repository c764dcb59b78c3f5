using System.Text.Json;

namespace OpenSystem.Cli.Tests;

/// <summary>
/// result.json's <c>"symmetry"</c> key: the exchange classes are the qubits whose exchange leaves H, the baths and the jumps
/// unchanged, so a jump on one ancilla splits it off its class; the route says how the Gibbs state was computed.
/// </summary>
public class SymmetryKeyTests
{
    private static string C4(int ancillas, string extra = "") => $$"""
        {"family": {"name": "c4", "ancillas": {{ancillas}}, "omega_target": 1.0, "omega_ancilla": 0.5, "g": 0.5, "theta": 0.5},
         "baths": [{"every_qubit": "X", "spectral_density": {"kind": "ohmic", "alpha": 0.001, "cutoff": 5.0}, "temperature": 0.3}]{{extra}}}
        """;

    private static int[][] Classes(JsonElement result) =>
        result.GetProperty("symmetry").GetProperty("exchange_classes").EnumerateArray()
            .Select(c => c.EnumerateArray().Select(q => q.GetInt32()).ToArray()).ToArray();

    private static string Route(JsonElement result) => result.GetProperty("symmetry").GetProperty("route").GetString()!;

    [Fact]
    public void FullRun_JumpOnOneAncilla_SplitsItOff_TheOthersStayOneClass()
    {
        using var cli = new CliRunner();
        var (exit, stderr) = cli.Run(C4(3, """, "jumps": [{"operator": [{"pauli": "Z2", "coef": 1}], "rate": 0.01}]"""), extra: "--no-plots");
        Assert.True(exit == 0, stderr);
        var result = cli.Result();
        Assert.Equal([[0], [1, 3], [2]], Classes(result));
        Assert.Equal("dense", Route(result));
    }

    [Fact]
    public void FullRun_PlainModel_UnequalCouplings_AreDistinguishable()
    {
        // Qubits 1 and 2 see the same field and coupling to qubit 0; qubit 3 couples twice as strongly.
        const string model = """
            {"qubits": 4, "hamiltonian": [{"pauli": "Z0", "coef": 0.5}, {"pauli": "Z1", "coef": 0.25}, {"pauli": "Z2", "coef": 0.25},
              {"pauli": "Z3", "coef": 0.25}, {"pauli": "X0 X1", "coef": 0.1}, {"pauli": "X0 X2", "coef": 0.1}, {"pauli": "X0 X3", "coef": 0.2}],
             "baths": [{"every_qubit": "X", "spectral_density": {"kind": "ohmic", "alpha": 0.001, "cutoff": 5.0}, "temperature": 0.3}]}
            """;
        using var cli = new CliRunner();
        var (exit, stderr) = cli.Run(model, extra: "--no-plots");
        Assert.True(exit == 0, stderr);
        Assert.Equal([[0], [1, 2], [3]], Classes(cli.Result()));
    }

    [Theory]
    [InlineData(3, "dense")]
    [InlineData(40, "spin_sectors")]
    public void GibbsOnly_ReportsTheAncillaClass_AndTheRoute(int ancillas, string route)
    {
        using var cli = new CliRunner();
        var (exit, stderr) = cli.Run(C4(ancillas), extra: ["--only", "gibbs"]);
        Assert.True(exit == 0, stderr);
        var result = cli.Result();
        Assert.Equal([[0], Enumerable.Range(1, ancillas).ToArray()], Classes(result));
        Assert.Equal(route, Route(result));
    }

    [Fact]
    public void GibbsOnly_SmallFamily_WithAnOrdinaryBathOnTheTarget_TakesTheDenseRoute()
    {
        // Above 12 qubits only every_qubit baths are accepted; a model that fits the dense register may have any bath.
        using var cli = new CliRunner();
        string model = C4(3).Replace("\"every_qubit\": \"X\"", "\"coupling\": [{\"pauli\": \"X0\", \"coef\": 1}]");
        var (exit, stderr) = cli.Run(model, extra: ["--only", "gibbs"]);
        Assert.True(exit == 0, stderr);
        Assert.Equal("dense", Route(cli.Result()));
    }

    [Fact]
    public void GibbsOnly_LargeFamily_WithJumps_IsBadInputNamingTheJumps()
    {
        using var cli = new CliRunner();
        var (exit, stderr) = cli.Run(C4(40, """, "jumps": [{"operator": [{"pauli": "Z2", "coef": 1}], "rate": 0.01}]"""), extra: ["--only", "gibbs"]);
        Assert.Equal(2, exit);
        Assert.Contains("jumps", stderr);
    }
}
