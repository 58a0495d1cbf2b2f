"""The HTTP transport: a cached session with per-host throttling, retries and offline mode."""

from __future__ import annotations

import email.utils
import logging
import os
import threading
import time
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import platformdirs
import requests
from requests.adapters import HTTPAdapter
from requests_cache import CachedSession

from trialink.errors import OfflineError

__all__ = [
    "DEFAULT_RATES",
    "DEFAULT_TIMEOUT",
    "SECRET_PARAMS",
    "TrialinkSession",
    "default_cache_dir",
    "is_offline",
    "make_session",
    "redact",
]

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0
"""Seconds; applied to every request that does not set its own timeout."""

# Requests per second, per host.  NCBI allows 3/s, 10/s with an API key.
DEFAULT_RATES: dict[str, float] = {
    "eutils.ncbi.nlm.nih.gov": 3.0,
    "www.ebi.ac.uk": 10.0,
    "clinicaltrials.gov": 1.0,
    "euclinicaltrials.eu": 1.0,
    "api.crossref.org": 5.0,
    "www.clinicaltrialsregister.eu": 1.0,
}
NCBI_HOST = "eutils.ncbi.nlm.nih.gov"
NCBI_RATE_WITH_KEY = 10.0

SECRET_PARAMS = ("api_key", "email", "tool")
"""Query parameters never stored in cache keys, cached responses, logs or reprs."""

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# CTIS answers 403 when it is overloaded.
RETRY_403_HOSTS = frozenset({"euclinicaltrials.eu"})


