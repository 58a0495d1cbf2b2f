"""The ``trialink`` command: a thin layer over the public functions."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

import pandas as pd

from trialink import __version__
from trialink.errors import InvalidIdError, ParseError, TrialinkError
from trialink.identity import identity_table
from trialink.ids import find_ids
from trialink.lookup import Lookup, lookup_trials
from trialink.model import Publication, Trial
from trialink.outcomes import extract_estimates, publication_estimates
from trialink.sources.local import parse_file, read_records
from trialink.tables import design_table

__all__ = ["main"]


def _read_text(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    with open(name, encoding="utf-8", errors="replace") as fh:
        return fh.read()


def _text_files(names: Sequence[str]) -> list[str]:
    """The files behind ``names``: a folder gives its files (recursive, sorted, hidden ones left out)."""
    out: list[str] = []
    for name in names:
        path = Path(name)
        if name != "-" and path.is_dir():
            out += [str(f) for f in sorted(path.rglob("*"))
                    if f.is_file() and not any(part.startswith(".") for part in f.relative_to(path).parts)]
        else:
            out.append(name)
    return out


def _jsonable(value: Any) -> Any:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def _emit_frame(df: pd.DataFrame, fmt: str, out: TextIO) -> None:
    if fmt == "csv":
        df.to_csv(out, index=False, date_format="%Y-%m-%d")
        return
    records = [{k: _jsonable(v) for k, v in row.items()} for row in df.to_dict(orient="records")]
    json.dump(records, out, indent=2, ensure_ascii=False)
    out.write("\n")


IDS_COLUMNS = ["file", "registry", "id", "start", "end", "text"]


def _cmd_ids(args: argparse.Namespace) -> int:
    rows = [{"file": name, "registry": m.registry, "id": m.id, "start": m.start, "end": m.end, "text": m.text}
            for name in _text_files(args.files) for m in find_ids(_read_text(name))]
    _emit_frame(pd.DataFrame(rows, columns=IDS_COLUMNS), args.format, sys.stdout)
    return 0


def _cmd_parse(args: argparse.Namespace) -> int:
    records: list[dict[str, Any]] = []
    failures: list[str] = []
    for name in args.files:
        if Path(name).is_dir():
            stream = read_records(name, on_error="collect")
            records += [r.to_dict() for r in stream]
            failures += [str(exc) for exc in stream.errors]
            continue
        try:
            records += [t.to_dict() for t in parse_file(name)]
        except ParseError as exc:
            failures.append(f"{name}: {exc}")
    json.dump(records, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    for line in failures:
        print(f"error: {line}", file=sys.stderr)
    return 1 if failures else 0


def _cmd_trials(args: argparse.Namespace) -> int:
    try:
        result = lookup_trials(args.ids, corpus=args.corpus, use_corpus=not args.no_corpus,
                               offline=True if args.offline else None)
    except InvalidIdError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    _emit_frame(_requested_rows(result), args.format, sys.stdout)
    for key in result.not_found:
        print(f"not found: {key}", file=sys.stderr)
    for key, err in result.errors.items():
        print(f"error: {key}: {str(err).splitlines()[0]}", file=sys.stderr)
    return 1 if (result.not_found or result.errors) else 0


def _requested_rows(result: Lookup) -> pd.DataFrame:
    """:func:`design_table` rows of every record of each requested ID's identity, with the
    ``requested_id`` (canonical) that each row answers first: one ID can answer with several
    records (its other registries' records of the same trial)."""
    table = design_table(result.records)
    parts = []
    for key, (trial_id, _) in result.found.items():
        ident = next((i for i in result.identities if any(t.trial_id == trial_id for t in i.records)), None)
        members = {t.trial_id for t in ident.records} if ident is not None else {trial_id}
        part = table[table["trial_id"].isin(members)]
        parts.append(part.assign(requested_id=pd.Series([key] * len(part), index=part.index, dtype="string")))
    out = pd.concat(parts, ignore_index=True) if parts else table.assign(requested_id=pd.Series(dtype="string"))
    return out[["requested_id", *table.columns]]


def _cmd_crosswalk(args: argparse.Namespace) -> int:
    from trialink.identity import identity_evidence, resolve_trials
    from trialink.lookup import corpus_trials
    from trialink.sources.local import read_trials

    if args.files:
        records = [t for f in args.files for t in read_trials(f, on_error="collect")]
    else:
        records = corpus_trials(args.corpus)
    idents = resolve_trials(records)
    if args.linked:
        idents = [i for i in idents if len(i.records) > 1 or sum(bool(v) for v in i.ids.values()) > 1]
    if args.evidence:
        _emit_frame(identity_evidence(idents), args.format, sys.stdout)
    else:
        _emit_frame(identity_table(idents), args.format, sys.stdout)
    conflicts = sum(bool(i.conflicts) for i in idents)
    if conflicts:
        print(f"{conflicts} identities have refused links (see the conflicts column)", file=sys.stderr)
    return 0


PUBLICATION_COLUMNS = ["pmid", "doi", "pmcid", "title", "journal", "pub_date", "n_authors", "first_author",
                       "publication_types", "trial_ids", "source"]


def _corpus_records(corpus: str | None) -> tuple[list[Any], list[Any]]:
    from trialink.lookup import corpus_dir

    folder = corpus_dir(corpus)
    trials: list[Trial] = []
    pubs: list[Publication] = []
    for sub in ("ctgov", "pubmed", "europepmc", "crossref"):
        if (folder / sub).is_dir():
            for rec in read_records(folder / sub, on_error="collect"):
                if isinstance(rec, Trial):
                    trials.append(rec)
                else:
                    pubs.append(rec)
    return trials, pubs


def _cmd_pubs(args: argparse.Namespace) -> int:
    wanted = [str(p).strip() for p in args.pmids]
    bad = [p for p in wanted if not p.isdigit()]
    if bad:
        print(f"error: not PMIDs: {bad}", file=sys.stderr)
        return 2
    _, pubs = _corpus_records(args.corpus)
    found: dict[str, Any] = {}
    for p in pubs:  # PubMed's own record first, then Europe PMC's
        if p.pmid in set(wanted):
            found.setdefault(p.pmid, p)
    missing = [p for p in wanted if p not in found]
    failed: dict[str, Any] = {}
    if missing and not args.offline:
        from trialink.sources.pubmed import PubmedClient

        try:
            batch = PubmedClient().efetch(missing)
            found.update({p.pmid: p for p in batch.publications if p.pmid})
            missing = batch.not_found
            failed = dict(batch.failed)  # never looked up (no network, NCBI error): not "not found"
        except TrialinkError as exc:
            print(f"error: {exc}", file=sys.stderr)
            failed = dict.fromkeys(missing, exc)
            missing = []
    elif missing:
        failed = {p: "not in the corpus; PubMed not asked (--offline)" for p in missing}
        missing = []
    rows = [{"pmid": p.pmid, "doi": p.doi, "pmcid": p.pmcid, "title": p.title, "journal": p.journal,
             "pub_date": p.pub_date, "n_authors": p.n_authors, "first_author": p.first_author,
             "publication_types": "; ".join(p.publication_types), "trial_ids": "; ".join(p.trial_ids()),
             "source": p.provenance.source} for w in wanted for p in [found.get(w)] if p]
    _emit_frame(pd.DataFrame(rows, columns=PUBLICATION_COLUMNS), args.format, sys.stdout)
    for p in missing:
        print(f"not found: {p}", file=sys.stderr)
    reasons = {str(e) for e in failed.values()}
    for p, why in failed.items():
        print(f"not fetched: {p}" + ("" if len(reasons) == 1 and len(failed) > 1 else f": {why}"), file=sys.stderr)
    if len(reasons) == 1 and len(failed) > 1:
        print(f"  because: {next(iter(reasons))}", file=sys.stderr)
    return 1 if (missing or failed) else 0


def _cmd_link(args: argparse.Namespace) -> int:
    from trialink.link import link

    trials, pubs = _corpus_records(args.corpus)
    df = link(trials, pubs)  # both directions: a record on either side is enough
    unmatched: list[str] = []
    if args.ids:
        keep = pd.Series(False, index=df.index)
        for value in args.ids:
            key = value if value.isdigit() else _canonical(value)
            aliases = {i for t in trials if key in {i for v in t.registry_ids.values() for i in v}
                       for v in t.registry_ids.values() for i in v}
            hit = df["trial_id"].isin({key} | aliases) | (df["pmid"] == key).fillna(False)
            if not hit.any():
                unmatched.append(value)
            keep |= hit
        df = df[keep].reset_index(drop=True)
    df["evidence"] = [json.dumps(e, ensure_ascii=False) for e in df["evidence"]]
    _emit_frame(df[["trial_id", "pmid", "doi", "evidence", "score", "role", "explanation", "link_type", "citation",
                    "present"]], args.format, sys.stdout)
    if unmatched:
        print(f"error: no link in the corpus for {len(unmatched)} of the IDs given: {unmatched}", file=sys.stderr)
        return 1
    return 0


def _canonical(value: str) -> str:
    from trialink.ids import parse_id

    return parse_id(value).id


def _estimate_keys() -> tuple[str, ...]:
    """Every field of :class:`~trialink.Estimate`, in its declared order (``value_text``,
    ``direction_source``, ``population``, ``record_*`` included)."""
    from dataclasses import fields

    from trialink.model import Estimate

    return tuple(f.name for f in fields(Estimate))


def _cmd_outcomes(args: argparse.Namespace) -> int:
    from trialink.outcomes import registry_estimates

    failures: list[str] = []
    keys = _estimate_keys()
    if args.records:
        estimates = []
        for name in args.records:
            try:
                records = list(read_records(name, on_error="raise")) if Path(name).is_dir() else parse_file(name)
                estimates += registry_estimates(r for r in records if isinstance(r, Trial))
                estimates += publication_estimates([r for r in records if isinstance(r, Publication)])
            except ParseError as exc:
                failures.append(f"{name}: {exc}")
    else:
        estimates = extract_estimates(_read_text(args.file or "-"))
    rows = [{k: getattr(e, k) for k in keys} for e in estimates]
    if args.format == "json":
        for r in rows:
            r["checks"] = list(r["checks"])
        json.dump(rows, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        for r in rows:
            r["checks"] = "; ".join(r["checks"])
        pd.DataFrame(rows, columns=list(keys)).to_csv(sys.stdout, index=False)
    for line in failures:
        print(f"error: {line}", file=sys.stderr)
    return 1 if failures else 0


def _cmd_store(args: argparse.Namespace) -> int:
    from trialink.store import open_store

    if args.store_command == "add":
        with open_store(args.store) as st:
            result = st.add(args.paths)
        json.dump({**result.counts, "superseded": len(result.superseded),
                   "rejected_detail": [{"what": w, "reason": r} for w, r in result.rejected]},
                  sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        for what, reason in result.rejected:
            print(f"rejected: {what}: {reason}", file=sys.stderr)
        return 1 if result.rejected else 0
    if args.store_command == "import-aact":
        from trialink.sources.aact import import_aact

        with open_store(args.store) as st:
            imp = import_aact(args.source, store=st, tables=args.tables, derive=args.derive)
            json.dump({"tables": {r.table: {"rows": int(r.rows), "rejected": int(r.rejected)}
                                  for r in imp.summary().itertuples()},
                       "studies": imp.added.counts,
                       "rejected_rows": [{k: _jsonable(v) for k, v in row.items()}
                                         for row in imp.read.rejected.head(args.show_rejected).to_dict("records")]},
                      sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    with open_store(args.store, read_only=True) as st:
        if args.store_command == "sql":
            import duckdb

            try:
                frame = st.sql(args.query)
            except duckdb.Error as exc:  # the query is the user's input: a usage error
                print(f"error: SQL query {args.query!r} failed: {str(exc).splitlines()[0]}", file=sys.stderr)
                return 2
            _emit_frame(frame, args.format, sys.stdout)
        else:
            json.dump(st.info(), sys.stdout, indent=2, ensure_ascii=False)
            sys.stdout.write("\n")
    return 0


def _cmd_scan_pubmed(args: argparse.Namespace) -> int:
    from trialink.scan import scan_pubmed

    client = None
    if args.dask:
        try:
            from distributed import Client
        except ImportError:
            print("error: --dask needs Dask: pip install 'trialink[dask]'", file=sys.stderr)
            return 2
        client = Client(args.dask)
    try:
        df = scan_pubmed(args.files, scheduler=client if client is not None else ("serial" if args.workers == 1
                                                                                    else "processes"),
                         workers=args.workers, out=args.out, progress=not args.quiet)
    finally:
        if client is not None:
            client.close()
    _emit_frame(df, args.format, sys.stdout)
    print(f"{df.attrs['records']:,} live records, {len(df):,} registry-number rows, "
          f"{df.attrs['deleted']:,} deleted; {len(df.attrs['resumed'])} files resumed from {args.out}"
          if args.out else f"{df.attrs['records']:,} live records, {len(df):,} registry-number rows, "
          f"{df.attrs['deleted']:,} deleted", file=sys.stderr)
    for f in df.attrs["failed"]:
        print(f"failed: {f['file']}: {f['error']}", file=sys.stderr)
    return 1 if df.attrs["failed"] else 0


OUTPUT_CONVENTION = """\
output convention (every sub-command):
  stdout   the data only: a table as CSV by default (--format json: a JSON list of rows,
           one object per row, dates as YYYY-MM-DD, missing values null); `parse` and
           `store add|import-aact|info` print one JSON document (nested records, counts)
  stderr   messages: IDs not found, files that failed, summaries (never mixed into stdout)
  exit     0 everything answered; 1 some inputs not found or failed (the rest is still
           printed); 2 bad usage (an invalid ID, a wrong argument)
  paths    wherever files are read, a folder is read whole (recursively)

settings (environment):
  TRIALINK_CORPUS     folder of saved records (default: ../shared/corpus beside a checkout)
  TRIALINK_OFFLINE    1/true/yes/on: never use the network (cache and saved records only)
  TRIALINK_CACHE_DIR  HTTP cache folder (default: cache/ of a checkout, else the user cache)
  TRIALINK_STORE      record store file for `trialink store` (default: in the cache folder)

examples:
  trialink ids abstract.txt
  trialink trials NCT01602380 "EudraCT 2008-008698-69" --offline
  trialink link NCT01602380 --format json
"""

_FORMAT_HELP = "csv (default) or json: a JSON list of rows"
_CORPUS_HELP = "folder of saved records (default: TRIALINK_CORPUS), e.g. --corpus ../shared/corpus"


def _sub(sub: Any, name: str, help: str, example: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        name, help=help, description=help, epilog=f"example:\n  {example}\n\n(see `trialink --help` for the "
        "output convention and the TRIALINK_* settings)", formatter_class=argparse.RawDescriptionHelpFormatter)
    return parser


def _format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("csv", "json"), default="csv", help=_FORMAT_HELP)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="trialink", description="Clinical-trial registry IDs, records and designs.",
                                epilog=OUTPUT_CONVENTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"trialink {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    ids = _sub(sub, "ids", "find registry and publication IDs in text (one row per mention, with its file)",
               "trialink ids abstract.txt notes/ --format json")
    ids.add_argument("files", nargs="*", default=["-"], metavar="FILE",
                     help="text files or folders, or - for standard input (default), e.g. abstract.txt")
    _format(ids)
    ids.set_defaults(func=_cmd_ids)

    parse = _sub(sub, "parse", "parse saved record files into trial and publication records (JSON)",
                 "trialink parse ctgov/v2/NCT01602380.json ctgov/legacy_xml/")
    parse.add_argument("files", nargs="+", metavar="FILE",
                       help="record files (CT.gov JSON/XML, CTIS, EUCTR, PubMed XML…) or folders of them")
    parse.add_argument("--format", choices=("json",), default="json", help="json (records are nested)")
    parse.set_defaults(func=_cmd_parse)

    trials = _sub(sub, "trials", "design table of trials given by IDs of any registry (with their records in the "
                  "other registries); requested_id says which ID each row answers",
                  "trialink trials NCT01602380 2008-008698-69 --offline")
    trials.add_argument("ids", nargs="+", metavar="ID",
                        help="trial IDs of any registry, e.g. NCT01602380, 2008-008698-69, 2024-519655-28-00")
    trials.add_argument("--corpus", help=_CORPUS_HELP)
    trials.add_argument("--no-corpus", action="store_true", help="do not look in saved records (registries only)")
    trials.add_argument("--offline", action="store_true",
                        help="use only the cache and saved records (as TRIALINK_OFFLINE=1)")
    _format(trials)
    trials.set_defaults(func=_cmd_trials)

    cw = _sub(sub, "crosswalk", "identity table: NCT ↔ EU CT ↔ EudraCT ↔ other registries, with evidence",
              "trialink crosswalk --linked --evidence")
    cw.add_argument("files", nargs="*", metavar="FILE",
                    help="record files or folders (default: the corpus), e.g. ctis/ euctr/")
    cw.add_argument("--corpus", help=_CORPUS_HELP)
    cw.add_argument("--linked", action="store_true",
                    help="only trials known under more than one ID or from more than one record")
    cw.add_argument("--evidence", action="store_true", help="one row per merge instead of one per trial")
    _format(cw)
    cw.set_defaults(func=_cmd_crosswalk)

    pubs = _sub(sub, "pubs", "publications table for PMIDs (saved records first, then PubMed)",
                "trialink pubs 22663011 --offline")
    pubs.add_argument("pmids", nargs="+", metavar="PMID", help="PubMed IDs (digits), e.g. 22663011")
    pubs.add_argument("--corpus", help=_CORPUS_HELP)
    pubs.add_argument("--offline", action="store_true", help="do not ask PubMed (as TRIALINK_OFFLINE=1)")
    _format(pubs)
    pubs.set_defaults(func=_cmd_pubs)

    lk = _sub(sub, "link", "registry ↔ publication links with evidence, in both directions, from saved records "
              "(a trial's references, an article's registry numbers); never uses the network",
              "trialink link NCT01602380 22663011")
    lk.add_argument("ids", nargs="*", metavar="ID",
                    help="only links of these trial IDs / PMIDs (each must match a link), e.g. NCT01602380")
    lk.add_argument("--corpus", help=_CORPUS_HELP)
    _format(lk)
    lk.set_defaults(func=_cmd_link)

    outcomes = _sub(sub, "outcomes", "estimates (HR, OR, medians…) from text or from registry records, every "
                    "Estimate field (value_text, direction, population, record…); never uses the network",
                    "trialink outcomes --records ctgov/legacy_xml/NCT01602380.xml --format json")
    outcomes.add_argument("file", nargs="?",
                          help="plain text file, or - for standard input (default), e.g. abstract.txt")
    outcomes.add_argument("--records", nargs="+", metavar="FILE",
                          help="read registry / PubMed record files or folders instead of text")
    _format(outcomes)
    outcomes.set_defaults(func=_cmd_outcomes)

    store = _sub(sub, "store", "the embedded record store (DuckDB): add records, import AACT, query",
                 "trialink store --store trials.duckdb add ctgov/v2/")
    store.add_argument("--store", help="store file (default: TRIALINK_STORE or trialink.duckdb in the cache folder), "
                                       "e.g. --store trials.duckdb")
    ssub = store.add_subparsers(dest="store_command", required=True)
    s_add = ssub.add_parser("add", help="add record files, folders or zips (upsert; prints counts as JSON)")
    s_add.add_argument("paths", nargs="+", metavar="PATH", help="record files, folders or zips, e.g. ctgov/v2/")
    s_aact = ssub.add_parser("import-aact", help="import an AACT flat-file zip or folder (prints counts as JSON)")
    s_aact.add_argument("source", metavar="ZIP", help="AACT flat-file zip, or a folder of its .txt tables")
    s_aact.add_argument("--tables", nargs="+", metavar="TABLE", help="only these AACT tables, e.g. studies outcomes")
    s_aact.add_argument("--show-rejected", type=int, default=20, metavar="N",
                        help="rejected rows to print (default 20)")
    s_aact.add_argument("--derive", action="store_true",
                        help="build every study's Trial and typed tables now (default: on first read by a writer)")
    s_sql = ssub.add_parser("sql", help="run a SQL query on the store (read-only)")
    s_sql.add_argument("query", help='SQL, e.g. "SELECT trial_id, phase FROM trials LIMIT 5"')
    _format(s_sql)
    ssub.add_parser("info", help="counts per registry and source format, schema version (JSON)")
    store.set_defaults(func=_cmd_store)

    scan = _sub(sub, "scan-pubmed", "scan PubMed baseline/update files for registry numbers (every core, or a Dask "
                "cluster); never uses the network", "trialink scan-pubmed pubmed25n0001.xml.gz --workers 2")
    scan.add_argument("files", nargs="+", metavar="FILE",
                      help="baseline files, then update files, in order, e.g. pubmed25n0001.xml.gz")
    scan.add_argument("--workers", type=int, help="local worker processes (default: every core; 1: this process)")
    scan.add_argument("--dask", metavar="ADDRESS", help="run on a Dask cluster (scheduler address, tcp://host:8786)")
    scan.add_argument("--out", metavar="DIR", help="write one Parquet part per file here; a re-run resumes")
    scan.add_argument("--quiet", action="store_true", help="no progress bar")
    _format(scan)
    scan.set_defaults(func=_cmd_scan_pubmed)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 some inputs failed, 2 bad usage)."""
    args = _parser().parse_args(argv)
    try:
        return int(args.func(args))
    except InvalidIdError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (TrialinkError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
