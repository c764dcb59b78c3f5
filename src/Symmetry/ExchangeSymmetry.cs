using OpenSystem.Dynamics;

namespace OpenSystem.Symmetry;

/// <summary>
/// Classes of exchangeable qubits: qubits a and b are in one class when the transposition (a b) of their labels leaves
/// the Hamiltonian and the multiset of dissipative channels unchanged (identical single-qubit terms, identical couplings
/// to every other qubit, identical baths and jumps). "(a b) is a symmetry" is an equivalence relation
/// ((a c) = (a b)(b c)(a b)), so every class is a set of qubits any permutation of which is a symmetry, and a qubit is
/// tested against one representative per class. Coefficients are equal when they differ by at most
/// <c>relativeTolerance</c> times the largest |coefficient| of the Hamiltonian (frequency units, ħ = 1).
/// </summary>
public static class ExchangeSymmetry
{
    /// <summary>Default relative tolerance for "identical" coefficients: 1e-12.</summary>
    public const double DefaultRelativeTolerance = 1e-12;

    /// <summary>The exchange classes of <paramref name="system"/> (Hamiltonian, bath couplings and jumps).</summary>
    /// <param name="system">The model.</param>
    /// <param name="relativeTolerance">Relative tolerance for equal coefficients (≥ 0).</param>
    /// <returns>The classes, each ascending, ordered by their smallest qubit; every qubit is in exactly one.</returns>
    public static IReadOnlyList<IReadOnlyList<int>> Classes(OpenQuantumSystem system, double relativeTolerance = DefaultRelativeTolerance)
    {
        ArgumentNullException.ThrowIfNull(system);
        return Classes(system.Hamiltonian, system.Register.Count, SymmetryChannel.Of(system), relativeTolerance);
    }

    /// <summary>The exchange classes of a Hamiltonian on <paramref name="qubits"/> qubits with the given channels.</summary>
    /// <param name="hamiltonian">H as a Pauli sum (terms on equal strings are merged first).</param>
    /// <param name="qubits">Number of qubits n (qubits 0..n−1).</param>
    /// <param name="channels">Dissipative channels; null or empty for a closed model.</param>
    /// <param name="relativeTolerance">Relative tolerance for equal coefficients (≥ 0).</param>
    /// <returns>The classes, each ascending, ordered by their smallest qubit; every qubit is in exactly one.</returns>
    /// <exception cref="ArgumentOutOfRangeException">qubits &lt; 1, or a negative or non-finite tolerance.</exception>
    /// <exception cref="ArgumentException">An operator acts on a qubit ≥ n.</exception>
    public static IReadOnlyList<IReadOnlyList<int>> Classes(PauliSum hamiltonian, int qubits,
        IReadOnlyList<SymmetryChannel>? channels = null, double relativeTolerance = DefaultRelativeTolerance)
    {
        ArgumentNullException.ThrowIfNull(hamiltonian);
        if (qubits < 1)
            throw new ArgumentOutOfRangeException(nameof(qubits), qubits, "A model needs at least one qubit.");
        if (!(relativeTolerance >= 0) || double.IsInfinity(relativeTolerance))
            throw new ArgumentOutOfRangeException(nameof(relativeTolerance), relativeTolerance, "The tolerance must be finite and >= 0.");
        channels ??= [];
        if (hamiltonian.MaxQubit >= qubits || channels.Any(c => c.Operator.MaxQubit >= qubits))
            throw new ArgumentException($"An operator acts on a qubit beyond 0..{qubits - 1}.", nameof(qubits));
        double scale = hamiltonian.Terms.Select(t => t.Coefficient.Magnitude).DefaultIfEmpty(0).Max();
        double tolerance = relativeTolerance * Math.Max(scale, 1e-300);
        var h = new PauliTable(hamiltonian, tolerance);
        var tables = channels.Select(c => new PauliTable(c.Operator, tolerance)).ToArray();
        var classes = new List<List<int>>();
        for (int q = 0; q < qubits; q++)
        {
            var home = classes.FirstOrDefault(c => h.InvariantUnder(c[0], q) && ChannelsInvariant(channels, tables, c[0], q));
            if (home is null)
                classes.Add([q]);
            else
                home.Add(q);
        }
        return classes;
    }

    private static bool ChannelsInvariant(IReadOnlyList<SymmetryChannel> channels, PauliTable[] tables, int a, int b)
    {
        var touched = Enumerable.Range(0, tables.Length).Where(k => tables[k].Touches(a, b)).ToList();
        var unmatched = new List<int>(touched);
        foreach (int k in touched)
        {
            int match = unmatched.FindIndex(m => Equals(channels[m].Kind, channels[k].Kind) && tables[m].IsImageOf(tables[k], a, b));
            if (match < 0)
                return false;
            unmatched.RemoveAt(match);
        }
        return true;
    }
}
