#!/usr/bin/env bash
# Makes a cohort of N learners the way a team does, for measuring `llmpath cohort`: batch plans
# them (--out-dir), each adopts their plan (track --plan), records a few weeks of work (done),
# and exports it (export --format json) into DIR/team.
# Usage: scripts/gen-cohort.sh LLMPATH N DIR      (docs/performance.md)
set -euo pipefail
llmpath=$1 n=$2 dir=$3
mkdir -p "$dir/team"
python3 - "$n" > "$dir/team.jsonl" <<'PY'
import json, random, sys
r = random.Random(1)
bg = ["none", "student", "backend", "frontend", "bigdata", "devops", "systems",
      "data-analyst", "algorithm", "product"]
for i in range(int(sys.argv[1])):
    print(json.dumps({"name": f"learner-{i:05d}", "background": r.choice(bg),
                      "hours_per_week": r.randint(4, 20)}))
PY
"$llmpath" batch "$dir/team.jsonl" --start 2026-11-30 --out-dir "$dir/plans" --force
i=0
for plan in "$dir"/plans/*.json; do
  i=$((i + 1))
  export LLMPATH_HOME="$dir/homes/$i"
  LLMPATH_TODAY=2026-11-30 "$llmpath" track --plan "$plan" --force >/dev/null
  # Learner i works through the first (i mod 4) weeks' tasks, at the end of each week.
  for day in 2026-12-06 2026-12-13 2026-12-20; do
    [ $((i % 4)) -eq 0 ] && break
    tasks=$(LLMPATH_TODAY=$day "$llmpath" today --format json |
            python3 -c 'import json, sys; print(" ".join(t["task"] for t in json.load(sys.stdin)["items"]))')
    [ -n "$tasks" ] && LLMPATH_TODAY=$day "$llmpath" done $tasks >/dev/null
    [ $((i % 4)) -eq 1 ] && break
  done
  LLMPATH_TODAY=2026-12-21 "$llmpath" export --format json -o "$dir/team/$(basename "$plan")" --force
done
