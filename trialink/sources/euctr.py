"""EU Clinical Trials Register (EudraCT): the register's full-text download and ctrdata's JSON records."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from trialink import ids
from trialink._dates import iso_date
from trialink.errors import InvalidIdError, ParseError, UnsupportedFormatError
from trialink.model import Arm, Endpoint, EndpointKind, Intervention, Provenance, SecondaryId, Trial
from trialink.sources import _vocab as vocab
from trialink.sources._base import load_json_object

__all__ = ["parse_euctr_csv", "parse_euctr_json", "parse_euctr_text", "is_euctr_csv", "is_euctr_json",
           "is_euctr_text"]

REGISTRY = "EudraCT"


# Summary lines at the head of each country record, by label.
_SUMMARY = {
    "EudraCT Number": "X.EUDRACT", "Sponsor's Protocol Code Number": "X.PROTOCOL",
    "National Competent Authority": "X.NCA", "Clinical Trial Type": "X.4", "Trial Status": "X.5",
    "Date on which this record was first entered in the EudraCT database": "X.6", "Link": "X.LINK",
}
# "N." and "P." lines have no numbers: keyed by their label.
_NP = {
    "Competent Authority Decision": "N.CA", "Date of Competent Authority Decision": "N.CA_DATE",
    "End of Trial Status": "P.STATUS", "Date of the global end of the trial": "P.END",
}
# ctrdata's JSON keys for the same fields (its names are the text labels, flattened).
_JSON_KEYS = {
    "a1_member_state_concerned": "A.1", "a2_eudract_number": "A.2", "a3_full_title_of_the_trial": "A.3",
    "a31_title_of_the_trial_for_lay_people_in_easily_understood_ie_nontechnical_language": "A.3.1",
    "a32_name_or_abbreviated_title_of_the_trial_where_available": "A.3.2",
    "a41_sponsors_protocol_code_number": "A.4.1",
    "a51_isrctn_international_standard_randomised_controlled_trial_number": "A.5.1",
    "a52_us_nct_clinicaltrialsgov_registry_number": "A.5.2",
    "a53_who_universal_trial_reference_number_utrn": "A.5.3", "a54_other_identifiers": "A.5.4",
    "x4_clinical_trial_type": "X.4", "x5_trial_status": "X.5",
    "x6_date_on_which_this_record_was_first_entered_in_the_eudract_database": "X.6",
    "e11_medical_conditions_being_investigated": "E.1.1", "e112_therapeutic_area": "E.1.1.2",
    "e111_medical_condition_in_easily_understood_language": "E.1.1.1",
    "e51_primary_end_points": "E.5.1", "e511_timepoints_of_evaluation_of_this_end_point": "E.5.1.1",
    "e52_secondary_end_points": "E.5.2", "e521_timepoints_of_evaluation_of_this_end_point": "E.5.2.1",
    "e71_human_pharmacology_phase_i": "E.7.1", "e72_therapeutic_exploratory_phase_ii": "E.7.2",
    "e73_therapeutic_confirmatory_phase_iii": "E.7.3", "e74_therapeutic_use_phase_iv": "E.7.4",
    "e81_controlled": "E.8.1", "e811_randomised": "E.8.1.1", "e812_open": "E.8.1.2", "e813_single_blind": "E.8.1.3",
    "e814_double_blind": "E.8.1.4", "e815_parallel_group": "E.8.1.5", "e816_cross_over": "E.8.1.6",
    "e863_trial_sites_planned_in": "E.8.6.3", "f41_in_the_member_state": "F.4.1", "f421_in_the_eea": "F.4.2.1",
    "f422_in_the_whole_clinical_trial": "F.4.2.2", "n_competent_authority_decision": "N.CA",
    "n_date_of_competent_authority_decision": "N.CA_DATE", "p_end_of_trial_status": "P.STATUS",
    "p_date_of_the_global_end_of_the_trial": "P.END",
}
_JSON_SPONSOR = {"b11_name_of_sponsor": "B.1.1", "b134_country": "B.1.3.4",
                 "b31_and_b32_status_of_the_sponsor": "B.3.1"}
_JSON_IMP = {"d12_and_d13_imp_role": "D.1.2", "d31_product_name": "D.3.1", "d2111_trade_name": "D.2.1.1.1",
             "d32_product_code": "D.3.2"}
_PHASE_FIELDS = (("E.7.1", "PHASE1", "Human pharmacology (Phase I)"),
                 ("E.7.2", "PHASE2", "Therapeutic exploratory (Phase II)"),
                 ("E.7.3", "PHASE3", "Therapeutic confirmatory (Phase III)"),
                 ("E.7.4", "PHASE4", "Therapeutic use (Phase IV)"))

# "E.8.1.1 Randomised: Yes", "D.1.2 and D.1.3 IMP Role: Test", "B.1.3.4<TAB>Country: …", "D.IMP: 1".
_LINE = re.compile(r"^(?P<code>[A-H](?:\.(?:\d+|IMP))+)(?: and [A-H](?:\.\d+)+)?(?:[ \t]+(?P<label>[^:]*?))?"
                   r"(?: \((?P<lang>[a-z]{2})\))?:[ \t]?(?P<value>.*)$")
_NP_LINE = re.compile(r"^(?P<code>[NP])\. (?P<label>[^:]+?):[ \t]?(?P<value>.*)$")
_HEADER = re.compile(r"^(?:[A-Z](?:\.[0-9A-Z]+)*\.? [A-Z].*|Sponsor \d+|Summary|MedDRA Classification)$")


def is_euctr_text(data: bytes | str) -> bool:
    """True for the register's full-text download (``Summary`` / ``EudraCT Number:`` records)."""
    head = data[:4096] if isinstance(data, str) else data[:4096].decode("utf-8", "replace")
    return "EudraCT Number:" in head and ("\nSummary" in head or head.startswith("Summary"))


