"""The trialink exception and warning family."""

from __future__ import annotations

from typing import Literal, TypeVar, get_args

__all__ = [
    "IdProblem",
    "ParseProblem",
    "RequestProblem",
    "TrialinkError",
    "InvalidIdError",
    "PlaceholderIdError",
    "RequestError",
    "NotFoundError",
    "OfflineError",
    "NoNetworkError",
    "BadResponseError",
    "ResponseTooLargeError",
    "ParseError",
    "UnsupportedFormatError",
    "TrialinkWarning",
    "IncompleteResultsWarning",
    "TruncatedResultsWarning",
    "DataQualityWarning",
    "ParseWarning",
]


#: What is wrong with a record or document that could not be parsed (:attr:`ParseError.problem`).
#:
#: ``syntax``: not well-formed JSON/XML, or not UTF-8; ``too_deep``: JSON nested deeper than it can
#: be read; ``truncated``: the data ends inside a record or before its closing element; ``empty``:
#: nothing where a record or a header line was due;
#: ``compression``: corrupt gzip/zlib data; ``too_large``: over a size limit (decompressed bytes, one
#: record); ``wrong_type``: a field holds the wrong type (an object where a list is due…);
#: ``missing_field``: a required field (the record's ID, a required section) is absent;
#: ``invalid_id``: the record's ID field holds no valid identifier; ``bad_value``: a value of the right
#: type that cannot be read; ``unsupported_format``: well-formed, but not a format trialink reads;
#: ``unreadable_file``: the operating system could not read the file.
ParseProblem = Literal["syntax", "too_deep", "truncated", "empty", "compression", "too_large", "wrong_type",
                       "missing_field", "invalid_id", "bad_value", "unsupported_format", "unreadable_file"]

#: Why a request failed (:attr:`RequestError.problem`).
#:
#: ``http_status``: the service answered an error status (after retries); ``not_found``: it has no such
#: record; ``not_cached``: offline mode and the answer is not in the cache; ``no_network``: the host
#: could not be reached at all; ``connection``: the connection failed or timed out on every attempt;
#: ``too_large``: the body exceeded the size limit; ``unusable_answer``: an HTML page, an empty or
#: truncated body where a document was due; ``service_error``: the service answered with an error
#: document in place of records (NCBI ``<ERROR>``); ``repeated_page``: a paging token came back a
#: second time (stopped rather than loop); ``no_history``: an E-utilities history search answered
#: without its WebEnv/query_key.
RequestProblem = Literal["http_status", "not_found", "not_cached", "no_network", "connection", "too_large",
                         "unusable_answer", "service_error", "repeated_page", "no_history"]

#: Why an identifier was refused (:attr:`InvalidIdError.problem`).
#:
#: ``not_a_string``: the value is not text; ``unrecognised``: no accepted format matches it exactly;
#: ``placeholder``: a documentation placeholder (``NCT00000000``), not a registered trial;
#: ``wrong_registry``: a well-formed identifier of another registry than the one required;
#: ``wrong_kind``: a publication ID where a trial ID is required, or the reverse; ``several``: many
#: values refused at once, each for its own reason (:attr:`InvalidIdError.reasons`).
IdProblem = Literal["not_a_string", "unrecognised", "placeholder", "wrong_registry", "wrong_kind", "several"]

_PARSE_PROBLEMS = frozenset(get_args(ParseProblem))
_ID_PROBLEMS = frozenset(get_args(IdProblem))
_REQUEST_PROBLEMS = frozenset(get_args(RequestProblem))


_P = TypeVar("_P", bound=str)


def _checked(problem: _P, allowed: frozenset[str], kind: str) -> _P:
    if problem not in allowed:
        raise ValueError(f"{kind} problem {problem!r} is not one of {sorted(allowed)}")
    return problem


class TrialinkError(Exception):
    """Base class of every error trialink raises on purpose."""


