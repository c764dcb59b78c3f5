using System.Numerics;
using OpenSystem.Dynamics;

namespace OpenSystem.Symmetry;

/// <summary>
/// A Pauli sum with equal strings merged and (numerically) zero coefficients dropped, indexed by qubit, so that the
/// image of the operator under a transposition of two qubits can be checked term by term.
/// </summary>
internal sealed class PauliTable
{
    private readonly Dictionary<PauliString, Complex> _terms = new();
    private readonly Dictionary<int, List<PauliString>> _byQubit = new();

    public PauliTable(PauliSum op, double absoluteTolerance)
    {
        foreach (var t in op.Terms)
            _terms[t.String] = _terms.GetValueOrDefault(t.String) + t.Coefficient;
        foreach (var key in _terms.Where(kv => kv.Value.Magnitude <= absoluteTolerance).Select(kv => kv.Key).ToArray())
            _terms.Remove(key);
        foreach (var s in _terms.Keys)
            foreach (int q in s.Support)
            {
                if (!_byQubit.TryGetValue(q, out var list))
                    _byQubit[q] = list = [];
                list.Add(s);
            }
        Tolerance = absoluteTolerance;
    }

    /// <summary>Coefficients closer than this are equal.</summary>
    public double Tolerance { get; }

    /// <summary>The merged terms.</summary>
    public IReadOnlyDictionary<PauliString, Complex> Terms => _terms;

    /// <summary>Number of terms acting on <paramref name="qubit"/>.</summary>
    public int Degree(int qubit) => _byQubit.TryGetValue(qubit, out var list) ? list.Count : 0;

    /// <summary>Whether every term touching a or b has its image under (a b) in the table with the same coefficient.</summary>
    public bool InvariantUnder(int a, int b)
    {
        if (Degree(a) != Degree(b))
            return false;
        foreach (var s in Touching(a, b))
        {
            if (!_terms.TryGetValue(Swap(s, a, b), out var image))
                return false;
            if ((image - _terms[s]).Magnitude > Tolerance)
                return false;
        }
        return true;
    }

    /// <summary>Whether <paramref name="other"/> is this operator with qubits a and b exchanged.</summary>
    public bool IsImageOf(PauliTable other, int a, int b)
    {
        if (other._terms.Count != _terms.Count)
            return false;
        foreach (var (s, c) in other._terms)
            if (!_terms.TryGetValue(Swap(s, a, b), out var image) || (image - c).Magnitude > Tolerance)
                return false;
        return true;
    }

    /// <summary>Whether the operator acts on a or b.</summary>
    public bool Touches(int a, int b) => Degree(a) > 0 || Degree(b) > 0;

    private IEnumerable<PauliString> Touching(int a, int b)
    {
        var seen = new HashSet<PauliString>();
        foreach (int q in new[] { a, b })
            if (_byQubit.TryGetValue(q, out var list))
                foreach (var s in list)
                    if (seen.Add(s))
                        yield return s;
    }

    /// <summary>The string with the labels a and b exchanged.</summary>
    public static PauliString Swap(PauliString s, int a, int b) =>
        PauliString.Of(s.Factors.Select(f => (f.Qubit == a ? b : f.Qubit == b ? a : f.Qubit, f.Axis)));
}
