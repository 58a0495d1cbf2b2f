"""AACT flat files (all of ClinicalTrials.gov as pipe-delimited tables): DuckDB reader and Trial builder.

The exporter's dialect, stated to DuckDB's ``read_csv`` rather than sniffed
---------------------------------------------------------------------------
AACT writes each table with PostgreSQL ``COPY … TO STDOUT WITH DELIMITER '|' CSV HEADER``
and then rewrites every row: doubled quotes ``""`` are deleted, and each line break
inside a value (with the whitespace character after it) becomes ``~``. So the files are:
``|``-separated, a header line, ``"``-quoted values where a value holds ``|`` (PostgreSQL
CSV quoting), an empty field is NULL (an empty string cannot be told from NULL), booleans
``t`` / ``f``, and ``~`` where the registry text had a line break (a real ``~`` in the text
looks the same: only long free-text fields are turned back into line breaks here).
Column types come from AACT's schema (``db/structure.sql``, schema ``ctgov``): ``integer``
→ INTEGER, ``numeric`` / ``double precision`` → DOUBLE, ``date`` → DATE, ``boolean`` →
BOOLEAN, text → VARCHAR. The ``*_raw`` text columns (``p_value_raw = "<0.001"``) are kept
beside the numbers. A row that does not fit (missing columns, a number that is not one)
is rejected by DuckDB, counted and reported with its line — never dropped silently.

AACT rows become the nested dict a ClinicalTrials.gov v2 study has, and the v2 parser
builds the :class:`~trialink.Trial` from it, so AACT trials get the same endpoint and
orientation logic as registry JSON.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
import warnings
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pandas as pd

from trialink.errors import DataQualityWarning, ParseError
from trialink.model import Provenance, Trial
from trialink.sources.ctgov import parse_v2_study

if TYPE_CHECKING:
    from trialink.store import AddResult, Store

__all__ = ["AACT_FORMAT", "AACT_TYPES", "AactImport", "AactRead", "aact_read_csv_sql", "import_aact", "read_aact",
           "study_from_rows", "trial_from_rows"]

AACT_FORMAT = "aact"
"""``source_format`` of trials built from AACT rows; their stored document is the study's rows as
JSON (``{"table": [row, …]}``)."""

_V, _T, _I, _N, _D, _B = "VARCHAR", "VARCHAR", "INTEGER", "DOUBLE", "DATE", "BOOLEAN"

# Column types of the AACT tables trialink reads (AACT db/structure.sql, schema ctgov).
AACT_TYPES: dict[str, dict[str, str]] = {
    "studies": {
        "nct_id": _V, "nlm_download_date_description": _V, "study_first_submitted_date": _D,
        "results_first_submitted_date": _D, "disposition_first_submitted_date": _D,
        "last_update_submitted_date": _D, "study_first_submitted_qc_date": _D, "study_first_posted_date": _D,
        "study_first_posted_date_type": _V, "results_first_submitted_qc_date": _D, "results_first_posted_date": _D,
        "results_first_posted_date_type": _V, "disposition_first_submitted_qc_date": _D,
        "disposition_first_posted_date": _D, "disposition_first_posted_date_type": _V,
        "last_update_submitted_qc_date": _D, "last_update_posted_date": _D, "last_update_posted_date_type": _V,
        "start_month_year": _V, "start_date_type": _V, "start_date": _D, "verification_month_year": _V,
        "verification_date": _D, "completion_month_year": _V, "completion_date_type": _V, "completion_date": _D,
        "primary_completion_month_year": _V, "primary_completion_date_type": _V, "primary_completion_date": _D,
        "target_duration": _V, "study_type": _V, "acronym": _V, "baseline_population": _T, "brief_title": _T,
        "official_title": _T, "overall_status": _V, "last_known_status": _V, "phase": _V, "enrollment": _I,
        "enrollment_type": _V, "source": _V, "limitations_and_caveats": _V, "number_of_arms": _I,
        "number_of_groups": _I, "why_stopped": _V, "has_expanded_access": _B, "expanded_access_type_individual": _B,
        "expanded_access_type_intermediate": _B, "expanded_access_type_treatment": _B, "has_dmc": _B,
        "is_fda_regulated_drug": _B, "is_fda_regulated_device": _B, "is_unapproved_device": _B, "is_ppsd": _B,
        "is_us_export": _B, "biospec_retention": _V, "biospec_description": _T, "ipd_time_frame": _V,
        "ipd_access_criteria": _V, "ipd_url": _V, "plan_to_share_ipd": _V, "plan_to_share_ipd_description": _V,
        "created_at": "TIMESTAMP", "updated_at": "TIMESTAMP", "source_class": _V, "delayed_posting": _V,
        "expanded_access_nctid": _V, "expanded_access_status_for_nctid": _V, "fdaaa801_violation": _B,
        "baseline_type_units_analyzed": _V, "patient_registry": _B,
    },
    "designs": {
        "id": _I, "nct_id": _V, "allocation": _V, "intervention_model": _V, "observational_model": _V,
        "primary_purpose": _V, "time_perspective": _V, "masking": _V, "masking_description": _T,
        "intervention_model_description": _T, "subject_masked": _B, "caregiver_masked": _B,
        "investigator_masked": _B, "outcomes_assessor_masked": _B,
    },
    "design_groups": {"id": _I, "nct_id": _V, "group_type": _V, "title": _V, "description": _T},
    "interventions": {"id": _I, "nct_id": _V, "intervention_type": _V, "name": _V, "description": _T},
    "design_group_interventions": {"id": _I, "nct_id": _V, "design_group_id": _I, "intervention_id": _I},
    "intervention_other_names": {"id": _I, "nct_id": _V, "intervention_id": _I, "name": _V},
    "conditions": {"id": _I, "nct_id": _V, "name": _V, "downcase_name": _V},
    "keywords": {"id": _I, "nct_id": _V, "name": _V, "downcase_name": _V},
    "design_outcomes": {"id": _I, "nct_id": _V, "outcome_type": _V, "measure": _T, "time_frame": _T,
                        "population": _V, "description": _T},
    "sponsors": {"id": _I, "nct_id": _V, "agency_class": _V, "lead_or_collaborator": _V, "name": _V},
    "countries": {"id": _I, "nct_id": _V, "name": _V, "removed": _B},
    "id_information": {"id": _I, "nct_id": _V, "id_source": _V, "id_value": _V, "id_type": _V,
                       "id_type_description": _V, "id_link": _V},
    "study_references": {"id": _I, "nct_id": _V, "pmid": _V, "reference_type": _V, "citation": _T},
    "result_groups": {"id": _I, "nct_id": _V, "ctgov_group_code": _V, "result_type": _V, "title": _V,
                      "description": _T},
    "outcomes": {"id": _I, "nct_id": _V, "outcome_type": _V, "title": _T, "description": _T, "time_frame": _T,
                 "population": _T, "anticipated_posting_date": _D, "anticipated_posting_month_year": _V,
                 "units": _V, "units_analyzed": _V, "dispersion_type": _V, "param_type": _V},
    "outcome_measurements": {
        "id": _I, "nct_id": _V, "outcome_id": _I, "result_group_id": _I, "ctgov_group_code": _V,
        "classification": _V, "category": _V, "title": _V, "description": _T, "units": _V, "param_type": _V,
        "param_value": _V, "param_value_num": _N, "dispersion_type": _V, "dispersion_value": _V,
        "dispersion_value_num": _N, "dispersion_lower_limit": _N, "dispersion_upper_limit": _N,
        "explanation_of_na": _T, "dispersion_upper_limit_raw": _V, "dispersion_lower_limit_raw": _V,
    },
    "outcome_counts": {"id": _I, "nct_id": _V, "outcome_id": _I, "result_group_id": _I, "ctgov_group_code": _V,
                       "scope": _V, "units": _V, "count": _I},
    "outcome_analyses": {
        "id": _I, "nct_id": _V, "outcome_id": _I, "non_inferiority_type": _V, "non_inferiority_description": _T,
        "param_type": _V, "param_value": _N, "dispersion_type": _V, "dispersion_value": _N,
        "p_value_modifier": _V, "p_value": _N, "ci_n_sides": _V, "ci_percent": _N, "ci_lower_limit": _N,
        "ci_upper_limit": _N, "ci_upper_limit_na_comment": _V, "p_value_description": _V, "method": _V,
        "method_description": _T, "estimate_description": _T, "groups_description": _T,
        "other_analysis_description": _T, "ci_upper_limit_raw": _V, "ci_lower_limit_raw": _V, "p_value_raw": _V,
    },
    "outcome_analysis_groups": {"id": _I, "nct_id": _V, "outcome_analysis_id": _I, "result_group_id": _I,
                                "ctgov_group_code": _V},
}

# Free text where AACT's "~" stands for a line break (turned back when building the study).
_MULTILINE = {"description", "population", "citation", "estimate_description", "groups_description",
              "method_description", "explanation_of_na", "why_stopped", "non_inferiority_description",
              "other_analysis_description", "masking_description", "intervention_model_description"}

# Tables a trial is built from, and the table each one is keyed on.
_STUDY_TABLES = ("designs", "design_groups", "interventions", "design_group_interventions",
                 "intervention_other_names", "conditions", "keywords", "design_outcomes", "sponsors", "countries",
                 "id_information", "study_references", "result_groups", "outcomes", "outcome_measurements",
                 "outcome_counts", "outcome_analyses", "outcome_analysis_groups")


def _quote(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def _header(path: Path) -> list[str]:
    with path.open("rb") as fh:
        line = fh.readline().decode("utf-8", "replace").rstrip("\r\n")
    return [c.strip() for c in line.split("|")]


def aact_read_csv_sql(path: str | os.PathLike[str], table: str, *, rejects: str | None = None) -> str:
    """The DuckDB ``read_csv(…)`` expression that reads one AACT file with the exporter's dialect
    and AACT's column types (columns in the file's own header order; unknown columns as VARCHAR).

    Parameters
    ----------
    path : path
        An AACT ``<table>.txt`` file.
    table : str
        The AACT table name (``outcome_analyses``); selects the column types.
    rejects : str, optional
        Name of a DuckDB table to receive rejected rows (``store_rejects``).
    """
    p = Path(path)
    types = AACT_TYPES.get(table, {})
    cols = _header(p)
    if not cols or cols == [""]:
        raise ParseError("empty AACT file: no header line", problem="empty", source=str(p))
    spec = "{" + ", ".join(f"{_quote(c)}: {_quote(types.get(c, 'VARCHAR'))}" for c in cols) + "}"
    rej = (f", store_rejects = true, rejects_table = {_quote(rejects)}, rejects_scan = {_quote(rejects + '_scan')}"
           if rejects else "")
    return (f"read_csv({_quote(str(p))}, delim = '|', quote = '\"', escape = '\"', header = true, "
            f"nullstr = '', auto_detect = false, columns = {spec}, dateformat = '%Y-%m-%d', "
            f"strict_mode = false, parallel = true{rej})")


@dataclass
class AactRead:
    """What :func:`read_aact` loaded.

    Attributes
    ----------
    tables : dict of str to int
        Rows loaded per AACT table (DuckDB table ``aact_<name>``).
    rejected : pandas.DataFrame
        One row per rejected line: ``table``, ``line`` (1-based, header = 1), ``error_type``
        (``MISSING COLUMNS``, ``CAST``, ``TOO MANY COLUMNS``, ``UNQUOTED VALUE``…),
        ``column``, ``message``, ``csv_line`` (the line as read).
    untyped : list of str
        Tables whose column types trialink does not know (read as text).
    """

    tables: dict[str, int] = field(default_factory=dict)
    rejected: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(
        columns=["table", "line", "error_type", "column", "message", "csv_line"]))
    untyped: list[str] = field(default_factory=list)

    @property
    def n_rejected(self) -> dict[str, int]:
        """Rejected rows per table."""
        if not len(self.rejected):
            return {}
        return {str(k): int(v) for k, v in self.rejected.groupby("table")["line"].nunique().items()}


def _table_name(stem: str) -> str:
    """The AACT table a file holds: its name, or the longest table name it starts with
    (``outcomes_NCT05594173`` → ``outcomes``)."""
    if stem in AACT_TYPES:
        return stem
    known = [t for t in AACT_TYPES if stem.startswith(t + "_")]
    return max(known, key=len) if known else stem


def _members(src: Path, tmp: Path) -> Iterator[tuple[str, Path]]:
    """``(table, file)`` for each AACT ``.txt`` file of a folder or zip (zip members extracted one at
    a time into ``tmp`` and deleted after use, so disk use stays at one table)."""
    if src.is_dir():
        for f in sorted(src.glob("*.txt")):
            yield _table_name(f.stem), f
        return
    if not src.exists():
        raise FileNotFoundError(f"no such file or folder: {src}")
    if src.suffix == ".txt":
        yield _table_name(src.stem), src
        return
    if not zipfile.is_zipfile(src):
        raise ParseError("not an AACT extract: expected a folder, a .zip or a .txt table",
                         problem="unsupported_format", source=str(src))
    with zipfile.ZipFile(src) as zf:
        for info in zf.infolist():
            name = Path(info.filename)
            if info.is_dir() or name.suffix != ".txt":
                continue
            out = tmp / name.name
            with zf.open(info) as fin, out.open("wb") as fout:
                shutil.copyfileobj(fin, fout, 1 << 20)
            try:
                yield _table_name(name.stem), out
            finally:
                out.unlink(missing_ok=True)


def read_aact(zip_or_folder: str | os.PathLike[str], con: duckdb.DuckDBPyConnection, *,
              tables: list[str] | None = None, prefix: str = "aact_") -> AactRead:
    """Load AACT flat files into DuckDB tables ``<prefix><table>`` (replacing them).

    Parameters
    ----------
    zip_or_folder : path
        The AACT flat-file zip, a folder of its ``.txt`` files, or one ``.txt`` file.
    con : duckdb.DuckDBPyConnection
        Where the tables go (a :class:`~trialink.store.Store`'s ``connection``, or
        ``duckdb.connect()``).
    tables : list of str, optional
        Only these AACT tables (default: every ``.txt`` file).

    Returns
    -------
    AactRead
        Rows per table, every rejected row with its reason; a :class:`DataQualityWarning`
        says how many rows were rejected.
    """
    src = Path(zip_or_folder)
    out = AactRead()
    rejected: list[pd.DataFrame] = []
    # Rows are ordered by (nct_id, id) when read back, so DuckDB need not keep file order while
    # loading: it can stream instead of buffering. No progress bar on stdout (the CLI prints JSON).
    con.execute("SET preserve_insertion_order = false")
    con.execute("SET enable_progress_bar = false")
    with tempfile.TemporaryDirectory(prefix="trialink-aact-") as tmp:
        for table, path in _members(src, Path(tmp)):
            if tables is not None and table not in tables:
                continue
            if table not in AACT_TYPES:
                out.untyped.append(table)
            rej = f"_rej_{table}"
            con.execute(f'CREATE OR REPLACE TABLE "{prefix}{table}" AS SELECT * FROM '
                        f"{aact_read_csv_sql(path, table, rejects=rej)}")
            out.tables[table] = int(con.execute(f'SELECT count(*) FROM "{prefix}{table}"').fetchall()[0][0])
            r = con.execute(f"""SELECT {_quote(table)} AS "table", line, error_type, column_name AS "column",
                                       error_message AS message, csv_line
                                FROM "{rej}" ORDER BY line""").df()
            con.execute(f'DROP TABLE IF EXISTS "{rej}"')
            con.execute(f'DROP TABLE IF EXISTS "{rej}_scan"')
            if len(r):
                # One reject row per faulty column: keep one per line, the first reason.
                rejected.append(r.drop_duplicates(["table", "line"]))
    if rejected:
        out.rejected = pd.concat(rejected, ignore_index=True).astype(
            {"table": "string", "line": "Int64", "error_type": "string", "column": "string", "message": "string",
             "csv_line": "string"})
        warnings.warn(f"AACT rows rejected (kept in .rejected): {out.n_rejected}", DataQualityWarning, stacklevel=2)
    return out


# ---------------------------------------------------------------------------
# AACT rows -> the v2 study dict -> Trial
# ---------------------------------------------------------------------------


def _txt(v: Any, col: str = "") -> Any:
    if isinstance(v, str) and col in _MULTILINE:
        return v.replace("~", "\n")
    return v


def _num(v: Any) -> str | None:
    """A number as text the v2 parser reads (``0.72``, ``95``)."""
    if v is None:
        return None
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _iso(v: Any) -> str | None:
    return None if v is None else str(v)[:10]


def _intervention_label(kind: str | None, name: str) -> str:
    # v2 armGroups[].interventionNames read "Drug: Fulvestrant": the type as words, then the name.
    return f"{kind.replace('_', ' ').title()}: {name}" if kind else name


def study_from_rows(rows: Mapping[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The ClinicalTrials.gov v2 study dict that one study's AACT rows stand for.

    Parameters
    ----------
    rows : dict of str to list of dict
        AACT table name → that study's rows (column → value), in AACT ``id`` order;
        ``studies`` holds one row.

    Returns
    -------
    dict
        ``protocolSection`` (identification, status, design, arms and interventions,
        conditions, registered outcomes, sponsors, locations' countries, references) and,
        when results are posted, ``resultsSection.outcomeMeasuresModule`` with each
        measure's groups, denominators, measurements and analyses (``paramType``,
        ``paramValue``, ``ciLowerLimit`` / ``ciUpperLimit`` from the ``*_raw`` text,
        ``pValue`` from ``p_value_raw``, ``estimateComment``, ``groupDescription``,
        ``groupIds`` in AACT order). Fields AACT does not keep (``versionHolder``) are absent.
    """
    st = (rows.get("studies") or [{}])[0]
    if not st.get("nct_id"):
        raise ParseError("AACT study without nct_id", problem="missing_field", source="aact", field="studies.nct_id")
    g = {k: rows.get(k) or [] for k in _STUDY_TABLES}
    ident: dict[str, Any] = {"nctId": st["nct_id"], "briefTitle": st.get("brief_title"),
                             "officialTitle": st.get("official_title"), "acronym": st.get("acronym")}
    aliases = [r["id_value"] for r in g["id_information"] if r.get("id_source") == "nct_alias"]
    if aliases:
        ident["nctIdAliases"] = aliases
    org = next((r for r in g["id_information"] if r.get("id_source") == "org_study_id"), None)
    if org:
        ident["orgStudyIdInfo"] = {"id": org.get("id_value")}
    ident["secondaryIdInfos"] = [
        {k: v for k, v in (("id", r.get("id_value")), ("type", r.get("id_type")),
                           ("domain", r.get("id_type_description"))) if v is not None}
        for r in g["id_information"] if r.get("id_source") == "secondary_id"]
    status: dict[str, Any] = {"overallStatus": st.get("overall_status"), "whyStopped": _txt(st.get("why_stopped"),
                                                                                           "why_stopped")}
    for key, col in (("startDateStruct", "start_month_year"), ("primaryCompletionDateStruct",
                                                              "primary_completion_month_year"),
                     ("completionDateStruct", "completion_month_year")):
        if st.get(col):
            status[key] = {"date": st[col]}
    for key, col in (("studyFirstPostDateStruct", "study_first_posted_date"),
                     ("resultsFirstPostDateStruct", "results_first_posted_date"),
                     ("lastUpdatePostDateStruct", "last_update_posted_date")):
        if st.get(col):
            status[key] = {"date": _iso(st[col])}
    d = (g["designs"] or [{}])[0]
    who = [w for w, col in (("PARTICIPANT", "subject_masked"), ("CARE_PROVIDER", "caregiver_masked"),
                            ("INVESTIGATOR", "investigator_masked"), ("OUTCOMES_ASSESSOR", "outcomes_assessor_masked"))
           if d.get(col)]
    mask = {k: v for k, v in (("masking", d.get("masking")), ("whoMasked", who or None)) if v is not None}
    design: dict[str, Any] = {
        "studyType": st.get("study_type"),
        "phases": st["phase"].split("/") if st.get("phase") else [],
        "designInfo": {k: v for k, v in (("allocation", d.get("allocation")),
                                         ("interventionModel", d.get("intervention_model")),
                                         ("primaryPurpose", d.get("primary_purpose")),
                                         ("maskingInfo", mask or None)) if v is not None},
        "enrollmentInfo": {k: v for k, v in (("count", st.get("enrollment")), ("type", st.get("enrollment_type")))
                           if v is not None},
    }
    groups_by_id = {r["id"]: r for r in g["design_groups"]}
    inter_by_id = {r["id"]: r for r in g["interventions"]}
    arm_names: dict[Any, list[str]] = {}
    labels: dict[Any, list[str]] = {}
    for link in g["design_group_interventions"]:
        i, a = inter_by_id.get(link.get("intervention_id")), groups_by_id.get(link.get("design_group_id"))
        if i is None or a is None:
            continue
        arm_names.setdefault(a["id"], []).append(_intervention_label(i.get("intervention_type"), i.get("name") or ""))
        labels.setdefault(i["id"], []).append(a.get("title") or "")
    other_names: dict[Any, list[str | None]] = {}
    for r in g["intervention_other_names"]:
        other_names.setdefault(r.get("intervention_id"), []).append(r.get("name"))
    arms_mod = {
        "armGroups": [{"label": a.get("title"), "type": a.get("group_type"),
                       "description": _txt(a.get("description"), "description"),
                       "interventionNames": arm_names.get(a["id"], [])} for a in g["design_groups"]],
        "interventions": [{"type": i.get("intervention_type"), "name": i.get("name"),
                           "description": _txt(i.get("description"), "description"),
                           "otherNames": other_names.get(i["id"], []), "armGroupLabels": labels.get(i["id"], [])}
                          for i in g["interventions"]],
    }
    outcomes_mod: dict[str, list[dict[str, Any]]] = {}
    for r in g["design_outcomes"]:
        kind = (r.get("outcome_type") or "").lower()
        if kind in ("primary", "secondary", "other"):
            outcomes_mod.setdefault(f"{kind}Outcomes", []).append(
                {"measure": r.get("measure"), "timeFrame": r.get("time_frame"),
                 "description": _txt(r.get("description"), "description")})
    lead = next((r for r in g["sponsors"] if r.get("lead_or_collaborator") == "lead"), None)
    sponsors = {"leadSponsor": {"name": lead.get("name"), "class": lead.get("agency_class")} if lead else {},
                "collaborators": [{"name": r.get("name"), "class": r.get("agency_class")} for r in g["sponsors"]
                                  if r.get("lead_or_collaborator") == "collaborator"]}
    protocol = {
        "identificationModule": ident, "statusModule": status, "designModule": design,
        "armsInterventionsModule": arms_mod, "outcomesModule": outcomes_mod,
        "conditionsModule": {"conditions": [r.get("name") for r in g["conditions"]],
                             "keywords": [r.get("name") for r in g["keywords"]]},
        "sponsorCollaboratorsModule": sponsors,
        "contactsLocationsModule": {"locations": [{"country": r.get("name")} for r in g["countries"]
                                                  if not r.get("removed")]},
        "referencesModule": {"references": [
            {k: v for k, v in (("pmid", r.get("pmid")), ("type", r.get("reference_type")),
                               ("citation", _txt(r.get("citation"), "citation"))) if v is not None}
            for r in g["study_references"]]},
    }
    study: dict[str, Any] = {"protocolSection": protocol}
    has_results = bool(st.get("results_first_posted_date")) or bool(g["outcomes"])
    study["hasResults"] = has_results
    if g["outcomes"]:
        study["resultsSection"] = {"outcomeMeasuresModule": {"outcomeMeasures": _measures(g)}}
    return study


