"""Check labelled set C (``set_c.csv``, ``set_c_estimates.csv``) and print its counts.

Usage: ``python3 bench/labels/set_c_check.py``  (standard library only)

Checks:

* the split column follows the rule ``test`` if
  ``int(sha256(f"20261204:setc:{passage_id}").hexdigest()[:8], 16) % 10 < 3`` else ``dev``;
* the label file has the columns of ``heldout_b_estimates.csv``;
* every passage has at least one label row, every label row a passage, and a passage with an
  empty-``measure`` row ("none") has no other row;
* coded fields hold values of the protocol in ``README.md`` (measure, endpoint, unit, p_operator,
  population, context), medians have a unit or a ``value_text``, ratios have no unit;
* every number of a label (value, CI limits, CI level, P) occurs in its passage, once middle dots
  are made dots (a hyphen used as a decimal point is also accepted).

Prints a count table per split. Never imports or runs the extractor. Exit status 1 on a problem.
"""

from __future__ import annotations

import csv
import hashlib
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PASSAGES = HERE / "set_c.csv"
LABELS = HERE / "set_c_estimates.csv"
COLUMNS = ["passage_id", "measure", "endpoint", "endpoint_text", "value", "value_text", "ci_low",
           "ci_high", "ci_level", "p_operator", "p_value", "unit", "arm", "comparison", "covariate",
           "population", "context", "note"]
RATIOS = ("HR", "OR", "RR", "IRR")
MEASURES = set(RATIOS) | {"median"}
ENDPOINTS = {"OS", "PFS", "DFS", "EFS", "RFS", "TTP", "DoR", "ORR", "composite", "safety", "other"}
UNITS = {"months", "weeks", "days", "years", "hours", "minutes"}
P_OPERATORS = {"", "=", "<", ">", "<=", ">="}
CONTEXTS = {"result", "background", "design"}
NUMBER_FIELDS = ("value", "ci_low", "ci_high", "ci_level", "p_value")


def split_of(passage_id: str) -> str:
    """Return ``test`` or ``dev`` for ``passage_id`` by the fixed hash rule."""
    digest = hashlib.sha256(f"20261204:setc:{passage_id}".encode()).hexdigest()
    return "test" if int(digest[:8], 16) % 10 < 3 else "dev"


def number_in_text(number: str, text: str) -> bool:
    """True when ``number`` is printed in ``text`` as a whole number token."""
    text = text.replace("\u00b7", ".")
    forms = {number}
    if "." in number and not number.startswith("."):
        forms.add(number.replace(".", "-"))
    for form in forms:
        if re.search(r"(?<![\d.])" + re.escape(form) + r"(?![\d])(?!\.\d)", text):
            return True
    return False


