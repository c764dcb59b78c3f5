using System.Text;
using System.Text.Json;
using OpenSystem.Dynamics;
using OpenSystem.Json;

namespace OpenSystem.Models;

/// <summary>
/// Reads a model file into a <see cref="Model"/>. Every problem becomes a <see cref="ModelFileException"/> naming the file,
/// the JSON key and the reason. The reader checks JSON structure (types, required, unknown and duplicate keys), the
/// size of the file (at most <see cref="MaxFileBytes"/>), the scale rule of <see cref="InputScales"/> and the memory a
/// dense run needs; every physical check (ranges, Hermiticity, qubit indices, Bloch lengths, times) is the constructor's
/// of the type built, whose parameter name the reader maps to the key.
/// <para>Top-level keys: <c>qubits</c> + <c>hamiltonian</c>, or <c>family</c> (see <see cref="ModelFamilies"/>);
/// <c>baths</c> (required; entries with <c>coupling</c> or the shorthand <c>every_qubit</c>); optional <c>jumps</c>,
/// <c>equation</c> (default Redfield with the Lamb shift), <c>initial_state</c> (default ground) and <c>evolution</c>.</para>
/// </summary>
public static class ModelFile
{
    /// <summary>Largest model file read: 16 MiB (a model path such as /dev/zero is refused after reading that much).</summary>
    public const int MaxFileBytes = 16 << 20;

    /// <summary>Bytes of memory a run of n qubits needs, roughly: ρ, the Runge–Kutta stages and the generator's matrices.</summary>
    public static double EstimatedBytes(int qubits, int baths) => Math.Pow(4, qubits) * 16.0 * (20 + 3 * qubits + 3 * baths);

