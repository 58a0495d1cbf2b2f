"""Estimates from registry results and from text: ratios, medians, CIs and P values, with context."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from trialink import _measures as M
from trialink.ids import find_ids
from trialink._text_estimates import extract_estimates
from trialink.model import Estimate, Publication, Trial

__all__ = ["assign_subjects", "consistency_checks", "extract_estimates", "publication_estimates",
           "registry_estimates"]


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
    """All posted results of the trials (``Trial.results``), in record order."""
    return [e for t in trials for e in t.results]


def assign_subjects(estimates: Iterable[Estimate], trials: Iterable[Trial]) -> list[Estimate]:
    """Give background estimates the trial their ``subject`` names ("PALOMA-3", "MONARCH-2").

    A subject matches a trial whose acronym is the same once case, spaces and hyphens are
    ignored ("MONARCH-2" = "MONARCH 2"); unmatched estimates are returned unchanged.
    """
    def key(s: str) -> str:
        return re.sub(r"[\s-]+", "", s).upper()

    by_acronym = {key(t.acronym): t.trial_id for t in trials if t.acronym}
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
