"""PubMed baseline scan: a pure per-file function + schedulers (serial, processes, Dask)."""

from __future__ import annotations

import dataclasses
import gzip
import logging
import os
import re
import tempfile
import warnings
import zlib
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import IO, Any

import numpy as np
import pandas as pd
from lxml import etree
from tqdm.auto import tqdm

from trialink import ids
from trialink.errors import ParseError, ParseWarning
from trialink.link import is_registration_sentence
from trialink.link import sentence_around as _sentence
from trialink.model import Accession, Provenance, Publication
from trialink.sources.pubmed import _RECORD_START, _flat, _record_batches, bank_accession

__all__ = ["SCAN_COLUMNS", "scan_pubmed", "scan_pubmed_file", "scan_publications"]

log = logging.getLogger(__name__)

SCAN_COLUMNS: dict[str, str] = {
    "pmid": "string",
    "version": "Int64",
    "file": "string",
    "year": "Int64",
    "title": "string",
    "registry": "string",
    "registry_id": "string",
    "where": "string",
    "bank": "string",
    "registration": "boolean",
    "sentence": "string",
}
"""Columns (and pandas dtypes) of :func:`scan_pubmed`'s result, in order."""

# One Parquet part per input file: every record (so that later files can replace it), with
# the registry-number columns empty on records that name none.
_PART_COLUMNS: dict[str, str] = {"pmid": "int64", "version": "Int64", "deleted": "bool", "year": "Int64",
                                 "title": "string", "registry": "string", "registry_id": "string",
                                 "where": "string", "bank": "string", "registration": "boolean",
                                 "sentence": "string"}

# The sentence around a number and the words that make it a registration statement are
# trialink.link's own, so the scan and link() read a title or abstract the same way.
_SAFE = dict(resolve_entities=False, no_network=True, huge_tree=True, remove_comments=True, load_dtd=False)


def _may_name_a_trial(*texts: str) -> bool:
    """Whether the texts may hold a trial registry number: ids' own necessary conditions, in
    one pass over all of them (most records name none and stop here, before any pattern runs)."""
    return not ids.TRIAL_REGISTRIES.isdisjoint(ids._possible("\n".join(texts).lower()))


# ---------------------------------------------------------------------------
# One file
# ---------------------------------------------------------------------------


def _open(path: str | os.PathLike[str]) -> IO[bytes]:
    with open(path, "rb") as fh:
        gz = fh.read(2) == b"\x1f\x8b"
    return gzip.open(path, "rb") if gz else open(path, "rb")  # type: ignore[return-value]  # closed by the caller


def _text_hits(title: str | None, abstract: str | None) -> list[dict[str, Any]]:
    """Registry numbers written in the title and the abstract, one per (number, place)."""
    parts = [(w, t) for w, t in (("title", title), ("abstract", abstract)) if t]
    out: list[dict[str, Any]] = []
    if not parts or not _may_name_a_trial(*(t for _, t in parts)):
        return out
    seen: set[tuple[str, str]] = set()
    for where, text in parts:
        for m in ids.find_ids(text):
            if m.registry not in ids.TRIAL_REGISTRIES or (m.id, where) in seen:
                continue
            seen.add((m.id, where))
            sentence = _sentence(text, m.start, m.end)
            out.append({"registry": m.registry, "id": m.id, "where": where, "bank": None,
                        "registration": is_registration_sentence(sentence), "sentence": sentence})
    return out


_PMID = re.compile(r'<PMID(?:\s+Version="(\d+)")?\s*>\s*(\d+)\s*</PMID>')
_YEAR_IN = re.compile(r"<(?:Year|MedlineDate)>\D*(\d{4})")


def _span(text: str, tag: str, start: int, end: int) -> tuple[int, int] | None:
    """Start and end of the first ``<tag …>…</tag>`` element within ``text[start:end]``."""
    i = text.find(f"<{tag}", start, end)
    while i >= 0 and text[i + len(tag) + 1] not in "> /":  # <Abstract> is not <AbstractText>
        i = text.find(f"<{tag}", i + 1, end)
    if i < 0:
        return None
    close = f"</{tag}>"
    j = text.find(close, i, end)
    if j < 0:
        head_end = text.find(">", i, end)
        return (i, head_end + 1) if head_end > 0 and text[head_end - 1] == "/" else None  # <Tag/>
    return i, j + len(close)


