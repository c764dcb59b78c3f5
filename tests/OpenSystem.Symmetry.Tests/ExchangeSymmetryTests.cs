using OpenSystem.Baths;
using OpenSystem.Dynamics;
using OpenSystem.Models;
using OpenSystem.Paper;

namespace OpenSystem.Symmetry.Tests;

public class ExchangeSymmetryTests
{
    private static readonly Dictionary<string, double[]> Parameters = new()
    {
        ["c4"] = [1.0, 0.5, 0.5, 0.5], ["c1"] = [1.0, 0.5, 0.25], ["c7"] = [1.0, 0.5, 1.3, 0.5, 0.5],
    };

    [Theory]
    [InlineData("c4", 5)]
    [InlineData("c1", 4)]
    [InlineData("c7", 3)]
    public void Classes_FamilyWithBathOnEveryQubit_AncillasFormOneClassTargetAlone(string name, int n)
    {
        var family = ModelFamilies.All[name];
        int qubits = family.Qubits(n);
        var system = PaperModels.WithBathOnEveryQubit(family.Build(n, Parameters[name]), qubits, 1e-3, 5.0, 0.2);
        var classes = ExchangeSymmetry.Classes(system);
        var expected = Enumerable.Range(0, family.ExtraQubits).Select(q => (IReadOnlyList<int>)[q])
            .Append(Enumerable.Range(family.ExtraQubits, n).ToArray()).ToArray();
        Assert.Equal(expected.Select(c => string.Join(",", c)), classes.Select(c => string.Join(",", c)));
    }

    /// <summary>A random model: qubits 0 and 1 distinguished, 2..4 identical (single terms, couplings to 0 and 1, pair terms).</summary>
    internal static PauliSum Template(Random r)
    {
        var terms = new List<PauliTerm>();
        void Add(string s, double c) => terms.Add(new PauliTerm(PauliString.Parse(s), c));
        foreach (char a in "XYZ")
        {
            Add($"{a}0", r.NextDouble());
            Add($"{a}1", r.NextDouble());
        }
        Add("X0 Z1", r.NextDouble());
        double[] single = [r.NextDouble(), r.NextDouble()], coupling = [r.NextDouble(), r.NextDouble(), r.NextDouble()];
        double pair = r.NextDouble(), mixed = r.NextDouble();
        for (int i = 2; i <= 4; i++)
        {
            Add($"Z{i}", single[0]);
            Add($"X{i}", single[1]);
            Add($"Z0 X{i}", coupling[0]);
            Add($"X0 X{i}", coupling[1]);
            Add($"Y1 Z{i}", coupling[2]);
            for (int k = i + 1; k <= 4; k++)
            {
                Add($"X{i} X{k}", pair);
                Add($"Y{i} Z{k}", mixed);
                Add($"Z{i} Y{k}", mixed);
            }
        }
        return new PauliSum(terms);
    }

    internal static PauliSum Relabel(PauliSum h, int[] map) =>
        new(h.Terms.Select(t => t with { String = PauliString.Of(t.String.Factors.Select(f => (map[f.Qubit], f.Axis))) }));

    [Fact]
    public void Classes_PermutedLabelCopy_IsDetectedAtThePermutedLabels()
    {
        var r = new Random(20240101);
        var h = Template(r);
        Assert.Equal(["0", "1", "2,3,4"], ExchangeSymmetry.Classes(h, 5).Select(c => string.Join(",", c)));
        int[] map = [3, 1, 4, 0, 2];
        var classes = ExchangeSymmetry.Classes(Relabel(h, map), 5);
        Assert.Equal(["0,2,4", "1", "3"], classes.Select(c => string.Join(",", c)));
    }

    [Fact]
    public void Classes_OneDifferingCoefficient_BreaksTheClass()
    {
        var h = Template(new Random(7));
        int last = h.Terms.ToList().FindLastIndex(t => t.String.ToString() == "Z0 X3");
        var terms = h.Terms.ToArray();
        terms[last] = terms[last] with { Coefficient = terms[last].Coefficient * (1 + 1e-9) };
        var classes = ExchangeSymmetry.Classes(new PauliSum(terms), 5);
        Assert.Equal(["0", "1", "2,4", "3"], classes.Select(c => string.Join(",", c)));
    }

