#!/usr/bin/python3
"""Independent dense reference implementation of the opensystem model -> result.json contract.

Usage:  reference.py MODEL.json OUT.json

Written from first principles (numpy/scipy only) to cross-check the C# simulator.
Contract: docs/model-file.md ; physics: docs/physics.md Part 3 (paths from the repository root).

Conventions
  * qubit 0 is the FIRST (leftmost) Kronecker factor;
  * single-qubit basis (|e>, |g>): Z = diag(1,-1); ground state = every qubit |g>;
  * superoperators act on the row-major flattening of rho: vec(A rho B) = (A kron B^T) vec(rho).

Exit codes: 0 success, 2 bad input, 1 anything else.  OUT is written atomically.
"""
import json
import math
import os
import sys
import tempfile

import warnings

import numpy as np
import scipy.integrate as si
import scipy.linalg as sla

# ----------------------------------------------------------------------------- errors


class BadInput(Exception):
    pass


# ----------------------------------------------------------------------------- Pauli algebra

PAULI = {
    "I": np.eye(2, dtype=complex),
    "X": np.array([[0, 1], [1, 0]], dtype=complex),
    "Y": np.array([[0, -1j], [1j, 0]], dtype=complex),
    "Z": np.array([[1, 0], [0, -1]], dtype=complex),
}


def parse_pauli(s, n, where):
    """'X0 Z1' -> dict {qubit: letter}.  'I' -> {}."""
    if not isinstance(s, str):
        raise BadInput(f"{where}: pauli must be a string")
    toks = s.split()
    if toks == ["I"]:
        return {}
    if not toks:
        raise BadInput(f"{where}: empty pauli string")
    out = {}
    for t in toks:
        if len(t) < 2 or t[0] not in "XYZ" or not t[1:].isdigit():
            raise BadInput(f"{where}: bad Pauli factor '{t}'")
        q = int(t[1:])
        if q >= n:
            raise BadInput(f"{where}: qubit {q} out of range (qubits = {n})")
        if q in out:
            raise BadInput(f"{where}: qubit {q} appears twice")
        out[q] = t[0]
    return out


def pauli_matrix(factors, n):
    m = np.array([[1.0 + 0j]])
    for q in range(n):
        m = np.kron(m, PAULI[factors.get(q, "I")])
    return m


def single(letter, q, n):
    return pauli_matrix({q: letter}, n)


def parse_coef(c, where):
    if isinstance(c, bool):
        raise BadInput(f"{where}: coef must be a number or [re, im]")
    if isinstance(c, (int, float)):
        v = complex(c)
    elif isinstance(c, list) and len(c) == 2 and all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in c):
        v = complex(c[0], c[1])
    else:
        raise BadInput(f"{where}: coef must be a number or [re, im]")
    if not (math.isfinite(v.real) and math.isfinite(v.imag)):
        raise BadInput(f"{where}: coef not finite")
    return v


def parse_operator(terms, n, where):
    """Returns (matrix, list of (support set, coef, matrix))."""
    if not isinstance(terms, list):
        raise BadInput(f"{where}: operator must be a list of terms")
    d = 2 ** n
    total = np.zeros((d, d), dtype=complex)
    parsed = []
    for i, t in enumerate(terms):
        w = f"{where}[{i}]"
        if not isinstance(t, dict):
            raise BadInput(f"{w}: term must be an object")
        for k in t:
            if k not in ("pauli", "coef"):
                raise BadInput(f"{w}: unknown key '{k}'")
        if "pauli" not in t or "coef" not in t:
            raise BadInput(f"{w}: term needs 'pauli' and 'coef'")
        f = parse_pauli(t["pauli"], n, w + ".pauli")
        c = parse_coef(t["coef"], w + ".coef")
        m = c * pauli_matrix(f, n)
        total += m
        parsed.append((frozenset(f.keys()), c, m))
    return total, parsed


def check_hermitian(m, where):
    scale = max(1.0, np.abs(m).max())
    if np.abs(m - m.conj().T).max() > 1e-12 * scale:
        raise BadInput(f"{where}: operator is not Hermitian")


# ----------------------------------------------------------------------------- Ohmic bath