def _element(snippet: str, name: str, pmid: str) -> etree._Element:
    try:
        return etree.fromstring(snippet, etree.XMLParser(**_SAFE))
    except etree.XMLSyntaxError as exc:
        raise ParseError(f"malformed XML in the record of PMID {pmid}: {exc}", problem="syntax", source=name) from exc


def _title(text: str, span: tuple[int, int] | None, name: str, pmid: str) -> str | None:
    if span is None:
        return None
    inner = text[text.find(">", span[0]) + 1: text.rfind("<", span[0], span[1])]
    if "<" not in inner and "&" not in inner:  # no markup, no entity: most titles
        return " ".join(inner.split()) or None
    return _flat(_element(text[span[0]:span[1]], name, pmid))


def _abstract(text: str, span: tuple[int, int], name: str, pmid: str) -> str | None:
    sections = []
    for at in _element(text[span[0]:span[1]], name, pmid).iterchildren("AbstractText"):
        flat = _flat(at)
        if flat:
            label = at.get("Label")
            sections.append(f"{label}: {flat}" if label else flat)
    return "\n".join(sections) or None


def _year(text: str, start: int, end: int) -> int | None:
    for tag in ("PubDate", "ArticleDate"):
        span = _span(text, tag, start, end)
        if span is not None:
            m = _YEAR_IN.search(text, span[0], span[1])
            if m:
                return int(m.group(1))
    return None


