using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Dynamics;

/// <summary>Accumulates the B matrix and sandwich terms of a <see cref="Liouvillian"/> (energy basis).</summary>
internal sealed class LiouvillianBuilder(OpenQuantumSystem system)
{
    private EnergyBasis Basis => system.Basis;
    private readonly List<SandwichTerm> _terms = [];
    private Matrix<Complex>? _b;
    private BohrFrequencies? _bohr;

    private int D => Basis.Dimension;

    private void AddToB(Matrix<Complex> m, Complex scale)
    {
        _b ??= DenseOps.Zeros(D);
        DenseOps.AddScaled(m, scale, _b);
    }

    private BohrFrequencies Bohr(double tolerance) =>
        _bohr is not null && _bohr.Tolerance == Tolerances.Degeneracy(Basis.Energies, tolerance) ? _bohr : (_bohr = new BohrFrequencies(Basis.Energies, tolerance));

    /// <summary>Redfield R1: pairs (Λ_k, A_k) and B = −Σ_k A_k Λ_k.</summary>
    public void AddRedfield(bool lambShift)
    {
        var bohr = Bohr(Tolerances.BohrDegeneracy);
        var pairs = new List<(Matrix<Complex>, Matrix<Complex>)>();
        foreach (var coupling in system.Couplings)
        {
            var a = system.InEnergyBasis(coupling.Operator);
            var response = new BathResponse(coupling.Bath, bohr, lambShift);
            response.RequireNoZeroFrequencyElements(a, coupling.Bath, bohr);
            var lambda = DenseOps.Zeros(D);
            for (int n = 0; n < D; n++)
                for (int m = 0; m < D; m++)
                    lambda[m, n] = response.Transform(bohr.GroupOf(m, n)) * a[m, n];   // Γ(E_n − E_m) A_mn
            var al = DenseOps.Zeros(D);
            DenseOps.Multiply(a, lambda, al);
            AddToB(al, -1.0);
            pairs.Add((lambda, a));
        }
        if (pairs.Count > 0) _terms.Add(new ProductSandwich(pairs));
    }

    /// <summary>Davies: jump part from grouped A_k(ω), B = −½G − iH_LS with G, H_LS block-diagonal in energy.</summary>
    public void AddDavies(bool lambShift, double tolerance)
    {
        var bohr = Bohr(tolerance);
        var sandwich = new SecularSandwich(bohr);
        var g = DenseOps.Zeros(D); var hls = DenseOps.Zeros(D);
        var blocks = DegenerateBlocks(bohr);
        foreach (var coupling in system.Couplings)
        {
            var a = system.InEnergyBasis(coupling.Operator);
            var response = new BathResponse(coupling.Bath, bohr, lambShift);
            response.RequireNoZeroFrequencyElements(a, coupling.Bath, bohr);
            sandwich.AddBath(a, response.Rate);
            // (A(ω)†A(ω))_xy = Σ_j A_xj A_jy over j with E_x − E_j ≈ ω ≈ E_y − E_j.
            foreach (var block in blocks)
                foreach (int x in block)
                    foreach (int y in block)
                    {
                        Complex gs = 0, hs = 0;
                        for (int j = 0; j < D; j++)
                        {
                            int id = bohr.GroupOf(j, x);
                            if (bohr.GroupOf(j, y) != id) continue;
                            var p = a[x, j] * a[j, y];
                            gs += response.Rate[id] * p;
                            hs += response.Shift[id] * p;
                        }
                        g[x, y] += gs; hls[x, y] += hs;
                    }
        }
        AddToB(g, -0.5);
        if (lambShift) AddToB(hls, -Complex.ImaginaryOne);
        _terms.Add(sandwich);
    }

    /// <summary>Local GKLS: eigen-operators of the part of H on each coupling's support.</summary>
    public void AddLocal(bool lambShift, double tolerance)
    {
        var jumpPairs = new List<(Matrix<Complex>, Matrix<Complex>)>();
        foreach (var coupling in system.Couplings)
        {
            var support = coupling.Operator.Support.OrderBy(q => q).ToArray();
            foreach (var (op, omega) in LocalEigenOperators(coupling.Operator, support, tolerance))
            {
                double rate = coupling.Bath.Rate(omega);
                var l = system.InEnergyBasis(op);
                var ldl = DenseOps.Zeros(D);
                DenseOps.Multiply(l.ConjugateTranspose(), l, ldl);
                if (rate != 0.0)
                {
                    jumpPairs.Add((l, 0.5 * rate * l.ConjugateTranspose()));
                    AddToB(ldl, -0.5 * rate);
                }
                if (lambShift) AddToB(ldl, -Complex.ImaginaryOne * coupling.Bath.LambShift(omega));
            }
        }
        if (jumpPairs.Count > 0) _terms.Add(new ProductSandwich(jumpPairs));
    }

