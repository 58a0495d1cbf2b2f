"""Every client method that makes requests, against a local server that misbehaves as the
real services do (tests/faultserver.py): each fault ends recovered, or in a TrialinkError
naming the URL and the IDs asked for; and nothing from a failed answer is cached (proved by
running offline, then online against the healed server, on the same cache)."""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from trialink import make_session
from trialink.errors import BadResponseError, OfflineError, RequestError, TrialinkError

from tests import faultserver as fs

RECOVERS = {"429", "503_then_ok", "wrong_type"}
# What each lasting fault is, as the error's closed-vocabulary field (never its message text).
PROBLEM = {"5xx": "http_status", "403": "http_status", "reset": "connection", "slow": "connection",
           "truncated": "unusable_answer", "html": "unusable_answer", "empty": "unusable_answer",
           "inband": "service_error"}  # an error document with status 200 (NCBI); with 4xx it is http_status


@pytest.fixture
def fault_server(corpus: Path) -> Iterator[fs.FaultServer]:
    srv = fs.FaultServer(fs.corpus_answers(corpus))
    srv.inband = fs.inband_answers
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


def _session(cache: Path, sleeps: list[float], *, offline: bool = False):  # type: ignore[no-untyped-def]
    return make_session(cache, offline=offline, retries=2, backoff=0.5, timeout=0.3, connect_timeout=0.3,
                        sleep=sleeps.append)


def _run(case: fs.Case, srv: fs.FaultServer, cache: Path, sleeps: list[float], *,
         offline: bool = False) -> fs.Outcome:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fs.run(case, fs.clients(srv.url, _session(cache, sleeps, offline=offline)))


@pytest.mark.parametrize("fault", fs.FAULTS)
@pytest.mark.parametrize("case", fs.CASES, ids=lambda c: c.name)
def test_fault_recovers_or_names_url_and_ids_and_is_never_cached(
        case: fs.Case, fault: str, fault_server: fs.FaultServer, tmp_path: Path) -> None:
    sleeps: list[float] = []
    healthy = _run(case, fault_server, tmp_path / "baseline", sleeps)
    assert healthy.kind == "ok", f"{case.name} must work against the healthy server: {healthy.error}"
    cache = tmp_path / "cache"

    fault_server.inject(fault, times=1 if fault in ("429", "503_then_ok") else None)
    got = _run(case, fault_server, cache, sleeps)
    if fault in RECOVERS:
        assert got.kind == "ok" and got.value == healthy.value, f"{fault}: {got.error}"
        if fault == "429":
            assert 2.0 in sleeps, "Retry-After: 2 must be honoured"
    else:
        assert got.kind in ("error", "failed"), f"{case.name} under {fault} must not pass for a success"
        err = got.error
        assert isinstance(err, RequestError), f"{type(err).__name__}: {err}"
        assert "127.0.0.1" in str(err) and "127.0.0.1" in err.url
        for i in case.ids:
            assert i in str(err) or (got.kind == "failed" and i in got.value), f"{i} not named in: {err}"
        if got.kind == "failed":
            assert set(got.value) == set(case.ids), "every ID of the failed batch is in failed"
        want = "http_status" if fault == "inband" and (err.status_code or 0) >= 400 else PROBLEM[fault]
        assert err.problem == want, f"{case.name} under {fault}: {err.problem} ({err})"
        if fault in ("truncated", "html", "empty"):
            assert isinstance(err, BadResponseError) and err.attempts == 2  # asked again once, then refused

    fault_server.heal()
    # Offline on the same cache: a failed answer was never stored, so it is a miss.
    offline = _run(case, fault_server, cache, sleeps, offline=True)
    if fault in RECOVERS:
        assert offline.kind == "ok" and offline.value == healthy.value
    else:
        assert offline.kind in ("error", "failed") and isinstance(offline.error, OfflineError), offline
    # Online against the healed server, same cache: the real answer, then kept.
    again = _run(case, fault_server, cache, sleeps)
    assert again.kind == "ok" and again.value == healthy.value, again.error
    assert _run(case, fault_server, cache, sleeps, offline=True).value == healthy.value


