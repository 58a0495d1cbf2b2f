"""Find trials by any registry ID: in saved records first, then in the live registries."""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import pandas as pd
import requests

from trialink import ids
from trialink.errors import DataQualityWarning, InvalidIdError, OfflineError, PlaceholderIdError, TrialinkError
from trialink.http import make_session
from trialink.identity import Identity, identity_table, resolve_trials
from trialink.model import Publication, Trial
from trialink.sources.ctgov import REGISTRY as CTGOV
from trialink.sources.ctgov import CtgovClient
from trialink.sources.ctis import REGISTRY as CTIS
from trialink.sources.ctis import CtisClient
from trialink.sources.europepmc import EuropePmcClient
from trialink.sources.local import find_corpus, read_publications, read_trials
from trialink.sources.pubmed import PubmedClient
from trialink.tables import design_table, publications_table

__all__ = ["LinkLookup", "Lookup", "PublicationLookup", "corpus_dir", "corpus_publications", "corpus_trials",
           "crosswalk", "index_records", "lookup_links", "lookup_publications", "lookup_trials", "seeds_dir",
           "trials"]

# Corpus sub-folders holding trial records that trialink reads.
_TRIAL_FOLDERS = ("ctgov", "ctis", "euctr")
# Corpus sub-folders holding publication records, in the order their records win (PubMed's own first).
_PUBLICATION_FOLDERS = ("pubmed", "europepmc", "crossref")


def corpus_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """The local corpus folder.

    ``path`` if given; else ``TRIALINK_CORPUS``; else the first ``shared/corpus``
    found beside the working directory or one of its parents (a checkout with
    ``../shared`` beside it).

    Raises
    ------
    FileNotFoundError
        Naming where it looked.
    """
    if path is not None:
        p = Path(path)
        if not p.is_dir():
            raise FileNotFoundError(f"corpus folder {p} does not exist")
        return p
    env = os.environ.get("TRIALINK_CORPUS")
    if env:
        p = Path(env).expanduser()
        if not p.is_dir():
            raise FileNotFoundError(f"TRIALINK_CORPUS={env} is not a folder")
        return p
    found, tried = find_corpus()
    if found is not None:
        return found
    raise FileNotFoundError("no corpus found: set TRIALINK_CORPUS (looked in " + ", ".join(tried[:4]) + ", …)")


def seeds_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """The folder of seed documents (trial pages and abstracts the notebooks read as text).

    ``path`` if given; else ``TRIALINK_SEEDS``; else ``seeds`` beside the corpus folder
    (``../shared/seeds`` for a checkout with ``../shared`` beside it).

    Raises
    ------
    FileNotFoundError
        Naming the folder that is missing.
    """
    chosen = path if path is not None else os.environ.get("TRIALINK_SEEDS")
    p = Path(chosen).expanduser() if chosen else corpus_dir().parent / "seeds"
    if not p.is_dir():
        where = "TRIALINK_SEEDS=" + str(chosen) if chosen and path is None else str(p)
        raise FileNotFoundError(f"seeds folder {where} does not exist (set TRIALINK_SEEDS)")
    return p


