"""Evaluate registry ↔ publication linking on the links the offline corpus holds truth for.

1. Per evidence kind, with that kind hidden. Truth for kind K: every (trial, publication)
   pair that link() joins on K evidence over the whole corpus (PubMed DataBank, Crossref
   clinical-trial-number, registry numbers in abstracts, the trial records' RESULT /
   DERIVED / BACKGROUND references). link() is run again with K excluded
   (``exclude_evidence``), fuzzy candidates on; for each truth pair: is its publication
   ranked first for its trial (recall@1), found at all (recall), and of the links predicted
   for the truth trials (score ≥ 0.5), how many are truth pairs of any kind (precision)?
2. The manually coded EUCTR → NCT/ISRCTN → publication set (DeVito et al., BMJ Medicine
   2024; 522 EudraCT trials). None of its publications is in the corpus, so their records
   are built from the coded facts: the DOI and the registry numbers the coders found the
   publication citing (``journal_reg_numbers``: ClinicalTrials.gov, EUCTR/EudraCT, ISRCTN);
   each EudraCT trial is a record knowing its coded NCT / ISRCTN cross-registrations. This
   measures ID linking through cross-registration: recall@1 and precision of trial → DOI,
   with all registry numbers, then with each registry's numbers hidden.

3. Fuzzy candidates through the blocking index: one made-up article per corpus trial (as
   ``bench/link_scale.py --matching`` makes them: brief title, acronym, drugs, N; no registry
   number) among the corpus publications; how often is a trial's own article its first
   candidate, and found at all. A check that blocking loses little, not a measure of
   real-world fuzzy accuracy (the made-up abstracts are easy).

Usage: ``python bench/link_eval.py [--corpus DIR]``.
"""

from __future__ import annotations

import argparse
import csv
import os
from collections import defaultdict
from pathlib import Path

import pandas as pd
from trialink.link import link
from trialink.model import Accession, Provenance, Publication, SecondaryId, Trial
from trialink.sources.local import read_records


def _pub_key(df: pd.DataFrame) -> pd.Series:
    return df["pmid"].fillna(df["doi"]).fillna(df["citation"]).astype("string")


def _kinds(df: pd.DataFrame) -> list[set[str]]:
    return [{e["kind"] for e in ev} for ev in df["evidence"]]


def score(links: pd.DataFrame, truth: set[tuple[str, str]], everything: set[tuple[str, str]],
          threshold: float = 0.5) -> dict[str, float | int]:
    """recall@1, recall and precision of ``links`` on ``truth`` (precision counts any known true pair)."""
    trials = {t for t, _ in truth}
    scored = links[links["trial_id"].isin(trials)].assign(key=_pub_key(links))
    ranked: dict[str, list[str]] = defaultdict(list)
    for t, k in zip(scored["trial_id"], scored["key"], strict=True):  # links come sorted by trial, then score
        ranked[str(t)].append(str(k))
    predicted = {(str(t), str(k)) for t, k, s in zip(scored["trial_id"], scored["key"], scored["score"], strict=True)
                 if s >= threshold}
    n = len(truth)
    return {"n_truth": n, "trials": len(trials),
            "recall_at_1": sum(1 for t, p in truth if ranked.get(t, [])[:1] == [p]) / n if n else float("nan"),
            "recall": sum(1 for t, p in truth if p in ranked.get(t, [])) / n if n else float("nan"),
            "predicted": len(predicted),
            "precision": len(predicted & everything) / len(predicted) if predicted else float("nan")}


def corpus_eval(corpus: Path) -> pd.DataFrame:
    records = [r for sub in ("ctgov", "pubmed", "europepmc", "crossref")
               for r in read_records(corpus / sub, on_error="collect")]
    trials = [r for r in records if isinstance(r, Trial)]
    pubs = [r for r in records if isinstance(r, Publication)]
    full = link(trials, pubs)
    full = full.assign(key=_pub_key(full), kinds=_kinds(full))
    everything = {(str(t), str(k)) for t, k in zip(full["trial_id"], full["key"], strict=True)}
    in_corpus = {p.pmid for p in pubs} | {p.doi for p in pubs}
    rows = []
    for kind in sorted({k for ks in full["kinds"] for k in ks}):
        truth = {(str(t), str(k)) for t, k, ks in zip(full["trial_id"], full["key"], full["kinds"], strict=True)
                 if kind in ks}
        hidden = link(trials, pubs, exclude_evidence={kind})
        r = score(hidden, truth, everything)
        r["with_article"] = sum(1 for _, k in truth if k in in_corpus)
        rows.append({"evidence_hidden": kind, **r})
    return pd.DataFrame(rows)