class InvalidIdError(TrialinkError, ValueError):
    """One or more identifiers do not match any accepted format.

    Attributes
    ----------
    values : tuple of str
        The offending values, as given.
    registry : str or None
        The registry the value was recognised as, when it is well formed but refused
        (e.g. a EudraCT number where a CTIS one is required); else None.
    expected : str or None
        The registry that was required (``expect=``), when one was; else None.
    problem : IdProblem
        Why, from a closed vocabulary (see :data:`IdProblem`).
    reasons : dict
        For an error about several values (``problem == 'several'``): value → why it was refused,
        for people; else empty.
    """

    #: The problem a subclass stands for when none is given.
    default_problem: IdProblem = "unrecognised"

    def __init__(self, values: str | list[str] | tuple[str, ...], message: str, *,
                 registry: str | None = None, expected: str | None = None,
                 problem: IdProblem | None = None) -> None:
        self.values = (values,) if isinstance(values, str) else tuple(values)
        self.registry = registry
        self.expected = expected
        self.problem: IdProblem = _checked(problem or self.default_problem, _ID_PROBLEMS, "identifier")
        self.reasons: dict[str, str] = {}
        super().__init__(message)

    @classmethod
    def listing(cls, bad: list[tuple[str, str]], *, where: str = "", limit: int = 8) -> InvalidIdError:
        """One short error for many values: a header naming ``where`` (the function or
        parameter), then one line per value with why it was refused (at most ``limit``
        lines, then "and N more"); ``.values`` holds every refused value, ``.reasons`` each one's
        reason, ``.problem`` is ``'several'``."""
        head = f"{where}: " if where else ""
        shown = bad[:limit]
        more = f"\n  and {len(bad) - limit} more" if len(bad) > limit else ""
        err = cls([v for v, _ in bad], f"{head}{len(bad)} value(s) refused:\n"
                  + "\n".join(f"  {v!r}: {why}" for v, why in shown) + more, problem="several")
        err.reasons = dict(bad)
        return err


class PlaceholderIdError(InvalidIdError):
    """A well-formed registry number that is a documentation placeholder (``NCT00000000``,
    ``NCT12345678``), not a registered trial (see :func:`trialink.ids.is_placeholder`)."""

    default_problem: IdProblem = "placeholder"


class RequestError(TrialinkError):
    """An HTTP request failed (after retries).

    Attributes
    ----------
    status_code : int or None
        HTTP status, or None when no response was received.
    url : str
        The requested URL with secrets redacted.
    ids : tuple of str
        The identifiers the request asked for, when it asked for some.
    problem : RequestProblem
        Why it failed, from a closed vocabulary (see :data:`RequestProblem`).
    attempts : int or None
        How many times the request was sent, when it was retried; else None.
    """

    #: The problem a subclass stands for when none is given.
    default_problem: RequestProblem = "http_status"

    def __init__(self, message: str, *, status_code: int | None = None, url: str = "",
                 ids: tuple[str, ...] | list[str] = (), problem: RequestProblem | None = None,
                 attempts: int | None = None) -> None:
        self.status_code = status_code
        self.url = url
        self.ids = tuple(ids)
        self.problem: RequestProblem = _checked(problem or self.default_problem, _REQUEST_PROBLEMS, "request")
        self.attempts = attempts
        super().__init__(message)


class NotFoundError(RequestError):
    """The service answered 404 / the record does not exist."""

    default_problem: RequestProblem = "not_found"


class OfflineError(RequestError):
    """Offline mode is on and the response is not in the cache."""

    default_problem: RequestProblem = "not_cached"


#: The switches that make trialink work from its cache, named by :class:`NoNetworkError`.
OFFLINE_SWITCHES = ("--offline", "TRIALINK_OFFLINE=1")


class NoNetworkError(RequestError):
    """The host could not be reached at all (name resolution failed, connection refused).

    Not retried with back-off: the message says there is no network and names the
    offline switches (:attr:`switches`: ``--offline``, ``TRIALINK_OFFLINE=1``) that work from the cache.

    Attributes
    ----------
    host : str
        The host that could not be reached.
    switches : tuple of str
        The offline switches the message names.
    """

    default_problem: RequestProblem = "no_network"

    def __init__(self, message: str, *, host: str = "", url: str = "",
                 ids: tuple[str, ...] | list[str] = ()) -> None:
        self.host = host
        self.switches = OFFLINE_SWITCHES
        super().__init__(message, url=url, ids=ids)


