using System.Globalization;

namespace OpenSystem.Cli;

/// <summary>
/// A time grid too coarse for the coherent oscillations it should show (<see cref="TimeSampling.Check"/>): somewhere the
/// state still moves, the samples are farther apart than half the period of the fastest excited Bohr frequency.
/// </summary>
/// <param name="BohrFrequency">ω_max: the largest Bohr frequency |E_a − E_b| the initial state excites (energy units, ħ = 1).</param>
/// <param name="Time">The first unsettled sample t_i whose step t_{i+1} − t_i exceeds π/ω_max (time units).</param>
/// <param name="Spacing">That step.</param>
/// <param name="Widest">The widest step that starts at an unsettled sample.</param>
/// <param name="SettledTime">The first sample time after which the state stays settled, or null when it has not settled by the last sample.</param>
/// <param name="End">The grid's last time.</param>
public sealed record Undersampling(double BohrFrequency, double Time, double Spacing, double Widest, double? SettledTime, double End)
{
    /// <summary>The largest spacing that resolves ω_max (Nyquist): π/ω_max.</summary>
    public double Nyquist => Math.PI / BohrFrequency;

    /// <summary>
    /// Evenly spaced samples that would resolve ω_max up to the settling time (or the grid's end when the state never
    /// settles): ⌈t/(π/ω_max)⌉ + 1.
    /// </summary>
    public long SamplesNeeded => (long)Math.Ceiling((SettledTime ?? End) / Nyquist) + 1;

    /// <summary>The plot's short note (a subtitle line: plain Unicode, OxyPlot markup breaks multi-line text): the grid is too coarse for ω_max.</summary>
    public string Caption => string.Format(CultureInfo.InvariantCulture,
        "UNDERSAMPLED: steps up to {0:G3} > π/ωₘₐₓ = {1:G3} from t = {2:G3}, oscillations aliased (see the warning)", Widest, Nyquist, Time);

    /// <summary>
    /// The warning, naming the model file <paramref name="file"/> and saying what to change (<paramref name="advice"/>,
    /// by default: more evenly spaced samples, or a shorter t_end).
    /// </summary>
    public string Message(string file, string? advice = null) => $"{file}: {Describe(advice)}";

    /// <summary>
    /// The warning without the file name, for loggers that name the model file on every line themselves.
    /// </summary>
    public string Describe(string? advice = null)
    {
        var c = CultureInfo.InvariantCulture;
        string settled = SettledTime is double s
            ? string.Format(c, "it settles within {0:G1} of its long-time Bloch vectors only at t = {1:G4}", TimeSampling.SettledDeviation, s)
            : string.Format(c, "it has not settled within {0:G1} of its long-time Bloch vectors by t = {1:G4}", TimeSampling.SettledDeviation, End);
        return string.Format(c,
            "the time grid cannot resolve the coherent oscillations: the initial state excites Bohr frequencies up to "
            + "ω_max = {0:G4} (period {1:G4}), which needs samples at most π/ω_max = {2:G4} apart, but from t = {3:G4} on the grid "
            + "steps by {4:G4} (up to {5:G4}) while the state still moves ({6}). The plots and trajectory.csv show these oscillations "
            + "aliased into a slower, jagged signal: {7}",
            BohrFrequency, 2 * Math.PI / BohrFrequency, Nyquist, Time, Spacing, Widest, settled,
            advice ?? string.Format(c, "use about {0} evenly spaced samples up to that time (evolution.samples), or a shorter evolution.t_end.", SamplesNeeded));
    }
}
