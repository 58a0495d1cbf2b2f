"""Every real response in ../shared/corpus/recorded_elsewhere/ (recorded by other projects from the
live services) is parsed here, and the mismatches they revealed are tested on their shapes.
Expected values are read from the documents themselves."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from trialink import make_session
from trialink.errors import BadResponseError, NotFoundError
from trialink.sources.crossref import CrossrefClient, parse_crossref
from trialink.sources.ctgov import CtgovClient, parse_v2_page, parse_v2_study
from trialink.sources.ctis import CtisClient, parse_ctis
from trialink.sources.europepmc import EuropePmcClient, parse_europepmc, parse_europepmc_annotations
from trialink.sources.pubmed import parse_esearch

from tests import faultserver as fs

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def rec(corpus: Path) -> Path:
    return corpus / "recorded_elsewhere"


def _files(rec: Path, folder: str) -> list[Path]:
    return sorted(p for p in (rec / folder).iterdir() if p.name != "PROVENANCE.tsv")


def test_every_recorded_file_is_listed_in_its_provenance_and_covered_here(rec: Path) -> None:
    covered = {"crossref", "ctgov", "ctis", "europepmc", "pubmed"}
    assert {p.name for p in rec.iterdir() if p.is_dir()} == covered
    for folder in covered:
        listed = {line.split("\t")[0] for line in (rec / folder / "PROVENANCE.tsv").read_text().splitlines()[1:]}
        assert {p.name for p in _files(rec, folder)} <= listed


def test_ctgov_studies_and_search_page(rec: Path) -> None:
    for f in _files(rec, "ctgov"):
        raw = json.loads(f.read_text(encoding="utf-8"))
        if "studies" in raw:
            trials = parse_v2_page(raw, source=f.name)
            assert [t.trial_id for t in trials] == [s["protocolSection"]["identificationModule"]["nctId"]
                                                    for s in raw["studies"]]
            assert len(trials) == raw["totalCount"]
        else:
            t = parse_v2_study(raw, source=f.name)
            ident = raw["protocolSection"]["identificationModule"]
            assert t.trial_id == ident["nctId"] and t.nct_id in f.name.upper()
            title = ident["briefTitle"]
            assert t.brief_title == " ".join(title.split()) or t.brief_title == title.strip()


def test_crossref_works_and_the_real_404(rec: Path, tmp_path: Path) -> None:
    for f in _files(rec, "crossref"):
        if f.suffix != ".json":
            continue
        raw = json.loads(f.read_text(encoding="utf-8"))
        pub = parse_crossref(raw, source=f.name)
        assert pub.doi == raw["message"]["DOI"]
        if raw["message"].get("title"):
            assert pub.title == " ".join(raw["message"]["title"][0].split())
    body = (rec / "crossref" / "works_10.1371_notarealdoi.404.txt").read_bytes()
    srv = fs.FaultServer(lambda seen: fs.Answer(404, body, "text/plain")).start()
    try:
        with pytest.raises(NotFoundError, match="Resource not found") as info:
            CrossrefClient(make_session(tmp_path), base_url=srv.url).get("10.1371/notarealdoi")
        assert info.value.status_code == 404 and "10.1371/notarealdoi" in str(info.value)
    finally:
        srv.stop()


def test_ctis_search_hit_fields_are_read(rec: Path) -> None:
    f = rec / "ctis" / "search_hit_2025-523726-40-00_gregory-ai.json"
    raw = json.loads(f.read_text(encoding="utf-8"))
    t = parse_ctis(raw, source=f.name)
    assert t.trial_id == raw["ctNumber"] == "2025-523726-40-00"
    assert t.lead_sponsor == raw["sponsor"] == "F. Hoffmann-La Roche AG"
    assert t.sponsor_class == "INDUSTRY"  # sponsorType "Pharmaceutical company"
    assert t.conditions == (raw["conditions"],)
    # trialCountries "Spain:4", "France:2", "Poland:3", "Italy:4": the countries, without site counts.
    assert t.countries == ("France", "Italy", "Poland", "Spain")
    primary = [o.measure for o in t.outcomes if o.kind == "primary"]
    secondary = [o.measure for o in t.outcomes if o.kind == "secondary"]
    assert primary == [" ".join(raw["primaryEndPoint"].split())] or primary == [raw["primaryEndPoint"]]
    assert len(secondary) == 1 and secondary[0].startswith("Occurrence of successful self/lay caregiver")
    assert t.enrollment == int(raw["totalNumberEnrolled"])


def test_ctis_search_returns_the_hit_fields_through_the_client(rec: Path, tmp_path: Path) -> None:
    hit = json.loads((rec / "ctis" / "search_hit_2025-523726-40-00_gregory-ai.json").read_text(encoding="utf-8"))
    page = {"pagination": {"page": 1, "size": 100, "totalRecords": 1}, "data": [hit]}
    srv = fs.FaultServer(lambda seen: fs.Answer(body=json.dumps(page).encode())).start()
    try:
        (t,) = list(CtisClient(make_session(tmp_path), base_url=srv.url).search(text="ocrelizumab"))
    finally:
        srv.stop()
    assert t.lead_sponsor == "F. Hoffmann-La Roche AG" and "Spain" in t.countries


def _titles_with_escaped_tags(pages: list[dict]) -> list[str]:  # type: ignore[type-arg]
    return [r["title"] for p in pages for r in p["resultList"]["result"] if "&lt;" in (r.get("title") or "")]


def test_europepmc_every_recorded_page_parses_and_escaped_titles_lose_their_tags(rec: Path) -> None:
    escaped = 0
    for f in _files(rec, "europepmc"):
        raw = json.loads(f.read_text(encoding="utf-8"))
        pages = raw if isinstance(raw, list) else [raw]
        for page in pages:
            pubs = parse_europepmc(page, source=f.name)
            results = page["resultList"]["result"]
            assert len(pubs) == len(results)
            for pub, r in zip(pubs, results, strict=True):
                assert pub.pmid == r.get("pmid", r["id"] if r.get("source") == "MED" else None)
                if r.get("title"):
                    # By hand: unescape the entities, then drop the tags, then fold spaces.
                    want = " ".join(re.sub(r"<[^>]+>", "", html.unescape(r["title"])).split())
                    assert pub.title == want
                    assert "<i>" not in (pub.title or "") and "&lt;" not in (pub.title or "")
        escaped += len(_titles_with_escaped_tags(pages))
    assert escaped >= 16, "the recorded lite pages hold entity-escaped titles"


def test_europepmc_cursor_chain_of_ten_real_pages(rec: Path, tmp_path: Path) -> None:
    pages = json.loads((rec / "europepmc" / "pyeuropepmc_fetch_10pages_cancer.json").read_text(encoding="utf-8"))
    by_cursor = {unquote(p["request"]["cursorMark"]): p for p in pages}

    def answer(seen: fs.Seen) -> fs.Answer:
        page = by_cursor.get(seen.query["cursorMark"][0])
        return fs.Answer(body=json.dumps(page).encode()) if page else fs.Answer(400, b'{"error":"bad cursor"}')

    srv = fs.FaultServer(answer).start()
    try:
        with pytest.warns(Warning):
            got = list(EuropePmcClient(make_session(tmp_path), base_url=srv.url).search(
                "cancer", result_type="lite", page_size=100, max_results=1000))
    finally:
        srv.stop()
    assert len(got) == 1000 == sum(len(p["resultList"]["result"]) for p in pages)
    assert [r["query"]["cursorMark"][0] for r in [{"query": s.query} for s in srv.requests]] == \
        [unquote(p["request"]["cursorMark"]) for p in pages]


def test_pubmed_esearch_and_the_real_rate_limit_body(rec: Path) -> None:
    for f in _files(rec, "pubmed"):
        raw = json.loads(f.read_text(encoding="utf-8"))
        if "esearchresult" in raw:
            got = parse_esearch(f.read_bytes(), source=f.name)
            assert got["ids"] == raw["esearchresult"]["idlist"] and got["count"] == int(raw["esearchresult"]["count"])
        else:
            with pytest.raises(BadResponseError, match="API rate limit exceeded") as info:  # NCBI's own words
                parse_esearch(f.read_bytes(), source=f.name)
            assert info.value.problem == "service_error"


def test_annotations_asked_by_pmcid_answer_under_med_with_pmcid_beside(tmp_path: Path) -> None:
    """The documented live shape: asked ``PMC:3456789``, the API answers source MED, extId the PMID,
    pmcid beside. Facts written by hand (one annotation of type Accession Numbers)."""
    answer = [{"source": "MED", "extId": "22663011", "pmcid": "PMC3456789",
               "annotations": [{"exact": "NCT01245062", "type": "Accession Numbers", "section": "Abstract",
                                "subType": "nct", "tags": [{"name": "NCT01245062"}]}]}]
    parsed = parse_europepmc_annotations(json.dumps(answer))
    assert [a.id for a in parsed["PMC3456789"]] == ["NCT01245062"] == [a.id for a in parsed["22663011"]]
    srv = fs.FaultServer(lambda seen: fs.Answer(body=json.dumps(answer).encode())).start()
    try:
        batch = EuropePmcClient(make_session(tmp_path), base_url=srv.url + "/europepmc/webservices/rest") \
            .text_mined_accessions(["PMC3456789"])
    finally:
        srv.stop()
    assert srv.requests[0].query["articleIds"] == ["PMC:3456789"]
    assert [a.id for a in batch.accessions["PMC3456789"]] == ["NCT01245062"]


def test_ctgov_recorded_study_through_the_client(rec: Path, tmp_path: Path) -> None:
    raw = json.loads((rec / "ctgov" / "get_nct06604689_20260811.json").read_text(encoding="utf-8"))
    nct = raw["protocolSection"]["identificationModule"]["nctId"]
    srv = fs.FaultServer(lambda seen: fs.Answer(body=json.dumps({"studies": [raw]}).encode())).start()
    try:
        batch = CtgovClient(make_session(tmp_path), base_url=srv.url).get_many([nct])
    finally:
        srv.stop()
    assert [t.trial_id for t in batch.trials] == [nct] and not batch.failed and not batch.not_found
