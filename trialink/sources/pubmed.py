"""PubMed: E-utilities client and pure parsers for PubMed XML (efetch, baseline, MEDLINE) and MEDLINE text."""

from __future__ import annotations

import gzip
import io
import itertools
import logging
import re
import warnings
import zlib
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import IO, Any, cast

from lxml import etree

from trialink import ids
from trialink._dates import iso_date, iso_date_parts
from trialink.errors import (
    BadResponseError,
    InvalidIdError,
    NotFoundError,
    ParseError,
    RequestError,
    TruncatedResultsWarning,
    UnsupportedFormatError,
)
from trialink.model import Accession, AccessionWhere, Provenance, Publication
from trialink.sources._accessions import merge_accessions, text_accessions
from trialink.sources._base import BaseClient, Batch, RecordStream, as_id_list, check_on_error, loads_json

__all__ = [
    "EUTILS_URL",
    "PubmedBatch",
    "PubmedClient",
    "iter_pubmed_xml",
    "parse_elink",
    "parse_esearch",
    "parse_medline_text",
    "parse_pubmed_xml",
]

log = logging.getLogger(__name__)

EUTILS_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"

# Registries a DataBank / SI name may stand for, and the prefix a bare accession then needs.
_BANKS = {"clinicaltrials.gov": ("ClinicalTrials.gov", ""), "isrctn": ("ISRCTN", "ISRCTN"),
          "eudract": ("EudraCT", ""), "anzctr": ("ANZCTR", ""), "chictr": ("ChiCTR", ""), "ctri": ("CTRI", ""),
          "drks": ("DRKS", ""), "jprn": ("JPRN", ""), "umin": ("JPRN", ""), "pactr": ("PACTR", ""),
          "rebec": ("ReBEC", ""), "ntr": ("NTR", ""), "irct": ("IRCT", ""), "cris": ("CRiS", ""),
          "tctr": ("TCTR", ""), "slctr": ("SLCTR", ""), "rpcec": ("RPCEC", ""), "lbctr": ("LBCTR", ""),
          "ctis": ("CTIS", "")}


def bank_accession(bank: str, accession: str, where: AccessionWhere) -> Accession | None:
    """A trial registry accession from a databank list (None for GenBank, PDB, GEO…)."""
    key = (bank or "").strip().lower()
    known = _BANKS.get(key)
    if known is None:
        return None
    registry, prefix = known
    value = accession.strip()
    for candidate in (value, prefix + value if prefix and not value.upper().startswith(prefix) else None):
        if not candidate:
            continue
        try:
            rid = ids.parse_id(candidate, bare_digits_as_pmid=False)
        except InvalidIdError:
            continue
        if rid.registry != registry:
            log.warning("DataBank %s lists %s, which is a %s number; kept as such", bank, value, rid.registry)
        return Accession(rid.registry, rid.id, where, bank)
    log.warning("DataBank %s accession %r is not a recognised registry number", bank, accession)
    return None


# ---------------------------------------------------------------------------
# XML
# ---------------------------------------------------------------------------


def _flat(el: etree._Element | None) -> str | None:
    """Text of an element with inline markup (<i>, <sub>, <sup>, MathML) flattened."""
    if el is None:
        return None
    if len(el):
        text = "".join(el.itertext())
    else:  # no markup inside: most elements, and 4x quicker than itertext
        text = el.text
        if not text:
            return None
    return " ".join(text.split()) or None


def _date(el: etree._Element | None, source: str | None = None) -> str | None:
    """``<Year>/<Month>/<Day>`` (or ``<MedlineDate>``, its range start) by the one rule of :mod:`trialink._dates`."""
    if el is None:
        return None
    parts = {child.tag: child.text for child in el}  # one pass over Year, Month, Day / MedlineDate
    if not (parts.get("Year") or "").strip():
        return iso_date(parts.get("MedlineDate"), range_start=True, source=source)
    return iso_date_parts(parts.get("Year"), parts.get("Month"), parts.get("Day"), source=source)


# Elements the DTD declares as text only (#PCDATA): read in one call each, no markup to flatten.
_MESH = etree.XPath("MeshHeading/DescriptorName/text()", smart_strings=False)
_PUB_TYPES = etree.XPath("PublicationType/text()", smart_strings=False)
_ARTICLE_IDS = etree.XPath("PubmedData/ArticleIdList/ArticleId")


def _texts(found: list[Any]) -> tuple[str, ...]:
    return tuple(t for t in (" ".join(x.split()) for x in found) if t)


def _author(a: etree._Element) -> str | None:
    collective = a.findtext("CollectiveName")
    if collective:
        return " ".join(collective.split())
    last = a.findtext("LastName")
    if not last:
        return None
    initials = a.findtext("Initials") or ""
    return f"{last} {initials}".strip()


def _first(el: etree._Element, tags: frozenset[str]) -> dict[str, etree._Element]:
    """The first child of each wanted tag, in one pass (``find`` per tag costs a path lookup each)."""
    out: dict[str, etree._Element] = {}
    for child in el:
        tag = child.tag
        if tag in tags and tag not in out:
            out[tag] = child
    return out


