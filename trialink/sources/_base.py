"""What every upstream client shares: requests, status → exception mapping, lazy capped paging."""

from __future__ import annotations

import builtins
import copy
import json
import logging
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import nullcontext
from typing import Any, Generic, Literal, Protocol, TypeVar

import requests

from trialink import ids
from trialink.errors import (
    BadResponseError,
    InvalidIdError,
    NotFoundError,
    OfflineError,
    ParseError,
    ParseProblem,
    ParseWarning,
    RequestError,
    TrialinkError,
    TruncatedResultsWarning,
    UnsupportedFormatError,
)
from trialink.http import SEARCH_EXPIRE_AFTER, make_session, redact, scrub
from trialink.model import Trial

log = logging.getLogger(__name__)

T = TypeVar("T")
OnError = Literal["warn", "raise", "collect"]
_ON_ERROR = ("warn", "raise", "collect")


class PageFetch(Protocol):
    """``fetch(token)`` → ``(items, next_token, total)`` of one page; ``fetch(token, True)``
    asks past the cache (after an expired token)."""

    def __call__(self, token: str | None, refresh: bool = False, /) -> tuple[list[Any], str | None, int | None]:
        ...


def check_on_error(on_error: str) -> None:
    if on_error not in _ON_ERROR:
        raise ValueError(f"on_error must be one of {_ON_ERROR}, got {on_error!r}")


def _ids_note(ids_: Sequence[str]) -> str:
    if not ids_:
        return ""
    shown = ", ".join(ids_[:10]) + (f" … ({len(ids_)} in all)" if len(ids_) > 10 else "")
    return f" [asked for {shown}]"


def raise_for_status(resp: requests.Response, ids: Sequence[str] = ()) -> None:
    """Map an HTTP error status to the trialink exception family (the one place that does)."""
    if resp.status_code < 400:
        return
    url = redact(resp.url or "")
    try:
        body = scrub((resp.text or "")[:300].strip())
    except (UnicodeDecodeError, LookupError):
        body = ""
    msg = f"{resp.request.method if resp.request else 'GET'} {url} answered {resp.status_code} {resp.reason}"
    if body:
        msg += f": {body}"
    msg += _ids_note(ids)
    if resp.status_code == 404:
        raise NotFoundError(msg, status_code=404, url=url, ids=tuple(ids))
    raise RequestError(msg, status_code=resp.status_code, url=url, ids=tuple(ids))


def describe_body(resp: requests.Response) -> str:
    """What an unusable answer looked like, for error messages: empty, HTML page, or its first bytes."""
    body = resp.content or b""
    ctype = resp.headers.get("Content-Type", "?")
    head = body[:200].lstrip().lower()
    if not body.strip():
        return f"an empty body (Content-Type {ctype})"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return f"an HTML page, not data (Content-Type {ctype}; a maintenance or error page?)"
    return f"{len(body):,} bytes that do not parse (Content-Type {ctype})"


def loads_json(data: bytes | str, source: str | None) -> Any:
    """``json.loads`` whose every failure (bad text, bad encoding, nesting too deep) is a ParseError."""
    try:
        return json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ParseError(f"invalid JSON: {exc}", problem="syntax", source=source or "") from exc
    except RecursionError as exc:
        raise ParseError("JSON nested too deeply to read", problem="too_deep", source=source or "") from exc


def load_json_object(data: bytes | str | Mapping[str, Any], source: str | None) -> Mapping[str, Any]:
    """A JSON object from bytes, text or an already-parsed mapping; errors name the source."""
    if isinstance(data, Mapping):
        return data
    obj = loads_json(data, source)
    if not isinstance(obj, dict):
        raise ParseError(f"expected a JSON object, got {type(obj).__name__}", problem="wrong_type", source=source or "")
    return obj


def whole_number(v: Any, field: str, source: str | None) -> int | None:
    """An integer from a JSON number or digit string; None for null/empty; else a ParseError naming ``field``."""
    if v is None or v == "":
        return None
    if isinstance(v, bool):
        raise ParseError(f"expected a whole number, got {v!r}", problem="bad_value", source=source or "", field=field)
    if isinstance(v, int):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, str) and v.strip().isdigit():
        return int(v.strip())
    raise ParseError(f"expected a whole number, got {v!r}", problem="bad_value", source=source or "", field=field)