def _databank(text: str, span: tuple[int, int], name: str, pmid: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for bank in _element(text[span[0]:span[1]], name, pmid).iterchildren("DataBank"):
        bank_name = bank.findtext("DataBankName") or ""
        for num in bank.iterfind("AccessionNumberList/AccessionNumber"):
            acc = bank_accession(bank_name, num.text or "", "databank")
            if acc is not None and not any(b["id"] == acc.id for b in out):
                out.append({"registry": acc.registry, "id": acc.id, "where": "databank", "bank": acc.bank,
                            "registration": None, "sentence": None})
    return out


def _trigger_patterns() -> tuple[re.Pattern[str], ...]:
    """Necessary conditions of every trial registry number, on lower-cased text: trialink.ids'
    own short trigger pattern of each registry, else its substrings (see ``ids._TRIGGERS``)."""
    out = [ids._EU_TRIGGER]
    for registry, (_shared, literals, pattern) in ids._TRIGGERS.items():
        if registry in ids.TRIAL_REGISTRIES:
            out.append(pattern if pattern is not None else re.compile("|".join(re.escape(x) for x in literals)))
    return tuple(out)


_TRIGGER_PATTERNS = _trigger_patterns()


_MARKUP = re.compile(r"<[^>]*>")


def _may_name(pieces: list[str]) -> list[bool]:
    """For each raw XML fragment, whether its text may hold a trial registry number: every
    trigger pattern runs once over all of them joined (markup removed as the flattened text
    has it, lower-cased), then the hits are mapped back to their fragment. A fragment with a
    numeric character reference (``&#x2010;``, a dash the raw text hides) is always a candidate."""
    lowered = [_MARKUP.sub("", p).lower() for p in pieces]
    ends = np.cumsum([len(p) + 1 for p in lowered])
    joined = "\n".join(lowered)
    hit = ["&#" in p for p in pieces]
    for pat in _TRIGGER_PATTERNS:
        for m in pat.finditer(joined):
            hit[int(np.searchsorted(ends, m.start(), side="right"))] = True
    return hit


def _batch(text: str, name: str, estimates: bool) -> Iterator[dict[str, Any]]:
    """The PubmedArticle records of one batch of whole records (decoded XML).

    Only the elements the scan needs are parsed: PMID, title, publication date, DataBank
    list, and the abstract of records that may name a number. Whether a record may name
    one is decided for the whole batch at once: trialink.ids' trigger patterns (conditions
    every registry number meets) run over the titles and abstracts of the batch joined, and
    only the records they hit get the exact search (:func:`trialink.find_ids` on the flattened
    title and abstract, the text :func:`trialink.link` reads).
    """
    found = []
    pieces = []
    pos = 0
    n = len(text)
    while True:
        s = text.find("<PubmedArticle", pos)
        if s < 0:
            break
        e = text.find("</PubmedArticle>", s)
        e = n if e < 0 else e + len("</PubmedArticle>")
        pos = e
        if text[s + len("<PubmedArticle")] not in "> ":
            continue
        m = _PMID.search(text, s, e)
        if m is None:
            warnings.warn(f"{name}: a PubmedArticle without a numeric PMID (at character {s} of its batch) was "
                          "skipped", ParseWarning, stacklevel=4)
            continue
        art = _span(text, "Article", m.end(), e)
        a0, a1 = art if art is not None else (e, e)
        t_span = _span(text, "ArticleTitle", a0, a1) or _span(text, "VernacularTitle", a0, a1)
        ab_span = _span(text, "Abstract", a0, a1)
        found.append((m, a0, a1, t_span, ab_span))
        pieces.append((text[t_span[0]:t_span[1]] if t_span else "") + (text[ab_span[0]:ab_span[1]] if ab_span else ""))
    maybe = _may_name(pieces) if pieces else []
    for (m, a0, a1, t_span, ab_span), may in zip(found, maybe, strict=True):
        pmid = m.group(2)
        title = _title(text, t_span, name, pmid)
        abstract = _abstract(text, ab_span, name, pmid) if ab_span is not None and (may or estimates) else None
        db_span = _span(text, "DataBankList", a0, a1)
        accessions = _databank(text, db_span, name, pmid) if db_span is not None else []
        if may:
            accessions += _text_hits(title, abstract)
        rec: dict[str, Any] = {"pmid": pmid, "version": int(m.group(1)) if m.group(1) else None, "file": name,
                               "deleted": False, "year": _year(text, a0, a1), "title": title,
                               "accessions": accessions}
        if estimates:
            from trialink.outcomes import extract_estimates  # only when asked: the scan itself needs none of it

            rec["estimates"] = [dataclasses.asdict(x) for x in extract_estimates(abstract)] if abstract else []
        yield rec


def _deletions(text: str, name: str) -> Iterator[dict[str, Any]]:
    pos = 0
    while True:
        span = _span(text, "DeleteCitation", pos, len(text))
        if span is None:
            return
        pos = span[1]
        for p in _element(text[span[0]:span[1]], name, "(DeleteCitation)").iterchildren("PMID"):
            pmid = (p.text or "").strip()
            v = p.get("Version")
            if pmid.isdigit():
                yield {"pmid": pmid, "version": int(v) if v and v.isdigit() else None, "file": name,
                       "deleted": True, "year": None, "title": None, "accessions": []}


def _iter_file(path: str | os.PathLike[str], estimates: bool) -> Iterator[dict[str, Any]]:
    name = os.path.basename(os.fspath(path))
    try:
        with _open(path) as fh:
            tail = b""
            for data, whole in _record_batches(fh):
                if not whole:
                    tail = data
                    break
                text = data.decode("utf-8")
                yield from _batch(text, name, estimates)
                yield from _deletions(text, name)  # a DeleteCitation between records (NCBI puts it last)
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        raise ParseError(f"corrupt or truncated gzip: {exc}", problem="compression", source=name) from exc
    except UnicodeDecodeError as exc:
        raise ParseError(f"not UTF-8 XML: {exc}", problem="syntax", source=name) from exc
    rest = tail.decode("utf-8", errors="replace")
    if _RECORD_START.search(tail):
        raise ParseError("the file ends inside a record (truncated?)", problem="truncated", source=name)
    if "</PubmedArticleSet>" not in rest:
        raise ParseError("no closing </PubmedArticleSet>: truncated, or not a PubMed baseline/update file",
                         problem="truncated", source=name)
    yield from _deletions(rest, name)


def scan_pubmed_file(path: str | os.PathLike[str], *, estimates: bool = False) -> list[dict[str, Any]]:
    """Every record of one PubMed baseline or update file, with the registry numbers it names.

    A pure, picklable function of one path (gzip or plain XML), for any scheduler: a
    process pool, Dask, or Spark's ``flatMap``. The file is read as a stream of ~512 KB
    batches of whole records, so memory stays flat whatever the file's size. Of each record
    only what the scan needs is parsed (PMID, title, publication date, DataBank list, and the
    abstract when a trigger pass over the batch says it may name a number); the rest (authors,
    MeSH, references) is skipped unparsed, so malformed XML there goes unnoticed.

    Parameters
    ----------
    path : str or path-like
        A ``PubmedArticleSet`` file (``pubmed25n0001.xml.gz``, an update file, an efetch reply).
    estimates : bool, default False
        Also extract the abstract's result estimates (:func:`trialink.extract_estimates`);
        several times slower.

    Returns
    -------
    list of dict
        One dict per record in file order, then one per PMID of the file's
        ``<DeleteCitation>`` list. Keys: ``pmid`` (str), ``version`` (int or None: the PMID's
        ``Version``), ``file`` (the file's base name), ``deleted`` (bool: from
        ``DeleteCitation``), ``year`` (int or None: journal issue year, else the electronic
        ``ArticleDate`` year), ``title`` (str or None), ``accessions`` (list of dicts:
        ``registry``, ``id`` (canonical), ``where`` (``databank``, ``title`` or ``abstract``),
        ``bank`` (the DataBank's own name, databank only), ``registration`` (bool: the sentence
        around a number in the text reads as a registration statement, with the words
        trialink.link weighs; None for DataBank entries), ``sentence`` (that sentence, text
        only)); with ``estimates=True`` also ``estimates`` (list of
        :class:`~trialink.Estimate` fields as dicts). ``PubmedBookArticle`` records are left out.

    Raises
    ------
    ParseError
        The gzip stream is corrupt or cut short, the file ends inside a record or lacks its
        closing ``</PubmedArticleSet>``, it is not UTF-8, or an element the scan reads is
        malformed XML; the message names the file (and the PMID when known). No partial
        result is returned, so that a scan never applies half an update file.
    TypeError
        ``path`` is not a path.
    """
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"path must be a str or path-like, got {type(path).__name__}")
    return list(_iter_file(path, estimates))


