using System.Numerics;
using OpenSystem.Dynamics;

namespace OpenSystem.Dynamics.Tests;

/// <summary>Conventions fixed by the model-file spec: Z sign, qubit order, Pauli matrices, emission sign.</summary>
public class ConventionTests
{
    private static readonly QubitRegister Two = new(2);

    [Fact]
    public void PauliZ_OnExcitedState_HasEigenvaluePlusOne()
    {
        var z = PauliSum.Of("Z0", 1).ToMatrix(new QubitRegister(1));
        Assert.Equal(1.0, z[0, 0].Real);     // basis order (|e>, |g>)
        Assert.Equal(-1.0, z[1, 1].Real);
        Assert.Equal(1.0, DensityMatrix.Excited(new QubitRegister(1)).Bloch(0).Z, 15);
        Assert.Equal(-1.0, DensityMatrix.Ground(new QubitRegister(1)).Bloch(0).Z, 15);
    }

    [Fact]
    public void HalfZ0_GroundState_IsAllG()
    {
        var basis = new EnergyBasis(PauliSum.Of("Z0", 0.5).ToMatrix(new QubitRegister(1)));
        Assert.Equal(-0.5, basis.Energies[0], 15);
        Assert.Equal(1.0, basis.Vectors[1, 0].Magnitude, 15);   // ground state is |g> = index 1
    }

    [Fact]
    public void QubitOrdering_Qubit0_IsDocumentedKroneckerFactor()
    {
        // Z0 = Z (x) I: on basis index 1 = |e>|g>, qubit 0 is excited and qubit 1 is ground.
        var z0 = PauliSum.Of("Z0", 1).ToMatrix(Two);
        var z1 = PauliSum.Of("Z1", 1).ToMatrix(Two);
        Assert.Equal(new[] { 1.0, 1.0, -1.0, -1.0 }, Enumerable.Range(0, 4).Select(i => z0[i, i].Real));
        Assert.Equal(new[] { 1.0, -1.0, 1.0, -1.0 }, Enumerable.Range(0, 4).Select(i => z1[i, i].Real));
        var state = DensityMatrix.Product(Two, [(0, 0, 1), (0, 0, -1)]);
        Assert.Equal(1.0, state.Matrix[1, 1].Real, 15);
    }

    [Fact]
    public void PauliY_HasSpecSigns()
    {
        var y = PauliSum.Of("Y0", 1).ToMatrix(new QubitRegister(1));
        Assert.Equal(-Complex.ImaginaryOne, y[0, 1]);
        Assert.Equal(Complex.ImaginaryOne, y[1, 0]);
        // the spec's lowering operator |g><e| = (X - iY)/2
        var lower = new PauliSum([new(PauliString.Parse("X0"), 0.5), new(PauliString.Parse("Y0"), new Complex(0, -0.5))]).ToMatrix(new QubitRegister(1));
        Assert.Equal(Complex.One, lower[1, 0]);
        Assert.Equal(Complex.Zero, lower[0, 1]);
    }

    [Fact]
    public void PauliString_ProductOfFactors_MatchesKroneckerProduct()
    {
        var xz = PauliSum.Of("X0 Z1", 1).ToMatrix(Two);
        var expected = PauliSum.Of("X0", 1).ToMatrix(new QubitRegister(1)).KroneckerProduct(PauliSum.Of("Z0", 1).ToMatrix(new QubitRegister(1)));
        Assert.True((xz - expected).FrobeniusNorm() < 1e-15);
    }

    [Fact]
    public void ProductState_BlochVectors_RoundTrip()
    {
        var state = DensityMatrix.Product(new QubitRegister(3), [(0.3, -0.4, 0.5), (0, 0, -1), (0.6, 0.8, 0)]);
        var b0 = state.Bloch(0); var b2 = state.Bloch(2);
        Assert.Equal((0.3, -0.4, 0.5), (Math.Round(b0.X, 14), Math.Round(b0.Y, 14), Math.Round(b0.Z, 14)));
        Assert.Equal((0.6, 0.8, 0.0), (Math.Round(b2.X, 14), Math.Round(b2.Y, 14), Math.Round(b2.Z, 14)));
    }

    [Fact]
    public void JumpOperator_PositiveFrequency_LowersEnergy()
    {
        // Emission is positive ω: at T = 0 a qubit relaxes to |g> (Z = -1) under every global equation.
        var system = new OpenQuantumSystem(new QubitRegister(1), PauliSum.Of("Z0", 0.5),
            [new BathCoupling(PauliSum.Of("X0", 1), TestSystems.Ohmic(1e-2, 0.0))]);
        foreach (MasterEquation eq in new MasterEquation[] { new Redfield(false), new GlobalLindblad(), new LocalLindblad() })
        {
            var ss = new SteadyStateSolver().Solve(eq.Build(system));
            Assert.Equal(-1.0, ss.State.Bloch(0).Z, 10);
        }
    }

    [Theory]
    [InlineData("X0 X0")]
    [InlineData("Q1")]
    [InlineData("X")]
    [InlineData("")]
    [InlineData("X-1")]
    public void PauliString_Malformed_Throws(string text) => Assert.Throws<FormatException>(() => PauliString.Parse(text));

    [Fact]
    public void PauliString_Identity_ParsesAsI()
    {
        var m = PauliSum.Of("I", 2.0).ToMatrix(Two);
        Assert.True((m - 2.0 * MathNet.Numerics.LinearAlgebra.Matrix<Complex>.Build.DenseIdentity(4)).FrobeniusNorm() < 1e-15);
    }

    [Fact]
    public void BathCoupling_NonHermitian_ThrowsNamingOperator()
    {
        var op = new PauliSum([new(PauliString.Parse("X0"), new Complex(1, 0.5))]);
        var ex = Assert.Throws<ArgumentException>("operator", () => new BathCoupling(op, TestSystems.Ohmic(1e-3, 0.1)));
        Assert.Contains("Hermitian", ex.Message);
    }
}
