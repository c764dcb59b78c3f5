using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Complex;

namespace OpenSystem.Symmetry;

/// <summary>
/// One bath's dissipator on the weighted sector blocks (eigenbasis of each H_j): a two-sided part applied block by block
/// and a one-sided part −Kρ − ρK† whose K = ⊕_j K_j the generator collects.
/// </summary>
internal interface ISectorDissipator
{
    /// <summary>output += the two-sided part applied to rho (per sector); <paramref name="hermitian"/>: each block is Hermitian.</summary>
    void Apply(DenseMatrix[] rho, DenseMatrix[] output, bool hermitian);

    /// <summary>Adds this bath's K_j to <paramref name="k"/> (one matrix per sector).</summary>
    void AddOneSided(Matrix<Complex>[] k);

    /// <summary>Adds the population-to-population rates of the two-sided part: W[a, b] += rate from level b to level a.</summary>
    void AddPauli(double[,] w);
}
