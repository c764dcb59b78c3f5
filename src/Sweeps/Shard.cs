using System.Globalization;

namespace OpenSystem.Sweeps;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/> (<c>--shard i/K</c>): the points p with p mod K == i, 0 &lt;= i &lt; K.
/// The K shards i = 0..K-1 cover every point exactly once; consecutive points (often similar in cost) go to different
/// shards, which balances them.
/// </summary>
/// <param name="Index">i, 0 &lt;= i &lt; K.</param>
/// <param name="Count">K &gt;= 1.</param>
public readonly record struct Shard(int Index, int Count)
{
    /// <summary>Every point (shard 0/1).</summary>
    public static Shard All => new(0, 1);

    /// <summary>Parses <c>i/K</c> (e.g. the value of <c>--shard</c>, or <c>$SLURM_ARRAY_TASK_ID/K</c> after expansion).</summary>
    /// <exception cref="FormatException">Not two integers separated by '/', K &lt; 1, or i outside 0..K-1.</exception>
    public static Shard Parse(string text)
    {
        string[] parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            throw new FormatException($"--shard needs i/K with integers 0 <= i < K, got \"{text}\"");
        }
        if (count < 1 || index >= count)
        {
            throw new FormatException($"--shard {text}: need K >= 1 and 0 <= i < K");
        }
        return new Shard(index, count);
    }

    /// <summary>True when point <paramref name="point"/> belongs to this shard: point mod K == i.</summary>
    public bool Contains(int point) => point % Count == Index;

    /// <summary>The points of <paramref name="points"/> that belong to this shard, in order.</summary>
    public IReadOnlyList<SweepPoint> Select(IReadOnlyList<SweepPoint> points)
    {
        var shard = this;
        return points.Where(p => shard.Contains(p.Index)).ToList();
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Index}/{Count}";
}
