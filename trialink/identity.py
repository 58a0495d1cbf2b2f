"""One identity for a trial across registries: which records are the same trial, and why."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

import pandas as pd

from trialink.errors import DataQualityWarning
from trialink.model import Trial, as_records

__all__ = ["IDENTITY_COLUMNS", "IDENTITY_EVIDENCE_COLUMNS", "Claim", "ClaimKind", "Identity", "IdentityConflict",
           "IdentityEvidence", "IdentityLinkKind", "RecordRef", "resolve_trials", "identity_table",
           "identity_evidence"]

_CTGOV, _CTIS, _EUDRACT = "ClinicalTrials.gov", "CTIS", "EudraCT"
_UTN = re.compile(r"\bU\d{4}-\d{4}-\d{4}\b")
# Secondary-ID types that name another trial, never this one.
_NOT_SAME_TRIAL = {"ASSOCIATED_TRIAL"}


def _ctis_base(ct: str) -> str:
    return ct[:14]


def _suffix(ct: str) -> int:
    return int(ct[15:]) if len(ct) > 15 and ct[15:].isdigit() else -1


ClaimKind = Literal["eudract_transitioned", "secondary_id_typed", "secondary_id_form", "who_utn", "nct_field"]
"""How a record names another registry's ID as its own: CTIS ``authorizedApplication.eudraCt``
(``eudract_transitioned``), a typed secondary ID (``secondary_id_typed``, e.g. CT.gov
``EUDRACT_NUMBER``), an untyped one recognised from its form (``secondary_id_form``), a WHO
Universal Trial Number (``who_utn``), the record's NCT number field (``nct_field``)."""

IdentityLinkKind = Literal["same_id", "ctis_resubmission", "lists_id", "both_list_id"]
"""Why two records are one trial: both are the same ID (``same_id``); CTIS resubmissions of one
base number (``ctis_resubmission``); one record lists the other's own ID (``lists_id``); both
list an ID that no record here owns (``both_list_id``)."""


@dataclass(frozen=True)
class RecordRef:
    """One member record: its registry, its own ID and the format it was read from."""

    registry: str
    trial_id: str
    source_format: str

    @property
    def label(self) -> str:
        """``"CTIS 2024-510663-34-00 (ctis)"``."""
        return f"{self.registry} {self.trial_id} ({self.source_format})"


@dataclass(frozen=True)
class Claim:
    """How a record names an ID: ``kind`` and, for secondary IDs, the registry's ID ``type``."""

    kind: ClaimKind
    id_type: str | None = None

    @property
    def sentence(self) -> str:
        if self.kind == "eudract_transitioned":
            return "transitioned from EudraCT (CTIS authorizedApplication.eudraCt)"
        if self.kind == "secondary_id_typed":
            return f"secondary ID of type {self.id_type}"
        if self.kind == "secondary_id_form":
            return "secondary ID recognised from its form"
        if self.kind == "who_utn":
            return f"WHO Universal Trial Number ({self.id_type or 'secondary ID'})"
        return "NCT number field"


@dataclass(frozen=True)
class IdentityEvidence:
    """One merge of two records into one identity.

    Attributes
    ----------
    kind : IdentityLinkKind
        Why they are one trial.
    records : tuple of RecordRef
        The two records: for ``lists_id`` the owner of ``id`` first, then the record that
        lists it; for ``ctis_resubmission`` the current resubmission first.
    registry, id : str
        The ID that joins them (for ``ctis_resubmission`` the EU CT base number).
    claims : tuple of Claim
        How the listing record(s) name ``id`` (``lists_id``: one; ``both_list_id``: two;
        otherwise empty).
    """

    kind: IdentityLinkKind
    records: tuple[RecordRef, RecordRef]
    registry: str
    id: str
    claims: tuple[Claim, ...] = ()

    @property
    def sentence(self) -> str:
        """The merge in one English sentence (rendered from the fields, for people)."""
        a, b = self.records
        if self.kind == "same_id":
            return f"{b.label} and {a.label} both are {self.registry} {self.id}"
        if self.kind == "ctis_resubmission":
            return (f"CTIS resubmission: {a.trial_id} supersedes {b.trial_id} (same base number {self.id})")
        if self.kind == "lists_id":
            return f"{b.label} lists {self.registry} {self.id} ({self.claims[0].sentence})"
        return (f"{a.label} ({self.claims[0].sentence}) and {b.label} ({self.claims[1].sentence}) both "
                f"list {self.registry} {self.id}")


