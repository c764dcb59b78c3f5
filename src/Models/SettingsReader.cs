using System.Text.Json;
using OpenSystem.Dynamics;
using OpenSystem.Json;

namespace OpenSystem.Models;

/// <summary>Reads <c>equation</c>, <c>initial_state</c> and <c>evolution</c> of a model file.</summary>
internal sealed class SettingsReader(ModelJson json)
{
    /// <summary>Largest <c>evolution.samples</c> accepted: 1 000 000 (each sample stores a d × d state).</summary>
    public const int MaxSamples = 1_000_000;

    /// <summary>Log spacing starts at this fraction of t_end (after t = 0).</summary>
    public const double LogSpacingStart = 1e-6;

    public MasterEquation Equation(JsonElement e)
    {
        json.RequireObject(e, "equation");
        json.CheckKeys(e, "equation", ModelFileFormat.EquationKeys);
        string kind = json.String(json.Require(e, "kind", "equation"), "equation.kind");
        bool lamb = e.TryGetProperty("lamb_shift", out var ls) ? json.Boolean(ls, "equation.lamb_shift") : true;
        double tol = Tolerances.BohrDegeneracy;
        if (e.TryGetProperty("degeneracy_tolerance", out var dt))
        {
            tol = json.Number(dt, "equation.degeneracy_tolerance");
            if (tol < 0 || tol > 1e-2)
                throw json.Error("equation.degeneracy_tolerance", $"must be in [0, 1e-2] (relative to the spectral width), got {tol:G6}");
            if (kind == "redfield")
                throw json.Error("equation.degeneracy_tolerance", "applies only to the secular equations (lindblad, local); redfield has no secular approximation");
        }
        return kind switch
        {
            "redfield" => new Redfield(lamb),
            "lindblad" => new GlobalLindblad(lamb, tol),
            "local" => new LocalLindblad(lamb, tol),
            _ => throw json.UnknownValue("equation.kind", "equation", kind, ModelFileFormat.EquationKinds),
        };
    }

    public (DensityMatrix State, string Kind) InitialState(JsonElement e, QubitRegister register)
    {
        const string path = "initial_state";
        json.RequireObject(e, path);
        string kind = json.String(json.Require(e, "kind", path), path + ".kind");
        json.CheckKeys(e, path, kind == "product" ? ModelFileFormat.InitialStateKeys : ["kind"]);
        switch (kind)
        {
            case "ground":
                return (DensityMatrix.Ground(register), kind);
            case "excited":
                return (DensityMatrix.Excited(register), kind);
            case "maximally_mixed":
                return (DensityMatrix.MaximallyMixed(register), kind);
            case "product":
                var vectors = BlochVectors(json.Require(e, "bloch", path), path + ".bloch");
                return (json.Construct(() => DensityMatrix.Product(register, vectors), _ => path + ".bloch"), kind);
            default:
                throw json.UnknownValue(path + ".kind", "initial state", kind, ModelFileFormat.InitialStateKinds);
        }
    }

    /// <summary>
    /// <c>initial_state</c> without a register (family models above the dense register): the kind, and for
    /// <c>product</c> the n Bloch vectors (each checked to lie in the Bloch ball).
    /// </summary>
    public (string Kind, IReadOnlyList<(double X, double Y, double Z)>? Bloch) InitialKind(JsonElement e, int qubits)
    {
        const string path = "initial_state";
        json.RequireObject(e, path);
        string kind = json.String(json.Require(e, "kind", path), path + ".kind");
        if (!ModelFileFormat.InitialStateKinds.Contains(kind))
            throw json.UnknownValue(path + ".kind", "initial state", kind, ModelFileFormat.InitialStateKinds);
        json.CheckKeys(e, path, kind == "product" ? ModelFileFormat.InitialStateKeys : ["kind"]);
        if (kind != "product")
            return (kind, null);
        var vectors = BlochVectors(json.Require(e, "bloch", path), path + ".bloch");
        if (vectors.Count != qubits)
            throw json.Error(path + ".bloch", $"must give one Bloch vector per qubit: {qubits} qubits, got {vectors.Count}");
        return (kind, vectors);
    }

    private List<(double, double, double)> BlochVectors(JsonElement b, string path)
    {
        json.RequireArray(b, path, "Bloch vectors [x, y, z]");
        var vectors = new List<(double, double, double)>();
        foreach (var v in b.EnumerateArray())
        {
            string p = $"{path}[{vectors.Count}]";
            if (v.ValueKind != JsonValueKind.Array || v.GetArrayLength() != 3)
                throw json.Error(p, "must be a vector [x, y, z] of three numbers");
            var c = v.EnumerateArray().Select((x, k) => json.Number(x, $"{p}[{k}]")).ToArray();
            var vector = (c[0], c[1], c[2]);
            json.Check(() => BlochBall.Require(vector, $"qubit {vectors.Count}", "bloch"), _ => p);
            vectors.Add(vector);
        }
        return vectors;
    }

    public TimeGrid Evolution(JsonElement e)
    {
        const string path = "evolution";
        json.RequireObject(e, path);
        json.CheckKeys(e, path, ModelFileFormat.EvolutionKeys);
        double tEnd = json.Scaled(json.Require(e, "t_end", path), path + ".t_end");
        int samples = json.Integer(json.Require(e, "samples", path), path + ".samples");
        if (samples > MaxSamples)
            throw json.Error(path + ".samples", $"must be at most {MaxSamples} (each sample stores a state), got {samples}");
        string spacing = e.TryGetProperty("spacing", out var s) ? json.String(s, path + ".spacing") : "linear";
        string Key(string? parameter) => parameter == "samples" ? path + ".samples" : path + ".t_end";
        return spacing switch
        {
            "linear" => json.Construct(() => TimeGrid.Linear(0, tEnd, samples), Key),
            "log" => json.Construct(() => TimeGrid.Logarithmic(tEnd * LogSpacingStart, tEnd, samples), Key),
            _ => throw json.Error(path + ".spacing", $"unknown spacing \"{spacing}\"{Spelling.Hint(spacing, ModelFileFormat.Spacings)}; use \"linear\" (the spec's default) or \"log\" (0, then log-spaced from 1e-6 t_end)"),
        };
    }
}