def is_euctr_json(record: Mapping[str, Any]) -> bool:
    """True for a ctrdata EUCTR record (``a2_eudract_number`` or ``ctrname == "EUCTR"``)."""
    return "a2_eudract_number" in record or record.get("ctrname") == "EUCTR"


def _split_text(text: str, source: str | None) -> list[tuple[int, dict[str, Any]]]:
    """Country records of a text download as ``(first line, fields)``; English values only."""
    records: list[tuple[int, dict[str, Any]]] = []
    cur: dict[str, Any] | None = None
    last: tuple[dict[str, Any], str] | None = None
    group: dict[str, Any] | None = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        if line == "Summary":
            cur = {"sponsors": [], "imps": []}
            records.append((lineno, cur))
            last = group = None
            continue
        if cur is None:
            continue  # the download's preamble
        key = value = None
        target = cur
        m = _LINE.match(line)
        if m and (m.group("label") or m.group("code") == "D.IMP"):
            if m.group("lang"):
                last = None  # a translation: skip it and its continuation lines
                continue
            code, value = m.group("code"), m.group("value").strip()
            if code == "D.IMP":
                group = {"D.3.8": []}
                cur["imps"].append(group)
                last = None
                continue
            if code == "E.1.2" and (m.group("label") or "").strip() == "Term":
                if value:
                    cur.setdefault("meddra", []).append(value)
                last = None
                continue
            if code.startswith("B.") and group is not None and group.get("_kind") == "sponsor":
                target = group
            elif code.startswith("D.") and group is not None and group.get("_kind") != "sponsor":
                target = group
            key = code
        elif (n := _NP_LINE.match(line)) and n.group("label") in _NP:
            key, value = _NP[n.group("label")], n.group("value").strip()
        elif (s := line.split(":", 1)) and len(s) == 2 and s[0] in _SUMMARY:
            key, value = _SUMMARY[s[0]], s[1].strip()
        elif re.fullmatch(r"Sponsor \d+", line):
            group = {"_kind": "sponsor"}
            cur["sponsors"].append(group)
            last = None
            continue
        elif line and not _HEADER.match(line) and last is not None:
            d, k = last
            d[k] = f"{d[k]}\n{line.strip()}" if d.get(k) else line.strip()
            continue
        else:
            if line and _HEADER.match(line):
                last = None
            continue
        if key == "D.3.8":
            target.setdefault("D.3.8", []).append(value)
            last = None
        elif key not in target:
            target[key] = value
            last = (target, key)
        else:
            last = None
    if not records:
        raise UnsupportedFormatError("not an EU Clinical Trials Register text download (no Summary records)",
                                     source=source or "")
    return records


