"""CTIS and EUCTR: parsers on every corpus record, the CTIS client against a local server, identity."""

from __future__ import annotations

import copy
import csv
import json
import math
import warnings
from pathlib import Path
from typing import Any

import pytest
from trialink import (
    CtisClient,
    DataQualityWarning,
    InvalidIdError,
    OfflineError,
    ParseError,
    RequestError,
    TruncatedResultsWarning,
    corpus_trials,
    design_table,
    identity_evidence,
    identity_table,
    make_session,
    parse_ctis,
    parse_euctr_csv,
    parse_euctr_json,
    parse_euctr_text,
    read_trials,
    resolve_trials,
)
from trialink.cli import main
from trialink.identity import Claim
from trialink.sources import _vocab as vocab
from trialink.tables import DESIGN_COLUMNS

from tests.conftest import LocalServer, Reply, Seen, expect_truncated


def _ctis_record(corpus: Path, number: str) -> dict[str, Any]:
    return json.loads((corpus / "ctis" / "derived" / f"ctrdata_demo_CTIS_{number}.json").read_text(encoding="utf-8"))


def _euctr_record(corpus: Path, name: str) -> dict[str, Any]:
    return json.loads((corpus / "euctr" / "derived" / f"ctrdata_demo_EUCTR_{name}.json").read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------
# CTIS parser
# ---------------------------------------------------------------------------


def test_every_ctis_corpus_record_parses(corpus: Path) -> None:
    files = sorted((corpus / "ctis" / "derived").glob("*.json"))
    assert len(files) == 4
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no unknown code in real records
        trials = [parse_ctis(f.read_bytes(), source=str(f)) for f in files]
    assert [t.trial_id for t in trials] == [f.stem.rsplit("_", 1)[1] for f in files]
    assert {t.provenance.source_format for t in trials} == {"ctis", "ctis_legacy"}
    for t in trials:
        assert t.registry == "CTIS" and t.official_title and t.phases and t.overall_status
        assert t.primary_outcomes and t.arms and t.lead_sponsor and t.countries


def test_transitioned_trial_current_api(corpus: Path) -> None:
    t = parse_ctis(_ctis_record(corpus, "2024-510663-34-00"))
    assert t.provenance.source_format == "ctis"
    assert t.ids_for("EudraCT") == ("2019-001588-63",)
    assert [s.type for s in t.secondary_ids if s.registry == "EudraCT"] == ["EUDRACT_TRANSITIONED"]
    assert t.nct_id == "NCT04494412"
    assert (t.overall_status, t.status_raw) == ("RECRUITING", "4: Ongoing, recruiting")
    assert (t.phases, t.phase_raw) == (("PHASE2",), "4: Therapeutic exploratory (Phase II)")
    assert t.country_statuses == (("Spain", "4: Ongoing, recruiting"), ("Italy", "4: Ongoing, recruiting"))
    assert t.lead_sponsor == "Glaxosmithkline Research & Development Limited" and t.sponsor_class == "INDUSTRY"
    assert t.outcomes[0].measure == "Area under the serum concentration-time curve (AUC)"
    assert [(a.label, a.type, a.interventions) for a in t.arms] == [("Test", "EXPERIMENTAL", ("zanamivir",))]
    assert (t.start_date, t.completion_date, t.enrollment) == ("2021-01-29", "2026-12-09", 11)


def test_legacy_api_resubmission_and_label_status(corpus: Path) -> None:
    t = parse_ctis(_ctis_record(corpus, "2023-508143-51-01"))
    assert t.provenance.source_format == "ctis_legacy"
    assert t.trial_id == "2023-508143-51-01"  # the resubmission suffix is kept
    assert t.ids_for("EudraCT") == ("2021-004994-30",)
    assert (t.overall_status, t.status_raw) == ("NOT_YET_RECRUITING", "Authorised, not started")
    assert (t.phases, t.phase_raw) == (("PHASE4",), "6: Therapeutic use (Phase IV)")
    assert t.countries == ("Netherlands",) and t.conditions == ("Spinal cord Injury",)


def test_associated_trial_is_kept_but_is_not_this_trial(corpus: Path) -> None:
    t = parse_ctis(_ctis_record(corpus, "2022-500244-37-00"))
    assoc = [s for s in t.secondary_ids if s.type == "ASSOCIATED_TRIAL"]
    assert [(s.registry, s.id) for s in assoc] == [("EudraCT", "2020-005849-16")]
    assert t.ids_for("EudraCT") == ()  # never an ID of this trial
    assert [(a.label, a.type) for a in t.arms] == [("Test", "EXPERIMENTAL"), ("Placebo", "PLACEBO_COMPARATOR")]
    assert "pamapimod" in t.arms[0].interventions


def test_other_registry_numbers_are_kept_raw(corpus: Path) -> None:
    t = parse_ctis(_ctis_record(corpus, "2023-505613-24-00"))
    assert t.nct_id == "NCT04665037" and t.ids_for("EudraCT") == ("2019-003842-34",)
    ind = [s for s in t.secondary_ids if s.domain == "IND"]
    assert [s.value for s in ind] == ["75,061", "125,097"] and all(s.registry is None for s in ind)


def test_unknown_codes_are_kept_raw_with_a_warning(corpus: Path) -> None:
    rec = copy.deepcopy(_ctis_record(corpus, "2024-510663-34-00"))
    rec["ctPublicStatusCode"] = 42
    rec["authorizedApplication"]["authorizedPartI"]["trialDetails"]["trialInformation"]["trialCategory"][
        "trialPhase"] = "77"
    with pytest.warns(DataQualityWarning) as caught:
        t = parse_ctis(rec, source="edited")
    messages = " ".join(str(w.message) for w in caught)
    assert "42" in messages and "77" in messages
    assert (t.overall_status, t.status_raw, t.phases, t.phase_raw) == (None, "42", (), "77")
    row = design_table([t]).iloc[0]
    assert row.status_raw == "42" and row.phase_raw == "77"


def test_malformed_ctis_record_names_the_field(corpus: Path) -> None:
    rec = copy.deepcopy(_ctis_record(corpus, "2024-510663-34-00"))
    rec["authorizedApplication"]["authorizedPartI"]["trialDetails"] = ["not", "an", "object"]
    with pytest.raises(Exception) as info:
        parse_ctis(rec, source="bad.json")
    assert "bad.json" in str(info.value) and "authorizedPartI.trialDetails" in str(info.value)


# ---------------------------------------------------------------------------
# EUCTR parsers
# ---------------------------------------------------------------------------


def test_text_download_merges_country_records(corpus: Path) -> None:
    path = corpus / "euctr" / "ctrdata_sample_error_trials_euctr.txt"
    trials = parse_euctr_text(path.read_bytes(), source=str(path))
    assert [t.trial_id for t in trials] == ["2022-002568-62", "2021-002179-21"]
    ad = trials[1]
    assert ad.provenance.source.endswith("(7 country records)")
    assert ad.countries == ("France", "Greece", "Hungary", "Poland", "Portugal", "Spain")
    assert ("France", "Ongoing") in ad.country_statuses and ad.overall_status == "ONGOING"
    assert (ad.phases, ad.allocation, ad.masking, ad.intervention_model) == (
        ("PHASE3",), "RANDOMIZED", "DOUBLE", "PARALLEL")
    assert ad.enrollment == 600 and ad.conditions == ("Alzheimer's disease",)
    assert ad.lead_sponsor == "AB Science" and ad.org_study_id == "AB21004"
    assert ad.primary_outcomes[0].measure.startswith("The study has two following primary endpoints")
    ftd = trials[0]
    assert ftd.phases == ("PHASE1", "PHASE2")
    assert ftd.phase_raw == "Human pharmacology (Phase I); Therapeutic exploratory (Phase II)"
    assert "(es)" not in json.dumps([o.measure for o in ftd.outcomes])
    assert not any("Estudio" in (x or "") for x in (ftd.official_title, ftd.brief_title))


_A5_RECORD = """Summary
EudraCT Number: 2015-000590-12
Trial Status: Completed

A. Protocol Information
A.1 Member State Concerned: Germany - BfArM
A.2 EudraCT number: 2015-000590-12
A.3 Full title of the trial: A made-up title for a parser fixture
A.3 Full title of the trial (de): Ein erfundener Titel
A.5.1 ISRCTN (International Standard Randomised Controlled Trial) Number: ISRCTN24791884
A.5.2 US NCT (ClinicalTrials.gov registry) number: NCT02028676
A.5.3 WHO Universal Trial Reference Number (UTRN): U1111-1234-5678
A.5.4 Other Identifiers: IND 12345
E.7.3 Therapeutic confirmatory (Phase III): Yes
P. End of Trial Status: Completed
Summary
EudraCT Number: 2015-000590-12
A.1 Member State Concerned: Austria - BASG
A.2 EudraCT number: 2015-000590-12
P. End of Trial Status: Something New
"""


def test_text_download_secondary_ids_and_unknown_status() -> None:
    with pytest.warns(DataQualityWarning, match="Something New"):
        (t,) = parse_euctr_text(_A5_RECORD, source="fixture")
    assert t.official_title == "A made-up title for a parser fixture"
    assert t.nct_id == "NCT02028676" and t.ids_for("ISRCTN") == ("ISRCTN24791884",)
    types = {s.type: (s.value, s.registry) for s in t.secondary_ids}
    assert types["WHO_UTN"] == ("U1111-1234-5678", None) and types["OTHER"] == ("IND 12345", None)
    assert t.country_statuses == (("Germany", "Completed"), ("Austria", "Something New"))
    assert t.overall_status == "COMPLETED"  # the unknown one is kept raw, never dropped
    assert "Austria: Something New" in (t.status_raw or "")


def test_text_download_without_eudract_number_names_the_line() -> None:
    with pytest.raises(ParseError) as info:
        parse_euctr_text("Summary\nTrial Status: Ongoing\n", source="broken.txt")
    assert (info.value.problem, info.value.source) == ("invalid_id", "broken.txt")
    assert info.value.field.startswith("line 1:")  # the line of the record without its number


def test_every_euctr_json_record_parses_with_its_facts(corpus: Path) -> None:
    got = {}
    for f in sorted((corpus / "euctr" / "derived").glob("*.json")):
        t = parse_euctr_json(f.read_bytes(), source=str(f))
        got[t.trial_id] = t
    assert set(got) == {"2013-000615-24", "2016-004489-24", "2019-002663-10", "2022-000099-20"}
    sma = got["2019-002663-10"]
    assert sma.nct_id == "NCT04089566" and any(s.value == "IND 110011" for s in sma.secondary_ids)
    assert sma.phases == ("PHASE2", "PHASE3") and sma.has_results
    # The protocol still says "Ongoing" for Spain; the posted results say the trial ended.
    assert sma.country_statuses == (("Spain", "Ongoing"),) and sma.overall_status == "COMPLETED"
    rsv = got["2022-000099-20"]
    assert rsv.acronym == "HARMONIE" and rsv.nct_id == "NCT05437510"
    assert any(s.value == "U1111-1272-2514" and s.type == "WHO_UTN" for s in rsv.secondary_ids)
    assert got["2013-000615-24"].overall_status == "TERMINATED"  # "Prematurely Ended"
    fs = got["2016-004489-24"]
    assert fs.nct_id == "NCT03461406" and fs.start_date == "2019-01-18" and fs.completion_date == "2022-05-20"
    assert [a.type for a in fs.arms] == ["EXPERIMENTAL", "ACTIVE_COMPARATOR"]


def test_euctr_dates_follow_the_one_date_rule() -> None:
    # Written for this test from the field names of a ctrdata record: ISO timestamps are cut to
    # their day, a month-precision date stays a month, a date of no accepted form is left empty with
    # a warning naming the value and the trial (never passed on as text).
    record = {"a2_eudract_number": "2016-004489-24",
              "x6_date_on_which_this_record_was_first_entered_in_the_eudract_database": "18/01/2019",
              "trialInformation": {"recruitmentStartDate": "2019-01-18T00:00:00+01:00",
                                   "globalEndOfTrialDate": "May 2022"}}
    with pytest.warns(DataQualityWarning) as caught:
        t = parse_euctr_json(record)
    assert (t.start_date, t.completion_date, t.first_posted) == ("2019-01-18", "2022-05", None)
    assert any("'18/01/2019'" in str(w.message) and "2016-004489-24" in str(w.message) for w in caught)
    csv_text = ("eudract_number_with_country,end_of_trial_status,eudract_number,date_of_the_global_end_of_the_trial\n"
                "2008-004429-41-DE,Completed,2008-004429-41,2012-11-16\n"
                "2008-004429-41-FR,Completed,2008-004429-41,16.11.2013\n")
    with pytest.warns(DataQualityWarning) as caught:
        (scraped,) = parse_euctr_csv(csv_text)
    assert scraped.completion_date == "2012-11-16"  # the later, unreadable date is not taken as text
    assert any("'16.11.2013'" in str(w.message) for w in caught)


def test_register_scrape_csv(corpus: Path) -> None:
    trials = list(read_trials(corpus / "euctr" / "euctr_processed_dec2020.csv.zip", on_error="raise"))
    assert len(trials) > 30_000 and len({t.trial_id for t in trials}) == len(trials)
    by_id = {t.trial_id: t for t in trials}
    t = by_id["2008-004429-41"]
    assert ("Germany", "Completed") in t.country_statuses and ("France", "Ongoing") in t.country_statuses
    assert t.overall_status == "ONGOING" and t.provenance.source_format == "euctr_csv"
    with pytest.warns(DataQualityWarning, match="row 3"):
        few = parse_euctr_csv("eudract_number_with_country,end_of_trial_status,eudract_number\n"
                              "2008-004429-41-DE,Completed,2008-004429-41\nX-DE,Completed,not-a-number\n")
    assert [x.trial_id for x in few] == ["2008-004429-41"]


def test_design_table_takes_every_registry(corpus: Path) -> None:
    trials = [*read_trials(corpus / "ctis"), *read_trials(corpus / "euctr" / "derived"),
              *read_trials(corpus / "ctgov" / "legacy_xml")]
    df = design_table(trials)
    assert list(df.columns) == list(DESIGN_COLUMNS)
    assert set(df.registry) == {"CTIS", "EudraCT", "ClinicalTrials.gov"}
    assert df.status_group.isin(["ongoing", "completed", "ended early", "other"]).all()
    row = df.set_index("trial_id").loc["2024-510663-34-00"]
    assert (row.phase, row.overall_status, row.eudract_ids) == ("PHASE2", "RECRUITING", "2019-001588-63")


def test_vocabulary_maps_eu_words() -> None:
    assert vocab.eu_status(5) == ("ACTIVE_NOT_RECRUITING", "5: Ongoing, recruitment ended")
    assert vocab.eu_status("Prematurely Ended") == ("TERMINATED", "Prematurely Ended")
    assert vocab.eu_status("GB - no longer in EU/EEA") == (None, "GB - no longer in EU/EEA")
    assert vocab.ctis_phase("10") == (("PHASE2", "PHASE3"), "10: Phase II and Phase III (Integrated)")
    assert vocab.ctis_phase(None, "Therapeutic confirmatory (Phase III)")[0] == ("PHASE3",)
    assert vocab.merge_statuses(["COMPLETED", "ONGOING", None]) == "ONGOING"


# ---------------------------------------------------------------------------
# One identity across registries
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def all_records() -> list[Any]:
    import os

    corpus = Path(os.environ.get("TRIALINK_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus"))
    return corpus_trials(corpus)


def test_real_cross_registrations_are_merged_with_evidence(all_records: list[Any], corpus: Path) -> None:
    idents = resolve_trials(all_records)
    by_id = {i: ident for ident in idents for ids in ident.ids.values() for i in ids}
    # A CTIS trial transitioned from EudraCT, whose register record is in the scrape.
    moved = by_id["2024-510663-34-00"]
    assert {(t.registry, t.trial_id) for t in moved.records} == {("CTIS", "2024-510663-34-00"),
                                                                 ("EudraCT", "2019-001588-63")}
    assert moved.key == "NCT04494412"
    ev = moved.evidence[0]
    assert (ev.kind, ev.registry, ev.id, ev.claims) == ("lists_id", "EudraCT", "2019-001588-63",
                                                        (Claim("eudract_transitioned"),))
    assert [r.trial_id for r in ev.records] == ["2019-001588-63", "2024-510663-34-00"]
    # CT.gov records that list their EudraCT number join that number's register record.
    joined = [i for i in idents if {t.registry for t in i.records} >= {"ClinicalTrials.gov", "EudraCT"}]
    # Expected straight from the sources: EudraCT numbers the CT.gov records list that the raw scrape CSV holds.
    import io
    import zipfile
    with zipfile.ZipFile(corpus / "euctr" / "euctr_processed_dec2020.csv.zip") as zf:
        scraped = {r["eudract_number"] for r in csv.DictReader(io.TextIOWrapper(zf.open(zf.namelist()[0]), "utf-8"))}
    listed = {e for t in all_records if t.registry == "ClinicalTrials.gov" for e in t.ids_for("EudraCT")}
    assert len(listed & scraped) == 16
    assert {e for i in joined for e in i.ids["EudraCT"]} == listed & scraped
    # The hand-coded EUCTR cross-registrations agree wherever both records are in the corpus.
    gold = [(r["euctr_id"], r["nct_id"]) for r in
            csv.DictReader((corpus / "euctr" / "euctr_pub_search_final_dataset.csv").open(encoding="utf-8"))
            if r["nct_id"]]
    owned = {t.trial_id for t in all_records}
    both = [(e, n) for e, n in gold if e in owned and n in owned]
    assert both == [("2008-004429-41", "NCT00791778")]
    assert all(by_id[e] is by_id[n] for e, n in both)
    # Distinct trials stay apart: no identity holds two records' own EudraCT or NCT numbers.
    for ident in idents:
        for reg in ("EudraCT", "ClinicalTrials.gov"):
            own = {t.trial_id for t in ident.records if t.registry == reg}
            assert len(own) <= 1, ident
    # An associated trial named by a CTIS record is not merged into it.
    assert by_id["2022-500244-37-00"].records[0].trial_id == "2022-500244-37-00"
    assert "2020-005849-16" not in by_id


def test_resubmissions_merge_and_the_highest_suffix_is_current(corpus: Path) -> None:
    newer = parse_ctis(_ctis_record(corpus, "2023-508143-51-01"))
    older_rec = _ctis_record(corpus, "2023-508143-51-01")
    older_rec["ctNumber"] = "2023-508143-51-00"
    older = parse_ctis(older_rec)
    (ident,) = resolve_trials([older, newer])
    assert ident.ctis_id == "2023-508143-51-01"
    assert ident.ids["CTIS"] == ["2023-508143-51-01", "2023-508143-51-00"]
    assert [(e.kind, e.id, [r.trial_id for r in e.records]) for e in ident.evidence if e.registry == "CTIS"] == [
        ("ctis_resubmission", "2023-508143-51", ["2023-508143-51-01", "2023-508143-51-00"])]
    row = identity_table([ident]).iloc[0]
    assert (row.trial_key, row.ctis_ids, row.eudract_id) == (
        "2023-508143-51-01", "2023-508143-51-01; 2023-508143-51-00", "2021-004994-30")


def test_one_nct_claimed_by_two_eudract_trials_is_a_conflict_not_a_merge(corpus: Path) -> None:
    rec = _euctr_record(corpus, "2019-002663-10-ES")
    first = parse_euctr_json(rec)
    other = dict(rec, a2_eudract_number="2019-002664-99", trialInformation=None)
    second = parse_euctr_json(other)
    assert first.nct_id == second.nct_id == "NCT04089566"
    with pytest.warns(DataQualityWarning, match="NCT04089566"):
        idents = resolve_trials([first, second])
    assert len(idents) == 2
    for ident in idents:
        (c,) = ident.conflicts
        assert (c.kind, c.registry, c.id) == ("refused", "ClinicalTrials.gov", "NCT04089566")
        assert c.clashes == (("EudraCT", ("2019-002663-10", "2019-002664-99")),)
        assert {r.trial_id for r in c.records} == {"2019-002663-10", "2019-002664-99"}
    assert identity_table(idents).conflicts.notna().all()


def test_identity_evidence_table(all_records: list[Any]) -> None:
    idents = [i for i in resolve_trials(all_records) if len(i.records) > 1]
    ev = identity_evidence(idents)
    assert list(ev.columns) == ["trial_key", "record", "linked_record", "via_registry", "via_id", "explanation"]
    row = ev[ev.via_id == "2019-001588-63"].iloc[0]
    assert (row.record, row.linked_record, row.trial_key) == ("2019-001588-63", "2024-510663-34-00", "NCT04494412")


# ---------------------------------------------------------------------------
# CTIS client against a local server
# ---------------------------------------------------------------------------


def _client(server: LocalServer, tmp_path: Path, **kw: Any) -> CtisClient:
    sleeps: list[float] = kw.pop("sleeps", [])
    session = make_session(tmp_path / "c", sleep=sleeps.append, retry_403_hosts=("127.0.0.1",), **kw)
    return CtisClient(session, base_url=server.url + "/ctis-public-api")


def _hit(n: int) -> dict[str, Any]:
    return {"ctNumber": f"2024-5{n:05d}-10-00", "ctStatus": 4, "ctTitle": f"Trial {n}", "trialPhase":
            "Therapeutic confirmatory (Phase III)", "sponsor": "Someone"}


def _search_server(server: LocalServer, total: int) -> list[dict[str, Any]]:
    """A CTIS search that, like the real one, serves only the first 10,000 hits of a sort order."""
    bodies: list[dict[str, Any]] = []

    def search(seen: Seen) -> Reply:
        body = json.loads(seen.body)
        bodies.append(body)
        page, size = body["pagination"]["page"], body["pagination"]["size"]
        order = list(range(total)) if body["sort"]["direction"] == "DESC" else list(range(total - 1, -1, -1))
        start = (page - 1) * size
        data = [_hit(n) for n in order[start:start + size]] if start + size <= 10_000 else []
        return Reply(200, {"pagination": {"page": page, "size": size, "totalRecords": total,
                                          "totalPages": math.ceil(total / size)}, "data": data})

    server.route("POST", "/ctis-public-api/search", search)
    return bodies


def test_search_past_the_10000_window_is_split_and_returns_every_hit(server: LocalServer, tmp_path: Path) -> None:
    bodies = _search_server(server, 10_500)
    stream = _client(server, tmp_path).search({"status": [4]}, text="breast cancer")
    with warnings.catch_warnings():
        warnings.simplefilter("error", TruncatedResultsWarning)
        got = list(stream)
    assert stream.total == 10_500 and len(got) == 10_500
    assert len({t.trial_id for t in got}) == 10_500
    assert got[0].provenance.source_format == "ctis_overview" and got[0].phases == ("PHASE3",)
    directions = [b["sort"]["direction"] for b in bodies]
    assert directions.count("DESC") == 100 and directions.count("ASC") == 5
    assert bodies[0] == {"pagination": {"page": 1, "size": 100},
                         "searchCriteria": {"status": [4], "containAll": "breast cancer"},
                         "sort": {"property": "decisionDate", "direction": "DESC"}}


def test_search_beyond_twice_the_window_warns(server: LocalServer, tmp_path: Path) -> None:
    _search_server(server, 20_050)
    stream = _client(server, tmp_path).search(page_size=100)
    with expect_truncated(20000, 20050, "service_window"):
        got = list(stream)
    assert len(got) == 20_000 and stream.truncated


def test_search_max_results_and_eudract_criterion(server: LocalServer, tmp_path: Path) -> None:
    bodies = _search_server(server, 300)
    with expect_truncated(150, 300):
        got = list(_client(server, tmp_path).search(eudract="EudraCT 2019-001588-63", max_results=150))
    assert len(got) == 150 and len(bodies) == 2
    assert bodies[0]["searchCriteria"] == {"eudraCtCode": "2019-001588-63"}


def test_retrieve_retries_429_and_403_then_parses(server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    record = _ctis_record(corpus, "2024-510663-34-00")
    server.route("GET", "/ctis-public-api/retrieve/2024-510663-34-00",
                 [Reply(429, b"busy", {"Retry-After": "3"}), Reply(403, b"overloaded"), Reply(200, record)])
    sleeps: list[float] = []
    t = _client(server, tmp_path, sleeps=sleeps).get("2024-510663-34-00")
    assert t.ids_for("EudraCT") == ("2019-001588-63",)
    assert server.count("/ctis-public-api/retrieve/2024-510663-34-00") == 3
    assert 3.0 in sleeps


def test_batch_keeps_what_it_found_when_others_fail(server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    server.route("GET", "/ctis-public-api/retrieve/2024-510663-34-00",
                 Reply(200, _ctis_record(corpus, "2024-510663-34-00")))
    server.route("GET", "/ctis-public-api/retrieve/2023-505613-24-00", Reply(500, b"boom"))
    client = _client(server, tmp_path, retries=0)
    batch = client.get_many(["2024-510663-34-00", "2023-505613-24-00", "2022-500000-11-00"])
    assert [t.trial_id for t in batch.trials] == ["2024-510663-34-00"]
    assert batch.not_found == ["2022-500000-11-00"]
    assert list(batch.failed) == ["2023-505613-24-00"] and isinstance(batch.failed["2023-505613-24-00"], RequestError)
    # Offline, the cached record still answers and the other is an offline miss.
    offline = CtisClient(make_session(tmp_path / "c", offline=True), base_url=server.url + "/ctis-public-api")
    again = offline.get_many(["2024-510663-34-00", "2023-505613-24-00"])
    assert [t.trial_id for t in again.trials] == ["2024-510663-34-00"]
    assert isinstance(again.failed["2023-505613-24-00"], OfflineError)


def test_search_replays_offline_from_the_cache(server: LocalServer, tmp_path: Path) -> None:
    _search_server(server, 250)
    online = list(_client(server, tmp_path).search(text="x"))
    sent = server.count()
    offline = CtisClient(make_session(tmp_path / "c", offline=True), base_url=server.url + "/ctis-public-api")
    assert [t.trial_id for t in offline.search(text="x")] == [t.trial_id for t in online]
    assert server.count() == sent


def test_eu_numbers_in_the_wrong_place_say_which_they_are(tmp_path: Path) -> None:
    client = CtisClient(make_session(tmp_path / "c"), base_url="http://127.0.0.1:9")
    with pytest.raises(InvalidIdError) as refused:
        client.get("2019-001588-63")
    assert (refused.value.values, refused.value.registry, refused.value.expected) == (
        ("2019-001588-63",), "EudraCT", "CTIS")
    with pytest.raises(InvalidIdError) as refused:
        client.search(eudract="2024-510663-34-00")
    assert (refused.value.values, refused.value.registry, refused.value.expected) == (
        ("2024-510663-34-00",), "CTIS", "EudraCT")
    with pytest.raises(ValueError, match="page_size"):
        client.search(page_size=500)


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------


def test_cli_crosswalk_and_trials_by_eu_numbers(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["crosswalk", str(corpus / "ctis"), str(corpus / "euctr" / "derived"), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 8
    moved = next(r for r in rows if r["ctis_id"] == "2024-510663-34-00")
    assert (moved["trial_key"], moved["eudract_id"], moved["nct_id"]) == ("NCT04494412", "2019-001588-63",
                                                                           "NCT04494412")
    assert main(["trials", "2019-001588-63", "--corpus", str(corpus), "--offline"]) == 0
    out = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert [(r["trial_id"], r["registry"]) for r in out] == [("2019-001588-63", "EudraCT"),
                                                             ("2024-510663-34-00", "CTIS")]
