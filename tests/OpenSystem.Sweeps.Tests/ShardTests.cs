namespace OpenSystem.Sweeps.Tests;

public class ShardTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(10, 3)]
    [InlineData(40, 4)]
    [InlineData(7, 9)]
    [InlineData(1000, 16)]
    public void Shards_CoverEveryPointExactlyOnce(int points, int shards)
    {
        var all = TestModels.Points(points);
        var seen = new int[points];
        for (int i = 0; i < shards; i++)
        {
            foreach (var point in new Shard(i, shards).Select(all))
            {
                Assert.Equal(i, point.Index % shards);
                seen[point.Index]++;
            }
        }
        Assert.All(seen, count => Assert.Equal(1, count));
    }

    [Fact]
    public void Parse_ReadsIndexAndCount()
    {
        Assert.Equal(new Shard(3, 8), Shard.Parse("3/8"));
        Assert.Equal("3/8", new Shard(3, 8).ToString());
    }

    [Theory]
    [InlineData("4/4")]
    [InlineData("0/0")]
    [InlineData("-1/4")]
    [InlineData("1")]
    [InlineData("a/b")]
    [InlineData("1/2/3")]
    public void Parse_Invalid_Throws(string text)
    {
        Assert.Throws<FormatException>(() => Shard.Parse(text));
    }
}