# ---------------------------------------------------------------------------
# Many files
# ---------------------------------------------------------------------------


def _part_frame(records: list[dict[str, Any]]) -> pd.DataFrame:
    """One row per (record, registry number); records naming none get one row with empty number columns."""
    cols: dict[str, list[Any]] = {c: [] for c in _PART_COLUMNS}
    for r in records:
        accs = r["accessions"] or [None]
        for a in accs:
            cols["pmid"].append(int(r["pmid"]))
            cols["version"].append(r["version"])
            cols["deleted"].append(r["deleted"])
            cols["year"].append(r["year"])
            cols["title"].append(r["title"] if a is not None else None)  # titles only where a number is
            for c, k in (("registry", "registry"), ("registry_id", "id"), ("where", "where"), ("bank", "bank"),
                         ("registration", "registration"), ("sentence", "sentence")):
                cols[c].append(a[k] if a is not None else None)
    return pd.DataFrame({c: pd.Series(v, dtype=_PART_COLUMNS[c]) for c, v in cols.items()})


def _part_name(path: str) -> str:
    base = os.path.basename(path)
    for ext in (".gz", ".xml"):
        if base.endswith(ext):
            base = base[: -len(ext)]
    return base + ".parquet"


def _write_atomic(df: pd.DataFrame, target: Path) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        df.to_parquet(tmp, index=False)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


_Compact = tuple[np.ndarray, np.ndarray, pd.DataFrame]


