using System.Numerics;
using OpenSystem.Baths;
using OpenSystem.Dynamics;

namespace OpenSystem.Symmetry;

/// <summary>
/// γ(ω) and S(ω) of one bath at the grouped Bohr frequencies ω = E_b − E_a (group representative, as the dense
/// generator uses), computed only for the groups a channel needs, in parallel: Γ(ω) = γ(ω)/2 + i S(ω), S = 0 without
/// the Lamb shift.
/// </summary>
internal sealed class BathRates
{
    private readonly BosonicBath _bath;
    private readonly BohrFrequencies _bohr;
    private readonly bool _lambShift;
    private readonly double[] _rate;
    private readonly double[] _shift;
    private readonly bool[] _known;

    public BathRates(BosonicBath bath, BohrFrequencies bohr, bool lambShift)
    {
        _bath = bath;
        _bohr = bohr;
        _lambShift = lambShift;
        _rate = new double[bohr.Count];
        _shift = new double[bohr.Count];
        _known = new bool[bohr.Count];
    }

    /// <summary>Evaluates the groups not yet known (the Lamb-shift quadratures on the thread pool).</summary>
    public void Ensure(IEnumerable<int> groups)
    {
        var missing = groups.Where(g => !_known[g]).Distinct().ToArray();
        try
        {
            Parallel.ForEach(missing, g =>
            {
                double w = _bohr.Frequency(g);
                _rate[g] = _bath.Rate(w);
                _shift[g] = _lambShift ? _bath.LambShift(w) : 0.0;
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
        foreach (int g in missing)
            _known[g] = true;
    }

    /// <summary>γ of group <paramref name="g"/> (after <see cref="Ensure"/>).</summary>
    public double Rate(int g) => _rate[g];

    /// <summary>S of group <paramref name="g"/> (0 without the Lamb shift).</summary>
    public double Shift(int g) => _shift[g];

    /// <summary>Γ = γ/2 + iS of group <paramref name="g"/>.</summary>
    public Complex Transform(int g) => new(0.5 * _rate[g], _shift[g]);
}
