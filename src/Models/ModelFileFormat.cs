namespace OpenSystem.Models;

/// <summary>
/// The keys and enumerated values the model reader accepts, in one place: the reader checks keys against these lists,
/// its messages list them, and the tests compare them with the JSON Schema (docs/schema/model-file.schema.json), so a
/// key or value added on one side and not the other fails a test. Family names and parameters are
/// <see cref="ModelFamilies.All"/>.
/// </summary>
public static class ModelFileFormat
{
    /// <summary>Key a file may use to name its JSON Schema for editors; the reader checks it is a string and ignores it.</summary>
    public const string SchemaKey = "$schema";

    /// <summary>Free-text key for the user's notes (top level, bath and jump entries); a string, ignored by the reader.</summary>
    public const string DescriptionKey = "description";

    /// <summary>Keys of the top-level object.</summary>
    public static IReadOnlyList<string> TopLevelKeys { get; } =
        [SchemaKey, DescriptionKey, "qubits", "hamiltonian", "family", "baths", "equation", "initial_state", "jumps", "evolution"];

    /// <summary>Keys of one term of an operator: <c>{"pauli": STRING, "coef": C}</c>.</summary>
    public static IReadOnlyList<string> TermKeys { get; } = ["pauli", "coef"];

    /// <summary>Keys of an entry of <c>baths</c> (exactly one of <c>coupling</c> and <c>every_qubit</c>).</summary>
    public static IReadOnlyList<string> BathKeys { get; } = [DescriptionKey, "coupling", "every_qubit", "spectral_density", "temperature"];

    /// <summary>Values of <c>every_qubit</c>: the single-qubit Pauli operator coupled on each qubit.</summary>
    public static IReadOnlyList<string> EveryQubitAxes { get; } = ["X", "Y", "Z"];

    /// <summary>
    /// The spectral-density kinds and, for each, its parameter keys (besides <c>kind</c>); every one is required except
    /// the optional ones of <see cref="OptionalSpectralDensityKeys"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> SpectralDensityKeys { get; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["ohmic"] = ["alpha", "cutoff", "exponent"],
            ["drude_lorentz"] = ["reorganization", "width"],
            ["underdamped"] = ["reorganization", "width", "frequency"],
        };

    /// <summary>Spectral-density parameters that may be left out: <c>exponent</c> (default 1, Ohmic).</summary>
    public static IReadOnlyList<string> OptionalSpectralDensityKeys { get; } = ["exponent"];

    /// <summary>Keys of an entry of <c>jumps</c>.</summary>
    public static IReadOnlyList<string> JumpKeys { get; } = [DescriptionKey, "operator", "rate"];

    /// <summary>Keys of <c>equation</c>.</summary>
    public static IReadOnlyList<string> EquationKeys { get; } = ["kind", "lamb_shift", "degeneracy_tolerance"];

    /// <summary>Values of <c>equation.kind</c>.</summary>
    public static IReadOnlyList<string> EquationKinds { get; } = ["redfield", "lindblad", "local"];

    /// <summary>Keys of <c>initial_state</c> (<c>bloch</c> only with kind <c>product</c>).</summary>
    public static IReadOnlyList<string> InitialStateKeys { get; } = ["kind", "bloch"];

    /// <summary>Values of <c>initial_state.kind</c>.</summary>
    public static IReadOnlyList<string> InitialStateKinds { get; } = ["ground", "excited", "maximally_mixed", "product"];

    /// <summary>Keys of <c>evolution</c>.</summary>
    public static IReadOnlyList<string> EvolutionKeys { get; } = ["t_end", "samples", "spacing"];

    /// <summary>Values of <c>evolution.spacing</c>.</summary>
    public static IReadOnlyList<string> Spacings { get; } = ["linear", "log"];

    /// <summary>Keys of <c>family</c> besides the family's parameters (<see cref="ModelFamily.Parameters"/>).</summary>
    public static IReadOnlyList<string> FamilyKeys { get; } = ["name", "ancillas"];
}
