using System.Diagnostics.CodeAnalysis;

namespace OpenSystem.Baths;

/// <summary>Central throw helper, so guards stay one line and messages stay consistent.</summary>
internal static class Throw
{
    [DoesNotReturn]
    public static void OutOfRange(string paramName, object? value, string reason) =>
        throw new ArgumentOutOfRangeException(paramName, value, reason);
}
