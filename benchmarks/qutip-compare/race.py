#!/usr/bin/python3
"""Side-by-side race: QuTiP 4.7 (Debian python3-qutip) against `opensystem run` on the same model files.

C4 mode (default), issue 4: the C4 family (target + N ancillas, omega_T = 1, omega_j = gamma_j = theta_j = 0.5), an
Ohmic sigma_x bath on every qubit (alpha = 1e-3, cutoff 5, T = 0.2), full Bloch-Redfield without the Lamb shift
(QuTiP has none), from the ground state to its steady state.
  QuTiP:      bloch_redfield_tensor(H, a_ops, use_secular=False)  (timed: "tensor")
              steadystate(R)                                      (timed: "steadystate")
              bloch_redfield_solve(R, ekets, rho0, tlist)        (timed: "evolution"; what brmesolve calls)
  opensystem: `opensystem run MODEL --out DIR -v quiet --no-plots` from a self-contained composite ReadyToRun publish
              (--no-composite: framework-dependent ReadyToRun; --no-r2r: the build output), the whole process timed, once with the
              `evolution` key removed ("steady": Gibbs + generator + steady state + result.json) and once with it;
              evolution time = difference of the two (it also pays for the per-sample spectra and the CSV). The steady
              run's result.json also gives the in-process generator + steady-state seconds ("in-proc"), the span
              QuTiP's tensor + steadystate timing covers.
Ising mode (--ising), the QuantumToolbox.jl benchmark protocol: H = 50 sum Z_i + 25 sum X_i X_{i+1}, jumps sigma^-_i at
rate 1, all qubits excited at t = 0, t in [0, 10] with 100 samples, rtol 1e-6, atol 1e-8.
  QuTiP:      mesolve(H, psi0, tlist, c_ops, e_ops = Bloch operators)  (timed)
  opensystem: as above with `--rtol 1e-6 --atol 1e-8`; evolution = whole run - run without `evolution`.

QuTiP runs in a child process (this script with --qutip-worker) so a per-size timeout can stop it; its times are
measured inside Python around the calls (Python start-up and `import qutip` excluded, reported separately).
opensystem times are whole processes (.NET start-up included; `opensystem --version` is timed as a baseline).

Usage:
  /usr/bin/python3 race.py [--max-n 3] [--min-n 1] [--timeout 600] [--os-timeout 900] [--work DIR]
  /usr/bin/python3 race.py --steady-only --min-n 4 --max-n 6      (steady state only, larger sizes)
  /usr/bin/python3 race.py --ising [--min-n 2] [--max-n 6]
"""
import argparse
import json
import math
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
DEFAULT_CLI = os.path.join(REPO, "src", "Cli", "bin", "Release", "net10.0", "opensystem.dll")

# Time for the C4 family to settle from the ground state (QuTiP's trajectory reaches steadystate(R) by then);
# beyond N = 3 extrapolated geometrically (the ratios are 1.51 and 1.43).
T_END_C4 = {1: 5100.0, 2: 7700.0, 3: 11000.0}


def t_end_c4(n_anc):
    if n_anc in T_END_C4:
        return T_END_C4[n_anc]
    return float(round(11000.0 * 1.45 ** (n_anc - 3), -2))


# ----------------------------------------------------------------------------------------------------------------
# Model files (the format of docs/model-file.md)
# ----------------------------------------------------------------------------------------------------------------

def c4_model(n_anc, samples):
    n = n_anc + 1
    h = [{"pauli": "Z0", "coef": 0.5}]
    for j in range(1, n):
        h += [{"pauli": f"Z{j}", "coef": 0.25},
              {"pauli": f"Z0 X{j}", "coef": 0.25},
              {"pauli": f"X0 X{j}", "coef": 0.25}]
    baths = [{"coupling": [{"pauli": f"X{q}", "coef": 1.0}],
              "spectral_density": {"kind": "ohmic", "alpha": 1e-3, "cutoff": 5.0},
              "temperature": 0.2} for q in range(n)]
    return {"qubits": n, "hamiltonian": h, "baths": baths,
            "equation": {"kind": "redfield", "lamb_shift": False},
            "initial_state": {"kind": "ground"},
            "evolution": {"t_end": t_end_c4(n_anc), "samples": samples}}


