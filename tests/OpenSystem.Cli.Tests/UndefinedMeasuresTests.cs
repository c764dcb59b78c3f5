using System.Text.Json;

namespace OpenSystem.Cli.Tests;

/// <summary>
/// Issue 8 item 5 and issue 13(e) in result.json: a quantity undefined for the state is null with its reason, never a
/// clipped number; a long-time state that depends on the initial state is never reported unique.
/// </summary>
public class UndefinedMeasuresTests
{
    [Fact]
    public void RelativeEntropy_OfTheNonPositiveRedfieldState_IsNullWithAReason()
    {
        // examples/models/eq9_indirect.json: Redfield with the Lamb shift gives a steady state with a negative eigenvalue
        // (about -2e-4) at trace distance ~2e-3 from τ; the relative entropy used to be clipped to 0.
        using var cli = new CliRunner();
        var (exit, stderr) = cli.RunFile(CliRunner.RepositoryFile("examples/models/eq9_indirect.json"), "--no-plots");
        Assert.True(exit == 0, stderr);
        var ss = cli.Result().GetProperty("steady_state");
        Assert.True(ss.GetProperty("minimum_eigenvalue").GetDouble() < -1e-9);
        Assert.True(ss.GetProperty("trace_distance_to_gibbs").GetDouble() > 1e-4);
        Assert.Equal(JsonValueKind.Null, ss.GetProperty("relative_entropy_to_gibbs").ValueKind);
        Assert.Contains("not positive", ss.GetProperty("relative_entropy_to_gibbs_undefined").GetString());
    }

    [Fact]
    public void SteadyState_FromEvolution_IsNotReportedUnique()
    {
        // qubit 1 has no bath and commutes with H: ⟨Z_1⟩ is conserved, the long-time state depends on the initial state
        const string model = """
            {
              "qubits": 2,
              "hamiltonian": [ { "pauli": "Z0", "coef": 1.0 }, { "pauli": "Z1", "coef": 0.5 } ],
              "baths": [ { "coupling": [ { "pauli": "X0", "coef": 1.0 } ],
                           "spectral_density": { "kind": "ohmic", "alpha": 0.01, "cutoff": 5.0 }, "temperature": 0.3 } ],
              "equation": { "kind": "lindblad", "lamb_shift": false },
              "initial_state": { "kind": "excited" }
            }
            """;
        using var cli = new CliRunner();
        var (exit, stderr) = cli.Run(model, "free_qubit.json", "--no-plots");
        Assert.True(exit == 0, stderr);
        var ss = cli.Result().GetProperty("steady_state");
        Assert.False(ss.GetProperty("unique").GetBoolean());
        Assert.Equal(1.0, ss.GetProperty("bloch")[1][2].GetDouble(), 6);   // qubit 1 stays excited
    }
}