    [Fact]
    public void Classes_AsymmetricPairTerm_BreaksTheClass()
    {
        // Y2 Z3 without its mirror Z2 Y3 makes 2 and 3 distinguishable (and each from 4).
        var h = Template(new Random(11));
        var terms = h.Terms.Where(t => t.String.ToString() != "Z2 Y3").ToArray();
        var classes = ExchangeSymmetry.Classes(new PauliSum(terms), 5);
        Assert.DoesNotContain(classes, c => c.Count > 1 && c.Contains(2) && c.Contains(3));
    }

    [Fact]
    public void Classes_DifferentBathOnOneAncilla_BreaksTheClass()
    {
        var h = PaperModels.EqC4(1.0, PaperModels.Identical(3, 0.5, 0.5, 0.5));
        var cold = new BosonicBath(new OhmicSpectralDensity(1e-3, 5.0), 0.2);
        var hot = new BosonicBath(new OhmicSpectralDensity(1e-3, 5.0), 0.3);
        var baths = Enumerable.Range(0, 4).Select(q => new BathCoupling(PauliSum.Of($"X{q}", 1), q == 2 ? hot : cold)).ToArray();
        var system = new OpenQuantumSystem(new QubitRegister(4), h, baths);
        Assert.Equal(["0", "1,3", "2"], ExchangeSymmetry.Classes(system).Select(c => string.Join(",", c)));
        // Equal baths built separately are the same kind (compared by value).
        var again = Enumerable.Range(0, 4).Select(q => new BathCoupling(PauliSum.Of($"X{q}", 1),
            new BosonicBath(new OhmicSpectralDensity(1e-3, 5.0), 0.2))).ToArray();
        Assert.Equal(["0", "1,2,3"], ExchangeSymmetry.Classes(new OpenQuantumSystem(new QubitRegister(4), h, again)).Select(c => string.Join(",", c)));
    }

    [Fact]
    public void Classes_JumpOnOneAncilla_BreaksTheClass()
    {
        var h = PaperModels.EqC4(1.0, PaperModels.Identical(3, 0.5, 0.5, 0.5));
        var system = new OpenQuantumSystem(new QubitRegister(4), h, jumps: [new JumpChannel(PauliSum.Of("X1", 1) + PauliSum.Of("Y1", 1), 0.01)]);
        Assert.Equal(["0", "1", "2,3"], ExchangeSymmetry.Classes(system).Select(c => string.Join(",", c)));
    }

    /// <summary>Plain Pauli-term model files (examples/models), each bath read separately: baths compare by value.</summary>
    [Theory]
    [InlineData("c4_n3.json", "0|1,2,3")]
    [InlineData("eq14_n4.json", "0|1,2,3,4")]
    public void Classes_PauliTermModelFile_AncillasFormOneClass(string file, string expected)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OpenSystem.sln")))
            dir = dir.Parent;
        var model = ModelFile.Load(Path.Combine(dir!.FullName, "examples", "models", file));
        Assert.Equal(expected, string.Join("|", ExchangeSymmetry.Classes(model.System).Select(c => string.Join(",", c))));
    }

    [Fact]
    public void Classes_ThousandAncillaFamilyWithBaths_AncillasFormOneClass()
    {
        const int n = 1000;
        var h = ModelFamilies.All["c4"].Build(n, Parameters["c4"]);
        var bath = (1e-3, 5.0, 0.2);
        var channels = Enumerable.Range(0, n + 1).Select(q => new SymmetryChannel(PauliSum.Of($"X{q}", 1), bath)).ToArray();
        var classes = ExchangeSymmetry.Classes(h, n + 1, channels);
        Assert.Equal(2, classes.Count);
        Assert.Equal([0], classes[0]);
        Assert.Equal(Enumerable.Range(1, n), classes[1]);
    }

    [Fact]
    public void Classes_OperatorBeyondTheRegister_ThrowsNamingQubits()
    {
        var ex = Assert.Throws<ArgumentException>("qubits", () => ExchangeSymmetry.Classes(PauliSum.Of("Z4", 1), 3));
        Assert.Contains("beyond", ex.Message);
    }
}
