#!/usr/bin/python3
"""Regenerates models/*.json (the cross-check model set). Usage: make_models.py"""
import json
import math
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def t(p, c):
    return {"pauli": p, "coef": c}


def ohm(coupling, T, alpha=1e-3, cutoff=5.0):
    return {"coupling": coupling, "spectral_density": {"kind": "ohmic", "alpha": alpha, "cutoff": cutoff},
            "temperature": T}


def eq9(w1=1.0, g=0.5, th=0.5, w2=1.0):
    return [t("Z0", w1 / 2), t("X0 Z1", g / 2), t("X0 X1", th / 2), t("Z1", w2 / 2)]


def eq12(w0=1.0, w1=1.0, w2=1.3, th=0.5, g=0.5):
    return [t("Z0", w0 / 2), t("Z1", w1 / 2), t("Z2", w2 / 2), t("X0 X1", th / 2), t("X1 Z2", g / 2)]


def c4(N, wT=1.0, wj=0.5, gj=0.5, thj=0.5):
    h = [t("Z0", wT / 2)]
    for j in range(1, N + 1):
        h += [t(f"Z{j}", wj / 2), t(f"X{j} Z0", gj / 2), t(f"X{j} X0", thj / 2)]
    return h


SIGMA_MINUS = lambda q: [t(f"X{q}", 0.5), t(f"Y{q}", [0, -0.5])]   # |g><e| of qubit q
SIGMA_PLUS = lambda q: [t(f"X{q}", 0.5), t(f"Y{q}", [0, 0.5])]

