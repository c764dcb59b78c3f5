using System.Text.Json.Nodes;

namespace OpenSystem.Sweeps;

/// <summary>
/// A sweep file read and expanded: its axes, how they combine and every point with its model. Built by
/// <see cref="SweepReader"/>; the models are checked by <see cref="Validate{TModel}"/> before anything runs.
/// </summary>
/// <param name="File">The sweep file as given (used in messages).</param>
/// <param name="FullPath">The sweep file's absolute path (written into the Slurm scripts).</param>
/// <param name="Axes">The axes in file order.</param>
/// <param name="Combination">Product or zip.</param>
/// <param name="Points">Every point, index = position.</param>
public sealed record SweepPlan(string File, string FullPath, IReadOnlyList<SweepAxis> Axes, SweepCombination Combination, IReadOnlyList<SweepPoint> Points)
{
    /// <summary>
    /// The analyses the sweep file asked for under <c>"outputs"</c> (e.g. <c>"approach"</c>), to be added to every point's
    /// result.json by the run delegate; empty when the key is absent.
    /// </summary>
    public IReadOnlyList<string> Outputs { get; init; } = [];

    /// <summary>The axis values of <paramref name="point"/> as text, e.g. <c>baths[*].temperature = 0.1, family.ancillas = 3</c>.</summary>
    public string Describe(SweepPoint point)
    {
        return string.Join(", ", Axes.Select((axis, a) => $"{axis.Path.Text} = {CanonicalJson.Cell(point.AxisValues[a])}"));
    }

    /// <summary>
    /// Validates the model of every point with <paramref name="validateModel"/>, in point order. The models are not kept
    /// (a sweep over large models would not fit in memory): the run builds each point's model again when it computes it.
    /// The validator gets the point's canonical model JSON and a label naming the sweep file and the point
    /// (<c>SWEEP.json point 7</c>), for use as the "file" in its own messages.
    /// </summary>
    /// <typeparam name="TModel">The caller's validated model type.</typeparam>
    /// <param name="validateModel">Throws on an invalid model. A <see cref="PointModelException"/> gives the key and problem
    /// of the error; any other exception's message is the problem and the key is "model".</param>
    /// <exception cref="SweepFileException">The first invalid point, naming the sweep file, the point index, its axis
    /// values and the key.</exception>
    public void Validate<TModel>(Func<string, string, TModel> validateModel)
    {
        ArgumentNullException.ThrowIfNull(validateModel);
        foreach (var point in Points)
        {
            try
            {
                validateModel(point.ModelJson, Label(point));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                string key = ex is PointModelException keyed ? keyed.Key : "model";
                string problem = ex is PointModelException named ? named.Problem : ex.Message;
                throw new SweepFileException(File, point.Index, Describe(point), key, problem);
            }
        }
    }

    /// <summary>The label of a point for the model reader's messages: <c>SWEEP.json point 7</c>.</summary>
    public string Label(SweepPoint point) => $"{File} point {point.Index}";

    /// <summary>Echo of a point for its result file: <c>{"index": p, "axes": {path: value, ...}, "model_sha256": id}</c>.</summary>
    public JsonObject Echo(SweepPoint point)
    {
        var axes = new JsonObject();
        for (int a = 0; a < Axes.Count; a++)
        {
            axes[Axes[a].Path.Text] = point.AxisValues[a]?.DeepClone();
        }
        return new JsonObject
        {
            ["index"] = point.Index,
            ["axes"] = axes,
            ["model_sha256"] = point.Identity,
        };
    }
}
