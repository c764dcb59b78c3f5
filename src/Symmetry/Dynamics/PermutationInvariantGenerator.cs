using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Complex;
using OpenSystem.Dynamics;

namespace OpenSystem.Symmetry;

/// <summary>
/// A master equation (global Bloch–Redfield with or without the Lamb shift, global Davies, or the local GKLS equation) of n_D ≤ 4 distinguished qubits
/// and N identical ancillas, applied to permutation-invariant states (<see cref="SectorState"/>) without forming the
/// 2^(n_D+N)-dimensional space. H = ⊕_j H_j ⊗ 1 (<see cref="CollectiveModel"/>); baths on the distinguished qubits act
/// sector by sector; the N baths of the ancillas (one each, identical) enter through
/// Σ_k A_k ρ B_k = N · Twirl(A_N ρ B_N), evaluated in the blocks j₁ ⊗ ½ of the first N − 1 ancillas with the weights
/// d_{N−1}(j₁)/d_N(j) (docs/permutation-symmetry.md, "Dynamics"). The one-sided terms use K = Σ_k X_k Λ_k = N · Twirl(X_N Λ_N),
/// itself block diagonal. Conventions and rates are those of the dense <see cref="Redfield"/> and
/// <see cref="GlobalLindblad"/>: Λ_ab = Γ(E_b − E_a) X_ab, Γ = γ/2 + iS, positive ω emission, Bohr frequencies grouped
/// over the whole spectrum (<see cref="Tolerances.Degeneracy"/>). Frequencies in the units of H; time in 1/those.
/// Internally states are flat vectors of the weighted blocks in each H_j's eigenbasis. Not thread-safe.
/// </summary>
public sealed class PermutationInvariantGenerator
{
    private readonly SectorLayout _layout;
    private readonly IReadOnlyList<ISectorDissipator> _terms;
    private readonly Matrix<Complex>[] _oneSided;
    private readonly Matrix<Complex>[] _oneSidedAdjoint;

    private PermutationInvariantGenerator(SectorLayout layout, MasterEquation equation, IReadOnlyList<ISectorDissipator> terms)
    {
        _layout = layout;
        Equation = equation;
        _terms = terms;
        _oneSided = layout.Size.Select(n => (Matrix<Complex>)new DenseMatrix(n, n)).ToArray();
        foreach (var term in terms)
            term.AddOneSided(_oneSided);
        _oneSidedAdjoint = _oneSided.Select(k => k.ConjugateTranspose()).ToArray();
    }

    /// <summary>Builds the generator of a dense-free model: H, its bath couplings and the equation.</summary>
    /// <param name="hamiltonian">H as a Pauli sum (any number of qubits; no register is built).</param>
    /// <param name="qubits">Number of qubits n.</param>
    /// <param name="couplings">Independent baths: on distinguished qubits, and one per ancilla (images of each other).</param>
    /// <param name="equation"><see cref="Redfield"/>, <see cref="GlobalLindblad"/> or <see cref="LocalLindblad"/>.</param>
    /// <exception cref="ArgumentException">No two exchangeable qubits, or the model is not of the collective form.</exception>
    /// <exception cref="NotSupportedException">Another equation; a bath on several ancillas; for the local equation, a bath on an ancilla and a distinguished qubit at once.</exception>
    public static PermutationInvariantGenerator Build(PauliSum hamiltonian, int qubits, IReadOnlyList<BathCoupling> couplings, MasterEquation equation)
    {
        ArgumentNullException.ThrowIfNull(couplings);
        ArgumentNullException.ThrowIfNull(equation);
        if (couplings.Count == 0)
            throw new ArgumentException("The model has no bath, so it has no dissipation.", nameof(couplings));
        var model = CollectiveModel.Detect(hamiltonian, qubits, SymmetryChannel.Of(couplings))
            ?? throw new ArgumentException("No two qubits are exchangeable (same terms, couplings and baths): there is no permutation symmetry to use.", nameof(hamiltonian));
        var layout = new SectorLayout(model);
        List<ISectorDissipator> terms = equation switch
        {
            LocalLindblad l => SectorLocalTerm.Build(layout, hamiltonian, couplings, l).ToList(),
            Redfield r => SectorChannels.Of(couplings, layout).Select(c => (ISectorDissipator)new SectorRedfieldTerm(layout, c, layout.Bohr(Tolerances.BohrDegeneracy), r.IncludeLambShift)).ToList(),
            GlobalLindblad g => Davies(layout, SectorChannels.Of(couplings, layout), g),
            _ => throw new NotSupportedException($"The permutation-invariant solver takes Redfield, Davies and the local equation, not {equation}."),
        };
        return new PermutationInvariantGenerator(layout, equation, terms);
    }

