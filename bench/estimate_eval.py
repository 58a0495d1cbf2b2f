"""Score text extraction of estimates against hand labels: recall and precision per class.

Label sets:

- ``../shared/gold/seed_estimates.csv`` on the five seeds (must stay exact);
- ``bench/labels/estimates_dev.csv`` and ``estimates_test.csv``: abstracts drawn from the PubMed
  files of the corpus and labelled by hand (protocol: ``bench/labels/README.md``; merged by
  ``combine.py``), split 70% ``dev`` (developed on) / 30% ``test`` (scored only);
- ``bench/labels/abstract_estimates.csv`` and ``heldout_abstract_estimates.csv``: the older, smaller
  label files (``old``);
- ``bench/labels/estimates_part3.csv``: abstracts of the rest of the corpus (PubMed and Europe PMC
  files), split ``dev`` / ``test`` by ``selection_part3.csv`` (rows ``p3-dev``, ``p3-test``);
- ``bench/labels/challenge.csv`` + ``challenge_estimates.csv``: short passages written for the
  failure classes of issue 12, labelled by hand, split ``dev`` / ``test`` (rows ``ch-dev``,
  ``ch-test``). Misses are printed for the dev rows only (``--misses`` adds the test rows);
- ``bench/labels/set_{c,d,e,f,g,h}.csv`` + ``set_*_estimates.csv``: whole abstracts written and labelled
  by independent authors who never saw the extractor (rows ``C-`` … ``H-dev/test``);
  ``heldout_b*.csv`` (row ``B-test``, scores only, with ``--heldout-b``).

Classes:

- ``ratio``: HR / OR / RR / IRR; a found estimate is correct when measure, value and CI limits
  are equal to the label, as printed (P values are not part of the match);
- ``median``: medians of outcomes; value (or "not reached"), CI limits and unit equal;
- ``context``: a ratio or median that is correct *and* carries the labelled context
  (result / background / design); recall over all labels, precision over all found.

Every estimate is scored, design assumptions and background results included (they carry their
context). Texts are read with trialink's own parsers as ``title + "\\n" + abstract``, exactly as
``show_abstracts.py`` shows them to the annotators.

Usage::

    python bench/estimate_eval.py                  # seeds, old labels, dev, p3-dev, ch-dev; dev misses
    python bench/estimate_eval.py --split test     # the held-out scores (test, p3-test, ch-test; no misses)
    python bench/estimate_eval.py --split both     # every row
    python bench/estimate_eval.py --split test --misses   # and the test misses (not for tuning)
    python bench/estimate_eval.py --speed          # abstracts/s of extraction on a baseline stream
    python bench/estimate_eval.py --external passages.csv labels.csv [more_labels.csv …] --split test
                                                   # a labelled set of your own, kept outside the project
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import time
from collections import Counter
from pathlib import Path

import trialink as tl
from rapidfuzz import fuzz
from trialink.outcomes import extract_estimates

HERE = Path(__file__).resolve().parent
RATIOS = ("HR", "OR", "RR", "IRR")
SHOW_MEANING = False  # --show-meaning: print each disagreement of meaning on the rows whose misses are shown


def _f(s: str | None) -> float | None:
    s = (s or "").strip()
    return float(s) if s else None


def _vt(s: str | None) -> str | None:
    """A median's value text reduced to its meaning: NR (not reached) or NE (not estimable)."""
    s = (s or "").strip().lower()
    if not s:
        return None
    if "reach" in s or s == "nr":
        return "NR"
    if "estim" in s or "evaluab" in s or s == "ne":
        return "NE"
    # (a range printed with an en dash, "3–6", and the same range with a hyphen are one value text; its unit is
    # the unit column's: "> 1 year" and "> 1" are one value text)
    s = re.sub(r"\s*(?:years?|months?|weeks?|days?|hours?|minutes?)$", "", s)
    return re.sub(r"\s*[\u2013\u2014-]\s*", "-", s)


def _klass(measure: str) -> str | None:
    return "ratio" if measure in RATIOS else "median" if measure == "median" else None


def _label_key(r: dict[str, str]) -> tuple:
    if r["measure"] == "median":
        return ("median", _f(r["value"]), _vt(r.get("value_text")), _f(r["ci_low"]), _f(r["ci_high"]),
                (r.get("unit") or "").strip() or None)
    return (r["measure"], _f(r["value"]), _f(r["ci_low"]), _f(r["ci_high"]))


