#!/usr/bin/env python3
"""Checks the structure of llmpath's Markdown as cmark-gfm (GitHub's parser) reads it.

Every list must follow a heading or a paragraph, never another list: two lists apart by a blank
line alone are one list to a Markdown reader, so the second's items would join the first. The
notes on tasks kept for unanswered questions must be a list of their own, under their heading.
Plans are made in both languages with every question left to its default, which gives those
notes, and for each persona of tests/data/personas.
Usage: check-markdown-lists.py LLMPATH SOURCE_DIR   (registered in ctest as markdown_lists)
"""
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

NS = "{http://commonmark.org/xml/1.0}"
KEPT_HEAD = {"en": "Kept for the questions you did not answer", "zh": "按默认回答保留的任务"}
KEPT_ITEM = {"en": "Kept because", "zh": "保留了「"}


def text_of(node):
    return "".join(n.text or "" for n in node.iter() if n.tag in (NS + "text", NS + "code"))


def problems_of(name, markdown, lang):
    xml = subprocess.run(["cmark-gfm", "--to", "xml"], input=markdown, capture_output=True,
                         text=True, check=True).stdout
    doc = ET.fromstring(xml)
    out = []
    for parent in doc.iter():
        children = list(parent)
        for i, node in enumerate(children):
            if node.tag != NS + "list" or parent.tag != NS + "document":
                continue
            before = children[i - 1].tag if i > 0 else None
            if before not in (NS + "heading", NS + "paragraph", NS + "html_block"):
                out.append(f"{name}: a list after {before} (items: {text_of(node)[:60]!r})")
            items = [text_of(item) for item in node.findall(NS + "item")]
            kept = [t for t in items if t.startswith(KEPT_ITEM[lang])]
            if kept and (len(kept) != len(items) or before != NS + "heading"
                         or text_of(children[i - 1]) != KEPT_HEAD[lang]):
                out.append(f"{name}: the kept notes share a list or lack their heading")
    return out


def main():
    binary, root = sys.argv[1], sys.argv[2]
    if shutil.which("cmark-gfm") is None:
        print("check-markdown-lists: cmark-gfm is missing; run scripts/setup.sh --with-dev-tools",
              file=sys.stderr)
        return 1
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LLMPATH_", "LC_", "LANG"))}
    env["LLMPATH_TODAY"] = "2026-12-16"
    personas = os.path.join(root, "tests/data/personas")
    runs = [("defaults", ["--defaults"])]
    runs += [(p[:-5], ["--data-file", os.path.join(personas, p), "--defaults"])
             for p in sorted(os.listdir(personas)) if p.endswith(".json")]
    problems, kept_seen = [], 0
    for lang in ("en", "zh"):
        for name, args in runs:
            run = subprocess.run([binary, "--lang", lang, "plan", "--start", "2026-11-30",
                                  "--format", "markdown", *args],
                                 capture_output=True, text=True, env=env)
            if run.returncode != 0:
                problems.append(f"{name} {lang}: exit {run.returncode}: {run.stderr.strip()}")
                continue
            kept_seen += KEPT_HEAD[lang] in run.stdout
            problems += problems_of(f"{name} {lang}", run.stdout, lang)
    if kept_seen < 2:
        problems.append("no plan had the kept notes: the check would prove nothing")
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        return 1
    print(f"check-markdown-lists: ok ({2 * len(runs)} plans)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
