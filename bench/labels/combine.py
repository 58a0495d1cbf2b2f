"""Merge the annotators' batch files into the dev and test label files.

Usage: ``python bench/labels/combine.py [BATCH_DIR]`` (default ``/work/labels``). Reads every
``batch_*.csv`` there and writes its rows to ``estimates_dev.csv`` and ``estimates_test.csv``:
abstracts of ``selection.csv`` by its ``split`` column, in selection order; abstracts the
annotators labelled beyond the selection (a second draw from the same files) by the same
seeded hash of the PMID that made the selection's split (``select_abstracts._split``), after
them. An abstract of the older label files (``LABELLED_BEFORE``: seen while the extractor was
built) is never put in ``test``. Prints how many abstracts and estimates each file holds and
names any selected abstract that no batch labelled.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_abstracts import LABELLED_BEFORE, _split  # noqa: E402

HERE = Path(__file__).resolve().parent
COLUMNS = ["document", "pmid", "measure", "endpoint", "endpoint_text", "value", "value_text", "ci_low", "ci_high",
           "ci_level", "p_operator", "p_value", "unit", "arm", "comparison", "covariate", "population", "context",
           "note"]


def main() -> None:
    batch_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/labels")
    with open(HERE / "selection.csv", newline="") as fh:
        selection = [(r["document"], r["pmid"], r["split"]) for r in csv.DictReader(fh)]
    order = {(d, p): i for i, (d, p, _) in enumerate(selection)}
    split = {(d, p): s for d, p, s in selection}
    seen_before: set[str] = set()
    for name in LABELLED_BEFORE:
        with open(HERE / name, newline="") as fh:
            seen_before |= {r["pmid"] for r in csv.DictReader(fh)}
    rows: dict[tuple[str, str], list[dict[str, str]]] = {}
    for path in sorted(batch_dir.glob("batch_*.csv")):
        with open(path, newline="", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                key = (r["document"].strip(), r["pmid"].strip())
                if key not in split:
                    split[key] = "dev" if key[1] in seen_before else _split(key[1])
                    order[key] = len(order)
                rows.setdefault(key, []).append({c: (r.get(c) or "").strip() for c in COLUMNS})
    for key in order:
        if key not in rows:
            print(f"selected but not labelled: {key}")
    for name in ("dev", "test"):
        keys = sorted((k for k in rows if split[k] == name), key=order.__getitem__)
        out = [r for k in keys for r in rows[k]]
        with open(HERE / f"estimates_{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
            w.writeheader()
            w.writerows(out)
        n_est = sum(1 for r in out if r["measure"])
        print(f"estimates_{name}.csv: {len(keys)} abstracts, {n_est} estimates "
              f"({sum(1 for k in keys if not any(r['measure'] for r in rows[k]))} abstracts with none)")


if __name__ == "__main__":
    main()
