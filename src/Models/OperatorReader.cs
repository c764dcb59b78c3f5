using System.Text.Json;
using OpenSystem.Baths;
using OpenSystem.Dynamics;
using OpenSystem.Json;

namespace OpenSystem.Models;

/// <summary>
/// Reads operators (lists of Pauli terms), baths (ordinary and <c>every_qubit</c>) and jumps of a model file.
/// <paramref name="everyQubit"/> is the number of qubits an <c>every_qubit</c> entry covers (default: the register's),
/// for family models too large for a dense register.
/// </summary>
internal sealed class OperatorReader(ModelJson json, QubitRegister register, int? everyQubit = null)
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
            json.Try(() => terms.Add(Term(t, p)));
        }
        return new PauliSum(terms);
    }

    private PauliTerm Term(JsonElement t, string p)
    {
        json.RequireObject(t, p);
        json.CheckKeys(t, p, ModelFileFormat.TermKeys);
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
        return term;
    }

    /// <summary>
    /// One entry of <c>baths</c>: <c>{"coupling": [...], "spectral_density": {...}, "temperature": T}</c>, or the shorthand
    /// <c>{"every_qubit": "X"|"Y"|"Z", ...}</c> = n independent baths, bath j coupled through the Pauli operator on qubit j.
    /// </summary>
    public IEnumerable<BathCoupling> Baths(JsonElement b, string path)
    {
        json.RequireObject(b, path);
        int before = json.ErrorCount;
        json.CheckKeys(b, path, ModelFileFormat.BathKeys);
        bool every = b.TryGetProperty("every_qubit", out var axisElement);
        if (every == b.TryGetProperty("coupling", out _))
            json.Record(path, "needs exactly one of \"coupling\" (an operator) and \"every_qubit\" (\"X\", \"Y\" or \"Z\": a bath on every qubit)");
        var sd = json.TryRead(() => SpectralDensity(json.Require(b, "spectral_density", path), path + ".spectral_density"));
        double? t = json.TryRead<double?>(() => json.Scaled(json.Require(b, "temperature", path), path + ".temperature"));
        var bath = sd is not null && t is double temperature ? json.TryRead(() => json.Construct(() => new BosonicBath(sd, temperature), p => $"{path}.{p}")) : null;
        var op = every ? null : json.TryRead(() => Operator(json.Require(b, "coupling", path), path + ".coupling"));
        string? axis = every ? json.TryRead(() => Axis(axisElement, path + ".every_qubit")) : null;
        if (bath is null || json.ErrorCount > before)
            return [];
        if (!every)
            return [json.Construct(() => new BathCoupling(op!, bath), _ => path + ".coupling")];
        return Enumerable.Range(0, everyQubit ?? register.Count).Select(q => new BathCoupling(PauliSum.Of($"{axis}{q}", 1), bath)).ToArray();
    }

    private string Axis(JsonElement e, string path)
    {
        string axis = json.String(e, path);
        if (!ModelFileFormat.EveryQubitAxes.Contains(axis))
            throw json.Error(path, $"must be \"X\", \"Y\" or \"Z\" (the single-qubit Pauli operator coupled on each qubit), got \"{axis}\"{Spelling.Hint(axis, ModelFileFormat.EveryQubitAxes)}");
        return axis;
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
        if (!ModelFileFormat.SpectralDensityKeys.TryGetValue(kind, out var parameters))
            throw json.UnknownValue(path + ".kind", "spectral density", kind, ModelFileFormat.SpectralDensityKeys.Keys.ToArray());
        json.CheckKeys(sd, path, ["kind", .. parameters]);
        switch (kind)
        {
            case "ohmic":
                double exponent = sd.TryGetProperty("exponent", out var s) ? json.Scaled(s, path + ".exponent") : 1.0;
                return Construct((alpha, cutoff) => new OhmicSpectralDensity(alpha, cutoff, exponent), "alpha", "cutoff");
            case "drude_lorentz":
                return Construct((lambda, width) => new DrudeLorentzSpectralDensity(lambda, width), "reorganization", "width");
            case "underdamped":
                double frequency = Number(sd, "frequency", path);
                return Construct((lambda, width) => new UnderdampedSpectralDensity(lambda, width, frequency), "reorganization", "width");
        }
        throw json.UnknownValue(path + ".kind", "spectral density", kind, ModelFileFormat.SpectralDensityKeys.Keys.ToArray());

        ISpectralDensity Construct(Func<double, double, ISpectralDensity> build, string first, string second)
        {
            double a = Number(sd, first, path);
            double b = Number(sd, second, path);
            return json.Construct(() => build(a, b), p => $"{path}.{p}");
        }
    }

    private double Number(JsonElement sd, string key, string path) => json.Scaled(json.Require(sd, key, path), $"{path}.{key}");

    /// <summary>One entry of <c>jumps</c>: <c>{"operator": [...], "rate": g}</c>; null when it had a problem (recorded).</summary>
    public JumpChannel? Jump(JsonElement j, string path)
    {
        json.RequireObject(j, path);
        json.CheckKeys(j, path, ModelFileFormat.JumpKeys);
        var op = json.TryRead(() => Operator(json.Require(j, "operator", path), path + ".operator"));
        double? rate = json.TryRead<double?>(() => json.Scaled(json.Require(j, "rate", path), path + ".rate"));
        if (op is null || rate is not double g)
            return null;
        return json.Construct(() => new JumpChannel(op, g), p => $"{path}.{p}");
    }
}
