#!/usr/bin/env python3
"""Slow reliability cases of the command line's output folders (issue 13), run against the built CLI.

The rule under test: result.json present in a folder = one complete, consistent run. Cases:
  names    hostile output names and empty paths: exit 2 at once, nothing written anywhere;
  lock     10 concurrent runs of two different models into one folder: every exit is 0 or 2 (the lock message),
           at least one succeeds, and the folder is never mixed;
  disk     a run into a small tmpfs (several sizes, smaller than the outputs): exit 1 naming the model file, no stack
           trace, no result.json, no temporary file (skipped with a message when mount is not permitted);
  kill     kill -9 at random moments of a run (every other one within 100 ms after its new trajectory.csv appears, to
           hit the writing phase) into a folder holding an earlier result of the other model: afterwards no
           result.json or one consistent run (result.json's qubit count and first row match trajectory.csv, the plots are
           complete and titled with the same model); the next run leaves no temporary file.
  scales   the scale-extreme models of issue 13 (scales.py): each ends with the right answer (checked against the exact
           Gibbs state or an analytic limit) or with exit 1 / 2 and the reason, within a timeout, never a hang.

Usage: tools/reliability/run.py [--budget SECONDS] [--kills N] [--cli PATH/opensystem.dll] [--seed N]
Prints one line per case and a summary line; exits 1 on any violation. When the budget runs out, the remaining kill
trials are skipped and the summary says how many ran.
"""
import argparse
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scales  # noqa: E402  (the scale-extreme cases live beside this script)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PARTIAL = re.compile(r"(\.opensystem-partial|\.tmp-[0-9]+|\.json\.tmp)$")
PNG_END = b"IEND\xaeB`\x82"
LOCK_MESSAGE = "another opensystem command is writing into"
WRITTEN_BEFORE_RESULT = {"trajectory.csv", "coherence.svg", "coherence.png", "trace_distance.svg", "trace_distance.png"}


def model(qubits, t_end):
    """A small Davies (GKLS) model with an evolution: 1 or 2 qubits, the last one coupled to an Ohmic bath."""
    hamiltonian = [{"pauli": f"Z{q}", "coef": 0.5 + 0.25 * q} for q in range(qubits)]
    if qubits == 2:
        hamiltonian.append({"pauli": "X0 X1", "coef": 0.1})
    return {
        "qubits": qubits,
        "hamiltonian": hamiltonian,
        "baths": [{"coupling": [{"pauli": f"X{qubits - 1}", "coef": 1.0}],
                   "spectral_density": {"kind": "ohmic", "alpha": 0.01, "cutoff": 5.0}, "temperature": 0.3}],
        "equation": {"kind": "lindblad"},
        "initial_state": {"kind": "ground"},
        "evolution": {"t_end": t_end, "samples": 101},
    }


