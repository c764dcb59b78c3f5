using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Dynamics;
using OpenSystem.Paper;

namespace OpenSystem.Dynamics.Tests;

/// <summary>Structural properties of every generator, and cross-checks against independent formulas.</summary>
public class GeneratorTests
{
    public static TheoryData<string> Equations => new() { "redfield", "redfield-nols", "lindblad", "local" };

    private static MasterEquation Equation(string name) => name switch
    {
        "redfield" => new Redfield(true),
        "redfield-nols" => new Redfield(false),
        "lindblad" => new GlobalLindblad(true),
        _ => new LocalLindblad(true),
    };

    [Theory]
    [MemberData(nameof(Equations))]
    public void Generator_PreservesTraceAndHermiticity(string name)
    {
        var system = TestSystems.RandomNetwork(seed: 7, n: 3, complexTerms: true);
        var l = Equation(name).Build(system);
        var x = TestSystems.RandomMatrix(8, seed: 3);
        var lx = TestSystems.Apply(l, x);
        double scale = TestSystems.MaxAbs(lx);
        Assert.True(lx.Trace().Magnitude < 1e-13 * scale, $"Tr L(X) = {lx.Trace()}");
        var lxDagger = TestSystems.Apply(l, x.ConjugateTranspose());
        Assert.True(TestSystems.MaxAbs(lxDagger - lx.ConjugateTranspose()) < 1e-13 * scale);
    }

    [Theory]
    [MemberData(nameof(Equations))]
    public void Apply_HermitianPath_EqualsGeneralPath(string name)
    {
        var l = Equation(name).Build(TestSystems.RandomNetwork(seed: 11, n: 3));
        var x = TestSystems.RandomMatrix(8, seed: 5);
        var h = x + x.ConjugateTranspose();
        Assert.True(TestSystems.MaxAbs(TestSystems.Apply(l, h, hermitian: true) - TestSystems.Apply(l, h)) < 1e-15 * 100);
    }

    [Theory]
    [MemberData(nameof(Equations))]
    public void Element_MatchesMatrixFreeApplication(string name)
    {
        var l = Equation(name).Build(TestSystems.RandomNetwork(seed: 13, n: 2));
        var dense = l.ToMatrix();
        int d = l.Dimension;
        double worst = 0;
        for (int a = 0; a < d; a++) for (int b = 0; b < d; b++) for (int c = 0; c < d; c++) for (int e = 0; e < d; e++)
            worst = Math.Max(worst, (dense[a + b * d, c + e * d] - l.Element(a, b, c, e)).Magnitude);
        Assert.True(worst < 1e-15 * 100, $"max deviation {worst:E2}");
    }

