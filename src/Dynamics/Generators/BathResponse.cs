using System.Collections.Concurrent;
using System.Numerics;
using OpenSystem.Baths;

namespace OpenSystem.Dynamics;

/// <summary>
/// γ(ω) and S(ω) of each bath at every grouped Bohr frequency, evaluated once per distinct (bath, |ω|) in parallel.
/// Baths with equal spectral density and temperature share one table.
/// </summary>
internal sealed class BathResponse
{
    private static readonly ConcurrentDictionary<(ISpectralDensity, double, double, bool), (double, double, double, double)> Memo = new();

    public BathResponse(BosonicBath bath, BohrFrequencies bohr, bool lambShift)
    {
        int n = bohr.Count;
        Rate = new double[n];
        Shift = new double[n];
        var positive = Enumerable.Range(0, n).Where(i => bohr.Frequency(i) >= 0.0).ToArray();
        var minusOf = new int[n];
        for (int c = 0; c < bohr.Dimension; c++)
            for (int a = 0; a < bohr.Dimension; a++)
                minusOf[bohr.GroupOf(a, c)] = bohr.GroupOf(c, a);
        // The S(ω) quadratures are worth two threads; plain γ(ω) evaluations are not worth waking the thread pool (a
        // fresh process pays milliseconds for its first parallel loop).
        if (lambShift && positive.Length > 1)
            ForEachUnwrapped(positive, Fill);
        else
            foreach (int id in positive) Fill(id);
        if (Memo.Count > 2_000_000) Memo.Clear();

        void Fill(int id)
        {
            double w = bohr.Frequency(id);
            if (w == 0.0 && !bath.ZeroFrequencyRateIsFinite)
            {
                // γ(0) is infinite (sub-Ohmic at T > 0): usable only if the coupling has no element at ω = 0
                // (checked by RequireNoZeroFrequencyElements); the Lamb shift S(0) stays finite.
                ZeroFrequencyDivergent = true;
                Shift[id] = lambShift ? bath.LambShift(0.0) : 0.0;
                return;
            }
            var key = (bath.SpectralDensity, bath.Temperature, w, lambShift);
            var (gp, gm, sp, sm) = Memo.GetOrAdd(key, k =>
            {
                var (sPlus, sMinus) = lambShift ? bath.LambShiftPair(w) : (0.0, 0.0);
                return (bath.Rate(w), bath.Rate(-w), sPlus, sMinus);
            });
            Rate[id] = gp; Shift[id] = sp;
            int m = minusOf[id];
            if (m != id) { Rate[m] = gm; Shift[m] = sm; }
        }
    }

    /// <summary>Parallel loop whose failure surfaces as the first inner exception (the bath's own message), not an AggregateException.</summary>
    private static void ForEachUnwrapped(int[] items, Action<int> body)
    {
        try
        {
            Parallel.ForEach(items, body);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
    }

    /// <summary>True when γ(0) is infinite for this bath (sub-Ohmic at T &gt; 0); <see cref="Rate"/> then holds 0 at ω = 0.</summary>
    public bool ZeroFrequencyDivergent { get; private set; }

    /// <summary>
    /// Refuses a coupling <paramref name="a"/> (energy basis) with elements between levels of equal energy when γ(0) is
    /// infinite: the bath's own exception (naming ω = 0 and the reason) is raised.
    /// </summary>
    public void RequireNoZeroFrequencyElements(MathNet.Numerics.LinearAlgebra.Matrix<Complex> a, BosonicBath bath, BohrFrequencies bohr)
    {
        if (!ZeroFrequencyDivergent)
            return;
        double scale = a.Enumerate().Max(z => z.Magnitude);
        for (int c = 0; c < bohr.Dimension; c++)
            for (int r = 0; r < bohr.Dimension; r++)
                if (bohr.Frequency(bohr.GroupOf(r, c)) == 0.0 && a[r, c].Magnitude > 1e-12 * scale)
                    _ = bath.Rate(0.0);
    }

    /// <summary>γ per group id.</summary>
    public double[] Rate { get; }

    /// <summary>S per group id (0 without the Lamb shift).</summary>
    public double[] Shift { get; }

    /// <summary>Γ = γ/2 + iS per group id.</summary>
    public Complex Transform(int id) => new(0.5 * Rate[id], Shift[id]);
}
