using System.Numerics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenSystem.Dynamics;

namespace OpenSystem.Symmetry;

/// <summary>
/// Steady state of a <see cref="PermutationInvariantGenerator"/>: start from the secular (Pauli) populations, then the
/// repository's restarted GMRES (over the real space of Hermitian block vectors) right-preconditioned by the secular part
/// (<c>SectorPreconditioner</c>), as the dense <see cref="SteadyStateSolver"/> does. The answer is certified by its relative
/// residual ‖Lρ‖/(σ‖ρ‖) (σ the fastest population decay rate) and refused above <see cref="Tolerance"/>.
/// </summary>
public sealed class SectorSteadyStateSolver
{
    /// <summary>Largest accepted relative residual (default 1e-10).</summary>
    public double Tolerance { get; init; } = 1e-10;

    /// <summary>GMRES restart length (default 40).</summary>
    public int Restart { get; init; } = 40;

    /// <summary>GMRES iteration budget (default 3000).</summary>
    public int MaxIterations { get; init; } = 3000;

    /// <summary>Solves L ρ = 0, Tr ρ = 1.</summary>
    /// <exception cref="SteadyStateException">The relative residual stayed above <see cref="Tolerance"/>.</exception>
    /// <exception cref="ArithmeticException">The secular population matrix is singular (no unique steady state).</exception>
    public SectorSteadyState Solve(PermutationInvariantGenerator generator, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(generator);
        logger ??= NullLogger.Instance;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var rates = generator.PauliRates();
        double sigma = 0;
        for (int a = 0; a < generator.Levels; a++)
            sigma = Math.Max(sigma, Math.Abs(rates[a, a]));
        if (!(sigma > 0))
            throw new SteadyStateException("No level decays (every population rate is 0): the model has no dissipation in the secular part.", double.PositiveInfinity);
        var pre = new SectorPreconditioner(generator, rates, sigma);
        var rho0 = pre.InitialGuess();
        int n = rho0.Length;
        var b = new Complex[n];
        generator.Apply(rho0, b, hermitian: true);
        for (int i = 0; i < n; i++)
            b[i] = -b[i];
        double goal = 0.1 * Tolerance * sigma * DenseOps.Norm(rho0);
        double bnorm = DenseOps.Norm(b);
        var delta = new Complex[n];
        int iterations = 0;
        if (bnorm > goal)
            (iterations, _) = Gmres.Solve((x, y) => generator.Apply(x, y, hermitian: true), pre.Apply, b, delta, goal / bnorm, Restart, MaxIterations);
        var rho = new Complex[n];
        for (int i = 0; i < n; i++)
            rho[i] = rho0[i] + delta[i];
        var state = generator.FromEigen(rho);
        double trace = state.Trace.Real;
        for (int i = 0; i < n; i++)
            rho[i] /= trace;
        var lr = new Complex[n];
        generator.Apply(rho, lr, hermitian: true);
        double residual = DenseOps.Norm(lr);
        double relative = residual / (sigma * DenseOps.Norm(rho));
        logger.LogInformation("Permutation-invariant steady state: {Numbers} numbers, {Levels} levels, {Iterations} GMRES iterations, relative residual {Relative:E2}, {Seconds:F1} s",
            n, generator.Levels, iterations, relative, clock.Elapsed.TotalSeconds);
        if (!(relative <= Tolerance))
            throw new SteadyStateException($"The permutation-invariant steady state did not converge: relative residual {relative:E2} > tolerance {Tolerance:E1} after {iterations} GMRES iterations.", relative);
        return new SectorSteadyState(generator.FromEigen(rho), residual, relative, iterations);
    }
}
