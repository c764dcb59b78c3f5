using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Complex;

namespace OpenSystem.Dynamics;

/// <summary>
/// A time-independent generator dρ/dt = L(ρ), held in the energy eigenbasis of H as
/// L(ρ) = −i[E, ρ] + Bρ + ρB† + Σ_s [S_s(ρ) + S_s(ρ†)†], with E = diag(energies), B a dense matrix collecting the
/// anti-Hermitian and Lamb-shift parts, and S_s the "sandwich" maps of each dissipator. Applied matrix-free with
/// d × d products; <see cref="ToMatrix"/> gives the d² × d² superoperator only for small systems.
/// Vectorisation is column stacking: vec(ρ)[a + b d] = ρ_ab. Not thread-safe (it reuses scratch matrices).
/// A model without baths (jumps only) needs no energy basis: its generator works in the computational basis, with H and the
/// jump operators as weighted permutations (Pauli strings), so one application costs O(terms · d²) instead of O(d³)
/// (<see cref="InComputationalBasis"/>).
/// </summary>
public sealed class Liouvillian
{
    private readonly double[] _energies;
    private readonly LeftOperator? _b;
    private readonly IReadOnlyList<SandwichTerm> _terms;
    private readonly Matrix<Complex> _y, _y2, _s1, _s2, _adj;

    internal Liouvillian(OpenQuantumSystem system, MasterEquation equation, LeftOperator? b, IReadOnlyList<SandwichTerm> terms, bool computational = false)
    {
        System = system;
        Equation = equation;
        InComputationalBasis = computational;
        _energies = computational ? new double[system.Register.Dimension] : system.Basis.Energies.ToArray();
        _b = b;
        _terms = terms;
        int d = Dimension;
        _y = DenseOps.Zeros(d); _y2 = DenseOps.Zeros(d); _s1 = DenseOps.Zeros(d); _s2 = DenseOps.Zeros(d); _adj = DenseOps.Zeros(d);
    }

    /// <summary>The system the generator was built for.</summary>
    public OpenQuantumSystem System { get; }

    /// <summary>The equation that produced it (provenance).</summary>
    public MasterEquation Equation { get; }

    /// <summary>The energy basis of H (computed on first use when the generator works in the computational basis).</summary>
    public EnergyBasis Basis => System.Basis;

    /// <summary>
    /// True when states are represented in the computational basis (models without baths); otherwise they are represented
    /// in the energy basis of H. <see cref="ToWorkingBasis"/> and <see cref="FromWorkingBasis"/> convert.
    /// </summary>
    public bool InComputationalBasis { get; }

    /// <summary>ρ (computational basis) in the generator's working basis.</summary>
    public Matrix<Complex> ToWorkingBasis(Matrix<Complex> rho) => InComputationalBasis ? rho.Clone() : Basis.ToEigen(rho);

    /// <summary>ρ in the working basis back to the computational basis.</summary>
    public Matrix<Complex> FromWorkingBasis(Matrix<Complex> rho) => InComputationalBasis ? rho.Clone() : Basis.FromEigen(rho);

    /// <summary>Hilbert-space dimension d.</summary>
    public int Dimension => _energies.Length;

    /// <summary>B and the jumps' sandwich as weighted permutations, for a computational-basis generator; null otherwise.</summary>
    internal (PermutationLeftOperator B, PermutationSandwich? S)? ComputationalParts =>
        InComputationalBasis && _b is PermutationLeftOperator p ? (p, _terms.OfType<PermutationSandwich>().SingleOrDefault()) : null;

    /// <summary>Number of d × d matrix products one Hermitian application costs.</summary>
    public int ProductsPerApplication => (_b is DenseLeftOperator ? 1 : 0) + _terms.Sum(t => t is ProductSandwich p ? 2 * p.Pairs.Count : 0);