class Fields:
    """Typed getters over one JSON record whose errors are ParseErrors naming the field path."""

    def __init__(self, source: str | None) -> None:
        self.source = source or ""

    def fail(self, msg: str, field: str, problem: ParseProblem = "wrong_type") -> ParseError:
        return ParseError(msg, problem=problem, source=self.source, field=field)

    def obj(self, v: Any, field: str) -> Mapping[str, Any]:
        if v is None:
            return {}
        if not isinstance(v, Mapping):
            raise self.fail(f"expected an object, got {type(v).__name__}", field)
        return v

    def list(self, v: Any, field: str) -> list[Any]:
        if v is None:
            return []
        if not isinstance(v, list):
            raise self.fail(f"expected a list, got {type(v).__name__}", field)
        return v

    def str(self, v: Any, field: str) -> str | None:
        if v is None or v == "":
            return None
        if isinstance(v, bool) or not isinstance(v, (str, int)):
            raise self.fail(f"expected a string, got {type(v).__name__}: {v!r}"[:200], field)
        return str(v).strip() or None

    def int(self, v: Any, field: builtins.str) -> builtins.int | None:
        return whole_number(v, field, self.source)

    def strs(self, v: Any, field: builtins.str) -> tuple[builtins.str, ...]:
        out = []
        for i, x in enumerate(self.list(v, field)):
            t = self.str(x, f"{field}[{i}]")
            if t:
                out.append(t)
        return tuple(out)


_ID_NAMES = {"ClinicalTrials.gov": "NCT number", "CTIS": "EU CT number", "EudraCT": "EudraCT number"}


def record_id(value: Any, registry: str, field: str, source: str | None) -> str:
    """A record's own registry ID, canonical; missing or malformed is a ParseError naming ``field``."""
    what = _ID_NAMES.get(registry, f"{registry} ID")
    if not isinstance(value, str) or not value.strip():
        raise ParseError(f"missing {what} (got {value!r})", problem="missing_field", source=source or "", field=field)
    try:
        return ids.parse_id(value, expect=registry, bare_digits_as_pmid=False).id
    except InvalidIdError as exc:
        raise ParseError(f"invalid {what} {value!r}", problem="invalid_id", source=source or "", field=field) from exc


def as_id_list(values: str | Iterable[str], param: str = "ids") -> list[str]:
    """The IDs of ``values`` as a list; a single string is one ID (never its characters).

    Raises
    ------
    TypeError
        ``values`` is neither a string nor an iterable of them (bytes, a mapping, a number).
    """
    if isinstance(values, str):
        return [values]
    if isinstance(values, (bytes, bytearray, Mapping)) or not isinstance(values, Iterable):
        raise TypeError(f"{param} must be an ID or an iterable of IDs, got {type(values).__name__}: "
                        f"{values!r}"[:200])
    return list(values)


