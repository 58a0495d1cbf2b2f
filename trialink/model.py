"""Frozen value objects shared by every source: Trial and its parts."""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from trialink._measures import EndpointClass, Population, PopulationKind

__all__ = [
    "SecondaryId",
    "Arm",
    "Intervention",
    "Endpoint",
    "Reference",
    "Provenance",
    "Estimate",
    "Trial",
    "Accession",
    "Publication",
    "EndpointKind",
    "EndpointClass",
    "EstimateContext",
    "AccessionWhere",
]

EndpointKind = Literal["primary", "secondary", "other"]
"""Kind of a registered outcome measure (:attr:`Endpoint.kind`)."""

# EndpointClass (the class of Estimate.endpoint) is defined beside endpoint_of, which assigns it.

EstimateContext = Literal["result", "background", "design"]
"""Whose number an estimate is (:attr:`Estimate.context`): this study's result, another
study's (background), or a design assumption (power and sample size)."""

AccessionWhere = Literal["databank", "text", "crossref", "europepmc"]
"""Where a publication carries a registry number (:attr:`Accession.where`)."""


@dataclass(frozen=True)
class SecondaryId:
    """A secondary identifier as the registry lists it, plus what trialink recognised.

    Attributes
    ----------
    value : str
        As written in the record.
    type : str or None
        The record's own label (CT.gov v2: ``EUDRACT_NUMBER``, ``CTIS``, ``REGISTRY``,
        ``NIH``, ``OTHER_GRANT``…); None when the format has no types (legacy XML).
    domain : str or None
        The record's issuing-body text, e.g. ``"ISRCTN"``.
    registry : str or None
        Registry recognised from the value (see :data:`trialink.ids.REGISTRIES`), or None.
    id : str or None
        Canonical identifier when recognised.
    """

    value: str
    type: str | None = None
    domain: str | None = None
    registry: str | None = None
    id: str | None = None


@dataclass(frozen=True)
class Intervention:
    """An intervention: ``type`` in CT.gov v2 vocabulary (``DRUG``, ``BIOLOGICAL``…)."""

    type: str | None
    name: str
    description: str | None = None
    other_names: tuple[str, ...] = ()
    arm_labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class Arm:
    """A study arm / group: ``type`` in CT.gov v2 vocabulary (``EXPERIMENTAL``…)."""

    label: str
    type: str | None = None
    description: str | None = None
    interventions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Endpoint:
    """A registered outcome measure; ``kind`` is ``primary``, ``secondary`` or ``other``."""

    kind: EndpointKind
    measure: str
    time_frame: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class Reference:
    """A publication listed by the registry; ``type`` is RESULT, BACKGROUND or DERIVED."""

    pmid: str | None
    type: str | None
    citation: str | None = None


