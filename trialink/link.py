"""Registry ↔ publication linking: every kind of evidence recorded, scored and explained."""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import pandas as pd
from rapidfuzz import fuzz, process

from trialink import ids
from trialink.errors import IncompleteResultsWarning
from trialink.model import Accession, Provenance, Publication, Reference, Trial

if TYPE_CHECKING:
    from trialink.sources.europepmc import EuropePmcClient
    from trialink.sources.pubmed import PubmedClient

__all__ = ["EVIDENCE_WEIGHTS", "LINK_COLUMNS", "Evidence", "EvidenceKind", "IdEvidenceKind", "CandidateEvidenceKind",
           "evaluate_links", "find_publications", "link", "trials_for"]

IdEvidenceKind = Literal[
    "registry_reference_result", "registry_reference_derived", "registry_reference_background",
    "registry_reference_unknown", "pubmed_databank", "crossref_trial_number", "id_in_abstract_registration",
    "id_in_abstract", "europepmc_text_mined", "europepmc_text_mined_background",
]
"""Kinds of ID evidence (a registry number or a listed reference); weights in :data:`EVIDENCE_WEIGHTS`."""

CandidateEvidenceKind = Literal[
    "acronym", "title_similarity", "intervention_overlap", "condition_overlap", "published_after_start",
    "published_before_start", "enrollment_match",
]
"""Kinds of evidence for fuzzy candidates (no shared ID): :func:`find_publications`."""

EvidenceKind = IdEvidenceKind | CandidateEvidenceKind
"""Every kind of :class:`Evidence`."""

EVIDENCE_WEIGHTS: dict[IdEvidenceKind, float] = {
    "registry_reference_result": 0.90,
    "registry_reference_derived": 0.85,
    "registry_reference_background": 0.40,
    "pubmed_databank": 0.95,
    "crossref_trial_number": 0.90,
    "id_in_abstract_registration": 0.85,
    "id_in_abstract": 0.50,
    "europepmc_text_mined": 0.70,
    "europepmc_text_mined_background": 0.30,
    "registry_reference_unknown": 0.40,
}
"""Weight of each kind of ID evidence; scores combine them as 1 − ∏(1 − w)."""

CANDIDATE_CAP = 0.6
"""Fuzzy candidates (no ID evidence) never score above this, so they never outrank ID links."""

LINK_COLUMNS = ["trial_id", "pmid", "doi", "evidence", "score", "role", "explanation", "link_type", "title",
                "pub_date", "citation", "present"]


@dataclass(frozen=True)
class Evidence:
    """One reason to link: ``kind`` (see :data:`EVIDENCE_WEIGHTS`, or ``acronym``,
    ``title_similarity``, ``intervention_overlap``, ``condition_overlap``,
    ``published_after_start``, ``enrollment_match`` for candidates), a ``detail`` that a
    reader can check, and its ``weight``."""

    kind: EvidenceKind
    detail: str
    weight: float

    def as_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "detail": self.detail, "weight": round(self.weight, 3)}


# Europe PMC section names where an article cites other trials rather than reporting its own.
_BACKGROUND_SECTIONS = {"introduction", "background", "discussion", "references", "reference list"}
_REGISTRATION = re.compile(r"registr|ClinicalTrials\.gov|identifier|number|ISRCTN|EudraCT|trial\s+id", re.I)


_REFERENCE_KINDS: dict[str, IdEvidenceKind] = {
    "RESULT": "registry_reference_result", "DERIVED": "registry_reference_derived",
    "BACKGROUND": "registry_reference_background"}


def _reference_evidence(trial: Trial, ref: Reference) -> Evidence:
    """A publication the trial's record lists (RESULT / DERIVED / BACKGROUND, or a type not given)."""
    kind = _REFERENCE_KINDS.get((ref.type or "").upper(), "registry_reference_unknown")
    what = f"PMID {ref.pmid}" if ref.pmid else "a publication without PMID"
    return Evidence(kind, f"{trial.trial_id} lists {what} as {ref.type or 'a reference of unstated type'}",
                    EVIDENCE_WEIGHTS[kind])


