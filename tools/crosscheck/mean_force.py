#!/usr/bin/python3
"""Independent reference for the second-order mean-force Gibbs state (MFGS) of a model file.

Usage:  mean_force.py MODEL.json OUT.json

Writes {"gibbs": ..., "mean_force": {"bloch", "coherence", "trace_distance_to_gibbs"}} in the shape of result.json
(docs/model-file.md, docs/mean-force.md). numpy/scipy only; nothing of the C# code is used.

Formula (hbar = k_B = 1, H_S|n> = E_n|n>, rho_G = e^{-beta H_S}/Z_S, A_b in the energy basis):
    rho_MF = rho_G + (F - rho_G Tr F)/Z_S,   F = sum_b F_b,
    (F_b)_nm = sum_k (A_b)_nk (A_b)_km int_0^beta du K_b(u) e^{-u E_k} [e^{-(beta-u) E_m} - e^{-(beta-u) E_n}]/(E_n - E_m),
    K_b(u) = int_0^inf J_b(w) cosh(w (beta/2 - u)) / sinh(beta w / 2) dw.

How this differs from the C# route (on purpose):
  * K(u) for every J (also the Ohmic one, where C# uses trigamma functions) is scipy's QUADPACK on the cosh/sinh form;
    near w = 0 the singular factor w^(s-1) of an Ohmic J with exponent s is handled by QUADPACK's algebraic weight.
  * the u-integral is a double-exponential (tanh-sinh) rule on [0, beta/2] and [beta/2, beta], refined until two
    successive step sizes agree (C#: composite Gauss-Legendre with graded end panels);
  * the bracket is summed node by node (C#: sums over nodes first, one matrix product per bath).
Exit codes: 0 ok, 2 bad input (unsupported key or kind, T = 0, several temperatures), 1 other failure.
"""
import json
import math
import os
import sys
import tempfile
import warnings

import numpy as np
import scipy.integrate as si

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reference import BadInput, parse_operator, check_hermitian, observables, trace_distance  # noqa: E402

# ----------------------------------------------------------------------------- spectral densities (model-file spec)


class Density:
    """J(w) for w > 0, its behaviour at w -> 0 (J ~ c w^s) and a frequency scale for breakpoints."""

    def __init__(self, sd, where):
        if not isinstance(sd, dict):
            raise BadInput(f"{where}: must be an object")
        kind = sd.get("kind")
        keys = {"ohmic": {"kind", "alpha", "cutoff", "exponent"},
                "drude_lorentz": {"kind", "reorganization", "width"},
                "underdamped": {"kind", "reorganization", "width", "frequency"}}
        if kind not in keys:
            raise BadInput(f"{where}.kind: unknown spectral density {kind!r}")
        for k in sd:
            if k not in keys[kind]:
                raise BadInput(f"{where}: unknown key {k!r}")
        p = {k: float(sd[k]) for k in keys[kind] if k != "kind" and k in sd}
        self.kind = kind
        if kind == "ohmic":
            self.a, self.wc, self.s = p["alpha"], p["cutoff"], p.get("exponent", 1.0)
            self.scales = [self.wc]
        elif kind == "drude_lorentz":
            self.lam, self.g = p["reorganization"], p["width"]
            self.s = 1.0
            self.scales = [self.g]
        else:
            self.lam, self.g, self.w0 = p["reorganization"], p["width"], p["frequency"]
            self.s = 1.0
            self.scales = [self.w0, self.g, max(self.w0 - 2 * self.g, 0.0), self.w0 + 2 * self.g]

    def J(self, w):
        if self.kind == "ohmic":
            return self.a * w ** self.s * self.wc ** (1.0 - self.s) * math.exp(-w / self.wc)
        if self.kind == "drude_lorentz":
            return 2 * self.lam / math.pi * self.g * w / (w * w + self.g * self.g)
        return 2 * self.lam / math.pi * self.g * self.w0 ** 2 * w / ((self.w0 ** 2 - w * w) ** 2 + self.g ** 2 * w * w)

    def J_over_ws(self, w):
        """J(w)/w^s, smooth and finite at w = 0."""
        if self.kind == "ohmic":
            return self.a * self.wc ** (1.0 - self.s) * math.exp(-w / self.wc)
        return self.J(w) / w if w > 0 else (2 * self.lam / math.pi / self.g if self.kind == "drude_lorentz"
                                             else 2 * self.lam / math.pi * self.g / self.w0 ** 2)


