"""Estimates from registry results and from text: ratios, medians, CIs and P values, with context."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from trialink import _measures as M
from trialink._text_estimates import _NOT_TRIALS, extract_estimates
from trialink.ids import find_ids
from trialink.model import Estimate, Publication, Trial

__all__ = ["acronym_of", "assign_subjects", "consistency_checks", "extract_estimates", "newest_records",
           "publication_estimates", "registry_estimates", "reorient"]


def consistency_checks(measure: str, value: float | None, ci_low: float | None, ci_high: float | None,
                       ci_level: float | None = 95.0, p_operator: str | None = None,
                       p_value: float | None = None) -> tuple[str, ...]:
    """Warnings for a number that disagrees with its CI or P value (it is kept, never dropped).

    Returns
    -------
    tuple of str
        Any of ``ci_reversed``, ``ci_excludes_estimate``, ``ci_not_log_symmetric`` (ratios),
        ``p_inconsistent_with_ci`` (ratios).
    """
    return M.checks(measure, value, ci_low, ci_high, ci_level, p_operator, p_value)


def registry_estimates(trials: Iterable[Trial]) -> list[Estimate]:
    """All posted results of the trials (``Trial.results``), in record order.

    Each estimate says which record it came from (``record_id``, ``record_date``,
    ``record_format``); where a parser left these empty they are taken from the Trial
    (its ID, ``last_update_posted`` and ``provenance.source_format``). Pass the trials
    through :func:`newest_records` first to count each trial once.
    """
    out: list[Estimate] = []
    for t in trials:
        for e in t.results:
            if e.record_id is None or e.record_date is None or e.record_format is None:
                e = replace(e, record_id=e.record_id or t.trial_id, record_date=e.record_date or t.last_update_posted,
                            record_format=e.record_format or t.provenance.source_format)
            out.append(e)
    return out


_FORMAT_RANK = {"ctgov_v2": 3, "ctgov_classic": 2, "ctgov_legacy_xml": 1}


def _version_key(t: Trial) -> tuple[str, str, int]:
    version = re.sub(r"[:/]", "-", (t.provenance.record_version or "")[:10])
    return (t.last_update_posted or "", version, _FORMAT_RANK.get(t.provenance.source_format, 0))


def newest_records(trials: Iterable[Trial]) -> list[Trial]:
    """One record per trial: the newest when several records of one trial were read.

    "Newest" is decided, in order, by the record's last-update date
    (``last_update_posted``), then the record's own version stamp
    (``provenance.record_version``: the legacy download date, classic ``DataVrs``, v2
    version), then the format (v2 over classic over legacy XML). Records are grouped by
    ``trial_id``; records of one trial in other registries (EU CT, EudraCT) have other
    IDs and are not merged here (see :func:`trialink.resolve_trials`).

    Parameters
    ----------
    trials : iterable of Trial
        E.g. from :func:`trialink.read_records` or ``Lookup.records``.

    Returns
    -------
    list of Trial
        In the order each trial was first seen.

    Examples
    --------
    ARROW (NCT02028676) read from its legacy XML (last update 2014-06-06, downloaded
    2018-05-11) and its classic JSON (same update, ``DataVrs`` 2023-10-17) keeps the
    classic record.
    """
    best: dict[str, Trial] = {}
    for t in trials:
        if not isinstance(t, Trial):
            raise TypeError(f"newest_records takes Trial objects, got {type(t).__name__}: {t!r:.80}")
        cur = best.get(t.trial_id)
        if cur is None or _version_key(t) > _version_key(cur):
            best[t.trial_id] = t  # an existing key keeps its first-seen position
    return list(best.values())


_DIFFERENCE = re.compile(r"difference", re.I)


def reorient(estimate: Estimate) -> Estimate:
    """The same estimate the other way round: B vs A instead of A vs B.

    Ratios (HR, OR, RR, IRR) become 1/value with the CI (1/upper, 1/lower); differences
    (risk or mean difference) change sign with the CI (−upper, −lower); ``groups`` are
    swapped and ``comparison`` is rendered from them. P value, ``direction_source`` and checks
    are kept.

    Raises
    ------
    ValueError
        For a per-arm value (median, mean…), which has no direction, a ratio of 0, or an estimate
        whose ``comparison`` is not backed by exactly two ``groups`` (it could not be turned with it).
    """
    if not isinstance(estimate, Estimate):
        raise TypeError(f"reorient takes an Estimate, got {type(estimate).__name__}")
    m = estimate.measure
    if m in M.RATIO_MEASURES:
        if estimate.value == 0 or estimate.ci_low == 0:
            raise ValueError(f"cannot reorient {m} {estimate.value} (CI {estimate.ci_low}-{estimate.ci_high}) of "
                             f"{estimate.trial_id}: a ratio or CI limit of 0 has no reciprocal")

        def inv(x: float | None) -> float | None:
            return None if x is None else 1 / x
        value, lo, hi = inv(estimate.value), inv(estimate.ci_high), inv(estimate.ci_low)
    elif _DIFFERENCE.search(m):
        def neg(x: float | None) -> float | None:
            return None if x is None else -x
        value, lo, hi = neg(estimate.value), neg(estimate.ci_high), neg(estimate.ci_low)
    else:
        raise ValueError(f"{m!r} of {estimate.trial_id} is a per-arm value with no direction to reverse")
    if len(estimate.groups) == 2:  # the comparison is re-rendered from the swapped groups
        return replace(estimate, value=value, ci_low=lo, ci_high=hi, groups=estimate.groups[::-1], comparison=None)
    if estimate.comparison:
        raise ValueError(f"{m!r} of {estimate.trial_id} compares {estimate.comparison!r} without two known groups "
                         f"(groups={estimate.groups!r}): turning the value round would leave its comparison wrong")
    return replace(estimate, value=value, ci_low=lo, ci_high=hi)


# A trial acronym as a brief title prints it: "(PALOMA-3)" at the end, "PALOMA-3: …" at the start.
_TITLE_END = re.compile(r"\((?P<a>[^()]{2,40})\)\s*\.?\s*$")
_TITLE_START = re.compile(r"^(?P<a>[A-Z][A-Za-z0-9]*(?:[- ][A-Za-z0-9]+){0,2})\s*:\s")
_SECONDARY = re.compile(r"^[A-Z][A-Za-z]{2,}[- ]?\d{1,3}[A-Za-z]?$")


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w).upper()


def _acronym_from_title(title: str) -> str | None:
    for pattern in (_TITLE_END, _TITLE_START):
        m = pattern.search(title)
        if not m:
            continue
        a = re.sub(r"^(?:the|a)\s+", "", m.group("a").strip(), flags=re.I)
        named = bool(re.search(r"\s(?:study|trial)$", a, re.I))
        a = re.sub(r"(?:\s+(?:screening|clinical|phase\s+\w+))*\s+(?:study|trial)$", "", a, flags=re.I).strip()
        letters = re.sub(r"[^A-Za-z]", "", a)
        if not a or not re.match(r"^[A-Za-z][A-Za-z0-9]*(?:[- ][A-Za-z0-9]+){0,2}$", a) or \
                sum(c.isupper() for c in letters) < 2:
            continue
        if re.split(r"[-\s]", a)[0].upper() in _NOT_TRIALS:  # "(COVID-19)", "(HIV-1)"
            continue
        if named or re.search(r"\d", a):
            return a
        # An all-capitals word that is not the initials of the words before it ("… Lung Cancer (NSCLC)").
        before = re.findall(r"[A-Za-z]+", title[:m.start()])
        if letters.isupper() and len(letters) >= 4 and \
                not any(_initials(before[-n:]) == letters.upper() for n in range(2, min(len(before), 8) + 1)):
            return a
    return None


def acronym_of(trial: Trial) -> str | None:
    """A trial's acronym: the record's own, else from the brief title, else a secondary ID.

    - the record's acronym field (``MONALEESA-2``);
    - the brief title's last parenthesis or leading name, when it names a study rather than
      abbreviates the words before it: "… Advanced Breast Cancer (PALOMA-2)" → ``PALOMA-2``,
      "PALOMA-3: …" → ``PALOMA-3``, "(CheckMate 017)", "(the MORNINGSTAR Study)"; but not
      "… Non-small Cell Lung Cancer (NSCLC)";
    - a secondary ID shaped like a trial name ("MONARCH-2").

    Returns
    -------
    str or None
        None when no source names it.
    """
    if trial.acronym:
        return trial.acronym
    for title in (trial.brief_title, trial.official_title):
        if title:
            a = _acronym_from_title(title)
            if a:
                return a
    for s in trial.secondary_ids:
        if s.id and _SECONDARY.match(s.id) and not find_ids(s.id):
            return s.id
    return None


def assign_subjects(estimates: Iterable[Estimate], trials: Iterable[Trial]) -> list[Estimate]:
    """Give background estimates the trial their ``subject`` names ("PALOMA-3", "MONARCH-2").

    A subject matches a trial whose acronym (:func:`acronym_of`: the record's, or the one
    its brief title or secondary IDs give) is the same once case, spaces and hyphens are
    ignored ("MONARCH-2" = "MONARCH 2"); unmatched estimates are returned unchanged.
    """
    def key(s: str) -> str:
        return re.sub(r"[\s-]+", "", s).upper()

    by_acronym: dict[str, str] = {}
    for t in trials:
        a = acronym_of(t)
        if a:
            by_acronym.setdefault(key(a), t.trial_id)
    out = []
    for e in estimates:
        tid = by_acronym.get(key(e.subject)) if e.subject else None
        out.append(replace(e, trial_id=tid) if tid and not e.trial_id else e)
    return out


def publication_estimates(publications: Iterable[Publication],
                          trial_of: dict[str, str] | None = None) -> list[Estimate]:
    """Run :func:`extract_estimates` over each publication's title and abstract.

    Parameters
    ----------
    publications : iterable of Publication
    trial_of : dict, optional
        PMID (or DOI) → trial ID, e.g. from the ``trial_id``/``pmid`` columns of
        :func:`trialink.link`; otherwise the registry number the publication files itself
        under (DataBank / Crossref) when there is exactly one.

    Returns
    -------
    list of Estimate
        With ``source="text"``, ``pmid`` and ``trial_id`` set; spans refer to
        ``title + "\n" + abstract``.
    """
    out: list[Estimate] = []
    for pub in publications:
        if not pub.abstract and not pub.title:
            continue
        trial_id = (trial_of or {}).get(pub.pmid or "") or (trial_of or {}).get(pub.doi or "")
        if trial_id is None:
            own = [a.id for a in pub.accessions if a.where in ("databank", "crossref")]
            trial_id = own[0] if len(set(own)) == 1 else None
        text = f"{pub.title or ''}\n{pub.abstract or ''}"
        for e in extract_estimates(text):
            out.append(replace(e, pmid=pub.pmid, trial_id=trial_id))
    return out
