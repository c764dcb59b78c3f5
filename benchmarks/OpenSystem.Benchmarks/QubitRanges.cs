namespace OpenSystem.Benchmarks;

/// <summary>
/// The qubit counts n each benchmark class runs over (the [ParamsSource] of every class). Defaults keep every case
/// under a few seconds per operation with the current managed kernels; override them on the command line
/// (<c>--n 2..6</c> for all classes, <c>--n:gmres 2..9</c> for one) or with environment variables
/// (<c>OPENSYSTEM_BENCH_N</c>, <c>OPENSYSTEM_BENCH_N_GMRES</c>). A range is <c>a..b</c>, a list <c>2,4,8</c>, or both
/// (<c>2..4,6,8</c>). The command line wins over the environment.
/// </summary>
public static class QubitRanges
{
    /// <summary>Class keys and their default ranges (full run).</summary>
    public static readonly IReadOnlyDictionary<string, int[]> Defaults = new Dictionary<string, int[]>
    {
        ["gibbs"] = Range(2, 10),
        ["build"] = Range(2, 8),
        ["apply"] = Range(2, 10),
        ["direct"] = Range(2, 4),
        ["gmres"] = Range(2, 8),
        ["evolution"] = Range(2, 6),
        ["ising"] = Range(2, 10),
    };

    /// <summary>Ranges of the quick mode (whole suite in about two minutes).</summary>
    public static readonly IReadOnlyDictionary<string, int[]> QuickDefaults = new Dictionary<string, int[]>
    {
        ["gibbs"] = [2, 3, 4, 5, 6, 8],
        ["build"] = [2, 3, 4, 5, 6],
        ["apply"] = [2, 3, 4, 5, 6, 8],
        ["direct"] = [2, 3, 4],
        ["gmres"] = [2, 3, 4, 5, 6],
        ["evolution"] = [2, 3, 4],
        ["ising"] = [4, 6, 8, 10],
    };

    private static readonly Dictionary<string, int[]> Overrides = new();
    private static int[]? _all;
    private static bool _quick;

    /// <summary>Use the quick defaults for every class not overridden.</summary>
    public static void UseQuickDefaults() => _quick = true;

    /// <summary>Override every class.</summary>
    public static void SetAll(int[] qubits) => _all = qubits;

    /// <summary>Override one class.</summary>
    /// <exception cref="ArgumentException">Unknown key.</exception>
    public static void Set(string key, int[] qubits)
    {
        if (!Defaults.ContainsKey(key))
            throw new ArgumentException($"unknown benchmark class \"{key}\" in --n:{key}; use one of {string.Join(", ", Defaults.Keys)}");
        Overrides[key] = qubits;
    }

    /// <summary>The qubit counts for <paramref name="key"/>: --n:key, then --n, then OPENSYSTEM_BENCH_N_KEY, OPENSYSTEM_BENCH_N, then the defaults.</summary>
    public static int[] For(string key)
    {
        if (Overrides.TryGetValue(key, out var one)) return one;
        if (_all is not null) return _all;
        if (Environment.GetEnvironmentVariable($"OPENSYSTEM_BENCH_N_{key.ToUpperInvariant()}") is { Length: > 0 } e1) return Parse(e1);
        if (Environment.GetEnvironmentVariable("OPENSYSTEM_BENCH_N") is { Length: > 0 } e2) return Parse(e2);
        return (_quick ? QuickDefaults : Defaults)[key];
    }

    /// <summary>Parses "2..10", "2,4,8" or "2..4,6,8" (qubit counts 1..12).</summary>
    /// <exception cref="FormatException">Malformed, or a count outside 1..12.</exception>
    public static int[] Parse(string text)
    {
        var result = new SortedSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = part.Split("..");
            if (ends.Length is < 1 or > 2 || !ends.All(s => int.TryParse(s, out _)))
                throw new FormatException($"bad qubit range \"{part}\" in \"{text}\"; use a..b, a,b,c or a mix");
            int lo = int.Parse(ends[0]), hi = int.Parse(ends[^1]);
            if (lo < 1 || hi > 12 || hi < lo) throw new FormatException($"qubit range \"{part}\" must lie in 1..12 and be increasing");
            for (int n = lo; n <= hi; n++) result.Add(n);
        }
        if (result.Count == 0) throw new FormatException($"empty qubit range \"{text}\"");
        return result.ToArray();
    }

    private static int[] Range(int lo, int hi) => Enumerable.Range(lo, hi - lo + 1).ToArray();
}
