"""Find trials by any registry ID: in saved records first, then in the live registries."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import requests

from trialink import ids
from trialink.errors import OfflineError, TrialinkError
from trialink.http import make_session
from trialink.model import Trial
from trialink.sources.ctgov import REGISTRY as CTGOV, CtgovClient
from trialink.sources.local import read_trials
from trialink.tables import design_table

__all__ = ["Lookup", "corpus_dir", "index_records", "lookup_trials", "trials"]

# Corpus sub-folders holding trial records that trialink reads.
_TRIAL_FOLDERS = ("ctgov",)


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


@dataclass
class Lookup:
    """What :func:`lookup_trials` found.

    Attributes
    ----------
    trials : list of Trial
        One per requested ID that resolved (a trial asked for twice appears once).
    found : dict
        Requested canonical ID → ``(trial_id, where)``, ``where`` being ``"corpus"`` or
        ``"ClinicalTrials.gov"``.
    not_found : list of str
        Canonical IDs nobody had.
    errors : dict
        Canonical ID → the error that stopped its lookup (offline miss, HTTP error…).
    """

    trials: list[Trial] = field(default_factory=list)
    found: dict[str, tuple[str, str]] = field(default_factory=dict)
    not_found: list[str] = field(default_factory=list)
    errors: dict[str, TrialinkError] = field(default_factory=dict)

    def status_table(self) -> pd.DataFrame:
        """One row per requested ID: ``requested_id``, ``trial_id``, ``source`` (corpus,
        ClinicalTrials.gov, not found, ``offline: not cached``, error), ``detail`` (the error
        message); all string."""
        rows = [(k, tid, where, None) for k, (tid, where) in self.found.items()]
        rows += [(k, None, "not found", None) for k in self.not_found]
        rows += [(k, None, "offline: not cached" if isinstance(e, OfflineError) else "error",
                  str(e).splitlines()[0]) for k, e in self.errors.items()]
        return pd.DataFrame(rows, columns=["requested_id", "trial_id", "source", "detail"]).astype("string")


def index_records(trials: Iterable[Trial]) -> dict[str, Trial]:
    """Map every registry ID a trial carries (its own, aliases, secondary IDs) to the trial.

    When several records share an ID (the same study saved in two formats) the
    newest ``last_update_posted`` wins.
    """
    index: dict[str, Trial] = {}
    for t in trials:
        for registry_ids in t.registry_ids.values():
            for key in registry_ids:
                old = index.get(key)
                if old is None or (t.last_update_posted or "") > (old.last_update_posted or ""):
                    index[key] = t
    return index


def lookup_trials(
    values: Iterable[str],
    *,
    corpus: str | os.PathLike[str] | None = None,
    use_corpus: bool = True,
    client: CtgovClient | None = None,
    session: requests.Session | None = None,
    offline: bool | None = None,
) -> Lookup:
    """Resolve trial IDs of any registry to trials.

    Looks first in the saved records of the corpus (``corpus`` or ``TRIALINK_CORPUS``),
    then asks ClinicalTrials.gov: NCT numbers in batches of 1000 (``filter.ids``),
    other registries' numbers through ``query.id`` (CT.gov lists EudraCT and EU CT
    numbers as secondary IDs). Nothing found is lost when a later lookup fails: each
    ID ends in ``found``, ``not_found`` or ``errors``.

    Parameters
    ----------
    values : iterable of str
        IDs of any registry (``NCT04964934``, ``2024-519655-28-00``, ``EudraCT 2004-002714-11``).
    corpus : path, optional
        Folder of saved records; default :func:`corpus_dir` when it exists.
    use_corpus : bool, default True
    client, session : optional
        Injected CT.gov client or HTTP session (default :func:`make_session`).
    offline : bool, optional
        Passed to :func:`make_session` when no session is given.

    Raises
    ------
    InvalidIdError
        Before any lookup, listing every value that is not an identifier.
    """
    wanted = list(dict.fromkeys(r.id for r in ids.parse_ids(list(values))))
    out = Lookup()
    chosen: dict[str, Trial] = {}

    def take(key: str, t: Trial, where: str) -> None:
        out.found[key] = (t.trial_id, where)
        chosen.setdefault(t.trial_id, t)

    remaining = wanted
    if use_corpus:
        try:
            folder = corpus_dir(corpus)
        except FileNotFoundError:
            if corpus is not None:
                raise
            folder = None
        if folder is not None:
            subdirs = [folder / s for s in _TRIAL_FOLDERS if (folder / s).is_dir()] or [folder]
            index: dict[str, Trial] = {}
            for sub in subdirs:
                index.update(index_records(read_trials(sub, on_error="collect")))
            for key in wanted:
                if key in index:
                    take(key, index[key], "corpus")
            remaining = [k for k in wanted if k not in out.found]
    if remaining:
        if client is None:
            client = CtgovClient(session if session is not None else make_session(offline=offline))
        ncts = [k for k in remaining if ids.registry_of(k) == CTGOV]
        if ncts:
            try:
                batch = client.studies(ncts)
            except TrialinkError as exc:
                for k in ncts:
                    out.errors[k] = exc
            else:
                by_id = index_records(batch.trials)
                for k in ncts:
                    if k in by_id:
                        take(k, by_id[k], CTGOV)
                    else:
                        out.not_found.append(k)
        for k in (k for k in remaining if k not in ncts):
            try:
                hits = list(client.search(id=k, max_results=20, on_error="collect"))
            except TrialinkError as exc:
                out.errors[k] = exc
                continue
            match = index_records(hits).get(k)
            if match is not None:
                take(k, match, CTGOV)
            else:
                out.not_found.append(k)
    out.trials = list(chosen.values())
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
        :func:`trialink.design_table` columns, one row per resolved trial. IDs that did
        not resolve are listed by ``lookup_trials(...).status_table()``.
    """
    return design_table(lookup_trials(values, corpus=corpus, session=session, offline=offline).trials)