def parse_euctr_text(data: bytes | str, *, source: str | None = None) -> list[Trial]:
    """Parse the EU Clinical Trials Register full-text download into one Trial per EudraCT number.

    The download holds one record per member state (country protocol); records of the
    same EudraCT number are merged: ``countries`` and ``country_statuses`` (each
    state's status as written) from all of them, ``overall_status`` from the states'
    (any ongoing → ongoing; all completed → completed…), the planned number of
    participants from F.4.2.2 (whole trial) or the largest F.4.x given, and the A.5.x
    secondary IDs (ISRCTN, NCT, WHO UTN, others) of every record. Titles, design,
    phases (E.7.x; ``phase_raw`` keeps the labels ticked), endpoints (E.5.x), sponsor
    (B.1.1) and products (D.x, grouped by role into ``arms``) come from the first
    record. Translations ("(es)" lines) are skipped.

    Raises
    ------
    UnsupportedFormatError
        Not a text download.
    ParseError
        A record without a valid EudraCT number (names the line).
    """
    text = data.decode("utf-8-sig", errors="replace") if isinstance(data, bytes) else data
    by_id: dict[str, list[dict[str, Any]]] = {}
    for lineno, rec in _split_text(text, source):
        number = rec.get("A.2") or rec.get("X.EUDRACT")
        try:
            eudract = ids.parse_id(number or "", expect=REGISTRY).id
        except InvalidIdError as exc:
            raise ParseError(f"record without a valid EudraCT number ({number!r})", problem="invalid_id",
                             source=source or "",
                             field=f"line {lineno}: A.2 EudraCT number") from exc
        by_id.setdefault(eudract, []).append(rec)
    return [_trial(eudract, recs, "euctr_text", source) for eudract, recs in by_id.items()]


def parse_euctr_json(record: Mapping[str, Any] | bytes | str, *, source: str | None = None) -> Trial:
    """Parse one ctrdata EUCTR record (one country protocol, results optional) into a Trial.

    The protocol fields are the same as :func:`parse_euctr_text`'s; when the record
    carries results (``trialInformation``), their start and global end dates, the
    end-of-trial state (completed or ended early) and their registry numbers are used
    too, and ``has_results`` is True.
    """
    record = load_json_object(record, source)
    if not is_euctr_json(record):
        raise UnsupportedFormatError("not a ctrdata EUCTR record (no a2_eudract_number)", source=source or "")
    rec: dict[str, Any] = {"sponsors": [], "imps": []}
    for key, code in _JSON_KEYS.items():
        value = record.get(key)
        if value not in (None, ""):
            if not isinstance(value, (str, int, float)):
                raise ParseError(f"expected text, got {type(value).__name__}", problem="wrong_type",
                                 source=source or "", field=key)
            rec[code] = str(value).strip()
    for i, sp in enumerate(_as_list(record.get("b1_sponsor"))):
        if not isinstance(sp, Mapping):
            raise ParseError("expected an object", problem="wrong_type", source=source or "", field=f"b1_sponsor[{i}]")
        rec["sponsors"].append({code: str(sp[k]) for k, code in _JSON_SPONSOR.items() if sp.get(k)})
    for i, imp in enumerate(_as_list(record.get("dimp"))):
        if not isinstance(imp, Mapping):
            raise ParseError("expected an object", problem="wrong_type", source=source or "", field=f"dimp[{i}]")
        group: dict[str, Any] = {code: str(imp[k]) for k, code in _JSON_IMP.items() if imp.get(k)}
        group["D.3.8"] = [str(d["d38_inn__proposed_inn"]) for d in _as_list(imp.get("d38_imp_identification_details"))
                          if isinstance(d, Mapping) and d.get("d38_inn__proposed_inn")]
        rec["imps"].append(group)
    rec["meddra"] = [str(m["e12_term"]) for m in _as_list(record.get("e12_meddra_classification"))
                     if isinstance(m, Mapping) and m.get("e12_term")]
    number = rec.get("A.2") or record.get("eudractNumber")
    try:
        eudract = ids.parse_id(str(number or ""), expect=REGISTRY).id
    except InvalidIdError as exc:
        raise ParseError(f"invalid EudraCT number {number!r}", problem="invalid_id", source=source or "",
                         field="a2_eudract_number") from exc
    info = record.get("trialInformation")
    if info is not None and not isinstance(info, Mapping):
        raise ParseError("expected an object", problem="wrong_type", source=source or "", field="trialInformation")
    return _trial(eudract, [rec], "euctr_json", source, results=info)


