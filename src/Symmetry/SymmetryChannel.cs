using OpenSystem.Dynamics;

namespace OpenSystem.Symmetry;

/// <summary>
/// One dissipative channel as the exchange-symmetry test sees it: an operator on the qubits and what it couples to. Two
/// channels are the same kind when their <paramref name="Kind"/> values are equal (<see cref="object.Equals(object?)"/>):
/// for a bath coupling A ⊗ B the bath (spectral density and temperature), for a fixed-rate jump the rate.
/// </summary>
/// <param name="Operator">The system operator (coupling A or jump L) as a Pauli sum.</param>
/// <param name="Kind">What the operator couples to; compared by value.</param>
public sealed record SymmetryChannel(PauliSum Operator, object Kind)
{
    /// <summary>
    /// The channels of <paramref name="system"/>: each bath coupling with kind (spectral density, temperature), each jump
    /// with kind ("jump", rate). Spectral densities are compared with their own <c>Equals</c> (by value for the library's
    /// kinds that implement <see cref="IEquatable{T}"/>, by reference otherwise, which can only split a class, never merge one).
    /// </summary>
    /// <param name="system">The model.</param>
    public static IReadOnlyList<SymmetryChannel> Of(OpenQuantumSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        var jumps = system.Jumps.Select(j => new SymmetryChannel(j.Operator, ("jump", j.Rate)));
        return Of(system.Couplings).Concat(jumps).ToArray();
    }

    /// <summary>The channels of bath couplings alone (no register needed, so any number of qubits), kinds as in <see cref="Of(OpenQuantumSystem)"/>.</summary>
    /// <param name="couplings">The bath couplings.</param>
    public static IReadOnlyList<SymmetryChannel> Of(IReadOnlyList<BathCoupling> couplings)
    {
        ArgumentNullException.ThrowIfNull(couplings);
        return couplings.Select(c => new SymmetryChannel(c.Operator, (c.Bath.SpectralDensity, c.Bath.Temperature))).ToArray();
    }
}
