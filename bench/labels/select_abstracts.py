"""Pick the abstracts of the estimate-labelling set and fix their 70/30 split.

The selection depends only on the corpus and a fixed seed, never on the extractor's
output: abstracts are drawn at random, stratified by whether the text mentions a
ratio or median at all, so that abstracts with no estimate are represented too.

Usage: ``python bench/labels/select_abstracts.py > bench/labels/selection.csv``
(reads ``TRIALINK_CORPUS``, default ``../shared/corpus``).
"""

from __future__ import annotations

import csv
import hashlib
import os
import random
import re
import sys
from pathlib import Path

import trialink as tl

SEED = 20261204
N_CUED = 190
N_UNCUED = 60
FILES = [
    "pubmed/medline_robotreviewer_rct-test_1000rec.txt",
    "pubmed/baseline-excerpt_pubmed21n1002.xml.gz",
    "pubmed/update-excerpt_pubmed20n1203.xml.gz",
    "pubmed/baseline-excerpt_pubmed240101dtd_4rec.xml.gz",
    "pubmed/medline16n0902_excerpt.xml.gz",
    "pubmed/nlm_medsamp2016.xml",
    "pubmed/medline_nbib_blachlylab_75rec.nbib",
    "pubmed/efetch_intovalue-sample_8rec.xml",
    "pubmed/efetch_male-breast-cancer_9rec.xml",
]
# Part 1's cue: note that with re.I "\bOR\b" also matches the word "or", so almost every abstract
# counted as cued; part 1 came out mostly abstracts with no estimate. Kept as drawn.
CUE = re.compile(r"hazard|odds|relative risk|risk ratio|rate ratio|relative hazard|\bHR\b|\bOR\b|\bRR\b|median",
                 re.I)
# Part 2: every remaining abstract with a named ratio, a ratio abbreviation followed by a number,
# or a median followed by a time unit (the abstracts that carry the estimates).
STRICT = re.compile(
    r"(?i:hazards?\s+ratio|odds\s+ratio|risk\s+ratio|rate\s+ratio|relative\s+(?:risk|hazard)(?!\s+reduction))"
    r"|\b(?:a?HR|a?OR|RR|IRR)\b\s*[=:,(]?\s*\d"
    r"|\bmedian\b[^.;]{0,80}?\d+(?:\.\d+)?\s*(?:months?|weeks?|days?|years?|hours?)")
LABELLED_BEFORE = ("abstract_estimates.csv", "heldout_abstract_estimates.csv")


def _split(pmid: str) -> str:
    h = int(hashlib.sha256(f"{SEED}:{pmid}".encode()).hexdigest()[:8], 16)
    return "test" if h % 10 < 3 else "dev"


def main() -> None:
    corpus = Path(os.environ.get("TRIALINK_CORPUS", "../shared/corpus"))
    here = Path(__file__).parent
    before: set[str] = set()
    for name in LABELLED_BEFORE:
        with open(here / name, newline="") as fh:
            before.update(row["pmid"] for row in csv.DictReader(fh))
    seen = set(before)
    records: list[tuple[str, str, str]] = []
    cued, uncued = [], []
    for rel in FILES:
        for rec in tl.read_records(corpus / rel, on_error="warn"):
            pmid = getattr(rec, "pmid", None)
            abstract = getattr(rec, "abstract", None)
            if not pmid or not abstract:
                continue
            records.append((rel, pmid, abstract))
            if pmid in seen or len(abstract) < 400:
                continue
            seen.add(pmid)
            (cued if CUE.search(abstract) else uncued).append((rel, pmid))
    rng = random.Random(SEED)
    part1 = rng.sample(cued, min(N_CUED, len(cued))) + rng.sample(uncued, min(N_UNCUED, len(uncued)))
    taken = {pmid for _, pmid in part1}
    part2, done = [], set()
    for rel, pmid, abstract in records:
        if pmid not in taken and pmid not in done and STRICT.search(abstract):
            done.add(pmid)
            part2.append((rel, pmid))
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["document", "pmid", "split", "part"])
    for part, chosen in ((1, part1), (2, part2)):
        for rel, pmid in sorted(chosen, key=lambda r: (r[0], int(r[1]))):
            # abstracts the older extractor was built or scored on can only be development data
            out.writerow([rel, pmid, "dev" if pmid in before else _split(pmid), part])


if __name__ == "__main__":
    main()
