namespace OpenSystem.Dynamics;

/// <summary>
/// The Bohr frequencies ω_ca = E_c − E_a of a spectrum, grouped: frequencies whose magnitudes lie within
/// <c>tolerance</c> times the energy scale (<see cref="Tolerances.Degeneracy"/>, relative: unchanged under H → c H) of their neighbour form one group (single linkage on sorted |ω|), and a group
/// containing 0 is exactly 0. The groups of ω and −ω carry exactly opposite representatives.
/// Positive ω is emission: the pair (a, c) with ω_ca &gt; 0 takes the system from |c⟩ down to |a⟩.
/// </summary>
public sealed class BohrFrequencies
{
    private readonly int[] _group;         // group id of ω_ca at index a + c d
    private readonly double[] _frequency;  // representative per group id

    /// <summary>Groups the Bohr frequencies of <paramref name="energies"/>.</summary>
    public BohrFrequencies(IReadOnlyList<double> energies, double tolerance = Tolerances.BohrDegeneracy)
    {
        ArgumentNullException.ThrowIfNull(energies);
        int d = energies.Count;
        Dimension = d;
        Tolerance = Tolerances.Degeneracy(energies, tolerance);
        var order = new List<(double W, int Index)>(d * (d + 1) / 2);
        for (int c = 0; c < d; c++)
            for (int a = 0; a <= c; a++)      // energies ascending: E_c − E_a ≥ 0 up to rounding
                order.Add((Math.Abs(energies[c] - energies[a]), a + c * d));
        order.Sort((x, y) => x.W.CompareTo(y.W));
        _group = new int[d * d];
        var reps = new List<double>();
        int start = 0;
        while (start < order.Count)
        {
            int end = start + 1;
            while (end < order.Count && order[end].W - order[end - 1].W <= Tolerance) end++;
            bool zero = order[start].W <= Tolerance;
            double mean = 0.0;
            for (int i = start; i < end; i++) mean += order[i].W;
            mean = zero ? 0.0 : mean / (end - start);
            int plus = reps.Count; reps.Add(mean);
            int minus = plus;
            if (!zero) { minus = reps.Count; reps.Add(-mean); }
            for (int i = start; i < end; i++)
            {
                int idx = order[i].Index, a = idx % d, c = idx / d;
                _group[a + c * d] = plus;      // ω_ca ≥ 0
                _group[c + a * d] = minus;     // ω_ac = −ω_ca
            }
            start = end;
        }
        _frequency = reps.ToArray();
    }

    /// <summary>Dimension d of the spectrum.</summary>
    public int Dimension { get; }

    /// <summary>Absolute grouping tolerance actually used.</summary>
    public double Tolerance { get; }

    /// <summary>Number of distinct (grouped) Bohr frequencies, counting ±ω separately.</summary>
    public int Count => _frequency.Length;

    /// <summary>Group id of ω_ca = E_c − E_a.</summary>
    public int GroupOf(int a, int c) => _group[a + c * Dimension];

    /// <summary>Representative frequency of group <paramref name="id"/>.</summary>
    public double Frequency(int id) => _frequency[id];

    /// <summary>Representative frequencies, indexed by group id.</summary>
    public IReadOnlyList<double> Frequencies => _frequency;
}
