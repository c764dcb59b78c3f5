using System.Globalization;
using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Models.Tests;

/// <summary>
/// The families' physics: the target's coherence C = |⟨X0 + iY0⟩| in the ground state (the T = 0 Gibbs state) against
/// the paper's closed forms, which are exact at T = 0 (Eq. 15 for C1, Eq. C9 for C7), and against the reference value
/// of Fig. 3b for C4 (exact diagonalisation in extended precision).
/// </summary>
public class FamilyGroundStateTests
{
    [Theory]
    [InlineData(4, 1.0, 0.5, 0.25)]
    [InlineData(3, 0.7, 1.2, 0.4)]
    public void C1_GroundCoherence_IsEquation15(int n, double omegaTarget, double omegaAncilla, double g)
    {
        double c = TargetCoherence(Family("c1", n, ("omega_target", omegaTarget), ("omega_ancilla", omegaAncilla), ("g", g)), n + 1);
        // C = Σγ / √((Σγ)² + ω₁²) with Σγ = N g.
        double expected = n * g / Math.Sqrt(n * g * n * g + omegaTarget * omegaTarget);
        Assert.Equal(expected, c, 1e-12);
    }

    [Theory]
    [InlineData(2, 1.0, 0.5, 1.3, 0.5, 0.5)]
    [InlineData(3, 0.8, 1.1, 0.6, 0.3, 0.7)]
    public void C7_GroundCoherence_IsEquationC9(int n, double omegaTarget, double omegaMediator, double omegaAncilla, double g, double theta)
    {
        double c = TargetCoherence(Family("c7", n, ("omega_target", omegaTarget), ("omega_mediator", omegaMediator),
            ("omega_ancilla", omegaAncilla), ("g", g), ("theta", theta)), n + 2);
        // C₀ = Nθγ / √((Nθγ)² + ω₀²[(Nγ)² + ω₁²]), ω₁ the mediator's frequency.
        double ntg = n * theta * g;
        double expected = ntg / Math.Sqrt(ntg * ntg + omegaTarget * omegaTarget * (n * g * n * g + omegaMediator * omegaMediator));
        Assert.Equal(expected, c, 1e-12);
    }

    [Fact]
    public void C4_GroundCoherence_IsTheFig3bReference()
    {
        // Fig. 3b: ω_T = 1, ω_j = 0.5, γ_j = θ_j = 0.5, N = 2, T = 0: C_T = 0.343964726614632.
        double c = TargetCoherence(Family("c4", 2, ("omega_target", 1.0), ("omega_ancilla", 0.5), ("g", 0.5), ("theta", 0.5)), 3);
        Assert.Equal(0.343964726614632, c, 1e-12);
    }

    private static string Family(string name, int n, params (string Key, double Value)[] parameters) =>
        $$"""{"name": "{{name}}", "ancillas": {{n}}, {{string.Join(", ", parameters.Select(p => $"\"{p.Key}\": {p.Value.ToString("R", CultureInfo.InvariantCulture)}"))}}}""";

    private static double TargetCoherence(string family, int qubits)
    {
        var h = FamilyTests.Hamiltonian(family, qubits);
        var evd = h.Evd(Symmetricity.Hermitian);
        int ground = Enumerable.Range(0, h.RowCount).MinBy(i => evd.EigenValues[i].Real);
        var psi = evd.EigenVectors.Column(ground);
        Complex[,] y = { { 0, -Complex.ImaginaryOne }, { Complex.ImaginaryOne, 0 } };
        var raising = FamilyTests.Op(qubits, (0, FamilyTests.X)) + Complex.ImaginaryOne * FamilyTests.Op(qubits, (0, y));
        return psi.ConjugateDotProduct(raising * psi).Magnitude;
    }
}
