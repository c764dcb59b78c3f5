using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Complex;
using OpenSystem.Dynamics;

namespace OpenSystem.Symmetry;

/// <summary>
/// The local GKLS equation on the sector blocks, as the dense <see cref="LocalLindblad"/>: each bath's jump operators
/// A(ω) are the eigen-operators of H_loc (the terms of H on the coupling's qubits only), Σ_ω γ(ω)(A ρ A† − ½{A†A, ρ})
/// − i[S(ω) A†A, ρ]. They are not filtered by the full H, so the ancillas' sums Σ_k A_k ρ A_k† = N Twirl(A_N ρ A_N†)
/// use A_N directly in the coupled basis of each block j₁ ⊗ ½, and K = Σ_ω (γ/2 + iS) Σ_k A_k†A_k the same way.
/// </summary>
internal sealed class SectorLocalTerm : ISectorDissipator
{
    private readonly SectorLayout _layout;
    private readonly IReadOnlyList<(IReadOnlyList<ChannelBlock> Blocks, double Rate, double Shift)> _jumps;

    private SectorLocalTerm(SectorLayout layout, IReadOnlyList<(IReadOnlyList<ChannelBlock>, double, double)> jumps)
    {
        _layout = layout;
        _jumps = jumps;
    }

    /// <summary>One term per bath channel.</summary>
    /// <exception cref="NotSupportedException">A coupling on an ancilla and a distinguished qubit at once.</exception>
    public static IEnumerable<ISectorDissipator> Build(SectorLayout layout, PauliSum hamiltonian, IReadOnlyList<BathCoupling> couplings, LocalLindblad equation)
    {
        var model = layout.Model;
        foreach (var (coupling, ancilla) in SectorChannels.Representatives(couplings, layout))
        {
            var support = coupling.Operator.Terms.SelectMany(t => t.String.Support).ToHashSet();
            var local = hamiltonian.RestrictedTo(support);
            var jumps = new List<(IReadOnlyList<ChannelBlock>, double, double)>();
            if (ancilla is int a)
            {
                if (support.Count > 1)
                    throw new NotSupportedException($"The bath coupling {coupling.Operator} acts on an ancilla and a distinguished qubit; the permutation-invariant local equation takes single-ancilla or distinguished-only couplings.");
                var h = OnAncilla(local, a);
                var x = OnAncilla(coupling.Operator, a);
                var identity = Matrix<Complex>.Build.DenseIdentity(model.DistinguishedDimension);
                foreach (var (op, omega) in EigenOperators(h, x, equation.DegeneracyTolerance))
                    jumps.Add((SectorChannels.AncillaBlocks(layout, [(op, identity)]), coupling.Bath.Rate(omega), equation.IncludeLambShift ? coupling.Bath.LambShift(omega) : 0.0));
            }
            else
            {
                var h = SectorChannels.OnDistinguished(model, local.Terms.Select(t => (t.String, t.Coefficient)));
                var x = SectorChannels.OnDistinguished(model, coupling.Operator.Terms.Select(t => (t.String, t.Coefficient)));
                foreach (var (op, omega) in EigenOperators(h, x, equation.DegeneracyTolerance))
                    jumps.Add((SectorChannels.DistinguishedBlocks(layout, op), coupling.Bath.Rate(omega), equation.IncludeLambShift ? coupling.Bath.LambShift(omega) : 0.0));
            }
            yield return new SectorLocalTerm(layout, jumps);
        }
    }

    /// <summary>Σ c σ_α of the terms on qubit <paramref name="qubit"/> alone, as a 2 × 2 matrix (identity terms included).</summary>
    private static Matrix<Complex> OnAncilla(PauliSum op, int qubit)
    {
        var m = Matrix<Complex>.Build.Dense(2, 2);
        foreach (var t in op.Terms)
        {
            char axis = t.String.Factors.Where(f => f.Qubit == qubit).Select(f => f.Axis).DefaultIfEmpty('I').First();
            m += t.Coefficient * SectorChannels.SingleSpin(axis);
        }
        return m;
    }

    /// <summary>A(ω) = Σ P(e) X P(e') over the eigenvalue pairs e' − e in Bohr group ω of <paramref name="h"/>, with ω.</summary>
    private static IEnumerable<(Matrix<Complex> Op, double Omega)> EigenOperators(Matrix<Complex> h, Matrix<Complex> x, double tolerance)
    {
        var (energies, v) = SectorEigen.Of(h);
        var bohr = new BohrFrequencies(energies, tolerance);
        var inEigen = v.ConjugateTranspose() * x * v;
        int n = energies.Length;
        for (int id = 0; id < bohr.Count; id++)
        {
            var part = Matrix<Complex>.Build.Dense(n, n);
            bool any = false;
            for (int c = 0; c < n; c++)
                for (int a = 0; a < n; a++)
                    if (bohr.GroupOf(a, c) == id && inEigen[a, c].Magnitude > 1e-14)
                    {
                        part[a, c] = inEigen[a, c];
                        any = true;
                    }
            if (any)
                yield return (v * part * v.ConjugateTranspose(), bohr.Frequency(id));
        }
    }

    /// <inheritdoc />
    public void Apply(DenseMatrix[] rho, DenseMatrix[] output, bool hermitian)
    {
        foreach (var (blocks, rate, _) in _jumps)
        {
            if (rate == 0.0)
                continue;
            foreach (var block in blocks)
                for (int p = 0; p < block.Sectors.Length; p++)
                    for (int q = 0; q < block.Sectors.Length; q++)
                    {
                        var a = block.Part(block.X, q, p, _layout);
                        var left = new DenseMatrix(a.RowCount, a.ColumnCount);
                        DenseOps.Multiply(a, rho[block.Sectors[p]], left);
                        var y = new DenseMatrix(a.RowCount, a.RowCount);
                        DenseOps.Multiply(left, (DenseMatrix)a.ConjugateTranspose(), y);
                        DenseOps.AddScaled(y, rate * block.Scale * block.Fractions[p], output[block.Sectors[q]]);
                    }
        }
    }

    /// <inheritdoc />
    public void AddOneSided(Matrix<Complex>[] k)
    {
        foreach (var (blocks, rate, shift) in _jumps)
            foreach (var block in blocks)
            {
                var product = block.X.ConjugateTranspose() * block.X;
                var gamma = new Complex(0.5 * rate, shift);
                for (int p = 0; p < block.Sectors.Length; p++)
                    k[block.Sectors[p]] += (gamma * block.Scale * block.Fractions[p]) * block.Part(product, p, p, _layout);
            }
    }

    /// <inheritdoc />
    public void AddPauli(double[,] w)
    {
        foreach (var (blocks, rate, _) in _jumps)
            foreach (var block in blocks)
                for (int p = 0; p < block.Sectors.Length; p++)
                    for (int b = block.Start[p]; b < block.Start[p] + _layout.Size[block.Sectors[p]]; b++)
                        for (int a = 0; a < block.Size; a++)
                        {
                            double x = block.X[a, b].Magnitude;
                            w[block.Levels[a], block.Levels[b]] += rate * block.Scale * block.Fractions[p] * x * x;
                        }
    }
}
