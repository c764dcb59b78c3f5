#!/usr/bin/python3
"""Independent sector computation of the Gibbs state of the model families c4, c1, c7 (numpy only).

Usage:  sector_gibbs.py FAMILY N T1,T2,... PARAM...     (parameters in the model file's order, see docs/model-file.md)
        sector_gibbs.py --banded c4 N T1,T2,... PARAM...   (c4 only, scipy's LAPACK band solver: N up to 1000)
Prints one JSON line per temperature: {"N": ..., "T": ..., "target": [x, y, z], "ancilla": [x, y, z]}.

Written separately from src/Symmetry to check it (docs/permutation-symmetry.md): the family Hamiltonian is written by
hand in collective form, each spin-j block is diagonalised densely with numpy.linalg.eigh, and the multiplicity
d_j = C(N, N/2 - j) - C(N, N/2 - j - 1) is taken in log space from math.lgamma. The cost is O(N^4), so it is meant
for N up to a few hundred.
--banded (c4 only) stores each block as a real band matrix in the order (m, target) with half-bandwidth 3, takes all
eigenvalues from scipy.linalg.eig_banded (LAPACK dsbevd/dsbevx) and then, block by block, only the lowest eigenvectors
whose log-weight comes within 50 of the largest at one of the temperatures (the rest weigh below N^2 e^-50 in total);
multiplicities from mpmath at 40 digits. At N = 1000 and T = 0, 0.05, 0.3, 1, 3: 4 min of CPU.
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


def c4_band(p, twice_j):
    """Lower band (4 x 2(2j+1)) of the c4 block in the order index = 2 (j - m) + d, d = 0 for |e> (Z = +1)."""
    wt, wa, g, th = p
    j, size = twice_j / 2, twice_j + 1
    m = j - np.arange(size)
    c = 0.5 * np.sqrt(j * (j + 1) - m[:-1] * (m[:-1] - 1))   # <m|J_x|m-1>
    band = np.zeros((4, 2 * size))
    band[0, 0::2], band[0, 1::2] = wt / 2 + wa * m, -wt / 2 + wa * m
    band[1, 1:-1:2] = th * c        # (m, g) - (m-1, e): theta X_T J_x
    band[2, 0:-2:2], band[2, 1:-2:2] = g * c, -g * c   # (m, d) - (m-1, d): g Z_T J_x
    band[3, 0:-2:2] = th * c        # (m, e) - (m-1, g): theta X_T J_x
    return band, m, c


def banded(n, temps, p):
    import mpmath
    from scipy.linalg import eig_banded
    mpmath.mp.dps = 40
    blocks = []
    for twice_j in range(n, -1, -2):
        k = (n - twice_j) // 2
        lm = mpmath.log(mpmath.binomial(n, k) * (twice_j + 1) / (n - k + 1))
        band, m, c = c4_band(p, twice_j)
        blocks.append((twice_j, float(lm), band, m, c, eig_banded(band, lower=True, eigvals_only=True)))
    e_all = np.concatenate([b[5] for b in blocks])
    e0 = e_all.min()
    tol = 1e-9 * (e_all.max() - e0) + 64 * 2.2e-16 * max(abs(e0), abs(e_all.max()))
    top = [max(b[1] - (b[5][0] - e0) / t for b in blocks) if t > 0 else 0 for t in temps]
    levels = []
    for twice_j, lm, band, m, c, e in blocks:
        keep = np.zeros(len(e), dtype=bool)
        for t, best in zip(temps, top):
            keep |= (e - e0 <= tol) if t == 0 else (lm - (e - e0) / t >= best - 50)
        count = int(np.nonzero(keep)[0].max()) + 1 if keep.any() else 0
        if count == 0:
            continue
        e, v = eig_banded(band, lower=True, select="i", select_range=(0, count - 1))
        v = v.reshape(len(m), 2, count)
        obs = np.array([2 * np.einsum("ik,ik->k", v[:, 0], v[:, 1]), np.zeros(count),
                        np.einsum("ik,ik->k", v[:, 0], v[:, 0]) - np.einsum("ik,ik->k", v[:, 1], v[:, 1]),
                        2 * np.einsum("i,idk,idk->k", c, v[:-1], v[1:]), np.zeros(count),
                        np.einsum("i,idk->k", m, v * v)])
        levels.append((e, lm, obs))
    report(n, temps, levels, e0, tol)


def report(n, temps, levels, e0, tol):
    e_all = np.concatenate([lv[0] for lv in levels])
    lm_all = np.concatenate([np.full(len(lv[0]), lv[1]) for lv in levels])
    obs_all = np.concatenate([lv[2] for lv in levels], axis=1)
    for t in temps:
        if t == 0:
            lw = np.where(e_all - e0 <= tol, lm_all, -np.inf)
        else:
            lw = lm_all - (e_all - e0) / t
        w = np.exp(lw - lw.max())
        means = obs_all @ w / w.sum()
        print(json.dumps({"N": n, "T": t, "target": list(means[:3]), "ancilla": list(2 / n * means[3:])}))


def main():
    if sys.argv[1] == "--banded":
        if sys.argv[2] != "c4":
            raise SystemExit("--banded is written for c4 only")
        banded(int(sys.argv[3]), [float(t) for t in sys.argv[4].split(",")], [float(x) for x in sys.argv[5:]])
        return
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
    report(n, temps, levels, e0, tol)


if __name__ == "__main__":
    main()
