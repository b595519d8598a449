#!/usr/bin/env python3
"""Writes the hostile-input fixtures of tests/cli/test_cli_hostile.cpp: catalogues that are
base.json with one kind of defect, and answers files. Inputs too big to commit (a file of
hundreds of MiB, nesting 100,000 deep) are made by the tests themselves in a scratch folder.

Run it after changing base.json: python3 tests/data/hostile/make_fixtures.py
"""
import copy
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
BASE_TEXT = (HERE / "base.json").read_text(encoding="utf-8")
BASE = json.loads(BASE_TEXT)


def write(name, data):
    (HERE / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def catalogue(name, edit):
    doc = copy.deepcopy(BASE)
    edit(doc)
    write(name, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


# Catalogues -------------------------------------------------------------------------------------

# A comma missing at the end of line 4: the parser stops at the next key, line 5, column 3.
text = BASE_TEXT.replace('"version": "1.0.0",', '"version": "1.0.0"', 1)
assert text != BASE_TEXT
write("syntax-error.json", text)

write("empty.json", b"")

# A NUL byte inside the title, and an invalid UTF-8 sequence inside the title.
write("nul-byte.json", BASE_TEXT.encode("utf-8").replace(b'"A minimal catalogue"',
                                                         b'"A minimal\x00 catalogue"', 1))
write("invalid-utf8.json", BASE_TEXT.encode("utf-8").replace(b'"A minimal catalogue"',
                                                             b'"A minimal \xff\xfe catalogue"', 1))


def wrong_types(doc):
    doc["tasks"][0]["hours"] = "eight"
    doc["tasks"][1]["core"] = "no"
    doc["phases"][0]["start_day"] = "0"


catalogue("wrong-types.json", wrong_types)


def duplicate_ids(doc):
    doc["directions"].append({"id": "data", "name": "Data again"})
    doc["tasks"][3]["id"] = "data-demo"


catalogue("duplicate-ids.json", duplicate_ids)


def cycle(doc):
    doc["tasks"][0]["prerequisites"] = ["platform-demo"]
    doc["tasks"][2]["phase"] = "foundations"


catalogue("prerequisite-cycle.json", cycle)


def unknown_references(doc):
    doc["tasks"][1]["prerequisites"] = ["rag-101"]
    doc["tasks"][2]["directions"] = ["research"]
    doc["tasks"][3]["phase"] = "advanced"
    doc["pitfalls"][0]["tasks"] = ["bridge-pyhton"]


catalogue("unknown-references.json", unknown_references)


def hours(doc):
    doc["tasks"][1]["hours"] = 0
    doc["tasks"][2]["hours"] = -1


catalogue("hours-zero-negative.json", hours)

# 1e309 is beyond a double: the parser itself rejects it, at its line and column.
text = BASE_TEXT.replace('"hours": 30,', '"hours": 1e309,', 1)
assert text != BASE_TEXT
write("hours-overflow.json", text)


def escapes(doc):
    doc["directions"][0]["name"] = {"en": "Data\u001b[31m red\u001b[0m\u0007",
                                    "zh": "数据\u001b]0;title\u0007\u009b2J"}
    doc["directions"][1]["name"] = "Plat\rform\u001b[2J"


catalogue("escape.json", escapes)

# Answers files for the built-in catalogue -------------------------------------------------------

write("answers-bad-date.json", '{"start_date": "2026-02-30"}\n')
write("answers-far-date.json", '{"start_date": "99999-01-01"}\n')
write("answers-syntax.json", '{\n  "background": "backend",\n  "hours_per_week": ,\n}\n')
write("answers-array.json", '["background", "backend"]\n')
write("answers-overflow.json", '{"hours_per_week": 1e309}\n')
write("cohort.jsonl",
      '{"background": "backend"}\n'
      '{"hours_per_week": 0}\n'
      '{"background": "product"}\n')
