"""The HTTP transport: a cached session with per-host throttling, retries and offline mode."""

from __future__ import annotations

import email.utils
import logging
import os
import re
import threading
import time
import warnings
import zlib
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, quote_plus, urlencode, urlsplit, urlunsplit

import platformdirs
import requests
from requests.adapters import HTTPAdapter
from requests_cache import CachedSession
from urllib3.exceptions import DecodeError as Urllib3DecodeError
from urllib3.exceptions import (
    NewConnectionError,
    ProtocolError,
    ProxyError,
    ReadTimeoutError,
    SSLError,
)

from trialink.errors import (
    OFFLINE_SWITCHES,
    NoNetworkError,
    OfflineError,
    RequestError,
    ResponseTooLargeError,
    TrialinkWarning,
)

__all__ = [
    "DEFAULT_RATES",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "SEARCH_EXPIRE_AFTER",
    "SECRET_PARAMS",
    "TrialinkSession",
    "default_cache_dir",
    "is_offline",
    "make_session",
    "redact",
    "scrub",
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

SECRET_PARAMS = ("api_key", "email", "tool", "mailto")
"""Query parameters never stored in cache keys, cached responses, logs or reprs."""

CROSSREF_HOST = "api.crossref.org"

DEFAULT_MAX_RESPONSE_BYTES = 512 * 1024 * 1024
"""Largest response body accepted (after decompression), in bytes; ``TRIALINK_MAX_RESPONSE_BYTES``
overrides it. A gzip bomb or a runaway answer stops here with :class:`ResponseTooLargeError`."""

SEARCH_EXPIRE_AFTER = 3600.0
"""Seconds a search page, page token or history-server (WebEnv) answer stays in the cache;
records fetched by ID are kept (``expire_after`` of :func:`make_session`, default forever)."""

DEFAULT_CONNECT_TIMEOUT = 10.0
"""Seconds to open a connection (the read timeout is ``timeout``)."""

_SECRET_IN_TEXT = re.compile(r"(?i)\b(api_key|email|tool|mailto)(=|%3D)([^&\s'\"<>)]*)")
_SECRET_VALUES: set[str] = set()
_secret_lock = threading.Lock()

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


def scrub(text: str) -> str:
    """``text`` with every credential removed: ``api_key=…``, ``email=…``, ``tool=…`` and
    ``mailto=…`` values anywhere in it, and every credential value a session was given
    (also URL-encoded). Used on exception texts and log lines."""
    out = _SECRET_IN_TEXT.sub(lambda m: f"{m.group(1)}{m.group(2)}***", text)
    with _secret_lock:
        values = sorted(_SECRET_VALUES, key=len, reverse=True)
    for value in values:
        for form in {value, quote_plus(value), quote(value, safe="")}:
            if form and form in out:
                out = out.replace(form, "***")
    return out


def _register_secrets(values: Iterable[str]) -> None:
    with _secret_lock:
        _SECRET_VALUES.update(v for v in values if v and len(v) >= 4)
    _install_log_scrubber()


class _ScrubFilter(logging.Filter):
    """Removes credentials from log records (ours, urllib3's, requests-cache's)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            return True
        clean = scrub(message)
        if clean != message:
            record.msg = clean
            record.args = None
        return True


_SCRUBBER = _ScrubFilter()
_SCRUBBED_LOGGERS = ("urllib3", "urllib3.connectionpool", "urllib3.connection", "urllib3.response",
                     "urllib3.poolmanager", "urllib3.util.retry", "requests", "requests_cache",
                     "requests_cache.session", "requests_cache.policy.actions", "requests_cache.backends.base",
                     "requests_cache.backends.sqlite", "trialink", "trialink.http", "trialink.sources._base")


def _install_log_scrubber() -> None:
    for name in _SCRUBBED_LOGGERS:
        lg = logging.getLogger(name)
        if _SCRUBBER not in lg.filters:
            lg.addFilter(_SCRUBBER)


def _strip_secrets(url: str, names: Iterable[str] = SECRET_PARAMS) -> str:
    """The URL without the given query parameters at all (for what is stored or shown)."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    drop = {n.lower() for n in names}
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in drop]
    return urlunsplit(parts._replace(query=urlencode(query, safe=",*[]:")))


def _no_network(exc: BaseException) -> bool:
    """True for failures that mean the host cannot be reached at all: DNS, refused, proxy."""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        if isinstance(cur, (NewConnectionError, ProxyError, ConnectionRefusedError)):
            return True
        reason = getattr(cur, "reason", None)
        if isinstance(reason, BaseException):
            cur = reason
            continue
        args = getattr(cur, "args", ())
        nxt = next((a for a in args if isinstance(a, BaseException)), None)
        cur = nxt or cur.__cause__ or cur.__context__
    return False