@dataclass(frozen=True)
class IdentityConflict:
    """A link refused because it would join two different trials.

    Attributes
    ----------
    kind : {"refused"}
    records : tuple of RecordRef
        The two records the ID would have joined.
    registry, id : str
        The ID that would have joined them.
    clashes : tuple of (str, tuple of str)
        Per registry, the different IDs the joined identity would have owned.
    """

    records: tuple[RecordRef, RecordRef]
    registry: str
    id: str
    clashes: tuple[tuple[str, tuple[str, ...]], ...]
    kind: Literal["refused"] = "refused"

    @property
    def sentence(self) -> str:
        """The refusal in one English sentence (rendered from the fields, for people)."""
        clash = "; ".join(f"{r} {', '.join(ids)}" for r, ids in self.clashes)
        return (f"{self.registry} {self.id} links {self.records[0].label} and {self.records[1].label}, but that "
                f"would join different trials ({clash}): not merged")


@dataclass
class Identity:
    """One trial as the registries know it.

    Attributes
    ----------
    key : str
        The identity's name: its NCT number, else its current EU CT number, else its
        EudraCT number, else the first record's ID.
    ids : dict
        Registry → canonical IDs (records' own IDs first, then IDs only claimed by a record).
    records : list of Trial
        The member records.
    evidence : list of IdentityEvidence
        One per merge: which records, which ID, what kind of link (``.sentence`` says it).
    conflicts : list of IdentityConflict
        Links that were refused because they would join two different trials.
    """

    key: str
    ids: dict[str, list[str]] = field(default_factory=dict)
    records: list[Trial] = field(default_factory=list)
    evidence: list[IdentityEvidence] = field(default_factory=list)
    conflicts: list[IdentityConflict] = field(default_factory=list)

    @property
    def edges(self) -> list[tuple[str, str, str, str, str]]:
        """The merges as ``(record ID, linked record ID, via registry, via ID, sentence)``
        (the rows of :func:`identity_evidence`)."""
        return [(e.records[0].trial_id, e.records[1].trial_id, e.registry, e.id, e.sentence) for e in self.evidence]

    @property
    def linked(self) -> bool:
        """True when the trial is known from more than one record or under IDs of more than one registry."""
        return len(self.records) > 1 or sum(bool(v) for v in self.ids.values()) > 1

    @property
    def ctis_id(self) -> str | None:
        """The current EU CT number: the highest resubmission suffix of the newest base."""
        ctis = self.ids.get(_CTIS, [])
        return max(ctis, key=lambda c: (_ctis_base(c), _suffix(c))) if ctis else None


def _ref(t: Trial) -> RecordRef:
    return RecordRef(t.registry, t.trial_id, t.provenance.source_format)


def _label(t: Trial) -> str:
    return _ref(t).label


def _own(t: Trial) -> set[tuple[str, str]]:
    keys = {(t.registry, t.trial_id)}
    if t.registry == _CTGOV:
        keys |= {(_CTGOV, n) for n in (t.nct_id, *t.nct_aliases) if n}
    return keys


def _claims(t: Trial) -> list[tuple[str, str, Claim]]:
    """``(registry, id, how)`` for every other-registry ID the record lists as its own."""
    out: list[tuple[str, str, Claim]] = []
    own = _own(t)
    for s in t.secondary_ids:
        if s.type in _NOT_SAME_TRIAL:
            continue
        if s.registry and s.id and (s.registry, s.id) not in own:
            if s.type == "EUDRACT_TRANSITIONED":
                how = Claim("eudract_transitioned")
            elif s.type:
                how = Claim("secondary_id_typed", s.type)
            else:
                how = Claim("secondary_id_form")
            out.append((s.registry, s.id, how))
        elif s.registry is None:
            m = _UTN.search(s.value)
            if m:
                out.append(("WHO UTN", m.group(0), Claim("who_utn", s.type)))
    if t.nct_id and (_CTGOV, t.nct_id) not in own and not any(c[1] == t.nct_id for c in out):
        out.append((_CTGOV, t.nct_id, Claim("nct_field")))
    return list(dict.fromkeys(out))


