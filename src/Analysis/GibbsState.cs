using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OpenSystem.Dynamics;

namespace OpenSystem.Analysis;

/// <summary>
/// The Gibbs state τ = e^{−H/T}/Z of Eq. (2), computed in the energy basis with weights e^{−(E_n − E_0)/T} (no overflow at
/// low T). At T = 0 it is the normalised projector onto the ground space (levels within <see cref="EnergyBasis.DegeneracyTolerance"/> of E_0).
/// </summary>
public static class GibbsState
{
    /// <summary>Populations p_n of τ on the energy levels (ascending energies).</summary>
    /// <exception cref="ArgumentOutOfRangeException">T negative or not finite.</exception>
    public static double[] Populations(EnergyBasis basis, double temperature)
    {
        ArgumentNullException.ThrowIfNull(basis);
        if (!(temperature >= 0) || double.IsInfinity(temperature))
            throw new ArgumentOutOfRangeException(nameof(temperature), temperature, "Temperature must be finite and >= 0.");
        var e = basis.Energies;
        double e0 = e[0];
        double[] p = new double[e.Count];
        if (temperature == 0)
        {
            double tol = basis.DegeneracyTolerance;
            for (int n = 0; n < p.Length; n++)
            {
                p[n] = e[n] - e0 <= tol ? 1 : 0;
            }
        }
        else
            for (int n = 0; n < p.Length; n++)
            {
                p[n] = Math.Exp(-(e[n] - e0) / temperature);
            }
        double z = p.Sum();
        for (int n = 0; n < p.Length; n++)
        {
            p[n] /= z;
        }
        return p;
    }

    /// <summary>τ in the computational basis.</summary>
    public static DensityMatrix Of(OpenQuantumSystem system, double temperature)
    {
        ArgumentNullException.ThrowIfNull(system);
        var p = Populations(system.Basis, temperature);
        var diag = Matrix<Complex>.Build.DenseOfDiagonalArray(p.Select(x => new Complex(x, 0)).ToArray());
        return DensityMatrix.FromMatrix(system.Register, system.Basis.FromEigen(diag), validate: false);
    }
}
