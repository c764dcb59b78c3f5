#!/usr/bin/env bash
# Regenerates the plot screenshots in docs/screenshots/ (docs/plots.md shows them) with the current code:
#   examples/models/eq9_linear.json   (linear grid 0..12000, 6001 samples: resolves the oscillations)
#   examples/models/eq9_indirect.json (log grid 0, 0.02..20000, 201 samples: too coarse, the plots and the log say so)
# For each: `run` (coherence.png, trace_distance.png) and `approach` (approach_coherence.png, approach_distance.png),
# copied as docs/screenshots/<model>_<plot>.png. The warnings the commands print go to docs/screenshots/warnings.txt.
# Usage: tools/screenshots.sh   (from anywhere; builds src/Cli in Release first)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/Cli -c Release -v quiet -nologo >/dev/null
tool=(dotnet src/Cli/bin/Release/net10.0/opensystem.dll)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=docs/screenshots
mkdir -p "$out"
: > "$out/warnings.txt"
for model in eq9_linear eq9_indirect; do
    echo "== opensystem run examples/models/$model.json" >> "$work/warnings.txt"
    "${tool[@]}" run "examples/models/$model.json" --out "$work/$model" -v quiet >/dev/null 2>>"$work/warnings.txt"
    echo "== opensystem approach examples/models/$model.json" >> "$work/warnings.txt"
    "${tool[@]}" approach "examples/models/$model.json" --out "$work/$model-approach" -v quiet >/dev/null 2>>"$work/warnings.txt"
    for plot in coherence trace_distance; do
        cp "$work/$model/$plot.png" "$out/${model}_$plot.png"
    done
    for plot in approach_coherence approach_distance; do
        cp "$work/$model-approach/$plot.png" "$out/${model}_$plot.png"
    done
done
# drop the clock at the start of each log line so a rerun only changes the file when a warning changes
sed -E 's/^[0-9:]{8} //' "$work/warnings.txt" > "$out/warnings.txt"
ls -1 "$out"
