#!/usr/bin/env python3
"""Compares two output files of opensystem (result.json, approach.json, a sweep's table.csv, a figure's CSV): for JSON the
same keys, same strings and booleans, and every number equal to a relative difference of 1e-9 (absolute 1e-12 near
zero); for CSV the same lines with every cell compared the same way (a number numerically, anything else as text). The
"run" section of a result.json (wall times, warnings) is skipped, and durations such as ", 0.17 s" inside strings (the
integrator's statistics) are ignored.
Usage: compare_results.py A B; exit 0 if they agree, 1 with the differing paths (or lines and columns) otherwise."""
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


def number(text):
    try:
        return float(text)
    except ValueError:
        return None


def csv_rows(path):
    with open(path) as f:
        return [line.rstrip("\n").split(",") for line in f]


def csv_differences(a, b):
    if len(a) != len(b):
        yield f"{len(a)} and {len(b)} lines"
        return
    for line, (x, y) in enumerate(zip(a, b), start=1):
        if len(x) != len(y):
            yield f"line {line}: {len(x)} and {len(y)} cells"
            continue
        for column, (p, q) in enumerate(zip(x, y), start=1):
            u, v = number(p), number(q)
            cell = f"line {line}, column {column}"
            yield from differences(u, v, cell) if u is not None and v is not None else differences(p, q, cell)


def main():
    if sys.argv[1].endswith(".csv"):
        found = list(csv_differences(csv_rows(sys.argv[1]), csv_rows(sys.argv[2])))
    else:
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
