using OpenSystem.Baths;

namespace OpenSystem.Dynamics.Tests;

/// <summary>
/// A sub-Ohmic bath at T &gt; 0 has an infinite zero-frequency rate γ(0): a generator may use it only when the coupling has
/// no element between levels of equal energy, and must refuse it (naming ω = 0) otherwise.
/// </summary>
public class SubOhmicGeneratorTests
{
    private static OpenQuantumSystem Qubit(PauliSum coupling, double exponent, double t) =>
        new(new QubitRegister(1), PauliSum.Of("Z0", 0.5), [new BathCoupling(coupling, new BosonicBath(new OhmicSpectralDensity(1e-3, 5.0, exponent), t))]);

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.8)]
    public void TransverseCoupling_DaviesAndRedfieldWithoutLambShift_RelaxToTheGibbsState(double exponent)
    {
        // σˣ has no diagonal element in the eigenbasis of σᶻ/2: only γ(±1) enter, and detailed balance fixes
        // ⟨Z⟩ = −tanh(ω/2T) with ω = 1.
        const double t = 0.3;
        var system = Qubit(PauliSum.Of("X0", 1.0), exponent, t);
        foreach (MasterEquation equation in new MasterEquation[] { new GlobalLindblad(IncludeLambShift: false), new Redfield(IncludeLambShift: false) })
        {
            var steady = new SteadyStateSolver().Solve(equation.Build(system));
            Assert.Equal(-Math.Tanh(0.5 / t), steady.State.Bloch(0).Z, 10);
        }
    }

    [Fact]
    public void CouplingWithADiagonalPart_IsRefusedWithTheReason()
    {
        var system = Qubit(new PauliSum([new(PauliString.Parse("X0"), 1.0), new(PauliString.Parse("Z0"), 1.0)]), 0.5, 0.3);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Redfield(IncludeLambShift: false).Build(system));
        Assert.Contains("sub-Ohmic", ex.Message);
    }
}