def _as_list(v: Any) -> list[Any]:
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


def _yes(rec: Mapping[str, Any], code: str) -> bool:
    return str(rec.get(code, "")).strip().lower() in ("yes", "true")


def _int(value: Any) -> int | None:
    s = str(value or "").strip().replace(",", "")
    return int(s) if s.isdigit() else None


def _country(nca: str | None) -> str | None:
    """``"Spain - AEMPS"`` → ``"Spain"``; ``"Outside EU/EEA"`` stays."""
    if not nca:
        return None
    return nca.split(" - ")[0].strip() or None


def _secondary(rec: Mapping[str, Any]) -> list[SecondaryId]:
    out = []
    for code, type_, domain in (("A.5.1", "ISRCTN_NUMBER", "ISRCTN"), ("A.5.2", "NCT_NUMBER", None),
                                ("A.5.3", "WHO_UTN", None), ("A.5.4", "OTHER", None)):
        value = rec.get(code)
        if not value:
            continue
        found = ids.find_ids(value)
        if found:  # "NCT01234567, ISRCTN…": each number on its own
            out += [SecondaryId(m.text, type_, domain, m.registry, m.id) for m in found]
        else:
            out.append(vocab.secondary_id(value, type_, domain))
    return out


def _statuses(recs: list[dict[str, Any]], source: str | None
              ) -> tuple[str | None, str | None, list[tuple[str, str]]]:
    """Status fields: the merged ``overall_status``, ``status_raw`` (``"Spain: Ongoing; …"``) and
    one ``(country, status as written)`` per country record, as the download lists them."""
    country_statuses: list[tuple[str, str]] = []
    statuses: list[str | None] = []
    for rec in recs:
        country = _country(rec.get("A.1") or rec.get("X.NCA")) or "?"
        raw = rec.get("P.STATUS") or rec.get("X.5")
        if raw:
            status, raw = vocab.eu_status(raw, source=source)
            statuses.append(status)
            country_statuses.append((country, raw or ""))
        else:
            country_statuses.append((country, ""))
    status_raw = "; ".join(f"{c}: {s}" for c, s in country_statuses if s) or None
    return vocab.merge_statuses(statuses), status_raw, country_statuses


def _secondary_ids(recs: list[dict[str, Any]], results: Mapping[str, Any] | None) -> list[SecondaryId]:
    """A.5.x of every country record, then the results' registry numbers; each once."""
    secondary: list[SecondaryId] = []
    for rec in recs:
        secondary += _secondary(rec)
    if results:
        for key, type_ in (("usctnIdentifier", "NCT_NUMBER"), ("isrctnIdentifier", "ISRCTN_NUMBER"),
                           ("whoUniversalTrialNumber", "WHO_UTN"), ("otherIdentifiers", "OTHER")):
            value = results.get(key)
            if isinstance(value, str) and value.strip():
                secondary.append(vocab.secondary_id(value.strip(), type_))
    return list(dict.fromkeys(secondary))


