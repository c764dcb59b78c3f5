using System.Text.Json.Nodes;

namespace OpenSystem.Sweeps;

/// <summary>One axis of a sweep: where its value goes in the model and the values it takes, in order.</summary>
/// <param name="Path">The path into the model, parsed from the sweep file's <c>axes[].path</c>; its
/// <see cref="AxisPath.Text"/> is the axis's column name in the table.</param>
/// <param name="Values">The values, in sweep order: JSON values as written (<c>values</c>) or numbers
/// (<c>linspace</c>, <c>logspace</c>). Treat them as read-only; <see cref="AxisPath.Apply"/> copies them.</param>
public sealed record SweepAxis(AxisPath Path, IReadOnlyList<JsonNode?> Values);