def ising_model(n, samples=100, t_end=10.0):
    h = [{"pauli": f"Z{i}", "coef": 50.0} for i in range(n)]
    h += [{"pauli": f"X{i} X{i + 1}", "coef": 25.0} for i in range(n - 1)]
    jumps = [{"operator": [{"pauli": f"X{i}", "coef": 0.5}, {"pauli": f"Y{i}", "coef": [0, -0.5]}], "rate": 1.0}
             for i in range(n)]
    return {"qubits": n, "hamiltonian": h, "baths": [], "jumps": jumps,
            "initial_state": {"kind": "excited"},
            "evolution": {"t_end": t_end, "samples": samples}}


def write_json(path, obj):
    with open(path, "w") as f:
        json.dump(obj, f, indent=1)


# ----------------------------------------------------------------------------------------------------------------
# QuTiP worker (child process). Prints one JSON line per finished stage, flushed, so a timeout keeps what was done.
# ----------------------------------------------------------------------------------------------------------------

def _emit(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def _timed(fn, repeat, below):
    """Runs fn once, and again up to `repeat` times in all while one run takes under `below` seconds; min time."""
    t = time.perf_counter()
    value = fn()
    best = time.perf_counter() - t
    runs = 1
    while runs < repeat and best < below:
        t = time.perf_counter()
        value = fn()
        best = min(best, time.perf_counter() - t)
        runs += 1
    return value, best, runs


def qutip_worker(model_paths, rtol, atol, nsteps, repeat=1, below=0.0):
    """Every model in one Python process (one import); each emitted line carries the model's index."""
    t0 = time.perf_counter()
    import numpy as np
    import qutip as qt
    _emit({"stage": "import", "seconds": time.perf_counter() - t0, "version": qt.__version__})
    for index, model_path in enumerate(model_paths):
        _qutip_model(qt, np, index, model_path, rtol, atol, nsteps, repeat, below)
    _emit({"stage": "done"})


def _qutip_model(qt, np, index, model_path, rtol, atol, nsteps, repeat, below):
    def emit(obj):
        _emit(dict(obj, model=index))

    with open(model_path) as f:
        m = json.load(f)
    n = m["qubits"]
    single = {"X": qt.sigmax(), "Y": qt.sigmay(), "Z": qt.sigmaz()}   # basis(2,0) = |e>, sigmaz = diag(1,-1): the spec's
    eye = qt.qeye(2)

    def string_op(pauli):
        factors = [eye] * n
        if pauli.strip() != "I":
            for f in pauli.split():
                factors[int(f[1:])] = single[f[0]]
        return qt.tensor(factors)

    def operator(terms):
        op = 0
        for t in terms:
            c = t["coef"]
            c = complex(c[0], c[1]) if isinstance(c, list) else float(c)
            op = op + c * string_op(t["pauli"])
        return op

    def state(init):
        kind = init.get("kind", "ground")
        if kind == "ground":
            return qt.ket2dm(qt.tensor([qt.basis(2, 1)] * n))
        if kind == "excited":
            return qt.ket2dm(qt.tensor([qt.basis(2, 0)] * n))
        raise ValueError(f"initial_state {kind} not supported by the race")

    H = operator(m["hamiltonian"])
    bloch_ops = [string_op(f"{a}{j}") for j in range(n) for a in "XYZ"]

    def bloch_of(rho):
        return [[float(np.real(qt.expect(bloch_ops[3 * j + k], rho))) for k in range(3)] for j in range(n)]

    def traj_bloch(expect):
        arr = np.array([np.real(e) for e in expect])          # (3n, samples)
        return arr.T.reshape(arr.shape[1], n, 3).tolist()

    ev = m.get("evolution")
    tlist = np.linspace(0.0, ev["t_end"], ev["samples"]) if ev else None
    rho0 = state(m.get("initial_state", {"kind": "ground"}))
    opts = qt.Options(rtol=rtol, atol=atol, nsteps=nsteps)

    if m.get("baths"):
        eq = m.get("equation", {"kind": "redfield", "lamb_shift": True})
        if eq.get("kind") != "redfield" or eq.get("lamb_shift", True):
            raise ValueError("QuTiP's Bloch-Redfield tensor has no Lamb shift: the race needs redfield with lamb_shift false")

        def rate(bath):
            sd, temp = bath["spectral_density"], float(bath["temperature"])
            alpha, cutoff = float(sd["alpha"]), float(sd["cutoff"])

            def gamma(w):            # the spec's gamma(w); w > 0 is emission
                w = float(w)
                if w == 0.0:
                    return 2 * math.pi * alpha * temp
                if temp == 0.0:
                    return 2 * math.pi * alpha * w * math.exp(-w / cutoff) if w > 0 else 0.0
                return 2 * math.pi * alpha * w * math.exp(-abs(w) / cutoff) / (-math.expm1(-w / temp))
            return gamma

        a_ops = [[operator(b["coupling"]), rate(b)] for b in m["baths"]]
        (R, ekets), tensor_s, runs = _timed(lambda: qt.bloch_redfield_tensor(H, a_ops, use_secular=False), repeat, below)
        rho_eig, steady_s, _ = _timed(lambda: qt.steadystate(R), repeat, below)
        V = np.column_stack([k.full().ravel() for k in ekets])
        rho_ss = qt.Qobj(V @ rho_eig.full() @ V.conj().T, dims=H.dims)
        emit({"stage": "steady", "tensor_seconds": tensor_s, "steady_seconds": steady_s, "bloch": bloch_of(rho_ss),
               "tensor_nnz": int(R.data.nnz), "runs": runs})
        if ev:
            # States, not e_ops: QuTiP 4.7.1's bloch_redfield_solve stores expect() of a "Hermitian" e_op in a float
            # array and fails with "float() argument must be ... not 'complex'"; the states cost a d x d basis change each.
            states, evolve_s, runs = _timed(
                lambda: qt.bloch_redfield.bloch_redfield_solve(R, ekets, rho0, tlist, e_ops=[], options=opts), repeat, below)
            emit({"stage": "evolution", "seconds": evolve_s, "bloch": [bloch_of(s) for s in states], "runs": runs})
    else:
        c_ops = [math.sqrt(float(j["rate"])) * operator(j["operator"]) for j in m.get("jumps", [])]
        out, evolve_s, runs = _timed(lambda: qt.mesolve(H, rho0, tlist, c_ops=c_ops, e_ops=bloch_ops, options=opts),
                                     repeat, below)
        emit({"stage": "evolution", "seconds": evolve_s, "bloch": traj_bloch(out.expect), "runs": runs})


def run_qutip(model_path, rtol, atol, timeout, nsteps, repeat, below):
    """One model: {stage: data}. A list of models (one process): a list of such dicts plus the "import" stage."""
    paths = model_path if isinstance(model_path, list) else [model_path]
    cmd = ["/usr/bin/python3", os.path.abspath(__file__), "--rtol", repr(rtol), "--atol", repr(atol),
           "--nsteps", str(nsteps), "--repeat", str(repeat), "--repeat-below", repr(below), "--qutip-worker", *paths]
    per_model = [{} for _ in paths]
    stages, timed_out, err = {}, False, ""
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        out, err = p.stdout, p.stderr
        if p.returncode != 0:
            err = f"exit {p.returncode}: " + err.strip().splitlines()[-1] if err.strip() else f"exit {p.returncode}"
        else:
            err = ""
    except subprocess.TimeoutExpired as e:
        timed_out = True
        out = e.stdout.decode() if isinstance(e.stdout, bytes) else (e.stdout or "")
    for line in out.splitlines():
        try:
            d = json.loads(line)
            if "model" in d:
                per_model[d["model"]][d["stage"]] = d
            else:
                stages[d["stage"]] = d
        except (ValueError, KeyError, IndexError):
            pass
    if isinstance(model_path, list):
        return stages, per_model, timed_out, err
    return dict(stages, **per_model[0]), timed_out, err


# ----------------------------------------------------------------------------------------------------------------
# opensystem
# ----------------------------------------------------------------------------------------------------------------

def run_opensystem_best(cli, model_path, out_dir, extra, timeout, repeat, below):
    """run_opensystem, repeated (up to `repeat` runs in all) while a run takes under `below` seconds; the fastest run."""
    best = run_opensystem(cli, model_path, out_dir, extra, timeout)
    runs = 1
    while runs < repeat and "error" not in best and best["seconds"] < below:
        again = run_opensystem(cli, model_path, out_dir, extra, timeout)
        runs += 1
        if "error" in again:
            break
        if again["seconds"] < best["seconds"]:
            best = again
    best["runs"] = runs
    return best


def run_opensystem(cli, model_path, out_dir, extra, timeout):
    if os.path.isdir(out_dir):
        shutil.rmtree(out_dir)
    cmd = [*launcher(cli), "run", model_path, "--out", out_dir, "-v", "quiet", "--no-plots", *extra]   # QuTiP draws no plots either
    t = time.perf_counter()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timeout {timeout:.0f} s", "seconds": time.perf_counter() - t}
    seconds = time.perf_counter() - t
    if p.returncode != 0:
        return {"error": f"exit {p.returncode}: {p.stderr.strip()[-300:]}", "seconds": seconds}
    with open(os.path.join(out_dir, "result.json")) as f:
        res = json.load(f)
    integ = None
    tr = res.get("trajectory")
    if tr and isinstance(tr.get("integrator"), str):
        mm = re.search(r"([0-9.]+) s\s*$", tr["integrator"])
        integ = float(mm.group(1)) if mm else None
    return {"seconds": seconds, "result": res, "integrator_seconds": integ,
            "integrator": tr.get("integrator") if tr else None}


def launcher(cli):
    """`dotnet X.dll` for a framework-dependent build, the app host itself for a self-contained publish."""
    return ["dotnet", cli] if cli.endswith(".dll") else [cli]


def build_identity():
    """Commit of the repository holding the CLI, and whether the working tree had changes (read-only git calls)."""
    try:
        head = subprocess.run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", REPO, "status", "--porcelain", "--untracked-files=no", "src"],
                               capture_output=True, text=True, timeout=10).stdout.strip()
        return f"repository HEAD {head or '?'}" + (" + uncommitted changes in src/" if dirty else "")
    except (OSError, subprocess.SubprocessError):
        return "repository state unknown"


