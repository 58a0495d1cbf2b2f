"""Posted results of ClinicalTrials.gov records (v2, legacy XML, classic) as Estimates."""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypedDict

from lxml import etree

from trialink import _measures as M
from trialink.errors import DataQualityWarning
from trialink.model import Estimate
from trialink.sources._vocab import iso_date


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
    groups_desc: str | None = None
    ni_desc: str | None = None
    method_desc: str | None = None
    ci_comment: str | None = None


@dataclass(frozen=True)
class _Record:
    """The record the results come from: its ID, last-update date (ISO) and format."""

    record_id: str
    date: str | None
    fmt: str


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
    denoms: dict[str, str | None] = field(default_factory=dict)
    # (group id, class title, category title, value, lower, upper, comment)
    cells: list[tuple[str, str | None, str | None, str | None, str | None, str | None, str | None]] = \
        field(default_factory=list)
    analyses: list[_Analysis] = field(default_factory=list)
    population: str | None = None


_CI_LEVEL = re.compile(r"(\d+(?:\.\d+)?)\s*%")


def _ci_level(text: str | None) -> float | None:
    m = _CI_LEVEL.search(text or "")
    return float(m.group(1)) if m else None


class _Stamp(TypedDict, total=False):
    """The record an estimate was read from (Estimate's ``record_*`` fields)."""

    record_id: str | None
    record_date: str | None
    record_format: str | None


def _int(text: str | None) -> int | None:
    v = M.number(text)
    return int(v) if v is not None and v.is_integer() else None


def _estimates(trial_id: str, m: _Measure, rec: _Record | None = None) -> list[Estimate]:
    is_primary = (m.kind or "").upper().startswith("PRIMARY")
    endpoint = M.endpoint_of(m.title)
    unit = M.unit_of(m.units)
    measure = M.measure_of(m.param)
    is_ci = "confidence interval" in (m.dispersion or "").lower()
    level = _ci_level(m.dispersion) if is_ci else None
    population = M.population_of(m.population)
    if population.kind in ("overall", "unknown"):
        population = M.title_subgroup(m.title) or population  # "OS (PD-L1 Positive Population)"
    interim = ("interim_analysis",) if M.is_interim(m.population, m.time_frame, m.title) else ()
    stamp: _Stamp = {"record_id": rec.record_id, "record_date": rec.date, "record_format": rec.fmt} if rec else {}
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
            trial_id=trial_id, checks=M.checks(measure, v, low, high, level, None, None) + interim,
            population_kind=population.kind, population_detail=population.detail, **stamp))
    for a in m.analyses:
        out.append(_analysis(trial_id, m, a, endpoint, is_primary, population, interim, stamp))
    return out


def _analysis(trial_id: str, m: _Measure, a: _Analysis, endpoint: M.EndpointClass, is_primary: bool,
              population: M.Population,
              interim: tuple[str, ...], stamp: _Stamp) -> Estimate:
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
    groups, direction = _orient(m, a, measure, v, lo, hi)
    sub = _analysis_subgroup(m, a)
    if measure in M.RATIO_MEASURES:
        notes += M.degenerate_checks(v, lo, hi, a.ci_comment)
    return Estimate(
        measure=measure, value=v, endpoint=endpoint, endpoint_text=m.title,
        groups=groups, ci_low=lo, ci_high=hi,
        ci_level=level if (lo is not None or hi is not None) else None, p_operator=op, p_value=p,
        unit=None if measure in M.RATIO_MEASURES else M.unit_of(m.units),
        value_text=None if v is not None else (a.param_value or None), is_primary=is_primary,
        time_frame=m.time_frame, method=a.method, note=a.comment, source="registry", trial_id=trial_id,
        checks=tuple(notes) + M.checks(measure, v, lo, hi, level, op, p) + interim, direction_source=direction,
        population_kind=(sub or population).kind, population_detail=(sub or population).detail, **stamp)


# ---------------------------------------------------------------------------
# Direction: which group is the numerator (experimental) and which the reference
# ---------------------------------------------------------------------------