class BaseClient:
    """Base of the upstream clients: holds the injected session and the base URL."""

    BASE_URL = ""

    def __init__(self, session: requests.Session | None = None, *, base_url: str | None = None,
                 timeout: float | None = None) -> None:
        self.session = session if session is not None else make_session()
        self.base_url = (base_url or self.BASE_URL).rstrip("/")
        self.timeout = timeout

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.base_url}>"

    BAD_ANSWER_RETRIES = 1
    """How many times an answer that did not parse (maintenance page, truncated or empty
    body, in-band error) is asked for again before :class:`BadResponseError`."""

    def _request(self, method: str, path: str, *, ids: Sequence[str] = (), **kwargs: Any) -> requests.Response:
        url = path if path.startswith(("http://", "https://")) else f"{self.base_url}/{path.lstrip('/')}"
        if self.timeout is not None:
            kwargs.setdefault("timeout", self.timeout)
        if not hasattr(self.session, "cache"):  # a plain requests.Session knows no cache options
            kwargs.pop("force_refresh", None)
        try:
            resp = self.session.request(method, url, **kwargs)
        except RequestError as exc:
            if not ids or exc.ids:
                raise
            # Name what was asked for: a transport error alone names only the URL.
            named = copy.copy(exc)  # same class and fields (problem, attempts, host…), plus the IDs
            named.ids = tuple(ids)
            named.args = (f"{exc}{_ids_note(ids)}",)
            raise named from exc
        except TrialinkError:
            raise
        except requests.RequestException as exc:
            raise RequestError(f"{method} {redact(url)} failed: {scrub(str(exc))}{_ids_note(ids)}",
                               url=redact(url), ids=tuple(ids), problem="connection") from None
        raise_for_status(resp, ids)
        return resp

    def _fetch(self, method: str, path: str, parse: Callable[[requests.Response], T], *,
               ids: Sequence[str] = (), search: bool = False, **kwargs: Any) -> T:
        """Request, parse, and only then store the answer in the cache.

        ``parse`` raises :class:`BadResponseError` or a :class:`ParseError` without a
        ``field`` when the answer as a whole is unusable (an HTML maintenance page, an empty or truncated body, an
        in-band error document); such an answer is never cached, a cached one that no
        longer parses is dropped, and the request is tried again
        (:attr:`BAD_ANSWER_RETRIES`) before a :class:`BadResponseError` naming the URL and
        ``ids``. ``search=True`` stores the answer for :data:`SEARCH_EXPIRE_AFTER` only
        (page tokens, WebEnv, result lists change); records by ID keep.
        """
        session = self.session
        deferred = getattr(session, "deferred", None)
        attempt = 0
        while True:
            with deferred() if deferred is not None else nullcontext():
                resp = self._request(method, path, ids=ids, **kwargs)
            if (search and getattr(resp, "from_cache", False) and getattr(resp, "expires", 0) is None
                    and not getattr(session, "offline", False) and "force_refresh" not in kwargs):
                # A search page stored forever by an older trialink: ask again (and store it to expire).
                kwargs["force_refresh"] = True
                continue
            try:
                out = parse(resp)
            except (ParseError, BadResponseError) as exc:
                from_cache = bool(getattr(resp, "from_cache", False))
                if from_cache and hasattr(session, "discard"):
                    session.discard(resp)
                if isinstance(exc, ParseError) and exc.field:
                    # A readable document with a malformed record: a data problem, not a fault
                    # of the answer. Not cached; raised as is, naming the field.
                    raise
                url = redact(resp.url or path)
                if isinstance(exc, BadResponseError):
                    what = str(exc)
                else:
                    what = f"{describe_body(resp)}: {exc}"
                offline = bool(getattr(session, "offline", False))
                if attempt >= self.BAD_ANSWER_RETRIES or (from_cache and offline):
                    raise BadResponseError(
                        f"{method} {url} answered {resp.status_code} with {what}; not cached"
                        f"{' (a cached copy was dropped)' if from_cache else ''}{_ids_note(ids)}",
                        status_code=resp.status_code, url=url, ids=tuple(ids),
                        problem=exc.problem if isinstance(exc, BadResponseError) else "unusable_answer",
                        attempts=attempt + 1) from exc
                attempt += 1
                log.warning("%s %s: unusable answer (%s); asking again", method, url, what[:200])
                if not from_cache:
                    wait = getattr(next(iter(getattr(session, "adapters", {}).values()), None), "_sleep", time.sleep)
                    wait(1.0)
                continue
            if hasattr(session, "commit"):
                session.commit(resp, expire_after=SEARCH_EXPIRE_AFTER if search else None)
            return out

    def _get(self, path: str, params: dict[str, Any] | None = None, **kwargs: Any) -> requests.Response:
        return self._request("GET", path, params=params, **kwargs)

    def _post(self, path: str, **kwargs: Any) -> requests.Response:
        return self._request("POST", path, **kwargs)


class RecordStream(Generic[T]):
    """A lazy stream of parsed records that keeps going past bad ones.

    Iterate it once. Records that fail to parse are collected in :attr:`errors`
    (and, with ``on_error="warn"``, reported as :class:`ParseWarning`); with
    ``on_error="raise"`` the first one is raised.

    Attributes
    ----------
    errors : list of ParseError
        Records that failed, each naming its source and field path.
    skipped : list of UnsupportedFormatError
        Inputs that are not records of a format this stream reads (logged, not warned).
    total : int or None
        Number of records the upstream reported, when it did.
    truncated : bool
        True when ``max_results`` stopped the stream before the end.
    """

    def __init__(self, items: Iterable[T | ParseError], *, on_error: OnError = "warn") -> None:
        check_on_error(on_error)
        self._items = iter(items)
        self.on_error = on_error
        self.errors: list[ParseError] = []
        self.skipped: list[UnsupportedFormatError] = []
        self.total: int | None = None
        self.truncated = False

    def __iter__(self) -> Iterator[T]:
        for item in self._items:
            if isinstance(item, UnsupportedFormatError):
                self.skipped.append(item)
                log.info("skipped: %s", item)
                continue
            if isinstance(item, ParseError):
                self.errors.append(item)
                if self.on_error == "raise":
                    raise item
                if self.on_error == "warn":
                    warnings.warn(f"skipped a record: {item}", ParseWarning, stacklevel=2)
                continue
            yield item

    def to_list(self) -> list[T]:
        return list(self)


