using OpenSystem.Analysis;
using OpenSystem.Dynamics;
using OpenSystem.Paper;

namespace OpenSystem.Analysis.Tests;

/// <summary>Gibbs-state coherences of the paper's models against Eq. (6) and the reference table of docs/physics.md §2.4.</summary>
public class GibbsCoherenceTests
{
    private static double Coherence(PauliSum h, int qubits, int target, double t)
    {
        var system = new OpenQuantumSystem(new QubitRegister(qubits), h);
        var b = GibbsState.Of(system, t).Bloch(target);
        return QuantumMeasures.LocalCoherence(b);
    }

    [Theory]
    [InlineData(1.0, 0.5, 0.5, 0.05)]
    [InlineData(1.0, 0.5, 0.5, 1.0)]
    [InlineData(1.0, 2.0, 1.5, 0.2)]
    [InlineData(0.3, 1.1, 0.7, 3.0)]
    public void Eq5_MatchesEq6Exactly(double w1, double gamma, double w2, double t)
    {
        // Eq. (6): C1 = γ tanh(ω2/2T) tanh(ω̄1/2T)/ω̄1, ω̄1 = √(γ² + ω1²); C2 = 0 (σᶻ₂ is conserved).
        double wbar = Math.Sqrt(gamma * gamma + w1 * w1);
        double expected = gamma * Math.Tanh(w2 / (2 * t)) * Math.Tanh(wbar / (2 * t)) / wbar;
        Assert.Equal(expected, Coherence(PaperModels.Eq5(w1, gamma, w2), 2, 0, t), 14);
        Assert.Equal(0.0, Coherence(PaperModels.Eq5(w1, gamma, w2), 2, 1, t), 14);
    }

