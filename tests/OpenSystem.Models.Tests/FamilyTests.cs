using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Dynamics;

namespace OpenSystem.Models.Tests;

/// <summary>
/// Model families against their formulas, built independently here as dense Kronecker products of 2 × 2 Pauli matrices
/// (qubit 0 leftmost, basis (|e⟩, |g⟩), Z = diag(1, −1)), and against the explicit example files they replace.
/// </summary>
public class FamilyTests
{
    private const string Bath = """
        "baths": [{"every_qubit": "X", "spectral_density": {"kind": "ohmic", "alpha": 0.001, "cutoff": 5.0}, "temperature": 0.1}]
        """;

    [Theory]
    [InlineData(1, 1.0, 0.5, 0.5, 0.5)]
    [InlineData(3, 0.9, 0.37, -0.21, 0.63)]
    [InlineData(4, 1.3, 2.1, 0.05, -1.7)]
    public void C4_EqualsTheSpecFormula(int n, double omegaTarget, double omegaAncilla, double g, double theta)
    {
        var h = Hamiltonian($$"""{"name": "c4", "ancillas": {{n}}, "omega_target": {{omegaTarget}}, "omega_ancilla": {{omegaAncilla}}, "g": {{g}}, "theta": {{theta}}}""", n + 1);
        // H = (ω_T/2) Z0 + Σ_{j=1..N} [(ω_a/2) Z_j + (g/2) Z0 X_j + (θ/2) X0 X_j]
        var expected = omegaTarget / 2 * Op(n + 1, (0, Z));
        for (int j = 1; j <= n; j++)
            expected += omegaAncilla / 2 * Op(n + 1, (j, Z)) + g / 2 * Op(n + 1, (0, Z), (j, X)) + theta / 2 * Op(n + 1, (0, X), (j, X));
        AssertEqual(expected, h);
    }

    [Theory]
    [InlineData(4, 1.0, 0.5, 0.25)]
    [InlineData(2, 0.8, 1.4, -0.3)]
    public void C1_EqualsEquation14(int n, double omegaTarget, double omegaAncilla, double g)
    {
        var h = Hamiltonian($$"""{"name": "c1", "ancillas": {{n}}, "omega_target": {{omegaTarget}}, "omega_ancilla": {{omegaAncilla}}, "g": {{g}}}""", n + 1);
        // H = (ω_T/2) Z0 + Σ_j [(ω_a/2) Z_j + (g/2) X0 Z_j]
        var expected = omegaTarget / 2 * Op(n + 1, (0, Z));
        for (int j = 1; j <= n; j++)
            expected += omegaAncilla / 2 * Op(n + 1, (j, Z)) + g / 2 * Op(n + 1, (0, X), (j, Z));
        AssertEqual(expected, h);
    }

    [Theory]
    [InlineData(3, 1.0, 0.5, 1.3, 0.5, 0.5)]
    [InlineData(1, 0.7, 1.1, 0.4, -0.2, 0.9)]
    public void C7_EqualsEquationC7(int n, double omegaTarget, double omegaMediator, double omegaAncilla, double g, double theta)
    {
        var h = Hamiltonian($$"""
            {"name": "c7", "ancillas": {{n}}, "omega_target": {{omegaTarget}}, "omega_mediator": {{omegaMediator}},
             "omega_ancilla": {{omegaAncilla}}, "g": {{g}}, "theta": {{theta}}}
            """, n + 2);
        // H = (ω_T/2) Z0 + (θ/2) X0 X1 + (ω_m/2) Z1 + Σ_{j=2..N+1} [(g/2) X1 Z_j + (ω_a/2) Z_j]
        var expected = omegaTarget / 2 * Op(n + 2, (0, Z)) + theta / 2 * Op(n + 2, (0, X), (1, X)) + omegaMediator / 2 * Op(n + 2, (1, Z));
        for (int j = 2; j <= n + 1; j++)
            expected += g / 2 * Op(n + 2, (1, X), (j, Z)) + omegaAncilla / 2 * Op(n + 2, (j, Z));
        AssertEqual(expected, h);
    }

