#!/usr/bin/python3
"""`opensystem approach` beside QuTiP 4.7 on the C4 family, n = 2..8 qubits, the same log-spaced grid.

Model: the C4 family of ../qutip-compare/race.py (target + N = n - 1 ancillas, omega_T = 1, omega_j = gamma_j = theta_j =
0.5, an Ohmic sigma_x bath on every qubit, alpha = 1e-3, cutoff 5, T = 0.2), Bloch-Redfield without the Lamb shift
(QuTiP has none), no `evolution` key, so `approach` picks its own grid: 121 log-spaced times up to 25 / gap.

  opensystem: `opensystem approach MODEL --out DIR -v quiet` (plots included: they are part of the command), the whole
              process timed (wall and CPU = user + system of the child), from a private copy of the build output.
  QuTiP:      in a child process (this script with --qutip-worker), on the times of opensystem's approach.csv:
              bloch_redfield_tensor(H, a_ops, use_secular=False), steadystate(R), then bloch_redfield_solve(R, ekets,
              rho0, tlist) from the ground state and from the maximally mixed state (what brmesolve calls), rtol/atol
              as given (default 1e-8 / 1e-10, opensystem's Dormand-Prince defaults); per sample D_ss = 1/2 ||rho - rho_ss||_1
              and C_j = sqrt(x_j^2 + y_j^2). The whole child process is timed (wall and CPU, Python start-up and import
              included) and stopped after --timeout CPU seconds (default 600; RLIMIT_CPU) or 20 times that in wall time:
              "did not finish". CPU rather than wall time, because the machine is shared: at a load average of 40 a
              process gets a few per cent of a core, and a wall-clock cap would measure the other users.
  Same answer: max |Delta D_ss| and max |Delta C_j| over the grid and both starts, and the relative difference of the rates
              fitted as opensystem fits them (least squares of ln D_ss over 1e-6 < D_ss < 1e-2 max D_ss).

Usage:
  nice -n 10 /usr/bin/python3 approach_race.py [--min-n 2] [--max-n 8] [--timeout 600] [--os-timeout 1800] [--keep-going]
  (limits in CPU seconds)
Results: a Markdown table on stdout and the raw numbers in out/approach_race.json.
"""
import argparse
import json
import math
import os
import resource
import shutil
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "qutip-compare"))
import race  # noqa: E402  (model writer, launcher, build identity)

STARTS = ["ground", "maximally_mixed"]


def model(qubits):
    m = race.c4_model(qubits - 1, 100)
    del m["evolution"]
    return m


def timed_child(cmd, cpu_cap, wall_cap):
    """Runs cmd; (stdout, wall s, CPU s of the child, error or None). CPU = user + system from the children's rusage.
    The child is stopped after cpu_cap seconds of CPU (RLIMIT_CPU: on a shared machine a wall-clock cap would measure the
    other users' load, not the program) or wall_cap seconds of wall time, whichever comes first: "did not finish"."""
    def limit():
        resource.setrlimit(resource.RLIMIT_CPU, (int(cpu_cap), int(cpu_cap) + 5))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=wall_cap, preexec_fn=limit)
        out, error = p.stdout, None
        if p.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
            error = f"did not finish in {cpu_cap:.0f} s CPU"
        elif p.returncode != 0:
            error = f"exit {p.returncode}: {p.stderr.strip()[-300:]}"
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode() if isinstance(e.stdout, bytes) else (e.stdout or "")
        error = f"did not finish in {wall_cap:.0f} s wall"
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return out, wall, cpu, error


def fit_rate(t, d):
    """opensystem's fit: least squares of ln D against t over 1e-6 < D < 1e-2 max D; None with fewer than 3 points."""
    top = max(d)
    pts = [(ti, math.log(di)) for ti, di in zip(t, d) if 1e-6 < di < 1e-2 * top]
    if len(pts) < 3:
        return None
    mx = sum(p[0] for p in pts) / len(pts)
    my = sum(p[1] for p in pts) / len(pts)
    sxy = sum((p[0] - mx) * (p[1] - my) for p in pts)
    sxx = sum((p[0] - mx) ** 2 for p in pts)
    return -sxy / sxx


def read_approach(folder):
    rows = [line.strip().split(",") for line in open(os.path.join(folder, "approach.csv")) if not line.startswith("#")]
    header, data = rows[0], [[float(x) if x else math.nan for x in r] for r in rows[1:]]
    col = {name: [r[i] for r in data] for i, name in enumerate(header)}
    with open(os.path.join(folder, "approach.json")) as f:
        summary = json.load(f)
    return col, summary


