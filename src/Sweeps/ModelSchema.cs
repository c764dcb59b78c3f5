namespace OpenSystem.Sweeps;

/// <summary>
/// The keys the model-file format defines, as a tree, so that an axis may set an optional key the model leaves out
/// (<c>evolution.t_end</c>, <c>equation.lamb_shift</c>, <c>spectral_density.exponent</c>, ...). Keys under
/// <c>family</c> are open: each family has its own parameters, and the model reader names an unknown one. The free keys
/// <c>$schema</c> and <c>description</c> are left out (nothing to sweep); a test compares this tree with
/// docs/schema/model-file.schema.json.
/// </summary>
internal sealed class ModelSchema
{
    private readonly Dictionary<string, ModelSchema> children = new(StringComparer.Ordinal);

    private ModelSchema(bool anyKey = false)
    {
        AnyKey = anyKey;
    }

    /// <summary>Every key is allowed below this node (family parameters).</summary>
    public bool AnyKey { get; }

    /// <summary>The schema of each element when this node is an array.</summary>
    public ModelSchema? Element { get; private set; }

    /// <summary>The root of the model-file format.</summary>
    public static ModelSchema Model { get; } = BuildModel();

    /// <summary>The schema of <paramref name="key"/> below this node, or null when the format defines no such key.</summary>
    public ModelSchema? Child(string key)
    {
        if (children.TryGetValue(key, out var child))
        {
            return child;
        }
        return AnyKey ? new ModelSchema(anyKey: true) : null;
    }

    /// <summary>The keys defined below this node (for error messages).</summary>
    public IEnumerable<string> Keys => children.Keys;

    private static ModelSchema BuildModel()
    {
        var root = new ModelSchema();
        root.Leaf("qubits");
        root.Array("hamiltonian").Leaves("pauli", "coef");
        var bath = root.Array("baths");
        bath.Leaves("every_qubit", "temperature");
        bath.Array("coupling").Leaves("pauli", "coef");
        bath.Object("spectral_density").Leaves("kind", "alpha", "cutoff", "exponent", "reorganization", "width", "frequency");
        root.Object("equation").Leaves("kind", "lamb_shift", "degeneracy_tolerance");
        root.Object("initial_state").Leaves("kind", "bloch");
        var jump = root.Array("jumps");
        jump.Leaf("rate");
        jump.Array("operator").Leaves("pauli", "coef");
        root.Object("evolution").Leaves("t_end", "samples", "spacing");
        root.children["family"] = new ModelSchema(anyKey: true);
        return root;
    }

    private ModelSchema Object(string key)
    {
        var node = new ModelSchema();
        children[key] = node;
        return node;
    }

    private ModelSchema Array(string key)
    {
        var node = new ModelSchema { Element = new ModelSchema() };
        children[key] = node;
        return node.Element;
    }

    private void Leaf(string key)
    {
        children[key] = new ModelSchema();
    }

    private void Leaves(params string[] keys)
    {
        foreach (string key in keys)
        {
            Leaf(key);
        }
    }
}