    /// <summary>Builds the generator of <paramref name="system"/> (which must have no jumps).</summary>
    /// <exception cref="NotSupportedException">The system has fixed-rate jumps.</exception>
    public static PermutationInvariantGenerator Build(OpenQuantumSystem system, MasterEquation equation)
    {
        ArgumentNullException.ThrowIfNull(system);
        if (system.Jumps.Count > 0)
            throw new NotSupportedException("The permutation-invariant solver takes bath couplings only; the model has fixed-rate jumps.");
        return Build(system.Hamiltonian, system.Register.Count, system.Couplings, equation);
    }

    private static List<ISectorDissipator> Davies(SectorLayout layout, IReadOnlyList<SectorChannels.Channel> channels, GlobalLindblad g)
    {
        var bohr = layout.Bohr(g.DegeneracyTolerance);
        return channels.Select(c => (ISectorDissipator)new SectorDaviesTerm(layout, c, bohr, g.IncludeLambShift)).ToList();
    }

    /// <summary>The model (distinguished qubits and ancillas).</summary>
    public CollectiveModel Model => _layout.Model;

    /// <summary>The equation (provenance).</summary>
    public MasterEquation Equation { get; }

    /// <summary>Number of stored numbers, Σ_j (D(2j + 1))².</summary>
    public int Length => _layout.Length;

    /// <summary>Number of distinct levels Σ_j D(2j + 1) (the size of the population rate matrix).</summary>
    public int Levels => _layout.Levels;

    internal SectorLayout Layout => _layout;

    /// <summary>L(ρ) of a permutation-invariant operator (Hermitian or not).</summary>
    public SectorState Apply(SectorState rho)
    {
        ArgumentNullException.ThrowIfNull(rho);
        var x = ToEigen(rho);
        var y = new Complex[x.Length];
        Apply(x, y, hermitian: false);
        return FromEigen(y);
    }

    /// <summary>
    /// y = L(x) on flat eigen-basis vectors. <paramref name="hermitian"/> promises x = x† and halves the Redfield work;
    /// the input blocks are then replaced by their Hermitian parts (x + x†)/2, so that the rounding's anti-Hermitian
    /// residue maps to 0 instead of growing (the half-work formula is not L on anti-Hermitian operators, and an
    /// integrator run on it diverged after t ~ 400 at c4, N = 6).
    /// </summary>
    internal void Apply(Complex[] x, Complex[] y, bool hermitian)
    {
        int count = _layout.TwiceJ.Length;
        var rho = new DenseMatrix[count];
        var output = new DenseMatrix[count];
        for (int s = 0; s < count; s++)
        {
            int n = _layout.Size[s];
            var values = new Complex[n * n];
            Array.Copy(x, _layout.Offset[s], values, 0, n * n);
            rho[s] = new DenseMatrix(n, n, values);
            if (hermitian)
                Hermitise(values, n);
            output[s] = new DenseMatrix(n, n);
        }
        foreach (var term in _terms)
            term.Apply(rho, output, hermitian);
        for (int s = 0; s < count; s++)
        {
            var e = _layout.Energies[s];
            int n = _layout.Size[s];
            var one = new DenseMatrix(n, n);
            DenseOps.Multiply(_oneSided[s], rho[s], one);
            if (hermitian)
                DenseOps.AddAdjoint(one.Clone(), one);
            else
                DenseOps.MultiplyAdd(rho[s], _oneSidedAdjoint[s], one);
            var o = output[s].Values;
            var r = rho[s].Values;
            var left = one.Values;
            for (int d = 0; d < n; d++)
                for (int a = 0; a < n; a++)
                    y[_layout.Offset[s] + a + d * n] = o[a + d * n] - left[a + d * n] - Complex.ImaginaryOne * (e[a] - e[d]) * r[a + d * n];
        }
    }

