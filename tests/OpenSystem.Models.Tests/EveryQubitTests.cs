using OpenSystem.Baths;
using OpenSystem.Dynamics;

namespace OpenSystem.Models.Tests;

/// <summary>The <c>every_qubit</c> shorthand: n independent baths, bath j through the Pauli operator on qubit j.</summary>
public class EveryQubitTests
{
    [Theory]
    [InlineData("X", 3)]
    [InlineData("Y", 1)]
    [InlineData("Z", 4)]
    public void EveryQubit_ExpandsToOneBathPerQubit_BesideOrdinaryEntries(string axis, int n)
    {
        string h = string.Join(", ", Enumerable.Range(0, n).Select(q => $$"""{"pauli": "Z{{q}}", "coef": {{0.5 + 0.1 * q}}}"""));
        var model = ModelFile.Parse($$"""
            {"qubits": {{n}}, "hamiltonian": [{{h}}],
             "baths": [{"coupling": [{"pauli": "X0", "coef": 0.7}], "spectral_density": {"kind": "ohmic", "alpha": 0.002, "cutoff": 3}, "temperature": 0.4},
                       {"every_qubit": "{{axis}}", "spectral_density": {"kind": "ohmic", "alpha": 0.001, "cutoff": 5}, "temperature": 0.2}]}
            """, "every.json");
        var couplings = model.System.Couplings;
        Assert.Equal(1 + n, couplings.Count);
        Assert.Equal(0.7, couplings[0].Operator.Terms.Single().Coefficient.Real);
        Assert.Equal(0.4, couplings[0].Bath.Temperature);
        for (int q = 0; q < n; q++)
        {
            var c = couplings[1 + q];
            var term = c.Operator.Terms.Single();
            Assert.Equal(PauliString.Single(axis[0], q), term.String);
            Assert.Equal(1.0, term.Coefficient.Real);
            Assert.Equal(0.0, term.Coefficient.Imaginary);
            Assert.Equal(0.2, c.Bath.Temperature);
            Assert.Equal(new OhmicSpectralDensity(0.001, 5), c.Bath.SpectralDensity);
        }
    }

    [Fact]
    public void EveryQubitModel_EqualsTheModelWithOneEntryPerQubit()
    {
        var shorthand = ModelFile.Load(FamilyTests.RepositoryFile("c4_family_n3.json")).System;
        var explicitModel = ModelFile.Load(FamilyTests.RepositoryFile("c4_n3.json")).System;
        var a = shorthand.Couplings.Select(c => (c.Operator.Terms.Single(), c.Bath.Temperature, c.Bath.SpectralDensity));
        var b = explicitModel.Couplings.Select(c => (c.Operator.Terms.Single(), c.Bath.Temperature, c.Bath.SpectralDensity));
        Assert.Equal(b, a);
    }
}