    public static TheoryData<string, double, double> Table => new()
    {
        // model key, T, C (docs/physics.md §2.4; exact Gibbs state, mpmath/expm cross-checked to 1e-13)
        { "eq5-a", 0.05, 0.447172990237843 }, { "eq5-a", 0.2, 0.376541129759715 }, { "eq5-a", 1.0, 0.0555593273924662 }, { "eq5-a", 5.0, 0.00248756253111451 },
        { "eq5-b", 0.05, 0.894427190999748 }, { "eq5-b", 1.0, 0.458386350074893 },
        { "eq9-c2", 0.0, 0.102748629674602 }, { "eq9-c2", 0.05, 0.10274859727105 }, { "eq9-c2", 0.2, 0.094849099575234 }, { "eq9-c2", 1.0, 0.00825512484272471 },
        { "eq9-c1", 0.0, 0.447213595499958 }, { "eq9-c1", 0.2, 0.43237829851674 }, { "eq9-c1", 1.0, 0.103164497632835 },
        { "eq9-fig1a", 0.0, 0.0194122603378151 }, { "eq9-fig1a", 0.05, 0.0187075226002808 }, { "eq9-fig1a", 0.2, 0.00679912980019927 }, { "eq9-fig1a", 1.0, 0.000188481622821956 },
        { "eq12-a", 0.0, 0.218217890235992 }, { "eq12-a", 0.2, 0.211340802804719 }, { "eq12-a", 1.0, 0.0294740226306266 },
        { "eq12-b", 0.0, 0.176666313334393 }, { "eq12-b", 0.2, 0.172580544332762 },
        { "eq14-n4", 0.0, 0.707106781186548 }, { "eq14-n4", 0.1, 0.705497899953052 }, { "eq14-n4", 0.5, 0.336623321675395 },
        { "c4-n1", 0.0, 0.198756853415513 }, { "c4-n1", 0.1, 0.196753424552348 }, { "c4-n1", 1.0, 0.00883008669854096 },
        { "c4-n2", 0.1, 0.340887889777048 }, { "c4-n2", 0.5, 0.0884724889350417 },
        { "c4-n4", 0.0, 0.4990979268718 }, { "c4-n4", 1.0, 0.0331363971223586 },
        { "c4-n8", 0.1, 0.599271866239378 }, { "c4-n8", 0.5, 0.250201585708887 },
        { "c7a-n2", 0.1, 0.290907885966979 }, { "c7a-n4", 0.5, 0.20033442466079 }, { "c7a-n7", 0.0, 0.424406138627067 },
        { "c7b-n1", 0.0, 0.333333333333333 }, { "c7b-n2", 0.1, 0.408207231808274 }, { "c7b-n7", 0.5, 0.355056185924863 },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void ReferenceTable_MatchesGibbsState(string model, double t, double expected)
    {
        double s = Math.Sqrt(0.005);
        (PauliSum h, int n, int target) = model switch
        {
            "eq5-a" => (PaperModels.Eq5(1, 0.5, 0.5), 2, 0),
            "eq5-b" => (PaperModels.Eq5(1, 2, 1.5), 2, 0),
            "eq9-c2" => (PaperModels.Eq9(1, 0.5, 0.5, 1), 2, 1),
            "eq9-c1" => (PaperModels.Eq9(1, 0.5, 0.5, 1), 2, 0),
            "eq9-fig1a" => (PaperModels.Eq9(0.2, s, s, 1), 2, 1),
            "eq12-a" => (PaperModels.Eq12(1, 1, 1.3, 0.5, 0.5), 3, 0),
            "eq12-b" => (PaperModels.Eq12(1, 1.3, 1.3, 0.5, 0.5), 3, 0),
            "eq14-n4" => (PaperModels.Eq14(1, PaperModels.Identical(4, 0.5, 0.25)), 5, 0),
            _ when model.StartsWith("c4-n") => C4(int.Parse(model[4..])),
            _ when model.StartsWith("c7a-n") => C7(int.Parse(model[5..]), mediator: 1.3, sources: 0.5),
            _ => C7(int.Parse(model[5..]), mediator: 0.5, sources: 1.3),
        };
        Assert.Equal(expected, Coherence(h, n, target, t), 12);
    }

    private static (PauliSum, int, int) C4(int n) => (PaperModels.EqC4(1, PaperModels.Identical(n, 0.5, 0.5, 0.5)), n + 1, 0);

    private static (PauliSum, int, int) C7(int n, double mediator, double sources) =>
        (PaperModels.EqC7(1, 0.5, mediator, PaperModels.Identical(n, sources, 0.5)), n + 2, 0);

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.3)]
    [InlineData(2.0)]
    public void XyzModelA7_HasNoCoherence(double t)
    {
        var h = PaperModels.EqA7(1, 0.7, 0.3, 0.2, 0.5);
        Assert.True(Coherence(h, 2, 0, t) < 1e-15);
        Assert.True(Coherence(h, 2, 1, t) < 1e-15);
        Assert.True(Z2Symmetry.CommutesWithGlobalParity(h, 2));
    }

    [Fact]
    public void Eq9AtZeroTemperature_MatchesClosedFormEq10()
    {
        // Eq. (10) line 1 is the exact T = 0 value (docs/physics.md §2.1) for random couplings.
        var random = new Random(20240101);
        for (int i = 0; i < 20; i++)
        {
            double w1 = 0.1 + 2 * random.NextDouble(), w2 = 0.1 + 2 * random.NextDouble(), g = 0.1 + 2 * random.NextDouble(), th = 0.1 + 2 * random.NextDouble();
            double wb = Math.Sqrt(w1 * w1 + g * g);
            double expected = th * g / wb * Math.Sqrt((th * th + (w2 - wb) * (w2 - wb)) / (Math.Pow(th * th + w2 * w2 + wb * wb, 2) - 4 * w2 * w2 * wb * wb));
            Assert.Equal(expected, Coherence(PaperModels.Eq9(w1, g, th, w2), 2, 1, 0.0), 11);
        }
    }
}