class OhmicBath:
    """J(w) = alpha w exp(-w/cutoff); rates gamma(w) and Lamb shift S(w) (quad, Cauchy weight)."""

    def __init__(self, alpha, cutoff, T):
        self.alpha = float(alpha)
        self.wc = float(cutoff)
        self.T = float(T)
        self._S = {}

    # J(v) * n(v) and J(v) * (n(v)+1), finite at v = 0
    def Jn(self, v):
        if self.T == 0.0:
            return 0.0
        x = v / self.T
        if v == 0.0:
            return self.alpha * self.T
        if x > 700:
            return 0.0
        return self.alpha * v * math.exp(-v / self.wc) / math.expm1(x)

    def Jn1(self, v):
        return self.alpha * v * math.exp(-v / self.wc) + self.Jn(v)

    def gamma(self, w):
        a, wc, T = self.alpha, self.wc, self.T
        if w == 0.0:
            return 2 * math.pi * a * T
        if T == 0.0:
            return 2 * math.pi * a * w * math.exp(-w / wc) if w > 0 else 0.0
        x = w / T
        if x < -700:
            return 0.0
        # 2 pi J(|w|)(n+1) for w>0, 2 pi J(|w|) n(|w|) for w<0: one formula
        return 2 * math.pi * a * w * math.exp(-abs(w) / wc) / (-math.expm1(-x))

    def _upper(self, w):
        return abs(w) + 120.0 * self.wc + 120.0 * self.T

    def S(self, w):
        """P int_0^inf J(v)[(n+1)/(w-v) + n/(w+v)] dv  by scipy quad (QAWC for the pole)."""
        key = float(w)
        if key in self._S:
            return self._S[key]
        opts = dict(epsabs=1e-17, epsrel=1e-12, limit=2000)
        L = self._upper(w)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", si.IntegrationWarning)
            val = self._S_quad(w, L, opts)
        self._S[key] = val
        return val

    def _S_quad(self, w, L, opts):
        # breakpoints at the scales of n(v) (T) and of J(v) (cutoff) so that quad resolves them
        scales = [k * s for s in (self.T, self.wc) if s > 0 for k in (0.25, 1, 4, 16, 64)]
        if w == 0.0:
            # (n+1)/(-v) + n/v = -1/v
            f = lambda v: -self.alpha * math.exp(-v / self.wc)
            edges = sorted({0.0, L, *[x for x in scales if x < L]})
            return sum(si.quad(f, a, b, **opts)[0] for a, b in zip(edges[:-1], edges[1:]))
        aw = abs(w)
        if w > 0:
            sing = lambda v: -self.Jn1(v)              # (n+1)J/(w-v) = -(n+1)J/(v-w)
            reg = lambda v: self.Jn(v) / (w + v)
        else:
            sing = lambda v: self.Jn(v)                # nJ/(w+v) = nJ/(v-|w|)
            reg = lambda v: -self.Jn1(v) / (aw + v)    # (n+1)J/(w-v) = -(n+1)J/(v+|w|)
        lo, hi = 0.5 * aw, 1.5 * aw                   # window around the pole, QAWC there
        pts = {0.0, lo, hi, L} | {x for x in scales if x < L}
        pts |= {x + aw for x in scales if x + aw < L} | {aw * k for k in (0.1, 3, 10) if aw * k < L}
        edges = sorted(x for x in pts if not (lo < x < hi))
        val = si.quad(sing, lo, hi, weight="cauchy", wvar=aw, **opts)[0]
        for a, b in zip(edges[:-1], edges[1:]):
            if a == lo and b == hi:
                pass
            else:
                val += si.quad(lambda v: sing(v) / (v - aw), a, b, **opts)[0]
            val += si.quad(reg, a, b, **opts)[0]
        # reg over the window [lo, hi] was included above (edges contain lo and hi as neighbours)
        return val