def kernel(density, beta, u):
    """K(u) = int_0^inf J(w) cosh(w (beta/2 - u)) / sinh(beta w / 2) dw by QUADPACK."""
    c = beta / 2 - u

    def ratio(w):
        # cosh(w c)/sinh(beta w/2), stable for large w (|c| < beta/2)
        x = beta * w / 2
        if x < 1e-8:
            return 1.0 / x
        return (math.exp(w * (abs(c) - beta / 2)) + math.exp(-w * (abs(c) + beta / 2))) / -math.expm1(-beta * w)

    def small(w):  # J(w)/w^s * w * ratio(w): finite at 0 (w ratio -> 2/beta)
        x = beta * w / 2
        wr = 2.0 / beta if x < 1e-8 else w * ratio(w)
        return density.J_over_ws(w) * wr

    opts = dict(epsabs=0.0, epsrel=1e-13, limit=1000)
    scale = max([s for s in density.scales if s > 0] + [1.0 / beta])
    decay = 1.0 / max(beta / 2 - abs(c), 1e-300)          # e^{-w (beta/2 - |c|)}: the slowest decay in w
    w0 = min(scale, 1.0 / beta, decay) * 0.5
    # [0, w0]: J(w)/w^s * w^(s-1) * (w ratio) with the algebraic weight w^(s-1)
    total = si.quad(small, 0.0, w0, weight="alg", wvar=(density.s - 1.0, 0.0), **opts)[0]
    pts = sorted({w0, *[x for x in density.scales + [1.0 / beta, decay, 4 * scale, 16 * scale, 4 * decay, 16 * decay] if x > w0]})
    f = lambda w: density.J(w) * ratio(w)
    for a, b in zip(pts[:-1], pts[1:]):
        total += si.quad(f, a, b, **opts)[0]
    total += si.quad(f, pts[-1], np.inf, **opts)[0]
    return total


# ----------------------------------------------------------------------------- tanh-sinh rule on [a, b]


def tanh_sinh(a, b, h, tmax=4.0):
    t = np.arange(-tmax, tmax + h / 2, h)
    x = np.tanh(0.5 * math.pi * np.sinh(t))
    wgt = h * 0.5 * math.pi * np.cosh(t) / np.cosh(0.5 * math.pi * np.sinh(t)) ** 2
    half = 0.5 * (b - a)
    # distance to the nearer end computed without cancellation: 1 - tanh(y) = 2/(1 + e^{2y})
    y = 0.5 * math.pi * np.sinh(t)
    dist = half * 2.0 / (1.0 + np.exp(2.0 * np.abs(y)))
    u = np.where(t < 0, a + dist, b - dist)
    keep = dist > 1e-15 * (b - a)
    return u[keep], (half * wgt)[keep]


# ----------------------------------------------------------------------------- the state


def phi1(z):
    """(e^z - 1)/z, 1 at z = 0 (z <= 0 here)."""
    out = np.ones_like(z)
    nz = z != 0
    out[nz] = np.expm1(z[nz]) / z[nz]
    return out


def correction_F(E, couplings, beta, nodes):
    """F = sum over nodes (u, w) of w * sum_b K_b(u) (A_b D(u) A_b) o L(u), node by node."""
    e = E - E[0]
    d = len(e)
    lo = np.minimum.outer(e, e)
    gap = np.abs(np.subtract.outer(e, e))
    F = np.zeros((d, d), dtype=complex)
    for u, w, ks in nodes:
        s = beta - u
        L = s * np.exp(-s * lo) * phi1(-s * gap)
        D = np.exp(-u * e)
        G = np.zeros((d, d), dtype=complex)
        for (A, _), k in zip(couplings, ks):
            G += k * (A * D[None, :]) @ A
        F += w * G * L
    return F


