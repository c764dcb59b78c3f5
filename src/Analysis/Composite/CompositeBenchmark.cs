using OpenSystem.Baths;
using OpenSystem.Dynamics;

namespace OpenSystem.Analysis;

/// <summary>
/// The composite system–bath benchmark of Fig. 1a (Guarnieri, Kolář, Filip, PRL 121, 070401 (2018)): a qubit
/// H_S = (ω/2)σᶻ coupled as (aσᶻ + bσˣ) ⊗ B to an Ohmic bath J(ν) = λν e^{−ν/Ω}. Its steady-state coherence at second
/// order in the coupling (the mean-force Gibbs state, equal to the Redfield + Lamb shift steady state at this order) is
/// formula (P1) of docs/physics.md §1.3, derived there because the formula of the reference could not be read:
/// ⟨σˣ⟩ = 4ab ∫₀^∞ dν J(ν) [tanh(ω/2T) coth(ν/2T) − ω/ν]/(ω² − ν²), C = |⟨σˣ⟩|.
/// The integrand is regular at ν = ω. Defaults: ω = 1, Ω = 5, λ = 1e-3, X = σˣ + σᶻ (ab = 1).
/// </summary>
/// <param name="Omega">Qubit frequency ω.</param>
/// <param name="Cutoff">Bath cutoff Ω.</param>
/// <param name="Lambda">Coupling λ.</param>
/// <param name="A">Weight of σᶻ in the coupling operator.</param>
/// <param name="B">Weight of σˣ in the coupling operator.</param>
/// <param name="Convention">Normalisation of J.</param>
public sealed record CompositeBenchmark(double Omega = 1.0, double Cutoff = 5.0, double Lambda = 1e-3, double A = 1.0, double B = 1.0,
    SpectralConvention Convention = SpectralConvention.SumOfSquaredCouplings)
{
    /// <summary>Effective α of J = α ν e^{−ν/Ω} in the spec's convention (J = Σ g² δ).</summary>
    public double Alpha => Convention == SpectralConvention.Leggett ? Lambda / Math.PI : Lambda;

    /// <summary>⟨σˣ⟩ by (P1): adaptive Gauss–Kronrod on [0, ω], [ω, 2ω], [2ω, 60Ω + 60T] (relative tolerance 1e-12).</summary>
    public double SigmaX(double temperature)
    {
        if (!(temperature >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(temperature), temperature, "Temperature must be >= 0.");
        }
        // (P3): e^{ω/Ω}E₁(ω/Ω)
        if (temperature == 0)
        {
            return -4 * A * B * Alpha * ExponentialIntegrals.ScaledE1(Omega / Cutoff);
        }
        double tw = Math.Tanh(Omega / (2 * temperature));
        double F(double nu)
        {
            double x = nu / (2 * temperature);
            double nuCoth = x < 1e-8 ? 2 * temperature : nu / Math.Tanh(x);     // ν coth(ν/2T) → 2T
            double den = Omega * Omega - nu * nu;
            // removable point, never a Kronrod node
            if (Math.Abs(den) < 1e-12 * Omega * Omega)
            {
                return 0.0;
            }
            return Math.Exp(-nu / Cutoff) * (nuCoth * tw - Omega) / den;         // J(ν)/ν · ν[...] with J = αν e^{−ν/Ω}
        }
        double upper = 60 * (Cutoff + temperature) + 4 * Omega;
        double integral = GaussKronrod.Integrate(F, 0, Omega) + GaussKronrod.Integrate(F, Omega, 2 * Omega) + GaussKronrod.Integrate(F, 2 * Omega, upper);
        return 4 * A * B * Alpha * integral;
    }

    /// <summary>C(T) = |⟨σˣ⟩| by (P1); (P3) at T = 0.</summary>
    public double Coherence(double temperature) => Math.Abs(SigmaX(temperature));

    /// <summary>
    /// ⟨σˣ⟩ by the Lamb-shift form (P2), (4ab/ω)[S(0) − p_e S(ω) − p_g S(−ω)], an independent route through
    /// <see cref="BosonicBath.LambShift"/>.
    /// </summary>
    public double SigmaXViaLambShift(double temperature)
    {
        var bath = Bath(temperature);
        double pe = temperature == 0 ? 0 : 1 / (1 + Math.Exp(Omega / temperature));
        return 4 * A * B / Omega * (bath.LambShift(0) - pe * bath.LambShift(Omega) - (1 - pe) * bath.LambShift(-Omega));
    }

    /// <summary>High-temperature asymptote C ≈ ab λ Ω ω/(3T²) (T ≫ Ω, ω).</summary>
    public double HighTemperatureCoherence(double temperature) => Math.Abs(A * B) * Alpha * Cutoff * Omega / (3 * temperature * temperature);

    /// <summary>The qubit with its composite bath as an open system (for the master-equation routes).</summary>
    public OpenQuantumSystem System(double temperature)
    {
        var coupling = new PauliSum([new(PauliString.Parse("Z0"), A), new(PauliString.Parse("X0"), B)]);
        return new OpenQuantumSystem(new QubitRegister(1), PauliSum.Of("Z0", Omega / 2), [new BathCoupling(coupling, Bath(temperature))]);
    }

    /// <summary>
    /// C = |⟨σˣ⟩| of the second-order mean-force Gibbs state of <see cref="System"/> (<see cref="MeanForceGibbsState"/>,
    /// no counterterm): the general-network route to (P1), equal to <see cref="Coherence"/> to about 1e-13 relative.
    /// </summary>
    /// <exception cref="ArgumentException">T = 0 (the mean-force state is computed for T &gt; 0 only; (P3) is <see cref="Coherence"/>(0)).</exception>
    public double MeanForceCoherence(double temperature) => MeanForceGibbsState.Of(System(temperature)).State.Bloch(0).LocalCoherence;

    /// <summary>C of the steady state of <paramref name="equation"/> (Redfield with the Lamb shift reproduces (P1) to O(λ²)).</summary>
    public double SteadyStateCoherence(double temperature, MasterEquation equation)
    {
        var steady = new SteadyStateSolver().Solve(equation.Build(System(temperature)));
        return QuantumMeasures.LocalCoherence(steady.State.Bloch(0));
    }

    private BosonicBath Bath(double temperature) => new(new OhmicSpectralDensity(Alpha, Cutoff), temperature);
}
