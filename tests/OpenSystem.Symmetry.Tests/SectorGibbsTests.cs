using OpenSystem.Dynamics;
using OpenSystem.Models;
using OpenSystem.Paper;

namespace OpenSystem.Symmetry.Tests;

/// <summary>The sector Gibbs state against the dense Gibbs state of the full register (issue 12: 1e-12, every family).</summary>
public class SectorGibbsTests
{
    internal static readonly Dictionary<string, double[]> Parameters = new()
    {
        ["c4"] = [1.0, 0.5, 0.5, 0.5],          // Fig. 3b: ω_T = 1, ω_a = 0.5, g = θ = 0.5
        ["c1"] = [1.0, 0.5, 0.25],
        ["c7"] = [1.0, 0.5, 1.3, 0.5, 0.5],     // Fig. 4, reading B
        ["eq9"] = [1.0, 0.2, 0.7, 0.3],
    };

    private static readonly double[] Temperatures = [0.0, 0.02, 0.3, 1.0, 7.0];

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var (name, max) in new[] { ("c4", 10), ("c1", 10), ("c7", 9) })
            for (int n = 1; n <= max; n++)
                data.Add(name, n);
        data.Add("eq9", 1);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sweep_Family_MatchesDenseGibbsState(string name, int n)
    {
        var family = ModelFamilies.All[name];
        int qubits = family.Qubits(n);
        var h = family.Build(n, Parameters[name]);
        var points = FamilyGibbs.Sweep(name, Parameters[name], n, Temperatures);
        int target = FamilyGibbs.TargetQubit(name);
        int ancilla = name == "eq9" ? 0 : family.ExtraQubits;
        var dense = DenseReference.Bloch(h, qubits, [target, 1, ancilla], Temperatures);
        for (int i = 0; i < Temperatures.Length; i++)
        {
            Close(dense[i][0], points[i].Target, $"target at T = {Temperatures[i]}");
            Close(dense[i][2], points[i].Ancilla, $"ancilla at T = {Temperatures[i]}");
            if (name == "c7")
                Close(dense[i][1], points[i].Mediator!.Value, $"mediator at T = {Temperatures[i]}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void DistinguishedState_C7TargetAndMediator_MatchesDenseTwoQubitCorrelations(int n)
    {
        var h = ModelFamilies.All["c7"].Build(n, Parameters["c7"]);
        var sweep = new SectorGibbsSweep(FamilyGibbs.Model("c7", Parameters["c7"], n));
        var strings = Enumerable.Range(0, 16).Select(Index).ToArray();
        foreach (double t in new[] { 0.0, 0.4 })
        {
            var dense = DenseReference.Means(h, n + 2, t, strings);
            var state = sweep.At(t);
            for (int s = 0; s < 16; s++)
                Assert.True(Math.Abs(dense[s] - state.Mean(s)) < 1e-12, $"<{strings[s]}> at T = {t}: dense {dense[s]}, sectors {state.Mean(s)}");
            var rho = state.DistinguishedState;
            Assert.True((rho.Trace() - 1).Magnitude < 1e-12);
            Assert.True(rho.Evd().EigenValues.All(e => e.Real > -1e-12), "rho_D is positive");
        }
    }

    /// <summary>A model with Y terms (complex blocks) and collective ancilla–ancilla terms, seeded.</summary>
    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(6)]
    public void Sweep_ComplexModelWithCollectivePairTerms_MatchesDense(int n)
    {
        var r = new Random(20240101);
        var terms = new List<PauliTerm>();
        void Add(string s, double c) => terms.Add(new PauliTerm(PauliString.Parse(s), c));
        foreach (char a in "XYZ")
            Add($"{a}0", r.NextDouble() - 0.5);
        double[] c = Enumerable.Range(0, 8).Select(_ => r.NextDouble() - 0.5).ToArray();
        for (int i = 1; i <= n; i++)
        {
            Add($"Z{i}", c[0]);
            Add($"Y{i}", c[1]);
            Add($"X0 Y{i}", c[2]);
            Add($"Y0 Z{i}", c[3]);
            for (int k = i + 1; k <= n; k++)
            {
                Add($"X{i} X{k}", c[4]);
                Add($"Y{i} Z{k}", c[5]);
                Add($"Z{i} Y{k}", c[5]);
                Add($"Z0 X{i} X{k}", c[6]);
            }
        }
        var h = new PauliSum(terms);
        var model = CollectiveModel.Of(h, n + 1, Enumerable.Range(1, n).ToArray());
        Assert.False(model.ConservesJz);
        var sweep = new SectorGibbsSweep(model);
        double[] temps = [0.0, 0.1, 0.8];
        var dense = DenseReference.Bloch(h, n + 1, [0, 1], temps);
        for (int i = 0; i < temps.Length; i++)
        {
            var s = sweep.At(temps[i]);
            Close(dense[i][0], s.Bloch(0), $"qubit 0 at T = {temps[i]}");
            Close(dense[i][1], s.AncillaBloch, $"ancilla at T = {temps[i]}");
        }
    }

    /// <summary>Detection, collective form and sectors end to end on a hand-made model whose identical qubits are 0, 2, 4.</summary>
    [Fact]
    public void Detect_PermutedHandMadeModel_GibbsStateMatchesDense()
    {
        var h = ExchangeSymmetryTests.Relabel(ExchangeSymmetryTests.Template(new Random(5)), [3, 1, 4, 0, 2]);
        var model = CollectiveModel.Detect(h, 5);
        Assert.NotNull(model);
        Assert.Equal([0, 2, 4], model.Ancillas);
        Assert.Equal([1, 3], model.Distinguished);
        var sweep = new SectorGibbsSweep(model);
        double[] temps = [0.0, 0.2, 2.0];
        var dense = DenseReference.Bloch(h, 5, [1, 3, 0], temps);
        for (int i = 0; i < temps.Length; i++)
        {
            var s = sweep.At(temps[i]);
            Close(dense[i][0], s.Bloch(1), $"qubit 1 at T = {temps[i]}");
            Close(dense[i][1], s.Bloch(3), $"qubit 3 at T = {temps[i]}");
            Close(dense[i][2], s.AncillaBloch, $"ancilla at T = {temps[i]}");
        }
    }

    [Fact]
    public void Detect_NoTwoExchangeableQubits_IsNull()
    {
        var h = PauliSum.Of("Z0", 1) + PauliSum.Of("Z1", 2) + PauliSum.Of("X0 X1", 0.5);
        Assert.Null(CollectiveModel.Detect(h, 2));
    }

    /// <summary>
    /// H = 0.3 Z0 + 0.7 X0 + Σ_{i&lt;k} Z_i Z_k + 0.1 Σ_i Z0 Z_i: the ancilla part 2J_z² − N/2 (+ 0.2 Z0 J_z) is lowest at
    /// m = 0, which every integer sector contains: the T = 0 state is spread over all sectors, and its degeneracy, the
    /// number of ancilla states with m = 0, is C(N, N/2) (ln Z at T = 0 is its logarithm).
    /// </summary>
    [Theory]
    [InlineData(4)]
    [InlineData(6)]
    public void At_ZeroTemperature_GroundSpaceAcrossSectors_MatchesDense(int n)
    {
        var h = PauliSum.Of("Z0", 0.3) + PauliSum.Of("X0", 0.7);
        for (int i = 1; i <= n; i++)
        {
            h += PauliSum.Of($"Z0 Z{i}", 0.1);
            for (int k = i + 1; k <= n; k++)
                h += PauliSum.Of($"Z{i} Z{k}", 1.0);
        }
        var state = new SectorGibbsSweep(CollectiveModel.Of(h, n + 1, Enumerable.Range(1, n).ToArray())).At(0.0);
        var dense = DenseReference.Bloch(h, n + 1, [0, 1], [0.0]);
        Close(dense[0][0], state.Bloch(0), "target at T = 0");
        Close(dense[0][1], state.AncillaBloch, "ancilla at T = 0");
        double degeneracy = System.Numerics.BigInteger.Log(Binomial(n, n / 2));
        Assert.True(Math.Abs(state.LogPartitionFunction - degeneracy) < 1e-12, $"ln Z(T = 0) = {state.LogPartitionFunction}, ln C(N, N/2) = {degeneracy}");
    }

    private static System.Numerics.BigInteger Binomial(int n, int k) =>
        Enumerable.Range(1, k).Aggregate(System.Numerics.BigInteger.One, (c, i) => c * (n - k + i) / i);

    [Fact]
    public void CollectiveModel_ThreeAncillaTerm_IsRefusedClearly()
    {
        var h = PauliSum.Of("Z0", 1) + PauliSum.Of("X1 X2 X3", 0.1);
        var ex = Assert.Throws<ArgumentException>("hamiltonian", () => CollectiveModel.Of(h, 4, [1, 2, 3]));
        Assert.Contains("3 ancillas", ex.Message);
    }

    [Fact]
    public void CollectiveModel_DifferentAncilla_IsRefusedNamingTheTerms()
    {
        var h = PaperModels.EqC4(1.0, [(0.5, 0.5, 0.5), (0.5, 0.5, 0.5), (0.5, 0.5, 0.6)]);
        var ex = Assert.Throws<ArgumentException>("hamiltonian", () => CollectiveModel.Of(h, 4, [1, 2, 3]));
        Assert.Contains("not identical", ex.Message);
    }

    [Fact]
    public void FamilyGibbs_BadInput_ThrowsNamingTheArgument()
    {
        Assert.Contains("unknown family", Assert.Throws<ArgumentException>("family", () => FamilyGibbs.Model("c9", [1.0], 3)).Message,
            StringComparison.OrdinalIgnoreCase);
        Assert.Contains("omega_target", Assert.Throws<ArgumentException>("parameters", () => FamilyGibbs.Model("c4", [1.0, 0.5], 3)).Message);
        Assert.Throws<ArgumentOutOfRangeException>("ancillas", () => FamilyGibbs.Model("c4", Parameters["c4"], 1001));
        Assert.Throws<ArgumentOutOfRangeException>("ancillas", () => FamilyGibbs.Model("eq9", Parameters["eq9"], 2));
        Assert.Throws<ArgumentOutOfRangeException>("temperatures", () => FamilyGibbs.Sweep("c1", Parameters["c1"], 3, [0.1, double.NaN]));
    }

    [Fact]
    public void At_NegativeTemperature_ThrowsNamingTemperature()
    {
        var sweep = new SectorGibbsSweep(FamilyGibbs.Model("c1", Parameters["c1"], 3));
        Assert.Throws<ArgumentOutOfRangeException>("temperature", () => sweep.At(-0.1));
    }

    private static PauliString Index(int s)
    {
        var f = new List<(int, char)>();
        if (s / 4 > 0)
            f.Add((0, " XYZ"[s / 4]));
        if (s % 4 > 0)
            f.Add((1, " XYZ"[s % 4]));
        return PauliString.Of(f);
    }

    internal static void Close(BlochVector expected, BlochVector actual, string what, double tolerance = 1e-12)
    {
        double err = Math.Max(Math.Abs(expected.X - actual.X), Math.Max(Math.Abs(expected.Y - actual.Y), Math.Abs(expected.Z - actual.Z)));
        Assert.True(err < tolerance, $"{what}: expected {expected}, got {actual} (max error {err:E2})");
    }
}
