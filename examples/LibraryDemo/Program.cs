// The library API without the CLI: Eq. (9) of Kolář & Filip, a bath on both qubits, global Redfield with and without
// the Lamb shift, the Davies equation and the local equation, compared with the Gibbs state; then the approach in time.
using OpenSystem.Analysis;
using OpenSystem.Dynamics;
using OpenSystem.Paper;

const double temperature = 0.1;
var h = PaperModels.Eq9(omega1: 0.5, gamma: 0.5, theta: 0.5, omega2: 1.0);        // qubit 1 is the paper's TLS 2
var system = PaperModels.WithBathOnEveryQubit(h, qubits: 2, alpha: 1e-3, cutoff: 5.0, temperature);
var tau = GibbsState.Of(system, temperature);
Console.WriteLine($"Gibbs state: C_1 = {QuantumMeasures.LocalCoherence(tau.Bloch(1)):F10}");

foreach (MasterEquation equation in new MasterEquation[] { new Redfield(IncludeLambShift: true), new Redfield(IncludeLambShift: false), new GlobalLindblad(), new LocalLindblad() })
{
    IGenerator generator = equation.Build(system);
    SteadyState steady = new SteadyStateSolver().Solve(generator);
    Console.WriteLine($"{equation,-42} C_1 = {QuantumMeasures.LocalCoherence(steady.State.Bloch(1)):F10}  " +
                      $"D(rho_ss, tau) = {QuantumMeasures.TraceDistance(steady.State, tau):E2}  residual {steady.Residual:E1}");
}

// The approach to the plateau from the ground state (Davies equation), sampled on a log grid.
var davies = new GlobalLindblad().Build(system);
var run = new MasterEquationSolver(davies).Evolve(DensityMatrix.Ground(system.Register), TimeGrid.Logarithmic(1.0, 20_000.0, samples: 9));
foreach (var (t, rho) in run.Times.Zip(run.States))
    Console.WriteLine($"t = {t,8:F1}  C_1 = {QuantumMeasures.LocalCoherence(rho.Bloch(1)):F6}  D = {QuantumMeasures.TraceDistance(rho, tau):E2}");
Console.WriteLine(run.Statistics);
