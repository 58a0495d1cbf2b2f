"""PubMed baseline scan: per-file records, update/delete semantics, schedulers, Parquet parts, linking."""

from __future__ import annotations

import gzip
import importlib.util
import json
import pickle
import re
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest
import trialink
from trialink import ParseError, ParseWarning, scan_publications, scan_pubmed, scan_pubmed_file
from trialink.cli import main
from trialink.model import Provenance, Trial
from trialink.sources.pubmed import iter_pubmed_xml

ROOT = Path(__file__).resolve().parents[1]


def _make_baseline():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("make_baseline", ROOT / "bench" / "make_baseline.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def generated(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], dict]:
    """3 baseline files and 2 update files, 120 records each, a third of them naming a number."""
    out = tmp_path_factory.mktemp("baseline")
    truth = _make_baseline().generate(out, corpus, files=3, records=120, updates=2, rate=0.35, seed=7)
    return [out / f for f in truth.files], json.loads((out / "truth.json").read_text())


def _links(df: pd.DataFrame) -> set[tuple[str, str, str, bool | None]]:
    return {(r.pmid, r.registry_id, r.where, None if r.where == "databank" else bool(r.registration))
            for r in df.itertuples()}


# ---------------------------------------------------------------------------
# Small update files written by hand: what NCBI's update semantics mean
# ---------------------------------------------------------------------------

_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<PubmedArticleSet>\n'


def _article(pmid: int, title: str, abstract: str | None = None, bank: tuple[str, str] | None = None,
             year: str = "2019") -> str:
    ab = f"<Abstract><AbstractText>{abstract}</AbstractText></Abstract>" if abstract else ""
    db = (f"<DataBankList><DataBank><DataBankName>{bank[0]}</DataBankName><AccessionNumberList>"
          f"<AccessionNumber>{bank[1]}</AccessionNumber></AccessionNumberList></DataBank></DataBankList>"
          if bank else "")
    return (f'<PubmedArticle><MedlineCitation Status="MEDLINE"><PMID Version="1">{pmid}</PMID><Article>'
            f"<Journal><JournalIssue><PubDate><Year>{year}</Year></PubDate></JournalIssue></Journal>"
            f"<ArticleTitle>{title}</ArticleTitle>{ab}{db}</Article></MedlineCitation></PubmedArticle>\n")


def _write(path: Path, *articles: str, deletes: tuple[int, ...] = ()) -> Path:
    dc = ("<DeleteCitation>" + "".join(f'<PMID Version="1">{p}</PMID>' for p in deletes) + "</DeleteCitation>\n"
          if deletes else "")
    path.write_bytes(gzip.compress((_HEAD + "".join(articles) + dc + "</PubmedArticleSet>\n").encode()))
    return path


@pytest.fixture()
def updates(tmp_path: Path) -> list[Path]:
    base = _write(tmp_path / "pubmed99n0001.xml.gz",
                  _article(101, "A trial", bank=("ClinicalTrials.gov", "NCT01234567")),
                  _article(102, "Another trial", "The trial is registered with ClinicalTrials.gov, NCT07654321."),
                  _article(103, "A cohort", "No registry number here."))
    upd1 = _write(tmp_path / "pubmed99n0002.xml.gz",
                  _article(101, "A trial (revised)"),  # the revision drops the DataBank entry
                  _article(103, "A cohort (revised)", "Compared with an earlier study (NCT00000620).",
                           year="2020"),
                  deletes=(102, 999))  # 999 was never seen
    upd2 = _write(tmp_path / "pubmed99n0003.xml.gz",
                  _article(102, "Another trial, restored", bank=("EudraCT", "2004-002714-11")))
    return [base, upd1, upd2]


def test_update_files_last_file_wins_and_deletions_are_honoured(updates: list[Path]) -> None:
    df = scan_pubmed(updates, scheduler="serial", progress=False)
    # 101: its revision names no number. 102: deleted by update 1, back in update 2 with a EudraCT
    # DataBank entry. 103: its revision names NCT00000620 as another study's.
    assert _links(df) == {("102", "2004-002714-11", "databank", None),
                          ("103", "NCT00000620", "abstract", False)}
    row = df.set_index("pmid").loc["103"]
    assert row["file"] == "pubmed99n0002.xml.gz" and row["year"] == 2020 and row["title"] == "A cohort (revised)"
    assert df.attrs["records"] == 3 and df.attrs["deleted"] == 1  # 999: deleted, never restored
    # Stop after update 1: 102 is deleted (999 too, though never seen), 101 has lost its number.
    df1 = scan_pubmed(updates[:2], scheduler="serial", progress=False)
    assert _links(df1) == {("103", "NCT00000620", "abstract", False)}
    assert df1.attrs["records"] == 2 and df1.attrs["deleted"] == 2
    # The baseline alone.
    assert _links(scan_pubmed(updates[:1], scheduler="serial", progress=False)) == {
        ("101", "NCT01234567", "databank", None), ("102", "NCT07654321", "abstract", True)}


def test_scan_file_lists_records_then_deletions(updates: list[Path]) -> None:
    recs = scan_pubmed_file(updates[1])
    assert [(r["pmid"], r["deleted"]) for r in recs] == [("101", False), ("103", False), ("102", True),
                                                        ("999", True)]
    assert recs[1]["accessions"] == [{"registry": "ClinicalTrials.gov", "id": "NCT00000620", "where": "abstract",
                                      "bank": None, "registration": False,
                                      "sentence": "Compared with an earlier study (NCT00000620)."}]
    assert all(r["file"] == "pubmed99n0002.xml.gz" and r["version"] == 1 for r in recs)
    assert pickle.loads(pickle.dumps(recs)) == recs
    assert pickle.loads(pickle.dumps(scan_pubmed_file)) is scan_pubmed_file


def test_markup_and_character_references_do_not_hide_numbers(tmp_path: Path) -> None:
    # The raw XML hides these numbers from a plain text search: markup inside one, character
    # references for the dashes of the other (U+2010 HYPHEN).
    path = _write(tmp_path / "pubmed99n0007.xml.gz",
                  _article(201, "Results of trial <i>NCT</i>01234567 at five years"),
                  _article(202, "A trial", "Registered as EudraCT 2004&#x2010;002714&#x2010;11."),
                  _article(203, "Nothing here", "A function of 12 <sup>nl</sup> volumes."))
    recs = scan_pubmed_file(path)
    assert [[(a["id"], a["where"], a["registration"]) for a in r["accessions"]] for r in recs] == [
        [("NCT01234567", "title", False)], [("2004-002714-11", "abstract", True)], []]
    assert recs[0]["title"] == "Results of trial NCT01234567 at five years"


# ---------------------------------------------------------------------------
# Generated baseline: truth known by construction
# ---------------------------------------------------------------------------


def test_generated_baseline_matches_its_truth(generated: tuple[list[Path], dict]) -> None:
    files, truth = generated
    df = scan_pubmed(files, scheduler="serial", progress=False)
    expected = {(x["pmid"], x["id"], x["where"], x["registration"]) for x in truth["links"]}
    assert len(expected) > 50
    assert _links(df) == expected
    assert df.attrs["records"] == len(truth["live_pmids"])
    assert set(df["pmid"]) <= set(truth["live_pmids"])
    assert not set(df["pmid"]) & set(truth["deleted_pmids"])
    # Every kind of place is represented.
    assert set(df["where"]) == {"databank", "title", "abstract"}
    assert set(df["registration"].dropna()) == {True, False}


def test_serial_processes_and_dask_give_identical_results(generated: tuple[list[Path], dict]) -> None:
    from distributed import Client, LocalCluster

    files, _ = generated
    serial = scan_pubmed(files, scheduler="serial", progress=False)
    procs = scan_pubmed(files, scheduler="processes", workers=2, progress=False)
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, protocol="tcp",
                                        host="127.0.0.1",
                                        dashboard_address=None) as cluster, \
            Client(cluster) as client:
        dask = scan_pubmed(files, scheduler=client, progress=False)
    assert len(serial) > 50
    pd.testing.assert_frame_equal(serial, procs)
    pd.testing.assert_frame_equal(serial, dask)
    assert serial.attrs == procs.attrs == dask.attrs