def redact(url: str) -> str:
    """The URL with the values of :data:`SECRET_PARAMS` replaced by ``***``."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    query = [(k, "***" if k.lower() in SECRET_PARAMS else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    return urlunsplit(parts._replace(query=urlencode(query, safe=",*[]:")))


def is_offline(offline: bool | None = None) -> bool:
    """``offline`` if given, else the ``TRIALINK_OFFLINE`` environment variable (1/true/yes)."""
    if offline is not None:
        return offline
    return os.environ.get("TRIALINK_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on")


def default_cache_dir() -> Path:
    """Where the HTTP cache lives.

    ``TRIALINK_CACHE_DIR`` if set; else the ``cache/`` folder of a trialink checkout
    containing the working directory; else the user cache directory
    (``platformdirs.user_cache_dir("trialink")``).
    """
    env = os.environ.get("TRIALINK_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    here = Path.cwd().resolve()
    for d in (here, *here.parents):
        if (d / "cache" / "README.md").is_file() and (d / "trialink" / "__init__.py").is_file():
            return d / "cache"
    return Path(platformdirs.user_cache_dir("trialink"))


class _Throttle:
    """Minimum spacing between requests to one host (thread-safe)."""

    def __init__(self, rates: Mapping[str, float], sleep: Callable[[float], None]) -> None:
        self.rates = dict(rates)
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()
        self._sleep = sleep

    def wait(self, host: str) -> None:
        rate = self.rates.get(host)
        if not rate:
            return
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + 1.0 / rate
        if start > now:
            self._sleep(start - now)


def _retry_after(resp: requests.Response) -> float | None:
    value = resp.headers.get("Retry-After")
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


class _PoliteAdapter(HTTPAdapter):
    """Throttle, retry with backoff honouring Retry-After, default timeout, NCBI credentials.

    It sits below the cache, so cache hits never reach it: they are not throttled,
    and the credentials it adds never enter a cache key or a stored response.
    """

    def __init__(self, *, rates: Mapping[str, float], retries: int, backoff: float, max_wait: float,
                 timeout: float, credentials: Mapping[str, str], credential_hosts: frozenset[str],
                 sleep: Callable[[float], None], retry_403_hosts: frozenset[str] = RETRY_403_HOSTS) -> None:
        super().__init__()
        self.throttle = _Throttle(rates, sleep)
        self.retries = retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.timeout = timeout
        self._credentials = dict(credentials)
        self._credential_hosts = credential_hosts
        self._retry_403_hosts = retry_403_hosts
        self._sleep = sleep
        self.sent = 0  # network requests actually sent (retries included)

    def __repr__(self) -> str:
        return f"<_PoliteAdapter retries={self.retries} credentials={'set' if self._credentials else 'none'}>"

    def _with_credentials(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        if not self._credentials or urlsplit(request.url or "").hostname not in self._credential_hosts:
            return request
        req = request.copy()
        parts = urlsplit(req.url or "")
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in self._credentials]
        query += list(self._credentials.items())
        req.url = urlunsplit(parts._replace(query=urlencode(query, safe=",[]:")))
        return req

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self.timeout
        host = urlsplit(request.url or "").hostname or ""
        wire = self._with_credentials(request)
        retry_on = RETRY_STATUSES | ({403} if host in self._retry_403_hosts else set())
        attempt = 0
        while True:
            self.throttle.wait(host)
            self.sent += 1
            log.debug("%s %s (attempt %d)", request.method, redact(request.url or ""), attempt + 1)
            try:
                resp = super().send(wire, **kwargs)
            except (requests.ConnectionError, requests.Timeout) as exc:
                if attempt >= self.retries:
                    raise
                wait = min(self.max_wait, self.backoff * 2**attempt)
                log.warning("%s %s failed (%s); retrying in %.1fs", request.method, redact(request.url or ""),
                            type(exc).__name__, wait)
            else:
                if resp.status_code not in retry_on or attempt >= self.retries:
                    # What the cache stores and the caller sees carries no credentials.
                    resp.request = request
                    resp.url = request.url or resp.url
                    return resp
                wait = min(self.max_wait, _retry_after(resp) or self.backoff * 2**attempt)
                log.warning("%s %s answered %d; retrying in %.1fs", request.method, redact(request.url or ""),
                            resp.status_code, wait)
                resp.close()
            attempt += 1
            self._sleep(wait)


class TrialinkSession(CachedSession):
    """A ``requests_cache.CachedSession`` that raises :class:`OfflineError` on an offline miss."""

    offline: bool = False

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        resp = super().request(method, url, *args, **kwargs)
        if self.offline and resp.status_code == 504 and resp.reason == "Not Cached":
            full = redact(resp.url or url)
            raise OfflineError(f"offline mode: {method} {full} is not in the cache "
                               f"({self.cache_path}); run once online or unset TRIALINK_OFFLINE",
                               status_code=None, url=full)
        return resp

    @property
    def cache_path(self) -> str:
        return str(getattr(self.cache, "db_path", "") or getattr(self.cache, "cache_name", ""))

    @property
    def network_requests(self) -> int:
        """How many requests went to the network through this session (retries included)."""
        adapters = {id(a): a for a in self.adapters.values() if isinstance(a, _PoliteAdapter)}
        return sum(a.sent for a in adapters.values())

    def __repr__(self) -> str:
        return f"<TrialinkSession cache={self.cache_path!r} offline={self.offline}>"


def make_session(
    cache_dir: str | os.PathLike[str] | None = None,
    *,
    offline: bool | None = None,
    expire_after: int | float | timedelta | None = None,
    api_key: str | None = None,
    email: str | None = None,
    tool: str | None = "trialink",
    rates: Mapping[str, float] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    retries: int = 4,
    backoff: float = 1.0,
    max_wait: float = 120.0,
    backend: str = "sqlite",
    credential_hosts: tuple[str, ...] = (NCBI_HOST,),
    retry_403_hosts: tuple[str, ...] = tuple(RETRY_403_HOSTS),
    sleep: Callable[[float], None] = time.sleep,
) -> TrialinkSession:
    """Create the cached, polite HTTP session every trialink client uses.

    Parameters
    ----------
    cache_dir : path, optional
        Folder of the SQLite cache (``http_cache.sqlite``); default :func:`default_cache_dir`.
    offline : bool, optional
        Serve only from the cache and raise :class:`OfflineError` (naming the URL) on a
        miss. Default: the ``TRIALINK_OFFLINE`` environment variable.
    expire_after : seconds or timedelta, optional
        Cache lifetime; default never expire (reproducible notebooks).
    api_key, email, tool : str, optional
        NCBI E-utilities credentials (default ``NCBI_API_KEY`` / ``NCBI_EMAIL`` from the
        environment). Added only to requests to eutils, below the cache: never in a
        cache key, a stored response, a log line or a repr. A key raises the NCBI rate
        from 3/s to 10/s.
    rates : mapping, optional
        Requests per second per host, merged over :data:`DEFAULT_RATES`.
    timeout : float, default 30
        Seconds, for every request that does not set its own.
    retries, backoff, max_wait : int, float, float
        Retries on 429/5xx (and 403 from CTIS) and on connection errors, waiting
        ``Retry-After`` when the server sends it, else ``backoff * 2**attempt``, at most
        ``max_wait`` seconds.
    credential_hosts : tuple of str
        Hosts that receive ``api_key``/``email``/``tool`` (default: NCBI E-utilities only).
    retry_403_hosts : tuple of str
        Hosts whose 403 means "overloaded, try again" (default: CTIS, ``euclinicaltrials.eu``).
    backend : str, default "sqlite"
        requests-cache backend name (``"memory"`` for a throwaway cache).
    sleep : callable
        Used for every wait (tests pass a recorder).

    Returns
    -------
    TrialinkSession
        GET and POST are cached; only 200 responses are stored, as JSON (never pickle).
    """
    for name, value in (("timeout", timeout), ("backoff", backoff), ("max_wait", max_wait)):
        if not isinstance(value, (int, float)) or value < 0:
            raise ValueError(f"{name} must be a non-negative number, got {value!r}")
    if not isinstance(retries, int) or retries < 0:
        raise ValueError(f"retries must be a non-negative integer, got {retries!r}")
    api_key = api_key if api_key is not None else os.environ.get("NCBI_API_KEY") or None
    email = email if email is not None else os.environ.get("NCBI_EMAIL") or None
    merged = {**DEFAULT_RATES, **(rates or {})}
    if api_key and not (rates and NCBI_HOST in rates):
        merged[NCBI_HOST] = NCBI_RATE_WITH_KEY
    offline = is_offline(offline)
    if backend == "sqlite":
        folder = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        cache_name: str = str(folder / "http_cache.sqlite")
    else:
        cache_name = "trialink"
    session = TrialinkSession(
        cache_name=cache_name,
        backend=backend,
        serializer="json",
        expire_after=-1 if expire_after is None else expire_after,
        allowable_codes=(200,),
        allowable_methods=("GET", "HEAD", "POST"),
        ignored_parameters=SECRET_PARAMS,
        match_headers=False,
        only_if_cached=offline,
    )
    session.offline = offline
    credentials = {k: v for k, v in (("api_key", api_key), ("email", email), ("tool", tool)) if v}
    adapter = _PoliteAdapter(rates=merged, retries=retries, backoff=backoff, max_wait=max_wait, timeout=timeout,
                             credentials=credentials, credential_hosts=frozenset(credential_hosts),
                             sleep=sleep, retry_403_hosts=frozenset(retry_403_hosts))
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    session.headers["User-Agent"] = "trialink/0.1 (+https://pypi.org/project/trialink)"
    return session
