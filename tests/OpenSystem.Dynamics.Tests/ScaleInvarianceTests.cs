using OpenSystem.Baths;
using OpenSystem.Dynamics;

namespace OpenSystem.Dynamics.Tests;

/// <summary>
/// Issue 13(a, b): under H → c H, T → c T, ω_c → c ω_c with α fixed the generator is c L, so its steady state cannot
/// change. Davies and Redfield without the Lamb shift have the Gibbs state as exact steady state at every scale; the
/// Bohr-frequency grouping (<see cref="Tolerances.Degeneracy"/>) is relative to the model's own energy scale.
/// </summary>
public class ScaleInvarianceTests
{
    private static OpenQuantumSystem Scaled(double c)
    {
        // issue 13(a): Z0 1, Z1 5, X0 Z1 0.35, X0 X1 0.35 (times c), baths on X0 and X1, α 1e-3, T 0.2 c, ω_c 5 c
        var h = new PauliSum([
            new(PauliString.Parse("Z0"), 1.0 * c), new(PauliString.Parse("Z1"), 5.0 * c),
            new(PauliString.Parse("X0 Z1"), 0.35 * c), new(PauliString.Parse("X0 X1"), 0.35 * c)]);
        var bath = new BosonicBath(new OhmicSpectralDensity(1e-3, 5.0 * c), 0.2 * c);
        var couplings = new[] { new BathCoupling(PauliSum.Of("X0", 1), bath), new BathCoupling(PauliSum.Of("X1", 1), bath) };
        return new OpenQuantumSystem(new QubitRegister(2), h, couplings);
    }

    public static TheoryData<string, double> Cases()
    {
        var data = new TheoryData<string, double>();
        foreach (var kind in new[] { "davies", "redfield" })
        {
            foreach (var c in new[] { 1e-11, 1.0, 1e6 })
                data.Add(kind, c);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void SteadyState_IsTheGibbsState_AtEveryEnergyScale(string kind, double c)
    {
        var system = Scaled(c);
        MasterEquation equation = kind == "davies" ? new GlobalLindblad(IncludeLambShift: false) : new Redfield(IncludeLambShift: false);
        var steady = new SteadyStateSolver().Solve(equation.Build(system));
        var tau = TestSystems.Diagonal(TestSystems.GibbsPopulations(system.Basis, 0.2 * c));
        var diff = steady.Represented.In(system.Basis).Matrix - tau;
        Assert.True(TestSystems.MaxAbs(diff) < 1e-9, $"{kind} at c = {c:E0}: max |rho_ss - tau| = {TestSystems.MaxAbs(diff):E2}");
        for (int q = 0; q < 2; q++)
            Assert.True(steady.State.Bloch(q).Length <= 1 + 1e-12, $"Bloch length {steady.State.Bloch(q).Length}");
    }

    [Fact]
    public void DegeneracyTolerance_ScalesWithTheSpectrum()
    {
        double[] e = [-3e-11, -1e-11, 1e-11, 3e-11];
        // relative part (1e-9 of the width) plus the rounding floor (64 ε max |E|)
        Assert.Equal(1.0, Tolerances.Degeneracy(e) / (Tolerances.BohrDegeneracy * 6e-11 + Tolerances.RoundingFloor * 3e-11), 12);
        Assert.Equal(1.0, Tolerances.Degeneracy([2.5, 2.5]) / ((Tolerances.BohrDegeneracy + Tolerances.RoundingFloor) * 2.5), 12);   // H = c I: |E| sets the scale
        Assert.Equal(0.0, Tolerances.Degeneracy([0.0, 0.0]));
        // the Bohr frequencies 2e-11 and 4e-11 stay distinct (the old absolute 1e-9 merged all of them into 0)
        var bohr = new BohrFrequencies(e);
        Assert.NotEqual(bohr.GroupOf(0, 1), bohr.GroupOf(0, 2));
        Assert.NotEqual(0.0, bohr.Frequency(bohr.GroupOf(0, 1)));
    }
}
