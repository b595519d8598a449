#!/usr/bin/env python3
"""Checks that every include in src/ and include/llmpath/ follows docs/architecture.md.

The table under "## Folders" there gives, for each folder of src/, the public headers it owns
and the folders it may include. A source may include its own folder, the folders its row names,
the public headers of those folders, and the standard and Debian libraries (<...> outside
llmpath/). Exits 1 and names each include that breaks the rule, with its file and line.
Usage: check-architecture.py SOURCE_DIR
"""
import re
import sys
from pathlib import Path

ROW = re.compile(r"^\|\s*`src/([a-z_]+)/`\s*\|[^|]*\|\s*([^|]*)\|\s*([^|]*)\|\s*$")
QUOTED = re.compile(r'^\s*#\s*include\s+"([^"]+)"')
PUBLIC = re.compile(r"^\s*#\s*include\s+<llmpath/([^>]+)>")


def read_rules(doc):
    """folder -> (public headers it owns, folders it may include)"""
    rules = {}
    for line in doc.read_text(encoding="utf-8").splitlines():
        m = ROW.match(line)
        if not m:
            continue
        headers = set(re.findall(r"`([a-z_]+\.hpp)`", m.group(2)))
        uses = set(re.findall(r"`([a-z_]+)`", m.group(3)))
        rules[m.group(1)] = (headers, uses)
    return rules


def main():
    root = Path(sys.argv[1])
    rules = read_rules(root / "docs/architecture.md")
    if not rules:
        print("check-architecture: no folder rows in docs/architecture.md", file=sys.stderr)
        return 1
    owner = {h: folder for folder, (headers, _) in rules.items() for h in headers}
    problems = []
    files = [(p, p.relative_to(root / "src").parts[0]) for p in sorted((root / "src").rglob("*.[ch]pp"))]
    for header in sorted((root / "include/llmpath").glob("*.hpp")):
        if header.name not in owner:
            problems.append(f"include/llmpath/{header.name}: no folder of docs/architecture.md owns it")
            continue
        files.append((header, owner[header.name]))
    for path, folder in files:
        where = path.relative_to(root)
        if folder not in rules:
            problems.append(f"{where}: folder src/{folder}/ is not in docs/architecture.md")
            continue
        allowed = rules[folder][1] | {folder}
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = QUOTED.match(line)
            target = m.group(1).split("/")[0] if m and "/" in m.group(1) else None
            if m and target is None:
                problems.append(f"{where}:{number}: include \"{m.group(1)}\" names no folder")
                continue
            m2 = PUBLIC.match(line)
            if m2:
                target = owner.get(m2.group(1))
                if target is None:
                    problems.append(f"{where}:{number}: <llmpath/{m2.group(1)}> has no owner")
                    continue
            if target is not None and target not in allowed:
                problems.append(f"{where}:{number}: src/{folder}/ may not include {target}/ "
                                f"({line.strip()}); docs/architecture.md lists what it may include")
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print(f"check-architecture: {len(problems)} include(s) break the folder rules", file=sys.stderr)
        return 1
    print(f"check-architecture: ok ({len(files)} files, {len(rules)} folders)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
