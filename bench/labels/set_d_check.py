"""Check set D (set_d.csv, set_d_estimates.csv): split rule, vocabularies, numbers present in the
passage, and print a count table per split. Standard library only. Exit status 1 on any problem."""
import csv
import hashlib
import pathlib
import re
import sys

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
    for i, r in enumerate(labels, 2):
        pid = r["passage_id"]
        if pid not in texts:
            errs.append(f"line {i}: unknown passage {pid}")
            continue
        seen.add(pid)
        if r["measure"] == "":
            if any(r[c] for c in r if c not in ("passage_id", "note")):
                errs.append(f"line {i}: 'none' row with other columns filled")
            continue
        for col, allowed in VOCAB.items():
            if r[col] not in allowed:
                errs.append(f"line {i} {pid}: {col}={r[col]!r} not allowed")
        pop = r["population"]
        if not (pop in ("overall", "per-protocol", "unknown") or pop.startswith("subgroup: ")):
            errs.append(f"line {i} {pid}: population={pop!r}")
        if r["ci_level"] and not re.fullmatch(r"\d+(\.\d+)?", r["ci_level"]):
            errs.append(f"line {i} {pid}: ci_level={r['ci_level']!r}")
        if r["measure"] == "median":
            if not r["unit"]:
                errs.append(f"line {i} {pid}: median without unit")
            if bool(r["value"]) == bool(r["value_text"]):
                errs.append(f"line {i} {pid}: median needs exactly one of value/value_text")
        elif r["unit"] or not r["value"]:
            errs.append(f"line {i} {pid}: ratio with unit or without value")
        if r["p_value"] and not r["p_operator"]:
            errs.append(f"line {i} {pid}: p_value without operator")
        text = norm(texts[pid])
        for col in ("value", "ci_low", "ci_high", "p_value"):
            v = r[col]
            if v and not present(v, text):
                errs.append(f"line {i} {pid}: {col}={v} not in passage text")
    for pid in texts:
        if pid not in seen:
            errs.append(f"{pid}: no label row (a passage with none needs an empty-measure row)")
    # count table
    print(f"{'':28}{'dev':>6}{'test':>6}{'all':>6}")
    def line(name, f):
        d, t = f("dev"), f("test")
        print(f"{name:28}{d:6}{t:6}{d + t:6}")
    line("passages", lambda s: sum(1 for p in split.values() if p == s))
    none = {r["passage_id"] for r in labels if r["measure"] == ""}
    line("passages with none", lambda s: sum(1 for p in none if split.get(p) == s))
    est = [r for r in labels if r["measure"]]
    for m in ("HR", "OR", "RR", "IRR"):
        line(f"ratios {m}", lambda s, m=m: sum(1 for r in est if r["measure"] == m and split[r["passage_id"]] == s))
    line("ratios total", lambda s: sum(1 for r in est if r["measure"] != "median" and split[r["passage_id"]] == s))
    line("medians", lambda s: sum(1 for r in est if r["measure"] == "median" and split[r["passage_id"]] == s))
    line("medians 'not reached' etc.", lambda s: sum(1 for r in est if r["value_text"] and split[r["passage_id"]] == s))
    for c in ("background", "design"):
        line(f"context {c}", lambda s, c=c: sum(1 for r in est if r["context"] == c and split[r["passage_id"]] == s))
    line("estimates total", lambda s: sum(1 for r in est if split[r["passage_id"]] == s))
    for e in errs:
        print("ERROR", e)
    print(f"{len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
