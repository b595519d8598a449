#!/usr/bin/python3
"""Checks calendar and issue-tracker exports against the JSON plan they came from, with parsers
nobody in this project wrote: Debian's python3-icalendar for .ics, Python's csv module for .csv.

Usage: tests/tools/check-exports.py PLAN.json EXPORT.ics|EXPORT.csv...
Every export is compared with PLAN.json (`llmpath plan --format json`, same answers and start):
  .ics  every line ends in CRLF and is at most 75 octets; every event parses; one event per week
        with work (its dates, every task title of the week in its description) and one per phase
        checkpoint (on the Sunday of the phase's last week); UIDs unique; texts round-trip exactly.
  .csv  a header (a tracked plan's with Status and Hours done) and one row per phase with work,
        then one per task (not per part), with the task's start and due dates, hours, and the phase row as parent; no cell a spreadsheet
        would run as a formula.
Exit status 1 with one line per problem.
"""
import csv
import datetime
import io
import json
import sys

import icalendar

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def day(text):
    return datetime.date.fromisoformat(text)


def plan_facts(plan_json):
    plan = plan_json["plan"]
    weeks = [w for w in plan["weeks"] if w["items"]]
    tasks = {}
    for w in plan["weeks"]:
        for item in w["items"]:
            t = tasks.setdefault(item["task"], {"title": item["title"], "hours": 0,
                                                "phase": item["phase"], "first": w, "last": w})
            t["hours"] += item["hours"]
            t["last"] = w
    phases = [p for p in plan["phases"] if p.get("first_week")]
    return plan, weeks, tasks, phases


def check_ics(path, plan_json, problems):
    raw = open(path, "rb").read()
    lines = raw.split(b"\r\n")
    if lines[-1] != b"" or b"\n" in raw.replace(b"\r\n", b""):
        problems.append(f"{path}: a line does not end in CRLF")
    for n, line in enumerate(lines, 1):
        if len(line) > 75:
            problems.append(f"{path}:{n}: {len(line)} octets, more than 75")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"{path}:{n}: a folded line splits a UTF-8 sequence")
    cal = icalendar.Calendar.from_ical(raw)
    if str(cal.get("VERSION")) != "2.0" or not cal.get("PRODID"):
        problems.append(f"{path}: VERSION 2.0 and PRODID are required")
    events = list(cal.walk("VEVENT"))
    plan, weeks, tasks, phases = plan_facts(plan_json)
    checkpoints = [p for p in phases if p.get("checkpoint")]
    if len(events) != len(weeks) + len(checkpoints):
        problems.append(f"{path}: {len(events)} events, expected {len(weeks)} weeks with work "
                        f"and {len(checkpoints)} checkpoints")
    uids = [str(e["UID"]) for e in events]
    if len(set(uids)) != len(uids):
        problems.append(f"{path}: UIDs repeat")
    by_uid = {str(e["UID"]).rsplit("-", 1)[0]: e for e in events}  # less the learner's key
    for w in weeks:
        e = by_uid.get(f"week-{w['index']}")
        if e is None:
            problems.append(f"{path}: no event for week {w['index']}")
            continue
        start, end = e["DTSTART"].dt, e["DTEND"].dt
        if start != day(w["start_date"]) or end != day(w["end_date"]) + datetime.timedelta(1):
            problems.append(f"{path}: week {w['index']} is {start}..{end}, the plan says "
                            f"{w['start_date']}..{w['end_date']}")
        description = str(e["DESCRIPTION"])
        for item in w["items"]:
            if item["title"] not in description:
                problems.append(f"{path}: week {w['index']} does not name {item['title']!r}")
        if w["items"][0]["title"] not in str(e["SUMMARY"]):
            problems.append(f"{path}: week {w['index']}'s summary does not name its first task")
    for p in checkpoints:
        e = by_uid.get(f"checkpoint-{p['id']}")
        last = next(w for w in plan["weeks"] if w["index"] == p["last_week"])
        if e is None or e["DTSTART"].dt != day(last["end_date"]):
            problems.append(f"{path}: the {p['id']} checkpoint is not on {last['end_date']}")
        elif p["title"] not in str(e["SUMMARY"]):
            problems.append(f"{path}: the {p['id']} checkpoint's summary lacks {p['title']!r}")
    return len(events)


def check_csv(path, plan_json, problems):
    text = open(path, encoding="utf-8", newline="").read()
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header = ["Summary", "Description", "Phase", "Start date", "Due date", "Hours", "Issue ID",
              "Parent", "Labels"]
    if rows and rows[0] == header + ["Status", "Hours done"]:
        header = rows[0]  # a tracked plan: its progress too
    if not rows or rows[0] != header:
        problems.append(f"{path}: the header is not {','.join(header)}")
        return 0
    plan, weeks, tasks, phases = plan_facts(plan_json)
    body = rows[1:]
    if len(body) != len(phases) + len(tasks):
        problems.append(f"{path}: {len(body)} rows, expected {len(phases)} phases and "
                        f"{len(tasks)} tasks")
    ids = {}
    titles = {t["title"]: (task_id, t) for task_id, t in tasks.items()}
    for n, row in enumerate(body, 2):
        if len(row) != len(header):
            problems.append(f"{path}:{n}: {len(row)} cells")
            continue
        cells = dict(zip(header, row))
        for name, value in cells.items():
            if value.startswith(FORMULA_START):
                problems.append(f"{path}:{n}: {name} starts like a formula: {value[:20]!r}")
        if cells["Parent"] == "":
            ids[cells["Issue ID"]] = cells["Phase"]
            continue
        if cells["Parent"] not in ids or ids[cells["Parent"]] != cells["Phase"]:
            problems.append(f"{path}:{n}: parent {cells['Parent']} is not its phase's row above it")
        found = titles.get(cells["Summary"].lstrip("'"))
        if found is None:
            problems.append(f"{path}:{n}: {cells['Summary']!r} is not a task of the plan")
            continue
        task_id, t = found
        expected = (t["first"]["start_date"], t["last"]["end_date"], str(t["hours"]))
        actual = (cells["Start date"], cells["Due date"], cells["Hours"])
        if actual != expected:
            problems.append(f"{path}:{n}: {task_id} has {actual}, the plan says {expected}")
        ids[cells["Issue ID"]] = None  # a task is no parent
    return len(body)


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    plan_json = json.load(open(sys.argv[1], encoding="utf-8"))
    problems = []
    for path in sys.argv[2:]:
        if path.endswith(".ics"):
            count = check_ics(path, plan_json, problems)
            print(f"{path}: {count} events")
        elif path.endswith(".csv"):
            count = check_csv(path, plan_json, problems)
            print(f"{path}: {count} rows")
        else:
            problems.append(f"{path}: neither .ics nor .csv")
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
