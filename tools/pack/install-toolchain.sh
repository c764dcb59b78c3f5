#!/usr/bin/env bash
# Installs what `dotnet pack` needs to compile the linux-x64 tool with Native AOT: a C toolchain that links (clang, or
# gcc when it is already there) and the zlib headers, from Debian's packages. Does nothing when they are present.
# Run as root (or with sudo) once per machine; `dotnet pack ... -p:ToolNativeAot=false` needs none of it.
set -euo pipefail
missing=()
if ! command -v clang >/dev/null && ! command -v gcc >/dev/null; then missing+=(clang); fi
if ! dpkg -s zlib1g-dev >/dev/null 2>&1; then missing+=(zlib1g-dev); fi
if [ ${#missing[@]} -eq 0 ]; then
    echo "native toolchain present: $(command -v clang || command -v gcc), zlib1g-dev"
    exit 0
fi
echo "installing ${missing[*]}"
sudo=()
if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}"
