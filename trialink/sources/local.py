"""Saved responses and bulk downloads read from a file, a folder or a zip, streamed."""

from __future__ import annotations

import gzip
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

from trialink.errors import ParseError, UnsupportedFormatError
from trialink.model import Trial
from trialink.sources import ctgov
from trialink.sources._base import OnError, RecordStream, check_on_error

__all__ = ["iter_blobs", "parse_bytes", "parse_file", "read_records"]

_GZIP_MAGIC = b"\x1f\x8b"
_ZIP_MAGIC = b"PK\x03\x04"
# Files in record folders that are documentation, never records.
_NOT_RECORDS = {".md", ".tsv", ".xsd", ".dtd", ".txt.md", ".py", ".sqlite", ".db"}


def parse_bytes(data: bytes, *, source: str | None = None) -> list[Trial]:
    """Parse one record file's content, whatever its format (detected from the content).

    Supported: ClinicalTrials.gov v2 study / page, legacy ``<clinical_study>`` XML,
    classic ``FullStudiesResponse``; gzip-compressed or not.

    Raises
    ------
    UnsupportedFormatError
        Content of a kind trialink does not read.
    ParseError
        Malformed record (names ``source`` and the field path).
    """
    if data[:2] == _GZIP_MAGIC:
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise ParseError(f"corrupt gzip data: {exc}", source=source or "") from exc
    return ctgov.parse_ctgov(data, source=source)


def parse_file(path: str | os.PathLike[str]) -> list[Trial]:
    """Parse one record file (see :func:`parse_bytes`)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read file: {exc.strerror}", source=str(p)) from exc
    return parse_bytes(data, source=str(p))


def iter_blobs(path: str | os.PathLike[str]) -> Iterator[tuple[str, bytes]]:
    """Yield ``(name, bytes)`` for each file in a file, folder (recursive, sorted) or zip.

    Zip members are read one at a time, so memory stays flat for bulk downloads.
    """
    p = Path(path)
    if p.is_dir():
        for f in sorted(p.rglob("*")):
            if f.is_file() and f.suffix.lower() not in _NOT_RECORDS and not f.name.startswith("."):
                yield from iter_blobs(f)
        return
    if not p.exists():
        raise FileNotFoundError(f"no such file or folder: {p}")
    with p.open("rb") as fh:
        head = fh.read(4)
    if head == _ZIP_MAGIC:
        with zipfile.ZipFile(p) as zf:
            for info in zf.infolist():
                if not info.is_dir():
                    yield f"{p}!{info.filename}", zf.read(info)
        return
    yield str(p), p.read_bytes()


def _records(path: str | os.PathLike[str]) -> Iterator[Trial | ParseError]:
    for name, data in iter_blobs(path):
        try:
            yield from parse_bytes(data, source=name)
        except ParseError as exc:
            yield exc


def read_records(path: str | os.PathLike[str], *, on_error: OnError = "warn") -> RecordStream[Trial]:
    """Stream every trial record in a file, a folder or a zip.

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
    RecordStream of Trial
    """
    check_on_error(on_error)
    if not Path(path).exists():
        raise FileNotFoundError(f"no such file or folder: {path}")
    return RecordStream(_records(path), on_error=on_error)