_CITATION_TAGS = frozenset(("PMID", "Article", "DateRevised", "MeshHeadingList"))
_ARTICLE_TAGS = frozenset(("Journal", "ArticleTitle", "VernacularTitle", "Abstract", "AuthorList", "DataBankList",
                           "PublicationTypeList", "ArticleDate"))
_JOURNAL_TAGS = frozenset(("JournalIssue", "Title", "ISOAbbreviation"))


def _citation(cit: etree._Element, article: etree._Element | None, source: str | None, fmt: str) -> Publication:
    c = _first(cit, _CITATION_TAGS)
    pmid = (c["PMID"].text or "").strip() if "PMID" in c else ""
    if not pmid:
        raise ParseError("record without PMID", problem="missing_field", source=source or "",
                         field="MedlineCitation/PMID")
    art = c.get("Article")
    if art is None:
        raise ParseError(f"PMID {pmid}: no Article element", problem="missing_field", source=source or "",
                         field="MedlineCitation/Article")
    a = _first(art, _ARTICLE_TAGS)
    sections = []
    for at in a["Abstract"].iterchildren("AbstractText") if "Abstract" in a else ():
        text = _flat(at)
        if text:
            sections.append((at.get("Label") or "", text))
    abstract = "\n".join(f"{label}: {text}" if label else text for label, text in sections) or None
    title = _flat(a.get("ArticleTitle")) or _flat(a.get("VernacularTitle"))
    authors = list(a["AuthorList"].iterchildren("Author")) if "AuthorList" in a else []
    first = next((n for n in (_author(x) for x in authors) if n), None)
    doi = pmc = None
    if article is not None:
        for aid in _ARTICLE_IDS(article):
            kind = aid.get("IdType")
            if kind == "doi" and aid.text:
                doi = aid.text.strip()
            elif kind == "pmc" and aid.text:
                pmc = aid.text.strip()
    if doi is None:
        for loc in art.iterchildren("ELocationID"):
            if loc.get("EIdType") == "doi" and loc.text:
                doi = loc.text.strip()
    databank = [acc for bank in (a["DataBankList"].iterchildren("DataBank") if "DataBankList" in a else ())
                for num in bank.iterfind("AccessionNumberList/AccessionNumber")
                for acc in [bank_accession(bank.findtext("DataBankName") or "", num.text or "", "databank")]
                if acc is not None]
    j = _first(a["Journal"], _JOURNAL_TAGS) if "Journal" in a else {}
    issue = j.get("JournalIssue")
    where = f"PMID {pmid}" + (f" ({source})" if source else "")  # a date warning names its record
    pub_date = _date(issue.find("PubDate") if issue is not None else None, where) or _date(a.get("ArticleDate"), where)
    return Publication(
        pmid=pmid,
        provenance=Provenance(fmt, _date(c.get("DateRevised"), where), source),
        doi=doi,
        pmcid=pmc,
        title=title,
        journal=_flat(j.get("Title")) or _flat(j.get("ISOAbbreviation")),
        pub_date=pub_date,
        n_authors=len(authors),
        first_author=first,
        publication_types=_texts(_PUB_TYPES(a["PublicationTypeList"]) if "PublicationTypeList" in a else []),
        abstract=abstract,
        abstract_sections=tuple(sections),
        mesh_terms=_texts(_MESH(c["MeshHeadingList"]) if "MeshHeadingList" in c else []),
        accessions=merge_accessions(databank, text_accessions(title, abstract)),
    )


_SAFE = dict(resolve_entities=False, no_network=True, huge_tree=True, remove_comments=True, load_dtd=False)


_RECORD_START = re.compile(rb"<Pubmed(?:Book)?Article[\s>]")
_RECORD_ENDS = (b"</PubmedArticle>", b"</PubmedBookArticle>")
_BATCH_BYTES = 1 << 19
MAX_RECORD_BYTES = 256 << 20
"""Largest single PubmedArticle record read (bytes); a larger one stops the file with a
ParseError instead of filling memory (the largest real records are a few MB)."""


def _record_batches(fh: IO[bytes]) -> Iterator[tuple[bytes, bool]]:
    """Whole PubmedArticle / PubmedBookArticle records, about ``_BATCH_BYTES`` at a time, as
    ``(bytes, True)``; last, what follows the last whole record as ``(bytes, False)``."""
    # A bytearray grown in place and searched only where it is new: linear in the file
    # size even for one huge record (``bytes += …`` and a full rfind per chunk were quadratic).
    buf = bytearray()
    started = False
    scanned = 0  # bytes of buf already searched for a record end (none found there)
    overlap = max(len(e) for e in _RECORD_ENDS) + 16
    while True:
        chunk = fh.read(_BATCH_BYTES)
        buf += chunk
        if not started:
            m = _RECORD_START.search(buf, max(0, scanned - overlap))
            if m:
                del buf[:m.start()]
                started, scanned = True, 0
            else:
                scanned = len(buf)
        if started:
            cut = 0
            lo = max(0, scanned - overlap)
            for end in _RECORD_ENDS:
                i = buf.rfind(end, lo)
                if i >= 0:
                    cut = max(cut, i + len(end))
            if cut:
                yield bytes(buf[:cut]), True
                del buf[:cut]
                scanned = 0
            else:
                scanned = len(buf)
                if scanned > MAX_RECORD_BYTES:
                    raise ParseError(f"a record runs past {MAX_RECORD_BYTES:,} bytes without ending; the rest "
                                     f"of the file is not read", problem="too_large")
        if not chunk:
            yield bytes(buf), False
            return


