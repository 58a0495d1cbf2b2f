"""CTIS (EU Clinical Trials Information System): public-portal API client and pure parsers."""

from __future__ import annotations

import logging
import math
import re
import warnings
from collections.abc import Iterable, Mapping
from typing import Any

from trialink import _dates, ids
from trialink.errors import (
    InvalidIdError,
    NotFoundError,
    ParseError,
    TrialinkError,
    TruncatedResultsWarning,
    UnsupportedFormatError,
)
from trialink.model import Arm, Endpoint, EndpointKind, Intervention, Provenance, SecondaryId, Trial
from trialink.sources import _vocab as vocab
from trialink.sources._base import (
    BaseClient,
    Fields,
    RecordStream,
    StudyBatch,
    as_id_list,
    check_on_error,
    load_json_object,
    loads_json,
    paged_stream,
    record_id,
)

__all__ = ["CtisClient", "MAX_WINDOW", "detect_ctis_format", "parse_ctis"]

log = logging.getLogger(__name__)

REGISTRY = "CTIS"
MAX_WINDOW = 10_000
"""CTIS serves at most this many records of one query in one sort order."""



def detect_ctis_format(record: Mapping[str, Any]) -> str | None:
    """``ctis`` (current ``/retrieve`` record), ``ctis_legacy`` (the API before June 2024),
    ``ctis_overview`` (one ``/search`` hit) or None when the dict is not a CTIS record."""
    if not isinstance(record.get("ctNumber"), str):
        return None
    if isinstance(record.get("authorizedApplication"), Mapping):
        return "ctis"
    if isinstance(record.get("authorizedPartI"), Mapping) or isinstance(record.get("applications"), list):
        return "ctis_legacy"
    if any(k in record for k in ("ctStatus", "ctTitle", "trialPhase", "ctPublicStatusCode")):
        return "ctis_overview"
    return None


# ---------------------------------------------------------------------------
# Typed access that names the field path in errors
# ---------------------------------------------------------------------------


class _R(Fields):
    """A CTIS record being read: the shared typed getters, except that a number where a string
    is expected is read as its text (CTIS codes arrive as numbers or strings)."""

    def str(self, d: Any, path: str) -> str | None:
        if isinstance(d, float) and not isinstance(d, bool):
            return str(d)
        return super().str(d, path)


def _get(r: _R, d: Mapping[str, Any], dotted: str, base: str) -> Any:
    """``a.b.c`` inside ``d`` (None when any step is missing); a non-object step is an error."""
    cur: Any = d
    path = base
    for key in dotted.split("."):
        cur = r.obj(cur, path).get(key)
        path = f"{path}.{key}"
        if cur is None:
            return None
    return cur


def _eu_date(value: str | None) -> str | None:
    """``29/01/2021`` → ``2021-01-29``, ISO timestamps cut to the day: the one rule of :mod:`trialink._dates`."""
    return _dates.iso_date(value, day_first=True, source="CTIS")


# ---------------------------------------------------------------------------
# Parser
# ---------------------------------------------------------------------------


