"""Check set F (set_f.csv, set_f_estimates.csv) and print its count table.

Checks: the fixed split rule, the protocol's vocabularies, that every number of a label
(value, ci_low, ci_high, ci_level, p_value) occurs in its passage's text, and that every
passage has at least one label row. Exits with status 1 when a check fails.

Run: ``python3 bench/labels/set_f_check.py``
"""

import csv
import hashlib
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLUMNS = [
    "passage_id", "measure", "endpoint", "endpoint_text", "value", "value_text", "ci_low",
    "ci_high", "ci_level", "p_operator", "p_value", "unit", "arm", "comparison", "covariate",
    "population", "context", "note",
]
MEASURES = {"", "HR", "OR", "RR", "IRR", "median"}
RATIOS = ("HR", "OR", "RR", "IRR")
ENDPOINTS = {
    "", "OS", "PFS", "DFS", "EFS", "RFS", "TTP", "DoR", "ORR", "composite", "safety", "other",
}
UNITS = {"", "months", "weeks", "days", "years", "hours", "minutes"}
P_OPERATORS = {"", "=", "<", ">", "<=", ">="}
CONTEXTS = {"", "result", "background", "design"}
NUMBER_FIELDS = ("value", "ci_low", "ci_high", "ci_level", "p_value")


def split_of(passage_id: str) -> str:
    """Return the split fixed by the hash rule for a passage id."""
    digest = hashlib.sha256(f"20261204:setf:{passage_id}".encode()).hexdigest()
    return "test" if int(digest[:8], 16) % 10 < 3 else "dev"


def number_in_text(number: str, text: str) -> bool:
    """Return True when ``number`` is printed in ``text`` as a whole number token."""
    pattern = r"(?<![\d.])" + re.escape(number) + r"(?!\d)(?!\.\d)"
    return re.search(pattern, text) is not None


def read_csv(path: Path) -> list[dict[str, str]]:
    """Read a CSV file into a list of dicts."""
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def check_row(row: dict[str, str], text: str) -> list[str]:
    """Return the problems found in one label row."""
    pid = row["passage_id"]
    problems: list[str] = []
    vocab = (
        ("measure", MEASURES), ("endpoint", ENDPOINTS), ("unit", UNITS),
        ("p_operator", P_OPERATORS), ("context", CONTEXTS),
    )
    for field, allowed in vocab:
        if row[field] not in allowed:
            problems.append(f"{pid}: {field}={row[field]!r} not allowed")
    pop = row["population"]
    if row["measure"] and not (
        pop in {"overall", "per-protocol", "unknown"} or pop.startswith("subgroup: ")
    ):
        problems.append(f"{pid}: population={pop!r} not allowed")
    if not row["measure"]:
        filled = [c for c in COLUMNS[1:-1] if row[c]]
        if filled:
            problems.append(f"{pid}: row without measure fills {filled}")
        return problems
    if row["measure"] == "median":
        if not (row["value"] or row["value_text"]):
            problems.append(f"{pid}: median without value or value_text")
        if row["comparison"] or row["covariate"]:
            problems.append(f"{pid}: median with comparison/covariate")
    else:
        if not row["value"] or row["unit"] or row["arm"]:
            problems.append(f"{pid}: ratio needs a value and no unit/arm")
    if row["value_text"] and row["value_text"] not in text:
        problems.append(f"{pid}: value_text {row['value_text']!r} not in text")
    if bool(row["p_operator"]) != bool(row["p_value"]):
        problems.append(f"{pid}: p_operator and p_value must come together")
    for field in NUMBER_FIELDS:
        number = row[field]
        if number and not number_in_text(number, text):
            problems.append(f"{pid}: {field}={number} not printed in the text")
    return problems


def count_table(passages: list[dict[str, str]], labels: list[dict[str, str]]) -> list[str]:
    """Return the count table per split as printable lines."""
    split = {p["passage_id"]: p["split"] for p in passages}
    head = ["passages", "with none", "HR", "OR", "RR", "IRR", "ratios", "medians",
            "not reached", "background", "design", "rows"]
    table: dict[str, Counter[str]] = {"dev": Counter(), "test": Counter(), "all": Counter()}
    for p in passages:
        for key in (p["split"], "all"):
            table[key]["passages"] += 1
    for row in labels:
        for key in (split[row["passage_id"]], "all"):
            c = table[key]
            c["rows"] += 1
            m = row["measure"]
            if not m:
                c["with none"] += 1
                continue
            if m in RATIOS:
                c[m] += 1
                c["ratios"] += 1
            else:
                c["medians"] += 1
                if row["value_text"]:
                    c["not reached"] += 1
            if row["context"] in ("background", "design"):
                c[row["context"]] += 1
    lines = ["split  " + " ".join(f"{h:>11}" for h in head)]
    for key, c in table.items():
        lines.append(f"{key:<6} " + " ".join(f"{c[h]:>11}" for h in head))
    return lines


def main() -> int:
    """Run every check, print the problems and the count table; return the exit status."""
    passages = read_csv(HERE / "set_f.csv")
    labels = read_csv(HERE / "set_f_estimates.csv")
    problems: list[str] = []
    if labels and list(labels[0].keys()) != COLUMNS:
        problems.append(f"estimate columns are {list(labels[0].keys())}")
    texts: dict[str, str] = {}
    for p in passages:
        pid = p["passage_id"]
        if pid in texts:
            problems.append(f"{pid}: duplicate passage")
        texts[pid] = p["text"]
        if p["split"] != split_of(pid):
            problems.append(f"{pid}: split {p['split']} but the rule gives {split_of(pid)}")
    expected = {f"SF{i:03d}" for i in range(1, 151)}
    if set(texts) != expected:
        problems.append(f"passage ids differ from SF001-SF150: {sorted(set(texts) ^ expected)}")
    seen: Counter[str] = Counter()
    for row in labels:
        pid = row["passage_id"]
        if pid not in texts:
            problems.append(f"{pid}: label for an unknown passage")
            continue
        seen[pid] += 1
        problems.extend(check_row(row, texts[pid]))
    for pid in texts:
        if not seen[pid]:
            problems.append(f"{pid}: no label row")
    none_rows = Counter(r["passage_id"] for r in labels if not r["measure"])
    for pid, n in none_rows.items():
        if n != 1 or seen[pid] != 1:
            problems.append(f"{pid}: an empty-measure row must be the passage's only row")
    for line in problems:
        print("PROBLEM", line)
    for line in count_table(passages, labels):
        print(line)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