def _accession_evidence(pub: Publication, a: Accession) -> Evidence | None:
    """A registry number the publication carries, by where it was found."""
    if a.where == "databank":
        return Evidence("pubmed_databank", f"PubMed DataBank {a.bank or a.registry}: {a.id}",
                        EVIDENCE_WEIGHTS["pubmed_databank"])
    if a.where == "crossref":
        return Evidence("crossref_trial_number", f"Crossref clinical-trial-number {a.id}",
                        EVIDENCE_WEIGHTS["crossref_trial_number"])
    if a.where == "europepmc":
        # Found only where papers discuss other work: a citation, not this trial's report.
        background = bool(a.sections) and all(s.lower() in _BACKGROUND_SECTIONS for s in a.sections)
        kind: IdEvidenceKind = "europepmc_text_mined_background" if background else "europepmc_text_mined"
        where = f" ({', '.join(a.sections)})" if a.sections else ""
        return Evidence(kind, f"Europe PMC text mining found {a.id} in the article{where}", EVIDENCE_WEIGHTS[kind])
    if a.where == "text":
        sentence = _sentence_with(pub, a.id)
        registration = bool(sentence) and is_registration_sentence(sentence or "")
        text_kind: IdEvidenceKind = "id_in_abstract_registration" if registration else "id_in_abstract"
        return Evidence(text_kind, f"{a.id} in title/abstract: \u201c{(sentence or '')[:120]}\u201d",
                        EVIDENCE_WEIGHTS[text_kind])
    return None


def _sentence_with(pub: Publication, trial_id: str) -> str | None:
    for text in (pub.title or "", pub.abstract or ""):
        for m in ids.find_ids(text):
            if m.id == trial_id:
                return sentence_around(text, m.start, m.end)
    return None


def is_registration_sentence(sentence: str) -> bool:
    """Whether ``sentence`` states a registration ("Trial registration: ...", "ClinicalTrials.gov
    identifier ...", "ISRCTN ...") rather than mentioning a number in passing."""
    return bool(_REGISTRATION.search(sentence))


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]``: from the last ". " or line break before it to the
    next ". " or line break (abstract sections are lines; no sentence runs across two), so a number
    mentioned in passing just before a "TRIAL REGISTRATION:" line is not read as registered."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    ends = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return text[left:min(ends) if ends else len(text)].strip()


# ---------------------------------------------------------------------------
# Candidates without ID evidence
# ---------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9-]{3,}")
_WORD3 = re.compile(r"[A-Za-z][A-Za-z0-9-]{2,}")  # publication words: 3+ characters, for 3-letter acronyms
_STOP = {"placebo", "control", "standard", "therapy", "treatment", "group", "arm", "drug", "dose", "oral",
         "tablet", "tablets", "injection", "daily", "plus", "with", "versus", "care", "best", "supportive",
         "other", "combination", "cancer", "patients", "study", "trial", "disease", "chronic", "acute", "advanced",
         "metastatic", "positive", "negative", "syndrome", "primary", "adult", "adults", "phase"}
_N = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d{2,6})\s+(?:patients|participants|subjects|women|men|children|adults)")


def _tokens(*texts: str | None) -> set[str]:
    return {w.lower() for t in texts for w in _WORD.findall(t or "")} - _STOP


@dataclass(frozen=True)
class _TrialKeys:
    """What fuzzy matching needs of a trial, computed once per trial."""

    acr: frozenset[str]
    acr_pattern: re.Pattern[str] | None
    inter: frozenset[str]
    cond: frozenset[str]
    block: frozenset[str]  # words that put a publication in this trial's block
    titles: tuple[str, ...]
    acr_words: frozenset[str] = frozenset()  # the acronym's first word, lower case


def _keys(trial: Trial) -> _TrialKeys:
    acr = {trial.acronym.upper()} if trial.acronym and len(trial.acronym) >= 3 else set()
    # An "acronym" that is the disease's name (COVID-19, HIV) identifies nothing.
    conditions = " ".join(trial.conditions).upper()
    acr = {a for a in acr if a not in conditions and not re.match(r"(?:COVID|SARS|HIV|CANCER)\b", a)}
    inter = _tokens(*(i.name for i in trial.interventions), *(o for i in trial.interventions for o in i.other_names))
    cond = _tokens(*trial.conditions)
    pattern = (re.compile("|".join(rf"(?<![\w-]){re.escape(a)}(?![\w-]|-\d)" for a in sorted(acr)), re.I)
               if acr else None)
    acr_words = {w.lower() for a in acr for w in _WORD3.findall(a)[:1]}
    titles = tuple(t for t in (trial.official_title or trial.brief_title or "",
                               trial.brief_title if trial.brief_title and trial.official_title else None)
                   if t is not None)
    return _TrialKeys(frozenset(acr), pattern, frozenset(inter), frozenset(cond), frozenset(acr_words | inter),
                      titles, frozenset(acr_words))