@dataclass
class Lookup:
    """What :func:`lookup_trials` found.

    Attributes
    ----------
    trials : list of Trial
        One per requested ID that resolved (a trial asked for twice appears once).
    found : dict
        Requested canonical ID → ``(trial_id, where)``, ``where`` being ``"corpus"``,
        ``"ClinicalTrials.gov"`` or ``"CTIS"``.
    not_found : list of str
        Canonical IDs nobody had.
    errors : dict
        Canonical ID → the error that stopped its lookup (offline miss, HTTP error…).
    identities : list of Identity
        The found trials as one identity each across registries (see
        :func:`trialink.resolve_trials`): with their records in other registries that
        the corpus holds, and the evidence for each merge.
    """

    trials: list[Trial] = field(default_factory=list)
    found: dict[str, tuple[str, str]] = field(default_factory=dict)
    not_found: list[str] = field(default_factory=list)
    errors: dict[str, TrialinkError] = field(default_factory=dict)
    identities: list[Identity] = field(default_factory=list)

    @property
    def records(self) -> list[Trial]:
        """Every record of the found trials' identities (their other registries' records
        from the corpus included), identity by identity, the record that answered first."""
        asked = {id(t) for t in self.trials}
        return [t for ident in self.identities
                for t in sorted(ident.records, key=lambda t: id(t) not in asked)]

    def crosswalk(self) -> pd.DataFrame:
        """The found trials' identities as :func:`trialink.identity_table` rows."""
        return identity_table(self.identities)

    def status_table(self) -> pd.DataFrame:
        """One row per requested ID: ``requested_id``, ``trial_id``, ``source`` (corpus,
        ClinicalTrials.gov, CTIS, not found, ``offline: not cached``, error), ``detail`` (the error
        message); all string."""
        return _status_table(self.found, self.not_found, self.errors, "trial_id")

    def table(self) -> pd.DataFrame:
        """:func:`trialink.design_table` rows of every record of each requested ID's identity,
        with the ``requested_id`` (canonical) that each row answers first: one ID can answer
        with several rows (its records in other registries), and a trial asked for under two
        IDs answers both. IDs that did not resolve have no row (see :meth:`status_table`)."""
        table = design_table(self.records)
        parts = []
        for key, (trial_id, _) in self.found.items():
            ident = next((i for i in self.identities if any(t.trial_id == trial_id for t in i.records)), None)
            members = {t.trial_id for t in ident.records} if ident is not None else {trial_id}
            part = table[table["trial_id"].isin(members)]
            parts.append(part.assign(requested_id=pd.Series([key] * len(part), index=part.index, dtype="string")))
        out = pd.concat(parts, ignore_index=True) if parts else table.assign(requested_id=pd.Series(dtype="string"))
        return out[["requested_id", *table.columns]]


def _status_table(found: Mapping[str, tuple[str, str]], not_found: list[str], errors: Mapping[str, TrialinkError],
                  id_column: str) -> pd.DataFrame:
    rows: list[tuple[str, str | None, str, str | None]] = [(k, rid, where, None) for k, (rid, where) in found.items()]
    rows += [(k, None, "not found", None) for k in not_found]
    rows += [(k, None, "offline: not cached" if isinstance(e, OfflineError) else "error", str(e).splitlines()[0])
             for k, e in errors.items()]
    return pd.DataFrame(rows, columns=["requested_id", id_column, "source", "detail"]).astype("string")


def index_records(trials: Iterable[Trial]) -> dict[str, Trial]:
    """Map every registry ID a trial carries (its own, aliases, secondary IDs) to the trial.

    A record's own ID beats another record's mention of it (the EUCTR record answers for
    its EudraCT number before the CTIS record transitioned from it); among equals, the
    newest ``last_update_posted`` wins (the same study saved in two formats).
    """
    index: dict[str, tuple[bool, str, Trial]] = {}
    for t in trials:
        own = {t.trial_id, *(n for n in (t.nct_id, *t.nct_aliases) if n and t.registry == "ClinicalTrials.gov")}
        for registry_ids in t.registry_ids.values():
            for key in registry_ids:
                rank = (key in own, t.last_update_posted or "")
                old = index.get(key)
                if old is None or rank > old[:2]:
                    index[key] = (*rank, t)
    return {k: v[2] for k, v in index.items()}


def corpus_trials(corpus: str | os.PathLike[str] | None = None) -> list[Trial]:
    """Every trial record saved in the corpus: its ``ctgov``, ``ctis`` and ``euctr`` folders
    (the whole folder when it has none of them); records that fail to parse are skipped
    (see :func:`trialink.read_trials` to inspect them)."""
    folder = corpus_dir(corpus)
    subdirs = [folder / s for s in _TRIAL_FOLDERS if (folder / s).is_dir()] or [folder]
    return [t for sub in subdirs for t in read_trials(sub, on_error="collect")]


