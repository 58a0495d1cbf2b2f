"""The HTTP transport against a real server on 127.0.0.1: cache, retries, throttle, offline, secrets."""

from __future__ import annotations

import itertools
import logging
import socket
from pathlib import Path

import pytest
import requests
from trialink import OfflineError, make_session
from trialink.errors import NoNetworkError
from trialink.http import default_cache_dir, redact

from tests.conftest import LocalServer, Reply


def _session(tmp_path: Path, sleeps: list[float], **kw: object):  # type: ignore[no-untyped-def]
    return make_session(tmp_path / "c", sleep=sleeps.append, **kw)  # type: ignore[arg-type]


def test_second_get_is_a_cache_hit(server: LocalServer, tmp_path: Path, sleeps: list[float]) -> None:
    server.route("GET", "/a", Reply(200, {"n": 1}))
    s = _session(tmp_path, sleeps)
    first = s.get(server.url + "/a", params={"q": "x"})
    second = s.get(server.url + "/a", params={"q": "x"})
    assert first.json() == second.json() == {"n": 1}
    assert (first.from_cache, second.from_cache) == (False, True)
    assert server.count("/a") == 1 and s.network_requests == 1
    assert (tmp_path / "c" / "http_cache.sqlite").is_file()


def test_post_is_cached_by_body(server: LocalServer, tmp_path: Path, sleeps: list[float]) -> None:
    server.route("POST", "/search", lambda seen: Reply(200, {"echo": seen.body.decode()}))
    s = _session(tmp_path, sleeps)
    a = s.post(server.url + "/search", json={"page": 1})
    b = s.post(server.url + "/search", json={"page": 1})
    c = s.post(server.url + "/search", json={"page": 2})
    assert b.from_cache and not c.from_cache and a.json() != c.json()
    assert server.count("/search") == 2


def test_429_with_retry_after_then_success(server: LocalServer, tmp_path: Path, sleeps: list[float]) -> None:
    server.route("GET", "/busy", [Reply(429, {"error": "slow down"}, {"Retry-After": "7"}), Reply(200, {"ok": True})])
    s = _session(tmp_path, sleeps)
    resp = s.get(server.url + "/busy")
    assert resp.status_code == 200 and resp.json() == {"ok": True}
    assert server.count("/busy") == 2
    assert 7.0 in sleeps


def test_5xx_backs_off_exponentially_and_gives_up(server: LocalServer, tmp_path: Path, sleeps: list[float]) -> None:
    server.route("GET", "/down", Reply(503, "maintenance"))
    s = _session(tmp_path, sleeps, retries=3, backoff=0.5)
    resp = s.get(server.url + "/down")
    assert resp.status_code == 503
    assert server.count("/down") == 4
    assert sleeps == [0.5, 1.0, 2.0]


def test_error_responses_are_never_cached(server: LocalServer, tmp_path: Path, sleeps: list[float]) -> None:
    server.route("GET", "/flaky", [Reply(500, "boom"), Reply(200, {"ok": 1})])
    s = _session(tmp_path, sleeps, retries=0)
    assert s.get(server.url + "/flaky").status_code == 500
    again = s.get(server.url + "/flaky")
    assert again.status_code == 200 and not again.from_cache


def test_offline_miss_names_the_url_and_offline_hit_works(server: LocalServer, tmp_path: Path,
                                                           sleeps: list[float]) -> None:
    server.route("GET", "/rec", Reply(200, {"id": 1}))
    online = _session(tmp_path, sleeps)
    online.get(server.url + "/rec", params={"id": "1"})
    offline = _session(tmp_path, sleeps, offline=True)
    assert offline.get(server.url + "/rec", params={"id": "1"}).json() == {"id": 1}
    with pytest.raises(OfflineError) as info:
        offline.get(server.url + "/rec", params={"id": "2"})
    assert f"{server.url}/rec?id=2" in str(info.value)
    assert server.count("/rec") == 1


def test_offline_from_environment(monkeypatch: pytest.MonkeyPatch, server: LocalServer, tmp_path: Path,
                                  sleeps: list[float]) -> None:
    monkeypatch.setenv("TRIALINK_OFFLINE", "1")
    with pytest.raises(OfflineError):
        _session(tmp_path, sleeps).get(server.url + "/never")
    assert server.count() == 0


def test_throttle_spaces_network_calls_but_not_cache_hits(server: LocalServer, tmp_path: Path,
                                                          sleeps: list[float]) -> None:
    server.route("GET", "/t", lambda seen: Reply(200, {"q": seen.query}))
    s = _session(tmp_path, sleeps, rates={"127.0.0.1": 2.0})
    for i in range(3):
        s.get(server.url + "/t", params={"i": i})
    waits = list(sleeps)
    # 2 requests/s: the 2nd call waits up to 0.5 s, the 3rd up to 1.0 s, less the time the calls
    # themselves took (the recorder does not really sleep; slots are wall-clock, shared by processes).
    assert len(waits) == 2 and 0 < waits[0] <= 0.5 and waits[0] < waits[1] <= 1.0
    for i in range(3):
        assert s.get(server.url + "/t", params={"i": i}).from_cache
    assert sleeps == waits