def parse_bath(b, i):
    where = f"baths[{i}]"
    if not isinstance(b, dict):
        raise BadInput(f"{where}: must be an object")
    for k in b:
        if k not in ("coupling", "spectral_density", "temperature"):
            raise BadInput(f"{where}: unknown key '{k}'")
    for k in ("coupling", "spectral_density", "temperature"):
        if k not in b:
            raise BadInput(f"{where}: missing '{k}'")
    sd = b["spectral_density"]
    if not isinstance(sd, dict) or sd.get("kind") != "ohmic":
        raise BadInput(f"{where}.spectral_density: only kind 'ohmic' is supported")
    for k in sd:
        if k not in ("kind", "alpha", "cutoff"):
            raise BadInput(f"{where}.spectral_density: unknown key '{k}'")
    alpha, cutoff, T = sd.get("alpha"), sd.get("cutoff"), b["temperature"]
    for name, v in (("alpha", alpha), ("cutoff", cutoff), ("temperature", T)):
        if not isinstance(v, (int, float)) or isinstance(v, bool) or not math.isfinite(v):
            raise BadInput(f"{where}: '{name}' must be a finite number")
    if alpha < 0 or cutoff <= 0 or T < 0:
        raise BadInput(f"{where}: need alpha >= 0, cutoff > 0, temperature >= 0")
    return OhmicBath(alpha, cutoff, T)


# ----------------------------------------------------------------------------- spectral tools


def cluster(values, tol):
    """Single-linkage clustering of real numbers; returns (labels, representative means)."""
    values = np.asarray(values, dtype=float)
    order = np.argsort(values, kind="stable")
    labels = np.empty(len(values), dtype=int)
    reps = []
    cur = []
    lab = -1
    prev = None
    for idx in order:
        v = values[idx]
        if prev is None or v - prev > tol:
            if cur:
                reps.append(float(np.mean(values[cur])))
            cur = []
            lab += 1
        cur.append(idx)
        labels[idx] = lab
        prev = v
    if cur:
        reps.append(float(np.mean(values[cur])))
    return labels, np.array(reps)


def energy_tol(E):
    return max(1e-9 * float(np.max(np.abs(E))) if len(E) else 0.0, 1e-12)


def eigen_operators(Hs, A):
    """Decompose A = sum_w A(w), A(w) = sum_{e'-e = w} P(e) A P(e') (Bohr freqs grouped)."""
    E, V = np.linalg.eigh(Hs)
    tol = energy_tol(E)
    lab, lev = cluster(E, tol)                       # energy levels
    P = [V[:, lab == k] @ V[:, lab == k].conj().T for k in range(len(lev))]
    # Bohr frequencies between levels
    pairs = [(i, j, lev[j] - lev[i]) for i in range(len(lev)) for j in range(len(lev))]
    wl, wr = cluster([p[2] for p in pairs], tol)
    ops = {}
    for (i, j, _), l in zip(pairs, wl):
        blk = P[i] @ A @ P[j]
        if np.abs(blk).max() == 0.0:
            continue
        ops.setdefault(l, np.zeros_like(A))
        ops[l] += blk
    out = []
    for l, Aw in ops.items():
        w = wr[l]
        if abs(w) <= tol:
            w = 0.0
        if np.abs(Aw).max() > 1e-14 * max(1.0, np.abs(A).max()):
            out.append((w, Aw))
    return out


# ----------------------------------------------------------------------------- superoperators


def spre(A):
    return np.kron(A, np.eye(A.shape[0]))


def spost(B):
    return np.kron(np.eye(B.shape[0]), B.T)


def sprepost(A, B):          # rho -> A rho B
    return np.kron(A, B.T)


def commutator_super(H):
    return -1j * (spre(H) - spost(H))


def lindblad_super(L, rate=1.0):
    LdL = L.conj().T @ L
    return rate * (sprepost(L, L.conj().T) - 0.5 * spre(LdL) - 0.5 * spost(LdL))


def redfield_super(H, A, bath, lamb_shift):
    """Formula R1 of docs/physics.md §3.1: Lambda rho A + A rho Lambda^+ - A Lambda rho - rho Lambda^+ A."""
    E, V = np.linalg.eigh(H)
    d = len(E)
    Ae = V.conj().T @ A @ V
    tol = energy_tol(E)
    G = np.zeros((d, d), dtype=complex)
    cache = {}
    for m in range(d):
        for n in range(d):
            w = E[n] - E[m]
            if abs(w) <= tol:
                w = 0.0
            key = round(w / tol) if w != 0.0 else 0
            if key not in cache:
                g = bath.gamma(w) / 2
                cache[key] = g + 1j * bath.S(w) if lamb_shift else complex(g)
            G[m, n] = cache[key]
    Lam = V @ (G * Ae) @ V.conj().T
    Lad = Lam.conj().T
    return (sprepost(Lam, A) + sprepost(A, Lad) - spre(A @ Lam) - spost(Lad @ A))


