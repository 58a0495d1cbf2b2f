"""The embedded DuckDB record store: raw documents, the typed tables derived from them, annotations."""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import json
import operator
import os
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from trialink.errors import DataQualityWarning, ParseError, TrialinkError
from trialink.identity import identity_evidence, identity_table, resolve_trials
from trialink.model import (
    Accession,
    Arm,
    Endpoint,
    Estimate,
    Intervention,
    Provenance,
    Publication,
    Reference,
    SecondaryId,
    Trial,
)
from trialink.tables import (
    ARMS_COLUMNS,
    DEFAULT_MEASURES,
    DESIGN_COLUMNS,
    NOT_APPLICABLE,
    REGISTERED_OUTCOMES_COLUMNS,
    arms_table,
    design_table,
    outcome_table,
    registered_outcomes_table,
)

__all__ = ["SCHEMA_VERSION", "AddResult", "Store", "StoreLockedError", "StoreVersionError", "open_store",
           "default_store_path", "trial_from_dict", "publication_from_dict"]

SCHEMA_VERSION = 2  # 2: Estimate.groups and population_kind/population_detail (meaning as fields)
"""Version of the typed tables. Opening an older store for writing re-derives them from the raw
documents (nothing is refetched); opening a newer one is refused."""

MODEL_FORMAT = "trialink_model"
"""``source_format`` of records given as model objects without their document: the raw
document kept is the model's own JSON (:meth:`Trial.to_dict`)."""


class StoreLockedError(TrialinkError):
    """Another process holds the store file open for writing.

    Attributes
    ----------
    path : str
        The store file.
    pid : int or None
        The process holding it, when DuckDB names it.
    """

    def __init__(self, message: str, *, path: str, pid: int | None = None) -> None:
        self.path = path
        self.pid = pid
        super().__init__(message)


class StoreReadOnlyError(TrialinkError):
    """A write was asked of a store opened with ``read_only=True``.

    Attributes
    ----------
    path : str
        The store file.
    """

    def __init__(self, message: str, *, path: str) -> None:
        self.path = path
        super().__init__(message)


class StoreVersionError(TrialinkError):
    """The store's schema version is not this trialink's.

    Attributes
    ----------
    path : str
        The store file.
    found : int or None
        The file's schema version (None when it has none).
    supported : int
        This trialink's schema version.
    remedy : {'open_for_writing', 'upgrade_trialink'}
        ``open_for_writing``: an older (or unfinished) store opened read-only — one writable open
        re-derives it; ``upgrade_trialink``: the file was written by a newer trialink.
    """

    def __init__(self, message: str, *, path: str, found: int | None, supported: int,
                 remedy: Literal["open_for_writing", "upgrade_trialink"]) -> None:
        self.path = path
        self.found = found
        self.supported = supported
        self.remedy = remedy
        super().__init__(message)


class PendingDerivationWarning(DataQualityWarning):
    """A read-only store holds imported AACT studies whose typed rows are not built yet, so a
    table read from it leaves them out.

    Attributes
    ----------
    path : str
        The store file.
    count : int
        How many studies are left out.
    """

    def __init__(self, message: str, *, path: str, count: int) -> None:
        self.path = path
        self.count = count
        super().__init__(message)


