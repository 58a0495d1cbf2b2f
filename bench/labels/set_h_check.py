"""Check set H (synthetic abstracts, issue 12): split rule, label vocabularies, numbers in text.

Run from the repository root::

    python3 bench/labels/set_h_check.py

Prints a count table per split and exits with status 1 if any check fails.
"""

import csv
import hashlib
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PASSAGES = HERE / "set_h.csv"
ESTIMATES = HERE / "set_h_estimates.csv"

COLUMNS = [
    "passage_id", "measure", "endpoint", "endpoint_text", "value", "value_text", "ci_low",
    "ci_high", "ci_level", "p_operator", "p_value", "unit", "arm", "comparison", "covariate",
    "population", "context", "note",
]
MEASURES = {"HR", "OR", "RR", "IRR", "median"}
RATIOS = ["HR", "OR", "RR", "IRR"]
ENDPOINTS = {
    "OS", "PFS", "DFS", "EFS", "RFS", "TTP", "DoR", "ORR", "composite", "safety", "other",
}
CONTEXTS = {"result", "background", "design"}
P_OPERATORS = {"", "=", "<", ">", "<=", ">="}
UNITS = {"", "months", "weeks", "days", "years", "hours", "minutes"}
NUMBER_FIELDS = ["value", "ci_low", "ci_high", "p_value"]


def expected_split(passage_id: str) -> str:
    """Return the split fixed by the hash rule for one passage id."""
    digest = hashlib.sha256(f"20261204:seth:{passage_id}".encode()).hexdigest()
    return "test" if int(digest[:8], 16) % 10 < 3 else "dev"


def normalise(text: str) -> str:
    """Make the decimal mark a dot (middle dot; hyphen between digits stays as a hyphen)."""
    return text.replace("\u00b7", ".").replace("\u2212", "-")


def number_in_text(number: str, text: str) -> bool:
    """Whether a copied number occurs in the text as a whole number token."""
    candidates = {number}
    if "." in number:
        candidates.add(number.replace(".", "-"))  # hyphen printed as a decimal point
    for cand in candidates:
        pattern = r"(?<![\d.])" + re.escape(cand) + r"(?![\d])"
        if re.search(pattern, normalise(text)):
            return True
    return False


def check_row(row: dict[str, str], text: str) -> list[str]:
    """Return the problems of one label row (empty list when it is fine)."""
    pid = row["passage_id"]
    problems: list[str] = []
    measure = row["measure"]
    if measure == "":
        filled = [c for c in COLUMNS[1:-1] if row[c]]
        if filled:
            problems.append(f"{pid}: empty measure but columns filled: {filled}")
        if not row["note"].startswith("none"):
            problems.append(f"{pid}: row without estimate needs a note starting 'none'")
        return problems
    if measure not in MEASURES:
        problems.append(f"{pid}: measure {measure!r}")
    if row["endpoint"] not in ENDPOINTS:
        problems.append(f"{pid}: endpoint {row['endpoint']!r}")
    if row["context"] not in CONTEXTS:
        problems.append(f"{pid}: context {row['context']!r}")
    if row["p_operator"] not in P_OPERATORS:
        problems.append(f"{pid}: p_operator {row['p_operator']!r}")
    if bool(row["p_operator"]) != bool(row["p_value"]):
        problems.append(f"{pid}: p_operator and p_value must be both set or both empty")
    if row["unit"] not in UNITS:
        problems.append(f"{pid}: unit {row['unit']!r}")
    if measure != "median" and row["unit"]:
        problems.append(f"{pid}: unit on a ratio")
    if measure == "median" and not row["value"] and not row["value_text"]:
        problems.append(f"{pid}: median without value or value_text")
    if measure != "median" and not row["value"]:
        problems.append(f"{pid}: ratio without value")
    if row["value"] and row["value_text"]:
        problems.append(f"{pid}: both value and value_text")
    if row["value_text"] and row["value_text"].lower() not in text.lower():
        problems.append(f"{pid}: value_text {row['value_text']!r} not in text")
    population = row["population"]
    if population not in {"overall", "per-protocol", "unknown"} and not population.startswith(
        "subgroup: "
    ):
        problems.append(f"{pid}: population {population!r}")
    if row["ci_level"]:
        try:
            float(row["ci_level"])
        except ValueError:
            problems.append(f"{pid}: ci_level {row['ci_level']!r}")
    if (row["ci_low"] or row["ci_high"]) and not row["ci_level"] and "level" not in row["note"]:
        problems.append(f"{pid}: CI without level and no note")
    for field in NUMBER_FIELDS:
        number = row[field]
        if number and not number_in_text(number, text):
            problems.append(f"{pid}: {field} {number!r} not in text")
    return problems


def main() -> int:
    """Run all checks, print the count table, return the exit status."""
    with PASSAGES.open(encoding="utf-8", newline="") as fh:
        passages = list(csv.DictReader(fh))
    with ESTIMATES.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames or []
        rows = list(reader)
    problems: list[str] = []
    if header != COLUMNS:
        problems.append(f"estimate columns {header} != {COLUMNS}")
    texts = {p["passage_id"]: p["text"] for p in passages}
    splits = {p["passage_id"]: p["split"] for p in passages}
    for p in passages:
        if p["split"] != expected_split(p["passage_id"]):
            problems.append(f"{p['passage_id']}: split {p['split']} breaks the hash rule")
    if len(texts) != len(passages):
        problems.append("duplicate passage ids")
    labelled = {r["passage_id"] for r in rows}
    for pid in texts:
        if pid not in labelled:
            problems.append(f"{pid}: no label row")
    for r in rows:
        pid = r["passage_id"]
        if pid not in texts:
            problems.append(f"{pid}: label for unknown passage")
            continue
        problems.extend(check_row(r, texts[pid]))
    none_ids = {r["passage_id"] for r in rows if r["measure"] == ""}
    for pid in none_ids:
        if sum(1 for r in rows if r["passage_id"] == pid) != 1:
            problems.append(f"{pid}: a 'none' row beside estimate rows")

    print(f"{'':24}" + "".join(f"{s:>8}" for s in ("dev", "test", "all")))
    table: list[tuple[str, Counter[str]]] = []
    table.append(("passages", Counter(splits.values())))
    table.append(("passages with none", Counter(splits[pid] for pid in none_ids)))
    for m in RATIOS:
        table.append((m, Counter(splits[r["passage_id"]] for r in rows if r["measure"] == m)))
    table.append((
        "ratios (all)",
        Counter(splits[r["passage_id"]] for r in rows if r["measure"] in RATIOS),
    ))
    table.append((
        "medians", Counter(splits[r["passage_id"]] for r in rows if r["measure"] == "median")
    ))
    for ctx in ("background", "design"):
        table.append((
            f"context {ctx}",
            Counter(splits[r["passage_id"]] for r in rows if r["context"] == ctx),
        ))
    for name, counts in table:
        total = counts["dev"] + counts["test"]
        print(f"{name:24}{counts['dev']:>8}{counts['test']:>8}{total:>8}")
    for problem in problems:
        print("PROBLEM:", problem)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
