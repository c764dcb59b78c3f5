namespace OpenSystem.Cli;

/// <summary>
/// One start in approach.json: the fitted late-time decay rate −d ln D_ss/dt (energy units; null when undefined), its ratio
/// to the gap, per qubit the time after which C_j stays on its plateau (null when never), the reasons of every null under
/// <see cref="Undefined"/>, the evolution route that ran and the integrator's statistics.
/// </summary>
internal sealed record ApproachRunJson(string Start, double? FittedRate, double? FittedRateOverGap, double?[] PlateauTimes,
    Dictionary<string, string> Undefined, string? Evolution, string Integrator);
