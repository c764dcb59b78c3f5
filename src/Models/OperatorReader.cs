using System.Text.Json;
using OpenSystem.Baths;
using OpenSystem.Dynamics;

namespace OpenSystem.Models;

/// <summary>Reads operators (lists of Pauli terms), baths (ordinary and <c>every_qubit</c>) and jumps of a model file.</summary>
internal sealed class OperatorReader(ModelJson json, QubitRegister register)
{
    /// <summary>Σ coef · (Pauli string) with every string inside the register (the register's own check, per term).</summary>
    public PauliSum Operator(JsonElement e, string path)
    {
        json.RequireArray(e, path, "terms {\"pauli\": STRING, \"coef\": C}");
        var terms = new List<PauliTerm>();
        int i = 0;
        foreach (var t in e.EnumerateArray())
        {
            string p = $"{path}[{i++}]";
            json.RequireObject(t, p);
            json.CheckKeys(t, p, "pauli", "coef");
            string text = json.String(json.Require(t, "pauli", p), p + ".pauli");
            PauliString s;
            try
            {
                s = PauliString.Parse(text);
            }
            catch (FormatException ex)
            {
                throw json.Error(p + ".pauli", ex.Message);
            }
            var term = new PauliTerm(s, json.Coefficient(json.Require(t, "coef", p), p + ".coef"));
            json.Check(() => register.RequireQubits(new PauliSum([term]), $"\"{text}\"", "pauli"), _ => p + ".pauli");
            terms.Add(term);
        }
        return new PauliSum(terms);
    }

    /// <summary>
    /// One entry of <c>baths</c>: <c>{"coupling": [...], "spectral_density": {...}, "temperature": T}</c>, or the shorthand
    /// <c>{"every_qubit": "X"|"Y"|"Z", ...}</c> = n independent baths, bath j coupled through the Pauli operator on qubit j.
    /// </summary>
    public IEnumerable<BathCoupling> Baths(JsonElement b, string path)
    {
        json.RequireObject(b, path);
        json.CheckKeys(b, path, "coupling", "every_qubit", "spectral_density", "temperature");
        bool every = b.TryGetProperty("every_qubit", out var axisElement);
        if (every == b.TryGetProperty("coupling", out _))
            throw json.Error(path, "needs exactly one of \"coupling\" (an operator) and \"every_qubit\" (\"X\", \"Y\" or \"Z\": a bath on every qubit)");
        var sd = SpectralDensity(json.Require(b, "spectral_density", path), path + ".spectral_density");
        double t = json.Scaled(json.Require(b, "temperature", path), path + ".temperature");
        var bath = json.Construct(() => new BosonicBath(sd, t), p => $"{path}.{p}");
        if (!every)
        {
            var op = Operator(json.Require(b, "coupling", path), path + ".coupling");
            return [json.Construct(() => new BathCoupling(op, bath), _ => path + ".coupling")];
        }
        string axis = json.String(axisElement, path + ".every_qubit");
        if (axis is not ("X" or "Y" or "Z"))
            throw json.Error(path + ".every_qubit", $"must be \"X\", \"Y\" or \"Z\" (the single-qubit Pauli operator coupled on each qubit), got \"{axis}\"");
        return Enumerable.Range(0, register.Count).Select(q => new BathCoupling(PauliSum.Of($"{axis}{q}", 1), bath)).ToArray();
    }

    /// <summary>Number of baths an entry stands for (n for <c>every_qubit</c>), for the memory estimate.</summary>
    public static int BathCount(JsonElement b, int qubits) =>
        b.ValueKind == JsonValueKind.Object && b.TryGetProperty("every_qubit", out _) ? qubits : 1;

    /// <summary>
    /// <c>spectral_density</c>: one branch per kind, each reading its keys and calling the kind's constructor (whose
    /// parameter names map to the keys).
    /// </summary>
    private ISpectralDensity SpectralDensity(JsonElement sd, string path)
    {
        json.RequireObject(sd, path);
        string kind = json.String(json.Require(sd, "kind", path), path + ".kind");
        switch (kind)
        {
            case "ohmic":
                json.CheckKeys(sd, path, "kind", "alpha", "cutoff", "exponent");
                double alpha = Number(sd, "alpha", path);
                double cutoff = Number(sd, "cutoff", path);
                double exponent = sd.TryGetProperty("exponent", out var s) ? json.Scaled(s, path + ".exponent") : 1.0;
                return json.Construct(() => new OhmicSpectralDensity(alpha, cutoff, exponent), p => $"{path}.{p}");
            case "drude_lorentz":
                json.CheckKeys(sd, path, "kind", "reorganization", "width");
                double lambda = Number(sd, "reorganization", path);
                double width = Number(sd, "width", path);
                return json.Construct(() => new DrudeLorentzSpectralDensity(lambda, width), p => $"{path}.{p}");
            case "underdamped":
                json.CheckKeys(sd, path, "kind", "reorganization", "width", "frequency");
                double reorganization = Number(sd, "reorganization", path);
                double damping = Number(sd, "width", path);
                double frequency = Number(sd, "frequency", path);
                return json.Construct(() => new UnderdampedSpectralDensity(reorganization, damping, frequency), p => $"{path}.{p}");
            default:
                throw json.Error(path + ".kind", $"unknown spectral density \"{kind}\"; supported: \"ohmic\", \"drude_lorentz\", \"underdamped\"");
        }
    }

    private double Number(JsonElement sd, string key, string path) => json.Scaled(json.Require(sd, key, path), $"{path}.{key}");

    /// <summary>One entry of <c>jumps</c>: <c>{"operator": [...], "rate": g}</c>.</summary>
    public JumpChannel Jump(JsonElement j, string path)
    {
        json.RequireObject(j, path);
        json.CheckKeys(j, path, "operator", "rate");
        var op = Operator(json.Require(j, "operator", path), path + ".operator");
        double rate = json.Scaled(json.Require(j, "rate", path), path + ".rate");
        return json.Construct(() => new JumpChannel(op, rate), p => $"{path}.{p}");
    }
}
