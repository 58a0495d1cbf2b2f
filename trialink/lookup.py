"""Find trials by any registry ID: in saved records first, then in the live registries."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import requests

from trialink import ids
from trialink.errors import InvalidIdError, OfflineError, PlaceholderIdError, TrialinkError
from trialink.http import make_session
from trialink.model import Trial
from trialink.identity import Identity, identity_table, resolve_trials
from trialink.sources.ctgov import REGISTRY as CTGOV, CtgovClient
from trialink.sources.ctis import REGISTRY as CTIS, CtisClient
from trialink.sources.local import read_trials
from trialink.tables import design_table

__all__ = ["Lookup", "corpus_dir", "corpus_trials", "crosswalk", "index_records", "lookup_trials", "trials"]

# Corpus sub-folders holding trial records that trialink reads.
_TRIAL_FOLDERS = ("ctgov", "ctis", "euctr")


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
    here = Path.cwd().resolve()
    tried = []
    for d in (here, *here.parents):
        for cand in (d / "shared" / "corpus", d.parent / "shared" / "corpus"):
            tried.append(str(cand))
            if cand.is_dir():
                return cand
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
        rows = [(k, tid, where, None) for k, (tid, where) in self.found.items()]
        rows += [(k, None, "not found", None) for k in self.not_found]
        rows += [(k, None, "offline: not cached" if isinstance(e, OfflineError) else "error",
                  str(e).splitlines()[0]) for k, e in self.errors.items()]
        return pd.DataFrame(rows, columns=["requested_id", "trial_id", "source", "detail"]).astype("string")


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


def _base_index(index: dict[str, Trial]) -> dict[str, Trial]:
    """EU CT base number (no ``-NN``) → the trial of its highest resubmission."""
    out: dict[str, Trial] = {}
    for key in sorted(k for k in index if _EU_CT.fullmatch(k)):
        out[key[:14]] = index[key]
    return out


def lookup_trials(
    values: Iterable[str],
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
    values : iterable of str
        IDs of any registry (``NCT04964934``, ``2024-519655-28-00``, ``EudraCT 2004-002714-11``).
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
    InvalidIdError
        Before any lookup, listing every value that is not an identifier.
    """
    values = [values] if isinstance(values, str) else list(values)  # one string is one ID, not its characters
    bad = next((v for v in values if not isinstance(v, str)), None)
    if bad is not None:
        raise TypeError(f"lookup_trials: values must be trial IDs (str), got {type(bad).__name__} {bad!r:.60}")
    placeholders: dict[str, TrialinkError] = {}
    for v in values:
        try:
            ids.parse_id(v)
        except PlaceholderIdError as exc:  # well-formed but not a trial: refused by name, the rest go on
            placeholders[v.strip()] = exc
        except InvalidIdError:
            pass  # parse_ids below names every invalid value at once
    wanted = list(dict.fromkeys(r.id for r in ids.parse_ids([v for v in values if v.strip() not in placeholders])))
    out = Lookup()
    out.errors.update(placeholders)
    chosen: dict[str, Trial] = {}

    def take(key: str, t: Trial, where: str) -> None:
        out.found[key] = (t.trial_id, where)
        chosen.setdefault(t.trial_id, t)

    remaining = wanted
    saved: list[Trial] = []
    if store is not None:
        saved = store.trials()
        stored = index_records(saved)
        for key in wanted:
            if key in stored:
                take(key, stored[key], "store")
        remaining = [k for k in wanted if k not in out.found]
    if use_corpus and remaining:
        try:
            saved += corpus_trials(corpus)
        except FileNotFoundError:
            if corpus is not None:
                raise
        index = index_records(saved)
        bases = _base_index(index)
        for key in remaining:
            hit = index.get(key) or (bases.get(key[:14]) if ids.registry_of(key) == CTIS else None)
            if hit is not None:
                take(key, hit, "corpus")
        remaining = [k for k in wanted if k not in out.found]
    if not remaining:
        return _finish(out, chosen, saved)
    sess = session if session is not None else (
        client.session if client is not None else make_session(offline=offline))
    ctgov = client if client is not None else CtgovClient(sess)
    ctis = ctis_client if ctis_client is not None else CtisClient(sess)

    ct_numbers = [k for k in remaining if ids.registry_of(k) == CTIS]
    if ct_numbers:
        batch = ctis.trials(ct_numbers)
        by_id = index_records(batch.trials)
        for k in ct_numbers:
            if k in by_id:
                take(k, by_id[k], CTIS)
            elif k in batch.failed:
                out.errors[k] = batch.failed[k]
            elif k in batch.not_found:
                out.not_found.append(k)
        for err in batch.errors:
            key = next((k for k in ct_numbers if k in (err.source or "")), None)
            if key:
                out.errors[key] = err
    ncts = [k for k in remaining if ids.registry_of(k) == CTGOV]
    if ncts:
        try:
            nbatch = ctgov.studies(ncts)
        except TrialinkError as exc:
            for k in ncts:
                out.errors[k] = exc
        else:
            by_id = index_records(nbatch.trials)
            for k in ncts:
                if k in by_id:
                    take(k, by_id[k], CTGOV)
                elif k in nbatch.failed:  # request failed or refused by CT.gov's pattern: never "not found"
                    out.errors[k] = nbatch.failed[k]
                else:
                    out.not_found.append(k)
            for err in nbatch.errors:
                key = next((k for k in ncts if k not in by_id and k in str(err)), None)
                if key:
                    out.errors[key] = err
    for k in (k for k in remaining if k not in ncts and k not in ct_numbers):
        try:
            if ids.registry_of(k) == "EudraCT":
                moved = index_records(ctis.search(eudract=k, max_results=5, on_error="collect")).get(k)
                if moved is not None:
                    take(k, ctis.retrieve(moved.trial_id), CTIS)
                    continue
            hits = list(ctgov.search(id=k, max_results=20, on_error="collect"))
        except TrialinkError as exc:
            out.errors[k] = exc
            continue
        match = index_records(hits).get(k)
        if match is not None:
            take(k, match, CTGOV)
        else:
            out.not_found.append(k)
    if store is not None and not store.read_only:
        fetched = {tid for tid, where in out.found.values() if where in (CTGOV, CTIS)}
        store.add([t for t in chosen.values() if t.trial_id in fetched])
    return _finish(out, chosen, saved)


def _finish(out: Lookup, chosen: dict[str, Trial], saved: list[Trial]) -> Lookup:
    import warnings

    out.trials = list(chosen.values())
    if out.trials:
        ids_chosen = {id(t) for t in out.trials}
        pool = [*saved, *(t for t in out.trials if all(t is not s for s in saved))]
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            idents = resolve_trials(pool)
        rank = {id(t): n for n, t in enumerate(out.trials)}
        mine = [i for i in idents if any(id(t) in ids_chosen for t in i.records)]
        out.identities = sorted(mine, key=lambda i: min(rank[id(t)] for t in i.records if id(t) in rank))
        relevant = {c.sentence for i in out.identities for c in i.conflicts}
        for w in caught:
            if str(w.message) in relevant:
                warnings.warn(w.message, w.category, stacklevel=3)
    return out


def trials(
    values: Iterable[str],
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