def _found_key(e: tl.Estimate) -> tuple:
    if e.measure == "median":
        return ("median", e.value, _vt(e.value_text) if e.value is None else None, e.ci_low, e.ci_high, e.unit)
    return (e.measure, e.value, e.ci_low, e.ci_high)


def _texts(corpus: Path, wanted: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for doc in sorted({d for d, _ in wanted}):
        pmids = {p for d, p in wanted if d == doc}
        for rec in tl.read_records(corpus / doc, on_error="warn"):
            if getattr(rec, "pmid", None) in pmids:
                out[(doc, rec.pmid)] = f"{rec.title or ''}\n{rec.abstract or ''}"
    return out


def _label_population(text: str | None) -> str | None:
    """The population kind of a label (``overall``, ``subgroup: …``, ``per-protocol``…); None when the
    annotator wrote ``unknown`` or nothing (then there is nothing to agree with)."""
    t = (text or "").strip().lower()
    if not t or t == "unknown":
        return None
    if t.startswith("subgroup"):
        return "subgroup"
    if "protocol" in t or "treated" in t or "on-treatment" in t:
        return "per_protocol"
    if "modified" in t or "mitt" in t:
        return "modified_itt"
    return t


def _label_groups(text: str | None) -> tuple[str, str] | None:
    """The two groups of a label's ``comparison`` ("A vs B"), or None when it names no pair."""
    parts = re.split(r"\s+(?:vs\.?|versus|v\.?|compared\s+with)\s+", (text or "").strip(), maxsplit=1, flags=re.I)
    return (parts[0], parts[1]) if len(parts) == 2 and all(p.strip() for p in parts) else None


_GROUP_STOP = frozenset({"and", "plus", "with", "the", "of", "alone", "group", "arm", "a", "an"})


def _same_group(a: str, b: str) -> bool:
    """Whether two names of a group are the same group: "Benralizumab" and "benralizumab 30 mg", "BCT" and
    "Breast Conservation Therapy" (initials), "rifampin+pyrazinamide" and "Rifampin and pyrazinamide"."""
    a, b = a.lower().strip(), b.lower().strip()
    if min(len(a), len(b)) < 3:
        return a == b
    if fuzz.partial_ratio(a, b) >= 80:
        return True
    ta, tb = ([w for w in re.split(r"[\s+/,-]+", x) if w and w not in _GROUP_STOP] for x in (a, b))
    short, long_ = sorted((ta, tb), key=len)
    if short and set(short) <= set(long_):
        return True
    initials = ["".join(w[0] for w in t) for t in (ta, tb)]
    return any(len(x) >= 2 and x == re.sub(r"[^a-z0-9]", "", y) for x, y in ((initials[0], b), (initials[1], a)))


def _groups_meaning(label: tuple[str, str] | None, found: tuple[str, ...], direction: str) -> str | None:
    """``same`` when trialink names the label's two groups in its order, ``unknown`` when it names none
    (or names them in the other order and says the order is unknown), ``other`` (other groups, or the
    reverse order claimed); None when the label names no pair."""
    if label is None:
        return None
    if len(found) < 2:
        return "unknown"
    if _same_group(found[0], label[0]) and _same_group(found[1], label[1]):
        return "same"
    reverse = _same_group(found[0], label[1]) and _same_group(found[1], label[0])
    return "unknown" if reverse and direction == "unknown" else "other"


class Score:
    """Counts per class, and the meaning of matched estimates.

    ``meaning[field]`` is ``[agree, unknown, differ]`` over estimates that are correct (same key as a
    label) and whose label names the field: ``endpoint`` (the end point class; ``unknown`` when trialink
    names none), ``population`` (the population kind; labels of ``unknown`` are left out) and ``groups``
    (ratios whose label names two compared groups and no covariate: the same two groups in the label's
    order, none, or other groups / the reverse order).
    """

    def __init__(self) -> None:
        self.rows: dict[str, list[int]] = {}
        self.meaning: dict[str, list[int]] = {}

    def add_meaning(self, field: str, label: str | None, found: str | None) -> bool | None:
        """Count one matched estimate; True when it agrees, False when not, None when unlabelled."""
        if not label:
            return None
        row = self.meaning.setdefault(field, [0, 0, 0])
        found_l = (found or "unknown").lower().replace("idfs", "dfs")
        row[0 if found_l == label.lower() else 1 if found_l == "unknown" else 2] += 1
        return found_l == label.lower()

    def print_meaning(self, name: str) -> None:
        for field, (agree, unknown, differ) in self.meaning.items():
            n = agree + unknown + differ
            print(f"{name:<9}{field:<11}{n:>8}{agree:>7}{unknown:>9}{differ:>8}{agree / n if n else 0:>11.3f}")

    def add(self, klass: str, found: Counter, gold: Counter) -> None:
        row = self.rows.setdefault(klass, [0, 0, 0])
        row[0] += sum((found & gold).values())
        row[1] += sum(found.values())
        row[2] += sum(gold.values())

    def print(self, name: str) -> None:
        for klass, (tp, nf, ng) in self.rows.items():
            prec = f"{tp / nf:.3f}" if nf else "  -  "
            rec = f"{tp / ng:.3f}" if ng else "  -  "
            print(f"{name:<9}{klass:<9}{nf:>7}{ng:>7}{tp:>9}{prec:>11}{rec:>9}")


def score_labels(path: Path, corpus: Path, name: str, misses: bool, split: str | None = None) -> Score:
    """Score one label file of corpus abstracts; ``split``: keep only the abstracts of that split of
    ``selection_part3.csv`` (part 3 labels carry no split column)."""
    labels: dict[tuple[str, str], list[dict[str, str]]] = {}
    keep: set[tuple[str, str]] | None = None
    if split is not None:
        with open(HERE / "labels" / "selection_part3.csv", newline="", encoding="utf-8") as fh:
            keep = {(r["document"], r["pmid"]) for r in csv.DictReader(fh) if r["split"] == split}
    with open(path, newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if keep is None or (r["document"], r["pmid"]) in keep:
                labels.setdefault((r["document"], r["pmid"]), []).append(r)
    return _score(labels, _texts(corpus, set(labels)), name, misses)


def score_challenge(split: str, misses: bool) -> Score:
    """Score the synthetic challenge passages (``challenge.csv``: passage_id, split, text) against
    ``challenge_estimates.csv`` (the label columns, keyed by passage_id)."""
    return score_passages("challenge", split, f"ch-{split}", misses)


# Whole abstracts written and labelled by independent authors who never saw the extractor
# (bench/labels/README.md, "Set C" ... "Set H"): C structured abstracts, D journal house styles, E trials
# 1985-2012 across medicine, F outcomes that are times, G oncology 2000-2024, H durations that are and
# are not outcome medians.
WRITTEN_SETS = (("C", "set_c"), ("D", "set_d"), ("E", "set_e"), ("F", "set_f"), ("G", "set_g"), ("H", "set_h"))


def score_passages(stem: str, split: str | None, name: str, misses: bool) -> Score:
    """Score written passages (``<stem>.csv``: passage_id[, split], text) against
    ``<stem>_estimates.csv`` (the label columns, keyed by passage_id); ``split`` None takes all."""
    return score_files(HERE / "labels" / f"{stem}.csv", [HERE / "labels" / f"{stem}_estimates.csv"], split,
                       name, misses)


def score_files(passages: Path, label_files: list[Path], split: str | None, name: str, misses: bool) -> Score:
    """Score the passages of one CSV file (passage_id[, split], text) against label files with the
    columns of ``estimates_dev.csv`` keyed by passage_id; ``split`` None takes all."""
    texts: dict[tuple[str, str], str] = {}
    with open(passages, newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if split is None or r.get("split") == split:
                texts[(passages.stem, r["passage_id"])] = r["text"]
    labels: dict[tuple[str, str], list[dict[str, str]]] = {k: [] for k in texts}
    for path in label_files:
        with open(path, newline="", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                if (passages.stem, r["passage_id"]) in texts:
                    labels[(passages.stem, r["passage_id"])].append(r)
    # The protocol gives every labelled passage at least one row (an empty measure when it has no estimate):
    # a passage without rows was not labelled (yet), and is left out rather than scored as empty.
    unlabelled = [k for k, rows in labels.items() if not rows]
    if unlabelled:
        print(f"  {name}: {len(unlabelled)} of {len(labels)} passages have no label rows and are not scored")
    return _score({k: rows for k, rows in labels.items() if rows}, texts, name, misses)


def _score(labels: dict[tuple[str, str], list[dict[str, str]]], texts: dict[tuple[str, str], str], name: str,
           misses: bool) -> Score:
    sc = Score()
    for key, rows in labels.items():
        if key not in texts:
            print(f"  {name}: no text for {key}")
            continue
        found_all = [e for e in extract_estimates(texts[key]) if _klass(e.measure)]
        gold_rows = [r for r in rows if _klass(r["measure"])]
        for klass in ("ratio", "median"):
            f = Counter(_found_key(e) for e in found_all if _klass(e.measure) == klass)
            g = Counter(_label_key(r) for r in gold_rows if _klass(r["measure"]) == klass)
            sc.add(klass, f, g)
            if misses:
                for k in g - f:
                    print(f"  {name} missed {klass:<6} {key[1]}: {k}")
                for k in f - g:
                    print(f"  {name} extra  {klass:<6} {key[1]}: {k}")
        pairs: dict[tuple, list[tl.Estimate]] = {}
        for e in found_all:
            pairs.setdefault(_found_key(e), []).append(e)
        for r in gold_rows:
            if pairs.get(_label_key(r)):
                e = pairs[_label_key(r)].pop(0)
                for field, label, got in (("endpoint", (r.get("endpoint") or "").strip(), e.endpoint),
                                          ("population", _label_population(r.get("population")),
                                           e.population_kind)):
                    if sc.add_meaning(field, label, got) is False and misses and SHOW_MEANING:
                        print(f"  {name} {field} {key[1]}: {_label_key(r)} labelled {label!r} "
                              f"({r.get('endpoint_text') or r.get('population')}), found {got!r} "
                              f"({e.endpoint_text if field == 'endpoint' else e.population})")
                if _klass(e.measure) == "ratio" and not (r.get("covariate") or "").strip():
                    lg = _label_groups(r.get("comparison"))
                    verdict = _groups_meaning(lg, e.groups, e.direction_source)
                    if sc.add_meaning("groups", "same" if verdict else None, verdict) is False and misses \
                            and SHOW_MEANING:
                        print(f"  {name} groups {key[1]}: {_label_key(r)} labelled {r.get('comparison')!r}, "
                              f"found {e.groups!r} ({e.direction_source})")
        f = Counter(_found_key(e) + ((e.context or "result"),) for e in found_all)
        g = Counter(_label_key(r) + ((r.get("context") or "result").strip(),) for r in gold_rows)
        sc.add("context", f, g)
        if misses:
            fk, gk = Counter(k[:-1] for k in f), Counter(k[:-1] for k in g)
            for k in (g - f):
                if gk[k[:-1]] and fk[k[:-1]]:
                    print(f"  {name} context {key[1]}: {k[:-1]} labelled {k[-1]}, found "
                          f"{[x[-1] for x in f if x[:-1] == k[:-1]]}")
    return sc


def score_seeds(corpus: Path) -> Score:
    gold: dict[str, Counter] = {}
    with open(corpus.parent / "gold" / "seed_estimates.csv", newline="") as fh:
        for r in csv.DictReader(fh):
            who = "" if r["whose_result"].startswith("this study") else r["whose_result"].split(" (")[0]
            gold.setdefault(r["seed_file"], Counter())[(r["measure"], _f(r["value"]), _f(r["ci_low"]),
                                                        _f(r["ci_high"]), who)] += 1
    sc = Score()
    for seed in sorted((corpus.parent / "seeds").iterdir()):
        found = Counter((e.measure, e.value, e.ci_low, e.ci_high, e.subject if e.context == "background" else "")
                        for e in extract_estimates(seed.read_text(encoding="utf-8"))
                        if e.context != "design" and e.value is not None)
        g = gold.get(seed.name, Counter())
        sc.add("exact", found, g)
        for k in g - found:
            print(f"  seeds missed {seed.name}: {k}")
        for k in found - g:
            print(f"  seeds extra  {seed.name}: {k}")
    return sc


STREAMS = {
    # MEDLINE/PubMed XML samples: what a baseline file holds (most abstracts have no estimate)
    "baseline-like": ("baseline-excerpt_pubmed21n1002.xml.gz", "medline16n0902_excerpt.xml.gz",
                      "update-excerpt_pubmed20n1203.xml.gz", "nlm_medsamp2016.xml"),
    # RCT reports only (the robotreviewer test set): the worst case, almost every abstract has numbers
    "RCT-only": ("medline_robotreviewer_rct-test_1000rec.txt",),
}


def speed(corpus: Path, n: int) -> None:
    """For each stream: parse its PubMed files, then extract from ``n`` abstracts (its records
    repeated); both rates from the same run, so under the same machine load."""
    for name, files in STREAMS.items():
        paths = [corpus / "pubmed" / f for f in files]
        t = time.perf_counter()
        pubs = [p for f in paths for p in tl.read_records(f, on_error="warn")]
        parse_dt = time.perf_counter() - t
        texts = [f"{p.title or ''}\n{p.abstract or ''}" for p in pubs if getattr(p, "title", None) is not None]
        stream = (texts * (n // len(texts) + 1))[:n]
        t = time.perf_counter()
        k = sum(len(extract_estimates(s)) for s in stream)
        dt = time.perf_counter() - t
        chars = sum(map(len, stream))
        print(f"{name}: parsing {len(pubs)} records ({len(files)} files) at {len(pubs) / parse_dt:,.0f} records/s; "
              f"extraction {n} abstracts ({len(texts)} distinct, {chars / n:.0f} chars each) at "
              f"{n / dt:,.0f} abstracts/s ({k} estimates; one process)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=os.environ.get("TRIALINK_CORPUS", "../shared/corpus"))
    ap.add_argument("--split", choices=["dev", "test", "both"], default="dev")
    ap.add_argument("--misses", action="store_true", help="print misses of the test split too")
    ap.add_argument("--heldout-b", action="store_true",
                    help="also score held-out set B (scores only; its misses are never printed)")
    ap.add_argument("--external", nargs="+", type=Path, metavar="CSV",
                    help="score only a set of your own: a passages CSV (passage_id, split, text) then its "
                         "label CSVs (columns of estimates_dev.csv); misses are printed for dev rows only")
    ap.add_argument("--speed", type=int, nargs="?", const=20000, default=0, metavar="N",
                    help="time extraction over N abstracts (default 20000)")
    ap.add_argument("--show-meaning", action="store_true",
                    help="print each end point or population that disagrees with its label (dev rows)")
    args = ap.parse_args()
    global SHOW_MEANING
    SHOW_MEANING = args.show_meaning
    corpus = Path(args.corpus)
    if args.speed:
        speed(corpus, args.speed)
        return
    if args.external:
        passages, *label_files = args.external
        ext = []
        for split in ("dev", "test"):
            if args.split in (split, "both"):
                shown = split == "dev" or args.misses
                ext.append((f"ext-{split}", score_files(passages, label_files, split, f"ext-{split}", shown)))
        print(f"\n{'set':<9}{'class':<9}{'found':>7}{'gold':>7}{'correct':>9}{'precision':>11}{'recall':>9}")
        for name, sc in ext:
            sc.print(name)
        _print_meaning(ext)
        return
    results: list[tuple[str, Score]] = [("seeds", score_seeds(corpus))]
    if args.split in ("dev", "both"):
        results.append(("old", score_labels(HERE / "labels" / "abstract_estimates.csv", corpus, "old", True)))
        old2 = score_labels(HERE / "labels" / "heldout_abstract_estimates.csv", corpus, "old", True)
        for k, v in old2.rows.items():
            results[-1][1].rows[k] = [a + b for a, b in zip(results[-1][1].rows.get(k, [0, 0, 0]), v, strict=False)]
        if (HERE / "labels" / "estimates_dev.csv").exists():
            results.append(("dev", score_labels(HERE / "labels" / "estimates_dev.csv", corpus, "dev", True)))
    if args.split in ("test", "both"):
        results.append(("test", score_labels(HERE / "labels" / "estimates_test.csv", corpus, "test", args.misses)))
    part3 = HERE / "labels" / "estimates_part3.csv"
    challenge = HERE / "labels" / "challenge_estimates.csv"
    for split in ("dev", "test"):
        if args.split not in (split, "both"):
            continue
        shown = split == "dev" or args.misses
        if part3.exists():
            results.append((f"p3-{split}", score_labels(part3, corpus, f"p3-{split}", shown, split=split)))
        if challenge.exists():
            results.append((f"ch-{split}", score_challenge(split, shown)))
        for letter, stem in WRITTEN_SETS:
            if (HERE / "labels" / f"{stem}_estimates.csv").exists():
                results.append((f"{letter}-{split}", score_passages(stem, split, f"{letter}-{split}", shown)))
    if args.heldout_b:
        # Held-out set B (bench/labels/README.md): written by a second author for scoring only; its
        # misses are never printed, so nobody developing the extractor reads them.
        results.append(("B-test", score_passages("heldout_b", None, "B-test", False)))
    print(f"\n{'set':<9}{'class':<9}{'found':>7}{'gold':>7}{'correct':>9}{'precision':>11}{'recall':>9}")
    for name, sc in results:
        sc.print(name)
    _print_meaning(results)


def _print_meaning(results: list[tuple[str, Score]]) -> None:
    print(f"\nMeaning of correct estimates against their labels (agree / trialink says unknown / another class)\n"
          f"{'set':<9}{'field':<11}{'matched':>8}{'agree':>7}{'unknown':>9}{'differ':>8}{'agreement':>11}")
    for name, sc in results:
        sc.print_meaning(name)


if __name__ == "__main__":
    main()
