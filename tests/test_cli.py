"""Every ``trialink`` sub-command, on success and on failure, with the one output convention:
data on stdout (CSV by default, ``--format json`` a list of rows), messages on stderr, exit 0 / 1 / 2."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from trialink import lookup_trials
from trialink.cli import _parser, main

Capsys = pytest.CaptureFixture[str]


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_every_argument_has_help_and_every_sub_command_an_example() -> None:
    parser = _parser()
    for setting in ("TRIALINK_CORPUS", "TRIALINK_OFFLINE", "TRIALINK_CACHE_DIR", "TRIALINK_STORE", "TRIALINK_SEEDS"):
        assert setting in (parser.epilog or "")
    subs = next(a for a in parser._actions if a.dest == "command").choices
    assert set(subs) == {"ids", "parse", "trials", "crosswalk", "pubs", "link", "outcomes", "store", "scan-pubmed"}
    store_subs = next(a for a in subs["store"]._actions if a.dest == "store_command").choices
    for name, sub in [*subs.items(), *store_subs.items()]:
        if name in subs:
            assert "example:" in (sub.epilog or ""), name
        if name in ("trials", "pubs"):  # they reach the network: the settings that govern it are named
            assert all(k in (sub.epilog or "") for k in ("TRIALINK_OFFLINE", "TRIALINK_CACHE_DIR", "TRIALINK_CORPUS"))
        for action in sub._actions:
            if action.dest not in ("help", "store_command"):
                assert action.help and "e.g." in action.help, (name, action.dest)  # each with an example


def test_tables_take_every_format(corpus: Path, capsys: Capsys) -> None:
    # One convention for every table: csv (default), tsv, json; the same columns in each.
    src = str(corpus / "pubmed" / "efetch_22663011.xml")
    seen = {}
    for fmt in ("csv", "tsv", "json"):
        assert main(["ids", src, "--format", fmt]) == 0
        out = capsys.readouterr().out
        rows = json.loads(out) if fmt == "json" else list(csv.DictReader(io.StringIO(out),
                                                                          delimiter="," if fmt == "csv" else "\t"))
        seen[fmt] = {(r["registry"], r["id"]) for r in rows}
        assert list(rows[0]) == ["file", "registry", "id", "start", "end", "text"]
    assert seen["csv"] == seen["tsv"] == seen["json"] and ("ClinicalTrials.gov", "NCT01245062") in seen["csv"]


@pytest.mark.parametrize("command", ["trials", "pubs"])
def test_sub_commands_that_can_reach_the_network_take_offline(command: str) -> None:
    sub = next(a for a in _parser()._actions if a.dest == "command").choices[command]
    assert any("--offline" in a.option_strings for a in sub._actions)


def test_tables_default_to_csv(corpus: Path, capsys: Capsys) -> None:
    # No --format: CSV. PubMed's record of 22663011 names NCT01245062.
    assert main(["ids", str(corpus / "pubmed" / "efetch_22663011.xml")]) == 0
    rows = _csv(capsys.readouterr().out)
    assert ("ClinicalTrials.gov", "NCT01245062") in {(r["registry"], r["id"]) for r in rows}


def test_ids_reads_a_folder_and_says_which_file(tmp_path: Path, capsys: Capsys) -> None:
    (tmp_path / "a.txt").write_text("Registered at ClinicalTrials.gov (NCT04964934).")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("EudraCT 2004-002714-11")
    (tmp_path / ".hidden").write_text("NCT01602380")
    assert main(["ids", str(tmp_path), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(Path(r["file"]).name, r["id"]) for r in rows] == [("a.txt", "NCT04964934"), ("b.txt", "2004-002714-11")]


def test_ids_missing_file_fails(tmp_path: Path, capsys: Capsys) -> None:
    assert main(["ids", str(tmp_path / "nope.txt")]) == 1
    assert "nope.txt" in capsys.readouterr().err


def test_parse_reads_a_folder(corpus: Path, tmp_path: Path, capsys: Capsys) -> None:
    src = corpus / "ctgov" / "legacy_xml"
    for name in ("NCT01602380.xml", "NCT02586688.xml"):
        (tmp_path / name).write_bytes((src / name).read_bytes())
    assert main(["parse", str(tmp_path)]) == 0
    records = json.loads(capsys.readouterr().out)
    assert sorted(r["trial_id"] for r in records) == ["NCT01602380", "NCT02586688"]


def test_parse_a_folder_with_a_broken_record_fails_but_keeps_the_rest(corpus: Path, tmp_path: Path,
                                                                      capsys: Capsys) -> None:
    (tmp_path / "good.xml").write_bytes((corpus / "ctgov" / "legacy_xml" / "NCT01602380.xml").read_bytes())
    (tmp_path / "broken.json").write_text('{"protocolSection": {"identificationModule": {"nctId": 42}}}')
    assert main(["parse", str(tmp_path)]) == 1
    out = capsys.readouterr()
    assert [r["trial_id"] for r in json.loads(out.out)] == ["NCT01602380"]
    assert "broken.json" in out.err


def test_trials_says_which_requested_id_each_row_answers(corpus: Path, capsys: Capsys) -> None:
    # NCT02918084's identity holds its EUCTR record 2013-001629-23 (the CT.gov record lists it).
    assert main(["trials", "NCT02918084", "NCT01602380", "--corpus", str(corpus), "--offline"]) == 0
    rows = _csv(capsys.readouterr().out)
    assert [(r["requested_id"], r["trial_id"]) for r in rows] == [
        ("NCT02918084", "NCT02918084"), ("NCT02918084", "2013-001629-23"), ("NCT01602380", "NCT01602380")]


def test_trials_invalid_and_missing_ids(corpus: Path, capsys: Capsys) -> None:
    assert main(["trials", "NCT-oops", "--corpus", str(corpus), "--offline"]) == 2
    assert "'NCT-oops'" in capsys.readouterr().err
    assert main(["trials", "NCT04964934", "--corpus", str(corpus), "--offline"]) == 1
    out = capsys.readouterr()
    assert _csv(out.out) == [] and out.out.startswith("requested_id,trial_id,")
    assert "NCT04964934" in out.err


def test_lookup_trials_takes_one_id_as_a_string(corpus: Path) -> None:
    found = lookup_trials("NCT01602380", corpus=corpus, offline=True)
    assert [t.trial_id for t in found.trials] == ["NCT01602380"] and found.not_found == []


def test_crosswalk_of_files(corpus: Path, capsys: Capsys) -> None:
    # NCT00863655's legacy XML lists EudraCT 2008-008698-69 as a secondary ID.
    files = [str(corpus / "ctgov" / "legacy_xml" / "NCT00863655.xml"), str(corpus / "euctr")]
    assert main(["crosswalk", *files, "--linked", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    row = next(r for r in rows if r["trial_key"] == "NCT00863655")
    assert row["eudract_id"] == "2008-008698-69" and row["n_records"] == 2


def test_crosswalk_missing_file_fails(tmp_path: Path, capsys: Capsys) -> None:
    assert main(["crosswalk", str(tmp_path / "nope")]) == 1
    assert "nope" in capsys.readouterr().err


def test_pubs_from_saved_records(corpus: Path, capsys: Capsys) -> None:
    assert main(["pubs", "22663011", "--corpus", str(corpus), "--offline"]) == 0
    (row,) = _csv(capsys.readouterr().out)
    assert (row["pmid"], row["doi"]) == ("22663011", "10.1056/NEJMoa1203421")
    assert "NCT01245062" in row["trial_ids"]


def test_pubs_bad_and_missing_pmids(corpus: Path, capsys: Capsys) -> None:
    # A trial ID is no publication ID: bad usage, named.
    assert main(["pubs", "NCT01245062", "--corpus", str(corpus), "--offline"]) == 2
    assert "NCT01245062" in capsys.readouterr().err
    assert main(["pubs", "22663011", "1", "--corpus", str(corpus), "--offline"]) == 1
    out = capsys.readouterr()
    # offline, PMID 1 was never asked for: "not fetched", never "not found"
    assert [r["pmid"] for r in _csv(out.out)] == ["22663011"] and "not fetched: 1: not_cached: " in out.err


def test_link_filtered_by_id(corpus: Path, capsys: Capsys) -> None:
    # PubMed's record of 22663011 carries NCT01245062 in its DataBank list.
    assert main(["link", "NCT01245062", "--corpus", str(corpus), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {(r["requested_id"], r["trial_id"], r["pmid"]) for r in rows} == {("NCT01245062", "NCT01245062",
                                                                              "22663011")}
    kinds = {e["kind"] for e in json.loads(rows[0]["evidence"])}
    assert "pubmed_databank" in kinds


def test_link_ids_that_match_nothing_are_an_error_naming_them(corpus: Path, capsys: Capsys) -> None:
    assert main(["link", "NCT01245062", "NCT04964934", "--corpus", str(corpus)]) == 1
    out = capsys.readouterr()
    assert {r["trial_id"] for r in _csv(out.out)} == {"NCT01245062"}
    assert "NCT04964934" in out.err and "NCT01245062" not in out.err
    assert main(["link", "NCT-oops", "--corpus", str(corpus)]) == 2
    assert "NCT-oops" in capsys.readouterr().err


def test_outcomes_from_a_folder_of_records(corpus: Path, tmp_path: Path, capsys: Capsys) -> None:
    (tmp_path / "NCT01602380.xml").write_bytes((corpus / "ctgov" / "legacy_xml" / "NCT01602380.xml").read_bytes())
    assert main(["outcomes", "--records", str(tmp_path)]) == 0
    rows = _csv(capsys.readouterr().out)
    assert {(r["source"], r["trial_id"]) for r in rows if r["measure"] == "HR"} == {("registry", "NCT01602380")}


def test_outcomes_bad_record_file_fails(tmp_path: Path, capsys: Capsys) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"protocolSection": {"identificationModule": {"nctId": 42}}}')
    assert main(["outcomes", "--records", str(bad)]) == 1
    assert "broken.json" in capsys.readouterr().err


def test_store_add_sql_info_and_failures(corpus: Path, tmp_path: Path, capsys: Capsys) -> None:
    db = str(tmp_path / "t.duckdb")
    assert main(["store", "--store", db, "add", str(corpus / "ctgov" / "legacy_xml" / "NCT02586688.xml")]) == 0
    assert json.loads(capsys.readouterr().out)["inserted"] == 1
    assert main(["store", "--store", db, "sql", "SELECT trial_id, phase FROM trials"]) == 0
    assert _csv(capsys.readouterr().out) == [{"trial_id": "NCT02586688", "phase": "NOT_APPLICABLE"}]
    assert main(["store", "--store", db, "info"]) == 0
    assert "ClinicalTrials.gov" in capsys.readouterr().out
    assert main(["store", "--store", db, "sql", "SELECT * FROM no_such_table"]) == 2
    assert "no_such_table" in capsys.readouterr().err
    assert main(["store", "--store", db, "add", str(tmp_path / "nope.xml")]) == 1
    out = capsys.readouterr()
    assert json.loads(out.out)["rejected"] == 1 and "nope.xml" in out.err


def test_scan_pubmed_and_a_missing_file(corpus: Path, tmp_path: Path, capsys: Capsys) -> None:
    src = corpus / "pubmed" / "efetch_22663011.xml"
    assert main(["scan-pubmed", str(src), "--workers", "1", "--quiet"]) == 0
    rows = _csv(capsys.readouterr().out)
    assert ("22663011", "NCT01245062") in {(r["pmid"], r["registry_id"]) for r in rows}
    with pytest.warns(Warning):
        assert main(["scan-pubmed", str(tmp_path / "nope.xml.gz"), "--workers", "1", "--quiet"]) == 1
    assert "failed: nope.xml.gz" in capsys.readouterr().err


def test_lookup_trials_refuses_records_where_ids_are_expected(corpus: Path) -> None:
    from trialink import parse_file

    records = parse_file(corpus / "ctgov" / "legacy_xml" / "NCT01602380.xml")
    with pytest.raises(TypeError) as info:
        lookup_trials(records, corpus=corpus, offline=True)  # type: ignore[arg-type]
    assert "values" in str(info.value) and "Trial" in str(info.value)


def test_trials_keep_not_applicable_apart_from_missing_through_csv(corpus: Path, capsys: Capsys) -> None:
    # NCT02586688's legacy XML says <phase>N/A</phase>; NCT03475563 (observational) has no phase at all.
    assert main(["trials", "NCT02586688", "NCT03475563", "--corpus", str(corpus), "--offline"]) == 0
    text = capsys.readouterr().out
    for kwargs in ({}, {"keep_default_na": False, "na_values": [""]}):  # pandas' defaults, and the documented way
        back = pd.read_csv(io.StringIO(text), dtype=str, **kwargs).set_index("requested_id")
        assert back.loc["NCT02586688", "phase"] == "NOT_APPLICABLE"
        assert pd.isna(back.loc["NCT03475563", "phase"])


def test_trials_refuse_publication_ids(corpus: Path, capsys: Capsys) -> None:
    assert main(["trials", "NCT01602380", "22663011", "--corpus", str(corpus), "--offline"]) == 2
    out = capsys.readouterr()
    assert out.out == "" and "22663011" in out.err and "NCT01602380" not in out.err


def test_pubs_by_doi_answers_with_the_pmid_record(corpus: Path, capsys: Capsys) -> None:
    assert main(["pubs", "10.1056/NEJMoa1203421", "22663011", "--corpus", str(corpus), "--offline",
                 "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["requested_id"], r["pmid"]) for r in rows] == [("10.1056/NEJMoa1203421", "22663011"),
                                                             ("22663011", "22663011")]
    assert rows[0]["n_authors"] == 26 and rows[0]["pub_date"] == "2012-07-12"


def test_pubs_without_corpus_offline_is_not_fetched(corpus: Path, capsys: Capsys) -> None:
    assert main(["pubs", "22663011", "--no-corpus", "--offline"]) == 1
    out = capsys.readouterr()
    assert _csv(out.out) == [] and ["not fetched", "22663011", "not_cached"] in [
        ln.split(": ")[:3] for ln in out.err.splitlines()]


def test_link_every_link_with_evidence_as_json_text(corpus: Path, capsys: Capsys) -> None:
    assert main(["link", "--no-fuzzy", "--corpus", str(corpus), "--format", "tsv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out), delimiter="\t"))
    assert rows and all(r["requested_id"] == "" for r in rows)  # no filter: no requested ID
    assert all(r["link_type"] == "id" for r in rows)
    row = next(r for r in rows if (r["trial_id"], r["pmid"]) == ("NCT00791778", "23591401"))
    assert [e["kind"] for e in json.loads(row["evidence"])] == ["registry_reference_result"]


def test_link_by_eudract_number_answers_with_its_trial_links(corpus: Path, capsys: Capsys) -> None:
    # NCT00791778's records list EudraCT 2008-004429-41 and PMID 23591401 (RESULT).
    assert main(["link", "2008-004429-41", "--no-fuzzy", "--corpus", str(corpus), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert ("2008-004429-41", "NCT00791778", "23591401") in {(r["requested_id"], r["trial_id"], r["pmid"])
                                                             for r in rows}


def test_outcomes_from_standard_input(shared: Path, monkeypatch: pytest.MonkeyPatch, capsys: Capsys) -> None:
    text = (shared / "seeds" / "002_bec98a1b9a87ecd8.txt").read_text(encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    assert main(["outcomes", "--format", "tsv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out), delimiter="\t"))
    hr = next(r for r in rows if r["measure"] == "HR")
    assert (hr["value"], hr["ci_low"], hr["ci_high"]) == ("0.44", "0.31", "0.6")
    assert text[int(hr["start"]):int(hr["end"])]  # the offsets point into the text read


def test_parse_missing_and_unsupported_files_fail(tmp_path: Path, capsys: Capsys) -> None:
    assert main(["parse", str(tmp_path / "nope.json")]) == 1
    assert "nope.json" in capsys.readouterr().err
    notes = tmp_path / "notes.txt"
    notes.write_text("not a record")
    assert main(["parse", str(notes)]) == 1
    out = capsys.readouterr()
    assert json.loads(out.out) == [] and "notes.txt" in out.err


def test_crosswalk_evidence_rows(corpus: Path, capsys: Capsys) -> None:
    files = [str(corpus / "ctgov" / "legacy_xml" / "NCT00863655.xml"), str(corpus / "euctr")]
    assert main(["crosswalk", *files, "--linked", "--evidence", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"trial_key": "NCT00863655", "record": "2008-008698-69", "linked_record": "NCT00863655",
            "via_registry": "EudraCT", "via_id": "2008-008698-69"}.items() <= next(
        r for r in rows if r["trial_key"] == "NCT00863655").items()


def test_store_import_aact_and_a_missing_source(tmp_path: Path, capsys: Capsys) -> None:
    fixture = Path(__file__).parent / "fixtures" / "aact" / "NCT00791778"
    db = str(tmp_path / "t.duckdb")
    assert main(["store", "--store", db, "import-aact", str(fixture)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["tables"]["studies"]["rows"] == 1 and doc["studies"]["inserted"] == 1
    assert main(["store", "--store", db, "sql", "SELECT trial_id FROM trials", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"trial_id": "NCT00791778"}]
    assert main(["store", "--store", db, "import-aact", str(tmp_path / "nope.zip")]) == 1
    assert "nope.zip" in capsys.readouterr().err


def test_scan_pubmed_resumes_from_its_parts(corpus: Path, tmp_path: Path, capsys: Capsys) -> None:
    src = str(corpus / "pubmed" / "efetch_22663011.xml")
    out_dir = str(tmp_path / "parts")
    assert main(["scan-pubmed", src, "--workers", "1", "--quiet", "--out", out_dir]) == 0
    first = _csv(capsys.readouterr().out)
    assert main(["scan-pubmed", src, "--workers", "1", "--quiet", "--out", out_dir]) == 0
    again = capsys.readouterr()
    assert _csv(again.out) == first and ("22663011", "NCT01245062") in {(r["pmid"], r["registry_id"]) for r in first}