def davies_super(Hs, A, bath, lamb_shift):
    """Davies dissipator for eigen-operators of Hs; returns (superop, H_LS)."""
    d = A.shape[0]
    Ls = np.zeros((d * d, d * d), dtype=complex)
    HLS = np.zeros((d, d), dtype=complex)
    for w, Aw in eigen_operators(Hs, A):
        g = bath.gamma(w)
        if g != 0.0:
            Ls += lindblad_super(Aw, g)
        if lamb_shift:
            HLS += bath.S(w) * (Aw.conj().T @ Aw)
    return Ls, HLS


# ----------------------------------------------------------------------------- model


TOP_KEYS = {"qubits", "hamiltonian", "baths", "equation", "initial_state", "jumps", "evolution"}


class Model:
    pass


def load_model(path):
    try:
        with open(path) as f:
            raw = json.load(f)
    except json.JSONDecodeError as e:
        raise BadInput(f"invalid JSON: {e}")
    if not isinstance(raw, dict):
        raise BadInput(f"top level must be an object")
    for k in raw:
        if k not in TOP_KEYS:
            raise BadInput(f"unknown key '{k}'")
    for k in ("qubits", "hamiltonian", "baths"):
        if k not in raw:
            raise BadInput(f"missing required key '{k}'")
    m = Model()
    n = raw["qubits"]
    if not isinstance(n, int) or isinstance(n, bool) or n < 1 or n > 7:
        raise BadInput(f"'qubits' must be an integer 1..7")
    m.n = n
    m.d = 2 ** n
    m.H, m.Hterms = parse_operator(raw["hamiltonian"], n, "hamiltonian")
    check_hermitian(m.H, "hamiltonian")
    if not isinstance(raw["baths"], list):
        raise BadInput(f"'baths' must be a list")
    m.baths = []
    for i, b in enumerate(raw["baths"]):
        bath = parse_bath(b, i)
        A, Aterms = parse_operator(b["coupling"], n, f"baths[{i}].coupling")
        check_hermitian(A, f"baths[{i}].coupling")
        support = frozenset().union(*[s for s, c, _ in Aterms if c != 0]) if Aterms else frozenset()
        m.baths.append((A, bath, support))
    eq = raw.get("equation", {"kind": "redfield", "lamb_shift": True})
    if not isinstance(eq, dict):
        raise BadInput(f"'equation' must be an object")
    for k in eq:
        if k not in ("kind", "lamb_shift"):
            raise BadInput(f"equation: unknown key '{k}'")
    m.kind = eq.get("kind", "redfield")
    if m.kind not in ("redfield", "lindblad", "local"):
        raise BadInput(f"equation.kind: unknown kind '{m.kind}'")
    m.lamb_shift = eq.get("lamb_shift", True)
    if not isinstance(m.lamb_shift, bool):
        raise BadInput("equation.lamb_shift must be true or false")
    m.jumps = []
    for i, j in enumerate(raw.get("jumps", []) or []):
        if not isinstance(j, dict):
            raise BadInput(f"jumps[{i}]: must be an object")
        for k in j:
            if k not in ("operator", "rate"):
                raise BadInput(f"jumps[{i}]: unknown key '{k}'")
        L, _ = parse_operator(j.get("operator"), n, f"jumps[{i}].operator")
        r = j.get("rate")
        if not isinstance(r, (int, float)) or isinstance(r, bool) or r < 0 or not math.isfinite(r):
            raise BadInput(f"jumps[{i}].rate must be a finite number >= 0")
        m.jumps.append((L, float(r)))
    if not m.baths and not m.jumps:
        raise BadInput(f"a model needs baths or jumps")
    m.rho0 = initial_state(raw.get("initial_state", {"kind": "ground"}), n)
    ev = raw.get("evolution")
    m.evolution = None
    if ev is not None:
        if not isinstance(ev, dict):
            raise BadInput("evolution must be an object")
        for k in ev:
            if k not in ("t_end", "samples"):
                raise BadInput(f"evolution: unknown key '{k}'")
        t_end, samples = ev.get("t_end"), ev.get("samples")
        if not isinstance(t_end, (int, float)) or isinstance(t_end, bool) or t_end < 0:
            raise BadInput("evolution.t_end must be a number >= 0")
        if not isinstance(samples, int) or isinstance(samples, bool) or samples < 1:
            raise BadInput("evolution.samples must be an integer >= 1")
        m.evolution = (float(t_end), samples)
    return m


