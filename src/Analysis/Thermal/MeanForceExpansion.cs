using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Baths;

namespace OpenSystem.Analysis;

/// <summary>
/// The arithmetic of <see cref="MeanForceGibbsState"/> in the energy basis: F = Σ_i w_i Σ_b K_b(u_i) (A_b D(u_i) A_b) ∘ L(u_i)
/// over the nodes u_i of a composite Gauss–Legendre rule on [0, β], with D(u) = diag(e^{−u e_k}) and
/// L(u)_nm = [e^{−s e_m} − e^{−s e_n}]/(e_n − e_m) = s e^{−s e_lo} φ₁(−s(e_hi − e_lo)), s = β − u, φ₁(z) = (e^z − 1)/z,
/// e_n = E_n − E_0 ≥ 0; every exponent is ≤ 0, so nothing overflows at low T and φ₁(0) = 1 covers degenerate levels.
/// </summary>
internal static class MeanForceExpansion
{
    /// <summary>ρ_MF = ρ_G + (F − ρ_G Tr F)/Z_S in the energy basis on the imaginary-time nodes u (weights w), and the number of nodes.</summary>
    public static (Matrix<Complex> State, int Nodes) EnergyBasisState(IReadOnlyList<double> energies, IReadOnlyList<Matrix<Complex>> couplings,
        IReadOnlyList<ImaginaryTimeCorrelation> kernels, double[] u, double[] w)
    {
        int d = energies.Count;
        double beta = kernels[0].InverseTemperature;
        var e = energies.Select(x => x - energies[0]).ToArray();
        var f = Matrix<Complex>.Build.Dense(d, d);
        var g = Matrix<Complex>.Build.Dense(d, d);
        var scaled = Matrix<Complex>.Build.Dense(d, d);
        var product = Matrix<Complex>.Build.Dense(d, d);
        var decay = new double[d];
        for (int i = 0; i < u.Length; i++)
        {
            for (int k = 0; k < d; k++)
            {
                decay[k] = Math.Exp(-u[i] * e[k]);
            }
            g.Clear();
            for (int b = 0; b < couplings.Count; b++)
            {
                double kernel = kernels[b].Evaluate(u[i]);
                var a = couplings[b];
                for (int k = 0; k < d; k++)
                    for (int n = 0; n < d; n++)
                        scaled[n, k] = a[n, k] * (kernel * decay[k]);
                scaled.Multiply(a, product);
                g.Add(product, g);
            }
            Accumulate(f, g, e, beta - u[i], w[i]);
        }
        return (Combine(f, e, beta), u.Length);
    }

    /// <summary>Most panels of the imaginary-time rule (each <c>nodesPerPanel</c> nodes and one d × d product per node).</summary>
    public const int MaxPanels = 100_000;

    /// <summary>
    /// Composite Gauss–Legendre nodes on [0, β]: panels no wider than 2/<paramref name="frequencyScale"/>; with
    /// <paramref name="graded"/>, the first and last panels are split geometrically (ratio 1/10, 10 levels, innermost
    /// width 1e-10 of a panel) for kernels with an integrable singularity at u = 0 and u = β, such as K(u) ∝ −ln u of a J
    /// with a 1/ω tail, on which a uniform rule converges only algebraically.
    /// </summary>
    public static (double[] Nodes, double[] Weights) Nodes(double beta, double frequencyScale, int nodesPerPanel, bool graded)
    {
        double needed = Math.Ceiling(beta * frequencyScale / 2.0);
        if (!(needed <= MaxPanels))
            throw new ArgumentException($"The mean-force state at this temperature needs {needed:G3} quadrature panels in imaginary time " +
                $"(beta x the largest frequency scale / 2); more than {MaxPanels} are refused: the spectrum or the bath cutoff is too wide for this temperature.",
                nameof(frequencyScale));
        int panels = (int)Math.Max(graded ? 2.0 : 1.0, needed);
        if (!graded)
        {
            return GaussLegendre.Composite(0.0, beta, panels, nodesPerPanel);
        }
        double h = beta / panels;
        var inner = Enumerable.Range(1, GradedLevels).Select(j => h * Math.Pow(0.1, j)).Reverse().ToArray();
        var edges = new List<double> { 0.0 };
        edges.AddRange(inner);
        edges.AddRange(Enumerable.Range(1, panels - 1).Select(p => p * h));
        edges.AddRange(inner.Reverse().Select(x => beta - x));
        edges.Add(beta);
        return GaussLegendre.OnPanels(edges, nodesPerPanel);
    }

    private const int GradedLevels = 10;

    // f += weight · g ∘ L(s).
    private static void Accumulate(Matrix<Complex> f, Matrix<Complex> g, double[] e, double s, double weight)
    {
        int d = e.Length;
        for (int n = 0; n < d; n++)
            for (int m = 0; m < d; m++)
            {
                double lo = Math.Min(e[n], e[m]);
                double gap = Math.Abs(e[n] - e[m]);
                double z = -s * gap;
                double phi = z == 0.0 ? 1.0 : BoseEinstein.ExpM1(z) / z;
                f[n, m] += g[n, m] * (weight * s * Math.Exp(-s * lo) * phi);
            }
    }

    /// <summary>ρ_G + (F − ρ_G Tr F)/Z_S from F and the shifted energies.</summary>
    public static Matrix<Complex> Combine(Matrix<Complex> f, double[] e, double beta)
    {
        int d = e.Length;
        var boltzmann = e.Select(x => Math.Exp(-beta * x)).ToArray();
        double z = boltzmann.Sum();
        Complex traceF = 0.0;
        for (int n = 0; n < d; n++)
        {
            traceF += f[n, n];
        }
        var rho = f / z;
        for (int n = 0; n < d; n++)
        {
            double p = boltzmann[n] / z;
            rho[n, n] += p - p * traceF / z;
        }
        return rho;
    }
}
