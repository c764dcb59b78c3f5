using OpenSystem.Analysis;
using OpenSystem.Baths;
using OpenSystem.Dynamics;
using OpenSystem.Paper;

namespace OpenSystem.Analysis.Tests;

/// <summary>
/// The coherence benchmark of <c>opensystem benchmark</c>: the engineered-bath reference against formula (P1), each column
/// against the route it names (dense Gibbs state, the steady state <c>run</c> reports), the crossing temperature.
/// </summary>
public class CoherenceBenchmarkTests
{
    private static readonly double[] Temperatures = [0.05, 0.2, 1.0, 3.0];

    private static void AssertRel(double expected, double? actual, double tol) =>
        Assert.True(actual is double a && Math.Abs(a - expected) <= tol * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");

    private static OpenQuantumSystem Qubit(PauliSum h, PauliSum coupling, ISpectralDensity j) =>
        new(new QubitRegister(1), h, [new BathCoupling(coupling, new BosonicBath(j, 0.1))]);

    [Fact]
    public void CompositeQubit_EngineeredReference_EqualsMeanForce_EqualsFormulaP1()
    {
        // A = σᶻ + σˣ is its own reference ((|a|/√2)(X + Z) with |a| = √2), and its MFGS coherence is (P1) with ab = 1
        var composite = new CompositeBenchmark();
        var result = CoherenceBenchmark.Run(composite.System(0.1), Temperatures);
        Assert.Equal(Temperatures.Length, result.Rows.Count);
        foreach (var row in result.Rows)
        {
            double p1 = composite.Coherence(row.Temperature);
            AssertRel(p1, row.Engineered.Value, 1e-8);
            AssertRel(p1, row.MeanForce.Value, 1e-8);
            AssertRel(1.0, row.MeanForceToEngineered.Value, 1e-8);
            Assert.Equal(0.0, row.Gibbs, 15);   // H = σᶻ/2 alone has no coherence
        }
        Assert.Equal(1.0, result.Frequencies[0], 15);
        Assert.False(result.Crossings[0].IsDefined);
        Assert.Contains("below the engineered-bath reference at every temperature", result.Crossings[0].Reason);
    }

    [Theory]
    [InlineData(0.6, 0.8)]
    [InlineData(0.0, 1.3)]
    [InlineData(-0.5, 0.2)]
    public void Reference_KeepsTheCouplingNorm_SplitEquallyIntoXAndZ(double a, double b)
    {
        // A = aσᶻ + bσˣ becomes (|a,b|/√2)(σˣ + σᶻ): (P1) with a = b = √((a² + b²)/2); the MFGS keeps (P1) with ab
        var original = new CompositeBenchmark(A: a, B: b);
        double half = Math.Sqrt((a * a + b * b) / 2);
        var reference = new CompositeBenchmark(A: half, B: half);
        var result = CoherenceBenchmark.Run(original.System(0.1), [0.1, 0.7]);
        foreach (var row in result.Rows)
        {
            AssertRel(reference.Coherence(row.Temperature), row.Engineered.Value, 1e-8);
            if (a * b != 0)
                AssertRel(original.Coherence(row.Temperature), row.MeanForce.Value, 1e-8);
        }
    }

    [Fact]
    public void LocalFrequency_IsTwiceTheSingleQubitField_InteractionsLeftOut()
    {
        var h = PauliSum.Of("X0", 0.3) + PauliSum.Of("Z0", 0.4) + PauliSum.Of("X0 X1", 0.7) + PauliSum.Of("Y1", -0.25) + PauliSum.Of("Z0 Z1", 0.2);
        var bath = new BosonicBath(new OhmicSpectralDensity(1e-3, 5), 0.2);
        var system = new OpenQuantumSystem(new QubitRegister(2), h, [new BathCoupling(PauliSum.Of("X0", 0.5) + PauliSum.Of("X0 X1", 1.0), bath)]);
        Assert.Equal(1.0, EngineeredBathReference.LocalFrequency(system, 0), 14);
        Assert.Equal(0.5, EngineeredBathReference.LocalFrequency(system, 1), 14);
        Assert.Equal([(0, 0.5)], EngineeredBathReference.Couplings(system, 0));
        Assert.Empty(EngineeredBathReference.Couplings(system, 1));   // X0 X1 is not a bath of qubit 1 alone
        var none = EngineeredBathReference.Coherence(system, 1);
        Assert.False(none.IsDefined);
        Assert.Contains("no bath couples to qubit 1", none.Reason);
        // qubit 0 at ω = 1 with |a| = 0.5: (P1) with a = b = 0.5/√2
        var expected = new CompositeBenchmark(A: 0.5 / Math.Sqrt(2), B: 0.5 / Math.Sqrt(2)).Coherence(0.2);
        AssertRel(expected, EngineeredBathReference.Coherence(system, 0).Value, 1e-8);
    }

    [Fact]
    public void Reference_DoesNotDependOnTheAxesOfFieldAndCoupling()
    {
        // a field along x and a coupling along y give the same reference as a field along z and a coupling along x
        var j = new DrudeLorentzSpectralDensity(0.01, 2.0);
        var along = Qubit(PauliSum.Of("Z0", 0.5), PauliSum.Of("X0", 0.8), j);
        var rotated = Qubit(PauliSum.Of("X0", -0.3) + PauliSum.Of("Y0", 0.4), PauliSum.Of("Y0", 0.8), j);
        double expected = EngineeredBathReference.Coherence(along, 0).Value!.Value;
        Assert.True(expected > 1e-4);
        AssertRel(expected, EngineeredBathReference.Coherence(rotated, 0).Value, 1e-12);
    }

    [Fact]
    public void TwoQubitModel_Columns_AreTheRoutesTheyName()
    {
        // Eq. 9 (σˣ₁σᶻ₂ and σˣ₁σˣ₂ couplings) with a σˣ bath on each qubit
        var h = PaperModels.Eq9(0.5, 0.5, 0.5, 1.0);
        var system = PaperModels.WithBathOnEveryQubit(h, 2, 1e-3, 5.0, 0.1);
        var result = CoherenceBenchmark.Run(system, [0.1, 0.5]);
        foreach (var row in result.Rows)
        {
            var atT = system.WithBaths(b => new BosonicBath(b.SpectralDensity, row.Temperature));
            Assert.Equal(GibbsState.Of(atT, row.Temperature).Bloch(row.Qubit).LocalCoherence, row.Gibbs, 14);
            var run = Simulation.Run(atT, new Redfield(true), DensityMatrix.Ground(atT.Register), null);
            Assert.Equal(run.SteadyState.Measurement.Coherence[row.Qubit], row.Redfield.Value!.Value, 12);
            var meanForce = MeanForceReport.Of(atT, new StateObservables(atT, null), _ => { })!;
            Assert.Equal(meanForce.Coherence[row.Qubit], row.MeanForce.Value!.Value, 14);
            // Redfield + Lamb shift and the MFGS agree on coherences to O(α²) relative to the O(1) Gibbs coherence
            Assert.InRange(row.RedfieldToMeanForce.Value!.Value, 0.99, 1.01);
        }
    }

    [Fact]
    public void CrossingTemperature_IsBracketedByTheRowsAroundIt()
    {
        // Eq. 9 target qubit (1/T³ at high T) against the composite reference (1/T²): one crossing in 0.02..3
        var h = PaperModels.Eq9(0.2, Math.Sqrt(5e-3), Math.Sqrt(5e-3), 1.0);
        var system = PaperModels.WithBathOnEveryQubit(h, 2, 1e-3, 5.0, 0.1);
        var t = FigureRunner.Geomspace(0.02, 3, 18);
        var result = CoherenceBenchmark.Run(system, t);
        double crossing = result.Crossings[1].Value!.Value;
        var rows = result.RowsOf(1);
        int k = rows.ToList().FindIndex(r => r.Temperature > crossing);
        Assert.True(k > 0, $"crossing {crossing} outside the grid");
        Assert.True(rows[k - 1].Gibbs >= rows[k - 1].Engineered.Value);
        Assert.True(rows[k].Gibbs < rows[k].Engineered.Value);
        Assert.True(rows[k - 1].GibbsToEngineered.Value >= 1 && rows[k].GibbsToEngineered.Value < 1);
        // the ancilla (ω = 0.2) keeps more intra-system coherence than its reference up to T = 3
        Assert.False(result.Crossings[0].IsDefined);
        Assert.Contains("at or above", result.Crossings[0].Reason);
    }

    [Fact]
    public void ZeroTemperature_MeanForceAndReferenceAreUndefinedWithTheReason_OthersDefined()
    {
        var result = CoherenceBenchmark.Run(new CompositeBenchmark().System(0.1), [0.0, 0.1]);
        var zero = result.Rows[0];
        Assert.False(zero.MeanForce.IsDefined);
        Assert.Contains("temperature > 0", zero.MeanForce.Reason);
        Assert.DoesNotContain("Parameter", zero.MeanForce.Reason);
        Assert.False(zero.Engineered.IsDefined);
        Assert.True(zero.Redfield.IsDefined);
        Assert.Contains("C_mean_force is undefined", zero.RedfieldToMeanForce.Reason);
        Assert.False(result.Points[0].MeanForceTraceDistanceToGibbs.IsDefined);
        Assert.True(result.Points[1].RedfieldTraceDistanceToMeanForce.Value < 1e-2);
    }

    [Fact]
    public void StrongCoupling_IsWarnedAbout_WithTheNumber_ValuesKeptUnclipped()
    {
        var weak = CoherenceBenchmark.Run(new CompositeBenchmark().System(0.1), [0.1]);
        Assert.Empty(weak.Warnings);
        var strong = CoherenceBenchmark.Run(new CompositeBenchmark(Lambda: 0.2).System(0.1), [0.1]);
        double distance = strong.Points[0].MeanForceTraceDistanceToGibbs.Value!.Value;
        Assert.True(distance > CoherenceBenchmark.WeakCorrection);
        Assert.Contains(strong.Warnings, w => w.Contains("not small") && w.Contains(distance.ToString("G3")));
        AssertRel(new CompositeBenchmark(Lambda: 0.2).Coherence(0.1), strong.Rows[0].MeanForce.Value, 1e-8);   // still (P1), linear in λ
    }

    [Theory]
    [InlineData(new[] { 0.2, 0.1 })]
    [InlineData(new[] { 0.1, 0.1 })]
    [InlineData(new[] { -0.1 })]
    [InlineData(new double[0])]
    public void BadTemperatures_Throw_NamingTheProblem(double[] temperatures)
    {
        var ex = Assert.Throws<ArgumentException>(() => CoherenceBenchmark.Run(new CompositeBenchmark().System(0.1), temperatures));
        Assert.Contains("emperature", ex.Message);
    }
}