class _PubText:
    """What fuzzy matching needs of a publication, computed once per publication: the words
    it shares with any trial's keys (not all its words: memory stays small), and, lazily,
    its text and the Ns it reports."""

    __slots__ = ("pub", "words", "_ns")

    def __init__(self, pub: Publication, relevant: frozenset[str]) -> None:
        self.pub = pub
        lowered = f"{pub.title or ''}\n{pub.abstract or ''}".lower()
        self.words = relevant.intersection(_WORD3.findall(lowered))
        self._ns: list[int] | None = None

    @property
    def text(self) -> str:
        return f"{self.pub.title or ''}\n{self.pub.abstract or ''}"

    @property
    def ns(self) -> list[int]:
        if self._ns is None:
            self._ns = [int(x.replace(",", "")) for x in _N.findall(self.text)]
        return self._ns


def _upper_bound(trial: Trial, keys: _TrialKeys, text: _PubText, title_score: float) -> float:
    """The most a candidate can score (as _candidate_evidence would), from sets only."""
    acr = 0.35 if keys.acr_words & text.words else 0.0
    n_inter = len(keys.inter & text.words)
    n_cond = len(keys.cond & text.words)
    title = 0.3 * (title_score - 50) / 50 if title_score >= 50 else 0.0
    return (acr + min(0.25, 0.1 * n_inter) + min(0.1, 0.04 * n_cond) + title + 0.05
            + (0.1 if trial.enrollment else 0.0))


def _candidate_evidence(trial: Trial, keys: _TrialKeys, pub: Publication, text: _PubText,
                        title_score: float) -> list[Evidence]:
    out: list[Evidence] = []
    if keys.acr_pattern is not None and keys.acr_words & text.words and keys.acr_pattern.search(text.text):
        out.append(Evidence("acronym", f"acronym {trial.acronym} in title/abstract", 0.35))
    shared = keys.inter & text.words
    if shared:
        out.append(Evidence("intervention_overlap", "interventions: " + ", ".join(sorted(shared)[:5]),
                            min(0.25, 0.1 * len(shared))))
    shared_c = keys.cond & text.words
    if shared_c:
        out.append(Evidence("condition_overlap", "conditions: " + ", ".join(sorted(shared_c)[:5]),
                            min(0.1, 0.04 * len(shared_c))))
    if title_score >= 50:
        out.append(Evidence("title_similarity", f"title similarity {title_score:.0f}/100",
                            0.3 * (title_score - 50) / 50))
    if trial.start_date and pub.pub_date:
        if pub.pub_date[:7] >= trial.start_date[:7]:
            out.append(Evidence("published_after_start", f"published {pub.pub_date} after start {trial.start_date}",
                                0.05))
        else:
            out.append(Evidence("published_before_start", f"published {pub.pub_date} before start "
                                f"{trial.start_date}", -0.2))
    if trial.enrollment:
        close = [n for n in text.ns if abs(n - trial.enrollment) <= max(2, 0.1 * trial.enrollment)]
        if close:
            out.append(Evidence("enrollment_match", f"reports N={close[0]} vs registered {trial.enrollment}", 0.1))
    return out


# ---------------------------------------------------------------------------
# Roles, scores, explanations
# ---------------------------------------------------------------------------

_SECONDARY = re.compile(r"post[- ]hoc|secondary analys|exploratory analys|subgroup|pooled analys|"
                        r"long[- ]term follow[- ]up|updated analys|final overall survival|patient[- ]reported",
                        re.I)
_PROTOCOL = re.compile(r"\bprotocol\b|design and rationale|rationale and design|study design", re.I)


