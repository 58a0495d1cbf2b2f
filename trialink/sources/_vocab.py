"""One vocabulary for categorical fields and dates, whatever the source format."""

from __future__ import annotations

import re
from datetime import datetime

from trialink import ids
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


_ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_DATE_FORMATS = (("%B %d, %Y", "%Y-%m-%d"), ("%B %Y", "%Y-%m"), ("%Y-%m-%d", "%Y-%m-%d"),
                 ("%Y-%m", "%Y-%m"), ("%b %d, %Y", "%Y-%m-%d"), ("%b %Y", "%Y-%m"), ("%Y", "%Y"))


def iso_date(value: str | None) -> str | None:
    """A date of any registry print form as ISO of the same precision
    ("October 17, 2012" → "2012-10-17", "March 2012" → "2012-03"); unknown forms unchanged."""
    if not value:
        return None
    s = value.strip()
    if _ISO.fullmatch(s):
        return s
    for fmt, out in _DATE_FORMATS:
        try:
            return datetime.strptime(s, fmt).strftime(out)
        except ValueError:
            continue
    return s


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