def parse_ctis(record: Mapping[str, Any] | bytes | str, *, source: str | None = None) -> Trial:
    """Parse one CTIS trial record into a :class:`~trialink.model.Trial`.

    Reads the current ``/ctis-public-api/retrieve/{ctNumber}`` record (with or without
    the ``/search`` overview fields merged in, as ctrdata stores it), the record of the
    API before June 2024 (``authorizedPartI`` at the top), and a bare ``/search`` hit.

    What comes out: the EU CT number (``trial_id``, resubmission suffix kept), titles
    (``acronym`` is CTIS's short title), status (``ctPublicStatusCode`` or the status
    label, mapped; ``status_raw`` keeps ``"4: Ongoing, recruiting"``), phase (the
    ``trialPhase`` code mapped; ``phase_raw`` keeps ``"4: Therapeutic exploratory (Phase II)"``),
    member states with their statuses, sponsor and co-sponsors, conditions and therapeutic
    areas (``keywords``), products grouped by role into ``arms`` (Test, Comparator,
    Placebo…; CTIS has no arms of its own), primary and secondary endpoints, dates, the
    planned number of participants, and secondary IDs: the NCT number and other
    registries' numbers (typed ``NCT_NUMBER`` etc.), the EudraCT number of a
    transitioned trial (type ``EUDRACT_TRANSITIONED``, else ``EUDRACT_NUMBER``), and
    associated trials (type ``ASSOCIATED_TRIAL``: other trials, never the same one).

    Raises
    ------
    UnsupportedFormatError
        A JSON object that is not a CTIS record.
    ParseError
        Malformed record; names ``source`` and the field path.
    """
    r = _R(source)
    record = load_json_object(record, source)
    fmt = detect_ctis_format(record)
    if fmt is None:
        raise UnsupportedFormatError("not a CTIS trial record (no ctNumber / authorizedApplication)",
                                     source=source or "")
    trial_id = record_id(record.get("ctNumber"), REGISTRY, "ctNumber", source)
    if fmt == "ctis":
        app = r.obj(record["authorizedApplication"], "authorizedApplication")
        part1_path = "authorizedApplication.authorizedPartI"
        part1 = r.obj(app.get("authorizedPartI"), part1_path)
        parts2 = r.list(app.get("authorizedPartsII"), "authorizedApplication.authorizedPartsII")
        msc_path = "authorizedApplication.memberStatesConcerned"
        mscs = r.list(app.get("memberStatesConcerned"), msc_path)
        eudract = r.obj(app.get("eudraCt"), "authorizedApplication.eudraCt")
    else:
        part1_path = "authorizedPartI"
        part1 = r.obj(record.get("authorizedPartI"), part1_path)
        if not part1:  # legacy record of an application not yet authorised: the newest application's part I
            apps = r.list(record.get("applications"), "applications")
            if apps:
                part1_path = f"applications[{len(apps) - 1}].partI"
                part1 = r.obj(r.obj(apps[-1], f"applications[{len(apps) - 1}]").get("partI"), part1_path)
        parts2 = r.list(record.get("authorizedPartsII"), "authorizedPartsII")
        msc_path = "memberStatesConcerned"
        mscs = r.list(record.get("memberStatesConcerned"), msc_path)
        eudract = dict(r.obj(record.get("eudraCtInfo"), "eudraCtInfo"))
        for i, a in enumerate(r.list(record.get("applications"), "applications")):
            info_i = r.obj(r.obj(a, f"applications[{i}]").get("eudraCtInfo"), f"applications[{i}].eudraCtInfo")
            if info_i.get("isTransitioned") is True and info_i.get("eudraCtCode") in (None, eudract.get("eudraCtCode")):
                eudract = {**info_i, **eudract, "isTransitioned": True}
    details_path = f"{part1_path}.trialDetails"
    details = r.obj(part1.get("trialDetails"), details_path)
    idents = r.obj(details.get("clinicalTrialIdentifiers"), f"{details_path}.clinicalTrialIdentifiers")
    info_path = f"{details_path}.trialInformation"
    info = r.obj(details.get("trialInformation"), info_path)

    # Status: the code when there is one, else the label (legacy and overview records).
    code = record.get("ctPublicStatusCode")
    status_value = code if code is not None else record.get("ctStatus")
    if isinstance(status_value, str) and not status_value.strip():
        status_value = None
    if status_value is not None and not isinstance(status_value, (str, int)):
        raise r.fail(f"expected a status code or label, got {status_value!r}", "ctStatus")
    status, status_raw = vocab.eu_status(status_value, source=source)

    phase_code = r.str(_get(r, info, "trialCategory.trialPhase", info_path), f"{info_path}.trialCategory.trialPhase")
    phases, phase_raw = vocab.ctis_phase(phase_code, r.str(record.get("trialPhase"), "trialPhase"), source=source)

    country_statuses: list[tuple[str, str]] = []
    for i, m in enumerate(mscs):
        m = r.obj(m, f"{msc_path}[{i}]")
        name = r.str(m.get("mscName") or m.get("countryName"), f"{msc_path}[{i}].mscName")
        st = m.get("mscPublicStatusCode", m.get("trialStatus"))
        if st is not None and (isinstance(st, bool) or not isinstance(st, (str, int))):
            raise r.fail(f"expected a status code or label, got {st!r}", f"{msc_path}[{i}].mscPublicStatusCode")
        if name:
            _, raw = vocab.eu_status(st, source=source) if st not in (None, "") else (None, None)
            country_statuses.append((name, raw or ""))
    countries = tuple(sorted({c for c, _ in country_statuses}))

    # Sponsors: the current API lists them in part I, the legacy one at the top.
    sponsors = r.list(part1.get("sponsors"), f"{part1_path}.sponsors")
    if not sponsors and record.get("primarySponsor") is not None:
        sponsors = [record["primarySponsor"], *r.list(record.get("coSponsors"), "coSponsors")]
    lead_sponsor = sponsor_class = None
    collaborators: list[str] = []
    for i, sp in enumerate(sponsors):
        sp = r.obj(sp, f"sponsors[{i}]")
        org = r.obj(sp.get("organisation"), f"sponsors[{i}].organisation")
        name = r.str(org.get("name"), f"sponsors[{i}].organisation.name")
        if not name:
            continue
        if lead_sponsor is None and sp.get("primary", i == 0):
            lead_sponsor = name
            commercial = sp.get("isCommercial", org.get("commercial"))
            sponsor_class = "INDUSTRY" if commercial is True else "OTHER" if commercial is False else None
        elif name != lead_sponsor and name not in collaborators:
            collaborators.append(name)

    conds = r.list(part1.get("medicalConditions"), f"{part1_path}.medicalConditions") or r.list(
        _get(r, info, "medicalCondition.partIMedicalConditions", info_path),
        f"{info_path}.medicalCondition.partIMedicalConditions")
    conditions = tuple(dict.fromkeys(
        c for i, m in enumerate(conds)
        if (c := r.str(r.obj(m, f"medicalConditions[{i}]").get("medicalCondition"),
                       f"medicalConditions[{i}].medicalCondition"))))
    areas = [r.str(r.obj(a, f"therapeuticAreas[{i}]").get("name"), f"therapeuticAreas[{i}].name")
             for i, a in enumerate(r.list(part1.get("therapeuticAreas"), f"{part1_path}.therapeuticAreas"))]
    if not areas:
        top = record.get("therapeuticAreas")
        areas = [top] if isinstance(top, str) else [a for a in r.list(top, "therapeuticAreas") if isinstance(a, str)]

    outcomes: list[Endpoint] = []
    lists: tuple[tuple[EndpointKind, str], ...] = (("primary", "primaryEndPoints"), ("secondary", "secondaryEndPoints"))
    for kind, key in lists:
        path = f"{info_path}.endPoint.{key}"
        items = [r.obj(e, f"{path}[{i}]") for i, e in enumerate(r.list(_get(r, info, f"endPoint.{key}", info_path),
                                                                       path))]
        for e in sorted(items, key=_endpoint_number):
            text = r.str(e.get("endPoint"), f"{path}.endPoint")
            if text:
                outcomes.append(Endpoint(kind, text))

    arms, interventions = _products(r, part1, part1_path)
    secondary = _secondary_ids(r, idents, eudract, details, details_path)
    duration = r.obj(info.get("trialDuration"), f"{info_path}.trialDuration")

    start = _eu_date(r.str(record.get("startDateEU"), "startDateEU")) or _first_event(r, record, "START_OF_TRIAL")
    if start is None:
        for i, p in enumerate(parts2):
            period = r.obj(r.obj(r.obj(p, f"authorizedPartsII[{i}]").get("mscInfo"), "mscInfo").get(
                "activeTrialPeriod"), "activeTrialPeriod")
            start = min(filter(None, [start, _eu_date(r.str(period.get("trialStartDate"), "trialStartDate"))]),
                        default=None)
    enrollment = r.int(record.get("totalNumberEnrolled"), "totalNumberEnrolled")
    if enrollment is None:
        counts = [r.int(r.obj(p, f"authorizedPartsII[{i}]").get("recruitmentSubjectCount"),
                        f"authorizedPartsII[{i}].recruitmentSubjectCount") for i, p in enumerate(parts2)]
        enrollment = sum(c for c in counts if c) or None
    # A /search hit (and ctrdata's merged records) carries these as flat strings.
    if lead_sponsor is None:
        lead_sponsor = r.str(record.get("sponsor"), "sponsor")
        if lead_sponsor and sponsor_class is None:
            sponsor_type = r.str(record.get("sponsorType"), "sponsorType")
            sponsor_class = ("INDUSTRY" if sponsor_type and sponsor_type.lower().startswith("pharmaceutical")
                             else None)
    if not conditions:
        top_cond = record.get("conditions")
        conditions = tuple(dict.fromkeys(
            t for i, c in enumerate([top_cond] if isinstance(top_cond, str) or top_cond is None
                                    else r.list(top_cond, "conditions"))
            if (t := r.str(c, "conditions" if isinstance(top_cond, str) else f"conditions[{i}]"))))
    if not country_statuses:
        listed = record.get("trialCountries")
        names = []
        for i, c in enumerate([listed] if isinstance(listed, str) or listed is None
                              else r.list(listed, "trialCountries")):
            text = r.str(c, f"trialCountries[{i}]")
            if text:  # "Spain:4" is Spain with 4 sites
                names.append(text.rsplit(":", 1)[0].strip() if re.search(r":\s*\d+$", text) else text)
        countries = tuple(sorted(set(names)))
    if not outcomes:
        flat: tuple[tuple[EndpointKind, str], ...] = (("primary", "primaryEndPoint"), ("secondary", "endPoint"))
        for kind, key in flat:
            text = r.str(record.get(key), key)
            if text:  # the hit joins several endpoints into one text; kept whole (commas also occur inside one)
                outcomes.append(Endpoint(kind, text))
    results = record.get("results")
    has_results = (record.get("resultsFirstReceived") == "Yes") or (isinstance(results, Mapping) and bool(results))

    return Trial(
        trial_id=trial_id,
        registry=REGISTRY,
        provenance=Provenance(fmt, _eu_date(r.str(record.get("lastUpdated"), "lastUpdated"))
                              or r.str(record.get("record_last_import"), "record_last_import"), source),
        nct_id=next((s.id for s in secondary if s.registry == "ClinicalTrials.gov" and s.type == "NCT_NUMBER"), None),
        secondary_ids=secondary,
        acronym=r.str(idents.get("shortTitle") or record.get("shortTitle"), "shortTitle"),
        brief_title=r.str(idents.get("publicTitle"), "publicTitle") or r.str(record.get("ctTitle"), "ctTitle")
        or r.str(record.get("title"), "title"),
        official_title=r.str(idents.get("fullTitle"), "fullTitle") or r.str(record.get("title"), "title"),
        overall_status=status,
        status_raw=status_raw,
        phases=phases,
        phase_raw=phase_raw,
        study_type="INTERVENTIONAL",
        enrollment=enrollment,
        enrollment_type="ESTIMATED" if enrollment is not None else None,
        arms=arms,
        interventions=interventions,
        conditions=conditions,
        keywords=tuple(dict.fromkeys(a for a in areas if a)),
        outcomes=tuple(outcomes),
        lead_sponsor=lead_sponsor,
        sponsor_class=sponsor_class,
        collaborators=tuple(collaborators),
        start_date=start or _eu_date(r.str(duration.get("estimatedRecruitmentStartDate"),
                                           "trialDuration.estimatedRecruitmentStartDate")),
        completion_date=_eu_date(r.str(duration.get("estimatedGlobalEndDate") or duration.get("estimatedEndDate"),
                                       "trialDuration.estimatedEndDate")),
        first_posted=_eu_date(r.str(record.get("decisionDateOverall") or record.get("authorizationDate"),
                                    "decisionDateOverall")),
        results_first_posted=None,
        last_update_posted=_eu_date(r.str(record.get("lastUpdated"), "lastUpdated")),
        countries=countries,
        country_statuses=tuple(country_statuses),
        has_results=has_results,
    )


