using OpenSystem.Dynamics;

namespace OpenSystem.Analysis;

/// <summary>
/// Failure checks on computed states, relative to the equation's own scale. A GKLS equation (Davies, local, jumps)
/// keeps every state physical, so it may leave the density matrices only by integration error
/// (<see cref="Tolerances.PhysicalSlack"/>). Redfield may lose positivity by an amount of the order of the coupling,
/// κ = σ / E (σ the fastest decay rate, E the width of the spectrum of H), which stays a warning; beyond
/// <see cref="RedfieldMargin"/> κ (at least the GKLS slack, at most 1) the run is a failure. A non-finite value is
/// always a failure.
/// </summary>
internal sealed class PhysicalityCheck
{
    /// <summary>Multiple of κ = σ/E by which a Redfield state may leave the physical set before the run fails.</summary>
    public const double RedfieldMargin = 10.0;

    private readonly MasterEquation _equation;

    public PhysicalityCheck(IGenerator generator, MasterEquation equation)
    {
        _equation = equation;
        if (equation is not Redfield || generator is not Liouvillian l)
        {
            Allowance = Tolerances.PhysicalSlack;
            return;
        }
        double width = l.EnergyBasis.Width;
        double kappa = width > 0 ? WorkEstimate.MaxDecayRate(generator) / width : 1.0;
        Allowance = Math.Clamp(RedfieldMargin * kappa, Tolerances.PhysicalSlack, 1.0);
    }

    /// <summary>How far a state may leave the physical set (negative eigenvalue, Bloch length above 1).</summary>
    public double Allowance { get; }

    /// <summary>Throws <see cref="PhysicalityException"/> when ρ has a non-finite entry (before any measurement of it).</summary>
    public void RequireFinite(StateInBasis rho, string what)
    {
        foreach (var z in rho.Matrix.Enumerate())
        {
            if (!double.IsFinite(z.Real) || !double.IsFinite(z.Imaginary))
                throw new PhysicalityException($"{what}: the density matrix has a non-finite entry: the computation with {_equation} diverged or overflowed; no result is written.", double.NaN);
        }
    }

    /// <summary>Throws <see cref="PhysicalityException"/> when <paramref name="m"/> is non-finite or unphysical beyond the allowance.</summary>
    public void Require(StateMeasurement m, string what)
    {
        for (int j = 0; j < m.Bloch.Length; j++)
        {
            double length = m.Bloch[j].Length;
            if (!double.IsFinite(length))
                throw new PhysicalityException($"{what}: qubit {j}'s Bloch vector is not finite: the computation with {_equation} diverged; no result is written.", length);
            if (length > 1 + Allowance)
                throw new PhysicalityException($"{what}: qubit {j} has Bloch length {length:G4}, beyond 1 + {Allowance:G2} allowed for {_equation}: the state is not physical (divergence or lost precision); no result is written.", length);
        }
        double min = m.MinimumEigenvalue;
        if (double.IsFinite(min) && min < -Allowance)
            throw new PhysicalityException($"{what}: minimum eigenvalue {min:G4}, below -{Allowance:G2} allowed for {_equation}: the state is not physical; no result is written.", min);
    }

    /// <summary>
    /// When <paramref name="equation"/> has the Gibbs state τ as an exact stationary state (Davies; Redfield without Lamb
    /// shift; no fixed-rate jumps; one temperature) and the steady state is unique, it must be τ: a trace distance above
    /// <see cref="Tolerances.GibbsConsistency"/> is a numerical failure.
    /// </summary>
    public static void RequireGibbs(OpenQuantumSystem system, MasterEquation equation, SteadyState steady, StateMeasurement m)
    {
        bool exact = equation is GlobalLindblad or Redfield { IncludeLambShift: false };
        if (!exact || system.Jumps.Count > 0 || !steady.Unique || m.TraceDistanceToGibbs is not double distance)
            return;
        if (!(distance > Tolerances.GibbsConsistency))
            return;
        string condition = steady.Spectrum is { } s ? $" (rounding bound eps ||L|| / gap = {s.ConditionBound:G2}: the slowest relaxation rate {s.Gap:G3} is not resolved from 0 in double precision)" : "";
        throw new PhysicalityException($"The steady state of {equation} is at trace distance {distance:G3} from the Gibbs state, which is its exact steady state (tolerance {Tolerances.GibbsConsistency:G1}): the solve lost precision{condition}; no result is written.", distance);
    }
}