class Batch(Generic[T]):
    """The one result of fetching records by ID, from any client's ``get_many``.

    Filled by the client; read it, do not change it. One ID never loses the others: each
    requested ID ends in exactly one of ``found``, ``not_found`` or ``failed`` (except an ID
    whose record failed to parse, which is in none of them and has its error in ``errors``).

    Attributes
    ----------
    found : dict of str to record
        Requested ID (canonical form: ``NCT01958021``, ``22663011``, a lower-case DOI…) →
        its record, in request order. Two IDs of one record (an NCT alias and the NCT
        number it was merged into) map to the same record.
    not_found : list of str
        Requested IDs that a complete, valid answer did not contain (HTTP 404, or absent
        from a whole result list). Never an ID whose request failed.
    failed : dict of str to TrialinkError
        Requested ID → the error that stopped its request (offline miss, HTTP error after
        retries, unusable answer, an ID the service's own pattern refuses).
    errors : list of ParseError
        Records that were returned but failed to parse, each naming its source and field.
    requests : int
        HTTP requests made (cache hits included).
    """

    _unique = True  # records are objects a requested ID shares with its aliases

    def __init__(self) -> None:
        self.found: dict[str, T] = {}
        self.not_found: list[str] = []
        self.failed: dict[str, TrialinkError] = {}
        self.errors: list[ParseError] = []
        self.requests = 0

    @property
    def records(self) -> list[T]:
        """The records found, in request order, each once."""
        if not self._unique:
            return list(self.found.values())
        seen: set[object] = set()
        out: list[T] = []
        for rec in self.found.values():
            key = self._identity(rec)
            if key not in seen:
                seen.add(key)
                out.append(rec)
        return out

    def _identity(self, record: T) -> object:
        """What makes two found records one (subclasses: the record's own ID)."""
        return id(record)

    @property
    def complete(self) -> bool:
        """True when every requested ID was found (nothing not found, failed or unparsed)."""
        return not (self.not_found or self.failed or self.errors)

    def raise_for_failures(self) -> None:
        """Raise the first error in ``failed`` (a fault), if any; ``not_found`` is not a fault."""
        if self.failed:
            raise next(iter(self.failed.values()))

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[T]:
        return iter(self.records)

    def __contains__(self, key: object) -> bool:
        return key in self.found

    def __getitem__(self, key: str) -> T:
        return self.found[key]

    def __repr__(self) -> str:
        return (f"<{type(self).__name__} found={len(self.found)} not_found={self.not_found} "
                f"failed={list(self.failed)} errors={len(self.errors)} requests={self.requests}>")


class StudyBatch(Batch[Trial]):
    """:class:`Batch` of trials (any registry); ``trials`` is :attr:`Batch.records`.

    An ID is in ``not_found`` only when a complete, valid answer lacked it; an ID whose
    request failed (or that the service's own pattern refuses) is in ``failed``.
    """

    def _identity(self, record: Trial) -> object:
        return record.trial_id

    @property
    def trials(self) -> list[Trial]:
        """The trials found, in request order, each once (the same as :attr:`records`)."""
        return self.records

    @trials.setter
    def trials(self, value: Iterable[Trial]) -> None:
        # Kept for code that built a StudyBatch by hand before Batch existed.
        self.found = {t.trial_id: t for t in value}