def _scan_task(path: str, out: str | None) -> tuple[str, str, _Compact | None, int, str | None]:
    """Worker side: (path, status ``ok``/``failed``, the compacted part or None when written to ``out``,
    records, error)."""
    try:
        records = scan_pubmed_file(path)
    except ParseError as exc:
        return path, "failed", None, 0, str(exc)
    except OSError as exc:  # unreadable: missing, permissions
        return path, "failed", None, 0, f"cannot read {path}: {exc}"
    part = _part_frame(records)
    if out is not None:
        _write_atomic(part, Path(out) / _part_name(path))
        return path, "ok", None, len(records), None
    return path, "ok", _compact(part), len(records), None


def _compact(part: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, pd.DataFrame]:
    """What the merge needs of a part: every row's PMID and deleted flag (9 bytes a row), and
    the rows that name a number. The baseline's 36 M records fit in a few hundred MB this way."""
    return (part["pmid"].to_numpy(dtype="int64"), part["deleted"].to_numpy(dtype=bool),
            part[part["registry_id"].notna() & ~part["deleted"]].reset_index(drop=True))


def _is_dask_client(obj: object) -> bool:
    return all(hasattr(obj, a) for a in ("submit", "map", "gather", "scheduler_info"))


def _run(paths: list[str], out: str | None, scheduler: Any, workers: int | None,
         progress: bool) -> Iterator[tuple[str, str, _Compact | None, int, str | None]]:
    bar = tqdm(total=len(paths), unit="file", desc="scan PubMed", disable=not progress)
    try:
        if scheduler == "serial":
            for p in paths:
                res = _scan_task(p, out)
                bar.update(1)
                yield res
        elif scheduler == "processes":
            n = workers or os.cpu_count() or 1
            with ProcessPoolExecutor(max_workers=min(n, len(paths)) or 1) as pool:
                futures = [pool.submit(_scan_task, p, out) for p in paths]
                for f in as_completed(futures):
                    bar.update(1)
                    yield f.result()
        else:
            from distributed import as_completed as dask_completed

            futures = scheduler.map(_scan_task, paths, out=out, pure=False)
            for f in dask_completed(futures):
                bar.update(1)
                yield f.result()
                f.release()
    finally:
        bar.close()


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series([], dtype=t) for c, t in SCAN_COLUMNS.items()})


