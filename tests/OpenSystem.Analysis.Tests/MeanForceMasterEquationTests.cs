using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Analysis;
using OpenSystem.Baths;
using OpenSystem.Dynamics;

namespace OpenSystem.Analysis.Tests;

/// <summary>
/// How the master equations relate to the mean-force state: Bloch–Redfield with the Lamb shift gets the coherences between
/// distinct levels right to O(α²) but the populations only to O(α) (Fleming and Cummings, PRE 83, 031117 (2011);
/// Thingna, Wang and Hänggi, JCP 136, 194110 (2012)); Davies relaxes to ρ_G, not ρ_MF.
/// </summary>
public class MeanForceMasterEquationTests
{
    private static OpenQuantumSystem Network(double alpha, double t)
    {
        var register = new QubitRegister(2);
        var h = PauliSum.Of("Z0", 0.45) + PauliSum.Of("Z1", 0.8) + PauliSum.Of("X0 X1", 0.12) + PauliSum.Of("Z0 X1", 0.07);
        var a0 = PauliSum.Of("X0", 1) + PauliSum.Of("Z0", 0.6);
        var a1 = PauliSum.Of("X1", 1) + PauliSum.Of("X0", 0.3);
        var bath = new BosonicBath(new OhmicSpectralDensity(alpha, 5.0), t);
        return new OpenQuantumSystem(register, h, [new BathCoupling(a0, bath), new BathCoupling(a1, bath)]);
    }

    private static (double Coherences, double Populations) Differences(double alpha, double t)
    {
        var system = Network(alpha, t);
        var mf = MeanForceGibbsState.Of(system);
        var steady = new SteadyStateSolver().Solve(new Redfield(true).Build(system)).State;
        var diff = system.Basis.ToEigen(steady.Matrix) - mf.EnergyBasisMatrix;
        double coherences = 0, populations = 0;
        for (int n = 0; n < diff.RowCount; n++)
            for (int m = 0; m < diff.ColumnCount; m++)
                if (n == m) populations = Math.Max(populations, diff[n, n].Magnitude);
                else coherences = Math.Max(coherences, diff[n, m].Magnitude);
        return (coherences, populations);
    }

    [Fact]
    public void RedfieldWithLambShift_Coherences_AgreeToSecondOrder_PopulationsToFirst()
    {
        const double t = 0.3;
        var big = Differences(1e-2, t);
        var mid = Differences(1e-3, t);
        var small = Differences(1e-4, t);
        Assert.InRange(big.Coherences / mid.Coherences, 70.0, 130.0);
        Assert.InRange(mid.Coherences / small.Coherences, 70.0, 130.0);
        Assert.InRange(big.Populations / mid.Populations, 8.0, 12.0);
        Assert.InRange(mid.Populations / small.Populations, 8.0, 12.0);
    }

    [Fact]
    public void Davies_SteadyState_IsGibbsNotMeanForce()
    {
        var system = Network(1e-3, 0.3);
        var mf = MeanForceGibbsState.Of(system);
        var davies = new SteadyStateSolver().Solve(new GlobalLindblad(true).Build(system)).State;
        Assert.True(QuantumMeasures.TraceDistance(davies, mf.Gibbs) < 1e-9);
        double toMeanForce = QuantumMeasures.TraceDistance(davies, mf.State);
        Assert.Equal(mf.TraceDistanceToGibbs, toMeanForce, 8);
        Assert.True(toMeanForce > 1e-4, $"the mean-force correction is {toMeanForce:E2}");
    }
}
