"""The record store: round trip, idempotent upserts, annotations, one writer, schema upgrades."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest
import trialink as tl
from trialink.errors import DataQualityWarning, TrialinkError
from trialink.sources.local import source_name
from trialink.store import (
    SCHEMA_VERSION,
    StoreLockedError,
    StoreReadOnlyError,
    StoreVersionError,
    open_store,
    trial_from_dict,
)
from trialink.tables import DESIGN_COLUMNS, OUTCOME_COLUMNS

pytestmark = pytest.mark.filterwarnings("ignore::trialink.errors.DataQualityWarning")


def _v2(corpus: Path) -> list[tl.Trial]:
    return sorted(tl.read_trials(corpus / "ctgov" / "v2"), key=lambda t: t.trial_id)


def test_round_trip_tables_equal_those_of_the_parsed_files(corpus: Path, tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.duckdb")
    result = store.add(corpus / "ctgov" / "v2")
    trials = _v2(corpus)
    assert result.counts == {"inserted": len(trials), "updated": 0, "unchanged": 0, "rejected": 0}
    design = store.design_table()
    assert dict(design.dtypes.astype(str)) == DESIGN_COLUMNS
    pd.testing.assert_frame_equal(design, tl.design_table(trials).reset_index(drop=True))
    outcomes = store.outcome_table(measures=None)
    assert dict(outcomes.dtypes.astype(str)) == OUTCOME_COLUMNS
    pd.testing.assert_frame_equal(outcomes, tl.outcome_table(trials, measures=None))
    assert store.trials() == trials
    assert store.trials(["NCT00791778"]) == [t for t in trials if t.trial_id == "NCT00791778"]
    # Zero rows keep the columns and dtypes.
    empty = store.design_table(ids=["NCT00000000"])
    assert len(empty) == 0 and dict(empty.dtypes.astype(str)) == DESIGN_COLUMNS


def test_raw_documents_are_kept_verbatim(corpus: Path, tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.duckdb")
    path = corpus / "ctgov" / "v2" / "NCT00791778.json"
    store.add(path)
    row = store.sql("SELECT * FROM record_documents WHERE record_id = 'NCT00791778'")
    assert bytes(row.loc[0, "raw"]) == path.read_bytes()
    import hashlib

    assert row.loc[0, "content_hash"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert (row.loc[0, "registry"], row.loc[0, "source_format"]) == ("ClinicalTrials.gov", "ctgov_v2")


def test_a_page_is_stored_as_one_document_per_study(corpus: Path, tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.duckdb")
    page = corpus / "ctgov" / "v2" / "NCT03281889_studies_wrapper.json"
    store.add(page)
    raw = bytes(store.sql("SELECT raw FROM record_documents").loc[0, "raw"])
    assert json.loads(raw) == json.loads(page.read_text())["studies"][0]


def test_adding_twice_changes_nothing_and_annotations_survive(corpus: Path, tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.duckdb")
    folder = corpus / "ctgov" / "v2"
    n = store.add(folder).counts["inserted"]
    store.annotate("NCT00791778", "include", "yes")
    store.annotate("NCT00791778", "reviewer", "AB")
    before = store.sql("SELECT * FROM records ORDER BY record_id")
    again = store.add(folder)
    assert again.counts == {"inserted": 0, "updated": 0, "unchanged": n, "rejected": 0}
    pd.testing.assert_frame_equal(store.sql("SELECT * FROM records ORDER BY record_id"), before)
    ann = store.annotations("NCT00791778")
    assert dict(zip(ann["key"], ann["value"], strict=True)) == {"include": "yes", "reviewer": "AB"}
    store.annotate("NCT00791778", "reviewer", None)
    assert list(store.annotations("NCT00791778")["key"]) == ["include"]


def test_a_changed_record_is_updated_in_place(corpus: Path, tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.duckdb")
    src = corpus / "ctgov" / "v2" / "NCT00791778.json"
    store.add(src)
    store.annotate("NCT00791778", "include", "yes")
    first = store.sql("SELECT imported_at, content_hash FROM records")
    d = json.loads(src.read_text())
    d["protocolSection"]["designModule"]["enrollmentInfo"]["count"] = 250
    changed = store.add([("NCT00791778-new.json", json.dumps(d).encode())])
    assert changed.updated == ["NCT00791778"] and not changed.inserted
    assert store.design_table().loc[0, "enrollment"] == 250
    now = store.sql("SELECT imported_at, content_hash, updated_at FROM records")
    assert now.loc[0, "imported_at"] == first.loc[0, "imported_at"]
    assert now.loc[0, "content_hash"] != first.loc[0, "content_hash"]
    assert store.annotations("NCT00791778")["value"].tolist() == ["yes"]
    # One document per record: the old one is gone.
    assert store.sql("SELECT count(*) AS n FROM documents").loc[0, "n"] == 1


def test_rejected_inputs_say_why(corpus: Path, tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.duckdb")
    result = store.add([corpus / "ctgov" / "other_endpoints" / "classic_StudyStatistics.json",
                        ("broken.json", b'{"protocolSection": {"identificationModule": {}}}'),
                        tmp_path / "missing.json"])
    reasons = dict(result.rejected)
    assert len(reasons) == 3 and result.counts["inserted"] == 0
    assert "not a record format" in reasons[source_name(corpus / "ctgov" / "other_endpoints" /
                                                        "classic_StudyStatistics.json")]
    assert "NCT number" in reasons["broken.json"]
    assert "no such file" in reasons[str(tmp_path / "missing.json")]
    with pytest.raises(TypeError, match="int"):
        store.add([42])


def test_model_objects_are_kept_as_their_json(corpus: Path, tmp_path: Path) -> None:
    trials = _v2(corpus)[:3]
    store = open_store(tmp_path / "s.duckdb")
    assert store.add(trials).counts["inserted"] == 3
    assert store.trials() == trials
    assert set(store.sql("SELECT DISTINCT source_format FROM documents")["source_format"]) == {"trialink_model"}
    assert store.add(trials).counts["unchanged"] == 3
    t = trials[0]
    assert trial_from_dict(json.loads(json.dumps(t.to_dict()))) == t


def test_publications_are_stored(corpus: Path, tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.duckdb")
    files = sorted((corpus / "pubmed").glob("*.xml"))[:3]
    pubs = [p for f in files for p in tl.read_publications(f)]
    result = store.add(files)
    assert result.counts["inserted"] == len({p.publication_id for p in pubs})
    got = {p.publication_id: p for p in store.publications()}
    for p in pubs:
        assert got[p.publication_id].title == p.title


def test_second_writer_gets_a_clear_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.duckdb"
    open_store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from trialink.store import open_store
            s = open_store({str(path)!r})
            print("open", flush=True)
            sys.stdin.readline()
            s.close()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreLockedError) as info:
            open_store(path)
        assert str(path) in str(info.value) and info.value.path == str(path)
        assert info.value.pid in (None, holder.pid)  # DuckDB names the holder on some platforms
        assert isinstance(info.value, TrialinkError)
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=60)
    # Writer gone: readers share the file; a reader cannot write.
    r1, r2 = open_store(path, read_only=True), open_store(path, read_only=True)
    assert r1.info()["records"] == 0 and r2.info()["schema_version"] == SCHEMA_VERSION
    with pytest.raises(StoreReadOnlyError) as ro:
        r1.annotate("NCT00791778", "k", "v")
    assert ro.value.path == str(path) and isinstance(ro.value, TrialinkError)


def test_schema_upgrade_rederives_typed_tables_from_the_documents(corpus: Path, tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    store = open_store(path)
    store.add(corpus / "ctgov" / "v2")
    store.annotate("NCT00791778", "include", "yes")
    want = store.design_table()
    # Pretend an older trialink wrote it: old version number, its typed tables emptied.
    store.connection.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    store.connection.execute("DELETE FROM trials")
    store.close()
    with pytest.raises(StoreVersionError) as old:
        open_store(path, read_only=True)
    assert (old.value.found, old.value.supported, old.value.remedy) == (0, SCHEMA_VERSION, "open_for_writing")
    upgraded = open_store(path)
    assert upgraded.info()["schema_version"] == SCHEMA_VERSION
    pd.testing.assert_frame_equal(upgraded.design_table(), want)
    assert upgraded.annotations()["value"].tolist() == ["yes"]
    upgraded.connection.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    upgraded.close()
    with pytest.raises(StoreVersionError) as new:
        open_store(path)
    assert (new.value.found, new.value.remedy) == (SCHEMA_VERSION + 1, "upgrade_trialink")
    with pytest.raises(StoreVersionError) as new:
        open_store(path, read_only=True)
    assert (new.value.found, new.value.remedy) == (SCHEMA_VERSION + 1, "upgrade_trialink")


def test_sql_info_and_identities(corpus: Path, tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.duckdb")
    store.add([corpus / "ctgov" / "v2", corpus / "ctis"])
    by_reg = store.sql("SELECT registry, count(*) AS n FROM records GROUP BY 1 ORDER BY 1")
    assert isinstance(by_reg, pd.DataFrame)
    info = store.info()
    assert info["by_registry"] == dict(zip(by_reg["registry"], by_reg["n"], strict=True))
    assert info["by_registry"]["ClinicalTrials.gov"] == 19 and "CTIS" in info["by_registry"]
    ident = store.identities()
    want = tl.identity_table(store.trials())
    pd.testing.assert_frame_equal(ident, want)
    assert ident["n_records"].sum() == info["records"]


def test_default_path_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIALINK_STORE", str(tmp_path / "env.duckdb"))
    with open_store() as s:
        assert s.path == str(tmp_path / "env.duckdb")
    assert (tmp_path / "env.duckdb").exists()
    with pytest.raises(FileNotFoundError, match=re.escape(str(tmp_path / "nope.duckdb"))):
        open_store(tmp_path / "nope.duckdb", read_only=True)


def test_cli_store_commands(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from trialink.cli import main

    db = str(tmp_path / "cli.duckdb")
    assert main(["store", "--store", db, "add", str(corpus / "ctgov" / "v2")]) == 0
    assert json.loads(capsys.readouterr().out)["inserted"] == 19
    fixture = Path(__file__).parent / "fixtures" / "aact" / "hostile"
    with pytest.warns(DataQualityWarning):
        assert main(["store", "--store", db, "import-aact", str(fixture)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["tables"]["outcome_analyses"] == {"rows": 2, "rejected": 2}
    assert [r["line"] for r in out["rejected_rows"]] == [4, 5]
    assert main(["store", "--store", db, "sql", "SELECT count(*) AS n FROM records"]) == 0
    assert capsys.readouterr().out.splitlines() == ["n", "20"]
    assert main(["store", "--store", db, "info"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["by_source_format"] == {"aact": 1, "ctgov_v2": 19} and info["schema_version"] == SCHEMA_VERSION


def test_lookup_and_link_use_the_store_and_keep_what_is_fetched(corpus: Path, tmp_path: Path) -> None:
    from types import SimpleNamespace

    from trialink.sources._base import StudyBatch

    trials = _v2(corpus)
    store = open_store(tmp_path / "s.duckdb")
    store.add(trials[:2])
    fetched = trials[2]

    class Ctgov:  # stands in for the live client: answers one NCT number
        calls: list[list[str]] = []
        session = None

        def get_many(self, ncts: list[str]) -> StudyBatch:
            self.calls.append(list(ncts))
            batch = StudyBatch()
            batch.trials = [fetched] if fetched.trial_id in ncts else []
            batch.not_found = [n for n in ncts if n != fetched.trial_id]
            return batch

    client = Ctgov()
    found = tl.lookup_trials([trials[0].trial_id, fetched.trial_id], use_corpus=False, store=store, client=client,
                             ctis_client=SimpleNamespace())
    assert found.found[trials[0].trial_id] == (trials[0].trial_id, "store")
    assert found.found[fetched.trial_id] == (fetched.trial_id, "ClinicalTrials.gov")
    assert client.calls == [[fetched.trial_id]]  # the stored trial was not asked for
    assert {t.trial_id for t in store.trials()} == {t.trial_id for t in trials[:3]}
    # link() takes the store's trials and publications.
    pubs = list(tl.read_publications(corpus / "pubmed"))
    store.add(pubs)
    with_store = tl.link([], [], store=store, fuzzy=False)
    direct = tl.link(store.trials(), store.publications(), fuzzy=False)
    pd.testing.assert_frame_equal(with_store, direct)


def test_a_record_given_twice_in_one_batch_is_reported_superseded(corpus: Path, tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.duckdb")
    v2 = corpus / "ctgov" / "v2" / "NCT00791778.json"
    d = json.loads(v2.read_text())
    d["protocolSection"]["designModule"]["enrollmentInfo"]["count"] = 999
    result = store.add([v2, ("second.json", json.dumps(d).encode())])
    assert result.inserted == ["NCT00791778"]
    assert result.superseded == [("NCT00791778", source_name(v2))]
    assert store.design_table().loc[0, "enrollment"] == 999  # the last one given


def test_a_record_given_in_two_batches_is_counted_once_and_readding_changes_nothing(corpus: Path,
                                                                                    tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.duckdb")
    v2 = corpus / "ctgov" / "v2" / "NCT00791778.json"
    d = json.loads(v2.read_text())
    d["protocolSection"]["designModule"]["enrollmentInfo"]["count"] = 999
    other = corpus / "ctgov" / "v2" / "NCT00763412.json"
    given = [v2, other, ("second.json", json.dumps(d).encode())]  # NCT00791778 in batches 1 and 3
    first = store.add(given, batch_size=1)
    assert sorted(first.inserted) == ["NCT00763412", "NCT00791778"] and not first.updated
    assert store.design_table().set_index("trial_id").loc["NCT00791778", "enrollment"] == 999  # the last given
    stamp = store.sql("SELECT updated_at FROM records WHERE record_id = 'NCT00791778'")["updated_at"][0]
    again = store.add(given, batch_size=1)
    assert sorted(again.unchanged) == ["NCT00763412", "NCT00791778"] and not again.updated and not again.inserted
    assert store.sql("SELECT updated_at FROM records WHERE record_id = 'NCT00791778'")["updated_at"][0] == stamp
    changed = store.add([v2], batch_size=1)  # now only the first copy: a real update
    assert changed.updated == ["NCT00791778"]


def test_tables_missing_a_model_column_are_rederived_on_opening(corpus: Path, tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    store = open_store(path)
    store.add(corpus / "ctgov" / "v2")
    want = store.outcome_table(measures=None)
    # As if written before Estimate gained a field: the column is missing.
    store.connection.execute("ALTER TABLE estimates DROP COLUMN covariate")
    store.close()
    with pytest.raises(StoreVersionError):
        open_store(path, read_only=True)
    again = open_store(path)
    assert "covariate" in again.sql("DESCRIBE estimates")["column_name"].tolist()
    pd.testing.assert_frame_equal(again.outcome_table(measures=None), want)


def test_stored_outcome_table_names_trials_by_the_acronym_in_their_brief_title(corpus: Path, tmp_path: Path) -> None:
    # PALOMA-3's record has no acronym field; its brief title ends "(PALOMA-3)".
    records = list(tl.read_records(corpus / "ctgov" / "legacy_xml" / "NCT01942135.xml"))
    assert records[0].brief_title.rstrip().endswith("(PALOMA-3)")
    store = open_store(tmp_path / "s.duckdb")
    store.add(records)
    table = store.outcome_table()
    assert set(table["acronym"]) == {"PALOMA-3"}
    pd.testing.assert_frame_equal(table, tl.outcome_table(records))


def test_cli_import_aact_derive_builds_the_trials(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from trialink.cli import main

    fixture = Path(__file__).parent / "fixtures" / "aact" / "NCT00791778"
    lazy, eager = str(tmp_path / "lazy.duckdb"), str(tmp_path / "eager.duckdb")
    assert main(["store", "--store", lazy, "import-aact", str(fixture)]) == 0
    assert main(["store", "--store", eager, "import-aact", "--derive", str(fixture)]) == 0
    capsys.readouterr()
    query = "SELECT trial_id, enrollment FROM trials"
    with open_store(lazy, read_only=True) as st:
        assert st.info()["pending_derivation"] == 1
    # `store sql` builds what the import left pending before it queries (no empty answer)
    assert main(["store", "--store", lazy, "sql", query]) == 0
    # studies.txt of the fixture: NCT00791778, enrollment 246
    assert capsys.readouterr().out.splitlines() == ["trial_id,enrollment", "NCT00791778,246"]
    with open_store(lazy, read_only=True) as st:
        assert st.info()["pending_derivation"] == 0
    assert main(["store", "--store", eager, "sql", query]) == 0
    assert capsys.readouterr().out.splitlines() == ["trial_id,enrollment", "NCT00791778,246"]


def test_carrying_reads_only_the_trials_that_carry_the_ids(tmp_path: Path, corpus: Path) -> None:
    v2 = corpus / "ctgov" / "v2"
    trials = tl.read_trials(v2, on_error="collect")
    store = open_store(tmp_path / "s.duckdb")
    store.add(trials)
    # NCT00791778's record lists EudraCT 2008-004429-41 among its secondary IDs.
    by_eudract = store.carrying("2008-004429-41")
    assert [t.trial_id for t in by_eudract] == ["NCT00791778"]
    assert {t.trial_id for t in store.carrying(["NCT05594173", "NCT00184067"])} == {"NCT05594173", "NCT00184067"}
    assert store.carrying(["NCT99999999"]) == [] and store.carrying([]) == []
    found = tl.lookup_trials(["2008-004429-41"], use_corpus=False, store=store, offline=True)
    assert found.found["2008-004429-41"] == ("NCT00791778", "store")


def test_add_leaves_the_garbage_collector_as_it_found_it(corpus: Path, tmp_path: Path) -> None:
    # Store.add pauses the cyclic collector while it builds and writes a batch's rows.
    import gc

    store = open_store(tmp_path / "s.duckdb")
    assert gc.isenabled()
    store.add(corpus / "ctgov" / "v2" / "NCT00791778.json")
    assert gc.isenabled()
    gc.disable()
    try:
        store.add(corpus / "ctgov" / "v2" / "NCT00973089.json")
        assert not gc.isenabled()
    finally:
        gc.enable()
