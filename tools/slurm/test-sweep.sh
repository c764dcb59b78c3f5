#!/usr/bin/env bash
# The sweep's Slurm test: starts a one-node cluster (start-cluster.sh), runs one sweep of 40 points locally and as a
# job array of 4 tasks with --submit, waits for the merge job and checks that the two tables agree value by value.
# Needs root (apt-get, daemons) and a built CLI (dotnet build src/Cli -c Release). Exit 0 on agreement.
# Usage: tools/slurm/test-sweep.sh [--timeout SECONDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
timeout=300
if [ "${1:-}" = "--timeout" ]; then timeout=$2; fi
dll="$root/src/Cli/bin/Release/net10.0/opensystem.dll"
[ -f "$dll" ] || { echo "slurm test: build the CLI first (dotnet build src/Cli -c Release)" >&2; exit 1; }
cli=(dotnet "$dll")

"$root/tools/slurm/start-cluster.sh"

work=$(mktemp -d /tmp/opensystem-slurm.XXXXXX)
trap 'rm -rf "$work"' EXIT
cat > "$work/sweep.json" <<JSON
{
  "model": {
    "family": {"name": "c4", "ancillas": 1, "omega_target": 1.0, "omega_ancilla": 1.3, "g": 0.07, "theta": 0.07},
    "baths": [{"every_qubit": "X", "spectral_density": {"kind": "ohmic", "alpha": 0.001, "cutoff": 5.0}, "temperature": 0.2}],
    "equation": {"kind": "redfield", "lamb_shift": true}
  },
  "axes": [
    {"path": "baths[*].temperature", "logspace": [0.02, 2.0, 20]},
    {"path": "equation.lamb_shift", "values": [true, false]}
  ],
  "combine": "product"
}
JSON

start=$(date +%s)
# warnings of the points (Redfield's small negative eigenvalues at this coupling) go to a log shown only on failure
"${cli[@]}" sweep "$work/sweep.json" --out "$work/local" -v quiet 2>"$work/local.err" \
  || { echo "slurm test: the local sweep failed" >&2; cat "$work/local.err" >&2; exit 1; }
job=$("${cli[@]}" sweep "$work/sweep.json" --out "$work/cluster" --slurm --tasks 4 --submit -v quiet | tail -n 1)
grep -q 'array=0-3' "$work/cluster/slurm/array.sbatch" || { echo "slurm test: array.sbatch is not a 4-task array" >&2; exit 1; }
echo "slurm test: merge job $job submitted"
state=""
for _ in $(seq 1 "$timeout"); do
  state=$(scontrol show job "$job" -o 2>/dev/null | grep -o 'JobState=[A-Z_]*' | cut -d= -f2 || true)
  case "$state" in
    COMPLETED) break ;;
    FAILED|CANCELLED|TIMEOUT|NODE_FAIL|OUT_OF_MEMORY|PREEMPTED)
      echo "slurm test: merge job $job ended $state" >&2
      cat "$work"/cluster/slurm/*.out >&2 2>/dev/null || true
      exit 1 ;;
  esac
  sleep 1
done
[ "$state" = "COMPLETED" ] || { echo "slurm test: merge job $job not done after $timeout s (state $state)" >&2; squeue >&2; exit 1; }
logs=$(ls "$work"/cluster/slurm/array-*_*.out 2>/dev/null | wc -l)
[ "$logs" -eq 4 ] || { echo "slurm test: expected the logs of 4 array tasks, found $logs" >&2; exit 1; }

/usr/bin/python3 - "$work/local/table.csv" "$work/cluster/table.csv" <<'PY'
import csv, math, sys
a = list(csv.DictReader(open(sys.argv[1])))
b = list(csv.DictReader(open(sys.argv[2])))
assert len(a) == len(b) == 40, (len(a), len(b))
assert list(a[0].keys()) == list(b[0].keys()), "columns differ"
worst = 0.0
for ra, rb in zip(a, b):
    assert ra["status"] == rb["status"] == "ok", (ra["point"], ra["status"], rb["status"])
    for k in ra:
        x, y = ra[k], rb[k]
        try:
            fx, fy = float(x), float(y)
        except ValueError:
            assert x == y, (k, x, y)
            continue
        d = abs(fx - fy) / max(1.0, abs(fx))
        worst = max(worst, d)
        assert d <= 1e-12, (ra["point"], k, x, y)
print(f"slurm test: 40 points, local and cluster tables agree (largest relative difference {worst:.1e})")
PY
echo "slurm test: passed in $(( $(date +%s) - start )) s"
