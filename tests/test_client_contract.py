"""One client contract: ``get`` / ``get_many`` / ``search`` on every client, against a local server.

Every answer the server gives is a real recorded payload read from the corpus by path (a
list envelope is put around recorded records where the corpus holds the records only);
expected values are read from those same records, never from the code under test.
"""

from __future__ import annotations

import dataclasses
import json
import warnings
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote

import pytest
from lxml import etree
from trialink import make_session
from trialink.errors import InvalidIdError, NotFoundError, RequestError
from trialink.sources import _base
from trialink.sources._base import Batch, StudyBatch, as_id_list
from trialink.sources.crossref import CrossrefClient
from trialink.sources.ctgov import CtgovClient
from trialink.sources.ctis import CtisClient
from trialink.sources.europepmc import EuropePmcClient
from trialink.sources.pubmed import PubmedBatch, PubmedClient

from tests.conftest import LocalServer, Reply, Seen, expect_truncated


def _session(tmp_path: Path) -> Any:
    return make_session(tmp_path / "c", retries=0, sleep=lambda s: None)


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _settled(batch: Batch[Any], asked: list[str]) -> None:
    """Each requested ID is in exactly one of found / not_found / failed."""
    for k in asked:
        assert (k in batch.found) + (k in batch.not_found) + (k in batch.failed) == 1, k


# ---------------------------------------------------------------------------
# ClinicalTrials.gov
# ---------------------------------------------------------------------------

CT_IDS = ["NCT00791778", "NCT00763412", "NCT00973089"]


def _ct_study(corpus: Path, nct: str) -> dict[str, Any]:
    obj = _json(corpus / "ctgov" / "v2" / f"{nct}.json")
    return obj["studies"][0] if "studies" in obj else obj


def _ctgov(server: LocalServer, tmp_path: Path, corpus: Path, *, failing: str | None = None) -> CtgovClient:
    studies = {n: _ct_study(corpus, n) for n in CT_IDS}

    def many(seen: Seen) -> Reply:
        asked = seen.query["filter.ids"][0].split(",")
        if failing in asked:
            return Reply(503, b"Service Unavailable")
        return Reply(200, {"studies": [studies[n] for n in asked if n in studies]})

    server.route("GET", "/api/v2/studies", many)
    for n, st in studies.items():
        server.route("GET", f"/api/v2/studies/{n}", Reply(200, st))
    return CtgovClient(_session(tmp_path), base_url=server.url + "/api/v2")


