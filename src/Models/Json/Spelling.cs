namespace OpenSystem.Json;

/// <summary>
/// "Did you mean" for misspelt keys and values: the closest allowed word by edit distance (insertions, deletions,
/// substitutions and swaps of neighbours each count 1), accepted when the distance is at most 1 for words shorter than
/// 4 characters and at most max(2, length / 3) otherwise; a match that differs only in case is always accepted.
/// Compiled into both the model and the sweep library (a linked source file).
/// </summary>
internal static class Spelling
{
    /// <summary>" (did you mean \"x\"?)" for the closest of <paramref name="allowed"/>, or "" when none is close.</summary>
    public static string Hint(string given, IEnumerable<string> allowed)
    {
        string? best = Closest(given, allowed);
        return best is null ? "" : $" (did you mean \"{best}\"?)";
    }

    /// <summary>The closest allowed word within the distance limit, or null.</summary>
    public static string? Closest(string given, IEnumerable<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(allowed);
        int limit = given.Length < 4 ? 1 : Math.Max(2, given.Length / 3);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string word in allowed)
        {
            int d = string.Equals(word, given, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(given, word);
            if (d < bestDistance)
            {
                best = word;
                bestDistance = d;
            }
        }
        return bestDistance <= limit ? best : null;
    }

    /// <summary>Optimal-string-alignment distance between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int best = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, d[i - 2, j - 2] + 1);
                }
                d[i, j] = best;
            }
        }
        return d[a.Length, b.Length];
    }
}
