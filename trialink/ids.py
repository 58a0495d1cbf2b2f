"""Registry and publication identifiers: grammar, canonical forms, search in free text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import unquote

from trialink.errors import InvalidIdError, PlaceholderIdError

__all__ = [
    "REGISTRIES",
    "RegistryId",
    "IdMatch",
    "find_ids",
    "is_placeholder",
    "parse_id",
    "parse_ids",
    "registry_of",
]

# Every Unicode dash a PDF, a word processor or a web page puts between the groups of an ID.
_DASH = "[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]"
_SEP = rf"[ \u00a0\u2009\u202f]?{_DASH}[ \u00a0\u2009\u202f]?"
_SP = r"[ \u00a0\u2009\u202f]?"  # one optional stray space (plain, no-break, thin)


@dataclass(frozen=True)
class RegistryId:
    """One identifier in canonical form.

    Attributes
    ----------
    registry : str
        Registry or publication database, e.g. ``"ClinicalTrials.gov"``, ``"CTIS"``,
        ``"EudraCT"``, ``"ISRCTN"``, ``"PMID"``, ``"DOI"`` (see :data:`REGISTRIES`).
    id : str
        Canonical form, e.g. ``"NCT04964934"``, ``"2024-519655-28-00"``.
    flags : tuple of str
        Remarks on the form as written, e.g. ``"no_resubmission_suffix"`` for an EU CT
        number cited without its ``-NN`` suffix.
    country : str or None
        EudraCT country suffix as written (``"DE"``, ``"3RD"``), stripped from ``id``.
    """

    registry: str
    id: str
    flags: tuple[str, ...] = ()
    country: str | None = None

    def __str__(self) -> str:
        return self.id


@dataclass(frozen=True)
class IdMatch:
    """An identifier found in text: its canonical form and where it was written.

    ``start``/``end`` are character offsets into the searched text and ``text`` is
    ``text[start:end]``, the identifier exactly as written.
    """

    registry: str
    id: str
    start: int
    end: int
    text: str
    flags: tuple[str, ...] = ()
    country: str | None = None

    def as_id(self) -> RegistryId:
        """The canonical identifier without its position."""
        return RegistryId(self.registry, self.id, self.flags, self.country)


@dataclass(frozen=True)
class _Grammar:
    registry: str
    kind: str  # "trial" or "publication"
    pattern: re.Pattern[str]
    canon: Callable[[re.Match[str]], tuple[str, tuple[str, ...], str | None]]
    example: str
    description: str
    flags: tuple[str, ...] = field(default=())


def _digits(prefix: str, group: str = "d") -> Callable[[re.Match[str]], tuple[str, tuple[str, ...], None]]:
    return lambda m: (prefix + m.group(group), (), None)


def _canon_ctis(m: re.Match[str]) -> tuple[str, tuple[str, ...], None]:
    base = f"{m.group('y')}-{m.group('s')}-{m.group('c')}"
    if m.group("r") is None:
        return base, ("no_resubmission_suffix",), None
    return f"{base}-{m.group('r')}", (), None


def _canon_eudract(m: re.Match[str]) -> tuple[str, tuple[str, ...], str | None]:
    return f"{m.group('y')}-{m.group('s')}-{m.group('c')}", (), m.group("cc")


def _canon_chictr(m: re.Match[str]) -> tuple[str, tuple[str, ...], None]:
    kind = m.group("t")
    return ("ChiCTR-" + kind.upper() + "-" if kind else "ChiCTR") + m.group("d"), (), None


def _canon_jprn(m: re.Match[str]) -> tuple[str, tuple[str, ...], None]:
    if m.group("jrct"):
        return "jRCT" + m.group("jrct").lower(), (), None
    if m.group("japic"):
        return "JapicCTI-" + m.group("japic"), (), None
    if m.group("jma"):
        return "JMA-IIA" + m.group("jma"), (), None
    return "UMIN" + m.group("umin"), (), None


def _canon_ntr(m: re.Match[str]) -> tuple[str, tuple[str, ...], None]:
    if m.group("ntr"):
        return "NTR" + m.group("ntr"), (), None
    if m.group("omon"):
        return "NL-OMON" + m.group("omon"), (), None
    return "NL" + m.group("nl"), (), None


def _canon_ccmo(m: re.Match[str]) -> tuple[str, tuple[str, ...], None]:
    return f"NL{m.group('a')}.{m.group('m') or m.group('m2')}.{m.group('y') or m.group('y2')}", (), None


def _canon_doi(m: re.Match[str]) -> tuple[str, tuple[str, ...], None]:
    return unquote(m.group("doi")), (), None


def _canon_pmid(m: re.Match[str]) -> tuple[str, tuple[str, ...], None]:
    return str(int(m.group("d"))), (), None


def _g(registry: str, kind: str, pattern: str, canon: Callable[..., tuple[str, tuple[str, ...], str | None]],
       example: str, description: str, *, ignore_case: bool = True) -> _Grammar:
    return _Grammar(registry, kind, re.compile(pattern, re.IGNORECASE if ignore_case else 0),
                    canon, example, description)


# No letter may stand right before a short letter prefix ("NTR", "NL", "KCT"...), so
# that words like "CONTR123" or "DKCT..." are not read as IDs.  NCT, EudraCT and EU CT
# numbers may be glued to the preceding text ("Authorised1014NCT...", "euctr2020-...").
_NOLETTER = r"(?<![A-Za-z])"

_GRAMMARS: tuple[_Grammar, ...] = (
    _g("ClinicalTrials.gov", "trial", rf"NCT(?:{_SP}|[_:#-])?(?P<d>\d{{8}})(?!\d)", _digits("NCT"),
       "NCT04964934", "ClinicalTrials.gov: NCT + 8 digits"),
    _g("CTIS", "trial",
       rf"(?<!\d)(?<!\d{_DASH})(?P<y>(?:19|20)\d\d){_SEP}(?P<s>5\d{{5}}){_SEP}(?P<c>\d\d)"
       rf"(?:{_SEP}(?P<r>\d\d))?(?![\d])",
       _canon_ctis, "2024-519655-28-00",
       "EU CT number (CTIS): YYYY-5NNNNN-NN-NN (the -NN resubmission suffix may be missing)"),
    _g("EudraCT", "trial",
       rf"(?<!\d)(?<!\d{_DASH})(?P<y>(?:19|20)\d\d){_SEP}(?P<s>0\d{{5}}){_SEP}(?P<c>\d\d)"
       rf"(?!\d)(?:-(?P<cc>(?-i:[A-Z]{{2}}|3RD))(?![A-Za-z0-9]))?",
       _canon_eudract, "2004-002714-11",
       "EudraCT number (EU Clinical Trials Register): YYYY-0NNNNN-NN, optional country suffix -DE, -3RD"),
    _g("ISRCTN", "trial", rf"{_NOLETTER}ISRCTN{_SP}(?P<d>\d{{8}})(?!\d)", _digits("ISRCTN"),
       "ISRCTN24791884", "ISRCTN + 8 digits"),
    _g("ANZCTR", "trial", rf"{_NOLETTER}ACTRN{_SP}(?P<d>\d{{14}})(?!\d)", _digits("ACTRN"),
       "ACTRN12620000001234", "Australian New Zealand CTR: ACTRN + 14 digits"),
    _g("ChiCTR", "trial", rf"{_NOLETTER}ChiCTR(?:-?(?P<t>[A-Z]{{2,4}})-)?(?P<d>\d{{8,10}})(?!\d)",
       _canon_chictr, "ChiCTR2000029308", "Chinese CTR: ChiCTR + 10 digits, or ChiCTR-XXX-8 digits"),
    _g("CTRI", "trial",
       rf"{_NOLETTER}CTRI{_SP}/{_SP}(?P<y>\d{{4}}){_SP}/{_SP}(?P<m>\d{{2,3}}){_SP}/{_SP}(?P<n>\d{{6}})(?!\d)",
       lambda m: (f"CTRI/{m.group('y')}/{m.group('m')}/{m.group('n')}", (), None),
       "CTRI/2020/05/025114", "Clinical Trials Registry - India: CTRI/YYYY/MM/NNNNNN"),
    _g("DRKS", "trial", rf"{_NOLETTER}DRKS{_SP}(?P<d>\d{{8}})(?!\d)", _digits("DRKS"),
       "DRKS00012345", "German CTR: DRKS + 8 digits"),
    _g("IRCT", "trial", rf"{_NOLETTER}IRCT{_SP}(?P<d>\d{{6,14}}N\d{{1,3}})(?![A-Za-z0-9])",
       lambda m: ("IRCT" + m.group("d").upper(), (), None),
       "IRCT20200404046934N1", "Iranian CTR: IRCT + digits + N + digits"),
    _g("JPRN", "trial",
       rf"{_NOLETTER}(?:JPRN-)?(?:jRCT(?P<jrct>[0-9s]\d{{9}})|JapicCTI-?(?P<japic>\d{{6}})"
       rf"|JMA-IIA(?P<jma>\d{{5}})|UMIN{_SP}(?P<umin>\d{{9}}))(?!\d)",
       _canon_jprn, "jRCT2031200001", "Japan (JPRN): jRCT…, JapicCTI-NNNNNN, JMA-IIANNNNN, UMIN + 9 digits"),
    _g("CRiS", "trial", rf"{_NOLETTER}KCT{_SP}(?P<d>\d{{7}})(?!\d)", _digits("KCT"),
       "KCT0001234", "Korean CRiS: KCT + 7 digits"),
    _g("NTR", "trial",
       rf"{_NOLETTER}(?:NTR{_SP}(?P<ntr>\d{{1,5}})|NL-OMON(?P<omon>\d{{1,6}})|NL(?P<nl>\d{{4,5}}))(?!\d)",
       _canon_ntr, "NL7034", "Netherlands Trial Register / OMON: NTR + digits, NL + 4-5 digits, NL-OMON + digits"),
    _g("CCMO", "trial",
       rf"{_NOLETTER}NL{_SP}(?P<a>\d{{4,5}})(?:\.(?P<m>\d{{3}})\.(?P<y>\d{{2}})|(?P<m2>\d{{3}})(?P<y2>\d{{2}}))(?!\d)",
       _canon_ccmo, "NL12345.678.09",
       "Dutch CCMO / ABR dossier number: NL + 4-5 digits . 3 digits (review committee) . 2 digits (year)"),
    _g("REPEC", "trial", rf"(?<![A-Za-z0-9])PER{_SEP}(?P<n>\d{{3}}){_SEP}(?P<y>\d{{2}})(?!\d)",
       lambda m: (f"PER-{m.group('n')}-{m.group('y')}", (), None),
       "PER-012-21", "Peruvian REPEC: PER-NNN-YY (serial, then year)", ignore_case=False),
    _g("PACTR", "trial", rf"{_NOLETTER}PACTR{_SP}(?P<d>\d{{15,16}})(?!\d)", _digits("PACTR"),
       "PACTR202001123456789", "Pan African CTR: PACTR + 15 digits"),
    _g("ReBEC", "trial", rf"{_NOLETTER}RBR{_SP}{_DASH}{_SP}(?P<d>[0-9a-z]{{6,8}})(?![0-9a-z])",
       lambda m: ("RBR-" + m.group("d").lower(), (), None),
       "RBR-4hc6jm", "Brazilian ReBEC: RBR- + 6-8 letters and digits"),
    _g("RPCEC", "trial", rf"{_NOLETTER}RPCEC{_SP}(?P<d>\d{{8}})(?!\d)", _digits("RPCEC"),
       "RPCEC00000123", "Cuban RPCEC: RPCEC + 8 digits"),
    _g("SLCTR", "trial", rf"{_NOLETTER}SLCTR{_SP}/{_SP}(?P<y>\d{{4}}){_SP}/{_SP}(?P<n>\d{{3}})(?!\d)",
       lambda m: (f"SLCTR/{m.group('y')}/{m.group('n')}", (), None),
       "SLCTR/2020/012", "Sri Lanka CTR: SLCTR/YYYY/NNN"),
    _g("TCTR", "trial", rf"{_NOLETTER}TCTR{_SP}(?P<d>\d{{11}})(?!\d)", _digits("TCTR"),
       "TCTR20200402003", "Thai CTR: TCTR + 11 digits"),
    _g("LBCTR", "trial", rf"{_NOLETTER}LBCTR{_SP}(?P<d>\d{{10}})(?!\d)", _digits("LBCTR"),
       "LBCTR2020043495", "Lebanese CTR: LBCTR + 10 digits"),
    _g("ITMCTR", "trial", rf"{_NOLETTER}ITMCTR{_SP}(?P<d>\d{{10,12}})(?!\d)", _digits("ITMCTR"),
       "ITMCTR2024000001", "International Traditional Medicine CTR: ITMCTR + 10-12 digits"),
    _g("PMCID", "publication", rf"{_NOLETTER}PMC{_SP}(?P<d>\d{{4,9}})(?!\d)", _digits("PMC"),
       "PMC1234567", "PubMed Central: PMC + digits"),
    _g("PMID", "publication",
       rf"(?:{_NOLETTER}(?:PMID|PubMed{_SP}ID){_SP}[:#=]?{_SP}|pubmed\.ncbi\.nlm\.nih\.gov/"
       rf"|ncbi\.nlm\.nih\.gov/pubmed/)(?P<d>\d{{1,8}})(?!\d)",
       _canon_pmid, "PMID: 40454637", "PubMed ID (labelled \"PMID\" in text; bare digits in parse_id)"),
    _g("DOI", "publication", r"(?<![\w.])(?P<doi>10\.\d{4,9}(?:/|%2[Ff])[^\s\"'<>]+)", _canon_doi,
       "10.1056/NEJMoa2502929", "DOI: 10.NNNN/suffix"),
)

REGISTRIES: dict[str, str] = {g.registry: g.description for g in _GRAMMARS}
"""Registry name → description of the accepted format."""

_BY_REGISTRY = {g.registry: g for g in _GRAMMARS}

TRIAL_REGISTRIES: frozenset[str] = frozenset(g.registry for g in _GRAMMARS if g.kind == "trial")
"""Registries of trials (all of :data:`REGISTRIES` but PMID, PMCID and DOI)."""

# Trailing characters a sentence or a table adds after a DOI.
_DOI_TRAIL = ".,;:!?"


def _trim_doi(text: str) -> str:
    while text and text[-1] in _DOI_TRAIL:
        text = text[:-1]
    # Closing brackets belong to the DOI only when it opened them (counted once: linear).
    for open_, close in ("()", "[]", "{}"):
        surplus = text.count(close) - text.count(open_)
        while surplus > 0 and text.endswith(close):
            text = text[:-1]
            surplus -= 1
            while text and text[-1] in _DOI_TRAIL:
                text = text[:-1]
    return text


# Necessary conditions, one per grammar, tested on the lower-cased text before the grammar
# itself runs: a shared substring ("ctr" for eight registries), a substring of the
# registry's own (any of a few), then for the common ones a short pattern that every match
# of the grammar implies. They spare running 22 full patterns on every abstract; substring
# tests are the quickest test there is, so they go first.
_EU_TRIGGER = re.compile(rf"{_DASH}{_SP}[05]\d{{5}}")  # EudraCT and EU CT: a dash, then the serial
_EU_ASCII = ("-0", "-5", "- 0", "- 5")  # the same, in ASCII text (the only ASCII dash and space)
_TRIGGERS: dict[str, tuple[str | None, tuple[str, ...], re.Pattern[str] | None]] = {
    "ClinicalTrials.gov": (None, ("nct",), re.compile(rf"nct(?:{_SP}|[_:#-])?\d")),
    "ISRCTN": (None, ("isrctn",), None), "ANZCTR": ("ctr", ("actrn",), None), "ChiCTR": ("ctr", ("chictr",), None),
    "CTRI": ("ctr", ("ctri",), re.compile(rf"ctri{_SP}/")), "DRKS": (None, ("drks",), None),
    "IRCT": (None, ("irct",), re.compile(rf"irct{_SP}\d")),
    "JPRN": (None, ("jrct", "japiccti", "jma-iia", "umin"), re.compile(rf"jrct|japiccti|jma-iia|umin{_SP}\d")),
    "CRiS": (None, ("kct",), re.compile(rf"kct{_SP}\d")),
    "NTR": (None, ("ntr", "nl"), re.compile(rf"n(?:tr{_SP}\d|l-omon|l\d)")), "PACTR": ("ctr", ("pactr",), None),
    "CCMO": (None, ("nl",), re.compile(rf"nl{_SP}\d{{4}}")),
    "REPEC": (None, ("per",), re.compile(rf"per{_SEP}\d")),
    "ReBEC": (None, ("rbr",), re.compile(rf"rbr{_SP}{_DASH}")), "RPCEC": (None, ("rpcec",), None),
    "SLCTR": ("ctr", ("slctr",), None), "TCTR": ("ctr", ("tctr",), re.compile(rf"tctr{_SP}\d")),
    "LBCTR": ("ctr", ("lbctr",), None), "ITMCTR": ("ctr", ("itmctr",), None),
    "PMCID": (None, ("pmc",), re.compile(rf"pmc{_SP}\d")), "PMID": (None, ("pmid", "pubmed"), None),
    "DOI": (None, ("10.",), re.compile(r"10\.\d{4}")),
}


def _possible(lower: str) -> set[str]:
    """Registries whose grammar may match the lower-cased text (see _TRIGGERS)."""
    out: set[str] = set()
    if ((not lower.isascii() or any(s in lower for s in _EU_ASCII))
            and _EU_TRIGGER.search(lower) is not None):
        out.update(("CTIS", "EudraCT"))
    seen: dict[str, bool] = {}  # substring tests made, kept for the label triggers below
    for registry, (prerequisite, literals, pattern) in _TRIGGERS.items():
        if prerequisite is not None:
            ok = seen.get(prerequisite)
            if ok is None:
                ok = seen[prerequisite] = prerequisite in lower
            if not ok:
                continue
        for lit in literals:
            ok = seen.get(lit)
            if ok is None:
                ok = seen[lit] = lit in lower
            if ok:
                break
        else:
            continue
        if pattern is None or pattern.search(lower) is not None:
            out.add(registry)
    ctr = seen.get("ctr")
    if ctr is None:
        ctr = "ctr" in lower
    for lit, continues, needs_ctr, key in _LABEL_TRIGGERS:
        if (needs_ctr and not ctr) or key in out:
            continue
        ok = seen.get(lit)
        if ok is None:
            ok = lit in lower
        if ok and _at_word_start(lower, lit, continues):
            out.add(key)
    return out


def _candidates(text: str, grammars: Iterable[_Grammar], possible: set[str]) -> list[IdMatch]:
    found: list[IdMatch] = []
    for g in grammars:
        if g.registry not in possible:
            continue
        for m in g.pattern.finditer(text):
            canon, flags, country = g.canon(m)
            start, end = m.start(), m.end()
            if g.registry == "DOI":
                trimmed = _trim_doi(m.group("doi"))
                canon = unquote(trimmed)
                if "/" not in canon or canon.endswith("/"):
                    continue
                end = m.start("doi") + len(trimmed)
            found.append(IdMatch(g.registry, canon, start, end, text[start:end], flags, country))
    return found


# ---------------------------------------------------------------------------
# Labelled forms: a registry's name, a label, then the number with its prefix cut
# ("NCT Number: 04112233", "DRKS ID 00027491", "UMIN: 000031874"), mangled
# ("NCT Number: NT 04112233") or repeated after the label ("DRKS-IDDRKS00027491").
# ---------------------------------------------------------------------------

# Registry name as written (regex) → (registry, the prefix its canonical ID starts with).
# Every quantifier is bounded, so each attempt costs a constant: the scan is linear.
_LABEL_NAMES: tuple[tuple[str, str, str], ...] = (
    (r"ClinicalTrials\.gov|NCT", "ClinicalTrials.gov", "NCT"),
    (r"ISRCTN|International Standard Randomi[sz]ed Controlled Trials?(?: Number)?", "ISRCTN", "ISRCTN"),
    (r"ANZCTR|ACTRN", "ANZCTR", "ACTRN"),
    (r"ChiCTR", "ChiCTR", "ChiCTR"),
    (r"CTRI", "CTRI", "CTRI/"),
    (r"DRKS", "DRKS", "DRKS"),
    (r"IRCT", "IRCT", "IRCT"),
    (r"UMIN(?:[ -]?CTR)?", "JPRN", "UMIN"),
    (r"jRCT", "JPRN", "jRCT"),
    (r"KCT", "CRiS", "KCT"),
    (r"NTR|Netherlands Trial Regist(?:er|ry)", "NTR", "NTR"),
    (r"PACTR", "PACTR", "PACTR"),
    (r"RPCEC", "RPCEC", "RPCEC"),
    (r"SLCTR", "SLCTR", "SLCTR/"),
    (r"TCTR", "TCTR", "TCTR"),
    (r"LBCTR", "LBCTR", "LBCTR"),
    (r"ITMCTR", "ITMCTR", "ITMCTR"),
    (r"REPEC", "REPEC", "PER-"),
)
# (CCMO numbers carry their own "NL" prefix and are read by their grammar whatever the label.)
# Lower-case substrings one of which every name above contains, at a word start (the
# pre-test): "function" holds "nct" and "control" holds "ntr", neither at a word start; a
# name that is the whole literal is not followed by a letter either ("ntrk", the gene).
_LABEL_LITERALS = {"nct": "ClinicalTrials.gov", "clinicaltrials.gov": "ClinicalTrials.gov", "isrctn": "ISRCTN",
                   "international standard": "ISRCTN", "anzctr": "ANZCTR", "actrn": "ANZCTR", "chictr": "ChiCTR",
                   "ctri": "CTRI", "drks": "DRKS", "irct": "IRCT", "umin": "JPRN", "jrct": "JPRN", "kct": "CRiS",
                   "ntr": "NTR", "netherlands trial": "NTR", "pactr": "PACTR", "rpcec": "RPCEC",
                   "slctr": "SLCTR", "tctr": "TCTR", "lbctr": "LBCTR", "itmctr": "ITMCTR", "repec": "REPEC"}
_NAME_CONTINUES = {"umin", "international standard", "netherlands trial"}  # names that go on past the literal
_LABELLED_KEY = "labelled"  # _possible's entries "labelled:<registry>" allow the labelled pass for a registry
_LABEL_TRIGGERS = tuple((lit, lit in _NAME_CONTINUES, "ctr" in lit, f"{_LABELLED_KEY}:{registry}")
                        for lit, registry in _LABEL_LITERALS.items())
_WORDCHAR = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _at_word_start(lower: str, lit: str, continues: bool) -> bool:
    """Whether ``lit`` occurs in ``lower`` with no letter or digit before it (and, unless the
    name continues past it, no letter after it). str.find, not a regex: a pattern opening
    with a look-behind is tried at every position of the text."""
    at = lower.find(lit)
    while at >= 0:
        end = at + len(lit)
        if (at == 0 or lower[at - 1] not in _WORDCHAR) and (
                continues or end == len(lower) or not lower[end].isalpha() or not lower[end].isascii()):
            return True
        at = lower.find(lit, at + 1)
    return False
_LSP = r"[ \t\u00a0]"
_LABELLED = re.compile(
    r"(?<![A-Za-z0-9])(?:" + "|".join(f"(?P<n{i}>{n})" for i, (n, _, _) in enumerate(_LABEL_NAMES)) + ")(?![A-Za-z])"
    rf"(?:{_LSP}{{0,2}}[-_,]?{_LSP}{{0,2}}(?:registration{_LSP}{{1,2}})?"
    r"(?:number|identifier|id|no\.?|nr\.?|n\u00b0|#))?"
    rf"{_LSP}{{0,3}}(?:[:#=]|{_DASH})?{_LSP}{{0,3}}"
    rf"(?P<rep>[A-Za-z]{{1,6}}(?:{_LSP}|{_DASH})?)?"
    r"(?P<body>\d[0-9A-Za-z]{0,19}(?:[/.\-][0-9A-Za-z]{1,10}){0,3})",
    re.IGNORECASE,
)


def _all_keys() -> frozenset[str]:
    """Everything _possible can return: every grammar, and the labelled pass for every registry."""
    return frozenset(REGISTRIES) | {f"{_LABELLED_KEY}:{r}" for _, r in _LABEL_LITERALS.items()}


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def _labelled(text: str, possible: set[str]) -> list[IdMatch]:
    """IDs written as registry name + label + number (prefix cut, mangled or repeated)."""
    out: list[IdMatch] = []
    for m in _LABELLED.finditer(text):
        i = next(k for k in range(len(_LABEL_NAMES)) if m.group(f"n{k}") is not None)
        _, registry, prefix = _LABEL_NAMES[i]
        if registry not in possible:
            continue
        rep = m.group("rep")
        letters = re.sub(r"[^A-Za-z]", "", prefix).upper()
        start = m.start()
        if rep is not None:
            r = re.sub(r"[^A-Za-z]", "", rep).upper()
            if r == letters:
                # The prefix repeated in full ("DRKS-IDDRKS00027491", glued to the label
                # where the plain grammar cannot see it): the ID as written starts there.
                start = m.start("rep")
            elif len(r) < 2 or not _subsequence(r, letters):
                # Cut or mangled ("NT" for "NCT"): at least two of its letters, in order.
                continue
        g = _BY_REGISTRY[registry]
        candidate = prefix + m.group("body")
        gm = g.pattern.match(candidate)
        if gm is None or gm.end() <= len(prefix):
            continue
        canon, flags, country = g.canon(gm)
        end = m.start("body") + gm.end() - len(prefix)
        if text[end:end + 1] in (":", "=") and text[end + 1:end + 2].isalnum():
            continue  # a key, not a value: "NCT: 21933749:NCT00585195" lists PMID:NCT pairs
        if registry == "ClinicalTrials.gov" and start < m.start("body") and not canon.startswith("NCT0"):
            continue  # every NCT number issued so far is NCT0…; cut from its prefix, 8 other digits are not one
        out.append(IdMatch(registry, canon, start, end, text[start:end], flags, country))
    return out


# ---------------------------------------------------------------------------
# Placeholders
# ---------------------------------------------------------------------------

_ASCENDING = "1234567890" * 2
_DESCENDING = "9876543210" * 2


def is_placeholder(registry: str, trial_id: str) -> bool:
    """Whether a well-formed trial number is a documentation placeholder, not a trial.

    Rule: the number's serial (the digits after the letter prefix, for registries
    whose numbers are one run of digits) has at least 6 digits and is one digit
    repeated (``00000000``, ``99999999``), or counts up from 1 (``12345678``,
    ``1234567890…``) or down from 9 (``98765432``). ``NCT01234567`` is not one:
    NCT numbers are issued in sequence and that one was issued. EU numbers
    (EudraCT, CTIS), CTRI, SLCTR, IRCT, REPEC and CCMO numbers, which hold a year
    or a committee code, are never placeholders by this rule.
    """
    m = re.fullmatch(r"(?:NCT|ISRCTN|DRKS|ACTRN|ChiCTR|UMIN|jRCT|KCT|NTR|PACTR|RPCEC|TCTR|LBCTR|ITMCTR)(\d{6,})",
                     trial_id)
    if registry not in TRIAL_REGISTRIES or m is None:
        return False
    d = m.group(1)
    return len(set(d)) == 1 or _ASCENDING.startswith(d) or _DESCENDING.startswith(d)


def _resolve(candidates: list[IdMatch]) -> list[IdMatch]:
    candidates.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[IdMatch] = []
    last_end = -1
    for c in candidates:
        if c.start >= last_end:
            kept.append(c)
            last_end = c.end
    return kept


def _find_all(text: str, registries: Iterable[str] | None) -> list[IdMatch]:
    """find_ids with placeholders kept (overlaps already resolved)."""
    grammars = _GRAMMARS
    if registries is not None:
        wanted = list(registries)
        unknown = [r for r in wanted if r not in _BY_REGISTRY]
        if unknown:
            raise ValueError(f"unknown registries {unknown}; known: {sorted(_BY_REGISTRY)}")
        grammars = tuple(_BY_REGISTRY[r] for r in wanted)
    possible = _possible(text.lower())
    candidates = _candidates(text, grammars, possible)
    allowed = {k.split(":", 1)[1] for k in possible if k.startswith(_LABELLED_KEY + ":")}
    allowed &= {g.registry for g in grammars}
    if allowed:
        candidates += _labelled(text, allowed)
    return _resolve(candidates)


def find_ids(text: str, *, registries: Iterable[str] | None = None) -> list[IdMatch]:
    """Find every registry and publication identifier in free text.

    Works on text as people paste it: table cells glued together
    (``"NCT02918084Phase 3"``), Unicode dashes and stray spaces inside numbers,
    lower case, IDs inside URLs, labels glued on (``"euctr2020-001808-42"``).
    Where two readings overlap (a DOI containing an EudraCT-shaped run of digits,
    a PACTR number holding a date, a CCMO dossier number ``NL12345.678.09`` holding
    an NTR-shaped ``NL12345``) the longer, earlier one wins, so digits inside
    another identifier are never reported twice.

    Labelled forms are read for every registry: its name, an optional label
    (number, ID, No., identifier), ``:``/``-``/spaces, then the number with the
    prefix cut (``"NCT Number: 04112233"``, ``"UMIN: 000031874"``), mangled
    (``"NCT Number: NT 04112233"``) or repeated (``"DRKS-IDDRKS00027491"``); the
    match's ``text`` then starts at the name. Documentation placeholders
    (:func:`is_placeholder`: ``NCT12345678``, ``ISRCTN00000000``) are not reported.

    Parameters
    ----------
    text : str
        Any text.
    registries : iterable of str, optional
        Only look for these registries (names as in :data:`REGISTRIES`).

    Returns
    -------
    list of IdMatch
        In order of appearance; each has ``registry``, canonical ``id``, ``start``,
        ``end``, the matched ``text``, ``flags`` and the EudraCT ``country`` suffix.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_ids expects str, got {type(text).__name__}")
    return [m for m in _find_all(text, registries) if not is_placeholder(m.registry, m.id)]


