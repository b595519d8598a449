#!/usr/bin/env bash
# Checks the renderer golden files with the tools their readers use: markdownlint-cli2 (default
# rules) on the Markdown plans, ajv (JSON Schema draft 2020-12) on the JSON reports.
# Usage: tests/tools/check-plan-outputs.sh   (registered in ctest as plan_outputs)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
tools="$root/tests/tools/node_modules/.bin"
golden="$root/tests/data/render/golden"
personas="$root/tests/data/golden"
schema="$root/docs/plan.schema.json"

if [ ! -x "$tools/markdownlint-cli2" ] || [ ! -x "$tools/ajv" ]; then
  echo "check-plan-outputs: tests/tools/node_modules is missing (markdownlint-cli2, ajv-cli);" \
       "run scripts/setup.sh --with-dev-tools" >&2
  exit 1
fi

shopt -s nullglob
markdown=("$golden"/*.md "$personas"/*.md)
json=("$golden"/*.json "$personas"/*.json)
if [ ${#markdown[@]} -eq 0 ] || [ ${#json[@]} -eq 0 ]; then
  echo "check-plan-outputs: no golden files under $golden" >&2
  exit 1
fi

# Lint copies in fresh folders so that no .markdownlint* file of the tree changes the rules:
# English and the checklists with every default rule, Chinese plans (*.zh.md) with
# docs/markdownlint-zh.jsonc (every default rule but the line length, since Chinese paragraphs
# are one line).
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/en" "$scratch/zh"
for f in "${markdown[@]}"; do
  # A checklist goes into an issue as it is: every default rule, in both languages.
  case "$f" in *.checklist.md) lang=en ;; *.zh.md) lang=zh ;; *) lang=en ;; esac
  rel=${f#"$root/tests/data/"}
  cp "$f" "$scratch/$lang/${rel//\//-}"
done
echo '{"config": {"default": true}}' > "$scratch/en/.markdownlint-cli2.jsonc"
echo "{\"config\": $(grep -v '^//' "$root/docs/markdownlint-zh.jsonc")}" \
  > "$scratch/zh/.markdownlint-cli2.jsonc"
status=0
for lang in en zh; do
  if ls "$scratch/$lang"/*.md >/dev/null 2>&1 &&
     ! (cd "$scratch/$lang" && "$tools/markdownlint-cli2" "*.md"); then
    echo "check-plan-outputs: $lang Markdown golden files break markdownlint rules (above)" >&2
    status=1
  fi
done

for f in "${json[@]}"; do
  if ! "$tools/ajv" validate --spec=draft2020 -c ajv-formats -s "$schema" -d "$f"; then
    echo "check-plan-outputs: $f does not match docs/plan.schema.json" >&2
    status=1
  fi
done
exit $status
