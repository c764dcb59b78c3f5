using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Baths;
using OpenSystem.Dynamics;

namespace OpenSystem.Analysis;

/// <summary>
/// The mean-force Gibbs state ρ_MF = Tr_B e^{−βH_total}/Tr e^{−βH_total} to second order in the system–bath coupling
/// (first order in α), for any network and any set of independent baths at one temperature T = 1/β &gt; 0, with
/// H_total = H_S + Σ_b [H_B,b + A_b ⊗ B_b] as in the model-file spec (ħ = k_B = 1). In the eigenbasis H_S|n⟩ = E_n|n⟩,
/// with ρ_G = e^{−βH_S}/Z_S the Gibbs state:
/// ρ_MF = ρ_G + (F − ρ_G Tr F)/Z_S,   F = Σ_b F_b,
/// (F_b)_nm = Σ_k (A_b)_nk (A_b)_km ∫₀^β du K_b(u) e^{−uE_k} [e^{−(β−u)E_m} − e^{−(β−u)E_n}]/(E_n − E_m),
/// with K_b(u) = ⟨B_b(u)B_b(0)⟩_β the imaginary-time bath correlation (<see cref="ImaginaryTimeCorrelation"/>) and the
/// bracket read as (β − u)e^{−(β−u)E_n} when E_n = E_m, so degenerate levels need no special case.
/// </summary>
/// <remarks>
/// <para>No counterterm: H_S is the system Hamiltonian as given. Independent baths add (no cross terms at this order).
/// Identity parts of A_b matter (they displace the bath and shift H_S at this order) and are kept.</para>
/// <para>Numerics: energies are shifted so that min E = 0 (every exponential is then ≤ 1); the u-integral is a composite
/// Gauss–Legendre rule, <see cref="NodesPerPanel"/> nodes per panel, panels no wider than 2/max(bath scales, spectral
/// width, T). The sum over nodes is done first (two real d×N×d products per bath kernel, N nodes), leaving one d×d×d
/// product per bath (d = 2ⁿ; real when H and the coupling are real); pairs of levels with β|E_n − E_m| &lt; 1e-5 use the
/// derivative of the bracket (exact for E_n = E_m). The node count N grows as β max(Ω, width). When a kernel goes through quadrature in ω (any J but the
/// Ohmic one), the end panels are graded geometrically: a J with a 1/ω tail (Drude–Lorentz) makes K(u) ∝ −ln u at the
/// ends, on which a uniform rule converges only algebraically.</para>
/// <para>At second order ρ_MF is Hermitian with unit trace but need not be positive (strong coupling or low T);
/// <see cref="MinimumEigenvalue"/> reports it and the state is never clipped. T = 0 is refused: the expansion is not
/// uniform in β (a degenerate ground level makes it diverge as T → 0; the gapped limit exists but is not implemented;
/// docs/mean-force.md).</para>
/// <para>At d = 4096 every product runs on the SIMD kernel (<see cref="MatrixProduct"/>), couplings reach the energy
/// basis with one product each, and the two diagnostics above use eigenvalues without eigenvectors.</para>
/// </remarks>
public sealed class MeanForceGibbsState
{
    /// <summary>Gauss–Legendre nodes per panel of the imaginary-time rule (20 nodes gave 1e-13 in the reference checks).</summary>
    public const int NodesPerPanel = 20;

    /// <summary>Eigenvalues above −this count as non-negative in <see cref="IsPositive"/> (eigensolver round-off on a trace-1 matrix).</summary>
    public const double PositivityTolerance = 1e-13;

    private MeanForceGibbsState(Lazy<DensityMatrix> state, Lazy<DensityMatrix> gibbs, Matrix<Complex> energyBasis, double[] populations, double temperature, int nodes,
        IReadOnlyList<Matrix<Complex>> couplings)
    {
        Couplings = couplings;
        _state = state;
        _gibbs = gibbs;
        EnergyBasisMatrix = energyBasis;
        Temperature = temperature;
        QuadratureNodes = nodes;
        var correction = energyBasis.Clone();
        for (int n = 0; n < populations.Length; n++)
        {
            correction[n, n] -= populations[n];
        }
        TraceDistanceToGibbs = 0.5 * Eigenvalues(correction).Sum(Math.Abs);
        MinimumEigenvalue = Eigenvalues(energyBasis).Min();
    }

    /// <summary>ρ_MF in the computational basis (not validated: at second order it can lose positivity; built on first use).</summary>
    public DensityMatrix State => _state.Value;

    // Built on first use: at d = 4096 each is two complex d × d × d products that run --only gibbs does not need.
    private readonly Lazy<DensityMatrix> _state;
    private readonly Lazy<DensityMatrix> _gibbs;

    /// <summary>The Gibbs state ρ_G = e^{−H_S/T}/Z_S of the same system at the same temperature (built on first use).</summary>
    public DensityMatrix Gibbs => _gibbs.Value;

    /// <summary>ρ_MF in the energy eigenbasis of H_S (ascending energies, the order of <see cref="EnergyBasis"/>; do not mutate).</summary>
    public Matrix<Complex> EnergyBasisMatrix { get; }