    /// <summary>Reads, parses and validates the model file at <paramref name="path"/>.</summary>
    /// <exception cref="ModelFileException">Any bad input, including an empty path and a file above <see cref="MaxFileBytes"/>.</exception>
    public static Model Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
            throw new ModelFileException("\"\"", "(file)", "the model path is empty");
        return Parse(ReadLimited(path), path);
    }

    /// <summary>
    /// Parses and validates model text; <paramref name="name"/> names the file in messages. Comments (<c>//</c>,
    /// <c>/* */</c>) and trailing commas are accepted; <c>"$schema"</c> and <c>"description"</c> are free strings.
    /// </summary>
    /// <exception cref="ModelFileException">Any bad input: every problem found, each with its line and column.</exception>
    public static Model Parse(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        var (json, doc) = Open(text, name);
        using (doc)
        {
            return json.Finish(() => Read(doc.RootElement, json));
        }
    }

    /// <summary>
    /// Reads a family model without building its dense register (any number of ancillas up to
    /// <see cref="ModelFamilies.MaxAncillas"/>): the family, its parameters and the baths' common temperature. Above
    /// <see cref="QubitRegister.MaxQubits"/> qubits the baths must be <c>every_qubit</c> entries and there must be no jumps
    /// (identical baths keep the ancillas exchangeable); their spectral densities are validated as in <see cref="Load"/>.
    /// Returns null for a model that is not a family model.
    /// </summary>
    /// <exception cref="ModelFileException">Any bad input.</exception>
    public static FamilyModel? LoadFamily(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
            throw new ModelFileException("\"\"", "(file)", "the model path is empty");
        var (json, doc) = Open(ReadLimited(path), path);
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("family", out var f))
                return null;
            return json.Finish(() => ReadFamily(root, f, json));
        }
    }

    /// <summary>Parses the text (comments and trailing commas allowed); a syntax error names its line and column.</summary>
    private static (ModelJson Json, JsonDocument Document) Open(string text, string name)
    {
        var source = new JsonSource(text);
        try
        {
            return (new ModelJson(name, source), JsonDocument.Parse(source.Utf8, JsonSource.DocumentOptions));
        }
        catch (JsonException ex)
        {
            var (reason, line, column) = source.SyntaxError(ex);
            throw new ModelFileException([new ModelFileError(name, "(syntax)", $"invalid JSON: {reason}") { Line = line, Column = column }]);
        }
    }

    private static FamilyModel ReadFamily(JsonElement root, JsonElement f, ModelJson json)
    {
        json.CheckKeys(root, "", ModelFileFormat.TopLevelKeys.Except(["qubits", "hamiltonian"]).ToArray());
        var family = new FamilyReader(json, f);
        _ = family.Hamiltonian();
        var baths = json.Require(root, "baths", "");
        json.RequireArray(baths, "baths", "baths");
        // A model that fits the dense register may have any baths; a larger one only identical baths and no jumps.
        bool dense = family.Qubits <= QubitRegister.MaxQubits;
        var parser = new OperatorReader(json, new QubitRegister(dense ? family.Qubits : 1), family.Qubits);
        if (!dense && root.TryGetProperty("jumps", out var jumps) && (jumps.ValueKind != JsonValueKind.Array || jumps.GetArrayLength() > 0))
        {
            throw json.Error("jumps", $"a family model of more than {QubitRegister.MaxQubits} qubits takes no jumps (they do not enter the Gibbs state, and a jump on some ancillas would make them distinguishable)");
        }
        var couplings = new List<BathCoupling>();
        int i = 0;
        foreach (var b in baths.EnumerateArray())
        {
            string key = $"baths[{i++}]";
            json.RequireObject(b, key);
            if (!dense && !b.TryGetProperty("every_qubit", out _))
            {
                throw json.Error(key, $"a family model of more than {QubitRegister.MaxQubits} qubits takes only \"every_qubit\" baths (identical baths keep the ancillas exchangeable)");
            }
            json.Try(() => couplings.AddRange(parser.Baths(b, key)));
        }
        var settings = new SettingsReader(json);
        var equation = root.TryGetProperty("equation", out var eq) ? json.TryRead(() => settings.Equation(eq)) : new Redfield(IncludeLambShift: true);
        TimeGrid? grid = root.TryGetProperty("evolution", out var ev) ? json.TryRead(() => settings.Evolution(ev)) : null;
        var initial = root.TryGetProperty("initial_state", out var init) ? json.TryRead(() => settings.InitialKind(init, family.Qubits)) : ("ground", null);
        json.ThrowIfAny();
        var temperatures = couplings.Select(c => c.Bath.Temperature).ToList();
        double? t = temperatures.Count > 0 && temperatures.All(x => x == temperatures[0]) ? temperatures[0] : null;
        return new FamilyModel(family.Name, family.Parameters, family.AncillaCount, family.Qubits, t)
        {
            Couplings = couplings,
            Equation = equation!,
            Grid = grid,
            InitialKind = initial.Kind,
            InitialBloch = initial.Bloch,
        };
    }

    private static string ReadLimited(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > MaxFileBytes)
                    throw new ModelFileException(path, "(file)", $"is larger than {MaxFileBytes >> 20} MiB, the limit for a model file (is it a model file?)");
            }
            buffer.Position = 0;
            using var reader = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ModelFileException(path, "(file)", $"cannot be read: {ex.Message}");
        }
    }

    /// <summary>
    /// Reads the model, each independent part (family or qubits, Hamiltonian, every bath and jump, equation, initial
    /// state, evolution) on its own so that one file's problems are all reported; the checks that need the whole model
    /// (some dissipation, the system's own constructor) run only when the parts are clean.
    /// </summary>
    private static Model Read(JsonElement root, ModelJson json)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw json.Error("(root)", "must be a JSON object with keys qubits, hamiltonian (or family), baths, ...");
        json.CheckKeys(root, "", ModelFileFormat.TopLevelKeys);
        bool isFamily = root.TryGetProperty("family", out var f);
        var family = isFamily ? json.TryRead(() => new FamilyReader(json, f)) : null;
        if (isFamily && (root.TryGetProperty("qubits", out _) || root.TryGetProperty("hamiltonian", out _)))
            json.Record("family", "a family model derives its qubits and Hamiltonian: give either \"family\" or \"qubits\" and \"hamiltonian\", not both");
        int? n = isFamily ? family?.Qubits : json.TryRead<int?>(() => json.Integer(json.Require(root, "qubits", ""), "qubits"));
        var baths = json.TryRead<JsonElement?>(() => RequireList(json, root, "baths", "baths"));
        var register = n is int count && baths is JsonElement list
            ? json.TryRead(() => Register(json, count, list.EnumerateArray().Sum(b => OperatorReader.BathCount(b, count)), isFamily))
            : null;
        // Without a valid qubit count the rest is still read (for its own problems) on the largest register.
        var operators = new OperatorReader(json, register ?? new QubitRegister(QubitRegister.MaxQubits));

        var h = isFamily ? json.TryRead(() => family?.Hamiltonian()) : json.TryRead(() => Hamiltonian(json, operators, json.Require(root, "hamiltonian", "")));
        var couplings = new List<BathCoupling>();
        int i = 0;
        if (baths is JsonElement entries)
        {
            foreach (var b in entries.EnumerateArray())
            {
                string key = $"baths[{i++}]";
                json.Try(() => couplings.AddRange(operators.Baths(b, key)));
            }
        }
        var jumps = new List<JumpChannel>();
        if (root.TryGetProperty("jumps", out _) && json.TryRead<JsonElement?>(() => RequireList(json, root, "jumps", "jump channels")) is JsonElement js)
        {
            i = 0;
            foreach (var j in js.EnumerateArray())
            {
                string key = $"jumps[{i++}]";
                json.Try(() =>
                {
                    if (operators.Jump(j, key) is JumpChannel jump)
                        jumps.Add(jump);
                });
            }
        }
        var settings = new SettingsReader(json);
        var equation = root.TryGetProperty("equation", out var eq) ? json.TryRead(() => settings.Equation(eq)) : new Redfield(IncludeLambShift: true);
        var state = register is null ? null : root.TryGetProperty("initial_state", out var init)
            ? json.TryRead<(DensityMatrix, string)?>(() => settings.InitialState(init, register))
            : (DensityMatrix.Ground(register), "ground");
        TimeGrid? grid = root.TryGetProperty("evolution", out var ev) ? json.TryRead(() => settings.Evolution(ev)) : null;
        json.ThrowIfAny();

        if (couplings.Count == 0 && jumps.Count == 0)
            throw json.Error("baths", "the model has neither baths nor jumps: without dissipation there is no steady state");
        if (!couplings.Any(c => Acts(c.Operator) && Acts(c.Bath.SpectralDensity)) && !jumps.Any(j => Acts(j.Operator) && j.Rate > 0))
            throw json.Error(couplings.Count > 0 ? "baths" : "jumps", "no bath or jump dissipates (every one has J = 0, rate 0, or an " +
                "operator that is a multiple of the identity, whose dissipator vanishes): without dissipation there is no steady state");
        var system = json.Construct(() => new OpenQuantumSystem(register!, h!, couplings, jumps), p => p switch
        {
            "couplings" => "baths",
            "jumps" => "jumps",
            _ => "hamiltonian",
        });
        var (initial, kind) = state!.Value;
        return new Model(system, equation!, initial, grid, kind);
    }

    private static JsonElement RequireList(ModelJson json, JsonElement root, string key, string what)
    {
        var list = json.Require(root, key, "");
        json.RequireArray(list, key, what);
        return list;
    }

    /// <summary>The register of n qubits, after the memory check (which names <c>family.ancillas</c> for a family).</summary>
    private static QubitRegister Register(ModelJson json, int n, int baths, bool isFamily)
    {
        CheckMemory(json, n, baths, isFamily ? "family.ancillas" : "qubits");
        return json.Construct(() => new QubitRegister(n), _ => "qubits");
    }

    /// <summary>
    /// The explicit Hamiltonian, with the dynamic-range rule of <see cref="InputScales"/> naming the term's key and its
    /// Hermiticity (both only when every term was read).
    /// </summary>
    private static PauliSum Hamiltonian(ModelJson json, OperatorReader operators, JsonElement e)
    {
        int before = json.ErrorCount;
        var h = operators.Operator(e, "hamiltonian");
        if (json.ErrorCount > before)
            return h;
        if (InputScales.DynamicRangeProblem(h) is var (term, reason))
            throw json.Error($"hamiltonian[{term}].coef", reason);
        // the system's constructor checks this too; checked here as well so that it is reported beside other problems
        json.Check(() => h.RequireHermitian("hamiltonian", "The Hamiltonian"), _ => "hamiltonian");
        return h;
    }

    /// <summary>Whether an operator has a nonzero non-identity part (a multiple of I commutes with everything).</summary>
    private static bool Acts(PauliSum op) =>
        op.Terms.GroupBy(t => t.String).Any(g => g.Key.MaxQubit >= 0 && g.Aggregate(System.Numerics.Complex.Zero, (s, t) => s + t.Coefficient) != 0);

    /// <summary>Whether J is not identically zero (its low-frequency slope or its value at its own scale is nonzero).</summary>
    private static bool Acts(Baths.ISpectralDensity j) => j.LowFrequencySlope != 0 || j.Evaluate(j.Scale) != 0;

    private static void CheckMemory(ModelJson json, int n, int baths, string key)
    {
        if (n < 1)
            throw json.Error(key, $"must give at least 1 qubit, got {n}");
        double need = EstimatedBytes(Math.Min(n, 40), baths);
        double available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        if (n > QubitRegister.MaxQubits || need > available)
            throw json.Error(key, $"too many qubits for memory: n = {n} gives d = 2^{n}, dense d x d density matrices and generator " +
                $"need about {need / (1 << 30):G3} GiB (limit {QubitRegister.MaxQubits} qubits, {available / (1 << 30):G3} GiB available)");
    }
}
