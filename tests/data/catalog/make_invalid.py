#!/usr/bin/env python3
"""Writes tests/data/catalog/invalid/: one catalogue per rule, each valid/minimal.json with one
defect, and beside it NAME.expected, the problems the loader must report ("POINTER: message" or
"LINE:COLUMN: message", one a line). schema-rejects.txt lists the fixtures that
docs/catalog.schema.json must reject too (the rules a JSON Schema can express).

Run it after changing valid/minimal.json or a rule: python3 tests/data/catalog/make_invalid.py
"""
import copy
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
BASE = json.loads((HERE / "valid" / "minimal.json").read_text(encoding="utf-8"))
OUT = HERE / "invalid"

ID_RULE = "use 1 to 64 characters a-z, 0-9, '-' or '_', starting with a letter or digit"

fixtures = []  # (name, text, expected lines, schema can express it)


def case(name, edit, expected, schema):
    doc = copy.deepcopy(BASE)
    edit(doc)
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    fixtures.append((name, text.encode("utf-8"), expected, schema))


def raw(name, data, expected):
    fixtures.append((name, data, expected, False))


def q(doc, qid):
    return next(x for x in doc["questions"] if x["id"] == qid)


def setter(path, value):
    def edit(doc):
        target = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return edit


def deleter(path):
    def edit(doc):
        target = doc
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]
    return edit


# ---- syntax and limits ----
raw("syntax-empty", b"", ["1:1: syntax error: unexpected end of input; expected '[', '{', or a literal"])
raw("syntax-truncated", b'{\n  "schema_version": 1,\n  "id": "x"\n',
    ["4:1: syntax error: unexpected end of input; expected '}'"])
raw("syntax-trailing-comma", b'{\n  "schema_version": 1,\n}\n',
    ["3:1: syntax error: unexpected '}'; expected string literal"])
raw("syntax-nul-byte", b'{"schema_version": 1,\x00 "id": "x"}',
    ["1:22: syntax error: unexpected nul byte; a catalog is utf-8 text"])
raw("syntax-invalid-utf8", b'{\n  "title": "caf\xe9"\n}\n',
    ["2:17: syntax error: invalid string: ill-formed utf-8 byte; last read: '\"caf\\xe9\"'"])
raw("number-overflow", b'{\n  "schema_version": 1e309\n}\n',
    ["2:21: number 1e309 is out of range"])
raw("nesting-too-deep", b'{"a": ' + b"[" * 70 + b"]" * 70 + b"}",
    ["1:70: nesting is deeper than 64 levels"])

# ---- document shape ----
case("not-an-object", lambda d: d.clear(), [
    "/: missing required field 'schema_version'", "/: missing required field 'id'",
    "/: missing required field 'version'", "/: missing required field 'languages'",
    "/: missing required field 'title'", "/: missing required field 'directions'",
    "/: missing required field 'phases'", "/: missing required field 'questions'",
    "/: missing required field 'tasks'"], True)
case("schema-version-2", setter(["schema_version"], 2),
     ["/schema_version: unsupported schema_version 2; this llmpath reads schema_version 1"], True)
case("missing-required-field", deleter(["tasks", 2, "deliverable"]),
     ["/tasks/2: missing required field 'deliverable'"], True)
case("wrong-type", setter(["tasks", 0, "hours"], "8"),
     ["/tasks/0/hours: expected an integer, got a string"], True)
case("unknown-field", setter(["tasks", 1, "prerequisite"], []),
     ["/tasks/1/prerequisite: unknown field 'prerequisite' (did you mean 'prerequisites'?)"], True)
case("unknown-top-level-field", setter(["phase"], []),
     ["/phase: unknown field 'phase' (did you mean 'phases'?)"], True)
case("no-directions", setter(["directions"], []), [
    "/directions: no directions; declare at least one",
    "/phases/1/direction_checkpoints/data: unknown direction 'data'",
    "/questions/0/choices/0/weights/data: unknown direction 'data'",
    "/questions/0/choices/0/reasons/data: unknown direction 'data'",
    "/questions/0/choices/1/weights/platform: unknown direction 'platform'",
    "/questions/0/choices/1/reasons/platform: unknown direction 'platform'",
    "/questions/2/choices/0/weights/data: unknown direction 'data'",
    "/questions/2/choices/1/weights/platform: unknown direction 'platform'",
    "/tasks/1/directions/0: unknown direction 'data'",
    "/tasks/2/directions/0: unknown direction 'platform'"], True)

