"""Europe PMC: REST search client (cursor paging) and the search-response parser."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from typing import Any

from trialink.errors import ParseError
from trialink.model import Provenance, Publication
from trialink.sources._base import BaseClient, RecordStream, check_on_error, paged_stream
from trialink.sources.pubmed import _merge, text_accessions

__all__ = ["EuropePmcClient", "parse_europepmc", "parse_europepmc_result"]

_TAGS = re.compile(r"<[^>]+>")


def _plain(text: str | None) -> str | None:
    if not text:
        return None
    # Section headings arrive as <h4>Background</h4>; keep them as "Background: ".
    text = re.sub(r"<h4>(.*?)</h4>\s*", r"\n\1: ", text)
    text = html.unescape(_TAGS.sub("", text))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line) or None


def parse_europepmc_result(r: Mapping[str, Any], *, source: str | None = None) -> Publication:
    """One ``resultList.result`` entry (``lite`` or ``core``) → Publication."""
    journal = r.get("journalInfo") or {}
    date = (journal.get("printPublicationDate") or r.get("firstPublicationDate") or r.get("pubYear"))
    types = (r.get("pubTypeList") or {}).get("pubType") or [t.strip() for t in (r.get("pubType") or "").split(";")
                                                             if t.strip()]
    authors = (r.get("authorList") or {}).get("author") or []
    first = None
    if authors:
        a = authors[0]
        first = a.get("collectiveName") or " ".join(x for x in (a.get("lastName"), a.get("initials")) if x) or None
    elif r.get("authorString"):
        first = r["authorString"].split(",")[0].strip().rstrip(".")
    n_authors = len(authors) or (len([x for x in (r.get("authorString") or "").split(",") if x.strip()]))
    abstract = _plain(r.get("abstractText"))
    title = _plain(r.get("title"))
    mesh = [m.get("descriptorName") for m in (r.get("meshHeadingList") or {}).get("meshHeading") or []]
    tm = (r.get("tmAccessionTypeList") or {}).get("accessionType") or []
    pmid = r.get("pmid") or (r.get("id") if r.get("source") == "MED" else None)
    return Publication(
        pmid=str(pmid) if pmid else None,
        provenance=Provenance("europepmc_json", r.get("dateOfRevision") or r.get("firstIndexDate"), source),
        doi=r.get("doi"),
        pmcid=r.get("pmcid"),
        title=title,
        journal=((journal.get("journal") or {}).get("title") or r.get("journalTitle")),
        pub_date=date,
        n_authors=n_authors,
        first_author=first,
        publication_types=tuple(types),
        abstract=abstract,
        abstract_sections=tuple((s.split(": ", 1)[0], s.split(": ", 1)[1]) if ": " in s[:40] else ("", s)
                                for s in (abstract or "").split("\n") if s),
        mesh_terms=tuple(m for m in mesh if m),
        accessions=_merge(text_accessions(title, abstract)),
        text_mined_types=tuple(tm),
    )


def parse_europepmc(data: bytes | str | Mapping[str, Any], *, source: str | None = None) -> list[Publication]:
    """A Europe PMC ``/search`` response (``format=json``) → publications."""
    try:
        obj = data if isinstance(data, Mapping) else json.loads(data)
    except ValueError as exc:
        raise ParseError(f"invalid JSON: {exc}", source=source or "") from exc
    results = (obj.get("resultList") or {}).get("result")
    if not isinstance(results, list):
        raise ParseError("no resultList.result list", source=source or "", field="resultList.result")
    out = []
    for i, r in enumerate(results):
        try:
            out.append(parse_europepmc_result(r, source=source))
        except (AttributeError, TypeError) as exc:
            raise ParseError(f"malformed result: {exc}", source=source or "", field=f"resultList.result[{i}]") from exc
    return out


class EuropePmcClient(BaseClient):
    """Europe PMC REST API (``https://www.ebi.ac.uk/europepmc/webservices/rest``)."""

    BASE_URL = "https://www.ebi.ac.uk/europepmc/webservices/rest"

    def search(self, query: str, *, result_type: str = "core", page_size: int = 1000, max_results: int | None = None,
               progress: bool | None = None, on_error: str = "warn") -> RecordStream[Publication]:
        """Search (``ACCESSION_TYPE:nct``, ``EXT_ID:22663011 AND SRC:MED``, free text), paging
        lazily with ``cursorMark``; ``max_results`` warns when it truncates.

        Returns
        -------
        RecordStream of Publication
            ``.total`` is ``hitCount``.
        """
        if not isinstance(query, str) or not query.strip():
            raise ValueError(f"query must be a non-empty string, got {query!r}")
        if result_type not in ("lite", "core", "idlist"):
            raise ValueError(f"result_type must be lite, core or idlist, got {result_type!r}")
        if not 1 <= page_size <= 1000:
            raise ValueError(f"page_size must be 1..1000, got {page_size}")
        check_on_error(on_error)
        def fetch(token: str | None) -> tuple[list[Any], str | None, int | None]:
            params = {"query": query, "resultType": result_type, "pageSize": page_size, "format": "json",
                      "cursorMark": token or "*"}
            resp = self._get("search", params=params)
            body = resp.json()
            items: list[Any] = []
            for i, r in enumerate((body.get("resultList") or {}).get("result") or []):
                try:
                    items.append(parse_europepmc_result(r, source=resp.url))
                except (AttributeError, TypeError) as exc:
                    items.append(ParseError(f"malformed result: {exc}", source=resp.url,
                                            field=f"resultList.result[{i}]"))
            nxt = body.get("nextCursorMark")
            # The last page repeats the cursor it was asked for.
            if nxt == (token or "*"):
                nxt = None
            return items, nxt, body.get("hitCount")

        return paged_stream(fetch, max_results=max_results, what="Europe PMC results", progress=progress,
                            on_error=on_error)

    def trial_publications(self, trial_id: str, **kwargs: Any) -> RecordStream[Publication]:
        """Articles in which Europe PMC text mining found this registry number."""
        from trialink import ids

        rid = ids.parse_id(trial_id, bare_digits_as_pmid=False)
        return self.search(f'ACCESSION_ID:"{rid.id}"', **kwargs)
