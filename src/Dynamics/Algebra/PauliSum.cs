using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Complex;

namespace OpenSystem.Dynamics;

/// <summary>One term coef · P of a Pauli sum.</summary>
/// <param name="String">The Pauli string P.</param>
/// <param name="Coefficient">Its complex coefficient.</param>
public readonly record struct PauliTerm(PauliString String, Complex Coefficient);

/// <summary>
/// An operator written as Σ coef · (Pauli string), the form of the model file's Hamiltonian, couplings and jumps.
/// Symbolic: <see cref="ToMatrix"/> builds the dense d × d matrix in the computational basis.
/// </summary>
public sealed class PauliSum
{
    /// <summary>Creates a sum from its terms (kept as given; equal strings are not merged).</summary>
    public PauliSum(IEnumerable<PauliTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Terms = terms.ToArray();
        foreach (var t in Terms)
            if (!double.IsFinite(t.Coefficient.Real) || !double.IsFinite(t.Coefficient.Imaginary))
                Throw.Argument(nameof(terms), $"The coefficient of {t.String} is not finite.");
    }

    /// <summary>The terms.</summary>
    public IReadOnlyList<PauliTerm> Terms { get; }

    /// <summary>Qubits on which some term acts.</summary>
    public IReadOnlySet<int> Support => Terms.SelectMany(t => t.String.Support).ToHashSet();

    /// <summary>Largest qubit index used, −1 if none.</summary>
    public int MaxQubit => Terms.Count == 0 ? -1 : Terms.Max(t => t.String.MaxQubit);

    /// <summary>Single-term sum coef · P.</summary>
    public static PauliSum Of(string pauli, Complex coefficient) => new([new PauliTerm(PauliString.Parse(pauli), coefficient)]);

    /// <summary>Sum of two operators.</summary>
    public static PauliSum operator +(PauliSum a, PauliSum b) => new(a.Terms.Concat(b.Terms));

    /// <summary>Scalar multiple.</summary>
    public static PauliSum operator *(Complex c, PauliSum a) => new(a.Terms.Select(t => t with { Coefficient = c * t.Coefficient }));

    /// <summary>Whether the operator is Hermitian: the sum of terms with equal strings has a real coefficient.</summary>
    public double AntiHermitianNorm()
    {
        // Pauli strings are Hermitian and linearly independent, so Σc_P P is Hermitian iff every merged c_P is real.
        return Terms.GroupBy(t => t.String).Select(g => Math.Abs(g.Aggregate(Complex.Zero, (s, t) => s + t.Coefficient).Imaginary))
                    .DefaultIfEmpty(0.0).Max();
    }

    /// <summary>
    /// Throws unless the operator is Hermitian: every merged coefficient real within <see cref="Tolerances.Hermiticity"/>
    /// (Pauli strings are Hermitian and linearly independent, so Σ c_P P is Hermitian iff every merged c_P is real).
    /// </summary>
    /// <param name="paramName">The parameter that holds this operator, for the exception.</param>
    /// <param name="what">What the operator is, for the message (e.g. "Hamiltonian").</param>
    /// <exception cref="ArgumentException">An imaginary part above the tolerance remains.</exception>
    public void RequireHermitian(string paramName, string what)
    {
        double anti = AntiHermitianNorm();
        if (anti > Tolerances.Hermiticity)
            Throw.Argument(paramName, $"{what} must be Hermitian (Pauli strings are Hermitian, so every string's total coefficient " +
                $"must be real); an imaginary part of {anti:G6} remains.");
    }

    /// <summary>The terms whose strings act only on qubits in <paramref name="qubits"/> (identity terms included).</summary>
    public PauliSum RestrictedTo(IReadOnlySet<int> qubits) => new(Terms.Where(t => t.String.Support.All(qubits.Contains)));

    /// <summary>Dense matrix in the computational basis of <paramref name="register"/>.</summary>
    /// <exception cref="ArgumentException">A term acts on a qubit outside the register.</exception>
    public Matrix<Complex> ToMatrix(QubitRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);
        if (MaxQubit >= register.Count)
            throw new ArgumentException($"Operator acts on qubit {MaxQubit} but the register has qubits 0..{register.Count - 1}.", nameof(register));
        int d = register.Dimension;
        var m = new DenseMatrix(d, d);
        var values = m.Values;
        foreach (var term in Terms)
        {
            var (flip, phase) = term.String.Action(register);
            for (int i = 0; i < d; i++)
            {
                int row = i ^ flip;
                values[row + i * d] += term.Coefficient * phase(i);   // column-major: M[row, i]
            }
        }
        return m;
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(" + ", Terms.Select(t => $"({t.Coefficient.Real:G4}{(t.Coefficient.Imaginary != 0 ? $"{t.Coefficient.Imaginary:+G4;-G4}i" : "")}) {t.String}"));
}