_STOP = frozenset({
    "hr", "hazard", "hazards", "ratio", "ratios", "odds", "or", "rr", "risk", "difference", "differences", "is", "was",
    "are", "were", "the", "of", "in", "for", "and", "to", "with", "arm", "arms", "group", "groups", "treatment", "p",
    "value", "values", "estimate", "estimated", "an", "model", "cox", "than", "less", "greater", "that", "this",
    "plus", "calculated", "using", "by", "on", "at", "as", "be", "used", "analysis", "a", "favor", "favour", "favors",
    "favours", "indicates", "means", "better", "response", "reduction", "rate", "proportional",
})
_TOKEN = re.compile(r"[A-Za-z0-9]+")
_SEPARATORS = re.compile(r"\s+(?:vs\.?|versus|compared\s+(?:with|to)|relative\s+to|over|minus|divided\s+by)\s+"
                         r"|\s*/\s*|(?<=\w):(?=\w)", re.I)
_LESS_FAVOURS = re.compile(r"(?:<|less\s+than|below)\s*1(?:\.0+)?\b[^.;]*?\bfavou?r(?:s|ing)?\b(?:\s+of)?"
                           r"(?P<x>[^.;]*)", re.I)
_MORE_FAVOURS = re.compile(r"(?:>|greater\s+than|more\s+than|above)\s*1(?:\.0+)?\b[^.;]*?\bbetter\b[^.;]*?"
                           r"\bfavou?r(?:s|ing)?\b(?:\s+of)?(?P<x>[^.;]*)", re.I)


def _words(text: str) -> list[str]:
    """Tokens for matching: lower-cased, single capital letters kept ("Arm B"), stop words dropped."""
    out = []
    for t in _TOKEN.findall(text):
        if len(t) == 1:
            if t.isupper() or t.isdigit():
                out.append(t.lower())
            continue
        if t.lower() not in _STOP:
            out.append(t.lower())
    return out


def _hit(w: str, title_words: list[str]) -> bool:
    for t in title_words:
        if w == t or (len(w) >= 3 and t.startswith(w)) or (len(t) >= 4 and w.startswith(t)):
            return True
    return False


