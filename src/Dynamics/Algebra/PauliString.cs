using System.Numerics;

namespace OpenSystem.Dynamics;

/// <summary>
/// A tensor product of single-qubit Pauli operators, e.g. "X0 Z1" = σˣ₀ σᶻ₁ (identity on the other qubits).
/// X = [[0,1],[1,0]], Y = [[0,−i],[i,0]], Z = diag(1, −1) in the (|e⟩, |g⟩) basis.
/// </summary>
public sealed class PauliString : IEquatable<PauliString>
{
    private readonly (int Qubit, char Axis)[] _factors;

    private PauliString((int, char)[] factors) => _factors = factors;

    /// <summary>The identity string.</summary>
    public static PauliString Identity { get; } = new([]);

    /// <summary>Factors ordered by qubit index.</summary>
    public IReadOnlyList<(int Qubit, char Axis)> Factors => _factors;

    /// <summary>Qubits on which the string acts non-trivially.</summary>
    public IEnumerable<int> Support => _factors.Select(f => f.Qubit);

    /// <summary>Single-factor string.</summary>
    public static PauliString Single(char axis, int qubit) => Of([(qubit, axis)]);

    /// <summary>Builds a string from factors; each qubit may appear once; axis is X, Y or Z.</summary>
    /// <exception cref="FormatException">Repeated qubit, negative index or unknown axis.</exception>
    public static PauliString Of(IEnumerable<(int Qubit, char Axis)> factors)
    {
        var list = factors.ToArray();
        foreach (var (q, a) in list)
        {
            if (a is not ('X' or 'Y' or 'Z')) throw new FormatException($"Unknown Pauli axis '{a}'; use X, Y or Z.");
            if (q < 0) throw new FormatException($"Qubit index {q} is negative.");
        }
        var repeated = list.GroupBy(f => f.Qubit).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) throw new FormatException($"Qubit {repeated.Key} appears more than once in a Pauli string.");
        Array.Sort(list, (x, y) => x.Qubit.CompareTo(y.Qubit));
        return new PauliString(list);
    }

    /// <summary>Parses "X3 Y0 Z12" (space separated) or "I" (identity).</summary>
    /// <exception cref="FormatException">Malformed text; the message says what is wrong.</exception>
    public static PauliString Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0) throw new FormatException("Empty Pauli string; use \"I\" for the identity.");
        if (tokens is ["I"]) return Identity;
        var factors = new List<(int, char)>();
        foreach (var token in tokens)
        {
            if (token.Length < 2 || !int.TryParse(token.AsSpan(1), System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out int q))
                throw new FormatException($"Malformed Pauli factor \"{token}\"; expected an axis X, Y or Z followed by a qubit index, e.g. X0.");
            factors.Add((q, token[0]));
        }
        return Of(factors);
    }

    /// <summary>Largest qubit index used, or −1 for the identity.</summary>
    public int MaxQubit => _factors.Length == 0 ? -1 : _factors[^1].Qubit;

    /// <summary>
    /// Action on a computational basis state: P|i⟩ = phase · |i ⊕ flip⟩.
    /// </summary>
    public (int Flip, Func<int, Complex> Phase) Action(QubitRegister register)
    {
        int flip = 0, yMask = 0, zMask = 0;
        foreach (var (q, a) in _factors)
        {
            int m = register.Mask(q);
            if (a is 'X' or 'Y') flip |= m;
            if (a == 'Y') yMask |= m;
            if (a == 'Z') zMask |= m;
        }
        int yCount = BitOperations.PopCount((uint)yMask);
        return (flip, i =>
        {
            // Y|e⟩ = i|g⟩, Y|g⟩ = −i|e⟩: phase i^{#Y} (−1)^{#Y on |g⟩}; Z gives (−1) on |g⟩ (bit 1).
            int minus = BitOperations.PopCount((uint)(i & (yMask | zMask)));
            Complex p = (yCount % 4) switch { 0 => 1, 1 => Complex.ImaginaryOne, 2 => -1, _ => -Complex.ImaginaryOne };
            return (minus & 1) == 0 ? p : -p;
        });
    }

    /// <inheritdoc />
    public bool Equals(PauliString? other) => other is not null && _factors.SequenceEqual(other._factors);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PauliString);

    /// <inheritdoc />
    public override int GetHashCode() => _factors.Aggregate(17, (h, f) => HashCode.Combine(h, f.Qubit, f.Axis));

    /// <inheritdoc />
    public override string ToString() => _factors.Length == 0 ? "I" : string.Join(' ', _factors.Select(f => $"{f.Axis}{f.Qubit}"));
}
