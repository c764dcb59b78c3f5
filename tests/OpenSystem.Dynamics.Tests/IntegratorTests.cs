using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Dynamics;

namespace OpenSystem.Dynamics.Tests;

/// <summary>The adaptive integrator against the exact propagator e^{Lt} of a small Liouvillian.</summary>
public class IntegratorTests
{
    [Theory]
    [InlineData("redfield", "rk", 1e-8)]
    [InlineData("lindblad", "rk", 1e-8)]
    [InlineData("redfield", "propagator", 1e-12)]
    [InlineData("lindblad", "propagator", 1e-12)]
    public void Evolution_MatchesEigendecompositionPropagator(string kind, string method, double tolerance)
    {
        var system = TestSystems.RandomNetwork(seed: 31, n: 2, alpha: 2e-2, t: 0.4, complexTerms: true);
        MasterEquation eq = kind == "redfield" ? new Redfield(true) : new GlobalLindblad(true);
        var l = eq.Build(system);
        int d = l.Dimension;
        // e^{Lt} = V e^{Λt} V⁻¹ from the eigendecomposition of the dense 16 x 16 superoperator.
        var dense = l.ToMatrix();
        var evd = dense.Evd();
        var v = evd.EigenVectors; var vInv = v.Inverse(); var lambda = evd.EigenValues;
        var rho0 = DensityMatrix.Product(system.Register, [(0.6, 0.0, 0.8), (0, -1, 0)]);
        var vec0 = Vectorise(system.Basis.ToEigen(rho0.Matrix));
        var grid = TimeGrid.Linear(0, 60, 7);
        var integrator = new DormandPrince54 { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-12 };
        int i = 0; double worst = 0;
        EvolutionRoute route = method == "rk" ? new RungeKuttaRoute(integrator) : new PropagatorRoute();
        new MasterEquationSolver(l, route).Evolve(rho0, grid, (t, rho) =>
        {
            var exact = v * Matrix<Complex>.Build.DenseOfDiagonalVector(lambda.Map(z => Complex.Exp(z * t))) * vInv * vec0;
            Assert.Same(system.Basis, rho.Basis);
            var got = Vectorise(rho.Matrix);
            worst = Math.Max(worst, (exact - got).AbsoluteMaximum().Magnitude);
            i++;
            return true;
        });
        Assert.Equal(7, i);
        Assert.True(worst < tolerance, $"max deviation {worst:E2}");
    }

    [Fact]
    public void MatrixExponential_OfRotationGenerator_IsRotation()
    {
        // e^{θ J} with J = [[0, -1], [1, 0]] is the rotation by θ; θ = 1000 needs many squarings.
        var j = Matrix<double>.Build.DenseOfArray(new double[,] { { 0, -1 }, { 1, 0 } });
        var (e, squarings) = MatrixExponential.Compute(1000.0 * j);
        Assert.True(squarings >= 10);
        Assert.Equal(Math.Cos(1000.0), e[0, 0], 10);
        Assert.Equal(Math.Sin(1000.0), e[1, 0], 10);
    }

    [Fact]
    public void Propagator_NeedsUniformGrid()
    {
        var l = new GlobalLindblad().Build(TestSystems.RandomNetwork(seed: 3, n: 2));
        Assert.Throws<ArgumentException>("grid", () => new MasterEquationSolver(l, new PropagatorRoute())
            .Evolve(DensityMatrix.Ground(l.System.Register), TimeGrid.Logarithmic(1, 100, 5), (_, _) => true));
    }

    [Fact]
    public void DormandPrince_ErrorShrinksWithTolerance()
    {
        // dy/dt = i y (a rotation): y(T) = e^{iT}; at T = 50 the global error follows the tolerance.
        double Error(double rtol)
        {
            Complex[]? last = null;
            new DormandPrince54 { RelativeTolerance = rtol, AbsoluteTolerance = rtol * 1e-2 }.Integrate(
                (t, y, dy) => dy[0] = Complex.ImaginaryOne * y[0], [Complex.One], [0.0, 50.0], (k, t, y) => { last = y; return true; });
            return (last![0] - Complex.Exp(new Complex(0, 50))).Magnitude;
        }
        double coarse = Error(1e-5), fine = Error(1e-9);
        Assert.True(fine < 1e-6 && fine < coarse / 100, $"errors {coarse:E2} (rtol 1e-5) and {fine:E2} (rtol 1e-9)");
    }

    [Fact]
    public void DormandPrince_StepBudgetExhausted_ThrowsWithTime()
    {
        var ex = Assert.Throws<IntegrationException>(() => new DormandPrince54 { MaxSteps = 5 }.Integrate(
            (t, y, dy) => dy[0] = Complex.ImaginaryOne * 100 * y[0], [Complex.One], [0.0, 100.0], (k, t, y) => true));
        Assert.True(ex.Time < 100 && ex.Steps == 5);
    }

    private static MathNet.Numerics.LinearAlgebra.Vector<Complex> Vectorise(Matrix<Complex> m) => MathNet.Numerics.LinearAlgebra.Vector<Complex>.Build.DenseOfArray(m.ToColumnMajorArray());
}
