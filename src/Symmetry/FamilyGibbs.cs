using OpenSystem.Models;

namespace OpenSystem.Symmetry;

/// <summary>
/// The Gibbs state of a model family (<see cref="ModelFamilies"/>: <c>c4</c>, <c>c1</c>, <c>c7</c>, <c>eq9</c>) by total-spin
/// sectors, without a dense register: usable up to <see cref="ModelFamilies.MaxAncillas"/> ancillas. Qubit layout as in
/// <see cref="ModelFamilies"/>: target = qubit 0 (qubit 1 for <c>eq9</c>), mediator = qubit 1 (<c>c7</c>), the rest ancillas.
/// </summary>
public static class FamilyGibbs
{
    /// <summary>The family Hamiltonian in collective form.</summary>
    /// <param name="family">Family name (<c>family.name</c> of the model file).</param>
    /// <param name="parameters">The family's parameters in the order of <see cref="ModelFamily.Parameters"/> (frequency units).</param>
    /// <param name="ancillas">N, 1..<see cref="ModelFamilies.MaxAncillas"/> (exactly 1 for <c>eq9</c>).</param>
    /// <exception cref="ArgumentException">Unknown family or wrong number of parameters (ParamName names which).</exception>
    /// <exception cref="ArgumentOutOfRangeException">N outside the family's range.</exception>
    public static CollectiveModel Model(string family, IReadOnlyList<double> parameters, int ancillas)
    {
        ArgumentNullException.ThrowIfNull(family);
        ArgumentNullException.ThrowIfNull(parameters);
        if (!ModelFamilies.All.TryGetValue(family, out var f))
            throw new ArgumentException($"Unknown family \"{family}\"; use one of {string.Join(", ", ModelFamilies.All.Keys)}.", nameof(family));
        if (parameters.Count != f.Parameters.Count || parameters.Any(p => !double.IsFinite(p)))
            throw new ArgumentException($"Family \"{family}\" takes {f.Parameters.Count} finite parameters ({string.Join(", ", f.Parameters)}), " +
                $"got {parameters.Count}.", nameof(parameters));
        int min = f.FixedAncillas ?? 1, max = f.FixedAncillas ?? ModelFamilies.MaxAncillas;
        if (ancillas < min || ancillas > max)
            throw new ArgumentOutOfRangeException(nameof(ancillas), ancillas, $"Family \"{family}\" takes {min}..{max} ancillas.");
        int qubits = f.Qubits(ancillas);
        int[] layout = family == "eq9" ? [0] : Enumerable.Range(f.ExtraQubits, ancillas).ToArray();
        return CollectiveModel.Of(f.Build(ancillas, parameters.ToArray()), qubits, layout);
    }

    /// <summary>Target qubit of a family: 1 for <c>eq9</c> (its TLS 2), 0 otherwise.</summary>
    public static int TargetQubit(string family) => family == "eq9" ? 1 : 0;

    /// <summary>
    /// Bloch vectors of target, mediator and one ancilla in the Gibbs state τ(T) = e^{−H/T}/Z for every temperature; the
    /// sectors are diagonalised once for the whole sweep.
    /// </summary>
    /// <param name="family">Family name.</param>
    /// <param name="parameters">Parameters in the order of <see cref="ModelFamily.Parameters"/>.</param>
    /// <param name="ancillas">Number of ancillas N.</param>
    /// <param name="temperatures">Temperatures T ≥ 0 (k_B = 1); T = 0 is the ground space.</param>
    /// <exception cref="ArgumentException">See <see cref="Model"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">N out of range, or a temperature negative or not finite.</exception>
    public static IReadOnlyList<FamilyGibbsPoint> Sweep(string family, IReadOnlyList<double> parameters, int ancillas, IReadOnlyList<double> temperatures)
    {
        ArgumentNullException.ThrowIfNull(temperatures);
        foreach (double t in temperatures)
            if (!(t >= 0) || double.IsInfinity(t))
                throw new ArgumentOutOfRangeException(nameof(temperatures), t, "Every temperature must be finite and >= 0 (k_B = 1).");
        var sweep = new SectorGibbsSweep(Model(family, parameters, ancillas), temperatures);
        int target = TargetQubit(family);
        return temperatures.Select(t =>
        {
            var s = sweep.At(t);
            return new FamilyGibbsPoint(t, s.Bloch(target), family == "c7" ? s.Bloch(1) : null, s.AncillaBloch, s);
        }).ToArray();
    }
}
