namespace OpenSystem.Analysis;

/// <summary>
/// A measured quantity that may be undefined for the state at hand: either a finite <see cref="Value"/>, or no value and
/// a <see cref="Reason"/> (e.g. the relative entropy of a state with a negative eigenvalue). Never a clipped or
/// placeholder number.
/// </summary>
public readonly record struct Measured
{
    private Measured(double? value, string? reason)
    {
        Value = value;
        Reason = reason;
    }

    /// <summary>The value, null when undefined.</summary>
    public double? Value { get; }

    /// <summary>Why the value is undefined; null when it is defined.</summary>
    public string? Reason { get; }

    /// <summary>True when <see cref="Value"/> is defined.</summary>
    public bool IsDefined => Value is not null;

    /// <summary>A defined value; a non-finite <paramref name="value"/> becomes undefined with a reason.</summary>
    public static Measured Of(double value) =>
        double.IsFinite(value) ? new Measured(value, null) : new Measured(null, $"the value is not finite ({value})");

    /// <summary>An undefined value with <paramref name="reason"/>.</summary>
    public static Measured Undefined(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new Measured(null, reason);
    }

    /// <inheritdoc/>
    public override string ToString() => Value is double v ? v.ToString("G6", System.Globalization.CultureInfo.InvariantCulture) : $"undefined ({Reason})";
}