class _Groups:
    """Union-find that also keeps each group's own IDs (registry → IDs; CTIS by base number)."""

    def __init__(self, owned: list[dict[str, set[str]]]) -> None:
        self.parent = list(range(len(owned)))
        self.owned = owned

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra
            for reg, v in self.owned[rb].items():
                self.owned[ra].setdefault(reg, set()).update(v)


def _trials(value: object, function: str) -> list[Trial]:
    """``value`` as a list of Trial records (:func:`trialink.model.as_records`)."""
    return as_records(value, "trials", Trial, function)


class _Resolver:
    """One :func:`resolve_trials` run: the records, their groups, and one method per join rule."""

    def __init__(self, trials: Iterable[Trial]) -> None:
        self.recs = _trials(trials, "resolve_trials")
        owned: list[dict[str, set[str]]] = []
        for t in self.recs:
            d: dict[str, set[str]] = {}
            for reg, own_id in _own(t):
                d.setdefault(reg, set()).add(_ctis_base(own_id) if reg == _CTIS else own_id)
            owned.append(d)
        self.groups = _Groups(owned)
        self.owners: dict[tuple[str, str], list[int]] = {}
        for i, t in enumerate(self.recs):
            for k in _own(t):
                self.owners.setdefault(k, []).append(i)
        self.bases: dict[str, list[int]] = {}
        for i, t in enumerate(self.recs):
            if t.registry == _CTIS:
                self.bases.setdefault(_ctis_base(t.trial_id), []).append(i)
        self.edges: list[tuple[int, IdentityEvidence]] = []  # (a record of the merge, the evidence)
        self.conflicts: list[tuple[set[int], IdentityConflict]] = []
        self.claimers: dict[tuple[str, str], list[tuple[int, Claim]]] = {}

    def try_join(self, a: int, b: int, kind: IdentityLinkKind, reg: str, id_: str,
                 claims: tuple[Claim, ...] = ()) -> None:
        """Join ``a`` and ``b`` unless their groups own different IDs of one registry (then a conflict)."""
        recs, groups = self.recs, self.groups
        ev = IdentityEvidence(kind, (_ref(recs[a]), _ref(recs[b])), reg, id_, claims)
        ga, gb = groups.find(a), groups.find(b)
        if ga == gb:
            self.edges.append((a, ev))
            return
        oa, ob = groups.owned[ga], groups.owned[gb]
        clash = tuple((r, tuple(sorted(oa[r] | ob[r]))) for r in oa.keys() & ob.keys() if oa[r] != ob[r])
        if clash:
            self.conflicts.append(({a, b}, IdentityConflict((_ref(recs[a]), _ref(recs[b])), reg, id_, clash)))
            return
        groups.union(a, b)
        self.edges.append((a, ev))

    def join_same_id(self) -> None:
        """Rule 1: the same own ID (one trial, several saved records; CT.gov aliases)."""
        for (reg, id_), idx in self.owners.items():
            for j in idx[1:]:
                self.try_join(idx[0], j, "same_id", reg, id_)

    def join_resubmissions(self) -> None:
        """Rule 2: CTIS resubmissions share a base number (the highest ``-NN`` is current)."""
        for base, idx in self.bases.items():
            idx.sort(key=lambda k: _suffix(self.recs[k].trial_id))
            for j in idx[:-1]:
                if self.recs[j].trial_id != self.recs[idx[-1]].trial_id:
                    self.try_join(idx[-1], j, "ctis_resubmission", _CTIS, base)

    def join_listed_ids(self) -> None:
        """Rule 3: a record lists another record's own ID (and every claim is kept for rule 4)."""
        for i, t in enumerate(self.recs):
            for reg, id_, how in _claims(t):
                self.claimers.setdefault((reg, id_), []).append((i, how))
                owning = self.owners.get((reg, id_), []) if reg != _CTIS else self.bases.get(_ctis_base(id_), [])
                for j in owning:
                    self.try_join(j, i, "lists_id", reg, id_, (how,))

    def join_shared_claims(self) -> None:
        """Rule 4: two records list the same ID that no record here owns."""
        for (reg, id_), who in self.claimers.items():
            if (reg, id_) in self.owners:
                continue
            first, how0 = who[0]
            for j, how in who[1:]:
                self.try_join(first, j, "both_list_id", reg, id_, (how0, how))

    def identities(self, warn: bool) -> list[Identity]:
        """The groups as identities, with their evidence, conflicts, IDs and key."""
        by_root: dict[int, Identity] = {}
        order: list[int] = []
        for i, t in enumerate(self.recs):
            root = self.groups.find(i)
            if root not in by_root:
                by_root[root] = Identity(key="")
                order.append(root)
            by_root[root].records.append(t)
        for a, ev in self.edges:
            ident = by_root[self.groups.find(a)]
            if ev not in ident.evidence:
                ident.evidence.append(ev)
        for members, conflict in self.conflicts:
            for m in members:
                ident = by_root[self.groups.find(m)]
                if conflict not in ident.conflicts:
                    ident.conflicts.append(conflict)
            if warn:
                warnings.warn(conflict.sentence, DataQualityWarning, stacklevel=3)
        for root in order:
            _name(by_root[root])
        return [by_root[r] for r in order]


