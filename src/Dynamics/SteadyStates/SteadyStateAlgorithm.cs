namespace OpenSystem.Dynamics;

/// <summary>Which steady-state algorithm to use.</summary>
public enum SteadyStateAlgorithm
{
    /// <summary>Direct for d ≤ <see cref="SteadyStateSolver.DirectMaxDimension"/>, GMRES above.</summary>
    Auto,
    /// <summary>Dense LU of the d² × d² superoperator.</summary>
    Direct,
    /// <summary>Preconditioned GMRES, matrix-free.</summary>
    Gmres,
}