def _parse_batch(data: bytes) -> etree._Element | etree.XMLSyntaxError:
    # lxml parses from memory without the GIL, so a worker thread can parse the next batch
    # while the main thread reads this one's fields. One parser per call (never shared).
    try:
        return etree.fromstring(b"<PubmedArticleSet>" + data + b"</PubmedArticleSet>", etree.XMLParser(**_SAFE))
    except etree.XMLSyntaxError as exc:
        return exc


def _articles_of(data: bytes, parsed: etree._Element | etree.XMLSyntaxError,
                 name: str | None) -> Iterator[Publication | ParseError]:
    if isinstance(parsed, etree.XMLSyntaxError):
        # Find the bad record: each one alone; the good ones are kept.
        starts = [m.start() for m in _RECORD_START.finditer(data)] + [len(data)]
        for a, b in itertools.pairwise(starts):
            result = _parse_batch(data[a:b])
            if isinstance(result, etree.XMLSyntaxError):
                pmid = re.search(rb"<PMID[^>]*>\s*(\d+)", data[a:b])
                where = f" in the record of PMID {pmid.group(1).decode()}" if pmid else f" in the record at byte {a}"
                yield ParseError(f"malformed XML{where}: {result}", problem="syntax", source=name or "")
            else:
                yield from _articles_of(data[a:b], result, name)
        return
    for el in parsed:
        if el.tag != "PubmedArticle":
            continue  # PubmedBookArticle (books), comments, processing instructions
        cit = el.find("MedlineCitation")
        try:
            if cit is None:
                raise ParseError("PubmedArticle without MedlineCitation", problem="missing_field", source=name or "")
            yield _citation(cit, el, name, "pubmed_xml")
        except ParseError as exc:
            yield exc


def _read_and_parse(
        batches: Iterator[tuple[bytes, bool]]) -> tuple[bytes, etree._Element | etree.XMLSyntaxError | None]:
    # Runs in the worker: reading (and gunzipping) the next batch too, off the main thread.
    data, whole = next(batches, (b"", False))
    return data, (_parse_batch(data) if whole else None)


def _iter_pubmed_articles(fh: IO[bytes], name: str | None) -> Iterator[Publication | ParseError]:
    """PubmedArticle records (efetch, baseline, update files, fragments): the next batch is
    read and parsed in a worker while this one's fields are read."""
    batches = _record_batches(fh)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="trialink-pubmed") as pool:
        future = pool.submit(_read_and_parse, batches)
        while True:
            try:
                data, parsed = future.result()
            except ParseError as exc:
                yield ParseError(str(exc), problem=exc.problem, source=name or "")
                return
            except (OSError, EOFError, zlib.error) as exc:  # corrupt gzip
                yield ParseError(f"unreadable data: {exc}", problem="compression", source=name or "")
                return
            if parsed is None:  # what follows the last whole record
                break
            future = pool.submit(_read_and_parse, batches)
            yield from _articles_of(data, parsed, name)
    if _RECORD_START.search(data):
        yield ParseError("malformed XML: the file ends inside a record (truncated?)", problem="truncated",
                         source=name or "")


def iter_pubmed_xml(source: bytes | IO[bytes], *, name: str | None = None) -> Iterator[Publication | ParseError]:
    """Stream records from PubMed XML: efetch ``PubmedArticleSet``, baseline/update files,
    legacy ``MedlineCitationSet`` and bare ``PubmedArticle`` fragments (gzip or not).

    Memory stays flat: records are parsed about 512 KB at a time, the next batch in a
    worker thread (lxml parses without the GIL) while this one's fields are read, and each
    batch is freed once read. A malformed record yields a :class:`ParseError` naming the
    file and PMID instead of stopping the stream; the other records are kept. Only the
    records are checked for well-formedness, not what lies between them.
    """
    fh: IO[bytes] = io.BytesIO(source) if isinstance(source, (bytes, bytearray)) else source
    head = fh.read(2)
    fh.seek(0)
    if head == b"\x1f\x8b":
        fh = cast(IO[bytes], gzip.GzipFile(fileobj=fh))
    head = fh.read(8192)
    fh.seek(0)
    declared = re.match(rb"<\?xml[^>]*encoding=[\"']([\w.-]+)", head)
    if _RECORD_START.search(head) and (declared is None or declared.group(1).lower() in (b"utf-8", b"utf8")):
        yield from _iter_pubmed_articles(fh, name)
        return
    fmt = "pubmed_xml"
    try:
        for _event, el in etree.iterparse(fh, events=("end",), tag=("PubmedArticle", "MedlineCitation",
                                                                     "PubmedBookArticle"), **_SAFE):
            if el.tag == "MedlineCitation":
                parent = el.getparent()
                if parent is not None and parent.tag == "PubmedArticle":
                    continue  # handled with its PubmedArticle
                fmt = "medline_xml"
                cit, art = el, None
            elif el.tag == "PubmedBookArticle":
                el.clear()
                continue
            else:
                cit, art = el.find("MedlineCitation"), el
            try:
                if cit is None:
                    raise ParseError("PubmedArticle without MedlineCitation", problem="missing_field",
                                     source=name or "")
                yield _citation(cit, art, name, fmt)
            except ParseError as exc:
                yield exc
            el.clear()
            while el.getprevious() is not None and el.getparent() is not None:
                del el.getparent()[0]
    except etree.XMLSyntaxError as exc:
        yield ParseError(f"malformed XML: {exc}", problem="syntax", source=name or "")


