namespace OpenSystem.Cli;

/// <summary>
/// approach.json, written through the source-generated <see cref="CliJsonContext"/> (snake_case keys, so the Native AOT tool
/// needs no reflection): the model file, the equation kind, the Liouvillian gap (energy units, ħ = 1) and how it was
/// obtained, the relaxation time 1/gap, the steady state, the Gibbs coherences (null when the Gibbs state is not computed)
/// and one entry per start (ground, maximally mixed).
/// </summary>
internal sealed record ApproachJson(string Model, string Equation, double Gap, string GapMethod, double RelaxationTime,
    ApproachSteadyJson SteadyState, double[]? GibbsCoherence, ApproachRunJson[] Runs);