def _endpoint_number(e: Mapping[str, Any]) -> int:
    """The order CTIS numbers an endpoint with (0 when it does not)."""
    n = e.get("number")
    return n if isinstance(n, int) and not isinstance(n, bool) else 0


def _first_event(r: _R, record: Mapping[str, Any], kind: str) -> str | None:
    dates = []
    events = r.obj(record.get("events"), "events")
    for i, msc in enumerate(r.list(events.get("trialEvents"), "events.trialEvents")):
        for j, ev in enumerate(r.list(r.obj(msc, f"events.trialEvents[{i}]").get("events"),
                                      f"events.trialEvents[{i}].events")):
            ev = r.obj(ev, f"events.trialEvents[{i}].events[{j}]")
            if ev.get("notificationType") == kind:
                d = _eu_date(r.str(ev.get("date"), f"events.trialEvents[{i}].events[{j}].date"))
                if d:
                    dates.append(d)
    return min(dates) if dates else None


def _products(r: _R, part1: Mapping[str, Any], base: str) -> tuple[tuple[Arm, ...], tuple[Intervention, ...]]:
    """Products grouped by their role (Test, Comparator, Placebo, Auxiliary) as arms."""
    groups = r.list(part1.get("productRoleGroupInfos"), f"{base}.productRoleGroupInfos")
    by_role: dict[str, list[str]] = {}
    interventions: dict[str, Intervention] = {}
    for i, g in enumerate(groups):
        path = f"{base}.productRoleGroupInfos[{i}]"
        g = r.obj(g, path)
        role = r.str(g.get("productRoleName"), f"{path}.productRoleName") or "Product"
        names = by_role.setdefault(role, [])
        for j, p in enumerate(r.list(g.get("products"), f"{path}.products")):
            p = r.obj(p, f"{path}.products[{j}]")
            product = r.str(p.get("productName") or p.get("nameDisplay"), f"{path}.products[{j}].productName")
            substance = r.str(p.get("jsonActiveSubstanceNames"), f"{path}.products[{j}].jsonActiveSubstanceNames")
            if substance and substance.lower() in ("n/a", "na", "none", "not applicable"):
                substance = None  # placebos name no substance
            name = substance or product
            if not name:
                continue
            if name not in names:
                names.append(name)
            old = interventions.get(name)
            labels = tuple(dict.fromkeys((*(old.arm_labels if old else ()), role)))
            others = tuple(dict.fromkeys(x for x in (*(old.other_names if old else ()), product) if x and x != name))
            interventions[name] = Intervention("DRUG", name, None, others, labels)
    arms = tuple(Arm(role, vocab.ROLE_ARM_TYPES.get(role.lower(), "OTHER"), None, tuple(names))
                 for role, names in by_role.items())
    return arms, tuple(interventions.values())


