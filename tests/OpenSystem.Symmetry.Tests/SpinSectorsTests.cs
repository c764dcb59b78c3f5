using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Symmetry.Tests;

public class SpinSectorsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(10)]
    [InlineData(41)]
    [InlineData(100)]
    public void Multiplicities_TimesSectorDimension_SumToTwoToTheN(int n)
    {
        var total = SpinSectors.TwiceJ(n).Aggregate(BigInteger.Zero, (s, twiceJ) => s + SpinSectors.Multiplicity(n, twiceJ) * (twiceJ + 1));
        Assert.Equal(BigInteger.Pow(2, n), total);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(64)]
    [InlineData(301)]
    public void LogMultiplicities_MatchExactIntegers(int n)
    {
        var log = SpinSectors.LogMultiplicities(n);
        foreach (int twiceJ in SpinSectors.TwiceJ(n))
        {
            double exact = BigInteger.Log(SpinSectors.Multiplicity(n, twiceJ));
            Assert.True(Math.Abs(log[(n - twiceJ) / 2] - exact) < 1e-12 * Math.Max(1, exact), $"2j = {twiceJ}: {log[(n - twiceJ) / 2]} vs {exact}");
        }
    }

    [Fact]
    public void LogMultiplicities_ThousandAncillas_LogSumExpIsNLogTwo()
    {
        const int n = 1000;
        var log = SpinSectors.LogMultiplicities(n);
        var terms = log.Select((l, k) => l + Math.Log(n - 2 * k + 1)).ToArray();
        double max = terms.Max();
        double lse = max + Math.Log(terms.Sum(t => Math.Exp(t - max)));
        Assert.True(Math.Abs(lse - n * Math.Log(2)) < 1e-12 * n, $"ln sum = {lse}, N ln 2 = {n * Math.Log(2)}");
        Assert.All(log, l => Assert.True(double.IsFinite(l)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(7)]
    public void J_SatisfiesAngularMomentumAlgebra(int twiceJ)
    {
        Matrix<Complex> x = SpinSectors.J('X', twiceJ), y = SpinSectors.J('Y', twiceJ), z = SpinSectors.J('Z', twiceJ);
        double j = twiceJ / 2.0;
        var commutator = x * y - y * x - Complex.ImaginaryOne * z;
        var casimir = x * x + y * y + z * z - Matrix<Complex>.Build.DenseIdentity(twiceJ + 1) * (j * (j + 1));
        Assert.True(commutator.Enumerate().Max(c => c.Magnitude) < 1e-12, "[J_x, J_y] = i J_z");
        Assert.True(casimir.Enumerate().Max(c => c.Magnitude) < 1e-12, "J^2 = j(j+1)");
        Assert.Equal(j, z[0, 0].Real);   // index 0 is m = j, the all-|e> state (Z = +1 on |e>)
    }

    [Fact]
    public void Multiplicity_InvalidSector_ThrowsNamingTwiceJ()
    {
        Assert.Throws<ArgumentOutOfRangeException>("twiceJ", () => SpinSectors.Multiplicity(4, 3));
    }
}
