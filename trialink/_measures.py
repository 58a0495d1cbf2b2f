"""Effect measures, units, endpoint classes and consistency checks shared by registry results and text."""

from __future__ import annotations

import math
import re
from typing import Literal, NamedTuple, get_args

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
               ("h", "hours"), ("minute", "minutes"), ("min", "minutes"), ("d", "days"), ("second", "seconds"),
               ("sec", "seconds"))


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


_P = re.compile(r"^\s*(?:p\s*)?(?P<op><=|>=|=<|=>|≤|≥|<|>|=|&lt;|&gt;|&le;|&ge;)?"
                r"\s*(?P<v>\d*\.?\d+(?:e-?\d+)?)\s*$", re.I)
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
# Endpoints: the one place for endpoint classes
# ---------------------------------------------------------------------------

EndpointClass = Literal["OS", "PFS", "DFS", "EFS", "IDFS", "RFS", "TTP", "DoR", "ORR", "composite", "safety", "other",
                        "unknown"]
"""Endpoint class of an estimate, as :func:`endpoint_of` assigns it."""

ENDPOINT_CLASSES: tuple[EndpointClass, ...] = get_args(EndpointClass)
"""Endpoint classes, as :func:`endpoint_of` assigns them."""

# Rule 1: an endpoint named as such; the earliest name in the text wins.
_NAMED: tuple[tuple[EndpointClass, re.Pattern[str]], ...] = (
    # ("invasive disease or death": the events of invasive disease-free survival)
    ("IDFS", re.compile(r"invasive (?:breast cancer|disease)[- ]free|\bI(?:DFS|BCFS)\b|"
                        r"\binvasive\s+disease\s+or\s+death\b", re.I)),
    # ("disease recurrence or death": the events of disease-free survival)
    ("DFS", re.compile(r"disease[- ]free survival|\bDFS\b|\b(?:disease\s+)?recurrence\s+or\s+death\b|"
                       r"^(?:alive\s+and\s+)?disease[- ]free$", re.I)),  # ("… were disease free at 5 years (HR …")
    ("EFS", re.compile(r"event[- ]free survival|\bEFS\b", re.I)),
    # ("relapse or death": the events of relapse-free survival)
    ("RFS", re.compile(r"(?:relapse|recurrence)[- ]free (?:survival|interval)|\bRFS\b|"
                       r"\b(?:disease\s+)?relapse\s+or\s+death\b", re.I)),
    # (not a symptom's progression: "time to progression in BPI-SF pain at its worst")
    # (also where: "time to hepatic progression", "time to extrahepatic progression", "time to local progression")
    ("TTP", re.compile(r"times?[- ]to[- ](?:(?:disease |tumou?r |(?:extra-?)?hepatic |local |locoregional |distant |"
                       r"intracranial |CNS )?progression|progressive disease)(?!\s+or\s+death)"
                       r"(?!\s+(?:in|of)\s+(?:[\w-]+\s+){0,3}?(?:pain|scores?|symptoms?|disability|BPI[\w-]*)\b)|"
                       r"\bTTP\b", re.I)),
    # "rPFS" (radiographic), "nPFS" (neurological), "mPFS" (median), "bPFS" (biochemical), "rwPFS" (real-world)
    ("PFS", re.compile(r"progression[- ]free|\b[rnmcib]?PFSs?\b|\b(?-i:rwPFS)\b|(?:disease )?progression or death|"
                       r"survival free (?:of|from) (?:disease )?progression", re.I)),
    # (a remission's duration after induction, "duration of complete remission", is the response's)
    ("DoR", re.compile(r"duration of (?:objective |overall )?response|(?:objective )?response duration|\bDoR\b|"
                       r"duration of (?:complete |first )?remission|remission duration", re.I)),
    # (not a survey's or questionnaire's response rate)
    ("ORR", re.compile(r"(?:objective|overall|tumou?r) response rate|\bORR\b|"
                       r"(?<!survey )(?<!questionnaire )(?<!mail )(?<!postal )response rate|"
                       # (not "time to objective response": when responders responded, a time)
                       r"(?<!time to )objective (?:tumou?r )?response|best overall response", re.I)),
    # ("mOS": median, "rwOS": real-world; in that case only: "MOS" is the Medical Outcomes Study's, "mos" months)
    ("OS", re.compile(r"overall survival|\bOS\b|\b(?-i:mOS|rwOS|OSs)\b", re.I)),  # ("OSs": the plural)
)
# Rule 2: harms.
_SAFETY = re.compile(r"adverse (?:event|reaction|drug reaction|effect)|\bT?E?AEs?\b|\bSAEs?\b|toxicit|side[- ]effect|"
                     r"\btoxic\s+effects?\b|"
                     r"\bsafety\b|tolerabilit|dose[- ]limiting|laboratory abnormalit|"
                     # bleeding graded by a scale ("major bleeding", "TIMI major", "BARC type 3-5 bleeding",
                     # "non-CABG major bleeding"), not a bleed that a trial treats ("rebleeding", "intracranial
                     # haemorrhage"); "any bleed", "CRNM bleed" (clinically relevant non-major); hypoglycaemia
                     r"\b(?:major|minor|non-?major|clinically\s+relevant|life-threatening|irregular|breakthrough|any|"
                     r"(?-i:TIMI|PLATO|BARC|GUSTO|ISTH|CRNM))"
                     r"\b(?:[\s-]+[\w-]+){0,3}?[\s-]+(?:bleeding|bleeds?|h(?:a)?emorrhages?)\b|"
                     r"\bbleeding\s+(?:events?|complications?)\b|\bhypoglyc(?:a)?emi|"
                     # complications of the procedure or treatment, events that stopped it
                     r"\b(?:operative|post-?operative|peri-?operative|intra-?operative|surgical|procedural|"
                     r"treatment-related|drug-related)\s+complications?\b|"
                     # ("overall complications", "Clavien III-IV complications", "late complications"; not a disease's
                     # own: "microvascular complications", "pregnancy complications"); a procedure's haematoma
                     r"(?<!diabetic )(?<!diabetes )(?<!microvascular )(?<!macrovascular )(?<!vascular )"
                     r"(?<!pregnancy )(?<!obstetric )(?<!neonatal )(?<!maternal )(?<!disease )(?<!cardiovascular )"
                     r"(?<!perinatal )(?<!secondary )"
                     r"\bcomplications?\b|\bh(?:a)?ematomas?\b|"
                     r"\b(?:leading\s+to|resulting\s+in)\s+(?:treatment\s+|drug\s+|study\s+drug\s+)?"
                     r"(?:discontinuation|withdrawal)|"
                     # harms by their name or their grade: "grade 2 or higher HFS", "grade ≥3 neutropenia", "grade 3/4",
                     # febrile neutropenia, cytokine release syndrome, hand-foot syndrome, infusion reactions
                     r"\bgrade\s*(?:≥|>\s*=?|>\s*or\s*=|[1-5]\s*(?:or\s+(?:higher|greater|more|above|[2-5])|/\s*[2-5]|"
                     # (not the bare abbreviations: "CRS" is also chronic rhinosinusitis, "HFS" hospital-free survival)
                     r"-\s*[2-5]|\+))|\bfebrile\s+neutropeni|\bcytokine[\s-]+release\s+syndrome|"
                     r"\bhand[\s-]+foot\s+(?:skin\s+)?(?:syndrome|reactions?)|"
                     r"\b(?:infusion|injection)[\s-]+(?:site\s+|related\s+)?reactions?|\banaphyla", re.I)