def scan_pubmed(
    paths: Iterable[str | os.PathLike[str]],
    *,
    scheduler: Any = "processes",
    workers: int | None = None,
    out: str | os.PathLike[str] | None = None,
    progress: bool = True,
) -> pd.DataFrame:
    """Scan PubMed baseline and update files for registry numbers, on every core or a Dask cluster.

    Each file is one task (:func:`scan_pubmed_file`); the results are then merged in the
    order ``paths`` are given, as NCBI means them to be applied: the last file that holds a
    PMID wins, and a PMID in a later ``<DeleteCitation>`` is removed. Give baseline files
    first, then update files in their numbered order (sorted names do this).

    Parameters
    ----------
    paths : iterable of str or path-like
        PubMed XML files (``.xml.gz`` or ``.xml``), in the order to apply them.
    scheduler : {"processes", "serial"} or dask.distributed.Client, default "processes"
        ``"processes"``: a local process pool; ``"serial"``: this process, one file after
        another; a ``Client``: one task per file on its cluster (``pip install trialink[dask]``;
        with ``out=``, workers write the parts, so ``out`` must be a folder every worker
        can reach). The result is the same under all three.
    workers : int, optional
        Processes for ``"processes"`` (default: every core). Ignored otherwise.
    out : str or path-like, optional
        A folder for one Parquet part per input file (``pubmed25n0001.parquet``): every record
        of the file, one row per registry number (one row with empty number columns when it
        names none), columns ``pmid`` (int64), ``version``, ``deleted`` (bool), ``year``,
        ``title`` (only on rows that name a number), ``registry``, ``registry_id``, ``where``,
        ``bank``, ``registration``, ``sentence``. Parts are written atomically (a temporary file, then a rename); a run
        over the same folder skips files whose part exists, so an interrupted scan resumes.
    progress : bool, default True
        A tqdm progress bar, one step per file.

    Returns
    -------
    pandas.DataFrame
        One row per (live record, registry number, place found), sorted by PMID:
        ``pmid`` (string), ``version`` (Int64: PMID version), ``file`` (string: the file the
        record's last version came from), ``year`` (Int64: publication year, NA when the
        record gives none), ``title`` (string), ``registry`` (string: ``ClinicalTrials.gov``,
        ``EudraCT``, ``ISRCTN``…), ``registry_id`` (string, canonical), ``where`` (string:
        ``databank``, ``title`` or ``abstract``), ``bank`` (string: DataBank name, databank
        rows only), ``registration`` (boolean: the sentence around a number in the text
        reads as a registration statement; NA on databank rows), ``sentence`` (string, text
        rows only). The same columns and dtypes with zero rows.
        ``attrs``: ``failed`` (list of {``file``, ``error``}: files that could not be read;
        each also raises a :class:`~trialink.ParseWarning` naming it), ``resumed`` (files
        whose existing part was reused), ``records`` (live records after updates and
        deletions), ``deleted`` (PMIDs whose last state is a ``DeleteCitation``, seen before or not).

    Raises
    ------
    ValueError
        Unknown ``scheduler``, ``workers`` below 1, or two input files with the same name
        (their parts would collide).
    TypeError
        ``paths`` is a single string instead of a list of paths.
    """
    if isinstance(paths, (str, os.PathLike)):
        raise TypeError(f"paths must be an iterable of paths, not a single path ({paths!r}); wrap it in a list")
    files = [os.fspath(p) for p in paths]
    if not (scheduler in ("processes", "serial") or _is_dask_client(scheduler)):
        raise ValueError(f"scheduler must be 'processes', 'serial' or a dask.distributed.Client, got {scheduler!r}")
    if workers is not None and (not isinstance(workers, int) or workers < 1):
        raise ValueError(f"workers must be a positive integer or None, got {workers!r}")
    names = [os.path.basename(f) for f in files]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ValueError(f"input files with the same name would be merged as one: {dupes}")
    out_dir = Path(out) if out is not None else None
    resumed: list[str] = []
    todo = files
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        resumed = [f for f in files if (out_dir / _part_name(f)).exists()]
        todo = [f for f in files if f not in set(resumed)]
        if resumed:
            log.info("resuming: %d of %d files already have a part in %s", len(resumed), len(files), out_dir)
    parts: dict[str, _Compact | None] = {}
    failed: list[dict[str, str]] = []
    for path, status, part, _n, error in _run(todo, os.fspath(out_dir) if out_dir else None, scheduler, workers,
                                              progress):
        if status == "failed":
            failed.append({"file": os.path.basename(path), "error": error or ""})
            warnings.warn(f"{os.path.basename(path)} could not be scanned and is left out: {error}", ParseWarning,
                          stacklevel=2)
        else:
            parts[path] = part
    ordered: list[tuple[str, _Compact]] = []
    for f in files:
        if out_dir is not None and (f in parts or f in resumed):
            ordered.append((f, _compact(pd.read_parquet(out_dir / _part_name(f)))))
        elif parts.get(f) is not None:
            ordered.append((f, parts[f]))  # type: ignore[arg-type]
    df = _merge(ordered)
    df.attrs["failed"] = failed
    df.attrs["resumed"] = [os.path.basename(f) for f in resumed]
    return df