def _role(trial: Trial, pub: Publication, evidence: list[Evidence]) -> str:
    kinds = {e.kind for e in evidence}
    if "registry_reference_background" in kinds and not kinds & {"pubmed_databank", "registry_reference_result"}:
        return "background"
    weak = {"id_in_abstract", "europepmc_text_mined_background"}
    if kinds & weak and not kinds - weak - {"acronym", "intervention_overlap", "condition_overlap",
                                            "title_similarity", "published_after_start", "enrollment_match",
                                            "published_before_start"}:
        if "europepmc_text_mined_background" in kinds:
            return "background"
        return "background" if pub.pmid and not pub.is_rct else "unknown"
    if trial.start_date and pub.pub_date and pub.pub_date[:7] < trial.start_date[:7]:
        return "background"
    title = pub.title or ""
    if any("protocol" in t.lower() for t in pub.publication_types) or _PROTOCOL.search(title):
        return "protocol"
    if _SECONDARY.search(title):
        return "secondary analysis"
    if kinds & {"registry_reference_result", "pubmed_databank", "crossref_trial_number",
                "id_in_abstract_registration", "registry_reference_derived", "europepmc_text_mined"}:
        return "results"
    return "unknown"


def _combine(evidence: list[Evidence]) -> tuple[float, str]:
    id_weights = [e.weight for e in evidence if e.kind in EVIDENCE_WEIGHTS]
    if id_weights:
        return 1 - math.prod(1 - w for w in id_weights), "id"
    total = sum(e.weight for e in evidence)
    return max(0.0, min(CANDIDATE_CAP, total)), "candidate"


def _explain(trial: Trial, pub: Publication, evidence: list[Evidence], role: str, link_type: str) -> str:
    strongest = sorted(evidence, key=lambda e: -e.weight)
    reasons = "; ".join(e.detail for e in strongest[:2])
    what = "linked" if link_type == "id" else "candidate (no registry ID in common)"
    return (f"{trial.trial_id} \u2194 {pub.publication_id or 'a publication cited without PMID'}: {what}, role {role}"
            f" \u2014 {reasons}")


BLOCK_LIMIT = 1000
"""A word carried by more publications than this does not block candidates (too common to tell
trials apart); it still counts as evidence for the publications a rarer word brought in."""

_KEEP = ("all", "trials", "both")


@dataclass
class _Pair:
    trial: int | None  # index of the trial record, None when only the publication names it
    trial_id: str
    registry: str | None
    pub: int | None  # index of the publication record, None when only the trial lists it
    pmid: str | None
    citation: str | None
    evidence: list[Evidence]


