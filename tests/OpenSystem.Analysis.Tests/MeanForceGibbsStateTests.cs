using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Analysis;
using OpenSystem.Baths;
using OpenSystem.Dynamics;

namespace OpenSystem.Analysis.Tests;

/// <summary>
/// The second-order mean-force Gibbs state: the composite qubit against formula (P1), reference values of an independent
/// numpy implementation, the frequency form, commuting couplings (exact polaron shift), exact discrete modes (error ∝ g⁴).
/// </summary>
public class MeanForceGibbsStateTests
{
    private static BosonicBath Ohmic(double alpha, double t, double cutoff = 5.0) => new(new OhmicSpectralDensity(alpha, cutoff), t);

    private static void AssertRel(double expected, double actual, double tol) =>
        Assert.True(Math.Abs(actual - expected) <= tol * Math.Abs(expected), $"expected {expected:R}, got {actual:R}, relative {Math.Abs(actual / expected - 1):E2}");

    private static double MaxAbs(Matrix<Complex> m) => m.Enumerate().Max(z => z.Magnitude);

    public static TheoryData<double, double, double, double> CompositeCases => new()
    {
        { 0.02, 1.0, 1.0, 1e-3 },
        { 0.1, 1.0, 1.0, 1e-3 },
        { 0.5, 1.0, 1.0, 1e-3 },
        { 2.0, 1.0, 1.0, 1e-3 },
        { 0.05, 0.3, -0.7, 1e-2 },
        { 0.8, 0.6, 0.25, 3e-2 },
        { 7.0, 1.0, 1.0, 1e-4 },
    };

    [Theory]
    [MemberData(nameof(CompositeCases))]
    public void CompositeQubit_Coherence_IsFormulaP1(double t, double a, double b, double lambda)
    {
        // H = σᶻ/2, A = aσᶻ + bσˣ, Ohmic Ω = 5: (P1) is the second-order MFGS of this qubit (docs/physics.md §1.3).
        var benchmark = new CompositeBenchmark(A: a, B: b, Lambda: lambda);
        var mf = MeanForceGibbsState.Of(benchmark.System(t));
        var (x, y, _) = mf.State.Bloch(0);
        AssertRel(benchmark.SigmaX(t), x, 1e-8);
        Assert.True(Math.Abs(y) < 1e-15 * Math.Abs(x) + 1e-18);
        AssertRel(benchmark.Coherence(t), QuantumMeasures.LocalCoherence(mf.State.Bloch(0)), 1e-8);
    }

    [Theory]
    [InlineData(0.02, -5.9681535578e-3)]
    [InlineData(0.1, -5.8389694591e-3)]
    [InlineData(0.5, -2.9662994740e-3)]
    [InlineData(2.0, -3.6321307557e-4)]
    public void CompositeQubit_MatchesIndependentNumpyValues(double t, double expected)
    {
        // Independent numpy implementation of the imaginary-time form (H = Z/2, A = X + Z, α = 1e-3, Ω = 5), 11 digits.
        var mf = MeanForceGibbsState.Of(new CompositeBenchmark().System(t));
        AssertRel(expected, mf.State.Bloch(0).X, 2e-10);
        Assert.True(mf.IsPositive);
    }

    [Fact]
    public void CompositeQubit_Populations_MoveMoreThanGibbs()
    {
        // Same numpy reference at T = 0.1: ⟨Z⟩ = −0.99825 for ρ_MF against −0.99991 = −tanh(1/2T) for ρ_G.
        var mf = MeanForceGibbsState.Of(new CompositeBenchmark().System(0.1));
        Assert.Equal(-0.99825, mf.State.Bloch(0).Z, 5);
        Assert.Equal(-Math.Tanh(5.0), mf.Gibbs.Bloch(0).Z, 14);
        Assert.Equal(-0.99991, mf.Gibbs.Bloch(0).Z, 5);
    }

    [Fact]
    public void CompositeQubit_LowTemperature_ApproachesP3AsTSquared()
    {
        // Relative gaps to the T = 0 closed form (P3): 2.2e-4, 5.5e-5, 8.8e-6 at T = 0.01, 0.005, 0.002 (numpy reference).
        var benchmark = new CompositeBenchmark();
        double zero = benchmark.SigmaX(0.0);
        double Gap(double t) => MeanForceGibbsState.Of(benchmark.System(t)).State.Bloch(0).X / zero - 1;
        Assert.Equal(2.2e-4, -Gap(0.01), 5);
        Assert.Equal(5.5e-5, -Gap(0.005), 6);
        Assert.Equal(8.8e-6, -Gap(0.002), 7);
    }

