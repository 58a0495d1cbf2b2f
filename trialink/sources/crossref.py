"""Crossref: ``/works/{doi}`` client and parser, including ``clinical-trial-number``."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from trialink import ids
from trialink.errors import InvalidIdError, ParseError
from trialink.model import Accession, Provenance, Publication
from trialink.sources._base import BaseClient
from trialink.sources._accessions import merge_accessions, text_accessions

__all__ = ["CrossrefClient", "parse_crossref"]


def _date(parts: Mapping[str, Any] | None) -> str | None:
    dp = (parts or {}).get("date-parts") or [[]]
    p = [x for x in (dp[0] if dp else []) if x is not None]
    if not p:
        return None
    return "-".join([f"{p[0]:04d}", *[f"{x:02d}" for x in p[1:3]]])


def parse_crossref(data: bytes | str | Mapping[str, Any], *, source: str | None = None) -> Publication:
    """A Crossref ``/works/{doi}`` response (or its ``message``) → Publication.

    ``clinical-trial-number`` entries (lower-cased in the wild: ``nct03797326``) become
    ``crossref`` accessions in canonical form.
    """
    try:
        obj = data if isinstance(data, Mapping) else json.loads(data)
    except ValueError as exc:
        raise ParseError(f"invalid JSON: {exc}", source=source or "") from exc
    m = obj.get("message", obj)
    if not isinstance(m, Mapping) or not m.get("DOI"):
        raise ParseError("not a Crossref work (no message.DOI)", source=source or "", field="message.DOI")
    trials = []
    for ct in m.get("clinical-trial-number") or []:
        raw = str(ct.get("clinical-trial-number", "")).strip()
        try:
            rid = ids.parse_id(raw, bare_digits_as_pmid=False)
        except InvalidIdError:
            continue
        trials.append(Accession(rid.registry, rid.id, "crossref", ct.get("registry")))
    title = " ".join((m.get("title") or [""])[0].split()) or None
    abstract = m.get("abstract")
    if abstract:
        abstract = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", abstract)).split()) or None
    authors = m.get("author") or []
    first = None
    if authors:
        a = authors[0]
        first = a.get("name") or " ".join(x for x in (a.get("family"), "".join(g[0] for g in (a.get("given") or "").split()
                                                                                  if g)) if x) or None
    return Publication(
        pmid=None,
        provenance=Provenance("crossref_json", _date(m.get("indexed")), source),
        doi=m["DOI"],
        title=title,
        journal=(m.get("container-title") or [None])[0],
        pub_date=_date(m.get("published")) or _date(m.get("issued")),
        n_authors=len(authors),
        first_author=first,
        publication_types=(m.get("type"),) if m.get("type") else (),
        abstract=abstract,
        abstract_sections=(("", abstract),) if abstract else (),
        accessions=merge_accessions(trials, text_accessions(title, abstract)),
    )


class CrossrefClient(BaseClient):
    """Crossref REST API (``https://api.crossref.org``)."""

    BASE_URL = "https://api.crossref.org"

    def work(self, doi: str) -> Publication:
        """``/works/{doi}``; raises NotFoundError for unknown DOIs."""
        rid = ids.parse_id(doi, expect="DOI", bare_digits_as_pmid=False)
        resp = self._get(f"works/{quote(rid.id, safe='/')}")
        return parse_crossref(resp.content, source=resp.url)
