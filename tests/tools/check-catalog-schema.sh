#!/usr/bin/env bash
# Checks docs/catalog.schema.json against the loader's rules: the default catalogue and the valid
# fixtures must pass it, and each invalid fixture listed in tests/data/catalog/schema-rejects.txt
# (the rules a JSON Schema can express) must fail it as a validation error.
# Usage: tests/tools/check-catalog-schema.sh [SOURCE_DIR]
set -euo pipefail

root=${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
ajv=$root/tests/tools/node_modules/.bin/ajv
schema=$root/docs/catalog.schema.json
data=$root/tests/data/catalog

if [[ ! -x $ajv ]]; then
    echo "check-catalog-schema: $ajv is missing; run scripts/setup.sh --with-dev-tools" \
         "(or: cd tests/tools && npm ci)" >&2
    exit 1
fi

valid=("$root/data/catalog.json" "$data"/valid/*.json)
mapfile -t names < <(grep -v '^#' "$data/schema-rejects.txt" | grep -v '^$')
invalid=()
for name in "${names[@]}"; do
    if [[ ! -f $data/invalid/$name.json ]]; then
        echo "check-catalog-schema: schema-rejects.txt names $name, but invalid/$name.json is missing" >&2
        exit 1
    fi
    invalid+=("$data/invalid/$name.json")
done

args=()
for f in "${valid[@]}" "${invalid[@]}"; do
    args+=(-d "$f")
done
# ajv exits 1 when any file is invalid; the per-file verdicts on stdout are what is checked.
set +e
output=$("$ajv" validate --spec=draft2020 -c ajv-formats --errors=line -s "$schema" "${args[@]}" 2>&1)
set -e

failures=0
verdict() {
    # The line "FILE valid" or "FILE invalid" that ajv printed for FILE.
    grep -E "^$(printf '%s' "$1" | sed 's/[][\.*^$/]/\\&/g') (valid|invalid)$" <<<"$output" |
        awk '{print $NF}' || true
}
for f in "${valid[@]}"; do
    if [[ $(verdict "$f") != valid ]]; then
        echo "FAIL: the schema rejects a valid catalogue: ${f#$root/}" >&2
        failures=$((failures + 1))
    fi
done
for f in "${invalid[@]}"; do
    if [[ $(verdict "$f") != invalid ]]; then
        echo "FAIL: the schema accepts an invalid catalogue: ${f#$root/}" >&2
        failures=$((failures + 1))
    fi
done

if ((failures > 0)); then
    echo "--- ajv output" >&2
    printf '%s\n' "$output" >&2
    exit 1
fi
echo "check-catalog-schema: ${#valid[@]} valid catalogues pass, ${#invalid[@]} invalid ones are rejected"
