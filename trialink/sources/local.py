"""Saved responses and bulk downloads read from a file, a folder or a zip, streamed."""

from __future__ import annotations

import gzip
import io
import os
import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, cast

from trialink.errors import ParseError, UnsupportedFormatError
from trialink.model import Publication, Trial
from trialink.sources import crossref, ctgov, ctis, euctr, europepmc, pubmed
from trialink.sources._base import OnError, RecordStream, check_on_error

__all__ = ["DEFAULT_MAX_DECOMPRESSED_BYTES", "detect_format", "gunzip_bounded", "iter_blobs", "max_decompressed_bytes",
           "parse_bytes", "parse_file", "read_publications", "read_records", "read_trials"]

_GZIP_MAGIC = b"\x1f\x8b"
DEFAULT_MAX_DECOMPRESSED_BYTES = 1 << 30
"""Largest file content read whole after decompression (gzip file, zip member), in bytes;
``TRIALINK_MAX_DECOMPRESSED_BYTES`` overrides it. PubMed XML is streamed and not bounded
by it (its records are, by :data:`trialink.sources.pubmed.MAX_RECORD_BYTES`)."""


def max_decompressed_bytes() -> int:
    """The limit in force (``TRIALINK_MAX_DECOMPRESSED_BYTES`` or the default, 1 GiB)."""
    env = os.environ.get("TRIALINK_MAX_DECOMPRESSED_BYTES", "").strip()
    if not env:
        return DEFAULT_MAX_DECOMPRESSED_BYTES
    if not env.isdigit() or int(env) <= 0:
        raise ValueError(f"TRIALINK_MAX_DECOMPRESSED_BYTES must be a positive whole number, got {env!r}")
    return int(env)


def _too_big(source: str | None, limit: int) -> ParseError:
    return ParseError(f"content exceeds {limit:,} bytes once decompressed (a decompression bomb?); not read. "
                      f"Raise TRIALINK_MAX_DECOMPRESSED_BYTES if the file is genuine", problem="too_large",
                      source=source or "")


def gunzip_bounded(data: bytes, *, source: str | None = None, limit: int | None = None) -> bytes:
    """Gunzip ``data`` (all members) without ever holding more than ``limit`` bytes of output.

    Raises
    ------
    ParseError
        Corrupt gzip data, or output beyond the limit (naming the source and the limit).
    """
    limit = max_decompressed_bytes() if limit is None else limit
    out = bytearray()
    rest = data
    try:
        while rest[:2] == _GZIP_MAGIC:
            d = zlib.decompressobj(31)
            chunk = rest
            while chunk:
                out += d.decompress(chunk, limit + 1 - len(out))
                if len(out) > limit:
                    raise _too_big(source, limit)
                chunk = d.unconsumed_tail
                if d.eof:
                    break
            if not d.eof:
                raise ParseError("corrupt gzip data: truncated stream", problem="compression", source=source or "")
            rest = d.unused_data.lstrip(b"\x00")
    except zlib.error as exc:
        raise ParseError(f"corrupt gzip data: {exc}", problem="compression", source=source or "") from exc
    return bytes(out)
_ZIP_MAGIC = b"PK\x03\x04"
# Files in record folders that are documentation, never records.
_NOT_RECORDS = {".md", ".tsv", ".xsd", ".dtd", ".txt.md", ".py", ".sqlite", ".db"}


