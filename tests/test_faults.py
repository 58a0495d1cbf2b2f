"""Every client method that makes requests, against a local server that misbehaves as the
real services do (tests/faultserver.py): each fault ends recovered, or in a TrialinkError
naming the URL and the IDs asked for; and nothing from a failed answer is cached (proved by
running offline, then online against the healed server, on the same cache)."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import faultserver as fs
from trialink import make_session
from trialink.errors import BadResponseError, OfflineError, RequestError, TrialinkError

RECOVERS = {"429", "503_then_ok", "wrong_type"}


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
        if fault in ("truncated", "html", "empty"):
            assert isinstance(err, BadResponseError) and "not cached" in str(err)

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
    case = next(c for c in fs.CASES if c.name == "CrossrefClient.work")
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
        batch = client.efetch(["22663011", "12345678"])
    assert batch.not_found == [] and set(batch.failed) == {"22663011", "12345678"}
    assert "Unable to obtain query #1" in str(batch.failed["22663011"])


def test_truncated_efetch_body_fails_the_batch_not_the_records(fault_server: fs.FaultServer, tmp_path: Path) -> None:
    from trialink import PubmedClient

    fault_server.inject("truncated")
    client = PubmedClient(_session(tmp_path, []), base_url=fault_server.url + "/entrez/eutils")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        batch = client.efetch(["22663011"])
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