    /// <summary>Fixed-rate channels: pairs (L, g/2 L†), B −= ½ g L†L.</summary>
    public void AddJumps(IReadOnlyList<JumpChannel> jumps)
    {
        var pairs = new List<(Matrix<Complex>, Matrix<Complex>)>();
        foreach (var jump in jumps)
        {
            if (jump.Rate == 0.0) continue;
            var l = system.InEnergyBasis(jump.Operator);
            var ld = l.ConjugateTranspose();
            var ldl = DenseOps.Zeros(D);
            DenseOps.Multiply(ld, l, ldl);
            AddToB(ldl, -0.5 * jump.Rate);
            pairs.Add((l, 0.5 * jump.Rate * ld));
        }
        if (pairs.Count > 0) _terms.Add(new ProductSandwich(pairs));
    }

    public Liouvillian Build(MasterEquation equation) => new(system, equation, _b is null ? null : new DenseLeftOperator(_b), _terms);

    /// <summary>
    /// Jumps only, in the computational basis: B = −iH − ½ Σ_j g_j L_j†L_j and S(ρ) = ½ Σ_j g_j L_j ρ L_j†, every operator a
    /// few weighted permutations.
    /// </summary>
    public PermutationGenerator BuildComputational(MasterEquation equation)
    {
        var register = system.Register;
        var parts = WeightedPermutation.Of(system.Hamiltonian, register)
            .Select(p => new WeightedPermutation(p.Flip, p.Weights.Select(w => -Complex.ImaginaryOne * w).ToArray())).ToList();
        var jumps = new List<(double, IReadOnlyList<WeightedPermutation>)>();
        foreach (var jump in system.Jumps)
        {
            if (jump.Rate == 0.0) continue;
            var l = WeightedPermutation.Of(jump.Operator, register);
            jumps.Add((0.5 * jump.Rate, l));
            foreach (var f in l)
                foreach (var g in l)
                {
                    var ldl = WeightedPermutation.AdjointTimes(g, f);
                    parts.Add(ldl with { Weights = ldl.Weights.Select(w => -0.5 * jump.Rate * w).ToArray() });
                }
        }
        var b = WeightedPermutation.Merge(parts);
        return new(system, equation, new PermutationLeftOperator(b), jumps.Count > 0 ? new PermutationSandwich(jumps) : null);
    }

    private List<int[]> DegenerateBlocks(BohrFrequencies bohr)
    {
        var blocks = new List<int[]>();
        int start = 0;
        for (int i = 1; i <= D; i++)
            if (i == D || bohr.Frequency(bohr.GroupOf(start, i)) != 0.0)
            {
                blocks.Add(Enumerable.Range(start, i - start).ToArray());
                start = i;
            }
        return blocks;
    }

    /// <summary>
    /// A(ω) = Σ P(e) A P(e') over eigenvalue pairs e' − e = ω of H_loc (the terms of H supported on
    /// <paramref name="support"/>), returned as Pauli sums on the support together with ω.
    /// </summary>
    private IEnumerable<(PauliSum Op, double Omega)> LocalEigenOperators(PauliSum coupling, int[] support, double tolerance)
    {
        var supportSet = support.ToHashSet();
        var local = new QubitRegister(support.Length);
        var map = support.Select((q, i) => (q, i)).ToDictionary(p => p.q, p => p.i);
        PauliSum Relabel(PauliSum s) => new(s.Terms.Select(t => t with
        {
            String = PauliString.Of(t.String.Factors.Select(f => (map[f.Qubit], f.Axis)))
        }));
        var hLoc = Relabel(system.Hamiltonian.RestrictedTo(supportSet)).ToMatrix(local);
        var basis = new EnergyBasis(hLoc);
        var bohr = new BohrFrequencies(basis.Energies, tolerance);
        var aEig = basis.ToEigen(Relabel(coupling).ToMatrix(local));
        int dl = local.Dimension;
        for (int id = 0; id < bohr.Count; id++)
        {
            var part = DenseOps.Zeros(dl);
            bool any = false;
            for (int c = 0; c < dl; c++)
                for (int a = 0; a < dl; a++)
                    if (bohr.GroupOf(a, c) == id && aEig[a, c].Magnitude > 1e-14) { part[a, c] = aEig[a, c]; any = true; }
            if (!any) continue;
            var op = basis.FromEigen(part);
            yield return (PauliDecomposition(op, local, support), bohr.Frequency(id));
        }
    }

    /// <summary>M = Σ_P c_P P with c_P = Tr(P M)/2^s, relabelled back to the global qubit indices.</summary>
    private static PauliSum PauliDecomposition(Matrix<Complex> m, QubitRegister local, int[] support)
    {
        int s = local.Count; var terms = new List<PauliTerm>();
        char[] axes = ['I', 'X', 'Y', 'Z'];
        for (int code = 0; code < 1 << (2 * s); code++)
        {
            var factors = new List<(int, char)>();
            var localFactors = new List<(int, char)>();
            for (int q = 0; q < s; q++)
            {
                char ax = axes[(code >> (2 * q)) & 3];
                if (ax == 'I') continue;
                factors.Add((support[q], ax)); localFactors.Add((q, ax));
            }
            var p = new PauliSum([new PauliTerm(PauliString.Of(localFactors), 1)]).ToMatrix(local);
            var c = DenseOps.TraceOfProduct(p, m) / (1 << s);
            if (c.Magnitude > 1e-15) terms.Add(new PauliTerm(PauliString.Of(factors), c));
        }
        return new PauliSum(terms);
    }
}