class BadResponseError(RequestError):
    """The service answered, but not with a usable document: an HTML maintenance page or an
    empty or truncated body where JSON/XML was due (``problem='unusable_answer'``), or an in-band
    error document such as NCBI ``<ERROR>`` (``problem='service_error'``). Such an answer is never
    cached.
    """

    default_problem: RequestProblem = "unusable_answer"


class ResponseTooLargeError(RequestError):
    """A response body (after decompression) exceeded the configured size limit.

    Attributes
    ----------
    limit : int or None
        The limit in bytes.
    decompressed : bool
        True when the limit was passed while decompressing (a gzip or deflate body).
    """

    default_problem: RequestProblem = "too_large"

    def __init__(self, message: str, *, limit: int | None = None, decompressed: bool = False,
                 status_code: int | None = None, url: str = "") -> None:
        self.limit = limit
        self.decompressed = decompressed
        super().__init__(message, status_code=status_code, url=url)


class ParseError(TrialinkError, ValueError):
    """A record could not be parsed.

    Attributes
    ----------
    source : str
        File name (or other origin) of the record.
    field : str
        Path of the offending field inside the record, e.g.
        ``protocolSection.designModule.enrollmentInfo.count``; empty when the
        whole record is unreadable.
    problem : ParseProblem
        What kind of problem it is, from a closed vocabulary (see :data:`ParseProblem`); code
        and tests read this, never the message.
    reason : str
        What is wrong, without the location (the message as given), for people.
    record_id : str or None
        The record's own ID (an NCT number) when it could be read; else None.
    """

    def __init__(self, message: str, *, problem: ParseProblem, source: str = "", field: str = "",
                 record_id: str | None = None) -> None:
        self.problem: ParseProblem = _checked(problem, _PARSE_PROBLEMS, "parse")
        self.source = source
        self.field = field
        self.reason = message
        self.record_id = record_id
        where = ", ".join(p for p in (f"source={source}" if source else "",
                                      f"field={field}" if field else "") if p)
        super().__init__(f"{message} ({where})" if where else message)


class UnsupportedFormatError(ParseError):
    """The content is well-formed but not a record format trialink reads (``problem`` is
    ``'unsupported_format'``)."""

    def __init__(self, message: str, *, source: str = "", field: str = "") -> None:
        super().__init__(message, problem="unsupported_format", source=source, field=field)


class TrialinkWarning(UserWarning):
    """Base class of trialink warnings."""


class IncompleteResultsWarning(TrialinkWarning):
    """Some of the requests behind a result failed: what was found is returned, but it may be
    incomplete.

    Attributes
    ----------
    failures : list of dict
        One dict per failed request: ``step``, ``query``, ``error`` (the error's text), ``problem``
        (:data:`RequestProblem`, or None for an error that is not a request failure).
    """

    def __init__(self, message: str, *, failures: list[dict[str, object]] | None = None) -> None:
        self.failures = list(failures or [])
        super().__init__(message)


class TruncatedResultsWarning(TrialinkWarning):
    """Paging stopped before all results were read: a ``max_results`` cap, or a service's own
    window (CTIS serves 10,000 hits per sort order).

    Attributes
    ----------
    read : int or None
        How many results were read (the cap, when a cap stopped it).
    total : int or None
        How many the service says there are, when it says.
    cause : {'max_results', 'service_window'}
        What stopped the paging.
    """

    def __init__(self, message: str, *, read: int | None = None, total: int | None = None,
                 cause: Literal["max_results", "service_window"] = "max_results") -> None:
        self.read = read
        self.total = total
        self.cause = cause
        super().__init__(message)


class DataQualityWarning(TrialinkWarning):
    """A value was kept but looks wrong or could not be normalised."""


class ParseWarning(TrialinkWarning):
    """A record in a batch failed to parse; the others were kept."""