def test_a_cached_answer_that_no_longer_parses_is_dropped_and_fetched_again(
        fault_server: fs.FaultServer, tmp_path: Path) -> None:
    """A cache poisoned before this fix (an HTML page stored as 200) heals on the next online call."""
    sleeps: list[float] = []
    case = next(c for c in fs.CASES if c.name == "CrossrefClient.get")
    fault_server.inject("html")
    sess = _session(tmp_path, sleeps)
    # Store the bad answer the old way: straight through the cache, no parse.
    sess.get(fault_server.url + "/works/10.1136/esmoopen-2020-000776")
    fault_server.heal()
    before = fault_server.count()
    got = _run(case, fault_server, tmp_path, sleeps)
    assert got.kind == "ok" and got.value == "10.1136/esmoopen-2020-000776"
    assert fault_server.count() == before + 1
    assert _run(case, fault_server, tmp_path, sleeps, offline=True).kind == "ok"


def test_ncbi_error_document_is_not_read_as_not_found(fault_server: fs.FaultServer, tmp_path: Path) -> None:
    from trialink import PubmedClient

    fault_server.inject("inband")
    client = PubmedClient(_session(tmp_path, []), base_url=fault_server.url + "/entrez/eutils")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        batch = client.get_many(["22663011", "12345678"])
    assert batch.not_found == [] and set(batch.failed) == {"22663011", "12345678"}
    assert "Unable to obtain query #1" in str(batch.failed["22663011"])


def test_truncated_efetch_body_fails_the_batch_not_the_records(fault_server: fs.FaultServer, tmp_path: Path) -> None:
    from trialink import PubmedClient

    fault_server.inject("truncated")
    client = PubmedClient(_session(tmp_path, []), base_url=fault_server.url + "/entrez/eutils")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        batch = client.get_many(["22663011"])
    assert batch.not_found == [] and batch.publications == []
    assert isinstance(batch.failed["22663011"], BadResponseError)


def test_every_error_is_in_the_family(fault_server: fs.FaultServer, tmp_path: Path) -> None:
    """No requests/urllib3/json exception escapes any client method under any fault."""
    sleeps: list[float] = []
    for fault in ("reset", "html", "empty", "truncated", "inband"):
        fault_server.inject(fault)
        for case in fs.CASES:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    case.call(fs.clients(fault_server.url, _session(tmp_path / fault, sleeps)))
            except TrialinkError:
                pass
        fault_server.heal()


# ---------------------------------------------------------------------------
# Batches never lose data; tokens never spin; search answers expire
# ---------------------------------------------------------------------------


def _ct_server(corpus: Path, refuse: str | None = None, max_target: int | None = None) -> fs.FaultServer:
    """CT.gov as it answers: 400 for the whole request when one ID is refused; 414 past a request-line limit."""
    good = fs.corpus_answers(corpus)

    def answer(seen: fs.Seen) -> fs.Answer:
        asked = seen.query.get("filter.ids", [""])[0].split(",")
        if refuse and refuse in asked:
            return fs.Answer(400, f'{{"message":"filter.ids: {refuse} is not a valid NCT ID"}}'.encode())
        if max_target is not None:
            target = len(seen.path) + 1 + sum(len(k) + len(v[0]) + 2 for k, v in seen.query.items()) \
                + 2 * seen.query.get("filter.ids", [""])[0].count(",")  # "," is sent as "%2C"
            if target > max_target:
                return fs.Answer(414, b"URI Too Long", "text/plain")
        return good(seen)

    return fs.FaultServer(answer).start()