# Rule 3: death. Alone (any cause) it is OS; joined with another event ("… or death",
# "hospitalisation or death", "progression to a new WHO stage 4 event or death") it is a
# composite; death from one cause only ("breast cancer-specific", "death due to …") is other.
# (not "non-fatal MI")
_DEATH = re.compile(r"\bdeaths?\b|\bdied\b|\bdying\b|\bdie\b|mortality|(?<!non-)(?<!non)\bfatal", re.I)
_CAUSE_SPECIFIC = re.compile(r"(?:cancer|disease|cause|cardiovascular|tumou?r)[- ]specific|"
                             r"\b[\w]+-specific\s+(?:deaths?|mortality|survival)\b|"  # ("CRC-specific mortality")
                             r"\bother\s+causes?\s+of\s+(?:death|mortality)|"  # ("other causes of death": competing)
                             r"(?:deaths?|mortality)\s+(?:due\s+to|from|related\s+to|attributed\s+to)\s+(?!any\b|all\b)|"
                             # a cause before the word: "sudden death", "cardiovascular mortality", "AIDS-related death"
                             r"\b(?:sudden|cardiac|cardiovascular|(?-i:CV)|coronary|cerebrovascular|stroke|(?:non-?)?arrhythmic|vascular|"
                             r"cancer|infection|infectious|sepsis|AIDS|HIV|liver|hepatic|renal|respiratory|"
                             r"(?<!all-cause )(?<!any )disease|"  # ("cardiovascular disease mortality")
                             r"(?:drug\s+)?overdose|suicide|injury|"  # ("overdose death": one cause)
                             # ("nonrelapse mortality": a transplant's deaths without relapse, a competing risk)
                             r"non-?\s?relapse|"
                             r"[\w]+-(?:related|associated|attributable))\s+(?:deaths?|mortality)\b|"
                             # "fatal stroke", "fatal MACE", "fatal or non-fatal MI" (not "a fatal event")
                             r"(?<!non-)(?<!non)\bfatal\s+(?!events?\b|outcomes?\b|cases?\b)[A-Za-z]",
                             re.I)