def test_credentials_reach_the_server_but_never_the_cache_or_logs(
        server: LocalServer, tmp_path: Path, sleeps: list[float], caplog: pytest.LogCaptureFixture) -> None:
    server.route("GET", "/esearch.fcgi", lambda seen: Reply(200, {"seen": sorted(seen.query)}))
    secret = "SECRET-KEY-123456"
    caplog.set_level(logging.DEBUG, logger="trialink")
    s = _session(tmp_path, sleeps, api_key=secret, email="me@example.org", credential_hosts=("127.0.0.1",))
    resp = s.get(server.url + "/esearch.fcgi", params={"term": "NCT01602380[si]"})
    assert server.requests[0].query["api_key"] == [secret]
    assert server.requests[0].query["email"] == ["me@example.org"]
    assert secret not in resp.url and secret not in repr(s) and secret not in repr(s.adapters["http://"])
    # The same query again is a hit, whatever the credentials.
    other = _session(tmp_path, sleeps, api_key="ANOTHER-KEY", credential_hosts=("127.0.0.1",))
    assert other.get(server.url + "/esearch.fcgi", params={"term": "NCT01602380[si]"}).from_cache
    s.cache.responses.close() if hasattr(s.cache.responses, "close") else None
    stored = (tmp_path / "c" / "http_cache.sqlite").read_bytes()
    assert secret.encode() not in stored and b"me@example.org" not in stored
    assert secret not in caplog.text


def test_a_key_raises_the_ncbi_rate() -> None:
    plain = make_session(backend="memory")
    keyed = make_session(backend="memory", api_key="k")
    assert plain.adapters["https://"].throttle.rates["eutils.ncbi.nlm.nih.gov"] == 3.0  # type: ignore[attr-defined]
    assert keyed.adapters["https://"].throttle.rates["eutils.ncbi.nlm.nih.gov"] == 10.0  # type: ignore[attr-defined]
    assert plain.adapters["https://"].throttle.rates["clinicaltrials.gov"] == 1.0  # type: ignore[attr-defined]


def test_every_call_gets_a_timeout(server: LocalServer, tmp_path: Path, sleeps: list[float],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []
    real = requests.adapters.HTTPAdapter.send

    def spy(self, request, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(kwargs.get("timeout"))
        return real(self, request, **kwargs)

    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send", spy)
    server.route("GET", "/x", Reply(200, {}))
    _session(tmp_path, sleeps, timeout=12.5).get(server.url + "/x")
    assert seen == [(10.0, 12.5)]  # (connect, read): a dead host costs 10 s to find, not the read timeout


def test_connection_refused_is_no_network_at_once(tmp_path: Path, sleeps: list[float]) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens here once the socket closes
    s = _session(tmp_path, sleeps, retries=2, backoff=0.1)
    with pytest.raises(NoNetworkError) as info:
        s.get(f"http://127.0.0.1:{port}/")
    err = info.value
    assert (err.problem, err.host, err.switches) == ("no_network", "127.0.0.1", ("--offline", "TRIALINK_OFFLINE=1"))
    assert all(switch in str(err) for switch in err.switches) and f"127.0.0.1:{port}" in err.url
    assert sleeps == [], "a refused connection is not retried with back-off"


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="timeout"):
        make_session(backend="memory", timeout=-1)
    with pytest.raises(ValueError, match="retries"):
        make_session(backend="memory", retries=-2)


def test_redact_and_cache_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert redact("https://h/x?term=a&api_key=S&email=e%40x") == "https://h/x?term=a&api_key=***&email=***"
    monkeypatch.setenv("TRIALINK_CACHE_DIR", str(tmp_path / "here"))
    assert default_cache_dir() == tmp_path / "here"


def test_the_rate_limit_is_shared_between_sessions_on_one_cache_folder(tmp_path: Path) -> None:
    """Two sessions (two notebook kernels) on one cache folder share NCBI's 3 requests/s."""
    from trialink.http import _SharedThrottle

    clock = [1000.0]
    waits: list[float] = []
    a = _SharedThrottle(tmp_path / "rate_limit.sqlite", {"h": 3.0}, waits.append, clock=lambda: clock[0])
    b = _SharedThrottle(tmp_path / "rate_limit.sqlite", {"h": 3.0}, waits.append, clock=lambda: clock[0])
    a.wait("h")
    b.wait("h")
    a.wait("h")
    assert waits == pytest.approx([1 / 3, 2 / 3])
    assert b.reserve("other") is None  # hosts without a rate are not throttled


def _reserve_slots(folder: str, n: int, out: str) -> None:
    from trialink.http import _SharedThrottle

    t = _SharedThrottle(Path(folder) / "rate_limit.sqlite", {"eutils.ncbi.nlm.nih.gov": 3.0}, lambda s: None)
    with open(out, "w") as fh:
        for _ in range(n):
            fh.write(f"{t.reserve('eutils.ncbi.nlm.nih.gov')!r}\n")


def test_three_processes_never_take_slots_closer_than_the_rate(tmp_path: Path) -> None:
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_reserve_slots, args=(str(tmp_path), 10, str(tmp_path / f"p{i}.txt")))
             for i in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    slots = sorted(float(x) for i in range(3) for x in (tmp_path / f"p{i}.txt").read_text().split())
    assert len(slots) == 30
    gaps = [b - a for a, b in itertools.pairwise(slots)]
    assert min(gaps) >= 1 / 3 - 1e-6, "30 requests from 3 processes keep NCBI's 3/s between them"
