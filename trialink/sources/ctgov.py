"""ClinicalTrials.gov: API v2 client and pure parsers for v2 JSON, legacy XML and classic JSON."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from lxml import etree

from trialink import ids
from trialink.errors import ParseError, UnsupportedFormatError
from trialink.model import Arm, Endpoint, Intervention, Provenance, Reference, Trial
from trialink.sources import _ctgov_results as _results
from trialink.sources import _vocab as vocab
from trialink.sources._base import (
    BaseClient,
    RecordStream,
    StudyBatch,
    check_on_error,
    load_json_object,
    paged_stream,
    record_id,
    whole_number,
)

__all__ = [
    "CTGOV_STATUSES",
    "CtgovClient",
    "StudyBatch",
    "detect_ctgov_format",
    "parse_ctgov",
    "parse_legacy_xml",
    "parse_classic",
    "parse_v2_study",
    "parse_v2_page",
]

log = logging.getLogger(__name__)

REGISTRY = "ClinicalTrials.gov"

# ---------------------------------------------------------------------------
# Format detection
# ---------------------------------------------------------------------------

_XML_ROOT = re.compile(rb"<([A-Za-z_][\w.-]*)[\s>/]")


def _xml_root(head: bytes) -> str | None:
    """Name of the root element, skipping the XML declaration, comments and DOCTYPE."""
    pos = 0
    while True:
        i = head.find(b"<", pos)
        if i < 0:
            return None
        if head.startswith(b"<?", i):
            pos = head.find(b"?>", i) + 2
        elif head.startswith(b"<!--", i):
            pos = head.find(b"-->", i) + 3
        elif head.startswith(b"<!", i):
            pos = head.find(b">", i) + 1
        else:
            m = _XML_ROOT.match(head, i)
            return m.group(1).decode() if m else None
        if pos <= 1:
            return None


def detect_ctgov_format(data: bytes | str | Mapping[str, Any]) -> str:
    """Name the ClinicalTrials.gov format of a record or response.

    Returns
    -------
    str
        ``ctgov_v2`` (one study), ``ctgov_v2_page`` (``{"studies": [...]}``),
        ``ctgov_legacy_xml`` (``<clinical_study>``), ``ctgov_classic``
        (``FullStudiesResponse``), or ``unknown:<what>`` for anything else
        (e.g. ``unknown:xml:rss``, ``unknown:json:StudyFieldsResponse``).
    """
    if isinstance(data, Mapping):
        keys = set(data)
        if "protocolSection" in keys:
            return "ctgov_v2"
        if "studies" in keys and isinstance(data.get("studies"), list):
            return "ctgov_v2_page"
        if "FullStudiesResponse" in keys:
            return "ctgov_classic"
        return "unknown:json:" + ",".join(sorted(keys)[:3])
    raw = data.encode() if isinstance(data, str) else data
    head = raw[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        root = _xml_root(head)
        return "ctgov_legacy_xml" if root == "clinical_study" else f"unknown:xml:{root}"
    if head.startswith(b"{"):
        # Peek at the first key without parsing a possibly large document.
        m = re.match(rb'\{\s*"([^"]+)"', head)
        first = m.group(1).decode() if m else ""
        if first in ("protocolSection", "derivedSection", "resultsSection", "hasResults",
                     "documentSection", "annotationSection"):
            return "ctgov_v2"
        if first in ("studies", "totalCount", "nextPageToken"):
            return "ctgov_v2_page"
        if first == "FullStudiesResponse":
            return "ctgov_classic"
        return f"unknown:json:{first}"
    return "unknown:bytes"


def parse_ctgov(data: bytes | str | Mapping[str, Any], *, source: str | None = None) -> list[Trial]:
    """Parse any ClinicalTrials.gov record or response into trials.

    Accepts a v2 study, a v2 ``{"studies": [...]}`` page, a legacy
    ``<clinical_study>`` XML record, or a classic ``FullStudiesResponse``.

    Raises
    ------
    UnsupportedFormatError
        Well-formed content of another kind (RSS feed, classic study_fields…).
    ParseError
        Malformed content; names ``source`` and the field path.
    """
    fmt = detect_ctgov_format(data)
    if fmt == "ctgov_legacy_xml":
        assert not isinstance(data, Mapping)
        return [parse_legacy_xml(data, source=source)]
    if fmt.startswith("unknown"):
        raise UnsupportedFormatError(f"not a ClinicalTrials.gov study record ({fmt})", source=source or "")
    obj = _load_json(data, source)
    if fmt == "ctgov_v2":
        return [parse_v2_study(obj, source=source)]
    if fmt == "ctgov_v2_page":
        return parse_v2_page(obj, source=source)
    return parse_classic(obj, source=source)


def _load_json(data: bytes | str | Mapping[str, Any], source: str | None) -> Mapping[str, Any]:
    return load_json_object(data, source)


# ---------------------------------------------------------------------------
# Typed access with field paths in errors
# ---------------------------------------------------------------------------


def _obj(d: Mapping[str, Any], key: str, path: str, source: str | None) -> Mapping[str, Any]:
    v = d.get(key)
    if v is None:
        return {}
    if not isinstance(v, Mapping):
        raise ParseError(f"expected an object, got {type(v).__name__}", source=source or "", field=f"{path}.{key}")
    return v


def _list(d: Mapping[str, Any], key: str, path: str, source: str | None) -> list[Any]:
    v = d.get(key)
    if v is None:
        return []
    if not isinstance(v, list):
        raise ParseError(f"expected a list, got {type(v).__name__}", source=source or "", field=f"{path}.{key}")
    return v


def _str(d: Mapping[str, Any], key: str, path: str, source: str | None) -> str | None:
    v = d.get(key)
    if v is None or v == "":
        return None
    if not isinstance(v, str):
        raise ParseError(f"expected a string, got {type(v).__name__}: {v!r}", source=source or "",
                         field=f"{path}.{key}")
    return v.strip() or None


def _int(v: Any, field: str, source: str | None) -> int | None:
    return whole_number(v, field, source)


def _nct(value: Any, field: str, source: str | None) -> str:
    return record_id(value, REGISTRY, field, source)


def _countries(names: Iterable[str | None]) -> tuple[str, ...]:
    return tuple(sorted({n.strip() for n in names if n and n.strip()}))


# ---------------------------------------------------------------------------
# API v2 JSON
# ---------------------------------------------------------------------------


def parse_v2_study(study: Mapping[str, Any] | bytes | str, *, source: str | None = None) -> Trial:
    """Parse one ClinicalTrials.gov API v2 study (``/api/v2/studies/{nctId}``).

    Parameters
    ----------
    study : dict, bytes or str
        The study object or its JSON text. Partial studies (``fields=`` subsets) are fine.
    source : str, optional
        File or URL, used in provenance and error messages.

    Returns
    -------
    Trial
    """
    s = _load_json(study, source)
    p = "protocolSection"
    ps = _obj(s, p, "", source)
    if not ps:
        raise ParseError("not a v2 study: no protocolSection", source=source or "", field=p)
    ident = _obj(ps, "identificationModule", p, source)
    ip = f"{p}.identificationModule"
    nct = _nct(ident.get("nctId"), f"{ip}.nctId", source)
    status = _obj(ps, "statusModule", p, source)
    sp = f"{p}.statusModule"
    sponsors = _obj(ps, "sponsorCollaboratorsModule", p, source)
    design = _obj(ps, "designModule", p, source)
    dp = f"{p}.designModule"
    info = _obj(design, "designInfo", dp, source)
    mask = _obj(info, "maskingInfo", f"{dp}.designInfo", source)
    enroll = _obj(design, "enrollmentInfo", dp, source)
    ai = _obj(ps, "armsInterventionsModule", p, source)
    ap = f"{p}.armsInterventionsModule"
    outcomes_mod = _obj(ps, "outcomesModule", p, source)
    cond = _obj(ps, "conditionsModule", p, source)
    refs = _obj(ps, "referencesModule", p, source)
    locs = _obj(ps, "contactsLocationsModule", p, source)
    misc = _obj(_obj(s, "derivedSection", "", source), "miscInfoModule", "derivedSection", source)

    def date(key: str) -> str | None:
        return vocab.iso_date(_str(_obj(status, key, sp, source), "date", f"{sp}.{key}", source))

    secondary = tuple(
        vocab.secondary_id(str(x.get("id", "")), x.get("type"), x.get("domain"))
        for x in _list(ident, "secondaryIdInfos", ip, source) if isinstance(x, Mapping) and x.get("id")
    )
    arms = tuple(
        Arm(label=str(a.get("label") or ""), type=vocab.enum(a.get("type")), description=a.get("description"),
            interventions=tuple(a.get("interventionNames") or ()))
        for a in _list(ai, "armGroups", ap, source) if isinstance(a, Mapping)
    )
    interventions = tuple(
        Intervention(type=vocab.enum(i.get("type")), name=str(i.get("name") or ""), description=i.get("description"),
                     other_names=tuple(i.get("otherNames") or ()), arm_labels=tuple(i.get("armGroupLabels") or ()))
        for i in _list(ai, "interventions", ap, source) if isinstance(i, Mapping)
    )
    outcomes: list[Endpoint] = []
    for kind in ("primary", "secondary", "other"):
        for o in _list(outcomes_mod, f"{kind}Outcomes", f"{p}.outcomesModule", source):
            if isinstance(o, Mapping) and o.get("measure"):
                outcomes.append(Endpoint(kind, str(o["measure"]).strip(), o.get("timeFrame"), o.get("description")))
    references = tuple(
        Reference(pmid=str(r["pmid"]) if r.get("pmid") else None, type=vocab.enum(r.get("type")),
                  citation=r.get("citation"))
        for r in _list(refs, "references", f"{p}.referencesModule", source) if isinstance(r, Mapping)
    )
    lead = _obj(sponsors, "leadSponsor", f"{p}.sponsorCollaboratorsModule", source)
    return Trial(
        trial_id=nct,
        registry=REGISTRY,
        provenance=Provenance("ctgov_v2", misc.get("versionHolder"), source),
        nct_id=nct,
        nct_aliases=tuple(ident.get("nctIdAliases") or ()),
        org_study_id=_obj(ident, "orgStudyIdInfo", ip, source).get("id"),
        secondary_ids=secondary,
        acronym=_str(ident, "acronym", ip, source),
        brief_title=_str(ident, "briefTitle", ip, source),
        official_title=_str(ident, "officialTitle", ip, source),
        overall_status=vocab.enum(_str(status, "overallStatus", sp, source)),
        why_stopped=_str(status, "whyStopped", sp, source),
        phases=vocab.phases(_list(design, "phases", dp, source)),
        study_type=vocab.enum(_str(design, "studyType", dp, source)),
        allocation=vocab.enum(info.get("allocation")),
        intervention_model=vocab.enum(info.get("interventionModel")),
        masking=vocab.enum(mask.get("masking")),
        who_masked=tuple(mask.get("whoMasked") or ()),
        primary_purpose=vocab.enum(info.get("primaryPurpose")),
        enrollment=_int(enroll.get("count"), f"{dp}.enrollmentInfo.count", source),
        enrollment_type=vocab.enum(enroll.get("type")),
        arms=arms,
        interventions=interventions,
        conditions=tuple(_list(cond, "conditions", f"{p}.conditionsModule", source)),
        keywords=tuple(_list(cond, "keywords", f"{p}.conditionsModule", source)),
        outcomes=tuple(outcomes),
        lead_sponsor=lead.get("name"),
        sponsor_class=vocab.enum(lead.get("class")),
        collaborators=tuple(c.get("name", "") for c in _list(sponsors, "collaborators",
                                                             f"{p}.sponsorCollaboratorsModule", source)),
        start_date=date("startDateStruct"),
        primary_completion_date=date("primaryCompletionDateStruct"),
        completion_date=date("completionDateStruct"),
        first_posted=date("studyFirstPostDateStruct"),
        results_first_posted=date("resultsFirstPostDateStruct"),
        last_update_posted=date("lastUpdatePostDateStruct"),
        countries=_countries(loc.get("country") for loc in _list(locs, "locations", f"{p}.contactsLocationsModule",
                                                                 source) if isinstance(loc, Mapping)),
        references=references,
        has_results=bool(s.get("hasResults")) or "resultsSection" in s,
        results=_results.v2_results(s, nct, source),
    )


def parse_v2_page(page: Mapping[str, Any] | bytes | str, *, source: str | None = None) -> list[Trial]:
    """Parse a v2 ``/api/v2/studies`` page (``{"studies": [...], "nextPageToken": ...}``).

    Raises
    ------
    ParseError
        On the first malformed study, naming its index (``studies[3]...``); use
        :func:`trialink.read_records` to keep the good studies of a bad page.
    """
    obj = _load_json(page, source)
    studies = _list(obj, "studies", "", source)
    out = []
    for i, st in enumerate(studies):
        try:
            out.append(parse_v2_study(st, source=source))
        except ParseError as exc:
            raise ParseError(str(exc).split(" (source=")[0], source=source or "",
                             field=f"studies[{i}].{exc.field}" if exc.field else f"studies[{i}]") from exc
    return out


# ---------------------------------------------------------------------------
# Legacy AllPublicXML <clinical_study>
# ---------------------------------------------------------------------------

_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True, huge_tree=False)


def _text(el: etree._Element | None, path: str) -> str | None:
    if el is None:
        return None
    v = el.findtext(path)
    if v is None:
        return None
    v = " ".join(v.split())
    return v or None


def _texts(el: etree._Element, path: str) -> tuple[str, ...]:
    return tuple(t for t in (" ".join((x.text or "").split()) for x in el.iterfind(path)) if t)


_DOWNLOAD_DATE = re.compile(r"on\s+(\w+ \d{1,2}, \d{4})")


def parse_legacy_xml(data: bytes | str, *, source: str | None = None) -> Trial:
    """Parse a legacy ClinicalTrials.gov ``<clinical_study>`` XML record (AllPublicXML).

    Returns
    -------
    Trial
        Provenance ``record_version`` is the ``download_date`` as ISO date.
    """
    raw = data.encode() if isinstance(data, str) else data
    try:
        root = etree.fromstring(raw, _XML_PARSER)
    except etree.XMLSyntaxError as exc:
        raise ParseError(f"malformed XML: {exc}", source=source or "") from exc
    if root.tag != "clinical_study":
        raise UnsupportedFormatError(f"root element is <{root.tag}>, not <clinical_study>", source=source or "")
    nct = _nct(_text(root, "id_info/nct_id"), "clinical_study/id_info/nct_id", source)
    downloaded = _text(root, "required_header/download_date")
    m = _DOWNLOAD_DATE.search(downloaded or "")
    version = vocab.iso_date(m.group(1)) if m else downloaded

    interventions = []
    arm_interventions: dict[str, list[str]] = {}
    for el in root.iterfind("intervention"):
        kind = _text(el, "intervention_type")
        name = _text(el, "intervention_name") or ""
        labels = _texts(el, "arm_group_label")
        interventions.append(Intervention(vocab.enum(kind), name, _text(el, "description"),
                                          _texts(el, "other_name"), labels))
        for label in labels:
            arm_interventions.setdefault(label, []).append(f"{kind}: {name}" if kind else name)
    arms = tuple(
        Arm(label=lab, type=vocab.enum(_text(el, "arm_group_type")), description=_text(el, "description"),
            interventions=tuple(arm_interventions.get(lab, ())))
        for el in root.iterfind("arm_group") for lab in [_text(el, "arm_group_label") or ""]
    )
    outcomes = [Endpoint(kind, _text(el, "measure") or "", _text(el, "time_frame"), _text(el, "description"))
                for kind in ("primary", "secondary", "other") for el in root.iterfind(f"{kind}_outcome")]
    references = tuple(
        Reference(_text(el, "PMID"), kind, _text(el, "citation"))
        for tag, kind in (("results_reference", "RESULT"), ("reference", "BACKGROUND"))
        for el in root.iterfind(tag)
    )
    enroll_el = root.find("enrollment")
    enrollment = _int(_text(root, "enrollment"), "clinical_study/enrollment", source)
    design = root.find("study_design_info")
    mask, who = vocab.masking(_text(design, "masking"))
    return Trial(
        trial_id=nct,
        registry=REGISTRY,
        provenance=Provenance("ctgov_legacy_xml", version, source),
        nct_id=nct,
        nct_aliases=_texts(root, "id_info/nct_alias"),
        org_study_id=_text(root, "id_info/org_study_id"),
        secondary_ids=tuple(vocab.secondary_id(v) for v in _texts(root, "id_info/secondary_id")),
        acronym=_text(root, "acronym"),
        brief_title=_text(root, "brief_title"),
        official_title=_text(root, "official_title"),
        overall_status=vocab.enum(_text(root, "overall_status")),
        why_stopped=_text(root, "why_stopped"),
        phases=vocab.phases(_text(root, "phase")),
        study_type=vocab.enum(_text(root, "study_type")),
        allocation=vocab.enum(_text(design, "allocation")),
        intervention_model=vocab.enum(_text(design, "intervention_model")),
        masking=mask,
        who_masked=who,
        primary_purpose=vocab.enum(_text(design, "primary_purpose")),
        enrollment=enrollment,
        enrollment_type=vocab.enum(enroll_el.get("type")) if enroll_el is not None else None,
        arms=arms,
        interventions=tuple(interventions),
        conditions=_texts(root, "condition"),
        keywords=_texts(root, "keyword"),
        outcomes=tuple(outcomes),
        lead_sponsor=_text(root, "sponsors/lead_sponsor/agency"),
        sponsor_class=vocab.enum(_text(root, "sponsors/lead_sponsor/agency_class")),
        collaborators=_texts(root, "sponsors/collaborator/agency"),
        start_date=vocab.iso_date(_text(root, "start_date")),
        primary_completion_date=vocab.iso_date(_text(root, "primary_completion_date")),
        completion_date=vocab.iso_date(_text(root, "completion_date")),
        first_posted=vocab.iso_date(_text(root, "study_first_posted") or _text(root, "firstreceived_date")),
        results_first_posted=vocab.iso_date(_text(root, "results_first_posted")
                                            or _text(root, "firstreceived_results_date")),
        last_update_posted=vocab.iso_date(_text(root, "last_update_posted") or _text(root, "lastchanged_date")),
        countries=_countries(_texts(root, "location_countries/country")),
        references=references,
        has_results=root.find("clinical_results") is not None,
        results=_results.legacy_results(root, nct, source),
    )


# ---------------------------------------------------------------------------
# Retired classic API (FullStudiesResponse)
# ---------------------------------------------------------------------------


def _classic_list(d: Mapping[str, Any], outer: str, inner: str) -> list[Any]:
    v = d.get(outer) or {}
    items = v.get(inner) if isinstance(v, Mapping) else None
    return items if isinstance(items, list) else []


def parse_classic(data: Mapping[str, Any] | bytes | str, *, source: str | None = None) -> list[Trial]:
    """Parse a retired classic-API ``FullStudiesResponse`` into trials.

    Returns
    -------
    list of Trial
        One per ``FullStudies[]`` entry; provenance ``record_version`` is ``DataVrs``.
    """
    obj = _load_json(data, source)
    resp = _obj(obj, "FullStudiesResponse", "", source)
    data_version = resp.get("DataVrs")
    out = []
    for i, entry in enumerate(_list(resp, "FullStudies", "FullStudiesResponse", source)):
        base = f"FullStudiesResponse.FullStudies[{i}].Study"
        study = entry.get("Study") if isinstance(entry, Mapping) else None
        if not isinstance(study, Mapping):
            raise ParseError("missing Study object", source=source or "", field=base)
        out.append(_parse_classic_study(study, base, data_version, source))
    return out


def _parse_classic_study(study: Mapping[str, Any], base: str, version: str | None, source: str | None) -> Trial:
    ps = _obj(study, "ProtocolSection", base, source)
    p = f"{base}.ProtocolSection"
    ident = _obj(ps, "IdentificationModule", p, source)
    nct = _nct(ident.get("NCTId"), f"{p}.IdentificationModule.NCTId", source)
    status = _obj(ps, "StatusModule", p, source)
    design = _obj(ps, "DesignModule", p, source)
    info = design.get("DesignInfo") or {}
    mask_info = info.get("DesignMaskingInfo") or {}
    enroll = design.get("EnrollmentInfo") or {}
    ai = _obj(ps, "ArmsInterventionsModule", p, source)
    spons = _obj(ps, "SponsorCollaboratorsModule", p, source)
    lead = spons.get("LeadSponsor") or {}
    cond = _obj(ps, "ConditionsModule", p, source)
    out_mod = _obj(ps, "OutcomesModule", p, source)
    refs = _obj(ps, "ReferencesModule", p, source)
    locs = _obj(ps, "ContactsLocationsModule", p, source)

    def date(struct: str) -> str | None:
        return vocab.iso_date((status.get(f"{struct}Struct") or {}).get(struct))

    secondary = tuple(
        vocab.secondary_id(str(x.get("SecondaryId", "")), x.get("SecondaryIdType"), x.get("SecondaryIdDomain"))
        for x in _classic_list(ident, "SecondaryIdInfoList", "SecondaryIdInfo") if x.get("SecondaryId")
    )
    arms = tuple(
        Arm(label=a.get("ArmGroupLabel", ""), type=vocab.enum(a.get("ArmGroupType")),
            description=a.get("ArmGroupDescription"),
            interventions=tuple(_classic_list(a, "ArmGroupInterventionList", "ArmGroupInterventionName")))
        for a in _classic_list(ai, "ArmGroupList", "ArmGroup")
    )
    interventions = tuple(
        Intervention(vocab.enum(i.get("InterventionType")), i.get("InterventionName", ""),
                     i.get("InterventionDescription"),
                     tuple(_classic_list(i, "InterventionOtherNameList", "InterventionOtherName")),
                     tuple(_classic_list(i, "InterventionArmGroupLabelList", "InterventionArmGroupLabel")))
        for i in _classic_list(ai, "InterventionList", "Intervention")
    )
    outcomes = [
        Endpoint(kind.lower(), o.get(f"{kind}OutcomeMeasure", "").strip(), o.get(f"{kind}OutcomeTimeFrame"),
                 o.get(f"{kind}OutcomeDescription"))
        for kind in ("Primary", "Secondary", "Other")
        for o in _classic_list(out_mod, f"{kind}OutcomeList", f"{kind}Outcome")
    ]
    mask, who = vocab.masking(mask_info.get("DesignMasking"))
    who = tuple(vocab.enum(w) or "" for w in _classic_list(mask_info, "DesignWhoMaskedList", "DesignWhoMasked")) or who
    return Trial(
        trial_id=nct,
        registry=REGISTRY,
        provenance=Provenance("ctgov_classic", version, source),
        nct_id=nct,
        nct_aliases=tuple(_classic_list(ident, "NCTIdAliasList", "NCTIdAlias")),
        org_study_id=(ident.get("OrgStudyIdInfo") or {}).get("OrgStudyId"),
        secondary_ids=secondary,
        acronym=ident.get("Acronym"),
        brief_title=ident.get("BriefTitle"),
        official_title=ident.get("OfficialTitle"),
        overall_status=vocab.enum(status.get("OverallStatus")),
        why_stopped=status.get("WhyStopped"),
        phases=vocab.phases(_classic_list(design, "PhaseList", "Phase")),
        study_type=vocab.enum(design.get("StudyType")),
        allocation=vocab.enum(info.get("DesignAllocation")),
        intervention_model=vocab.enum(info.get("DesignInterventionModel")),
        masking=mask,
        who_masked=who,
        primary_purpose=vocab.enum(info.get("DesignPrimaryPurpose")),
        enrollment=_int(enroll.get("EnrollmentCount"), f"{p}.DesignModule.EnrollmentInfo.EnrollmentCount", source),
        enrollment_type=vocab.enum(enroll.get("EnrollmentType")),
        arms=arms,
        interventions=interventions,
        conditions=tuple(_classic_list(cond, "ConditionList", "Condition")),
        keywords=tuple(_classic_list(cond, "KeywordList", "Keyword")),
        outcomes=tuple(outcomes),
        lead_sponsor=lead.get("LeadSponsorName"),
        sponsor_class=vocab.enum(lead.get("LeadSponsorClass")),
        collaborators=tuple(c.get("CollaboratorName", "") for c in
                            _classic_list(spons, "CollaboratorList", "Collaborator")),
        start_date=date("StartDate"),
        primary_completion_date=date("PrimaryCompletionDate"),
        completion_date=date("CompletionDate"),
        first_posted=date("StudyFirstPostDate"),
        results_first_posted=date("ResultsFirstPostDate"),
        last_update_posted=date("LastUpdatePostDate"),
        countries=_countries(loc.get("LocationCountry") for loc in _classic_list(locs, "LocationList", "Location")),
        references=tuple(Reference(r.get("ReferencePMID"), vocab.enum(r.get("ReferenceType")),
                                   r.get("ReferenceCitation"))
                         for r in _classic_list(refs, "ReferenceList", "Reference")),
        has_results="ResultsSection" in study,
        results=_results.classic_results(study, nct, source),
    )


# ---------------------------------------------------------------------------
# API v2 client
# ---------------------------------------------------------------------------

CTGOV_STATUSES = frozenset({
    "ACTIVE_NOT_RECRUITING", "COMPLETED", "ENROLLING_BY_INVITATION", "NOT_YET_RECRUITING", "RECRUITING",
    "SUSPENDED", "TERMINATED", "WITHDRAWN", "AVAILABLE", "NO_LONGER_AVAILABLE", "TEMPORARILY_NOT_AVAILABLE",
    "APPROVED_FOR_MARKETING", "WITHHELD", "UNKNOWN",
})
"""Values ``filter.overallStatus`` accepts."""

MAX_PAGE_SIZE = 1000


def _csv(name: str, value: str | Sequence[str] | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    items = list(value)
    bad = [v for v in items if not isinstance(v, str) or not v]
    if bad:
        raise ValueError(f"{name} must be strings, got {bad!r}")
    return ",".join(items)


class CtgovClient(BaseClient):
    """ClinicalTrials.gov API v2 (``https://clinicaltrials.gov/api/v2``).

    Parameters
    ----------
    session : requests.Session, optional
        Default :func:`trialink.make_session` (cached, throttled to ~1 request/s).
    base_url : str, optional
        For a mirror or a local test server.
    """

    BASE_URL = "https://clinicaltrials.gov/api/v2"

    def version(self) -> dict[str, Any]:
        """``/version``: ``{"apiVersion": ..., "dataTimestamp": ...}``."""
        return dict(self._get("version").json())

    def study(self, nct_id: str) -> Trial:
        """One study by NCT number (``/studies/{nctId}``).

        Raises
        ------
        InvalidIdError, NotFoundError, OfflineError, ParseError
        """
        nct = ids.parse_id(nct_id, expect=REGISTRY, bare_digits_as_pmid=False).id
        resp = self._get(f"studies/{nct}", params={"format": "json"})
        return parse_v2_study(resp.content, source=resp.url)

    def studies(self, nct_ids: Iterable[str], *, batch_size: int = MAX_PAGE_SIZE) -> StudyBatch:
        """Many studies by NCT number, ``batch_size`` per request (``filter.ids``).

        N IDs cost ⌈N / batch_size⌉ requests; a warm cache costs none. IDs are all
        validated before any request.

        Returns
        -------
        StudyBatch
            ``trials`` in the order requested, ``not_found``, parse ``errors``.

        Raises
        ------
        InvalidIdError
            Listing every value that is not an NCT number.
        """
        if not isinstance(batch_size, int) or not 1 <= batch_size <= MAX_PAGE_SIZE:
            raise ValueError(f"batch_size must be 1..{MAX_PAGE_SIZE}, got {batch_size!r}")
        wanted = list(dict.fromkeys(r.id for r in ids.parse_ids(list(nct_ids), expect=REGISTRY)))
        batch = StudyBatch()
        found: dict[str, Trial] = {}
        starts = range(0, len(wanted), batch_size)
        from tqdm.auto import tqdm

        for start in tqdm(starts, desc="ClinicalTrials.gov batches", disable=len(starts) < 3):
            chunk = wanted[start:start + batch_size]
            token: str | None = None
            while True:
                params: dict[str, Any] = {"filter.ids": ",".join(chunk), "pageSize": len(chunk), "format": "json"}
                if token:
                    params["pageToken"] = token
                resp = self._get("studies", params=params)
                batch.requests += 1
                page = _load_json(resp.content, resp.url)
                for i, st in enumerate(_list(page, "studies", "", resp.url)):
                    try:
                        trial = parse_v2_study(st, source=resp.url)
                    except ParseError as exc:
                        batch.errors.append(ParseError(str(exc).split(" (source=")[0], source=resp.url,
                                                       field=f"studies[{i}].{exc.field}"))
                        continue
                    for key in (trial.trial_id, *trial.nct_aliases):
                        found[key] = trial
                token = page.get("nextPageToken")
                if not token:
                    break
        seen: set[str] = set()
        for nct in wanted:
            t = found.get(nct)
            if t is None:
                batch.not_found.append(nct)
            elif t.trial_id not in seen:
                seen.add(t.trial_id)
                batch.trials.append(t)
        return batch

    def search(
        self,
        *,
        cond: str | None = None,
        term: str | None = None,
        intr: str | None = None,
        titles: str | None = None,
        spons: str | None = None,
        id: str | None = None,
        status: str | Sequence[str] | None = None,
        advanced: str | None = None,
        agg_filters: str | None = None,
        fields: Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        page_size: int = 100,
        max_results: int | None = None,
        progress: bool | None = None,
        on_error: str = "warn",
    ) -> RecordStream[Trial]:
        """Search studies (``/studies``), paging lazily through ``nextPageToken``.

        Parameters
        ----------
        cond, term, intr, titles, spons, id : str, optional
            ``query.cond``, ``query.term``, ``query.intr``, ``query.titles``,
            ``query.spons``, ``query.id`` (Essie expressions).
        status : str or list of str, optional
            ``filter.overallStatus``, values of :data:`CTGOV_STATUSES`.
        advanced : str, optional
            ``filter.advanced``, e.g. ``"AREA[Phase]PHASE3"``.
        agg_filters : str, optional
            ``aggFilters``, e.g. ``"phase:3,results:with"``.
        fields : list of str, optional
            ``fields``; ``NCTId`` is always added so each study parses into a Trial.
        sort : str or list of str, optional
            ``sort``, e.g. ``"LastUpdatePostDate:desc"``.
        page_size : int, default 100
            1..1000.
        max_results : int, optional
            Stop after this many; a :class:`TruncatedResultsWarning` says when more remain.
        progress : bool, optional
            tqdm bar; default when the total spans several pages.
        on_error : {"warn", "raise", "collect"}
            What to do with a study that fails to parse (it never loses the others).

        Returns
        -------
        RecordStream of Trial
            Lazy; ``.total`` is the registry's count after the first page, ``.errors``.
        """
        if not isinstance(page_size, int) or not 1 <= page_size <= MAX_PAGE_SIZE:
            raise ValueError(f"page_size must be 1..{MAX_PAGE_SIZE}, got {page_size!r}")
        check_on_error(on_error)
        statuses = [status] if isinstance(status, str) else list(status or [])
        bad = [s for s in statuses if s not in CTGOV_STATUSES]
        if bad:
            raise ValueError(f"status {bad} not allowed; use {sorted(CTGOV_STATUSES)}")
        params: dict[str, Any] = {
            "query.cond": cond, "query.term": term, "query.intr": intr, "query.titles": titles,
            "query.spons": spons, "query.id": id, "filter.overallStatus": ",".join(statuses) or None,
            "filter.advanced": advanced, "aggFilters": agg_filters, "sort": _csv("sort", sort),
            "pageSize": page_size, "countTotal": "true", "format": "json",
        }
        if fields is not None:
            flist = [fields] if isinstance(fields, str) else list(fields)
            params["fields"] = _csv("fields", flist if "NCTId" in flist else ["NCTId", *flist])
        params = {k: v for k, v in params.items() if v is not None}
        if not any(k.startswith(("query.", "filter.")) or k == "aggFilters" for k in params):
            log.info("CT.gov search without any query or filter walks the whole registry")

        def fetch(token: str | None) -> tuple[list[Any], str | None, int | None]:
            p = dict(params, pageToken=token) if token else params
            resp = self._get("studies", params=p)
            page = _load_json(resp.content, resp.url)
            items: list[Any] = []
            for i, st in enumerate(_list(page, "studies", "", resp.url)):
                try:
                    items.append(parse_v2_study(st, source=resp.url))
                except ParseError as exc:
                    items.append(ParseError(str(exc).split(" (source=")[0], source=resp.url,
                                            field=f"studies[{i}].{exc.field}"))
            total = page.get("totalCount")
            return items, page.get("nextPageToken"), total if isinstance(total, int) else None

        return paged_stream(fetch, max_results=max_results, what="ClinicalTrials.gov studies", progress=progress,
                            on_error=on_error)
