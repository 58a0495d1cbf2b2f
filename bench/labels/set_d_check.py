"""Check set D (set_d.csv, set_d_estimates.csv): split rule, vocabularies, numbers present in the
passage, and print a count table per split. Standard library only. Exit status 1 on any problem."""
import csv
import hashlib
import pathlib
import re
import sys
from collections import Counter

HERE = pathlib.Path(__file__).parent
VOCAB = {
    "measure": {"HR", "OR", "RR", "IRR", "median"},
    "endpoint": {"OS", "PFS", "DFS", "EFS", "RFS", "TTP", "DoR", "ORR", "composite", "safety", "other"},
    "p_operator": {"", "=", "<", ">", "<=", ">="},
    "unit": {"", "months", "weeks", "days", "years", "hours", "minutes"},
    "context": {"result", "background", "design"},
}


def norm(text: str) -> str:
    # decimal mark made a dot (middle dot), as the protocol copies numbers
    return text.replace("\u00b7", ".")


def present(num: str, text: str) -> bool:
    pat = r"(?<![\d.])" + re.escape(num) + r"(?![\d])"
    return re.search(pat, text) is not None


def main() -> int:
    errs = []
    with open(HERE / "set_d.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    texts = {r["passage_id"]: r["text"] for r in rows}
    split = {}
    for r in rows:
        pid = r["passage_id"]
        h = int(hashlib.sha256(f"20261204:setd:{pid}".encode()).hexdigest()[:8], 16)
        want = "test" if h % 10 < 3 else "dev"
        if r["split"] != want:
            errs.append(f"{pid}: split {r['split']} != {want}")
        split[pid] = r["split"]
    with open(HERE / "set_d_estimates.csv", encoding="utf-8") as fh:
        labels = list(csv.DictReader(fh))
    seen = set()
    for i, lab in enumerate(labels, 2):
        pid = lab["passage_id"]
        if pid not in texts:
            errs.append(f"line {i}: unknown passage {pid}")
            continue
        seen.add(pid)
        if lab["measure"] == "":
            if any(lab[c] for c in lab if c not in ("passage_id", "note")):
                errs.append(f"line {i}: 'none' row with other columns filled")
            continue
        for col, allowed in VOCAB.items():
            if lab[col] not in allowed:
                errs.append(f"line {i} {pid}: {col}={lab[col]!r} not allowed")
        pop = lab["population"]
        if not (pop in ("overall", "per-protocol", "unknown") or pop.startswith("subgroup: ")):
            errs.append(f"line {i} {pid}: population={pop!r}")
        if lab["ci_level"] and not re.fullmatch(r"\d+(\.\d+)?", lab["ci_level"]):
            errs.append(f"line {i} {pid}: ci_level={lab['ci_level']!r}")
        if lab["measure"] == "median":
            if not lab["unit"]:
                errs.append(f"line {i} {pid}: median without unit")
            if bool(lab["value"]) == bool(lab["value_text"]):
                errs.append(f"line {i} {pid}: median needs exactly one of value/value_text")
        elif lab["unit"] or not lab["value"]:
            errs.append(f"line {i} {pid}: ratio with unit or without value")
        if lab["p_value"] and not lab["p_operator"]:
            errs.append(f"line {i} {pid}: p_value without operator")
        text = norm(texts[pid])
        for col in ("value", "ci_low", "ci_high", "p_value"):
            v = lab[col]
            if v and not present(v, text):
                errs.append(f"line {i} {pid}: {col}={v} not in passage text")
    for pid in texts:
        if pid not in seen:
            errs.append(f"{pid}: no label row (a passage with none needs an empty-measure row)")
    # count table
    print(f"{'':28}{'dev':>6}{'test':>6}{'all':>6}")
    def line(name, f):
        d = f("dev"); t = f("test")
        print(f"{name:28}{d:6}{t:6}{d + t:6}")
    line("passages", lambda s: sum(1 for p in split.values() if p == s))
    none = {l["passage_id"] for l in labels if l["measure"] == ""}
    line("passages with none", lambda s: sum(1 for p in none if split.get(p) == s))
    est = [l for l in labels if l["measure"]]
    for m in ("HR", "OR", "RR", "IRR"):
        line(f"ratios {m}", lambda s, m=m: sum(1 for l in est if l["measure"] == m and split[l["passage_id"]] == s))
    line("ratios total", lambda s: sum(1 for l in est if l["measure"] != "median" and split[l["passage_id"]] == s))
    line("medians", lambda s: sum(1 for l in est if l["measure"] == "median" and split[l["passage_id"]] == s))
    line("medians 'not reached' etc.", lambda s: sum(1 for l in est if l["value_text"] and split[l["passage_id"]] == s))
    for c in ("background", "design"):
        line(f"context {c}", lambda s, c=c: sum(1 for l in est if l["context"] == c and split[l["passage_id"]] == s))
    line("estimates total", lambda s: sum(1 for l in est if split[l["passage_id"]] == s))
    for e in errs:
        print("ERROR", e)
    print(f"{len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
