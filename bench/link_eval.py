"""Evaluate registry ↔ publication linking on what the offline corpus supports.

1. PubMed DataBank as ground truth: for every corpus article whose DataBank / MEDLINE SI
   lists a trial number, is the link found *without* DataBank evidence (registry number in
   title/abstract only)? Prints precision, recall, recall@1.
2. Registry references: how many CT.gov corpus trials' RESULT/DERIVED PMIDs are in the
   corpus (none today: printed so that the gap is visible).
3. The manually coded EUCTR → NCT → publication data set (DeVito et al., BMJ Medicine 2024;
   522 trials): the ceiling of ID-only linking (share of journal publications that cite any
   registry number, and the EudraCT number in particular), and whether every DOI and NCT
   number in it parses.

Usage: ``python bench/link_eval.py [--corpus DIR]``.
"""

from __future__ import annotations

import argparse
import csv
import os
from pathlib import Path

import pandas as pd

import trialink as tl
from trialink.link import evaluate_links, link


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=os.environ.get("TRIALINK_CORPUS", "../shared/corpus"))
    corpus = Path(ap.parse_args().corpus)

    pubs = [p for p in tl.read_publications(corpus / "pubmed", on_error="collect")]
    gold = sorted({(a.id, p.pmid) for p in pubs for a in p.accessions if a.where == "databank" and p.pmid})
    trial_ids = sorted({t for t, _ in gold})
    stubs = [tl.Trial(trial_id=t, registry=tl.parse_id(t).registry, provenance=tl.Provenance("stub"),
                      nct_id=t if t.startswith("NCT") else None) for t in trial_ids]
    links = link(stubs, pubs, fuzzy=False, exclude_evidence={"pubmed_databank"})
    table = evaluate_links(links, pd.DataFrame(gold, columns=["trial_id", "pmid"]), threshold=0.5, ks=(1,))
    print(f"1. DataBank truth ({len(gold)} trial-article pairs, {len(trial_ids)} trials, {len(pubs)} articles); "
          f"links from registry numbers in title/abstract only:")
    print(table.to_string(index=False))

    trials = list(tl.read_trials(corpus / "ctgov", on_error="collect"))
    refs = {(t.trial_id, r.pmid) for t in trials for r in t.references if r.pmid and r.type in ("RESULT", "DERIVED")}
    have = {p.pmid for p in pubs}
    print(f"\n2. Registry RESULT/DERIVED references: {len(refs)} pairs, {sum(1 for _, p in refs if p in have)} with the "
          f"article in the corpus (not evaluable offline).")

    rows = list(csv.DictReader(open(corpus / "euctr" / "euctr_pub_search_final_dataset.csv", newline="")))
    published = [r for r in rows if r["journal_result"] == "Yes" and r["journal_link"]]
    cites_any = [r for r in published if r["journal_reg_numbers"] not in ("", "None")]
    cites_eudract = [r for r in published if "EudraCT" in r["journal_reg_numbers"]]
    bad_doi = [r["journal_link"] for r in published if "doi.org/" in r["journal_link"]
               and not _parses(r["journal_link"].split("doi.org/", 1)[1], "DOI")]
    bad_nct = [r["nct_id"] for r in rows if r["nct_id"] and not _parses(r["nct_id"], "ClinicalTrials.gov")]
    bad_eu = [r["euctr_id"] for r in rows if not _parses(r["euctr_id"], "EudraCT")]
    print(f"\n3. EUCTR coded sample: {len(rows)} trials, {len(published)} with a journal publication found by hand.")
    print(f"   ID-only linking ceiling: {len(cites_any)}/{len(published)} = {len(cites_any) / len(published):.0%} of "
          f"publications cite any registry number; {len(cites_eudract)} ({len(cites_eudract) / len(published):.0%}) "
          f"cite the EudraCT number.")
    print(f"   Identifier grammar: {len(bad_eu)} EudraCT, {len(bad_nct)} NCT, {len(bad_doi)} DOI values fail to parse"
          + (f": {bad_eu[:3] + bad_nct[:3] + bad_doi[:3]}" if bad_eu or bad_nct or bad_doi else "."))


def _parses(value: str, registry: str) -> bool:
    try:
        return tl.parse_id(value, expect=registry, bare_digits_as_pmid=False) is not None
    except tl.InvalidIdError:
        return False


if __name__ == "__main__":
    main()
