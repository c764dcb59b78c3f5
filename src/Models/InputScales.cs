using System.Globalization;
using System.Numerics;
using OpenSystem.Dynamics;

namespace OpenSystem.Models;

/// <summary>
/// The scale rule of the model reader: inputs whose scales overflow or underflow double precision are refused, with
/// the key named, before any computation.
/// <list type="number">
/// <item>Every number with a unit (Hamiltonian, coupling and jump coefficients, each part of a complex coefficient,
/// alpha, cutoff, temperature, jump rate, t_end, family parameters) is 0 or has magnitude in
/// [<see cref="MinMagnitude"/>, <see cref="MaxMagnitude"/>] = [1e-100, 1e100]. Products such as ω/T, e^{ω/T}, J(ω) and
/// squared couplings then stay far from the double range (about 1e±308), and no message prints an overflowed value.</item>
/// <item>The Hamiltonian's dynamic range: with the coefficients c_P merged per Pauli string (identity included),
/// ‖H‖₁ = Σ_P |c_P| bounds the spectral radius, and a dense eigensolver finds eigenvalues to about 1e-16 ‖H‖₁. Every
/// nonzero non-identity |c_P| must be at least ‖H‖₁ / <see cref="MaxDynamicRange"/> = 1e-12 ‖H‖₁, so that the energy
/// scale it sets is resolved to about 1e-4 relative accuracy; a smaller term would give Bohr frequencies (and hence
/// rates, Lamb shifts and the secular grouping) that are rounding noise.</item>
/// </list>
/// </summary>
public static class InputScales
{
    /// <summary>Largest magnitude accepted for a number with a unit: 1e100.</summary>
    public const double MaxMagnitude = 1e100;

    /// <summary>Smallest nonzero magnitude accepted for a number with a unit: 1e-100.</summary>
    public const double MinMagnitude = 1e-100;

    /// <summary>Largest ratio ‖H‖₁ / |c_P| accepted for a nonzero non-identity term c_P P of the Hamiltonian: 1e12.</summary>
    public const double MaxDynamicRange = 1e12;

    /// <summary>Why <paramref name="value"/> is refused by rule 1, or null when it is accepted.</summary>
    public static string? Problem(double value)
    {
        double m = Math.Abs(value);
        if (m > MaxMagnitude)
            return $"magnitude {m.ToString("0.##e+0", CultureInfo.InvariantCulture)} is above 1e100: such scales overflow double precision in rates and " +
                "Boltzmann factors (use units in which the model's energies are of order 1)";
        if (m != 0 && m < MinMagnitude)
            return $"nonzero magnitude {m.ToString("0.##e+0", CultureInfo.InvariantCulture)} is below 1e-100: such scales underflow double precision " +
                "(write 0 for an absent term, or use units in which the model's energies are of order 1)";
        return null;
    }

    /// <summary>
    /// Rule 2: the index (into <see cref="PauliSum.Terms"/>) of a term whose merged coefficient is below
    /// ‖H‖₁ / <see cref="MaxDynamicRange"/>, with the reason, or null when the Hamiltonian passes.
    /// </summary>
    public static (int Term, string Reason)? DynamicRangeProblem(PauliSum hamiltonian)
    {
        ArgumentNullException.ThrowIfNull(hamiltonian);
        var merged = new Dictionary<PauliString, Complex>();
        foreach (var t in hamiltonian.Terms)
            merged[t.String] = merged.GetValueOrDefault(t.String) + t.Coefficient;
        double norm = merged.Values.Sum(c => c.Magnitude);
        for (int i = 0; i < hamiltonian.Terms.Count; i++)
        {
            var s = hamiltonian.Terms[i].String;
            double c = merged[s].Magnitude;
            if (s.MaxQubit < 0 || c == 0 || c * MaxDynamicRange >= norm)
                continue;
            return (i, $"the term {s} has |coefficient| {c:G3}, below 1e-12 of the Hamiltonian's scale sum |c| = {norm:G3}: " +
                "eigenvalues are computed to about 1e-16 of that scale, so the energies this term sets would be rounding " +
                "noise (rescale the model or drop the term)");
        }
        return null;
    }
}
