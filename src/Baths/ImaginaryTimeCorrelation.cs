namespace OpenSystem.Baths;

/// <summary>
/// The imaginary-time bath correlation K(u) = ⟨B(u) B(0)⟩_β = Tr[e^{−βH_B} e^{uH_B} B e^{−uH_B} B]/Z_B, 0 ≤ u ≤ β = 1/T,
/// of B = Σ_k g_k (b_k + b_k†) with J(ω) = Σ_k g_k² δ(ω − ω_k) (model-file spec, "Baths"):
/// K(u) = ∫₀^∞ J(ω) cosh(ω(β/2 − u))/sinh(βω/2) dω = ∫₀^∞ J(ω) [e^{−ωu} + e^{−ω(β−u)}]/(1 − e^{−βω}) dω.
/// It is real, positive, symmetric about u = β/2 (K(u) = K(β − u)) and is the kernel of the second-order mean-force
/// Gibbs state. Units: ħ = k_B = 1; K has the units of a frequency squared when J is a frequency.
/// </summary>
/// <remarks>
/// Ohmic J = α ω e^{−ω/Ω}: expanding 1/(1 − e^{−βω}) = Σ_n e^{−nβω} and integrating term by term gives the closed form
/// K(u) = (α/β²)[ψ′((1 + Ωu)/(βΩ)) + ψ′((1 + βΩ − Ωu)/(βΩ))], ψ′ the <see cref="Trigamma"/> function. Any other J
/// goes through <see cref="Quadrature"/>. T = 0 is refused: the imaginary-time interval [0, β] is then infinite.
/// </remarks>
public sealed class ImaginaryTimeCorrelation
{
    private readonly Func<double, double> _kernel;

    private ImaginaryTimeCorrelation(double temperature, double frequencyScale, bool isClosedForm, Func<double, double> kernel)
    {
        Temperature = temperature;
        FrequencyScale = frequencyScale;
        IsClosedForm = isClosedForm;
        _kernel = kernel;
    }

    /// <summary>Temperature T &gt; 0 of the bath (k_B = 1).</summary>
    public double Temperature { get; }

    /// <summary>β = 1/T, the length of the imaginary-time interval.</summary>
    public double InverseTemperature => 1.0 / Temperature;

    /// <summary>
    /// The frequency beyond which J is negligible (the cutoff of an Ohmic bath, the largest mode frequency of discrete
    /// modes); K(u) varies on the imaginary-time scale 1/max(this, T), which sets quadrature panels in u.
    /// </summary>
    public double FrequencyScale { get; }

    /// <summary>Whether <see cref="Evaluate"/> uses a closed form (Ohmic, discrete modes) rather than quadrature in ω.</summary>
    public bool IsClosedForm { get; }

    /// <summary>
    /// K(u) for a bath at T &gt; 0: the trigamma closed form for an Ohmic J = αω e^{−ω/Ω}, otherwise
    /// <see cref="Quadrature"/>.
    /// </summary>
    /// <param name="bath">The bath; its temperature must be &gt; 0.</param>
    /// <exception cref="ArgumentException">The bath temperature is 0 (the interval 0 ≤ u ≤ 1/T is infinite).</exception>
    public static ImaginaryTimeCorrelation Of(BosonicBath bath)
    {
        ArgumentNullException.ThrowIfNull(bath);
        double t = bath.Temperature;
        if (t == 0.0)
            throw new ArgumentException("Bath temperature is 0: the imaginary-time correlation K(u) lives on 0 <= u <= 1/T, " +
                "which is infinite at T = 0; use a temperature > 0.", nameof(bath));
        double scale = bath.SpectralDensity.Scale;
        if (IsPlainOhmic(bath.SpectralDensity, out var ohmic))
        {
            double beta = 1.0 / t;
            double alpha = ohmic.Alpha;
            double cutoff = ohmic.Cutoff;
            double Ohmic(double u) => alpha / (beta * beta) * (Trigamma.Evaluate((1.0 + cutoff * u) / (beta * cutoff))
                + Trigamma.Evaluate((1.0 + beta * cutoff - cutoff * u) / (beta * cutoff)));
            return new ImaginaryTimeCorrelation(t, scale, true, Ohmic);
        }
        return new ImaginaryTimeCorrelation(t, scale, false, u => Quadrature(bath, u));
    }