def mean_force_state(H, baths, T):
    """rho_MF in the computational basis and the number of nodes; baths = [(A, Density)]."""
    beta = 1.0 / T
    E, V = np.linalg.eigh(H)
    e = E - E[0]
    couplings = [(V.conj().T @ A @ V, dens) for A, dens in baths]
    distinct = []
    for _, dens in couplings:
        if all(dens is not x for x in distinct):
            distinct.append(dens)
    cache = {}

    def nodes_for(h):
        out = []
        for a, b in ((0.0, beta / 2), (beta / 2, beta)):
            us, ws = tanh_sinh(a, b, h)
            for u, w in zip(us, ws):
                key = float(u)
                if key not in cache:
                    cache[key] = {id(x): kernel(x, beta, u) for x in distinct}
                out.append((u, w, [cache[key][id(dens)] for _, dens in couplings]))
        return out

    def state(h):
        F = correction_F(E, couplings, beta, nodes_for(h))
        p = np.exp(-beta * e)
        Z = p.sum()
        rho = F / Z
        rho[np.diag_indices_from(rho)] += p / Z * (1.0 - np.trace(F) / Z)
        return rho

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", si.IntegrationWarning)
        h = 1.0 / 8
        prev = state(h)
        while True:
            h /= 2
            cur = state(h)
            corr = np.abs(cur - np.diag(np.exp(-beta * e) / np.exp(-beta * e).sum())).max()
            change = np.abs(cur - prev).max()
            if change <= 1e-12 * max(corr, 1e-300) or h < 1.0 / 256:
                break
            prev = cur
    if change > 1e-9 * max(corr, 1e-300):
        raise RuntimeError(f"tanh-sinh rule did not converge: change {change:.2e} against correction {corr:.2e}")
    return V @ cur @ V.conj().T, (V * (np.exp(-beta * e) / np.exp(-beta * e).sum())) @ V.conj().T, change, corr


# ----------------------------------------------------------------------------- model


def load(path):
    with open(path) as f:
        raw = json.load(f)
    for k in raw:
        if k not in ("qubits", "hamiltonian", "baths", "equation", "initial_state", "jumps", "evolution"):
            raise BadInput(f"unknown key {k!r}")
    n = raw["qubits"]
    H, _ = parse_operator(raw["hamiltonian"], n, "hamiltonian")
    check_hermitian(H, "hamiltonian")
    baths, temps = [], []
    for i, b in enumerate(raw["baths"]):
        where = f"baths[{i}]"
        dens = Density(b["spectral_density"], where + ".spectral_density")
        if "every_qubit" in b:
            letter = b["every_qubit"]
            if letter not in ("X", "Y", "Z"):
                raise BadInput(f"{where}.every_qubit: must be \"X\", \"Y\" or \"Z\"")
            ops = [parse_operator([{"pauli": f"{letter}{q}", "coef": 1.0}], n, where)[0] for q in range(n)]
            dens_list = [dens] * n          # n independent baths with one J and one T: one K(u) serves them all
        else:
            A, _ = parse_operator(b["coupling"], n, where + ".coupling")
            check_hermitian(A, where + ".coupling")
            ops, dens_list = [A], [dens]
        for A, dd in zip(ops, dens_list):
            baths.append((A, dd))
            temps.append(float(b["temperature"]))
    return n, H, baths, temps


def main(argv):
    if len(argv) != 3:
        print("usage: mean_force.py MODEL.json OUT.json", file=sys.stderr)
        return 2
    try:
        n, H, baths, temps = load(argv[1])
        if not baths or any(t != temps[0] for t in temps):
            raise BadInput("mean_force needs baths at one temperature")
        if temps[0] <= 0:
            raise BadInput("mean_force needs T > 0")
    except (BadInput, KeyError, TypeError, ValueError) as e:
        print(f"mean_force.py: bad input: {argv[1]}: {e}", file=sys.stderr)
        return 2
    T = temps[0]
    rho, tau, change, corr = mean_force_state(H, baths, T)
    bg, cg = observables(tau, n)
    bm, cm = observables(rho, n)
    res = {"gibbs": {"temperature": T, "bloch": bg, "coherence": cg},
           "mean_force": {"bloch": bm, "coherence": cm, "trace_distance_to_gibbs": trace_distance(rho, tau)},
           "reference": {"method": "tanh-sinh in u, QUADPACK K(u), node by node",
                         "last_refinement_change": change, "largest_correction_element": corr}}
    out = argv[2]
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(out)), suffix=".tmp")
    with os.fdopen(fd, "w") as f:
        json.dump(res, f, indent=1)
    os.replace(tmp, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
