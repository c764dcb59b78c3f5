using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Dynamics;
using OpenSystem.Paper;

namespace OpenSystem.Benchmarks;

/// <summary>
/// The benchmark workload of issue 4: the C4 family (target qubit 0 plus N = n − 1 identical ancillas,
/// ω_T = 1, ω_j = γ_j = θ_j = 0.5) with an independent Ohmic σˣ bath on every qubit (α = 1e-3, cutoff 5, T = 0.2).
/// </summary>
public static class Workload
{
    public const double OmegaTarget = 1.0, OmegaSource = 0.5, Gamma = 0.5, Theta = 0.5;
    public const double Alpha = 1e-3, Cutoff = 5.0, Temperature = 0.2;

    /// <summary>H of the C4 family on <paramref name="qubits"/> qubits (N = qubits − 1 ancillas).</summary>
    public static PauliSum Hamiltonian(int qubits) =>
        PaperModels.EqC4(OmegaTarget, PaperModels.Identical(qubits - 1, OmegaSource, Gamma, Theta));

    /// <summary>A fresh system (H not yet diagonalised: <see cref="OpenQuantumSystem.Basis"/> is computed on first use).</summary>
    public static OpenQuantumSystem NewSystem(int qubits) =>
        PaperModels.WithBathOnEveryQubit(Hamiltonian(qubits), qubits, Alpha, Cutoff, Temperature);

    /// <summary>A system whose energy basis has already been computed.</summary>
    public static OpenQuantumSystem DiagonalisedSystem(int qubits)
    {
        var system = NewSystem(qubits);
        _ = system.Basis;
        return system;
    }

    /// <summary>The QuantumToolbox.jl Ising chain: H = 50 Σ Z_i + 25 Σ X_i X_{i+1}, a σ⁻ jump of rate 1 on every qubit.</summary>
    public static OpenQuantumSystem Ising(int qubits)
    {
        var terms = new List<PauliTerm>();
        for (int i = 0; i < qubits; i++) terms.Add(new(PauliString.Parse($"Z{i}"), 50.0));
        for (int i = 0; i + 1 < qubits; i++) terms.Add(new(PauliString.Parse($"X{i} X{i + 1}"), 25.0));
        var jumps = Enumerable.Range(0, qubits).Select(i => new JumpChannel(
            new PauliSum([new(PauliString.Parse($"X{i}"), 0.5), new(PauliString.Parse($"Y{i}"), new Complex(0, -0.5))]), 1.0)).ToArray();
        return new OpenQuantumSystem(new QubitRegister(qubits), new PauliSum(terms), jumps: jumps);
    }

    /// <summary>A Hermitian, unit-trace test matrix in the energy basis (the Gibbs populations plus small coherences).</summary>
    public static Matrix<Complex> HermitianState(int dimension, int seed = 1)
    {
        var random = new Random(seed);
        var m = Matrix<Complex>.Build.Dense(dimension, dimension);
        for (int b = 0; b < dimension; b++)
        {
            m[b, b] = 1.0 / dimension;
            for (int a = 0; a < b; a++)
            {
                var z = new Complex(random.NextDouble() - 0.5, random.NextDouble() - 0.5) * (0.1 / dimension);
                m[a, b] = z; m[b, a] = Complex.Conjugate(z);
            }
        }
        return m;
    }

    /// <summary>
    /// Empties the library's process-wide memo of γ(ω), S(ω) per (bath, ω) so that the next build pays for the S(ω)
    /// quadratures again. Returns false if the memo could not be found (the library changed); the "cold" benchmark
    /// then measures the warm path and says so once.
    /// </summary>
    public static bool ClearBathResponseMemo()
    {
        var field = MemoField.Value;
        if (field?.GetValue(null) is System.Collections.IDictionary memo) { memo.Clear(); return true; }
        if (!_warned) { Console.Error.WriteLine("warning: BathResponse memo not found; the 'cold' build benchmark measures the warm path."); _warned = true; }
        return false;
    }

    private static bool _warned;

    private static readonly Lazy<System.Reflection.FieldInfo?> MemoField = new(() =>
        typeof(Redfield).Assembly.GetType("OpenSystem.Dynamics.BathResponse")
            ?.GetField("Memo", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static));
}