def _name(ident: Identity) -> None:
    """Fill ``ident.ids`` (own IDs first, then IDs only claimed) and ``ident.key``."""
    ids: dict[str, list[str]] = {}
    for t in ident.records:
        for reg, id_ in sorted(_own(t), key=lambda k: k != (t.registry, t.trial_id)):
            ids.setdefault(reg, [])
            if id_ not in ids[reg]:
                ids[reg].append(id_)
    for t in ident.records:
        for reg, id_, _ in _claims(t):
            ids.setdefault(reg, [])
            if id_ not in ids[reg] and not (reg == _CTIS and any(_ctis_base(x) == _ctis_base(id_) and
                                                                 len(x) > len(id_) for x in ids[reg])):
                ids[reg].append(id_)
    if _CTIS in ids:
        ids[_CTIS].sort(key=lambda c: (_ctis_base(c), _suffix(c)), reverse=True)
    ident.ids = ids
    ident.key = next(iter(ids.get(_CTGOV, [])), None) or ident.ctis_id \
        or next(iter(ids.get(_EUDRACT, [])), None) or ident.records[0].trial_id


def resolve_trials(trials: Iterable[Trial], *, warn: bool = True) -> list[Identity]:
    """Group records that are the same trial, across registries, with the evidence for each merge.

    Records are joined when:

    * they carry the same ID as their own (one trial saved in two formats);
    * one lists the other's ID as a secondary ID (typed — CT.gov ``EUDRACT_NUMBER``,
      CTIS ``nctNumber``, EUCTR A.5.2 — or recognised from its form);
    * a CTIS record was transitioned from a EudraCT trial (``authorizedApplication.eudraCt``);
    * CTIS records share a base number (resubmissions: the highest ``-NN`` is current);
    * two records list the same third ID (e.g. the same NCT number or WHO UTN) without
      a record of it being present.

    A link that would put two different trials of one registry (two EudraCT numbers,
    two NCT numbers, two EU CT base numbers) in one identity is refused and reported in
    ``conflicts`` (and as a :class:`DataQualityWarning`) — never silently merged. IDs a
    record names as *associated* trials (CTIS ``associatedClinicalTrials``) never join.

    Parameters
    ----------
    trials : iterable of Trial
    warn : bool, default True
        Warn once per refused link (False: the caller reports ``conflicts`` itself).

    Returns
    -------
    list of Identity
        In the order of each identity's first record.
    """
    resolver = _Resolver(trials)
    resolver.join_same_id()
    resolver.join_resubmissions()
    resolver.join_listed_ids()
    resolver.join_shared_claims()
    return resolver.identities(warn)


