"""One vocabulary for categorical fields and dates, whatever the source format."""

from __future__ import annotations

import re

from trialink import _dates, ids
from trialink.model import SecondaryId

_NON_ALNUM = re.compile(r"[^A-Za-z0-9]+")

# Words a source uses where CT.gov v2 uses another enumeration value.
_ALIASES = {
    "N_A": "NA",
    "NOT_APPLICABLE": "NA",
    "ANTICIPATED": "ESTIMATED",
    "ESTIMATE": "ESTIMATED",
    "NONE_OPEN_LABEL": "NONE",
    "U_S_FED": "FED",
    "UNKNOWN_STATUS": "UNKNOWN",
}

_PHASES = {
    "EARLY_PHASE_1": "EARLY_PHASE1", "EARLY_PHASE1": "EARLY_PHASE1", "PHASE_0": "EARLY_PHASE1",
    "PHASE_1": "PHASE1", "PHASE1": "PHASE1", "PHASE_2": "PHASE2", "PHASE2": "PHASE2",
    "PHASE_3": "PHASE3", "PHASE3": "PHASE3", "PHASE_4": "PHASE4", "PHASE4": "PHASE4",
    "NA": "NA", "N_A": "NA", "NOT_APPLICABLE": "NA",
}


def enum(value: str | None) -> str | None:
    """Map a display label ("Active, not recruiting", "Parallel Assignment") to the
    CT.gov v2 enumeration (``ACTIVE_NOT_RECRUITING``, ``PARALLEL``); v2 values pass through."""
    if value is None:
        return None
    s = _NON_ALNUM.sub("_", value.strip()).strip("_").upper()
    if not s:
        return None
    s = _ALIASES.get(s, s)
    if s.endswith("_ASSIGNMENT"):
        s = s[: -len("_ASSIGNMENT")]
    return s


def masking(value: str | None) -> tuple[str | None, tuple[str, ...]]:
    """Split "Quadruple (Participant, Care Provider, ...)" into (``QUADRUPLE``, who masked)."""
    if not value:
        return None, ()
    head, _, rest = value.partition("(")
    level = enum(head)
    if level == "NONE" or "open label" in value.lower():
        return "NONE", ()
    who = tuple(e for e in (enum(w) for w in rest.rstrip(")").split(",")) if e)
    return level, who


def phases(values: list[str] | tuple[str, ...] | str | None) -> tuple[str, ...]:
    """Phases as v2 enumerations: "Phase 1/Phase 2" → ("PHASE1", "PHASE2")."""
    if not values:
        return ()
    if isinstance(values, str):
        values = ["NA"] if values.strip().upper() in ("N/A", "NA") else values.split("/")
    out = []
    for v in values:
        key = enum(v)
        if key:
            out.append(_PHASES.get(key, key))
    return tuple(dict.fromkeys(out))


def iso_date(value: str | None) -> str | None:
    """A date of any registry print form as ISO of the same precision
    ("October 17, 2012" → "2012-10-17", "March 2012" → "2012-03"): the one rule of
    :func:`trialink._dates.iso_date` (unknown forms give None and a warning)."""
    return _dates.iso_date(value)


# CT.gov v2 secondary ID types, and the registry the value must then belong to.
_TYPED = {"EUDRACT_NUMBER": "EudraCT", "CTIS": "CTIS"}
_DOMAIN_PREFIX = {"ISRCTN": "ISRCTN", "DRKS": "DRKS", "ACTRN": "ACTRN", "UMIN": "UMIN",
                  "JRCT": "jRCT", "KCT": "KCT", "CRIS": "KCT", "PACTR": "PACTR", "CTRI": "CTRI/",
                  "CHICTR": "ChiCTR", "IRCT": "IRCT", "NTR": "NTR", "TCTR": "TCTR"}