def _design(first: Mapping[str, Any]) -> dict[str, Any]:
    """Phases (E.7.x; ``phase_raw`` keeps the labels ticked), allocation, masking and model (E.8.1.x)."""
    return {
        "phases": tuple(p for code, p, _ in _PHASE_FIELDS if _yes(first, code)),
        "phase_raw": "; ".join(label for code, _, label in _PHASE_FIELDS if _yes(first, code)) or None,
        "allocation": "RANDOMIZED" if _yes(first, "E.8.1.1") else "NON_RANDOMIZED" if "E.8.1.1" in first else None,
        "masking": ("DOUBLE" if _yes(first, "E.8.1.4") else "SINGLE" if _yes(first, "E.8.1.3")
                    else "NONE" if _yes(first, "E.8.1.2") else None),
        "intervention_model": "PARALLEL" if _yes(first, "E.8.1.5") else "CROSSOVER" if _yes(first, "E.8.1.6")
        else None,
    }


def _enrollment(recs: list[dict[str, Any]]) -> int | None:
    """Planned participants: F.4.2.2 (whole trial), else the largest F.4.2.1 / F.4.1 given."""
    planned = [n for rec in recs for n in (_int(rec.get("F.4.2.2")),) if n]
    if not planned:
        planned = [n for rec in recs for code in ("F.4.2.1", "F.4.1") if (n := _int(rec.get(code)))]
    return max(planned) if planned else None


def _endpoints(first: Mapping[str, Any]) -> tuple[Endpoint, ...]:
    """E.5.1 (primary) and E.5.2 (secondary) with their timepoints."""
    kinds: tuple[tuple[EndpointKind, str, str], ...] = (("primary", "E.5.1", "E.5.1.1"),
                                                        ("secondary", "E.5.2", "E.5.2.1"))
    return tuple(Endpoint(kind, first[code], first.get(tf) or None) for kind, code, tf in kinds if first.get(code))


def _sponsors(first: Mapping[str, Any]) -> dict[str, Any]:
    """B.1.1 lead sponsor (the first named), its class from B.3.1, the other sponsors as collaborators."""
    sponsors = [s for s in first["sponsors"] if s.get("B.1.1")]
    lead = sponsors[0] if sponsors else {}
    status = (lead.get("B.3.1") or "").lower()
    return {
        "lead_sponsor": lead.get("B.1.1"),
        "sponsor_class": "INDUSTRY" if status == "commercial" else "OTHER" if status else None,
        "collaborators": tuple(dict.fromkeys(s["B.1.1"] for s in sponsors[1:] if s["B.1.1"] != lead.get("B.1.1"))),
    }


def _products(first: Mapping[str, Any]) -> tuple[tuple[Arm, ...], tuple[Intervention, ...]]:
    """D.x products: one intervention per product name (INN first), grouped by IMP role into arms."""
    by_role: dict[str, list[str]] = {}
    interventions: dict[str, Intervention] = {}
    for imp in first["imps"]:
        role = imp.get("D.1.2") or "IMP"
        inns = [x for x in imp.get("D.3.8", []) if x]
        name = (inns[0] if inns else None) or imp.get("D.3.1") or imp.get("D.2.1.1.1") or imp.get("D.3.2")
        if not name:
            continue
        name = next((n for n in interventions if n.lower() == name.lower()), name)
        names = by_role.setdefault(role, [])
        if name not in names:
            names.append(name)
        old = interventions.get(name)
        others = tuple(dict.fromkeys(x for x in (*(old.other_names if old else ()), *inns[1:], imp.get("D.3.1"),
                                                 imp.get("D.2.1.1.1")) if x and x != name))
        labels = tuple(dict.fromkeys((*(old.arm_labels if old else ()), role)))
        interventions[name] = Intervention("DRUG", name, None, others, labels)
    arms = tuple(Arm(role, vocab.ROLE_ARM_TYPES.get(role.lower(), "OTHER"), None, tuple(n))
                 for role, n in by_role.items())
    return arms, tuple(interventions.values())


def _dates(recs: list[dict[str, Any]], results: Mapping[str, Any] | None, eudract: str) -> dict[str, str | None]:
    """Start (results' recruitment start), completion (results' global end, else the latest P. end
    date of the country records) and first posted (the earliest X.6), as :func:`iso_date` reads them."""
    start = completion = None
    if results:
        start = iso_date(str(results.get("recruitmentStartDate") or ""), source=f"{eudract} recruitmentStartDate")
        completion = iso_date(str(results.get("globalEndOfTrialDate") or ""),
                              source=f"{eudract} globalEndOfTrialDate")
    ends = sorted(d for r in recs if (d := iso_date(r.get("P.END"), source=f"{eudract} P. global end date")))
    firsts = sorted(d for r in recs if (d := iso_date(r.get("X.6"), source=f"{eudract} X.6 first entered")))
    return {"start_date": start, "completion_date": completion or (ends[-1] if ends else None),
            "first_posted": firsts[0] if firsts else None}


