"""Check the synthetic challenge set and print its counts.

``challenge.csv`` (``passage_id``, ``split``, ``text``) holds short results passages written for this
project (invented numbers, not taken from the corpus or any publication); ``challenge_estimates.csv``
labels every estimate in them with the columns of ``estimates_dev.csv``, ``passage_id`` in place of
``document`` and ``pmid`` (one row with an empty ``measure`` for a passage with none).

The split is fixed by a seeded hash of the passage id (``challenge_split``): 30% ``test``, 70% ``dev``.
This script checks that rule, that every passage has a label row, that the label values are valid
(measure, endpoint, context, population, unit) and that each number (value, CI limits, level, P)
occurs in its passage once the decimal mark is made a dot; it prints passages and estimates per split
and class. Usage: ``python bench/labels/challenge_check.py`` (no corpus needed; exit status 1 on error).
"""

from __future__ import annotations

import csv
import hashlib
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261204  # the seed of select_abstracts.py
COLUMNS = ["passage_id", "measure", "endpoint", "endpoint_text", "value", "value_text", "ci_low", "ci_high",
           "ci_level", "p_operator", "p_value", "unit", "arm", "comparison", "covariate", "population", "context",
           "note"]
ENDPOINTS = {"OS", "PFS", "DFS", "EFS", "RFS", "TTP", "DoR", "ORR", "composite", "safety", "other"}
UNITS = {"months", "weeks", "days", "years", "hours", "minutes"}


def challenge_split(passage_id: str) -> str:
    """Return ``"test"`` for 30% of passage ids and ``"dev"`` for the rest (seeded SHA-256)."""
    h = int(hashlib.sha256(f"{SEED}:challenge:{passage_id}".encode()).hexdigest()[:8], 16)
    return "test" if h % 10 < 3 else "dev"


def _forms(text: str) -> str:
    """The passage with dots for middle dots, hyphens for dashes/minus, and hyphen decimals made dots."""
    t = text.replace("\u00b7", ".").replace("\u2212", "-").replace("\u2013", "-")
    t = re.sub(r"(\d)\. (\d)", r"\1.\2", t)
    return t + " || " + re.sub(r"(\d)-(\d{2,3})(?!\d)", r"\1.\2", t)


def _class(measure: str) -> str:
    return "none" if not measure else "median" if measure == "median" else "ratio"


def main() -> int:
    with open(HERE / "challenge.csv", newline="", encoding="utf-8") as fh:
        passages = list(csv.DictReader(fh))
    with open(HERE / "challenge_estimates.csv", newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != COLUMNS:
            print(f"challenge_estimates.csv columns {reader.fieldnames} != {COLUMNS}")
            return 1
        rows = list(reader)
    errors: list[str] = []
    text = {p["passage_id"]: p["text"] for p in passages}
    split = {p["passage_id"]: p["split"] for p in passages}
    if len(text) != len(passages):
        errors.append("duplicate passage_id")
    for pid, s in split.items():
        if s != challenge_split(pid):
            errors.append(f"{pid}: split {s} but the hash gives {challenge_split(pid)}")
    labelled = {r["passage_id"] for r in rows}
    errors += [f"{pid}: no label row" for pid in text if pid not in labelled]
    errors += [f"{pid}: label row for an unknown passage" for pid in labelled - set(text)]
    for r in rows:
        pid, m = r["passage_id"], r["measure"]
        if pid not in text:
            continue
        if not m:
            if any(r[c] for c in COLUMNS[1:-1]):
                errors.append(f"{pid}: a 'none' row with fields filled")
            continue
        if m not in {"HR", "OR", "RR", "IRR", "median"}:
            errors.append(f"{pid}: measure {m!r}")
        if r["endpoint"] not in ENDPOINTS:
            errors.append(f"{pid}: endpoint {r['endpoint']!r}")
        if r["context"] not in {"result", "background", "design"}:
            errors.append(f"{pid}: context {r['context']!r}")
        if not (r["population"] in {"overall", "per-protocol", "unknown"} or r["population"].startswith("subgroup: ")):
            errors.append(f"{pid}: population {r['population']!r}")
        unit_ok = r["unit"] in UNITS or (not r["unit"] and r["value_text"])  # "not reached" may have no unit
        if m == "median" and (not unit_ok or r["comparison"] or r["covariate"]):
            errors.append(f"{pid}: median with unit {r['unit']!r} or a comparison/covariate")
        if m != "median" and (r["unit"] or r["arm"]):
            errors.append(f"{pid}: ratio with a unit or arm")
        if not (r["value"] or r["value_text"]):
            errors.append(f"{pid}: no value")
        if bool(r["p_operator"]) != bool(r["p_value"]) or r["p_operator"] not in {"", "=", "<", ">", "<=", ">="}:
            errors.append(f"{pid}: P operator {r['p_operator']!r} / value {r['p_value']!r}")
        forms = _forms(text[pid])
        for col in ("value", "ci_low", "ci_high", "ci_level", "p_value"):
            v = r[col]
            if v and not re.search(r"(?<![\d.])" + re.escape(v) + r"(?!\d)", forms):
                errors.append(f"{pid}: {col} {v} not in the passage")
    for e in errors:
        print("ERROR", e)
    n_pass = Counter(split.values())
    by = Counter((split.get(r["passage_id"]), _class(r["measure"])) for r in rows)
    none_pass = Counter(split[p] for p in text if all(not r["measure"] for r in rows if r["passage_id"] == p))
    for s in ("dev", "test"):
        print(f"{s}: {n_pass[s]} passages ({none_pass[s]} with no estimate), "
              f"{by[(s, 'ratio')]} ratio and {by[(s, 'median')]} median estimates")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
