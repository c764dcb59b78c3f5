namespace OpenSystem.Paper;

/// <summary>How a curve was obtained.</summary>
public enum CurveRole
{
    /// <summary>Exact Gibbs state (or an exact formula such as (P1) for the composite qubit).</summary>
    Exact,
    /// <summary>Steady state of a master equation.</summary>
    MasterEquation,
    /// <summary>A closed form of the paper (corrected where docs/physics.md §2.2 found errors), valid only on [MinT, MaxT].</summary>
    ClosedForm,
    /// <summary>The second-order mean-force Gibbs state (equilibrium with the bath, no master equation).</summary>
    MeanForce,
}
