namespace OpenSystem.Analysis;

/// <summary>How the composite-coupling strength is normalised (docs/physics.md §1.5); all conventions are ∝ λ.</summary>
public enum SpectralConvention
{
    /// <summary>J(ν) = Σ_k g_k² δ(ν − ν_k) = λ ν e^{−ν/Ω} (the default, the spec's convention).</summary>
    SumOfSquaredCouplings,
    /// <summary>Leggett/Weiss: J = π Σ g² δ = λ ν e^{−ν/Ω}, i.e. the squared couplings are divided by π.</summary>
    Leggett,
}
