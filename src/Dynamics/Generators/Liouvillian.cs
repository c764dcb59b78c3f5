using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Complex;

namespace OpenSystem.Dynamics;

/// <summary>
/// The dense energy-basis generator (Redfield, Davies, local Lindblad, plus jumps), held in the eigenbasis of H as
/// L(ρ) = −i[E, ρ] + Bρ + ρB† + Σ_s [S_s(ρ) + S_s(ρ†)†], with E = diag(energies), B a dense matrix collecting the
/// anti-Hermitian and Lamb-shift parts, and S_s the "sandwich" maps of each dissipator. Applied matrix-free with
/// d × d products; <see cref="ToMatrix"/> gives the d² × d² superoperator only for small systems. Its
/// <see cref="Basis"/> is the system's <see cref="EnergyBasis"/>. Not thread-safe (it reuses scratch matrices).
/// </summary>
public sealed class Liouvillian : IGenerator
{
    private readonly double[] _energies;
    private readonly GeneratorTerms _terms;
    private Matrix<double>? _real;

    internal Liouvillian(OpenQuantumSystem system, MasterEquation equation, LeftOperator? b, IReadOnlyList<SandwichTerm> terms)
    {
        System = system;
        Equation = equation;
        _energies = system.Basis.Energies.ToArray();
        _terms = new GeneratorTerms(_energies.Length, b, terms);
    }

    /// <inheritdoc/>
    public OpenQuantumSystem System { get; }

    /// <inheritdoc/>
    public MasterEquation Equation { get; }

    /// <summary>The energy basis of H, in which this generator acts.</summary>
    public EnergyBasis EnergyBasis => System.Basis;

    /// <inheritdoc/>
    public IStateBasis Basis => System.Basis;

    /// <inheritdoc/>
    public int Dimension => _energies.Length;

    /// <summary>Number of d × d matrix products one Hermitian application costs.</summary>
    public int ProductsPerApplication => _terms.ProductsPerApplication;

    /// <inheritdoc/>
    public void Apply(Matrix<Complex> rho, Matrix<Complex> result, bool hermitian = false)
    {
        _terms.Apply(rho, result, hermitian);
        int d = Dimension;
        var rv = DenseOps.Values(rho);
        var ov = DenseOps.Values(result);
        for (int bcol = 0; bcol < d; bcol++)
        {
            for (int a = 0; a < d; a++)
            {
                double w = _energies[a] - _energies[bcol];
                var z = rv[a + bcol * d];
                ov[a + bcol * d] += new Complex(w * z.Imaginary, -w * z.Real);   // −i ω_ab ρ_ab
            }
        }
    }

    /// <inheritdoc/>
    public void Apply(Complex[] rho, Complex[] result, bool hermitian = false)
    {
        int d = Dimension;
        Apply(new DenseMatrix(d, d, rho), new DenseMatrix(d, d, result), hermitian);
    }

    /// <inheritdoc/>
    public Complex Element(int a, int b, int c, int d)
    {
        Complex s = _terms.Element(a, b, c, d);
        if (a == c && b == d) s += new Complex(0, -(_energies[a] - _energies[b]));
        return s;
    }

    /// <inheritdoc/>
    public Matrix<Complex> ToMatrix() => GeneratorTerms.DenseMatrix(this);

    /// <summary>The real d² × d² matrix in Hermitian coordinates (built once, d² applications).</summary>
    internal Matrix<double> RealMatrix() => _real ??= HermitianVectorisation.RealMatrix(this);

    /// <summary>Diagonal elements L[(ab), (ab)] at index a + b d.</summary>
    internal Complex[] Diagonal()
    {
        int d = Dimension;
        var diag = new Complex[d * d];
        Parallel.For(0, d, PermutationKernels.Threads(d), b =>
        {
            for (int a = 0; a < d; a++) diag[a + b * d] = Element(a, b, a, b);
        });
        return diag;
    }

    /// <summary>Population block W_ac = L[(aa), (cc)]: the Pauli rate matrix of the secular limit.</summary>
    internal double[,] PopulationRates()
    {
        int d = Dimension;
        var w = new double[d, d];
        Parallel.For(0, d, PermutationKernels.Threads(d), c =>
        {
            for (int a = 0; a < d; a++) w[a, c] = Element(a, a, c, c).Real;
        });
        return w;
    }
}