def test_a_400_batch_is_bisected_the_valid_ids_come_back_and_the_offender_is_named(
        corpus: Path, tmp_path: Path) -> None:
    from trialink import CtgovClient

    srv = _ct_server(corpus, refuse="NCT09876512")
    try:
        batch = CtgovClient(_session(tmp_path, []), base_url=srv.url + "/api/v2").get_many(
            ["NCT00791778", "NCT09876512", "NCT00763412", "NCT08123456"])
    finally:
        srv.stop()
    assert [t.trial_id for t in batch.trials] == ["NCT00791778", "NCT00763412"]
    assert list(batch.failed) == ["NCT09876512"] and batch.failed["NCT09876512"].status_code == 400
    assert "NCT09876512" in str(batch.failed["NCT09876512"])
    assert batch.not_found == ["NCT08123456"]  # a complete, valid answer lacked it


def test_ids_ctgov_refuses_are_not_sent_and_lookup_keeps_the_valid_one(corpus: Path, tmp_path: Path) -> None:
    from trialink import CtgovClient, lookup_trials
    from trialink.errors import InvalidIdError

    srv = _ct_server(corpus)
    try:
        client = CtgovClient(_session(tmp_path, []), base_url=srv.url + "/api/v2")
        found = lookup_trials(["NCT00791778", "NCT00000000"], use_corpus=False, client=client)
        asked = [i for r in srv.requests for i in r.query.get("filter.ids", [""])[0].split(",")]
    finally:
        srv.stop()
    assert [t.trial_id for t in found.trials] == ["NCT00791778"]
    assert isinstance(found.errors["NCT00000000"], InvalidIdError)
    assert "NCT00000000" not in asked and "NCT00000000" not in found.not_found


def test_a_server_with_an_8kb_request_line_limit_serves_every_batch(corpus: Path, tmp_path: Path) -> None:
    from trialink import CtgovClient

    srv = _ct_server(corpus, max_target=8192)
    ids = ["NCT00791778"] + [f"NCT{n:08d}" for n in range(90000000, 90001000)]
    try:
        batch = CtgovClient(_session(tmp_path, []), base_url=srv.url + "/api/v2").get_many(ids)
    finally:
        srv.stop()
    assert not batch.failed and [t.trial_id for t in batch.trials] == ["NCT00791778"]
    assert len(batch.not_found) == 1000


def test_a_failing_efetch_batch_keeps_the_batches_already_fetched(corpus: Path, tmp_path: Path) -> None:
    from trialink import PubmedClient

    good = fs.corpus_answers(corpus)
    calls = {"n": 0}

    def answer(seen: fs.Seen) -> fs.Answer:
        calls["n"] += 1
        return good(seen) if b"22663011" in seen.body else fs.Answer(503, b"down", "text/plain")

    srv = fs.FaultServer(answer).start()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            batch = PubmedClient(_session(tmp_path, []), base_url=srv.url).get_many(
                ["22663011", "10023303", "10023943"], batch_size=1)
    finally:
        srv.stop()
    assert [p.pmid for p in batch.publications] == ["22663011"]
    assert set(batch.failed) == {"10023303", "10023943"} and batch.not_found == []


@pytest.mark.parametrize("which", ["ctgov", "europepmc"])
def test_a_repeated_page_token_stops_with_an_error_not_a_spin(which: str, corpus: Path, tmp_path: Path) -> None:
    from trialink import CtgovClient, EuropePmcClient

    study = json.loads((corpus / "ctgov" / "v2" / "NCT00791778.json").read_text(encoding="utf-8"))
    study = study["studies"][0] if "studies" in study else study
    epmc = json.loads((corpus / "europepmc" / "search_lite_22663011.json").read_text(encoding="utf-8"))

    def answer(seen: fs.Seen) -> fs.Answer:
        # Token A -> B -> A: the server repeats an earlier token.
        asked = (seen.query.get("pageToken") or seen.query.get("cursorMark") or ["*"])[0]
        nxt = {"*": "A", "A": "B", "B": "A"}[asked]
        if which == "ctgov":
            return fs.Answer(body=json.dumps({"studies": [study], "nextPageToken": nxt}).encode())
        return fs.Answer(body=json.dumps({**epmc, "nextCursorMark": nxt}).encode())

    srv = fs.FaultServer(answer).start()
    try:
        sess = _session(tmp_path, [])
        stream = (CtgovClient(sess, base_url=srv.url).search(cond="x") if which == "ctgov"
                  else EuropePmcClient(sess, base_url=srv.url).search("x"))
        got = []
        with pytest.raises(RequestError) as info:
            for item in stream:
                got.append(item)
        assert info.value.problem == "repeated_page"
    finally:
        srv.stop()
    assert len(got) == 3 and srv.count() == 3


