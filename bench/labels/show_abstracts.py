"""Print the title and abstract of selected records, for labelling by hand.

Usage: ``python bench/labels/show_abstracts.py SELECTION.csv [--batch K --of N] [--split dev|test]``.
Prints each record as ``=== PMID <pmid> (<document>) ===`` then its title and abstract, exactly
as trialink's parsers read them. Nothing is written to the project.
"""

from __future__ import annotations

import argparse
import csv
import os
from collections import defaultdict
from pathlib import Path

import trialink as tl


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("selection")
    ap.add_argument("--batch", type=int, default=0)
    ap.add_argument("--of", type=int, default=1)
    ap.add_argument("--split", choices=["dev", "test"])
    ap.add_argument("--part", choices=["1", "2"])
    args = ap.parse_args()
    corpus = Path(os.environ.get("TRIALINK_CORPUS", "../shared/corpus"))
    with open(args.selection, newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if args.split in (None, r["split"]) and args.part in (None, r["part"])]
    rows = [r for i, r in enumerate(rows) if i % args.of == args.batch]
    wanted: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        wanted[r["document"]].add(r["pmid"])
    texts = {}
    for doc, pmids in wanted.items():
        for rec in tl.read_records(corpus / doc, on_error="warn"):
            if getattr(rec, "pmid", None) in pmids:
                texts[(doc, rec.pmid)] = rec
    for r in rows:
        rec = texts[(r["document"], r["pmid"])]
        print(f"=== PMID {r['pmid']} ({r['document']}) ===")
        print(f"TITLE: {rec.title}")
        print(rec.abstract)
        print()


if __name__ == "__main__":
    main()
