#!/usr/bin/env python3
"""Writes a large valid catalogue for benchmarks: the default catalogue's directions, phases,
pitfalls, skills and questions, with N generated tasks.

Usage: scripts/gen-catalog.py N OUT.json [--seed S] [--chain | --copies]
  --chain   every task depends on the one before it in its phase (worst case for cycle checks)
  --copies  the tasks are copies of the default catalogue's own (full texts, links, GPU time),
            about N of them: what an organisation's large catalogue looks like
"""
import argparse
import json
import random
import sys
from pathlib import Path


def copies(originals, count):
    """About `count` tasks: the default ones again and again, each copy's ids (and the ids its
    tasks refer to) ending in -cK; the first copy keeps the ids the checkpoints name."""
    out = []
    for k in range(max(1, round(count / len(originals)))):
        suffix = "" if k == 0 else f"-c{k}"
        for task in originals:
            t = json.loads(json.dumps(task))
            t["id"] += suffix
            t["prerequisites"] = [p + suffix for p in t.get("prerequisites", [])]
            if "without" in t.get("shorten", {}):
                t["shorten"]["without"] = [p + suffix for p in t["shorten"]["without"]]
            if k > 0:
                t.pop("interview", None)  # a direction's questions draw on the first copy
            out.append(t)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--chain", action="store_true")
    parser.add_argument("--copies", action="store_true")
    args = parser.parse_args()

    root = Path(__file__).resolve().parent.parent
    catalog = json.loads((root / "data" / "catalog.json").read_text(encoding="utf-8"))
    rng = random.Random(args.seed)
    directions = [d["id"] for d in catalog["directions"]]
    phases = [p["id"] for p in catalog["phases"]]
    skills = [s["id"] for s in catalog.get("skills", [])]

    tasks = copies(catalog["tasks"], args.count) if args.copies else []
    by_phase = {p: [] for p in phases}
    for i in range(0 if args.copies else args.count):
        phase_index = min(len(phases) - 1, i * len(phases) // max(1, args.count))
        phase = phases[phase_index]
        earlier = [t for p in phases[: phase_index + 1] for t in by_phase[p][-50:]]
        if args.chain and by_phase[phase]:
            prerequisites = [by_phase[phase][-1]]
        else:
            prerequisites = sorted(set(rng.sample(earlier, min(len(earlier), rng.randint(0, 2)))))
        task_id = f"t{i:06d}"
        task = {
            "id": task_id,
            "phase": phase,
            "directions": ["common"] if rng.random() < 0.2 else [rng.choice(directions)],
            "title": {"en": f"Generated task {i}", "zh": f"生成的任务 {i}"},
            "hours": rng.randint(1, 40),
            "core": rng.random() < 0.8,
            "prerequisites": prerequisites,
            "deliverable": {"en": f"Repository for task {i}", "zh": f"任务 {i} 的仓库"},
            "resources": [{"type": "official", "title": "Docs", "url": f"https://example.org/{i}"}],
        }
        if skills and rng.random() < 0.05:
            task["skip_if_skills"] = [rng.choice(skills)]
        tasks.append(task)
        by_phase[phase].append(task_id)
    catalog["id"] = f"generated-{args.count}"
    catalog["tasks"] = tasks
    for pitfall in catalog.get("pitfalls", []):
        if not args.copies:
            pitfall["tasks"] = []
    # The interview questions draw on default tasks; here on a generated task of the direction.
    for direction in catalog["directions"] if not args.copies else []:
        own = [t["id"] for t in tasks if direction["id"] in t["directions"]]
        for question in direction.get("interview_questions", []):
            question["tasks"] = own[:1]
    # The checkpoints name default tasks; here they are plain text.
    def plain(parts):
        if not isinstance(parts, list):
            return parts
        return {lang: " ".join(part["text"][lang] for part in parts) for lang in ("en", "zh")}

    for phase in catalog["phases"]:
        if args.copies:
            break
        if "checkpoint" in phase:
            phase["checkpoint"] = plain(phase["checkpoint"])
        for direction, parts in phase.get("direction_checkpoints", {}).items():
            phase["direction_checkpoints"][direction] = plain(parts)
    Path(args.out).write_text(json.dumps(catalog, ensure_ascii=False, separators=(",", ":")),
                              encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
