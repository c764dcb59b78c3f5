using OpenSystem.Dynamics;

namespace OpenSystem.Symmetry;

/// <summary>
/// A Hamiltonian on n_D distinguished qubits plus N identical ancillas, rewritten in the ancillas' collective spin
/// J_α = ½ Σ_i σ_α⁽ⁱ⁾: H = Σ c · P ⊗ F(J) (see <see cref="CollectiveTerm"/>). Single-ancilla terms must have the same
/// coefficient on every ancilla, and ancilla–ancilla terms the same coefficient on every pair and symmetric in the pair
/// (then they are collective: Σ_{i&lt;k} σ_α⁽ⁱ⁾σ_α⁽ᵏ⁾ = 2J_α² − N/2, and Σ_{i&lt;k} (σ_α⁽ⁱ⁾σ_β⁽ᵏ⁾ + σ_β⁽ⁱ⁾σ_α⁽ᵏ⁾) =
/// 2{J_α, J_β} for α ≠ β); terms on three or more ancillas are refused. Such an H commutes with the ancillas' total spin J², so it splits into sectors of fixed j.
/// </summary>
public sealed class CollectiveModel
{
    private CollectiveModel(IReadOnlyList<int> distinguished, IReadOnlyList<int> ancillas, IReadOnlyList<CollectiveTerm> terms)
    {
        Distinguished = distinguished;
        Ancillas = ancillas;
        Terms = terms;
    }

    /// <summary>The distinguished qubits (original labels, ascending); qubit k of the distinguished part is Distinguished[k].</summary>
    public IReadOnlyList<int> Distinguished { get; }

    /// <summary>The ancillas (original labels, ascending).</summary>
    public IReadOnlyList<int> Ancillas { get; }

    /// <summary>The collective terms.</summary>
    public IReadOnlyList<CollectiveTerm> Terms { get; }

    /// <summary>Number of ancillas N.</summary>
    public int AncillaCount => Ancillas.Count;

    /// <summary>Dimension D = 2^{n_D} of the distinguished part.</summary>
    public int DistinguishedDimension => 1 << Distinguished.Count;

    /// <summary>Whether H commutes with J_z (every ancilla factor is Z): each sector splits further by m.</summary>
    public bool ConservesJz => Terms.All(t => t.AncillaAxes.All(a => a == 'Z'));

    /// <summary>Largest number of distinguished qubits accepted (D ≤ 16).</summary>
    public const int MaxDistinguished = 4;

    /// <summary>
    /// Finds the ancillas by <see cref="ExchangeSymmetry.Classes(PauliSum, int, IReadOnlyList{SymmetryChannel}?, double)"/>: the
    /// largest exchange class with at least two qubits (the first such class on a tie), every other qubit distinguished.
    /// </summary>
    /// <param name="hamiltonian">H.</param>
    /// <param name="qubits">Number of qubits n.</param>
    /// <param name="channels">Dissipative channels (they can only split classes), or null.</param>
    /// <returns>The collective form, or null when no two qubits are exchangeable.</returns>
    /// <exception cref="ArgumentException">As <see cref="Of"/> (e.g. more than <see cref="MaxDistinguished"/> other qubits).</exception>
    public static CollectiveModel? Detect(PauliSum hamiltonian, int qubits, IReadOnlyList<SymmetryChannel>? channels = null)
    {
        var classes = ExchangeSymmetry.Classes(hamiltonian, qubits, channels);
        var largest = classes.OrderByDescending(c => c.Count).First();
        return largest.Count < 2 ? null : Of(hamiltonian, qubits, largest);
    }

