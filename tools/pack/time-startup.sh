#!/usr/bin/env bash
# Start-up timings of an installed opensystem tool: time-startup.sh TOOL_DIR [RUNS]
# Whole-process wall time of (a) a one-qubit steady state without evolution (tools/pack/qubit_steady.json, --no-plots)
# and (b) the C4 N = 3 model with its trajectory (examples/models/c4_n3.json, with plots), measured with hyperfine
# (apt-get install hyperfine); prints the wall time's min and median and the mean CPU time (user + sys, less sensitive
# to other load on the machine) in seconds. Run from the repository root.
set -euo pipefail
tool="$1/opensystem"
runs="${2:-10}"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
uptime
"$tool" --version
hyperfine -N --warmup 2 --runs "$runs" --export-json "$out/n1.json" \
    "$tool run tools/pack/qubit_steady.json --out $out/n1 --no-plots" >/dev/null 2>&1
hyperfine -N --warmup 1 --runs "$runs" --export-json "$out/c4.json" \
    "$tool run examples/models/c4_n3.json --out $out/c4" >/dev/null 2>&1
for case in n1 c4; do
    python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print(f'{sys.argv[2]}: wall min {r[\"min\"]:.3f} s, median {r[\"median\"]:.3f} s; cpu user+sys mean {r[\"user\"]+r[\"system\"]:.3f} s; runs {len(r[\"times\"])}')" "$out/$case.json" "$case"
done
uptime