def test_a_stale_cached_token_restarts_the_chain_without_the_cache(corpus: Path, tmp_path: Path) -> None:
    from trialink import CtgovClient

    study = json.loads((corpus / "ctgov" / "v2" / "NCT00791778.json").read_text(encoding="utf-8"))
    study = study["studies"][0] if "studies" in study else study
    other = json.loads((corpus / "ctgov" / "v2" / "NCT00763412.json").read_text(encoding="utf-8"))
    other = other["studies"][0] if "studies" in other else other
    state = {"day": 1}

    def answer(seen: fs.Seen) -> fs.Answer:
        token = seen.query.get("pageToken", [None])[0]
        live = f"day{state['day']}"
        if token is None:
            return fs.Answer(body=json.dumps({"studies": [study], "nextPageToken": live}).encode())
        if token != live:
            return fs.Answer(400, b'{"message":"pageToken expired"}')
        return fs.Answer(body=json.dumps({"studies": [other]}).encode())

    srv = fs.FaultServer(answer).start()
    try:
        sess = _session(tmp_path, [])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            first = list(CtgovClient(sess, base_url=srv.url).search(cond="x", max_results=1))
        state["day"] = 2  # the token kept in the cache has expired upstream
        again = [t.trial_id for t in CtgovClient(sess, base_url=srv.url).search(cond="x")]
    finally:
        srv.stop()
    assert [t.trial_id for t in first] == ["NCT00791778"]
    assert again == ["NCT00791778", "NCT00763412"]


def test_search_answers_expire_and_records_by_id_keep(corpus: Path, tmp_path: Path) -> None:
    from trialink import CtgovClient
    from trialink.http import SEARCH_EXPIRE_AFTER

    srv = fs.FaultServer(fs.corpus_answers(corpus)).start()
    try:
        sess = _session(tmp_path, [])
        client = CtgovClient(sess, base_url=srv.url + "/api/v2")
        client.get("NCT00791778")
        list(client.search(cond="cancer"))
    finally:
        srv.stop()
    stored = {r.url.split("?")[0].rsplit("/", 1)[-1]: r for r in sess.cache.responses.values()}
    assert stored["NCT00791778"].expires is None
    search = stored["studies"]
    lifetime = (search.expires - search.created_at).total_seconds()
    assert abs(lifetime - SEARCH_EXPIRE_AFTER) < 5


def test_find_publications_returns_its_failures_with_the_table(tmp_path: Path) -> None:
    import socket

    from trialink import EuropePmcClient, PubmedClient
    from trialink.errors import IncompleteResultsWarning
    from trialink.link import find_publications

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    sess = _session(tmp_path, [])
    dead = f"http://127.0.0.1:{port}"
    with pytest.warns(IncompleteResultsWarning) as caught:
        df = find_publications(["NCT01245062"], pubmed=PubmedClient(sess, base_url=dead),
                               europepmc=EuropePmcClient(sess, base_url=dead), fuzzy=False)
    assert df.empty
    (w,) = [c.message for c in caught if isinstance(c.message, IncompleteResultsWarning)]
    assert w.failures == df.attrs["failures"] and {f["problem"] for f in w.failures} == {"no_network"}
    assert [(f["step"], f["query"]) for f in df.attrs["failures"]] == [
        ("pubmed_esearch", "NCT01245062[si]"), ("pubmed_esearch", "NCT01245062[tiab]"),
        ("europepmc_search", "NCT01245062")]
    assert all("no network" in f["error"] for f in df.attrs["failures"])


