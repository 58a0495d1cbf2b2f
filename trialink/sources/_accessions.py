"""Registry numbers a publication carries: found in its text, merged across sources (PubMed, Europe PMC, Crossref)."""

from __future__ import annotations

from collections.abc import Iterable

from trialink import ids
from trialink.model import Accession


def text_accessions(*texts: str | None) -> tuple[Accession, ...]:
    """Trial registry numbers written in titles / abstracts (``where="text"``)."""
    out: dict[str, Accession] = {}
    # One pass over all texts: no identifier pattern crosses a line break.
    for m in ids.find_ids("\n".join(t for t in texts if t)):
        if m.registry in ids.TRIAL_REGISTRIES:
            out.setdefault(m.id, Accession(m.registry, m.id, "text"))
    return tuple(out.values())


def merge_accessions(*groups: Iterable[Accession]) -> tuple[Accession, ...]:
    """One accession per (number, where found), the first given kept."""
    seen: dict[tuple[str, str], Accession] = {}
    for g in groups:
        for a in g:
            seen.setdefault((a.id, a.where), a)
    return tuple(seen.values())
