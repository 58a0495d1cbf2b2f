"""Check set E (synthetic abstracts written from scratch) and print its count table.

Usage: ``python bench/labels/set_e_check.py`` from the repository root. Pure standard library.
"""

from __future__ import annotations

import csv
import hashlib
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PASSAGES = HERE / "set_e.csv"
ESTIMATES = HERE / "set_e_estimates.csv"

COLUMNS = [
    "passage_id", "measure", "endpoint", "endpoint_text", "value", "value_text", "ci_low",
    "ci_high", "ci_level", "p_operator", "p_value", "unit", "arm", "comparison", "covariate",
    "population", "context", "note",
]
MEASURES = {"HR", "OR", "RR", "IRR", "median"}
ENDPOINTS = {"OS", "PFS", "DFS", "EFS", "RFS", "TTP", "DoR", "ORR", "composite", "safety", "other"}
P_OPERATORS = {"", "=", "<", ">", "<=", ">="}
UNITS = {"months", "weeks", "days", "years", "hours", "minutes"}
CONTEXTS = {"result", "background", "design"}
NUMBER_FIELDS = ["value", "ci_low", "ci_high", "ci_level", "p_value"]


def expected_split(passage_id: str) -> str:
    """Return the split the fixed hash rule gives a passage id."""
    digest = hashlib.sha256(f"20261204:sete:{passage_id}".encode()).hexdigest()
    return "test" if int(digest[:8], 16) % 10 < 3 else "dev"


def normalise(text: str) -> str:
    """Make every decimal mark in a passage a dot (middle dot, hyphen between digits)."""
    text = text.replace("\u00b7", ".")
    return re.sub(r"(?<=\d)-(?=\d{2}\b)", ".", text)


def number_in_text(number: str, text: str) -> bool:
    """True when ``number`` occurs in ``text`` as a whole number token."""
    forms = [number]
    if number.startswith("0."):
        forms.append(number[1:])  # "P = .02" prints no leading zero
    for form in forms:
        pattern = r"(?<![\d.])" + re.escape(form) + r"(?![\d]|\.\d)"
        if re.search(pattern, text) or re.search(pattern, normalise(text)):
            return True
    return False


def read(path: Path) -> list[dict[str, str]]:
    """Read a CSV file into a list of row dicts."""
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def check_row(row: dict[str, str], text: str) -> list[str]:
    """Return the problems found in one label row."""
    problems: list[str] = []
    pid = row["passage_id"]
    measure = row["measure"]
    if not measure:
        filled = [c for c in COLUMNS[2:-1] if row[c]]
        if filled:
            problems.append(f"{pid}: none-row has filled columns {filled}")
        return problems
    if measure not in MEASURES:
        problems.append(f"{pid}: measure {measure!r}")
    if row["endpoint"] not in ENDPOINTS:
        problems.append(f"{pid}: endpoint {row['endpoint']!r}")
    if row["p_operator"] not in P_OPERATORS:
        problems.append(f"{pid}: p_operator {row['p_operator']!r}")
    if bool(row["p_operator"]) != bool(row["p_value"]):
        problems.append(f"{pid}: p_operator and p_value must be filled together")
    if row["context"] not in CONTEXTS:
        problems.append(f"{pid}: context {row['context']!r}")
    population = row["population"]
    if population not in {"overall", "per-protocol", "unknown"} and not population.startswith(
        "subgroup: "
    ):
        problems.append(f"{pid}: population {population!r}")
    if measure == "median":
        if row["unit"] and row["unit"] not in UNITS:
            problems.append(f"{pid}: unit {row['unit']!r}")
        if not row["value"] and not row["value_text"]:
            problems.append(f"{pid}: median without value or value_text")
    else:
        if row["unit"]:
            problems.append(f"{pid}: unit on a ratio")
        if not row["value"]:
            problems.append(f"{pid}: ratio without value")
    for field in NUMBER_FIELDS:
        number = row[field]
        if not number:
            continue
        try:
            float(number)
        except ValueError:
            problems.append(f"{pid}: {field} {number!r} is not a number")
            continue
        if not number_in_text(number, text):
            problems.append(f"{pid}: {field} {number} not in passage text")
    return problems


def count_table(passages: list[dict[str, str]], rows: list[dict[str, str]]) -> str:
    """Return the per-split count table as text."""
    split_of = {p["passage_id"]: p["split"] for p in passages}
    header = ["split", "passages", "with none", "HR", "OR", "RR", "IRR", "ratios", "medians",
              "background", "design"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for split in ["dev", "test", "all"]:
        ids = {pid for pid, s in split_of.items() if split in {"all", s}}
        mine = [r for r in rows if r["passage_id"] in ids]
        none = sum(1 for r in mine if not r["measure"])
        by = Counter(r["measure"] for r in mine if r["measure"])
        ratios = sum(by[m] for m in ["HR", "OR", "RR", "IRR"])
        ctx = Counter(r["context"] for r in mine if r["measure"])
        cells = [split, len(ids), none, by["HR"], by["OR"], by["RR"], by["IRR"], ratios,
                 by["median"], ctx["background"], ctx["design"]]
        lines.append("| " + " | ".join(str(c) for c in cells) + " |")
    return "\n".join(lines)


def main() -> int:
    """Run every check, print problems and the count table; return the exit status."""
    passages = read(PASSAGES)
    rows = read(ESTIMATES)
    problems: list[str] = []
    with ESTIMATES.open(encoding="utf-8") as handle:
        header = handle.readline().strip().split(",")
    if header != COLUMNS:
        problems.append(f"estimate columns {header}")
    texts = {p["passage_id"]: p["text"] for p in passages}
    for p in passages:
        if p["split"] != expected_split(p["passage_id"]):
            problems.append(f"{p['passage_id']}: split {p['split']} breaks the hash rule")
    labelled = {r["passage_id"] for r in rows}
    for pid in texts:
        if pid not in labelled:
            problems.append(f"{pid}: no label row")
    for row in rows:
        pid = row["passage_id"]
        if pid not in texts:
            problems.append(f"{pid}: label for an unknown passage")
            continue
        problems.extend(check_row(row, texts[pid]))
    none_ids = {r["passage_id"] for r in rows if not r["measure"]}
    for pid in none_ids:
        if sum(1 for r in rows if r["passage_id"] == pid) > 1:
            problems.append(f"{pid}: none-row beside estimate rows")
    for problem in problems:
        print("PROBLEM", problem)
    print(count_table(passages, rows))
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
