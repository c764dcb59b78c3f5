using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Analysis;
using OpenSystem.Baths;
using OpenSystem.Dynamics;

namespace OpenSystem.Analysis.Tests;

/// <summary>
/// The fast pieces under the mean-force state at d = 4096: eigenvalues without eigenvectors (against MathNet's full
/// eigendecomposition and against exactly known spectra), and couplings moved to the energy basis with one product.
/// </summary>
public class MeanForceLinearAlgebraTests
{
    private static Matrix<Complex> RandomHermitian(int d, int seed, bool real)
    {
        var rng = new Random(seed);
        var m = Matrix<Complex>.Build.Dense(d, d);
        for (int i = 0; i < d; i++)
            for (int j = 0; j <= i; j++)
            {
                var z = new Complex(rng.NextDouble() - 0.5, i == j || real ? 0.0 : rng.NextDouble() - 0.5);
                m[i, j] = z;
                m[j, i] = Complex.Conjugate(z);
            }
        return m;
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(37, true)]
    [InlineData(200, true)]
    [InlineData(3, false)]
    [InlineData(120, false)]
    public void Eigenvalues_AgreeWithFullEigendecomposition(int d, bool real)
    {
        var m = RandomHermitian(d, d, real);
        var expected = m.Evd(Symmetricity.Hermitian).EigenValues.Select(z => z.Real).Order().ToArray();
        var got = SymmetricEigenvalues.Of(m);
        double scale = m.L2Norm();
        Assert.Equal(d, got.Length);
        for (int i = 0; i < d; i++)
            Assert.True(Math.Abs(got[i] - expected[i]) <= 1e-13 * d * scale, $"eigenvalue {i}: {got[i]:R} against {expected[i]:R}");
    }

    [Fact]
    public void Eigenvalues_OfKnownSpectra_AreExact()
    {
        // Q diag(λ) Qᵀ with a random orthogonal Q and a spectrum with a fivefold degenerate value, zeros and a negative
        // value; and the zero matrix.
        int d = 40;
        var rng = new Random(3);
        var lambda = Enumerable.Range(0, d).Select(i => i < 5 ? 0.25 : i < 8 ? 0.0 : i == 8 ? -1e-3 : rng.NextDouble()).ToArray();
        var q = Matrix<double>.Build.Dense(d, d, (i, j) => rng.NextDouble() - 0.5).QR().Q;
        var a = q * Matrix<double>.Build.DenseOfDiagonalArray(lambda) * q.Transpose();
        var got = SymmetricEigenvalues.Of(a.Map(x => new Complex(x, 0.0)));
        var expected = lambda.Order().ToArray();
        for (int i = 0; i < d; i++)
            Assert.True(Math.Abs(got[i] - expected[i]) < 1e-14 * d, $"eigenvalue {i}: {got[i]:R} against {expected[i]:R}");
        Assert.All(SymmetricEigenvalues.Of(Matrix<Complex>.Build.Dense(6, 6)), x => Assert.Equal(0.0, x));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Couplings_InEnergyBasis_EqualTheTwoProductRoute(bool realHamiltonian)
    {
        var register = new QubitRegister(4);
        var h = PauliSum.Of("Z0", 0.5) + PauliSum.Of("Z1", 0.7) + PauliSum.Of("Z2", 0.6) + PauliSum.Of("Z3", 0.9)
              + PauliSum.Of("X0 X1", 0.1) + PauliSum.Of("X2 Z3", 0.2) + PauliSum.Of("X1 X2", 0.05);
        if (!realHamiltonian)
            h += PauliSum.Of("Y0 X3", 0.08);
        var bath = new BosonicBath(new OhmicSpectralDensity(1e-3, 5.0), 0.2);
        var ops = new[]
        {
            PauliSum.Of("X0", 1.0), PauliSum.Of("Y1", 1.0) + PauliSum.Of("Z1", 0.4),
            PauliSum.Of("X2 X3", 0.3) + PauliSum.Of("Z0", -0.5) + PauliSum.Of("I", 0.2), PauliSum.Of("Y2 Y3", 0.7),
        };
        var system = new OpenQuantumSystem(register, h, ops.Select(op => new BathCoupling(op, bath)).ToArray());
        var fast = new EnergyBasisCouplings(system);
        foreach (var op in ops)
        {
            var expected = system.InEnergyBasis(op);
            double worst = (fast.Of(op) - expected).Enumerate().Max(z => z.Magnitude);
            Assert.True(worst < 1e-13, $"{op}: max |difference| {worst:E2}");
        }
    }
}
