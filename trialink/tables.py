"""DataFrame builders: fixed columns and explicit dtypes, whatever the number of rows."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from trialink.model import Trial

__all__ = [
    "DESIGN_COLUMNS",
    "ARMS_COLUMNS",
    "REGISTERED_OUTCOMES_COLUMNS",
    "design_table",
    "arms_table",
    "registered_outcomes_table",
]

_S = "string"
_DATE = "datetime64[ns]"

DESIGN_COLUMNS: dict[str, str] = {
    "trial_id": _S, "registry": _S, "nct_id": _S, "acronym": _S, "brief_title": _S, "official_title": _S,
    "overall_status": _S, "why_stopped": _S, "phase": _S, "study_type": _S, "allocation": _S,
    "intervention_model": _S, "masking": _S, "primary_purpose": _S, "enrollment": "Int64",
    "enrollment_type": _S, "n_arms": "Int64", "arms": _S, "interventions": _S, "conditions": _S,
    "primary_outcomes": _S, "lead_sponsor": _S, "sponsor_class": _S, "start_date": _DATE,
    "primary_completion_date": _DATE, "completion_date": _DATE, "first_posted": _DATE,
    "results_first_posted": _DATE, "last_update_posted": _DATE, "countries": _S, "has_results": "boolean",
    "eudract_ids": _S, "ctis_ids": _S, "other_ids": _S, "result_pmids": _S, "source_format": _S,
    "record_version": _S, "source": _S,
}
"""Columns of :func:`design_table` and their dtypes."""

ARMS_COLUMNS: dict[str, str] = {
    "trial_id": _S, "arm_label": _S, "arm_type": _S, "description": _S, "interventions": _S,
}
REGISTERED_OUTCOMES_COLUMNS: dict[str, str] = {
    "trial_id": _S, "kind": _S, "position": "Int64", "measure": _S, "time_frame": _S, "description": _S,
}

_SEP = "; "


def _join(values: Iterable[str | None]) -> str | None:
    out = _SEP.join(v for v in values if v)
    return out or None


def _frame(rows: list[tuple[object, ...]], columns: dict[str, str]) -> pd.DataFrame:
    df = pd.DataFrame.from_records(rows, columns=list(columns)) if rows else pd.DataFrame(columns=list(columns))
    for name, dtype in columns.items():
        if dtype == _DATE:
            # Partial dates ("2012", "2012-10") fall on the first day of the period.
            df[name] = pd.to_datetime(df[name], format="ISO8601", errors="coerce").astype(_DATE)
        else:
            df[name] = df[name].astype(dtype)
    return df


def _design_row(t: Trial) -> tuple[object, ...]:
    other = [f"{s.registry}:{s.id}" for s in t.secondary_ids
             if s.registry and s.id and s.registry not in ("EudraCT", "CTIS", t.registry)]
    return (
        t.trial_id, t.registry, t.nct_id, t.acronym, t.brief_title, t.official_title, t.overall_status,
        t.why_stopped, t.phase, t.study_type, t.allocation, t.intervention_model, t.masking, t.primary_purpose,
        t.enrollment, t.enrollment_type, len(t.arms) if t.arms else None, _join(a.label for a in t.arms),
        _join(i.name for i in t.interventions), _join(t.conditions), _join(o.measure for o in t.primary_outcomes),
        t.lead_sponsor, t.sponsor_class, t.start_date, t.primary_completion_date, t.completion_date,
        t.first_posted, t.results_first_posted, t.last_update_posted, _join(t.countries), t.has_results,
        _join(t.ids_for("EudraCT")), _join(t.ids_for("CTIS")), _join(dict.fromkeys(other)),
        _join(r.pmid for r in t.references if r.type == "RESULT"), t.provenance.source_format,
        t.provenance.record_version, t.provenance.source,
    )


def design_table(trials: Iterable[Trial]) -> pd.DataFrame:
    """One row per trial: identity, design, dates, provenance.

    Parameters
    ----------
    trials : iterable of Trial
        Consumed once (a :class:`~trialink.sources._base.RecordStream` works).

    Returns
    -------
    pandas.DataFrame
        Columns (:data:`DESIGN_COLUMNS`), the same for zero rows:

        - ``trial_id``, ``registry``, ``nct_id``, ``acronym``, ``brief_title``,
          ``official_title`` (string)
        - ``overall_status``, ``why_stopped``, ``phase`` (``PHASE2/PHASE3``), ``study_type``,
          ``allocation``, ``intervention_model``, ``masking``, ``primary_purpose``
          (string, CT.gov v2 vocabulary)
        - ``enrollment`` (Int64, participants), ``enrollment_type`` (ACTUAL / ESTIMATED)
        - ``n_arms`` (Int64), ``arms``, ``interventions``, ``conditions``,
          ``primary_outcomes`` (string, ``"; "``-joined)
        - ``lead_sponsor``, ``sponsor_class`` (string)
        - ``start_date``, ``primary_completion_date``, ``completion_date``,
          ``first_posted``, ``results_first_posted``, ``last_update_posted``
          (datetime64[ns]; a month-precision date falls on the 1st)
        - ``countries`` (string), ``has_results`` (boolean)
        - ``eudract_ids``, ``ctis_ids``, ``other_ids`` (``registry:id``), ``result_pmids``
          (string, ``"; "``-joined)
        - ``source_format``, ``record_version``, ``source`` (string, provenance)
    """
    return _frame([_design_row(t) for t in trials], DESIGN_COLUMNS)


def arms_table(trials: Iterable[Trial]) -> pd.DataFrame:
    """One row per trial arm.

    Returns
    -------
    pandas.DataFrame
        ``trial_id``, ``arm_label``, ``arm_type`` (CT.gov v2 vocabulary: EXPERIMENTAL,
        ACTIVE_COMPARATOR, PLACEBO_COMPARATOR…), ``description``, ``interventions``
        (``"Type: name"`` items, ``"; "``-joined); all string.
    """
    rows = [(t.trial_id, a.label, a.type, a.description, _join(a.interventions)) for t in trials for a in t.arms]
    return _frame(rows, ARMS_COLUMNS)


def registered_outcomes_table(trials: Iterable[Trial]) -> pd.DataFrame:
    """One row per registered outcome measure (the protocol's, not results).

    Returns
    -------
    pandas.DataFrame
        ``trial_id``, ``kind`` (primary / secondary / other), ``position`` (Int64,
        1-based order within its kind), ``measure``, ``time_frame``, ``description``.
    """
    rows = []
    for t in trials:
        counters: dict[str, int] = {}
        for o in t.outcomes:
            counters[o.kind] = counters.get(o.kind, 0) + 1
            rows.append((t.trial_id, o.kind, counters[o.kind], o.measure, o.time_frame, o.description))
    return _frame(rows, REGISTERED_OUTCOMES_COLUMNS)
