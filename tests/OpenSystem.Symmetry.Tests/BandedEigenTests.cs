using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Symmetry.Tests;

/// <summary>The band eigensolver against MathNet's dense one, and the sweep with either solver.</summary>
public class BandedEigenTests
{
    /// <summary>A seeded random symmetric band matrix; with <paramref name="copies"/> &gt; 1 it is block diagonal with
    /// identical blocks (exactly degenerate eigenvalues, the hard case for inverse iteration).</summary>
    private static double[] RandomBand(int n, int b, int copies, int seed)
    {
        var r = new Random(seed);
        int block = n / copies;
        var a = new double[n * n];
        for (int i = 0; i < block; i++)
            for (int j = i; j <= Math.Min(block - 1, i + b); j++)
            {
                double x = r.NextDouble() - 0.5 + (i == j ? i * 0.01 : 0);
                for (int c = 0; c < copies; c++)
                {
                    a[(c * block + i) * n + c * block + j] = x;
                    a[(c * block + j) * n + c * block + i] = x;
                }
            }
        return a;
    }

    [Theory]
    [InlineData(60, 3, 1, 1)]
    [InlineData(120, 3, 2, 2)]
    [InlineData(90, 5, 3, 3)]
    [InlineData(200, 7, 1, 4)]
    public void Eigenpairs_RandomBand_MatchDenseAndAreOrthonormal(int n, int b, int copies, int seed)
    {
        var a = RandomBand(n, b, copies, seed);
        var dense = Matrix<double>.Build.Dense(n, n, (i, j) => a[i * n + j]);
        var reference = dense.Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).ToArray();
        var values = BandedEigen.Eigenvalues(a, n, b);
        double norm = Math.Max(Math.Abs(reference[0]), Math.Abs(reference[^1]));
        for (int k = 0; k < n; k++)
            Assert.True(Math.Abs(values[k] - reference[k]) < 1e-13 * Math.Max(1, norm) * n, $"eigenvalue {k}: {values[k]} vs {reference[k]}");
        var vectors = BandedEigen.Eigenvectors(a, n, b, values, norm);
        var v = Matrix<double>.Build.Dense(n, n, (i, k) => vectors[k][i]);
        double residual = (dense * v - v * Matrix<double>.Build.DenseOfDiagonalArray(values)).Enumerate().Max(Math.Abs);
        double orthogonality = (v.TransposeThisAndMultiply(v) - Matrix<double>.Build.DenseIdentity(n)).Enumerate().Max(Math.Abs);
        Assert.True(residual < 1e-12 * Math.Max(1, norm), $"max |A v - lambda v| = {residual:E2}");
        Assert.True(orthogonality < 1e-12, $"max |V^T V - I| = {orthogonality:E2}");
    }

    [Theory]
    [InlineData("c4", 40)]
    [InlineData("c4", 63)]
    public void Sweep_BandSolver_MatchesDenseSolver(string name, int n)
    {
        var model = FamilyGibbs.Model(name, SectorGibbsTests.Parameters[name], n);
        double[] temps = [0.0, 0.05, 0.4, 3.0];
        var band = new SectorGibbsSweep(model, temps, bandThreshold: 1);
        var dense = new SectorGibbsSweep(model, null, bandThreshold: int.MaxValue);
        foreach (double t in temps)
        {
            SectorGibbsTests.Close(dense.At(t).Bloch(0), band.At(t).Bloch(0), $"target at T = {t}");
            SectorGibbsTests.Close(dense.At(t).AncillaBloch, band.At(t).AncillaBloch, $"ancilla at T = {t}");
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    public void Sweep_BandSolverOnEverySector_MatchesDenseRegister(int n)
    {
        var h = Models.ModelFamilies.All["c4"].Build(n, SectorGibbsTests.Parameters["c4"]);
        double[] temps = [0.0, 0.1, 1.0];
        var band = new SectorGibbsSweep(FamilyGibbs.Model("c4", SectorGibbsTests.Parameters["c4"], n), temps, bandThreshold: 1);
        var dense = DenseReference.Bloch(h, n + 1, [0, 1], temps);
        for (int i = 0; i < temps.Length; i++)
        {
            SectorGibbsTests.Close(dense[i][0], band.At(temps[i]).Bloch(0), $"target at T = {temps[i]}");
            SectorGibbsTests.Close(dense[i][1], band.At(temps[i]).AncillaBloch, $"ancilla at T = {temps[i]}");
        }
    }

    [Fact]
    public void At_TemperatureOutsideAPrunedSweep_ThrowsNamingTemperature()
    {
        var sweep = new SectorGibbsSweep(FamilyGibbs.Model("c4", SectorGibbsTests.Parameters["c4"], 4), [0.1, 0.2]);
        var ex = Assert.Throws<ArgumentException>("temperature", () => sweep.At(0.3));
        Assert.Contains("not one of them", ex.Message);
    }
}