def parse_pubmed_xml(data: bytes, *, source: str | None = None) -> list[Publication]:
    """Parse PubMed XML of any kind into publications (see :func:`iter_pubmed_xml`).

    Raises
    ------
    ParseError
        On the first malformed record or malformed XML; use :func:`trialink.read_records`
        to keep the good records of a bad file.
    """
    out: list[Publication] = []
    for item in iter_pubmed_xml(data, name=source):
        if isinstance(item, ParseError):
            raise item
        out.append(item)
    if not out and not re.search(rb"<(PubmedArticleSet|MedlineCitationSet|PubmedArticle)\b", data[:4096]
                                 if data[:2] != b"\x1f\x8b" else gzip.decompress(data)[:4096]):
        raise UnsupportedFormatError("not PubMed XML", source=source or "")
    return out


# ---------------------------------------------------------------------------
# MEDLINE text (.nbib / .txt)
# ---------------------------------------------------------------------------

_TAG = re.compile(r"^([A-Z][A-Z0-9]{0,3})\s*- (.*)$")


def _medline_records(text: str) -> Iterator[list[tuple[str, str]]]:
    fields: list[tuple[str, str]] = []
    for line in text.splitlines():
        if not line.strip():
            if fields:
                yield fields
                fields = []
            continue
        m = _TAG.match(line)
        if m:
            if m.group(1) == "PMID" and fields:
                yield fields
                fields = []
            fields.append((m.group(1), m.group(2).strip()))
        elif fields and line.startswith("      "):
            tag, value = fields[-1]
            fields[-1] = (tag, f"{value} {line.strip()}")
    if fields:
        yield fields


def _medline_date(dp: str | None, source: str | None = None) -> str | None:
    """A MEDLINE ``DP`` line (its range start) by the one rule of :mod:`trialink._dates`."""
    return iso_date(dp, range_start=True, source=source)


def _first_value(values: dict[str, list[str]], *tags: str) -> str | None:
    """The first value of the first of ``tags`` present in a MEDLINE record, else None."""
    for tag in tags:
        if values.get(tag):
            return values[tag][0]
    return None


def parse_medline_text(data: bytes | str, *, source: str | None = None) -> list[Publication]:
    """Parse MEDLINE text format (PubMed "Send to: File / MEDLINE", ``.nbib``).

    Registry numbers come from ``SI`` lines (``ClinicalTrials.gov/NCT01886872``) as
    ``databank`` accessions, and from title and abstract.
    """
    text = data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data
    out = []
    for i, fields in enumerate(_medline_records(text)):
        values: dict[str, list[str]] = {}
        for tag, value in fields:
            values.setdefault(tag, []).append(value)
        pmid = (values.get("PMID") or [""])[0].strip()
        if not pmid:
            raise ParseError(f"record {i + 1} has no PMID line", problem="missing_field", source=source or "",
                             field=f"record[{i}].PMID")
        doi = next((a.rsplit(" [", 1)[0] for a in values.get("AID", []) + values.get("LID", [])
                    if a.endswith("[doi]")), None)
        databank = []
        for si in values.get("SI", []):
            bank, _, acc = si.partition("/")
            a = bank_accession(bank, acc, "databank")
            if a:
                databank.append(a)
        title = _first_value(values, "TI")
        abstract = _first_value(values, "AB")
        authors = values.get("AU", []) or values.get("FAU", [])
        out.append(Publication(
            pmid=pmid,
            provenance=Provenance("medline_text", _first_value(values, "LR", "DCOM"), source),
            doi=doi,
            pmcid=_first_value(values, "PMC"),
            title=title,
            journal=_first_value(values, "JT", "TA"),
            pub_date=_medline_date(_first_value(values, "DP"), f"PMID {pmid}" + (f" ({source})" if source else "")),
            n_authors=len(authors),
            first_author=authors[0] if authors else _first_value(values, "CN"),
            publication_types=tuple(values.get("PT", [])),
            abstract=abstract,
            abstract_sections=((("", abstract),) if abstract else ()),
            mesh_terms=tuple(m.split("/")[0].lstrip("*") for m in values.get("MH", [])),
            accessions=merge_accessions(databank, text_accessions(title, abstract)),
        ))
    if not out:
        raise UnsupportedFormatError("no MEDLINE records (no PMID- lines)", source=source or "")
    return out


# ---------------------------------------------------------------------------
# E-utilities client
# ---------------------------------------------------------------------------