_CITED = {"ClinicalTrials.gov": "nct", "EUCTR/EudraCT": "eudract", "ISRCTN": "isrctn"}


def euctr_eval(corpus: Path) -> tuple[pd.DataFrame, int, int]:
    rows = list(csv.DictReader(open(corpus / "euctr" / "euctr_pub_search_final_dataset.csv", newline="",
                                    encoding="utf-8")))
    published = [r for r in rows if r["journal_result"] == "Yes" and "doi.org/" in r["journal_link"]]
    trials, pubs, truth = [], [], set()
    for r in published:
        eu, nct, isrctn = r["euctr_id"], r["nct_id"] or None, r["isrctn_id"] or None
        doi = r["journal_link"].split("doi.org/", 1)[1].strip().lower()
        secondary = tuple(SecondaryId(v, None, None, reg, v) for v, reg in ((nct, "ClinicalTrials.gov"),
                                                                             (isrctn, "ISRCTN")) if v)
        trials.append(Trial(trial_id=eu, registry="EudraCT", provenance=Provenance("euctr coded set"),
                            nct_id=nct, secondary_ids=secondary))
        cited = {_CITED[c.strip()] for c in r["journal_reg_numbers"].split(",") if c.strip() in _CITED}
        numbers = {"eudract": ("EudraCT", eu), "nct": ("ClinicalTrials.gov", nct), "isrctn": ("ISRCTN", isrctn)}
        accessions = tuple(Accession(numbers[c][0], numbers[c][1], "text") for c in sorted(cited) if numbers[c][1])
        pubs.append(Publication(pmid=None, doi=doi, provenance=Provenance("euctr coded set"), accessions=accessions,
                                abstract=" ".join(f"Trial registration: {a.id}." for a in accessions) or None))
        truth.add((eu, doi))
    out = []
    for hidden in (None, "nct", "eudract", "isrctn"):
        keep_pubs = [p if hidden is None else
                     Publication(pmid=None, doi=p.doi, provenance=p.provenance,
                                 accessions=tuple(a for a in p.accessions if _CITED_OF[a.registry] != hidden),
                                 abstract=p.abstract)
                     for p in pubs]
        links = link(trials, keep_pubs, fuzzy=False, keep="trials")
        out.append({"numbers_hidden": hidden or "none", **score(links, truth, truth)})
    return pd.DataFrame(out), len(rows), len(published)


_CITED_OF = {"ClinicalTrials.gov": "nct", "EudraCT": "eudract", "ISRCTN": "isrctn"}


def fuzzy_eval(corpus: Path) -> str:
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from link_scale import _article_for

    records = [r for sub in ("ctgov", "pubmed", "europepmc", "crossref")
               for r in read_records(corpus / sub, on_error="collect")]
    trials = [r for r in records if isinstance(r, Trial)]
    pubs = [r for r in records if isinstance(r, Publication)] + [_article_for(t) for t in trials]
    df = link(trials, pubs, keep="trials")
    cand = df[df["link_type"] == "candidate"]
    first = cand.groupby("trial_id").head(1)
    n = len({t.trial_id for t in trials})
    top = sum(1 for t, p in zip(first["trial_id"], first["pmid"], strict=True) if p == f"m{t}")
    found = sum(1 for t, p in zip(cand["trial_id"], cand["pmid"], strict=True) if p == f"m{t}")
    return (f"{n} trials: own made-up article ranked first for {top} ({top / n:.0%}), found for {found} "
            f"({found / n:.0%}); {len(cand)} candidates in all")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=os.environ.get("TRIALINK_CORPUS", "../shared/corpus"))
    corpus = Path(ap.parse_args().corpus)
    pd.set_option("display.width", 200)
    table = corpus_eval(corpus)
    print("1. Corpus links, each evidence kind hidden in turn (truth: the pairs that kind joins; with_article: "
          "truth pairs whose publication record is in the corpus)")
    print(table.to_string(index=False, float_format=lambda x: f"{x:.2f}"))
    euctr, n_rows, n_pub = euctr_eval(corpus)
    print(f"\n2. EUCTR coded set: {n_rows} trials, {n_pub} with a journal publication found by hand (DOI); "
          "publication records built from the coded facts (DOI + registry numbers it cites)")
    print(euctr.to_string(index=False, float_format=lambda x: f"{x:.2f}"))
    print(f"\n3. Fuzzy candidates, one made-up matching article per trial among the corpus publications: "
          f"{fuzzy_eval(corpus)}")


if __name__ == "__main__":
    main()