def initial_state(spec, n):
    d = 2 ** n
    if not isinstance(spec, dict) or "kind" not in spec:
        raise BadInput("initial_state must be an object with 'kind'")
    k = spec["kind"]
    allowed = {"kind", "bloch"} if k == "product" else {"kind"}
    for key in spec:
        if key not in allowed:
            raise BadInput(f"initial_state: unknown key '{key}'")
    rho = np.zeros((d, d), dtype=complex)
    if k == "ground":
        rho[d - 1, d - 1] = 1.0          # |g...g>, |g> = second basis vector
    elif k == "excited":
        rho[0, 0] = 1.0
    elif k == "maximally_mixed":
        rho = np.eye(d, dtype=complex) / d
    elif k == "product":
        b = spec.get("bloch")
        if not isinstance(b, list) or len(b) != n:
            raise BadInput("initial_state.bloch must have one [x,y,z] per qubit")
        rho = np.array([[1.0 + 0j]])
        for j, r in enumerate(b):
            if not isinstance(r, list) or len(r) != 3:
                raise BadInput(f"initial_state.bloch[{j}] must be [x,y,z]")
            x, y, z = (float(v) for v in r)
            if x * x + y * y + z * z > 1 + 1e-12:
                raise BadInput(f"initial_state.bloch[{j}] has |r| > 1")
            rj = 0.5 * (PAULI["I"] + x * PAULI["X"] + y * PAULI["Y"] + z * PAULI["Z"])
            rho = np.kron(rho, rj)
    else:
        raise BadInput(f"initial_state.kind: unknown kind '{k}'")
    return rho


# ----------------------------------------------------------------------------- generator


def liouvillian(m):
    d = m.d
    Hcoh = m.H.copy()
    L = np.zeros((d * d, d * d), dtype=complex)
    for A, bath, support in m.baths:
        if m.kind == "redfield":
            L += redfield_super(m.H, A, bath, m.lamb_shift)
        elif m.kind == "lindblad":
            Ls, HLS = davies_super(m.H, A, bath, m.lamb_shift)
            L += Ls
            Hcoh = Hcoh + HLS
        elif m.kind == "local":
            Hloc = np.zeros((d, d), dtype=complex)
            for s, c, mat in m.Hterms:
                if s <= support:
                    Hloc += mat
            Ls, HLS = davies_super(Hloc, A, bath, m.lamb_shift)
            L += Ls
            Hcoh = Hcoh + HLS
    for Lj, r in m.jumps:
        L += lindblad_super(Lj, r)
    L += commutator_super(Hcoh)
    return L


def gibbs_state(H, T):
    E, V = np.linalg.eigh(H)
    if T == 0.0:
        tol = energy_tol(E)
        p = (E - E[0] <= tol).astype(float)
    else:
        p = np.exp(-(E - E[0]) / T)
    p /= p.sum()
    return (V * p) @ V.conj().T


def steady_state(L, d):
    U, s, Vh = np.linalg.svd(L)
    v = Vh[-1].conj()
    rho = v.reshape(d, d)
    rho = rho / np.trace(rho)
    rho = 0.5 * (rho + rho.conj().T)
    smax = s[0]
    info = {"sigma_min": float(s[-1] / smax), "sigma_next": float(s[-2] / smax) if len(s) > 1 else 1.0}
    return rho, info


