#!/usr/bin/env python3
"""Compares two result.json files of `opensystem run`: same keys, same strings and booleans, and every number equal to
a relative difference of 1e-9 (absolute 1e-12 near zero). The "run" section (wall times, warnings) is skipped, and
durations such as ", 0.17 s" inside strings (the integrator's statistics) are ignored.
Usage: compare_results.py A.json B.json; exit 0 if they agree, 1 with the differing paths otherwise."""
import json
import re
import sys

RTOL = 1e-9
ATOL = 1e-12
DURATION = re.compile(r"\d+(\.\d+)?(E[-+]?\d+)? s\b")


def differences(a, b, path):
    if isinstance(a, dict) and isinstance(b, dict):
        if set(a) != set(b):
            yield f"{path}: keys differ: {sorted(set(a) ^ set(b))}"
            return
        for key in a:
            if path == "" and key == "run":
                continue
            yield from differences(a[key], b[key], f"{path}.{key}")
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            yield f"{path}: lengths {len(a)} and {len(b)}"
            return
        for i, (x, y) in enumerate(zip(a, b)):
            yield from differences(x, y, f"{path}[{i}]")
    elif isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        if abs(a - b) > ATOL + RTOL * max(abs(a), abs(b)):
            yield f"{path}: {a!r} vs {b!r}"
    elif isinstance(a, str) and isinstance(b, str):
        if DURATION.sub("T s", a) != DURATION.sub("T s", b):
            yield f"{path}: {a!r} vs {b!r}"
    elif a != b:
        yield f"{path}: {a!r} vs {b!r}"


def main():
    with open(sys.argv[1]) as f:
        a = json.load(f)
    with open(sys.argv[2]) as f:
        b = json.load(f)
    found = list(differences(a, b, ""))
    for line in found[:20]:
        print(line)
    print(f"{len(found)} differences ({sys.argv[1]} vs {sys.argv[2]})")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
