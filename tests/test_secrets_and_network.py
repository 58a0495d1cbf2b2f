"""Credentials never reach an exception text, a log line (ours or urllib3's), the cache or the
CLI's output, whatever the failure; no network is said plainly and not retried."""

from __future__ import annotations

import logging
import socket
import warnings
from pathlib import Path
from typing import Any

import pytest
from trialink import cli, make_session
from trialink.errors import NoNetworkError, RequestError, TrialinkError
from trialink.http import scrub

from tests import faultserver as fs

KEY = "K3Y-s3cr3t-0123456789abcdef"
EMAIL = "someone.private@example.org"


@pytest.fixture
def secrets_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NCBI_API_KEY", KEY)
    monkeypatch.setenv("NCBI_EMAIL", EMAIL)


def _leaks(text: str) -> list[str]:
    forms = {KEY, EMAIL, EMAIL.replace("@", "%40")}
    return [f for f in forms if f in text]


def _dns_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    real = socket.getaddrinfo

    def fake(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host in ("127.0.0.1", "localhost", "::1"):
            return real(host, *args, **kwargs)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fake)


def test_credentials_never_leak_under_any_failure(secrets_env: None, corpus: Path, tmp_path: Path,
                                                  caplog: pytest.LogCaptureFixture,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from trialink import PubmedClient

    caplog.set_level(logging.DEBUG)  # ours, urllib3's and requests-cache's debug lines
    srv = fs.FaultServer(fs.corpus_answers(corpus))
    srv.inband = fs.inband_answers
    srv.start()
    texts: list[str] = []
    try:
        sess = make_session(tmp_path, retries=1, timeout=0.3, connect_timeout=0.3, sleep=lambda s: None,
                            credential_hosts=("127.0.0.1",))
        client = PubmedClient(sess, base_url=srv.url + "/entrez/eutils")
        for fault in ("5xx", "403", "reset", "slow", "truncated", "html", "empty", "inband", "429"):
            srv.inject(fault)
            for call in (lambda: client.esearch("NCT01020916[si]"), lambda: client.get_many(["22663011"]),
                         lambda: client.elink(["29540945"])):
                try:
                    out = call()
                except TrialinkError as exc:
                    texts.append(f"{exc!s} {exc!r} {getattr(exc, 'url', '')}")
                else:
                    texts.extend(f"{e!s} {getattr(e, 'url', '')}" for e in getattr(out, "failed", {}).values())
            srv.heal()
        # The credentials did reach the server (so the test is not vacuous)...
        assert any(r.query.get("api_key") == [KEY] for r in srv.requests)
        # ... and a healthy answer is cached without them.
        client.esearch("NCT01020916[si]")
        # A redirect whose Location echoes the query (credentials included) must not carry them into the cache.
        srv.healthy = _redirecting(srv.healthy)
        client.get_many(["22663011"])
        assert any(r.path.endswith("/moved") for r in srv.requests)
    finally:
        srv.stop()
    # Connection refused and DNS failure (the texts urllib3 builds hold the whole URL).
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    dead = PubmedClient(make_session(tmp_path / "dead", retries=2, sleep=lambda s: None,
                                     credential_hosts=("127.0.0.1",)), base_url=f"http://127.0.0.1:{port}/e")
    try:
        dead.esearch("x")
    except NoNetworkError as exc:
        texts.append(f"{exc!s} {exc!r}")
    _dns_fails(monkeypatch)
    try:
        PubmedClient(make_session(tmp_path / "dns", retries=2, sleep=lambda s: None)).esearch("x")
    except NoNetworkError as exc:
        texts.append(f"{exc!s} {exc!r}")
    assert len(texts) >= 20
    for t in texts:
        assert not _leaks(t), t
    assert not _leaks(caplog.text), [line for line in caplog.text.splitlines() if _leaks(line)][:3]
    assert "urllib3" in caplog.text or "connectionpool" in caplog.text, "urllib3 debug lines were captured"
    sess.cache.responses.close() if hasattr(sess.cache.responses, "close") else None
    stored = (tmp_path / "http_cache.sqlite").read_bytes()
    assert KEY.encode() not in stored and EMAIL.encode() not in stored
    assert EMAIL.replace("@", "%40").encode() not in stored


def _redirecting(healthy: Any) -> Any:
    def answer(seen: fs.Seen) -> fs.Answer:
        if seen.path.endswith("efetch.fcgi"):
            query = "&".join(f"{k}={v[0]}" for k, v in seen.query.items())
            return fs.Answer(302, b"", headers={"Location": f"/entrez/eutils/moved?{query}"})
        if seen.path.endswith("/moved"):
            return healthy(fs.Seen(seen.method, "/entrez/eutils/efetch.fcgi", seen.query, seen.body))
        return healthy(seen)
    return answer


def test_cli_with_no_network_says_so_and_leaks_nothing(secrets_env: None, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _dns_fails(monkeypatch)
    empty = tmp_path / "empty_corpus"
    empty.mkdir()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        code = cli.main(["pubs", "12345678", "--corpus", str(empty)])
    out = capsys.readouterr()
    assert code == 1
    assert "not found: 12345678" not in out.err, "never looked up: must not read as not found"
    assert "not fetched: 12345678: no_network: " in out.err
    assert "--offline" in out.err and "TRIALINK_OFFLINE=1" in out.err
    assert not _leaks(out.err + out.out)


def test_dns_failure_is_not_retried_with_back_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from trialink import CtgovClient

    _dns_fails(monkeypatch)
    waits: list[float] = []
    sess = make_session(tmp_path, retries=4, sleep=waits.append)
    with pytest.raises(NoNetworkError) as info:
        CtgovClient(sess).get("NCT01602380")
    assert waits == [] and sess.network_requests == 1
    err = info.value
    assert (err.problem, err.host, err.ids) == ("no_network", "clinicaltrials.gov", ("NCT01602380",))
    assert all(s in str(err) for s in (*err.switches, err.host, "NCT01602380"))


def test_scrub_removes_credentials_anywhere() -> None:
    text = "GET /e?db=pubmed&api_key=abc123secret&email=a%40b.org&tool=trialink failed"
    assert "abc123secret" not in scrub(text) and "a%40b.org" not in scrub(text)
    assert "db=pubmed" in scrub(text)


def test_crossref_mailto_goes_to_crossref_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSREF_MAILTO", "polite@example.org")
    sess = make_session(backend="memory")
    adapter = sess.adapters["https://"]
    assert adapter._credentials_for("api.crossref.org") == {"mailto": "polite@example.org"}  # type: ignore[attr-defined]
    assert "mailto" not in adapter._credentials_for("clinicaltrials.gov")  # type: ignore[attr-defined]
    assert "mailto" in sess.settings.ignored_parameters  # never part of a cache key


def test_request_errors_name_the_ids(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    from trialink import PubmedClient

    batch = PubmedClient(make_session(tmp_path, sleep=lambda s: None),
                         base_url=f"http://127.0.0.1:{port}/e").get_many(["22663011", "10023303"])
    err = batch.failed["22663011"]
    assert isinstance(err, RequestError) and "22663011" in str(err) and "10023303" in str(err)
    assert err.ids == ("22663011", "10023303") and batch.not_found == []


def test_a_host_that_never_accepts_a_connection_is_tried_twice_not_five_times(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import requests
    import urllib3

    calls: list[int] = []

    def blackhole(self, request, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        raise requests.ConnectTimeout(urllib3.exceptions.ConnectTimeoutError(None, "timed out"), request=request)

    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send", blackhole)
    waits: list[float] = []
    sess = make_session(tmp_path, retries=4, sleep=waits.append)
    with pytest.raises(RequestError) as info:
        sess.get("http://127.0.0.1:9/x")
    assert (info.value.problem, info.value.attempts) == ("connection", 2)
    assert len(calls) == 2 and waits == [1.0]