#: The upsert rule of the ``records`` table, shared by :meth:`Store.add` and the AACT import.
RECORD_UPSERT = """ON CONFLICT (record_id) DO UPDATE SET
    kind = excluded.kind, registry = excluded.registry, source_format = excluded.source_format,
    content_hash = excluded.content_hash, doc_hash = excluded.doc_hash, source = excluded.source,
    record_version = excluded.record_version, updated_at = excluded.updated_at"""


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """One DuckDB transaction: committed when the block ends, rolled back when it raises."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def drop_orphan_documents(con: duckdb.DuckDBPyConnection, doc_hashes: list[str]) -> None:
    """Delete those of ``doc_hashes`` that no record points to any more (documents an update replaced)."""
    if doc_hashes:
        con.execute("""DELETE FROM documents WHERE doc_hash IN (SELECT unnest(?))
                       AND doc_hash NOT IN (SELECT doc_hash FROM records)""", [doc_hashes])


def default_store_path() -> Path:
    """``TRIALINK_STORE`` if set, else ``trialink.duckdb`` in :func:`trialink.http.default_cache_dir`."""
    env = os.environ.get("TRIALINK_STORE")
    if env:
        return Path(env)
    from trialink.http import default_cache_dir

    return default_cache_dir() / "trialink.duckdb"


# ---------------------------------------------------------------------------
# Model objects <-> plain dicts (the typed tables keep each trial's model JSON)
# ---------------------------------------------------------------------------

_NESTED: dict[str, type] = {"provenance": Provenance, "secondary_ids": SecondaryId, "arms": Arm,
                            "interventions": Intervention, "outcomes": Endpoint, "references": Reference,
                            "results": Estimate, "accessions": Accession}


_RENDERED = frozenset(f.name for f in dataclasses.fields(Estimate) if not f.init)


def _build(cls: type, d: Mapping[str, Any]) -> Any:
    kw: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name not in d or not f.init:  # a rendered field (Estimate.population) is made again
            continue
        v = d[f.name]
        sub = _NESTED.get(f.name) if cls in (Trial, Publication) else None
        if sub is not None and f.name == "provenance":
            v = _build(sub, v)
        elif sub is not None:
            v = tuple(_build(sub, x) for x in v)
        elif isinstance(v, list):
            v = tuple(tuple(x) if isinstance(x, list) else x for x in v)
        kw[f.name] = v
    return cls(**kw)


def trial_from_dict(d: Mapping[str, Any]) -> Trial:
    """Rebuild a :class:`~trialink.Trial` from :meth:`Trial.to_dict` output (JSON round trip)."""
    return _build(Trial, d)


def publication_from_dict(d: Mapping[str, Any]) -> Publication:
    """Rebuild a :class:`~trialink.Publication` from :meth:`Publication.to_dict` output."""
    return _build(Publication, d)


def _fields(obj: Any) -> dict[str, Any]:
    # json.dumps calls this for each model object: frozen dataclasses keep their fields in __dict__,
    # and tuples are written as lists, so no copy of the tree is made first (asdict deep-copies).
    if hasattr(obj, "__dataclass_fields__"):
        return obj.__dict__
    raise TypeError(f"not JSON serializable: {type(obj).__name__}")


def _model_dict(rec: Trial | Publication) -> dict[str, Any]:
    return {"kind": "trial" if isinstance(rec, Trial) else "publication", **rec.__dict__}


# One encoder each, made once: json.dumps with options builds a new JSONEncoder per call.
_ENCODE = json.JSONEncoder(default=_fields, ensure_ascii=False, separators=(",", ":")).encode
_ENCODE_CANONICAL = json.JSONEncoder(default=_fields, sort_keys=True, separators=(",", ":")).encode


def _model_json(rec: Trial | Publication, *, results: bool = True) -> str:
    d = _model_dict(rec)
    if not results and isinstance(rec, Trial):
        d["results"] = ()  # kept in the estimates table; Store.trials() puts them back
    return _ENCODE(d)


def _canonical_hash(rec: Trial | Publication) -> str:
    d = _model_dict(rec)
    d["provenance"] = dataclasses.replace(rec.provenance, source=None)
    return hashlib.sha256(_ENCODE_CANONICAL(d).encode()).hexdigest()


# ---------------------------------------------------------------------------
# Schema
# ---------------------------------------------------------------------------

_DUCK = {"string": "VARCHAR", "Int64": "BIGINT", "Float64": "DOUBLE", "boolean": "BOOLEAN",
         "datetime64[ns]": "TIMESTAMP"}

def _duck_type(annotation: object) -> str:
    a = str(annotation).replace(" ", "")
    for prefix, duck in (("tuple", "VARCHAR"), ("float", "DOUBLE"), ("int", "BIGINT"), ("bool", "BOOLEAN")):
        if a.startswith(prefix):
            return duck
    return "VARCHAR"


# Every Estimate field, typed from its annotation (tuples of str are stored "\n"-joined), so a field
# added to the model is stored too; a store whose tables lack it is re-derived on opening.
ESTIMATE_FIELDS: dict[str, str] = {f.name: _duck_type(f.type) for f in dataclasses.fields(Estimate)}
_TUPLE_FIELDS = {f.name for f in dataclasses.fields(Estimate) if str(f.type).startswith("tuple")}
_DEFAULTED = {f.name for f in dataclasses.fields(Estimate) if f.default is not dataclasses.MISSING
              and f.default is not None}

_EST_GET = operator.attrgetter(*ESTIMATE_FIELDS)

_ARROW = {"VARCHAR": pa.string(), "DOUBLE": pa.float64(), "BIGINT": pa.int64(), "BOOLEAN": pa.bool_(),
          "INTEGER": pa.int32()}

_BASE_DDL = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS documents (doc_hash VARCHAR PRIMARY KEY, source_format VARCHAR, raw BLOB);
CREATE TABLE IF NOT EXISTS records (
    record_id VARCHAR PRIMARY KEY, kind VARCHAR, registry VARCHAR, source_format VARCHAR,
    content_hash VARCHAR, doc_hash VARCHAR, source VARCHAR, record_version VARCHAR,
    imported_at TIMESTAMP, updated_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS pending_derivation (record_id VARCHAR PRIMARY KEY, error VARCHAR);
CREATE TABLE IF NOT EXISTS annotations (
    record_id VARCHAR, key VARCHAR, value VARCHAR, annotated_at TIMESTAMP, PRIMARY KEY (record_id, key));
CREATE OR REPLACE VIEW record_documents AS
    SELECT r.record_id, r.kind, r.registry, r.source_format, r.content_hash, r.imported_at, r.updated_at,
           r.source, r.record_version, d.raw
    FROM records r LEFT JOIN documents d USING (doc_hash);
"""


def _typed_ddl() -> dict[str, str]:
    def cols(spec: Mapping[str, str], pandas_types: bool = True) -> str:
        return ", ".join(f'"{k}" {_DUCK[v] if pandas_types else v}' for k, v in spec.items())

    return {
        "trials": f"record_id VARCHAR, {cols(DESIGN_COLUMNS)}, model_json VARCHAR",
        "arms": f"record_id VARCHAR, ord INTEGER, {cols(ARMS_COLUMNS)}",
        "interventions": "record_id VARCHAR, ord INTEGER, trial_id VARCHAR, type VARCHAR, name VARCHAR, "
                         "description VARCHAR, other_names VARCHAR, arm_labels VARCHAR",
        "registered_outcomes": f"record_id VARCHAR, ord INTEGER, {cols(REGISTERED_OUTCOMES_COLUMNS)}",
        "estimates": f"record_id_ VARCHAR, ord INTEGER, {cols(ESTIMATE_FIELDS, False)}",
        "secondary_ids": "record_id VARCHAR, ord INTEGER, trial_id VARCHAR, value VARCHAR, type VARCHAR, "
                         "domain VARCHAR, registry VARCHAR, id VARCHAR",
        "references": "record_id VARCHAR, ord INTEGER, trial_id VARCHAR, pmid VARCHAR, type VARCHAR, "
                      "citation VARCHAR",
        "publications": "record_id VARCHAR, pmid VARCHAR, doi VARCHAR, pmcid VARCHAR, title VARCHAR, "
                        "journal VARCHAR, pub_date VARCHAR, first_author VARCHAR, n_authors INTEGER, "
                        "publication_types VARCHAR, abstract VARCHAR, trial_ids VARCHAR, model_json VARCHAR",
    }


TYPED_TABLES = tuple(_typed_ddl())
"""The derived tables: ``trials`` (the :func:`trialink.design_table` columns plus the model JSON),
``arms``, ``interventions``, ``registered_outcomes``, ``estimates`` (posted results),
``secondary_ids``, ``references``, ``publications``."""


# ---------------------------------------------------------------------------
# Incoming records
# ---------------------------------------------------------------------------


@dataclass
class _Item:
    record: Trial | Publication
    doc_hash: str
    content_hash: str
    source_format: str