def link(
    trials: Iterable[Trial],
    publications: Iterable[Publication],
    *,
    fuzzy: bool = True,
    min_candidate_score: float = 0.45,
    max_candidates: int = 5,
    exclude_evidence: Iterable[str] = (),
    keep: str = "all",
    block_limit: int = BLOCK_LIMIT,
    store: Any = None,
) -> pd.DataFrame:
    """Link trials and publications, in both directions, with the evidence for each link.

    Every link that has evidence on either side is returned: a trial record's registry
    references (``registry_reference_*``, with the PMID and citation even when that
    publication's record is not among ``publications``), and a publication's registry
    numbers (PubMed DataBank, Crossref clinical-trial-number, Europe PMC text mining,
    numbers in the title/abstract) even when that trial's record is not among
    ``trials``. The ``present`` column says which records were given.

    ID evidence is looked up through indexes (registry number → trial, PMID →
    publication), never pair by pair. Pairs with no ID evidence (both records needed) are
    blocked by an inverted index from words (the trial's acronym, its interventions) to
    publications; each trial's block is ranked by the words it shares, its titles are
    compared with the block's in one ``rapidfuzz.process.cdist`` call, and the best are
    returned as candidates scored at most :data:`CANDIDATE_CAP`, below any ID-based link.
    Words and keys are computed once per record, so the cost grows with the number of
    records, not with trials × publications.

    Parameters
    ----------
    trials, publications : iterables of Trial and Publication
        The same trial or article given twice (two record versions, PubMed and Europe PMC)
        is used once: the newest trial record, the first publication.
    fuzzy : bool, default True
        Also return candidates without ID evidence.
    min_candidate_score : float, default 0.45
        Candidates need more than shared generic words: an acronym, a similar title, or
        several specific interventions with a matching N.
    max_candidates : int, default 5
        Per trial, best first.
    exclude_evidence : iterable of str
        Evidence kinds to ignore (for evaluation: hide the kind used as ground truth).
    keep : {"all", "trials", "both"}, default "all"
        ``"all"``: links with a record on either side; ``"trials"``: links of the given
        trials only; ``"both"``: only pairs whose two records were given.
    block_limit : int, default :data:`BLOCK_LIMIT`
        Words carried by more publications do not block candidates.
    store : trialink.store.Store, optional
        Also link every trial and publication held in this record store.

    Returns
    -------
    pandas.DataFrame
        One row per (trial, publication): ``trial_id`` (the trial record's ID, or the
        registry number the publication carries), ``pmid``, ``doi``, ``evidence`` (list of
        dicts: kind, detail, weight), ``score`` (float in [0, 1]), ``role`` (results /
        protocol / background / secondary analysis / unknown), ``explanation`` (one line),
        ``link_type`` (``id`` or ``candidate``), ``title``, ``pub_date`` (None when the
        publication record was not given), ``citation`` (the trial record's citation of
        the publication, when it lists it), ``present`` (``both``, ``trial`` — only the
        trial record was given — or ``publication``); sorted by trial, then score (best
        first).
    """
    if keep not in _KEEP:
        raise ValueError(f"keep={keep!r}; allowed: {list(_KEEP)}")
    if not isinstance(block_limit, int) or block_limit < 1:
        raise ValueError(f"block_limit must be a positive int, got {block_limit!r}")
    if store is not None:
        trials, publications = [*trials, *store.trials()], [*publications, *store.publications()]
    # One record per trial and per publication (the same study saved twice, the same
    # article from PubMed and Europe PMC): the newest trial record, the first publication.
    newest: dict[str, Trial] = {}
    for t in trials:
        old = newest.get(t.trial_id)
        if old is None or (t.last_update_posted or "") > (old.last_update_posted or ""):
            newest[t.trial_id] = t
    trial_list = list(newest.values())
    pubs = list({p.publication_id: p for p in reversed(list(publications))}.values())[::-1]
    skip = set(exclude_evidence)

    trial_of: dict[str, int] = {}
    for i, t in enumerate(trial_list):
        for k in _trial_ids(t):
            trial_of.setdefault(k, i)
    pub_of: dict[str, int] = {}
    for j, p in enumerate(pubs):
        if p.pmid:
            pub_of.setdefault(p.pmid, j)

    pairs: dict[tuple[str, str], _Pair] = {}
    # The trial side: publications the registry record lists.
    for i, t in enumerate(trial_list):
        for r in t.references:
            ev = _reference_evidence(t, r)
            if ev.kind in skip:
                continue
            pj = pub_of.get(r.pmid) if r.pmid else None
            key = (t.trial_id, pubs[pj].publication_id if pj is not None else r.pmid or f"citation:{r.citation}")
            pair = pairs.get(key)
            if pair is None:
                pair = pairs[key] = _Pair(i, t.trial_id, t.registry, pj, r.pmid, r.citation, [])
            pair.citation = pair.citation or r.citation
            pair.evidence.append(ev)
    # The publication side: registry numbers the article carries.
    for j, p in enumerate(pubs):
        for a in p.accessions:
            if a.registry not in ids.TRIAL_REGISTRIES:
                continue
            aev = _accession_evidence(p, a)
            if aev is None or aev.kind in skip:
                continue
            ti = trial_of.get(a.id)
            tid = trial_list[ti].trial_id if ti is not None else a.id
            key = (tid, p.publication_id)
            pair = pairs.get(key)
            if pair is None:
                pair = pairs[key] = _Pair(ti, tid, trial_list[ti].registry if ti is not None else a.registry, j,
                                          p.pmid, None, [])
            pair.evidence.append(aev)

    rows: list[tuple[object, ...]] = []
    stubs: dict[str, Trial] = {}
    linked: dict[int, set[int]] = {}
    for pair in pairs.values():
        if (keep == "trials" and pair.trial is None) or (keep == "both" and (pair.trial is None or pair.pub is None)):
            continue
        if pair.trial is not None:
            trial = trial_list[pair.trial]
        else:
            trial = stubs.get(pair.trial_id) or stubs.setdefault(pair.trial_id,
                                                                 _stub(pair.trial_id, "publication", pair.registry))
        pub = pubs[pair.pub] if pair.pub is not None else Publication(pmid=pair.pmid,
                                                                     provenance=Provenance("registry reference"))
        present = "both" if pair.trial is not None and pair.pub is not None else (
            "trial" if pair.trial is not None else "publication")
        if pair.trial is not None and pair.pub is not None:
            linked.setdefault(pair.trial, set()).add(pair.pub)
        rows.append(_row(trial, pub, pair.evidence, pair.citation, present))
    if fuzzy and trial_list and pubs:
        rows += _fuzzy(trial_list, pubs, linked, min_candidate_score, max_candidates, block_limit)
    df = pd.DataFrame(rows, columns=LINK_COLUMNS)
    df["score"] = df["score"].astype("float64")
    for c in LINK_COLUMNS:
        if c not in ("evidence", "score"):
            df[c] = df[c].astype("string")
    return df.sort_values(["trial_id", "score"], ascending=[True, False], kind="stable").reset_index(drop=True)


