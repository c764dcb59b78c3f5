"""Scale-extreme cases of issue 13 (wrong answers that exited 0, hangs), run against the built CLI by run.py.

Each case is a model file, the exit codes it may end with, and a check of what it wrote or said. None may hang: every
run has a timeout far below the old hang times (973 s, 1200 s).
"""
import json
import os

TIMEOUT = 60


def bath(qubit, alpha=0.01, temperature=0.3, cutoff=5.0):
    return {"coupling": [{"pauli": f"X{qubit}", "coef": 1.0}],
            "spectral_density": {"kind": "ohmic", "alpha": alpha, "cutoff": cutoff}, "temperature": temperature}


def pair(scale=1.0, temperature=0.3, alpha=0.01):
    return [{"pauli": "Z0", "coef": 0.5 * scale}, {"pauli": "Z1", "coef": 0.7 * scale}, {"pauli": "X0 X1", "coef": 0.1 * scale}], \
        [bath(0, alpha, temperature * scale, 5.0 * scale), bath(1, alpha, temperature * scale, 5.0 * scale)]


def cases():
    """(name, model, allowed exit codes, check(result or None, stderr) -> problem or None)."""
    h, baths = pair(temperature=1e8)
    yield ("redfield_no_lamb_shift_T1e8", {"qubits": 2, "hamiltonian": h, "baths": baths,
                                           "equation": {"kind": "redfield", "lamb_shift": False}},
           {0, 1}, lambda r, err: None if r is None and "Gibbs" in err
           else gibbs_close(r))
    h, baths = pair(scale=1e-12)
    yield ("redfield_no_lamb_shift_H_times_1e-12", {"qubits": 2, "hamiltonian": h, "baths": baths,
                                                    "equation": {"kind": "redfield", "lamb_shift": False}},
           {0, 1}, lambda r, err: None if r is None and "Gibbs" in err else gibbs_close(r))
    h, baths = pair(alpha=1.0)
    yield ("redfield_lamb_shift_alpha_1", {"qubits": 2, "hamiltonian": h, "baths": baths,
                                           "equation": {"kind": "redfield", "lamb_shift": True},
                                           "evolution": {"t_end": 200, "samples": 101}},
           {1}, lambda r, err: None if "not physical" in err or "not finite" in err else f"stderr lacks the reason: {err[-300:]}")
    yield ("free_qubit_precessing", {"qubits": 2, "hamiltonian": [{"pauli": "Z0", "coef": 0.5}, {"pauli": "Z1", "coef": 0.7}],
                                     "baths": [bath(0)], "equation": {"kind": "lindblad"},
                                     "initial_state": {"kind": "product", "bloch": [[0, 0, 1], [1, 0, 0]]}},
           {0}, free_qubit)
    yield ("h_zero", {"qubits": 1, "hamiltonian": [], "baths": [bath(0)], "equation": {"kind": "redfield", "lamb_shift": False},
                      "initial_state": {"kind": "product", "bloch": [[0.6, 0, 0.8]]}},
           {0}, lambda r, err: None if abs(r["steady_state"]["bloch"][0][0] - 0.6) < 1e-9 and abs(r["steady_state"]["bloch"][0][2]) < 1e-9
           else f"steady Bloch {r['steady_state']['bloch']} != (0.6, 0, 0)")
    yield ("t_end_1e99_log_spacing", {"qubits": 1, "hamiltonian": [{"pauli": "Z0", "coef": 0.5}], "baths": [bath(0)],
                                      "equation": {"kind": "lindblad"}, "evolution": {"t_end": 1e99, "samples": 101, "spacing": "log"}},
           {0, 2}, lambda r, err: (None if "would take" in err else f"stderr lacks the estimate: {err[-300:]}") if r is None
           else (None if r["trajectory"]["trace_distance_to_gibbs"][-1] < 1e-7
                 else f"t = 1e99 state {r['trajectory']['trace_distance_to_gibbs'][-1]} from the Gibbs state (Davies relaxes to it)"))
    yield ("field_1e20_davies", {"qubits": 1, "hamiltonian": [{"pauli": "Z0", "coef": 1e20}], "baths": [bath(0)],
                                 "equation": {"kind": "lindblad", "lamb_shift": False},
                                 "initial_state": {"kind": "product", "bloch": [[0.6, 0, 0.8]]},
                                 "evolution": {"t_end": 100, "samples": 101}},
           {0, 1, 2}, lambda r, err: None if "internal error" not in err else f"crash outside the handled path: {err[-300:]}")
    yield ("three_qubits_cutoff_1e-6", {"qubits": 3, "hamiltonian": [{"pauli": f"Z{q}", "coef": 1e6} for q in range(3)]
                                        + [{"pauli": "X0 X1", "coef": 1e12}, {"pauli": "X1 X2", "coef": 1e12}],
                                        "baths": [{"coupling": [{"pauli": f"X{q}", "coef": 1.0} for q in range(3)],
                                                   "spectral_density": {"kind": "ohmic", "alpha": 0.01, "cutoff": 1e-6}, "temperature": 0.3}],
                                        "equation": {"kind": "redfield"}, "evolution": {"t_end": 100, "samples": 101}},
           {0, 1, 2}, lambda r, err: None if "internal error" not in err and "   at " not in err else f"crash outside the handled path: {err[-300:]}")


def gibbs_close(result):
    if result is None:
        return "no result and no Gibbs failure message"
    distance = result["steady_state"]["trace_distance_to_gibbs"]
    return None if distance is not None and distance < 1e-7 else f"steady state {distance} from the Gibbs state (exact steady state)"


def free_qubit(result, err):
    warnings = " ".join(result["run"]["warnings"]) if "run" in result else err
    if "1.4" not in warnings and "1.4" not in err:
        return "no warning naming the precession frequency 1.4"
    if result["steady_state"]["unique"]:
        return "unique: true for a two-dimensional kernel"
    return None


def run_all(suite):
    """Runs every case through suite.run; records violations on suite."""
    for name, model, codes, check in cases():
        path = os.path.join(suite.work, f"scale_{name}.json")
        out = os.path.join(suite.work, f"scale_{name}_out")
        with open(path, "w") as f:
            json.dump(model, f)
        code, err = suite.run(["run", path, "--out", out], timeout=TIMEOUT)
        suite.check(f"scales/{name}", code in codes, f"exit {code}, expected one of {sorted(codes)}: {err[-300:]}")
        result_path = os.path.join(out, "result.json")
        result = None
        if os.path.exists(result_path):
            with open(result_path) as f:
                result = json.load(f)
        if code == 0 and result is None:
            suite.check(f"scales/{name}", False, "exit 0 without result.json")
            continue
        problem = check(result, err)
        suite.check(f"scales/{name}", problem is None, problem or "")
