#!/usr/bin/env bash
# Packaging check: from a clean clone of this repository's HEAD, `dotnet pack` the solution, install the `opensystem`
# tool from the packed folder into a temporary tool path, and check that
#   - the expected packages exist (tool pointer + linux-x64 + any, one library package per src/ library, symbols) and no
#     test, benchmark or example project was packed;
#   - `opensystem --version` exits 0 and prints the informational version with HEAD's commit;
#   - `opensystem COMMAND --help` exits 0 for every command;
#   - the installed tool (Native AOT on linux-x64 by default) and `dotnet run --project src/Cli` write the same numbers
#     for every command (tools/pack/same-results.sh: run, run --only gibbs, approach, figure, sweep, sweep --slurm;
#     relative difference <= 1e-9, wall times skipped).
# Usage: [CHECK_WORK=DIR] tools/pack/check.sh [extra dotnet pack arguments, e.g. -p:ToolNativeAot=false]
# Native AOT needs a C toolchain and zlib headers: tools/pack/install-toolchain.sh installs them (Debian, as root).
# Ends with "N passed, N failed"; exit status 0 only if every check passed.
set -uo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# CHECK_WORK=DIR keeps the clone, the packages and the installed tool in DIR (e.g. to time it with time-startup.sh DIR/tools).
if [ -n "${CHECK_WORK:-}" ]; then
    work=$CHECK_WORK
    rm -rf "$work"
    mkdir -p "$work"
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi
passed=0
failed=0
check() {   # check NAME COMMAND...: runs COMMAND, counts and prints the outcome
    local name=$1
    shift
    if "$@" >"$work/last.log" 2>&1; then
        passed=$((passed + 1))
        echo "PASS $name"
    else
        failed=$((failed + 1))
        echo "FAIL $name"
        sed 's/^/    /' "$work/last.log" | tail -20
    fi
}

start=$(date +%s)
git clone --quiet "$repo" "$work/src" || { echo "cannot clone $repo"; exit 1; }
cd "$work/src"
commit=$(git rev-parse HEAD)
echo "checking $commit in $work/src"

check "dotnet pack OpenSystem.sln" dotnet pack OpenSystem.sln -c Release -o "$work/packages" "$@"
ls "$work/packages"

packages_ok() {
    local version id listing
    version=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props)
    for id in opensystem opensystem.linux-x64 opensystem.any; do
        test -f "$work/packages/$id.$version.nupkg" || { echo "missing $id.$version.nupkg"; return 1; }
    done
    for project in src/*/*.csproj; do
        grep -q '<PackAsTool>true' "$project" && continue
        id=$(basename "$project" .csproj)
        test -f "$work/packages/$id.$version.nupkg" || { echo "missing $id.$version.nupkg"; return 1; }
        test -f "$work/packages/$id.$version.snupkg" || { echo "missing $id.$version.snupkg"; return 1; }
        listing=$(unzip -Z1 "$work/packages/$id.$version.nupkg")
        grep -qx "lib/net10.0/$id.xml" <<<"$listing" || { echo "$id: no XML docs"; return 1; }
    done
    if ls "$work/packages" | grep -Ei '(tests|benchmarks|librarydemo)'; then echo "a non-library project was packed"; return 1; fi
}
check "packages: tool, libraries, symbols, XML docs; no test projects" packages_ok

check "dotnet tool install --tool-path" \
    dotnet tool install --tool-path "$work/tools" --add-source "$work/packages" opensystem
tool="$work/tools/opensystem"
installed=$(dirname "$(readlink -f "$tool")")
if [ -f "$installed/libcoreclr.so" ]; then kind="self-contained (runtime included)"
elif find "$work/tools/.store" -name opensystem.dll | grep -q .; then kind="framework-dependent"
else kind="Native AOT (no runtime files)"; fi
echo "installed: $installed: $kind, $(du -sh "$installed" | cut -f1)"
check "opensystem --version prints the commit" bash -c "'$tool' --version | tee /dev/stderr | grep -q '+$commit'"
for command in run approach figure sweep; do
    check "opensystem $command --help exits 0" "$tool" "$command" --help
done

check "dotnet build src/Cli" dotnet build src/Cli -c Release
if tools/pack/same-results.sh "$work/same" "$tool" "dotnet run --project src/Cli -c Release --no-build --"; then
    check "installed tool and dotnet run: same numbers for every command" true
else
    check "installed tool and dotnet run: same numbers for every command" false
fi

echo "took $(( $(date +%s) - start )) s"
echo "$passed passed, $failed failed"
test "$failed" -eq 0
