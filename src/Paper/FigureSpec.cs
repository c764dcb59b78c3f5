using OpenSystem.Analysis;
using OpenSystem.Dynamics;

namespace OpenSystem.Paper;

/// <summary>How a curve was obtained.</summary>
public enum CurveRole
{
    /// <summary>Exact Gibbs state (or an exact formula such as (P1) for the composite qubit).</summary>
    Exact,
    /// <summary>Steady state of a master equation.</summary>
    MasterEquation,
    /// <summary>A closed form of the paper (corrected where docs/physics.md §2.2 found errors), valid only on [MinT, MaxT].</summary>
    ClosedForm,
}

/// <summary>One column of a figure's CSV and one line of its plot.</summary>
/// <param name="Column">CSV column name.</param>
/// <param name="Label">Legend text.</param>
/// <param name="Evaluate">Values on the temperature grid.</param>
/// <param name="Role">How the values are obtained.</param>
/// <param name="MinT">Lowest temperature where the curve holds (closed forms).</param>
/// <param name="MaxT">Highest temperature where the curve holds (closed forms).</param>
/// <param name="Approximates">For closed forms and master-equation routes: the column they must agree with.</param>
public sealed record Curve(string Column, string Label, Func<IReadOnlyList<double>, double[]> Evaluate, CurveRole Role = CurveRole.Exact,
    double MinT = 0, double MaxT = double.PositiveInfinity, string? Approximates = null);

/// <summary>
/// A master-equation cross-check of an exact Gibbs curve: the steady states of the Davies equation and of Redfield
/// without the Lamb shift (σˣ Ohmic bath on every qubit, α = 1e-3, Ω = 5) at a few temperatures.
/// </summary>
/// <param name="Column">The exact column checked.</param>
/// <param name="Hamiltonian">H.</param>
/// <param name="Qubits">Number of qubits.</param>
/// <param name="Target">Qubit whose coherence is plotted.</param>
/// <param name="Squared">The column is C² (QFI) rather than C.</param>
public sealed record MasterEquationCheck(string Column, PauliSum Hamiltonian, int Qubits, int Target, bool Squared = false);

/// <summary>A figure: temperature grid, curves, cross-checks and the parameters it used.</summary>
/// <param name="Id">1a, 1b, 2a, ...</param>
/// <param name="Title">Plot title.</param>
/// <param name="YTitle">Vertical axis title.</param>
/// <param name="Temperatures">The T grid (first CSV column).</param>
/// <param name="Curves">Columns in order.</param>
/// <param name="Checks">Master-equation routes.</param>
/// <param name="CheckTemperatures">Temperatures of the master-equation routes.</param>
/// <param name="Notes">Parameters and choices, written into the CSV header and onto the figure.</param>
public sealed record FigureSpec(string Id, string Title, string YTitle, double[] Temperatures, IReadOnlyList<Curve> Curves,
    IReadOnlyList<MasterEquationCheck> Checks, double[] CheckTemperatures, IReadOnlyList<string> Notes);

/// <summary>The largest disagreement between two routes.</summary>
/// <param name="What">Which routes.</param>
/// <param name="MaxAbsolute">Largest absolute difference.</param>
/// <param name="MaxRelative">Largest relative difference.</param>
/// <param name="Points">How many temperatures were compared.</param>
public sealed record Agreement(string What, double MaxAbsolute, double MaxRelative, int Points);

/// <summary>A computed figure.</summary>
/// <param name="Spec">What was computed.</param>
/// <param name="Values">Values per column (NaN outside a closed form's range).</param>
/// <param name="Agreements">Route-by-route comparison.</param>
public sealed record FigureResult(FigureSpec Spec, IReadOnlyDictionary<string, double[]> Values, IReadOnlyList<Agreement> Agreements);
