"""Posted results of ClinicalTrials.gov records (v2, legacy XML, classic) as Estimates."""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from trialink import _measures as M
from trialink.errors import DataQualityWarning
from trialink.model import Estimate


@dataclass
class _Analysis:
    group_ids: list[str]
    param_type: str | None
    param_value: str | None
    ci_pct: str | None
    ci_sides: str | None
    ci_low: str | None
    ci_high: str | None
    p_value: str | None
    method: str | None
    comment: str | None


@dataclass
class _Measure:
    """One outcome measure in a format-independent shape."""

    kind: str | None
    title: str
    time_frame: str | None
    param: str | None
    dispersion: str | None
    units: str | None
    groups: dict[str, str] = field(default_factory=dict)
    denoms: dict[str, str] = field(default_factory=dict)
    # (group id, class title, category title, value, lower, upper, comment)
    cells: list[tuple[str, str | None, str | None, str | None, str | None, str | None, str | None]] = \
        field(default_factory=list)
    analyses: list[_Analysis] = field(default_factory=list)


_CI_LEVEL = re.compile(r"(\d+(?:\.\d+)?)\s*%")


def _ci_level(text: str | None) -> float | None:
    m = _CI_LEVEL.search(text or "")
    return float(m.group(1)) if m else None


def _int(text: str | None) -> int | None:
    v = M.number(text)
    return int(v) if v is not None and v.is_integer() else None


def _estimates(trial_id: str, m: _Measure) -> list[Estimate]:
    is_primary = (m.kind or "").upper().startswith("PRIMARY")
    endpoint = M.endpoint_of(m.title)
    unit = M.unit_of(m.units)
    measure = M.measure_of(m.param)
    is_ci = "confidence interval" in (m.dispersion or "").lower()
    level = _ci_level(m.dispersion) if is_ci else None
    out: list[Estimate] = []
    for gid, cls, cat, value, lo, hi, comment in m.cells:
        qualifier = " — ".join(t for t in (cls, cat) if t)
        v = M.number(value)
        low, high = (M.number(lo), M.number(hi)) if is_ci else (None, None)
        out.append(Estimate(
            measure=measure, value=v, endpoint=endpoint,
            endpoint_text=f"{m.title} — {qualifier}" if qualifier else m.title,
            arm=m.groups.get(gid, gid), ci_low=low, ci_high=high, ci_level=level if (low or high) else None,
            unit=unit, value_text=None if v is not None else (value or None), is_primary=is_primary,
            time_frame=m.time_frame, n=_int(m.denoms.get(gid)), note=comment, source="registry",
            trial_id=trial_id, checks=M.checks(measure, v, low, high, level, None, None)))
    for a in m.analyses:
        out.append(_analysis(trial_id, m, a, endpoint, is_primary))
    return out


def _analysis(trial_id: str, m: _Measure, a: _Analysis, endpoint: str, is_primary: bool) -> Estimate:
    measure = M.measure_of(a.param_type)
    v, lo, hi = M.number(a.param_value), M.number(a.ci_low), M.number(a.ci_high)
    notes: list[str] = []
    if measure in M.RATIO_MEASURES and a.param_type and "log" in a.param_type.lower():
        if v is not None and v <= 0 or (lo is not None and lo <= 0):
            v, lo, hi = (math.exp(x) if x is not None else None for x in (v, lo, hi))
            notes.append("exponentiated_from_log_scale")
        else:
            # "Hazard Ratio, log" with a positive value and CI around it is a ratio, mislabelled.
            notes.append("labelled_log_but_ratio_scale")
    if a.ci_sides and "1" in a.ci_sides.replace("ONE", "1"):
        notes.append("one_sided_ci")
    op, p = M.p_value(a.p_value)
    level = M.number(a.ci_pct)
    titles = [m.groups.get(g, g) for g in a.group_ids]
    return Estimate(
        measure=measure, value=v, endpoint=endpoint, endpoint_text=m.title,
        comparison=" vs ".join(titles) if titles else None, ci_low=lo, ci_high=hi,
        ci_level=level if (lo is not None or hi is not None) else None, p_operator=op, p_value=p,
        unit=None if measure in M.RATIO_MEASURES else M.unit_of(m.units),
        value_text=None if v is not None else (a.param_value or None), is_primary=is_primary,
        time_frame=m.time_frame, method=a.method, note=a.comment, source="registry", trial_id=trial_id,
        checks=tuple(notes) + M.checks(measure, v, lo, hi, level, op, p))


