using System.Numerics;
using BenchmarkDotNet.Attributes;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Analysis;
using OpenSystem.Dynamics;

namespace OpenSystem.Benchmarks;

// Every class: the C4 family on n qubits (target + n − 1 ancillas), an Ohmic σˣ bath on every qubit, d = 2^n.
// [ParamsSource] instead of [Params] so the ranges can be overridden without recompiling (see QubitRanges).

/// <summary>The Gibbs state τ = e^{−H/T}/Z: from the Pauli model (diagonalisation included) and from a known basis.</summary>
[MemoryDiagnoser]
public class GibbsStateBenchmarks
{
    public static IEnumerable<int> QubitCounts => QubitRanges.For("gibbs");

    [ParamsSource(nameof(QubitCounts))]
    public int Qubits;

    private OpenQuantumSystem _system = null!;

    [GlobalSetup]
    public void Setup() => _system = Workload.DiagonalisedSystem(Qubits);

    /// <summary>What a first call costs: H as a matrix, its eigendecomposition, then τ in the computational basis.</summary>
    [Benchmark(Description = "Gibbs (diagonalise H + tau)")]
    public DensityMatrix GibbsFromModel() => GibbsState.Of(Workload.NewSystem(Qubits), Workload.Temperature);

    /// <summary>τ when the energy basis is already known (populations and one basis change, V diag(p) V†).</summary>
    [Benchmark(Description = "Gibbs (basis known)")]
    public DensityMatrix GibbsGivenBasis() => GibbsState.Of(_system, Workload.Temperature);
}

/// <summary>
/// Building the generator on an already diagonalised system (the diagonalisation is in <see cref="GibbsStateBenchmarks"/>).
/// The library memoises γ(ω), S(ω) per (bath, ω) for the whole process, so a repeated build with the Lamb shift is "warm";
/// the "cold" case empties that memo first and pays for the S(ω) principal-value quadratures, as a fresh CLI run does.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBuildBenchmarks
{
    public static IEnumerable<int> QubitCounts => QubitRanges.For("build");

    [ParamsSource(nameof(QubitCounts))]
    public int Qubits;

    private OpenQuantumSystem _system = null!;

    [GlobalSetup]
    public void Setup() => _system = Workload.DiagonalisedSystem(Qubits);

    [Benchmark(Description = "Redfield, no Lamb shift")]
    public IGenerator RedfieldNoLambShift() => new Redfield(IncludeLambShift: false).Build(_system);

    [Benchmark(Description = "Redfield + LS (memo warm)")]
    public IGenerator RedfieldLambShiftWarm() => new Redfield(IncludeLambShift: true).Build(_system);

    [Benchmark(Description = "Redfield + LS (cold, S(w) quadratures)")]
    public IGenerator RedfieldLambShiftCold()
    {
        Workload.ClearBathResponseMemo();
        return new Redfield(IncludeLambShift: true).Build(_system);
    }

    [Benchmark(Description = "GlobalLindblad + LS (memo warm)")]
    public IGenerator GlobalLindbladBuild() => new GlobalLindblad(IncludeLambShift: true).Build(_system);
}

/// <summary>One application L(ρ) of the Redfield + Lamb-shift generator on a Hermitian ρ (the path the solvers use).</summary>
[MemoryDiagnoser]
public class LiouvillianApplyBenchmarks
{
    public static IEnumerable<int> QubitCounts => QubitRanges.For("apply");

    [ParamsSource(nameof(QubitCounts))]
    public int Qubits;

    private IGenerator _generator = null!;
    private Matrix<Complex> _rho = null!, _result = null!;

    [GlobalSetup]
    public void Setup()
    {
        _generator = new Redfield(IncludeLambShift: true).Build(Workload.NewSystem(Qubits));
        _rho = Workload.HermitianState(_generator.Dimension);
        _result = Matrix<Complex>.Build.Dense(_generator.Dimension, _generator.Dimension);
    }

    [Benchmark(Description = "L(rho), Redfield + LS, hermitian")]
    public void ApplyHermitian() => _generator.Apply(_rho, _result, hermitian: true);
}

/// <summary>Steady state of Redfield + LS by the dense LU of the d² × d² superoperator (small n only: d ≤ 64).</summary>
[MemoryDiagnoser]
public class SteadyStateDirectBenchmarks
{
    public static IEnumerable<int> QubitCounts => QubitRanges.For("direct");

    [ParamsSource(nameof(QubitCounts))]
    public int Qubits;

    private IGenerator _generator = null!;
    private readonly SteadyStateSolver _solver = new() { Algorithm = SteadyStateAlgorithm.Direct };

    [GlobalSetup]
    public void Setup() => _generator = new Redfield(IncludeLambShift: true).Build(Workload.NewSystem(Qubits));

    [Benchmark(Description = "steady state, Direct (LU)")]
    public SteadyState Direct() => _solver.Solve(_generator);
}

/// <summary>
/// Steady state of Redfield + LS by preconditioned GMRES, with the solver's defaults (relative residual 1e-10 and the
/// uniqueness probe: identical ancillas make H degenerate, so a second solve from a perturbed start is included).
/// </summary>
[MemoryDiagnoser]
public class SteadyStateGmresBenchmarks
{
    public static IEnumerable<int> QubitCounts => QubitRanges.For("gmres");

