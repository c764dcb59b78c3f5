using OpenSystem.Dynamics;

namespace OpenSystem.Models;

/// <summary>
/// A family model file (<c>"family": {...}</c>) read without building its dense register, for results that need no dense
/// state (the Gibbs state by total-spin sectors, and the master equation on permutation-invariant states, up to
/// <see cref="ModelFamilies.MaxAncillas"/> ancillas).
/// </summary>
/// <param name="Name">The family's name (<c>family.name</c>).</param>
/// <param name="Parameters">Its parameters in the order of <see cref="ModelFamily.Parameters"/>, in frequency units.</param>
/// <param name="Ancillas">N (<c>family.ancillas</c>).</param>
/// <param name="Qubits">Total qubit count (target, mediator where the family has one, and N ancillas).</param>
/// <param name="Temperature">The common temperature of the baths, or null when the baths' temperatures differ.</param>
public sealed record FamilyModel(string Name, IReadOnlyList<double> Parameters, int Ancillas, int Qubits, double? Temperature)
{
    /// <summary>
    /// The bath couplings, one per qubit and <c>every_qubit</c> entry (coupling operator the Pauli operator on that qubit,
    /// dimensionless; the bath's spectral density and temperature in frequency units). Empty when not read.
    /// </summary>
    public IReadOnlyList<BathCoupling> Couplings { get; init; } = [];

    /// <summary>The master equation of the file (<c>equation</c>; default Bloch–Redfield with the Lamb shift).</summary>
    public MasterEquation Equation { get; init; } = new Redfield(IncludeLambShift: true);

    /// <summary>The output times of <c>evolution</c> (in 1/frequency units), or null when the file has none.</summary>
    public TimeGrid? Grid { get; init; }

    /// <summary><c>initial_state.kind</c>: "ground" (default, every qubit Z = −1), "excited", "maximally_mixed" or "product".</summary>
    public string InitialKind { get; init; } = "ground";

    /// <summary>For "product": the Bloch vector (x, y, z) of every qubit (dimensionless, inside the unit ball); otherwise null.</summary>
    public IReadOnlyList<(double X, double Y, double Z)>? InitialBloch { get; init; }
}