    /// <summary>Rewrites <paramref name="hamiltonian"/> with <paramref name="ancillas"/> as the identical ancillas.</summary>
    /// <param name="hamiltonian">H (Hermitian Pauli sum; equal strings are merged).</param>
    /// <param name="qubits">Number of qubits n of the model.</param>
    /// <param name="ancillas">The ancillas: distinct qubits in 0..n−1, at least one (e.g. an exchange class).</param>
    /// <param name="relativeTolerance">Relative tolerance for "the same coefficient" (of the largest |coefficient|).</param>
    /// <exception cref="ArgumentException">H not Hermitian; bad ancilla list; more than <see cref="MaxDistinguished"/>
    /// other qubits; ancillas not identical; a term on three or more ancillas; pair terms not on every pair.</exception>
    public static CollectiveModel Of(PauliSum hamiltonian, int qubits, IReadOnlyList<int> ancillas,
        double relativeTolerance = ExchangeSymmetry.DefaultRelativeTolerance)
    {
        ArgumentNullException.ThrowIfNull(hamiltonian);
        ArgumentNullException.ThrowIfNull(ancillas);
        hamiltonian.RequireHermitian(nameof(hamiltonian), "The Hamiltonian");
        var ancillaSet = ancillas.ToHashSet();
        if (ancillas.Count == 0 || ancillaSet.Count != ancillas.Count || ancillas.Any(q => q < 0 || q >= qubits))
            throw new ArgumentException($"The ancillas must be distinct qubits in 0..{qubits - 1}, at least one.", nameof(ancillas));
        if (hamiltonian.MaxQubit >= qubits)
            throw new ArgumentException($"The Hamiltonian acts on qubit {hamiltonian.MaxQubit}, beyond 0..{qubits - 1}.", nameof(qubits));
        var distinguished = Enumerable.Range(0, qubits).Where(q => !ancillaSet.Contains(q)).ToArray();
        if (distinguished.Length > MaxDistinguished)
            throw new ArgumentException($"{distinguished.Length} qubits besides the ancillas; the sector method takes at most " +
                $"{MaxDistinguished} (a {1 << MaxDistinguished}-dimensional distinguished part).", nameof(ancillas));
        var sortedAncillas = ancillas.Order().ToArray();
        var position = new Dictionary<int, int>();
        for (int k = 0; k < sortedAncillas.Length; k++)
            position[sortedAncillas[k]] = k;
        double scale = hamiltonian.Terms.Select(t => t.Coefficient.Magnitude).DefaultIfEmpty(0).Max();
        var table = new PauliTable(hamiltonian, relativeTolerance * Math.Max(scale, 1e-300));
        var groups = new Dictionary<(PauliString, string), List<double>>();
        foreach (var (s, c) in table.Terms)
        {
            var onD = s.Factors.Where(f => !ancillaSet.Contains(f.Qubit)).Select(f => (Array.IndexOf(distinguished, f.Qubit), f.Axis));
            var onA = s.Factors.Where(f => ancillaSet.Contains(f.Qubit)).OrderBy(f => position[f.Qubit]).ToArray();
            if (onA.Length > 2)
                throw new ArgumentException($"The term {s} acts on {onA.Length} ancillas; the sector method handles terms on at most " +
                    "two ancillas (collective J_α and J_α J_β).", nameof(hamiltonian));
            var key = (PauliString.Of(onD), new string(onA.Select(f => f.Axis).ToArray()));
            if (!groups.TryGetValue(key, out var list))
                groups[key] = list = [];
            list.Add(c.Real);
        }
        int n = sortedAncillas.Length;
        var terms = new List<CollectiveTerm>();
        foreach (var ((p, axes), values) in groups)
        {
            long expected = axes.Length switch { 0 => 1, 1 => n, _ => (long)n * (n - 1) / 2 };
            if (values.Count != expected || values.Any(v => Math.Abs(v - values[0]) > table.Tolerance))
                throw new ArgumentException($"The ancillas are not identical: the terms {Describe(p, axes)} appear on {values.Count} of " +
                    $"{expected} ancilla {(axes.Length == 2 ? "pairs" : "positions")}{(values.Count == expected ? " with different coefficients" : "")}.",
                    nameof(hamiltonian));
            if (axes.Length == 2 && axes[0] != axes[1])
            {
                var mirror = groups.GetValueOrDefault((p, new string([axes[1], axes[0]])));
                if (mirror is null || Math.Abs(mirror[0] - values[0]) > table.Tolerance)
                    throw new ArgumentException($"The pair terms {Describe(p, axes)} are not symmetric under exchanging the two ancillas.", nameof(hamiltonian));
            }
            terms.Add(new CollectiveTerm(p, values[0], axes.ToCharArray()));
        }
        return new CollectiveModel(distinguished, sortedAncillas, terms);
    }

    private static string Describe(PauliString p, string axes) =>
        $"{(p.Factors.Count == 0 ? "" : p + " (distinguished) ")}with ancilla axes \"{axes}\"";
}