@dataclass
class AddResult:
    """What :meth:`Store.add` did.

    Attributes
    ----------
    inserted, updated, unchanged : list of str
        Record IDs new to the store, changed since their last import (new content
        hash), identical to what the store holds.
    rejected : list of (str, str)
        ``(what, reason)``: a file, document or record that could not be stored and why.
    superseded : list of (str, str)
        ``(record_id, source)``: a record given more than once in one call (the same NCT
        number as v2 JSON and as legacy XML, say); the last one given is kept, these were not
        (within a batch; across batches the later one replaces the earlier, and the record is
        counted once, against what the store held before the call).
    """

    inserted: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    superseded: list[tuple[str, str]] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        """``{"inserted": n, "updated": n, "unchanged": n, "rejected": n}``."""
        return {"inserted": len(self.inserted), "updated": len(self.updated), "unchanged": len(self.unchanged),
                "rejected": len(self.rejected)}

    def to_dict(self) -> dict[str, Any]:
        """The counts, the number superseded and each rejection as ``{"what", "reason"}``: a
        JSON-ready summary (what ``trialink store add`` prints)."""
        return {**self.counts, "superseded": len(self.superseded),
                "rejected_detail": [{"what": w, "reason": r} for w, r in self.rejected]}

    def merge(self, other: AddResult) -> None:
        for f in ("inserted", "updated", "unchanged", "rejected", "superseded"):
            getattr(self, f).extend(getattr(other, f))

    def __repr__(self) -> str:
        return f"AddResult({self.counts})"


Addable = Trial | Publication | str | os.PathLike | tuple


def _record_key(rec: Trial | Publication) -> tuple[str, str, str]:
    if isinstance(rec, Trial):
        return rec.trial_id, "trial", rec.registry
    return rec.publication_id, "publication", "PubMed" if rec.pmid else (rec.provenance.source_format or "")


def _blob_items(name: str, data: bytes, result: AddResult) -> tuple[list[_Item], dict[str, tuple[str, bytes]]]:
    """Parse one file's content into items and the documents they come from."""
    import gzip

    from trialink.sources import local

    docs: dict[str, tuple[str, bytes]] = {}
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            result.rejected.append((name, f"corrupt gzip data: {exc}"))
            return [], docs
    try:
        recs = local.parse_bytes(data, source=name)
    except ParseError as exc:
        result.rejected.append((name, str(exc)))
        return [], docs
    items: list[_Item] = []
    # Only v2 JSON can be a page of studies, and a page names "studies": the format is detected
    # again (parse_bytes did it once) only then.
    if (recs and recs[0].provenance.source_format == "ctgov_v2" and b'"studies"' in data
            and local.detect_format(data) == "ctgov_v2_page"):
        # One document per study: the study object as its own v2 JSON.
        studies = json.loads(data).get("studies") or []
        for rec, study in zip(recs, studies, strict=True):
            raw = json.dumps(study, ensure_ascii=False, separators=(",", ":")).encode()
            h = hashlib.sha256(raw).hexdigest()
            docs[h] = ("ctgov_v2", raw)
            items.append(_Item(rec, h, h, "ctgov_v2"))
        return items, docs
    h = hashlib.sha256(data).hexdigest()
    if not recs:
        return items, docs
    rec_format = recs[0].provenance.source_format
    docs[h] = (rec_format, data)
    for rec in recs:
        ch = h if len(recs) == 1 else _canonical_hash(rec)
        items.append(_Item(rec, h, ch, rec.provenance.source_format))
    return items, docs


def _model_item(rec: Trial | Publication) -> tuple[_Item, tuple[str, bytes]]:
    raw = _model_json(rec).encode()
    h = hashlib.sha256(raw).hexdigest()
    return _Item(rec, h, _canonical_hash(rec), rec.provenance.source_format), (MODEL_FORMAT, raw)


def _iter_inputs(records: Iterable[Addable] | Addable, result: AddResult) -> Iterator[
        tuple[list[_Item], dict[str, tuple[str, bytes]]]]:
    from trialink.sources import local

    if isinstance(records, (str, os.PathLike, Trial, Publication)) or (
            isinstance(records, tuple) and len(records) == 2 and isinstance(records[1], bytes)):
        records = [records]
    for x in records:
        if isinstance(x, (Trial, Publication)):
            item, doc = _model_item(x)
            yield [item], {item.doc_hash: doc}
        elif isinstance(x, tuple) and len(x) == 2 and isinstance(x[1], (bytes, bytearray)):
            yield _blob_items(str(x[0]), bytes(x[1]), result)
        elif isinstance(x, (str, os.PathLike)):
            try:
                blobs = local.iter_blobs(x)
                for name, data in blobs:
                    yield _blob_items(name, data, result)
            except FileNotFoundError as exc:
                result.rejected.append((str(x), str(exc)))
        elif isinstance(x, ParseError):
            result.rejected.append((x.source or "?", str(x)))
        else:
            raise TypeError(f"records: expected Trial, Publication, a path or (name, bytes), got {type(x).__name__}")


# ---------------------------------------------------------------------------
# Typed-table frames
# ---------------------------------------------------------------------------


def _j(values: Iterable[str | None]) -> str | None:
    out = "; ".join(v for v in values if v)
    return out or None


_INT_COLUMNS = {"ord", "n_authors"}


def _binary_array(blobs: list[bytes]) -> pa.Array:
    """The documents as one Arrow BLOB column: joined into one buffer, with their offsets.

    ``pa.array(list_of_bytes)`` grows its data buffer by reallocation as it goes; on a batch of
    documents (60 MB per 1,000 CT.gov studies) that took 0.2-0.4 s against 0.04 s for one join."""
    offsets = np.zeros(len(blobs) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, blobs), dtype=np.int64, count=len(blobs)), out=offsets[1:])
    return pa.Array.from_buffers(pa.large_binary(), len(blobs),
                                 [None, pa.py_buffer(offsets), pa.py_buffer(b"".join(blobs))])


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while the store builds and writes a batch.

    The rows built for the typed tables are acyclic (tuples, lists, strings), but allocating
    them triggers collections that walk every live object, i.e. every parsed record of the
    batch: about a fifth of the time of building the rows. Re-enabled on the way out (only
    if it was on)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _arrow(rows: list[tuple[Any, ...]], names: list[str]) -> pa.Table:
    """Rows to an Arrow table in one pass (strings, and int32 for ``ord`` / ``n_authors``):
    DuckDB scans it without the GIL, unlike a frame of Python objects."""
    cols: list[tuple[Any, ...]] = list(zip(*rows, strict=True)) if rows else [() for _ in names]
    return pa.table({n: pa.array(c, type=pa.int32() if n in _INT_COLUMNS else pa.string())
                     for n, c in zip(names, cols, strict=True)})