def paginate(
    fetch: PageFetch,
    *,
    max_results: int | None = None,
    what: str = "results",
    progress: bool | None = None,
    on_total: Callable[[int | None], None] | None = None,
    on_truncate: Callable[[], None] | None = None,
) -> Iterator[Any]:
    """Yield items page by page, lazily, following cursor tokens.

    ``fetch(token)`` returns ``(items, next_token, total)``; paging stops at a missing
    token or an empty page (some APIs end with one). A token the server sends twice stops
    the loop with a :class:`RequestError` (never an endless loop). A token refused with
    400/404/410 (expired upstream, e.g. replayed from the cache) restarts the chain once
    with ``fetch(token, True)`` — past the cache — skipping the results already yielded. When ``max_results`` stops it
    early while more remain, a :class:`TruncatedResultsWarning` says so — never
    silently. ``progress=None`` shows a tqdm bar when the total spans several pages.
    """
    if max_results is not None and (not isinstance(max_results, int) or max_results < 0):
        raise ValueError(f"max_results must be a non-negative integer or None, got {max_results!r}")
    from tqdm.auto import tqdm

    yielded = 0
    token: str | None = None
    seen_tokens: set[str] = set()
    bar = None
    first = True
    reported: int | None = None
    refresh = False  # after a stale token failed: the chain again, past the cache
    skip = 0  # results already yielded before a restart
    try:
        while True:
            if max_results is not None and yielded >= max_results:
                return
            try:
                items, next_token, total = fetch(token, refresh) if refresh else fetch(token)
            except RequestError as exc:
                stale = (token is not None and not refresh and exc.status_code in (400, 404, 410)
                         and not isinstance(exc, OfflineError))
                if not stale:
                    raise
                # A page token (or cursor) kept in the cache from an earlier run has expired
                # upstream: start the chain again without the cache, skipping what was yielded.
                log.warning("%s: page token refused (%s); restarting the search without the cache", what,
                            exc.status_code)
                refresh, token, skip, seen_tokens = True, None, yielded, set()
                continue
            if first:
                first = False
                reported = total  # later pages may leave the count out (ClinicalTrials.gov does)
                if on_total:
                    on_total(total)
                show = progress if progress is not None else bool(total and total > max(len(items), 1) * 2)
                if show:
                    goal = min(total, max_results) if (total and max_results is not None) else total
                    bar = tqdm(total=goal, desc=what, unit=" rec")
            for i, item in enumerate(items):
                if skip:
                    skip -= 1
                    continue
                if max_results is not None and yielded >= max_results:
                    more = next_token is not None or i < len(items)
                    if more:
                        _warn_truncated(what, max_results, reported)
                        if on_truncate:
                            on_truncate()
                    return
                yielded += 1
                if bar is not None:
                    bar.update(1)
                yield item
            if not next_token or not items:
                return
            if next_token in seen_tokens or next_token == token:
                raise RequestError(f"{what}: the server sent page token {str(next_token)[:80]!r} again after "
                                   f"{yielded} results; stopped rather than loop forever (the results so far "
                                   f"were yielded; search again later)", problem="repeated_page")
            seen_tokens.add(next_token)
            if max_results is not None and yielded >= max_results:
                _warn_truncated(what, max_results, reported)
                if on_truncate:
                    on_truncate()
                return
            token = next_token
    finally:
        if bar is not None:
            bar.close()


def _warn_truncated(what: str, cap: int, total: int | None) -> None:
    of = f" of {total}" if total is not None else ""
    warnings.warn(TruncatedResultsWarning(f"{what}: stopped at max_results={cap}{of}; more results are available "
                                          f"(raise max_results or pass None to read them all)", read=cap,
                                          total=total), stacklevel=3)


__all__ = ["BaseClient", "Batch", "RecordStream", "StudyBatch", "PageFetch", "as_id_list", "load_json_object",
           "loads_json", "Fields", "describe_body", "record_id", "whole_number", "paginate", "paged_stream",
           "raise_for_status", "check_on_error", "OfflineError"]


def paged_stream(
    fetch: PageFetch,
    *,
    max_results: int | None,
    what: str,
    progress: bool | None,
    on_error: str,
) -> RecordStream[Any]:
    """A :class:`RecordStream` over :func:`paginate`, with ``.total`` and ``.truncated`` kept up to date."""
    check_on_error(on_error)
    stream: RecordStream[Any]

    def set_total(total: int | None) -> None:
        stream.total = total

    def set_truncated() -> None:
        stream.truncated = True

    stream = RecordStream(paginate(fetch, max_results=max_results, what=what, progress=progress,
                                   on_total=set_total, on_truncate=set_truncated),
                          on_error=on_error)  # type: ignore[arg-type]
    return stream