def _measures(g: Mapping[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    titles = {r["id"]: r for r in g["result_groups"]}
    by_code_outcome: dict[str, str] = {}
    for r in g["result_groups"]:
        if r.get("result_type") == "Outcome" and r.get("ctgov_group_code"):
            by_code_outcome.setdefault(r["ctgov_group_code"], r.get("title") or r["ctgov_group_code"])

    def title(code: str, rg_id: Any) -> str:
        r = titles.get(rg_id)
        return (r.get("title") if r and r.get("title") else None) or by_code_outcome.get(code, code)

    meas: dict[Any, list[dict[str, Any]]] = {}
    for r in g["outcome_measurements"]:
        meas.setdefault(r.get("outcome_id"), []).append(r)
    counts: dict[Any, list[dict[str, Any]]] = {}
    for r in g["outcome_counts"]:
        counts.setdefault(r.get("outcome_id"), []).append(r)
    analyses: dict[Any, list[dict[str, Any]]] = {}
    for r in g["outcome_analyses"]:
        analyses.setdefault(r.get("outcome_id"), []).append(r)
    agroups: dict[Any, list[dict[str, Any]]] = {}
    for r in g["outcome_analysis_groups"]:
        agroups.setdefault(r.get("outcome_analysis_id"), []).append(r)

    out = []
    for o in g["outcomes"]:
        oid = o["id"]
        groups: dict[str, str] = {}
        for r in [*meas.get(oid, []), *counts.get(oid, []),
                  *(x for a in analyses.get(oid, []) for x in agroups.get(a["id"], []))]:
            code = r.get("ctgov_group_code")
            if code and code not in groups:
                groups[code] = title(code, r.get("result_group_id"))
        classes: list[dict[str, Any]] = []
        index: dict[tuple[Any, Any], list[dict[str, Any]]] = {}
        for r in meas.get(oid, []):
            cls_key = r.get("classification")
            cls = next((c for c in classes if c.get("title") == cls_key), None)
            if cls is None:
                cls = {"title": cls_key, "categories": []} if cls_key is not None else {"categories": []}
                classes.append(cls)
            key = (cls_key, r.get("category"))
            if key not in index:
                cat: dict[str, Any] = {"measurements": []}
                if r.get("category") is not None:
                    cat = {"title": r.get("category"), **cat}
                cls["categories"].append(cat)
                index[key] = cat["measurements"]
            index[key].append({k: v for k, v in (
                ("groupId", r.get("ctgov_group_code")), ("value", r.get("param_value")),
                ("lowerLimit", r.get("dispersion_lower_limit_raw") if r.get("dispersion_lower_limit_raw") is not None
                 else _num(r.get("dispersion_lower_limit"))),
                ("upperLimit", r.get("dispersion_upper_limit_raw") if r.get("dispersion_upper_limit_raw") is not None
                 else _num(r.get("dispersion_upper_limit"))),
                ("comment", _txt(r.get("explanation_of_na"), "explanation_of_na"))) if v is not None})
        denoms: list[dict[str, Any]] = []
        for r in counts.get(oid, []):
            units = r.get("units")
            den = next((x for x in denoms if x["units"] == units), None)
            if den is None:
                den = {"units": units, "counts": []}
                denoms.append(den)
            den["counts"].append({"groupId": r.get("ctgov_group_code"), "value": _num(r.get("count"))})
        an = []
        for a in analyses.get(oid, []):
            p_raw = a.get("p_value_raw")
            if p_raw is None and a.get("p_value") is not None:
                p_raw = f"{a.get('p_value_modifier') or ''}{_num(a['p_value'])}"
            an.append({k: v for k, v in (
                ("groupIds", [x.get("ctgov_group_code") for x in agroups.get(a["id"], [])]),
                ("paramType", a.get("param_type")), ("paramValue", _num(a.get("param_value"))),
                ("ciPctValue", _num(a.get("ci_percent"))), ("ciNumSides", a.get("ci_n_sides")),
                ("ciLowerLimit", a.get("ci_lower_limit_raw") if a.get("ci_lower_limit_raw") is not None
                 else _num(a.get("ci_lower_limit"))),
                ("ciUpperLimit", a.get("ci_upper_limit_raw") if a.get("ci_upper_limit_raw") is not None
                 else _num(a.get("ci_upper_limit"))),
                ("pValue", p_raw), ("statisticalMethod", a.get("method")),
                ("estimateComment", _txt(a.get("estimate_description"), "estimate_description")),
                ("groupDescription", _txt(a.get("groups_description"), "groups_description")),
                ("nonInferiorityType", a.get("non_inferiority_type"))) if v is not None})
        out.append({k: v for k, v in (
            ("type", o.get("outcome_type")), ("title", o.get("title")),
            ("description", _txt(o.get("description"), "description")), ("timeFrame", o.get("time_frame")),
            ("populationDescription", _txt(o.get("population"), "population")),
            ("paramType", o.get("param_type")), ("dispersionType", o.get("dispersion_type")),
            ("unitOfMeasure", o.get("units")),
            ("groups", [{"id": c, "title": t} for c, t in sorted(groups.items())]),
            ("denoms", denoms), ("classes", classes), ("analyses", an)) if v is not None})
    return out


def trial_from_rows(rows: Mapping[str, list[dict[str, Any]]], *, source: str | None = None) -> Trial:
    """A :class:`~trialink.Trial` from one study's AACT rows (see :func:`study_from_rows`);
    provenance ``source_format="aact"`` (AACT keeps no record version: ``record_version`` None)."""
    study = study_from_rows(rows)
    t = parse_v2_study(study, source=source)
    return dataclasses.replace(t, provenance=Provenance(AACT_FORMAT, None, source))


# ---------------------------------------------------------------------------
# Streaming every study's rows out of the loaded tables (one sorted pass per table)
# ---------------------------------------------------------------------------


class _Cursor:
    """Rows of one table in (nct_id, id) order, handed out study by study."""

    def __init__(self, con: duckdb.DuckDBPyConnection, table: str, has_id: bool, only: str | None = None) -> None:
        order = "nct_id, id" if has_id else "nct_id"
        where = f'nct_id IN (SELECT record_id FROM "{only}")' if only else "nct_id IS NOT NULL"
        self._reader = con.sql(f'SELECT * FROM "{table}" WHERE {where} ORDER BY {order}') \
            .to_arrow_reader(50_000)
        self._rows: list[dict[str, Any]] = []
        self._pos = 0
        self._done = False

    def _fill(self) -> bool:
        while self._pos >= len(self._rows):
            if self._done:
                return False
            try:
                batch = self._reader.read_next_batch()
            except StopIteration:
                self._done = True
                return False
            self._rows, self._pos = batch.to_pylist(), 0
        return True

    def take(self, nct: str) -> list[dict[str, Any]]:
        out = []
        while self._fill():
            r = self._rows[self._pos]
            if r["nct_id"] < nct:
                self._pos += 1
                continue
            if r["nct_id"] != nct:
                break
            out.append(r)
            self._pos += 1
        return out


def iter_study_rows(con: duckdb.DuckDBPyConnection, prefix: str = "aact_", *,
                    only: str | None = None) -> Iterator[dict[str, list[dict[str, Any]]]]:
    """Each study's rows (``{table: [row, …]}``) from tables loaded by :func:`read_aact`, in NCT
    order, reading every table once (memory holds one Arrow batch per table). ``only`` names a
    table whose ``record_id`` column lists the studies wanted."""
    have = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    if f"{prefix}studies" not in have:
        return
    cursors = {}
    for t in ("studies", *_STUDY_TABLES):
        name = f"{prefix}{t}"
        if name in have:
            cols = {r[0] for r in con.execute(f"DESCRIBE \"{name}\"").fetchall()}
            cursors[t] = _Cursor(con.cursor(), name, "id" in cols, only)
    studies = cursors.pop("studies")
    while studies._fill():
        nct = studies._rows[studies._pos]["nct_id"]
        rows = {"studies": studies.take(nct)}
        for t, c in cursors.items():
            rows[t] = c.take(nct)
        yield rows


@dataclass
class AactImport:
    """What :func:`import_aact` did.

    Attributes
    ----------
    read : AactRead
        Rows loaded per table and the rejected rows with their reasons.
    added : AddResult
        Trials inserted / updated / unchanged in the store, and studies rejected (with why).
    store : Store
        The store written to.
    """

    read: AactRead
    added: AddResult
    store: Store

    def summary(self) -> pd.DataFrame:
        """One row per AACT table: ``table``, ``rows`` (loaded), ``rejected`` (Int64)."""
        rej = self.read.n_rejected
        names = sorted(set(self.read.tables) | set(rej))
        return pd.DataFrame({"table": names, "rows": [self.read.tables.get(n, 0) for n in names],
                             "rejected": [rej.get(n, 0) for n in names]}).astype(
            {"table": "string", "rows": "Int64", "rejected": "Int64"})

    def to_dict(self, *, max_rejected: int = 20) -> dict[str, Any]:
        """A JSON-ready summary (what ``trialink store import-aact`` prints): ``tables`` (rows
        loaded and rejected per AACT table), ``studies`` (the store's counts) and the first
        ``max_rejected`` rejected rows with their reasons (missing values as None)."""
        rejected = self.read.rejected.head(max_rejected).astype(object)
        rejected = rejected.where(rejected.notna(), None)
        return {"tables": {r.table: {"rows": int(r.rows), "rejected": int(r.rejected)}
                           for r in self.summary().itertuples()},
                "studies": self.added.counts,
                "rejected_rows": [{k: (v.date().isoformat() if isinstance(v, pd.Timestamp) else v)
                                   for k, v in row.items()} for row in rejected.to_dict("records")]}


_STAGE = "_aact_new_"


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    return {str(n): str(t) for n, t in con.execute(
        "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index",
        [table]).fetchall()}


def _merge_staged(con: duckdb.DuckDBPyConnection, staged: list[str]) -> None:
    """Move the freshly read tables ``_aact_new_<t>`` into ``aact_<t>``: renamed when the store has
    no such table yet; otherwise the rows of every study in this import are replaced (a study's
    rows that the new extract no longer has go), and other studies' rows are kept."""
    have = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    for t in staged:
        new, old = f"{_STAGE}{t}", f"aact_{t}"
        cols = _columns(con, new)
        if old not in have or "nct_id" not in cols or "nct_id" not in _columns(con, old):
            con.execute(f'DROP TABLE IF EXISTS "{old}"')
            con.execute(f'ALTER TABLE "{new}" RENAME TO "{old}"')
            continue
        left = con.execute(f'SELECT count(*) FROM "{old}" WHERE nct_id IS NULL OR nct_id NOT IN '
                           f'(SELECT record_id FROM _aact_import)').fetchall()[0][0]
        if not left:  # every study of the old table is in this import (a full extract again): swap
            con.execute(f'DROP TABLE "{old}"')
            con.execute(f'ALTER TABLE "{new}" RENAME TO "{old}"')
            continue
        known = _columns(con, old)
        for c, typ in cols.items():
            if c not in known:  # a column AACT added since the last import
                con.execute(f'ALTER TABLE "{old}" ADD COLUMN "{c}" {typ}')
        con.execute(f'DELETE FROM "{old}" WHERE nct_id IN (SELECT record_id FROM _aact_import)')
        con.execute(f'INSERT INTO "{old}" BY NAME SELECT * FROM "{new}"')
        con.execute(f'DROP TABLE "{new}"')


def _content_hash_sql(con: duckdb.DuckDBPyConnection) -> str:
    """SQL giving ``record_id, content_hash`` for every study of ``_aact_import`` that has a
    ``studies`` row: per table, the XOR of DuckDB's 64-bit hash of each of the study's rows
    (all columns, the AACT ``id`` included, so order does not matter and no two rows cancel);
    the tables' values in a fixed order, MD5-ed. Set-based: one grouped scan per table."""
    have = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    parts = []
    for k, t in enumerate(("studies", *_STUDY_TABLES)):
        name = f"aact_{t}"
        if name not in have:
            continue
        cols = _columns(con, name)
        if "nct_id" not in cols:
            continue
        args = ", ".join(f'"{c}"' for c in cols)
        parts.append(f"SELECT nct_id, {k} AS k, bit_xor(hash({args})) AS h FROM \"{name}\" "
                     f"WHERE nct_id IN (SELECT record_id FROM _aact_import) GROUP BY nct_id")
    return (f"SELECT nct_id AS record_id, "
            f"md5(string_agg(CAST(k AS VARCHAR) || ':' || CAST(h AS VARCHAR), ',' ORDER BY k)) AS content_hash "
            f"FROM ({' UNION ALL '.join(parts)}) GROUP BY nct_id "
            f"HAVING nct_id IN (SELECT nct_id FROM aact_studies)")


def import_aact(zip_or_folder: str | os.PathLike[str], store: Store | None = None, *, tables: list[str] | None = None,
                batch_size: int = 2000, derive: bool = False) -> AactImport:
    """Import an AACT flat-file extract: every table into the store (``aact_<table>``), every study
    into the store's records, set-based; its :class:`~trialink.Trial` is built when first read.

    Each table is read by DuckDB's CSV reader straight into the store (no Python per row or per
    study). A study is a record (``source_format="aact"``, ID = NCT number) whose document is its
    rows in the ``aact_*`` tables, kept as read; its content hash is computed in SQL from those
    rows, so a re-import counts it ``unchanged`` unless a row changed. A later import replaces the
    rows of the studies it holds and keeps the others. The typed tables (``trials``,
    ``estimates``…) of new or changed studies are derived from their rows through the v2 parser
    (:func:`trial_from_rows`) on first use: :meth:`Store.trials`, ``design_table``,
    ``outcome_table``, ``identities`` and :meth:`Store.sql` on a typed table derive the studies
    they need first, or call :meth:`Store.derive` (or pass ``derive=True``).

    Parameters
    ----------
    zip_or_folder : path
        AACT's daily flat-file zip (``…_export_ctgov.zip``), a folder of its ``.txt``
        tables, or one table file.
    store : Store, optional
        Default :func:`trialink.open_store` (the default store file).
    tables : list of str, optional
        Load only these AACT tables.
    batch_size : int, default 2000
        Studies per batch when their Trials are derived.
    derive : bool, default False
        Build every new or changed study's Trial and typed rows now (studies that do not make a
        Trial are then in ``.added.rejected``).

    Returns
    -------
    AactImport
        ``.read`` (rows per table, rejected rows with line and reason), ``.added``
        (inserted / updated / unchanged studies; rejected: ``studies`` rows without an NCT
        number, and with ``derive=True`` studies whose rows do not make a Trial), ``.summary()``.
    """
    from datetime import UTC, datetime

    from trialink.store import RECORD_UPSERT, TYPED_TABLES, AddResult, drop_orphan_documents, open_store, transaction

    if not isinstance(derive, bool):
        raise TypeError(f"derive must be a bool, got {derive!r}")
    if store is None:
        store = open_store()
    store._writable()
    con = store.connection
    read = read_aact(zip_or_folder, con, tables=tables, prefix=_STAGE)
    added = AddResult()
    staged = list(read.tables)
    src = str(zip_or_folder)
    try:
        # The studies this import holds: every NCT number in any of its tables.
        ncts = [f'SELECT nct_id AS record_id FROM "{_STAGE}{t}"' for t in staged
                if "nct_id" in _columns(con, _STAGE + t)]
        con.execute("CREATE OR REPLACE TEMP TABLE _aact_import (record_id VARCHAR)")
        if ncts:
            con.execute(f"INSERT INTO _aact_import SELECT DISTINCT record_id FROM ({' UNION '.join(ncts)}) "
                        f"WHERE record_id IS NOT NULL")
        if "studies" in staged:
            n_null = con.execute(f'SELECT count(*) FROM "{_STAGE}studies" WHERE nct_id IS NULL').fetchall()[0][0]
            if n_null:
                added.rejected.append(("studies", f"{n_null} AACT studies row(s) without an nct_id"))
        _merge_staged(con, staged)
        have = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        if "aact_studies" not in have:
            return AactImport(read, added, store)
        con.execute(f"CREATE OR REPLACE TEMP TABLE _aact_in AS {_content_hash_sql(con)}")
        status = con.execute("""
            SELECT i.record_id, CASE WHEN r.record_id IS NULL THEN 'inserted'
                                     WHEN r.content_hash = i.content_hash THEN 'unchanged' ELSE 'updated' END
            FROM _aact_in i LEFT JOIN records r USING (record_id) ORDER BY i.record_id""").fetchall()
        for rid, st in status:
            getattr(added, st).append(rid)
        now = datetime.now(UTC).replace(tzinfo=None)
        con.execute("""CREATE OR REPLACE TEMP TABLE _aact_changed AS
                       SELECT i.* FROM _aact_in i LEFT JOIN records r USING (record_id)
                       WHERE r.record_id IS NULL OR r.content_hash IS DISTINCT FROM i.content_hash""")
        with transaction(con):
            old_docs = [r[0] for r in con.execute(
                "SELECT DISTINCT doc_hash FROM records WHERE record_id IN (SELECT record_id FROM _aact_changed)"
            ).fetchall()]
            # An AACT study's document is its rows in the aact_* tables: doc_hash is its content hash.
            con.execute(f"""
                INSERT INTO records
                SELECT record_id, 'trial', {_sql_str(_REGISTRY)}, {_sql_str(AACT_FORMAT)}, content_hash, content_hash,
                       {_sql_str(src + "!")} || record_id, NULL, ?, ?
                FROM _aact_changed
                {RECORD_UPSERT}""", [now, now])
            for name in TYPED_TABLES:  # stale rows of changed studies go; derived again on first use
                key = "record_id_" if name == "estimates" else "record_id"
                con.execute(f'DELETE FROM "{name}" WHERE {key} IN (SELECT record_id FROM _aact_changed)')
            con.execute("""INSERT INTO pending_derivation SELECT record_id, NULL FROM _aact_changed
                           ON CONFLICT (record_id) DO UPDATE SET error = NULL""")
            drop_orphan_documents(con, old_docs)  # of records this import replaced (a v2 JSON the rows supersede)
    finally:
        for t in ("_aact_import", "_aact_in", "_aact_changed"):
            con.execute(f"DROP TABLE IF EXISTS {t}")
        for t in staged:
            con.execute(f'DROP TABLE IF EXISTS "{_STAGE}{t}"')
    if derive:
        added.rejected.extend(derive_aact(store, batch_size=batch_size))
    return AactImport(read, added, store)


_REGISTRY = "ClinicalTrials.gov"


def _sql_str(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def derive_aact(store: Store, ids: list[str] | None = None, *, batch_size: int = 2000) -> list[tuple[str, str]]:
    """Build the Trials of imported AACT studies still waiting (``pending_derivation``) and
    write their typed rows, in batches; ``ids`` limits it to these NCT numbers.

    Returns
    -------
    list of (str, str)
        ``(nct_id, reason)`` for each study whose rows do not make a Trial (kept in
        ``pending_derivation.error``, not retried until the study changes); a
        :class:`DataQualityWarning` says how many.
    """
    import pyarrow as pa

    from trialink.store import transaction

    con = store.connection
    where = " AND p.record_id IN (SELECT unnest(?))" if ids is not None else ""
    con.execute(f"""CREATE OR REPLACE TABLE _derive_now AS
                    SELECT p.record_id, r.source FROM pending_derivation p JOIN records r USING (record_id)
                    WHERE p.error IS NULL{where}""", [list(ids)] if ids is not None else None)
    failed: list[tuple[str, str]] = []
    try:
        sources = dict(con.execute("SELECT record_id, source FROM _derive_now").fetchall())
        if not sources:
            return failed
        done: set[str] = set()
        batch: list[Trial] = []

        def flush() -> None:
            if not batch:
                return
            con.register("_changed", pa.table({"record_id": pa.array([t.trial_id for t in batch], pa.string())}))
            try:
                with transaction(con):
                    store._write_typed(batch, [])
            finally:
                con.unregister("_changed")
            batch.clear()

        for rows in iter_study_rows(con, only="_derive_now"):
            nct = rows["studies"][0]["nct_id"]
            done.add(nct)
            try:
                batch.append(trial_from_rows(rows, source=sources.get(nct)))
            except (ParseError, TypeError, KeyError, AttributeError) as exc:
                failed.append((nct, f"AACT rows do not make a study: {exc}"))
                continue
            if len(batch) >= batch_size:
                flush()
        flush()
        failed += [(n, "no row in aact_studies") for n in sorted(set(sources) - done)]
        if failed:
            con.execute("UPDATE pending_derivation SET error = f.reason FROM (SELECT unnest(?) AS record_id, "
                        "unnest(?) AS reason) f WHERE pending_derivation.record_id = f.record_id",
                        [[n for n, _ in failed], [r for _, r in failed]])
            warnings.warn(f"{len(failed)} AACT studies do not make a Trial (see pending_derivation.error): "
                          f"{failed[:3]}", DataQualityWarning, stacklevel=3)
    finally:
        con.execute("DROP TABLE IF EXISTS _derive_now")
    return failed