# ---- ids ----
case("invalid-id", setter(["pitfalls", 0, "id"], "Weak Engineering"),
     ["/pitfalls/0/id: invalid id 'Weak Engineering': " + ID_RULE], True)
case("duplicate-task-id", setter(["tasks", 3, "id"], "data-demo"),
     ["/tasks/3/id: duplicate task id 'data-demo' (first at /tasks/1)"], False)
case("duplicate-choice-value", setter(["questions", 2, "choices", 1, "value"], "data"),
     ["/questions/2/choices/1/value: duplicate choice value 'data' (first at /questions/2/choices/0)"],
     False)
case("reserved-direction-id", setter(["directions", 1, "id"], "common"), [
    "/directions/1/id: direction id 'common' is reserved: it marks tasks that belong to every direction",
    "/questions/0/choices/1/weights/platform: unknown direction 'platform'",
    "/questions/0/choices/1/reasons/platform: unknown direction 'platform'",
    "/questions/2/choices/1/weights/platform: unknown direction 'platform'",
    "/tasks/2/directions/0: unknown direction 'platform'"], True)

# ---- references ----
case("unknown-phase", setter(["tasks", 1, "phase"], "hands_on"),
     ["/tasks/1/phase: unknown phase 'hands_on' (did you mean 'hands-on'?)"], False)
case("unknown-direction", setter(["tasks", 1, "directions"], ["data", "dta"]),
     ["/tasks/1/directions/1: unknown direction 'dta' (did you mean 'data'?)"], False)
case("common-with-directions", setter(["tasks", 1, "directions"], ["data", "common"]),
     ["/tasks/1/directions/1: 'common' must be the only direction of a task (it already means every direction)"],
     True)
case("unknown-prerequisite", setter(["tasks", 2, "prerequisites"], ["rag-101"]),
     ["/tasks/2/prerequisites/0: unknown task 'rag-101'"], False)
case("unknown-skip-skill", setter(["tasks", 0, "skip_if_skills"], ["pyton"]),
     ["/tasks/0/skip_if_skills/0: unknown skill 'pyton' (did you mean 'python'?)"], False)
case("unknown-weight-direction", setter(["questions", 0, "choices", 0, "weights"], {"datta": 5}),
     ["/questions/0/choices/0/weights/datta: unknown direction 'datta' (did you mean 'data'?)"], False)
case("unknown-reason-direction", setter(["questions", 0, "choices", 0, "reasons"], {"platfrom": "why"}),
     ["/questions/0/choices/0/reasons/platfrom: unknown direction 'platfrom' (did you mean 'platform'?)"],
     False)
case("unknown-choice-skill", setter(["questions", 0, "choices", 1, "skills"], ["go"]),
     ["/questions/0/choices/1/skills/0: unknown skill 'go'"], False)
case("unknown-checkpoint-direction", setter(["phases", 1, "direction_checkpoints"], {"deploy": "x"}),
     ["/phases/1/direction_checkpoints/deploy: unknown direction 'deploy'"], False)
case("unknown-pitfall-task", setter(["pitfalls", 0, "tasks"], ["bridge-pyhton"]),
     ["/pitfalls/0/tasks/0: unknown task 'bridge-pyhton' (did you mean 'bridge-python'?)"], False)

# ---- conditions ----
case("condition-unknown-question", setter(["pitfalls", 0, "flag_when", 0, "question"], "pyhton"),
     ["/pitfalls/0/flag_when/0/question: unknown question 'pyhton' (did you mean 'python'?)"], False)
case("when-later-question", lambda d: q(d, "interests").update(when={"question": "hours_per_week", "min": 3}),
     ["/questions/2/when/question: question 'hours_per_week' is asked after this one; 'when' can only test an earlier question"],
     False)
case("condition-not-a-choice", lambda d: q(d, "interests")["when"].update({"in": ["backnd"]}),
     ["/questions/2/when/in/0: 'backnd' is not a value of single question 'background' (none, backend) (did you mean 'backend'?)"],
     False)
