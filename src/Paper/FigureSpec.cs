namespace OpenSystem.Paper;

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
