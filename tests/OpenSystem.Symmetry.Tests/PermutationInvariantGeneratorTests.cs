using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Dynamics;

namespace OpenSystem.Symmetry.Tests;

/// <summary>The symmetric generator against the dense generator of the full register, and its invariants.</summary>
public class PermutationInvariantGeneratorTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Coupling_TotalSpin_IsBlockDiagonalWithStandardMatrices(int twiceJ1)
    {
        var c = SpinCoupling.Coefficients(twiceJ1).Map(x => new Complex(x, 0));
        Assert.True((c * c.ConjugateTranspose() - Matrix<Complex>.Build.DenseIdentity(c.RowCount)).FrobeniusNorm() < 1e-14, "C is unitary");
        foreach (char axis in "XYZ")
        {
            var coupled = c * SpinCoupling.TotalUncoupled(twiceJ1, axis) * c.ConjugateTranspose();
            var expected = Matrix<Complex>.Build.Dense(c.RowCount, c.RowCount);
            expected.SetSubMatrix(0, 0, SpinSectors.J(axis, twiceJ1 + 1));
            if (twiceJ1 > 0)
                expected.SetSubMatrix(twiceJ1 + 2, twiceJ1 + 2, SpinSectors.J(axis, twiceJ1 - 1));
            Assert.True((coupled - expected).FrobeniusNorm() < 1e-13, $"J_{axis} at 2j1 = {twiceJ1}");
        }
    }

    public static TheoryData<string, int, string> Cases()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var kind in new[] { "redfield", "redfield-no-ls", "davies", "davies-no-ls", "local", "local-no-ls" })
        {
            foreach (int n in new[] { 2, 3, 4, 5, 6 })
                data.Add("c4", n, kind);
            foreach (int n in new[] { 2, 4 })
                data.Add("c7", n, kind);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Apply_RandomInvariantState_MatchesDenseGenerator(string family, int n, string kind)
    {
        var system = SymmetricModels.Dense(family, n);
        var equation = SymmetricModels.Equation(kind);
        var generator = PermutationInvariantGenerator.Build(system, equation);
        var embedding = new SectorEmbedding(generator.Model, system.Register.Count);
        var state = SectorEmbedding.RandomState(generator.Model, 17 + n);
        var symmetric = generator.Apply(state);
        var dense = DenseApply(system, equation, embedding.ToDense(state));
        var expected = embedding.FromDense(dense);
        double scale = expected.Norm;
        Assert.True(symmetric.Distance(expected) <= 1e-12 * scale, $"|L_sym - L_dense| = {symmetric.Distance(expected):E2} of {scale:E2}");
        Assert.True(symmetric.Trace.Magnitude <= 1e-13 * scale, $"Tr L(rho) = {symmetric.Trace}");
    }

    [Fact]
    public void Apply_AncillaCouplingWithTwoAxes_MatchesDenseGenerator()
    {
        PauliSum Coupling(int q) => new([new PauliTerm(PauliString.Single('X', q), 1), new PauliTerm(PauliString.Single('Z', q), 0.4)]);
        var system = SymmetricModels.Dense("c4", 4, Coupling);
        foreach (var equation in new MasterEquation[] { new Redfield(), new GlobalLindblad(), new LocalLindblad() })
        {
            var generator = PermutationInvariantGenerator.Build(system, equation);
            var embedding = new SectorEmbedding(generator.Model, system.Register.Count);
            var state = SectorEmbedding.RandomState(generator.Model, 3);
            var expected = embedding.FromDense(DenseApply(system, equation, embedding.ToDense(state)));
            Assert.True(generator.Apply(state).Distance(expected) <= 1e-12 * expected.Norm, equation.ToString());
        }
    }

    [Fact]
    public void Embedding_RoundTrip_IsIdentity()
    {
        var system = SymmetricModels.Dense("c4", 5);
        var generator = PermutationInvariantGenerator.Build(system, new Redfield());
        var embedding = new SectorEmbedding(generator.Model, system.Register.Count);
        var state = SectorEmbedding.RandomState(generator.Model, 5);
        var dense = embedding.ToDense(state);
        Assert.True(Math.Abs(dense.Trace().Real - 1) < 1e-13, "Tr rho = sum of the weighted blocks' traces");
        Assert.True(embedding.FromDense(dense).Distance(state) < 1e-13);
    }

    internal static Matrix<Complex> DenseApply(OpenQuantumSystem system, MasterEquation equation, Matrix<Complex> rho)
    {
        var l = equation.BuildEnergyBasis(system);
        var basis = system.Basis;
        var output = Matrix<Complex>.Build.Dense(rho.RowCount, rho.RowCount);
        l.Apply(basis.ToEigen(rho), output, hermitian: false);
        return basis.FromEigen(output);
    }
}
