"""Estimates in free text: ratios with CI and P, per-arm medians, each with its span and context.

Private; the public entry point is :func:`trialink.outcomes.extract_estimates`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Literal, NotRequired, TypedDict

from trialink import _measures as M
from trialink.ids import find_ids
from trialink.model import Estimate, EstimateContext

__all__ = ["extract_estimates"]


# ---------------------------------------------------------------------------
# Text normalisation that keeps every offset
# ---------------------------------------------------------------------------

# fragments several patterns share
_ADJUSTED = r"(?:(?:un)?adjusted\s+)?"  # "(adjusted HR …", "[unadjusted odds ratio …"
_CLAUSE_OPENING = r"(?:^\s*|[,;:]\s*|\.\s+)(?:(?-i:[A-Z]{4,}):?\s+)?"  # a clause's start, after a section label
_GROUP_NOUNS = r"(?:patients|those|participants|subjects)"

_ONE_FOR_ONE = str.maketrans({
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\ufe63": "-", "\uff0d": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u200a": " ",
    "\u2002": " ", "\u2003": " ", "\u2264": "\u2264", "\u2265": "\u2265",
    # punctuation of Word's Symbol font, kept in the private use area by some exports: "OR = 2.39 \uf05b1.49; 3.8\uf05d"
    "\uf028": "(", "\uf029": ")", "\uf05b": "[", "\uf05d": "]", "\uf03c": "<", "\uf03d": "=", "\uf03e": ">",
    "\uf02d": "-", "\uf02c": ",", "\uf03b": ";", "\uf03a": ":", "\uf0a3": "\u2264", "\uf0b3": "\u2265",
    "\uf0b1": "\u00b1", "\uf020": " ",
    # a "<" that a journal's PDF font turned into a reversed lunate sigma when copied: "p\u03fd0\u00b70001"
    "\u03fd": "<",
})
# (or before a number after a word: "… than with standard chemotherapy\u201431.5 months versus 16.1 months")
_EM_DASH_BEFORE_WORD = re.compile(r"(?<=[^\d\s])\u2014(?=[A-Za-z])|(?<=[a-z]{3})\u2014(?=\d)")
_MIDDLE_DOT = re.compile(r"(?<=\d)[\u00b7\u2219\u22c5](?=\d)")
# a middle dot lost to "?" (a one- or two-digit number, "?", one to three digits), never after a decimal
# ("1.43?0.63" is a mean and its lost "±")
_LOST_DOT = re.compile(r"(?:(?<=(?<![\d.?])\d)|(?<=(?<![\d.?])\d\d))\?(?=\d{1,3}(?![\d.?]))")


# a CI's dash lost to "?" between two decimals: "95% CI 1.14?1.38"
_LOST_DASH = re.compile(r"(?<![\d.])(?P<lo>\d+\.\d+)(?P<q>\?)(?P<hi>\d+\.\d+)(?![\d.?])")
_NUMBERLESS_ASIDE = re.compile(r"(?<=\d)\s*\[(?:not\s+(?:tested|significant|statistically\s+significant|"
                               r"formally\s+tested)|nominal|exploratory)\]", re.I)


# a footnote's mark right after a value ("HR=0.10\u00b6 (95% CI …", "0.45* (…"), see ``_normalise``
_FOOTNOTE_AFTER_NUMBER = re.compile(r"\d(?P<m>[\u00b6\u2020\u2021\u00a7]+|[#*]+(?=\s*[(\[]))")
# "not reached [NR] vs …": the abbreviation's bracket, see ``_normalise``
_NR_ABBREVIATION = re.compile(r"(?<=reached)\s*[\[(]\s*(?-i:NR|NE)\s*[\])](?=\s+(?:vs\.?|versus)\s)")
# a list's letter or number ("a", "2", "iii"), closed by ")" (see ``_enumerators``)
_ENUMERATOR = re.compile(r"(?:[a-hA-H]|[1-9]|i{1,3}|iv|vi?)")


def _enumerators(norm: str) -> list[tuple[int, int]]:
    """Where a list's letter or number stands closed by ")" after a colon, semicolon, comma, full stop or a line's start
    ("…: a) A: 12.1 years, …; b) B: …"), found from the brackets (a text has few) rather than a search at every
    position."""
    out = []
    i = norm.find(")")
    while i > 0:
        if i + 1 < len(norm) and norm[i + 1].isspace():
            j = i
            while j > 0 and j > i - 3 and norm[j - 1].isalnum():
                j -= 1
            if j < i and _ENUMERATOR.fullmatch(norm, j, i) and (
                    j == 0 or norm[j - 1] == "\n" or norm[max(0, j - 2):j] in (": ", "; ", ", ", ". ")):
                out.append((j, i + 1))
        i = norm.find(")", i + 1)
    return out


# a table's footnote line, under its header or its rows: "*LBW, birth weight less than 2500 g.", "‡Adjusted for …."
_FOOTNOTE_LINE = re.compile(r"\s*(?:[*\u2020\u2021\u00a7#]+|[a-e]\s)\s*[A-Z]")
# "95% CL", "95% confidence limits": the CI by another name (same length)
_CONFIDENCE_LIMITS = re.compile(r"(?<=%\s)CL\b|(?<=%)CL\b")
# a scan's "95% Cl" and "0R" (lower-case l for I, zero for O), see ``_normalise``
_OCR_CI_OR = re.compile(r"(?<=%)Cl\b|(?<=%\s)Cl\b|(?<![\w.])0R(?=\s+(?:of\s+|=\s*)?\d)")
# "(95% C.I.)": the CI's letters with dots, see ``_normalise``
_DOTTED_CI = re.compile(r"(?<![A-Za-z.])C\.I\.(?=[\s,;:)\]]|$)")
_SEMICOLON_RANGE = re.compile(r"\d\s?[(\[]\s?(?P<a>\d+(?:\.\d+)?)\s?;\s?(?P<b>\d+(?:\.\d+)?)\s?(?=[)\]])")
_PDF_EQUALS = re.compile(r"(?<=[A-Za-z)\]%])\s?\u00bc(?=\s?[-\d.])")


_HTML_BREAK = re.compile(r"<br\s*/?>", re.I)


def _normalise(text: str) -> str:
    """Same length as ``text``: dashes → ``-``, odd spaces → `` ``, decimal middle dots (or the "?" a lost
    one became, where a text has several) → ``.``;
    in a text printed with hyphens as decimal points, those hyphens → ``.``; "2p<" → " p<"; "ARR" → " RR" where
    the text defines it as an adjusted relative risk."""
    if "\u2014" in text:  # an em dash between words is punctuation, a space ("… (32/117, 27%)—risk ratio 1.38"); not
        text = _EM_DASH_BEFORE_WORD.sub(" ", text)  # in a range ("0.96\u20141.99", "23.7\u2014not reached")
    if "\u00e2" in text or "\u0101" in text or "\u00c2" in text:
        # "30.217ā€“46.498", "Pā€‰<ā€‰0.001": UTF-8 dashes, spaces and signs read in a one-byte code page (a web page's
        # mojibake), read as the characters they were (padded with spaces to the same length)
        text = _MOJIBAKE.sub(lambda m: _MOJIBAKE_AS[m.group()[1:]].ljust(len(m.group())), text)
    norm = text.translate(_ONE_FOR_ONE)
    if "<br" in norm or "<BR" in norm:
        # "… 2013-2014. <br><br>RESULTS: The prevalence …": a web page's line breaks left as HTML tags, read as the
        # line breaks they print (a break, then spaces to the tag's length)
        norm = _HTML_BREAK.sub(lambda m: "\n" + " " * (len(m.group()) - 1), norm)
    if "\u00bc" in norm:
        # "95% CI¼1.06, 1.17", "P¼0.007": a PDF's "=" extracted as the glyph "¼" (one quarter), after a
        # letter or a bracket and before a number; "1¼ hours" keeps its quarter
        norm = _PDF_EQUALS.sub(lambda m: m.group().replace("\u00bc", "="), norm)  # (same length)
    if ";" in norm and _SEMICOLON_RANGE.search(norm):
        # "3 (2; 4) days", "1.63 (1.14; 2.34)": a value's interval or spread printed with a semicolon between its
        # limits, read as a dash (same length; its limits each read as a value of their own otherwise)
        norm = _SEMICOLON_RANGE.sub(lambda m: m.group().replace(";", "-") if _num_of(m.group("a")) <= _num_of(
            m.group("b")) else m.group(), norm)
    if "e" in norm and _E_DASH.search(norm):
        # "(adjusted risk ratio 1.17 [95% CI 1.12e1.23])": a PDF's en dash extracted as "e" between two decimals
        norm = _E_DASH.sub("-", norm)
    if ";" in norm and "to" in norm and _SEMICOLON_TO.search(norm):
        # "0.76 (0.45; to1.27)": a CI's "to" after a stray semicolon, glued to its upper limit, read as a dash (same
        # length)
        norm = _SEMICOLON_TO.sub(lambda m: " -".ljust(len(m.group())), norm)
    if any(c in norm for c in "\u00b6\u2020\u2021\u00a7#*") and _FOOTNOTE_AFTER_NUMBER.search(norm):
        # "HR=0.10\u00b6 (95% CI: 0.06-0.17)", "12.1\u2021 months", "0.45* (95% CI …)": a footnote's mark after a value,
        # read as a space (same length)
        norm = _FOOTNOTE_AFTER_NUMBER.sub(lambda m: m.group()[0] + " " * len(m.group("m")), norm)
    if "reached" in norm and _NR_ABBREVIATION.search(norm):
        # "(not reached [NR] vs 27.8 months; …)": the abbreviation's bracket after the words, read as spaces
        norm = _NR_ABBREVIATION.sub(lambda m: " " * len(m.group()), norm)
    if ")" in norm and (enums := _enumerators(norm)):
        # "(P <.001): a) younger-younger: 12.1 years, …; b) younger-older: …": a list's letter or number closed by a
        # bracket never opened, read as spaces (same length; the brackets around the values stay balanced)
        for a, b in enums:
            norm = norm[:a] + " " * (b - a) + norm[b:]
    if "RH" in norm and "elative hazard" in norm and _RH_VALUE.search(norm):
        # "relative hazard [RH] 1.48, …; … (RH 1.33, CI 1.05 to 1.68 …)": the text's abbreviation of a relative hazard,
        # read as "HR" (same length) where a value follows it
        norm = _RH_VALUE.sub("HR", norm)
    if "SHR," in norm and _GLUED_ENDPOINT_HR.search(norm):
        # "…versus C-mabOSHR, 0.77; 95% CI …": a table's end point glued to the ratio's name, read as "OS HR 0.77"
        # (the comma after the name becomes the space, same length)
        norm = _GLUED_ENDPOINT_HR.sub(lambda m: m.group(1) + " HR", norm)
    if ";(" in norm:
        norm = _SEMICOLON_BRACKET.sub(" ", norm)  # "stillbirths (1.5;(1.2-1.8))": the value, then its CI's bracket
    if ("% CL" in norm or "%CL" in norm) and _CONFIDENCE_LIMITS.search(norm):
        norm = _CONFIDENCE_LIMITS.sub("CI", norm)  # "OR (crude) (95% CL)": confidence limits, the CI's ends
    if ("% Cl" in norm or "%Cl" in norm or "0R " in norm) and _OCR_CI_OR.search(norm):
        # "adjusted 0R of 1.4 (95% Cl 0.9 to 2.1)": a scan's zero for O and lower-case l for I (same length)
        norm = _OCR_CI_OR.sub(lambda m: "CI" if m.group() == "Cl" else "OR", norm)
    if "- " in norm and (wraps := list(_WRAPPED_WORD.finditer(norm))):
        # "95% confi- dence interval", "haz- ard ratio": a word a PDF's line end split with a hyphen, read whole (its
        # hyphen and space moved before it as spaces: same length)
        for m in wraps:
            word = m.group().replace("- ", "")
            norm = norm[:m.start()] + "  " + word + norm[m.end():]
    if "CI%" in norm:
        # "hazard ratio (HR) (95 CI%) 28 days 2.59 (…)": "95% CI" (same length)
        norm = _CI_PERCENT_SWAPPED.sub("% CI", norm)
    if "C.I." in norm:
        norm = _DOTTED_CI.sub("CI  ", norm)  # "Odds ratio (95% C.I.)": the CI's letters with dots (same length)
    if "\\%" in norm:
        # "95{\\%} confidence interval": a percent sign escaped for LaTeX (a BibTeX record's abstract), read as
        # "95%" with the escape's characters moved before the number as spaces (same length)
        norm = _LATEX_PERCENT.sub(lambda m: " " * (len(m.group()) - len(m.group("n")) - 1) + m.group("n") + "%", norm)
    if "|\n" in norm and "---" in norm:
        # a pipe table's header printed one cell per line, each line ending with its "|" ("Efficacy Variable | A
        # (N = 431) |", "B (N = 430) |", "Hazard Ratio (95% CI) |", "P Value |", then "---|---|…"): its lines joined
        # into one header row (the line breaks become spaces, same length)
        for m in _BROKEN_PIPE_HEADER.finditer(norm):
            a, b = m.span()
            norm = norm[:a] + norm[a:b - 1].replace("\n", " ") + norm[b - 1:]
    if (":" in norm or "\n" in norm) and (labels := _mixed_section_labels(norm)):
        # "Results: In patients with TMB ≥ 16 …": a section label printed in mixed case, read in capitals as the
        # label it is (same length), so every clause-opening rule skips it as it skips "RESULTS:"
        for a, b in labels:
            norm = norm[:a] + norm[a:b].upper() + norm[b:]
    if "\u00b7" in norm or "\u2219" in norm or "\u22c5" in norm:
        norm = _MIDDLE_DOT.sub(".", norm)
    elif "?" in norm and len(_LOST_DOT.findall(norm)) >= 2:
        norm = _LOST_DOT.sub(".", norm)  # "OR 0?15, 95% CI 0?04-0?54": middle dots lost to "?" in a re-encoding
    if "?" in norm and (lost := [m.start("q") for m in _LOST_DASH.finditer(norm)
                                 if re.search(r"\bCI\b|confidence", norm[max(0, m.start() - 30):m.start()], re.I)
                                 and float(m.group("lo")) <= float(m.group("hi"))]):
        # "(HR 1.25; 95% CI 1.14?1.38)": a CI's en dash lost to "?" in a re-encoding (after the CI's name only: a
        # mean's "1.43?0.63" lost its "±")
        chars = list(norm)
        for i in lost:
            chars[i] = "-"
        norm = "".join(chars)
    # the style check only where a digit-hyphen-digits run is (most texts have none or a few)
    if "-" in norm and any(_HYPHEN_STYLE.search(norm, max(0, m.start() - 8), m.end() + 12)
                           for m in _HYPHEN_CANDIDATE.finditer(norm)):
        norm = _hyphen_decimals(norm)
    if "," in norm and _COMMA_QUICK.search(norm):
        norm = _comma_decimals(norm)
    if ". " in norm and _SPACED_QUICK.search(norm) and len(_SPACED_DECIMAL.findall(norm)) >= 3:
        # "median OS was 21. 8 months (95% CI: 19. 1 to 25. 7)": a space after every decimal point (a web page's
        # print, three times at least before a unit, a per cent, a limit's dash or bracket), read as "21.8 " (the
        # digits moved up to the point, the space after them: same length)
        norm = _SPACED_DECIMAL.sub(lambda m: f"{m.group('i')}.{m.group('f')} ", norm)
    if "   " in norm:
        # "… 0.92 Patients with drain issues 1 6 3 21 0.32   Postoperatively, there was …": in a full text's flattened
        # table, three spaces part the last cell from the prose after it; a line break there (same length) ends the row
        norm = _TABLE_THEN_PROSE.sub(" \n ", norm)
    if "ARR" in norm and _ARR_DEFINED.search(norm):
        norm = re.sub(r"\bARR(?=s?\b)", " RR", norm)  # "adjusted relative risk [ARR]": not the absolute risk reduction
    if "[" in norm and "not " in norm:
        # "(HR, 0·82, 0·69-0·97 [not tested])": an aside in square brackets after a CI, with no number, is blanked
        # (same length) so that the CI ends where its numbers end (its lower limit was read as a second ratio)
        norm = _NUMBERLESS_ASIDE.sub(lambda m: " " * len(m.group()), norm)
    if "Random" in norm or "Fixed" in norm:
        # "Risk Ratio (M-H, Random, 95% CI) 0.85 [0.72, 1.01]": a review's statistical method before the CI's level in
        # the ratio's header bracket, blanked (same length) so that it reads "Risk Ratio (95% CI) 0.85 [0.72, 1.01]"
        norm = _POOLING_METHOD.sub(lambda m: " " * len(m.group()), norm)
    if "onfidence" in norm and _LEVEL_WITHOUT_PERCENT.search(norm):
        # "(hazard ratio: 0.25, 95 confidence intervals: 0.16-0.38)": a level printed without its per cent sign (its 95
        # was read as a second ratio), read as "95% CIs" (padded with spaces to the same length)
        norm = _LEVEL_WITHOUT_PERCENT.sub(lambda m: (m.group("l") + "% CI" + ("s" if m.group("pl") else "")).ljust(
            len(m.group())), norm)
    if "BCI" in norm:
        # "95% bayesian credible interval [BCI] 0.80-1.40", "95% BCI 1.30-1.40": a Bayesian credible interval's
        # abbreviation, read as "CrI" (same length)
        norm = _BAYESIAN_CI.sub("CrI", norm)
    if "onfidence" in norm or "redib" in norm:
        # "95% confidence interval 14.5-17.9" (or a Bayesian analysis's "95% credibility interval"): the level's
        # interval named in words, read as "95% CI" (padded with spaces to the same length) so that every CI form
        # that knows the abbreviation knows the words
        norm = _CI_SPELT_OUT.sub(lambda m: ("CIs" if re.search(r"s\W*$", m.group(), re.I) else "CI").ljust(
            len(m.group())), norm)
    if "CI 9" in norm or "CI9" in norm or "IC 9" in norm:
        # "(HR 0.61, CI 95% 0.43-0.86)", "CI95%", "IC 95%": the level printed after the interval's name, turned round
        # (same length: "95% CI") so that every CI form reads the level first
        norm = _LEVEL_AFTER_CI.sub(lambda m: f"{m.group('l')}{m.group('s2')}%{m.group('s1')}CI", norm)
    if "{" in norm:
        # "odds ratio {OR} 4.4": an abbreviation in braces (a journal's print), read as in square brackets
        norm = _BRACED_ABBREV.sub(lambda m: f"[{m.group(1)}]", norm)
    if "~" in norm or "\u223c" in norm or "\u301c" in norm:
        # "95 % CI 1.4 ~ 12.0", "95 % CI: 0.49\u223c0.99": a tilde between two numbers is a range's dash
        norm = _TILDE_RANGE.sub("-", norm)
    if "either" in norm and "reached" in norm:
        # "Neither the median PFS nor overall survival was reached": read as "the median PFS and overall survival not
        # reached" (same length: "Neither" blanked, "nor" → "and", the verb → "not")
        norm = _NEITHER_NOR_REACHED.sub(lambda m: " " * len(m.group("n")) + m.group("a") + "and" + m.group("b") +
                                        re.sub(r"^(?:was|were|has|have|had)", lambda w: "not".ljust(len(w.group())),
                                               m.group("v")) + m.group("r"), norm)
    if "reached" in norm and ("NR" in norm or "NE" in norm):
        # "not reached (NR) with drug A", "not reached (NR [95% CI, 64.3 to NR]) with A": the abbreviation defined in
        # passing, blanked (same length) so that it is read as no group and the CI as the time's own
        norm = _NR_DEFINED.sub(lambda m: " " * len(m.group()), norm)
        norm = _NR_THEN_CI.sub(lambda m: m.group("open") + " " * len(m.group("abbr")) + m.group("ci") +
                               " " * len(m.group("close")), norm)
    if "+)" in norm or "+]" in norm:
        norm = _CENSORED_MARK.sub(r"\1 ", norm)  # "17.3 (0.4-96.9+) months": a censored time's mark closing a range
    if "+" in norm:
        norm = _CENSORED_TIME.sub(" ", norm)  # "8+ months (2+-14+)"
        # "(odds ratio=0.36, 95% CI=+0.11 to +1.22)": plus signs on a CI's limits
        norm = _PLUS_LIMITS.sub(lambda m: m.group().replace("+", " "), norm)
    if "2p" in norm or "2P" in norm:
        norm = _TWO_SIDED_P.sub(r" \1", norm)  # "2p<0.0001" (a two-sided P, the Lancet's print): " p<0.0001"
    if "%)" in norm and "CI" in norm and ("%-" in norm or "% -" in norm or "% to" in norm):
        # "10.8 months (95% CI, 8.2%-13%)": a time's CI printed with per cent signs on its limits, read without them
        norm = _PERCENT_LIMITS_OF_TIME.sub(lambda m: m.group("a") + " " + m.group("b") + " " + m.group("c"), norm)
    if ("-RR" in norm or "-HR" in norm or "-OR" in norm) and _HYPHEN_GLUED_MEASURE.search(norm):
        # "unadjusted analysis-RR 3.606, 95%CI 1.552–8.376": a ratio's abbreviation glued by a hyphen to the analysis's
        # word, parted from it by a space (same length)
        norm = _HYPHEN_GLUED_MEASURE.sub(" ", norm)
    if "-fidence" in norm or "confi-" in norm:
        # "95 % con-fidence interval": a PDF's line-break hyphen inside the word, moved after it (same length)
        norm = re.sub(r"\b(con)-(fidence)|\b(confi)-(dence)", lambda m: "".join(g for g in m.groups() if g) + " ", norm)
    if "CI of" in norm or "CI for" in norm or "CI " in norm and _CI_OF_MEASURE.search(norm):
        # "(HR = 6, 95%CI of HR = 1.2-34.2)": the interval of the ratio just named, not a second ratio
        norm = _CI_OF_MEASURE.sub(lambda m: " " * len(m.group()), norm)
    if "i)" in norm or "v)" in norm or re.search(r"[;:]\s\(\d\)\s+[A-Z]", norm):
        # "associated with (i) placebo treatment (OR …), (ii) vomiting (OR …)": a list's markers, blanked
        norm = _LIST_MARKER.sub(lambda m: " " * len(m.group()), norm)
    if norm.count("\n") >= 3:
        norm = _unwrapped(norm)
    if ":" in norm and (":\n-" in norm or ":\n\u2022" in norm or ":\n*" in norm or ": \n" in norm) and \
            _BULLETS_AFTER_COLON.search(norm):
        norm = _BULLETS_AFTER_COLON.sub(_bullets_as_list, norm)
    if "\n|\n" in norm and norm.count("\n|\n") >= 6:
        norm = _cells_one_per_line(norm)
    return norm


# "median OS was:\n- 22.9 months with T-DXd\n- 16.8 months with chemotherapy (HR 0.69)": a sentence's values as a
# list of bullet lines (each with a number) after its colon
_BULLETS_AFTER_COLON = re.compile(r"(?<=[A-Za-z)]):[ \t]*"
                                  r"(?:\n[ \t]*[-\u2022*\u2013][ \t]+[^\n]{0,150}?\d[^\n]{0,150}){2,8}(?=\n|$)")
_BULLET = re.compile(r"\n[ \t]*[-\u2022*\u2013](?=[ \t])")


def _bullets_as_list(m: re.Match[str]) -> str:
    """One bullet list after a colon read as the sentence's list (same length): the first bullet's break and mark
    become spaces, each next one a comma and spaces ("median OS was:   22.9 months with T-DXd,  16.8 months with …")."""
    text = m.group()
    marks = list(_BULLET.finditer(text))
    out = list(text)
    for k, b in enumerate(marks):
        for i in range(b.start(), b.end()):
            out[i] = " "
        if k:
            out[b.start()] = ","
    return "".join(out)


_RULE_LINE = re.compile(r"\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*")  # "---|", "---|---|"
_CELL_NUM = r"(?:\d+(?:\.\s?\d+)?|\.\d+)"  # ("0. 7": a web page's stray space)
_RATIO_OR_REF_CELL = re.compile(rf"\s*(?:{_CELL_NUM}\s*[(\[]\s*{_CELL_NUM}\s*(?:-|\u2013|to|,)\s*{_CELL_NUM}\s*[)\]]|"
                                r"1(?:\.0+)?|ref(?:erence)?\.?|[-\u2013\u2014]|NA|N/A)\s*[a-z*\u2020\u2021]?\s*", re.I)
_P_OR_DASH_CELL = re.compile(r"\s*(?:[<>\u2264]?\s*(?:0?\.\d+|1(?:\.0+)?)|[-\u2013\u2014]|NA|N/A)\s*[a-z*]?\s*", re.I)


def _cells_one_per_line(norm: str) -> str:
    """A "|" table copied one cell per line, a line "|" after each cell ("Risk Factor\n|\nCrude OR (95%CI)\n|\n…\n
    ---|\nAge (years)\n|\n60–64\n|\n98 (16.6)\n|\n1\n|\n…"), put back in rows (same length: each "\n|\n" becomes
    " | " inside a row and " |\n" at its end). The header's cells are those before its "---|" line; a run of cells is a
    row where each of the header's ratio columns holds a ratio and its CI, a reference ("1", "Ref", "–") and each of
    its P columns a P or a dash; a cell that starts no such row is a section's line of its own ("Age (years)")."""
    lines = norm.split("\n")
    out = list(norm)
    starts = [0]
    for x in lines[:-1]:
        starts.append(starts[-1] + len(x) + 1)
    i = 0
    while i < len(lines):
        # a run: cell, "|", cell, "|", … (the header's "---|" is a cell of the run)
        j = i
        cells: list[int] = []  # line numbers of the run's cells, each followed by a "|" line (but "---|")
        while j + 1 < len(lines) and lines[j].strip() not in ("", "|") and (
                lines[j + 1].strip() == "|" or _RULE_LINE.fullmatch(lines[j])):
            cells.append(j)
            j += 1 if _RULE_LINE.fullmatch(lines[j]) else 2
        if len(cells) < 8:
            i = max(j, i + 1)
            continue
        rule = next((k for k, c in enumerate(cells) if _RULE_LINE.fullmatch(lines[c])), None)
        header = [lines[c] for c in cells[:rule]] if rule else []
        if rule is None or not 3 <= len(header) <= 12:
            i = j
            continue
        n = len(header)
        ratio_cols = [k for k, h in enumerate(header) if k and _MEASURE_WORD.search(_HEADER_FOOTNOTE.sub("", h))]
        p_cols = [k for k, h in enumerate(header) if k and re.fullmatch(r"\s*P(?:[\s-]*values?)?\W*[a-e]?\s*", h,
                                                                        re.I)]
        if not ratio_cols:
            i = j
            continue
        ends = {cells[rule - 1]}  # the header row ends on its last cell
        body = cells[rule + 1:]
        k = 0
        while k < len(body):
            row = [lines[c] for c in body[k:k + n]]
            if len(row) == n and all(_RATIO_OR_REF_CELL.fullmatch(row[c]) for c in ratio_cols) and \
                    all(_P_OR_DASH_CELL.fullmatch(row[c]) for c in p_cols) and \
                    any(re.search(r"\d", row[c]) for c in ratio_cols):
                ends.add(body[k + n - 1])
                k += n
            else:
                ends.add(body[k])  # a section's line of its own
                k += 1
        for c in cells:
            if _RULE_LINE.fullmatch(lines[c]):
                continue
            at = starts[c] + len(lines[c])  # the "\n" before the "|" line
            if at + 2 < len(norm) and norm[at:at + 3] == "\n|\n":
                out[at], out[at + 2] = " ", "\n" if c in ends else " "
        i = j
    return "".join(out)


_WRAP_BREAK = re.compile(r"(?<=[A-Za-z,;])[ \t]*\n(?=[ \t]*[a-z(])|(?<=[a-z])[ \t]*\n(?=[ \t]*\d)")
_WRAPPED_LINE = (40, 140)  # how long a hard-wrapped paragraph's lines are, but its last


def _unwrapped(norm: str) -> str:
    """A prose paragraph printed with hard line breaks (a web page's or an e-mail's copy: "… the median progression-free
    survival was\n39.1 months with osimertinib versus …") read as one: its breaks that fall within a sentence become
    spaces (same length). A run of three lines at least, all but its last of a wrapped line's length, without a "|" or
    a tab, is taken as wrapped when most of its breaks are in mid-sentence: after a word or a comma and before a
    lower-case word, after a lower-case word and before a number, or inside an open bracket ("(95%\nCI 16.2–21.2)"); a
    table flattened one row per line (rows end on a number) and a list of headings stay as they are. A paragraph is
    cut into such runs at its short lines (a PDF page's headings, "3.5.", "OS by prior therapy", between wrapped
    prose)."""
    out = list(norm)
    for pm in re.finditer(r"[^\n]+(?:\n[^\n]+){2,}", norm):
        para = pm.group()
        if "|" in para or "\t" in para:
            continue
        lines = para.split("\n")
        starts = [pm.start()]
        for x in lines[:-1]:
            starts.append(starts[-1] + len(x) + 1)
        i = 0
        while i < len(lines):
            j = i
            while j < len(lines) - 1 and _WRAPPED_LINE[0] <= len(lines[j]) <= _WRAPPED_LINE[1]:
                j += 1
            run = lines[i:j + 1]  # lines i..j-1 of a wrapped line's length, j the run's last
            if len(run) >= 3:
                _join_wrapped(norm, out, run, starts[i])
            i = j + 1
    return "".join(out)


def _join_wrapped(norm: str, out: list[str], lines: list[str], at: int) -> None:
    """Join the mid-sentence breaks of one run of ``lines`` starting at ``at`` in ``norm`` (spaces written to ``out``)
    when most of its breaks are mid-sentence (see ``_unwrapped``)."""
    open_ends = [i for i, x in enumerate(lines[:-1]) if not re.search(r"[.!?:]\s*$", x)]
    text = "\n".join(lines)
    depth, wraps, pos = 0, 0, 0
    for i, x in enumerate(lines[:-1]):
        depth = max(0, depth + x.count("(") + x.count("[") - x.count(")") - x.count("]"))
        pos += len(x)
        if _WRAP_BREAK.match(text, pos) or depth and i in open_ends:
            wraps += 1
        pos += 1
    if len(open_ends) < (len(lines) - 1) / 2 or wraps < max(1, len(open_ends) / 3):
        return
    for i, x in enumerate(lines[:-1]):
        at += len(x)
        if i in open_ends:
            out[at] = " "
        at += 1


_POOLING_METHOD = re.compile(r"(?<=[(\[])\s*(?:IV|M[-\u2010\u2011]?H|Peto|Exp\[\(O-E\)\s*/\s*V\]|"
                             r"Inverse\s+Variance|Mantel[-\u2010\u2011]Haenszel)\s*,\s*(?:Random|Fixed)"
                             r"(?:[- ]effects?)?\s*,\s*(?=\d{2}(?:\.\d+)?\s?%\s*CI)")
# (en and em dash, minus, thin and narrow spaces, ≤, ≥, ±, no-break space: the bytes after the first, as misread)
_MOJIBAKE_AS = {"\u20ac\u201c": "-", "\u20ac\u201d": "-", "\u02c6\u2019": "-", "\u20ac\u2030": " ",
                "\u20ac\u00af": " ", "\u2030\u00a4": "\u2264", "\u2030\u00a5": "\u2265", "\u00b1": "\u00b1",
                "\u00a0": " "}
_MOJIBAKE = re.compile(r"[\u00e2\u0101](?:\u20ac[\u201c\u201d\u2030\u00af]|\u02c6\u2019|\u2030[\u00a4\u00a5])|"
                       r"\u00c2[\u00b1\u00a0]")
# a measure's abbreviation with a prefix of the document's own ("summary relative risk (SRR)"; not the usual "aOR")
_PREFIXED_ABBREV = re.compile(r"[(\[](?!A(?:HR|OR|RR)\b)[A-Z]{1,3}(?:RR|HR|OR|RI)s?[)\]]")
# a pipe table's header cells printed on lines of their own before its "---|---|" line
_BROKEN_PIPE_HEADER = re.compile(r"(?m)^(?:[^\n|]*(?:\|[^\n|]*)?\|[ \t]*\n){2,8}(?=[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|)")
# the words of an estimate a line end split with a hyphen: "confi- dence", "inter- val", "haz- ard", "ra- tio"
_WRAPPED_WORD = re.compile("|".join(rf"\b{w[:k]}- {w[k:]}\b" for w in ("confidence", "interval", "hazard", "ratio",
                                                                      "median", "survival", "relative")
                                    for k in range(2, len(w) - 1)))
# a CI's level with its percent sign after the letters: "(95 CI%)"
_CI_PERCENT_SWAPPED = re.compile(r"(?<=\b(?:90|95|99)) CI%")
# a section label in mixed case at the start of the text, a line or a sentence ("Results:", "Main results:",
# "Methods and findings:")
_MIXED_SECTION_LABEL = re.compile(r"(?P<l>Background|Introduction|Context|Importance|"
                                  r"Objectives?|Aims?|Purpose|Design|Setting|Participants|Patients|Interventions?|"
                                  r"Measurements|Methods|Results|Findings|Conclusions?|Interpretation|Discussion|"
                                  r"Significance|Main\s+(?:results|outcomes?(?:\s+and\s+measures)?|outcome\s+measures)|"
                                  r"(?:Methods|Patients|Materials)\s+and\s+(?:methods|results|findings)|"
                                  # (a review's headings, on a line of their own: "Search methods", "Main results")
                                  r"Search\s+methods|Selection\s+criteria|Data\s+collection\s+and\s+analysis|"
                                  r"Authors'?\s+conclusions)(?=\s*:|[ \t]*(?:\n|$))")


def _mixed_section_labels(norm: str) -> list[tuple[int, int]]:
    """Where a mixed-case section label opens the text, a line or a sentence (tried only there: a pattern anchored
    on those starts would be tried at every character)."""
    starts = [0, *(m.end() for m in re.finditer(r"\n|\.\s", norm))]
    return [m.span("l") for at in starts if norm[at:at + 1].isupper() and (m := _MIXED_SECTION_LABEL.match(norm, at))]


_LATEX_PERCENT = re.compile(r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)(?:\{\\%\}|\\%)")
_CI_SPELT_OUT = re.compile(r"(?:(?<=\d%\s)|(?<=\d%))(?:confidence|credib(?:le|ility))\s+intervals?\b"
                           # (and "95% Confidence Interval, CI: 0.8 to 1.6": the abbreviation after a comma, or
                           # after a space: "(95% confidence interval CI:7.4–16.6)")
                           # ("95% confidence interval {CI}, 11.1 to not reached": braces, a journal's print)
                           # ("95% confidence interval (95% CI) 0.53-1.21": the abbreviation with its level again)
                           r"(?:\s*[(\[{]\s*(?:\d{2}(?:\.\d+)?\s?%\s*)?CIs?\s*[)\]}]|\s*,\s*CIs?\b|\s+(?-i:CIs?)\b)?",
                           re.I)
_BRACED_ABBREV = re.compile(r"\{((?:a|adj)?(?:OR|HR|RR|IRR|CI)s?)\}")
# (each pattern starts on its literal: a lookbehind first was tried at every position of every text)
_E_DASH = re.compile(r"e(?=\d{1,3}\.\d+[)\],;])(?:(?<=[\s(\[]\d\.\de)|(?<=[\s(\[]\d\.\d\de)|(?<=[\s(\[]\d\.\d\d\de)|"
                     r"(?<=[\s(\[]\d\d\.\de))")
_SEMICOLON_TO = re.compile(r";(?<=\d;)\s?to\s?(?=\d)")
_BAYESIAN_CI = re.compile(r"(?:(?<=%)|(?<=%\s)|(?<=interval\s[(\[]))BCI(?=s?\b)")
_TILDE_RANGE = re.compile(r"(?:(?<=\d)|(?<=\d\s))[~\u223c\u301c](?=\s?\d)")
_NEITHER_NOR_REACHED = re.compile(r"\b(?P<n>[Nn]either)(?P<a>\s+(?:the\s+)?median\s+[^.;()\[\]]{2,60}?\s+)(?P<nor>nor)"
                                  r"(?P<b>\s+(?:the\s+)?[^.;()\[\]]{2,60}?\s+)(?P<v>was|were|has\s+been|have\s+been|"
                                  r"had\s+been)(?P<r>\s+(?:yet\s+)?reached)\b")
_LEVEL_WITHOUT_PERCENT = re.compile(r"(?<![\w.])(?P<l>9[059]|99\.\d)\s+confidence\s+interval(?P<pl>s)?\b", re.I)
_LEVEL_AFTER_CI = re.compile(r"(?<![\w-])(?:CI|IC)(?P<s1>\s?)(?P<l>9\d(?:\.\d{1,2})?)(?P<s2>\s?)%")
# (and "95 % CI AHR: 0.18, 0.37": the ratio's name again after its CI's)
_CI_OF_MEASURE = re.compile(r"(?<=CI)\s+(?:(?:of|for)\s+(?:the\s+)?)?(?-i:[aA]?(?:HR|OR|RR|IRR))s?(?=\s*[=:])")
_HYPHEN_GLUED_MEASURE = re.compile(r"(?<=[a-z]{4})-(?=(?:HR|OR|RR|IRR)\s*[=:,]?\s*\d*\.\d)")
_PERCENT_LIMITS_OF_TIME = re.compile(r"(?P<a>\b(?:months?|weeks?|days?|years?|mo)\s*[(\[]\s*\d{2}\s?%\s*CI\s*[,:]?\s*"
                                     r"\d+(?:\.\d+)?)%(?P<b>\s*(?:-|\u2013|to)\s*\d+(?:\.\d+)?)%(?P<c>\s*[)\]])")
_LIST_MARKER = re.compile(r"(?<=[\s,;:])\((?:i{1,3}|iv|vi{0,3}|ix|x)\)(?=\s)|"
                          # "… were used: (1) Adjusted OR; (2) Relative Index of Inequality": numbered items
                          r"(?<=[;:]\s)\(\d\)(?=\s+[A-Z])")


_SPACED_QUICK = re.compile(r"\d\. \d")
_SPACED_DECIMAL = re.compile(r"(?<![\w.,])(?P<i>\d{1,3})\. (?P<f>\d{1,3})(?=\s*(?:%|[)\],;]|[-\u2013]\s*\d|to\s+\d|"
                             r"(?:months?|mo|weeks?|days?|years?|hours?)\b))")
# (before a group or another bracket only: not "[95% CI 34·69 to not reached [NR] vs NR; …", whose "]" closes the CI)
_NR_DEFINED = re.compile(r"(?:(?<=reached)\s*[(\[](?-i:N[RE])[)\]]|(?<=estimable)\s*[(\[](?-i:NE)[)\]])"
                         r"(?=\s+(?:with|in|for|among|on|and)\b|\s*[(\[,;])")
_NR_THEN_CI = re.compile(r"(?<=reached)(?P<open>\s*[(\[])(?P<abbr>\s*(?-i:N[RE])\s*[(\[])"
                         r"(?P<ci>[^()\[\]]{4,60})(?P<close>[)\]])(?=\s*[)\]])")
_TABLE_THEN_PROSE = re.compile(r"(?<=\d) {3}(?=[A-Z][a-z]+[, ])")
_ARR_DEFINED = re.compile(r"\badjusted\s+(?:relative\s+risks?|risk\s+ratios?)\s*[(\[]\s*ARR\s*[)\]]", re.I)
_CENSORED_MARK = re.compile(r"(?<=[-\u2013])(\d+(?:\.\d+)?)\+(?=[)\]])")  # (only a range's upper end: not "(HER2+)")
_PLUS_LIMITS = re.compile(r"\bCI\s*[=:,]?\s*\+\d+(?:\.\d+)?\s*(?:to|-|,)\s*\+?(?=\d)")
# a censored time's mark after a time with its unit, or before a range's dash: "8+ months (2+-14+)", "(37+ months)"
_CENSORED_TIME = re.compile(r"(?<=\d)\+(?=\s*(?:months?|mo\b|weeks?|wk|days?|years?|yr)|[-\u2013]\d)")
_TWO_SIDED_P = re.compile(r"(?<![\w.])2([pP])(?=\s*[<=>\u2264])")


# "HR 0,72 (IC 95% 0,55-0,94)": a decimal comma (one or two digits after it, so never a thousands
# separator), read as a dot where it sits among estimates, as the hyphen decimals above.
_COMMA_QUICK = re.compile(r"\d,\d{1,2}(?!\d)")
_COMMA_NUMBER = re.compile(r"(?<![\w.,])\d{1,3},\d{1,2}(?![\w,.%]|\s?%)")
_COMMA_CONTEXT = re.compile(r"\bC[IL]\b|\bIC\b|confiden|ratio|\brisk\b|\bhazard|\b[HO]R\b|\bRR\b|\bmedian\b|"
                            r"\b[Pp]\s?[=<>]|(?<![\w.,])\d{1,3},\d{1,2}(?![\w,.])", re.I)


def _comma_decimals(norm: str) -> str:
    chars: list[str] | None = None
    for m in _COMMA_NUMBER.finditer(norm):
        if re.match(r"\s", norm[m.end():m.end() + 1] or " ") and re.match(r"\d,\d\s+(?:and|or)\b", norm[m.start():]):
            continue
        window = norm[max(0, m.start() - 30):m.start()] + " " + norm[m.end():m.end() + 30]
        if _COMMA_CONTEXT.search(window):
            if chars is None:
                chars = list(norm)
            chars[m.group().index(",") + m.start()] = "."
    return "".join(chars) if chars is not None else norm


# Old MEDLINE records of journals that print a middle dot keep a hyphen in its place: "0-77
# [0-57-1-04], p=0-52". A text shows that style by a range of two such numbers or a P value.
_HYPHEN_STYLE = re.compile(r"(?<![\w.-])\d-\d{2,3}\s?-\s?\d-\d{2,3}(?![\w.-])|"
                           r"\b[Pp]\s?[=<>]\s?0-\d{2,4}(?![\w.-])|(?<![\w.-])\d\.\d{2,3}-\d-\d{2,3}(?![\w.-])")
_HYPHEN_CANDIDATE = re.compile(r"\d-\d\d")
_HYPHEN_NUMBER = re.compile(r"(?<![\w.])(?P<int>\d)-(?P<dec>\d{2,4})(?![\w.%]|-\d{2,3}-)")
_HYPHEN_CONTEXT = re.compile(r"\bCI\b|confiden|ratio|\brisk\b|\bhazard|\b[HO]R\b|\bRR\b|\b[Pp]\s?[=<>]\s?$|"
                             r"(?<![\w.])\d[.-]\d{2,3}(?![\w.])")
_HYPHEN_NOT_AFTER = re.compile(r"\s*(?:%|percent|years?|months?|weeks?|days?|hours?|h\b|min|mg|g\b|kg|ml|patients|"
                               r"participants|cycles?|times|points?|cm|mm)", re.I)


def _hyphen_decimals(norm: str) -> str:
    """``0-77`` → ``0.77`` where such a number sits among estimates (a CI, a ratio's name, a P
    value or another such number within a few words); "aged 1-12 years" and "1-10 scale" stay."""
    chars = list(norm)
    for m in _HYPHEN_NUMBER.finditer(norm):
        if len(m.group("dec")) == 4 and not re.search(r"[Pp]\s?[=<>]\s?$", norm[max(0, m.start() - 4):m.start()]):
            continue
        if _HYPHEN_NOT_AFTER.match(norm, m.end()):
            continue
        window = norm[max(0, m.start() - 30):m.start()] + " " + norm[m.end():m.end() + 30]
        if _HYPHEN_CONTEXT.search(norm[max(0, m.start() - 30):m.start()]) or _HYPHEN_CONTEXT.search(window):
            chars[m.start("int") + 1] = "."
    return "".join(chars)


# ---------------------------------------------------------------------------
# Paragraphs, sentences, sections
# ---------------------------------------------------------------------------

_ABBREV = re.compile(r"(?:\bvs|\bal|\be\.g|\bi\.e|\bapprox|\bFig|\bNo|\bref|\bcf|\bDr|\bSt|\bincl)\.$", re.I)
# (a heading may carry its parent's label: "SUMMARY.FINDINGS:", as PubMed Central prints nested sections)
_SECTION = re.compile(r"\s*(?:[A-Z]{3,}\.(?=[A-Z]))?"
                      r"(?P<h>[A-Z][A-Z ,&/()-]{2,60}|[A-Z][a-z]+(?: (?:[Aa]nd|[A-Za-z]+)){0,5})\s*[:.]\s+")
_SECTION_WORDS = (
    # ("Summary:" as some journals head the part of an abstract that holds its methods and results, before "Key
    # Messages:")
    ("results", re.compile(r"RESULT|FINDING|^SUMMARY$", re.I)),
    ("conclusions", re.compile(r"CONCLUSION|INTERPRETATION|DISCUSSION|IMPLICATION|RELEVANCE|SIGNIFICANCE|LIMITATION|"
                               r"KEY\s+MESSAGE", re.I)),
    ("methods", re.compile(r"METHOD|DESIGN|PATIENTS|PARTICIPANTS|SETTING|INTERVENTION|MEASURE|MATERIALS|STATISTIC",
                           re.I)),
    ("background", re.compile(r"BACKGROUND|CONTEXT|OBJECTIVE|PURPOSE|INTRODUCTION|AIMS?\b|RATIONALE|IMPORTANCE",
                              re.I)),
)


# The Lancet's headings as plain text shows them, without a colon: "Findings Between March, 2010, …"
# a heading without its colon, as copied from a page or a PDF: "Results The …", "RESULTS Twenty patients …"
_BARE_SECTION = re.compile(r"\s*(?:(?P<t>Background|Methods(?:\s+and\s+Results)?|Findings|Interpretation|Results|"
                           r"Conclusions?)\s+"
                           r"(?=[A-Z])|"
                           # (the longer labels first: "METHODS AND RESULTS", "METHODOLOGY/PRINCIPAL FINDINGS",
                           # "CONCLUSIONS AND RELEVANCE" …, as PLoS, JAMA and others print them)
                           r"(?P<h>METHODOLOGY(?:\s*/\s*PRINCIPAL\s+FINDINGS)?|PRINCIPAL\s+FINDINGS|"
                           r"(?:METHODS|MEASUREMENTS)\s+AND\s+(?:MAIN\s+)?RESULTS|MAIN\s+RESULTS|"
                           r"MAIN\s+OUTCOMES?\s+AND\s+MEASURES?|CONCLUSIONS?\s*(?:/\s*SIGNIFICANCE|AND\s+RELEVANCE)|"
                           r"SIGNIFICANCE|IMPLICATIONS|LIMITATIONS|IMPORTANCE|(?:STUDY|EXPERIMENTAL)\s+DESIGN|"
                           r"BACKGROUND\s+AND\s+(?:OBJECTIVES?|AIMS?|PURPOSE)|TRIAL\s+REGISTRATION|FUNDING|"
                           r"BACKGROUND|METHODS?|FINDINGS|INTERPRETATION|RESULTS?|CONCLUSIONS?|OBJECTIVES?|PURPOSE|"
                           r"AIMS?|INTRODUCTION|DESIGN|SETTING|PATIENTS|PARTICIPANTS|INTERVENTIONS?|"
                           r"MEASUREMENTS(?:\s+AND\s+MAIN\s+RESULTS)?|MAIN\s+OUTCOME\s+MEASURES?|"
                           r"(?:MATERIALS?|PATIENTS|SUBJECTS)\s+AND\s+METHODS|CONTEXT|DISCUSSION)\s+(?=[A-Z0-9(]))")


def _section_of(chunk: str, pos: int = 0) -> str | None | bool:
    """The section a heading opens ("RESULTS:", "Main Outcomes and Measures:"), None for an
    unknown all-caps heading (resets), False when the text does not start with a heading."""
    m = _SECTION.match(chunk, pos) or _BARE_SECTION.match(chunk, pos)
    if not m and chunk[pos:pos + 1].isupper() and (line := chunk[pos:].split("\n", 1)[0].strip()).isupper() and \
            len(line) <= 40 and "\n" not in chunk[pos:].strip():
        # a heading in capitals as a paragraph of its own ("RESULTS", then a blank line, then the text)
        m = _BARE_SECTION.match(line + " A")
    if not m:
        return False
    heading = m.groupdict().get("h") or m.group("t")
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
    para_start: int = 0
    cuts: list[int] | None = None  # offsets of its ';' outside brackets, found when first needed


_BOUNDARY_CHAR = re.compile(r"[()\[\].!?\n]")
_TABLE_CELL = re.compile(r"\d\s\(\s*\d[^()]{0,20}\)\s+(?=[A-Za-z])")  # "56.3 (42-84) Sex": a cell, then the next row
_GLUED_CAPTION = re.compile(r"\s?(?:Table|Figure|Fig\.?)\s?\d+[A-Za-z]?(?=[A-Z\s.])")
# a structured abstract's heading glued to the sentence before it, as a web page copies it: "… time to treated
# OUD.Methods: We conducted …", "… the infecting pathogen.Design: A prospective …"
_GLUED_HEADING = re.compile(r"(?:Background|Objectives?|Aims?|Purpose|Methods?|Design|Setting|Participants|Patients|"
                            r"Interventions?|Measurements|Main\s+(?:Outcomes?|Exposures?)(?:\s+and\s+Measures?)?|"
                            r"Results|Findings|Conclusions?|Interpretation|Summary|Key\s+Messages?)\s?:\s")


_UNCLOSED = 400
# "… (Table4).  Figure 1 Progression-free …": a full text's run of spaces before a caption or a new sentence
_SPACED_CAPITAL = re.compile(r"\s{2,}[A-Z(\[]")
_LOWER_CAMEL_START = re.compile(r"\s[a-z]{1,3}[A-Z][\w+/-]*\s+[a-z]")


def _unclosed(chunk: str) -> set[int]:
    """Offsets of the brackets in ``chunk`` that no later bracket closes."""
    stack: list[int] = []
    for m in re.finditer(r"[()\[\]]", chunk):
        if m.group() in "([":
            stack.append(m.start())
        elif stack:
            stack.pop()
    return set(stack)


_RATIO_NAME_BEFORE = re.compile(r"\b(?:ratios?|HRs?|ORs?|RRs?|IRRs?)\s*$")


def _without_unclosed(norm: str, sentences: list[_Sentence]) -> str:
    """``norm`` with each bracket its sentence opens right after a ratio's name and never closes read as a space
    ("the hazard ratios (of developing CKD and HF in AAs versus WAs were 1.21 (95% CI 1.17–1.26) and 2.21 (…), …": a
    slip, not a bracket around the values; not "lower with A than B (156 [11.8%] vs 228 [17.3%] deaths with a hazard
    ratio of 0.66 (…).", a bracket that holds its sentence's numbers); same length, so every span holds."""
    blank: list[int] = []
    for s in sentences:
        line = norm[s.start:s.end]
        if line.count("(") + line.count("[") > line.count(")") + line.count("]"):
            blank += [s.start + i for i in _unclosed(line)
                      if _RATIO_NAME_BEFORE.search(line, max(0, i - 24), i) and not re.match(r"[(\[]\s*\d", line[i:])]
    if not blank:
        return norm
    chars = list(norm)
    for i in blank:
        chars[i] = " "
    return "".join(chars)


# "HR = 0.80. 95% CI (0.68, 0.95)": a device summary's ratio whose CI a full stop parts from it
_RATIO_BEFORE_POINT = re.compile(r"(?-i:\b(?:a?OR|RR|a?HR|IRR))\s*[:=]\s*\d+(?:[.\u00b7]\d+)?$")
_CI_AFTER_POINT = re.compile(r"\s\d{2}(?:\.\d+)?\s?%\s*(?:CI\b|confidence)")
_RATIO_AT_LINE_END = re.compile(r"(?-i:\b(?:a?OR|RR|a?HR|IRR))\s*[:=]?\s*\d+(?:[.\u00b7]\d+)?\s*$")
_CI_AT_LINE_START = re.compile(r"[ \t]*[(\[]\s*\d+(?:[.\u00b7]\d+)?\s*(?:to|-|\u2013|,)\s*\d+(?:[.\u00b7]\d+)?\s*[)\]]")


# a line that ends where its clause cannot ("… with A and", "… compared with", "…,"), then a line that goes on in lower
# case or with a number
_LINE_WRAPPED = re.compile(r"(?:\b(?:and|or|with|versus|vs\.?|than|of|to|for)|,)[ \t]*$", re.I)
_LOWER_OR_DIGIT = re.compile(r"[ \t]*(?:[a-z]|\d)")


def _sentences(text: str) -> list[_Sentence]:
    out: list[_Sentence] = []
    para = 0
    section: str | None = None
    # Paragraphs: blank lines, or lines that start a bullet.
    for pm in re.finditer(r"[^\n]+(?:\n(?![ \t]*(?:\n|[*\u2022\u25cf-]\s|\d+\.\s|[A-Z][A-Z ,&/()-]{2,60}:\s))[^\n]+)*",
                          text):
        para += 1
        p_start, chunk = pm.start(), pm.group()
        sec = _section_of(chunk)
        if sec is not False:
            section = sec if isinstance(sec, str) else None
        depth = 0
        s_start = 0
        opened = 0  # where the outermost open bracket opened
        unclosed = _unclosed(chunk) if chunk.count("(") + chunk.count("[") != chunk.count(")") + chunk.count("]") \
            else set()  # (balanced counts: nothing left open, but in the rarest orders)
        for bm in _BOUNDARY_CHAR.finditer(chunk):
            i, ch = bm.start(), bm.group()
            if ch in "([" and i in unclosed:
                continue  # "(mean 12.9 (SD 3.0) for A and 13.0 (SD 3.1) for B. 89% …": never closed
            if ch in "([":
                if depth == 0:
                    opened = i
                depth += 1
            elif ch in ")]":
                depth = max(0, depth - 1)
            elif ch == "\n" and depth == 0 and chunk[s_start:i].strip() and not (
                    _RATIO_AT_LINE_END.search(chunk, s_start, i) and _CI_AT_LINE_START.match(chunk, i + 1)) and not (
                    _LINE_WRAPPED.search(chunk, s_start, i) and _LOWER_OR_DIGIT.match(chunk, i + 1)):
                # a line ends a sentence: a title without its full stop, a structured section's heading line (not a
                # ratio whose CI a table's cell wrapped onto the next line: "… 589 per 1000 OR 1.08\n(0.95 to 1.22)";
                # nor a web page's line that wraps after a word that needs more: "Median PFS not reached with A and\n
                # 27.8 months with B")
                out.append(_Sentence(p_start + s_start, p_start + i, para, section, p_start))
                s_start = i + 1
                inner = _section_of(chunk, s_start)
                if inner is not False:
                    section = inner if isinstance(inner, str) else None
            elif ch in ".!?" and (depth == 0 or i - opened > _UNCLOSED):
                depth = 0  # (a bracket open for longer than a sentence was never closed: "(0·8–3·6. The …")
                nxt = chunk[i + 1:i + 3]
                boundary = i + 1 == len(chunk) or (nxt[:1].isspace() and (nxt[1:2].isupper() or nxt[1:2] in "([")) \
                    or nxt == "  " and _SPACED_CAPITAL.match(chunk, i + 1) is not None \
                    or _LOWER_CAMEL_START.match(chunk, i + 1) is not None \
                    or i > 0 and chunk[i - 1] == ")" and re.match(r"\s\d+\s+(?:out\s+)?of\s+\d", chunk[i + 1:i + 20]) \
                    or _GLUED_CAPTION.match(chunk, i + 1) is not None \
                    or i > 0 and chunk[i - 1].isalnum() and _GLUED_HEADING.match(chunk, i + 1) is not None
                # ". mEOC+P was associated with …", "… p<0.0001). 19 out of 70 patients …", "… p = 0.29).Table
                # 3Outcomes" (a full text's table or figure caption glued to the sentence before)
                if boundary and not _ABBREV.search(chunk[max(0, i - 7):i + 1]) and not (
                        _RATIO_BEFORE_POINT.search(chunk, s_start, i) and _CI_AFTER_POINT.match(chunk, i + 1)):
                    out.append(_Sentence(p_start + s_start, p_start + i + 1, para, section, p_start))
                    s_start = i + 1
                    inner = _section_of(chunk, s_start)
                    if inner is not False:
                        section = inner if isinstance(inner, str) else None
        if s_start < len(chunk) and chunk[s_start:].strip():
            out.append(_Sentence(p_start + s_start, p_start + len(chunk), para, section, p_start))
    # a sentence starts at its first word, not at the space or line break after the sentence before
    return [_Sentence(x.start + len(text[x.start:x.end]) - len(text[x.start:x.end].lstrip()), x.end, x.paragraph,
                      x.section, x.para_start) if text[x.start:x.start + 1].isspace() else x
            for y in out for x in _pieces(text, y)]


# The longest sentence of every labelled text is 1,203 characters; a "sentence" past this length is a table or a list
# flattened into text, and the work on a sentence grows with its length times its estimates: cut it into pieces of at
# most this length (after a "; ", else after a closing bracket, else at a space), so a text's cost stays linear in its
# length.
_LONGEST_SENTENCE = 2000
_PIECE_SEMICOLON = re.compile(r";\s")
_PIECE_BRACKET = re.compile(r"[)\]][,;]?\s")
_PIECE_SPACE = re.compile(r"\s")


def _pieces(text: str, s: _Sentence) -> list[_Sentence]:
    if s.end - s.start <= _LONGEST_SENTENCE:
        return [s]
    out, start = [], s.start
    while s.end - start > _LONGEST_SENTENCE:
        lo, hi = start + _LONGEST_SENTENCE // 2, start + _LONGEST_SENTENCE
        cut = hi
        for gap in (_PIECE_SEMICOLON, _PIECE_BRACKET, _PIECE_SPACE):  # the last of the best kind in the window
            if found := [m.end() for m in gap.finditer(text, lo, hi)]:
                cut = found[-1]
                break
        out.append(_Sentence(start, cut, s.paragraph, s.section, s.para_start))
        start = cut
    return [*out, _Sentence(start, s.end, s.paragraph, s.section, s.para_start)]


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
    "CPT",  # CPT-11, irinotecan
    # scales, questionnaires and pharmacokinetic measures printed with a number: "PHQ-9", "AUC 5", "HADS-A"
    "AUC", "PHQ", "GAD", "HADS", "VAS", "NRS", "BDI", "HAM", "HAMD", "HAMA", "MADRS", "PANSS", "CES", "KPS", "APACHE",
    "SOFA", "GCS", "NIHSS", "FEV", "HOMA", "PSA", "CEA", "BPI", "MDASI", "ESAS", "PROMIS", "IPSS", "IIEF", "KCCQ",
    "SGRQ", "ODI", "WOMAC", "EDSS", "UPDRS", "ADAS", "CGI", "YMRS", "PSQI", "FACIT", "FLIC", "LCSS",
    "RESULTS", "RESULT", "METHODS", "BACKGROUND", "CONCLUSIONS", "CONCLUSION", "FINDINGS", "OBJECTIVE", "OBJECTIVES",
    "PURPOSE", "DESIGN", "SETTING", "PATIENTS", "INTERVENTIONS", "INTERPRETATION",  # headings without their colon
    "TABLE", "TABLES", "FIGURE", "FIGURES", "FIG", "PANEL", "APPENDIX", "SUPPLEMENT",  # "TABLE 3 Comparison of …"
    # "(3 RCT, RR 0.46 …, NNT 13 …)": statistics and counts of trials
    "NNT", "NNH", "NNTB", "NNTH", "NNS", "RCT", "RCTS",
})
# a name followed by a dose is a drug code ("CPT-11 350 mg m-2"), not a trial
_DOSE_AFTER = re.compile(r"\s+\d+(?:\.\d+)?\s*(?:mg|g|mcg|\u00b5g|ug|IU|U)\b")
# "TIMI 3 flow", "NYHA 2 class": a grade of a scale, not a trial
_GRADE_AFTER = re.compile(r"\s+(?:flow|grades?|scores?|frame|class(?:es)?|stages?|criteria|classification|"
                          # ("a GCLC 77 genotype", "the XYZ-2 scale": a gene's variant, a scale)
                          r"genotypes?|alleles?|polymorphisms?|variants?|scales?|questionnaires?|index|inventory)\b",
                          re.I)
# "This post hoc analysis used data from the CLOT study": the document's own trial
_OWN_DATA_BEFORE = re.compile(r"\b(?:analys[ie]s|data|sub-?stud(?:y|ies)|follow-up|extension)\s+(?:of|from)\s+"
                              r"(?:the\s+)?(?:[\w-]+\s+){0,3}$|"
                              # "In the pooled randomized arms of MONARCH 2 and 3, …": the data this text analyses
                              r"\bpooled\s+(?:[\w-]+\s+){0,3}?(?:of|from)\s+(?:the\s+)?$", re.I)
# "MONARCH 2 was a global, randomized, … phase 3 trial of …": the document's trial described by name
# (also "The IDEAL study was a 4.8-year prospective, randomized trial comparing …")
_NAME_WAS_TRIAL = re.compile(r"(?:\s+(?:study|trial))?\s+(?:was|is)\s+an?\s+(?:[\w,-]+(?:\.\d+[\w-]*)?\s+){0,8}?"
                             r"(?:trial|study)\b(?!\s+(?:that|which)\s+(?:showed|found|reported|demonstrated))", re.I)
# "A randomized, placebo-controlled trial with 120 … was performed (TRANSDERMIS trial)"
_NAMED_WHEN_DONE = re.compile(r"\b(?:trial|study)\b[^.;]{0,120}\b(?:was|were)\s+(?:performed|conducted|carried\s+out|"
                              r"undertaken|done)\s*\($", re.I)
_TRIAL_NAME = re.compile(
    r"(?<![\w-])(?P<name>[A-Z]{3,}(?:-[A-Z]{2,})*+(?:-\d{1,3}[A-Za-z]?|\s\d{1,2}(?![\d.,])(?!\s*(?:mg|g|mcg|\u00b5g|ug|ml|mL|%|mm|cm|kg|IU|U|units?|years?|months?|weeks?|days?|hours?|patients)\b))(?![\w-]))"
    r"|(?:\b[Tt]he\s+(?:international\s+|phase\s+\w+\s+|randomi[sz]ed\s+|pivotal\s+|ongoing\s+)*)"
    r"(?P<name2>[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*)\s+(?:study|trial)\b"
    r"|(?<![\w-])(?P<name3>[A-Z]{3,}(?:-[A-Z0-9]+)*+)\s+(?:study|trial)\b"
)


def _trial_names(text: str) -> list[tuple[int, str]]:
    """``(offset, name)`` of every trial name: PALOMA-3, MONARCH 2, "the FALCON study"."""
    out = []
    for m in _TRIAL_NAME.finditer(text):
        name = m.group("name") or m.group("name2") or m.group("name3")
        head = re.split(r"[-\s]", name)[0]
        if head in _NOT_TRIALS or name.isdigit() or re.search(r"\bphase\s*$", text[max(0, m.start() - 7):m.start()],
                                                              re.I) or _DOSE_AFTER.match(text, m.end()) \
                or re.match(r"\s*[(\[]\s*rs\d", text[m.end():m.end() + 8]) \
                or _GRADE_AFTER.match(text, m.end()):
            continue  # (a drug code with its dose; a gene with its SNP, "TECTA (rs1829"; a grade, "TIMI 3 flow")
        out.append((m.start("name") if m.group("name") else m.start("name2") if m.group("name2")
                    else m.start("name3"), re.sub(r"\s+", "-", name) if re.search(r"\s\d", name) else name))
    names = _Names(out)
    names.positions = [p for p, _ in out]
    return names


_OPENS_WITH_SECTION = re.compile(r"\s*(?:(?i:background|introduction|objectives?|aims?|purpose|context|importance|"
                                 r"rationale)\s*[:.]|Background\s+(?=[A-Z]))")


# a heading line "Title" before the title itself (full-text exports)
_TITLE_HEADING = re.compile(r"\s*title\s*:?\s*\n", re.I)


def _self_names(text: str, names: list[tuple[int, str]], sentences: list[_Sentence],
                given: Iterable[str] | None) -> set[str]:
    own = {n.upper() for n in given or ()}
    first_line_end = text.find("\n") if "\n" in text else min(len(text), 300)
    if (head := _TITLE_HEADING.match(text)):  # "Title\nMagnesium for … (MASH-2): a randomised …": the line after
        first_line_end = text.find("\n", head.end()) if "\n" in text[head.end():] else len(text)
    elif _OPENS_WITH_SECTION.match(text):
        first_line_end = 0  # an abstract without its title: the first line is its background
    reg = sorted(m.start for m in find_ids(text) if m.registry not in ("DOI", "PMID", "PMCID"))
    starts = [s.start for s in sentences]
    title = text[:first_line_end].upper()
    for pos, name in names:
        if pos < first_line_end or _OWN_DATA_BEFORE.search(text, max(0, pos - 60), pos):
            own.add(name.upper())  # named in the title line, or "an analysis of data from the X study"
        if name.upper() in title or name.upper().replace("-", " ") in title:
            own.add(name.upper())  # (also glued to the title's words: "… Endocrine Therapy-MONARCH 2: A Randomized …")
        if _NAME_WAS_TRIAL.match(text, pos + len(name)) or _NAMED_WHEN_DONE.search(text, max(0, pos - 150), pos):
            # "MONARCH 2 was a global, randomized, placebo-controlled, double-blind phase 3 trial of …", "A randomized,
            # placebo-controlled trial with 120 patients … was performed (TRANSDERMIS trial)": the document's own
            own.add(name.upper())
        i = bisect.bisect_left(reg, pos)
        if i < len(reg) and reg[i] - pos <= 60:  # named next to a registry number
            own.add(name.upper())
        j = bisect.bisect_right(starts, pos) - 1
        if j >= 0 and pos < sentences[j].end and sentences[j].section in ("results", "conclusions") and \
                not _LIKE_OTHER.search(text, max(sentences[j].start, pos - 70), pos):
            own.add(name.upper())  # (not "as in KEYSTONE-1", "consistent with the ABC trial")
    return own


# ---------------------------------------------------------------------------
# Number grammar
# ---------------------------------------------------------------------------

# "0. 51": MEDLINE's line wrapping left a space after the decimal point of one-digit numbers.
# "16. 3 months": the same wrap after a longer whole part, read so only before a unit of time (a sentence that
# ends on a number and a next one that opens with a count stay two numbers)
_WRAPPED_TIME = r"(?<![\d.])\d{2,3}\.\s\d{1,2}(?=\s?(?:months?|weeks?|days?|years?|hours?)\b)"
_NUM = rf"(?:\d+\.\d+|(?<!\d)\d\.\s(?=\d{{1,3}}\b)\d{{1,3}}|{_WRAPPED_TIME}|\d+|\.\d+)"
# a CI's name (and level) opening its bracket or after a value's comma: "95% CI, ", "CI: ", "95% confidence interval "
_CI_HEAD = r"(?:(?:\d{2}\s?%\s*)?(?:CI|confidence\s+intervals?)\s*[,:]?\s*)?"
_CI_WORDS = (r"(?:(?P<lvl>\d{2}(?:\.\d)?)\s?(?:%|percent|per\s+cent)\s*)?"
             r"(?P<ciw>confidence\s+intervals?|conf\.?\s*int\.?|CI|(?-i:IC))?"
             r"\s*(?:[\[(](?:\d{2}\s?%\s*)?CI[\])])?")
_UNIT_WORDS = (r"(?:months?|mo\b|mos\b|weeks?|wk\b|wks\b|days?|years?|yrs?\b|hours?|hrs?\b|h\b|minutes?|mins?\b|"
               r"seconds?\b(?!-|\s+(?:or|and|line)\b)|secs?\b)(?![a-z])")
# (not "4 weekly doses", "monthly", "110 second- or later-line patients")
# "5 d": a day only right after a number, in lower case ("vitamin D", "3D" are not days)
_DAY_D = r"(?-i:d)(?![\w-])"
_UNIT = rf"(?P<unit>{_UNIT_WORDS}|{_DAY_D})"
_UNIT_SEARCH = re.compile(rf"(?<=\d)\s*(?:{_UNIT_WORDS}|{_DAY_D})|(?<=\d[)\]])\s*{_DAY_D}|\b{_UNIT_WORDS}", re.I)
_VALUE_UNIT = re.compile(rf"(?P<val>{_NUM}|(?-i:\bN[RE]\b)|"
                         rf"(?:has\s+|had\s+|was\s+)?not\s+(?:yet\s+)?(?:been\s+)?(?:yet\s+)?(?:reached|estimable|evaluable)|"
                         rf"(?:was\s+)?non-?estimable|(?:has\s+|had\s+|was\s+)?never\s+(?:been\s+)?reached|"
                         rf"(?:was\s+)?unreached|"  # ("OS: unreached vs. 21.27 months")
                         rf"(?:could|can)\s*not\s+(?:yet\s+)?be\s+(?:estimated|evaluated|calculated))"
                         rf"(?:\s*{_UNIT})?"
                         # "(95% CI (9.0 to 14.0))", "(95% CI of 38.2 months to 53.5 months)"
                         rf"(?P<ci>\s*[(\[]\s*{_CI_WORDS}\s*[:=,;]?\s*(?:of\s+)?(?P<inner>[(\[]\s*)?"
                         rf"(?P<lo>{_NUM}|(?-i:\bN[RE]\b)|not\s+reached)"
                         rf"(?:\s*{_UNIT_WORDS})?\s*(?:to|-|,)\s*"
                         # ("22.14 to not reached [NR]": the abbreviation defined in passing)
                         rf"(?P<hi>{_NUM}|(?-i:\bN[RED]\b|\bN/A\b)|not\s+(?:yet\s+)?(?:reached|estimable|evaluable|assessable)"
                         rf"(?:\s*\[(?-i:N[RE]|N/?A)\])?)"
                         # "(95% CI, 4.3-8.4 weeks; median treatment duration, …)": a named CI ends at ';'
                         # "95·5 h (84·0-108·0; p=0·0084)": a bare range that a P value follows is the CI too, and
                         # one that the comparison's ratio or the group's events follow: "versus 16·6 months
                         # (13·9-19·3; HR 0·70 …)", "19·0 months (17·2-21·7; 282 [71%] of 399 died)"
                         rf"(?:\s*{_UNIT_WORDS})?\s*(?(inner)[)\]]\s*)(?:[)\]]|(?(ciw)(?=;)|"
                         rf"(?:(?=\s*[;,]\s*[Pp]\s*(?:[=<>\u2264\u2265]|value))|"
                         rf"(?=;\s*(?:(?:adjusted\s+)?(?:HR|hazard\s+ratio)\b|\d+\s*(?:[(\[]\d+(?:\.\d+)?%[)\]]\s*)?"
                         rf"(?:of\s+\d+\s+)?(?:events?|deaths?|died|patients)\b))))))?",
                         re.I)
# "NNRTI versus PI hazard ratios", "the tamoxifen:anastrozole hazards ratio": the groups in the ratio's order, printed
# right before its name
_VS_BEFORE_MEASURE = re.compile(r"(?:^|[,;:(]\s*|\s)(?:(?i:the)\s+)?"
                                r"(?P<a>(?!(?i:the|a|an|of|in|for|with|and|or|to|by)\b)[A-Za-z][\w+/-]*"
                                r"(?:\s(?!(?i:versus|vs)\b)[\w+/-]+)?)"
                                r"(?:\s+(?:versus|vs\.?)\s+|:(?=\S))"
                                r"(?P<b>(?!(?i:the)\b)[A-Za-z][\w+/-]*(?:\s[\w+/-]+)?)\s+(?:adjusted\s+)?$")
# "(median, 7.6 hours after onset)": a time of entry into the trial
_ENTRY_TIME_AFTER = re.compile(rf"\s*(?:{_UNIT_WORDS})?\s*(?:after|from|since)\s+(?:the\s+)?"
                               r"(?:symptom\s+|stroke\s+|pain\s+)?onset\b", re.I)
# "median OS … is 12-16 months": a time printed as a range (no estimate: a range of medians, not one)
_RANGE_OF_TIMES = re.compile(rf"\s*-\s*(?P<hi>{_NUM})\s*{_UNIT_WORDS}", re.I)
# the aside that closes a CI's bracket: "19·0 months (17·2-21·7; 282 [71%] of 399 died) with B"
_ASIDE_CLOSING_CI = re.compile(r"\s*;\s*(?=\d)[^()\[\]]*(?:[(\[][^()\[\]]*[)\]][^()\[\]]*)*[)\]]")
# the P value that closes a bare CI's bracket: "(84·0-108·0; p=0·0084)"
_P_CLOSING_CI = re.compile(r"\s*[;,]\s*[Pp]\s*(?:[=<>\u2264\u2265]|value)\s*[=<>]?\s*\d*[.\u00b7]?\d+\s*[)\]]")
# "[95% CI 4.2, 8.8 (drug A); 4.4, 8.3 (drug B)]", "(95% CI, 4.3-8.4 weeks; median treatment duration, 8 weeks; …)":
# a bracket that opens with a CI holds limits and asides, never a group's median
_CI_LED_BRACKET = re.compile(r"[(\[]\s*(?:\d{2}(?:\.\d)?\s?(?:%|percent)\s*)?(?:CI|confidence\s+intervals?)\b"
                             r"(?:[^()\[\]]|[(\[][^()\[\]]*[)\]])*[)\]]", re.I)
_PERCENT_WITH_CI = re.compile(rf"{_NUM}\s*%\s*(?:[(\[][^()\[\]]{{0,120}}[)\]])?")
# an upper limit that is no number: "95% CI 33·0 to not reached", "17.3 to not yet reached"
# (and "18.8-not assessable [N/A] months", "20.3-N/A months": an open upper limit)
_NOT_REACHED_LIMIT = (r"not\s+(?:yet\s+)?(?:reached|estimable|evaluable|assessable)(?:\s*\[(?-i:N/?A)\])?|"
                      r"(?-i:\bN[RED]\b|\bN/?A\b)")  # ("31.6 to ND": not determined; "11.0-NA": not available)
# "7.2 months, 95% CI, 5.1-9.9": a CI printed after a comma, not in a bracket of its own
_CI_INLINE = re.compile(rf"(?<![\d.])(?:(?P<lvl>\d{{2}}(?:\.\d)?)\s?(?:%|percent\b)\s*)?"
                        rf"\b(?:confidence\s+intervals?|CI)\b"
                        # ("95% CI of 38.2 months to 53.5 months")
                        rf"(?:\s*\((?:CI)?\))?\s*[:=,]?\s*(?:of\s+)?(?P<lo>{_NUM})(?:\s*{_UNIT_WORDS})?\s*(?:to|-)\s*"
                        # (a sentence's full stop may follow: "…; c) 7.5 years, 95%CI, 2.8-11.0.")
                        rf"(?P<hi>{_NUM}(?!\d|\.\d)|{_NOT_REACHED_LIMIT})", re.I)
# (a clause that ends on a time and its group's bracket; the next one only a time, its group's bracket and a P)
_TIME_THEN_GROUP_END = re.compile(rf"(?:{_NUM}\s*{_UNIT_WORDS}|\bNR|\bnot\s+reached)\s*"
                                  rf"\(\s*[A-Za-z][^()\[\]\d;]{{0,40}}\)\s*$", re.I)
# (or the next group's after "vs": "26.0 months (all patients); 13.7 months (high risk) vs not reached (NR) (low …")
_TIME_THEN_GROUP = re.compile(rf"\s*{_NUM}\s*{_UNIT_WORDS}\s*\(\s*[A-Za-z][^()\[\]\d;]{{0,40}}\)"
                              r"(?:\s*,?\s*[Pp]\s*[<=>\u2264]\s*0?\.\d+)?\s*(?:[;.]|$|(?:vs\.?|versus)\s)", re.I)
_LIST_ITEM = re.compile(rf"\s*(?P<arm>[A-Za-z][\w+/-]*(?:\s[\w+/-]+){{0,3}}?)\s*[,:]?\s+{_NUM}\s*"
                        rf"(?:[(\[][^()\[\]]{{0,30}}[)\]]\s*)?(?:{_UNIT_WORDS})"
                        r"[^;]{0,60}(?:;|$|\.\s*$)", re.I)
_RESPECTIVE_PAIR_ITEM = re.compile(rf"\s*(?:and\s+)?{_NUM}\s*(?:{_UNIT_WORDS})?\s*(?:[(\[][^()\[\]]{{0,60}}[)\]]\s*)?"
                                   rf"(?:and|,)\s+{_NUM}\s*(?:{_UNIT_WORDS})[^;]{{0,100}}\brespectively\b", re.I)
_LABEL_COMMA_BEFORE = re.compile(r"(?:[(\[:]\s*|\s(?:v|vs\.?|versus)\s+)"
                                 r"(?P<arm>[A-Za-z][\w+/-]*(?:\s[\w+/-]+){0,2}?),\s*$", re.I)
_ARM_BEFORE = re.compile(r"(?:^|[:;]\s*)(?P<arm>[A-Za-z][\w+/-]*(?:\s[\w+/-]+){0,3}?)\s*[,:]?\s*$")
# "… in arms A, B and C, respectively", "… for the high-dose, low-dose and placebo groups respectively"
_RESPECTIVE_ARMS = re.compile(r"(?:\s*[(\[][^()\[\]]{0,80}[)\]]|\s*;[^()\[\]]{0,80}[)\]])?"
                              # "(HR 0.91) for A and B, respectively"
                              # (or the rest of the last value's bracket: "… months (95% CI, 20.3-N/A months; P = .475;
                              # hazard ratio, 0.84), with PB and PB+G, respectively")
                              r"[^.;()]{0,40}?\b(?:in|for|with|among)\s+(?:the\s+)?(?:(?P<kind>arms?|groups?)\s+)?"
                              r"(?P<items>[\w+/.-]+(?:,?\s+[\w+/.-]+){1,14}?)(?:\s+(?:arms?|groups?))?"
                              # ("… for the A, B, and C arms (P = .039), respectively")
                              r"(?:\s*[(\[][^()\[\]]{0,40}[)\]])?,?\s+respectively\b", re.I)
# "12 and 11 days, respectively, in the BuCy and BuFlu groups": the groups named after "respectively"
_RESPECTIVELY_THEN_ARMS = re.compile(r"(?:\s*[(\[][^()\[\]]{0,80}[)\]])?,?\s*respectively,?\s+(?:in|for|with|among)\s+"
                                     r"(?:the\s+)?(?P<kind>)"
                                     r"(?P<items>[\w+/.-]+(?:,?\s+[\w+/.-]+){1,14}?)"
                                     # (or no noun: "…, respectively for drug and placebo (log-rank …")
                                     r"(?:\s+(?:arms?|groups?)\b|(?=\s*(?:[(\[,;]|\.(?:\s|$)|$)))", re.I)
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?", re.I)


def _respective_arms(region: str, after: int, n: int) -> list[str] | None:
    """The n group names of "… in A, B and C, respectively" after position ``after``.

    None when no such list follows; [] when one follows but cannot be matched to the n values (then its
    first name is no value's arm either).
    """
    m = _RESPECTIVE_ARMS.match(region, after) or _RESPECTIVELY_THEN_ARMS.match(region, after)
    if not m:
        return None
    items = [x for x in _LIST_SEP.split(m.group("items")) if x]
    if len(items) != n or any(len(x.split()) > 3 for x in items):
        return []
    if n > 1 and len(items[-1].split()) == 2 and all(len(x.split()) == 1 for x in items[:-1]):
        noun = items[-1].split()[1]  # "the 10-mg, 20-mg and 40-mg doses": the noun names every item
        items = [f"{x} {noun}" for x in items[:-1]] + [items[-1]]
    kind = m.group("kind")
    if kind and all(re.fullmatch(r"[A-Z]|[IVX]+|\d+", x) for x in items):
        return [f"{kind.rstrip('sS').lower()} {x}" for x in items]  # "arm A", "group II"
    return [_clean_arm(x) or x for x in items]


_WORD_BOUND_BEFORE = re.compile(r"\b(?:less|more|greater|fewer|shorter|longer)\s+than\s*$|\b(?:up\s+to|at\s+least|"
                                r"at\s+most|under|over|beyond|exceeding|exceeded)\s*$", re.I)
_BOUND_BEFORE = re.compile(r"(?:\bof|\bwas|\bwere|\bis|\bare|\b(?:OS|PFS|DFS|EFS|RFS|TTP|DoR)\)?|survival)"
                           r"\s*(?P<op><=|>=|[<>\u2264\u2265])\s*$")
_CI_AFTER_ARM = re.compile(rf"\s*[(\[]\s*(?:(?P<lvl>\d{{2}}(?:\.\d{{1,2}})?)\s?(?:%|percent)\s*)?"
                           rf"(?:CI|confidence\s+intervals?)\s*[:=,]?\s*(?P<lo>{_NUM})(?:\s*{_UNIT_WORDS})?\s*(?:to|-|,)\s*"
                           rf"(?P<hi>{_NUM}|{_NOT_REACHED_LIMIT})"
                           # ("28 months for ST (95% CI, 22 to 33 months; hazard ratio …": the ratio shares the bracket)
                           rf"\s*(?:{_UNIT_WORDS})?\s*(?:[)\]]|;)", re.I)
# (", 95% CI …", "… with 95% CI of …")
_CI_INLINE_AFTER = re.compile(r"\s*[,;]\s*|\s+with\s+(?:an?\s+)?(?=\d{2}(?:\.\d)?\s?%\s*(?:CI|confidence))")
# "Over a median 6 and 11 years of follow-up": the follow-up named after its values
# (one way to read each run: numbers whole, "(?![\d.])", and the space between two of them one group — a run of numbers
# read every way is exponential: a 222-character table row of a full text took minutes)
_FOLLOW_UP_AFTER = re.compile(rf"\s*(?:of\s+)?{_NUM}(?![\d.])(?:(?:\s*(?:,|and|or|to|-|\u2013)\s*|\s+){_NUM}(?![\d.]))*"
                              rf"\s*{_UNIT_WORDS}"
                              r"['\u2019]?\s+(?:of\s+)?"  # ("a median of 17·1 years' follow-up")
                              r"follow(?:ed)?[- ]?up\b", re.I)
_BARE_CI_AFTER_UNIT = re.compile(rf"\s*,\s*(?P<lvl>)(?P<lo>{_NUM})\s*(?:to|-|\u2013)\s*"
                                 rf"(?P<hi>{_NUM}(?![\d.])|{_NOT_REACHED_LIMIT})", re.I)
# "(44·4 months, 95% CI 33·0 to not reached vs 25·3 months, 20·6 to 33·9; HR …)": the second group's CI, bare
_BARE_CI_AFTER_TIME = re.compile(rf"(?<=[a-z]),\s*(?P<lo>{_NUM})\s*(?:to|-|\u2013)\s*"
                                 rf"(?:{_NUM}(?![\d.])|{_NOT_REACHED_LIMIT})(?=\s*[;)\]])", re.I)
_POWER_OF_TEN = re.compile(r"\(\d{1,2}\)")  # "10(9)/L" (not "9(6-10) days": a value and its range, unspaced)
_NOT_TIME_AFTER = re.compile(r"\s*(?:%|mg|mm|patients?\b|participants?\b|deaths|events|cases|subjects|of\s+\d|/|"
                             r"-[A-Za-z]|"
                             r"progressions\b|relapses\b|recurrences\b|"
                             rf"(?:(?:,|and|or|to|-|\u2013)\s*{_NUM}\s*)*(?:years?|yrs?)[\s-]+(?:old\b|of\s+age\b))")
# (the last: "38 and 31 years old", ages)
# (", 3-year survival", ", the 5 year rate"; not ", 7 months (range …)", the next group's median)
_LANDMARK = re.compile(r"[,;]\s*(?:and\s+)?(?:the\s+)?\d+[- ](?:year|month|week)(?!s)|"
                       # (not "The median overall survival rates were 19.5 months in arm A …": times, misnamed)
                       # (nor "mOS rates of 9 months, 9 months, and 10 months", "The mPFS rates for the A, B and C
                       # regimens were 5, 4, and 5 months")
                       # ("Median overall survival (OS) rates were 21.6 and 13.9 months with and without …")
                       rf"\brates?\b(?!\s+(?:were|was|of)\s+\d+(?:\.\d+)?(?:\s*,?\s*(?:and\s+)?\d+(?:\.\d+)?)*\s*"
                       rf"{_UNIT_WORDS})"
                       rf"(?!\s+for\s+[^.;]{{1,60}}?\s+(?:were|was)\s+\d+(?:\.\d+)?(?:\s*,?\s*(?:and\s+)?\d+(?:\.\d+)?)*"
                       rf"\s*{_UNIT_WORDS})", re.I)
_ARM = re.compile(r"\s*(?:in|with|for|among|on|receiving)\s+(?:the\s+|(?-i:an?)\s+|"
                  r"patients\s+(?:receiving|treated\s+with|given)\s+)?(?P<arm>[^,;()\[\]]{1,80}?)(?:\s+(?P<kind>group|arm|cohort|population|subgroup|one))?"
                  r"(?=\s*(?:,|;|\)|\(|\[|\]|\band\b|\bvs\.?|\bversus\b|\bv\s+\d|\bcompared\b|\bto\s+\d|"
                  r"\bin\s+comparison\b|\bas\s+opposed\b|$|\.\s|\.$))",
                  re.I)  # ("30.4 months in arm A v 18.5 months in arm B", "31 months in X in comparison to 57 months")
# the two groups of a pair of times, in order: "a median PFS of 13.7 and 3.7 months with selinexor and placebo"
_TWO_ARMS_AFTER_PAIR = re.compile(r"\s+(?:with|in|for)\s+(?:the\s+)?(?P<a>[\w+/-]+(?:\s[\w+/-]+){0,2}?)\s+and\s+"
                                  r"(?:with\s+|in\s+|for\s+)?(?:the\s+)?(?P<b>[\w+/-]+(?:\s[\w+/-]+){0,2}?)"
                                  r"(?:\s+(?:groups|arms))?(?:,?\s*respectively)?\s*(?=[.;,)\]]|$)", re.I)
# the two groups compared right before the bracket of their pair: "median PFS with A versus B (4.0 vs 1.4; HR …)"
_TWO_ARMS_BEFORE_PAIR = re.compile(r"\b(?:with|for|in|on|receiving)\s+(?:the\s+)?(?P<a>[A-Za-z][^()\[\];,]{0,40}?)\s+"
                                   r"(?:versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+)?"
                                   r"(?P<b>[A-Za-z][^()\[\];,\d]{0,40}?)\s*[(\[]\s*(?:median\s*[,:]?\s*)?$", re.I)
_ARM_BEFORE_MEDIAN_BRACKET = re.compile(r"\b(?:with|in|for|among|on|receiving|(?:compared|relative)\s+(?:to|with)|than|"
                                   r"versus|vs\.?)\s+(?:the\s+)?"
                                   r"(?P<arm>[\w+/-]+(?:\s[\w+/-]+){0,2}?(?:\s+(?:group|arm))?)\s*[(\[]\s*"
                                   r"(?:median|medians)\W*$", re.I)
# "with placebo", "among patients randomized to chemotherapy", "among those randomized to X": a group's name
# "Children in the PE group had a shorter period of MV (median 11 days …)": the group that opens the clause
_ARM_OPENS_MEDIAN_CLAUSE = re.compile(r"(?:^|[,;:]\s*)(?:[\w-]+\s+){0,2}?(?:in|with|receiving)\s+the\s+"
                                      r"(?P<arm>[\w+/-]+(?:\s[\w+/-]+)?)\s+(?:group|arm)\s+(?:had|showed|experienced|"
                                      r"was|were)\b[^()\[\];]*[(\[]\s*median\W*$", re.I)
_ARM_PHRASE = (r"(?:with|on|in|among|for)\s+(?:(?:the\s+)?(?:patients|those|participants)\s+"
               r"(?:randomi[sz]ed|assigned|allocated|treated)\s+(?:to|with)\s+|the\s+)?"
               r"(?P<arm>[\w+/-]+(?:\s[\w+/-]+){0,4}?)(?:\s+(?:group|arm))?")
_ARM_IN_HEAD = re.compile(rf"(?P<ep>.+?)\s+{_ARM_PHRASE}", re.I)  # "Median PFS with placebo"
_ARM_BEFORE_VALUE = re.compile(rf"\b{_ARM_PHRASE}\s+(?:was|were|is)\s*$", re.I)  # "… and with X was 12 weeks"
# the subject of a clause that gives a pair of times: "…, and response duration was 7.6 versus 6.4 months"
_PAIR_SUBJECT = re.compile(r"(?:^|[,;:]\s*|\b(?:and|while|whereas)\s+)(?:(?:and|while|whereas|but)\s+)?(?:the\s+)?"
                           # ("Time to prostate-specific antigen progression was 4.4 months … on the A arm and …")
                           r"(?P<x>[A-Za-z][\w-]*(?:\s+[\w-]+){0,5}?)"
                           # ("progression-free survival at a median follow-up of 20 months was")
                           r"(?:\s+(?:at|after)\s+(?:a\s+)?(?:median\s+)?follow[- ]?up\s+(?:of\s+)?\d+(?:\.\d+)?"
                           r"\s+\w+)?"
                           r"\s+(?:was|were)\s*$", re.I)
# the subject of the clause whose bracket holds a pair of times: ", but length of stay was shorter with X ("
_PAIR_CLAUSE_SUBJECT = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|while|whereas)\s+)(?:(?:and|but|while|whereas)\s+)?"
                                  r"(?:the\s+)?"
                                  r"(?P<x>[A-Za-z][\w-]*(?:\s+[\w-]+){0,4}?)\s+(?:was|were)\s+(?:\w+ly\s+|also\s+|not\s+)*"
                                  r"(?:shorter|longer|similar|different|comparable|prolonged|reduced|increased|improved|delayed)\b"
                                  r"[^()\[\];,.]{0,70}[(\[]\s*$", re.I)
# the groups compared before a bracket of values: "shorter in the sunitinib arm than the capecitabine arm ("
_ARM_IN_LEAD = re.compile(r"\b(?:in|with|for|than)\s+(?:in\s+)?(?:the\s+)?(?P<a>[\w+/-]+(?:\s[\w+/-]+)?)\s+"
                          r"(?:arm|group)\b")
# the groups a bracket of two medians compares: "PFS was longer with A versus B (median PFS, 11 v 5.6 months"
_NOT_LINK = r"(?:(?!\b(?:with|in|for|of|among|versus|vs|and|was|were)\b)[^()\[\];,.])"
_ARMS_VS_BEFORE_MEDIAN_BRACKET = re.compile(
    rf"\b(?:with|for|in|of)\s+(?:the\s+)?(?P<a>[A-Za-z]{_NOT_LINK}{{1,60}}?)\s+(?:versus|vs\.?|v\.?|compared\s+"
    # (or "shorter with drug than with placebo (median 4 vs 6 days")
    rf"(?:with|to)|than\s+(?:with|in|for)(?:\s+the)?)\s+(?:the\s+)?(?P<b>[A-Za-z]{_NOT_LINK}{{1,60}}?)\s*[(\[]\s*"
    rf"(?:the\s+)?medians?\s*$", re.I)
# the treatment that "resulted in" the outcome a pair of groups' medians follows (its subject, not the outcome)
_RESULTED_IN = re.compile(r"(?:^|[.;:]\s+)(?:(?-i:[A-Z]{4,}):?\s+)?(?P<s>[A-Za-z][^,;:()\[\]]{1,60}?)\s+"
                          r"(?:resulted\s+in|results\s+in|led\s+to|leads\s+to)\s+$", re.I)
# the time a pair of values follows: "a shorter length of stay 6.01 versus 8.46 days"
_TIME_NOUN_BEFORE_PAIR = re.compile(r"(?:\b(?:shorter|longer|reduced|increased|lower|higher)\s+)?"
                                    r"(?P<x>\blength\s+of\s+(?:hospital\s+|ICU\s+)?stay|\bLOS|\bduration\s+of\s+"
                                    r"[\w -]{2,30}?|\btime\s+to\s+[\w -]{2,50}?)\s*(?:of|was|were|:|,)?\s*[(\[]?\s*$",
                                    re.I)
_MEAN_AND_MEDIAN = re.compile(r"\b(?P<first>means?|medians?)\s+(?:\([^()]{0,10}\)\s+)?and\s+(?:the\s+)?"
                              r"(?:means?|medians?)\s*$", re.I)
_HEAD_ARM_LIST = re.compile(r"(?P<ep>.+?)\s+(?:for|in|of)\s+(?:the\s+)?(?:(?:arms?|groups?)\s+(?P<l1>[\w+/.-]+"
                            r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)[\w+/.-]+)+)|(?P<l2>[\w+/.-]+(?:(?:,\s*(?:and\s+)?|\s+and\s+)"
                            r"[\w+/.-]+)+)\s+(?:arms|groups))", re.I)
# "Patients in the docetaxel group had a median survival of 8.4 months, while those in the placebo group had a median …"
_GROUP_HAD_A_MEDIAN = re.compile(r"\b(?:in|on|receiving)\s+(?:the\s+)?(?:(?P<arm>[\w+/-]+(?:\s[\w+/-]+){0,2}?)\s+"
                                 r"(?:group|arm)|(?:group|arm)\s+(?P<l>[A-Z0-9]{1,3}))\s+(?:had|showed|achieved|"
                                 r"experienced|reached)\s+an?\s+(?:overall\s+)?$")
# the two groups of people a bracket of values compares: "longer in patients with X than patients without ("
_PEOPLE_THAN_PEOPLE = re.compile(
    r"\b(?:in|among|for)\s+(?P<a>(?:the\s+)?(?:patients|participants|subjects|those|people|women|men|children)\s+"
    r"(?:with|who|receiving|treated)\b[^()\[\];]{1,60}?)\s+than\s+(?:in\s+|among\s+|for\s+)?"
    r"(?P<b>(?:the\s+)?(?:patients|participants|subjects|those|people|women|men|children)\b[^()\[\];]{0,60}?)"
    r"\s*[(\[]\s*$", re.I)
# the noun phrase a bracket of medians follows: "Neither ICU LOS (median", "… nor duration of ventilation (median"
_NOUN_BEFORE_MEDIAN_BRACKET = re.compile(r"(?:^|[,;:]\s*|\b(?:neither|nor|and|but|both|either|or)\s+)"
                                         r"(?:(?:neither|nor|and|but|both|either|or)\s+)?"
                                         r"(?P<x>[A-Za-z][\w-]*(?:\s+[\w-]+){0,5}?)\s*[(\[]\s*median$", re.I)
# "treatment with EE improved median": the group whose median comes first
_SUBJECT_IMPROVED_MEDIAN = re.compile(r"\b(?:treatment\s+with|with)\s+(?:the\s+)?"
                                      r"(?P<a>[A-Za-z][\w+/-]*(?:\s[\w+/-]+)?)\s+(?:significantly\s+)?(?:improved|increased|prolonged|extended|reduced|"
                                      r"shortened)\s+(?:the\s+)?median$", re.I)
# "Duration of symptoms also did not differ between A and B (median"
_DIFFER_BETWEEN_BEFORE_MEDIAN_BRACKET = re.compile(
    r"(?:^|[,;:]\s*)(?:(?-i:[A-Z]{4,}):?\s+)?(?:the\s+)?(?P<ep>[A-Za-z][^;:()\[\]]{2,100}?)\s+(?:(?:also|still)\s+)?"
    r"(?:(?:did|does|was|were)\s+not\s+(?:significantly\s+)?differ|differed|(?:was|were)\s+(?:not\s+)?(?:significantly\s+)?"
    r"(?:similar|comparable|different))\s+(?:significantly\s+)?between\s+(?:the\s+)?(?P<a>[^;:()\[\]]{2,60}?)\s+and\s+"
    r"(?:the\s+)?(?P<b>[^;:()\[\]]{2,60}?)\s*[(\[]\s*median$", re.I)
# (and "delayed onset of moderate/severe pain by 1.8 months (median, 6.5 vs 4.7 months", "increases in X by 2.6 months")
_CHANGED_BEFORE_MEDIAN_BRACKET = re.compile(r"\b(?:increase[sd]?|decrease[sd]?|reduce[sd]?|prolong(?:s|ed)?|"
                                           r"shorten(?:s|ed)?|improve[sd]?|extend(?:s|ed)?|delay(?:s|ed)?)\s+"
                                           r"(?:in\s+)?(?:the\s+)?(?P<x>[A-Za-z][\w/-]*(?:\s+[\w/-]+){0,5}?)"
                                           rf"(?:\s+by\s+{_NUM}\s*{_UNIT_WORDS})?\s*[(\[]\s*median$", re.I)
_PAIR_OF_GROUPS = re.compile(r"(?:\s*[(\[][^()\[\]]{0,30}[)\]])?\s*(?:[a-z]+\s+)?(?:for|in|among)\s+"
                             # ("4 vs. 7 days in the zinc and placebo groups": the groups in the values' order)
                             r"(?:the\s+(?P<a>[\w+/-]+)\s+(?:and|vs\.?|versus)\s+(?:the\s+)?"
                             r"(?P<b>[\w+/-]+)\s+(?:groups|arms)\b|"
                             # "39.3 months versus 31.2 months for arm A and B", "… for arm A vs. arm B"
                             r"(?P<c>(?:arm|group)\s+[A-Z0-9]{1,3})\s+(?:and|vs\.?|versus)\s+(?:(?:arm|group)\s+)?"
                             r"(?P<d>[A-Z0-9]{1,3})\b)")
_RESPECTIVE_MEDIAN_CIS = re.compile(rf"[(\[]\s*(?:(?P<lvl>\d{{2}}(?:\.\d)?)\s?%\s*)?(?:CIs?|confidence\s+intervals?)\s*"
                                   rf"[,:]?\s*(?P<list>{_NUM}\s*(?:to|-)\s*{_NUM}(?:\s*(?:,\s*and|,|and)\s*{_NUM}\s*"
                                   rf"(?:to|-)\s*{_NUM})+)\s*,?\s*respectively", re.I)
# a value opening the bracket after a named group: "faster in the X group (109 [21-937] min, …)"
_GROUP_BEFORE_VALUE_BRACKET = re.compile(r"\b(?:in|with|among|on|receiving|to)\s+(?:the\s+)?"
                                         r"(?:(?P<arm>[\w+/-]+(?:\s[\w+/-]+){0,2}?)\s+(?:group|arm)|"
                                         # ("… longer in group SF (195 min) than in group S (141 min)")
                                         r"(?P<named>(?:group|arm)\s+(?-i:[A-Z][\w+/-]{0,8}|[IVX]{1,4}|\d{1,2})))"
                                         r"\s*[(\[]\s*$", re.I)
# "… was longer with fentanyl (195 min) than with saline (141 min)": each group, then its time in its own bracket
_WITH_THAN_WITH_BRACKETS = re.compile(r"\b(?:with|receiving)\s+(?P<a>[\w+/-]+(?:\s[\w+/-]+)?)\s*"
                                      r"(?P<ba>[(\[][^()\[\]]*[)\]])"
                                      r"\s*,?\s*(?:than|versus|vs\.?|compared\s+(?:with|to))\s+(?:with\s+|receiving\s+)?"
                                      r"(?P<b>[\w+/-]+(?:\s[\w+/-]+)?)\s*(?P<bb>[(\[][^()\[\]]*[)\]])", re.I)
# a bracket (with one inner bracket: "(interquartile range [IQR] 60-201)") and a unit, before a median's group
_BRACKET_THEN_UNIT = re.compile(rf"\s*[(\[](?:[^()\[\]]|[(\[][^()\[\]]{{1,12}}[)\]]){{1,60}}[)\]]"
                                rf"(?:\s*{_UNIT_WORDS}\b)?", re.I)
_NAMED_ARM_BEFORE = re.compile(r"(?:^|[:,]\s*)(?P<arm>(?:arm|group|cohort)\s+(?:[A-Z]|[IVX]{1,4}|\d{1,2}))"
                               r"\s*[:,=]?\s*$", re.I)
_GROUPS_IN_HEAD = re.compile(r"\((?P<a>[^()\d]{2,40}?)\s+(?:vs\.?|versus|v)\s+(?P<b>[^()\d]{2,40}?)\)\s*[:,]?\s*$|"
                             # "Median OS for A + low-dose B versus high-dose B was 10.4 versus 4.9 months",
                             # "… favored A versus B: 4.0 versus 1.9 months"
                             r"\s(?:for|with|favou?red|favou?ring)\s+(?!(?:the\s+)?(?:two|both|all|each)\b)"
                             r"(?P<c>[^()\d,;:]{2,60}?)\s+(?:vs\.?|versus|compared\s+with)\s+"
                             r"(?P<d>[^()\d,;:]{2,60}?)\s*(?::|\s(?:was|were)(?:\s+(?:similar|comparable))?)\s*$",
                             re.I)
_PAREN_ARM = re.compile(r"\s*\((?P<arm>(?!(?:medians?|means?|IQR|interquartile|range|SD|SE|CI)\b)"
                        r"[A-Za-z][^()\d]{1,60})\)", re.I)
# "median", and the conference abstracts' "mOS", "mPFS" (the m of median before an end point's abbreviation)
_MEDIAN = re.compile(r"\bmedians?\b|\b(?-i:m)(?=(?-i:OS|PFS|DFS|EFS|RFS|TTP|DoR|DOR|CSS|DSS|MFS|DMFS|TTF|TTR)\b)|"
                     r"\b50\s?%\s+(?=survival\s+times?\b)", re.I)  # "50% survival times of 46 months": medians
# "MST": the median survival time, named by its abbreviation alone (not its definition "(MST)")
_MST = re.compile(r"\bMST\b(?!\s*[)\]]|\s+(?:groups?|arms?)\b)")  # ("the MST group": an arm's name)
_CAPITALS = re.compile(r"\b[A-Z][A-Za-z]*[A-Z]\b")
# "onset of action (OOA)": up to seven words and the capitals that abbreviate them
_ABBREVIATION_DEFINED = re.compile(r"\(\s*(?P<ab>[A-Z][A-Za-z]{0,2}[A-Z]{1,4})\s*\)")
_LONG_FORM = re.compile(r"\b[A-Za-z][\w-]*(?:\s+[\w-]+){0,6}\s*$")
_MST_DEFINED = re.compile(r"(?P<x>[A-Za-z][\w-]*(?:\s+[\w-]+){0,4})\s*[(\[]\s*MST\s*[)\]]")
# "median survival (MS)": a document that names its median survival "MS" (elsewhere MS is multiple sclerosis)
_MS_DEFINED = re.compile(r"\bmedian\s+(?:overall\s+)?survival(?:\s+times?)?\s*[(\[]\s*(?-i:MS)\s*[)\]]", re.I)
_MS = re.compile(r"(?-i:\bMS\b)(?!\s*[)\]]|\s+(?:groups?|arms?)\b)")
# how long the study's own care was given ("duration of anticoagulant therapy"), not "duration of response
# to therapy"
_DURATION_OF_CARE = (r"duration\s+of\s+(?!(?:[\w-]+\s+){0,2}?(?:response|remission|benefit|control|relief)\b)"
                     r"(?:[\w-]+\s+){0,2}?(?:treatment|exposure|\w*therapy|use|anticoagulation|antibiotics?|"
                     r"parenteral\s+nutrition|prophylaxis|maintenance)\b")
# an outcome's event at the end of an interval: "from start of oxytocin to delivery", "from surgery to discharge"
_TO_OUTCOME_EVENT = (r"(?:[\w-]+\s+){0,4}?to\s+(?:the\s+)?(?:(?:vaginal\s+)?delivery|birth|discharge|recovery|"
                     r"relapse|progression|extubation|healing|resolution|ambulation|mobili[sz]ation|first\s+flatus|"
                     r"first\s+stool|full\s+(?:enteral\s+)?feeds)\b")
_NOT_OUTCOME = re.compile(r"^\W*(?:(?:\[[^\]]{0,40}\]|\([^)]{0,40}\))\W*)?(?:\w+\s+){0,2}?(?:duration\s+of\s+)?"
                          r"(?:(?:the|their|his|her|its)\s+)?(?:follow[- ]?up|age|dose|daily\s+dose|"
                          # ("the median durations of treatment with sorafenib were 86 days …": exposure to a drug)
                          r"durations?\s+of\s+(?:the\s+)?(?:study\s+)?(?:treatment|therapy)\s+with\b|"
                          r"(?:time|durations?)\s+(?:on|in)\s+(?:the\s+)?(?:study|treatment|therapy|drug|trial)|"
                          # (not "the median number of days from onset … until clinical improvement": a time; nor
                          # "… of days away from work", an absence's length)
                          r"number(?!\s+of\s+(?:days|hours|weeks|months)\s+(?:from|to|until|away\s+from\s+work|"
                          r"off\s+work)\b)|"
                          rf"treatment\s+duration|{_DURATION_OF_CARE}|"
                          # ("total doses were 63 Gy and 70 Gy, with a median overall time of 22 days and 48 days":
                          # how long the radiotherapy took, the arms' schedules)
                          r"(?:overall\s+)?treatment\s+times?\b|overall\s+times?\s+of\b|"
                          # ("Median time to tocilizumab treatment from onset of symptoms was 11 days": when care was
                          # given; not "time to treatment failure", "time to next treatment", outcomes)
                          r"time\s+to\s+(?!(?:next|subsequent|new|further|second|additional)\b)(?:[\w-]+\s+){1,2}?"
                          r"(?:treatment|therapy|administration)\s+(?:from|after|since)\b|"
                          # ("neoadjuvant ADT and total ADT duration were 7 and 27 months": how long a drug was given)
                          r"(?:[\w-]+\s+){0,5}?(?:ADT|treatment|therapy|drug)\s+durations?\b|"
                          r"exposure|"
                          r"breast[- ]?feeding|time\s+since\b|"
                          # ("the median period of electronic monitoring was 57 days": how long adherence was watched;
                          # "duration of HIV seropositivity": a characteristic at entry; "delays between hospital
                          # discharge and questionnaire completion": when the study's data were collected)
                          r"(?:period|duration)\s+of\s+(?:electronic\s+)?monitoring\b|"
                          # ("Median postoperative pain intensity was lower in A than in B at 2 hours (51 versus 64.5)":
                          # a rating at a time point, not a time)
                          r"pain\s+(?:intensity|scores?|levels?|ratings?)\b|"
                          # ("the median life expectancy was 74.7 years": an age at death, not a time to an event)
                          r"life\s+expectancy\b|"
                          r"duration\s+of\s+(?:HIV\b|seropositiv)|"
                          # ("Median turnaround time between apheresis and infusion was 47 days for A": how care was
                          # delivered, the product's manufacture, not what the treatment changed)
                          r"(?:turnaround|vein-to-vein|door-to-(?:needle|balloon|puncture)|manufacturing)\s+times?\b|"
                          r"(?:delays?|times?|intervals?)\s+(?:between|from)\s+[\w\s-]{1,40}?\s+(?:and|to)\s+(?:the\s+)?"
                          r"(?:questionnaire|survey|interview)s?\b|"
                          r"duration\s+of\s+(?:type\s+(?:[12]|I{1,2})\s+)?(?:diagnosis|disease|illness|diabetes|infertility)|"
                          # ("median time to progression, death, or last follow-up was 56.8 mo": every patient's time
                          # watched, with an event or not: a follow-up)
                          r"(?:time|durations?)\s+to\s+[\w\s,-]{1,60}?\bor\s+(?:the\s+)?(?:date\s+of\s+)?last\s+"
                          r"(?:follow[- ]?up|contact|visit)\b|"
                          # ("median time until events or censoring was 3.5 years": the time watched, a follow-up)
                          r"(?:time|durations?)\s+(?:to|until)\s+[\w\s,-]{1,60}?\bor\s+censor(?:ing|ed|ship)\b|"
                          # a time to the follow-up visit, not to an event
                          r"(?:duration|time|interval)\s+from\s+[\w\s-]{1,30}?\s+to\s+(?:the\s+)?(?:date\s+of\s+)?"
                          r"(?:follow[- ]?up|last\s+(?:follow[- ]?up|contact|visit)|"
                          # ("time from randomization to data cutoff": how long the trial has watched, a follow-up)
                          r"(?:(?:clinical\s+)?data(?:base)?[\s-]+)?(?:cut[- ]?off|lock|closure)|analysis)\b|"
                          rf"disease\s+duration|interval\s+(?:from|between|since)(?!\s+{_TO_OUTCOME_EVENT})|"
                          # a characteristic at entry ("median baseline latency") or of the care given
                          # ("duration of surgery", "of the current episode"), not a time to an event
                          r"baseline\b|duration\s+of\s+(?!each\b|every\b)(?:the\s+)?(?:current\s+|index\s+|qualifying\s+)?"
                          r"(?:[\w-]+\s+){0,2}?(?:episode|surgery|procedure|operation|an(?:a)?esthesia)\b)", re.I)
# "They were younger than others (24 v 60 months), had a higher … score (14 v 4)": ages and scores, not outcome times
# "a and b months)": a pair joined by "and" alone in its bracket, read only right after an end point's name
_BARE_AND_PAIR = re.compile(rf"{_NUM}\s*(?:{_UNIT_WORDS}\s*)?and\s*{_NUM}\s*{_UNIT_WORDS}\s*[)\]]", re.I)
# (also how long a treatment was given: "similar chemotherapy duration (3.8 and 4.1 months, respectively)")
_CHARACTERISTIC_BEFORE_PAIR = re.compile(r"\b(?:younger|older|aged?|ages|scores?|weight|heavier|lighter|taller|"
                                         r"(?:chemotherapy|treatment|therapy|exposure|infusion)\s+durations?|"
                                         r"durations?\s+of\s+(?:chemotherapy|treatment|therapy|exposure|infusion))\b"
                                         # (not "in patients ≤ age 65 years (9.0 v 5.6 months": an age that bounds
                                         # a subgroup)
                                         r"(?![^()\[\].;]{0,12}\d+\s*(?:years?|yrs?)\b(?:\s+or\s+(?:older|younger))?"
                                         r"\s*[(\[]?\s*$)"
                                         r"[^()\[\].;]{0,25}[(\[]?\s*$", re.I)
# (each time may carry its bracket: "12·5 months (10·6-14·8) with pazopanib versus 10·7 months (8·7-12·8) with
# placebo"; the second unit may be left out: "14.2 months in arm A versus 10.9 in arm B")
# (each time's CI: "(95% CI 7.5-14.5)", "(95% confidence interval [CI], 7.5 to 14.5)")
_ARM_PAIR_CI = (r"(?:\s*[(\[](?:\d{2}\s?%\s*(?:CI|confidence\s+interval(?:\s*\[CI\])?)\s*[,:]?\s*)?[\d.]+"
                # ("4.4 months (95% CI, 3.1 to 6.9 months) on the A arm": limits with their unit)
                rf"(?:\s*{_UNIT_WORDS})?\s*(?:-|to)\s*[\d.]+(?:\s*{_UNIT_WORDS})?[)\]])?")
# (also two subgroups of patients: "9.2 months for patients with locally advanced disease, and 5.4 months for those with
# metastatic disease")
_ARM_PAIR = re.compile(rf"(?<![\d.+/])(?:{_NUM})\s*{_UNIT_WORDS}{_ARM_PAIR_CI}\s+(?:with|in|for|on)\s+(?:the\s+)?"
                       rf"(?:(?:patients|those|participants)\s+(?:with|without|who)\s+[\w+/.-]+(?:\s[\w+/.-]+){{0,3}}?|"
                       rf"[\w+/.-]+(?:\s[\w+/.-]+){{0,2}}?)(?:\s+(?:group|arm))?,?\s+"
                       rf"(?:and|but|(?:as\s+)?compared\s+(?:with|to)|versus|vs\.?|v\.?)"
                       rf"\s+{_NUM}(?:\s*{_UNIT_WORDS})?{_ARM_PAIR_CI}\s+(?:with|in|for|on)\s+(?:the\s+)?"
                       rf"(?:(?:patients|those|participants)\s+(?:with|without|who)\s+[\w+/.-]+(?:\s[\w+/.-]+){{0,3}}|"
                       rf"[\w+/.-]+)",
                       re.I)
# "duration of response was 9.2 months (FU/LV/bevacizumab) and 6.8 months (FU/LV/placebo)": each group in a bracket
_PAREN_ARM_PAIR = re.compile(rf"(?<![\d.+/])(?:{_NUM})\s*{_UNIT_WORDS}\s*\((?!(?:medians?|means?|IQR|range|SD|CI)\b)"
                             r"[A-Za-z][^()\d]{1,40}\)\s*(?:,\s*)?(?:and|vs\.?|versus)\s+"
                             rf"{_NUM}\s*{_UNIT_WORDS}\s*\((?!(?:medians?|means?|IQR|range|SD|CI)\b)[A-Za-z][^()\d]{{1,40}}\)",
                             re.I)


def _arm_pairs(sent: str) -> list[re.Match[str]]:
    """The times printed each with its group: after "with/in/for/on" (``_ARM_PAIR``) or in a bracket of its own
    (``_PAREN_ARM_PAIR``), in order, without overlaps."""
    found = list(_ARM_PAIR.finditer(sent))
    found += [m for m in _PAREN_ARM_PAIR.finditer(sent) if not any(f.start() < m.end() and m.start() < f.end()
                                                                    for f in found)]
    return sorted(found, key=lambda m: m.start())


# an end point's time before and after, compared: "improved progression-free survival from 4.6 months to 11 months"
_FROM_TO_TIMES = re.compile(rf"(?:\bsurviv\w*|(?-i:\b(?:PFS|OS|DFS|EFS|RFS|TTP)))\s+(?:[\w-]+\s+){{0,2}}?from\s+"
                            rf"(?P<p>{_NUM}\s*(?:{_UNIT_WORDS})?\s+to\s+{_NUM}\s*{_UNIT_WORDS})", re.I)
# (not an end point's "survival of 9.3 months compared to 3.9 months": that end point's times)
_ARMS_BEFORE_PAIR = re.compile(r"\b(?:compar(?:ing|ed?)|randomi[sz]ed\s+to|(?<!survival\s)(?<!time\s)of)\s*$", re.I)
# (but "had an OS of 6.4 months versus 20 months": an end point's times compared)
_ENDPOINT_OF = re.compile(r"(?:\b(?-i:OS|PFS|DFS|EFS|RFS)s?|\bsurvival(?:\s*\((?-i:OS|PFS|DFS|EFS|RFS)\))?)\s+of\s*$",
                          re.I)
_PAIR_REST = (rf"\s*(?:{_UNIT})?\s*"
                   # "(19.4 months [95% CI 17.6-23.1] vs 24.6 months [18.8-33.0]": the first value's CI between
                   rf"(?:[(\[]{_CI_HEAD}[\d.]+\s*(?:-|to)\s*(?:[\d.]+|{_NOT_REACHED_LIMIT})[)\]]\s*"
                   # ("43·9 [95% CI 40·1-not estimable] months vs 44·8 […] months": the unit after the CI)
                   rf"(?:{_UNIT_WORDS}\s*)?)?"
                   rf"(?:vs\.?|versus|v\.?|"
                   # ("… was 21 months, compared to 5.5 months for those on a placebo": each value with its unit)
                   rf"(?<=[a-z])\s*,?\s*(?:compared\s+(?:to|with)|as\s+opposed\s+to)(?=\s*{_NUM}\s*{_UNIT_WORDS})|"
                   # "similar TTP (2.7 and 2.8 months, respectively; …)"
                   # ("(21 and 22 months for PLD and doxorubicin, respectively; HR …)": the groups before it)
                   rf"and(?=\s*{_NUM}\s*{_UNIT_WORDS},?\s+(?:(?:for|in|with)\s+[^()\[\];,]{{1,60}}?,?\s+)?"
                   # ("superiority in TTP (6.1 and 3.4 months, P=0.0001)": a pair compared by its P value)
                   rf"respectively\b|\s*{_NUM}\s*{_UNIT_WORDS}\s*[,;]\s*[Pp]\s*[=<>\u2264]|"
                   # ("similar progression-free survival (4.0 and 4.1 months)": the pair alone in the end point's
                   # bracket; see ``_EP_THEN_AND_PAIR``)
                   rf"\s*{_NUM}\s*{_UNIT_WORDS}\s*[)\]]))\s*" rf"{_NUM}"
                   r"(?!\.?\d)(?!\s*(?:%|percent|per\s+cent|\u00b1|\+/-|/))"  # (not "67.8 vs. 73.6%")
                   # (with the second value's own CI, when the first printed one: "… vs 24.6 months [18.8-33.0]")
                   rf"(?:(?<=\d)(?=\s*{_UNIT_WORDS}\s*[(\[]{_CI_HEAD}[\d.]+\s*(?:-|to)\s*[\d.]+[)\]])"
                   rf"\s*{_UNIT_WORDS}\s*[(\[]{_CI_HEAD}[\d.]+\s*(?:-|to)\s*[\d.]+[)\]]|"
                   # ("33·2 [95% CI 29·5-38·0] vs 29·5 [22·4-33·1] months": each CI, then the unit once)
                   rf"(?<=\d)\s*[(\[][\d.]+\s*(?:-|to)\s*[\d.]+[)\]]\s*{_UNIT_WORDS})?")
_PAIR = re.compile(rf"(?<![\d.+/])(?:{_NUM}){_PAIR_REST}", re.I)
# ("DFS was not reached compared with 19.6 months", "OS: unreached vs. 21.27 months": the first time not reached;
# looked for only where a sentence says "reached")
_NR_PAIR = re.compile(r"(?:(?:not\s+(?:yet\s+)?(?:been\s+)?reached|unreached)(?=,?\s+(?:vs\.?|versus|compared)\s)"
                      # ("(NR vs 27.8 months; HR 0.24 …)": the abbreviation, paired with a time and its unit)
                      rf"|(?<![\w-])(?-i:NR)(?=\s+(?:vs\.?|versus)\s+{_NUM}\s*{_UNIT_WORDS}))"
                      rf"{_PAIR_REST}", re.I)
# "OS (11.8 months, 12.3 months, 11.7 months, and 12.5 months, respectively; p = .82)": one time per group of a list
# (or "versus" between them: "OSs of 6.4 months versus 20 months versus 22.8 months respectively")
_TIMES_LIST = re.compile(rf"(?<![\d.+/])(?:{_NUM})\s*(?:{_UNIT_WORDS})?(?:\s*(?:,|vs\.?|versus)\s*{_NUM}\s*"
                         rf"(?:{_UNIT_WORDS})?)+,?\s*(?:and|vs\.?|versus)\s*{_NUM}\s*(?P<unit>{_UNIT_WORDS}),?\s+"
                         r"respectively\b", re.I)
# end points of times listed with their values: "DoCB and OS were 16.6 and 25.1 months, respectively"
_LISTED_EVENT = (r"(?:(?!(?:and|or|but|whereas|while|were|was|respectively)\b)[\w-]+\s+){0,2}?"
                 r"(?:(?-i:[A-Z][A-Za-z]*(?:PFS|OS|DFS|EFS|RFS|TTP|TTF|DoR|DoCB|DOR))|"
                 r"(?-i:PFS|OS|DFS|EFS|RFS|TTP|TTF|DoR|DoCB|DOR)|survival|times?\s+to\s+[\w-]+(?:\s+progression)?|"
                 r"duration\s+of\s+(?:[\w-]+\s+){0,2}?(?:response|remission|benefit|disease\s+control))")
_ARMS_LISTED_BEFORE = re.compile(r"\b(?:for|with|in|among|between)\s+(?:the\s+)?[\w+/.-]+(?:\s[\w+/.-]+)?"
                                 r"(?:\s+(?:groups?|arms?))?\s+and\s+(?:the\s+)?$", re.I)
_EP_NAMED_AFTER_VALUES = re.compile(rf"(?:\s*{_UNIT_WORDS})?"
                                    rf"(?:\s*(?:,|and|vs\.?|versus)\s*(?:(?:a\s+)?median\s+(?:of\s+)?)?"
                                    rf"{_NUM}\s*{_UNIT_WORDS})?\s+(?P<ep>(?-i:m?(?:PFS|OS|DFS|EFS|RFS|TTP|TTF|DoR|DOR)))"
                                    r"\s*,?\s*respectively\b", re.I)
_BETWEEN_ARMS_COLON = re.compile(r"\bbetween\s+(?:the\s+)?(?P<a>[\w+/.-]+(?:\s[\w+/.-]+)?)\s*"
                                 r"(?:[(\[][^()\[\]]{1,20}[)\]])?"
                                 r"\s+and\s+(?:the\s+)?(?P<b>[\w+/.-]+(?:\s[\w+/.-]+)?)\s*(?:[(\[][^()\[\]]{1,20}[)\]])?"
                                 r"\s+(?:arms|groups)\s*:[^.;:]*$", re.I)
_FOR_ARMS_WAS = re.compile(r"\b(?:for|with|in|among)\s+(?:the\s+)?(?P<a>[\w+/.-]+(?:\s[\w+/.-]+)?)\s+and\s+(?:the\s+)?"
                           r"(?P<b>[\w+/.-]+(?:\s[\w+/.-]+)?)\s+(?:(?:groups?|arms?)\s+)?(?:was|were)\s*$", re.I)
_UNNAMED_RATIO_AFTER_TIMES = re.compile(r"(?<=[a-z]),\s*\d*\.\d+\s*,\s*\d*\.\d+\s*(?:to|-|\u2013)\s*\d*\.\d+"
                                        r"(?=\s*[,;)\]])")
# a group's time in a bracket of its own, then the other group's: "with A (2.9 months; 95% CI, 2.4 to 3.2) versus B
# (2.0 months; …)", "between the A (6·6 months [95% CI 3·9-9·8]) and B (5·1 months [3·6-7·3]) group", "assigned to the
# A group (29·4 months, 95% CI 26·2-34·2) compared with those assigned to B (15·2 months, 11·8-18·8; …"
_MONTHS = (r"(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
           r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# a day or year of a date: "(June 1, 2020)", "1 June 2020"
_MONTH_NAME_BEFORE = re.compile(rf"\b{_MONTHS}\s+(?:\d{{1,2}},?\s+)?$")
_MONTH_NAME_AFTER = re.compile(rf"\s+{_MONTHS}(?![\w-])")
_BRACKETED_TIMES = re.compile(rf"[(\[]\s*(?P<v1>{_NUM})\s*{_UNIT_WORDS}"
                              r"(?:[^()\[\]]|[(\[][^()\[\]]{0,40}[)\]]){0,60}?"
                              r"[)\]]\s*(?P<mid>(?:versus|vs\.?|v\.?|and|than|compared\s+(?:with|to)|while|whereas|"
                              r"(?:was|were)\s+(?:(?:significantly|statistically|not)\s+)*(?:superior|inferior|similar)\s+"
                              r"to)\b"
                              r"[^()\[\];.]{0,60}?)"
                              rf"(?P<b2>[(\[])\s*{_NUM}\s*{_UNIT_WORDS}"
                              rf"(?:\s*[;,]?\s*(?:\d{{2}}\s?%\s*CI\s*,?\s*)?[(\[]?{_NUM}(?:\s*{_UNIT_WORDS})?\s*(?:-|to|\u2013)\s*"
                              # ("(6.0 months; 95% CI, 3.9 months to not reached; P = .029)": limits with units, open)
                              rf"(?:{_NUM}(?:\s*{_UNIT_WORDS})?|{_NOT_REACHED_LIMIT})[)\]]?)?",
                              re.I)
_MEDIAN_PAIR_AFTER = re.compile(rf"\s*(?:(?:PFS|OS|DFS|EFS|survival)\s*)?[,:]?\s*(?:of\s+)?{_NUM}\s*"
                                rf"(?:{_UNIT_WORDS})?\s*"
                                rf"(?:v|vs\.?|versus)\s*{_NUM}\s*{_UNIT_WORDS}", re.I)
_NOT_EVENT_TIME_BEFORE = re.compile(r"\b(?:exposure|follow[- ]?up|treatment\s+duration|duration\s+of\s+(?:the\s+)?"
                                    r"(?:treatment|therapy|exposure|infusion)|doses?|ages?|aged)\b", re.I)
_EP_AFTER_BRACKETS = re.compile(r"[^()\[\]]*[)\]]\s*(?:in|for)\s+(?:the\s+)?(?:median\s+)?"
                                r"(?P<ep>[A-Za-z][\w -]{2,40}?)\s*(?=[.;,]|$)", re.I)
_ARM_BEFORE_BRACKET = re.compile(r"(?:\b(?:with|versus|vs\.?|v\.?|and|than|between|to|for|in|on|of)\s+|^\s*|[.;:]\s+)"
                                 r"(?:the\s+)?"
                                 r"(?:(?:those|patients|participants)\s+)?(?:(?:assigned|randomi[sz]ed|allocated)\s+to\s+|"
                                 r"treated\s+with\s+|receiving\s+|given\s+)?(?:the\s+)?"
                                 r"(?P<arm>(?!(?:the|a|an|those|patients)\b)[\w+/.-]+"
                                 r"(?:\s(?!(?:group|arm|with|versus|vs|and|than|to|for|in|on|of)\b)[\w+/.-]+){0,3}?)"
                                 r"(?:\s+(?:group|arm))?\s*$", re.I)
_RESPECTIVE_ARM = re.compile(r"\s*,?\s*respectively\s*,?\s*(?:in|with|for|among|on|receiving)\s+(?:the\s+)?"
                             r"(?P<arm>[\w+/.-]+(?:\s[\w+/.-]+){0,3}?)\s+(?:group|arm|cohort)\b", re.I)
_TIME_STEMS = ("month", "week", "year", "day", "hour", "minute")


def _has_time_word(sent: str) -> bool:
    """A cheap first look for a unit of time written out (before the slower patterns that need one)."""
    low = sent.lower()
    return any(u in low for u in _TIME_STEMS) or _TIME_ABBREV.search(sent) is not None


_TIME_ABBREV = re.compile(r"\d\s?(?:mos?|wks?|yrs?|hrs?|mins?)\b")  # "11.6 mo", "3 wk": the units abbreviated


# a clause of means after a median's values: "…, and the mean survival 263, 262, and 329 days"
_MEAN_CLAUSE = re.compile(r"[,;]\s*(?:and|while|whereas|but)?\s*(?:the\s+)?(?:mean|average)s?\b|"
                          # "… from 3.5 to 5.0 h by diltiazem whereas its apparent terminal half-life (t) was …, 22.9
                          # and 24.2 h": a drug's half-life, no time to an event
                          r"\b(?:whereas|while|but)\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:half\s*-?\s*li(?:fe|ves)|clearance|elimination)\b", re.I)
# "(6.1 and 3.4 months, P=0.0001)": two groups' times compared by a P value
# (also the pair alone in its bracket: "Both arms showed similar progression-free survival (4.0 and 4.1 months)")
_AND_PAIR_P = re.compile(rf"[(\[]\s*{_NUM}\s*(?:{_UNIT_WORDS}\s*)?and\s*{_NUM}\s*{_UNIT_WORDS}\s*(?:[,;]\s*[Pp]\s*"
                         r"[=<>\u2264]|[)\]])", re.I)
_RESPECTIVE_TIMES = re.compile(rf"\d\s*{_UNIT_WORDS},?\s+(?:(?:for|in|with)\s+[^()\[\];,]{{1,60}}?,?\s+)?"
                               r"respectively\b", re.I)  # (also "22 months for PLD and doxorubicin, respectively")
_LISTED_EVENT_TIMES = re.compile(rf"(?<![\w-]){_LISTED_EVENT}(?:\s*,\s*{_LISTED_EVENT})*,?\s+and\s+{_LISTED_EVENT}"
                                 rf"\s+(?:were|was)\s+(?:about\s+|approximately\s+)?{_NUM}\s*(?:{_UNIT_WORDS})?"
                                 rf"(?:\s*,\s*{_NUM}\s*(?:{_UNIT_WORDS})?)*,?\s+and\s+{_NUM}\s*(?:{_UNIT_WORDS}),?"
                                 r"\s+respectively\b", re.I)
# one end point's times of several groups, listed: "The intracranial progression free survival (iPFS) of the three
# groups was 11.1 months, 11.3 months and 8.1 months (p = 0.032), respectively"
_GROUPS_EVENT_TIMES = re.compile(rf"(?<![\w-]){_LISTED_EVENT}(?:\s*[(\[][^()\[\]\d]{{1,15}}[)\]])?\s+"
                                 r"(?:of|in|for|among)\s+(?:the\s+|these\s+|all\s+)?(?:two|three|four|five|[2-6])\s+"
                                 rf"(?:groups|arms|cohorts)\s+(?:were|was)\s+{_NUM}\s*(?:{_UNIT_WORDS})?"
                                 rf"(?:\s*,\s*{_NUM}\s*(?:{_UNIT_WORDS})?)*,?\s+and\s+{_NUM}\s*(?:{_UNIT_WORDS})"
                                 r"(?:\s*[(\[][^()\[\]]{1,30}[)\]])?,?\s+respectively\b", re.I)
# a follow-up phrase still open before the word median ("after a follow-up of median 30 months", "followed
# for a median"); not one closed by a comma ("At a median follow-up of 30 months, the median DoR …")
_FOLLOW_UP_BEFORE = re.compile(r"follow(?:ed)?[- ]?up\b[^.;,]{0,50}$|\bfollowed\b[^.;,]{0,40}$|"
                               # "The minimum duration of the follow-up was 12 months, with the median of 32 months"
                               r"follow[- ]?up\b[^.;]{0,40},\s*with\s+(?:a|the)\s+$", re.I)
# a median in a bracket that closes a follow-up's clause: "survival follow-up for a phase III … trial in patients with
# ABC (median, 56.3 months)", "monitored to record all recurrences and deaths for up to 20 years (median 13.7 years)"
# (not "After a median follow-up of 23 months, both groups had similar progression-free survival (medians of …": the
# clause after the comma names the end point whose medians the bracket holds)
_FOLLOW_UP_BRACKET = re.compile(r"(?:follow[- ]?up\b(?![^.;()\[\]]*,(?:\s*[^.;,()\[\]\d]{0,60}?\s)?\s*(?:the\s+)?"
                                r"(?:median\s+)?(?:m?PFS|m?OS|DFS|EFS|(?:overall\s+|progression-free\s+)?survival)\b)"
                                r"[^.;()\[\]]{0,110}|\bmonitored\b[^.;()\[\]]{0,110}|"
                                r"\bfor\s+up\s+to\s+\d+\s*(?:years?|months?)\s*)[(\[]\s*$", re.I)
# "prolonged median overall survival to 14.4 months": the treated arm's median after the verb
_PROLONGED_TO = re.compile(r"\b(?:improved|increased|prolonged|extended|reduced|decreased|shortened)\s+"
                           r"(?:(?:the\s+)?median\s+[^,;()\[\]]{1,40}?\s)?to\s*$", re.I)
# "… was significantly longer with olaparib at 7.4 months compared to 3.6 months with control": an arm's median
# after "with <arm> at", when a comparison with the other arm's follows
_ARM_AT = re.compile(r"\bwith\s+(?!(?:a|the)\s+median\b)[^,;()\[\]\d]{2,40}?\s+at\s*$", re.I)
# "… as was median progression-free survival (PFS) at 4.6 versus 8.2 months": a pair of medians after "at"
_MEDIAN_AT = re.compile(r"\bmedian\s+[^,;()\[\]]{2,40}?(?:\s*[(\[][^()\[\]]{1,12}[)\]])?\s+at\s*$", re.I)
_COMPARED_NEXT = re.compile(r"\s*(?:,\s*)?(?:compared\s+(?:to|with)|vs\.?|versus|than)\s", re.I)
_DIFFERENCE_AFTER = re.compile(r"\s*(?:months?|weeks?|days?|years?|hours?|h|minutes?|min)?\s*"
                               r"(?:or\s+(?:more|longer|less|fewer|shorter|greater)\b|"  # "lasted 6 months or more"
                               r"shorter|longer|less|more|lower|higher|greater|fewer|earlier|later|sooner|faster|quicker|"
                               r"difference|gain|improvement|reduction|increase|decrease)\b", re.I)
# a difference named before its value: "representing an improvement of 24.7 months", "a gain in median OS of 4 months"
_DIFFERENCE_NAMED_BEFORE = re.compile(r"\b(?:improvement|gain|difference|prolongation|extension|increase|reduction|"
                                      r"benefit)\s+(?:in\s+[^,;()\d]{1,30}?\s+)?(?:of|by)\s+(?:about\s+|"
                                      r"approximately\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$", re.I)
# the rest of a list of values up to its last ("7 and 24 min shorter"), the unit left to the difference words
_LIST_DIFFERENCE_AFTER = re.compile(r"(?:\s*(?:,|and|or)\s*\d+(?:\.\d+)?)+")
# (also a bracket of percentiles: "median 69.9 hours [25th, 75th percentiles 28.2, 115.8]", "[Q1-Q3: 3-9]")
_RANGE_BRACKET = re.compile(r"[(\[]\s*(?:range|IQR|interquartile\s+range|quartiles|Q1\s*[-,\u2013]\s*Q3|"
                            r"\d{1,2}(?:st|th)\s*(?:,|and|-|\u2013|to)\s*\d{2}th\s+percentiles?)\b"
                            r"[^()\[\]]{0,60}[)\]]", re.I)
# a clause of its own before a later value of a median's list: ", and overall survival time was 9 months"
_CLAUSE_ENDPOINT_BEFORE = re.compile(r"[^,;]{0,25}[,;]\s*(?:and|while|whereas|but)\s+(?:the\s+)?(?:median\s+)?"
                                     r"(?:(?P<ep>[A-Za-z][^,;()\d]{2,50}?)\s+(?:was|were)\s*(?:about\s+)?|"
                                     # ", but there was no difference in total operating time (51 [range …] minutes"
                                     r"(?:there\s+(?:was|were)\s+)?(?:no\s+)?(?:significant\s+)?differences?\s+in\s+"
                                     r"(?:the\s+)?(?P<ep2>[A-Za-z][^,;()\d]{2,50}?)\s*[(\[]\s*)$", re.I)
# (also after the first bracket's P, and with the next end point's abbreviation opening its bracket: "(PFS; 10.3 vs.
# 32.4 months; p<0.001), and shorter overall survival (OS; 28 months vs. not reached; …)")
_AND_ENDPOINT_BRACKET = re.compile(r"(?:\s*[;,]\s*[Pp]\s*[<=>\u2264]\s*0?\.\d+)?"
                                   r"\s*[)\]]\s*,?\s*(?:and|or|but)\s+(?:the\s+)?(?:median\s+)?"
                                   r"(?:(?:shorter|longer|improved|prolonged|better|worse|similar)\s+(?:median\s+)?)?"
                                   r"(?P<ep>[A-Za-z][^,;()\[\]\d]{2,50}?)\s*[(\[]\s*"
                                   r"(?:(?-i:m?[A-Z][A-Za-z]{1,5})\s*[;,:]\s*)?", re.I)
_ENDPOINT_ABBREV_BEFORE = re.compile(r"\bm?(?:PFS|OS|DFS|EFS|RFS|TTP|TTF|DoR|DOR|LOS|MFS|CSS|DSS|TTR|TFS|ICU|MST)"
                                     r"(?:\s+(?:was|were|of|is))?\s*[:=,]?\s*$")  # ("…; OS, 25.3 months")
_BASELINE = re.compile(r"\b(?:before|prior\s+to|at)\s+(?:the\s+)?(?:time\s+of\s+)?(?:enrol\w*|randomi[sz]\w*|baseline|"
                       r"study\s+entry|entry|inclusion|admission|presentation|screening|recruitment)|"
                       # (not "time from diagnosis to progression / death / crossover": a time to an event after it,
                       # nor "survival time from diagnosis of dementia": a survival's own start)
                       r"(?<!survival\s)\b(?:time|interval)\s+(?:from|since)\s+(?:the\s+)?(?:initial\s+|first\s+)?diagnosis"
                       r"(?!\s+(?:to|until)\s+(?:the\s+)?(?:first\s+)?(?:[\w-]+\s+)?(?:progression|death|relapse|"
                       r"recurrence|crossover|treatment\s+failure|metastas[ie]s|event)\b)", re.I)
# "Mean (SD) 48 (32)", "mean ± SD": the values after are means, not the median's list
_MEAN_BREAK = re.compile(r"\bmeans?\s*(?:[(\[]\s*(?:SD|SE|SEM|s\.d\.|standard)|\u00b1|\+/-)", re.I)
# a flattened table's caption: "TABLE 2 QTc intervals … Predose 417.9 (17.9) 420.4 …"
# (also glued to its title in a full text: "Table 3Outcomes (intention-to-treat)")
_TABLE_CAPTION = re.compile(r"\W*(?:[A-Z][A-Za-z ]{0,24}:\s*)?(?:TABLE|Table)\s+[IVX\d]+(?:[A-Za-z]?\b|(?=[A-Z][a-z]))")
# "Table 2 shows …", "Table 3 summarizes …": a sentence that cites a table, not the table itself
_TABLE_CITED = re.compile(r"\W*(?:[A-Z][A-Za-z ]{0,24}:\s*)?(?:TABLE|Table)\s+[IVX\d]+[A-Za-z]?\s+(?:also\s+)?"
                          r"(?:shows|presents|summari[sz]es|compares|lists|gives|displays|reports|describes|depicts|"
                          r"details|illustrates|demonstrates|provides|contains|includes)\b")
# A ratio table flattened into text ("Table 2 … Factor Hazard Ratio p value Chloroquine treatment 3.28 (1.41-7.63) 0.006
# Female 0.93 (0.46-1.91) 0.85 …"): its header names one ratio and no other statistic, and its cells are a value and its
# interval; each cell is read as that ratio (row and column unknown: the cells of a flattened table cannot be told
# apart from their labels), and only when its interval is centred on it as a ratio's is (a median's range is not)
_TABLE_OTHER_STATISTIC = re.compile(r"\b(?:mean|median|SD|s\.d\.|range|IQR|interquartile|quartiles?|min|max|"
                                    r"difference|beta|coefficient|slope|ratio of means)\b", re.I)
# a row of rates under a table of one ratio: "Estimated annualized event rate per person (95% CI) 0.11 (0.04–0.27) 0.03
# (0.01–0.08)" below "Estimated rate ratio (95% CI) 0.57 (0.43–0.75)" (each group's rate, not the ratio)
_ROW_RATE = re.compile(r"\b(?:rates?|incidences?|proportions?|percentages?|prevalences?)\b(?![\s-]+ratios?\b)", re.I)
_TABLE_P_COLUMN = re.compile(r"\b[Pp](?:[\s-]*values?)?\b")
# (the value and its interval may sit in cells of their own: "| OR | (95% CI) |" over "| 0.76 | (0.70 to 0.83) |")
# (after a reference cell glued to it: "Unadjusted HRRef1.48 (0.97 to 2.28)", or after its row label: "Indian0.73
# (0.64 to 0.83)")
_TABLE_RATIO_CELL = re.compile(rf"(?:(?<![\w.])|(?<=[a-z])|(?<=Ref)|(?<=Ref\.))(?P<v>{_NUM})\s*"
                               rf"(?:\|\s*)?[(\[]\s*(?P<lo>{_NUM})\s*(?:-|\u2013|,|;|to)\s*(?P<hi>{_NUM})\s*[)\]]"
                               r"(?:\**\s*(?P<p>(?:[<>]\s*)?(?:0?\.\d+|1(?:\.0+)?))(?![\d.])(?!\s*[(\[]))?")
# (a table whose header prints the CI as a column of its own: "Odds Ratio 95% CI P … Female 1.88 1.63, 2.16 < .001")
# (or in cells of their own: "| HR | 95% CI |" over "| 1.56 | 0.81–2.99 |")
# (not a count with its thousands' comma: "126 24,637 0.90 0.65–1.24", 126 events in 24,637 person-years)
_TABLE_RATIO_CELL_BARE = re.compile(rf"(?<![\w.,])(?P<v>{_NUM})(?:\s+|\s*\|\s*)(?P<lo>{_NUM})\s*"
                                    r"(?:,(?!\d{3}(?![\d.]))|-|\u2013|to)\s*"
                                    rf"(?P<hi>{_NUM})"
                                    r"(?![\d.,])(?:\s*(?P<p>(?:[<>]\s*)?(?:0?\.\d+|1(?:\.0+)?))(?![\d.]))?")
_TABLE_LEVEL = re.compile(r"(?P<level>\d{2}(?:\.\d+)?)\s*%\s*(?:CI|confidence)", re.I)


@dataclass
class _TableHeader:
    measure: str
    level: float | None
    p_after: bool  # a P column after the ratio's
    bare: bool = False  # its CI in a column of its own, not in brackets
    # the ratio's columns come last, after columns of rates the header named first ("Event rates Crude HR (95%CI) p
    # value Adj. HR (95%CI)"): the number of the ratio's columns (a longer row's last cells), 0 for every cell
    last: int = 0


_TABLE_NUMBER_ONLY = re.compile(r"(?i:table)\s*\d+[A-Za-z]?\s*[.:]?")  # a caption's number on a line of its own


def _table_header(line: str) -> _TableHeader | None:
    """The ratio a flattened table's caption and header name before its first cell, if exactly one and no other
    statistic (a table of means, medians or ranges prints the same shape of cell)."""
    bare = False
    first = next((c for c in _TABLE_RATIO_CELL.finditer(line) if _ratio_cell(c, None) is not None), None)
    if first is None:
        first, bare = next((c for c in _TABLE_RATIO_CELL_BARE.finditer(line) if _ratio_cell(c, None) is not None),
                           None), True
    # ("Unadjusted HRRef1.48 (0.97 to 2.28)…": a row's label, its ratio's name and the reference cell glued together)
    return _named_header(re.sub(r"(?<=[A-Z]R)(?=Ref\b)", " ", line[:first.start()]), bare) if first is not None \
        else None


# a CI's column in a table's header ("95% CI", "95% CIb" with its footnote's letter, "confidence interval")
_CI_COLUMN = re.compile(r"\bCI(?:s|[a-z*\u2020\u2021\u00a7])?\b|confidence", re.I)


def _named_header(head: str, bare: bool) -> _TableHeader | None:
    """The ratio a table's header text names, if exactly one and no other statistic; ``bare``: its cells print the
    CI without brackets (then only under a CI column of its own)."""
    head = _HEADER_FOOTNOTE.sub("", head)  # ("SB Relative Riska (95% CI)": a footnote's letter glued to the name)
    # (a web page's header cells glued together: "FactorHazard Ratio (95% CI)P Value")
    head = re.sub(r"(?<=[a-z])(?=(?:Hazard|Odds|Risk|Rate|Relative|Incidence|HR|OR|RR|IRR|P)\b)", " ", head)
    named = [(m.start(), _measure_code(m.group("w"))) for m in _MEASURE_WORD.finditer(head)]
    if len({measure for _, measure in named}) != 1:
        return None
    pos, measure = named[0]
    if _TABLE_OTHER_STATISTIC.search(head):
        return None
    if bare and not _CI_COLUMN.search(head, pos):
        return None  # (cells without brackets only under a CI column of their own)
    # columns of rates before the ratio's ("Event rates Crude HR (95%CI) p value Adj. HR (95%CI)"): a row with more
    # cells than the ratio's columns has its rates first (a rate with its interval is no ratio)
    rates = not bare and any(m.start() < pos for m in _TABLE_RATE_COLUMN.finditer(head)) and \
        not any(m.start() > pos for m in _TABLE_RATE_COLUMN.finditer(head))
    level = _TABLE_LEVEL.search(head, pos)
    return _TableHeader(measure, _num_of(level.group("level")) if level else None,
                        _TABLE_P_COLUMN.search(head, pos) is not None, bare, len(named) if rates else 0)


# a column of rates in a table's header ("Event rates", not "rate ratio")
_TABLE_RATE_COLUMN = re.compile(r"\brates?\b(?!\s+ratios?)", re.I)
# a row's cell of any kind, for counting a row's cells: a value and its interval (maybe not reached), or a reference's
# or missing value's mark ("Ref.", "1.00 (ref.)", "—", "NA")
_TABLE_ANY_CELL = re.compile(rf"(?<![\w.])(?:{_NUM}|NR|NE)\s*(?:\|\s*)?[(\[]\s*(?:{_NUM}|NR|NE)\s*"
                             rf"(?:-|\u2013|,|;|to)\s*(?:{_NUM}|NR|NE)\s*[)\]]|(?<![\w.])(?:{_NUM}\s*)?[(\[]?\s*(?i:ref(?:erence)?)\b\.?[)\]]?|"
                             r"(?<!\S)(?:\u2014|-|\u2013|\u00b7\u00b7|NA|N/A)(?!\S)")


_TABLE_HEAD_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|showed|shows|reduced|increased|decreased|compared|"
                              r"associated|versus|vs|than|between|with)\b", re.I)


def _headed_table(line: str) -> _TableHeader | None:
    """A sentence that is a table without its caption: the header before its first cell names one ratio and no
    other statistic, and has no verb (not "The HR for death was 0.80 (0.70-0.91), for MI …": prose)."""
    if line.count("(") + line.count("[") < 3 and "CI" not in line and "onfidence" not in line:
        return None  # (three cells at least: a quick look first, for most sentences are no table)
    header = _table_header(line)
    if header is None:
        return None
    first = next((c for c in (_TABLE_RATIO_CELL_BARE if header.bare else _TABLE_RATIO_CELL).finditer(line)
                  if _ratio_cell(c, header) is not None), None)
    return header if first is not None and not _TABLE_HEAD_VERB.search(line, 0, first.start()) else None


def _ratio_cell(c: re.Match[str], header: _TableHeader | None) -> tuple[float, float, float] | None:
    v, lo, hi = _num_of(c.group("v")), _num_of(c.group("lo")), _num_of(c.group("hi"))
    if not 0 < lo <= v <= hi:
        return None
    if lo == hi:
        # "Platelet (10³/mL) 1.0 (1.0-1.0)": a ratio per unit rounded to its printed digits, under a header that
        # names the ratio (not the cell that makes a line a table's first row)
        return (v, lo, hi) if header is not None and lo == v else None
    if M.checks(header.measure if header else "HR", v, lo, hi, None, None, None) and \
            not _centred_as_printed(c.group("v"), c.group("lo"), c.group("hi")):
        return None  # not centred on its value as a ratio's interval is: a median and its range, a mean and its CI
    return v, lo, hi


def _centred_as_printed(v_text: str, lo_text: str, hi_text: str) -> bool:
    """Whether a ratio and its interval are centred on the log scale within the rounding of the digits printed
    ("1.1 (1.0-1.1)": one decimal hides up to 0.05 on each number, more than the two decimals checks allow for)."""
    if not all("." in t for t in (v_text, lo_text, hi_text)):
        return False  # ("Incidence 2 (2–3)", "1 1–2" across a row's label: whole numbers are counts and labels)
    v, lo, hi = _num_of(v_text), _num_of(lo_text), _num_of(hi_text)
    half = max(0.5 * 10 ** -len(t.partition(".")[2]) for t in (v_text, lo_text, hi_text))
    if not 0 < lo - half or hi <= lo:
        return False
    mid = (math.log(lo) + math.log(hi)) / 2
    slack = half / min(v, lo) + half / hi
    return abs(math.log(v) - mid) <= 0.15 * (math.log(hi) - math.log(lo)) + slack


def _repeats_prose(found: list[_Found], cell: Estimate, prose: list[int]) -> bool:
    """A table's cell that repeats a ratio the prose printed ("(OR = 2.41, p = 0.14)" then a row "OR = 2.41 (0.74;
    7.9)"): one estimate, the prose's, which takes the cell's CI if it printed none. ``prose``: where in ``found`` the
    estimates read from prose are: a table's own cells are never what a cell repeats (two rows' ratios alike,
    "Esophagus … 1.35 [1.22–1.49]" and "Non-GT … 1.35 [1.22–1.49]", or a table's sections repeating a row are two
    estimates), and looking at them too made a long table quadratic."""
    for i in prose:
        f = found[i]
        e = f.est
        if cell.measure == "median" and (e.arm and cell.arm and e.arm.lower() != cell.arm.lower() or
                                         e.value is None and not (e.arm and cell.arm)):
            continue  # (two groups' medians alike in a table's column: "NR" for both arms)
        if e.measure == cell.measure and e.value == cell.value and e.ci_low in (None, cell.ci_low) and \
                e.ci_high in (None, cell.ci_high):
            if e.ci_low is None:
                found[i] = _Found(replace(e, ci_low=cell.ci_low, ci_high=cell.ci_high,
                                          ci_level=e.ci_level or cell.ci_level,
                                          note="; ".join(x for x in (e.note, "CI from a table flattened into text")
                                                         if x),
                                          checks=M.checks(e.measure, e.value, cell.ci_low, cell.ci_high,
                                                          e.ci_level or cell.ci_level, e.p_operator, e.p_value)),
                                  f.sentence)
            return True
    return False


def _table_ratios(norm: str, s: _Sentence, header: _TableHeader, other: bool = False,
                  group_cols: int = 0) -> list[_Found]:
    """The ratio cells of one line of a flattened table; ``other``: a line before (a sub-header "Median (IQR) Median
    (IQR) …") named another statistic for the rows after it; ``group_cols``: how many of a row's first cells with a
    bracket are the groups' rates and their CIs (the header names them), not ratios."""
    line = norm[s.start:s.end]
    out: list[_Found] = []
    first_ratio = 0  # where the ratio's columns begin in this row (its last ``header.last`` cells)
    if header.last:
        cells = [m.start() for m in _TABLE_ANY_CELL.finditer(line)]
        # (no more cells than the ratio's columns: the rates are printed bare; many more: rows glued into one line,
        # "… (2.33)111 Atorvastatin … (1.32)0.54 (0.35, 0.83)0.58 (…) …", read as before)
        if header.last < len(cells) <= header.last + 2:
            first_ratio = cells[-header.last]
    last = 0  # where the last cell ended; ``other``: whether the label before the cells names another statistic
    for k, c in enumerate((_TABLE_RATIO_CELL_BARE if header.bare else _TABLE_RATIO_CELL).finditer(line)):
        gap, last = line[last:c.start()], c.end()
        if c.start() < first_ratio or k < group_cols and not header.bare:
            continue
        if re.search(r"[A-Za-z]{2}", gap):
            # "Median duration (months) | 3·7 (2·9–5·4) | …", "… Length of stay, d 6 (5–8)" after "Median (IQR)": a
            # row whose own label names another statistic (the last named wins: "Median OS, HR (95% CI) 0.8 (…)")
            stat = [m.end() for m in itertools.chain(_TABLE_OTHER_STATISTIC.finditer(gap), _ROW_RATE.finditer(gap))]
            ratio = [m.end() for m in _MEASURE_WORD.finditer(gap)]
            if stat or ratio:  # (a row's label that names neither keeps what the sub-header named)
                other = bool(stat) and (not ratio or stat[-1] > ratio[-1])
        if other or (cell := _ratio_cell(c, header)) is None:
            continue
        v, lo, hi = cell
        p_op, p = None, None
        if header.p_after and c.group("p"):
            raw = c.group("p").replace(" ", "")
            p_op, p = ("<" if raw[0] == "<" else ">" if raw[0] == ">" else "="), _num_of(raw.lstrip("<>"))
        out.append(_Found(Estimate(measure=header.measure, value=v, ci_low=lo, ci_high=hi, ci_level=header.level,
                                   p_operator=p_op, p_value=p, start=s.start + c.start(),
                                   end=s.start + c.end("hi") + (0 if header.bare else 1),
                                   source="text", note="read from a table flattened into text: its row and column "
                                   "(end point, groups, population) cannot be told apart",
                                   checks=("flattened_table",)), s))
    if not header.bare and not other and line.count(".") >= 4:
        out += [f for f in _glued_decimal_ratios(s, line, header) if not any(x.est.start == f.est.start for x in out)]
    if not header.bare and not other:
        for g in _GLUED_COUNT_CELL.finditer(line):
            # "Current TNFi263830.87 (0.56–1.35)": a count glued before the ratio (26383 cases, then 0.87)
            places = len(g.group("v").partition(".")[2])
            for k in (1, 2):
                tail = g.group("v")[-(k + 1 + places):]
                if (t := _TABLE_RATIO_CELL.fullmatch(f"{tail} ({g.group('lo')}-{g.group('hi')})")) and \
                        (cell := _ratio_cell(t, header)) is not None:
                    at = s.start + g.end("v") - len(tail)
                    if not any(f.est.start == at for f in out):
                        out.append(_Found(Estimate(
                            measure=header.measure, value=cell[0], ci_low=cell[1], ci_high=cell[2],
                            ci_level=header.level, start=at, end=s.start + g.end(), source="text",
                            note="read from a table flattened into text, a count glued before the ratio: its row and "
                            "column (end point, groups, population) cannot be told apart",
                            checks=("flattened_table",)), s))
                    break
        out.sort(key=lambda f: f.est.start or 0)
    if len(out) >= 2:
        # a row whose other columns are times or counts with brackets ("Time to event, days | HR (95% CI)" over
        # "80.0 (18.0–245.0) 71.0 (19.0–200.0) 0.886 (0.802–0.980)"): a cell ten times past the upper limit of every
        # other cell of its row is no ratio of the same header
        out = [f for f in out if not any((f.est.value or 0) >= 10 * (o.est.ci_high or o.est.value or 0) > 0
                                         for o in out if o is not f)
               or all((o.est.value or 0) >= 10 for o in out)]
    return out


# a table header whose first column holds the outcomes: "Type of eventUnadjusted HR (95% CI)P", "OutcomeControl Group
# (n = 143)…", "| Outcome | HR (95% CI) |"
_OUTCOME_COLUMN_HEAD = re.compile(r"^\s*\|?\s*(?:(?:Clinical\s+|Primary\s+|Secondary\s+)?Outcomes?|"
                                  r"Type\s+of\s+(?:events?|outcomes?)|End\s?points?)"
                                  r"(?=\s*\||\s+[A-Z(]|[A-Z])")
# a row's label: its words before its first cell, without a footnote's letter or mark glued on ("Deathc12 (8)…") or a
# count's label (", n (%)")
_OUTCOME_ROW_LABEL = re.compile(r"\s*\|?\s*(?P<l>[A-Za-z](?:[A-Za-z' /,&()-]|\d+(?=\s?[A-Za-z])){1,60}?)"
                                r"(?:(?:(?<=[A-Z]{2})[a-e]|(?<=[a-z]{3})[b-e])(?:,[a-e])*(?=\d))?"
                                r"[*\u2020\u2021\u00a7]?\s*(?:,\s*n\s*\(%\))?\s*(?:\||(?=\d))")


def _outcome_row_label(line: str, head: list[str] | None) -> str | None:
    """The end point a table row's label names, in a table whose header's first column holds the outcomes (see
    ``_OUTCOME_COLUMN_HEAD``); None in any other table, or where the label is no end point's name."""
    if not head or not any(_OUTCOME_COLUMN_HEAD.match(h) for h in head):
        return None
    m = _OUTCOME_ROW_LABEL.match(line)
    if m is None:
        return None
    label = _clean_endpoint(m.group("l").strip(" ,|"))
    return label if len(label) >= 3 and not _TABLE_OTHER_STATISTIC.search(label) else None


# a table row named by its measure only: " HR vs placebo (95 % CI) 0.72 (…)", "Unadjusted* HR | 1.00 (ref) | …",
# " Fully adjusted HR†Ref1.10 (…)"
_MEASURE_ROW_LABEL = re.compile(r"\s*\|?\s*(?:(?:un|partially\s+|fully\s+|multivariable[- ]|multivariate[- ])?"
                                r"adjusted|crude|univaria(?:bl|t)e|multivaria(?:bl|t)e)?"
                                r"[\s*\u2020\u2021\u00a7\u00b6a-e]*(?:(?-i:a?HRs?|a?ORs?|RRs?|IRRs?)|"
                                r"(?:hazard|odds|risk|rate)\s+ratios?)(?:\b|(?=Ref|\d))", re.I)
# the words of an outcome: an event or a time to one (a sub-header of a table's rows, or its count row's label)
_OUTCOME_LINE_WORDS = re.compile(r"\b(?:deaths?|mortality|events?|MACEs?|hospitali[sz]\w*|exacerbations?|infarction|"
                                 r"strokes?|relapses?|recurrences?|fractures?|admissions?|infections?|progression|"
                                 r"survival|failure|readmissions?|complications?|outcomes?)\b", re.I)


# a table header's column of a part of the patients: "PRISMS/SPECTRIMS with baseline disease activity", "Women"
# (not a column of an exposure's level, "HF >2-5 years": the groups compared)
_PART_COLUMN = re.compile(r"\b(?:with|without|subgroups?|men|women|boys|girls)\b", re.I)


def _names_no_endpoint(f: _Found) -> bool:
    """Whether a table row's estimate is a ratio whose end point the row did not name."""
    return f.est.endpoint == "unknown" and not f.est.endpoint_text and f.est.measure != "median"


def _endpoint_given(here: list[_Found], ep: str, parted: bool | None = None,
                    head: list[str] | None = None) -> list[_Found]:
    """The row's ratios that name no end point given ``ep``; with ``parted`` (a row that names an outcome, not a
    group), their population the table's whole sample as ``_whole_table`` says."""
    out = []
    for f in here:
        if _names_no_endpoint(f):
            e = replace(f.est, endpoint=_endpoint_class(ep), endpoint_text=ep)
            f = _Found(_whole_table(e, parted, head) if parted is not None else e, f.sentence)
        out.append(f)
    return out


def _whole_table(e: Estimate, parted: bool, head: list[str] | None = None) -> Estimate:
    """The population of a ratio in a table row that names an outcome, not a group: the table's whole sample
    (``overall``), unless the table has had a line that may name a part of it, or its header a column of one (then
    left as it was)."""
    if parted or e.population_kind != "unknown" or any(_PART_COLUMN.search(h) for h in head or []):
        return e
    return replace(e, **_population_fields(M.OVERALL))


def _outcome_line(line: str) -> str | None | bool:
    """What a table's line says of the outcome of the rows below it: its label, where the line is a sub-header or an
    events' count row naming an outcome ("Time to first exacerbation of any severity", "Worsening HF or
    cardiovascular death – no. (%) | 154 (14.0) | …"); None where the label names something else (another
    section: the outcome named before no longer holds); False for a line that says nothing of it (no label)."""
    m = re.match(r"\s*\|?\s*(?P<l>[A-Za-z][^|\d]{2,90}?)\s*(?:[-\u2013\u2014,]\s*(?:no\.?|n)\s*(?:\(%\))?\s*)?"
                 r"(?:\||\d|$)", line)
    if m is None:
        return False
    label = m.group("l").strip(" ,;:|")
    if _TABLE_OTHER_STATISTIC.search(label) or _ROW_RATE.search(label) or re.match(r"(?i)(?:no\.?|number)\s+of\b",
                                                                                     label):
        return False  # ("No. of subjects", "Event rates per 100 patient-years (95% CI)": rows about the groups)
    if not (_OUTCOME_LINE_WORDS.search(label) or _OUTCOME_TIME.search(label)):
        return None
    return _clean_endpoint(re.sub(r"(?i),?\s*n\s*\(%\)\s*$", "", label)) or None


def _caption_endpoint(head: list[str] | None) -> str | None:
    """The one end point a table's caption names ("Table 3 Prognostic factors for mortality in …"; after a caption line
    of the table's number alone, its title line), or None where it names none or several."""
    if not head or not _TABLE_CAPTION.match(head[0]):
        return None
    lines = head[:2] if _TABLE_NUMBER_ONLY.fullmatch(head[0].strip()) and len(head) > 1 else head[:1]
    if len(lines) == 2 and re.match(r"\s*From:", lines[1]):
        return None  # ("From: <the article's title>": no caption of the table's own)
    named = {m.group().lower(): m.group() for line in lines for m in _ENDPOINT_MENTION.finditer(line)}
    return next(iter(named.values())) if len(named) == 1 else None


# a table cell's own name of its ratio, right before the value: "| RR, 0.87 (…", "| OR 2.996 (…"
_CELL_OWN_MEASURE = re.compile(r"(?:^|[|\n]\s*)(?P<m>(?-i:a?HR|a?OR|a?RR|IRR))\s*[,:=]?\s*$")
# a table's footnote that names the measure of the cells its letter marks: "d Unadjusted hazard ratio (95% confidence
# interval)." (the letter on a line of its own, after a bullet)
_FOOTNOTE_MEASURE = re.compile(r"^[\s\u2022*-]*(?P<l>[a-z])\s+(?:(?:un)?adjusted\s+)?"
                               r"(?P<m>hazard\s+ratios?|odds\s+ratios?|risk\s+ratios?|relative\s+risks?|rate\s+ratios?)"
                               r"\b[^\n]{0,60}$", re.I | re.M)


def _footnoted_measures(norm: str) -> dict[str, str]:
    """The measures a document's table footnotes give the cells their letters mark (letter → measure code)."""
    return {m.group("l"): _measure_code(m.group("m")) for m in _FOOTNOTE_MEASURE.finditer(norm)} \
        if "atio" in norm or "elative risk" in norm else {}


def _table_cell_measures(found: list[_Found], norm: str) -> list[_Found]:
    """The measure of each ratio read from a table cell, where the cell says more than its column's header: its own
    name before the value ("| RR, 0.87 (0.71 to 1.07) |" under "Hazard ratio"), or a footnote's letter after the
    bracket ("1.17 (0.80–1.71)d" under "Odds Ratio", the footnote "d Unadjusted hazard ratio (95% confidence
    interval).")."""
    marks = _footnoted_measures(norm)
    out = []
    for f in found:
        e = f.est
        if "flattened_table" in e.checks and e.measure in ("HR", "OR", "RR", "IRR"):
            own = _CELL_OWN_MEASURE.search(norm, max(0, e.start - 8), e.start) if e.start is not None else None
            if own is not None and _measure_code(own.group("m")) in ("HR", "OR", "RR", "IRR"):
                e = replace(e, measure=_measure_code(own.group("m")))
            elif e.end is not None and norm[e.end:e.end + 1] in marks and norm[e.end - 1:e.end] in ")]":
                e = replace(e, measure=marks[norm[e.end]])
        out.append(f if e is f.est else _Found(e, f.sentence))
    return out


# a table caption that says its rows are other studies' results
_PREVIOUS_STUDIES = re.compile(r"\b(?:previous|prior|previously\s+published|published|earlier|other)\s+"
                               r"(?:studies|trials|reports|meta-analyses)\b|"
                               r"\b(?:studies|trials)\s+(?:included|reviewed)\s+in\s+(?:this|the)\s+(?:review|meta-analysis)|"
                               r"\bliterature\s+(?:review|summary)\b", re.I)
# a header's column of each group's rate (or risk, incidence …) with its CI: "Rate (95% CI)", "Crude mortality rate per
# 1,000 PY (95% CI)" (not the ratio's: "Incidence Rate Ratio (95% CI)")
# a reference cited in a table's row: "CO17 [20]", "MONARCH-2 [24,28]", "Smith et al." (not a median's "12 [10-15]")
_ROW_CITATION = re.compile(r"(?<![\w.-])[A-Za-z][\w-]*\s?\[\d{1,3}(?:,\s*\d{1,3})*\]|\bet\s+al\b")
_REFERENCE_CELL = re.compile(r"(?<![\w.])1(?:\.0+)?\s*[(\[]\s*(?i:ref(?:erence)?)\b\.?\s*[)\]]")
_GROUP_STAT_CI = re.compile(r"(?<!relative\s)(?<!relative-)(?<!excess\s)"
                            r"\b(?:rates?|incidences?|risks?|prevalences?|proportions?|percentages?)\b(?!\s*factors?\b)"
                            r"(?:(?!ratio|differ|reduc|(?-i:a?(?:HR|OR|RR|IRR)s?\b))[^()|\[\]]){0,40}?"
                            r"[(\[]\s*(?:\d{2}\s?%\s*)?CI\s*[)\]]", re.I)


# a row's next ratio cell glued after the P of the cell before ("0.62 (0.38–0.99).040.57 (0.33–0.96)": P .04, then
# 0.57 with its CI; "1.17 (0.80–1.71)d.421.14 (0.78–1.69)" after a footnote's letter)
# (or to a count before it: "PD-1/PD-L1100.71 (0.60, 0.84)", 10 trials then HR 0.71)
_GLUED_P_RATIO = re.compile(r"(?:(?<=[)\]])[a-z]?(?:[<>\u2264\u2265]=?\s*)?(?P<run>0?\.\d{2,}\.\d+)|"
                            r"(?<=[A-Za-z)\]%-])(?P<n>\d{2,}\.\d+))\s*[(\[]\s*(?P<lo>\d+\.\d+)\s*(?:to|-|\u2013|,)\s*"
                            r"(?P<hi>\d+\.\d+)\s*[)\]]")


# a glued table's header that names a ratio without a CI and then its P: "RiskaRelative RiskPb", "Odds ratioP value"
_GLUED_RATIO_P_HEADER = re.compile(r"(?P<m>relative\s+risk|hazard\s+ratio|odds\s+ratio|risk\s+ratio|"
                                   r"(?-i:\bHR|\bOR|\bRR))[a-z]?\s*(?-i:P|p)(?:[a-z]|\s*-?\s*values?)?\s*$", re.I)
# ... and a row under it: "Age >60 y3.480.0001", "Serum albumin (increase of 1 g/L)0.830.0001"
_GLUED_RATIO_P_ROW = re.compile(r"(?<=[A-Za-z)])(?P<v>\d{1,2}\.\d+?)(?P<p>0\.\d+)\s*$")


def _glued_p_ratios(s: _Sentence, line: str, header: _TableHeader) -> list[_Found]:
    """The ratio cells of a flattened table row that the page glued to the P value printed before them: the ratio
    takes the fewest leading digits (one or two) that put it inside its own CI; the P keeps the rest."""
    out: list[_Found] = []
    for g in _GLUED_P_RATIO.finditer(line):
        lo, hi = _num_of(g.group("lo")), _num_of(g.group("hi"))
        if g.group("n") and lo <= _num_of(g.group("n")) <= hi:
            continue  # ("Overall12.5 (10.1–15.2)": the whole number is the cell's value, read as such elsewhere)
        head, places = (g.group("run") or g.group("n")).rsplit(".", 1)
        digits = head.split(".", 1)[1] if g.group("run") else head
        for k in (1, 2):
            if len(digits) - k < 1:
                break
            v = _num_of(f"{digits[-k:]}.{places}")
            if lo <= v <= hi:
                out.append(_Found(Estimate(
                    measure=header.measure, value=v, ci_low=lo, ci_high=hi, ci_level=header.level,
                    start=s.start + g.end("run" if g.group("run") else "n") - len(places) - 1 - k,
                    end=s.start + g.end(), source="text",
                    note="read from a table flattened into text, the cell glued to the P value before it",
                    checks=("flattened_table",)), s))
                break
    return out


def _glued_decimal_ratios(s: _Sentence, line: str, header: _TableHeader) -> list[_Found]:
    """The ratios of a table row whose groups' values are glued before the ratio ("Overall1.572.100.73 (0.55 to
    0.96)"), each printed to as many places as the CI's limits: the ratio is the run's last number, its integer part
    what the number before it leaves after its own places."""
    out: list[_Found] = []
    for g in _GLUED_DECIMALS_CELL.finditer(line):
        parts, places = g.group("run").split("."), len(g.group("dec"))
        if len(parts) < 3 or len(parts[-1]) != places or len(parts[-2]) <= places:
            continue
        v = _num_of(f"{parts[-2][places:]}.{parts[-1]}")
        lo, hi = _num_of(g.group("lo")), _num_of(g.group("hi"))
        if lo <= v <= hi:
            out.append(_Found(Estimate(
                measure=header.measure, value=v, ci_low=lo, ci_high=hi, ci_level=header.level,
                start=s.start + g.end("run") - len(parts[-1]) - 1 - len(parts[-2][places:]), end=s.start + g.end(),
                source="text", note="read from a table flattened into text, the groups' values glued before the "
                "ratio: its row and column (end point, groups, population) cannot be told apart",
                checks=("flattened_table",)), s))
    return out


_GLUED_DECIMALS_CELL = re.compile(r"(?<=[A-Za-z)\]%\d])(?P<run>\d+(?:\.\d+){2,})\s*[(\[]\s*(?P<lo>\d+\.(?P<dec>\d+))\s*"
                                  r"(?:to|-|\u2013|,)\s*(?P<hi>\d+\.\d+)\s*[)\]]")
_GLUED_COUNT_CELL = re.compile(r"(?<=[A-Za-z])\d*?(?P<v>\d{3,}\.\d+)\s*[(\[]\s*(?P<lo>\d+\.\d+)\s*(?:to|-|\u2013)\s*"
                               r"(?P<hi>\d+\.\d+)\s*[)\]]")


# A flattened table's row of medians of a time: its label names the median, a time unit and (or under a section line
# that names) an outcome's time ("Median duration (months) | 2·9 (2·8–3·8) | 2·7 (2·5–2·8) |" under "Progression-free
# survival …"; "Weaning time, median (IQR), h" with one cell per line after it); each cell is one group's median
_TABLE_MEDIAN_LABEL = re.compile(r"\bmedian\b", re.I)
_UNIT_LABEL = re.compile(r"[(,]\s*(?:days?|d|hours?|h|hrs?|weeks?|wks?|months?|mo|years?|yrs?|min(?:utes)?|kg|mg|"
                         r"g|ml|mL|cm|mm)\s*\)?\s*$")
_TABLE_MEDIAN_NOT = re.compile(r"\b(?:age|follow[- ]?up|doses?|cycles?|exposure|treatment|therapy|infusions?|since|"
                               r"diagnosis|baseline|number|counts?|scores?|levels?|weight|BMI|size|visits?|lines?)\b",
                               re.I)
# a time to an event of a score, a level or the next treatment: "Median time to score degradation — mo", "Median time to
# next treatment" (an outcome, not the score or the treatment itself)
_TIME_TO_EVENT_OF = re.compile(r"\btime\s+(?:to|until)\s+(?:(?:first|next|subsequent|second)\s+(?:[\w-]+\s+)?"
                               r"(?:treatment|therapy|line)|(?:[\w-]+\s+){0,2}?(?:score|level)s?\s+"
                               r"(?:degradation|deterioration|worsening|progression|increase|decline|improvement))",
                               re.I)
_TABLE_MEDIAN_CELL = re.compile(rf"\s*(?:(?P<v>{_NUM})|(?P<nr>NR|not\s+reached|NE|not\s+estimable))\s*"
                                # ("| Median overall survival | 18.1 months | 14.1 months |": the unit in each cell)
                                rf"(?:{_UNIT_WORDS}\s*)?"
                                rf"(?:[(\[]\s*(?P<lo>{_NUM}|NR|NE)\s*(?:-|\u2013|,|;|to)\s*(?P<hi>{_NUM}|NR|NE)\s*"
                                rf"(?:{_UNIT_WORDS}\s*)?[)\]])?"
                                r"\s*[a-z*\u2020\u2021\u00a7\u00b6]?\s*", re.I)
# a cell that prints its value's unit: "18.1 months", "9.3 mo (7.1-11.0)", "NR"
_CELL_UNIT = re.compile(rf"\s*(?:{_NUM}\s*(?P<u>{_UNIT_WORDS})|NR|NE|not\s+reached)"
                        r"(?:\s*[(\[][^()\[\]]{0,40}[)\]])?\s*", re.I)
# (not a hazard ratio's "HR": "Median time to first severe flare, days HR for severe flares (95% CI)")
_TABLE_UNIT = re.compile(rf"\b(?!(?-i:HRs?|H)\b)(?:{_UNIT_WORDS}|(?-i:d)\b)", re.I)


@dataclass
class _MedianRow:
    endpoint_text: str
    unit: str
    ci: bool | None  # True: the bracket is a CI (named), False: an IQR or range, None: not named
    level: float | None
    bracketed: bool | None = None  # whether the row's first cell printed a bracket after its value


def _cells_unit(cells: list[str]) -> str | None:
    """The unit every cell with a number prints after it ("| 18.1 months | 14.1 months |"), if they print one and the
    same; None otherwise (a cell that is no time, or two units)."""
    units = set()
    for c in cells:
        if not re.search(r"\d|\bN[RE]\b|reached", c):
            continue
        m = _CELL_UNIT.fullmatch(c)
        if m is None:
            return None
        if m.group("u"):
            units.add(_unit_norm(m.group("u")))
    return units.pop() if len(units) == 1 else None


def _table_median_row(label: str, section: str | None, declared: bool = False,
                      cell_unit: str | None = None) -> _MedianRow | None:
    """What a flattened table's row label (and the section line above it) says of the medians in its cells, if they
    are medians of an outcome's time: the end point, the unit, whether the bracket is a CI. With ``declared`` (the
    document says its data are medians: "Data are median (IQR) or n/N (%)"), a label without the word that names an
    outcome's time and a unit ("Duration of ventilation, days") is such a row too, its bracket an IQR."""
    if not (_TABLE_MEDIAN_LABEL.search(label) or declared) or _TABLE_MEDIAN_NOT.search(
            _TIME_TO_EVENT_OF.sub(" ", label)) or _MEAN_WORDS.search(label):
        return None
    # (the last unit the label prints, a spelled one before a bare "d": "DOR,d median (range), months" has a
    # footnote's letter first)
    units = sorted(_TABLE_UNIT.finditer(label), key=lambda u: (u.group() != "d", u.start())) or \
        list(_TABLE_UNIT.finditer(section or ""))[:1]
    # ("| Median overall survival | 18.1 months | 14.1 months |": no unit in the label, the same one in each cell)
    unit = units[-1].group() if units else cell_unit
    lab = label.strip()
    # "Median time to progression - mo", "Weaning time, median (IQR), h", "Median duration (months)"
    own = re.sub(r"(?i)^median\s*", "", lab) if re.match(r"(?i)median\b", lab) else \
        re.sub(r"(?i)\s*,?\s*\bmedian\b.*$", "", lab)
    own = re.sub(r"(?i)\s*(?:[-\u2013,.]\s*|\(\s*|\bin\s+)"
                 r"(?:mo|months?|days?|d|weeks?|wks?|h|hrs?|hours?|years?|yrs?)\b\)?.*$", "", own)
    own = _clean_endpoint(re.sub(r"(?i)^(?:in|of)\b|\b(?:in|of)\s*$", "", own).strip(" ,:;(|"))
    if own and re.fullmatch(r"(?i)(?:duration|time|in|of|\W)*", own):
        own = ""
    own = re.sub(r"(?<=time|stay|ival|tion)[a-e]$", "", own)  # "Weaning timea": a footnote's letter glued on
    endpoint = own or (section or "")
    if unit is None or not (_OUTCOME_TIME.search(endpoint) or _ENDPOINT_MENTION.search(endpoint)):
        return None
    u = _unit_norm(unit)
    if u is None:
        return None
    named = re.search(r"\b(?:\d{2}(?:\.\d+)?\s*%\s*)?(?:CI|confidence)\b", label, re.I)
    level = _TABLE_LEVEL.search(label)
    ci = True if named else False if _RANGE_WORD.search(label) or not _TABLE_MEDIAN_LABEL.search(label) else None
    return _MedianRow(_clean_endpoint(endpoint.split("|")[0]).strip(), u, ci,
                      _num_of(level.group("level")) if level else (95.0 if named else None))


def _table_median_cells(norm: str, s: _Sentence, row: _MedianRow, cells: list[tuple[int, int]]) -> list[_Found]:
    """The medians in a flattened table's cells (offsets in the text); a cell that is no median ("–", a count)
    gives nothing, and a bare number after cells with brackets ends the row (its P value's column)."""
    out: list[_Found] = []
    for a, b in cells:
        m = _TABLE_MEDIAN_CELL.fullmatch(norm, a, b)
        if m is None:
            continue
        if row.bracketed is None:
            row.bracketed = m.group("lo") is not None
        elif row.bracketed != (m.group("lo") is not None) and not m.group("nr"):
            # (a group's "NR" without a bracket is no P value's column)
            # "25.0 (18.0–48.0) | 32.0 (23.0–51.0) | 0.028": the P value after the groups' medians; "36.6 | 14.7 | 0.29
            # (0.24-0.35)": the ratio's column after them
            break
        v = _float(m.group("v")) if m.group("v") else None
        lo, hi = _float(m.group("lo")), _float(m.group("hi"))  # (None for "NR": an open limit)
        checks: tuple[str, ...] = ("flattened_table",)
        level = row.level
        if row.ci is False or m.group("lo") is None or v is not None and (
                lo is not None and lo > v or hi is not None and hi < v):
            lo = hi = None  # an IQR or range, or no bracket, or one that is no interval of its value
            level = None
        elif row.ci is None:
            if _endpoint_class(row.endpoint_text) not in _EVENT_TIME_CLASSES and \
                    not _EVENT_TIME_WORDS.search(row.endpoint_text):
                lo = hi = None
                level = None
            else:
                checks += ("ci_not_named",)  # a time to an event's median and its interval, unnamed: read as its CI
        text = None if v is not None else ("NE" if m.group("nr").upper().startswith("NE") or "estim" in
                                           m.group("nr").lower() else "not reached")
        out.append(_Found(Estimate(measure="median", value=v, value_text=text, ci_low=lo, ci_high=hi, ci_level=level,
                                   unit=row.unit, endpoint=_endpoint_class(row.endpoint_text),
                                   endpoint_text=row.endpoint_text or None, start=m.start("v" if v is not None else
                                                                                       "nr"),
                                   end=m.end(), source="text",
                                   note="read from a table flattened into text: each cell one group's median (which "
                                   "group cannot be told apart)", checks=checks), s))
    return out


_RANGE_AFTER_VALUE = re.compile(rf"\s*(?:{_UNIT_WORDS}\s*)?[(\[][^()\[\]\d]{{0,30}}{_NUM}\s*(?:-|\u2013|to|,)\s*{_NUM}",
                                re.I)
_UNIT_RIGHT_AFTER = re.compile(rf"\s*(?:{_UNIT_WORDS}|{_DAY_D})", re.I)
_LIST_OF_ARM_TIMES = re.compile(rf"\s*(?P<a>[\w/-]+(?:\s*\+\s*[\w/-]+)?)\s*,\s*{_NUM}\s*{_UNIT_WORDS}[^;]*;\s*"
                                rf"[\w/-]+(?:\s*\+\s*[\w/-]+)?\s*,\s*{_NUM}", re.I)
# words that name groups only: "groups", "both groups", "the two arms"
_GROUPS_ONLY = re.compile(r"(?:the\s+)?(?:(?:both|two|three|all|each|either)\s+)?(?:the\s+)?"
                          r"(?:groups?|arms?|cohorts?)", re.I)
# "The median time of hospitalization was …": the time a sentence's subject names
_MEDIAN_TIME_SUBJECT = re.compile(r"\bmedian\s+(?P<x>(?:time|duration|length)\s+(?:of|to|until)\s+"
                                  r"[a-z][\w' -]{2,40}?)\s+"
                                  r"(?:was|were)\b", re.I)
_GROUP_CAPITALS_BEFORE = re.compile(r"(?:(?:was|were)\s*:|:|\),|;|"
                                    # ("…, for patients randomised to RT-GC 9.3 months": the arm the patients were
                                    # assigned to)
                                    r"\b(?i:randomi[sz]ed|randomly\s+assigned|assigned|allocated)\s+to|"
                                    r"\b(?i:receiving|treated\s+with))\s+"
                                    # (a name of capitals and digits, maybe with a small letter: "FU24h + LV")
                                    r"(?P<g>(?-i:[A-Z](?=[a-z0-9-]*[A-Z0-9])[A-Za-z0-9-]+)"
                                    r"(?:\s*\+\s*(?-i:[A-Z](?=[a-z0-9-]*[A-Z0-9])[A-Za-z0-9-]+))?)"
                                    r"\s*$")
_CELL_AFTER = re.compile(r"\s*[(\[][^()\[\]]{0,40}[)\]]\s+[-\u2212]?\d")  # "40.00 (25.00–44.50) 38.00"
_SD_AFTER = re.compile(r"\s*(?:\u00b1|\+/-|\+-)|\+\d")  # "11.6+3.9 min": a "±" lost to "+"
_SD_BEFORE = re.compile(r"(?:\u00b1|\+/-|\+-)\s*$|\d\+$")
# the unit printed after a list of values, each maybe with its bracket: "18 [range 9-25] vs 22 [15-35] mins" (one
# bracket may hold an abbreviation's: "13.4 (CI: 6.9 – not reached [NR]) months")
_NEXT_UNIT = re.compile(r"(?:\s*[(\[](?:[^()\[\]]|[(\[][A-Za-z/]{1,8}[)\]]){0,64}[)\]])?"
                        # (the next items may name their group first: "6.8 (95% CI, 2.6-11.0), for platinum-naive 8.7
                        # (95% CI: 0.8-16.5), and for the platinum-treated group 6.8 (95% CI, 3.7-10) months")
                        rf"(?:\s*(?:,\s*(?:and|or)?|and|or|vs\.?|versus|compared\s+with|to|-)\s*(?:(?:and\s+)?(?:for|in|among)\s+"
                        rf"(?:the\s+)?[A-Za-z][^,;()\[\]\d]{{0,40}}?\s+)?{_NUM}"
                        r"(?:\s*[(\[][^()\[\]]{0,64}[)\]])?){0,6}\s*"
                        r"(?P<u>[A-Za-z\u00b5\u03bc%](?:[\w/%\u00b5.]*[\w/%\u00b5])?)")  # not the full stop after it
# the unit printed as a noun before the values: "median (IQR) days to first feed (3 [1] vs 1 [1])", "median
# hours of ventilation were 12 vs 20" (not "years of age", "months of follow-up", "days of treatment")
_UNIT_NOUN_LEAD = re.compile(r"\s*(?:[(\[][^()\[\]]{0,40}[)\]]\s*)?(?:(?:total\s+)?number\s+of\s+)?"
                             r"(?P<u>days|hours|weeks|months|minutes)\s+"
                             r"(?:to|of|until|on|in|before|spent|from|(?:away\s+from|off)(?=\s+work\b))\s+"
                             r"(?!(?:age|follow|treatment|therapy|exposure|use|study|the\s+study)\b)", re.I)
_UNIT_WORD_ONLY = re.compile(rf"{_UNIT_WORDS}|(?-i:d)", re.I)
# the unit printed in a bracket of its own after the end point, before the values: "median rwOS (mo) was 18.1 in …",
# "Median OS (months) was 18.1 and 24.3 in …" (a bracket of the unit alone, then no other number before the values)
_UNIT_BRACKET_LEAD = re.compile(r"[^()\[\]\d;.]{0,40}?[(\[]\s*(?:in\s+)?"
                                r"(?P<u>months|mo|mos|weeks|wks?|days|d|hours|hrs?|h|years|yrs?)\s*"
                                # ("(months [95% CI]) for all patients was 18.5 (10.3–31.3)")
                                r"(?:[(\[,;]\s*(?:\d{2}\s*%\s*)?CI\s*[)\]]?\s*)?[)\]]\s*(?:,\s*)?"
                                r"(?:for\s+(?:all|the\s+whole|the\s+entire|the\s+overall)\s+[a-z]{4,12}\s+)?"
                                r"(?:(?:was|were|is|are|of)\s+|:\s*|=\s*)"
                                r"(?=[\d<>\u2264\u2265]|not\b|NR\b)", re.I)
_OTHER_UNIT = re.compile(r"(?:[nmµ\u00b5]?g|kg|[mµ\u00b5d]?[lL]|[nmµ\u00b5]?mol|[nmµ\u00b5\u03bc]M|mmHg|cm|mm|IU|U|"
                         r"units?|points?|%|c?Gy|fractions?|"
                         r"[nmµ\u00b5]?g/[a-zA-Z]+|mmol/[lL]|[a-z]+/[a-zA-Z]+\d?|log(?:10)?|beats|breaths|bpm|cc|pg|fl|mEq|cells?|"
                         r"copies|kcal|cal|score|mg/kg|°C|degrees?|ms|msec)", re.I)
_NOT_A_TIME_OUTCOME = re.compile(r"\b(?:levels?|concentrations?|scores?|scales?|counts?|weight|volume|doses?|pressure|"
                                 r"VAS|"
                                 r"index(?!\s+(?:hospital\s+)?(?:admission|hospitali[sz]ation|stay|episode))|size|diameter|number|amount|loss|"
                                 # ("a median value of 5 minutes": the time itself, called its value)
                                 r"values?(?!\s+(?:of|was|were|=|:)\s*(?:\d|$))|"
                                 r"titers?|titres?|ratio|rate|proportions?|abundances?|percentages?|attacks|episodes|"
                                 r"cost|charges?|clearance(?!\s+times?\b)|AUC|Cmax)\b", re.I)
# the end point named first is a time to an event: "Median overall survival for A + low-dose B versus …", "median PFS
# in patients with creatinine clearance ≥ 60 mL/min" (a dose or a level named after it is an arm's or a subgroup's)
_TIME_EVENT_FIRST = re.compile(r"^\W*(?:[\w-]+\s+){0,2}?(?:surviv\w*|[\w-]+[- ]free\s+(?:surviv\w*|interval)|"
                               r"(?-i:[rnci]?PFS|OS|DFS|EFS|RFS|TTP|TTF|DoR|DOR|MFS|CSS|DSS|TTR))\b", re.I)


_DAYS_AWAY_COUNTED = re.compile(r"\bnumber\s+of\s+(?=days\s+(?:away\s+from|off)\s+work\b)", re.I)


def _not_a_time_outcome(region: str, stop: int) -> bool:
    """Whether the words before a median's first value name a level, score or dose measured at a time,
    not a time to an event (and the region does not open on a survival end point)."""
    if "work" in region:  # ("the median number of days away from work": an absence's length, no count)
        region = _DAYS_AWAY_COUNTED.sub(lambda m: " " * len(m.group()), region)
    return (_NOT_A_TIME_OUTCOME.search(region, 0, stop) is not None and not _TIME_TO.search(region, 0, stop)
            and not _TIME_EVENT_FIRST.match(region))


_TIME_TO = re.compile(r"\bTT[DFPR]\b|\b(?:times?|intervals?|durations?|days?|hours?|delay)\s+"
                      r"(?:[(\[][^()\[\]]{1,30}[)\]]\s+)?(?:to|from|until|before|"
                      r"of\s+stay)\b|"
                      r"\blength\s+of\s+(?:stay|hospital)|\bclearance\s+times?\b|"
                      # "median duration of an absolute neutrophil count of less than 1000 cells/mm3": how long a
                      # level stayed past a threshold (a time outcome, not a level)
                      r"\bdurations?\s+of\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:counts?|levels?|concentrations?)\s+"
                      r"(?:of\s+)?(?:less|lower|below|under|<|greater|higher|above|over|>)", re.I)
_AT_A_MEDIAN = re.compile(r"\b(?:at|after)\s+(?:a\s+|the\s+)?median$|"
                          # "At the latest test, median 3.7 years after ART initiation, …": when it was measured
                          r"\b[Aa]t\s+(?:the\s+)?(?:latest|last|final|most\s+recent)\s+(?:test|visit|assessment|"
                          r"follow-?up|contact|measurement)\s*,\s*(?:a\s+)?median$", re.I)
# ... but "progression or death occurred at a median of": the time of the end point's event itself
_EVENT_OCCURRED_AT = re.compile(r"(?:\b(?:progression|death|relapse|recurrence|events?)\b[^.;,()]{0,30}?\s+"
                                r"(?:occurred|happened)|"
                                # "… shortens the time to the first bowel movement, occurring after a median of 65.2
                                # hours in A": the time to the event the clause names
                                r"\btime\s+to\s+[^.;()]{2,60}?,\s+occurring(?=\s+after\b)|"
                                # "fever cleared after a median of 36 hours": the time to the outcome's event
                                r"\b(?:cleared|resolved|recovered|healed|normali[sz]ed|disappeared|subsided|relapsed|"
                                r"progressed|recurred|returned|resumed|reappeared|engrafted|"
                                # "Seven patches were removed after a median period of 94 days": a device's failure
                                r"(?:was|were)\s+(?:removed|explanted|replaced))|"
                                # "The predefined end point (complete healing) was reached after a median of 4 days"
                                r"\b(?:end\s*point|endpoint|clinical\s+situation|target|goal|criterion)\b[^.;,()]{0,20}?"
                                r"\s+(?:was|were)\s+(?:reached|achieved|attained)|"
                                # "return to normal activity occurred after a median of 14 and 21 days"
                                r"\b(?:return|recovery|resolution|healing|discharge|extubation|weaning|remission|engraftment|"
                                r"response|relief|analgesia|sedation)\b[^.;,()]{0,40}?\s+"
                                r"(?:occurred|happened|was\s+(?:achieved|reached|possible|obtained))"
                                r"(?:\s+(?:by|in)\s+\d+(?:\.\d+)?\s*%)?|"
                                # "flatus was passed after a median of 16.0 h", "… occurred after a median of"
                                # (after, not at: "Responses occurred at a median of 8 weeks" says when responders did)
                                r"\b(?:occurred|happened|appeared|developed|(?:was|were)\s+passed)(?=\s+after\b))\s+"
                                r"(?:at|after)\s+"
                                r"(?:a\s+)?median$", re.I)
# "Menses returned after a median of …": what happened, in the text's words
_EVENT_VERB_BEFORE_MEDIAN = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|while)\s+)(?:the\s+)?"
                                       r"(?P<x>[A-Za-z][\w-]*(?:\s+[\w-]+){0,3}?)"
                                       r"\s+(?:(?:was|were)\s+)?(?P<v>cleared|resolved|recovered|healed|normali[sz]ed|"
                                       r"disappeared|subsided|relapsed|progressed|recurred|returned|resumed|reappeared|"
                                       r"engrafted|occurred|happened|appeared|developed|passed)\s+(?:at|after)\s+"
                                       r"(?:a\s+)?median", re.I)
# "352 DFS events": the end point whose events a text counts
_ABBREV_EVENTS = re.compile(r"\b(DFS|PFS|EFS|RFS|IDFS|OS|MFS)\s+events?\b")
# a per-arm time of a time-to-event end point, printed without its summary's name ("OS was 17.2 versus 15.7
# months"): the Kaplan-Meier median is how such times are reported; the estimate's note says it was read so
_EVENT_TIME_CLASSES = frozenset({"OS", "PFS", "DFS", "IDFS", "EFS", "RFS", "TTP", "DoR"})
_EVENT_TIME_WORDS = re.compile(r"surviv\w*|\b\w+[- ]free\b|"
                               r"\btimes?\s+(?:to|until)\s+(?:the\s+)?(?:first\s+)?(?:[\w-]+\s+){0,2}?"
                               r"(?:progression|(?:treatment\s+)?failure|relapse|recurrence|death|next|deterioration|worsening|"
                               # ("The time to neutrophil recovery was shorter with A (24 v 29 days; …)")
                               r"metastas[ie]s|event|recovery|resolution|healing|engraftment|extubation|discharge|"
                               # ("Time to clinical stability was shorter with A (3.0 vs. 4.4 days, HR = 1.33 …)")
                               r"stability|stabili[sz]ation|improvement|defervescence|normali[sz]ation|ambulation|"
                               r"mobili[sz]ation|weaning)\b|"
                               r"\bduration\s+of\s+(?:\w+\s+){0,2}(?:response|remission|benefit|disease\s+control)\b|"
                               # ("the time to first VOC was 4.07 months with A and 1.12 months with placebo", "time to
                               # first seizure", not "time to first dose" nor "time to first antibiotics": care given)
                               r"\btimes?\s+(?:to|until)\s+(?:the\s+)?first\s+(?:on-study\s+)?(?!(?:dose|doses|antibiotics?|"
                               r"treatment|therapy|administration|infusion|injection|contact|visit|assessment)\b)[A-Za-z]"
                               r"[\w-]*|"
                               r"\b(?:TTF|TTNT|TTR|MFS|CSS|DSS|DoCB)\b", re.I)
_IMPLIED_MEDIAN = "not called a median in the text: a per-arm time to an event, read as its median"
_ONE_TIME_IMPLIED = "not called a median in the text: one cohort's time to an event, read as its median"
_MEDIAN_ELSEWHERE = "not called a median in its sentence: the text calls its other times medians"
# "significantly longer time to tumor progression (23.0 v 16.9 weeks, …)": an end point named in full
_TIME_TO_TUMOUR_PROGRESSION = re.compile(r"\btimes?\s+to\s+(?:tumou?r|disease)\s+progression\b", re.I)
# Positive evidence that a median is an outcome's: the words of a time-to-event or duration
# end point (survival, "-free", time to / until, duration of response, length of stay, recovery ...).
_OUTCOME_TIME = re.compile(
    r"surviv\w*|\b\w+[- ]free\b|\b(?:times?|intervals?|days?|hours?|delay)\s+(?:to|until|from\s+\w+\s+to)\b|"
    # "the median length of time before postoperative drains were removed"
    r"\blength\s+of\s+time\s+(?:before|until)\b|"
    # ("the median number of days away from work … was 5 days": an absence's length, as a stay's)
    r"\bdays\s+(?:away\s+from|off)\s+work\b|\bsick(?:ness)?\s+(?:leave|absence)\b|"
    # ("Median (IQR25–75) time in HE was 48 h": the time spent in a state; not time in range, a share of time)
    r"\btimes?\s+(?:spent\s+)?in\s+(?!(?:the\s+)?(?:therapeutic\s+|target\s+)?range\b)(?=[A-Za-z])|"
    # "the spinal catheter was quicker to place (median 3 min, range 1-45 min, compared with median 10 min …)"
    r"\b(?:quicker|faster|slower|sooner|longer)\s+to\s+(?!be\b)[a-z]{3,}|"
    # "IRIS developed a median of 33 days after initiation of ART": when the event came
    r"\b(?:developed|occurred|appeared|emerged|recurred|relapsed)\s+(?:at\s+|after\s+)?(?:a\s+)?(?=median\b)|"
    rf"\b(?:times?|intervals?)\s+from\s+{_TO_OUTCOME_EVENT}|"
    r"\b(?:[rnci]PFS|m?(?:PFS|OS|DFS|EFS|RFS|TTP|TTF|DoR|DOR|LOS|MFS|CSS|DSS|TTR|TFS|TTNT))\b|(?-i:\bMST\b)|"
    # ("The overall median TTS was 4 days (IQR: 2-10)": any "time to" abbreviation, not an echo, a test or a
    # temperature management)
    r"(?-i:\bTT(?![EGMT]\b)[A-Z]{1,3}\b)|"
    r"\bresponses?\b|\bremission|\brelapse|\brecurren\w*|\bprogress\w*|\bdeath|\bdied\b|"
    r"\blength\s+of\s+(?:\w+\s+){0,2}(?:stay|hospitali[sz]ation)|\bstay\b|(?<!had\s)\bstayed\b|\bhospitali[sz]\w*|"
    r"\brecover\w*|\bresolution|\bresol\w*|\bhealing|\bhealed|\brelief|\bimprovement|\bclearance\b|\bcleared\b|"
    r"\bengraft\w*|"  # ("neutrophil engraftment occurred at a median of 21 days": a time to the graft's take)
    r"\blatency\b|"  # ("Mean latency period was 24.1 days … with a median of 12.5 days": rupture to delivery)
    r"\bconversion\b|"  # ("the median time of sputum culture conversion was 64 days")
    r"\bwound\s+care\b|"  # ("the median times needed for wound care": until the wound healed)
    # "induction-to-delivery interval", "skin-to-skin time"
    r"\b\w+[- ]to[- ]\w+\s+(?:interval|time)\b|"
    r"\bextubation|\bdischarge|\bventilat\w*|\brespiratory\s+support|\bweaning|\blasted\b|\bpersist\w*|\bshedding|\bonset\b|"
    # "a shorter period of MV", "in therapy longer (median of 13.5 weeks before dropping out)"
    r"\bMV\b|\bdrop(?:ping|ped)?[- ]?outs?\b|"
    r"\b(?:duration|period)\s+of\s+(?:the\s+)?(?!treatment|therapy|exposure|the\s+intervention|intervention|infusion|"
    r"follow|breast|disease|illness|symptoms?\b)\w+", re.I)
# the event printed after the time: "(median of 13.5 weeks before dropping out)"
_OUTCOME_EVENT_AFTER = re.compile(r"\s*(?:[a-z]+\s+)?(?:before|until|to)\s+(?:dropping\s+out|drop-?out|discharge|"
                                  r"relapse|recurrence|progression|death|recovery|extubation)\b|"
                                  # "patients spent a median of 14 days in the hospital": a length of stay
                                  r"\s*(?:in|at)\s+(?:the\s+)?(?:hospital|ICU|intensive\s+care(?:\s+unit)?)\b", re.I)
# "breastfed / treated / on dialysis for a median of 5 months": how long something was done.
# (also a gain between the arms: "The improvement in median PFS time in the A arm compared with the B arm was 4.3
# months")
_DIFFERENCE_BEFORE = re.compile(r"\b(?:differences?|improvements?|gains?|prolongations?|extensions?)\s+"
                                r"(?:in|of|between)\s+(?:the\s+)?$", re.I)
# (but "differences in the median survival between the groups (P <.001): a) A: 12.1 years, …; b) B: 9.1 years, …":
# each group's median, labelled, in a list)
_GROUP_VALUES_LISTED = re.compile(r":\s*[^:;()\[\]]{1,40}?:\s*\d[^;]*;\s*[^:;()\[\]]{1,40}?:\s*\d")
_TREATED_FOR = re.compile(r"\b(?:treated|received|receiving|took|taking)\b[^.;()]{0,50}\bfor\s+(?:a\s+)?"
                          r"(?:significantly\s+)?(?:longer|shorter)\s+(?:duration|period|time)\b[^.;()]{0,60}[(\[]\s*$",
                          re.I)
_FOR_A_MEDIAN = re.compile(r"\bfor\s+(?:a\s+)?median(?:\s+(?:period|duration|time))?(?:\s+of)?$", re.I)
# "Treatment lasted a median of 18 weeks": how long the intervention was given.
_EXPOSURE_LASTED = re.compile(r"\b(?:treatment|therapy|exposure|infusions?|dosing|intervention|administration|"
                              r"follow[- ]?up|procedures?|surgery|operations?|sessions?)\s+(?:lasted|continued|"
                              r"was\s+continued|took)\s+(?:for\s+)?(?:a\s+)?median$|"
                              # "participants received a median of 38 (25–52) min of therapy"
                              r"\b(?:received|receiving|were\s+given)\s+(?:a\s+)?median$",
                              re.I)
# a landmark's time after a number: "with a 36 month-PFS of 34.5%", "the 5-year overall survival rate"
_LANDMARK_AFTER = re.compile(r"\s*[- ]?(?:month|year|week|day|yr|mo)[- ](?:(?-i:[a-z]{0,2}(?:PFS|OS|DFS|EFS|RFS|CSS))|"
                             r"(?:overall|progression[- ]free|disease[- ]free|event[- ]free|relapse[- ]free)\s+"
                             r"survival|survival\s+(?:rates?|probability)|landmark)\b", re.I)
# how much of something a day: "The median daily duration of skin-to-skin contact was 16.9 hours"
_PER_DAY_AMOUNT = re.compile(r"\s*(?:daily|weekly|nightly|per[- ]day|a[- ]day)\s+"
                             r"(?:duration|time|hours|minutes|length)\b", re.I)
# "home-based rehabilitation (median duration, 5 weeks)": an intervention's own length
_INTERVENTION_LENGTH = re.compile(r"\b(?:rehabilitation|therapy|treatment|intervention|programm?e|training|exercise|"
                                  r"counsell?ing|support|care|prophylaxis|course)\s*[(\[]\s*median\s+duration\b",
                                  re.I)
_DONE_BY_THE_STUDY = re.compile(r"\b(?:treat\w*|receiv\w*|given|exposed|dos\w*|infus\w*|dialys\w*|ventilat\w*|"
                                r"hospitali[sz]\w*|follow\w*|on\s+\w+)\b[^,;()]{0,30}$", re.I)


def _DONE_FOR_COMPARED(sent: str, start: int, end: int) -> bool:
    """"breastfed exclusively for a median of 5 months, compared with 2 months in the control
    villages (P<0.001)": a duration compared between groups with a P value is the outcome, unless
    it is how long the study's own care was given ("treated for a median of …")."""
    return (_COMPARED.search(sent, start, len(sent)) is not None and re.search(r"\bP\s*[=<>≤]", sent[start:], re.I)
            is not None and not _DONE_BY_THE_STUDY.search(sent, max(0, start - 60), max(0, start - 12)))


# A baseline or design cue anywhere in the median's clause: "at presentation", "before surgery".
_BASELINE_ANY = re.compile(r"\b(?:before|prior\s+to|preceding)\s+(?:the\s+)?(?:time\s+of\s+)?(?:first\s+|initial\s+)?"
                           r"(?:enrol\w*|randomi[sz]\w*|"
                           r"baseline|study\s+entry|entry|inclusion|admission|presentation|screening|recruitment|"
                           r"surgery|operation|treatment|therapy|diagnosis|trial|study|referral|consultation|transfer|"
                           r"arrival|visit)|"
                           r"\bat\s+(?:the\s+time\s+of\s+)?(?:presentation|baseline|study\s+entry|entry|enrol\w*|"
                           r"randomi[sz]\w*|inclusion|admission|diagnosis|screening)\b|"
                           r"\bfrom\b[^;()]{0,40}\b(?:to|until)\s+(?:the\s+)?(?:hospital\s+)?(?:randomi[sz]\w*|enrol\w*|"
                           r"inclusion|study\s+entry|entry|admission|presentation|screening|diagnosis)|"
                           r"\bwhen\s+(?:they|patients|participants|women|men|children)\s+(?:entered|enrolled|joined|"
                           r"were\s+(?:randomi[sz]ed|enrolled|included))\b", re.I)
# Before the word median: a state before the study ("had been in remission for a median of"), or a
# clause opened by "At baseline,".
_BEFORE_STUDY = re.compile(r"\bhad\s+been\b[^.;]{0,40}$|^\W*at\s+baseline\s*,[^.;]{0,60}$", re.I)
_ILLNESS_DURATION = re.compile(r"\bduration\s+of\s+(?:the\s+|each\s+|an?\s+)?(?:illness|disease|symptoms?|episodes?|"
                               r"fever|infection|diarrho?ea|delirium|cough|pain)\b", re.I)
_ILLNESS_COMPARED = re.compile(r"\W*(?:\w+\s+){0,2}?duration\s+of\s+(?:the\s+)?(?:illness|disease|symptoms?)\b", re.I)
_TREATMENT_TIME = re.compile(rf"\W*(?:\w+\s+){{0,2}}?(?:{_DURATION_OF_CARE}|"
                             r"treatment\s+duration|"
                             r"time\s+on\s+(?:treatment|therapy))\b", re.I)
_CI_WORD = re.compile(r"\bCI\b|confidence\s+interval", re.I)
# (also "… was 8 days in both groups": a duration reported per group is the trial's outcome)
_SHORTER_OR_P = re.compile(r"\b(?:shorter|longer|reduc\w+|faster|P\s*[=<≤]|in\s+(?:both|each\s+of\s+the|each)\s+"
                           r"(?:groups?|arms?))", re.I)
# Before the value: a time between study procedures, or a characteristic of earlier care
# ("time from randomisation to first dose", "duration of previous therapy").
_PROCESS_OR_PRIOR = re.compile(r"\btime\s+to\s+(?:the\s+)?(?:start\s+of\s+)?(?:treatment|thrombolysis|reperfusion|"
                               r"needle|surgery|intervention)\b(?!\s+(?:failure|discontinuation|change|response|"
                               r"success))|"
                               # "from ictus / onset / injury to surgery": how fast care was given
                               # "from last immunotherapy dose to death": care near the end of life
                               # (not "time to relapse from the last dose of X", an outcome after withdrawal)
                               r"\bfrom\s+(?:the\s+)?last\s+(?:[\w-]+\s+){0,2}?(?:dose|treatment|infusion|cycle|"
                               r"administration)\b(?=[^.;,()]{0,40}\bto\b)|"
                               # (not "median PFS according to central assessment was …": who assessed it)
                               r"(?<!according\s)(?<!due\s)(?<!compared\s)(?<!relative\s)"
                               r"\bto\s+(?:the\s+)?(?:[\w-]+\s+)?(?:measurement|assessment|report|imaging|"
                               r"scan|review)\b|"
                               r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:ictus|onset|injury|stroke|symptoms?|triage|"
                               r"randomi[sz]ation|presentation|arrival|admission|diagnosis)\s+to\s+(?:the\s+)?(?:surgery|"
                               r"operation|treatment|therapy|intervention|thrombolysis|reperfusion|needle|puncture|"
                               r"groin\s+puncture|angiography|PCI|balloon|decompression)\b|"
                               r"\b(?:to|until)\s+(?:the\s+)?(?:first\s+)?(?:dose|dosing|randomi[sz]\w*|enrol\w*|"
                               r"(?:start|initiation)\s+of\s+(?:study\s+)?(?:treatment|therapy|drug)|"
                               # a cell product's manufacturing time ("from leukapheresis to product release")
                               r"product\s+release|release\s+of\s+the\s+product|delivery\s+of\s+the\s+product)\b|"
                               r"\bvein[- ]to[- ]vein\b|\bmanufactur\w*\s+time\b|\bfrom\s+leukapheresis\b|"
                               # resuscitation given: "time to first adrenaline", "to defibrillation"
                               r"\b(?:to|until)\s+(?:the\s+)?(?:first\s+)?(?:adrenaline|epinephrine|defibrillation|"
                               r"shock\s+delivery|chest\s+compressions?|CPR)\b|"
                               # how fast care was given, not a time to an event of the disease
                               r"\b(?:to|until)\s+(?:the\s+)?(?:first\s+)?(?:antibiotics?|antimicrobials?|"
                               r"(?:test\s+)?results?|the\s+OR|operating\s+room)\b|\bdoor[- ]to[- ]\w+\b|"
                               r"\bfrom\s+(?:the\s+)?(?:surgery|operation|admission|arrival|presentation|referral|"
                               r"diagnosis|biopsy)\s+to\s+(?:the\s+)?(?:start\s+of\s+)?(?:adjuvant\s+)?(?:chemotherapy|"
                               r"radiotherapy|treatment|therapy|surgery|OR|operating\s+room|theatre|theater)\b|"
                               # "time between symptom onset and treatment": a delay before the study's care
                               r"\bbetween\b[^;,()]{0,40}\band\s+(?:the\s+)?(?:start\s+of\s+)?(?:treatment|therapy|"
                               r"randomi[sz]\w*|enrol\w*|admission|surgery|dosing)\b|"
                               # (nor "in patients with prior chemotherapy (9.2 v 7.0 months", "with one prior
                               # therapy was …": a group of patients, a count of prior lines naming it)
                               r"(?<!regardless\sof\s)(?<!irrespective\sof\s)(?<!with\s)(?<!without\s)(?<!received\s)"
                               r"(?<!receiving\s)(?<!\bone\s)(?<!\btwo\s)(?<!\bthree\s)(?<![\d+]\s)"
                               r"\b(?:previous|prior|preceding|pre-?study)\b"
                               # (not "(prior chemotherapy: 11.0 vs 3.2 months": a subgroup's label; nor "For
                               # patients who received prior chemotherapy, the median PFS was …": the clause's subgroup)
                               r"(?!\s+(?:[\w-]+\s+){0,3}(?:stud|trial|report|series|analys)|[\w\s-]{0,30}:|"
                               r"[\w\s-]{0,30},\s+(?:the\s+)?median\b)", re.I)
# "performed for the duration of chemotherapy (median of 17 weeks)": the exposure, before the bracket of its median
_EXPOSURE_BEFORE_BRACKET = re.compile(r"\b(?:duration|length|course)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:chemotherapy|"
                                      r"treatment|therapy|radiotherapy|intervention|study\s+drug|exposure|"
                                      r"supplementation)\s*[(\[]\s*$", re.I)
# "the mean time from onset to treatment was 4.2 h (SD 1.2), median 4.2 h": the median after the clause's mean
_MEAN_THEN_MEDIAN = re.compile(r"\bmean\b(?:[^.;]|\.(?=\d)){0,80},\s*(?:and\s+)?(?:the\s+)?median\W*$", re.I)
# "Patients were enrolled a median of 5 (range 1-10) days after the onset of illness"
_ENROLLED_AFTER = re.compile(r".*?\b(?:enrolled|randomi[sz]ed|recruited|included|admitted|presented|treated)\s+"
                             r"(?:at\s+)?(?:a\s+)?median(?:\s+of)?\s+[^.;]{0,40}?\bafter\s+(?:the\s+)?(?:first\s+)?"
                             r"(?:onset|start|beginning|diagnosis|symptoms?|illness)\b", re.I | re.S)
_CARE_GIVEN_WITHIN = re.compile(r"\b(?:installed|applied|started|initiated|administered|given|performed|placed|"
                                r"inserted|delivered)\s+(?:within|after|at|in)\s+(?:a\s+)?median$", re.I)
# Comparison evidence in a clause: arms compared, a P value, "than".
_COMPARED = re.compile(r"\b(?:vs\.?|versus|compared|than|respectively|P\s*[=<>≤≥])|\bp\s*[=<>≤≥]|"
                       r"\bv\.?(?=\s*\d)", re.I)  # ("median 3 days v 4 days")
_RANGE_WORD = re.compile(r"\b(?:range|IQR|interquartile|min(?:imum)?\s*[-,]\s*max)", re.I)
# ("muscle power using the MRC sum score" is a characteristic, not a study's power)
_DESIGN = re.compile(r"\b(?:(?<!muscle\s)(?<!motor\s)(?<!grip\s)power(?!\s+(?:using|score|grade|sum)\b)|"
                     r"sample\s+size|to\s+detect|assum\w*|hypothes\w*|would\s+(?:be\s+)?(?:required|needed)|"
                     # "The noninferiority of A would be shown if the upper boundary of the CI … was less than 1.8"
                     r"would\s+be\s+(?:shown|demonstrated|established|declared|concluded)\s+if\b|"
                     # "a noninferiority margin of hazard ratio was set at 1.32"
                     r"(?:hazard|odds|risk)\s+ratio\s+(?:was|were)\s+(?:set|fixed)\s+(?:at|to)\b|"
                     # "Prespecified criteria for superiority required a hazard ratio of 0.56 or less"
                     r"criteria\s+for\s+(?:superiority|efficacy|futility|non-?inferiority)|"
                     r"are\s+required|is\s+required|expected\s+to|target(?:ed)?\s+(?:hazard|improvement)|"
                     # "Noninferiority of A … required a hazard ratio of more than 1.35": the criterion planned
                     r"(?:non-?inferiority|superiority)\b[^.;]{0,120}\brequired|"
                     # "non-inferiority was shown if the upper limit of the … CI for the HR was less than 2.02"
                     r"(?:non-?inferiority|superiority)\s+(?:was|is|would\s+be)\s+(?:shown|established|declared|"
                     r"concluded|demonstrated)\s+if|"
                     # "(95% CI upper bound of hazard ratio < 1.30)": a margin, stated as the CI's planned bound
                     r"upper\s+(?:bound|limit)\s+of\s+(?:the\s+)?(?:hazard|odds|risk)\s+ratio(?=\s*(?:<|\u2264|below|less))|"
                     r"(?:non-?inferiority\s+)?margin)\b", re.I)
# (the adjective "previous" alone is the patients' history: "previous stroke", "in the previous 2 weeks";
# other studies are named by the alternatives below: "previous trials", "a previous meta-analysis")
# a reference number right after an estimate's bracket: "(RR 1.51, 95% CI 1.15-1.97)[3]", "(HR 0.89, …) [34]."
# (also after "respectively", or printed as a superscript glued to the bracket: "(HR 0.81 …) in the ITT population
# (n = 438)8 and", "(RR 1.59 …).[9]")
_CITED_AFTER = re.compile(r"(?:[)\]]\.?|\brespectively)\s*\[\s*\d{1,3}(?:\s*[,\u2013-]\s*\d{1,3})*\s*\]|"
                          r"\)\.?\d{1,3}(?:[,\u2013-]\d{1,3})*(?=\s+[a-z]|\s*$|\.\s)")
_BACKGROUND_CUE = re.compile(r"\b(?:previously(?!\s+(?:un)?treated\b|\s+(?:received|exposed|diagnosed|"
                             # ("patients previously allocated simvastatin": this trial's arms, in its follow-up)
                             r"irradiated|vaccinated|infected|lines?|therapy|treatment|chemotherapy|allocated|assigned|"
                             # ("more likely to have been previously admitted to ICU (OR 11.2)": the patients' history)
                             r"admitted|hospitali[sz]ed|enrolled|included|"
                             r"randomi[sz]ed|"
                             # "all previously mentioned confounders": this text's own earlier words
                             r"mentioned|described|defined|listed|specified|noted)\b|"
                             # "the benefit previously reported was sustained: HR …": this analysis's update
                             r"\s+(?:reported|shown|observed|demonstrated)\s+(?:was|were|is|are|has\s+been|remains?|"
                             r"remained)\s+(?:sustained|maintained|confirmed|preserved|durable)\b)|"
                             r"prior\s+(?:studies|trials)|has\s+been\s+shown|have\s+shown|"
                             r"(?:was|were)\s+reported\s+(?:previously|earlier|before|elsewhere|in\s+(?:previous|earlier|"
                             r"prior|other|the\s+literature|a\s+previous|an\s+earlier))|"
                             r"in\s+historical|(?:has|have)\s+been\s+reported|"
                             r"(?:earlier|previous|prior|published)\s+(?:studies|trials|reports|work|research|data|"
                             r"evidence|literature|meta-analys[ie]s)|other\s+(?:studies|trials)|"
                             # "in an earlier placebo-controlled trial", "a similar trial", "by another group"
                             r"(?:an?|the|one|another)\s+(?:earlier|similar|prior|previous|published|historical|other)\s+"
                             r"(?:[\w-]+\s+){0,3}?(?:trials?|stud(?:y|ies)|reports?|analys[ie]s|series|cohorts?)|"
                             r"another\s+(?:trial|study|group|report|cohort)|by\s+(?:other|another)\s+(?:groups?|"
                             r"investigators|authors)|"
                             # "A recent meta-analysis reported", "A Cochrane review shows", "Falcone et al."
                             r"(?:an?|one|another)\s+(?:recent\s+|large\s+|previous\s+)?(?:meta-analys[ie]s|"
                             r"systematic\s+review|Cochrane\s+review|pooled\s+analysis)|et\s+al|"
                             r"(?-i:[A-Z][a-z]+)\s+and\s+(?:colleagues|co-workers|coworkers))\b", re.I)
# The document's own data, named as such: "in our cohort", "in the present study", "in this trial".
_OWN_CUE = re.compile(r"\b(?:in|from|of)\s+(?:our|the\s+present|this|the\s+current)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:study|trial|cohort|series|analysis|emulation|population|sample)\b|\bwe\s+(?:found|observed)\b|"
                      # "We could replicate 2 previously reported associations: X (OR 4.18 …)": our own estimate
                      r"\bwe\s+(?:could\s+|were\s+able\s+to\s+)?(?:replicate|replicated|confirm|confirmed)\b",
                      re.I)
# "Survival was longer in A than in B (13.6 vs. 5.6 months, HR 0.45 …)": bare survival with times and a hazard ratio
_SURVIVAL_WITH_HR = re.compile(r"\bsurvival\b(?=[^.;]*?[(\[]\s*\d+(?:\.\d+)?\s*(?:vs\.?|versus|v\.?)\s*\d+(?:\.\d+)?\s*"
                               r"(?:months|weeks|years|days)\s*[,;]\s*(?:HR|hazard\s+ratio)\b)", re.I)
# "an improvement in survival with A versus B (n = 473; 10.8 v 9.4 months, respectively)": survival, then a pair of
# times in the bracket the clause closes with
_SURVIVAL_PAIR = re.compile(r"\bsurvival\b[^.;()\[\]]{0,80}[(\[][^()\[\]]{0,30}?(?<![\d.])\d+(?:\.\d+)?\s*"
                            r"(?:vs\.?|versus|v\.?)\s*\d+(?:\.\d+)?\s*(?:months|years|weeks)\b", re.I)
_ENDPOINT_MENTION_BASE = (
    # ("had OSs of 6.4 months versus 20 months …": the plural of the abbreviation)
    r"progression[- ]free\s+survival|\bPFSs?\b|overall\s+survival|\bOSs?\b|disease[- ]free\s+survival|\bDFS\b|"
    r"(?:(?:all[- ]cause|cardiovascular|cardiac|(?-i:CV)|cancer[- ]specific|disease[- ]specific|non-?relapse)\s+)?"
    r"mortality|"
    r"invasive\s+(?:breast\s+cancer|disease)[- ]free\s+survival|\bI(?:DFS|BCFS)\b|event[- ]free\s+survival|\bEFS\b|"
    r"(?:relapse|recurrence)[- ]free\s+survival|\bRFS\b|times?\s+to\s+(?:(?:extra-?)?hepatic\s+|local\s+|distant\s+)?"
    r"progression|\bTTP\b|duration\s+of\s+response|"
    r"\bDoR\b|\bDoCB\b|duration\s+of\s+clinical\s+benefit|quality\s+of\s+life|"
    r"(?:disease\s+)?progression\s+or\s+death|"
    r"\brisk\s+of\s+(?:(?-i:CV)\s+|cardiovascular\s+|cardiac\s+)?death\b")
# (slower alternatives, tried only in a text that has their words: "distant metastasis-free survival", "biochemical
# or clinical failure-free survival", "colorectal cancer mortality")
_ENDPOINT_MENTION_MORE = (
    r"\b(?:(?:distant|biochemical|clinical|local|locoregional|regional|systemic)\s+(?:or\s+(?:distant|biochemical|"
    r"clinical|local|locoregional|regional)\s+)?)?[\w-]+-free\s+survival\b|\b(?:[a-z-]+\s+)?cancer\s+mortality|"
    # (a cause of death keeps its words: "non-coronary vascular mortality (0.93, …)" is no death from any cause)
    r"\b(?:non-?coronary\s+vascular|non-?(?:vascular|cardiovascular|cancer|coronary|cardiac)|coronary(?:\s+heart\s+"
    r"disease)?|vascular|respiratory|stroke|infection|sepsis|[a-z]+-related|[\w]+-specific|"
    # ("cardiovascular disease mortality", "coronary heart disease mortality": deaths from that disease)
    r"(?:[a-z]+\s+){1,2}disease)\s+mortality")


class _TwoSpeed:
    """A pattern whose slow alternatives are tried only in a text that holds one of their cue words (the same
    matches as the full pattern, at the speed of the short one elsewhere)."""

    def __init__(self, base: str, more: str, cues: tuple[str, ...], flags: int) -> None:
        self.fast = re.compile(base, flags)
        self.full = re.compile(f"{more}|{base}", flags)
        self.cues = cues

    def _pick(self, text: str) -> re.Pattern[str]:
        return self.full if any(c in text for c in self.cues) else self.fast

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self._pick(text).search(text, pos, len(text) if endpos is None else endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self._pick(text).fullmatch(text, pos, len(text) if endpos is None else endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        return self._pick(text).finditer(text, pos, len(text) if endpos is None else endpos)


_ENDPOINT_MENTION = _TwoSpeed(_ENDPOINT_MENTION_BASE, _ENDPOINT_MENTION_MORE,
                              ("free", "Free", "FREE", "ortality", "ORTALITY"), re.I)
# a list item's label that is an end point, not a covariate: "…; death from any cause, 0.84 (0.74 to 0.95)"
_LABEL_IS_ENDPOINT = re.compile(r"(?:the\s+)?(?:risk\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:death(?:\s+from\s+any\s+cause)?|"
                                r"mortality|progressions?|relapses?|recurrences?|strokes?|myocardial\s+infarctions?|"
                                r"hospitali[sz]ation|(?-i:MI)|angina|fractures?|(?:cardio|cerebro)?vascular\s+events?|"
                                r"(?:coronary|cardiac|(?-i:CV)|thromboembolic|adverse)\s+events?)", re.I)
# an end point's name right before the bracket of a bare pair (see ``_BARE_AND_PAIR``)
_EP_THEN_AND_PAIR = re.compile(rf"(?:{_ENDPOINT_MENTION_BASE})\s*[(\[]\s*$", re.I)


def _float(s: str | None) -> float | None:
    return M.number(s) if s else None


def _num_of(s: str) -> float:
    """A number matched by a pattern of this module (``_NUM`` reads "0. 7", a line-wrapped "0.7", which ``float``
    does not)."""
    v = M.number(s)
    return float(s) if v is None else v


def _clean_endpoint(s: str) -> str:
    if re.fullmatch(r"\W*(?:respectively|overall|in\s+total)\W*", s, re.I):
        return ""  # "…, respectively (p = 0.0001, hazard ratio 10.2)": no outcome's name
    if re.fullmatch(r"\W*(?:(?:the|an?)\s+)?(?:(?:adjusted|unadjusted|crude|pooled)\s+)?(?-i:[HOR]R|IRR|aOR|aHR)s?\W*",
                    s, re.I):
        return ""  # "Adjusted OR was not significant (OR 0.48, …)": the measure's own name is no outcome's
    if re.fullmatch(r"\W*(?:an?\s+)?(?:(?:statistically|clinically)\s+)?(?:significant(?:ly)?|non-?significant|"
                    r"marked|modest|small|large)\s+(?:increases?|decreases?|reductions?|differences?|improvements?|"
                    r"associations?|effects?|benefits?)\W*", s, re.I):
        return ""  # "… associated with a significant increase (HR 1.29 …) in all-cause mortality": no outcome's name
    if re.search(r"[+-]/[A-Za-z]{1,8}-$", s):
        return _clean_endpoint(s[:-1]) + "-"  # "PA+/HE-": a level's sign is part of its name
    s = re.sub(r"^\s*[(\[][^()\[\]]{0,20}[)\]]\s*", "", s)  # "median (IQR) time to …"
    # "median (interquartile range [IQR]) latencies": a bracket with one nested bracket
    s = re.sub(r"^\s*[(\[](?:[^()\[\]]|[(\[][^()\[\]]{0,10}[)\]]){0,40}[)\]]\s*", "", s)
    # "Median (95% confidence interval) fever clearance times": the bracket's rest after its opening
    s = re.sub(r"^\s*[(\[]?[^()\[\]]{0,30}?(?:\bCI|confidence\s+intervals?|IQR|range)\s*[)\]]\s*", "", s, flags=re.I)
    s = s.strip(" ,:;=-([")
    s = re.sub(r"\s+(?:for|in)\s+(?:both|all|the\s+two|each)\s+(?:arms|groups)$", "", s, flags=re.I)
    # "progression free survival (iPFS) of the three groups": the outcome, not the groups it was reported for
    s = re.sub(r"\s+(?:of|in|for|among)\s+(?:the\s+|these\s+|all\s+)?(?:two|three|four|five|[2-6])\s+"
               r"(?:arms|groups|cohorts)$", "", s, flags=re.I)
    s = re.sub(r"^(?:and|or)\s+(?:the\s+)?means?\s+", "", s, flags=re.I)  # "median and mean times to discharge"
    # "PFS (months [95% CI]) for all patients": the unit's bracket and the whole sample it was printed for
    s = re.sub(r"\s*[(\[]\s*(?:in\s+)?(?:months|mo|weeks|days|hours|years)\s*(?:[(\[,;]\s*(?:\d{2}\s*%\s*)?CI\s*"
               r"[)\]]?)?\s*[)\]](?:\s+for\s+(?:all|the\s+whole|the\s+entire|the\s+overall)\s+[a-z]{4,12})?$", "", s,
               flags=re.I)
    s = re.sub(r"\s*[(\[][^()\[\]]*$", "", s)  # "overall survival (R+GC": a bracket left open, the groups' values
    if s.count(")") > s.count("(") and s.endswith(")"):
        s = s[:-1]  # "median overall survival (mOS) was …": the name's own abbreviation, its bracket's close left
    # "time to latching on than control infants" (not a threshold: "Apgar score less than seven at five minutes")
    s = re.sub(r"(?<!\bless)(?<!\bmore)(?<!\bfewer)(?<!\bgreater)\s+than\s+(?:in\s+)?(?:the\s+)?[\w -]{1,40}$", "", s)
    # "overall survival for the 538 (65%) of 829 patients assigned to A": the group, counted, not the outcome
    s = re.sub(r"\s+(?:for|in|among)\s+(?:the\s+)?\d+\s*(?:[(\[][^()\[\]]*[)\]]\s*)?of\s+\d+\s.*$", "", s)
    # "incident HF among 1954 participants without baseline HF": the set analysed, counted, not the outcome
    s = re.sub(r"\s+(?:for|in|among|of)\s+(?:the\s+|all\s+)?\d[\d,]*\s+(?:(?:eligible|evaluable|assessable|"
               r"randomi[sz]ed|enrolled|treated)\s+)?(?:patients|participants|subjects|people|individuals|"
               r"women|men|children|adults|infants)\b.*$", "", s)
    while True:
        t = re.sub(r"\s*\b(?:was|were|is|of|had|has|have|been|reached|occurred|from|to|by|at|it|as|when|than|with|for|"
                   r"in|among|"
                   r"after|versus|vs|compared|and|or)\s*$", "", s).strip(" ,:;-([")  # ("risk of recurrence when")
        if t == s:
            break
        s = t
    s = re.sub(r"^(?:results?|findings|conclusions?|main\s+results)\s*:\s*", "", s, flags=re.I)  # a section's heading
    # "median OS favoured A versus B (49.5 versus 35.5 months; …)": the outcome, not which group it favoured
    s = re.sub(r"\s+(?:favou?red|favou?ring|in\s+favou?r\s+of)\s+\S.*$", "", s, flags=re.I)
    # "median rwOS (mo) was …": the unit's own bracket is no part of the outcome's name
    s = re.sub(r"\s*[(\[]\s*(?:in\s+)?(?:months|mo|mos|weeks|wks?|days|d|hours|hrs?|h|years|yrs?)\s*[)\]]$", "", s,
               flags=re.I)
    s = re.sub(r"^((?:OS|PFS|DFS|EFS|RFS|TTP|DoR|DOR)\b)\s+rates?\b", r"\1", s)  # "mOS rates of 9 months": medians
    # ("Median overall survival (OS) rates were 21.6 and 13.9 months": medians so misnamed)
    s = re.sub(r"^((?:overall|progression-free|disease-free|event-free)\s+survival(?:\s*\((?:OS|PFS|DFS|EFS)\))?)"
               r"\s+rates?$", r"\1", s, flags=re.I)
    s = re.sub(r"^(?:the|a|an)\s+", "", s, flags=re.I)
    s = re.sub(r"\b(?:the|a|an)\s+", "", s, flags=re.I)
    # "the increase in X alone was not significant": the outcome without what was said of it
    s = re.sub(r"\s+(?:was|were)\s+(?:not\s+)?(?:statistically\s+)?(?:significant|similar|different|comparable)$", "",
               s, flags=re.I)
    # "median times needed for wound care, with 25th and 75th percentiles, were": the statistics' names are no outcome
    s = re.sub(r",?\s+with\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+and\s+\d+(?:st|nd|rd|th)\s+percentiles|"
               r"interquartile\s+ranges?|IQRs?|ranges?|\d{2}\s?%\s*(?:CIs?|confidence\s+intervals?))$", "", s,
               flags=re.I)
    # "death, stratified by WHO performance status": the outcome, not how the model was built
    s = re.sub(r",?\s+(?:stratified|adjusted|controlled)\s+(?:by|for)\b.*$", "", s, flags=re.I)
    # "No significant difference in treatment failure was seen for A": the outcome, not that it was seen
    s = re.sub(r"\s+(?:was|were)\s+(?:not\s+)?(?:seen|observed|found|noted|detected|shown)$", "", s, flags=re.I)
    # "for first report of nausea", "times to recurrence for patients who had …": no dangling preposition or clause
    s = re.sub(r"^(?:for|of)\s+(?=\w)", "", s, flags=re.I)
    s = re.sub(r"\s+(?:for|in|among)\s+(?:patients|participants|those|subjects)\s+(?:who|that|which)\b.*$", "", s,
               flags=re.I)
    # "VFDs in both ITT group and in prespecified sepsis subgroup": the outcome, not the sets it was reported for
    s = re.sub(r"\s+in\s+both\s+(?:the\s+)?\S.*\b(?:groups?|subgroups?|populations?|arms?|sets?|cohorts?)$", "", s,
               flags=re.I)
    # "an increase in non-CABG major bleeding": the outcome, not the direction of its change
    s = re.sub(r"^(?:(?:significant|marked|small|large)\s+)?(?:increase|decrease|reduction|rise|fall)\s+(?:in|of)\s+"
               r"(?=\w)", "", s, flags=re.I)
    return s.strip() if re.search(r"[A-Za-z]", s) else ""  # ("median = 12.5 vs 18 days": no words, no end point)


def _clean_arm(s: str | None) -> str | None:
    if not s:
        return None
    s = re.sub(r"\s*[*\u2020\u2021]+\d*$", "", s)  # "placebo + GnRH therapy*1": a footnote's mark and number
    s = re.sub(r"^(?:and\s+)?(?:for|in|with|on)\s+", "", s.strip(), flags=re.I)  # "…; for doxorubicin 268 days"
    # a bare section label before the group: "RESULTS Clonidine, as compared with placebo, …"
    s = re.sub(r"^(?-i:RESULTS?|FINDINGS|CONCLUSIONS?|METHODS|BACKGROUND|OBJECTIVES?)\s+(?=(?-i:[A-Z]))", "", s)
    # (an arm named "A": "the A group" keeps its letter; only a lowercase "a" is an article)
    s = re.sub(r"^(?:(?i:the|an|(?:patients|those|participants)\s+(?:receiving|treated\s+with|given|"
               r"(?:assigned|randomi[sz]ed|allocated)(?:\s+to)?))|a)\s+", "", s.strip())
    if re.search(r"\b(?:trend|favou?r|significan\w*|differences?)\b", s, re.I):
        return None  # "20 months with a nonsignificant trend in favor of doxorubicin": no group's name
    if re.fullmatch(r"(?:these|those|the\s+(?:two|three|four))\s+(?:groups|arms)", s, re.I):
        return None  # "The median survival time in these groups was 188, 259, and 252 days": every group, in turn
    if re.fullmatch(r"(?:both|either|each|all|any)\s+\w+", s, re.I):
        return s  # "either arm", "each group": the words of the text, not a group's name
    if re.fullmatch(r"(?:hospital|ICU|intensive\s+care(?:\s+unit)?|ward)", s, re.I):
        return None  # "spent a median of 14 days in the hospital": where the time was spent, not a group
    s = re.sub(r"^(?:group|arm)\s+(?:receiving|treated\s+with|given)\s+|\s+as$", "", s, flags=re.I)  # "group given X"
    # "… with oseltamivir 150 mg than with placebo": the comparison's other side is not part of the name
    s = re.sub(r"\s+(?:than|versus|vs\.?|compared\s+(?:with|to))\s+(?:with\s+|in\s+)?(?:the\s+)?[\w+/-]+"
               r"(?:\s[\w+/-]+)?$", "", s, flags=re.I)
    s = re.sub(r"\s+(?:group|arm|cohort|patients)$", "", s, flags=re.I)
    # "TPC in prespecified subgroups": the analysis, not part of the group's name
    s = re.sub(r"\s+(?:in|across)\s+(?:all\s+|the\s+)?(?:pre-?specified\s+|exploratory\s+|post[- ]hoc\s+)?subgroups?"
               r"(?:\s+analys[ie]s)?$", "", s, flags=re.I)
    if re.fullmatch(r"(?i:the|an|this|that|those|these|it)|a", s.strip()):  # (not "A", a group's name)
        return None  # "… in the group that received X": the article alone is no group's name
    return s.strip() or None


# ---------------------------------------------------------------------------
# Tokens: numbers (dot, middle dot made dot, thousands, MEDLINE wrap "0. 51"), words, brackets
# ---------------------------------------------------------------------------

_TOKEN = re.compile(
    rf"(?P<num>(?<![\w.])\d{{1,3}}(?:,\d{{3}})+(?![\d,.])|(?<!\d)\d\.\s(?=\d{{1,3}}\b)\d{{1,3}}|{_WRAPPED_TIME}|\d+\.\d+|\d+|\.\d+)"
    r"|(?P<word>[A-Za-z][A-Za-z']*)"
    r"|(?P<op><=|>=|&lt;|&gt;|&le;|&ge;|[\u2264\u2265<>=])"
    r"|(?P<open>[(\[{])|(?P<close>[)\]}])"
    r"|(?P<sym>\S)")


@dataclass(frozen=True)
class _Tok:
    kind: str   # num, word, op, open, close, sym
    text: str
    start: int
    end: int


def _tokens(sent: str) -> list[_Tok]:
    toks = [_Tok(m.lastgroup or "sym", m.group(), m.start(), m.end()) for m in _TOKEN.finditer(sent)]
    if not re.search(r"\d\.\d+\.\d", sent):
        return toks
    out: list[_Tok] = []
    for t in toks:
        if out and t.kind == "num" and t.text.startswith(".") and out[-1].kind == "num" and out[-1].end == t.start and \
                (glued := _glued_limits(out[-1], t)) is not None:
            # "OR 1.93, 1.063.52, P < 0.05": a CI whose dash a PDF copy lost, read as its two limits
            out[-1:] = list(glued)
            continue
        out.append(t)
    return out


def _glued_limits(a: _Tok, b: _Tok) -> tuple[_Tok, _Tok, _Tok] | None:
    """The two limits of "1.063.52" (tokens "1.063" and ".52"): the lower limit printed to as many decimals as the
    upper one, the upper limit's integer part the lower's last digits; None unless lower ≤ upper."""
    places = len(b.text) - 1
    whole, _, frac = a.text.partition(".")
    if len(frac) <= places:
        return None
    lo_text = f"{whole}.{frac[:places]}"
    hi_text = frac[places:] + b.text
    if hi_text.startswith("0") and len(hi_text.split(".")[0]) > 1 or _num_of(lo_text) > _num_of(hi_text):
        return None
    cut = a.start + len(lo_text)
    return (_Tok("num", lo_text, a.start, cut), _Tok("sym", "-", cut, cut), _Tok("num", hi_text, cut, b.end))


# ---------------------------------------------------------------------------
# Ratio grammar:  MEASURE [abbrev] [(level CI)] [for ENDPOINT] [was|of|=|,] VALUE CI? P?  (, VALUE CI)*
# ---------------------------------------------------------------------------

# a subscript flattened onto a ratio's abbreviation, up to the value: "top vs bottom tertile 1.35", "1SD-increase
# (95% CI):"
_FLAT_SUBSCRIPT = r"(?-i:(?!adj)(?:[a-z]{2,}|\d(?:st|nd|rd|th)|\d?SD)[\w.+-]*(?:\s+[\w.-]+){0,4}?\s*[(\[:=]?\s*\d)"
# a sentence whose subject is compared between the groups: "The combined outcome of X was more common in …"
_SUBJECT_COMPARED = re.compile(r"\W*(?:(?-i:[A-Z]{4,}):?\s+)?(?:the\s+)?(?:(?:combined|composite|primary|secondary)\s+"
                               r"(?:outcome|end\s*-?\s*point)\s+of\s+)?(?P<x>[A-Za-z][^,;()\[\]]{2,80}?)\s+(?:was|were)\s+"
                               r"(?:(?:not\s+)?(?:significantly|slightly|much|somewhat|numerically)\s+)?(?:more\s+(?:common|"
                               r"frequent|likely)|less\s+(?:common|frequent|likely)|higher|lower|greater|similar)\b",
                               re.I)
_GLUED_NAME = re.compile(r"(?:a|s|M|aM|A|adj)?(?:HR|OR|RR|IRR)s?(?P<sub>[a-z0-9][\w.+-]*)")
_MEASURE_WORD = re.compile(
    r"(?<![\w-])(?P<w>(?i:(?=[hiors])(?:hazards?[\s-]+ratios?|hazards?\s+ration(?=\s*[(\[]\s*[aA]?HR\s*[)\]])|relative\s+risk\s+ratios?|relative\s+(?:hazards?|risks?)|"
    r"relative\s+odds(?=\s+(?:of\s+[\w-]+\s*)?[,:=(])|odds?[\s-]+ratios?"
    # ("the odds of fracture risk were 0.60 (95% CI …)": the odds, compared, with a CI: an odds ratio)
    # ("The unadjusted odds of death for patients discharged from ICU at night was 1.35 (95% confidence interval, …")
    r"|(?:(?<=the\s)|(?<=the\sadjusted\s)|(?<=the\sunadjusted\s)|(?<=the\scrude\s))odds"
    r"(?=\s+of\s+[\w -]{2,60}?\s+(?:was|were)\s+\d*\.\d+\s*[(\[]\s*(?:\d{2}(?:\.\d+)?\s?%\s*)?(?:CI\b|confidence\s))"
    r"|risk[\s-]+ratios?|(?<!standardized\s)(?<!standardised\s)incidence[\s-]+(?:rate[\s-]+|density[\s-]+)?ratios?|rate[\s-]+ratios?|subdistribution\s+hazard\s+ratios?|sub-?hazard\s+ratios?"
    # ("the relative incidence (risk window vs. all other times) … was 0.83 (95% CI …)": a self-controlled case
    # series' rate ratio; "relative rate of infection, 0.52"; not "relative rate reduction")
    r"|relative\s+(?:incidences?|rates?)(?!\s+(?:reductions?|increases?|differences?)\b)"
    r"|hazard\s+rate(?=\s*[=:]\s*\d?\.\d|\s*(?:\[HR\]\s*)?,\s*\d+(?:\.\d+)?\s*;\s*\d{2}\s?%\s*CI\b)))"
    r"|(?=[HOIRasMAcp])(?:HRs?|aHRs?|AHRs?|sHRs?|csHRs?|sdHRs?|sub-HRs?|ORs?|aORs?|AORs?|RRs?|aRRs?|IRRs?|aIRRs?|MRRs?|aMRRs?|MH-(?:OR|RR)s?"
    r"|p-(?:OR|RR|HR)s?)"  # ("p-OR = 2.5": a meta-analysis' pooled odds ratio)
    # (a prevalence ratio, an RR: spelled, or adjusted "aPR" only with a ratio's value and CI after it: "aPR = 1.51;
    # 1.24-1.84"; never "PR" alone, a partial response: "in patients with PR 8.3 (95% CI 5.6-11.0) months")
    r"|(?=[pa])(?:(?i:(?<=[\s(\[])prevalence\s+ratios?)"
    r"|(?-i:aPRs?)(?=\s*[=:,]?\s*\d*\.\d+\s*[;,(\[]\s*(?:\d{2}\s?%|CI\b|\d*\.\d+\s*(?:-|\u2013|to)\s*\d)))"
    # ("BCSD SHR = 0.64; 95%CI, 0.47-0.88": a subdistribution hazard ratio, only with its value and CI, for SHR is
    # also a strain of rats)
    r"|SHR(?=\s*[=:,]?\s*\d*\.\d+\s*[;,(\[]\s*(?:\d{2}\s?%|CI\b))"
    # (or alone with its value in a bracket: "higher for AC (SHR, 1.17) and CC (SHR, 1.13)")
    r"|(?<=[(\[])SHR(?=\s*[=:,]\s*\d*\.\d+\s*[)\]])"
    r"|(?:HR|OR|RR|IRR)adj|adj(?:HR|OR|RR|IRR))"  # "ORadj = 1.44", "adjOR 2.1"
    r"(?:(?=per\b)|(?-i:(?=[A-Z][a-z]{2,}\s*=))|(?-i:(?<=o)(?=adj\s*[=:]))|(?-i:(?<=[A-Z])(?=\d+\.\d))|"
    # a subscript flattened onto the name: "HRtop vs bottom tertile 1.35 [95% CI …]", "OR4thvs.1stquartile (95% CI)"
    r"(?-i:(?<=[A-Z])(?=" + _FLAT_SUBSCRIPT + "))|"
    # an end point's capitals flattened onto the name: "RRCHD: 0.95 (95% CI: 0.92-0.98)", "RRHF: 0.96 (…)"
    r"(?-i:(?<=RR|HR|OR)(?=(?!QOL)[A-Z]{2,4}\s*:\s*\d*\.\d+\s*[(\[]))|"
    # ("odds ratioMR = 1.61, 95% confidence interval …": the analysis's capitals after the spelled name)
    r"(?-i:(?<=[a-z])(?=[A-Z]{1,4}\s*=\s*\d*\.\d))|"
    r"(?![\w]|-(?![\d.])))")
# (not "ARR", the absolute risk reduction; "HRper SD", "HRTreatment=0.86" glued; "hazard rate = 0.82" printed for
# the ratio, but not "a hazard rate of 0.05 per year")
_MEASURE_CODE = (("hazard", "HR"), ("hr", "HR"), ("ahr", "HR"), ("shr", "HR"), ("cshr", "HR"), ("sdhr", "HR"),
                 ("sub-hr", "HR"),
                 ("subdistribution", "HR"),
                 ("odds", "OR"), ("odd", "OR"), ("or", "OR"), ("aor", "OR"), ("risk", "RR"), ("relative risk", "RR"),
                 ("rr", "RR"), ("arr", "RR"), ("incidence", "IRR"), ("rate", "IRR"), ("irr", "IRR"),
                 ("airr", "IRR"), ("mrr", "IRR"), ("amrr", "IRR"), ("adjhr", "HR"), ("adjor", "OR"), ("adjrr", "RR"),
                 ("adjirr", "IRR"), ("prevalence", "RR"), ("apr", "RR"))  # MRR: mortality rate ratio
_CI_ADJECTIVES = frozenset({"nominal", "adjusted", "unadjusted", "two-sided", "approximate", "corresponding",
                            "bootstrap", "bootstrapped", "exact", "robust", "wald"})
_ABBREVS = frozenset({"HR", "HRS", "AHR", "SHR", "CSHR", "SDHR", "OR", "ORS", "AOR", "RR", "RRS", "ARR", "IRR", "AIRR",
                      "MRR", "AMRR",
                      "COX", "HRADJ", "ORADJ", "RRADJ", "IRRADJ", "ADJHR", "ADJOR", "ADJRR", "ADJIRR"})
_CI_VOCAB = frozenset({"ci", "cis", "ic", "confidence", "interval", "intervals", "cl", "limits", "limit", "credible",
                       "bayesian", "confidential", "confident",  # ("95% confidential interval", a slip in print)
                       "ci's", "bound", "bounds", "range", "uncertainty", "cri", "crl", "cri's",
                       "rci"})  # (a repeated confidence interval of a group-sequential design)
_VERBS = frozenset({"was", "were", "is", "are", "of", "being", "respectively", "at", "be", "been", "equal", "equals",
                    "to", "estimated",
                    "reached", "amounted", "showed", "gave", "yielded", "with", "about", "approximately",
                    "remained", "decreased", "increased", "became",
                    "set", "fixed", "defined"})  # ("a noninferiority margin of hazard ratio was set at 1.32")
_UNIT_AFTER = re.compile(r"\s*(?:%|percent\b|per\s*cent\b|months?\b|mo\b|weeks?\b|wk\b|days?\b|years?\b|yr\b|"
                         r"hours?\b|h\b|mg\b|g\b|kg\b|ml\b|mmol|patients\b|participants\b|cases\b|points?\b|"
                         r"million\b|billion\b|thousand\b|"  # ("a reference cohort of 4.3 million men": a count)
                         r"times\b|fold\b|-fold\b|x\b|cm\b|mm\b|mmHg\b|bpm\b|beats\b|cycles?\b|courses?\b|"
                         r"cells?\b|copies\b|ng\b|pg\b|doses?\b|sessions?\b|fractions?\b|visits?\b|Gy\b|cGy\b|mcg\b|\u00b5g\b|IU\b|units?\b|"
                         r"/)", re.I)
_VERSUS_THEN_CI = re.compile(r"\s+(?:for\s+(?P<a>[A-Za-z][^()\[\]\d;,.]{1,40}?)\s+)?"
                             r"(?:versus|vs\.?|compared\s+(?:with|to))\s+"
                             r"(?P<b>[A-Za-z][^()\[\]\d;,.]{1,40}?)\s*[;,]\s*"
                             r"(?=(?:\d{2}(?:\.\d+)?\s?%\s*)?(?:CI|confidence))", re.I)
_TEST_STATISTIC = re.compile(r"(?:Wald\s*)?(?:z|t|F|W|U|H|chi2?|\u03c72|\u03c7\s*2|chi-?squared?|Wald|statistics?|"
                             r"test\s+statistics?|Z-?score|t-?value)", re.I)
_REFERENCE_BRACKET = re.compile(r"[^()\[\]]{0,120}?\b(?:as\s+(?:the\s+|a\s+)?reference|referent|reference\s+"
                                r"(?:group|category))\b[^()\[\]]{0,20}[)\]]", re.I)
_TIME_WINDOW_AFTER = re.compile(r"\s*(?:-|\u2013|to)\s*\d+\s*(?:-\s*)?(?:months?|weeks?|years?|days?|hours?)\b", re.I)
_ADVERB_ONLY = re.compile(r"(?:also|still|again|only|then|now|likewise|similarly|even|thus|therefore|however|"
                          r"consistently|nevertheless|further|moreover|estimated?|values?|"
                          # "the HR from retrospective analysis (HRR) was 1.19": the analysis, not an end point
                          r"(?:from|in|as\s+well\s+as)\s+(?:the\s+|an?\s+)?[\w-]+(?:\s[\w-]+)?\s+"
                          r"(?:analysis|analyses|models?))", re.I)
# (the end point may carry its abbreviation: "0.99 for disease-free survival (DFS) (95%CI: 0.77-1.26; …)")
# (a number only as a kind's label: "for the incidence of type 2 diabetes mellitus (95% CI …)")
_AFTER_VALUE = re.compile(r"\s+(?P<ep>(?:for|in|among|with|of)\s+[A-Za-z](?:[^()\[\]\d;,.]|(?:(?<=type )|(?<=grade )|"
                          r"(?<=stage )|(?<=class ))\d){2,60}?)"
                          r"(?:\s*[(\[](?-i:[A-Z][A-Za-z-]{1,9})[)\]])?(?=\s*[(\[])")
_P_BEFORE = re.compile(r"[(\[]\s*[Pp]\s*(?P<op><=|>=|[<>=\u2264\u2265])\s*(?:(?P<dot>0?\.\s?)(?P<v>\d+)|"
                       r"(?P<v2>\d\.\d+))\s*[;,]\s*$")
_P_WORDS = frozenset({"two", "one", "sided", "log", "rank", "stratified", "overall", "for", "interaction", "trend",
                      "heterogeneity", "value", "values", "adjusted", "wald", "test", "the", "nominal", "exact"})


@dataclass
class _Ratio:
    measure: str
    value: float
    start: int          # sentence offsets
    end: int
    lo: float | None = None
    hi: float | None = None
    level: float | None = None
    p_op: str | None = None
    p: float | None = None
    ep_text: str | None = None
    label: str | None = None  # a list item's own label ("with immobility", "for age >65")
    one_sided: str | None = None
    orient: tuple[str, str] | None = None  # (A, B) stated in a bracket after the measure: "HR (experimental/control)"
    anaphora: bool = False     # named by reference ("it was 0.82 …")
    ci_less: bool = False      # "N times greater" named by its subject, printed without a CI
    label_after: bool = False  # the label was printed between the value and its CI ("2.4 in group A (…)")
    head: int | None = None    # a list item's: where the list's measure name starts (its clause governs the item)
    heads_ep: bool = False     # a list item that takes its head's end point before any word near it


def _measure_code(word: str) -> str:
    w = " ".join(word.lower().split())
    w = re.sub(r"s$", "", w)
    w = re.sub(r"^(?:mh|p)-", "", w)  # "MH-OR": a Mantel-Haenszel odds ratio; "p-OR": a pooled one
    if w.startswith("relative risk"):
        return "RR"
    if w.startswith("relative hazard"):
        return "HR"
    if w.startswith("relative odd"):
        return "OR"  # "relative odds of clearing, 1.97 …": an odds ratio by another name
    if w.startswith("relative incidence") or w.startswith("relative rate"):
        return "IRR"
    for key, code in _MEASURE_CODE:
        if w == key or w.startswith(key + " ") or w.startswith(key):
            return code
    return "HR"


class _Cursor:
    """Tokens of one sentence and a position; every helper only moves forward (linear time)."""

    def __init__(self, sent: str, toks: list[_Tok], starts: list[int] | None = None) -> None:
        self.sent, self.toks, self.i = sent, toks, 0
        self.starts = starts if starts is not None else [t.start for t in toks]

    def at(self, i: int) -> _Cursor:
        self.i = i
        return self

    def peek(self, k: int = 0) -> _Tok | None:
        j = self.i + k
        return self.toks[j] if 0 <= j < len(self.toks) else None

    def low(self, k: int = 0) -> str:
        t = self.peek(k)
        return t.text.lower() if t else ""

    def kind(self, k: int = 0) -> str:
        """The kind of the token ``k`` ahead ("" past the end)."""
        t = self.peek(k)
        return t.kind if t else ""

    def tx(self, k: int = 0) -> str:
        """The text of the token ``k`` ahead ("" past the end)."""
        t = self.peek(k)
        return t.text if t else ""


def _num(t: _Tok | None) -> float | None:
    return M.number(t.text) if t is not None and t.kind == "num" else None


def _is_dash(t: _Tok | None) -> bool:
    return t is not None and ((t.kind == "sym" and t.text in "-/") or t.text.lower() in ("to", "and"))


def _level_at(c: _Cursor) -> tuple[float | None, int]:
    """``95%``, ``95 percent``, ``95 per cent``, ``96.85%`` at the cursor: (level, tokens used)."""
    t, nxt = c.peek(), c.peek(1)
    if t is None or t.kind != "num" or nxt is None:
        return None, 0
    v = _num(t)
    if v is not None and t.text.startswith(".") and nxt.text == "%" and 0.5 <= v < 1:
        return round(v * 100, 2), 2  # ".95% CI": the level with a stray point before it
    if v is None or not 50 <= v < 100:
        return None, 0
    if nxt.text == "%":
        return v, 2
    if nxt.text.lower() == "percent":
        return v, 2
    if nxt.text.lower() == "per" and c.low(2) == "cent":
        return v, 3
    if "." in t.text and nxt.text.lower() == "confidence" and c.low(2) in ("interval", "intervals") or \
            v in (90, 95, 99) and nxt.text.upper() in ("CI", "CIS"):
        # "[97.2 confidence interval, 0.877 to 1.253]", "(RR 0.83, 95 CI 0.72 to 0.97)": the level without its sign
        return v, 1
    return None, 0


_LEVEL_THEN_CI = re.compile(r"\s*\d{2}(?:\.\d+)?\s?(?:%|percent|per\s+cent)\s*(?:CIs?\b|confidence\s+intervals?)", re.I)


def _skip_ci_words(c: _Cursor) -> tuple[bool, float | None, str | None]:
    """Read "95% CI", "95 percent confidence interval [CI]", "CI 95%", "upper 97.5% limit",
    "lower one-sided limit" at the cursor: (seen, level, one-sided side)."""
    seen, level, side = False, None, None
    for _ in range(12):
        t = c.peek()
        if t is None:
            break
        lvl, n = _level_at(c)
        if n:
            level, c.i = lvl, c.i + n
            continue
        w = t.text.lower()
        if t.kind == "word" and (w in _CI_VOCAB or w in ("upper", "lower") or (seen or side) and w in (
                "one", "sided", "two", "of", "the", "its", "with", "a", "an", "repeated")
                or level is not None and w == "repeated" and c.low(1) in _CI_VOCAB  # "90% repeated CI [RCI]"
                # "[robust 95% CI 0·42-0·94]", "(bootstrap 95% CI …)", "exact 95% CI": how the interval was computed
                or not seen and level is None and w in ("robust", "bootstrap", "bootstrapped", "exact", "profile",
                                                        "wald")
                and (c.kind(1) == "num" or c.low(1) in _CI_VOCAB)
                # "adjusted 95% CI", not "(adjusted 0.72, 95% CI …)": before a CI's level and name only
                or not seen and level is None and w in ("adjusted", "unadjusted")
                and _LEVEL_THEN_CI.match(c.sent, t.end) is not None
                # "95% nominal confidence interval [CI]": a word of how it was computed, between level and name
                or not seen and level is not None and w in _CI_ADJECTIVES and c.low(1) in _CI_VOCAB):
            if w in ("upper", "lower"):
                side = w
            if w in _CI_VOCAB:
                seen = True
            c.i += 1
            continue
        if t.text == "," and seen and c.low(1 + (c.tx(1) in ("[", "("))) in ("ci", "cis") and \
                c.tx(2 + 2 * (c.tx(1) in ("[", "("))) == ",":
            # "95% confidence interval, [CI], 0.69-0.90", "95 % confident interval, CI, 0.64-1.08": the
            # abbreviation after the name, set off by commas
            c.i += 2 + 2 * (c.tx(1) in ("[", "("))
            continue
        if t.text in ("[", "(") and c.low(1) in _CI_VOCAB and c.tx(2) in ("]", ")") and not seen:
            seen, c.i = True, c.i + 3  # "95% [CI] = 1.19-2.23": the abbreviation in its own bracket
            continue
        if t.text == "-" and (c.low(1) in ("sided", "side") or level is not None and c.low(1) in _CI_VOCAB):
            c.i += 1  # "one-sided", "95%-CI"
            continue
        if t.text == ":" and level is not None and not seen and c.low(1) in _CI_VOCAB:
            c.i += 1  # "95%: CI: 1.29-1.76": a colon between the level and the name
            continue
        if w == "c" and c.tx(1) == "." and c.low(2) == "i":
            c.i += 4 if c.tx(3) == "." else 3  # "95% C.I."
            seen = True
            continue
        if t.kind == "open" and seen and c.low(1) == "c" and c.tx(2) == "." and c.low(3) == "i" and \
                c.kind(4 + (c.tx(4) == ".")) == "close":
            c.i += 5 + (c.tx(4) == ".")  # "95 per cent confidence interval (c.i.) 0.46 to 0.84": its abbreviation
            continue
        if (t.kind == "word" and w in ("one", "two") or t.kind == "num" and t.text in ("1", "2")) and c.tx(1) == "-" \
                and c.low(2) in ("sided", "side", "tailed"):
            if w in ("one", "1"):
                side = side or "one"  # "1-sided 90% CI, 0.00-1.22": one bound, the other the scale's limit
            c.i += 3  # "one-sided", "2-sided"
            continue
        if t.kind == "word" and w in ("one", "two") and c.tx(1) == "-":
            c.i += 1
            continue
        if t.kind == "open":
            k = c.i + 1
            while k < len(c.toks) and k < c.i + 6 and (c.toks[k].text.lower() in _CI_VOCAB or c.toks[k].text == "%"
                                                       or c.toks[k].kind == "num" and c.toks[k + 1:k + 2]
                                                       and c.toks[k + 1].text == "%"):
                k += 1
            inner = c.toks[c.i + 1:k]
            if k > c.i + 1 and k < len(c.toks) and c.toks[k].kind == "close" and (
                    seen or any(x.text.lower() in _CI_VOCAB for x in inner) and c.kind(k - c.i + 1) == "num"):
                # "confidence interval [CI]", "[95% CI]"; "OR 3.9 (95% CI) 1.7, 8.7": a bracket naming the CI
                if not seen:
                    level = next((_num(x) for x, y in zip(inner, inner[1:], strict=False)
                                  if x.kind == "num" and y.text == "%"), level)
                seen = True
                c.i = k + 1
                continue
        break
    if side and not seen:
        side = None
    return seen, level, side if side != "one" or seen else None


def _read_range(c: _Cursor) -> tuple[float | None, float | None, int, int] | None:
    """``lo-hi``, ``lo to hi``, ``lo, hi``, ``lo and hi``; hyphens as decimal points
    (``1-02-1-61``). Returns (lo, hi, start, end) or None; moves the cursor past it."""
    t = c.peek()
    if t is None:
        return None
    neg = False
    j = c.i
    if t.text == "-" and c.kind(1) == "num" and t.end == c.toks[c.i + 1].start:
        # "CI-1.61-6.40": a hyphen glued to the word CI joins it to the range; it is no minus sign
        glued = c.i > 0 and c.toks[c.i - 1].kind == "word" and c.toks[c.i - 1].end == t.start
        neg, j = not glued, j + 1
    a = c.toks[j] if j < len(c.toks) else None
    if a is None or a.kind != "num":
        return None
    # hyphen decimals: four numbers joined by hyphens, "1-02-1-61"
    if j + 6 < len(c.toks) + 1:
        span = c.sent[a.start:c.toks[min(j + 6, len(c.toks) - 1)].end]
        hm = re.match(r"(\d{1,2})-(\d{2,3})\s*-\s*(\d{1,2})-(\d{2,3})(?![\d.-])", span)
        if hm and not neg:
            lo, hi = float(f"{hm.group(1)}.{hm.group(2)}"), float(f"{hm.group(3)}.{hm.group(4)}")
            end = a.start + hm.end()
            while c.i < len(c.toks) and c.toks[c.i].start < end:
                c.i += 1
            return lo, hi, a.start, end
    sep = c.toks[j + 1] if j + 1 < len(c.toks) else None
    k = j + 2
    if sep is not None and sep.text in (",", ";") and k < len(c.toks) and c.toks[k].kind == "num":
        pass
    elif not _is_dash(sep):
        return None
    neg2 = False
    b = c.toks[k] if k < len(c.toks) else None
    if b is not None and b.text == "-" and k + 1 < len(c.toks) and c.toks[k + 1].kind == "num":
        # ("0.95/-1.35": a slash and a dash together separate the limits; not a negative upper limit)
        neg2, k = sep is None or sep.text != "/" or sep.end != b.start, k + 1
        b = c.toks[k]
    if b is not None and (b.text.lower() == "infinity" or b.text == "\u221e") and _num(a) is not None:
        c.i = k + 1  # "(odds ratio, 3.28; 85% CI, 1.54 to infinity)": a one-sided interval, no upper limit
        return (-1 if neg else 1) * (_num(a) or 0.0), None, (t.start if neg else a.start), b.end
    if b is None or b.kind != "num":
        return None
    lo_v, hi_v = _num(a), _num(b)
    if lo_v is None or hi_v is None:
        return None
    c.i = k + 1
    return (-lo_v if neg else lo_v), (-hi_v if neg2 else hi_v), (t.start if neg else a.start), b.end


def _read_p(c: _Cursor) -> tuple[str | None, float | None]:
    """``P = .003``, ``p<0.001``, ``two-sided P value = 0.04``, ``P for interaction = 0.2``,
    ``P = 2 x 10-5``; moves past it. (None, None) when there is no P here."""
    save = c.i
    for _ in range(8):
        t = c.peek()
        if t is None:
            break
        w = t.text.lower()
        if t.kind == "word" and w in ("p", "pinteraction", "ptrend", "plog", "p-value") or (
                t.kind == "word" and w.startswith("p") and len(w) <= 2):
            c.i += 1
            while c.low() in _P_WORDS or c.tx() == "-":
                c.i += 1
            op_t = c.peek()
            if op_t is None:
                break
            op = None
            if op_t.kind == "op":
                op = {"&lt;": "<", "&gt;": ">", "&le;": "<=", "&ge;": ">=", "\u2264": "<=", "\u2265": ">="}.get(
                    op_t.text, op_t.text)
                c.i += 1
                if op in ("<", ">") and c.tx() == "=" and c.toks[c.i].start == op_t.end:
                    op += "="
                    c.i += 1
            elif op_t.kind == "word" and op_t.text.lower() in ("less", "greater", "more") and c.low(1) == "than":
                op = "<" if op_t.text.lower() == "less" else ">"  # "P less than .05" (older print)
                c.i += 2
            elif op_t.kind == "word" and op_t.text.lower() in ("of", "was", "is"):
                op = "="
                c.i += 1
            elif op_t.kind == "sym" and op_t.text in (",", ":"):
                op = "="
                c.i += 1
            elif op_t.kind == "num":
                op = "="
            v_t = c.peek()
            value: float | None
            if v_t is not None and v_t.text == "." and c.kind(1) == "num" and c.tx(1).isdigit():
                c.i += 1  # MEDLINE line wrap: "P =. 007"
                value = float("0." + c.tx())
            elif op is None or v_t is None or v_t.kind != "num":
                break
            else:
                value = _num(v_t)
            if op is None:
                break
            c.i += 1
            # scientific: "2 x 10-5", "3×10^-4", "1.2 × 10(-6)", "1e-5"
            if c.low() in ("x", "\u00d7") and c.low(1) == "10":
                k = c.i + 2
                while k < len(c.toks) and c.toks[k].text in ("^", "(", "-"):
                    k += 1
                if k < len(c.toks) and c.toks[k].kind == "num":
                    exp = _num(c.toks[k])
                    if value is not None and exp is not None:
                        value = value * 10 ** -exp
                    c.i = k + 1
                    if c.tx() == ")":
                        c.i += 1
            elif c.low().startswith("e") and c.low(1) == "-" and c.kind(2) == "num":
                exp = _num(c.peek(2))
                if value is not None and exp is not None:
                    value = value * 10 ** -exp
                c.i += 3
            if value is None or value > 1:
                break
            return op, value
        if t.kind == "word" and w in _P_WORDS:
            c.i += 1
            continue
        if t.text == "-":
            c.i += 1
            continue
        break
    c.i = save
    return None, None


def _read_item(c: _Cursor, r: _Ratio, level: float | None, opened: bool) -> bool:
    """One item after a ratio's value: a CI ("95% CI, a-b", "95% CI [a-b]", a bare "a-b" in a
    bracket), a one-sided limit ("upper 97.5% limit 1.08") or a P value. True when one was read."""
    save = c.i
    seen, lvl, side = _skip_ci_words(c)
    if c.kind() in ("sym", "op") and c.tx() in (":", "=", ",", ";") and (c.tx() != ";" or c.kind(1) == "num"):
        if seen or lvl is not None or side:
            c.i += 1  # "95% CI: 1.2-4.7", "95% CI; 1.20 - 4.68"
    if (seen or lvl is not None) and r.lo is None and r.hi is None:
        if c.low() in ("of", "from", "was", "is", "were", "are"):
            c.i += 1  # "(95% CI is 1.88, 8.96)"
        if c.kind() == "open":
            c.i += 1
            if c.low() in _CI_VOCAB and c.kind(1) in ("num", "sym"):
                c.i += 2 if c.tx(1) in (":", ",", "=") else 1  # "95% confidence interval (CI 0.477-2.355)"
            rng = _read_range(c)
            if rng and c.kind() == "close":
                c.i += 1
                r.lo, r.hi = rng[0], rng[1]
                r.level = lvl if lvl is not None else (r.level or level)
                return True
            c.i = save
            return False
        if side in ("upper", "lower") and c.kind() == "num":
            v = _num(c.peek())
            c.i += 1
            if side == "upper":
                r.hi = v
            else:
                r.lo = v
            r.one_sided = side
            r.level = lvl if lvl is not None else (r.level or level)
            return True
        rng = _read_range(c)
        if rng:
            r.lo, r.hi = rng[0], rng[1]
            r.level = lvl if lvl is not None else (r.level or level)
            if side == "one" and r.lo == 0:
                r.lo, r.one_sided = None, "upper"  # "1-sided 90% CI, 0.00-1.22": an upper limit only
            return True
        c.i = save
        return False
    c.i = save
    if r.lo is None and r.hi is None:
        rng = _read_range(c)
        if rng and (opened or rng[0] is not None and rng[1] is not None and rng[0] <= r.value <= rng[1]
                    and (c.sent[rng[2]:rng[3]].find(" to ") > 0 or rng[0] < rng[1]
                         and _AFTER_BARE_CI.match(c.sent, rng[3]))):
            # "(OR 0.60, 0.45-0.82)", "aOR 0.73, 0.53-0.99, p=0.04", "(OR 0.75, 0.18-3.14, for mothers with X; …",
            # "(1.03, 0.93-1.13, 0.58)": the value, its CI, a bare P; "(adjusted OR 1.01, 1.01-1.02, P = 0.001)": a
            # value rounded to its lower limit
            r.lo, r.hi = rng[0], rng[1]
            if (bp := re.match(r",\s*(?P<p>0?\.\d+)\s*(?=[)\];]|,\s*\d+(?:\.\d+)?\s*%?\s*[)\]])", c.sent[rng[3]:])) \
                    and r.p is None:
                r.p_op, r.p = "=", _num_of(bp.group("p"))
                c.i = bisect.bisect_left(c.starts, rng[3] + bp.end())
            return True
        c.i = save
    op, p = _read_p(c)
    if p is not None and r.p is None:
        r.p_op, r.p = op, p
        return True
    c.i = save
    return False


# what may follow a bare "lo-hi" read as the value's CI: the bracket's end, a P, the item's label, a bare P
_AFTER_BARE_CI = re.compile(r"\s*(?:[)\];]|,\s*[pP]\s*[=<>\u2264]|,?\s*(?:for|in|among)\s+(?:the\s+)?[A-Za-z]|"
                            r",\s*0?\.\d+\s*[)\];]"
                            # "(OR 0.38, 0.23–0.63, 0.00, 0)": a meta-analysis's bare P, then its I² (a percentage)
                            r"|,\s*0?\.\d+\s*,\s*\d+(?:\.\d+)?\s*%?\s*[)\]]"
                            # "(RR 2.59; 1.35-4.98, RR 1.66; 0.99-2.80 respectively)": the next named ratio of a list,
                            # or the list's "respectively"
                            r"|(?:,\s*|\s+and\s+)(?:a|adj)?(?:HR|OR|RR|IRR)s?\b|,?\s+respectively\b"
                            # "(HR: 1.34; 1.06-1.69 versus 0.98; 0.82-1.17)": another group's ratio after it
                            r"|\s+(?:versus|vs\.?)\s+\d)")


def _ci_label_bracket(c: _Cursor) -> bool:
    """At "(95% CI) 1.7, 8.7": a bracket that only names the CI printed after it."""
    k = c.i + 1
    while k < len(c.toks) and k < c.i + 6 and (c.toks[k].text.lower() in _CI_VOCAB or c.toks[k].text == "%"
                                               or c.toks[k].kind == "num" and c.toks[k + 1:k + 2]
                                               and c.toks[k + 1].text == "%"):
        k += 1
    return k > c.i + 1 and k + 1 < len(c.toks) and c.toks[k].kind == "close" and c.toks[k + 1].kind == "num" \
        and any(x.text.lower() in _CI_VOCAB for x in c.toks[c.i + 1:k])


def _read_ci_and_p(c: _Cursor, r: _Ratio, level: float | None) -> None:
    """Everything that may follow a ratio's value, in any order: a CI in brackets or after
    "95% CI", a P value in the same bracket or another, one-sided limits."""
    if r.lo is None and r.hi is None and (bare := _BARE_CI_AFTER_VALUE.match(c.sent, r.end)) and \
            _enclosing_open(c.sent, r.end) is None and \
            _num_of(bare.group("lo")) <= r.value <= _num_of(bare.group("hi")) and bare.group("lo") != bare.group("hi"):
        # "Effectiveness against severe AGE HR 0.70 0.35;1.40 30%", "(…) reduced: HR 0.70, 0.35-1.40.": the CI printed
        # bare after the value, outside any bracket (its lower limit was read as a second ratio)
        r.lo, r.hi, r.level = _num_of(bare.group("lo")), _num_of(bare.group("hi")), r.level or level
        c.i = bisect.bisect_left(c.starts, bare.end("hi"))
        r.end = bare.end("hi")
        return
    for _ in range(4):
        save = c.i
        if c.kind() == "sym" and c.tx() in (",", ";", ":"):
            c.i += 1
        if c.low() == "and" and (c.low(1) in _CI_VOCAB
                                 or _level_at(_Cursor(c.sent, c.toks, c.starts).at(c.i + 1))[1]):
            c.i += 1  # "OR = 2.04, and CI = [1.45; 2.87]"
        if c.low() == "adjusted" and c.low(1) == "for" and (
                adj := re.match(r"adjusted\s+for\s+[^,;()\[\]\d]{1,60}?[;,]\s*(?=\d{2}\s?%\s*C|C\.?I\b|confidence)",
                                c.sent[c.starts[c.i]:], re.I)):
            # "(OR 1.92, adjusted for baseline satisfaction; 95%CI 1.63–2.26)": the model named between value and CI
            c.i = bisect.bisect_left(c.starts, c.starts[c.i] + adj.end())
        if c.i < len(c.toks) and (st := _STATISTICS_BEFORE_CI.match(c.sent, c.starts[c.i])):
            # "(OR = 0.80, SE = 0.29, t = −0.62, 95% CI [0.37, 1.72], p = .54)": a model's statistics, then the CI
            c.i = bisect.bisect_left(c.starts, st.end())
        if c.tx() == "." and c.i > 0 and (_level_at(_Cursor(c.sent, c.toks, c.starts).at(c.i + 1))[1] or
                                          c.low(1) in _CI_VOCAB) and (
                _enclosing_open(c.sent, c.starts[c.i]) is not None or c.starts[c.i] == r.end):
            c.i += 1  # "(RR 0.62. 95% CI 0.39 to 0.96)", "HR = 0.80. 95% CI (0.68, 0.95)": a point for a comma
        if c.low() in ("favouring", "favoring") and (
                fav := re.match(r"favou?ring\s+[^,;()\[\]\d]{1,40}?[;,]\s*(?=\d{2}\s?%\s*C|C\.?I\b|confidence)",
                                c.sent[c.starts[c.i]:], re.I)):
            # "(OR 2.31 favouring no drainage, 95% CI 0.47 to 11.37, P = 0.30)": the favoured group, then the CI
            c.i = bisect.bisect_left(c.starts, c.starts[c.i] + fav.end())
        if c.low() == "with" and (c.low(1) in _CI_VOCAB or _level_at(_Cursor(c.sent, c.toks, c.starts).at(c.i + 1))[1]):
            c.i += 1  # "HR 0.71 with 95% CI 0.55-0.92"
        elif c.low() == "with" and c.low(1) in ("a", "an", "the", "its") and (
                c.low(2) in _CI_VOCAB or c.low(2) in ("upper", "lower", "one", "two")
                or _level_at(_Cursor(c.sent, c.toks, c.starts).at(c.i + 2))[1]):
            c.i += 2  # "an odds ratio of 2.5 with a 95% confidence interval of 1.2 to 5.1"
        opened = c.kind() == "open" and not _ci_label_bracket(c)
        double = False
        if opened:
            c.i += 1
            if c.kind() == "open" and (c.low(1) in _CI_VOCAB
                                       or _level_at(_Cursor(c.sent, c.toks, c.starts).at(c.i + 1))[1]):
                c.i, double = c.i + 1, True  # "rate ratio 0.63 [(95% CI 0.42-0.96); p = 0.031]": the CI's own bracket
        got = False
        while _read_item(c, r, level, opened):
            got = True
            t = c.peek()
            if t is not None and t.kind == "sym" and t.text in (",", ";"):
                c.i += 1
                before = c.i
                if _read_item(c, r, level, opened):
                    continue
                c.i = before - 1
            break
        if not got:
            c.i = save
            return
        if double and c.kind() == "close":
            c.i += 1
            if c.kind() == "sym" and c.tx() in (";", ","):
                c.i += 1
                if not _read_item(c, r, level, opened):
                    c.i -= 1
        if opened and c.kind() == "sym" and c.tx() in (";", ",") and r.label is None and (
                lab := _LEVEL_IN_CI_BRACKET.match(c.sent, c.toks[c.i].end)):
            # "0.66 (0.45-0.96; Q1); 0.26 (0.17-0.40; Q2)": the item's level named inside its CI's bracket
            r.label, r.label_after = lab.group("l"), True
            c.i = bisect.bisect_left(c.starts, lab.end() - 1)
        if opened and c.kind() == "sym" and c.tx() in (";", ",") and \
                (tail := _RATES_TAIL.match(c.sent, c.toks[c.i].start)) is not None:
            # "(95% CI = 0.23 to 0.60; absolute rates: 5% versus 13%)": the groups' rates, to the bracket's end
            c.i = bisect.bisect_left(c.starts, tail.end() - 1)
        if opened and c.kind() == "close":
            c.i += 1
        r.end = c.toks[c.i - 1].end


_BARE_CI_AFTER_VALUE = re.compile(rf"(?:\s*,\s*|\s+)(?P<lo>{_NUM})(?:\s*(?:-|\u2013|to)\s*|;)(?P<hi>{_NUM})"
                                  r"(?=\s*(?:[;,.)\]]|$)|\s+\d{1,3}(?:\.\d+)?\s?%|\s+[A-Za-z])")
_STATISTICS_BEFORE_CI = re.compile(r"(?:(?-i:SE|SEM|s\.e\.|t|z|Z|W|df)\s*[=:]\s*[-\u2212]?\d+(?:\.\d+)?\s*[,;]\s*)+"
                                   r"(?=\d{2}(?:\.\d+)?\s?%\s*C|C\.?I\b|confidence)")
# the groups' own rates or counts after a ratio's CI, to the end of its bracket
_RATES_TAIL = re.compile(r"[;,]\s*(?:absolute\s+(?:rates?|risks?)|event\s+rates?|rates?|events?)\s*[:=]?\s*"
                         r"\d[^()\[\]]{0,60}?[)\]]", re.I)


# a list of subgroups' ratios: "HRs … in prespecified subgroups were: …"
_SUBGROUPS_HEAD = re.compile(r"\b(?:in|across|by|among)\s+(?:the\s+|all\s+)?(?:pre-?specified\s+|exploratory\s+|"
                             r"post[- ]hoc\s+)?subgroups?\b[^.;()\[\]]{0,30}?(?:were|was|are|is)?\s*:", re.I)
# a level's label opening a bracket of values: "(yes: 0.83, …", "[no (first-line setting): 0.51, 95% CI …"
_SUBLABEL_IN_BRACKET = re.compile(r"[(\[]\s*(?P<l>[A-Za-z][\w /+-]{0,40}?(?:\s*[(\[][^()\[\]]{1,30}[)\]])?)"
                                  r"\s*:\s*(?=\.?\d)")
_LEVEL_IN_CI_BRACKET = re.compile(r"\s*(?P<l>[A-Z][A-Za-z]{0,3}\d{1,2}|(?:quartile|quintile|tertile|grade|stage|group|"
                                  r"arm|cohort|level)\s+(?:[A-Z]|[IVX]{1,4}|\d{1,2}))\s*[)\]]", re.I)


# "2.43 in group A (95% CI 1.08-5.46), 3.12 in group B (…)": a named group between a value and its CI
_GROUP_THEN_BRACKET = re.compile(r"\s+(?:in|for|among|with|on)\s+(?:the\s+)?(?P<l>(?:group|arm|cohort|stratum|tertile|"
                                 r"quartile|quintile|level)\s+(?:[A-Z]|[IVX]{1,4}|\d{1,2})\b|"
                                 r"[A-Za-z][\w+/-]*(?:\s[\w+/-]+){0,2}?\s+(?:group|arm|cohort))(?=\s*[(\[])")


# "0.75 for ticagrelor vs. clopidogrel (95% CI, 0.64–0.83), 0.84 for prasugrel vs. …": the comparison between them
_COMPARISON_THEN_BRACKET = re.compile(r"\s+for\s+(?P<a>[A-Za-z][\w+/-]*(?:\s[\w+/-]+){0,2}?)\s+(?:versus|vs\.?|"
                                      r"compared\s+with)\s+(?P<b>[A-Za-z][\w+/-]*(?:\s[\w+/-]+){0,2}?)(?=\s*[(\[])")


def _label_then_ci(c: _Cursor, r: _Ratio, level: float | None, limit: int) -> bool:
    """Read a CI (or P) printed after a group's name that follows the value; the name becomes the
    item's label. True (and the cursor past the bracket) when one was read."""
    lm = _GROUP_THEN_BRACKET.match(c.sent, r.end) or _COMPARISON_THEN_BRACKET.match(c.sent, r.end)
    if lm is None or lm.end() >= limit:
        return False
    sub = _Cursor(c.sent, c.toks, c.starts).at(bisect.bisect_left(c.starts, lm.end()))
    probe = _Ratio(r.measure, r.value, r.start, r.end, level=r.level)
    _read_ci_and_p(sub, probe, level)
    if probe.lo is None and probe.hi is None and probe.p is None:
        return False
    r.lo, r.hi, r.level, r.p_op, r.p, r.end = probe.lo, probe.hi, probe.level, probe.p_op, probe.p, probe.end
    if "a" in lm.groupdict():
        r.orient = (lm.group("a"), lm.group("b"))  # "0.75 for A vs. B (95% CI, …)": the item's own comparison
    else:
        r.label, r.label_after = lm.group("l"), True
    c.i = sub.i
    return True


def _p_after_bracket(c: _Cursor, r: _Ratio) -> None:
    """"(HR 0.55; 95% CI 0.41-0.74) (P < .001)", "(…) [P = 0.003]", "(…), P = .01": a P value right
    after the bracket that holds the ratio and its CI, in a bracket of its own or after a comma."""
    if c.kind() != "close":
        return
    k = c.i + 1
    sub = _Cursor(c.sent, c.toks, c.starts).at(k)
    in_bracket = sub.kind() == "open"
    if in_bracket:
        sub.i += 1
    elif sub.tx() == ",":
        sub.i += 1
    else:
        return
    op, p = _read_p(sub)
    if p is None or in_bracket and sub.kind() != "close":
        return
    r.p_op, r.p = op, p
    c.i = sub.i + (1 if in_bracket else 0)


# a bracket's first item with its label: "(initial: 1.47, 1.06-2.05; …", "(ITT: 0.82 [0.70-0.96]; …"
_LABEL_THEN_VALUE_CI = re.compile(rf"[(\[]\s*[A-Za-z][\w -]{{0,30}}?(?:\s*[(\[][^()\[\]]{{1,30}}[)\]])?\s*:\s*"
                                  rf"(?P<v>)\d*\.\d+\s*"
                                  rf"(?:[,;]\s*|[(\[]\s*){_CI_HEAD}{_NUM}\s*"
                                  rf"(?:-|\u2013|to)\s*{_NUM}")
# (a colon with no space: "HR [B:A] 0.89", numerator first)
_ORIENT_BRACKET = re.compile(r"\s*(?P<a>[A-Za-z][\w -]{0,30}?)\s*"
                             r"(?:/|\bvs\.?|\bv\.?(?=\s)|\bversus\b|(?<=\w):(?=\s?[A-Za-z]))\s*"
                             r"(?P<b>[A-Za-z][\w -]{0,30}?)\s*"
                             # "HRs (regorafenib/placebo; 95% CI) of 0.66 (0.45-0.96)": the groups, then the CI's level
                             r"(?:[;,]\s*(?:(?:un)?weighted\s+|two-sided\s+)?(?P<lvl>\d{2}(?:\.\d{1,2})?)\s?%\s*"
                             r"(?:CIs?|confidence\s+intervals?)\s*)?")


_NAMES_A_NUMBER = frozenset({"grade", "grades", "stage", "stages", "type", "types", "class", "classes", "level",
                             "levels", "phase", "arm", "arms", "group", "groups", "cycle", "day", "week", "month",
                             "year", "dose", "version", "tertile", "tertiles", "quartile", "quartiles", "quintile",
                             "quintiles", "decile", "deciles", "tier", "category", "categories", "cohort", "step",
                             "visit", "wave", "generation", "days", "weeks", "months", "cycles", "visits"})


# what may follow a measure's name inside its own bracket: nothing, or the CI's level ("(risk ratio [95% CI])")
_CI_HEADER_ONLY = re.compile(r"\s*(?:[;,]?\s*(?P<o>[(\[])?\s*(?P<lvl>\d{2}(?:\.\d{1,2})?)\s?%\s*"
                             r"(?:CI|confidence\s+intervals?)(?(o)\s*[)\]]))?\s*", re.I)
_LABEL_NUMBER_ENDS = re.compile(r"\s*(?:[;,)]|and\b|or\b)")
# a number in a list item's label, not the next item's value: a count with a word of its own after it ("for 2-5
# tablets/week", "for >14 aspirin/week"), never a bracket, a CI or a preposition ("0.82 in women (…)")
_NUMBER_IN_LABEL = re.compile(r"(?:\s*(?:-|\u2013|to)\s*\d+(?:\.\d+)?)?\s*(?:/|(?!(?:in|for|among|with|at|and|or|vs|"
                              r"versus|times|fold|compared|respectively)\b)[A-Za-z])")
_LABEL_LEADS = frozenset({"for", "in", "among", "with", "at", ">", "<", "\u2265", "\u2264", "=", "of"})
# (also "… (hazard ratio [95% CI]) of abemaciclib (vs. comparators) was 0.75 (…)": whose effect, then the value)
_VALUE_AFTER_BRACKET = re.compile(r"[)\]]\s*(?:(?:of|for|with)\s+[^()\[\].;]{1,40}?(?:\s*\([^()]{1,30}\))?\s+)?"
                                  r"(?:was|were|is|are|of|=|:)\s*\d")
_VALUE_THEN_CI_AFTER_BRACKET = re.compile(r"[)\]]\s*(?:was|were|is|are|of|=|:)\s*\d+(?:[.\u00b7]\d+)?\s*[(\[,;]\s*"
                                          r"(?:\d{2}\s?%\s*)?(?:CI\b|confidence\s+intervals?)?[\s:,=]*"
                                          r"\d+(?:[.\u00b7]\d+)?\s*(?:-|\u2013|to|,)\s*\d")


def _measure_in_own_bracket(sent: str, pos: int) -> bool:
    """Whether the measure's name ending at ``pos`` is alone in its bracket (with at most the CI's level) and the
    value follows the bracket: "mortality (OR; 95% CI) was 1.12 (0.94-1.34)"."""
    hm = _CI_HEADER_ONLY.match(sent, pos)
    return hm is not None and _VALUE_AFTER_BRACKET.match(sent, hm.end()) is not None


# "The HRs were 0.8 and 0.9 (95% CIs 0.6–1.0 and 0.7–1.1) for OS and PFS, respectively": the values, then their
# CIs in the same order in one bracket
_VALUES_THEN_CIS = re.compile(
    r"(?P<head>\s+(?:for\s+[^()\[\];]{1,60}?\s+)?(?:were|was|of)\s+)"
    r"(?P<vals>\d+\.\d+(?:\s*(?:,\s*(?:and\s+)?|and\s+)\d+\.\d+)+)\s*"
    r"[(\[]\s*(?:(?P<lvl>\d{2}(?:\.\d+)?)\s?%\s*)?(?:CIs?|confidence\s+intervals?)\s*[,:]?\s*"
    r"(?P<cis>\d+\.\d+\s*(?:-|\u2013|to)\s*\d+\.\d+(?:\s*(?:,\s*(?:and\s+)?|;\s*|and\s+)\d+\.\d+\s*"
    r"(?:-|\u2013|to)\s*\d+\.\d+)+)\s*[)\]]", re.I)


def _values_then_cis(c: _Cursor, measure: str, vc: re.Match[str]) -> list[_Ratio]:
    """The ratios of a "were v1 and v2 (95% CIs l1–h1 and l2–h2)" list; none when the counts differ."""
    vals = [(v.start() + vc.start("vals"), v.group()) for v in re.finditer(r"\d+\.\d+", vc.group("vals"))]
    cis = re.findall(r"(\d+\.\d+)\s*(?:-|\u2013|to)\s*(\d+\.\d+)", vc.group("cis"))
    if len(vals) != len(cis):
        return []
    head = re.match(r"\s+for\s+(?P<ep>.+?)\s+(?:were|was|of)\s+$", vc.group("head"))
    out = []
    for k, ((at, v), (lo, hi)) in enumerate(zip(vals, cis, strict=True)):
        # (the last value's span runs to the bracket's end: what follows it, "…, respectively", is read from there)
        r = _Ratio(measure, _num_of(v), at, vc.end() if k == len(vals) - 1 else at + len(v), lo=_num_of(lo),
                   hi=_num_of(hi), level=_float(vc.group("lvl")) if vc.group("lvl") else 95.0)
        r.ep_text = head.group("ep") if head else None
        out.append(r)
    resp = re.match(r"\s*(?:for|in|among)\s+(?:the\s+)?(?P<list>[^.;()\[\]]{2,120}?),?\s+respectively\b",
                    c.sent[vc.end():])
    items = [x for x in _LIST_SEP.split(resp.group("list")) if x] if resp else []
    if len(items) == len(out):  # "… (95% CIs …) for OS and PFS, respectively": each value's label, in order
        for r, item in zip(out, items, strict=True):
            r.label = item
    c.i = bisect.bisect_left(c.starts, vc.end())
    return out


# "required a hazard ratio of more than 1.35", "… if the upper limit of the 90% CI for the hazard ratio (HR) was less
# than 2.02": a ratio planned as a bound (a margin), printed after its comparison word
_PLANNED_BOUND = re.compile(r"\s*(?P<v>of|was|were|is|be)\s+(?:more|less|greater|lower|higher|larger|smaller)"
                            r"\s+than\s*", re.I)


_MARGIN_SENTENCE = re.compile(r"\bnon-?inferior|\bmargin\b|\bupper\s+(?:95\s?%\s+)?(?:CI\s+)?(?:bound|limit)", re.I)


def _planned_bound(sent: str, lead: str) -> bool:
    """Whether ``lead`` (between a ratio's name and its number) makes the number a planned bound: "of more than"
    anywhere, "was less than" only in a sentence that plans ("non-inferiority was shown if …"), not in a result ("the
    HR was less than 0.80 in all subgroups")."""
    m = _PLANNED_BOUND.fullmatch(lead)
    if m is None and re.fullmatch(r"\s*(?:<|\u2264|&lt;|&le;)\s*", lead):
        # "(95% CI upper bound of hazard ratio < 1.30)": a margin, in a sentence that plans a non-inferiority test
        return _MARGIN_SENTENCE.search(sent) is not None and _DESIGN.search(sent) is not None
    return m is not None and (m.group("v").lower() == "of" or _DESIGN.search(sent) is not None)


# "(two trials, 99 women)", "(5 studies, 1234 participants; low-certainty evidence)", "(n = 262)": how many trials and
# people an item rests on
_EVENTS_THEN_VALUE = re.compile(r"[(\[]\s*[\d,]+\s+(?:deaths|events|cases|patients|participants)\s*;\s*(?=\d*\.\d)",
                                re.I)
_COUNT_OF_STUDIES = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?P<n>RCTs|trials|studies|cohorts|datasets)\b[^.;()\[\]]{0,40}?"
                               r"\b(?:was|were|is|are)\s+\d", re.I)
# "MRR for lip (5.51), larynx (5.37)": labels, each with its value alone in a bracket
_BRACKETED_VALUE_LIST = re.compile(r"[(\[]\s*\d+\.\d+\s*[)\]]\s*,\s*[A-Za-z][^()\[\]\d]{0,40}?\s*[(\[]\s*\d+\.\d+"
                                   r"\s*[)\]]")
_STUDY_COUNT_BRACKET = re.compile(r"[(\[]\s*(?:(?:\w+|\d+)\s+(?:trials?|studies|RCTs?)\s*[,;]\s*)?(?:n\s*=\s*)?[\d,]+"
                                  r"(?:\s+(?:participants|women|men|people|patients|infants|children|babies|adults|"
                                  r"neonates|eyes|pregnancies))?\s*(?:[;,][^()\[\]]{0,60})?[)\]]", re.I)


_ITEM_GROUPS_AFTER = re.compile(r"(?:\s*[(\[][^()\[\]]{1,80}[)\]])?\s+for\s+(?P<a>[A-Za-z][^,;()\[\]]{1,40}?)\s+"
                                r"(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?P<b>[A-Za-z][^,;()\[\]]{1,50}?)\s*(?:[.;]|$)",
                                re.I)


# the groups a bracketed ratio compares, between its name and a colon before its value: "(OR female to male: 1.19 (…",
# "(OR comparing ≥75 versus <35 years: 1.24, 95% CI …"
_RATIO_GROUPS_COLON = re.compile(r"\s+(?:comparing\s+|for\s+)?(?P<a>[A-Za-z\u2265\u2264<>][^():;,\[\]]{0,60}?)\s+"
                                r"(?:to|versus|vs\.?|compared\s+(?:with|to))\s+(?P<b>[A-Za-z\u2265\u2264<>][^():;,\[\]]{0,60}?)"
                                r"\s*:\s*(?=\d*\.\d+\s*(?:[(\[,;]))", re.I)
# "HRper SD log 0.89": what is left of a step flattened onto the name ("per SD log"), no end point
_STEP_ONLY = re.compile(r"(?:(?:SD|s\.d\.|log|ln|units?|increase|increment)\s*)+", re.I)
# "hazard ratio losartan:captopril 1.13": the groups, the numerator first, joined by a colon with no space
_COLON_PAIR = re.compile(r"(?P<a>[A-Za-z][\w+-]{2,30}):(?P<b>[A-Za-z][\w+-]{2,30})")


# "The odds ratio of lung cancer … was estimated to be 0.90, 0.50, …": the verb that gives the value
# "was obtained after 12.5 min (median) in Group 2 and 75 min in Group 60": the value the bracket calls a median (not a
# time point "after 12.5 min")
_MEDIAN_WORD_AFTER = re.compile(rf"{_NUM}\s*{_UNIT_WORDS}\s*[(\[]\s*median\s*[)\]]", re.I)
_GROUP_EQUALS = re.compile(r"(?:^|[(\[,;]\s*)(?!(?-i:[Pp]|[Nn]|HR|OR|RR|IRR|t|z)\b)[A-Za-z][\w+-]{0,20}\s*=\s*$")
# "Median OS and PFS were estimated at 40.5 months and 9.3 months": the verb gives the value (not a time point "at 12")
_ESTIMATED_AT = re.compile(r"\b(?:was|were|is|are)\s+(?:estimated|calculated|computed)\s+at\s*$", re.I)
_ESTIMATED_AS = re.compile(r"\b(?:was|were|is|are)\s+(?:estimated|calculated|computed)\s+(?:to\s+be|at|as)\s*$")


# a word that names a numbered level or time point: "era 4", "group 2", "stage 3", "day 28" (its number is a name)
_NUMBERED_LABEL = re.compile(r"(?:era|group|arm|stage|grade|type|phase|cohort|quartile|quintile|tertile|decile|period|"
                             r"wave|visit|day|week|month|year|level|class|category|tier|round|part|block|step|cycle)",
                             re.I)


def _parse_ratio_at(c: _Cursor, m: re.Match[str] | _Word, level: float | None, limit: int) -> list[_Ratio]:
    """Parse the ratio(s) whose measure word is ``m``; ``limit``: sentence offset of the next
    measure word (the parse stops there)."""
    measure = _measure_code(m.group("w"))
    if (vc := _VALUES_THEN_CIS.match(c.sent, m.end())) and vc.end() <= limit:
        return _values_then_cis(c, measure, vc)
    c.i = bisect.bisect_left(c.starts, m.end())
    r_level = None
    head_end = m.end()
    both = _AND_ITS_CI.match(c.sent, m.end())
    if both:  # "Adjusted odds ratio and 95% confidence interval for X were 0.42 (95% CI, 0.19-0.94)"
        c.i = bisect.bisect_left(c.starts, both.end())
        head_end = both.end()
        r_level = _float(both.group("lvl"))
    pre_ci: tuple[float | None, float | None] | None = None
    orient: tuple[str, str] | None = None
    if re.search(r"[(\[;]\s*$", c.sent[max(0, m.start() - 3):m.start()]) and \
            (lc := _RATIO_GROUPS_COLON.match(c.sent, m.end())) and lc.end() <= limit:
        # "(OR female to male: 1.19 (1.15–1.23))", "(OR comparing ≥75 versus <35 years: 1.24, 95% CI: 1.13–1.35)":
        # the groups compared, the first the ratio's, then a colon and the value
        orient = (lc.group("a").strip(), lc.group("b").strip())
        c.i = bisect.bisect_left(c.starts, lc.end())
        head_end = lc.end()
    ep_words: list[_Tok] = []
    value_tok: _Tok | None = None
    steps = 0
    while c.i < len(c.toks) and steps < 60:
        steps += 1
        t = c.toks[c.i]
        if t.start >= limit:
            return []
        w = t.text.lower()
        if t.kind == "open" and not ep_words and value_tok is None and c.low(1) in ("ranged", "ranging") and \
                (rg := _RANGE_OF_RATIOS.match(c.sent, c.toks[c.i + 1].end)) and rg.end() <= limit:
            c.i += 1  # "increases in relative risk (ranging from 1.07 to 1.13)"
            continue
        if t.kind == "open" and value_tok is None and \
                (ac := _AND_CI_BRACKET.match(c.sent, t.start)) and ac.end() <= limit:
            # "adjusted odds ratios (and 95% confidence intervals) for hip fractures of 0.48 (0.27-0.86) and …"
            r_level = _float(ac.group("lvl")) or r_level
            c.i = bisect.bisect_left(c.starts, ac.end())
            continue
        if t.kind == "open":
            # "(HR)", "[aHR]", "(Cox)", "(95% CI)", "(95% confidence interval)"
            k = c.i + 1
            depth_ok = False
            nested = 0
            # "(patients with no X as a reference)", "(three-class vs combined two-class)": hyphens are tokens
            reach = 17 if _REFERENCE_BRACKET.match(c.sent, t.end) else 12
            while k < len(c.toks) and k < c.i + reach + nested:
                if c.toks[k].kind == "close":
                    depth_ok = True
                    break
                if c.toks[k].kind == "open":
                    j = k + 1
                    while j < len(c.toks) and j < k + 4 and c.toks[j].text.lower() in _CI_VOCAB:
                        j += 1
                    if j > k + 1 and j < len(c.toks) and c.toks[j].kind == "close":
                        nested += j + 1 - k  # "(95% confidence intervals [CIs])": the CI's abbreviation inside
                        k = j + 1
                        continue
                    break
                k += 1
            if depth_ok:
                inner = c.toks[c.i + 1:k]
                if measure == "RR" and any(x.text.lower() == "cox" for x in inner):
                    measure = "HR"  # "relative risk (Cox)": a Cox model's estimate is a hazard ratio
                if all(x.kind == "word" for x in inner) and len(inner) <= 3 and (
                        inner and inner[0].text.upper() in _ABBREVS or len(inner) == 1 and len(inner[0].text) <= 5
                        or inner and re.fullmatch(rf"{_ADJUSTED}(?:hazards?|odds|risk|rate)\s+ratio",
                                                  c.sent[inner[0].start:inner[-1].end], re.I)):
                    # "(HR)", "(Cox)", "OR (odds ratio) 9.2", "AOR (adjusted odds ratio) 10"
                    c.i = k + 1
                    head_end = c.toks[k].end
                    continue
                sub = _Cursor(c.sent, c.toks, c.starts)
                sub.i = c.i + 1
                while sub.i < k and sub.low() in _CI_ADJECTIVES:  # "(nominal 95% CIs)"
                    sub.i += 1
                if sub.i + 1 < k and sub.tx().upper() in _ABBREVS and sub.tx(1) in (";", ","):
                    sub.i += 2  # "relative hazards (HRs; 95% CI)": the abbreviation, then the CI's level
                seen, lvl, _ = _skip_ci_words(sub)
                if seen and sub.i < k and c.toks[sub.i].kind == "open":  # "(95% confidence intervals [CIs])"
                    sub.i = next(j for j in range(sub.i, k + 1) if c.toks[j].kind == "close") + 1
                if (seen or lvl is not None) and sub.i < k and re.fullmatch(
                        r"\s*[;,]\s*(?:(?:one|two|1|2)-sided\s+)?[Pp][- ]?values?\s*",
                        c.sent[c.toks[sub.i].start:c.toks[k].start]):
                    sub.i = k  # "hazard ratio (97.5% confidence interval; one-sided P-value) 0.512 (…)": a legend
                if (seen or lvl is not None) and sub.i == k:
                    r_level = lvl or level
                    c.i = k + 1
                    head_end = c.toks[k].end
                    continue
                if sub.i == k - 1 and (seen or lvl is not None) and c.toks[k - 1].text == "]":
                    c.i = k + 1
                    head_end = c.toks[k].end
                    continue
                if inner and inner[0].kind == "word" and (len(inner) <= 6 or len(inner) <= 16 and any(
                        x.text.lower() in ("reference", "referent") for x in inner)) and all(
                        x.kind == "word" or x.text in ("-", "\u2010") for x in inner) and not any(
                        x.text.lower() in ("vs", "versus", "v") for x in inner):  # ("[vaccine versus placebo]": groups)
                    # (also "(patients with no apparent retinopathy as a reference)": the reference group)
                    c.i = k + 1  # "relative risk (Cox model)", "(log-binomial model)"
                    head_end = c.toks[k].end
                    continue
                om = _ORIENT_BRACKET.fullmatch(c.sent, t.end, c.toks[k].start)
                if om and value_tok is None:  # (also after end point words: "HRs of PFS (S vs. SP) are …")
                    orient = (om.group('a').strip(), om.group('b').strip())
                    if om.group("lvl"):
                        r_level = _float(om.group("lvl"))
                    c.i = k + 1  # "HR (experimental/control)", "(drug vs placebo)"
                    head_end = c.toks[k].end
                    continue
                if ep_words and value_tok is None and any(x.kind == "op" for x in inner) and all(
                        x.kind in ("word", "op") or x.kind == "num" and x.text.isdigit()
                        or x.kind == "sym" and x.text == "-" for x in inner) and (
                        c.kind(k - c.i + 1) == "sym" and c.tx(k - c.i + 1) in (",", ";")
                        or c.low(k - c.i + 1) in ("was", "were", "is", "are", "of")):
                    # "on the intervention (control = 0 and prophylaxis = 1), gender …": a coding; "for AO with smoking
                    # (>or = 20 pack-years) was 3.73": a threshold in the factor's name
                    ep_words.extend(inner)
                    c.i = k + 1
                    continue
                if ep_words and value_tok is None and 2 <= len(inner) <= 8 and inner[0].kind == "word" and \
                        inner[0].text.lower() not in _CI_VOCAB and all(
                            x.kind == "word" or x.kind == "num" and x.text.isdigit()
                            or x.kind == "sym" and x.text == "-" for x in inner) and c.kind(k - c.i + 1) == "word" and \
                        c.low(k - c.i + 1) in ("for", "in", "among", "with", "was", "were", "of"):
                    # "The risk ratio for preterm birth (less than 37 weeks) for magnesium compared with placebo was
                    # 1.05, 95% CI …": a threshold that qualifies the end point, then its groups
                    ep_words.extend(inner)
                    c.i = k + 1
                    continue
                sub.i = c.i + 1
                rng = _read_range(sub)
                if rng and sub.i == k and pre_ci is None and not ep_words:
                    pre_ci = (rng[0], rng[1])  # "rate ratio (0.81 to 1.44) was 1.08"
                    c.i = k + 1
                    head_end = c.toks[k].end
                    continue
            if value_tok is None and ep_words and \
                    (ref := re.match(r"[(\[]\s*(?:vs\.?|versus)\s+(?P<b>[A-Za-z][^()\[\]\d]{0,40}?)\s*[)\]]",
                                     c.sent[t.start:])):
                # "… (hazard ratio [95% CI]) of abemaciclib (vs. comparators) was 0.75 (…)": the reference group; the
                # words before it name the group the ratio is for, not an end point
                if (of_a := re.fullmatch(r"\W*of\s+(?P<a>[A-Za-z][\w+/ -]{0,40}?)\s*",
                                         c.sent[head_end:t.start])) and orient is None:
                    orient, ep_words = (of_a.group("a").strip(), ref.group("b").strip()), []
                c.i = bisect.bisect_left(c.starts, t.start + ref.end())
                head_end = t.start + ref.end()
                continue
            if value_tok is None and (lab := _LABEL_THEN_VALUE_CI.match(c.sent, t.start)):
                # "a higher risk ratio of X (initial: 1.47, 1.06-2.05; post-adjudication: 1.54, …)": a bracket of
                # labelled items, each a value and its CI
                c.i = bisect.bisect_left(c.starts, lab.end("v"))
                head_end = t.end
                continue
            if value_tok is None and ep_words and (cats := _CATEGORIES_BRACKET.match(c.sent, t.start)) and \
                    not re.search(r"\d\.\d+\s*(?:-|\u2013|to|,)\s*\d*\.\d", cats.group("in")):
                # "RRs of all cause mortality across categories of coffee consumption (<1cup/mo, 1/mo-4/wk, …) were:
                # 1.0, 1.07 (…), …": the categories' names, before the clause's verb and its values
                c.i = bisect.bisect_left(c.starts, cats.end("in") + 1)
                continue
            if ep_words or value_tok is None:
                # a bracket that starts with a number right after the measure: the value is inside
                nxt = c.peek(1)
                if nxt is not None and nxt.kind == "num" and (not ep_words or "." in nxt.text and re.search(
                        r"\b(?:was|were|is|are)\b[^()\[\]]{0,30}$", c.sent[ep_words[0].start:t.start])
                        # "the highest male-to-female MRR for lip (5.51), larynx (5.37), …": a list of labels, each
                        # with its value alone in a bracket
                        or _BRACKETED_VALUE_LIST.match(c.sent, t.start) and ep_words[0].text.lower() == "for"):
                    # ("HRs (A/B) for OS by last dose were similar (0.67 for 800 mg/day; 0.68 for …)": after the
                    # clause's verb, the bracket holds the values)
                    c.i += 1
                    head_end = t.end
                    continue
                return []
        if t.kind == "num":
            nxt = c.peek(1)
            after = c.sent[t.end:t.end + 24]
            prev_t = c.toks[c.i - 1] if c.i > 0 else None
            glued = prev_t is not None and prev_t.end == t.start and prev_t.end != m.end() and (
                prev_t.kind == "word" or prev_t.text == "-" and c.i >= 2 and c.toks[c.i - 2].kind == "word"
                and c.toks[c.i - 2].end == prev_t.start and "." not in t.text)  # "HbA1c", "HIV-1"; not "RR1.16"
            if glued and t.text.startswith(".") and nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper():
                return []  # "… the relative risk of CVD.15 Such benefits …": a full stop and a reference number
            if glued or (
                    nxt is not None and nxt.kind == "word" and nxt.start == t.end and t.text.isdigit()):
                ep_words.append(t)  # "HbA1c", "CD4", "IL6", "2D": a digit inside a name, not the value
                c.i += 1
                continue
            if prev_t is not None and prev_t.text.lower() in ("below", "above", "under", "over", "than", "least",
                                                              "exceeding", "between", "per") and ep_words and \
                    not _planned_bound(c.sent, c.sent[head_end:t.start]) and \
                    not _RANGE_LEAD.search(c.sent, max(0, t.start - 30), t.start):
                # (not "the hazard ratio for mortality ranged between 1.63 (95% CI …) for A and 2.52 (…) for B")
                # (not "required a hazard ratio of more than 1.35": the ratio's own bound)
                ep_words.append(t)  # "for CD4 count below 200 was 2.1": a threshold in the covariate's name
                c.i += 1
                continue
            if prev_t is not None and prev_t.kind == "word" and prev_t.text.lower() in _NAMES_A_NUMBER \
                    and "." not in t.text or (  # ("grade 3", "day 28"; not "HR per year 0.84")
                    c.low(1) in ("vs", "versus", "v") and c.kind(2 if c.tx(2) != "." else 3) == "num"
                    and "." not in t.text) or (  # "quartile 4 vs 1" names levels; "HR 0.61 vs 0.50" are values
                    # "for quartiles 2, 3 and 4 versus 1": an enumeration of named levels goes on
                    prev_t is not None
                    and prev_t.text.lower() in (",", "and", "or", "versus", "vs", "v", "to", "through")
                    and t.text.isdigit() and c.kind(1) not in ("open",) and c.i >= 2 and c.toks[c.i - 2].kind == "num"
                    and any(x is c.toks[c.i - 2] for x in ep_words[-3:])) or (
                    # "during days 1–7 after influenza": the end of a named range of days
                    prev_t is not None and prev_t.text.lower() in ("-", "\u2013", "to", "through") and c.i >= 2
                    and c.toks[c.i - 2].kind == "num" and any(x is c.toks[c.i - 2] for x in ep_words[-2:])):
                ep_words.append(t)  # "for grade 3 vs grade 1, 1.2": a level's name, not the value
                c.i += 1
                continue
            if t.text.isdigit() and value_tok is None and (cs := _COUNT_OF_STUDIES.match(c.sent, t.end)):
                # "the pooled OR of 3 multicenter RCTs was 1.03": how many studies were pooled, neither the value nor
                # the end point
                c.i = bisect.bisect_left(c.starts, cs.end("n"))
                continue
            if prev_t is not None and prev_t.kind == "word" and prev_t.start > m.start() and t.text.isdigit() and \
                    len(t.text) >= 3 and re.fullmatch(r"[A-Z]{2,5}", prev_t.text) and c.kind(1) == "word":
                ep_words.append(t)  # "for ABP 501 versus adalimumab of 0.948": a drug's code name
                c.i += 1
                continue
            if value_tok is None and not ep_words and re.search(r"[(\[]\s*$", c.sent[max(0, m.start() - 2):m.start()]) \
                    and (hm := _CI_HEADER_ONLY.match(c.sent, m.end())) and hm.group("lvl") and hm.end() > t.start \
                    and _VALUE_AFTER_BRACKET.match(c.sent, hm.end()):
                # "the risk of death (hazard ratio, 95% CI) was 1.12 (0.94-1.34)": the CI's level in the measure's
                # bracket, the value after it
                r_level = _float(hm.group("lvl"))
                c.i = bisect.bisect_left(c.starts, hm.end()) + 1
                continue
            lvl_here, n_lvl = _level_at(c)
            n_ci = n_lvl
            while n_lvl and n_ci < n_lvl + 3 and c.low(n_ci) in _CI_VOCAB:
                n_ci += 1  # "95% CI", "95% confidence interval"
            if n_ci > n_lvl and value_tok is None and not ep_words and (
                    c.kind(n_ci) == "num"
                    or c.tx(n_ci) in (":", ";", ",", "=") and c.kind(n_ci + 1) == "num"):
                # "[hazard ratio (HR); 95 % CI 1.9; 1.2, 3.1]", "(Odds ratio, 95% confidence interval: 1.85 (0.91 to
                # 3.77))": the CI named before the value
                r_level = lvl_here
                c.i += n_ci
                continue
            if re.match(r"\s*times\s+(?:greater|higher|larger|more|lower|less)\b", c.sent[t.end:t.end + 24]) and \
                    "." in t.text and re.search(r"(?:\bwas|\bwere|\bis|\bare)\s*$", c.sent[head_end:t.start]) and \
                    not re.match(r"\s*(?:-\s*)?(?:(?-i:[A-Z]{2,})|rates?\b|ratios?\b)", c.sent[m.end():m.end() + 8]):
                value_tok = t  # "the odds ratio for pneumonia was 7.6 times greater for …": the ratio in words
                break
            if "." not in t.text and prev_t is not None and prev_t.kind == "word" and \
                    _NUMBERED_LABEL.fullmatch(prev_t.text) and not re.match(r"\s*[(\[]", after):
                ep_words.append(t)  # "in era 4 versus era 1 was 1.75": a numbered level's name, not the value
                c.i += 1
                continue
            if ep_words and value_tok is None and _LEVEL_AMOUNT_AFTER.match(c.sent, t.end):
                ep_words.append(t)  # "HRs for death at arsenic concentrations of 10.1-50.0 µg/L, …": a level's amount
                c.i += 1
                continue
            if "." not in t.text and _TIME_WINDOW_AFTER.match(after):
                ep_words.append(t)  # "for femoral neck fracture 0-10 years after TKR was 0.95": a time window
                c.i += 1
                continue
            # (a window long enough for " participants": "for incident HF among 1954 participants was 1.21 (…)")
            if _UNIT_AFTER.match(c.sent, t.end, t.end + 16) and \
                    not re.match(r"\s*-\s*(?:\d|fold)|/\s*\d[\d,]*\s*[a-z]|"
                                 # ("HR = 1.06/year, CI 1.0–1.1", "HR 1.04/day: 99% CI …": per year of the covariate)
                                 r"/\s*(?:years?|yrs?|decades?|months?|weeks?|days?)\s*[,;:)]|"
                                 # ("0.88/µg/L average exposure; 95% CI …": per unit of an exposure's amount)
                                 r"/\s*[nmµ\u00b5\u03bcu]?g/[a-zA-Z]+[^;,()\[\]\d]{0,30}[;,]|"
                                 # ("1.41/decade older, 95% CI …": per unit of the covariate)
                                 r"/\s*[A-Za-z][\w ]{0,12}?\s+(?:older|younger|higher|lower|greater|increase|decrease|"
                                 r"more|less|rise|reduction)\b", after):
                if ep_words or re.match(r"\s*(?:-|\s)?(?:months?|weeks?|years?|days?|year|month|week|day)\b", after) \
                        or prev_t is not None and prev_t.text.lower() == "per":  # "per 1% higher", "per 10 mm Hg"
                    ep_words.append(t)
                    c.i += 1
                    continue
                return []
            if nxt is not None and nxt.kind == "sym" and nxt.text == "-" and c.peek(2) is not None and \
                    c.kind(2) == "word" and nxt.end == c.toks[c.i + 2].start:
                ep_words.append(t)  # "10-unit", "5-year"
                c.i += 1
                continue
            if "." not in t.text and re.match(r"-\s*(?:,|and\b|or\b|to\b)", c.sent[t.end:t.end + 6]):
                ep_words.append(t)  # "with 1-, 2-, and 3-year survival": a suspended hyphen, a name's part
                c.i += 1
                continue
            if c.i > 0 and c.toks[c.i - 1].kind == "op" and c.toks[c.i - 1].text in ("<", ">", "\u2264", "\u2265",
                                                                                    "&lt;", "&gt;") and \
                    not (all(x.kind == "op" for x in ep_words) and _MARGIN_SENTENCE.search(c.sent)
                         and _DESIGN.search(c.sent)):
                # (but "non-inferiority … (95% CI upper bound of hazard ratio < 1.30)": the planned margin itself)
                ep_words.append(t)  # "age >65"
                c.i += 1
                continue
            if re.match(r"\s*(?:\u00b1|\+/-|\+-)", c.sent[t.end:t.end + 4]) or \
                    re.search(r"(?:\u00b1|\+/-|\+-)\s*$|\b[Pp][- ]?values?\s+(?:of\s+|was\s+|were\s+|=\s*)?$|"
                              r"(?:^|\s)[Pp]\s*[=<>\u2264\u2265]\s*$",
                              c.sent[max(head_end, t.start - 20):t.start]):
                return []  # "HR 14.8 ± 11.1": a heart rate and its SD; "RR, O2 Sat … with P values of 0.15": a P;
                # "(ataluren 0.95 vs placebo 1.13; rate ratio p = 0.40)": the ratio's P, its value not printed
            if re.search(r"(?:\b(?:alpha|significance)(?:\s+level)?|\u03b1)\s*(?:=|of|was)\s*$|\b(?:lower|upper)\s+"
                         r"(?:bound|limit)s?(?:\s+limit)?\s*(?:was|of|=|:)?\s*$", c.sent[max(0, t.start - 30):t.start],
                         re.I):
                return []  # "with α = 0.05": a test level; "the lower bound limit was 1.20": a CI's limit
            if re.search(r"\b[Nn]\s*=\s*$", c.sent[max(0, t.start - 6):t.start]):
                ep_words.append(t)  # "HRs from adjusted models of time to relapse, N=1785 …": a count, not the value
                c.i += 1
                continue
            if re.match(r"\s*:\s*\d", c.sent[t.end:t.end + 4]) and t.text.isdigit():
                return []  # "The risk ratio of 2:1 randomisation": an allocation ratio, not an estimate
            if t.text.isdigit() and m.group("w").rstrip("s").isupper() and \
                    re.match(r"\s*[(\[]\s*\d+(?:\.\d+)?\s*%\s*[)\]]", c.sent[t.end:t.end + 14]):
                return []  # "patients who developed IRRs were 13 (4.5%)": a count and its percentage (IRR defined
                # as an infusion-related reaction), not a ratio
            if "." in t.text and re.match(r"\.\d", c.sent[t.end:t.end + 2]):
                return []  # "aRR = 0.1.10": a number misprinted, whose value the text does not say
            value_tok = t
            break
        if t.kind == "word" and t.text.upper() in _ABBREVS and not ep_words:
            c.i += 1
            continue
        if t.kind == "word" and (w in ("reduction", "reductions", "increase", "increases") and not ep_words):
            return []  # relative risk reduction: a percentage, not a ratio
        if t.kind == "word" and w in ("estimate", "estimates") and not ep_words and \
                c.low(1) in ("range", "ranged", "ranging", "varied", "varying"):
            c.i += 1  # "the hazard ratio estimates varied between …"
            continue
        if t.kind == "word" and w in ("range", "ranged", "ranging", "varied", "varying") and \
                (rg := _RANGE_OF_RATIOS.match(c.sent, t.end)) and rg.end() <= limit and \
                (not ep_words or rg.group("v") and re.match(r"\s*[(\[]\s*(?:\d{2}(?:\.\d+)?\s?%\s*)?CI\b",
                                                            c.sent[rg.end("v"):])):
            # (also after the end point's words when each end has its CI: "the hazard ratio for mortality in persons
            # with dementia ranged between 1.63 (95% CI 1.52 to 1.76) for A and 2.52 (95% CI 1.90 to 3.35) for B")
            # "RRs between 2.44 and 3.00", "HR estimates varied between 1.00 (95% CI …) and 1.08 (…)": the two ends
            # of several ratios in words, each a ratio of its own
            c.i = bisect.bisect_left(c.starts, rg.start("v"))
            continue
        if t.kind == "word" and w in ("range", "ranged", "ranging", "varied", "varying") and not ep_words:
            return []  # "(odds ratio [OR] range, 1.4-1.7)": a spread, no estimate (as set T's labellers read it)
        if t.kind == "word" and w == "between" and not ep_words and c.i > 0 and \
                c.toks[c.i - 1].text.upper().rstrip("S") in ("HR", "OR", "RR", "IRR") and \
                (rg := _RANGE_OF_RATIOS.match(c.sent, t.start)) and rg.end() <= limit:
            c.i = bisect.bisect_left(c.starts, rg.start("v"))  # "(RRs between 2.44 and 3.00)"
            continue
        if t.kind in ("word", "op") or (t.kind == "sym" and t.text in ",;:-/+'&=") or t.kind == "close":
            if t.kind == "close":
                if not ep_words and value_tok is None and c.i > 0 and c.toks[c.i - 1].end == m.end() and \
                        re.search(r"[(\[]\s*$", c.sent[max(0, m.start() - 2):m.start()]) and \
                        re.match(r"\s*(?:[=:]|,\s*\d|\d)", c.sent[t.end:t.end + 4]) and \
                        re.search(r"\b(?:hazards?|odds|risks?|relative|ratios?|radio|risk\s+rates?)\s*[(\[]\s*$|"
                                  r"(?:^|[(\[;:]|,\s)\s*[(\[]\s*$",  # "[(RR) = 0.47, …]": a bracket of its own
                                  c.sent[max(0, m.start() - 30):m.start()], re.I):
                    # (not "interval between cardiac beats [RR] = 2.5": defined as something else)
                    c.i += 1  # "hazard radio [HR] = 0.87", "(relative ratio (RR), 0.91; …": the abbreviation in its own
                    # bracket
                    continue
                if not ep_words and value_tok is None and \
                        re.search(r"[(\[]\s*$", c.sent[max(0, m.start() - 2):m.start()]) \
                        and (hdr := _CI_HEADER_ONLY.fullmatch(c.sent, m.end(), t.start)) \
                        and _VALUE_AFTER_BRACKET.match(c.sent, t.start) and (
                            hdr.group("lvl") or not m.group("w").isupper()
                            or _VALUE_THEN_CI_AFTER_BRACKET.match(c.sent, t.start)):
                    # (an abbreviation alone, "[RR] = 2.4", may be defined as something else: only with a CI)
                    # "the risk of death (risk ratio [95% CI]) was 1.12 (0.94-1.34)", "mortality (HR) was 1.12 (…)":
                    # the measure named in a bracket after its end point, the value after the bracket
                    if hdr.group("lvl"):
                        r_level = _float(hdr.group("lvl"))
                    c.i += 1
                    continue
                return []
            if t.kind == "word" and w not in _VERBS or t.kind in ("op",) and t.text not in ("=",):
                ep_words.append(t)
            c.i += 1
            continue
        if t.text == "%" and c.i >= 2 and c.toks[c.i - 1].kind == "num" and c.toks[c.i - 2].text.lower() == "per":
            ep_words.append(t)  # "hazard ratios per 1% higher HbA1c …": the unit of a covariate's step
            c.i += 1
            continue
        if t.text == "." and c.i > 0 and c.toks[c.i - 1].text.lower() in ("vs", "v") and c.kind(1) == "word":
            c.i += 1  # "HR vs. warfarin 1.01"
            continue
        if t.text == "." and ep_words and c.i > 0 and c.toks[c.i - 1].end == t.start and \
                re.fullmatch(r"[A-Z][a-z]{0,5}|spp?|sp", c.toks[c.i - 1].text) and c.kind(1) == "word" and \
                (c.peek(1) or t).text[:1].islower():
            c.i += 1  # "of mastitis caused by Staph. aureus was 0.31": an abbreviated genus, not a full stop
            continue
        if t.text == "%" and ep_words and c.i > 0 and ep_words[-1] is c.toks[c.i - 1]:
            ep_words.append(t)  # "for maintaining A1C <6.5% when …": a threshold in the end point's name
            c.i += 1
            continue
        if t.text in (".", "%"):
            return []
        c.i += 1
    if value_tok is None:
        return []
    value = _num(value_tok)
    if value is None or value_tok.start >= limit or re.fullmatch(r"\d{1,3}(?:,\d{3})+", value_tok.text):
        return []  # (a number with a thousands separator, "a subset of 4,711 women", is no ratio)
    c.i += 1
    # hyphen as the decimal point: "relative risk 0-64 (0-46-0-89)"
    if c.tx() == "-" and c.kind(1) == "num" and \
            re.match(r"\d{1,2}-\d{2,3}\s*[(\[,;]\s*(?:95%\s*CI\s*)?\d{1,2}-\d{2,3}\s*-\s*\d{1,2}-\d{2,3}",
                     c.sent[value_tok.start:value_tok.start + 60]):
        value = float(f"{value_tok.text}.{c.tx(1)}")
        c.i += 2
    span = _SPAN_OF_RATIOS.match(c.sent, value_tok.start, limit)
    second = c.peek(1)
    second_v = _num(second)
    if span and second is not None and second_v is not None and r_level is None and pre_ci is None \
            and "." in value_tok.text and value < second_v <= 20 \
            and re.fullmatch(r"\s*(?:of|was|were|=|:|,)?\s*", c.sent[head_end:value_tok.start]):
        # "(OR 0.7-0.8)": no point value before the range, so it is two ratios (of several groups), not a CI
        c.i += 2
        two = [_Ratio(measure, value, m.start(), value_tok.end, level=r_level),
               _Ratio(measure, second_v, second.start, second.end, level=r_level)]
        for x in two:
            x.ep_text = c.sent[ep_words[0].start:ep_words[-1].end] if ep_words else None
        return two
    if orient is None and (vb := _VS_BEFORE_MEASURE.search(c.sent, max(0, m.start() - 60), m.start())):
        orient = (vb.group("a"), vb.group("b"))  # "NNRTI versus PI hazard ratios (HRs) for … were …"
    r = _Ratio(measure, value, m.start(), c.toks[c.i - 1].end, level=r_level, orient=orient,
               anaphora=isinstance(m, _Word))
    if ep_words:
        ep_end = ep_words[-1].end
        while ep_end < len(c.sent) and c.sent[ep_end] in "+-\u2212" and (ep_end + 1 == len(c.sent)
                                                                        or not c.sent[ep_end + 1].isalnum()):
            ep_end += 1  # "… and PA+/HE+ were": a sign closing the last word
        r.ep_text = c.sent[ep_words[0].start:ep_end]
        if orient:  # "HRs after adjusting for age and stage (S vs. SP) of PFS and OS": neither the groups nor the
            # adjustment are the end point
            r.ep_text = re.sub(r"\s*\([^()]*\)\s*", " ", r.ep_text).strip()
            r.ep_text = re.sub(r"^(?:after\s+)?adjust\w*\s+(?:for|of)\s+.*?\s+(?=(?:of|for)\s)", "", r.ep_text)
        ref = re.fullmatch(r"(?:vs\.?|versus|compared\s+(?:with|to)|relative\s+to)\s+(?P<b>[^,;()\[\]]{2,40})",
                           r.ep_text, re.I)
        colon = _COLON_PAIR.fullmatch(r.ep_text)
        if colon and r.orient is None:
            r.ep_text, r.orient = None, (colon.group("a"), colon.group("b"))  # "hazard ratio losartan:captopril 1.13"
        elif ref:
            # "1.60% with dabigatran 110 mg (HR vs. warfarin 1.01 …)": the reference group, not an end point; the
            # group named right before the bracket is the numerator
            r.ep_text = None
            num = re.search(r"\b(?:with|for|in)\s+(?:the\s+)?(?P<a>[A-Za-z][\w+/.-]*(?:\s[\w+/.-]+){0,3}?)\s*[(\[]\s*$",
                            c.sent[max(0, m.start() - 60):m.start()])
            if num and r.orient is None:
                r.orient = (num.group("a"), ref.group("b").strip())
    if r.ep_text:
        head_label = re.fullmatch(r"(?P<ep>.+?)\s+(?:were|was|are|is)\s*:\s*(?P<l>[^:]+)", r.ep_text)
        if head_label:  # "ORs for hip fracture were: previous fracture, 2.31 (…)": the end point, then the label
            r.ep_text, r.label = head_label.group("ep"), head_label.group("l")
        if _ADVERB_ONLY.fullmatch(r.ep_text) or _STEP_ONLY.fullmatch(r.ep_text) or \
                re.search(r"\bwith\s+$", c.sent[head_end:ep_words[0].start]) and \
                not re.match(r"(?:an?\s+)?(?:increased|higher|lower|reduced|decreased|greater)\b", r.ep_text, re.I):
            # "for women, the HR was also 1.00": no end point words; "hazard ratio with clonidine, 1.08": the
            # group the ratio is for
            r.ep_text = None
    if pre_ci:
        r.lo, r.hi = pre_ci
    _skip_per(c, r)
    vs = _VERSUS_THEN_CI.match(c.sent, r.end)
    if vs and vs.end() < limit:  # "IRR 1.94 versus no diabetes; 95% CI [1.75, 2.15]": the reference, then the CI
        c.i = bisect.bisect_left(c.starts, vs.end())
        if vs.group("a"):  # "HR 6.3 for no chemotherapy vs chemotherapy; 95% CI …": the comparison, in its order
            r.orient = (vs.group("a").strip(), vs.group("b").strip())
    after_m = None if _label_then_ci(c, r, level, limit) else _AFTER_VALUE.match(c.sent, r.end)
    if after_m and after_m.end() < limit:
        k = c.i
        while k < len(c.toks) and c.toks[k].start < after_m.end():
            k += 1
        if k < len(c.toks) and c.toks[k].kind == "open":
            probe = _Ratio(measure, value, r.start, r.end)
            c2 = _Cursor(c.sent, c.toks, c.starts)
            c2.i = k
            _read_ci_and_p(c2, probe, level)
            if probe.lo is not None or probe.p is not None:
                if not ep_words:
                    r.ep_text = after_m.group("ep")
                else:
                    r.ep_text = (r.ep_text or "") + " " + after_m.group("ep")
                c.i = k
    _read_ci_and_p(c, r, level)
    if r.p is None and (r.lo is not None or r.hi is not None):
        _p_after_bracket(c, r)
    if r.lo is None and r.hi is None and r.p is None:
        lead = c.sent[head_end:value_tok.start]
        abbrev = m.group("w").isupper()
        # "(HR for death, 0.52)", "an HR for EFS of 0.55", "the margin for the HR for death was 1.25": a ratio
        # named with its end point, its value a decimal right after a verb or in the measure's own bracket
        named = ep_words and "." in value_tok.text and value <= 20 and (
            re.search(r"(?:\bof|\bwas|\bwere|\bis|=|:)\s*$", lead) is not None or _ESTIMATED_AS.search(lead) is not None
            # ("required a hazard ratio of more than 1.35 for overall survival": a planned bound)
            or _planned_bound(c.sent, lead)
            or _BRACKETED_VALUE_LIST.match(c.sent, value_tok.start - 1) is not None  # "MRR for lip (5.51), larynx (…)"
            # "HRs for OS were similar (0.67 for 800 mg/day; …)": the clause's verb, then the bracket of values
            or re.search(r"\b(?:was|were|is|are)\b[^()\[\]]{0,30}[(\[]\s*$",
                         c.sent[ep_words[0].start:value_tok.start]) is not None
            or re.search(r"(?:[(\[]|;|,?\s+and)\s*$", c.sent[max(0, m.start() - 6):m.start()]) is not None
            # (or goes on with another ratio named the same way: "(HR for death with A vs. C, 0.52; HR for death
            # with B vs. C, 0.63)")
            and re.match(r"\s*(?:[)\]]|(?:;|,?\s+and)\s+(?:the\s+)?(?-i:HR|OR|RR|IRR|[Pp]\b)|"
                         r"(?:;|,?\s+and)\s+(?:the\s+)?(?:hazard|odds|risk|rate)\s+ratio)",
                         c.sent[value_tok.end:value_tok.end + 24], re.I) is not None)
        # ("Pre-existing cardiovascular disease (OR 22.45), …": an odds ratio over 20 alone in its bracket is one; a
        # heart rate is "HR 72")
        big_ok = value > 20 and m.group("w") in ("OR", "RR", "IRR", "aOR", "aRR") and "." in value_tok.text and \
            re.match(r"\s*[)\]]", c.sent[value_tok.end:value_tok.end + 3]) is not None
        if not named and ((value > 20 and abbrev and not big_ok) or (abbrev and ep_words) or not (
                re.search(r"(?:\bof|\bwas|\bwere|\bis|\bare|\bbeing|=|:|,|"
                          r"\b(?:ranged?|ranging|varied|varying)\s+(?:from|between)|^\s*between|"  # a range's ends
                          # ("a noninferiority margin of hazard ratio was set at 1.32")
                          r"\b(?:was|were|is)\s+(?:set|fixed|defined)\s+(?:at|to|as))\s*$", lead)
                or _ESTIMATED_AS.search(lead)
                or not ep_words and not lead.strip())):
            return []  # a bare number far from the measure's name, "HR 72", "the RR were: group I, 8.9"
    _trailing_endpoint(c, r)
    if r.ep_text and r.lo is None and _BRACKETED_VALUE_LIST.match(c.sent, value_tok.start - 1) and \
            (fl := re.fullmatch(r"for\s+(?P<l>.+)", r.ep_text)):
        r.label, r.ep_text = fl.group("l"), None  # "MRR for lip (5.51), larynx (5.37)": the first item's label
    out = [r]
    if _RANGE_LEAD.search(c.sent, head_end, value_tok.start) and \
            (e2 := _RANGE_END.match(c.sent, c.toks[c.i - 1].end if r.lo is not None or r.hi is not None
                                    else value_tok.end)) and e2.end() <= limit:
        # the range's other end, with its own CI if printed: "… from 1.07 to 1.13", "between 1.00 (…) and 1.08 (…)"
        c.i = bisect.bisect_left(c.starts, e2.start("v")) + 1
        other = _Ratio(measure, _num_of(e2.group("v")), e2.start("v"), e2.end("v"), level=r.level, ep_text=r.ep_text)
        if not _label_then_ci(c, other, level, limit):  # ("… to 0.34 in Nepal (95% CI: 0.12-0.83)")
            _read_ci_and_p(c, other, level)
        out.append(other)
    # A list: ", 1.03 (1.01-1.05) and 1.08 (1.02-1.14)", "… for X and 0.83 (95% CI …) for Y",
    # "[OR (95% CI): 3.79 (1.1-13.1)], dysthymia [1.78 (1.12-2.84)]", "1.78 and 2.63, respectively".
    bare_head = r.lo is None and r.hi is None
    for _k in range(20):
        save = c.i
        cm = _COMPARED_RATIO.match(c.sent, out[-1].end)
        if cm and cm.end() <= limit and not _UNIT_AFTER.match(c.sent, cm.end()) and \
                not re.search(r"\b(?:medians?|means?|rates?|scores?)\b|%", c.sent[cm.start():cm.start("v")], re.I) and \
                not re.match(r"\s*[(\[]?\s*(?:ref|reference)\b", c.sent[cm.end():cm.end() + 14], re.I):
            # "the relative risk was 0.59 at low pressures compared with 1.08 at high pressures"
            c.i = bisect.bisect_left(c.starts, cm.end())
            nr = _Ratio(measure, _num_of(cm.group("v")), cm.start("v"), cm.end("v"), level=r.level)
            _read_ci_and_p(c, nr, level)
            if bare_head == (nr.lo is None and nr.hi is None):  # printed like the first
                nr.ep_text = r.ep_text
                out.append(nr)
                continue
            c.i = save
        label: list[_Tok] = []
        steps, closed, opened = 0, False, False
        while steps < 16:
            t_or_none = c.peek()
            if t_or_none is not None and t_or_none.kind == "num" and t_or_none.start < limit and label and \
                    t_or_none.text.isdigit() and t_or_none.start > 1 and c.sent[t_or_none.start - 1] in "-/" and \
                    re.match(r"[A-Za-z]", label[-1].text) is None and label[-1].end == t_or_none.start - 1 and \
                    c.i >= 2 and c.toks[c.i - 2].kind == "num" and c.toks[c.i - 2].start > 0 and \
                    c.sent[c.toks[c.i - 2].start - 1].isalpha():
                label.append(t_or_none)  # "… in patients with the BRCA1/2 variant and 0.39 (…)": a gene's name
                c.i += 1
                steps += 1
                continue
            if t_or_none is not None and t_or_none.kind == "num" and t_or_none.start < limit and (
                    _LABEL_QUANTITY.match(c.sent, t_or_none.end) or t_or_none.text.isdigit() and label
                    and (label[-1].text.lower() in _NAMES_A_NUMBER  # "… and 0.81 (…) in year 2"
                         or label[-1].kind == "word" and label[-1].end == t_or_none.start  # "… in Q1", "in T2"
                         # "… for PATHWAY 1; 0.26 (…)": items with CIs, an integer ending the label
                         or not bare_head and label[-1].kind == "word"
                         and _LABEL_NUMBER_ENDS.match(c.sent, t_or_none.end) is not None)):
                label.append(t_or_none)  # "… for 10 mg and 0.70 (…) for 20 mg": a dose in the item's label
                c.i += 1
                steps += 1
                continue
            if t_or_none is not None and t_or_none.kind == "num" and t_or_none.start < limit and not bare_head and \
                    (label or c.i > 0 and c.toks[c.i - 1].text.lower() in _LABEL_LEADS) and \
                    _NUMBER_IN_LABEL.match(c.sent, t_or_none.end):
                # "… 0.80 (CI, 0.63-1.01) for 2-5 aspirin/week, 0.72 (…) for >14 aspirin/week": items with CIs,
                # a count with its unit in the item's label
                label.append(t_or_none)
                c.i += 1
                steps += 1
                continue
            if t_or_none is not None and t_or_none.text == "." and label and t_or_none.start < limit and \
                    _NEXT_ITEM_AFTER_STOP.match(c.sent, t_or_none.end):
                c.i += 1  # "… for gastrointestinal symptoms. 0.87 (95% CI …) for SIRS, and …": a full stop for a comma
                steps += 1
                continue
            if t_or_none is None or t_or_none.start >= limit or t_or_none.kind == "num" or t_or_none.text == ".":
                break
            if t_or_none.kind == "word" and re.match(r"(?:number\s+)?needed\s+to\s+(?:treat|harm)\b|NN[TH]\b",
                                                     c.sent[t_or_none.start:t_or_none.start + 24], re.I):
                break  # "…, which resulted in a 5-year number needed to treat of 22 (95% CI, 20 to 27)": no ratio
            t = t_or_none
            if t.kind == "word" and _MEASURE_WORD.fullmatch(t.text):
                break
            if t.kind == "close":
                if label or closed:
                    break
                closed = True
            elif t.kind == "open" and (sc := _STUDY_COUNT_BRACKET.match(c.sent, t.start)) and sc.end() <= limit \
                    and not label:
                # "… 0.80 to 1.40 (two trials, 99 women); and 0.99, 95% CI …": a review's count of the trials and
                # people behind the item, then the list goes on
                c.i = bisect.bisect_left(c.starts, sc.end())
                steps += 1
                continue
            elif t.kind == "open":
                close = next((j for j in range(c.i + 1, min(c.i + 14, len(c.toks)))
                              if c.toks[j].kind in ("open", "close")), None)
                # (or "… 0.78 (95% CI …) in the lowest quintile (mean baseline DBP 61 ± 5 mm Hg) and 0.74 (…)": an
                # aside of words and whole numbers, then the next item)
                inner = c.toks[c.i + 1:close] if close is not None else []
                if label and close is not None and c.toks[close].kind == "close" and close + 1 < len(c.toks) \
                        and not any(x.kind == "num" and "." in x.text for x in inner) and (
                            # ("… for thromboembolic events (TEEs); 1.13 (…) for …": an abbreviation, then ';')
                            c.toks[close + 1].text in (",", ":", ";") and close - c.i < 9 or
                            len(inner) > 2 and c.toks[close + 1].text in ("and", "or") and close + 2 < len(c.toks)
                            and c.toks[close + 2].kind == "num" and "." in c.toks[close + 2].text
                            and not any(_MEASURE_WORD.fullmatch(x.text) for x in inner)):
                    label.extend(c.toks[c.i + 1:close])  # "low body weight (< 58 kg), 2.20 (…)": part of the label
                    c.i = close + 1
                    steps += 1
                    continue
                if label and (ec := _EVENTS_THEN_VALUE.match(c.sent, t.start)) and ec.end() <= limit:
                    # "… relative to A (75 deaths; adjusted HR=1.52, …), B (67 deaths; 1.76, 95% CI, 1.32-2.35)":
                    # the item's count of events, then its value
                    opened = True
                    c.i = bisect.bisect_left(c.starts, ec.end())
                elif c.kind(1) == "num":
                    opened = True
                    c.i += 1
                elif label and (sl := _SUBLABEL_IN_BRACKET.match(c.sent, t.start)) and sl.end() <= limit:
                    # "…; prior platinum (yes: 0.83, 0.49-1.45; no: 0.91, …)": the group, then its level's label
                    k = bisect.bisect_left(c.starts, sl.end("l"))
                    label.extend(c.toks[c.i:k])
                    c.i = bisect.bisect_left(c.starts, sl.end())
                    opened = True
                break
            elif t.kind == "word" and t.text.lower() not in ("and", "or", "respectively", "for", "in", "with",
                                                              "vs", "versus", "compared"):
                label.append(t)
            c.i += 1
            steps += 1
        t_or_none = c.peek()
        if t_or_none is None or t_or_none.kind != "num" or t_or_none.start >= limit or \
                _UNIT_AFTER.match(c.sent[t_or_none.end:t_or_none.end + 12]) or \
                re.match(r"\s*-\s*(?:sided|tailed)\b", c.sent[t_or_none.end:t_or_none.end + 10]) or \
                re.match(r"[pP]\s*[=<>\u2264]", c.sent[t_or_none.end:t_or_none.end + 3]) or (  # "2p<0.01"
                t_or_none.start > 1 and c.sent[t_or_none.start - 1] in "-/" and
                c.sent[t_or_none.start - 2].isalnum()) or (
                # "… versus 0.83 (95% CI 0.69-1.00) for CPS <10 (P for interaction 0.009)": a label's threshold
                label and out and re.search(r"[A-Za-z]\s*[<>\u2264\u2265]=?\s*$", c.sent[max(0, t_or_none.start - 6):
                                                                                     t_or_none.start])):
            c.i = save  # "MIB-1" is a name, not a value
            break
        t = t_or_none
        v = _num(t)
        c.i += 1
        nr = _Ratio(measure, v if v is not None else 0.0, t.start, t.end, level=r.level, orient=r.orient, head=r.start)
        _skip_per(c, nr)
        _read_ci_and_p(c, nr, level)
        if nr.lo is None and nr.hi is None and nr.p is None and _label_then_ci(c, nr, level, limit):
            gap = _GAP_LABEL.fullmatch(c.sent, out[-1].end, t.start)
            if gap and out[-1].label is None:  # "1.00 in group C, 2.43 in group A (…)": the gap names the former
                out[-1].label, out[-1].label_after, label = gap.group("l"), True, []
        if bare_head and opened and label and v is not None and v <= 20 and "." in t.text and \
                re.match(r"\s*[)\]]", c.sent[t.end:]) and c.sent[value_tok.start - 1:value_tok.start] in ("(", "[") \
                and re.fullmatch(r"\s*[)\]]?\s*,\s*(?:and\s+)?[A-Za-z][^()\[\]\d]{0,40}?\s*[(\[]\s*",
                                 c.sent[out[-1].end:t.start]):
            bare_ok_listed = True  # "… for lip (5.51), larynx (5.37), and bladder (3.36)": the next label's value
        else:
            bare_ok_listed = False
        bare_ok = bare_head and not label and not closed and not opened and v is not None and v <= 20 and \
            re.fullmatch(r"\s*(?:,\s*|,?\s*and\s+)", c.sent[(out[-1].end if out else r.end):t.start]) is not None
        if bare_head and not bare_ok and not closed and not opened and v is not None and v <= 20 and "." in t.text \
                and re.search(r"[(\[]\s*$", c.sent[max(0, value_tok.start - 2):value_tok.start]) \
                and _GAP_LABEL.fullmatch(c.sent, out[-1].end, t.start) and _LAST_LABEL.match(c.sent, t.end) \
                and re.match(r"[^()\[\]]*[)\]]", c.sent[t.end:]):
            # "HRs for OS were similar (0.67 for 800 mg/day; 0.68 for <800 mg/day)": bare values in one bracket,
            # each followed by its group's name
            bare_ok, label = True, []
        if bare_head and not bare_ok and not closed and not opened and v is not None and v <= 20 and "." in t.text \
                and "." in value_tok.text and re.search(r"\b(?:was|were|of)\s*$", c.sent[head_end:value_tok.start]) \
                and (gl := _GAP_LABEL.fullmatch(c.sent, out[-1].end, t.start)) \
                and gl.group(0).lstrip()[:4] == "for " and ";" not in gl.group(0) \
                and re.match(r"\s*for\s", c.sent[t.end:]) and _LAST_LABEL.match(c.sent, t.end):
            # "the hazard ratio was 0.56 for a sustained decline in GFR, 0.71 for hospitalization …", "with hazard
            # ratios of 0.95 for overall survival and 0.90 for event-free survival": bare values, each followed by
            # what it is for
            bare_ok, label = True, []
            if out[-1].ep_text is None and out[-1].label is None:
                first = gl.group("l").strip()
                if _ENDPOINT_MENTION.search(first) or _LABEL_IS_ENDPOINT.fullmatch(first):
                    out[-1].ep_text = first
                else:
                    out[-1].label = first
        if v is None or not (nr.lo is not None or nr.hi is not None or nr.p is not None or bare_ok
                             or bare_ok_listed) or (
                label and (_TEST_STATISTIC.fullmatch(c.sent, label[0].start, label[-1].end)
                           or _OTHER_STATISTIC_NAMED.search(c.sent, label[0].start, t.start))):
            c.i = save  # ("…, Wald z = 12.9, p < 0.001": a test statistic, not another ratio; "… for logistic and
            break  # expβ = 1.02, 95% CI …": a linear model's exponentiated coefficient)
        bracket_end = c.sent.find(")", nr.end) if ")" in c.sent[nr.end:] else limit
        if opened and closed and c.kind() != "close" and re.search(r"\d[^()\[\]]*[(\[]\s*\d",
                                                                    c.sent[nr.end:bracket_end]):
            # "(…, hazard ratio 1.05 […]), and at discontinuation (4.7 […] for 2% gel, 3.9 […] for placebo)": out of
            # the ratio's bracket into another that lists more values with intervals: groups' rates, not ratios
            c.i = save
            break
        if opened and c.kind() == "close":
            c.i += 1
            nr.end = c.toks[c.i - 1].end
        if not nr.label_after:
            nr.label = c.sent[label[0].start:label[-1].end] if 0 < len(label) <= 8 else None
            if nr.label and nr.label.count("(") > nr.label.count(")"):
                nr.label += ")"  # "age (per year increase), 1.09": the label's own bracket, closed
        nr.ep_text = r.ep_text
        if nr.label and (_ENDPOINT_MENTION.search(nr.label) or _LABEL_IS_ENDPOINT.fullmatch(nr.label)):
            nr.ep_text, nr.label = nr.label, None  # "… and for OS was 0.80 (…)"
        _trailing_endpoint(c, nr)
        out.append(nr)
    if len(out) > 1 and (ga := _ITEM_GROUPS_AFTER.match(c.sent, out[-1].end)) and ga.end() <= limit:
        # "… was 1.05, 95% CI 0.80 to 1.40; and 0.99, 95% CI 0.57 to 1.72 (two trials) for magnesium compared with
        # alternative therapies": the last item's own groups
        out[-1].orient = (ga.group("a").strip(), ga.group("b").strip())
    if len(out) > 1 and all(x.label is None for x in out[1:]):
        # "… 1.10 and 1.25 for men and women, respectively": each value's label, in order
        names = _respective_arms(c.sent, out[-1].end, len(out))
        if names:
            for x, name in zip(out, names, strict=True):
                x.label = name
    if len(out) > 1 and all(x.lo is None and x.hi is None for x in out):
        _cis_after_respectively(c.sent, out, limit, level)
    if len(out) == 2 and all(x.label is None for x in out) and out[0].ep_text and \
            (eg := _EP_IN_TWO_GROUPS.fullmatch(out[0].ep_text)) and re.match(r"[^.;]{0,40}\brespectively\b",
                                                                          c.sent[out[-1].end:]):
        # "Relative risks for mortality in the vitamin A and beta carotene groups were 1.15 (…) and 1.21 (…),
        # respectively": one end point, one group per value
        for x, g in zip(out, ("a", "b"), strict=True):
            x.ep_text, x.label, x.label_after = eg.group("ep"), eg.group(g), True
    if len(out) >= 3 and out[0].value == 1 and out[0].lo is None and all(x.lo is not None for x in out[1:]) and \
            re.fullmatch(r"\s*,\s*", c.sent[out[0].end:out[1].start]) and \
            re.search(r"\b(?:were|are)\s*:?\s*1(?:\.0+)?$", c.sent[max(0, out[0].end - 16):out[0].end]):
        out = out[1:]  # "RRs … across categories of coffee consumption were: 1.0, 1.07 (…), 1.02 (…)": the reference
        # category's 1.0, no estimate
    _endpoints_respectively(c.sent, out, limit)
    _endpoints_listed_before(c.sent, out, limit)
    _endpoints_respectively_first(c.sent, out)
    _subjects_respectively(c.sent, out, limit)
    _labels_after_values(c.sent, out)
    return out


_EP_FOR_SUBSET = re.compile(r"(?P<ep>.+?)\s+(?:for|in|among)\s+(?:the\s+)?(?:combined\s+|pooled\s+)?(?:populations?|"
                            r"subgroups?|subsets?|strata)\s+(?P<who>(?:with|without|of|who)\b.{2,80})", re.I)
_EP_FOR_TWO_GROUPS = re.compile(r"(?P<ep>.+?)\s+(?:for|in|among|with)\s+(?:the\s+)?"
                                r"(?P<a>[\w+/-]+(?:\s[\w+/-]+){0,3}?)\s+and\s+(?:the\s+)?(?P<b>[\w+/-]+(?:\s[\w+/-]+){0,3}?)"
                                r"(?:\s+(?:patients|participants|groups|arms|cohorts))?", re.I)
_EP_FOR_NAMED_SUBSET = re.compile(r"(?P<ep>.+?)\s+(?:for|in|among)\s+(?:the\s+)?"
                                  r"(?P<who>(?!all\b|each\b|both\b)[\w+/.-]+(?:\s[\w+/.-]+){0,3}?)\s+"
                                  r"(?:subgroup|subset|stratum)", re.I)
_EP_IN_TWO_GROUPS = re.compile(r"(?P<ep>.+?)\s+(?:in|among|for)\s+(?:the\s+)?(?P<a>[\w+/-]+(?:\s[\w+/-]+){0,3}?)\s+"
                               r"and\s+"
                               r"(?:the\s+)?(?P<b>[\w+/-]+(?:\s[\w+/-]+){0,3}?)\s+(?:groups|arms)", re.I)


# "Nausea, headache, dizziness and tiredness were less frequent with A (RR 0.71 (…); 0.53 (…); 0.73 (…) and
# 0.88 (…) respectively)": the clause's subjects, one per value in order
_SUBJECT_LIST = re.compile(r"(?:^\s*|[.;:]\s+|,\s+(?=[A-Z]))"
                           r"(?P<items>[A-Za-z][\w' -]{1,40}(?:,\s*[A-Za-z][\w' -]{1,40}){1,12},?\s+(?:and|or)\s+"
                           r"[A-Za-z][\w' -]{1,40}?)\s+(?:were|was|occurred|did)\b[^.;()\[\]]{0,80}"
                           r"[(\[][^()\[\]]{0,20}$")


def _subjects_respectively(sent: str, out: list[_Ratio], limit: int) -> None:
    """Give each of several unnamed ratios followed by "respectively" the subject list's item in order."""
    # (also without the word when all the values sit in one bracket after the list: "Nausea, headache, dizziness and
    # tiredness were less frequent with A (RR (95% CI) 0.71 (…); 0.53 (…); 0.73 (…); 0.88 (…))")
    one_bracket = (opened := max(sent.rfind("(", 0, out[0].start), sent.rfind("[", 0, out[0].start))) >= 0 and \
        _group_clause_start(sent, 0, out[-1].start) <= opened and \
        re.fullmatch(r"[^()\[\]]*(?:[(\[][^()\[\]]*[)\]][^()\[\]]*)*", sent[opened + 1:out[-1].start]) is not None
    respectively = re.match(r"[^.;()\[\]]{0,40}?\brespectively\b", sent[out[-1].end:limit]) is not None
    if len(out) >= 2 and respectively and not any(x.label for x in out) and len({x.ep_text for x in out}) == 1 and \
            (vo := re.fullmatch(r"(?:the\s+)?values?\s+of\s+(?P<items>.+)", out[0].ep_text or "", re.I)):
        # "the OR (95% CI) values of fever duration ≥ 7 days, delayed diagnosis … and platelets ≤ 350 were 2.94 (…), …,
        # respectively": each value the factor listed in its place
        parts = [p.strip() for p in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", vo.group("items"))
                 if p.strip()]
        if len(parts) == len(out):
            for x, part in zip(out, parts, strict=True):
                x.ep_text, x.label = None, part
        return
    if len(out) < 2 or any(x.ep_text or x.label for x in out) or not (respectively or one_bracket):
        return
    m = _SUBJECT_LIST.search(sent, max(0, out[0].start - 200), out[0].start)
    if not m:
        return
    parts = [p.strip() for p in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", m.group("items")) if p.strip()]
    if len(parts) == len(out) and not any(_people(p) for p in parts):
        for x, part in zip(out, parts, strict=True):
            x.ep_text = part


# "… were 0.82, 0.76 and 0.71 for the 10-, 20- and 40-mg doses, respectively (95% CIs 0.70-0.96, 0.64-0.90 and
# 0.60-0.84)": the CIs listed in the same order as the values
_RESPECTIVE_CIS = re.compile(r"[^.;()\[\]]{0,90}?\brespectively\s*[,;]?\s*[(\[]\s*"
                             r"(?:(?P<lvl>\d{2}(?:\.\d{1,2})?)\s?(?:%|percent)\s*)?"
                             r"(?:CIs?|confidence\s+(?:intervals?|limits?))\s*[:,=]?\s*(?P<list>[^()\[\]]+)[)\]]", re.I)
_LISTED_RANGE = re.compile(rf"(?<![\d.])({_NUM})\s*(?:-|\u2013|to)\s*({_NUM})(?![\d.])")


_CONTROL_ARM_AFTER = re.compile(r"\s*(?:for|in|with)\s+(?:the\s+)?(?:placebo|controls?|usual\s+care|vehicle|sham)\b",
                                re.I)
# "Hematogenous, lymph node, and peritoneal recurrence developed in 72, 105, and 138 patients, respectively; "
_LISTED_EVENTS = re.compile(r"(?:^|[.;:]\s+|^\W*(?-i:[A-Z]{4,}):?\s+)"
                            r"(?P<list>[A-Za-z][\w-]*(?:\s[\w-]+)?(?:\s*,\s*[\w-]+(?:\s[\w-]+)?)*\s*,?\s+and\s+[\w-]+(?:\s[\w-]+)?)\s+(?P<noun>[a-z]+)\s+(?:developed|"
                            r"occurred|(?:was|were)\s+(?:observed|seen|found|diagnosed))\b[^;]*\brespectively\s*;\s*$",
                            re.I)


def _endpoints_listed_before(sent: str, out: list[_Ratio], limit: int) -> None:
    """"A, B, and C recurrence developed in 72, 105, and 138 patients, respectively; hazard ratios were 0.79
    (…), 0.51 (…), and 0.60 (…), respectively": one listed event per value, in order."""
    if len(out) < 2 or any(x.ep_text for x in out) or \
            not re.match(r"[^.;()\[\]]{0,40}?\brespectively\b", sent[out[-1].end:limit]):
        return
    m = _LISTED_EVENTS.search(sent, 0, out[0].start)
    if not m or not re.fullmatch(r"[^.;]{0,40}", sent[m.end():out[0].start]):
        return
    items = [x for x in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("list")) if x]
    if len(items) == len(out):
        for x, item in zip(out, items, strict=True):
            x.ep_text = f"{item} {m.group('noun')}"


# "5-year DFS and OS rates were 73.9% v 70.2% (HR …) and 80.2% v 78.4% (HR …), respectively": the subject's end points
_SUBJECT_ENDPOINT_LIST = re.compile(r"(?:^|[,;:]\s*|\b(?:the|and|that)\s+)(?:\d+-(?:year|month)\s+)?"
                                    r"(?P<list>[A-Za-z][\w -]{0,40}?(?:,\s*[A-Za-z][\w -]{0,40}?)*,?\s+and\s+"
                                    r"[A-Za-z][\w -]{0,40}?)\s+(?:(?:survival\s+)?(?:rates?|probabilit(?:y|ies)|"
                                    r"estimates?)\s+)?(?:were|was)\b", re.I)


_TRAILING_ENDPOINTS_RESPECTIVELY = re.compile(r"[^.()\[\]]{0,40}?\bfor\s+(?P<list>[A-Za-z][\w -]{0,40}?"
                                              r"(?:,\s*[A-Za-z][\w -]{0,40}?)*,?\s+and\s+[A-Za-z][\w -]{0,40}?),?\s+"
                                              r"respectively\b", re.I)


def _endpoints_subject_list(sent: str, out: list[_Ratio], limit: int) -> None:
    """"5-year DFS and OS rates were 73.9% v 70.2% (HR 0.87 …) and 80.2% v 78.4% (HR 0.92 …), respectively": the
    sentence's subject lists one end point per ratio, in order (only names of end points)."""
    if len(out) >= 2 and (tr := _TRAILING_ENDPOINTS_RESPECTIVELY.match(sent, out[-1].end, limit)) and len(
            items := [x.strip() for x in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", tr.group("list")) if x.strip()]
    ) == len(out) and all(_ENDPOINT_MENTION.fullmatch(x) for x in items):
        for x, item in zip(out, items, strict=True):
            x.ep_text = item  # "(HR 1.65, …; and HR 1.27, …, P = 0.05 for OS and PFS respectively)"
        return
    if len(out) < 2 or any(x.ep_text for x in out) or \
            not re.match(r"\s*[)\]]?[^.;()\[\]]{0,40}?\brespectively\b", sent[out[-1].end:limit]):
        return
    m = next(reversed(list(_SUBJECT_ENDPOINT_LIST.finditer(sent, 0, out[0].start))), None)
    if m is None:
        return
    items = [x.strip() for x in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("list")) if x.strip()]
    if len(items) == len(out) and all(_ENDPOINT_MENTION.fullmatch(x) for x in items):
        for x, item in zip(out, items, strict=True):
            x.ep_text = item


_RESPECTIVE_ENDPOINTS_FIRST = re.compile(r"(?:improved|better|longer|prolonged|reduced|worse|shorter)?\s*"
                                         r"(?P<list>[A-Za-z][\w -]{0,40}?(?:,\s*[A-Za-z][\w -]{0,40}?)*,?\s+and\s+"
                                         r"[A-Za-z][\w -]{0,40}?),?\s+respectively\s*[:;,]\s*[^.;]{0,80}$", re.I)


def _measures_respectively(sent: str, out: list[_Ratio], before: list[re.Match[str]], m: re.Match[str]) -> None:
    """"The HR for progression-free survival and the odds ratio for response were 0.78 (95% CI …) and 1.50 (95% CI …),
    respectively": the measures named before the values, one per value in order (each earlier name printed no value
    of its own: no number between it and the last name)."""
    if not re.match(r"[^.;()\[\]]{0,40}?\brespectively\b", sent[out[-1].end:out[-1].end + 60]):
        return
    names = [w for w in before if m.start() - 200 <= w.start() and not re.search(r"\d", sent[w.end():m.start()])]
    codes = [_measure_code(w.group("w")) for w in [*names, m]]
    if len(codes) == len(out) and len(set(codes)) > 1:
        ends = [w.start() for w in names[1:]] + [m.start()]
        # (each name's end point, "for X" up to the next name: "HR for PFS and the odds ratio for response")
        eps = [re.fullmatch(r"\s*for\s+(?P<ep>[^,;()\[\]\d]{2,80}?)\s*,?\s+and\s+(?:the\s+|an?\s+)?", sent[w.end():e])
               for w, e in zip(names, ends, strict=True)]
        for k, (r, code) in enumerate(zip(out, codes, strict=True)):
            r.measure = code
            if k < len(eps) and (ep := eps[k]) is not None:
                r.ep_text = ep.group("ep")


def _endpoints_respectively_first(sent: str, out: list[_Ratio]) -> None:
    """"… associated with improved OS and PFS, respectively: hazard ratio (95% CI) 0.51 (…) and 0.42 (…)": the
    end points named before "respectively", one per value in order (only names of end points)."""
    if len(out) < 2 or any(x.ep_text for x in out):
        return
    m = _RESPECTIVE_ENDPOINTS_FIRST.search(sent, max(0, out[0].start - 200), out[0].start)
    if not m:
        return
    items = [x.strip() for x in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("list")) if x.strip()]
    items[0] = re.sub(r"^.*\b(?:improved|better|longer|prolonged|reduced|worse|shorter)\s+", "", items[0], flags=re.I)
    if len(items) == len(out) and all(_ENDPOINT_MENTION.fullmatch(x) for x in items):
        for x, item in zip(out, items, strict=True):
            x.ep_text = item


# "hazard ratios … for all-cause mortality for A, B, and C groups were 0.96 (…), 0.61 (…), and 0.62 (…), respectively":
# one end point, then the groups (levels of a factor), one per value in order
_EP_FOR_GROUPS_LIST = re.compile(r"\bfor\s+(?P<ep>[A-Za-z][^,;()\[\]]{2,60}?)\s+(?:for|in|among)\s+(?:the\s+)?"
                                 r"(?P<list>[^,;()\[\]\s][^,;()\[\]]{0,30}(?:,\s*[^,;()\[\]]{1,30}){1,8},?\s+and\s+"
                                 r"[^,;()\[\]]{1,30}?)\s+(?:groups|arms|cohorts|categories)\s+(?:were|was)\s*:?\s*(?=\d)",
                                 re.I)


def _endpoints_respectively(sent: str, out: list[_Ratio], limit: int) -> None:
    """"The hazard ratios for progression or death and for death were 0.55 (…) and 0.81 (…),
    respectively": the head's end points, one per value in order."""
    if len(out) >= 2 and re.match(r"[^.;()\[\]]{0,40}?\brespectively\b", sent[out[-1].end:limit]) and \
            (gl := _EP_FOR_GROUPS_LIST.search(sent, max(0, out[0].start - 250), out[1].start)) and \
            len(items := [x for x in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", gl.group("list")) if x]) == len(out):
        for x, item in zip(out, items, strict=True):
            x.ep_text, x.label = gl.group("ep"), item
        return
    head = out[0].ep_text
    if len(out) < 2 or not head or any(x.ep_text != head for x in out[1:]) or \
            not re.match(r"[^.;()\[\]]{0,40}?\brespectively\b", sent[out[-1].end:limit]):
        return
    # "HRs for incident HF associated with PA-/HE+, PA+/HE- and PA+/HE+ were …, respectively": one factor each
    # ("HRs for all-cause mortality in a comparison of arsenic at 10.1-50.0, 50.1-150.0 and 150.1-864.0 µg/L with …":
    # the levels compared)
    assoc = re.fullmatch(r"(?:for\s+)?(?P<ep>.+?)\s+(?:associated\s+with|according\s+to|by|in\s+(?:an?\s+)?"
                         r"comparisons?\s+of|comparing)\s+(?P<list>.+)", head)
    if assoc:
        items = [x for x in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", assoc.group("list")) if x]
        if len(items) == len(out):
            for x, item in zip(out, items, strict=True):
                x.ep_text, x.label = assoc.group("ep"), item
            return
    # "for A, B and C in the X group versus the Y group": the comparison after the list is not an end point
    head = re.sub(r"\s+(?:in|among|for|with)\s+(?:the\s+)?[^,;]{1,60}?\s+(?:versus|vs\.?|compared\s+with)\s+.*$", "",
                  head, flags=re.I)
    parts = re.split(r"\s*,\s*(?:and\s+)?(?:for\s+)?|\s+and\s+(?:for\s+)?", re.sub(r"^(?:for|of)\s+", "", head))
    # "HRs for the composite endpoint, for AIDS or death, for death, and for virological failure were …,
    # respectively": each item opened by its own "for" is an end point
    each_for = len(re.findall(r"(?:^|,\s*(?:and\s+)?|\s+and\s+)for\s", head)) == len(out)
    # "HRs for AIDS or death and virological failure were 1.15 (…) and 0.87 (…), respectively": two outcomes, one
    # of them a named end point
    named = any(_ENDPOINT_MENTION.search(p) or _endpoint_class(p) not in ("other", "unknown") for p in parts)
    if len(parts) == len(out) and (all(_ENDPOINT_MENTION.fullmatch(p) or _LABEL_IS_ENDPOINT.fullmatch(p)
                                       or (each_for or named) and not _people(p) for p in parts)
                                   or all(_people(p) for p in parts)):  # ("for men and women": each value's group)
        for x, part in zip(out, parts, strict=True):
            x.ep_text = part


def _cis_after_respectively(sent: str, out: list[_Ratio], limit: int, level: float | None) -> None:
    """Give each bare list item its CI from a "respectively (95% CIs …)" bracket with as many ranges."""
    m = _RESPECTIVE_CIS.match(sent, out[-1].end)
    if not m or m.end() > limit:
        return
    ranges = _LISTED_RANGE.findall(m.group("list"))
    rest = _LISTED_RANGE.sub("", m.group("list"))
    if len(ranges) != len(out) or not re.fullmatch(r"[\s,;]*(?:(?:and|,|;)[\s,;]*)*", rest):
        return
    lvl = _num_of(m.group("lvl")) if m.group("lvl") else level
    for r, (lo, hi) in zip(out, ranges, strict=True):
        r.lo, r.hi, r.level = _float(lo), _float(hi), lvl


# a number that is part of a list item's label: "10 mg", "1-4 years", "10 or more years", "65+ years"
_LABEL_QUANTITY = re.compile(r"(?:\s*(?:-to-|-|\u2013|to)\s*\d+(?:\.\d+)?|\s*\+|\s+or\s+(?:more|less|fewer|over|above|"
                             r"older|younger))?\s*-?(?:(?:mg|g|mcg|\u00b5g|ug|mL|ml|IU|U|mmol|years?|months?|weeks?|"
                             r"days?|hours?|cigarettes|drinks|units?)\b|%(?!\s*(?:[(\[:]|CI\b|C\.I|confiden|credib|CrI\b)))")
# a bracket of categories' names between a ratio's name and its clause's verb: "(<1cup/mo, 1/mo-4/wk, ≥6/d) were:"
_CATEGORIES_BRACKET = re.compile(r"[(\[](?P<in>[^()\[\]]{1,120})[)\]]\s*,?\s*(?:were|was|are|is)\s*:?\s*(?=\d)")
# an exposure level's amount after a ratio's name, before its value: "10.1-50.0 µg/L", "5 mg/dL", "20-40 mg"
_LEVEL_AMOUNT_AFTER = re.compile(r"\s*(?:(?:-|\u2013|to)\s*\d+(?:\.\d+)?\s*)?(?:[nmµ\u00b5\u03bcu]?g|mmol|mol|IU|U)/"
                                 r"[a-zA-Z]+|\s*(?:-|\u2013|to)\s*\d+(?:\.\d+)?\s*(?:[nmµ\u00b5\u03bcu]?g|kg|mmol|IU)\b")
_GAP_LABEL = re.compile(r"\s*(?:for|in|among|with|at|from)\s+(?P<l>(?:[^,;()\[\]]|\s\([A-Za-z][\w-]{0,10}\)){1,70}?)"
                        # ("0.75 (…) for low physical function, compared with 0.48 (…) for intermediate/high")
                        # ("… for gastrointestinal symptoms. 0.87 (95% CI …) for SIRS": a full stop for a comma)
                        r"\s*(?:,\s*(?:and\s+|compared\s+(?:with|to)\s+|versus\s+|vs\.?\s+)?|,?\s+and\s+|;\s*|"
                        r"\.\s+)")  # (only ever matched whole, between two values)
_NEXT_ITEM_AFTER_STOP = re.compile(r"\s+\d*\.?\d+\s*[(\[]\s*(?:\d{2}\s?%\s*)?CI\b[^()\[\]]*[)\]]\s*for\s")
_LAST_LABEL = re.compile(r"\s*(?:for|in|among|with|at|from)\s+(?P<l>(?:[^,;()\[\]]|\s\([A-Za-z][\w-]{0,10}\)){1,70}?)"
                         r"(?=\s*(?:[,;.)\]]|\(|$))")


def _labels_after_values(sent: str, items: list[_Ratio]) -> None:
    """"1.08 (…) for 1-4 years, 1.19 (…) for 5-9 years, and 1.37 (…) for 10 or more years": when
    every gap between the items opens with the previous item's label, each label follows its value
    (not the next one's, as in "for A, 1.2 (…); for B, 1.5 (…)")."""
    if len(items) < 2 or any(x.label_after for x in items):
        return
    gaps = [_GAP_LABEL.fullmatch(sent, a.end, b.start) for a, b in zip(items, items[1:], strict=False)]
    # "Odds ratio for AO with smoking was 3.73 (…), 1.98 (…) for cough, 1.79 (…) for dyspnea": the first item's label
    # is in the head, the others follow their values
    head_first = len(items) >= 3 and gaps[0] is None and all(gaps[1:]) and \
        re.fullmatch(r"\s*,\s*", sent[items[0].end:items[1].start]) is not None and bool(items[0].ep_text)
    last = _LAST_LABEL.match(sent, items[-1].end)
    if not all(gaps) and not head_first and last and (
            comma_gaps := [re.fullmatch(r"\s*,(?P<g>.*)", sent[a.end:b.start], re.S)
                           for a, b in zip(items, items[1:], strict=False)]) and all(comma_gaps):
        # "(OR 0.75, 0.18-3.14, for mothers with X; 0.56, 0.24-1.29 for those without X)": each label after its CI
        # and a comma, the last one too (not "for A, 1.2 (…), for B, 1.5 (…)": labels before their values)
        gaps = [_GAP_LABEL.fullmatch(g.group("g")) if g else None for g in comma_gaps]
    if not all(gaps) and not head_first:
        return
    labels = [g.group("l") for g in gaps if g] + [last.group("l") if last else None]
    if head_first:
        if (hw := re.fullmatch(r"(?:for\s+)?(?P<ep>.+?)\s+with\s+(?P<f>.+)", items[0].ep_text or "")):
            for x in items:  # "for AO with smoking (…) was 3.73 (…), 1.98 (…) for cough": AO; the first factor smoking
                x.ep_text = hw.group("ep")
            items[0].label = items[0].label or hw.group("f")
        items = items[1:]
    # "1.06 (…) for death, 1.03 (…) for stroke and 1.08 (…) for heart failure": one end point named, all are
    all_endpoints = any(x and (_ENDPOINT_MENTION.search(x) or _LABEL_IS_ENDPOINT.fullmatch(x)
                               or re.match(r"(?:the\s+)?time\s+to\s+", x, re.I)) for x in labels) and \
        not any(x and (_people(x) or re.search(r"\d|\b(?:versus|vs\.?|compared)\b", x)) for x in labels)
    for item, label in zip(items, labels, strict=True):
        vs = re.fullmatch(r"(?P<a>.+?)\s+(?:versus|vs\.?|compared\s+with)\s+(?P<b>.+)", label or "")
        if vs:  # "0.36 (…) for A versus B and 0.83 (…) for A versus C": each item's own comparison
            item.orient, item.label = (vs.group("a").strip(), vs.group("b").strip()), None
        elif label and (all_endpoints or _ENDPOINT_MENTION.search(label) or _LABEL_IS_ENDPOINT.fullmatch(label)
                        or re.match(r"(?:the\s+)?time\s+to\s+", label, re.I)):
            item.ep_text, item.label = label, None  # "0.62 (…) for PFS and 0.80 (…) for OS"
        else:
            item.label = label

# the two ends of several ratios: "… ranged from 1.07 to 1.13", "varied between 1.00 (95% CI: 0.94-1.05) and 1.08 (…)"
# (each end may have its place: "ranged from 0.05 (95% CI: 0.01-0.34) in Pakistan to 0.34 in Nepal (95% CI …)")
_RANGE_OF_RATIOS = re.compile(rf"\s*(?:from|between)\s+(?P<v>{_NUM})(?:\s*[(\[][^()\[\]]{{3,60}}[)\]])?"
                              r"(?:\s+(?:in|for|among)\s+[A-Za-z][\w -]{0,30}?)?"
                              rf"\s*(?:to|and|-|\u2013)\s*{_NUM}\b", re.I)
_AND_CI_BRACKET = re.compile(r"[(\[]\s*and\s+(?:the\s+|its\s+|their\s+)?(?:(?P<lvl>\d{2}(?:\.\d+)?)\s?%\s*)?"
                             r"(?:CIs?|confidence\s+intervals?)\s*[)\]]", re.I)
_RANGE_LEAD = re.compile(r"\b(?:ranged?|ranging|varied|varying)\s+(?:from|between)\s*$|^\s*between\s*$", re.I)
_RANGE_END = re.compile(r"(?:\s*[(\[][^()\[\]]{3,60}[)\]])?(?:\s+(?:in|for|among)\s+[A-Za-z][\w -]{0,30}?)?"
                        r"\s*(?:to|and|-|\u2013)\s*"
                        r"(?P<v>\d+\.\d+|\d+)(?![\d.]*\s*%)", re.I)
_SPAN_OF_RATIOS = re.compile(r"\d+\.\d+\s*-\s*\d+\.\d+(?=\s*(?:[)\];]|\.(?:\s|$)|,\s*(?:and|or|but)?\s*[a-z]|$))")
_COMPARED_RATIO = re.compile(r"\s+(?:(?:at|in|for|among|with)\s+[^,;()\[\]]{1,50}?\s+)?(?:compared\s+with|vs\.?|versus)"
                             r"\s+(?P<v>\d+\.\d+)(?![\d.])")
_CI_BEFORE = re.compile(rf"[(\[]\s*(?:(?P<lvl>\d{{2}}(?:\.\d)?)\s?%\s*)?(?:CI|confidence\s+intervals?)\s*[:=,]?\s*"
                        rf"(?P<lo>{_NUM})\s*(?:-|to)\s*(?P<hi>{_NUM})\s*[;,]\s*$", re.I)
_TRAILING_EP = re.compile(r"\s*(?:for|on|in\s+terms\s+of)\s+(?P<ep>[A-Za-z][\w -]{1,40}?)"
                          r"(?=\s*(?:[,;)\]]|\band\b|\.(?:\s|$)|$))")


_OUTCOME_NOUN = re.compile(r"\b(?:diseases?|mortality|death|deaths|events?|failure|stroke|infarction|cancers?|"
                           r"fractures?|admissions?|hospitali[sz]ations?|readmissions?|complications?|recurrence|relapse|"
                           r"progression|infections?|bleeding|dementia|incidence|injury|injuries)\b", re.I)


def _trailing_endpoint(c: _Cursor, r: _Ratio) -> None:
    """"0.62 (95% CI 0.48-0.80) for PFS and …": an end point named after the ratio's CI."""
    m = _TRAILING_EP.match(c.sent, r.end)
    if not m or not (_ENDPOINT_MENTION.search(m.group("ep")) or r.ep_text is None and not _people(m.group("ep"))
                     and _OUTCOME_NOUN.search(m.group("ep"))):
        return  # ("HR = 1.99 (…) for cardiovascular disease, and HR = 1.68 (…) for renal disease": outcome nouns too)
    r.ep_text = m.group("ep")
    while c.i < len(c.toks) and c.toks[c.i].start < m.end():
        c.i += 1


def _skip_per(c: _Cursor, r: _Ratio) -> None:
    """Skip "per 10-unit increase", "per year", "/1000 units" after a ratio's value (the unit of its covariate)."""
    # (also "1.97 for a decrease of 1 log10 colony forming count; 95% CI …": the covariate's unit in words)
    # ("1.41/decade older, 95% CI …", "1.21/mm Hg lower, 95% CI …": the unit glued to the value by a slash)
    save = c.i
    if c.tx() == "," and c.low(1) == "per":
        c.i += 1  # "(OR 0.83, per 5% increment; 95%CI:0.74-0.93)": the step after a comma
    here, nxt = c.peek(), c.peek(1)
    glued = here is not None and nxt is not None and (nxt.kind == "word" or nxt.text in ("\u00b5", "\u03bc")) and \
        nxt.start == here.end  # ("/µg/L": a micro sign is a symbol of its own)
    if c.low() != "per" and not (c.tx() == "/" and (c.kind(1) == "num" and c.kind(2) == "word" or glued)) and not (
            c.low() == "for" and c.low(1) in ("a", "an", "each", "every")
            and c.low(2) in ("decrease", "increase", "rise", "reduction", "fall", "change", "difference")) and not (
            c.low() == "in" and c.low(1) in ("favor", "favour") and c.low(2) == "of"):  # "0.6 in favor of HDCT; 95% CI"
        c.i = save
        return
    k = c.i + 1
    while k < len(c.toks) and k < c.i + 12 and not (c.toks[k].kind in ("open", "close") or
                                                     c.toks[k].text in (",", ";", ".", ":")):
        k += 1
    if k < len(c.toks) and c.toks[k].text in (",", ";", "(", "[", ":"):  # ("HR 1.04/day: 99% CI 1.01-1.06")
        c.i = k
        r.end = c.toks[k - 1].end
    else:
        c.i = save


class _Word:
    """A word found by reference, quacking like a match: a measure named before ("it was 0.82 [95% CI …]"),
    or (code "") a clause start read as if it began with "median" (a declared-median clause)."""

    def __init__(self, code: str, start: int, end: int) -> None:
        self.code, self.a, self.b = code, start, end

    def group(self, _name: str = "w") -> str:
        return self.code

    def start(self) -> int:
        return self.a

    def end(self) -> int:
        return self.b


# "…; for death it was 0.81": the clause names the anaphora's own end point
_FOR_IT_WAS = re.compile(r"(?:[;,]|\band\b)\s*for\s+(?P<x>[A-Za-z][\w' -]{1,50}?)\s*,?\s*$", re.I)
# (also "This lowered to 2.0 (95% CI: 1.2-3.1) after adjustment for …": the ratio named before, changed)
_ANAPHORA = re.compile(r"\b(?:it|this)\s+(?:was|is|(?:decreased|increased|lowered|fell|dropped|rose|declined|"
                       r"attenuated|changed)\s+to)\b(?=\s+\d)", re.I)
# "The pooled RR of X for stroke was 0.81 (95% CI …), for major vascular event 0.90 (95% CI …), and for dementia 0.88
# (95% CI …)": a later item of the list, its end point and then its value (the measure said once)
_FOR_ITEM_ANAPHORA = re.compile(r"[,;]\s*(?:and\s+)?for\s+(?P<ep>(?![^,;()\[\]\d%]*\b(?:was|were|is|are)\b)"
                                r"[A-Za-z][^,;()\[\]\d%]{1,60}?)\s+"
                                r"(?=\d*\.\d+\s*[(\[]\s*(?:\d{2}\s?%\s*)?(?:CI|confidence))", re.I)
_RISK_ANAPHORA = re.compile(r"\bthe\s+(?:adjusted\s+)?(?P<k>risk|odds)\s+of\s+[^.;()\[\]\d%]{2,80}?(?:\s+at\s+\d+\s+"
                            r"(?:years?|months?|weeks?))?\s+(?:was|were)\b(?=\s+\d*\.\d+\s*[(\[]\s*(?:\d{2}\s?%\s*)?"
                            r"(?:CI|confidence))", re.I)


_NNT_NAMED = re.compile(r"\bNN[TH]s?\b|\bnumbers?\s+needed\s+to\s+(?:treat|harm)\b", re.I)
_ESTIMATES_ANAPHORA = re.compile(r"(?:\bthe\s+(?:(?:corresponding|adjusted|risk|effect)\s+)?estimates?|"
                                 # ("Equivalent values in men were 1.5(0.9 –2.3), 1.6(1.0 –2.6), …": the last ratios'
                                 # counterparts in another group)
                                 r"\b(?:[Ee]quivalent|[Cc]orresponding|[Cc]omparable)\s+(?:values|figures)"
                                 r"(?:\s+(?:in|for|among)\s+(?!\d)[\w-]+(?:\s+[\w-]+)?(?=\s+were\b))?)"
                                 # ("The corresponding estimates at 5 and 10 years were, respectively, 1.04 (0.72;
                                 # 1.52), …": a time point between, the bracket's interval bare)
                                 r"(?:\s+(?:at|for|in|after|among)\s+[^.;:()\[\]\d]{0,10}\d[^.;:()\[\]]{0,30}?)?"
                                 r"\s+(?:was|were)\b"
                                 r"(?=(?:\s*,?\s*respectively\s*,)?\s+\d*\.\d+\s*[(\[]\s*(?:(?:\d{2}\s?%\s*)?"
                                 r"(?:CI|confidence)|\d*\.\d+\s*[;,\u2013-]\s*\d))", re.I)


# a ratio's name printed as a key with its CI in square brackets, before the values printed that way: "An OS benefit
# with A vs B (HR [95% CI]) was observed … in patients who received X (0.69 [0.51, 0.94]) or Y (0.66 [0.47, 0.91])"
_KEY_WITH_CI_BRACKET = re.compile(r"\s*\[\s*(?:\d{2}(?:\.\d+)?\s?%\s*)?CI\s*\]\s*[)\]]")
_BARE_RATIO_BRACKET = re.compile(rf"[(\[](?:[^()\[\];]{{0,30}}%\s*;"
                                 # "(n=375; 0.67 [0.49-0.92], p=0.012; …)", "(6.3 vs 5.4 months; 0.84 [0.68-1.03], …)"
                                 rf"|(?P<lead>\s*n\s*=\s*\d+\s*;|[^()\[\];]{{0,40}}\b{_UNIT_WORDS}\s*;"
                                 # "(17.2 v 13.6 months, 0.64, 0.48 to 0.85, P=0.002)": the groups' times, then their
                                 # unnamed ratio after a comma
                                 rf"|\s*{_NUM}\s*(?:v|vs\.?|versus)\s*{_NUM}\s*{_UNIT_WORDS}\s*,"
                                 # "92% (90-94; 1·16, 0·91-1·46; p=0·234)": the rate's CI, then the groups' ratio
                                 rf"|(?<=%\s[(\[])\s*{_NUM}\s*(?:-|to|\u2013)\s*{_NUM}\s*;"
                                 # "(4.9 months [4.2-5.6] vs 4.2 months [3.6-4.9]; 0.99, 0.77-1.28; …)": the times'
                                 # CIs in square brackets
                                 rf"|(?:[^()\[\];]|\[[^()\[\];]{{1,30}}\]){{0,80}}?\b{_UNIT_WORDS}\s*"
                                 rf"\[[^()\[\];]{{1,30}}\]\s*;"
                                 # "(for >or =3 drinks per day: 0.98; 0.49-1.96)": the item's label, then the values
                                 rf"|\s*(?:for|in|among|with)\b[^()\[\];:]{{1,40}}:))?\s*(?P<v>{_NUM})\s*"
                                 rf"(?:[,;]\s*(?P<cin>(?:\d{{2}}\s?%\s*)?(?:CI|confidence\s+interval)"
                                 # (a comma between the limits only after the CI's name: "(0.64, 95% CI: 0.59,0.70)")
                                 rf"\s*[,:]?\s*)?(?P<lo>{_NUM})\s*(?:to|-|\u2013|(?(cin),|(?!)))\s*(?P<hi>{_NUM})\s*"
                                 # ("(0·962, 0·801-1·156, p=0·6757; median …)": the bracket goes on after the P value)
                                 r"(?:[)\]]|[,;]\s*[Pp]\s*[=<>\u2264]\s*0?\.\d+\s*(?:[)\]]|(?=;))"
                                 # ("(1.46, 1.17–1.83, 0.00, 61.66%)": a meta-analysis's bare P and I²)
                                 r"|,\s*0?\.\d+\s*,\s*\d+(?:\.\d+)?\s*%\s*[)\]]"
                                 # ("(1·07, 0·82-1·40; table 4)": the bracket ends on where its numbers are tabled)
                                 r"|[,;]\s*(?:see\s+)?(?:tables?|figures?|figs?\.?)\s*\d+[A-Za-z]?"
                                 r"(?:\s*(?:,|and)\s*(?:tables?|figures?|figs?\.?)?\s*\d+[A-Za-z]?)*\s*[)\]]"
                                 # ("(0.50, 0.42-0.59; secondary outcome)": the kind of end point it is)
                                 r"|[,;]\s*(?:primary|secondary|exploratory|tertiary)\s+(?:outcome|end\s?point)\s*[)\]]"
                                 # ("(0.64, 0.46 to 0.91 and 0.81, 0.57 to 1.13, respectively)": two items)
                                 rf"|(?=\s+and\s+{_NUM}\s*,\s*{_NUM}\s*(?:to|-|\u2013)\s*{_NUM}))"
                                 # "(0.95 [0.71-1.28])", "(0·70 [0·62-0·79]; p<0·0001)"
                                 # ("X (0.69 [0.51, 0.94])" after a key "(HR [95% CI])": a comma between its limits)
                                 rf"|\[\s*(?P<lo2>{_NUM})\s*(?:to|-|\u2013|,)\s*(?P<hi2>{_NUM})\s*\]\s*"
                                 r"(?:[)\]]|[,;]\s*[Pp]\s*[=<>\u2264]\s*0?\.\d+\s*(?=[;)\]]))"
                                 # "[0·98 (0·68-1·11)]": the same in square brackets outside, round inside
                                 # (or round inside round: "… not dispensed allopurinol (1.15 (1.05 to 1.25))")
                                 rf"|\(\s*(?P<lo3>{_NUM})\s*(?:to|-|\u2013)\s*(?P<hi3>{_NUM})\s*\)\s*"
                                 r"(?:[\])]|[,;]\s*[Pp]\s*[=<>\u2264]\s*0?\.\d+\s*(?=[;\]])))", re.I)
# a ratio's name, then words without numbers up to a bracket: "the HRs were consistent ("
_RISK_OF_BEFORE_BRACKET = re.compile(r"\b(?:risks?|odds|incidences?|likelihood|hazards?)\s+of\s+"
                                     r"(?P<x>[A-Za-z][^,;()\[\]\d]{1,60}?)\s*[(\[]?\s*$", re.I)
_WORDS_TO_BRACKET = re.compile(r"s?\s+(?:were|was)\s+(?:[a-z]+\s+){0,3}?[(\[]\s*")
# an item that names what it is for, then its value and CI: "overall survival 0·75, 95·1% CI 0·59-0·95"
_LABELLED_ITEM = re.compile(rf"(?P<label>[A-Za-z][^()\[\];:,\d]{{1,60}}?)\s+{_NUM}\s*,\s*"
                            rf"(?:\d{{2}}(?:\.\d+)?\s?%\s*)?CI\s*[,:]?\s*{_NUM}\s*(?:-|to|\u2013)\s*{_NUM}")
# a bracket that opens with the groups' times: its ratio is theirs, whatever words come before the bracket ("in
# patients with combined positive scores of ≥10 (17.2 v 13.6 months, 0.64, …)")
_TIMES_LEAD = re.compile(rf"\s*{_NUM}\s*(?:v|vs\.?|versus)\s*{_NUM}\s*{_UNIT_WORDS}", re.I)
# "There was no difference in overall survival between groups (0·962, 0·801-1·156, …)": the groups' ratio
_NO_DIFFERENCE_IN_BETWEEN = re.compile(r"\bno\s+(?:significant\s+)?difference\s+in\s+[^()\[\]]*\bbetween\b[^()\[\]]*$",
                                       re.I)
_SAME_STYLE_AFTER_NAME = re.compile(rf"\s*[:=,]?\s*{_NUM}\s*\[", re.I)
_COMPARED_GROUPS_BEFORE = re.compile(r"\b(?:similar|differ\w*|between\s+(?:the\s+)?(?:groups|arms))\b[^()\[\]]*$",
                                     re.I)
# "Mortality rates were similar between groups (0.95 [0.71-1.28])": rates compared, so a ratio
_RATES_COMPARED = re.compile(r"\brates?\b[^()\[\]]*\b(?:similar|differ\w*|between\s+(?:the\s+)?(?:groups|arms))\b"
                             r"[^()\[\]]*$|"
                             # "High-volume surgeons also achieved lower rates of permanent stoma formation (0.75, 95%
                             # CI …)": rates compared by the ratio the bracket holds
                             r"\b(?:lower|higher|reduced|increased|greater|smaller)\s+rates?\s+(?:of|than)\b[^()\[\]]*$",
                             re.I)  # ("had lower rates than patients who did not (0.016, 95% CI 0.001-0.568)")
# words before a bare bracket that make its numbers something other than a ratio
_NOT_RATIO_BEFORE = re.compile(r"\b(?:differences?|means?|medians?|rates?|scores?|percent(?:age)?s?|points?|"
                               r"reductions?|increases?|changes?|slopes?|coefficients?|correlations?|"
                               r"kappa|AUC|sensitivity|specificity|health\s+status|quality\s+of\s+life|EQ-5D|"
                               r"better|worse)\b[^()\[\]]*$", re.I)
_PERCENT_BEFORE = re.compile(r"%\s*$")
_AND_ITS_CI = re.compile(r"\s+and\s+(?:its\s+|the\s+)?(?:(?P<lvl>\d{2}(?:\.\d+)?)\s?%\s*)?"
                         r"(?:confidence\s+intervals?|CIs?)\b", re.I)
_VALUE_NEXT = re.compile(r"\s*[:=,]?\s*\d")
# a statistic that is no ratio, named as a sentence's subject: its values are not the previous sentence's ratio
_OTHER_STATISTIC = re.compile(r"\b(?:C[- ]statistics?|c[- ]index|concordance|AUCs?|area\s+under|kappa|correlation|"
                              r"sensitivity|specificity|accuracy|R2|mean|means|slope|coefficient)\b", re.I)
_COX_BEFORE = re.compile(r"\bCox\b[^.;()]{0,50}$")


_CHANGE_BY_PERCENT = re.compile(r"\b(?P<dir>reduced|reduction|lowered|lower|decreased|decrease|increased|increase|"
                                r"raised|higher)\s+(?:of\s+|by\s+)?(?P<p>\d+(?:\.\d+)?)\s?%\s*[(\[]?\s*$|"
                                r"\b(?:by\s+)?(?P<p2>\d+(?:\.\d+)?)\s?%\s+(?P<dir2>reduction|lower|decrease|increase|"
                                # ("a 19% reduction in coronary mortality (0.81, 0.76-0.85)": what was reduced)
                                r"higher)(?:\s+(?:in|of)\s+[^()\[\]%\d;,.]{2,60}?)?\s*[(\[]?\s*$", re.I)


def _change_matches_ratio(before: str, v: float) -> bool:
    """"reduced by 33% (0.67, 0.60-0.76)": a relative change whose bracket holds the ratio it is (1 - 33 % = 0.67), not
    the percentage's own CI; only where the numbers agree (to rounding)."""
    m = _CHANGE_BY_PERCENT.search(before)
    if m is None:
        # "… reduced by 33% (0.67, …) and mortality by 43% (0.57, …)": the change's verb said once
        b = re.search(r"\bby\s+(?P<p>\d+(?:\.\d+)?)\s?%\s*[(\[]?\s*$", before)
        return b is not None and any(abs(v - (1 + d * _num_of(b.group("p")) / 100)) <= 0.011 for d in (-1, 1))
    p = _num_of(m.group("p") or m.group("p2")) / 100
    up = (m.group("dir") or m.group("dir2")).lower() in {"increased", "increase", "raised", "higher"}
    return abs(v - (1 + p if up else 1 - p)) <= 0.011


# a threshold in brackets after a word: "the odds ratio for the top (≥14 days) vs. the bottom (≤3 days) quintile … was
# 1.39": part of a label, blanked (same length) so that the label reads on to the value
_LABEL_THRESHOLD = re.compile(rf"(?<=[A-Za-z])\s*[(\[]\s*(?:[<>\u2264\u2265]=?)\s*{_NUM}\s*"
                              r"(?:[A-Za-z%]+(?:/[A-Za-z]+)?)?\s*[)\]]")


def _find_ratios(sent: str, level_of: Callable[[], float | None], prev_measure: str | None = None,
                 abbreviations: dict[str, str] | None = None) -> list[_Ratio]:
    if "\u2265" in sent or "\u2264" in sent or "<" in sent or ">" in sent:
        # (only between a ratio's name and its value: a list item's label "low body weight (< 58 kg)" keeps it)
        sent = _LABEL_THRESHOLD.sub(lambda m: " " * len(m.group()) if re.search(
            r"(?:odds|hazards?|risks?|rate)\s+ratios?\b(?:[^\d;()\[\]]|[(\[][^()\[\]]*[)\]])*$",
            sent[max(0, m.start() - 80):m.start()], re.I) else m.group(), sent)
    words: list[re.Match[str] | _Word] = []
    for mw in _MEASURE_WORD.finditer(sent):
        if mw.group("w") == "OR" and re.search(r"(?-i:\b[A-Z]{3,}\b)[^a-z]{0,20}\d\s+$", sent[max(0, mw.start() - 30):
                                                                                          mw.start()]):
            continue  # "(PAIN AT REST ≥5 ON DAYS 4 OR 5)": the word "or" in a heading printed in capitals
        if words and re.fullmatch(rf"\s*[(\[]\s*{_ADJUSTED}", sent[words[-1].end():mw.start()], re.I):
            if not _VALUE_NEXT.match(sent, mw.end()):
                continue  # "hazard ratio [HR]": the abbreviation of the word before
            words.pop()  # "increased HR (HR: 2.79, 95% CI …)": the bracket's own name opens the estimate
        words.append(mw)
    variants = [k for k, v in (abbreviations or {}).items() if v and k not in _ABBREVS and k.isalpha()]
    if variants:  # a document's own ratio abbreviations ("HRR=1.25"), read like the usual ones
        words = sorted(words + list(re.finditer(rf"(?<![\w-])(?P<w>{'|'.join(variants)})s?(?=\s*[=:,]?\s*\d|"
                                                # ("The SRR (95% CI) for red meat was 1.36 (1.16–1.58)")
                                                rf"\s+(?:for|of|was|were)\s|\s*[(\[]\s*\d{{2}}\s?%\s*CI\s*[)\]])",
                                                sent)),
                       key=lambda w: w.start())
    # "…; it was 0.82 [95% CI, 0.61 to 1.10] in node-negative patients": the ratio named just before
    # (in this sentence or the one before) given again; kept only with its own CI.
    named_starts = [w.start() for w in words]
    for am in _ANAPHORA.finditer(sent) if words or prev_measure else ():
        k = bisect.bisect_left(named_starts, am.start())
        if k == 0 and _OTHER_STATISTIC.search(sent, 0, am.start()):
            continue  # "The C statistic … was 0.62 (95% CI …) and without it was 0.50 (…)": that statistic's value
        code = _measure_code(words[k - 1].group("w")) if k > 0 else prev_measure
        if code:
            words.append(_Word(code, am.start(), am.end()))
    # "After controlling for confounders, the risk of persistent wheezing among obese children was 1.82 (95% CI:
    # 1.30-2.54)": the risk (or odds) of an outcome stated with a CI, in a text whose ratios so far were of that kind
    for_items: dict[int, str] = {}
    for am in _FOR_ITEM_ANAPHORA.finditer(sent) if words else ():
        k = bisect.bisect_left(named_starts, am.start())
        if k > 0 and (code := _measure_code(words[k - 1].group("w"))):
            words.append(_Word(code, am.end(), am.end()))
            for_items[am.end()] = am.group("ep")
    for am in _RISK_ANAPHORA.finditer(sent) if prev_measure and not words else ():
        if prev_measure and (am.group("k").lower() == "odds") == (prev_measure == "OR"):
            words.append(_Word(prev_measure, am.start(), am.end()))
    for am in _ESTIMATES_ANAPHORA.finditer(sent) if prev_measure and not words else ():
        # "When including only women <60 years of age, the risk estimates were 1.18 (95% CI …) for …": the last
        # sentence's ratios, in another group
        words.append(_Word(prev_measure or "", am.start(), am.end()))
    # "… (risk ratio 0.75, 95% CI 0.57 to 0.99) and 30% lower after adjustment (0.70, 0.53 to 0.94)": a bare
    # "(value, low to high)" bracket after a named ratio, in this sentence or the one before, is that measure's
    for bm in _BARE_RATIO_BRACKET.finditer(sent) if words or prev_measure else ():
        v, lo, hi = (_float(bm.group(x) or bm.group(y) or bm.group(z))
                     for x, y, z in (("v", "v", "v"), ("lo", "lo2", "lo3"), ("hi", "hi2", "hi3")))
        if bm.group("lo3") and (sent[bm.start()] not in "[(" or bm.group("lead") or sent[bm.start()] == "(" and (
                sent[bm.end() - 1] != ")" or not (prev_measure or re.search(r"\bratios?\b|\b(?:a?(?:HR|OR|RR|IRR))s?\b",
                                                                              sent[:bm.start()])))):
            continue  # (round inside round only after a ratio named before it, in the sentence or the one before)
        times_first = bool(bm.group("lead")) and _TIMES_LEAD.match(bm.group("lead")) is not None
        if v is None or lo is None or hi is None or "." not in bm.group("v") or not lo <= v <= hi or hi > 50 or \
                not times_first and _NOT_RATIO_BEFORE.search(sent, max(0, bm.start() - 40), bm.start()) and not (
                    _change_matches_ratio(sent[max(0, bm.start() - 90):bm.start()], v)) and not (
                    (_RATES_COMPARED.search(sent, max(0, bm.start() - 60), bm.start())
                     or _NO_DIFFERENCE_IN_BETWEEN.search(sent, max(0, bm.start() - 90), bm.start())) and hi <= 10):
            continue
        k = bisect.bisect_left(named_starts, bm.start())
        if (bm.group("lo2") or bm.group("lo3")) and not bm.group("lead") and \
                not _COMPARED_GROUPS_BEFORE.search(sent, max(0, bm.start() - 60), bm.start()) and \
                not (k > 0 and _SAME_STYLE_AFTER_NAME.match(sent, words[k - 1].end())) and \
                not (k > 0 and bm.group("lo2") and _KEY_WITH_CI_BRACKET.match(sent, words[k - 1].end())) and \
                not (bm.group("lo3") and sent[bm.start()] == "("):
            # "(0.95 [0.71-1.28])" only where groups are compared ("similar between groups (…)"), or after a named
            # ratio printed the same way: "(HR 0·74 [95% CI 0·70-0·80]; …) … reduced by 30% (0·70 [0·62-0·79]; …)"
            continue
        if _PERCENT_BEFORE.search(sent, max(0, bm.start() - 3), bm.start()) and not bm.group("lead") and not (
                k > 0 and re.search(r"%\s*[(\[]\s*$", sent[max(0, named_starts[k - 1] - 4):named_starts[k - 1]])) \
                and not _change_matches_ratio(sent[max(0, bm.start() - 40):bm.start()], v):
            # after a percentage: that percentage's CI, unless the named ratio was printed the same way
            # ("11.3% versus 8.6% (HR 1.22, 95% CI …); for X 19.3% versus 17.2% (1.29, 0.78-2.14)")
            continue
        code = _measure_code(words[k - 1].group("w")) if k > 0 else prev_measure
        if code:
            at = bm.start("v") if bm.group("lead") else bm.start()  # (after "(n=375;": the value opens it)
            words.append(_Word(code, at, at))
    for w in list(words):
        # "the HRs were consistent (radiographic progression-free survival 0·50, 99·9% CI 0·34-0·71; p<0·0001;
        # overall survival 0·75, …)": each item's label, then its value and CI, read as if the name opened it
        if isinstance(w, _Word) or _VALUE_NEXT.match(sent, w.end()) or \
                not (ob := _WORDS_TO_BRACKET.match(sent, w.end())):
            continue
        code = _measure_code(w.group("w"))
        words += [_Word(code, li.start(), li.start()) for li in _LABELLED_ITEM.finditer(sent, ob.end())
                  if li.start() == ob.end() or sent[li.start() - 2:li.start()] == "; "] if code else []
    if not words:
        return []
    words.sort(key=lambda w: w.start())
    level = level_of()  # the CI level stated last before this sentence
    c = _Cursor(sent, _tokens(sent))
    out: list[_Ratio] = []
    consumed = 0
    for idx, m in enumerate(words):
        if m.start() < consumed:
            continue
        before = sent[max(0, m.start() - 14):m.start()].lower()
        if re.search(r"reductions?\s+(?:in|of)\s+$", before):
            continue
        if re.match(r"[+-](?!\d)|\s*(?:positive|negative|status|expression)\b", sent[m.end():m.end() + 12]):
            continue  # "HR+", "HR-positive": hormone receptors
        if re.match(r"\s*[(\[,]?\s*(?:bpm|beats|b\.p\.m\.?|/\s*min|min-1)\b", sent[m.end():m.end() + 14], re.I):
            continue  # "HR (bpm) 16": a heart rate
        if m.group("w") == "OR" and not (re.search(r"[(\[;]\s*$", sent[max(0, m.start() - 3):m.start()])
                                         and (re.match(r"\s+for\s+[a-z]", sent[m.end():m.end() + 8])
                                              or _RATIO_GROUPS_COLON.match(sent, m.end())  # "(OR female to male: 1.19"
                                              or _measure_in_own_bracket(sent, m.end()))) and \
                not re.match(r"\s*(?:[(\[]\s*(?:adjusted\s+)?odds\s+ratio\s*[)\]])?"  # "OR (odds ratio) 9.2"
                             # ("OR [CI]: 2.43 [1.44-4.08]": the CI's header)
                             r"(?:\s*[(\[]\s*(?:\d{2}\s?%\s*)?(?:CI|confidence\s+intervals?)\s*[)\]])?"
                             # ("OR per SD decrease in intelligence=1.69": a covariate's step of up to four words)
                             r"\s*(?:per\s+[\w-]+(?:\s+[\w-]+){0,3})?\s*[,:=(\[]?\s*(?:was|of|=|:)?"
                             r"\s*[(\[]?\s*\.?\d", sent[m.end():m.end() + 36]) and not re.search(
                r"\b(?:the|an|adjusted|unadjusted|crude|raw|final|pooled|summary|corresponding|multivariate|univariate|"
                r"multivariable|univariable|proportional|"
                r"common|cumulative|ordinal|stratified|weighted|combined|estimated|overall|average|typical|"
                r"Peto(?:['\u2019]s)?)\s+$",  # ("Peto's OR for exenatide exposure … was 0.66 [0.11, 3.83]")
                sent[max(0, m.start() - 16):m.start()], re.I) and not (
                    # ("OR for all-cause death: 0.80 (95% CI …) from all studies": the sentence opens on the measure)
                    not sent[:m.start()].strip(" \t\n-\u2022*") and
                    re.match(r"\s+for\s+[^.;()\[\]\d]{2,60}?(?:\s*[:,=]|\s+(?:was|were|of))\s*\.?\d",
                             sent[m.end():m.end() + 80])):
            continue  # "OR" as a conjunction in capitals (not "(OR for X 0.12; …": the measure opening a bracket)
        # (the next word that starts later: a label's item read as if named there may start where a name does,
        # "OR was not significant (OR 0.48, CI 0.19-1.19)")
        limit = next((w.start() for w in words[idx + 1:] if w.start() > m.start()), len(sent))
        stated = [x for x in _LEVEL_STATED.finditer(sent, 0, m.start())]  # "… 95 percent CI …), … [CI, …]"
        here = float(stated[-1].group(1) or stated[-1].group(2)) if stated else level
        found = _parse_ratio_at(c, m, here, limit)
        if not found and not isinstance(m, _Word):
            found = _was_values(sent, m.end(), _measure_code(m.group("w")), here, limit)
        if len(found) >= 2 and not isinstance(m, _Word):
            _measures_respectively(sent, found, [w for w in words[:idx] if not isinstance(w, _Word)], m)
        if isinstance(m, _Word) and found and (found[0].lo is None or found[0].hi is None):
            found = []
        # a ratio is positive ("HR 0" is a misread), unless printed with a CI from zero ("0.00 (0 to 1.58)": no
        # event in one group); a number after another statistic's name is that statistic's ("Translating HRs to
        # absolute terms, NNTs were 17 (CKD) and 77 (mortality)")
        found = [r for r in found if (r.value > 0 or _no_events(r)) and not _NNT_NAMED.search(
            sent, m.end(), max(r.start, sent.find(f"{r.value:g}".lstrip("0") or "0", m.end())))]
        # "(HR, −1.20; 95% CI, −2.08 to −0.31)": a difference printed under a ratio's name (a ratio's limits are
        # positive); "(OR: 41.7; 95% CL, 29.1–55.1%)": a percentage and its limits, whatever the text calls it (a
        # ratio under 10 keeps its stray sign: "OR 1.94, 95% CI 1.15-3.26%")
        found = [r for r in found if not (r.lo is not None and r.lo < 0)
                 and not (r.hi is not None and r.value >= 10 and re.match(r"\s*%", sent[r.end:r.end + 3]))]
        if not isinstance(m, _Word) and m.group("w") in ("HR", "RR", "HRs", "RRs"):
            # "HR was 72 (65-80) in group A": a heart (or respiratory) rate with its range, not a ratio with a CI
            found = [r for r in found if not (r.value >= 30 and r.lo is not None and r.lo >= 20 and r.level is None)]
        if abbreviations and not isinstance(m, _Word) and m.group("w").upper().rstrip("S") in abbreviations:
            code = abbreviations[m.group("w").upper().rstrip("S")]
            # "rate ratio (RR)=0.85 …; RR=0.71": the document's own abbreviation; "respiratory rate (RR)": none
            found = [r for r in found if code]
            for r in found:
                r.measure = code
        if found and found[0].measure == "RR" and _COX_BEFORE.search(sent, max(0, m.start() - 60), m.start()):
            for r in found:
                r.measure = "HR"  # "In a Cox model, the relative risk …": a Cox model's estimate is a hazard ratio
        if found and found[0].p is None:
            pb = _P_BEFORE.search(sent, max(0, m.start() - 40), m.start())
            if pb:  # "(P =.0002; relative risk, 7.39)"
                found[0].p_op = {"\u2264": "<=", "\u2265": ">="}.get(pb.group("op"), pb.group("op"))
                found[0].p = float("0." + pb.group("v")) if pb.group("v") else _num_of(pb.group("v2"))
        if found and found[0].lo is None and found[0].hi is None:
            cb = _CI_BEFORE.search(sent[max(0, m.start() - 60):m.start()])
            lo, hi = (_float(cb.group("lo")), _float(cb.group("hi"))) if cb else (None, None)
            if cb and lo is not None and hi is not None and lo <= found[0].value <= hi:  # "(95% CI 0.5-0.9; HR 0.7)"
                found[0].lo, found[0].hi = lo, hi
                found[0].level = _float(cb.group("lvl")) or level
        if found and found[0].lo is None and found[0].hi is None and len(found) == 1:
            # "4.07 (1.55 < OR < 10.7)", "0.72 (95% CI) 0.60-0.87": older print forms of a CI after the value
            ca = _CI_ODD_AFTER.match(sent, found[0].end)
            lo, hi = (_float(ca.group("lo") or ca.group("lo2")), _float(ca.group("hi") or ca.group("hi2"))) if ca \
                else (None, None)
            if ca and lo is not None and hi is not None and lo <= found[0].value <= hi:
                found[0].lo, found[0].hi, found[0].end = lo, hi, ca.end()
                found[0].level = _float(ca.group("lvl") or ca.group("lvl2")) or level
        if found:
            out += found
            consumed = max(consumed, found[-1].end)
    for hm in _HEADER_BRACKET.finditer(sent):
        # "(HR; 95% CI R2.5: 0.87; 0.64 to 1.17; R5: 0.79; 0.58 to 1.07)": a table row printed in a bracket,
        # the measure and the CI named once at its head, then "label: value; low to high" per item
        if any(r.start <= hm.start("body") < r.end for r in out):
            continue
        code, lvl = _measure_code(hm.group("w")), _float(hm.group("lvl"))
        for it in _HEADER_ITEM.finditer(sent, hm.start("body"), hm.end("body")):
            v, lo, hi = (_float(it.group(x)) for x in ("v", "lo", "hi"))
            if v is not None and lo is not None and hi is not None and lo <= v <= hi:
                # the row's label may name an end point, an arm or a dose ("fatal MACE R2.5"): kept as its text
                out.append(_Ratio(code, v, it.start("v"), it.end("hi"), lo=lo, hi=hi, level=lvl,
                                  ep_text=it.group("label").strip()))
    for mm in _MARGIN_FOR.finditer(sent):  # "a margin of 1.25 for the hazard ratio": the value before the name
        v = _float(mm.group("v"))
        if v and not any(r.start <= mm.start("v") < r.end for r in out):
            out.append(_Ratio(_measure_code(mm.group("w")), v, mm.start("v"), mm.end("v")))
    for bb in _BOUNDS_BETWEEN.finditer(sent) if _EQUIVALENCE_PLANNED.search(sent) else ():
        # (only where the sentence plans a test: "the 95% CI for the HR lay between 0.62 and 1.04" reports a CI)
        lo, hi = _float(bb.group("lo")), _float(bb.group("hi"))
        if lo is not None and hi is not None and lo < 1 < hi:
            out = [r for r in out if not bb.start("lo") <= r.start < bb.end("hi")]
            ep = re.sub(r"^\s*(?:of|for|in|on)\s+", "", bb.group("ep")).strip() or None
            out += [_Ratio(_measure_code(bb.group("w")), v, bb.start(g), bb.end(g), ep_text=ep)
                    for v, g in ((lo, "lo"), (hi, "hi"))]
    out.sort(key=lambda r: r.start)
    for k, r in enumerate(out):
        bound = _BOUND_NAMED_BEFORE.search(sent, max(0, r.start - 100), r.start)
        if not bound or r.lo is None and r.hi is None and \
                re.search(r"(?:<|\u2264|&lt;|&le;)\s*\d*\.?\d+\s*$", sent[r.start:r.end]) and \
                _MARGIN_SENTENCE.search(sent) and _DESIGN.search(sent):
            continue  # (but "non-inferiority … (95% CI upper bound of hazard ratio < 1.30)": the margin planned)
        # "the upper 97.5% confidence limit for the hazard ratio was 1.08 (hazard ratio, 0.91)": a bound of the
        # next ratio, not a ratio of its own
        nxt = next((x for x in out[k + 1:] if x.lo is None and x.hi is None), None)
        if nxt is not None and r.lo is None and r.hi is None:
            if bound.group("side").lower() == "upper":
                nxt.hi = r.value
            else:
                nxt.lo = r.value
            nxt.level, nxt.one_sided = _float(bound.group("lvl")) or level, bound.group("side").lower()
        r.value = 0.0  # dropped below: a bound alone is no estimate
    for r in out:
        if r.ep_text and (glued := _GLUED_NAME.match(sent, r.start)) and r.ep_text.startswith(glued.group("sub")):
            # "OR4thvs.1stquartile (95% CI):1.68": the flattened subscript names the contrast of a factor, not the
            # end point
            r.label, r.ep_text = r.label or r.ep_text, None
    # (not "… with adjusted increase in mean THC of $6035 (95% CI 4420 to 7652)": an amount of money)
    out = [r for r in out if (r.value > 0 or _no_events(r)) and not _count_not_ratio(sent, r)
           and not re.search(r"[$\u20ac\u00a3\u00a5]\s*$", sent[max(0, r.start - 3):r.start])
           and not (r.lo is None and r.hi is None and r.value.is_integer() and _TIME_POINTS_AFTER.match(sent, r.end))
           # ("similar OR (13.3 vs 11.8 months, p=0.714)": a slip for OS, the groups' times)
           and not (r.lo is None and r.hi is None and _TIME_PAIR_AFTER.match(sent, r.end))]
    for r in out:
        if r.lo is None and r.hi is None and (o := _enclosing_open(sent, r.start)) is not None and \
                (cb := _CI_BEFORE_NAME.search(sent, o + 1, r.start)) and \
                (not cb.group("name").strip() or _MEASURE_WORD.fullmatch(cb.group("name").strip())) and \
                (lo := _float(cb.group("lo"))) is not None and (hi := _float(cb.group("hi"))) is not None and \
                lo <= r.value <= hi:
            # "(log-rank test P = 0.023, 95% confidence interval 0.07-0.63, hazard ratio 0.20)": the CI printed
            # before the ratio's name in the ratio's bracket
            r.lo, r.hi, r.level = lo, hi, _float(cb.group("lvl"))
    for r in out:
        if r.start in for_items and not r.ep_text:
            r.ep_text = for_items[r.start]
    _endpoints_subject_list(sent, out, len(sent))
    return out


_TIME_PAIR_AFTER = re.compile(rf"\s*(?:{_UNIT_WORDS}\s*)?(?:vs\.?|versus)\s*{_NUM}\s*{_UNIT_WORDS}", re.I)
# a whole number that opens a list of times: "comparing HRs among groups, … at pre-induction, 15, 30, 45 and 90 min"
# (heart rates at time points; not a ratio)
_TIME_POINTS_AFTER = re.compile(r"(?:\s*,\s*\d+)+\s*,?\s*(?:and|or)\s+\d+\s*"
                                r"(?:min|minutes|h|hours|days|weeks|months)\b")
_CI_BEFORE_NAME = re.compile(rf"(?:^|[,;]\s*)(?P<lvl>\d{{2}}(?:\.\d+)?)\s?%\s*CI\s*[,:=]?\s*(?P<lo>{_NUM})\s*"
                             rf"(?:-|to|\u2013)\s*(?P<hi>{_NUM})\s*[,;]\s*"
                             r"(?P<name>(?:[A-Za-z][A-Za-z ]{1,25}?)?)\s*[,:=]?\s*$")


# "… were similar to those in the analyses of 779 fatal or nonfatal cardiovascular events": a whole number followed
# by the words of what it counts
_COUNTED_AFTER = re.compile(r"\s+(?!(?:for|in|among|with|per|and|or|vs|versus|times|to|at|on|of|was|were|is|are|"
                            r"respectively|after|before|compared|than|when|if)\b)[a-z][a-z-]+\b")


def _count_not_ratio(sent: str, r: _Ratio) -> bool:
    """A whole number of 20 or more with no CI nor P, followed by the words of what it counts, is a count."""
    return r.lo is None and r.hi is None and r.p is None and r.value >= 20 and \
        re.search(r"(?:^|[^\d.,\u00b7])\d+$", sent[max(r.start, r.end - 12):r.end]) is not None and \
        _COUNTED_AFTER.match(sent, r.end) is not None


# The last reading of a named ratio the token parser could not follow: the name, what it is for (with numbers or an
# aside in brackets: "for death from prostate cancer during follow-up years 10 and 11", "for recurrence by week 24
# (also calculated with multiple imputation …)", "(HR; A v B)"), "was"/"were", then values, each with its named CI
# and what it is for: "were 1.19 (95% CI, 0.85 to 1.65) for PFS and 0.98 (95% CI, 0.66 to 1.47) for OS"
# (the verb may be glued to the value: "Adjusted hazard ratios were10.69 (95%CI 2.38–48.02, p = 0.002) for old age")
_WAS_HEAD = re.compile(r"(?P<head>(?:\s*[(\[][^()\[\]]{0,80}[)\]]|[^.;()\[\]]){0,140}?)\s*\b(?:was|were)(?:\s+|(?=\d))"
                       r"(?:(?:an?|the)\s+)?", re.I)
_WAS_ITEM = re.compile(rf"(?P<v>{_NUM})(?:\s+for\s+(?P<lab0>[^,;()\[\]\d]{{1,40}}?)"
                       # ("0.99 for disease-free survival (DFS) (95%CI: …)": the end point with its abbreviation)
                       r"(?:\s*[(\[](?-i:[A-Z][A-Za-z-]{1,9})[)\]])?)?\s*[(\[]\s*"
                       # ("(95% CI: 1.15, 1.18)": the limits parted by a comma; "7.1 (6.0–8.5)": a bare CI, after a
                       # head that named the ratio and holds numbers of its own, "within the time periods 31–180, …
                       # days was 7.1 (6.0–8.5), 2.8 (2.3–3.5) …")
                       r"(?:(?:(?P<lvl>\d{2}(?:\.\d+)?)\s?%\s*)?(?:CI|confidence\s+intervals?)\s*[:,=]?\s*)?"
                       rf"(?P<lo>{_NUM})\s*(?:to|-|\u2013|,)\s*(?P<hi>{_NUM})\s*"
                       r"(?:[;,]\s*[Pp]\s*(?P<op>[<=>\u2264\u2265])\s*(?P<p>\d*\.?\d+))?\s*[)\]]"
                       r"(?:\s+(?:for|in)\s+(?P<lab>[^,;()\[\]]{1,40}?))?(?=\s*(?:,|;|\.|$|\band\b))", re.I)
_WAS_ITEM_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_HEAD_ORIENT = re.compile(r"[(\[]\s*(?:[A-Za-z]{2,4}\s*[;,]\s*)?(?P<a>(?!\d)[\w+/-]+(?:\s[\w+/-]+)?)\s+"
                          r"(?:v|vs\.?|versus|to)\s+"
                          r"(?P<b>(?!\d)[\w+/-]+(?:\s[\w+/-]+)?)\s*[)\]]")


def _was_values(sent: str, at: int, measure: str, level: float | None, limit: int) -> list[_Ratio]:
    """Ratios after "<measure> … was|were", each value printed with its named CI (see ``_WAS_HEAD``)."""
    hm = _WAS_HEAD.match(sent, at)
    if hm is None:
        return []
    head = hm.group("head")
    orient_m = _HEAD_ORIENT.search(head)
    bare = re.sub(r"\s*[(\[][^()\[\]]*[)\]]", "", head).strip()
    ep_head = re.sub(r"^(?:for|of)\s+", "", bare, flags=re.I).strip() or None
    out: list[_Ratio] = []
    pos = hm.end()
    while (it := _WAS_ITEM.match(sent, pos)) and it.end() <= limit:
        v, lo, hi = (_float(it.group(x)) for x in ("v", "lo", "hi"))
        if v is None or lo is None or hi is None or not 0 < lo <= v <= hi:
            break
        op = it.group("op")
        out.append(_Ratio(measure, v, it.start("v"), it.end(), lo=lo, hi=hi,
                          level=_float(it.group("lvl")) or level,
                          p_op={"\u2264": "<=", "\u2265": ">="}.get(op, op) if op else None,
                          p=_float(it.group("p")) if it.group("p") else None,
                          ep_text=(it.group("lab0") or it.group("lab") or "").strip() or ep_head,
                          orient=(orient_m.group("a"), orient_m.group("b")) if orient_m else None))
        gap = _WAS_ITEM_GAP.match(sent, it.end())
        if gap is None:
            break
        pos = gap.end()
    return out


def _no_events(r: _Ratio) -> bool:
    """A ratio of 0 printed with a CI from 0 to a positive limit: no event in the numerator's group."""
    return r.value == 0 and r.lo == 0 and r.hi is not None and r.hi > 0


_HEADER_BRACKET = re.compile(
    r"[(\[](?:[^()\[\];,]{1,40},)?\s*(?P<w>(?:a|A)?(?:HR|OR|RR|IRR)s?|(?i:hazard|odds|risk|rate)\s+ratios?)\s*[;,]\s*"
    r"(?P<lvl>\d{2}(?:\.\d+)?)\s?%\s*CIs?\b\s*(?P<body>[^()\[\]]{10,400})[)\]]")
_HEADER_ITEM = re.compile(rf"(?P<label>[A-Za-z][\w .+-]{{0,30}}?)\s*:\s*(?P<v>{_NUM})\s*[;,]\s*(?P<lo>{_NUM})\s*"
                          rf"(?:to|-|\u2013)\s*(?P<hi>{_NUM})(?!\d|\.\d)")
_CI_ODD_AFTER = re.compile(
    rf"\s*[(\[]\s*(?:(?:(?P<lvl>\d{{2}}(?:\.\d)?)\s?%\s*(?:CI|confidence\s+(?:intervals?|limits?))\s*[:=,]?\s*)?"
    rf"(?P<lo>{_NUM})\s*<\s*(?:a?OR|RR|a?HR|IRR|odds\s+ratio|relative\s+risk|hazard\s+ratio)\s*<\s*(?P<hi>{_NUM})\s*[)\]]"
    rf"|(?P<lvl2>\d{{2}}(?:\.\d)?)\s?%\s*CI\s*[)\]]\s*(?P<lo2>{_NUM})\s*(?:-|\u2013|to)\s*(?P<hi2>{_NUM})(?!\d|\.\d))",
    re.I)
_BOUND_NAMED_BEFORE = re.compile(r"\b(?P<side>upper|lower)\s+(?:(?:one-sided\s+)?(?P<lvl>\d{2}(?:\.\d+)?)\s?%\s+)?"
                                 r"(?:one-sided\s+)?(?:confidence\s+)?(?:limit|bound)\s+(?:of|for)\s+(?:the\s+)?$",
                                 re.I)
# (also "The noninferiority margin was 1.8 for the upper boundary of the 95% confidence interval of the hazard ratio")
_MARGIN_FOR = re.compile(rf"\bmargin\s+(?:of\s+|was\s+|is\s+)?(?P<v>{_NUM})\s+(?:for|on)\s+(?:the\s+)?"
                         r"(?:upper\s+(?:boundary|bound|limit)\s+of\s+the\s+(?:\d{2}\s?%\s+)?(?:confidence\s+interval|CI)"
                         r"\s+(?:of|for)\s+the\s+)?"
                         r"(?P<w>hazard\s+ratio|odds\s+ratio|risk\s+ratio|relative\s+risk|rate\s+ratio|HR|OR|RR)\b",
                         re.I)
_EQUIVALENCE_PLANNED = re.compile(r"\b(?:equivalen\w*|non-?inferior\w*|margins?)\b[^.;]*\b(?:if|when|would|will|"
                                  r"should|must|required|defined|prespecified|pre-specified)\b|\b(?:would|will)\s+be\s+"
                                  r"(?:concluded|declared|shown|established|demonstrated)\s+if\b", re.I)
# "Equivalence would be concluded if the 90% CI for the RR of X fell between 0.80 and 1.25": both margins planned for
# the ratio, each a design value of that measure (not a ratio and its CI)
_BOUNDS_BETWEEN = re.compile(rf"\b(?:C[IL]|confidence\s+(?:intervals?|limits?))\s+(?:for|of|around)\s+(?:the\s+)?"
                             r"(?P<w>hazard\s+ratio|odds\s+ratio|risk\s+ratio|relative\s+risk|rate\s+ratio|"
                             r"(?-i:HR|OR|RR|IRR))\b(?P<ep>[^.;()\[\]]{0,60}?)(?:\s+(?:must|should|would|will|to))?\s+(?:fell|falls?|lay|lies|lie|was|were|is|are|being|"
                             r"lying|falling|remained|remains?)\s+(?:entirely\s+|completely\s+|wholly\s+)?(?:between|within)\s+"
                             r"(?:the\s+)?(?:(?:pre-?specified\s+|equivalence\s+)?(?:margins?|limits?|bounds?|range)\s+"
                             rf"(?:of\s+)?)?(?P<lo>{_NUM})\s*(?:and|to|-|\u2013)\s*(?P<hi>{_NUM})(?!\s*%)", re.I)


# ---------------------------------------------------------------------------
# Medians declared once: "Data are median (IQR)", "9 vs 11 days (medians)"
# ---------------------------------------------------------------------------

_MEDIANS_DECLARED = re.compile(r"\b(?:data|values|results|figures|times|durations|variables)"
                               # ("Results of the quantitative variables are expressed in medians and ranges")
                               r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:quantitative|continuous|numerical)\s+variables)?"
                               r"\s+(?:are|were)\s+"
                               r"(?:(?:presented|"
                               r"expressed|shown|given|reported|summari[sz]ed)\s+(?:as|in)\s+)?"
                               # ("Data are presented as n, n (%) or median (interquartile range), unless …")
                               r"(?:[^.;]{0,40}?\bor\s+)?(?:the\s+)?medians?\b|"
                               r"\bmedians?\s*\((?:IQR|interquartile\s+range|range)\)\s*(?:unless|throughout)|"
                               # a table's first header cell: "Characteristic, median (range)"
                               r"(?:^|\n)\s*(?:Characteristics?|Variables?|Parameters?)\s*,\s*medians?\s*"
                               r"\((?:IQR|interquartile\s+range|range)\)", re.I)
# the word "median" closing its clause with no value after it: "… 2 vs 3 days (median)", "…, median (IQR)"
_DECLARATION_TAIL = re.compile(r"\s*(?:[(\[](?:IQR|interquartile\s+range|range)[)\]])?"
                               r"\s*(?:unless\s+stated\s+otherwise)?"
                               r"(?:\s*[,;]\s*(?:P|p)\s*[=<>\u2264]\s*0?\.\d+)?"  # "(medians, P = 0.002)"
                               r"[\s)\].,]*$", re.I)
# a time with an interquartile range: a median's summary (a mean has an SD)
# (also after a comma inside the time's bracket: "(3.0 days, IQR 2.5–3.4)")
_IQR_AFTER_TIME = re.compile(rf"\d\s*{_UNIT_WORDS}\s*(?:[(\[]|,)\s*(?:IQR|interquartile\s+range)\b", re.I)
_IQR_AFTER_VALUE = re.compile(rf"\s*{_UNIT_WORDS}\s*,\s*(?:IQR|interquartile\s+range)\b", re.I)
# "(5 [4–7] days and 5 [4–8] days, p = 0.46, respectively)", "a median of 22 (15–32) days": a range printed between
# a time's value and its unit, the print of a median (IQR) (a mean's CI is printed after the unit, its SD with ±)
# (its limits parted by a comma too: "26 [20, 42] h vs. 27 [20, 39] h")
_RANGE_BEFORE_UNIT = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*[(\[]\s*\d+(?:\.\d+)?\s*(?:-|\u2013|to|,)\s*"
                                r"\d+(?:\.\d+)?\s*[)\]]\s*"
                                r"(?:days?|hours?|h|hrs?|min|minutes?|weeks?|months?)\b(?!\s*[-\u2013]\s*\d)", re.I)
_RANGE_PAIR_BEFORE_UNIT = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*[(\[]\s*\d+(?:\.\d+)?\s*(?:-|\u2013|to|,)\s*"
                                     r"\d+(?:\.\d+)?\s*"
                                     r"[)\]]\s*(?:vs\.?|versus|and)\s*" + _RANGE_BEFORE_UNIT.pattern, re.I)


_CLOSE_THEN_TIME_UNIT = re.compile(r"[)\]]\s*(?:days?|hours?|h|hrs?|min|minutes?|weeks?|months?)\b", re.I)


def _ranged_times(text: str) -> bool:
    """Whether ``text`` prints two times as medians and their IQR or range are, "6 [4–8] days and 7 [5–9] days",
    "(3 (2-5) vs 4 (3-6) days": each range between the value and the unit (looked for only before a bracket closed
    right before a time unit: the scan of every text stays cheap)."""
    if "(" not in text and "[" not in text:
        return False
    found = 0
    for m in _CLOSE_THEN_TIME_UNIT.finditer(text):
        if _RANGE_PAIR_BEFORE_UNIT.search(text, max(0, m.start() - 90), m.end() + 12):
            return True
        if _RANGE_BEFORE_UNIT.search(text, max(0, m.start() - 40), m.end() + 12):
            found += 1
            if found >= 2:
                return True
    return False


_MEAN_WORDS = re.compile(r"\bmeans?\b|\u00b1|\bSD\b|\bstandard\s+deviation", re.I)


_GROUP_THEN_IT_WAS = re.compile(r"\b(?:in|among)\s+(?:the\s+)?(?:patients|participants|those|women|men|children|"
                                r"subjects)\s+(?:with|who\s+(?:had|were))\s+(?P<x>[^,;()]{2,60}?)\s*,?\s*(?:it|this)\s+"
                                r"(?:was|is)$", re.I)
_IT_WAS_TIME = re.compile(rf"\b(?:it|this)\s+(?:was|is)\b(?=\s+{_NUM}\s*{_UNIT_WORDS})", re.I)


def _clause_start(sent: str, pos: int, most: int) -> int:
    """Where the clause holding ``pos`` starts (after "; ", ", and ", ", but "), at most ``most`` back."""
    cut = max(sent.rfind(";", 0, pos), sent.rfind(", and ", 0, pos), sent.rfind(", but ", 0, pos))
    return max(cut + 1, pos - most, 0)


def _unit_after(region: str, vm: re.Match[str]) -> str | None:
    """The time unit printed after a value without its own, in its list ("from 40 to 22 hours")."""
    if not vm.group("val")[:1].isdigit():
        return None
    nxt = _NEXT_UNIT.match(region, vm.end("val"))
    return nxt.group("u") if nxt and _UNIT_WORD_ONLY.fullmatch(nxt.group("u")) else None


_VALUE_BEFORE_MEDIAN_WORD = re.compile(rf"(?<![\d.])\d+(?:\.\d+)?\s*{_UNIT_WORDS}\s*\(\s*$", re.I)


_MEDIAN_DIFFERENCE_AFTER = re.compile(r"\s+differences?\s*[,:=(]?\s*[-\u2212\u2013]?\d", re.I)


# a median's abbreviation defined by the document: "the pooled median time to onset (PMT-O)", then the list's next
# ones that share its stem: ", resolution (PMT-R), and immune-modulation resolution (PMT-IMR)"
_MEDIAN_ABBREV_DEFINED = re.compile(r"\bmedian\s+(?:[\w-]+\s+){0,6}?[\w-]+\s*[(\[]\s*"
                                    r"(?P<ab>[A-Z][A-Za-z]*[A-Z](?:-[A-Z]+)?)"
                                    r"\s*[)\]](?P<more>(?:\s*,?\s*(?:and\s+)?(?:[\w-]+\s+){0,3}?[\w-]+\s*[(\[]\s*"
                                    r"[A-Z][A-Za-z]*-[A-Z]+\s*[)\]])*)")
_DIFFERENCE_AFTER_TIME = re.compile(rf"(?:\s*(?:-|\u2013|to)\s*\d+(?:\.\d+)?)?\s*(?:{_UNIT_WORDS})?\s*"
                                    r"(?:shorter|longer|less|more|fewer|faster|slower|earlier|later)\s+than\b", re.I)
_MEDIAN_DIFFERENCE = re.compile(r"\bmedian\s+differences?\b", re.I)
_BY_DIFFERENCE = "not called a median in the text: the groups' times whose difference it calls a median difference"
_BY_SHAPE = ("not called a median in the text: printed as a median and its IQR or range are, the range between the "
             "value and its unit")
_PAIR_BEFORE_DIFFERENCE = re.compile(rf"(?<![\d.])\d+(?:\.\d+)?\s*(?:{_UNIT_WORDS}\s*)?"
                                     rf"(?:(?:in|with|for)\s+(?:the\s+)?[^,;()\[\]\d]{{1,40}}?\s+)?"
                                     rf"(?:vs\.?|versus)\s*\d+(?:\.\d+)?\s*{_UNIT_WORDS}", re.I)


def _declared_keys(sent: str, keys: list[re.Match[str] | _Word], declared: bool,
                   ranged: bool = True) -> list[re.Match[str] | _Word]:
    """The keys of ``sent`` with declaration words replaced by keys at the start of each clause that has
    no "median" of its own, when medians are declared (in the document or in the sentence)."""
    if not declared and not keys and "IQR" not in sent and "nterquartile" not in sent and \
            not (ranged and ("(" in sent or "[" in sent) and _RANGE_BEFORE_UNIT.search(sent)):
        return keys  # (most sentences: nothing to read)
    if any(isinstance(k, re.Match) and _MEDIAN_DIFFERENCE_AFTER.match(sent, k.end()) for k in keys):
        # "18.0 days in the A group vs 16.5 days in the B group (…; adjusted median difference, 0 days, …)", "(14.0 vs
        # 15.0 days; adjusted median difference, −1 day, 95% CI …)": the groups' times, whose difference the text
        # calls a median difference, are their medians: read from the pair, in a median's shape
        moved: list[re.Match[str] | _Word] = []
        for i, k in enumerate(keys):
            prev_end = keys[i - 1].end() if i else 0
            if isinstance(k, re.Match) and _MEDIAN_DIFFERENCE_AFTER.match(sent, k.end()) and \
                    (pair := next(reversed(list(_PAIR_BEFORE_DIFFERENCE.finditer(sent, max(prev_end, k.start() - 160),
                                                                              k.start()))), None)):
                moved.append(_Word("", pair.start(), pair.start()))
            else:
                moved.append(k)
        keys = sorted(moved, key=lambda k: k.start())
    decl = [(m.start(), m.end()) for m in _MEDIANS_DECLARED.finditer(sent)]
    tails = [k for k in keys if any(a <= k.start() < b for a, b in decl)
             or _DECLARATION_TAIL.fullmatch(sent, k.end(), _clause_end(sent, k.end(), len(sent)))]
    iqr = not keys and (_IQR_AFTER_TIME.search(sent) is not None  # "98 min (interquartile range, 85-115)"
                        or ranged and _ranged_times(sent))  # "(5 [4–7] days and 5 [4–8] days, …)"
    # (a sentence whose first clause names its medians, its later clauses printed the same way without the word:
    # "(median [range] 100 [52-180] minutes …); took less sick leave (11 [4-267] days compared with 34 [20-48], …)")
    shaped = ranged and bool(keys) and not (declared or tails or iqr) and _ranged_times(sent)
    if not (declared or tails or iqr or shaped) or _MEAN_WORDS.search(sent):
        return keys
    kept = [k for k in keys if k not in tails]
    head = _SECTION.match(sent) or _BARE_SECTION.match(sent)
    starts = [head.end() if head and _section_of(sent) is not False else 0]  # after "RESULTS:"
    while (cut := _clause_end(sent, starts[-1], len(sent))) < len(sent):
        starts.append(cut + 1)
    out = list(kept)
    for i, st in enumerate(starts):
        stop = starts[i + 1] if i + 1 < len(starts) else len(sent)
        if any(st <= k.start() < stop for k in kept):
            continue  # a clause with its own "median"
        if shaped and not _RANGE_BEFORE_UNIT.search(sent, st, stop):
            continue
        out.append(_Word("", st, st))  # a clause start read as if it began with "median"
    return sorted(out, key=lambda k: k.start())


# ---------------------------------------------------------------------------
# The extractor
# ---------------------------------------------------------------------------


@dataclass
class _Found:
    est: Estimate
    sentence: _Sentence


_VS_WORD = re.compile(r"\b[Vv](?:[Ss]|ersus)?\b")
# "… was 21 months, compared to 5.5 months for those on a placebo": two times compared, each with its unit
# ("a median OS of 23.4 months as opposed to 16.8 months": the same comparison in other words)
# ("DFS was not reached compared with 19.6 months": one group's time not reached)
_COMPARED_TIMES = re.compile(rf"\d\s*{_UNIT_WORDS}\s*,?\s*(?:compared\s+(?:to|with)|as\s+opposed\s+to)\s*{_NUM}\s*"
                             rf"{_UNIT_WORDS}", re.I)
_NR_COMPARED = re.compile(rf"\breached\s*,?\s*compared\s+(?:to|with)\s*{_NUM}\s*{_UNIT_WORDS}", re.I)
_ABBREV_WORD = re.compile(r"\b(?:a|s|S|M|aM|A|adj|cs|sd)?(?:HR|OR|RR|IRR)s?"
                          r"(?:\b|(?=per\b)|(?=Ref)|(?=[A-Z][a-z]{2,}\s*=)|"
                          r"(?=\d+\.\d)|(?=adj\b)|(?=" + _FLAT_SUBSCRIPT + r")|(?=[A-Z]{2,4}\s*:\s*\d))")


_PR_VALUE = re.compile(r"\baPRs?\s*[=:,]?\s*\d*\.\d+\s*[;,(\[]")  # "aPR = 1.51; 1.24-1.84": a prevalence ratio
# "mOS was 14.2 months": a median by its abbreviation
_M_ABBREV = re.compile(r"\bm(?:OS|PFS|DFS|EFS|RFS|TTP|DoR|DOR|CSS|DSS|MFS|DMFS|TTF|TTR)\b")


def _may_hold_estimates(norm: str) -> bool:
    """A quick look before the real reading: a median, a ratio word, or "X vs Y"."""
    low = norm.lower()
    return ("median" in low or "MST" in norm or _M_ABBREV.search(norm) is not None or "ratio" in low
            or "relative" in low or "hazard rate" in low or "survival time" in low or "odds of" in low
            or _VS_WORD.search(norm) is not None
            or _ABBREV_WORD.search(norm) is not None
            or "aPR" in norm and _PR_VALUE.search(norm) is not None
            or "espectively" in low and (_RESPECTIVE_TIMES.search(norm) is not None
                                         or _GROUPS_EVENT_TIMES.search(norm) is not None)
            or (" times " in low or "-fold " in low) and _TIMES.search(norm) is not None
            or " and " in low and _AND_PAIR_P.search(norm) is not None
            or ("compared" in low or "opposed" in low) and (
                _COMPARED_TIMES.search(norm) is not None or "reached" in low and _NR_COMPARED.search(norm) is not None)
            # "Time to PSA progression was 4.4 months (95% CI …) on the A arm and 5.2 months (…) on the B arm"
            # (or by its abbreviation alone: "DFS was 20.1 months in the A arm compared with 19.6 months …")
            or ("time to" in low or "survival" in low or "duration" in low or _EVENT_ABBREV.search(norm) is not None)
            and (_ARM_PAIR.search(norm) or _PAREN_ARM_PAIR.search(norm) or _ONE_EVENT_TIME.search(norm)) is not None
            # "increased disease-free survival from 5.5 months to 11.4 months"
            or " from " in low and _FROM_TO_TIMES.search(norm) is not None
            # "no difference in OS (R: 5.0 months; T: 5.9 months; p = 0.84)"
            or ": " in norm and _EVENT_ABBREV.search(norm) is not None
            and _LABELLED_TIMES_BRACKET.search(norm) is not None
            # ("HR95% CIP value": a table's header glued together)
            or "CI" in norm and "%" in norm and _GLUED_MEASURE.search(norm) is not None
            # ("(5 [4–7] days and 5 [4–8] days, p = 0.46, respectively)": times printed as medians (IQR) are)
            or _ranged_times(norm)
            # ("| Crude ORa (95%CI) | P valueb |": a table's header whose footnote letters are glued to its names)
            or "|" in norm and re.search(r"\b(?:HR|OR|RR|IRR)[a-e]\b", norm) is not None)


_EVENT_ABBREV = re.compile(r"\b(?:OS|PFS|DFS|EFS|RFS|TTP|TTF|DoR|DOR)\b")


# inline markup of abstracts served as HTML: italics, bold, super- and subscripts (not other tags, not "<" of a P value)
_INLINE_MARKUP = re.compile(r"</?(?:i|b|em|strong|u|sup|sub|sc|span)(?:\s[^<>]{0,80})?>", re.I)


def _without_markup(text: str) -> tuple[str, list[int]]:
    """``text`` without inline markup, and the offset in ``text`` of each of its characters.

    A superscript after "10" becomes "^" ("10<sup>-9</sup>" → "10^-9", a power of ten, not "10-9")."""
    parts: list[str] = []
    where: list[int] = []
    pos = 0
    for m in _INLINE_MARKUP.finditer(text):
        parts.append(text[pos:m.start()])
        where.extend(range(pos, m.start()))
        if m.group().lower().startswith("<sup") and text[max(0, m.start() - 2):m.start()] == "10":
            parts.append("^")
            where.append(m.start())
        pos = m.end()
    parts.append(text[pos:])
    where.extend(range(pos, len(text)))
    return "".join(parts), where


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
    if "<" in text and _INLINE_MARKUP.search(text):
        # "(HR 1.00, 95% <i>CI</i> 0.86-1.18)", "P = 0.31 × 10<sup>-9</sup>": an abstract copied with its inline
        # markup (an API's or a web page's) is read without it; spans point into the text as given
        plain, where = _without_markup(text)
        return [replace(e, start=None if e.start is None else where[e.start],
                        end=None if e.end is None else where[e.end - 1] + 1)
                for e in extract_estimates(plain, self_names=self_names)]
    norm = _normalise(text)
    if not _may_hold_estimates(norm):
        return []  # most abstracts of a baseline: no ratio word, no median, no end point
    sentences = _sentences(norm)
    norm = _without_unclosed(norm, sentences)
    doc = _Doc(norm, sentences, self_names)
    found: list[_Found] = []
    prose: list[int] = []  # where in ``found`` the estimates read from prose are (not a flattened table's cells)
    prev: list[_Found] = []  # the medians of a sentence at most two sentences back in the paragraph
    age = 0
    prev_measure: str | None = None  # the last ratio's measure and end point in the sentence before
    prev_ep: str | None = None
    para_measure: str | None = None
    last_para = -1
    gap = 0
    table: _TableHeader | None = None  # a flattened table's ratio (see ``_table_header``)
    # a flattened table's caption and header lines, until its first row of cells (a list, joined only when a cell comes:
    # a long run of lines without cells is not copied or scanned again line after line); whether one holds a bare cell
    table_head: list[str] | None = None
    head_bare = False
    table_other = False  # a flattened table's sub-header named another statistic than its ratio for the rows after it
    number_only = False  # the table's caption line is its number alone
    doc_measure: str | None | bool = False  # the one ratio the text names, if asked (``_one_measure``)
    # the table rows that gave estimates, as printed (spaces squeezed): the line before each; whether the last row
    # that gave estimates repeated one
    rows_read: dict[str, str] = {}
    repeating = False
    line_before = {b.start: a for a, b in itertools.pairwise(sentences)}
    group_ci_cols = 0  # a flattened table's columns of each group's rate and its CI before its ratio's (by its header)
    in_table = False  # inside a table flattened into lines ("Median age, years (range) 56.3 (42–84) Sex …")
    recent: list[str] = []  # the short lines just before (see below)
    no_ratio_row = False  # a table's first row of cells read as no ratio (see below)
    cited_row = False  # the table line before cites a study and holds no estimate (see below)
    med_state = _MedianState()  # a flattened table's section line and row of medians (see ``_table_medians``)
    sub_outcome: str | None = None  # the outcome a table's last sub-header or count row named (see ``_outcome_line``)
    sub_heading = False  # whether a sub-header line (no cells) named it, with no row of ratios since
    parted = False  # whether the table has had a line of no cells that names no outcome (perhaps a subgroup)
    for s in sentences:
        if s.paragraph != last_para:
            # a new paragraph forgets the last ratio's end point, and its measure where a section opens (a full
            # text's paragraphs may be single sentences, its line breaks fall inside a bracket: "(3·5%;\nHR 1·19, …)")
            if re.match(r"\s*(?-i:[A-Z]{4,})", norm[s.start:s.start + 12]):
                prev_measure = None
            prev_ep, last_para = None, s.paragraph
            para_measure = None  # the last ratio's measure in this paragraph, however far back
        line = norm[s.start:s.end]
        # (the short lines before, for a table printed one cell per line whose header came before its first "| | |")
        recent = recent[-15:] + [line] if len(line) < 80 and not re.search(r"[.!?]\s*$", line) else []
        if _TABLE_CAPTION.match(line) and not _TABLE_CITED.match(line):
            # a table flattened into text, whose cells cannot be told apart: its caption sentence ("Table 2 Relative
            # risk (RR) assessments … Operative delivery 0.90 (0.67–1.22) 0.87 (…)") and the rows on the lines after
            # it give nothing ("Table 2 shows …" cites a table and is read), but the cells of a table of one ratio
            in_table, table, table_head, head_bare, table_other = True, None, [], False, False
            no_ratio_row = False
            sub_outcome, sub_heading, parted = None, False, False
            med_state = _MedianState()
            group_ci_cols = 0
            number_only = _TABLE_NUMBER_ONLY.fullmatch(line.strip()) is not None  # "Table 2." on a line of its own
        elif not in_table and "\n" not in line.strip() and (
                line.count("|") >= 3 or re.fullmatch(r"\s*\|\s*-{3,}[\s|:-]*", line) and
                sum(x.strip() == "|" for x in recent) >= 3):
            # a table printed with "|" between its cells, without its caption ("Subgroup | Mortality | …"): its rows are
            # read as a table's (by column where its header names a ratio or a median), never as prose; a table
            # printed one cell per line ("|" on the lines between its cells; it starts at its first line of several
            # "|" or at a "|---|" after such lines) keeps the header lines before ("|", "Multivariate analysis", "OR
            # (95% CI)", "|", "β", "|", "---|", … "| | |")
            in_table, table, table_head, head_bare, table_other = True, None, [], False, False
            no_ratio_row = False
            sub_outcome, sub_heading, parted = None, False, False
            if sum(x.strip() == "|" for x in recent) >= 2:
                table_head = [x for x in recent if not re.fullmatch(r"[\s|:-]*", x)]
            med_state = _MedianState()
            group_ci_cols = 0
            number_only = False
        elif in_table and re.search(r"(?<!\.)[.!?]\s*$", line) and len(_TABLE_CELL.findall(line)) < 3 and \
                not _FOOTNOTE_LINE.match(line) and \
                not re.search(r"(?:\b(?:Adj|Unadj|Est|vs)|Ref|No)\.\s*$", line) and \
                not (table_head is not None and (_TABLE_NUMBER_ONLY.fullmatch(" ".join(table_head).strip())
                                                 or number_only and not table_head)):
            # (but "Table 2." then its title: "Mortality rate and hazard ratios for all-cause mortality …"; and not a
            # row whose last cells are missing values printed "..": "Standard of care 1 (ref) .. 1 (ref) ..")
            in_table = False  # a sentence again: prose (not a row of cells that ends on its footnote's full stop)
        offered = prev_measure or (para_measure if para_measure and ("risk of" in line or "odds of" in line)
                                   and _RISK_ANAPHORA.search(line) else None)
        if in_table:
            if _MEASURE_ROW_LABEL.match(line):
                sub_heading = False
            elif (outcome_named := _outcome_line(line)) is not False and not (sub_heading and re.search(r"\d", line)):
                # (an events' count row under a sub-header keeps the sub-header's outcome: "Incident non-fatal
                # MACEs", then " Incident MACEs, n (%)29 (9.2%)…")
                sub_outcome = outcome_named if isinstance(outcome_named, str) else None
                sub_heading = not re.search(r"\d", line)
                # (a line of no cells that names no outcome may name a part of the patients: "Subgroups", "Men")
                parted = parted or (outcome_named is None and table_head is None and not re.search(r"\d", line))
            if table is None:
                # (the header may be a line of its own: "Rivaroxaban (n=159) Control (n=159) Relative risk (95% CI)
                # p values", then "Primary efficacy outcome 5/159 (3·14%) 15/159 (9·43%) 0·33 (0·13–0·90) 0·0293")
                table = _table_header(line) or (
                    _table_header(" ".join(table_head) + " " + line)
                    if table_head and (head_bare or _TABLE_RATIO_CELL.search(line)
                                       or _TABLE_RATIO_CELL_BARE.search(line))
                    # (or the header lines kept at a first row whose cell reads as no ratio: "0.2 (0.0, 1.4)")
                    else _table_header(" ".join(med_state.head) + " " + line)
                    if table_head is None and no_ratio_row and med_state.head and _TABLE_RATIO_CELL.search(line)
                    else None)
            if table_head is not None:
                if _TABLE_RATIO_CELL.search(line):
                    # (a first row whose every cell reads as no ratio: the rows after it may still be the header's)
                    no_ratio_row = table is None and not any(_ratio_cell(c, None) is not None
                                                             for c in _TABLE_RATIO_CELL.finditer(line))
                    med_state.head = table_head  # (the header lines, kept for the readers asked lazily)
                    table_head = None
                elif not _FOOTNOTE_LINE.match(line):  # (a footnote under the header names no column)
                    table_head.append(line)
                    head_bare = head_bare or _TABLE_RATIO_CELL_BARE.search(line) is not None
            if not _TABLE_RATIO_CELL.search(line) and "CI" in line:
                # a header line's columns of each group's rate with its CI ("Crude mortality rate per 1,000 PY (95%
                # CI)", "| No. | Rate (95% CI) | No. | Rate (95% CI) |"): the first cells of each row below
                group_ci_cols += len(_GROUP_STAT_CI.findall(line))
            elif group_ci_cols and (ref := _REFERENCE_CELL.search(line)):
                # a header's group rates spanning two columns each ("Incidence rate (95% CI)" over "DB1 DB2"): a row
                # with the ratio's reference cell ("… 1.3 (1.2–1.4) 1.5 (1.5–1.6) 0.02 1 (Reference)") shows how many
                # rate cells come before the ratio's
                group_ci_cols = max(group_ci_cols, len(_TABLE_RATIO_CELL.findall(line, 0, ref.start())))
            if table_other and _REFERENCE_CELL.search(line):
                # a row with a ratio's reference cell ("18–49 | 1 (ref) | 1 (ref)") under a factor's label that names
                # its levels' unit ("Age, years"): the rows are the ratios' again
                table_other = False
            here = _table_ratios(norm, s, table, table_other, group_ci_cols) if table else []
            if table is not None and not table_other and ")" in line:
                here += [f for f in _glued_p_ratios(s, line, table)
                         if not any(h.est.end == f.est.end or h.est.start == f.est.start for h in here)]
            here += _table_medians(norm, s, line, med_state, doc.medians_declared)
            for f in _pipe_columns(norm, s, line, med_state):
                same = next((h for h in here if h.est.start == f.est.start), None)
                if same is None:
                    here.append(f)
                elif same.est.measure != f.est.measure and same.est.value == f.est.value and \
                        "median" not in (same.est.measure, f.est.measure):
                    # (a sub-header row that names another ratio for the rows after it, "| Combination versus none |
                    # OR (95%CI) | p |" after "| … | HR (95%CI) | p |": only the reading by column sees it; a
                    # group's median read by its row's label stays one)
                    here[here.index(same)] = f
                elif same.est.p_value is None and f.est.p_value is not None and same.est.value == f.est.value:
                    # (a P in a column of its own, which only the reading by column sees: "| 1.12 (1.02–1.23) | .02 |")
                    here[here.index(same)] = _Found(replace(same.est, p_operator=f.est.p_operator,
                                                            p_value=f.est.p_value), same.sentence)
            here += [f for f in _line_ratio_row(norm, s, line, med_state)
                     if not any(h.est.start == f.est.start for h in here)]
            here += [f for f in _pipe_named_rows(s, line) if not any(h.est.start == f.est.start for h in here)]
            if "|" in line and " v" in line and doc.medians_declared:
                here += [f for f in _pipe_time_pairs(s, line, table_head if table_head is not None
                                                     else med_state.head)
                         if not any(h.est.start == f.est.start for h in here)]
            if "|" in line or med_state.bare_row is not None:
                here += [f for f in _pipe_ci_row(norm, s, line, med_state, table_head if table_head is not None
                                                 else med_state.head)
                         if not any(h.est.start == f.est.start for h in here)]
            if table is None:
                here += _line_cell_ratios(norm, s, line, med_state, table_head)
                here += _glued_cells(norm, s, line, med_state, table_head if table_head is not None else med_state.head)
                here += _glued_median_row(norm, s, line, med_state, doc.medians_declared)
                if table_head and line.count(".") >= 4 and _GLUED_DECIMALS_CELL.search(line) and \
                        (glued_head := _named_header(" ".join(table_head), False)) is not None:
                    here += [f for f in _glued_decimal_ratios(s, line, glued_head)
                             if not any(h.est.start == f.est.start for h in here)]
                here += [f for f in _spaced_triples(norm, s, line, med_state, table_head)
                         if not any(h.est.start == f.est.start for h in here)]
                if not here:
                    here += _last_column_ratios(norm, s, line, med_state, table_head)
                if not here:
                    here += _model_columns(norm, s, line, med_state, table_head if table_head is not None
                                           else med_state.head)
                if not here and _VS_WORD.search(line):
                    here += _versus_columns(norm, s, line, med_state, table_head if table_head is not None
                                            else med_state.head)
            here += [f for f in _glued_sig_cells(norm, s, line, med_state, table_head)
                     if not any(h.est.start == f.est.start for h in here)]
            if table is None and "." in line and (table_head or med_state.head) and \
                    (gh := next((m for h in (table_head or med_state.head or [])
                                 if (m := _GLUED_RATIO_P_HEADER.search(h))), None)) and \
                    (gr := _GLUED_RATIO_P_ROW.search(line)) and \
                    not any(h.est.end == s.start + gr.end("p") for h in here):
                # "RiskaRelative RiskPb" over "Age >60 y3.480.0001": a ratio without CI glued to its row's label and to
                # its P (the ratio the fewest places before a P that starts "0.")
                here.append(_Found(Estimate(
                    measure=_measure_code(gh.group("m")), value=_num_of(gr.group("v")), p_operator="=",
                    p_value=_num_of(gr.group("p")), start=s.start + gr.start("v"), end=s.start + gr.end("p"),
                    source="text", note="read from a table whose cells were glued together: the ratio told apart "
                    "from its P by the P's leading zero; row and column (end point, groups, population) cannot be told "
                    "apart",
                    checks=("flattened_table",)), s))
            if table is None and ")" in line and (table_head or med_state.head) and _GLUED_P_RATIO.search(line) and \
                    (glued_p_head := _named_header(" ".join(table_head or med_state.head or []), False)) is not None:
                here += [f for f in _glued_p_ratios(s, line, glued_p_head)
                         if not any(h.est.end == f.est.end or h.est.start == f.est.start for h in here)]
            if doc.medians_declared and ")" in line and (table_head or med_state.head):
                if times := _glued_time_cells(norm, s, line, table_head or med_state.head or [], here):
                    # (the row's ratio compares the groups whose times it prints: the same end point)
                    ep_text = times[0].est.endpoint_text
                    here = [_Found(replace(f.est, endpoint=times[0].est.endpoint, endpoint_text=ep_text), f.sentence)
                            if f.est.measure != "median" and not f.est.endpoint_text else f for f in here] + times
            tail = line[max([m.end() for m in _TABLE_RATIO_CELL.finditer(line)] or [0]):]
            if re.search(r"[A-Za-z]{2}", tail) and not re.search(r"\d", re.sub(r"\d{2}(?:\.\d+)?\s?%", "", tail)):
                # a sub-header, with no number of its own (on its own line, or after a row's last cell; not a row
                # whose values are no cells: "Median time to being discharged, days 19 >28 ·· ··")
                # (or a row's label whose unit says its cells are times or amounts: "Hospital LOS (days)")
                stat = sorted(m.end() for m in itertools.chain(_TABLE_OTHER_STATISTIC.finditer(tail),
                                                               _UNIT_LABEL.finditer(tail)))
                named = [m.end() for m in _MEASURE_WORD.finditer(tail)]
                table_other = bool(stat) and (not named or stat[-1] > named[-1])
            here = [f for f in here if not _repeats_prose(found, f.est, prose)]
            if here and len(row_text := " ".join(line.split())) >= 15:
                # a web page that prints its table twice (for two screen sizes): a row read before, word for word,
                # gives its estimates once (after the same line as before, or after a row that repeated: not a
                # table's sub-row printed again under another parent row, "Fever, n (%)…" then " Time to onset,
                # days3 (1–22)" as under the CRS itself)
                prev_line = " ".join(norm[p.start:p.end].split()) if (p := line_before.get(s.start)) else ""
                repeated = row_text in rows_read and (repeating or rows_read[row_text] == prev_line)
                if repeated:
                    here = []
                repeating = repeated
                rows_read.setdefault(row_text, prev_line)
            if not here and _SELF_NAMED_ESTIMATE.search(line):
                # a table's cell that prints its estimate as prose does, named and with its CI ("Median OS: 12.3 months
                # (95% CI 10.8 to 15.9) (HR vs chemotherapy 0.70; 95% CI 0.54 to 0.91; p=0.007)", "| HR: 0.74 (95% CI:
                # 0.65-0.85); P < 0.001 |"): read as a sentence
                here = _in_sentence(norm, s, doc, sentences, None, None, bool(found))
                # (a later estimate of the row keeps an end point only when named after the one before it: the row's
                # next cell may be another column's end point, named only in the header)
                here = [f if i == 0 or not f.est.endpoint_text or (f.est.endpoint_text.lower() in norm[
                    (here[i - 1].est.end or 0):(f.est.start or 0)].lower())
                        else _Found(replace(f.est, endpoint="unknown", endpoint_text=None), f.sentence)
                        for i, f in enumerate(here)]
                if "|" in line and (row_ep := _ROW_LABEL_OUTCOME.match(line)):
                    # "| CV death | HR: 0.82 (95% CI: 0.69-0.98) | HR: 0.92 (…) |": the row's label names the outcome of
                    # the cells that name none
                    ep = _clean_endpoint(row_ep.group("ep"))
                    here = [_Found(replace(f.est, endpoint=_endpoint_class(ep), endpoint_text=ep), f.sentence)
                            if not f.est.endpoint_text and ep else f for f in here]
            if "|" in line and " v" in line and ("HR" in line or "azard" in line):
                here += [f for f in _pipe_time_pairs_hr(s, line) if not any(h.est.start == f.est.start for h in here)]
            if not here and (rr := _RATIO_NAMED_ROW.fullmatch(line)):
                here = _ratio_named_row(s, rr)
            cited = _ROW_CITATION.search(line) is not None
            if here and not cited and _PREVIOUS_STUDIES.search(" ".join(table_head or med_state.head or [])):
                cited = True  # a table whose caption says it summarises other studies ("Summary of previous studies
                # on …"): every row quotes one
            if here and any(_names_no_endpoint(f) for f in here):
                head_now = table_head if table_head is not None else med_state.head
                if sub_outcome and _MEASURE_ROW_LABEL.match(line):
                    # "Time to first exacerbation of any severity" (a sub-header), or "Worsening HF or cardiovascular
                    # death – no. (%)" (the events' count row), then " HR vs placebo (95 % CI) 0.72 (…)", "Adjusted†
                    # HR | 1.00 (ref) | 0.98 (…)": a row named by its measure only is the ratio of the outcome above it
                    here = _endpoint_given(here, sub_outcome, parted, head_now)
                elif row_ep_text := _outcome_row_label(line, head_now):
                    # "Type of eventUnadjusted HR (95% CI)P…" over "All-cause mortality 0.67 (0.58-0.77) <.0001 …": a
                    # table whose first column holds the outcomes; each row's label is its ratios' end point
                    here = _endpoint_given(here, row_ep_text, parted, head_now)
                elif cap_ep := _caption_endpoint(head_now):
                    # "Table 3 Prognostic factors for mortality in patients with …", "pooled hazard ratios … of overall
                    # survival for younger patients …": a caption that names one end point names that of every ratio
                    # in the rows that name none (their population as it was: the rows may be factors or subgroups)
                    here = _endpoint_given(here, cap_ep)
            if here and (cited or cited_row):
                # a table row that cites its source ("CO17 [20] … HR, 0.77; …", a label line "| MONARCH-2 [24,28] |"
                # before the line of its cells, "Smith et al. 2019"): another study's results, quoted
                here = [_Found(replace(f.est, context="background"), f.sentence) if f.est.context == "result" else f
                        for f in here]
            cited_row = cited and not here
        else:
            table = None
            here = _in_sentence(norm, s, doc, sentences, offered, prev_ep, bool(found))
            if "stimate" in line and (am := _ESTIMATES_ANAPHORA.search(line)) and found:
                here = _corresponding_endpoints(here, found, s.start + am.start())
            if med_state.sig_head is not None:
                # (the glued header's rows after a footnote line ended the table: "*Wald statistic.")
                here += [f for f in _glued_sig_cells(norm, s, line, med_state, None)
                         if not any(h.est.start == f.est.start for h in here)]
            if (table_head or med_state.head) and line.count(".") >= 4 and _GLUED_DECIMALS_CELL.search(line) and \
                    (glued_head := _named_header(" ".join(table_head or med_state.head or []), False)) is not None:
                # (the same after a footnote line that ended the table: "Hazard ratios (HRs) were adjusted for …."
                # then "Overall1.572.100.73 (0.55 to 0.96)")
                here += [f for f in _glued_decimal_ratios(s, line, glued_head)
                         if not any(h.est.start == f.est.start for h in here)]
            if (table_head or med_state.head) and "(" in line and _GLUED_COUNT_BRACKET.search(line):
                # (a glued table's rows after footnote lines that ended it: "* All variables were included …" then
                # "Age at baseline, y1.02 (1.01–1.04)0.01")
                here += [f for f in _glued_cells(norm, s, line, med_state, table_head or med_state.head)
                         if not any(h.est.start == f.est.start for h in here)]
            if (headed := _headed_table(line)) is not None:
                # a table flattened into a sentence without its caption ("G6PD NORMAL CHILDREN: RR (95% CI) RR (95% CI)
                # … failure by day 14 0.69 (0.28,1.63) 0.4 0.67 (0.27,1.55) …"): its cells, when the sentence's
                # grammar read fewer than half of them (a list the grammar reads keeps its end points)
                cells = _table_ratios(norm, s, headed)
                read = sum(any(h.est.value == c.est.value for h in here) for c in cells)
                if len(cells) >= 3 and 2 * read < len(cells):
                    here = sorted(here + [c for c in cells if not any(h.est.value == c.est.value and h.est.ci_low in
                                                                      (None, c.est.ci_low) for h in here)],
                                  key=lambda f: f.est.start or 0)
            if here:
                here = _no_times(norm, s, here)
            if ":" in line or here:
                here += _labelled_times(norm, s, here)
            if "[" in line and (brackets := [
                    b for b in _BRACKETED_RATIO.finditer(line)
                    if not any(h.est.start is not None and h.est.start <= s.start + b.start("v") < (h.est.end or 0)
                               for h in here)]):
                if doc_measure is False:
                    doc_measure = _one_measure(norm)
                if isinstance(doc_measure, str):
                    here = sorted(here + _bracketed_ratios(s, brackets, doc_measure), key=lambda f: f.est.start or 0)
            if "CI" in line:
                here += [f for f in _inline_median_rows(norm, s)
                         if not any(h.est.start is not None and f.est.start is not None and
                                    h.est.start <= f.est.start < (h.est.end or h.est.start + 1) for h in here)]
        prev_ratio = next((f.est for f in reversed(here) if f.est.measure != "median"), None)
        if prev_ratio is not None:
            prev_measure, prev_ep, gap = prev_ratio.measure, prev_ratio.endpoint_text, 0
            para_measure = prev_ratio.measure
        else:  # one sentence without a ratio may come between ("… (RR 1.04, …). Two were lost. Rates
            gap += 1  # were similar (0.95 [0.71-1.28])."); after two, the measure is forgotten
            if gap > 1:
                prev_measure, prev_ep = None, None
        age += 1
        if prev and prev[0].sentence.paragraph == s.paragraph and age == 1:
            here = [_Found(_after_medians(f.est, prev), f.sentence) for f in here]
        if prev and prev[0].sentence.paragraph == s.paragraph and age <= 2:
            here += _median_continuation(norm, s, prev, here, doc)
        if ";" in line and any(f.est.measure == "median" for f in here) and (cuts := _semicolons(norm, s)):
            # "Median survival of all patients was 13.7 months [95% CI 11.3–16.2]; 7.6 months (CI 6.4–8.6) for … and
            # 19.8 months (CI 15.6–22.9) for …": the clause after the semicolon goes on with the medians' groups
            before = [f for f in here if f.est.measure == "median" and (f.est.start or 0) < cuts[0]]
            if before:
                here += _continued_items(norm, s, before, here, doc, cuts[0] + 1 - s.start)
        if any(f.est.measure == "median" and f.est.value is None and f.est.unit is None for f in here):
            here = _unit_for_not_reached(here)
        prose += [len(found) + k for k, f in enumerate(here) if "flattened_table" not in f.est.checks]
        found += here
        if any(f.est.measure == "median" for f in here):
            prev, age = here, 0
    found = [f for f in found if f.est.start is None or not _TEST_STATISTIC_BEFORE.search(
        norm, max(0, f.est.start - 40), f.est.start)]  # "log rank χ2 1df 1·1": a test's statistic
    found = [_Found(replace(f.est, population_kind="subgroup", population_detail=f.est.arm or so.group("who"),
                            arm=None if f.est.measure == "median" else f.est.arm), f.sentence)
             if f.est.population_kind == "overall" and f.est.context == "result"
             and (so := _SUBGROUP_OPENER.match(norm, f.sentence.start)) else f for f in found]
    found = [_Found(replace(f.est, unit=_unit_norm(u.group("u"))), f.sentence)
             if f.est.measure == "median" and f.est.value is None and f.est.unit is None and f.est.end is not None
             and "reach" in (f.est.value_text or "") and (u := _NR_UNIT_AFTER.match(norm, f.est.end)) else f
             for f in found]
    if any("flattened_table" in f.est.checks for f in found):
        found = _table_cell_measures(found, norm)
    found.sort(key=lambda f: (f.est.start or 0))
    return _design_groups(_harms_by_name(_per_arm(_arms_are_no_subgroups(_once(found), doc), doc, norm), doc), doc)


# the unit printed with a median not reached, in its bracket: "has not been reached (observed range: 1.9–39.4 months)"
# (not the follow-up's after it: "not reached at 40 months' median follow-up")
_NR_UNIT_AFTER = re.compile(rf"\s*[(\[][^()\[\]]{{0,40}}?(?:{_NUM}\s*(?:-|\u2013|to)\s*)?{_NUM}\s*(?P<u>{_UNIT_WORDS})",
                            re.I)
# a sentence that opens on its subgroups: "In high-risk subgroups, median rwOS (mo) was 18.1 in patients with …, 24.3
# with brain metastases …": each estimate is of a subgroup (a median's group words name it, not an arm)
_SUBGROUP_OPENER = re.compile(r"(?:Results?\s*:\s*)?(?:In|Among|For)\s+(?:the\s+)?(?P<who>(?:[\w-]+\s+){0,2}?"
                              r"subgroups?)(?:\s+analys[ie]s)?\s*,", re.I)


# an arm that is a trial's control (not observation or "no X": de-escalation trials test those against treatment)
_CONTROL_ARM = re.compile(r"\b(?:placebos?|controls?|usual\s+care|standard\s+(?:of\s+)?care|sham|vehicle|"
                          r"best\s+supportive\s+care|wait(?:ing)?[- ]?list)\b", re.I)


@dataclass
class _MedianState:
    section: str | None = None  # the last line of the table with words and no cell ("Progression-free survival …")
    row: _MedianRow | None = None  # a row of medians whose cells come one per line after its label
    # a pipe table's header row: the columns that name one ratio or an outcome time's median (``_pipe_columns``)
    columns: _PipeColumns | None = None
    # a table with one cell per line ("odds ratio", "95% CI", "lower", "upper", then "Digestive system", "1.81",
    # "1.73", "1.89"): the ratio its header lines name (False: not yet asked), and the number lines since the last label
    line_ratio: _TableHeader | None | bool = False
    # the same table's header cells read as columns, when they part a ratio from its P ("Unadjusted HR", "p-value",
    # "Adjusted HR", "95% CI", "p-value"): each column's kind (``_line_columns``; False: not yet asked)
    line_cols: list[str] | None | bool = False
    run: list[_Sentence] = field(default_factory=list)
    glued: _TableHeader | None | bool = False  # a table whose cells were glued together: its ratio (``_glued_cells``)
    ratio_row: _TableHeader | None = None  # a row label on a line of its own that names one ratio (``_line_ratio_row``)
    # a table whose rows print each ratio and its limits parted by spaces only (``_spaced_triples``): the ratio its
    # header lines name (False: not yet asked)
    spaced: _TableHeader | None | bool = False
    # a glued header "Rate ratioSignificance*95% CI …": its measure and CI level (``_glued_sig_cells``)
    sig_head: tuple[str, float] | None = None
    head: list[str] | None = None  # the table's header lines, once its first row of cells came
    # a header line whose ratio columns come last, after another statistic's ("… Rate/100py 95% CI cHRa 95%CI
    # p-valueb aHRc 95%CI p-valuec"): the measure, how many ratio columns, the CI level (False: not yet asked)
    last_cols: tuple[str, int, float | None] | None | bool = False
    last_cols_seen: int = 0  # how many header lines ``_last_column_ratios`` has looked at
    # a header line that names each column's end point, its medians' and ratios' (``_versus_columns``)
    versus: list[_VersusColumn] | None = None
    versus_seen: int = 0  # how many header lines ``_versus_columns`` has looked at
    # a header whose last columns are one ratio's, one per model (``_model_columns``)
    models: _TableHeader | None = None
    models_seen: int = 0  # how many header lines ``_model_columns`` has looked at
    # a pipe row of bare ratios whose CIs come in the row below (``_pipe_ci_row``): its measure, label and cells
    bare_row: tuple[str, str, list[tuple[float, int, int]]] | None = None
    # the outcome times' medians the header lines named so far, in order, for a sub-header of groups under them
    # (``_pipe_columns``)
    super_medians: list[_MedianRow] = field(default_factory=list)


# A pipe table that prints each ratio's CI in the row below its value, and its P in the row below that ("| Ischaemic
# stroke | HR | 0.63 | 0.90 |", "| 95% CI | (0.524 to 0.759) | (0.716 to 1.140) |", "| P value | <0.0001 | 0.3906 |"):
# the rows pair up cell by cell, in order
_BARE_RATIO_CELL = re.compile(rf"\s*(?P<v>{_NUM})\s*[a-z*\u2020\u2021]?\s*")
_CI_ROW_LABEL = re.compile(r"\s*(?:(?P<lv>\d{2}(?:\.\d+)?)\s?%\s*)?(?:CI|confidence\s+intervals?)\s*:?\s*", re.I)
_CI_ROW_CELL = re.compile(rf"\s*[(\[]?\s*(?P<lo>{_NUM})\s*(?:-|\u2013|to|,|;)\s*(?P<hi>{_NUM})\s*[)\]]?\s*", re.I)


def _pipe_ci_row(norm: str, s: _Sentence, line: str, st: _MedianState, head: list[str] | None) -> list[_Found]:
    """The ratios of a pipe row of bare values whose CIs are the next row's cells (see ``_BARE_RATIO_CELL``): the
    value row names its ratio in its label or a cell ("| Ischaemic stroke | HR | 0.63 | …"), or the table's header
    lines name one ratio; the CI row's label is the CI's ("95% CI") and it has as many limits as the row above has
    values, each value within its limits."""
    row, st.bare_row = st.bare_row, None
    if "|" not in line:
        return []
    parts = line.strip().strip("|").split("|")
    if row is not None and (lab := _CI_ROW_LABEL.fullmatch(parts[0])):
        measure, label, values = row
        cis = [(m, k) for k, c in enumerate(parts[1:], 1) if c.strip() and (m := _CI_ROW_CELL.fullmatch(c))]
        if len(cis) != len(values) or len(cis) != sum(1 for c in parts[1:] if c.strip()):
            return []
        level = _num_of(lab.group("lv")) if lab.group("lv") else None
        ep = _clean_endpoint(label)
        # the P values in the row below the CIs, if it has one per ratio ("| P value | <0.0001 | 0.3906 |")
        nxt = norm[s.end:norm.find("\n", s.end + 1) if norm.find("\n", s.end + 1) > 0 else len(norm)].strip()
        p_parts = nxt.strip("|").split("|")
        ps = [_PIPE_P_CELL.fullmatch(c) for c in p_parts[1:] if c.strip()] \
            if re.fullmatch(r"\s*P(?:[\s-]*values?)?\s*", p_parts[0], re.I) else []
        if len(ps) != len(values) or not all(ps):
            ps = [None] * len(values)
        out = []
        for (v, a, b), (m, _), pm in zip(values, cis, ps, strict=True):
            lo, hi = _num_of(m.group("lo")), _num_of(m.group("hi"))
            if not lo <= v <= hi:
                return []
            p_op = _p_operator(pm.group("op")) if pm else None
            p_val = _num_of(pm.group("p")) if pm else None
            out.append(_Found(Estimate(
                measure=measure, value=v, ci_low=lo, ci_high=hi, ci_level=level, p_operator=p_op, p_value=p_val,
                endpoint=_endpoint_class(ep), endpoint_text=ep or None, start=a, end=b, source="text",
                note="read from a table whose CIs are printed in the row below the ratios (which groups, the columns "
                "say)", checks=("flattened_table",) + M.checks(measure, v, lo, hi, level, p_op, p_val)), s))
        return out
    named = [c for c in parts if re.search(r"[A-Za-z]", c)]
    cells = [(k, c) for k, c in enumerate(parts) if c.strip() and not re.search(r"[A-Za-z]", c)]
    if not named or not cells or not all(_BARE_RATIO_CELL.fullmatch(c) for _, c in cells):
        return []
    words = {_measure_code(m.group("w")) for c in named for m in _MEASURE_WORD.finditer(c)}
    if not words and head and not any(_TABLE_OTHER_STATISTIC.search(c) or _ROW_RATE.search(c) or
                                      re.search(r"\b(?:events?|n|no\.|patients|cases|deaths)\b", c, re.I)
                                      for c in named):
        # (the header's one ratio, for a row whose label names no other statistic: not "| Event rate | 1.2 | 1.5 |")
        words = {_measure_code(m.group("w")) for h in head for m in _MEASURE_WORD.finditer(h)}
    if len(words) != 1:
        return []
    label = next((c.strip() for c in named if not _MEASURE_WORD.fullmatch(c.strip())), "")
    offsets, pos = [], s.start + len(line) - len(line.lstrip()) + (1 if line.strip().startswith("|") else 0)
    numbered = {j for j, _ in cells}
    for k, c in enumerate(parts):
        if k in numbered and (m := _BARE_RATIO_CELL.fullmatch(c)) is not None:
            offsets.append((_num_of(m.group("v")), pos + m.start("v"), pos + m.end("v")))
        pos += len(c) + 1
    st.bare_row = (words.pop(), label, offsets)
    return []


_NUMBER_LINE = re.compile(rf"\s*{_NUM}\s*[a-z*\u2020\u2021\u00a7]?\s*")
_SPACED_TRIPLE = re.compile(rf"(?<![\w.,-])(?P<v>{_NUM})\s+(?P<lo>{_NUM})\s+(?P<hi>{_NUM})(?![\w.,%-])")


def _spaced_triples(norm: str, s: _Sentence, line: str, st: _MedianState, head: list[str] | None) -> list[_Found]:
    """The ratios of a table whose rows print each ratio and its limits parted by spaces ("Male 1.16 1.06 1.27 1.23 1.12
    1.34" under header lines "Adjusted HR", "95% Confidence Interval"): only under header lines that name one ratio
    and a CI column of its own and no other statistic, each run of three numbers that reads as a ratio centred in its
    interval (a count, a rate or a mean does not)."""
    cells = list(_SPACED_TRIPLE.finditer(line))
    if not cells:
        return []
    if st.spaced is False:
        lines = [x for x in head or [] if not _SPACED_TRIPLE.search(x)]
        st.spaced = _named_header(" ".join(lines), True) if lines else None
    header = st.spaced
    if not isinstance(header, _TableHeader):
        return []
    out: list[_Found] = []
    for c in cells:
        if "." not in c.group("v") + c.group("lo") + c.group("hi") or (cell := _ratio_cell(c, header)) is None:
            continue
        v, lo, hi = cell
        out.append(_Found(Estimate(measure=header.measure, value=v, ci_low=lo, ci_high=hi, ci_level=header.level,
                                   start=s.start + c.start(), end=s.start + c.end(), source="text",
                                   note="read from a table whose limits are parted by spaces: its row and column (end "
                                   "point, groups, population) cannot be told apart",
                                   checks=("flattened_table",) + M.checks(header.measure, v, lo, hi, header.level, None,
                                                                          None)), s))
    return out


# a ratio's column in a header line, maybe crude/adjusted and with a footnote letter, then its CI's: "cHRa 95%CI",
# "aHRc 95%CI", "Adjusted OR (95% CI)"
_LAST_RATIO_COLUMN = re.compile(r"(?-i:\b[ac]?(?P<m>HR|OR|RR|IRR)[a-e]?\b)\s*(?:\(\s*)?(?P<lvl>9\d)\s*%\s*(?i:CI\b)")
_SPACED_TOKEN = re.compile(r"(?<!\S)(?P<t>[<>\u2264]?\d+(?:\.\d+)?)(?!\S)")


def _last_column_ratios(norm: str, s: _Sentence, line: str, st: _MedianState, head: list[str] | None) -> list[_Found]:
    """The ratios of a table row whose cells are parted by spaces, under a header line whose ratio columns come
    last, after another statistic's CI ("Time to ART … PY/100 Rate/100py 95% CI cHRa 95%CI p-valueb aHRc 95%CI
    p-valuec" over "0-≤7d 30 4.04 7.43 5.20 10.63 1.89 1.00 3.57 1.59 0.83 3.04"): from the row's end, each run of
    three numbers that reads as a ratio centred in its interval, at most one other number (a P) before each, as many
    as the header names ratio columns; the rate and its CI before them are not read."""
    if not isinstance(st.last_cols, tuple) and head and len(head) > st.last_cols_seen:
        # (asked again while the header grows, of its new lines only: a long run of lines without a cell stays linear)
        new, st.last_cols_seen = head[st.last_cols_seen:], len(head)
        for x in reversed(new):
            cols = list(_LAST_RATIO_COLUMN.finditer(x))
            if len(cols) >= 1 and len({c.group("m") for c in cols}) == 1 and \
                    re.search(r"\d{2}\s*%\s*CI\b", x[:cols[0].start()]):
                st.last_cols = (cols[0].group("m"), len(cols), _num_of(cols[0].group("lvl")))
                break
    if not isinstance(st.last_cols, tuple):
        return []
    measure, n, level = st.last_cols
    toks = list(_SPACED_TOKEN.finditer(line))
    found: list[tuple[re.Match[str], re.Match[str], re.Match[str]]] = []
    i = len(toks) - 1
    skipped = 0
    while i >= 2 and len(found) < n:
        v, lo, hi = toks[i - 2], toks[i - 1], toks[i]
        texts = [x.group("t") for x in (v, lo, hi)]
        if all("." in t and t[0].isdigit() for t in texts) and _centred_as_printed(*texts) and \
                _num_of(texts[1]) <= _num_of(texts[0]) <= _num_of(texts[2]):
            found.append((v, lo, hi))
            i -= 3
            skipped = 0
        elif skipped:
            break
        else:
            skipped = 1
            i -= 1
    out: list[_Found] = []
    for v, lo, hi in reversed(found):
        fv, flo, fhi = _num_of(v.group("t")), _num_of(lo.group("t")), _num_of(hi.group("t"))
        out.append(_Found(Estimate(measure=measure, value=fv, ci_low=flo, ci_high=fhi, ci_level=level,
                                   start=s.start + v.start(), end=s.start + hi.end(), source="text",
                                   note="read from a table whose cells are parted by spaces, its ratio columns last: "
                                   "row and column (end point, groups, population) cannot be told apart",
                                   checks=("flattened_table",) + M.checks(measure, fv, flo, fhi, level, None,
                                                                          None)), s))
    return out


# a flattened table's header that names each column's end point, its medians' and its ratios' in turn ("Median PFS
# (months) HR PFS (95% CI) Median OS (months) HR OS (95% CI) ORR (%)"): each a column of groups' medians printed
# "5.5 versus 2.8" or of one ratio and its CI
_COLUMN_ENDPOINT = r"(?:PFS|OS|TTP|DFS|EFS|RFS|DOR|DoR|TTF|MFS|rPFS|TTR|CSS)"
_VERSUS_HEAD_COLUMN = re.compile(
    rf"(?-i:\b(?:[Mm]edian\s+|m)(?P<ep>{_COLUMN_ENDPOINT})\b(?:\s*[(,]\s*(?P<u>months?|mo|weeks?|days?|years?)\b\s*\)?)?"
    rf"|\b(?P<m>HR|OR)\s*(?:for\s+)?(?P<rep>{_COLUMN_ENDPOINT})\b(?:\s*\(\s*(?P<lvl>\d{{2}})\s*%\s*CI\s*\))?"
    rf"|\b(?P<rep2>{_COLUMN_ENDPOINT})\s+(?P<m2>HR|OR)\b(?:\s*\(\s*(?P<lvl2>\d{{2}})\s*%\s*CI\s*\))?)")
_VERSUS_ITEM = rf"(?:{_NUM}|NR|NE|not\s+reached)(?:\s*\((?:[A-Za-z][^()]{{0,40}}|{_NUM}\s*(?:-|\u2013|to)\s*{_NUM})\))?"
_VERSUS_ROW_CELL = re.compile(rf"(?<![\w.])(?:(?P<vs>{_VERSUS_ITEM}(?:\s+(?:versus|vs\.?)\s+{_VERSUS_ITEM})+)"
                              rf"|(?P<v>{_NUM})\s*\(\s*(?P<lo>{_NUM})\s*(?:-|\u2013|to|,)\s*(?P<hi>{_NUM})\s*\))")
_VERSUS_VALUE = re.compile(rf"(?<![\w.(])(?:(?P<v>{_NUM})|(?P<nr>NR|NE|not\s+reached))(?![\w.])"
                           r"(?!\s*(?:-|\u2013|to)\s*\d)")


@dataclass
class _VersusColumn:
    measure: str  # "median" or the ratio's code
    endpoint_text: str
    unit: str | None
    level: float | None


def _versus_head(head: list[str]) -> list[_VersusColumn] | None:
    """The columns of a table's header line that names its medians' and ratios' columns by end point (at least two,
    one a median's with its unit), in order; None if no line does."""
    for x in head:
        cols = list(_VERSUS_HEAD_COLUMN.finditer(x))
        if len(cols) < 2 or not any(c.group("ep") for c in cols):
            continue
        units = {c.group("u") for c in cols if c.group("u")}
        out: list[_VersusColumn] = []
        for c in cols:
            if c.group("ep"):
                unit = _unit_norm(c.group("u") or (next(iter(units)) if len(units) == 1 else None))
                if unit is None:
                    return None
                out.append(_VersusColumn("median", c.group("ep"), unit, None))
            else:
                lvl = c.group("lvl") or c.group("lvl2")
                out.append(_VersusColumn(c.group("m") or c.group("m2") or "HR",
                                         c.group("rep") or c.group("rep2") or "", None, _num_of(lvl) if lvl else None))
        return out
    return None


def _versus_columns(norm: str, s: _Sentence, line: str, st: _MedianState, head: list[str] | None) -> list[_Found]:
    """The medians and ratios of a flattened table's row under a header that names each column's end point ("Median
    PFS (months) HR PFS (95% CI) Median OS (months) HR OS (95% CI)" over "OS 5.5 versus 2.8 0.44 (0.35–0.55) 17.8
    versus 15.2 0.88 (0.74–1.04) 10 versus 2"): only a row whose cells ("5.5 versus 2.8" for medians, a ratio with
    its interval) match the named columns one for one, in order; cells after them (another column's) are not read."""
    if st.versus is None and head and len(head) > st.versus_seen:
        # (asked again while the header grows, of its new lines only: a caption "… A versus B" may come first)
        new, st.versus_seen = head[st.versus_seen:], len(head)
        st.versus = _versus_head(new)
    cols = st.versus
    if cols is None:
        return []
    cells = list(_VERSUS_ROW_CELL.finditer(line))
    if len(cells) < len(cols) or any((c.group("vs") is not None) != (col.measure == "median")
                                     for c, col in zip(cells, cols, strict=False)):
        return []
    out: list[_Found] = []
    for c, col in zip(cells, cols, strict=False):
        if col.measure != "median":
            header = _TableHeader(col.measure, col.level, False)
            if (cell := _ratio_cell(c, header)) is None:
                return []
            v, lo, hi = cell
            out.append(_Found(Estimate(measure=col.measure, value=v, ci_low=lo, ci_high=hi, ci_level=col.level,
                                       endpoint=_endpoint_class(col.endpoint_text), endpoint_text=col.endpoint_text,
                                       start=s.start + c.start(), end=s.start + c.end(), source="text",
                                       note="read from a flattened table whose header names each column's end point",
                                       checks=("flattened_table",) + M.checks(col.measure, v, lo, hi, col.level, None,
                                                                              None)), s))
            continue
        for m in _VERSUS_VALUE.finditer(line, c.start(), c.end()):
            mv = _float(m.group("v"))
            text = None if mv is not None else ("NE" if m.group("nr") == "NE" else "not reached")
            out.append(_Found(Estimate(measure="median", value=mv, value_text=text, unit=col.unit,
                                       endpoint=_endpoint_class(col.endpoint_text), endpoint_text=col.endpoint_text,
                                       start=s.start + m.start(), end=s.start + m.end(), source="text",
                                       note="read from a flattened table whose header names each column's end point: "
                                       "each value one group's median (which group cannot be told apart)",
                                       checks=("flattened_table",)), s))
    return out


# a header line of a ratio's sub-columns, one per model: "Crude Partially adjusted Fully adjusted", "Unadjusted
# Adjusted", "Model 1 Model 2 Model 3"
_MODEL_COLUMN = (r"(?:crude|unadjusted|adjusted|(?:partially|fully|minimally|multivariable|multivariate|age|sex|"
                 r"age\s+and\s+sex)[-\s]+adjusted|model\s*\d|univariate|univariable|multivariate|multivariable)"
                 r"[a-e*\u2020\u2021\u00a7]?")
_MODEL_COLUMNS_LINE = re.compile(rf"\s*{_MODEL_COLUMN}(?:\s+{_MODEL_COLUMN})+\s*", re.I)
_MODEL_COLUMN_WORD = re.compile(_MODEL_COLUMN, re.I)
_ROW_END_CELL = re.compile(rf"(?<![\w.(\u2013-])(?P<v>{_NUM})(?:\s*[(\[]\s*(?P<lo>{_NUM})\s*(?:-|\u2013|to|,)\s*"
                           rf"(?P<hi>{_NUM})\s*[)\]])?(?![\w.])")


def _model_head(head: list[str]) -> _TableHeader | None:
    """The ratio of a table whose header's last columns are one ratio's, one per model, on a line of their own after
    the line that names the ratio ("… Incidence rate (per 100 person years) Hazard ratio (95% confidence interval)"
    then "Crude Partially adjusted Fully adjusted"): other statistics' columns only before the ratio's, no P column
    after it; ``last`` is the number of models."""
    for j, x in enumerate(head):
        if not _MODEL_COLUMNS_LINE.fullmatch(x):
            continue
        before = " ".join(head[:j])
        named = list(_MEASURE_WORD.finditer(before))
        if not named or len({_measure_code(m.group("w")) for m in named}) != 1:
            return None
        pos = named[-1].start()  # (the caption may name it first: "Median days of follow-up … and hazard ratio of …")
        after = before[pos:] + " " + " ".join(head[j:])
        if any(m.start() > pos for m in _TABLE_OTHER_STATISTIC.finditer(before)) or _TABLE_P_COLUMN.search(after):
            return None
        level = _TABLE_LEVEL.search(before, pos)
        return _TableHeader(_measure_code(named[0].group("w")), _num_of(level.group("level")) if level else None,
                            False, False, len(_MODEL_COLUMN_WORD.findall(x)))
    return None


def _model_columns(norm: str, s: _Sentence, line: str, st: _MedianState, head: list[str] | None) -> list[_Found]:
    """The ratios of a flattened table's row under a header whose last columns are one ratio's, one per model ("Hazard
    ratio (95% confidence interval)" over "Crude Partially adjusted Fully adjusted"): the row's last cells, as many
    as the models, each a ratio with its interval or alone (a model printed without its CI), the reference's "1"
    not read; the cells before them (counts, rates, other statistics) are not read."""
    if not isinstance(st.models, _TableHeader) and head and len(head) > st.models_seen:
        # (asked again while the header grows, only when a new line is a line of models: linear in the header's lines)
        new, st.models_seen = head[st.models_seen:], len(head)
        if any(_MODEL_COLUMNS_LINE.fullmatch(x) for x in new):
            st.models = _model_head(head)
    header = st.models
    if not isinstance(header, _TableHeader):
        return []
    cells = list(_ROW_END_CELL.finditer(line))
    if len(cells) <= header.last or re.search(r"[A-Za-z0-9]", line[cells[-1].end():]):
        return []
    out: list[_Found] = []
    for c in cells[-header.last:]:
        if c.group("lo") is None:
            if "." not in c.group("v") or not 0 < (v := _num_of(c.group("v"))) < 50:
                continue  # (the reference's "1", a count)
            lo = hi = None
            level = None
        elif (cell := _ratio_cell(c, header)) is None:
            return []  # (a cell that is no ratio's: the columns are not what the header says)
        else:
            v, lo, hi = cell
            level = header.level
        out.append(_Found(Estimate(measure=header.measure, value=v, ci_low=lo, ci_high=hi, ci_level=level,
                                   start=s.start + c.start(), end=s.start + c.end(), source="text",
                                   note="read from a flattened table whose last columns are one ratio's, one per "
                                   "model: its row and column (end point, groups, model) cannot be told apart",
                                   checks=("flattened_table",) + M.checks(header.measure, v, lo, hi, level, None,
                                                                          None)), s))
    return out


_BRACKET_LINE = re.compile(rf"\s*[(\[]\s*(?P<lo>{_NUM})\s*(?:-|\u2013|to|,|;)\s*(?P<hi>{_NUM})\s*[)\]]\s*")
_P_LINE = re.compile(r"\s*[<>\u2264\u2265]\s*0?\.\d+\s*[a-e*]?\s*")
# a one-cell-per-line table's header cell: a ratio alone ("Adjusted HR"), a CI ("95% CI"), a P ("p-value")
_LINE_COLUMN_P = re.compile(r"\s*P(?:[\s-]*values?)?\s*[a-e*\u2020\u2021]?\s*", re.I)
_LINE_COLUMN_CI = re.compile(r"\s*(?:\d{2}(?:\.\d+)?\s?%\s*)?(?:CI|confidence\s+intervals?)\s*[a-e*\u2020\u2021]?\s*",
                             re.I)


def _line_columns(head: list[str]) -> list[str] | None:
    """The kinds of the last run of a one-cell-per-line table's header cells that are a ratio's name ("ratio"), a CI
    ("ci", its limits a line each) or a P ("p"), when that run parts a ratio from a P or a CI (a ratio printed without
    its CI, then its P: "Unadjusted HR", "p-value", "Adjusted HR", "95% CI", "p-value"); None otherwise (the reading
    by three numbers in a row stands)."""
    kinds: list[str] = []
    for h in reversed(head):
        h = h.strip()
        if not h:
            continue
        if _LINE_COLUMN_P.fullmatch(h):
            kinds.append("p")
        elif _LINE_COLUMN_CI.fullmatch(h):
            kinds.append("ci")
        elif len(h) <= 40 and _MEASURE_WORD.search(h) and not re.search(r"\d|CI\b|confidence", h, re.I):
            kinds.append("ratio")
        elif kinds:
            break
    kinds.reverse()
    # (a ratio alone that is not followed by its CI, and at least two ratios: the triples would misread the P)
    lone = any(k == "ratio" and (i + 1 == len(kinds) or kinds[i + 1] != "ci") for i, k in enumerate(kinds))
    return kinds if lone and kinds.count("ratio") >= 2 and all(
        k != "ci" or i and kinds[i - 1] == "ratio" for i, k in enumerate(kinds)) else None


def _line_column_row(norm: str, st: _MedianState, header: _TableHeader) -> list[_Found]:
    """A one-cell-per-line table's row read by its header's columns (``st.line_cols``) once its number lines fill
    them (a CI's limits a line each): each ratio, with its CI where a CI column follows it and its P where a P
    column does; a row whose numbers do not read so (a P over 1, a ratio outside its CI) gives nothing."""
    kinds = st.line_cols
    assert isinstance(kinds, list)
    need = sum(2 if k == "ci" else 1 for k in kinds)
    if len(st.run) < need:
        return []
    run, st.run = st.run[-need:], []
    texts = [norm[x.start:x.end].strip(" *\u2020\u2021\u00a7abcdefgh") for x in run]
    ops = [t[0] if t[0] in "<>\u2264\u2265" else "=" for t in texts]
    vals = [_num_of(t.lstrip("<>\u2264\u2265 ")) for t in texts]
    out: list[_Found] = []
    i = 0
    for j, k in enumerate(kinds):
        if k == "ci":
            i += 2
            continue
        if k == "p":
            if vals[i] > 1:
                return []
            i += 1
            continue
        ci_next = j + 1 < len(kinds) and kinds[j + 1] == "ci"
        if any(op != "=" for op in ops[i:i + (3 if ci_next else 1)]):
            return []  # (a "<" before a ratio or a limit: the row is not read as its columns say)
        v, at = vals[i], run[i]
        lo = hi = p = None
        nxt = i + 1
        if ci_next:
            lo, hi, nxt = vals[i + 1], vals[i + 2], i + 3
            if not lo <= v <= hi:
                return []
        pk = j + (2 if lo is not None else 1)
        p_op = None
        if pk < len(kinds) and kinds[pk] == "p":
            p, p_op = vals[nxt], _p_operator(ops[nxt])
        if v <= 0:
            return []
        out.append(_Found(Estimate(
            measure=header.measure, value=v, ci_low=lo, ci_high=hi, ci_level=header.level if lo is not None else None,
            p_operator=p_op, p_value=p,
            start=at.start + (len(norm[at.start:at.end]) - len(norm[at.start:at.end].lstrip())),
            end=(run[nxt - 1].end if lo is not None else at.end), source="text",
            note="read from a table flattened with one cell per line, by its header's columns: its row (end point, "
            "groups, population) cannot be told apart",
            checks=("flattened_table",) + M.checks(header.measure, v, lo, hi, header.level if lo is not None else None,
                                                   p_op, p)), at))
        i += 1
    return out


def _line_cell_ratios(norm: str, s: _Sentence, line: str, st: _MedianState, head: list[str] | None) -> list[_Found]:
    """The ratios of a table flattened with one cell per line: under header lines that name one ratio and its CI
    (and no other statistic), three number lines in a row that read as a ratio and its interval are one ratio (after
    a row's counts, before its P); a label line starts the next row."""
    if isinstance(st.line_cols, list) and st.run and _P_LINE.fullmatch(line):
        # ("< 0.001" on its line: a P cell of the row, read by the header's columns)
        st.run.append(s)
        return _line_column_row(norm, st, st.line_ratio) if isinstance(st.line_ratio, _TableHeader) else []
    if not _NUMBER_LINE.fullmatch(line):
        run, st.run = st.run, []
        if run and (br := _BRACKET_LINE.fullmatch(line)) and isinstance(st.line_ratio, _TableHeader):
            # "1.24" then "(1.11–1.39)" on the next line: a ratio's value and its bracketed interval, a cell each
            a = run[-1]
            v = norm[a.start:a.end].strip(" *\u2020\u2021\u00a7abcdefgh")
            cell = re.match(rf"(?P<v>{_NUM}) (?P<lo>{_NUM}) (?P<hi>{_NUM})", f"{v} {br.group('lo')} {br.group('hi')}")
            if cell is not None and (r := _ratio_cell(cell, st.line_ratio)) is not None:
                head_ratio = st.line_ratio
                return [_Found(Estimate(
                    measure=head_ratio.measure, value=r[0], ci_low=r[1], ci_high=r[2], ci_level=head_ratio.level,
                    start=a.start + (len(norm[a.start:a.end]) - len(norm[a.start:a.end].lstrip())),
                    end=s.end, source="text",
                    note="read from a table flattened with one cell per line: its row and column (end point, groups, "
                    "population) cannot be told apart",
                    checks=("flattened_table",) + M.checks(head_ratio.measure, r[0], r[1], r[2], head_ratio.level,
                                                           None, None)), a)]
        return []
    if st.line_ratio is False:
        st.line_ratio = _named_header(" ".join(head), True) if head else None
        st.line_cols = _line_columns(head) if head and isinstance(st.line_ratio, _TableHeader) else None
    header = st.line_ratio
    if not isinstance(header, _TableHeader):
        return []
    st.run.append(s)
    if isinstance(st.line_cols, list):
        # read by the header's columns: a row's numbers, once it has one for each column
        return _line_column_row(norm, st, header)
    if len(st.run) < 3:
        return []
    a, b, c = st.run[-3:]
    v, lo, hi = (norm[x.start:x.end].strip(" *\u2020\u2021\u00a7abcdefgh") for x in (a, b, c))
    cell = re.match(rf"(?P<v>{_NUM}) (?P<lo>{_NUM}) (?P<hi>{_NUM})", f"{v} {lo} {hi}")
    if cell is None or cell.end() != len(f"{v} {lo} {hi}") or _ratio_cell(cell, header) is None:
        return []
    st.run = []
    fv, flo, fhi = _num_of(v), _num_of(lo), _num_of(hi)
    return [_Found(Estimate(measure=header.measure, value=fv, ci_low=flo, ci_high=fhi, ci_level=header.level,
                            start=a.start + (len(norm[a.start:a.end]) - len(norm[a.start:a.end].lstrip())),
                            end=c.end, source="text",
                            note="read from a table flattened with one cell per line: its row and column (end point, "
                            "groups, population) cannot be told apart",
                            checks=("flattened_table",) + M.checks(header.measure, fv, flo, fhi, header.level, None,
                                                                   None)), a)]


# A table copied from a web page with its cells glued together: the header's ratio glued before its CI level ("HR95%
# CIP value", "Incidence DensityaaHR (95% CI)b"), each row's numbers glued to its label and to each other
# ("Performance status (2–3/0–1)3.181.35 to 7.510.008", "All participants1743/527,260330.61.37 (1.11 to 1.70)"): the
# row's ratio and limits are told apart by the digits of the limit printed alone, and kept only when they read as a
# ratio and its interval
# (a footnote's mark or digit may sit between the name and the level: "RR*95% CI*p Value", "OR195% CI2 value")
_GLUED_MEASURE = re.compile(r"(?-i:(?<![A-Z])a?(?P<m>HR|OR|RR|IRR))"
                            r"(?=[*\u2020\u2021\u00a7\u00b6]?(?:\d(?=9\d\s*%))?\s*,?\s*[(\[]?\s*(?P<lvl>9\d)\s*%\s*"
                            r"(?:CI|[Cc]onfidence))")
_GLUED_RUN_DASH = re.compile(r"(?<=\d)\s*(?:to|-)\s*(?=\d)")
_GLUED_PAIR = re.compile(r"(?<![\d.])(?P<l>\d+\.\d+\.\d+)\s*(?:to|-)\s*(?P<r>\d+\.\d+(?:\.\d+)?)(?![\d.])")
# a ratio and both limits glued with no separator at all, maybe with the P after them: "no2.571.654.00<0.001",
# "reactivation1.951.282.970.002" (each number printed to the same places)
_GLUED_TRIPLE = re.compile(r"(?<![.\d\u2212-])\d+\.\d+\.\d+\.\d+(?:\.\d+)?(?![.\d])")
# a header's ratio spelled out, glued to the cells around it: "EventsHazard ratio (95% CI)EventsHazard ratio (95% CI)",
# "PredictorOdds ratio95% confidence interval"
_GLUED_MEASURE_WORDS = re.compile(r"(?P<m>(?i:hazard|odds|risk|rate)\s+ratio)\s*[(\[]?\s*(?P<lvl>9\d)\s*%\s*"
                                  r"(?i:CI|confidence)")
# a ratio glued after a count (or a label) with its bracketed interval: "…*6151.24 (1.05 to 1.46)", "increase0.97 (…)"
_GLUED_COUNT_BRACKET = re.compile(r"(?P<l>(?<=[A-Za-z*\u2020\u2021)])\d+\.\d+|(?<![\d.])\d{2,}\.\d+)\s*\(\s*"
                                  r"(?P<lo>\d+\.\d+)\s*(?:to|-|\u2013)\s*(?P<hi>\d+\.\d+)\s*\)")
_GLUED_P_AFTER = re.compile(r"\s*(?P<op>[<>=\u2264]?)\s*(?P<p>0?\.\d+|1(?:\.0+)?)\s*$")  # "…(1.01–1.04)0.01"
_GLUED_BRACKET = re.compile(r"(?P<l>\d[\d,/]*\.\d+\.\d+)\s*\(\s*(?P<lo>\d+\.\d+)\s*(?:to|-)\s*(?P<hi>\d+\.\d+)\s*\)")


# a glued header that names a ratio in words or letters, then its significance column, then the CI's: "Rate
# ratioSignificance*95% CI for rate ratios" (rows "HIV CDC stage C†2.4160.0880.8776.656": ratio, P, limits)
_GLUED_SIG_HEADER = re.compile(r"(?P<m>(?i:rate|odds|hazards?|risk)\s+(?i:ratio)|(?-i:\b(?:HR|OR|RR|IRR)))s?\s*"
                               r"(?i:significance|p[\s-]*values?|p)\W*(?P<lvl>9\d)\s*%\s*(?i:CI|confidence)")
# the glued numbers at a row's end: "2.4160.0880.8776.656", "11.870<0.001**3.12645.072"
_GLUED_QUAD = re.compile(r"(?<![\d.])(?P<blob>\d+\.\d+[<>]?0?\.\d+\**\d+\.\d+\.\d+)[ \t]*$", re.M)


def _glued_quad(blob: str) -> tuple[str, str, str, str, str] | None:
    """Ratio, P (with its operator) and limits told apart in digits glued together ("2.4160.0880.8776.656" → 2.416, P
    0.088, 0.877–6.656): the ratio and the limits each printed with some places, the P a number below 1 after the ratio;
    of the splits whose ratio lies inside its limits and is centred in them as printed, the most centred one."""
    best: tuple[float, tuple[str, str, str, str, str]] | None = None
    dot = blob.index(".")
    for vp in range(1, 5):
        v, rest = blob[:dot + 1 + vp], blob[dot + 1 + vp:]
        for pp in range(1, 5):  # the P's places, "0.088" (3) or "0.0880" (4) …
            if not (pm := re.match(rf"(?P<op>[<>]?)(?P<p>0?\.\d{{{pp}}}|1\.0{{{pp}}})\**(?=\d+\.\d)", rest)):
                continue
            limits = rest[pm.end():]
            for lp in range(1, 5):
                if (d := limits.find(".")) < 0 or len(limits) < d + 1 + lp:
                    break
                lo, hi = limits[:d + 1 + lp], limits[d + 1 + lp:]
                if not re.fullmatch(r"\d+\.\d+", hi) or not re.fullmatch(r"\d+\.\d+", v):
                    continue
                fv, flo, fhi = float(v), float(lo), float(hi)
                if 0 < flo <= fv <= fhi and flo < fhi and _centred_as_printed(v, lo, hi):
                    skew = abs(math.log(fv) - (math.log(flo) + math.log(fhi)) / 2) / (math.log(fhi) - math.log(flo))
                    if best is None or skew < best[0]:
                        best = (skew, (v, pm.group("op"), pm.group("p"), lo, hi))
    return best[1] if best else None


def _glued_sig_cells(norm: str, s: _Sentence, line: str, st: _MedianState, head: list[str] | None) -> list[_Found]:
    """The ratios of a table row whose cells were glued together under a header "Rate ratioSignificance*95% CI …":
    each row's ratio, its P and its limits (see ``_glued_quad``)."""
    if st.sig_head is None and head and (hm := _GLUED_SIG_HEADER.search(head[-1])):
        st.sig_head = ("IRR" if re.match(r"rate", hm.group("m"), re.I) else _measure_code(hm.group("m")),
                       _num_of(hm.group("lvl")))
    if st.sig_head is None or "." not in line:
        return []
    measure, level = st.sig_head
    out: list[_Found] = []
    for m in _GLUED_QUAD.finditer(line):
        if (quad := _glued_quad(m.group("blob"))) is None:
            continue
        v, op, p_text, lo, hi = quad
        fv, flo, fhi, p = _num_of(v), _num_of(lo), _num_of(hi), _num_of(p_text)
        p_op = _p_operator(op)
        out.append(_Found(Estimate(measure=measure, value=fv, ci_low=flo, ci_high=fhi, ci_level=level, p_operator=p_op,
                                   p_value=p, start=s.start + m.start(), end=s.start + m.end("blob"), source="text",
                                   note="read from a table whose cells were glued together: ratio, P and limits told "
                                   "apart by their printed digits; row and column (end point, groups, population) "
                                   "cannot be told apart",
                                   checks=("flattened_table",) + M.checks(measure, fv, flo, fhi, level, p_op, p)), s))
    return out


def _glued_triple(text: str) -> tuple[int, str, str, str] | None:
    """A ratio and its limits told apart in digits glued together (``_GLUED_TRIPLE``): each printed to the same
    places, maybe after a label's last digits ("m21.290.851.960.23": 1.29, 0.85, 1.96) and before a P with a leading
    zero; the first split that reads as a ratio inside its interval (where it starts in the text, the numbers)."""
    for places in (2, 3, 1):
        for skip in (0, 1, 2):
            parts: list[str] = []
            rest = text[skip:]
            while len(parts) < 3 and (n := re.match(rf"\d+\.\d{{{places}}}", rest)):
                parts.append(n.group())
                rest = rest[n.end():]
            if len(parts) == 3 and re.fullmatch(r"(?:0?\.\d+)?", rest) and re.fullmatch(r"\d{1,2}\.\d+", parts[0]):
                v, lo, hi = (float(x) for x in parts)
                if 0 < lo < hi and lo <= v <= hi and _centred_as_printed(*parts):
                    return skip, parts[0], parts[1], parts[2]
    return None


# a table row whose label ends on a time unit glued to its cells of medians and their IQR, then a P: "Hospital length
# of stay days9 (3.3–16.8)8 (6–16)0.595"
# (or parted by spaces, its unit in brackets and a P after each pair: "Time to extubation (h) 8.0 (6.0-13.0) 8.0
# (6.0-12.0) .3 8.0 (5.0-13.0) 7.8 (5.8-12.0) .8")
# (or the label is the statistic only, its unit in the section line above: " Median2.86 (1.41–4.24)5.19 (4.07–9.69)"
# under "Time to progression, months"; "Median (95% CI)NE (NE–NE)NE (8.3–NE)")
_GLUED_VALUE = r"(?:\d+(?:\.\d+)?|NE|NR)"
_GLUED_MEDIAN_ROW = re.compile(r"\s*(?P<label>[A-Za-z](?:[^()\d|]|\d+(?=\s+[A-Za-z]))"  # ("… to grade 4 CRS, days4.5")
                               r"{2,80}?(?:\s*\(\s*(?:days?|hours?|weeks?|months?|years?|"
                               r"minutes?|min|hrs?|h|d)\s*\)|(?:days?|hours?|weeks?|months?|years?|minutes?|min|hrs?|h|d))"
                               r"|(?i:median)(?:\s*\(\s*(?:95\s*%\s*CI|IQR|range)\s*\))?),?\s*"
                               # (one cell: a table of one cohort, "Time to onset, days3 (1–22)"; a footnote's mark
                               # after the bracket: "7.5 (1–66)*")
                               rf"(?P<cells>(?:{_GLUED_VALUE}\s*\(\s*{_GLUED_VALUE}\s*[-\u2013]\s*{_GLUED_VALUE}\s*\)"
                               r"[*\u2020\u2021\u00a7\u00b6]?\s*"
                               r"(?:[<>]?\s*(?:0?\.\d+|1(?:\.0+)?)(?=\s+\d|\s*$)|NA)?\s*){1,6})")
_GLUED_MEDIAN_CELL = re.compile(rf"{_GLUED_VALUE}\s*\(\s*{_GLUED_VALUE}\s*[-\u2013]\s*{_GLUED_VALUE}\s*\)")


def _glued_median_row(norm: str, s: _Sentence, line: str, st: _MedianState, declared: bool) -> list[_Found]:
    """The medians of a table row glued to its label ("Hospital length of stay days9 (3.3–16.8)8 (6–16)0.595"), in a
    document that declares its data medians and IQRs (or a label that names the median): one cell per group."""
    if "(" not in line or not (m := _GLUED_MEDIAN_ROW.fullmatch(line)):
        return []
    row = _table_median_row(m.group("label"), st.section, declared)
    if row is None:
        return []
    base = s.start + m.start("cells")
    cells = [(base + c.start(), base + c.end()) for c in _GLUED_MEDIAN_CELL.finditer(m.group("cells"))]
    return _table_median_cells(norm, s, row, cells)


# a header's one column of times with its unit, glued to the columns beside it: "Patients with eventTime to event
# daysHR (95% CI)Two-sided p-value"
_TIME_COLUMN = re.compile(r"(?P<ep>(?:\b|(?<=[a-z])(?=[A-Z]))(?:[Tt]ime\s+to\s+[A-Za-z][\w -]{0,40}?|"
                          r"[Dd]uration(?:\s+of\s+[A-Za-z][\w -]{0,30}?)?|"
                          r"[Ll]ength\s+of\s+(?:hospital\s+)?stay))\s*,?\s*(?P<b>\()?(?P<u>days|months|weeks|hours)"
                          r"(?(b)\))(?=[A-Z(|]|\s|$)")
# the caption's time to an event: "… analysis of time to onset of first, second or third moderate or severe
# exacerbation in patient groups …"
_CAPTION_TIME_TO = re.compile(r"\btime\s+to\s+[a-z][^.;()|]{2,80}?(?=\s+(?:in|among|by|for|with|according)\b|[.;(|]|$)",
                              re.I)


def _glued_time_cells(norm: str, s: _Sentence, line: str, head: list[str], here: list[_Found]) -> list[_Found]:
    """The groups' medians in a row of a table whose cells were glued together, under a header with one column of
    times and its unit ("Patients with eventTime to event daysHR (95% CI)" over " First717 (46.6)821 (52.8)80.0
    (18.0–245.0)71.0 (19.0–200.0)0.886 (0.802–0.980)0.0185"), in a document that declares its data medians: each cell
    of a value and a range that holds it and is no ratio the row gave is one group's median, its bracket a range."""
    cols = [m for h in head for m in _TIME_COLUMN.finditer(h)]
    if len(cols) != 1:
        return []
    taken = [(f.est.start or 0, f.est.end or 0) for f in here]
    cells = [(s.start + c.start(), s.start + c.end()) for c in _GLUED_MEDIAN_CELL.finditer(line)
             if not any(a < s.start + c.end() and s.start + c.start() < b for a, b in taken)]
    if not 1 <= len(cells) <= 4 or len(cells) == len(_GLUED_MEDIAN_CELL.findall(line)):
        return []  # (no ratio in the row: no such table)
    ep = cols[0].group("ep").strip()
    if re.fullmatch(r"(?i)time\s+to\s+(?:event|events|an\s+event)", ep) and (cap := _CAPTION_TIME_TO.search(head[0])):
        ep = cap.group().strip()
    if not (_OUTCOME_TIME.search(ep) or _ENDPOINT_MENTION.search(ep)) or (u := _unit_norm(cols[0].group("u"))) is None:
        return []
    found = _table_median_cells(norm, s, _MedianRow(_clean_endpoint(ep), u, False, None), cells)
    return [f for f in found if f.est.value is not None and (f.est.value or 0) > 0]


def _glued_cells(norm: str, s: _Sentence, line: str, st: _MedianState, head: list[str] | None) -> list[_Found]:
    """The ratios of one row of a table whose cells were glued together (see ``_GLUED_MEASURE``)."""
    if not re.search(r"\d\.\d+\.\d", line) and not _GLUED_COUNT_BRACKET.search(line):
        return []
    if st.glued is False:
        text = " ".join(head or [])
        named = {m.group("m") for m in _GLUED_MEASURE.finditer(text)} | \
            {_measure_code(m.group("m")) for m in _GLUED_MEASURE_WORDS.finditer(text)}
        lvl = _GLUED_MEASURE.search(text) or _GLUED_MEASURE_WORDS.search(text)
        st.glued = _TableHeader(named.pop(), _num_of(lvl.group("lvl")), False, True) \
            if len(named) == 1 and lvl is not None else None
    header = st.glued
    if not isinstance(header, _TableHeader):
        return []
    cells: list[tuple[int, str, str, str]] = []  # where the ratio starts in the line, ratio, lower, upper
    # a P column right after the ratio's ("VariableHazard ratio (95% CI)p Value"): its P glued after the bracket
    p_column = bool(head) and re.search(r"\)\s*p[\s-]*value", " ".join(head or []), re.I) is not None
    p_after: dict[int, tuple[str, float]] = {}
    pairs = [(m.start(), m.group("l"), m.group("r")) for m in _GLUED_PAIR.finditer(line)]
    if "." in line:
        # (the cell before's P glued on too: "<0.0012.871.33–6.170.0072.881.81–4.59<0.001", 0.001 then 2.87 and its
        # lower limit 1.33, its upper 6.17 then the P 0.007: the runs of digits and points on both sides of a dash)
        taken = {at for at, _, _ in pairs}
        for d in _GLUED_RUN_DASH.finditer(line):
            lm = re.search(r"(?:(?<![\d.])|0\.\d{2,4})(?P<l>\d{1,2}\.\d+\.\d+)$",
                           line[max(0, d.start() - 24):d.start()])
            if lm is None:
                continue
            at = max(0, d.start() - 24) + lm.start("l")
            if at not in taken and (rm := re.match(r"\d+\.\d+", line[d.end():])):
                pairs.append((at, line[at:d.start()], rm.group()))
    for at, left, right in pairs:
        dot = left.rindex(".")
        places = len(left) - dot - 1
        hi = right[:right.index(".") + 1 + places]
        for k in (1, 2):
            v, lo = left[:dot - k], left[dot - k:]
            if re.fullmatch(rf"\d+\.\d{{{places}}}", v) and re.fullmatch(rf"\d+\.\d{{{places}}}", hi):
                cells.append((at, v, lo, hi))
                break
    for m in _GLUED_BRACKET.finditer(line):
        left, lo, hi = m.group("l"), m.group("lo"), m.group("hi")
        places = len(lo) - lo.index(".") - 1
        for k in (1, 2):
            v = left[-(k + 1 + places):]
            if re.fullmatch(rf"\d{{{k}}}\.\d{{{places}}}", v) and float(lo) <= float(v) <= float(hi):
                cells.append((m.end("l") - len(v), v, lo, hi))
                break
    for m in _GLUED_COUNT_BRACKET.finditer(line):
        # "Former drinkers*6151.24 (1.05 to 1.46)2531.27 (…)": a count of events glued before each ratio
        left, lo, hi = m.group("l"), m.group("lo"), m.group("hi")
        if any(at == m.end("l") - k for at, _, _, _ in cells for k in range(1, 8)):
            continue
        places = len(lo) - lo.index(".") - 1
        fits = [left[-(k + 1 + places):] for k in (1, 2) if len(left) >= k + 1 + places]
        # (a number after no letter is a count glued before the ratio only if digits are left before it: "| 10.0
        # (5.0-21.0) |" is a median and its IQR in a cell of its own)
        alone = m.start("l") == 0 or not re.match(r"[A-Za-z*\u2020\u2021)]", line[m.start("l") - 1])
        fits = [v for v in fits if re.fullmatch(rf"(?!0\d)\d+\.\d{{{places}}}", v)
                and float(lo) <= float(v) <= float(hi) and _centred_as_printed(v, lo, hi)
                and not (alone and len(v) == len(left))]
        if len(fits) == 1:
            cells.append((m.end("l") - len(fits[0]), fits[0], lo, hi))
            if p_column and (pm := _GLUED_P_AFTER.match(line, m.end())):
                p_after[m.end("l") - len(fits[0])] = (_p_operator(pm.group("op")), _num_of(pm.group("p")))
    for m in _GLUED_TRIPLE.finditer(line):
        if any(at <= m.start() < line.index(hi, at) + len(hi) for at, _, _, hi in cells):
            continue
        if (triple := _glued_triple(m.group())) is not None:
            k, v, lo, hi = triple
            cells.append((m.start() + k, v, lo, hi))
    out: list[_Found] = []
    for at, v, lo, hi in sorted(cells):
        fv, flo, fhi = _num_of(v), _num_of(lo), _num_of(hi)
        if not 0 < flo <= fv <= fhi or flo == fhi or (
                M.checks(header.measure, fv, flo, fhi, None, None, None) and not _centred_as_printed(v, lo, hi)):
            continue
        p_op, p = p_after.get(at, (None, None))
        out.append(_Found(Estimate(measure=header.measure, value=fv, ci_low=flo, ci_high=fhi, ci_level=header.level,
                                   p_operator=p_op, p_value=p,
                                   start=s.start + at, end=s.start + line.index(hi, at) + len(hi), source="text",
                                   note="read from a table whose cells were glued together: ratio and limits told "
                                   "apart by their printed digits; row and column (end point, groups, population) "
                                   "cannot be told apart",
                                   checks=("flattened_table",) + M.checks(header.measure, fv, flo, fhi, header.level,
                                                                          p_op, p)), s))
    return out


_PIPE_RATIO_CELL = re.compile(rf"\s*(?P<v>{_NUM})\s*[*\u2020\u2021\u00a7]*\s*[(\[]\s*(?P<lo>{_NUM})\s*"
                              rf"(?:-|\u2013|,|;|to)\s*(?P<hi>{_NUM})\s*[)\]]\s*[a-z*\u2020\u2021\u00a7\u00b6]?\s*")
def _p_operator(op: str | None) -> str:
    """A P cell's operator as the model writes it: none printed is "=", "≤" is "<="."""
    return {"": "=", "\u2264": "<="}.get(op or "", op or "=")


_PIPE_P_CELL = re.compile(r"\s*(?:[Pp]\s*)?(?P<op>[<>=\u2264]?)\s*(?P<p>0?\.\d+|1(?:\.0+)?)\s*[a-z*\u2020\u2021]?\s*")


_PIPE_CI_COLUMN = re.compile(r"\s*(?:\d{2}(?:\.\d+)?\s*%\s*)?(?:CI|confidence\s+intervals?)\b", re.I)
_PIPE_CI_CELL = re.compile(rf"\s*(?P<lo>{_NUM})\s*(?:-|\u2013|,|;|to)\s*(?P<hi>{_NUM})\s*[a-z*\u2020\u2021\u00a7]?\s*")
_PIPE_NUMBER_CELL = re.compile(rf"\s*(?:[<>\u2264\u2265]\s*)?(?:{_NUM}|NR|NE|not\s+reached)\b", re.I)


_PIPE_STATISTIC_BRACKET = re.compile(r"\s*[(\[][^()\[\]]*\b(?:CI|IQR|range|confidence|quartiles?)\b[^()\[\]]*[)\]]",
                                     re.I)
# a column's time to any event, whose end point its section row names
_PIPE_ANY_EVENT = re.compile(r"(?:(?:no\.?|number)\s+of\s+)?(?:days|weeks|months|time)?\s*(?:to|until)\s+(?:the\s+)?"
                             r"(?:first\s+)?events?\W*", re.I)
_OUTCOME_RANK = re.compile(r"^\W*(?:(?:primary|secondary|tertiary|exploratory)\s+)?(?:outcome|end\s*point)s?\s*:\s*",
                           re.I)


@dataclass
class _PipeColumns:
    """A pipe table's header row read by column: the columns that name one ratio (index → measure, CI level, whether
    a P column follows, whether the CI has a column of its own after it), those of an outcome time's median (index →
    its row reading, whether its CI has a column of its own), how many of its cells are named and how many empty
    ones close it; and, once a row of numbers has come, how far the rows sit to the right of it."""
    ratios: dict[int, tuple[str, float | None, bool, bool]]
    medians: dict[int, tuple[_MedianRow, bool]]
    named: int
    empty_after: int
    shift: int | None = None  # (None until the first row of numbers)
    first_number: int = 0  # the column of the first row's first number
    filled: int = 0  # how many cells that row fills (up to its last)
    # the columns whose header names any ratio (one, or two as "Hazard ratio/Risk ratio") or a P: never a group's
    # median
    measure_cols: frozenset[int] = frozenset()
    # a median column's group, named by a sub-header under the median's header cell (not by the row's label)
    groups: dict[int, str] = field(default_factory=dict)
    # a ratio column's end point, named by the median's header cell over it and its groups
    ratio_eps: dict[int, str] = field(default_factory=dict)
    # the ratio columns whose header puts the P in the cell's bracket: "HR for death (P value)" over "0.80 (0.02)"
    p_brackets: frozenset[int] = frozenset()
    # the columns of groups' times named by their end point, with the header's unit: "Primary endpoint comparison (in
    # months)" over "OS: 9.9 versus 9.9 versus 9.3" (index → unit)
    time_lists: dict[int, str] = field(default_factory=dict)


# (also after a spelled name: "Relative Riska (95% CI)")
_HEADER_FOOTNOTE = re.compile(r"(?:(?<=\bHR)|(?<=\bOR)|(?<=\bRR)|(?<=\bIRR)|(?<=\))|(?<=\bvalue)|(?<=[Rr]isk)|"
                              r"(?<=[Rr]atio)|(?<=[Hh]azard))[a-e]\b")


def _pipe_header(cells: list[str], section: str | None) -> _PipeColumns | None:
    """The columns a pipe table's header row names (see :class:`_PipeColumns`), or ``None`` when it names no ratio
    and no median of an outcome's time; a column "95% CI for HR" is the CI of the column before it."""
    ratios: dict[int, tuple[str, float | None, bool, bool]] = {}
    medians: dict[int, tuple[_MedianRow, bool]] = {}
    cells = [_HEADER_FOOTNOTE.sub("", c) for c in cells]  # "Crude ORa (95%CI)", "P valueb": footnote letters glued
    lost = len({_measure_code(m.group("w")) for m in _MEASURE_WORD.finditer(cells[0])}) == 1 and \
        not _TABLE_OTHER_STATISTIC.search(cells[0])
    if lost:
        # a header row that lost the row labels' column, its first cell a ratio's ("| HR (95% CI) | P | HR (95% CI) |
        # P |" over "| Patient age | 1.10 (1.01–1.20) | .04 |"): its cells are read one column to the right
        cells = ["", *cells]
    for i, c in enumerate(cells[1:], 1):
        if _PIPE_CI_COLUMN.match(c):
            continue
        ci_next = i + 1 < len(cells) and _PIPE_CI_COLUMN.match(cells[i + 1]) is not None
        ws = {_measure_code(m.group("w")) for m in _MEASURE_WORD.finditer(c)}
        if len(ws) == 1 and not _TABLE_OTHER_STATISTIC.search(c):
            lv = _TABLE_LEVEL.search(cells[i + 1] if ci_next else c)
            k = i + 2 if ci_next else i + 1
            ratios[i] = (ws.pop(), _num_of(lv.group("level")) if lv else None,
                         k < len(cells) and re.fullmatch(r"P(?:[\s-]*values?)?\W*", cells[k].strip(), re.I) is not None,
                         ci_next)
        elif not ws and (row := _table_median_row(c, section)) is not None:
            if ci_next:
                lv = _TABLE_LEVEL.search(cells[i + 1])
                row = replace(row, ci=True, level=_num_of(lv.group("level")) if lv else 95.0)
            medians[i] = (row, ci_next)
    measure_cols = frozenset(i for i, c in enumerate(cells)
                             if i and (_MEASURE_WORD.search(c) and not _TABLE_MEDIAN_LABEL.search(c)
                                       or re.fullmatch(r"\s*P(?:[\s-]*values?)?\W*", c, re.I)))
    time_lists = {i: u for i, c in enumerate(cells) if i and i not in ratios and i not in medians
                  and not _MEASURE_WORD.search(c) and (tu := _TIME_LIST_HEAD.search(c))
                  and (u := _unit_norm(tu.group("u")))}
    if not ratios and not medians and not time_lists and not measure_cols:
        return None
    filled = [i for i, c in enumerate(cells) if c.strip()]
    after = 0 if lost or not filled else len(cells) - 1 - filled[-1]
    p_brackets = frozenset(i for i in ratios if _P_IN_BRACKET_HEAD.search(cells[i])
                           and not _TABLE_LEVEL.search(cells[i]) and not re.search(r"\bCI\b|confiden", cells[i], re.I))
    # ("HR for death (P value)": the column's end point)
    eps = {i: _clean_endpoint(fm.group(1)) for i in p_brackets
           if (fm := re.search(r"\bfor\s+([A-Za-z][\w -]{2,40}?)\s*[(\[]", cells[i]))}
    return _PipeColumns(ratios, medians, len(filled) + lost, after, measure_cols=measure_cols, p_brackets=p_brackets,
                        ratio_eps=eps, time_lists=time_lists)


# a header cell of the groups' times compared, its unit in a bracket: "Primary endpoint comparison (in months)",
# "Median survival (months)"
_TIME_LIST_HEAD = re.compile(r"\b(?:comparison|results?|outcomes?|end\s?points?|survival|times?)\s*[(\[]\s*(?:in\s+)?"
                             r"(?P<u>months|weeks|days|years)\s*[)\]]", re.I)
# such a column's cell: an event time's abbreviation, then the groups' times joined by "versus" ("OS: 9.2 versus 8.6")
_TIME_LIST_CELL = re.compile(rf"(?P<ep>(?-i:m?(?:OS|PFS|DFS|EFS|RFS|TTP|TTF)))\s*:\s*"
                             rf"(?P<vals>{_NUM}(?:\s*(?:versus|vs\.?|v\.?)\s*{_NUM})+)")
# a ratio's header cell that names the P in its bracket: "HR for death (P value)", "OR (p)"
_P_IN_BRACKET_HEAD = re.compile(r"[(\[]\s*[Pp](?:[\s-]*values?)?\s*[)\]]")
# such a column's cell: the ratio and its P in a bracket, maybe several, each named by its end point ("TTP: 1.47
# (<0.001) OS: 1.29 (0.02)")
_P_BRACKET_CELL = re.compile(rf"(?:(?P<ep>(?-i:[A-Z]{{2,5}}|[A-Z][a-z]+(?:\s+[a-z]+){{0,2}}))\s*:\s*)?(?P<v>{_NUM})\s*"
                             r"[(\[]\s*(?:[Pp]\s*)?(?P<op>[<>=\u2264]?)\s*(?P<p>0?\.\d+|1(?:\.0+)?)\s*[)\]]")


_BARE_NUMBER_CELL = re.compile(rf"\s*(?P<v>{_NUM})\s*")


def _split_ci_at(cells: list[str], col: int) -> bool:
    """Whether a row's cells ``col``, ``col + 1`` and ``col + 2`` are a ratio and its CI's limits, a number each."""
    if col + 2 >= len(cells):
        return False
    v, lo, hi = (_BARE_NUMBER_CELL.fullmatch(cells[col + k]) for k in range(3))
    if v is None or lo is None or hi is None:
        return False
    return _num_of(lo.group("v")) <= _num_of(v.group("v")) <= _num_of(hi.group("v"))


# a pipe table's cell of a ratio with its interval, the level and the P maybe inside its bracket ("0.71 [95% CI
# 0.65–0.77]", "0.82 [95% CI 0.75–0.91; P < 0.001]")
_PIPE_NAMED_CELL = re.compile(rf"\s*(?P<v>{_NUM})\s*[(\[]\s*(?:(?P<level>\d{{2}}(?:\.\d+)?)\s*%\s*CI\s*[,:]?\s*)?"
                              rf"(?P<lo>{_NUM})\s*(?:-|\u2013|,|to)\s*(?P<hi>{_NUM})\s*"
                              r"(?:[;,]\s*P\s*(?P<op>[<>=\u2264])\s*(?P<p>0?\.\d+|1(?:\.0+)?))?\s*[)\]]\s*[a-z*\u2020\u2021]?\s*")


def _pipe_named_rows(s: _Sentence, line: str) -> list[_Found]:
    """The ratios of a pipe table's row whose own label names one ratio ("| Digoxin/placebo HR for HF hospitalization |
    0.71 [95% CI 0.65–0.77] | 0.80 [95% CI 0.63–1.03] |"): each cell after the label that prints a value and its
    interval is that ratio, with the end point the label names after "for"; its column (group, population) is not
    read."""
    if line.count("|") < 2:
        return []
    lead = len(line) - len(line.lstrip(" |"))
    cells = line[lead:].split("|")
    starts = [s.start + lead]
    for c in cells[:-1]:
        starts.append(starts[-1] + len(c) + 1)
    out: list[_Found] = []
    label: tuple[str, str | None] | None = None
    for i, c in enumerate(cells):
        m = _PIPE_NAMED_CELL.fullmatch(c)
        if m is None:
            ws = list(_MEASURE_WORD.finditer(c))
            if re.search(r"[A-Za-z]{3}", c) and not re.fullmatch(r"\s*(?:NR|NE|[—–-]|N/?A)?\s*", c):
                label = None
                if len({_measure_code(w.group("w")) for w in ws}) == 1 and not _TABLE_OTHER_STATISTIC.search(c):
                    after = re.match(r"\s*(?:for|of)\s+(?:the\s+)?(?P<ep>[^|]{3,120}?)\s*$", c[ws[-1].end():])
                    label = (_measure_code(ws[0].group("w")), _clean_endpoint(after.group("ep")) if after else None)
            continue
        if label is None:
            continue
        v, lo, hi = _num_of(m.group("v")), _num_of(m.group("lo")), _num_of(m.group("hi"))
        if not lo <= v <= hi or lo == hi:
            continue
        measure, ep = label
        level = _num_of(m.group("level")) if m.group("level") else None
        p_op, p = (_p_operator(m.group("op")), _num_of(m.group("p"))) if m.group("p") else (None, None)
        out.append(_Found(Estimate(measure=measure, value=v, ci_low=lo, ci_high=hi, ci_level=level, p_operator=p_op,
                                   p_value=p, start=starts[i] + m.start("v"), end=starts[i] + m.end("hi"),
                                   source="text", endpoint=_endpoint_class(ep) if ep else "unknown", endpoint_text=ep,
                                   note="read from a pipe table's row that names this ratio: its column (groups, "
                                   "population) is not read",
                                   checks=("flattened_table",) + M.checks(measure, v, lo, hi, level, p_op, p)), s))
    return out


def _pipe_columns(norm: str, s: _Sentence, line: str, st: _MedianState) -> list[_Found]:
    """The ratios and medians of a pipe table read by column: a header row whose cells name a ratio ("| End Point | A
    | B | Hazard Ratio (95% CI) | P Value |") makes each later row's cell in that column that ratio, with the P of the
    column after it; one that names an outcome time's median ("Median PFS (months)", "Time to conversion, days,
    median [IQR]") makes each row's cell there the median of the group the row names (its CI in the cell, or in a
    column "95% CI" of its own). A header one cell short of its rows that ends on empty cells lost the row labels'
    column: the rows sit one to the right; a row whose first number comes early lost its leading cell (a group's
    analysis named once for two rows)."""
    if "|" not in line:
        return []
    lead = len(line) - len(line.lstrip(" |"))
    cells = line[lead:].split("|")
    if re.fullmatch(r"[\s|:-]*", line):
        return []  # "|---|---|"
    if len(cells) > 1 and not cells[-1].strip():
        cells = cells[:-1]  # (the line's closing "|")
    numbers = [i for i, c in enumerate(cells) if i and _PIPE_NUMBER_CELL.match(c) and not _PIPE_CI_COLUMN.match(c)]
    if not numbers:
        if (head := _pipe_header(cells, st.section)) is not None:
            if head.ratios and not head.medians and st.super_medians:
                _groups_under_medians(cells, head, st.super_medians)
            st.columns = head
        # (a header line that wrapped keeps its cells: "… | Median PFS in Months |" then "Median OS in Months |")
        st.super_medians += [row for c in cells if not _MEASURE_WORD.search(c)
                             and (row := _table_median_row(c, st.section)) is not None]
        return []
    st.super_medians = []
    cols = st.columns
    if cols is None:
        return []
    filled = max(i for i, c in enumerate(cells) if c.strip()) + 1
    if cols.shift is None:
        cols.shift = filled - cols.named if 0 < filled - cols.named <= cols.empty_after else 0
        cols.first_number, cols.filled = numbers[0], filled
        if cols.shift == 1 and any(ci_next and _split_ci_at(cells, col) for col, (_, _, _, ci_next) in
                                   cols.ratios.items()):
            cols.shift = 0  # (the row's one cell more is the CI's second limit, in a cell of its own)
    # (a row that lost its leading cell is shorter than the first one, its first number early)
    shift = cols.shift - (max(0, cols.first_number - numbers[0]) if filled < cols.filled else 0)
    if any(p_next for _, _, p_next, _ in cols.ratios.values()):
        # (a header cell that spans two groups' columns, "No. (%)" over "A (n = 105) | B (n = 103)", puts each row one
        # to the right of its header: the shift whose ratio columns hold ratios with a P cell after them wins)
        def fits(sh: int) -> int:
            return sum(1 for col, (_, _, p_next, ci_next) in cols.ratios.items()
                       if p_next and not ci_next and 0 < col + sh and col + sh + 1 < len(cells)
                       and _PIPE_RATIO_CELL.fullmatch(cells[col + sh])
                       and (_PIPE_P_CELL.fullmatch(cells[col + sh + 1]) or not cells[col + sh + 1].strip()))
        if fits(shift + 1) > fits(shift):
            shift += 1
    starts = [s.start + lead]
    for c in cells[:-1]:
        starts.append(starts[-1] + len(c) + 1)
    out: list[_Found] = []
    for col, (measure, level, p_next, ci_next) in cols.ratios.items():
        i = col + shift
        if not 0 < i < len(cells):  # (a shift past the row label reads no cell)
            continue
        split_ci = False
        if ci_next:
            m = re.fullmatch(rf"\s*(?P<v>{_NUM})\s*[*\u2020\u2021\u00a7]?\s*", cells[i])
            ci = _PIPE_CI_CELL.fullmatch(cells[i + 1]) if m and i + 1 < len(cells) else None
            if m is not None and ci is None and i + 2 < len(cells) and \
                    (lo_c := _BARE_NUMBER_CELL.fullmatch(cells[i + 1])) and \
                    (hi_c := _BARE_NUMBER_CELL.fullmatch(cells[i + 2])):
                # "| Hazard ratio | 95% CI for Hazard ratio | P value |" over "| 10.2 | 3.78 | 28.1 | < 0.0001 |": the
                # CI's limits in a cell each under its one header cell
                v, lo, hi = _num_of(m.group("v")), _num_of(lo_c.group("v")), _num_of(hi_c.group("v"))
                end, split_ci = starts[i + 2] + hi_c.end("v"), True
            elif m is None or ci is None:
                continue
            else:
                v, lo, hi = _num_of(m.group("v")), _num_of(ci.group("lo")), _num_of(ci.group("hi"))
                end = starts[i + 1] + ci.end("hi")
        elif col in cols.p_brackets:
            # "| 0.80 (0.02) |", "| TTP: 1.47 (<0.001) OS: 1.29 (0.02) |": each ratio with its P, no CI
            ep_col = cols.ratio_eps.get(col)
            for pb in _P_BRACKET_CELL.finditer(cells[i]):
                pv, pp = _num_of(pb.group("v")), _num_of(pb.group("p"))
                if not 0 < pv <= 50:
                    continue
                ep = pb.group("ep") or ep_col
                out.append(_Found(Estimate(
                    measure=measure, value=pv, p_operator=_p_operator(pb.group("op")), p_value=pp,
                    start=starts[i] + pb.start("v"), end=starts[i] + pb.end(), source="text",
                    endpoint=_endpoint_class(ep) if ep else "unknown", endpoint_text=ep,
                    note="read from a pipe table's column of this ratio and its P (no CI printed): its groups are not "
                    "read", checks=("flattened_table",) + M.checks(measure, pv, None, None, None,
                                                                   _p_operator(pb.group("op")), pp)), s))
            continue
        else:
            if (m := _PIPE_RATIO_CELL.fullmatch(cells[i])) is None:
                continue
            v, lo, hi = _num_of(m.group("v")), _num_of(m.group("lo")), _num_of(m.group("hi"))
            end = starts[i] + m.end("hi") + 1
        if not lo <= v <= hi or lo == hi:
            continue
        p_op, p = None, None
        k = i + (2 if ci_next else 1) + split_ci
        if p_next and k < len(cells) and (pm := _PIPE_P_CELL.fullmatch(cells[k])):
            p_op, p = _p_operator(pm.group("op")), _num_of(pm.group("p"))
        a = starts[i]
        # (the end point of a section row "Primary outcome: mechanical ventilation or death | |||")
        ep = _clean_endpoint(_OUTCOME_RANK.sub("", st.section)) if st.section and _OUTCOME_RANK.match(st.section) \
            else cols.ratio_eps.get(col)
        out.append(_Found(Estimate(measure=measure, value=v, ci_low=lo, ci_high=hi, ci_level=level, p_operator=p_op,
                                   p_value=p, start=a + m.start("v"), end=end, source="text",
                                   endpoint=_endpoint_class(ep) if ep else "unknown", endpoint_text=ep,
                                   note="read from a pipe table's column of this ratio: its groups are not read",
                                   checks=("flattened_table",) + M.checks(measure, v, lo, hi, level, p_op, p)), s))
    for col, unit in cols.time_lists.items():
        i = col + shift
        if not 0 < i < len(cells):
            continue
        for tl in _TIME_LIST_CELL.finditer(cells[i]):
            # "| OS: 9.9 versus 9.9 versus 9.3 versus 11.2 |" under "Primary endpoint comparison (in months)": each
            # group's time to the event the cell names, read as its median
            ep = tl.group("ep").lstrip("m")
            for vm in re.finditer(_NUM, tl.group("vals")):
                at = starts[i] + tl.start("vals") + vm.start()
                out.append(_Found(Estimate(
                    measure="median", value=_num_of(vm.group()), unit=unit, endpoint=_endpoint_class(ep),
                    endpoint_text=ep, start=at, end=at + len(vm.group()), source="text",
                    note=f"read from a pipe table's column of the groups' times; {_IMPLIED_MEDIAN} (which group, the "
                    "row's order says)", checks=("flattened_table", "statistic_not_named")), s))
    label = next((c.strip() for c in reversed(cells[:numbers[0]]) if c.strip()), None)
    for col, (row, ci_next) in cols.medians.items():
        i = col + shift
        if not 0 < i < len(cells) or not cells[i].strip():
            continue
        own = _PIPE_STATISTIC_BRACKET.sub("", row.endpoint_text)
        if _PIPE_ANY_EVENT.fullmatch(own) and st.section:
            # "Median No. of Days to Event (95% CI)" under the section row "Primary outcome: ventilation or death"
            own = _clean_endpoint(_OUTCOME_RANK.sub("", st.section))
        found = _table_median_cells(norm, s, replace(row, endpoint_text=own, bracketed=None),
                                    [(starts[i], starts[i] + len(cells[i]))])
        if ci_next and found and found[0].est.ci_low is None and i + 1 < len(cells) and \
                (ci := _PIPE_CI_CELL.fullmatch(cells[i + 1])) and found[0].est.value is not None and \
                _num_of(ci.group("lo")) <= found[0].est.value <= _num_of(ci.group("hi")):
            found = [_Found(replace(found[0].est, ci_low=_num_of(ci.group("lo")), ci_high=_num_of(ci.group("hi")),
                                    ci_level=row.level, end=starts[i + 1] + ci.end("hi")), s)]
        if col in cols.groups:
            out += [_Found(replace(f.est, arm=f"{cols.groups[col]} ({label})" if label else cols.groups[col],
                                   note="read from a pipe table's column of this median: the group is its column's "
                                   "(a sub-header under the median's header cell), the row's label in brackets"), s)
                    for f in found]
        else:
            out += [_Found(replace(f.est, arm=label, note="read from a pipe table's column of this median: the group "
                                   "is its row's label"), s) for f in found]
    return out


def _groups_under_medians(cells: list[str], head: _PipeColumns, medians: list[_MedianRow]) -> None:
    """A sub-header of groups and their ratio under the header cells of outcome times' medians: "| Median PFS in
    Months | Median OS in Months |" over "| with A | without A | HR | 95% CI | … | with A | without A | HR | 95% CI |
    … |": the two cells before each ratio's column are its groups' medians, of the header's medians in order (as many
    as there are ratio columns, else none)."""
    ratio_cols = sorted(head.ratios)
    if len(ratio_cols) != len(medians):
        return
    for col, row in zip(ratio_cols, medians, strict=True):
        pair = [col - 2, col - 1]
        if pair[0] < 0 or any(not cells[i].strip() or _MEASURE_WORD.search(cells[i]) or _PIPE_CI_COLUMN.match(cells[i])
                              or re.search(r"\d\s*%|\bP\b|\bvalues?\b|\bsignifican", cells[i], re.I) or
                              i in head.ratios for i in pair):
            continue
        for i in pair:
            head.medians[i] = (row, False)
            head.groups[i] = cells[i].strip()
        head.ratio_eps[col] = row.endpoint_text


_GLUED_GROUP_SIZES = re.compile(r"(?<=[a-z)])(?:n\s*=\s*\d+){2,}\s*$")
_GLUED_CELLS_LINE = re.compile(r"\s*(?:\d+(?:\.\d+)?\s*\(\s*\d+(?:\.\d+)?\s*[-\u2013]\s*\d+(?:\.\d+)?\s*\)\s*){2,6}"
                               r"(?:[<>]?\s*(?:0?\.\d+|1(?:\.0+)?))?\s*")
_CELL_ONLY_LINE = re.compile(rf"\s*(?:{_NUM}|NR|NE|not\s+reached)\s*(?:[(\[][^()\[\]]{{1,30}}[)\]])?\s*[a-z*]?\s*",
                             re.I)


# a pipe table's cell of two or more groups' times and their P ("| 17 vs 9 days p<0.05 |", "| 49 vs 51 vs 40 days
# p=NS |")
_TIMES_CELL = re.compile(rf"\s*(?P<vals>{_NUM}(?:\s*(?:vs\.?|versus)\s*{_NUM}){{1,3}})\s*(?P<u>{_UNIT_WORDS})\s*"
                         r"(?:,?\s*[Pp]\s*(?:[=<>\u2264\u2265]\s*(?:0?\.\d+|1(?:\.0+)?)|=\s*(?:NS|NR|n\.?s\.?)))?\s*",
                         re.I)
_ET_AL_YEAR = re.compile(r"\s*\|?\s*(?-i:[A-Z])[^|]{0,60}?\bet\s+al\.?,?\s*(?:\(\s*)?(?:19|20)\d\d")  # a row's label
_TIME_HEADER = re.compile(r"\b(?:time|duration|length|surviv\w*|days\s+to|stay)\b", re.I)


def _pipe_time_pairs(s: _Sentence, line: str, head: list[str] | None) -> list[_Found]:
    """The groups' medians of a pipe table's cells that print times "a vs b days" (see ``_TIMES_CELL``), in a document
    that says its data are medians ("Data are shown as medians or proportions"; the caller asks) and a table whose
    header names an outcome's time; which column (end point) a cell is in, a table whose rows broke over lines cannot
    tell."""
    if not head or not any(_TIME_HEADER.search(h) for h in head):
        return []
    # (a review's table of other studies, its rows named "Author et al 1984": their results are background)
    context: Literal["result", "background"] = "background" if any(_ET_AL_YEAR.match(h) for h in head) else "result"
    out = []
    pos = s.start
    for part in line.split("|"):
        m = _TIMES_CELL.fullmatch(part)
        if m is not None:
            unit = _unit_norm(m.group("u"))
            for v in re.finditer(_NUM, m.group("vals")):
                a = pos + m.start("vals") + v.start()
                out.append(_Found(Estimate(
                    measure="median", value=_num_of(v.group()), unit=unit, start=a, end=a + len(v.group()),
                    context=context, source="text", note="read from a table's cell of the groups' times, which the "
                    "document says are medians (which group and end point, the columns say)",
                    checks=("flattened_table",)), s))
        pos += len(part) + 1
    return out


# a pipe table's cell that prints the groups' times, then the hazard ratio that compares them: "40.5 vs. 16.2 months;
# HR 0.28; 95% CI …", "Median PFS: 40.5 vs. 14.7 months; HR 0.29 …", "NR vs. NR; HR 0.71 …"
_TIMES_HR_CELL = re.compile(rf"\s*(?:(?P<label>[A-Za-z][^|:;]{{0,60}}):\s*)?"
                            rf"(?P<vals>(?:{_NUM}|NR|NE)(?:\s*(?:vs\.?|versus)\s*(?:{_NUM}|NR|NE)){{1,3}})\s*"
                            rf"(?P<u>{_UNIT_WORDS})?\s*(?:[;,]\s*|[(\[]\s*)(?:(?:stratified|adjusted)\s+)?"
                            r"(?:HR|hazard\s+ratio)\b", re.I)


def _pipe_time_pairs_hr(s: _Sentence, line: str) -> list[_Found]:
    """The groups' medians of a pipe table's cells that print their times, then the hazard ratio comparing them (see
    ``_TIMES_HR_CELL``): times a hazard ratio compares are times to an event, read as their medians (said so in
    ``note`` unless the cell's label calls them medians); which end point, the columns say."""
    out = []
    pos = s.start
    for part in line.split("|"):
        # (the cell's first pair, or one after the bracket that closes the pair before: "40.5 vs 16.2 months (HR …)
        # 55.6 vs 43.8 months (HR …)")
        for m in _TIMES_HR_CELL.finditer(part):
            if part[:m.start()].strip() and not part[:m.start()].rstrip().endswith(")"):
                continue
            named = bool(m.group("label") and re.search(r"\bmedian|\bm(?-i:OS|PFS)\b", m.group("label"), re.I))
            unit = _unit_norm(m.group("u")) if m.group("u") else None
            for v in re.finditer(rf"{_NUM}|NR|NE", m.group("vals")):
                a = pos + m.start("vals") + v.start()
                number = v.group() not in ("NR", "NE")
                out.append(_Found(Estimate(
                    measure="median", value=_num_of(v.group()) if number else None,
                    value_text=None if number else v.group(), unit=unit, start=a, end=a + len(v.group()),
                    endpoint=_endpoint_class(m.group("label")), endpoint_text=_clean_endpoint(m.group("label") or "")
                    or None, context="result", source="text",
                    note="read from a table's cell of the groups' times and their hazard ratio" +
                    ("" if named else f"; {_IMPLIED_MEDIAN}") + " (which groups, the columns say)",
                    checks=("flattened_table",) + (() if named else ("statistic_not_named",))), s))
        pos += len(part) + 1
    return out


# a table cell of two groups' medians, maybe with their ratio: "11.2 vs. 4.6", "NR vs. 40.9 (0.71; 0.54–0.95; p = .01)"
_PAIR_CELL = re.compile(rf"\s*(?P<a>{_NUM}|NR|NE)\s*(?:vs\.?|versus|v\.?)\s*(?P<b>{_NUM}|NR|NE)\s*"
                        rf"(?:\(\s*(?P<hr>{_NUM})\s*[;,]\s*(?P<lo>{_NUM})\s*(?:-|\u2013|to)\s*(?P<hi>{_NUM})\s*"
                        r"(?:[;,]\s*[Pp]\s*(?P<op>[=<>\u2264]?)\s*(?P<p>0?\.\d+|1(?:\.0+)?))?\s*\))?\s*")
# a line that only names the statistic of the cells after it: "(95% CI)", "[IQR]", "(range)"
_STATISTIC_LINE = re.compile(r"\s*[(\[]\s*(?:(?P<ci>(?:(?P<lv>\d{2}(?:\.\d+)?)\s*%\s*)?(?:CI|confidence\s+interval))|"
                             r"IQR|inter-?quartile\s+range|range|min(?:imum)?\s*[-,\u2013]\s*max(?:imum)?)\s*[)\]]\s*",
                             re.I)


def _table_medians(norm: str, s: _Sentence, line: str, st: _MedianState, declared: bool = False) -> list[_Found]:
    """The medians of one line of a flattened table: a row "label | cell | cell |" whose label names a median of an
    outcome's time (or, in a document that declares its data medians, names an outcome's time and its unit), or a cell
    on a line of its own after such a label; other lines update the table's section."""
    if st.row is not None and _CELL_ONLY_LINE.fullmatch(line):
        return _table_median_cells(norm, s, st.row, [(s.start, s.end)])
    if st.row is not None and _GLUED_CELLS_LINE.fullmatch(line):
        # "5.5 (4–8)6 (4–11)4 (4–6)0.196" after its label "Time to …, median (IQR), daysn=136n=69n=67": the row's
        # cells glued on one line, the P after them
        glued_row, st.row = st.row, None
        return _table_median_cells(norm, s, glued_row, [(s.start + c.start(), s.start + c.end())
                                                        for c in _GLUED_MEDIAN_CELL.finditer(line)])
    if st.row is not None and (b := _STATISTIC_LINE.fullmatch(line)):
        # "Median survival (months)", then "(95% CI)" on a line of its own, then a cell per group
        named = b.group("ci") is not None
        st.row = replace(st.row, ci=named, level=(_num_of(b.group("lv")) if b.group("lv") else 95.0) if named else None)
        return []
    st.row = None
    if "|" in line:
        parts = line.lstrip(" |").split("|")
        label = parts[0]
        if not re.search(r"\d", "".join(parts[1:])) and re.search(r"[A-Za-z]{3}", label):
            st.section = _next_section(st.section, label.strip())  # "Progression-Free Survival | |||"
            return []
        row = _table_median_row(label, st.section, declared, _cells_unit(parts[1:]))
        if row is None:
            return []
        cells, pos = [], s.start + (len(line) - len(line.lstrip(" |"))) + len(label) + 1
        ratios: list[_Found] = []
        measures = {_measure_code(m.group("w")) for m in _MEASURE_WORD.finditer(label)}
        level = _TABLE_LEVEL.search(label)
        ratio = _TableHeader(measures.pop(), _num_of(level.group("level")) if level else None, False) \
            if len(measures) == 1 and _CI_COLUMN.search(label) else None
        # (only once an earlier row has told how far the rows sit from the header: a guess would skip a group's cell)
        skip = {k + st.columns.shift for k in st.columns.measure_cols} \
            if st.columns and st.columns.shift is not None else set()
        if st.columns and st.columns.shift is None and st.columns.measure_cols and \
                len([c for c in parts if c.strip()]) == st.columns.named:
            # (the table's first row of numbers, as many cells as its header names: the rows sit under the header, so
            # the ratio's column is known before the column reader has seen a row: "| Median overall survival — mo
            # (95% CI) | 8.5 (…) | 6.7 (…) | 0.72 (0.62–0.83) | <0.001 |")
            skip = set(st.columns.measure_cols)
        for k, part in enumerate(parts[1:], 1):
            if k in skip:
                # "| Median (IQR), days | 6.0 (4.0–9.0) | 10.0 (5.0–21.0) | 1.63 (1.14–2.34) |" under "| … | Hazard
                # ratio/Risk ratio (95% CI) |": the ratio's column, no group's median
                pos += len(part) + 1
                continue
            if pair := _PAIR_CELL.fullmatch(part):
                # "Median PFS, mo, experimental vs. control | 11.2 vs. 4.6 | 23.8 vs. 13.0 |": each column's two groups
                cells += [(pos + pair.start("a"), pos + pair.end("a")), (pos + pair.start("b"), pos + pair.end("b"))]
                if ratio is not None and pair.group("hr") and (c := _PIPE_RATIO_CELL.fullmatch(
                        f"{pair.group('hr')} ({pair.group('lo')}-{pair.group('hi')})")) and \
                        (r := _ratio_cell(c, ratio)) is not None:
                    # "… (hazard ratio: 95% CI) | 34.9 vs. 28.0 (0.81; 0.64–1.03; p = .09) |"
                    p_op = _p_operator(pair.group("op"))
                    p_val = _float(pair.group("p"))
                    ratios.append(_Found(Estimate(
                        measure=ratio.measure, value=r[0], ci_low=r[1], ci_high=r[2], ci_level=ratio.level or 95.0,
                        p_operator=p_op if p_val is not None else None, p_value=p_val,
                        endpoint=_endpoint_class(row.endpoint_text), endpoint_text=row.endpoint_text or None,
                        start=pos + pair.start("hr"), end=pos + pair.end("hi"), source="text",
                        note="read from a table's row of two groups' medians and their ratio (which groups, the "
                        "row's label says)",
                        checks=("flattened_table",) + M.checks(ratio.measure, r[0], r[1], r[2], ratio.level or 95.0,
                                                               p_op if p_val is not None else None, p_val)), s))
            else:
                cells.append((pos, pos + len(part)))
            pos += len(part) + 1
        return _table_median_cells(norm, s, row, cells[:8]) + ratios
    counts = _GLUED_GROUP_SIZES.search(line)  # ("…, median (IQR), daysn=136n=69n=67": each group's size glued on)
    if counts:
        line = line[:counts.start()]
    if re.search(r"[A-Za-z]", line) and not re.search(r"\d\s*[(\[]|\d\s*$", line):
        # a label on a line of its own whose cells follow one per line ("Weaning time, median (IQR), h"), or a section
        st.row = _table_median_row(line, st.section, declared)
        if st.row is None and not re.search(r"\d", line) and re.search(r"[A-Za-z]{3}", line) and \
                not _TABLE_MEDIAN_LABEL.search(line):
            st.section = _next_section(st.section, line.strip())
    return []


# a table's section line that names a population, not an outcome: "All patients (N=168)", "Outpatients (N=127)"
_SECTION_SIZE = re.compile(r"[(\[]\s*[Nn]\s*=\s*\d+\s*[)\]]")  # ("Hospitalized patients (N=41)": a group's size)
_POPULATION_SECTION = re.compile(r"\b(?:(?:out|in)?patients|participants|subjects|"
                                 r"population|subgroups?|cohorts?|adults|children|men|women)\b", re.I)


def _next_section(section: str | None, line: str) -> str:
    """A table's section after a line of words without cells: the line, unless it names a population under a section
    that names an outcome's time ("Time to clinical improvement", then "All patients (N=168)", "N | 112 | 56", "Median
    (IQR), days | 6.0 (…) | 10.0 (…)": the medians are the outcome's, in that population)."""
    if section and (_SECTION_SIZE.search(line) or _POPULATION_SECTION.search(line) and not (
            _OUTCOME_TIME.search(line) or _ENDPOINT_MENTION.search(line))) and \
            (_OUTCOME_TIME.search(section) or _ENDPOINT_MENTION.search(section)):
        return section
    return line


_INLINE_CELL = rf"(?:{_NUM}|NR|NE)\s*\(\s*(?:{_NUM}|NR|NE)\s*(?:,|-|\u2013|to)\s*(?:{_NUM}|NR|NE)\s*\)"
# a table row flattened into a sentence: its label names an end point's median, its unit and CI, then one cell per
# group: "PFS (Months) Median (95% CI) 7.62 (6.37, 7.89) 6.08 (5.06, 6.44)", "Median OS, months (95% CI) 17.8 (…) 12.4
# (…)"
_INLINE_MEDIAN_ROW = re.compile(
    r"(?P<label>\b(?:(?-i:[A-Z][A-Za-z-]{1,8}|[A-Z][a-z]+(?:[\s-]free)?\s+survival)\s*"
    r"\(\s*(?:months?|mo|days|weeks)\s*\)\s*median|"
    r"median\s+(?-i:[A-Z][A-Za-z-]{1,8}|[a-z]+(?:[\s-]free)?\s+survival)\s*,?\s*(?:\(\s*)?(?:months?|mo|days|weeks)"
    r"(?:\s*\))?)\s*"
    r"[(\[]\s*(?:\d{2}(?:\.\d+)?\s*%\s*)?CI\s*[)\]])"
    rf"(?P<cells>(?:\s+{_INLINE_CELL}){{2,4}})(?![\d.(])", re.I)


_MEDIAN_FOLLOW_UP = re.compile(r"\bmedian\s+(?:(?:duration|length)\s+of\s+)?follow[- ]?up\b", re.I)
_RATIO_NOUN_AFTER = re.compile(r"\s*(?:-\s*fold|times\b|(?:greater\s+|higher\s+|lower\s+)?"
                               r"(?:likelihood|odds|chances?|probability)\b)", re.I)
_VALUE_BEFORE_BRACKET = re.compile(rf"\d\s*(?:{_UNIT_WORDS})?\s*$", re.I)  # "4.5 days (IQR …": that value's bracket
_SPREAD_WORD = re.compile(r"\bIQR\b|inter-?quartile|\brange\b", re.I)


def _no_times(norm: str, s: _Sentence, here: list[_Found]) -> list[_Found]:
    """Medians a sentence's grammar read that are none: a limit of the IQR whose bracket names it in a nested one
    ("4.5 days (interquartile range [IQR], 2.7, 5.9)"), a ratio worded as a likelihood ("a 1.36 likelihood of faster
    recovery"), and a time of no named end point in a sentence about the median follow-up ("The median follow-up was 21
    years … and was shorter in A (20 years, …) compared with B (24 years, …)")."""
    follow_up = "follow" in norm[s.start:s.end] and _MEDIAN_FOLLOW_UP.search(norm, s.start, s.end) is not None
    out = []
    for f in here:
        e = f.est
        if e.measure in ("median", "time") and e.start is not None and e.end is not None and (
                (o := _enclosing_open(norm[s.start:e.start], e.start - s.start)) is not None and
                (w := list(_SPREAD_WORD.finditer(norm, s.start + o, e.start))) and
                re.fullmatch(r"[\W\d]*", norm[w[-1].end():e.start]) is not None and
                _VALUE_BEFORE_BRACKET.search(norm, max(s.start, s.start + o - 30), s.start + o) is not None
                or _RATIO_NOUN_AFTER.match(norm, e.start + len(f"{e.value:g}") if e.value is not None else e.end)
                or follow_up and e.endpoint == "unknown" and not e.endpoint_text):
            continue
        out.append(f)
    return out


# a ratio and its CI alone in a square bracket after what it is of: "DM [1.64 (1.25–2.21)]"
_BRACKETED_RATIO = re.compile(rf"\[\s*(?P<v>{_NUM})\s*\(\s*(?P<lo>{_NUM})\s*(?:-|\u2013|to|,)\s*(?P<hi>{_NUM})"
                              r"\s*\)\s*\]")
_OTHER_EFFECT = re.compile(r"\b(?:mean\s+differences?|(?-i:S?MD|WMD)|standardi[sz]ed\s+mean|betas?|\u03b2|"
                           r"coefficients?|differences?\s+in\s+means?)\b", re.I)


def _one_measure(norm: str) -> str | None:
    """The one ratio a text names ("The meta-analysis was applied by using risk ratios …"), when it names no other
    and no other effect measure (a mean difference, a coefficient), else ``None``."""
    measures = {_measure_code(m.group("w")) for m in _MEASURE_WORD.finditer(norm)}
    return measures.pop() if len(measures) == 1 and not _OTHER_EFFECT.search(norm) else None


def _bracketed_ratios(s: _Sentence, brackets: list[re.Match[str]], measure: str) -> list[_Found]:
    """Ratios printed alone in square brackets, "DM [1.64 (1.25–2.21)], AVN [1.65 (1.07–2.56)]", in a text that names
    one ratio (``statistic_not_named``: the measure is the text's, not the sentence's); each must read as a ratio and
    its interval, with decimals."""
    out: list[_Found] = []
    for b in brackets:
        if not _centred_as_printed(b.group("v"), b.group("lo"), b.group("hi")):
            continue
        v, lo, hi = _num_of(b.group("v")), _num_of(b.group("lo")), _num_of(b.group("hi"))
        # (what it is of: the words before the bracket back to a comma, "and" or "including": "DM", "femoral neck
        # fracture", "chronic pulmonary disease (CPD)")
        before = b.string[max(0, b.start() - 80):b.start()]
        last = re.split(r"[,;:.]|\b(?:and|including)\b", before)[-1].strip()
        label = last if re.fullmatch(r"[A-Za-z][\w ()/-]{0,60}", last) and len(last.split()) <= 6 and \
            (len(before) < 80 or last != before.strip()) else None
        out.append(_Found(Estimate(measure=measure, value=v, ci_low=lo, ci_high=hi, covariate=label,
                                   start=s.start + b.start("v"),
                                   end=s.start + b.end("hi") + 1, source="text",
                                   note="a ratio and its CI alone in a bracket; the measure is the one the text names",
                                   checks=("statistic_not_named",) + M.checks(measure, v, lo, hi, None, None, None)),
                          s))
    return out


_TIME_LABEL = r"(?-i:[A-Z][\w+/-]{0,20})(?:\s[\w+/-]+){0,2}?"
_TIME_CI = rf"\(\s*(?P<lo>{_NUM}|NR|NE)\s*(?:-|\u2013|,|to)\s*(?P<hi>{_NUM}|NR|NE)\s*\)"
# groups' times listed after a median with a label each: "… for all patients was 18.5 (10.3–31.3); G1: 18.4 (6.8–32.8);
# G2: 18.5 (11.1–NE)"
_LABELLED_TIME_ITEM = re.compile(rf"\s*;\s*(?P<l>{_TIME_LABEL})\s*:\s*(?P<v>{_NUM})\s*(?P<u>{_UNIT_WORDS})?\s*"
                                 rf"(?:{_TIME_CI})?(?=\s*(?:[;)]|\.(?!\d)|$))", re.I)
# an event time's groups in its bracket, each with its label and unit: "in OS (R: 5.0 months; T: 5.9 months; p = 0.84)"
_LABELLED_TIMES_BRACKET = re.compile(
    rf"\b(?P<ep>(?-i:OS|PFS|DFS|EFS|RFS|TTP|DOR|DoR)|overall\s+survival|progression-free\s+survival)\s*\(\s*"
    rf"(?P<items>{_TIME_LABEL}\s*:\s*{_NUM}\s*{_UNIT_WORDS}(?:\s*;\s*{_TIME_LABEL}\s*:\s*{_NUM}\s*{_UNIT_WORDS})+)"
    r"(?:\s*[;,]\s*[pP]\s*[=<>\u2264]\s*0?\.\d+)?\s*\)", re.I)
_BRACKET_TIME_ITEM = re.compile(rf"(?P<l>{_TIME_LABEL})\s*:\s*(?P<v>{_NUM})\s*(?P<u>{_UNIT_WORDS})", re.I)


_EVENT_TIME_WITH_CI = re.compile(
    rf"\band\s+(?:the\s+)?(?:estimated\s+)?(?P<ep>(?-i:(?:rw|m)?(?:OS|PFS|DFS|EFS|RFS|TTP))|overall\s+survival|"
    rf"progression-free\s+survival)\s+(?:was|of)\s+(?P<v>{_NUM})\s*(?P<u>{_UNIT_WORDS})\s*[(\[]\s*"
    rf"(?:\d{{2}}\s*%\s*)?(?:CI|confidence\s+interval)\s*[,:]?\s*(?P<lo>{_NUM})\s*(?:-|\u2013|to)\s*(?P<hi>{_NUM})",
    re.I)


_UNIT_BRACKET_LIST = re.compile(
    r"\b(?P<ep>(?-i:OS|PFS|DFS|EFS|RFS|TTP)|overall\s+survival|progression-free\s+survival)\s*[(\[]\s*"
    r"(?P<u>months|mo|weeks|days|years)\s*[)\]][^.:;()\[\]\d]{0,40}?:", re.I)
_LIST_TIME_ITEM = re.compile(rf"(?<![\w/+-])(?P<l>[A-Za-z][\w/+-]{{0,20}})\s+(?P<v>{_NUM})"
                             r"(?=\s*(?:[,;]|\.(?!\d)|and\b|$))")


def _labelled_times(norm: str, s: _Sentence, here: list[_Found]) -> list[_Found]:
    """Groups' times printed each after its label: a list after a median ("… was 18.5 (10.3–31.3); G1: 18.4 (6.8–32.8);
    G2: …", the median's end point and unit, each label the group), or an event time's bracket of groups ("no
    difference in OS (R: 5.0 months; T: 5.9 months; p = 0.84)": each a median, ``statistic_not_named``)."""
    out: list[_Found] = []
    for f in here:
        e = f.est
        if e.measure != "median" or e.end is None or e.unit is None:
            continue
        at = e.end
        while (m := _LABELLED_TIME_ITEM.match(norm, at, s.end)) and \
                (m.group("u") is None or _unit_norm(m.group("u")) == e.unit):
            lo = _float(m.group("lo")) if m.group("lo") and m.group("lo")[0].isdigit() else None
            hi = _float(m.group("hi")) if m.group("hi") and m.group("hi")[0].isdigit() else None
            v = _num_of(m.group("v"))
            if lo is not None and lo > v or hi is not None and hi < v:
                break
            out.append(_Found(replace(e, value=v, arm=m.group("l"), ci_low=lo, ci_high=hi,
                                      ci_level=e.ci_level if m.group("lo") else None, start=m.start("v"), end=m.end(),
                                      groups=(), comparison=None), f.sentence))
            at = m.end()
    taken = [(x.est.start or 0, x.est.end or 0) for x in here]
    medians = [x.est for x in here if x.est.measure == "median" and x.est.ci_low is not None and x.est.unit]
    for m in _EVENT_TIME_WITH_CI.finditer(norm, s.start, s.end) if medians else ():
        # "The estimated median OS was 9.3 months (95% CI, 8.9-9.8 months), and the estimated rwPFS was 3.2 months (95%
        # CI, 3.1-3.3 months)": the next end point's time, with its CI, printed as the median before it was
        v, lo, hi = _num_of(m.group("v")), _num_of(m.group("lo")), _num_of(m.group("hi"))
        if any(a <= m.start("v") < z for a, z in taken) or not lo <= v <= hi or m.start() < (medians[0].start or 0):
            continue
        out.append(_Found(replace(medians[-1], value=v, ci_low=lo, ci_high=hi, unit=_unit_norm(m.group("u")),
                                  endpoint=_endpoint_class(m.group("ep")), endpoint_text=m.group("ep"), arm=None,
                                  groups=(), start=m.start("v"), end=m.end(),
                                  note="a time to an event with its CI, printed as the median before it was",
                                  checks=(*medians[-1].checks, "statistic_not_named")), s))
    if ":" not in norm[s.start:s.end]:
        return out
    for b in _UNIT_BRACKET_LIST.finditer(norm, s.start, s.end):
        # "OS (months) for one exposure was: mTOR 5.4, TKI 18.2, NSTx 18.4; for two exposures: mTOR/TKI 9.3, …": each
        # item's label its group, when the list holds nothing but items, separators and "for …:" heads
        items = list(_LIST_TIME_ITEM.finditer(norm, b.end(), s.end))
        rest = _LIST_TIME_ITEM.sub(" ", norm[b.end():items[-1].end()]) if items else "x"
        if len(items) < 2 or any(a <= b.end() < z for a, z in taken) or \
                not re.fullmatch(r"(?:[\s,;]|\band\b|\bfor\s+[^:;,.()\d]{1,30}:)*", rest):
            continue
        unit = _unit_norm(b.group("u"))
        population = _population(norm[s.start:s.end], b.start() - s.start, None)[0]
        for m in items:
            out.append(_Found(Estimate(measure="median", value=_num_of(m.group("v")), unit=unit, arm=m.group("l"),
                                       endpoint=_endpoint_class(b.group("ep")), endpoint_text=b.group("ep"),
                                       **_population_fields(population), start=m.start("v"), end=m.end("v"),
                                       source="text", note="a group's time to an event in a list after the end "
                                       "point and its unit, each after its label", checks=("statistic_not_named",)),
                              s))
    for b in _LABELLED_TIMES_BRACKET.finditer(norm, s.start, s.end):
        if any(a <= b.start("items") < z for a, z in taken):
            continue
        population = _population(norm[s.start:s.end], b.start() - s.start, None)[0]
        for m in _BRACKET_TIME_ITEM.finditer(norm, b.start("items"), b.end("items")):
            out.append(_Found(Estimate(measure="median", value=_num_of(m.group("v")), unit=_unit_norm(m.group("u")),
                                       arm=m.group("l"), endpoint=_endpoint_class(b.group("ep")),
                                       **_population_fields(population),
                                       endpoint_text=b.group("ep"), start=m.start("v"), end=m.end("u"), source="text",
                                       note="a group's time to an event printed without the word median, each after "
                                       "its label",
                                       checks=("statistic_not_named",)), s))
    return out


def _inline_median_rows(norm: str, s: _Sentence) -> list[_Found]:
    """The medians of table rows flattened into a sentence (see ``_INLINE_MEDIAN_ROW``): each cell one group's
    median and CI, which group the columns' heads say."""
    out: list[_Found] = []
    for m in _INLINE_MEDIAN_ROW.finditer(norm, s.start, s.end):
        row = _table_median_row(m.group("label"), None)
        if row is None:
            continue
        cells = [(m.start("cells") + c.start(), m.start("cells") + c.end())
                 for c in re.finditer(_INLINE_CELL, m.group("cells"))]
        out += _table_median_cells(norm, s, row, cells)
    return out


# a pipe row's label that names an outcome: "| CV death | …", "Primary outcome | …"
_ROW_LABEL_OUTCOME = re.compile(r"\s*\|?\s*(?P<ep>[A-Za-z][^|\d]{1,60}?\b(?:death|mortality|survival|outcome|"
                                r"hospitali[sz]ations?|events?|stroke|infarction|recurrence|progression|relapse))"
                                r"[a-z*\u2020\u2021]?\s*\|", re.I)
_SELF_NAMED_ESTIMATE = re.compile(
    # ("… day; recovery rate ratio, 1.29; 95% CI, 1.12–1.49": a review table's cell, the measure spelled out)
    rf"(?:(?-i:\b(?:HR|OR|RR|IRR)\b)|\b(?:hazard|odds|risk|rate)\s+ratio\b)"
    rf"(?:\s*[)\]])?[^()\[\];\d]{{0,30}}?{_NUM}\s*"
    rf"(?:[;,]|[(\[])\s*\d{{2}}\s*%\s*CI\s*[:,=]?\s*"
    rf"{_NUM}\s*(?:to|-|\u2013)\s*"
    rf"{_NUM}|\bmedian\s+[A-Za-z][\w-]{{1,20}}\s*:\s*{_NUM}\s*{_UNIT_WORDS}\s*\(\s*\d{{2}}\s*%\s*CI", re.I)


def _line_ratio_row(norm: str, s: _Sentence, line: str, st: _MedianState) -> list[_Found]:
    """A table copied one cell per line whose row label names one ratio and its CI ("Hazard ratio (95% CI) b") on a
    line of its own: the cell on the next line ("0.646 (0.543, 0.768)") is that ratio, if it reads as one."""
    header, st.ratio_row = st.ratio_row, None
    if header is not None and (c := _PIPE_RATIO_CELL.fullmatch(line)) and \
            (r := _ratio_cell(c, header)) is not None:
        v, lo, hi = r
        return [_Found(Estimate(measure=header.measure, value=v, ci_low=lo, ci_high=hi, ci_level=header.level,
                                start=s.start + c.start("v"), end=s.start + c.end("hi") + 1, source="text",
                                note="read from a table copied one cell per line: the row's label names the ratio, "
                                "its groups are the table's columns",
                                checks=("flattened_table",) + M.checks(header.measure, v, lo, hi, header.level, None,
                                                                       None)), s)]
    if "|" not in line and not re.search(r"\d", _TABLE_LEVEL.sub("", line)) and _CI_COLUMN.search(line):
        st.ratio_row = _named_header(line, False)
    return []


def _design_groups(ests: list[Estimate], doc: _Doc) -> list[Estimate]:
    """A ratio of the document's own results that names no groups compares the two arms the document randomised
    (:attr:`_Doc.trial_arms`, listed in the text's order with ``unknown``); when exactly one of them is a control
    (placebo, sham, vehicle, usual or standard care, best supportive care, wait-list; not observation or "no X"),
    the convention of trial reports orients it: the other arm relative
    to the control, ``direction_source`` ``design`` ("randomised to placebo or drug Q … (HR 0.64 …)" is drug Q vs
    placebo)."""
    arms = doc.trial_arms if any(e.direction_source == "unknown" and e.groups for e in ests) else None
    if not arms:
        return ests
    ca, cb = (bool(_CONTROL_ARM.search(x)) for x in arms)
    if ca == cb:
        return ests
    oriented = (arms[1], arms[0]) if ca else arms
    return [replace(e, groups=oriented, comparison=" vs ".join(oriented), direction_source="design")
            if e.direction_source == "unknown" and e.groups == arms and e.measure in ("HR", "OR", "RR", "IRR") and
            e.context == "result" and not e.covariate else e for e in ests]


# Harms by their name: effects that trials count as adverse when they are not what the trial treats or prevents
# ("extra-pyramidal symptoms", "akathisia", "hyperkalaemia", "intussusception" after a vaccine, "neutropenia").
# Not the ones that are as often a trial's own aim (infection, bleeding, diarrhoea, fever, encephalopathy, weight gain:
# measured on our development labels, where they were labelled efficacy outcomes about as often as harms).
_HARM_NAMED = re.compile(r"\b(?:nausea|vomiting|dizziness|vertigo|(?:skin\s+)?rash(?:es)?|prurit\w*|hypersalivation|"
                         r"sialorrh\w*|blurred\s+vision|tachycardia|palpitations?|akathisia|dyskinesias?|tremors?|"
                         r"parkinsonism|extra-?\s?pyramidal|dystonia|somnolence|drowsiness|constipation|dry\s+mouth|"
                         r"hyperprolactin\w*|neutropeni\w*|leu[ck]openi\w*|thrombocytop(?:a)?eni\w*|hyperkal(?:a)?emi\w*|"
                         r"hypokal(?:a)?emi\w*|hypotension|bradycardia|pneumothora(?:x|ces)|arterial\s+punctures?|"
                         r"seromas?|alopecia|mucositis|stomatitis|hepatotoxic\w*|nephrotoxic\w*|ototoxic\w*|"
                         r"superinfections?|hypomania|manic\s+switch\w*|(?-i:OHSS)|ovarian\s+hyperstimulation|"
                         r"intussusceptions?|muscle\s+weakness|dose\s+reductions?|anti-?parkinson\w*|"
                         r"hyperlactat\w*|pleural\s+effusions?|lymph(?:o)?edema|shivering|(?:oropharyngeal\s+|oral\s+)?candidiasis|"
                         r"thrush|telangiectasias?|(?:skin\s+)?pigmentation|numbness|paraesthesias?|paresthesias?|"
                         r"an(?:a)?emia|(?:(?:serum\s+)?transaminases?|ALT|AST|bilirubin|liver\s+enzymes?)\s+"
                         r"(?:elevations?|increases?|rises?))\b", re.I)
# a list opened as harms: "Potential harms from statin therapy were …: elevated creatine kinase (…), …"
_HARMS_LISTED = re.compile(r"\b(?:harms?|adverse\s+(?:events?|effects?|reactions?)|side[- ]effects?|toxicit(?:y|ies))\b"
                           r"[^.;:()\[\]]{0,120}:\s+.*$", re.I | re.S)
# a sentence that states the study's aim ("We assessed whether …", "OBJECTIVE: To compare …")
_AIM_SENTENCE = re.compile(r"\b(?:aims?|aimed|objectives?|purposes?|goals?|hypothes[ie]s|hypothesi[sz]ed)\b|"
                           r"\bwe\s+(?:assessed|evaluated|tested|compared|investigated|examined|studied|sought|"
                           r"determined|hypothesi[sz]ed|conducted|performed|report)\b|"
                           r"^\s*(?:[A-Z ]+:\s*)?to\s+(?:assess|evaluate|test|compare|investigate|examine|determine)\b",
                           re.I)


def _harms_by_name(ests: list[Estimate], doc: _Doc) -> list[Estimate]:
    """A ratio of an effect that trials count as a harm ("akathisia (RR 0.64 …)", "hyperkalaemia", "grade 3/4
    neutropenia") is of ``safety``, not ``other``, unless the document's title, first sentence or aims name that
    effect: then it is what the study treats or prevents ("Background: Postoperative nausea and vomiting after
    gynaecological laparoscopy.") and stays ``other``. Medians keep ``other``: a harm's duration ("median duration of
    neutropenia, 12 v 19 days") is what a supportive treatment shortens; so does a factor's ratio ("age ≥65: OR 2.1
    for nausea"): a harm is of a treatment, not what a study of risk factors explains. A ratio in a list that a
    sentence opens as harms ("Potential harms from statin therapy were uncertain: elevated creatine kinase (…; RR
    0.84 …), liver function abnormalities (…)") is ``safety`` too."""
    listed = [e.start for e in ests if e.endpoint in ("other", "unknown") and e.measure != "median" and
              e.start is not None and not e.covariate and
              (k := bisect.bisect_right(doc.starts, e.start) - 1) >= 0 and
              _HARMS_LISTED.search(doc.norm, doc.sentences[k].start, e.start)]
    if listed:
        ests = [replace(e, endpoint="safety") if e.start in listed else e for e in ests]
    if not any(e.endpoint == "other" and e.measure != "median" and not e.covariate and
               _HARM_NAMED.search(e.endpoint_text or "") for e in ests):
        return ests
    title = doc.norm.split("\n", 1)[0] if "\n" in doc.norm.strip() else ""
    # (the first sentence of the text, or of the text after its title, unless it reports an estimate itself)
    held = {e.start for e in ests if e.start is not None}
    aims = " ".join([title] + [doc.norm[x.start:x.end] for i, x in enumerate(doc.sentences)
                               if (i == 0 or title and i == 1) and not any(x.start <= h < x.end for h in held)
                               or _AIM_SENTENCE.search(doc.norm[x.start:x.end])])
    studied = {m.group(0).lower()[:6] for m in _HARM_NAMED.finditer(aims)}
    out = []
    for e in ests:
        m = _HARM_NAMED.search(e.endpoint_text or "") if e.endpoint == "other" and e.measure != "median" and \
            not e.covariate else None
        if m and not any(h.group(0).lower()[:6] in studied for h in _HARM_NAMED.finditer(e.endpoint_text or "")):
            e = replace(e, endpoint="safety")
        out.append(e)
    return out


# days counted as a frequency: "median migraine headache days", "median seizure-free days"
_DAYS_COUNTED = re.compile(r"\s+(?:number\s+of\s+)?(?:[\w-]+\s+){0,3}?(?:headache|migraine|seizure|symptom|"
                           r"sick|absence|bleeding|pain|attack|disability)(?:[- ]free)?\s+days\b", re.I)


# times to a harmful event (or its end: a response's duration), for which a longer median goes with a lower hazard;
# not a duration of symptoms, a time to recovery or to discharge, whose hazard may be of the good event
_TIME_TO_HARM = frozenset({"OS", "PFS", "DFS", "EFS", "IDFS", "RFS", "TTP", "DoR", "composite"})
_HARM_TIME_TEXT = re.compile(r"\btime\s+(?:to|until)\s+(?:(?:the\s+)?first\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:deterioration|worsening|failure|recurrence|relapse|death|progression|events?|"
                             r"metastas[ie]s|next\s+treatment)\b|"
                             r"\b(?-i:TTD|TTF|TTNT|MFS|DMFS)\b|\b[\w-]+-free\s+survival\b", re.I)


def _time_to_harm(endpoint_text: str | None) -> bool:
    """Whether a median time is to a harmful event, so that its longer median goes with a hazard ratio below 1."""
    return _endpoint_class(endpoint_text) in _TIME_TO_HARM or bool(_HARM_TIME_TEXT.search(endpoint_text or ""))


def _clear_side(value: float, lo: float | None, hi: float | None, va: float, vb: float) -> bool:
    """Whether a hazard ratio and two arms' median times say clearly enough which arm does better to orient
    the ratio by them: its CI excludes 1, or it is at most 0.8 or at least 1.25 and one median is at least
    1.2 times the other (medians and hazards can disagree when the curves cross)."""
    if lo is not None and hi is not None and (hi < 1 or lo > 1):
        return True
    small, big = sorted((va, vb))
    return (value <= 0.8 or value >= 1.25) and small > 0 and big / small >= 1.2


def _after_medians(est: Estimate, prev: list[_Found]) -> Estimate:
    """"Median PFS was 7.2 months with A versus 4.1 months with B. The HR was 0.55 (…)": a ratio that names
    no end point, right after the medians of one end point, is for that end point; a hazard ratio that names
    no groups compares the two arms of those medians, oriented by them when only one orientation fits."""
    if est.measure != "HR" or est.value is None or est.context != "result" or est.covariate:
        return est  # (an odds ratio after survival medians is for something else: a response, an event)
    meds = [f.est for f in prev if f.est.measure in ("median", "time") and f.est.context == "result"]
    eps = {m.endpoint_text for m in meds}
    changes: dict[str, object] = {}
    if est.endpoint_text is None and len(eps) == 1 and None not in eps:
        changes.update(endpoint_text=meds[0].endpoint_text, endpoint=meds[0].endpoint)
    arms = [(_group_name(m.arm), m.value) for m in meds if m.arm and m.value is not None]
    if est.value != 1 and len(eps) == 1 and len(arms) == 2 and _time_to_harm(meds[0].endpoint_text) and \
            arms[0][0] != arms[1][0] and arms[0][1] != arms[1][1] and \
            _clear_side(est.value, est.ci_low, est.ci_high, float(arms[0][1] or 0), float(arms[1][1] or 0)) and (
                not est.groups or est.direction_source == "unknown" and {g.lower() for g in est.groups} ==
                {str(a).lower() for a, _ in arms}):
        (a, va), (b, vb) = arms
        # a longer median time to the event goes with a lower hazard: HR < 1 fits only the arm with the longer
        # median relative to the other
        first, second = ((a, b) if (est.value < 1) == (va > vb) else (b, a))
        changes.update(groups=(first, second), comparison=f"{first} vs {second}",  # (the text the groups give)
                       direction_source="inferred_from_arms")
    return replace(est, **changes) if changes else est  # type: ignore[arg-type]


_CONT_ITEM = re.compile(rf"(?<![\w.])(?P<v>\d+(?:\.\d+)?)\s?(?P<u>{_UNIT_WORDS}|{_DAY_D})\s?"
                        # ("pictilisib 6·5 months [95% CI 3·7-9·8] vs placebo 5·1 months [2·6-10·4]"; in round
                        # brackets only with the CI named: "(n = 60; 10.6 months (95% CI; 7.8-13.3))")
                        r"(?:\[\s?(?:\d{2}\s?%\s*CI\s*[,:;]?\s*)?|\(\s?(?:\d{2}\s?%\s*)?CI\s*[,:;]?\s*)(?P<lo>\d+(?:\.\d+)?)"
                        r"\s?(?:-|to)\s?(?P<hi>\d+(?:\.\d+)?)\s?[\])]", re.I)
# parts of the trial, then one bracket of time pairs for them in turn: "benefited A and those who B (6.50 versus 3.43
# months, P = 0.003; 8.27 versus 4.27 months, P = 0.018; respectively)"
_SUBGROUP_PAIRS = re.compile(rf"\b(?:benefit\w*|favou?r\w*|improv\w*|prolong\w*|longer|shorter)\b[^()\[\];.]{{3,160}}?"
                             rf"\band\b[^()\[\];.]{{3,100}}?\s*\((?P<list>{_NUM}\s*(?:vs\.?|versus)\s*{_NUM}\s*"
                             rf"{_UNIT_WORDS}[^()]*?;[^()]*?{_NUM}\s*(?:vs\.?|versus)\s*{_NUM}\s*{_UNIT_WORDS}"
                             rf"[^()]*?\brespectively)\s*\)", re.I)
_PAIR_IN_LIST = re.compile(rf"(?P<a>{_NUM})\s*(?:vs\.?|versus)\s*(?P<b>{_NUM})\s*(?P<u>{_UNIT_WORDS})", re.I)
_CONT_ARM = re.compile(r"(?:^|[(;,]\s*)(?P<arm>[A-Za-z][\w .+/-]{0,30}?)\s*$")


# "the corresponding durations were 17.3 months and 14.0 months": the previous sentence's two medians, for another set
_CORRESPONDING_TIMES = re.compile(rf"\bthe\s+corresponding\s+(?:median\s+)?(?:durations?|medians?|values?|times?|"
                                  rf"figures?)\s+(?:were|was)\s+(?P<v1>{_NUM})\s*(?:{_UNIT_WORDS}\s*)?"
                                  rf"(?:and|vs\.?|versus)\s+(?P<v2>{_NUM})\s*(?P<u>{_UNIT_WORDS})", re.I)


# the same end point's times of the same groups in the next sentence: "… demonstrated similar OS of 11.3 months and 8.9
# months, respectively"
_RESPECTIVE_EVENT_TIMES = re.compile(
    rf"\b(?P<ep>(?-i:OS|PFS|DFS|EFS|RFS|TTP)|overall\s+survival|progression-free\s+survival)\s+(?:of|was|were)\s+"
    rf"(?P<v1>{_NUM})\s*(?:{_UNIT_WORDS}\s*)?(?:and|vs\.?|versus)\s+(?P<v2>{_NUM})\s*(?P<u>{_UNIT_WORDS})\s*,?\s*"
    r"respectively\b", re.I)
# an outcome's duration, then a pair of times in a bracket: "shorter duration of fever (18 vs 67 hrs)"
_DURATION_PAIR = re.compile(rf"\b(?:duration|length|time)\s+of\s+(?P<ep>[a-z][a-z -]{{1,30}}?)\s*[(\[]\s*"
                            rf"(?P<a>{_NUM})\s*(?:vs\.?|versus|v\.?)\s*(?P<b>{_NUM})\s*(?P<u>{_UNIT_WORDS})\s*[)\]]",
                            re.I)


def _median_continuation(norm: str, s: _Sentence, prev: list[_Found], here: list[_Found],
                         doc: _Doc) -> list[_Found]:
    """Medians printed "87.4 h [95% CI 73.3-104.7]" in one sentence, then in the next, without the
    word median, per group the same way: "(75 mg 74.5 h [68.2-98.0], p=0.02; placebo 117.5 h
    [103.0-143.8])". Only values with the same time unit and a bracketed interval around them."""
    sent = norm[s.start:s.end]
    named = [f.est for f in prev if f.est.measure == "median" and f.est.value is not None and f.est.arm]
    if len(named) < 2 or named[-1].arm == named[-2].arm:
        # (or two medians without arms, the last printed before: "… was 6.5 and 10.1 months, respectively. In grade IV
        # tumours the corresponding figures were 5.1 and 3.3 months, respectively")
        named = [f.est for f in prev if f.est.measure == "median" and f.est.value is not None][-2:]
        if len(named) == 2 and (named[0].arm or named[1].arm or named[0].endpoint_text != named[1].endpoint_text):
            named = []
    if len(named) >= 2 and (cm := _CORRESPONDING_TIMES.search(sent) or (
            (rt := _RESPECTIVE_EVENT_TIMES.search(sent)) and
            _endpoint_class(rt.group("ep")) == named[-1].endpoint == named[-2].endpoint != "unknown" and rt or None)) \
            and _unit_norm(cm.group("u")) == named[-1].unit == named[-2].unit:
        # "… was 14.1 months with A and 11.5 months with B. In the overall population, the corresponding durations were
        # 17.3 months and 14.0 months.": the same end point and groups, in the same order
        context, subject = _context(norm, s, s.start + cm.start("v1"), doc, False)
        population = _population(sent, cm.start("v1"), None)[0]
        if population.kind == "overall" and (po := _POPULATION_OPENER.match(sent)):
            population = M.Population("subgroup", _opener_name(po))
        elif population.kind == "overall" and (
                og := re.match(r"\W*(?:In|For|Among)\s+(?:the\s+)?(?P<g>[^,;()]{3,50}?)\s*,?\s+the\s+corresponding\b",
                               sent)) \
                and not re.match(r"(?:overall|whole|total|entire|full|intention|ITT|all\b)", og.group("g"), re.I):
            population = M.Population("subgroup", og.group("g"))  # "In grade IV tumours the corresponding figures …"
        return [_Found(Estimate(measure="median", value=_num_of(cm.group(v)), endpoint=ref.endpoint,
                                endpoint_text=ref.endpoint_text, arm=ref.arm, unit=ref.unit, context=context,
                                subject=subject, start=s.start + cm.start(v), end=s.start + cm.end(v), source="text",
                                **_population_fields(population), note=ref.note, checks=ref.checks), s)
                for v, ref in (("v1", named[-2]), ("v2", named[-1]))]
    paired = [f.est for f in prev if f.est.measure == "median" and f.est.value is not None and f.est.unit]
    if len(paired) == 2 and not here and not _MEDIAN.search(sent) and not _ENDPOINT_MENTION.search(sent) and \
            (sub := _SUBGROUP_PAIRS.search(sent)) and \
            not re.search(r"\bmeans?\b|\bSD\b|follow[- ]?up|\bage\b|duration\s+of\s+(?:treatment|therapy)", sent, re.I):
        # "… had longer PFS (7.03 versus 3.60 months, P = 0.006). The combination benefited prior chemotherapy-treated
        # patients and those who received three to four cycles (6.50 versus 3.43 months, P = 0.003; 8.27 versus 4.27
        # months, P = 0.018; respectively)": the same end point and groups, in two parts of the trial
        pairs = [p for p in _PAIR_IN_LIST.finditer(sent, sub.start("list")) if p.start() < sub.end()]
        if pairs and all(_unit_norm(p.group("u")) == paired[0].unit == paired[1].unit for p in pairs):
            out = []
            for p in pairs:
                context, subject = _context(norm, s, s.start + p.start("a"), doc, False)
                for side, ref in (("a", paired[0]), ("b", paired[1])):
                    out.append(_Found(Estimate(measure="median", value=_num_of(p.group(side)), endpoint=ref.endpoint,
                                               endpoint_text=ref.endpoint_text, arm=ref.arm, unit=ref.unit,
                                               context=context, subject=subject, start=s.start + p.start(side),
                                               end=s.start + p.end(side), source="text", population_kind="subgroup",
                                               population_detail=None, checks=ref.checks), s))
            return out
    if len(paired) >= 2 and not here and not _MEDIAN.search(sent) and \
            not re.search(r"\bmeans?\b|\bSD\b|follow[- ]?up|\bage\b|duration\s+of\s+(?:treatment|therapy)", sent, re.I):
        # "Median duration of diarrhoea … (58 hours) was shorter than in controls (84.5 hrs). … showed shorter duration
        # of fever (18 vs 67 hrs)": the next outcome's times, printed as the medians before them were, each a median
        out = []
        for p in _DURATION_PAIR.finditer(sent):
            if _unit_norm(p.group("u")) != paired[-1].unit:
                continue
            context, subject = _context(norm, s, s.start + p.start("a"), doc, False)
            population = _population(sent, p.start("a"), None)[0]
            for side in ("a", "b"):
                out.append(_Found(Estimate(measure="median", value=_num_of(p.group(side)),
                                           endpoint=_endpoint_class(p.group("ep")), endpoint_text=p.group("ep"),
                                           unit=paired[-1].unit, context=context, subject=subject,
                                           start=s.start + p.start(side), end=s.start + p.end(side), source="text",
                                           **_population_fields(population),
                                           note="a time printed as the sentence before printed its medians"), s))
        if out:
            return out
    return _continued_items(norm, s, prev, here, doc, 0)


def _continued_items(norm: str, s: _Sentence, prev: list[_Found], here: list[_Found], doc: _Doc,
                     offset: int) -> list[_Found]:
    """The times of a sentence (from ``offset`` in it) printed as the medians of ``prev`` were, each with its
    bracketed interval and the same unit, without the word median (see ``_median_continuation``)."""
    sent = norm[s.start:s.end]
    meds = [f.est for f in prev if f.est.measure == "median" and f.est.ci_low is not None and f.est.unit]
    if not meds or _MEDIAN.search(sent, offset) or re.search(r"\bmeans?\b|\bSD\b", sent[offset:], re.I):
        return []
    unit = meds[-1].unit
    taken = [(f.est.start or 0, f.est.end or 0) for f in here]
    out = []
    for m in _CONT_ITEM.finditer(sent, offset):
        v, lo, hi = _num_of(m.group("v")), _num_of(m.group("lo")), _num_of(m.group("hi"))
        start = s.start + m.start()
        if _unit_norm(m.group("u")) != unit or not lo <= v <= hi or any(a <= start < b for a, b in taken):
            continue
        am = _CONT_ARM.search(sent, max(0, m.start() - 40), m.start())
        arm = _clean_arm(am.group("arm")) if am else None
        context, subject = _context(norm, s, start, doc, True)
        est = Estimate(measure="median", value=v, endpoint=meds[-1].endpoint, endpoint_text=meds[-1].endpoint_text,
                       arm=arm, ci_low=lo, ci_high=hi, ci_level=meds[-1].ci_level, unit=unit, context=context,
                       subject=subject, start=start, end=s.start + m.end(), source="text",
                       **_population_fields(_population(sent, m.start(), None)[0]),
                       checks=M.checks("median", v, lo, hi, meds[-1].ci_level, None, None))
        out.append(_Found(est, s))
    return out


# a flattened table's row named by a ratio, one bare value per column: "Achieved HR 1.16 0.85 0.82 0.85", "Design HR
# 0.75 0.75 0.75 0.75" (values with decimals, none over 20: never a heart rate's "HR 72 80")
_RATIO_NAMED_ROW = re.compile(r"\s*(?P<label>(?:[A-Z][a-z]+\s+){0,2}(?-i:HR|OR|RR|IRR)|(?:[A-Z][a-z]+\s+){0,2}"
                              r"(?:[Hh]azard|[Oo]dds|[Rr]isk|[Rr]ate)\s+ratio)"
                              r"\s+(?P<vals>\d{0,2}\.\d+(?:\s+\d{0,2}\.\d+){1,7})\s*")


def _ratio_named_row(s: _Sentence, m: re.Match[str]) -> list[_Found]:
    """The ratios of a flattened table's row named by its ratio (see ``_RATIO_NAMED_ROW``): each column's value, no CI
    printed; a row called "Design", "Planned" or "Assumed" holds the ratios a trial was planned for."""
    label = m.group("label")
    measure = _measure_code(_MEASURE_WORD.search(label).group("w"))  # type: ignore[union-attr]
    design = re.match(r"(?:design|planned|assumed|target|expected)\b", label, re.I) is not None
    out = []
    for v in re.finditer(r"\d{0,2}\.\d+", m.group("vals")):
        value = _num_of(v.group())
        if not 0 < value <= 20:
            return []
        a = s.start + m.start("vals") + v.start()
        out.append(_Found(Estimate(measure=measure, value=value, start=a, end=a + len(v.group()),
                                   context="design" if design else "result", source="text",
                                   note="read from a flattened table's row named by its ratio: each column's value "
                                   "(which groups and end point, the columns say)",
                                   checks=("flattened_table",)), s))
    return out


def _corresponding_endpoints(here: list[_Found], found: list[_Found], after: int) -> list[_Found]:
    """"Adjusted RRs were 0.67 (…) for relapses, 0.16 (…) for disability, and 1.25 (…) for SPMS. The corresponding
    estimates at 5 and 10 years were, respectively, 1.04 (…), 0.82 (…), and 2.33 (…) and 1.62 (…), …": the values after
    "the corresponding estimates were" take the last sentence's ratios' end points in turn, where their number is a
    multiple of that sentence's; where it is not, no end point (not the last one named, repeated)."""
    items = [i for i, f in enumerate(here) if f.est.measure != "median" and (f.est.start or 0) >= after]
    last = next((f.sentence for f in reversed(found) if f.est.measure != "median"), None)
    before = [f.est for f in found if f.sentence is last and f.est.measure != "median"]
    if len(items) < 2 or len({(e.endpoint_text or "").lower() for e in before}) < 2:
        return here
    out = list(here)
    for n, i in enumerate(items):
        e = out[i].est
        src = before[n % len(before)] if len(items) % len(before) == 0 else None
        out[i] = _Found(replace(e, endpoint=src.endpoint if src else "unknown",
                                endpoint_text=src.endpoint_text if src else None), out[i].sentence)
    return out


def _unit_for_not_reached(here: list[_Found]) -> list[_Found]:
    """A median "not reached" printed without a unit takes the one unit of the sentence's other medians ("median rPFS
    had not been reached for the A arm; for the B arm, median rPFS was 8.3 months")."""
    units = {f.est.unit for f in here if f.est.measure == "median" and f.est.value is not None and f.est.unit}
    if len(units) != 1:
        return here
    unit = units.pop()
    return [_Found(replace(f.est, unit=unit, checks=f.est.checks + ("unit_not_printed",)), f.sentence)
            if f.est.measure == "median" and f.est.value is None and f.est.unit is None else f for f in here]


def _arm_key(e: Estimate) -> tuple[object, ...]:
    return ((e.arm or "").lower(), (e.endpoint_text or "").lower(), e.unit, e.population)


def _other_analysis(found: list[_Found], i: int, arm_values: dict[tuple[object, ...], list[tuple[float, int]]]) -> bool:
    """Whether a group's median printed again belongs to another analysis of the same groups: a median next to it in
    its sentence is a group's whose median of that end point was printed before as another number ("4.9
    months (A) versus 1.9 months (B) by central review and 5.5 months (A) versus 1.9 months (B) by investigators";
    not a three-arm trial's control again beside a group not compared before)."""
    f = found[i]
    for j in (i - 1, i + 1):
        if not 0 <= j < len(found):
            continue
        g = found[j]
        if g.sentence.start != f.sentence.start or g.est.measure != "median" or g.est.value is None or not g.est.arm:
            continue
        if any(v != g.est.value and at < (f.est.start or 0) for v, at in arm_values.get(_arm_key(g.est), [])):
            return True
    return False


def _once(found: list[_Found]) -> list[Estimate]:
    """The same number printed again in a later sentence (results, then conclusions, or an abstract
    repeated in another language under another measure name) is one estimate: the later copy is
    dropped."""
    first: dict[tuple[object, ...], int] = {}
    loose: dict[tuple[object, ...], int] = {}  # without arm and P: a copy that names neither
    value_only: dict[tuple[object, ...], int] = {}  # without CI too: "Drug Y prevents fractures (HR 0.68)"
    ratio_ep: dict[tuple[object, ...], tuple[str | None, str]] = {}  # end point and context of the first copy
    # value and both bounds: measure, sentence, end point's words, P value, population
    ratio_ci: dict[tuple[object, ...], tuple[str, int, str, float | None, str]] = {}
    arm_median: dict[tuple[object, ...], int] = {}  # a median with its arm, end point and population: sentence
    plain_median: dict[tuple[object, ...], int] = {}  # a median's value, unit, end point, population: sentence
    plain_copies: set[int] = set()  # medians without group or CI that repeat an earlier sentence's
    nr_median: dict[tuple[object, ...], int] = {}  # a median not reached, of no group: its end point's sentence
    arm_values: dict[tuple[object, ...], list[tuple[float, int]]] = {}  # a group's medians of an end point: where
    for i, f in enumerate(found):
        e = f.est
        if e.measure != "median" or e.value is None:
            continue
        plain_copy = (e.value, e.unit, (e.endpoint_text or "").lower(), e.population, e.context)
        if not e.arm and e.ci_low is None and e.ci_high is None and plain_median.get(plain_copy, f.sentence.start) != \
                f.sentence.start:
            plain_copies.add(i)
        plain_median.setdefault(plain_copy, f.sentence.start)
    # medians without group or CI that a later sentence prints again with their groups: "Key Points • A increased
    # median OS (10.4 vs 6.5 months; P = .1009)", then "Median OS was 10.4 months (95% CI …) with A vs 6.5 months
    # with B"
    armed = {(f.est.value, f.est.unit, f.est.endpoint): f.sentence.start for f in found
             if f.est.measure == "median" and f.est.value is not None and f.est.arm}
    early_copies = {i for i, f in enumerate(found)
                    if f.est.measure == "median" and f.est.value is not None and not f.est.arm and f.est.ci_low is None
                    and f.est.endpoint != "unknown"
                    and armed.get((f.est.value, f.est.unit, f.est.endpoint), -1) > f.sentence.start}
    per_sentence = Counter((f.sentence.start, f.est.measure) for f in found if f.est.measure != "median")
    out: list[Estimate] = []
    for i, f in enumerate(found):
        e = f.est
        if i in early_copies and (i - 1 in early_copies or i + 1 in early_copies):
            continue  # (both groups' times again, with their groups, later: the later copy is the estimate)
        key = (e.measure, e.value, e.value_text, e.ci_low, e.ci_high, e.unit, e.arm, e.p_value)
        bare = (e.measure, e.value, e.value_text, e.ci_low, e.ci_high, e.unit)
        short = (e.measure, e.value, e.value_text, e.unit)
        if e.value is not None and f.sentence.section == "conclusions" and (
                key in first and first[key] != f.sentence.start
                or e.arm is None and e.p_value is None and bare in loose and loose[bare] != f.sentence.start
                or e.arm is None and e.p_value is None and e.ci_low is None and e.ci_high is None
                and short in value_only and value_only[short] != f.sentence.start):
            continue  # ("… prolonged PFS, with a median PFS of 69.5 months": the Results' number again)
        if e.measure != "median" and e.value is not None and e.ci_low is None and e.ci_high is None and \
                e.p_value is None and short in value_only and value_only[short] != f.sentence.start and \
                e.endpoint_text in (None, ratio_ep[short][0]) and e.context == ratio_ep[short][1] and \
                per_sentence[(f.sentence.start, e.measure)] < 3:
            continue  # "… a relative risk of 0.67. … The relative risks of 0.67 and 0.74 were similar": quoted again
            # (not an item of a list of three or more, each its own factor's: "beverages (HR 1.09), desserts (HR
            # 1.07), and breakfast food (HR 1.04)")
        if e.measure != "median" and e.value is not None and e.ci_low is None and e.ci_high is None and \
                short in value_only and value_only[short] == f.sentence.start and \
                len(f"{e.value:g}".partition(".")[2]) >= 3 and any(
                    x.measure == e.measure and x.value == e.value and x.ci_low is None and x.ci_high is None
                    for x in out):
            continue  # "Hydrocele odds ratio of 2.371 … was similar to the group without (OR=2.371)": one number of
            # three decimals printed twice in its sentence is one estimate
        arm_copy = (e.value, e.ci_low, e.ci_high, e.unit, (e.arm or "").lower(), (e.endpoint_text or "").lower(),
                    e.population)
        if e.measure == "median" and e.value is not None and e.arm and arm_copy in arm_median and \
                "flattened_table" not in e.checks and not _other_analysis(found, i, arm_values):
            # (a table's sections may repeat a row's label and value)
            continue  # a three-arm trial's control median printed again for its second comparison (in the same
            # sentence too: "longer with A than with C (median, 23.9 vs. 9.2 months; …) and with B than with C
            # (median, 14.7 vs. 9.2 months; …)")
        if e.measure == "median" and e.value is not None and e.arm:
            arm_values.setdefault(_arm_key(e), []).append((e.value, e.start or 0))
        if i in plain_copies and (i - 1 in plain_copies or i + 1 in plain_copies):
            continue  # "Differences … in median PFS (6.8 vs 9.5 months) …": both medians given with their groups before
            # (not one: "… (PFS, 4.0 v 2.2 months …)" in a subgroup may repeat one number by chance)
        if e.measure == "median" and e.value is None and e.value_text and not e.arm and e.endpoint != "unknown":
            nr_copy = ("reach" in e.value_text.lower(), e.value_text.lower() if "reach" not in e.value_text.lower()
                       else "", e.endpoint, e.population, e.context, e.ci_low, e.ci_high)
            if nr_median.setdefault(nr_copy, f.sentence.start) != f.sentence.start:
                continue  # "the median OS and PFS were not reached" in the key points, then in the abstract: once
        arm_median.setdefault(arm_copy, f.sentence.start)
        full = (e.value, e.ci_low, e.ci_high)
        if e.measure != "median" and e.value is not None and e.ci_low is not None and e.ci_high is not None:
            was = ratio_ci.setdefault(full, (e.measure, f.sentence.start, (e.endpoint_text or "").lower(), e.p_value,
                                             e.population))
            if was[0] != e.measure and was[1] != f.sentence.start:
                continue  # a translated abstract repeats "HR: 1.38, 95% CI: 0.99-1.92" as "RR: 1,38; IC 95 %: …"
            same_endpoint = bool(e.endpoint_text) and was[2] == (e.endpoint_text or "").lower()
            same_p = was[3] == e.p_value or None in (was[3], e.p_value)
            if was[1] != f.sentence.start and same_endpoint and same_p and was[4] == e.population and \
                    "flattened_table" not in e.checks:  # (a table's two rows may print the same ratio: "CTLA-4",
                # then its one drug "Ipilimumab"; a table printed twice is read once by its rows)
                continue  # a value and both limits printed again for the same end point ("… of positive urine dipstick
                # albumin (HR, 1.17; 95% CI, 0.995 to 1.38; …)" in the text, then in its figure's legend): one estimate
        ratio_ep.setdefault(short, (e.endpoint_text, e.context))
        first.setdefault(key, f.sentence.start)
        loose.setdefault(bare, f.sentence.start)
        value_only.setdefault(short, f.sentence.start)
        out.append(e)
    return out


# a clause with a subject of its own after a median's values: ", and the duration of a high viral load (…) was"
# (not "…, whereas in unmethylated tumours it was 7.4 versus 7.1 months": the same median for another group)
_NEW_SUBJECT_CLAUSE = re.compile(r",\s+(?:and|while|whereas|but)\s+(?:the\s+)?(?!(?:median|corresponding|respective|"
                                 r"same|latter|former|difference|values?|times?|figures?|results?|numbers?|in|among|"
                                 r"for|with|at|after|to|from|by|on|of|it|they|this|these|those|that)\b)"
                                 r"[a-z][\w-]*(?:\s+[^\s,;()]+){1,8}?\s*(?:\([^()]*\)\s*)?(?:was|were)\b", re.I)
# a test's statistic before a number: "log rank χ21df 1·1", "chi-square = 3.2", "χ²(1) 4.5", "log-rank statistic 2.1"
_TEST_STATISTIC_BEFORE = re.compile(r"(?:(?:\u03c7|\bchi)[\s-]*(?:2|\u00b2|squared?)?(?:\s*\d*\s*d\.?f\.?)?"
                                    r"(?:\s*\(\s*\d+\s*\))?|"
                                    r"\b(?:log[- ]?rank|Wald|Cochran)\s+(?:test\s+)?statistic)\s*[=:,]?\s*$", re.I)
_TREATED_WITH = re.compile(r"\b(?:receiving|received|treated\s+with|given|assigned\s+to|allocated\s+to|"
                           r"randomi[sz]ed\s+to)\b", re.I)


def _arms_are_no_subgroups(ests: list[Estimate], doc: _Doc) -> list[Estimate]:
    """A "subgroup" whose words name one of the compared groups as treated ("patients treated with cetuximab plus
    radiotherapy and", "those given radiotherapy alone") is that group, an arm: the estimate is the whole trial's."""
    if not any(e.population_kind == "subgroup" and _TREATED_WITH.search(e.population_detail or "") for e in ests):
        return ests  # (most texts: the trial's arms are not looked for)
    arms = {a.lower() for e in ests for a in ((e.arm,) if e.measure == "median" else e.groups) if a and len(a) >= 4}
    arms |= {a.lower() for a in doc.named_arms or () if len(a) >= 4}
    out = []
    for e in ests:
        d = (e.population_detail or "").lower()
        if e.population_kind == "subgroup" and _TREATED_WITH.search(d) and (
                any(a in d for a in arms)
                # "shorter in patients who received GM-CSF (24 v 29 days; …)": the pair's other value is the whole
                # trial's, so the words name one compared group, not a subgroup of both
                or e.measure == "median" and any(
                    x is not e and x.measure == "median" and x.population_kind == "overall"
                    and x.endpoint_text == e.endpoint_text and abs((x.start or 0) - (e.start or 0)) < 40
                    for x in ests)):
            e = replace(e, population_kind="overall", population_detail=None)
        out.append(e)
    return out


# "not reached in either arm", "… in both groups", "… in any treatment group", "… in either group at the interim
# analysis": one statement for every arm
# (also "both" alone: "(14.2 months for both, P = 0.983)")
_EVERY_ARM = re.compile(r"(?P<q>both|either|each|any|all)(?:\s+(?:(?:treatment|study|trial|randomi[sz]ed)\s+)?"
                        r"(?:arms?|groups?|cohorts?)(?:\s+(?:at|in|after|during|by|for)\s.*)?|(?<=both)$)", re.I)
_UNNAMED_ARMS_NOTE = "printed once for both arms, which are not named here: one row per arm"
# "Median OS was never reached regardless of treatment" (its empty group "q": no count of arms, as "any arm")
_REGARDLESS_OF_ARM = re.compile(r"\s*(?:in\s+any\s+case\s+)?regardless\s+of\s+(?P<q>)(?:the\s+)?"
                                r"(?:treatment|arm|group|allocation|assignment)\b", re.I)
_PER_ARM_NOTE = "one row per arm from a statement for every arm"
# "12.1 months in Arm A and B": one value printed for two named arms
_TWO_NAMED_ARMS = re.compile(r"(?P<k>arms?|groups?)\s+(?P<a>[A-Z0-9]{1,3})\s+and\s+(?P<b>[A-Z0-9]{1,3})", re.I)
_UNIT_NOTE = "unit not printed with its interval: taken from the text's other medians"
_BOTH_NAMED_ARMS = re.compile(r"\bin\s+both\s+(?:the\s+)?(?P<a>[\w+/-]+(?:\s[\w+/-]+){0,3}?)\s+(?:group|arm)\s+and\s+"
                              r"(?:in\s+)?(?:the\s+)?(?P<b>[\w+/-]+(?:\s[\w+/-]+){0,3}?)\s+(?:group|arm)s?\b", re.I)


# "in both the drug A plus drug B and drug A alone groups": two arms that share the word "groups"
_BOTH_ARMS_SHARED = re.compile(r"\bin\s+both\s+(?:the\s+)?(?P<a>[\w+/-]+(?:\s(?!and\b)[\w+/-]+){0,4}?)\s+and\s+"
                               r"(?:the\s+)?(?P<b>[\w+/-]+(?:\s(?!and\b)[\w+/-]+){0,4}?)\s+(?:groups|arms|cohorts)\b",
                               re.I)


def _per_arm(ests: list[Estimate], doc: _Doc, norm: str) -> list[Estimate]:
    """A median printed once for every arm ("median OS was not reached in either arm", "median time to clinical
    stability was 4 days in both groups") becomes one median per arm, named after the arms of the text's other
    medians (the nearest ones first), else of the nearest ratio between two groups, else of the groups the document
    randomised; with no arms to name, "both"/"either" still makes two rows that keep the printed words (round 27; the
    protocol counts one median per arm) and "each"/"all" stays one row.
    A "not reached" whose interval prints a number but no unit ("not reached (95% CI 32.1-NE)") takes the unit
    of the text's other medians of the same end point, else of all its times to an event when they agree, and
    says so in ``note`` and ``checks`` (``unit_not_printed``); one with no number keeps no unit (measured: the
    labellers of our sets disagree on it)."""
    if not any(e.measure == "median" and (e.value is None or e.arm and (_EVERY_ARM.fullmatch(e.arm)
                                                                        or _TWO_NAMED_ARMS.fullmatch(e.arm)
                                                                        or e.arm.lower().startswith("both ")))
               for e in ests):
        return ests
    timed = [e for e in ests if e.measure == "median" and e.value is not None and e.unit]
    out: list[Estimate] = []
    for e in ests:
        if e.measure != "median":
            out.append(e)
            continue
        if e.value is None and e.unit is None and (e.ci_low is not None or e.ci_high is not None):
            same = {m.unit for m in timed if m.endpoint == e.endpoint and e.endpoint != "unknown"}
            events = {m.unit for m in timed if m.endpoint in _EVENT_TIME_CLASSES}
            unit = same.pop() if len(same) == 1 else events.pop() if not same and len(events) == 1 else None
            if unit:
                e = replace(e, unit=unit, note="; ".join(x for x in (e.note, _UNIT_NOTE) if x),
                            checks=(*e.checks, "unit_not_printed"))
        if e.arm and e.arm.lower().startswith("both ") and e.end is not None and \
                (bn := _BOTH_NAMED_ARMS.search(norm, max(0, (e.start or 0)), e.end + 120) or
                 _BOTH_ARMS_SHARED.search(norm, max(0, (e.start or 0)), e.end + 120)):
            # "2·6 months (95% CI …) in both the dacomitinib group and the erlotinib group": one row per named arm
            note = "; ".join(x for x in (e.note, _PER_ARM_NOTE) if x)
            out += [replace(e, arm=bn.group(x).strip(), note=note) for x in ("a", "b")]
            continue
        if two := _TWO_NAMED_ARMS.fullmatch(e.arm or ""):
            kind = two.group("k").rstrip("sS")
            note = "; ".join(x for x in (e.note, _PER_ARM_NOTE) if x)
            out += [replace(e, arm=f"{kind} {x}", note=note) for x in (two.group("a"), two.group("b"))]
            continue
        every = _EVERY_ARM.fullmatch(e.arm or "") or (
            _REGARDLESS_OF_ARM.match(norm, e.end or 0) if e.arm is None and e.value is None else None)
        arms = _arms_for_every(e, ests, doc) if every else []
        if every and e.value is not None and every.group("q").lower() not in ("both", "either"):
            arms = []  # ("12 days in each group": one row, as the labels have it, unless two are named by grammar)
        if every and (len(arms) == 2 or len(arms) > 2 and every.group("q").lower() not in ("both", "either")):
            note = "; ".join(x for x in (e.note, _PER_ARM_NOTE) if x)
            out += [replace(e, arm=a, note=note) for a in arms]
        elif every and every.group("q").lower() in ("both", "either") and \
                re.match(r"(?:both|either)\s+(?:(?:treatment|study|trial|randomi[sz]ed)\s+)?(?:arms?|groups?)\b",
                         e.arm or "", re.I):
            # "the median was not reached in either group": two medians, one per arm, even where the text names
            # neither arm here (each keeps the printed words as its arm, and says so)
            note = "; ".join(x for x in (e.note, _UNNAMED_ARMS_NOTE) if x)
            out += [replace(e, note=note), replace(e, note=note)]
        else:
            out.append(e)
    return out


def _arms_for_every(e: Estimate, ests: list[Estimate], doc: _Doc) -> list[str]:
    """The arms an every-arm statement at ``e`` is about, in the text's order: those of the medians nearest to it
    (the closest run of distinct arms), else the groups of the nearest ratio between two groups, else the trial's
    two."""
    at = e.start or 0
    named = sorted((m for m in ests if m.measure == "median" and m.value is not None and m.arm and m is not e
                    and not _EVERY_ARM.fullmatch(m.arm)), key=lambda m: abs((m.start or 0) - at))
    if named:
        ep = [m for m in named if m.endpoint == e.endpoint] or named
        near = sorted((m for m in ep if abs((m.start or 0) - at) <= abs((ep[0].start or 0) - at) + 400),
                      key=lambda m: m.start or 0)
        arms: list[str] = []
        for m in near:
            if m.arm and m.arm.lower() not in (a.lower() for a in arms):
                arms.append(m.arm)
        if len(arms) >= 2:
            return arms
    compared = sorted((r for r in ests if r.measure != "median" and len(r.groups) == 2 and r.covariate is None
                       and r.population_kind == e.population_kind), key=lambda r: abs((r.start or 0) - at))
    if compared:
        return list(compared[0].groups)  # (the nearest ratio's groups: the trial's two arms, or a subgroup's)
    return list(doc.named_arms or ())


@functools.lru_cache(maxsize=256)
def _cue(pattern: re.Pattern[str], sent: str) -> bool:
    return pattern.search(sent) is not None


def _positions(names: list[tuple[int, str]]) -> list[int]:
    return names.positions if isinstance(names, _Names) else [p for p, _ in names]


class _Names(list[tuple[int, str]]):
    """Trial names ``(offset, name)`` in text order, with their offsets for bisection."""

    positions: list[int]


_DEFINED_ABBREV = re.compile(r"(?P<long>(?:incidence\s+)?rate\s+ratios?|hazards?\s+ratios?|odds\s+ratios?|"
                             # ("adjusted relative incidences (RI)": a self-controlled case series' rate ratio)
                             r"risk\s+ratios?|relative\s+risks?|relative\s+incidences?)\s*[(\[]\s*"
                             r"(?P<ab>(?-i:[A-Z]{2,3}))s?\s*[)\]]|"
                             # ("VTE ((rate ratio) RR 1.38, 95% CI …)": the name in a bracket before the abbreviation)
                             r"[(\[]\s*(?P<long2>(?:incidence\s+)?rate\s+ratios?|relative\s+incidences?)\s*[)\]]\s*"
                             r"(?P<ab2>(?-i:[A-Z]{2,3}))\b", re.I)


_ARM_WITH_SIZE = re.compile(r"(?<![\w.-])((?-i:[A-Z][A-Za-z]{0,6}\d+(?:\.\d+)?|[A-Z]{2,6}\d*))"
                            r"(?:\s*\(\s*n\s*=\s*\d|\s*[;,]\s*n\s*=\s*\d)")  # "R5 (n=918)", "(A2.5; n=900)"
_DEFINED_VARIANT = re.compile(r"\b(?P<long>HR|OR|RR|hazard\s+ratio|odds\s+ratio)\s+(?:from|in|for|of)\s+[\w -]{2,40}?"
                              r"\s*\((?P<ab>(?-i:(?:HR|OR|RR)[A-Z]{1,2}))\)")
_DEFINED_OTHER = re.compile(r"\b(?:heart|pulse|respiratory|breathing|recurrence|response|relapse)\s+rates?\s*"
                            r"[(\[]\s*(?P<ab>(?-i:HR|RR|OR))\s*[)\]]", re.I)


# "The primary end point was X.", "primary outcome: X;", "The primary efficacy outcome was the composite of X"
_PRIMARY_DEFINED = re.compile(r"\bprimary\s+(?:efficacy\s+|composite\s+)?(?:end\s*-?\s*points?|outcomes?)"
                              r"(?:\s+measures?)?\s*(?:was|were|is|:)\s*"
                              # ("The primary end point was changed during the trial to the composite of …")
                              r"(?:(?:changed|amended|revised)\s+(?:during\s+the\s+(?:trial|study)\s+)?to\s+)?(?:the\s+)?"
                              r"(?:(?P<c>composite|combination|occurrence|incidence|rate)\s+of\s+(?:the\s+)?)?(?P<x>(?!(?:reduced|increased|lower|higher|similar|significantly|not|"
                              r"improved|met|achieved|observed|reached|better|worse|comparable)\b)"
                              r"[A-Za-z][^.;:()\[\]]{2,200}?)\s*(?:[.;]|\(|$)", re.I)
# (not "The primary efficacy outcome was reduced in non-ICU patients (…)": a result, not a definition)
# "at least one event in the primary composite endpoint": the end point, not "an event"
_EVENT_IN_ENDPOINT = re.compile(r"(?:at\s+least\s+one|one\s+or\s+more|an?|any)\s+(?:[\w-]+\s+)?events?\s+(?:in|of)\s+"
                                r"(?P<e>(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:end\s*-?\s*points?|outcomes?))\b", re.I)
# "The main secondary endpoint was the composite of A, B, and C." (for a later "reached this endpoint (…)")
_ENDPOINT_DEFINED = re.compile(r"\b(?:the\s+)?(?:(?:main|key|principal|major|first)\s+)?(?:primary|secondary)\s+"
                               r"(?:efficacy\s+|safety\s+)?(?:end\s*-?\s*points?|outcomes?)(?:\s+measures?)?\s*"
                               r"(?:was|were|is|:)\s*(?:the\s+)?(?P<x>(?:(?:composite|combination)\s+of\s+(?:the\s+)?)?"
                               r"[A-Za-z][^.;:()\[\]]{2,120}?)\s*(?:[.;]|\(|$)", re.I)
_THIS_ENDPOINT = re.compile(r"\b(?:this|that|the\s+same)\s+(?:composite\s+)?(?:end\s*-?\s*point|outcome)\b", re.I)
# an estimate's end point named only as "the primary outcome"
_PRIMARY_NAMED = re.compile(r"(?:the\s+)?(?:(?:fewer|more|less|lower|higher|reduced|increased)\s+)?"
                            r"(?:composite\s+)?primary[\s-]+(?:composite\s+)?(?:efficacy\s+)?"
                            r"(?:end\s*-?\s*points?|outcomes?)"
                            r"(?:\s+events?)?", re.I)  # ("fewer primary outcomes (HR …)": the same outcome)


# "The hazard ratio for death of the UFT/LV group against … was not significant (0.80; …)": the measure's outcome
_RATIO_FOR_BEFORE = re.compile(r"\b(?:hazards?\s+ratios?|odds\s+ratios?|relative\s+risks?|risk\s+ratios?|"
                               r"(?-i:HRs?|ORs?|RRs?))\s+(?:for|of)\s+(?:an?\s+|the\s+)?(?P<x>[a-z][\w' -]{2,40}?)\s+"
                               r"(?:of|in|for|with|between|among|against|was|were|is|compared)\b[^()\[\]]*"
                               r"(?:[(\[]\s*)?$", re.I)
# "…; that for the primary composite outcome was 0.67": the next end point of the same measure
_THAT_FOR = re.compile(r"\b(?:that|those|the\s+corresponding\s+(?:ratio|value|figure|estimate))\s+for\s+(?:the\s+)?"
                       r"(?P<x>[^,;()\[\]]{2,60}?)\s+(?:was|were|is|are)\s*$", re.I)
# a clause that speaks of the estimate before it: "The difference was not significant when …", "This effect …"
# (not "The benefit was seen within 24 h" after a harm: a benefit is the efficacy outcome's, not the estimate before)
# "… (OR …); B (OR …) were associated with overall failure": the outcome after a list of factors
_ASSOCIATED_AFTER = re.compile(r"[)\]]\s*(?:(?:were|was)\s+|"
                               r"(?=(?:(?:independently|significantly|all|also)\s+)*predicted\b))"
                               r"(?:(?:independently|significantly|all|also)\s+)*"
                               r"(?:associated\s+with|predictive\s+of|predictors?\s+of|predicted|risk\s+factors?\s+for)\s+"
                               r"(?:an?\s+)?(?:(?:increased|higher|greater|lower|reduced)\s+(?:risk|odds|likelihood)\s+"
                               r"(?:of|for)\s+)?(?P<x>[A-Za-z0-9][^,.;()\[\]]{1,60}?)"
                               r"(?=\s*[,.;(\[]|\s+(?:in|among|at|after|during)\b|$)", re.I)
# a verb before a list's items: then the items are what the verb's clause says, not the subjects of a verb after them
_VERB_BEFORE_ITEMS = re.compile(r"\b(?:was|were|is|are|had|has|have|associated|predicted|showed|reduced|increased|"
                                r"improved|decreased|lowered|included|occurred|did|found|observed)\b", re.I)
# "associated with shorter survival", "with higher 30-day mortality": the end point, not its direction
_DIRECTION_OF_SURVIVAL = re.compile(r"^(?:shorter|longer|worse|poorer|better|improved|higher|lower|increased|reduced|"
                                    r"decreased)\s+(?=(?:[\w-]+\s+)?(?:survival|mortality|death)\b)", re.I)
_MARGIN_AFTER = re.compile(r"\bnon-?inferiority\s+(?:margin|limit|boundary|bound)\s+(?:of\s+|was\s+|=\s*|:\s*)?"
                           r"(?P<v>\d\.\d+)(?!\d|\.\d|\s*(?:%|percent|g\b|mg|points?|percentage|mmol|mm|days?|weeks?))",
                           re.I)
# between two ratios of one sentence: only joining words and the next measure's name
_BARE_GAP = re.compile(r"(?:[\s,;:()\[\]]|\b(?:and|or|but|respectively|the|was|were|is|are|whereas|while|it|its|"
                       r"an?|(?:adjusted\s+)?(?:a?[HO]Rs?|a?RRs?|IRRs?|hazards?\s+ratios?|odds\s+ratios?|risk\s+ratios?|"
                       r"rate\s+ratios?|relative\s+risks?))\b)*[\d.]{0,4}", re.I)
_BACK_TO_EFFECT = re.compile(r"\b(?:the|this|that|these|such)\s+(?:(?:observed|overall)\s+)?(?:differences?|effects?|"
                             r"associations?|findings?)\b|"
                             # "We observed similar results in the per protocol population (risk ratio …)", "… was
                             # consistent with the main result (hazard ratio …)"
                             r"\b(?:similar|consistent|comparable|the\s+same)\s+(?:results?|findings|estimates?)\b|"
                             r"\bconsistent\s+with\s+the\s+(?:main|primary|overall)\s+(?:results?|analys[ie]s|findings?)\b|"
                             # "Valproate was not associated with a lower risk (HR 0.96 …)": the sentence before's risk
                             r"\b(?:an?|the)\s+(?:(?:significantly|statistically\s+significantly)\s+)?(?:lower|higher|"
                             r"reduced|increased|similar|greater|smaller)\s+risk\b(?!\s+(?:of|for)\b)", re.I)
_RESULTS_HEADING = re.compile(r"(?:^|\n|\.\s)(?:RESULTS?|FINDINGS|MAIN\s+RESULTS|Results|Findings)\s*(?:\(S\))?\s*:")
_GROUP_STOPWORDS = frozenset("""patients participants subjects those people persons individuals women men children
adults who whose with without were was had have the of in and or a an aged years year older younger than that
at least more less any all both""".split())


# where a group's name ends in a title: "… in adults", "…: a randomised trial", the title's end
_TITLE_TAIL = r"\s+(?:in|for|among|as|on|after|during|to|at)\b|\s*[,:;(.?]|\s*$"
# "Pomalidomide plus low-dose dexamethasone versus high-dose dexamethasone in …": the title's two groups
_TITLE_ARMS = re.compile(r"(?<![\w-])(?P<a>[^,:;()\[\]]{2,120}?)\s+(?:versus|vs\.?|compared\s+(?:with|to))\s+"
                         rf"(?P<b>[^,:;()\[\]]{{2,60}}?)(?=\s+(?:plus\s+\w+\s+in)\b|{_TITLE_TAIL})", re.I)
# "Pembrolizumab or Placebo Plus Etoposide and Platinum as First-Line Therapy …": a drug or its control, both with
# the same background treatment
_TITLE_OR_CONTROL = re.compile(r"(?<![\w-])(?P<a>[A-Za-z][\w-]*(?:\s[\w-]+){0,2}?)\s+or\s+"
                               r"(?P<b>placebo|sham|usual\s+care|standard\s+(?:of\s+)?care|no\s+treatment|observation)\b(?:\s+plus\s+"
                               rf"(?P<c>[^,:;()\[\]]{{2,60}}?))?(?={_TITLE_TAIL})", re.I)
# "were randomised (2:1) to receive drug A (n=96) or placebo (n=48)", "randomly assigned to A or B"
# ("… adults were assigned to four cycles of A added to consolidation chemotherapy or chemotherapy alone")
_RANDOMISED_ARMS = re.compile(r"(?:\brandom(?:i[sz]ed|ly\s+(?:assigned|allocated))|"
                              r"\b(?:were|was)\s+(?:assigned|allocated))\s+"
                              r"(?:\(?\d:\d\)?\s+|in\s+a\s+\d:\d\s+ratio\s+|"
                              # "randomised by hospital day to", "randomised 2,280 women having caesarean delivery to"
                              r"(?:by\s+[\w-]+(?:\s+[\w-]+)?|\d[\d,]*\s+(?:[\w-]+\s+){0,5}?[\w-]+)\s+)?"
                              r"(?:to|between)\s+(?:receive\s+|either\s+|treatment\s+with\s+)*(?P<a>[^,;:()\[\]]{2,80}?)"
                              # (a bracket of results between them is no randomisation: "those randomised to the NU
                              # (37.9%; RR 1.45 …) and SU (…)" compares each with a third arm)
                              # (a ratio's name in capitals: "(81 mg or 100 mg daily, aspirin group)" is a dose)
                              r"(?:\s*\((?![^()]*\b(?-i:HR|OR|RR|IRR)\b|\s*\d+(?:\.\d+)?\s*%)[^()]{0,40}\))?\s+"
                              r"(?:or|and|versus|vs\.?)\s+"
                              r"(?:to\s+)?(?P<b>[^,;:()\[\]]{2,60}?)"
                              r"(?=\s*\(|\s*[,;:.]|\s+(?:for|at|in|on|every|daily|once|twice|with|given|until|during|"
                              r"each|over)\b)", re.I)

# "patients received oral vandetanib 300 mg/d or matched placebo": a drug or its control
_RECEIVED_OR_CONTROL = re.compile(r"\breceived\s+(?:either\s+)?(?P<a>[^,;:()\[\]]{2,60}?)\s+or\s+(?:an?\s+)?"
                                  r"(?:matched\s+|matching\s+|identical\s+)?(?P<b>placebo|sham|vehicle)\b", re.I)
# a review's words: "this review", "review authors", "We included 26 … studies", "Four RCTs (1881 participants)" (the
# counted form found from its noun back: a scan from every word would cost more than the rest of the arms' search)
_REVIEW_WORDS = re.compile(r"\b(?:this|the|our|current|present)\s+(?:systematic\s+)?review\b|\breview\s+authors\b|"
                           r"\bwe\s+included\b|\b(?:included|eligible)\s+(?:\w+\s+)?(?:studies|trials|RCTs)\b|"
                           r"\b(?:studies|trials|RCTs)\s+(?:were\s+)?included\b", re.I)
_STUDIES_COUNTED = re.compile(r"\b(?:studies|trials|RCTs)\s*\(\s*\d", re.I)
_COUNT_BEFORE = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _review_words(norm: str) -> bool:
    """Whether a text speaks as a review of the studies it included."""
    return _REVIEW_WORDS.search(norm) is not None or any(
        _COUNT_BEFORE.search(norm, max(0, m.start() - 40), m.start()) for m in _STUDIES_COUNTED.finditer(norm))


# "We report the phase 3 X trial of post-transplant A maintenance versus placebo (n = 356)"
_TRIAL_OF_ARMS = re.compile(r"\b(?:(?:trial|study)\s+(?:of|comparing)\s+(?P<a>[^,;:()\[\]]{2,60}?)\s+(?:versus|vs\.?)|"
                            # "We compared fidaxomicin with vancomycin", "a trial comparing immediate with deferred X"
                            r"(?:\bwe\s+compared|\bcomparing)\s+(?:the\s+)?(?P<c>[^,;:()\[\]]{2,60}?)\s+"
                            r"(?:versus|vs\.?|with|to))\s+"
                            r"(?P<b>[^,;:()\[\]]{2,60}?)(?=\s*[(,;:.]|\s+(?:in|for|among|as)\b)", re.I)


_REVIEW_TITLE = re.compile(r"\b(?:systematic\s+review|meta-?analys[ie]s|pooled\s+analysis\s+of)\b", re.I)
_COUNT_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)"
_REVIEW_INCLUDED = re.compile(rf"\bwe\s+(?:included|identified|found)\s+{_COUNT_WORD}\s+(?:[\w-]+\s+){{0,3}}?"
                              r"(?:trials|studies|RCTs)\b|"
                              rf"\b{_COUNT_WORD}\s+(?:[\w-]+\s+){{0,3}}?(?:trials|studies|RCTs)\s+(?:\([^()]{{0,60}}\)\s+)?"
                              r"(?:(?:of|with|at)\s+[^.;()]{1,40}?\s+)?(?:were|was)\s+included\b|\bmet\s+(?:the\s+|our\s+)?inclusion\s+criteria\b|"
                              # "Only three of the included trials", "(3 studies, 3249 participants", "(n=968, 3 RCT,"
                              r"\b(?:the|of|all|most)\s+included\s+(?:trials|studies|RCTs)\b|"
                              rf"\b{_COUNT_WORD}\s+(?:[\w-]+\s+){{0,3}}?(?:trials|studies|RCTs)\s*,?\s*(?:involving|including|"
                              r"with|of)\s+[\d,]+\s+(?:participants|patients|people|women|men|children|infants|subjects)\b|"
                              r"[(;]\s*(?:n\s*=\s*[\d,]+\s*,\s*)?\d+\s+(?:trials?|stud(?:y|ies)|RCTs?)\s*[,;]", re.I)
# what makes a number another study's in a review too: earlier work, citations (not "a meta-analysis of these
# trials", "another trial", "one trial": the review's own included trials)
_REVIEW_BACKGROUND_CUE = re.compile(r"\b(?:previously(?!\s+(?:un)?treated\b)|prior\s+(?:studies|trials|reviews?)|"
                                    r"has\s+been\s+shown|have\s+shown|(?:has|have)\s+been\s+reported|"
                                    r"(?:earlier|previous|prior|published)\s+(?:studies|trials|reports|reviews?|"
                                    r"meta-analys[ie]s)|(?:a|the)\s+previous\s+(?:[\w-]+\s+){0,2}?(?:review|"
                                    r"meta-analysis)|et\s+al)\b", re.I)


class _Doc:
    """Trial names of a document and which are its own, found only when a number needs them."""

    def __init__(self, norm: str, sentences: list[_Sentence], given: Iterable[str] | None) -> None:
        self.norm, self.sentences, self.given = norm, sentences, given

    @functools.cached_property
    def names(self) -> list[tuple[int, str]]:
        return _trial_names(self.norm)

    @functools.cached_property
    def starts(self) -> list[int]:
        return [x.start for x in self.sentences]

    @functools.cached_property
    def models(self) -> frozenset[str]:
        """The ratios of the regression models the document names: ``HR`` for Cox or proportional hazards, ``OR``
        for logistic (read once, not per sentence)."""
        return frozenset("OR" if x.group().lower() == "logistic" else "HR" for x in _TIMES_MODEL.finditer(self.norm))

    @functools.cached_property
    def is_review(self) -> bool:
        """Whether the document is a systematic review or meta-analysis of its own: its title says so, or it
        reports the trials it included ("We included nine randomised trials involving 3122 people"). A trial or a
        pooled analysis "of eight trials" in it is then one of its own results, not another study's."""
        title = self.norm.split("\n", 1)[0] if "\n" in self.norm.strip() else ""
        return bool(_REVIEW_TITLE.search(title) or _REVIEW_INCLUDED.search(self.norm))

    @functools.cached_property
    def enrolled_words(self) -> frozenset[str]:
        """The words of the title, aims and methods (the text before its Results), lower-cased: what the
        document says of whom it studied."""
        head = _RESULTS_HEADING.search(self.norm)
        # (no Results heading: the title line, when the text has one)
        end = head.start() if head else self.norm.find("\n") if "\n" in self.norm.strip() else 0
        return frozenset(re.findall(r"[a-z0-9][a-z0-9-]+", self.norm[:max(end, 0)].lower()))

    def narrower(self, group: str | None) -> bool:
        """Whether a group of people names something the document's aims and methods never say of whom it
        studied ("Among the subjects with index cases of laboratory-confirmed influenza" in a trial of
        prevention in families): a part of the trial, even when its estimate is the text's first."""
        words = [w for w in re.findall(r"[a-z0-9][a-z0-9-]+", (group or "").lower()) if w not in _GROUP_STOPWORDS]
        if not words or not self.enrolled_words:
            return False  # (a passage of results alone does not say whom the trial enrolled)
        return sum(w in self.enrolled_words for w in words) * 2 < len(words)

    @functools.cached_property
    def openers(self) -> frozenset[str]:
        """The groups that open the document's result sentences ("For older patients, …", "Among twins, …")."""
        out = set()
        for x in self.sentences:
            sent = self.norm[x.start:x.end]
            # (and the clauses after a semicolon: "For ERBB2-negative patients, median PFS was …; for ERBB2-positive
            # patients, …")
            for at in [0] + [m.end() for m in re.finditer(r";\s*", sent)]:
                if (op := _OPENER.match(sent, at)) and (p := _opener_subgroup(sent, op.end())) is not None and \
                        p.detail:
                    out.add(p.detail.lower())
        return frozenset(out)

    def contrasted(self, group: str | None) -> bool:
        """Whether the document opens sentences with this group and with another one ("For older patients, …
        For younger patients, …", "Among singletons, … Among twins, …"): parts of the trial reported in turn,
        even when the Methods name them."""
        return bool(group) and len(self.openers) >= 2 and str(group).lower() in self.openers

    @functools.cached_property
    def abbreviations(self) -> dict[str, str]:
        """Measure abbreviations the document defines against their usual sense: "rate ratio (RR)" makes
        a later "RR=0.71" a rate ratio (IRR), not a risk ratio."""
        out: dict[str, str] = {}
        if not any(f"{b}{ab}" in self.norm for b in "([" for ab in ("RR", "HR", "OR", "IRR", "RI")) and \
                not _PREFIXED_ABBREV.search(self.norm) and "ratio) RR" not in self.norm:
            return out  # (a quick look: most documents define no abbreviation in a bracket; "(SRR)" has a prefix)
        for m in _DEFINED_ABBREV.finditer(self.norm):
            long, short = _measure_code(m.group("long") or m.group("long2")), (m.group("ab") or m.group("ab2")).upper()
            if _measure_code(short) != long:
                out[short] = long
        for m in _DEFINED_OTHER.finditer(self.norm):
            out.setdefault(m.group("ab").upper(), "")  # "heart rate (HR)", "respiratory rate (RR)": no ratio
        for m in _DEFINED_VARIANT.finditer(self.norm):
            # "the HR from retrospective analysis (HRR) was 1.19 …; (HRR=1.25, …)": a ratio's own abbreviation
            out.setdefault(m.group("ab").upper(), _measure_code(m.group("long")))
        return out

    @functools.cached_property
    def primary(self) -> str | None:
        """What the document defines as its primary end point ("The primary outcome was death, myocardial
        infarction, or ischaemic stroke at 30 days"), for a later "the primary outcome (HR …)"."""
        if "primary" not in self.norm.lower():
            return None
        m = _PRIMARY_DEFINED.search(self.norm)
        if m is None:
            return None
        x = _clean_endpoint(m.group("x"))
        # ("the composite of the total number of deaths from cardiovascular causes, hospitalizations …": a composite)
        return f"composite of {x}" if (m.group("c") or "").lower() in ("composite", "combination") else x

    @functools.cached_property
    def arm_labels(self) -> frozenset[str]:
        """Short group names the text gives with their size: "randomised to R2.5 (n=914), R5 (n=918) or HH18
        (n=952)" (a list label that is one of them names the compared group, not an end point)."""
        if "n=" not in self.norm and "n =" not in self.norm:
            return frozenset()
        return frozenset(m.group(1) for m in _ARM_WITH_SIZE.finditer(self.norm))

    @functools.cached_property
    def trial_arms(self) -> tuple[str, str] | None:
        """:attr:`named_arms`, a review's only from its title: it may compare many pairs in its text, and which one
        a ratio is for its sentence says."""
        return self._arms(True) if _review_words(self.norm) or self.is_review else self.named_arms

    @functools.cached_property
    def named_arms(self) -> tuple[str, str] | None:
        """The two groups the document says it randomised or compared, in its order: the title's "A versus
        B", else the Methods' "randomised to A or B"; None when neither names exactly two."""
        return self._arms(False)

    def _arms(self, review: bool) -> tuple[str, str] | None:
        body = self.norm[head.end():] if (head := _TITLE_HEADING.match(self.norm)) else self.norm
        title = body.split("\n", 1)[0] if "\n" in body.strip() else ""
        if title and not _TITLE_ARMS.search(title) and (oc := _TITLE_OR_CONTROL.search(title)) and \
                not re.search(r"\b(?:of|on|with|and)$", oc.group("a"), re.I):
            plus = f" plus {oc.group('c').strip()}" if oc.group("c") else ""
            a = _clean_arm(re.sub(r"^(?:of|with|on|for|in|and)\s+", "", oc.group("a"), flags=re.I))
            if a and not _NOT_A_GROUP.match(a):
                return a + plus, oc.group("b") + plus
        for text, pattern in ((title, _TITLE_ARMS), (self.norm, _RANDOMISED_ARMS), (self.norm, _TRIAL_OF_ARMS),
                              (self.norm, _RECEIVED_OR_CONTROL))[:1 if review else 4]:
            found = []
            for m in pattern.finditer(text):
                if pattern is _TITLE_ARMS and re.match(r",\s*[\w-]+(?:\s[\w-]+)?\s*,|,\s*and\b", text[m.end():]):
                    found.append(("", ""))  # "A versus B, C, D and E in …": a list the title does not close
                    continue
                # ("Meta-Analysis Comparing Double Versus Triple …": a study's words in title case too, but not "With")
                a = re.split(r".*\b(?:of|with|(?i:comparing|between)|using|:)\s+", m.group("a"))[-1] \
                    if pattern is _TITLE_ARMS else (m.group("a") or m.groupdict().get("c") or "")
                b_text = m.group("b")
                if a.lower().startswith(b_text.lower() + " ") and (
                        whole := re.match(r"[^,;:()\[\]]{2,80}?(?=\s*[(,;:]|\.(?:\s|$))", text[m.start("b"):])):
                    b_text = whole.group()  # "to radiotherapy with X or to radiotherapy with temozolomide"
                # ("… or B to investigate the probable reduction in X")
                b_text = re.sub(r"\s+to\s+(?:investigate|assess|evaluate|determine|compare|examine|test|study)\b.*$",
                                "", b_text, flags=re.I)
                # (not a dose before the name: "0.01 mg/kg of atropine")
                a, b = (_clean_arm(re.sub(r"\s+(?:given|administered|delivered)\b.*$|\s+(?:orally|intravenously|"
                                          r"subcutaneously|intramuscularly|topically)$|^\d+(?:\.\d+)?\s*(?:mg|µg|mcg|g|"
                                          r"ml|IU)(?:/(?:kg|m2|day|d))?\s+of\s+", "", x, flags=re.I))
                        for x in (a, b_text))
                if a and b and a.lower() != b.lower() and not any(
                        _NOT_A_GROUP.match(x) or re.search(r"\b(?:patients|trial|study|randomi[sz]ed|was|were|either|"
                                                           r"every)\b|^\d+(?:\s+to\b|$)|\bwith$|^(?:without|plus|and|or|"
                                                           r"with)\b|^\d+[.,]\d|^(?:years?|months?|weeks?|days?|"
                                                           r"hours?)$|\b(?:arms|groups|includes?|included)\b|"
                                                           r"\b\d+\s+to\s|\b(?:found|showed|reported|documented|did|"
                                                           r"that|respect|regard|possible)\b|"
                                                           r"\b(?:range|one)\s+of\b", x, re.I)
                        # (not "… years versus 2.2 years"; not "randomly assigned to the continuous therapy arms and
                        # includes protocol-defined updated results")
                        for x in (a, b)):
                    found.append((a, b))
            if len({(a.lower(), b.lower()) for a, b in found}) == 1 and found[0][0]:
                return found[0]
            if found:
                return None  # (two comparisons named: which one a ratio is for, the document must say)
        return None

    @functools.cached_property
    def mst_is_median(self) -> bool:
        """Whether "MST" is a median survival time here (not "magnesium sulfate treatment (MST)")."""
        d = _MST_DEFINED.search(self.norm) if "MST" in self.norm else None
        return d is None or re.search(r"median|survival", d.group("x"), re.I) is not None

    @functools.cached_property
    def ms_is_median(self) -> bool:
        """Whether the document defines "MS" as its median survival ("median survival (MS) of only 4.1 months")."""
        return "MS" in self.norm and _MS_DEFINED.search(self.norm) is not None

    @functools.cached_property
    def ranged_times(self) -> bool:
        """Whether the document prints two times as medians and their IQRs are (``_ranged_times``)."""
        return _ranged_times(self.norm)

    @functools.cached_property
    def median_abbreviations(self) -> frozenset[str]:
        """Abbreviations the document defines for a median ("the pooled median time to onset (PMT-O), resolution
        (PMT-R) …"; not "MST" nor "MS", read on their own): "the PMT-O of grade ≥3 events was longer (27.5 vs 8.4
        weeks …)" is then a median."""
        out = set()
        for m in _MEDIAN_ABBREV_DEFINED.finditer(self.norm):
            ab = m.group("ab")
            if ab in ("MST", "MS") or len(ab) < 3:
                continue
            out.add(ab)
            if "-" in ab:  # the list's next abbreviations with the same stem
                stem = ab.split("-")[0] + "-"
                out.update(x for x in re.findall(r"[(\[]\s*([A-Z][A-Za-z]*-[A-Z]+)\s*[)\]]", m.group("more"))
                           if x.startswith(stem))
        return frozenset(out)

    @functools.cached_property
    def outcome_abbreviations(self) -> frozenset[str]:
        """Abbreviations the document defines for a time to an outcome ("onset of action (OOA)", "time to first
        rescue analgesia (TFRA)"): "the median OOA time was 1 minute" is then an outcome's median."""
        out = set()
        for m in _ABBREVIATION_DEFINED.finditer(self.norm):
            long = _LONG_FORM.search(self.norm, max(0, m.start() - 90), m.start())
            if long and _OUTCOME_TIME.search(long.group()) and not _OUTCOME_TIME.search(m.group("ab")):
                out.add(m.group("ab"))
        return frozenset(out)

    @functools.cached_property
    def names_no_spread(self) -> bool:
        """Whether the document never names a range, an IQR, quartiles or percentiles, nor a CI at another level
        than 95% ("HR 1.08 (80% CI 1.01-1.17)"): its bare brackets after times to an event ("46.0 years
        (44.9-48.1)") can then only be their CIs."""
        return _SPREAD_NAMED.search(self.norm) is None and all(v == 95.0 for v in _levels(self.norm)[1])

    @functools.cached_property
    def medians_declared(self) -> bool:
        """"Data are median (IQR) unless stated otherwise": the document's summary values are medians."""
        return "median" in self.norm.lower() and _MEDIANS_DECLARED.search(self.norm) is not None

    @functools.cached_property
    def says_median(self) -> bool:
        """Whether the document calls some outcome time a median (not only its follow-up): then its per-arm
        times printed without the word ("PFS 7.0 vs 3.6 months") are read as medians too."""
        return any(not _FOLLOW_UP_AFTER.match(self.norm, m.end()) and not re.match(
            r"\s+(?:follow(?:ed)?[- ]?up|age)\b", self.norm[m.end():m.end() + 16], re.I)
            for m in _MEDIAN.finditer(self.norm))

    @functools.cached_property
    def own(self) -> set[str]:
        return _self_names(self.norm, self.names, self.sentences, self.given)


_LIKE_OTHER = re.compile(r"\b(?:consistent\s+with|in\s+line\s+with|similar\s+to|agree\w*\s+with|unlike|"
                         r"in\s+contrast\s+(?:to|with)|contrasts?\s+with(?:\s+(?:that|those)\s+of)?|"
                         r"differs?\s+from(?:\s+(?:that|those)\s+of)?|"
                         r"compar\w+\s+to\s+(?:that|those)\s+(?:of|in)|as\s+(?:in|reported\s+in))\s+(?:the\s+)?"
                         # "similar to that seen with clopidogrel in the CURE trial": a few words may come between
                         r"(?:(?:that|those)\s+(?:seen|observed|reported|found)\s+(?:with|in)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:in\s+)?(?:the\s+)?)?(?:\w+\s+){0,2}$", re.I)


# a Results sentence that goes on about the trial named in an earlier sentence ("In that trial, …")
_BACKREF = re.compile(r"\b(?:that|the\s+same|the\s+earlier|the\s+previous|the\s+former|the\s+latter|both)\s+"
                      r"(?:trials?|stud(?:y|ies)|analys[ie]s|cohorts?)\b", re.I)
_HISTORICAL_BRACKET = re.compile(r"\b(?:historical|previously\s+reported|published)\s+(?:\w+\s+){0,2}?"
                                 r"(?:controls?|data|cohorts?|series|patients|results|studies|trials)\s*"
                                 r"[(\[][^()\[\]]{0,40}$", re.I)


def _same_section(doc: _Doc, pos: int, s: _Sentence) -> bool:
    """Whether the sentence holding ``pos`` is in the same abstract section as ``s``."""
    j = bisect.bisect_right(doc.starts, pos) - 1
    return j >= 0 and doc.sentences[j].section == s.section


def _semicolons(norm: str, s: _Sentence) -> list[int]:
    """Offsets (in ``norm``) of the ';' of a sentence that are outside brackets."""
    if s.cuts is None:
        out, depth = [], 0
        for i in range(s.start, s.end):
            ch = norm[i]
            if ch in "([":
                depth += 1
            elif ch in ")]":
                depth = max(0, depth - 1)
            elif ch == ";" and depth == 0:
                out.append(i)
        s.cuts = out
    return s.cuts


def _clause_of(norm: str, s: _Sentence, pos: int) -> tuple[int, int]:
    """Offsets of the ';'-delimited clause (outside brackets) of the sentence that holds ``pos``."""
    cuts = _semicolons(norm, s)
    j = bisect.bisect_left(cuts, pos)
    return (cuts[j - 1] + 1 if j > 0 else s.start), (cuts[j] if j < len(cuts) else s.end)


_WE_BETWEEN = re.compile(r"\bwe\b|\bour\b|\bin\s+this\s+(?:trial|study)\b", re.I)
# "…0.70 (95% CI …), compared with 0.90 in the earlier phase 2 study": cues after this are the other number's
_COMPARED_AFTER = re.compile(r",?\s*\b(?:compared\s+(?:with|to)|than|versus|vs\.?)\s", re.I)


def _context(norm: str, s: _Sentence, pos: int, doc: _Doc,
             measured: bool = False) -> tuple[EstimateContext, str | None]:
    c_start, c_end = _clause_of(norm, s, pos)
    after = _COMPARED_AFTER.search(norm, pos, c_end)
    sent = norm[c_start:after.start() if after else c_end]
    # A design assumption is a planned number: it has no CI or P value of its own, and in a results
    # section the planning words come before it ("powered to detect an HR of 0.75").
    if not measured and (_DESIGN.search(norm, s.start, pos) if s.section in ("results", "conclusions")
                         else _cue(_DESIGN, sent)):
        return "design", None
    # The latest name earlier in the sentence, or else in the same paragraph ("The FALCON
    # study … Median PFS was …").
    names = doc.names
    i = bisect.bisect_left(_positions(names), pos) - 1
    if _HISTORICAL_BRACKET.search(norm, max(s.start, pos - 100), pos):
        return "background", None  # "compared with historical controls (median survival 6 months)"
    if i >= 0 and names[i][0] >= s.para_start:
        npos, name = names[i]
        in_sentence = npos >= s.start
        if in_sentence and _WE_BETWEEN.search(norm, npos, pos):
            return "result", None  # "Unlike the ABC trial, which found …, we saw no benefit (HR 0.97 …)"
        if in_sentence and _LIKE_OTHER.search(norm, max(s.start, npos - 70), npos):
            return "background", name  # "consistent with the ABC trial (HR 0.75)"
        if not in_sentence and (s.section in ("results", "conclusions") and (not _same_section(doc, npos, s)
                                                                          or not _BACKREF.search(sent))
                                or _cue(_OWN_CUE, sent)):
            pass  # a trial named in the background, or before "In this trial, …", does not own this result
        elif name.upper() in doc.own or doc.is_review and not _cue(_REVIEW_BACKGROUND_CUE, sent):
            return "result", name  # (a trial a review names is one it included: "The larger of these (The WOMAN
            # trial) …")
        else:
            return "background", name
    if _CITED_AFTER.search(norm, pos, min(len(norm), s.end + 2)) and not _cue(_OWN_CUE, sent):
        return "background", None  # "… (RR 1.51, 95% CI 1.15-1.97)[3]", "… (HR 0.89 …) [34].": a cited study's number
    if _cue(_OWN_CUE, sent):
        return "result", None
    if s.section == "background" and not _cue(_BACKGROUND_CUE, sent) and \
            _OWN_CUE.search(norm, s.para_start, s.start):
        return "result", None  # "Background and aims: In this study we … The median stay was …": its own
    background_cue = _cue(_BACKGROUND_CUE, sent)
    if background_cue and s.section != "background" and doc.is_review and not _cue(_REVIEW_BACKGROUND_CUE, sent):
        return "result", None  # "A meta-analysis of these three trials found … RR 1.00 (…)": the review's own result
    if s.section == "background" or background_cue:
        return "background", None
    return "result", None


_PEOPLE = re.compile(r"(?:(?:all|the)\s+)?(?:(?:(?-i:[a-z])[\w-]*\s+){0,2}(?:men|women)\b|"  # ("single men")
                     r"men|women|males|females|boys|girls|children|adolescents|adults|infants|"
                     r"mothers|fathers|newborns|babies|pregnant\s+women|"
                     r"(?:baseline\s+)?(?:(?:current|former|never|ex-?|non-?)\s*)?(?:smokers|drinkers)|"
                     r"neonates|age\s+groups?\s+\d+\s*(?:-|\u2013|to)\s*\d+(?:\s+years)?|(?:older|younger|elderly)\s+(?:men|women|adults|patients|people)|"
                     r"(?:patients|participants|subjects|people|individuals|those)(?=\s+(?:with|without|aged|who|older|"
                     r"younger|receiving|treated|on|achieving|undergoing|having)\b))(?:\s+(?:with|without|aged|who|"
                     r"older|younger|receiving|treated|on|achieving|undergoing|having)\b[^,;()]{0,60})?", re.I)


def _people(label: str | None) -> str | None:
    """A group of people named where an end point or a covariate would be ("for men", "in women
    aged 65 or older"), else None."""
    if not label:
        return None
    text = re.sub(r"^(?:for|in|among)\s+", "", label.strip(), flags=re.I)
    text = re.sub(r"\s+(?:was|were|is|are)$", "", text)  # "… and in the age group 75-90 years was 0.99"
    return text if _PEOPLE.fullmatch(text) and not _ENDPOINT_MENTION.search(text) else None


# a relative hazard's abbreviation before a value ("(RH 1.33, CI …", "RH for severe dementia 25.6"), see ``_normalise``
_RH_VALUE = re.compile(r"(?<![\w-])RH(?=s?\s*(?:for\s+[^,;()\[\]]{1,40}?\s*)?[=:,]?\s*\d*\.\d)")
# a table's end point glued to the ratio's name ("C-mabOSHR, 0.77"), see ``_normalise``
_GLUED_ENDPOINT_HR = re.compile(r"(OS|PFS)HR,")
# a value, a semicolon, then its CI's bracket ("stillbirths (1.5;(1.2-1.8))"), see ``_normalise``
_SEMICOLON_BRACKET = re.compile(r"(?<=\d);(?=\(\s*\d)")
# the groups' times, then the bracket of the hazard ratio that compares them: "36.3 vs 14.7 months (HR 0.29 …"
# (or after a semicolon: "40.5 vs. 16.2 months; HR 0.28; 95% CI …")
_HAZARD_RATIO_AFTER_TIMES = re.compile(r"(?:[^()\[\];.]|\.(?=\d)|(?<=\bvs)\.){0,40}?"
                                       r"(?:[(\[]\s*(?:[^()\[\];]{0,30}[;,]\s*)?|;\s*)"
                                       r"(?:(?:stratified|adjusted|unadjusted)\s+)?(?:HR|hazard\s+ratio)\b", re.I)
_CI_IN_NEXT_BRACKET = re.compile(rf"\s*[)\]]?\s*[(\[]\s*(?:(?P<lvl>\d{{2}}(?:\.\d+)?)\s?%\s*)?"
                                 rf"(?:CI|confidence\s+intervals?)\s*(?:of\s+|[:=,]\s*)?(?P<lo>{_NUM})\s*"
                                 # (or the excerpt's end)
                                 rf"(?:-|\u2013|to|,)\s*(?P<hi>{_NUM})(?![\d.])\s*(?:[)\]]|$)", re.I)
def _listed_after(sent: str, words: str, start: int, end: int) -> bool:
    """Whether ``words`` stand between ``start`` and ``end`` as an item of a list: after a comma, colon, semicolon,
    "and", "or" or the list's verb ("included", "were"), not after "risk of" or "worse"."""
    for m in re.finditer(re.escape(words), sent[start:end]):
        if re.search(r"(?:[,:;]|\band|\bor|\bincluded?|\bwere|\bwas)\s*$", sent[start:start + m.start()]):
            return True
    return False


# the outcome a text names its factors for: "risk factors for surgical site infection", "predictors of death"
_FACTORS_FOR_OUTCOME = re.compile(r"\b(?:risk\s+factors?|predictors?|prognostic\s+factors?)\s+(?:for|of)\s+"
                                  r"(?:an?\s+|the\s+)?(?P<x>[a-z][\w' -]{2,50}?)"
                                  r"(?=\s*[.,;:(]|\s+(?:after|in|among|were|was|and)\b)", re.I)
# factors named before the list of them: "risk factors included", "independent predictors of death were", "factors:"
_FACTORS_NAMED_BEFORE = re.compile(r"\b(?:(?:risk|prognostic|predictive|protective|independent|significant)\s+)?"
                                   r"(?:factors?|predictors?)(?:\s+(?:of|for)\s+(?:an?\s+|the\s+)?"
                                   r"(?P<x>[a-z][\w' -]{2,50}?))?\s*(?:\b(?:were|was|included|include|are|is)\b"
                                   # ("risk factors were associated with MMI: A [OR …], B [OR …]")
                                   r"(?:\s+(?:\w+ly\s+)?associated\s+with\s+(?P<y>[A-Za-z][\w' -]{1,40}?)\s*:)?|:)",
                                   re.I)
# an outcome associated with the factors after it: "12-month mortality was strongly associated with CFS 5-9 (HR …)"
_OUTCOME_ASSOCIATED_WITH = re.compile(r"(?:^|[,;:]\s*|\.\s+)(?:the\s+)?(?P<x>(?:\d+-(?:day|month|year)\s+)?"
                                      r"[a-z][\w' -]{2,40}?(?:mortality|death|survival|recurrence|relapse|"
                                      r"readmission))\s+(?:was|were)\s+(?:\w+ly\s+)?"
                                      r"associated\s+with\b", re.I)
_PRIMARY_ENDPOINT = re.compile(r"\bprimary\s+(?:end\s*-?\s*point|outcome)\s+(?:measure\s+)?(?:was|is)\s+(?:the\s+)?"
                               r"(?P<ep>[A-Za-z][^.;:()]{2,60}?)\s*(?=[(;,.]|\s+(?:and|with|by|in|at|as|for)\b)", re.I)


def _survival_endpoint_before(norm: str, s: _Sentence, sentences: list[_Sentence]) -> str | None:
    """The survival end point named in one of the two sentences before ``s`` (same paragraph) when those
    sentences print no ratio of their own: "The 2-year overall survival rates were 93.4 and 66.0 %. The
    differences were significant. The hazard ratio (HR) was 0.229" is a hazard ratio of overall survival."""
    k = bisect.bisect_left([x.start for x in sentences], s.start)
    for prev in reversed(sentences[max(0, k - 2):k]):
        if prev.paragraph != s.paragraph:
            break
        text = norm[prev.start:prev.end]
        if _MEASURE_WORD.search(text):
            return None
        named = [m.group() for m in _ENDPOINT_MENTION.finditer(text)
                 if re.search(r"surviv|\b(?:OS|PFS|DFS|EFS|RFS|TTP)\b|progression", m.group(), re.I)]
        if named:
            return named[-1]
    return None


# words of a ratio's end point that name a group instead ("… for the A and B group were …")
_ENDPOINT_BEFORE_GROUPS = re.compile(r"(?P<ep>.+?)\s+(?:in|among|for|with|between|across|favou?r(?:ed|ing|s)?)\s+"
                                     r"(?:the\s+)?\S.*$", re.I)
# (not "… events in any group", "… between the groups": the event, then where it was counted)
_GROUP_WORDS_NOT_ENDPOINT = re.compile(r"(?<!\bin\s)(?<!\bamong\s)(?<!\bacross\s)(?<!\bbetween\s)(?<!\bboth\s)"
                                       r"(?<!\beach\s)(?<!\bany\s)(?<!\ball\s)(?<!\bthe\s)(?<!\btwo\s)"
                                       r"\b(?:groups?|arms?|cohorts?)$", re.I)


def _in_sentence(norm: str, s: _Sentence, doc: _Doc,
                 sentences: list[_Sentence], prev_measure: str | None = None,
                 prev_ep: str | None = None, earlier: bool = False) -> list[_Found]:
    sent = norm[s.start:s.end]
    out: list[_Found] = []
    used: list[tuple[int, int]] = []

    # Ratios first: their CI and P numbers must not be read as medians.
    ratios = _find_ratios(sent, lambda: _level_before(norm, s.start), prev_measure,
                          doc.abbreviations if "(" in norm or "[" in norm else None)
    if ratios:
        for t in _TRIPLE.finditer(sent, ratios[-1].end):
            v, lo, hi = (M.number(t.group(k)) for k in ("val", "lo", "hi"))
            if v is not None and lo is not None and hi is not None and lo <= v <= hi:
                ratios.append(_Ratio(ratios[-1].measure, v, t.start(), t.end(), lo, hi, ep_text=ratios[-1].ep_text))
    if "times" in sent or "-fold" in sent:
        ratios = sorted(ratios + _times_ratios(sent, ratios, lambda: _level_before(norm, s.start), lambda: doc.models),
                        key=lambda r: r.start)
    if not ratios and "[" in sent:
        ratios = _bare_items(sent, s, norm, sentences)
    if not ratios and re.search(r"\s(?:vs\.?|versus)\s", sent):
        ratios = _counted_items(sent, s, norm, sentences)
    elif ratios and ("[" in sent[ratios[-1].end:] or _COMMA_ITEM.search(sent, ratios[-1].end)
                     or _COUNTS_THEN_ITEM.search(sent, ratios[-1].end)):
        ratios += _bare_items_after(sent, ratios)
    elif ratios and _SEMICOLON_ITEM.search(sent, ratios[0].end):
        ratios += _semicolon_items(sent, ratios)
    if ratios and "margin" in sent:
        # "(hazard ratio, 1.03; 95% CI, 0.89 to 1.19), which met the prespecified noninferiority margin of 1.25": the
        # margin of the ratio just reported, a design threshold on the same scale
        for mm in _MARGIN_AFTER.finditer(sent, ratios[0].end):
            before = [x for x in ratios if x.end <= mm.start()]
            if before and not any(x.start <= mm.start("v") < x.end for x in ratios) and \
                    (v := _float(mm.group("v"))) is not None and 0 < v <= 5:
                ratios.append(_Ratio(before[-1].measure, v, mm.start("v"), mm.end("v"), ep_text=before[-1].ep_text))
        ratios.sort(key=lambda r: r.start)
    used += [(r.start, r.end) for r in ratios]

    medians = _medians(sent, used, doc.medians_declared, doc.mst_is_median,
                       lambda: _time_ci_level_before(norm, s.start), lambda: doc.outcome_abbreviations,
                       lambda: doc.names_no_spread, "MS" in sent and doc.ms_is_median,
                       lambda: doc.median_abbreviations, doc.ranged_times)
    if medians and ("p" in sent or "P" in sent):
        # "… 5.1, 18.9 and 34.5 months, respectively (p = 0.001 and 0.03)": a list of P values, no time
        # (not "(0.6 versus 2.3 years, P=0.00004 and 1.1 versus 6 years, …)": a time after the P, its unit later)
        medians = [(pos, info) for pos, info in medians if not (_P_LIST_BEFORE.search(sent, max(0, pos - 60), pos)
                                                                and re.match(r"0?\.\d+\s*(?:[)\],;]|$)", sent[pos:]))]
    arms = [e for e in medians if e[1].get("arm")]

    assoc_outcome: str | None = None  # "X was associated with A (OR …), B (OR …)": X, the outcome of a factor list
    list_ep: dict[int, str | None] = {}  # a list's first value's end point, by where the list's first value starts
    plural_ranges = [(m.start(), m.end()) for m in _PLURAL_RANGE.finditer(sent)] if ratios else []
    for r in ratios:
        if r.lo is None and r.hi is None and (cb := _CI_IN_NEXT_BRACKET.match(sent, r.end)) and \
                _num_of(cb.group("lo")) <= r.value <= _num_of(cb.group("hi")):
            # "significant OR (0.61) (95% confidence interval of 0.45–0.82)": the CI in a bracket of its own after the
            # value's
            r.lo, r.hi, r.level = _num_of(cb.group("lo")), _num_of(cb.group("hi")), _float(cb.group("lvl")) or r.level
        if r.lo is None and any(a <= r.start < b for a, b in plural_ranges):
            continue  # "(ORs 2.21-5.96, P < 0.05)": the range of several ratios, none of them given (nor its upper
            # end: "(HRs=1.29–2.55)" gave a hazard ratio of 2.55)
        arm_label = None
        if r.ep_text and doc.arm_labels and r.ep_text.split()[-1] in doc.arm_labels:
            # "(HR; 95% CI R2.5: 0.87; 0.64 to 1.17; R5: 0.79; …)": the label is a randomised group
            arm_label = r.ep_text.split()[-1]
            r.ep_text = " ".join(r.ep_text.split()[:-1]) or None
        elif r.label and doc.arm_labels and r.label.split()[-1] in doc.arm_labels:
            arm_label = r.label.split()[-1]
        # "the HR (for death) for men was …": a subgroup, not an end point or a covariate
        tail = re.fullmatch(r"(?P<ep>.+?)\s+(?:for|in|among)\s+(?P<who>.+)", r.ep_text or "")
        if tail and _people(tail.group("who")):  # "for death for men": the end point, then the group
            r.ep_text, ep_people = tail.group("ep"), _people(tail.group("who"))
        else:
            ep_people = _people(r.ep_text)
            r.ep_text = None if ep_people else r.ep_text
        people = _people(r.label) or ep_people  # an item's own label before the head's group
        if people and (_cue(_PREDICTOR_CUE, sent) or _REFERENCE_BRACKET.search(sent)):  # (levels against a reference)
            r.label, people = people, None  # "in multivariable analysis, the HR for women was …": a covariate
        if people:
            r.label = None
        bracket_group = None if r.ep_text or r.label else _bracket_subgroup(sent, r.start)
        ep_text = _ratio_endpoint(r.ep_text) or (
            _nearest_endpoint(sent, r.start) if bracket_group or (not (r.ep_text or r.label) and (
                lab := _bracket_opening_label(sent, r.start)) is not None and _ANALYSIS_LABEL.search(lab))
            else _noun_before_bracket(sent, r.start))
        if not r.ep_text and (cp := _composite_before(sent, r.start)):
            ep_text = cp
        if not ep_text and not r.ep_text and out and out[-1].est.measure == r.measure and \
                out[-1].est.endpoint_text and (out[-1].est.start or 0) >= s.start and \
                re.search(r"[)\]]\s*,?\s*as\s+did\s+(?:the\s+)?[^()\[\];,.]{1,60}?\s*[(\[]\s*$",
                          sent[max(0, r.start - 80):r.start], re.I):
            ep_text = out[-1].est.endpoint_text  # "A increased uptake (OR …), as did B (OR …)": A's outcome
        if ep_text and not r.ep_text and not bracket_group and \
                (prior_med := [e for e in medians if e[0] < r.start and e[1]["endpoint_text"]]) and \
                sent.find(ep_text, prior_med[-1][0], r.start) >= 0 and \
                not (_OUTCOME_TIME.search(ep_text) or _ENDPOINT_MENTION.search(ep_text)):
            # "… versus 7·2 months (5·6-7·5) for placebo and vemurafenib (HR 0·58 …)": the words before the bracket
            # name the last group of the medians, whose end point the ratio compares
            ep_text = prior_med[-1][1]["endpoint_text"]
        if not ep_text and out and out[-1].est.measure == r.measure and out[-1].est.endpoint_text and \
                (ob := _enclosing_open(sent, r.start)) is not None and ob < (out[-1].est.start or s.start) - s.start \
                and not any((out[-1].est.start or s.start) - s.start < e[0] < r.start for e in medians):
            # "(HR [B:A] 0.89, …; HR [C:A] 0.91, …)": the bracket's next ratio keeps the first one's end point (not
            # an end point named later in the sentence)
            ep_text = out[-1].est.endpoint_text
        if r.heads_ep and r.head is not None and list_ep.get(r.head):
            ep_text = list_ep[r.head]  # "(A1C >8.5%: HR 1.64, …; A1C 7.5-8.4%: 1.00, …)": the head's end point
        if not ep_text and r.head is not None and not r.ep_text and list_ep.get(r.head):
            # "… more likely to have X with odds ratios of 1.83 (…), 2.19 (…) and 1.49 (…), respectively": a list's
            # later value has its first value's end point (not the words that happen to stand before it)
            ep_text = list_ep[r.head]
        if not ep_text:
            prior = [e for e in medians if e[0] < r.start]
            ep_text = prior[-1][1]["endpoint_text"] if prior else _own_or_nearest_endpoint(sent, r.start)
            if ep_text and _ADVERB_ONLY.fullmatch(ep_text):
                ep_text = None  # "…, as well as CC analysis (OR …)": an analysis, no end point
        if not ep_text and (fa := _FOR_AFTER_BRACKET.match(sent, r.end)) and not _people(fa.group("x")):
            ep_text = _clean_endpoint(fa.group("x"))  # "The adjusted HR was 0.72 (…) for the combined end point."
        if not ep_text and (eo := _EFFECT_ON_LATER.search(sent)) and eo.start() < r.start < eo.start("x") and \
                not _people(eo.group("x")):
            ep_text = _clean_endpoint(eo.group("x"))  # "… any effect of either A (OR …) or B (…) treatment on X"
        own = _FOR_IT_WAS.search(sent, 0, r.start) if r.anaphora and not r.ep_text else None
        if r.anaphora and not r.ep_text and not own and (own_subject := _SUBJECT_COMPARED.match(sent, 0, r.start)):
            # "The 8-year occurrence of death was greater after A than after B, … and the overall risk was not
            # significantly different (1·07, 0·82–1·40)": this sentence's outcome, not the ratio's before
            ep_text = _clean_endpoint(own_subject.group("x"))
        elif own and not _people(own.group("x")):
            ep_text = own.group("x")  # "the HR for progression or death was 0.55 (…); for death it was 0.81"
        elif r.anaphora and not r.ep_text and (rb := _RISK_OF_BEFORE_BRACKET.search(sent, max(0, r.start - 90),
                                                                              r.start)):
            # "… (OR 0.81, …). However, A introduced a higher risk of bleeding (1.46, 1.17–1.83, …)": the outcome
            # whose risk the bare bracket gives, not the ratio's before
            ep_text = _clean_endpoint(rb.group("x"))
        elif r.anaphora and not r.ep_text and (ix := _in_item_endpoint(sent, r.start)):
            ep_text = ix  # "There were corresponding reductions in X (0.77, …), in Y (0.76, …)": each item's outcome
        elif r.anaphora and not r.ep_text and not (_endpoint_mentions(sent)[0][:1] and
                                                 _endpoint_mentions(sent)[0][0] < r.start) and \
                not (ep_text and _REDUCED_BY_PERCENT.search(sent, max(0, r.start - 200), r.start)):
            # (but "…. Incidence of X was reduced by 50% (0.50, …)": this sentence's subject, whose change it is)
            ep_text = prev_ep  # "The HR for death was 0.90 (…). In the subgroup …, it was 0.62 (…)."
        if r.anaphora and not ep_text and out:
            ep_text = out[-1].est.endpoint_text  # "the HR for death was 0.80 (…); in women, it was 0.62 (…)"
        if not ep_text and not _EFFECT_NOT_OUTCOME.fullmatch(own_subject_text := _subject_before(sent, r.start) or "") \
                and not _ADVERB_ONLY.fullmatch(own_subject_text):
            ep_text = own_subject_text or None
        between = sent[out[-1].est.end - s.start:r.start] if not ep_text and out and out[-1].est.end is not None \
            else ""
        if not ep_text and out and out[-1].est.measure == r.measure and out[-1].est.endpoint_text and \
                not re.search(r"\b(?:to\s+(?:be|have|get|receive|use|report|develop)|was|were|had|has|have|did)\b",
                              between) and \
                re.fullmatch(r"[)\]]?\s*,?\s*(?:and|or)\s+[^()\[\];.]{1,60}[(\[]\s*", between):
            # "… in patients with visceral disease (HR 0.675 …) and primary resistance to prior ET (HR 0.686 …)": the
            # list's next item, the first one's end point (not "… and to have a college degree (OR …)": its own)
            ep_text = out[-1].est.endpoint_text
        if not ep_text and not out and (be := _BACK_TO_EFFECT.search(sent, _group_clause_start(sent, 0, r.start),
                                                                     r.start)) and \
                (own_subject := _SUBJECT_COMPARED.match(sent, 0, be.start())):
            # "The combined outcome of stroke or TIA was more common in A than in B, but the difference was not
            # significant (HR 1·37 …)": the difference of this sentence's own outcome, not the sentence before's
            ep_text = _clean_endpoint(own_subject.group("x"))
        if not ep_text and prev_ep and prev_measure == r.measure and not out and \
                _BACK_TO_EFFECT.search(sent, _group_clause_start(sent, 0, r.start), r.start):
            # "Mortality was lower (OR 0.63 …). The difference was not significant when … (OR 0.78 …)"
            ep_text = prev_ep
        if not ep_text and out and out[-1].est.measure == r.measure and out[-1].est.endpoint_text and \
                not out[-1].est.covariate and (_BARE_GAP.fullmatch(sent, (out[-1].est.end or 0) - s.start, r.start + 4)
                                               or _BACK_TO_EFFECT.search(sent, (out[-1].est.end or 0) - s.start,
                                                                         r.start)):
            # "… higher risk than men (RR, 1.98; 95% CI, 1.60 to 2.44; and RR, 1.28; …)": nothing between the two
            # but the next measure's name, or "…, although the association was less strong when … (adjusted HR 1.60
            # …)": the sentence's outcome goes on (not a list whose items name their own)
            ep_text = out[-1].est.endpoint_text
        if not r.ep_text and (rf := _RATIO_FOR_BEFORE.search(sent, _group_clause_start(sent, 0, r.start), r.start)) \
                and not _people(rf.group("x")):
            # "The hazard ratio for death of the A group against the B group was not significant (0.80; …)"
            ep_text = rf.group("x")
        if (that := _THAT_FOR.search(sent, _group_clause_start(sent, 0, r.start), r.start)) and \
                not _people(that.group("x")):
            # "the HR for death was 0.76 (…); that for the primary composite outcome was 0.67": no factor either
            ep_text, r.label = that.group("x"), None
        if not ep_text and (pf := _PREDICTOR_FOR_BEFORE.search(sent, max(0, r.start - 240), r.start)):
            ep_text = _clean_endpoint(pf.group("x"))  # "A and B were predictors for a pCR after X in a univariate …"
        if not ep_text and not r.label and _DESIGN.search(sent) and \
                (pe := [m for m in _PRIMARY_ENDPOINT.finditer(norm, 0, s.start)]):
            # "The primary end point was PFS. … A sample size of 154 patients would detect a hazard ratio of 0.64":
            # a planned ratio that names no end point is the primary end point's
            ep_text = _clean_endpoint(pe[-1].group("ep"))
        if not ep_text and r.measure == "HR" and not r.label and \
                (tb := _TIME_BENEFIT_BEFORE.search(sent, _last_break(sent[:r.start]) + 1, r.start)) and \
                re.fullmatch(r"[^()\[\]]*[(\[][^()\[\]]*", sent[tb.end():r.start]):
            ep_text = tb.group("ep")  # "survival was longer in A than in B (HR 1.60 …)": the time compared
        if not ep_text and r.measure == "HR" and not r.label and not out:
            ep_text = _survival_endpoint_before(norm, s, sentences)
        groups, direction = _ratio_comparison(sent, r, arms, norm)
        # ("ATV+COBI versus ATV+RTV ORs for virologic success …": the measure's name is no part of a group's)
        groups = tuple(re.sub(r"\s+(?:(?-i:a?HRs?|a?ORs?|a?RRs?|IRRs?)|(?:hazard|odds|risk|rate)\s+ratios?)$"
                              # ("C-mabOS HR": a table's end point glued to the group's, see ``_GLUED_ENDPOINT_HR``)
                              r"|(?<=[a-z])(?-i:OS|PFS)$", "", g, flags=re.I) for g in groups)
        if _no_group_pair(groups):
            # ("ELAD was associated with lower mortality compared with the control group (…: HR, 0.63": an outcome;
            # "… decreased odds of X compared with children in the control schools": people, not which group; "the
            # risk of disease progression compared with placebo" an end point; "levels greater than the median" a
            # threshold)
            groups, direction = (), "unknown"
        start = s.start + r.start
        context, subject = _context(norm, s, start, doc, r.lo is not None or r.hi is not None or r.p is not None)
        if r.label and _ENDPOINT_MENTION.fullmatch(r.label.strip()) and \
                re.search(r"\brespectively\b", sent[r.end:r.end + 120]):
            # "The HRs were 0.80 (…) and 0.90 (…) for OS and PFS, respectively": each value's end point, no factor
            ep_text, r.label = r.label.strip(), None
        population, covariate = _population(sent, r.start, r.label or _bracket_label(sent, r.start),
                                            later=bool(out or earlier))
        if population.kind == "overall" and r.head is not None:
            # "In subgroups defined by X, HRs of 0.66 (…; Q1); 0.26 (…; Q2)": the list's opener governs every item
            population = _population(sent, r.head, None, later=bool(out or earlier))[0]
        if r.heads_ep and r.label and r.head is not None and any(
                f.est.start == s.start + r.head and f.est.population_kind == "subgroup" for f in out):
            # "(A1C >8.5%: HR 1.64, …; A1C 7.5-8.4%: 1.00, …)": each item's label is its subgroup, as the head's is
            population, covariate = M.Population("subgroup", r.label), None
        if r.orient and r.label and covariate and population.kind in ("overall", "subgroup") and \
                not _ENDPOINT_MENTION.search(covariate):
            # "HRs (A/B) for OS were similar (0.67 for 800 mg/day; 0.68 for <800 mg/day)": a comparison of the arms
            # within each group the label names; the label is a subgroup, not a factor
            population = M.Population("subgroup", covariate if population.kind == "overall"
                                      else f"{covariate}; {population.detail}")
            covariate = None
        if covariate and population.kind == "overall" and _SUBGROUPS_HEAD.search(sent, 0, r.end):
            # "HR for OS with A versus B in prespecified subgroups were: receptor status (triple negative: 0.93, …":
            # each item's label names a subgroup, not a factor
            population, covariate = M.Population("subgroup", covariate), None
        am = _ASSOCIATED_SUBJECT.search(re.sub(  # ("… associated with A (adjusted OR = 1.28 …": the bracket before it)
            r"\b(?:adjusted|unadjusted|crude|multivariate|multivariable|univariate)\s*$", "",
            sent[max(sent.rfind(";", 0, r.start), sent.rfind(". ", 0, r.start), -1) + 1:r.start].lstrip(". "),
            flags=re.I)) \
            if re.search(r"associated|predicted|impacted|affected|influenced", sent) else None
        if am and not r.label and (covariate is None or covariate == ep_text or am.group("f") in covariate) \
                and not _people(am.group("f")) and not _IMPROVED_EVENT_TIME.match(am.group("ep")) \
                and not re.search(r"\b(?:treatment|therapy|intervention|randomi[sz]\w*|allocat\w*|group|arm|drug|"
                                  r"placebo)\b(?!\s+(?:failure|success|response|discontinuation|completion|"
                                  r"adherence|satisfaction)\b)", am.group("f"), re.I):  # (a trial's arm is no factor;
            # "treatment failure" is an outcome)
            # "a higher level of education was associated with improved EQ-5D score (OR 3.9 …)": the factor is
            # the clause's subject, the end point what it is associated with
            covariate = _clean_endpoint(re.sub(r"^\s*(?-i:[A-Z]{4,}(?:\s+[A-Z]{4,})?)\s+", "", am.group("f")))
            ep_text = _clean_endpoint(re.sub(r"^(?:an?\s+)?(?:(?:significantly|statistically\s+significantly)\s+)?"
                                             r"(?:lower|higher|increased|reduced|decreased|greater|smaller)\s+(?:risks?|"
                                             r"odds|likelihood|rates?|incidence|hazard)\s+(?:of|for)\s+", "",
                                             am.group("ep").strip(), flags=re.I))
            ep_text = _DIRECTION_OF_SURVIVAL.sub("", ep_text)
            if "associated" in am.group() and _LIST_CONTINUES.match(sent, r.end) and not re.match(
                    r"\s*(?:an?\s+)?(?:(?:significantly|statistically\s+significantly)\s+)?(?:lower|higher|increased|"
                    r"reduced|decreased|greater|smaller)\s+(?:risks?|odds|likelihood|rates?|incidence|hazard)\s+"
                    r"(?:of|for)\b", am.group("ep"), re.I) and not (  # (not "with a lower risk of X (HR …), with …")
                    # "Visceral metastases were associated with shorter survival (HR …), as was an ECOG score of 2
                    # (HR …)", "A was associated with higher 30-day mortality (OR …), and each day's delay …": the
                    # subject is the factor when what it is associated with is a survival or a death
                    re.match(r"[)\]]?\s*,?\s*as\s+(?:was|were|did)\b", sent[r.end:], re.I)
                    or re.search(r"\b(?:survival|mortality|deaths?|died)\b", am.group("ep"), re.I)
                    # "delayed graft function was associated with graft loss (HR …) and death (HR …)": outcomes
                    or ((nxt := _NEXT_ITEM.match(sent, r.end)) is not None
                        and _LABEL_IS_ENDPOINT.fullmatch(nxt.group("n").strip()) is not None)):
                # "Inadequate knowledge was independently associated with Saudi nationality (OR = 1.51 …), practice
                # level (…) and non Ob-Gyne specialty (OR = 5.40 …)": a list of factors; the subject is the outcome
                covariate, ep_text = ep_text, covariate
                assoc_outcome = ep_text
        elif assoc_outcome and covariate and (not ep_text or ep_text == covariate):
            ep_text = assoc_outcome
        elif not r.label and not covariate and out and out[-1].est.covariate and out[-1].est.measure == r.measure \
                and (aw := _AS_WAS_FACTOR.search(sent, max(0, r.start - 90), r.start)):
            # "A was associated with shorter survival (HR …), as was an ECOG score of 2 (HR …)": the next factor,
            # for the same end point
            covariate, ep_text = _clean_endpoint(aw.group("f")), out[-1].est.endpoint_text
        if not ep_text and (covariate or r.label) and (after := _ASSOCIATED_AFTER.search(sent, r.end)) and \
                not re.search(r"\.\s", sent[r.end:after.start()]):
            # "Previous OAB medication (OR 2.19 …); detrusor overactivity (OR 2.25 …) … were associated with overall
            # failure": the outcome named after the list of factors
            ep_text = _clean_endpoint(after.group("x"))
        elif ep_text and (not covariate or ep_text.lower() in covariate.lower()) and population.kind == "overall" \
                and (after := _ASSOCIATED_AFTER.search(sent, r.end)) \
                and not re.search(r"\.\s", sent[r.end:after.start()]) \
                and _clean_endpoint(after.group("x")).lower() != ep_text.lower() \
                and not _VERB_BEFORE_ITEMS.search(re.sub(r"\([^()]*\)|\[[^\[\]]*\]", "", sent[:r.start])):
            # "Heart rate of 110 or more (OR …), systolic blood pressure below 100 mm Hg (OR …) and elevated troponin
            # (OR …) were independently associated with 30-day death": each item a factor, the end point after them
            covariate = covariate or ep_text
            ep_text = _DIRECTION_OF_SURVIVAL.sub("", _clean_endpoint(after.group("x")))
        if covariate and (not ep_text or ep_text == covariate) and _OUTCOME_LIST_HEAD.search(sent, 0, r.start):
            ep_text, covariate = covariate, None  # "for any of the stated outcomes: SBR (aIRR 0.97 …), iMMR (…)"
        if (pb := _PASSIVE_BY.search(sent, max(0, r.start - 300), r.start)) and \
                (not ep_text or ep_text.lower() in pb.group("x").lower()):
            # "The good functional outcome was decreased by an age > 70 years (OR 0.56 …), NIHSS score > 10 (OR …)"
            ep_text = _clean_endpoint(pb.group("x"))
            if not covariate and (lb := _BY_FACTOR.search(sent, max(0, r.start - 80), r.start)
                                  or _LABEL_BEFORE.search(sent, max(0, r.start - 80), r.start)):
                covariate = _clean_endpoint(re.sub(r"^(?:by\s+)?(?:an?\s+|the\s+)?", "", lb.group("l").strip()))
        if not ep_text and (aw := _ASSOCIATION_WITH.search(sent, max(0, r.start - 200), r.start)):
            ep_text = _clean_endpoint(aw.group("x"))  # "no association with AML [GG vs. AA: OR 0.75 …]"
        if not ep_text and (eo := _EFFECT_AGAINST.search(sent, max(0, r.start - 120), r.start)):
            ep_text = _clean_endpoint(eo.group("x"))  # "a significant protective effect against mucosal damage (OR …"
        if covariate and (ell := _ELIDED_WITH.fullmatch(covariate)) and \
                "associated with" in sent[:r.start] and \
                re.search(r"[)\]]\s*,?\s*(?:and|while|whereas|but)\s+[^()\[\];]*[(\[][^()\[\]]*$", sent[:r.start]):
            # "A was associated with X (OR …) and B with Y (OR …)": the second clause leaves out its verb
            covariate, ep_text = ell.group("f"), _clean_endpoint(ell.group("ep"))
        if not covariate and not r.label and population.kind == "overall" and \
                (ff := _FACTOR_FOR.search(sent, max(0, r.start - 200), r.start)):
            # "In logistic regression having 6 or more examinations was the most significant risk factor for a
            # postoperative SSI (OR 6.8 …)": the factor is the clause's subject, the end point what it is a factor for
            covariate, ep_text = _clean_endpoint(ff.group("f")), _clean_endpoint(ff.group("y"))
        pm = _PREDICTORS_OF.search(sent, 0, r.start) if _FACTORS_LISTED.search(sent, 0, r.start) else None
        first = re.fullmatch(rf"\s*(?P<l>[A-Za-z][^,;()\[\]]{{1,60}}?)\s*[(\[]\s*{_ADJUSTED}",
                             sent[pm.end():r.start]) if pm else None
        inner = _ITEM_LABEL_IN_BRACKET.search(sent, max(0, r.start - 40), r.start) if pm and not covariate else None
        if pm and inner:
            covariate, ep_text = inner.group("l"), pm.group("x") or pm.group("y")  # "(SDNN: HR …; SDANN: HR …)"
            population = M.OVERALL if population.detail == covariate else population
        elif pm and first and not covariate and population.kind == "overall":
            covariate, ep_text = first.group("l"), pm.group("x") or pm.group("y")  # "… were presence of PFO (HR …)"
        elif pm and covariate and not ep_text and population.kind == "overall":
            ep_text = pm.group("x") or pm.group("y")  # "factors associated with X (n = 231): A (adjusted HR …), B (…)"
        elif pm and covariate and ep_text and (covariate.lower() in ep_text.lower()
                                               or ep_text.lower() in covariate.lower()):
            # "predictors of recurrent events were PFO (HR …), history of migraine (HR …)": the factor is
            # no end point; the end point is what it predicts
            ep_text = pm.group("x") or pm.group("y")
        elif pm and not covariate and population.kind == "overall" and (
                item := _ITEM_BEFORE_STATS.search(sent, pm.end(), r.start)):
            # "the best predictors of X were A (P = 0.02; relative hazard, 13.2), a lower B (P = 0.05; relative
            # hazard, 1.2)": each factor before its bracket
            covariate, ep_text = _clean_endpoint(item.group("l")), pm.group("x") or pm.group("y")
        elif pm and not covariate and population.kind == "overall" and \
                (ob := _enclosing_open(sent, r.start)) is not None and ob >= pm.end() and \
                re.fullmatch(r"(?:[^:;()\[\]]{1,30}:)?[^\d;:()\[\]]{0,30}", sent[ob + 1:r.start]) and \
                (lb := _LABEL_BEFORE.search(sent, pm.end(), ob + 1)) and \
                not (_ENDPOINT_MENTION.search(lb.group("l")) or _people(lb.group("l"))):
            # "… included in the final prognostic model for overall survival: Age (…: HR=1.18 …), …, corticosteroid
            # use (HR=1.42 …), multifocal disease (HR=1.63 …)": each factor before its bracket
            covariate, ep_text = _clean_endpoint(lb.group("l")), pm.group("x") or pm.group("y")
        if not ep_text and out and out[-1].est.measure == r.measure and out[-1].est.endpoint_text and \
                _same_bracket(sent[max(0, (out[-1].est.end or s.start) - s.start):r.start]):
            # "(Q 2: HR = 0.92, …; Q 3: HR = 1.03, …)": the next item of one bracket keeps the first's end point
            ep_text = out[-1].est.endpoint_text
        elif (not ep_text or not r.ep_text and not _ENDPOINT_MENTION.search(ep_text)) and out and \
                out[-1].est.endpoint_text and re.search(
                r"[)\]]\s*,?\s*(?:but|and|whereas)\s+(?:it\s+)?(?:was|were)\s+[^.;]*$",
                sent[max(0, (out[-1].est.end or s.start) - s.start):r.start]):
            # "(odds ratio for surgical referral, 0.17; …) but was greater in group A than in group B (odds ratio,
            # 3.56 …": a clause without its own subject continues the outcome before it
            ep_text = out[-1].est.endpoint_text
        later_verb = _PREDICTORS_AFTER.match(sent, r.end)
        noun = (_noun_before_bracket(sent, r.start) or _subject_before(sent, r.start)) \
            if ep_text and not covariate and not r.ep_text and later_verb else None
        if (not ep_text or covariate and (covariate.lower() in ep_text.lower()
                                          or ep_text.lower() in covariate.lower())
                or noun == ep_text and later_verb and _factors_then_verb(sent, r)) \
                and (pa := _PREDICTORS_AFTER.match(sent, r.end) or _EFFECT_AFTER_BRACKET.match(sent, r.end)) \
                and not re.match(r"[^()\[\]]*[)\]]\s*,?\s*(?:and|but)\s+(?:was|were|is|are)\b", sent[r.end:]):
            # (not "A improved PFS (HR …) and was associated with a trend toward improved OS (HR …)": the sentence's
            # subject goes on to its next outcome)
            # "A (HR …), B (HR …) and C (HR …) were independent predictors of X", "HCQ use (P = 0.005; HR 0.4; …)
            # reduced the risk of X" (the words before a later item's bracket are its factor, not its outcome)
            covariate = noun if noun is not None and noun == ep_text else covariate
            ep_text = pa.group("x")
        if _FACTORS_VERB_LATER.search(sent, r.end) and (fo := _outcome_opener_of_factors(sent, r)) and \
                (not ep_text or covariate in (None, ep_text) and ep_text == _noun_before_bracket(sent, r.start)):
            # "for postoperative complications, age ≥55 years (OR …), perforation (OR …) and open surgery (OR …) were
            # associated": the clause's opener is the outcome, each bracket's words a factor
            covariate, ep_text = covariate or ep_text, fo
        if ("actor" in sent or "redictor" in sent or "ssociated" in sent) and \
                (fl := _FACTORS_NAMED_BEFORE.search(sent, 0, r.start)
                 or _OUTCOME_ASSOCIATED_WITH.search(sent, 0, r.start)) \
                and (f_item := ep_text or (None if covariate else _noun_before_bracket(sent, r.start))) and \
                not (_ENDPOINT_MENTION.search(f_item) or _LABEL_IS_ENDPOINT.fullmatch(f_item)) and \
                (fl.group("x") or "").lower() != f_item.lower() and _listed_after(sent, f_item, fl.end(), r.start):
            # "Statistically significant risk factors included ischemic time ≥4 hours (HR = 1.11), …, donor cigarette
            # use (HR = 1.10)", "12-month mortality was strongly associated with CFS 5-9 (HR …)": the words before
            # each bracket name a factor, never an end point (nor does a list's earlier factor); the end point is the
            # one the factors are of, or none
            noun = _noun_before_bracket(sent, r.start) if ep_text else f_item
            covariate = covariate or (noun if noun == f_item else None)
            f_named = fl.group("x") or (fl.groupdict().get("y"))
            if not f_named and (f_before := list(_FACTORS_FOR_OUTCOME.finditer(norm, 0, s.start))):
                f_named = f_before[-1].group("x")  # "To determine risk factors for surgical site infection …. Risk
                # factors were obesity (OR …), …": the outcome the text's factors were named for
            ep_text = _clean_endpoint(f_named) if f_named else None
        if population.kind == "overall" and not people and not bracket_group and \
                (sex := list(_SEX_OPENER.finditer(sent, 0, r.start))):
            people = sex[-1].group("x")  # "For men, X was associated with a HR of 1.00, while for women, the HR …"
        if population.kind == "overall" and not people and not bracket_group and \
                (cut := _CUT_BEFORE_RATIO.search(sent, max(0, r.start - 60), r.start)):
            people = cut.group("g")  # "… except for low eGFR (eGFR < 30 mL/min/1.73 m2, HR: 1.38, …)"
        if not people and not r.label and not bracket_group and ep_text and \
                re.fullmatch(r"(?:[a-z][\w-]*\s+){1,2}(?:men|women)", ep_text):
            people, ep_text = ep_text, None  # "… highest for divorced (HR …) and single men (HR …)": who, not what
        if people:
            population, covariate = M.Population("subgroup", people), None
        elif bracket_group:
            population, covariate = M.Population("subgroup", bracket_group), None
        if population.kind == "overall" and (out or earlier):
            # a clause's opening group, except for the later items of one list whose first item was the text's
            # first estimate ("Among the 1954 participants without HF, HRs … were 1.21 (…), 0.71 (…) and 0.71 (…)"
            # share one population)
            same_list = bool(out) and not earlier and out[0].est.population == "overall" and \
                ";" not in sent[(out[0].est.start or s.start) - s.start:r.start]
            opener = None if same_list else _opener_subgroup(sent, r.start) or _median_group(sent, r.start)
            population = opener or _group_before_bracket(sent, r.start) or population  # "Patients with first-cycle
            # rash had better OS (HR …)", "… but not in women (HR …)"
        elif population.kind == "overall" and (opened_by := _opener_subgroup(sent, r.start)) and (
                re.search(r"\b(?:in|among)\s+those\s+(?:with|without|who|aged)\b", sent[max(0, r.start - 200):r.start],
                          re.I) or doc.narrower(opened_by.detail) and not _COUNTED_OPENER.match(
                    sent, _group_clause_start(sent, 0, r.start)) or doc.contrasted(opened_by.detail)):
            # "In those without a psychiatric history, the adjusted OR …": a part, also first (not "Among the 1954
            # participants without baseline HF" when the Methods say HF: the set analysed)
            # (nor "Among 5,880 children with bronchiolitis, …" opening the first result: the sample counted, all of
            # it)
            population = opened_by
        if population.kind == "overall" and (op := _enclosing_open(sent, r.start)) is not None and \
                (out or earlier or re.search(r"\bboth\s+[^()\[\]]{0,40}$", sent[max(0, op - 60):op])) and \
                (in_group := _group_before_bracket(sent, op + 1)) is not None:
            population = in_group  # "… in both premenopausal women (OR… 1.68 (…); OR… 1.19 (…)) and postmenopausal
            # women (…)": every item of the bracket is that group's
        if population.kind == "overall" and _CONTRAST_OF_GROUPS.search(sent) and \
                (contrasted := _CONTRASTED_GROUP.search(sent, max(0, r.start - 200), r.start)):
            # "Patients with X-negative tumors derived benefit (HR 0.24 …), while patients whose tumor did express X
            # did not (HR 1.02 …)": two parts of the trial, the first one too
            population = M.Population("subgroup", re.sub(r"^with\s+", "", contrasted.group("x").strip()))
        if population.kind == "overall" and (ex := _EXCEPT_IN.search(sent, max(0, r.start - 200), r.start)):
            population = M.Population("subgroup", ex.group("g"))  # "… or within subgroups, except in females, for
            # whom A was favored at Week 144 (OR 2.36 …)"
        if population.kind == "overall" and (bn := _BUT_NOT_IN.search(sent)) and bn.start("o1") < r.start < bn.end():
            # "reduced in non-ICU patients (…; RR 0.46 …) but not ICU patients (…; RR 0.92 …)": two parts of the trial
            population = M.Population("subgroup", bn.group("a") if r.start < bn.start("o2") else bn.group("b"))
            covariate = None if covariate in (bn.group("a"), bn.group("b")) else covariate
        if population.kind == "subgroup" and population.detail and (lv := re.search(
                rf"^[^.;]{{0,40}}?\bcompared\s+(?:to|with)\s+{_GROUP_NOUNS}\s+(?P<w>with|without)\b", sent[r.end:],
                re.I)) and (lv.group("w").lower() == "without" or re.search(r"[<>\u2264\u2265]", population.detail)):
            # "The OR in patients with LDL ≥ 115 mg/dl was 1.5 compared to patients with LDL < 100 mg/dl": two levels
            # of a factor compared, not a part of the trial
            population, covariate = M.OVERALL, covariate or re.sub(
                rf"^{_GROUP_NOUNS}\s+with\s+(?:an?\s+|the\s+)?", "", population.detail or "", flags=re.I)
        value_at = _NUM_AT_VALUE.search(sent, r.start, r.end + 1)
        if population.kind == "overall" and value_at and (
                after := _SUBGROUP_AFTER_VALUE.match(sent, value_at.end())) and not _people(after.group("g")):
            population = M.Population("subgroup", after.group("g"))  # "0.54 for the Europe subgroup"
            groups = tuple(re.sub(r"\s+for\s+the\s+.*$", "", g) for g in groups)
        if population.kind == "overall":
            population = _analysis_set(sent, r.start) or population
        if population.kind == "overall":
            population = _head_group(sent, r.start, bool(out or earlier), doc) or population
        if (not ep_text or not _ENDPOINT_MENTION.search(ep_text)) and \
                (ep_opener := _ENDPOINT_OPENER.match(sent, _group_clause_start(sent, 0, r.start))) and \
                _ENDPOINT_MENTION.fullmatch(ep_opener.group("ep")):
            ep_text = ep_opener.group("ep")  # "For OS, the HR was 0.75 for the Europe subgroup"
        elif not ep_text and (dep := _DEFINED_ENDPOINT_OPENER.match(sent, _group_clause_start(sent, 0, r.start))) and \
                dep.end() <= r.start + 12:
            ep_text = re.sub(r"^(?:end\s*-?\s*points?|outcomes?)\s+(?:of\s+)?(?:the\s+)?"
                             r"(?:first\s+occurrence\s+of\s+)?", "", dep.group("ep"), flags=re.I)
        if population.kind == "overall" and (sexed := _group_before_bracket(sent, r.start)) and \
                re.fullmatch(r"(?:wo)?men|(?:fe)?males|girls|boys", sexed.detail or "", re.I) and \
                re.search(r"\b(?:for|in|among)\s+\w+\s*[(\[][^()\[\]]{0,12}$", sent[max(0, r.start - 40):r.start]) and \
                re.search(r"\b(?:and|or|while|whereas|but)\s+(?:in\s+|for\s+)?(?:wo)?men|(?:fe)?males\b", sent[r.end:]):
            # "… similar for men (HR 2.55 …) and women (HR 2.00 …)": two sexes contrasted, the first one too
            population, covariate = sexed, None
        if population.kind == "overall" and covariate and \
                re.fullmatch(r"(?:wo)?men|(?:fe)?males|girls|boys", covariate, re.I) and \
                (sex_after := _SEX_AFTER_VALUE.match(sent, r.end)) and \
                sex_after.group("g").lower() == covariate.lower():
            # "The adjusted risk ratio for X … was 1.65 (95% CI 1.06-2.57) for men and 2.16 (…) for women": the
            # ratio within each sex, not sex as the factor
            population, covariate = M.Population("subgroup", covariate), None
        if population.kind == "subgroup" and covariate and population.detail and covariate.lower() == \
                population.detail.lower():
            covariate = None  # ("women (HR …)": the group, not also a factor)
        if population.kind == "overall" and (sga := _SUBGROUP_ANALYSES_OPENER.match(sent)):
            # "In subgroup analyses, X had a greater benefit in men (HR 0.75 …)": a subgroup, named or not (the
            # opening phrase governs its whole sentence)
            population = _group_before_bracket(sent, r.start) or M.Population(
                "subgroup", sga.group("g") if sga and sga.group("g") else None)
        elif population.kind == "overall" and (po := _POPULATION_OPENER.match(sent)) and po.end() <= r.start and \
                not _CLAUSE_GROUP_CHANGE.search(sent, po.end(), r.start):
            population = M.Population("subgroup", _opener_name(po))  # "In the PD-L1 ≥50% population, …"
        if population.kind == "overall" and (incl := _INCLUDING_GROUP.search(
                sent, max(0, r.start - 90), r.start)) and re.fullmatch(r"[^()\[\]]{1,70}?[(\[]\s*", incl.group("g")):
            # "…, including those at low risk (hazard ratio [HR] 0.54 …)": a part of the trial, also first
            population = M.Population("subgroup", re.sub(r"^(?:patients|those|participants|subjects)\s+(?:with\s+)?",
                                                         "", incl.group("g").rstrip(" ([")))
        if population.kind == "overall" and (rt := _RESTRICTED_TO.search(sent, 0, r.start)):
            # "Restricting the analysis to patients whose isolates' MICs were below 2 µg/mL resulted in a larger
            # risk ratio (1.64, …)": a part of the trial
            population = M.Population("subgroup", re.sub(rf"^{_GROUP_NOUNS}\s+(?:with|who|whose)\s+", "",
                                                          rt.group("g") or rt.group("w"), flags=re.I))
        if population.kind == "overall" and (ana_group := _ANAPHORA_GROUP.search(sent, 0, r.end)) is not None:
            population = M.Population("subgroup", ana_group.group("g"))  # "Equivalent values in men were 1.5(…), …"
        if (later_group := _LATER_CLAUSE_GROUP.search(
                sent[max(0, r.start - 150):value_at.start() if value_at else r.start])) is not None:
            # "In patients with TMB ≥ 16, the OS HR was 0.61 (…), and in those with TMB < 16 it was 0.89 (…)": the
            # clause's own group, not the sentence's opening one
            population, covariate = M.Population("subgroup", re.sub(r"^(?:with|who\s+(?:had|were))\s+", "",
                                                                    later_group.group("x").strip())), None
        if population.kind == "overall" and _PER_PROTOCOL_BEFORE.search(sent, max(0, r.start - 80), r.start):
            population = M.Population("per_protocol")  # "On-treatment analysis yielded similar results (HR 1.08 …)"
        if ep_text and re.fullmatch(r"(?:the\s+)?(?:per[- ]protocol|intention[- ]to[- ]treat|ITT|on[- ]treatment)"
                                    r"(?:\s+(?:population|analysis|set|cohort))?", ep_text, re.I):
            ep_text = out[-1].est.endpoint_text if out else None  # "in the ITT (…) or per protocol population (…)"
        if population.kind == "subgroup" and not r.ep_text and (  # (not a described outcome: "In an X group, the
                # cumulative incidence of first breast cancer of any type was …")
                _endpoint_class(ep_text) == "unknown"
                or _endpoint_class(ep_text) == "other" and len((ep_text or "").split()) < 3) \
                and not (ep_text and re.search(r"\b(?:outcomes?|end\s*-?\s*points?)\b", ep_text, re.I)) \
                and not any(p < r.start for p in _endpoint_mentions(sent)[0]):
            # "PFS was longer (HR 0.50 …). In patients with PD-L1 of 50% or more, the HR was 0.41 (…)": a
            # subgroup's ratio that names no end point is the main estimate's, printed just before it
            same = next((f.est for f in reversed(out) if f.est.measure == r.measure), None)
            if same is not None:
                ep_text = same.endpoint_text
            elif prev_measure == r.measure and prev_ep:
                ep_text = prev_ep
        if population.kind == "overall" and ep_text and (
                tail := re.fullmatch(r"(?P<ep>.+?)\s+(?:in|among)\s+(?P<who>.+)", ep_text)) and \
                (who := _people(tail.group("who"))):
            # "the predictors for unintentional injury in boys were …": the end point, then the group
            ep_text, population = tail.group("ep"), M.Population("subgroup", who)
        if (this := _THIS_ENDPOINT.search(sent, _group_clause_start(sent, 0, r.start), r.start)) and \
                (defined := [m for m in _ENDPOINT_DEFINED.finditer(norm, 0, s.start + this.start())]):
            # "The main secondary endpoint was the composite of A, B, and C. 301 … reached this endpoint (0.84 …)"
            ep_text = _clean_endpoint(defined[-1].group("x"))
        if ep_text and re.fullmatch(r"(?:an?\s+|any\s+)?events?", ep_text, re.I) and \
                re.search(r"event[- ]free\s+survival|\bEFS\b", norm, re.I):
            ep_text = f"{ep_text} (event-free survival)"  # "EFS was 82% …; the hazard ratio for an event was 0.86"
        elif ep_text and re.fullmatch(r"(?:an?\s+|any\s+)?events?", ep_text, re.I) and \
                len(named := {m.group(1).upper() for m in _ABBREV_EVENTS.finditer(norm, 0, start)}) == 1:
            # "we observed 352 DFS events among … This reflected an 18% reduction in the risk of an event (HR …)"
            ep_text = f"{ep_text} ({named.pop()})"
        if ep_text and _PRIMARY_NAMED.fullmatch(ep_text) and (
                defined_here := re.search(rf"{re.escape(ep_text)}\s*[(\[](?P<d>[A-Za-z][^()\[\]\d]{{3,120}}?)[)\]]",
                                          sent[:r.start], re.I)):
            # "the primary outcome (worsening heart failure or cardiovascular death) occurred in …": its definition
            ep_text = f"{ep_text} ({defined_here.group('d').strip()})"
        elif ep_text and _PRIMARY_NAMED.fullmatch(ep_text) and doc.primary:
            ep_text = f"{ep_text} ({doc.primary})"  # "the primary outcome (HR 1.08 …)": what the Methods call it
        if population.kind == "subgroup" and (tof := _THAT_OF_GROUP.match(sent, r.end)) and \
                (ga := _ASSIGNED_PEOPLE.fullmatch(population.detail or "")):
            # "The hazard ratio of death for patients receiving A was 1.17 (…) that of patients receiving B": the two
            # arms, A relative to B; the first is no subgroup
            groups, direction, population = (ga.group("a"), tof.group("b")), "text", M.OVERALL
        if arm_label and (ref := re.search(r"\b(?:versus|vs\.?|compared\s+(?:with|to)|relative\s+to)\s+(?P<b>\S+?)"
                                           r"[\s,;()]", sent[:r.start])) and ref.group("b") in doc.arm_labels and \
                ref.group("b") != arm_label:
            # "Respimat had a similar mortality risk versus HH18 (…, HR; 95% CI R2.5: 0.87; …; R5: 0.79; …)": each
            # labelled group against the reference named before
            groups, direction, covariate = (arm_label, ref.group("b")), "text", None
        elif not groups and r.label and (mv := _MEASURE_VS_GROUP.search(sent, 0, r.end)) and \
                (item_name := _clean_arm(r.label)) and \
                (ref_b := _clean_arm(mv.group("b"))) and item_name.lower() != ref_b.lower():
            # "The hazard ratios vs the control group were 0.32 (…) for diet A and 0.59 (…) for diet B": each item's
            # group against the reference the measure named (not a factor)
            groups, direction, covariate = (item_name, ref_b), "text", None
            ep_text = None if (_clean_arm(ep_text) or "").lower() == item_name.lower() else ep_text  # (a group)
        if not groups and not covariate and not r.label:
            groups, direction = _groups_listed(sent, r)
        if not groups and not covariate and not r.label and context == "result" and doc.trial_arms and \
                not _CHARACTERISTIC_SUBJECT.match(sent, _group_clause_start(sent, 0, r.start)):
            # the sentence names no groups: the two the document randomised, in its order (orientation unknown)
            groups, direction = doc.trial_arms, "unknown"
        if direction == "unknown" and len(groups) == 2 and r.measure == "HR" and \
                _endpoint_class(ep_text) in ("OS", "PFS", "DFS", "EFS", "RFS", "TTP", "IDFS") and \
                (fv := _FAVOURING.search(sent, max(0, r.start - 120), min(len(sent), r.end + 60))):
            # "The HR for death was 0.80 (…) in favour of drug A": a hazard of death or progression below 1 favours the
            # group it is of (above 1, the other)
            side = [g for g in groups if g.lower() in fv.group("x").lower() or fv.group("x").lower() in g.lower()]
            if len(side) == 1:
                other = groups[1] if side[0] == groups[0] else groups[0]
                groups, direction = ((side[0], other) if r.value < 1 else (other, side[0])), "inferred_from_arms"
        if context == "design" and direction != "text":
            groups, direction = (), "unknown"  # (a margin or an assumed ratio: no comparison inferred for it)
        if ep_text and population.kind == "overall" and (sp := _EP_FOR_SUBSET.fullmatch(ep_text)):
            ep_text = sp.group("ep")  # "PFS for the combined populations with mid or high X expression"
            population = M.Population("subgroup", re.sub(r"^with\s+", "", sp.group("who")))
        if ep_text and re.match(r"on\s+[a-z]", ep_text) and re.search(
                r"\b(?:effects?|impacts?|influence|benefits?)\s+(?:of\s+[^()\[\];]{1,60}?\s+)?on\b", sent[:r.start],
                re.I):
            ep_text = ep_text[3:]  # "no effect on adverse events (Peto OR …) nor on diarrhoea (Peto OR …)": the second
            # thing the effect was on (not a group treated "on dapagliflozin")
        if ep_text and _NOT_AN_OUTCOME.fullmatch(ep_text.strip()):
            ep_text = None  # "were lower with dapagliflozin (HRs 0.52, …)", "Day 7 (OR = 0.2 …)": a group or a time
        if covariate and _ANALYSIS_NAME.fullmatch(covariate.strip()):
            covariate = None  # "… using bivariate analysis (OR = 2.1 …) and multivariate analysis (OR = 1.6 …)"
        if not ep_text and not covariate and not r.label and \
                (wr := _WITH_RESPECT_TO.search(sent, max(0, r.start - 200), r.start)):
            ep_text = _clean_endpoint(wr.group("x"))  # "… with respect to male partner HIV testing using X (OR …)"
        if not ep_text and not covariate and not r.label:
            ep_text = _clause_outcome(sent, r.start)  # (the last resort: the sentence's clause shapes)
        if covariate and ep_text and covariate.strip().lower() == ep_text.strip().lower() and \
                re.search(rf"{re.escape(covariate.strip())}\s*[(\[][^()\[\]]*$", sent[:r.start], re.I):
            # one name before the bracket cannot be both; the labelled sets mostly name it as the end point ("no
            # effects on febrile illnesses (OR …), diarrhoea (…)", "associated with CHADS2 score and the development
            # of stroke (HR …)"; not "0.96 (…) for age; 0.21 (…) for ROUTE 1": factors after their values)
            covariate = None
        if covariate and (ie := _IMPROVED_EVENT_TIME.fullmatch(covariate)):
            # "…, improved MFS (HR …), and improved OS (HR …) compared with RP alone": an effect on an end point
            covariate, ep_text = None, re.sub(r"^\s*(?:significantly\s+)?\w+\s+", "", ie.group())
        elif ep_text and not covariate and (ie := _IMPROVED_EVENT_TIME.fullmatch(ep_text)):
            ep_text = re.sub(r"^\s*(?:significantly\s+)?\w+\s+", "", ie.group())  # "improved overall BPFS"
        note = f"one-sided {r.one_sided} limit" if r.one_sided else None
        if r.lo is not None and r.hi is not None and r.hi <= r.value <= r.lo and r.hi < r.lo:
            r.lo, r.hi, note = r.hi, r.lo, "CI printed high to low"  # "CI = 7.24-1.00"
        if ep_text and (_MEASURE_WORD.fullmatch(ep_text.strip()) or _NOT_AN_END_POINT_TEXT.search(ep_text)):
            # "The hazard ratio between the two treatments was not significantly different (HR …)"; "… score of pain
            # with HR= 1.11 (…) and dysphagia with HR = 1.12": another ratio's words; "more frequent with A,
            # regardless of the strategy adopted (RR …)": a qualifier
            group_words = re.match(r"\s*(?:in|among|by)\s", ep_text) is not None
            qualifier = re.match(r"\s*(?:regardless|irrespective)\s+of\b", ep_text) is not None
            ep_text = None
            if group_words and (subj := _SUBJECT_FEWER.match(sent, _last_break(sent[:r.start]) + 1, r.start)):
                ep_text = _clean_endpoint(subj.group("x"))  # "Ischaemic events were fewer in the active group (HR …)"
            elif qualifier and (q := sent.rfind(",", 0, r.start)) > 0 and \
                    re.match(r",\s*(?:regardless|irrespective)\s+of\b", sent[q:], re.I):
                ep_text = _subject_before(sent, q)  # "X were more frequent in A, regardless of … (RR …)": its X
        if ep_text and len(groups) == 2 and re.search(r"\s(?:versus|vs\.?)\s", ep_text, re.I) and \
                all(g.lower() in ep_text.lower() for g in groups):
            ep_text = None  # "The ORs for A versus B were 0.58 (…), 0.45 (…)": the list's comparison, no end point
        if ep_text and population.kind == "subgroup" and len(ep_text) > 3 and \
                ep_text.lower() in (population.detail or "").lower():
            ep_text = None  # "in the sub-group of 123 patients who had received prior chemotherapy (…, HR …)": the
            # subgroup's words, not an end point
        if ep_text and _NO_OUTCOME_WORDS.fullmatch(ep_text.strip()):
            ep_text = None  # "No difference (RR …)", "uncertain (RR …)", "four months (RR …)": words that name no
            # outcome; the end point is unknown rather than these
        if direction != "text" and _no_group_pair(groups):
            groups, direction = (), "unknown"  # (the same check for groups found by the later rules)
        if population.kind == "subgroup" and not covariate and not r.orient and \
                (gb := _GROUP_RIGHT_BEFORE.search(sent, max(0, r.start - 140), r.start)) and \
                _MODEL_CUE.search(norm, s.para_start, s.start + r.start) and \
                not _SUBGROUP_CUE.search(norm, s.para_start, s.end):  # (not a trial's subgroups, nor an interaction)
            # "All findings are from multivariable analyses. … odds of cessation were greater among those who
            # completed full time education at >16 years (OR = 1.82, …)": a model's factor, not a subgroup
            population, covariate = M.OVERALL, gb.group("g").strip()
        if ep_text and _GROUP_WORDS_NOT_ENDPOINT.search(ep_text):
            # "the adjusted HR for high-potency statin and ezetimibe group were 0.72 (…) and 0.96 (…), respectively":
            # the words name the groups, not what happened to them, and the end point is not said here; "progression
            # favoured the IAS group": the end point, then its groups
            head = _ENDPOINT_BEFORE_GROUPS.match(ep_text)
            ep_text = head.group("ep") if head else ep_text if _ENDPOINT_MENTION.search(ep_text) else None
        if ep_text and not _clean_endpoint(ep_text):
            ep_text = None  # ("a significant increase", the measure's own name: no outcome's words)
        list_ep.setdefault(r.start if r.head is None else r.head, ep_text)
        est = Estimate(measure=r.measure, value=r.value, endpoint=_endpoint_class(ep_text), endpoint_text=ep_text,
                       groups=groups, ci_low=r.lo, ci_high=r.hi, ci_level=r.level, p_operator=r.p_op,
                       p_value=r.p, context=context, subject=subject, start=start, end=s.start + r.end,
                       source="text", direction_source=direction, **_population_fields(population),
                       covariate=covariate or None, note=note,
                       checks=M.checks(r.measure, r.value, r.lo, r.hi, r.level, r.p_op, r.p))
        out.append(_Found(est, s))

    for pos, info in medians:
        start = s.start + pos
        context, subject = _context(norm, s, start, doc, info["lo"] is not None)
        v, lo, hi = info["value"], info["lo"], info["hi"]
        if lo is not None and any(r.lo == lo and r.hi == hi and r.start > pos for r in ratios):
            # "… 8.2 months in the A group with an unadjusted hazard ratio of 0.69 (95% CI, 0.48 to 0.97 …)": the
            # ratio's interval, not the time's
            lo, hi, info["level"] = None, None, None
        bracket_group = _bracket_subgroup(sent, pos)
        population = info["population"] or (M.Population("subgroup", bracket_group) if bracket_group else
                                             _population(sent, pos, None, later=bool(out or earlier))[0])
        if population.kind == "overall":
            population = _analysis_set(sent, pos) or population  # "In the per-protocol population (…), median …"
        if population.kind == "overall":
            population = _head_group(sent, pos, bool(out or earlier), doc) or population
        ep_words = info["endpoint_text"]
        if not ep_words and (enc := _enclosing_open(sent, pos)) is not None and \
                (host := [f.est for f in out if f.est.start is not None and enc - 40 <= f.est.start - s.start < enc]):
            # "… a hazard ratio (HR) of 0.82 (95% CI, …; median 6.24 months v 5.91 months)": the ratio's end point
            ep_words = host[-1].endpoint_text
        if population.kind == "overall" and ep_words and (sp := _EP_FOR_SUBSET.fullmatch(ep_words)):
            # "median PFS for the combined populations with mid or high X expression was …": that part's medians
            ep_words, population = sp.group("ep"), M.Population("subgroup", re.sub(r"^with\s+", "", sp.group("who")))
        elif population.kind == "overall" and ep_words and (sn := _EP_FOR_NAMED_SUBSET.fullmatch(ep_words)):
            # "The median survival duration for the stage IIIB subgroup was 7.9 months …": that subgroup's medians
            ep_words, population = sn.group("ep"), M.Population("subgroup", sn.group("who"))
        if population.kind == "overall" and ep_words and (
                tail := re.fullmatch(r"(?P<ep>.+?)\s+(?:in|among)\s+(?P<who>.+)", ep_words)) and \
                (who := _people(tail.group("who"))):
            # "the median survival in patients achieving CR was prolonged (92 weeks … vs 50 weeks …)"
            ep_words, population = tail.group("ep"), M.Population("subgroup", who)
        elif population.kind == "subgroup" and ep_words and population.detail and (
                tail := re.fullmatch(rf"(?P<ep>.+?)\s+(?:in|among|for)\s+(?:the\s+)?{re.escape(population.detail)}",
                                     ep_words, re.I)):
            ep_words = tail.group("ep")  # "progression-free survival among patients receiving first-line treatment"
        elif population.kind == "overall" and ep_words and (
                coh := re.fullmatch(r"(?P<ep>.+?)\s+(?:in|for)\s+(?P<who>(?:cohort|part|stratum)\s+(?-i:[A-Z]|\d)\d?)",
                                    ep_words, re.I)):
            ep_words, population = coh.group("ep"), M.Population("subgroup", coh.group("who"))  # "OS in cohort A"
        found_before = [f for f in out if (f.est.start or 0) < start]  # (the sentence's ratios come first in ``out``)
        if population.kind == "overall" and (found_before or earlier):
            # "Patients with Del19 tumours displayed better OS (median: 45.3 vs 33.3 months) than those with
            # L858R (31.4 vs 28.9 months)": after the main results, a group named before the values
            op = max(sent.rfind("(", 0, pos), sent.rfind("[", 0, pos))  # the bracket holding the value, if any
            at = op + 1 if op >= 0 and not re.search(r"[)\]]", sent[op:pos]) else pos
            # (the clause's opening group is not read for the later values of a list whose first value was the
            # text's first: "Among 731 patients with confirmed influenza, median time … was 53.4 h … and 77.1 h
            # …" share the population analysed)
            same_list = bool(found_before) and not earlier and found_before[0].est.population == "overall" and \
                ";" not in sent[(found_before[0].est.start or s.start) - s.start:pos]
            population = _group_before_bracket(sent, at) or (None if same_list else _median_group(sent, pos) or
                                                             _opener_subgroup(sent, pos)) or population
            # ("However, in survivors (…), median days on oxygen 37 versus 45 days …")
        elif population.kind == "overall" and (opened := _median_group(sent, pos) or _opener_subgroup(sent, pos)) and \
                (doc.narrower(opened.detail) or doc.contrasted(opened.detail)):
            population = opened  # the text's first times, for a group its Methods never name: a part of the trial
        if population.kind == "overall":
            # "median OS was 11.2 months with A versus 9.2 months with B in the LP52+ subgroup (HR …)": the group named
            # after the values, before the clause's bracket or its end
            stop = min([i for i in (sent.find("(", pos + 1), sent.find(";", pos), sent.find(". ", pos)) if i > 0]
                       or [len(sent)])
            tail_group = _SUBGROUP_AFTER_VALUE.search(sent, pos, stop)
            if tail_group and not _people(tail_group.group("g")) and not _WHOLE_GROUP.match(tail_group.group("g")):
                population = M.Population("subgroup", tail_group.group("g"))
        if population.kind == "overall" and info["arm"] is None and (fi := _FACTOR_NO_IMPACT.match(sent)) and \
                fi.end() <= pos and re.search(r"\brespectively\b", sent[pos:pos + 160]):
            # "Age had no significant impact on OS (11.8 months, 12.3 months, 11.7 months and 12.5 months,
            # respectively; …)": one median per level of the factor, none of them the trial's
            population = M.Population("subgroup", f"by {fi.group('f').strip().lower()}")
        if population.kind == "overall" and (sga := _SUBGROUP_ANALYSES_OPENER.match(sent)):
            # "In a prespecified subgroup analysis of X, … longer PFS (7.8 vs 5.9 months; …)"
            population = M.Population("subgroup", sga.group("g"))
        elif population.kind == "overall" and (po := _POPULATION_OPENER.match(sent)) and po.end() <= pos and \
                not _CLAUSE_GROUP_CHANGE.search(sent, po.end(), pos):
            population = M.Population("subgroup", _opener_name(po))  # "In the PD-L1 ≥50% population, …"
        seg_at = max(sent.rfind("(", 0, pos), sent.rfind("[", 0, pos), sent.rfind(";", 0, pos)) + 1
        if seg_at > 0 and (seg := _SET_LABEL_SEGMENT.match(sent[seg_at:pos])):
            # "… in both the ITT group and the sepsis subgroup (ITT group: 23 days … vs 20 days …; sepsis subgroup,
            # 23 days …)": each list segment opens with the set its values are for
            population = M.Population("subgroup", seg.group("s")) if seg.group("s") else \
                M.Population("per_protocol") if re.match(r"per|PP", seg.group("l"), re.I) else \
                M.Population("modified_itt") if re.match(r"m|modified", seg.group("l"), re.I) else M.OVERALL
        # a per-arm time never called a median: a time to an event (survival, "time to progression", a response's
        # duration) is read as its median, the summary such times are printed with, and says so in ``note``; any
        # other time ("length of stay 5 vs 7 days") is only a median when the text calls its times medians, and
        # otherwise stays "time": its summary (a mean?) is not stated and not guessed
        endpoint = _endpoint_class(ep_words)
        measure, med_note = "median", None
        if info.get("implied"):
            med_note = info.get("implied")
        elif not info["called_median"]:
            if endpoint in _EVENT_TIME_CLASSES or (ep_words and _EVENT_TIME_WORDS.search(ep_words)) or \
                    not ep_words and _HAZARD_RATIO_AFTER_TIMES.match(sent, info["end"]):
                # ("Drug A improved MFS: 36.3 vs 14.7 months (HR for metastasis or death 0.29 …)": times a hazard
                # ratio compares are times to an event)
                med_note = _IMPLIED_MEDIAN
            elif doc.says_median:
                med_note = _MEDIAN_ELSEWHERE
            else:
                measure = "time"
        est = Estimate(measure=measure, value=v, note=med_note,
                       endpoint=endpoint,
                       endpoint_text=ep_words or None, arm=info.get("arm"), ci_low=lo, ci_high=hi,
                       ci_level=info["level"], unit=info["unit"], value_text=info["value_text"], context=context,
                       subject=subject, start=start, end=s.start + info["end"], source="text",
                       **_population_fields(population),
                       checks=M.checks("median", v, lo, hi, info["level"], None, None)
                       + (("statistic_not_named",) if med_note else ())
                       + (("ci_not_named",) if info.get("ci_not_named") else ()))
        out.append(_Found(est, s))
        planned = context == "design" or context == "background" and _DESIGN.search(sent, info["end"]) is not None
        target = _PLANNED_TARGET.search(sent, info["end"]) if planned and v is not None else None
        if target and not any(a <= target.start("v") < b for a, b in used):
            # "Assuming a median of 10 months …, to detect an improvement to 14 months": the planned median
            tv = _float(target.group("v"))
            if tv is not None and _unit_norm(target.group("u")) == info["unit"]:
                out.append(_Found(replace(est, value=tv, arm=None, start=s.start + target.start("v"),
                                          end=s.start + target.end(), ci_low=None, ci_high=None,
                                          ci_level=None, checks=(), context="design", subject=None), s))
    out = _endpoints_of_median_pairs(_ratio_after_subgroup_medians(out, sent, s.start), sent, s.start)
    out = _unnamed_brackets_like_first(out, sent, s)
    out = _parallel_items_keep_endpoint(out, sent, s.start)
    if ";" in sent and any(f.est.measure == "median" for f in out):
        out = _ratio_after_group_times(out, sent, s.start)
    return out + _time_before_median_word(norm, s, doc, out) \
        if any(f"{u} median" in sent for u in ("month", "week", "day", "year", "hour")) else out


# the words right before a ratio's bracket, back to a comma, "and", "or", "for", "with", "than" or another bracket
_LABEL_BEFORE_BRACKET = re.compile(r"(?:^|.*(?:[,;(\[]|\b(?:and|or|for|with|than|of|to|in|among|versus|vs\.?)))\s*"
                                   r"(?P<lab>[A-Za-z][\w -]{0,50}?)\s*[(\[]\s*$", re.I | re.S)
# the words that make the next ones a group of people or a drug taken: "than", "with", "new use of", "users of"
_GROUP_CUE_BEFORE = re.compile(r"\b(?:than|with|versus|vs\.?|(?:new\s+)?use\s+of|users?\s+of|exposure\s+to|"
                               r"exposed\s+to|receiving|taking)\s+(?:the\s+)?$", re.I)
# between one item's bracket and the next item's words: ", ", ", and ", " or "
_ITEM_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?P<lab>[A-Za-z][\w -]{0,40}?)\s*[(\[]\s*$",
                         re.I)


def _parallel_items_keep_endpoint(out: list[_Found], sent: str, base: int) -> list[_Found]:
    """A list of ratios whose first item's words name a group, not its end point ("The risk of SJS was highest for
    new use of carbamazepine (OR 92.6, …), phenytoin (OR 49.9, …) and lamotrigine (OR …)"; "lower with A than B
    [HR …] or C […]"), its end point named before them in the sentence: the later items' words are groups of the
    same kind, and the items keep the first one's end point (not "phenytoin", "C"). Only where the first item's words
    follow a group's cue ("than", "with", "use of" …: not "for fatigue (…) and nausea (…)", "in cardiac surgery (…)
    and myocardial infarction (…)"), and not for an item whose words name an end point."""
    ratios = [i for i, f in enumerate(out) if f.est.measure != "median" and f.est.start is not None]
    for a, b in itertools.pairwise(ratios):
        first, nxt = out[a].est, out[b].est
        if first.measure != nxt.measure or not first.endpoint_text or not nxt.endpoint_text or \
                first.start is None or nxt.start is None or first.end is None:
            continue
        o1, o2 = _enclosing_open(sent, first.start - base), _enclosing_open(sent, nxt.start - base)
        if o1 is None or o2 is None:
            continue
        own = _LABEL_BEFORE_BRACKET.match(sent[:o1 + 1], max(0, o1 - 60))
        close = _enclosing_close(sent, o1 + 1, len(sent))
        item = _ITEM_JOINT.match(sent[:o2 + 1], close + 1) if close is not None else None
        if own is None or item is None or first.endpoint_text.lower() not in sent[:own.start("lab")].lower() or \
                not _GROUP_CUE_BEFORE.search(sent, max(0, own.start("lab") - 30), own.start("lab")) or \
                _ENDPOINT_MENTION.search(item.group("lab")) or \
                own.group("lab").lower() in first.endpoint_text.lower() or \
                first.endpoint_text.lower() in own.group("lab").lower() or \
                nxt.endpoint_text.lower() != item.group("lab").lower():
            continue
        named = sent.lower().rfind(first.endpoint_text.lower(), 0, own.start("lab"))
        if any(f.est.start is not None and named < f.est.start - base < o1 for f in out):
            continue  # (the end point was another estimate's: "side effects: RR 1.84 (…). … abstinence (RR 5.35 …)")
        out[b] = _Found(replace(nxt, endpoint_text=first.endpoint_text, endpoint=first.endpoint), out[b].sentence)
    return out


def _ratio_after_group_times(out: list[_Found], sent: str, base: int) -> list[_Found]:
    """The ratio printed after the groups' times in their bracket ("(median OS, A: 12.7 months; B: 8.4 months; HR 0.69
    …)") is of the times' end point and population (not of the last group's words, "B", nor a subgroup "A")."""
    for m in _GROUP_TIMES_THEN_RATIO.finditer(sent):
        times = [f.est for f in out if f.est.measure == "median" and f.est.start is not None
                 and m.start() <= f.est.start - base < m.end()]
        if len(times) != 2 or times[0].endpoint_text is None:
            continue
        close = _enclosing_close(sent, m.start("open") + 1, len(sent))
        for i, f in enumerate(out):
            e = f.est
            if e.measure != "median" and e.start is not None and m.end() <= e.start - base < (close or len(sent)):
                out[i] = _Found(replace(e, endpoint_text=times[0].endpoint_text, endpoint=times[0].endpoint,
                                        population_kind=times[0].population_kind,
                                        population_detail=times[0].population_detail), f.sentence)
    return out


# "ORR was 20% with a 7.2-month median response duration": the time as an adjective before "median" and its event
_HYPHEN_TIME_MEDIAN = re.compile(r"\b(?:a|an)\s+(?P<v>\d+(?:\.\d+)?)-(?P<u>month|week|day|year|hour)\s+median\s+"
                                 r"(?P<ep>(?:[\w-]+\s+){0,3}?(?:survival|response\s+duration|duration\s+of\s+"
                                 r"(?:\w+\s+)?response|time\s+to\s+(?:[\w-]+\s+){0,2}?(?:progression|recurrence|relapse|"
                                 r"failure|death)))\b", re.I)


def _time_before_median_word(norm: str, s: _Sentence, doc: _Doc, here: list[_Found]) -> list[_Found]:
    """"… with a 7.2-month median response duration": a time to an event printed as an adjective before the word
    "median" (and before the event it is the median of), where no estimate of the sentence already holds it."""
    sent = norm[s.start:s.end]
    taken = [(f.est.start or 0, f.est.end or 0) for f in here]
    out = []
    for m in _HYPHEN_TIME_MEDIAN.finditer(sent):
        start = s.start + m.start("v")
        if any(a <= start < b for a, b in taken):
            continue
        ep = m.group("ep")
        context, subject = _context(norm, s, start, doc, True)
        out.append(_Found(Estimate(measure="median", value=_num_of(m.group("v")), endpoint=_endpoint_class(ep),
                                   endpoint_text=ep, unit=_unit_norm(m.group("u")), context=context,
                                   subject=subject, start=start, end=s.start + m.end(), source="text",
                                   **_population_fields(_population(sent, m.start(), None)[0])), s))
    return out


# a later item of a list printed like its first, without the names: "… for urinary symptoms (median 36·9 months [95%
# CI 33·4 to NR] vs 25·9 [18·5 to 29·5]; HR 0·58 [95% CI 0·46 to 0·72]; p<0·0001) and bowel symptoms (33·2 [29·5 to
# NR] vs 25·9 [18·4 to 29·7]; 0·72 [0·59 to 0·89]; p=0·0018)"
_LIMIT = rf"(?:{_NUM}|{_NOT_REACHED_LIMIT})"
# how a text's statistic was read (not the consistency of its numbers): carried to the items read like it
_READING_CHECKS = frozenset({"statistic_not_named", "ci_not_named", "unit_not_printed"})
_TIMES_RATIO_BRACKET = re.compile(
    rf"(?P<ep>[A-Za-z][\w/-]*(?:\s+[\w/-]+){{0,5}}?)\s*\(\s*"
    rf"(?P<a>{_NUM})\s*\[(?P<alo>{_LIMIT})\s*(?:to|-|\u2013)\s*(?P<ahi>{_LIMIT})\]\s*(?:vs\.?|versus|v)\s*"
    rf"(?P<b>{_NUM})\s*\[(?P<blo>{_LIMIT})\s*(?:to|-|\u2013)\s*(?P<bhi>{_LIMIT})\]\s*;\s*"
    rf"(?P<r>{_NUM})\s*\[(?P<rlo>{_NUM})\s*(?:to|-|\u2013)\s*(?P<rhi>{_NUM})\]\s*(?=[;,)])", re.I)


def _unnamed_brackets_like_first(out: list[_Found], sent: str, s: _Sentence) -> list[_Found]:
    """Each later bracket of a list that prints two times with their CIs and then a ratio with its CI, without the
    names its first bracket gave ("median … months", "HR"), is read like that first one: the two groups' medians
    (in its unit and groups) and their ratio (its measure and comparison), for the outcome named before the bracket;
    only after such a first bracket in the same sentence, and never over a number already read."""
    if len(out) < 3 or "[" not in sent or ";" not in sent:
        return out
    ests = sorted((f.est for f in out if f.est.start is not None), key=lambda e: e.start or 0)
    first = next(((a, b, r) for a, b, r in zip(ests, ests[1:], ests[2:], strict=False)
                  if a.measure == b.measure == "median" and r.measure in _ABBREVS and a.unit and b.unit == a.unit
                  and a.value is not None and b.value is not None and (a.arm != b.arm or a.arm is None)
                  and (r.start or 0) - (b.end or 0) < 80
                  and ";" in sent[(b.end or 0) - s.start:(r.start or 0) - s.start]),
                 None)
    if first is None:
        return out
    a0, b0, r0 = first
    taken = [(e.start or 0, e.end or 0) for e in ests]
    extra: list[_Found] = []
    for m in _TIMES_RATIO_BRACKET.finditer(sent, (r0.end or 0) - s.start):
        if any(lo <= s.start + m.start("a") < hi or lo <= s.start + m.start("r") < hi for lo, hi in taken):
            continue
        ep = _clean_endpoint(re.sub(r"^(?:(?:and|or|as\s+well\s+as)\s+)?(?:(?:as\s+)?(?:assessed|measured)\s+"
                                    r"(?:by|with|on)\s+|for\s+|in\s+)?", "", m.group("ep"), flags=re.I))
        if not ep or _NOT_A_NOUN.search(ep):
            continue
        cls = _endpoint_class(ep)
        for g, tmpl in (("a", a0), ("b", b0)):
            v, lo, hi = _float(m.group(g)), _float(m.group(f"{g}lo")), _float(m.group(f"{g}hi"))
            level = tmpl.ci_level if lo is not None or hi is not None else None
            # (the consistency checks of these numbers, and the first bracket's reading of the statistic)
            extra.append(_Found(replace(tmpl, value=v, ci_low=lo, ci_high=hi, ci_level=level,
                                        endpoint_text=ep, endpoint=cls, p_operator=None, p_value=None,
                                        start=s.start + m.start(g), end=s.start + m.end(f"{g}hi") + 1,
                                        checks=(*M.checks("median", v, lo, hi, level, None, None),
                                                *(c for c in tmpl.checks if c in _READING_CHECKS),
                                                "named_by_list_first")), s))
        v, lo, hi = _float(m.group("r")), _float(m.group("rlo")), _float(m.group("rhi"))
        extra.append(_Found(replace(r0, value=v, ci_low=lo, ci_high=hi, endpoint_text=ep, endpoint=cls,
                                    p_operator=None, p_value=None, start=s.start + m.start("r"),
                                    end=s.start + m.end("rhi") + 1,
                                    checks=(*M.checks(r0.measure, v, lo, hi, r0.ci_level, None, None),
                                            "named_by_list_first")), s))
    return out + extra if extra else out


# two end points named, then one bracket of their median pairs in turn: "in terms of progression-free survival and
# overall survival under Epo-b treatment (median 6.5 vs 4.1 months and median 15.4 vs 8.4 months, respectively)"
_PAIRED_ENDPOINTS = re.compile(
    rf"(?P<e1>{_ENDPOINT_MENTION_BASE})\s+and\s+(?P<e2>{_ENDPOINT_MENTION_BASE})[^()\[\]]{{0,60}}?[(\[]\s*"
    rf"(?:median\s+)?(?P<a1>{_NUM})\s*(?:{_UNIT_WORDS}\s*)?(?:vs\.?|versus)\s*(?P<b1>{_NUM})\s*(?:{_UNIT_WORDS})?"
    rf"\s*(?:,?\s*and|[;,])\s*(?:median\s+)?(?P<a2>{_NUM})\s*(?:{_UNIT_WORDS}\s*)?(?:vs\.?|versus)\s*"
    rf"(?P<b2>{_NUM})\s*{_UNIT_WORDS},?\s*respectively\s*[)\]]", re.I)


def _endpoints_of_median_pairs(out: list[_Found], sent: str, base: int) -> list[_Found]:
    """Give each pair of medians in a "respectively" bracket the end point named for it, in order."""
    m = _PAIRED_ENDPOINTS.search(sent) if "espectively" in sent else None
    if m is None:
        return out
    where = {base + m.start(g): m.group(e) for g, e in (("a1", "e1"), ("b1", "e1"), ("a2", "e2"), ("b2", "e2"))}
    return [_Found(replace(f.est, endpoint_text=where[f.est.start], endpoint=_endpoint_class(where[f.est.start])),
                   f.sentence) if f.est.measure == "median" and f.est.start in where else f for f in out]


# what ends a sentence-opening group's reach: another group, or a contrast ("…, whereas in X it was …")
_GROUP_CHANGE = re.compile(r"\b(?:whereas|while|but|in\s+contrast|by\s+contrast|"
                           r"compared\s+with\s+(?:those|patients))\b|"
                           r";\s*(?:in|among|for)\b|\b(?:in|among|for)\s+(?:the\s+)?(?:patients|those|participants|"
                           r"subjects|women|men|children|subgroups?|cohorts?|overall|all|whole|entire|total|ITT|"
                           r"intention)\b", re.I)


# a later clause for another group: "…; in the cohort without X, the hazard ratio was …", "…, whereas in Y …"
_CLAUSE_GROUP_CHANGE = re.compile(r"\b(?:whereas|while|in\s+contrast|by\s+contrast)\b|[;,]\s*(?:(?:and|but)\s+)?"
                                  r"(?:in|among|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:patients|those|participants|"
                                  r"cohort|subgroup|subset|population)\b", re.I)
# a value printed with its own set ("16·6 months (95% CI …) in the whole population and 22.3 months (…) in the
# non-visceral one"): not one group's pair
_OWN_GROUP_IN_SPAN = re.compile(r"\s(?:in|among|for)\s", re.I)
# patients with a characteristic compared with the others: "Patients with high miR-21 had worse PFS (3.5 vs. 12.7
# months) and OS (5.1 vs 15.3 months) compared to patients with low miR-21": each value is one of the two sets'
_OTHER_PATIENTS_COMPARED = re.compile(r"\b(?:compared|as\s+compared)\s+(?:to|with)\s+(?:the\s+)?(?:patients|those|"
                                      r"participants|women|men|children)\b", re.I)
# a subgroup's text that names a randomised group ("among those receiving X", "patients treated with A and"): not spread
_ARM_LIKE_DETAIL = re.compile(r"\b(?:receiving|received|treated\s+with|given|assigned|allocated|randomi[sz]ed)\b|"
                              r"\b(?:and|or)$", re.I)


def _same_group_through_sentence(out: list[_Found], sent: str, base: int) -> list[_Found]:
    """A pair of medians printed together is one group's ("(median PFS, 12 v 22 months; …)"), and the estimates of one
    sentence that the group named before its first one covers share it: "In high-risk patients with X, A improved PFS
    from a median of 13 months to 30 months (HR …) and OS from a median of 21 months to 54 months (HR …)" (all six
    numbers are that group's), up to another group or a contrast ("…, whereas in Y it was …")."""
    if len(out) < 2:
        return out
    ests = sorted(out, key=lambda f: f.est.start or 0)
    for i in range(1, len(ests)):
        a, b = ests[i - 1].est, ests[i].est
        if a.measure == b.measure == "median" and a.endpoint_text == b.endpoint_text and \
                {a.population_kind, b.population_kind} == {"overall", "subgroup"} and a.end is not None and \
                not _ARM_LIKE_DETAIL.search((a.population_detail or "") + (b.population_detail or "")) and \
                a.start is not None and not _OWN_GROUP_IN_SPAN.search(sent, a.start - base, a.end - base) and \
                b.start is not None and re.fullmatch(r"\s*(?:[\w.]+\s*)?(?:v|vs\.?|versus|and|to)\s*",
                                                    sent[a.end - base:b.start - base]):
            sub = a if a.population_kind == "subgroup" else b
            ests[i - 1], ests[i] = (_Found(replace(x.est, population_kind="subgroup",
                                                   population_detail=sub.population_detail), x.sentence)
                                    for x in (ests[i - 1], ests[i]))
    first = ests[0].est
    if first.population_kind == "subgroup" and first.start is not None and first.population_detail and \
            0 <= sent.find(first.population_detail) < first.start - base and \
            not _ARM_LIKE_DETAIL.search(first.population_detail) and \
            not _OTHER_PATIENTS_COMPARED.search(sent):  # (the group named before the values)
        for i, f in enumerate(ests[1:], 1):
            e = f.est
            if e.population_kind == "overall" and e.covariate is None and e.start is not None and \
                    not _GROUP_CHANGE.search(sent, first.start - base, e.start - base):
                ests[i] = _Found(replace(e, population_kind="subgroup", population_detail=first.population_detail),
                                 f.sentence)
    return ests


# after a pair of times and their bracket, the group they are for: "7·6 and 5·6 months (HR, 0·74, …) among patients
# with CPS of 1 or more and 7·5 and 5·6 months (HR, 0·82, …) among the intention-to-treat population"
_GROUP_AFTER_PAIR = re.compile(rf"\s*(?:{_UNIT_WORDS})?(?:\s+with\s+[\w+/.-]+(?:\s[\w+/.-]+){{0,2}}?)?"
                               # ("8.3 and 5.6 months, respectively (HR …), in wild-type tumors")
                               r"(?:,?\s*respectively)?"
                               r"\s*(?P<br>[(\[](?:[^()\[\]]|[(\[][^()\[\]]*[)\]])*[)\]])?,?"
                               r"\s+(?:among|in|for)\s+(?:the\s+)?(?P<g>(?:patients|participants|those)\s+(?:with|without|"
                               r"who)\s+[^,;()\[\]]{2,60}?|(?:intention[- ]to[- ]treat|ITT|overall|whole|total|"
                               r"all[- ]randomi[sz]ed)\s+population|all\s+(?:randomi[sz]ed\s+)?patients|"
                               # ("… (HR …) in EGFR wild-type tumors": a kind of tumour)
                               r"(?!the\b|both\b|each\b|all\b)[\w+/-]+(?:\s[\w+/-]+){0,3}?\s+(?:tumou?rs|cancers|"
                               r"subgroup|subset|stratum))"
                               r"(?=\s+and\s+\d|\s*[.;,]|\s*$)", re.I)


def _pairs_then_group(out: list[_Found], sent: str, base: int) -> list[_Found]:
    """Each pair of times printed without groups and followed by the set they are for ("… among patients with CPS of
    1 or more and 7·5 and 5·6 months (…) among the intention-to-treat population") takes that set, and so does the
    ratio in the bracket between the pair and the set's name."""
    ests = sorted(out, key=lambda f: f.est.start or 0)
    for i in range(1, len(ests)):
        a, b = ests[i - 1].est, ests[i].est
        if a.measure != "median" or b.measure != "median" or a.end is None or b.start is None or \
                a.arm and not (b.arm and b.arm != a.arm) or \
                not re.fullmatch(r"\s*(?:(?:with|in|for)\s+(?:the\s+)?[\w+/.-]+(?:\s[\w+/.-]+){0,3}?\s+|[\w.]+\s*)?"
                                 r"(?:and|v|vs\.?|versus)\s*", sent[a.end - base:b.start - base]):
            continue  # (a pair each with its group: "12.4 months with A and 7.9 months with B (HR …) in X tumors")
        num = re.match(r"\d+(?:\.\d+)?", sent[b.start - base:])
        g = _GROUP_AFTER_PAIR.match(sent, b.start - base + num.end()) if num else None
        if g is None or a.arm and not g.group("br"):
            continue  # (a pair each with its group takes a set only after its bracket: "… (HR …) in X tumors")
        name = g.group("g")
        whole = re.match(r"(?:intention|ITT|overall|whole|total|all)", name, re.I) is not None
        kind: M.PopulationKind = "overall" if whole else "subgroup"
        detail = None if whole else re.sub(r"^(?:patients|participants|those)\s+(?:with\s+)?|"
                                           r"\s+(?:subgroup|subset|stratum)$", "", name)
        for j, f in enumerate(ests):
            e = f.est
            if e.start is not None and (j in (i - 1, i) or g.group("br") is not None
                                        and g.start("br") <= e.start - base < g.end("br")):
                ests[j] = _Found(replace(e, arm=None if e.arm and e.arm in name else e.arm, population_kind=kind,
                                         population_detail=detail), f.sentence)
    return ests


def _ratio_after_subgroup_medians(out: list[_Found], sent: str, base: int) -> list[_Found]:
    """A ratio in the bracket right after a subgroup's medians is that subgroup's: "The median OS in cohort A was 19.1
    months with A and 14.7 months with B (hazard ratio for death, 0.69; …)"."""
    out = _same_group_through_sentence(_pairs_then_group(out, sent, base), sent, base)
    meds = [f.est for f in out if f.est.measure == "median" and f.est.population_kind == "subgroup"
            and f.est.end is not None]
    if not meds:
        return out
    fixed = []
    for f in out:
        e = f.est
        if e.measure != "median" and e.population_kind == "overall" and e.covariate is None and e.start is not None:
            before = [m for m in meds if (m.end or 0) <= e.start]
            gap = sent[(before[-1].end or 0) - base:e.start - base] if before else ""
            last = (before[-1].start or 0) - base if before else 0
            in_bracket = sent.rfind("(", 0, last) > sent.rfind(")", 0, last)
            # (a new bracket after the medians, or the medians' own bracket going on: "(median PFS, 12 v 22 months;
            # HR, 0.47; …)")
            if before and len(gap) <= 40 and (re.fullmatch(r"[^;.\d]*[(\[][^;.\d]*", gap)
                                              or in_bracket and re.fullmatch(rf"\s*(?:{_UNIT_WORDS})?\s*[;,]\s*", gap)):
                f = _Found(replace(e, population_kind="subgroup", population_detail=before[-1].population_detail),
                           f.sentence)
        fixed.append(f)
    return fixed


# "(odds ratio 0.40 [0.17-0.93]; p=0.03). No effect on X (0.87 [0.56-1.33]), or on Y (1.02 [0.26-4.05] and …)"
# a number of a bare item: "1.08", or with a hyphen as the decimal point "1-08" (Lancet style)
_BARE_NUM = r"(?:\d+\.\d+|\d+-\d{2}(?!\d))"
# (an item may name what it is for: "(with PSV 3.0 [1.0-8.4], with classic ANCA [cANCA] 3.9 [1.6-9.5])")
_BARE_ITEM = re.compile(r"(?:(?<=\()|(?<=, )|(?<=; )|(?<=and ))"
                        r"(?:(?P<l>(?:with|for|in|among)\s+[A-Za-z][\w-]*(?:\s+(?:\[[A-Za-z][\w-]{0,12}\]|"
                        r"[A-Za-z][\w-]*)){0,3})\s+)?"
                        rf"(?P<v>{_BARE_NUM})\s?\[(?:\d{{2}}\s?%\s*CI\s*)?(?P<lo>{_BARE_NUM})\s?-\s?(?P<hi>{_BARE_NUM})\]")
_COUNTS_BEFORE_RATIO = re.compile(r"[(\[]\s*\d+\s*(?:v|vs\.?|versus)\s*\d+\s*[,;]\s*$")
_COUNTS_THEN_ITEM = re.compile(rf"[(\[]\s*\d+\s*(?:v|vs\.?|versus)\s*\d+\s*[,;]\s*(?P<v>{_BARE_NUM})\s*\(\s*"
                               rf"(?P<lo>{_BARE_NUM})\s*(?:to|-)\s*(?P<hi>{_BARE_NUM})\s*\)\s*[)\]]")
_CI_IN_SQUARE = re.compile(r"\[\d{2}\s?%\s*CI\s*")  # ("0.86 [95% CI 0.76-0.98]": the CI's level, not a percentage)
_HEAD_ITEM = re.compile(rf"\s*(?:of\s+|was\s+|=\s*|,\s*)?{_BARE_NUM}\s?\[(?:\d{{2}}\s?%\s*CI\s*)?"
                        rf"{_BARE_NUM}\s?-\s?{_BARE_NUM}\]")
_NOT_A_RATIO_SENTENCE = re.compile(r"\b(?:mean|means|difference|differences|MD|WMD|SMD|"
                                   r"median|medians|ratio|ratios|slope)\b|%|"
                                   rf"\d\s*\]?\s*(?:{_UNIT_WORDS}|mg|kg|g|ml|mmol|points?|mm|cm|mmHg)\b|\d\s*/", re.I)


_NOT_A_RATIO_WORD = re.compile(r"\b(?:mean|means|difference|differences|MD|WMD|SMD|median|medians|slope|SD|range)\b",
                               re.I)
_TIMES_SUBJECT = re.compile(r"\b(?P<w>hazard|odds)\b(?:\s+(?:for|of)\s+[^.;()]{1,60}?)?\s+(?:that\s+)?"
                            r"(?:was|were|is)\s*$", re.I)
# "4.6 times more likely to achieve 14 dry nights (95% CI 1.38 to 15.02)": a ratio named by "times"
# "a 3.7-fold increased relative hazard (95% CI 1.2 to 11.4)": "-fold" only with the ratio's own name
_TIMES = re.compile(r"(?<![\w.])(?P<v>\d+(?:\.\d+)?)(?:\s+times\s+|(?P<fold>-fold\s+))"
                    r"(?:(?P<more>more|less|as|higher|lower|greater|increased|decreased|elevated|reduced)\s+)?"
                    r"(?:the\s+(?=risk|odds|rate|hazard))?(?P<what>likely|likelihood|relative\s+(?:risk|hazard)|risk|odds|rate|hazard|chance|probability)?",
                    re.I)
_TIMES_CI = re.compile(rf"[(\[]\s*(?:[Pp]\s*(?P<op>[<=>\u2264\u2265])\s*(?P<p>0?\.\d+)\s*[,;]\s*)?"  # "(P < .001, CI …"
                       rf"(?:(?P<lvl>\d{{2}}(?:\.\d{{1,2}})?)\s?(?:%|percent)\s*)?"
                       rf"(?:CI|confidence\s+intervals?)\s*[:=,]?\s*(?P<lo>{_NUM})\s*(?:to|-|,)\s*(?P<hi>{_NUM})"
                       rf"\s*(?:[;,][^()\[\]]{{0,30}})?[)\]]", re.I)


# "2.2 times more likely ([1·14–4.29]; p = 0.02)": the interval alone in its own square bracket
_TIMES_BARE_CI = re.compile(rf"\s*\(\s*\[\s*(?P<lo>{_NUM})\s*-\s*(?P<hi>{_NUM})\s*\]\s*(?P<lvl>)"
                            r"(?:[;,]\s*[Pp]\s*(?P<op>[<=>\u2264\u2265])\s*(?P<p>0?\.\d+))?[^()\[\]]{0,20}\)")


# "1.8 (95%CI 1.4 to 2.4) times higher odds of treatment success", "0.6 (0.4 to 0.8) times lower odds of loss": the CI
# between the value and "times"; only odds or a hazard, whose ratio the words name
_TIMES_AFTER_CI = re.compile(rf"(?<![\w.])(?P<v>\d+\.\d+)\s*[(\[]\s*(?:(?P<lvl>\d{{2}}(?:\.\d{{1,2}})?)\s?%\s*"
                             rf"(?:CI|confidence\s+intervals?)\s*[:=,]?\s*)?(?P<lo>{_NUM})\s*(?:to|-|\u2013)\s*"
                             rf"(?P<hi>{_NUM})\s*[)\]]\s*times\s+(?:(?:more|less|higher|lower|greater|increased|"
                             # ("had 7.88 (95% CI 4.45 to 13.95) times the odds of cessation")
                             r"decreased|reduced)\s+|the\s+)(?P<what>odds|hazard)\b", re.I)


def _times_ratios(sent: str, ratios: list[_Ratio], level_of: Callable[[], float | None],
                  models_of: Callable[[], frozenset[str]] = frozenset) -> list[_Ratio]:
    """A ratio printed as "N times more likely …" with its own CI in the same clause (the odds when the
    words say odds, else a relative risk)."""
    out: list[_Ratio] = []
    for m in _TIMES_AFTER_CI.finditer(sent):
        v, lo, hi = _num_of(m.group("v")), _float(m.group("lo")), _float(m.group("hi"))
        if lo is None or hi is None or not lo <= v <= hi or any(r.start <= m.start() < r.end for r in ratios):
            continue
        to = re.match(r"\s+(?:of|for)\s+(?P<x>[A-Za-z][\w -]{2,40}?)(?=\s+(?:at|in|during|than|compared|vs\.?|"
                      r"versus|with|and)\b|\s*[(,;.]|$)", sent[m.end():])
        out.append(_Ratio("OR" if m.group("what").lower() == "odds" else "HR", v, m.start(), m.end(), lo, hi,
                          level=_float(m.group("lvl")) or level_of(), ep_text=to.group("x") if to else None))
    for m in _TIMES.finditer(sent):
        if not (m.group("more") or m.group("what")) or any(r.start <= m.start() < r.end for r in ratios) or \
                m.group("fold") and not re.match(r"relative|hazard|risk|odds", m.group("what") or "", re.I):
            continue
        if _WORD_BOUND_BEFORE.search(sent, max(0, m.start() - 20), m.start()):
            continue  # "more than 11 times higher (95% CI 7-19)": a bound in words, not the estimate
        end = _clause_end(sent, m.end(), min(len(sent), m.end() + 120))
        ci = _TIMES_CI.search(sent, m.end(), end) or _TIMES_BARE_CI.match(sent, m.end())
        v = _num_of(m.group("v"))
        if not ci or re.search(r"\d[.,]\d|%|[()\[\]]", sent[m.end():ci.start()]):
            # "the hazard for new hospitalization was 8.351 times greater (P = 0.0001) … and 1.977 times greater
            # (P = 0.0295)": named by its subject ("the hazard for X was", "a discharge hazard that was"), or a
            # list after such a ratio; the P printed right after it is kept
            subject = _TIMES_SUBJECT.search(sent, max(0, m.start() - 90), m.start())
            listed = out and out[-1].ci_less and re.fullmatch(r"[^.;]{0,80}?\band\s+", sent[out[-1].end:m.start()])
            if not (m.group("more") and not m.group("what") and "." in m.group("v") and (subject or listed)):
                continue
            code = ("OR" if subject.group("w").lower() == "odds" else "HR") if subject else out[-1].measure
            pm = re.match(r"\s*[(\[]\s*[Pp]\s*(?P<op>[<=>\u2264\u2265])\s*(?P<p>0?\.\d+)\s*[)\]]", sent[m.end():end])
            nr = _Ratio(code, v, m.start(), m.end() + (pm.end() if pm else 0),
                        p_op=pm.group("op") if pm else None, p=_float(pm.group("p")) if pm else None)
            nr.ci_less = True
            out.append(nr)
            continue
        lo, hi = _float(ci.group("lo")), _float(ci.group("hi"))
        if lo is None or hi is None or not lo <= v <= hi:
            continue
        what = (m.group("what") or "").lower()
        if not what and (subject := _TIMES_SUBJECT.search(sent, max(0, m.start() - 90), m.start())):
            what = subject.group("w").lower()  # "The odds of atrophy were 15.66 times higher for A (95% CI …)"
        measure = "OR" if what == "odds" else "HR" if what.endswith("hazard") else "RR"
        if measure == "RR" and "risk" not in what and (model := _TIMES_MODEL.search(sent)):
            measure = "OR" if model.group().lower() == "logistic" else "HR"  # the model named in the sentence
        elif measure == "RR" and not _TIMES_MODEL.search(sent) and len(models := models_of()) == 1:
            # "… has 2.98 times higher risk of VTE than the control cohort (95% CI …)" in a text whose methods name one
            # model, Cox regression: its hazard ratio
            measure = next(iter(models))
        to = re.match(r"(?:\s*(?:\([^()]*\)|\[[^\[\]]*\]))*\s+to\s+(?P<x>[A-Za-z][\w -]{2,40}?)"
                      r"(?=\s+(?:than|compared|vs\.?|versus|in|at|during|with)\b|\s*[(,;.]|$)", sent[ci.end():])
        # ("2.98 times higher risk of VTE than …": the risk's outcome)
        of = re.match(r"\s+of\s+(?P<x>[A-Za-z][\w -]{2,40}?)(?=\s+(?:than|compared|vs\.?|versus|in|at|during|with|"
                      r"among|for)\b|\s*[(,;.]|$)", sent[m.end():ci.start()]) if m.group("what") else None
        out.append(_Ratio(measure, v, m.start(), ci.end(), lo, hi, level=_float(ci.group("lvl")) or level_of(),
                          p_op=ci.group("op"), p=_float(ci.group("p")),
                          ep_text=to.group("x") if to else of.group("x") if of else None))
        # ("… more likely ([…]; p = 0.02) to discontinue")
    return out


_TIMES_MODEL = re.compile(r"\b(?:Cox|multi-?state|proportional\s+hazards?|logistic)\b", re.I)
_COMMA_ITEM = re.compile(rf"(?<=;\s)(?P<v>{_NUM}),\s*(?P<lo>{_NUM})\s*-\s*(?P<hi>{_NUM})(?=\s*[;)])")


def _bare_items_after(sent: str, ratios: list[_Ratio]) -> list[_Ratio]:
    """"relative risk 0.77 [0.57-1.04] …, but stroke was more common (189 vs 148; 1.25 [1.01-1.55])":
    later values printed with a bracketed CI like a ratio of this sentence are of its measure, unless
    the words around one name something else (a mean, a difference, a percentage, a unit)."""
    heads = [r for r in ratios if r.lo is not None and re.match(r"\s*\[", sent[_value_end(sent, r):r.end])]
    if not heads and any(r.lo is not None and _COUNTS_BEFORE_RATIO.search(sent, max(0, r.start - 30), r.start)
                         for r in ratios):
        # "… cancers (22 v 25, hazard ratio 0.88 (0.49 to 1.56)), cerebrovascular events (14 v 19, 0.73 (0.37 to
        # 1.46)), fractures (40 v 58, 0.69 (…))": the BMJ's print, each outcome's counts then its ratio, named once
        return [_Ratio(ratios[-1].measure, v, it.start("v"), it.end(), lo, hi, ep_text=None)
                for it in itertools.islice(_COUNTS_THEN_ITEM.finditer(sent, ratios[-1].end), 8)
                for v, lo, hi in [(_num_of(it.group("v")), _num_of(it.group("lo")), _num_of(it.group("hi")))]
                if lo <= v <= hi]
    comma_heads = [r for r in ratios if r.lo is not None and re.match(rf"\s*,\s*{_NUM}\s*-",
                                                                       sent[_value_end(sent, r):r.end])]
    if comma_heads and not heads:
        # "(23% vs 11%; HR 2.18, 1.04-4.54; p=0.04), but … (10% vs 5%; 1.67, 0.54-5.11)": the Lancet's print, the
        # measure named once in the sentence
        found = []
        for it in itertools.islice(_COMMA_ITEM.finditer(sent, ratios[-1].end), 4):
            v, lo, hi = (_num_of(it.group(g)) for g in ("v", "lo", "hi"))
            if lo <= v <= hi and not _NOT_A_RATIO_SENTENCE.search(sent[it.start():it.end() + 12]) and \
                    re.search(r"[(\[]\s*\d+(?:\.\d+)?\s*%?\s*(?:vs\.?|versus)\s*\d+(?:\.\d+)?\s*%?\s*;\s*$",
                              sent[max(0, it.start() - 40):it.start()]):
                found.append(_Ratio(comma_heads[-1].measure, v, it.start(), it.end(), lo, hi, ep_text=None))
        return found
    if not heads:
        return _semicolon_items(sent, ratios)
    out: list[_Ratio] = []
    last = ratios[-1].end
    for it in itertools.islice(_BARE_ITEM.finditer(sent, last), 8):
        v, lo, hi = (_num_of(it.group(g)) for g in ("v", "lo", "hi"))
        local = sent[max(last, it.start() - 40):it.end() + 12]
        if lo <= v <= hi and not _UNIT_AFTER.match(sent, it.end()) and not _NOT_A_RATIO_SENTENCE.search(local):
            out.append(_named_item(heads[-1].measure, it, v, lo, hi))
            last = it.end()
    if any(_CONTROL_ARM_AFTER.match(sent, x.end) for x in out):
        return []  # "(4.6 [3.7-5.7] for B, … and 3.8 [3.0-4.9] for placebo)": each group's rate, not ratios
    return out


# "odds ratio …: 1.19; 95% CI 1.10-1.29; P<0.0001 (non-Asians) and 1.37; 95% CI 1.13-1.64; P=0.0010 (Asians)", "(rate
# ratio 0.66; 0.49-0.90) than in those with … (0.95; 0.62-1.45; …)", "(A1C >8.5%: HR 1.64, 95% CI 1.22-2.22; A1C
# 7.5-8.4%: 1.00, 0.75-1.34; …)": a value, then its CI after a ';' or ',', printed as the sentence's named ratio was
_SEMICOLON_HEAD = re.compile(rf"\s*[;,]\s*(?:\d{{2}}(?:\.\d+)?\s?%\s*)?(?:CI\s*[,:]?\s*)?{_NUM}\s*(?:-|\u2013|to)\s*"
                             rf"{_NUM}")
_SEMICOLON_VALUE = re.compile(rf"(?<![\d.]){_NUM}(?=\s*(?P<sep>[;,]))(?={_SEMICOLON_HEAD.pattern})")
_SEMICOLON_ITEM = re.compile(rf"(?:(?<=[(\[])|(?<=\band\s)|(?<=:\s))(?P<v>{_NUM})\s*(?P<sep>[;,])\s*"
                             rf"(?:(?P<lvl>\d{{2}}(?:\.\d+)?)\s?%\s*CI\s*[,:]?\s*)?(?P<lo>{_NUM})\s*(?:-|\u2013|to)\s*"
                             rf"(?P<hi>{_NUM})(?:\s*;\s*[Pp]\s*(?P<op>[<=>])\s*(?P<p>{_NUM}))?(?=\s*[;,)\]]|\s+\()")


_ITEM_LABEL = re.compile(r"[(\[;]\s*(?P<l>[A-Za-z][^()\[\];:]{0,40}):\s*$")


def _semicolon_items(sent: str, ratios: list[_Ratio]) -> list[_Ratio]:
    heads = [(r, hm.group("sep")) for r in ratios
             if r.lo is not None and (hm := _SEMICOLON_VALUE.search(sent, r.start, r.end))]
    if not heads:
        return []
    out: list[_Ratio] = []
    for it in itertools.islice(_SEMICOLON_ITEM.finditer(sent, heads[0][0].end), 6):
        v, lo, hi = (_num_of(it.group(g)) for g in ("v", "lo", "hi"))
        if any(r.start <= it.start("v") < r.end for r in ratios):
            continue  # (a ratio already read)
        head, sep = next((h, s) for h, s in reversed(heads) if h.start < it.start())  # the nearest before it
        if it.group("sep") != sep or not 0 < lo <= v <= hi or M.checks(head.measure, v, lo, hi, None, None, None) \
                or _UNIT_AFTER.match(sent, it.end("hi")) or _NOT_A_RATIO_WORD.search(
                    sent[max(0, it.start() - 40):it.end() + 12]):
            continue  # (the same print only; a value centred in its interval as a ratio is)
        r = _Ratio(head.measure, v, it.start("v"), it.end(), lo, hi, level=_float(it.group("lvl")) or head.level,
                   p_op=it.group("op"), p=_float(it.group("p")), ep_text=head.ep_text,
                   head=head.start if head.head is None else head.head, heads_ep=True)
        if lab := _ITEM_LABEL.search(sent[max(0, it.start() - 44):it.start()]):
            r.label = lab.group("l")  # "; A1C 7.5-8.4%: 1.00, 0.75-1.34": the item's own label
        out.append(r)
    return out


def _value_end(sent: str, r: _Ratio) -> int:
    """Offset just after the printed point value of a ratio (whose span starts at its name)."""
    m = re.search(r"\d+(?:\.\d+)?", sent[r.start:r.end])
    return r.start + m.end() if m else r.end


def _bare_items(sent: str, s: _Sentence, norm: str, sentences: list[_Sentence]) -> list[_Ratio]:
    """Values with a bracketed CI and no measure name, in the sentence right after a ratio printed
    the same way ("odds ratio 0.40 [0.17-0.93]"): the same measure, as in a list. Only when this
    sentence names no measure and nothing else that such a number could be (mean, difference, %)."""
    items = list(itertools.islice(_BARE_ITEM.finditer(sent), 17))
    # (more than 8 is a table's row, unless each item names what it is for)
    if not items or len(items) > (16 if all(it.group("l") for it in items) else 8) or _MEASURE_WORD.search(sent) \
            or _NOT_A_RATIO_SENTENCE.search(_CI_IN_SQUARE.sub("[", sent)):
        return []
    k = bisect.bisect_left(sentences, s.start, key=lambda x: x.start) - 1
    heads: list[re.Match[str]] = []
    for back in range(k, max(-1, k - 3), -1):  # the head, or a chain of such lists back to it
        if back < 0 or sentences[back].paragraph != s.paragraph:
            return []
        prev = norm[sentences[back].start:sentences[back].end]
        heads = [m for m in _MEASURE_WORD.finditer(prev) if _HEAD_ITEM.match(prev, m.end())]
        if heads or not _BARE_ITEM.search(prev) or _MEASURE_WORD.search(prev):
            break
    if not heads:
        return []
    measure = _measure_code(heads[-1].group("w"))
    out = []
    for it in items:
        v, lo, hi = (_num_of(it.group(g).replace("-", ".")) for g in ("v", "lo", "hi"))
        if lo <= v <= hi and not _UNIT_AFTER.match(sent, it.end()):
            out.append(_named_item(measure, it, v, lo, hi))
    return out


def _named_item(measure: str, it: re.Match[str], v: float, lo: float, hi: float) -> _Ratio:
    """A bare item as a ratio, with what its own words name: "with PSV 3.0 [1.0-8.4]" the outcome it is
    associated with (its end point), "in women 1.2 [1.0-1.4]" its label; an item without words names nothing."""
    r = _Ratio(measure, v, it.start("v"), it.end(), lo, hi, ep_text=None)
    if it.group("l"):
        word, rest = it.group("l").split(None, 1)
        r.ep_text, r.label = (rest, None) if word.lower() == "with" else (None, rest)
    return r


# "(35 vs 89, 0·39, 0·27-0·58, p<0·0001)": the groups' counts, then a value and its CI, as printed with a ratio's
# name in the sentence before ("(85 vs 165 cases, hazard ratio [HR] 0·51, 95% CI 0·39-0·66, p<0·0001)")
_COUNTED_ITEM = re.compile(rf"\(\s*\d[\d,]*\s+(?:vs\.?|versus)\s+\d[\d,]*(?:\s+[a-z][a-z ]{{0,30}})?,\s*"
                           rf"(?P<v>{_NUM}),\s*(?:95\s?%\s*CI,?\s*)?(?P<lo>{_NUM})\s*(?:-|to)\s*(?P<hi>{_NUM})\s*"
                           r"(?:[,;]\s*[pP]\s*[=<>][^()]*)?\)")
_COUNTED_HEAD = re.compile(r"\(\s*\d[\d,]*\s+(?:vs\.?|versus)\s+\d[\d,]*(?:\s+[a-z][a-z ]{0,30})?,\s*")


def _counted_items(sent: str, s: _Sentence, norm: str, sentences: list[_Sentence]) -> list[_Ratio]:
    """Values in brackets that open with the groups' counts ("(35 vs 89, 0.39, 0.27-0.58, p<0.0001)") in a sentence
    that names no measure, right after a sentence that printed a named ratio the same way."""
    items = list(_COUNTED_ITEM.finditer(sent))
    if not items or _MEASURE_WORD.search(sent):
        return []
    k = bisect.bisect_left(sentences, s.start, key=lambda x: x.start) - 1
    if k < 0 or sentences[k].paragraph != s.paragraph:
        return []
    prev = norm[sentences[k].start:sentences[k].end]
    heads = [m for h in _COUNTED_HEAD.finditer(prev)
             if (m := _MEASURE_WORD.match(prev, h.end() + (9 if prev.startswith("adjusted ", h.end()) else 0)))]
    if not heads:
        return []
    measure = _measure_code(heads[-1].group("w"))
    out = []
    for it in items:
        v, lo, hi = (_num_of(it.group(g)) for g in ("v", "lo", "hi"))
        if lo <= v <= hi:
            out.append(_Ratio(measure, v, it.start("v"), it.end(), lo, hi))
    return out


_AFTER_RATIO = re.compile(r"\s*(?:for|in|among)\s+(?:the\s+)?(?P<a>[\w+/-]+(?:\s[\w+/-]+){0,3}?)\s+"
                          r"(?:versus|vs\.?|(?:as\s+)?compared\s+(?:with|to)|relative\s+to)\s+(?:the\s+)?"
                          r"(?P<b>[\w+/-]+(?:\s[\w+/-]+){0,4}?)(?=\s+and\b|\s*[,;.()]|$)", re.I)
# "lidocaine has a significant protective effect against mucosal damage (odds ratio …": what the effect is on
_EFFECT_AGAINST = re.compile(r"\beffects?\s+(?:against|on)\s+(?P<x>(?:the\s+)?[A-Za-z][\w-]*(?:\s+[\w-]+){0,4})"
                             r"\s*[(\[]\s*$", re.I)
# the name of another statistic right before a listed value: "expβ = 1.02", "β = 0.3", "mean difference 2.1"
_OTHER_STATISTIC_NAMED = re.compile(r"(?:\bexp\s*\(?\s*(?:\u03b2|beta|b)\s*\)?|\u03b2|\bbeta|\bcoefficients?|"
                                    # ("…; typical RD 0.10, 95% CI 0.04 to 0.17": a risk difference)
                                    r"\bdifferences?|\b(?-i:S?MD|W?MD|RD|ARR|NNTB?|NNTH|NNH)|\bmeans?|"
                                    # ("RR … reached 126 (CI: 55-288), with a corresponding absolute risk of 11 (CI …)")
                                    r"\babsolute\s+risks?(?:\s+of)?)\s*[=:,]?\s*$",
                                    re.I)
# "ranging from 1 to": the upper end of a range comes next
_RANGE_UPPER_END = re.compile(rf"\b(?:rang(?:ed|ing|es?)\s+(?:from\s+)?|between\s+){_NUM}\s*(?:{_UNIT_WORDS}\s*)?"
                              r"(?:to|-|and)\s*$", re.I)
_TRIPLE = re.compile(rf"(?<=;\s)(?P<val>{_NUM}),\s*(?P<lo>{_NUM}),\s*(?P<hi>{_NUM})(?=\s*\))")


@functools.lru_cache(maxsize=64)
def _endpoint_mentions(sent: str) -> tuple[list[int], list[str]]:
    # ("an increase in mortality from lung cancer compared with …": a death keeps its cause)
    hits = [(m.start(), m.group() + (c.group() if re.fullmatch(r"(?:death|mortality)", m.group(), re.I) and
                                     (c := _CAUSE_AFTER_DEATH.match(sent, m.end())) else ""))
            for m in _ENDPOINT_MENTION.finditer(sent)]
    return [p for p, _ in hits], [t for _, t in hits]


_CAUSE_AFTER_DEATH = re.compile(r"\s+(?:from|due\s+to|caused\s+by)\s+(?!any\b|all\b)[A-Za-z][\w' -]{1,30}?"
                                r"(?=\s+(?:compared|versus|vs\.?|than|in|with|among|was|were|when|and|or)\b|\s*[,;.()\[\]]|$)",
                                re.I)


def _nearest_endpoint(sent: str, pos: int) -> str | None:
    positions, texts = _endpoint_mentions(sent)
    if not texts:
        return None
    i = bisect.bisect_left(positions, pos) - 1
    return texts[i] if i >= 0 else texts[0]


def _enclosing_open(sent: str, pos: int) -> int | None:
    """The position of the bracket still open at ``pos`` (the innermost), or None."""
    depth = 0
    for i in range(pos - 1, -1, -1):
        if sent[i] in ")]":
            depth += 1
        elif sent[i] in "([":
            if depth == 0:
                return i
            depth -= 1
    return None


def _same_bracket(seg: str) -> bool:
    """Whether the text between two estimates stays inside the bracket that holds the first (never closes it)."""
    depth = 0
    for ch in seg:
        depth += 1 if ch in "([" else -1 if ch in ")]" else 0
        if depth < 0:
            return False
    return True


_FOR_ITEM_BEFORE = re.compile(r"[)\]]\s*(?:,\s*(?:(?:and|or|nor)\s+)?|(?:and|or|nor)\s+)for\s+"
                              r"(?P<x>(?![^()\[\]]*\b(?:groups?|arms?|cohorts?|patients|participants|subjects|placebo|"
                              r"controls?|those|women|men|children)\b)[A-Za-z][\w' /+-]{2,50}?)\s*$", re.I)


_CHANGE_IN = re.compile(r"\b(?:reductions?|increases?|decreases?|improvements?)\s+in\b", re.I)
_IN_ITEM_BEFORE = re.compile(r"(?:\b(?:reductions?|increases?|decreases?|improvements?)\s+in|"
                             r"[)\]]\s*,?\s*(?:and\s+|or\s+)?in)\s+(?:the\s+)?(?P<x>[A-Za-z][\w' /+-]{2,60}?)\s*$",
                             re.I)


def _in_item_endpoint(sent: str, pos: int) -> str | None:
    """The outcome of a list's item whose bracket opens at ``pos``: "There were corresponding reductions in myocardial
    infarction or coronary death (0.77, …), in the need for coronary revascularisation (0.76, …), and in fatal or
    non-fatal stroke (0.83, …)" (not a group or a time: "in patients with diabetes (…)")."""
    ob = pos if sent[pos:pos + 1] in ("(", "[") else _enclosing_open(sent, pos)
    if ob is None or sent[ob + 1:pos].strip():
        return None
    ix = _IN_ITEM_BEFORE.search(sent, 0, ob)
    # (a change's list only: "The benefit was seen in squamous cell carcinoma (HR …) and in adenocarcinoma (HR …)"
    # names subgroups)
    if ix is None or not _CHANGE_IN.search(sent, 0, ix.start("x")) or _VERB_WORD.search(ix.group("x")) or \
            _people(ix.group("x")) or \
            re.search(r"\b(?:groups?|arms?|cohorts?|patients|participants|subjects|those|women|men|children|subgroups?|"
                      r"years?|months?|weeks?|days?)\b", ix.group("x"), re.I):
        return None
    return _clean_endpoint(ix.group("x")) or None


def _own_or_nearest_endpoint(sent: str, pos: int) -> str | None:
    """The end point named in the estimate's own clause ("…, and the risk of X [RR = …"), else the end point
    mentioned last before it (or the sentence's first mention)."""
    positions, texts = _endpoint_mentions(sent)
    i = bisect.bisect_left(positions, pos) - 1
    start = max([_clause_start(sent, pos, len(sent)), *(m.end() for m in _CLAUSE_AFTER_BRACKET.finditer(sent, 0, pos))])
    if i < 0 or positions[i] < start:
        ob = _enclosing_open(sent, pos)
        if ob is not None and not sent[ob + 1:pos].strip() and \
                (item := _LIST_ITEM_BEFORE.search(sent, 0, ob)) is not None and item.start("x") >= start and \
                (_ENDPOINT_MENTION.search(item.group("x")) or _OUTCOME_HEAD.match(item.group("x"))):
            return _clean_endpoint(item.group("x"))  # "… for PFS (HR …) nor time to first SRE (HR …)": the item's own
        if ob is not None and not sent[ob + 1:pos].strip() and (fx := _FOR_ITEM_BEFORE.search(sent, 0, ob)) and \
                fx.start("x") >= start and not _VERB_WORD.search(fx.group("x")) and not _people(fx.group("x")):
            return _clean_endpoint(fx.group("x"))  # "… for new T1 lesions (OR …) or for new T2 lesions (OR …)"
        if (ix := _in_item_endpoint(sent, pos)) is not None:
            return ix
        own = _subject_before(sent, pos)
        if own and not _EFFECT_NOT_OUTCOME.fullmatch(own):
            return own
    return _nearest_endpoint(sent, pos)


# one event of a list of them ("CV death", "ventilation >1 day"): the item both list patterns below are made of
_EVENT = r"[A-Za-z][\w' >-]{1,40}?"


def _composite_before(sent: str, pos: int) -> str | None:
    """"… reduced the composite of CV death, MI, stroke, and urgent revascularization (HR …", "The composite end point
    of MI, stroke, and vascular death showed fewer events with A (OR …": the events listed, whole (not the last one),
    when no bracket closes between the list and the ratio."""
    found = [m for m in _COMPOSITE_OF.finditer(sent, 0, pos)
             if not re.search(r"[)\]]|\.\s", sent[m.end():pos])]
    return _clean_endpoint(found[-1].group("x")) if found else None


# "the composite (end point) of CV death, MI, stroke, and urgent revascularization (…": the events listed, whole
_COMPOSITE_OF = re.compile(r"\b(?:composite|combined)\s+(?:(?:primary\s+|secondary\s+|efficacy\s+|safety\s+)?"
                           r"(?:end\s?-?points?|outcomes?)\s+)?of\s+"
                           rf"(?P<x>(?!(?:the|all|these|those|two|three|four|five)\b){_EVENT}"
                           rf"(?:,\s+{_EVENT})*,?\s+(?:or|and)\s+{_EVENT})"
                           r"(?=\s*[(\[]|\s+(?:was|were|demonstrated|showed|did|occurred|at|in|with)\b)", re.I)


# the head of a noun phrase that names an outcome, though no end point's name is in it
_OUTCOME_HEAD = re.compile(r"(?:(?:the|a)\s+)?(?:time|times|duration|risk|incidence|rates?|occurrence)\s+"
                           r"(?:to|of|for)\b", re.I)


# "…] and the risk of X [RR …", "…) and Y (HR …": a clause after a closed bracket
# ("… (HR …) nor time to X (HR …", "… for X (HR …) or for Y (HR …)")
_CLAUSE_AFTER_BRACKET = re.compile(r"[)\]]\s*,?\s*(?:and|but|whereas|while|nor|or)\s+")


_OF_WHAT = re.compile(r"\b(?:risks?|incidence|rates?|odds|hazards?|likelihood|probability|chances?|occurrence|"
                      r"frequency|numbers?|proportions?|percentages?|cases)\s+(?:of|for)\s+"
                      # (not "a lower percentage of patients treated with A": the people counted, not what happened)
                      r"(?!(?:patients|participants|subjects|people|individuals|those|women|men|children|infants)\s+"
                      r"(?:treated|given|randomi[sz]ed|assigned|allocated)\b)"
                      # ("the percentage of days with genital lesions was reduced": the days with what)
                      r"(?P<x>(?:(?:days?|weeks?|nights?|visits?)\s+(?:with|without)\s+)?[A-Za-z][\w' -]{1,60}?)\s*"
                      r"(?=\b(?:was|were|is|are|did|had|fell|rose|decreased|increased|with|in|among|by|for|at|"
                      r"compared|than|between|after|during|versus|vs)\b|,\s*from\b|$)", re.I)
# "The proportion with a good outcome was 45% …", "the number of patients achieving remission": what was counted
_PROPORTION_WITH = re.compile(r"\b(?:proportions?|percentages?|numbers?)\s+(?:of\s+(?:patients|participants|subjects|"
                              r"women|men|children|infants)\s+)?(?:with|achieving|having|who\s+(?:had|achieved|reached|"
                              r"developed|experienced))\s+"
                              r"(?:an?\s+|the\s+)?(?P<x>[A-Za-z][\w' -]{1,50}?)\s*"
                              r"(?=\b(?:was|were|is|are|did|had|in|among|by|for|at|compared|than|between|after|during|"
                              r"versus|vs)\b|,|$)", re.I)
_COMPARED_WHAT = re.compile(r"\b(?:had|showed|shows?|demonstrated|with|a|an|were|provided|produced|resulted\s+in|"
                            r"led\s+to|caused|gave|yielded)\s+"
                            r"(?:significantly\s+|markedly\s+|a\s+|numerically\s+){0,2}(?:shorter|longer|lower|higher|less|more|fewer|reduced|increased|better|worse|"
                            r"improved|greater|smaller)\s+"
                            r"(?!(?:frequent|common|likely|often|effective|prevalent)\b)"
                            # (not a group: "Withdrawals … were increased with treatment (RR …")
                            r"(?!(?:with|in|among|by|after|on|for|from|compared|than|versus|vs)\b)"
                            r"(?P<x>[A-Za-z](?:(?!\s(?:was|were|is|are)\s)[\w' -]){1,80}?)\s*$|"
                            # "produced significant reductions in patient reports of severe dry mouth (OR …"
                            r"\b(?:reductions?|increases?|improvements?|decreases?|differences?)\s+in\s+(?:the\s+)?"
                            r"(?!(?:an?\s+)?(?:[\w-]+\s+)?analys[ei]s\b)"
                            r"(?:(?:patient|participant)\s+reports\s+of\s+)?(?P<y>[A-Za-z][\w' -]{1,50}?)\s*$|"
                            # "were less likely to have a subsequent hip fracture (HR …"
                            r"\b(?:more|less|as|equally)\s+likely\s+(?:(?:than|as)\s+[^()\[\];,]{1,50}?\s+)?to\s+"
                            r"(?:have|be|develop|experience|need|require|undergo)?\s*"
                            r"(?:an?\s+|the\s+)?(?P<z>[A-Za-z][\w' -]{1,50}?)\s*$|"
                            # "PSA values were associated with subsequent PSA failures (HR …"
                            r"\b(?:associated|correlated|associations?|correlations?)\s+with\s+(?:an?\s+)?"
                            r"(?:(?:increased|higher|lower|reduced|"
                            r"greater|decreased|more|less)\s+(?:risks?\s+(?:of|for)\s+)?)?"
                            r"(?P<w>[A-Za-z][\w' -]{1,60}?)\s*(?:of\s+\d+(?:\.\d+)?\s*%\s*)?$|"
                            # "no significant effect for pancreatic cancer (risk ratio …", "the effect of X on glycemic
                            # control [from OR …"
                            r"\beffects?\s+(?:of\s+[^()\[\],;]{1,60}?\s+)?(?:on|for)\s+(?:the\s+)?"
                            r"(?P<v>[A-Za-z][\w' -]{1,60}?)\s*(?:[(\[]\s*)?(?:from\s*)?$|"
                            # "was borderline significant for hip arthroplasty (HR …", "no association for total …"
                            r"\b(?:significant|association|associated|benefit|difference|reduction|increase)\s+"
                            # ("There was no difference between drugs for relapse (1 RCT, N = 70; RR …")
                            r"(?:was\s+)?(?:seen\s+|observed\s+|found\s+)?(?:between\s+[^()\[\];,]{1,40}?\s+)?for\s+"
                            r"(?:the\s+)?(?:individual\s+)?(?P<s>[a-z][\w' -]{2,40}?)\s*$|"
                            # "Denosumab was superior to zoledronic acid in delaying time to first on-study SRE (HR …"
                            r"\b(?:superior|inferior|non-?inferior|better|more\s+effective|less\s+effective)\s+to\s+"
                            r"[^()\[\],;]{1,60}?\s+in\s+(?:(?:delaying|preventing|reducing|improving|prolonging|"
                            r"increasing|decreasing|achieving)\s+)?(?:the\s+)?(?P<o>[a-z][\w' -]{2,60}?)\s*$|"
                            # "15 patients in group LE developed hypertension (OR …"
                            r"\b(?P<verb>developed|experienced|suffered|had|received|achieved|required|needed|underwent|switched\s+to)"
                            r"\s+(?:an?\s+)?(?:(?:significantly|markedly|"
                            r"numerically)\s+)?(?:(?:shorter|longer|lower|higher|better|worse|more|less|fewer|greater|"
                            r"smaller)\s+)?(?!(?:in|among|by|at(?!\s+least)|with|during|after|within)\s)"
                            r"(?P<t>[a-z][\w' -]{2,80}?)"
                            # "… developed confirmed tuberculosis at rates of 0.8 and 1.1 per 100 person-years,
                            # respectively (risk ratio …"
                            r"(?:\s+(?:at\s+(?:a\s+)?rates?\s+of|during|within|over)\b[^()\[\];]*?)?"
                            r"(?:,?\s*respectively)?\s*$|"
                            # "2.1 confirmed events per 100 patient-years occurred with A, as compared with 4.5 …"
                            r"\b\d+(?:\.\d+)?\s+(?P<p>[a-z][\w' -]{2,50}?)\s+per\s+\d[\d,]*\s+(?:patient|person|"
                            r"woman|women|child|participant)[- ]?(?:years?|months?)\s+"
                            r"(?:occurred|were\s+(?:observed|seen|reported|recorded))\b|"
                            # "There were 19 and 23 deaths in the placebo and vaccine groups, respectively (RR …"
                            r"^\s*[Tt]here\s+(?:were|was)\s+(?:a\s+total\s+of\s+)?\d[\d,]*\s+(?:(?:and|vs\.?|versus)\s+"
                            r"\d[\d,]*\s+)?(?P<r>[a-z][\w' -]{2,40}?)\s+(?:in|among|with|during|at|on)\b|"
                            # "A total of 23 deaths occurred (12 in group A and 11 in group B; HR …"
                            r"^\s*(?:[Aa]\s+total\s+of\s+)?\d[\d,]*\s+(?P<k>[a-z][\w' -]{2,40}?)\s+(?:occurred|"
                            r"were\s+(?:observed|recorded|reported|seen))\s*$|"
                            # "X treatment delayed time to first exacerbation (median 134 vs 58 days"
                            r"\b(?:delayed|prolonged|shortened|reduced|increased|decreased|improved)\s+(?:the\s+)?"
                            r"(?P<q>(?:time|duration|interval|length|period)\b[\w' -]{1,60}?)"
                            # "AOM 400 delayed the time to recurrence compared with placebo (hazard ratio …"
                            r"(?:\s+(?:compared\s+(?:with|to)|versus|vs\.?|relative\s+to)\s+[\w' -]{1,40}?)?\s*$|"
                            # "Women with NASGs recovered from shock significantly faster (HR 1.25 …": recovery time
                            r"\b(?P<mv>recovered|weaned)\s+from\s+(?:the\s+)?(?P<m>[A-Za-z][\w' -]{1,40}?)\s+"
                            r"(?:(?:significantly|markedly)\s+)?(?:faster|sooner|earlier|more\s+quickly)\s*$|"
                            # "Drug B significantly reduced exacerbation risk by 49% compared with placebo (RR …"
                            r"\b(?:reduced|lowered|decreased|increased|raised|cut|delayed|prolonged)\s+(?:the\s+)?"
                            r"(?:risk\s+of\s+)?(?P<n>[A-Za-z][\w' -]{1,50}?)\s+by\s+\d+(?:\.\d+)?\s*"
                            r"(?:%|percent|months?|weeks?|days?|years?)"
                            r"(?:\s+(?:compared\s+(?:with|to)|versus|vs\.?|relative\s+to)\s+[\w' -]{1,40}?)?\s*$|"
                            # "A and placebo were comparable in adverse events (RR …", "superior … for the outcome of
                            # 'no important global improvement' (n = 95, RR …", "shivering, which was more frequent …"
                            r"\b(?:comparable|similar|equivalent)\s+"
                            r"(?:in|for|with\s+respect\s+to|regarding|in\s+terms\s+of)\s+"
                            r"(?:the\s+)?(?!(?:both|all|each|either|two|three|the)\b)"
                            r"(?P<cw>[A-Za-z][\w' -]{2,60}?)\s*$|"
                            r"\bfor\s+the\s+outcomes?\s+(?:of\s+)?['\u2018\"]?(?P<oc>[A-Za-z][\w' -]{2,60}?)"
                            r"['\u2019\"]?\s*$|"
                            r"(?:^|\bof\s+|,\s*)(?P<wh>[A-Za-z](?:(?!\bof\b)[\w' -]){2,40}?),\s+which\s+(?:was|were)\s+"
                            r"(?:\w+\s+){0,2}?(?:more|less|lower|higher|greater|fewer)\b[^()\[\];]*$|"
                            # "Results with 7PP showed that VR was superior to NRT at week 52 (OR …": the measure named
                            r"^\s*(?:the\s+)?results?\s+(?:with|for|of|using)\s+(?P<u>[\w-]{2,20})\s+(?:showed|revealed|"
                            r"indicated|demonstrated)\b[^()]*$",
                            re.I)
_SUBJECT = re.compile(r"^\s*(?:the\s+)?(?P<x>[A-Za-z]"
                      # ("Grade ≥3 CRS was rare": a harm named by its grade)
                      r"(?:[\w' -]|(?:(?<=[Gg]rade )|(?<=[Gg]rade))(?:[≥≤]|[<>]=?)){1,50}?)"
                      # "Clinical status on the ordinal outcome scale at 14 days did not differ": the scale is how
                      r"(?:\s+on\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?scale\b[\w' -]{0,20}?)?"  # it was measured
                      # "Serious adverse events, mainly bradycardia, were more frequent with A (RR …"
                      r"(?:,\s*(?:mainly|mostly|primarily|chiefly|predominantly|largely|especially|including)\s+"
                      r"[^,;()\[\]]{1,40},)?"
                      r"\s+(?:(?:was|were|is|are|remained)\s+"
                      r"(?:also\s+|significantly\s+|statistically\s+|not\s+|markedly\s+|slightly\s+|numerically\s+|"
                      # "was 15% lower", "were twice as likely", "was 2.5 times higher"
                      r"respectively\s+|\d+(?:\.\d+)?\s*%\s+(?=\w)|\d+(?:\.\d+)?[- ](?:fold|times)\s+)*"
                      r"(?:lower|higher|highest|lowest|elevated|reduced|less|more|affected|influenced|altered|"
                      r"similar|fewer|greater|decreased|increased|improved|shorter|longer|prolonged|delayed|"
                      r"comparable|unchanged|rarer|commoner|rare|uncommon|infrequent|reached|achieved|obtained|attained|different|better|worse|met|significant|"
                      r"successful|"  # "External cephalic version was successful in 32 of 54 women (59%) …"
                      r"superior|inferior)\b|"
                      r"(?:occurred|fell|rose|declined|differed|developed\s+in|favou?red)\b|"
                      # "Functional status at day 90 did not differ significantly between groups (OR …"
                      r"(?:did|does)\s+not\s+(?:significantly\s+)?(?:differ|change|improve|increase|decrease)\b|"
                      # "Tachysystole was found in 7 (7%) …", "Abstinence rates at 7 weeks were 36% versus 21% (OR …"
                      r"(?:was|were)\s+(?:used|found|observed|reported|seen|noted|recorded|documented|present|"
                      r"detected|diagnosed|needed|required)\s+in\b|(?:was|were)\s+(?:respectively\s+)?(?=\d+(?:\.\d+)?\s*%)|"
                      r"(?:(?:significantly|markedly|slightly)\s+)?(?:decreased|increased|improved)\s*"
                      r"(?=$|[,(]|\s+(?:with|in|by|among|after|from)\b))", re.I)
_NOT_A_SUBJECT = re.compile(r"\b(?:patients?|participants?|we|they|it|this|there|treatment|group|arm|drug|trial|study|"
                            r"subjects?|women|men|children|girls|boys|infants|adolescents|mothers|people|individuals|"
                            r"those|who|which|that)\b|"
                            # a number, except in a grade's or scale's name ("TIMI 3 flow", "grade 3 toxicity", "HbA1c")
                            r"(?<![A-Za-z])(?<!(?-i:\b[A-Z]{4}\s))(?<!(?-i:\b[A-Z]{3}\s))(?<!(?-i:\b[A-Z]{2}\s))"
                            r"(?<!\bgrade\s)(?<!\btype\s)(?<!\bstage\s)(?<!\bgrade\s[≥≤<>])(?<!\bgrade[≥≤<>])"
                            r"(?<!\bgrade\s[≥≤<>]\s)(?<!\bgrade\s[<>]=)(?<!\bgrade\s[<>]=\s)\d", re.I)


# a review's graded words for an effect: "alemtuzumab may reduce relapse (RR …)", "X probably reduces mortality"
_GRADED_EFFECT = (r"(?:(?:may|might|probably|likely)\s+(?:(?:slightly|probably)\s+)?(?:reduce|lower|decrease|increase|"
                  r"improve|prolong|delay|shorten|raise)|(?:probably\s+)?(?:reduces|lowers|decreases|increases|improves|"
                  r"prolongs|delays|shortens|raises))")
_EFFECT_VERBS = rf"reduced|lowered|increased|improved|prolonged|decreased|raised|{_GRADED_EFFECT}"
# a clause about patients with a characteristic, not about the arms: "Patients with more severe depression had a higher
# risk for panic disorder (OR, 5.8)"
_CHARACTERISTIC_SUBJECT = re.compile(r"\W*(?:(?-i:[A-Z][A-Z ]{2,40}):\s*)?(?:patients|participants|those|subjects|"
                                     r"women|men|children)\s+(?:with|without|who|aged|whose)\b[^()\[\];]{0,80}?\s"
                                     r"(?:had|has|have|showed|were|was)\b", re.I)
# "A was associated with improved overall BPFS (HR …)": a treatment's effect on a time to an event, not a factor's
_IMPROVED_EVENT_TIME = re.compile(r"\s*(?:significantly\s+)?(?:improved|prolonged|better|longer|superior|inferior|"
                                  r"worse|shorter)\s+(?:overall\s+)?(?-i:[A-Z]{0,4}(?:FS|SS)\d?\b|OS\b|TT[A-Z]{1,3}\b)",
                                  re.I)
_ACRONYM_AFTER_EFFECT = re.compile(rf"\b(?:{_EFFECT_VERBS})\s+(?P<x>[A-Z]{{2,6}}s?)\s*[(\[]\s*$")
_NOUN_BEFORE_BRACKET = re.compile(rf"(?:\band\b|\bor\b|,|;|(?<=[a-z]):|\b(?:{_EFFECT_VERBS}|"
                                  r"more|less|fewer|greater|higher|lower|better|worse)\b|\bin\s+terms\s+of\b)"
                                  # ", as were time to progression (HR …)", "and so was X (HR …)"
                                  r"\s+(?P<as>(?:and\s+)?(?:as|so)\s+(?:was|were|did)\s+)?"
                                  # (or a survival or time-to-event acronym: "improved OS (HR …) and BCSS (HR …)")
                                  # ("time to first and subsequent (multiple) on-study SREs (rate ratio …": a word in
                                  # brackets inside the name)
                                  # ("higher 1-year mortality (adjusted OR …": a time point in the outcome's name)
                                  r"(?:the\s+)?(?P<x>(?:\d{1,3}[- ](?:years?|months?|weeks?|days?|hours?)\s+)?"
                                  r"[a-z][a-z'\u2010/ -]{2,60}?"
                                  r"(?:\([a-z]{2,15}\)[A-Za-z'\u2010/ -]{1,30}?)?"
                                  r"|"
                                  r"[A-Z]{0,4}(?:FS|SS)\d?|TT[A-Z]{1,3}|OS)"
                                  # "objective response rate (ORR) [risk ratio (RR) = …", "low birthweight, LBW (OR …":
                                  # the outcome's abbreviation after its name
                                  r"(?:\s*\([A-Z][A-Za-z0-9-]{1,9}\)|,\s*[A-Z][A-Z0-9-]{1,9})?"
                                  r"\s*[(\[]\s*"
                                  # "postpartum haemorrhage (29 vs. 12, OR 3.7 …)": the groups' counts first
                                  r"(?:\d+(?:\.\d+)?%?\s*(?:vs\.?|versus|v)\s*\d+(?:\.\d+)?%?\s*[,;]\s*)?"
                                  # ("higher 1-year mortality (adjusted OR 2.9 …": the ratio's qualifier)
                                  r"(?:(?:adjusted|unadjusted|crude|multivariate|multivariable)\s+)?$")
_PREDICTOR_NOUNS = r"predictors?|(?:predictive|protective|prognostic)\s+factors?|risk\s+factors?|determinants?"
_PREDICTORS_OF = re.compile(rf"\b(?:(?:{_PREDICTOR_NOUNS})\s+(?:of|for)|"
                            # "… were included in the final prognostic model for overall survival: Age (HR …), …"
                            r"(?:prognostic|predictive|risk|regression|Cox|multivariable|multivariate)\s+models?\s+"
                            r"(?:of|for)|"
                            r"(?:associated|correlated)\s+with)\s+(?:an?\s+)?(?:(?:increased|decreased|higher|lower|"
                            r"reduced|greater)\s+)?(?P<x>[A-Za-z][\w' -]{2,60}?)\s*"
                            # "… associated with X (n = 231): A (HR …)": the analysed number before the colon
                            r"(?:[(\[][^()\[\]]{0,20}[)\]]\s*)?(?:\b(?:were|was|included|are|is)\b|:)"
                            # "… factors for X (SDNN: HR …; SDANN: HR …)": a bracket of labelled items
                            rf"|\b(?:{_PREDICTOR_NOUNS})\s+(?:of|for)\s+(?P<y>[A-Za-z][\w' -]{{2,60}}?)"
                            r"(?=\s*[(\[]\s*[A-Za-z][\w/-]{1,25}\s*:)", re.I)
# "… were predictors for a pathological complete response after chemotherapy in a univariate analysis (OR …"
_PREDICTOR_FOR_BEFORE = re.compile(rf"\b(?:{_PREDICTOR_NOUNS}|predictive)\s+(?:of|for)\s+(?:an?\s+|the\s+)?"
                                   r"(?P<x>[A-Za-z][\w' -]{2,50}?)(?=\s+(?:after|in\s+(?:an?|the)\b|among|by|during|"
                                   # ("… (consensus OH: hazard ratio …", "… (adjusted RR …": an item's label or the
                                   # adjustment between the bracket and the measure)
                                   r"using)\b|\s*[(\[,;])[^.;]*[(\[]\s*(?:[\w -]{1,30}:\s*)?(?:adjusted\s+)?$",
                                   re.I)
_FACTOR_FOR = re.compile(rf"{_CLAUSE_OPENING}(?:(?:in|by|on)\s+(?:the\s+|an?\s+)?[\w -]{{1,30}}?"
                         r"(?:analysis|analyses|regression|model)\s*,?\s*)?(?P<f>[A-Za-z][^,;:()\[\]]{2,80}?)\s+"
                         r"(?:was|were|is|are)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?"
                         r"(?:risk|protective|prognostic|predictive)\s+factors?\s+(?:for|of|influencing|affecting|"
                         r"associated\s+with)\s+(?:an?\s+|the\s+)?"
                         r"(?P<y>[A-Za-z][^,;:()\[\]]{2,60}?)\s*[(\[]\s*(?:adjusted\s+)?$", re.I)
# an item's label opening its part of a bracket: "(SDNN: HR = 0.974 …; SDANN: HR = …"
_ITEM_LABEL_IN_BRACKET = re.compile(rf"[(\[;]\s*(?P<l>[A-Za-z][\w/-]{{1,25}})\s*:\s*{_ADJUSTED}$")
# after a ratio's bracket, the next factor of a list with its own ratio: "…), practice level (OR", "…) and B (HR"
# "…, as was an ECOG score of 2 (HR …)": one more factor for the end point before
_AS_WAS_FACTOR = re.compile(r"[)\]]\s*,?\s*as\s+(?:was|were)\s+(?:an?\s+|the\s+)?(?P<f>[A-Za-z][^()\[\];,.]{1,60}?)\s*"
                            r"[(\[]\s*$", re.I)
# a sex named right after a value and its bracket: "… was 1.65 (95% CI 1.06-2.57) for men"
_SEX_AFTER_VALUE = re.compile(r"\s*(?:[(\[][^()\[\]]*[)\]])?\s*(?:for|among|in)\s+(?:the\s+)?"
                              r"(?P<g>(?:wo)?men|(?:fe)?males|girls|boys)\b", re.I)
# "Age had no significant impact on OS (…, respectively)": a factor whose levels the values are
_FACTOR_NO_IMPACT = re.compile(r"\s*(?:(?-i:[A-Z]{4,}):?\s+)?(?P<f>[A-Za-z][\w -]{1,40}?)\s+(?:had|has|showed|made)\s+"
                               r"(?:no|little)\s+(?:(?:statistically\s+)?significant\s+)?(?:impact|effect|influence)\s+"
                               r"(?:on|upon)\b", re.I)
# the next item of a list after a ratio's bracket: "… (HR 1.41 […]) and death (adjusted HR …"
_NEXT_ITEM = re.compile(r"[^()\[\]]*?[)\]]+\s*,?\s*(?:and\s+|or\s+)?(?P<n>[A-Za-z][^()\[\];,.]{1,40}?)\s*[(\[]")
_LIST_CONTINUES = re.compile(r"[^.;()\[\]]{0,30}?[)\]]?\s*[,;]?\s*(?:and\s+|or\s+)?[A-Za-z]"
                             r"(?:(?!\bwith\b)[^()\[\];.]){1,60}?[(\[]\s*"  # (not "and B with Y (OR", an elided clause)
                             rf"(?:[\w-]+\s*:\s*)?{_ADJUSTED}(?:a?ORs?|a?HRs?|a?RRs?|IRRs?|odds|hazards?|"
                             r"relative|risk)\b", re.I)
# "… for any of the stated outcomes: A (…), B (…)": the items that follow are outcomes, not factors
_OUTCOME_LIST_HEAD = re.compile(r"\b(?:outcomes?|end\s*points?)\s*(?:[(\[][^()\[\]]{0,30}[)\]]\s*)?:", re.I)
# "X was decreased by A (OR …), B (OR …)", "Prevalence of X was predicted by locality (AOR …)"
_PASSIVE_BY = re.compile(rf"{_CLAUSE_OPENING}(?:the\s+)?"
                         r"(?P<x>[A-Za-z][^,;:()\[\]]{2,80}?)\s+(?:was|were)\s+"
                         r"(?:significantly\s+|independently\s+|positively\s+|negatively\s+)?"
                         r"(?:predicted|decreased|increased|influenced|affected|determined|reduced|explained|modified)\s+"
                         # (not "reduced by 23%": a change, no factor)
                         r"by\b(?!\s*(?:about\s+|approximately\s+)?\d[\d.]*\s?%)", re.I)
# "Patients with X-negative tumors derived benefit (HR …", "…, while patients whose tumor did express X did not (HR"
_CONTRASTED_GROUP = re.compile(rf"\b{_GROUP_NOUNS}\s+(?P<x>whose\s+\w+\s+(?:did\s+not|did|was|"
                               r"were|had)\s+[^,;()\[\]]{1,40}?|(?:with|without|who)\b[^,;()\[\]]{2,80}?)\s+"
                               r"(?:did\s+not|derived|had|showed|displayed|experienced|achieved|benefit\w*|were|was|did)\b"
                               r"[^,;()\[\]]{0,60}[(\[]\s*$", re.I)
_EXCEPT_IN = re.compile(r"\bexcept\s+(?:in|among|for)\s+(?:the\s+)?(?P<g>[\w-]+(?:\s[\w-]+){0,3}?)\s*,\s*"
                        r"(?:for|in|among)\s+(?:whom|which)\b[^()\[\]]*[(\[][^()\[\]]*$", re.I)
_PEOPLE_WITH_LEVEL = (r"(?:[\w-]+\s+){0,2}?(?:patients|participants|women|men|children|subjects|those)"
                      r"(?:\s*(?:[<>\u2264\u2265]|aged\b|older\b|younger\b)[^()\[\];,]{0,25}?)?")
_BUT_NOT_IN = re.compile(rf"\b(?:in|among)\s+(?P<a>{_PEOPLE_WITH_LEVEL})\s*(?P<o1>[(\[])[^()\[\]]*[)\]]\s*,?\s*"
                         rf"but\s+not\s+(?:in\s+|among\s+)?(?P<b>{_PEOPLE_WITH_LEVEL})\s*(?P<o2>[(\[])[^()\[\]]*[)\]]",
                         re.I)
_CONTRAST_OF_GROUPS = re.compile(rf"\b(?:while|whereas|but)\s+{_GROUP_NOUNS}\s+"
                                 r"(?:with|without|whose|who)\b", re.I)
# "Restricting the analysis to patients in group A whose … resulted in a larger risk ratio (…"
_RESTRICTED_TO = re.compile(r"\b(?:restricting|restricted|limiting|limited)\s+(?:the\s+|this\s+)?analys[ie]s\s+to\s+"
                            r"(?:the\s+)?(?P<g>[^,;()\[\]]{3,120}?)\s+(?:resulted|gave|yielded|showed|led|produced)\b|"
                            # "When (trial arm) comparisons were limited to teams who completed three sessions, …"
                            r"\bwhen\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:analys[ie]s|comparisons?)\s+(?:was|were|is|are)\s+"
                            r"(?:restricted|limited|confined)\s+to\s+(?:the\s+)?(?P<w>[^,;()\[\]]{3,120}?)\s*,", re.I)
# "On-treatment analysis yielded similar results (HR …", "… or per protocol population (aOR 0.457 …"
_PER_PROTOCOL_BEFORE = re.compile(r"\b(?:per[- ]protocol|on[- ]treatment|as[- ]treated)(?:\s+(?:analys[ie]s|population|"
                                  r"set|basis|cohort))?\b[^.;()\[\]]{0,50}[(\[][^()\[\]]*$", re.I)
# a section label that may open a sentence ("RESULTS: ", "FINDINGS ")
_SECTION_LABEL = r"\s*(?:(?-i:[A-Z]{4,}):?\s+)?"
# a clause opened by the analysis set: "In the per-protocol population, X developed in 14 … (HR …)"
# (its size in a bracket: "In the per-protocol population (n = 412), …"; "Among completers, …": per protocol)
_ANALYSIS_SET_OPENER = re.compile(_SECTION_LABEL + r"(?:In|Among|For|Within)\s+(?:(?:(?:the|an?)\s+)?"
                                  r"(?P<set>per[- ]protocol|on[- ]treatment|as[- ]treated|"
                                  r"modified\s+intention[- ]to[- ]treat|modified\s+intent[- ]to[- ]treat|m-?ITT|"
                                  r"intention[- ]to[- ]treat|intent[- ]to[- ]treat|ITT)"
                                  r"\s+(?:population|analys[ie]s|set|cohort|sample)|(?:the\s+)?(?:study\s+)?"
                                  r"(?P<completers>completers))(?:\s*\([^()]{1,60}\))?\s*,", re.I)
# a group of patients named in a sentence's head before a colon that opens its results: "… was longer for patients with
# del19-positive tumours in the afatinib group than in the chemotherapy group in both trials: in LUX-Lung 3, median …"
_HEAD_PEOPLE = re.compile(r"\b(?:for|in|among)\s+(?:the\s+)?(?:\d[\d,]*\s+)?"
                          r"(?:patients|participants|women|men|children)\s+"
                          r"(?:with|without|who\s+(?:had|were))\s+(?P<g>[^,;:()]{3,60}?)"
                          r"(?=\s+(?:in\s+(?:the|both|either|each)|than|treated|receiving|given|randomi[sz]ed)\b|\s*[,:]|$)",
                          re.I)


def _head_group(sent: str, pos: int, later: bool, doc: _Doc) -> M.Population | None:
    """The group of patients a sentence's head names before the colon that opens the results at ``pos`` (after the
    text's first estimate, or for a group the Methods never name); None when there is none."""
    colon = sent.rfind(":", 0, pos)
    if colon < 0 or re.search(r"\d+(?:\.\d+)?\s*(?:%|months?|weeks?|days?|years?)|[(\[]", sent[:colon]):
        return None  # (no head, or a head that holds results of its own)
    m = next(reversed(list(_HEAD_PEOPLE.finditer(sent, 0, colon))), None)
    if m is None or not (later or doc.narrower(m.group("g"))):
        return None
    return M.Population("subgroup", m.group("g").strip())


# several ratios summarised by a bare range: "(ORs 2.21-5.96, P < 0.05)" (but a range in words, "hazard ratios ranged
# from 1.2 to 1.9", gives its two ends, as the labellers of sets TS and WP counted them)
_PLURAL_RANGE = re.compile(rf"(?:a?(?:OR|HR|RR|IRR)s|(?i:(?:odds|hazards?|risk|rate)\s+ratios)|"
                           # ("demonstrated an RR of 0.84 to 0.86 in favour of …": one name, two analyses' values)
                           rf"(?:OR|HR|RR|IRR|(?i:(?:odds|hazard|risk|rate)\s+ratio))(?=\s+(?i:of)\s+{_NUM}\s+(?i:to)\s+"
                           rf"{_NUM}\s+(?i:in\s+favou?r|for|across|in)\b))\s*(?:[=:,]\s*)?(?i:of\s+)?"
                           rf"{_NUM}\s*(?:[-\u2013]|(?i:to))\s*{_NUM}"
                           r"\s*(?:[,;)\]]|$|(?=(?i:in\s+favou?r|for|across)\b))")


def _analysis_set(sent: str, pos: int) -> M.Population | None:
    """The analysis set a clause opens with ("In the per-protocol population, …", "Among completers, …"), for an
    estimate at ``pos``; None when the clause names none (or the intention-to-treat set, which is everyone)."""
    aset = _ANALYSIS_SET_OPENER.match(sent, _group_clause_start(sent, 0, pos))
    if not aset and ";" not in re.sub(r"\([^()]*\)|\[[^\[\]]*\]", "", sent[:pos]):
        aset = _ANALYSIS_SET_OPENER.match(sent)  # (its bracket may hold a semicolon: "(arm A, n=467; arm C, n=511)")
    if not aset:
        return None
    set_name = "per protocol" if aset.group("completers") else aset.group("set").lower()
    return M.Population("per_protocol") if re.match(r"per|on|as", set_name) else \
        M.Population("modified_itt") if re.match(r"m", set_name) else None


# "… was 0.54 for the Europe subgroup (p < .001) and 0.50 for the RoW subgroup": the group named after a value
_SUBGROUP_AFTER_VALUE = re.compile(r"\s+(?:for|in|among)\s+(?:the\s+)?"
                                   r"(?P<g>[\w+/\u2265\u2264<>-]+(?:\s[\w+/-]+){0,3}?)\s+"
                                   r"(?:subgroup|subset|stratum|cohort|subpopulation)\b", re.I)
# "In subgroup analyses, X had a greater benefit in men (HR …)"
_SUBGROUP_ANALYSES_OPENER = re.compile(_SECTION_LABEL + r"In\s+(?:the\s+|an?\s+)?(?:(?:pre-?specified|exploratory|"
                                       r"post[- ]hoc|unplanned)\s+)?(?:subgroup|subset|biomarker)\s+analys[ie]s\b"
                                       # "In a prespecified subgroup analysis of HPV-positive participants, …", "In a
                                       # biomarker analysis of patients with EGFR-overexpressed tumors (3+ …; n = 241)
                                       # median TTP was …"
                                       r"(?:\s+(?:of|in|among)\s+(?:the\s+)?(?:patients\s+(?:with\s+)?)?"
                                       r"(?P<g>[^,;()]{2,60}?)(?=\s*[,(\[]))?"
                                       r"\s*(?:[(\[](?:[^()\[\]]|\[[^\[\]]*\])*[)\]]\s*)?,?", re.I)
# "In the PD-L1 of at least 50% population, which consisted of 563 patients, median …": a named part of the trial
# (not its intention-to-treat, per-protocol, safety or whole population)
_POPULATION_OPENER = re.compile(_SECTION_LABEL + r"In\s+(?!(?:the\s+)?(?:intent(?:ion)?|ITT|mITT|modified|overall|"
                                r"whole|total|entire|full|all|per[- ]protocol|safety|evaluable|study|trial)\b)"
                                r"(?:the\s+)?"
                                r"(?:(?P<g>[^,;()]{2,50}?)\s+(?:population|cohort|subpopulation|subset)|"
                                # "In the cohort of patients with PIK3CA-mutated cancer,"
                                r"(?:population|cohort|subpopulation|subset|subgroup)\s+of\s+(?:\d[\d,]*\s+)?"
                                r"(?:patients\s+)?(?P<g2>(?:with|without|who)\s(?:[^,;()]|\([^()]{1,15}\)){2,80}?)|"
                                # "In cohort B, …": a cohort named by its letter
                                r"(?P<g3>(?:cohort|part|stratum)\s+(?-i:[A-Z]|\d)\d?)|"
                                # "In an anticipated low-risk group, …": a group with the indefinite article is a set of
                                # the patients, never an arm
                                r"(?<=\b[Ii]n\s)(?P<g4>(?:an?)\s+[^,;()]{2,50}?\s+(?:group|subgroup)))"
                                # (with its size: "In cohort 1 (n=66), …")
                                r"(?:\s*[(\[]\s*n\s*=\s*\d[\d,]*\s*[)\]])?\s*,", re.I)


def _opener_name(po: re.Match[str]) -> str:
    """The group a :data:`_POPULATION_OPENER` match names."""
    return po.group("g") or po.group("g2") or po.group("g3") or re.sub(r"^an?\s+|\s+(?:sub)?group$", "",
                                                                      po.group("g4") or "")


# "For OS, the HR was 0.75 …": the end point opening the clause
_ENDPOINT_OPENER = re.compile(_SECTION_LABEL + r"For\s+(?:the\s+)?(?P<ep>[^,;()]{2,40}?)\s*,", re.I)
# "…; for the original coprimary end point of the first occurrence of death from cardiovascular causes, nonfatal
# myocardial infarction, or nonfatal stroke, the hazard ratio was 0.84 (…)": an end point and its definition, which
# may list events with commas, before the measure's name
_DEFINED_ENDPOINT_OPENER = re.compile(_SECTION_LABEL + r"For\s+(?:the|an?|its)\s+(?:[\w-]+\s+){0,3}?"
                                      r"(?P<ep>(?:end\s*-?\s*points?|outcomes?)\s+(?:of\s+)?[^;()\[\]]{3,200}?),\s+"
                                      r"(?:the\s+)?(?:[\w-]+\s+)?(?:hazards?|odds|risk|rate|relative)\s", re.I)
# the value of a ratio: its first number after the measure's name ("HR 0.54", "was 0.54")
_NUM_AT_VALUE = re.compile(r"(?<![\w.])\d+(?:[.\u00b7]\d+)?(?![\d.])")
_BY_FACTOR = re.compile(rf"\bby\s+(?P<l>[^,;:()\[\]]{{2,60}}?)\s*[(\[]\s*{_ADJUSTED}$", re.I)
# "… did not indicate any association with AML [GG vs. AA: OR …": the outcome named before the bracket of items
_ASSOCIATION_WITH = re.compile(r"\bassociations?\s+with\s+(?:an?\s+|the\s+)?(?P<x>[A-Za-z][\w' -]{1,40}?)\s*[(\[]"
                               r"[^()\[\]]*$", re.I)
_ASSOCIATED_SUBJECT = re.compile(r"(?:^|[,;:]\s*(?:and\s+|but\s+|while\s+)?|\b(?:and|but|while)\s+)(?:an?\s+|the\s+)?"
                                 r"(?P<f>[A-Za-z][\w'/ -]{2,50}?)\s+(?:(?:was|were|is|are)\s+(?:significantly\s+|"
                                 r"independently\s+|positively\s+|negatively\s+|inversely\s+)?associated\s+with|"
                                 # "ARC scores significantly predicted successful SAT completion (OR …"
                                 r"(?:(?:significantly|independently|still)\s+)*(?:predicted|impacted|affected|"
                                 r"influenced))\s+"
                                 # (not the passive "Mortality was not significantly affected by stenting (OR …")
                                 r"(?:an?\s+)?(?!by\s)(?P<ep>[^()\[\];,]{2,60}?)\s*[(\[]\s*$", re.I)
# a listed factor before its bracket that opens with other statistics: "…), a lower titer (P = 0.05; "
_ITEM_BEFORE_STATS = re.compile(r"(?:^|[,;(]|\band\b|(?<=\s))\s*(?:and\s+)?(?P<l>[A-Za-z][^,;:()\[\]]{1,60}?)"
                                r"\s*[(\[]\s*(?:[Pp]\s*[=<>]\s*[\d.]+|\d+(?:\.\d+)?\s*%?)\s*[;,]\s*$")
# a clause whose subject is the outcome compared: "Ischaemic events were fewer in the active group (HR …"
_SUBJECT_FEWER = re.compile(r"\W*(?:(?-i:[A-Z]{4,}):?\s+)?(?:the\s+)?(?P<x>[A-Za-z][^,;()\[\]]{2,60}?)\s+"
                            r"(?:was|were)\s+"
                            r"(?:(?:not\s+)?(?:significantly|slightly|much|somewhat)\s+)?(?:fewer|more|less|lower|higher|"
                            r"greater|reduced|increased|decreased|similar)\b", re.I)
# words that are no end point's name: another ratio printed inside them, a qualifier of the whole result
# ("HR per 1 SD, 1.19": a covariate's step; "predictors for those non-pedunculated": people)
_NOT_AN_END_POINT_TEXT = re.compile(r"\b(?-i:a?HRs?|a?ORs?|RRs?|IRRs?)\s*[=:]?\s*\d|"
                                    r"^\s*(?:regardless|irrespective)\s+of\b|^\s*per\s+(?:\d|one\b|(?-i:SD)\b|unit)|"
                                    # "affected by stenting (OR …", "more complications in the stented group (OR …": a
                                    # group or a cause; "The pooled OR for the five studies was …": the studies pooled
                                    r"^\s*those\b|^\s*(?:by|in|among)\s|^\s*(?:the\s+)?\w+\s+(?:studies|trials|RCTs)\s*$",
                                    re.I)
# (a quick look first: such a verb somewhere after the ratio)
_FACTORS_VERB_LATER = re.compile(r"\b(?:were|was)\s+(?:\w+\s+)?(?:associated|predictive|predictors|risk\s+factors)\b",
                                 re.I)
# a list of factors whose verb closes the sentence without an object: "… (OR …) and C (OR …) were associated."
_FACTORS_CLOSE = re.compile(r"[^.;()\[\]]*\b(?:were|was)\s+(?:(?:significantly|independently|all)\s+)?(?:associated|"
                            r"predictive|(?:independent\s+)?(?:predictors|risk\s+factors))\s*(?:[.;]|$)", re.I)
_OUTCOME_OPENER = re.compile(r"(?:^|[;:]\s*|\.\s+)(?:for|regarding|with\s+respect\s+to)\s+(?:the\s+)?"
                             r"(?P<x>[a-z][\w -]{2,50}?),\s", re.I)


def _factors_then_verb(sent: str, r: _Ratio) -> bool:
    """Whether only more listed factors (", B (OR …), and C (OR …)") stand between the ratio and the list's verb
    ("were", "was", "as being …"): no clause of its own ("…, but A was associated with …")."""
    rest = re.sub(r"^\s*[)\]]", "", sent[r.end:])
    for _ in range(3):
        rest = re.sub(r"[(\[][^()\[\]]*[)\]]", "", rest)
    return re.match(r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?!\s*(?:but|whereas|while|although|which|who)\b)"
                    r"[^,;]{1,60}?)*"
                    r"\s*,?\s+(?:were|was|as)\s", rest, re.I) is not None


def _outcome_opener_of_factors(sent: str, r: _Ratio) -> str | None:
    """The outcome a clause opens with ("for X, A (OR …), B (OR …) were associated") when the ratio is one of
    the clause's listed factors and the clause's verb has no object; else None."""
    rest = re.sub(r"^\s*[)\]]", "", sent[r.end:])
    for _ in range(3):  # (the later items' own brackets, nested once)
        rest = re.sub(r"[(\[][^()\[\]]*[)\]]", "", rest)
    if not _FACTORS_CLOSE.match(rest):
        return None
    clause, depth = 0, 0
    for i, ch in enumerate(sent[:r.start]):  # (the clause opens at the last ';' outside brackets)
        depth += (ch in "([") - (ch in ")]")
        clause = i if ch == ";" and depth <= 0 else clause
    opener = list(_OUTCOME_OPENER.finditer(sent, clause, r.start))
    return _clean_endpoint(opener[-1].group("x")) if opener else None


_PREDICTORS_AFTER = re.compile(r"(?:[^.;]|\.\d)*?\b(?:were|was|are|is|as)\s+(?:\w+\s+){0,3}?"
                               rf"(?:(?:{_PREDICTOR_NOUNS}|factors?|parameters?)\s+(?:of|for|"
                               r"related\s+to|associated\s+with)|"
                               # "A (OR …), B (OR …) were significantly associated with X"
                               r"(?:associated|correlated)\s+with)\s+(?:an?\s+)?"
                               r"(?:(?:worse|poor|poorer|better|shorter|longer|higher|lower|increased|reduced|decreased|"
                               r"greater)\s+)?(?:(?:risks?|odds|likelihood)\s+(?:of|for)\s+)?"
                               r"(?P<x>[A-Za-z][\w' -]{1,50}?)\s*(?:[.;,(]|$|\s+(?:in|among|after|at)\b)", re.I)
_EFFECT_AFTER_BRACKET = re.compile(r"[^()\[\]]*?[)\]]\s*(?:(?:significantly|independently|also)\s+)?"
                                   r"(?:reduced|increased|lowered|raised|decreased|doubled|tripled)\s+the\s+"
                                   r"(?:risks?|odds|rates?|incidence|likelihood|hazard)\s+of\s+(?:an?\s+)?"
                                   r"(?P<x>[A-Za-z][\w' -]{2,60}?)\s*(?:[.;,(]|$)",
                                   re.I)
_FACTORS_LISTED = re.compile(r"\b(?:associated\s+with|predictors?|predictive|(?:risk|protective)\s+factors?|"
                             r"independent\w*|multivariat\w*|multivariable|prognostic)\b", re.I)
_QUOTED_BEFORE_BRACKET = re.compile(r"(?:^|(?<=[\s:,;]))[\u2018\u201c'\"]"
                                    r"(?P<q>[^\u2018\u2019\u201c\u201d'\"()\[\]]{3,90})[\u2019\u201d'\"]\s*[(\[]\s*$")
# "(Puerperal infection: 41/190 [22%] with enema v 26/182 [14%] without enema; RR 0.66 …)": the bracket's label
_LABEL_IN_BRACKET = re.compile(r"[(\[;]\s*(?P<x>[A-Za-z][\w'\u2010 -]{2,40}?)\s*:\s*[^:;]{0,120};\s*$")
_NOT_A_NOUN = re.compile(r"\b(?:with|in|than|was|were|is|are|had|has|have|likely|for|by|vs|versus|compared|among|after|"
                         r"who|which|did|does|reach|reached|significance|"
                         r"respectively|significantly|similar|different)\b|"
                         # "Mortality was reduced overall (RR …)": an adverb, not the outcome
                         r"^(?:overall|alone|only|also|too|again|similarly|instead|thereafter|throughout)$|"
                         # "X was more frequent (OR …)", "… less common with A (RR …)": what was said of X, not X
                         r"^(?:frequent|common|often|prevalent|pronounced|marked|apparent|evident)\b")
# "more pronounced effects were observed in X (HR …)": the size of an effect, not an outcome
_EFFECT_NOT_OUTCOME = re.compile(r"(?:(?:more|less|greater|smaller|larger)\s+)?(?:pronounced\s+|marked\s+|"
                                 r"consistent\s+|similar\s+)?(?:effects?|benefits?|improvements?)", re.I)


_NEED_FOR = re.compile(r"^(?:(?:and|or)\s+)?(?:the\s+)?(?:need|requirement|necessity)\s+for\s+", re.I)


# how many studies a review's item rests on: "three studies", "12 trials", "1,024 RCTs"
_STUDIES_COUNT = rf"(?:\d[\d,]*|{_COUNT_WORD})\s+(?:studies|study|trials?|RCTs?)"
_PAIR_THEN_MEASURE = re.compile(r"[(\[]\s*(?:\d[\d.,/]*\s*%?\s*(?:versus|vs\.?|v)\s*\d[\d.,/]*\s*%?\s*[;,]\s*|"
                                # "preterm birth before 34 (three studies; 494 women; RR 0.46 …": a review's evidence
                                # base first
                                rf"{_STUDIES_COUNT}\s*[;,]\s*(?:(?:n\s*=\s*)?[\d,]+\s*(?:[a-z]+\s*)?[;,]\s*)?)"
                                r"(?:(?:average|typical|pooled|adjusted|summary)\s+)?", re.I)
# a sentence that names its outcome, then the groups' rates without a verb, then the ratio's bracket
# (the rates without a verb: not "Abstinence rates at 7 weeks were 36.4% versus 20.8% (OR …", read elsewhere)
_RATES_AFTER_OUTCOME = re.compile(r"^\W*(?:(?-i:[A-Z][A-Za-z ]{2,30}):\s+|(?-i:[A-Z]{4,})\s+)?"
                                  r"(?P<x>(?![^.;:()\[\]%]*\b(?:was|were|is|are|occurred|happened|had|did)\b)"
                                  r"[A-Za-z][^.;:()\[\]%]{2,80}?)"
                                  r"(?::\s*|\s+)\d[\d.]*\s*%\s*(?:vs\.?|versus|v|and)\s*\d[\d.]*\s*%\s*[(\[]\s*$",
                                  re.I)
# the kind of estimate between the bracket and the measure's name: "(average RR", "(Peto OR", "(stratified HR"
_QUALIFIER_IN_BRACKET = re.compile(r"[(\[]\s*(?:(?:average|typical|pooled|adjusted|unadjusted|summary|stratified|"
                                   r"overall|Peto|crude|combined|multivariable|multivariate|fixed[- ]effects?|"
                                   r"random[- ]effects?)\s+)+", re.I)
_ADJUSTED_FOR_BEFORE = re.compile(r"\b(?:independent(?:ly)?\s+of|adjust(?:ed|ing)\s+for|controlling\s+for|after\s+"
                                  r"adjustment\s+for)\s+[^.;()\[\]]{1,70}[(\[]\s*$", re.I)
# an outcome defined by a threshold, right before the ratio's bracket: "odds of a lymph node yield >=12 (", "risk of
# a score of 3 or more ["
# the sentence's subject, then its relative change: "colorectal cancer incidence in the intervention group was reduced
# by 23% (hazard ratio 0.77, …)", "incidence of X in people attending screening was reduced by 33% (0.67, …)"
_REDUCED_BY_PERCENT = re.compile(r"(?:^|[,;:]\s*)(?:(?-i:[A-Z]{4,})\s+)?(?:in\s+[^,;()\[\]]{2,60}?,\s*)?"
                                 r"(?P<x>(?!(?:in|among|for)\b)"
                                 r"[A-Za-z](?:[^,;:()\[\]%]|\([^()\[\]%]{1,40}\)){2,80}?)"
                                 r"(?:\s+(?:in|among)\s+(?:the\s+)?[^,;()\[\]%]{2,50}?)?\s+(?:was|were|is|are)\s+"
                                 r"(?:(?:significantly|further|probably|possibly|likely|slightly|substantially)\s+)?"
                                 r"(?:reduced|lowered|decreased|increased|raised)\s+by\s+"
                                 # ("The caesarean section rate is probably reduced by about 10% (13.5% versus …, RR")
                                 r"(?:(?:about|approximately|around|nearly|almost)\s+)?"
                                 r"\d+(?:\.\d+)?\s?%\s*[(\[]?\s*$", re.I)
# "no difference was observed in X (RR …", "a difference was found for X ("
_DIFFERENCE_OBSERVED_IN = re.compile(r"\bdifferences?\s+(?:was|were)\s+(?:observed|found|seen|noted|detected|shown)\s+"
                                     r"(?:in|for)\s+(?:the\s+)?(?P<x>[A-Za-z][\w' -]{1,60}?)\s*[(\[]\s*$", re.I)
# words before a ratio's bracket that name no outcome: a verdict, a time, people, a change without its object
_NO_OUTCOME_WORDS = re.compile(r"(?:(?:there\s+was\s+|showed\s+|found\s+|(?:was|were)\s+)?no\s+"
                               r"(?:significant\s+|clear\s+|statistically\s+significant\s+)?"
                               r"(?:difference|effect|evidence)s?|(?:very\s+)?uncertain|unclear|similar|"
                               r"(?:the\s+)?(?:patients|participants|people|women|men|children)|"
                               rf"(?:\d+(?:\.\d+)?|{_COUNT_WORD}|eighteen|thirty|forty|fifty|sixty)[- ]"
                               r"(?:months?|weeks?|years?|days?)|"
                               r"(?:increases?|decreases?|reductions?)\s+in|"
                               # "had similar outcomes irrespective of treatment (HR …)": which outcome, unsaid
                               r"(?:similar|comparable|better|worse|poorer|different)\s+outcomes?(?:\s+\S.*)?|"
                               # "patients treated", "patients treated with A": the people, not what happened to them
                               r"(?:patients|participants|subjects)\s+(?:treated|randomi[sz]ed|assigned|allocated)"
                               r"(?:\s+\S.*)?)",
                               re.I)
# "a significant reduction in risk of perinatal mortality (six studies; …; RR …": the outcome changed
_CHANGE_IN_BEFORE = re.compile(r"\b(?:reductions?|increases?|decreases?|improvements?)\s+in\s+(?:the\s+)?"
                               r"(?:(?:risk|incidence|rate|odds|occurrence|(?:patient\s+)?reports?|numbers?|proportion|"
                               r"frequency)\s+of\s+)?"
                               r"(?P<x>[A-Za-z][\w' -]{1,60}?)\s*[(\[]\s*$", re.I)
# the next item of a review's list of outcomes, after the bracket of the one before: "…), preterm birth before 34 ("
_LIST_ITEM_AFTER_BRACKET = re.compile(r"[)\]]\s*,\s*(?:and\s+)?(?P<x>[A-Za-z][\w' -]{1,60}?)\s*[(\[]\s*$")
# a review's evidence base opening the ratio's bracket: "(three studies; 494 women; "
_REVIEW_EVIDENCE = re.compile(rf"\s*{_STUDIES_COUNT}\b", re.I)
# "effective for preventing MI occurrence (RR …", "in reducing the risk of stroke (RR …"
_PREVENTING_BEFORE = re.compile(r"\b(?:for|in|at)\s+(?:preventing|reducing|the\s+prevention\s+of|"
                                r"the\s+reduction\s+of)\s+"
                                r"(?:the\s+)?(?:(?:risk|incidence|occurrence|rate)\s+of\s+)?"
                                r"(?P<x>[A-Za-z][\w' -]{1,50}?)\s*[(\[]\s*$", re.I)
# an item of a list of outcomes after a colon: "…: X (RR …); Y (RR …)"
_OUTCOME_LIST_ITEM = re.compile(r"(?:(?<=(?-i:[a-z])):|[)\]];)\s*"
                                r"(?P<x>(?!(?:in|among|for|with|and|or|but|while|whereas)\b)"
                                r"(?![^:;()\[\]]*\b(?:increased|reduced|decreased|improved|lowered|raised|may|might|"
                                r"did|does|do|showed|shows|had|has|have|found|was|were|is|are)\b)"
                                r"[A-Za-z][^:;,()\[\]]{2,80}?)\s*[(\[]\s*$", re.I)
# a threshold inside an outcome's name: "Apgar score less than seven", "pH less than 7.15"
_THRESHOLD_IN_NAME = re.compile(r"\b(?:less|more|greater|fewer|lower|higher)\s+than\s+[\w.]+", re.I)
_WERE_DISEASE_FREE = re.compile(r"\b(?:were|was|remained|being)\s+(?P<x>(?:alive\s+and\s+)?disease[- ]free)\b"
                                r"[^.;()\[\]]{0,30}[(\[]?\s*$", re.I)
_THRESHOLD_OUTCOME_BEFORE = re.compile(
    r"\b(?:odds|risks?|likelihood|probability|chances?)\s+of\s+(?:an?\s+|the\s+)?(?P<x>[A-Za-z][\w -]{1,50}?"
    r"(?:\s*(?:>=|<=|[<>\u2264\u2265])\s*\d+(?:\.\d+)?|\s+of\s+\d+(?:\.\d+)?\s+or\s+(?:more|less|fewer|greater|higher|"
    r"lower)))\s*[(\[]\s*$", re.I)


def _noun_before_bracket(sent: str, pos: int) -> str | None:
    """"Drug N reduced mortality (RR 0.86 …) and hospitalisation (RR 0.79 …)": the outcome named right
    before the bracket that holds the ratio."""
    q = _QUOTED_BEFORE_BRACKET.search(sent, max(0, pos - 120), pos)
    if q:  # "more likely to believe that: 'it is difficult to quit' (RR = 1.56 …)": the quoted item
        return q.group("q").strip()
    if (op := _enclosing_open(sent, pos)) is not None and (_PAIR_THEN_MEASURE.fullmatch(sent, op, pos) or
                                                           _QUALIFIER_IN_BRACKET.fullmatch(sent, op, pos)):
        pos = op + 1  # "serious neonatal morbidity (15.8% versus 13.6%; average RR 0.96 …": the groups' rates first;
        # "reduced neonatal death (average RR 0.69 …", "(Peto OR …", "(stratified HR …": the kind of estimate first
    if _ADJUSTED_FOR_BEFORE.search(sent, max(0, pos - 90), pos):
        return None  # "… a lower risk of mortality, independent of age, sex and dialysis vintage (HR …)": the model's
        # other variables, not an outcome
    if th := _THRESHOLD_OUTCOME_BEFORE.search(sent, max(0, pos - 100), pos):
        return _clean_endpoint(th.group("x"))  # "lower odds of a lymph node yield ≥12 (OR = 0.51)": with its threshold
    if (rb := _RATES_AFTER_OUTCOME.search(sent, 0, pos)) and (x := _clean_endpoint(rb.group("x"))) and \
            not _NOT_A_NOUN.search(x):
        return x  # "Major bleeding 6% vs 4% (HR …", "Pulmonary complications: 6% vs 13% (adjusted OR …": the outcome
        # the sentence opens with, then the groups' rates
    if (li := _OUTCOME_LIST_ITEM.search(sent, max(0, pos - 120), pos)) and \
            re.search(r"(?<=[a-z]):", sent[:li.start("x")]) and not _FACTORS_LISTED.search(sent, 0, li.start("x")) and \
            (x := _clean_endpoint(li.group("x"))) and not _people(x) and \
            not _NOT_A_NOUN.search(_THRESHOLD_IN_NAME.sub("", x)):
        return x  # "… not different between groups: Apgar score less than seven at five minutes (RR …); umbilical
        # artery pH less than 7.15 (RR …)": a list's item, its threshold part of its name
    if (nd := _DIFFERENCE_OBSERVED_IN.search(sent, max(0, pos - 120), pos)) and \
            (x := _clean_endpoint(nd.group("x"))) and not _NOT_A_NOUN.search(x) and not _people(x):
        return x  # "no difference was observed in major bleeding at 14 to 90 days (RR …": what was compared
    if (ri := _CHANGE_IN_BEFORE.search(sent, max(0, pos - 100), pos)) and (x := _clean_endpoint(ri.group("x"))) and \
            not _NOT_A_NOUN.search(x) and not _people(x):
        return x  # "a significant reduction in risk of perinatal mortality (six studies; …; RR 0.40 …"
    if (li := _LIST_ITEM_AFTER_BRACKET.search(sent, max(0, pos - 80), pos)) and \
            (x := _clean_endpoint(li.group("x"))) and not _NOT_A_NOUN.search(x) and not _people(x) and \
            _REVIEW_EVIDENCE.match(sent, pos) is not None and (
                not _FACTORS_LISTED.search(sent, 0, li.start())
                or re.search(r"\bassociated\s+with\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:reductions?|increases?|"
                             r"decreases?|improvements?)\b", sent, re.I)):
        return x  # "…), preterm birth before 34 (three studies; 494 women; RR 0.46 …": a review's next outcome
    if (pv := _PREVENTING_BEFORE.search(sent, max(0, pos - 90), pos)) and (x := _clean_endpoint(pv.group("x"))) and \
            not _NOT_A_NOUN.search(x) and not _people(x):
        return x  # "Fibrates were moderately effective for preventing MI occurrence (RR …": what was prevented
    if df := _WERE_DISEASE_FREE.search(sent, max(0, pos - 80), pos):
        return df.group("x")  # "… patients in the A group and … in the B group were disease free at 5 years (HR …"
    if (rd := _REDUCED_BY_PERCENT.search(sent, max(0, pos - 200), pos)) and (x := _clean_endpoint(rd.group("x"))) \
            and not _NOT_A_NOUN.search(x) and not _people(x):
        return x  # "X in the intervention group was reduced by 23% (HR …": the subject whose change the ratio is
    m = _NOUN_BEFORE_BRACKET.search(sent, max(0, pos - 100), pos)
    if m and m.group("as") and (_cue(_PREDICTOR_CUE, sent) or re.search(r"\bdid\s*$", m.group("as"))):
        return None  # "A was associated with higher mortality (HR …), as were male sex (HR …)": factors; "A increased
        # uptake (OR …), as did B (OR …)": B did what A did (a group), its outcome is A's
    if m and m.group().startswith((";", ":")) and _FACTORS_LISTED.search(sent, 0, m.start()) and \
            not (m.group().startswith(":") and re.search(r"\bwith\s*$", sent[:m.start()])):
        m = None  # "associated with HBV infection: X (OR …); injection drug use (OR …)": factors, not outcomes (but
        # "A was associated with: preterm birth, PTB (OR …)": what A is associated with)
    elif not m and (ac := _ACRONYM_AFTER_EFFECT.search(sent, max(0, pos - 40), pos)):
        return ac.group("x")  # "X reduced LBW (risk ratio …": an acronym after an effect verb (not "…, or GGH (…")
    elif m and re.match(r"[,;]|\s*(?:and|or)\b", m.group()) and _FACTORS_LISTED.search(sent, pos):
        return None  # "bone (HR …), liver (HR …), and CNS (HR …) metastases were independent predictors of OS"
    if m and re.search(r"\bin\s+favou?r\s+of\b(?:(?!\b(?:in|for|on|of)\s)[^()\[\];.])*$", sent[:m.start("x")], re.I):
        return None  # "… in favour of myeloablative therapy over chemotherapy or no further treatment (…; HR …": groups
    if m and re.search(r"(?<!association )(?<!correlation )(?<!relationship )\bbetween\s+(?:the\s+)?"
                       r"[^,;()\[\]]{1,50}\s+and\s+(?:the\s+)?$", sent[max(0, m.start("x") - 70):m.start("x")], re.I):
        return None  # "DFS did not differ between NPS and control [HR …]": the second group, not an outcome (but
        # "an association between X score and the development of stroke (HR …)": the outcome)
    if not m or _NOT_A_NOUN.search(_NEED_FOR.sub("", m.group("x"))):  # ("need for ventilation (OR …)": an outcome)
        m = _LABEL_IN_BRACKET.search(sent, max(0, pos - 170), pos)
        if not m or _NOT_A_NOUN.search(m.group("x")) or _people(m.group("x")):
            return None
    x = re.sub(r"^(?:and|or|nor|neither|either|often|more|less)\s+", "", m.group("x").strip(), flags=re.I)
    if re.fullmatch(r"death|mortality|died|dying", x, re.I) and m.group().lstrip().lower().startswith("or") and \
            (ev := _EVENT_OR_BEFORE.search(sent, max(0, m.start() - 80), m.end("x"))):
        x = f"{ev.group('y').strip()} or {x}"  # "in progression to new WHO stage 4 event or death (HR …": a composite
    x = re.sub(r"^(?:as\s+well\s+as|along\s+with)\s+(?:an?\s+)?(?:(?:lower|higher|increased|reduced|decreased|"
               r"greater)\s+)?", "", x, flags=re.I)  # ", as well as a lower risk of overall mortality (aHR …"
    # "Compared with placebo, drug B reduced the risk of X (RR …": the outcome after the effect verb, not the subject
    x = re.sub(rf"^{_GROUP_NAME}\s+{_EFFECT_VERB}\s+(?:the\s+)?", "", x, flags=re.I)
    x = re.sub(r"^(?:risks?|odds|rates?|incidence|likelihood|probability|chances?)\s+of\s+", "", x, flags=re.I)
    x = _clean_endpoint(x)
    if _INCLUDING_GROUP.match(x):
        return None  # "…, including those at low risk (HR 0.54 …)": a group of the trial, not an end point
    if re.fullmatch(r"(?:medians?|means?|averages?)(?:\s+\(?(?:IQR|range|SD)\)?)?", x, re.I):
        return None  # "(median: A, 10.3 mo vs. B, 7.9 mo; HR = 0.773": the statistic's label, not an end point
    if re.match(r"(?:with|without|those)\b", x, re.I) or re.fullmatch(r"respectively|overall|in\s+total", x, re.I):
        return None  # "between patients with low muscle mass and those without (OR …": the compared groups;
        # "…, respectively (p = 0.0001, hazard ratio 10.2)": no outcome's name
    return None if not x or _GENERIC_SUBJECT.fullmatch(x) else x


# the event named before "or death": "… to new WHO stage 4 event or death (HR …", "…), WHO stage 3 or 4 event or death"
_EVENT_OR_BEFORE = re.compile(r"(?:\b(?:in|of|for|with|to)\s+|[,;(]\s*|^)(?:the\s+)?"
                              r"(?P<y>(?:(?!(?:in|of|for|with|to|the)\s)[A-Za-z0-9][\w-]*\s+){1,6}?)(?=or\s+\w+$)",
                              re.I)
# a stretch of numbers only: "49.5% vs. 18.2%, respectively", "12.8 versus 9.4 %", "p = 0.628", "n = 12"
_ONLY_STATS = re.compile(r"(?:[\s\d.,;%/=<>()\[\]\u2013\u00b7+-]|\b(?:vs|versus|v|respectively|and|p|P|n|N|CI|"
                         # "(median [IQR] score, 6 [4-7] vs 6 [4-7]; aOR, 1.02 …", "(average RR …", "(Peto OR …"
                         r"median|IQR|range|score|average|typical|pooled|Peto|summary|"
                         r"patients|participants|events|of|"  # "(2385 patients [47.6%] vs. 1854 patients [37.1%]; HR"
                         r"studies|study|trials?|RCTs?|"  # a review's "(7 studies, 4514 participants; RR …"
                         # "(0.21 vs. 0.64%/year, adjusted …", "[34.6% vs. 64.0%; multivariate hazard ratio …"
                         r"years?|person-years|patient-years|multivariate|univariate|multivariable|"
                         r"95|or|to|percent|per\s+cent|adjusted|OR|HR|RR|IRR|AOR|aOR|aHR|AHR|log|rank|log-rank|"
                         r"[\w-]+-adjusted)\b)*")
# a review's certainty of the evidence and the groups' rates in the ratio's bracket: "(low-certainty evidence; 5.4% with
# control vs 15.7% with treatment; RR 2.91 …"
_GRADE_AND_ARM_RATES = re.compile(r"\b(?:very\s+)?(?:low|moderate|high)[- ](?:certainty|quality)(?:\s+of)?"
                                  r"\s+evidence\b|(?<=%)\s+(?:with|in|on)\s+(?:the\s+)?[A-Za-z][\w-]*(?:\s+(?:group|arm))?(?=\s*[;,)]|"
                                  r"\s+(?:vs\.?|versus)\s)", re.I)
# "(mitoxantrone = 106 days; carboplatin = 73.5 days; P = .62; …": groups' values named "label = value unit"
_LABELLED_STATS = re.compile(r"(?:[\s\d.,;%/=<>\u2013\u00b7+-]|\b(?:vs|versus|v|and|p|P|n|N|CI|95|or|to|days?|weeks?|"
                             r"months?|years?|hours?|minutes?)\b|\b[A-Za-z][\w+/-]*\s*(?==))*")
_INTRO_PHRASE = re.compile(r"\s*(?:At|In|After|During|Among|Compared|For|With|Overall|However|By|Within|From|Over|On|"
                           r"Adjusting|Controlling|Although|Though|While|Whereas|Despite|"
                           r"Using|Of|Moreover|Furthermore|Additionally|Similarly|Thus|Independent|Independently|"
                           r"Irrespective|Regardless)\b[^,]*,\s")
# "The primary outcome, functional status at day 90, did not differ (…)": the outcome named in apposition
_APPOSITIVE_OUTCOME = re.compile(r"^\s*(?:the\s+)?(?:primary|secondary|main|co-primary)\s+(?:efficacy\s+)?"
                                 r"(?:outcome|end\s?point)(?:\s+measure)?\s*(?:,\s*(?P<x>[^,;()\[\]]{3,60}?)\s*,|"
                                 # "The primary efficacy endpoint of time to pain relief through 2 hours demonstrated"
                                 r"\s+of\s+(?P<y>[^,;()\[\]]{3,60}?)\s+(?:demonstrated|showed|was|did|indicated))",
                                 re.I)
_GENERIC_SUBJECT = re.compile(r"(?:the\s+)?(?:an?\s+)?(?:changes?\s+over\s+time|differences?\s+between\s+(?:the\s+)?"
                              r"(?:groups|arms)|risks?|odds|rates?|hazards?|incidence|associations?|effects?|benefits?|"
                              r"differences?|results?|outcomes?)", re.I)


# the item of a list of outcomes before its bracket: "…), major hemorrhage (", "…), and stroke ("
_LIST_ITEM_BEFORE = re.compile(r"[)\]]\s*(?:,\s*(?:and\s+|or\s+|nor\s+)?|(?:or|nor)\s+)"
                               r"(?P<x>[A-Za-z][\w' /-]{2,60}?)\s*$")
_VERB_WORD = re.compile(r"\b(?:was|were|is|are|had|has|have|did|showed|occurred|reduced|increased|compared|"
                        r"associated|than|versus|vs|not|no|significant\w*|effects?|for)\b", re.I)


_WITH_RATIO_TAIL = re.compile(r"\s*,?\s*\b(?:with|giving|yielding)\s+(?:an?\s+|the\s+)?"
                              r"(?:(?:un)?adjusted\s+|crude\s+)?$")


_INCLUDING_GROUP = re.compile(r"(?P<w>including|especially|particularly|even)\s+(?:in\s+|among\s+)?"
                              r"(?P<g>(?:patients|those|participants|subjects)\s+(?:with|at|who|aged)\b.*)", re.I)


def _subject_before(sent: str, pos: int) -> str | None:
    """The outcome a bracketed estimate speaks of, from the clause before its bracket: "the risk
    of X was lower (…)", "had shorter X (…)", "X occurred less often (…)"; else the clause before a
    "with": "The rate of X was higher in A than in B (5.3% vs. 2.2%) with unadjusted RR of 2.40"."""
    found = _subject_before_at(sent, pos)
    if found and (incl := _INCLUDING_GROUP.match(found)) is not None:
        # "The hazard for X was lower across all categories (…), including those at low risk (HR …)": the outcome of
        # the clause the group is part of
        cut = sent.rfind(incl.group("w"), 0, pos)
        found = _subject_before_at(sent, cut) if cut > 0 else None
    if found is None and (tail := _WITH_RATIO_TAIL.search(sent, max(0, pos - 40), pos)):
        found = _subject_before_at(sent, tail.start())
    if found is None:
        found = _subject_before_at(sent, pos, skip_brackets=True)
        if found and re.fullmatch(r"(?:weeks?|days?|months?|years?|hours?|patients?|participants?|cases?)", found,
                                  re.I):
            found = None  # "(34.4% vs. 31.1% of weeks; …)": a unit, not what was measured
    return found


# what people had or did, before the groups: "19 (27%) patients had acute clinical failure in the A group as compared
# to …", "19.6% of participants achieved 6% weight loss compared to 4.1% …"
_HAD_OUTCOME = re.compile(r"\b(?:had|achieved|developed|experienced|attained|required|underwent|reported)\s+"
                          r"(?:an?\s+|the\s+)?(?P<x>(?!(?:a|an|the|no|similar|higher|lower|more|less|fewer|greater|better|worse|"
                          r"significantly|by|in|to|for|with|at|on|from|of|relative|hazards?|odds|risk\s+ratio|"
                          r"rate\s+ratio|benefits?|effects?|advantages?|differences?)\b)(?!(?-i:a?[HO]Rs?|RRs?|IRRs?)\b)"
                          r"[A-Za-z0-9][\w'%<>=./ -]{2,60}?)\s*(?=\bin\s+(?:the|both|each)\b|"
                          r"\bin\s+[A-Z]|,|\bcompared\b|\bas\s+compared\b|\bversus\b|\bvs\.?|\bthan\b|[(\[])")
_DIED_OR = re.compile(r"\bdied\s+or\s+(?P<x>(?:survived|were|was|had|became|developed|required)\b[^()\[\];,]{2,50}?)\s+"
                      r"(?:compared|versus|vs\.?|than)\b", re.I)
_DIED_BEFORE_BRACKET = re.compile(r"\bdied\s*[(\[]\s*$", re.I)
_DIED_COMPARED = re.compile(r"\b(?:died|deaths?)\b[^()\[\];]{0,80}\b(?:compared|versus|vs\.?|than)\b", re.I)
_FOR_OPENER = re.compile(r"^\W*(?:(?-i:[A-Z][A-Z ]{2,20}):\s*)?For\s+(?:the\s+)?"
                         r"(?P<x>(?!(?:example|instance|comparison|this|these|that|those|each|both|all|patients|"
                         r"participants|subjects|women|men|children|infants|adults|people|individuals)\b)"
                         r"[A-Za-z][\w' -]{2,50}?),", re.I)
_RATIOS_FOR = re.compile(r"\b(?:ORs|HRs|RRs|IRRs|odds\s+ratios|hazard\s+ratios|risk\s+ratios)\s+for\s+"
                         r"(?P<x>[A-Za-z][\w' -]{2,50}?)\s+(?:did|were|was|are|differed|showed)\b", re.I)
_INCIDENCE_OF = re.compile(r"\b(?:the\s+)?(?:overall\s+)?(?:incidence|risk|rate|odds|occurrence)\s+of\s+"
                           r"(?P<x>[A-Za-z][\w' -]{2,50}?)\s+(?:\([^()]{1,80}\)\s+)?"
                           # ("The rate of deaths from cardiovascular causes per 100 patient-years was 2.2 with A …")
                           r"(?:per\s+[\d,]+\s+(?:patient|person|participant)s?[\s-]+(?:years|months)\s+)?(?:was|were)\b",
                           re.I)
# "One or more grade 3 or 4 adverse events (co-primary endpoint) occurred in 283 (47%) children on A versus …"
_OCCURRED_IN = re.compile(r"(?:^\s*|[.;:]\s+)(?:(?-i:[A-Z]{4,}):?\s+)?(?:the\s+)?(?P<x>[A-Za-z][\w' -]{2,90}?)\s*"
                          r"(?:\([^()]{1,40}\)\s*)?(?:occurred|developed|was\s+reported|were\s+reported)\s+in\s+"
                          # ("X occurred in a significantly lower percentage of patients treated with A than …")
                          r"(?:all\s+)?(?:\d|an?\s+(?:\w+ly\s+)?(?:lower|higher|smaller|larger|greater)\s+"
                          r"(?:percentage|proportion|number)\b)",
                          re.I)
# "We recorded no evidence for any effect of either A (OR …) or B (…) treatment on vertical HIV transmission"
_EFFECT_ON_LATER = re.compile(r"\beffects?\s+of\s+(?:either\s+)?(?:(?!\.\s)[^\n]){0,220}?\s+on\s+(?:the\s+)?"
                              r"(?P<x>[a-z][\w' -]{2,50}?)"
                              r"(?=\s*[,;.]|\s+(?:although|but|while|whereas|in|among|at)\b|$)",
                              re.I)


# "No significant difference in treatment failure was seen for A (…) versus B (…)—risk ratio …"
_DIFFERENCE_IN_SEEN = re.compile(r"\b(?:differences?|reductions?|increases?)\s+in\s+(?:the\s+)?"
                                 r"(?P<x>[a-z][\w' -]{2,50}?)\s+(?:was|were)\s+(?:not\s+)?(?:seen|observed|found|"
                                 r"noted|detected|shown)\b", re.I)
# "There was a significant survival advantage for A compared with B (hazard ratio, 0.76 …)", "no significant survival
# differences between … (hazard ratio, 1.00 …)": the survival compared
# "A was shown to be superior to placebo for achieving clinical remission at week 8 (RR 1.36 …)", "… favour A for
# abstinence rate (RR 5.35 …)": the outcome the groups were compared for, right before the ratio's bracket
# (not "Outcome was better for nondiabetics randomized to A versus B (…)": the people the result is for)
_SUPERIOR_FOR = re.compile(r"\b(?:superior|inferior|more\s+effective|less\s+effective|"
                           r"favou?r(?:ed|s|ing)?\s+[^,;()\[\]]{1,40}?)\s+"
                           r"(?:to\s+[^,;()\[\]]{1,40}?\s+|than\s+[^,;()\[\]]{1,40}?\s+)?"
                           r"(?:for|in|on)\s+(?:achieving\s+|attaining\s+|reducing\s+|preventing\s+|the\s+)?"
                           r"(?P<x>(?![^()\[\]]*\b(?:versus|vs|randomi[sz]ed|assigned|allocated|patients|participants|"
                           r"people|women|men|children)\b)[a-z][\w' -]{2,60}?)\s*[(\[][^()\[\]]*$", re.I)
_SURVIVAL_ADVANTAGE = re.compile(r"\b(?P<x>(?:(?:overall|progression[- ]free|disease[- ]free|event[- ]free|"
                                 r"relapse[- ]free|recurrence[- ]free)\s+)?survival)\s+"
                                 r"(?:advantages?|benefits?|differences?|gains?|improvements?|prolongation)\b", re.I)
# "We found no significant difference in X between A and B (risk ratio …": in the ratio's own clause only
_DIFFERENCE_IN_BETWEEN = re.compile(r"\bdifferences?\s+in\s+(?:the\s+)?(?P<x>[a-z][\w' -]{2,50}?)\s+between\b"
                                    r"[^()\[\];.]*[(\[][^()\[\]]*$", re.I)
# "… were alive and independent (OHS 0–2; adjusted OR …": the state they were in
_STATE_BEFORE_BRACKET = re.compile(r"\b(?:were|was|remained)\s+(?P<x>alive(?:\s+and\s+[a-z]+)?|dead|independent|"
                                   r"abstinent|cured|free\s+of\s+[a-z][\w -]{2,30}?)\s*(?=[(\[])", re.I)
# "The Cox regression model for time to healing showed no significant difference (hazard ratio …"
_MODEL_FOR = re.compile(r"\b(?:model|analysis)\s+(?:for|of)\s+(?P<x>(?:time|times)\s+to\s+[a-z][\w -]{2,40}?)\s+"
                        r"(?:showed|gave|demonstrated|found|revealed|yielded)\b", re.I)
# "… poor outcome did not differ between magnesium and placebo groups (RR …"
_DID_NOT_DIFFER_BETWEEN = re.compile(r"(?:^|[,;:]\s*)(?:[^,;:()\[\]]{0,80}?\b(?:showed|suggested|revealed|indicated|"
                                     r"demonstrated|confirmed)\s+that\s+)?(?:the\s+)?(?P<x>[A-Za-z][\w' -]{2,60}?)\s+"
                                     r"(?:did\s+not\s+"
                                     r"(?:significantly\s+)?differ|(?:significantly\s+)?differed|(?:was|were)\s+(?:not\s+)?"
                                     r"(?:significantly\s+)?"
                                     r"(?:different|similar))\s+between\b", re.I)
# "Babies born to women taking A were significantly less likely to have meconium stained amniotic fluid than …"
_LIKELY_THAN = re.compile(r"\b(?:more|less)\s+likely\s+to\s+(?:(?:have|be|develop|experience|need|require|undergo|"
                          r"achieve|report)\s+)?(?:an?\s+|the\s+)?(?P<x>[a-z][\w' -]{2,50}?)\s+than\b", re.I)
# "there were fewer complications in both the delayed and immediate groups"
_THERE_WERE_FEWER = re.compile(r"\bthere\s+(?:were|was)\s+(?:significantly\s+|slightly\s+|numerically\s+)?"
                               r"(?:fewer|more|less|lower|higher)\s+(?P<x>[a-z][\w' -]{2,40}?)\s+"
                               r"(?:in|among|with|for)\b", re.I)


def _clause_outcome(sent: str, pos: int) -> str | None:
    """The outcome of a ratio the words right before its bracket do not name, from the sentence's clause
    shapes: "For depressive symptoms, …", "ORs for virologic success did not differ … (OR …)", "The incidence of
    malaria was slightly higher …, but this was not significant (HR …)", "… patients had acute clinical failure in
    the A group as compared to … (OR …)", "… died compared to … (adjusted OR …)"."""
    x = _clause_outcome_at(sent, pos)
    if x:
        # "had shorter survival", "required ventilatory support for longer": the outcome without the comparison;
        # "One or more X": X
        x = re.sub(r"^(?:one\s+or\s+more|at\s+least\s+one|any)\s+(?=\w)", "", x, flags=re.I)
        x = re.sub(r"^(?:shorter|longer|higher|lower|better|worse|faster|slower|greater|more|less|fewer)\s+", "", x,
                   flags=re.I)
        x = re.sub(r"\s+(?:for\s+)?(?:longer|shorter|more\s+often|less\s+often|faster|slower)$", "", x, flags=re.I)
    return x or None


def _clause_outcome_at(sent: str, pos: int) -> str | None:
    head = sent[:pos]
    for pattern in (_RATIOS_FOR, _INCIDENCE_OF, _DIFFERENCE_IN_SEEN, _LIKELY_THAN, _THERE_WERE_FEWER, _OCCURRED_IN,
                    _STATE_BEFORE_BRACKET, _MODEL_FOR, _DID_NOT_DIFFER_BETWEEN, _DIFFERENCE_IN_BETWEEN,
                    _SURVIVAL_ADVANTAGE, _SUPERIOR_FOR):
        found = [m for m in pattern.finditer(head)]
        if found and not _people(found[-1].group("x")):
            # ("Rate of redness with the longer needle was …": the outcome, not the group it was measured in)
            return _clean_endpoint(re.sub(r"\s+(?:with|in|among)\s+(?:the\s+)?.*$", "", found[-1].group("x")))
    had = [m for m in _HAD_OUTCOME.finditer(head)]
    if had and not _people(had[-1].group("x")) and not re.search(r"\d", had[-1].group("x")[:1]):
        return _clean_endpoint(had[-1].group("x"))
    if had and re.match(r"\d+(?:\.\d+)?\s*%", had[-1].group("x")):
        return _clean_endpoint(had[-1].group("x"))  # "achieved 6% weight loss"
    if (alt := _DIED_OR.search(head)) is not None:
        # "15 (50%) died or survived with disability compared with …": death or the other state, a composite
        return "death or " + re.sub(r"^survived\b", "survival", alt.group("x"), flags=re.I)
    if _DIED_COMPARED.search(head) or _DIED_BEFORE_BRACKET.search(head):
        return "death"  # (also "… 208 patients in arm A and 234 in arm B died (HR 0.87 …)")
    opener = _FOR_OPENER.match(sent)
    if opener and opener.end() <= pos and not _people(opener.group("x")):
        return _clean_endpoint(opener.group("x"))
    return None


def _last_break(head: str) -> int:
    """The last ". ", ";" or ":" of ``head`` outside any closed bracket ("… in group A1 (7.7%; 22/284), but …" does
    not break at its ";"), or -1."""
    closed: list[tuple[int, int]] = []
    stack: list[int] = []
    for m in re.finditer(r"[(\[\])]", head):
        if m.group() in "([":
            stack.append(m.start())
        elif stack:
            closed.append((stack.pop(), m.start()))
    for i in range(len(head) - 1, -1, -1):
        if (head[i] in ";:" or head.startswith(". ", i)) and not any(a < i < b for a, b in closed):
            return i
    return -1


def _subject_before_at(sent: str, pos: int, skip_brackets: bool = False) -> str | None:
    head = sent[:pos]
    stack: list[int] = []
    for m in re.finditer(r"[(\[\])]", head):
        if m.group() in "([":
            stack.append(m.start())
        elif stack:
            stack.pop()
    if stack and (_ONLY_STATS.fullmatch(head[stack[-1] + 1:]) or _LABELLED_STATS.fullmatch(head[stack[-1] + 1:]) or
                  _ONLY_STATS.fullmatch(_GRADE_AND_ARM_RATES.sub(" ", head[stack[-1] + 1:]))):
        # "CCC was higher with A than with B [49.5% vs. 18.2%, respectively; odds ratio 3.9 …]": the words
        # before the bracket of numbers
        head = head[:stack[-1]]
        item = _LIST_ITEM_BEFORE.search(head)
        if item and not _VERB_WORD.search(item.group("x")) and not _FACTORS_LISTED.search(head) and (
                "," in item.group()[:3] or not re.search(r"\bbetween\b|\bassociat\w*", head, re.I)):  # (not factors:
            # "no association between AKI [RR …] or MCR [RR …] and X")
            # "…; P=0.02), major hemorrhage (3.2 percent vs. 8.3 percent, respectively; hazard ratio, 0.39; …)":
            # a list of outcomes, each with its bracket of numbers
            x = _clean_endpoint(item.group("x"))
            return x if x and not _GENERIC_SUBJECT.fullmatch(x) else None
    def last_break(h: str) -> int:
        return _last_break(h) if skip_brackets else max(h.rfind(". "), h.rfind(";"), h.rfind(":"))

    cut = last_break(head)
    while cut > 0 and _ONLY_STATS.fullmatch(head[cut + 1:]):
        # "The reoperation rate was similar in both groups: 12.8 versus 9.4 %; p = 0.628; RR 1.36": past the numbers
        head = head[:cut]
        cut = last_break(head)
    if skip_brackets:  # the numbers in closed brackets name no subject: "… in group A1 (7.7%; 22/284), but …"
        head = head[:cut + 1] + re.sub(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])", "", head[cut + 1:])
    depth_open = head.rfind("(")
    clause = head[cut + 1:]
    if depth_open > cut and ")" not in head[depth_open:]:  # the bracket that holds the estimate: the words before it
        clause = head[cut + 1:depth_open]
        inner = clause.rfind("(")
        clause = clause[inner + 1:] if inner >= 0 and ")" not in clause[inner:] else clause
    whole = clause
    clause = re.split(r",\s+(?:but|whereas|while|and)\s+|\bwhereas\b|\bwhile\b", clause)[-1]
    if clause != whole and (re.search(r"\b(?:it|they|th(?:e|is|at)\s+differences?)\s+(?:was|were|is|are)\b", clause)
                            or not re.search(r"\b(?:was|were|is|are|had|has|have|showed|did|does)\b", clause)):
        # "the incidence of X was 6.2%, and among those randomized to B it was 5.4% (HR …", "the risk of X was lower
        # for A (HR …), but not B (HR …)": an elided clause shares the clause before's outcome
        if (el := _ELIDED_RATES.match(clause)) and not _people(el.group("x")) and \
                not re.match(r"(?:it|they|this|that|those|patients|participants)\b", el.group("x"), re.I):
            # "The primary outcome occurred in 12.1% vs 15.3% (HR …), and death from any cause in 5.2% vs 5.9% (HR
            # …)": the elided clause names its own outcome before its rates
            return _clean_endpoint(el.group("x"))
        return _subject_of_clause(clause) or _subject_of_clause(whole)
    after = re.split(r"[)\]]\s*,?\s*(?:and|but|or)\s+", clause)
    if len(after) > 1:
        # "… [RR = 0.69 (…)] and the risk of X [RR = …": the clause after the bracket, when it names its own outcome
        # (not "(HR 0.52, p < 0.001) and 22% versus B (HR …": the same outcome, its second comparison)
        return _subject_of_clause(after[-1]) or _subject_of_clause(clause)
    return _subject_of_clause(clause)


# the outcome a ratio is for, after its bracket at the clause's end: "… was 0.72 (…) for the combined end point."
# (not "an HR of 2.13 for control versus A": the groups)
_FOR_AFTER_BRACKET = re.compile(r"\s*(?:for|of)\s+(?:the\s+|its\s+|their\s+)?"
                                r"(?P<x>(?![^.;]*\b(?:versus|vs|compared|than|relative)\b)[A-Za-z][\w' -]{2,50}?)\s*"
                                r"(?=[.;]\s|[.;]?$)", re.I)
# an elided clause's outcome before its rates: "death from any cause in 5.2% vs 5.9%"
_ELIDED_RATES = re.compile(rf"\s*(?:the\s+)?(?P<x>[A-Za-z][\w' -]{{2,50}}?)\s+(?:in|among|for)\s+(?:{_NUM}\s*%|"
                           rf"\d[\d,]*\s*(?:\(|of\b|/))", re.I)


def _recovery_from(g: dict[str, str | None]) -> str | None:
    """"recovered from shock faster": recovery from shock; "weaned from X": weaning from X."""
    if not g.get("m"):
        return None
    return f"{'recovery' if (g.get('mv') or '').lower() == 'recovered' else 'weaning'} from {g['m']}"


def _subject_of_clause(clause: str) -> str | None:
    clause = re.sub(r"^\s*(?:and|or|but)\s+", "", clause)  # "…; and continuous abstinence rates … were …"
    clause = re.sub(r"^\s*(?-i:RESULTS?|FINDINGS|MAIN\s+RESULTS|CONCLUSIONS?)\s+", "", clause)  # a bare section label
    clause = re.sub(r"^\s*(?-i:Findings|Results|Interpretation)\s+(?=(?-i:[A-Z]))", "", clause)  # ("Findings The …")
    # "fewer sudden deaths among X than Y (48 vs 83 deaths), with a hazard ratio of": the words before the counts
    clause = re.sub(r"\s*\([^()]*\)\s*,?\s*(?:with|giving|yielding|corresponding\s+to)\s+(?:an?\s+|the\s+)?$", "",
                    clause, flags=re.I)
    # "The analyses suggested that the 5-year survival differed …", "Stratification revealed that mortality risks were
    # highest …": the reported clause (not "The primary endpoint of X demonstrated that A had …": the outcome named)
    clause = clause if _APPOSITIVE_OUTCOME.search(clause) else re.sub(
        r"^[^,;:()\[\]]{0,80}?\b(?:showed|shows|suggested|suggests|revealed|reveals|indicated|indicates|"
        r"demonstrated|demonstrates|confirmed|confirms)\s+that\s+(?=\w)", "", clause, flags=re.I)
    concessive = re.match(r"\s*(?:Although|Though|While|Whereas|Despite)\b", clause) is not None
    intro = _INTRO_PHRASE.match(clause)
    if not concessive and (listed := _LIST_SUBJECT.match(clause, intro.end() if intro else 0)):
        # "At 3 years, the end point of CV death, MI, or stroke was reduced (HR …)": the whole list (not its last item)
        return _clean_endpoint(listed.group("x"))
    for pattern, text in ((_APPOSITIVE_OUTCOME, clause), (_PROPORTION_WITH, clause), (_OF_WHAT, clause),
                          (_COMPARED_WHAT, clause),
                          (_SUBJECT, "" if concessive else clause),  # (not "Although X was higher, …")
                          # "At 8 weeks after the end of treatment, CCC was higher …" (not a list "Nausea, headache, …")
                          (_SUBJECT, clause[clause.rfind(", ") + 2:] if _INTRO_PHRASE.match(clause) else "")):
        m = pattern.search(text)
        if m and pattern is _COMPARED_WHAT and m.group().lower().startswith("with") and _SAID_OF_SUBJECT.search(
                text, 0, m.start()):
            m = None  # "Cardiac events were less frequent with shorter duration (RR …)": a condition, not the outcome
        if m:
            g = m.groupdict()
            if g.get("verb") and g["verb"].lower() not in ("developed", "experienced", "suffered") and \
                    not re.search(r"\d", text[:m.start()]) and \
                    not re.search(r"\b(?:more|fewer|less)\s+(?:patients|participants|subjects|women|men|children)\b",
                                  text[:m.start()], re.I):  # ("Significantly more patients in A than in B had X (…")
                continue  # "had X (…)" names the outcome only after the groups' counts ("12 (6.5%) … had X"; "100
                # (22.0%) patients … received adequate OAC prescription (relative risk …")
            x = _clean_endpoint(g.get("x") or g.get("y") or g.get("z") or g.get("w") or g.get("v") or g.get("u")
                                or g.get("s") or g.get("t") or g.get("q") or g.get("p") or g.get("r") or g.get("o")
                                or g.get("n") or g.get("k") or g.get("cw") or g.get("oc") or g.get("wh")
                                or _recovery_from(g) or "")
            if (ev := _EVENT_IN_ENDPOINT.match(x)) is not None:
                return _clean_endpoint(ev.group("e"))  # "had at least one event in the primary composite endpoint"
            x = re.sub(r"^(?:risks?|odds|likelihood)\s+(?:of|for)\s+(?=\w)", "", x)  # "higher risk for X than …"
            # "the numbers of children with one or more grade 4 adverse events (63 [16%] vs …": what they had
            x = re.sub(r"^(?:children|patients|participants|subjects|women|men|infants|people)\s+(?:with|who\s+(?:had|"
                       r"developed|experienced))\s+(?=\w)", "", x, flags=re.I)
            x = re.sub(r"^(?:one\s+or\s+more|at\s+least\s+one|any)\s+(?=\w)", "", x, flags=re.I)  # ("one or more X")
            # "ORs for discontinuation did not differ (OR …)": the outcome the ratios are for, not their name
            x = re.sub(r"^(?:a?(?:OR|HR|RR|IRR)s?|(?:odds|hazards?|risk|rate)\s+ratios?|relative\s+risks?)"
                       r"(?:\s+(?:for|of)\s+(?=\w)|$)", "", x)
            if pattern is not _APPOSITIVE_OUTCOME:  # (an outcome named in apposition keeps its time point)
                kept = re.match(r"(?:days?|weeks?|nights?|visits?)\s+(?:with|without)\s+", x, re.I)  # "days with X"
                x = (kept.group() if kept else "") + re.sub(
                    r"\s+(?:in|with|among|for|after|during|than|at|compared|following|within|over|between|"
                    r"relative(?=\s+to\b)|from(?=\s+(?:weeks?|days?|months?|years?|baseline|\d))|"
                    r"(?:was|were)\s+(?:seen|observed|found|noted|detected))\s.*$", "",
                    x[kept.end() if kept else 0:])
            if x and not (pattern is _SUBJECT and _NOT_A_SUBJECT.search(x)
                          and not re.match(r"(?:time|times|duration|length)\s+(?:to|of)\s+[^\d]+$", x, re.I)
                          # "Receipt of adherent treatment was 15% lower": the uptake of a treatment, an outcome
                          and not re.match(r"(?:receipt|use|uptake|initiation|completion|discontinuation|adherence|"
                                           r"compliance|acceptance|prescription|prescribing|provision)\s+(?:of|to)\s+"
                                           r"[a-z][^\d]*$", x, re.I)) and \
                    len(x.split()) <= (10 if pattern is _APPOSITIVE_OUTCOME else
                                       8 if re.match(r"(?:time|duration|interval)\s+(?:to|of|from)\b", x, re.I)
                                       else 6) and \
                    not _GENERIC_SUBJECT.fullmatch(x):
                return x
    return None


# a subject that is a list of three or more events, before its verb: "(the end point of) CV death, MI, or stroke was …"
_LIST_SUBJECT = re.compile(r"\s*(?:the\s+)?(?:(?:composite|combined|primary|secondary|main)\s+){0,2}"
                           r"(?:(?:end\s?-?point|outcome)\s+of\s+)?"
                           r"(?P<x>(?!(?:patients|participants|subjects|women|men|children|those)\b)"
                           rf"{_EVENT}(?:,\s+{_EVENT}){{1,4}},?\s+(?:or|and)\s+{_EVENT})\s+"
                           r"(?:was|were|occurred|did)\b", re.I)


# a subject and what was said of it, complete before a "with …": "X were less frequent", "X was more common"
_SAID_OF_SUBJECT = re.compile(r"\b(?:was|were|is|are)\s+(?:\w+\s+)?(?:more|less)\s+(?:frequent|common|often|likely|"
                              r"prevalent)\b", re.I)


# "death in the intervention group": the group is after the last "in", "with", "for" …
_LAST_GROUP_WORDS = re.compile(r"^(?:.*\s)?(?:for|in|with|of|and|or|among|receiving)\s+(?:the\s+)?", re.I)


# "the hazard ratios vs the control group were …": a reference group named right after the measure's name
_MEASURE_VS_GROUP = re.compile(r"(?:\b(?:hazards?|odds|risk|rate)\s+ratios?|\b(?-i:a?HRs?|a?ORs?|RRs?|IRRs?))\s+"
                               r"(?:vs\.?|versus|compared\s+with|relative\s+to)\s+(?:the\s+)?"
                               r"(?P<b>[A-Za-z][\w+/-]*(?:\s[\w+/-]+){0,3}?)(?:\s+(?:group|arm))?"
                               r"(?=\s+(?:were|was|is|are)\b|\s*[,;:(\[])", re.I)
_MEASURE_AS_GROUP = re.compile(r"(?:[\w-]+\s+){0,2}?(?:hazards?\s+ratios?|odds\s+ratios?|risk\s+ratios?|"
                               r"relative\s+(?:risks?|hazards?)|rate\s+ratios?|(?-i:a?HRs?|a?ORs?|RRs?|IRRs?))|"
                               r"(?:(?:multivariable|multivariate|univariable|univariate)-?\s*)?"
                               r"(?:adjusted|unadjusted|stratified|crude|pooled)", re.I)


@functools.lru_cache(maxsize=64)
def _comparison(sent: str) -> tuple[str, str] | None:
    """"X versus Y" in the sentence, when both sides are short names (no digits, no clauses)."""
    m = re.search(r"(?:^|[\s(,;])(?P<a>(?!as\s)[A-Za-z][\w+/-]*(?:\s[\w+/-]+){0,3}?)"
                  r"(?:\s*,\s*as\s+compared\s+with|\s+(?:versus|vs\.?|(?:as\s+)?compared\s+with))\s+"
                  r"(?P<b>[A-Za-z][\w+/-]*(?:\s[\w+/-]+){0,3}?)(?=[,;.()]|\s+(?:in|for|was|were|had|group|arm|resulted|"
                  r"showed|led|yielded|produced|improved|reduced|increased|prolonged|did|is|are)\b|$)",
                  sent)
    if not m:
        return None
    a, b = (_tidy_group(_clean_arm(_LAST_GROUP_WORDS.sub("", m.group(x).strip()))) for x in "ab")
    if not a or not b or any(re.search(r"\d|\b(?:and|was|were)\b", s) for s in (a, b)) or \
            any(re.fullmatch(_UNIT_WORDS, s, re.I) for s in (a, b)) or any(re.fullmatch(
                r"(?:scores?|values?|levels?|rates?|results?|outcomes?|events?|measures?|domains?)", s, re.I)
                for s in (a, b)):
        return None  # (not "10.3 mo vs. P+GC, 7.9 mo": a unit is no group; nor "(HR …) scores versus B": a measure)
    if any(_MEASURE_AS_GROUP.fullmatch(x) for x in (a, b)):
        return None  # "The multivariable-adjusted hazard ratios vs the control group were 0.32 … for A": the
        # measure's name before "vs", not a group (the items' own labels name them)
    if re.match(r"(?:had|has|have|was|were|is|are|showed|demonstrated|achieved|experienced)\b", a, re.I) or \
            re.search(r"\b(?:superior|inferior|better|worse|longer|shorter|improved|markedly)\b", a, re.I):
        return None  # "… who received R-CVP had markedly superior PFS compared with contemporaneous patients …": what
        # the group had, not the group
    return a, b


def _unit_norm(u: str | None) -> str | None:
    return M.unit_of(u) if u else None


_CI_OPENS = re.compile(r"\s*(?:\d{2}(?:\.\d{1,2})?\s?%\s*)?(?:CI|confidence\s+intervals?)\b", re.I)


def _clause_end(sent: str, start: int, end: int) -> int:
    """End of the clause that starts at ``start``: the first ``;`` outside brackets, or ``end`` (in a list a colon
    opens, "… estimates were: 1540 days for the whole cohort; 2200 days after cystectomy; and 843 days without
    surgery", the ``;`` before each next value goes on)."""
    depth = 0
    listed = ":" in sent[start:end] and _COLON_LIST_OPENS.match(sent, start, end) is not None
    for i in range(start, end):
        ch = sent[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == ";" and depth == 0 and not _CI_OPENS.match(sent, i + 1) and not _P_CLOSING_CI.match(sent, i) and \
                not (listed and _NEXT_LISTED_VALUE.match(sent, i + 1)):
            return i  # (not "median 18.5 months; 95% CI 12.6-24.4 months": the value's own CI)
    return end


_COLON_LIST_OPENS = re.compile(r"[^;:()\[\]]{0,50}?\b(?:were|was|are|is)\s*:\s*\d", re.I)
_NEXT_LISTED_VALUE = re.compile(r"\s*(?:and\s+)?\d")


def _enclosing_close(sent: str, start: int, end: int) -> int | None:
    """The position of the bracket that closes one opened before ``start`` (depth below zero), or None."""
    depth = 0
    for i in range(start, end):
        ch = sent[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            if depth == 0:
                return i
            depth -= 1
    return None


class _Spans:
    """Sorted, merged character spans; ``pos in spans`` in log time."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


def _inside(pos: int, spans: _Spans) -> bool:
    return pos in spans


# "PFS and OS", "times to progression and overall survival": two end points whose values a sentence pairs
# (each may carry its abbreviation: "progression-free survival (PFS) and overall survival (OS)")
_TWO_ENDPOINTS = re.compile(r"(?P<a>[\w-]+(?:\s[\w-]+){0,2}?)(?:\s*\([A-Za-z-]{2,8}\))?\s+and\s+"
                            r"(?P<b>[\w-]+(?:\s[\w-]+){0,2}?)(?:\s*\([A-Za-z-]{2,8}\))?"
                            r"(?:\s+(?:times|durations))?", re.I)  # ("PFS and OS times were …": both times)
_PAIR_JOIN = re.compile(r"\s*(?:and|,)\s*")
_SUBGROUP_NOT_ARM = re.compile(r"(?:the\s+)?(?:group|subgroup|subset|cohort|stratum|patients|participants|those)\s+"
                               r"(?:with|without|who|aged|having|whose)\b", re.I)
_VS_BETWEEN = re.compile(r"\s*(?:vs\.?|versus|v\.?)\s*", re.I)


def _pair_endpoints(pair: re.Match[str]) -> tuple[str, str]:
    """The two end points of "A and B"; the first takes the second's noun where it has none ("progression-free and
    overall survivals": progression-free survival and overall survival)."""
    a, b = pair.group("a"), re.sub(r"(?i)\b(survival)s$", r"\1", pair.group("b"))
    if re.fullmatch(r"(?i)[\w-]+-free|overall", a) and re.search(r"(?i)\bsurvival$", b):
        a += " survival"
    return a, b


def _is_two_endpoints(text: str) -> bool:
    pair = _TWO_ENDPOINTS.fullmatch(text)
    return pair is not None and all(_ENDPOINT_MENTION.fullmatch(x) for x in _pair_endpoints(pair))


class _MedInfo(TypedDict):
    value: float | None
    value_text: str | None
    lo: float | None
    hi: float | None
    level: float | None
    unit: str | None
    endpoint_text: str | None
    arm: str | None
    end: int
    population: M.Population | None  # a subgroup / overall when the sentence names the group; None: from context
    called_median: bool  # False: a per-arm time the text never calls a median ("PFS 7.0 vs 3.6 months")
    ci_not_named: NotRequired[bool]  # a bare bracket after the time read as its CI
    implied: NotRequired[str | None]  # why a time the text never calls a median is read as one (the note)


_WHOLE_GROUP = re.compile(r"(?:whole|entire|overall|total|full|all|itt|intention[- ]to[- ]treat)\b", re.I)


_THAN_BASELINE = re.compile(r"\b(?:than|from|over|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+)?baseline\b", re.I)


# "The median PFS in arm I was 8.8 months … and in arm II 11.5 months (…)": the next group named before its time
_AND_IN_GROUP = re.compile(r"\band\s+(?:in|with|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:arm|group|cohort)"
                           r"(?:\s+(?:[IVX]{1,4}|[A-Z]|\d{1,2}))?\s*$")


_COUNT_NOUN_AFTER = re.compile(r"\s+(?:(?!(?:for|in|among|with|of|and|or|vs|months?|weeks?|days?|years?|hours?)\b)"
                               r"[\w-]+\s+){0,2}"  # ("a phase I trial of 31 advanced melanoma patients")
                               r"(?:procedures|operations|interventions|studies|trials|cases|episodes|children|infants|"
                               r"eyes|events|visits|subjects|patients|participants)\b", re.I)
_COUNTS_BRACKET_BEFORE = re.compile(r"\b(?:episodes?|numbers?|counts?)\s+of\s+[\w\s-]{0,30}[(\[][^()\[\]]{0,20}$", re.I)


# a clause of means after a median's: "… and the mean ICU stay dropped from 2.4 days to 1.0 days", "Median survival was
# not reached, while mean survival was 74.6 months (…) for A versus 100.8 months (…) for B": its values are no medians
_MEAN_SPAN = re.compile(r"(?<!median and )(?<!median or )\b(?:mean|average)\s+(?!(?:and|or)\s+median)"
                        r"(?:[\w-]+\s+){0,4}?"
                        r"(?:was|were|is|of|dropped|fell|decreased|increased|rose|went)\b(?:(?!\bmedian\b)[^;.]|\.(?=\d))*",
                        re.I)
# a calendar year, never a time: "slower from 2010 to 2013 (quinine-treated patients) compared to 2014 (30 h …)"
_CALENDAR_YEAR = re.compile(rf"(?<![\d.,])(?:19[5-9]\d|20[0-4]\d)(?!\d|[.,]\d)(?!\s*{_UNIT_WORDS})", re.I)
# a footnote's number glued to its mark: "… with placebo + GnRH therapy*1"
_FOOTNOTE_NUMBER = re.compile(r"(?<=[*\u2020\u2021])\d+\b")
# "1-, 2- and 3-year OS rates of 80%, 51% and 38%": the first landmarks of a list, their hyphen suspended
_SUSPENDED_HYPHEN = re.compile(r"(?<![\w.])\d+(?:\.\d+)?-(?=\s*(?:,|and\b|or\b|to\b))")
# a numeral that is part of a name, not a time: "programmed death ligand 1 (PD-L1)", "type 2 diabetes", "grade 3"
_NAME_NUMERAL = re.compile(rf"\b(?:ligand|type|grade|stage|phase|class|step|receptor|factor|level|protein|antigen|"
                           rf"kinase|domain|member)\s+\d+\b"
                           rf"(?!\s*(?:[-\u2013]|to|and|or|vs\.?|versus)?\s*\d*\s*{_UNIT_WORDS})", re.I)


# the subject a median's value names without a unit: "[Median] time to first postoperative stool was", "[Median]
# length of stay was"; or before "(median = 4.3 vs. 5.6": "average length of stay"
_UNITLESS_SUBJECT = re.compile(r"\s*(?:(?:time|interval)\s+to\s+[a-z][\w -]{2,50}?|"
                               r"(?:hospital\s+|ICU\s+)?length\s+of\s+(?:hospital\s+|ICU\s+)?stay|"
                               r"duration\s+of\s+[a-z][\w -]{2,40}?)\s+(?:was|were|of|=|:)\s*", re.I)
_UNITLESS_SUBJECT_BEFORE = re.compile(r"\b(?:length\s+of\s+(?:hospital\s+|ICU\s+)?stay|(?:time|interval)\s+to\s+"
                                      r"[a-z][\w -]{2,40}?)\s*[(\[]\s*median\s*$", re.I)
# after the last value: its IQR or range in a bracket, then the clause's end
_UNITLESS_END = re.compile(r"\s*(?:[(\[]\s*(?:IQR|interquartile\s+range|range)\b[^()\[\]]{0,40}[)\]])?\s*"
                           r"(?:[.;,)]|$)", re.I)


# one cohort's time to an event stated without "median": "Overall survival (OS) for all patients was 6.1 months",
# "Overall survival was 11.1 months, …" (a time in months, weeks or years right after it; not a rate "was 45% at 3
# years")
_ONE_EVENT_TIME = re.compile(
    r"(?=[OoPpDdEeRr])(?<![\w-])(?:(?i:overall|progression[- ]free|disease[- ]free|event[- ]free|relapse[- ]free)"
    r"\s+(?i:survival)|"
    r"OS|PFS|DFS|EFS|RFS)(?:\s*\((?:OS|PFS|DFS|EFS|RFS)\))?(?:\s+(?i:for|of|in|among)\s+(?i:all|the\s+(?:whole|entire|"
    r"overall)\s+(?:cohort|population|series|group))(?:\s+(?i:patients))?)?\s+(?i:was|of)\s+"
    rf"(?={_NUM}\s*(?i:months?|years?|weeks?|mo)\b)")
# a time's bracket that prints its range (or IQR) first, then its CI
_SPREAD_THEN_CI = re.compile(rf"\s*[(\[]\s*(?:range|IQR|interquartile\s+range)\b[^()\[\];]{{0,60}};\s*"
                             rf"(?P<lvl>\d{{2}}(?:\.\d+)?)\s?%\s*(?:CI|confidence\s+intervals?)\s*[,:]?\s*"
                             rf"(?P<lo>{_NUM})\s*(?:{_UNIT_WORDS}\s*)?(?:to|-|\u2013)\s*(?P<hi>{_NUM})", re.I)
_TIME_VALUE = re.compile(rf"{_NUM}\s*(?:months?|years?|weeks?|days?|mo)\b", re.I)


def _one_clause_end(sent: str, at: int) -> int:
    """Where the clause of a time stated at ``at`` ends: its comma, semicolon or full stop (a second time before it
    belongs to another group: "… was 14.2 months in A and 9.8 months in B")."""
    ends = [i for i in (sent.find(",", at), sent.find(";", at), sent.find(". ", at)) if i >= 0]
    return min(ends) if ends else len(sent)


# P values listed before a number: "(p = 0.001 and 0.03)", "(P = .02, .04 and .3)"
_P_LIST_BEFORE = re.compile(r"\b[Pp](?:[\s-]*values?)?\s*[=<>\u2264]\s*0?\.\d+(?:\s*,\s*0?\.\d+)*"
                            r"\s*(?:,\s*|,?\s*and\s+)$")


def _medians(sent: str, used: list[tuple[int, int]], declared: bool = False, mst: bool = True,
             ci_before: Callable[[], float | None] = lambda: None,
             outcome_abbrs: Callable[[], frozenset[str]] = frozenset,
             no_spread: Callable[[], bool] = lambda: False, ms: bool = False,
             median_abbrs: Callable[[], frozenset[str]] = frozenset, ranged: bool = False
             ) -> list[tuple[int, _MedInfo]]:
    """Per-arm medians in one sentence: after the word "median", and "X vs Y months" pairs.
    A "not reached" takes a unit only where one is printed for it (its own CI, the other group's
    value in the same list); otherwise its unit is None: the source does not say. With ``declared``
    (the document says its data are medians), or a declaration in the sentence itself ("9 vs 11 days
    (medians)", "…; data are median (IQR)"), each clause without the word is read as if it had it, in a
    median's shape only. ``mst`` False: the document defines "MST" as something else than a median
    survival time. ``ci_before``: the CI level the document printed last for a time before the sentence (asked
    only when needed); ``outcome_abbrs``: the document's abbreviations of a time to an outcome (read as its words;
    asked only when needed); a bare bracket after a time to an event in a sentence that names no CI is then read as
    its CI ("Median OS was 26.5 months (20.9-31.7) with A …" after "… 6.6 months (95% CI 4.1-8.3) …"), and so is
    one that holds its time in a document that never names a range, IQR or quartiles (``no_spread``; its level is
    then the one stated, else None); either says so in ``checks`` (``ci_not_named``). ``ms``: the document defines
    "MS" as its median survival; the abbreviation alone is then read like "median survival"; ``median_abbrs``: the
    abbreviations the document defines for a median ("pooled median time to onset (PMT-O)"), read the same way;
    ``ranged``: whether the document prints two times as medians and their IQRs are ("6 [4–8] days and 7 [5–9] days",
    see ``_ranged_times``), asked before any sentence is."""
    out: list[tuple[int, _MedInfo]] = []
    if _TABLE_CAPTION.match(sent) and not _TABLE_CITED.match(sent):
        return out  # a table flattened into text: its cells cannot be told apart (not "Table 2 shows …": prose)
    keys: list[re.Match[str] | _Word] = [m for m in _MEDIAN.finditer(sent)]
    if "MST" in sent and mst:
        keys = sorted(keys + list(_MST.finditer(sent)), key=lambda m: m.start())
    if ms:
        keys = sorted(keys + [m for m in _MS.finditer(sent) if not _MEDIAN.search(sent, max(0, m.start() - 30),
                                                                                  m.start())],
                      key=lambda m: m.start())
    if (doc_abbrs := median_abbrs()) and (med_abbrs := [a for a in doc_abbrs if a in sent]):
        keys = sorted(keys + [m for a in med_abbrs
                              for m in re.finditer(rf"(?<![\w-]){re.escape(a)}(?![\w-])(?!\s*[)\]])", sent)
                              if not _MEDIAN.search(sent, max(0, m.start() - 40), m.start())],
                      key=lambda m: m.start())
    keys = _declared_keys(sent, keys, declared, ranged)
    # why a clause's times are read as medians the text does not call so (a key's end → the estimate's note)
    implied: dict[int, str] = {k.end(): _BY_DIFFERENCE for k in keys if isinstance(k, _Word) and k.code == "" and
                               _PAIR_BEFORE_DIFFERENCE.match(sent, k.end())
                               and _MEDIAN_DIFFERENCE.search(sent, k.end(), k.end() + 200)}
    if not declared and any(isinstance(k, _Word) and k.code == "" and k.end() not in implied for k in keys) and \
            not re.search(r"\bIQR\b|nterquartile", sent) and not _MEDIANS_DECLARED.search(sent):
        implied.update({k.end(): _BY_SHAPE for k in keys
                        if isinstance(k, _Word) and k.code == "" and k.end() not in implied
                        and _RANGE_BEFORE_UNIT.search(sent, k.end(), _clause_end(sent, k.end(), len(sent)) + 1)})
    if not keys and "espectively" in sent:
        # "DoCB and OS were 16.6 and 25.1 months, respectively, for the 500-mg group": times of events listed with
        # their end points, read as if "median" began the list (and not called medians: see ``called_median``)
        keys = [_Word("listed", m.start(), m.start()) for m in _LISTED_EVENT_TIMES.finditer(sent)] or \
            [_Word("listed", m.start(), m.start()) for m in _GROUPS_EVENT_TIMES.finditer(sent)]
    if ("urviv" in sent or "OS" in sent or "PFS" in sent) and (one := _ONE_EVENT_TIME.search(sent)) and \
            not any(k.start() <= one.start() for k in keys) and not _MEAN_WORDS.search(sent, 0, one.end()) and \
            len(_TIME_VALUE.findall(sent, one.start(), _one_clause_end(sent, one.end()))) == 1:
        # "Overall survival (OS) for all patients was 6.1 months.": one cohort's time to an event, never called a
        # median, read as its median (the summary such times are printed with), as if "median" began it
        keys = sorted([*keys, _Word("listed", one.start(), one.start())], key=lambda k: k.start())
        implied[one.start()] = _ONE_TIME_IMPLIED
    for i, k in enumerate(keys):
        if isinstance(k, re.Match) and re.match(r"\s*\)", sent[k.end():k.end() + 3]) and \
                (vb := _VALUE_BEFORE_MEDIAN_WORD.search(sent, max(0, k.start() - 30), k.start())):
            keys[i] = _Word("", vb.start(), vb.start())  # "Times to recovery were 3 days (median) in the A group vs …"
    ci_led = [(m.start(), m.end()) for m in _CI_LED_BRACKET.finditer(sent)] if "CI" in sent or "onfidence" in sent \
        else []
    if ci_led:
        # (but a ratio's bracket that goes on with the groups' medians: "(95% CI, 0.65 to 1.01; median 35.5 v 30.6
        # months with A v B, respectively)")
        keys = [k for k in keys if not any(a < k.start() < b for a, b in ci_led)
                or _MEDIAN_PAIR_AFTER.match(sent, k.end())
                and re.search(r";\s*$", sent[max(0, k.start() - 3):k.start()])]
    if keys and " it " in sent:  # "Median OS was 10.4 months (…); in patients with X it was 4.9 months (…)"
        keys = sorted(keys + [m for m in _IT_WAS_TIME.finditer(sent) if m.start() > keys[0].start()],
                      key=lambda k: k.start())
    if not keys and not ((
            _VS_WORD.search(sent) or "espectively" in sent and _RESPECTIVE_TIMES.search(sent)
            or ("compared" in sent or "opposed" in sent) and (_COMPARED_TIMES.search(sent)
                                                              or "reached" in sent and _NR_COMPARED.search(sent))
            or _AND_PAIR_P.search(sent)
            or " from " in sent and _FROM_TO_TIMES.search(sent)
            or ("(" in sent or "[" in sent) and _BRACKETED_TIMES.search(sent)
            or _has_time_word(sent) and (_ARM_PAIR.search(sent) or _PAREN_ARM_PAIR.search(sent))) and (
            _ENDPOINT_MENTION.search(sent) or _SURVIVAL_WITH_HR.search(sent)
            or _TIME_TO_TUMOUR_PROGRESSION.search(sent) or _SURVIVAL_PAIR.search(sent)
            or _EVENT_TIME_WORDS.search(sent))):
        # (or each group's time in the bracket of the groups' ratio: "OS was longer with A (A: 12.7 months; B: 8.4
        # months; HR 0.69 …)", a per-arm time the sentence does not call a median)
        return _measure_group_grid(sent, used) if "espectively" in sent else \
            _group_times_then_ratio(sent) if ";" in sent else out
    # Percentages and their CIs are rates, never medians.
    spans = _Spans(used + [(m.start(), m.end()) for m in _PERCENT_WITH_CI.finditer(sent)]
                  + [(m.start(), m.end()) for m in _RANGE_BRACKET.finditer(sent)]
                  + [(m.start(), m.end()) for m in _CI_INLINE.finditer(sent)]
                  + [(m.start(), m.end()) for m in _NAME_NUMERAL.finditer(sent)]
                  + [(m.start(), m.end()) for m in _CALENDAR_YEAR.finditer(sent)]
                  + ([(m.start(), m.end()) for m in _MEAN_SPAN.finditer(sent)] if "ean" in sent or "verage" in sent
                     else [])
                  + ([(m.start(), m.end()) for m in _FOOTNOTE_NUMBER.finditer(sent)] if "*" in sent or "\u2020" in sent
                     else [])
                  + ([(m.start(), m.end()) for m in _SUSPENDED_HYPHEN.finditer(sent)] if "-," in sent or "- " in sent
                     else [])
                  # (a CI-led bracket up to a median named in it: "(95% CI, 0.65 to 1.01; median 35.5 v 30.6 months …)")
                  + [(a, min([k.start() for k in keys if a < k.start() < b] or [b])) for a, b in ci_led]
                  # "(7.2 v 5.7 months, 0.56, 0.46 to 0.68, P<0.001)": an unnamed ratio and its CI after the times
                  + [(m.start(), m.end()) for m in _UNNAMED_RATIO_AFTER_TIMES.finditer(sent)]
                  + ([(m.start(), m.end()) for m in _BARE_CI_AFTER_TIME.finditer(sent)
                      if re.search(rf"{_UNIT_WORDS}$", sent[max(0, m.start() - 8):m.start()], re.I)]
                     if _CI_INLINE.search(sent) else []))

    def inline_ci(region: str, vm: re.Match[str]) -> re.Match[str] | None:
        if vm.group("ci"):
            return None
        gap = _CI_INLINE_AFTER.match(region, vm.end())
        return _CI_INLINE.match(region, gap.end()) if gap else None

    regions: list[tuple[int, int, str | None]] = []
    bracket_arms: dict[int, list[str]] = {}  # a pair of bracketed times: the groups named before the brackets
    for i, k in enumerate(keys):
        stop = keys[i + 1].start() if i + 1 < len(keys) else len(sent)
        end = _clause_end(sent, k.end(), stop)
        while end < stop and sent[end] == ";" and (
                _LIST_ITEM.match(sent, end + 1)
                # "PFS and OS were 3.2 months (…) and 6.8 months (…) with A, respectively; 4.9 months (…) and 9.5 months
                # (…) with B, respectively; and …": the pairs of the other groups, printed the same way
                or re.search(r"\brespectively\s*$", sent[k.end():end]) and _RESPECTIVE_PAIR_ITEM.match(sent, end + 1)
                # "Median PFS: 12.3 weeks (panitumumab); 7.3 weeks (BSC)": each time followed by its group in brackets
                or _TIME_THEN_GROUP_END.search(sent, k.end(), end) and _TIME_THEN_GROUP.match(sent, end + 1)):
            # "Median PFS: drug A, 11.0 months; drug B, 7.2 months": a list of groups across ';'
            end = _clause_end(sent, end + 1, stop)
        enclosing = _enclosing_close(sent, k.end(), end)
        if enclosing is not None and re.match(r"\s*(?:,\s*)?(?:and|but|while|whereas)\s+(?:an?|the|\d)\b|\s*\.\s",
                                              sent[enclosing + 1:]):
            end = enclosing  # "(median: 48 hours versus 4 hours, p = 0.002) and an average …": the bracket's own
        if (ns := next((x for x in _NEW_SUBJECT_CLAUSE.finditer(sent, k.end(), end)
                        if _enclosing_close(sent, k.end(), x.start()) is None
                        and sent.count("(", k.end(), x.start()) == sent.count(")", k.end(), x.start())
                        and re.search(r"\d", sent[k.end():x.start()])
                        # (a time to an event names its own end point: "…, and overall survival time was 8 months")
                        and not _ENDPOINT_MENTION.search(x.group())
                        and not _EVENT_TIME_WORDS.search(x.group())), None)):
            end = ns.start()  # "…(1.2 weeks and 3.2 weeks, respectively), and the duration of a high viral load (…) was
            # shorter (0.4 weeks and 1.3 weeks …)": another outcome, never called a median, is the next clause's subject
        landmark = next((x for x in _LANDMARK.finditer(sent, k.end(), end)
                         if not any(a < x.start() < b for a, b in ci_led)), None)
        if landmark:
            end = landmark.start()
        if (mean_next := _MEAN_CLAUSE.search(sent, k.end(), end)) and re.search(r"\d", sent[k.end():mean_next.start()]):
            end = mean_next.start()  # "… was 188, 259, and 252 days, and the mean survival 263, 262, and 329 days"
        rest = sent[k.end():end]
        if _DIFFERENCE_BEFORE.search(sent, max(0, k.start() - 30), k.start()) and not _VS_WORD.search(rest) and \
                not re.search(r"\brespectively\b|\bfrom\s+\d[^;]{0,40}?\bto\s+\d", rest) and \
                not _GROUP_VALUES_LISTED.search(rest) or \
                _TREATED_FOR.search(sent, _clause_start(sent, k.start(), 120), k.start()):
            continue  # "the difference in median duration … is 275 min", "treated for a longer duration (median …)"
        if re.search(r"\b(?:over|during)\s+(?:a\s+)?$", sent[max(0, k.start() - 10):k.start()], re.I) and \
                re.match(r"\s+(?:of\s+)?\d", rest):
            continue  # "the primary outcome … over a median of 36.6 months": the follow-up, no outcome's time
        if re.search(r"\b(?:baseline|pre-?treatment|entry)\s+$", sent[max(0, k.start() - 14):k.start()], re.I):
            continue  # "subgroups of baseline age and MELD greater or less than the baseline medians (46.9 years and
            # 28, respectively)": characteristics at entry, not times to an event
        if re.match(r"\W*of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?ages?\b", rest, re.I):
            continue  # "The median of the prognostic factor age … (56.5 vs 45.5 years)": an age, not a time to an event
        if _DAYS_COUNTED.match(rest):
            continue  # "median migraine headache days … (3.0 days in each group)": days counted, not a time
        if re.search(r"\b(?:increased|improved|prolonged|extended|reduced|decreased|shortened|delayed|lengthened)\b"
                     r"[^.;()\[\]]{0,80}\bby\s+(?:an?\s+|the\s+)?$", sent[max(0, k.start() - 100):k.start()], re.I):
            continue  # "increased bone-metastasis-free survival by a median of 4·2 months": a gain, no group's time
        if re.match(r"\s+(?:[\w-]+\s+){0,2}?(?:benefit|gain|advantage|prolongation|improvement|extension)\s+"
                    r"(?:of|was|in)\b", rest, re.I) or \
                re.match(r"\s+(?:terminal\s+)?(?:elimination\s+)?half[- ]li(?:fe|ves)\b|\s+(?:intervention|treatment|"
                         r"therapy|exposure|infusion|session)\s+(?:duration|length|time)\b|\s+duration\s+of\s+(?:the\s+)?"
                         r"(?:[\w-]+\s+)?(?:sessions?|infusions?|intervention|procedure)\b", rest, re.I) or \
                _EXPOSURE_BEFORE_BRACKET.search(sent, max(0, k.start() - 60), k.start()):
            continue  # "a median OS benefit of 14 months for A": a difference between arms, not an arm's median;
            # "for the duration of chemotherapy (median of 17 weeks)": how long treatment lasted
        if re.match(r"\s+(?:use|usage|adherence|compliance|exposure|dose|differences?|change)\b|"
                    r"\s+(?:days?|weeks?|months?)\s+(?:of|on)\s+(?:the\s+)?(?:study\s+)?(?:use|treatment|therapy|"
                    r"medication|drug|exposure|dosing)\b|"
                    r"\s+(?:on|of)\s+the\s+(?:[\w-]+\s+){0,2}?scales?\b", rest, re.I):
            continue  # "with median use similar for both groups (51.0 days …)": how long a treatment was taken;
            # "the median on the scale for time to fall asleep was 3.5": a rating, whatever it stands for;
            # "a median difference of 1.5 days": a difference, not a group's median
        if _NOT_OUTCOME.match(rest) and not (
                _ILLNESS_COMPARED.match(rest) and _SHORTER_OR_P.search(sent, k.end(), end)
                and re.search(r"\b[Pp]\s*[=<>\u2264]|\bin\s+(?:both|each|either)\b", sent)
                and not _BASELINE_ANY.search(sent)) and not (  # (no P: "infertility was longer in A (2.0 years)")
                # a time on treatment estimated with CIs and compared between groups: an outcome
                # (Kaplan-Meier time to discontinuation), not an exposure summary
                _TREATMENT_TIME.match(rest) and _SHORTER_OR_P.search(sent, k.end(), end)
                and _COMPARED.search(sent, k.end(), end) and len(_CI_WORD.findall(sent, k.end(), end)) >= 2) \
                or _FOLLOW_UP_BEFORE.search(sent, max(0, k.start() - 60), k.start()) \
                or _FOLLOW_UP_BRACKET.search(sent, max(0, k.start() - 130), k.start()) \
                or _FOLLOW_UP_AFTER.match(rest):
            continue  # (a duration of illness compared between groups with a P value is an outcome)
        regions.append((k.end(), end, None))
    # "PALOMA-3: 9.5 vs 4.6 months" without the word median, when the sentence names an endpoint.
    # (also after a median's own clause: "… longer (median, 24.4 v 20 months; …), as were response rates (…) and time to
    # hepatic progression (9.8 v 7.3 months; …)": a later pair outside every median's region)
    taken = [(a, b) for a, b, _ in regions]
    # (only after the sentence's last "median": "20.1 versus 19.6 months median time to relapse" is that median's)
    after_keys = max((k.start() for k in keys), default=-1) if taken else -1
    if (
            _ENDPOINT_MENTION.search(sent) or _SURVIVAL_WITH_HR.search(sent)
            or _TIME_TO_TUMOUR_PROGRESSION.search(sent) or _SURVIVAL_PAIR.search(sent)
            or _EVENT_TIME_WORDS.search(sent)) and \
            not re.search(r"\bmeans?\b", sent, re.I) and _UNIT_SEARCH.search(sent):
        pairs = [m for m in [*_PAIR.finditer(sent), *_TIMES_LIST.finditer(sent),
                             *(_NR_PAIR.finditer(sent) if "reached" in sent or "NR v" in sent else ())]
                 if not _inside(m.start(), spans)
                 and not any(a <= m.start() < b for a, b in taken) and m.start() > after_keys
                 and not (_ARMS_BEFORE_PAIR.search(sent, max(0, m.start() - 20), m.start())
                          and not (_ENDPOINT_OF.search(sent, max(0, m.start() - 20), m.start())
                                   # ("with PFS of 6.0, 3.8 and 1.9 months, respectively": the end point's list)
                                   and re.search(r"\b(?:vs\.?|versus)\s|\brespectively\b", m.group())))
                 and not ((cb := _CHARACTERISTIC_BEFORE_PAIR.search(sent, max(0, m.start() - 40), m.start()))
                          # (a score names the subgroup of a pair of times: "in patients with combined positive
                          # scores of ≥10 (17.2 v 13.6 months, …)")
                          and not (re.match(r"scores?|weight", cb.group(), re.I)
                                   and _UNIT_RIGHT_AFTER.match(sent, m.end()))
                          # ("Age had no effect on OS (10.9 vs 12.8 months …)": the end point's times, named after it)
                          and not ((_UNIT_SEARCH.search(m.group()) or _UNIT_RIGHT_AFTER.match(sent, m.end()))
                                   and _ENDPOINT_MENTION.search(sent[cb.start():m.start()])))
                 # ("Survival at 6 vs 12 months": time points, not times; "82, 82, 72, and 72% for 2, 3, 4, and 5
                 # yr, respectively": the time points of rates)
                 and not re.search(r"\b(?:at|after|by|within|beyond|until)\s*$", sent[max(0, m.start() - 10):m.start()],
                                   re.I)
                 and not re.search(r"%\s*(?:,?\s*respectively\s*,?)?\s*(?:for|at|after|by)\s*$",
                                   sent[max(0, m.start() - 30):m.start()], re.I)
                 and not (_BARE_AND_PAIR.match(sent, m.start(), m.end() + 20)
                          and not _EP_THEN_AND_PAIR.search(sent, max(0, m.start() - 60), m.start()))]
        # "sunitinib increased disease-free survival from 5.5 months to 11.4 months compared with placebo": an end
        # point's two times, before and after
        regions += [(m.start("p"), m.end("p"), "pair") for m in _FROM_TO_TIMES.finditer(sent)
                    if not _inside(m.start("p"), spans) and not any(a <= m.start("p") < b for a, b in taken)
                    and not any(a <= m.start("p") < b for a, b, _ in regions)]
        # ("a trial comparing 1 versus 3 years of imatinib", "duration of 6 vs 12 months": the arms, not outcomes)
        # A list "A: 9.5 vs 4.6 months; B: 16.4 vs 9.3" prints the unit once; where no pair prints one
        # ("health change (8.99 vs 2.03, …)") they are scores, not times.
        if any(m.group("unit") or _UNIT_RIGHT_AFTER.match(sent, m.end())
               or re.search(rf"{_UNIT_WORDS}\s*$", m.group(), re.I) for m in pairs):
            regions += [(m.start(), m.end(), "pair") for m in pairs]
            # (and a later bracket of times each with its group, in its own clause: "PFS was longer in A (6.2 vs. 4.3
            # months, …), while the overall survival was similar in both arms (14.8 months in A vs. 14.1 months in B)")
            regions += [(m.start(), m.end(), "pair") for m in _ARM_PAIR.finditer(sent)
                        if not _inside(m.start(), spans) and not any(p.start() < m.end() and m.start() < p.end()
                                                                     for p in pairs)
                        and not any(a <= m.start() < b for a, b in taken) and m.start() > after_keys
                        and (cs := _PAIR_CLAUSE_SUBJECT.search(sent, max(0, m.start() - 140), m.start()))
                        and (_OUTCOME_TIME.search(cs.group("x")) or _ENDPOINT_MENTION.search(cs.group("x")))]
        else:
            # "OS was 13.1 months with eribulin and 11.2 months with TPC": each time with its group
            regions += [(m.start(), m.end(), "pair") for m in _arm_pairs(sent) if not _inside(m.start(), spans)
                        and not any(a <= m.start() < b for a, b in taken) and m.start() > after_keys
                        and (_PAIR_SUBJECT.search(sent, max(0, m.start() - 100), m.start())
                             # "The overall survival was similar in both arms (14.8 months in experimental arm vs. 14.1
                             # months in control arm)": the bracket of the clause whose subject is a time to an event
                             or (cs := _PAIR_CLAUSE_SUBJECT.search(sent, max(0, m.start() - 140), m.start()))
                             and (_OUTCOME_TIME.search(cs.group("x")) or _ENDPOINT_MENTION.search(cs.group("x")))
                             # "… an improvement in RFS compared with B (13.3 months for A v 10.2 months for B; HR …)":
                             # the pair opens the bracket after a clause that names a time to an event
                             or re.search(r"[(\[]\s*$", sent[max(0, m.start() - 3):m.start()]) is not None
                             and (ep_near := _ENDPOINT_MENTION.search(sent, max(0, m.start() - 140), m.start()))
                             is not None and _endpoint_class(ep_near.group()) in _EVENT_TIME_CLASSES)
                        # ("Median follow-up time was 32 months for all patients and 42 months for surviving patients")
                        # ("median follow-up for overall survival was 43.7 months in the A group and 42.4 months …")
                        # (not "PFS at a median follow-up of 20 months was 11.0 months …": the time the PFS was read)
                        and not re.search(r"\bfollow[- ]?up(?:\s+(?:time|duration|period))?(?:\s+(?:for|of)\s+"
                                          r"[A-Za-z][A-Za-z\s-]{1,40}?)?\s+(?:was|were)\s*$",
                                          sent[max(0, m.start() - 80):m.start()], re.I)]
    if (_ENDPOINT_MENTION.search(sent) or _EVENT_TIME_WORDS.search(sent) or keys) and \
            not re.search(r"\bmeans?\b", sent, re.I):
        # "Time to progression with A (2.9 months; 95% CI, 2.4 to 3.2) versus B (2.0 months; 95% CI, …)": each
        # group, then its time in a bracket of its own (outside any median's own clause)
        for m in _BRACKETED_TIMES.finditer(sent):
            if any(a <= m.start("v1") < b for a, b, _ in regions) or _NOT_EVENT_TIME_BEFORE.search(
                    sent, max(0, m.start() - 80), m.start()):
                continue  # (not "a shorter median duration of exposure (2.3 months [range …]) compared with …")
            a1 = _ARM_BEFORE_BRACKET.search(sent, max(0, m.start() - 60), m.start())
            a2 = _ARM_BEFORE_BRACKET.search(sent, m.start("mid"), m.start("b2"))
            if a1 and a2 and not _inside(m.start("v1"), spans):
                regions.append((m.start("v1"), m.end(), "pair"))
                bracket_arms[m.start("v1")] = [a1.group("arm"), a2.group("arm")]
    declared_at = {k.end() for k in keys if isinstance(k, _Word) and k.code == ""}
    listed_at = {k.end() for k in keys if isinstance(k, _Word) and k.code == "listed"}
    for r_start, r_end, kind in regions:
        region = sent[r_start:r_end]
        values: list[re.Match[str]] = []
        bounds: dict[int, int] = {}
        ranges: set[int] = set()  # where a time is printed as a range of two values (skipped: no one estimate)
        for vm in _VALUE_UNIT.finditer(region):
            a = r_start + vm.start()
            if _inside(a, spans) or (a > 0 and (sent[a - 1].isalnum() or sent[a - 1] in "-/)]")
                                     and not re.search(r"(?<![A-Za-z])vs$", sent[max(0, a - 3):a])):
                # (glued to what comes before: "(71%)192 (68%)", a flattened table's cell)
                continue
            if _MEAN_BREAK.search(region, values[-1].end() if values else 0, vm.start()):
                break
            if values and re.search(r"(?:[)\]]|\b(?!(?:vs|v|cf|approx|ca|resp|al|e\.g|i\.e)\.)[A-Za-z]+)\.\s+$",
                                    sent[max(0, a - 14):a], re.I):
                break  # "…, p=0·99). 227 (94%) of 242 patients …", "… was just 1 day. 76 (49%) centres …": a new
                # sentence that opens with a count ("months. 470 patients had …": before any count is skipped; not "5.6
                # months vs. 3.2 months")
            if sent[a - 1:a] in ("+", "\u00b1"):
                continue  # "(difference 12.9 weeks; 95% CI -5.5 to +34.3 weeks)": a signed difference's limit
            if re.match(r"\.\d", region[vm.end("val"):]) or not vm.group("unit") and \
                    vm.group("val")[:1].isdigit() and (
                    _COUNT_NOUN_AFTER.match(region, vm.end("val"))
                    or _COUNTS_BRACKET_BEFORE.search(sent, max(0, a - 60), a)):
                continue  # "[6.1.1]": a section's number; "in this study of 66 procedures", "fewer episodes of vomiting
                # (1 vs 4; …)": counts, not times
            if not vm.group("unit") and re.match(r",\d{3}(?!\d)", region[vm.end("val"):]):
                continue  # "in the 1,600/800-mg group": a number with a thousands separator, a dose, not a time
            if not vm.group("unit") and (_MONTH_NAME_BEFORE.search(sent, max(0, a - 14), a)
                                         or _MONTH_NAME_AFTER.match(region, vm.end("val"))):
                continue  # "(June 1, 2020)", "1 June 2020": a date, not a time
            if not vm.group("unit") and re.search(r"\bsurvival\s*$", sent[max(0, a - 10):a], re.I) and \
                    re.match(r"\s+of\s+(?:the\s+)?(?:patients|participants|those)\b", region[vm.end("val"):], re.I):
                continue  # "the median progression-free survival 2 of patients who crossed over": a second PFS's name
            if re.search(r"[(\[]\s*$", sent[max(0, a - 3):a]) and \
                    re.match(rf"\s*(?:{_UNIT_WORDS}\s*)?(?:-|to)\s*\d", region[vm.end("val"):], re.I) and \
                    re.search(r"\d\s*(?:[A-Za-z/%]+\s*)+[(\[]\s*$", sent[max(0, a - 16):a]):
                continue  # "3.19 mg/dL [2.11–4.04]": the lower limit of another value's range, not a value
            if re.match(r"\s+(?:[\w-]+\s+){0,2}?(?:arms|groups|regimens|cohorts)\b", region[vm.end("val"):]) and \
                    re.search(r"\b(?:the|between|of|all|both)\s*$", sent[max(0, a - 9):a], re.I):
                continue  # "between the 2 artesunate arms": how many arms, not a time
            if re.match(r"\s*(?:[(\[]\s*\d+(?:\.\d+)?\s*%\s*[)\]]\s*)?of\s+(?:the\s+)?\d+\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:patients|participants|people|persons|subjects|women|men|children|adults|cases)\b",
                        region[vm.end("val"):], re.I):
                continue  # "for the 538 (65%) of 829 patients assigned to A was 30.8 months": a count of patients
            if values and re.search(r"\bwith\s+$", sent[max(0, a - 6):a]) and vm.group("unit") and \
                    values[-1].group("unit") and _unit_norm(vm.group("unit")) != _unit_norm(values[-1].group("unit")):
                continue  # "21 days (95% CI, 17 to 25) with 3 h and 33 days … with 1 h of therapy": the arms' doses
            if _ENTRY_TIME_AFTER.match(region, vm.end("val")) and \
                    re.search(r"\b(?:enrolled|randomi[sz]ed|recruited|included|admitted)\b", sent[:a], re.I):
                continue  # "We enrolled 1006 patients early after the onset of ARDS (median, 7.6 hours after onset)":
                # when they entered the trial, not an outcome
            if values and not vm.group("unit") and re.match(r"\s*[(\[]\s*[<>]?\d+(?:\.\d+)?\s*%\s*[)\]]",
                                                              region[vm.end("val"):]):
                break  # "…, median 3.7 years after X, 351 (77%) of 458 children …": a count and its percentage
            if re.search(r"\b(?:differences?|reduction|increase|shorter|longer)\s*(?:of|was|were|=|:|by|,)?\s*$",
                         sent[max(0, a - 24):a], re.I) and \
                    not re.search(r"\bmedian\s*(?:of\s*)?$", sent[max(0, a - 14):a], re.I):
                continue  # "(median 10 days vs 5 days; difference 5 days [5-6 …])": a difference, not a group's median
            if re.search(r"/\s*m\s*[(\[]\s*$|\b(?:surviv\w*|alive|living)\s+(?:for|at|beyond|to)\s*$",
                         sent[max(0, a - 24):a], re.I) and not _PROLONGED_TO.search(sent, max(0, a - 70), a):
                continue  # "100 mg/m (2)": a square metre; "10 percent of patients survive for 5 years": a landmark
                # (not "prolonged median overall survival to 14.4 months compared to 11.1 months": the arm's median)
            if re.search(r"\b(?:tables?|figures?|figs?\.?)\s+\d+[A-Za-z]?\s*(?:,|and|-|\u2013)\s*$",
                         sent[max(0, a - 24):a], re.I) or (_float(vm.group("val")) or 0) != 1 and \
                    re.fullmatch(r"(?:week|month|day|year|hour)", vm.group("unit") or "", re.I) and (
                        re.search(r"[(\[]\s*$", sent[max(0, a - 3):a]) and re.match(r"\s*[,;)\]]", region[vm.end():])
                        or re.match(r"\s+(?!(?:in|with|for|and|or|vs|versus|was|were|is|are|compared|after|of|on|among|"
                                    r"than|respectively|by|at|to|from)\b)[a-z]", region[vm.end():])):
                continue  # "Tables 1 and 4"; "(6 week, p = 0.016)", "6 week visit", "5 year projected survival": a
                # time point's label (but "8.7 month in the A arm" is a median printed in the singular)
            if not vm.group("val")[:1].isdigit() and (
                    re.search(r"\b(?:parameters?|half-lives?|half-life|values?)\s*$", sent[max(0, a - 20):a], re.I)
                    or re.match(r"non-?estimable", vm.group("val"), re.I)
                    and re.match(r"\s+(?!in\b|for\b|with\b|and\b|or\b|at\b|by\b|as\b)[a-z]", region[vm.end("val"):])):
                continue  # "parameter could not be estimated", "a non-estimable elimination half-life"
            if not vm.group("unit") and vm.group("ci") and re.search(rf"{_UNIT_WORDS}\s*;\s*$", sent[max(0, a - 12):a],
                                                                 re.I):
                continue  # "(6.3 months vs 5.4 months; 0.84 [0.68-1.03], p=0.089)": the comparison's ratio
            if not vm.group("unit") and re.fullmatch(r"\d*\.\d{3,}", vm.group("val")) and \
                    not _UNIT_RIGHT_AFTER.match(region, vm.end("val")):
                continue  # "from 0.049 and 0.042 to …": a measurement printed to three decimals, not a time
            if not vm.group("unit") and re.match(r"[A-Za-z]|\s+[-\u2212]?\d", region[vm.end("val"):]) or \
                    vm.group("val")[:1] in "0123456789." and (
                        re.search(r"\d\s*[)\]]?\s+$", sent[max(0, a - 4):a])
                        or re.search(r"\d\s*[(\[]\s*$", sent[max(0, a - 4):a]) and re.match(r"\s*%?\s*[)\]]",
                                                                                        region[vm.end("val"):])
                        or _CELL_AFTER.match(region, vm.end("val"))):
                continue  # "the 200M-group", "Figure 1A"; "Median 42 21 IQR 73 39", "40.00 (25.00–44.50) 38.00
                # (21.50–44.50)", "10 (50) 12 (71)": a flattened table's cells
            if not vm.group("unit") and re.fullmatch(r"\d{1,3}", vm.group("val")) and \
                    re.search(r"[)\]]\s$", sent[max(0, a - 2):a]) and \
                    re.match(r"\s*(?:[.,;]\s|[.,;]?$)", region[vm.end("val"):]):
                continue  # "… (19.3% versus 25.7%) 3. Valacyclovir …": a reference's number after a bracket
            if re.match(r"\s*(?:per|/)\s*[\d,]+\s*(?:person|patient|participant|subject)", region[vm.end("val"):],
                        re.I):
                continue  # "incidence rate … 5.02 per 100 person months": a rate, not a time
            if _DIFFERENCE_AFTER_TIME.match(region, vm.end("val")):
                continue  # "the median time … was 23.4 to 28.2 hours shorter than the placebo group": a difference
            if values and _PROCESS_OR_PRIOR.search(region, values[-1].end(), vm.start()):
                break  # "…, and time to surgery from 40 to 22 hours": a care-process time joins the list
            if vm.group("unit") and (
                    re.search(r"\b(?:patients|participants|subjects|those|cases)\s+with\s*[<>\u2264\u2265]?=?\s*$",
                              sent[max(0, a - 30):a], re.I)
                    or re.search(r"[<>\u2264\u2265]=?\s*$", sent[max(0, a - 3):a])
                    and re.match(r"\s+(?:on|of)\s+(?!(?:the\s+)?(?:patients|participants)\b)[a-z]", region[vm.end():])):
                continue  # "longer in patients with ≥6 mo compared with <6 mo on first-line therapy": the subgroups'
                # bounds, times that define a group and are no group's median
            if re.search(r"\b(?:at|after|by|within)\s+(?:weeks?\s+|months?\s+|days?\s+)?\d+(?:\.\d+)?"
                         r"(?:\s*,\s*\d+(?:\.\d+)?)*\s*(?:,|and|or)\s*$", sent[max(0, a - 40):a], re.I) and not (
                    # "after a median of 29 and 28 minutes with A, and after 52 and 44 minutes with B"
                    values and vm.group("unit") and re.search(r"\bafter\s+a\s+median\s*$",
                                                             sent[max(0, r_start - 20):r_start])) and not (
                    values and re.search(r"\b(?:estimated|calculated|computed)\s+at\s+\d[^a-z]*$",
                                         sent[max(0, a - 60):a])):
                continue  # "after 1 and 4 weeks": time points of a measurement
            if re.search(r"\b(?:approximately|about|around|roughly|between|rang(?:ed|ing|es?)\s+from|"
                         r"var(?:ied|ies|y|ying)\s+from)\s*$", sent[max(0, a - 16):a], re.I) and re.match(
                    rf"\s*(?:{_UNIT_WORDS}\s*)?(?:to|-|and)\s*{_NUM}", region[vm.end("val"):], re.I) and not (
                    re.match(r"\s*and\s", region[vm.end("val"):]) and not re.search(r"between\s*$", sent[a - 9:a])):
                continue  # "was approximately 2 to 4 days", "ranging from 4.0 to 5.2 hours": a range, not a value
            if _DIFFERENCE_NAMED_BEFORE.search(sent, max(0, a - 50), a):
                continue  # "… vs 5.5 months for placebo, representing an improvement of 24.7 months": a difference
            if _RANGE_UPPER_END.search(sent, max(0, a - 40), a):
                continue  # "1 minute, ranging from 1 to 6 minutes": the range's upper end, not a second median
            if vm.group("val")[:1].isdigit() and not vm.group("ci") and not vm.group("unit") and \
                    _RANGE_OF_TIMES.match(region, vm.end("val")) and \
                    not re.search(r"[(\[,]\s*$|\b(?:from|between)\s+$", sent[max(0, a - 9):a], re.I):
                ranges.add(a)  # "median OS … is 12-16 months": a range, no value
            if vm.group("val").startswith(".") and not vm.group("unit") and not _UNIT_RIGHT_AFTER.match(region,
                                                                                                 vm.end("val")):
                continue  # "(median .14 and .33, respectively; P = .0016)": an index without its zero, not a time
            if re.search(r"[(\[,;]\s*[<>\u2264\u2265]\s*$", sent[max(0, a - 5):a]):
                continue  # "for four age groups (<50 years, 50-59 years, …)": a band's limit, not a time
            if vm.group("val")[:1].isdigit() and (rg := _RANGE_OF_TIMES.match(region, vm.end("val"))) and \
                    re.match(r"\s*[,;]\s*(?:and\s+)?[<>\u2264\u2265]?\s*\d", region[rg.end():]) and \
                    re.search(r"[(\[,;]\s*$", sent[max(0, a - 3):a]):
                continue  # "(<50 years, 50-59 years, 60-69 years, …)": bands of a list, not times
            if _WORD_BOUND_BEFORE.search(sent, max(0, a - 20), a):
                continue  # "typically less than 12 months", "at least 6 months": a bound in words, not a value
            bm = _BOUND_BEFORE.search(sent, max(0, a - 40), a)
            described = re.search(r"\bwith\s+a\s+median\b", sent[max(0, r_start - 14):r_start + 2])
            if bm and vm.group("unit") and vm.group("val")[:1].isdigit() and not described and \
                    _OUTCOME_TIME.search(sent, max(0, r_start - 12), a):
                bounds[a] = bm.start("op")  # "median OS of > 1 year": a bound, not the value
            elif re.search(r"(?:[=<>≤≥]\s*\.?\s*|\d\(|\b[Pp]\s*[-\u2013,:]\s*|\d\s*[-\u2013]\s*)$",
                           sent[max(0, a - 5):a]) and not re.search(
                               r"\bmedian\s*(?:[(\[][^()\[\]]{0,30}[)\]]\s*)?"
                               r"(?:(?!(?-i:[Pp]|[Nn]|HR|OR|RR)\b)[A-Za-z][\w-]*\s+){0,3}=\s*$",
                               sent[max(0, a - 45):a], re.I) and not (
                                   # "median OS was 8.41 months (LS = 12.35 months, ES = 7.98 months)": a group's time
                                   vm.group("unit") and _GROUP_EQUALS.search(sent[max(0, a - 30):a])
                                   and re.search(r"\bmedian\b", sent[max(0, r_start - 80):a], re.I)
                                   # (a bracket after the whole sample's time; not "(low-dose study: drug A = 240 min,
                                   # …)", each group's time named in the bracket, read by its own rule)
                                   and re.search(rf"\d\s*{_UNIT_WORDS}\s*[(\[][^()\[\]]*$", sent[max(0, a - 120):a],
                                                 re.I)):
                # (a P value, a range's upper limit; but "median = 12.5 vs 18 days", "median survival = 6.8 months")
                continue
            before = sent[max(0, a - 24):a]
            if re.search(r"\b(?:alpha|\u03b1|power|significance\s+level|type\s+I\s+error(?:\s+rate)?)\s*"
                         r"(?:of|=|level\s+of)?\s*$", before, re.I):
                continue  # "at a one-sided alpha of 0.10": a design's error rate
            if re.search(r"\b(?:range|IQR)\s*[\])]\s*[:,=]?\s*$", before, re.I) and re.match(
                    r"\s*(?:-|\u2013|to)\s*\d", region[vm.end("val"):]):
                continue  # "interquartile range [IQR] 28.0–69.0": a limit ("median (range) 3 (2-6)" is a header)
            if re.search(rf"\b(?:ranges?|IQR?|interquartile(?:\s+range)?|C\.?I\.?|confidence\s+intervals?)\s*"
                         rf"(?:of\s+)?[:,=]?\s*"
                         rf"(?:{_NUM}\s*(?:-|\u2013|to)\s*{_NUM}\s*(?:and|,)\s*)?"  # "CI of 8 to 14 and 7 to 17"
                         rf"(?:{_NUM}\s*(?:{_UNIT_WORDS}\s*)?(?:-|\u2013|to|,)\s*)?$", sent[max(0, a - 60):a], re.I):
                # "median 11.2 h, range 4.1-30.5", "(Arm A, 95% CI, 28 - not reached)", "8.9 hours (IQ 6,12.5)",
                # "23 days (ranges 12–50 and 17–64)": limits, not medians
                continue
            if re.match(r"\s*(?:-|\u2013|to)?\s*\d*\s*weeks?['\u2019]?\s*(?:of\s+)?gestation", region[vm.start("val"):][
                    len(vm.group("val")):], re.I) or (vm.group("unit") or "").lower().startswith("week") and re.search(
                    r"\bat\s+(?:\d+\s*,\s*)*(?:\d+\s*,?\s*(?:and|or)\s+)?$", sent[max(0, a - 30):a]):
                continue  # "from 24-28 weeks' gestation", "with PPROM at 29, 30, and 31 weeks": a gestational age
            if re.search(r"[A-Za-z%)\]]\.(?:\d{1,3},\s?)*$", sent[max(0, a - 16):a]):
                continue  # "… radiotherapy alone.1 The …", "gliomas.4,5,6 Inhibition": reference numbers
            if re.search(r"\b(?:average|mean)\s*(?:of\s+|was\s+|=\s*|:\s*)?$", sent[max(0, a - 14):a], re.I):
                continue  # "4.0 days with A (average 4.41 [1.63] days)": a mean beside the median
            if vm.group("unit") and re.match(r"\s*(?:/\s*(?:day|d|week|wk)\b|per\s+(?:day|week)\b)",
                                             region[vm.end():], re.I):
                continue  # "oxygen given for 15 h/day": a daily dose of time, not a time to an event
            if re.search(rf"\b(?:quartiles?|Q1\s*(?:and|,)\s*Q3|25th\s+and\s+75th\s+percentiles?)\s*(?:of\s+)?"
                         rf"[:,=]?\s*(?:{_NUM}\s*(?:{_UNIT_WORDS}\s*)?(?:and|,|-|\u2013|to)\s*)?$",
                         sent[max(0, a - 50):a], re.I):
                continue  # "median therapy of 113 hours (quartiles 72 and 172.5 hours)": the quartiles
            if not vm.group("unit") and re.match(r"\s+(?:received|had|died|developed|experienced|underwent|achieved|"
                                                  # ("The median survival of all 406 eligible patients was 346 days")
                                                  r"(?:(?:eligible|evaluable|assessable|randomi[sz]ed|enrolled|treated)"
                                                  r"\s+)?(?:patients|participants|subjects))\b",
                                                  region[vm.end("val"):]):
                continue  # "Of 11 patients experiencing PD, 10 received subsequent therapy": a count
            if values and not vm.group("unit") and re.match(r"\s*[-\u2013]\s*\d", region[vm.end("val"):]) and \
                    re.search(r"\d\s*(?:[a-z]+)?\s*,\s*$", before, re.I):
                continue  # "vs 6 days, 4-9": the IQR printed after the value, not another median
            if re.search(r"\b(?:groups|arms)\s+$", before, re.I) and \
                    re.match(r"\s*(?:,|and|or|&)\s*\d{1,2}\b", region[vm.end("val"):]):
                continue  # "(Groups 1 and 2)": the first number of an enumeration of groups
            if vm.group("val")[:1].isdigit() and not _ENDPOINT_ABBREV_BEFORE.search(before) and not (
                    # "Median survival was: OSC + WBRT 49 days (…), OSC 51 days (…)": a group's name (its capitals
                    # after the list's colon or comma), then its time
                    vm.group("unit") and _GROUP_CAPITALS_BEFORE.search(before)) and re.search(
                    # ("(Groups 1 and 2)": an enumeration of groups' numbers; not "group 1, 14.2 months", a value)
                    r"(?:\b(?i:groups|arms)\s+\d{1,2}\s*(?:,|and|or|&)\s*|"
                    r"\b(?i:scores?\s+of|day|days|cycle|cycles|grade|stage|phase|arm|group|week|course|visit|level|"
                    r"step|type|class|version|at|after|within|over|during|aged?|every|each|per|tables?|figures?|figs?\.?|"
                    r"supplementary|appendix|panel|month|year|visit)|"
                    r"\b(?i:at|after|by|within|during)\s+the|\b[A-Z]{2,}|[x×]|"
                    r"\b(?i:over|in|during|within)\s+the\s+(?i:first|initial|last|next|following)|"
                    r"\b(?i:by)(?:\s+only)?|(?<!compared )(?<!relative )(?<!opposed )(?<!comparison )(?<!equal )"
                    r"(?<!amounted )\bto)\s*$",  # ("were equal to 11.9 (95% CI …)": the time itself)
                        before) \
                    and not re.search(r"\bfrom\s+(?:about\s+|approximately\s+|a\s+median\s+of\s+)?[\d.]"
                                      r"(?:[^,;()\[\]]|\([^()]*\)|\[[^\[\]]*\])*\bto\s*$",
                                      sent[max(0, a - 90):a]) \
                    and not _PROLONGED_TO.search(sent, max(0, a - 70), a) \
                    and not _ESTIMATED_AT.search(before) \
                    and not ("." in vm.group("val") and re.search(r"\b(?:group|arm|cohort)\s*$", before, re.I)
                             # ("and for the platinum-treated group 6.8 (95% CI, 3.7-10) months": the group's time)
                             and re.match(rf"\s*(?:[(\[]\s*\d{{2}}\s?%\s*CI\b|{_UNIT_WORDS})", region[vm.end("val"):],
                                          re.I)) \
                    and not _MEDIAN_WORD_AFTER.match(sent, a) \
                    and not (re.search(r"(?:\b(?:lower|higher|shorter|longer|reduced|faster|slower|similar|comparable)"
                                       # ("Median EFS was similar in the two groups at 12·8 months (95% CI …) in A")
                                       r"(?:\s+in\s+(?:the\s+|both\s+)?(?:two\s+|three\s+)?(?:groups|arms))?|"
                                       r"\b(?:group|arm),)\s+at\s*$", sent[max(0, a - 60):a])
                             and re.search(r"\b(?:time|duration|interval|length|stay|survival)\b",
                                           sent[max(0, r_start - 80):a], re.I)) \
                    and not (values and vm.group("unit") and "." in vm.group("val") and _AND_IN_GROUP.search(before)) \
                    and not (vm.group("unit") and _ARM_AT.search(sent, max(0, a - 60), a)
                             and _COMPARED_NEXT.match(region, vm.end("unit"))) \
                    and not (_MEDIAN_AT.search(sent, max(0, a - 80), a)
                             and re.match(r"\s*(?:vs\.?|versus)\s*\d", region[vm.end("val"):])) \
                    and not (values and (vm.group("unit") or _NEXT_UNIT.match(region, vm.end("val")))
                             and re.search(r"\band\s+after\s*$", before)
                             and re.search(r"\bafter\s+a\s+median\s*$", sent[max(0, r_start - 20):r_start])):
                continue  # (but "after a median of 4 days with A and after 5 days with B": the second group's)
            if values and not values[-1].group("val")[:1].isdigit() and vm.group("val") in ("NR", "NE") \
                    and re.search(r"[(\[]\s*$", sent[max(0, a - 3):a]):
                continue  # "not estimable (NE)": the abbreviation of the value just read
            if re.fullmatch(r"(?:19|20)\d\d", vm.group("val")) and (
                    re.match(r"\s*[-\u2013]\s*(?:19|20)?\d\d\b", region[vm.end("val"):])
                    or re.search(r"(?:19|20)\d\d\s*[-\u2013]\s*\d{2,4}\s*(?:vs\.?|versus|and|or|,)?\s*$",
                                 sent[max(0, a - 16):a])):
                continue  # "patients treated in 2000–2013 vs 2014–2020": calendar years, not times
            if _POWER_OF_TEN.match(region, vm.end("val")) or re.match(r"\s*(?:[x\u00d7]\s*10|\^)",
                                                                       region[vm.end("val"):]) \
                    or re.search(r"[x\u00d7\^]\s*$", sent[max(0, a - 3):a]):
                continue  # 10(9)/L, "100 × 10^9/L": a count's power of ten
            if re.search(r"\b(?:from|between)\s*$", sent[max(0, a - 9):a]) and re.match(
                    rf"\s*(?:-|\u2013|to|and)\s*[\u2265\u2264<>]?\s*\d+(?:\.\d+)?(?!\d|\.\d|\s*{_UNIT_WORDS})",
                    region[vm.end("val"):]):
                continue  # "worsening of ECOG PS from 0-1 to ≥2": a range of scores in the end point's name
            if not vm.group("unit") and re.match(r"\s*:\s*\d", region[vm.end("val"):]):
                continue  # "(wild type: 7.5 months, mutation codon 12: 8.2 months, …)": a label's number
            if not vm.group("unit") and re.match(r"\s+(?:was|were|is|are)\b", region[vm.end("val"):]):
                continue  # "to a train-of-four ratio of 0.9 was 2.1 min": a number in the subject
            if _NOT_TIME_AFTER.match(region, vm.end("val")) or _DIFFERENCE_AFTER.match(region, vm.end("val")):
                continue
            if (ld := _LIST_DIFFERENCE_AFTER.match(region, vm.end("val"))) and \
                    _DIFFERENCE_AFTER.match(region, ld.end()):
                continue  # "Median times to PR and PF were, respectively, 7 and 24 min shorter with A": differences
            if _SD_AFTER.match(region, vm.end("val")) or _SD_BEFORE.search(sent, max(0, a - 6), a):
                continue  # "8 ± 11": a mean and its SD
            if not vm.group("unit") and re.search(r"\[\s*$", sent[max(0, a - 3):a]) and \
                    re.match(r"\s*(?:[,\u2013-]\s*\d+\s*)*\]", region[vm.end("val"):]):
                continue  # "(p = 0.046) [31].": a reference, not a value
            if not vm.group("unit") and re.search(r"[)\]]\s*\(\s*$", sent[max(0, a - 4):a]) and \
                    re.match(r"\d+\s*(?:(?:[,\u2013-]|and)\s*\d+\s*)*\)", region[vm.start():]):
                continue  # "(median survival <5 months) (1–3).": references after a bracket, not a value
            if not vm.group("unit") and (
                    re.match(r"\s+(?:per|in\s+each|each)\s+(?:arm|group)\b", region[vm.end("val"):], re.I)
                    or re.search(r"\b(?:alpha|\u03b1|significance)(?:\s+(?:value|level))?\s*(?:of|=|was)?\s*$|"
                                 r"\bpower\s+(?:of\s+)?$", sent[max(0, a - 30):a], re.I)):
                continue  # "268 patients (134 per arm) … with an alpha value of 0.05": a count and a test level
            if re.search(r"[(\[]\s*from\s+[^()\[\]]*$", sent[max(0, a - 40):a]):
                continue  # "47.5 (from 26.3 to not reached) months": the value's interval, not another median
            if not vm.group("unit") and re.fullmatch(r"\d+", vm.group("val")) and \
                    re.search(r"\bin\s+$", sent[max(0, a - 4):a]) and \
                    _PEOPLE_COUNTED_AFTER.match(region, vm.end("val")):
                continue  # "18.2 months in 109 first-line and 11.3 months in 110 second-line patients": how many
            if not vm.group("unit") and re.search(rf"\d\s*{_UNIT_WORDS}\s*[(\[]\s*$", sent[max(0, a - 16):a], re.I) \
                    and re.match(r"\s*[(\[]", region[vm.end("val"):]) and not _unit_after(region, vm):
                continue  # "BALP was higher … at 12 months (9.4 [7.6-11.5])": a level at a time point, not a time
                # (but "in patients ≤ age 65 years (9.0 v 5.6 months; …)": times with their unit after them)
            if re.search(r"\bhalf[- ]li(?:fe|ves)\b[^.;,()\d]{0,20}$", sent[max(0, a - 40):a], re.I):
                continue  # "elimination half-life 3.75 versus 4.00 h": a drug's pharmacokinetics, not an outcome
            if re.search(r"\d:$", sent[max(0, a - 4):a]):
                continue  # "those with titers <1:160 (5.5 months …)": a dilution, not a time
            if _LANDMARK_AFTER.match(region, vm.end("val")):
                continue  # "with a 36 month-PFS of 34.5%", "the 5-year OS rate": a landmark's time, not a median
            if vm.group("unit") and re.search(rf"\d\s*{_UNIT_WORDS}\s*[(\[]\s*$", sent[max(0, a - 16):a], re.I) and \
                    re.match(r"\s*[)\]]", region[vm.end():]):
                continue  # "846 days (2.32 years)": the same time in another unit
            if not vm.group("unit") and vm.group("val")[:1].isdigit():
                nxt = _NEXT_UNIT.match(region, vm.end("val"))
                if nxt and not _UNIT_WORD_ONLY.fullmatch(nxt.group("u")) and _OTHER_UNIT.fullmatch(nxt.group("u")):
                    continue  # "80 and 3.2 ng/mL": not a time
                if nxt and re.fullmatch(r"(?:year|month|week|day|hour)", nxt.group("u"), re.I):
                    continue  # "the median, 1, 2 and 5 year projected survival": landmarks, not values
                if r_start in declared_at and not (nxt and _UNIT_WORD_ONLY.fullmatch(nxt.group("u"))) and not (
                        # (but the second of a pair printed alike: "11 [4-267] days compared with 34 [20-48]")
                        values and values[-1].group("val")[:1].isdigit()
                        and _RANGE_AFTER_VALUE.match(region, values[-1].end("val"))
                        and _RANGE_AFTER_VALUE.match(region, vm.end("val"))
                        and re.search(r"\b(?:compared\s+(?:with|to)|vs\.?|versus)\s*$", sent[max(0, a - 16):a])):
                    continue  # a clause read as a median by declaration: only times printed as times
            values.append(vm)
        if kind is None and len(values) % 2 == 0 and (mm := _MEAN_AND_MEDIAN.search(
                sent, max(0, r_start - 30), r_start)):
            # "The mean and median survival time … was 31.06 and 17.76 vs. 21.07 and 12.63 months": the means are
            # not medians; each pair gives the mean and the median in the order named
            values = values[1::2] if mm.group("first").lower().startswith("mean") else values[0::2]
        elif kind is None and len(values) % 2 == 0 and re.match(r"\s+(?:\([^()]{0,10}\)\s+)?and\s+(?:the\s+)?means?\b",
                                                                 sent[r_start:r_start + 30], re.I):
            values = values[0::2]  # "The median and mean times to discharge were 4 and 5.2 days vs 6 and 7.1 days"
        if not values:
            continue
        lead_unit = (_UNIT_NOUN_LEAD.match(sent, r_start) or _UNIT_BRACKET_LEAD.match(sent, r_start)) \
            if kind is None else None
        # "median OS: 2.7 vs 3.0 (p=0.20)", "median PFS with A versus B (4.0 vs 1.4; HR …)": a pair of an event time's
        # medians printed without a unit; kept, its unit unknown (none is borrowed from elsewhere)
        unitless = kind is None and len(values) == 2 and not any(v.group("unit") for v in values) and \
            lead_unit is None and all(v.group("val")[:1].isdigit() and "." in v.group("val") for v in values) and \
            re.match(r"\W*(?:OS|PFS|DFS|EFS|RFS|TTP|overall\s+survival|progression-free\s+survival)\b", region) \
            is not None and re.fullmatch(r"\s*(?:vs\.?|versus)\s*", region[values[0].end():values[1].start()]) \
            is not None and not any(u.group().strip() not in ("HR", "HRs") for u in _UNIT_SEARCH.finditer(region)) \
            and not _NEXT_UNIT.match(region, values[1].end("val")) \
            and not any(o[0] < r_start and o[1]["unit"] for o in out)  # (else they share the unit printed before)
        # (a hazard ratio's "HR" is no hour: "(4.0 vs 1.4; unstratified HR = 0.48, …)")
        # "Median time to first postoperative stool was 2.28 (IQR 1.06–3.96).", "… average length of stay (median = 4.3
        # vs. 5.6, p < .001)": an outcome's time named as the median's subject, its values printed without a unit and
        # with decimals (not counts); kept, the unit unknown
        unitless = unitless or kind is None and 1 <= len(values) <= 2 and lead_unit is None and \
            not any(v.group("unit") for v in values) and \
            all(v.group("val")[:1].isdigit() and "." in v.group("val") for v in values) and \
            not _UNIT_SEARCH.search(region) and not _NEXT_UNIT.match(region, values[-1].end("val")) and (
                (subject := _UNITLESS_SUBJECT.fullmatch(region, 0, values[0].start())) is not None
                and not _TABLE_MEDIAN_NOT.search(subject.group()) and len(values) == 1
                or len(values) == 2 and re.fullmatch(r"\s*[=:]\s*", region[:values[0].start()]) is not None
                and re.fullmatch(r"\s*(?:vs\.?|versus)\s*", region[values[0].end():values[1].start()]) is not None
                and _UNITLESS_SUBJECT_BEFORE.search(sent, max(0, r_start - 60), r_start) is not None) and \
            _UNITLESS_END.match(region, values[-1].end("val")) is not None
        if not any(v.group("unit") for v in values) and kind != "pair" and lead_unit is None and not unitless:
            # "5 vs 9 days": the unit printed after the list of values, not a time elsewhere in the clause
            nexts = [_NEXT_UNIT.match(region, v.end("val")) for v in values if v.group("val")[:1].isdigit()]
            shares_unit = re.match(r"\s*(?:OS|PFS|DFS|EFS|RFS|TTP|overall\s+survival|progression-free\s+survival)\b",
                                   region) is not None and any(o[0] < r_start and o[1]["unit"] for o in out)
            if nexts and not any(n and _UNIT_WORD_ONLY.fullmatch(n.group("u")) for n in nexts) \
                    and not any(v.group("ci") and _UNIT_SEARCH.search(v.group("ci")) for v in values) \
                    and not shares_unit:
                continue
            if not _UNIT_SEARCH.search(region) and not all(not v.group("val")[:1].isdigit() for v in values) and \
                    not shares_unit:
                continue  # a number without a time unit is not a time median (but "median PFS, 7.1 vs 5.9 months; …;
                # and median OS, 18.7 vs 12.6": the survival medians of one sentence share the unit printed once)
            # "median DFS had not been reached": an estimate; its unit is that of the text's other
            # medians, or unknown (None) when the text gives none
        first = values[0]
        if r_start in declared_at and not (
                re.search(rf"\bvs\.?(?!\w)|\bversus\b|\bfrom\s+{_NUM}\s*(?:{_UNIT_WORDS}\s*)?to\s+{_NUM}|"
                          r"\bin\s+(?:each|both)\s+(?:groups?|arms?)\b", region)
                or any(_RANGE_AFTER_VALUE.match(region, v.end("val")) or _IQR_AFTER_VALUE.match(region, v.end("val"))
                       for v in values)
                # ("after 12.5 min (median) in Group 2 and 75 min in Group 60 (P<0.01)": the bracket names the first
                # time a median, each time with its group, compared by a P)
                or _MEDIAN_WORD_AFTER.match(sent, r_start + first.start()) and len(values) >= 2
                and re.search(r"\b[Pp]\s*[=<>\u2264]", sent[r_start:])):
            continue  # a clause read as medians by declaration prints "4 (3–5) vs 3 (2–4) days", "from 7 to 5 days"
            # (or each time's IQR after a comma: "(3.0 days, IQR 2.5–3.4) than …")
        if kind is None and len(re.findall(r"\d\s+[-\u2212]?\d|[)\]]\d", region[:first.start()])) >= 2:
            continue  # "median ** 19.4 18.6 Interquartile range 18.3–21.3 …": key and value far apart in a table
        if kind is None and (_BASELINE_ANY.search(region) or _BEFORE_STUDY.search(sent[:max(0, r_start - 6)])
                             or _FOR_A_MEDIAN.search(sent, max(0, r_start - 40), r_start)
                             and not _OUTCOME_TIME.search(sent, _clause_start(sent, r_start, 80), r_start)
                             and not _DONE_FOR_COMPARED(sent, r_start, r_end)
                             or _EXPOSURE_LASTED.search(sent, max(0, r_start - 40), r_start)
                             or _INTERVENTION_LENGTH.search(sent, max(0, r_start - 40), r_start + 10)
                             or _PER_DAY_AMOUNT.match(sent, r_start)):
            continue  # a time before entry, or how long something was done ("treated for a median of"), or how much
            # of it a day ("The median daily duration of skin-to-skin contact was 16.9 hours")
        if kind is None and re.search(r"\bmeans?\b[^.;()\[\]]{0,80}[(\[]\s*median$",
                                      sent[max(0, r_start - 100):r_start], re.I) and \
                re.match(r"[^()\[\]]{0,40}[)\]]", sent[r_start:]):
            continue  # "The mean time to X was as follows (median time to X): A, 36.2 h (24.3 h); …": the values
            # outside the brackets are means; the medians are the bracketed ones, not read
        if kind is None and (had := re.search(r"\b(?:(?:were|was|being)\s+in|had|having)\b[^.;()%]{0,60}\bwith\s+a\s+"
                                              r"median$", sent[max(0, r_start - 90):r_start], re.I)) and \
                not _COMPARED.search(sent, r_start, r_end) and \
                not re.search(r"\b(?:outcomes?|prognosis|results?)\b", had.group(), re.I):
            # ("… had the most favorable outcome, with a median overall survival of 61.9 months": a result)
            continue  # "Patients … were in sustained remission with a median duration of remission of 12 months": who
            # they were at entry, not an outcome
        if kind is None and (_PROCESS_OR_PRIOR.search(sent, max(0, r_start - 30), r_start + first.start())
                             or _CARE_GIVEN_WITHIN.search(sent, max(0, r_start - 60), r_start)
                             or _MEAN_THEN_MEDIAN.search(sent, max(0, r_start - 100), r_start)
                             and _PROCESS_OR_PRIOR.search(sent, max(0, r_start - 100), r_start)
                             or (ea := _ENROLLED_AFTER.match(sent, max(0, r_start - 40))) is not None
                             and ea.end() > r_start):
            # (and "CPAP was installed within a median time of 30 min": how fast care was given; "the mean time from
            # onset to treatment was 4.2 h (SD 1.2), median 4.2 h"; "Patients were enrolled a median of 5 (range
            # 1-10) days after the onset of illness": a time before the study began)
            continue
        if kind is None and (_BASELINE.search(region, 0, first.start())
                             # ("median [IQR] BALP was significantly higher than baseline at 6/12 (…), 12 months (9.4
                             # […])": a level compared with its baseline at time points; the times are landmarks)
                             or _THAN_BASELINE.search(region, 0, first.start())
                             or _not_a_time_outcome(region, first.start())
                             or _AT_A_MEDIAN.search(sent, max(0, r_start - 40), r_start)
                             and not _EVENT_OCCURRED_AT.search(sent, max(0, r_start - 80), r_start)):
            continue  # a baseline characteristic, a level or score measured at a time, a time of assessment
        endpoint_text = None
        arm_order: list[str] = []
        people_than = False  # the pair's two groups are people compared with "than", not a subgroup of them
        if kind is None:
            lead = region[:first.start()]
            # "survival time was longer in the DC arm than in the VC arm (11.3 v 10.1 months)"
            arm_order = [a.group("a") for a in re.finditer(
                r"\b(?:in|with|for)\s+(?:the\s+)?(?P<a>[\w+/-]+(?:\s[\w+/-]+)?)\s+(?:arm|group)\b", lead)]
            verb = re.search(r"\s(?:was|were|is|are|has|had|did|ranged|reached)\b", lead)
            head = (lead[:verb.start()] if verb else lead).split(":")[0]
            if re.search(r"\s+(?:regardless|irrespective)\s+of\b", head):  # "PFS regardless of prior therapy (prior …"
                head = re.split(r"\s*[(\[]|\s+(?:regardless|irrespective)\s+of\b", head)[0]
            endpoint_text = _clean_endpoint(re.sub(r"^\s*[(\[][^()\[\]]*[)\]]", "", head))  # ("medians (and IQR) were")
            if re.fullmatch(r"values?", endpoint_text or ""):
                endpoint_text = None  # "the OOA was …, with a median value of 5 minutes": the subject names it
            order = _GROUPS_IN_HEAD.search(lead)
            if order and (len(values) == 2 or len(values) % 2 == 0 and all(
                    _VS_BETWEEN.fullmatch(region, values[i].end(), values[i + 1].start())
                    for i in range(0, len(values), 2))):
                # "Time to first stool (usual care vs bundle): 4 (3-5) vs 3 (2-4) days"; "… was 10.4 versus 4.9
                # months (P=0.030) and 15.5 versus 9.2 months (P=0.133)": pairs in the order of the groups
                a_, b_ = (order.group("a"), order.group("b")) if order.group("a") else (order.group("c"),
                                                                                          order.group("d"))
                arm_order = [a_.strip(), b_.strip()] * (len(values) // 2)
                endpoint_text = _clean_endpoint(re.split(r":|\s(?:was|were)\b", lead[:order.start()])[0]) \
                    or endpoint_text
        if kind is None and len(values) == 2 and not arm_order and (
                vb := _ARMS_VS_BEFORE_MEDIAN_BRACKET.search(sent[max(0, r_start - 200):r_start])):
            arm_order = [vb.group("a").strip(), vb.group("b").strip()]  # "with A versus B (median PFS, 11 v 5.6 months"
            head = sent[max(0, r_start - 200):r_start]
            if rs := _RESULTED_IN.search(head, 0, vb.start("a")):
                arm_order[0] = rs.group("s").strip()  # "A resulted in longer PFS compared with B (median, …)": A
        if kind is None and not endpoint_text and sent.lower().rfind("median", 0, r_start) >= 0 and \
                _endpoint_mentions(sent)[0][:1] and \
                _endpoint_mentions(sent)[0][0] < _clause_start(sent, r_start, len(sent)) < r_start and \
                not any(_clause_start(sent, r_start, len(sent)) <= p < r_start for p in _endpoint_mentions(sent)[0]):
            # "Mortality at day 90 was similar (…), but duration of sedation was shorter in the early group median
            # 11 days …": the clause's own subject, not the end point of the clause before
            endpoint_text = _subject_before(sent, sent.lower().rfind("median", 0, r_start))
        if kind == "pair" or not endpoint_text:
            endpoint_text = _nearest_endpoint(sent, r_start) or endpoint_text
        if kind is None and not endpoint_text and r_start in declared_at and \
                (own := _PAIR_SUBJECT.search(sent, max(0, r_start - 60), r_start)):
            endpoint_text = _clean_endpoint(own.group("x"))  # "Times to recovery were 3 days (median) in …"
        if kind == "pair" and (tn := _TIME_NOUN_BEFORE_PAIR.search(sent, max(0, r_start - 60), r_start)):
            endpoint_text = tn.group("x")  # "… and a shorter length of stay 6.01 versus 8.46 days": the pair's own noun
        if kind == "pair" and (cs := _PAIR_CLAUSE_SUBJECT.search(sent, max(0, r_start - 140), r_start)) and \
                (_OUTCOME_TIME.search(cs.group("x")) or _ENDPOINT_MENTION.search(cs.group("x"))):
            # "Mortality was similar (…), but length of stay was shorter with X (5.1 versus 7.2 days": the subject
            # of the clause the pair's bracket closes, not an end point of the clause before it
            endpoint_text = _clean_endpoint(cs.group("x"))
        if kind == "pair" and (own := _PAIR_SUBJECT.search(sent, max(0, r_start - 60), r_start)) and \
                not re.fullmatch(r"(?:it|this|that|which|there|difference|change)", own.group("x"), re.I) and \
                not (_ARMS_LISTED_BEFORE.search(sent, max(0, own.start("x") - 80), own.start("x"))
                     and not _OUTCOME_TIME.search(own.group("x"))):
            # (not "PFS for eribulin and TPC was 3.0 and 2.8 months": the second of the arms listed)
            # "…, PFS was 8.7 versus 7.7 months [HR …], and response duration was 7.6 versus 6.4 months": the
            # clause's own subject, not the end point named last before it
            endpoint_text = _clean_endpoint(own.group("x"))
        if kind == "pair" and len(values) == 2 and r_start in bracket_arms:
            arm_order = bracket_arms[r_start]
            if (tail_ep := _EP_AFTER_BRACKETS.match(sent, r_end)) and (
                    _ENDPOINT_MENTION.search(tail_ep.group("ep")) or _EVENT_TIME_WORDS.search(tail_ep.group("ep"))):
                endpoint_text = tail_ep.group("ep")  # "A (24.3 months) was superior to B (15.7 months) in survival"
            if endpoint_text and (cut := re.search(
                    rf"\s+(?:with|in|for|on)\s+(?:the\s+)?{re.escape(arm_order[0])}\b.*$", endpoint_text)):
                endpoint_text = endpoint_text[:cut.start()]  # "Time to progression with A (2.9 months": not "… with A"
        elif kind == "pair" and len(values) == 2 and len(pair_arms := [a.group("a") for a in _ARM_IN_LEAD.finditer(
                sent, _clause_start(sent, r_start, 160), r_start)]) == 2:
            arm_order = pair_arms  # "OS was shorter in the A arm than the B arm (15.3 vs. 24.6 months; …)"
        elif kind == "pair" and len(values) == 2 and \
                (fa := _FOR_ARMS_WAS.search(sent, max(0, r_start - 90), r_start)) and \
                re.match(r"[^.;()]{0,20}?\brespectively\b", sent[r_end:r_end + 30]):
            # "PFS for eribulin and TPC was 3.0 and 2.8 months, respectively"
            arm_order = [fa.group("a"), fa.group("b")]
        elif kind == "pair" and len(values) == 2 and (th := _PEOPLE_THAN_PEOPLE.search(
                sent, max(0, r_start - 160), r_start)):
            arm_order = [th.group("a"), th.group("b")]  # "longer in patients with X than patients without (A vs B"
            people_than = True
        if kind == "pair" and not endpoint_text and (_SURVIVAL_WITH_HR.search(sent, max(0, r_start - 200), r_end + 40)
                                                     or _SURVIVAL_PAIR.search(sent, max(0, r_start - 200), r_end + 40)):
            endpoint_text = "survival"  # "Survival was longer in … (13.6 vs. 5.6 months, HR …)"
        if kind is None and not endpoint_text and (colon := re.search(r":\s*(?:the\s+)?medians?\s*$",
                                                                      sent[max(0, r_start - 20):r_start], re.I)):
            # "The length of stay was not different between the groups: the medians were 15, 16 and 14 days"
            cpos = max(0, r_start - 20) + colon.start()
            subj = re.match(r"\W*(?:(?-i:[A-Z]{4,}):?\s+)?(?:the\s+)?(?P<x>[^;:()]{3,80}?)\s+(?:was|were|did|had)\b",
                            sent[max(sent.rfind(";", 0, cpos), sent.rfind(". ", 0, cpos), -1) + 1:cpos], re.I)
            endpoint_text = _clean_endpoint(subj.group("x")) if subj else None
        if kind is None and len(values) == 2 and (bw := _DIFFER_BETWEEN_BEFORE_MEDIAN_BRACKET.search(
                sent, _clause_start(sent, r_start, 240), r_start)):
            # "Duration of symptoms did not differ between A and B (median 3 days v 4 days; …)": the clause's subject,
            # the two groups in their order
            endpoint_text = _clean_endpoint(bw.group("ep")) or endpoint_text
            if not arm_order:
                arm_order = [_clean_arm(x) or x.strip() for x in (bw.group("a"), bw.group("b"))]
        if not endpoint_text and re.search(r"[(\[]\s*median\s*$", sent[max(0, r_start - 10):r_start], re.I):
            endpoint_text = _subject_before(sent, sent.rfind("median", 0, r_start)) or \
                _clause_outcome(sent, sent.rfind("median", 0, r_start))
            if not endpoint_text and (np := _NOUN_BEFORE_MEDIAN_BRACKET.search(sent, max(0, r_start - 90), r_start)) \
                    and not _VERB_WORD.search(np.group("x")):
                endpoint_text = _clean_endpoint(np.group("x"))  # "Neither ICU LOS (median (IQR) 11 (6 to 21) (WC), …"
            if not endpoint_text and (np := _CHANGED_BEFORE_MEDIAN_BRACKET.search(sent, max(0, r_start - 90), r_start)):
                endpoint_text = _clean_endpoint(np.group("x"))  # "… increases the duration of analgesia (median 320 …"
            if endpoint_text and _GROUPS_ONLY.fullmatch(endpoint_text) and \
                    (mk := _MEDIAN_TIME_SUBJECT.search(sent, 0, r_start)):
                # "The median time of hospitalization was the same in both groups (median 8 days)": the subject's time
                endpoint_text = _clean_endpoint(mk.group("x"))
        if not endpoint_text and (at := _AT_A_MEDIAN.search(sent, max(0, r_start - 20), r_start)):
            endpoint_text = _subject_before(sent, at.start())  # "Pain relief was reached after a median of 29 …"
            if not endpoint_text and (ev := _EVENT_VERB_BEFORE_MEDIAN.search(sent, max(0, at.start() - 60),
                                                                           at.end())):
                endpoint_text = f"{ev.group('x')} {ev.group('v')}"  # "Menses returned after a median of 5.8 months"
        if not endpoint_text and out and re.search(r"\b(?:compared\s+(?:to|with)|than|versus|vs\.?)\s[^.;]*[(\[]\s*"
                                                   r"median\W*$", sent[out[-1][1]["end"]:r_start], re.I):
            endpoint_text = out[-1][1]["endpoint_text"]  # "shorter X (median 11 days) compared to B (median 13 days)"
        if sent[max(0, r_start - 3):r_start] == "MST" and not (endpoint_text or "").strip():
            endpoint_text = "MST"  # the median survival time's own abbreviation
        elif ms and re.search(r"(?-i:\bMS)$", sent[max(0, r_start - 3):r_start]) and not (endpoint_text or "").strip():
            endpoint_text = "survival (MS)"  # the document's name for its median survival
        if endpoint_text and re.fullmatch(r"(?:the\s+)?(?:duration|time|length)", endpoint_text, re.I) and \
                (named_ep := _nearest_endpoint(sent, r_start)):
            endpoint_text = named_ep  # "PFS was improved …, with … and median duration of 39.4 months versus …"
        first_arm = None
        if kind is None and ";" in region and (la := _LIST_OF_ARM_TIMES.match(region)) and \
                not (_ENDPOINT_MENTION.search(la.group("a")) or _OUTCOME_TIME.search(la.group("a"))
                     or _ENDPOINT_ABBREV_BEFORE.search(la.group("a"))):
            # (not "(median PFS, 10.2 months […]; OS, 25.3 months […])": end points, each with its time)
            # "survival did not differ among the groups (median FU + LV, 11.1 months […]; FU24h, 13.0 months […]; …)":
            # the first group's name, not an end point; the end point is the clause's
            first_arm = la.group("a")
            if not endpoint_text or endpoint_text.strip(" ,") == la.group("a"):
                km = sent.rfind("median", 0, r_start)
                endpoint_text = (_subject_before(sent, km) or _clause_outcome(sent, km)) if km >= 0 else None
        unit_default = next((v.group("unit") for v in values if v.group("unit")),
                            lead_unit.group("u") if lead_unit else None)
        if all(not v.group("val")[:1].isdigit() for v in values):
            # only "not reached": the unit of its own CI, else unknown (not another median's unit, not a
            # time point elsewhere in the sentence: "not reached at 3 years")
            cu = next((u for v in values if v.group("ci") for u in [_UNIT_SEARCH.search(v.group("ci"))] if u), None)
            unit_default = cu.group().strip() if cu else None
        elif unit_default is None and not unitless:
            # (the region's own unit first; a pair's, printed right after it: "≤ age 65 years (9.0 v 5.6 months")
            um = (_UNIT_RIGHT_AFTER.match(sent, r_end) if kind == "pair" else None) or _UNIT_SEARCH.search(region) \
                or _UNIT_SEARCH.search(sent)
            unit_default = um.group().strip() if um else None
        # Arms: an arm phrase after each value, or "with X was A … and B with Y", or "… in arms A and B,
        # respectively"; end points "median PFS and OS were 6.2 and 14.5 months, respectively".
        ep_order: list[str] = []
        resp_arms = False
        if len(values) >= 2 and re.search(r"\brespectively\b", region):
            resp = _respective_arms(region, values[-1].end(), len(values))
            if resp is not None:
                arm_order = resp
                resp_arms = True
            elif (hl := _HEAD_ARM_LIST.fullmatch(endpoint_text or "")) and len(
                    items := [x for x in _LIST_SEP.split(hl.group("l1") or hl.group("l2")) if x]) == len(values):
                # "Median overall survival times for arms A, B and C were 12.1, 10.8 and 9.5 months, respectively"
                endpoint_text, resp_arms = hl.group("ep"), True
                arm_order = [f"arm {x}" if hl.group("l1") and re.fullmatch(r"[A-Z]|[IVX]+|\d+", x) else x
                             for x in items]
            elif len(values) == 2 and (tg := _EP_FOR_TWO_GROUPS.fullmatch(endpoint_text or "")) and \
                    _endpoint_class(tg.group("ep")) not in ("other", "unknown") and \
                    not any(_endpoint_class(tg.group(x)) not in ("other", "unknown") for x in "ab"):
                # "Median survivals for marimastat and placebo patients were 9.3 months and 9.7 months, respectively"
                endpoint_text, resp_arms = tg.group("ep"), True
                arm_order = [tg.group("a"), tg.group("b")]
            elif len(values) == 2 and (bc := _BETWEEN_ARMS_COLON.search(sent, max(0, r_start - 200), r_start)):
                # "no difference in OS between A (n = 649) and B (n = 650) arms: median OS was 13.4 and 12.7 months
                # respectively": the two groups the clause before the colon names, in order
                arm_order, resp_arms = [bc.group("a"), bc.group("b")], True
        elif len(values) == 2 and (pair_groups := _PAIR_OF_GROUPS.match(region, values[-1].end())):
            if pair_groups.group("c"):
                kind_word = pair_groups.group("c").split()[0]
                arm_order = [pair_groups.group("c"), f"{kind_word} {pair_groups.group('d')}"]
            else:
                arm_order = [pair_groups.group("a"), pair_groups.group("b")]  # "59 and 56 days for the A and B groups"
            resp_arms = True
        # "Median PFS was 4.0 and 2.5 months for A and B, respectively (95% CI, 2.5 to 5.3 and 1.9 to 3.8,
        # respectively; …)": one CI per value, in order
        resp_cis: list[tuple[float, float]] = []
        rc = _RESPECTIVE_MEDIAN_CIS.search(region, values[-1].end()) if len(values) >= 2 and not any(
            v.group("ci") for v in values) else None
        if rc:
            ci_pairs = [(_float(a), _float(b)) for a, b in _LISTED_RANGE.findall(rc.group("list"))]
            nums = [_float(v.group("val")) for v in values]
            if len(ci_pairs) == len(values) and all(
                    a is not None and b is not None and x is not None and a <= x <= b
                    for (a, b), x in zip(ci_pairs, nums, strict=True)):
                resp_cis = [(a, b) for a, b in ci_pairs if a is not None and b is not None]
        # "Median PFS with placebo was 5 weeks and with X was 12 weeks", "Median PFS among patients randomized to
        # chemotherapy was 7 weeks": the first group named inside the end point's words
        head_arm = None
        ha = _ARM_IN_HEAD.fullmatch(endpoint_text or "") if kind is None else None
        if ha is None and kind is None:  # "The median PFS of SP group was 46 months": the group after "of"
            ha = re.fullmatch(r"(?P<ep>.+?)\s+of\s+(?:the\s+)?(?P<arm>[\w+/-]+(?:\s[\w+/-]+){0,2}?)\s+(?:group|arm)",
                              endpoint_text or "", re.I)
        if ha and (_ENDPOINT_MENTION.fullmatch(ha.group("ep")) or _is_two_endpoints(ha.group("ep"))
                   or re.fullmatch(r"survival(?:\s+times?)?(?:\s*\((?-i:MST)\))?", ha.group("ep"), re.I)) \
                and not re.search(
                r"\b(?:population|cohort|subgroup|subset|overall|whole|all|intention|ITT|patients|participants|"
                r"women|men|children|those|study|trial|stage)\b", ha.group("arm"), re.I):
            endpoint_text, head_arm = ha.group("ep"), ha.group("arm")
        if head_arm is None and kind is None and sent[max(0, r_start - 3):r_start] == "MST" and endpoint_text and \
                re.match(r"\s+for\s+", sent[r_start:]) and not _people(endpoint_text):
            # "The MST for carboplatin/pemetrexed was 10.4 months": the group, after the abbreviation
            endpoint_text, head_arm = "MST", re.sub(r"^(?:the\s+)|\s+(?:arm|group)$", "", endpoint_text.strip())
        if head_arm is None and kind is None and len(values) == 1 and (gh := _GROUP_HAD_A_MEDIAN.search(
                sent, max(0, r_start - 100), sent.lower().rfind("median", 0, r_start))):
            head_arm = gh.group("arm") or f"group {gh.group('l')}"  # "Patients in the A group had a median PFS of …"
        pair = _TWO_ENDPOINTS.fullmatch(endpoint_text or "") if len(values) % 2 == 0 else None
        paired = False
        if pair and _is_two_endpoints(pair.group()) and (
                len(values) == 2 and re.search(r"\brespectively\b", region)
                or all(_PAIR_JOIN.fullmatch(region, values[i].end(), values[i + 1].start())
                       for i in range(0, len(values), 2))):
            # "median PFS and OS were 6.2 and 14.5 months, respectively"; "The median PFS and OS were 2.8 and 13.2
            # months in A and 2.0 and 14.0 months in B", "Median times to progression and overall survival in the
            # A arm (4.7 and 9.5 months, respectively) were similar to those in the B arm (4.2 and 8.2 months…)":
            # the values come in pairs, one per end point
            ep_order = [*_pair_endpoints(pair)] * (len(values) // 2)
            paired = len(values) > 2
        if kind is None and not arm_order and len(values) == 2 and \
                (si := _SUBJECT_IMPROVED_MEDIAN.search(sent, max(0, r_start - 90), r_start)):
            arm_order = [si.group("a")]  # "with EE improved median PFS to 4.3 months versus 2.3 months with EP"
        # "The median PFS in the experimental arm was 20.1 months, compared to 12.8 months in the control arm"
        lead_arm = arm_order[0] if len(arm_order) == 1 and len(values) > 1 else None
        if len(arm_order) != len(values):
            arm_order = []
        arms_are_endpoints = False
        in_bracket = re.search(r"[(\[]\s*median\W*$", sent[max(0, r_start - 12):r_start], re.I) is not None
        ep_arms = [am_.group("arm") for v in values for am_ in [_ARM.match(region, v.end())] if am_]
        if kind is None and len(ep_arms) == len(values) and all(_ENDPOINT_MENTION.fullmatch(x.strip())
                                                                 for x in ep_arms):
            # "The median was 12 months for PFS and 20 months for OS": end points, not arms
            ep_order = [x.strip() for x in ep_arms]
            arm_order = []
            arms_are_endpoints = True
        elif kind is None and not _OUTCOME_TIME.search(sent, 0 if in_bracket else max(0, r_start - 200),
                                                      r_start + first.start()) \
                and not _OUTCOME_EVENT_AFTER.match(region, values[0].end()) \
                and not ((abbrs := outcome_abbrs()) and any(w in abbrs for w in _CAPITALS.findall(
                    sent, 0 if in_bracket else max(0, r_start - 200), r_start + first.start()))):
            # No end-point words: only a per-group comparison makes it an outcome's median.
            grouped = len(values) > 1 or arm_order or _ARM.match(region, values[0].end()) is not None \
                or _PAREN_ARM.match(region, values[0].end()) is not None
            with_ci = any(v.group("ci") and re.search(r"\bC\.?I\b|confiden|\b(?-i:IC)\b", v.group("ci"), re.I)
                          or inline_ci(region, v) for v in values)
            # "The median duration of illness was 8 days in both groups": an illness's duration reported per group
            # is the trial's outcome (not "Operative time was a median of 52 min in both groups")
            every_group = re.search(r"\bin\s+(?:both|each|either)\s+(?:groups?|arms?)\b", region, re.I) is not None \
                and _ILLNESS_DURATION.search(sent, max(0, r_start - 60), r_start + first.start()) is not None
            # "55 minutes for retrograde surgery and 40 minutes for lithotripsy": each value with its own group
            # (also after a bracket and the unit: "13 [9-16] days in the A group and 11 [9-16] days in the B group")
            per_arm = len(values) > 1 and all(_ARM.match(region, v.end()) for v in values)
            if not (grouped and (_COMPARED.search(sent, r_start, r_end) or every_group) or len(values) > 1 and arm_order
                    or with_ci or per_arm):
                continue  # (a median with a CI is an estimate of an outcome: Kaplan-Meier, not a description)
        carried_ep: str | None = None  # a later clause's own end point, for the values of that clause
        # "39.3 months versus 31.2 months for arm A and B, and 16.3 months versus 25.3 months for arm C and D": each
        # pair of values takes the pair of arms printed after it
        pair_arms_at: dict[int, str] = {}
        for i in range(1, len(values)):
            if re.fullmatch(r"\s*(?:versus|vs\.?|and|compared\s+with)\s*",
                            region[values[i - 1].end():values[i].start()]) \
                    and (pg := _PAIR_OF_GROUPS.match(region, values[i].end())) and pg.group("c"):
                pair_arms_at[i - 1] = pg.group("c")
                pair_arms_at[i] = f"{pg.group('c').split()[0]} {pg.group('d')}"
        resp_elsewhere = len(values) >= 4 and len(values) % 2 == 0 and not resp_arms and bool(arm_order) and \
            re.search(r"\brespectively\b", region[values[-1].end():]) is not None and all(
                _VS_BETWEEN.fullmatch(region, values[i].end(), values[i + 1].start()) for i in range(0, len(values), 2))
        last_unit: str | None = None  # the unit of the value before (a pair's: "2 [1-9] days compared with 4 [2-22]")
        for idx, vm in enumerate(values):
            am = _ARM.match(region, vm.end()) or _PAREN_ARM.match(region, vm.end())
            if am is None and vm.group("ci") and (pe := _P_CLOSING_CI.match(region, vm.end())):
                am = _ARM.match(region, pe.end())  # "95·5 h (84·0-108·0; p=0·0084) for those receiving A"
            if am is None and vm.group("ci") and (ae := _ASIDE_CLOSING_CI.match(region, vm.end())):
                am = _ARM.match(region, ae.end())  # "19·0 months (17·2-21·7; 282 [71%] of 399 died) with B"
            if am is None and vm.group("ci") and (uu := re.match(rf"\s*(?:{_UNIT_WORDS}|{_DAY_D})", region[vm.end():])):
                am = _ARM.match(region, vm.end() + uu.end())  # "4 (2-10) days in the treated group": unit, then group
            if am is None and (sk := _BRACKET_THEN_UNIT.match(region, vm.end())):
                # "3.5 (IQR, 2-6) days for the restrictive group", "11 (6 to 21) (WC), 12 (7 to 23) (BIS)"
                am = _ARM.match(region, sk.end()) or _PAREN_ARM.match(region, sk.end())
            arm = _clean_arm(am.group("arm")) if am and not arms_are_endpoints else None
            people_group = re.fullmatch(r"(?:the\s+)?(?:patients|those|participants)\s+(?P<g>(?:with|without|who)\b.+)",
                                        am.group("arm").strip(), re.I) if am and not arms_are_endpoints else None
            if arm and am and arm.lower() in ("both", "either", "each", "all", "any") and am.groupdict().get("kind"):
                arm = f"{arm} {am.group('kind')}"  # "in either arm", "in each group"
            if arm and am and len(values) == 1 and re.fullmatch(r"(?:arm|group)\s+[A-Z0-9]{1,3}", arm, re.I) and \
                    (more := re.match(r"\s+and\s+(?:(?:arms?|groups?)\s+)?([A-Z0-9]{1,3})\b", region[am.end("arm"):])):
                arm = f"{arm} and {more.group(1)}"  # "12.1 months in Arm A and B": one value for both (see _per_arm)
            if arm is None and am is None and ";" in region:
                bf = _ARM_BEFORE.search(region, 0, vm.start())  # "drug A, 11.0 months; drug B, 7.2 months"
                arm = _clean_arm(bf.group("arm")) if bf and not _ENDPOINT_MENTION.fullmatch(bf.group("arm")) \
                    and bf.group("arm").lower() not in ("and", "or", "but", "while", "whereas") \
                    and not _OUTCOME_TIME.search(bf.group("arm")) else None  # (not "Fever clearance time: 14 h")
            elif arm is None and am is None and (nb := _NAMED_ARM_BEFORE.search(region, 0, vm.start())):
                arm = nb.group("arm")  # "Median survival: arm A 14.1 months, arm B 11.3 months"
            if arm is None and am is None and len(values) == 2 and (lb := _LABEL_COMMA_BEFORE.search(
                    sent, max(0, r_start + vm.start() - 40), r_start + vm.start())) and \
                    (idx == 1 or _VS_BETWEEN.match(region, vm.end() + len(vm.group()) - len(vm.group().rstrip()))
                     or re.match(r"\s*(?:v|vs\.?|versus)\s", region[vm.end():])) and \
                    not _ENDPOINT_MENTION.search(lb.group("arm")) and not re.search(
                        r"\b(?:medians?|means?|range|IQR|CI|days|months|weeks|years|respectively)\b", lb.group("arm"),
                        re.I):
                arm = lb.group("arm")  # "(AM, 17.3 v no AM, 17.9 months; …)": each group's label before its value
            elif arm is None and am is None and vm.group("unit") and \
                    (gc := _GROUP_CAPITALS_BEFORE.search(sent, max(0, r_start + vm.start() - 40),
                                                         r_start + vm.start())):
                arm = gc.group("g")  # "Median survival was: OSC + WBRT 49 days (…), OSC 51 days (…)"
            if idx in pair_arms_at:
                arm = pair_arms_at[idx]
            if arm is None and am is None and pair and ep_order and idx % 2 == 0 and idx + 1 < len(values) and \
                    (nm := _ARM.match(region, values[idx + 1].end())) and not arms_are_endpoints:
                # "PFS and OS times were 3.2 months (…) and 6.8 months (…) with A, respectively": the pair's group
                arm = _clean_arm(nm.group("arm"))
            if idx == 0 and arm is None and first_arm:
                arm = first_arm
            ep_here = ep_order[idx] if ep_order else endpoint_text
            own_ep = _ENDPOINT_ABBREV_BEFORE.search(region, max(0, vm.start() - 24), vm.start())
            if own_ep and idx > 0:  # "…, with PFS 8.0 months": the end point printed before this value
                ep_here = own_ep.group().split()[0].strip(":=,")
            elif idx > 0 and (clause := _CLAUSE_ENDPOINT_BEFORE.search(region, values[idx - 1].end(), vm.start())) and \
                    (clause.group("ep2") and not _people(clause.group("ep2"))
                     or clause.group("ep") and _ENDPOINT_MENTION.search(clause.group("ep"))):
                # "Median PFS was 4 months, and overall survival time was 9 months": this clause's own end point
                ep_here = carried_ep = _clean_endpoint(clause.group("ep") or clause.group("ep2"))
            elif idx > 0 and (ab := _AND_ENDPOINT_BRACKET.fullmatch(region, values[idx - 1].end(), vm.start())) and \
                    _ENDPOINT_MENTION.search(ab.group("ep")):
                # "in median PFS (6.8 vs 9.5 months) and overall survival (19.5 vs 20.6 months)": the next bracket's
                ep_here = carried_ep = _clean_endpoint(ab.group("ep"))
            elif idx > 0 and carried_ep and not re.search(r";|,\s*(?:and|but|while|whereas)\b",
                                                          region[values[idx - 1].end():vm.start()]):
                ep_here = carried_ep  # "… in total operating time (51 […] minutes compared with 51 […])"
            if ea := _EP_NAMED_AFTER_VALUES.match(sent, r_start + vm.end()):
                # "(median of 3.7 months and median of 3.4 months PFS, respectively; median of 25.5 months and
                # median of 17.5 months OS, respectively)": the end point named after its pair of values
                ep_here = ea.group("ep")
            if arm and (re.match(r"(?:\d|total|all\b)", arm) and not re.match(
                    r"\d+(?:\.\d+)?\s*(?:mg|g|[\u00b5\u03bc]g|mcg|[\u00b5\u03bcnm]M|IU|mg/kg|mL|Gy)\b", arm)
                    or len(arm) > 60):
                arm = None  # (but "for 80 μM trabedersen", "for 10 mg drug X": a dose names an arm)
            if resp_arms:  # the names of "…, respectively", or none when they cannot be matched
                arm = _clean_arm(arm_order[idx]) if arm_order else None
            elif arm_order and arm is None:
                arm = arm_order[idx]
            if arm is None and idx == 0 and lead_arm and not resp_arms:
                arm = _clean_arm(lead_arm)
            if arm is None and not resp_arms and head_arm:
                if idx == 0:
                    arm = _clean_arm(head_arm)
                elif bv := _ARM_BEFORE_VALUE.search(region, values[idx - 1].end(), vm.start()):
                    arm = _clean_arm(bv.group("arm"))  # "… and among those randomized to X was 15.9 weeks"
            if arm is None and not resp_arms and (paired and idx % 2 == 0 or not re.match(
                    rf"\s*(?:{_UNIT_WORDS}\s*)?(?:vs\.?|v\.?|versus|and|or|,)\s*\d", region[vm.end():], re.I)) and (
                    gb := _GROUP_BEFORE_VALUE_BRACKET.search(sent, max(0, r_start + vm.start() - 60),
                                                             r_start + vm.start())):
                arm = _clean_arm(gb.group("arm")) or gb.group("named")  # "… in the Y group (110 [33-642] min, …)"
            if arm is None and not resp_arms and (wt := next(
                    (x for x in _WITH_THAN_WITH_BRACKETS.finditer(sent, max(0, r_start - 120))
                     if x.start("ba") < r_start + vm.start() < x.end("bb")), None)):
                arm = _clean_arm(wt.group("a") if r_start + vm.start() < wt.end("ba") else wt.group("b"))
            if arm is None and in_bracket and len(values) == 1:
                # "shorter with misoprostol (median 11.2 h, range …)": the group named before the bracket
                gb = _ARM_BEFORE_MEDIAN_BRACKET.search(sent, max(0, r_start - 70), r_start) or \
                    _ARM_OPENS_MEDIAN_CLAUSE.search(sent, max(0, r_start - 160), r_start)
                arm = _clean_arm(gb.group("arm")) if gb and not re.search(
                    r"\b(?:significantly|longer|shorter|higher|lower|more|less|faster|slower)\b",
                    gb.group("arm"), re.I) else None  # not "stayed in therapy significantly longer (median …)"
            population: M.Population | None = None
            if arm and not people_than and _SUBGROUP_NOT_ARM.match(arm) and idx > 0 and _VS_BETWEEN.fullmatch(
                    region, values[idx - 1].end(), vm.start()):
                # "4.0 versus 1.9 months in the group with creatinine clearance ≥ 60 mL/min": the pair's subgroup,
                # not the second group's arm
                population = M.Population("subgroup", arm)
                arm = arm_order[idx] if arm_order else None
                if out and out[-1][0] == r_start + values[idx - 1].start() and out[-1][1]["population"] is None:
                    out[-1][1]["population"] = population
            if population is None and people_group and kind == "pair":
                # "Survival was 9.2 months for patients with locally advanced disease, and 5.4 months for those with
                # metastatic disease": two parts of the trial, not its arms
                population, arm = M.Population("subgroup", people_group.group("g")), None
            if population is None and resp_elsewhere:
                # "Median OS for A versus B was 10.4 versus 4.9 months and 15.5 versus 9.2 months, respectively": the
                # pairs belong to groups named in another sentence; which ones this sentence does not say
                population = M.UNKNOWN_POPULATION
            named = _GROUP_THEN_IT_WAS.search(sent, max(0, r_start - 90), r_start)
            if named:  # "…; in patients with TP53 mutation it was 4.9 months": that group's median
                population = M.Population("subgroup", named.group("x").strip())
            if am is not None and am.groupdict().get("kind") and am.group("kind").lower() in (
                    "population", "subgroup", "one", "cohort") and arm:
                # "in the PD-L1 positive population": a population, not an arm; the arm is in "PFS with X".
                split_arm = re.fullmatch(r"(?P<a>.+?)\s+in\s+(?:the\s+)?(?P<g>[\w+/-]+(?:\s[\w+/-]+){0,3})", arm)
                if split_arm:
                    # "9.2 months with chemotherapy alone in the LP52+ subgroup": the arm, then the subgroup
                    population, arm = (M.OVERALL if _WHOLE_GROUP.match(split_arm.group("g")) else
                                       M.Population("subgroup", split_arm.group("g"))), split_arm.group("a")
                else:
                    population = M.OVERALL if _WHOLE_GROUP.match(arm) else M.Population("subgroup", arm)
                    with_arm = re.search(r"\bwith\s+(?P<a>[\w+/ -]{2,40})$", endpoint_text or "")
                    arm = with_arm.group("a").strip() if with_arm else _clean_arm(head_arm) if head_arm else None
            raw = " ".join(vm.group("val").split())
            raw = re.sub(r"^(?:has|had|was)\s+", "", raw)
            value = _float(raw)
            if r_start + vm.start() in bounds:
                raw = " ".join(sent[bounds[r_start + vm.start()]:r_start + vm.end()].split())
                value = None
            if r_start + vm.start() in ranges:
                continue  # "median survival of 12–18 months", "ranged 0-1 days (median 0.5)": a range of medians
                # (of other studies, of groups), no one estimate
            ci_not_named = False
            level = _float(vm.group("lvl")) if vm.group("lvl") else (95.0 if vm.group("ci") and re.search(
                r"\bCI\b|confidence|\b(?-i:IC)\b", vm.group("ci"), re.I) else None)
            lo, hi = (_float(vm.group("lo")), _float(vm.group("hi"))) if vm.group("ci") else (None, None)
            if vm.group("ci") and not re.search(r"\bCI\b|confidence|\b(?-i:IC)\b", vm.group("ci"), re.I) and (
                    _RANGE_WORD.search(sent, max(0, r_start - 12), r_start + vm.start())
                    or not re.search(r"\bC\.?I\b|confiden|credib", sent, re.I)):
                # "median (range) 3 (2-6)", or a bare "5 days (3-7)" in a sentence that names no CI:
                # a range or IQR, not a CI (unless the text has been printing CIs for its times to an event,
                # and this sentence names no range)
                # (not a bracket from zero, "median OS was 8.4 months (0–40 months)": a range's least, which no CI of
                # a time to an event has)
                if ep_here and lo is not None and lo > 0 and not _RANGE_WORD.search(sent) and \
                        (_endpoint_class(ep_here) in _EVENT_TIME_CLASSES or _EVENT_TIME_WORDS.search(ep_here)) and \
                        ((habit := ci_before()) is not None or value is not None and lo <= value and (
                            hi is not None and value <= hi
                            # "5.4 months (4.2 to not reached)": an open upper limit, which no range has
                            or hi is None and vm.group("hi") is not None) and no_spread()):
                    level, ci_not_named = habit, True
                else:
                    lo = hi = None
                    level = None
            if lo is None and value is not None and (sc := _SPREAD_THEN_CI.match(sent, r_start + vm.end())) and \
                    _num_of(sc.group("lo")) <= value <= _num_of(sc.group("hi")):
                # "27.7 months (range, 2.50 to 77.5 months; 95% CI, 22.5 to 33.0 months)": the range first, then the CI
                lo, hi, level = _num_of(sc.group("lo")), _num_of(sc.group("hi")), _num_of(sc.group("lvl"))
            if lo is not None and level is None:
                header = _LEVEL_STATED.search(sent, 0, r_start + vm.start())  # "median (95% CI) PFS was 7.9 (6.4-9.2)"
                level = _num_of(header.group(1) or header.group(2)) if header else None
            ici = inline_ci(region, vm)
            if ici is None and not vm.group("ci") and idx > 0 and inline_ci(region, values[0]) is not None:
                # "(A, 3.7 months, 95% CI 3.2-4.2, vs B, 3.6 months, 3.2-3.9)": the first named the CI
                bare = _BARE_CI_AFTER_UNIT.match(region, vm.end())
                if bare and value is not None and _float(bare.group("lo")) is not None and \
                        (_float(bare.group("lo")) or 0.0) <= value <= (_float(bare.group("hi")) or float("inf")):
                    ici = bare
            if ici is None and am is not None and not vm.group("ci"):
                # "7 days with the antiviral (95% CI, 6 to 8) versus 9 days with placebo (95% CI, 8 to 11)"
                ici = _CI_AFTER_ARM.match(region, am.end())
            if ici:
                lo, hi = _float(ici.group("lo")), _float(ici.group("hi"))
                level = _float(ici.group("lvl")) or 95.0
            elif resp_cis and rc:
                lo, hi = resp_cis[idx]
                level = _float(rc.group("lvl")) or 95.0
            unit = vm.group("unit") or _unit_after(region, vm) or last_unit or unit_default
            last_unit = unit if vm.group("val")[:1].isdigit() else last_unit
            if unit is None and value is None and lo is not None and ici and (su := _UNIT_SEARCH.search(sent)):
                # "not reached in the A group (95% CI 23·7-not reached), … 16·9 months": the bound is a time, in
                # the sentence's unit
                unit = su.group().strip()
            nxt_end = values[idx + 1].end() if paired and idx % 2 == 0 else 0
            if paired and arm is None and idx % 2 == 0 and (
                    nxt := _ARM.match(region, nxt_end) or _PAREN_ARM.match(region, nxt_end)):
                arm = _clean_arm(nxt.group("arm"))  # "2.8 and 13.2 months in gefitinib": the pair's group
            if paired and arm is None and idx % 2 == 1 and out and \
                    out[-1][1]["endpoint_text"] == ep_order[idx - 1]:
                arm = out[-1][1]["arm"]  # "in the A arm (4.7 and 9.5 months, respectively)"
            if len(values) == 2 and not resp_arms and re.fullmatch(r"\s*(?:and|vs\.?|versus)\s*",
                                                 region[values[0].end():values[1].start()]) and \
                    (two := _TWO_ARMS_AFTER_PAIR.match(region, values[1].end())):
                arm = _clean_arm(two.group("b" if idx else "a"))  # "13.7 and 3.7 months with A and B": in order
            elif len(values) == 2 and not resp_arms and re.fullmatch(r"\s*(?:vs\.?|versus)\s*",
                                                                   region[values[0].end():values[1].start()]) and \
                    (two := _TWO_ARMS_BEFORE_PAIR.search(region, 0, values[0].start())):
                arm = _clean_arm(two.group("b" if idx else "a"))  # "median PFS with A versus B (4.0 vs 1.4; …)"
            if implied.get(r_start) == _BY_SHAPE:
                lo = hi = None  # (the range between value and unit is the IQR or range that says it is a median)
            out.append((r_start + vm.start(), _MedInfo(
                value=value, value_text=None if value is not None else raw, lo=lo, hi=hi,
                level=level if vm.group("ci") or ici or resp_cis else None, unit=_unit_norm(unit),
                endpoint_text=ep_here, arm=arm, population=population,
                called_median=kind != "pair" and r_start not in listed_at,
                end=r_start + max(am.end() if am and not resp_arms else vm.end(), ici.end() if ici else 0),
                ci_not_named=ci_not_named and lo is not None and not ici, implied=implied.get(r_start))))
        if r_start in listed_at and values and (ra := _RESPECTIVE_ARM.match(sent, r_start + values[-1].end())):
            # "DoCB and OS were 16.6 and 25.1 months, respectively, for the 500-mg group": the list's group
            for pos, info in out:
                if r_start <= pos < r_end and info["arm"] is None:
                    info["arm"] = _clean_arm(ra.group("arm"))
    if not out and "=" in sent:
        out = _named_times(sent, keys, spans)
    if "/" in sent and keys:
        out += [x for x in _slash_times(sent, keys, spans) if not any(x[0] == p for p, _ in out)]
    if keys:
        out += [x for x in _times_before_median(sent, keys, spans) if not any(x[0] == p for p, _ in out)]
        if _SPELLED_PAIR.search(sent):
            out += [x for x in _spelled_times(sent, keys) if not any(x[0] == p for p, _ in out)]
    if not out and "espectively" in sent:
        out = _measure_group_grid(sent, used)
    if ";" in sent and (":" in sent or "=" in sent or "," in sent) and (bracketed := _group_times_then_ratio(sent)):
        # the bracket's own reading replaces any other of its numbers (not "subgroup: pembrolizumab")
        taken = [(p, info["end"]) for p, info in bracketed]
        out = [x for x in out if not any(a - 40 <= x[0] < b for a, b in taken)] + bracketed
    # Do not report one number twice (a pair inside a median region).
    seen: set[int] = set()
    uniq = []
    for pos, info in sorted(out, key=lambda x: x[0]):
        if pos not in seen:
            seen.add(pos)
            uniq.append((pos, info))
            if info["value"] is None and \
                    (pair := _TWO_ENDPOINTS.fullmatch(info["endpoint_text"] or "")) and \
                    _is_two_endpoints(pair.group()) and pos + 1 not in seen:
                # "the median overall survival (OS) and disease-free survival (DFS) were not reached": each end
                # point's median, not reached (the second's span starts one character later: two estimates); the
                # same with their group: "neither the median PFS nor OS has been reached in the BV group"
                ep_a, ep_b = _pair_endpoints(pair)
                info["endpoint_text"] = ep_a
                seen.add(pos + 1)
                second = info.copy()
                second["endpoint_text"] = ep_b
                uniq.append((pos + 1, second))
    return uniq


# "Response rate, time to progression, MS, and 1-year OS rates for A and B were 23%, 4.8 months, 6.9 months, and 25%,
# and 14%, 4.2 months, 6.2 months, and 19%, respectively": several measures, each group's values in the list's order
_GRID = re.compile(r"(?:^|[:;]\s*)(?:[A-Z]+:\s*)?(?:the\s+)?(?P<ms>[A-Za-z][^.;:()\[\]]{4,160}?)\s+(?:for|in|with)\s+"
                   r"(?:the\s+)?(?P<gs>[^.;:()\[\]\d]{2,80}?)\s*,?\s+(?:were|was)\s+(?P<vals>[^;()\[\]]{5,300}?),?\s+"
                   r"respectively\b")
_GRID_VALUE = re.compile(rf"(?<![\w.])(?P<v>{_NUM})\s*(?P<u>%|{_UNIT_WORDS})?")
_MEDIAN_SURVIVAL_ABBREV = re.compile(r"(?-i:MS|MST|mOS|mPFS)|median\b", re.I)


# "the median times to rescue medication (1,000 mg study: A = 252 min, B = 322 min, placebo = 124 min …)": the end
# point, then a bracket that names each group with "=" and its time
_NAMED_TIMES_HEAD = re.compile(r"\s+(?P<ep>(?:[\w-]+\s+){0,6}?[\w-]+)\s*\((?P<body>[^()\[\]]{10,400})\)")
_NAMED_TIME = re.compile(r"(?:(?:and\s+)?(?P<label>[A-Za-z0-9](?:[^:;,()=<>]|,(?=\d{3})){0,30}):\s*)?"
                         rf"(?P<arm>[A-Za-z][\w+/.-]*(?:\s[\w+/.-]+){{0,3}}?)\s*(?P<op>=|[<>\u2264\u2265])\s*"
                         rf"(?P<v>{_NUM})\s*(?P<u>{_UNIT_WORDS})(?=\s*(?:,|;|and\b|$))", re.I)


# "GE/G median OS was 5.6/5.1 months; median PFS was 3.4/3.0 months": the groups and their times, each pair printed
# with a slash, in the same order
_SLASH_GROUPS = re.compile(r"(?:^|[,;:]\s*|\b(?:and|while)\s+)(?P<a>[A-Za-z][\w+-]{0,15})\s*/\s*"
                           r"(?P<b>[A-Za-z][\w+-]{0,15})\s+$")
_SLASH_TIMES = re.compile(rf"\s+(?P<ep>(?:[\w-]+\s+){{0,3}}?)(?:was|were|of)\s+(?P<v1>{_NUM})\s*/\s*(?P<v2>{_NUM})\s*"
                          rf"(?P<u>{_UNIT_WORDS})", re.I)


def _slash_times(sent: str, keys: list[re.Match[str] | _Word], spans: _Spans) -> list[tuple[int, _MedInfo]]:
    """Medians printed as "5.6/5.1 months" after "median …", for the groups printed "A/B" before the first such
    median of the sentence (or none)."""
    out: list[tuple[int, _MedInfo]] = []
    groups: tuple[str, str] | None = None
    for k in keys:
        if not isinstance(k, re.Match) or not (m := _SLASH_TIMES.match(sent, k.end())) or \
                _inside(m.start("v1"), spans) or re.search(r"\d", m.group("ep")):
            continue
        if groups is None and (g := _SLASH_GROUPS.search(sent, 0, k.start())):
            groups = (g.group("a"), g.group("b"))
        for side, arm in (("v1", groups[0] if groups else None), ("v2", groups[1] if groups else None)):
            out.append((m.start(side), _MedInfo(
                value=_float(m.group(side)), value_text=None, lo=None, hi=None, level=None,
                unit=_unit_norm(m.group("u")), endpoint_text=_clean_endpoint(m.group("ep")) or None, arm=arm,
                population=None, called_median=True, end=m.end(side) if side == "v1" else m.end())))
    return out


# "… and 22.9 versus 22.3 months median time to relapse in the intensification and observation arms, respectively"
_PAIR_BEFORE_MEDIAN = re.compile(rf"(?<![\d.])(?P<v1>{_NUM})\s*(?:{_UNIT_WORDS}\s*)?(?:versus|vs\.?|and)\s*"
                                 rf"(?P<v2>{_NUM})\s*(?P<u>{_UNIT_WORDS})\s+$", re.I)
_EP_THEN_ARMS = re.compile(r"\s+(?P<ep>[a-z][\w -]{2,40}?)(?:\s+(?:in|for)\s+the\s+(?P<a>[\w-]+)\s+and\s+(?:the\s+)?"
                           r"(?P<b>[\w-]+)\s+(?:arms|groups),?\s+respectively\b|(?=\s*[,;.)]))", re.I)


# the people a whole number counts: "in 109 first-line and … in 110 second- or later-line patients"
_PEOPLE_COUNTED_AFTER = re.compile(r"\s+(?:[\w-]+\s+(?:or\s+)?){0,4}?(?:patients|participants|subjects|cases|women|men|"
                                   r"children|infants|persons|people)\b|\s+[a-z]+-line\b")


def _times_before_median(sent: str, keys: list[re.Match[str] | _Word], spans: _Spans) -> list[tuple[int, _MedInfo]]:
    """A pair of times printed before the word "median" and the end point it names ("22.9 versus 22.3 months median
    time to relapse in the A and B arms, respectively")."""
    out: list[tuple[int, _MedInfo]] = []
    for k in keys:
        if not isinstance(k, re.Match) or not (pm := _PAIR_BEFORE_MEDIAN.search(sent, max(0, k.start() - 40),
                                                                                  k.start())) or \
                _inside(pm.start("v1"), spans) or not (ea := _EP_THEN_ARMS.match(sent, k.end())) or \
                not (_OUTCOME_TIME.search(ea.group("ep")) or _ENDPOINT_MENTION.search(ea.group("ep"))):
            continue
        for side, arm in (("v1", ea.group("a")), ("v2", ea.group("b"))):
            out.append((pm.start(side), _MedInfo(
                value=_float(pm.group(side)), value_text=None, lo=None, hi=None, level=None,
                unit=_unit_norm(pm.group("u")), endpoint_text=_clean_endpoint(ea.group("ep")), arm=arm,
                population=None, called_median=True, end=pm.end(side))))
    return out


_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split())}
_NUMBER_WORD = "(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
# "(four vs. seven days, P = 0.004)": a pair of times spelled out, in a bracket of its own
_SPELLED_PAIR = re.compile(rf"(?P<lead>[^()\[\];]{{0,80}}?)[(\[]\s*(?P<w1>{_NUMBER_WORD})\s+(?:vs\.?|versus|and)\s+"
                           rf"(?P<w2>{_NUMBER_WORD})\s+(?P<u>days|weeks|months|hours|years)\b(?=\s*[,;)\]])", re.I)


def _spelled_times(sent: str, keys: list[re.Match[str] | _Word]) -> list[tuple[int, _MedInfo]]:
    """Pairs of times spelled out in brackets after a sentence's "median" ("shortened the median periods during
    which cultures were positive (four vs. seven days, P = 0.004) and new lesions formed (three vs. six days, …)"),
    each with the words before its bracket as its end point."""
    first = next((k for k in keys if isinstance(k, re.Match) and k.group().lower().startswith("median")), None)
    out: list[tuple[int, _MedInfo]] = []
    if first is None:
        return out
    for m in _SPELLED_PAIR.finditer(sent, first.end()):
        lead = re.sub(r"^\W*(?:and|or)\s+", "", m.group("lead"))
        ep = _clean_endpoint(re.sub(r"^(?:s\s+)?(?:periods?|times?|intervals?|durations?)\s+(?:during\s+which|until|"
                                    r"to|of)\s+", "", lead.strip(), flags=re.I))
        for side in ("w1", "w2"):
            out.append((m.start(side), _MedInfo(
                value=float(_NUMBER_WORDS[m.group(side).lower()]), value_text=None, lo=None, hi=None, level=None,
                unit=_unit_norm(m.group("u")), endpoint_text=ep or None, arm=None, population=None,
                called_median=True, end=m.end(side) if side == "w1" else m.end("u"))))
    return out


# each group's time, then the groups' ratio, in one bracket: "(median OS, A: 12.7 months; B: 8.4 months; HR 0.69 …)",
# "increased OS (ARB = 96.7 mo.; no ARB = 43.3 mo.; HR = 0.25 […])"
def _group_time_item(g: str, v: str, u: str) -> str:
    return (rf"(?P<{g}>[A-Za-z][\w+/-]*(?:\s[\w+/-]+){{0,3}}?)\s*[=:,]\s*(?P<{v}>{_NUM})\s*"
            rf"(?P<{u}>{_UNIT_WORDS})\.?")


_GROUP_TIMES_THEN_RATIO = re.compile(
    r"(?P<open>[(\[])\s*(?:(?P<med>medians?)\s+(?P<ep>[A-Za-z][\w-]*(?:\s[\w-]+){0,3}?)\s*,\s*)?"
    + _group_time_item("a", "v1", "u1") + r"\s*;\s*" + _group_time_item("b", "v2", "u2") + r"\s*[;,]\s*"
    r"(?=(?:adjusted\s+)?(?:a|adj)?(?:HR|OR|RR)\b|hazard\s+ratio)", re.I)


def _group_times_then_ratio(sent: str) -> list[tuple[int, _MedInfo]]:
    """Each group's median printed as "group: time" (or "group = time") in the bracket of the groups' ratio. The end
    point is the one the bracket names after "median", or else a time to an event named right before the bracket
    (not a group's words, nor a subgroup: the items name the arms)."""
    out: list[tuple[int, _MedInfo]] = []
    for m in _GROUP_TIMES_THEN_RATIO.finditer(sent):
        ep = _group_times_endpoint(sent, m)
        if ep is None:
            continue
        population = _population(sent, m.start(), None, later=False)[0]
        for g, v, u in (("a", "v1", "u1"), ("b", "v2", "u2")):
            out.append((m.start(v), _MedInfo(
                value=_float(m.group(v)), value_text=None, lo=None, hi=None, level=None, unit=_unit_norm(m.group(u)),
                endpoint_text=ep, arm=_clean_arm(m.group(g)), population=population,
                called_median=m.group("med") is not None, end=m.end(u) + 1)))
    return out


def _group_times_endpoint(sent: str, m: re.Match[str]) -> str | None:
    """The end point of a bracket of groups' times: named after "median" in it, or a time to an event named in the
    clause before it ("Patients taking ARBs exhibited increased OS ("); None when neither."""
    if m.group("ep"):
        return _clean_endpoint(m.group("ep")) or None
    clause = re.split(r"[;:]|,\s+(?:and|but|while|whereas)\s", sent[max(0, m.start() - 90):m.start()])[-1]
    found = [x for x in re.finditer(r"[A-Za-z][\w-]*(?:\s[\w-]+){0,3}", clause)]
    for x in reversed(found):
        words = x.group()
        hit = _OUTCOME_ABBREV_OR_WORDS.search(words)
        if hit:
            return _clean_endpoint(hit.group()) or None
    return None


# a time to an event named in words or by its abbreviation
_OUTCOME_ABBREV_OR_WORDS = re.compile(r"\b(?:OS|PFS|DFS|EFS|RFS|TTP|TTF|DoR|(?:overall|progression-free|disease-free|"
                                      r"event-free|relapse-free|recurrence-free|metastasis-free)\s+survival|survival|"
                                      r"time\s+to\s+(?:[\w-]+\s+){0,2}?[\w-]+)\b", re.I)


def _named_times(sent: str, keys: list[re.Match[str] | _Word], spans: _Spans) -> list[tuple[int, _MedInfo]]:
    """Per-group medians printed as "name = time" in a bracket after the end point the word "median" names (two or
    more, in one bracket: "(A = 252 min, B = 322 min, placebo = 124 min)"); a label before a colon ("1,000 mg
    study: …") names the subgroup of the items after it."""
    out: list[tuple[int, _MedInfo]] = []
    for k in keys:
        head = _NAMED_TIMES_HEAD.match(sent, k.end())
        if not head or re.search(r"\d", head.group("ep")) or _inside(head.start("body"), spans):
            continue
        items = list(_NAMED_TIME.finditer(sent, head.start("body"), head.end("body")))
        if len(items) < 2:
            continue
        label = None
        for it in items:
            label = it.group("label").strip() if it.group("label") else label
            bound = it.group("op") != "="  # ("R-aspirin > 360 min": not reached in the time observed)
            out.append((it.start("v"), _MedInfo(
                value=None if bound else _float(it.group("v")),
                value_text=f"{it.group('op')} {it.group('v')}" if bound else None, lo=None, hi=None, level=None,
                unit=_unit_norm(it.group("u")), endpoint_text=_clean_endpoint(head.group("ep")),
                arm=_clean_arm(it.group("arm")), population=M.Population("subgroup", label) if label else None,
                called_median=True, end=it.end())))
    return out


def _measure_group_grid(sent: str, used: list[tuple[int, int]]) -> list[tuple[int, _MedInfo]]:
    """The times to an event in a grid of measures by groups printed with "respectively": each group's values
    follow the measures' order (k measures, g groups, k * g values); only a value in a unit of time whose measure
    is a time to an event (or the median survival, "MS") is read, as that group's median."""
    out: list[tuple[int, _MedInfo]] = []
    for m in _GRID.finditer(sent):
        measures = [x.strip() for x in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("ms")) if x.strip()]
        groups = [x.strip() for x in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("gs")) if x.strip()]
        vals = list(_GRID_VALUE.finditer(sent, m.start("vals"), m.end("vals")))
        k, g = len(measures), len(groups)
        if k < 2 or g < 2 or len(vals) != k * g or any(a <= m.start("vals") < b for a, b in used):
            continue
        for gi, group in enumerate(groups):
            for j, name in enumerate(measures):
                vm = vals[gi * k + j]
                unit = vm.group("u")
                named_median = _MEDIAN_SURVIVAL_ABBREV.fullmatch(name) is not None or \
                    re.match(r"median\b", name, re.I) is not None
                if not unit or unit == "%" or not (named_median or _EVENT_TIME_WORDS.search(name)
                                                   or _endpoint_class(name) in _EVENT_TIME_CLASSES):
                    continue
                out.append((vm.start(), _MedInfo(
                    value=_float(vm.group("v")), value_text=None, lo=None, hi=None, level=None,
                    unit=_unit_norm(unit), endpoint_text="median survival" if named_median and len(name) <= 4 else name,
                    arm=_clean_arm(group), population=None, called_median=named_median, end=vm.end())))
    return out


# ---------------------------------------------------------------------------
# Attachment: endpoint, comparison and its orientation, population, covariate
# ---------------------------------------------------------------------------

_LEVEL_STATED = re.compile(r"(?<![\d.])(\d{2}(?:\.\d{1,2})?)\s?(?:%|percent\b|per\s+cent\b)\s*"
                           r"(?:two-sided\s+|one-sided\s+)?(?:CI\b|CIs\b|CrI\b|confidence|credible|C\.I\.)|"
                           # "All confidence intervals are 95%", "CIs were given at the 95% level"
                           r"\b(?:confidence\s+intervals?|CIs?)\s+(?:are|were|is|was)\s+(?:\w+\s+){0,4}?"
                           r"(\d{2}(?:\.\d{1,2})?)\s?(?:%|percent\b)", re.I)

# Endpoint words that text uses and registry titles do not ("HR for death", "risk of disease
# progression or death"); tried before ``_measures.endpoint_of``.
_TEXT_ENDPOINTS: tuple[tuple[M.EndpointClass, re.Pattern[str]], ...] = (
    ("PFS", re.compile(r"^(?:the\s+)?(?:risk\s+of\s+)?(?:disease\s+)?progression\s+or\s+death\b|"
                       r"^(?:the\s+)?(?:risk\s+of\s+)?death\s+or\s+(?:disease\s+)?progression\b", re.I)),
    ("OS", re.compile(r"^(?:the\s+)?(?:risk\s+of\s+)?(?:death|dying|all[- ]cause\s+(?:death|mortality))"
                      r"(?:\s+from\s+any\s+cause)?(?:\s+(?:in|with|among|for|at)\b.*)?$|^(?-i:MST)$", re.I)),
)


def _endpoint_class(text: str | None) -> M.EndpointClass:
    if text:
        for code, pattern in _TEXT_ENDPOINTS:
            if pattern.search(text):
                return code
    return M.endpoint_of(text)


@functools.lru_cache(maxsize=8)
def _levels(norm: str) -> tuple[list[int], list[float]]:
    found = [(m.start(), _num_of(m.group(1) or m.group(2))) for m in _LEVEL_STATED.finditer(norm)]
    return [p for p, _ in found], [v for _, v in found]


# a spread named anywhere in a document: its bare brackets after times may be ranges or IQRs
_SPREAD_NAMED = re.compile(r"\bIQRs?\b|inter-?\s?quartile|\branges?\b|\bquartiles?\b|\bpercentiles?\b|"
                           r"\b(?:25th|75th|10th|90th)\b", re.I)


# a time printed with its CI, named: "6.6 months (95% CI 4.1-8.3)", "22·3 months [95% CI 20·3-not estimable]"
_TIME_WITH_NAMED_CI = re.compile(rf"(?:\d\s*{_UNIT_WORDS}|\b(?:reached|estimable|evaluable)|(?-i:\bN[RE]))\s*[(\[,;]\s*"
                                 r"(\d{2}(?:\.\d{1,2})?)\s?%\s*(?:CI\b|confidence)", re.I)


@functools.lru_cache(maxsize=8)
def _time_ci_levels(norm: str) -> tuple[list[int], list[float]]:
    found = [(m.start(), _num_of(m.group(1))) for m in _TIME_WITH_NAMED_CI.finditer(norm)]
    return [p for p, _ in found], [v for _, v in found]


def _time_ci_level_before(norm: str, pos: int) -> float | None:
    """The level of the last CI the text printed for a time before ``pos`` (None when it printed none): the
    text's habit, by which a later bare bracket after a time to an event is read as its CI."""
    positions, values = _time_ci_levels(norm)
    i = bisect.bisect_left(positions, pos) - 1
    return values[i] if i >= 0 else None


def _level_before(norm: str, pos: int) -> float | None:
    """The CI level stated last before ``pos`` ("95% CI"), for a later bare "CI"."""
    positions, values = _levels(norm)
    i = bisect.bisect_left(positions, pos) - 1
    return values[i] if i >= 0 else None


def _ratio_endpoint(raw: str | None) -> str | None:
    if not raw:
        return None
    if _ARM_ONLY.fullmatch(raw.strip()) or re.fullmatch(
            r"(?:of\s+|for\s+)?(?:the\s+)?[\w+/-]+(?:\s[\w+/-]+){0,3}?\s+(?:group|arm)\s+to\s+(?:the\s+)?[\w+/-]+"
            r"(?:\s[\w+/-]+){0,3}?\s+(?:group|arm)", raw.strip(), re.I):
        return None  # "relative hazard in the statin group", "of the A group to the B group": arms, not an end point
    text = re.sub(r"^\s*(?:for|of|in|on)\s+", "", raw, flags=re.I)
    parts = re.split(r"\s+(?:versus|vs\.?|(?:as\s+)?compared\s+(?:with|to)|relative\s+to)\s+", text, maxsplit=1)
    if len(parts) > 1 and not _ENDPOINT_MENTION.search(parts[0]) and len(parts[0].split()) <= 4 \
            and not re.search(r"\s(?:with|in|among|for|on|receiving)\s", parts[0]):
        return None  # "hazard ratio for control versus experimental": arms, not an end point
    text = parts[0]
    if len(parts) > 1:
        # "death with drug L (as) compared with placebo", "progression or death, control versus …"
        when = re.search(r"\s+when\s+(?:using|receiving|taking|given|treated\s+with)\s+.*$", text)
        # ("success in maintaining A1C <6.5% when using glargine compared with …": the group after "when using")
        text = text[:when.start()] if when else \
            re.sub(r"(?:,\s*[^,]{1,40}|\s+(?:with|in|among|for|on|receiving)\s+.*?)$", "", text)
    text = _clean_endpoint(text)
    text = re.sub(r"\s+(?:in|with|among|for)\s+(?:the\s+)?[\w+/-]+(?:\s+[\w+/-]+)?\s+(?:group|arm|groups|arms)$",
                  "", text)
    text = re.sub(r"\s+(?:in|among|with)\s+(?:the\s+)?(?:subgroup|patients|participants|those|women|men)\b.*$", "",
                  text)
    return _clean_endpoint(text) or None


# what a name before a ratio can be without being an outcome: a group ("with dapagliflozin", "placebo groups",
# "the intervention arm"), a time point ("Day 7", "at 3 months", "over time"), a verb ("calculated")
_NOT_AN_OUTCOME = re.compile(
    r"(?:the\s+)?(?:with|on|receiving|taking)\s+[\w+/-]+(?:\s+[\w+/-]+)?|"
    r"(?:the\s+)?(?:(?!(?:in|of|for|among|between|across|by|and|or)\b)[\w+/-]+\s+){0,2}?(?:groups?|arms?|cohorts?|"
    r"populations?|subgroups?|subsets?|(?:interim\s+|final\s+|primary\s+|secondary\s+)?analys[ie]s)|"
    r"(?:the\s+)?comparisons?\s+(?:of|between)\s.*|between\s+\S.*\s+and\s+\S.*|(?:or\s+)?(?:above|below|more|less|older|younger|over|under)|"
    r"(?:at|on|by|from)?\s*(?:day|week|month|year|visit|cycle)\s+\d+(?:\.\d+)?|"
    r"(?:at|after|by)?\s*\d+(?:\.\d+)?\s+(?:days?|weeks?|months?|years?)|"
    r"over(?:\s+time)?|calculated|overall|respectively", re.I)
# the outcome a comparison is "with respect to" / "in terms of", before the analysis named with the ratio
_WITH_RESPECT_TO = re.compile(r"\b(?:with\s+(?:respect|regard)\s+to|in\s+terms\s+of)\s+(?:the\s+)?"
                              r"(?P<x>[A-Za-z][^,;()\[\]]{2,60}?)\s+(?=using\b|by\s+(?:uni|multi|bi)variat|in\s+(?:the\s+)?"
                              r"(?:uni|multi|bi)variat|\(|\[)", re.I)
# an analysis named where a factor would be: "… using bivariate analysis (OR = 2.1 …)"
_ANALYSIS_NAME = re.compile(r"(?:(?:uni|multi)variat\w+|(?:un)?adjusted|bivariate|sensitivity|interim|final|primary|"
                            r"secondary|regression)\s+(?:analys[ie]s|models?)", re.I)
_ARM_ONLY = re.compile(r"(?:in|with|for|among)\s+(?:the\s+)?[\w+/-]+(?:\s[\w+/-]+){0,2}\s+(?:group|arm)", re.I)
_VS_IN = re.compile(r"(?:^|\b(?:for|of|with|in|between|on|receiving|using|taking)\s+)(?:the\s+)?"
                    r"(?P<a>(?![\w+/-]+\s+with\s)[\w+/-]+(?:\s[\w+/-]+){0,4}?)"
                    r"(?:\s*,\s*as\s+compared\s+(?:with|to)|\s+(?:versus|vs\.?|v\.?|(?:as\s+)?compared\s+(?:with|to)|"
                    r"relative\s+to|over|to(?=\s+(?:the\s+)?[\w+/-]+(?:\s[\w+/-]+){0,3}?\s+(?:group|arm)\s*$)))\s+"
                    r"(?:the\s+)?(?P<b>[\w+/-]+(?:\s[\w+/-]+){0,4}?)\s*$", re.I)
_OTHER_ARM = re.compile(r"\b(?:than|compared\s+with|versus|vs\.?)\s+(?:with\s+|in\s+)?(?:the\s+)?"
                        r"(?P<b>[\w+/-]+(?:\s[\w+/-]+)?)\s+(?:group|arm)\b", re.I)
_GROUP_IN = re.compile(r"\b(?:in|for|with)\s+(?:the\s+)?(?P<a>[\w+/-]+(?:\s[\w+/-]+)?)\s+(?:group|arm)\s*$", re.I)


_LETTERED_GROUP = re.compile(r"\b(group|arm|cohort)s?\s+(?-i:[A-Z]|[IVX]{1,4})\b", re.I)


# "… was 1.17 (95% CI …) that of patients receiving vinorelbine": the reference group after a ratio
# people named by the group they were assigned to: "patients receiving X", "those randomised to X"
_ASSIGNED = (r"(?:patients|participants|subjects|those)\s+(?:receiving|assigned\s+to|randomi[sz]ed\s+to|allocated\s+to|"
             r"treated\s+with|given|on)\s+(?:the\s+)?")
_THAT_OF_GROUP = re.compile(rf"\s*(?:[(\[][^()\[\]]*[)\]]\s*)?,?\s*(?:that|those)\s+of\s+(?:the\s+)?{_ASSIGNED}"
                            r"(?P<b>[^,;()\[\]]{2,40}?)(?=\s*(?:[,;)\]]|\band\b|\.(?:\s|$)|$))", re.I)
_ASSIGNED_PEOPLE = re.compile(rf"(?:the\s+)?{_ASSIGNED}(?P<a>.{{2,60}})", re.I)


# a time to an event said to be longer or shorter in the first of two groups compared
_TIME_BENEFIT_BEFORE = re.compile(r"\b(?P<ep>(?:overall\s+|progression-free\s+|disease-free\s+|event-free\s+)?survival|"
                                  r"(?-i:OS|PFS|DFS|EFS)|time\s+to\s+\w+)\b[^()\[\];]{0,30}?\b(?:was|were)\s+"
                                  r"(?:\w+ly\s+)?(?:(?P<good>longer|prolonged|improved|better|superior)|"
                                  r"(?P<bad>shorter|worse|inferior))\b[^()\[\];]*\bthan\b", re.I)


# how often an event happened with one group than the other, before the ratio's bracket
_RATE_COMPARED_BEFORE = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:(?P<more>more\s+(?:common|frequent|likely)|"
                                   r"higher|greater|increased)|(?P<less>less\s+(?:common|frequent|likely)|lower|fewer|reduced|"
                                   r"decreased))\b[^()\[\];]*\bthan\b", re.I)


def _ratio_comparison(sent: str, r: _Ratio, arms: list[tuple[int, _MedInfo]],
                      text: str = "") -> tuple[tuple[str, ...], str]:
    """((A, B) as the ratio is oriented, "text") when the sentence says so; otherwise the
    order of the arms' medians or a "X versus Y" in the sentence ("unknown" orientation). ``text``: the
    whole text, where the sentence's letters name groups ("group A")."""
    if r.orient:
        if all(re.fullmatch(r"[A-Z]|[IVX]{1,4}", x) for x in r.orient) and \
                (kind := _LETTERED_GROUP.search(sent) or _LETTERED_GROUP.search(text)):
            # "HR [B:A] 0.89" where the text speaks of "group A", "groups B and C": the groups' names
            return tuple(f"{kind.group(1).lower()} {x}" for x in r.orient), "text"
        return r.orient, "text"
    ep = re.sub(r"^(?:for|of|in|with|between)\s+", "", r.ep_text or "", flags=re.I)
    m = _VS_IN.search(ep)
    if m:
        return _pair(_clean_arm(_LAST_GROUP_WORDS.sub("", m.group('a'))), _clean_arm(m.group('b')))
    after = _AFTER_RATIO.match(sent, r.end)
    if after:
        return _pair(_clean_arm(after.group('a')), _clean_arm(after.group('b')))
    g = _GROUP_IN.search(ep) or _GROUP_IN.search(r.ep_text or "")
    # (a number or a unit is no group's name: "(2.0 vs 1.7 per 100 child-years, respectively)", "years versus 2.2")
    names = [None if n and re.match(r"[\d.]|(?:years?|months?|weeks?|days?|hours?)$", n, re.I) else n
             for n in (_group_name(a[1]["arm"]) for a in arms)]
    if g and len(names) >= 2:
        first = _clean_arm(g.group("a"))
        if first in names:
            other = next(n for n in names if n != first)
            return _pair(first, other)
    if g and not names:
        other_m = _OTHER_ARM.search(sent, r.end)
        if other_m:  # "(relative hazard in the statin group, 0.7 …) than in the placebo group"
            return _pair(_clean_arm(g.group('a')), _clean_arm(other_m.group('b')))
    clause = _clause_comparison(sent, r.start)
    # The words before the ratio's bracket say on which side its events are: "survival was longer in patients assigned
    # placebo than in patients assigned sertraline (HR 1.60 …)" (a longer time to the event in A is a lower hazard in
    # A), "Alopecia was more common with treosulfan than leuprorelin (alopecia RR 0.32 …)" (events more frequent with A
    # are a ratio above 1 for A against B); a ratio on the other side is B's relative to A's.
    for pattern, a_higher, measures in ((_TIME_BENEFIT_BEFORE, "bad", ("HR",)),
                                        (_RATE_COMPARED_BEFORE, "more", ("HR", "OR", "RR", "IRR"))):
        if clause and r.measure in measures and r.value is not None and r.value != 1 and \
                (said := pattern.search(sent, _last_break(sent[:r.start]) + 1, r.start)) and \
                re.fullmatch(r"[^()\[\]]*[(\[][^()\[\]]*", sent[said.end():r.start]) and \
                not re.search(r"\bnot\b", said.group()):
            if (r.value > 1) != (said.group(a_higher) is not None):
                return (clause[1], clause[0]), "inferred_from_arms"
    if clause:
        return clause, "text"
    if len(names) >= 2:
        if not (names[0] and names[1]):
            return (), "unknown"
        (_, ia), (_, ib) = arms[0], arms[1]
        va, vb = ia["value"], ib["value"]
        if r.measure == "HR" and len(arms) == 2 and va is not None and vb is not None and va != vb and \
                r.value != 1 and names[0] != names[1] and ia["endpoint_text"] == ib["endpoint_text"] and \
                _time_to_harm(ia["endpoint_text"]) and \
                r.start > arms[1][0] and _clear_side(r.value, r.lo, r.hi, va, vb):
            # "PFS was 7.2 months with A versus 4.1 months with B (HR 0.55 …)": a longer median time to the event
            # goes with a lower hazard; only one orientation fits
            return ((names[0], names[1]) if (r.value < 1) == (va > vb) else (names[1], names[0])), "inferred_from_arms"
        return (names[0], names[1]), "unknown"
    comp = _comparison(sent)
    return (comp, "text") if comp else ((), "unknown")


_GROUP_NAME = r"[A-Za-z][\w+/-]*(?:\s[\w+/-]+){0,3}?"
_EFFECT_VERB = (r"(?:(?:also|significantly|further|markedly|substantially|statistically\s+significantly)\s+)*"
                r"(?:reduced|lowered|decreased|increased|improved|prolonged|delayed|shortened|raised|extended|"
                r"did\s+not\s+(?:significantly\s+)?(?:reduce|improve|increase|prolong|change|lower|delay)|"
                rf"{_GRADED_EFFECT})\b")
# "Drug B significantly reduced exacerbation risk by 49% compared with placebo (RR …)": the clause's subject against
# the group after "compared with"
_SUBJECT_VERB_VS = re.compile(rf"^\s*(?:(?-i:[A-Z][A-Z ]{{2,20}}):\s*)?(?:the\s+)?(?:treatment\s+with\s+)?"
                              rf"(?P<a>{_GROUP_NAME})(?:\s+group)?\s+(?:(?:showed|had|demonstrated|achieved)\s+(?:an?\s+)?)?"
                              rf"{_EFFECT_VERB}"
                              r"[^()\[\];]{0,120}?\b(?:compared\s+(?:with|to)|versus|vs\.?|relative\s+to)\s+(?:the\s+)?"
                              rf"(?P<b>{_GROUP_NAME})(?:\s+(?:group|arm))?\s*(?=[,(\[]|$|\s+(?:in|at|for|over|during|"
                              r"among|after|through|by|with|and|but|while|whereas|which)\b)", re.I)
# "Compared with placebo, drug B reduced the risk of X (RR …)"
_COMPARED_OPENER = re.compile(rf"^\s*(?:(?-i:[A-Z][A-Z ]{{2,20}}):\s*)?(?:as\s+)?compared\s+(?:with|to)\s+(?:the\s+)?"
                              rf"(?P<b>{_GROUP_NAME})(?:\s+(?:group|arm))?\s*,\s*(?:the\s+)?(?P<a>{_GROUP_NAME})"
                              r"(?:\s+(?:group|arm))?\s+(?:(?:showed|had|demonstrated|achieved)\s+(?:an?\s+)?)?"
                              rf"{_EFFECT_VERB}", re.I)
# "Compared with placebo (n = 52), at week 24, patients treated with atacicept 150 mg (n = 51) were more likely to
# attain LDA [OR 3.82 …]": the reference, then the group the clause is about
_COMPARED_OPENER_PEOPLE = re.compile(r"^\s*(?:(?-i:[A-Z][A-Z ]{2,20}):\s*)?(?:as\s+)?compared\s+(?:with|to)\s+"
                                     rf"(?:the\s+)?(?P<b>{_GROUP_NAME})(?:\s+(?:group|arm))?(?:\s*\([^()]*\))?\s*,\s*"
                                     r"(?:[^,()]{1,30},\s*)?(?:patients|participants|those|subjects|women|men|children)"
                                     rf"\s+(?:treated\s+with|receiving|given|on|in\s+the)\s+(?P<a>{_GROUP_NAME})"
                                     r"(?:\s+(?:group|arm))?(?:\s*\([^()]*\))?\s+(?:were|was|had|showed|reported)\b",
                                     re.I)
# "The risk of X was lower with drug B than with placebo (RR …)", "… in the B group than in the placebo group (HR …"
_WITH_THAN_WITH = re.compile(r"\b(?:lower|higher|longer|shorter|less|more|fewer|greater|better|worse|reduced|increased)"
                             r"\s+(?:[\w-]+\s+){0,3}?(?P<p>with|in|among|for)\s+(?:the\s+)?"
                             rf"(?P<a>{_GROUP_NAME})(?:\s+(?:group|arm))?\s+than\s+(?:(?P=p)\s+)?(?:the\s+)?"
                             rf"(?P<b>{_GROUP_NAME})(?:\s+(?:group|arm))?\s*$", re.I)
# "… was more frequent when non-responders were followed-up by telephone (84/480, 17.5%) than by mail (43/472, 9.1%)
# (RR …", "… greater among patients followed-up by telephone (…) compared to those followed-up by mail (…) (RR …": each
# group with its counts, in turn
_BY_NAME = (r"(?!(?:patients|participants|subjects|those)\b)[A-Za-z][\w+/-]*"
            r"(?:\s(?!(?:by|with|in|among|than|versus|vs|to|for|on)\b)[\w+/-]+){0,3}?")
_BY_THAN_BY = re.compile(r"\b(?:lower|higher|longer|shorter|less|more|fewer|greater|better|worse|reduced|increased)"
                         r"\s+(?:[\w-]+\s+){0,5}?(?P<p>with|in|among|for|by|on)\s+(?:the\s+)?"
                         rf"(?P<a>{_BY_NAME})(?:\s+(?:group|arm))?\s*[(\[][^()\[\]]*[)\]]\s*,?\s*"
                         r"(?:than|(?:as\s+)?compared\s+(?:to|with)|versus|vs\.?)\s+"
                         r"(?:(?:those|patients|participants|subjects)\s+(?:[\w-]+\s+){0,2}?)?(?:(?P=p)\s+)?(?:the\s+)?"
                         rf"(?P<b>{_BY_NAME})(?:\s+(?:group|arm))?\s*[(\[][^()\[\]]*[)\]]\s*$", re.I)
# "lapatinib plus trastuzumab continued to show superiority to lapatinib monotherapy in PFS (HR 0.74 …"
_SUPERIOR_TO = re.compile(rf"(?:^|,\s*)\s*(?:the\s+)?(?P<a>{_GROUP_NAME})\s+"
                          r"(?:(?:continued\s+to\s+)?(?:show|showed|shows|"
                          r"demonstrated|was|were)\s+)?(?:statistically\s+|significantly\s+)?(?:superiority|superior)\s+"
                          rf"(?:to|over|versus|vs\.?|compared\s+with)\s+(?:the\s+)?(?P<b>{_GROUP_NAME})\s+"
                          r"(?:in|for|with\s+respect\s+to|in\s+terms\s+of)\s+[^()\[\];,]{1,60}$", re.I)
# "Drug A was associated with fewer events than drug B (HR 0.75 …)"
_ASSOCIATED_THAN = re.compile(rf"^\s*(?:(?-i:[A-Z][A-Z ]{{2,20}}):\s*)?(?:the\s+)?(?:treatment\s+with\s+)?"
                              rf"(?P<a>{_GROUP_NAME})(?:\s+group)?\s+(?:was|were)\s+associated\s+with\s+"
                              r"(?:significantly\s+)?(?:fewer|more|less|lower|higher|greater)\s+[^()\[\];]{1,60}?\s+than\s+"
                              r"(?:with\s+)?(?:the\s+)?"
                              rf"(?P<b>{_GROUP_NAME})(?:\s+(?:group|arm))?\s*$", re.I)
# "… in favour of drug A", "PFS favoured placebo": the group a hazard ratio's side is said to favour
_FAVOURING = re.compile(r"\b(?:in\s+favou?r\s+of|favou?r(?:ed|ing|s)?)\s+(?:the\s+)?"
                        r"(?P<x>[\w+/-]+(?:\s+[\w+/-]+){0,3}?)(?:\s+(?:group|arm|over)\b|\s*[.,;()\[\]]|\s*$)", re.I)
# "Drug A versus placebo: HR 0.71 (…)": the groups, then a colon, then the ratio
_GROUPS_THEN_COLON = re.compile(rf"(?:^|[.;]\s+|(?-i:[A-Z][A-Z ]{{2,20}}):\s*)(?P<a>{_GROUP_NAME})\s+"
                                rf"(?:versus|vs\.?)\s+(?:the\s+)?(?P<b>{_GROUP_NAME})\s*$", re.I)
# "Drug X reduced mortality by 30% (HR 0.70 …) compared with placebo": the subject, then the reference after the bracket
_SUBJECT_EFFECT = re.compile(rf"^\s*(?:(?-i:[A-Z][A-Z ]{{2,20}}):\s*)?(?:the\s+)?(?:treatment\s+with\s+)?"
                             rf"(?P<a>{_GROUP_NAME})(?:\s+group)?\s+{_EFFECT_VERB}", re.I)
_REFERENCE_AFTER_BRACKET = re.compile(rf"\s*,?\s*(?:as\s+)?(?:compared\s+(?:with|to)|versus|vs\.?|relative\s+to)\s+"
                                      rf"(?:the\s+)?(?P<b>{_GROUP_NAME})(?:\s+(?:group|arm))?\s*(?=[.,;]|$)", re.I)


# "Patients in the A arm experienced significant improvements in PFS compared with patients receiving B alone (HR …",
# "DFS time was longer in those assigned to A compared with B (…; HR …"
_PEOPLE_ASSIGNED_VS = re.compile(rf"\b(?:(?:in|among|for)\s+)?(?:those|patients|participants|women|men)\s+"
                                 rf"(?:(?P<inthe>in\s+the\s+)|(?:assigned|randomi[sz]ed|allocated)\s+to\s+|receiving\s+)"
                                 rf"(?P<a>{_GROUP_NAME})(?(inthe)\s+(?:arm|group)\b|(?:\s+(?:arm|group))?)\s+"
                                 # (not "patients receiving insulin had higher mortality with A compared with B": the
                                 # groups compared are after "with")
                                 r"(?:(?:(?!\bwith\b|\bin\s+the\b)[^()\[\];]){0,80}?\s)?(?:compared\s+(?:with|to)|versus|"
                                 r"vs\.?)\s+(?:(?:those|patients|"
                                 r"participants|women|men)\s+(?:in\s+the\s+|receiving\s+|(?:assigned|randomi[sz]ed|"
                                 rf"allocated)\s+to\s+)?)?(?:the\s+)?(?P<b>{_GROUP_NAME})(?:\s+(?:arm|group|alone))?\s*$",
                                 re.I)
_NOT_A_GROUP = re.compile(r"(?:fewer|more|less|higher|lower|greater|better|worse)\b.*|"
                          r"(?:we|it|this|these|those|they|there|patients|participants|subjects|women|men|children|"
                          r"(?:those\s+)?without|"
                          r"people|individuals|the\s+study|study|trial|analysis|results?|entire|whole|overall|total|all|"
                          r"(?:younger|older)\s+age|age)$", re.I)


def _no_group_pair(groups: tuple[str, ...]) -> bool:
    """Whether a pair of "groups" names something else: an outcome ("the risk of disease progression compared with
    placebo"), a threshold ("levels greater than the median"), people or a comparative word."""
    return any(_NOT_A_GROUP.match(g.strip()) or _LABEL_IS_ENDPOINT.fullmatch(g.strip())
               or re.fullmatch(r"(?:the\s+)?(?:median|mean|average)|.+\s(?:greater|less|higher|lower|more)", g.strip(),
                               re.I)
               # "patients resolved more quickly to diagnostic resolution compared with …": how, not who
               or re.match(r"(?:more\s+|less\s+)?(?:quickly|rapidly|slowly|faster|sooner|earlier|later)\b", g.strip(),
                           re.I)
               for g in groups)


# "Participants receiving A were more likely to experience X than those receiving B": both groups named as people
_ASSIGNED_THAN_ASSIGNED = re.compile(rf"\W*(?:the\s+)?{_ASSIGNED}(?P<a>[^,;()\[\]]{{2,40}}?)\s+"
                                     rf"(?:were|was|had|showed)\b[^()\[\];]*?\bthan\s+(?:in\s+)?{_ASSIGNED}"
                                     rf"(?P<b>[^,;()\[\]]{{2,40}}?)\s*$", re.I)


# "The mycophenolate mofetil group had fewer treatment failures than the glucocorticoid-only group (22% vs. 44%; hazard
# ratio, 0.41 …)": both groups named as groups, the first the subject
_GROUP_HAD_THAN_GROUP = re.compile(rf"\W*(?:the\s+)?(?P<a>{_GROUP_NAME})\s+(?:group|arm|cohort)\s+"
                                   r"(?:had|showed|experienced|reported)\s+(?:an?\s+)?(?:significantly\s+|slightly\s+|markedly\s+)?"
                                   # (events counted, not a time nor a survival: "longer PFS than …" with an HR above
                                   # 1 is the other group's hazard)
                                   r"(?:fewer|more|less|higher|lower|greater)\s+"
                                   r"(?![^()\[\];]{0,100}?\b(?:surviv\w*|times?|durations?|response|remission|[\w-]+-free)\b)"
                                   r"[^()\[\];]{0,100}?\bthan\s+(?:in\s+)?(?:the\s+)?"
                                   rf"(?P<b>{_GROUP_NAME})\s+(?:group|arm|cohort)\s*$", re.I)


# "There was a significant survival advantage for GCa compared with MIC (hazard ratio, 0.76 …)"
_ADVANTAGE_FOR = re.compile(rf"\b(?:advantage|benefit|improvement|superiority)\s+(?:in\s+[^,;()\[\]]{{1,40}}?\s+)?"
                            rf"(?:for|of|with)\s+(?:the\s+)?(?P<a>{_GROUP_NAME})(?:\s+(?:group|arm))?\s+"
                            r"(?:compared\s+(?:with|to)|versus|vs\.?|over|relative\s+to)\s+(?:the\s+)?"
                            rf"(?P<b>{_GROUP_NAME})(?:\s+(?:group|arm))?\s*$", re.I)
# "Treatment with A resulted in a lower risk of death than B (HR …)"
_RESULTED_IN_THAN = re.compile(rf"\W*(?:the\s+)?(?:treatment\s+with\s+)?(?P<a>{_GROUP_NAME})\s+"
                               r"(?:resulted\s+in|led\s+to|produced|yielded)\s+(?:an?\s+)?(?:significantly\s+)?(?:lower|higher|reduced|"
                               r"increased|greater|smaller)\s+[^()\[\];]{1,80}?\b(?:than|compared\s+(?:with|to)|versus|"
                               rf"vs\.?)\s+(?:with\s+)?(?:the\s+)?(?P<b>{_GROUP_NAME})(?:\s+(?:group|arm))?\s*$", re.I)


def _clause_comparison(sent: str, pos: int) -> tuple[str, str] | None:
    """(A, B) of a ratio from the words of its clause: "A reduced X by 49% compared with B (RR …",
    "Compared with B, A reduced X (…", "X was lower with A than with B (…"; None when the clause does
    not name both groups."""
    start = _last_break(sent[:pos]) + 1
    if not re.search(r"[A-Za-z]{3,}", sent[start:pos]) and (eo := _enclosing_open(sent, pos)) is not None and \
            eo < start and sent[start - 1] == ";":
        # "The A group had fewer treatment failures than the B group (22% vs. 44%; hazard ratio, 0.41 …)": the ratio
        # opens no clause of its own inside the bracket; the clause the bracket follows names the groups, the
        # subject first (only in that shape: other shapes leave the orientation to the groups' own values)
        cut = _last_break(sent[:eo]) + 1
        gh = _GROUP_HAD_THAN_GROUP.match(sent[cut:eo].rstrip(" ,;:"))
        a, b = (_clean_arm(gh.group(x).strip()) for x in "ab") if gh else (None, None)
        return (a, b) if a and b and a.lower() != b.lower() else None
    clause = sent[start:pos]
    if start > 1 and sent[start - 1] == ":" and not clause.strip() and \
            (lab := _GROUPS_THEN_COLON.search(sent, 0, start - 1)):
        return _clean_arm(lab.group("a")) or lab.group("a"), _clean_arm(lab.group("b")) or lab.group("b")
    op = max(clause.rfind("("), clause.rfind("["))
    if op >= 0 and not re.search(r"[)\]]", clause[op:]):
        clause = clause[:op]  # the bracket that holds the ratio
    clause = clause.rstrip(" ,;:")
    # "Poisson's regression analysis confirmed that oral ibandronate significantly reduced …": the clause after "that"
    clause = re.sub(r"^[^,;()\[\]]*?\b(?:showed|confirmed|found|demonstrated|revealed|indicated|suggested)\s+that\s+",
                    "", clause, flags=re.I)
    m = _ASSIGNED_THAN_ASSIGNED.match(clause) or _SUBJECT_VERB_VS.match(clause) or _COMPARED_OPENER.match(clause) \
        or _COMPARED_OPENER_PEOPLE.match(clause) or _GROUP_HAD_THAN_GROUP.match(clause) \
        or _ADVANTAGE_FOR.search(clause) or _RESULTED_IN_THAN.match(clause) \
        or _WITH_THAN_WITH.search(clause) or _ASSOCIATED_THAN.match(clause) or _PEOPLE_ASSIGNED_VS.search(clause) \
        or _BY_THAN_BY.search(clause) or _SUPERIOR_TO.search(clause)
    if not m and op >= 0 and (subj := _SUBJECT_EFFECT.match(clause)) and \
            (close := _enclosing_close(sent, start + op + 1, len(sent))) is not None and \
            (ref := _REFERENCE_AFTER_BRACKET.match(sent, close + 1)):
        # "Drug X reduced mortality by 30% (HR 0.70 …) compared with placebo": the reference after the bracket
        a, b = _clean_arm(subj.group("a").strip()), _clean_arm(ref.group("b").strip())
        return (a, b) if a and b and a.lower() != b.lower() and not any(
            _NOT_A_GROUP.match(x) or re.search(r"^\d|\b(?:and|was|were|by|the)\b", x) for x in (a, b)) else None
    if not m:
        return None
    a, b = (_clean_arm(m.group(x).strip()) for x in "ab")
    if not a or not b or a.lower() == b.lower() or any(
            re.search(r"^\d|\d\s*%|\b(?:and|was|were|by|showed|had|with|the)\b", x) or _NOT_A_GROUP.match(x)
            for x in (a, b)):  # (a dose in a group's name is kept: "atacicept 150 mg"; not "by 49%")
        return None
    return a, b


# groups named in turn before a ratio: "… in 12% of the A group and 20% of the B group (RR …", "… with A versus B
# (1.9% versus 2.8%; HR …", "… longer with A (65.1 months) than placebo (14.3 months; HR …"
_ARM_NAME = (r"(?!(?:patients|participants|subjects|those)\b)[A-Za-z][\w+/-]*"
             r"(?:\s(?!(?:in|the|with|and|than|versus|vs|to|for|group|arm)\b)[\w+/-]+){0,3}?")
_GROUPS_IN_TURN = re.compile(rf"\b(?:in|with|among|for|of|to)\s+(?:the\s+)?(?P<a>{_ARM_NAME})\s+(?:group|arm)\b"
                             r"[^;]*?\b(?:in|with|among|for|of|to|than)\s+(?:the\s+)?"
                             rf"(?P<b>{_ARM_NAME})\s+(?:group|arm)\b|"
                             rf"\b(?:with|for(?=\s+(?:the\s+)?{_ARM_NAME}\s+(?:versus|vs\.?)\s))\s+(?:the\s+)?"
                             rf"(?P<c>{_ARM_NAME})\s*(?:\([^()]*\)\s*)?,?\s*"
                             r"(?:versus|vs\.?|compared\s+(?:with|to)|than(?:\s+with)?)\s+(?:the\s+)?"
                             rf"(?P<d>{_ARM_NAME})(?=\s*[,;(\[]|\s*$|\s+(?:in|at|for|over|during|among|after)\b)|"
                             # "did not differ between the hydroxychloroquine and placebo groups (…; aOR 1.02 …"
                             rf"\bbetween\s+(?:the\s+)?(?P<e>{_ARM_NAME})\s+and\s+(?:the\s+)?(?P<f>{_ARM_NAME})\s+"
                             r"(?:groups|arms)\b|"
                             # "3.1 % (95 % CI 1.7–5.1 %) after carbetocin and 7.2 % (5.8–8.9 %) after oxytocin"
                             rf"%\s*(?:[(\[][^()\[\]]*[)\]]\s*)?(?:after|with|in|among|for)\s+(?:the\s+)?(?P<g>{_ARM_NAME})"
                             r"\s+(?:and|versus|vs\.?|compared\s+(?:with|to))\s+[^;]*?%\s*"
                             rf"(?:[(\[][^()\[\]]*[)\]]\s*)?(?:after|with|in|among|for)\s+(?:the\s+)?(?P<h>{_ARM_NAME})"
                             r"(?=\s*[,;(\[]|\s*$)|"
                             # "DFS did not differ between NPS and control [HR …": the groups right before the ratio
                             rf"\bbetween\s+(?:the\s+)?(?P<i>{_ARM_NAME})\s+and\s+(?:the\s+)?(?P<j>{_ARM_NAME})"
                             r"(?=\s*[(\[]\s*$)|"
                             # "Survival favoured drug A over drug B (HR 0.81 …"
                             rf"\bfavou?r(?:ed|ing|s)?\s+(?:the\s+)?(?P<k>{_ARM_NAME})\s+over\s+(?:the\s+)?(?P<l>{_ARM_NAME})"
                             r"(?=\s*[,;(\[]|\s*$)|"
                             # "283 (47%) children on A versus 282 (47%) on B had X (HR …": each group after its count
                             r"\b\d[\d,]*\s*(?:[(\[][^()\[\]]*[)\]]\s*)?(?:[a-z]+\s+)?(?:on|in|with|receiving)\s+(?:the\s+)?"
                             rf"(?P<m>{_ARM_NAME})\s+(?:versus|vs\.?|compared\s+with)\s+\d[\d,]*\s*"
                             r"(?:[(\[][^()\[\]]*[)\]]\s*)?(?:[a-z]+\s+)?(?:on|in|with|receiving)\s+(?:the\s+)?"
                             rf"(?P<n>{_ARM_NAME})(?=\s+(?:had|were|was|developed|experienced|died|switched|reported)\b|"
                             r"\s*[(\[])",
                             re.I)
_PERCENT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s?%")


def _groups_listed(sent: str, r: _Ratio) -> tuple[tuple[str, ...], str]:
    """The two groups a ratio's clause names in turn, in their order. Their orientation is ``unknown``
    (the text lists them; it does not say A relative to B) unless the clause prints one percentage per
    group and the ratio's side of 1 fits only A relative to B (``inferred_from_arms``)."""
    head = sent[:r.start]
    stack: list[int] = []
    for br in re.finditer(r"[(\[\])]", head):
        if br.group() in "([":
            stack.append(br.start())
        elif stack:
            stack.pop()
    # (a ';' inside the ratio's own bracket is no break: "(1.9% versus 2.8%; HR 0.68 …")
    cut = _last_break(head[:stack[0]] if stack else head)
    clause = sent[cut + 1:r.start]
    if cut > 0 and not clause.strip() and sent[cut] == ";":
        # "… 3.1 % after A and 7.2 % after B; relative risk 0.41 (…)": the ratio opens the clause after its data
        clause = sent[_last_break(head[:cut]) + 1:r.start]
    found = list(_GROUPS_IN_TURN.finditer(clause))
    printed = clause  # (where the groups' percentages are read)
    if not found and re.search(r"[(\[]", clause):
        # "… for A (51/135, 38%) versus B (32/117, 27%)—risk ratio 1.38": the groups around their counts
        bare = re.sub(r"\s*[(\[][^()\[\]]*[)\]]", "", clause)
        if found := list(_GROUPS_IN_TURN.finditer(bare)):
            clause = bare
    if not found:
        return (), "unknown"
    m = found[-1]  # the pair nearest the ratio: "… A vs B (OR 0.93 …) and … C vs D (OR 1.02 …"
    if m.group("a") and re.fullmatch(r"\W*(?:(?-i:[A-Z]{4,}):?\s+)?in\s+(?:an?\s+)?", clause[:m.start("a")], re.I) and \
            re.match(r"(?:in\s+)?an?\s", clause[m.start("a") - 3:m.start("a")] + m.group("a"), re.I) and \
            (later := _GROUPS_IN_TURN.search(clause, m.start("a"))) and later.group("a"):
        m = later  # "In an anticipated low-risk group, … 24.8% in the XRT group and 36.1% in the non-XRT group": the
        # group that opened the sentence with an indefinite article is its subgroup; the two after it are compared
    a, b = (_clean_arm(next((m.group(x) for x in names if m.group(x)), None))
            for names in (("a", "c", "e", "g", "i", "k", "m"), ("b", "d", "f", "h", "j", "l", "n")))
    if not a or not b or a.lower() == b.lower() or any(
            re.search(r"\d|\b(?:and|was|were|by|showed|had|with|the|than|versus|vs)\b", x) or _NOT_A_GROUP.match(x)
            for x in (a, b)):
        return (), "unknown"
    first_at = next(m.start(x) for x in ("a", "c", "e", "g", "i", "k", "m") if m.group(x))
    first_end = next(m.end(x) for x in ("a", "c", "e", "g", "i", "k", "m") if m.group(x))
    second_at = next(m.start(x) for x in ("b", "d", "f", "h", "j", "l", "n") if m.group(x))
    if _MEASURE_WORD.search(clause, first_end, second_at) or printed is not clause and _MEASURE_WORD.search(printed):
        return (), "unknown"  # "… lower than 36.9% in the NU (RR 0.79, …) and 40.4% in the SU (RR 0.72 …)": another
        # ratio between them, so each group is its own ratio's, not the pair compared
    if re.search(r"\b(?:compared|relative)\s+(?:with|to)\s+(?:the\s+)?$|\b(?:versus|vs\.?|than)\s+(?:with\s+|in\s+)?"
                 r"(?:the\s+)?$", clause[:first_at], re.I):
        a, b = b, a  # "Compared with the control group, those in the intervention group …": the second is the first
    since = found[-2].end() if len(found) > 1 else 0
    if printed is not clause:
        pcts = [float(x) for x in _PERCENT.findall(printed)] if len(found) == 1 else []
    else:
        pcts = [float(x) for x in _PERCENT.findall(clause, since)]
        if len(pcts) > 2:  # "3.1 % (95 % CI 1.7–5.1 %) after A and 7.2 % (…) after B": the groups' own, not their CIs
            pcts = [float(x) for x in _PERCENT.findall(re.sub(r"[(\[][^()\[\]]*[)\]]", "", clause[since:]))]
    if len(pcts) == 2 and pcts[0] != pcts[1] and not 0.9 <= r.value <= 1.11 and not (  # (a ratio near 1 says no side:
        # "59% versus 69% … (relative risk 1·01 …)" fits neither order)
            r.measure == "HR" and re.search(r"surviv|alive|[\w-]+[- ]free\b|\bfree\s+of\b|"
                                            r"\b(?-i:OS|PFS|DFS|EFS|RFS|MFS|CSS|DSS)\b", clause, re.I)):
        # (not "the rate of overall survival was 81% in A and 67% in B (hazard ratio for death, 0.54": the rates are
        # of the opposite event)
        # "(1.9% versus 2.8%; HR 0.68": only A relative to B fits; "27% in the A group as compared to 1% in the B
        # group (OR 0.031 …)": only B relative to A fits
        return ((a, b) if (r.value < 1) == (pcts[0] < pcts[1]) else (b, a)), "inferred_from_arms"
    return (a, b), "unknown"


def _group_name(arm: str | None) -> str | None:
    """An arm's name as a compared group: "those treated with DTIC" is DTIC."""
    return re.sub(r"^(?:those|participants|subjects)\s+(?:treated\s+with|receiving|given)\s+", "", arm, flags=re.I) \
        if arm else arm


def _pair(a: str | None, b: str | None) -> tuple[tuple[str, ...], str]:
    """Two groups the sentence names, oriented by it ("text"); none when either is empty."""
    a, b = _tidy_group(a), _tidy_group(b)
    return ((a, b), "text") if a and b else ((), "unknown")


_GROUP_THEN_ENDPOINT = re.compile(r"\s+(?:(?:group|arm)s?\s+)?(?:for|with\s+respect\s+to|in\s+terms\s+of)\s+"
                                  r"(?P<ep>.+)$", re.I)
_VERB_IN_GROUP = re.compile(r"\b(?:showed|shows|demonstrated|met|was|were|is|are|had|has|have)\b", re.I)


def _tidy_group(x: str | None) -> str | None:
    """A group's name without what the sentence says around it: "between A" → "A"; "B group for PFS" → "B"; None
    for words that are a clause, not a name ("also showed its superiority")."""
    if not x:
        return x
    x = re.sub(r"^(?:no\s+)?(?:differences?\s+)?between\s+(?:the\s+)?", "", x, flags=re.I)
    if (ge := _GROUP_THEN_ENDPOINT.search(x)) and _ENDPOINT_MENTION.search(ge.group("ep")):
        x = x[:ge.start()]
    if re.fullmatch(r"(?:when|which|while|whereas|as|if|than|that|then|and|or|but|also)", x.strip(), re.I):
        return None  # "… higher for AC (SHR, 1.17) … when compared with NASH": a conjunction, no group
    return None if _VERB_IN_GROUP.search(x) else x or None


# a list segment that opens with its analysis set: "(ITT group: 23 days …; sepsis subgroup, 23 days …)"
_SET_LABEL_SEGMENT = re.compile(r"\s*(?:in\s+)?(?:the\s+)?(?:(?P<l>ITT|mITT|intention[- ]to[- ]treat|"
                                r"modified\s+intention[- ]to[- ]treat|per[- ]protocol|PP|overall|whole|all\s+patients)"
                                r"(?:\s+(?:group|population|set|analysis|cohort))?|"
                                r"(?P<s>[\w+/ -]{2,40}?)\s+(?:subgroup|subset|stratum))\s*[:,]\s[^,;:()\[\]]*$", re.I)
_SUBGROUP = re.compile(
    # ("in the subgroup of 261 patients who were positive for the epidermal growth factor receptor gene (EGFR)
    # mutation")
    # ("in the a priori specified subgroup of patients with …", "in a predefined subset of …")
    r"\b(?:in\s+(?:the\s+|an?\s+)?(?:(?!analys[ie]s\b)[\w-]+\s+){0,3}?(?:sub-?groups?|subset)\s+"
    r"(?!analys[ie]s\b|(?:were|was|is|are)\b)"
    r"(?:of\s+|with\s+)?"
    r"(?P<a>(?:[^,;()]|\([^()]{1,15}\)(?=[^,;()]*\w))+?)(?<!\bwho)(?<!\bthat)(?<!\bwhich)(?<!\bfor)(?<!\bof)"
    r"(?<!\bwith)(?<!\bto)(?<!\bin)"
    # (not "among women assigned to tamoxifen" nor "among women who took estrogen": the compared group)
    # ("… in the overall population (…) or among the 812 patients with adenocarcinoma (…)": a second group after
    # "or", "and", a comma, and after the text's first estimate only; an opening group is the set analysed)
    r"|(?:(?<=\bor )|(?<=\band )|(?<=, )|(?<=\bbut ))among\s+the\s+(?:\d[\d,]*\s+)?"
    r"(?P<h>(?:patients|participants|women|men|children|subjects)\s+(?:with|without|who)\b"
    r"(?![^,;()]{0,30}?\b(?:(?:assigned|randomi[sz]ed|allocated)\s+to|took|used|received|were\s+given)\b)[^,;()]{3,80}?)"
    # ("the dental prophylaxis group among males had a lower risk (HR …)": a sex before its verb)
    r"|among\s+(?P<b>(?:(?:fe)?males|boys|girls|women|men)(?=\s+(?:had|has|was|were|did|showed)\b)|"
    r"(?:patients|participants|those|women|men|children|subjects|people|individuals)\b"
    r"(?![^,;()]{0,30}?\b(?:(?:assigned|randomi[sz]ed|allocated)\s+to|took|used|received(?!\s+(?:prior|previous))|"
    r"were\s+given)\b)[^,;()]{3,80}?)"
    r"|in\s+(?:the\s+)?(?!(?:the\s+)?(?:our|this|present|current|whole|entire|overall|total|full|study|itt|mitt|intention|"
    r"intent|per|safety|efficacy|evaluable|modified|analysis|randomi[sz]ed|all|pre-?specified|exploratory|post[- ]hoc|"
    r"planned|predefined|secondary)\b)"
    r"(?P<c>[\w+/-]+(?:\s[\w+/-]+){0,5}?)\s+(?:subgroup|subset|stratum|cohort|population)"
    r"(?:\s+analys[ie]s(?=\s*,))?"  # ("In the Japanese subgroup analysis, median PFS …")

    # "in all prespecified subgroups, including patients previously treated with X (HR …)"
    r"|\bsubgroups?\b[^.;()]{0,40}?\bincluding\s+(?P<d>(?:patients|participants|those|women|men)\b[^,;()]{3,80}?)"
    # "a survival difference was found in stage II NSCLC but not …", "except for stage I NSCLC (…)"
    r"|\b(?:in|for)\s+(?:patients\s+with\s+)?(?P<e>stages?\s+(?:[IV]{1,3}|[1-4])[A-C]?"
    r"(?:\s+(?:disease|cancer|tumou?rs?|(?-i:[A-Z][\w-]*)))?)"
    # "…; in cohort 2 (n=99), median PFS was …": a cohort named by its number or letter
    # ("In stratum I (mean, 16 months AZT at entry) two AIDS or death events occurred …": its description in brackets)
    r"|\bin\s+(?P<f>(?:cohort|part|stratum)\s+(?-i:[A-Z]|\d|[IVX]{1,4})\d?)"
    r"(?=\s*(?:[(\[]\s*n\s*=\s*\d[\d,]*\s*[)\]]\s*)?,|\s*[(\[][^()\[\]]{1,60}[)\]]\s*,?\s+(?-i:[a-z0-9])))"
    # (a group never ends on "who": "among patients who had received prior chemotherapy")
    r"(?<!\bwho)(?<!\bthat)(?=\s*[,;()\[]|\s+(?:the|was|were|had|did|showed|there|HR|hazard|odds|relative|risk|but)\b|$)",
    re.I)


# a paragraph that reports a model's factors (stronger than ``_PREDICTOR_CUE``: not "adjusted", "associated")
_MODEL_CUE = re.compile(r"\b(?:multivariat\w*|multivariable|logistic\s+regression|risk\s+factors?\s+analys[ie]s|"
                        r"predictors?\s+of|independent(?:ly)?\s+(?:associated|predict\w*)|independent\s+predictors?)\b",
                        re.I)
_SUBGROUP_CUE = re.compile(r"\b(?:sub-?groups?|interactions?|strat\w*|effect\s+modif\w*)\b", re.I)
# the group right before the ratio's bracket: "… among those who completed …  (OR = 1.82", "in patients who smoked ("
_GROUP_RIGHT_BEFORE = re.compile(r"\b(?:in|among)\s+(?P<g>(?:[\w-]+\s+)?(?:those|patients|participants|subjects|women|"
                                 r"men|children|people)(?:\s+(?:with|without|who|whose)\b[^()\[\];.]{2,100})?)\s*"
                                 r"[(\[]\s*$", re.I)
_PREDICTOR_CUE = re.compile(r"\b(?:associat\w*|predict\w*|risk\s+factors?|independent\w*|multivariat\w*|"
                            r"multivariable|regression|adjust\w*|covariates?|determinants?)\b", re.I)
_LABEL_BEFORE = re.compile(r"(?:^|[,;:(\[]|\band\b|\bor\b|\bwith\b)\s*(?P<l>[^,;:()\[\]]{2,60}?)\s*[(\[]\s*$")


# "… after surgery (relative hazard, 6.2 […]) or with immobility (relative hazard, 2.3 […])": factors, each
# with its own bracketed ratio, joined without a verb
_FACTOR_LIST = re.compile(r"[)\]]\s*,?\s*(?:or|and|but\s+not)\s+(?:with|after|without|during|among|in)\s+"
                          r"[^()\[\].;]{1,40}?[(\[]\s*(?:(?:adjusted\s+|a)?(?:HR|OR|RR|IRR)s?\b|relative|hazards?\s+ratio|"
                          r"odds\s+ratio|risk\s+ratio|rate\s+ratio)", re.I)
_VERB_IN_LABEL = re.compile(r"\b(?:was|were|is|are|had|has|showed|associated|increased|decreased|reduced|higher|"
                            r"lower|did|does|do|differ|differed|remained|occurred|tended|"
                            # "… had virological failure or withdrew from the trial (rate ratio …": the events counted
                            r"withdrew|died|discontinued|dropped|developed|experienced|underwent)\b", re.I)


# the label just before a value inside a bracket: "(prior chemotherapy: 11.0 vs …", "(…, mutation codon 12: 8.2 …"
_LABELLED_BRACKET = re.compile(r"(?:[(\[]|[;,])\s*(?P<l>[A-Za-z][\w' +/.-]{1,40}?)\s*:\s*[^()\[\]:;,]{0,60}$|"
                               # "(prior chemotherapy: 11.0 vs 3.2 months; hazard ratio, 0.34": the bracket's label
                               r"[(\[]\s*(?P<b>[A-Za-z][\w' +/.-]{1,40}?)\s*:\s*[^()\[\]:]{0,80}$")


# a bracket opened by a cut-off of a measurement, then the ratio: "(eGFR < 30 mL/min/1.73 m2, HR: 1.38 …)"
_CUT_BEFORE_RATIO = re.compile(r"[(\[]\s*(?P<g>(?![Pp]\b|n\b|N\b)[A-Za-z][\w-]{0,20}\s*(?:<|>|≤|≥|<=|>=)\s*\d"
                               r"[^,;:()\[\]=]{0,25}?)\s*[,;:]\s*$")
# "A was associated with X (OR …) and B with Y (OR …)": the factor and the outcome of a clause without its verb
_ELIDED_WITH = re.compile(r"(?P<f>[^,;]+?)\s+with\s+(?:an?\s+|the\s+)?(?P<ep>[^,;]+)")


# a bracket's label that names the analysis, not a group: "(current assessment after 300 events: hazard ratio, 0.76; …)"
_ANALYSIS_LABEL = re.compile(r"\b(?:assessment|analys[ie]s|update[sd]?|cut-?off|events|follow-up|interim|final)\b",
                             re.I)


def _bracket_opening_label(sent: str, pos: int) -> str | None:
    """The label that opens the bracket holding ``pos`` ("(prior chemotherapy: 11.0 vs 3.2 months; …"), or None."""
    m = _LABELLED_BRACKET.search(sent, max(0, pos - 100), pos)
    opened = max(sent.rfind("(", 0, pos), sent.rfind("[", 0, pos))
    if m is None or opened < 0 or opened > m.start() or re.search(r"[)\]]", sent[opened:pos]):
        return None  # (the label must sit inside the bracket that holds the value)
    return (m.group("l") or m.group("b")).strip()


def _bracket_subgroup(sent: str, pos: int) -> str | None:
    """"prolonged median PFS regardless of prior chemotherapy (prior chemotherapy: 11.0 vs 3.2 months; HR
    0.34 …) (chemonaive: …)": a bracket opened by a label, after words naming the end point, holds that
    group's numbers; the label is a subgroup (not an end point)."""
    label = _bracket_opening_label(sent, pos)
    if label is None:
        return None
    opened = max(sent.rfind("(", 0, pos), sent.rfind("[", 0, pos))
    if re.fullmatch(r"(?:medians?|means?|IQR|interquartile\s+range|range|n|total|overall|all|CI|P|HR|OR|RR|"
                    r"(?:uni|multi)variabl?e|(?:uni|multi)variate|(?:un)?adjusted|crude|ITT|per[- ]protocol)"
                    r"(?:\s+(?:analys[ie]s|models?|Cox))?", label, re.I) \
            or _MEASURE_WORD.fullmatch(label) or _ENDPOINT_MENTION.search(label) \
            or _LABEL_IS_ENDPOINT.fullmatch(label) or _OUTCOME_TIME.search(label) \
            or not _ENDPOINT_MENTION.search(sent, 0, opened) or not re.search(r"[A-Za-z]{2}", label) \
            or re.fullmatch(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+|[A-Z]{3,}\d*", label) \
            or _ANALYSIS_LABEL.search(label):
        # (a trial's name, "(PALOMA-3: 9.5 vs 4.6 months)", is no subgroup; nor the analysis's time, "(current
        # assessment after 300 events: hazard ratio, 0.76; …)")
        return None
    return label


def _bracket_label(sent: str, pos: int) -> str | None:
    """The factor named just before a ratio's bracket ("age ≥65 years (HR 1.52 …)"), when the
    sentence is about predictors or lists factors each with its ratio."""
    window = re.sub(r"(?<=[(\[])\s*(?:un)?adjusted\s*$", "", sent[max(0, pos - 80):pos])  # "female sex (adjusted HR …"
    listed = _FACTOR_LIST.search(sent) is not None
    if not window.rstrip().endswith(("(", "[")) or not (listed or _cue(_PREDICTOR_CUE, sent)) or \
            _ADJUSTED_FOR_BEFORE.search(sent, max(0, pos - 90), pos):
        return None  # (nor "…, independent of age, sex and dialysis vintage (HR …": the model's other variables)
    m = _LABEL_BEFORE.search(window)
    if not m or re.search(r"\b(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?|than)\s*$", window[:m.start("l")],
                          re.I):
        return None  # ("… reduced the risk of X compared with placebo (HR …": the reference group, not a factor)
    label = re.sub(r"^(?:the|a|an|and|or|but\s+not|but|both|either)\s+", "", m.group("l").strip(), flags=re.I)
    if listed and (_VERB_IN_LABEL.search(label) or re.search(r"\b(?:more|less)\s+(?:frequent|common|likely)",
                                                             label, re.I)):
        # "Thrombosis was more frequent after surgery (": the factor after the clause's last preposition
        tail = re.search(r"\b(?:after|with|without|during|among|in)\s+(?:(?!after|with|without|during|among|in\b)"
                         r"[^,;])+$", label, re.I)
        label = tail.group() if tail else label
    if _VERB_IN_LABEL.search(label) or len(label.split()) > 8:
        return None
    if re.match(r"\d", label) and re.search(r"\b(?:group|arm)s?\b", label, re.I):
        return None  # "6 flares in the A group and 44 in the B group (adjusted rate ratio …": a count in an arm
    return label or None


# a group of patients opening a sentence or a clause: "In patients with brain metastases, …"
# (after a section label: "RESULTS:", "RESULT(S):")
_OPENER = re.compile(r"\s*(?:(?-i:[A-Z]{4,})(?:\(S\))?(?:\s+(?-i:[A-Z]{4,})(?:\(S\))?)?\s*:?\s+)?"
                     r"(?:for\s+example,\s+|e\.g\.,?\s+)?"
                     r"(?:(?:However|In\s+addition|Moreover|Furthermore|By\s+contrast|In\s+contrast|Conversely|"
                     r"Similarly|Likewise|Also|Notably),?\s+)?"
                     # "Of the 791 patients with T1 stage, …" (not "Of the 996 patients randomised": all of them)
                     r"(?:[Oo]f\s+(?:the\s+)?(?:\d[\d,]*\s+)?(?:patients|participants|those|subjects|women|men|children)\s+"
                     r"(?P<o>(?:with|without|who|aged|whose)\b[^,;()]{2,80}?)|"
                     r"(?:[Ii]n|[Aa]mong|[Ff]or)\s+"
                     # "In a planned exploratory analysis of patients with TNBC, …"
                     r"(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?analysis\s+(?:of|in|among)\s+)?(?:the\s+)?(?:\d[\d,]*\s+)?"
                     # ("In the 20% of patients with HRRm, …")
                     r"(?:\d+(?:\.\d+)?\s?%\s+of\s+(?:the\s+)?)?"
                     # ("In high-risk patients presenting with X, …", "Among 165 patients with methylated
                     # O6-methylguanine-DNA methyltransferase (MGMT) status, …")
                     r"(?:(?:(?!the\b|all\b|these\b|both\b)[\w-]+\s+)?"
                     r"(?:patients|participants|those|subjects|women|men|children|adults|people|individuals|cohort|"
                     r"subgroup|subset)\s+"
                     r"(?P<x>(?:with|without|who|aged|whose|older|younger|receiving|treated|presenting\s+with|having|"
                     r"harbou?ring|carrying)\b(?:[^,;()]|\([^()]{1,15}\)){2,80}?)|"
                     # "Among singletons, …", "in survivors (149 vs 162), …", "In trials where concealment was adequate"
                     r"(?P<z>(?:(?:late|early|long-term|[\w]+-free)\s+)?(?:singletons|twins|triplets|survivors|non-?survivors|"
                     r"responders|non-?responders|(?:never|current|former|non)[- ]?smokers|(?:non-?)?diabetics|"
                     r"(?:trials|studies)\s+(?:where|with|in\s+which|that)\b[^,;()]{2,80}?)"
                     # "Among event-free survivors at the start of the post-trial period, …"
                     r"(?:\s+(?:at|in|during|after|from)\s+(?:the\s+)?(?:start|end|beginning)\b[^,;()]{2,60}?)?)|"
                     # "For the stage IV subgroup, …", "In the PD-L1-positive subset, …"
                     r"(?P<s>(?!the\b|all\b|these\b|both\b|each\b|this\b|that\b)[\w+/.-]+(?:\s[\w+/.-]+){0,3}?)\s+"
                     # ("In the Japanese subgroup analysis, …"; not "In the prespecified subgroup analysis, …")
                     r"(?:subgroup|subset|stratum)(?:(?<!pre-specified subgroup)(?<!prespecified subgroup)"
                     r"(?<!exploratory subgroup)(?<!post-hoc subgroup)(?<!post hoc subgroup)(?<!planned subgroup)"
                     r"\s+analys[ie]s)?|"
                     # "in node-positive patients", "in diabetic patients"
                     r"(?P<y>(?!the\b|all\b|these\b|both\b)[\w-]+(?:\s[\w-]+)?\s+(?:patients|participants|subjects))|"
                     # "In MGMT-methylated tumours, …", "In PD-L1 CPS ≥ 5 tumors, …"
                     r"(?P<t>(?!the\b|all\b|these\b|both\b|each\b)[\w-]+(?:\s(?:[\w.-]+|[<>\u2264\u2265]=?)){0,4}?\s+"
                     r"tumou?rs)))"
                     r"(?:\s*\([^()]{1,40}\))?"  # "(2261 patients)", "(149 vs 162)"
                     r"(?:,\s|\s+(?=the\s+(?:hazard|odds|relative|risk|median|HR|OR|RR)\b))")


_GROUP_BEFORE_BRACKET = re.compile(r"(?:\b(?:in|among|for)\s+"
                                   r"(?:both\s+)?(?P<x>(?:(?:pre|post|peri)-?menopausal\s+women|"
                                   r"women|men|girls|boys|children|adolescents|adults|singletons|twins|"
                                   r"(?:(?:late|early|long-term)\s+)?survivors|non-?survivors|(?:non-?)?responders|"
                                   r"(?:older|younger|elderly)\s+\w+|(?:patients|participants|those|subjects)\s+"
                                   r"(?:with|without|aged|older|younger|who)\b[^,;()\[\]]{1,60}?|"
                                   # "for never-smokers (n=375; 0.67 …)", "in BRCAm patients (HR 1.15 …)"; not "in
                                   # control patients", a compared group
                                   r"(?:never|current|former|non)[- ]?smokers|patients\s+of\s+[\w-]+\s+origin|"
                                   r"(?!(?:the|all|both|these|control|placebo|treated|untreated|study|eligible|evaluable|"
                                   r"randomi[sz]ed|enrolled|included)\b)[\w-]+(?:\s[\w-]+)?\s+"
                                   r"(?:patients|participants|subjects)))"
                                   # "… and patients of Asian origin (…)", "… than those with L858R (…)", "… or
                                   # those with wild-type EGFR (…)": after "and", "than", "or" only a group defined
                                   # by a characteristic (not "those who did not", an arm)
                                   # "for men (HR …) and women (HR …)" (not "a higher risk than men (RR …)": the
                                   # comparator)
                                   r"|\b(?:and|or)\s+(?:in\s+|for\s+)?(?P<z>(?:(?:pre|post|peri)-?menopausal\s+)?women|men|"
                                   r"girls|boys|females|males)"
                                   r"|\b(?:and|than|or|including|especially|particularly|even\s+in)\s+(?:in\s+|for\s+)?"
                                   r"(?P<y>(?:patients|those|participants|subjects)\s+(?:with|at)\b[^,;()\[\]]{1,60}?|"
                                   r"(?:never|current|former|non)[- ]?smokers|patients\s+of\s+[\w-]+\s+origin))"
                                   r"\s*[(\[]\s*(?:n\s*=\s*\d+\s*;\s*)?(?:(?:un)?adjusted\s+|crude\s+)?$", re.I)


def _group_before_bracket(sent: str, pos: int) -> M.Population | None:
    """"… we saw no benefit in women (HR 0.97 …)": after the main estimate, a bracket right after a
    group of people holds that group's estimate."""
    m = _GROUP_BEFORE_BRACKET.search(sent, max(0, pos - 80), pos)
    if not m:
        return None
    x = re.sub(r"^(?:patients|participants|those|subjects)\s+with\s+", "",
               (m.group("x") or m.group("y") or m.group("z")).strip(), flags=re.I)
    if re.search(r"\bthan\b", x):
        return None  # "longer in patients with X than patients without (13.6 vs. 5.6 months": two groups compared
    return M.Population("subgroup", x)


_MEDIAN_GROUP = re.compile(r"^\W*(?:(?:However|In\s+addition|Moreover|Furthermore|Notably|In\s+contrast|"
                           # ("In an exploratory analysis, patients with injection site reactions had longer PFS …")
                           r"In\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?analys[ie]s),?\s+)?"
                           r"(?:(?:In|Among)\s+(?:the\s+)?)?(?:patients|participants|those|subjects|women|men|"
                           r"males|females)\s+(?P<x>(?:with|without|aged|who\s+(?!(?:received|took|used|were\s+(?:given|"
                           # ("patients with the TP53 wild-type (wt) EC had a median PFS of …": an abbreviation's
                           # bracket)
                           r"assigned|randomi[sz]ed|allocated|treated))\b)\w+)\s+(?:[^,;()]|\([\w-]{1,8}\)){2,60}?)"
                           r"(?:,|\s+(?:had|displayed|"
                           r"showed|experienced|achieved|the\s+median)\b)", re.I)


def _median_group(sent: str, pos: int) -> M.Population | None:
    """"Patients with Del19 tumours displayed better OS (median …)", "In patients with X, median …": a group
    of patients opening the clause that holds a median."""
    start = _group_clause_start(sent, 0, pos)
    m = _MEDIAN_GROUP.match(sent, start)
    if not m or m.end() > pos:
        return None
    x = re.sub(r"^(?:with|who\s+(?:had|were))\s+", "", m.group("x").strip())
    sex = re.match(r"\W*(?:(?:In|Among)\s+(?:the\s+)?)?(?P<s>males|females|women|men)\b", m.group(), re.I)
    return M.Population("subgroup", f"{sex.group('s')} {x}" if sex else x)  # "males who attended meetings"


# a clause opened by a sex or age group: "For men, …", "…, while for women, …"
_SEX_OPENER = re.compile(r"(?:^\s*(?:(?-i:[A-Z]{4,}):?\s+)?|[;:]\s*|,\s*(?:while|whereas|but|and)\s+|"
                         r"\b(?:while|whereas)\s+)(?:for|in|among)\s+(?:the\s+)?"
                         r"(?P<x>men|women|males|females|boys|girls|children|adults|adolescents)\s*,", re.I)


def _group_clause_start(sent: str, lo: int, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last ";" or ". " before it that is outside the
    brackets still open at ``pos`` ("In the subset of patients with X, OS was longer (9.4 v 5.4 months; hazard
    ratio, 0.35 …": the ratio's clause opens with the subset, not after the bracket's ";")."""
    depth, cut = 0, pos
    for i in range(pos - 1, lo - 1, -1):
        if sent[i] in ")]":
            depth += 1
        elif sent[i] in "([":
            if depth:
                depth -= 1
            else:
                cut = i  # a bracket still open at pos
    stop = sent.rfind(". ", lo, cut)
    while stop > lo and re.search(r"(?:\b(?:vs|v|e\.g|i\.e|al|approx|no|ca|cf)|\d)$", sent[max(lo, stop - 6):stop],
                                  re.I):
        stop = sent.rfind(". ", lo, stop)  # ("4.0 vs. 6.5 days", "et al. reported": no end of a clause)
    return max(sent.rfind(";", lo, cut), stop) + 1


def _opener_subgroup(sent: str, pos: int) -> M.Population | None:
    """"In patients with brain metastases, HR for death was 0.67 …", "…; in patients with diabetes,
    it was 0.62 (…)": after the document's main estimates, a sentence or clause opened by a group of
    patients gives that group's estimate."""
    m = _OPENER.match(sent, _group_clause_start(sent, 0, pos))
    if not m or m.end() > pos:
        return None
    group = (m.group("x") or m.group("o") or m.group("z") or m.group("s") or m.group("y") or m.group("t")).strip()
    return M.Population("subgroup", re.sub(r"^(?:with|who\s+(?:had|were))\s+(?:an?\s+(?=\w+\s))?", "", group))


# a later clause of a sentence opened by its own group of people, right before its value: "…, and in those with TMB
# < 16 it was 0.89"
_LATER_CLAUSE_GROUP = re.compile(r"(?:,\s*|\s)(?:and|but|while|whereas)\s+(?:in|among|for)\s+(?:the\s+)?"
                                 r"(?:those|patients|participants|subjects|women|men|children)\s+"
                                 r"(?P<x>(?:with|without|aged|who)\b[^,;()\[\]]{2,60}?)\s*,?\s+"
                                 r"(?:it|this|the\s+[\w-]+(?:\s+[\w-]+){0,2})\s+(?:was|were)\s+"
                                 r"(?:(?:only|also|just)\s+)?$", re.I)


# the group of the values a sentence gives as counterparts of earlier ones: "Equivalent values in men were …"
_ANAPHORA_GROUP = re.compile(r"\b(?:values|figures|estimates?)\s+(?:in|for|among)\s+(?P<g>(?:wo)?men|(?:fe)?males|boys|"
                             r"girls|children|adults|(?:older|younger)\s+[a-z]+)\s+were\b", re.I)
# a clause opened by a counted group, the sample a text reports on: "Among 5,880 children with bronchiolitis, …"
_COUNTED_OPENER = re.compile(r"\s*(?:(?-i:[A-Z]{4,}(?:\s+[A-Z]{4,})?)\s*:?\s+)?(?:In|Among|Of)\s+(?:the\s+|all\s+)?"
                             r"\d[\d,]*\s+(?!of\b)", re.I)


# "greater among patients followed-up by telephone (59/480) compared to those followed-up by mail": the group named
# first is one of two compared groups, not a subgroup
_COMPARED_AFTER_GROUP = re.compile(r"\s*(?:[(\[][^()\[\]]{0,40}[)\]]\s*)?,?\s*(?:than|(?:as\s+)?compared\s+(?:to|with)|"
                                   r"versus|vs\.?)\s+(?:in\s+|among\s+|with\s+|by\s+|for\s+)?(?:those|patients|"
                                   r"participants|subjects|women|men|children|the\s+\w+\s+(?:group|arm))\b", re.I)


def _population(sent: str, pos: int, label: str | None, later: bool = True) -> tuple[M.Population, str | None]:
    """(a subgroup with its text, or overall; covariate) of a ratio at ``pos`` in the sentence. ``later``
    False (the text's first estimate): a stage named there ("in stage IV melanoma, …") is the trial's own
    population, not a subgroup."""
    window = max(0, pos - 300)
    clause_start = max(_group_clause_start(sent, window, pos), window)
    sub = None
    for m in _SUBGROUP.finditer(sent, clause_start, pos):
        if not re.search(r"\bthan\s+(?:in|among|with|for|those|the|patients|participants)\b|"
                         r"\b(?:versus|vs\.?|compared)\b", m.group()) and \
                (later or not (m.group("e") or m.group("h"))) and \
                not re.search(r"\b(?:than|versus|vs\.?)\s*$", sent[max(0, m.start() - 8):m.start()]) and \
                not re.match(r"\s*(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:group|arm)\b", sent[m.end():]) and \
                not _COMPARED_AFTER_GROUP.match(sent, m.end()):
            sub = m  # (not "among patients on bisoprolol than in those on placebo": the compared arms)
    covariate = None
    if label:
        covariate = _clean_endpoint(re.sub(r"^(?:with|for|in|after|among)\s+", "",
                                           re.sub(r"^.*\b(?:showed|revealed|confirmed|demonstrated|indicated)\s+that\s+"
                                                  r"|^.*\b(?:analys[ie]s|we|models?|regression)\s+(?:\w+\s+)?"
                                                  r"(?:showed|revealed|found|identified)\s+"
                                                  r"|^\s*(?-i:RESULTS?|FINDINGS|MAIN\s+RESULTS|METHODS|CONCLUSIONS?):?\s+",
                                                  "", label, flags=re.I), flags=re.I))  # (not a section label)
    if sub:
        text = (sub.group("a") or sub.group("b") or sub.group("c") or sub.group("d") or sub.group("e")
                or sub.group("f") or sub.group("h")).strip()
        text = re.sub(r"^(?:patients|participants|those|subjects)\s+(?:with|who\s+(?:had|were))\s+(?:an?\s+)?", "",
                      text, flags=re.I)
        return M.Population("subgroup", text), covariate
    return M.OVERALL, covariate


# the target of a planned comparison after an assumed median: "… to detect an improvement to 14 months"
_PLANNED_TARGET = re.compile(rf"\b(?:improvement|increase|prolongation|extension|gain)\s+(?:in\s+(?:the\s+)?"
                             rf"(?:median\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:from\s+{_NUM}\s*{_UNIT_WORDS}\s+)?to\s+"
                             rf"(?:a\s+median\s+of\s+)?(?P<v>{_NUM})\s*(?P<u>{_UNIT_WORDS})", re.I)


class _PopulationFields(TypedDict):
    population_kind: M.PopulationKind
    population_detail: str | None


# a cohort balanced by propensity-score matching or weighting
_BALANCED_SET = re.compile(r"\bpropensity|\b(?:IPTW|IPW|PSM)\b|inverse[- ]probability|"
                           r"\bmatched\s+(?:cohorts?|populations?|samples?|pairs|analys[ie]s)\b", re.I)


# "Among 521 patients who underwent randomization, …": everyone randomised, the trial's whole set, not a part of it
_EVERYONE_RANDOMISED = re.compile(r"(?:(?:all\s+)?(?:\d[\d,]*\s+)?(?:patients|participants|subjects|women|men)\s+)?"
                                  r"(?:who|that)\s+(?:underwent|were|had\s+been|have\s+been)\s+(?:randomi[sz]ation|"
                                  r"randomi[sz]ed|randomly\s+(?:assigned|allocated))", re.I)


def _population_fields(p: M.Population) -> _PopulationFields:
    """The Estimate keyword arguments of a population."""
    if p.kind == "subgroup" and p.detail and _EVERYONE_RANDOMISED.fullmatch(p.detail.strip()):
        p = M.OVERALL
    elif p.kind == "subgroup" and p.detail and _BALANCED_SET.search(p.detail):
        # "In the propensity score-matched cohort, …": the whole comparison adjusted by matching or weighting, not a
        # part of the patients (the words kept in the detail)
        p = M.Population("overall", p.detail)
    return {"population_kind": p.kind, "population_detail": p.detail}
