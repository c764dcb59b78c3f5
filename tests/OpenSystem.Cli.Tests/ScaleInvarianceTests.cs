using System.Globalization;

namespace OpenSystem.Cli.Tests;

/// <summary>
/// Units are the user's: multiplying every energy (H, cutoff, T) by s leaves alpha and every state unchanged (time
/// scales as 1/s). The degeneracy grouping is relative to the model's own spectral width, so the steady state of a
/// rescaled model is the same state.
/// </summary>
public class ScaleInvarianceTests
{
    private static string Model(double s, string equation) => string.Format(CultureInfo.InvariantCulture, """
        {{"qubits": 2,
         "hamiltonian": [{{"pauli": "Z0", "coef": {0:R}}}, {{"pauli": "Z1", "coef": {1:R}}}, {{"pauli": "X0 Z1", "coef": {2:R}}}, {{"pauli": "X0 X1", "coef": {2:R}}}],
         "baths": [{{"every_qubit": "X", "spectral_density": {{"kind": "ohmic", "alpha": 0.001, "cutoff": {3:R}}}, "temperature": {4:R}}}],
         "equation": {5}}}
        """, 0.1 * s, 0.5 * s, 0.035 * s, 5.0 * s, 0.2 * s, equation);

    [Theory]
    [InlineData(1e-11, "{\"kind\": \"lindblad\", \"lamb_shift\": false}")]
    [InlineData(1e-11, "{\"kind\": \"redfield\", \"lamb_shift\": true}")]
    [InlineData(1e-11, "{\"kind\": \"redfield\", \"lamb_shift\": false}")]
    [InlineData(1e4, "{\"kind\": \"lindblad\", \"lamb_shift\": true}")]
    public void RescaledModel_HasTheSameSteadyState(double s, string equation)
    {
        using var reference = new CliRunner();
        using var scaled = new CliRunner();
        var (exitReference, stderrReference) = reference.Run(Model(1, equation), extra: "--no-plots");
        var (exitScaled, stderrScaled) = scaled.Run(Model(s, equation), extra: "--no-plots");
        Assert.True(exitReference == 0, stderrReference);
        Assert.True(exitScaled == 0, stderrScaled);
        var a = reference.Result().GetProperty("steady_state").GetProperty("bloch");
        var b = scaled.Result().GetProperty("steady_state").GetProperty("bloch");
        for (int q = 0; q < 2; q++)
            for (int k = 0; k < 3; k++)
                Assert.Equal(a[q][k].GetDouble(), b[q][k].GetDouble(), 1e-7);
        double gibbsDistance = scaled.Result().GetProperty("steady_state").GetProperty("trace_distance_to_gibbs").GetDouble();
        if (!equation.Contains("\"lamb_shift\": true", StringComparison.Ordinal) || equation.Contains("lindblad", StringComparison.Ordinal))
            Assert.True(gibbsDistance < 1e-9, $"Davies and Redfield without the Lamb shift relax to the Gibbs state; distance {gibbsDistance:E2}");
    }
}
