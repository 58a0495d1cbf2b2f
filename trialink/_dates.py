"""Dates as ISO text of the precision the source gives: one rule for every parser."""

from __future__ import annotations

import re
import warnings
from datetime import date

from trialink.errors import DataQualityWarning

__all__ = ["iso_date", "iso_date_parts"]

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


_DAY_FIRST = re.compile(r"(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4})")  # 29/01/2021, 29.01.2021
_SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})


def _range_start(s: str) -> str:
    """The start of a printed range or season: ``2019 Jan-Feb`` and ``2019 Sep/Oct`` → ``2019 Jan`` /
    ``2019 Sep``, ``2018 Dec-2019 Jan``
    → ``2018 Dec``, ``2019-2020`` → ``2019``, ``2019 Spring`` → ``2019``; ISO dates are no ranges."""
    if _FORMS[0].fullmatch(s):
        return s
    head = re.split(r"[-/]", s, maxsplit=1)[0].strip()
    words = head.split()
    if len(words) == 2 and words[1].lower() in _SEASONS:
        return words[0]
    return head


def _warn(value: object, source: str | None, stacklevel: int) -> None:
    where = f" in {source}" if source else ""
    warnings.warn(f"date {value!r}{where} is not a date of an accepted form (YYYY[-MM[-DD]], 'May 2019', "
                  f"'May 15, 2019', '15 May 2019', '2019 May 15'): left empty", DataQualityWarning,
                  stacklevel=stacklevel + 1)


def iso_date_parts(year: int | str | None, month: int | str | None = None, day: int | str | None = None, *,
                   source: str | None = None) -> str | None:
    """A date given in parts (PubMed ``<Year>/<Month>/<Day>``, Crossref ``date-parts``) as ISO text
    of the precision given, by the same rule as :func:`iso_date`.

    ``month`` is a number (``7``, ``"07"``) or a month name (``"Jul"``, ``"July"``); a day
    without a month is ignored. None when ``year`` is empty; None with a
    :class:`~trialink.DataQualityWarning` naming the parts when they are not a real date.
    """
    y = str(year).strip() if year is not None else ""
    if not y:
        return None
    m = str(month).strip() if month is not None else ""
    d = str(day).strip() if day is not None else ""
    number = int(m) if m.isdigit() else _MONTHS.get(m.rstrip(".").lower()) if m else None
    if re.fullmatch(r"\d{4}", y) and (not m or number is not None) and (not d or d.isdigit()):
        out = _iso(y, number, d if number is not None and d else None)
        if out is not None:
            return out
    _warn(" ".join(p for p in (y, m, d) if p), source, 2)
    return None


def iso_date(value: str | None, *, source: str | None = None, day_first: bool = False,
             range_start: bool = False) -> str | None:
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
    day_first : bool, default False
        Also read numeric day-first dates, ``29/01/2021`` or ``29.01.2021`` (the EU
        registries' print form). Off by default: ``01/02/2021`` is ambiguous elsewhere.
    range_start : bool, default False
        A printed range or season gives its start, at the precision the start states
        (PubMed ``MedlineDate``): ``2019 Jan-Feb`` → ``2019-01``, ``2019 Sep/Oct`` → ``2019-09``,
        ``2018 Dec-2019 Jan`` →
        ``2018-12``, ``2019-2020`` and ``2019 Spring`` → ``2019``.

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
    if day_first and (numeric := _DAY_FIRST.fullmatch(s)):
        out = _iso(numeric["y"], int(numeric["m"]), numeric["d"])
        if out is not None:
            return out
        _warn(value, source, 2)
        return None
    if range_start:
        s = _range_start(s)
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
    _warn(value, source, 2)
    return None