def startup_baseline(cli):
    best = math.inf
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([*launcher(cli), "--version"], capture_output=True, timeout=60)
        best = min(best, time.perf_counter() - t)
    return best


# ----------------------------------------------------------------------------------------------------------------
# Comparison
# ----------------------------------------------------------------------------------------------------------------

def maxdiff(a, b):
    import numpy as np
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if a.shape != b.shape:
        return float("nan")
    return float(np.max(np.abs(a - b)))


def fmt_t(x):
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "-"
    return f"{x:.2g}" if x < 0.01 else f"{x:.3f}" if x < 10 else f"{x:.1f}"


def fmt_r(a, b):
    if a is None or b is None or b <= 0:
        return "-"
    return f"{a / b:.2f}"


def fmt_e(x):
    return "-" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.1e}"


def snapshot(args):
    """The CLI to race (see below), after printing which build it is."""
    if not os.path.exists(args.cli):
        sys.exit(f"race.py: {args.cli} not found; build first: cd {REPO} && dotnet build -c Release")
    cli = args.cli
    stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(os.path.getmtime(cli)))
    if not args.no_snapshot:
        # A private copy, so a concurrent `dotnet build` cannot swap the binary mid-race. By default a self-contained
        # composite ReadyToRun publish (runtime, libraries and app precompiled together, as one would deploy for sweeps of
        # hundreds of runs: ~0.1 s less JIT per process than the framework-dependent ReadyToRun publish, whose generic
        # instantiations over MathNet and framework types still JIT); --no-composite: framework-dependent ReadyToRun;
        # --no-r2r: the plain build output.
        snap = os.path.join(args.work, "cli-snapshot")
        if os.path.isdir(snap):
            shutil.rmtree(snap)
        if args.no_r2r:
            shutil.copytree(os.path.dirname(os.path.abspath(cli)), snap)
        else:
            deploy = (["--self-contained", "false"] if args.no_composite else
                      ["--self-contained", "true", "-p:PublishReadyToRunComposite=true"])
            subprocess.run(["dotnet", "publish", os.path.join(REPO, "src", "Cli"), "-c", "Release", "-r", "linux-x64",
                            *deploy, "-p:PublishReadyToRun=true", "-o", snap],
                           check=True, stdout=subprocess.DEVNULL)
        cli = os.path.join(snap, os.path.basename(cli))
        if not args.no_r2r and not args.no_composite:
            cli = cli[:-4] if cli.endswith(".dll") else cli   # the self-contained app host
    print(f"# opensystem build: {args.cli} of {stamp} UTC, {build_identity()}"
          + ("" if args.no_snapshot else ("; run from a snapshot copy" if args.no_r2r else
                                          "; run from a framework-dependent ReadyToRun publish" if args.no_composite else
                                          "; run from a self-contained composite ReadyToRun publish")))
    return cli