def detect_format(data: bytes) -> str:
    """Name the record format of a file's content (after gzip), e.g. ``ctgov_v2``,
    ``ctis_json``, ``euctr_text``, ``euctr_json``, ``pubmed_xml``, ``medline_text``,
    ``europepmc_json``, ``crossref_json`` or ``unknown:…``."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if euctr.is_euctr_text(head):
        return "euctr_text"
    if euctr.is_euctr_csv(head):
        return "euctr_csv"
    if head.startswith(b"<"):
        root = ctgov._xml_root(head)
        if root in ("PubmedArticleSet", "MedlineCitationSet", "PubmedArticle"):
            return "pubmed_xml"
    if head.startswith(b"PMID-"):
        return "medline_text"
    if head.startswith(b"{"):
        m = re.match(rb'\{\s*"([^"]+)"', head)
        first = m.group(1).decode() if m else ""
        if first in ("version", "hitCount", "resultList", "nextCursorMark", "request") and b'"resultList"' in data:
            return "europepmc_json"
        if first in ("status", "message-type", "message-version", "message") and b'"message-type"' in data[:400]:
            return "crossref_json"
        if b'"ctNumber"' in head or b'"a2_eudract_number"' in data or b'"ctrname": "EUCTR"' in head:
            import json

            try:
                obj = json.loads(data)
            except ValueError:
                obj = None
            if isinstance(obj, dict) and euctr.is_euctr_json(obj):
                return "euctr_json"
            if isinstance(obj, dict) and ctis.detect_ctis_format(obj):
                return "ctis_json"
    return ctgov.detect_ctgov_format(data)


def parse_bytes(data: bytes, *, source: str | None = None) -> list[Trial | Publication]:
    """Parse one record file's content, whatever its format (detected from the content).

    Supported: ClinicalTrials.gov v2 study / page, legacy ``<clinical_study>`` XML,
    classic ``FullStudiesResponse``; CTIS trial records (current and pre-June-2024 API);
    the EU Clinical Trials Register text download, ctrdata's EUCTR JSON and the register
    scrape CSV; PubMed XML (efetch, baseline/update, MEDLINE, fragment),
    MEDLINE text; Europe PMC search JSON; Crossref work JSON. Gzip-compressed or not.

    Raises
    ------
    UnsupportedFormatError
        Content of a kind trialink does not read.
    ParseError
        Malformed record (names ``source`` and the field path).
    """
    if data[:2] == _GZIP_MAGIC:
        data = gunzip_bounded(data, source=source)
    fmt = detect_format(data)
    if fmt == "pubmed_xml":
        return list(pubmed.parse_pubmed_xml(data, source=source))
    if fmt == "medline_text":
        return list(pubmed.parse_medline_text(data, source=source))
    if fmt == "europepmc_json":
        return list(europepmc.parse_europepmc(data, source=source))
    if fmt == "crossref_json":
        return [crossref.parse_crossref(data, source=source)]
    if fmt == "ctis_json":
        return [ctis.parse_ctis(data, source=source)]
    if fmt == "euctr_json":
        return [euctr.parse_euctr_json(data, source=source)]
    if fmt == "euctr_text":
        return list(euctr.parse_euctr_text(data, source=source))
    if fmt == "euctr_csv":
        return list(euctr.parse_euctr_csv(data, source=source))
    if fmt.startswith("unknown"):
        raise UnsupportedFormatError(f"not a record format trialink reads ({fmt})", source=source or "")
    return list(ctgov.parse_ctgov(data, source=source))


CORPUS_PREFIX = "corpus:"


def source_name(path: str | os.PathLike[str]) -> str:
    """How a file is named in provenance and errors: ``corpus:<path inside the corpus>`` for a
    file under the corpus folder (``TRIALINK_CORPUS``, else the ``shared/corpus`` found as
    :func:`trialink.corpus_dir` finds it), else the path as given.

    Names relative to the corpus root keep outputs (tables, notebooks) free of machine paths,
    so they read the same on every machine that has the corpus.
    """
    p = Path(path)
    root = os.environ.get("TRIALINK_CORPUS")
    base = Path(root).expanduser() if root else find_corpus()[0]
    if base is not None:
        try:
            return CORPUS_PREFIX + p.resolve().relative_to(base.resolve()).as_posix()
        except (ValueError, OSError):
            pass
    return str(p)


def find_corpus() -> tuple[Path | None, list[str]]:
    """The first ``shared/corpus`` folder beside the working directory or one of its parents (a
    checkout with ``../shared`` beside it, run from the checkout or from ``notebooks/``), and the
    places looked in; ``(None, places)`` when there is none. ``TRIALINK_CORPUS`` is not read here."""
    here = Path.cwd().resolve()
    tried = []
    for d in (here, *here.parents):
        for cand in (d / "shared" / "corpus", d.parent / "shared" / "corpus"):
            tried.append(str(cand))
            if cand.is_dir():
                return cand, tried
    return None, tried


def parse_file(path: str | os.PathLike[str]) -> list[Trial | Publication]:
    """Parse one record file (see :func:`parse_bytes`)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read file: {exc.strerror}", problem="unreadable_file", source=source_name(p)) from exc
    return parse_bytes(data, source=source_name(p))


