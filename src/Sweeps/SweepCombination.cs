namespace OpenSystem.Sweeps;

/// <summary>How the axes of a sweep combine into points (<c>"combine"</c> in the sweep file).</summary>
public enum SweepCombination
{
    /// <summary>Every combination of axis values (the Cartesian product), the last axis varying fastest.</summary>
    Product,

    /// <summary>Axes taken side by side: point i uses value i of every axis; all axes have the same length.</summary>
    Zip,
}