def qutip_worker(model_path, times_path, rtol, atol, nsteps):
    import numpy as np
    import qutip as qt
    with open(model_path) as f:
        m = json.load(f)
    with open(times_path) as f:
        tlist = np.array(json.load(f))
    n = m["qubits"]
    single = {"X": qt.sigmax(), "Y": qt.sigmay(), "Z": qt.sigmaz()}   # basis(2, 0) = |e>, sigmaz = diag(1, -1)

    def string_op(pauli):
        factors = [qt.qeye(2)] * n
        for f in pauli.split():
            factors[int(f[1:])] = single[f[0]]
        return qt.tensor(factors)

    def operator(terms):
        return sum(float(t["coef"]) * string_op(t["pauli"]) for t in terms)

    def gamma_of(bath):            # the model file's gamma(w); w > 0 is emission
        sd, temp = bath["spectral_density"], float(bath["temperature"])
        alpha, cutoff = float(sd["alpha"]), float(sd["cutoff"])

        def gamma(w):
            w = float(w)
            if w == 0.0:
                return 2 * math.pi * alpha * temp
            return 2 * math.pi * alpha * w * math.exp(-abs(w) / cutoff) / (-math.expm1(-w / temp))
        return gamma

    H = operator(m["hamiltonian"])
    a_ops = [[operator(b["coupling"]), gamma_of(b)] for b in m["baths"]]
    t0 = time.perf_counter()
    R, ekets = qt.bloch_redfield_tensor(H, a_ops, use_secular=False)
    tensor_s = time.perf_counter() - t0
    V = np.column_stack([k.full().ravel() for k in ekets])
    rho_ss = V @ qt.steadystate(R).full() @ V.conj().T
    xs = [string_op(f"X{j}").full() for j in range(n)]
    ys = [string_op(f"Y{j}").full() for j in range(n)]
    d = 2 ** n
    starts = {"ground": qt.ket2dm(qt.tensor([qt.basis(2, 1)] * n)), "maximally_mixed": qt.qeye([2] * n) / d}
    out = {"tensor_seconds": tensor_s, "runs": {}}
    for name in STARTS:
        t0 = time.perf_counter()
        states = qt.bloch_redfield.bloch_redfield_solve(R, ekets, starts[name], tlist, e_ops=[],
                                                        options=qt.Options(rtol=rtol, atol=atol, nsteps=nsteps))
        solve_s = time.perf_counter() - t0
        dss, coh = [], []
        for s in states:
            r = s.full()
            dss.append(0.5 * float(np.sum(np.abs(np.linalg.eigvalsh(r - rho_ss)))))
            coh.append([math.hypot(np.trace(r @ xs[j]).real, np.trace(r @ ys[j]).real) for j in range(n)])
        out["runs"][name] = {"solve_seconds": solve_s, "D_ss": dss, "C": coh}
        sys.stdout.write(json.dumps({"partial": name, "solve_seconds": solve_s}) + "\n")
        sys.stdout.flush()
    sys.stdout.write(json.dumps(out) + "\n")