def _secondary_ids(r: _R, idents: Mapping[str, Any], eudract: Mapping[str, Any], details: Mapping[str, Any],
                   details_path: str) -> tuple[SecondaryId, ...]:
    out: list[SecondaryId] = []
    numbers = r.obj(idents.get("secondaryIdentifyingNumbers"), "clinicalTrialIdentifiers.secondaryIdentifyingNumbers")
    for key, value in numbers.items():
        path = f"clinicalTrialIdentifiers.secondaryIdentifyingNumbers.{key}"
        entries = value if isinstance(value, list) else [value]
        for i, e in enumerate(entries):
            if not isinstance(e, Mapping):
                continue
            number = r.str(e.get("number"), f"{path}[{i}].number")
            if not number:
                continue
            type_ = {"nctNumber": "NCT_NUMBER", "isrctnNumber": "ISRCTN_NUMBER",
                     "whoUniversalTrialNumber": "WHO_UTN"}.get(key, key)
            domain = r.str(e.get("otherRegistryName"), f"{path}[{i}].otherRegistryName")
            for part in ([number] if key != "additionalRegistries" else [p for p in number.split(";") if p.strip()]):
                sid = vocab.secondary_id(part, type_, domain)
                if type_ == "NCT_NUMBER" and sid.registry != "ClinicalTrials.gov":
                    sid = SecondaryId(sid.value, type_, domain)  # not an NCT number after all: kept, not trusted
                out.append(sid)
    code = r.str(eudract.get("eudraCtCode"), "eudraCt.eudraCtCode")
    if code:
        transitioned = eudract.get("isTransitioned") is True
        sid = vocab.secondary_id(code, "EUDRACT_NUMBER")
        out.append(SecondaryId(sid.value, "EUDRACT_TRANSITIONED" if transitioned else "EUDRACT_NUMBER", None,
                               sid.registry, sid.id))
    path = f"{details_path}.associatedClinicalTrials"
    for i, a in enumerate(r.list(details.get("associatedClinicalTrials"), path)):
        number = r.str(r.obj(a, f"{path}[{i}]").get("ctNumber"), f"{path}[{i}].ctNumber")
        if number:
            sid = vocab.secondary_id(number)
            out.append(SecondaryId(sid.value, "ASSOCIATED_TRIAL", None, sid.registry, sid.id))
    return tuple(dict.fromkeys(out))


