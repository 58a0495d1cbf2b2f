"""Europe PMC: REST search client (cursor paging), the Annotations API (text-mined registry numbers), parsers."""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

import requests

from trialink import ids
from trialink.errors import InvalidIdError, NotFoundError, ParseError, RequestError, TrialinkError
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

__all__ = ["ANNOTATIONS_URL", "AnnotationBatch", "EuropePmcClient", "parse_europepmc", "parse_europepmc_annotations",
           "parse_europepmc_result"]

log = logging.getLogger(__name__)

ANNOTATIONS_URL = "https://www.ebi.ac.uk/europepmc/annotations_api"

_TAGS = re.compile(r"<[^>]+>")


def _plain(text: str | None) -> str | None:
    if not text:
        return None
    # Lite results arrive entity-escaped (``&lt;i&gt;ATM&lt;/i&gt;``): unescape first, then
    # strip the tags, else the escaped tags survive as text.
    text = html.unescape(text)
    # Section headings arrive as <h4>Background</h4>; keep them as "Background: ".
    text = re.sub(r"<h4>(.*?)</h4>\s*", r"\n\1: ", text)
    text = _TAGS.sub("", text)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line) or None


def parse_europepmc_result(r: Mapping[str, Any], *, source: str | None = None) -> Publication:
    """One ``resultList.result`` entry (``lite`` or ``core``) → Publication.

    Raises
    ------
    ParseError
        A field of the wrong JSON type, named (``journalInfo.journal.title``…).
    """
    f = Fields(source)
    if not isinstance(r, Mapping):
        raise ParseError(f"expected an object, got {type(r).__name__}", problem="wrong_type", source=source or "")
    journal = f.obj(r.get("journalInfo"), "journalInfo")
    date = (f.str(journal.get("printPublicationDate"), "journalInfo.printPublicationDate")
            or f.str(r.get("firstPublicationDate"), "firstPublicationDate") or f.str(r.get("pubYear"), "pubYear"))
    types = f.strs(f.obj(r.get("pubTypeList"), "pubTypeList").get("pubType"), "pubTypeList.pubType") or tuple(
        t.strip() for t in (f.str(r.get("pubType"), "pubType") or "").split(";") if t.strip())
    authors = f.list(f.obj(r.get("authorList"), "authorList").get("author"), "authorList.author")
    author_string = f.str(r.get("authorString"), "authorString")
    first = None
    if authors:
        a = f.obj(authors[0], "authorList.author[0]")
        first = f.str(a.get("collectiveName"), "authorList.author[0].collectiveName") or " ".join(
            x for x in (f.str(a.get("lastName"), "authorList.author[0].lastName"),
                        f.str(a.get("initials"), "authorList.author[0].initials")) if x) or None
    elif author_string:
        first = author_string.split(",")[0].strip().rstrip(".")
    n_authors = len(authors) or (len([x for x in (author_string or "").split(",") if x.strip()]))
    abstract = _plain(f.str(r.get("abstractText"), "abstractText"))
    title = _plain(f.str(r.get("title"), "title"))
    mesh_path = "meshHeadingList.meshHeading"
    mesh = [f.str(f.obj(m, f"{mesh_path}[{k}]").get("descriptorName"), f"{mesh_path}[{k}].descriptorName")
            for k, m in enumerate(f.list(f.obj(r.get("meshHeadingList"), "meshHeadingList").get("meshHeading"),
                                         mesh_path))]
    tm = f.strs(f.obj(r.get("tmAccessionTypeList"), "tmAccessionTypeList").get("accessionType"),
                "tmAccessionTypeList.accessionType")
    src = f.str(r.get("source"), "source")
    pmid = f.str(r.get("pmid"), "pmid") or (f.str(r.get("id"), "id") if src == "MED" else None)
    return Publication(
        pmid=pmid,
        provenance=Provenance("europepmc_json", f.str(r.get("dateOfRevision"), "dateOfRevision")
                              or f.str(r.get("firstIndexDate"), "firstIndexDate"), source),
        doi=f.str(r.get("doi"), "doi"),
        pmcid=f.str(r.get("pmcid"), "pmcid"),
        title=title,
        journal=(f.str(f.obj(journal.get("journal"), "journalInfo.journal").get("title"), "journalInfo.journal.title")
                 or f.str(r.get("journalTitle"), "journalTitle")),
        pub_date=date,
        n_authors=n_authors,
        first_author=first,
        publication_types=tuple(types),
        abstract=abstract,
        abstract_sections=tuple((s.split(": ", 1)[0], s.split(": ", 1)[1]) if ": " in s[:40] else ("", s)
                                for s in (abstract or "").split("\n") if s),
        mesh_terms=tuple(m for m in mesh if m),
        accessions=merge_accessions(text_accessions(title, abstract)),
        text_mined_types=tm,
    )


