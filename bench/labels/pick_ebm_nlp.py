"""Draw external set U: real RCT abstracts from EBM-NLP that stay outside the project.

The texts come from the public EBM-NLP corpus (github.com/bepnye/EBM-NLP, commit 43a4a1e,
``ebm_nlp_difficulty.tar.gz``: ``documents/<PMID>.tokens``, PubMed titles and abstracts of
randomised trials, one token per line). The tokens are joined back into print: no space before
closing punctuation and ``%``, none after an opening bracket; section labels stay as the corpus
has them (words without a colon). Abstracts of 400–4,000 characters whose PMID is not in
``../shared/corpus/pubmed`` are candidates; set U is 120 cued (ratio or median cue, as
``pick_external.py``) and 30 uncued abstracts drawn with a fixed seed, split 70/30 by a seeded
hash of the PMID.

Neither texts nor labels are committed, for the reasons given in ``pick_external.py``; scores are
printed by ``bench/estimate_eval.py --external``.

Usage::

    python bench/labels/pick_ebm_nlp.py DOCUMENTS_DIR CORPUS_PUBMED_DIR OUT_DIR
        # writes OUT_DIR/set_u.csv (passage_id, split, text)
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
SEED, N_CUED, N_PLAIN = 20261207, 120, 30


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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("documents", type=Path, help="EBM-NLP's documents folder (*.tokens)")
    ap.add_argument("corpus_pubmed", type=Path, help="../shared/corpus/pubmed, to exclude its PMIDs")
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    seen = corpus_pmids(args.corpus_pubmed)
    pool: list[tuple[str, str, bool]] = []
    for path in sorted(args.documents.glob("*.tokens")):
        if path.stem in seen:
            continue
        text = detokenize(path.read_text(encoding="utf-8").splitlines())
        if 400 <= len(text) <= 4000:
            pool.append((path.stem, text, bool(RATIO_CUE.search(text) or MEDIAN_CUE.search(text))))
    cued = [(p, t) for p, t, c in pool if c]
    plain = [(p, t) for p, t, c in pool if not c]
    rng = random.Random(SEED)
    chosen = rng.sample(cued, N_CUED) + rng.sample(plain, N_PLAIN)
    rng.shuffle(chosen)
    with open(args.out / "set_u.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["passage_id", "split", "text"])
        for pid, text in chosen:
            w.writerow([pid, split("u", pid), text])
    print(f"set U: {len(chosen)} abstracts ({len(cued)} cued candidates, {len(seen)} corpus PMIDs "
          f"excluded), {sum(split('u', p) == 'test' for p, _ in chosen)} test")


if __name__ == "__main__":
    main()
