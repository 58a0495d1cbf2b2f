"""Check set G's labels against the protocol and print a count table per split.

Checks: the split rule, the protocol's vocabularies, that every number of a label occurs in the
passage text, and that every passage has at least one label row.

Run: python3 bench/labels/set_g_check.py
"""

import csv
import hashlib
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLS = [
    "passage_id", "measure", "endpoint", "endpoint_text", "value", "value_text", "ci_low",
    "ci_high", "ci_level", "p_operator", "p_value", "unit", "arm", "comparison", "covariate",
    "population", "context", "note",
]
MEASURES = {"HR", "OR", "RR", "IRR", "median"}
RATIOS = ("HR", "OR", "RR", "IRR")
ENDPOINTS = {
    "OS", "PFS", "DFS", "EFS", "RFS", "TTP", "DoR", "ORR", "composite", "safety", "other",
}
UNITS = {"months", "weeks", "days", "years", "hours", "minutes"}
CONTEXTS = {"result", "background", "design"}
P_OPS = {"", "=", "<", ">", "<=", ">="}
NUMBER_COLS = ("value", "ci_low", "ci_high", "ci_level", "p_value")


def split_of(passage_id: str) -> str:
    digest = hashlib.sha256(f"20261204:setg:{passage_id}".encode()).hexdigest()
    return "test" if int(digest[:8], 16) % 10 < 3 else "dev"


def text_forms(text: str) -> list[str]:
    """The passage text and its forms with other decimal marks made a dot."""
    dotted = text.replace("·", ".")
    # "[1-02-1-37]": hyphens used as decimal points inside a range
    ranges = re.sub(r"(?<![\d.])(\d+)-(\d+)-(\d+)-(\d+)(?![\d.])", r"\1.\2 to \3.\4", dotted)
    return [text, dotted, ranges, re.sub(r"(?<=\d)-(?=\d)", ".", dotted)]


def number_in_text(number: str, text: str) -> bool:
    lead = r"(?<![\d.])" if not number.startswith(".") else r"(?<!\d)"
    pattern = re.compile(lead + re.escape(number) + r"(?!\d)(?!\.\d)")
    return any(pattern.search(form) for form in text_forms(text))


def check_row(row: dict[str, str], text: str) -> list[str]:
    pid = row["passage_id"]
    errors: list[str] = []
    measure = row["measure"]
    if measure == "":
        filled = [c for c in COLS[1:-1] if row[c]]
        if filled:
            errors.append(f"{pid}: empty measure but columns filled: {filled}")
        return errors
    if measure not in MEASURES:
        errors.append(f"{pid}: measure {measure!r}")
    if row["endpoint"] not in ENDPOINTS:
        errors.append(f"{pid}: endpoint {row['endpoint']!r}")
    if row["context"] not in CONTEXTS:
        errors.append(f"{pid}: context {row['context']!r}")
    if row["p_operator"] not in P_OPS:
        errors.append(f"{pid}: p_operator {row['p_operator']!r}")
    if bool(row["p_operator"]) != bool(row["p_value"]):
        errors.append(f"{pid}: p_operator and p_value must be both filled or both empty")
    population = row["population"]
    if population not in {"overall", "per-protocol", "unknown"} and not (
        population.startswith("subgroup: ") and len(population) > 10
    ):
        errors.append(f"{pid}: population {population!r}")
    if measure == "median":
        if row["unit"] and row["unit"] not in UNITS:
            errors.append(f"{pid}: unit {row['unit']!r}")
        if not row["value"] and not row["value_text"]:
            errors.append(f"{pid}: median without value or value_text")
        if row["value"] and row["value_text"]:
            errors.append(f"{pid}: median with both value and value_text")
        if not row["arm"]:
            errors.append(f"{pid}: median without arm")
    else:
        if row["unit"] or row["value_text"]:
            errors.append(f"{pid}: ratio with unit or value_text")
        if not row["value"]:
            errors.append(f"{pid}: ratio without value")
    for col in NUMBER_COLS:
        number = row[col]
        if number and not re.fullmatch(r"\d*\.?\d+", number):
            errors.append(f"{pid}: {col} {number!r} is not a plain number")
        elif number and not number_in_text(number, text):
            errors.append(f"{pid}: {col} {number!r} not in passage text")
    last_word = row["value_text"].split()[-1].lower() if row["value_text"] else ""
    if last_word and last_word not in text.lower():
        errors.append(f"{pid}: value_text {row['value_text']!r} not in passage text")
    return errors


def count_table(rows: list[dict[str, str]], splits: dict[str, str]) -> None:
    header = ["split", "passages", "none", *RATIOS, "ratios", "medians",
              "ratio bg", "ratio design", "median bg", "median design"]
    print(" | ".join(header))
    for split in ("dev", "test", "all"):
        ids = {p for p, s in splits.items() if split in ("all", s)}
        mine = [r for r in rows if r["passage_id"] in ids]
        measures = Counter(r["measure"] for r in mine)
        ctx = Counter((r["measure"] == "median", r["context"]) for r in mine if r["measure"])
        cells = [
            split, len(ids), measures[""], *(measures[m] for m in RATIOS),
            sum(measures[m] for m in RATIOS), measures["median"],
            ctx[(False, "background")], ctx[(False, "design")],
            ctx[(True, "background")], ctx[(True, "design")],
        ]
        print(" | ".join(str(c) for c in cells))


def main() -> int:
    with open(HERE / "set_g.csv", newline="", encoding="utf-8") as fh:
        passages = list(csv.DictReader(fh))
    with open(HERE / "set_g_estimates.csv", newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != COLS:
            print(f"estimate columns differ: {reader.fieldnames}")
            return 1
        rows = list(reader)
    errors: list[str] = []
    texts = {p["passage_id"]: p["text"] for p in passages}
    splits = {p["passage_id"]: p["split"] for p in passages}
    for pid, split in splits.items():
        if not re.fullmatch(r"SG\d{3}", pid):
            errors.append(f"bad passage id {pid!r}")
        if split != split_of(pid):
            errors.append(f"{pid}: split {split!r}, rule gives {split_of(pid)!r}")
    labelled = Counter(r["passage_id"] for r in rows)
    for pid in texts:
        if not labelled[pid]:
            errors.append(f"{pid}: no label row")
    for row in rows:
        if row["passage_id"] not in texts:
            errors.append(f"{row['passage_id']}: label for an unknown passage")
            continue
        errors.extend(check_row(row, texts[row["passage_id"]]))
        if row["measure"] == "" and labelled[row["passage_id"]] > 1:
            errors.append(f"{row['passage_id']}: 'none' row beside other rows")
    for error in errors:
        print(error)
    count_table(rows, splits)
    print(f"{len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