def race(args):
    if args.ising and args.steady_only:
        sys.exit("race.py: --steady-only is for the C4 race (the Ising protocol is a trajectory benchmark)")
    os.makedirs(args.work, exist_ok=True)
    cli = snapshot(args)
    mode = "ising" if args.ising else "c4"
    lo = args.min_n if args.min_n is not None else (2 if args.ising else 1)
    hi = args.max_n if args.max_n is not None else (6 if args.ising else 3)
    rtol = args.rtol if args.rtol is not None else (1e-6 if args.ising else 1e-8)
    atol = args.atol if args.atol is not None else (1e-8 if args.ising else 1e-10)
    base = startup_baseline(cli)
    print(f"# race ({mode}): QuTiP child timeout {args.timeout:.0f} s per size, opensystem timeout {args.os_timeout:.0f} s per run;"
          f" integrator rtol {rtol:g}, atol {atol:g} on both sides; fastest of up to {args.repeat} runs for runs under"
          f" {args.repeat_below:g} s")
    print(f"# opensystem process start-up baseline (`--version`): {base:.3f} s (included in every opensystem time)")
    rows = []
    for size in range(lo, hi + 1):
        if args.ising:
            n = size
            model = ising_model(n, samples=args.samples)
            label = f"ising_n{n}"
        else:
            n = size + 1
            model = c4_model(size, args.samples)
            label = f"c4_N{size}"
        d = 2 ** n
        path = os.path.join(args.work, label + ".json")
        path_ss = os.path.join(args.work, label + "_steady.json")
        write_json(path_ss, {k: v for k, v in model.items() if k != "evolution"})
        if args.steady_only:
            path = path_ss
        else:
            write_json(path, model)
        t_end = model["evolution"]["t_end"]
        print(f"# {label}: n = {n} qubits, d = {d}" + (", steady state only" if args.steady_only else
              f", t_end = {t_end:g}, {model['evolution']['samples']} samples") + " ...", flush=True)

        q, q_timeout, q_err = run_qutip(path, rtol, atol, args.timeout, args.nsteps, args.repeat, args.repeat_below)
        extra = ["--rtol", repr(rtol), "--atol", repr(atol)] + args.os_args.split()
        o_ss = run_opensystem_best(cli, path_ss, os.path.join(args.work, label + "_steady_out"), extra, args.os_timeout,
                                   args.repeat, args.repeat_below)
        o_ev = {} if args.steady_only else \
            run_opensystem_best(cli, path, os.path.join(args.work, label + "_out"), extra, args.os_timeout,
                                args.repeat, args.repeat_below)

        row = {"label": label, "N": size, "n": n, "d": d, "t_end": t_end,
               "qutip_import": q.get("import", {}).get("seconds"),
               "qutip_tensor": q.get("steady", {}).get("tensor_seconds"),
               "qutip_steady_only": q.get("steady", {}).get("steady_seconds"),
               "qutip_evolution": q.get("evolution", {}).get("seconds"),
               "qutip_timeout": q_timeout, "qutip_error": q_err,
               "os_steady": o_ss.get("seconds") if "error" not in o_ss else None,
               "os_full": o_ev.get("seconds") if "error" not in o_ev else None,
               "os_integrator": o_ev.get("integrator_seconds"), "os_integrator_text": o_ev.get("integrator"),
               "os_error": o_ss.get("error") or o_ev.get("error")}
        # in-process compute time of the steady-state run (generator + steady state, as result.json's run.seconds
        # reports it): the same span QuTiP's tensor + steadystate timing covers (no interpreter or runtime start-up)
        secs = (o_ss.get("result") or {}).get("run", {}).get("seconds")
        row["os_steady_inproc"] = secs["generator"] + secs["steady_state"] if secs else None
        row["qutip_steady"] = (row["qutip_tensor"] + row["qutip_steady_only"]) if row["qutip_tensor"] is not None else None
        row["os_evolution"] = (row["os_full"] - row["os_steady"]) if row["os_full"] is not None and row["os_steady"] is not None else None
        os_res = o_ev.get("result") or o_ss.get("result")
        q_traj = q.get("evolution", {}).get("bloch")
        o_traj = o_ev["result"]["trajectory"]["bloch"] if "result" in o_ev else None
        row["d_steady"] = maxdiff(q["steady"]["bloch"], os_res["steady_state"]["bloch"]) if "steady" in q and os_res else None
        row["d_final"] = maxdiff(q_traj[-1], o_traj[-1]) if q_traj and o_traj else None
        row["d_traj"] = maxdiff(q_traj, o_traj) if q_traj and o_traj else None
        # did the trajectory reach the steady state? (final sample vs steady state, each code against itself)
        row["settle_qutip"] = maxdiff(q_traj[-1], q["steady"]["bloch"]) if q_traj and "steady" in q else None
        row["settle_os"] = maxdiff(o_traj[-1], os_res["steady_state"]["bloch"]) if o_traj and os_res else None
        rows.append(row)
        note = []
        if q_timeout:
            note.append(f"QuTiP timed out after {args.timeout:.0f} s (stages done: {', '.join(k for k in q if k != 'import') or 'none'})")
        if q_err:
            note.append("QuTiP " + q_err)
        if row["os_error"]:
            note.append("opensystem " + row["os_error"])
        print(f"#   QuTiP: import {fmt_t(row['qutip_import'])} s, tensor {fmt_t(row['qutip_tensor'])} s, steadystate "
              f"{fmt_t(row['qutip_steady_only'])} s, evolution {fmt_t(row['qutip_evolution'])} s"
              + (f", tensor nnz {q['steady']['tensor_nnz']}" if 'steady' in q else ""))
        print(f"#   opensystem: without evolution {fmt_t(row['os_steady'])} s, with {fmt_t(row['os_full'])} s; "
              f"{row['os_integrator_text'] or '-'}")
        if not args.ising:
            print(f"#   final sample vs own steady state: QuTiP {fmt_e(row['settle_qutip'])}, opensystem {fmt_e(row['settle_os'])}")
        for s in note:
            print("#   " + s)
        sys.stdout.flush()
        if q_timeout and not args.keep_going:
            print(f"# stopping: QuTiP hit the timeout at {label} (use --keep-going to continue)")
            break

    print()
    if args.ising:
        print("Ising protocol (QuantumToolbox.jl): QuTiP mesolve vs opensystem, t in [0, 10], 100 samples")
        hdr = ["N", "d", "QuTiP mesolve s", "opensystem evol s", "QuTiP/os", "os integrator s", "os whole run s",
               "max|dBloch| final", "max|dBloch| traj"]
        lines = [[r["n"], r["d"], fmt_t(r["qutip_evolution"]), fmt_t(r["os_evolution"]),
                  fmt_r(r["qutip_evolution"], r["os_evolution"]), fmt_t(r["os_integrator"]), fmt_t(r["os_full"]),
                  fmt_e(r["d_final"]), fmt_e(r["d_traj"])] for r in rows]
    else:
        print("C4 family, Redfield without Lamb shift: QuTiP (tensor + steadystate; bloch_redfield_solve) vs opensystem (whole"
              " process; 'in-proc' = result.json's generator + steady-state seconds, the span QuTiP's steady time covers)")
        hdr = ["N", "d", "t_end", "QuTiP steady s", "os steady s", "QuTiP/os", "os in-proc s", "QuTiP/in-proc",
               "QuTiP evol s", "os evol s", "QuTiP/os", "max|dBloch| steady", "max|dBloch| final", "max|dBloch| traj"]
        lines = [[r["N"], r["d"], f"{r['t_end']:g}", fmt_t(r["qutip_steady"]), fmt_t(r["os_steady"]),
                  fmt_r(r["qutip_steady"], r["os_steady"]), fmt_t(r.get("os_steady_inproc")),
                  fmt_r(r["qutip_steady"], r.get("os_steady_inproc")), fmt_t(r["qutip_evolution"]), fmt_t(r["os_evolution"]),
                  fmt_r(r["qutip_evolution"], r["os_evolution"]), fmt_e(r["d_steady"]), fmt_e(r["d_final"]),
                  fmt_e(r["d_traj"])] for r in rows]
    widths = [max(len(str(h)), *(len(str(l[i])) for l in lines)) if lines else len(str(h)) for i, h in enumerate(hdr)]
    print("| " + " | ".join(str(h).rjust(w) for h, w in zip(hdr, widths)) + " |")
    print("|" + "|".join("-" * (w + 1) + ":" for w in widths) + "|")
    for l in lines:
        print("| " + " | ".join(str(x).rjust(w) for x, w in zip(l, widths)) + " |")
    write_json(os.path.join(args.work, f"race_{mode}.json"), rows)
    print(f"\n(raw numbers: {os.path.join(args.work, f'race_{mode}.json')})")
    return 0