def observables(rho, n):
    out = []
    for j in range(n):
        out.append([float(np.real(np.trace(rho @ single(p, j, n)))) for p in "XYZ"])
    coh = [math.hypot(b[0], b[1]) for b in out]
    return out, coh


def trace_distance(a, b):
    return float(0.5 * np.sum(np.abs(np.linalg.eigvalsh(0.5 * ((a - b) + (a - b).conj().T)))))


def propagate(L, rho0, t_end, samples):
    d = rho0.shape[0]
    ts = np.linspace(0.0, t_end, samples)
    out = [rho0]
    if samples > 1:
        P = sla.expm(L * (ts[1] - ts[0]))
        v = rho0.reshape(-1)
        for _ in range(1, samples):
            v = P @ v
            out.append(v.reshape(d, d))
    return ts, out


def common_temperature(m):
    if not m.baths:
        return None
    Ts = [b.T for _, b, _ in m.baths]
    if all(T == Ts[0] for T in Ts):
        return Ts[0]
    return None


def run(m):
    res = {}
    T = common_temperature(m)
    tau = None
    if T is not None:
        tau = gibbs_state(m.H, T)
        b, c = observables(tau, m.n)
        res["gibbs"] = {"temperature": T, "bloch": b, "coherence": c}
    else:
        res["gibbs"] = None
    rho_mf = None
    if T is not None and T > 0.0:
        # the second-order mean-force state, by the sibling module mean_force.py (imported here: it imports this one)
        import mean_force
        sd = lambda b: {"kind": "ohmic", "alpha": b.alpha, "cutoff": b.wc}
        rho_mf, tau_mf, _, _ = mean_force.mean_force_state(m.H, [(A, mean_force.Density(sd(b), "bath")) for A, b, _ in m.baths], T)
        b, c = observables(rho_mf, m.n)
        res["mean_force"] = {"bloch": b, "coherence": c, "trace_distance_to_gibbs": trace_distance(rho_mf, tau_mf)}
    else:
        res["mean_force"] = None
    L = liouvillian(m)
    rho, info = steady_state(L, m.d)
    if info["sigma_next"] < 1e-10:
        print(f"reference.py: warning: Liouvillian kernel looks degenerate "
              f"(second smallest singular value {info['sigma_next']:.2e} relative)", file=sys.stderr)
    b, c = observables(rho, m.n)
    res["steady_state"] = {"bloch": b, "coherence": c,
                           "trace_distance_to_gibbs": trace_distance(rho, tau) if tau is not None else None,
                           "method": "dense-svd"}
    if rho_mf is not None:
        res["steady_state"]["trace_distance_to_mean_force"] = trace_distance(rho, rho_mf)
    if m.evolution is not None:
        ts, rhos = propagate(L, m.rho0, *m.evolution)
        bl, co, td = [], [], []
        for r in rhos:
            b, c = observables(r, m.n)
            bl.append(b)
            co.append(c)
            td.append(trace_distance(r, tau) if tau is not None else None)
        res["trajectory"] = {"t": [float(t) for t in ts], "bloch": bl, "coherence": co,
                             "trace_distance_to_gibbs": td}
    return res, {"L": L, "rho_ss": rho, "tau": tau, "ss_info": info}


def check_finite(obj):
    if isinstance(obj, float):
        if not math.isfinite(obj):
            raise RuntimeError("non-finite number in result")
    elif isinstance(obj, dict):
        for v in obj.values():
            check_finite(v)
    elif isinstance(obj, list):
        for v in obj:
            check_finite(v)


def main(argv):
    if len(argv) != 3:
        print("usage: reference.py MODEL.json OUT.json", file=sys.stderr)
        return 2
    try:
        m = load_model(argv[1])
    except BadInput as e:
        print(f"reference.py: bad input: {argv[1]}: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"reference.py: {e}", file=sys.stderr)
        return 2
    try:
        res, _ = run(m)
        check_finite(res)
        out = argv[2]
        dirn = os.path.dirname(os.path.abspath(out))
        fd, tmp = tempfile.mkstemp(dir=dirn, suffix=".tmp")
        with os.fdopen(fd, "w") as f:
            json.dump(res, f, indent=1)
        os.replace(tmp, out)
    except Exception as e:  # noqa
        print(f"reference.py: failure: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