def _safe(trial_id: str, source: str | None, where: str, m: _Measure | None, exc: Exception | None) -> list[Estimate]:
    if exc is not None or m is None:
        warnings.warn(f"{trial_id}: results at {where} could not be read ({exc}); other results kept "
                      f"(source={source})", DataQualityWarning, stacklevel=4)
        return []
    return _estimates(trial_id, m)


# ---------------------------------------------------------------------------
# v2 JSON
# ---------------------------------------------------------------------------


def _s(v: Any) -> str | None:
    return None if v is None else str(v)


def v2_results(study: Mapping[str, Any], trial_id: str, source: str | None) -> tuple[Estimate, ...]:
    rs = study.get("resultsSection")
    if not isinstance(rs, Mapping):
        return ()
    oms = (rs.get("outcomeMeasuresModule") or {}).get("outcomeMeasures") or []
    out: list[Estimate] = []
    for i, o in enumerate(oms):
        where = f"resultsSection.outcomeMeasuresModule.outcomeMeasures[{i}]"
        try:
            m = _Measure(o.get("type"), str(o.get("title") or "").strip(), o.get("timeFrame"), o.get("paramType"),
                         o.get("dispersionType"), o.get("unitOfMeasure"))
            m.groups = {g["id"]: str(g.get("title") or g["id"]).strip() for g in o.get("groups") or []}
            for d in (o.get("denoms") or [])[:1]:
                m.denoms = {c["groupId"]: _s(c.get("value")) for c in d.get("counts") or []}
            for cls in o.get("classes") or []:
                for cat in cls.get("categories") or []:
                    for x in cat.get("measurements") or []:
                        m.cells.append((x["groupId"], cls.get("title"), cat.get("title"), _s(x.get("value")),
                                        _s(x.get("lowerLimit")), _s(x.get("upperLimit")), x.get("comment")))
            for a in o.get("analyses") or []:
                m.analyses.append(_Analysis(list(a.get("groupIds") or []), a.get("paramType"), _s(a.get("paramValue")),
                                            _s(a.get("ciPctValue")), a.get("ciNumSides"), _s(a.get("ciLowerLimit")),
                                            _s(a.get("ciUpperLimit")), _s(a.get("pValue")),
                                            a.get("statisticalMethod"), a.get("estimateComment")))
        except (AttributeError, KeyError, TypeError) as exc:
            out += _safe(trial_id, source, where, None, exc)
            continue
        out += _estimates(trial_id, m)
    return tuple(out)


# ---------------------------------------------------------------------------
# Legacy XML
# ---------------------------------------------------------------------------


def _t(el: etree._Element | None, path: str) -> str | None:
    if el is None:
        return None
    v = el.findtext(path)
    return " ".join(v.split()) or None if v is not None else None


def legacy_results(root: etree._Element, trial_id: str, source: str | None) -> tuple[Estimate, ...]:
    out: list[Estimate] = []
    for i, o in enumerate(root.iterfind("clinical_results/outcome_list/outcome")):
        where = f"clinical_results/outcome_list/outcome[{i + 1}]"
        try:
            meas = o.find("measure")
            m = _Measure(_t(o, "type"), _t(o, "title") or "", _t(o, "time_frame"), _t(meas, "param"),
                         _t(meas, "dispersion"), _t(meas, "units"))
            m.groups = {g.get("group_id"): _t(g, "title") or g.get("group_id") for g in o.iterfind("group_list/group")}
            counts = meas.find("analyzed_list/analyzed/count_list") if meas is not None else None
            if counts is not None:
                m.denoms = {c.get("group_id"): c.get("value") for c in counts.iterfind("count")}
            for cls in (meas.iterfind("class_list/class") if meas is not None else ()):
                for cat in cls.iterfind("category_list/category"):
                    for x in cat.iterfind("measurement_list/measurement"):
                        text = " ".join((x.text or "").split()) or None
                        m.cells.append((x.get("group_id"), _t(cls, "title"), _t(cat, "title"), x.get("value"),
                                        x.get("lower_limit"), x.get("upper_limit"), text))
            for a in o.iterfind("analysis_list/analysis"):
                m.analyses.append(_Analysis(
                    [g.text.strip() for g in a.iterfind("group_id_list/group_id") if g.text],
                    _t(a, "param_type"), _t(a, "param_value"), _t(a, "ci_percent"), _t(a, "ci_n_sides"),
                    _t(a, "ci_lower_limit"), _t(a, "ci_upper_limit"), _t(a, "p_value"), _t(a, "method"),
                    _t(a, "estimate_desc")))
        except (AttributeError, TypeError) as exc:
            out += _safe(trial_id, source, where, None, exc)
            continue
        out += _estimates(trial_id, m)
    return tuple(out)