def secondary_id(value: str, type_: str | None = None, domain: str | None = None) -> SecondaryId:
    """Recognise a secondary ID: by its registry type first, then by its own form, then by
    its issuing domain ("24791884" with domain "ISRCTN" → ``ISRCTN24791884``)."""
    value = value.strip()
    expect = _TYPED.get(type_ or "")
    found = ids.find_ids(value)
    match = next((m for m in found if expect is None or m.registry == expect), None)
    if match is None and domain and re.fullmatch(r"[0-9A-Za-z/-]+", value):
        key = _NON_ALNUM.sub("", domain).upper()
        for name, prefix in _DOMAIN_PREFIX.items():
            if key.startswith(name):
                found = ids.find_ids(prefix + value)
                match = found[0] if len(found) == 1 else None
                break
    if match is None:
        return SecondaryId(value, type_, domain)
    return SecondaryId(value, type_, domain, match.registry, match.id)


# ---------------------------------------------------------------------------
# EU registries: CTIS codes, EUCTR labels → the one vocabulary (raw kept by callers)
# ---------------------------------------------------------------------------

# Product roles in CTIS and EUCTR → arm types of the vocabulary (the EU registries group products, not arms).
ROLE_ARM_TYPES = {"test": "EXPERIMENTAL", "comparator": "ACTIVE_COMPARATOR", "placebo": "PLACEBO_COMPARATOR",
                  "auxiliary": "OTHER"}

# CTIS ctPublicStatusCode: public label, then the status in trialink's vocabulary.
CTIS_STATUS_CODES: dict[int, tuple[str, str]] = {
    1: ("Under evaluation", "UNDER_EVALUATION"),
    2: ("Authorised, recruitment pending", "NOT_YET_RECRUITING"),
    3: ("Authorised, recruiting", "RECRUITING"),
    4: ("Ongoing, recruiting", "RECRUITING"),
    5: ("Ongoing, recruitment ended", "ACTIVE_NOT_RECRUITING"),
    6: ("Temporarily halted", "SUSPENDED"),
    7: ("Suspended", "SUSPENDED"),
    8: ("Ended", "COMPLETED"),
    9: ("Expired", "WITHDRAWN"),
    10: ("Revoked", "TERMINATED"),
    11: ("Not authorised", "NOT_AUTHORISED"),
    12: ("Cancelled", "WITHDRAWN"),
}

# Status words as the EU registries write them (CTIS before June 2024 wrote labels, not codes).
_EU_STATUS_LABELS: dict[str, str | None] = {
    **{label.lower(): status for label, status in CTIS_STATUS_CODES.values()},
    "authorised, not started": "NOT_YET_RECRUITING", "authorised": "NOT_YET_RECRUITING",
    "ongoing, not yet recruiting": "NOT_YET_RECRUITING", "ongoing": "ONGOING", "restarted": "ONGOING",
    "halted": "SUSPENDED", "suspended by ca": "SUSPENDED", "completed": "COMPLETED",
    "ended early": "TERMINATED", "terminated early": "TERMINATED", "prematurely ended": "TERMINATED",
    "not authorised": "NOT_AUTHORISED", "prohibited by ca": "NOT_AUTHORISED", "withdrawn": "WITHDRAWN",
    "trial now transitioned": "TRANSITIONED",
    # A country-level remark, not a trial status: kept raw, never merged into the trial's status.
    "gb - no longer in eu/eea": None, "outside eu/eea": None,
}

# CTIS trialCategory.trialPhase codes: label, then phases.
CTIS_PHASE_CODES: dict[str, tuple[str, tuple[str, ...]]] = {
    "1": ("Human Pharmacology (Phase I) - First administration to humans", ("PHASE1",)),
    "2": ("Human Pharmacology (Phase I) - Bioequivalence Study", ("PHASE1",)),
    "3": ("Human Pharmacology (Phase I) - Other", ("PHASE1",)),
    "4": ("Therapeutic exploratory (Phase II)", ("PHASE2",)),
    "5": ("Therapeutic confirmatory (Phase III)", ("PHASE3",)),
    "6": ("Therapeutic use (Phase IV)", ("PHASE4",)),
    "7": ("Phase I and Phase II (Integrated) - First administration to humans", ("PHASE1", "PHASE2")),
    "8": ("Phase I and Phase II (Integrated) - Bioequivalence Study", ("PHASE1", "PHASE2")),
    "9": ("Phase I and Phase II (Integrated) - Other", ("PHASE1", "PHASE2")),
    "10": ("Phase II and Phase III (Integrated)", ("PHASE2", "PHASE3")),
    "11": ("Phase III and phase IV (Integrated)", ("PHASE3", "PHASE4")),
}

