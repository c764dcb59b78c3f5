using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Dynamics;

/// <summary>Output of <see cref="MasterEquationSolver.Evolve(DensityMatrix, TimeGrid)"/>: states at the requested times.</summary>
/// <param name="Times">Output times.</param>
/// <param name="States">ρ(t) in the computational basis.</param>
/// <param name="Statistics">What the integrator did.</param>
public sealed record Trajectory(IReadOnlyList<double> Times, IReadOnlyList<DensityMatrix> States, IntegratorStatistics Statistics)
{
    /// <summary>The last state.</summary>
    public DensityMatrix FinalState => States[^1];
}

/// <summary>Integrates dρ/dt = L(ρ) in the energy basis of the generator.</summary>
public sealed class MasterEquationSolver
{
    private readonly Liouvillian _generator;

    /// <summary>Creates a solver; the integrator defaults to <see cref="DormandPrince54"/> with rtol 1e-8, atol 1e-10.</summary>
    public MasterEquationSolver(Liouvillian generator, DormandPrince54? integrator = null)
    {
        ArgumentNullException.ThrowIfNull(generator);
        _generator = generator;
        Integrator = integrator ?? new DormandPrince54();
    }

    /// <summary>The integrator used.</summary>
    public DormandPrince54 Integrator { get; }

    /// <summary>States at every grid time (computational basis); keeps all of them, so use the observer overload for long runs.</summary>
    public Trajectory Evolve(DensityMatrix rho0, TimeGrid grid)
    {
        var states = new List<DensityMatrix>();
        var stats = Evolve(rho0, grid, (_, rhoEigen) =>
        {
            states.Add(DensityMatrix.FromMatrix(rho0.Register, _generator.Basis.FromEigen(rhoEigen), validate: false));
            return true;
        });
        return new Trajectory(grid.Times.Take(states.Count).ToArray(), states, stats);
    }

    /// <summary>
    /// Integrates and calls <paramref name="observe"/>(t, ρ) with ρ in the ENERGY basis (a fresh matrix the callee may
    /// keep) at every grid time; return false to stop.
    /// </summary>
    /// <exception cref="ArgumentException">ρ₀ belongs to another register.</exception>
    /// <exception cref="IntegrationException">The integrator failed.</exception>
    public IntegratorStatistics Evolve(DensityMatrix rho0, TimeGrid grid, Func<double, Matrix<Complex>, bool> observe, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(rho0); ArgumentNullException.ThrowIfNull(grid); ArgumentNullException.ThrowIfNull(observe);
        if (rho0.Register != _generator.System.Register)
            throw new ArgumentException($"Initial state acts on {rho0.Register.Count} qubits but the generator on {_generator.System.Register.Count}.", nameof(rho0));
        int d = _generator.Dimension;
        var y0 = DenseOps.Values(_generator.Basis.ToEigen(rho0.Matrix)).ToArray();
        return Integrator.Integrate((t, y, dy) => _generator.Apply(y, dy, hermitian: true), y0, grid.Times,
            (i, t, y) => observe(t, new MathNet.Numerics.LinearAlgebra.Complex.DenseMatrix(d, d, y)), cancellation);
    }
}