    /// <summary>The common bath temperature T (k_B = 1).</summary>
    public double Temperature { get; }

    /// <summary>
    /// ½‖ρ_MF − ρ_G‖₁: the size of the second-order correction relative to the Gibbs state (‖ρ_G‖₁ = 1). A value that is not
    /// small (say above 0.1) means the coupling is too strong for a second-order treatment.
    /// </summary>
    public double TraceDistanceToGibbs { get; }

    /// <summary>Smallest eigenvalue of ρ_MF; negative when the second-order state is not positive.</summary>
    public double MinimumEigenvalue { get; }

    /// <summary>Whether ρ_MF is positive: <see cref="MinimumEigenvalue"/> ≥ −<see cref="PositivityTolerance"/>.</summary>
    public bool IsPositive => MinimumEigenvalue >= -PositivityTolerance;

    /// <summary>The coupling operators A_b in the energy basis, one per coupling of the system (do not mutate).</summary>
    internal IReadOnlyList<Matrix<Complex>> Couplings { get; }

    /// <summary>Number of imaginary-time quadrature nodes used.</summary>
    public int QuadratureNodes { get; }

    /// <summary>ρ_MF of <paramref name="system"/> with its baths as given (all at one temperature T &gt; 0).</summary>
    /// <param name="system">The network; its bath couplings define A_b and K_b. Fixed-rate jumps play no role.</param>
    /// <exception cref="ArgumentException">No baths; baths at different temperatures (there is no single equilibrium);
    /// the temperature is 0 (refused: the imaginary-time interval is infinite).</exception>
    public static MeanForceGibbsState Of(OpenQuantumSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        if (system.Couplings.Count == 0)
            throw new ArgumentException("The mean-force Gibbs state needs at least one bath; this system has none.", nameof(system));
        double? common = system.CommonTemperature;
        if (common is null)
        {
            string list = string.Join(", ", system.Couplings.Select(c => c.Bath.Temperature.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)));
            throw new ArgumentException($"The mean-force Gibbs state needs every bath at one temperature; the baths have temperatures {list}, so there is no single equilibrium state.", nameof(system));
        }
        if (common.Value == 0.0)
            throw new ArgumentException("The mean-force Gibbs state is computed for bath temperature > 0 only: at temperature 0 the imaginary-time " +
                "interval [0, 1/T] is infinite and the limit is not implemented; use a small positive temperature.", nameof(system));
        var shared = new Dictionary<BosonicBath, ImaginaryTimeCorrelation>(ReferenceEqualityComparer.Instance);
        var kernels = system.Couplings.Select(c => shared.TryGetValue(c.Bath, out var k) ? k : shared[c.Bath] = ImaginaryTimeCorrelation.Of(c.Bath)).ToArray();
        return Of(system, kernels);
    }

    /// <summary>
    /// ρ_MF with one given kernel per coupling of <paramref name="system"/> (e.g. a bath of discrete modes), all at one
    /// temperature; <paramref name="nodeByNode"/> selects the slow reference evaluation (one d×d×d product per node);
    /// <paramref name="nodesPerPanel"/> sets the Gauss–Legendre order (convergence tests).
    /// </summary>
    internal static MeanForceGibbsState Of(OpenQuantumSystem system, IReadOnlyList<ImaginaryTimeCorrelation> kernels, bool nodeByNode = false,
        int nodesPerPanel = NodesPerPanel)
    {
        if (kernels.Count != system.Couplings.Count)
            throw new ArgumentException($"Need one kernel per coupling: {kernels.Count} kernels, {system.Couplings.Count} couplings.", nameof(kernels));
        double temperature = kernels[0].Temperature;
        if (kernels.Any(k => k.Temperature != temperature))
            throw new ArgumentException("Every kernel must have the same temperature.", nameof(kernels));
        var basis = system.Basis;
        var inEnergyBasis = new EnergyBasisCouplings(system);
        var couplings = system.Couplings.Select(c => inEnergyBasis.Of(c.Operator)).ToArray();
        double scale = Math.Max(Math.Max(kernels.Max(k => k.FrequencyScale), basis.Width), temperature);
        bool graded = kernels.Any(k => !k.IsClosedForm);
        var (u, w) = MeanForceExpansion.Nodes(1.0 / temperature, scale, nodesPerPanel, graded);
        var (rho, nodes) = nodeByNode
            ? MeanForceExpansion.EnergyBasisState(basis.Energies, couplings, kernels, u, w)
            : MeanForceSpectralSum.EnergyBasisState(basis.Energies, couplings, kernels, u, w);
        var state = new Lazy<DensityMatrix>(() => DensityMatrix.FromMatrix(system.Register, basis.FromEigen(rho), validate: false));
        var gibbs = new Lazy<DensityMatrix>(() => GibbsState.Of(system, temperature));
        return new MeanForceGibbsState(state, gibbs, rho, GibbsState.Populations(basis, temperature), temperature, nodes,
            couplings);
    }

    // Eigenvalues only (no eigenvectors): a quarter of the work of a full eigendecomposition at d = 4096.
    private static double[] Eigenvalues(Matrix<Complex> m) => SymmetricEigenvalues.Of(m);
}
