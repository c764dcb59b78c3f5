using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Dynamics;

namespace OpenSystem.Dynamics.Tests;

/// <summary>
/// The Krylov route (Expokit expv with matrix-free applications of L): on log grids spanning hundreds of Bohr periods it
/// gives the exact route's states (ladder of e^{L h 2^k}) and tightly converged Dormand–Prince's, keeps ρ Hermitian and
/// of unit trace, and is what <see cref="AutoRoute"/> picks above its dense limit on a non-uniform grid.
/// </summary>
public class KrylovRouteTests
{
    private static readonly DormandPrince54 Tight = new() { RelativeTolerance = 1e-11, AbsoluteTolerance = 1e-13 };

    private static readonly TimeGrid LogGrid = TimeGrid.Logarithmic(0.01, 200, 41);

    private static IGenerator Redfield(int qubits) => new Redfield().Build(TestSystems.RandomNetwork(seed: 5, n: qubits));

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void OnALogGrid_AgreesWithTheExactRoute(int qubits)
    {
        var l = Redfield(qubits);
        var start = DensityMatrix.Ground(l.System.Register);
        var krylov = new MasterEquationSolver(l, new KrylovRoute()).Evolve(start, LogGrid);
        var exact = new MasterEquationSolver(l, new ExactRoute()).Evolve(start, LogGrid);
        Assert.IsType<KrylovRoute>(krylov.Statistics.Route);
        AssertClose(krylov, exact, $"d = {l.Dimension}: Krylov vs exact");
    }

    [Fact]
    public void OnALogGrid_AgreesWithDormandPrince()
    {
        var l = Redfield(3);
        var start = DensityMatrix.MaximallyMixed(l.System.Register);
        var krylov = new MasterEquationSolver(l, new KrylovRoute()).Evolve(start, LogGrid);
        var rk = new MasterEquationSolver(l, new RungeKuttaRoute(Tight)).Evolve(start, LogGrid);
        AssertClose(krylov, rk, "Krylov vs Dormand–Prince");
    }

    private static void AssertClose(Trajectory a, Trajectory b, string what)
    {
        Assert.Equal(a.Times, b.Times);
        for (int i = 0; i < a.Times.Count; i++)
        {
            double diff = TestSystems.MaxAbs(a.States[i].Matrix - b.States[i].Matrix);
            Assert.True(diff < 1e-8, $"{what} differ by {diff:E2} at t = {a.Times[i]:G4}");
        }
    }

    [Fact]
    public void KeepsTraceAndHermiticity()
    {
        // a generic start with coherences; L preserves both properties, so must the Krylov projection
        var l = Redfield(4);
        int d = l.Dimension;
        var random = TestSystems.RandomMatrix(d, seed: 11);
        var h = random * random.ConjugateTranspose();
        var rho = DensityMatrix.FromMatrix(l.System.Register, h / h.Trace());
        var grid = TimeGrid.Logarithmic(0.05, 2000, 31);
        var states = new List<Matrix<Complex>>();
        var stats = new MasterEquationSolver(l, new KrylovRoute()).Evolve(rho, grid, (_, state) =>
        {
            states.Add(state.Matrix);
            return true;
        });
        Assert.Equal(grid.Times.Count, states.Count);
        // the start is Hermitian to rounding of its basis change; every later state in the generator's basis is a real
        // combination of Hermitian Krylov vectors, so it stays Hermitian to the same rounding
        double startAsymmetry = TestSystems.MaxAbs(states[0] - states[0].ConjugateTranspose());
        foreach (var m in states)
        {
            Assert.True((m.Trace() - Complex.One).Magnitude < 1e-10, $"trace {m.Trace()}");
            double asymmetry = TestSystems.MaxAbs(m - m.ConjugateTranspose());
            Assert.True(asymmetry <= Math.Max(4 * startAsymmetry, 1e-15), $"ρ − ρ† = {asymmetry:E2} (start {startAsymmetry:E2})");
        }
        Assert.True(stats.Evaluations > 0);
    }

    [Fact]
    public void AutoRoute_PicksKrylovAboveTheDenseLimit_OnlyOnNonUniformGrids()
    {
        var l = Redfield(3);
        var start = DensityMatrix.Ground(l.System.Register);
        var auto = new AutoRoute(new DormandPrince54(), PropagatorMaxDimension: 4);
        var log = new MasterEquationSolver(l, auto).Evolve(start, TimeGrid.Logarithmic(0.1, 10, 5));
        var uniform = new MasterEquationSolver(l, auto).Evolve(start, TimeGrid.Linear(0, 1, 5));
        Assert.IsType<KrylovRoute>(log.Statistics.Route);
        Assert.IsType<RungeKuttaRoute>(uniform.Statistics.Route);
    }

    [Fact]
    public void BadParameters_AreRefusedWithTheReason()
    {
        var l = Redfield(2);
        var start = DensityMatrix.Ground(l.System.Register);
        var small = Assert.Throws<ArgumentOutOfRangeException>(() => new MasterEquationSolver(l, new KrylovRoute(KrylovDimension: 1)).Evolve(start, LogGrid));
        Assert.Contains("at least 2", small.Message);
        var tolerance = Assert.Throws<ArgumentOutOfRangeException>(() => new MasterEquationSolver(l, new KrylovRoute(Tolerance: 0)).Evolve(start, LogGrid));
        Assert.Contains("positive", tolerance.Message);
    }
}