def parse_europepmc(data: bytes | str | Mapping[str, Any], *, source: str | None = None) -> list[Publication]:
    """A Europe PMC ``/search`` response (``format=json``) → publications."""
    obj = data if isinstance(data, Mapping) else loads_json(data, source)
    if not isinstance(obj, Mapping):
        raise ParseError(f"expected a JSON object, got {type(obj).__name__}", problem="wrong_type", source=source or "")
    rl = obj.get("resultList")
    results = rl.get("result") if isinstance(rl, Mapping) else None
    if not isinstance(results, list):
        raise ParseError("no resultList.result list", problem="missing_field", source=source or "",
                         field="resultList.result")
    out = []
    for i, r in enumerate(results):
        item = _result_or_error(r, i, source)
        if isinstance(item, ParseError):
            raise item
        out.append(item)
    return out


def _result_or_error(r: Any, i: int, source: str | None) -> Publication | ParseError:
    """One search result, or the ParseError naming ``resultList.result[i]`` and its field."""
    try:
        if not isinstance(r, Mapping):
            raise ParseError(f"expected an object, got {type(r).__name__}", problem="wrong_type", source=source or "")
        return parse_europepmc_result(r, source=source)
    except ParseError as exc:
        return ParseError(exc.reason, problem=exc.problem, source=source or "",
                          field=f"resultList.result[{i}].{exc.field}" if exc.field else f"resultList.result[{i}]")


def _article_key(source: str, ext_id: str) -> str:
    """``MED`` + 22663011 → ``22663011``; ``PMC`` + 3456789 → ``PMC3456789``; others ``SRC:ID``."""
    if source == "MED":
        return ext_id
    if source == "PMC":
        return ext_id if ext_id.upper().startswith("PMC") else f"PMC{ext_id}"
    return f"{source}:{ext_id}"


def parse_europepmc_annotations(data: bytes | str | list[Any], *,
                                source: str | None = None) -> dict[str, tuple[Accession, ...]]:
    """An Annotations API ``annotationsByArticleIds`` response (``format=JSON``) → the trial
    registry numbers text-mined in each article.

    Only annotations of type "Accession Numbers" whose tagged name (else the exact text)
    is a trial registry number are kept (GenBank, PDB, GEO… numbers are not trials); one
    :class:`Accession` per number (``where="europepmc"``) with every section it was found in.

    Returns
    -------
    dict
        Article (PMID, ``PMC…`` or ``SRC:ID``) → accessions, in order of first mention;
        articles with none map to ``()``. An article answered as ``MED:<pmid>`` with a
        ``pmcid`` beside it (how the live API answers a PMCID) is filed under both.
    """
    articles = data if isinstance(data, list) else loads_json(data, source)
    if not isinstance(articles, list):
        raise ParseError("expected a list of articles", problem="wrong_type", source=source or "", field="$")
    out: dict[str, tuple[Accession, ...]] = {}
    for i, art in enumerate(articles):
        if not isinstance(art, Mapping) or not art.get("extId"):
            raise ParseError("article without extId", problem="missing_field", source=source or "",
                             field=f"[{i}].extId")
        found: dict[str, tuple[str, str | None, list[str]]] = {}
        f = Fields(source)
        for j, ann in enumerate(f.list(art.get("annotations"), f"[{i}].annotations")):
            if not isinstance(ann, Mapping):
                raise ParseError("annotation is not an object", problem="wrong_type", source=source or "",
                                 field=f"[{i}].annotations[{j}]")
            if ann.get("type") != "Accession Numbers":
                continue
            names = [t.get("name") for t in f.list(ann.get("tags"), f"[{i}].annotations[{j}].tags")
                     if isinstance(t, Mapping)] + [ann.get("exact")]
            rid = None
            for name in (n for n in names if isinstance(n, str) and n.strip()):
                try:
                    rid = ids.parse_id(name, bare_digits_as_pmid=False)
                except InvalidIdError:
                    continue
                break
            if rid is None or rid.registry not in ids.TRIAL_REGISTRIES:
                continue
            registry, bank, sections = found.setdefault(rid.id, (rid.registry, ann.get("subType"), []))
            section = " ".join(str(ann.get("section") or "").split()) or None
            if section and section not in sections:
                sections.append(section)
        key = _article_key(str(art.get("source") or "MED"), str(art["extId"]))
        accs = tuple(Accession(reg, rid_, "europepmc", bank, tuple(secs)) for rid_, (reg, bank, secs) in found.items())
        out[key] = accs
        # Asked by PMCID, the live API answers under MED:<pmid> with the PMCID beside it.
        pmcid = art.get("pmcid")
        if isinstance(pmcid, str) and re.fullmatch(r"(?i)(PMC)?\d+", pmcid.strip()):
            pkey = _article_key("PMC", pmcid.strip().upper())
            if pkey != key:
                out[pkey] = merge_accessions(out.get(pkey, ()), accs) if pkey in out else accs
    return out