    private static void Hermitise(Complex[] values, int n)
    {
        for (int d = 0; d < n; d++)
            for (int a = 0; a <= d; a++)
            {
                var mean = 0.5 * (values[a + d * n] + Complex.Conjugate(values[d + a * n]));
                values[a + d * n] = mean;
                values[d + a * n] = Complex.Conjugate(mean);
            }
    }

    /// <summary>
    /// The population block of L in the eigenbasis (the secular Pauli rate matrix): W[a, b] = rate from level b to level a
    /// in the weighted representation, columns summing to 0.
    /// </summary>
    internal double[,] PauliRates()
    {
        var w = new double[_layout.Levels, _layout.Levels];
        foreach (var term in _terms)
            term.AddPauli(w);
        for (int s = 0; s < _layout.TwiceJ.Length; s++)
            for (int a = 0; a < _layout.Size[s]; a++)
                w[_layout.LevelOffset[s] + a, _layout.LevelOffset[s] + a] -= 2 * _oneSided[s][a, a].Real;
        return w;
    }

    /// <summary>
    /// The slowest relaxation rate of the populations in the secular (Pauli) part: the second-smallest |eigenvalue| of the
    /// rate matrix W over all Σ_j D(2j + 1) levels (the smallest is the stationary 0). For Davies with a non-degenerate
    /// spectrum the populations decouple from the coherences, so this is the Liouvillian gap unless a coherence decays
    /// more slowly; for Redfield it is the gap of the secular approximation. Units of a rate. Dense eigenvalues of W:
    /// O(levels³), levels = 1352 at N = 50 (D = 2).
    /// </summary>
    public double SecularPopulationGap()
    {
        var w = PauliRates();
        var m = Matrix<double>.Build.Dense(Levels, Levels, (i, j) => w[i, j]);
        var magnitudes = m.Evd().EigenValues.Select(e => e.Magnitude).Order().ToArray();
        return magnitudes.Length > 1 ? magnitudes[1] : double.PositiveInfinity;
    }

    /// <summary>Approximate diagonal of L on the coherence (a, d) of sector s: −i(E_a − E_d) − K_aa − conj(K_dd).</summary>
    internal Complex CoherenceRate(int s, int a, int d) =>
        -Complex.ImaginaryOne * (_layout.Energies[s][a] - _layout.Energies[s][d]) - _oneSided[s][a, a] - Complex.Conjugate(_oneSided[s][d, d]);

    /// <summary>The flat eigen-basis vector of <paramref name="rho"/>: V_j† ρ̃_j V_j, sector after sector.</summary>
    internal Complex[] ToEigen(SectorState rho)
    {
        var x = new Complex[_layout.Length];
        for (int s = 0; s < _layout.TwiceJ.Length; s++)
        {
            var v = _layout.Vectors[s];
            var e = (DenseMatrix)(v.ConjugateTranspose() * rho.Blocks[s] * v);
            Array.Copy(e.Values, 0, x, _layout.Offset[s], e.Values.Length);
        }
        return x;
    }

    /// <summary>The state of a flat eigen-basis vector: ρ̃_j = V_j x_j V_j†.</summary>
    internal SectorState FromEigen(Complex[] x)
    {
        var blocks = new Matrix<Complex>[_layout.TwiceJ.Length];
        for (int s = 0; s < blocks.Length; s++)
        {
            int n = _layout.Size[s];
            var values = new Complex[n * n];
            Array.Copy(x, _layout.Offset[s], values, 0, n * n);
            var v = _layout.Vectors[s];
            blocks[s] = v * new DenseMatrix(n, n, values) * v.ConjugateTranspose();
        }
        return new SectorState(_layout.Model, blocks);
    }
}
