#!/usr/bin/env bash
# Installs the Debian packages newsextract needs, only those missing.
# usage: scripts/install-deps.sh [build|test]   (test adds the test tools)
set -euo pipefail
packages=(g++ cmake make pkg-config libgumbo-dev libyaml-cpp-dev nlohmann-json3-dev
          libcli11-dev libtbb-dev libsqlite3-dev)
if [[ ${1:-build} == test ]]; then
  packages+=(libgtest-dev python3 python3-jsonschema groff-base bash-completion
             dpkg-dev clang libclang-rt-14-dev parallel clang-format clang-tidy)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}" >&2
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
