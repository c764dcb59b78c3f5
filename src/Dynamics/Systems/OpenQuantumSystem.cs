using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Dynamics;

/// <summary>
/// A network of qubits: Hamiltonian, bath couplings and fixed-rate jumps. Diagonalises H once, lazily, and keeps
/// the computational-basis matrices of every operator.
/// </summary>
public sealed class OpenQuantumSystem
{
    private EnergyBasis? _basis;

    /// <summary>Creates the system and checks every operator against the register.</summary>
    /// <exception cref="ArgumentException">An operator acts outside the register, or H is not Hermitian.</exception>
    public OpenQuantumSystem(QubitRegister register, PauliSum hamiltonian,
        IReadOnlyList<BathCoupling>? couplings = null, IReadOnlyList<JumpChannel>? jumps = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(hamiltonian);
        Register = register;
        Hamiltonian = hamiltonian;
        Couplings = couplings ?? [];
        Jumps = jumps ?? [];
        register.RequireQubits(hamiltonian, "The Hamiltonian", nameof(hamiltonian));
        foreach (var c in Couplings)
            register.RequireQubits(c.Operator, "A bath coupling", nameof(couplings));
        foreach (var j in Jumps)
            register.RequireQubits(j.Operator, "A jump operator", nameof(jumps));
        hamiltonian.RequireHermitian(nameof(hamiltonian), "The Hamiltonian");
    }

    /// <summary>The qubits.</summary>
    public QubitRegister Register { get; }

    /// <summary>H as a Pauli sum.</summary>
    public PauliSum Hamiltonian { get; }

    /// <summary>Bath couplings (independent baths).</summary>
    public IReadOnlyList<BathCoupling> Couplings { get; }

    /// <summary>Fixed-rate jumps.</summary>
    public IReadOnlyList<JumpChannel> Jumps { get; }

    /// <summary>Eigendecomposition of H (computed on first use).</summary>
    public EnergyBasis Basis => _basis ??= new EnergyBasis(Hamiltonian.ToMatrix(Register));

    /// <summary>The common bath temperature, or null when there are no baths or their temperatures differ.</summary>
    public double? CommonTemperature
    {
        get
        {
            if (Couplings.Count == 0) return null;
            double t = Couplings[0].Bath.Temperature;
            return Couplings.All(c => c.Bath.Temperature == t) ? t : null;
        }
    }

    /// <summary>
    /// The same H and coupling operators with every bath replaced by <paramref name="bath"/>(old bath); the energy basis is
    /// shared, not recomputed (temperature sweeps diagonalise H once).
    /// </summary>
    public OpenQuantumSystem WithBaths(Func<Baths.BosonicBath, Baths.BosonicBath> bath)
    {
        ArgumentNullException.ThrowIfNull(bath);
        var couplings = Couplings.Select(c => new BathCoupling(c.Operator, bath(c.Bath))).ToArray();
        return new OpenQuantumSystem(Register, Hamiltonian, couplings, Jumps) { _basis = Basis };
    }

    /// <summary>An operator of this register in the energy basis.</summary>
    public Matrix<Complex> InEnergyBasis(PauliSum op) => Basis.ToEigen(op.ToMatrix(Register));
}