    /// <summary>
    /// K(u) of a bath made of a few discrete modes, J(ω) = Σ_k g_k² δ(ω − ω_k):
    /// K(u) = Σ_k g_k² [e^{−ω_k u} + e^{−ω_k(β−u)}]/(1 − e^{−βω_k}).
    /// </summary>
    /// <param name="frequencies">Mode frequencies ω_k &gt; 0.</param>
    /// <param name="couplings">Couplings g_k (real), one per mode.</param>
    /// <param name="temperature">T &gt; 0.</param>
    /// <exception cref="ArgumentException">Lengths differ, a frequency is not finite and &gt; 0, a coupling not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">T not finite or ≤ 0.</exception>
    public static ImaginaryTimeCorrelation OfDiscreteModes(IReadOnlyList<double> frequencies, IReadOnlyList<double> couplings, double temperature)
    {
        ArgumentNullException.ThrowIfNull(frequencies);
        ArgumentNullException.ThrowIfNull(couplings);
        if (frequencies.Count != couplings.Count || frequencies.Count == 0)
            throw new ArgumentException($"Need one coupling per mode and at least one mode; got {frequencies.Count} frequencies and {couplings.Count} couplings.", nameof(couplings));
        if (frequencies.Any(w => !(w > 0.0) || double.IsInfinity(w)))
            throw new ArgumentException("Mode frequencies must be finite and > 0.", nameof(frequencies));
        if (couplings.Any(g => !double.IsFinite(g)))
            throw new ArgumentException("Mode couplings must be finite.", nameof(couplings));
        if (!(temperature > 0.0) || double.IsInfinity(temperature))
            Throw.OutOfRange(nameof(temperature), temperature, "The imaginary-time correlation needs a finite temperature > 0 (the interval 0 <= u <= 1/T).");
        var w = frequencies.ToArray();
        var g2 = couplings.Select(g => g * g).ToArray();
        double beta = 1.0 / temperature;
        double Modes(double u)
        {
            double sum = 0.0;
            for (int k = 0; k < w.Length; k++)
                sum += g2[k] * (Math.Exp(-w[k] * u) + Math.Exp(-w[k] * (beta - u))) / -BoseEinstein.ExpM1(-beta * w[k]);
            return sum;
        }
        return new ImaginaryTimeCorrelation(temperature, w.Max(), true, Modes);
    }

    /// <summary>K(u) for 0 ≤ u ≤ β.</summary>
    /// <param name="u">Imaginary time, 0 ≤ u ≤ β.</param>
    /// <exception cref="ArgumentOutOfRangeException">u outside [0, β] or not finite.</exception>
    public double Evaluate(double u)
    {
        double beta = InverseTemperature;
        if (!(u >= 0.0) || !(u <= beta))
            Throw.OutOfRange(nameof(u), u, $"Imaginary time u must lie in [0, beta] = [0, {beta:G6}].");
        return _kernel(u);
    }

    /// <summary>
    /// K(u) by adaptive Gauss–Kronrod quadrature of ∫₀^∞ J(ω)[e^{−ωu} + e^{−ω(β−u)}]/(1 − e^{−βω}) dω for any J at
    /// T &gt; 0 (relative accuracy about 1e-12): pieces [0, T], [T, Ω], [Ω, 8 max(Ω, T)] (Ω = J's scale) and the tail
    /// mapped to a finite interval by ω = c/s. The ω → 0 end uses J(ω)/(1 − e^{−βω}) → T lim J(ω)/ω.
    /// </summary>
    /// <param name="bath">The bath; its temperature must be &gt; 0.</param>
    /// <param name="u">Imaginary time, 0 ≤ u ≤ β.</param>
    /// <exception cref="ArgumentException">The bath temperature is 0.</exception>
    /// <exception cref="ArgumentOutOfRangeException">u outside [0, β].</exception>
    /// <exception cref="ArithmeticException">The quadrature did not converge (e.g. K(0) of a J with a 1/ω tail, which diverges).</exception>
    public static double Quadrature(BosonicBath bath, double u)
    {
        ArgumentNullException.ThrowIfNull(bath);
        double t = bath.Temperature;
        if (t == 0.0)
            throw new ArgumentException("Bath temperature is 0: K(u) needs 0 <= u <= 1/T with T > 0.", nameof(bath));
        double beta = 1.0 / t;
        if (!(u >= 0.0) || !(u <= beta))
            Throw.OutOfRange(nameof(u), u, $"Imaginary time u must lie in [0, beta] = [0, {beta:G6}].");
        var j = bath.SpectralDensity;
        double zero = 2.0 * t * j.LowFrequencySlope;
        double F(double w)
        {
            if (w <= 0.0)
            {
                return zero;
            }
            if (double.IsInfinity(w))
            {
                return 0.0;
            }
            return j.Evaluate(w) * (Math.Exp(-w * u) + Math.Exp(-w * (beta - u))) / -BoseEinstein.ExpM1(-beta * w);
        }
        double scale = j.Scale;
        double c = 8.0 * Math.Max(scale, t);
        var breaks = new[] { 0.0, t, scale, c }.Distinct().Order().ToArray();
        double sum = 0.0;
        for (int i = 0; i + 1 < breaks.Length; i++)
            sum += GaussKronrod.Integrate(F, breaks[i], breaks[i + 1], 1e-13);
        double Tail(double s) => s <= 0.0 ? 0.0 : F(c / s) * c / (s * s);
        return sum + GaussKronrod.Integrate(Tail, 0.0, 1.0, 1e-13);
    }

    // The closed form holds for J = α ω e^{−ω/Ω} only: the probe at ω = 2.5Ω rejects any other power of ω that a
    // generalised Ohmic density (J ∝ ω^s) might carry.
    private static bool IsPlainOhmic(ISpectralDensity density, out OhmicSpectralDensity ohmic)
    {
        ohmic = density as OhmicSpectralDensity ?? new OhmicSpectralDensity(0.0, 1.0);
        if (density is not OhmicSpectralDensity)
        {
            return false;
        }
        double w = 2.5 * ohmic.Cutoff;
        double expected = ohmic.Alpha * w * Math.Exp(-w / ohmic.Cutoff);
        return Math.Abs(ohmic.Evaluate(w) - expected) <= 1e-13 * Math.Abs(expected);
    }
}