def _merge(ordered: Sequence[tuple[str, _Compact]]) -> pd.DataFrame:
    """Last file wins per PMID, deletions honoured; the registry-number rows of the winners."""
    if not ordered:
        df = _empty()
        df.attrs.update(records=0, deleted=0)
        return df
    # Which (file, row) holds each PMID's last state: a compact pass over int64 arrays only.
    pmids = np.concatenate([p[0] for _, p in ordered])
    order = np.concatenate([np.full(len(p[0]), i, dtype="int32") for i, (_, p) in enumerate(ordered)])
    deleted = np.concatenate([p[1] for _, p in ordered])
    rev = slice(None, None, -1)
    uniq, last_rev = np.unique(pmids[rev], return_index=True)
    last = len(pmids) - 1 - last_rev
    win_file = pd.Series(order[last], index=uniq)
    win_deleted = pd.Series(deleted[last], index=uniq)
    links = []
    for i, (f, (_, _, rows)) in enumerate(ordered):
        if rows.empty:
            continue
        keep = (win_file.reindex(rows["pmid"]).to_numpy() == i) & ~win_deleted.reindex(rows["pmid"]).to_numpy()
        rows = rows[keep].copy()
        rows["file"] = os.path.basename(f)
        links.append(rows)
    if links:
        df = pd.concat(links, ignore_index=True)
        # A PMID twice in its winning file (two versions): its last rows only.
        df = df.drop_duplicates(["pmid", "registry_id", "where"], keep="last")
        df = df.sort_values(["pmid", "where", "registry_id"], kind="stable")
        df["pmid"] = df["pmid"].astype("int64").astype(str)
        df = pd.DataFrame({c: df[c].astype(t) for c, t in SCAN_COLUMNS.items()}).reset_index(drop=True)
    else:
        df = _empty()
    df.attrs.update(records=int((~win_deleted).sum()), deleted=int(win_deleted.sum()))
    return df


# ---------------------------------------------------------------------------
# Into linking
# ---------------------------------------------------------------------------


def scan_publications(scan: pd.DataFrame) -> list[Publication]:
    """Publications from a scan result, for :func:`trialink.link` (``link(trials, scan_publications(df))``).

    Each PMID becomes a :class:`~trialink.Publication` that carries its title, year and
    registry numbers: DataBank entries as ``where="databank"`` accessions, numbers in the
    title or abstract as ``where="text"``. The abstract is not in a scan; the stub's
    ``abstract`` holds the sentences that name a number, which is all that
    :func:`trialink.link` reads from it to tell a registration sentence from a mention.

    Parameters
    ----------
    scan : pandas.DataFrame
        The result of :func:`scan_pubmed` (columns :data:`SCAN_COLUMNS`).

    Returns
    -------
    list of Publication
        One per PMID, in the frame's order; ``provenance.source_format`` is
        ``pubmed_scan``, ``provenance.source`` the file the record came from.

    Raises
    ------
    ValueError
        ``scan`` lacks a column of :data:`SCAN_COLUMNS`.
    """
    if not isinstance(scan, pd.DataFrame):
        raise TypeError(f"scan must be a DataFrame from scan_pubmed, got {type(scan).__name__}")
    missing = [c for c in SCAN_COLUMNS if c not in scan.columns]
    if missing:
        raise ValueError(f"scan lacks the columns {missing}; expected the result of scan_pubmed")
    out: list[Publication] = []
    for pmid, rows in scan.groupby("pmid", sort=False):
        first = rows.iloc[0]
        accs: dict[tuple[str, str], Accession] = {}
        sentences: list[str] = []
        for r in rows.itertuples(index=False):
            if r.where == "databank":
                accs.setdefault((r.registry_id, "databank"), Accession(r.registry, r.registry_id, "databank", r.bank))
            else:
                accs.setdefault((r.registry_id, "text"), Accession(r.registry, r.registry_id, "text"))
                if r.where == "abstract" and isinstance(r.sentence, str) and r.sentence not in sentences:
                    sentences.append(r.sentence)
        year = first["year"]
        out.append(Publication(
            pmid=str(pmid),
            provenance=Provenance("pubmed_scan", None if pd.isna(first["version"]) else str(first["version"]),
                                  first["file"]),
            title=None if pd.isna(first["title"]) else first["title"],
            pub_date=None if pd.isna(year) else str(int(year)),
            # Each sentence closed by ". " so that link()'s sentence rule stops where the scan's did.
            abstract="\n".join((x if x.endswith(".") else x + ".") + " " for x in sentences) or None,
            accessions=tuple(accs.values()),
        ))
    return out
