"""Finding trials by any registry ID, and the command line over it."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from trialink import InvalidIdError, lookup_trials, trials
from trialink.cli import main
from trialink.identity import Claim


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
    assert out.out.count("\n") == 2 and "NCT04964934" in out.err and "offline" in out.err
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