def check() -> tuple[list[str], dict, list[dict]]:
    """Return (problems, passages by id, label rows)."""
    problems: list[str] = []
    with PASSAGES.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != ["passage_id", "split", "text"]:
            problems.append(f"set_c.csv columns {reader.fieldnames}")
        passages = {}
        for r in reader:
            if r["passage_id"] in passages:
                problems.append(f"{r['passage_id']}: duplicate passage id")
            passages[r["passage_id"]] = r
    expected_ids = [f"D{i:03d}" for i in range(1, 151)]
    if list(passages) != expected_ids[: len(passages)]:
        problems.append("passage ids are not D001, D002, ... in order")
    for pid, r in passages.items():
        if r["split"] != split_of(pid):
            problems.append(f"{pid}: split {r['split']!r}, rule gives {split_of(pid)!r}")
    with LABELS.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != COLUMNS:
            problems.append(f"set_c_estimates.csv columns {reader.fieldnames}")
        rows = list(reader)
    by_passage: dict[str, list[dict]] = defaultdict(list)
    for i, row in enumerate(rows, start=2):
        pid = row["passage_id"]
        where = f"{pid} (line {i})"
        if pid not in passages:
            problems.append(f"{where}: no such passage")
            continue
        by_passage[pid].append(row)
        text = passages[pid]["text"]
        m = row["measure"]
        if m == "":
            filled = [c for c in COLUMNS[1:-1] if row[c]]
            if filled:
                problems.append(f"{where}: 'none' row has {filled} filled")
            continue
        if m not in MEASURES:
            problems.append(f"{where}: measure {m!r}")
        if row["endpoint"] not in ENDPOINTS:
            problems.append(f"{where}: endpoint {row['endpoint']!r}")
        if not row["endpoint_text"]:
            problems.append(f"{where}: empty endpoint_text")
        if row["context"] not in CONTEXTS:
            problems.append(f"{where}: context {row['context']!r}")
        pop = row["population"]
        if pop not in {"overall", "per-protocol", "unknown"} and not (
                pop.startswith("subgroup: ") and len(pop) > len("subgroup: ")):
            problems.append(f"{where}: population {pop!r}")
        if row["p_operator"] not in P_OPERATORS:
            problems.append(f"{where}: p_operator {row['p_operator']!r}")
        if bool(row["p_operator"]) != bool(row["p_value"]):
            problems.append(f"{where}: p_operator and p_value must be both set or both empty")
        if bool(row["value"]) == bool(row["value_text"]):
            problems.append(f"{where}: exactly one of value / value_text must be set")
        if row["value_text"] and m != "median":
            problems.append(f"{where}: value_text on a ratio")
        if m == "median":
            if row["unit"] not in UNITS and not (row["unit"] == "" and row["value_text"]):
                problems.append(f"{where}: median unit {row['unit']!r}")
            if row["comparison"] or row["covariate"]:
                problems.append(f"{where}: median with comparison/covariate")
        else:
            if row["unit"]:
                problems.append(f"{where}: ratio with unit {row['unit']!r}")
            if row["arm"]:
                problems.append(f"{where}: ratio with arm")
        if (row["ci_low"] or row["ci_high"]) and not (row["ci_low"] and row["ci_high"]) \
                and not any(w in row["note"] for w in ("one-sided", "bound", "limit")):
            problems.append(f"{where}: one CI bound only, note must say why")
        for field in NUMBER_FIELDS:
            val = row[field]
            if not val:
                continue
            if not re.fullmatch(r"\d*\.?\d+", val):
                problems.append(f"{where}: {field} {val!r} is not a plain number")
            elif not number_in_text(val, text):
                problems.append(f"{where}: {field} {val} not found in the passage")
    for pid in passages:
        labels = by_passage.get(pid, [])
        if not labels:
            problems.append(f"{pid}: no label row")
        elif any(r["measure"] == "" for r in labels) and len(labels) > 1:
            problems.append(f"{pid}: a 'none' row beside other rows")
    return problems, passages, rows


def counts(passages: dict, rows: list[dict]) -> list[list[str]]:
    """Count table rows: split, passages, with none, ratios (HR/OR/RR/IRR), medians, bg/design."""
    table = []
    for split in ("dev", "test", "all"):
        ids = {p for p, r in passages.items() if split in ("all", r["split"])}
        sel = [r for r in rows if r["passage_id"] in ids]
        est = [r for r in sel if r["measure"]]
        by = Counter(r["measure"] for r in est)
        none = len({r["passage_id"] for r in sel if not r["measure"]})
        ctx = Counter(r["context"] for r in est)
        ratio_n = sum(by[m] for m in RATIOS)
        ratio_txt = f"{ratio_n} ({'/'.join(str(by[m]) for m in RATIOS)})"
        nr = sum(1 for r in est if r["measure"] == "median" and r["value_text"])
        table.append([split, str(len(ids)), str(none), ratio_txt, f"{by['median']} ({nr} NR)",
                      f"{ctx['background']} / {ctx['design']}"])
    return table


def main() -> int:
    problems, passages, rows = check()
    for p in problems:
        print("PROBLEM:", p)
    header = ["split", "passages", "with no estimate", "ratio (HR/OR/RR/IRR)",
              "median (of which not reached)", "context background / design"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for line in counts(passages, rows):
        print("| " + " | ".join(line) + " |")
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