def test_ctgov_get_reads_the_recorded_study(server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    client = _ctgov(server, tmp_path, corpus)
    record = _ct_study(corpus, "NCT00791778")["protocolSection"]
    t = client.get("nct00791778")
    assert t.trial_id == "NCT00791778"
    assert t.enrollment == record["designModule"]["enrollmentInfo"]["count"]
    assert t.brief_title == record["identificationModule"]["briefTitle"]
    with pytest.raises(NotFoundError):
        client.get("NCT09999999")


def test_ctgov_get_many_keeps_the_others_and_names_the_failure(server: LocalServer, tmp_path: Path,
                                                               corpus: Path) -> None:
    client = _ctgov(server, tmp_path, corpus, failing="NCT00763412")
    asked = [*CT_IDS, "NCT09999999"]
    batch = client.get_many(asked, batch_size=1)
    assert isinstance(batch, StudyBatch) and isinstance(batch, Batch)
    assert list(batch.found) == ["NCT00791778", "NCT00973089"]  # request order
    assert [t.trial_id for t in batch.trials] == ["NCT00791778", "NCT00973089"]
    assert batch.records == batch.trials
    assert batch.not_found == ["NCT09999999"]
    assert list(batch.failed) == ["NCT00763412"] and isinstance(batch.failed["NCT00763412"], RequestError)
    assert batch.failed["NCT00763412"].status_code == 503
    assert batch.requests == 4 and not batch.complete
    _settled(batch, asked)
    with pytest.raises(RequestError):
        batch.raise_for_failures()


def test_ctgov_get_many_takes_one_string_as_one_id(server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    batch = _ctgov(server, tmp_path, corpus).get_many("NCT00791778")
    assert list(batch.found) == ["NCT00791778"] and batch.complete
    with pytest.raises(TypeError, match="nct_ids"):
        _ctgov(server, tmp_path, corpus).get_many(12345)  # type: ignore[arg-type]


def test_ctgov_search_pages_lazily_through_the_recorded_pages(server: LocalServer, tmp_path: Path,
                                                              corpus: Path) -> None:
    page1 = _json(corpus / "ctgov" / "search" / "v2_search_phelan_page1_2026-08-11.json")
    page2 = _json(corpus / "ctgov" / "search" / "v2_search_phelan_page2_2026-08-11.json")

    def search(seen: Seen) -> Reply:
        token = seen.query.get("pageToken", [None])[0]
        assert token in (None, page1["nextPageToken"]), token  # only the recorded pair is asked for
        return Reply(200, page1 if token is None else page2)

    server.route("GET", "/api/v2/studies", search)
    stream = CtgovClient(_session(tmp_path), base_url=server.url + "/api/v2").search(
        cond="Phelan-McDermid", page_size=5, max_results=10)
    assert server.count() == 0  # lazy: nothing asked before iterating
    with expect_truncated(10, 21):  # page 2 names a third page
        got = [t.trial_id for t in stream]
    want = [s["protocolSection"]["identificationModule"]["nctId"] for s in (*page1["studies"], *page2["studies"])]
    assert got == want and stream.total == page1["totalCount"] == 21 and stream.truncated
    assert server.count("/api/v2/studies") == 2
    assert server.requests[0].query["query.cond"] == ["Phelan-McDermid"]


def test_ctgov_deprecated_aliases_warn_and_answer_the_same(server: LocalServer, tmp_path: Path,
                                                           corpus: Path) -> None:
    client = _ctgov(server, tmp_path, corpus)
    with pytest.warns(DeprecationWarning, match=r"CtgovClient\.get\(\)"):
        old = client.study("NCT00791778")
    assert old == client.get("NCT00791778")
    with pytest.warns(DeprecationWarning, match=r"CtgovClient\.get_many\(\)"):
        old_batch = client.studies(CT_IDS)
    new_batch = client.get_many(CT_IDS)  # from the cache, whose URL lists the parameters in another order
    assert list(old_batch.found) == list(new_batch.found) == CT_IDS
    assert [_unsourced(t) for t in old_batch.trials] == [_unsourced(t) for t in new_batch.trials]


def _unsourced(t: Any) -> Any:
    return dataclasses.replace(t, provenance=dataclasses.replace(t.provenance, source=None))


# ---------------------------------------------------------------------------
# PubMed
# ---------------------------------------------------------------------------

PMIDS = ["22663011", "23435529", "10023303"]


def _pubmed(server: LocalServer, tmp_path: Path, corpus: Path, *, failing: str | None = None) -> PubmedClient:
    def efetch(seen: Seen) -> Reply:
        asked = parse_qs(seen.body.decode())["id"][0].split(",")
        if failing in asked:
            return Reply(500, b"Internal Server Error", {"Content-Type": "text/plain"})
        found = [p for p in asked if (corpus / "pubmed" / f"efetch_{p}.xml").exists()]
        if not found:  # NCBI's answer for PMIDs it does not hold: an empty article set
            return Reply(200, b"<?xml version=\"1.0\"?>\n<PubmedArticleSet></PubmedArticleSet>\n",
                         {"Content-Type": "text/xml"})
        (p,) = found  # one PMID per request in these tests
        return Reply(200, (corpus / "pubmed" / f"efetch_{p}.xml").read_bytes(), {"Content-Type": "text/xml"})

    server.route("POST", "/efetch.fcgi", efetch)
    return PubmedClient(_session(tmp_path), base_url=server.url)


def _xml_title(corpus: Path, pmid: str) -> str:
    root = etree.parse(str(corpus / "pubmed" / f"efetch_{pmid}.xml")).getroot()
    return " ".join("".join(root.find(".//ArticleTitle").itertext()).split())  # type: ignore[union-attr]


def test_pubmed_get_reads_the_recorded_article(server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    client = _pubmed(server, tmp_path, corpus)
    pub = client.get("22663011")
    assert pub.pmid == "22663011" and pub.title == _xml_title(corpus, "22663011")
    with pytest.raises(NotFoundError) as exc:
        client.get("30000001")
    assert exc.value.ids == ("30000001",)
    with pytest.raises(InvalidIdError):
        client.get("NCT01245062")


def test_pubmed_get_many_keeps_the_others_and_names_the_failure(server: LocalServer, tmp_path: Path,
                                                                corpus: Path) -> None:
    client = _pubmed(server, tmp_path, corpus, failing="23435529")
    asked = [*PMIDS, "30000001"]
    batch = client.get_many(asked, batch_size=1)
    assert isinstance(batch, PubmedBatch) and isinstance(batch, Batch)
    assert list(batch.found) == ["22663011", "10023303"]
    assert [p.title for p in batch.publications] == [_xml_title(corpus, "22663011"), _xml_title(corpus, "10023303")]
    assert batch.not_found == ["30000001"]
    assert list(batch.failed) == ["23435529"] and batch.failed["23435529"].status_code == 500  # type: ignore[attr-defined]
    assert batch.requests == 4
    _settled(batch, asked)


def test_pubmed_search_runs_esearch_then_efetch_windows(server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    order = ["22663011", "23435529"]
    # esearch with usehistory=y: a count and a history key, no PMIDs (the shape NCBI answers).
    server.route("GET", "/esearch.fcgi", Reply(200, {"esearchresult": {
        "count": "2", "retmax": "0", "retstart": "0", "idlist": [], "querykey": "1", "webenv": "MCID_test"}}))

    def efetch(seen: Seen) -> Reply:
        assert seen.query["WebEnv"] == ["MCID_test"] and seen.query["query_key"] == ["1"]
        p = order[int(seen.query["retstart"][0])]
        return Reply(200, (corpus / "pubmed" / f"efetch_{p}.xml").read_bytes(), {"Content-Type": "text/xml"})

    server.route("GET", "/efetch.fcgi", efetch)
    stream = PubmedClient(_session(tmp_path), base_url=server.url).search("MEK[tiab]", batch_size=1)
    assert server.count() == 0
    pubs = list(stream)
    assert [p.pmid for p in pubs] == order and [p.title for p in pubs] == [_xml_title(corpus, p) for p in order]
    assert stream.total == 2 and server.count("/efetch.fcgi") == 2


def test_pubmed_deprecated_aliases_warn_and_answer_the_same(server: LocalServer, tmp_path: Path,
                                                            corpus: Path) -> None:
    client = _pubmed(server, tmp_path, corpus)
    with pytest.warns(DeprecationWarning, match=r"PubmedClient\.get_many\(\)"):
        old = client.efetch(["22663011"])
    assert old.found == client.get_many(["22663011"]).found
    assert old.publications == [client.get("22663011")]
    server.route("GET", "/esearch.fcgi", Reply(200, {"esearchresult": {
        "count": "1", "idlist": [], "querykey": "1", "webenv": "W"}}))
    server.route("GET", "/efetch.fcgi", Reply(200, (corpus / "pubmed" / "efetch_22663011.xml").read_bytes(),
                                              {"Content-Type": "text/xml"}))
    with pytest.warns(DeprecationWarning, match=r"PubmedClient\.search\(\)"):
        old_stream = client.fetch_query("x")
    assert list(old_stream) == list(client.search("x"))


# ---------------------------------------------------------------------------
# Europe PMC
# ---------------------------------------------------------------------------


def _epmc_results(corpus: Path) -> dict[str, dict[str, Any]]:
    """Recorded Europe PMC results by PMID (a one-article answer and a page of a search)."""
    out = {}
    for f in ("search_lite_22663011.json", "search_core_query-cancer_page1.json"):
        for r in _json(corpus / "europepmc" / f)["resultList"]["result"]:
            out[r["pmid"]] = r
    return out


def _asked_pmids(query: str) -> list[str]:
    return [part.split("EXT_ID:")[1].split()[0].rstrip(")") for part in query.split(" OR ")]


def _matching(query: str, results: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The recorded results one OR-part of the query names (by PMID, PMCID or DOI), as Europe PMC would."""
    hits = []
    for part in query.split(" OR "):
        part = part.strip("()")
        field, _, value = part.partition(":")
        value = value.split(" AND ")[0].strip('"')
        key = {"EXT_ID": "pmid", "PMCID": "pmcid", "DOI": "doi"}[field]
        hits += [r for r in results.values() if (r.get(key) or "").lower() == value.lower()]
    return hits


def _europepmc(server: LocalServer, tmp_path: Path, corpus: Path, *, failing: str | None = None) -> EuropePmcClient:
    one = _json(corpus / "europepmc" / "search_lite_22663011.json")
    results = _epmc_results(corpus)

    def search(seen: Seen) -> Reply:
        query = seen.query["query"][0]
        if query == one["request"]["queryString"]:
            return Reply(200, one)  # the recorded answer to exactly this query
        if failing is not None and failing in query:
            return Reply(500, b"Internal Server Error", {"Content-Type": "text/plain"})
        hits = _matching(query, results)
        return Reply(200, {"version": one["version"], "hitCount": len(hits), "request": {"queryString": query},
                           "resultList": {"result": hits}})

    server.route("GET", "/europepmc/webservices/rest/search", search)
    return EuropePmcClient(_session(tmp_path), base_url=server.url + "/europepmc/webservices/rest")


def test_europepmc_get_searches_by_ext_id(server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    client = _europepmc(server, tmp_path, corpus)
    record = _json(corpus / "europepmc" / "search_lite_22663011.json")["resultList"]["result"][0]
    pub = client.get("22663011")
    assert (pub.pmid, pub.doi, pub.title) == (record["pmid"], record["doi"], record["title"])
    assert server.requests[-1].query["query"] == ["EXT_ID:22663011 AND SRC:MED"]
    with pytest.raises(NotFoundError):
        client.get("30000001")
    with pytest.raises(InvalidIdError):
        client.get("NCT01245062")


def test_europepmc_get_by_pmcid_and_doi_uses_their_search_fields(server: LocalServer, tmp_path: Path,
                                                                  corpus: Path) -> None:
    record = next(r for r in _json(corpus / "europepmc" / "search_core_query-cancer_page1.json")["resultList"]["result"]
                  if r.get("pmcid") and r.get("doi"))
    client = _europepmc(server, tmp_path, corpus)
    by_pmcid = client.get(record["pmcid"].lower())
    assert server.requests[-1].query["query"] == [f"PMCID:{record['pmcid']}"]
    by_doi = client.get("doi:" + record["doi"].upper())
    assert server.requests[-1].query["query"] == [f'DOI:"{record["doi"].upper()}"']
    assert by_pmcid.pmid == by_doi.pmid == record["pmid"] and by_doi.doi == record["doi"]
    batch = client.get_many([record["pmcid"], record["doi"], "22663011"])
    assert list(batch.found) == [record["pmcid"], record["doi"], "22663011"] and batch.requests == 1
    assert batch.found[record["pmcid"]] == batch.found[record["doi"]]
    assert len(batch.records) == 2  # one article asked for twice is one record
    with pytest.raises(InvalidIdError, match="NCT01245062"):
        client.get_many(["22663011", "NCT01245062"])


def test_europepmc_get_many_keeps_the_others_and_names_the_failure(server: LocalServer, tmp_path: Path,
                                                                   corpus: Path) -> None:
    page = _json(corpus / "europepmc" / "search_core_query-cancer_page1.json")["resultList"]["result"]
    good = [page[0]["pmid"], page[2]["pmid"]]
    bad = page[1]["pmid"]
    client = _europepmc(server, tmp_path, corpus, failing=bad)
    client.MAX_IDS_PER_QUERY = 1  # one query per ID, so one of them can fail alone
    asked = [good[0], bad, "30000001", good[1]]
    batch = client.get_many(asked)
    assert list(batch.found) == good and [p.doi for p in batch.records] == [page[0]["doi"], page[2]["doi"]]
    assert batch.not_found == ["30000001"]
    assert list(batch.failed) == [bad] and batch.failed[bad].status_code == 500  # type: ignore[attr-defined]
    assert batch.requests == 4
    _settled(batch, asked)
    # One query for all of them when the batch holds them: the OR-ed query names each.
    together = _europepmc(server, tmp_path, corpus).get_many(good)
    assert list(together.found) == good and together.requests == 1
    assert _asked_pmids(server.requests[-1].query["query"][0]) == good


def test_europepmc_search_follows_the_recorded_cursor_chain(server: LocalServer, tmp_path: Path,
                                                            corpus: Path) -> None:
    pages = _json(corpus / "recorded_elsewhere" / "europepmc" / "pyeuropepmc_fetch_10pages_cancer.json")
    by_cursor = {unquote(p["request"]["cursorMark"]): p for p in pages}
    server.route("GET", "/europepmc/webservices/rest/search",
                 lambda seen: Reply(200, by_cursor[seen.query["cursorMark"][0]]))
    client = EuropePmcClient(_session(tmp_path), base_url=server.url + "/europepmc/webservices/rest")
    stream = client.search("cancer", result_type="lite", page_size=100, max_results=250)
    with expect_truncated(250, pages[0]["hitCount"]):
        got = [p.pmid for p in stream]
    want = [r.get("pmid") for p in pages[:3] for r in p["resultList"]["result"]][:250]
    assert got == want and stream.total == pages[0]["hitCount"] and stream.truncated
    assert [r.query["cursorMark"][0] for r in server.requests] == [
        "*", pages[0]["nextCursorMark"], pages[1]["nextCursorMark"]]


# ---------------------------------------------------------------------------
# Crossref
# ---------------------------------------------------------------------------

ELSEWHERE = "recorded_elsewhere"
DOIS = ["10.1371/journal.pone.0020476", "10.1016/j.neurobiolaging.2010.03.024", "10.1038/srep16696"]


def _work_file(corpus: Path, doi: str) -> Path:
    return corpus / ELSEWHERE / "crossref" / f"works_{doi.replace('/', '_')}.json"


def _crossref(server: LocalServer, tmp_path: Path, corpus: Path, *, failing: str | None = None) -> CrossrefClient:
    missing = (corpus / ELSEWHERE / "crossref" / "works_10.1371_notarealdoi.404.txt").read_bytes()

    def work(seen: Seen) -> Reply:
        doi = unquote(seen.path.removeprefix("/works/"))
        if doi == failing:
            return Reply(503, b"Service Unavailable", {"Content-Type": "text/plain"})
        if _work_file(corpus, doi).exists():
            return Reply(200, _work_file(corpus, doi).read_bytes())
        return Reply(404, missing, {"Content-Type": "text/plain"})  # Crossref's recorded 404 answer

    for doi in [*DOIS, "10.1136/esmoopen-2020-000776", "10.1371/notarealdoi"]:
        server.route("GET", f"/works/{doi}", work)
    return CrossrefClient(_session(tmp_path), base_url=server.url)


def test_crossref_get_reads_the_recorded_work(server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    client = _crossref(server, tmp_path, corpus)
    msg = _json(_work_file(corpus, "10.1136/esmoopen-2020-000776"))["message"]
    pub = client.get("doi:10.1136/esmoopen-2020-000776")
    assert pub.doi == msg["DOI"] and pub.title == " ".join(msg["title"][0].split())
    assert pub.trial_ids("crossref") == tuple(sorted(c["clinical-trial-number"].upper()
                                                     for c in msg["clinical-trial-number"]))
    with pytest.raises(NotFoundError):
        client.get("10.1371/notarealdoi")


def test_crossref_get_many_keeps_the_others_and_names_the_failure(server: LocalServer, tmp_path: Path,
                                                                  corpus: Path) -> None:
    client = _crossref(server, tmp_path, corpus, failing=DOIS[1])
    asked = [DOIS[0], DOIS[1], "10.1371/notarealdoi", DOIS[2]]
    batch = client.get_many(asked)
    assert list(batch.found) == [DOIS[0], DOIS[2]]
    assert [p.title for p in batch.records] == [
        " ".join(_json(_work_file(corpus, d))["message"]["title"][0].split()) for d in (DOIS[0], DOIS[2])]
    assert batch.not_found == ["10.1371/notarealdoi"]
    assert list(batch.failed) == [DOIS[1]] and batch.failed[DOIS[1]].status_code == 503  # type: ignore[attr-defined]
    assert batch.requests == 4
    _settled(batch, asked)
    with pytest.raises(InvalidIdError):
        client.get_many(["10.1371/journal.pone.0020476", "NCT01245062"])


def test_crossref_search_pages_with_the_cursor(server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    works = [_json(_work_file(corpus, d))["message"] for d in DOIS]

    def search(seen: Seen) -> Reply:
        # Crossref's documented work-list envelope around recorded works; rows=2 per page.
        cursor = seen.query["cursor"][0]
        items = works[:2] if cursor == "*" else works[2:] if cursor == "cursor-2" else []
        return Reply(200, {"status": "ok", "message-type": "work-list", "message": {
            "items": items, "total-results": 3, "next-cursor": "cursor-2" if cursor == "*" else "cursor-3",
            "items-per-page": 2}})

    server.route("GET", "/works", search)
    stream = CrossrefClient(_session(tmp_path), base_url=server.url).search(
        "melanoma", filter={"type": "journal-article"}, rows=2)
    assert server.count() == 0
    assert [p.doi for p in stream] == [w["DOI"] for w in works] and stream.total == 3
    sent = [r.query for r in server.requests]
    # A short page is not the end; the empty page after it is (Crossref's documented end marker).
    assert [q["cursor"] for q in sent] == [["*"], ["cursor-2"], ["cursor-3"]]
    assert sent[0]["query"] == ["melanoma"] and sent[0]["rows"] == ["2"]
    assert sent[0]["filter"] == ["type:journal-article"]


def test_crossref_search_refuses_bad_arguments_before_any_request(server: LocalServer, tmp_path: Path) -> None:
    client = CrossrefClient(_session(tmp_path), base_url=server.url)
    with pytest.raises(ValueError, match=r"rows\b.*\b0\b"):  # the argument and its value
        client.search("x", rows=0)
    with pytest.raises(ValueError, match="query"):
        client.search("  ")
    with pytest.raises(ValueError, match="filter"):
        client.search("x", filter={"type": "a,b"})
    assert server.count() == 0


def test_crossref_deprecated_alias_warns_and_answers_the_same(server: LocalServer, tmp_path: Path,
                                                              corpus: Path) -> None:
    client = _crossref(server, tmp_path, corpus)
    with pytest.warns(DeprecationWarning, match=r"CrossrefClient\.get\(\)"):
        old = client.work(DOIS[0])
    assert old == client.get(DOIS[0])


# ---------------------------------------------------------------------------
# CTIS
# ---------------------------------------------------------------------------

CT_NUMBERS = ["2024-510663-34-00", "2023-505613-24-00", "2022-500244-37-00"]


def _ctis_record(corpus: Path, number: str) -> dict[str, Any]:
    return _json(corpus / "ctis" / "derived" / f"ctrdata_demo_CTIS_{number}.json")


def _ctis(server: LocalServer, tmp_path: Path, corpus: Path, *, failing: str | None = None) -> CtisClient:
    for n in CT_NUMBERS:
        server.route("GET", f"/ctis-public-api/retrieve/{n}",
                     Reply(500, b"boom") if n == failing else Reply(200, _ctis_record(corpus, n)))
    return CtisClient(make_session(tmp_path / "c", retries=0, sleep=lambda s: None, retry_403_hosts=()),
                      base_url=server.url + "/ctis-public-api")


def test_ctis_get_reads_the_recorded_trial(server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    t = _ctis(server, tmp_path, corpus).get("2024-510663-34-00")
    record = _ctis_record(corpus, "2024-510663-34-00")
    assert t.trial_id == record["ctNumber"] == "2024-510663-34-00"
    assert t.ids_for("EudraCT") == ("2019-001588-63",)  # the EudraCT number the record lists
    assert "2019-001588-63" in json.dumps(record)


def test_ctis_get_many_keeps_the_others_and_names_the_failure(server: LocalServer, tmp_path: Path,
                                                              corpus: Path) -> None:
    client = _ctis(server, tmp_path, corpus, failing=CT_NUMBERS[1])
    asked = [*CT_NUMBERS, "2022-500000-11-00"]
    batch = client.get_many(asked)
    assert list(batch.found) == [CT_NUMBERS[0], CT_NUMBERS[2]]
    assert [t.trial_id for t in batch.trials] == [CT_NUMBERS[0], CT_NUMBERS[2]]
    assert batch.not_found == ["2022-500000-11-00"]
    assert list(batch.failed) == [CT_NUMBERS[1]] and batch.failed[CT_NUMBERS[1]].status_code == 500  # type: ignore[attr-defined]
    _settled(batch, asked)


def test_ctis_search_pages_through_the_shared_helper(server: LocalServer, tmp_path: Path, corpus: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    hit = _json(corpus / ELSEWHERE / "ctis" / "search_hit_2025-523726-40-00_gregory-ai.json")
    records = [_ctis_record(corpus, n) for n in CT_NUMBERS]
    pages = {1: [hit, records[0]], 2: [records[1], records[2]]}  # real hits and records, two per page

    def search(seen: Seen) -> Reply:
        body = json.loads(seen.body)
        page = body["pagination"]["page"]
        return Reply(200, {"pagination": {"page": page, "size": 2, "totalRecords": 4}, "data": pages.get(page, [])})

    server.route("POST", "/ctis-public-api/search", search)
    calls: list[str] = []
    real = _base.paginate

    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs["what"])
        return real(*args, **kwargs)

    monkeypatch.setattr(_base, "paginate", spy)
    stream = _ctis(server, tmp_path, corpus).search(text="x", page_size=2)
    got = [t.trial_id for t in stream]
    assert calls == ["CTIS search"]  # the one paging helper of _base, not a copy of it
    assert got == [hit["ctNumber"], *CT_NUMBERS] and stream.total == 4
    assert [json.loads(r.body)["pagination"] for r in server.requests] == [{"page": 1, "size": 2},
                                                                          {"page": 2, "size": 2}]


def test_ctis_deprecated_aliases_warn_and_answer_the_same(server: LocalServer, tmp_path: Path,
                                                          corpus: Path) -> None:
    client = _ctis(server, tmp_path, corpus)
    with pytest.warns(DeprecationWarning, match=r"CtisClient\.get\(\)"):
        old = client.retrieve(CT_NUMBERS[0])
    assert old == client.get(CT_NUMBERS[0])
    with pytest.warns(DeprecationWarning, match=r"CtisClient\.get_many\(\)"):
        old_batch = client.trials(CT_NUMBERS)
    assert old_batch.found == client.get_many(CT_NUMBERS).found


# ---------------------------------------------------------------------------
# The contract itself
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("cls", [CtgovClient, PubmedClient, EuropePmcClient, CrossrefClient, CtisClient])
def test_every_client_has_get_get_many_and_search(cls: type) -> None:
    for name in ("get", "get_many", "search"):
        assert callable(getattr(cls, name, None)), f"{cls.__name__}.{name}"


def test_new_names_emit_no_deprecation_warning(server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        assert _ctis(server, tmp_path, corpus).get_many(CT_NUMBERS[:1]).complete
        assert _pubmed(server, tmp_path / "p", corpus).get_many(["22663011"]).complete


def test_as_id_list_never_splits_a_string() -> None:
    assert as_id_list("NCT01958021") == ["NCT01958021"]
    assert as_id_list(("a", "b")) == ["a", "b"]
    with pytest.raises(TypeError, match=r"pmids\b.*\bbytes\b"):  # the parameter and the type given
        as_id_list(b"123", "pmids")  # type: ignore[arg-type]
