"""DataFrame builders: fixed columns and explicit dtypes, whatever the number of rows."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

import pandas as pd

from trialink._measures import RATIO_MEASURES, se_log
from trialink.model import Estimate, Publication, Trial
from trialink.outcomes import publication_estimates
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
        status_group(t.overall_status), t.status_raw, t.why_stopped, t.phase, t.phase_raw, t.study_type,
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

        - ``trial_id``, ``registry`` (``ClinicalTrials.gov``, ``CTIS``, ``EudraCT``…),
          ``nct_id``, ``acronym``, ``brief_title``, ``official_title`` (string)
        - ``overall_status``, ``why_stopped``, ``phase`` (``PHASE2/PHASE3``), ``study_type``,
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


OUTCOME_COLUMNS: dict[str, str] = {
    "trial_id": _S, "acronym": _S, "phase": _S, "n_enrolled": "Int64", "endpoint": _S, "endpoint_text": _S,
    "is_primary": "boolean", "comparison": _S, "arm": _S, "measure": _S, "value": "Float64", "value_text": _S,
    "ci_low": "Float64", "ci_high": "Float64", "ci_level": "Float64", "p_operator": _S, "p_value": "Float64",
    "unit": _S, "log_value": "Float64", "se_log_value": "Float64", "n_arm": "Int64", "source": _S, "pmid": _S,
    "context": _S, "subject": _S, "checks": _S, "agreement": _S,
}
"""Columns of :func:`outcome_table` and their dtypes."""

DEFAULT_MEASURES = ("HR", "OR", "RR", "IRR", "median")


def _agree(a: Estimate, b: Estimate) -> bool:
    """Same number as printed: equal after rounding to the coarser of the two precisions."""
    def close(x: float | None, y: float | None) -> bool:
        if x is None or y is None:
            return x is None and y is None
        return abs(x - y) <= 0.0051 * max(1.0, abs(x), abs(y)) or abs(x - y) <= 0.011
    return close(a.value, b.value) and (a.ci_low is None or b.ci_low is None or close(a.ci_low, b.ci_low)) and \
        (a.ci_high is None or b.ci_high is None or close(a.ci_high, b.ci_high))


def outcome_table(
    trials: Iterable[Trial],
    publications: Iterable[Publication] | None = None,
    links: pd.DataFrame | None = None,
    *,
    estimates: Iterable[Estimate] = (),
    measures: Iterable[str] | None = DEFAULT_MEASURES,
    primary_only: bool = False,
    include_background: bool = False,
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
    measures : iterable of str or None, default ("HR", "OR", "RR", "IRR", "median")
        Keep only these measures; None keeps all (means, counts…).
    primary_only : bool, default False
        Keep only estimates of the registry's primary outcomes (text rows are kept).
    include_background : bool, default False
        Keep text estimates whose context is ``background`` or ``design``.

    Returns
    -------
    pandas.DataFrame
        Columns (:data:`OUTCOME_COLUMNS`):

        - ``trial_id``, ``acronym``, ``phase`` (string), ``n_enrolled`` (Int64, participants)
        - ``endpoint`` (PFS, OS, DFS, IDFS, EFS, RFS, TTP, DoR, ORR, other), ``endpoint_text``,
          ``is_primary`` (boolean; registry rows)
        - ``comparison`` (ratios: ``"A vs B"``), ``arm`` (per-arm values), ``measure``
        - ``value``, ``ci_low``, ``ci_high`` (Float64, in ``unit``: months, weeks, days,
          years, % — ratios have no unit), ``value_text`` ("NA", "not reached"),
          ``ci_level`` (Float64, percent)
        - ``p_operator`` (``=``, ``<``…), ``p_value`` (Float64)
        - ``log_value`` (natural log of a ratio), ``se_log_value`` (from the CI:
          (ln hi − ln lo) / (2·z)); both Float64, ratios only — ready for
          ``statsmodels.stats.meta_analysis.combine_effects`` or R ``meta::metagen``
        - ``n_arm`` (Int64, participants analysed in the arm; registry rows)
        - ``source`` (``registry`` or ``text``), ``pmid``, ``context``, ``subject``
        - ``checks`` (``"; "``-joined consistency warnings), ``agreement`` (``match``,
          ``differs`` or empty when only one source reports the number)
    """
    trial_list = list(trials)
    by_id = {t.trial_id: t for t in trial_list}
    wanted = set(measures) if measures is not None else None
    if publications is not None:
        trial_of = None
        if links is not None and len(links):
            best = links.sort_values("score", ascending=False).drop_duplicates("pmid")
            trial_of = {str(p): str(t) for p, t in zip(best["pmid"], best["trial_id"]) if p is not pd.NA and p}
        estimates = [*estimates, *publication_estimates(list(publications), trial_of)]  # type: ignore[arg-type]
    rows_est: list[Estimate] = []
    for t in trial_list:
        rows_est += [e for e in t.results if (not primary_only or e.is_primary)]
    for e in estimates:
        if not include_background and e.context != "result":
            continue
        rows_est.append(e)
    if wanted is not None:
        rows_est = [e for e in rows_est if e.measure in wanted]

    def key(e: Estimate) -> tuple[object, ...]:
        # Ratios: trial × endpoint × measure; per-arm values also by the arm's first word
        # ("Fulvestrant 500 mg" in the registry is "fulvestrant" in the abstract).
        arm = "" if e.measure in RATIO_MEASURES else (re.findall(r"[a-z0-9]+", _norm_label(e.arm)) or [""])[0]
        return (e.trial_id, e.endpoint, e.measure, arm)

    groups: dict[tuple[object, ...], list[Estimate]] = {}
    for e in rows_est:
        groups.setdefault(key(e), []).append(e)
    by_endpoint: dict[tuple[object, ...], list[Estimate]] = {}
    for e in rows_est:
        by_endpoint.setdefault(key(e)[:3], []).append(e)
    rows = []
    for e in rows_est:
        # A value printed without its arm ("9.5 vs 4.6 months") is compared with every arm.
        # So is an arm named differently ("HD-FUL" for "Fulvestrant 500 mg"), unless the text
        # qualifies the value as a subgroup ("… (non-visceral population)").
        others = [o for o in groups[key(e)] if o.source != e.source]
        subgroup = "population)" in (e.endpoint_text or "") and not re.search(
            r"\((?:whole|overall|total|all|ITT|intention)[^)]*population\)", e.endpoint_text or "", re.I)
        if not others and e.measure not in RATIO_MEASURES and not subgroup:
            others = [o for o in by_endpoint[key(e)[:3]] if o.source != e.source]
        agreement = None
        if others and e.trial_id:
            agreement = "match" if any(_agree(e, o) for o in others) else "differs"
        t = by_id.get(e.trial_id or "")
        ratio = e.measure in RATIO_MEASURES and e.value is not None and e.value > 0
        rows.append((
            e.trial_id, t.acronym if t else None, t.phase if t else None, t.enrollment if t else None,
            e.endpoint, e.endpoint_text, e.is_primary, e.comparison, e.arm, e.measure, e.value, e.value_text,
            e.ci_low, e.ci_high, e.ci_level, e.p_operator, e.p_value, e.unit,
            math.log(e.value) if ratio and e.value else None,
            se_log(e.ci_low, e.ci_high, e.ci_level) if ratio else None, e.n, e.source, e.pmid, e.context,
            e.subject, _join(e.checks), agreement,
        ))
    return _frame(rows, OUTCOME_COLUMNS)


