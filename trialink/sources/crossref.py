"""Crossref: ``/works/{doi}`` client and parser, including ``clinical-trial-number``."""

from __future__ import annotations

import html
import logging
import re
import warnings
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

from trialink import ids
from trialink._dates import iso_date_parts
from trialink.errors import InvalidIdError, NotFoundError, ParseError, TrialinkError
from trialink.model import Accession, Provenance, Publication
from trialink.sources._accessions import merge_accessions, text_accessions
from trialink.sources._base import (
    BaseClient,
    Batch,
    Fields,
    RecordStream,
    as_id_list,
    check_on_error,
    loads_json,
    paged_stream,
)

__all__ = ["CrossrefClient", "parse_crossref"]

log = logging.getLogger(__name__)


def _date(f: Fields, parts: Any, field: str) -> str | None:
    dp = f.list(f.obj(parts, field).get("date-parts"), f"{field}.date-parts")
    first = f.list(dp[0], f"{field}.date-parts[0]") if dp else []
    p = []
    for k, x in enumerate(first):
        if x is None:
            continue
        n = f.int(x, f"{field}.date-parts[0][{k}]")
        if n is not None:
            p.append(n)
    if not p:
        return None
    y, m, d = (p + [None] * 3)[:3]
    return iso_date_parts(y, m, d, source=field)


def parse_crossref(data: bytes | str | Mapping[str, Any], *, source: str | None = None) -> Publication:
    """A Crossref ``/works/{doi}`` response (or its ``message``) → Publication.

    ``clinical-trial-number`` entries (lower-cased in the wild: ``nct03797326``) become
    ``crossref`` accessions in canonical form.

    Raises
    ------
    ParseError
        Not a Crossref work, or a field of the wrong JSON type (named, e.g. ``message.title``).
    """
    obj = data if isinstance(data, Mapping) else loads_json(data, source)
    f = Fields(source)
    if not isinstance(obj, Mapping):
        raise ParseError(f"expected a JSON object, got {type(obj).__name__}", problem="wrong_type", source=source or "")
    m = obj.get("message", obj)
    if not isinstance(m, Mapping) or not m.get("DOI"):
        raise ParseError("not a Crossref work (no message.DOI)", problem="missing_field", source=source or "",
                         field="message.DOI")
    doi = f.str(m.get("DOI"), "message.DOI")
    trials = []
    for k, ct in enumerate(f.list(m.get("clinical-trial-number"), "message.clinical-trial-number")):
        at = f"message.clinical-trial-number[{k}]"
        ct = f.obj(ct, at)
        raw = f.str(ct.get("clinical-trial-number"), f"{at}.clinical-trial-number") or ""
        try:
            rid = ids.parse_id(raw, bare_digits_as_pmid=False)
        except InvalidIdError:
            continue
        trials.append(Accession(rid.registry, rid.id, "crossref", f.str(ct.get("registry"), f"{at}.registry")))
    titles = f.strs(m.get("title"), "message.title")
    title = " ".join(titles[0].split()) if titles else None
    abstract = f.str(m.get("abstract"), "message.abstract")
    if abstract:
        abstract = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", abstract)).split()) or None
    authors = f.list(m.get("author"), "message.author")
    first = None
    if authors:
        a = f.obj(authors[0], "message.author[0]")
        given = f.str(a.get("given"), "message.author[0].given") or ""
        first = f.str(a.get("name"), "message.author[0].name") or " ".join(
            x for x in (f.str(a.get("family"), "message.author[0].family"),
                        "".join(g[0] for g in given.split() if g)) if x) or None
    containers = f.strs(m.get("container-title"), "message.container-title")
    kind = f.str(m.get("type"), "message.type")
    return Publication(
        pmid=None,
        provenance=Provenance("crossref_json", _date(f, m.get("indexed"), "message.indexed"), source),
        doi=doi,
        title=title,
        journal=containers[0] if containers else None,
        pub_date=_date(f, m.get("published"), "message.published") or _date(f, m.get("issued"), "message.issued"),
        n_authors=len(authors),
        first_author=first,
        publication_types=(kind,) if kind else (),
        abstract=abstract,
        abstract_sections=(("", abstract),) if abstract else (),
        accessions=merge_accessions(trials, text_accessions(title, abstract)),
    )