case("condition-boolean-value", setter(["pitfalls", 0, "flag_when", 0, "in"], ["false"]),
     ["/pitfalls/0/flag_when/0/in/0: 'false' is not a value of boolean question 'python' (yes, no)"], False)
case("condition-max-on-boolean", setter(["pitfalls", 0, "flag_when", 0, "max"], 3),
     ["/pitfalls/0/flag_when/0/max: 'max' applies only to integer questions; boolean question 'python' is tested with 'in'"],
     False)
case("condition-in-on-integer", setter(["pitfalls", 0, "flag_when", 0], {"question": "hours_per_week", "in": ["five"]}),
     ["/pitfalls/0/flag_when/0/in: 'in' does not apply to integer question 'hours_per_week'; use 'min' and 'max'"],
     False)
case("condition-without-test", deleter(["pitfalls", 0, "flag_when", 0, "in"]),
     ["/pitfalls/0/flag_when/0: a condition needs 'in', or 'min' and/or 'max'"], True)

# ---- prerequisites ----
def cycle(d):
    d["tasks"][1]["phase"] = "foundations"
    d["tasks"][0]["prerequisites"] = ["data-demo"]
    d["tasks"][1]["prerequisites"] = ["resume"]
    d["tasks"][3]["phase"] = "foundations"
    d["tasks"][3]["prerequisites"] = ["bridge-python"]
case("prerequisite-cycle", cycle,
     ["/tasks/3/prerequisites/0: prerequisite cycle: bridge-python -> data-demo -> resume -> bridge-python"],
     False)
case("prerequisite-later-phase", setter(["tasks", 1, "prerequisites"], ["resume"]),
     ["/tasks/1/prerequisites/0: prerequisite 'resume' is in phase 'portfolio', which comes after this task's phase 'hands-on'"],
     False)

# ---- phases ----
case("phase-first-start", setter(["phases", 0, "start_day"], 1),
     ["/phases/0/start_day: the first phase must start on day 0, got day 1"], False)
case("phase-overlap", setter(["phases", 1, "start_day"], 30),
     ["/phases/1/start_day: phase 'hands-on' starts on day 30, overlapping phase 'foundations' (days 0 to 30); start it on day 31"],
     False)
case("phase-gap", setter(["phases", 2, "start_day"], 95),
     ["/phases/2/start_day: gap between phases 'hands-on' and 'portfolio': days 91 to 94 belong to no phase"],
     False)
case("phase-last-end", setter(["phases", 2, "end_day"], 180),
     ["/phases/2/end_day: the last phase must end on day 182, got day 180"], False)
case("phase-beyond-plan", setter(["phases", 2, "end_day"], 183),
     ["/phases/2/end_day: end_day must be between 0 and 182, got 183"], True)

# ---- hours ----
for name, value in [("zero", 0), ("negative", -4), ("absurd", 501)]:
    case("hours-" + name, setter(["tasks", 1, "hours"], value),
         [f"/tasks/1/hours: hours must be between 1 and 500, got {value}"], True)
case("hours-fraction", setter(["tasks", 1, "hours"], 6.5),
     ["/tasks/1/hours: expected an integer, got 6.5"], True)

# ---- resources ----
case("resource-type", setter(["tasks", 0, "resources", 0, "type"], "blog"),
     ["/tasks/0/resources/0/type: unknown resource type 'blog'; use official, opensource, article, course, video, book or paper"],
     True)
case("resource-http-url", setter(["tasks", 0, "resources", 0, "url"], "http://docs.python.org/"),
     ["/tasks/0/resources/0/url: url 'http://docs.python.org/' must start with https://"], True)
case("resource-no-host", setter(["tasks", 0, "resources", 0, "url"], "https:///tutorial"),
     ["/tasks/0/resources/0/url: url 'https:///tutorial' has no host"], True)
case("resource-url-space", setter(["tasks", 0, "resources", 0, "url"], "https://docs.python.org/3/a tutorial"),
     ["/tasks/0/resources/0/url: url 'https://docs.python.org/3/a tutorial' contains spaces or control characters"],
     True)
case("resource-empty-title", setter(["tasks", 0, "resources", 0, "title"], ""),
     ["/tasks/0/resources/0/title: empty text"], True)