def iter_blobs(path: str | os.PathLike[str]) -> Iterator[tuple[str, bytes]]:
    """Yield ``(name, bytes)`` for each file in a file, folder (recursive, sorted) or zip.

    Zip members are read one at a time, so memory stays flat for bulk downloads.

    Raises
    ------
    ParseError
        A zip member larger than :func:`max_decompressed_bytes` once inflated.
    """
    for name, data in _blobs(path):
        if isinstance(data, ParseError):
            raise data
        yield name, data


def _blobs(path: str | os.PathLike[str]) -> Iterator[tuple[str, bytes | ParseError]]:
    p = Path(path)
    if p.is_dir():
        for f in sorted(p.rglob("*")):
            if f.is_file() and f.suffix.lower() not in _NOT_RECORDS and not f.name.startswith("."):
                yield from _blobs(f)
        return
    if not p.exists():
        raise FileNotFoundError(f"no such file or folder: {p}")
    with p.open("rb") as fh:
        head = fh.read(4)
    if head == _ZIP_MAGIC:
        limit = max_decompressed_bytes()
        with zipfile.ZipFile(p) as zf:
            for info in zf.infolist():
                if info.is_dir():
                    continue
                name = f"{source_name(p)}!{info.filename}"
                if info.file_size > limit:
                    yield name, _too_big(name, limit)
                    continue
                with zf.open(info) as member:
                    data = member.read(limit + 1)  # the declared size can lie
                yield name, (_too_big(name, limit) if len(data) > limit else data)
        return
    yield source_name(p), p.read_bytes()


def _records(path: str | os.PathLike[str]) -> Iterator[Trial | Publication | ParseError]:
    for name, data in _blobs(path):
        if isinstance(data, ParseError):
            yield data
            continue
        if data[:2] == _GZIP_MAGIC or detect_format(data[:4096]) == "pubmed_xml":
            # Streamed record by record: a baseline file holds 30,000 articles.
            raw = cast(IO[bytes], gzip.GzipFile(fileobj=io.BytesIO(data)) if data[:2] == _GZIP_MAGIC
                       else io.BytesIO(data))
            try:
                head = raw.read(4096)
                raw.seek(0)
            except (OSError, EOFError, zlib.error) as exc:
                yield ParseError(f"corrupt gzip data: {exc}", problem="compression", source=name)
                continue
            if detect_format(head) == "pubmed_xml":
                yield from pubmed.iter_pubmed_xml(raw, name=name)
                continue
        try:
            yield from parse_bytes(data, source=name)
        except ParseError as exc:
            yield exc


def read_records(path: str | os.PathLike[str], *, on_error: OnError = "warn") -> RecordStream[Trial | Publication]:
    """Stream every trial and publication record in a file, a folder or a zip.

    Reads saved API responses and bulk downloads (the CT.gov JSON bulk zip, the
    AllPublicXML zip) with the format of each file detected from its content. Lazy:
    memory stays flat in the number of records.

    Parameters
    ----------
    path : path
        File, folder (searched recursively) or zip.
    on_error : {"warn", "raise", "collect"}, default "warn"
        A malformed record is kept in ``.errors`` and never stops the others;
        ``"raise"`` stops at the first one. Files of other kinds go to ``.skipped``.

    Returns
    -------
    RecordStream of Trial and Publication
        Filter with ``isinstance`` or use :func:`read_trials` / :func:`read_publications`.
    """
    check_on_error(on_error)
    if not Path(path).exists():
        raise FileNotFoundError(f"no such file or folder: {path}")
    return RecordStream(_records(path), on_error=on_error)




def read_trials(path: str | os.PathLike[str], *, on_error: OnError = "warn") -> RecordStream[Trial]:
    """Only the trials of :func:`read_records` (publications are skipped)."""
    stream = read_records(path, on_error=on_error)
    return _only(stream, Trial)


def read_publications(path: str | os.PathLike[str], *, on_error: OnError = "warn") -> RecordStream[Publication]:
    """Only the publications of :func:`read_records` (trials are skipped)."""
    stream = read_records(path, on_error=on_error)
    return _only(stream, Publication)


def _only(stream: RecordStream[Trial | Publication], kind: type) -> RecordStream[Any]:
    out: RecordStream[Any] = RecordStream(x for x in stream if isinstance(x, kind))
    out.errors = stream.errors
    out.skipped = stream.skipped
    return out
