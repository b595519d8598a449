#!/usr/bin/env bash
# Installs what llmpath needs on Debian 12 (only what is missing), then configures and builds.
# Usage: scripts/setup.sh [--preset release|debug] [--with-dev-tools]
#   --with-dev-tools also installs what the test suite uses beyond the compiler (markdownlint-cli2,
#   ajv-cli from npm, tmux for the terminal test).
set -euo pipefail

preset=release
dev_tools=0
while [ $# -gt 0 ]; do
  case "$1" in
    --preset) preset="$2"; shift 2 ;;
    --with-dev-tools) dev_tools=1; shift ;;
    *) echo "setup.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

packages=(g++ cmake make libcli11-dev nlohmann-json3-dev libfmt-dev catch2 libbenchmark-dev)
if [ "$dev_tools" = 1 ]; then
  packages+=(tmux nodejs npm)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  echo "setup.sh: installing ${missing[*]}" >&2
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "$dev_tools" = 1 ] && [ ! -x tests/tools/node_modules/.bin/markdownlint-cli2 ]; then
  echo "setup.sh: installing test tools from npm (tests/tools)" >&2
  (cd tests/tools && npm ci --no-audit --no-fund --loglevel=error)
fi

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"
