"""Accuracy of find_ids on hand-labelled ID strings from the corpus (bench/labels/id_strings.csv).

Each row is a string as the corpus writes it (a registration sentence's ID fragment, a
secondary-ID field, a DataBank accession, a Crossref number, an EUCTR field) with the IDs a
reader finds in it, labelled by hand before find_ids was run on them. A row is right when
find_ids returns exactly the labelled set of (registry, canonical ID); trial registries
only (DOIs, PMIDs are not labelled). Prints accuracy per class and overall, and every miss.

Usage: ``python bench/id_eval.py [--labels bench/labels/id_strings.csv]``.
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from pathlib import Path

from trialink.ids import TRIAL_REGISTRIES, find_ids


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", default=str(Path(__file__).parent / "labels" / "id_strings.csv"))
    rows = list(csv.DictReader(open(ap.parse_args().labels, newline="", encoding="utf-8")))
    right: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    misses = []
    for r in rows:
        want = {tuple(x.split(":", 1)) for x in r["expected"].split()}
        got = {(m.registry, m.id) for m in find_ids(r["text"]) if m.registry in TRIAL_REGISTRIES}
        total[r["class"]] += 1
        if got == want:
            right[r["class"]] += 1
        else:
            misses.append((r["class"], r["text"], sorted(want), sorted(got)))
    print(f"{'class':<14}{'right':>7}{'rows':>6}{'accuracy':>10}")
    for c in sorted(total):
        print(f"{c:<14}{right[c]:>7}{total[c]:>6}{right[c] / total[c]:>10.0%}")
    n, k = sum(total.values()), sum(right.values())
    print(f"{'all':<14}{k:>7}{n:>6}{k / n:>10.0%}")
    for c, text, want, got in misses:
        print(f"miss [{c}] {text!r}: labelled {want}, found {got}")


if __name__ == "__main__":
    main()
