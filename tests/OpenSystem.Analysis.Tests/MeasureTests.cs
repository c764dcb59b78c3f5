using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Analysis;
using OpenSystem.Dynamics;
using OpenSystem.Paper;

namespace OpenSystem.Analysis.Tests;

/// <summary>Gibbs construction, distances, coherence measures and symmetry tests.</summary>
public class MeasureTests
{
    [Fact]
    public void GibbsState_PopulationRatio_IsBoltzmannFactor()
    {
        var system = new OpenQuantumSystem(new QubitRegister(1), PauliSum.Of("Z0", 0.5));
        var p = GibbsState.Populations(system.Basis, 0.25);
        Assert.Equal(Math.Exp(-1.0 / 0.25), p[1] / p[0], 14);
    }

    [Fact]
    public void GibbsState_VeryLowTemperature_IsFiniteAndPure()
    {
        var system = new OpenQuantumSystem(new QubitRegister(2), PaperModels.Eq9(1, 0.5, 0.5, 1) + PauliSum.Of("Z0 Z1", 300.0));
        var p = GibbsState.Populations(system.Basis, 1e-4);
        Assert.All(p, x => Assert.True(double.IsFinite(x)));
        Assert.Equal(1.0, p[0], 15);
    }

    [Fact]
    public void GibbsState_ZeroTemperature_IsNormalisedGroundSpaceProjector()
    {
        // H = Z0 Z1 has the two-fold ground space {|eg>, |ge>}.
        var system = new OpenQuantumSystem(new QubitRegister(2), PauliSum.Of("Z0 Z1", 1.0));
        var tau = GibbsState.Of(system, 0.0).Matrix;
        Assert.Equal(0.5, tau[1, 1].Real, 15);
        Assert.Equal(0.5, tau[2, 2].Real, 15);
        Assert.Equal(0.0, tau[0, 0].Real, 15);
        Assert.Equal(1.0, tau.Trace().Real, 15);
    }

    [Fact]
    public void TraceDistance_IsHalfTraceNorm()
    {
        var reg = new QubitRegister(1);
        Assert.Equal(1.0, QuantumMeasures.TraceDistance(DensityMatrix.Ground(reg), DensityMatrix.Excited(reg)), 14);
        // two Bloch vectors: D = |r1 - r2| / 2
        var a = DensityMatrix.Product(reg, [(0.3, 0.1, 0.2)]); var b = DensityMatrix.Product(reg, [(-0.2, 0.4, 0.0)]);
        Assert.Equal(Math.Sqrt(0.25 + 0.09 + 0.04) / 2, QuantumMeasures.TraceDistance(a, b), 14);
    }

    [Fact]
    public void LocalCoherence_IsMagnitudeOfXPlusIY()
    {
        var rho = DensityMatrix.Product(new QubitRegister(2), [(0.0, 0.0, -1.0), (0.6, -0.8, 0.0)]);
        var sigmaPlus = new PauliSum([new(PauliString.Parse("X1"), 1), new(PauliString.Parse("Y1"), Complex.ImaginaryOne)]);
        var expectation = DenseTrace(rho.Matrix * sigmaPlus.ToMatrix(rho.Register));
        Assert.Equal(expectation.Magnitude, QuantumMeasures.LocalCoherence(rho.Bloch(1)), 14);
        Assert.Equal(1.0, QuantumMeasures.LocalCoherence(rho.Bloch(1)), 14);
        Assert.Equal(0.0, QuantumMeasures.LocalCoherence(rho.Bloch(0)), 14);
    }

    [Fact]
    public void PhaseQfi_EqualsCoherenceSquared_AndPureStateVariance()
    {
        // For a pure qubit state F_Q = 4 Var(σᶻ/2) = 1 - z² = x² + y².
        var b = (0.6, 0.0, 0.8);
        Assert.Equal(1 - 0.64, QuantumMeasures.PhaseQuantumFisherInformation(b), 14);
        Assert.Equal(Math.Pow(QuantumMeasures.LocalCoherence(b), 2), QuantumMeasures.PhaseQuantumFisherInformation(b), 14);
    }

    [Fact]
    public void RelativeEntropyOfCoherence_PlusState_IsLn2()
    {
        Assert.Equal(Math.Log(2), QuantumMeasures.RelativeEntropyOfCoherence((1, 0, 0)), 14);
        Assert.Equal(0.0, QuantumMeasures.RelativeEntropyOfCoherence((0, 0, 0.7)), 14);
    }

    [Fact]
    public void RelativeEntropyToGibbs_VanishesOnGibbs_AndIsPositiveElsewhere()
    {
        var p = new[] { 0.7, 0.2, 0.1 };
        var tau = Matrix<Complex>.Build.DenseOfDiagonalArray(p.Select(x => new Complex(x, 0)).ToArray());
        Assert.Equal(0.0, QuantumMeasures.RelativeEntropyToGibbs(tau, p).Value!.Value, 14);
        var other = Matrix<Complex>.Build.DenseOfDiagonalArray([0.5, 0.3, 0.2]);
        double expected = 0.5 * Math.Log(0.5 / 0.7) + 0.3 * Math.Log(0.3 / 0.2) + 0.2 * Math.Log(0.2 / 0.1);
        Assert.Equal(expected, QuantumMeasures.RelativeEntropyToGibbs(other, p).Value!.Value, 13);
    }

    [Fact]
    public void RelativeEntropyToGibbs_OfANonPositiveState_IsUndefinedWithAReason()
    {
        // Hermitian, trace 1, eigenvalues 0.6 ± 0.5 → 1.1 and −0.1 on the first two levels: ln ρ does not exist. The old
        // code clipped this to max(0, s) and reported a relative entropy of 0, as if ρ were the Gibbs state.
        var p = new[] { 0.6, 0.3, 0.1 };
        var rho = Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 0.5, 0.5, 0 }, { 0.5, 0.5, 0 }, { 0, 0, 0 } });
        rho[0, 0] = 0.5;
        rho[1, 1] = 0.5;
        rho[0, 1] = 0.6;
        rho[1, 0] = 0.6;
        var s = QuantumMeasures.RelativeEntropyToGibbs(rho, p);
        Assert.False(s.IsDefined);
        Assert.Null(s.Value);
        Assert.Contains("not positive", s.Reason);
        Assert.Contains("-1.00E-001", s.Reason);
    }

    [Fact]
    public void RelativeEntropyToGibbs_OutsideTheSupportOfAZeroTemperatureGibbsState_IsUndefined()
    {
        var p = new[] { 1.0, 0.0 };
        var rho = Matrix<Complex>.Build.DenseOfDiagonalArray([0.5, 0.5]);
        var s = QuantumMeasures.RelativeEntropyToGibbs(rho, p);
        Assert.Null(s.Value);
        Assert.Contains("infinite", s.Reason);
    }

    [Fact]
    public void Z2Symmetry_Eq5_ForbidsCoherenceOfQubit1Only()
    {
        var forbidden = Z2Symmetry.ForbiddenCoherence(PaperModels.Eq5(1, 0.5, 0.5), 2);
        Assert.Null(forbidden[0]);
        Assert.Equal([1], forbidden[1]!);
        Assert.False(Z2Symmetry.CommutesWithGlobalParity(PaperModels.Eq9(1, 0.5, 0.5, 1), 2));
    }

    private static Complex DenseTrace(Matrix<Complex> m) => m.Trace();
}
