using System.Globalization;

namespace OpenSystem.Baths.Tests;

/// <summary>
/// Reference values from independent computations, written to Data/*.csv by tools/baths/lamb_shift_reference.py:
/// scipy's QAWC on the defining integral of S(ω), mpmath's incomplete-gamma closed form of the Ohmic-family vacuum
/// shift, and QuTiP 4.7's Matsubara correlation functions (see the script's docstring).
/// </summary>
internal static class LambShiftReferenceData
{
    /// <summary>(kind, T, ω, S(ω)) by scipy.integrate.quad(weight='cauchy').</summary>
    public static (string Kind, double T, double W, double S)[] Quadpack { get; } =
        Rows("lamb_shift_quadpack.csv").Select(r => (r[0], D(r[1]), D(r[2]), D(r[3]))).ToArray();

    /// <summary>(α, Ω, s, ω, S₀(ω)) of the Ohmic family from the incomplete-gamma closed form.</summary>
    public static (double Alpha, double Cutoff, double S, double W, double S0)[] OhmicClosedForm { get; } =
        Rows("ohmic_vacuum_closed_form.csv").Select(r => (D(r[0]), D(r[1]), D(r[2]), D(r[3]), D(r[4]))).ToArray();

    /// <summary>(kind, T, ω, γ(ω), S(ω)) from QuTiP's Matsubara coefficients.</summary>
    public static (string Kind, double T, double W, double Rate, double S)[] QuTiP { get; } =
        Rows("qutip_matsubara.csv").Select(r => (r[0], D(r[1]), D(r[2]), D(r[3]), D(r[4]))).ToArray();

    private static double D(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static IEnumerable<string[]> Rows(string file) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", file))
            .Where(line => !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split(','));
}
