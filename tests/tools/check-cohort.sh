#!/usr/bin/env bash
# The onboarding workflow run as a team lead and three learners would, its outputs checked with
# the tools their readers use: the cohort's Markdown with markdownlint-cli2 (default rules; the
# Chinese with docs/markdownlint-zh.jsonc), its JSON with ajv against docs/cohort.schema.json
# and the exports against docs/tracking.schema.json, its CSV with Python's csv reader.
# Usage: tests/tools/check-cohort.sh LLMPATH   (registered in ctest as cohort_outputs)
set -euo pipefail

llmpath=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
tools="$root/tests/tools/node_modules/.bin"
if [ ! -x "$tools/markdownlint-cli2" ] || [ ! -x "$tools/ajv" ]; then
  echo "check-cohort: tests/tools/node_modules is missing (markdownlint-cli2, ajv-cli);" \
       "run scripts/setup.sh --with-dev-tools" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset LLMPATH_HOME LLMPATH_TODAY LLMPATH_LANG LLMPATH_CATALOG LANG LC_ALL
cd "$work"

# The lead plans the group.
cat > cohort.jsonl <<'LINES'
{"name": "Ann Lee", "background": "backend", "hours_per_week": 10}
{"name": "Bo", "background": "none", "hours_per_week": 6}
{"id": "chen", "background": "product", "hours_per_week": 8}
{"name": "Dana, \"the new one\"", "background": "data-analyst", "hours_per_week": 12}
LINES
"$llmpath" batch cohort.jsonl --start 2026-11-30 --out-dir plans >/dev/null

# Each learner adopts their plan, works on it, and exports it every week.
mkdir team
n=0
for plan in plans/*.json; do
  n=$((n + 1))
  export LLMPATH_HOME="$work/home-$n"
  LLMPATH_TODAY=2026-11-30 "$llmpath" track --plan "$plan" >/dev/null
  first=$(LLMPATH_TODAY=2026-12-02 "$llmpath" today --format json |
          python3 -c 'import json, sys; print(json.load(sys.stdin)["items"][0]["task"])')
  [ $n -ne 2 ] && LLMPATH_TODAY=2026-12-02 "$llmpath" done "$first" >/dev/null
  [ $n -eq 3 ] && LLMPATH_TODAY=2026-12-15 "$llmpath" skip "$first" >/dev/null
  LLMPATH_TODAY=2026-12-21 "$llmpath" export --format json -o "team/$(basename "$plan")"
done
unset LLMPATH_HOME
for f in team/*.json; do
  "$tools/ajv" validate --spec=draft2020 -c ajv-formats -s "$root/docs/tracking.schema.json" \
    -d "$f" >/dev/null
done

# The lead's Monday: every format.
status=0
"$llmpath" cohort team --today 2026-12-21 --format json > cohort.json
"$tools/ajv" validate --spec=draft2020 -c ajv-formats -s "$root/docs/cohort.schema.json" \
  -d cohort.json || status=1
mkdir en zh
"$llmpath" cohort team --today 2026-12-21 --format markdown > en/cohort.md
"$llmpath" cohort team --today 2026-12-21 --format markdown --lang zh > zh/cohort.zh.md
echo '{"config": {"default": true}}' > en/.markdownlint-cli2.jsonc
echo "{\"config\": $(grep -v '^//' "$root/docs/markdownlint-zh.jsonc")}" \
  > zh/.markdownlint-cli2.jsonc
for lang in en zh; do
  (cd "$lang" && "$tools/markdownlint-cli2" "*.md") || status=1
done
"$llmpath" cohort team --today 2026-12-21 --format csv > cohort.csv
python3 - cohort.csv cohort.json <<'PY' || status=1
import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
learners = json.load(open(sys.argv[2], encoding="utf-8"))["learners"]
assert len(rows) == len(learners) == 4, (len(rows), len(learners))
for row, learner in zip(rows, learners):
    for key in ("name", "file", "direction", "week", "done_hours", "planned_hours",
                "ahead_hours", "last_activity"):
        want = learner[key]
        want = "" if want is None else str(want)
        assert row[key] == want, (key, row[key], want)
    assert float(row["ahead_weeks"]) == learner["ahead_weeks"]
    assert row["stalled"] == ("true" if learner["stalled"] else "false")
print("check-cohort: CSV rows match the JSON")
PY
exit $status
