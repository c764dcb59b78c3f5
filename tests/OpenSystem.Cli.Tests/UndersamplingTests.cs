using System.Text.Json;
using OpenSystem.Dynamics;
using OpenSystem.Models;

namespace OpenSystem.Cli.Tests;

/// <summary>The warning when the time grid cannot resolve the Bohr frequencies the initial state excites.</summary>
public class UndersamplingTests
{
    [Fact]
    public void ExcitedBohrFrequency_IsTheSplittingForASuperpositionAndZeroForAnEigenstate()
    {
        var model = ModelFile.Parse(PlotAxisTests.Qubit(20, 201), "qubit.json");
        // H = Z/2: levels ±1/2, one Bohr frequency ω = 1, excited by (1, 0, 0) = (|e⟩ + |g⟩)/√2
        Assert.Equal(1.0, TimeSampling.ExcitedBohrFrequency(model.System, model.Initial), 12);
        Assert.Equal(0.0, TimeSampling.ExcitedBohrFrequency(model.System, DensityMatrix.Ground(model.System.Register)));
        // mixed states take the V†ρV route: the maximally mixed state has no coherence, a half-length Bloch vector along x has
        Assert.Equal(0.0, TimeSampling.ExcitedBohrFrequency(model.System, DensityMatrix.MaximallyMixed(model.System.Register)));
        Assert.Equal(1.0, TimeSampling.ExcitedBohrFrequency(model.System, DensityMatrix.Product(model.System.Register, [(0.5, 0, 0)])), 12);
    }

    [Fact]
    public void ExcitedBohrFrequency_PureStateRoute_AgreesWithTheFullChangeOfBasis()
    {
        // the spec's example starts in |gg⟩, not an eigenstate of its coupled H: V†ρV computed here in full
        var model = ModelFile.Load(CliRunner.RepositoryFile("examples/models/spec_example.json"));
        var basis = model.System.Basis;
        var rho = basis.ToEigen(model.Initial.Matrix);
        double expected = 0;
        for (int a = 0; a < basis.Dimension; a++)
        {
            for (int b = 0; b < basis.Dimension; b++)
            {
                if (rho[a, b].Magnitude > TimeSampling.ExcitedCoherence && Math.Abs(basis.Energies[a] - basis.Energies[b]) > basis.DegeneracyTolerance)
                {
                    expected = Math.Max(expected, Math.Abs(basis.Energies[a] - basis.Energies[b]));
                }
            }
        }
        Assert.True(expected > 0);
        Assert.Equal(expected, TimeSampling.ExcitedBohrFrequency(model.System, model.Initial), 12);
    }

    [Fact]
    public void CoarseLinearGrid_WarnsNamingTheFileInLogAndResult()
    {
        // steps of 20 against π/ω = π while the precession decays over ~1000 time units
        using var cli = new CliRunner();
        var (exit, stderr) = cli.Run(PlotAxisTests.Qubit(2000, 101), "coarse_qubit.json");
        Assert.True(exit == 0, stderr);
        Assert.Contains("coarse_qubit.json: the time grid cannot resolve", stderr);
        var warnings = cli.Result().GetProperty("run").GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToArray();
        var warning = Assert.Single(warnings, w => w.Contains("cannot resolve", StringComparison.Ordinal));
        Assert.Contains("π/ω_max = 3.142", warning);
    }

    [Fact]
    public void FineGrid_OrUnexcitedOscillation_NoWarning()
    {
        using (var fine = new CliRunner())
        {
            var (exit, stderr) = fine.Run(PlotAxisTests.Qubit(20, 201), "fine_qubit.json");
            Assert.True(exit == 0, stderr);
            Assert.DoesNotContain("cannot resolve", stderr);
            Assert.DoesNotContain(fine.Result().GetProperty("run").GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("cannot resolve"));
        }
        using (var eigenstate = new CliRunner())
        {
            // the same coarse grid from the ground state, an eigenstate of H under a secular equation: nothing oscillates
            var (exit, stderr) = eigenstate.Run(PlotAxisTests.Qubit(2000, 101, initial: """{"kind": "ground"}"""), "ground_qubit.json");
            Assert.True(exit == 0, stderr);
            Assert.DoesNotContain("cannot resolve", stderr);
        }
    }

    [Fact]
    public void Check_IgnoresCoarseStepsAfterTheStateHasSettled()
    {
        // fine steps while the precession decays (rate ~ 2πα·coth(ω/2T)·ω/2 ≈ 3e-3), coarse ones only long after
        var model = ModelFile.Parse(PlotAxisTests.Qubit(20, 201), "qubit.json");
        var times = Enumerable.Range(0, 8001).Select(i => i * 0.5).Concat(Enumerable.Range(1, 20).Select(i => 4000 + 100.0 * i)).ToArray();
        var report = OpenSystem.Analysis.Simulation.Run(model.System, model.Equation, model.Initial, TimeGrid.Of(times));
        var trajectory = report.Trajectory!;
        double omega = TimeSampling.ExcitedBohrFrequency(model.System, model.Initial);
        Assert.True(TimeSampling.Deviation(trajectory.Measurements[8000], report.SteadyState.Measurement) < TimeSampling.SettledDeviation);
        Assert.Null(TimeSampling.Check(trajectory.Times, trajectory.Measurements, report.SteadyState.Measurement, omega));
        // coarse steps that start before the state settles are reported, from the first one
        var early = TimeGrid.Of(Enumerable.Range(0, 201).Select(i => i * 0.5).Concat(Enumerable.Range(1, 39).Select(i => 100 + 100.0 * i)));
        var coarse = OpenSystem.Analysis.Simulation.Run(model.System, model.Equation, model.Initial, early);
        var found = TimeSampling.Check(coarse.Trajectory!.Times, coarse.Trajectory.Measurements, coarse.SteadyState.Measurement, omega);
        Assert.NotNull(found);
        Assert.Equal(100, found.Time);
        Assert.Equal(100, found.Spacing, 9);
        // the transverse Bloch vector decays at Γ/2 ≈ 2.6e-3 (Γ = 2πJ(1) = 2π·1e-3·e^{-1/5}): below 1e-3 near t = ln(1e3)/(Γ/2) ≈ 2700
        Assert.InRange(found.SettledTime!.Value, 2300, 3100);
    }

    [Theory]
    [InlineData(0.2, true)]
    [InlineData(0.0, false)]
    public void Approach_WarnsOnlyWhenItsGroundStartExcitesAnOscillation(double transverse, bool warns)
    {
        // H = Z/2 + h X: for h ≠ 0 the start |g⟩ is not an eigenstate and precesses at ω = √(1 + 4h²); the approach's
        // 121 log-spaced samples up to t = 3000 step far beyond π/ω while it relaxes (rate ~ 5e-3)
        string text = PlotAxisTests.Qubit(3000, 101, initial: """{"kind": "ground"}""")
            .Replace("""[{"pauli": "Z0", "coef": 0.5}]""", $$"""[{"pauli": "Z0", "coef": 0.5}, {"pauli": "X0", "coef": {{transverse.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}]""");
        using var cli = new CliRunner();
        string path = Path.Combine(cli.Folder, "approach_qubit.json");
        File.WriteAllText(path, text);
        var stderr = new StringWriter();
        int exit = Program.Run(["approach", path, "--out", cli.Out, "-v", "quiet"], stderr);
        Assert.True(exit == 0, stderr.ToString());
        Assert.Equal(warns, stderr.ToString().Contains("approach_qubit.json: the time grid cannot resolve", StringComparison.Ordinal));
    }
}
