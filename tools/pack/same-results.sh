#!/usr/bin/env bash
# Runs every command of opensystem with two builds and compares what they write (tools/pack/compare_results.py: numbers to
# a relative 1e-9, wall times skipped):
#   run (two models, one with a trajectory), run --only gibbs, approach, figure, sweep (with the approach outputs; the
#   table and every point) and sweep --slurm (the scripts, with each build's own launch command and folder replaced).
# Usage (from the repository root): tools/pack/same-results.sh OUT "COMMAND A" "COMMAND B"
#   e.g. tools/pack/same-results.sh out/same "$HOME/opt/opensystem/opensystem" "dotnet run --project src/Cli -c Release --"
# The commands are split into words. Prints PASS/FAIL per comparison and ends with "N passed, N failed"; exit 0 only if
# every command ran and every comparison agreed.
set -uo pipefail
out=$1
read -r -a a <<<"$2"
read -r -a b <<<"$3"
here=$(cd "$(dirname "$0")" && pwd)
passed=0
failed=0
check() {   # check NAME COMMAND...: runs COMMAND, counts and prints the outcome
    local name=$1
    shift
    if "$@" >"$out/last.log" 2>&1; then
        passed=$((passed + 1))
        echo "PASS $name"
    else
        failed=$((failed + 1))
        echo "FAIL $name"
        sed 's/^/    /' "$out/last.log" | tail -20
    fi
}
both() {   # both NAME ARGS...: runs opensystem ARGS with A into $out/a/NAME and with B into $out/b/NAME
    local name=$1
    shift
    check "A: $name" "${a[@]}" "$@" --out "$out/a/$name" -v quiet
    check "B: $name" "${b[@]}" "$@" --out "$out/b/$name" -v quiet
}
same() {   # same NAME FILE: compares FILE (relative to the command's folder) between A and B
    check "same numbers: $1/$2" python3 "$here/compare_results.py" "$out/a/$1/$2" "$out/b/$1/$2"
}
scripts_same() {   # the Slurm scripts of A and B, each with its own launch command and output folder written as placeholders
    local side words file
    for side in a b; do
        mkdir -p "$out/$side/scripts"
        if [ "$side" = a ]; then words=("${a[@]}"); else words=("${b[@]}"); fi
        for file in array.sbatch merge.sbatch; do
            python3 - "$out/$side/slurm/slurm/$file" "$out/$side/slurm" "$out/$side/scripts/$file" <<'PY'
import sys
text = open(sys.argv[1]).read().replace(sys.argv[2], "OUT")
# the launch command is the only line that names the executable: keep everything from its first option on
lines = [line.split("' sweep ", 1)[1] if "' sweep " in line else line for line in text.splitlines()]
open(sys.argv[3], "w").write("\n".join(lines) + "\n")
PY
        done
    done
    diff -r "$out/a/scripts" "$out/b/scripts"
}
launch_runs() {   # the launch command written into A's array script (the words before "sweep") starts this build
    local line
    line=$(grep -m1 "' sweep " "$out/a/slurm/slurm/array.sbatch")
    eval "${line%% sweep *} --version"
}
mkdir -p "$out"
rm -rf "$out/a" "$out/b"

both run run tools/pack/qubit_steady.json examples/models/composite_qubit.json
same run qubit_steady/result.json
same run composite_qubit/result.json
both gibbs run examples/models/eq9_family.json --only gibbs
same gibbs result.json
both approach approach examples/models/composite_qubit.json
same approach approach.json
same approach approach.csv
both figure figure 2a
same figure fig2a.csv
both sweep sweep tools/pack/qubit_sweep.json
same sweep table.csv
for point in "$out"/a/sweep/points/*/; do
    same sweep "points/$(basename "$point")/result.json"
done
both slurm sweep tools/pack/qubit_sweep.json --slurm --tasks 2
check "same Slurm scripts (launch command and folder aside)" scripts_same
check "A's Slurm script launches A" launch_runs
echo "$passed passed, $failed failed"
test "$failed" -eq 0
