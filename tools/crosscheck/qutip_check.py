#!/usr/bin/python3
"""Cross-check reference.py against QuTiP 4.7 (Debian python3-qutip).

Usage: qutip_check.py      (exit 1 if any difference exceeds its tolerance)

* Redfield without Lamb shift: QuTiP `bloch_redfield_tensor(H, a_ops, c_ops, use_secular=False)`
  + `steadystate(R)` (eigenbasis, rotated back with the returned ekets), and
  `brmesolve(..., use_secular=False)` for the trajectory.  spectrum(w) = gamma(w), w > 0 emission
  (docs/physics.md §3.5).  Models: files from models/ with lamb_shift forced to false.
* Jumps only: `steadystate(H, c_ops)` and `mesolve`, c_ops = sqrt(rate) L.
QuTiP and our code share the Kronecker order (qubit 0 first) and sigmaz() = diag(1,-1) with
basis(2,0) = |e>, so matrices are passed through unchanged.
"""
import os
import sys
import warnings

import numpy as np
import qutip as qt

import reference as r

HERE = os.path.dirname(os.path.abspath(__file__))
TOL_SS, TOL_TRAJ = 1e-9, 1e-7
FAIL = []


def qobj(M, n):
    return qt.Qobj(M, dims=[[2] * n, [2] * n])


def bloch_of(rho, n):
    return np.array(r.observables(rho, n)[0])


def check_model(fname, force_no_ls=True):
    m = r.load_model(os.path.join(HERE, "models", fname))
    if force_no_ls:
        m.lamb_shift = False
    assert m.kind == "redfield" or not m.baths, "QuTiP BR check is for redfield models"
    res, aux = r.run(m)
    n = m.n
    H = qobj(m.H, n)
    a_ops = [[qobj(A, n), (lambda b: (lambda w: b.gamma(float(w))))(bath)] for A, bath, _ in m.baths]
    c_ops = [np.sqrt(rate) * qobj(L, n) for L, rate in m.jumps]
    if m.baths:
        R, ekets = qt.bloch_redfield_tensor(H, a_ops, c_ops=c_ops, use_secular=False)
        rho_eig = qt.steadystate(R).full()
        V = np.column_stack([k.full().ravel() for k in ekets])
        rho_q = V @ rho_eig @ V.conj().T
        how = "bloch_redfield_tensor(use_secular=False)+steadystate"
    else:
        rho_q = qt.steadystate(H, c_ops).full()
        how = "steadystate(H, c_ops)"
    d_ss = np.abs(bloch_of(rho_q, n) - np.array(res["steady_state"]["bloch"])).max()
    d_rho = np.abs(rho_q - aux["rho_ss"]).max()

    d_tr = float("nan")
    if m.evolution is not None:
        tlist = np.array(res["trajectory"]["t"])
        rho0 = qobj(m.rho0, n)
        opts = qt.Options(atol=1e-13, rtol=1e-11, nsteps=10 ** 6)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if m.baths:
                out = qt.brmesolve(H, rho0, tlist, a_ops=a_ops, e_ops=[], c_ops=c_ops,
                                   use_secular=False, options=opts)
            else:
                out = qt.mesolve(H, rho0, tlist, c_ops=c_ops, e_ops=[], options=opts)
        q = np.array([bloch_of(st.full(), n) for st in out.states])
        d_tr = np.abs(q - np.array(res["trajectory"]["bloch"])).max()
    print(f"  {fname:40s} {how:52s} ss bloch {d_ss:.1e}  ss rho {d_rho:.1e}  traj bloch {d_tr:.1e}")
    if not d_ss <= TOL_SS:
        FAIL.append(fname + " steady")
    if m.evolution is not None and not d_tr <= TOL_TRAJ:
        FAIL.append(fname + " trajectory")


def main():
    print(f"QuTiP {qt.__version__}; reference Redfield (lamb_shift forced false) / jumps vs QuTiP")
    print(f"  tolerances: steady-state Bloch {TOL_SS:.0e}, trajectory Bloch {TOL_TRAJ:.0e} (QuTiP ODE tolerance)")
    for f in ["m03_composite_redfield_nols.json",
              "m04_eq9_redfield_ls_two_baths.json",
              "m07_common_bath_redfield_ls.json",
              "m10_bath_plus_jump_redfield.json",
              "m11_eq12_redfield_ls_T0.json",
              "m13_two_temperatures_redfield.json",
              "m15_y_terms_redfield_ls.json",
              "m09_jumps_only.json"]:
        check_model(f)
    if FAIL:
        print("FAILED:", FAIL)
        return 1
    print("all QuTiP cross-checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