    [Fact]
    public void Redfield_MatchesTensorFormulaOfNotes()
    {
        // docs/physics.md §3.1: R_abcd = Σ_k { A_ac A_db [Γ(ω_ca) + Γ*(ω_db)] − δ_bd Σ_j A_aj A_jc Γ(ω_cj) − δ_ac Σ_j A_dj A_jb Γ*(ω_dj) },
        // dρ_ab/dt = −i ω_ab ρ_ab + Σ_cd R_abcd ρ_cd, ω_xy = E_x − E_y; built here entry by entry from the bath's Γ.
        var system = TestSystems.RandomNetwork(seed: 17, n: 2, alpha: 5e-3, t: 0.3);
        var l = new Redfield(true).Build(system);
        var e = system.Basis.Energies; int d = e.Count;
        var ops = system.Couplings.Select(c => (A: system.InEnergyBasis(c.Operator), Bath: c.Bath)).ToArray();
        double worst = 0, scale = 0;
        for (int a = 0; a < d; a++) for (int b = 0; b < d; b++) for (int c = 0; c < d; c++) for (int dd = 0; dd < d; dd++)
        {
            Complex r = a == c && b == dd ? new Complex(0, -(e[a] - e[b])) : 0;
            foreach (var (A, bath) in ops)
            {
                Complex G(double w) => bath.HalfSidedTransform(w);
                r += A[a, c] * A[dd, b] * (G(e[c] - e[a]) + Complex.Conjugate(G(e[dd] - e[b])));
                for (int j = 0; j < d; j++)
                {
                    if (b == dd) r -= A[a, j] * A[j, c] * G(e[c] - e[j]);
                    if (a == c) r -= A[dd, j] * A[j, b] * Complex.Conjugate(G(e[dd] - e[j]));
                }
            }
            worst = Math.Max(worst, (r - l.Element(a, b, c, dd)).Magnitude);
            scale = Math.Max(scale, r.Magnitude);
        }
        Assert.True(worst < 1e-12 * scale, $"max deviation {worst:E2} of {scale:E2}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RedfieldWithoutLambShift_GibbsState_IsExactlyStationary(int seed)
    {
        // docs/physics.md §3.3: without the imaginary parts of Γ the four terms of R1 cancel pairwise on τ by KMS.
        var system = TestSystems.RandomNetwork(seed, n: 3, alpha: 2e-2, t: 0.3 + 0.2 * seed);
        var l = new Redfield(false).Build(system);
        var tau = TestSystems.Diagonal(TestSystems.GibbsPopulations(system.Basis, 0.3 + 0.2 * seed));
        double residual = TestSystems.MaxAbs(TestSystems.Apply(l, tau));
        Assert.True(residual < 1e-16, $"||L tau|| = {residual:E2}");
        // ... while with the Lamb shift τ is not stationary (the steady state moves at first order in alpha).
        var withShift = new Redfield(true).Build(system);
        Assert.True(TestSystems.MaxAbs(TestSystems.Apply(withShift, tau)) > 1e-6);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void GlobalLindblad_SteadyState_IsGibbs(int seed)
    {
        const double t = 0.35;
        var system = TestSystems.RandomNetwork(seed, n: 3, t: t, complexTerms: true);
        var steady = new SteadyStateSolver().Solve(new GlobalLindblad(true).Build(system));
        var tau = TestSystems.Diagonal(TestSystems.GibbsPopulations(system.Basis, t));
        Assert.True(TestSystems.MaxAbs(steady.Represented.Matrix - tau) < 1e-12);
        Assert.True(steady.Unique);
    }

    [Fact]
    public void GlobalLindblad_IdenticalAncillas_GroupsDegenerateFrequencies()
    {
        // Eq. (C4) with two identical sources: exactly degenerate Bohr frequencies. Grouped, Davies relaxes to Gibbs;
        // the Bohr-frequency table has fewer groups than ordered level pairs.
        var h = PaperModels.EqC4(1.0, PaperModels.Identical(2, 0.5, 0.5, 0.5));
        var system = PaperModels.WithBathOnEveryQubit(h, 3, alpha: 1e-2, cutoff: 5, temperature: 0.3);
        var bohr = new BohrFrequencies(system.Basis.Energies);
        Assert.True(bohr.Count < 8 * 7 + 1);
        var steady = new SteadyStateSolver { Algorithm = SteadyStateAlgorithm.Gmres }.Solve(new GlobalLindblad().Build(system));
        var tau = TestSystems.Diagonal(TestSystems.GibbsPopulations(system.Basis, 0.3));
        Assert.True(TestSystems.MaxAbs(steady.Represented.Matrix - tau) < 1e-10);
    }

    [Fact]
    public void LocalLindblad_Eq9Pair_DoesNotThermalise()
    {
        // docs/physics.md §3.3 table: model (9), ω1 = γ = θ = 0.5, ω2 = 1, local Lindblad on TLS 2 (qubit 1) only, λ = 1e-3, no
        // Lamb shift, T = 0.1: local C2 = 0.153746 against Gibbs 0.1967534246, trace distance to τ 0.063.
        var system = new OpenQuantumSystem(new QubitRegister(2), PaperModels.Eq9(0.5, 0.5, 0.5, 1.0),
            [new BathCoupling(PauliSum.Of("X1", 1), TestSystems.Ohmic(1e-3, 0.1))]);
        var steady = new SteadyStateSolver().Solve(new LocalLindblad(false).Build(system));
        var (x, y, _) = steady.State.Bloch(1);
        Assert.Equal(0.153746, Math.Sqrt(x * x + y * y), 6);
        var tau = TestSystems.Diagonal(TestSystems.GibbsPopulations(system.Basis, 0.1));
        var diff = steady.Represented.Matrix - tau;
        double distance = 0.5 * (0.5 * (diff + diff.ConjugateTranspose())).Evd(Symmetricity.Hermitian).EigenValues.Sum(z => Math.Abs(z.Real));
        Assert.Equal(0.063, distance, 3);
        // whereas the global secular equation gives the Gibbs coherence
        var global = new SteadyStateSolver().Solve(new GlobalLindblad(false).Build(system)).State.Bloch(1);
        Assert.Equal(0.1967534246, Math.Abs(global.X), 10);
    }

    [Fact]
    public void Jumps_WithoutBaths_DecayAtTheirRate()
    {
        // Lowering operator |g><e| at rate g: <Z>(t) = -1 + 2 e^{-g t} from |e>.
        var lower = new PauliSum([new(PauliString.Parse("X0"), 0.5), new(PauliString.Parse("Y0"), new Complex(0, -0.5))]);
        var system = new OpenQuantumSystem(new QubitRegister(1), PauliSum.Of("Z0", 0.5), jumps: [new JumpChannel(lower, 0.05)]);
        var l = new Redfield().Build(system);
        var run = new MasterEquationSolver(l, new AutoRoute(new DormandPrince54 { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-12 }))
            .Evolve(DensityMatrix.Excited(system.Register), TimeGrid.Linear(0, 40, 9));
        for (int i = 0; i < run.Times.Count; i++)
            Assert.Equal(-1 + 2 * Math.Exp(-0.05 * run.Times[i]), run.States[i].Bloch(0).Z, 8);
    }

    [Fact]
    public void Build_WithoutBathsOrJumps_Throws()
    {
        var system = new OpenQuantumSystem(new QubitRegister(1), PauliSum.Of("Z0", 0.5));
        Assert.Throws<ArgumentException>("system", () => new Redfield().Build(system));
    }
}

/// <summary>Models without baths run in the computational basis with Pauli strings as weighted permutations.</summary>
public class ComputationalBasisGeneratorTests
{
    [Fact]
    public void JumpOnlyGenerator_MatchesDenseLindbladFormula()
    {
        // H: transverse Ising with a complex (Y) term; jumps: σ⁻ on each qubit, a dephasing Z and a two-qubit X Y operator.
        var reg = new QubitRegister(3);
        var h = new PauliSum([new(PauliString.Parse("Z0"), 0.7), new(PauliString.Parse("Z1"), 0.4), new(PauliString.Parse("X0 X1"), 0.3),
                              new(PauliString.Parse("Y1 Z2"), 0.2), new(PauliString.Parse("X2"), 0.15)]);
        var lower = (int q) => new PauliSum([new(PauliString.Parse($"X{q}"), 0.5), new(PauliString.Parse($"Y{q}"), new Complex(0, -0.5))]);
        var jumps = new[] { new JumpChannel(lower(0), 0.3), new JumpChannel(lower(2), 0.1), new JumpChannel(PauliSum.Of("Z1", 1), 0.05),
                            new JumpChannel(new PauliSum([new(PauliString.Parse("X0 Y2"), new Complex(0.2, 0.1))]), 0.2) };
        var system = new OpenQuantumSystem(reg, h, jumps: jumps);
        var l = new Redfield().Build(system);
        Assert.IsType<PermutationGenerator>(l);
        Assert.IsType<ComputationalBasis>(l.Basis);
        var rho = TestSystems.RandomMatrix(8, seed: 9);
        var hm = h.ToMatrix(reg);
        var expected = -Complex.ImaginaryOne * (hm * rho - rho * hm);
        foreach (var j in jumps)
        {
            var lm = j.Operator.ToMatrix(reg); var ld = lm.ConjugateTranspose();
            expected += j.Rate * (lm * rho * ld - 0.5 * (ld * lm * rho + rho * ld * lm));
        }
        Assert.True(TestSystems.MaxAbs(TestSystems.Apply(l, rho) - expected) < 1e-14);
        var herm = rho + rho.ConjugateTranspose();
        Assert.True(TestSystems.MaxAbs(TestSystems.Apply(l, herm, hermitian: true) - TestSystems.Apply(l, herm)) < 1e-14);
        // and the element formulas used by the preconditioner and the dense routes
        var dense = l.ToMatrix();
        Assert.True(Enumerable.Range(0, 64 * 64).Max(k => (dense[k % 64, k / 64] - l.Element(k % 64 % 8, k % 64 / 8, k / 64 % 8, k / 64 / 8)).Magnitude) < 1e-14);
    }

    [Fact]
    public void JumpOnlySteadyState_OfDecayAndDrive_IsTheKnownBlochVector()
    {
        // Driven, damped qubit: H = (Ω/2)X, σ⁻ at rate g: <Z>ss = -g²/(g² + 2Ω²), <Y>ss = 2Ωg/(g² + 2Ω²), <X>ss = 0.
        const double omega = 0.8, g = 0.5;
        var lower = new PauliSum([new(PauliString.Parse("X0"), 0.5), new(PauliString.Parse("Y0"), new Complex(0, -0.5))]);
        var system = new OpenQuantumSystem(new QubitRegister(1), PauliSum.Of("X0", omega / 2), jumps: [new JumpChannel(lower, g)]);
        var steady = new SteadyStateSolver().Solve(new GlobalLindblad().Build(system));
        var (x, y, z) = steady.State.Bloch(0);
        Assert.Equal(0.0, x, 12);
        Assert.Equal(-g * g / (g * g + 2 * omega * omega), z, 12);
        Assert.Equal(Math.Abs(2 * omega * g / (g * g + 2 * omega * omega)), Math.Abs(y), 12);
    }
}