# ---- localised text and languages ----
case("text-missing-language", setter(["title"], {"en": "Title"}), ["/title: missing 'zh' text"], False)
case("text-undeclared-language", lambda d: d["title"].update(fr="Titre"),
     ["/title/fr: undeclared language 'fr' (declared: en, zh)"], False)
case("text-empty", setter(["directions", 0, "name", "zh"], ""),
     ["/directions/0/name/zh: empty 'zh' text"], True)
case("text-wrong-type", setter(["tasks", 0, "title"], []),
     ["/tasks/0/title: expected a string or an object of texts by language, got an array"], True)
case("languages-empty", setter(["languages"], []), [
    "/languages: no languages declared; list at least one, such as [\"en\"]"], True)
case("languages-bad-code", setter(["languages"], ["en", "ZH"]), [
    "/languages/1: invalid language code 'ZH'; use a code such as 'en', 'zh' or 'pt-BR'"], True)
case("languages-duplicate", setter(["languages"], ["en", "zh", "en"]), [
    "/languages/2: duplicate language 'en' (first at /languages/0)"], True)

# ---- questions ----
case("question-type", setter(["questions", 0, "type"], "singel"),
     ["/questions/0/type: unknown question type 'singel' (did you mean 'single'?)"], True)
case("single-one-choice", lambda d: (d["questions"][0]["choices"].pop(), q(d, "interests")["when"].update({"in": ["none"]})),
     ["/questions/0/choices: a single question needs at least 2 choices, got 1"], True)
case("boolean-choice-value", setter(["questions", 1, "choices", 0, "value"], "true"), [
    "/questions/1/choices/0/value: a boolean question's choice values are 'yes' and 'no', got 'true'"],
     True)
case("weight-out-of-range", setter(["questions", 0, "choices", 0, "weights", "data"], 5000),
     ["/questions/0/choices/0/weights/data: weight must be between -1000 and 1000, got 5000"], True)
case("field-for-another-type", setter(["questions", 0, "min"], 1),
     ["/questions/0/min: 'min' does not apply to a single question"], True)
case("integer-min-above-max", setter(["questions", 3, "min"], 80), [
    "/questions/3/min: min 80 is greater than max 60",
    "/questions/3/default: default 10 is outside 80..60"], False)
case("multi-max-selected", setter(["questions", 2, "max_selected"], 3),
     ["/questions/2/max_selected: max_selected must be between 0 and 2, got 3"], False)
case("multi-min-above-max", lambda d: q(d, "interests").update(min_selected=2, max_selected=1, default=["data"]), [
    "/questions/2/min_selected: min_selected 2 is greater than max_selected 1",
    "/questions/2/default: default selects 1 choices, fewer than min_selected 2"], False)
case("text-pattern-invalid", setter(["questions", 5, "pattern"], "([a-z]"),
     ["/questions/5/pattern: pattern '([a-z]' is not a regular expression llmpath can match in linear time (RE2 syntax): unbalanced parentheses"],
     True)
case("text-pattern-too-long", setter(["questions", 5, "pattern"], "a" * 201),
     ["/questions/5/pattern: pattern is 201 bytes; the limit is 200"], True)
case("text-max-length", setter(["questions", 5, "max_length"], 5000),
     ["/questions/5/max_length: max_length must be between 1 and 1000, got 5000"], True)

# ---- defaults ----
case("default-not-a-choice", setter(["questions", 0, "default"], "frontend"),
     ["/questions/0/default: default 'frontend' is not one of the choices (none, backend)"], False)
case("default-multi-not-a-list", setter(["questions", 2, "default"], "data"),
     ["/questions/2/default: expected an array, got a string"], True)
case("default-integer-range", setter(["questions", 3, "default"], 61),
     ["/questions/3/default: default 61 is outside 2..60"], False)
case("default-integer-type", setter(["questions", 3, "default"], "ten"),
     ["/questions/3/default: expected an integer, got a string"], True)
case("default-boolean-type", setter(["questions", 1, "default"], "no"),
     ["/questions/1/default: expected a boolean, got a string"], True)
case("default-date", setter(["questions", 4, "default"], "2025-02-30"),
     ["/questions/4/default: default '2025-02-30' is not 'today' or a real date as YYYY-MM-DD"], True)
case("default-text-pattern", setter(["questions", 5, "default"], "not valid!"),
     ["/questions/5/default: default 'not valid!' does not match the pattern '[A-Za-z0-9-]{1,39}'"], False)

