#!/usr/bin/python3
"""Compare a result.json (e.g. from `opensystem run`) with the independent Python reference.

Usage:
  compare.py MODEL.json RESULT.json [--ref REF.json] [--save-ref REF.json]
             [--tol-gibbs 1e-6] [--tol-steady 1e-6] [--tol-steady-ls 1e-5]
             [--tol-traj 1e-5] [--tol-td 1e-6]

Without --ref the reference is computed by running reference.py on MODEL.json.
Prints the largest absolute differences (bloch vectors and coherences per section, trace
distances) and exits 0 if all are within tolerance, 1 otherwise (also on a structural
mismatch, e.g. gibbs null in one file only or different time grids), 2 on usage errors.

Tolerances: gibbs 1e-6; steady state 1e-6, or 1e-5 for `redfield` with lamb_shift true (the
Lamb shift S(w) is computed by different numerical routes); trajectory 1e-5; trace distances
1e-6 (the steady-state trace distance uses the steady-state tolerance, so a redfield+LS model
is not held to a stricter standard for it than for its Bloch vectors).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def maxdiff(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    if a.shape != b.shape:
        raise ValueError(f"shape mismatch {a.shape} vs {b.shape}")
    return float(np.max(np.abs(a - b))) if a.size else 0.0


def load(path):
    with open(path) as f:
        return json.load(f)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("model")
    ap.add_argument("result")
    ap.add_argument("--ref", help="precomputed reference result (skips running reference.py)")
    ap.add_argument("--save-ref", help="write the computed reference result here")
    ap.add_argument("--tol-gibbs", type=float, default=1e-6)
    ap.add_argument("--tol-steady", type=float, default=1e-6)
    ap.add_argument("--tol-steady-ls", type=float, default=1e-5)
    ap.add_argument("--tol-traj", type=float, default=1e-5)
    ap.add_argument("--tol-td", type=float, default=1e-6)
    args = ap.parse_args()

    model = load(args.model)
    eq = model.get("equation", {"kind": "redfield", "lamb_shift": True})
    redfield_ls = eq.get("kind", "redfield") == "redfield" and eq.get("lamb_shift", True) and model.get("baths")
    tol_steady = args.tol_steady_ls if redfield_ls else args.tol_steady

    if args.ref:
        ref = load(args.ref)
    else:
        out = args.save_ref or tempfile.mktemp(suffix=".json", prefix="crosscheck_ref_")
        p = subprocess.run([sys.executable, os.path.join(HERE, "reference.py"), args.model, out])
        if p.returncode != 0:
            print(f"compare.py: reference.py failed with exit code {p.returncode}")
            return 1
        ref = load(out)
        if not args.save_ref:
            os.unlink(out)
    res = load(args.result)

    rows = []          # (name, diff, tol)
    problems = []

    def add(name, fn, tol):
        try:
            rows.append((name, fn(), tol))
        except (KeyError, TypeError, ValueError) as e:
            problems.append(f"{name}: {type(e).__name__}: {e}")

    # gibbs
    g_ref, g_res = ref.get("gibbs"), res.get("gibbs")
    if (g_ref is None) != (g_res is None):
        problems.append(f"gibbs: reference is {'null' if g_ref is None else 'present'}, "
                        f"result is {'null' if g_res is None else 'present'}")
    elif g_ref is not None:
        add("gibbs.temperature", lambda: abs(g_ref["temperature"] - g_res["temperature"]), 1e-12)
        add("gibbs.bloch", lambda: maxdiff(g_ref["bloch"], g_res["bloch"]), args.tol_gibbs)
        add("gibbs.coherence", lambda: maxdiff(g_ref["coherence"], g_res["coherence"]), args.tol_gibbs)

    # steady state
    s_ref, s_res = ref["steady_state"], res.get("steady_state")
    if s_res is None:
        problems.append("steady_state missing in result")
    else:
        add("steady_state.bloch", lambda: maxdiff(s_ref["bloch"], s_res["bloch"]), tol_steady)
        add("steady_state.coherence", lambda: maxdiff(s_ref["coherence"], s_res["coherence"]), tol_steady)
        td_ref, td_res = s_ref["trace_distance_to_gibbs"], s_res.get("trace_distance_to_gibbs")
        if td_ref is None or td_res is None:
            if (td_ref is None) != (td_res is None) and g_ref is not None:
                problems.append(f"steady_state.trace_distance_to_gibbs: reference {td_ref}, result {td_res}")
        else:
            add("steady_state.trace_distance_to_gibbs", lambda: abs(td_ref - td_res), max(args.tol_td, tol_steady))

    # trajectory
    t_ref, t_res = ref.get("trajectory"), res.get("trajectory")
    if (t_ref is None) != (t_res is None):
        problems.append(f"trajectory: reference {'absent' if t_ref is None else 'present'}, "
                        f"result {'absent' if t_res is None else 'present'}")
    elif t_ref is not None:
        if len(t_ref["t"]) != len(t_res["t"]):
            problems.append(f"trajectory.t: {len(t_ref['t'])} samples in reference, {len(t_res['t'])} in result")
        else:
            add("trajectory.t", lambda: maxdiff(t_ref["t"], t_res["t"]), 1e-9 * max(1.0, max(t_ref["t"])))
            add("trajectory.bloch", lambda: maxdiff(t_ref["bloch"], t_res["bloch"]), args.tol_traj)
            add("trajectory.coherence", lambda: maxdiff(t_ref["coherence"], t_res["coherence"]), args.tol_traj)
            tdr, tds = t_ref["trace_distance_to_gibbs"], t_res.get("trace_distance_to_gibbs")
            if g_ref is not None and tds is not None and all(x is not None for x in tds):
                add("trajectory.trace_distance_to_gibbs", lambda: maxdiff(tdr, tds), args.tol_td)
            elif g_ref is not None:
                problems.append("trajectory.trace_distance_to_gibbs missing/null in result")

    ok = not problems
    print(f"model: {args.model}   equation: {eq.get('kind', 'redfield')} lamb_shift={eq.get('lamb_shift', True)}")
    print(f"  {'quantity':40s} {'max |diff|':>11s} {'tol':>8s}")
    for name, d, tol in rows:
        flag = "ok" if d <= tol else "FAIL"
        ok = ok and d <= tol
        print(f"  {name:40s} {d:11.3e} {tol:8.0e}  {flag}")
    for p in problems:
        print(f"  PROBLEM: {p}")
    print("  => PASS" if ok else "  => FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