def sweep(args):
    """C4 steady state over K temperatures per N, each code in one process: the cost per model of a parameter sweep."""
    if args.ising:
        sys.exit("race.py: --sweep is a C4 steady-state mode")
    os.makedirs(args.work, exist_ok=True)
    cli = snapshot(args)
    k = args.sweep
    temps = [0.05 + (1.0 - 0.05) * i / max(1, k - 1) for i in range(k)]
    lo = args.min_n if args.min_n is not None else 1
    hi = args.max_n if args.max_n is not None else 3
    print(f"# sweep: C4, Redfield without Lamb shift, steady state only, {k} temperatures in [0.05, 1] per N; "
          f"QuTiP: tensor + steadystate per model in one Python process (import excluded); opensystem: one "
          f"`opensystem run` process over the {k} files (start-up included)", flush=True)
    rows = []
    for size in range(lo, hi + 1):
        n = size + 1
        paths = []
        for i, t in enumerate(temps):
            m = c4_model(size, args.samples)
            m.pop("evolution")
            for b in m["baths"]:
                b["temperature"] = round(t, 6)
            path = os.path.join(args.work, f"sweep_N{size}", f"t{i:03d}.json")
            os.makedirs(os.path.dirname(path), exist_ok=True)
            write_json(path, m)
            paths.append(path)
        stages, per_model, q_timeout, q_err = run_qutip(paths, 1e-8, 1e-10, args.timeout, args.nsteps, 1, 0.0)
        q_done = [p["steady"] for p in per_model if "steady" in p]
        q_total = sum(p["tensor_seconds"] + p["steady_seconds"] for p in q_done)
        out_dir = os.path.join(args.work, f"sweep_N{size}_out")
        if os.path.isdir(out_dir):
            shutil.rmtree(out_dir)
        t0 = time.perf_counter()
        p = subprocess.run([*launcher(cli), "run", *paths, "--out", out_dir, "-v", "quiet", "--no-plots",
                            *args.os_args.split()], capture_output=True, text=True, timeout=args.os_timeout)
        os_whole = time.perf_counter() - t0
        os_inproc, dmax = 0.0, 0.0
        for i, path in enumerate(paths):
            rp = os.path.join(out_dir, os.path.splitext(os.path.basename(path))[0], "result.json")
            if not os.path.exists(rp):
                continue
            with open(rp) as f:
                res = json.load(f)
            secs = res["run"]["seconds"]
            os_inproc += secs["generator"] + secs["steady_state"]
            if i < len(q_done):
                dmax = max(dmax, maxdiff(q_done[i]["bloch"], res["steady_state"]["bloch"]))
        row = {"N": size, "n": n, "d": 2 ** n, "K": k, "qutip_models": len(q_done), "qutip_total": q_total,
               "qutip_import": stages.get("import", {}).get("seconds"), "os_exit": p.returncode,
               "os_whole": os_whole, "os_inproc": os_inproc, "dmax": dmax, "qutip_timeout": q_timeout, "qutip_error": q_err}
        rows.append(row)
        print(f"# N = {size}: QuTiP {len(q_done)}/{k} models in {q_total:.3f} s (+ import "
              f"{fmt_t(row['qutip_import'])} s){' TIMEOUT' if q_timeout else ''}{' ' + q_err if q_err else ''}; "
              f"opensystem exit {p.returncode}, whole process {os_whole:.3f} s, in-process sum {os_inproc:.3f} s", flush=True)
        if p.returncode != 0:
            print("#   opensystem stderr: " + p.stderr.strip()[-300:])
    print()
    hdr = ["N", "d", "models", "QuTiP s (sum)", "QuTiP s/model", "os whole process s", "os s/model", "QuTiP/os",
           "os in-proc sum s", "QuTiP/in-proc", "max|dBloch|"]
    lines = [[r["N"], r["d"], r["K"], fmt_t(r["qutip_total"]), fmt_t(r["qutip_total"] / max(1, r["qutip_models"])),
              fmt_t(r["os_whole"]), fmt_t(r["os_whole"] / r["K"]),
              fmt_r(r["qutip_total"] * r["K"] / max(1, r["qutip_models"]), r["os_whole"]), fmt_t(r["os_inproc"]),
              fmt_r(r["qutip_total"] * r["K"] / max(1, r["qutip_models"]), r["os_inproc"]), fmt_e(r["dmax"])] for r in rows]
    widths = [max(len(str(h)), *(len(str(l[i])) for l in lines)) if lines else len(str(h)) for i, h in enumerate(hdr)]
    print("| " + " | ".join(str(h).rjust(w) for h, w in zip(hdr, widths)) + " |")
    print("|" + "|".join("-" * (w + 1) + ":" for w in widths) + "|")
    for l in lines:
        print("| " + " | ".join(str(x).rjust(w) for x, w in zip(l, widths)) + " |")
    write_json(os.path.join(args.work, "race_sweep.json"), rows)
    print(f"\n(raw numbers: {os.path.join(args.work, 'race_sweep.json')})")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ising", action="store_true", help="QuantumToolbox.jl Ising protocol instead of the C4 family")
    ap.add_argument("--min-n", type=int, help="smallest size: ancillas N for C4 (default 1), qubits for --ising (default 2)")
    ap.add_argument("--max-n", type=int, help="largest size (default 3 for C4, 6 for --ising)")
    ap.add_argument("--timeout", type=float, default=600.0, help="QuTiP time limit per size in seconds (default 600)")
    ap.add_argument("--os-timeout", type=float, default=900.0, help="opensystem time limit per run in seconds (default 900)")
    ap.add_argument("--keep-going", action="store_true", help="continue to larger sizes after a QuTiP timeout")
    ap.add_argument("--steady-only", action="store_true", help="C4: race the steady state only (no evolution on either side)")
    ap.add_argument("--samples", type=int, default=100, help="output samples (default 100)")
    ap.add_argument("--rtol", type=float, help="integrator rtol on both sides (default 1e-8 for C4 = the CLI default, 1e-6 for --ising)")
    ap.add_argument("--atol", type=float, help="integrator atol on both sides (default 1e-10 for C4, 1e-8 for --ising)")
    ap.add_argument("--nsteps", type=int, default=10 ** 7, help="QuTiP zvode step budget per output interval (default 1e7)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="repeat a measurement up to this many times in all and keep the fastest (default 3) ...")
    ap.add_argument("--repeat-below", type=float, default=10.0,
                    help="... but only while one run takes under this many seconds (default 10)")
    ap.add_argument("--os-args", default="", help="extra arguments for `opensystem run`, e.g. \"--steady direct\"")
    ap.add_argument("--no-snapshot", action="store_true", help="run the CLI in place instead of from a private copy")
    ap.add_argument("--no-r2r", action="store_true", help="snapshot the plain build output instead of a ReadyToRun publish")
    ap.add_argument("--no-composite", action="store_true",
                    help="framework-dependent ReadyToRun publish instead of the self-contained composite one")
    ap.add_argument("--cli", default=DEFAULT_CLI, help="opensystem.dll (default: the Release build in this repository)")
    ap.add_argument("--work", default=os.path.join(HERE, "out"), help="model files and outputs (default qutip-compare/out)")
    ap.add_argument("--sweep", type=int, metavar="K",
                    help="C4 steady-state sweep: K temperatures per N, all in one process on each side (opensystem run "
                         "with K model files; QuTiP importing once)")
    ap.add_argument("--qutip-worker", metavar="MODEL", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.qutip_worker:
        import warnings
        warnings.simplefilter("ignore")
        qutip_worker(args.qutip_worker, args.rtol, args.atol, args.nsteps, args.repeat, args.repeat_below)
        return 0
    return sweep(args) if args.sweep else race(args)


if __name__ == "__main__":
    sys.exit(main())