_NCBI_EMAIL_WARNED = False


def _shown_path(path: object) -> str:
    """A path as messages show it: relative to the working directory when it is near (so
    notebook outputs name ``../cache/…`` rather than a machine's absolute path)."""
    try:
        rel = os.path.relpath(str(path))
    except ValueError:
        return str(path)
    return rel if not rel.startswith(os.pardir + os.sep + os.pardir + os.sep + os.pardir) else str(path)


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


class _SharedThrottle(_Throttle):
    """The per-host spacing of :class:`_Throttle`, shared by every process using one cache folder.

    Slots are reserved in a small SQLite file beside the HTTP cache (``rate_limit.sqlite``):
    each request takes the next free slot of its host in one ``BEGIN IMMEDIATE``
    transaction, so two notebook kernels (or a script beside a notebook) together keep
    NCBI's 3 requests/s. Wall-clock time, since monotonic clocks differ between processes.
    """

    def __init__(self, path: Path, rates: Mapping[str, float], sleep: Callable[[float], None],
                 clock: Callable[[], float] = time.time) -> None:
        super().__init__(rates, sleep)
        self.path = path
        self._clock = clock
        import sqlite3

        with sqlite3.connect(self.path, timeout=60) as con:
            con.execute("CREATE TABLE IF NOT EXISTS slots (host TEXT PRIMARY KEY, next REAL NOT NULL)")

    def reserve(self, host: str) -> float | None:
        """Take the next slot for ``host``; returns its start time (None when the host is not throttled)."""
        import sqlite3

        rate = self.rates.get(host)
        if not rate:
            return None
        con = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        try:
            con.execute("BEGIN IMMEDIATE")
            row = con.execute("SELECT next FROM slots WHERE host = ?", (host,)).fetchone()
            now = self._clock()
            start = max(now, row[0] if row else now)
            con.execute("INSERT OR REPLACE INTO slots (host, next) VALUES (?, ?)", (host, start + 1.0 / rate))
            con.execute("COMMIT")
        finally:
            con.close()
        return start

    def wait(self, host: str) -> None:
        start = self.reserve(host)
        if start is None:
            return
        delay = start - self._clock()
        if delay > 0:
            self._sleep(delay)


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
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class _PoliteAdapter(HTTPAdapter):
    """Throttle, retry with backoff honouring Retry-After, default timeout, credentials, bounded bodies.

    It sits below the cache, so cache hits never reach it: they are not throttled,
    and the credentials it adds never enter a cache key or a stored response. The body
    is read here (unless the caller streams), so a connection reset mid-body or a read
    timeout is retried like a 503, and a body larger than ``max_bytes`` (after
    decompression) stops with :class:`ResponseTooLargeError` before it fills memory.
    Hosts that cannot be reached at all (DNS, refused) raise :class:`NoNetworkError`
    at once, without back-off.
    """

    def __init__(self, *, rates: Mapping[str, float], retries: int, backoff: float, max_wait: float,
                 timeout: float | tuple[float, float], credentials: Mapping[str, str],
                 credential_hosts: frozenset[str], sleep: Callable[[float], None],
                 retry_403_hosts: frozenset[str] = RETRY_403_HOSTS,
                 host_credentials: Mapping[str, Mapping[str, str]] | None = None,
                 max_bytes: int = DEFAULT_MAX_RESPONSE_BYTES, throttle_path: Path | None = None) -> None:
        super().__init__()
        self.throttle = _SharedThrottle(throttle_path, rates, sleep) if throttle_path else _Throttle(rates, sleep)
        self.retries = retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.timeout = timeout
        self.max_bytes = max_bytes
        self._credentials = dict(credentials)
        self._credential_hosts = credential_hosts
        self._host_credentials = {h: dict(c) for h, c in (host_credentials or {}).items() if c}
        self._retry_403_hosts = retry_403_hosts
        self._sleep = sleep
        self.sent = 0  # network requests actually sent (retries included)
        self._sent_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<_PoliteAdapter retries={self.retries} credentials={'set' if self._credentials else 'none'}>"

    def _credentials_for(self, host: str) -> dict[str, str]:
        creds: dict[str, str] = {}
        if self._credentials and host in self._credential_hosts:
            creds.update(self._credentials)
        creds.update(self._host_credentials.get(host, {}))
        return creds

    def _with_credentials(self, request: requests.PreparedRequest,
                          creds: Mapping[str, str]) -> requests.PreparedRequest:
        if not creds:
            return request
        req = request.copy()
        parts = urlsplit(req.url or "")
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in creds]
        query += list(creds.items())
        req.url = urlunsplit(parts._replace(query=urlencode(query, safe=",[]:")))
        return req

    def _read_body(self, resp: requests.Response, shown: str) -> None:
        """Read the whole body now, decompressing gzip/deflate ourselves within ``max_bytes``."""
        limit = self.max_bytes
        raw = resp.raw
        encoding = (resp.headers.get("Content-Encoding") or "").strip().lower()
        out = bytearray()

        def too_large() -> ResponseTooLargeError:
            return ResponseTooLargeError(
                f"{resp.request.method if resp.request else 'GET'} {shown}: the response exceeds {limit:,} bytes"
                f"{' after decompression' if encoding else ''}; refused (raise TRIALINK_MAX_RESPONSE_BYTES or "
                f"make_session(max_response_bytes=...) if it is genuine)", status_code=resp.status_code, url=shown,
                limit=limit, decompressed=bool(encoding))

        if encoding in ("gzip", "x-gzip", "deflate"):
            d = zlib.decompressobj(47)  # gzip or zlib header, detected
            try:
                for chunk in raw.stream(65536, decode_content=False):
                    data = chunk
                    while data:
                        out += d.decompress(data, limit + 1 - len(out))
                        if len(out) > limit:
                            raise too_large()
                        data = d.unconsumed_tail
                    if d.eof:
                        break
            except zlib.error as exc:
                raise Urllib3DecodeError(f"bad {encoding} body: {exc}") from exc
            # Already decoded: what is cached and replayed is the plain body.
            del resp.headers["Content-Encoding"]
            resp.headers.pop("Content-Length", None)
        else:
            plain = encoding in ("", "identity")
            for chunk in raw.stream(65536, decode_content=not plain):
                out += chunk
                if len(out) > limit:
                    raise too_large()
            if not plain:
                del resp.headers["Content-Encoding"]
                resp.headers.pop("Content-Length", None)
        resp._content = bytes(out)
        resp._content_consumed = True

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self.timeout
        host = urlsplit(request.url or "").hostname or ""
        creds = self._credentials_for(host)
        if host == NCBI_HOST and "email" not in creds:
            _warn_ncbi_email()
        wire = self._with_credentials(request, creds)
        shown = redact(request.url or "")
        retry_on = RETRY_STATUSES | ({403} if host in self._retry_403_hosts else set())
        attempt = 0
        connect_timeouts = 0
        while True:
            self.throttle.wait(host)
            with self._sent_lock:
                self.sent += 1
            log.debug("%s %s (attempt %d)", request.method, shown, attempt + 1)
            try:
                resp = super().send(wire, **kwargs)
                if not kwargs.get("stream"):
                    self._read_body(resp, shown)
            except ResponseTooLargeError:
                raise
            except (requests.ConnectionError, requests.Timeout, ProtocolError, ReadTimeoutError,
                    Urllib3DecodeError, SSLError, requests.exceptions.ChunkedEncodingError,
                    requests.exceptions.ContentDecodingError, OSError) as exc:
                what = scrub(f"{type(exc).__name__}: {exc}")
                if _no_network(exc):
                    raise NoNetworkError(
                        f"no network: {request.method} {shown} could not reach {host} ({what}). "
                        f"Work from the cache with {' or '.join(OFFLINE_SWITCHES)}, or check the connection "
                        f"and proxy settings", url=shown, host=host) from None
                if isinstance(exc, requests.ConnectTimeout):
                    connect_timeouts += 1
                # A host that twice did not even accept a connection is down: do not spend
                # every retry (and minutes) on it.
                if attempt >= self.retries or connect_timeouts >= 2:
                    raise RequestError(f"{request.method} {shown} failed after {attempt + 1} attempt(s): {what}",
                                       url=shown, problem="connection", attempts=attempt + 1) from None
                wait = min(self.max_wait, self.backoff * 2**attempt)
                log.warning("%s %s failed (%s); retrying in %.1fs", request.method, shown, type(exc).__name__, wait)
            else:
                if resp.status_code not in retry_on or attempt >= self.retries:
                    # What the cache stores and the caller sees carries no credentials.
                    resp.request = request
                    resp.url = request.url or resp.url
                    if creds:
                        if "Location" in resp.headers:
                            resp.headers["Location"] = _strip_secrets(resp.headers["Location"], creds)
                        if getattr(resp.raw, "_request_url", None):
                            resp.raw._request_url = _strip_secrets(str(resp.raw._request_url), creds)
                    return resp
                wait = min(self.max_wait, _retry_after(resp) or self.backoff * 2**attempt)
                log.warning("%s %s answered %d; retrying in %.1fs", request.method, shown, resp.status_code, wait)
                resp.close()
            attempt += 1
            self._sleep(wait)