def _results_status(results: Mapping[str, Any] | None, overall: str | None) -> str | None:
    """The results' end-of-trial state (ended early → TERMINATED, reached → COMPLETED) over the
    countries' merged status."""
    if results:
        if str(results.get("globalEndOfTrialPremature")).lower() == "true":
            return "TERMINATED"
        if str(results.get("isGlobalEndOfTrialReached")).lower() == "true":
            return "COMPLETED"
    return overall


def _trial(eudract: str, recs: list[dict[str, Any]], fmt: str, source: str | None,
           results: Mapping[str, Any] | None = None) -> Trial:
    """One Trial from the country records of one EudraCT number (fields from the first record,
    statuses, IDs, countries, dates and enrollment from all of them)."""
    first = recs[0]
    overall, status_raw, country_statuses = _statuses(recs, source)
    secondary = _secondary_ids(recs, results)
    enrollment = _enrollment(recs)
    arms, interventions = _products(first)
    countries = tuple(sorted({c for c, _ in country_statuses if c not in ("?", "Outside EU/EEA")}))
    design, sponsor, dates = _design(first), _sponsors(first), _dates(recs, results, eudract)
    return Trial(
        trial_id=eudract,
        registry=REGISTRY,
        provenance=Provenance(fmt, None, source if len(recs) == 1 else f"{source} ({len(recs)} country records)"),
        nct_id=next((s.id for s in secondary if s.registry == "ClinicalTrials.gov"), None),
        org_study_id=first.get("A.4.1") or first.get("X.PROTOCOL"),
        secondary_ids=tuple(secondary),
        acronym=_short(first.get("A.3.2")),
        brief_title=first.get("A.3.1") or first.get("A.3.2") or first.get("A.3"),
        official_title=first.get("A.3"),
        overall_status=_results_status(results, overall),
        status_raw=status_raw,
        study_type="INTERVENTIONAL",
        enrollment=enrollment,
        enrollment_type="ESTIMATED" if enrollment is not None else None,
        arms=arms,
        interventions=interventions,
        conditions=tuple(c for c in [first.get("E.1.1") or first.get("E.1.1.1")] if c),
        keywords=tuple(dict.fromkeys(k for k in [first.get("E.1.1.2"), *first.get("meddra", [])] if k)),
        outcomes=_endpoints(first),
        countries=countries,
        country_statuses=tuple(dict.fromkeys(country_statuses)),
        has_results=bool(results),
        phases=design["phases"], phase_raw=design["phase_raw"], allocation=design["allocation"],
        masking=design["masking"], intervention_model=design["intervention_model"],
        lead_sponsor=sponsor["lead_sponsor"], sponsor_class=sponsor["sponsor_class"],
        collaborators=sponsor["collaborators"],
        start_date=dates["start_date"], completion_date=dates["completion_date"], first_posted=dates["first_posted"],
    )


def _short(abbrev: str | None) -> str | None:
    """A.3.2 is an abbreviated title; only a short, title-free one is taken as the acronym."""
    if not abbrev:
        return None
    s = abbrev.strip()
    return s if len(s) <= 30 and len(s.split()) <= 3 else None


# ---------------------------------------------------------------------------
# The EU Clinical Trials Register as scraped by the EU Trials Tracker (one row per country protocol)
# ---------------------------------------------------------------------------