def _annotation_ids(value: str) -> tuple[str, str] | None:
    """A PMID or PMCID → (its key in results, its Annotations API id), e.g. ``PMC:3456789``."""
    if value.isdigit():
        return value, f"MED:{value}"
    if re.fullmatch(r"(?i)PMC\d+", value):
        return "PMC" + value[3:], f"PMC:{value[3:]}"
    return None


class AnnotationBatch(Batch[tuple[Accession, ...]]):
    """Text-mined registry numbers for a list of articles: a
    :class:`~trialink.sources._base.Batch` whose ``found`` maps each article (as asked:
    PMID or ``PMC…``) to a tuple of :class:`~trialink.model.Accession`
    (``where="europepmc"``, with ``sections``); ``()`` when Europe PMC found none.
    ``accessions`` is ``found``; ``failed`` maps an article to the error that stopped its
    request (the others are kept).
    """

    _unique = False  # one empty tuple stands for many articles

    @property
    def accessions(self) -> dict[str, tuple[Accession, ...]]:
        """Article → its text-mined accessions (the same as :attr:`found`)."""
        return self.found


class EuropePmcClient(BaseClient):
    """Europe PMC REST API (``https://www.ebi.ac.uk/europepmc/webservices/rest``)."""

    BASE_URL = "https://www.ebi.ac.uk/europepmc/webservices/rest"
    MAX_ANNOTATION_IDS = 8  # the Annotations API takes 1 to 8 articles per request

    def __init__(self, session: requests.Session | None = None, *, base_url: str | None = None,
                 annotations_url: str | None = None, timeout: float | None = None) -> None:
        super().__init__(session, base_url=base_url, timeout=timeout)
        if annotations_url is None:
            # Beside the REST API: .../europepmc/webservices/rest → .../europepmc/annotations_api
            root = self.base_url.removesuffix("/webservices/rest")
            annotations_url = f"{root}/annotations_api"
        self.annotations_url = annotations_url.rstrip("/")

    def text_mined_accessions(self, articles: Iterable[str | Publication]) -> AnnotationBatch:
        """Trial registry numbers Europe PMC's text mining found in each article's abstract
        and open-access full text, with the sections they were found in (Annotations API,
        ``annotationsByArticleIds``, ``type=Accession Numbers``), 8 articles per request.

        Parameters
        ----------
        articles : iterable of str or Publication
            PMIDs (``"22663011"``), PMCIDs (``"PMC3456789"``) or publications (their PMID,
            else PMCID).

        Returns
        -------
        AnnotationBatch
            A failing request is recorded per article in ``failed``; the others are kept.

        Raises
        ------
        InvalidIdError
            Naming every value that is neither a PMID nor a PMCID (before any request).
        """
        wanted: dict[str, str] = {}  # key as returned → API id
        bad = []
        for a in articles:
            value = (a.pmid or a.pmcid or "") if isinstance(a, Publication) else str(a).strip()
            ids_ = _annotation_ids(value)
            if ids_ is None:
                bad.append(value)
            else:
                wanted[ids_[0]] = ids_[1]
        if bad:
            raise InvalidIdError(bad, f"Europe PMC annotations need PMIDs or PMCIDs (PMC + digits); got {bad}")
        batch = AnnotationBatch()
        keys = list(wanted)
        for start in range(0, len(keys), self.MAX_ANNOTATION_IDS):
            chunk = keys[start:start + self.MAX_ANNOTATION_IDS]
            params = {"articleIds": ",".join(wanted[k] for k in chunk), "type": "Accession Numbers",
                      "format": "JSON"}
            try:
                batch.requests += 1
                found = self._fetch("GET", f"{self.annotations_url}/annotationsByArticleIds",
                                    lambda resp: parse_europepmc_annotations(resp.content, source=resp.url),
                                    ids=chunk, params=params)
            except (RequestError, ParseError) as exc:  # the other chunks are kept
                log.warning("Europe PMC annotations for %s failed: %s", ", ".join(chunk), exc)
                batch.failed.update(dict.fromkeys(chunk, exc))
                continue
            for k in chunk:
                batch.found[k] = found.get(k, ())
        return batch

    def add_text_mined(self, publications: Iterable[Publication]) -> tuple[list[Publication], AnnotationBatch]:
        """The publications with Europe PMC's text-mined registry numbers added to their
        ``accessions`` (see :meth:`text_mined_accessions`); those whose request failed come
        back unchanged and are listed in the batch's ``failed``."""
        pubs = list(publications)
        batch = self.text_mined_accessions([p for p in pubs if p.pmid or p.pmcid])
        out = []
        for p in pubs:
            ids_ = _annotation_ids(p.pmid or p.pmcid or "")
            mined = batch.accessions.get(ids_[0], ()) if ids_ else ()
            out.append(replace(p, accessions=merge_accessions(p.accessions, mined)) if mined else p)
        return out, batch

    MAX_IDS_PER_QUERY = 100
    """IDs OR-ed into one search query by :meth:`get_many`."""

    def get(self, article_id: str, *, result_type: str = "core") -> Publication:
        """One article by PMID, PMCID or DOI, through the REST ``/search`` endpoint.

        The query is Europe PMC's documented search syntax: ``EXT_ID:<pmid> AND SRC:MED``
        for a PMID, ``PMCID:<PMC…>`` for a PMCID, ``DOI:"<doi>"`` for a DOI. The first
        result whose PMID, PMCID or DOI equals the one asked (DOIs case-insensitively) is
        returned.

        Parameters
        ----------
        article_id : str
            ``"22663011"``, ``"PMC3456789"``, ``"10.1056/NEJMoa1203421"`` (or ``doi:…``).
        result_type : {"core", "lite"}, default "core"
            ``core`` carries the abstract and MeSH terms.

        Raises
        ------
        InvalidIdError
            Not a PMID, PMCID or DOI.
        NotFoundError
            The search answered without a matching article.
        OfflineError, BadResponseError, RequestError, ParseError
        """
        (key,) = _article_ids([article_id])
        stream = self.search(_article_query(key), result_type=result_type, page_size=25, on_error="collect")
        for pub in stream:
            if _article_matches(pub, key):
                return pub
        if stream.errors:
            raise stream.errors[0]
        raise NotFoundError(f"Europe PMC has no article {key} (search {_article_query(key)!r} found none)",
                            url=f"{self.base_url}/search", ids=(key,))

    def get_many(self, article_ids: str | Iterable[str], *, result_type: str = "core") -> Batch[Publication]:
        """Many articles by PMID, PMCID or DOI: up to :attr:`MAX_IDS_PER_QUERY` IDs OR-ed
        into one ``/search`` query (syntax as in :meth:`get`), paged with ``cursorMark``.

        Parameters
        ----------
        article_ids : str or iterable of str
            PMIDs, PMCIDs and DOIs, mixed freely (a single string is one ID).
        result_type : {"core", "lite"}, default "core"

        Returns
        -------
        Batch of Publication
            ``found`` (canonical ID as asked → Publication, request order); ``not_found``
            (IDs a complete, valid answer lacked); ``failed`` (ID → the error of its
            query; when a record of the answer failed to parse, the IDs left unmatched
            are in ``failed`` with that ParseError, since they may be that record);
            ``errors``; ``requests`` (pages read).

        Raises
        ------
        InvalidIdError
            Naming every value that is not a PMID, PMCID or DOI (before any request).
        """
        if result_type not in ("lite", "core"):
            raise ValueError(f"result_type must be lite or core, got {result_type!r}")
        wanted = _article_ids(as_id_list(article_ids, "article_ids"))
        batch: Batch[Publication] = Batch()
        for start in range(0, len(wanted), self.MAX_IDS_PER_QUERY):
            chunk = wanted[start:start + self.MAX_IDS_PER_QUERY]
            query = " OR ".join(f"({_article_query(k)})" for k in chunk)
            pages = [0]
            stream = self._search(query, result_type=result_type, page_size=1000, max_results=None, progress=False,
                                  on_error="collect", pages=pages)
            got: dict[str, Publication] = {}
            try:
                for pub in stream:
                    for k in chunk:
                        if k not in got and _article_matches(pub, k):
                            got[k] = pub
            except TrialinkError as exc:  # a fault: what was read is kept, the rest failed
                log.warning("Europe PMC search for %d IDs failed: %s", len(chunk), exc)
                batch.requests += pages[0]
                for k in chunk:
                    if k in got:
                        batch.found[k] = got[k]
                    else:
                        batch.failed[k] = exc
                continue
            batch.requests += pages[0]
            batch.errors.extend(stream.errors)
            for k in chunk:
                if k in got:
                    batch.found[k] = got[k]
                elif stream.errors:
                    batch.failed[k] = stream.errors[0]
                else:
                    batch.not_found.append(k)
        return batch

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
        if not isinstance(page_size, int) or not 1 <= page_size <= 1000:
            raise ValueError(f"page_size must be 1..1000, got {page_size!r}")
        check_on_error(on_error)
        return self._search(query, result_type=result_type, page_size=page_size, max_results=max_results,
                            progress=progress, on_error=on_error, pages=[0])

    def _search(self, query: str, *, result_type: str, page_size: int, max_results: int | None,
                progress: bool | None, on_error: str, pages: list[int]) -> RecordStream[Publication]:
        """:meth:`search` without the argument checks; ``pages[0]`` counts the requests made."""
        def fetch(token: str | None, refresh: bool = False) -> tuple[list[Any], str | None, int | None]:
            pages[0] += 1
            params = {"query": query, "resultType": result_type, "pageSize": page_size, "format": "json",
                      "cursorMark": token or "*"}

            def parse(resp: Any) -> tuple[list[Any], str | None, int | None]:
                body = loads_json(resp.content, resp.url)
                if not isinstance(body, Mapping):
                    raise ParseError(f"expected a JSON object, got {type(body).__name__}", problem="wrong_type",
                                     source=resp.url)
                rl = body.get("resultList")
                results = rl.get("result") if isinstance(rl, Mapping) else None
                if "resultList" not in body or not isinstance(results, list):
                    raise ParseError("not a Europe PMC search answer (no resultList.result list)",
                                     problem="missing_field", source=resp.url,
                                     field="resultList.result")
                items: list[Any] = []
                for i, r in enumerate(results):
                    items.append(_result_or_error(r, i, resp.url))
                nxt = body.get("nextCursorMark")
                if nxt is not None and not isinstance(nxt, str):
                    raise ParseError(f"expected a string, got {type(nxt).__name__}", problem="wrong_type",
                                     source=resp.url,
                                     field="nextCursorMark")
                # The last page repeats the cursor it was asked for.
                if nxt == (token or "*"):
                    nxt = None
                hits = body.get("hitCount")
                return items, nxt, hits if isinstance(hits, int) and not isinstance(hits, bool) else None

            extra: dict[str, Any] = {"force_refresh": True} if refresh else {}
            return self._fetch("GET", "search", parse, search=True, params=params, **extra)

        return paged_stream(fetch, max_results=max_results, what="Europe PMC results", progress=progress,
                            on_error=on_error)

    def trial_publications(self, trial_id: str, **kwargs: Any) -> RecordStream[Publication]:
        """Articles in which Europe PMC text mining found this registry number."""
        from trialink import ids

        rid = ids.parse_id(trial_id, bare_digits_as_pmid=False)
        return self.search(f'ACCESSION_ID:"{rid.id}"', **kwargs)


