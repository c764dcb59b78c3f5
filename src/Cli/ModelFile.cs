using System.Numerics;
using System.Text.Json;
using OpenSystem.Baths;
using OpenSystem.Dynamics;

namespace OpenSystem.Cli;

/// <summary>
/// Reads a model file (shared/spec/model-file.md) into a <see cref="Model"/>. Every problem becomes a
/// <see cref="ModelFileException"/> naming the file, the JSON key and the physical reason; unknown keys are errors.
/// </summary>
public sealed class ModelFile
{
    private readonly string _file;

    private ModelFile(string file) => _file = file;

    /// <summary>Bytes of memory a run of n qubits needs, roughly: ρ, the Runge–Kutta stages and the generator's matrices.</summary>
    public static double EstimatedBytes(int qubits, int baths) => Math.Pow(4, qubits) * 16.0 * (20 + 3 * qubits + 3 * baths);

    /// <summary>Parses and validates <paramref name="path"/>.</summary>
    /// <exception cref="ModelFileException">Any bad input.</exception>
    public static Model Load(string path)
    {
        var reader = new ModelFile(path);
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        { throw new ModelFileException(path, "(file)", $"cannot be read: {ex.Message}"); }
        return reader.Parse(text);
    }

    /// <summary>Parses model text; <paramref name="file"/> is used in messages.</summary>
    public static Model Parse(string text, string file) => new ModelFile(file).Parse(text);

    private ModelFileException Error(string key, string problem) => new(_file, key, problem);