def _which(words: list[str], titles: dict[str, list[str]]) -> str | None:
    """The one group whose title matches most of ``words`` (None on a tie or no match)."""
    if not words:
        return None
    scores = {g: sum(_hit(w, tw) for w in words) for g, tw in titles.items()}
    best = max(scores.values())
    winners = [g for g, s in scores.items() if s == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def _pair_from_statement(text: str, titles: dict[str, list[str]]) -> tuple[str, str] | None:
    """``(numerator, reference)`` group IDs from "HR is Arm B vs A", "CZP/Placebo",
    "stop vs continue", "Difference is CDM minus LCM"; both sides must name different
    groups (one side may be an unknown abbreviation when the other names one of two groups)."""
    full: list[tuple[str, str]] = []
    partial: list[tuple[str, str]] = []
    for sep in _SEPARATORS.finditer(text):
        left = _words(re.split(r"[,;.(]\s", text[:sep.start()])[-1])[-3:]
        right = _words(re.split(r"[,;.)]\s|[,;]", text[sep.end():])[0])[:3]
        a, b = _which(left, titles), _which(right, titles)
        if a and b and a != b:
            full.append((a, b))
        elif len(titles) == 2 and left and right and (known := a or b):
            other = next(g for g in titles if g != known)
            partial.append((known, other) if a else (other, known))
    if full:
        return full[0]
    return partial[0] if partial else None


def _favoured(text: str, measure: str, titles: dict[str, list[str]]) -> tuple[str, str] | None:
    """"A hazard ratio < 1 favours X" (HR, RR: X is the numerator), "an odds ratio > 1 means
    better response in favor of X" (OR, RR: X is the numerator); two groups only."""
    if len(titles) != 2:
        return None
    for pattern, measures in ((_LESS_FAVOURS, ("HR", "RR", "IRR")), (_MORE_FAVOURS, ("OR", "RR"))):
        m = pattern.search(text)
        if m and measure in measures:
            x = _which(_words(m.group("x"))[:6], titles)
            if x:
                return x, next(g for g in titles if g != x)
    return None


def _decimals(text: str | None) -> int:
    s = (text or "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def _bounds(text: str | None) -> tuple[float, float] | None:
    v = M.number(text)
    if v is None:
        return None
    half = 0.5 * 10 ** -_decimals(text)
    return v - half, v + half


def _from_arms(m: _Measure, a: _Analysis, measure: str, v: float | None, lo: float | None,
               hi: float | None) -> tuple[str, str] | None:
    """Direction that the per-arm values of the same measure imply, when only one fits.

    - RR of proportions: the per-arm percentages (or counts over participants analysed),
      with the rounding of each printed number, reproduce the ratio one way only;
    - HR: the CI excludes 1 and both arms have a median: HR < 1 puts the arm with the
      longer median in the numerator, HR > 1 the shorter one.
    """
    if v is None or v <= 0 or len(a.group_ids) != 2 or len({c[1:3] for c in m.cells}) != 1:
        return None
    raw = {gid: value for gid, _, _, value, _, _, _ in m.cells}
    g1, g2 = a.group_ids
    if raw.get(g1) is None or raw.get(g2) is None:
        return None
    if measure == "RR":
        unit = M.unit_of(m.units)
        b1, b2 = _bounds(raw[g1]), _bounds(raw[g2])
        if b1 is None or b2 is None or b1[0] <= 0 or b2[0] <= 0 or unit not in ("%", "participants"):
            return None
        if unit == "participants":
            n1, n2 = M.number(m.denoms.get(g1)), M.number(m.denoms.get(g2))
            if not n1 or not n2:
                return None
            b1, b2 = (b1[0] / n1, b1[1] / n1), (b2[0] / n2, b2[1] / n2)
        vb = _bounds(a.param_value) or (v, v)
        fits_12 = b1[0] / b2[1] <= vb[1] and vb[0] <= b1[1] / b2[0]
        fits_21 = b2[0] / b1[1] <= vb[1] and vb[0] <= b2[1] / b1[0]
        if fits_12 != fits_21:
            return (g1, g2) if fits_12 else (g2, g1)
        return None
    if measure == "HR" and lo is not None and hi is not None and (hi < 1 or lo > 1) \
            and (M.measure_of(m.param) == "median") and M.unit_of(m.units) in ("months", "weeks", "days", "years"):
        m1, m2 = M.number(raw[g1]), M.number(raw[g2])
        if m1 is None or m2 is None or m1 == m2:
            return None
        longer, shorter = (g1, g2) if m1 > m2 else (g2, g1)
        return (longer, shorter) if v < 1 else (shorter, longer)
    return None


def _orient(m: _Measure, a: _Analysis, measure: str, v: float | None, lo: float | None,
            hi: float | None) -> tuple[tuple[str, ...], str]:
    """``((numerator, reference), direction_source)``: from the record's statements
    (estimate comment, group description, non-inferiority text, method description), else
    from the arms' values, else the record's group order with ``unknown``."""
    ids = [g for g in a.group_ids if g in m.groups] or a.group_ids
    listed = tuple(m.groups.get(g, g) for g in a.group_ids)
    if len(ids) != 2:
        return listed, "unknown"
    titles = {g: _words(m.groups[g]) for g in ids}
    for text in (a.comment, a.groups_desc, a.ni_desc, a.method_desc):
        if not text:
            continue
        pair = _pair_from_statement(text, titles) or _favoured(text, measure, titles)
        if pair:
            return (m.groups[pair[0]], m.groups[pair[1]]), "record"
    pair = _from_arms(m, a, measure, v, lo, hi)
    if pair:
        return (m.groups[pair[0]], m.groups[pair[1]]), "inferred_from_arms"
    return listed, "unknown"


_ANALYSIS_FOR = re.compile(r"^\s*(?:statistical\s+)?analysis\s+(?:for|of|in)\s+(?:the\s+)?(?P<x>.+?)\s*\.?\s*$", re.I)


def _class_key(text: str | None) -> str:
    """A class title without its counts: "ER Positive (N= 338, 166)" → "er positive"."""
    t = re.sub(r"\([^()]*\)", " ", text or "").lower()
    return " ".join(re.sub(r"\s*([<>=\u2264\u2265])\s*", r"\1", t).split())


def _analysis_subgroup(m: _Measure, a: _Analysis) -> M.Population | None:
    """The subgroup an analysis is restricted to.

    - "Statistical analysis for Cyclin D1 Negative" where that names a class of the
      measure ("Cyclin D1 Negative (N= 5, 10)") → ``subgroup: Cyclin D1 Negative``, or a class
      title quoted in the estimate comment or group description;
    - otherwise, in a measure split into several classes that repeats the same analysis
      (same groups, same parameter) for each, without saying which class it is →
      ``subgroup: one class of the measure (the record does not say which)``.
    """
    classes = {_class_key(t) for _, cls, cat, *_ in m.cells for t in (cls, cat) if t}
    g = _ANALYSIS_FOR.match(a.groups_desc or "")
    if g:
        x = _class_key(g.group("x"))
        if x and any(c == x or c.startswith(x + " ") for c in classes):
            return M.Population("subgroup", g.group("x").strip())
    # A class named in the analysis' own text ("HR = Nivolumab over Docetaxel; PD-L1 expression >= 5%").
    originals = {_class_key(cls): cls for _, cls, *_ in m.cells if cls}
    for text in (a.comment, a.groups_desc):
        named = [orig for key, orig in originals.items() if key and len(key) > 3 and key in _class_key(text)]
        if len(named) == 1:
            label = re.sub(r"\s*\([^()]*\)\s*$", "", named[0]).strip()
            return M.Population("subgroup", label)
    same = [b for b in m.analyses if b.group_ids == a.group_ids and b.param_type == a.param_type]
    titled = {_class_key(cls) for _, cls, *_ in m.cells if cls}
    if len(same) > 1 and len(titled) > 1:
        return M.Population("subgroup", "one class of the measure (the record does not say which)")
    return None


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
    status = ((study.get("protocolSection") or {}).get("statusModule") or {})
    rec = _Record(trial_id, iso_date((status.get("lastUpdatePostDateStruct") or {}).get("date")), "ctgov_v2")
    out: list[Estimate] = []
    for i, o in enumerate(oms):
        where = f"resultsSection.outcomeMeasuresModule.outcomeMeasures[{i}]"
        try:
            m = _Measure(o.get("type"), str(o.get("title") or "").strip(), o.get("timeFrame"), o.get("paramType"),
                         o.get("dispersionType"), o.get("unitOfMeasure"))
            m.population = o.get("populationDescription")
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
                                            a.get("statisticalMethod"), a.get("estimateComment"),
                                            a.get("groupDescription"), a.get("nonInferiorityComment"),
                                            a.get("statisticalComment"),
                                            a.get("ciUpperLimitComment") or a.get("ciLowerLimitComment")))
        except (AttributeError, KeyError, TypeError) as exc:
            out += _safe(trial_id, source, where, None, exc)
            continue
        out += _estimates(trial_id, m, rec)
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
    rec = _Record(trial_id, iso_date(_t(root, "last_update_posted") or _t(root, "lastchanged_date")),
                  "ctgov_legacy_xml")
    for i, o in enumerate(root.iterfind("clinical_results/outcome_list/outcome")):
        where = f"clinical_results/outcome_list/outcome[{i + 1}]"
        try:
            meas = o.find("measure")
            m = _Measure(_t(o, "type"), _t(o, "title") or "", _t(o, "time_frame"), _t(meas, "param"),
                         _t(meas, "dispersion"), _t(meas, "units"))
            m.population = _t(o, "population") or _t(meas, "population")
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
                    _t(a, "estimate_desc"), _t(a, "groups_desc"), _t(a, "non_inferiority_desc"),
                    _t(a, "method_desc"), _t(a, "ci_upper_limit_na_comment") or _t(a, "ci_lower_limit_na_comment")))
        except (AttributeError, TypeError) as exc:
            out += _safe(trial_id, source, where, None, exc)
            continue
        out += _estimates(trial_id, m, rec)
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
    status = ((study.get("ProtocolSection") or {}).get("StatusModule") or {})
    last = status.get("LastUpdatePostDateStruct")
    last_date = last.get("LastUpdatePostDate") if isinstance(last, Mapping) else status.get("LastUpdatePostDate")
    rec = _Record(trial_id, iso_date(last_date), "ctgov_classic")
    for i, o in enumerate(_cl(rs.get("OutcomeMeasuresModule") or {}, "OutcomeMeasureList", "OutcomeMeasure")):
        where = f"ResultsSection.OutcomeMeasuresModule.OutcomeMeasureList.OutcomeMeasure[{i}]"
        try:
            m = _Measure(o.get("OutcomeMeasureType"), str(o.get("OutcomeMeasureTitle") or "").strip(),
                         o.get("OutcomeMeasureTimeFrame"), o.get("OutcomeMeasureParamType"),
                         o.get("OutcomeMeasureDispersionType"), o.get("OutcomeMeasureUnitOfMeasure"))
            m.population = o.get("OutcomeMeasurePopulationDescription")
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
                    a.get("OutcomeAnalysisEstimateComment"), a.get("OutcomeAnalysisGroupDescription"),
                    a.get("OutcomeAnalysisNonInferiorityComment"), a.get("OutcomeAnalysisStatisticalComment"),
                    a.get("OutcomeAnalysisCIUpperLimitComment") or a.get("OutcomeAnalysisCILowerLimitComment")))
        except (AttributeError, KeyError, TypeError) as exc:
            out += _safe(trial_id, source, where, None, exc)
            continue
        out += _estimates(trial_id, m, rec)
    return tuple(out)