_LABEL = re.compile(
    r"^(?:eudract|eu[\s-]?ct|euctr|ctis|clinicaltrials\.gov|pmid|pubmed|doi|ccmo|abr|repec|"
    r"https?://(?:dx\.)?doi\.org/|doi\.org/)\s*(?:number|no\.?|id|identifier)?\s*[:#=]?\s*",
    re.IGNORECASE,
)


def parse_id(value: str, *, expect: str | None = None, bare_digits_as_pmid: bool = True) -> RegistryId:
    """Parse one identifier into its canonical form.

    Formats are validated, never "corrected": EudraCT and EU CT numbers have no
    public check digit, so a well-formed number is accepted as it is.

    Parameters
    ----------
    value : str
        The identifier, optionally with a label (``"EudraCT 2004-002714-11"``,
        ``"PMID: 123"``, ``"doi:10.1/x"``).
    expect : str, optional
        Registry the caller needs (e.g. ``"CTIS"``); a well-formed ID of another
        registry raises an error that says which registry it belongs to.
    bare_digits_as_pmid : bool, default True
        Read a bare run of 1-8 digits as a PMID.

    Returns
    -------
    RegistryId

    Raises
    ------
    InvalidIdError
        The value is not exactly one identifier of an accepted format, or not of
        the ``expect`` registry. The message names the value and the accepted formats.
    """
    if not isinstance(value, str):
        raise InvalidIdError(repr(value), f"identifier must be a string, got {type(value).__name__}: {value!r}",
                             problem="not_a_string")
    s = unicodedata.normalize("NFC", value).strip()
    if expect is not None and expect not in _BY_REGISTRY:
        raise ValueError(f"expect={expect!r} is not a registry; known: {sorted(_BY_REGISTRY)}")
    result: RegistryId | None = None
    if bare_digits_as_pmid and re.fullmatch(r"\d{1,8}", s):
        result = RegistryId("PMID", str(int(s)))
    else:
        for candidate in (s, _LABEL.sub("", s, count=1)):
            matches = _find_all(candidate, None)
            label = _LABELLED.match(candidate)
            if len(matches) == 1 and matches[0].end == len(candidate) and (
                    matches[0].start == 0 or (label is not None and label.start("rep") == matches[0].start)):
                result = matches[0].as_id()
                break
    if result is not None and is_placeholder(result.registry, result.id):
        raise PlaceholderIdError(value, f"{value!r} is a placeholder, not a registered trial: its serial is a run of "
                             "one repeated digit or counts up from 1 or down from 9 (see is_placeholder)")
    if result is None:
        raise InvalidIdError(value, f"{value!r} is not a recognised identifier. Accepted formats:\n"
                             + "\n".join(f"  {g.registry}: {g.description} (e.g. {g.example})"
                                         for g in _GRAMMARS))
    if expect is not None and result.registry != expect:
        want = _BY_REGISTRY[expect]
        raise InvalidIdError(value, f"{value!r} is a {result.registry} identifier ({REGISTRIES[result.registry]}),"
                             f" not a {expect} one; a {expect} identifier looks like {want.example}"
                             f" ({want.description})", registry=result.registry, expected=expect,
                             problem="wrong_registry")
    return result