def _norm_label(s: str | None) -> str:
    return " ".join((s or "").lower().replace("-", " ").split())


def estimates_table(estimates: Iterable[Estimate]) -> pd.DataFrame:
    """Estimates as a frame with the same columns as :func:`outcome_table` (no design join,
    no filtering) — e.g. what :func:`trialink.extract_estimates` found in a text."""
    return outcome_table([], estimates=[e for e in estimates], measures=None, include_background=True)


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

    trial_list = list(trials)
    pubs = {p.pmid or p.doi: p for p in publications}
    if links is None:
        links = _link(trial_list, list(pubs.values()), fuzzy=False)
    by_id = {t.trial_id: t for t in trial_list}
    rows: list[tuple[object, ...]] = []
    ids_links = links[links["link_type"] == "id"] if "link_type" in links else links
    for t_id, pmid, role in zip(ids_links["trial_id"], ids_links["pmid"], ids_links.get("role", ["results"] * len(ids_links))):
        t, p = by_id.get(str(t_id)), pubs.get(str(pmid))
        if t is None or p is None or role not in ("results", "unknown"):
            continue
        text = f"{p.title or ''}\n{p.abstract or ''}"
        ests = publication_estimates([p], {str(pmid): t.trial_id})
        reported = {e.endpoint for e in ests if e.context == "result"}
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
