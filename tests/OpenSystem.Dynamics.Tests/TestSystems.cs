using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Baths;
using OpenSystem.Dynamics;

namespace OpenSystem.Dynamics.Tests;

/// <summary>Known systems reused across generators and solvers.</summary>
internal static class TestSystems
{
    public static BosonicBath Ohmic(double alpha, double t, double cutoff = 5.0) => new(new OhmicSpectralDensity(alpha, cutoff), t);

    /// <summary>A random n-qubit network with local fields and random two-body Pauli couplings; a σˣ bath on every qubit.</summary>
    public static OpenQuantumSystem RandomNetwork(int seed, int n, double alpha = 1e-2, double t = 0.4, bool complexTerms = false)
    {
        var random = new Random(seed);
        var terms = new List<PauliTerm>();
        for (int q = 0; q < n; q++) terms.Add(new(PauliString.Parse($"Z{q}"), 0.25 + 0.5 * random.NextDouble()));
        string axes = complexTerms ? "XYZ" : "XZ";
        for (int q = 0; q < n; q++)
            for (int p = q + 1; p < n; p++)
                terms.Add(new(PauliString.Parse($"{axes[random.Next(axes.Length)]}{q} {axes[random.Next(axes.Length)]}{p}"), 0.3 * (random.NextDouble() - 0.5)));
        var bath = Ohmic(alpha, t);
        var couplings = Enumerable.Range(0, n).Select(q => new BathCoupling(
            new PauliSum([new(PauliString.Parse($"X{q}"), 1.0), new(PauliString.Parse($"Z{q}"), 0.3 * random.NextDouble())]), bath)).ToArray();
        return new OpenQuantumSystem(new QubitRegister(n), new PauliSum(terms), couplings);
    }

    /// <summary>Gibbs populations on the energy levels.</summary>
    public static double[] GibbsPopulations(EnergyBasis basis, double t)
    {
        var p = basis.Energies.Select(e => Math.Exp(-(e - basis.Energies[0]) / t)).ToArray();
        double z = p.Sum();
        return p.Select(x => x / z).ToArray();
    }

    public static Matrix<Complex> Diagonal(double[] p) => Matrix<Complex>.Build.DenseOfDiagonalArray(p.Select(x => new Complex(x, 0)).ToArray());

    public static Matrix<Complex> RandomMatrix(int d, int seed)
    {
        var random = new Random(seed);
        return Matrix<Complex>.Build.Dense(d, d, (_, _) => new Complex(random.NextDouble() - 0.5, random.NextDouble() - 0.5));
    }

    public static Matrix<Complex> Apply(IGenerator l, Matrix<Complex> rho, bool hermitian = false)
    {
        var r = Matrix<Complex>.Build.Dense(l.Dimension, l.Dimension);
        l.Apply(rho, r, hermitian);
        return r;
    }

    public static double MaxAbs(Matrix<Complex> m) => m.Enumerate().Max(z => z.Magnitude);
}
