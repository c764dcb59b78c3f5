namespace OpenSystem.Dynamics;

/// <summary>A fixed-rate Lindblad channel g (L ρ L† − ½{L†L, ρ}); L need not be Hermitian.</summary>
public sealed class JumpChannel
{
    /// <summary>Creates the channel.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Rate negative or not finite.</exception>
    public JumpChannel(PauliSum @operator, double rate)
    {
        ArgumentNullException.ThrowIfNull(@operator);
        if (!(rate >= 0.0) || double.IsInfinity(rate))
            Throw.OutOfRange(nameof(rate), rate, "Jump rate must be finite and >= 0: a negative rate is not a completely positive (GKLS) channel.");
        Operator = @operator;
        Rate = rate;
    }

    /// <summary>Jump operator L.</summary>
    public PauliSum Operator { get; }

    /// <summary>Rate g ≥ 0.</summary>
    public double Rate { get; }
}
