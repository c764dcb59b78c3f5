using System.Numerics;
using OpenSystem.Analysis;
using OpenSystem.Dynamics;

namespace OpenSystem.Symmetry.Tests;

/// <summary>The independent route: the dense Gibbs state of the full 2^n register (src/Analysis).</summary>
internal static class DenseReference
{
    /// <summary>⟨P⟩ = Tr(τ P) for each string, τ the dense Gibbs state at T.</summary>
    public static double[] Means(PauliSum h, int qubits, double temperature, IReadOnlyList<PauliString> strings)
    {
        var register = new QubitRegister(qubits);
        var tau = GibbsState.Of(new OpenQuantumSystem(register, h), temperature).Matrix;
        return strings.Select(p =>
        {
            var m = new PauliSum([new PauliTerm(p, 1)]).ToMatrix(register);
            Complex tr = 0;
            for (int i = 0; i < m.RowCount; i++)
                for (int k = 0; k < m.RowCount; k++)
                    if (m[i, k] != Complex.Zero)
                        tr += tau[k, i] * m[i, k];
            return tr.Real;
        }).ToArray();
    }

    /// <summary>Bloch vectors of several qubits at several temperatures from one dense diagonalisation.</summary>
    public static BlochVector[][] Bloch(PauliSum h, int qubits, IReadOnlyList<int> which, IReadOnlyList<double> temperatures)
    {
        var sweep = new GibbsSweep(h, qubits);
        return temperatures.Select(t => which.Select(q => sweep.Bloch(q, t)).ToArray()).ToArray();
    }
}
