"""ClinicalTrials.gov parsers on every corpus record file, with facts read off the records."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from trialink import (
    ParseError,
    UnsupportedFormatError,
    parse_classic,
    parse_ctgov,
    parse_file,
    parse_legacy_xml,
    parse_v2_study,
    read_records,
)
from trialink.sources.ctgov import detect_ctgov_format
from trialink.sources.local import source_name

# Files in corpus/ctgov that are not study records (their PROVENANCE rows say so).
NOT_RECORDS = {
    "aact/outcomes_NCT05594173.txt",  # AACT pipe-delimited table
    "other_endpoints/classic_StudyFieldsResponse_ALL.json",  # selected fields, no study
    "other_endpoints/classic_StudyStatistics.json",  # element statistics
    "search/legacy_rss_covid-19_2021-02-21.xml",  # RSS feed
    "legacy_xml/schema/public.xsd",
    "PROVENANCE.tsv",
}


def _provenance(corpus: Path) -> dict[str, dict[str, str]]:
    lines = (corpus / "ctgov" / "PROVENANCE.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return {row[0]: dict(zip(header, row, strict=False)) for row in (line.split("\t") for line in lines[1:]) if row}


def _record_files(corpus: Path) -> list[Path]:
    base = corpus / "ctgov"
    return sorted(p for p in base.rglob("*") if p.is_file() and str(p.relative_to(base)) not in NOT_RECORDS)


def test_provenance_formats_cover_every_file(corpus: Path) -> None:
    """Every file that is not a record is declared so by PROVENANCE, and vice versa."""
    prov = _provenance(corpus)
    record_formats = {"v2_study", "v2_studies_list", "v2_search_response", "v2_study_fields_subset",
                      "legacy_clinical_study_xml", "classic_FullStudiesResponse"}
    declared = {f for f, row in prov.items() if row["format"] in record_formats}
    assert declared == {str(p.relative_to(corpus / "ctgov")) for p in _record_files(corpus)}


def test_every_record_file_parses(corpus: Path) -> None:
    files = _record_files(corpus)
    assert len(files) >= 60
    total = 0
    for f in files:
        trials = parse_file(f)
        assert trials, f
        raw = f.read_bytes()
        if f.suffix == ".json":
            obj = json.loads(raw)
            expected = (obj["FullStudiesResponse"]["NStudiesReturned"] if "FullStudiesResponse" in obj
                        else len(obj["studies"]) if "studies" in obj else 1)
            assert len(trials) == expected, f
        for t in trials:
            assert t.trial_id.startswith("NCT") and len(t.trial_id) == 11
            assert t.provenance.source == source_name(f)
        total += len(trials)
    assert total >= 180


def test_files_that_are_not_records_are_named_as_such(corpus: Path) -> None:
    for name in NOT_RECORDS - {"PROVENANCE.tsv", "legacy_xml/schema/public.xsd"}:
        with pytest.raises(UnsupportedFormatError) as info:
            parse_file(corpus / "ctgov" / name)
        assert name.split("/")[-1] in str(info.value)


def test_legacy_xml_matches_an_independent_reading(corpus: Path) -> None:
    """Each legacy record, read with the standard library, agrees with the parser."""
    for f in sorted((corpus / "ctgov" / "legacy_xml").glob("*.xml")):
        root = ET.parse(f).getroot()
        t = parse_legacy_xml(f.read_bytes(), source=str(f))
        assert t.trial_id == root.findtext("id_info/nct_id")
        enrollment = root.findtext("enrollment")
        assert t.enrollment == (int(enrollment) if enrollment else None), f.name
        assert [a.label for a in t.arms] == [a.findtext("arm_group_label").strip() for a in root.iter("arm_group")]
        assert len(t.outcomes) == sum(1 for k in ("primary", "secondary", "other")
                                      for _ in root.iter(f"{k}_outcome"))
        assert t.has_results == (root.find("clinical_results") is not None)
        assert t.countries == tuple(sorted({c.text.strip() for c in root.iterfind("location_countries/country")}))
        pmids = {p.text for p in root.iter("PMID")}
        assert {r.pmid for r in t.references if r.pmid} == pmids


def test_falcon(corpus: Path) -> None:
    (t,) = parse_file(corpus / "ctgov" / "legacy_xml" / "NCT01602380.xml")
    assert (t.acronym, t.phases, t.enrollment, t.enrollment_type) == ("FALCON", ("PHASE3",), 462, "ACTUAL")
    assert [a.label for a in t.arms] == ["faslodex+placebo", "arimidex +placebo"]
    assert [a.type for a in t.arms] == ["EXPERIMENTAL", "ACTIVE_COMPARATOR"]
    assert t.arms[0].interventions == ("Drug: faslodex 500mg", "Drug: arimidex dummy")
    assert (t.allocation, t.intervention_model, t.masking) == ("RANDOMIZED", "PARALLEL", "QUADRUPLE")
    assert t.who_masked == ("PARTICIPANT", "CARE_PROVIDER", "INVESTIGATOR", "OUTCOMES_ASSESSOR")
    assert (t.lead_sponsor, t.sponsor_class) == ("AstraZeneca", "INDUSTRY")
    assert (t.start_date, t.primary_completion_date) == ("2012-10-17", "2016-04-11")
    assert t.primary_outcomes[0].measure.startswith("Comparison of Progression Free Survival (PFS)")
    assert t.has_results
    assert t.provenance.record_version == "2018-05-29"


def test_same_trial_in_classic_json_and_legacy_xml_has_the_same_design(corpus: Path) -> None:
    (legacy,) = parse_file(corpus / "ctgov" / "legacy_xml" / "NCT02028676.xml")
    (classic,) = parse_file(corpus / "ctgov" / "classic" / "NCT02028676.json")
    fields = ("trial_id", "acronym", "overall_status", "phases", "study_type", "allocation", "intervention_model",
              "masking", "primary_purpose", "enrollment", "enrollment_type", "conditions", "lead_sponsor",
              "start_date", "primary_completion_date", "completion_date", "has_results")
    for name in fields:
        assert getattr(legacy, name) == getattr(classic, name), name
    assert (legacy.acronym, legacy.phases, legacy.enrollment, legacy.intervention_model) == (
        "ARROW", ("PHASE4",), 1206, "FACTORIAL")
    assert [a.label for a in legacy.arms] == [a.label for a in classic.arms]
    assert [o.measure for o in legacy.primary_outcomes] == [o.measure for o in classic.primary_outcomes]
    # Only the classic record says that 24791884 is an ISRCTN number.
    assert classic.ids_for("ISRCTN") == ("ISRCTN24791884",)
    assert legacy.ids_for("ISRCTN") == ()
    assert classic.provenance.record_version == "2023:10:17 23:49:37.236"
    # The 2018 legacy export knew only NIH / U.S. Fed / Industry / Other as sponsor classes.
    assert (legacy.sponsor_class, classic.sponsor_class) == ("OTHER", "OTHER_GOV")


def test_same_trial_in_v2_page_and_v2_study_is_equal(corpus: Path) -> None:
    (single,) = parse_file(corpus / "ctgov" / "v2" / "NCT03934567.json")
    page = parse_file(corpus / "ctgov" / "search" / "v2_search_cyanheads_2025-06-17T11-16-37.json")
    in_page = next(t for t in page if t.trial_id == "NCT03934567")
    assert single.brief_title == in_page.brief_title and single.enrollment == in_page.enrollment == 87


def test_v2_typed_secondary_ids_and_references(corpus: Path) -> None:
    (t,) = parse_file(corpus / "ctgov" / "v2" / "NCT00791778.json")
    assert t.ids_for("EudraCT") == ("2008-004429-41",)
    eudract = next(s for s in t.secondary_ids if s.registry == "EudraCT")
    assert (eudract.type, eudract.value) == ("EUDRACT_NUMBER", "2008-004429-41")
    assert (t.enrollment, t.enrollment_type, t.phases, t.masking) == (246, "ACTUAL", ("PHASE2",), "DOUBLE")
    assert ("23591401", "RESULT") in {(r.pmid, r.type) for r in t.references}
    assert t.provenance.record_version == "2026-09-02" and t.has_results
    (u,) = parse_file(corpus / "ctgov" / "v2" / "NCT02552212.json")
    assert [(r.pmid, r.type) for r in u.references] == [
        ("35296532", "RESULT"), ("35733363", "RESULT"), ("34715908", "DERIVED"), ("30848558", "DERIVED")]


def test_untyped_legacy_secondary_ids_are_recognised(corpus: Path) -> None:
    (ma27,) = parse_file(corpus / "ctgov" / "legacy_xml" / "NCT00066573.xml")
    assert ma27.ids_for("EudraCT") == ("2005-001893-28",)
    (sorafenib,) = parse_file(corpus / "ctgov" / "legacy_xml" / "NCT00573755.xml")
    assert [s.value for s in sorafenib.secondary_ids] == ["P30CA015083", "RC0731", "07-005768"]
    assert all(s.registry is None for s in sorafenib.secondary_ids)
    assert (sorafenib.overall_status, sorafenib.enrollment, sorafenib.why_stopped) == (
        "TERMINATED", 4, "lack of participant accrual")


def test_format_detection(corpus: Path) -> None:
    c = corpus / "ctgov"
    assert detect_ctgov_format((c / "v2" / "NCT00791778.json").read_bytes()) == "ctgov_v2"
    assert detect_ctgov_format((c / "v2" / "NCT03281889_studies_wrapper.json").read_bytes()) == "ctgov_v2_page"
    assert detect_ctgov_format((c / "classic" / "NCT02028676.json").read_bytes()) == "ctgov_classic"
    assert detect_ctgov_format((c / "legacy_xml" / "NCT00002475_search_rank41_2016.xml").read_bytes()) == \
        "ctgov_legacy_xml"
    assert detect_ctgov_format(b"  \n") == "unknown:bytes"


# --- bad input -------------------------------------------------------------------------------


def _study(nct: str = "NCT01234567", **design: object) -> dict[str, object]:
    return {"protocolSection": {"identificationModule": {"nctId": nct, "briefTitle": "A study"},
                                "designModule": design}}


def test_malformed_v2_field_names_the_path() -> None:
    with pytest.raises(ParseError) as info:
        parse_v2_study(_study(enrollmentInfo={"count": "many"}), source="x.json")
    assert info.value.field == "protocolSection.designModule.enrollmentInfo.count"
    assert info.value.source == "x.json" and "'many'" in str(info.value)
    assert info.value.problem == "bad_value"  # a string, but not a whole number
    with pytest.raises(ParseError) as info:
        parse_v2_study({"protocolSection": {"identificationModule": {}}})
    assert (info.value.problem, info.value.field) == ("missing_field", "protocolSection.identificationModule.nctId")
    with pytest.raises(ParseError) as info:
        parse_ctgov(b'{"protocolSection": ', source="cut.json")
    assert (info.value.problem, info.value.source) == ("syntax", "cut.json")


def test_malformed_xml_names_the_file() -> None:
    with pytest.raises(ParseError, match="source=bad.xml"):
        parse_legacy_xml(b"<clinical_study><id_info><nct_id>NCT0", source="bad.xml")


def test_classic_with_a_bad_study_names_its_index() -> None:
    doc = {"FullStudiesResponse": {"FullStudies": [{"Study": {"ProtocolSection": {}}}]}}
    with pytest.raises(ParseError) as info:
        parse_classic(doc)
    assert info.value.field.startswith("FullStudiesResponse.FullStudies[0].Study.ProtocolSection")


def test_one_bad_record_in_a_folder_never_loses_the_others(tmp_path: Path, corpus: Path) -> None:
    good = (corpus / "ctgov" / "v2" / "NCT00791778.json").read_bytes()
    (tmp_path / "a.json").write_bytes(good)
    (tmp_path / "b.json").write_text(json.dumps(_study(enrollmentInfo={"count": [1]})))
    (tmp_path / "c.json").write_text(json.dumps(_study("NCT07654321")))
    stream = read_records(tmp_path, on_error="collect")
    assert [t.trial_id for t in stream] == ["NCT00791778", "NCT07654321"]
    assert len(stream.errors) == 1 and stream.errors[0].source.endswith("b.json")
    with pytest.warns(UserWarning, match="b.json"):
        assert len(list(read_records(tmp_path))) == 2
    with pytest.raises(ParseError):
        list(read_records(tmp_path, on_error="raise"))


def test_read_records_reads_zip_and_gzip(tmp_path: Path, corpus: Path) -> None:
    import gzip
    import zipfile

    src = corpus / "ctgov"
    with zipfile.ZipFile(tmp_path / "bulk.zip", "w") as zf:
        zf.write(src / "v2" / "NCT00791778.json", "NCT00791778.json")
        zf.write(src / "legacy_xml" / "NCT01602380.xml", "NCT0160xxxx/NCT01602380.xml")
    (tmp_path / "one.json.gz").write_bytes(gzip.compress((src / "v2" / "NCT02552212.json").read_bytes()))
    got = sorted(t.trial_id for t in read_records(tmp_path, on_error="raise"))
    assert got == ["NCT00791778", "NCT01602380", "NCT02552212"]
    with pytest.raises(FileNotFoundError, match="nowhere"):
        read_records(tmp_path / "nowhere")