def crosswalk(trials_or_corpus: Iterable[Trial] | str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """The identity table (NCT ↔ EU CT ↔ EudraCT ↔ other registries) of saved records.

    ``trials_or_corpus``: trials, or a corpus folder (default :func:`corpus_dir`). See
    :func:`trialink.identity_table` for the columns.
    """
    if trials_or_corpus is None or isinstance(trials_or_corpus, (str, os.PathLike)):
        return identity_table(corpus_trials(trials_or_corpus))
    return identity_table(trials_or_corpus)


_EU_CT = re.compile(r"\d{4}-5\d{5}-\d{2}(?:-\d{2})?")
_PUBLICATION_REGISTRIES = frozenset({"PMID", "DOI", "PMCID"})
_PUBMED, _EUROPEPMC = "PubMed", "Europe PMC"


def _base_index(index: dict[str, Trial]) -> dict[str, Trial]:
    """EU CT base number (no ``-NN``) → the trial of its highest resubmission."""
    out: dict[str, Trial] = {}
    for key in sorted(k for k in index if _EU_CT.fullmatch(k)):
        out[key[:14]] = index[key]
    return out


def _as_values(values: object, function: str, parameter: str = "values") -> list[str]:
    """``values`` as a list of strings: one string is one ID (never its characters); records,
    or anything else that is not a string, get a TypeError naming ``parameter``."""
    if isinstance(values, str):
        return [values]
    if isinstance(values, (Trial, Publication, bytes, Mapping)) or not isinstance(values, Iterable):
        raise TypeError(f"{function}: {parameter} must be IDs (a str or an iterable of str), got "
                        f"{type(values).__name__} {values!r:.60}")
    items = list(values)
    bad = next((v for v in items if not isinstance(v, str)), None)
    if bad is not None:
        hint = " (a record: pass its ID, e.g. .trial_id or .pmid)" if isinstance(bad, (Trial, Publication)) else ""
        raise TypeError(f"{function}: {parameter} must be IDs (str), got {type(bad).__name__} {bad!r:.60}{hint}")
    return items


def _canonical_ids(values: list[str], function: str, kind: Literal["trial", "publication"]
                   ) -> tuple[list[str], dict[str, TrialinkError]]:
    """Canonical IDs of ``kind`` (first occurrence kept) and the placeholders (refused by name).

    Raises
    ------
    InvalidIdError
        Naming every value that is no identifier, or an identifier of the other kind (a PMID
        given to ``lookup_trials``, an NCT number to ``lookup_publications``): one line per value.
    """
    good: list[str] = []
    placeholders: dict[str, TrialinkError] = {}
    bad: list[tuple[str, str]] = []
    for v in values:
        try:
            parsed = ids.parse_id(v)
        except PlaceholderIdError as exc:  # well-formed but not a trial: refused by name, the rest go on
            if kind == "publication":
                bad.append((v, "a placeholder trial ID, not a publication ID"))
            else:
                placeholders[v.strip()] = exc
            continue
        except InvalidIdError:
            bad.append((v, "not an identifier of an accepted format (see trialink.REGISTRIES)"))
            continue
        is_publication = parsed.registry in _PUBLICATION_REGISTRIES
        if kind == "trial" and is_publication:
            bad.append((v, f"a {parsed.registry}, not a trial ID: use trialink.lookup_publications"))
        elif kind == "publication" and not is_publication:
            bad.append((v, f"a {parsed.registry} trial ID, not a publication ID: use trialink.lookup_trials"))
        else:
            good.append(parsed.id)
    if bad:
        raise InvalidIdError.listing(bad, where=function)
    return list(dict.fromkeys(good)), placeholders


@dataclass
class _TrialSearch:
    """One :func:`lookup_trials` run: the result so far and the record chosen per trial."""

    wanted: list[str]
    out: Lookup = field(default_factory=Lookup)
    chosen: dict[str, Trial] = field(default_factory=dict)
    saved: list[Trial] = field(default_factory=list)

    def take(self, key: str, t: Trial, where: str) -> None:
        self.out.found[key] = (t.trial_id, where)
        self.chosen.setdefault(t.trial_id, t)

    @property
    def remaining(self) -> list[str]:
        return [k for k in self.wanted if k not in self.out.found]


def _look_in_store(search: _TrialSearch, store: Any) -> None:
    """Step 1: the record store (found IDs say ``"store"``): the stored trials carrying a wanted
    ID, and the stored records carrying any of their IDs (the same trial in other registries),
    read by ID rather than the whole store."""
    first = store.carrying(search.wanted)
    more = {i for t in first for v in t.registry_ids.values() for i in v} - set(search.wanted)
    search.saved = store.carrying(sorted({*search.wanted, *more})) if more else first
    stored = index_records(search.saved)
    for key in search.remaining:
        if key in stored:
            search.take(key, stored[key], "store")


def _look_in_corpus(search: _TrialSearch, corpus: str | os.PathLike[str] | None) -> None:
    """Step 2: the corpus (a missing default corpus is no error; a named one is)."""
    try:
        search.saved += corpus_trials(corpus)
    except FileNotFoundError:
        if corpus is not None:
            raise
    index = index_records(search.saved)
    bases = _base_index(index)
    for key in search.remaining:
        hit = index.get(key) or (bases.get(key[:14]) if ids.registry_of(key) == CTIS else None)
        if hit is not None:
            search.take(key, hit, "corpus")


def _ask_ctis(search: _TrialSearch, ctis: CtisClient, ct_numbers: list[str]) -> None:
    """Step 3: EU CT numbers at CTIS, one ``/retrieve`` each."""
    batch = ctis.get_many(ct_numbers)
    by_id = index_records(batch.trials)
    for k in ct_numbers:
        if k in by_id:
            search.take(k, by_id[k], CTIS)
        elif k in batch.failed:
            search.out.errors[k] = batch.failed[k]
        elif k in batch.not_found:
            search.out.not_found.append(k)
    for err in batch.errors:
        culprit = next((k for k in ct_numbers if k in (err.source or "")), None)
        if culprit:
            search.out.errors[culprit] = err


def _ask_ctgov(search: _TrialSearch, ctgov: CtgovClient, ncts: list[str]) -> None:
    """Step 4: NCT numbers at ClinicalTrials.gov, in batches (``filter.ids``)."""
    try:
        batch = ctgov.get_many(ncts)
    except TrialinkError as exc:
        for k in ncts:
            search.out.errors[k] = exc
        return
    by_id = index_records(batch.trials)
    unparsed: dict[str, TrialinkError] = {}  # a study that came back but failed to parse: an error, not a miss
    for err in batch.errors:
        culprit = getattr(err, "record_id", None)
        culprit = culprit if culprit in ncts and culprit not in by_id else None
        if culprit:
            unparsed[culprit] = err
    for k in ncts:
        if k in by_id:
            search.take(k, by_id[k], CTGOV)
        elif k in batch.failed:  # request failed or refused by CT.gov's pattern: never "not found"
            search.out.errors[k] = batch.failed[k]
        elif k in unparsed:
            search.out.errors[k] = unparsed[k]
        else:
            search.out.not_found.append(k)


def _ask_by_secondary_id(search: _TrialSearch, ctgov: CtgovClient, ctis: CtisClient, keys: list[str]) -> None:
    """Step 5: EudraCT numbers at CTIS (transitioned trials), then every other registry's
    number through CT.gov ``query.id`` (secondary IDs)."""
    for k in keys:
        try:
            if ids.registry_of(k) == "EudraCT":
                moved = index_records(ctis.search(eudract=k, max_results=5, on_error="collect")).get(k)
                if moved is not None:
                    search.take(k, ctis.get(moved.trial_id), CTIS)
                    continue
            hits = list(ctgov.search(id=k, max_results=20, on_error="collect"))
        except TrialinkError as exc:
            search.out.errors[k] = exc
            continue
        match = index_records(hits).get(k)
        if match is not None:
            search.take(k, match, CTGOV)
        else:
            search.out.not_found.append(k)


def lookup_trials(
    values: str | Iterable[str],
    *,
    corpus: str | os.PathLike[str] | None = None,
    use_corpus: bool = True,
    client: CtgovClient | None = None,
    ctis_client: CtisClient | None = None,
    session: requests.Session | None = None,
    offline: bool | None = None,
    store: Any = None,
) -> Lookup:
    """Resolve trial IDs of any registry to trials.

    Looks first in the saved records of the corpus (``corpus`` or ``TRIALINK_CORPUS``:
    CT.gov, CTIS and EUCTR records; a record answers for every ID it carries, so a
    EudraCT number finds the CTIS trial it was transitioned to, and an EU CT number
    without its ``-NN`` suffix or with an older one finds the newest resubmission).
    Then asks the registries: EU CT numbers at CTIS (``/retrieve``), NCT numbers at
    ClinicalTrials.gov in batches that fit an 8 KB request line (``filter.ids``), EudraCT numbers at CTIS
    (transitioned trials, ``eudraCtCode``) then ClinicalTrials.gov, other registries'
    numbers through CT.gov ``query.id``. Nothing found is lost when a later lookup
    fails: each ID ends in ``found``, ``not_found`` or ``errors``.

    Parameters
    ----------
    values : str or iterable of str
        IDs of any registry (``NCT04964934``, ``2024-519655-28-00``, ``EudraCT 2004-002714-11``);
        one string is one ID.
    corpus : path, optional
        Folder of saved records; default :func:`corpus_dir` when it exists.
    use_corpus : bool, default True
    client, ctis_client, session : optional
        Injected CT.gov / CTIS clients or HTTP session (default :func:`make_session`).
    offline : bool, optional
        Passed to :func:`make_session` when no session is given.
    store : trialink.store.Store, optional
        Looked in first (found IDs say ``"store"``); what the registries return is added
        to it when it is open for writing.

    Raises
    ------
    TypeError
        ``values`` holds records or other non-strings (the message names the type).
    InvalidIdError
        Before any lookup, one line per value that is no identifier or a publication ID
        (PMID, DOI, PMCID: those go to :func:`lookup_publications`). Placeholders
        (``NCT00000000``) are not raised: they end in ``errors``, by name.
    """
    wanted, placeholders = _canonical_ids(_as_values(values, "lookup_trials"), "lookup_trials", "trial")
    search = _TrialSearch(wanted)
    search.out.errors.update(placeholders)
    if store is not None:
        _look_in_store(search, store)
    if use_corpus and search.remaining:
        _look_in_corpus(search, corpus)
    remaining = search.remaining
    if remaining:
        sess = session if session is not None else (
            client.session if client is not None else make_session(offline=offline))
        ctgov = client if client is not None else CtgovClient(sess)
        ctis = ctis_client if ctis_client is not None else CtisClient(sess)
        by_registry: dict[str, list[str]] = {}
        for k in remaining:
            registry = ids.registry_of(k)
            by_registry.setdefault(registry if registry in (CTIS, CTGOV) else "other", []).append(k)
        if by_registry.get(CTIS):
            _ask_ctis(search, ctis, by_registry[CTIS])
        if by_registry.get(CTGOV):
            _ask_ctgov(search, ctgov, by_registry[CTGOV])
        _ask_by_secondary_id(search, ctgov, ctis, by_registry.get("other", []))
        if store is not None and not store.read_only:
            fetched = {tid for tid, where in search.out.found.values() if where in (CTGOV, CTIS)}
            store.add([t for t in search.chosen.values() if t.trial_id in fetched])
    return _finish(search)


def _finish(search: _TrialSearch) -> Lookup:
    """The found trials, their identities (records of the same trial among the saved ones),
    and one :class:`DataQualityWarning` per refused link of those identities."""
    out = search.out
    out.trials = list(search.chosen.values())
    if not out.trials:
        return out
    ids_chosen = {id(t) for t in out.trials}
    pool = [*search.saved, *(t for t in out.trials if all(t is not s for s in search.saved))]
    idents = resolve_trials(pool, warn=False)
    rank = {id(t): n for n, t in enumerate(out.trials)}
    mine = [i for i in idents if any(id(t) in ids_chosen for t in i.records)]
    out.identities = sorted(mine, key=lambda i: min(rank[id(t)] for t in i.records if id(t) in rank))
    for conflict in dict.fromkeys(c for i in out.identities for c in i.conflicts):
        warnings.warn(conflict.sentence, DataQualityWarning, stacklevel=3)
    return out


def trials(
    values: str | Iterable[str],
    *,
    corpus: str | os.PathLike[str] | None = None,
    session: requests.Session | None = None,
    offline: bool | None = None,
) -> pd.DataFrame:
    """Design table of the trials behind IDs of any registry (see :func:`lookup_trials`).

    Returns
    -------
    pandas.DataFrame
        :func:`trialink.design_table` columns, one row per record of each found trial's
        identity: asking for a EudraCT number gives its EUCTR record and, next to it, the
        ClinicalTrials.gov or CTIS record of the same trial when the corpus has one (the
        ``registry`` column tells them apart; ``lookup_trials(...).crosswalk()`` says why
        they were joined). IDs that did not resolve are listed by
        ``lookup_trials(...).status_table()``.
    """
    return design_table(lookup_trials(values, corpus=corpus, session=session, offline=offline).records)


def corpus_publications(corpus: str | os.PathLike[str] | None = None) -> list[Publication]:
    """Every publication record saved in the corpus: its ``pubmed``, ``europepmc`` and
    ``crossref`` folders, in that order (the whole folder when it has none of them); records
    that fail to parse are skipped (see :func:`trialink.read_publications` to inspect them)."""
    folder = corpus_dir(corpus)
    subdirs = [folder / s for s in _PUBLICATION_FOLDERS if (folder / s).is_dir()] or [folder]
    return [p for sub in subdirs for p in read_publications(sub, on_error="collect")]


@dataclass
class PublicationLookup:
    """What :func:`lookup_publications` found.

    Attributes
    ----------
    publications : list of Publication
        One per requested ID that resolved, in request order (an article asked for by its
        PMID and its DOI appears once).
    found : dict
        Requested canonical ID → ``(publication_id, where)``, ``where`` being ``"corpus"``,
        ``"PubMed"`` or ``"Europe PMC"``.
    not_found : list of str
        Canonical IDs that a complete answer did not contain.
    errors : dict
        Canonical ID → the error that stopped its lookup (offline miss, HTTP error…): never
        "not found".
    """

    publications: list[Publication] = field(default_factory=list)
    found: dict[str, tuple[str, str]] = field(default_factory=dict)
    not_found: list[str] = field(default_factory=list)
    errors: dict[str, TrialinkError] = field(default_factory=dict)

    def table(self) -> pd.DataFrame:
        """:func:`trialink.publications_table` rows, one per requested ID that resolved, with
        ``requested_id`` (canonical) first."""
        by_id = {p.publication_id: p for p in self.publications}
        pubs = [by_id[pid] for pid, _ in self.found.values()]
        table = publications_table(pubs)
        table.insert(0, "requested_id", pd.Series(list(self.found), dtype="string"))
        return table

    def status_table(self) -> pd.DataFrame:
        """One row per requested ID: ``requested_id``, ``publication_id``, ``source`` (corpus,
        PubMed, Europe PMC, not found, ``offline: not cached``, error), ``detail``; all string."""
        return _status_table(self.found, self.not_found, self.errors, "publication_id")


def _publication_keys(p: Publication) -> list[str]:
    return [k for k in (p.pmid, (p.doi or "").lower() or None, p.pmcid) if k]


def _key(value: str) -> str:
    """The index key of a canonical publication ID (DOIs compare without case)."""
    return value.lower() if value.startswith("10.") else value


def _ask_europepmc(europepmc: EuropePmcClient, key: str) -> Publication | None:
    """A DOI or PMCID at Europe PMC (``DOI:"…"`` / ``PMCID:…``): the hit that carries it, or None."""
    field_name = "DOI" if key.startswith("10.") else "PMCID"
    query = f'DOI:"{key}"' if field_name == "DOI" else f"PMCID:{key}"
    hits = europepmc.search(query, result_type="core", page_size=5, max_results=5, on_error="collect")
    return next((p for p in hits if _key(key) in _publication_keys(p)), None)


def lookup_publications(
    values: str | Iterable[str],
    *,
    corpus: str | os.PathLike[str] | None = None,
    use_corpus: bool = True,
    client: PubmedClient | None = None,
    europepmc: EuropePmcClient | None = None,
    session: requests.Session | None = None,
    offline: bool | None = None,
) -> PublicationLookup:
    """Resolve publication IDs (PMIDs, DOIs, PMCIDs) to publication records.

    Looks first in the saved records of the corpus (PubMed's record of an article before
    Europe PMC's and Crossref's; a record answers for its PMID, DOI and PMCID), then asks
    PubMed (``efetch``, in batches) for PMIDs and Europe PMC (``DOI:"…"``, ``PMCID:…``)
    for DOIs and PMCIDs. Each ID ends in ``found``, ``not_found`` or ``errors``.

    Parameters
    ----------
    values : str or iterable of str
        ``22663011``, ``PMID: 22663011``, ``10.1056/NEJMoa1203421``, ``PMC3500000``; one
        string is one ID.
    corpus : path, optional
        Folder of saved records; default :func:`corpus_dir` when it exists.
    use_corpus : bool, default True
    client, europepmc, session : optional
        Injected PubMed / Europe PMC clients or HTTP session (default :func:`make_session`).
    offline : bool, optional
        Passed to :func:`make_session` when no session is given.

    Raises
    ------
    TypeError
        ``values`` holds records or other non-strings.
    InvalidIdError
        Before any lookup, one line per value that is no identifier or a trial ID (those go
        to :func:`lookup_trials`).
    """
    wanted, _ = _canonical_ids(_as_values(values, "lookup_publications"), "lookup_publications", "publication")
    out = PublicationLookup()
    chosen: dict[str, Publication] = {}

    def take(key: str, p: Publication, where: str) -> None:
        chosen.setdefault(p.publication_id, p)
        out.found[key] = (chosen[p.publication_id].publication_id, where)

    if use_corpus:
        try:
            saved = corpus_publications(corpus)
        except FileNotFoundError:
            if corpus is not None:
                raise
            saved = []
        index: dict[str, Publication] = {}
        for p in saved:
            for k in _publication_keys(p):
                index.setdefault(k, p)
        for key in wanted:
            if _key(key) in index:
                take(key, index[_key(key)], "corpus")
    remaining = [k for k in wanted if k not in out.found]
    if remaining:
        sess = session if session is not None else (
            client.session if client is not None else make_session(offline=offline))
        pmids = [k for k in remaining if ids.registry_of(k) == "PMID"]
        if pmids:
            _ask_pubmed(out, client if client is not None else PubmedClient(sess), pmids, take)
        ep = europepmc if europepmc is not None else EuropePmcClient(sess)
        for key in (k for k in remaining if k not in pmids):
            try:
                hit = _ask_europepmc(ep, key)
            except TrialinkError as exc:
                out.errors[key] = exc
                continue
            if hit is None:
                out.not_found.append(key)
            else:
                take(key, hit, _EUROPEPMC)
    out.publications = list(chosen.values())
    return out


def _ask_pubmed(out: PublicationLookup, pubmed: PubmedClient, pmids: list[str], take: Any) -> None:
    """PMIDs at PubMed (``efetch``): a failed batch puts its PMIDs in ``errors``, never in ``not_found``."""
    try:
        batch = pubmed.get_many(pmids)
    except TrialinkError as exc:
        out.errors.update(dict.fromkeys(pmids, exc))
        return
    by_pmid = {p.pmid: p for p in batch.publications if p.pmid}
    for k in pmids:
        if k in by_pmid:
            take(k, by_pmid[k], _PUBMED)
        elif k in batch.failed:
            out.errors[k] = batch.failed[k]
        else:
            out.not_found.append(k)


@dataclass
class LinkLookup:
    """What :func:`lookup_links` found.

    Attributes
    ----------
    links : DataFrame
        ``requested_id`` (the canonical ID each row answers; empty when no IDs were given),
        then the columns of :func:`trialink.link`.
    not_found : list of str
        Requested canonical IDs that no link answers.
    """

    links: pd.DataFrame
    not_found: list[str] = field(default_factory=list)


def lookup_links(
    values: str | Iterable[str] | None = None,
    *,
    corpus: str | os.PathLike[str] | None = None,
    trials: Iterable[Trial] | None = None,
    publications: Iterable[Publication] | None = None,
    fuzzy: bool = True,
) -> LinkLookup:
    """Registry ↔ publication links of saved records (:func:`trialink.link`, both
    directions), optionally only those that answer some trial IDs or publication IDs.

    Never uses the network.

    Parameters
    ----------
    values : str or iterable of str, optional
        Trial IDs of any registry (a trial ID answers for every link of a record that carries
        it: its NCT number and its EudraCT number find the same links) and PMIDs / DOIs; one
        string is one ID. None: every link.
    corpus : path, optional
        Where ``trials`` and ``publications`` default from (:func:`corpus_trials`,
        :func:`corpus_publications`).
    trials, publications : iterables of Trial and Publication, optional
    fuzzy : bool, default True
        Also candidates without ID evidence (see :func:`trialink.link`).

    Raises
    ------
    InvalidIdError
        Before any linking, naming every value that is no identifier.
    """
    from trialink.link import link

    wanted: list[str] | None = None
    if values is not None:
        given = _as_values(values, "lookup_links")
        wanted = list(dict.fromkeys(r.id for r in _parse_any(given)))
    trial_list = list(trials) if trials is not None else corpus_trials(corpus)
    pub_list = list(publications) if publications is not None else corpus_publications(corpus)
    df = link(trial_list, pub_list, fuzzy=fuzzy)
    if wanted is None:
        return LinkLookup(df.assign(requested_id=pd.Series(pd.NA, index=df.index, dtype="string"))[
            ["requested_id", *df.columns]])
    aliases: dict[str, set[str]] = {}
    for t in trial_list:
        carried = {i for v in t.registry_ids.values() for i in v} | {t.trial_id}
        for i in carried:
            aliases.setdefault(i, set()).update(carried)
    parts = []
    not_found = []
    dois = df["doi"].str.lower()
    for key in wanted:
        hit = (df["trial_id"].isin(aliases.get(key, set()) | {key}) | (df["pmid"] == key)
               | (dois == key.lower())).fillna(False).astype(bool)
        if not hit.any():
            not_found.append(key)
        part = df[hit]
        parts.append(part.assign(requested_id=pd.Series([key] * len(part), index=part.index, dtype="string")))
    out = pd.concat(parts, ignore_index=True)
    return LinkLookup(out[["requested_id", *df.columns]], not_found)


def _parse_any(values: list[str]) -> list[ids.RegistryId]:
    """Every value parsed (trial or publication ID); one short InvalidIdError naming the bad ones."""
    good: list[ids.RegistryId] = []
    bad: list[tuple[str, str]] = []
    for v in values:
        try:
            good.append(ids.parse_id(v))
        except PlaceholderIdError:
            bad.append((v, "a documentation placeholder, not a registered trial (see trialink.is_placeholder)"))
        except InvalidIdError:
            bad.append((v, "not an identifier of an accepted format (see trialink.REGISTRIES)"))
    if bad:
        raise InvalidIdError.listing(bad, where="lookup_links")
    return good
