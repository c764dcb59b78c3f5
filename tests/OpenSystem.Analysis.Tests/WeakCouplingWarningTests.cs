using System.Globalization;
using OpenSystem.Analysis;
using OpenSystem.Baths;
using OpenSystem.Dynamics;

namespace OpenSystem.Analysis.Tests;

/// <summary>
/// Issue 11, item 5: `run` warns when the coupling is too strong for a second-order treatment, with the number that
/// triggered it: the relative Lamb shift of a transition (<see cref="LambShiftCheck"/>) and the size of the mean-force
/// correction ½‖ρ_MF − ρ_G‖₁ (<see cref="MeanForceReport.CorrectionThreshold"/>).
/// </summary>
public class WeakCouplingWarningTests
{
    private const double Cutoff = 5.0;

    private static OpenQuantumSystem Qubit(PauliSum coupling, double alpha, double t) =>
        new(new QubitRegister(1), PauliSum.Of("Z0", 0.5), [new BathCoupling(coupling, new BosonicBath(new OhmicSpectralDensity(alpha, Cutoff), t))]);

    private static List<string> Warnings(OpenQuantumSystem system)
    {
        var warnings = new List<string>();
        MeanForceReport.Of(system, new StateObservables(system, null), warnings.Add);
        return warnings;
    }

    // Ei(x) and E1(x) for small x > 0 by their power series (x = 0.2 here: 30 terms are exact to round-off).
    private static double Series(double x, int sign)
    {
        double sum = 0.0;
        double term = 1.0;
        for (int k = 1; k < 30; k++)
        {
            term *= sign * x / k;
            sum += term / k;
        }
        return 0.57721566490153286 + Math.Log(x) + sum;
    }

    [Fact]
    public void LambShift_QubitAtZeroTemperature_IsTheClosedFormRelativeShift_AndLinearInAlpha()
    {
        // T = 0, J = α ω e^{−ω/Ω}: S(ω) − S(0) = α ω e^{−ω/Ω} Ei(ω/Ω) for ω > 0 and α|ω| e^{|ω|/Ω} E1(|ω|/Ω) for ω < 0
        // (principal values of ∫J(v)/(ω − v) dv); H = Z/2 and A = X connect |g⟩ and |e⟩ with |A_ge|² = 1 at ω = 1.
        double x = 1.0 / Cutoff;
        double emission = Math.Exp(-x) * Series(x, 1);
        double absorption = Math.Exp(x) * -Series(x, -1);
        double expected = Math.Max(Math.Abs(emission), Math.Abs(absorption));
        foreach (double alpha in new[] { 0.05, 0.1 })
        {
            var worst = LambShiftCheck.Largest(Qubit(PauliSum.Of("X0", 1.0), alpha, 0.0))!.Value;
            Assert.Equal(0, worst.Bath);
            Assert.Equal(1.0, Math.Abs(worst.Omega), 12);
            Assert.True(Math.Abs(worst.Ratio / (alpha * expected) - 1) < 1e-9, $"r = {worst.Ratio:R}, closed form {alpha * expected:R}");
        }
    }

    [Fact]
    public void LambShift_WarningAppearsAboveTheThreshold_WithTheRatio()
    {
        // r = 1.4934 α here: α = 0.05 gives 0.075 (below 0.1), α = 0.1 gives 0.149 (above).
        var weak = Warnings(Qubit(PauliSum.Of("X0", 1.0), 0.05, 0.0));
        Assert.DoesNotContain(weak, w => w.Contains("relative Lamb shift", StringComparison.Ordinal));
        var strong = Qubit(PauliSum.Of("X0", 1.0), 0.1, 0.0);
        var ratio = LambShiftCheck.Largest(strong)!.Value.Ratio;
        var warning = Assert.Single(Warnings(strong), w => w.Contains("relative Lamb shift", StringComparison.Ordinal));
        Assert.Contains(ratio.ToString("G3", CultureInfo.InvariantCulture), warning, StringComparison.Ordinal);
        Assert.Contains("too strong for a second-order treatment", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void LambShift_DegenerateLevelsAreSkipped_AndNoBathGivesNothing()
    {
        // Two identical uncoupled qubits with a common Z0 − Z1 coupling: A is diagonal, so it connects no pair of
        // distinct levels (|01⟩ and |10⟩ are degenerate and A does not connect them anyway): no ratio at any α.
        var register = new QubitRegister(2);
        var h = PauliSum.Of("Z0", 0.5) + PauliSum.Of("Z1", 0.5);
        var bath = new BosonicBath(new OhmicSpectralDensity(1.0, Cutoff), 0.3);
        var system = new OpenQuantumSystem(register, h, [new BathCoupling(PauliSum.Of("Z0", 1.0) + PauliSum.Of("Z1", -1.0), bath)]);
        Assert.Null(LambShiftCheck.Largest(system));
        var none = new OpenQuantumSystem(register, h, [], [new JumpChannel(PauliSum.Of("X0", 1.0), 0.1)]);
        Assert.Null(LambShiftCheck.Largest(none));
    }

    [Fact]
    public void MeanForceCorrection_WarningAppearsAboveTheThreshold_WithTheTraceDistance()
    {
        // The composite qubit at T = 0.1: ½‖ρ_MF − ρ_G‖₁ = 3.035e-3 at α = 1e-3 and linear in α, so α = 0.02 gives 0.061
        // (no warning) and α = 0.05 gives 0.152 (warning with that number).
        var composite = PauliSum.Of("X0", 1.0) + PauliSum.Of("Z0", 1.0);
        var weak = Warnings(Qubit(composite, 0.02, 0.1));
        Assert.DoesNotContain(weak, w => w.Contains("not small against the Gibbs state", StringComparison.Ordinal));
        var strong = Qubit(composite, 0.05, 0.1);
        double distance = MeanForceGibbsState.Of(strong).TraceDistanceToGibbs;
        Assert.InRange(distance, 0.14, 0.16);
        var warning = Assert.Single(Warnings(strong), w => w.Contains("not small against the Gibbs state", StringComparison.Ordinal));
        Assert.Contains(distance.ToString("G3", CultureInfo.InvariantCulture), warning, StringComparison.Ordinal);
    }
}