# Composites named as such: "MACE", "major adverse cardiovascular events".
_COMPOSITE_NAMED = re.compile(r"\bMACC?Es?\b|major adverse (?:cardiac|cardiovascular|cerebrovascular|limb)|"
                              # "amputation-free survival", "ventilator-free survival": the event or death (the named
                              # ones, progression-, disease-, relapse-, event-free, are matched before)
                              r"\b(?!cancer|disease|tumou?r)[a-z]+[- ]free\s+survival\b|"
                              # "survival free of hospitalisation", "survival without bronchopulmonary dysplasia":
                              # alive and without the event
                              r"\bsurvival\s+(?:free\s+(?:of|from)|without)\s+"
                              r"(?!(?:any\s+)?(?:disease|progression|relapse|recurrence)\b)\w|"
                              # "the composite end point", "composite primary outcome" (not a composite score)
                              r"\bcomposite\s+(?:(?:primary|secondary|efficacy|safety|clinical)\s+)?(?:end[- ]?points?|"
                              r"outcomes?)\b|"
                              # "its primary composite", "the combined end point" (not a composite score)
                              r"\b(?:primary|secondary)\s+composite\b(?!\s+(?:scores?|index|scale))|"
                              r"\bcombined\s+(?:(?:primary|secondary)\s+)?(?:end[- ]?points?|outcomes?)\b|"
                              # "composite of fatal and non-fatal MI, stroke, …", "composite adverse perinatal outcome",
                              # "key secondary cardiovascular composite" (not a composite score or index)
                              r"\bcomposite\s+of\s+(?!(?:the\s+)?(?:scores?|index|scales?)\b)|"
                              r"\bcomposite\s+(?:[\w-]+\s+){1,3}?(?:outcomes?|end[- ]?points?|events?)\b|"
                              r"\b(?:cardiovascular|vascular|clinical|efficacy|safety|renal|cardiac)\s+composite\b"
                              r"(?!\s+(?:scores?|index|scales?))",
                              re.I)
