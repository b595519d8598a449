#!/usr/bin/env bash
# Runs the shell recipes of docs/exports.md exactly as written (each ```sh block after a
# "<!-- test: NAME -->" line) with the built llmpath, jq, and a stand-in gh that records its
# arguments, then checks what they made against the plan they read.
# Usage: tests/tools/check-recipes.sh LLMPATH   (registered in ctest as export_recipes)
set -euo pipefail

llmpath=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
doc="$root/docs/exports.md"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir "$work/bin"
ln -s "$llmpath" "$work/bin/llmpath"
cat > "$work/bin/gh" <<'GH'
#!/bin/sh
# Records one call per line: its arguments separated by NUL.
printf '%s\0' "$@" >> "$GH_LOG"
printf '\n' >> "$GH_LOG"
GH
chmod +x "$work/bin/gh"

recipe() { # the sh block after <!-- test: $1 -->
  awk -v name="$1" '
    $0 == "<!-- test: " name " -->" { found = 1; next }
    found && /^```sh$/ { inside = 1; next }
    inside && /^```$/ { exit }
    inside { print }' "$doc"
}

status=0
for name in gitlab-csv github-issues; do
  dir="$work/$name"
  mkdir "$dir"
  recipe "$name" > "$dir/recipe.sh"
  if [ ! -s "$dir/recipe.sh" ]; then
    echo "check-recipes: no recipe '$name' in docs/exports.md" >&2
    exit 1
  fi
  echo '{"background": "backend"}' > "$dir/answers.json"
  (cd "$dir" && GH_LOG="$dir/gh.log" PATH="$work/bin:$PATH" bash -euo pipefail recipe.sh) || {
    echo "check-recipes: the $name recipe failed" >&2
    status=1
  }
done

/usr/bin/python3 - "$work" <<'PY' || status=1
import csv, json, sys
work = sys.argv[1]
problems = []

def tasks_of(plan, phase=None):
    out = {}
    for w in plan["plan"]["weeks"]:
        for i in w["items"]:
            if phase is None or i["phase"] == phase:
                t = out.setdefault(i["task"], {"title": i["title"], "hours": 0})
                t["hours"] += i["hours"]
                t["due"] = w["end_date"]
    return out

plan = json.load(open(f"{work}/gitlab-csv/plan.json"))
rows = list(csv.reader(open(f"{work}/gitlab-csv/gitlab-issues.csv", newline="", encoding="utf-8")))
tasks = tasks_of(plan)
if rows[0] != ["title", "description", "due_date"]:
    problems.append(f"gitlab-csv: header {rows[0]}")
if [(r[0], r[2]) for r in rows[1:]] != [(t["title"], t["due"]) for t in tasks.values()]:
    problems.append("gitlab-csv: the rows are not the plan's tasks with their due dates")

plan = json.load(open(f"{work}/github-issues/plan.json"))
# Each call is its arguments, each ended by NUL, then a newline.
calls = [line.split("\0") for line in
         open(f"{work}/github-issues/gh.log", encoding="utf-8").read().split("\0\n") if line]
phases = [p for p in plan["plan"]["phases"] if p["first_week"] > 0]
if len(calls) != len(phases):
    problems.append(f"github-issues: {len(calls)} issues for {len(phases)} phases")
for call, phase in zip(calls, phases):
    args = dict(zip(call[2::2], call[3::2]))
    if call[:2] != ["issue", "create"] or phase["title"] not in args.get("--title", ""):
        problems.append(f"github-issues: {call[:3]} for phase {phase['id']}")
    for t in tasks_of(plan, phase["id"]).values():
        line = f"- [ ] {t['title']} ({t['hours']} h, due {t['due']})"
        if line not in args.get("--body", ""):
            problems.append(f"github-issues: the {phase['id']} issue lacks {line!r}")
for p in problems:
    print(p, file=sys.stderr)
print(f"check-recipes: {len(rows) - 1} GitLab rows, {len(calls)} GitHub issues")
sys.exit(1 if problems else 0)
PY
exit $status
