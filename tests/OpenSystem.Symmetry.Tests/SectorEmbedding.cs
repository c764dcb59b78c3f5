using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Dynamics;
using CVector = MathNet.Numerics.LinearAlgebra.Vector<System.Numerics.Complex>;

namespace OpenSystem.Symmetry.Tests;

/// <summary>
/// The independent bridge between sector blocks and the dense 2^n space, built by coupling the ancillas one at a time
/// (Clebsch–Gordan, written here from the textbook table): every coupling path ½ → j₂ → … → j gives an orthonormal copy
/// |p; j, m⟩ of the spin j, and the copies of all paths span (ℂ²)^⊗N. A permutation-invariant ρ is
/// Σ_j Σ_{p ends at j} (σ_j on copy p), σ_j = ρ̃_j / d_j; the block of a dense ρ is read on the first path's copy.
/// </summary>
internal sealed class SectorEmbedding
{
    private readonly CollectiveModel _model;
    private readonly QubitRegister _register;
    private readonly List<(int TwiceJ, CVector[] States)> _paths;

    public SectorEmbedding(CollectiveModel model, int qubits)
    {
        _model = model;
        _register = new QubitRegister(qubits);
        // Spin states over the ancillas, index bits: first ancilla most significant, bit 0 = |e> (m = +1/2).
        var paths = new List<(int TwiceJ, CVector[] States)>
        {
            (1, [MathNet.Numerics.LinearAlgebra.Vector<Complex>.Build.DenseOfArray([1, 0]), MathNet.Numerics.LinearAlgebra.Vector<Complex>.Build.DenseOfArray([0, 1])]),
        };
        for (int added = 2; added <= model.AncillaCount; added++)
        {
            var next = new List<(int, CVector[])>();
            foreach (var (twiceJ1, states) in paths)
                foreach (int twiceJ in new[] { twiceJ1 + 1, twiceJ1 - 1 })
                    if (twiceJ >= 0)
                        next.Add((twiceJ, Couple(twiceJ1, states, twiceJ)));
            paths = next;
        }
        _paths = paths;
    }

    private static CVector[] Couple(int twiceJ1, CVector[] states, int twiceJ)
    {
        double j1 = twiceJ1 / 2.0;
        double j = twiceJ / 2.0;
        int size = states[0].Count * 2;
        var result = new CVector[twiceJ + 1];
        for (int k = 0; k <= twiceJ; k++)
        {
            double m = j - k;
            var v = MathNet.Numerics.LinearAlgebra.Vector<Complex>.Build.Dense(size);
            foreach (var (mu, spin) in new[] { (0.5, 0), (-0.5, 1) })
            {
                double m1 = m - mu;
                if (Math.Abs(m1) > j1 + 1e-9)
                    continue;
                double cg = Clebsch(j1, m1, mu, j, m);
                var old = states[(int)Math.Round(j1 - m1)];
                for (int i = 0; i < old.Count; i++)
                    v[2 * i + spin] += cg * old[i];
            }
            result[k] = v;
        }
        return result;
    }

    /// <summary>⟨j₁ m₁; ½ μ | j m⟩ (Condon–Shortley).</summary>
    private static double Clebsch(double j1, double m1, double mu, double j, double m)
    {
        double den = 2 * j1 + 1;
        if (j > j1)
            return mu > 0 ? Math.Sqrt((j1 + m + 0.5) / den) : Math.Sqrt((j1 - m + 0.5) / den);
        return mu > 0 ? -Math.Sqrt((j1 - m + 0.5) / den) : Math.Sqrt((j1 + m + 0.5) / den);
    }

    /// <summary>The register vector of |p; j, m_k⟩ ⊗ |d⟩.</summary>
    private CVector Full(CVector spin, int d)
    {
        var v = MathNet.Numerics.LinearAlgebra.Vector<Complex>.Build.Dense(_register.Dimension);
        int nD = _model.Distinguished.Count;
        int n = _model.AncillaCount;
        for (int i = 0; i < spin.Count; i++)
        {
            if (spin[i] == Complex.Zero)
                continue;
            int index = 0;
            for (int q = 0; q < nD; q++)
                if (((d >> (nD - 1 - q)) & 1) == 1)
                    index |= _register.Mask(_model.Distinguished[q]);
            for (int a = 0; a < n; a++)
                if (((i >> (n - 1 - a)) & 1) == 1)
                    index |= _register.Mask(_model.Ancillas[a]);
            v[index] = spin[i];
        }
        return v;
    }

    private Matrix<Complex> Isometry(CVector[] states)
    {
        int dD = _model.DistinguishedDimension;
        var columns = new List<CVector>();
        for (int k = 0; k < states.Length; k++)
            for (int d = 0; d < dD; d++)
                columns.Add(Full(states[k], d));
        return Matrix<Complex>.Build.DenseOfColumnVectors(columns);
    }

    /// <summary>The dense ρ of a sector state.</summary>
    public Matrix<Complex> ToDense(SectorState state)
    {
        var rho = Matrix<Complex>.Build.Dense(_register.Dimension, _register.Dimension);
        var log = SpinSectors.LogMultiplicities(_model.AncillaCount);
        foreach (var (twiceJ, states) in _paths)
        {
            int s = (_model.AncillaCount - twiceJ) / 2;
            var u = Isometry(states);
            rho += u * (state.Blocks[s] / Math.Exp(log[s])) * u.ConjugateTranspose();
        }
        return rho;
    }

    /// <summary>The weighted blocks of a permutation-invariant dense ρ, read on the first copy of each j.</summary>
    public SectorState FromDense(Matrix<Complex> rho)
    {
        var log = SpinSectors.LogMultiplicities(_model.AncillaCount);
        var blocks = new Matrix<Complex>[log.Length];
        foreach (var (twiceJ, states) in _paths)
        {
            int s = (_model.AncillaCount - twiceJ) / 2;
            if (blocks[s] is not null)
                continue;
            var u = Isometry(states);
            blocks[s] = u.ConjugateTranspose() * rho * u * Math.Exp(log[s]);
        }
        return new SectorState(_model, blocks);
    }

    /// <summary>A random Hermitian, positive, unit-trace permutation-invariant state (seeded).</summary>
    public static SectorState RandomState(CollectiveModel model, int seed)
    {
        var r = new Random(seed);
        var blocks = SpinSectors.TwiceJ(model.AncillaCount).Select(twiceJ =>
        {
            int n = model.DistinguishedDimension * (twiceJ + 1);
            var g = Matrix<Complex>.Build.Dense(n, n, (_, _) => new Complex(r.NextDouble() - 0.5, r.NextDouble() - 0.5));
            return g * g.ConjugateTranspose();
        }).ToArray();
        double trace = blocks.Sum(b => b.Trace().Real);
        return new SectorState(model, blocks.Select(b => b / trace).ToArray());
    }
}
