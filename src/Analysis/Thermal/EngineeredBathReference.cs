using OpenSystem.Dynamics;

namespace OpenSystem.Analysis;

/// <summary>
/// The engineered-bath reference of qubit j of a network: the paper's composite coupling X = σˣ + σᶻ (Fig. 1a, formula
/// (P1)) applied to that qubit alone, with its own baths and at its own frequency. The qubit, taken out of the network,
/// is H_j = (ω_j/2)σᶻ with its <see cref="LocalFrequency"/> ω_j = 2|h_j|, h_j = (h_x, h_y, h_z) the coefficients of the
/// single-qubit terms X_j, Y_j, Z_j of H (frequency units). Every bath b whose coupling A_b has single-qubit terms on j,
/// with coefficients a_bj = (a_x, a_y, a_z) (dimensionless), becomes the composite coupling
/// A_ref,b = (|a_bj|/√2)(σˣ + σᶻ) to the same spectral density J_b at the same temperature. The reference coherence is
/// C_j = |⟨σˣ⟩| of the second-order mean-force Gibbs state of that qubit (<see cref="MeanForceGibbsState"/>, no
/// counterterm), which for an Ohmic J is formula (P1) with ab = Σ_b |a_bj|²/2.
/// </summary>
/// <remarks>
/// Why these choices: |h_j| and |a_bj| do not depend on the axes the user wrote the field and the coupling along, and
/// interaction terms (two or more qubits) are left out because they are the intra-system mechanism the reference is
/// compared with. Splitting the coupling's norm equally between σˣ and σᶻ keeps the operator norm of the qubit's own
/// coupling (‖A_ref‖ = |a_bj|) and maximises ab at fixed a² + b², so the reference is the largest coherence a composite
/// coupling of the qubit's own strength induces; a coupling that is already X_j + Z_j is its own reference. Terms of A_b
/// on two or more qubits and identity terms do not enter.
/// </remarks>
public static class EngineeredBathReference
{
    /// <summary>
    /// ω_j = 2√(h_x² + h_y² + h_z²), h the real coefficients of the single-qubit terms X_j, Y_j, Z_j of H (frequency
    /// units): the Bohr frequency qubit j has when decoupled from the rest of the network; 2h_z for H = Σ (ω_j/2) Z_j.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">No such qubit.</exception>
    public static double LocalFrequency(OpenQuantumSystem system, int qubit)
    {
        ArgumentNullException.ThrowIfNull(system);
        RequireQubit(system, qubit);
        return 2 * Norm(SingleQubitPart(system.Hamiltonian, qubit));
    }

    /// <summary>
    /// |a_bj| = √(a_x² + a_y² + a_z²) of every bath b with a single-qubit term on qubit j (indices into
    /// <see cref="OpenQuantumSystem.Couplings"/>, dimensionless strengths); empty when no bath acts on the qubit alone.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">No such qubit.</exception>
    public static IReadOnlyList<(int Bath, double Strength)> Couplings(OpenQuantumSystem system, int qubit)
    {
        ArgumentNullException.ThrowIfNull(system);
        RequireQubit(system, qubit);
        var result = new List<(int, double)>();
        for (int b = 0; b < system.Couplings.Count; b++)
        {
            double strength = Norm(SingleQubitPart(system.Couplings[b].Operator, qubit));
            if (strength > 0)
            {
                result.Add((b, strength));
            }
        }
        return result;
    }

    /// <summary>
    /// The reference qubit of <paramref name="qubit"/>: one qubit, H = (ω_j/2)σᶻ, one composite coupling
    /// (|a_bj|/√2)(σˣ + σᶻ) per bath of <see cref="Couplings"/>, each to that bath object as it is (same J and T); null
    /// when no bath acts on the qubit alone.
    /// </summary>
    public static OpenQuantumSystem? System(OpenQuantumSystem system, int qubit)
    {
        var couplings = Couplings(system, qubit);
        if (couplings.Count == 0)
        {
            return null;
        }
        var composite = PauliSum.Of("X0", 1.0) + PauliSum.Of("Z0", 1.0);
        var baths = couplings.Select(c => new BathCoupling((c.Strength / Math.Sqrt(2)) * composite, system.Couplings[c.Bath].Bath)).ToArray();
        return new OpenQuantumSystem(new QubitRegister(1), PauliSum.Of("Z0", LocalFrequency(system, qubit) / 2), baths);
    }

    /// <summary>
    /// C_j = |⟨σˣ + iσʸ⟩| of the mean-force Gibbs state of the reference qubit (dimensionless); undefined, with the reason,
    /// when no bath acts on the qubit alone, or when the mean-force state is refused (baths at different temperatures,
    /// T = 0).
    /// </summary>
    public static Measured Coherence(OpenQuantumSystem system, int qubit)
    {
        var reference = System(system, qubit);
        if (reference is null)
        {
            return Measured.Undefined($"no bath couples to qubit {qubit} through a single-qubit term (X{qubit}, Y{qubit} or Z{qubit}), so there is no bath of its own to engineer");
        }
        try
        {
            return Measured.Of(MeanForceGibbsState.Of(reference).State.Bloch(0).LocalCoherence);
        }
        catch (ArgumentException ex)
        {
            return Measured.Undefined(CoherenceBenchmark.Reason(ex));
        }
    }

    // (x, y, z) coefficients of the terms of op that act on qubit j alone (real parts: op is Hermitian).
    private static (double X, double Y, double Z) SingleQubitPart(PauliSum op, int qubit)
    {
        double x = 0, y = 0, z = 0;
        foreach (var term in op.Terms)
        {
            if (term.String.Factors.Count != 1 || term.String.Factors[0].Qubit != qubit)
            {
                continue;
            }
            double c = term.Coefficient.Real;
            switch (term.String.Factors[0].Axis)
            {
                case 'X':
                    x += c;
                    break;
                case 'Y':
                    y += c;
                    break;
                default:
                    z += c;
                    break;
            }
        }
        return (x, y, z);
    }

    private static double Norm((double X, double Y, double Z) v) => Math.Sqrt(v.X * v.X + v.Y * v.Y + v.Z * v.Z);

    private static void RequireQubit(OpenQuantumSystem system, int qubit)
    {
        if (qubit < 0 || qubit >= system.Register.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(qubit), qubit, $"The system has qubits 0..{system.Register.Count - 1}.");
        }
    }
}
