namespace OpenSystem.Sweeps.Tests;

public class AxisSpacingTests
{
    [Theory]
    [InlineData(0.0, 1.0, 11)]
    [InlineData(-3.0, 7.5, 4)]
    [InlineData(2.0, -2.0, 5)]
    public void Linspace_IsStartPlusEqualSteps_WithExactEndpoints(double start, double stop, int count)
    {
        double[] x = AxisSpacing.Linspace(start, stop, count);
        Assert.Equal(count, x.Length);
        Assert.Equal(start, x[0]);
        Assert.Equal(stop, x[^1]);
        for (int i = 0; i < count; i++)
        {
            // x_i = start + (stop - start) i / (count - 1)
            Assert.Equal(start + (stop - start) * i / (count - 1), x[i], 1e-15 * Math.Max(Math.Abs(start), Math.Abs(stop)));
        }
    }

    [Theory]
    [InlineData(0.01, 2.0, 40)]
    [InlineData(1e-4, 1e4, 9)]
    [InlineData(5.0, 0.5, 3)]
    public void Logspace_HasConstantRatio_WithExactEndpoints(double start, double stop, int count)
    {
        double[] x = AxisSpacing.Logspace(start, stop, count);
        Assert.Equal(count, x.Length);
        Assert.Equal(start, x[0]);
        Assert.Equal(stop, x[^1]);
        // x_{i+1} / x_i = (stop / start)^(1 / (count - 1)) for every i
        double ratio = Math.Pow(stop / start, 1.0 / (count - 1));
        for (int i = 0; i + 1 < count; i++)
        {
            Assert.Equal(ratio, x[i + 1] / x[i], 1e-13 * ratio);
        }
    }

    [Fact]
    public void Logspace_DecadeEndpoints_GivesPowersOfTen()
    {
        double[] x = AxisSpacing.Logspace(1e-4, 1e4, 9);
        for (int i = 0; i < 9; i++)
        {
            Assert.Equal(Math.Pow(10, i - 4), x[i], 1e-14 * Math.Pow(10, i - 4));
        }
    }

    [Fact]
    public void SinglePoint_IsStart()
    {
        Assert.Equal([0.3], AxisSpacing.Linspace(0.3, 9.0, 1));
        Assert.Equal([0.3], AxisSpacing.Logspace(0.3, 9.0, 1));
    }

    [Theory]
    [InlineData(0.0, 1.0, "start")]
    [InlineData(-1.0, 1.0, "start")]
    [InlineData(1.0, 0.0, "stop")]
    public void Logspace_NonPositiveEnd_ThrowsNamingIt(double start, double stop, string name)
    {
        Assert.Throws<ArgumentOutOfRangeException>(name, () => AxisSpacing.Logspace(start, stop, 5));
    }

    [Fact]
    public void ZeroCount_ThrowsNamingCount()
    {
        Assert.Throws<ArgumentOutOfRangeException>("count", () => AxisSpacing.Linspace(0, 1, 0));
    }
}
