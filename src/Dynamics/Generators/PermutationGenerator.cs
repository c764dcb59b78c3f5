using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Complex;

namespace OpenSystem.Dynamics;

/// <summary>
/// The computational-basis generator of a model without baths (jumps only):
/// L(ρ) = Bρ + ρB† + ½ Σ_j g_j (L_j ρ L_j† + h.c.) with B = −iH − ½ Σ_j g_j L_j†L_j, H and every jump operator a few
/// Pauli strings stored as weighted permutations, so one application costs O(terms · d²) instead of O(d³). Nothing is
/// diagonalised: its <see cref="Basis"/> is the <see cref="ComputationalBasis"/> of the register. The secular structure
/// the steady-state solver needs is borrowed from the dense energy-basis twin (<see cref="EnergyBasisTwin"/>).
/// </summary>
public sealed class PermutationGenerator : IGenerator
{
    private readonly GeneratorTerms _terms;
    private readonly PermutationLeftOperator _b;
    private readonly PermutationSandwich? _s;
    private Liouvillian? _twin;

    internal PermutationGenerator(OpenQuantumSystem system, MasterEquation equation, PermutationLeftOperator b, PermutationSandwich? s)
    {
        System = system;
        Equation = equation;
        Basis = new ComputationalBasis(system.Register);
        _b = b;
        _s = s;
        _terms = new GeneratorTerms(system.Register.Dimension, b, s is null ? [] : [s]);
    }

    /// <inheritdoc/>
    public OpenQuantumSystem System { get; }

    /// <inheritdoc/>
    public MasterEquation Equation { get; }

    /// <inheritdoc/>
    public IStateBasis Basis { get; }

    /// <inheritdoc/>
    public int Dimension => _terms.Dimension;

    /// <summary>B and the jumps' sandwich as weighted permutations.</summary>
    internal (PermutationLeftOperator B, PermutationSandwich? S) Parts => (_b, _s);

    /// <inheritdoc/>
    public void Apply(Matrix<Complex> rho, Matrix<Complex> result, bool hermitian = false) => _terms.Apply(rho, result, hermitian);

    /// <inheritdoc/>
    public void Apply(Complex[] rho, Complex[] result, bool hermitian = false)
    {
        int d = Dimension;
        Apply(new DenseMatrix(d, d, rho), new DenseMatrix(d, d, result), hermitian);
    }

    /// <inheritdoc/>
    public Complex Element(int a, int b, int c, int d) => _terms.Element(a, b, c, d);

    /// <inheritdoc/>
    public Matrix<Complex> ToMatrix() => GeneratorTerms.DenseMatrix(this);

    /// <summary>The same generator as a dense <see cref="Liouvillian"/> in the energy basis of H (built once, O(d³)).</summary>
    public Liouvillian EnergyBasisTwin()
    {
        _twin ??= Equation.BuildEnergyBasis(System);
        return _twin;
    }
}
