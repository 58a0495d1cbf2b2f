"""DataFrame builders: fixed columns and explicit dtypes, whatever the number of rows."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import fields

import pandas as pd

from trialink._measures import RATIO_MEASURES, se_log
from trialink.errors import DataQualityWarning
from trialink.model import Estimate, Publication, Trial, as_records
from trialink.outcomes import acronym_of, newest_records, publication_estimates, registry_estimates
from trialink.sources._vocab import status_group

__all__ = [
    "DESIGN_COLUMNS",
    "ARMS_COLUMNS",
    "REGISTERED_OUTCOMES_COLUMNS",
    "OUTCOME_COLUMNS",
    "design_table",
    "discrepancies",
    "estimates_table",
    "outcome_table",
    "arms_table",
    "registered_outcomes_table",
    "reorient_table",
    "PUBLICATION_COLUMNS",
    "ESTIMATE_COLUMNS",
    "MENTION_COLUMNS",
    "publications_table",
    "mentions_table",
]

_S = "string"
_DATE = "datetime64[ns]"

DESIGN_COLUMNS: dict[str, str] = {
    "trial_id": _S, "registry": _S, "nct_id": _S, "acronym": _S, "brief_title": _S, "official_title": _S,
    "overall_status": _S, "status_group": _S, "status_raw": _S, "why_stopped": _S, "phase": _S, "phase_raw": _S,
    "study_type": _S, "allocation": _S,
    "intervention_model": _S, "masking": _S, "primary_purpose": _S, "enrollment": "Int64",
    "enrollment_type": _S, "n_arms": "Int64", "arms": _S, "interventions": _S, "conditions": _S,
    "primary_outcomes": _S, "lead_sponsor": _S, "sponsor_class": _S, "start_date": _DATE,
    "primary_completion_date": _DATE, "completion_date": _DATE, "first_posted": _DATE,
    "results_first_posted": _DATE, "last_update_posted": _DATE, "countries": _S, "country_statuses": _S,
    "has_results": "boolean",
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


NOT_APPLICABLE = "NOT_APPLICABLE"
"""The ``phase`` cell of a trial the registry marks phase "not applicable" (CT.gov ``NA``):
spelled out so that it stays apart from a missing phase (an empty cell) when the table is
written to CSV and read back (pandas reads ``"NA"`` as missing)."""


def _phase(t: Trial) -> str | None:
    """``Trial.phase`` for a table cell: ``NA`` written :data:`NOT_APPLICABLE`, None when unknown."""
    if not t.phases:
        return None
    return "/".join(NOT_APPLICABLE if p == "NA" else p for p in t.phases)


def _frame(rows: Sequence[tuple[object, ...]], columns: dict[str, str]) -> pd.DataFrame:
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
        status_group(t.overall_status), t.status_raw, t.why_stopped, _phase(t), t.phase_raw, t.study_type,
        t.allocation, t.intervention_model, t.masking, t.primary_purpose,
        t.enrollment, t.enrollment_type, len(t.arms) if t.arms else None, _join(a.label for a in t.arms),
        _join(i.name for i in t.interventions), _join(t.conditions), _join(o.measure for o in t.primary_outcomes),
        t.lead_sponsor, t.sponsor_class, t.start_date, t.primary_completion_date, t.completion_date,
        t.first_posted, t.results_first_posted, t.last_update_posted, _join(t.countries),
        _join(f"{c}: {st}" if st else c for c, st in t.country_statuses), t.has_results,
        _join(t.ids_for("EudraCT")), _join(t.ids_for("CTIS")), _join(dict.fromkeys(other)),
        _join(r.pmid for r in t.references if r.type == "RESULT"), t.provenance.source_format,
        t.provenance.record_version, t.provenance.source,
    )


def design_table(trials: Iterable[Trial], *, newest_only: bool = True) -> pd.DataFrame:
    """One row per trial: identity, design, dates, provenance.

    Parameters
    ----------
    trials : iterable of Trial
        Consumed once (a :class:`~trialink.sources._base.RecordStream` works).
    newest_only : bool, default True
        When several records of one trial ID were read (legacy XML and classic JSON, two
        versions), keep the newest (:func:`trialink.newest_records`); ``source_format``,
        ``record_version`` and ``last_update_posted`` say which record each row is.

    Returns
    -------
    pandas.DataFrame
        Columns (:data:`DESIGN_COLUMNS`), the same for zero rows:

        - ``trial_id``, ``registry`` (``ClinicalTrials.gov``, ``CTIS``, ``EudraCT``…),
          ``nct_id``, ``acronym``, ``brief_title``, ``official_title`` (string)
        - ``overall_status``, ``why_stopped``, ``phase`` (``PHASE2/PHASE3``;
          ``NOT_APPLICABLE`` when the registry says not applicable, empty when it says
          nothing), ``study_type``,
          ``allocation``, ``intervention_model``, ``masking``, ``primary_purpose``
          (string, CT.gov v2 vocabulary whatever the registry; see :class:`~trialink.Trial`
          for the four EU status values it adds)
        - ``status_group`` (``ongoing``, ``completed``, ``ended early``, ``other``: one
          scale across registries), ``status_raw``, ``phase_raw`` (string, as the record
          wrote them: CTIS codes as ``"4: Ongoing, recruiting"``, EUCTR per country)
        - ``enrollment`` (Int64, participants), ``enrollment_type`` (ACTUAL / ESTIMATED)
        - ``n_arms`` (Int64), ``arms``, ``interventions``, ``conditions``,
          ``primary_outcomes`` (string, ``"; "``-joined)
        - ``lead_sponsor``, ``sponsor_class`` (string)
        - ``start_date``, ``primary_completion_date``, ``completion_date``,
          ``first_posted``, ``results_first_posted``, ``last_update_posted``
          (datetime64[ns]; a month-precision date falls on the 1st)
        - ``countries``, ``country_statuses`` (``"Spain: Ongoing; …"``) (string),
          ``has_results`` (boolean)
        - ``eudract_ids``, ``ctis_ids``, ``other_ids`` (``registry:id``), ``result_pmids``
          (string, ``"; "``-joined)
        - ``source_format``, ``record_version``, ``source`` (string, provenance)
    """
    items = as_records(trials, "trials", Trial, "design_table")
    trial_list = newest_records(items) if newest_only else items
    return _frame([_design_row(t) for t in trial_list], DESIGN_COLUMNS)


def arms_table(trials: Iterable[Trial]) -> pd.DataFrame:
    """One row per trial arm.

    Returns
    -------
    pandas.DataFrame
        ``trial_id``, ``arm_label``, ``arm_type`` (CT.gov v2 vocabulary: EXPERIMENTAL,
        ACTIVE_COMPARATOR, PLACEBO_COMPARATOR…), ``description``, ``interventions``
        (``"Type: name"`` items, ``"; "``-joined); all string.
    """
    items = as_records(trials, "trials", Trial, "arms_table")
    rows = [(t.trial_id, a.label, a.type, a.description, _join(a.interventions)) for t in items for a in t.arms]
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
    for t in as_records(trials, "trials", Trial, "registered_outcomes_table"):
        counters: dict[str, int] = {}
        for o in t.outcomes:
            counters[o.kind] = counters.get(o.kind, 0) + 1
            rows.append((t.trial_id, o.kind, counters[o.kind], o.measure, o.time_frame, o.description))
    return _frame(rows, REGISTERED_OUTCOMES_COLUMNS)


OUTCOME_COLUMNS: dict[str, str] = {
    "trial_id": _S, "acronym": _S, "phase": _S, "n_enrolled": "Int64", "endpoint": _S, "endpoint_text": _S,
    "is_primary": "boolean", "comparison": _S, "group_a": _S, "group_b": _S, "arm": _S, "measure": _S,
    "value": "Float64", "value_text": _S, "ci_low": "Float64", "ci_high": "Float64", "ci_level": "Float64",
    "p_operator": _S, "p_value": "Float64", "unit": _S, "log_value": "Float64", "se_log_value": "Float64",
    "n_arm": "Int64", "source": _S, "pmid": _S, "context": _S, "subject": _S, "checks": _S, "agreement": _S,
    "direction_source": _S, "population": _S, "population_kind": _S, "covariate": _S, "record_id": _S,
    "record_date": _S, "record_format": _S, "time_frame": _S,
}
"""Columns of :func:`outcome_table` and their dtypes."""

DEFAULT_MEASURES = ("HR", "OR", "RR", "IRR", "median", "time")


def _close(x: float | None, y: float | None) -> bool:
    if x is None or y is None:
        return x is None and y is None
    return abs(x - y) <= 0.0051 * max(1.0, abs(x), abs(y)) or abs(x - y) <= 0.011


def _agree(a: Estimate, b: Estimate) -> bool:
    """Same number as printed: equal after rounding to the coarser of the two precisions."""
    return _close(a.value, b.value) and (a.ci_low is None or b.ci_low is None or _close(a.ci_low, b.ci_low)) and \
        (a.ci_high is None or b.ci_high is None or _close(a.ci_high, b.ci_high))


_ARM_STOP = frozenset({"the", "a", "an", "arm", "group", "plus", "and", "with", "mg", "daily", "of"})


def _arm_words(s: str | None) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", _norm_label(s)) if w not in _ARM_STOP and not w.isdigit()]


def _same_arm(a: str | None, b: str | None) -> bool:
    """Arms named alike: the same first word ("fulvestrant" = "Fulvestrant 500 mg"), or every
    word of the shorter name in the longer ("placebo + fulvestrant")."""
    wa, wb = _arm_words(a), _arm_words(b)
    if not wa or not wb:
        return False
    if wa[0] == wb[0]:
        return True
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return len(short) > 1 and all(w in long_ for w in short)


def _two(groups: tuple[str, ...]) -> tuple[str | None, str | None]:
    """``group_a``, ``group_b`` of a row: the two groups compared, or empty unless exactly two."""
    return (groups[0], groups[1]) if len(groups) == 2 else (None, None)


def _agreement(e: Estimate, others: list[Estimate], peers: list[Estimate]) -> str | None:
    """Registry vs text, arm to arm.

    ``match``: the same arm (or, for ratios, the same comparison the same way round)
    reports the same number; ``differs``: it reports another number, or an arm-less number
    equals no arm's number; ``arm_unknown``: a number without its arm ("9.5 vs 4.6 months")
    equals some arm's number, so whether the arms agree cannot be told. None when the other
    source reports nothing comparable.
    """
    if not others:
        return None
    if e.measure in RATIO_MEASURES:
        mine = e.groups if len(e.groups) == 2 else None
        verdicts = []
        for o in others:
            theirs = o.groups if len(o.groups) == 2 else None
            other = o
            if mine and theirs and _same_arm(mine[0], theirs[1]) and _same_arm(mine[1], theirs[0]) and \
                    o.value and o.ci_low != 0:
                from trialink.outcomes import reorient

                other = reorient(o)
            verdicts.append(_agree(e, other))
        return "match" if any(verdicts) else "differs"
    paired = [o for o in others if e.arm and o.arm and _same_arm(e.arm, o.arm)]
    if paired:
        return "match" if any(_agree(e, o) for o in paired) else "differs"
    if e.source == "registry":
        # A registry arm against text numbers that name no registry arm ("9.5 vs 4.6 months").
        candidates = [o for o in others if not (o.arm and any(p.arm and _same_arm(o.arm, p.arm) for p in peers))]
    else:
        # A text number whose arm is not named (or named unlike any registry arm).
        candidates = others
    if not candidates:
        return None
    return "arm_unknown" if any(_agree(e, o) for o in candidates) else "differs"


def outcome_table(
    trials: Iterable[Trial],
    publications: Iterable[Publication] | None = None,
    links: pd.DataFrame | None = None,
    *,
    estimates: Iterable[Estimate] = (),
    measures: Iterable[str] | None = DEFAULT_MEASURES,
    primary_only: bool = False,
    include_background: bool = False,
    newest_only: bool = True,
) -> pd.DataFrame:
    """Design × outcome table: one row per trial × endpoint × comparison (or arm) × source.

    Registry-posted results come from ``Trial.results``; estimates extracted from text
    (e.g. :func:`trialink.extract_estimates` on an abstract, with ``trial_id`` and ``pmid``
    set) are passed as ``estimates``. Where the registry and a publication report the same
    trial, endpoint, measure and arm/comparison, ``agreement`` says whether the numbers match.

    Parameters
    ----------
    trials : iterable of Trial
    publications : iterable of Publication, optional
        Their abstracts are run through :func:`trialink.outcomes.publication_estimates`.
    links : DataFrame, optional
        From :func:`trialink.link`: assigns each publication to its best-scoring trial;
        without it a publication belongs to the one registry number PubMed files it under.
    estimates : iterable of Estimate
        Extra estimates (text-derived); those without ``trial_id`` are kept with an empty one.
    measures : iterable of str or None, default ("HR", "OR", "RR", "IRR", "median", "time")
        Keep only these measures; None keeps all (means, counts…). ``time``: a per-arm time the
        text never calls a median (its summary statistic is not stated).
    primary_only : bool, default False
        Keep only estimates of the registry's primary outcomes (text rows are kept).
    include_background : bool, default False
        Keep text estimates whose context is ``background`` or ``design``.
    newest_only : bool, default True
        One record per trial (:func:`trialink.newest_records`): a trial read from its
        legacy XML and its classic JSON gives its estimates once, from the newest record.

    Returns
    -------
    pandas.DataFrame
        Columns (:data:`OUTCOME_COLUMNS`):

        - ``trial_id``, ``acronym`` (the record's, else from the brief title or secondary
          IDs: :func:`trialink.acronym_of`), ``phase`` (string; ``NOT_APPLICABLE`` apart from
          missing, as in :func:`design_table`), ``n_enrolled`` (Int64,
          participants)
        - ``endpoint`` (OS, PFS, DFS, EFS, IDFS, RFS, TTP, DoR, ORR, ``composite``,
          ``safety``, ``other``: :func:`trialink._measures.endpoint_of`), ``endpoint_text``,
          ``is_primary`` (boolean; registry rows)
        - ``comparison`` (ratios: ``"experimental vs reference"`` as the value is oriented, for
          people), ``group_a`` and ``group_b`` (the same two groups as fields: the value is
          ``group_a`` relative to ``group_b``, or minus it for a difference; empty unless the source
          names exactly two), ``arm`` (per-arm values), ``measure``
        - ``value``, ``ci_low``, ``ci_high`` (Float64, in ``unit``: months, weeks, days,
          years, % — ratios have no unit), ``value_text`` ("NA", "not reached"),
          ``ci_level`` (Float64, percent)
        - ``p_operator`` (``=``, ``<``…), ``p_value`` (Float64)
        - ``log_value`` (natural log of a ratio), ``se_log_value`` (from the CI:
          (ln hi − ln lo) / (2·z)); both Float64, ratios only — ready for
          :func:`trialink.pooled_effects` or R ``meta::metagen``
        - ``n_arm`` (Int64, participants analysed in the arm; registry rows)
        - ``source`` (``registry`` or ``text``), ``pmid``, ``context``, ``subject``
        - ``checks`` (``"; "``-joined warnings: consistency, ``degenerate_*`` for a ratio of
          0 / a CI limit of 0 / a missing or infinite limit, ``interim_analysis`` when the
          record calls the data an interim analysis; for text, ``statistic_not_named``,
          ``unit_not_printed``, ``ci_not_named`` and ``named_by_list_first``: see
          :class:`trialink.Estimate`), ``agreement``
          (``match``, ``differs``, ``arm_unknown``, or empty when only one source reports the number; arm
          to arm)
        - ``direction_source`` (``record``: the record states the direction, e.g. "Hazard
          ratio is stop vs continue", "Odds ratio: CZP/Placebo", "a hazard ratio < 1 favours
          fulvestrant"; ``inferred_from_arms``: the per-arm values fit one direction only;
          ``design``: a text's ratio naming no groups, experimental arm relative to the randomised
          control by the convention of trial reports;
          ``text``; ``unknown``: ``comparison`` then lists the groups in the record's order)
        - ``population_kind`` (``overall``, ``subgroup``, ``modified_itt``, ``per_protocol``,
          ``evaluable``, ``safety``, ``unknown``: filter on this) and ``population`` (the same for
          people, with the subgroup's description: ``overall``, ``subgroup: …``, ``modified ITT``,
          ``per-protocol``, ``evaluable: …``, ``safety``, ``unknown``), ``covariate``
        - ``record_id``, ``record_date`` (ISO last-update date), ``record_format``
          (``ctgov_v2``, ``ctgov_classic``, ``ctgov_legacy_xml``): the record each registry
          row came from; ``time_frame`` (string, as registered)
    """
    items = as_records(trials, "trials", Trial, "outcome_table")
    trial_list = newest_records(items) if newest_only else items
    if publications is not None:
        pub_list = as_records(publications, "publications", Publication, "outcome_table")
        estimates = [*estimates, *publication_estimates(pub_list, _trial_of(links))]
    kept = _kept_estimates(trial_list, estimates, measures, primary_only, include_background)
    agreements = _agreements(kept)
    by_id = {t.trial_id: t for t in trial_list}
    acronyms = {t.trial_id: acronym_of(t) for t in trial_list}
    rows = [_outcome_row(e, by_id.get(e.trial_id or ""), acronyms.get(e.trial_id or ""), agreement)
            for e, agreement in zip(kept, agreements, strict=True)]
    return _frame(rows, OUTCOME_COLUMNS)


def _trial_of(links: pd.DataFrame | None) -> dict[str, str] | None:
    """Step 1: each linked publication's best-scoring trial (None: PubMed's registry number decides)."""
    if links is None or not len(links):
        return None
    best = links.sort_values("score", ascending=False).drop_duplicates("pmid")
    return {str(p): str(t) for p, t in zip(best["pmid"], best["trial_id"], strict=True) if p is not pd.NA and p}


def _kept_estimates(trial_list: list[Trial], estimates: Iterable[Estimate], measures: Iterable[str] | None,
                    primary_only: bool, include_background: bool) -> list[Estimate]:
    """Step 2: the registry's estimates (primary outcomes only, if asked), then the text's (results
    only unless ``include_background``), of the wanted measures."""
    kept = [e for e in registry_estimates(trial_list) if (not primary_only or e.is_primary)]
    kept += [e for e in estimates if include_background or e.context == "result"]
    if measures is not None:
        wanted = set(measures)
        kept = [e for e in kept if e.measure in wanted]
    return kept


def _subgroup(e: Estimate) -> bool:
    """A subgroup's estimate (never compared with the overall one), by its ``population`` field
    (the parsers set it, from registry outcome titles too: "… (PD-L1 positive population)")."""
    return e.population_kind == "subgroup"


def _agreements(kept: list[Estimate]) -> list[str | None]:
    """Step 3: registry vs text, per estimate (:func:`_agreement`; None for subgroups and estimates
    without a trial)."""
    def key(e: Estimate) -> tuple[object, ...]:
        return (e.trial_id, e.endpoint, e.measure)

    groups: dict[tuple[object, ...], list[Estimate]] = {}
    for e in kept:
        if not _subgroup(e):
            groups.setdefault(key(e), []).append(e)
    out: list[str | None] = []
    for e in kept:
        agreement = None
        if e.trial_id and not _subgroup(e):
            group = groups.get(key(e), [])
            agreement = _agreement(e, [o for o in group if o.source != e.source],
                                   [o for o in group if o.source == e.source])
        out.append(agreement)
    return out


def _outcome_row(e: Estimate, t: Trial | None, acronym: str | None, agreement: str | None) -> tuple[object, ...]:
    """Step 4: one row of :data:`OUTCOME_COLUMNS` (the trial's design columns empty without its record)."""
    ratio = e.measure in RATIO_MEASURES and e.value is not None and e.value > 0
    return (
        e.trial_id, acronym if t else None, _phase(t) if t else None, t.enrollment if t else None,
        e.endpoint, e.endpoint_text, e.is_primary, e.comparison, *_two(e.groups), e.arm, e.measure, e.value,
        e.value_text,
        e.ci_low, e.ci_high, e.ci_level, e.p_operator, e.p_value, e.unit,
        math.log(e.value) if ratio and e.value else None,
        se_log(e.ci_low, e.ci_high, e.ci_level) if ratio else None, e.n, e.source, e.pmid, e.context,
        e.subject, _join(e.checks), agreement, e.direction_source if e.comparison else None, e.population,
        e.population_kind, e.covariate, e.record_id, e.record_date, e.record_format, e.time_frame,
    )


def reorient_table(table: pd.DataFrame, reference: str) -> pd.DataFrame:
    """Put every ratio (and difference) row on one direction: ``reference`` second.

    A row whose ``group_a`` is the reference ("Placebo + NSAI" vs "Abemaciclib + NSAI" for
    ``reference="placebo"``) is turned round: 1/value, CI (1/upper, 1/lower), ``log_value``
    negated, ``group_a``/``group_b`` and ``comparison`` swapped (differences change sign). Rows
    whose groups do not name the reference on exactly one side are left as they are.

    Parameters
    ----------
    table : DataFrame
        :func:`outcome_table` rows (``group_a``, ``group_b`` and the value columns are read).
    reference : str
        Regular expression (case-insensitive) for the reference arm, e.g.
        ``"placebo|anastrozole"``.

    Returns
    -------
    pandas.DataFrame
        A copy with the same columns; ``checks`` gains ``reoriented`` on turned rows.

    Warns
    -----
    DataQualityWarning
        When a turned row's ``direction_source`` is ``unknown``: its ``comparison`` was the
        record's group order, not a stated direction, so the result may be wrong either way.
    """
    import warnings

    if not isinstance(reference, str) or not reference:
        raise TypeError(f"reference must be a non-empty regular expression string, got {reference!r}")
    pat = re.compile(reference, re.I)
    missing = [c for c in ("group_a", "group_b", "measure", "value", "ci_low", "ci_high", "log_value", "checks")
               if c not in table]
    if missing:
        raise ValueError(f"reorient_table needs outcome_table columns; missing: {missing}")
    out = table.copy()
    unknown = []
    for idx, row in out.iterrows():
        sides = (row["group_a"], row["group_b"]) if pd.notna(row["group_a"]) and pd.notna(row["group_b"]) else None
        m = str(row["measure"])
        if not sides or not (m in RATIO_MEASURES or "difference" in m):
            continue
        first, second = bool(pat.search(sides[0])), bool(pat.search(sides[1]))
        if not (first and not second):
            continue
        if m in RATIO_MEASURES:
            if pd.isna(row["value"]) or row["value"] == 0 or (pd.notna(row["ci_low"]) and row["ci_low"] == 0):
                continue
            lo, hi = row["ci_low"], row["ci_high"]
            out.at[idx, "value"] = 1 / row["value"]
            out.at[idx, "ci_low"] = 1 / hi if pd.notna(hi) else pd.NA
            out.at[idx, "ci_high"] = 1 / lo if pd.notna(lo) else pd.NA
            if pd.notna(row["log_value"]):
                out.at[idx, "log_value"] = -row["log_value"]
        else:
            lo, hi = row["ci_low"], row["ci_high"]
            out.at[idx, "value"] = -row["value"] if pd.notna(row["value"]) else pd.NA
            out.at[idx, "ci_low"] = -hi if pd.notna(hi) else pd.NA
            out.at[idx, "ci_high"] = -lo if pd.notna(lo) else pd.NA
        out.at[idx, "group_a"], out.at[idx, "group_b"] = sides[1], sides[0]
        out.at[idx, "comparison"] = f"{sides[1]} vs {sides[0]}"
        out.at[idx, "checks"] = _join([row["checks"] if pd.notna(row["checks"]) else None, "reoriented"])
        if "direction_source" in out and row.get("direction_source") == "unknown":
            unknown.append(f"{row['trial_id']} {m} {row['value']}")
    if unknown:
        warnings.warn(f"reoriented rows whose direction the record does not state: {', '.join(unknown)}",
                      DataQualityWarning, stacklevel=2)
    return out


def _norm_label(s: str | None) -> str:
    return " ".join((s or "").lower().replace("-", " ").split())


def _estimate_dtype(annotation: str) -> str:
    for prefix, dtype in (("float", "Float64"), ("int", "Int64"), ("bool", "boolean")):
        if annotation.startswith(prefix):
            return dtype
    return _S


ESTIMATE_COLUMNS: dict[str, str] = {f.name: _estimate_dtype(str(f.type)) for f in fields(Estimate)}
"""Columns of ``estimates_table(..., every_field=True)``: every :class:`~trialink.Estimate` field in its
declared order, with its dtype (Float64, Int64, boolean; string otherwise, ``checks`` ``"; "``-joined)."""


def estimates_table(estimates: Iterable[Estimate], *, every_field: bool = False) -> pd.DataFrame:
    """Estimates as a frame — e.g. what :func:`trialink.extract_estimates` found in a text.

    Parameters
    ----------
    estimates : iterable of Estimate
    every_field : bool, default False
        False: the columns of :func:`outcome_table` (no design join, no filtering: every
        measure and context kept). True: one column per :class:`~trialink.Estimate` field
        (:data:`ESTIMATE_COLUMNS`: ``n``, ``method``, ``note``, character offsets ``start`` /
        ``end`` included), nothing computed.

    Returns
    -------
    pandas.DataFrame
        One row per estimate, in the order given; the same columns for zero rows.
    """
    items = as_records(estimates, "estimates", Estimate, "estimates_table")
    if not every_field:
        return outcome_table([], estimates=items, measures=None, include_background=True)
    rows = [tuple(_join(e.checks) if name == "checks" else getattr(e, name) for name in ESTIMATE_COLUMNS)
            for e in items]
    return _frame(rows, ESTIMATE_COLUMNS)


DISCREPANCY_COLUMNS = ["trial_id", "pmid", "kind", "registry", "publication", "detail"]


def discrepancies(trials: Iterable[Trial], publications: Iterable[Publication],
                  links: pd.DataFrame | None = None) -> pd.DataFrame:
    """Where registry and publication disagree, one row per finding.

    Kinds: ``primary_endpoint`` (the registered primary endpoint class is not among the
    endpoints the abstract reports), ``enrollment`` (registered N vs the largest "N patients"
    the abstract reports differ by more than 10 %), ``results_not_posted`` (a linked
    results publication exists but the registry has no results), ``estimate`` (the same
    trial × endpoint × measure × comparison differs between registry and abstract).

    Returns
    -------
    pandas.DataFrame
        ``trial_id``, ``pmid``, ``kind``, ``registry``, ``publication``, ``detail`` (string).
    """
    import re

    from trialink._measures import endpoint_of
    from trialink.link import link as _link

    trial_list = as_records(trials, "trials", Trial, "discrepancies")
    pubs = {p.pmid or p.doi: p for p in as_records(publications, "publications", Publication, "discrepancies")}
    if links is None:
        links = _link(trial_list, list(pubs.values()), fuzzy=False)
    by_id = {t.trial_id: t for t in trial_list}
    rows: list[tuple[object, ...]] = []
    ids_links = links[links["link_type"] == "id"] if "link_type" in links else links
    roles = ids_links.get("role", ["results"] * len(ids_links))
    for t_id, pmid, role in zip(ids_links["trial_id"], ids_links["pmid"], roles, strict=True):
        t, p = by_id.get(str(t_id)), pubs.get(str(pmid))
        if t is None or p is None or role not in ("results", "unknown"):
            continue
        text = f"{p.title or ''}\n{p.abstract or ''}"
        ests = publication_estimates([p], {str(pmid): t.trial_id})
        reported = {e.endpoint for e in ests if e.context == "result" and e.endpoint != "unknown"}
        registered = {endpoint_of(o.measure) for o in t.primary_outcomes}
        if registered and reported and not registered & reported:
            rows.append((t.trial_id, p.pmid, "primary_endpoint", ", ".join(sorted(registered)),
                         ", ".join(sorted(reported)), "registered primary endpoint not among the abstract's estimates"))
        ns = [int(x.replace(",", "")) for x in re.findall(r"\b(\d{1,3}(?:,\d{3})+|\d{2,6})\s+(?:patients|"
                                                          r"participants|subjects|women|men)", text)]
        if t.enrollment and ns:
            n = max(ns)
            if abs(n - t.enrollment) > 0.1 * t.enrollment:
                rows.append((t.trial_id, p.pmid, "enrollment", str(t.enrollment), str(n),
                             "registered enrollment and reported N differ by more than 10%"))
        if not t.has_results:
            rows.append((t.trial_id, p.pmid, "results_not_posted", "no results posted", "results published",
                         "a results publication exists but the registry holds no results"))
        table = outcome_table([t], estimates=ests)
        for r in table[(table["agreement"] == "differs") & (table["source"] == "text")].itertuples():
            rows.append((t.trial_id, p.pmid, "estimate", "", f"{r.measure} {r.value}",
                         f"{r.endpoint} {r.measure} {r.comparison or r.arm or ''}: registry and abstract differ"))
    return pd.DataFrame(rows, columns=DISCREPANCY_COLUMNS).astype("string")


PUBLICATION_COLUMNS: dict[str, str] = {
    "pmid": _S, "doi": _S, "pmcid": _S, "title": _S, "journal": _S, "pub_date": _S, "n_authors": "Int64",
    "first_author": _S, "publication_types": _S, "trial_ids": _S, "source_format": _S, "source": _S,
}
"""Columns of :func:`publications_table` and their dtypes."""


def publications_table(publications: Iterable[Publication]) -> pd.DataFrame:
    """One row per publication record.

    Returns
    -------
    pandas.DataFrame
        Columns (:data:`PUBLICATION_COLUMNS`), the same for zero rows: ``pmid``, ``doi``,
        ``pmcid``, ``title``, ``journal`` (string); ``pub_date`` (string, ISO of the precision
        the record gives: ``2012``, ``2012-06``, ``2012-06-14``); ``n_authors`` (Int64);
        ``first_author``; ``publication_types`` and ``trial_ids`` (the registry numbers the
        record carries) (string, ``"; "``-joined); ``source_format``, ``source`` (string,
        provenance).
    """
    items = as_records(publications, "publications", Publication, "publications_table")
    rows = [(p.pmid, p.doi, p.pmcid, p.title, p.journal, p.pub_date, p.n_authors, p.first_author,
             _join(p.publication_types), _join(p.trial_ids()), p.provenance.source_format, p.provenance.source)
            for p in items]
    return _frame(rows, PUBLICATION_COLUMNS)


MENTION_COLUMNS: dict[str, str] = {"file": _S, "registry": _S, "id": _S, "start": "Int64", "end": "Int64",
                                   "text": _S}
"""Columns of :func:`mentions_table` and their dtypes."""


def mentions_table(texts: str | Iterable[tuple[str, str]]) -> pd.DataFrame:
    """One row per registry or publication ID mentioned in texts (:func:`trialink.find_ids`).

    Parameters
    ----------
    texts : str or iterable of (name, text)
        One text, or named texts (a file name and its content); one string is one text
        (its ``file`` is empty).

    Returns
    -------
    pandas.DataFrame
        Columns (:data:`MENTION_COLUMNS`): ``file`` (the name given), ``registry``, ``id``
        (canonical), ``text`` (as written) (string); ``start``, ``end`` (Int64, character
        offsets of ``text`` in its text).
    """
    from trialink.ids import find_ids

    named = [(None, texts)] if isinstance(texts, str) else list(texts)
    bad = next((x for x in named if not (isinstance(x, tuple) and len(x) == 2 and isinstance(x[1], str))), None)
    if bad is not None:
        raise TypeError(f"mentions_table: texts must be a str or (name, text) pairs, got {bad!r:.60}")
    rows = [(name, m.registry, m.id, m.start, m.end, m.text) for name, text in named for m in find_ids(text)]
    return _frame(rows, MENTION_COLUMNS)
