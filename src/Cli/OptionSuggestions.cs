using System.CommandLine;
using System.CommandLine.Parsing;

namespace OpenSystem.Cli;

/// <summary>
/// Catches a misspelled option that the parser took for a file name or figure id (System.CommandLine hands a token it
/// does not know to the command's positional argument) and suggests the command's options closest to it.
/// </summary>
internal static class OptionSuggestions
{
    /// <summary>Adds to <paramref name="argument"/> a validator that rejects every token starting with '-' with a suggestion.</summary>
    public static void RejectUnknownOptions(Argument argument, Command command)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value.Length > 1))
            {
                var close = Closest(token.Value, command);
                string hint = close.Count == 0 ? "" : $"; did you mean {string.Join(" or ", close)}?";
                result.AddError($"unknown option '{token.Value}'{hint}");
            }
        });
    }

    /// <summary>The command's option names within a small edit distance of <paramref name="token"/>, nearest first.</summary>
    public static IReadOnlyList<string> Closest(string token, Command command)
    {
        var names = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct();
        var scored = names.Select(n => (Name: n, Distance: Distance(token, n))).ToList();
        int limit = Math.Max(2, token.Length / 3);
        return scored.Where(s => s.Distance <= limit).OrderBy(s => s.Distance).Select(s => s.Name).Take(3).ToList();
    }

    // Levenshtein distance (insertions, deletions, substitutions, each 1).
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (int i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[b.Length];
    }
}
