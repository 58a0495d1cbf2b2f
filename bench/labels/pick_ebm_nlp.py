"""Draw external sets U, V and W: real RCT abstracts from EBM-NLP that stay outside the project.

The texts come from the public EBM-NLP corpus (github.com/bepnye/EBM-NLP, commit 43a4a1e,
``ebm_nlp_difficulty.tar.gz``: ``documents/<PMID>.tokens``, PubMed titles and abstracts of
randomised trials, one token per line). The tokens are joined back into print: no space before
closing punctuation and ``%``, none after an opening bracket; section labels stay as the corpus
has them (words without a colon). Abstracts of 400–4,000 characters whose PMID is not in
``../shared/corpus/pubmed`` are candidates; set U is 120 cued (ratio or median cue, as
``pick_external.py``) and 30 uncued abstracts drawn with a fixed seed, split 70/30 by a seeded
hash of the PMID. Set V (``--name v``) is drawn the same way with its own seed from the abstracts
left after set U and after any PMID listed in ``--exclude`` files (abstracts a developer has
already read the extractor's output on): 96 cued and 24 uncued. Set W (``--name w``, excluding U
and V too) is the 38 cued abstracts left and 12 uncued.

Neither texts nor labels are committed, for the reasons given in ``pick_external.py``; scores are
printed by ``bench/estimate_eval.py --external``.

Usage::

    python bench/labels/pick_ebm_nlp.py DOCUMENTS_DIR CORPUS_PUBMED_DIR OUT_DIR
        # writes OUT_DIR/set_u.csv (passage_id, split, text)
    python bench/labels/pick_ebm_nlp.py DOCUMENTS_DIR CORPUS_PUBMED_DIR OUT_DIR --name v \
        --exclude OUT_DIR/set_u.csv READ_PMIDS.txt
        # writes OUT_DIR/set_v.csv
"""

from __future__ import annotations

import argparse
import csv
import gzip
import random
import re
from pathlib import Path

from pick_external import MEDIAN_CUE, RATIO_CUE, split

NO_SPACE_BEFORE = re.compile(r" ([,.;:?!)\]%}]|'s\b)")
NO_SPACE_AFTER = re.compile(r"([(\[{]) ")
SETS = {"u": (20261207, 120, 30), "v": (20261204, 96, 24), "w": (20261208, 38, 12)}  # seed, cued, uncued


def detokenize(tokens: list[str]) -> str:
    """Join one-per-line tokens back into printed text."""
    text = " ".join(t for t in tokens if t)
    return NO_SPACE_AFTER.sub(r"\1", NO_SPACE_BEFORE.sub(r"\1", text))


def corpus_pmids(folder: Path) -> set[str]:
    """Every PMID printed in the corpus's PubMed files (plain or gzipped XML)."""
    found: set[str] = set()
    for path in folder.iterdir():
        if path.suffix == ".gz":
            raw = gzip.open(path, "rt", encoding="utf-8", errors="replace").read()
        elif path.suffix == ".xml":
            raw = path.read_text(encoding="utf-8", errors="replace")
        else:
            continue
        found |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", raw))
    return found


def excluded_pmids(paths: list[Path]) -> set[str]:
    """PMIDs to leave out: first column of a set CSV, or every 7–8 digit number of a text file."""
    found: set[str] = set()
    for path in paths:
        if path.suffix == ".csv":
            with open(path, newline="", encoding="utf-8") as fh:
                found |= {row["passage_id"] for row in csv.DictReader(fh)}
        else:
            found |= set(re.findall(r"\b\d{7,8}\b", path.read_text(encoding="utf-8")))
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("documents", type=Path, help="EBM-NLP's documents folder (*.tokens)")
    ap.add_argument("corpus_pubmed", type=Path, help="../shared/corpus/pubmed, to exclude its PMIDs")
    ap.add_argument("out", type=Path)
    ap.add_argument("--name", choices=sorted(SETS), default="u", help="which set to draw")
    ap.add_argument("--exclude", type=Path, nargs="*", default=[],
                    help="earlier set CSVs or text files of PMIDs to leave out")
    args = ap.parse_args()
    seed, n_cued, n_plain = SETS[args.name]
    seen = corpus_pmids(args.corpus_pubmed)
    left_out = excluded_pmids(args.exclude)
    pool: list[tuple[str, str, bool]] = []
    for path in sorted(args.documents.glob("*.tokens")):
        if path.stem in seen or path.stem in left_out:
            continue
        text = detokenize(path.read_text(encoding="utf-8").splitlines())
        if 400 <= len(text) <= 4000:
            pool.append((path.stem, text, bool(RATIO_CUE.search(text) or MEDIAN_CUE.search(text))))
    cued = [(p, t) for p, t, c in pool if c]
    plain = [(p, t) for p, t, c in pool if not c]
    rng = random.Random(seed)
    chosen = rng.sample(cued, n_cued) + rng.sample(plain, n_plain)
    rng.shuffle(chosen)
    with open(args.out / f"set_{args.name}.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["passage_id", "split", "text"])
        for pid, text in chosen:
            w.writerow([pid, split(args.name, pid), text])
    print(f"set {args.name.upper()}: {len(chosen)} abstracts ({len(cued)} cued candidates, "
          f"{len(seen)} corpus PMIDs and {len(left_out)} listed PMIDs excluded), "
          f"{sum(split(args.name, p) == 'test' for p, _ in chosen)} test")


if __name__ == "__main__":
    main()