    [Fact]
    public void Eq9_EqualsEquation9_AndIsC4AtOneAncillaWithTheQubitsSwapped()
    {
        const double omegaTarget = 1.0, omegaAncilla = 0.2, g = 0.3, theta = 0.45;
        var h = Hamiltonian($$"""{"name": "eq9", "omega_target": {{omegaTarget}}, "omega_ancilla": {{omegaAncilla}}, "g": {{g}}, "theta": {{theta}}}""", 2);
        // Eq. 9: (ω₁/2) Z0 + (γ/2) X0 Z1 + (ω₂/2) Z1 + (θ/2) X0 X1, ω₁ = ω_a (TLS 1 = qubit 0), ω₂ = ω_T (TLS 2 = qubit 1).
        var expected = omegaAncilla / 2 * Op(2, (0, Z)) + g / 2 * Op(2, (0, X), (1, Z)) + omegaTarget / 2 * Op(2, (1, Z)) + theta / 2 * Op(2, (0, X), (1, X));
        AssertEqual(expected, h);
        var c4 = Hamiltonian($$"""{"name": "c4", "ancillas": 1, "omega_target": {{omegaTarget}}, "omega_ancilla": {{omegaAncilla}}, "g": {{g}}, "theta": {{theta}}}""", 2);
        var swap = Matrix<Complex>.Build.Dense(4, 4, (r, c) => r == ((c & 1) << 1 | c >> 1) ? 1 : 0);
        AssertEqual(swap * c4 * swap, h);
    }

    [Theory]
    [InlineData("c4_family_n3.json", "c4_n3.json")]
    [InlineData("c1_family_n4.json", "eq14_n4.json")]
    [InlineData("c7_family_n3.json", "c7_n3.json")]
    [InlineData("eq9_family.json", "eq9_indirect.json")]
    public void FamilyExample_IsTheExplicitExample(string familyFile, string explicitFile)
    {
        var family = ModelFile.Load(RepositoryFile(familyFile));
        var explicitModel = ModelFile.Load(RepositoryFile(explicitFile));
        Assert.Equal(explicitModel.System.Register.Count, family.System.Register.Count);
        // Bit-for-bit the same matrix (the eq9 example lists its terms in another order, which touches other entries).
        var register = family.System.Register;
        Assert.Equal(explicitModel.System.Hamiltonian.ToMatrix(register).ToColumnMajorArray(), family.System.Hamiltonian.ToMatrix(register).ToColumnMajorArray());
        Assert.Equal(explicitModel.System.Couplings.Count, family.System.Couplings.Count);
        for (int k = 0; k < family.System.Couplings.Count; k++)
        {
            Assert.Equal(explicitModel.System.Couplings[k].Operator.Terms, family.System.Couplings[k].Operator.Terms);
            Assert.Equal(explicitModel.System.Couplings[k].Bath.Temperature, family.System.Couplings[k].Bath.Temperature);
            Assert.Equal(explicitModel.System.Couplings[k].Bath.SpectralDensity, family.System.Couplings[k].Bath.SpectralDensity);
        }
        Assert.Equal(explicitModel.Equation, family.Equation);
        Assert.Equal(explicitModel.Grid?.Times, family.Grid?.Times);
        Assert.Equal(explicitModel.InitialDescription, family.InitialDescription);
    }

    [Fact]
    public void ThousandAncillas_AreParsedUpToTheDenseMemoryCheck()
    {
        var ex = Assert.Throws<ModelFileException>(() => ModelFile.Parse(
            $$"""{"family": {"name": "c4", "ancillas": 1000, "omega_target": 1, "omega_ancilla": 0.5, "g": 0.5, "theta": 0.5}, {{Bath}}}""", "big.json"));
        Assert.Equal("family.ancillas", ex.Key);
        Assert.Contains("n = 1001", ex.Problem);
    }

    internal static readonly Complex[,] X = { { 0, 1 }, { 1, 0 } };
    internal static readonly Complex[,] Z = { { 1, 0 }, { 0, -1 } };

    internal static Matrix<Complex> Op(int qubits, params (int Qubit, Complex[,] Pauli)[] factors)
    {
        Matrix<Complex>? m = null;
        for (int q = 0; q < qubits; q++)
        {
            var f = factors.FirstOrDefault(x => x.Qubit == q).Pauli;
            var single = f is null ? Matrix<Complex>.Build.DenseIdentity(2) : Matrix<Complex>.Build.DenseOfArray(f);
            m = m is null ? single : m.KroneckerProduct(single);
        }
        return m!;
    }

    internal static Matrix<Complex> Hamiltonian(string family, int qubits)
    {
        var model = ModelFile.Parse($$"""{"family": {{family}}, {{Bath}}}""", "family.json");
        Assert.Equal(qubits, model.System.Register.Count);
        Assert.Equal(qubits, model.System.Couplings.Count);
        return model.System.Hamiltonian.ToMatrix(model.System.Register);
    }

    private static void AssertEqual(Matrix<Complex> expected, Matrix<Complex> actual)
    {
        Assert.Equal(expected.RowCount, actual.RowCount);
        double diff = (expected - actual).Enumerate().Max(z => z.Magnitude);
        Assert.True(diff < 1e-15, $"max |difference| {diff:E2}");
    }

    public static string RepositoryFile(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OpenSystem.sln")))
            dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "examples", "models", name);
    }
}
