using System.Diagnostics;
using System.Globalization;
using OpenSystem.Models;
using OpenSystem.Symmetry;

// Arguments: family (default c4), N (1000), temperatures: a count (50: geometric from 0.01 to 20 as Fig. 3b) or a
// comma-separated list (e.g. 0,0.05,0.3 to compare with tools/sector-gibbs/sector_gibbs.py).
// Parameters: the paper's Fig. 3b for c4 (ω_T = 1, ω_a = 0.5, g = θ = 0.5); c1 (1, 0.5, 0.25); c7 (1, 0.5, 1.3, 0.5, 0.5).
string family = args.Length > 0 ? args[0] : "c4";
int n = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
string grid = args.Length > 2 ? args[2] : "50";
double[] parameters = family switch
{
    "c1" => [1.0, 0.5, 0.25],
    "c7" => [1.0, 0.5, 1.3, 0.5, 0.5],
    _ => [1.0, 0.5, 0.5, 0.5],
};
var temperatures = grid.Contains(',')
    ? grid.Split(',').Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToArray()
    : Geometric(int.Parse(grid, CultureInfo.InvariantCulture));
int count = temperatures.Length;
var clock = Stopwatch.StartNew();
var points = FamilyGibbs.Sweep(family, parameters, n, temperatures);
double seconds = clock.Elapsed.TotalSeconds;
Console.WriteLine($"{family} ({string.Join(", ", ModelFamilies.All[family].Parameters.Zip(parameters, (k, v) => $"{k} = {v}"))}), " +
    $"N = {n}: {count} temperatures in {seconds:F1} s on {Environment.ProcessorCount} cores");
Console.WriteLine("T\ttarget X\ttarget Y\ttarget Z\tC_T");
foreach (var p in points)
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{p.Temperature:G6}\t{p.Target.X:F15}\t{p.Target.Y:F15}\t{p.Target.Z:F15}\t{Math.Sqrt(p.Target.X * p.Target.X + p.Target.Y * p.Target.Y):F15}"));

static double[] Geometric(int count) =>
    Enumerable.Range(0, count).Select(i => 0.01 * Math.Pow(2000, i / Math.Max(1.0, count - 1.0))).ToArray();