def _ncbi_error(root: etree._Element) -> str | None:
    """The text of an NCBI in-band error document (``<eFetchResult><ERROR>…``), else None."""
    if root.tag in ("eFetchResult", "eSearchResult", "eLinkResult", "ERROR") or root.find("ERROR") is not None:
        err = root if root.tag == "ERROR" else root.find("ERROR")
        text = " ".join("".join(err.itertext()).split()) if err is not None else ""
        if err is not None or root.tag == "eFetchResult":
            return text or f"<{root.tag}> without records"
    return None


def _efetch_root(body: bytes, source: str) -> etree._Element:
    """The parsed ``<PubmedArticleSet>`` of an efetch answer; a truncated, empty, HTML or
    in-band error answer is a :class:`BadResponseError` (never read as "no records")."""
    if not body.strip():
        raise BadResponseError(f"efetch answered an empty body ({source})", url=source)
    try:
        root = etree.fromstring(body, etree.XMLParser(**_SAFE))
    except etree.XMLSyntaxError as exc:
        raise ParseError(f"efetch answer is not whole XML (truncated?): {exc}", problem="syntax",
                         source=source) from exc
    err = _ncbi_error(root)
    if err is not None:
        raise BadResponseError(f"NCBI reported an error instead of records: {err[:300]}", url=source,
                               problem="service_error")
    if root.tag != "PubmedArticleSet":
        raise ParseError(f"efetch answer has root <{root.tag}>, not <PubmedArticleSet>", problem="unsupported_format",
                         source=source)
    return root


def parse_esearch(data: bytes | str | dict[str, Any], *, source: str | None = None) -> dict[str, Any]:
    """An esearch JSON answer (``retmode=json``) → ``count``, ``ids``, ``webenv``, ``query_key``,
    ``query_translation``.

    Raises
    ------
    ParseError
        Not an esearch answer (HTML page, empty body, wrong types), naming the field.
    BadResponseError
        NCBI's in-band error (``esearchresult.ERROR`` or a top-level ``error``).
    """
    obj = data if isinstance(data, dict) else loads_json(data, source)
    src = source or ""
    if not isinstance(obj, dict):
        raise ParseError(f"expected a JSON object, got {type(obj).__name__}", problem="wrong_type", source=src)
    if "esearchresult" not in obj:
        if isinstance(obj.get("error"), str):
            raise BadResponseError(f"NCBI reported an error: {obj['error']}", url=src, problem="service_error")
        raise ParseError("not an esearch answer (no esearchresult)", problem="missing_field", source=src,
                         field="esearchresult")
    body = obj["esearchresult"]
    if not isinstance(body, dict):
        raise ParseError(f"expected an object, got {type(body).__name__}", problem="wrong_type", source=src,
                         field="esearchresult")
    if "ERROR" in body:
        raise BadResponseError(f"NCBI esearch error: {str(body['ERROR'])[:300]}", url=src, problem="service_error")
    count = body.get("count", 0)
    if isinstance(count, bool) or not (isinstance(count, int) or (isinstance(count, str) and count.isdigit())):
        raise ParseError(f"expected a whole number, got {count!r}", problem="bad_value", source=src,
                         field="esearchresult.count")
    idlist = body.get("idlist", [])
    if not isinstance(idlist, list) or not all(isinstance(x, str) and x.isdigit() for x in idlist):
        raise ParseError("expected a list of PMIDs", problem="wrong_type", source=src, field="esearchresult.idlist")
    extra = {}
    for key, name in (("webenv", "webenv"), ("querykey", "query_key"), ("querytranslation", "query_translation")):
        v = body.get(key)
        if v is not None and not isinstance(v, str):
            raise ParseError(f"expected a string, got {type(v).__name__}", problem="wrong_type", source=src,
                             field=f"esearchresult.{key}")
        extra[name] = v
    return {"count": int(count), "ids": list(idlist), **extra}


def parse_elink(data: bytes | str | dict[str, Any], *, source: str | None = None) -> dict[str, dict[str, list[str]]]:
    """An elink JSON answer (``retmode=json``) → PMID asked for → link name → linked PMIDs.

    With one ``id=`` parameter per PMID, NCBI answers one linkset per PMID; a linkset that
    holds several IDs (``id=1,2``) is filed under each of them. A PMID with no links maps
    to ``{}``.
    """
    obj = data if isinstance(data, dict) else loads_json(data, source)
    src = source or ""
    if not isinstance(obj, dict):
        raise ParseError(f"expected a JSON object, got {type(obj).__name__}", problem="wrong_type", source=src)
    if "ERROR" in obj or isinstance(obj.get("error"), str):
        raise BadResponseError(f"NCBI elink error: {str(obj.get('ERROR') or obj.get('error'))[:300]}", url=src,
                               problem="service_error")
    linksets = obj.get("linksets")
    if not isinstance(linksets, list):
        raise ParseError("not an elink answer (no linksets list)", problem="missing_field", source=src,
                         field="linksets")
    out: dict[str, dict[str, list[str]]] = {}
    for i, ls in enumerate(linksets):
        if not isinstance(ls, dict):
            raise ParseError("expected an object", problem="wrong_type", source=src, field=f"linksets[{i}]")
        asked = ls.get("ids")
        if not isinstance(asked, list) or not all(isinstance(x, (str, int)) for x in asked):
            raise ParseError("expected a list of IDs", problem="wrong_type", source=src, field=f"linksets[{i}].ids")
        links: dict[str, list[str]] = {}
        dbs = ls.get("linksetdbs") or []
        if not isinstance(dbs, list):
            raise ParseError("expected a list", problem="wrong_type", source=src, field=f"linksets[{i}].linksetdbs")
        for j, db in enumerate(dbs):
            if not isinstance(db, dict) or not isinstance(db.get("linkname"), str):
                raise ParseError("expected an object with a linkname", problem="wrong_type", source=src,
                                 field=f"linksets[{i}].linksetdbs[{j}].linkname")
            got = db.get("links") or []
            if not isinstance(got, list):
                raise ParseError("expected a list", problem="wrong_type", source=src,
                                 field=f"linksets[{i}].linksetdbs[{j}].links")
            links.setdefault(db["linkname"], []).extend(str(x) for x in got if isinstance(x, (str, int)))
        for pmid in asked:
            out.setdefault(str(pmid), {}).update(links)
    return out