IDENTITY_COLUMNS: dict[str, str] = {
    "trial_key": "string", "nct_id": "string", "ctis_id": "string", "ctis_ids": "string", "eudract_id": "string",
    "other_ids": "string", "registries": "string", "n_records": "Int64", "records": "string", "brief_title": "string",
    "evidence": "string", "conflicts": "string",
}
"""Columns of :func:`identity_table` and their dtypes."""

IDENTITY_EVIDENCE_COLUMNS: dict[str, str] = {
    "trial_key": "string", "record": "string", "linked_record": "string", "via_registry": "string",
    "via_id": "string", "explanation": "string",
}


def identity_table(trials: Iterable[Trial] | Iterable[Identity]) -> pd.DataFrame:
    """One row per trial across registries (the crosswalk), from records or resolved identities.

    Returns
    -------
    pandas.DataFrame
        ``trial_key`` (NCT number, else current EU CT number, else EudraCT number);
        ``nct_id``; ``ctis_id`` (current EU CT number) and ``ctis_ids`` (all,
        resubmissions included, newest first); ``eudract_id``; ``other_ids``
        (``"ISRCTN:ISRCTN…; WHO UTN:U1111-…"``); ``registries`` holding member records;
        ``n_records``; ``records`` (``"CTIS 2024-510663-34-00 (ctis); …"``);
        ``brief_title`` (first record with one); ``evidence`` (one sentence per merge,
        ``" | "``-joined); ``conflicts`` (refused links). All string except ``n_records``
        (Int64). Several IDs in one cell are ``"; "``-joined.
    """
    items = [trials] if isinstance(trials, (str, bytes)) else list(trials)
    if items and all(isinstance(i, Identity) for i in items):
        idents = [i for i in items if isinstance(i, Identity)]
    else:
        idents = resolve_trials(_trials(items, "identity_table"))
    rows = []
    for ident in idents:
        other = [f"{r}:{i}" for r, v in ident.ids.items() if r not in (_CTGOV, _CTIS, _EUDRACT) for i in v]
        rows.append((
            ident.key, "; ".join(ident.ids.get(_CTGOV, [])) or None, ident.ctis_id,
            "; ".join(ident.ids.get(_CTIS, [])) or None, "; ".join(ident.ids.get(_EUDRACT, [])) or None,
            "; ".join(other) or None, "; ".join(dict.fromkeys(t.registry for t in ident.records)),
            len(ident.records), "; ".join(_label(t) for t in ident.records),
            next((t.brief_title for t in ident.records if t.brief_title), None),
            " | ".join(e.sentence for e in ident.evidence) or None,
            " | ".join(c.sentence for c in ident.conflicts) or None,
        ))
    df = pd.DataFrame.from_records(rows, columns=list(IDENTITY_COLUMNS)) if rows else \
        pd.DataFrame(columns=list(IDENTITY_COLUMNS))
    return df.astype(IDENTITY_COLUMNS)


def identity_evidence(identities: Iterable[Identity]) -> pd.DataFrame:
    """One row per merge: ``trial_key``, ``record`` and ``linked_record`` (their own IDs),
    ``via_registry`` / ``via_id`` (the ID that links them), ``explanation``; all string."""
    items = [identities] if isinstance(identities, (str, bytes)) else list(identities)
    bad = next((i for i in items if not isinstance(i, Identity)), None)
    if bad is not None:
        raise TypeError(f"identity_evidence: identities must hold Identity objects (from trialink.resolve_trials), "
                        f"got {type(bad).__name__} {bad!r:.60}")
    rows = [(ident.key, a, b, reg, id_, text) for ident in items for a, b, reg, id_, text in ident.edges]
    df = pd.DataFrame.from_records(rows, columns=list(IDENTITY_EVIDENCE_COLUMNS)) if rows else \
        pd.DataFrame(columns=list(IDENTITY_EVIDENCE_COLUMNS))
    return df.astype(IDENTITY_EVIDENCE_COLUMNS)
