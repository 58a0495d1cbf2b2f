"""Estimates in free text: ratios with CI and P, per-arm medians, each with its span and context.

Private; the public entry point is :func:`trialink.outcomes.extract_estimates`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from trialink import _measures as M
from trialink.ids import find_ids
from trialink.model import Estimate

__all__ = ["extract_estimates"]


# ---------------------------------------------------------------------------
# Text normalisation that keeps every offset
# ---------------------------------------------------------------------------

_ONE_FOR_ONE = str.maketrans({
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\ufe63": "-", "\uff0d": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u200a": " ",
    "\u2002": " ", "\u2003": " ", "\u2264": "\u2264", "\u2265": "\u2265",
})
_MIDDLE_DOT = re.compile(r"(?<=\d)[\u00b7\u2219\u22c5](?=\d)")


def _normalise(text: str) -> str:
    """Same length as ``text``: dashes → ``-``, odd spaces → `` ``, decimal middle dots → ``.``."""
    return _MIDDLE_DOT.sub(".", text.translate(_ONE_FOR_ONE))


# ---------------------------------------------------------------------------
# Paragraphs, sentences, sections
# ---------------------------------------------------------------------------

_ABBREV = re.compile(r"(?:\bvs|\bal|\be\.g|\bi\.e|\bapprox|\bFig|\bNo|\bref|\bcf|\bDr|\bSt|\bincl)\.$", re.I)
_SECTION = re.compile(r"^\s*(?P<h>[A-Z][A-Z ,&/-]{2,60}|[A-Z][a-z]+(?: (?:[Aa]nd|[A-Za-z]+)){0,5})\s*[:.]\s+")
_SECTION_WORDS = (
    ("results", re.compile(r"RESULT|FINDING", re.I)),
    ("conclusions", re.compile(r"CONCLUSION|INTERPRETATION|DISCUSSION|IMPLICATION|RELEVANCE", re.I)),
    ("methods", re.compile(r"METHOD|DESIGN|PATIENTS|PARTICIPANTS|SETTING|INTERVENTION|MEASURE|MATERIALS|STATISTIC",
                           re.I)),
    ("background", re.compile(r"BACKGROUND|CONTEXT|OBJECTIVE|PURPOSE|INTRODUCTION|AIMS?\b|RATIONALE|IMPORTANCE",
                              re.I)),
)


def _section_of(chunk: str) -> str | None | bool:
    """The section a heading opens ("RESULTS:", "Main Outcomes and Measures:"), None for an
    unknown all-caps heading (resets), False when the text does not start with a heading."""
    m = _SECTION.match(chunk)
    if not m:
        return False
    heading = m.group("h")
    for name, pattern in _SECTION_WORDS:
        if pattern.search(heading):
            return name
    return None if heading.isupper() else False


@dataclass
class _Sentence:
    start: int
    end: int
    paragraph: int
    section: str | None


def _sentences(text: str) -> list[_Sentence]:
    out: list[_Sentence] = []
    para = 0
    section: str | None = None
    # Paragraphs: blank lines, or lines that start a bullet.
    for pm in re.finditer(r"[^\n]+(?:\n(?![ \t]*(?:\n|[*\u2022\u25cf-]\s|\d+\.\s))[^\n]+)*", text):
        para += 1
        p_start, chunk = pm.start(), pm.group()
        sec = _section_of(chunk)
        if sec is not False:
            section = sec
        depth = 0
        s_start = 0
        for i, ch in enumerate(chunk):
            if ch in "([":
                depth += 1
            elif ch in ")]":
                depth = max(0, depth - 1)
            elif ch in ".!?" and depth == 0:
                nxt = chunk[i + 1:i + 3]
                boundary = i + 1 == len(chunk) or (nxt[:1].isspace() and (nxt[1:2].isupper() or nxt[1:2] in "(["))
                if boundary and not _ABBREV.search(chunk[max(0, i - 7):i + 1]):
                    out.append(_Sentence(p_start + s_start, p_start + i + 1, para, section))
                    s_start = i + 1
                    inner = _section_of(chunk[s_start:].lstrip())
                    if inner is not False:
                        section = inner
        if s_start < len(chunk) and chunk[s_start:].strip():
            out.append(_Sentence(p_start + s_start, p_start + len(chunk), para, section))
    return out


# ---------------------------------------------------------------------------
# Trial names: whose result is a number?
# ---------------------------------------------------------------------------

_NOT_TRIALS = frozenset({
    "PHASE", "GRADE", "STAGE", "TYPE", "COVID", "CTCAE", "ECOG", "HER", "CDK", "ESR", "TNF", "CYP", "CD", "IL",
    "SARS", "HPV", "HIV", "WHO", "RECIST", "NCCN", "ASCO", "ESMO", "FDA", "EMA", "ITT", "PFS", "OS", "DFS", "HR",
    "CI", "ORR", "QOL", "EQ", "FACT", "EORTC", "QLQ", "AJCC", "TNM", "PD", "PIK", "BRCA", "KRAS", "EGFR", "ALK",
    "DAY", "CYCLE", "ARM", "VERSION", "FIGO", "II", "III", "IV", "HHV", "EBV", "CMV", "HSV", "HCV", "HBV", "RSV",
    "EBNA", "CTLA", "VEGFR", "FGFR", "IGF", "TGF", "MUC", "PARP", "MEK", "BRAF", "NRAS", "ERBB", "PTEN",
    "HLA", "CXCR", "CCR", "TLR", "IFN", "BMI", "UICC", "NYHA", "GOG", "ICD", "DSM", "MMSE", "SF", "NSCLC",
    "ALL", "AML", "CLL", "CML", "MDS", "LDL", "HDL", "HBA", "COX", "SGLT", "GLP", "DPP", "ACE", "ARB", "NSAID",
})
_TRIAL_NAME = re.compile(
    r"\b(?P<name>[A-Z]{3,}(?:-[A-Z]{2,})*(?:-\d{1,3}[A-Za-z]?|\s\d{1,2}(?![\d.,]))(?![\w-]))"
    r"|(?:\b[Tt]he\s+(?:international\s+|phase\s+\w+\s+|randomi[sz]ed\s+|pivotal\s+|ongoing\s+)*)"
    r"(?P<name2>[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*)\s+(?:study|trial)\b"
    r"|\b(?P<name3>[A-Z]{3,}(?:-[A-Z0-9]+)*)\s+(?:study|trial)\b"
)


def _trial_names(text: str) -> list[tuple[int, str]]:
    """``(offset, name)`` of every trial name: PALOMA-3, MONARCH 2, "the FALCON study"."""
    out = []
    for m in _TRIAL_NAME.finditer(text):
        name = m.group("name") or m.group("name2") or m.group("name3")
        head = re.split(r"[-\s]", name)[0]
        if head in _NOT_TRIALS or name.isdigit() or re.search(r"\bphase\s*$", text[max(0, m.start() - 7):m.start()],
                                                              re.I):
            continue
        out.append((m.start("name") if m.group("name") else m.start("name2") if m.group("name2")
                    else m.start("name3"), re.sub(r"\s+", "-", name) if re.search(r"\s\d", name) else name))
    return out


def _self_names(text: str, names: list[tuple[int, str]], sentences: list[_Sentence],
                given: Iterable[str] | None) -> set[str]:
    own = {n.upper() for n in given or ()}
    first_line_end = text.find("\n") if "\n" in text else min(len(text), 300)
    reg = [m.start for m in find_ids(text) if m.registry not in ("DOI", "PMID", "PMCID")]
    for pos, name in names:
        if pos < first_line_end:  # a trial named in the title line is the document's own
            own.add(name.upper())
        if any(0 <= r - pos <= 60 for r in reg):
            own.add(name.upper())
    for s in sentences:
        if s.section in ("results", "conclusions"):
            for pos, name in names:
                if s.start <= pos < s.end:
                    own.add(name.upper())
    return own


# ---------------------------------------------------------------------------
# Number grammar
# ---------------------------------------------------------------------------

# "0. 51": MEDLINE's line wrapping left a space after the decimal point of one-digit numbers.
_NUM = r"(?:\d+\.\d+|(?<!\d)\d\.\s(?=\d{1,3}\b)\d{1,3}|\d+|\.\d+)"
_CI_WORDS = (r"(?:(?P<lvl>\d{2}(?:\.\d)?)\s?(?:%|percent|per\s+cent)\s*)?(?:confidence\s+intervals?|conf\.?\s*int\.?|CI)?"
             r"\s*(?:[\[(](?:\d{2}\s?%\s*)?CI[\])])?")
_CI = (rf"(?:[,;]?\s*[(\[]?\s*{_CI_WORDS}\s*[:=,]?\s*(?P<lo>-?{_NUM})\s*(?:to|-|,|and)\s*(?P<hi>-?{_NUM})\s*[)\]]?)")
_P = r"(?:[,;]?\s*[(\[]?\s*(?:two-sided\s+|one-sided\s+|log-rank\s+|stratified\s+)*[Pp]\s*(?:value\s*)?" \
     r"(?P<pop><=|>=|≤|≥|<|>|=|&lt;|&gt;|&le;|&ge;)\s*(?P<p>0?\.\d+(?:\s?[x×]\s?10-\d+)?|1(?:\.0+)?|\d\.\d+e-\d+)\s*[)\]]?)"

_RATIO_WORD = (r"(?P<mword>(?i:(?:adjusted\s+|stratified\s+|unadjusted\s+)?(?:hazard\s+ratio|odds\s+ratio|"
               r"risk\s+ratio|relative\s+risk|incidence\s+rate\s+ratio|rate\s+ratio))|\b(?:HR|OR|RR|IRR|aHR|aOR)\b)")
_RATIO = re.compile(
    r"(?<!reduction in )(?<!reductions in )(?<!reduction of )"
    + _RATIO_WORD
    + r"(?:\s*[(\[](?:HR|OR|RR|IRR|aHR|aOR)[)\]])?"
    + r"(?:\s*\(\s*(?P<lvl0>\d{2})\s?%\s*(?:confidence\s+interval|CI)\s*\))?"
    + r"(?:\s+adjusted\s+for\s+[\w\s-]{1,40}?(?=\s+\d))?"
    + r"(?P<ep>\s+(?:for|of)\s+[^,;:=()\d]{3,90}?)?"
    + rf"\s*[,:=;]?\s*(?:was|of|is|were)?\s*(?P<val>{_NUM})"
    + r"(?![\d.]*\s*(?:%|percent|per\s+cent|months?|weeks?|days?|years?|mg))"
    + r"(?P<ep2>\s+(?:for|in)\s+[^()\d;,]{3,60}?(?=\s*[(\[]))?"
    + rf"(?:{_CI})?(?:{_P})?"
)
_MEASURE_OF_WORD = {"hazard": "HR", "hr": "HR", "ahr": "HR", "odds": "OR", "or": "OR", "aor": "OR", "risk": "RR",
                    "relative": "RR", "rr": "RR", "incidence": "IRR", "rate": "IRR", "irr": "IRR"}

_UNIT_WORDS = r"(?:months?|mo\b|mos\b|weeks?|wk\b|wks\b|days?|years?|yrs?\b|hours?|hrs?\b|h\b|minutes?|min\b)"
_UNIT = rf"(?P<unit>{_UNIT_WORDS})"
_UNIT_SEARCH = re.compile(rf"(?:(?<=\d)\s*|\b){_UNIT_WORDS}", re.I)
_VALUE_UNIT = re.compile(rf"(?P<val>{_NUM}|NR|NE|(?:has\s+|had\s+|was\s+)?not\s+(?:been\s+|yet\s+)?(?:reached|estimable))"
                         rf"(?:\s*{_UNIT})?"
                         rf"(?P<ci>\s*[(\[]\s*{_CI_WORDS}\s*[:=,]?\s*(?P<lo>{_NUM}|NR|NE|not\s+reached)"
                         rf"(?:\s*(?:months?|mo|weeks?|days?|years?))?\s*(?:to|-|,)\s*"
                         rf"(?P<hi>{_NUM}|NR|NE|not\s+reached)(?:\s*(?:months?|mo|weeks?|days?|years?))?\s*[)\]])?",
                         re.I)
_PERCENT_WITH_CI = re.compile(rf"{_NUM}\s*%\s*(?:[(\[][^()\[\]]*[)\]])?")
_LANDMARK = re.compile(r"[,;]\s*(?:and\s+)?(?:the\s+)?\d+[- ](?:year|month|week)|\brates?\b", re.I)
_ARM = re.compile(r"\s*(?:in|with|for|among|on|receiving)\s+(?:the\s+|an?\s+|patients\s+(?:receiving|treated\s+with|"
                  r"given)\s+)?(?P<arm>[^,;()]+?)(?:\s+(?P<kind>group|arm|cohort|population|subgroup|one))?"
                  r"(?=\s*(?:,|;|\)|\(|\band\b|\bvs\.?|\bversus\b|\bcompared\b|$|\.\s|\.$))", re.I)
_PAREN_ARM = re.compile(r"\s*\((?P<arm>[A-Za-z][^()\d]{2,60})\)")
_MEDIAN = re.compile(r"\bmedian\b", re.I)
_NOT_OUTCOME = re.compile(r"^\W*(?:(?:\[[^\]]{0,20}\]|\([^)]{0,20}\))\W*)?(?:\w+\s+){0,2}?(?:duration\s+of\s+)?"
                          r"(?:follow[- ]?up|age|dose|daily\s+dose|time\s+on\s+study|number|"
                          r"treatment\s+duration|duration\s+of\s+(?:treatment|exposure|therapy)|exposure)", re.I)
_DESIGN = re.compile(r"\b(?:power|sample\s+size|to\s+detect|assum\w*|hypothes\w*|would\s+(?:be\s+)?(?:required|needed)|"
                     r"are\s+required|is\s+required|expected\s+to|target(?:ed)?\s+(?:hazard|improvement))\b", re.I)
_BACKGROUND_CUE = re.compile(r"\b(?:previous(?:ly)?|prior\s+(?:studies|trials)|has\s+been\s+shown|have\s+shown|"
                             r"were\s+reported|was\s+reported\s+in|in\s+historical)\b", re.I)
_ENDPOINT_MENTION = re.compile(
    r"progression[- ]free\s+survival|\bPFS\b|overall\s+survival|\bOS\b|disease[- ]free\s+survival|\bDFS\b|"
    r"(?:all[- ]cause\s+)?mortality|"
    r"invasive\s+(?:breast\s+cancer|disease)[- ]free\s+survival|\bI(?:DFS|BCFS)\b|event[- ]free\s+survival|\bEFS\b|"
    r"(?:relapse|recurrence)[- ]free\s+survival|\bRFS\b|time\s+to\s+progression|\bTTP\b|duration\s+of\s+response|"
    r"\bDoR\b|quality\s+of\s+life", re.I)


def _float(s: str | None) -> float | None:
    return M.number(s) if s else None


def _p(m: re.Match[str]) -> tuple[str | None, float | None]:
    if not m.groupdict().get("p"):
        return None, None
    raw = m.group("p")
    sci = re.match(r"(\d?\.?\d+)\s?[x×]\s?10-(\d+)", raw)
    value = float(sci.group(1)) * 10 ** -int(sci.group(2)) if sci else float(raw)
    op = {"&lt;": "<", "&gt;": ">", "&le;": "<=", "&ge;": ">=", "≤": "<=", "≥": ">="}.get(m.group("pop"), m.group("pop"))
    return op, value


def _clean_endpoint(s: str) -> str:
    s = s.strip(" ,:;-([")
    while True:
        t = re.sub(r"\s*\b(?:was|were|is|of|had|reached|occurred|from|to|by|at)\s*$", "", s).strip(" ,:;-([")
        if t == s:
            break
        s = t
    s = re.sub(r"^(?:the|a|an)\s+", "", s, flags=re.I)
    s = re.sub(r"\b(?:the|a|an)\s+", "", s, flags=re.I)
    return s.strip()


def _clean_arm(s: str | None) -> str | None:
    if not s:
        return None
    s = re.sub(r"^(?:the|an?|patients\s+(?:receiving|treated\s+with|given))\s+", "", s.strip(), flags=re.I)
    s = re.sub(r"\s+(?:group|arm|cohort|patients)$", "", s, flags=re.I)
    return s.strip() or None


# ---------------------------------------------------------------------------
# The extractor
# ---------------------------------------------------------------------------


@dataclass
class _Found:
    est: Estimate
    sentence: _Sentence


def extract_estimates(text: str, *, self_names: Iterable[str] | None = None) -> list[Estimate]:
    """Find reported estimates in free text: ratios with CI and P, per-arm medians.

    Reads the print forms of journals and registries: "hazard ratio for progression or
    death, 0.44; 95% confidence interval [CI], 0.31 to 0.60; P<0.0001", "HR=0.58
    (0.46-0.72)", "(HR, 0.45 [95% CI, 0.33–0.63])", "P = .003", Lancet middle-dot decimals
    ("16·6"), en dashes, thin spaces, ``&lt;``; medians of time-to-event per arm with CI
    ("16.0 months (95% CI, 12.7 to 18.2) in the camizestrant group and 9.2 months …",
    "9.5 vs 4.6 months"). Follow-up durations, ages and doses are not outcome medians.

    Each estimate carries a ``context``: ``result`` (this study's), ``background`` (another
    study's, named in ``subject`` — e.g. "PALOMA-3 …" in a rationale) or ``design``
    (power and sample-size assumptions). Numbers that fail a consistency check keep their
    value and say so in ``checks``.

    Parameters
    ----------
    text : str
        Abstract, page or pasted text. Garbage or empty text gives an empty list.
    self_names : iterable of str, optional
        Names of the document's own study (e.g. ``["SERENA-6"]``); otherwise found from
        the title line, names cited next to a registry number, and Results sections.

    Returns
    -------
    list of Estimate
        In text order, with ``start``/``end`` spans into ``text`` and ``source="text"``.
    """
    if not isinstance(text, str) or not text.strip():
        return []
    norm = _normalise(text)
    sentences = _sentences(norm)
    names = _trial_names(norm)
    own = _self_names(norm, names, sentences, self_names)
    found: list[_Found] = []
    for s in sentences:
        found += _in_sentence(norm, s, names, own, sentences)
    found.sort(key=lambda f: (f.est.start or 0))
    return [f.est for f in found]


def _context(norm: str, s: _Sentence, pos: int, names: list[tuple[int, str]], own: set[str],
             sentences: list[_Sentence]) -> tuple[str, str | None]:
    sent = norm[s.start:s.end]
    if _DESIGN.search(sent) or s.section == "methods":
        return "design", None
    before = [n for p, n in names if s.start <= p < pos]
    if not before:
        # The latest name earlier in the same paragraph ("The FALCON study … Median PFS was …").
        para_start = min(x.start for x in sentences if x.paragraph == s.paragraph)
        before = [n for p, n in names if para_start <= p < s.start]
    if before:
        name = before[-1]
        if name.upper() in own:
            return "result", name
        return "background", name
    if s.section == "background" or _BACKGROUND_CUE.search(sent):
        return "background", None
    return "result", None


def _in_sentence(norm: str, s: _Sentence, names: list[tuple[int, str]], own: set[str],
                 sentences: list[_Sentence]) -> list[_Found]:
    sent = norm[s.start:s.end]
    out: list[_Found] = []
    used: list[tuple[int, int]] = []

    # Ratios first: their CI and P numbers must not be read as medians.
    ratios: list[tuple[re.Match[str], str]] = []
    for m in _iter_ratios(sent):
        word = m.group("mword").lower().replace("adjusted ", "").replace("stratified ", "").replace("unadjusted ", "")
        key = word.split()[0]
        measure = _MEASURE_OF_WORD.get(key, "HR")
        ratios.append((m, measure))
        used.append((m.start(), m.end()))

    medians = _medians(sent, used)
    arms = [e for e in medians if e[1].get("arm")]

    for m, measure in ratios:
        value = M.number(m.group("val"))
        if value is None:
            continue
        lo, hi = _float(m.group("lo")), _float(m.group("hi"))
        lvl = m.group("lvl") or m.group("lvl0")
        level = _float(lvl) if lvl else (95.0 if lo is not None and re.search(
            r"\bCI\b|confidence", m.group(0), re.I) else None)
        op, p = _p(m)
        ep_raw = m.group("ep") or m.group("ep2")
        ep_text = _clean_endpoint(re.sub(r"^\s*(?:for|of|in)\s+", "", ep_raw)) if ep_raw else None
        if ep_text:
            ep_text = re.sub(r"\s+in\s+(?:the\s+)?[\w+/-]+(?:\s+[\w+/-]+)?\s+(?:group|arm)$", "", ep_text)
        if ep_text and ep_text.lower().startswith(("the ", "a ")):
            ep_text = _clean_endpoint(ep_text)
        if not ep_text:
            prior = [e for e in medians if e[0] < m.start()]
            ep_text = prior[-1][1]["endpoint_text"] if prior else _nearest_endpoint(sent, m.start())
        comparison = None
        after = _AFTER_RATIO.match(sent, m.end())
        if after:
            comparison = f"{_clean_arm(after.group('a'))} vs {_clean_arm(after.group('b'))}"
        elif len(arms) >= 2:
            comparison = f"{arms[0][1]['arm']} vs {arms[1][1]['arm']}"
        else:
            comparison = _comparison(sent)
        start = s.start + m.start()
        context, subject = _context(norm, s, start, names, own, sentences)
        est = Estimate(measure=measure, value=value, endpoint=M.endpoint_of(ep_text), endpoint_text=ep_text,
                       comparison=comparison, ci_low=lo, ci_high=hi, ci_level=level, p_operator=op, p_value=p,
                       context=context, subject=subject, start=start, end=s.start + m.end(), source="text",
                       checks=M.checks(measure, value, lo, hi, level, op, p))
        out.append(_Found(est, s))

    for pos, info in medians:
        start = s.start + pos
        context, subject = _context(norm, s, start, names, own, sentences)
        v, lo, hi = info["value"], info["lo"], info["hi"]
        est = Estimate(measure="median", value=v, endpoint=M.endpoint_of(info["endpoint_text"]),
                       endpoint_text=info["endpoint_text"], arm=info.get("arm"), ci_low=lo, ci_high=hi,
                       ci_level=info["level"], unit=info["unit"], value_text=info["value_text"], context=context,
                       subject=subject, start=start, end=s.start + info["end"], source="text",
                       checks=M.checks("median", v, lo, hi, info["level"], None, None))
        out.append(_Found(est, s))
    return out


_AFTER_RATIO = re.compile(r"\s*for\s+(?P<a>[\w+/-]+(?:\s[\w+/-]+){0,3}?)\s+(?:versus|vs\.?|compared\s+with)\s+"
                          r"(?P<b>[\w+/-]+(?:\s[\w+/-]+){0,4}?)(?=\s+and\b|\s*[,;.()]|$)", re.I)
_CONTINUED = re.compile(rf"\s*(?:,\s*|\s+)and\s+(?P<val>{_NUM})(?:{_CI})(?:{_P})?")


_TRIPLE = re.compile(rf"(?<=;\s)(?P<val>{_NUM}),\s*(?P<lo>{_NUM}),\s*(?P<hi>{_NUM})(?=\s*\))")


def _iter_ratios(sent: str):  # type: ignore[no-untyped-def]
    """Ratio matches, plus list continuations that repeat the measure ("… and 0.83 (95% CI …)",
    and "value, lower, upper" triples later in the sentence: "(21% versus 37%; 0.46, 0.24, 0.89)")."""
    heads = list(_RATIO.finditer(sent))
    for m in heads:
        yield m
        tail = _AFTER_RATIO.match(sent, m.end())
        pos = tail.end() if tail else m.end()
        while True:
            c = _CONTINUED.match(sent, pos)
            if not c:
                break
            yield _Continued(m, c)
            after = _AFTER_RATIO.match(sent, c.end())
            pos = after.end() if after else c.end()
    if heads:
        last = heads[-1]
        for t in _TRIPLE.finditer(sent, last.end()):
            v, lo, hi = (M.number(t.group(k)) for k in ("val", "lo", "hi"))
            if v is not None and lo is not None and hi is not None and lo <= v <= hi:
                yield _Continued(last, t)


class _Continued:
    """A continuation match that borrows the measure word of the ratio it continues."""

    def __init__(self, head: re.Match[str], m: re.Match[str]) -> None:
        self._head, self._m = head, m

    def group(self, name: str | int = 0) -> str | None:
        if name == "mword":
            return self._head.group("mword")
        if name in ("ep", "ep2", "lvl0"):
            return None
        return self._m.group(name) if name == 0 or name in self._m.re.groupindex else None

    def groupdict(self) -> dict[str, str | None]:
        return self._m.groupdict()

    def start(self, name: str | int = 0) -> int:
        return self._m.start("val") if name == 0 else self._m.start(name)

    def end(self, name: str | int = 0) -> int:
        return self._m.end(name)


def _nearest_endpoint(sent: str, pos: int) -> str | None:
    hits = [m for m in _ENDPOINT_MENTION.finditer(sent) if m.start() < pos]
    if hits:
        return hits[-1].group()
    after = _ENDPOINT_MENTION.search(sent, pos)
    return after.group() if after else None


def _comparison(sent: str) -> str | None:
    """"X versus Y" in the sentence, when both sides are short names (no digits, no clauses)."""
    m = re.search(r"(?:^|[\s(,;])(?P<a>[A-Za-z][\w+/-]*(?:\s[\w+/-]+){0,3}?)\s+(?:versus|vs\.?|compared\s+with)\s+"
                  r"(?P<b>[A-Za-z][\w+/-]*(?:\s[\w+/-]+){0,3}?)(?=[,;.()]|\s+(?:in|for|was|were|had|group|arm)\b|$)",
                  sent)
    if not m:
        return None
    a, b = (_clean_arm(re.sub(r"^(?:for|in|with|of|and|or)\s+", "", m.group(x).strip(), flags=re.I)) for x in "ab")
    if not a or not b or any(re.search(r"\d|\b(?:and|was|were)\b", s) for s in (a, b)):
        return None
    return f"{a} vs {b}"


def _unit_norm(u: str | None) -> str | None:
    return M.unit_of(u) if u else None


def _clause_end(sent: str, start: int, end: int) -> int:
    """End of the clause that starts at ``start``: the first ``;`` outside brackets, or ``end``."""
    depth = 0
    for i in range(start, end):
        ch = sent[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == ";" and depth == 0:
            return i
    return end


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _medians(sent: str, used: list[tuple[int, int]]) -> list[tuple[int, dict[str, object]]]:
    """Per-arm medians in one sentence: after the word "median", and "X vs Y months" pairs."""
    out: list[tuple[int, dict[str, object]]] = []
    # Percentages and their CIs are rates, never medians.
    used = used + [(m.start(), m.end()) for m in _PERCENT_WITH_CI.finditer(sent)]
    keys = [m for m in _MEDIAN.finditer(sent)]
    regions: list[tuple[int, int, str | None]] = []
    for i, k in enumerate(keys):
        end = _clause_end(sent, k.end(), keys[i + 1].start() if i + 1 < len(keys) else len(sent))
        landmark = _LANDMARK.search(sent, k.end(), end)
        if landmark:
            end = landmark.start()
        rest = sent[k.end():end]
        if _NOT_OUTCOME.match(rest):
            continue
        regions.append((k.end(), end, None))
    # "PALOMA-3: 9.5 vs 4.6 months" without the word median, when the sentence names an endpoint.
    if not regions and _ENDPOINT_MENTION.search(sent):
        for m in re.finditer(rf"{_NUM}\s*(?:{_UNIT})?\s*(?:vs\.?|versus|v\.?)\s*{_NUM}", sent, re.I):
            if not _inside(m.start(), used):
                regions.append((m.start(), m.end(), "pair"))
    for r_start, r_end, kind in regions:
        region = sent[r_start:r_end]
        values = []
        for vm in _VALUE_UNIT.finditer(region):
            a = r_start + vm.start()
            if _inside(a, used) or (a > 0 and (sent[a - 1].isalnum() or sent[a - 1] in "-/")):
                continue
            if re.search(r"(?:[=<>≤≥]\s*\.?\s*|\d\()$", sent[max(0, a - 5):a]):
                continue
            before = sent[max(0, a - 24):a]
            if re.search(r"(?:\b(?i:day|days|cycle|cycles|grade|stage|phase|arm|group|week|course|visit|level|"
                         r"step|type|class|version)|\b[A-Z]{2,}|[x×]|\b(?i:by)(?:\s+only)?|\bto)\s*$", before) \
                    and not re.search(r"\bfrom\b[^,;]*$", sent[max(0, a - 90):a]):
                continue
            if re.match(r"\(\d", region[vm.end("val"):]):  # 10(9)/L is a power of ten
                continue
            if re.match(r"\s*(?:%|mg|mm|patients|participants|of\s+\d|/|-[A-Za-z])", region[vm.end("val"):]):
                continue
            values.append(vm)
        if not values:
            continue
        if not any(v.group("unit") for v in values) and kind != "pair":
            if not _UNIT_SEARCH.search(region):
                continue
        first = values[0]
        endpoint_text = None
        arm_order: list[str] = []
        if kind is None:
            lead = region[:first.start()]
            # "survival time was longer in the DC arm than in the VC arm (11.3 v 10.1 months)"
            arm_order = [a.group("a") for a in re.finditer(
                r"\b(?:in|with|for)\s+(?:the\s+)?(?P<a>[\w+/-]+(?:\s[\w+/-]+)?)\s+(?:arm|group)\b", lead)]
            verb = re.search(r"\s(?:was|were|is|are|has|had|did|ranged|reached)\b", lead)
            endpoint_text = _clean_endpoint(lead[:verb.start()] if verb else lead)
        if kind == "pair" or not endpoint_text:
            endpoint_text = _nearest_endpoint(sent, r_start) or endpoint_text
        unit_default = next((v.group("unit") for v in values if v.group("unit")), None)
        if unit_default is None:
            um = _UNIT_SEARCH.search(sent)
            unit_default = um.group().strip() if um else None
        # Arms: an arm phrase after each value, or "with X was A … and B with Y".
        if len(arm_order) != len(values):
            arm_order = []
        for idx, vm in enumerate(values):
            tail = region[vm.end():]
            am = _ARM.match(tail) or _PAREN_ARM.match(tail)
            arm = _clean_arm(am.group("arm")) if am else None
            ep_here = endpoint_text
            if arm and (re.match(r"(?:\d|total|all\b)", arm) or len(arm) > 60):
                arm = None
            if arm is None and arm_order:
                arm = arm_order[idx]
            if am is not None and am.groupdict().get("kind") and am.group("kind").lower() in (
                    "population", "subgroup", "one") and arm:
                # "in the whole population": a subgroup, not an arm; the arm is in "PFS with X".
                ep_here = f"{endpoint_text} ({arm} population)" if endpoint_text else f"{arm} population"
                with_arm = re.search(r"\bwith\s+(?P<a>[\w+/ -]{2,40})$", endpoint_text or "")
                arm = with_arm.group("a").strip() if with_arm else None
            raw = " ".join(vm.group("val").split())
            raw = re.sub(r"^(?:has|had|was)\s+", "", raw)
            value = _float(raw)
            level = _float(vm.group("lvl")) if vm.group("lvl") else (95.0 if vm.group("ci") and re.search(
                r"\bCI\b|confidence", vm.group("ci"), re.I) else None)
            lo, hi = (_float(vm.group("lo")), _float(vm.group("hi"))) if vm.group("ci") else (None, None)
            out.append((r_start + vm.start(), {
                "value": value, "value_text": None if value is not None else raw, "lo": lo, "hi": hi,
                "level": level if vm.group("ci") else None, "unit": _unit_norm(vm.group("unit") or unit_default),
                "endpoint_text": ep_here, "arm": arm,
                "end": r_start + vm.end() + (am.end() if am else 0)}))
    # Do not report one number twice (a pair inside a median region).
    seen: set[int] = set()
    uniq = []
    for pos, info in sorted(out, key=lambda x: x[0]):
        if pos not in seen:
            seen.add(pos)
            uniq.append((pos, info))
    return uniq