_COMPOSITE = re.compile(r"\b(?:or|and/or|and)\s+(?:(?:sudden|cardiac|cardiovascular|CV|vascular|coronary|"
                        r"arrhythmic)\s+)?(?:death|mortality|die|died)\b|"
                        # ("death and severe disability", "mortality and adverse events": one event list)
                        r"\b(?:death|mortality)\s*(?:,|or\b|and/or\b|and\b(?!\s+(?:the|its|their|was|were)\b))\s*"
                        r"(?!from\b|due\b)\w|"
                        # "death from cardiovascular causes or myocardial infarction", "death from cardiovascular
                        # causes, nonfatal myocardial infarction, or nonfatal stroke"
                        r"\b(?:deaths?|mortality)\s+(?:from|due\s+to)\s+[\w -]{1,40}?(?:,[\w -]{1,60}?,?)?\s"
                        r"(?:or|and/or)\s+(?!death\b)\w",
                        re.I)
# Rule 4: a bare "survival" ("median survival time") is overall survival.
# ("survival time to extubation": a time to another event, not survival)
_SURVIVAL = re.compile(r"(?:(?<![-\w] )(?<!free )|(?<=median )|(?<=mean )|(?<=actuarial )|(?<=estimated )|"
                       r"(?<=patient )|(?<=patients' )|(?<=postoperative )|(?<=post-operative )|"
                       # "the median Kaplan-Meier survival estimates were: 1540 days …"
                       r"(?<=Kaplan-Meier )|(?<=Kaplan\u2013Meier )|"
                       # "associated with shorter survival", "improved survival"
                       r"(?<=shorter )|(?<=longer )|(?<=improved )|(?<=better )|(?<=worse )|(?<=poorer )|"
                       r"(?<=prolonged )|(?<=reduced )|(?<=increased )|(?<=decreased )|"
                       # "long-term survival", "greater survival"
                       r"(?<=long-term )|(?<=long term )|(?<=greater )|(?<=higher )|(?<=lower )|"
                       # a landmark: "5-year survival", "2-year overall survival" is matched before
                       r"(?<=\d-year )|(?<=\d-month )|(?<=\d year )|(?<=\d-yr )|"
                       r"(?<=one year )|(?<=one-year )|(?<=two year )|(?<=two-year )|"
                       r"(?<=three year )|(?<=three-year )|(?<=four year )|(?<=four-year )|"
                       r"(?<=five year )|(?<=five-year )|(?<=ten year )|(?<=ten-year ))\bsurvivals?\b"
                       r"(?!\s+(?:times?\s+)?(?:to|until|without)\s+(?!death\b))", re.I)


def endpoint_of(text: str | None) -> EndpointClass:
    """Class of an endpoint phrase or an outcome title.

    Rules, in order (the first that applies decides):

    1. A named endpoint, the earliest in the text: IDFS (also IBCFS, "invasive disease-free"),
       DFS, EFS, RFS, TTP ("time to progression", not "… progression or death"), PFS
       ("progression-free", "progression or death"), DoR ("duration of response", "response
       duration"), ORR ("response rate"), OS ("overall survival").
    2. ``safety``: adverse events, toxicity, side effects, tolerability, bleeding graded by a scale
       ("major bleeding", "TIMI major bleeding"; not "rebleeding"), hypoglycaemia.
    3. Death or mortality: ``OS`` when death from any cause is the only event; ``composite``
       when joined with another event ("new hospitalisation or death", also a death from one cause:
       "myocardial infarction or sudden death"); ``other`` when the death is from one cause only
       ("breast cancer-specific mortality", "fatal stroke").
       A composite named as such ("MACE", "major adverse cardiovascular events", "amputation-free
       survival", "the composite end point") is ``composite``.
    4. A bare "survival" is ``OS``, also "median", "actuarial" or "post-operative survival" and a
       landmark's ("5-year survival", "five year survival"; not "…-free" or "…-specific" survival,
       "graft survival", nor "survival time to extubation", a time to another event).
    5. Anything else (quality of life, biomarkers, response criteria…) is ``other``.

    No text at all (the source names no end point, or it could not be read) is ``unknown``,
    never ``other``.

    Parameters
    ----------
    text : str or None

    Returns
    -------
    str
        One of :data:`ENDPOINT_CLASSES`.
    """
    if not text or not text.strip():
        return "unknown"
    best: tuple[int, EndpointClass] | None = None
    for code, pattern in _NAMED:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), code)
    if best:
        return best[1]
    if _SAFETY.search(text):
        return "safety"
    if _DEATH.search(text):
        if _COMPOSITE.search(text) or re.search(r"\bcomposite\b(?!\s+(?:scores?|index|scales?)\b)", text, re.I):
            # (a cause-specific death joined with another event is a composite too; so is a death in an event list
            # called a composite — not "fatal MACE", a death from one cause)
            return "composite"
        return "other" if _CAUSE_SPECIFIC.search(text) else "OS"
    if _COMPOSITE_NAMED.search(text):
        return "composite"
    return "OS" if _SURVIVAL.search(text) and not re.search(r"free|specific", text, re.I) else "other"


