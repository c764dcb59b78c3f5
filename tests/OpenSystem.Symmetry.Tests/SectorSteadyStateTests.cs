using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Dynamics;

namespace OpenSystem.Symmetry.Tests;

/// <summary>Steady states and trajectories of the symmetric generator against the dense solvers, and Davies against the sector Gibbs state.</summary>
public class SectorSteadyStateTests
{
    public static TheoryData<string, int, string> Cases()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var kind in new[] { "redfield", "redfield-no-ls", "davies", "davies-no-ls", "local", "local-no-ls" })
        {
            data.Add("c4", 3, kind);
            data.Add("c4", 6, kind);
            data.Add("c7", 3, kind);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Solve_FamilyModel_MatchesDenseSteadyState(string family, int n, string kind)
    {
        var system = SymmetricModels.Dense(family, n);
        var equation = SymmetricModels.Equation(kind);
        var generator = PermutationInvariantGenerator.Build(system, equation);
        var symmetric = new SectorSteadyStateSolver().Solve(generator);
        var dense = new SteadyStateSolver().Solve(equation.BuildEnergyBasis(system));
        var expected = new SectorEmbedding(generator.Model, system.Register.Count).FromDense(dense.State.Matrix);
        Assert.True(symmetric.RelativeResidual <= 1e-10, $"certified: {symmetric.RelativeResidual:E2}");
        Assert.True(Math.Abs(symmetric.State.Trace.Real - 1) < 1e-13);
        Assert.True(symmetric.State.Distance(expected) <= 1e-10, $"|rho_sym - rho_dense| = {symmetric.State.Distance(expected):E2}");
    }

    [Theory]
    [InlineData("c4", 4, "redfield")]
    [InlineData("c4", 4, "davies")]
    [InlineData("c4", 5, "redfield-no-ls")]
    [InlineData("c7", 3, "redfield")]
    [InlineData("c7", 2, "davies-no-ls")]
    [InlineData("c4", 4, "local")]
    [InlineData("c7", 3, "local-no-ls")]
    public void Evolve_ProductState_MatchesDenseTrajectory(string family, int n, string kind)
    {
        var system = SymmetricModels.Dense(family, n);
        var equation = SymmetricModels.Equation(kind);
        var generator = PermutationInvariantGenerator.Build(system, equation);
        int dD = generator.Model.DistinguishedDimension;
        var plus = Matrix<Complex>.Build.Dense(dD, dD, (_, _) => 1.0 / dD);   // every distinguished qubit in |+>
        var initial = SectorState.Product(generator.Model, plus, Math.PI / 3, 0.4);
        var times = Enumerable.Range(0, 11).Select(i => 5.0 * i).ToArray();
        var integrator = new DormandPrince54 { RelativeTolerance = 1e-11, AbsoluteTolerance = 1e-13 };
        var symmetric = SectorEvolution.Evolve(generator, initial, times, integrator);
        var embedding = new SectorEmbedding(generator.Model, system.Register.Count);
        var rho0 = DensityMatrix.FromMatrix(system.Register, embedding.ToDense(initial));
        var dense = new MasterEquationSolver(equation.BuildEnergyBasis(system), new RungeKuttaRoute(integrator)).Evolve(rho0, TimeGrid.Of(times));
        Assert.Equal(times.Length, symmetric.Count);
        for (int i = 0; i < times.Length; i++)
        {
            var expected = embedding.FromDense(dense.States[i].Matrix);
            Assert.True(symmetric[i].Distance(expected) <= 1e-8, $"t = {times[i]}: {symmetric[i].Distance(expected):E2}");
        }
        Assert.True(symmetric[^1].Distance(symmetric[0]) > 1e-3, "the state moves");
    }

    /// <summary>
    /// With one bath temperature the Gibbs state is the Davies steady state (detailed balance). At T = 1 the population
    /// problem is well conditioned. At T = 0.3 and N = 50 it is not: the second eigenvalue of the Pauli rate matrix is
    /// 2.5e-10 against a fastest rate of 1.2 (the two large-N branches of c4 exchange only by tunnelling the collective
    /// spin), so double precision fixes the steady state only to ~1e-7 although its residual is 1e-16 (measured 2.5e-7
    /// on rho_D; docs/permutation-symmetry.md).
    /// </summary>
    [Theory]
    [InlineData(20, 0.3)]
    [InlineData(20, 1.0)]
    [InlineData(50, 1.0)]
    public void Solve_DaviesWithOneBathTemperature_IsTheSectorGibbsState(int n, double t)
    {
        var bath = new OpenSystem.Baths.BosonicBath(new OpenSystem.Baths.OhmicSpectralDensity(0.01, 5.0), t);
        var (h, qubits, couplings) = SymmetricModels.Family("c4", n, common: bath);
        var generator = PermutationInvariantGenerator.Build(h, qubits, couplings, new GlobalLindblad());
        var steady = new SectorSteadyStateSolver().Solve(generator);
        var gibbs = new SectorGibbsSweep(generator.Model, [t]).At(t);
        var rhoD = steady.State.DistinguishedState;
        Assert.True((rhoD - gibbs.DistinguishedState).FrobeniusNorm() < 1e-10, $"rho_D: {(rhoD - gibbs.DistinguishedState).FrobeniusNorm():E2}");
        Assert.True(Math.Abs(steady.State.MeanSpin('X') - gibbs.MeanSpin.X) / n < 1e-10, "<J_x>/N");
        Assert.True(Math.Abs(steady.State.MeanSpin('Z') - gibbs.MeanSpin.Z) / n < 1e-10, "<J_z>/N");
    }

    /// <summary>
    /// Davies relaxes to its steady state at the rate of the slowest population mode: the late decay of
    /// ‖ρ_D(t) − ρ_D(∞)‖ fitted on a trajectory equals the secular gap, and the state is still bounded after 20
    /// relaxation times (the half-work Hermitian path once let rounding grow there).
    /// </summary>
    [Fact]
    public void Evolve_DaviesLongTime_DecaysAtTheSecularGapToTheSteadyState()
    {
        var bath = new OpenSystem.Baths.BosonicBath(new OpenSystem.Baths.OhmicSpectralDensity(0.01, 5.0), 0.3);
        var (h, qubits, couplings) = SymmetricModels.Family("c4", 6, common: bath);
        var generator = PermutationInvariantGenerator.Build(h, qubits, couplings, new GlobalLindblad());
        double gap = generator.SecularPopulationGap();
        var steady = new SectorSteadyStateSolver().Solve(generator).State.DistinguishedState;
        var plus = Matrix<Complex>.Build.Dense(2, 2, (_, _) => 0.5);
        var initial = SectorState.Product(generator.Model, plus, Math.PI, 0);
        var times = new[] { 0.0, 5 / gap, 10 / gap, 40 / gap };
        var distance = SectorEvolution.Evolve(generator, initial, times).Select(s => (s.DistinguishedState - steady).FrobeniusNorm()).ToArray();
        double rate = Math.Log(distance[1] / distance[2]) / (times[2] - times[1]);
        Assert.True(Math.Abs(rate / gap - 1) < 1e-2, $"fitted rate {rate:E4} against the gap {gap:E4}");
        Assert.True(distance[3] < 1e-8, $"still {distance[3]:E2} from the steady state after 40 relaxation times");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(50)]
    public void Fractions_OfEverySector_SumToOne(int n)
    {
        // The twirl of the identity is the identity: the shares d_{N-1}(j1)/d_N(j) of j = j1 +- 1/2 add up to 1.
        var (h, qubits, _) = SymmetricModels.Family("c4", n);
        var layout = new SectorLayout(CollectiveModel.Of(h, qubits, Enumerable.Range(1, qubits - 1).ToArray()));
        foreach (int twiceJ in layout.TwiceJ)
        {
            double sum = 0;
            foreach (int twiceJ1 in layout.LessTwiceJ())
                if (Math.Abs(twiceJ1 - twiceJ) == 1)
                    sum += layout.Fraction(twiceJ1, twiceJ);
            Assert.True(Math.Abs(sum - 1) < 1e-12, $"2j = {twiceJ}: {sum}");
        }
        Assert.Equal(layout.Levels, layout.TwiceJ.Sum(tj => 2 * (tj + 1)));
    }
}