    [Theory]
    [InlineData(0.15)]
    [InlineData(0.6)]
    public void CommutingCouplings_GiveTheExactPolaronShift(double t)
    {
        // [A_b, H] = 0: Tr_B e^{−βH}/Z ∝ e^{−β(H − Σ_b R_b A_b²)} exactly, R_b = ∫J_b/ω = α_b Ω_b, so to first order
        // p_n → p_n [1 + β Σ_b R_b (a_bn² − ⟨a_b²⟩)] with no coherence. A = Z0 alone (A² = I) leaves ρ_G unchanged;
        // the identity part of Z0 + 0.4 I and the common bath Z0 + Z1 do not.
        var register = new QubitRegister(2);
        var h = PauliSum.Of("Z0", 0.5) + PauliSum.Of("Z1", 0.3) + PauliSum.Of("Z0 Z1", 0.2);
        var ops = new[] { PauliSum.Of("Z0", 1.0), PauliSum.Of("Z0", 1.0) + PauliSum.Of("I", 0.4), PauliSum.Of("Z0", 1.0) + PauliSum.Of("Z1", 1.0) };
        var baths = new[] { Ohmic(2e-3, t, 3.0), Ohmic(1e-3, t, 5.0), Ohmic(5e-4, t, 2.0) };
        var system = new OpenQuantumSystem(register, h, ops.Select((op, i) => new BathCoupling(op, baths[i])).ToArray());
        var mf = MeanForceGibbsState.Of(system);
        var hd = h.ToMatrix(register).Diagonal().Select(z => z.Real).ToArray();
        var p = hd.Select(x => Math.Exp(-(x - hd.Min()) / t)).ToArray();
        double z = p.Sum();
        var expected = p.Select(x => x / z).ToArray();
        var shifted = (double[])expected.Clone();
        for (int b = 0; b < ops.Length; b++)
        {
            var a2 = ops[b].ToMatrix(register).Diagonal().Select(c => c.Real * c.Real).ToArray();
            double mean = a2.Select((x, n) => x * expected[n]).Sum();
            double r = ((OhmicSpectralDensity)baths[b].SpectralDensity).Alpha * baths[b].SpectralDensity.Scale;
            for (int n = 0; n < 4; n++) shifted[n] += expected[n] * r / t * (a2[n] - mean);
        }
        var rho = mf.State.Matrix;
        for (int n = 0; n < 4; n++)
            for (int m = 0; m < 4; m++)
                Assert.True((rho[n, m] - (n == m ? shifted[n] : 0.0)).Magnitude < 1e-13, $"rho[{n},{m}] = {rho[n, m]}, expected {(n == m ? shifted[n] : 0.0)}");
        var alone = MeanForceGibbsState.Of(new OpenQuantumSystem(register, h, [new BathCoupling(ops[0], baths[0])]));
        Assert.True(alone.TraceDistanceToGibbs < 1e-14);
    }

    public static TheoryData<string, double> FrequencyFormCases => new()
    {
        { "random", 0.4 },
        { "random", 1.5 },
        { "degenerate", 0.3 },
        { "degenerate", 1.0 },
    };