# ---------------------------------------------------------------------------
# Populations and data cuts
# ---------------------------------------------------------------------------

_SUBGROUP = re.compile(
    r"subgroup|subset|sub-population|\bonly\s+(?:for\s+|in\s+)?(?:those|participants|patients|subjects)|"
    r"(?:participants|patients|subjects)\s+with\s+(?:an?\s+)?[^.;]*?(?:signature|mutation|expression|positive|"
    r"negative|amplification|deletion|metastas[ie]s|measurable disease)|"
    r"who\s+(?:had|achieved|have)\s+[^.;]*?(?:response|responded|CR\b|PR\b|measurable)|\bresponders?\b|"
    r"with\s+response\b", re.I)
_PER_PROTOCOL = re.compile(r"per[- ]protocol|\bPP\s+(?:population|set|analysis)", re.I)
_EVALUABLE = re.compile(r"\bPK\b|pharmacokinetic|evaluable|with\s+(?:a\s+)?baseline\s+and|"
                        r"(?:with|had)\s+(?:evaluable|available)\s+data|analy[sz]ed\s+set\s+of\s+\w+\s+with", re.I)
_ITT = re.compile(r"intent(?:ion)?[- ]to[- ]treat|\bITT\b|full analysis set|\bFAS\b|all\s+(?:\w+\s+){0,2}"
                  r"randomi[sz]ed|all\s+(?:participants|patients|subjects)\s+(?:who\s+were\s+)?randomi[sz]ed", re.I)
_TREATED = re.compile(r"at\s+least\s+(?:one|1)\s+dose|safety\s+(?:population|analysis\s+set|set)|"
                      r"as[- ]treated|\bAT\s+population", re.I)


#: Which participants an estimate is about (:attr:`trialink.Estimate.population_kind`).
PopulationKind = Literal["overall", "subgroup", "modified_itt", "per_protocol", "evaluable", "safety", "unknown"]

_POPULATION_LABELS: dict[str, str] = {"overall": "overall", "modified_itt": "modified ITT",
                                      "per_protocol": "per-protocol", "safety": "safety", "unknown": "unknown"}


class Population(NamedTuple):
    """An analysis population as fields: ``kind`` and, for a subgroup or an evaluable set, its
    ``detail`` as the source describes it. ``str()`` renders it for people ("subgroup: PD-L1
    positive", "modified ITT"); nothing parses that text back."""

    kind: PopulationKind = "unknown"
    detail: str | None = None

    def __str__(self) -> str:
        if self.kind in ("subgroup", "evaluable"):
            return f"{self.kind}: {self.detail}" if self.detail else self.kind
        if self.kind not in _POPULATION_LABELS:
            raise ValueError(f"population kind {self.kind!r} is not one of {list(get_args(PopulationKind))}")
        return _POPULATION_LABELS[self.kind]


OVERALL = Population("overall")
UNKNOWN_POPULATION = Population("unknown")


def _short(text: str, limit: int = 120) -> str:
    t = " ".join(text.split())
    return t if len(t) <= limit else t[:limit - 1].rstrip() + "…"


_TITLE_POPULATION = re.compile(r"\((?P<p>[^()]*?)\s+population\)", re.I)
_WHOLE_TITLE_POPULATION = re.compile(r"^(?:the\s+)?(?:whole|overall|total|all|full|ITT|intention)", re.I)


