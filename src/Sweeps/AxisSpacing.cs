namespace OpenSystem.Sweeps;

/// <summary>The evenly spaced value lists of a sweep axis (<c>linspace</c> and <c>logspace</c>).</summary>
public static class AxisSpacing
{
    /// <summary>
    /// <paramref name="count"/> values evenly spaced from <paramref name="start"/> to <paramref name="stop"/> inclusive:
    /// x_i = start + (stop - start) i / (count - 1), i = 0..count-1, with x_0 = start and x_{count-1} = stop exactly;
    /// count = 1 gives [start]. stop &lt; start gives a decreasing list.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">count &lt; 1, or start or stop not finite.</exception>
    public static double[] Linspace(double start, double stop, int count)
    {
        Check(start, stop, count);
        var values = new double[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = count == 1 ? start : start + (stop - start) * i / (count - 1);
        }
        values[count - 1] = count == 1 ? start : stop;
        return values;
    }

    /// <summary>
    /// <paramref name="count"/> values evenly spaced in log from <paramref name="start"/> to <paramref name="stop"/>
    /// inclusive: x_i = exp(ln start + (ln stop - ln start) i / (count - 1)) = start (stop/start)^(i/(count-1)), with
    /// x_0 = start and x_{count-1} = stop exactly; count = 1 gives [start]. Unlike NumPy's logspace, start and stop are the
    /// values themselves, not their exponents.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">count &lt; 1, or start or stop not finite and &gt; 0 (a logarithm
    /// needs positive values).</exception>
    public static double[] Logspace(double start, double stop, int count)
    {
        Check(start, stop, count);
        if (!(start > 0.0))
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "logspace needs start > 0 (values evenly spaced in log)");
        }
        if (!(stop > 0.0))
        {
            throw new ArgumentOutOfRangeException(nameof(stop), stop, "logspace needs stop > 0 (values evenly spaced in log)");
        }
        double logStart = Math.Log(start);
        double logStop = Math.Log(stop);
        var values = new double[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = count == 1 ? start : Math.Exp(logStart + (logStop - logStart) * i / (count - 1));
        }
        values[0] = start;
        values[count - 1] = count == 1 ? start : stop;
        return values;
    }

    private static void Check(double start, double stop, int count)
    {
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "the number of points must be >= 1");
        }
        if (!double.IsFinite(start))
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "start must be a finite number");
        }
        if (!double.IsFinite(stop))
        {
            throw new ArgumentOutOfRangeException(nameof(stop), stop, "stop must be a finite number");
        }
    }
}