def test_out_writes_one_part_per_file_and_resumes(generated: tuple[list[Path], dict], tmp_path: Path) -> None:
    files, _ = generated
    out = tmp_path / "parts"
    first = scan_pubmed(files, scheduler="serial", out=out, progress=False)
    parts = sorted(p.name for p in out.iterdir())
    assert parts == sorted(f.name.replace(".xml.gz", ".parquet") for f in files)  # no temporary files left
    part = pd.read_parquet(out / parts[0])
    # Every record of the file (120 by construction), numbers or not; one row per number.
    assert part["pmid"].dtype == "int64" and part["pmid"].nunique() == 120
    assert len(part) == 120 + part.groupby("pmid")["registry_id"].count().clip(lower=1).sub(1).sum()
    assert first.attrs["resumed"] == []
    # An interrupted run: one part missing. The re-run scans only that file.
    (out / parts[1]).unlink()
    stamp = (out / parts[0]).stat().st_mtime_ns
    again = scan_pubmed(files, scheduler="serial", out=out, progress=False)
    assert sorted(again.attrs["resumed"]) == sorted(f.name for f in files if f.name.replace(".xml.gz", ".parquet")
                                                    != parts[1])
    assert (out / parts[1]).exists() and (out / parts[0]).stat().st_mtime_ns == stamp
    pd.testing.assert_frame_equal(first, again)
    pd.testing.assert_frame_equal(first, scan_pubmed(files, scheduler="serial", progress=False))


