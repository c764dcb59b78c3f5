using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Baths;
using OpenSystem.Dynamics;
using OpenSystem.Models;
using OpenSystem.Symmetry;

// Arguments: task (steady-redfield | steady-redfield-no-ls | steady-davies | trajectory | relaxation | gap), N (50),
// temperature (0.3). Model: c4 with the paper's Fig. 3b parameters (ω_T = 1, ω_a = g = θ = 0.5), an independent Ohmic
// bath (α = 0.01, ω_c = 5) through X on every qubit.
string task = args.Length > 0 ? args[0] : "steady-redfield";
int n = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
double temperature = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 0.3;
var h = ModelFamilies.All["c4"].Build(n, [1.0, 0.5, 0.5, 0.5]);
var bath = new BosonicBath(new OhmicSpectralDensity(0.01, 5.0), temperature);
var couplings = Enumerable.Range(0, n + 1).Select(q => new BathCoupling(new PauliSum([new PauliTerm(PauliString.Single('X', q), 1)]), bath)).ToArray();
MasterEquation equation = task switch
{
    "steady-redfield-no-ls" => new Redfield(false),
    "steady-davies" or "gap" => new GlobalLindblad(),
    "trajectory" => new Redfield(false),
    "relaxation" => new GlobalLindblad(),
    _ => new Redfield(),
};
var clock = Stopwatch.StartNew();
var generator = PermutationInvariantGenerator.Build(h, n + 1, couplings, equation);
double built = clock.Elapsed.TotalSeconds;
Console.WriteLine($"c4, N = {n}, T = {temperature}, {equation}: {generator.Length} numbers, {generator.Levels} levels; built in {built:F1} s");
if (task == "relaxation")
{
    // Davies from the product state to 6/gap; the late decay rate of ‖ρ_D(t) − ρ_D(∞)‖ fitted on the last third.
    double gap = generator.SecularPopulationGap();
    var steady = new SectorSteadyStateSolver().Solve(generator).State.DistinguishedState;
    var plus = Matrix<Complex>.Build.Dense(2, 2, (_, _) => 0.5);
    var initial = SectorState.Product(generator.Model, plus, Math.PI, 0);
    var times = Enumerable.Range(0, 61).Select(i => 6.0 / gap * i / 60).ToArray();
    var distance = SectorEvolution.Evolve(generator, initial, times).Select(st => (st.DistinguishedState - steady).FrobeniusNorm()).ToArray();
    var late = Enumerable.Range(40, 21).ToArray();
    double mt = late.Average(i => times[i]);
    double ml = late.Average(i => Math.Log(distance[i]));
    double slope = late.Sum(i => (times[i] - mt) * (Math.Log(distance[i]) - ml)) / late.Sum(i => (times[i] - mt) * (times[i] - mt));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"secular gap {gap:E4}; fitted late decay rate of |rho_D - rho_D(inf)| {-slope:E4} (t = {times[40]:G4}..{times[60]:G4}, distance {distance[40]:E2} -> {distance[60]:E2}) in {clock.Elapsed.TotalSeconds - built:F1} s"));
}
else if (task == "gap")
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"secular population gap {generator.SecularPopulationGap():E4} (in {clock.Elapsed.TotalSeconds - built:F1} s)"));
}
else if (task.StartsWith("steady", StringComparison.Ordinal))
{
    var steady = new SectorSteadyStateSolver().Solve(generator);
    var rho = steady.State.DistinguishedState;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"steady state in {clock.Elapsed.TotalSeconds - built:F1} s: {steady.Iterations} GMRES iterations, relative residual {steady.RelativeResidual:E2}; " +
        $"target Bloch ({2 * rho[0, 1].Real:F12}, {-2 * rho[0, 1].Imaginary:F12}, {(rho[0, 0] - rho[1, 1]).Real:F12})"));
}
else
{
    var plus = Matrix<Complex>.Build.Dense(2, 2, (_, _) => 0.5);
    var initial = SectorState.Product(generator.Model, plus, Math.PI, 0);   // target |+>, ancillas in |g>
    double tEnd = task == "relaxation" ? 2000 : 200;
    var times = Enumerable.Range(0, 101).Select(i => tEnd * i / 100).ToArray();
    var states = SectorEvolution.Evolve(generator, initial, times);
    Console.WriteLine($"trajectory to t = {tEnd} ({times.Length} samples) in {clock.Elapsed.TotalSeconds - built:F1} s");
    Console.WriteLine("t\tC_T\t<Z_T>");
    for (int i = 0; i < times.Length; i += 10)
    {
        var rho = states[i].DistinguishedState;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{times[i]:G6}\t{2 * rho[0, 1].Magnitude:F10}\t{(rho[0, 0] - rho[1, 1]).Real:F10}"));
    }
}
Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB, {Environment.ProcessorCount} cores");
