"""Finding trials by any registry ID, and the command line over it."""

from __future__ import annotations

import csv
import io
import json
import warnings
from pathlib import Path
from typing import Any

import pytest
from trialink import (
    CtgovClient,
    CtisClient,
    DataQualityWarning,
    EuropePmcClient,
    InvalidIdError,
    OfflineError,
    ParseError,
    PlaceholderIdError,
    Provenance,
    Publication,
    PubmedClient,
    RequestError,
    corpus_dir,
    lookup_links,
    lookup_publications,
    lookup_trials,
    make_session,
    open_store,
    parse_file,
    seeds_dir,
    trials,
)
from trialink.cli import main
from trialink.identity import Claim

from tests.conftest import LocalServer, Reply, Seen


def test_lookup_resolves_nct_and_eudract_numbers_from_the_corpus(corpus: Path) -> None:
    found = lookup_trials(["NCT01602380", "EudraCT 2008-008698-69", "NCT01602380"], corpus=corpus, offline=True)
    # The EudraCT number answers with the register's own record of it...
    assert [t.trial_id for t in found.trials] == ["NCT01602380", "2008-008698-69"]
    assert found.found["2008-008698-69"] == ("2008-008698-69", "corpus")
    assert found.not_found == [] and found.errors == {}
    # ...and its identity brings the ClinicalTrials.gov record that lists that number.
    ident = found.identities[1]
    assert [(t.registry, t.trial_id) for t in ident.records] == [
        ("ClinicalTrials.gov", "NCT00863655"), ("EudraCT", "2008-008698-69")]
    assert ident.key == "NCT00863655"
    (ev,) = ident.evidence
    assert (ev.kind, ev.registry, ev.id, ev.claims) == ("lists_id", "EudraCT", "2008-008698-69",
                                                        (Claim("secondary_id_form"),))
    assert [(r.registry, r.trial_id, r.source_format) for r in ev.records] == [
        ("EudraCT", "2008-008698-69", "euctr_csv"), ("ClinicalTrials.gov", "NCT00863655", "ctgov_legacy_xml")]


def test_offline_misses_are_reported_and_nothing_found_is_lost(corpus: Path) -> None:
    found = lookup_trials(["NCT04964934", "NCT01602380", "2024-519655-28-00"], corpus=corpus, offline=True)
    assert [t.trial_id for t in found.trials] == ["NCT01602380"]
    assert set(found.errors) == {"NCT04964934", "2024-519655-28-00"}
    assert all(type(e).__name__ == "OfflineError" for e in found.errors.values())
    table = found.status_table()
    assert dict(zip(table.requested_id, table.source, strict=True)) == {
        "NCT01602380": "corpus", "NCT04964934": "offline: not cached", "2024-519655-28-00": "offline: not cached"}


def test_trials_frame_and_bad_ids(corpus: Path) -> None:
    df = trials(["NCT02918084"], corpus=corpus, offline=True)
    # The trial's EUCTR record (from the register scrape) comes with it, in the same columns.
    assert list(zip(df.trial_id, df.registry, strict=True)) == [("NCT02918084", "ClinicalTrials.gov"),
                                                   ("2013-001629-23", "EudraCT")]
    assert df.phase.iloc[0] == "PHASE3" and df.status_group.notna().all()
    with pytest.raises(InvalidIdError) as info:
        trials(["NCT02918084", "NCT-oops"], corpus=corpus, offline=True)
    assert info.value.values == ("NCT-oops",)


