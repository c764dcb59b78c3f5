namespace OpenSystem.Dynamics;

/// <summary>
/// The Bloch vector r = (⟨X⟩, ⟨Y⟩, ⟨Z⟩) of one qubit's reduced state ρ_j = (I + r·σ)/2 (dimensionless; |r| ≤ 1 for a
/// physical state, |0⟩ has z = +1).
/// </summary>
/// <param name="X">⟨σˣ⟩.</param>
/// <param name="Y">⟨σʸ⟩.</param>
/// <param name="Z">⟨σᶻ⟩.</param>
public readonly record struct BlochVector(double X, double Y, double Z)
{
    /// <summary>|r| = √(x² + y² + z²): 1 for a pure reduced state, 0 for the maximally mixed one.</summary>
    public double Length => Math.Sqrt(X * X + Y * Y + Z * Z);

    /// <summary>
    /// Local coherence C = |⟨X + iY⟩| = √(x² + y²): the l1-norm of coherence of the reduced state in the σᶻ basis.
    /// </summary>
    public double LocalCoherence => Math.Sqrt(X * X + Y * Y);

    /// <summary>The components as a tuple (x, y, z), for code that still takes tuples.</summary>
    public static implicit operator BlochVector((double X, double Y, double Z) r) => new(r.X, r.Y, r.Z);

    /// <summary>The components as an array [x, y, z].</summary>
    public double[] ToArray() => [X, Y, Z];
}