def _typed_frames(trials: list[Trial], pubs: list[Publication]) -> dict[str, Any]:
    f: dict[str, Any] = {}
    d = design_table(trials)
    d.insert(0, "record_id", d["trial_id"])
    d["model_json"] = [_model_json(t, results=False) for t in trials]
    f["trials"] = d
    a = arms_table(trials)
    a.insert(0, "ord", [i for t in trials for i in range(len(t.arms))])
    a.insert(0, "record_id", a["trial_id"])
    f["arms"] = a
    f["interventions"] = _arrow(
        [(t.trial_id, i, t.trial_id, x.type, x.name, x.description, _j(x.other_names), _j(x.arm_labels))
         for t in trials for i, x in enumerate(t.interventions)],
        ["record_id", "ord", "trial_id", "type", "name", "description", "other_names", "arm_labels"])
    r = registered_outcomes_table(trials)
    r.insert(0, "ord", [i for t in trials for i in range(len(t.outcomes))])
    r.insert(0, "record_id", r["trial_id"])
    f["registered_outcomes"] = r
    # One C-level attrgetter call per estimate, then columns by transposition (a getattr per
    # field and estimate was the largest cost of writing the typed tables).
    rows = [_EST_GET(e) for t in trials for e in t.results]
    est_cols: list[list[Any] | tuple[Any, ...]] = [[t.trial_id for t in trials for _ in t.results],
                                                   [i for t in trials for i in range(len(t.results))]]
    transposed = list(zip(*rows, strict=True)) if rows else [() for _ in ESTIMATE_FIELDS]
    for k, col in zip(ESTIMATE_FIELDS, transposed, strict=True):
        est_cols.append(["\n".join(v) for v in col] if k in _TUPLE_FIELDS else col)
    e_df = pa.table({name: pa.array(col, type=_ARROW[typ]) for name, col, typ in zip(
        ["record_id_", "ord", *ESTIMATE_FIELDS], est_cols, ["VARCHAR", "INTEGER", *ESTIMATE_FIELDS.values()],
        strict=True)})
    f["estimates"] = e_df
    f["secondary_ids"] = _arrow(
        [(t.trial_id, i, t.trial_id, s.value, s.type, s.domain, s.registry, s.id)
         for t in trials for i, s in enumerate(t.secondary_ids)],
        ["record_id", "ord", "trial_id", "value", "type", "domain", "registry", "id"])
    f["references"] = _arrow(
        [(t.trial_id, i, t.trial_id, x.pmid, x.type, x.citation) for t in trials for i, x in enumerate(t.references)],
        ["record_id", "ord", "trial_id", "pmid", "type", "citation"])
    f["publications"] = _arrow(
        [(p.publication_id, p.pmid, p.doi, p.pmcid, p.title, p.journal, p.pub_date, p.first_author, p.n_authors,
          _j(p.publication_types), p.abstract, _j(p.trial_ids()), _model_json(p)) for p in pubs],
        ["record_id", "pmid", "doi", "pmcid", "title", "journal", "pub_date", "first_author", "n_authors",
         "publication_types", "abstract", "trial_ids", "model_json"])
    for df in f.values():
        if isinstance(df, pd.DataFrame):
            for c in df.columns:
                if df[c].dtype == object and df[c].isna().all():
                    df[c] = df[c].astype("string")
    return f


_LOCK = re.compile(r"lock", re.I)


_TYPED_NAME = re.compile(r"\b(" + "|".join(TYPED_TABLES) + r")\b", re.I)


def _id_list(ids: Iterable[str]) -> list[str]:
    return [ids] if isinstance(ids, str) else list(ids)


def _first(con: duckdb.DuckDBPyConnection, query: str, params: list[Any] | None = None) -> Any:
    rows = con.execute(query, params).fetchall() if params else con.execute(query).fetchall()
    return rows[0] if rows else None


