using OpenSystem.Dynamics;

namespace OpenSystem.Analysis;

/// <summary>
/// The mean-force Gibbs state ρ_MF (second order in the system–bath coupling, <see cref="MeanForceGibbsState"/>) as
/// <c>opensystem run</c> reports it: Bloch vectors and local coherences of every qubit, and ½‖ρ_MF − ρ_G‖₁.
/// </summary>
/// <param name="State">The mean-force state with its diagnostics (minimum eigenvalue, quadrature nodes).</param>
/// <param name="Bloch">(⟨X_j⟩, ⟨Y_j⟩, ⟨Z_j⟩) of ρ_MF per qubit (dimensionless, each component in [−1, 1] when ρ_MF is positive).</param>
/// <param name="Coherence">C_j = √(⟨X_j⟩² + ⟨Y_j⟩²) of ρ_MF per qubit.</param>
public sealed record MeanForceReport(MeanForceGibbsState State, BlochVector[] Bloch, double[] Coherence)
{
    /// <summary>½‖ρ_MF − ρ_G‖₁ above this is reported as a coupling too strong for a second-order treatment.</summary>
    public const double CorrectionThreshold = 0.1;

    /// <summary>½‖ρ_MF − ρ_G‖₁, the size of the second-order correction (ρ_G the Gibbs state at the same temperature).</summary>
    public double TraceDistanceToGibbs => State.TraceDistanceToGibbs;

    /// <summary>½‖ρ − ρ_MF‖₁ for a state ρ of the same system (e.g. the steady state of a master equation).</summary>
    /// <param name="rho">The state, in any basis.</param>
    /// <param name="system">The system ρ_MF was computed for (its energy basis is ρ_MF's basis).</param>
    public double TraceDistanceTo(StateInBasis rho, OpenQuantumSystem system)
    {
        ArgumentNullException.ThrowIfNull(rho);
        ArgumentNullException.ThrowIfNull(system);
        var energy = rho.In(system.Basis).Matrix;
        return QuantumMeasures.TraceDistance(energy, State.EnergyBasisMatrix);
    }

    /// <summary>
    /// ρ_MF of <paramref name="system"/>, or null when it does not exist or is not computed: no bath, baths at different
    /// temperatures (no single equilibrium; the caller reports that with the Gibbs state), or T = 0 (refused by
    /// <see cref="MeanForceGibbsState.Of(OpenQuantumSystem)"/>; <paramref name="warn"/> receives the reason). A second-order
    /// state that is not positive is reported, with its minimum eigenvalue, through <paramref name="warn"/> and never clipped.
    /// Where the weak-coupling picture ends is reported through <paramref name="warn"/> with the number that triggered it:
    /// ½‖ρ_MF − ρ_G‖₁ &gt; <see cref="CorrectionThreshold"/>, or a relative Lamb shift above <see cref="LambShiftCheck.Threshold"/>
    /// (<see cref="LambShiftCheck"/>, checked whenever there is a bath, whatever the temperatures).
    /// </summary>
    /// <param name="system">The network with its baths.</param>
    /// <param name="observables">Measures the Bloch vectors (the system's own observables).</param>
    /// <param name="warn">Receives one sentence per physics warning.</param>
    public static MeanForceReport? Of(OpenQuantumSystem system, StateObservables observables, Action<string> warn)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(observables);
        ArgumentNullException.ThrowIfNull(warn);
        if (system.Couplings.Count == 0)
        {
            return null;
        }
        MeanForceGibbsState? computed = null;
        if (system.CommonTemperature is not null)
        {
            try
            {
                computed = MeanForceGibbsState.Of(system);
            }
            catch (ArgumentException ex)
            {
                warn($"mean_force is null: {ex.Message}");
            }
        }
        LambShiftCheck.Warn(system, computed?.Couplings, warn);
        if (computed is not { } state)
        {
            return null;
        }
        if (state.TraceDistanceToGibbs > CorrectionThreshold)
            warn(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"The coupling is too strong for a second-order treatment: the mean-force correction is not small against the Gibbs state, " +
                $"1/2 ||rho_MF - rho_G||_1 = {state.TraceDistanceToGibbs:G3} (threshold {CorrectionThreshold})."));
        if (!state.IsPositive)
        {
            warn($"The second-order mean-force state is not positive (minimum eigenvalue {state.MinimumEigenvalue:E2}): " +
                "the coupling is too strong or the temperature too low for a second-order expansion; mean_force is reported unclipped.");
        }
        var inEnergyBasis = new StateInBasis(system.Register, system.Basis, state.EnergyBasisMatrix);
        var bloch = observables.Bloch(inEnergyBasis);
        var coherence = bloch.Select(b => b.LocalCoherence).ToArray();
        return new MeanForceReport(state, bloch, coherence);
    }
}