_ROMAN_PHASE = re.compile(r"\bphase\s+(IV|I{1,3})\b", re.I)
_ROMAN = {"I": "PHASE1", "II": "PHASE2", "III": "PHASE3", "IV": "PHASE4"}

# Where each status sits for a reader comparing registries.
STATUS_GROUPS: dict[str, str] = {
    "NOT_YET_RECRUITING": "ongoing", "RECRUITING": "ongoing", "ENROLLING_BY_INVITATION": "ongoing",
    "ACTIVE_NOT_RECRUITING": "ongoing", "ONGOING": "ongoing", "SUSPENDED": "ongoing",
    "COMPLETED": "completed", "TERMINATED": "ended early",
    "WITHDRAWN": "other", "NOT_AUTHORISED": "other", "UNDER_EVALUATION": "other", "TRANSITIONED": "other",
    "UNKNOWN": "other", "WITHHELD": "other", "NO_LONGER_AVAILABLE": "other", "AVAILABLE": "other",
    "TEMPORARILY_NOT_AVAILABLE": "other", "APPROVED_FOR_MARKETING": "other",
}


def status_group(status: str | None) -> str | None:
    """``ongoing``, ``completed``, ``ended early`` or ``other`` for a status of the vocabulary."""
    return STATUS_GROUPS.get(status) if status else None


def _warn_unknown(what: str, value: object, source: str | None) -> None:
    import warnings

    from trialink.errors import DataQualityWarning

    where = f" in {source}" if source else ""
    warnings.warn(f"unknown {what} {value!r}{where}: kept as written (raw), not mapped", DataQualityWarning,
                  stacklevel=3)


def eu_status(value: str | int | None, *, source: str | None = None) -> tuple[str | None, str | None]:
    """A CTIS status code or an EU status label → (status in the vocabulary, raw as written).

    ``4`` → (``RECRUITING``, ``"4: Ongoing, recruiting"``); ``"Prematurely Ended"`` →
    (``TERMINATED``, ``"Prematurely Ended"``). Unknown values keep their raw form and
    warn (:class:`~trialink.errors.DataQualityWarning`); they are never dropped.
    """
    if value is None or value == "":
        return None, None
    if isinstance(value, int) or (isinstance(value, str) and value.strip().isdigit()):
        code = int(value)
        if code in CTIS_STATUS_CODES:
            label, status = CTIS_STATUS_CODES[code]
            return status, f"{code}: {label}"
        _warn_unknown("CTIS status code", value, source)
        return None, str(value)
    raw = value.strip()
    key = raw.lower()
    if key in _EU_STATUS_LABELS:
        return _EU_STATUS_LABELS[key], raw
    _warn_unknown("status", raw, source)
    return None, raw


def ctis_phase(code: str | int | None, label: str | None = None, *,
               source: str | None = None) -> tuple[tuple[str, ...], str | None]:
    """CTIS ``trialPhase`` code (or the overview's phase label) → (phases, raw)."""
    if code is not None and str(code).strip():
        key = str(code).strip()
        if key in CTIS_PHASE_CODES:
            text, found = CTIS_PHASE_CODES[key]
            return found, f"{key}: {text}"
        _warn_unknown("CTIS phase code", code, source)
        return (), key
    if label:
        found = roman_phases(label)
        if not found:
            _warn_unknown("phase", label, source)
        return found, label
    return (), None


def roman_phases(text: str) -> tuple[str, ...]:
    """Phases named in Roman numerals: "Phase II and Phase III (Integrated)" → (PHASE2, PHASE3)."""
    return tuple(dict.fromkeys(_ROMAN[m.group(1).upper()] for m in _ROMAN_PHASE.finditer(text)))


def merge_statuses(statuses: list[str | None]) -> str | None:
    """One trial status from its member states': any ongoing beats halted, which beats
    completed, which beats ended early; else the first known one."""
    known = [s for s in statuses if s]
    for group in (("RECRUITING", "ONGOING", "ACTIVE_NOT_RECRUITING", "NOT_YET_RECRUITING"), ("SUSPENDED",),
                  ("COMPLETED",), ("TERMINATED",)):
        for s in known:
            if s in group:
                return s
    return known[0] if known else None