def _trial_ids(trial: Trial) -> set[str]:
    return {i for v in trial.registry_ids.values() for i in v} | {trial.trial_id}


def _row(trial: Trial, pub: Publication, evidence: list[Evidence], citation: str | None = None,
         present: str = "both") -> tuple[object, ...]:
    score, link_type = _combine(evidence)
    role = _role(trial, pub, evidence)
    return (trial.trial_id, pub.pmid, pub.doi, [e.as_dict() for e in evidence], round(score, 4), role,
            _explain(trial, pub, evidence, role, link_type), link_type, pub.title, pub.pub_date, citation, present)


def _fuzzy(trial_list: list[Trial], pubs: list[Publication], linked: dict[int, set[int]], floor: float,
           most: int, block_limit: int) -> list[tuple[object, ...]]:
    """Candidates without ID evidence: inverted-index blocks, then one cdist per trial's block."""
    import numpy as np

    keys = [_keys(t) for t in trial_list]
    vocabulary = frozenset().union(*(k.block for k in keys))
    if not vocabulary:
        return []
    relevant = vocabulary.union(*(k.cond for k in keys))
    texts = [_PubText(p, relevant) for p in pubs]
    postings: dict[str, list[int]] = {}
    for j, tx in enumerate(texts):
        for w in tx.words & vocabulary:
            postings.setdefault(w, []).append(j)
    arrays = {w: np.asarray(js, dtype=np.int64) for w, js in postings.items() if len(js) <= block_limit}
    width = max(50, 10 * most)  # publications per block that are scored in full
    rows: list[tuple[object, ...]] = []
    for i, (trial, k) in enumerate(zip(trial_list, keys, strict=True)):
        hits = [arrays[w] for w in k.block if w in arrays]
        if not hits or not k.titles:
            continue
        # Rank the block by the words each publication shares with the trial (acronym words count 3).
        weights = [np.full(len(a), 3 if w in k.acr_words else 1, dtype=np.int64)
                   for w, a in ((w, arrays[w]) for w in k.block if w in arrays)]
        js, inverse = np.unique(np.concatenate(hits), return_inverse=True)
        shared = np.bincount(inverse, weights=np.concatenate(weights))
        done = linked.get(i)
        if done:
            keep_mask = ~np.isin(js, np.fromiter(done, dtype=np.int64))
            js, shared = js[keep_mask], shared[keep_mask]
        if len(js) > width:
            top = np.argpartition(-shared, width - 1)[:width]
            js = js[top]
        pool = js.tolist()
        if not pool:
            continue
        sims = process.cdist(list(k.titles), [pubs[j].title or "" for j in pool], scorer=fuzz.token_set_ratio,
                             workers=1)
        best = sims.max(axis=0)
        scored = []
        for col, j in enumerate(pool):
            if _upper_bound(trial, k, texts[j], float(best[col])) < floor:
                continue
            ev = _candidate_evidence(trial, k, pubs[j], texts[j], float(best[col]))
            score, _ = _combine(ev)
            if score >= floor:
                scored.append((score, j, ev))
        scored.sort(key=lambda x: -x[0])
        rows += [_row(trial, pubs[j], ev) for _, j, ev in scored[:most]]
    return rows


def _stub(trial_id: str, origin: str, registry: str | None = None) -> Trial:
    """A trial known only by its number: all that ID evidence needs."""
    return Trial(trial_id=trial_id, registry=registry or ids.registry_of(trial_id), provenance=Provenance(origin),
                 nct_id=trial_id if trial_id.startswith("NCT") else None)


