#!/usr/bin/python3
"""Run the cross-check over every model in models/.

Usage:
  run_all.py --refs-only                 write the reference results to expected/<model>.json
  run_all.py --cmd 'CMD'                 run CMD per model, then compare.py against expected/
                                         (references are (re)computed if missing)
  CMD is a shell template with {model} (absolute path of the model file) and {out} (a fresh,
  empty output directory); the result must land in {out}/result.json.  Example:
     run_all.py --cmd 'dotnet run --project src/OpenSystem.Cli -- run {model} {out}'
Exit code 0 if every model passes, 1 otherwise.
"""
import argparse
import glob
import os
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PY = sys.executable


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--refs-only", action="store_true")
    ap.add_argument("--cmd")
    ap.add_argument("--models", nargs="*", help="subset of model files (default: models/*.json)")
    args = ap.parse_args()
    if not args.refs_only and not args.cmd:
        ap.error("give --refs-only or --cmd")
    models = args.models or sorted(glob.glob(os.path.join(HERE, "models", "*.json")))
    exp_dir = os.path.join(HERE, "expected")
    os.makedirs(exp_dir, exist_ok=True)
    failed = []
    for mf in models:
        mf = os.path.abspath(mf)
        name = os.path.basename(mf)
        ref = os.path.join(exp_dir, name)
        if args.refs_only or not os.path.exists(ref):
            rc = subprocess.run([PY, os.path.join(HERE, "reference.py"), mf, ref]).returncode
            if rc != 0:
                print(f"{name}: reference.py exit {rc}")
                failed.append(name)
                continue
            if args.refs_only:
                print(f"{name}: reference written")
                continue
        out = tempfile.mkdtemp(prefix="crosscheck_")
        cmd = args.cmd.format(model=shlex.quote(mf), out=shlex.quote(out))
        p = subprocess.run(cmd, shell=True)
        res = os.path.join(out, "result.json")
        if p.returncode != 0 or not os.path.exists(res):
            print(f"{name}: command failed (exit {p.returncode}) or no result.json in {out}")
            failed.append(name)
            continue
        rc = subprocess.run([PY, os.path.join(HERE, "compare.py"), mf, res, "--ref", ref]).returncode
        if rc != 0:
            failed.append(name)
    print()
    print(f"{len(models) - len(failed)}/{len(models)} models OK" + (f"; failed: {failed}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