@dataclass(frozen=True)
class Provenance:
    """Where a record came from.

    Attributes
    ----------
    source_format : str
        ``ctgov_v2``, ``ctgov_legacy_xml`` or ``ctgov_classic`` (more as sources land).
    record_version : str or None
        The record's own version stamp: v2 ``versionHolder``, legacy ``download_date``,
        classic ``DataVrs``.
    source : str or None
        File, zip member or URL the record was read from.
    """

    source_format: str
    record_version: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Estimate:
    """One reported number: a ratio with its CI and P, or an arm's median (or mean, count…).

    Attributes
    ----------
    measure : str
        ``HR``, ``OR``, ``RR``, ``IRR`` (ratios), ``median``, ``mean``, ``count``,
        ``mean difference``… (registry labels mapped; others lower-cased as given). Text
        extraction reads a per-arm time to an event printed without its summary's name ("PFS 7.0
        vs 3.6 months") as a ``median`` and says so in ``note`` and in ``checks``
        (``statistic_not_named``); it gives ``time`` for any other
        per-arm time ("length of stay 5 vs 7 days") in a text that never calls its times medians:
        that summary statistic is not stated, so it is not guessed.
    value : float or None
        None when not a number; ``value_text`` then keeps what was printed ("NA",
        "not reached") — never a zero.
    endpoint : str
        PFS, OS, DFS, IDFS, EFS, RFS, TTP, DoR, ORR, ``composite``, ``safety``, ``other``, or
        ``unknown`` when no end point was named or found (rules:
        :func:`trialink._measures.endpoint_of`); ``endpoint_text`` as written.
    arm, comparison : str or None
        The arm a per-arm value belongs to; the arms a ratio compares (``"A vs B"``), rendered
        from ``groups`` when those are given (never parsed back: code reads ``groups``).
    ci_low, ci_high, ci_level : float or None
        Confidence interval and its level in percent.
    p_operator, p_value : str or None, float or None
        ``"="``, ``"<"``, ``">"``, ``"<="``, ``">="`` and the number.
    unit : str or None
        ``months``, ``weeks``, ``days``, ``years``, ``%``, ``participants`` or as given.
    context : str
        ``result`` (this study's data), ``background`` (another study's: see ``subject``)
        or ``design`` (assumptions of power and sample size).
    subject : str or None
        Whose result a background number is (e.g. ``"PALOMA-3"``).
    is_primary, time_frame, n, method, note :
        Registry details: primary outcome or not, its time frame, participants analysed
        in the arm, statistical method, the registry's estimate comment.
    start, end : int or None
        Span in the source text (text extraction only).
    source : str or None
        ``registry`` or ``text``; ``trial_id`` and ``pmid`` say which record.
    checks : tuple of str
        Consistency warnings (see :func:`trialink.outcomes.consistency_checks`),
        ``statistic_not_named`` for a text's median whose sentence does not name the statistic (or a
        ratio printed alone in a bracket, "DM [1.64 (1.25–2.21)]", whose measure is the one ratio the
        text names elsewhere), and
        ``unit_not_printed`` for a text's "not reached" whose interval prints a number without a unit
        (the unit is then the text's other medians', as ``note`` says), or that its sentence prints
        without a unit beside other medians of one unit (the unit is then theirs), ``ci_not_named`` for a text's
        time to an event whose bracket names no statistic and was read as its CI (the text printed CIs
        for its earlier times, or names no range, IQR or quartiles anywhere), ``named_by_list_first`` for
        a text's median or ratio printed bare in a later bracket of a list whose first bracket named
        them ("(median 36.9 months [CI] vs 25.9 [CI]; HR 0.58 [CI]) and Y (33.2 [CI] vs 25.9 [CI]; 0.72
        [CI])": read as the first bracket's statistic, unit and measure), ``flattened_table`` for a text's
        ratio read from a cell of a table flattened into text whose header names one ratio (its row and
        column, so end point, groups and population, are ``unknown``).
    direction_source : str
        Where ``comparison``'s orientation comes from: ``record`` (the record's own
        statement), ``text`` (the sentence says it), ``inferred_from_arms``, ``design`` (a text's
        ratio that names no groups, between the two arms the document randomised, one of them a
        placebo, sham, usual-care or other control: the other arm relative to it, as trial reports
        print ratios), or ``unknown``.
    population_kind : PopulationKind
        ``overall``, ``subgroup``, ``modified_itt``, ``per_protocol``, ``evaluable``, ``safety``,
        or ``unknown`` when the source does not say; code reads this.
    population_detail : str or None
        The subgroup or evaluable set as the source describes it ("PD-L1 positive").
    population : str
        Rendered from the two for people (``overall``, ``subgroup: <detail>``, ``per-protocol``,
        ``modified ITT`` …); not an argument, and never parsed back.
    covariate : str or None
        For a ratio that compares levels of a factor rather than arms (text extraction).
    record_id, record_date, record_format : str or None
        The source record a registry estimate came from (its ID, last-update date as
        ISO ``YYYY-MM-DD``, and format such as ``ctgov_v2``, ``ctgov_legacy_xml``).
    groups : tuple of str
        The groups a ratio or difference compares, in the order of ``comparison``: two groups
        ``(A, B)`` mean the value is A relative to B (A minus B for a difference) when
        ``direction_source`` is not ``unknown``; with ``unknown`` they are the source's listing
        order. Empty when the source names no groups.
    """

    measure: str
    value: float | None
    endpoint: EndpointClass = "unknown"
    endpoint_text: str | None = None
    arm: str | None = None
    comparison: str | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    ci_level: float | None = None
    p_operator: str | None = None
    p_value: float | None = None
    unit: str | None = None
    value_text: str | None = None
    context: EstimateContext = "result"
    subject: str | None = None
    is_primary: bool | None = None
    time_frame: str | None = None
    n: int | None = None
    method: str | None = None
    note: str | None = None
    start: int | None = None
    end: int | None = None
    source: str | None = None
    trial_id: str | None = None
    pmid: str | None = None
    checks: tuple[str, ...] = ()
    direction_source: str = "unknown"
    population: str = field(default="unknown", init=False)
    covariate: str | None = None
    record_id: str | None = None
    record_date: str | None = None
    record_format: str | None = None
    groups: tuple[str, ...] = ()
    population_kind: PopulationKind = "unknown"
    population_detail: str | None = None

    def __post_init__(self) -> None:
        if self.groups and self.comparison is None:
            object.__setattr__(self, "comparison", " vs ".join(self.groups))
        object.__setattr__(self, "population", str(Population(self.population_kind, self.population_detail)))

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "estimate", **asdict(self)}


