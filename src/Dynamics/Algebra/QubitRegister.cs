namespace OpenSystem.Dynamics;

/// <summary>
/// n qubits, Hilbert-space dimension d = 2ⁿ. Ordering convention (model-file spec): qubit 0 is the first (leftmost)
/// Kronecker factor, i.e. the most significant bit of a basis index; within a qubit the basis order is (|e⟩, |g⟩),
/// so bit value 0 is |e⟩ (Z = +1) and bit value 1 is |g⟩ (Z = −1). The all-ground state has index d − 1.
/// </summary>
public sealed record QubitRegister
{
    /// <summary>Largest register the dense eigenbasis representation accepts (d = 4096, ρ of 256 MiB).</summary>
    public const int MaxQubits = 12;

    /// <summary>Creates a register of <paramref name="count"/> qubits.</summary>
    /// <exception cref="ArgumentOutOfRangeException">count &lt; 1 or above <see cref="MaxQubits"/>.</exception>
    public QubitRegister(int count)
    {
        if (count < 1 || count > MaxQubits)
            Throw.OutOfRange(nameof(count), count,
                $"A register needs 1 to {MaxQubits} qubits: d = 2^n and the dense density matrix and generator of " +
                $"n = {count} would need {FormatBytes(count)} per d x d complex matrix.");
        Count = count;
    }

    /// <summary>Number of qubits n.</summary>
    public int Count { get; }

    /// <summary>Hilbert-space dimension d = 2ⁿ.</summary>
    public int Dimension => 1 << Count;

    /// <summary>Throws unless every term of <paramref name="op"/> acts on qubits 0..n−1 of this register.</summary>
    /// <param name="op">The operator.</param>
    /// <param name="what">What the operator is, for the message (e.g. "The Hamiltonian").</param>
    /// <param name="paramName">The parameter that holds the operator, for the exception.</param>
    /// <exception cref="ArgumentException">A term acts on qubit n or higher.</exception>
    public void RequireQubits(PauliSum op, string what, string paramName)
    {
        ArgumentNullException.ThrowIfNull(op);
        if (op.MaxQubit >= Count)
            Throw.Argument(paramName, $"{what} acts on qubit {op.MaxQubit}, but the model has qubits 0..{Count - 1}.");
    }

    /// <summary>Bit mask of qubit <paramref name="qubit"/> in a basis index.</summary>
    public int Mask(int qubit) => 1 << (Count - 1 - qubit);

    private static string FormatBytes(int n) =>
        n >= 60 ? "more than 2^100 bytes" : $"{Math.Pow(2, 2 * n) * 16 / (1 << 30):G3} GiB";
}
