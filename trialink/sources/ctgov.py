"""ClinicalTrials.gov: API v2 client and pure parsers for v2 JSON, legacy XML and classic JSON."""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from lxml import etree

from trialink import ids
from trialink.errors import InvalidIdError, ParseError, RequestError, UnsupportedFormatError
from trialink.model import Arm, Endpoint, EndpointKind, Intervention, Provenance, Reference, Trial
from trialink.sources import _ctgov_results as _results
from trialink.sources import _vocab as vocab
from trialink.sources._base import (
    BaseClient,
    RecordStream,
    StudyBatch,
    as_id_list,
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
        raise ParseError(f"expected an object, got {type(v).__name__}", problem="wrong_type", source=source or "",
                         field=f"{path}.{key}" if path else key)
    return v


def _list(d: Mapping[str, Any], key: str, path: str, source: str | None) -> list[Any]:
    v = d.get(key)
    if v is None:
        return []
    if not isinstance(v, list):
        raise ParseError(f"expected a list, got {type(v).__name__}", problem="wrong_type", source=source or "",
                         field=f"{path}.{key}" if path else key)
    return v


def _str(d: Mapping[str, Any], key: str, path: str, source: str | None) -> str | None:
    v = d.get(key)
    if v is None or v == "":
        return None
    if not isinstance(v, str):
        raise ParseError(f"expected a string, got {type(v).__name__}: {v!r}", problem="wrong_type", source=source or "",
                         field=f"{path}.{key}" if path else key)
    return v.strip() or None


def _strs(d: Mapping[str, Any], key: str, path: str, source: str | None) -> tuple[str, ...]:
    """A list of strings (null items dropped); anything else is a ParseError naming the field."""
    out = []
    for k, v in enumerate(_list(d, key, path, source)):
        if v is None:
            continue
        if not isinstance(v, str):
            raise ParseError(f"expected a string, got {type(v).__name__}: {v!r}", problem="wrong_type",
                             source=source or "",
                             field=f"{path}.{key}[{k}]")
        out.append(v)
    return tuple(out)


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
        raise ParseError("not a v2 study: no protocolSection", problem="missing_field", source=source or "", field=p)
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

    def sid(x: Mapping[str, Any], k: int) -> Any:
        f = f"{ip}.secondaryIdInfos[{k}]"
        return vocab.secondary_id(str(_str(x, "id", f, source) or ""), _str(x, "type", f, source),
                                  _str(x, "domain", f, source))

    secondary = tuple(sid(x, k) for k, x in enumerate(_list(ident, "secondaryIdInfos", ip, source))
                      if isinstance(x, Mapping) and x.get("id"))

    def arm(a: Mapping[str, Any], k: int) -> Arm:
        f = f"{ap}.armGroups[{k}]"
        return Arm(label=_str(a, "label", f, source) or "", type=vocab.enum(_str(a, "type", f, source)),
                   description=_str(a, "description", f, source),
                   interventions=_strs(a, "interventionNames", f, source))

    arms = tuple(arm(a, k) for k, a in enumerate(_list(ai, "armGroups", ap, source)) if isinstance(a, Mapping))

    def intervention(i: Mapping[str, Any], k: int) -> Intervention:
        f = f"{ap}.interventions[{k}]"
        return Intervention(type=vocab.enum(_str(i, "type", f, source)), name=_str(i, "name", f, source) or "",
                            description=_str(i, "description", f, source),
                            other_names=_strs(i, "otherNames", f, source),
                            arm_labels=_strs(i, "armGroupLabels", f, source))

    interventions = tuple(intervention(i, k) for k, i in enumerate(_list(ai, "interventions", ap, source))
                          if isinstance(i, Mapping))
    outcomes: list[Endpoint] = []
    for kind in ("primary", "secondary", "other"):
        for k, o in enumerate(_list(outcomes_mod, f"{kind}Outcomes", f"{p}.outcomesModule", source)):
            f = f"{p}.outcomesModule.{kind}Outcomes[{k}]"
            if isinstance(o, Mapping) and _str(o, "measure", f, source):
                outcomes.append(Endpoint(kind, str(o["measure"]).strip(), _str(o, "timeFrame", f, source),
                                         _str(o, "description", f, source)))

    def reference(r: Mapping[str, Any], k: int) -> Reference:
        f = f"{p}.referencesModule.references[{k}]"
        pmid = r.get("pmid")
        if pmid is not None and not isinstance(pmid, (str, int)) or isinstance(pmid, bool):
            raise ParseError(f"expected a PMID, got {pmid!r}", problem="bad_value", source=source or "",
                             field=f"{f}.pmid")
        return Reference(pmid=str(pmid) if pmid else None, type=vocab.enum(_str(r, "type", f, source)),
                         citation=_str(r, "citation", f, source))

    references = tuple(reference(r, k) for k, r in enumerate(_list(refs, "references", f"{p}.referencesModule",
                                                                    source)) if isinstance(r, Mapping))
    sp_ = f"{p}.sponsorCollaboratorsModule"
    lead = _obj(sponsors, "leadSponsor", sp_, source)
    collaborators = tuple(_str(c, "name", f"{sp_}.collaborators[{k}]", source) or ""
                          for k, c in enumerate(_list(sponsors, "collaborators", sp_, source))
                          if isinstance(c, Mapping))
    lp = f"{p}.contactsLocationsModule"
    countries = _countries(_str(loc, "country", f"{lp}.locations[{k}]", source)
                           for k, loc in enumerate(_list(locs, "locations", lp, source)) if isinstance(loc, Mapping))
    mp = f"{dp}.designInfo.maskingInfo"
    ip_ = f"{dp}.designInfo"
    try:
        results = _results.v2_results(s, nct, source)
    except (TypeError, AttributeError, KeyError, IndexError, RecursionError, ArithmeticError) as exc:
        # Crash sites inside the results reader (_ctgov_results / _measures, owned elsewhere).
        raise ParseError(f"malformed results: {type(exc).__name__}: {exc}", problem="bad_value", source=source or "",
                         field="resultsSection") from exc
    except ValueError as exc:
        if isinstance(exc, ParseError):
            raise
        raise ParseError(f"malformed results: {exc}", problem="bad_value", source=source or "",
                         field="resultsSection") from exc
    return Trial(
        trial_id=nct,
        registry=REGISTRY,
        provenance=Provenance("ctgov_v2", _str(misc, "versionHolder", "derivedSection.miscInfoModule", source),
                              source),
        nct_id=nct,
        nct_aliases=_strs(ident, "nctIdAliases", ip, source),
        org_study_id=_str(_obj(ident, "orgStudyIdInfo", ip, source), "id", f"{ip}.orgStudyIdInfo", source),
        secondary_ids=secondary,
        acronym=_str(ident, "acronym", ip, source),
        brief_title=_str(ident, "briefTitle", ip, source),
        official_title=_str(ident, "officialTitle", ip, source),
        overall_status=vocab.enum(_str(status, "overallStatus", sp, source)),
        why_stopped=_str(status, "whyStopped", sp, source),
        phases=vocab.phases(_strs(design, "phases", dp, source)),
        study_type=vocab.enum(_str(design, "studyType", dp, source)),
        allocation=vocab.enum(_str(info, "allocation", ip_, source)),
        intervention_model=vocab.enum(_str(info, "interventionModel", ip_, source)),
        masking=vocab.enum(_str(mask, "masking", mp, source)),
        who_masked=_strs(mask, "whoMasked", mp, source),
        primary_purpose=vocab.enum(_str(info, "primaryPurpose", ip_, source)),
        enrollment=_int(enroll.get("count"), f"{dp}.enrollmentInfo.count", source),
        enrollment_type=vocab.enum(_str(enroll, "type", f"{dp}.enrollmentInfo", source)),
        arms=arms,
        interventions=interventions,
        conditions=_strs(cond, "conditions", f"{p}.conditionsModule", source),
        keywords=_strs(cond, "keywords", f"{p}.conditionsModule", source),
        outcomes=tuple(outcomes),
        lead_sponsor=_str(lead, "name", f"{sp_}.leadSponsor", source),
        sponsor_class=vocab.enum(_str(lead, "class", f"{sp_}.leadSponsor", source)),
        collaborators=collaborators,
        start_date=date("startDateStruct"),
        primary_completion_date=date("primaryCompletionDateStruct"),
        completion_date=date("completionDateStruct"),
        first_posted=date("studyFirstPostDateStruct"),
        results_first_posted=date("resultsFirstPostDateStruct"),
        last_update_posted=date("lastUpdatePostDateStruct"),
        countries=countries,
        references=references,
        has_results=bool(s.get("hasResults")) or "resultsSection" in s,
        results=results,
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
            raise ParseError(exc.reason, problem=exc.problem, source=source or "",
                             record_id=exc.record_id or _nct_of(st),
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
        raise ParseError(f"malformed XML: {exc}", problem="syntax", source=source or "") from exc
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
            raise ParseError("missing Study object", problem="missing_field", source=source or "", field=base)
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
    kinds: tuple[tuple[str, EndpointKind], ...] = (("Primary", "primary"), ("Secondary", "secondary"),
                                                  ("Other", "other"))
    outcomes = [
        Endpoint(ours, o.get(f"{kind}OutcomeMeasure", "").strip(), o.get(f"{kind}OutcomeTimeFrame"),
                 o.get(f"{kind}OutcomeDescription"))
        for kind, ours in kinds
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
MAX_SORT_KEYS = 2  # the API's ``sort`` takes at most two fields
MAX_REQUEST_TARGET = 8000
"""Bytes of request target (path + query) a by-ID batch may use: common servers and proxies
refuse request lines over 8 KB (414), so batches follow the URL length, not a count."""

CTGOV_ID_PATTERN = re.compile(r"^[Nn][Cc][Tt]0*[1-9]\d{0,7}$")
"""ClinicalTrials.gov's own pattern for ``filter.ids`` (OpenAPI 2.0.5): ``NCT00000000`` is
refused by it, and one refused ID makes the service answer 400 for the whole request."""


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
        def parse(resp: Any) -> dict[str, Any]:
            obj = _load_json(resp.content, resp.url)
            return dict(obj)
        return self._fetch("GET", "version", parse, search=True)

    def get(self, nct_id: str) -> Trial:
        """One study by NCT number (``/studies/{nctId}``).

        Raises
        ------
        InvalidIdError
            Not an NCT number, or one ClinicalTrials.gov's own pattern refuses (``NCT00000000``).
        NotFoundError, OfflineError, BadResponseError, RequestError, ParseError
        """
        nct = ids.parse_id(nct_id, expect=REGISTRY, bare_digits_as_pmid=False).id
        if not CTGOV_ID_PATTERN.match(nct):
            raise _refused(nct)
        return self._fetch("GET", f"studies/{nct}", lambda resp: parse_v2_study(resp.content, source=resp.url),
                           ids=[nct], params={"format": "json"})

    def study(self, nct_id: str) -> Trial:
        """Deprecated alias of :meth:`get` (removed in the next release)."""
        warnings.warn("CtgovClient.study() is deprecated; use CtgovClient.get()", DeprecationWarning, stacklevel=2)
        return self.get(nct_id)

    def _target_length(self, params: Mapping[str, Any]) -> int:
        import requests

        url = requests.Request("GET", f"{self.base_url}/studies", params=params).prepare().url or ""
        parts = url.split("/", 3)
        return len("/" + parts[3]) if len(parts) > 3 else len(url)

    def _chunks(self, wanted: list[str], batch_size: int, max_target: int) -> list[list[str]]:
        """Batches of at most ``batch_size`` IDs whose request target stays within ``max_target`` bytes."""
        base = self._target_length({"filter.ids": "", "pageSize": batch_size, "format": "json"})
        chunks: list[list[str]] = []
        cur: list[str] = []
        length = base
        for nct in wanted:
            add = len(nct) + (3 if cur else 0)  # "%2C" between IDs
            if cur and (len(cur) >= batch_size or length + add > max_target):
                chunks.append(cur)
                cur, length, add = [], base, len(nct)
            cur.append(nct)
            length += add
        if cur:
            chunks.append(cur)
        return chunks

    def _fetch_chunk(self, chunk: list[str]) -> tuple[dict[str, Trial], list[ParseError], int]:
        found: dict[str, Trial] = {}
        errors: list[ParseError] = []
        token: str | None = None
        seen_tokens: set[str] = set()
        calls = 0
        while True:
            params: dict[str, Any] = {"filter.ids": ",".join(chunk), "pageSize": len(chunk), "format": "json"}
            if token:
                params["pageToken"] = token

            def parse(resp: Any) -> tuple[list[Trial | ParseError], str | None]:
                page = _load_json(resp.content, resp.url)
                studies = _list(page, "studies", "", resp.url)
                nxt = page.get("nextPageToken")
                if nxt is not None and not isinstance(nxt, str):
                    raise ParseError(f"expected a string, got {type(nxt).__name__}", problem="wrong_type",
                                     source=resp.url,
                                     field="nextPageToken")
                return [_study_or_error(st, i, resp.url) for i, st in enumerate(studies)], nxt

            items, token = self._fetch("GET", "studies", parse, ids=chunk, params=params)
            calls += 1
            for item in items:
                if isinstance(item, ParseError):
                    errors.append(item)
                    continue
                for key in (item.trial_id, *item.nct_aliases):
                    found[key] = item
            if not token:
                return found, errors, calls
            if token in seen_tokens:
                raise RequestError(f"ClinicalTrials.gov repeated page token {token[:60]!r} for a batch of "
                                   f"{len(chunk)} IDs; stopped rather than loop forever", ids=chunk,
                                   problem="repeated_page")
            seen_tokens.add(token)

    def get_many(self, nct_ids: str | Iterable[str], *, batch_size: int = MAX_PAGE_SIZE,
                 max_request_target: int = MAX_REQUEST_TARGET) -> StudyBatch:
        """Many studies by NCT number (``filter.ids``), in batches that fit one request line.

        Batches hold at most ``batch_size`` IDs and at most ``max_request_target`` bytes of
        path and query (8,000 by default: servers and proxies refuse request lines over
        8 KB), so 1,000 IDs cost two requests, not one refused one; a warm cache costs none.
        IDs ClinicalTrials.gov's own pattern refuses (``NCT00000000``) are not sent: they go
        to ``failed`` by name. A batch the service answers 400 is split in halves until the
        offending ID is alone (named in ``failed``) and the valid ones come back. A batch
        that still fails after retries puts its IDs in ``failed``; the other batches are kept.

        Parameters
        ----------
        nct_ids : str or iterable of str
            NCT numbers (a single string is one ID).

        Returns
        -------
        StudyBatch
            ``found`` (requested NCT number → Trial, in request order; an NCT alias maps to
            the study it was merged into), ``trials`` (each study once), ``not_found`` (IDs
            a complete, valid answer lacked), ``failed`` (ID → the error), parse
            ``errors``, ``requests``.

        Raises
        ------
        InvalidIdError
            Listing every value that is not an NCT number (before any request).
        """
        if not isinstance(batch_size, int) or not 1 <= batch_size <= MAX_PAGE_SIZE:
            raise ValueError(f"batch_size must be 1..{MAX_PAGE_SIZE}, got {batch_size!r}")
        if not isinstance(max_request_target, int) or max_request_target < 200:
            raise ValueError(f"max_request_target must be an integer ≥ 200, got {max_request_target!r}")
        wanted = list(dict.fromkeys(r.id for r in ids.parse_ids(as_id_list(nct_ids, "nct_ids"), expect=REGISTRY)))
        batch = StudyBatch()
        valid = []
        for nct in wanted:
            if CTGOV_ID_PATTERN.match(nct):
                valid.append(nct)
            else:
                batch.failed[nct] = _refused(nct)
        found: dict[str, Trial] = {}
        queue = self._chunks(valid, batch_size, max_request_target)
        from tqdm.auto import tqdm

        bar = tqdm(total=len(queue), desc="ClinicalTrials.gov batches", disable=len(queue) < 3)
        try:
            while queue:
                chunk = queue.pop(0)
                try:
                    got, errors, calls = self._fetch_chunk(chunk)
                except (RequestError, ParseError) as exc:  # a malformed page: its IDs failed, the rest kept
                    batch.requests += 1
                    if isinstance(exc, RequestError) and exc.status_code == 400 and len(chunk) > 1:
                        half = len(chunk) // 2
                        log.info("ClinicalTrials.gov answered 400 for %d IDs; splitting to find the refused one",
                                 len(chunk))
                        queue[:0] = [chunk[:half], chunk[half:]]
                        continue
                    for nct in chunk:
                        batch.failed[nct] = exc
                    bar.update(1)
                    continue
                batch.requests += calls
                batch.errors.extend(errors)
                found.update(got)
                bar.update(1)
        finally:
            bar.close()
        for nct in wanted:
            if nct in batch.failed:
                continue
            t = found.get(nct)
            if t is None:
                batch.not_found.append(nct)
            else:
                batch.found[nct] = t
        return batch

    def studies(self, nct_ids: str | Iterable[str], **kwargs: Any) -> StudyBatch:
        """Deprecated alias of :meth:`get_many` (removed in the next release)."""
        warnings.warn("CtgovClient.studies() is deprecated; use CtgovClient.get_many()", DeprecationWarning,
                      stacklevel=2)
        return self.get_many(nct_ids, **kwargs)

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
        if sort is not None:
            keys = sort.split(",") if isinstance(sort, str) else list(sort)
            if len(keys) > MAX_SORT_KEYS:
                raise ValueError(f"sort takes at most {MAX_SORT_KEYS} fields (ClinicalTrials.gov's limit), "
                                 f"got {len(keys)}: {keys!r}")
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

        def parse(resp: Any) -> tuple[list[Any], str | None, int | None]:
            page = _load_json(resp.content, resp.url)
            items = [_study_or_error(st, i, resp.url) for i, st in enumerate(_list(page, "studies", "", resp.url))]
            total = page.get("totalCount")
            nxt = page.get("nextPageToken")
            if nxt is not None and not isinstance(nxt, str):
                raise ParseError(f"expected a string, got {type(nxt).__name__}", problem="wrong_type", source=resp.url,
                                 field="nextPageToken")
            return items, nxt, total if isinstance(total, int) and not isinstance(total, bool) else None

        def fetch(token: str | None, refresh: bool = False) -> tuple[list[Any], str | None, int | None]:
            p = dict(params, pageToken=token) if token else params
            extra: dict[str, Any] = {"force_refresh": True} if refresh else {}
            return self._fetch("GET", "studies", parse, search=True, params=p, **extra)

        return paged_stream(fetch, max_results=max_results, what="ClinicalTrials.gov studies", progress=progress,
                            on_error=on_error)


def _refused(nct: str) -> InvalidIdError:
    return InvalidIdError(nct, f"{nct} is refused by ClinicalTrials.gov's own ID pattern "
                               f"{CTGOV_ID_PATTERN.pattern} (no study has number zero); not sent")


def _study_or_error(st: Any, i: int, source: str | None) -> Trial | ParseError:
    """One study of a page, or the ParseError naming ``studies[i]`` and its field (never another exception)."""
    try:
        return parse_v2_study(st, source=source)
    except ParseError as exc:
        return ParseError(exc.reason, problem=exc.problem, source=source or "", record_id=exc.record_id or _nct_of(st),
                          field=f"studies[{i}].{exc.field}" if exc.field else f"studies[{i}]")


def _nct_of(st: Any) -> str | None:
    """The NCT number of a raw v2 study, when it can be read (to name a study that fails to parse)."""
    ident = st.get("protocolSection", {}).get("identificationModule", {}) if isinstance(st, Mapping) else {}
    nct = ident.get("nctId") if isinstance(ident, Mapping) else None
    return nct if isinstance(nct, str) else None
