using System.Globalization;
using OpenSystem.Paper;

namespace OpenSystem.Cli.Tests;

/// <summary><c>figure 3b --max-ancillas N</c>: the option's range and default, and fig3b_ancillas.csv as written.</summary>
public class FigureAncillasTests
{
    [Theory]
    [InlineData("1a", "20", "applies to figure 3b only")]
    [InlineData("3b", "0", "between 1 and 1000")]
    [InlineData("3b", "1001", "between 1 and 1000")]
    public void MaxAncillas_OutOfRangeOrWithoutFigure3b_ExitsTwo(string figure, string n, string reason)
    {
        var (exit, _, stderr) = CommandLineTests.Run("figure", figure, "--max-ancillas", n, "--out", Path.Combine(Path.GetTempPath(), "opensystem-tests", "unused"));
        Assert.Equal(2, exit);
        Assert.Contains(reason, stderr);
    }

    [Fact]
    public void Help_ShowsThePapersDefault()
    {
        var (_, stdout, _) = CommandLineTests.Run("figure", "--help");
        Assert.Contains("--max-ancillas", stdout);
        Assert.Contains($"[default: {AncillaScaling.PaperMaxAncillas}]", stdout);
    }

    [Fact]
    public void Csv_HasOneRowPerN_DenseCellsOnlyUpToEight_AndTheValuesRoundTrip()
    {
        var result = AncillaScaling.Run(12);
        var lines = AncillaScalingWriter.Csv(result).Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToArray();
        var header = lines[0].Split(',');
        Assert.Equal(1 + 3 * result.Temperatures.Length, header.Length);
        Assert.Equal(result.Ancillas.Length, lines.Length - 1);
        for (int i = 0; i < result.Ancillas.Length; i++)
        {
            var cells = lines[i + 1].Split(',');
            Assert.Equal(result.Ancillas[i], int.Parse(cells[0], CultureInfo.InvariantCulture));
            for (int k = 0; k < result.Temperatures.Length; k++)
            {
                Assert.Equal(result.Sectors[k][i], double.Parse(cells[1 + 3 * k], CultureInfo.InvariantCulture));
                Assert.Equal(result.Ancillas[i] <= AncillaScaling.DenseMaxAncillas, cells[2 + 3 * k].Length > 0);
                Assert.Equal(result.Limit[k], double.Parse(cells[3 + 3 * k], CultureInfo.InvariantCulture));
            }
        }
    }
}
