using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Dynamics;

namespace OpenSystem.Symmetry;

/// <summary>
/// A permutation-invariant state (or operator) of n_D distinguished qubits and N identical ancillas,
/// ρ = ⊕_j σ_j ⊗ 1_{d_j} (Schur–Weyl), stored as the weighted blocks ρ̃_j = d_j σ_j, one per sector 2j = N, N − 2, …, in
/// the sector basis |j, m⟩ ⊗ |d⟩ (index (j − m) D + d, m = j the all-|e⟩ state). Then Tr ρ = Σ_j Tr ρ̃_j, and every
/// observable of the distinguished part or collective spin is Σ_j Tr(O_j ρ̃_j): no multiplicity d_j (up to 2^N/N) is formed.
/// </summary>
public sealed class SectorState
{
    /// <summary>Wraps weighted blocks (not copied).</summary>
    /// <param name="model">The model whose sectors these are.</param>
    /// <param name="blocks">ρ̃_j in the order of <see cref="SpinSectors.TwiceJ"/>, each D(2j + 1) square.</param>
    /// <exception cref="ArgumentException">Wrong number or size of blocks.</exception>
    public SectorState(CollectiveModel model, IReadOnlyList<Matrix<Complex>> blocks)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(blocks);
        TwiceJ = SpinSectors.TwiceJ(model.AncillaCount).ToArray();
        if (blocks.Count != TwiceJ.Count)
            throw new ArgumentException($"{blocks.Count} blocks for the {TwiceJ.Count} sectors of N = {model.AncillaCount} ancillas.", nameof(blocks));
        for (int s = 0; s < blocks.Count; s++)
        {
            int n = model.DistinguishedDimension * (TwiceJ[s] + 1);
            if (blocks[s].RowCount != n || blocks[s].ColumnCount != n)
                throw new ArgumentException($"Block {s} (2j = {TwiceJ[s]}) is {blocks[s].RowCount} x {blocks[s].ColumnCount}, not {n} x {n}.", nameof(blocks));
        }
        Model = model;
        Blocks = blocks;
    }

    /// <summary>
    /// ρ_D ⊗ |ψ⟩⟨ψ|^⊗N with every ancilla in |ψ⟩ = cos(θ/2)|e⟩ + e^{iφ} sin(θ/2)|g⟩ (Bloch vector (sin θ cos φ, sin θ sin φ,
    /// cos θ)): the spin-coherent state of the sector j = N/2, amplitude √C(N, k) cos^{N−k}(θ/2) (e^{iφ} sin(θ/2))^k on
    /// m = N/2 − k (computed in log space).
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="distinguished">ρ_D (D × D, unit trace, computational basis of the distinguished qubits).</param>
    /// <param name="theta">Polar angle θ of the ancillas' Bloch vector (θ = 0: |e⟩, θ = π: |g⟩).</param>
    /// <param name="phi">Azimuth φ.</param>
    public static SectorState Product(CollectiveModel model, Matrix<Complex> distinguished, double theta, double phi)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(distinguished);
        int n = model.AncillaCount;
        var amplitude = Matrix<Complex>.Build.Dense(n + 1, 1);
        double logBinomial = 0;
        for (int k = 0; k <= n; k++)
        {
            if (k > 0)
                logBinomial += Math.Log((n - k + 1.0) / k);
            double c = Math.Cos(theta / 2);
            double s = Math.Sin(theta / 2);
            double magnitude = Math.Exp(0.5 * logBinomial + Power(c, n - k) + Power(s, k));
            amplitude[k, 0] = Complex.FromPolarCoordinates(magnitude, k * phi) * Sign(c, n - k) * Sign(s, k);
        }
        var spin = amplitude * amplitude.ConjugateTranspose();
        var blocks = SpinSectors.TwiceJ(n).Select(twiceJ => twiceJ == n
            ? spin.KroneckerProduct(distinguished)
            : Matrix<Complex>.Build.Dense(model.DistinguishedDimension * (twiceJ + 1), model.DistinguishedDimension * (twiceJ + 1))).ToArray();
        return new SectorState(model, blocks);
    }

    /// <summary>
    /// ⊗_k ρ_k ⊗ |ψ⟩⟨ψ|^⊗N: distinguished qubit k in ρ_k = (1 + r_k·σ)/2 (in the order of
    /// <see cref="CollectiveModel.Distinguished"/>), every ancilla in the pure state of Bloch vector
    /// <paramref name="ancilla"/> (length 1; Z = +1 on |e⟩). See <see cref="Product(CollectiveModel, Matrix{Complex}, double, double)"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Wrong number of distinguished vectors, or the ancilla vector is not of length 1 (to 1e-9).</exception>
    public static SectorState Product(CollectiveModel model, IReadOnlyList<BlochVector> distinguished, BlochVector ancilla)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(distinguished);
        int nD = model.Distinguished.Count;
        if (distinguished.Count != nD)
            throw new ArgumentException($"{distinguished.Count} Bloch vectors for {nD} distinguished qubits.", nameof(distinguished));
        double length = Math.Sqrt(ancilla.X * ancilla.X + ancilla.Y * ancilla.Y + ancilla.Z * ancilla.Z);
        if (Math.Abs(length - 1) > 1e-9)
            throw new ArgumentException($"The ancillas' Bloch vector has length {length:G6}: a permutation-invariant product state of identical ancillas is built here from a pure state (length 1).", nameof(ancilla));
        var paulis = SectorBlocks.DistinguishedPaulis(nD);
        var rho = Matrix<Complex>.Build.Dense(model.DistinguishedDimension, model.DistinguishedDimension);
        for (int s = 0; s < paulis.Length; s++)
        {
            double weight = 1.0 / model.DistinguishedDimension;
            for (int k = 0; k < nD; k++)
            {
                int digit = (s >> (2 * (nD - 1 - k))) & 3;
                var r = distinguished[k];
                weight *= digit switch { 0 => 1, 1 => r.X, 2 => r.Y, _ => r.Z };
            }
            rho += weight * paulis[s];
        }
        return Product(model, rho, Math.Acos(Math.Clamp(ancilla.Z / length, -1, 1)), Math.Atan2(ancilla.Y, ancilla.X));
    }

    /// <summary>The maximally mixed state 1/(D 2^N): weighted blocks ρ̃_j = (d_j/2^N)(1/D) 1 (from the log multiplicities).</summary>
    public static SectorState MaximallyMixed(CollectiveModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var logD = SpinSectors.LogMultiplicities(model.AncillaCount);
        var blocks = SpinSectors.TwiceJ(model.AncillaCount).Select((twiceJ, s) =>
        {
            double w = Math.Exp(logD[s] - model.AncillaCount * Math.Log(2)) / model.DistinguishedDimension;
            return w * Matrix<Complex>.Build.DenseIdentity(model.DistinguishedDimension * (twiceJ + 1));
        }).ToArray();
        return new SectorState(model, blocks);
    }

    private static double Power(double x, int k) => k == 0 ? 0 : k * Math.Log(Math.Abs(x));

    private static double Sign(double x, int k) => x < 0 && k % 2 == 1 ? -1 : 1;

    /// <summary>The model.</summary>
    public CollectiveModel Model { get; }

    /// <summary>2j of each block.</summary>
    public IReadOnlyList<int> TwiceJ { get; }

    /// <summary>The weighted blocks ρ̃_j.</summary>
    public IReadOnlyList<Matrix<Complex>> Blocks { get; }

    /// <summary>Tr ρ = Σ_j Tr ρ̃_j.</summary>
    public Complex Trace => Blocks.Aggregate(Complex.Zero, (t, b) => t + b.Trace());

    /// <summary>Euclidean norm of the weighted blocks, √(Σ_j ‖ρ̃_j‖_F²) (the norm the solvers certify in).</summary>
    public double Norm => Math.Sqrt(Blocks.Sum(b => Math.Pow(b.FrobeniusNorm(), 2)));

    /// <summary>Reduced state of the distinguished part, ρ_D = Σ_j Tr_spin ρ̃_j (D × D, computational basis of the distinguished qubits).</summary>
    public Matrix<Complex> DistinguishedState
    {
        get
        {
            int dD = Model.DistinguishedDimension;
            var rho = Matrix<Complex>.Build.Dense(dD, dD);
            for (int s = 0; s < Blocks.Count; s++)
                for (int k = 0; k <= TwiceJ[s]; k++)
                    rho += Blocks[s].SubMatrix(k * dD, dD, k * dD, dD);
            return rho;
        }
    }

    /// <summary>⟨J_α⟩ = Σ_j Tr((J_α^{(j)} ⊗ 1_D) ρ̃_j) of the ancillas' collective spin J = ½ Σ_i σ⁽ⁱ⁾, α = 'X', 'Y' or 'Z'.</summary>
    public double MeanSpin(char axis)
    {
        int dD = Model.DistinguishedDimension;
        Complex sum = 0;
        for (int s = 0; s < Blocks.Count; s++)
        {
            var j = SpinSectors.J(axis, TwiceJ[s]).KroneckerProduct(Matrix<Complex>.Build.DenseIdentity(dD));
            sum += (j * Blocks[s]).Trace();
        }
        return sum.Real;
    }

    /// <summary>
    /// Bloch vector (⟨X⟩, ⟨Y⟩, ⟨Z⟩) of distinguished qubit <paramref name="qubit"/> (its original label), Z = +1 on |e⟩:
    /// ⟨P⟩ = Re Tr(P ρ_D) of <see cref="DistinguishedState"/> (dimensionless).
    /// </summary>
    /// <exception cref="ArgumentException">The qubit is an ancilla or not in the model.</exception>
    public BlochVector Bloch(int qubit)
    {
        int k = Model.Distinguished.ToList().IndexOf(qubit);
        if (k < 0)
            throw new ArgumentException($"Qubit {qubit} is not a distinguished qubit of the model; use AncillaBloch for an ancilla.", nameof(qubit));
        int nD = Model.Distinguished.Count;
        int shift = 2 * (nD - 1 - k);
        var paulis = SectorBlocks.DistinguishedPaulis(nD);
        var rho = DistinguishedState;
        double Mean(int index) => (paulis[index] * rho).Trace().Real;
        return new BlochVector(Mean(1 << shift), Mean(2 << shift), Mean(3 << shift));
    }

    /// <summary>Bloch vector of one ancilla, (2/N)(⟨J_x⟩, ⟨J_y⟩, ⟨J_z⟩) (every ancilla has the same reduced state; dimensionless).</summary>
    public BlochVector AncillaBloch
    {
        get
        {
            double f = 2.0 / Model.AncillaCount;
            return new BlochVector(f * MeanSpin('X'), f * MeanSpin('Y'), f * MeanSpin('Z'));
        }
    }

    /// <summary>
    /// Smallest eigenvalue of ρ = ⊕_j σ_j ⊗ 1_{d_j}: min_j λ_min(ρ̃_j)/d_j, with d_j from the log multiplicities (no
    /// overflow). Negative when the state is not positive (Redfield can do this). Dense eigenvalues of every block.
    /// </summary>
    public double MinimumEigenvalue
    {
        get
        {
            var logD = SpinSectors.LogMultiplicities(Model.AncillaCount);
            double min = double.PositiveInfinity;
            for (int s = 0; s < Blocks.Count; s++)
            {
                var hermitian = 0.5 * (Blocks[s] + Blocks[s].ConjugateTranspose());
                double lowest = hermitian.Evd(Symmetricity.Hermitian).EigenValues.Min(e => e.Real);
                min = Math.Min(min, lowest * Math.Exp(-logD[s]));
            }
            return min;
        }
    }

    /// <summary>Largest Σ_j ‖ρ̃_j − σ̃_j‖_F² root against <paramref name="other"/> (same model), the distance the tests use.</summary>
    public double Distance(SectorState other)
    {
        ArgumentNullException.ThrowIfNull(other);
        double sum = 0;
        for (int s = 0; s < Blocks.Count; s++)
            sum += Math.Pow((Blocks[s] - other.Blocks[s]).FrobeniusNorm(), 2);
        return Math.Sqrt(sum);
    }
}
