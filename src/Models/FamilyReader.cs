using System.Text.Json;
using OpenSystem.Dynamics;

namespace OpenSystem.Models;

/// <summary>
/// Reads <c>"family": {"name": NAME, "ancillas": N, ...parameters}</c> (see <see cref="ModelFamilies"/>): the qubit
/// count is known at once (for the memory check); the Hamiltonian is built on demand.
/// </summary>
internal sealed class FamilyReader
{
    private const string Path = "family";
    private readonly ModelJson _json;
    private readonly ModelFamily _family;
    private readonly int _ancillas;
    private readonly double[] _parameters;

    public FamilyReader(ModelJson json, JsonElement e)
    {
        _json = json;
        json.RequireObject(e, Path);
        string name = json.String(json.Require(e, "name", Path), Path + ".name");
        if (!ModelFamilies.All.TryGetValue(name, out var family))
            throw json.UnknownValue(Path + ".name", "family", name, ModelFamilies.All.Keys.ToArray());
        _family = family;
        json.CheckKeys(e, Path, [.. ModelFileFormat.FamilyKeys, .. family.Parameters]);
        _ancillas = Ancillas(e);
        _parameters = family.Parameters.Select(p => json.Scaled(json.Require(e, p, Path), $"{Path}.{p}")).ToArray();
    }

    /// <summary>The family's name.</summary>
    public string Name => _family.Name;

    /// <summary>Its parameters in the order of <see cref="ModelFamily.Parameters"/>.</summary>
    public IReadOnlyList<double> Parameters => _parameters;

    /// <summary>N.</summary>
    public int AncillaCount => _ancillas;

    /// <summary>Number of qubits of the model.</summary>
    public int Qubits => _family.Qubits(_ancillas);

    /// <summary>The family's Hamiltonian, with the dynamic-range rule of <see cref="InputScales"/> naming the parameter.</summary>
    public PauliSum Hamiltonian()
    {
        var h = _family.Build(_ancillas, _parameters);
        if (InputScales.DynamicRangeProblem(h) is var (term, reason))
        {
            // Every family term is (parameter / 2) · P: name the parameter that sets the offending term.
            double c = h.Terms[term].Coefficient.Magnitude;
            int k = Array.FindIndex(_parameters, p => Math.Abs(p) / 2 == c);
            throw _json.Error(k < 0 ? Path : $"{Path}.{_family.Parameters[k]}", reason);
        }
        return h;
    }

    private int Ancillas(JsonElement e)
    {
        const string key = Path + ".ancillas";
        if (_family.FixedAncillas is int fixedCount)
        {
            if (e.TryGetProperty("ancillas", out var given) && _json.Integer(given, key) != fixedCount)
                throw _json.Error(key, $"family \"{_family.Name}\" has exactly {fixedCount} ancilla, got {given.GetRawText()}");
            return fixedCount;
        }
        int n = _json.Integer(_json.Require(e, "ancillas", Path), key);
        if (n < 1 || n > ModelFamilies.MaxAncillas)
            throw _json.Error(key, $"must be between 1 and {ModelFamilies.MaxAncillas}, got {n}");
        return n;
    }
}
