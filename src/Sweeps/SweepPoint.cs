using System.Text.Json.Nodes;

namespace OpenSystem.Sweeps;

/// <summary>One point of a sweep: its index, its axis values and its model.</summary>
/// <param name="Index">The point's number, 0, 1, 2, ... in sweep order (product: last axis fastest; zip: value index).</param>
/// <param name="AxisValues">The value of each axis at this point, aligned with <see cref="SweepPlan.Axes"/>.</param>
/// <param name="ModelJson">The point's model as canonical JSON text: object keys sorted (ordinal), no white space,
/// numbers as written in the files or, for linspace/logspace, in round-trip form.</param>
/// <param name="Identity">The point's identity for resuming: lower-case hex SHA-256 of the UTF-8 of <see cref="ModelJson"/>,
/// followed by a newline and the run-options fingerprint when one is given. A finished result records it; a result with
/// another identity is stale and the point is computed again.</param>
public sealed record SweepPoint(int Index, IReadOnlyList<JsonNode?> AxisValues, string ModelJson, string Identity);
