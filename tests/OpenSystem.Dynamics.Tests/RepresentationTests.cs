using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Dynamics;

namespace OpenSystem.Dynamics.Tests;

/// <summary>
/// The generator representations (dense energy basis, computational-basis permutations, parity sectors) are the same
/// superoperator: applications, trajectories and steady states agree once each state is brought to the computational
/// basis by its own basis object.
/// </summary>
public class RepresentationTests
{
    private static PauliSum Lower(int q) => new([new(PauliString.Parse($"X{q}"), 0.5), new(PauliString.Parse($"Y{q}"), new Complex(0, -0.5))]);

    private static OpenQuantumSystem JumpOnly(int n)
    {
        // Ising chain with a complex Y term (no global parity through it would survive, so use it on the dense check only when n is odd)
        var terms = Enumerable.Range(0, n).Select(i => new PauliTerm(PauliString.Parse($"Z{i}"), 0.9 + 0.1 * i))
            .Concat(Enumerable.Range(0, n - 1).Select(i => new PauliTerm(PauliString.Parse($"X{i} X{i + 1}"), 0.35)));
        var jumps = Enumerable.Range(0, n).Select(i => new JumpChannel(Lower(i), 0.2 + 0.05 * i)).ToArray();
        return new OpenQuantumSystem(new QubitRegister(n), new PauliSum(terms), jumps: jumps);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void PermutationAndDenseGenerators_ApplyTheSameSuperoperator(int n)
    {
        var system = JumpOnly(n);
        var permutation = new GlobalLindblad().Build(system);
        var dense = new GlobalLindblad().BuildEnergyBasis(system);
        Assert.IsType<PermutationGenerator>(permutation);
        Assert.Same(system.Basis, dense.Basis);
        int d = system.Register.Dimension;
        var rho = TestSystems.RandomMatrix(d, seed: 17 + n);
        // L_perm(ρ) in the computational basis against V L_dense(V† ρ V) V†
        var viaPermutation = TestSystems.Apply(permutation, rho);
        var viaDense = dense.Basis.ToComputational(TestSystems.Apply(dense, dense.Basis.FromComputational(rho)));
        Assert.True(TestSystems.MaxAbs(viaPermutation - viaDense) < 1e-12, $"max difference {TestSystems.MaxAbs(viaPermutation - viaDense):E2}");
    }

    [Fact]
    public void PermutationSectorAndDenseTrajectories_Agree()
    {
        // P-even start (all excited): the RK route of the permutation generator integrates the two parity blocks; the
        // dense energy-basis generator and the exact propagator see the full state.
        var system = JumpOnly(4);
        var integrator = new DormandPrince54 { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-12 };
        var start = DensityMatrix.Excited(system.Register);
        var grid = TimeGrid.Linear(0, 4, 9);
        var sectors = new MasterEquationSolver(new GlobalLindblad().Build(system), new RungeKuttaRoute(integrator)).Evolve(start, grid);
        Assert.Contains("parity blocks", sectors.Statistics.Method);
        Assert.IsType<RungeKuttaRoute>(sectors.Statistics.Route);
        var dense = new MasterEquationSolver(new GlobalLindblad().BuildEnergyBasis(system), new RungeKuttaRoute(integrator)).Evolve(start, grid);
        var exact = new MasterEquationSolver(new GlobalLindblad().Build(system), new PropagatorRoute()).Evolve(start, grid);
        Assert.IsType<PropagatorRoute>(exact.Statistics.Route);
        for (int i = 0; i < grid.Times.Count; i++)
        {
            Assert.True(TestSystems.MaxAbs(sectors.States[i].Matrix - dense.States[i].Matrix) < 1e-8, $"sectors vs dense at t = {grid.Times[i]}");
            Assert.True(TestSystems.MaxAbs(exact.States[i].Matrix - dense.States[i].Matrix) < 1e-8, $"propagator vs dense at t = {grid.Times[i]}");
        }
    }

    [Fact]
    public void PermutationAndDenseSteadyStates_Agree_AndCarryTheirBasis()
    {
        var system = JumpOnly(3);
        var solver = new SteadyStateSolver { Algorithm = SteadyStateAlgorithm.Gmres };
        var viaPermutation = solver.Solve(new GlobalLindblad().Build(system));
        var viaDense = solver.Solve(new GlobalLindblad().BuildEnergyBasis(system));
        Assert.IsType<ComputationalBasis>(viaPermutation.Represented.Basis);
        Assert.Same(system.Basis, viaDense.Represented.Basis);
        Assert.True(TestSystems.MaxAbs(viaPermutation.State.Matrix - viaDense.State.Matrix) < 1e-10);
        // the represented state converts itself: same density matrix whichever basis it was found in
        Assert.True(TestSystems.MaxAbs(viaDense.Represented.In(viaPermutation.Represented.Basis).Matrix - viaPermutation.Represented.Matrix) < 1e-10);
    }

    [Fact]
    public void AutoRoute_OfAJumpOnlyModel_RecordsTheRouteItChose()
    {
        var system = JumpOnly(2);
        var auto = new MasterEquationSolver(new Redfield().Build(system)).Evolve(DensityMatrix.Excited(system.Register), TimeGrid.Linear(0, 1, 5));
        Assert.IsType<PropagatorRoute>(auto.Statistics.Route);
        var log = new MasterEquationSolver(new Redfield().Build(system)).Evolve(DensityMatrix.Excited(system.Register), TimeGrid.Logarithmic(0.1, 1, 5));
        Assert.IsType<RungeKuttaRoute>(log.Statistics.Route);
    }
}
