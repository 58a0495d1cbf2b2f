"""Score text extraction of estimates against hand labels: recall and precision, by measure.

Labels:
- ``../shared/gold/seed_estimates.csv`` on the five seeds (the gold traps: background results
  of other trials, sample-size assumptions, follow-up durations);
- ``bench/labels/abstract_estimates.csv``: numbers read by hand off PubMed abstracts in the
  corpus that were also looked at while building the extractor ("tuning": optimistic);
- ``bench/labels/heldout_abstract_estimates.csv``: a random sample of RCT abstracts (MEDLINE
  text) labelled before the extractor was run on them ("heldout": the honest number).
Every labelled document is scored, including those labelled as having no estimate.

A found estimate matches a label when measure, value and CI limits are equal (exact value +
CI, as printed). Only numeric values are scored; design-context numbers are left out; for the
seeds, background numbers count only when attributed to the right trial.

Usage: ``python bench/estimate_eval.py [--corpus DIR]``.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import os
import re
from collections import Counter
from pathlib import Path

from lxml import etree

from trialink.outcomes import extract_estimates

HERE = Path(__file__).resolve().parent


def _f(s: str) -> float | None:
    return float(s) if s and s.strip() else None


def _medline(path: Path) -> dict[str, str]:
    """PMID → title + abstract from a MEDLINE text file (TI / AB fields, 6-space continuations)."""
    out: dict[str, str] = {}
    for rec in re.split(r"\n\s*\n(?=PMID-)", path.read_text(encoding="utf-8", errors="replace")):
        fields: dict[str, str] = {}
        key = None
        for line in rec.splitlines():
            if len(line) > 4 and line[4] == "-" and line[:4].strip():
                key = line[:4].strip()
                fields[key] = fields.get(key, "") + line[6:]
            elif key and line.startswith("      "):
                fields[key] += " " + line.strip()
        if "PMID" in fields:
            out[fields["PMID"].strip()] = fields.get("TI", "") + "\n" + fields.get("AB", "")
    return out


def _abstracts(path: Path) -> dict[str, str]:
    if path.suffix == ".txt":
        return _medline(path)
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
    out = {}
    for art in root.iter("MedlineCitation"):
        title = art.find(".//ArticleTitle")
        parts = [(f"{a.get('Label')}: " if a.get("Label") else "") + "".join(a.itertext()) for a in art.iter("AbstractText")]
        out[art.findtext("PMID")] = ("".join(title.itertext()) if title is not None else "") + "\n" + "\n".join(parts)
    return out


def score(found: Counter, gold: Counter) -> tuple[int, int, int]:
    tp = sum((found & gold).values())
    return tp, sum(found.values()), sum(gold.values())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=os.environ.get("TRIALINK_CORPUS", "../shared/corpus"))
    args = ap.parse_args()
    corpus = Path(args.corpus)
    per: dict[str, list[int]] = {}

    def add(name: str, found: Counter, gold: Counter) -> None:
        for measure in {k[0] for k in found} | {k[0] for k in gold} | {"all"}:
            f = found if measure == "all" else Counter({k: v for k, v in found.items() if k[0] == measure})
            g = gold if measure == "all" else Counter({k: v for k, v in gold.items() if k[0] == measure})
            row = per.setdefault(f"{name}:{measure}", [0, 0, 0])
            for i, v in enumerate(score(f, g)):
                row[i] += v

    # Seeds
    gold_rows: dict[str, Counter] = {}
    with open(corpus.parent / "gold" / "seed_estimates.csv", newline="") as fh:
        for r in csv.DictReader(fh):
            who = "" if r["whose_result"].startswith("this study") else r["whose_result"].split(" (")[0]
            gold_rows.setdefault(r["seed_file"], Counter())[(r["measure"], _f(r["value"]), _f(r["ci_low"]),
                                                              _f(r["ci_high"]), who)] += 1
    for seed in sorted((corpus.parent / "seeds").iterdir()):
        found = Counter((e.measure, e.value, e.ci_low, e.ci_high, e.subject if e.context == "background" else "")
                        for e in extract_estimates(seed.read_text(encoding="utf-8"))
                        if e.context != "design" and e.value is not None)
        add("seeds", found, gold_rows.get(seed.name, Counter()))

    # Hand-labelled abstracts: those looked at while building the extractor ("tuning"), and a
    # held-out sample labelled before the extractor was ever run on it.
    cache: dict[str, dict[str, str]] = {}
    for set_name, file_name in (("tuning", "abstract_estimates.csv"), ("heldout", "heldout_abstract_estimates.csv")):
        labels: dict[tuple[str, str], Counter] = {}
        with open(HERE / "labels" / file_name, newline="") as fh:
            for r in csv.DictReader(fh):
                c = labels.setdefault((r["document"], r["pmid"]), Counter())
                if r["measure"]:
                    c[(r["measure"], _f(r["value"]), _f(r["ci_low"]), _f(r["ci_high"]))] += 1
        for (doc, pmid), gold in sorted(labels.items()):
            texts = cache.setdefault(doc, _abstracts(corpus / doc))
            found = Counter((e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(texts[pmid])
                            if e.context != "design" and e.value is not None
                            and e.measure in ("HR", "OR", "RR", "IRR", "median"))
            add(set_name, found, gold)
            for k in gold - found:
                print(f"  {set_name} missed  {pmid}: {k}")
            for k in found - gold:
                print(f"  {set_name} extra   {pmid}: {k}")

    print(f"\n{'set:measure':<22}{'found':>7}{'gold':>7}{'correct':>9}{'precision':>11}{'recall':>9}")
    for name, (tp, nf, ng) in sorted(per.items()):
        prec = tp / nf if nf else float("nan")
        rec = tp / ng if ng else float("nan")
        print(f"{name:<22}{nf:>7}{ng:>7}{tp:>9}{prec:>11.2f}{rec:>9.2f}")


if __name__ == "__main__":
    main()
