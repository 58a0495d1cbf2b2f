"""The CT.gov v2 client against a local server replaying real recorded responses."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import pytest
from trialink import CtgovClient, InvalidIdError, NotFoundError, make_session

from tests.conftest import LocalServer, Reply, Seen, expect_truncated


def _client(server: LocalServer, tmp_path: Path, **kw: Any) -> CtgovClient:
    return CtgovClient(make_session(tmp_path / "c", sleep=lambda s: None, **kw), base_url=server.url + "/api/v2")


def _load(corpus: Path, rel: str) -> dict[str, Any]:
    return json.loads((corpus / "ctgov" / rel).read_text(encoding="utf-8"))


def test_search_follows_next_page_token_and_tolerates_an_empty_last_page(
        server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    page1 = _load(corpus, "search/v2_search_phelan_page1_2026-08-11.json")
    page2 = _load(corpus, "search/v2_search_phelan_page2_2026-08-11.json")
    last = {"studies": []}  # the registry sometimes ends with an empty page

    def pages(seen: Seen) -> Reply:
        token = seen.query.get("pageToken", [None])[0]
        if token is None:
            return Reply(200, page1)
        if token == page1["nextPageToken"]:
            return Reply(200, page2)
        assert token == page2["nextPageToken"]
        return Reply(200, last)

    server.route("GET", "/api/v2/studies", pages)
    stream = _client(server, tmp_path).search(cond="Phelan-McDermid Syndrome", page_size=5)
    trials = list(stream)
    expected = [s["protocolSection"]["identificationModule"]["nctId"] for s in page1["studies"] + page2["studies"]]
    assert [t.trial_id for t in trials] == expected and len(expected) == 10
    assert stream.total == page1["totalCount"] == 21
    assert server.count("/api/v2/studies") == 3
    first = server.requests[0].query
    assert first["query.cond"] == ["Phelan-McDermid Syndrome"] and first["pageSize"] == ["5"]
    assert first["countTotal"] == ["true"] and "pageToken" not in first
    assert server.requests[1].query["pageToken"] == [page1["nextPageToken"]]


def test_max_results_truncates_with_a_warning(server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    page1 = _load(corpus, "search/v2_search_phelan_page1_2026-08-11.json")
    server.route("GET", "/api/v2/studies", Reply(200, page1))
    with expect_truncated(3, 21):
        stream = _client(server, tmp_path).search(cond="Phelan", page_size=5, max_results=3)
        got = list(stream)
    assert len(got) == 3 and stream.truncated
    assert server.count() == 1


def test_no_warning_when_everything_fits(server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    page = _load(corpus, "search/v2_search_nsclc_egfr_l858r_2026-08-11.json")
    server.route("GET", "/api/v2/studies", Reply(200, page))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        got = list(_client(server, tmp_path).search(term="EGFR L858R", max_results=10))
    assert len(got) == page["totalCount"] == 2


def test_every_search_option_reaches_the_request(server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    server.route("GET", "/api/v2/studies",
                 Reply(200, _load(corpus, "search/v2_search_nsclc_egfr_l858r_2026-08-11.json")))
    list(_client(server, tmp_path).search(
        cond="breast cancer", term="ESR1", intr="camizestrant", titles="SERENA", spons="AstraZeneca",
        id="2019-001588-63", status=["RECRUITING", "COMPLETED"], advanced="AREA[Phase]PHASE3",
        agg_filters="results:with", fields=["BriefTitle", "Phase"], sort="LastUpdatePostDate:desc", page_size=50))
    q = server.requests[0].query
    assert {k: v[0] for k, v in q.items()} == {
        "query.cond": "breast cancer", "query.term": "ESR1", "query.intr": "camizestrant", "query.titles": "SERENA",
        "query.spons": "AstraZeneca", "query.id": "2019-001588-63", "filter.overallStatus": "RECRUITING,COMPLETED",
        "filter.advanced": "AREA[Phase]PHASE3", "aggFilters": "results:with", "fields": "NCTId,BriefTitle,Phase",
        "sort": "LastUpdatePostDate:desc", "pageSize": "50", "countTotal": "true", "format": "json"}


def test_bad_arguments_fail_before_any_request(server: LocalServer, tmp_path: Path) -> None:
    client = _client(server, tmp_path)
    with pytest.raises(ValueError, match="page_size"):
        client.search(cond="x", page_size=5000)
    with pytest.raises(ValueError, match="RECRUTING"):
        client.search(status="RECRUTING")
    with pytest.raises(InvalidIdError) as info:
        client.get_many(["NCT01602380", "NCT1", "2019-001588-63"])
    assert info.value.values == ("NCT1", "2019-001588-63")
    assert server.count() == 0


def _batch_server(server: LocalServer, corpus: Path) -> set[str]:
    """Answer filter.ids with real corpus studies for the IDs it has; others are absent."""
    have = {}
    for f in (corpus / "ctgov" / "v2").glob("NCT*.json"):
        obj = json.loads(f.read_text(encoding="utf-8"))
        for st in obj.get("studies", [obj]):
            have[st["protocolSection"]["identificationModule"]["nctId"]] = st

    def handler(seen: Seen) -> Reply:
        wanted = seen.query["filter.ids"][0].split(",")
        assert int(seen.query["pageSize"][0]) == len(wanted) <= 1000
        return Reply(200, {"studies": [have[i] for i in wanted if i in have]})

    server.route("GET", "/api/v2/studies", handler)
    return set(have)


def test_batches_follow_the_8kb_request_target_and_a_warm_cache_costs_none(
        server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    have = sorted(_batch_server(server, corpus))
    ids = have + [f"NCT{n:08d}" for n in range(90000000, 90000000 + 2500 - len(have))]
    assert len(ids) == 2500
    client = _client(server, tmp_path)
    batch = client.get_many(ids)
    # By hand: "/api/v2/studies?filter.ids=" (27) + "&pageSize=1000" (14) + "&format=json" (12) = 53 bytes,
    # then 11 bytes per NCT number and 3 ("%2C") between two: 53 + 14k - 3 <= 8000 gives k <= 567,
    # so 2,500 IDs take 5 requests (567 x 4 + 232), none with a request target over 8 KB.
    sizes = [len(r.query["filter.ids"][0].split(",")) for r in server.requests]
    assert sizes == [567, 567, 567, 567, 232]
    for r in server.requests:
        target = f"{r.path}?filter.ids={r.query['filter.ids'][0].replace(',', '%2C')}&pageSize=" \
                 f"{r.query['pageSize'][0]}&format=json"
        assert len(target) <= 8000
    assert server.count() == 5 and batch.requests == 5
    assert sorted(t.trial_id for t in batch.trials) == have
    assert len(batch.not_found) == 2500 - len(have)
    again = client.get_many(ids)
    assert server.count() == 5, "warm cache must cost no request"
    assert [t.trial_id for t in again.trials] == [t.trial_id for t in batch.trials]


def test_a_bad_study_in_a_batch_keeps_the_others(server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    good = _load(corpus, "v2/NCT00791778.json")
    bad = {"protocolSection": {"identificationModule": {"nctId": "NCT01234567"},
                               "designModule": {"enrollmentInfo": {"count": "lots"}}}}
    server.route("GET", "/api/v2/studies", Reply(200, {"studies": [bad, good]}))
    batch = _client(server, tmp_path).get_many(["NCT01234567", "NCT00791778"])
    assert [t.trial_id for t in batch.trials] == ["NCT00791778"]
    assert batch.not_found == ["NCT01234567"]
    assert batch.errors[0].field == "studies[0].protocolSection.designModule.enrollmentInfo.count"


def test_study_version_and_not_found(server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    server.route("GET", "/api/v2/studies/NCT00791778", Reply(200, _load(corpus, "v2/NCT00791778.json")))
    server.route("GET", "/api/v2/version", Reply(200, {"apiVersion": "2.0.5", "dataTimestamp": "2026-11-20T09:00:05"}))
    client = _client(server, tmp_path)
    assert client.get("nct00791778").enrollment == 246
    assert client.version()["apiVersion"] == "2.0.5"
    with pytest.raises(NotFoundError) as info:
        client.get("NCT09999999")
    assert info.value.status_code == 404 and "NCT09999999" in info.value.url