class Store:
    """An embedded DuckDB record store; open it with :func:`open_store`.

    Tables
    ------
    ``records``
        One row per registry record: ``record_id``, ``kind`` (trial / publication),
        ``registry``, ``source_format``, ``content_hash`` (SHA-256 of the record's own
        document; of its canonical model JSON when one document holds several records),
        ``doc_hash``, ``source`` (file, zip member or URL), ``record_version``,
        ``imported_at`` / ``updated_at`` (UTC).
    ``documents``
        The raw documents verbatim (``raw`` BLOB), once each; view ``record_documents``
        joins them to ``records``.
    ``annotations``
        The user's own ``(record_id, key, value)``; never touched by :meth:`add`.
    typed tables
        See :data:`TYPED_TABLES`; re-derived from ``documents`` on a schema upgrade.
    ``aact_*``
        The AACT tables as imported by :meth:`import_aact`; an AACT study's document is its
        rows there.
    ``pending_derivation``
        AACT studies imported but not yet derived into the typed tables (``error`` NULL), or
        whose rows did not make a Trial (``error`` says why); see :meth:`derive`.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, read_only: bool) -> None:
        self._con = con
        self.path = path
        self.read_only = read_only

    # -- lifecycle ---------------------------------------------------------
    def close(self) -> None:
        """Close the connection (releases the write lock)."""
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r}, read_only={self.read_only})"

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The underlying DuckDB connection (for your own queries; prefer :meth:`sql`)."""
        return self._con

    def _writable(self) -> None:
        if self.read_only:
            raise StoreReadOnlyError(f"store {self.path} is open read-only; open_store(..., read_only=False) to write",
                                     path=self.path)

    def _init_schema(self) -> None:
        con = self._con
        con.execute(_BASE_DDL)
        row = _first(con, "SELECT value FROM meta WHERE key = 'schema_version'")
        have = int(row[0]) if row else None
        if have is not None and have > SCHEMA_VERSION:
            raise StoreVersionError(f"store {self.path} has schema version {have}; this trialink reads up to "
                                    f"{SCHEMA_VERSION}: upgrade trialink", path=self.path, found=have,
                                    supported=SCHEMA_VERSION, remedy="upgrade_trialink")
        if have == SCHEMA_VERSION and self._typed_tables_current():
            return
        for name, cols in _typed_ddl().items():
            con.execute(f'DROP TABLE IF EXISTS "{name}"')
            con.execute(f'CREATE TABLE "{name}" ({cols})')
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        if have is not None:
            self.rederive()

    def _typed_tables_current(self) -> bool:
        """The typed tables have the columns this trialink writes (the model or the table
        functions may have gained a column since the store was written)."""
        for name, cols in _typed_ddl().items():
            want = [c.split()[0].strip('"') for c in cols.split(", ")]
            have = [r[0] for r in self._con.execute(
                "SELECT column_name FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index",
                [name]).fetchall()]
            if have != want:
                return False
        return True

    # -- writing -----------------------------------------------------------
    def add(self, records: Iterable[Addable] | Addable, *, batch_size: int = 5000) -> AddResult:
        """Upsert records, set-based, in batches.

        Parameters
        ----------
        records : Trial, Publication, path, (name, bytes), or an iterable of those
            Paths are files, folders or zips (every record format :func:`trialink.read_records`
            reads); their documents are kept verbatim. Model objects are kept as their JSON.
        batch_size : int, default 5000
            Records per set-based upsert.

        Returns
        -------
        AddResult
            IDs inserted / updated / unchanged, and rejected inputs with the reason. Adding the
            same input twice changes nothing (all ``unchanged``); annotations are kept.
        """
        self._writable()
        if not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"batch_size must be a positive integer, got {batch_size!r}")
        result = AddResult()
        before: dict[str, tuple[str | None, Any]] = {}  # each record's stored (hash, updated_at) before this call
        items: list[_Item] = []
        docs: dict[str, tuple[str, bytes]] = {}
        for its, ds in _iter_inputs(records, result):
            items += its
            docs.update(ds)
            if len(items) >= batch_size:
                with _gc_paused():  # the store's own work only: parsing runs with the collector on
                    self._upsert(items, docs, result, before)
                items, docs = [], {}
        if items:
            with _gc_paused():
                self._upsert(items, docs, result, before)
        self._settle_repeats(result, before)
        return result

    def _settle_repeats(self, result: AddResult, before: dict[str, tuple[str | None, Any]]) -> None:
        """A record given in two batches of one call (the last one given is kept) is counted once,
        against what the store held before the call: re-adding the same input reports it
        ``unchanged`` and keeps its ``updated_at``."""
        seen: dict[str, int] = {}
        for rid in (*result.inserted, *result.updated, *result.unchanged):
            seen[rid] = seen.get(rid, 0) + 1
        repeated = [rid for rid, n in seen.items() if n > 1]
        if not repeated:
            return
        now_hash = dict(self._con.execute("SELECT record_id, content_hash FROM records WHERE record_id IN "
                                          "(SELECT unnest(?))", [repeated]).fetchall())
        seen_twice = set(repeated)
        keep: list[tuple[str, Any]] = []  # unchanged after all: their updated_at as before the call
        for name in ("inserted", "updated", "unchanged"):
            setattr(result, name, [r for r in getattr(result, name) if r not in seen_twice])
        for rid in repeated:
            old_hash, old_updated = before[rid]
            status = "inserted" if old_hash is None else "unchanged" if old_hash == now_hash.get(rid) else "updated"
            getattr(result, status).append(rid)
            if status == "unchanged":
                keep.append((rid, old_updated))
        if keep:  # one set-based statement, not a row at a time
            self._con.execute("""UPDATE records SET updated_at = k.t
                                 FROM (SELECT unnest(?) AS rid, unnest(?) AS t) k WHERE records.record_id = k.rid""",
                              [[r for r, _ in keep], [t for _, t in keep]])

    def _upsert(self, items: list[_Item], docs: dict[str, tuple[str, bytes]], result: AddResult,
                before: dict[str, tuple[str | None, Any]]) -> None:
        now = datetime.now(UTC).replace(tzinfo=None)
        by_id: dict[str, _Item] = {}
        for it in items:
            rid, _, _ = _record_key(it.record)
            if not rid:
                result.rejected.append((it.record.provenance.source or "?", "record has no identifier"))
                continue
            if rid in by_id:  # last one wins within a batch; the others are reported
                result.superseded.append((rid, by_id[rid].record.provenance.source or ""))
            by_id[rid] = it
        if not by_id:
            return
        rows = []
        for rid, it in by_id.items():
            _, kind, registry = _record_key(it.record)
            rows.append((rid, kind, registry, it.source_format, it.content_hash, it.doc_hash,
                         it.record.provenance.source, it.record.provenance.record_version))
        names = ["record_id", "kind", "registry", "source_format", "content_hash", "doc_hash", "source",
                 "record_version"]
        incoming = pa.table({n: pa.array([r[k] for r in rows], type=pa.string()) for k, n in enumerate(names)})
        con = self._con
        con.register("_incoming", incoming)
        try:
            found = con.execute("""
                SELECT i.record_id, CASE WHEN r.record_id IS NULL THEN 'inserted'
                                         WHEN r.content_hash = i.content_hash THEN 'unchanged'
                                         ELSE 'updated' END, r.content_hash, r.updated_at
                FROM _incoming i LEFT JOIN records r USING (record_id)""").fetchall()
            for rid, _, old_hash, old_updated in found:
                before.setdefault(rid, (old_hash, old_updated))
            status = [(rid, s) for rid, s, _, _ in found]
            changed = {rid for rid, s in status if s != "unchanged"}
            updated = [rid for rid, s in status if s == "updated"]
            for rid, s in status:
                getattr(result, s).append(rid)
            if not changed:
                return
            needed = {by_id[r].doc_hash for r in changed}
            hs = [h for h in needed if h in docs]
            doc_df = pa.table({"doc_hash": pa.array(hs, pa.string()),
                               "source_format": pa.array([docs[h][0] for h in hs], pa.string()),
                               "raw": _binary_array([docs[h][1] for h in hs])})
            con.register("_docs", doc_df)
            con.register("_changed", pa.table({"record_id": pa.array(sorted(changed), pa.string())}))
            old_docs = [r[0] for r in con.execute(
                "SELECT DISTINCT doc_hash FROM records WHERE record_id IN (SELECT unnest(?))", [updated]).fetchall()] \
                if updated else []
            with transaction(con):
                con.execute("""INSERT INTO documents SELECT doc_hash, source_format, raw FROM _docs
                               WHERE doc_hash NOT IN (SELECT doc_hash FROM documents)""")
                con.execute(f"""
                    INSERT INTO records
                    SELECT i.record_id, i.kind, i.registry, i.source_format, i.content_hash, i.doc_hash, i.source,
                           i.record_version, ?, ?
                    FROM _incoming i SEMI JOIN _changed c USING (record_id)
                    {RECORD_UPSERT}""", [now, now])
                trials = [by_id[r].record for r in changed if isinstance(by_id[r].record, Trial)]
                pubs = [by_id[r].record for r in changed if isinstance(by_id[r].record, Publication)]
                self._write_typed(trials, pubs)  # type: ignore[arg-type]
                drop_orphan_documents(con, old_docs)  # only those the update replaced
        finally:
            for name in ("_incoming", "_docs", "_changed"):
                try:
                    con.unregister(name)
                except duckdb.Error:
                    pass

    def _write_typed(self, trials: list[Trial], pubs: list[Publication]) -> None:
        con = self._con
        # Records written now are derived: an AACT study waiting for its Trial is not any more.
        con.execute("DELETE FROM pending_derivation WHERE record_id IN (SELECT record_id FROM _changed)")
        with _gc_paused():
            frames = _typed_frames(trials, pubs)
        for name, df in frames.items():
            key = "record_id_" if name == "estimates" else "record_id"
            con.execute(f'DELETE FROM "{name}" WHERE {key} IN (SELECT record_id FROM _changed)')
            if len(df):  # a pandas DataFrame or an Arrow table
                con.register("_frame", df)
                names = df.column_names if isinstance(df, pa.Table) else list(df.columns)
                cols = ", ".join(f'"{c}"' for c in names)
                con.execute(f'INSERT INTO "{name}" ({cols}) SELECT {cols} FROM _frame')
                con.unregister("_frame")

    def annotate(self, record_id: str, key: str, value: str | None) -> None:
        """Set (or, with ``value=None``, remove) the user's annotation ``key`` on a record.

        Annotations live in their own table and survive any re-import of the record.

        Raises
        ------
        TypeError
            ``record_id`` or ``key`` not a non-empty string.
        """
        self._writable()
        for name, v in (("record_id", record_id), ("key", key)):
            if not isinstance(v, str) or not v:
                raise TypeError(f"{name} must be a non-empty string, got {v!r}")
        if value is None:
            self._con.execute("DELETE FROM annotations WHERE record_id = ? AND key = ?", [record_id, key])
            return
        now = datetime.now(UTC).replace(tzinfo=None)
        self._con.execute("INSERT OR REPLACE INTO annotations VALUES (?, ?, ?, ?)", [record_id, key, str(value), now])

    def annotations(self, record_id: str | None = None) -> pd.DataFrame:
        """Annotations: ``record_id``, ``key``, ``value`` (string), ``annotated_at`` (datetime, UTC)."""
        q = "SELECT * FROM annotations" + (" WHERE record_id = ?" if record_id else "") + " ORDER BY record_id, key"
        return self._frame(q, [record_id] if record_id else None)

    def rederive(self) -> int:
        """Rebuild every typed table from the stored documents (no network). Returns the number
        of records re-derived; records whose document no longer parses keep their old rows."""
        self._writable()
        from trialink.sources import aact, local

        con = self._con
        recs = con.execute("SELECT record_id, doc_hash, source FROM records").fetchall()
        wanted: dict[str, set[str]] = {}
        sources: dict[str, str] = {}
        for rid, h, src in recs:
            wanted.setdefault(h, set()).add(rid)
            sources.setdefault(h, src)
        trials: list[Trial] = []
        pubs: list[Publication] = []
        aact_ids: list[str] = []
        for h, ids in wanted.items():
            doc = _first(con, "SELECT source_format, raw FROM documents WHERE doc_hash = ?", [h])
            if doc is None:  # an AACT study: its document is its rows in the aact_* tables
                aact_ids += ids
                continue
            fmt, raw = doc
            source = sources.get(h)
            if fmt == MODEL_FORMAT:
                d = json.loads(raw)
                parsed: list[Any] = [trial_from_dict(d) if d.get("kind") == "trial" else publication_from_dict(d)]
            elif fmt == aact.AACT_FORMAT:
                parsed = [aact.trial_from_rows(json.loads(raw), source=source)]
            else:
                parsed = local.parse_bytes(bytes(raw), source=source)
            for p in parsed:
                if _record_key(p)[0] in ids:
                    (trials if isinstance(p, Trial) else pubs).append(p)
        con.register("_changed", pd.DataFrame({"record_id": [r[0] for r in recs]}, dtype="string"))
        try:
            self._write_typed(trials, pubs)
        finally:
            con.unregister("_changed")
        n_aact = 0
        if aact_ids:
            con.execute("""INSERT INTO pending_derivation SELECT unnest(?), NULL
                           ON CONFLICT (record_id) DO UPDATE SET error = NULL""", [aact_ids])
            n_aact = self.derive(aact_ids)
        return len(trials) + len(pubs) + n_aact

    def derive(self, ids: Iterable[str] | None = None, *, batch_size: int = 2000) -> int:
        """Build the typed rows of imported AACT studies not derived yet (their Trials come from
        their ``aact_*`` rows through the v2 parser); ``ids`` limits it to these NCT numbers.
        The reading methods call this for the studies they need. Returns how many were derived;
        studies whose rows do not make a Trial get a :class:`DataQualityWarning` and keep their
        reason in ``pending_derivation.error``."""
        self._writable()
        from trialink.sources.aact import derive_aact

        before = self._pending(ids)
        failed = derive_aact(self, None if ids is None else _id_list(ids), batch_size=batch_size)
        return before - len(failed)

    def _pending(self, ids: Iterable[str] | None = None) -> int:
        where, params = self._where_ids(ids)
        q = f"SELECT count(*) FROM pending_derivation{where}{' AND' if where else ' WHERE'} error IS NULL"
        return int(self._con.execute(q, params).fetchall()[0][0])

    def _ensure_derived(self, ids: Iterable[str] | None = None) -> None:
        n = self._pending(ids)
        if not n:
            return
        if self.read_only:
            warnings.warn(PendingDerivationWarning(
                f"store {self.path}: {n} imported AACT studies are not in the typed tables yet (their "
                f"Trials are built on first use by a writer): open the store for writing and call "
                f"Store.derive() (or import with `trialink store import-aact --derive`)", path=self.path, count=n),
                stacklevel=3)
            return
        self.derive(ids)

    # -- reading -----------------------------------------------------------
    def _frame(self, query: str, params: list[Any] | None = None) -> pd.DataFrame:
        rel = self._con.sql(query, params=params) if params else self._con.sql(query)
        return rel.to_arrow_table().to_pandas() if rel is not None else pd.DataFrame()

    def sql(self, query: str, params: list[Any] | None = None) -> pd.DataFrame:
        """Run any SQL on the store and return a DataFrame (through Arrow).

        Examples: ``store.sql("SELECT registry, count(*) FROM records GROUP BY 1")``.
        """
        if not isinstance(query, str):
            raise TypeError(f"query must be a string, got {type(query).__name__}")
        if _TYPED_NAME.search(query):
            self._ensure_derived()
        return self._frame(query, params)

    def _where_ids(self, ids: Iterable[str] | None, col: str = "record_id") -> tuple[str, list[Any] | None]:
        if ids is None:
            return "", None
        return f" WHERE {col} IN (SELECT unnest(?))", [_id_list(ids)]

    def trials(self, ids: Iterable[str] | None = None) -> list[Trial]:
        """The stored trials as :class:`~trialink.Trial` objects (ordered by ID); ``ids`` limits them."""
        ids = None if ids is None else _id_list(ids)
        self._ensure_derived(ids)
        where, params = self._where_ids(ids)
        rows = self._con.execute(f"SELECT model_json FROM trials{where} ORDER BY record_id", params).fetchall()
        ests = self._estimates(ids)
        out = []
        for (doc,) in rows:
            t = trial_from_dict(json.loads(doc))
            out.append(dataclasses.replace(t, results=tuple(ests.get(t.trial_id, ()))) if t.trial_id in ests else t)
        return out

    def carrying(self, ids: str | Iterable[str]) -> list[Trial]:
        """The stored trials that carry any of ``ids`` (registry IDs in their canonical form) as
        their own ID, their NCT number or a secondary ID, without reading the whole store.

        Parameters
        ----------
        ids : str or iterable of str
            Registry IDs, e.g. ``["NCT00791778", "2008-004429-41"]``; a single string is one ID.

        Returns
        -------
        list of Trial
            Ordered by record ID; empty when no stored trial carries any of them.
        """
        keys = _id_list(ids)
        if not keys:
            return []
        # AACT studies waiting for derivation are not in the typed tables yet: an NCT number is
        # their record ID, any other ID could be one of their secondary IDs.
        nct = [k for k in keys if k.upper().startswith("NCT")]
        self._ensure_derived(nct if len(nct) == len(keys) else None)
        rows = self._con.execute(
            "SELECT record_id FROM trials WHERE trial_id IN (SELECT unnest($k)) OR nct_id IN (SELECT unnest($k)) "
            "UNION SELECT record_id FROM secondary_ids WHERE id IN (SELECT unnest($k))", {"k": keys}).fetchall()
        found = sorted({r[0] for r in rows})
        return self.trials(found) if found else []

    def publications(self, ids: Iterable[str] | None = None) -> list[Publication]:
        """The stored publications as :class:`~trialink.Publication` objects."""
        where, params = self._where_ids(ids)
        rows = self._con.execute(f"SELECT model_json FROM publications{where} ORDER BY record_id", params).fetchall()
        return [publication_from_dict(json.loads(r[0])) for r in rows]

    def design_table(self, ids: Iterable[str] | None = None) -> pd.DataFrame:
        """:func:`trialink.design_table` of the stored trials, read from the typed table (no parsing);
        same columns and dtypes, ordered by ``trial_id``."""
        ids = None if ids is None else _id_list(ids)
        self._ensure_derived(ids)
        where, params = self._where_ids(ids)
        cols = ", ".join(f'"{c}"' for c in DESIGN_COLUMNS)
        df = self._frame(f"SELECT {cols} FROM trials{where} ORDER BY record_id", params)
        return df.astype(DESIGN_COLUMNS)

    def _estimates(self, ids: Iterable[str] | None) -> dict[str, list[Estimate]]:
        where, params = self._where_ids(ids, "record_id_")
        df = self._frame(f"SELECT * FROM estimates{where} ORDER BY record_id_, ord", params)
        out: dict[str, list[Estimate]] = {}
        cols = list(ESTIMATE_FIELDS)
        for row in df[["record_id_", *cols]].itertuples(index=False, name=None):
            kw: dict[str, Any] = {k: (None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else v)
                  for k, v in zip(cols, row[1:], strict=True)}
            for k, duck in ESTIMATE_FIELDS.items():
                v = kw[k]
                if k in _TUPLE_FIELDS:
                    kw[k] = tuple(v.split("\n")) if v else ()
                elif v is None:
                    if k in _DEFAULTED:
                        kw.pop(k)
                elif duck == "BIGINT":
                    kw[k] = int(v)
                elif duck == "BOOLEAN":
                    kw[k] = bool(v)
            for k in _RENDERED:  # made again from the fields it is rendered from
                kw.pop(k, None)
            out.setdefault(row[0], []).append(Estimate(**kw))
        return out

    def outcome_table(self, ids: Iterable[str] | None = None, publications: Iterable[Publication] | None = None,
                      links: pd.DataFrame | None = None, *, estimates: Iterable[Estimate] = (),
                      measures: Iterable[str] | None = DEFAULT_MEASURES, primary_only: bool = False,
                      include_background: bool = False) -> pd.DataFrame:
        """:func:`trialink.outcome_table` of the stored trials (same columns, dtypes and options),
        built from the typed ``estimates`` and ``trials`` tables without parsing any document.
        Trials are taken in ID order."""
        ids = None if ids is None else _id_list(ids)
        self._ensure_derived(ids)
        where, params = self._where_ids(ids)
        heads = self._con.execute(f"SELECT trial_id, registry, acronym, brief_title, phase, enrollment, source_format "
                                  f"FROM trials{where} ORDER BY record_id", params).fetchall()
        ests = self._estimates(ids)
        # the brief title goes along: acronym_of reads "… (PALOMA-3)" from it, as for parsed trials
        stubs = [Trial(trial_id=tid, registry=reg, provenance=Provenance(fmt or ""), acronym=acr,
                       brief_title=title,
                       phases=tuple("NA" if x == NOT_APPLICABLE else x for x in phase.split("/")) if phase else (),
                       enrollment=n,
                       results=tuple(ests.get(tid, ())))
                 for tid, reg, acr, title, phase, n, fmt in heads]
        return outcome_table(stubs, publications, links, estimates=estimates, measures=measures,
                             primary_only=primary_only, include_background=include_background)

    def identities(self, ids: Iterable[str] | None = None) -> pd.DataFrame:
        """Cross-registry clusters of the stored trials (:func:`trialink.identity_table`): one row per
        trial with every member record, the evidence sentence of each merge and the refused links."""
        return identity_table(resolve_trials(self.trials(ids)))

    def identity_evidence(self, ids: Iterable[str] | None = None) -> pd.DataFrame:
        """One row per merge between records (:func:`trialink.identity_evidence`)."""
        return identity_evidence(resolve_trials(self.trials(ids)))

    def info(self) -> dict[str, Any]:
        """Path, schema version and counts: records per registry, per source format, per kind;
        annotations; AACT tables imported (rows each)."""
        con = self._con

        def pairs(q: str) -> dict[str, int]:
            return {str(k): int(v) for k, v in con.execute(q).fetchall()}

        aact = pairs("SELECT table_name, estimated_size FROM duckdb_tables() WHERE table_name LIKE 'aact_%' "
                     "ORDER BY 1")
        return {
            "path": self.path,
            "schema_version": int(con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchall()[0][0]),
            "records": int(con.execute("SELECT count(*) FROM records").fetchall()[0][0]),
            "by_registry": pairs("SELECT registry, count(*) FROM records GROUP BY 1 ORDER BY 1"),
            "by_source_format": pairs("SELECT source_format, count(*) FROM records GROUP BY 1 ORDER BY 1"),
            "by_kind": pairs("SELECT kind, count(*) FROM records GROUP BY 1 ORDER BY 1"),
            "annotations": int(con.execute("SELECT count(*) FROM annotations").fetchall()[0][0]),
            "pending_derivation": self._pending(),
            "aact_tables": aact,
        }

    def import_aact(self, zip_or_folder: str | os.PathLike[str], **kwargs: Any) -> Any:
        """Import an AACT flat-file extract into this store (see :func:`trialink.import_aact`)."""
        from trialink.sources.aact import import_aact

        return import_aact(zip_or_folder, store=self, **kwargs)