# ---------------------------------------------------------------------------
# Classic JSON
# ---------------------------------------------------------------------------


def _cl(d: Mapping[str, Any], outer: str, inner: str) -> list[Any]:
    v = d.get(outer) or {}
    items = v.get(inner) if isinstance(v, Mapping) else None
    return items if isinstance(items, list) else []


def classic_results(study: Mapping[str, Any], trial_id: str, source: str | None) -> tuple[Estimate, ...]:
    rs = study.get("ResultsSection")
    if not isinstance(rs, Mapping):
        return ()
    out: list[Estimate] = []
    for i, o in enumerate(_cl(rs.get("OutcomeMeasuresModule") or {}, "OutcomeMeasureList", "OutcomeMeasure")):
        where = f"ResultsSection.OutcomeMeasuresModule.OutcomeMeasureList.OutcomeMeasure[{i}]"
        try:
            m = _Measure(o.get("OutcomeMeasureType"), str(o.get("OutcomeMeasureTitle") or "").strip(),
                         o.get("OutcomeMeasureTimeFrame"), o.get("OutcomeMeasureParamType"),
                         o.get("OutcomeMeasureDispersionType"), o.get("OutcomeMeasureUnitOfMeasure"))
            m.groups = {g["OutcomeGroupId"]: g.get("OutcomeGroupTitle") or g["OutcomeGroupId"]
                        for g in _cl(o, "OutcomeGroupList", "OutcomeGroup")}
            for d in _cl(o, "OutcomeDenomList", "OutcomeDenom")[:1]:
                m.denoms = {c["OutcomeDenomCountGroupId"]: c.get("OutcomeDenomCountValue")
                            for c in _cl(d, "OutcomeDenomCountList", "OutcomeDenomCount")}
            for cls in _cl(o, "OutcomeClassList", "OutcomeClass"):
                for cat in _cl(cls, "OutcomeCategoryList", "OutcomeCategory"):
                    for x in _cl(cat, "OutcomeMeasurementList", "OutcomeMeasurement"):
                        m.cells.append((x["OutcomeMeasurementGroupId"], cls.get("OutcomeClassTitle"),
                                        cat.get("OutcomeCategoryTitle"), x.get("OutcomeMeasurementValue"),
                                        x.get("OutcomeMeasurementLowerLimit"), x.get("OutcomeMeasurementUpperLimit"),
                                        x.get("OutcomeMeasurementComment")))
            for a in _cl(o, "OutcomeAnalysisList", "OutcomeAnalysis"):
                m.analyses.append(_Analysis(
                    list(_cl(a, "OutcomeAnalysisGroupIdList", "OutcomeAnalysisGroupId")),
                    a.get("OutcomeAnalysisParamType"), a.get("OutcomeAnalysisParamValue"),
                    a.get("OutcomeAnalysisCIPctValue"), a.get("OutcomeAnalysisCINumSides"),
                    a.get("OutcomeAnalysisCILowerLimit"), a.get("OutcomeAnalysisCIUpperLimit"),
                    a.get("OutcomeAnalysisPValue"), a.get("OutcomeAnalysisStatisticalMethod"),
                    a.get("OutcomeAnalysisEstimateComment")))
        except (AttributeError, KeyError, TypeError) as exc:
            out += _safe(trial_id, source, where, None, exc)
            continue
        out += _estimates(trial_id, m)
    return tuple(out)
