namespace OpenSystem.Paper;

/// <summary>The largest disagreement between two routes.</summary>
/// <param name="What">Which routes.</param>
/// <param name="MaxAbsolute">Largest absolute difference.</param>
/// <param name="MaxRelative">Largest relative difference.</param>
/// <param name="Points">How many temperatures were compared.</param>
public sealed record Agreement(string What, double MaxAbsolute, double MaxRelative, int Points);
