using System.Text.Json.Nodes;

namespace OpenSystem.Sweeps;

/// <summary>Expands axes into points: the index arithmetic of product and zip, and each point's model.</summary>
internal static class SweepExpansion
{
    /// <summary>More points than this is almost surely a mistake in the sweep file (and would not fit in memory).</summary>
    public const long MaximumPoints = 10_000_000;

    public static List<SweepPoint> Points(JsonObject model, IReadOnlyList<SweepAxis> axes, SweepCombination combination, string sweepPath, string runOptions)
    {
        long count = Count(axes, combination, sweepPath);
        var points = new List<SweepPoint>((int)count);
        for (int p = 0; p < count; p++)
        {
            var indices = Indices(p, axes, combination);
            var values = new JsonNode?[axes.Count];
            var pointModel = (JsonObject)model.DeepClone();
            for (int a = 0; a < axes.Count; a++)
            {
                values[a] = axes[a].Values[indices[a]];
                try
                {
                    axes[a].Path.Apply(pointModel, values[a]);
                }
                catch (ArgumentException ex)
                {
                    throw new SweepFileException(sweepPath, $"axes[{a}].path", $"\"{axes[a].Path.Text}\": {ex.Message}");
                }
            }
            string json = CanonicalJson.Write(pointModel);
            points.Add(new SweepPoint(p, values, json, CanonicalJson.Sha256(json, runOptions)));
        }
        return points;
    }

    /// <summary>
    /// The value index of every axis at point <paramref name="point"/>. Product: mixed-radix digits of the point index with
    /// the last axis the least significant (fastest); zip: the point index itself for every axis.
    /// </summary>
    public static int[] Indices(int point, IReadOnlyList<SweepAxis> axes, SweepCombination combination)
    {
        var indices = new int[axes.Count];
        int rest = point;
        for (int a = axes.Count - 1; a >= 0; a--)
        {
            if (combination == SweepCombination.Zip)
            {
                indices[a] = point;
            }
            else
            {
                indices[a] = rest % axes[a].Values.Count;
                rest /= axes[a].Values.Count;
            }
        }
        return indices;
    }

    private static long Count(IReadOnlyList<SweepAxis> axes, SweepCombination combination, string sweepPath)
    {
        if (combination == SweepCombination.Zip)
        {
            int length = axes[0].Values.Count;
            for (int a = 1; a < axes.Count; a++)
            {
                if (axes[a].Values.Count != length)
                {
                    throw new SweepFileException(sweepPath, "combine",
                        $"\"zip\" needs axes of the same length, but axes[0] (\"{axes[0].Path.Text}\") has {length} values and axes[{a}] (\"{axes[a].Path.Text}\") has {axes[a].Values.Count}");
                }
            }
            return length;
        }
        long count = 1;
        foreach (var axis in axes)
        {
            count *= axis.Values.Count;
            if (count > MaximumPoints)
            {
                throw new SweepFileException(sweepPath, "axes", $"the product of the axis lengths exceeds {MaximumPoints} points");
            }
        }
        return count;
    }
}