def _article_ids(values: list[str]) -> list[str]:
    """PMIDs, PMCIDs and DOIs in canonical form, de-duplicated in order; anything else is an
    :class:`InvalidIdError` naming every offending value."""
    out: list[str] = []
    bad: list[str] = []
    for v in values:
        try:
            rid = ids.parse_id(str(v), bare_digits_as_pmid=True)
        except InvalidIdError:
            bad.append(str(v))
            continue
        if rid.registry in ("PMID", "PMCID", "DOI"):
            out.append(rid.id)
        else:
            bad.append(str(v))
    if bad:
        raise InvalidIdError(bad, f"Europe PMC articles are found by PMID, PMCID or DOI; not one: {bad}")
    return list(dict.fromkeys(out))


def _article_query(key: str) -> str:
    """Europe PMC search syntax for one canonical PMID, PMCID or DOI."""
    if key.isdigit():
        return f"EXT_ID:{key} AND SRC:MED"
    if key.upper().startswith("PMC") and key[3:].isdigit():
        return f"PMCID:{key.upper()}"
    return 'DOI:"' + key.replace('"', "") + '"'


def _article_matches(pub: Publication, key: str) -> bool:
    if key.isdigit():
        return pub.pmid == key
    if key.upper().startswith("PMC") and key[3:].isdigit():
        return (pub.pmcid or "").upper() == key.upper()
    return (pub.doi or "").lower() == key.lower()