def test_corrupt_and_truncated_files_are_named_and_the_others_kept(generated: tuple[list[Path], dict],
                                                                   tmp_path: Path) -> None:
    files, _ = generated
    good = files[:3]
    raw = files[0].read_bytes()
    cut_gz = tmp_path / "pubmed99n0101.xml.gz"
    cut_gz.write_bytes(raw[: len(raw) // 2])  # gzip stream cut short
    plain = gzip.decompress(files[1].read_bytes())
    cut_xml = tmp_path / "pubmed99n0102.xml"
    cut_xml.write_bytes(plain[: plain.index(b"</PubmedArticle>", len(plain) // 2) + 5])  # ends inside a record
    garbage = tmp_path / "pubmed99n0103.xml.gz"
    garbage.write_bytes(b"\x1f\x8b" + bytes(range(256)) * 4)
    with pytest.warns(ParseWarning) as caught:
        df = scan_pubmed([*good, cut_gz, cut_xml, garbage], scheduler="serial", progress=False)
    failed = {f["file"] for f in df.attrs["failed"]}
    assert failed == {cut_gz.name, cut_xml.name, garbage.name}
    assert {n for n in failed if any(n in str(w.message) for w in caught)} == failed
    pd.testing.assert_frame_equal(df, scan_pubmed(good, scheduler="serial", progress=False))
    for bad in (cut_gz, cut_xml, garbage):
        with pytest.raises(ParseError, match=re.escape(bad.name)):
            scan_pubmed_file(bad)


def test_zero_rows_keep_columns_and_dtypes(updates: list[Path]) -> None:
    for df in (scan_pubmed([], scheduler="serial", progress=False),
               scan_pubmed(updates[:2], scheduler="serial", progress=False).iloc[0:0]):
        assert list(df.columns) == list(trialink.SCAN_COLUMNS)
        assert {c: str(t) for c, t in df.dtypes.items()} == {c: str(pd.Series([], dtype=t).dtype)
                                                             for c, t in trialink.SCAN_COLUMNS.items()}


def test_bad_arguments_are_named(updates: list[Path], tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="threads"):
        scan_pubmed(updates, scheduler="threads")
    with pytest.raises(ValueError, match="workers"):
        scan_pubmed(updates, workers=0)
    with pytest.raises(TypeError, match=re.escape(repr(str(updates[0])))):  # names the value
        scan_pubmed(str(updates[0]))
    twin = tmp_path / "other"
    twin.mkdir()
    (twin / updates[0].name).write_bytes(updates[0].read_bytes())
    with pytest.raises(ValueError, match=updates[0].name):
        scan_pubmed([updates[0], twin / updates[0].name], scheduler="serial")
    with pytest.raises(TypeError, match="path"):
        scan_pubmed_file(123)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# Real corpus records
# ---------------------------------------------------------------------------


def test_real_baseline_excerpt_databank_numbers(corpus: Path) -> None:
    # PROVENANCE.tsv: DataBank NCT 31449468:NCT00352534/NCT00379340; 31449469:NCT01340495; 31449470:NCT01973101.
    recs = scan_pubmed_file(corpus / "pubmed" / "baseline-excerpt_pubmed21n1002.xml.gz")
    assert len(recs) == 45
    banks = {(r["pmid"], a["id"]) for r in recs for a in r["accessions"] if a["where"] == "databank"}
    assert banks == {("31449468", "NCT00352534"), ("31449468", "NCT00379340"), ("31449469", "NCT01340495"),
                     ("31449470", "NCT01973101")}
    assert {a["bank"] for r in recs for a in r["accessions"] if a["where"] == "databank"} == {"ClinicalTrials.gov"}


@pytest.mark.parametrize("name", ["baseline-excerpt_pubmed21n1002.xml.gz",
                                  "baseline-excerpt_pubmed240101dtd_4rec.xml.gz",
                                  "update-excerpt_pubmed20n1203.xml.gz", "efetch_22663011.xml",
                                  "efetch_intovalue-sample_8rec.xml", "efetch_male-breast-cancer_9rec.xml",
                                  "efetch_29355075.xml", "efetch_30073290.xml"])
def test_scan_agrees_with_the_full_parser(corpus: Path, name: str) -> None:
    """The light scan finds the same records, titles, years and registry numbers as iter_pubmed_xml."""
    path = corpus / "pubmed" / name
    every = scan_pubmed_file(path)
    recs = [r for r in every if not r["deleted"]]
    raw = path.read_bytes()
    raw = gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw
    block = re.search(rb"<DeleteCitation>(.*?)</DeleteCitation>", raw, re.S)
    deleted = re.findall(rb"<PMID[^>]*>(\d+)</PMID>", block.group(1)) if block else []
    assert [r["pmid"] for r in every if r["deleted"]] == [d.decode() for d in deleted]
    pubs = [p for p in iter_pubmed_xml(raw) if not isinstance(p, ParseError)]
    assert [r["pmid"] for r in recs] == [p.pmid for p in pubs]
    for r, p in zip(recs, pubs, strict=True):
        assert r["title"] == p.title
        assert r["year"] == (int(p.pub_date[:4]) if p.pub_date else None)
        assert {a["id"] for a in r["accessions"] if a["where"] == "databank"} == \
            {a.id for a in p.accessions if a.where == "databank"}
        assert {a["id"] for a in r["accessions"] if a["where"] in ("title", "abstract")} == \
            {a.id for a in p.accessions if a.where == "text"}


def test_estimates_on_request(corpus: Path) -> None:
    # METRIC (PMID 22663011): PFS hazard ratio 0.45 (95% CI 0.33 to 0.63) in the abstract.
    path = corpus / "pubmed" / "efetch_22663011.xml"
    assert "estimates" not in scan_pubmed_file(path)[0]
    rec = scan_pubmed_file(path, estimates=True)[0]
    assert rec["accessions"][0]["id"] == "NCT01245062"
    hrs = [(e["value"], e["ci_low"], e["ci_high"]) for e in rec["estimates"] if e["measure"] == "HR"]
    assert (0.45, 0.33, 0.63) in hrs


# ---------------------------------------------------------------------------
# Into linking
# ---------------------------------------------------------------------------


def _stub(trial_id: str) -> Trial:
    registry = trialink.parse_id(trial_id).registry
    return Trial(trial_id=trial_id, registry=registry, provenance=Provenance("test"),
                 nct_id=trial_id if trial_id.startswith("NCT") else None)


def test_scan_feeds_link_with_the_same_evidence(generated: tuple[list[Path], dict]) -> None:
    files, _ = generated
    df = scan_pubmed(files, scheduler="serial", progress=False)
    pubs = scan_publications(df)
    assert len(pubs) == df["pmid"].nunique()
    links = trialink.link([_stub(i) for i in df["registry_id"].unique()], pubs, fuzzy=False)
    kinds = {(r.trial_id, r.pmid): {e["kind"] for e in r.evidence} for r in links.itertuples()}
    assert set(kinds) == set(zip(df["registry_id"], df["pmid"], strict=True))
    for r in df.itertuples():
        k = kinds[(r.registry_id, r.pmid)]
        if r.where == "databank":
            assert "pubmed_databank" in k
        elif r.registration:
            assert "id_in_abstract_registration" in k
        elif not ((df["pmid"] == r.pmid) & (df["registry_id"] == r.registry_id)
                  & df["registration"].fillna(False)).any():
            assert "id_in_abstract" in k  # a mention, in no registration sentence of this record


def test_cli_scan_pubmed(updates: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "parts"
    assert main(["scan-pubmed", *map(str, updates), "--workers", "1", "--out", str(out), "--quiet"]) == 0
    df = pd.read_csv(__import__("io").StringIO(capsys.readouterr().out), dtype=str)
    assert set(zip(df["pmid"], df["registry_id"], strict=True)) == {("102", "2004-002714-11"), ("103", "NCT00000620")}
    assert len(list(out.glob("*.parquet"))) == 3
    bad = tmp_path / "pubmed99n0009.xml.gz"
    bad.write_bytes(b"not gzip, not xml")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ParseWarning)
        assert main(["scan-pubmed", *map(str, updates), str(bad), "--workers", "1", "--quiet"]) == 1
    assert f"failed: {bad.name}" in capsys.readouterr().err
