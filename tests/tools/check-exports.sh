#!/usr/bin/env bash
# Checks the export golden files with parsers and renderers nobody here wrote: every calendar and
# CSV against its JSON plan (tests/tools/check-exports.py: python3-icalendar, Python's csv), and
# every Mermaid chart of the Markdown plans rendered in headless Chromium (render-mermaid.mjs).
# Usage: tests/tools/check-exports.sh   (registered in ctest as exports)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
golden="$root/tests/data/golden"
tools="$root/tests/tools"

if ! /usr/bin/python3 -c "import icalendar" 2>/dev/null; then
  echo "check-exports: python3-icalendar is missing; run scripts/setup.sh --with-dev-tools" >&2
  exit 1
fi
if [ ! -d "$tools/node_modules/mermaid" ] || [ ! -x /usr/bin/chromium ]; then
  echo "check-exports: mermaid (npm) or chromium is missing; run scripts/setup.sh --with-dev-tools" >&2
  exit 1
fi

status=0
checked=0
shopt -s nullglob
for plan in "$golden"/*.json; do
  stem=${plan%.json}
  exports=()
  for ext in ics csv; do
    [ -f "$stem.$ext" ] && exports+=("$stem.$ext")
  done
  [ ${#exports[@]} -eq 0 ] && continue
  checked=$((checked + ${#exports[@]}))
  /usr/bin/python3 "$tools/check-exports.py" "$plan" "${exports[@]}" >/dev/null || status=1
done
if [ "$checked" -eq 0 ]; then
  echo "check-exports: no .ics or .csv golden files under $golden" >&2
  exit 1
fi
echo "check-exports: $checked calendar and CSV files checked"

charts=()
for f in "$golden"/*.md "$root/tests/data/render/golden"/*.md; do
  case "$f" in *.checklist.md) ;; *) charts+=("$f") ;; esac
done
node "$tools/render-mermaid.mjs" "${charts[@]}" || status=1
exit $status
