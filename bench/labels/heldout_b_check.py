"""Check the held-out set B labels and print its counts.

Usage: ``python bench/labels/heldout_b_check.py``

Checks that ``heldout_b_estimates.csv`` has the columns of ``estimates_dev.csv`` (with
``passage_id`` for ``document,pmid``), that every passage of ``heldout_b.csv`` has at least one
label row and every label row a passage, that the coded fields hold allowed values, and that every
number of a label (value, CI limits, P) occurs in its passage once the decimal mark is made a dot
(or, for hyphens used as decimal points, with its dot made a hyphen).
It never runs or imports the extractor. Prints passages, estimates per class and context.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLUMNS = ["passage_id", "measure", "endpoint", "endpoint_text", "value", "value_text", "ci_low",
           "ci_high", "ci_level", "p_operator", "p_value", "unit", "arm", "comparison", "covariate",
           "population", "context", "note"]
MEASURES = {"HR", "OR", "RR", "IRR", "median"}
ENDPOINTS = {"OS", "PFS", "DFS", "EFS", "RFS", "TTP", "DoR", "ORR", "composite", "safety", "other"}
UNITS = {"months", "weeks", "days", "years", "hours", "minutes"}
CONTEXTS = {"result", "background", "design"}
P_OPS = {"", "=", "<", ">", "<=", ">="}


def _numbers(text: str) -> set[str]:
    """Numbers printed in ``text``, with middle dots made dots."""
    text = text.replace("\u00b7", ".")
    return set(re.findall(r"(?<![\d.])\.?\d+(?:\.\d+)?", text))


def check(passages_path: Path, labels_path: Path) -> list[str]:
    """Return a list of problems (empty when the files are consistent)."""
    problems: list[str] = []
    with passages_path.open(newline="", encoding="utf-8") as f:
        passages = {r["passage_id"]: r["text"] for r in csv.DictReader(f)}
    with labels_path.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != COLUMNS:
            problems.append(f"columns {reader.fieldnames} != {COLUMNS}")
        rows = list(reader)
    labelled = {r["passage_id"] for r in rows}
    for pid in passages:
        if pid not in labelled:
            problems.append(f"{pid}: no label row")
    for i, r in enumerate(rows, start=2):
        pid = r["passage_id"]
        where = f"line {i} ({pid})"
        if pid not in passages:
            problems.append(f"{where}: unknown passage")
            continue
        if not r["measure"]:
            if any(r[c] for c in COLUMNS[1:-1]):
                problems.append(f"{where}: 'none' row with fields filled")
            if sum(1 for x in rows if x["passage_id"] == pid) != 1:
                problems.append(f"{where}: 'none' row beside estimates")
            continue
        if r["measure"] not in MEASURES:
            problems.append(f"{where}: measure {r['measure']!r}")
        if r["endpoint"] not in ENDPOINTS:
            problems.append(f"{where}: endpoint {r['endpoint']!r}")
        if r["context"] not in CONTEXTS:
            problems.append(f"{where}: context {r['context']!r}")
        if r["p_operator"] not in P_OPS or bool(r["p_operator"]) != bool(r["p_value"]):
            problems.append(f"{where}: P {r['p_operator']!r} {r['p_value']!r}")
        if r["measure"] == "median":
            if r["unit"] not in UNITS:
                problems.append(f"{where}: unit {r['unit']!r}")
            if bool(r["value"]) == bool(r["value_text"]):
                problems.append(f"{where}: exactly one of value / value_text needed")
        elif r["unit"] or not r["value"]:
            problems.append(f"{where}: ratio needs a value and no unit")
        if not (r["population"] in {"overall", "per-protocol", "unknown"}
                or r["population"].startswith("subgroup: ")):
            problems.append(f"{where}: population {r['population']!r}")
        numbers = _numbers(passages[pid])
        for col in ("value", "ci_low", "ci_high", "ci_level", "p_value"):
            if r[col] and r[col] not in numbers and r[col].replace(".", "-") not in passages[pid]:
                problems.append(f"{where}: {col} {r[col]!r} not printed in the passage")
    return problems


def main() -> int:
    passages_path = HERE / "heldout_b.csv"
    labels_path = HERE / "heldout_b_estimates.csv"
    problems = check(passages_path, labels_path)
    for p in problems:
        print("PROBLEM", p)
    with labels_path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    with passages_path.open(newline="", encoding="utf-8") as f:
        n_passages = sum(1 for _ in csv.DictReader(f))
    est = [r for r in rows if r["measure"]]
    ratio = [r for r in est if r["measure"] != "median"]
    median = [r for r in est if r["measure"] == "median"]
    none = [r for r in rows if not r["measure"]]
    print(f"passages {n_passages}; label rows {len(rows)}; estimates {len(est)}")
    print(f"ratio {len(ratio)} {dict(sorted(Counter(r['measure'] for r in ratio).items()))}")
    print(f"median {len(median)} (not reached etc.: {sum(1 for r in median if r['value_text'])})")
    print(f"passages with none {len(none)}")
    print(f"context {dict(sorted(Counter(r['context'] for r in est).items()))}")
    print(f"population subgroup {sum(1 for r in est if r['population'].startswith('subgroup'))}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