models = {
    # single qubit, sigma_x bath, T = 0, Redfield + Lamb shift, decay from |e>
    "m01_qubit_redfield_ls_T0": {
        "qubits": 1, "hamiltonian": [t("Z0", 0.5)], "baths": [ohm([t("X0", 1.0)], 0.0, alpha=1e-2)],
        "equation": {"kind": "redfield", "lamb_shift": True},
        "initial_state": {"kind": "excited"}, "evolution": {"t_end": 200, "samples": 101}},
    # composite coupling X0 + Z0 (docs/physics.md §1.4: <X> = -5.8696307271e-3)
    "m02_composite_redfield_ls": {
        "qubits": 1, "hamiltonian": [t("Z0", 0.5)], "baths": [ohm([t("X0", 1.0), t("Z0", 1.0)], 0.1)],
        "equation": {"kind": "redfield", "lamb_shift": True},
        "initial_state": {"kind": "product", "bloch": [[0.6, 0.0, 0.8]]}, "evolution": {"t_end": 1500, "samples": 61}},
    "m03_composite_redfield_nols": {
        "qubits": 1, "hamiltonian": [t("Z0", 0.5)], "baths": [ohm([t("X0", 1.0), t("Z0", 1.0)], 0.1)],
        "equation": {"kind": "redfield", "lamb_shift": False},
        "initial_state": {"kind": "product", "bloch": [[0.6, 0.0, 0.8]]}, "evolution": {"t_end": 1500, "samples": 61}},
    # Kolar-Filip Eq. (9), baths on both qubits
    "m04_eq9_redfield_ls_two_baths": {
        "qubits": 2, "hamiltonian": eq9(), "baths": [ohm([t("X0", 1.0)], 0.2), ohm([t("X1", 1.0)], 0.2)],
        "initial_state": {"kind": "product", "bloch": [[0.0, 0.0, -1.0], [0.3, -0.4, 0.5]]},
        "evolution": {"t_end": 1000, "samples": 51}},
    "m05_eq9_lindblad_ls": {
        "qubits": 2, "hamiltonian": eq9(), "baths": [ohm([t("X0", 1.0)], 0.2, alpha=1e-2), ohm([t("X1", 1.0)], 0.2, alpha=1e-2)],
        "equation": {"kind": "lindblad", "lamb_shift": True},
        "initial_state": {"kind": "excited"}, "evolution": {"t_end": 300, "samples": 61}},
    "m06_eq9_local_bath_on_q1": {
        "qubits": 2, "hamiltonian": eq9(0.5, 0.5, 0.5, 1.0), "baths": [ohm([t("X1", 1.0)], 0.3, alpha=1e-2)],
        "equation": {"kind": "local", "lamb_shift": True},
        "initial_state": {"kind": "maximally_mixed"}, "evolution": {"t_end": 400, "samples": 41}},
    # common bath X0 + X1 on two detuned, coupled qubits
    "m07_common_bath_redfield_ls": {
        "qubits": 2, "hamiltonian": [t("Z0", 0.5), t("Z1", 0.6), t("X0 X1", 0.05), t("X0 Z1", 0.05)],
        "baths": [ohm([t("X0", 1.0), t("X1", 1.0)], 0.3, alpha=5e-3)],
        "initial_state": {"kind": "ground"}, "evolution": {"t_end": 500, "samples": 51}},
    # (C4) N = 2 identical sources: exactly degenerate Bohr frequencies must be grouped (Davies)
    "m08_c4_identical_sources_lindblad": {
        "qubits": 3, "hamiltonian": c4(2),
        "baths": [ohm([t(f"X{q}", 1.0)], 0.25, alpha=1e-2) for q in range(3)],
        "equation": {"kind": "lindblad", "lamb_shift": True},
        "initial_state": {"kind": "product", "bloch": [[1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [0.0, 0.0, -1.0]]},
        "evolution": {"t_end": 300, "samples": 31}},
    # jumps only (no baths): gibbs null; complex coefficients in jump operators
    "m09_jumps_only": {
        "qubits": 2, "hamiltonian": [t("Z0", [0.5, 0.0]), t("Z1", 0.35), t("X0 X1", 0.1), t("Y0 Y1", 0.04)],
        "baths": [],
        "jumps": [{"operator": SIGMA_MINUS(0), "rate": 0.05}, {"operator": SIGMA_PLUS(0), "rate": 0.01},
                  {"operator": SIGMA_MINUS(1), "rate": 0.03}, {"operator": [t("Z1", 1.0)], "rate": 0.02}],
        "initial_state": {"kind": "product", "bloch": [[0.5, 0.5, 0.5], [0.0, 0.6, -0.8]]},
        "evolution": {"t_end": 300, "samples": 61}},
    # bath + extra jump (pumping), Redfield + LS
    "m10_bath_plus_jump_redfield": {
        "qubits": 2, "hamiltonian": eq9(), "baths": [ohm([t("X1", 1.0)], 0.3, alpha=1e-2)],
        "jumps": [{"operator": SIGMA_PLUS(0), "rate": 0.002}],
        "initial_state": {"kind": "ground"}, "evolution": {"t_end": 800, "samples": 41}},
    # 3 qubits, Eq. (12), T = 0, Redfield + LS
    "m11_eq12_redfield_ls_T0": {
        "qubits": 3, "hamiltonian": eq12(),
        "baths": [ohm([t(f"X{q}", 1.0)], 0.0, alpha=1e-2) for q in range(3)],
        "initial_state": {"kind": "maximally_mixed"}, "evolution": {"t_end": 400, "samples": 41}},
    # 4 qubits, Eq. (14) star with 3 sources, local GKLS, baths on every qubit
    "m12_eq14_local_4q": {
        "qubits": 4,
        "hamiltonian": [t("Z0", 0.5)] + sum([[t(f"Z{j}", 0.25), t(f"X0 Z{j}", 0.125)] for j in (1, 2, 3)], []),
        "baths": [ohm([t(f"X{q}", 1.0)], 0.5, alpha=1e-2) for q in range(4)],
        "equation": {"kind": "local", "lamb_shift": True},
        "initial_state": {"kind": "ground"}, "evolution": {"t_end": 200, "samples": 21}},
    # baths at different temperatures: gibbs null
    "m13_two_temperatures_redfield": {
        "qubits": 2, "hamiltonian": eq9(), "baths": [ohm([t("X0", 1.0)], 0.1), ohm([t("X1", 1.0)], 0.6)],
        "initial_state": {"kind": "ground"}, "evolution": {"t_end": 600, "samples": 31}},
    # Davies without Lamb shift at T = 0 (Gibbs = ground-space projector)
    "m14_eq9_lindblad_nols_T0": {
        "qubits": 2, "hamiltonian": eq9(), "baths": [ohm([t("X0", 1.0)], 0.0, alpha=1e-2), ohm([t("X1", 1.0)], 0.0, alpha=1e-2)],
        "equation": {"kind": "lindblad", "lamb_shift": False},
        "initial_state": {"kind": "excited"}, "evolution": {"t_end": 300, "samples": 31}},
    # complex Hamiltonian (Y terms) -> nonzero <Y>; Y coupling; sign conventions of Y
    "m15_y_terms_redfield_ls": {
        "qubits": 2, "hamiltonian": [t("Z0", 0.5), t("Y0", 0.2), t("Z1", 0.4), t("Y0 X1", 0.1)],
        "baths": [ohm([t("Y0", [1.0, 0.0]), t("Z0", 0.5)], 0.2), ohm([t("X1", 1.0)], 0.2)],
        "initial_state": {"kind": "product", "bloch": [[0.0, 1.0, 0.0], [0.0, -1.0, 0.0]]},
        "evolution": {"t_end": 600, "samples": 31}},
    # local with a common bath on qubits 0,1 of a 3-qubit chain (H_loc keeps X0 X1, drops X1 Z2)
    "m16_local_common_bath_3q": {
        "qubits": 3, "hamiltonian": eq12(),
        "baths": [ohm([t("X0", 1.0), t("X1", 1.0)], 0.3, alpha=1e-2), ohm([t("X2", 1.0)], 0.3, alpha=1e-2)],
        "equation": {"kind": "local", "lamb_shift": False},
        "initial_state": {"kind": "excited"}, "evolution": {"t_end": 300, "samples": 31}},
}

if __name__ == "__main__":
    d = os.path.join(HERE, "models")
    os.makedirs(d, exist_ok=True)
    for name, m in models.items():
        with open(os.path.join(d, name + ".json"), "w") as f:
            json.dump(m, f, indent=2)
            f.write("\n")
    print(f"wrote {len(models)} models to {d}")
