#!/usr/bin/python3
"""Independent sector computation of the Gibbs state of the model families c4, c1, c7 (numpy only).

Usage:  sector_gibbs.py FAMILY N T1,T2,... PARAM...     (parameters in the model file's order, see docs/model-file.md)
Prints one JSON line per temperature: {"T": ..., "target": [x, y, z], "ancilla": [x, y, z]}.

Written separately from src/Symmetry to check it (docs/permutation-symmetry.md): the family Hamiltonian is written by
hand in collective form, each spin-j block is diagonalised densely with numpy.linalg.eigh, and the multiplicity
d_j = C(N, N/2 - j) - C(N, N/2 - j - 1) is taken in log space from math.lgamma. The cost is O(N^4), so it is meant
for N up to a few hundred.
Conventions: Z = diag(1, -1) on (|e>, |g>), J_z |j, m> = m |j, m>, basis m = j, ..., -j.
"""
import json
import math
import sys

import numpy as np

X = np.array([[0, 1], [1, 0]], dtype=complex)
Y = np.array([[0, -1j], [1j, 0]], dtype=complex)
Z = np.diag([1.0, -1.0]).astype(complex)
I2 = np.eye(2, dtype=complex)


def spin(j):
    m = np.arange(j, -j - 1, -1)
    jz = np.diag(m).astype(complex)
    jp = np.zeros((len(m), len(m)), dtype=complex)
    for k in range(1, len(m)):
        jp[k - 1, k] = math.sqrt(j * (j + 1) - m[k] * (m[k] + 1))
    return (jp + jp.T) / 2, (jp - jp.T) / 2j, jz


def block(family, p, j):
    jx, jy, jz = spin(j)
    one = np.eye(jz.shape[0])
    if family == "c4":
        wt, wa, g, th = p
        return wt / 2 * np.kron(Z, one) + wa * np.kron(I2, jz) + g * np.kron(Z, jx) + th * np.kron(X, jx), 2
    if family == "c1":
        wt, wa, g = p
        return wt / 2 * np.kron(Z, one) + wa * np.kron(I2, jz) + g * np.kron(X, jz), 2
    if family == "c7":
        wt, wm, wa, g, th = p
        d = (wt / 2 * np.kron(Z, I2) + th / 2 * np.kron(X, X) + wm / 2 * np.kron(I2, Z))
        return np.kron(d, one) + g * np.kron(np.kron(I2, X), jz) + wa * np.kron(np.eye(4), jz), 4
    raise SystemExit(f"unknown family {family}")


def log_mult(n, twice_j):
    k = (n - twice_j) // 2
    lc = math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
    return lc + math.log((twice_j + 1) / (n - k + 1))


def main():
    family, n, temps = sys.argv[1], int(sys.argv[2]), [float(t) for t in sys.argv[3].split(",")]
    p = [float(x) for x in sys.argv[4:]]
    levels = []
    for twice_j in range(n, -1, -2):
        h, dim = block(family, p, twice_j / 2)
        e, v = np.linalg.eigh(h)
        s = h.shape[0] // dim
        jx, jy, jz = spin(twice_j / 2)
        target = [np.kron(P, np.eye(dim // 2 * s)) for P in (X, Y, Z)]
        coll = [np.kron(np.eye(dim), J) for J in (jx, jy, jz)]
        obs = np.array([np.real(np.einsum("ik,ij,jk->k", v.conj(), o, v)) for o in target + coll])
        levels.append((e, log_mult(n, twice_j), obs))
    e_all = np.concatenate([lv[0] for lv in levels])
    lm_all = np.concatenate([np.full(len(lv[0]), lv[1]) for lv in levels])
    obs_all = np.concatenate([lv[2] for lv in levels], axis=1)
    e0 = e_all.min()
    tol = 1e-9 * (e_all.max() - e0) + 64 * 2.2e-16 * max(abs(e0), abs(e_all.max()))
    for t in temps:
        if t == 0:
            lw = np.where(e_all - e0 <= tol, lm_all, -np.inf)
        else:
            lw = lm_all - (e_all - e0) / t
        w = np.exp(lw - lw.max())
        means = obs_all @ w / w.sum()
        print(json.dumps({"T": t, "target": list(means[:3]), "ancilla": list(2 / n * means[3:])}))


if __name__ == "__main__":
    main()