class Suite:
    def __init__(self, args):
        self.cli = args.cli
        self.deadline = time.monotonic() + args.budget
        self.violations = []
        self.checks = 0
        self.work = tempfile.mkdtemp(prefix="opensystem-reliability-")
        self.models = {}
        for name, qubits in (("one_qubit", 1), ("two_qubits", 2)):
            path = os.path.join(self.work, name + ".json")
            with open(path, "w") as f:
                json.dump(model(qubits, 200.0), f)
            self.models[name] = path

    def left(self):
        return self.deadline - time.monotonic()

    def run(self, args, timeout=120):
        """Runs the CLI to completion; returns (exit code, stderr)."""
        p = subprocess.run(["dotnet", self.cli, *args], capture_output=True, text=True, timeout=timeout)
        return p.returncode, p.stderr

    def start(self, args):
        return subprocess.Popen(["dotnet", self.cli, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)

    def violate(self, case, what):
        self.violations.append(f"{case}: {what}")
        print(f"reliability: VIOLATION {case}: {what}", flush=True)

    def check(self, case, condition, what):
        self.checks += 1
        if not condition:
            self.violate(case, what)
        return condition

    # ---- the folder rule ----------------------------------------------------------------------------------------
    def folder_problems(self, folder, allow_partial=False):
        """Empty list when the folder obeys the rule; otherwise what is wrong."""
        if not os.path.isdir(folder):
            return []
        names = os.listdir(folder)
        problems = []
        partial = [n for n in names if PARTIAL.search(n)]
        result_path = os.path.join(folder, "result.json")
        if not os.path.exists(result_path):
            if partial and not allow_partial:
                problems.append(f"temporary files {partial}")
            return problems
        if partial:
            problems.append(f"temporary files {partial} beside result.json")
        try:
            return problems + self.run_problems(folder)
        except (OSError, ValueError, KeyError, IndexError, TypeError) as e:
            return problems + [f"result.json or trajectory.csv malformed: {type(e).__name__} {e}"]

    def run_problems(self, folder):
        """What disagrees between result.json and the other outputs beside it."""
        problems = []
        with open(os.path.join(folder, "result.json")) as f:
            result = json.load(f)
        qubits = result["run"]["qubits"]
        stem = os.path.splitext(os.path.basename(result["run"]["model"]))[0]
        trajectory = result.get("trajectory")
        csv_path = os.path.join(folder, "trajectory.csv")
        if trajectory is None or not os.path.exists(csv_path):
            return ["result.json without its trajectory (both models have an evolution)"]
        with open(csv_path) as f:
            lines = f.read().splitlines()
        header = lines[0].split(",")
        csv_qubits = sum(1 for h in header if re.fullmatch(r"x[0-9]+", h))
        if csv_qubits != qubits:
            problems.append(f"result.json has {qubits} qubits ({stem}), trajectory.csv {csv_qubits}")
        elif len(lines) - 1 != len(trajectory["t"]):
            problems.append(f"trajectory.csv has {len(lines) - 1} rows, result.json {len(trajectory['t'])} times")
        else:
            first = [float(v) for v in lines[1].split(",")[:4]]
            expected = [trajectory["t"][0], *trajectory["bloch"][0][0]]
            if any(abs(a - b) > 1e-12 * (1 + abs(b)) for a, b in zip(first, expected)):
                problems.append(f"trajectory.csv first row {first} differs from result.json {expected}")
        for plot in ("coherence", "trace_distance"):
            svg = os.path.join(folder, plot + ".svg")
            if not os.path.exists(svg):
                problems.append(f"{plot}.svg missing beside result.json")
                continue
            with open(svg, encoding="utf-8", errors="replace") as f:
                text = f.read()
            if not text.rstrip().endswith("</svg>"):
                problems.append(f"{plot}.svg truncated")
            if stem not in text:
                problems.append(f"{plot}.svg is not titled with {stem} (another run's plot)")
            png = os.path.join(folder, plot + ".png")
            if os.path.exists(png):
                with open(png, "rb") as f:
                    if not f.read().endswith(PNG_END):
                        problems.append(f"{plot}.png truncated")
        return problems

    def result_model(self, folder):
        try:
            with open(os.path.join(folder, "result.json")) as f:
                return os.path.splitext(os.path.basename(json.load(f)["run"]["model"]))[0]
        except (OSError, ValueError, KeyError):
            return None

    # ---- cases ----------------------------------------------------------------------------------------------------
    def names(self):
        case = "names"
        base = os.path.join(self.work, "names")
        os.makedirs(os.path.join(base, "m"))
        good = self.models["one_qubit"]
        for hostile in ("...json", "..json", ".json", os.path.join("m", "..json")):
            path = os.path.join(base, hostile)
            shutil.copy(good, path)
            out = os.path.join(base, "out")
            t0 = time.monotonic()
            code, err = self.run(["run", good, path, "--out", out, "-v", "quiet"])
            self.check(case, code == 2, f"run one_qubit.json {hostile} --out DIR: exit {code}, expected 2")
            self.check(case, "   at " not in err, f"{hostile}: stack trace in the message")
            written = [os.path.join(d, f) for d, _, fs in os.walk(base) for f in fs if f == "result.json"]
            self.check(case, not written, f"{hostile}: result.json written at {written}")
            self.check(case, time.monotonic() - t0 < 30, f"{hostile}: refusal took {time.monotonic() - t0:.1f} s")
        for args, what in ((["run", good, "--out", ""], "--out \"\""), (["run", "", "--out", os.path.join(base, "o")], "run \"\""),
                           (["figure", "3b", "--out", ""], "figure --out \"\"")):
            code, err = self.run(args)
            self.check(case, code == 2 and "progress" not in err, f"{what}: exit {code}, expected 2 before any work")
        print("reliability: names: 4 hostile model names beside a good one, 3 empty paths", flush=True)

    def lock(self, rounds=2):
        case = "lock"
        out = os.path.join(self.work, "lock", "out")
        successes = refusals = 0
        for _ in range(rounds):
            procs = [self.start(["run", self.models["one_qubit" if i % 2 == 0 else "two_qubits"], "--out", out, "-v", "quiet"]) for i in range(10)]
            for p in procs:
                _, err = p.communicate(timeout=300)
                if p.returncode == 0:
                    successes += 1
                elif p.returncode == 2 and LOCK_MESSAGE in err:
                    refusals += 1
                else:
                    self.violate(case, f"exit {p.returncode}: {err.strip()[:300]}")
            self.check(case, os.path.exists(os.path.join(out, "result.json")), "no run succeeded")
            for problem in self.folder_problems(out):
                self.violate(case, problem)
        print(f"reliability: lock: {rounds} x 10 concurrent runs into one folder: {successes} succeeded, {refusals} refused (exit 2)", flush=True)

    def disk(self):
        case = "disk"
        reference = os.path.join(self.work, "disk-reference")
        code, err = self.run(["run", self.models["two_qubits"], "--out", reference, "-v", "quiet"])
        if not self.check(case, code == 0, f"reference run failed: {err.strip()[:300]}"):
            return
        total = sum(os.path.getsize(os.path.join(reference, f)) for f in os.listdir(reference))
        mount = os.path.join(self.work, "tmpfs")
        os.makedirs(mount)
        tried = 0
        for fraction in (0.1, 0.35, 0.6, 0.85):
            size = max(4096, int(fraction * total) // 4096 * 4096)
            m = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", mount], capture_output=True, text=True)
            if m.returncode != 0:
                print(f"reliability: disk: skipped (mount -t tmpfs not permitted: {m.stderr.strip() or m.returncode})", flush=True)
                return
            try:
                out = os.path.join(mount, "out")
                os.makedirs(out)
                with open(os.path.join(out, "result.json"), "w") as f:
                    f.write('{"stale": true}')
                code, err = self.run(["run", self.models["two_qubits"], "--out", out, "-v", "quiet"])
                tried += 1
                what = f"{size} B tmpfs (outputs {total} B)"
                self.check(case, code in (0, 1), f"{what}: exit {code} (134 = crash): {err.strip()[:300]}")
                self.check(case, "   at " not in err, f"{what}: stack trace in the message")
                if code == 1:
                    self.check(case, "two_qubits.json" in err, f"{what}: message does not name the model file: {err.strip()[:300]}")
                    self.check(case, not os.path.exists(os.path.join(out, "result.json")), f"{what}: result.json present after a failed run")
                for problem in self.folder_problems(out):
                    self.violate(case, f"{what}: {problem}")
            finally:
                subprocess.run(["umount", mount], capture_output=True)
        print(f"reliability: disk: {tried} runs on full tmpfs of {total} B outputs x (0.1, 0.35, 0.6, 0.85)", flush=True)

    def kills(self, count, rng):
        case = "kill"
        out = os.path.join(self.work, "kill", "out")
        t0 = time.monotonic()
        code, err = self.run(["run", self.models["one_qubit"], "--out", out, "-v", "quiet"])
        duration = time.monotonic() - t0
        if not self.check(case, code == 0, f"first run failed: {err.strip()[:300]}"):
            return 0
        done = with_result = mid_write = killed = 0
        while done < count and self.left() > 3 * duration + 5:
            earlier = self.result_model(out)
            other = "two_qubits" if earlier == "one_qubit" else "one_qubit"
            p = self.start(["run", self.models[other], "--out", out, "-v", "quiet"])
            if done % 2 == 0:
                time.sleep(rng.uniform(0, 1.1 * duration))
            else:
                # aim at the writing phase: once the run has removed the earlier result.json and moved its new
                # trajectory.csv into place, the plots and result.json follow within some 10-100 ms
                limit = time.monotonic() + 10 * duration + 10
                result, csv = os.path.join(out, "result.json"), os.path.join(out, "trajectory.csv")
                while p.poll() is None and time.monotonic() < limit and os.path.exists(result):
                    time.sleep(0.001)
                while p.poll() is None and time.monotonic() < limit and not os.path.exists(csv):
                    time.sleep(0.001)
                time.sleep(rng.uniform(0, 0.1))
            if p.poll() is None:
                os.kill(p.pid, signal.SIGKILL)
                killed += 1
            p.communicate(timeout=120)
            done += 1
            names = os.listdir(out)
            if "result.json" not in names and any(PARTIAL.search(n) or n in WRITTEN_BEFORE_RESULT for n in names):
                mid_write += 1
            problems = self.folder_problems(out, allow_partial=True)
            self.check(case, not problems, f"trial {done} (earlier {earlier}, killed {other}): {problems}")
            if os.path.exists(os.path.join(out, "result.json")):
                with_result += 1
            else:
                # the next run must complete and leave no temporary file of the killed one
                code, err = self.run(["run", self.models[other], "--out", out, "-v", "quiet"])
                self.check(case, code == 0, f"trial {done}: the next run failed: {err.strip()[:300]}")
                self.check(case, not self.folder_problems(out), f"trial {done}: after the next run: {self.folder_problems(out)}")
        print(f"reliability: kill: {done} of {count} trials (run {duration:.1f} s), {killed} killed before the end: {with_result} left one complete run, "
              f"{done - with_result} no result.json (then the next run cleaned up), {mid_write} of those killed while writing (some outputs but no result.json)", flush=True)
        return done


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=float, default=120, help="seconds for the whole suite (default 120)")
    parser.add_argument("--kills", type=int, default=20, help="kill -9 trials (default 20)")
    parser.add_argument("--cli", default=os.path.join(ROOT, "src", "Cli", "bin", "Release", "net10.0", "opensystem.dll"))
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    if not os.path.exists(args.cli):
        print(f"reliability: {args.cli} not found; build it first (dotnet build src/Cli -c Release)")
        return 1
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    suite = Suite(args)
    start = time.monotonic()
    kills = 0
    try:
        for name, case in (("names", suite.names), ("lock", suite.lock), ("disk", suite.disk),
                           ("scales", lambda: scales.run_all(suite)),
                           ("kill", lambda: suite.kills(args.kills, random.Random(seed)))):
            before = len(suite.violations)
            try:
                kills = case() or kills
            except subprocess.TimeoutExpired as e:
                suite.violate(name, f"hang: {' '.join(map(str, e.cmd))} did not finish in {e.timeout} s")
            except Exception as e:   # a broken folder must be reported, never crash the suite
                suite.violate(name, f"{type(e).__name__}: {e}")
            print(f"reliability: {name}: {len(suite.violations) - before} violations", flush=True)
    finally:
        shutil.rmtree(suite.work, ignore_errors=True)
    complete = "" if kills >= args.kills else f" (budget reached after {kills} of {args.kills} kill trials)"
    print(f"reliability: {suite.checks} checks, {len(suite.violations)} violations, {time.monotonic() - start:.0f} s, seed {seed}{complete}")
    return 1 if suite.violations else 0


if __name__ == "__main__":
    sys.exit(main())
