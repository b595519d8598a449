#!/usr/bin/env bash
# Installs what llmpath needs on Debian 12 (only what is missing), then configures and builds.
# Idempotent: a second run installs nothing and rebuilds only what changed.
# Usage: scripts/setup.sh [--preset release|dev|debug|bench] [--with-dev-tools]
#   Without --with-dev-tools it builds what running llmpath needs, and no test.
#   --with-dev-tools also installs what the test suite runs besides the compiler: tmux (the
#   terminal test), chromium, python3-icalendar and jq (the export checks), zsh and fish (the
#   completion checks), lintian and groff-base (the package checks), cmark-gfm (the Markdown
#   structure check) and, from npm,
#   markdownlint-cli2, ajv-cli, mermaid and puppeteer-core (tests/tools/package-lock.json).
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

cd "$(dirname "$0")/.."

packages=(g++ cmake ninja-build pkg-config libcli11-dev nlohmann-json3-dev libfmt-dev libicu-dev
          icu-devtools libre2-dev)
[ "$dev_tools" = 1 ] && packages+=(catch2)
[ "$preset" = bench ] && packages+=(libbenchmark-dev hyperfine jq)
if [ "$dev_tools" = 1 ]; then
  packages+=(tmux chromium python3-icalendar jq zsh fish lintian groff-base cmark-gfm)
  command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
fi
bash scripts/install-packages.sh "${packages[@]}"

# npm ci again whenever the lock file changed since the last install.
if [ "$dev_tools" = 1 ] &&
   ! cmp -s tests/tools/package-lock.json tests/tools/node_modules/.llmpath-installed-lock; then
  echo "llmpath setup: installing test tools from npm into tests/tools" >&2
  (cd tests/tools && npm ci --no-audit --no-fund --loglevel=error &&
   cp package-lock.json node_modules/.llmpath-installed-lock)
fi

tests=OFF
[ "$dev_tools" = 1 ] && tests=ON
cmake --preset "$preset" -DLLMPATH_BUILD_TESTS="$tests" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"
