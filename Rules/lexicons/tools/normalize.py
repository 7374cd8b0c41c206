#!/usr/bin/env python3
"""Normalize and validate the lexicons in Rules/lexicons/.

For every *.txt file: keep the leading '#' comment block as written, then
sort (by code point) and deduplicate the entries, drop empty lines, and fail
on entries containing whitespace or on files that are not UTF-8. A file of
tab-separated groups (name-groups.txt, body-short-forms.txt: one group a line) keeps its line order,
and each of its fields must be non-empty and free of other whitespace.

  python3 Rules/lexicons/tools/normalize.py          # rewrite in place
  python3 Rules/lexicons/tools/normalize.py --check  # validate only (exit 1 on problems)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WS = re.compile(r"\s")


def process(path, check):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return [f"{path}: not UTF-8 ({e})"]
    problems = []
    if text.startswith("\ufeff"):
        problems.append(f"{path}: BOM")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    header, entries = [], []
    for i, line in enumerate(lines, 1):
        if line.startswith("#"):
            if entries:
                problems.append(f"{path}:{i}: comment after entries")
            else:
                header.append(line)
            continue
        if line == "":
            problems.append(f"{path}:{i}: empty line")
            continue
        fields = line.split("\t")
        if any(f == "" or WS.search(f) for f in fields):
            problems.append(f"{path}:{i}: whitespace in entry {line!r}")
        entries.append(line)
    if not header:
        problems.append(f"{path}: no header comment")
    groups = any("\t" in e for e in entries)
    # Groups keep their order (a name in two groups: the later one wins when loaded).
    uniq = list(dict.fromkeys(entries)) if groups else sorted(set(entries))
    if uniq != entries:
        dup = len(entries) - len(set(entries))
        problems.append(f"{path}: not sorted/deduplicated ({dup} duplicates)")
    if not check:
        out = "\n".join(header + [e.strip() for e in uniq if e.strip()]) + "\n"
        open(path, "w", encoding="utf-8", newline="\n").write(out)
        problems = [p for p in problems if "not sorted" not in p and "empty line" not in p]
    return problems


def main():
    check = "--check" in sys.argv
    problems, total = [], 0
    for name in sorted(os.listdir(HERE)):
        if name.endswith(".txt"):
            path = os.path.join(HERE, name)
            problems += process(path, check)
            n = sum(1 for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#"))
            total += n
            print(f"{n:7d}  {name}")
    print(f"{total:7d}  total")
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