def test_an_expired_search_is_asked_again_online_and_still_served_offline(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from trialink import CtgovClient
    from trialink.sources import _base

    monkeypatch.setattr(_base, "SEARCH_EXPIRE_AFTER", 0.0)  # stored already expired
    srv = fs.FaultServer(fs.corpus_answers(corpus)).start()
    try:
        first = [t.trial_id for t in CtgovClient(_session(tmp_path, []), base_url=srv.url + "/api/v2")
                 .search(cond="cancer")]
        n = srv.count()
        offline = [t.trial_id for t in CtgovClient(_session(tmp_path, [], offline=True), base_url=srv.url + "/api/v2")
                   .search(cond="cancer")]
        assert srv.count() == n and offline == first
        again = [t.trial_id for t in CtgovClient(_session(tmp_path, []), base_url=srv.url + "/api/v2")
                 .search(cond="cancer")]
        assert srv.count() == n + 1 and again == first
    finally:
        srv.stop()


def test_an_expired_webenv_restarts_the_history_chain(corpus: Path, tmp_path: Path) -> None:
    from trialink import PubmedClient

    efetch = (corpus / "pubmed" / "efetch_22663011.xml").read_bytes()
    state = {"env": 1}

    def answer(seen: fs.Seen) -> fs.Answer:
        if seen.path.endswith("esearch.fcgi"):
            return fs.Answer(body=json.dumps({"esearchresult": {"count": "1", "idlist": [], "querykey": "1",
                                                                "webenv": f"ENV{state['env']}"}}).encode())
        if seen.query["WebEnv"] != [f"ENV{state['env']}"]:
            return fs.Answer(body=fs.NCBI_ERROR, ctype="text/xml")
        return fs.Answer(body=efetch, ctype="text/xml")

    srv = fs.FaultServer(answer).start()
    try:
        sess = _session(tmp_path, [])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            client = PubmedClient(sess, base_url=srv.url)
            client.esearch("x", retmax=0, usehistory=True)  # ENV1 kept in the cache
            state["env"] = 2  # NCBI forgot ENV1
            got = [p.pmid for p in client.search("x")]
    finally:
        srv.stop()
    assert got == ["22663011"]
    assert [r.query.get("WebEnv", ["-"])[0] for r in srv.requests if r.path.endswith("efetch.fcgi")][-1] == "ENV2"


def test_a_malformed_page_fails_its_ids_only(corpus: Path, tmp_path: Path) -> None:
    from trialink import CtgovClient

    good = fs.corpus_answers(corpus)

    def answer(seen: fs.Seen) -> fs.Answer:
        if "NCT00763412" in seen.query.get("filter.ids", [""])[0]:
            return fs.Answer(body=b'{"studies": {"not": "a list"}}')
        return good(seen)

    srv = fs.FaultServer(answer).start()
    try:
        batch = CtgovClient(_session(tmp_path, []), base_url=srv.url + "/api/v2").get_many(
            ["NCT00791778", "NCT00763412"], batch_size=1)
    finally:
        srv.stop()
    assert [t.trial_id for t in batch.trials] == ["NCT00791778"]
    assert list(batch.failed) == ["NCT00763412"] and batch.failed["NCT00763412"].field == "studies"


def test_a_search_page_kept_forever_by_an_older_version_is_asked_again(corpus: Path, tmp_path: Path) -> None:
    from trialink import CtgovClient

    srv = fs.FaultServer(fs.corpus_answers(corpus)).start()
    try:
        sess = _session(tmp_path, [])
        url = srv.url + "/api/v2/studies"
        params = {"query.cond": "cancer", "pageSize": 100, "countTotal": "true", "format": "json"}
        sess.get(url, params=params)  # stored the old way: no expiry
        n = srv.count()
        got = [t.trial_id for t in CtgovClient(sess, base_url=srv.url + "/api/v2").search(cond="cancer")]
        assert srv.count() == n + 1 and got
        assert CtgovClient(sess, base_url=srv.url + "/api/v2").search(cond="cancer").to_list()
        assert srv.count() == n + 1, "now stored with an expiry, so the next call is a hit"
    finally:
        srv.stop()