    [Theory]
    [MemberData(nameof(FrequencyFormCases))]
    public void ImaginaryTimeForm_EqualsFrequencyForm(string kind, double t)
    {
        var system = kind == "random" ? RandomNetwork(20240101, t) : DegenerateNetwork(t);
        var mf = MeanForceGibbsState.Of(system);
        var reference = MeanForceReferences.FrequencyForm(system, t);
        var diff = MaxAbs(mf.EnergyBasisMatrix - reference);
        var correction = MaxAbs(reference - system.Basis.ToEigen(mf.Gibbs.Matrix));
        Assert.True(correction > 1e-4, $"the test needs a visible correction; it is {correction:E2}");
        Assert.True(diff < 1e-10 * correction, $"{kind}, T = {t}: forms differ by {diff:E2} on a correction of size {correction:E2}");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1e-9)]
    [InlineData(3e-6)]
    [InlineData(1e-4)]
    [InlineData(0.05)]
    public void SpectralSum_EqualsNodeByNodeEvaluation_AcrossNearDegeneracy(double split)
    {
        // The fast route sums over nodes first and treats β|E_n − E_m| < 1e-5 by the derivative; the reference route
        // evaluates the bracket with φ(0) = 1 at every node. Splits straddle the threshold (β = 1/0.3).
        const double t = 0.3;
        var register = new QubitRegister(2);
        var h = PauliSum.Of("Z0", 0.5) + PauliSum.Of("Z1", 0.5 + split) + PauliSum.Of("X0 X1", 0.0);
        var common = PauliSum.Of("X0", 1) + PauliSum.Of("X1", 1) + PauliSum.Of("Y0 Y1", 0.2);
        var composite = PauliSum.Of("X1", 1) + PauliSum.Of("Z1", 0.5) + PauliSum.Of("I", 0.3);
        var system = new OpenQuantumSystem(register, h, [new BathCoupling(common, Ohmic(1e-2, t, 3.0)), new BathCoupling(composite, Ohmic(5e-3, t, 5.0))]);
        var kernels = system.Couplings.Select(c => ImaginaryTimeCorrelation.Of(c.Bath)).ToArray();
        var fast = MeanForceGibbsState.Of(system, kernels);
        var reference = MeanForceGibbsState.Of(system, kernels, nodeByNode: true);
        double correction = MaxAbs(reference.State.Matrix - reference.Gibbs.Matrix);
        double diff = MaxAbs(fast.EnergyBasisMatrix - reference.EnergyBasisMatrix);
        Assert.True(diff < 1e-10 * correction, $"split {split}: routes differ by {diff:E2} on a correction of {correction:E2}");
    }

    /// <summary>J(ω) = (2λ/π) γ ω/(ω² + γ²): a 1/ω tail, so K(u) ∝ −ln u at the ends of [0, β].</summary>
    private sealed class Lorentzian(double lambda, double width) : ISpectralDensity
    {
        public double Evaluate(double omega) => omega <= 0 ? 0 : 2 * lambda / Math.PI * width * omega / (omega * omega + width * width);
        public double LowFrequencySlope => 2 * lambda / (Math.PI * width);
        public double LowFrequencyExponent => 1.0;
        public double Scale => width;
        public double VacuumLambShift(double omega) => throw new NotSupportedException();
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(2.0)]
    public void LorentzianBath_QubitCoherence_IsFormulaP1ForThatJ(double t)
    {
        // (P1) holds for any J: ⟨σˣ⟩ = 4ab ∫₀^∞ J(ν)[tanh(ω/2T) coth(ν/2T) − ω/ν]/(ω² − ν²) dν (H = σᶻ/2, A = σᶻ + σˣ,
        // ω = 1), evaluated here by adaptive quadrature with the tail mapped by ν = 2/s.
        var j = new Lorentzian(1e-3, 2.0);
        var system = new OpenQuantumSystem(new QubitRegister(1), PauliSum.Of("Z0", 0.5),
            [new BathCoupling(PauliSum.Of("Z0", 1.0) + PauliSum.Of("X0", 1.0), new BosonicBath(j, t))]);
        double tw = Math.Tanh(1 / (2 * t));
        double F(double nu)
        {
            if (nu <= 0) return j.LowFrequencySlope * (2 * t * tw - 1);
            double den = 1 - nu * nu;
            if (Math.Abs(den) < 1e-12) return 0;
            return j.Evaluate(nu) * (tw / Math.Tanh(nu / (2 * t)) - 1 / nu) / den;
        }
        double Tail(double s) => s <= 0 ? 0 : F(2 / s) * 2 / (s * s);
        double p1 = 4 * (GaussKronrod.Integrate(F, 0, 1) + GaussKronrod.Integrate(F, 1, 2) + GaussKronrod.Integrate(Tail, 0, 1));
        var mf = MeanForceGibbsState.Of(system);
        AssertRel(p1, mf.State.Bloch(0).X, 1e-8);
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.7)]
    public void ImaginaryTimeRule_IsConvergedAtTheDefaultOrder(double t)
    {
        // 20 Gauss–Legendre nodes per panel against 32: the difference is round-off.
        var system = RandomNetwork(11, t);
        var kernels = system.Couplings.Select(c => ImaginaryTimeCorrelation.Of(c.Bath)).ToArray();
        var standard = MeanForceGibbsState.Of(system, kernels);
        var finer = MeanForceGibbsState.Of(system, kernels, nodesPerPanel: 32);
        double correction = MaxAbs(finer.State.Matrix - finer.Gibbs.Matrix);
        Assert.True(finer.QuadratureNodes > standard.QuadratureNodes);
        Assert.True(MaxAbs(standard.State.Matrix - finer.State.Matrix) < 1e-12 * correction);
    }

    [Fact]
    public void State_IsHermitianWithUnitTrace_AndLinearInAlpha()
    {
        var weak = RandomNetwork(7, 0.5, alpha: 1e-3);
        var strong = weak.WithBaths(bath => Ohmic(((OhmicSpectralDensity)bath.SpectralDensity).Alpha * 2, bath.Temperature, bath.SpectralDensity.Scale));
        var a = MeanForceGibbsState.Of(weak);
        var b = MeanForceGibbsState.Of(strong);
        var rho = a.State.Matrix;
        Assert.True(MaxAbs(rho - rho.ConjugateTranspose()) < 1e-15, "not Hermitian");
        Assert.True((rho.Trace() - 1).Magnitude < 1e-14, $"trace {rho.Trace()}");
        var da = a.State.Matrix - a.Gibbs.Matrix;
        var db = b.State.Matrix - b.Gibbs.Matrix;
        Assert.True(MaxAbs(db - 2 * da) < 1e-12 * MaxAbs(da), "the second-order correction is not linear in alpha");
        AssertRel(2 * a.TraceDistanceToGibbs, b.TraceDistanceToGibbs, 1e-10);
    }

    [Fact]
    public void DiscreteModes_ErrorAgainstExactReducedState_FallsAsGToTheFourth()
    {
        // Two qubits, A = X0 + 0.6 Z0 − 0.3 Y0 + 0.4 I, two modes, T = 0.4: the exact Tr_B e^{−βH}/Z differs from the
        // second-order state by O(g⁴) (numpy reference: ratio 16 per halving of g).
        const double t = 0.4;
        var register = new QubitRegister(2);
        var h = PauliSum.Of("Z0", 0.5) + PauliSum.Of("Z1", 0.35) + PauliSum.Of("X0 X1", 0.1);
        var a = PauliSum.Of("X0", 1) + PauliSum.Of("Z0", 0.6) + PauliSum.Of("Y0", -0.3) + PauliSum.Of("I", 0.4);
        double[] w = [0.7, 1.3];
        var errors = new List<double>();
        foreach (double g in new[] { 0.1, 0.05, 0.025 })
        {
            double[] gs = [g, 0.8 * g];
            var system = new OpenQuantumSystem(register, h, [new BathCoupling(a, Ohmic(1e-3, t))]);
            var mf = MeanForceGibbsState.Of(system, [ImaginaryTimeCorrelation.OfDiscreteModes(w, gs, t)]);
            var exact = MeanForceReferences.ExactReducedState(system, a, w, gs, t, fock: 9);
            errors.Add(MaxAbs(mf.State.Matrix - exact));
        }
        Assert.InRange(errors[0] / errors[1], 13.0, 19.0);
        Assert.InRange(errors[1] / errors[2], 14.0, 18.0);
    }

    [Fact]
    public void BadInput_IsRefusedWithTheReason()
    {
        var register = new QubitRegister(1);
        var h = PauliSum.Of("Z0", 0.5);
        var x = PauliSum.Of("X0", 1.0);
        var mixed = new OpenQuantumSystem(register, h, [new BathCoupling(x, Ohmic(1e-3, 0.2)), new BathCoupling(x, Ohmic(1e-3, 0.3))]);
        Assert.Contains("one temperature", Assert.Throws<ArgumentException>("system", () => MeanForceGibbsState.Of(mixed)).Message);
        var cold = new OpenQuantumSystem(register, h, [new BathCoupling(x, Ohmic(1e-3, 0.0))]);
        Assert.Contains("temperature 0", Assert.Throws<ArgumentException>("system", () => MeanForceGibbsState.Of(cold)).Message);
        var none = new OpenQuantumSystem(register, h, [], [new JumpChannel(x, 0.1)]);
        Assert.Contains("at least one bath", Assert.Throws<ArgumentException>("system", () => MeanForceGibbsState.Of(none)).Message);
    }

    private static OpenQuantumSystem RandomNetwork(int seed, double t, double alpha = 1e-2)
    {
        var rng = new Random(seed);
        double R() => 2 * rng.NextDouble() - 1;
        var register = new QubitRegister(2);
        var h = PauliSum.Of("Z0", 0.5 + 0.2 * R()) + PauliSum.Of("Z1", 0.8 + 0.2 * R()) + PauliSum.Of("X0 X1", 0.2 * R())
              + PauliSum.Of("Y0 Z1", 0.15 * R()) + PauliSum.Of("X1", 0.1 * R());
        var a0 = PauliSum.Of("X0", 1) + PauliSum.Of("Z0", 0.6) + PauliSum.Of("Y0", -0.3) + PauliSum.Of("I", 0.4);
        var a1 = PauliSum.Of("X1", R()) + PauliSum.Of("Z0 X1", R());
        return new OpenQuantumSystem(register, h, [new BathCoupling(a0, Ohmic(alpha, t, 2.0)), new BathCoupling(a1, Ohmic(alpha / 2, t, 4.0))]);
    }

    private static OpenQuantumSystem DegenerateNetwork(double t)
    {
        // H = (Z0 + Z1)/2 has the degenerate pair |eg⟩, |ge⟩ at E = 0; a common bath on X0 + X1 plus a composite one on qubit 1.
        var register = new QubitRegister(2);
        var h = PauliSum.Of("Z0", 0.5) + PauliSum.Of("Z1", 0.5);
        var common = PauliSum.Of("X0", 1) + PauliSum.Of("X1", 1);
        var composite = PauliSum.Of("X1", 1) + PauliSum.Of("Z1", 0.5);
        return new OpenQuantumSystem(register, h, [new BathCoupling(common, Ohmic(1e-2, t, 3.0)), new BathCoupling(composite, Ohmic(5e-3, t, 5.0))]);
    }
}