class PubmedBatch(Batch[Publication]):
    """:class:`~trialink.sources._base.Batch` of publications fetched by PMID;
    ``publications`` is :attr:`records` (request order).

    ``found`` maps each PMID to its record; ``not_found`` holds PMIDs a complete, valid
    efetch answer did not contain; ``failed`` maps a PMID to the error that stopped its
    batch (HTTP error, no network, an NCBI error document, a truncated answer).
    """

    @property
    def publications(self) -> list[Publication]:
        """The publications found, in request order (the same as :attr:`records`)."""
        return self.records


class PubmedClient(BaseClient):
    """NCBI E-utilities for PubMed (esearch, efetch, elink).

    ``tool``, ``email`` and ``api_key`` are added by the HTTP layer
    (:func:`trialink.make_session`), never here, so they stay out of cache keys.
    """

    BASE_URL = EUTILS_URL
    MAX_EFETCH = 200
    MAX_RETMAX = 10_000  # esearch cannot page past 9,999

    def esearch(self, term: str, *, retmax: int = 10_000, mindate: str | None = None, maxdate: str | None = None,
                datetype: str = "pdat", usehistory: bool = False, refresh: bool = False) -> dict[str, Any]:
        """Run an esearch (``[si]``, ``[tiab]`` and any PubMed syntax).

        Returns
        -------
        dict
            ``count`` (int), ``ids`` (list of PMIDs), ``webenv``, ``query_key`` (with
            ``usehistory``), ``query_translation``.

        Raises
        ------
        BadResponseError
            NCBI's in-band error, or a body that is not an esearch answer (after one retry).

        Notes
        -----
        PubMed returns at most 9,999 PMIDs per query; :meth:`search_all` splits a larger
        query by publication date so that nothing is cut silently. Search answers are
        cached for :data:`trialink.http.SEARCH_EXPIRE_AFTER` only (WebEnv expires upstream);
        ``refresh=True`` asks past the cache.
        """
        if not isinstance(term, str) or not term.strip():
            raise ValueError(f"term must be a non-empty string, got {term!r}")
        if not 0 <= retmax <= self.MAX_RETMAX:
            raise ValueError(f"retmax must be 0..{self.MAX_RETMAX}, got {retmax}")
        params: dict[str, Any] = {"db": "pubmed", "term": term, "retmax": retmax, "retmode": "json"}
        if mindate or maxdate:
            params.update({"mindate": mindate or "1800", "maxdate": maxdate or "3000", "datetype": datetype})
        if usehistory:
            params["usehistory"] = "y"
        extra: dict[str, Any] = {"force_refresh": True} if refresh else {}
        return self._fetch("GET", "esearch.fcgi", lambda resp: parse_esearch(resp.content, source=resp.url),
                           search=True, params=params, **extra)

    def elink(self, pmids: Iterable[str], *, linkname: str = "pubmed_pubmed") -> dict[str, list[str]]:
        """PMIDs linked to each PMID (elink ``cmd=neighbor``, ``retmode=json``), one ``id=`` per PMID.

        Parameters
        ----------
        pmids : iterable of str
        linkname : str, default "pubmed_pubmed"
            E.g. ``pubmed_pubmed`` (similar articles), ``pubmed_pubmed_citedin``.

        Returns
        -------
        dict
            PMID → linked PMIDs (``[]`` when NCBI lists none).
        """
        wanted = _pmids(pmids)
        out: dict[str, list[str]] = {}
        for start in range(0, len(wanted), self.MAX_EFETCH):
            chunk = wanted[start:start + self.MAX_EFETCH]
            data = [("dbfrom", "pubmed"), ("db", "pubmed"), ("linkname", linkname), ("retmode", "json"),
                    *[("id", p) for p in chunk]]
            got = self._fetch("POST", "elink.fcgi", lambda resp: parse_elink(resp.content, source=resp.url),
                              ids=chunk, search=True, data=data)
            for p in chunk:
                out[p] = got.get(p, {}).get(linkname, [])
        return out

    def search_all(self, term: str, *, start_year: int = 1950, end_year: int = 2100) -> list[str]:
        """All PMIDs for a query, splitting by publication year where it has ≥ 10,000 hits."""
        first = self.esearch(term, retmax=0)
        if first["count"] < self.MAX_RETMAX:
            return self.esearch(term, retmax=self.MAX_RETMAX)["ids"] if first["count"] else []
        out: list[str] = []
        stack = [(start_year, end_year)]
        while stack:
            lo, hi = stack.pop()
            res = self.esearch(term, retmax=self.MAX_RETMAX, mindate=str(lo), maxdate=str(hi))
            if res["count"] >= self.MAX_RETMAX and hi > lo:
                mid = (lo + hi) // 2
                stack += [(mid + 1, hi), (lo, mid)]
            else:
                if res["count"] > len(res["ids"]):
                    log.warning("esearch %r %s-%s: %d hits in one year, only %d returned", term, lo, hi,
                                res["count"], len(res["ids"]))
                out += res["ids"]
        return list(dict.fromkeys(out))

    def get(self, pmid: str) -> Publication:
        """One record by PMID (efetch).

        Raises
        ------
        InvalidIdError
            Not a PMID.
        NotFoundError
            A complete, valid efetch answer did not contain it.
        ParseError
            The record came back but does not parse.
        OfflineError, BadResponseError, RequestError
        """
        if not isinstance(pmid, str | int) or isinstance(pmid, bool):
            raise TypeError(f"pmid must be one PMID (a string), got {type(pmid).__name__}: {pmid!r}")
        batch = self.get_many([str(pmid)])
        batch.raise_for_failures()
        if batch.errors:
            raise batch.errors[0]
        if batch.not_found:
            (p,) = batch.not_found
            raise NotFoundError(f"PubMed has no record for PMID {p} (efetch answered without it)",
                                url=f"{self.base_url}/efetch.fcgi", ids=(p,))
        return next(iter(batch.found.values()))

    def get_many(self, pmids: str | Iterable[str], *, batch_size: int = MAX_EFETCH) -> PubmedBatch:
        """Fetch records by PMID, ``batch_size`` (≤ 200) per POST (efetch).

        Parameters
        ----------
        pmids : str or iterable of str
            PMIDs (a single string is one PMID).
        batch_size : int, default 200
            PMIDs per efetch request (1..200).

        Returns
        -------
        PubmedBatch
            ``found`` (PMID → Publication, request order), ``not_found`` PMIDs, ``failed``
            (PMID → the error of its request), parse ``errors``, ``requests``; one bad
            record or failed batch never loses the others.
        """
        if not 1 <= batch_size <= self.MAX_EFETCH:
            raise ValueError(f"batch_size must be 1..{self.MAX_EFETCH}, got {batch_size}")
        wanted = _pmids(as_id_list(pmids, "pmids"))
        batch = PubmedBatch()
        found: dict[str, Publication] = {}
        for start in range(0, len(wanted), batch_size):
            chunk = wanted[start:start + batch_size]
            name = f"efetch[{start}:{start + len(chunk)}]"

            def parse(resp: Any, name: str = name) -> list[Publication | ParseError]:
                root = _efetch_root(resp.content, resp.url or name)
                return list(_articles_of(b"", root, name))

            batch.requests += 1
            try:
                items = self._fetch("POST", "efetch.fcgi", parse, ids=chunk,
                                    data={"db": "pubmed", "id": ",".join(chunk), "retmode": "xml"})
            except RequestError as exc:
                log.warning("efetch of %d PMIDs failed: %s", len(chunk), exc)
                batch.failed.update(dict.fromkeys(chunk, exc))
                continue
            for item in items:
                if isinstance(item, ParseError):
                    batch.errors.append(item)
                elif item.pmid:
                    found[item.pmid] = item
        for p in wanted:
            if p in found:
                batch.found[p] = found[p]
            elif p not in batch.failed:
                batch.not_found.append(p)
        return batch

    def efetch(self, pmids: str | Iterable[str], *, batch_size: int = MAX_EFETCH) -> PubmedBatch:
        """Deprecated alias of :meth:`get_many` (removed in the next release)."""
        warnings.warn("PubmedClient.efetch() is deprecated; use PubmedClient.get_many()", DeprecationWarning,
                      stacklevel=2)
        return self.get_many(pmids, batch_size=batch_size)

    def fetch_query(self, term: str, *, max_results: int | None = None, batch_size: int = MAX_EFETCH,
                    on_error: str = "warn") -> RecordStream[Publication]:
        """Deprecated alias of :meth:`search` (removed in the next release)."""
        warnings.warn("PubmedClient.fetch_query() is deprecated; use PubmedClient.search()", DeprecationWarning,
                      stacklevel=2)
        return self.search(term, max_results=max_results, batch_size=batch_size, on_error=on_error)

    def search(self, term: str, *, max_results: int | None = None, batch_size: int = MAX_EFETCH,
               on_error: str = "warn") -> RecordStream[Publication]:
        """Every record a query matches, through the history server, lazily.

        ``esearch`` with ``usehistory=y`` (no PMIDs transferred), then ``efetch`` with
        ``WebEnv`` / ``query_key`` and ``retstart`` / ``retmax`` windows of ``batch_size``.
        PubMed's history serves only the first 10,000 records of a query; a larger one is
        split by publication year (:meth:`search_all`) and fetched by PMID in POST batches
        instead, so nothing is cut silently.

        Parameters
        ----------
        term : str
            Any PubMed query (``"NCT04964934[si]"``, ``"camizestrant[tiab] AND 2025[dp]"``).
        max_results : int, optional
            Stop after this many; a :class:`TruncatedResultsWarning` says when more remain.
        batch_size : int, default 200
            Records per efetch (1..200).
        on_error : {"warn", "raise", "collect"}
            A record that fails to parse is kept in ``.errors``, never losing the others.

        Returns
        -------
        RecordStream of Publication
            ``.total`` is PubMed's count once the search ran.
        """
        if not 1 <= batch_size <= self.MAX_EFETCH:
            raise ValueError(f"batch_size must be 1..{self.MAX_EFETCH}, got {batch_size}")
        if max_results is not None and (not isinstance(max_results, int) or max_results < 0):
            raise ValueError(f"max_results must be a non-negative integer or None, got {max_results!r}")
        check_on_error(on_error)
        stream: RecordStream[Publication]

        def gen() -> Iterator[Publication | ParseError]:
            first = self.esearch(term, retmax=0, usehistory=True)
            total = first["count"]
            stream.total = total
            goal = total if max_results is None else min(total, max_results)
            if total >= self.MAX_RETMAX and goal >= self.MAX_RETMAX:
                log.info("esearch %r: %d hits exceed the history server's 10,000; splitting by year", term, total)
                every = self.search_all(term)[:goal]
                for start in range(0, len(every), batch_size):
                    batch = self.get_many(every[start:start + batch_size], batch_size=batch_size)
                    yield from batch.errors
                    yield from batch.publications
                    if batch.failed:
                        raise next(iter(batch.failed.values()))
            else:
                if not first["webenv"] or not first["query_key"]:
                    raise BadResponseError("esearch with usehistory=y returned no WebEnv/query_key", url="esearch",
                                           problem="no_history")
                restarted = False
                start = 0
                while start < goal:
                    size = min(batch_size, goal - start)
                    name = f"efetch history [{start}:{start + size}]"

                    def parse(resp: Any, name: str = name) -> list[Publication | ParseError]:
                        return list(_articles_of(b"", _efetch_root(resp.content, resp.url or name), name))

                    try:
                        window = self._fetch("GET", "efetch.fcgi", parse, search=True, params={
                            "db": "pubmed", "WebEnv": first["webenv"], "query_key": first["query_key"],
                            "retstart": start, "retmax": size, "retmode": "xml"},
                            **_refresh(restarted))
                    except BadResponseError:
                        if restarted or getattr(self.session, "offline", False):
                            raise
                        # The WebEnv (kept in the cache, or simply old) has expired on NCBI's
                        # history server: search again past the cache and go on from here.
                        log.warning("PubMed history for %r expired; searching again", term)
                        restarted = True
                        first = self.esearch(term, retmax=0, usehistory=True, refresh=True)
                        if not first["webenv"] or not first["query_key"]:
                            raise
                        continue
                    yield from window
                    start += size
            if goal < total:
                stream.truncated = True
                warnings.warn(TruncatedResultsWarning(
                    f"PubMed {term!r}: stopped at max_results={max_results} of {total}", read=max_results,
                    total=total), stacklevel=3)

        stream = RecordStream(gen(), on_error=on_error)  # type: ignore[arg-type]
        return stream

    def trial_pmids(self, nct_id: str) -> list[str]:
        """PMIDs whose secondary-source field holds this registry number (``NCT…[si]``)."""
        rid = ids.parse_id(nct_id, bare_digits_as_pmid=False)
        return self.esearch(f"{rid.id}[si]")["ids"]

    def stream(self, pmids: str | Iterable[str], *, on_error: str = "warn") -> RecordStream[Publication]:
        """Like :meth:`get_many` but lazy, batch by batch; a failed batch raises its error."""
        check_on_error(on_error)
        values = as_id_list(pmids, "pmids") if isinstance(pmids, str) else pmids

        def flush(chunk: list[str]) -> Iterator[Publication | ParseError]:
            b = self.get_many(chunk)
            yield from b.errors
            yield from b.publications
            b.raise_for_failures()

        def gen() -> Iterator[Publication | ParseError]:
            chunk: list[str] = []
            for p in values:
                chunk.append(p)
                if len(chunk) == self.MAX_EFETCH:
                    yield from flush(chunk)
                    chunk = []
            if chunk:
                yield from flush(chunk)
        return RecordStream(gen(), on_error=on_error)  # type: ignore[arg-type]


def _refresh(on: bool) -> dict[str, Any]:
    """Request options that ask past the cache when ``on``."""
    return {"force_refresh": True} if on else {}


def _pmids(values: Iterable[str]) -> list[str]:
    wanted: list[str] = []
    bad: list[str] = []
    for p in values:
        v = str(p).strip()
        (wanted if v.isdigit() and v.strip("0") else bad).append(v)
    if bad:
        raise InvalidIdError(bad, f"not PMIDs (digits only, not zero): {bad}")
    return list(dict.fromkeys(wanted))