def trials_for(publications: Iterable[Publication], trials: Iterable[Trial] = ()) -> pd.DataFrame:
    """The reverse direction: for each publication, the trials it belongs to.

    :func:`link` seen from the publication side: the registry numbers the publications
    carry, with their evidence (a trial record is not needed to know that PubMed files an
    article under NCT01245062), joined with the given trial records' own references.

    Returns
    -------
    pandas.DataFrame
        :data:`LINK_COLUMNS`, sorted by publication then score.
    """
    df = link(list(trials), list(publications))
    return df.sort_values(["pmid", "score"], ascending=[True, False], kind="stable").reset_index(drop=True)


def evaluate_links(links: pd.DataFrame, gold: pd.DataFrame, *, threshold: float = 0.5,
                   ks: Iterable[int] = (1, 3)) -> pd.DataFrame:
    """Precision, recall and recall@k of links against a gold standard.

    Parameters
    ----------
    links : DataFrame
        From :func:`link` (``trial_id``, ``pmid``, ``score``).
    gold : DataFrame
        Columns ``trial_id`` and ``pmid``: the true pairs. Only trials in ``gold`` are scored.
    threshold : float, default 0.5
        Links scoring at least this count as predicted.
    ks : iterable of int
        recall@k: the share of gold pairs whose publication ranks in the top k of its trial.

    Returns
    -------
    pandas.DataFrame
        One row: ``n_gold``, ``n_predicted``, ``true_positives``, ``precision``, ``recall``
        and ``recall_at_{k}`` for each k.
    """
    truth = {(str(t), str(p)) for t, p in zip(gold["trial_id"], gold["pmid"], strict=True)}
    scored = links[links["trial_id"].isin({t for t, _ in truth})]
    predicted = {(str(t), str(p)) for t, p, s in zip(scored["trial_id"], scored["pmid"], scored["score"], strict=True)
                 if s >= threshold}
    tp = len(predicted & truth)
    row: dict[str, float | int] = {"n_gold": len(truth), "n_predicted": len(predicted), "true_positives": tp,
                                   "precision": tp / len(predicted) if predicted else float("nan"),
                                   "recall": tp / len(truth) if truth else float("nan")}
    ranked = {t: list(g.sort_values("score", ascending=False)["pmid"].astype(str)) for t, g in
              scored.groupby("trial_id")}
    for k in ks:
        hits = sum(1 for t, p in truth if p in ranked.get(t, [])[:k])
        row[f"recall_at_{k}"] = hits / len(truth) if truth else float("nan")
    return pd.DataFrame([row])


