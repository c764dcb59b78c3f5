using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Complex;
using OpenSystem.Dynamics;

namespace OpenSystem.Symmetry;

/// <summary>
/// Bloch–Redfield for one channel: Σ_k (Λ_k ρ X_k + X_k ρ Λ_k† − X_k Λ_k ρ − ρ Λ_k† X_k), Λ_ab = Γ(E_b − E_a) X_ab in
/// the block's eigenbasis, as the dense <c>Redfield</c>. Per block, with ρ̂ = ⊕_p Fraction_p ρ̃_p:
/// output part p' += Scale · Σ_p (Λ_{p'p} ρ̂_p X_{pp'} + X_{p'p} ρ̂_p Λ_{p'p}†), and K_{p} += Scale · Fraction_p (XΛ)_{pp}.
/// </summary>
internal sealed class SectorRedfieldTerm : SectorTerm
{
    private readonly DenseMatrix[][][] _lambda;
    private readonly DenseMatrix[][][] _x;

    public SectorRedfieldTerm(SectorLayout layout, SectorChannels.Channel channel, BohrFrequencies bohr, bool lambShift)
        : base(layout, channel, bohr, lambShift)
    {
        _lambda = new DenseMatrix[Blocks.Count][][];
        _x = new DenseMatrix[Blocks.Count][][];
        for (int i = 0; i < Blocks.Count; i++)
        {
            var block = Blocks[i];
            var lambda = DenseMatrix.Create(block.Size, block.Size, (a, b) => Rates.Transform(Group(block, a, b)) * block.X[a, b]);
            int parts = block.Sectors.Length;
            _lambda[i] = new DenseMatrix[parts][];
            _x[i] = new DenseMatrix[parts][];
            for (int p = 0; p < parts; p++)
            {
                _lambda[i][p] = new DenseMatrix[parts];
                _x[i][p] = new DenseMatrix[parts];
                for (int q = 0; q < parts; q++)
                {
                    _lambda[i][p][q] = block.Part(lambda, p, q, layout);
                    _x[i][p][q] = block.Part(block.X, p, q, layout);
                }
            }
        }
    }

    /// <inheritdoc />
    public override void Apply(DenseMatrix[] rho, DenseMatrix[] output, bool hermitian)
    {
        for (int i = 0; i < Blocks.Count; i++)
        {
            var block = Blocks[i];
            for (int p = 0; p < block.Sectors.Length; p++)
            {
                var input = rho[block.Sectors[p]];
                double weight = block.Scale * block.Fractions[p];
                for (int q = 0; q < block.Sectors.Length; q++)
                {
                    var target = output[block.Sectors[q]];
                    var y = Sandwich(_lambda[i][q][p], input, _x[i][p][q], weight);
                    DenseOps.AddScaled(y, 1.0, target);
                    if (hermitian)
                    {
                        DenseOps.AddAdjoint(y, target);
                        continue;
                    }
                    var z = Sandwich(_x[i][q][p], input, (DenseMatrix)_lambda[i][q][p].ConjugateTranspose(), weight);
                    DenseOps.AddScaled(z, 1.0, target);
                }
            }
        }
    }

    /// <summary>w · A ρ B with the SIMD product kernel.</summary>
    private static DenseMatrix Sandwich(DenseMatrix a, DenseMatrix rho, DenseMatrix b, double weight)
    {
        var left = new DenseMatrix(a.RowCount, rho.ColumnCount);
        DenseOps.Multiply(a, rho, left);
        var result = new DenseMatrix(a.RowCount, b.ColumnCount);
        DenseOps.Multiply(left, b, result);
        var values = result.Values;
        for (int k = 0; k < values.Length; k++)
            values[k] *= weight;
        return result;
    }

    /// <inheritdoc />
    public override void AddOneSided(Matrix<Complex>[] k)
    {
        for (int i = 0; i < Blocks.Count; i++)
        {
            var block = Blocks[i];
            for (int p = 0; p < block.Sectors.Length; p++)
            {
                double weight = block.Scale * block.Fractions[p];
                for (int q = 0; q < block.Sectors.Length; q++)
                    k[block.Sectors[p]] += weight * (_x[i][p][q] * _lambda[i][q][p]);
            }
        }
    }
}