# ---------------------------------------------------------------------------
# Client
# ---------------------------------------------------------------------------


_HINTS = {
    ("CTIS", "EudraCT"): "a EudraCT number: find its trial with CtisClient.search(eudract=...) (trials moved "
                         "to CTIS) or trialink.lookup_trials([...]), which also asks ClinicalTrials.gov",
    ("EudraCT", "CTIS"): "an EU CT number: pass it as number=... or call CtisClient.get(...)",
}


def _expect(values: Iterable[str], registry: str) -> list[str]:
    """Canonical IDs of ``registry``; a number of the other EU registry gets an error that
    says which it is and what to call instead."""
    try:
        return list(dict.fromkeys(x.id for x in ids.parse_ids(list(values), expect=registry)))
    except InvalidIdError as exc:
        bad: list[tuple[str, str]] = []
        hinted = False
        seen: set[str] = set()
        for v in exc.values:
            try:
                other: str | None = ids.registry_of(v)
            except InvalidIdError:
                other = None
            hint = _HINTS.get((registry, other)) if other else None
            hinted = hinted or hint is not None
            if other:
                seen.add(other)
            bad.append((v, f"is {hint}" if hint else f"not {'an EU CT' if registry == REGISTRY else 'a EudraCT'} "
                                                     f"number"))
        if not hinted:
            raise
        err = InvalidIdError.listing(bad, where=f"{registry} numbers expected")
        err.expected = registry
        err.registry = seen.pop() if len(seen) == 1 else None  # what the refused number is
        raise err from exc