def compare(col, q, qubits):
    """max |Delta D_ss|, max |Delta C_j| over both starts, and the fitted rates' largest relative difference."""
    dd = dc = dr = 0.0
    t = col["t"]
    for name in STARTS:
        ours, theirs = col[f"D_ss_{name}"], q["runs"][name]["D_ss"]
        dd = max(dd, max(abs(a - b) for a, b in zip(ours, theirs)))
        for j in range(qubits):
            dc = max(dc, max(abs(a - b[j]) for a, b in zip(col[f"C{j}_{name}"], q["runs"][name]["C"])))
        ra, rb = fit_rate(t, ours), fit_rate(t, theirs)
        if ra is not None and rb is not None:
            dr = max(dr, abs(ra / rb - 1))
    return dd, dc, dr


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--min-n", type=int, default=2, help="fewest qubits (default 2)")
    ap.add_argument("--max-n", type=int, default=8, help="most qubits (default 8)")
    ap.add_argument("--timeout", type=float, default=600.0, help="QuTiP limit per size, CPU seconds of the whole child process (default 600)")
    ap.add_argument("--os-timeout", type=float, default=1800.0, help="opensystem limit per size, CPU seconds (default 1800)")
    ap.add_argument("--wall-factor", type=float, default=20.0, help="wall-clock limit = this times the CPU limit (default 20)")
    ap.add_argument("--qutip-max-n", type=int, default=8, help="run QuTiP only up to this many qubits (default 8)")
    ap.add_argument("--keep-going", action="store_true", help="run QuTiP at larger sizes after it did not finish")
    ap.add_argument("--rtol", type=float, default=1e-8)
    ap.add_argument("--atol", type=float, default=1e-10)
    ap.add_argument("--nsteps", type=int, default=10 ** 7)
    ap.add_argument("--cli", default=race.DEFAULT_CLI, help="opensystem.dll (default: the Release build output)")
    ap.add_argument("--work", default=os.path.join(HERE, "out"))
    ap.add_argument("--table", metavar="JSON", help="print the table of a saved approach_race.json and stop")
    ap.add_argument("--qutip-worker", nargs=2, metavar=("MODEL", "TIMES"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.qutip_worker:
        qutip_worker(*args.qutip_worker, args.rtol, args.atol, args.nsteps)
        return
    if args.table:
        with open(args.table) as f:
            table(json.load(f))
        return
    os.makedirs(args.work, exist_ok=True)
    snap = os.path.join(args.work, "cli-copy")
    if os.path.isdir(snap):
        shutil.rmtree(snap)
    shutil.copytree(os.path.dirname(os.path.abspath(args.cli)), snap)
    cli = os.path.join(snap, os.path.basename(args.cli))
    print(f"# {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC, {race.build_identity()}, load average "
          f"{os.getloadavg()[0]:.1f} at the start")
    rows, qutip_stopped = [], None
    for qubits in range(args.min_n, args.max_n + 1):
        race.write_json(os.path.join(args.work, "approach_race.json"), rows)   # the sizes done so far: a stopped race keeps them
        path = os.path.join(args.work, f"c4_n{qubits}_approach.json")
        race.write_json(path, model(qubits))
        folder = os.path.join(args.work, f"os_n{qubits}")
        if os.path.isdir(folder):
            shutil.rmtree(folder)
        load = os.getloadavg()[0]
        _, wall, cpu, error = timed_child([*race.launcher(cli), "approach", path, "--out", folder, "-v", "quiet"], args.os_timeout,
                                              args.wall_factor * args.os_timeout)
        row = {"qubits": qubits, "d": 2 ** qubits, "load": load, "os": {"wall": wall, "cpu": cpu, "error": error}}
        rows.append(row)
        print(f"n = {qubits}: opensystem {wall:.2f} s wall, {cpu:.2f} s CPU" + (f" ({error})" if error else ""), flush=True)
        if error:
            continue
        col, summary = read_approach(folder)
        row["os"].update(t_end=col["t"][-1], gap=summary["gap"], routes=[r["evolution"] for r in summary["runs"]],
                         integrator=[r["integrator"] for r in summary["runs"]], rates=[r["fitted_rate"] for r in summary["runs"]])
        if qutip_stopped is not None and not args.keep_going:
            row["qutip"] = {"error": f"not run: n = {qutip_stopped} did not finish"}
            continue
        if qubits > args.qutip_max_n:
            row["qutip"] = {"error": f"not run (--qutip-max-n {args.qutip_max_n})"}
            continue
        times_path = os.path.join(args.work, f"times_n{qubits}.json")
        race.write_json(times_path, col["t"])
        cmd = ["/usr/bin/python3", os.path.abspath(__file__), "--rtol", repr(args.rtol), "--atol", repr(args.atol),
               "--nsteps", str(args.nsteps), "--qutip-worker", path, times_path]
        out, qwall, qcpu, qerror = timed_child(cmd, args.timeout, args.wall_factor * args.timeout)
        row["qutip"] = {"wall": qwall, "cpu": qcpu, "error": qerror}
        print(f"n = {qubits}: QuTiP {qwall:.2f} s wall, {qcpu:.2f} s CPU" + (f" ({qerror})" if qerror else ""), flush=True)
        if qerror:
            qutip_stopped = qubits
            continue
        q = json.loads(out.strip().splitlines()[-1])
        row["qutip"].update(tensor=q["tensor_seconds"], solve=[q["runs"][s]["solve_seconds"] for s in STARTS])
        row["diff"] = dict(zip(["D_ss", "C", "rate"], compare(col, q, qubits)))
    race.write_json(os.path.join(args.work, "approach_race.json"), rows)
    table(rows)


def table(rows):
    def f(x):
        return "-" if x is None else f"{x:.2f}" if x < 100 else f"{x:.0f}"
    print("\n| n | d | t_end | load | os wall s | os CPU s | os route | QuTiP wall s | QuTiP CPU s | QuTiP tensor / solves s "
          "| wall ratio | max\\|ΔD_ss\\| | max\\|ΔC_j\\| | rates rel. |")
    print("|--:|--:|--:|--:|--:|--:|---|--:|--:|---|--:|--:|--:|--:|")
    for r in rows:
        o, q, dif = r["os"], r.get("qutip", {}), r.get("diff")
        route = "/".join(sorted(set(o.get("routes", [])))) or o.get("error", "-")
        if q.get("error"):
            qt_cols = [q["error"], "-", "-", "-"]
        elif q:
            qt_cols = [f(q["wall"]), f(q["cpu"]), f"{q['tensor']:.2f} / " + " + ".join(f(s) for s in q["solve"]),
                       f"{q['wall'] / o['wall']:.1f}"]
        else:
            qt_cols = ["-"] * 4
        diffs = [f"{dif['D_ss']:.1e}", f"{dif['C']:.1e}", f"{dif['rate']:.1e}"] if dif else ["-"] * 3
        t_end = f"{o['t_end']:.0f}" if "t_end" in o else "-"
        print(f"| {r['qubits']} | {r['d']} | {t_end} | {r['load']:.1f} | {f(o['wall'])} | {f(o['cpu'])} | {route} | "
              + " | ".join(qt_cols[:3]) + f" | {qt_cols[3]} | " + " | ".join(diffs) + " |")


if __name__ == "__main__":
    main()
