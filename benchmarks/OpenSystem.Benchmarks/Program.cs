using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace OpenSystem.Benchmarks;

/// <summary>
/// Entry point: BenchmarkDotNet's switcher plus three options of ours, removed before BDN sees the arguments:
/// <c>--quick</c> (in-process, 1 warm-up + 3 iterations of ~100 ms, small n ranges: the whole suite in about two minutes),
/// <c>--n RANGE</c> (qubit counts for every class) and <c>--n:CLASS RANGE</c> (one class: gibbs, build, apply, direct,
/// gmres, evolution). Without <c>--filter</c> every benchmark runs.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var rest = new List<string>();
        bool quick = false;
        try
        {
            for (int i = 0; i < args.Length; i++)
            {
                string a = args[i];
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{a} needs a value, e.g. {a} 2..6");
                if (a == "--quick") quick = true;
                else if (a == "--n") QubitRanges.SetAll(QubitRanges.Parse(Value()));
                else if (a.StartsWith("--n:", StringComparison.Ordinal)) QubitRanges.Set(a[4..], QubitRanges.Parse(Value()));
                else rest.Add(a);
            }
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            Console.Error.WriteLine($"OpenSystem.Benchmarks: {ex.Message}");
            return 2;
        }

        IConfig config = DefaultConfig.Instance;
        if (quick)
        {
            QubitRanges.UseQuickDefaults();
            config = DefaultConfig.Instance
                .AddJob(Job.Default
                    .WithToolchain(InProcessEmitToolchain.Instance)
                    .WithLaunchCount(1)
                    .WithWarmupCount(1)
                    .WithIterationCount(3)
                    .WithIterationTime(TimeInterval.FromMilliseconds(100))
                    .WithId("Quick"))
                .WithOptions(ConfigOptions.JoinSummary);
        }
        bool selects = rest.Any(a => a is "--filter" or "-f" or "--list" or "--allCategories" or "--anyCategories" or "--help" or "-h" or "--info" or "--version");
        if (!selects) rest.AddRange(["--filter", "*"]);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        IEnumerable<Summary> summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest.ToArray(), config);
        var list = summaries.ToList();
        Console.WriteLine($"OpenSystem.Benchmarks: {list.Sum(s => s.BenchmarksCases.Length)} cases in {clock.Elapsed.TotalSeconds:F0} s wall");
        bool failed = list.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }
}
