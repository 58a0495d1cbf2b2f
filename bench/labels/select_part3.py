"""List the part-3 abstracts: every corpus abstract not labelled before that mentions a ratio or median.

Part 3 covers the rest of the corpus. Candidates are every PubMed abstract in
``../shared/corpus/pubmed`` (all files that trialink reads as records) and every Europe PMC
``abstractText`` in ``europepmc/search_core_query-cancer_page1.json`` whose PMID (Europe PMC: ``pmid``,
else ``id``) is in none of the older label files, and whose text matches a broad cue (any ratio word
or abbreviation, "median", "not reached"). The cue only FINDS candidates; each was read and labelled
by hand (``estimates_part3.csv``), most of them as "none" (medians of ages, doses, scores ...).
Besides, 20 abstracts without the cue (at least 400 characters) are drawn with a fixed seed.
Split: ``select_abstracts._split`` (seeded hash of the PMID), as for parts 1 and 2.

Usage: ``python bench/labels/select_part3.py > bench/labels/selection_part3.csv``
(reads ``TRIALINK_CORPUS``, default ``../shared/corpus``).
"""

from __future__ import annotations

import csv
import json
import os
import random
import re
import sys
from pathlib import Path

import trialink as tl

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_abstracts import SEED, _split  # noqa: E402

HERE = Path(__file__).resolve().parent
EPMC = "europepmc/search_core_query-cancer_page1.json"
EARLIER = ("selection.csv", "estimates_dev.csv", "estimates_test.csv", "abstract_estimates.csv",
           "heldout_abstract_estimates.csv")
BROAD = re.compile(r"(?i:hazard|odds|relative\s+risk|risk\s+ratio|rate\s+ratio|incidence\s+ratio|not\s+reached"
                   r"|\bmedian\b)|\b(?:a?HRs?|a?ORs?|RRs?|IRRs?|RH)\b")
N_UNCUED = 20


def abstracts(corpus: Path) -> dict[str, tuple[str, str]]:
    """PMID -> (corpus-relative document, abstract), first file (in name order) wins."""
    out: dict[str, tuple[str, str]] = {}
    for path in sorted((corpus / "pubmed").iterdir()):
        try:
            records = list(tl.read_records(path, on_error="warn"))
        except tl.TrialinkError:  # not a record file (esearch, elink, provenance ...)
            continue
        for rec in records:
            pmid, text = getattr(rec, "pmid", None), getattr(rec, "abstract", None)
            if pmid and text:
                out.setdefault(pmid, (f"pubmed/{path.name}", text))
    with open(corpus / EPMC) as fh:
        for r in json.load(fh)["resultList"]["result"]:
            key, text = r.get("pmid") or r.get("id"), r.get("abstractText")
            if key and text:
                out.setdefault(key, (EPMC, text))
    return out


def main() -> None:
    corpus = Path(os.environ.get("TRIALINK_CORPUS", "../shared/corpus"))
    before: set[str] = set()
    for name in EARLIER:
        with open(HERE / name, newline="") as fh:
            before.update(row["pmid"] for row in csv.DictReader(fh))
    texts = {k: v for k, v in abstracts(corpus).items() if k not in before}
    cued = [(doc, pmid) for pmid, (doc, text) in texts.items() if BROAD.search(text)]
    pool = sorted(((doc, pmid) for pmid, (doc, text) in texts.items()
                   if not BROAD.search(text) and len(text) >= 400),
                  key=lambda r: (r[0], int(r[1]) if r[1].isdigit() else 0, r[1]))
    uncued = random.Random(SEED + 3).sample(pool, N_UNCUED)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["document", "pmid", "split", "part", "cued"])
    for doc, pmid in sorted(cued + uncued, key=lambda r: (r[0], int(r[1]) if r[1].isdigit() else 0)):
        out.writerow([doc, pmid, _split(pmid), 3, int((doc, pmid) in set(cued))])


if __name__ == "__main__":
    main()