class CrossrefClient(BaseClient):
    """Crossref REST API (``https://api.crossref.org``).

    The polite pool's ``mailto`` is added by the HTTP layer from ``CROSSREF_MAILTO``
    (else ``NCBI_EMAIL``) or ``make_session(mailto=...)``, below the cache.
    """

    BASE_URL = "https://api.crossref.org"

    MAX_ROWS = 1000
    """Crossref's largest ``rows`` per page."""

    def get(self, doi: str) -> Publication:
        """One work by DOI (``/works/{doi}``).

        Raises
        ------
        InvalidIdError
            Not a DOI.
        NotFoundError
            Crossref answered 404 (no such DOI registered with Crossref).
        OfflineError, BadResponseError, RequestError, ParseError
        """
        rid = ids.parse_id(doi, expect="DOI", bare_digits_as_pmid=False)
        return self._fetch("GET", f"works/{quote(rid.id, safe='/')}",
                           lambda resp: parse_crossref(resp.content, source=resp.url), ids=[rid.id])

    def work(self, doi: str) -> Publication:
        """Deprecated alias of :meth:`get` (removed in the next release)."""
        warnings.warn("CrossrefClient.work() is deprecated; use CrossrefClient.get()", DeprecationWarning,
                      stacklevel=2)
        return self.get(doi)

    def get_many(self, dois: str | Iterable[str]) -> Batch[Publication]:
        """Many works by DOI, one ``/works/{doi}`` request each (all validated first).

        Parameters
        ----------
        dois : str or iterable of str
            DOIs (``10.…``, ``doi:10.…`` or ``https://doi.org/10.…``; a single string is one DOI).

        Returns
        -------
        Batch of Publication
            ``found`` (DOI in canonical form → Publication, request order); ``not_found``
            (Crossref answered 404); ``failed`` (DOI → the error that stopped its request:
            offline miss, HTTP error after retries, unusable answer); parse ``errors``;
            ``requests``. One failure never loses the others.

        Raises
        ------
        InvalidIdError
            Listing every value that is not a DOI (before any request).
        """
        wanted = list(dict.fromkeys(r.id for r in ids.parse_ids(as_id_list(dois, "dois"), expect="DOI")))
        batch: Batch[Publication] = Batch()
        for doi in wanted:
            batch.requests += 1
            try:
                batch.found[doi] = self.get(doi)
            except NotFoundError:
                batch.not_found.append(doi)
            except ParseError as exc:
                batch.errors.append(exc)
            except TrialinkError as exc:
                log.warning("Crossref work %s failed: %s", doi, exc)
                batch.failed[doi] = exc
        return batch

    def search(self, query: str, *, filter: Mapping[str, str] | None = None, rows: int = 100,
               max_results: int | None = None, progress: bool | None = None,
               on_error: str = "warn") -> RecordStream[Publication]:
        """Search works (``/works?query=…``), paging lazily with Crossref's deep-paging cursor.

        The first request sends ``cursor=*``; each answer's ``message.next-cursor`` asks
        for the next page, until a page comes back empty, as Crossref's REST API documents for
        cursors. A short page is not taken as the end (Crossref may return fewer than ``rows``
        before the last page), so that costs one request more and never cuts results silently.

        Parameters
        ----------
        query : str
            Free text matched against the whole bibliographic record (``query``).
        filter : mapping of str to str, optional
            Crossref filters, e.g. ``{"from-pub-date": "2020-01-01", "type": "journal-article"}``
            (sent as ``filter=from-pub-date:2020-01-01,type:journal-article``).
        rows : int, default 100
            Works per page, 1..1000.
        max_results : int, optional
            Stop after this many; a :class:`TruncatedResultsWarning` says when more remain.
        progress : bool, optional
            tqdm bar; default when the total spans several pages.
        on_error : {"warn", "raise", "collect"}
            What to do with a work that fails to parse (it never loses the others).

        Returns
        -------
        RecordStream of Publication
            Lazy; ``.total`` is ``message.total-results`` after the first page.
        """
        if not isinstance(query, str) or not query.strip():
            raise ValueError(f"query must be a non-empty string, got {query!r}")
        if not isinstance(rows, int) or not 1 <= rows <= self.MAX_ROWS:
            raise ValueError(f"rows must be 1..{self.MAX_ROWS}, got {rows!r}")
        check_on_error(on_error)
        params: dict[str, Any] = {"query": query, "rows": rows}
        if filter:
            bad = {k: v for k, v in filter.items() if not isinstance(k, str) or not isinstance(v, str)
                   or "," in v or ":" in k}
            if bad:
                raise ValueError(f"filter must map filter names to string values without ',', got {bad!r}")
            params["filter"] = ",".join(f"{k}:{v}" for k, v in filter.items())

        def parse(resp: Any) -> tuple[list[Any], str | None, int | None]:
            body = loads_json(resp.content, resp.url)
            f = Fields(resp.url)
            msg = f.obj(body.get("message") if isinstance(body, Mapping) else None, "message")
            if not isinstance(body, Mapping) or "items" not in msg:
                raise ParseError("not a Crossref work list (no message.items)", problem="missing_field",
                                 source=resp.url)
            items: list[Any] = []
            for i, item in enumerate(f.list(msg.get("items"), "message.items")):
                try:
                    items.append(parse_crossref({"message": item}, source=resp.url))
                except ParseError as exc:
                    items.append(ParseError(exc.reason, problem=exc.problem, source=resp.url,
                                            field=f"message.items[{i}]" + (f".{exc.field.removeprefix('message.')}"
                                                                           if exc.field else "")))
            nxt = f.str(msg.get("next-cursor"), "message.next-cursor")
            if not items:
                nxt = None  # the documented end: an empty page
            return items, nxt, f.int(msg.get("total-results"), "message.total-results")

        def fetch(token: str | None, refresh: bool = False) -> tuple[list[Any], str | None, int | None]:
            extra: dict[str, Any] = {"force_refresh": True} if refresh else {}
            return self._fetch("GET", "works", parse, search=True, params={**params, "cursor": token or "*"},
                               **extra)

        return paged_stream(fetch, max_results=max_results, what="Crossref works", progress=progress,
                            on_error=on_error)