def _validated(values: Iterable[str]) -> list[str]:
    """EU CT numbers, canonical; an EudraCT number gets an error saying which it is."""
    return _expect(values, REGISTRY)


class CtisClient(BaseClient):
    """The CTIS public portal API (``https://euclinicaltrials.eu/ctis-public-api``).

    ``search`` is ``POST /search`` (JSON body with ``pagination``, ``searchCriteria``
    and ``sort``), ``retrieve`` is ``GET /retrieve/{ctNumber}``. CTIS answers 403 and
    429 under load; the session of :func:`trialink.make_session` backs off and retries
    both, and caches the POSTs too (so a search replays offline).
    """

    BASE_URL = "https://euclinicaltrials.eu/ctis-public-api"
    MAX_PAGE_SIZE = 100

    def get(self, ct_number: str) -> Trial:
        """One trial by EU CT number (``/retrieve/{ctNumber}``).

        Raises
        ------
        InvalidIdError
            Not an EU CT number (an EudraCT number is named as such).
        NotFoundError, OfflineError, RequestError, ParseError
        """
        (number,) = _validated([ct_number])
        return self._fetch("GET", f"retrieve/{number}", lambda resp: parse_ctis(resp.content, source=resp.url),
                           ids=[number])

    def retrieve(self, ct_number: str) -> Trial:
        """Deprecated alias of :meth:`get` (removed in the next release)."""
        warnings.warn("CtisClient.retrieve() is deprecated; use CtisClient.get()", DeprecationWarning, stacklevel=2)
        return self.get(ct_number)

    def get_many(self, ct_numbers: str | Iterable[str]) -> StudyBatch:
        """Many trials by EU CT number, one ``/retrieve`` each (all validated first).

        A failure on one number never loses the others: 404s go to ``not_found``,
        other request errors (offline miss, HTTP error) to ``failed``, parse errors to
        ``errors``.

        Parameters
        ----------
        ct_numbers : str or iterable of str
            EU CT numbers (a single string is one number).

        Returns
        -------
        StudyBatch
            ``found`` (EU CT number → Trial, in request order), ``not_found``, ``failed``,
            ``errors``, ``requests``.
        """
        wanted = _validated(as_id_list(ct_numbers, "ct_numbers"))
        batch = StudyBatch()
        from tqdm.auto import tqdm

        for number in tqdm(wanted, desc="CTIS trials", disable=len(wanted) < 5):
            batch.requests += 1
            try:
                batch.found[number] = self.get(number)
            except NotFoundError:
                batch.not_found.append(number)
            except ParseError as exc:
                batch.errors.append(exc)
            except TrialinkError as exc:
                batch.failed[number] = exc
        return batch

    def trials(self, ct_numbers: str | Iterable[str]) -> StudyBatch:
        """Deprecated alias of :meth:`get_many` (removed in the next release)."""
        warnings.warn("CtisClient.trials() is deprecated; use CtisClient.get_many()", DeprecationWarning,
                      stacklevel=2)
        return self.get_many(ct_numbers)

    def search(
        self,
        criteria: Mapping[str, Any] | None = None,
        *,
        number: str | None = None,
        eudract: str | None = None,
        text: str | None = None,
        sort_by: str = "decisionDate",
        page_size: int = MAX_PAGE_SIZE,
        max_results: int | None = None,
        progress: bool | None = None,
        on_error: str = "warn",
    ) -> RecordStream[Trial]:
        """Search trials (``POST /search``), lazily, page by page.

        CTIS serves at most :data:`MAX_WINDOW` (10,000) records of a query in one sort
        order. When a query has more, the rest are read in the opposite order (the
        query is split in two) and de-duplicated; beyond 20,000 a
        :class:`TruncatedResultsWarning` says how many could not be read and asks for
        narrower criteria — never a silent cut. Paging runs through the shared
        :func:`~trialink.sources._base.paginate` (page tokens ``"DESC:1"``, ``"DESC:2"``…
        ``"ASC:1"``…).

        Parameters
        ----------
        criteria : mapping, optional
            ``searchCriteria`` as the portal sends it (``{"containAll": "breast cancer",
            "status": [4]}``…), passed through unchanged.
        number, eudract, text : str, optional
            Shorthands for ``searchCriteria.number`` (an EU CT number, validated),
            ``searchCriteria.eudraCtCode`` (a EudraCT number, validated) and
            ``searchCriteria.containAll``.
        sort_by : str, default "decisionDate"
            ``sort.property``.
        page_size : int, default 100
            ``pagination.size``, 1..100.
        max_results : int, optional
            Stop after this many (a :class:`TruncatedResultsWarning` says when more remain).
        progress : bool, optional
            tqdm bar; default when the total spans several pages.
        on_error : {"warn", "raise", "collect"}
            What to do with a hit that fails to parse.

        Returns
        -------
        RecordStream of Trial
            Overview trials (``provenance.source_format == "ctis_overview"``): number,
            title, status, phase, sponsor… Use :meth:`get_many` for full records.
            ``.total`` is CTIS's count after the first page.

        Raises
        ------
        InvalidIdError
            ``number`` not an EU CT number or ``eudract`` not a EudraCT number.
        """
        if not isinstance(page_size, int) or not 1 <= page_size <= self.MAX_PAGE_SIZE:
            raise ValueError(f"page_size must be 1..{self.MAX_PAGE_SIZE}, got {page_size!r}")
        if max_results is not None and (not isinstance(max_results, int) or max_results < 0):
            raise ValueError(f"max_results must be a non-negative integer or None, got {max_results!r}")
        check_on_error(on_error)
        crit: dict[str, Any] = dict(criteria or {})
        if number is not None:
            crit["number"] = _expect([number], REGISTRY)[0]
        if eudract is not None:
            crit["eudraCtCode"] = _expect([eudract], "EudraCT")[0]
        if text is not None:
            crit["containAll"] = text
        last_page = math.ceil(MAX_WINDOW / page_size)
        seen: set[str] = set()
        stream: RecordStream[Trial]

        def fetch(token: str | None, refresh: bool = False) -> tuple[list[Any], str | None, int | None]:
            if token is None:
                seen.clear()  # the first page, or the chain again after a refused page
            direction, page = _page_token(token)
            while True:
                items, total = self._page(crit, sort_by, direction, page, page_size, refresh)
                fresh: list[Any] = []
                for item in items:
                    if isinstance(item, Trial):
                        if item.trial_id in seen:
                            continue
                        seen.add(item.trial_id)
                    fresh.append(item)
                done = not items or (total is not None and len(seen) >= total)
                if not done and page < last_page:
                    direction, page = direction, page + 1
                elif not done and direction == "DESC" and total is not None and total > MAX_WINDOW:
                    log.info("CTIS: %d hits exceed the %d-record window; reading the rest in ascending order",
                             total, MAX_WINDOW)
                    direction, page = "ASC", 1
                else:
                    if total is not None and len(seen) < total and total > MAX_WINDOW:
                        stream.truncated = True
                        warnings.warn(TruncatedResultsWarning(
                            f"CTIS search: read {len(seen)} of {total} hits; CTIS serves {MAX_WINDOW} per sort "
                            f"order, so at most {2 * MAX_WINDOW} by reading both orders. Narrow the criteria "
                            f"(e.g. by status, member state or phase) and search again",
                            read=len(seen), total=total, cause="service_window"), stacklevel=4)
                    return fresh, None, total
                if fresh:  # a page of hits all read already in the other order: go on to the next
                    return fresh, f"{direction}:{page}", total

        stream = paged_stream(fetch, max_results=max_results, what="CTIS search", progress=progress,
                              on_error=on_error)
        return stream

    def _page(self, crit: Mapping[str, Any], sort_by: str, direction: str, page: int,
              size: int, refresh: bool = False) -> tuple[list[Trial | ParseError], int | None]:
        body = {"pagination": {"page": page, "size": size}, "searchCriteria": crit,
                "sort": {"property": sort_by, "direction": direction}}
        extra: dict[str, Any] = {"force_refresh": True} if refresh else {}
        return self._fetch("POST", "search", lambda resp: self._parse_page(resp, page, direction), search=True,
                           json=body, **extra)

    def _parse_page(self, resp: Any, page: int, direction: str) -> tuple[list[Trial | ParseError], int | None]:
        doc = loads_json(resp.content, resp.url)
        if not isinstance(doc, Mapping):
            raise ParseError("expected a JSON object", problem="wrong_type", source=resp.url)
        if "data" not in doc:
            raise ParseError("not a CTIS search answer (no data list)", problem="missing_field", source=resp.url,
                             field="data")
        pagination = doc.get("pagination")
        total = pagination.get("totalRecords") if isinstance(pagination, Mapping) else None
        items: list[Trial | ParseError] = []
        data = doc.get("data")
        if not isinstance(data, list):
            raise ParseError(f"expected a list, got {type(data).__name__}", problem="wrong_type", source=resp.url,
                             field="data")
        for i, hit in enumerate(data):
            try:
                if not isinstance(hit, Mapping):
                    raise ParseError(f"expected an object, got {type(hit).__name__}", problem="wrong_type",
                                     source=resp.url,
                                     field=f"data[{i}]")
                items.append(parse_ctis(hit, source=f"{resp.url} page {page} {direction}"))
            except (ParseError, UnsupportedFormatError) as exc:
                items.append(ParseError(exc.reason, problem=exc.problem, source=resp.url, field=f"data[{i}]"))
        return items, total if isinstance(total, int) and not isinstance(total, bool) else None


def _page_token(token: str | None) -> tuple[str, int]:
    """``"DESC:3"`` → ``("DESC", 3)``; None → the first page."""
    if token is None:
        return "DESC", 1
    direction, _, page = token.partition(":")
    return direction, int(page)
