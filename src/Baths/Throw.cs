using System.Diagnostics.CodeAnalysis;

namespace OpenSystem;

/// <summary>
/// The one throw helper of the libraries (Baths, Dynamics, Models): constructors validate their arguments through it, so
/// guards stay one line, every exception names its parameter, and a reader of input files (the model reader) can map the
/// parameter name to the key of the file and show the reason without the framework's suffixes.
/// </summary>
public static class Throw
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for <paramref name="paramName"/>.</summary>
    /// <param name="paramName">The constructor or method parameter (e.g. <c>temperature</c>).</param>
    /// <param name="value">The rejected value (kept in <see cref="ArgumentOutOfRangeException.ActualValue"/>).</param>
    /// <param name="reason">What is wrong, as a sentence; it is the whole of <see cref="Reason"/>.</param>
    [DoesNotReturn]
    public static void OutOfRange(string paramName, object? value, string reason) =>
        throw new ArgumentOutOfRangeException(paramName, value, reason);

    /// <summary>Throws <see cref="ArgumentException"/> for <paramref name="paramName"/>.</summary>
    /// <param name="paramName">The constructor or method parameter (e.g. <c>hamiltonian</c>).</param>
    /// <param name="reason">What is wrong, as a sentence; it is the whole of <see cref="Reason"/>.</param>
    [DoesNotReturn]
    public static void Argument(string paramName, string reason) =>
        throw new ArgumentException(reason, paramName);

    /// <summary>
    /// The reason of an argument exception without the framework's " (Parameter 'name')" and "Actual value was ..." tails
    /// (which would print raw values such as NaN or 1e+298 into a user's message).
    /// </summary>
    public static string Reason(ArgumentException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        string message = exception.Message;
        if (string.IsNullOrEmpty(exception.ParamName))
        {
            return message;
        }
        int tail = message.IndexOf($" (Parameter '{exception.ParamName}')", StringComparison.Ordinal);
        return tail < 0 ? message : message[..tail];
    }
}
