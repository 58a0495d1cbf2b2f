"""Effect measures, units, endpoint classes and consistency checks shared by registry results and text."""

from __future__ import annotations

import math
import re

# ---------------------------------------------------------------------------
# Measures
# ---------------------------------------------------------------------------

RATIO_MEASURES = frozenset({"HR", "OR", "RR", "IRR"})

_MEASURE_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"hazard|cox|\bHR\b", re.I), "HR"),
    (re.compile(r"incidence rate ratio|rate ratio|\bIRR\b", re.I), "IRR"),
    (re.compile(r"odds|\bOR\b", re.I), "OR"),
    (re.compile(r"risk ratio|relative risk(?! reduction)|\bRR\b", re.I), "RR"),
    (re.compile(r"risk difference|\bRD\b", re.I), "risk difference"),
    (re.compile(r"mean difference|difference in (?:adjusted |ls )?means|ls mean diff|difference of l", re.I),
     "mean difference"),
    (re.compile(r"median", re.I), "median"),
    (re.compile(r"geometric mean", re.I), "geometric mean"),
    (re.compile(r"least squares mean|ls mean", re.I), "least squares mean"),
    (re.compile(r"\bmean\b", re.I), "mean"),
    (re.compile(r"count of participants", re.I), "count"),
    (re.compile(r"^\s*number\s*$", re.I), "number"),
)


def measure_of(label: str | None) -> str:
    """Map a registry's parameter label to a measure: ``"Hazard Ratio (HR)"``,
    ``"Cox Proportional Hazard"`` and ``"Hazard Ratio, log"`` → ``HR``; ``"Odds Ratio (OR)"``
    → ``OR``; ``"MEDIAN"`` → ``median``; anything else lower-cased as given."""
    if not label:
        return "other"
    for pattern, name in _MEASURE_WORDS:
        if pattern.search(label):
            return name
    return " ".join(label.replace("_", " ").lower().split())


# ---------------------------------------------------------------------------
# Units
# ---------------------------------------------------------------------------

_TIME_UNITS = (("month", "months"), ("mo", "months"), ("mos", "months"), ("week", "weeks"), ("wk", "weeks"),
               ("day", "days"), ("year", "years"), ("yr", "years"), ("hour", "hours"), ("hr", "hours"),
               ("h", "hours"), ("minute", "minutes"), ("min", "minutes"))


def unit_of(text: str | None) -> str | None:
    """Normalise a unit: any spelling of months / weeks / days / years, ``%`` for
    percentages, ``participants``; other units lower-cased as given."""
    if not text:
        return None
    t = " ".join(text.lower().split())
    words = re.findall(r"[a-z%]+", t)
    if "percentage" in t or "percent" in t or t.strip() == "%" or t.startswith("%"):
        return "%"
    for w in words:
        for stem, unit in _TIME_UNITS:
            if w == stem or w == stem + "s" or (len(stem) > 3 and w.startswith(stem)):
                return unit
    if words and words[0] in ("participants", "participant", "patients"):
        return "participants"
    return t


# ---------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------

_NOT_A_NUMBER = re.compile(r"^(?:na|n/a|nr|ne|not (?:reached|estimable|evaluable|applicable|calculated)|"
                           r"-|--|—|\.|not available)$", re.I)


def number(text: str | None) -> float | None:
    """A number as printed (``"16.6"``, ``"16·6"``, ``".003"``, ``"1,206"``), or None for
    "NA", "not reached" and other non-numbers (never zero)."""
    if text is None:
        return None
    s = str(text).strip().replace("\u00b7", ".").replace("\u2212", "-").replace(",", "").replace(". ", ".")
    if not s or _NOT_A_NUMBER.match(s):
        return None
    try:
        v = float(s)
    except ValueError:
        return None
    return v if math.isfinite(v) else None


_P = re.compile(r"^\s*(?:p\s*)?(?P<op><=|>=|=<|=>|≤|≥|<|>|=|&lt;|&gt;|&le;|&ge;)?\s*(?P<v>\d*\.?\d+(?:e-?\d+)?)\s*$", re.I)
_OPS = {"&lt;": "<", "&gt;": ">", "&le;": "<=", "&ge;": ">=", "≤": "<=", "≥": ">=", "=<": "<=", "=>": ">="}


def p_value(text: str | None) -> tuple[str | None, float | None]:
    """Split a printed P value into (operator, value): ``"<0.0001"`` → ``("<", 0.0001)``,
    ``"&lt;.001"`` → ``("<", 0.001)``, ``"0.0486"`` → ``("=", 0.0486)``; unreadable → (None, None)."""
    if not text:
        return None, None
    m = _P.match(str(text).replace("\u00b7", "."))
    if not m:
        return None, None
    op = m.group("op") or "="
    return _OPS.get(op.lower(), op), float(m.group("v"))


# ---------------------------------------------------------------------------
# Endpoints
# ---------------------------------------------------------------------------

_ENDPOINTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("IDFS", re.compile(r"invasive (?:breast cancer|disease)[- ]free|\bI(?:DFS|BCFS)\b", re.I)),
    ("DFS", re.compile(r"disease[- ]free survival|\bDFS\b", re.I)),
    ("EFS", re.compile(r"event[- ]free survival|\bEFS\b", re.I)),
    ("RFS", re.compile(r"(?:relapse|recurrence)[- ]free (?:survival|interval)|\bRFS\b", re.I)),
    ("TTP", re.compile(r"time to (?:disease |tumou?r )?progression|\bTTP\b", re.I)),
    ("PFS", re.compile(r"progression[- ]free|\bPFS\b|progression or death|disease progression or death", re.I)),
    ("DoR", re.compile(r"duration of (?:objective |overall )?response|\bDoR\b", re.I)),
    ("ORR", re.compile(r"(?:objective|overall|tumou?r) response rate|\bORR\b|response rate", re.I)),
    ("OS", re.compile(r"overall survival|\bOS\b|\bdeath\b|mortality", re.I)),
)
# A bare "survival" ("median survival time") is overall survival unless another class matched.
_SURVIVAL = re.compile(r"(?<![-\w] )(?<!free )\bsurvival\b", re.I)


def endpoint_of(text: str | None) -> str:
    """Class of an endpoint phrase: PFS, OS, DFS, IDFS (incl. IBCFS), EFS, RFS, TTP, DoR,
    ORR, or ``other`` (quality of life, biomarkers…)."""
    if not text:
        return "other"
    best: tuple[int, str] | None = None
    for code, pattern in _ENDPOINTS:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), code)
    if best:
        return best[1]
    return "OS" if _SURVIVAL.search(text) and not re.search(r"free|specific", text, re.I) else "other"


# ---------------------------------------------------------------------------
# Consistency checks and derived quantities
# ---------------------------------------------------------------------------

_Z = {90.0: 1.6448536, 95.0: 1.9599640, 99.0: 2.5758293}


def z_of(level: float | None) -> float:
    """Two-sided normal quantile for a confidence level in percent (95 → 1.96)."""
    if level is None:
        return _Z[95.0]
    if level in _Z:
        return _Z[level]
    from statistics import NormalDist

    return NormalDist().inv_cdf(0.5 + level / 200.0)


def se_log(ci_low: float | None, ci_high: float | None, level: float | None) -> float | None:
    """Standard error of log(ratio) from its CI: (ln hi − ln lo) / (2 z)."""
    if ci_low is None or ci_high is None or ci_low <= 0 or ci_high <= 0 or ci_high < ci_low:
        return None
    return (math.log(ci_high) - math.log(ci_low)) / (2 * z_of(level))


def checks(measure: str, value: float | None, ci_low: float | None, ci_high: float | None,
           ci_level: float | None, p_op: str | None, p: float | None) -> tuple[str, ...]:
    """Warnings for numbers that disagree with each other; the numbers themselves are kept.

    - ``ci_excludes_estimate``: the CI does not contain the estimate;
    - ``ci_reversed``: lower limit above the upper;
    - ``ci_not_log_symmetric``: for ratios, the estimate is far from the CI's geometric middle;
    - ``p_inconsistent_with_ci``: for ratios, the P value implied by the CI disagrees with
      the reported one by more than its rounding allows (or on which side of 0.05 it falls).
    """
    out: list[str] = []
    if value is None:
        return ()
    if ci_low is not None and ci_high is not None:
        if ci_low > ci_high:
            out.append("ci_reversed")
        elif not ci_low <= value <= ci_high:
            out.append("ci_excludes_estimate")
    if measure in RATIO_MEASURES and ci_low and ci_high and value > 0 and 0 < ci_low < ci_high:
        lo, hi, v = math.log(ci_low), math.log(ci_high), math.log(value)
        width = hi - lo
        # Printed values are rounded: allow 0.005 of rounding on each number.
        slack = 0.005 / min(value, ci_low) + 0.005 / ci_high
        if width > 0 and abs(v - (lo + hi) / 2) > 0.15 * width + slack:
            out.append("ci_not_log_symmetric")
        if p is not None and p_op is not None:
            from statistics import NormalDist

            se = width / (2 * z_of(ci_level))
            implied = 2 * (1 - NormalDist().cdf(abs(v) / se)) if se > 0 else None
            alpha = 1 - (ci_level or 95.0) / 100
            excludes_one = ci_low > 1 or ci_high < 1
            if p_op in ("<", "<=") and not excludes_one and p <= alpha:
                out.append("p_inconsistent_with_ci")
            elif p_op == "=" and excludes_one != (p < alpha) and abs(p - alpha) > 0.01:
                out.append("p_inconsistent_with_ci")
            elif (p_op == "=" and implied is not None and not implied / 5 <= p <= implied * 5
                  and abs(p - implied) > 0.02):
                out.append("p_inconsistent_with_ci")
    return tuple(out)