def parse_ids(values: Iterable[str], *, expect: str | None = None) -> list[RegistryId]:
    """Parse many identifiers; report every bad one at once.

    Raises
    ------
    InvalidIdError
        Listing each value that failed (``.values``) with the reason for each.
    """
    good: list[RegistryId] = []
    bad: list[tuple[str, str]] = []
    for v in values:
        try:
            good.append(parse_id(v, expect=expect))
        except InvalidIdError as exc:
            bad.append((v if isinstance(v, str) else repr(v), _short_reason(v, exc)))
    if bad:
        raise InvalidIdError.listing(bad, where="parse_ids")
    return good


def _short_reason(value: object, exc: InvalidIdError) -> str:
    """One line on why ``value`` was refused, rendered from the error's fields (never its message),
    without repeating the value or the format list."""
    if exc.problem == "not_a_string":
        return f"not a string ({type(value).__name__})"
    if exc.problem == "placeholder":
        return "a documentation placeholder, not a registered trial (see trialink.is_placeholder)"
    if exc.problem == "wrong_registry" and exc.expected in _BY_REGISTRY:
        want = _BY_REGISTRY[exc.expected]
        return f"a {exc.registry} identifier, not a {exc.expected} one (e.g. {want.example})"
    head = re.match(r"[A-Za-z]{2,}", value.strip()) if isinstance(value, str) else None
    near = [g for g in _GRAMMARS if head and g.example.upper().startswith(head.group().upper())]
    return "not a recognised identifier" + (f"; accepted: {near[0].description} (e.g. {near[0].example})" if near
                                            else " (accepted formats: trialink.ids.REGISTRIES)")


def registry_of(value: str) -> str:
    """Name of the registry ``value`` belongs to (raises InvalidIdError if none)."""
    return parse_id(value).registry