_CSV_HEADER = b"eudract_number_with_country,"
_EEA = {
    "AT": "Austria", "BE": "Belgium", "BG": "Bulgaria", "HR": "Croatia", "CY": "Cyprus", "CZ": "Czechia",
    "DK": "Denmark", "EE": "Estonia", "FI": "Finland", "FR": "France", "DE": "Germany", "GR": "Greece",
    "HU": "Hungary", "IS": "Iceland", "IE": "Ireland", "IT": "Italy", "LV": "Latvia", "LI": "Liechtenstein",
    "LT": "Lithuania", "LU": "Luxembourg", "MT": "Malta", "NL": "Netherlands", "NO": "Norway", "PL": "Poland",
    "PT": "Portugal", "RO": "Romania", "SK": "Slovakia", "SI": "Slovenia", "ES": "Spain", "SE": "Sweden",
    "GB": "United Kingdom", "3RD": "Outside EU/EEA",
}


def is_euctr_csv(head: bytes) -> bool:
    """True for the register scrape CSV (header ``eudract_number_with_country,…``)."""
    return head.lstrip(b"\xef\xbb\xbf").startswith(_CSV_HEADER)


def parse_euctr_csv(data: bytes | str, *, source: str | None = None) -> list[Trial]:
    """Parse a register scrape CSV (one row per country protocol, as the EU Trials Tracker
    publishes it) into one Trial per EudraCT number.

    Only what the scrape holds: per-country status (``country_statuses``, country names
    from the suffix), the merged ``overall_status``, the global end date
    (``completion_date``, latest given) and whether results are posted. Rows without a
    valid EudraCT number are skipped with a :class:`~trialink.errors.DataQualityWarning`
    naming the row.
    """
    import csv
    import io
    import warnings

    from trialink.errors import DataQualityWarning

    text = data.decode("utf-8-sig", errors="replace") if isinstance(data, bytes) else data
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "eudract_number" not in reader.fieldnames:
        raise UnsupportedFormatError("not a register scrape CSV (no eudract_number column)", source=source or "")
    groups: dict[str, list[dict[str, str]]] = {}
    bad: list[str] = []
    canonical = re.compile(r"(?:19|20)\d\d-0\d{5}-\d{2}")  # the usual form, checked without the full grammar
    for row in reader:
        value = (row.get("eudract_number") or "").strip()
        if not canonical.fullmatch(value):
            try:
                value = ids.parse_id(value, expect=REGISTRY).id
            except InvalidIdError:
                bad.append(f"row {reader.line_num}: {row.get('eudract_number')!r}")
                continue
        groups.setdefault(value, []).append(row)
    if bad:
        warnings.warn(f"{source or 'EUCTR CSV'}: skipped {len(bad)} rows without a valid EudraCT number "
                      f"({', '.join(bad[:5])}{'…' if len(bad) > 5 else ''})", DataQualityWarning, stacklevel=2)
    out = []
    status_cache: dict[str, tuple[str | None, str | None]] = {}
    for eudract, rows in groups.items():
        country_statuses: list[tuple[str, str]] = []
        statuses: list[str | None] = []
        for row in rows:
            suffix = (row.get("eudract_number_with_country") or "").rsplit("-", 1)[-1].upper()
            raw = (row.get("end_of_trial_status") or "").strip()
            if raw not in status_cache:
                status_cache[raw] = vocab.eu_status(raw, source=source) if raw else (None, None)
            status, raw_kept = status_cache[raw]
            statuses.append(status)
            country_statuses.append((_EEA.get(suffix, suffix), raw_kept or ""))
        ends = sorted(d for r in rows if (d := iso_date(r.get("date_of_the_global_end_of_the_trial"),
                                                         source=f"{source or 'EUCTR CSV'} {eudract}")))
        countries = tuple(sorted({c for c, _ in country_statuses if c != "Outside EU/EEA"}))
        out.append(Trial(
            trial_id=eudract, registry=REGISTRY,
            provenance=Provenance("euctr_csv", None, source),
            overall_status=vocab.merge_statuses(statuses),
            status_raw="; ".join(f"{c}: {s}" for c, s in country_statuses if s) or None,
            study_type="INTERVENTIONAL",
            completion_date=ends[-1] if ends else None,
            countries=countries,
            country_statuses=tuple(dict.fromkeys(country_statuses)),
            has_results=any((r.get("trial_results") or "").strip() for r in rows),
        ))
    return out
