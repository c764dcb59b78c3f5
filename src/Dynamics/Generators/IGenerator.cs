using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Dynamics;

/// <summary>
/// A time-independent generator dρ/dt = L(ρ) in one representation: it owns the basis its states are represented in
/// (<see cref="Basis"/>) and acts on d × d matrices in that basis. Vectorisation is column stacking:
/// vec(ρ)[a + b d] = ρ_ab. Implementations: <see cref="Liouvillian"/> (dense, energy basis of H: Redfield, Davies,
/// local Lindblad, plus jumps) and <see cref="PermutationGenerator"/> (jumps only, computational basis, Pauli strings as
/// weighted permutations). Integrators, the exact propagator, the steady-state solvers and
/// <see cref="LiouvillianGap"/> take this interface. Implementations may reuse scratch memory: not thread-safe.
/// </summary>
public interface IGenerator
{
    /// <summary>The system the generator was built for.</summary>
    OpenQuantumSystem System { get; }

    /// <summary>The equation that produced it (provenance).</summary>
    MasterEquation Equation { get; }

    /// <summary>The basis states are represented in while this generator acts on them.</summary>
    IStateBasis Basis { get; }

    /// <summary>Hilbert-space dimension d.</summary>
    int Dimension { get; }

    /// <summary>
    /// result = L(ρ), ρ in <see cref="Basis"/>. With <paramref name="hermitian"/> the caller promises ρ = ρ† and the
    /// cost halves (L preserves Hermiticity).
    /// </summary>
    void Apply(Matrix<Complex> rho, Matrix<Complex> result, bool hermitian = false);

    /// <summary>Flat-vector form of Apply (column-major d × d storage).</summary>
    void Apply(Complex[] rho, Complex[] result, bool hermitian = false);

    /// <summary>Superoperator element L[(ab), (cd)] = ∂L(ρ)_ab / ∂ρ_cd in <see cref="Basis"/>.</summary>
    Complex Element(int a, int b, int c, int d);

    /// <summary>Dense d² × d² superoperator in <see cref="Basis"/> (column stacking). Cost O(d⁴) memory.</summary>
    /// <exception cref="InvalidOperationException">d &gt; 64 (the matrix would exceed 256 MiB).</exception>
    Matrix<Complex> ToMatrix();
}