@dataclass(frozen=True)
class Trial:
    """One registry record of a clinical study, in one vocabulary whatever its source.

    Categorical fields use the ClinicalTrials.gov v2 enumerations (``PHASE3``,
    ``COMPLETED``, ``RANDOMIZED``, ``PARALLEL``, ``QUADRUPLE``…) whatever the source
    format; dates are ISO strings of the precision the record gives (``2012``,
    ``2012-10``, ``2012-10-17``).

    The EU registries say less than the v2 vocabulary can express, so
    ``overall_status`` adds four values of its own: ``ONGOING`` (EUCTR "Ongoing":
    recruitment not stated), ``UNDER_EVALUATION`` and ``NOT_AUTHORISED`` (CTIS
    applications) and ``TRANSITIONED`` (an EUCTR trial moved to CTIS).
    ``status_raw`` and ``phase_raw`` keep what the record said (CTIS codes as
    ``"4: Ongoing, recruiting"``); ``country_statuses`` holds ``(country, status as
    written)`` for registries that keep one status per member state. ``results`` holds the registry's posted results as
    :class:`Estimate` objects (per-arm measurements and between-arm analyses).
    """

    trial_id: str
    registry: str
    provenance: Provenance
    nct_id: str | None = None
    nct_aliases: tuple[str, ...] = ()
    org_study_id: str | None = None
    secondary_ids: tuple[SecondaryId, ...] = ()
    acronym: str | None = None
    brief_title: str | None = None
    official_title: str | None = None
    overall_status: str | None = None
    status_raw: str | None = None
    why_stopped: str | None = None
    phases: tuple[str, ...] = ()
    phase_raw: str | None = None
    study_type: str | None = None
    allocation: str | None = None
    intervention_model: str | None = None
    masking: str | None = None
    who_masked: tuple[str, ...] = ()
    primary_purpose: str | None = None
    enrollment: int | None = None
    enrollment_type: str | None = None
    arms: tuple[Arm, ...] = ()
    interventions: tuple[Intervention, ...] = ()
    conditions: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    outcomes: tuple[Endpoint, ...] = ()
    lead_sponsor: str | None = None
    sponsor_class: str | None = None
    collaborators: tuple[str, ...] = ()
    start_date: str | None = None
    primary_completion_date: str | None = None
    completion_date: str | None = None
    first_posted: str | None = None
    results_first_posted: str | None = None
    last_update_posted: str | None = None
    countries: tuple[str, ...] = ()
    country_statuses: tuple[tuple[str, str], ...] = ()
    references: tuple[Reference, ...] = ()
    has_results: bool = False
    results: tuple[Estimate, ...] = ()

    @property
    def phase(self) -> str | None:
        """Phases joined with ``/`` (``PHASE2/PHASE3``), None when not given."""
        return "/".join(self.phases) if self.phases else None

    @property
    def primary_outcomes(self) -> tuple[Endpoint, ...]:
        return tuple(o for o in self.outcomes if o.kind == "primary")

    @property
    def secondary_outcomes(self) -> tuple[Endpoint, ...]:
        return tuple(o for o in self.outcomes if o.kind == "secondary")

    def ids_for(self, registry: str) -> tuple[str, ...]:
        """Canonical IDs of one registry, the trial's own included (no duplicates).

        IDs the record names as *associated* trials (CTIS) are other trials and left out."""
        out: list[str] = []
        if registry == self.registry:
            out.append(self.trial_id)
        if registry == "ClinicalTrials.gov":
            out += [i for i in (self.nct_id, *self.nct_aliases) if i]
        out += [s.id for s in self.secondary_ids if s.registry == registry and s.id and s.type != "ASSOCIATED_TRIAL"]
        return tuple(dict.fromkeys(out))

    @property
    def registry_ids(self) -> dict[str, tuple[str, ...]]:
        """Every recognised identifier, by registry (the trial's own ID included)."""
        names = [self.registry, *(["ClinicalTrials.gov"] if self.nct_id else []),
                 *(s.registry for s in self.secondary_ids if s.registry)]
        return {r: self.ids_for(r) for r in dict.fromkeys(names)}

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON dict (``kind: "trial"``), as the CLI prints it."""
        d = asdict(self)
        return {"kind": "trial", **d, "phase": self.phase, "registry_ids": self.registry_ids}

    def _repr_html_(self) -> str:
        e = html.escape
        rows = [
            ("ID", self.trial_id), ("Acronym", self.acronym), ("Title", self.brief_title),
            ("Status", self.overall_status), ("Phase", self.phase),
            ("Design", ", ".join(x for x in (self.allocation, self.intervention_model, self.masking) if x)),
            ("Enrollment", f"{self.enrollment} ({self.enrollment_type})" if self.enrollment is not None else None),
            ("Arms", "; ".join(a.label for a in self.arms)),
            ("Primary outcomes", "; ".join(o.measure for o in self.primary_outcomes)),
            ("Sponsor", self.lead_sponsor), ("Start", self.start_date),
            ("Other IDs", ", ".join(f"{r}: {', '.join(v)}" for r, v in self.registry_ids.items()
                                    if r != self.registry)),
            ("Source", f"{self.provenance.source_format} {self.provenance.record_version or ''}"),
        ]
        body = "".join(f"<tr><th style='text-align:left'>{e(k)}</th><td style='text-align:left'>{e(str(v))}</td></tr>"
                       for k, v in rows if v)
        return f"<table>{body}</table>"


@dataclass(frozen=True)
class Accession:
    """A registry number a publication carries, and where it was found.

    ``where`` is ``databank`` (PubMed DataBankList / MEDLINE ``SI``), ``text`` (title or
    abstract), ``crossref`` (Crossref ``clinical-trial-number``) or ``europepmc``
    (text-mined accession); ``bank`` is the source's own name for the registry;
    ``sections`` are the article sections Europe PMC's text mining found it in
    (``("Abstract", "Methods")``; empty when the source does not say).
    """

    registry: str
    id: str
    where: AccessionWhere
    bank: str | None = None
    sections: tuple[str, ...] = ()


@dataclass(frozen=True)
class Publication:
    """One article, from PubMed, Europe PMC or Crossref, in one shape.

    Attributes
    ----------
    pmid, doi, pmcid : str or None
    title, journal : str or None
    pub_date : str or None
        ISO of the precision given (``2012-06-02``, ``2012-06``, ``2012``).
    n_authors : int
    first_author : str or None
        ``"Flaherty KT"`` style (last name + initials) or a collective name.
    publication_types : tuple of str
        e.g. ``("Journal Article", "Randomized Controlled Trial")``.
    abstract : str or None
        Plain text, inline markup flattened, sections joined as ``"LABEL: text"`` paragraphs.
    abstract_sections : tuple of (label, text)
    mesh_terms : tuple of str
    accessions : tuple of Accession
        Registry numbers from DataBank lists, Crossref, Europe PMC text mining, and from
        the title and abstract (``where="text"``).
    text_mined_types : tuple of str
        Europe PMC: kinds of accession numbers its text mining found (``"nct"``,
        ``"isrctn"``…), when the numbers themselves were not returned.
    provenance : Provenance
    """

    pmid: str | None
    provenance: Provenance
    doi: str | None = None
    pmcid: str | None = None
    title: str | None = None
    journal: str | None = None
    pub_date: str | None = None
    n_authors: int = 0
    first_author: str | None = None
    publication_types: tuple[str, ...] = ()
    abstract: str | None = None
    abstract_sections: tuple[tuple[str, str], ...] = ()
    mesh_terms: tuple[str, ...] = ()
    accessions: tuple[Accession, ...] = ()
    text_mined_types: tuple[str, ...] = ()

    @property
    def publication_id(self) -> str:
        """PMID, else DOI, else PMCID."""
        return self.pmid or self.doi or self.pmcid or ""

    @property
    def is_rct(self) -> bool:
        return any(t.lower() == "randomized controlled trial" for t in self.publication_types)

    def trial_ids(self, where: str | None = None) -> tuple[str, ...]:
        """Canonical registry numbers carried (optionally only those found ``where``)."""
        return tuple(dict.fromkeys(a.id for a in self.accessions if where is None or a.where == where))

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON dict (``kind: "publication"``), as the CLI prints it."""
        return {"kind": "publication", **asdict(self), "publication_id": self.publication_id}

    def _repr_html_(self) -> str:
        e = html.escape
        rows = [("PMID", self.pmid), ("DOI", self.doi), ("Title", self.title), ("Journal", self.journal),
                ("Date", self.pub_date), ("First author", self.first_author),
                ("Types", ", ".join(self.publication_types)),
                ("Registry IDs", ", ".join(f"{a.id} ({a.where})" for a in self.accessions))]
        body = "".join(f"<tr><th style='text-align:left'>{e(k)}</th><td style='text-align:left'>{e(str(v))}</td></tr>"
                       for k, v in rows if v)
        return f"<table>{body}</table>"


def as_records(value: object, parameter: str, kind: type, function: str) -> list[Any]:
    """``value`` as a list of ``kind`` records; a TypeError naming ``parameter`` otherwise (an ID
    string, or strings, where records are expected)."""
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise TypeError(f"{function}: {parameter} must be an iterable of {kind.__name__} records, "
                        f"got {type(value).__name__} {value!r:.60}")
    items = list(value)
    bad = next((x for x in items if not isinstance(x, kind)), None)
    if bad is not None:
        hint = " (an ID: look the records up first, e.g. trialink.lookup_trials(ids).records)" \
            if isinstance(bad, str) else ""
        raise TypeError(f"{function}: {parameter} must hold {kind.__name__} records, got "
                        f"{type(bad).__name__} {bad!r:.60}{hint}")
    return items