def find_publications(
    trial_ids: str | Iterable[str],
    *,
    trials: Iterable[Trial] = (),
    pubmed: PubmedClient | None = None,
    europepmc: EuropePmcClient | None = None,
    session: object | None = None,
    offline: bool | None = None,
    fuzzy: bool = True,
) -> pd.DataFrame:
    """Search the literature for trials and link what comes back, with evidence.

    For each registry number: PubMed ``{id}[si]`` (the secondary-source field) and
    ``{id}[tiab]``, Europe PMC ``ACCESSION_ID:"{id}"`` (text-mined accession numbers) and
    the trial record's own reference PMIDs; then all found articles are fetched in batches,
    Europe PMC's Annotations API says which registry numbers each one mentions and in which
    sections (abstract and open full text), and all is passed to :func:`link`. A failing
    search is skipped — what the other searches found is kept — and listed in the table's
    ``attrs["failures"]`` (dicts with ``step``, ``query``, ``error``, ``problem``), with one
    :class:`~trialink.errors.IncompleteResultsWarning` (its ``failures`` the same list), so an
    empty table is never mistaken for "nothing published".

    Parameters
    ----------
    trial_ids : iterable of str
        Registry numbers of any registry.
    trials : iterable of Trial, optional
        Their records (for registry references, acronyms and titles); stubs are used for
        IDs without a record.
    pubmed, europepmc : clients, optional
        Default :class:`~trialink.sources.pubmed.PubmedClient` /
        :class:`~trialink.sources.europepmc.EuropePmcClient` on ``session``.

    Returns
    -------
    pandas.DataFrame
        :data:`LINK_COLUMNS`; Europe PMC hits add ``europepmc_text_mined`` evidence
        (``europepmc_text_mined_background`` when the number is only in an Introduction,
        Discussion or reference list: a citation, scored lower, role background).
    """
    import logging

    from trialink.errors import TrialinkError
    from trialink.http import make_session
    from trialink.model import Accession
    from trialink.sources._accessions import merge_accessions
    from trialink.sources.europepmc import EuropePmcClient
    from trialink.sources.pubmed import PubmedClient

    log = logging.getLogger(__name__)
    from trialink.sources._base import as_id_list

    wanted = [r.id for r in ids.parse_ids(as_id_list(trial_ids, "trial_ids"))]
    records = {t.trial_id: t for t in trials}
    for t in list(records.values()):
        for v in t.registry_ids.values():
            for i in v:
                records.setdefault(i, t)
    sess = session if session is not None else make_session(offline=offline)
    pm = pubmed if pubmed is not None else PubmedClient(sess)  # type: ignore[arg-type]
    ep = europepmc if europepmc is not None else EuropePmcClient(sess)  # type: ignore[arg-type]
    pmids: dict[str, None] = {}
    mined: dict[str, set[str]] = {}
    failures: list[dict[str, object]] = []  # returned in .attrs["failures"]: an empty table is not "nothing found"
    for tid in wanted:
        rec = records.get(tid)
        for r in (rec.references if rec else ()):
            if r.pmid:
                pmids[r.pmid] = None
        for term in (f"{tid}[si]", f"{tid}[tiab]"):
            try:
                pmids.update(dict.fromkeys(pm.esearch(term)["ids"]))
            except TrialinkError as exc:
                log.warning("PubMed search %s failed: %s", term, exc)
                failures.append(_failure("pubmed_esearch", term, exc))
        try:
            for p in ep.trial_publications(tid, result_type="lite", max_results=500,
                                           on_error="collect"):
                if p.pmid:
                    pmids[p.pmid] = None
                    mined.setdefault(p.pmid, set()).add(tid)
        except TrialinkError as exc:
            log.warning("Europe PMC search for %s failed: %s", tid, exc)
            failures.append(_failure("europepmc_search", tid, exc))
    pubs = []
    if pmids:
        try:
            batch = pm.get_many(list(pmids))
            pubs = batch.publications
            failures.extend(_failure("pubmed_efetch", p, e) for p, e in getattr(batch, "failed", {}).items())
        except TrialinkError as exc:
            log.warning("PubMed efetch failed: %s", exc)
            failures.append(_failure("pubmed_efetch", ",".join(pmids), exc))
    # Europe PMC's text mining is evidence of its own: the sections each number is in
    # (Annotations API), and the articles its accession search returned.
    if pubs:
        pubs, _ = ep.add_text_mined(pubs)  # failures are logged, pubs kept
    pubs = [p if p.pmid not in mined else
            _with_accessions(p, merge_accessions(p.accessions, (Accession(ids.parse_id(i).registry, i, "europepmc")
                                                                for i in sorted(mined[p.pmid])))) for p in pubs]
    subjects = [records.get(tid) or _stub(tid, "query") for tid in wanted]
    out = link(list({t.trial_id: t for t in subjects}.values()), pubs, fuzzy=fuzzy, keep="trials")
    out.attrs["failures"] = failures
    if failures:
        warnings.warn(IncompleteResultsWarning(
            f"find_publications: {len(failures)} lookup(s) failed, so the table may be incomplete; "
            f"see .attrs['failures'] (first: {failures[0]['step']} {failures[0]['query']}: "
            f"{str(failures[0]['error'])[:200]})", failures=failures), stacklevel=2)
    return out


def _failure(step: str, query: str, exc: BaseException) -> dict[str, object]:
    """One failed request of :func:`find_publications`: where, what was asked, the error's text and
    its :data:`~trialink.errors.RequestProblem` (None when it is not a request failure)."""
    return {"step": step, "query": query, "error": str(exc), "problem": getattr(exc, "problem", None)}


def _with_accessions(p: Publication, accessions: tuple[object, ...]) -> Publication:
    from dataclasses import replace

    return replace(p, accessions=accessions)  # type: ignore[arg-type]
