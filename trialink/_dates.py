"""Dates as ISO text of the precision the source gives: one rule for every parser."""

from __future__ import annotations

import re
import warnings
from datetime import date

from trialink.errors import DataQualityWarning

__all__ = ["iso_date"]

_MONTHS = {name: i for i, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")), start=1) for name in names}

_MONTH = r"(?P<mon>[A-Za-z]{3,9})\.?"
_FORMS = (
    re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?"),  # 2019, 2019-05, 2019-05-15
    re.compile(rf"{_MONTH}\s+(?:(?P<d>\d{{1,2}}),?\s+)?(?P<y>\d{{4}})"),  # May 2019, May 15, 2019
    re.compile(rf"(?P<d>\d{{1,2}})\s+{_MONTH},?\s+(?P<y>\d{{4}})"),  # 15 May 2019
    re.compile(rf"(?P<y>\d{{4}})\s+{_MONTH}(?:\s+(?P<d>\d{{1,2}}))?"),  # 2019 May, 2019 May 15 (PubMed)
)


def _iso(year: str, month: int | None, day: str | None) -> str | None:
    y = int(year)
    if month is None:
        return f"{y:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{y:04d}-{month:02d}"
    try:
        return date(y, month, int(day)).isoformat()
    except ValueError:  # 2019-02-30
        return None


def iso_date(value: str | None, *, source: str | None = None) -> str | None:
    """A date as ISO text of the precision the source gives.

    Accepted forms (case-insensitive month names, full or abbreviated, a trailing ``.`` or
    a comma allowed): ``2019``, ``2019-05``, ``2019-05-15``; ``May 2019``, ``May 15, 2019``;
    ``15 May 2019``; ``2019 May``, ``2019 May 15`` (PubMed). An ISO timestamp
    (``2019-05-15T10:00:00Z``) is cut to its day.

    Parameters
    ----------
    value : str or None
    source : str, optional
        Named in the warning (a file, a record ID, a field).

    Returns
    -------
    str or None
        ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; None when ``value`` is empty, and None with a
        :class:`~trialink.DataQualityWarning` naming the value when it is not a date of an
        accepted form or not a real date (``2019-02-30``): unparsed text is never passed on
        as a date.
    """
    if value is None:
        return None
    s = value.strip()
    if not s:
        return None
    if len(s) > 10 and s[10] == "T" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", s[:10]):
        s = s[:10]
    for form in _FORMS:
        m = form.fullmatch(s)
        if not m:
            continue
        parts = m.groupdict()
        if "mon" in parts:
            month = _MONTHS.get(parts["mon"].lower())
            if month is None:
                continue
        else:
            month = int(parts["m"]) if parts.get("m") else None
        out = _iso(parts["y"], month, parts.get("d"))
        if out is not None:
            return out
        break
    where = f" in {source}" if source else ""
    warnings.warn(f"date {value!r}{where} is not a date of an accepted form (YYYY[-MM[-DD]], 'May 2019', "
                  f"'May 15, 2019', '15 May 2019', '2019 May 15'): left empty", DataQualityWarning, stacklevel=2)
    return None
