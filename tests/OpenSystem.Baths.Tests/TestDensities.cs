using OpenSystem.Baths;

namespace OpenSystem.Baths.Tests;

/// <summary>The spectral densities of tools/baths/lamb_shift_reference.py, by the names it uses, and a relative-error assertion.</summary>
internal static class TestDensities
{
    public static ISpectralDensity ByName(string kind) => kind switch
    {
        "ohmic1" => new OhmicSpectralDensity(1e-3, 5.0),
        "ohmic0.5" => new OhmicSpectralDensity(1e-3, 5.0, 0.5),
        "ohmic0.25" => new OhmicSpectralDensity(2e-3, 1.0, 0.25),
        "ohmic2" => new OhmicSpectralDensity(1e-3, 5.0, 2.0),
        "ohmic3" => new OhmicSpectralDensity(1e-2, 2.0, 3.0),
        "dl" => new DrudeLorentzSpectralDensity(0.01, 0.5),
        "ud" => new UnderdampedSpectralDensity(0.01, 0.3, 1.0),
        "udover" => new UnderdampedSpectralDensity(0.02, 3.0, 0.7),
        "udcrit" => new UnderdampedSpectralDensity(0.01, 2.0, 1.0),
        _ => throw new ArgumentException($"unknown test density {kind}", nameof(kind)),
    };

    public static readonly string[] Names = ["ohmic1", "ohmic0.5", "ohmic0.25", "ohmic2", "ohmic3", "dl", "ud", "udover", "udcrit"];

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (string name in Names)
            data.Add(name);
        return data;
    }

    /// <summary>|actual − expected| ≤ rtol |expected| + atol.</summary>
    public static void AssertClose(double expected, double actual, double rtol, double atol = 0.0, string what = "")
    {
        Assert.True(double.IsFinite(actual), $"{what}: got non-finite {actual}");
        double err = Math.Abs(actual - expected);
        Assert.True(err <= rtol * Math.Abs(expected) + atol,
            $"{what}: expected {expected:R}, got {actual:R}, |error| {err:E2} > {rtol:E1} relative + {atol:E1}");
    }
}