def title_subgroup(title: str | None) -> Population | None:
    """A subgroup (detail: the group) when an outcome title names a population other than the whole
    one ("Overall Survival (PD-L1 Positive Population)"), else None."""
    m = _TITLE_POPULATION.search(title or "")
    if not m or not m.group("p").strip() or _WHOLE_TITLE_POPULATION.match(m.group("p").strip()):
        return None
    return Population("subgroup", m.group("p").strip())


def population_of(text: str | None) -> Population:
    """Analysis population from a registry's population description.

    Returns
    -------
    Population
        ``subgroup`` (detail: the description; a biomarker or clinical subset, responders,
        "only those who …"), ``per_protocol``, ``evaluable`` (detail: the description; PK, PRO or
        other data-availability sets), ``modified_itt`` (randomised and given at least one dose),
        ``safety`` (as-treated / safety set), ``overall`` (ITT, full analysis set, all
        randomised), or ``unknown`` (no description, or one that says none of these).
    """
    if not text or not text.strip():
        return UNKNOWN_POPULATION
    if _SUBGROUP.search(text):
        return Population("subgroup", _short(text))
    if _PER_PROTOCOL.search(text):
        return Population("per_protocol")
    if _EVALUABLE.search(text):
        return Population("evaluable", _short(text))
    itt, treated = bool(_ITT.search(text)), bool(_TREATED.search(text))
    if itt and treated:
        # "ITT … regardless of whether participants received study medication" is still ITT.
        return OVERALL if re.search(r"regardless", text, re.I) else Population("modified_itt")
    if itt:
        return OVERALL
    if treated:
        return Population("safety")
    return UNKNOWN_POPULATION


_INTERIM = re.compile(r"\binterim\b", re.I)


def is_interim(*texts: str | None) -> bool:
    """True when any of the texts (time frame, population, title) calls the data an interim analysis."""
    return any(t and _INTERIM.search(t) for t in texts)


def degenerate_checks(value: float | None, ci_low: float | None, ci_high: float | None,
                      ci_comment: str | None = None) -> tuple[str, ...]:
    """Checks for a ratio that cannot be pooled as printed.

    ``degenerate_zero_ratio`` (value 0), ``degenerate_zero_ci_bound`` (a CI limit of 0:
    minus infinity on the log scale), ``degenerate_missing_ci_bound`` (one limit given,
    the other not), ``degenerate_infinite_ci`` (a missing limit the record calls not
    applicable / infinite, e.g. "NA … due to 0 responders").
    """
    out: list[str] = []
    if value is None:
        return ()
    if value == 0:
        out.append("degenerate_zero_ratio")
    if ci_low == 0 or ci_high == 0:
        out.append("degenerate_zero_ci_bound")
    if (ci_low is None) != (ci_high is None):
        out.append("degenerate_missing_ci_bound")
        if ci_comment and re.search(r"infinit|\bNA\b|not\s+(?:applicable|estimable|calculable)|zero|\b0\s+respond",
                                    ci_comment, re.I):
            out.append("degenerate_infinite_ci")
    if (ci_low is not None and math.isinf(ci_low)) or (ci_high is not None and math.isinf(ci_high)):
        out.append("degenerate_infinite_ci")
    return tuple(out)


# ---------------------------------------------------------------------------
# Consistency checks and derived quantities
# ---------------------------------------------------------------------------

def z_of(level: float | None) -> float:
    """Two-sided normal quantile for a confidence level in percent (95 → 1.959963985), to
    full double precision (as R's ``qnorm``)."""
    from statistics import NormalDist

    return NormalDist().inv_cdf(0.5 + (95.0 if level is None else level) / 200.0)


def se_log(ci_low: float | None, ci_high: float | None, level: float | None) -> float | None:
    """Standard error of log(ratio) from its CI: (ln hi − ln lo) / (2 z)."""
    if ci_low is None or ci_high is None or ci_low <= 0 or ci_high <= 0 or ci_high < ci_low:
        return None
    if level is not None and not 0 < level < 100:  # a registry's "0" or "100" level has no z
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