def _warn_ncbi_email() -> None:
    global _NCBI_EMAIL_WARNED
    if _NCBI_EMAIL_WARNED:
        return
    _NCBI_EMAIL_WARNED = True
    warnings.warn("NCBI asks E-utilities users for a contact email: set NCBI_EMAIL (and NCBI_API_KEY for "
                  "10 requests/s) or pass make_session(email=...)", TrialinkWarning, stacklevel=2)


class TrialinkSession(CachedSession):
    """A ``requests_cache.CachedSession`` that raises :class:`OfflineError` on an offline miss.

    Inside :meth:`deferred`, a response from the network is not stored when it arrives:
    the client parses it first and then calls :meth:`commit` (or :meth:`discard` for a
    cached answer that no longer parses), so an answer that did not parse never enters
    the cache.
    """

    offline: bool = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._local = threading.local()

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        resp = super().request(method, url, *args, **kwargs)
        if self.offline and resp.status_code == 504 and resp.reason == "Not Cached":
            full = redact(resp.url or url)
            raise OfflineError(f"offline mode: {method} {full} is not in the cache "
                               f"({_shown_path(self.cache_path)}); run once online or unset TRIALINK_OFFLINE",
                               status_code=None, url=full)
        return resp

    # -- store only what parsed -------------------------------------------------

    def deferred(self) -> _Deferred:
        """Context manager: responses fetched inside are stored only by :meth:`commit`."""
        return _Deferred(self._local)

    # The deferred answer is a plain requests.Response (not yet wrapped as requests-cache's
    # OriginalResponse, which is only a Response with cache attributes): hence the narrower type.
    def _send_and_cache(  # type: ignore[override]
            self, request: requests.PreparedRequest, actions: Any, cached_response: Any = None,
            **kwargs: Any) -> requests.Response:
        if not getattr(self._local, "defer", 0):
            return super()._send_and_cache(request, actions, cached_response, **kwargs)
        request = actions.update_request(request)
        response = requests.Session.send(self, request, **kwargs)
        actions.update_from_response(response)
        response._trialink_pending = (actions.cache_key, actions.expires, not actions.skip_write)  # type: ignore[attr-defined]
        return response

    def commit(self, response: requests.Response, *, expire_after: float | None = None) -> bool:
        """Store a response fetched inside :meth:`deferred` (after it parsed). Returns True if stored.

        ``expire_after`` (seconds) overrides the session's lifetime (search pages expire).
        """
        pending = getattr(response, "_trialink_pending", None)
        if not pending:
            return False
        key, expires, write = pending
        response._trialink_pending = None  # type: ignore[attr-defined]
        if not write or response.status_code != 200:
            return False
        if expire_after is not None:
            new = datetime.now(UTC).replace(tzinfo=None) + timedelta(seconds=expire_after)
            expires = min(expires, new) if expires else new
        self.cache.save_response(response, key, expires)
        return True

    def discard(self, response: requests.Response) -> None:
        """Drop a cached answer that no longer parses (so the next call asks the network)."""
        key = getattr(response, "cache_key", None)
        if getattr(response, "from_cache", False) and key:
            self.cache.delete(key)

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