# ---- what a mentor keeps: priorities, hours by answer, interview questions, defaults ----
case("teaches-not-skipped", setter(["tasks", 1, "teaches"], ["python"]), [
    "/tasks/1/teaches/0: the task teaches 'python' but is planned for people who have it; "
    "add 'python' to its skip_if_skills"], False)
case("priority-out-of-range", setter(["tasks", 1, "priority"], 7),
     ["/tasks/1/priority: priority must be between 1 and 5, got 7"], True)
case("priority-below-dependent",
     lambda d: (d["tasks"][0].update(priority=2), d["tasks"][1].update(priority=4)), [
    "/tasks/1/prerequisites/0: prerequisite 'bridge-python' has priority 2, below this task's 4: "
    "a plan cut to fit would keep the task without it; give 'bridge-python' priority 4 or more",
    "/tasks/2/prerequisites/0: prerequisite 'bridge-python' has priority 2, below this task's 3: "
    "a plan cut to fit would keep the task without it; give 'bridge-python' priority 3 or more"],
     False)
case("hours-by-unknown-question",
     setter(["tasks", 0, "hours_by"], {"question": "pyhton", "hours": {"no": 12}}),
     ["/tasks/0/hours_by/question: unknown question 'pyhton' (did you mean 'python'?)"], False)
case("hours-by-not-a-value",
     setter(["tasks", 1, "hours_by"], {"question": "background", "hours": {"expert": 3}}),
     ["/tasks/1/hours_by/hours/expert: 'expert' is not a value of single question 'background' "
      "(none, backend)"], False)
case("hours-by-multi",
     setter(["tasks", 1, "hours_by"], {"question": "interests", "hours": {"data": 3}}),
     ["/tasks/1/hours_by/hours/data: question 'interests' is a multi question; only single and "
      "boolean questions can be used here"], False)
case("interview-question-other-direction",
     setter(["directions", 0, "interview_questions"], [{"text": "Q?", "tasks": ["platform-demo"]}]),
     ["/directions/0/interview_questions/0/tasks/0: task 'platform-demo' is not a task of "
      "direction 'data' or a common one"], False)


def after_interview(d):
    d["tasks"][3]["interview"] = True
    d["tasks"].append({"id": "mock", "phase": "portfolio", "directions": ["common"],
                       "title": "Mock interviews", "hours": 4, "core": False,
                       "prerequisites": ["resume"], "deliverable": "Notes."})
    d["directions"][0]["interview_questions"] = [{"text": "Q?", "tasks": ["mock"]}]


case("interview-question-after-preparation", after_interview, [
    "/directions/0/interview_questions/0/tasks/0: task 'mock' comes after the interview "
    "preparation 'resume', so a question cannot draw on it; name a task that comes before it"],
     False)
case("interview-question-no-tasks",
     setter(["directions", 0, "interview_questions"], [{"text": "Q?", "tasks": []}]),
     ["/directions/0/interview_questions/0/tasks: no tasks: list the tasks whose work answers "
      "this question"], True)
case("choice-default-not-a-value",
     setter(["questions", 0, "choices", 1, "defaults"], {"python": "maybe"}),
     ["/questions/0/choices/1/defaults/python: 'maybe' is not a value of boolean question "
      "'python' (yes, no)"], False)
case("choice-default-earlier-question",
     setter(["questions", 1, "choices", 0, "defaults"], {"background": "none"}),
     ["/questions/1/choices/0/defaults/background: question 'background' is not asked after "
      "this one; a choice can only set the default of a later question"], False)


def main():
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    names = set()
    for name, data, expected, _ in fixtures:
        assert name not in names, name
        names.add(name)
        (OUT / f"{name}.json").write_bytes(data)
        (OUT / f"{name}.expected").write_text("\n".join(expected) + "\n", encoding="utf-8")
    rejects = [name for name, _, _, schema in fixtures if schema]
    (HERE / "schema-rejects.txt").write_text(
        "# Invalid fixtures that docs/catalog.schema.json rejects too (written by make_invalid.py).\n"
        + "\n".join(rejects) + "\n", encoding="utf-8")
    print(f"{len(fixtures)} fixtures, {len(rejects)} expressible in the schema")


if __name__ == "__main__":
    main()