    /// <summary>
    /// result = L(ρ), ρ in the energy basis. With <paramref name="hermitian"/> the caller promises ρ = ρ† and the
    /// cost halves (L preserves Hermiticity).
    /// </summary>
    public void Apply(Matrix<Complex> rho, Matrix<Complex> result, bool hermitian = false)
    {
        int d = Dimension;
        if (hermitian)
        {
            Accumulate(rho, _y);
            DenseOps.SumWithAdjoint(_y, result);
        }
        else
        {
            result.Clear();
            Accumulate(rho, _y);
            rho.ConjugateTranspose(_adj);
            Accumulate(_adj, _y2);
            DenseOps.AddScaled(_y, Complex.One, result);
            DenseOps.AddAdjoint(_y2, result);
        }
        if (InComputationalBasis) return;   // H is in B there; no energy phases
        var rv = DenseOps.Values(rho); var ov = DenseOps.Values(result);
        for (int bcol = 0; bcol < d; bcol++)
            for (int a = 0; a < d; a++)
            {
                double w = _energies[a] - _energies[bcol];
                var z = rv[a + bcol * d];
                ov[a + bcol * d] += new Complex(w * z.Imaginary, -w * z.Real);   // −i ω_ab ρ_ab
            }
    }

    /// <summary>Flat-vector form of Apply (column-major d × d storage).</summary>
    public void Apply(Complex[] rho, Complex[] result, bool hermitian = false)
    {
        int d = Dimension;
        Apply(new DenseMatrix(d, d, rho), new DenseMatrix(d, d, result), hermitian);
    }

    private void Accumulate(Matrix<Complex> rho, Matrix<Complex> y)
    {
        if (_b is null) y.Clear(); else _b.Multiply(rho, y);
        foreach (var t in _terms) t.Accumulate(rho, y, _s1, _s2);
    }

    /// <summary>Superoperator element L[(ab), (cd)] = ∂L(ρ)_ab / ∂ρ_cd.</summary>
    public Complex Element(int a, int b, int c, int d)
    {
        Complex s = 0;
        if (a == c && b == d) s += new Complex(0, -(_energies[a] - _energies[b]));
        if (_b is not null)
        {
            if (b == d) s += _b.Element(a, c);
            if (a == c) s += Complex.Conjugate(_b.Element(b, d));
        }
        foreach (var t in _terms) s += t.Element(a, b, c, d) + Complex.Conjugate(t.Element(b, a, d, c));
        return s;
    }

    /// <summary>Dense d² × d² superoperator in the energy basis (column stacking). Cost O(d⁴) memory.</summary>
    /// <exception cref="InvalidOperationException">d &gt; 64 (the matrix would exceed 256 MiB).</exception>
    public Matrix<Complex> ToMatrix()
    {
        int d = Dimension;
        if (d > 64) throw new InvalidOperationException($"Dense superoperator of dimension d^2 = {d * d} is too large; use the matrix-free Apply.");
        int n = d * d;
        var m = new DenseMatrix(n, n);
        // Build column by column from the action on basis elements |c><d| (exact, reuses Apply).
        var e = DenseOps.Zeros(d); var r = DenseOps.Zeros(d);
        for (int dd = 0; dd < d; dd++)
            for (int c = 0; c < d; c++)
            {
                e.Clear(); e[c, dd] = 1;
                Apply(e, r);
                var rv = DenseOps.Values(r);
                for (int i = 0; i < n; i++) m[i, c + dd * d] = rv[i];
            }
        return m;
    }

    private Matrix<double>? _real;

    /// <summary>The real d² × d² matrix in Hermitian coordinates (built once, d² applications; shared by the direct
    /// steady state and the propagator).</summary>
    internal Matrix<double> RealMatrix() => _real ??= HermitianVectorisation.RealMatrix(this);

    /// <summary>The same generator in the energy basis of H (dense); for a computational-basis generator only.</summary>
    internal Liouvillian EnergyBasisTwin()
    {
        var builder = new LiouvillianBuilder(System);
        builder.AddJumps(System.Jumps);
        return builder.Build(Equation);
    }

    /// <summary>Diagonal elements L[(ab), (ab)] at index a + b d.</summary>
    internal Complex[] Diagonal()
    {
        int d = Dimension; var diag = new Complex[d * d];
        Parallel.For(0, d, PermutationKernels.Threads(d), b => { for (int a = 0; a < d; a++) diag[a + b * d] = Element(a, b, a, b); });
        return diag;
    }

    /// <summary>Population block W_ac = L[(aa), (cc)]: the Pauli rate matrix of the secular limit.</summary>
    internal double[,] PopulationRates()
    {
        int d = Dimension; var w = new double[d, d];
        Parallel.For(0, d, PermutationKernels.Threads(d), c => { for (int a = 0; a < d; a++) w[a, c] = Element(a, a, c, c).Real; });
        return w;
    }
}