def open_store(path: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> Store:
    """Open (creating when needed) the record store.

    Parameters
    ----------
    path : path, optional
        The DuckDB file; default :func:`default_store_path` (``TRIALINK_STORE`` or
        ``trialink.duckdb`` in the cache folder). ``":memory:"`` for a throw-away store.
    read_only : bool, default False
        Readers should pass True; several readers may share the file, but only while no
        process holds it for writing.

    Raises
    ------
    StoreLockedError
        Another process holds the file for writing (message names the file).
    StoreVersionError
        The file was written by a newer trialink.
    """
    p = str(path) if path is not None else str(default_store_path())
    if not isinstance(read_only, bool):
        raise TypeError(f"read_only must be a bool, got {read_only!r}")
    if p != ":memory:":
        if read_only and not Path(p).exists():
            raise FileNotFoundError(f"no store at {p} (open it once without read_only to create it)")
        Path(p).parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(p, read_only=read_only)
    except duckdb.IOException as exc:
        if _LOCK.search(str(exc)):
            pid = re.search(r"PID (\d+)", str(exc))
            who = f" (process {pid.group(1)})" if pid else ""
            raise StoreLockedError(
                f"store {p} is open for writing by another process{who}; one writer at a time — close it "
                f"there, or open this one with read_only=True once the writer is done", path=p,
                pid=int(pid.group(1)) if pid else None) from exc
        raise TrialinkError(f"cannot open store {p}: {exc}") from exc
    con.execute("SET enable_progress_bar = false")  # never print to the caller's stdout
    store = Store(con, p, read_only)
    if read_only:
        row = _first(con, "SELECT value FROM meta WHERE key='schema_version'") if con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE table_name='meta'").fetchall()[0][0] else None
        if row is None or int(row[0]) != SCHEMA_VERSION or not store._typed_tables_current():
            con.close()
            found = int(row[0]) if row else None
            raise StoreVersionError(
                f"store {p} has schema version {found if found is not None else 'none'}, this trialink uses "
                f"{SCHEMA_VERSION}: " + ("upgrade trialink" if found is not None and found > SCHEMA_VERSION
                                         else "open it once for writing to upgrade it"),
                path=p, found=found, supported=SCHEMA_VERSION,
                remedy="upgrade_trialink" if found is not None and found > SCHEMA_VERSION else "open_for_writing")
    else:
        store._init_schema()
    return store