    [ParamsSource(nameof(QubitCounts))]
    public int Qubits;

    private IGenerator _generator = null!;
    private readonly SteadyStateSolver _solver = new() { Algorithm = SteadyStateAlgorithm.Gmres };

    [GlobalSetup]
    public void Setup() => _generator = new Redfield(IncludeLambShift: true).Build(Workload.NewSystem(Qubits));

    [Benchmark(Description = "steady state, GMRES")]
    public SteadyState Gmres() => _solver.Solve(_generator);
}

/// <summary>
/// Evolution under Redfield + LS from the ground state over a fixed short time, t ∈ [0, 50] with 11 samples: adaptive
/// Dormand–Prince at the library's default tolerances (rtol 1e-8, atol 1e-10), which steps through every oscillation,
/// and the solver's default route (Auto: the exact propagator e^{LΔt} for d ≤ 32 on a uniform grid, Dormand–Prince
/// above). The full relaxation of this family takes t ~ 10⁴ (benchmarks/README.md): Dormand–Prince scales with t, the
/// propagator with the number of samples (plus a fixed e^{LΔt}).
/// </summary>
[MemoryDiagnoser]
public class EvolutionBenchmarks
{
    public const double Duration = 50;
    public const int Samples = 11;

    public static IEnumerable<int> QubitCounts => QubitRanges.For("evolution");

    [ParamsSource(nameof(QubitCounts))]
    public int Qubits;

    private IGenerator _generator = null!;
    private DensityMatrix _ground = null!;
    private readonly TimeGrid _grid = TimeGrid.Linear(0, Duration, Samples);

    [GlobalSetup]
    public void Setup()
    {
        var system = Workload.NewSystem(Qubits);
        _generator = new Redfield(IncludeLambShift: true).Build(system);
        _ground = DensityMatrix.Ground(system.Register);
    }

    [Benchmark(Description = "evolve t = 0..50, Dormand-Prince")]
    public Trajectory EvolveRungeKutta() => new MasterEquationSolver(_generator, new RungeKuttaRoute()).Evolve(_ground, _grid);

    [Benchmark(Description = "evolve t = 0..50, default route (Auto)")]
    public Trajectory EvolveAuto() => new MasterEquationSolver(_generator).Evolve(_ground, _grid);
}

/// <summary>
/// The QuantumToolbox.jl Ising protocol (H = 50 Σ Z_i + 25 Σ X_i X_{i+1}, σ⁻_i jumps with rate 1) in the computational
/// basis: one application L(ρ) (Pauli strings as weighted permutations) on the full d × d state and on the two parity
/// blocks the trajectory integrates, and 0.01 time units of Dormand–Prince at the protocol's tolerances (rtol 1e-6,
/// atol 1e-8) from the all-excited state (parity blocks), which adds the integrator's vector work.
/// </summary>
[MemoryDiagnoser]
public class IsingBenchmarks
{
    public static IEnumerable<int> QubitCounts => QubitRanges.For("ising");

    [ParamsSource(nameof(QubitCounts))]
    public int Qubits;

    private IGenerator _generator = null!;
    private Matrix<Complex> _rho = null!, _result = null!;
    private DensityMatrix _excited = null!;
    private SectorGenerator _sectors = null!;
    private Complex[] _blocks = null!, _blocksResult = null!;
    private readonly TimeGrid _grid = TimeGrid.Linear(0, 0.01, 2);
    private readonly DormandPrince54 _integrator = new() { RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-8 };

    [GlobalSetup]
    public void Setup()
    {
        var system = Workload.Ising(Qubits);
        _generator = new GlobalLindblad().Build(system);
        _rho = Workload.HermitianState(_generator.Dimension);
        _result = Matrix<Complex>.Build.Dense(_generator.Dimension, _generator.Dimension);
        _excited = DensityMatrix.Excited(system.Register);
        _sectors = SectorGenerator.TryCreate(_generator) ?? throw new InvalidOperationException("the Ising chain has the global parity");
        var even = _rho.Clone();
        for (int a = 0; a < even.RowCount; a++)
            for (int b = 0; b < even.ColumnCount; b++)
                if (_sectors.Sectors.Sector(a) != _sectors.Sectors.Sector(b)) even[a, b] = 0;
        _blocks = _sectors.Sectors.ToBlocks(even);
        _blocksResult = new Complex[_blocks.Length];
    }

    [Benchmark(Description = "Ising L(rho), hermitian")]
    public void Apply() => _generator.Apply(_rho, _result, hermitian: true);

    [Benchmark(Description = "Ising L(rho) on the two parity blocks")]
    public void ApplyBlocks() => _sectors.Apply(_blocks, _blocksResult);

    [Benchmark(Description = "Ising evolve t = 0..0.01, DP rtol 1e-6")]
    public Trajectory Evolve() => new MasterEquationSolver(_generator, new RungeKuttaRoute(_integrator)).Evolve(_excited, _grid);
}