    private Model Parse(string text)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }); }
        catch (JsonException ex)
        {
            string at = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "(syntax)" : ex.Path.TrimStart('$', '.');
            throw Error(at, $"invalid JSON at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}: {ex.Message.Split(" Path:")[0]}");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Error("(root)", "must be a JSON object with keys qubits, hamiltonian, baths, ...");
            CheckKeys(root, "", "qubits", "hamiltonian", "baths", "equation", "initial_state", "jumps", "evolution");
            int n = Integer(Require(root, "qubits", ""), "qubits");
            if (n < 1) throw Error("qubits", $"must be >= 1, got {n}");
            var baths = Require(root, "baths", "");
            int bathCount = baths.ValueKind == JsonValueKind.Array ? baths.GetArrayLength() : 0;
            double need = EstimatedBytes(Math.Min(n, 40), bathCount);
            double available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
            if (n > QubitRegister.MaxQubits || need > available)
                throw Error("qubits", $"too many qubits for memory: n = {n} gives d = 2^{n}, dense d x d density matrices and generator " +
                    $"need about {need / (1 << 30):G3} GiB (limit {QubitRegister.MaxQubits} qubits, {available / (1 << 30):G3} GiB available)");
            var register = new QubitRegister(n);

            var h = Operator(Require(root, "hamiltonian", ""), "hamiltonian", n, hermitian: true);
            var couplings = new List<BathCoupling>();
            if (baths.ValueKind != JsonValueKind.Array) throw Error("baths", $"must be a list of baths, got {Kind(baths)}");
            int i = 0;
            foreach (var b in baths.EnumerateArray()) couplings.Add(Bath(b, $"baths[{i++}]", n));
            var jumps = new List<JumpChannel>();
            if (root.TryGetProperty("jumps", out var js))
            {
                if (js.ValueKind != JsonValueKind.Array) throw Error("jumps", $"must be a list of jump channels, got {Kind(js)}");
                i = 0;
                foreach (var j in js.EnumerateArray()) jumps.Add(Jump(j, $"jumps[{i++}]", n));
            }
            if (couplings.Count == 0 && jumps.Count == 0)
                throw Error("baths", "the model has neither baths nor jumps: without dissipation there is no steady state");

            var equation = root.TryGetProperty("equation", out var eq) ? Equation(eq) : new Redfield(IncludeLambShift: true);
            var (initial, kind) = root.TryGetProperty("initial_state", out var init) ? InitialState(init, register) : (DensityMatrix.Ground(register), "ground");
            TimeGrid? grid = root.TryGetProperty("evolution", out var ev) ? Evolution(ev) : null;
            OpenQuantumSystem system;
            try { system = new OpenQuantumSystem(register, h, couplings, jumps); }
            catch (ArgumentException ex) { throw Error(ex.ParamName ?? "(model)", ex.Message); }
            return new Model(system, equation, initial, grid, kind);
        }
    }

    private BathCoupling Bath(JsonElement b, string path, int n)
    {
        RequireObject(b, path);
        CheckKeys(b, path, "coupling", "spectral_density", "temperature");
        var op = Operator(Require(b, "coupling", path), path + ".coupling", n, hermitian: true);
        var sd = Require(b, "spectral_density", path);
        string sdPath = path + ".spectral_density";
        RequireObject(sd, sdPath);
        CheckKeys(sd, sdPath, "kind", "alpha", "cutoff");
        string kind = String(Require(sd, "kind", sdPath), sdPath + ".kind");
        if (kind != "ohmic") throw Error(sdPath + ".kind", $"unknown spectral density \"{kind}\"; supported: \"ohmic\"");
        double alpha = Number(Require(sd, "alpha", sdPath), sdPath + ".alpha");
        if (alpha < 0) throw Error(sdPath + ".alpha", $"must be >= 0 (J(w) = alpha w exp(-w/cutoff) is a density of squared couplings), got {alpha:R}");
        double cutoff = Number(Require(sd, "cutoff", sdPath), sdPath + ".cutoff");
        if (cutoff <= 0) throw Error(sdPath + ".cutoff", $"must be > 0 (a zero cutoff switches the bath off and makes the Lamb shift singular), got {cutoff:R}");
        double t = Number(Require(b, "temperature", path), path + ".temperature");
        if (t < 0) throw Error(path + ".temperature", $"must be >= 0 (a negative temperature inverts detailed balance and is not an equilibrium bath), got {t:R}");
        try { return new BathCoupling(op, new BosonicBath(new OhmicSpectralDensity(alpha, cutoff), t)); }
        catch (ArgumentException ex) { throw Error(path + "." + (ex.ParamName ?? "coupling"), ex.Message); }
    }

    private JumpChannel Jump(JsonElement j, string path, int n)
    {
        RequireObject(j, path);
        CheckKeys(j, path, "operator", "rate");
        var op = Operator(Require(j, "operator", path), path + ".operator", n, hermitian: false);
        double rate = Number(Require(j, "rate", path), path + ".rate");
        if (rate < 0) throw Error(path + ".rate", $"must be >= 0 (a negative rate is not a completely positive channel), got {rate:R}");
        return new JumpChannel(op, rate);
    }

    private MasterEquation Equation(JsonElement e)
    {
        RequireObject(e, "equation");
        CheckKeys(e, "equation", "kind", "lamb_shift", "degeneracy_tolerance");
        string kind = String(Require(e, "kind", "equation"), "equation.kind");
        bool lamb = true;
        if (e.TryGetProperty("lamb_shift", out var ls))
        {
            if (ls.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) throw Error("equation.lamb_shift", $"must be true or false, got {Kind(ls)}");
            lamb = ls.GetBoolean();
        }
        double tol = Tolerances.BohrDegeneracy;
        if (e.TryGetProperty("degeneracy_tolerance", out var dt))
        {
            tol = Number(dt, "equation.degeneracy_tolerance");
            if (tol < 0 || tol > 1e-2) throw Error("equation.degeneracy_tolerance", $"must be in [0, 1e-2] (relative to the spectral width), got {tol:R}");
            if (kind == "redfield") throw Error("equation.degeneracy_tolerance", "applies only to the secular equations (lindblad, local); redfield has no secular approximation");
        }
        return kind switch
        {
            "redfield" => new Redfield(lamb),
            "lindblad" => new GlobalLindblad(lamb, tol),
            "local" => new LocalLindblad(lamb, tol),
            _ => throw Error("equation.kind", $"unknown equation \"{kind}\"; use \"redfield\", \"lindblad\" or \"local\""),
        };
    }

    private (DensityMatrix, string) InitialState(JsonElement e, QubitRegister register)
    {
        RequireObject(e, "initial_state");
        string kind = String(Require(e, "kind", "initial_state"), "initial_state.kind");
        CheckKeys(e, "initial_state", kind == "product" ? ["kind", "bloch"] : ["kind"]);
        switch (kind)
        {
            case "ground": return (DensityMatrix.Ground(register), kind);
            case "excited": return (DensityMatrix.Excited(register), kind);
            case "maximally_mixed": return (DensityMatrix.MaximallyMixed(register), kind);
            case "product":
                var b = Require(e, "bloch", "initial_state");
                if (b.ValueKind != JsonValueKind.Array) throw Error("initial_state.bloch", $"must be a list of Bloch vectors [x, y, z], got {Kind(b)}");
                if (b.GetArrayLength() != register.Count)
                    throw Error("initial_state.bloch", $"needs one Bloch vector per qubit: {register.Count} qubits, got {b.GetArrayLength()} vectors");
                var vectors = new List<(double, double, double)>();
                int q = 0;
                foreach (var v in b.EnumerateArray())
                {
                    string p = $"initial_state.bloch[{q}]";
                    if (v.ValueKind != JsonValueKind.Array || v.GetArrayLength() != 3) throw Error(p, "must be a vector [x, y, z] of three numbers");
                    var c = v.EnumerateArray().Select((x, k) => Number(x, $"{p}[{k}]")).ToArray();
                    double r = Math.Sqrt(c[0] * c[0] + c[1] * c[1] + c[2] * c[2]);
                    if (r > 1 + 1e-12) throw Error(p, $"has length {r:G6} > 1: not a state (the qubit density matrix would have eigenvalue (1 - |r|)/2 < 0)");
                    vectors.Add((c[0], c[1], c[2]));
                    q++;
                }
                return (DensityMatrix.Product(register, vectors), kind);
            default:
                throw Error("initial_state.kind", $"unknown initial state \"{kind}\"; use ground, excited, maximally_mixed or product");
        }
    }

    private TimeGrid Evolution(JsonElement e)
    {
        RequireObject(e, "evolution");
        CheckKeys(e, "evolution", "t_end", "samples", "spacing");
        double tEnd = Number(Require(e, "t_end", "evolution"), "evolution.t_end");
        if (tEnd <= 0) throw Error("evolution.t_end", $"must be > 0, got {tEnd:R}");
        int samples = Integer(Require(e, "samples", "evolution"), "evolution.samples");
        if (samples < 2 || samples > 1_000_000) throw Error("evolution.samples", $"must be between 2 and 1000000 (times from 0 to t_end inclusive), got {samples}");
        string spacing = e.TryGetProperty("spacing", out var s) ? String(s, "evolution.spacing") : "linear";
        return spacing switch
        {
            "linear" => TimeGrid.Linear(0, tEnd, samples),
            "log" => samples >= 3 ? TimeGrid.Logarithmic(tEnd * 1e-6, tEnd, samples) : throw Error("evolution.samples", "log spacing needs at least 3 samples"),
            _ => throw Error("evolution.spacing", $"unknown spacing \"{spacing}\"; use \"linear\" (the spec's default) or \"log\" (0, then log-spaced from 1e-6 t_end)"),
        };
    }

    private PauliSum Operator(JsonElement e, string path, int n, bool hermitian)
    {
        if (e.ValueKind != JsonValueKind.Array) throw Error(path, $"must be a list of terms {{\"pauli\": STRING, \"coef\": C}}, got {Kind(e)}");
        var terms = new List<PauliTerm>();
        int i = 0;
        foreach (var t in e.EnumerateArray())
        {
            string p = $"{path}[{i++}]";
            RequireObject(t, p);
            CheckKeys(t, p, "pauli", "coef");
            string text = String(Require(t, "pauli", p), p + ".pauli");
            PauliString s;
            try { s = PauliString.Parse(text); }
            catch (FormatException ex) { throw Error(p + ".pauli", ex.Message); }
            if (s.MaxQubit >= n) throw Error(p + ".pauli", $"\"{text}\" acts on qubit {s.MaxQubit}, but the model has qubits 0..{n - 1}");
            terms.Add(new PauliTerm(s, Coefficient(Require(t, "coef", p), p + ".coef")));
        }
        var sum = new PauliSum(terms);
        if (hermitian)
        {
            double anti = sum.AntiHermitianNorm();
            if (anti > Tolerances.Hermiticity)
                throw Error(path, $"must be Hermitian (Pauli strings are Hermitian, so every string's total coefficient must be real); " +
                    $"an imaginary part of {anti:G6} remains" + (path.StartsWith("baths", StringComparison.Ordinal) ? " (H_I = A (x) B needs a Hermitian A)" : ""));
        }
        if (path.StartsWith("baths", StringComparison.Ordinal) && terms.Count == 0)
            throw Error(path, "is empty: a bath coupled through A = 0 does nothing");
        return sum;
    }

    private Complex Coefficient(JsonElement e, string path)
    {
        if (e.ValueKind == JsonValueKind.Number) return Number(e, path);
        if (e.ValueKind == JsonValueKind.Array && e.GetArrayLength() == 2)
            return new Complex(Number(e[0], path + "[0]"), Number(e[1], path + "[1]"));
        throw Error(path, $"must be a real number or a pair [re, im], got {Kind(e)}");
    }

    private double Number(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Number) throw Error(path, $"must be a number, got {Kind(e)}");
        if (!e.TryGetDouble(out double v) || !double.IsFinite(v)) throw Error(path, $"must be a finite number, got {e.GetRawText()}");
        return v;
    }

    private int Integer(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Number || !e.TryGetInt32(out int v)) throw Error(path, $"must be an integer, got {(e.ValueKind == JsonValueKind.Number ? e.GetRawText() : Kind(e))}");
        return v;
    }

    private string String(JsonElement e, string path) =>
        e.ValueKind == JsonValueKind.String ? e.GetString()! : throw Error(path, $"must be a string, got {Kind(e)}");

    private JsonElement Require(JsonElement obj, string key, string path) =>
        obj.TryGetProperty(key, out var v) ? v : throw Error(Join(path, key), "is required but missing");

    private void RequireObject(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Object) throw Error(path, $"must be an object, got {Kind(e)}");
    }

    private void CheckKeys(JsonElement obj, string path, params string[] allowed)
    {
        var seen = new HashSet<string>();
        foreach (var p in obj.EnumerateObject())
        {
            if (!allowed.Contains(p.Name)) throw Error(Join(path, p.Name), $"unknown key (allowed here: {string.Join(", ", allowed)})");
            if (!seen.Add(p.Name)) throw Error(Join(path, p.Name), "appears twice");
        }
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => $"the string {e.GetRawText()}",
        JsonValueKind.Number => $"the number {e.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => e.GetRawText(),
        JsonValueKind.Null => "null",
        _ => e.ValueKind.ToString(),
    };
}