class _Deferred:
    def __init__(self, local: threading.local) -> None:
        self._local = local

    def __enter__(self) -> None:
        self._local.defer = getattr(self._local, "defer", 0) + 1

    def __exit__(self, *exc: object) -> None:
        self._local.defer -= 1


def make_session(
    cache_dir: str | os.PathLike[str] | None = None,
    *,
    offline: bool | None = None,
    expire_after: int | float | timedelta | None = None,
    api_key: str | None = None,
    email: str | None = None,
    tool: str | None = "trialink",
    mailto: str | None = None,
    rates: Mapping[str, float] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    retries: int = 4,
    backoff: float = 1.0,
    max_wait: float = 120.0,
    max_response_bytes: int | None = None,
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
        Serve only from the cache (expired entries included) and raise
        :class:`OfflineError` (naming the URL) on a miss. Default: the
        ``TRIALINK_OFFLINE`` environment variable.
    expire_after : seconds or timedelta, optional
        Cache lifetime of records fetched by ID; default never expire (reproducible
        notebooks). Search pages expire after :data:`SEARCH_EXPIRE_AFTER` seconds.
    api_key, email, tool : str, optional
        NCBI E-utilities credentials (default ``NCBI_API_KEY`` / ``NCBI_EMAIL`` from the
        environment). Added only to requests to eutils, below the cache: never in a
        cache key, a stored response, a log line, an exception text or a repr. A key
        raises the NCBI rate from 3/s to 10/s. Without an email, the first NCBI request
        warns once (NCBI asks for one).
    mailto : str, optional
        Contact address for Crossref's polite pool (default ``CROSSREF_MAILTO``, else
        ``NCBI_EMAIL``); added to Crossref requests below the cache, like the NCBI keys.
    rates : mapping, optional
        Requests per second per host, merged over :data:`DEFAULT_RATES`. With the SQLite
        backend the spacing is shared by every process using the same cache folder
        (``rate_limit.sqlite`` beside the cache); cache hits are never throttled.
    timeout, connect_timeout : float, default 30 and 10
        Seconds to read and to connect, for every request that does not set its own.
    retries, backoff, max_wait : int, float, float
        Retries on 429/5xx (and 403 from CTIS), on read timeouts and on connections
        reset mid-body, waiting ``Retry-After`` when the server sends it, else
        ``backoff * 2**attempt``, at most ``max_wait`` seconds. A host that cannot be
        reached at all (DNS failure, connection refused) is not retried:
        :class:`NoNetworkError` at once; one that does not accept a connection within
        ``connect_timeout`` is tried twice, not ``retries + 1`` times.
    max_response_bytes : int, optional
        Largest body accepted after decompression (default ``TRIALINK_MAX_RESPONSE_BYTES``
        or :data:`DEFAULT_MAX_RESPONSE_BYTES`, 512 MiB); beyond, :class:`ResponseTooLargeError`.
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
    for name, value in (("timeout", timeout), ("connect_timeout", connect_timeout), ("backoff", backoff),
                        ("max_wait", max_wait)):
        if not isinstance(value, (int, float)) or value < 0:
            raise ValueError(f"{name} must be a non-negative number, got {value!r}")
    if not isinstance(retries, int) or retries < 0:
        raise ValueError(f"retries must be a non-negative integer, got {retries!r}")
    if max_response_bytes is None:
        env = os.environ.get("TRIALINK_MAX_RESPONSE_BYTES", "").strip()
        if env and not env.isdigit():
            raise ValueError(f"TRIALINK_MAX_RESPONSE_BYTES must be a whole number of bytes, got {env!r}")
        max_response_bytes = int(env) if env else DEFAULT_MAX_RESPONSE_BYTES
    if not isinstance(max_response_bytes, int) or max_response_bytes <= 0:
        raise ValueError(f"max_response_bytes must be a positive integer, got {max_response_bytes!r}")
    api_key = api_key if api_key is not None else os.environ.get("NCBI_API_KEY") or None
    email = email if email is not None else os.environ.get("NCBI_EMAIL") or None
    mailto = mailto if mailto is not None else (os.environ.get("CROSSREF_MAILTO") or os.environ.get("NCBI_EMAIL")
                                                or None)
    merged = {**DEFAULT_RATES, **(rates or {})}
    if api_key and not (rates and NCBI_HOST in rates):
        merged[NCBI_HOST] = NCBI_RATE_WITH_KEY
    offline = is_offline(offline)
    throttle_path: Path | None = None
    if backend == "sqlite":
        folder = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        cache_name: str = str(folder / "http_cache.sqlite")
        throttle_path = folder / "rate_limit.sqlite"
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
        # Offline, an expired search page is still better than nothing.
        stale_if_error=offline,
    )
    session.offline = offline
    credentials = {k: v for k, v in (("api_key", api_key), ("email", email), ("tool", tool)) if v}
    _register_secrets(v for k, v in credentials.items() if k != "tool")
    host_credentials = {CROSSREF_HOST: {"mailto": mailto}} if mailto else {}
    if mailto:
        _register_secrets([mailto])
    _install_log_scrubber()
    adapter = _PoliteAdapter(rates=merged, retries=retries, backoff=backoff, max_wait=max_wait,
                             timeout=(connect_timeout, timeout) if connect_timeout else timeout,
                             credentials=credentials, credential_hosts=frozenset(credential_hosts),
                             sleep=sleep, retry_403_hosts=frozenset(retry_403_hosts),
                             host_credentials=host_credentials, max_bytes=max_response_bytes,
                             throttle_path=throttle_path)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    session.headers["User-Agent"] = "trialink/0.1 (+https://pypi.org/project/trialink)"
    return session
