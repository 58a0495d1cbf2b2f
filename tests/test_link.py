"""Linking: each evidence kind, fuzzy-only candidates, roles, the reverse direction, evaluation."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from trialink import Intervention, Provenance, Publication, Reference, SecondaryId, Trial, parse_file
from trialink.link import CANDIDATE_CAP, evaluate_links, link, trials_for


def _metric(nct: str = "NCT01245062", **kw: object) -> Trial:
    """METRIC as registered (facts: NCT number, acronym, arms, N=322 from the NEJM abstract)."""
    base = dict(trial_id=nct, registry="ClinicalTrials.gov", provenance=Provenance("fixture"), nct_id=nct,
                acronym="METRIC", brief_title="GSK1120212 vs Chemotherapy in Advanced or Metastatic BRAF V600E/K "
                "Mutation-positive Melanoma", official_title="A Phase III Randomized, Open-label Study Comparing "
                "GSK1120212 (trametinib) to Chemotherapy in Subjects With Advanced or Metastatic BRAF V600E/K "
                "Mutation-positive Melanoma", interventions=(Intervention("DRUG", "trametinib"),
                                                             Intervention("DRUG", "dacarbazine"),
                                                             Intervention("DRUG", "paclitaxel")),
                conditions=("Melanoma",), start_date="2010-12", enrollment=322)
    base.update(kw)
    return Trial(**base)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def metric_pub(corpus: Path) -> Publication:
    (p,) = parse_file(corpus / "pubmed" / "efetch_22663011.xml")
    return p  # type: ignore[return-value]


def test_databank_and_registration_sentence_make_a_strong_results_link(metric_pub: Publication) -> None:
    df = link([_metric()], [metric_pub])
    (row,) = df.itertuples()
    kinds = {e["kind"] for e in row.evidence}
    assert kinds == {"pubmed_databank", "id_in_abstract_registration"}
    assert row.score > 0.99 and row.role == "results" and row.link_type == "id"
    assert "NCT01245062" in row.explanation and "22663011" in row.explanation


def test_registry_reference_alone(metric_pub: Publication) -> None:
    trial = _metric("NCT09999999", acronym=None, references=(Reference("22663011", "RESULT"),))
    df = link([trial], [metric_pub], fuzzy=False).set_index("trial_id")
    row = df.loc["NCT09999999"]
    assert [e["kind"] for e in row.evidence] == ["registry_reference_result"]
    assert row.score == pytest.approx(0.90) and row.role == "results" and row.present == "both"
    # The article's own DataBank number is a link too, though that trial's record is not given.
    other = df.loc["NCT01245062"]
    assert other.present == "publication" and other.pmid == "22663011"
    assert {e["kind"] for e in other.evidence} == {"pubmed_databank", "id_in_abstract_registration"}
    bg = link([_metric("NCT09999999", acronym=None, references=(Reference("22663011", "BACKGROUND"),))],
              [metric_pub], fuzzy=False, keep="trials")
    assert list(bg.trial_id) == ["NCT09999999"]
    assert bg.role[0] == "background" and bg.score[0] < 0.5


def test_secondary_id_and_crossref_number(corpus: Path) -> None:
    (cr,) = parse_file(corpus / "crossref" / "works_10.1136_esmoopen-2020-000776.json")
    trial = _metric("NCT03797326", acronym="LEMON", interventions=(Intervention("DRUG", "lenvatinib"),))
    df = link([trial], [cr])  # type: ignore[list-item]
    # The article lists two trial numbers; the other one is a link whose trial record is not loaded.
    assert dict(zip(df.trial_id, df.present, strict=True)) == {"NCT03797326": "both", "NCT04008797": "publication"}
    assert [e["kind"] for e in df.evidence[0]] == ["crossref_trial_number"] and df.doi[0] == cr.doi  # type: ignore[attr-defined]
    eudract = _metric("NCT00000001", secondary_ids=(SecondaryId("2010-019469-26", "EUDRACT_NUMBER", None, "EudraCT",
                                                                "2010-019469-26"),))
    pickard = next(p for p in parse_file(corpus / "pubmed" / "medline16n0902_excerpt.xml.gz") if p.pmid == "25998582")
    found = link([eudract], [pickard], fuzzy=False, keep="trials")  # type: ignore[list-item]
    assert list(found.trial_id) == ["NCT00000001"]
    assert {e["kind"] for e in found.evidence[0]} == {"pubmed_databank", "id_in_abstract_registration"}


def test_fuzzy_only_candidate_ranks_below_id_links(metric_pub: Publication, corpus: Path) -> None:
    # The same trial under an unknown number: no ID in common, found by acronym, drugs, title, N.
    others = [p for p in parse_file(corpus / "pubmed" / "efetch_male-breast-cancer_9rec.xml")]
    df = link([_metric("NCT01234567")], [metric_pub, *others], keep="trials")  # type: ignore[list-item]
    assert list(df.pmid) == ["22663011"]
    row = df.iloc[0]
    kinds = {e["kind"] for e in row.evidence}
    assert {"acronym", "intervention_overlap", "enrollment_match", "published_after_start"} <= kinds
    assert row.link_type == "candidate" and 0.3 <= row.score <= CANDIDATE_CAP
    assert "candidate" in row.explanation


def test_a_cited_id_in_background_text_is_not_a_results_link() -> None:
    pub = Publication(pmid="1", provenance=Provenance("fixture"), title="Rationale for a new trial",
                      abstract="Earlier work (NCT01245062) suggested benefit. We review the evidence.",
                      accessions=(__import__("trialink").Accession("ClinicalTrials.gov", "NCT01245062", "text"),))
    df = link([_metric()], [pub], fuzzy=False)
    assert df.role[0] in ("background", "unknown") and df.score[0] <= 0.5


def test_europepmc_text_mining_counts_by_section(metric_pub: Publication) -> None:
    from dataclasses import replace

    from trialink import Accession

    def mined(*sections: str) -> Publication:
        return replace(metric_pub, accessions=(Accession("ClinicalTrials.gov", "NCT01245062", "europepmc", "nct",
                                                         sections),))

    methods = link([_metric()], [mined("Abstract", "Methods")], fuzzy=False).iloc[0]
    assert [e["kind"] for e in methods.evidence] == ["europepmc_text_mined"]
    # The sections are values of the accession given: both are named in the evidence detail.
    assert {"Abstract", "Methods"} <= set(re.findall(r"\w+", methods.evidence[0]["detail"]))
    assert methods.role == "results"
    # Only where a paper discusses other work: a citation, scored lower, never a results link.
    cited = link([_metric()], [mined("Introduction", "Discussion")], fuzzy=False).iloc[0]
    assert [e["kind"] for e in cited.evidence] == ["europepmc_text_mined_background"]
    assert cited.role == "background" and cited.score < 0.5 < methods.score
    # The reverse direction reads the same evidence.
    assert trials_for([mined("Discussion")]).role[0] == "background"


def test_reverse_direction(metric_pub: Publication) -> None:
    df = trials_for([metric_pub])
    assert list(df.trial_id) == ["NCT01245062"] and df.score[0] > 0.95
    with_trials = trials_for([metric_pub], [_metric()])
    assert list(with_trials.pmid) == ["22663011"]


def test_columns_and_empty_input() -> None:
    df = link([], [])
    assert list(df.columns) == ["trial_id", "pmid", "doi", "evidence", "score", "role", "explanation", "link_type",
                                "title", "pub_date", "citation", "present"] and len(df) == 0
    assert dict(df.dtypes.astype(str)) == {**{c: "string" for c in df.columns}, "evidence": "object",
                                           "score": "float64"}
    with pytest.raises(ValueError, match="keep='some'"):
        link([], [], keep="some")


def test_evaluate_links() -> None:
    links = pd.DataFrame({"trial_id": ["A", "A", "B", "B"], "pmid": ["1", "2", "3", "4"],
                          "score": [0.9, 0.4, 0.95, 0.6]})
    gold = pd.DataFrame({"trial_id": ["A", "B", "C"], "pmid": ["2", "3", "5"]})
    (r,) = evaluate_links(links, gold, ks=(1, 2)).to_dict("records")
    assert (r["n_gold"], r["n_predicted"], r["true_positives"]) == (3, 3, 1)
    assert r["precision"] == pytest.approx(1 / 3) and r["recall"] == pytest.approx(1 / 3)
    assert r["recall_at_1"] == pytest.approx(1 / 3) and r["recall_at_2"] == pytest.approx(2 / 3)


def test_find_publications_runs_every_search_and_links(server, tmp_path: Path, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    from trialink import EuropePmcClient, PubmedClient, make_session
    from trialink.link import find_publications

    from tests.conftest import Reply

    lite = (corpus / "europepmc" / "search_lite_22663011.json").read_bytes()
    efetch = (corpus / "pubmed" / "efetch_22663011.xml").read_bytes()
    server.route("GET", "/eutils/esearch.fcgi",
                 lambda seen: Reply(200, {"esearchresult": {"count": "1", "idlist": ["22663011"]}}
                                    if seen.query["term"] == ["NCT01245062[si]"] else
                                    {"esearchresult": {"count": "0", "idlist": []}}))
    server.route("POST", "/eutils/efetch.fcgi", Reply(200, efetch, {"Content-Type": "text/xml"}))
    server.route("GET", "/epmc/search", Reply(200, lite))
    annotations = (Path(__file__).parent / "fixtures" / "europepmc_annotations.json").read_bytes()
    server.route("GET", "/annotations_api/annotationsByArticleIds", Reply(200, annotations))
    session = make_session(tmp_path / "c", sleep=lambda s: None)
    df = find_publications(["NCT01245062"], pubmed=PubmedClient(session, base_url=server.url + "/eutils"),
                           europepmc=EuropePmcClient(session, base_url=server.url + "/epmc",
                                                     annotations_url=server.url + "/annotations_api"))
    (row,) = df[df.link_type == "id"].itertuples()
    assert row.pmid == "22663011"
    assert {e["kind"] for e in row.evidence} == {"pubmed_databank", "id_in_abstract_registration",
                                                 "europepmc_text_mined"}
    # The Annotations API says where: one piece of Europe PMC evidence, with its sections.
    (mined,) = [e for e in row.evidence if e["kind"] == "europepmc_text_mined"]
    # The fixture's annotations are in the abstract and the methods: both sections are named.
    assert {"Abstract", "Methods"} <= set(re.findall(r"\w+", mined["detail"]))
    assert server.requests[-1].query["articleIds"] == ["MED:22663011"]
    terms = sorted(r.query["term"][0] for r in server.requests if r.path.endswith("esearch.fcgi"))
    assert terms == ["NCT01245062[si]", "NCT01245062[tiab]"]
    assert server.count("/epmc/search") == 1 and server.count("/eutils/efetch.fcgi") == 1


# ---------------------------------------------------------------------------
# The whole corpus: both directions, with only one of the two records present
# ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus_links(corpus: Path) -> tuple[list[Trial], list[Publication], pd.DataFrame]:
    from trialink.sources.local import read_records

    records = [r for sub in ("ctgov", "pubmed", "europepmc", "crossref")
               for r in read_records(corpus / sub, on_error="collect")]
    trials = [r for r in records if isinstance(r, Trial)]
    pubs = [r for r in records if isinstance(r, Publication)]
    return trials, pubs, link(trials, pubs)


def test_a_trials_result_reference_is_a_link_without_the_article(corpus: Path, corpus_links) -> None:  # type: ignore[no-untyped-def]
    import json

    raw = json.loads((corpus / "ctgov" / "v2" / "NCT00791778.json").read_text(encoding="utf-8"))
    listed = {r["pmid"]: r for r in raw["protocolSection"]["referencesModule"]["references"] if r.get("pmid")}
    assert listed["23591401"]["type"] == "RESULT"
    _, pubs, df = corpus_links
    assert "23591401" not in {p.pmid for p in pubs}  # the article itself is not in the corpus
    rows = df[df.trial_id == "NCT00791778"].set_index("pmid")
    assert set(listed) <= set(rows.index)
    row = rows.loc["23591401"]
    assert [e["kind"] for e in row.evidence] == ["registry_reference_result"]
    assert row.present == "trial" and row.role == "results" and row.link_type == "id"
    assert row.citation == listed["23591401"]["citation"]
    assert [e["kind"] for e in rows.loc["37185961"].evidence] == ["registry_reference_derived"]


def test_a_publications_databank_number_is_a_link_without_the_trial(corpus: Path, corpus_links) -> None:  # type: ignore[no-untyped-def]
    from lxml import etree

    tree = etree.parse(str(corpus / "pubmed" / "efetch_22663011.xml"))
    (bank,) = tree.findall(".//DataBank")
    assert bank.findtext("DataBankName") == "ClinicalTrials.gov"
    (number,) = [n.text for n in bank.iter("AccessionNumber")]
    trials, _, df = corpus_links
    assert number not in {t.trial_id for t in trials}
    (row,) = df[(df.pmid == "22663011") & (df.trial_id == number)].itertuples()
    assert "pubmed_databank" in {e["kind"] for e in row.evidence}
    assert row.present == "publication" and row.score > 0.9 and row.title.startswith("Improved survival")


def test_every_registry_reference_and_accession_in_the_corpus_is_listed(corpus_links) -> None:  # type: ignore[no-untyped-def]
    trials, pubs, df = corpus_links
    by_pmid = {(t, p) for t, p in zip(df.trial_id, df.pmid, strict=True)}
    by_citation = {(t, c) for t, c in zip(df.trial_id, df.citation, strict=True)}
    by_pub = {(t, p) for t, p in zip(df.trial_id, df.pmid.fillna(df.doi), strict=True)}
    refs = [(t.trial_id, r) for t in trials for r in t.references]
    assert len(refs) > 300 and sum(1 for _, r in refs if not r.pmid) > 20
    for tid, r in refs:
        assert ((tid, r.pmid) in by_pmid) if r.pmid else ((tid, r.citation) in by_citation), (tid, r)
    accessions = {(a.id, p.pmid or p.doi) for p in pubs for a in p.accessions}
    assert len(accessions) > 50 and accessions <= by_pub
    assert set(df.present) == {"trial", "publication"}  # no trial and article of one study are both in the corpus


def test_cli_link_lists_both_directions(capsys: pytest.CaptureFixture[str], corpus: Path) -> None:
    import json

    from trialink.cli import main

    assert main(["link", "--format", "json", "--corpus", str(corpus)]) == 0
    rows = json.loads(capsys.readouterr().out)
    pairs = {(r["trial_id"], r["pmid"]): r for r in rows}
    assert "registry_reference_result" in pairs[("NCT00791778", "23591401")]["evidence"]
    assert pairs[("NCT01245062", "22663011")]["present"] == "publication"
    assert main(["link", "22663011", "--format", "json", "--corpus", str(corpus)]) == 0
    assert {r["trial_id"] for r in json.loads(capsys.readouterr().out)} == {"NCT01245062"}


def test_each_record_is_read_once_whatever_the_number_of_trials(metric_pub: Publication, corpus: Path) -> None:
    # Cost grows with records, not pairs: one word set per publication, one key set per trial.
    import importlib
    from unittest import mock

    link_module = importlib.import_module("trialink.link")

    others = list(parse_file(corpus / "pubmed" / "efetch_male-breast-cancer_9rec.xml"))
    trials = [_metric(f"NCT0{n:07d}") for n in range(1, 31)]
    pubs = [metric_pub, *others]
    with mock.patch.object(link_module, "_PubText", wraps=link_module._PubText) as texts, \
            mock.patch.object(link_module, "_keys", wraps=link_module._keys) as keys:
        df = link(trials, pubs, keep="trials")  # type: ignore[arg-type]
    assert texts.call_count == len(pubs) and keys.call_count == len(trials)
    # Each of the 30 METRIC-like trials finds the METRIC article as its candidate.
    assert set(df.pmid) == {"22663011"} and len(df) == 30 and set(df.link_type) == {"candidate"}


def test_a_word_too_common_to_tell_trials_apart_does_not_block(metric_pub: Publication) -> None:
    from dataclasses import replace

    # 40 copies of the article under other PMIDs: with block_limit below 41 none of its words blocks.
    copies = [replace(metric_pub, pmid=str(90000000 + n), accessions=()) for n in range(40)]
    trial = _metric("NCT01234567")
    assert len(link([trial], copies, keep="trials", max_candidates=50)) == 40
    assert len(link([trial], copies, keep="trials", block_limit=39)) == 0
    with pytest.raises(ValueError, match="block_limit"):
        link([trial], copies, block_limit=0)


def test_closed_vocabularies_are_the_kinds_the_code_produces(corpus: Path) -> None:
    from typing import get_args

    from trialink import read_records
    from trialink._measures import ENDPOINT_CLASSES
    from trialink.link import EVIDENCE_WEIGHTS, CandidateEvidenceKind, IdEvidenceKind
    from trialink.model import AccessionWhere

    assert set(get_args(IdEvidenceKind)) == set(EVIDENCE_WEIGHTS)
    assert "other" in ENDPOINT_CLASSES and "PFS" in ENDPOINT_CLASSES
    records = [*read_records(corpus / "pubmed", on_error="collect"), *read_records(corpus / "crossref",
                                                                                  on_error="collect")]
    pubs = [r for r in records if isinstance(r, Publication)]
    wheres = {a.where for p in pubs for a in p.accessions}
    assert wheres and wheres <= set(get_args(AccessionWhere))
    df = link([], pubs)
    kinds = {e["kind"] for ev in df["evidence"] for e in ev}
    assert kinds and kinds <= set(get_args(IdEvidenceKind)) | set(get_args(CandidateEvidenceKind))
