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


def bath(coupling, T, sd):
    return {"coupling": coupling, "spectral_density": sd, "temperature": T}


def ohmic_s(alpha, cutoff, s):
    return {"kind": "ohmic", "alpha": alpha, "cutoff": cutoff, "exponent": s}


def drude(lam, width):
    return {"kind": "drude_lorentz", "reorganization": lam, "width": width}


def underdamped(lam, width, w0):
    return {"kind": "underdamped", "reorganization": lam, "width": width, "frequency": w0}


# Mean-force (MFGS) models: run with `opensystem run --only gibbs`; references by mean_force.py.
mean_force_models = {
    # composite qubit, sub-Ohmic bath (J ~ w^0.5: the w -> 0 end of K(u) is singular)
    "mf01_composite_subohmic": {
        "qubits": 1, "hamiltonian": [t("Z0", 0.5)], "baths": [bath([t("X0", 1.0), t("Z0", 1.0)], 0.3, ohmic_s(1e-3, 5.0, 0.5))]},
    # qubit with a tilted H and a Y-containing coupling, super-Ohmic s = 3
    "mf02_qubit_superohmic_y": {
        "qubits": 1, "hamiltonian": [t("Z0", 0.6), t("X0", 0.15)],
        "baths": [bath([t("Y0", 1.0), t("Z0", 0.3), t("X0", 0.2)], 0.5, ohmic_s(2e-3, 2.0, 3.0))]},
    # Eq. (9), Drude-Lorentz local baths (1/w tail: K(u) ~ -ln u at the ends)
    "mf03_eq9_drude_local": {
        "qubits": 2, "hamiltonian": eq9(), "baths": [bath([t("X0", 1.0)], 0.2, drude(2e-3, 3.0)),
                                                     bath([t("X1", 1.0)], 0.2, drude(1e-3, 0.5))]},
    # common underdamped bath X0 + X1 near the qubits' frequencies, identity term in the coupling
    "mf04_common_underdamped": {
        "qubits": 2, "hamiltonian": [t("Z0", 0.5), t("Z1", 0.6), t("X0 X1", 0.05), t("X0 Z1", 0.05)],
        "baths": [bath([t("X0", 1.0), t("X1", 1.0), t("I", 0.4)], 0.25, underdamped(2e-3, 0.2, 1.1))]},
    # (C4) with two identical ancillas: exactly degenerate levels; a bath on every qubit
    "mf05_c4_degenerate_every_qubit": {
        "qubits": 3, "hamiltonian": c4(2),
        "baths": [{"every_qubit": "X", "spectral_density": {"kind": "ohmic", "alpha": 1e-3, "cutoff": 5.0}, "temperature": 0.1}]},
    # three identical uncoupled qubits (eightfold-degenerate structure), common bath on Z's and X0
    "mf06_identical_qubits_common": {
        "qubits": 3, "hamiltonian": [t("Z0", 0.5), t("Z1", 0.5), t("Z2", 0.5)],
        "baths": [bath([t("Z0", 1.0), t("Z1", 1.0), t("Z2", 1.0), t("X0", 0.5)], 0.3, drude(1e-3, 2.0)),
                  bath([t("X2", 1.0)], 0.3, ohmic_s(1e-3, 5.0, 1.0))]},
    # four-qubit star (Eq. 14) at low T, local Ohmic baths
    "mf07_eq14_star_low_T": {
        "qubits": 4,
        "hamiltonian": [t("Z0", 0.5)] + sum([[t(f"Z{j}", 0.25), t(f"X0 Z{j}", 0.125)] for j in (1, 2, 3)], []),
        "baths": [ohm([t(f"X{q}", 1.0)], 0.02, alpha=1e-3) for q in range(4)]},
    # five-qubit chain with Y terms (complex H), Drude-Lorentz bath on every qubit
    "mf08_chain5_y_drude": {
        "qubits": 5,
        "hamiltonian": [t(f"Z{q}", 0.5 + 0.07 * q) for q in range(5)] + [t(f"X{q} X{q + 1}", 0.05) for q in range(4)]
                       + [t("Y0 Y1", 0.03), t("Y3", 0.02)],
        "baths": [{"every_qubit": "X", "spectral_density": drude(1e-3, 1.5), "temperature": 0.3}]},
    # low T, two kinds of bath at one temperature: underdamped on qubit 0, super-Ohmic on qubit 1
    "mf09_mixed_kinds_low_T": {
        "qubits": 2, "hamiltonian": eq9(),
        "baths": [bath([t("X0", 1.0)], 0.03, underdamped(1e-3, 0.3, 1.0)),
                  bath([t("X1", 1.0), t("Z1", 0.5)], 0.03, ohmic_s(1e-3, 3.0, 2.0))]},
    # (C4) with four identical ancillas (five qubits, degenerate), baths on every qubit, low T
    "mf10_c4_five_qubits": {
        "qubits": 5, "hamiltonian": c4(4),
        "baths": [{"every_qubit": "X", "spectral_density": {"kind": "ohmic", "alpha": 1e-3, "cutoff": 5.0}, "temperature": 0.05}]},
    # qubit, Y coupling, underdamped bath resonant with the qubit
    "mf11_qubit_resonant_underdamped": {
        "qubits": 1, "hamiltonian": [t("Z0", 0.5)], "baths": [bath([t("Y0", 1.0), t("Z0", -0.7)], 0.15, underdamped(5e-3, 0.1, 1.0))]},
}


def write(folder, table):
    d = os.path.join(HERE, folder)
    os.makedirs(d, exist_ok=True)
    for name, m in table.items():
        with open(os.path.join(d, name + ".json"), "w") as f:
            json.dump(m, f, indent=2)
            f.write("\n")
    print(f"wrote {len(table)} models to {d}")


if __name__ == "__main__":
    write("models", models)
    write("mean_force/models", mean_force_models)
