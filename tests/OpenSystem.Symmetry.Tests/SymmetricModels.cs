using OpenSystem.Baths;
using OpenSystem.Dynamics;
using OpenSystem.Models;

namespace OpenSystem.Symmetry.Tests;

/// <summary>Family models with baths for the dynamics tests: an X bath on every ancilla, another bath on each distinguished qubit.</summary>
internal static class SymmetricModels
{
    public static readonly BosonicBath AncillaBath = new(new OhmicSpectralDensity(0.01, 5.0), 0.3);

    public static readonly BosonicBath TargetBath = new(new OhmicSpectralDensity(0.02, 3.0), 0.5);

    /// <summary>H of the family, the baths and the qubit count.</summary>
    /// <param name="family">c4 or c7.</param>
    /// <param name="ancillas">N.</param>
    /// <param name="ancillaCoupling">The ancilla's coupling operator as a Pauli sum builder on qubit q (default X_q).</param>
    /// <param name="common">One common bath (temperature and spectral density) on every qubit, so the Gibbs state is the Davies steady state; null: <see cref="TargetBath"/> on the distinguished qubits, <see cref="AncillaBath"/> on the ancillas.</param>
    public static (PauliSum H, int Qubits, BathCoupling[] Couplings) Family(string family, int ancillas,
        Func<int, PauliSum>? ancillaCoupling = null, BosonicBath? common = null)
    {
        var f = ModelFamilies.All[family];
        var h = f.Build(ancillas, SectorGibbsTests.Parameters[family]);
        int qubits = f.Qubits(ancillas);
        ancillaCoupling ??= q => new PauliSum([new PauliTerm(PauliString.Single('X', q), 1)]);
        var couplings = new List<BathCoupling>();
        for (int q = 0; q < f.ExtraQubits; q++)
            couplings.Add(new BathCoupling(new PauliSum([new PauliTerm(PauliString.Single('X', q), 1)]), common ?? TargetBath));
        for (int q = f.ExtraQubits; q < qubits; q++)
            couplings.Add(new BathCoupling(ancillaCoupling(q), common ?? AncillaBath));
        return (h, qubits, couplings.ToArray());
    }

    /// <summary>The dense system of a family model (N small).</summary>
    public static OpenQuantumSystem Dense(string family, int ancillas, Func<int, PauliSum>? ancillaCoupling = null)
    {
        var (h, qubits, couplings) = Family(family, ancillas, ancillaCoupling);
        return new OpenQuantumSystem(new QubitRegister(qubits), h, couplings);
    }

    /// <summary>The equation kinds under test, by name.</summary>
    public static MasterEquation Equation(string kind) => kind switch
    {
        "redfield" => new Redfield(),
        "redfield-no-ls" => new Redfield(false),
        "davies" => new GlobalLindblad(),
        "davies-no-ls" => new GlobalLindblad(false),
        "local" => new LocalLindblad(),
        "local-no-ls" => new LocalLindblad(false),
        _ => throw new ArgumentException(kind),
    };
}
