"""Draw the external sets R, S and T: real RCT abstracts that stay outside the project.

The texts come from the public evidence-inference dataset (github.com/jayded/evidence-inference,
commit b9831b6c, ``annotations/abstracts/PMC*.abst``: PubMed Central open-access trial reports).
Only the abstract sections are kept, each as ``LABEL: text`` on its own line, the way trialink's
PubMed parser joins labelled ``AbstractText`` sections. Abstracts of 400–4,000 characters are
candidates; a cue (a ratio name or abbreviation, "median", "not reached") only sorts them into
cued and uncued. Sets R and S are 160 cued and 40 uncued abstracts each, set T the 128 of the
remaining 132 cued and 32 uncued, drawn with a fixed seed (each set excludes the earlier sets'),
split 70/30 by a seeded hash of the PMC id.

Neither the texts nor the labels are committed: they are someone else's prose, and the sets exist
to measure the extractor on text it was not built from. Labels were written by independent
annotators who never saw the extractor, with the columns of ``estimates_dev.csv``; the scores are
printed by ``bench/estimate_eval.py --external``. Figures: the README, "Estimates from text:
round 7".

Usage::

    python bench/labels/pick_external.py ANNOTATIONS_DIR OUT_DIR
        # writes OUT_DIR/set_r.csv, set_s.csv and set_t.csv (passage_id, split, text)
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import re
from pathlib import Path

RATIO_CUE = re.compile(r"\b(?i:hazard|odds|risk|rate|incidence)s?[- ](?i:ratio)|\b(HR|OR|RR|aHR|aOR|IRR)\b|"
                       r"(?i:relative (risk|hazard))")
MEDIAN_CUE = re.compile(r"\bmedian|not reached", re.I)
SECTION = re.compile(r"\n(?=(?:TITLE|ABSTRACT|BODY)[.:A-Z0-9 ]*[.:]\s*\n)")
SETS = (("r", 20261204, 160, 40), ("s", 20261205, 160, 40), ("t", 20261206, 128, 32))


def abstract(text: str) -> str:
    """The abstract sections of one ``.abst`` file, one ``LABEL: text`` line each."""
    out = []
    for part in SECTION.split("\n" + text):
        m = re.match(r"ABSTRACT\.?([A-Z0-9 .]*?)[.:]?\s*\n(.*)", part.strip(), re.S)
        if m:
            label, body = m.group(1).strip().rstrip("."), " ".join(m.group(2).split())
            if body:
                out.append(f"{label}: {body}" if label else body)
    return "\n".join(out)


def split(set_name: str, pid: str) -> str:
    """``test`` for 30 % of the ids (a seeded hash), else ``dev``."""
    h = int(hashlib.sha256(f"20261204:set{set_name}:{pid}".encode()).hexdigest()[:8], 16)
    return "test" if h % 10 < 3 else "dev"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("annotations", type=Path, help="the dataset's annotations/abstracts folder")
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    pool: list[tuple[str, str, bool]] = []
    for path in sorted(args.annotations.glob("PMC*.abst")):
        text = abstract(path.read_text(encoding="utf-8"))
        if 400 <= len(text) <= 4000:
            pool.append((path.stem, text, bool(RATIO_CUE.search(text) or MEDIAN_CUE.search(text))))
    used: set[str] = set()
    for name, seed, n_cued, n_plain in SETS:
        cued = [(p, t) for p, t, c in pool if c and p not in used]
        plain = [(p, t) for p, t, c in pool if not c and p not in used]
        rng = random.Random(seed)
        chosen = rng.sample(cued, n_cued) + rng.sample(plain, n_plain)
        rng.shuffle(chosen)
        used |= {p for p, _ in chosen}
        with open(args.out / f"set_{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["passage_id", "split", "text"])
            for pid, text in chosen:
                w.writerow([pid, split(name, pid), text])
        print(f"set {name.upper()}: {len(chosen)} abstracts ({len(cued)} cued candidates), "
              f"{sum(split(name, p) == 'test' for p, _ in chosen)} test")


if __name__ == "__main__":
    main()
