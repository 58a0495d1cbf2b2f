"""Registry ↔ publication linking: every kind of evidence recorded, scored and explained."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd
from rapidfuzz import fuzz, process

from trialink import ids
from trialink.model import Provenance, Publication, Trial

__all__ = ["EVIDENCE_WEIGHTS", "LINK_COLUMNS", "Evidence", "evaluate_links", "find_publications", "link",
           "trials_for"]

EVIDENCE_WEIGHTS: dict[str, float] = {
    "registry_reference_result": 0.90,
    "registry_reference_derived": 0.85,
    "registry_reference_background": 0.40,
    "pubmed_databank": 0.95,
    "crossref_trial_number": 0.90,
    "id_in_abstract_registration": 0.85,
    "id_in_abstract": 0.50,
    "europepmc_text_mined": 0.70,
    "europepmc_text_mined_background": 0.30,
}
"""Weight of each kind of ID evidence; scores combine them as 1 − ∏(1 − w)."""

CANDIDATE_CAP = 0.6
"""Fuzzy candidates (no ID evidence) never score above this, so they never outrank ID links."""

LINK_COLUMNS = ["trial_id", "pmid", "doi", "evidence", "score", "role", "explanation", "link_type", "title",
                "pub_date"]


@dataclass(frozen=True)
class Evidence:
    """One reason to link: ``kind`` (see :data:`EVIDENCE_WEIGHTS`, or ``acronym``,
    ``title_similarity``, ``intervention_overlap``, ``condition_overlap``,
    ``published_after_start``, ``enrollment_match`` for candidates), a ``detail`` that a
    reader can check, and its ``weight``."""

    kind: str
    detail: str
    weight: float

    def as_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "detail": self.detail, "weight": round(self.weight, 3)}


# Europe PMC section names where an article cites other trials rather than reporting its own.
_BACKGROUND_SECTIONS = {"introduction", "background", "discussion", "references", "reference list"}
_REGISTRATION = re.compile(r"registr|ClinicalTrials\.gov|identifier|number|ISRCTN|EudraCT|trial\s+id", re.I)


def _id_evidence(trial: Trial, pub: Publication) -> list[Evidence]:
    keys = {i for v in trial.registry_ids.values() for i in v}
    out: list[Evidence] = []
    if pub.pmid:
        for r in trial.references:
            if r.pmid == pub.pmid and r.type in ("RESULT", "DERIVED", "BACKGROUND"):
                kind = f"registry_reference_{r.type.lower()}"
                out.append(Evidence(kind, f"{trial.trial_id} lists PMID {pub.pmid} as {r.type}",
                                    EVIDENCE_WEIGHTS[kind]))
    for a in pub.accessions:
        if a.id not in keys:
            continue
        if a.where == "databank":
            out.append(Evidence("pubmed_databank", f"PubMed DataBank {a.bank or a.registry}: {a.id}",
                                EVIDENCE_WEIGHTS["pubmed_databank"]))
        elif a.where == "crossref":
            out.append(Evidence("crossref_trial_number", f"Crossref clinical-trial-number {a.id}",
                                EVIDENCE_WEIGHTS["crossref_trial_number"]))
        elif a.where == "europepmc":
            # Found only where papers discuss other work: a citation, not this trial's report.
            background = bool(a.sections) and all(s.lower() in _BACKGROUND_SECTIONS for s in a.sections)
            kind = "europepmc_text_mined_background" if background else "europepmc_text_mined"
            where = f" ({', '.join(a.sections)})" if a.sections else ""
            out.append(Evidence(kind, f"Europe PMC text mining found {a.id} in the article{where}",
                                EVIDENCE_WEIGHTS[kind]))
        elif a.where == "text":
            sentence = _sentence_with(pub, a.id)
            registration = bool(sentence and _REGISTRATION.search(sentence))
            kind = "id_in_abstract_registration" if registration else "id_in_abstract"
            out.append(Evidence(kind, f"{a.id} in title/abstract: \u201c{(sentence or '')[:120]}\u201d",
                                EVIDENCE_WEIGHTS[kind]))
    return out


def _sentence_with(pub: Publication, trial_id: str) -> str | None:
    for text in (pub.title or "", pub.abstract or ""):
        for m in ids.find_ids(text):
            if m.id == trial_id:
                start = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
                end = text.find(". ", m.end)
                return text[start:end if end > 0 else len(text)].strip()
    return None


# ---------------------------------------------------------------------------
# Candidates without ID evidence
# ---------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9-]{3,}")
_STOP = {"placebo", "control", "standard", "therapy", "treatment", "group", "arm", "drug", "dose", "oral",
         "tablet", "tablets", "injection", "daily", "plus", "with", "versus", "care", "best", "supportive",
         "other", "combination", "cancer", "patients", "study", "trial", "disease", "chronic", "acute", "advanced",
         "metastatic", "positive", "negative", "syndrome", "primary", "adult", "adults", "phase"}


def _tokens(*texts: str | None) -> set[str]:
    return {w.lower() for t in texts for w in _WORD.findall(t or "")} - _STOP


def _keys(trial: Trial) -> tuple[set[str], set[str], set[str]]:
    acr = {trial.acronym.upper()} if trial.acronym and len(trial.acronym) >= 3 else set()
    # An "acronym" that is the disease's name (COVID-19, HIV) identifies nothing.
    conditions = " ".join(trial.conditions).upper()
    acr = {a for a in acr if a not in conditions and not re.match(r"(?:COVID|SARS|HIV|CANCER)\b", a)}
    inter = _tokens(*(i.name for i in trial.interventions), *(o for i in trial.interventions for o in i.other_names))
    cond = _tokens(*trial.conditions)
    return acr, inter, cond


def _candidate_evidence(trial: Trial, pub: Publication, title_score: float) -> list[Evidence]:
    acr, inter, cond = _keys(trial)
    text = f"{pub.title or ''}\n{pub.abstract or ''}"
    words = _tokens(text)
    out: list[Evidence] = []
    for a in acr:
        if re.search(rf"(?<![\w-]){re.escape(a)}(?![\w-]|-\d)", text, re.I):
            out.append(Evidence("acronym", f"acronym {trial.acronym} in title/abstract", 0.35))
    shared = inter & words
    if shared:
        out.append(Evidence("intervention_overlap", "interventions: " + ", ".join(sorted(shared)[:5]),
                            min(0.25, 0.1 * len(shared))))
    shared_c = cond & words
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
        ns = [int(x.replace(",", "")) for x in re.findall(r"\b(\d{1,3}(?:,\d{3})+|\d{2,6})\s+(?:patients|participants"
                                                          r"|subjects|women|men|children|adults)", text)]
        close = [n for n in ns if abs(n - trial.enrollment) <= max(2, 0.1 * trial.enrollment)]
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
    return f"{trial.trial_id} \u2194 {pub.publication_id}: {what}, role {role} \u2014 {reasons}"


def link(
    trials: Iterable[Trial],
    publications: Iterable[Publication],
    *,
    fuzzy: bool = True,
    min_candidate_score: float = 0.45,
    max_candidates: int = 5,
    exclude_evidence: Iterable[str] = (),
) -> pd.DataFrame:
    """Link trials and publications, with the evidence for each link.

    ID evidence (registry references, PubMed DataBank, Crossref clinical-trial-number,
    registry numbers in the abstract) is looked up through an index, never pair by pair.
    Pairs with no ID evidence are blocked by acronym and intervention tokens first; their
    titles are compared with ``rapidfuzz.process.cdist``; they are returned as candidates
    scored at most :data:`CANDIDATE_CAP`, below any ID-based link.

    Parameters
    ----------
    trials, publications : iterables of Trial and Publication
    fuzzy : bool, default True
        Also return candidates without ID evidence.
    min_candidate_score : float, default 0.45
        Candidates need more than shared generic words: an acronym, a similar title, or
        several specific interventions with a matching N.
    max_candidates : int, default 5
        Per trial, best first.
    exclude_evidence : iterable of str
        Evidence kinds to ignore (for evaluation: hide the kind used as ground truth).

    Returns
    -------
    pandas.DataFrame
        One row per (trial, publication): ``trial_id``, ``pmid``, ``doi``, ``evidence``
        (list of dicts: kind, detail, weight), ``score`` (float in [0, 1]), ``role``
        (results / protocol / background / secondary analysis / unknown),
        ``explanation`` (one line), ``link_type`` (``id`` or ``candidate``), ``title``,
        ``pub_date``; sorted by trial, then score (best first).
    """
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
    by_id: dict[str, list[int]] = {}
    by_pmid: dict[str, int] = {}
    for j, p in enumerate(pubs):
        for a in p.accessions:
            by_id.setdefault(a.id, []).append(j)
        if p.pmid:
            by_pmid[p.pmid] = j
    rows: list[tuple[object, ...]] = []
    for trial in trial_list:
        keys = {i for v in trial.registry_ids.values() for i in v}
        pairs = {j for k in keys for j in by_id.get(k, [])} | {by_pmid[r.pmid] for r in trial.references
                                                                if r.pmid and r.pmid in by_pmid}
        linked: set[int] = set()
        for j in sorted(pairs):
            ev = [e for e in _id_evidence(trial, pubs[j]) if e.kind not in skip]
            if not ev:
                continue
            linked.add(j)
            rows.append(_row(trial, pubs[j], ev))
        if fuzzy:
            rows += _candidates(trial, pubs, linked, min_candidate_score, max_candidates)
    df = pd.DataFrame(rows, columns=LINK_COLUMNS)
    df["score"] = df["score"].astype("float64")
    for c in ("trial_id", "pmid", "doi", "role", "explanation", "link_type", "title", "pub_date"):
        df[c] = df[c].astype("string")
    return df.sort_values(["trial_id", "score"], ascending=[True, False], kind="stable").reset_index(drop=True)


def _row(trial: Trial, pub: Publication, evidence: list[Evidence]) -> tuple[object, ...]:
    score, link_type = _combine(evidence)
    role = _role(trial, pub, evidence)
    return (trial.trial_id, pub.pmid, pub.doi, [e.as_dict() for e in evidence], round(score, 4), role,
            _explain(trial, pub, evidence, role, link_type), link_type, pub.title, pub.pub_date)


def _candidates(trial: Trial, pubs: list[Publication], linked: set[int], floor: float,
                most: int) -> list[tuple[object, ...]]:
    acr, inter, _ = _keys(trial)
    block = acr | inter
    if not block:
        return []
    pool = [j for j, p in enumerate(pubs) if j not in linked
            and (block & _tokens(p.title, p.abstract) or any(a.lower() in (p.title or "").lower() for a in acr))]
    if not pool:
        return []
    titles = [trial.official_title or trial.brief_title or ""]
    if trial.brief_title and trial.official_title:
        titles.append(trial.brief_title)
    sims = process.cdist(titles, [pubs[j].title or "" for j in pool], scorer=fuzz.token_set_ratio)
    scored = []
    for col, j in enumerate(pool):
        ev = _candidate_evidence(trial, pubs[j], float(sims[:, col].max()))
        score, _ = _combine(ev)
        if score >= floor:
            scored.append((score, j, ev))
    scored.sort(key=lambda x: -x[0])
    return [_row(trial, pubs[j], ev) for _, j, ev in scored[:most]]


def _stub(trial_id: str, origin: str) -> Trial:
    """A trial known only by its number: all that ID evidence needs."""
    return Trial(trial_id=trial_id, registry=ids.registry_of(trial_id), provenance=Provenance(origin),
                 nct_id=trial_id if trial_id.startswith("NCT") else None)


def trials_for(publications: Iterable[Publication], trials: Iterable[Trial] = ()) -> pd.DataFrame:
    """The reverse direction: for each publication, the trials it belongs to.

    With ``trials`` given, this is :func:`link` seen from the publication side. Without,
    the registry numbers the publications carry are listed with their evidence (a trial
    record is not needed to know that PubMed files an article under NCT01245062).

    Returns
    -------
    pandas.DataFrame
        :data:`LINK_COLUMNS`, sorted by publication then score.
    """
    pubs = list(publications)
    trial_list = list(trials)
    if trial_list:
        df = link(trial_list, pubs)
    else:
        rows = []
        for p in pubs:
            for tid in p.trial_ids():
                stub = _stub(tid, "publication")
                ev = _id_evidence(stub, p)
                if ev:
                    rows.append(_row(stub, p, ev))
        df = pd.DataFrame(rows, columns=LINK_COLUMNS)
        df["score"] = df["score"].astype("float64")
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
    truth = {(str(t), str(p)) for t, p in zip(gold["trial_id"], gold["pmid"])}
    scored = links[links["trial_id"].isin({t for t, _ in truth})]
    predicted = {(str(t), str(p)) for t, p, s in zip(scored["trial_id"], scored["pmid"], scored["score"])
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
    trial_ids: Iterable[str],
    *,
    trials: Iterable[Trial] = (),
    pubmed: object | None = None,
    europepmc: object | None = None,
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
    ``attrs["failures"]`` (dicts with ``step``, ``query``, ``error``), with one
    :class:`~trialink.errors.TrialinkWarning`, so an empty table is never mistaken for
    "nothing published".

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
    wanted = [r.id for r in ids.parse_ids(list(trial_ids))]
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
    failures: list[dict[str, str]] = []  # returned in .attrs["failures"]: an empty table is not "nothing found"
    for tid in wanted:
        t = records.get(tid)
        for r in (t.references if t else ()):
            if r.pmid:
                pmids[r.pmid] = None
        for term in (f"{tid}[si]", f"{tid}[tiab]"):
            try:
                pmids.update(dict.fromkeys(pm.esearch(term)["ids"]))  # type: ignore[attr-defined]
            except TrialinkError as exc:
                log.warning("PubMed search %s failed: %s", term, exc)
                failures.append({"step": "pubmed_esearch", "query": term, "error": str(exc)})
        try:
            for p in ep.trial_publications(tid, result_type="lite", max_results=500,  # type: ignore[attr-defined]
                                           on_error="collect"):
                if p.pmid:
                    pmids[p.pmid] = None
                    mined.setdefault(p.pmid, set()).add(tid)
        except TrialinkError as exc:
            log.warning("Europe PMC search for %s failed: %s", tid, exc)
            failures.append({"step": "europepmc_search", "query": tid, "error": str(exc)})
    pubs = []
    if pmids:
        try:
            batch = pm.efetch(list(pmids))  # type: ignore[attr-defined]
            pubs = batch.publications
            failures.extend({"step": "pubmed_efetch", "query": p, "error": str(e)}
                            for p, e in getattr(batch, "failed", {}).items())
        except TrialinkError as exc:
            log.warning("PubMed efetch failed: %s", exc)
            failures.append({"step": "pubmed_efetch", "query": ",".join(pmids), "error": str(exc)})
    # Europe PMC's text mining is evidence of its own: the sections each number is in
    # (Annotations API), and the articles its accession search returned.
    if pubs:
        pubs, _ = ep.add_text_mined(pubs)  # type: ignore[attr-defined]  # failures are logged, pubs kept
    pubs = [p if p.pmid not in mined else
            _with_accessions(p, merge_accessions(p.accessions, (Accession(ids.parse_id(i).registry, i, "europepmc")
                                                                for i in sorted(mined[p.pmid])))) for p in pubs]
    subjects = [records.get(tid) or _stub(tid, "query") for tid in wanted]
    out = link(list({t.trial_id: t for t in subjects}.values()), pubs, fuzzy=fuzzy)
    out.attrs["failures"] = failures
    if failures:
        import warnings

        from trialink.errors import TrialinkWarning

        warnings.warn(f"find_publications: {len(failures)} lookup(s) failed, so the table may be incomplete; "
                      f"see .attrs['failures'] (first: {failures[0]['step']} {failures[0]['query']}: "
                      f"{failures[0]['error'][:200]})", TrialinkWarning, stacklevel=2)
    return out


def _with_accessions(p: Publication, accessions: tuple[object, ...]) -> Publication:
    from dataclasses import replace

    return replace(p, accessions=accessions)  # type: ignore[arg-type]