def test_cli_ids_gives_the_gold_on_every_seed(shared: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold: dict[str, set[tuple[str, str]]] = {}
    with open(shared / "gold" / "seed_ids.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            gold.setdefault(row["seed_file"], set()).add((row["registry"], row["id"]))
    # The whole seeds folder in one call: each row says its file.
    assert main(["ids", str(shared / "seeds"), "--format", "json"]) == 0
    every = json.loads(capsys.readouterr().out)
    assert all(set(r) == {"file", "registry", "id", "start", "end", "text"} for r in every)
    for seed in sorted((shared / "seeds").iterdir()):
        rows = [r for r in every if Path(r["file"]) == seed]
        assert {(r["registry"], r["id"]) for r in rows} == gold[seed.name]
        text = seed.read_text(encoding="utf-8")
        assert all(text[r["start"]:r["end"]] == r["text"] for r in rows)


def test_cli_ids_csv_from_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("SERENA-6 (NCT04964934); EudraCT 2004-002714-11-DE"))
    assert main(["ids", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["registry"], r["id"], r["text"]) for r in rows] == [
        ("ClinicalTrials.gov", "NCT04964934", "NCT04964934"), ("EudraCT", "2004-002714-11", "2004-002714-11-DE")]


def test_cli_parse_every_supported_corpus_file(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(str(p) for d in ("v2", "legacy_xml", "classic", "search") for p in (corpus / "ctgov" / d).glob("*")
                   if p.suffix in (".json", ".xml") and "rss" not in p.name)
    assert main(["parse", *files]) == 0
    records = json.loads(capsys.readouterr().out)
    assert len(records) >= 180 and all(r["kind"] == "trial" for r in records)
    falcon = next(r for r in records if r["trial_id"] == "NCT01602380")
    assert falcon["phase"] == "PHASE3" and falcon["enrollment"] == 462


def test_cli_parse_reports_bad_files_after_emitting_the_rest(corpus: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"protocolSection": {"identificationModule": {"nctId": 42}}}')
    good = corpus / "ctgov" / "v2" / "NCT00791778.json"
    assert main(["parse", str(bad), str(good)]) == 1
    out = capsys.readouterr()
    assert [r["trial_id"] for r in json.loads(out.out)] == ["NCT00791778"]
    assert "broken.json" in out.err and "nctId" in out.err


def test_cli_trials_offline(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["trials", "NCT01602380", "--corpus", str(corpus), "--offline", "--format", "json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["acronym"], row["enrollment"], row["start_date"]) == ("FALCON", 462, "2012-10-17")
    assert main(["trials", "NCT01602380", "NCT04964934", "--corpus", str(corpus), "--offline"]) == 1
    out = capsys.readouterr()
    # stderr says, per ID, which of the documented states it ended in: here never asked (offline, not cached).
    assert out.out.count("\n") == 2 and ["not fetched", "NCT04964934", "not_cached"] in [
        line.split(": ")[:3] for line in out.err.splitlines()]
    assert main(["trials", "NCTxyz", "--corpus", str(corpus), "--offline"]) == 2
    assert "'NCTxyz'" in capsys.readouterr().err


def test_cli_outcomes_from_text_registry_and_pubmed_records(corpus: Path, shared: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outcomes", str(shared / "seeds" / "002_bec98a1b9a87ecd8.txt"), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    hr = next(r for r in rows if r["measure"] == "HR")
    assert (hr["value"], hr["ci_low"], hr["ci_high"], hr["p_operator"], hr["p_value"]) == (0.44, 0.31, 0.6, "<", 0.0001)
    assert main(["outcomes", "--records", str(corpus / "ctgov" / "legacy_xml" / "NCT01602380.xml"),
                 str(corpus / "pubmed" / "efetch_22663011.xml"), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {(r["source"], r["trial_id"], r["pmid"]) for r in rows if r["measure"] == "HR"} >= {
        ("registry", "NCT01602380", None), ("text", "NCT01245062", "22663011")}


# ---------------------------------------------------------------------------
# The online steps of lookup_trials / lookup_publications, against a local server
# replaying recorded corpus payloads.
# ---------------------------------------------------------------------------


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _registries(server: LocalServer, tmp_path: Path) -> dict[str, Any]:
    session = make_session(tmp_path / "c", sleep=lambda s: None, retries=0)
    return {"client": CtgovClient(session, base_url=server.url + "/api/v2"),
            "ctis_client": CtisClient(session, base_url=server.url + "/ctis-public-api"), "use_corpus": False}


def _no_hits(seen: Seen) -> Reply:
    return Reply(200, {"pagination": {"page": 1, "size": 5, "totalRecords": 0, "totalPages": 0}, "data": []})


def test_lookup_online_asks_each_registry_for_its_ids(server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    bayer = _json(corpus / "ctgov" / "v2" / "NCT00791778.json")  # lists EudraCT 2008-004429-41

    def studies(seen: Seen) -> Reply:
        if "filter.ids" in seen.query:
            return Reply(200, {"studies": [bayer] if "NCT00791778" in seen.query["filter.ids"][0] else []})
        return Reply(200, {"studies": [bayer] if seen.query["query.id"] == ["2008-004429-41"] else [],
                           "totalCount": 1})

    server.route("GET", "/api/v2/studies", studies)
    server.route("GET", "/ctis-public-api/retrieve/2024-510663-34-00",
                 Reply(200, _json(corpus / "ctis" / "derived" / "ctrdata_demo_CTIS_2024-510663-34-00.json")))
    server.route("POST", "/ctis-public-api/search", _no_hits)
    found = lookup_trials(["NCT00791778", "NCT04964934", "2024-510663-34-00", "2023-505613-24-00",
                           "EudraCT 2008-004429-41", "ISRCTN24791884"], **_registries(server, tmp_path))
    assert found.found == {"NCT00791778": ("NCT00791778", "ClinicalTrials.gov"),
                           "2024-510663-34-00": ("2024-510663-34-00", "CTIS"),
                           "2008-004429-41": ("NCT00791778", "ClinicalTrials.gov")}
    assert sorted(found.not_found) == ["2023-505613-24-00", "ISRCTN24791884", "NCT04964934"]
    assert found.errors == {}
    assert [t.trial_id for t in found.trials] == ["2024-510663-34-00", "NCT00791778"]
    # One batch for both NCT numbers; a EudraCT number is asked of CTIS (transitioned?) before CT.gov.
    batches = [r.query["filter.ids"][0] for r in server.requests if "filter.ids" in r.query]
    assert batches == ["NCT00791778,NCT04964934"]
    searched = [json.loads(r.body)["searchCriteria"] for r in server.requests if r.path.endswith("/search")]
    assert searched == [{"eudraCtCode": "2008-004429-41"}]
    assert [r.query["query.id"][0] for r in server.requests if "query.id" in r.query] == [
        "2008-004429-41", "ISRCTN24791884"]
    table = found.table()
    assert list(zip(table.requested_id, table.trial_id, strict=True)) == [
        ("2024-510663-34-00", "2024-510663-34-00"), ("NCT00791778", "NCT00791778"),
        ("2008-004429-41", "NCT00791778")]


def test_lookup_online_finds_a_eudract_trial_transitioned_to_ctis(server: LocalServer, tmp_path: Path,
                                                                 corpus: Path) -> None:
    record = _json(corpus / "ctis" / "derived" / "ctrdata_demo_CTIS_2024-510663-34-00.json")
    server.route("POST", "/ctis-public-api/search", Reply(200, {
        "pagination": {"page": 1, "size": 5, "totalRecords": 1, "totalPages": 1}, "data": [record]}))
    server.route("GET", "/ctis-public-api/retrieve/2024-510663-34-00", Reply(200, record))
    found = lookup_trials("2019-001588-63", **_registries(server, tmp_path))
    assert found.found == {"2019-001588-63": ("2024-510663-34-00", "CTIS")}
    assert server.count("/api/v2/studies") == 0  # CT.gov not asked once CTIS had it


def test_lookup_online_failures_are_errors_not_misses(server: LocalServer, tmp_path: Path) -> None:
    server.route("GET", "/api/v2/studies", Reply(500, b"boom"))
    server.route("GET", "/ctis-public-api/retrieve/2024-510663-34-00", Reply(500, b"boom"))
    server.route("POST", "/ctis-public-api/search", _no_hits)
    found = lookup_trials(["NCT00791778", "2024-510663-34-00", "ISRCTN24791884", "NCT00000000"],
                          **_registries(server, tmp_path))
    assert found.found == {} and found.not_found == [] and found.trials == []
    assert set(found.errors) == {"NCT00791778", "2024-510663-34-00", "ISRCTN24791884", "NCT00000000"}
    assert isinstance(found.errors["NCT00791778"], RequestError) and found.errors["NCT00791778"].status_code == 500
    assert isinstance(found.errors["NCT00000000"], PlaceholderIdError)  # refused by name, never asked
    table = found.status_table()
    assert set(table.source) == {"error"} and table.detail.notna().all()


def test_lookup_online_adds_what_it_fetched_to_the_store(server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    bayer = _json(corpus / "ctgov" / "v2" / "NCT00791778.json")
    server.route("GET", "/api/v2/studies", Reply(200, {"studies": [bayer]}))
    with open_store(tmp_path / "s.duckdb") as store:
        first = lookup_trials(["NCT00791778"], store=store, **_registries(server, tmp_path))
        assert first.found["NCT00791778"] == ("NCT00791778", "ClinicalTrials.gov")
        again = lookup_trials(["NCT00791778"], store=store, **_registries(server, tmp_path))
    assert again.found["NCT00791778"] == ("NCT00791778", "store")
    assert server.count("/api/v2/studies") == 1


def test_lookup_publications_online(server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    efetch = (corpus / "pubmed" / "efetch_22663011.xml").read_bytes()
    server.route("POST", "/eutils/efetch.fcgi", Reply(200, efetch, {"Content-Type": "text/xml"}))
    page = _json(corpus / "europepmc" / "search_core_query-cancer_page1.json")
    hit = page["resultList"]["result"][1]  # PMID 39709208, DOI 10.1016/s0140-6736(24)02716-8, PMC12124214

    def search(seen: Seen) -> Reply:
        query = seen.query["query"][0].lower()  # Europe PMC compares DOIs without case
        match = query in ('doi:"10.1016/s0140-6736(24)02716-8"', "pmcid:pmc12124214")
        return Reply(200, {"hitCount": int(match), "resultList": {"result": [hit] if match else []}})

    server.route("GET", "/epmc/search", search)
    session = make_session(tmp_path / "c", sleep=lambda s: None, retries=0)
    found = lookup_publications(["22663011", "1", "10.1016/S0140-6736(24)02716-8", "PMC12124214", "10.1000/none"],
                                use_corpus=False, client=PubmedClient(session, base_url=server.url + "/eutils"),
                                europepmc=EuropePmcClient(session, base_url=server.url + "/epmc"))
    assert found.found == {"22663011": ("22663011", "PubMed"),
                           "10.1016/S0140-6736(24)02716-8": ("39709208", "Europe PMC"),
                           "PMC12124214": ("39709208", "Europe PMC")}
    assert sorted(found.not_found) == ["1", "10.1000/none"] and found.errors == {}
    assert [p.pmid for p in found.publications] == ["22663011", "39709208"]  # one record per article
    table = found.table()
    assert list(zip(table.requested_id, table.pmid, strict=True)) == [
        ("22663011", "22663011"), ("10.1016/S0140-6736(24)02716-8", "39709208"), ("PMC12124214", "39709208")]
    assert server.count("/eutils/efetch.fcgi") == 1


def test_lookup_publications_failures_are_errors(server: LocalServer, tmp_path: Path) -> None:
    server.route("POST", "/eutils/efetch.fcgi", Reply(500, b"boom"))
    server.route("GET", "/epmc/search", Reply(500, b"boom"))
    session = make_session(tmp_path / "c", sleep=lambda s: None, retries=0)
    found = lookup_publications(["22663011", "10.1056/NEJMoa1203421"], use_corpus=False,
                                client=PubmedClient(session, base_url=server.url + "/eutils"),
                                europepmc=EuropePmcClient(session, base_url=server.url + "/epmc"))
    assert found.found == {} and found.not_found == []
    assert set(found.errors) == {"22663011", "10.1056/NEJMoa1203421"}
    assert all(isinstance(e, RequestError) for e in found.errors.values())
    assert list(found.table().columns[:2]) == ["requested_id", "pmid"] and found.table().empty
    assert dict(zip(found.status_table().requested_id, found.status_table().source, strict=True)) == {
        "22663011": "error", "10.1056/NEJMoa1203421": "error"}


def test_lookup_publications_from_the_corpus_by_any_id(corpus: Path) -> None:
    found = lookup_publications(["PMID: 22663011", "10.1056/nejmoa1203421"], corpus=corpus, offline=True)
    # PubMed's record answers both: its PMID and its DOI (DOIs compare without case).
    assert found.found == {"22663011": ("22663011", "corpus"), "10.1056/nejmoa1203421": ("22663011", "corpus")}
    (pub,) = found.publications
    assert pub.doi == "10.1056/NEJMoa1203421" and pub.provenance.source_format == "pubmed_xml"


def test_bad_input_to_the_lookups() -> None:
    # A publication ID given where trial IDs are expected (and the reverse) is refused by name.
    with pytest.raises(InvalidIdError) as info:
        lookup_trials(["NCT01602380", "22663011", "10.1056/NEJMoa1203421", "PMC3500000"], use_corpus=False)
    assert info.value.values == ("22663011", "10.1056/NEJMoa1203421", "PMC3500000")
    assert "lookup_publications" in str(info.value)  # the function to call instead, by name
    assert len(str(info.value).splitlines()) == 4  # one header line, one line per value
    with pytest.raises(InvalidIdError) as info:
        lookup_publications(["NCT01602380"], use_corpus=False)
    assert info.value.values == ("NCT01602380",) and "lookup_trials" in str(info.value)
    # Invalid values: one line each, no list of every format.
    with pytest.raises(InvalidIdError) as info:
        lookup_trials(["N", "C", "T"], use_corpus=False)
    assert info.value.values == ("N", "C", "T") and len(str(info.value).splitlines()) == 4
    # Records where IDs are expected: a TypeError naming the parameter and the type.
    with pytest.raises(TypeError) as type_info:
        lookup_publications([Publication(pmid="1", provenance=Provenance("fixture"))])
    assert "values" in str(type_info.value) and "Publication" in str(type_info.value)
    with pytest.raises(TypeError):
        lookup_trials(42)  # type: ignore[arg-type]
    with pytest.raises(InvalidIdError) as info:
        lookup_links(["NCT-oops"], trials=[], publications=[])
    assert info.value.values == ("NCT-oops",)


def test_lookup_links_answers_each_requested_id(corpus: Path) -> None:
    # PubMed's record of 22663011 lists NCT01245062 (DataBank); NCT00791778's v2 record lists PMIDs
    # 23591401 (RESULT) and 37185961 (DERIVED), and EudraCT 2008-004429-41 as a secondary ID.
    pubs = parse_file(corpus / "pubmed" / "efetch_22663011.xml")
    trials_ = parse_file(corpus / "ctgov" / "v2" / "NCT00791778.json")
    found = lookup_links(["NCT01245062", "10.1056/NEJMoa1203421", "EudraCT 2008-004429-41", "NCT04964934"],
                         trials=trials_, publications=pubs, fuzzy=False)
    rows = set(zip(found.links.requested_id, found.links.trial_id, found.links.pmid, strict=True))
    assert rows == {("NCT01245062", "NCT01245062", "22663011"), ("10.1056/NEJMoa1203421", "NCT01245062", "22663011"),
                    ("2008-004429-41", "NCT00791778", "23591401"), ("2008-004429-41", "NCT00791778", "37185961")}
    assert found.not_found == ["NCT04964934"]
    every = lookup_links(trials=trials_, publications=pubs, fuzzy=False).links
    assert every.requested_id.isna().all() and len(every) >= 2


def test_lookup_warns_once_per_refused_link_of_its_own_identities(corpus: Path, tmp_path: Path) -> None:
    # Two EUCTR records (the second written here from the first with another EudraCT number) both
    # list NCT04089566: the join is refused; asking for one of them warns, asking for another trial not.
    rec = _json(corpus / "euctr" / "derived" / "ctrdata_demo_EUCTR_2019-002663-10-ES.json")
    (tmp_path / "euctr").mkdir()
    (tmp_path / "euctr" / "a.json").write_text(json.dumps(rec))
    (tmp_path / "euctr" / "b.json").write_text(json.dumps(dict(rec, a2_eudract_number="2019-002664-99",
                                                               trialInformation=None)))
    (tmp_path / "ctgov").mkdir()
    (tmp_path / "ctgov" / "NCT01602380.xml").write_bytes(
        (corpus / "ctgov" / "legacy_xml" / "NCT01602380.xml").read_bytes())
    with pytest.warns(DataQualityWarning) as caught:
        found = lookup_trials("2019-002663-10", corpus=tmp_path, offline=True)
    (ident,) = found.identities
    (conflict,) = ident.conflicts
    assert (conflict.registry, conflict.id) == ("ClinicalTrials.gov", "NCT04089566")
    assert [str(w.message) for w in caught if w.category is DataQualityWarning] == [conflict.sentence]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        other = lookup_trials("NCT01602380", corpus=tmp_path, offline=True)
    assert other.identities[0].conflicts == []


def test_records_that_fail_to_parse_are_errors_of_their_id(server: LocalServer, tmp_path: Path,
                                                           corpus: Path) -> None:
    # Written for this test: a study whose statusModule is no object, a CTIS record whose
    # authorizedApplication is no object; the healthy study next to it is kept.
    bayer = _json(corpus / "ctgov" / "v2" / "NCT00791778.json")
    broken = {"protocolSection": {"identificationModule": {"nctId": "NCT04964934"}, "statusModule": "oops"}}
    server.route("GET", "/api/v2/studies", Reply(200, {"studies": [bayer, broken]}))
    server.route("GET", "/ctis-public-api/retrieve/2024-510663-34-00",
                 Reply(200, {"ctNumber": "2024-510663-34-00", "authorizedApplication": {"authorizedPartI": 7}}))
    found = lookup_trials(["NCT00791778", "NCT04964934", "2024-510663-34-00"], **_registries(server, tmp_path))
    assert list(found.found) == ["NCT00791778"] and found.not_found == []
    assert set(found.errors) == {"NCT04964934", "2024-510663-34-00"}
    assert all(isinstance(e, ParseError) for e in found.errors.values())
    # the CT.gov error names its study by field, not by text: the record's own nctId, the page index
    ct_err = found.errors["NCT04964934"]
    assert isinstance(ct_err, ParseError)
    assert (ct_err.record_id, ct_err.field.split(".")[0]) == ("NCT04964934", "studies[1]")


def test_corpus_and_seed_folders_by_setting(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIALINK_CORPUS", str(corpus))
    assert corpus_dir() == corpus and seeds_dir() == corpus.parent / "seeds"
    monkeypatch.setenv("TRIALINK_CORPUS", str(tmp_path / "none"))
    with pytest.raises(FileNotFoundError) as info:
        corpus_dir()
    assert str(tmp_path / "none") in str(info.value)
    with pytest.raises(FileNotFoundError):
        corpus_dir(tmp_path / "none")
    monkeypatch.setenv("TRIALINK_SEEDS", str(tmp_path / "no_seeds"))
    with pytest.raises(FileNotFoundError) as info:
        seeds_dir()
    assert "no_seeds" in str(info.value)
    # No corpus anywhere: the default corpus is skipped (the registries are asked), a named one is an error.
    monkeypatch.delenv("TRIALINK_CORPUS")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(FileNotFoundError):
        corpus_dir()
    found = lookup_trials("NCT01602380", offline=True)
    assert isinstance(found.errors["NCT01602380"], OfflineError)
    pubs = lookup_publications("22663011", offline=True)
    assert isinstance(pubs.errors["22663011"], OfflineError)
    with pytest.raises(FileNotFoundError):
        lookup_trials("NCT01602380", corpus=tmp_path / "none", offline=True)
    with pytest.raises(FileNotFoundError):
        lookup_publications("22663011", corpus=tmp_path / "none", offline=True)


def test_a_placeholder_is_no_publication_id() -> None:
    with pytest.raises(InvalidIdError) as info:
        lookup_publications(["22663011", "NCT00000000"], use_corpus=False)
    assert info.value.values == ("NCT00000000",)
    with pytest.raises(InvalidIdError) as info:
        lookup_links(["NCT00000000"], trials=[], publications=[])
    assert info.value.values == ("NCT00000000",)
