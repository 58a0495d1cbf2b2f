"""The trialink exception and warning family."""

from __future__ import annotations

__all__ = [
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
    "TruncatedResultsWarning",
    "DataQualityWarning",
    "ParseWarning",
]


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
    """

    def __init__(self, values: str | list[str] | tuple[str, ...], message: str, *,
                 registry: str | None = None, expected: str | None = None) -> None:
        self.values = (values,) if isinstance(values, str) else tuple(values)
        self.registry = registry
        self.expected = expected
        super().__init__(message)

    @classmethod
    def listing(cls, bad: list[tuple[str, str]], *, where: str = "", limit: int = 8) -> InvalidIdError:
        """One short error for many values: a header naming ``where`` (the function or
        parameter), then one line per value with why it was refused (at most ``limit``
        lines, then "and N more"); ``.values`` holds every refused value."""
        head = f"{where}: " if where else ""
        shown = bad[:limit]
        more = f"\n  and {len(bad) - limit} more" if len(bad) > limit else ""
        return cls([v for v, _ in bad], f"{head}{len(bad)} value(s) refused:\n"
                   + "\n".join(f"  {v!r}: {why}" for v, why in shown) + more)


class PlaceholderIdError(InvalidIdError):
    """A well-formed registry number that is a documentation placeholder (``NCT00000000``,
    ``NCT12345678``), not a registered trial (see :func:`trialink.ids.is_placeholder`)."""


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
    """

    def __init__(self, message: str, *, status_code: int | None = None, url: str = "",
                 ids: tuple[str, ...] | list[str] = ()) -> None:
        self.status_code = status_code
        self.url = url
        self.ids = tuple(ids)
        super().__init__(message)


class NotFoundError(RequestError):
    """The service answered 404 / the record does not exist."""


class OfflineError(RequestError):
    """Offline mode is on and the response is not in the cache."""


class NoNetworkError(RequestError):
    """The host could not be reached at all (name resolution failed, connection refused).

    Not retried with back-off: the message says there is no network and names the
    offline switches (``--offline``, ``TRIALINK_OFFLINE=1``) that work from the cache.
    """


class BadResponseError(RequestError):
    """The service answered, but not with a usable document: an HTML maintenance page or an
    empty or truncated body where JSON/XML was due, or an in-band error document
    (NCBI ``<ERROR>``). Such an answer is never cached.
    """


class ResponseTooLargeError(RequestError):
    """A response body (after decompression) exceeded the configured size limit."""


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
    reason : str
        What is wrong, without the location (the message as given).
    record_id : str or None
        The record's own ID (an NCT number) when it could be read; else None.
    """

    def __init__(self, message: str, *, source: str = "", field: str = "", record_id: str | None = None) -> None:
        self.source = source
        self.field = field
        self.reason = message
        self.record_id = record_id
        where = ", ".join(p for p in (f"source={source}" if source else "",
                                      f"field={field}" if field else "") if p)
        super().__init__(f"{message} ({where})" if where else message)


class UnsupportedFormatError(ParseError):
    """The content is well-formed but not a record format trialink reads."""


class TrialinkWarning(UserWarning):
    """Base class of trialink warnings."""


class TruncatedResultsWarning(TrialinkWarning):
    """A ``max_results`` cap stopped paging before all results were read."""


class DataQualityWarning(TrialinkWarning):
    """A value was kept but looks wrong or could not be normalised."""


class ParseWarning(TrialinkWarning):
    """A record in a batch failed to parse; the others were kept."""
