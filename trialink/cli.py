"""The ``trialink`` command: a thin layer over the public functions."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import pandas as pd

from trialink import __version__
from trialink.errors import InvalidIdError, TrialinkError
from trialink.identity import identity_evidence, identity_table, resolve_trials
from trialink.lookup import corpus_trials, lookup_links, lookup_publications, lookup_trials
from trialink.model import Publication, Trial
from trialink.outcomes import extract_estimates, publication_estimates, registry_estimates
from trialink.sources.local import read_records, read_trials
from trialink.tables import estimates_table, mentions_table

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
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and value != value:  # NaN
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def _flat(value: Any) -> Any:
    """A cell: nested values (a link's evidence list) as JSON text, in every format."""
    return json.dumps(_jsonable(value), ensure_ascii=False) if isinstance(value, (list, tuple, dict)) else value


def _emit_frame(df: pd.DataFrame, fmt: str, out: TextIO) -> None:
    flat = df.copy()
    for column in flat.columns:
        if flat[column].dtype == object:
            flat[column] = flat[column].map(_flat)
    if fmt in ("csv", "tsv"):
        flat.to_csv(out, index=False, sep="," if fmt == "csv" else "\t", date_format="%Y-%m-%d")
        return
    records = [{k: _jsonable(v) for k, v in row.items()} for row in flat.to_dict(orient="records")]
    json.dump(records, out, indent=2, ensure_ascii=False)
    out.write("\n")


def _emit_json(document: Any) -> None:
    json.dump(document, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def _report(not_found: Sequence[str], errors: dict[str, Any]) -> int:
    """``not found: ID`` / ``not fetched: ID: problem: reason`` lines on stderr (``problem`` from
    :data:`~trialink.errors.RequestProblem` or :data:`~trialink.errors.ParseProblem`, else ``error``);
    1 when there are any."""
    for key in not_found:
        print(f"not found: {key}", file=sys.stderr)
    for key, err in errors.items():
        print(f"not fetched: {key}: {getattr(err, 'problem', 'error')}: {str(err).splitlines()[0]}", file=sys.stderr)
    return 1 if (not_found or errors) else 0


def _cmd_ids(args: argparse.Namespace) -> int:
    texts = ((name, _read_text(name)) for name in _text_files(args.files))
    _emit_frame(mentions_table(texts), args.format, sys.stdout)
    return 0


def _records_of(names: Sequence[str], failures: list[str]) -> Iterator[Trial | Publication]:
    """Every record of the files and folders ``names``; failures (file and reason) are collected."""
    for name in names:
        if not Path(name).exists():
            raise FileNotFoundError(f"no such file or folder: {name}")
        stream = read_records(name, on_error="collect")
        yield from stream
        failures += [str(exc) for exc in stream.errors]
        if not Path(name).is_dir():  # a file named on purpose that is no record format: say so
            failures += [str(exc) for exc in stream.skipped]


def _cmd_parse(args: argparse.Namespace) -> int:
    failures: list[str] = []
    _emit_json([r.to_dict() for r in _records_of(args.files, failures)])
    for line in failures:
        print(f"error: {line}", file=sys.stderr)
    return 1 if failures else 0


def _cmd_trials(args: argparse.Namespace) -> int:
    result = lookup_trials(args.ids, corpus=args.corpus, use_corpus=not args.no_corpus,
                           offline=True if args.offline else None)
    _emit_frame(result.table(), args.format, sys.stdout)
    return _report(result.not_found, result.errors)


def _cmd_crosswalk(args: argparse.Namespace) -> int:
    if args.files:
        for name in args.files:
            if not Path(name).exists():
                raise FileNotFoundError(f"no such file or folder: {name}")
        records = [t for f in args.files for t in read_trials(f, on_error="collect")]
    else:
        records = corpus_trials(args.corpus)
    idents = resolve_trials(records)
    if args.linked:
        idents = [i for i in idents if i.linked]
    _emit_frame(identity_evidence(idents) if args.evidence else identity_table(idents), args.format, sys.stdout)
    conflicts = [i.key for i in idents if i.conflicts]
    if conflicts:
        print(f"refused links: {', '.join(conflicts)} (see the conflicts column)", file=sys.stderr)
    return 0


def _cmd_pubs(args: argparse.Namespace) -> int:
    result = lookup_publications(args.ids, corpus=args.corpus, use_corpus=not args.no_corpus,
                                 offline=True if args.offline else None)
    _emit_frame(result.table(), args.format, sys.stdout)
    return _report(result.not_found, result.errors)


def _cmd_link(args: argparse.Namespace) -> int:
    result = lookup_links(args.ids or None, corpus=args.corpus, fuzzy=not args.no_fuzzy)
    _emit_frame(result.links, args.format, sys.stdout)
    return _report(result.not_found, {})


def _cmd_outcomes(args: argparse.Namespace) -> int:
    failures: list[str] = []
    if args.records:
        records = list(_records_of(args.records, failures))
        estimates = [*registry_estimates(r for r in records if isinstance(r, Trial)),
                     *publication_estimates([r for r in records if isinstance(r, Publication)])]
    else:
        estimates = extract_estimates(_read_text(args.file or "-"))
    _emit_frame(estimates_table(estimates, every_field=True), args.format, sys.stdout)
    for line in failures:
        print(f"error: {line}", file=sys.stderr)
    return 1 if failures else 0


def _cmd_store(args: argparse.Namespace) -> int:
    from trialink.store import open_store

    if args.store_command == "add":
        with open_store(args.store) as st:
            result = st.add(args.paths)
        json.dump(result.to_dict(), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        for what, reason in result.rejected:
            print(f"rejected: {what}: {reason}", file=sys.stderr)
        return 1 if result.rejected else 0
    if args.store_command == "import-aact":
        from trialink.sources.aact import import_aact

        with open_store(args.store) as st:
            imp = import_aact(args.source, store=st, tables=args.tables, derive=args.derive)
            json.dump(imp.to_dict(max_rejected=args.show_rejected), sys.stdout, indent=2, ensure_ascii=False,
                      default=str)
        sys.stdout.write("\n")
        return 0
    if args.store_command == "sql":
        _derive_pending(args.store)
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
  stdout   the data only: a table, as CSV by default (--format tsv: tab-separated;
           --format json: a JSON list of rows, one object per row); `parse` and
           `store add|import-aact|info` print one JSON document (nested records, counts)
  cells    dates YYYY-MM-DD; missing values are empty cells (null in JSON); "not
           applicable" is written NOT_APPLICABLE, never empty; every cell is a scalar:
           nested values (link evidence) are JSON text. Read a CSV back with
           pandas.read_csv(f, keep_default_na=False, na_values=[""]) so that text such as
           "NA" stays text
  rows     where one requested ID can answer with several rows (`trials`, `link`) or
           with a record under another ID (`pubs`), the first column, requested_id,
           says which ID each row answers
  stderr   messages: "not found: ID" (a complete answer lacked it), "not fetched: ID:
           problem: reason" (never asked or the request failed; problem is a code such as
           no_network, not_cached, http_status), "error: ..." (files that failed)
  exit     0 everything answered; 1 some inputs not found, not fetched or failed (the
           rest is still printed); 2 bad usage (an invalid ID, a wrong argument)
  paths    wherever files are read, a folder is read whole (recursively)

settings (environment):
  TRIALINK_CORPUS     folder of saved records (default: ../shared/corpus beside a checkout)
  TRIALINK_SEEDS      folder of seed texts (default: seeds beside the corpus)
  TRIALINK_OFFLINE    1/true/yes/on: never use the network (cache and saved records only)
  TRIALINK_CACHE_DIR  HTTP cache folder (default: cache/ of a checkout, else the user cache)
  TRIALINK_STORE      record store file for `trialink store` (default: in the cache folder)

examples:
  trialink ids abstract.txt
  trialink trials NCT01602380 "EudraCT 2008-008698-69" --offline
  trialink pubs 22663011 10.1056/NEJMoa1203421 --format tsv
  trialink link NCT01602380 --format json
"""

_FORMAT_HELP = "csv (default), tsv, or json (a list of rows), e.g. --format json"
_CORPUS_HELP = "folder of saved records (default: TRIALINK_CORPUS), e.g. --corpus ../shared/corpus"
_OFFLINE_HELP = "use only the HTTP cache and saved records, never the network (as TRIALINK_OFFLINE=1), e.g. --offline"


_SETTINGS = {
    "TRIALINK_CORPUS": "folder of saved records (files under it are named corpus:<path> in provenance)",
    "TRIALINK_OFFLINE": "1/true/yes/on: cache and saved records only",
    "TRIALINK_CACHE_DIR": "HTTP cache folder",
    "TRIALINK_STORE": "record store file",
}
# The settings each sub-command reads (the rest read none).
_READS = {
    "trials": ("TRIALINK_CORPUS", "TRIALINK_OFFLINE", "TRIALINK_CACHE_DIR"),
    "pubs": ("TRIALINK_CORPUS", "TRIALINK_OFFLINE", "TRIALINK_CACHE_DIR"),
    "crosswalk": ("TRIALINK_CORPUS",), "link": ("TRIALINK_CORPUS",), "parse": ("TRIALINK_CORPUS",),
    "outcomes": ("TRIALINK_CORPUS",),
    "store": ("TRIALINK_STORE", "TRIALINK_CACHE_DIR"),
}


def _sub(sub: Any, name: str, help: str, example: str) -> argparse.ArgumentParser:
    reads = _READS.get(name, ())
    settings = ("settings:\n" + "\n".join(f"  {k:<19} {_SETTINGS[k]}" for k in reads) + "\n\n") if reads else \
        "settings: none (reads only the files given)\n\n"
    parser: argparse.ArgumentParser = sub.add_parser(
        name, help=help, description=help, epilog=f"example:\n  {example}\n\n{settings}(see `trialink --help` for "
        "the output convention and every TRIALINK_* setting)", formatter_class=argparse.RawDescriptionHelpFormatter)
    return parser


def _format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("csv", "tsv", "json"), default="csv", help=_FORMAT_HELP)


def _derive_pending(path: str | None) -> None:
    """Build imported AACT studies not derived yet, so a query of the typed tables sees them.
    If another process is writing, the query runs on what is built (the store warns)."""
    from trialink.store import StoreLockedError, open_store

    with open_store(path, read_only=True) as st:
        pending = int(st.info().get("pending_derivation", 0) or 0)
    if not pending:
        return
    print(f"building {pending} imported AACT studies before the query", file=sys.stderr)
    try:
        with open_store(path) as st:
            st.derive()
    except StoreLockedError as exc:
        print(f"warning: {exc}; the query sees only the studies built so far", file=sys.stderr)


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
                       help="record files (CT.gov JSON/XML, CTIS, EUCTR, PubMed XML…) or folders of them, "
                            "e.g. ctgov/legacy_xml/")
    parse.add_argument("--format", choices=("json",), default="json",
                       help="json, the only form: records are nested (e.g. --format json)")
    parse.set_defaults(func=_cmd_parse)

    trials = _sub(sub, "trials", "design table of trials given by IDs of any registry (with their records in the "
                  "other registries); requested_id says which ID each row answers",
                  "trialink trials NCT01602380 2008-008698-69 --offline")
    trials.add_argument("ids", nargs="+", metavar="ID",
                        help="trial IDs of any registry, e.g. NCT01602380, 2008-008698-69, 2024-519655-28-00")
    trials.add_argument("--corpus", help=_CORPUS_HELP)
    trials.add_argument("--no-corpus", action="store_true",
                        help="do not look in saved records, ask the registries only (e.g. --no-corpus)")
    trials.add_argument("--offline", action="store_true", help=_OFFLINE_HELP)
    _format(trials)
    trials.set_defaults(func=_cmd_trials)

    cw = _sub(sub, "crosswalk", "identity table: NCT ↔ EU CT ↔ EudraCT ↔ other registries, with evidence",
              "trialink crosswalk --linked --evidence")
    cw.add_argument("files", nargs="*", metavar="FILE",
                    help="record files or folders (default: the corpus), e.g. ctis/ euctr/")
    cw.add_argument("--corpus", help=_CORPUS_HELP)
    cw.add_argument("--linked", action="store_true",
                    help="only trials known under more than one ID or from more than one record (e.g. --linked)")
    cw.add_argument("--evidence", action="store_true",
                    help="one row per merge instead of one per trial (e.g. --evidence)")
    _format(cw)
    cw.set_defaults(func=_cmd_crosswalk)

    pubs = _sub(sub, "pubs", "publications table for PMIDs, DOIs and PMCIDs (saved records first, then PubMed "
                "for PMIDs and Europe PMC for DOIs and PMCIDs); requested_id says which ID each row answers",
                "trialink pubs 22663011 10.1056/NEJMoa1203421 --offline")
    pubs.add_argument("ids", nargs="+", metavar="ID",
                      help="PMIDs, DOIs or PMCIDs, e.g. 22663011, 10.1056/NEJMoa1203421, PMC3500000")
    pubs.add_argument("--corpus", help=_CORPUS_HELP)
    pubs.add_argument("--no-corpus", action="store_true",
                      help="do not look in saved records, ask PubMed / Europe PMC only (e.g. --no-corpus)")
    pubs.add_argument("--offline", action="store_true", help=_OFFLINE_HELP)
    _format(pubs)
    pubs.set_defaults(func=_cmd_pubs)

    lk = _sub(sub, "link", "registry ↔ publication links with evidence, in both directions, from saved records "
              "(a trial's references, an article's registry numbers); never uses the network",
              "trialink link NCT01602380 22663011")
    lk.add_argument("ids", nargs="*", metavar="ID",
                    help="only links of these trial IDs (any registry), PMIDs or DOIs; each must match a link "
                         "(default: every link), e.g. NCT01602380 22663011")
    lk.add_argument("--corpus", help=_CORPUS_HELP)
    lk.add_argument("--no-fuzzy", action="store_true",
                    help="only links with ID evidence, no title/acronym candidates (e.g. --no-fuzzy)")
    _format(lk)
    lk.set_defaults(func=_cmd_link)

    outcomes = _sub(sub, "outcomes", "estimates (HR, OR, medians…) from text or from registry records, every "
                    "Estimate field (value_text, direction, population, record…); never uses the network",
                    "trialink outcomes --records ctgov/legacy_xml/NCT01602380.xml --format json")
    outcomes.add_argument("file", nargs="?",
                          help="plain text file, or - for standard input (default), e.g. abstract.txt")
    outcomes.add_argument("--records", nargs="+", metavar="FILE",
                          help="read registry / PubMed record files or folders instead of text, "
                               "e.g. --records ctgov/legacy_xml/")
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
    s_aact.add_argument("source", metavar="ZIP",
                        help="AACT flat-file zip, or a folder of its .txt tables, e.g. aact_flatfiles.zip")
    s_aact.add_argument("--tables", nargs="+", metavar="TABLE", help="only these AACT tables, e.g. studies outcomes")
    s_aact.add_argument("--show-rejected", type=int, default=20, metavar="N",
                        help="rejected rows to print (default 20), e.g. --show-rejected 5")
    s_aact.add_argument("--derive", action="store_true",
                        help="build every study's Trial and typed tables now (default: on first read by a writer), "
                             "e.g. --derive to build at import rather than at the first query")
    s_sql = ssub.add_parser("sql", help="run a SQL query on the store (read-only)")
    s_sql.add_argument("query", help='SQL, e.g. "SELECT trial_id, phase FROM trials LIMIT 5"')
    _format(s_sql)
    ssub.add_parser("info", help="counts per registry and source format, schema version (JSON)")
    store.set_defaults(func=_cmd_store)

    scan = _sub(sub, "scan-pubmed", "scan PubMed baseline/update files for registry numbers (every core, or a Dask "
                "cluster); never uses the network", "trialink scan-pubmed pubmed25n0001.xml.gz --workers 2")
    scan.add_argument("files", nargs="+", metavar="FILE",
                      help="baseline files, then update files, in order, e.g. pubmed25n0001.xml.gz")
    scan.add_argument("--workers", type=int,
                      help="local worker processes (default: every core; 1: this process), e.g. --workers 2")
    scan.add_argument("--dask", metavar="ADDRESS",
                      help="run on a Dask cluster (scheduler address), e.g. --dask tcp://host:8786")
    scan.add_argument("--out", metavar="DIR",
                      help="write one Parquet part per file here; a re-run resumes, e.g. --out scan_parts/")
    scan.add_argument("--quiet", action="store_true", help="no progress bar (e.g. --quiet)")
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
