using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Dynamics;

namespace OpenSystem.Dynamics.Tests;

/// <summary>The SIMD permutation kernels, the Runge–Kutta stage algebra, and the parity-sector form of jump-only generators.</summary>
public class SectorAndKernelTests
{
    private static Complex[] RandomVector(int n, Random r) =>
        Enumerable.Range(0, n).Select(_ => new Complex(r.NextDouble() - 0.5, r.NextDouble() - 0.5)).ToArray();

    public static TheoryData<int, int, string> KernelCases()
    {
        var data = new TheoryData<int, int, string>();
        foreach (int d in new[] { 2, 4, 8, 64 })
            for (int f = 0; f < d; f += d >= 64 ? 7 : 1)
                foreach (var kind in new[] { "general", "real", "constant", "run-constant" })
                    data.Add(d, f, kind);
        return data;
    }

    [Theory]
    [MemberData(nameof(KernelCases))]
    public void MulAdd_MatchesTheScalarDefinition(int d, int flip, string kind)
    {
        // y[i ⊕ f] += c w_i x_i for every weight layout the kernel specialises (full weights, real weights, one constant,
        // constant on the runs of lowbit(f) with zero runs skipped), with and without the factor c.
        var r = new Random(d * 131 + flip);
        int run = flip == 0 ? d : flip & -flip;
        var w = kind switch
        {
            "general" => RandomVector(d, r),
            "real" => Enumerable.Range(0, d).Select(_ => new Complex(r.NextDouble() - 0.5, 0)).ToArray(),
            "constant" => Enumerable.Repeat(new Complex(0.3, -0.7), d).ToArray(),
            _ => Enumerable.Range(0, d).Select(i => (i / run) % 3 == 1 ? Complex.Zero : new Complex(i / run + 1, -(i / run))).ToArray(),
        };
        var packed = new PackedPermutation(new WeightedPermutation(flip, w));
        var x = RandomVector(d, r);
        foreach (var c in new[] { Complex.One, new Complex(0.4, 1.3) })
        {
            var y = RandomVector(d, r); var expected = (Complex[])y.Clone();
            for (int i = 0; i < d; i++) expected[i ^ flip] += c * w[i] * x[i];
            PermutationKernels.MulAdd(y, x, packed, c);
            for (int i = 0; i < d; i++)   // FMA rounds once where the scalar formula rounds twice
                Assert.True((y[i] - expected[i]).Magnitude < 1e-15 * (1 + (c * w[i ^ flip] * x[i ^ flip]).Magnitude),
                    $"d = {d}, f = {flip}, {kind}, c = {c}: entry {i}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    [InlineData(64)]
    [InlineData(257)]
    public void SumWithAdjoint_IsYPlusYDagger(int d)
    {
        var y = TestSystems.RandomMatrix(d, seed: d);
        var target = TestSystems.RandomMatrix(d, seed: d + 1);
        DenseOps.SumWithAdjoint(y, target);
        Assert.True(TestSystems.MaxAbs(target - (y + y.ConjugateTranspose())) == 0);
    }

    [Fact]
    public void StageAlgebra_MatchesScalarFormulas_AcrossChunks()
    {
        // Long enough for several parallel chunks plus a ragged tail.
        var r = new Random(5);
        int n = 5 * 32768 + 3;
        var y = RandomVector(n, r); var ynew = RandomVector(n, r);
        var ks = Enumerable.Range(0, 5).Select(_ => RandomVector(n, r)).ToArray();
        double[] cs = [0.3, -1.2, 2.5, 0.01, -0.7];
        const double h = 0.37;
        var target = new Complex[n];
        StageAlgebra.Combine(target, y, h, ks, cs);
        double worst = 0;
        for (int i = 0; i < n; i++)
        {
            Complex s = 0; for (int j = 0; j < ks.Length; j++) s += cs[j] * ks[j][i];
            worst = Math.Max(worst, (target[i] - (y[i] + h * s)).Magnitude);
        }
        Assert.True(worst < 1e-14, $"Combine off by {worst:E2}");

        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            Complex e = 0; for (int j = 0; j < ks.Length; j++) e += h * cs[j] * ks[j][i];
            double sc = 1e-8 + 1e-6 * Math.Max(y[i].Magnitude, ynew[i].Magnitude);
            sum += Math.Pow(e.Magnitude / sc, 2);
        }
        double expected = Math.Sqrt(sum / (2 * n));
        double norm = StageAlgebra.ErrorNorm(y, ynew, h, ks, cs, 1e-8, 1e-6, 2 * n);
        Assert.True(Math.Abs(norm / expected - 1) < 1e-12, $"ErrorNorm {norm} vs {expected}");
    }

    /// <summary>The QuantumToolbox.jl Ising chain: 50 Σ Z + 25 Σ XX, σ⁻ of rate 1 on every qubit.</summary>
    private static OpenQuantumSystem Ising(int n)
    {
        var terms = Enumerable.Range(0, n).Select(i => new PauliTerm(PauliString.Parse($"Z{i}"), 50.0))
            .Concat(Enumerable.Range(0, n - 1).Select(i => new PauliTerm(PauliString.Parse($"X{i} X{i + 1}"), 25.0)));
        var jumps = Enumerable.Range(0, n).Select(i => new JumpChannel(Lower(i), 1.0)).ToArray();
        return new OpenQuantumSystem(new QubitRegister(n), new PauliSum(terms), jumps: jumps);
    }

    private static PauliSum Lower(int q) => new([new(PauliString.Parse($"X{q}"), 0.5), new(PauliString.Parse($"Y{q}"), new Complex(0, -0.5))]);

    [Fact]
    public void ParitySectors_FindTheGlobalParityOfTheIsingChain_AndRelabelConsistently()
    {
        var l = new GlobalLindblad().Build(Ising(5));
        var sectors = SectorGenerator.TryCreate(l)!.Sectors;
        Assert.Equal(31, sectors.Mask);
        for (int p = 0; p < 2; p++)
            for (int j = 0; j < sectors.Half; j++)
            {
                int i = sectors.Expand(j, p);
                Assert.Equal(p, sectors.Sector(i));
                Assert.Equal(j, sectors.Compress(i));
            }
        // a flip is a flip inside the sectors: Compress(i ⊕ f) = Compress(i) ⊕ Compress(f)
        for (int i = 0; i < 32; i++)
            Assert.Equal(sectors.Compress(i) ^ sectors.Compress(0b00110), sectors.Compress(i ^ 0b00110));
    }

    [Fact]
    public void ParitySectors_FindAPartialMask_OrNone()
    {
        // H = X0 + Z1 with σ⁻ on qubit 1: P = Z1 commutes with H and anticommutes with the jump.
        var reg = new QubitRegister(2);
        var partial = new OpenQuantumSystem(reg, new PauliSum([new(PauliString.Parse("X0"), 1.0), new(PauliString.Parse("Z1"), 0.5)]),
            jumps: [new JumpChannel(Lower(1), 0.2)]);
        Assert.Equal(0b01, SectorGenerator.TryCreate(new GlobalLindblad().Build(partial))!.Sectors.Mask);
        // Add a jump X0 + Z0 (it neither commutes nor anticommutes with any Z string through qubit 0) and X1 to H: no symmetry.
        var none = new OpenQuantumSystem(reg, new PauliSum([new(PauliString.Parse("X0"), 1.0), new(PauliString.Parse("X1"), 0.5)]),
            jumps: [new JumpChannel(new PauliSum([new(PauliString.Parse("X0"), 1.0), new(PauliString.Parse("Z0"), 1.0)]), 0.2)]);
        Assert.Null(SectorGenerator.TryCreate(new GlobalLindblad().Build(none)));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(6)]
    public void SectorGenerator_AppliesTheFullGenerator_BlockByBlock(int n)
    {
        // A Hermitian P-even ρ (zero between the parity sectors): the blocks of L(ρ) from the sector form equal the full L(ρ),
        // whose off-block part stays zero.
        var l = new GlobalLindblad().Build(Ising(n));
        var sg = SectorGenerator.TryCreate(l)!;
        var s = sg.Sectors; int d = l.Dimension;
        var rho = TestSystems.RandomMatrix(d, seed: n);
        rho = rho + rho.ConjugateTranspose();
        for (int a = 0; a < d; a++)
            for (int b = 0; b < d; b++)
                if (s.Sector(a) != s.Sector(b)) rho[a, b] = 0;
        Assert.True(s.IsBlockDiagonal(rho));
        var full = TestSystems.Apply(l, rho, hermitian: true);
        var blocks = new Complex[sg.Length];
        sg.Apply(s.ToBlocks(rho), blocks);
        Assert.True(TestSystems.MaxAbs(s.FromBlocks(blocks) - full) < 1e-12 * TestSystems.MaxAbs(full));
        Assert.True(s.IsBlockDiagonal(full.Map(z => z.Magnitude < 1e-12 ? Complex.Zero : z)));
    }

    [Fact]
    public void IsingTrajectory_InParityBlocks_MatchesTheExactPropagator()
    {
        // All qubits excited (P-even): the Runge–Kutta route integrates the two blocks; the dense propagator the full state.
        var system = Ising(4);
        var l = new GlobalLindblad().Build(system);
        var grid = TimeGrid.Linear(0, 1, 11);
        var start = DensityMatrix.Excited(system.Register);
        var rk = new MasterEquationSolver(l, new RungeKuttaRoute(new DormandPrince54 { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-12 }))
            .Evolve(start, grid);
        Assert.Contains("parity blocks", rk.Statistics.Method);
        var exact = new MasterEquationSolver(l, new PropagatorRoute()).Evolve(start, grid);
        for (int i = 0; i < grid.Times.Count; i++)
            Assert.True(TestSystems.MaxAbs(rk.States[i].Matrix - exact.States[i].Matrix) < 1e-8, $"t = {grid.Times[i]}");
        // A start with coherence between the sectors takes the full route.
        var plus = DensityMatrix.Product(system.Register, [(1, 0, 0), (0, 0, 1), (0, 0, 1), (0, 0, 1)]);
        var full = new MasterEquationSolver(l, new RungeKuttaRoute()).Evolve(plus, TimeGrid.Linear(0, 0.01, 2));
        Assert.DoesNotContain("parity", full.Statistics.Method);
    }
}
