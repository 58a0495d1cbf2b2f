"""Crossref: ``/works/{doi}`` client and parser, including ``clinical-trial-number``."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from trialink import ids
from trialink.errors import InvalidIdError, ParseError
from trialink.model import Accession, Provenance, Publication
from trialink.sources._base import BaseClient, Fields, loads_json
from trialink.sources._accessions import merge_accessions, text_accessions

__all__ = ["CrossrefClient", "parse_crossref"]


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
    return "-".join([f"{p[0]:04d}", *[f"{x:02d}" for x in p[1:3]]])


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
        raise ParseError(f"expected a JSON object, got {type(obj).__name__}", source=source or "")
    m = obj.get("message", obj)
    if not isinstance(m, Mapping) or not m.get("DOI"):
        raise ParseError("not a Crossref work (no message.DOI)", source=source or "", field="message.DOI")
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

    def work(self, doi: str) -> Publication:
        """``/works/{doi}``; raises NotFoundError for unknown DOIs."""
        rid = ids.parse_id(doi, expect="DOI", bare_digits_as_pmid=False)
        return self._fetch("GET", f"works/{quote(rid.id, safe='/')}",
                           lambda resp: parse_crossref(resp.content, source=resp.url), ids=[rid.id])
