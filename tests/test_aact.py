"""AACT flat files: the exporter's dialect, rejected rows, and AACT rows ↔ the same trials' v2 JSON."""

from __future__ import annotations

import dataclasses
import json
import re
import warnings
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest
import trialink as tl
from trialink.errors import DataQualityWarning
from trialink.sources.aact import AACT_TYPES, import_aact, read_aact
from trialink.store import PendingDerivationWarning, open_store

FIXTURES = Path(__file__).parent / "fixtures" / "aact"
PROVENANCE = ["source_format", "record_version", "source"]


# ---------------------------------------------------------------------------
# The real AACT file in the corpus, beside the same study's v2 JSON
# ---------------------------------------------------------------------------


def test_corpus_outcomes_file_reads_as_the_v2_record_says(corpus: Path) -> None:
    con = duckdb.connect()
    read = read_aact(corpus / "ctgov" / "aact" / "outcomes_NCT05594173.txt", con)
    assert read.tables == {"outcomes": 2}
    assert read.rejected.empty
    rows = con.execute("SELECT * FROM aact_outcomes").df()
    study = json.loads((corpus / "ctgov" / "v2" / "NCT05594173.json").read_text())
    oms = study["resultsSection"]["outcomeMeasuresModule"]["outcomeMeasures"]
    assert len(oms) == 2
    for (_, row), om in zip(rows.iterrows(), oms, strict=True):
        assert row["nct_id"] == "NCT05594173"
        assert row["outcome_type"] == om["type"]
        assert row["title"] == om["title"]
        assert row["time_frame"] == om["timeFrame"]
        assert row["units"] == om["unitOfMeasure"]
        assert row["dispersion_type"] == om["dispersionType"]
        assert row["param_type"] == om["paramType"]
        assert row["population"] == om["populationDescription"]
    # Empty fields are NULL, not empty strings; the date column is typed from AACT's schema.
    assert rows["anticipated_posting_date"].isna().all()
    assert con.execute("SELECT typeof(anticipated_posting_date) FROM aact_outcomes LIMIT 1").fetchone()[0] == "DATE"


# ---------------------------------------------------------------------------
# A fixture written from NCT00791778's facts (three outcome measures with hazard ratios)
# ---------------------------------------------------------------------------


def test_fixture_trial_equals_its_v2_json(corpus: Path) -> None:
    store = open_store(":memory:")
    result = import_aact(FIXTURES / "NCT00791778", store=store)
    assert result.added.counts == {"inserted": 1, "updated": 0, "unchanged": 0, "rejected": 0}
    assert result.read.n_rejected == {}
    v2 = tl.parse_file(corpus / "ctgov" / "v2" / "NCT00791778.json")
    pd.testing.assert_frame_equal(store.design_table().drop(columns=PROVENANCE),
                                  tl.design_table(v2).drop(columns=PROVENANCE))
    # The fixture carries three of the record's 24 outcome measures: those with hazard ratios.
    kept = {"Progression-free Survival (PFS), Based on Radiological or Pathologic Assessment",
            "Time to First Pathologic CA-125 (Cancer-associated Tumor Marker) Serum Level", "Overall Survival (OS)"}
    t = dataclasses.replace(v2[0], results=tuple(e for e in v2[0].results if e.endpoint_text in kept))
    expected = tl.outcome_table([t], measures=None)
    got = store.outcome_table(measures=None)
    pd.testing.assert_frame_equal(got, expected)
    hr = got[got["measure"] == "HR"].set_index("endpoint")
    # From the record: PFS HR 1.09 (0.72-1.63) P=0.655; OS HR 1.49 (0.69-3.23) P=0.84.
    assert (hr.loc["PFS", "value"], hr.loc["PFS", "ci_low"], hr.loc["PFS", "ci_high"]) == (1.09, 0.72, 1.63)
    assert hr.loc["PFS", "p_value"] == 0.655
    assert (hr.loc["OS", "value"], hr.loc["OS", "ci_low"], hr.loc["OS", "ci_high"]) == (1.49, 0.69, 3.23)
    assert hr.loc["OS", "comparison"] == "Sorafenib (Nexavar, BAY43-9006) vs Placebo"
    # OS medians are "NA" in the record: no number, the text kept.
    os_arms = got[(got["endpoint"] == "OS") & (got["measure"] == "median")]
    assert os_arms["value"].isna().all() and set(os_arms["value_text"]) == {"NA"}
    # The country flagged removed=t in the fixture is not a location country.
    assert "Atlantis" not in store.trials()[0].countries


def test_hostile_rows_are_read_or_rejected_with_a_reason() -> None:
    store = open_store(":memory:")
    with pytest.warns(DataQualityWarning, match="outcome_analyses"):
        result = import_aact(FIXTURES / "hostile", store=store)
    # Four analysis rows in the file: one with "abc" in a numeric column, one truncated line.
    assert result.read.tables["outcome_analyses"] == 2
    assert result.read.n_rejected == {"outcome_analyses": 2}
    rej = result.read.rejected.set_index("line")
    assert rej.loc[4, "error_type"] == "CAST" and rej.loc[4, "column"] == "param_value"
    assert "abc" in rej.loc[4, "csv_line"]
    assert rej.loc[5, "error_type"] == "MISSING COLUMNS"
    assert result.summary().set_index("table").loc["outcome_analyses", "rejected"] == 2
    (t,) = store.trials()
    # A quoted value holding the delimiter; "~" in free text is a line break.
    assert t.brief_title == "Alpha|Beta: a trial whose title holds the delimiter"
    assert t.why_stopped == "Sponsor decision.\nEnrollment was slow."
    assert t.phases == ("PHASE2", "PHASE3")
    hrs = [e for e in t.results if e.measure == "HR"]
    assert len(hrs) == 2
    # p_value_raw "<0.001" keeps its operator; the number column holds 0.001.
    assert (hrs[0].value, hrs[0].ci_low, hrs[0].ci_high) == (0.62, 0.48, 0.80)
    assert (hrs[0].p_operator, hrs[0].p_value) == ("<", 0.001)
    assert hrs[0].comparison == "Arm A vs Arm B"
    assert hrs[0].note == "Arm A relative to Arm B\nstratified"
    # Empty numbers are unknown, never zero.
    assert hrs[1].value is None and hrs[1].ci_low is None and hrs[1].p_value is None
    arm_b = next(e for e in t.results if e.arm == "Arm B")
    assert arm_b.value is None and arm_b.value_text is None
    raw = store.sql("SELECT p_value_raw, p_value FROM aact_outcome_analyses WHERE id = 3301")
    assert (raw.loc[0, "p_value_raw"], raw.loc[0, "p_value"]) == ("<0.001", 0.001)


# ---------------------------------------------------------------------------
# Every corpus v2 record written as AACT would export it, then read back
# ---------------------------------------------------------------------------
# The writer follows AACT's mapping (app/models/*.rb add_mapping: which v2 field goes to which
# column, "phase" as phases joined by "/", p_value_modifier / p_value split from pValue, *_raw
# beside numbers) and its exporter (PostgreSQL COPY … DELIMITER '|' CSV HEADER, then every ""
# removed and each line break plus the next whitespace character turned into "~").


def _copy_field(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "t" if v else "f"
    s = str(v)
    if s == "" or any(c in s for c in '|"\n\r'):
        return '"' + s.replace('"', '""') + '"'
    return s


def _export_row(values: list[Any]) -> str:
    row = "|".join(_copy_field(v) for v in values) + "\n"
    row = row.replace('""', "")
    row = re.sub(r"\n\s", "~", row)
    row = row.replace("\n", "~")
    return re.sub(r"~$", "\n", row)


def _float(v: Any) -> float | None:
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


class _Writer:
    def __init__(self) -> None:
        self.rows: dict[str, list[dict[str, Any]]] = {t: [] for t in AACT_TYPES}
        self.next_id = 1

    def add(self, table: str, **values: Any) -> int:
        i = self.next_id
        self.next_id += 1
        self.rows[table].append({"id": i, **values})
        return i

    def study(self, s: dict[str, Any]) -> None:
        ps = s["protocolSection"]
        idm, st, dm = ps.get("identificationModule", {}), ps.get("statusModule", {}), ps.get("designModule", {})
        nct = idm["nctId"]

        def date(key: str) -> str | None:
            return (st.get(key) or {}).get("date")

        enroll = dm.get("enrollmentInfo") or {}
        self.rows["studies"].append({
            "nct_id": nct, "brief_title": idm.get("briefTitle"), "official_title": idm.get("officialTitle"),
            "acronym": idm.get("acronym"), "overall_status": st.get("overallStatus"),
            "why_stopped": st.get("whyStopped"),
            "phase": "/".join(dm["phases"]) if dm.get("phases") else None, "study_type": dm.get("studyType"),
            "enrollment": enroll.get("count"), "enrollment_type": enroll.get("type"),
            "start_month_year": date("startDateStruct"), "completion_month_year": date("completionDateStruct"),
            "primary_completion_month_year": date("primaryCompletionDateStruct"),
            "study_first_posted_date": date("studyFirstPostDateStruct"),
            "results_first_posted_date": date("resultsFirstPostDateStruct"),
            "last_update_posted_date": date("lastUpdatePostDateStruct"),
        })
        info = dm.get("designInfo") or {}
        mask = info.get("maskingInfo") or {}
        who = mask.get("whoMasked")
        if info:
            self.add("designs", nct_id=nct, allocation=info.get("allocation"),
                     intervention_model=info.get("interventionModel"), primary_purpose=info.get("primaryPurpose"),
                     masking=mask.get("masking"),
                     subject_masked=None if who is None else "PARTICIPANT" in who,
                     caregiver_masked=None if who is None else "CARE_PROVIDER" in who,
                     investigator_masked=None if who is None else "INVESTIGATOR" in who,
                     outcomes_assessor_masked=None if who is None else "OUTCOMES_ASSESSOR" in who)
        ai = ps.get("armsInterventionsModule") or {}
        arm_ids = {}
        for a in ai.get("armGroups") or []:
            arm_ids[a.get("label")] = self.add("design_groups", nct_id=nct, group_type=a.get("type"),
                                               title=a.get("label"), description=a.get("description"))
        for i in ai.get("interventions") or []:
            iid = self.add("interventions", nct_id=nct, intervention_type=i.get("type"), name=i.get("name"),
                           description=i.get("description"))
            for n in i.get("otherNames") or []:
                self.add("intervention_other_names", nct_id=nct, intervention_id=iid, name=n)
            for lab in i.get("armGroupLabels") or []:
                self.add("design_group_interventions", nct_id=nct, design_group_id=arm_ids.get(lab),
                         intervention_id=iid)
        cm = ps.get("conditionsModule") or {}
        for c in cm.get("conditions") or []:
            self.add("conditions", nct_id=nct, name=c, downcase_name=c.lower())
        for k in cm.get("keywords") or []:
            self.add("keywords", nct_id=nct, name=k, downcase_name=k.lower())
        om = ps.get("outcomesModule") or {}
        for kind in ("primary", "secondary", "other"):
            for o in om.get(f"{kind}Outcomes") or []:
                self.add("design_outcomes", nct_id=nct, outcome_type=kind, measure=o.get("measure"),
                         time_frame=o.get("timeFrame"), description=o.get("description"))
        sp = ps.get("sponsorCollaboratorsModule") or {}
        if sp.get("leadSponsor"):
            self.add("sponsors", nct_id=nct, agency_class=sp["leadSponsor"].get("class"),
                     lead_or_collaborator="lead", name=sp["leadSponsor"].get("name"))
        for c in sp.get("collaborators") or []:
            self.add("sponsors", nct_id=nct, agency_class=c.get("class"), lead_or_collaborator="collaborator",
                     name=c.get("name"))
        seen = set()
        for loc in (ps.get("contactsLocationsModule") or {}).get("locations") or []:
            if loc.get("country") and loc["country"] not in seen:  # the mapping is unique: true
                seen.add(loc["country"])
                self.add("countries", nct_id=nct, name=loc["country"], removed=False)
        for a in idm.get("nctIdAliases") or []:
            self.add("id_information", nct_id=nct, id_source="nct_alias", id_value=a)
        if idm.get("orgStudyIdInfo"):
            self.add("id_information", nct_id=nct, id_source="org_study_id", id_value=idm["orgStudyIdInfo"].get("id"))
        for x in idm.get("secondaryIdInfos") or []:
            self.add("id_information", nct_id=nct, id_source="secondary_id", id_value=x.get("id"),
                     id_type=x.get("type"), id_type_description=x.get("domain"), id_link=x.get("link"))
        for r in (ps.get("referencesModule") or {}).get("references") or []:
            self.add("study_references", nct_id=nct, pmid=r.get("pmid"), reference_type=r.get("type"),
                     citation=r.get("citation"))
        for o in ((s.get("resultsSection") or {}).get("outcomeMeasuresModule") or {}).get("outcomeMeasures") or []:
            self.outcome(nct, o)

    def outcome(self, nct: str, o: dict[str, Any]) -> None:
        oid = self.add("outcomes", nct_id=nct, outcome_type=o.get("type"), title=o.get("title"),
                       description=o.get("description"), time_frame=o.get("timeFrame"),
                       population=o.get("populationDescription"), units=o.get("unitOfMeasure"),
                       dispersion_type=o.get("dispersionType"), param_type=o.get("paramType"))
        rg = {g["id"]: self.add("result_groups", nct_id=nct, ctgov_group_code=g["id"], result_type="Outcome",
                                title=g.get("title"), description=g.get("description")) for g in o.get("groups") or []}
        for cls in o.get("classes") or []:
            for cat in cls.get("categories") or []:
                for m in cat.get("measurements") or []:
                    self.add("outcome_measurements", nct_id=nct, outcome_id=oid, result_group_id=rg.get(m["groupId"]),
                             ctgov_group_code=m["groupId"], classification=cls.get("title"),
                             category=cat.get("title"), title=o.get("title"), units=o.get("unitOfMeasure"),
                             param_type=o.get("paramType"), param_value=m.get("value"),
                             param_value_num=_float(m.get("value")), dispersion_type=o.get("dispersionType"),
                             dispersion_lower_limit=_float(m.get("lowerLimit")),
                             dispersion_upper_limit=_float(m.get("upperLimit")),
                             dispersion_lower_limit_raw=m.get("lowerLimit"),
                             dispersion_upper_limit_raw=m.get("upperLimit"), explanation_of_na=m.get("comment"))
        for d in o.get("denoms") or []:
            for c in d.get("counts") or []:
                self.add("outcome_counts", nct_id=nct, outcome_id=oid, result_group_id=rg.get(c["groupId"]),
                         ctgov_group_code=c["groupId"], scope="Measure", units=d.get("units"), count=c.get("value"))
        for a in o.get("analyses") or []:
            p = a.get("pValue")
            aid = self.add(
                "outcome_analyses", nct_id=nct, outcome_id=oid, non_inferiority_type=a.get("nonInferiorityType"),
                param_type=a.get("paramType"), param_value=_float(a.get("paramValue")),
                p_value_modifier=(re.sub(r"[\d.-]", "", p).strip() or None) if p else None,
                p_value=_float(re.sub(r"[<> =]", "", p).strip()) if p else None, p_value_raw=p,
                ci_n_sides=a.get("ciNumSides"), ci_percent=_float(a.get("ciPctValue")),
                ci_lower_limit=_float(a.get("ciLowerLimit")), ci_upper_limit=_float(a.get("ciUpperLimit")),
                ci_lower_limit_raw=a.get("ciLowerLimit"), ci_upper_limit_raw=a.get("ciUpperLimit"),
                method=a.get("statisticalMethod"), method_description=a.get("statisticalComment"),
                estimate_description=a.get("estimateComment"), groups_description=a.get("groupDescription"))
            for gid in a.get("groupIds") or []:
                self.add("outcome_analysis_groups", nct_id=nct, outcome_analysis_id=aid,
                         result_group_id=rg.get(gid), ctgov_group_code=gid)

    def write(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for table, cols in AACT_TYPES.items():
            with (folder / f"{table}.txt").open("w", encoding="utf-8", newline="") as fh:
                fh.write("|".join(cols) + "\n")
                for r in self.rows[table]:
                    fh.write(_export_row([r.get(c) for c in cols]))


def _v2_studies(corpus: Path) -> list[dict[str, Any]]:
    out = []
    for f in sorted((corpus / "ctgov" / "v2").glob("*.json")):
        if "fields_subset" in f.name:  # partial records: not what AACT holds
            continue
        d = json.loads(f.read_text())
        out += d["studies"] if "studies" in d else [d]
    return out


def _unquote(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for c in out.columns:
        if out[c].dtype == "string":
            out[c] = out[c].str.replace('"', "", regex=False)
    return out


def test_corpus_v2_records_written_as_aact_give_the_same_tables(corpus: Path, tmp_path: Path) -> None:
    studies = _v2_studies(corpus)
    writer = _Writer()
    for s in studies:
        writer.study(s)
    writer.write(tmp_path / "aact")
    store = open_store(":memory:")
    with warnings.catch_warnings():
        warnings.simplefilter("error", DataQualityWarning)  # no row may be rejected
        result = import_aact(tmp_path / "aact", store=store)
    assert result.added.counts["inserted"] == len(studies) and not result.added.rejected
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        v2 = sorted((tl.parse_v2_study(s) for s in studies), key=lambda t: t.trial_id)
    assert sum(len(t.results) for t in v2) > 300  # the comparison covers real posted results
    # AACT's exporter deletes every '"' ("" is removed from each row): text with quotes loses them
    # (a real loss of the AACT files); everything else must be equal.
    got, want = store.design_table().drop(columns=PROVENANCE), tl.design_table(v2).drop(columns=PROVENANCE)
    pd.testing.assert_frame_equal(_unquote(got), _unquote(want))
    got, want = store.outcome_table(measures=None), tl.outcome_table(v2, measures=None)
    assert (got["endpoint_text"] != want["endpoint_text"]).sum() < 10  # only the quoted titles differ
    pd.testing.assert_frame_equal(_unquote(got), _unquote(want))
    arms_cols = ["trial_id", "arm_label", "arm_type", "interventions"]
    pd.testing.assert_frame_equal(_unquote(tl.arms_table(store.trials())[arms_cols]),
                                  _unquote(tl.arms_table(v2)[arms_cols]))
    reg_cols = ["trial_id", "kind", "position", "measure", "time_frame"]
    pd.testing.assert_frame_equal(_unquote(tl.registered_outcomes_table(store.trials())[reg_cols]),
                                  _unquote(tl.registered_outcomes_table(v2)[reg_cols]))


def test_zip_extract_reads_like_the_folder(tmp_path: Path) -> None:
    import zipfile

    z = tmp_path / "20240101_export_ctgov.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for f in sorted((FIXTURES / "NCT00791778").glob("*.txt")):
            zf.write(f, f.name)
    a, b = open_store(":memory:"), open_store(":memory:")
    import_aact(z, store=a)
    import_aact(FIXTURES / "NCT00791778", store=b)
    pd.testing.assert_frame_equal(a.design_table().drop(columns=["source"]), b.design_table().drop(columns=["source"]))
    assert a.info()["aact_tables"].keys() == b.info()["aact_tables"].keys()


# ---------------------------------------------------------------------------
# The set-based import: idempotence, updates, several extracts, Trials derived on first use
# ---------------------------------------------------------------------------


def _copy_fixture(name: str, dest: Path) -> Path:
    import shutil

    shutil.copytree(FIXTURES / name, dest)
    return dest


def test_importing_the_same_extract_twice_changes_nothing_and_annotations_survive(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.duckdb")
    first = import_aact(FIXTURES / "NCT00791778", store=store)
    assert first.added.counts == {"inserted": 1, "updated": 0, "unchanged": 0, "rejected": 0}
    # Nothing derived yet: the study waits for its first read.
    assert store.info()["pending_derivation"] == 1
    design = store.design_table()
    assert list(design["trial_id"]) == ["NCT00791778"] and store.info()["pending_derivation"] == 0
    store.annotate("NCT00791778", "include", "yes")
    records = store.sql("SELECT * FROM records")
    again = import_aact(FIXTURES / "NCT00791778", store=store)
    assert again.added.counts == {"inserted": 0, "updated": 0, "unchanged": 1, "rejected": 0}
    assert store.info()["pending_derivation"] == 0  # unchanged: its typed rows are kept as they are
    pd.testing.assert_frame_equal(store.sql("SELECT * FROM records"), records)
    pd.testing.assert_frame_equal(store.design_table(), design)
    assert store.annotations("NCT00791778")["value"].tolist() == ["yes"]
    # The study's rows are its document: every row of the extract once, not twice.
    assert store.sql("SELECT count(*) AS n FROM aact_outcome_analyses")["n"][0] == 3


def test_a_changed_study_is_updated_and_derived_again(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.duckdb")
    import_aact(FIXTURES / "NCT00791778", store=store)
    assert store.trials()[0].enrollment == 246  # studies.txt of the fixture: enrollment 246
    changed = _copy_fixture("NCT00791778", tmp_path / "changed")
    f = changed / "studies.txt"
    header, row = f.read_text().splitlines()
    cols = header.split("|")
    values = row.split("|")
    values[cols.index("enrollment")] = "250"
    f.write_text(header + "\n" + "|".join(values) + "\n")
    again = import_aact(changed, store=store)
    assert again.added.updated == ["NCT00791778"]
    assert store.trials()[0].enrollment == 250
    assert store.sql("SELECT count(*) AS n FROM aact_studies")["n"][0] == 1


def test_a_second_extract_keeps_the_studies_of_the_first(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.duckdb")
    import_aact(FIXTURES / "NCT00791778", store=store)
    with pytest.warns(DataQualityWarning):
        import_aact(FIXTURES / "hostile", store=store)
    assert [t.trial_id for t in store.trials()] == ["NCT00791778", "NCT09999991"]
    # Each study's rows stay in the aact_* tables: three analyses of NCT00791778, two of the hostile one.
    n = store.sql("SELECT nct_id, count(*) AS n FROM aact_outcome_analyses GROUP BY 1 ORDER BY 1")
    assert n["n"].tolist() == [3, 2]


def test_a_reader_is_told_when_studies_are_not_derived_yet(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with open_store(path) as store:
        import_aact(FIXTURES / "NCT00791778", store=store)
    with open_store(path, read_only=True) as reader:
        with pytest.warns(PendingDerivationWarning) as caught:
            assert reader.design_table().empty
        assert [(w.message.count, w.message.path) for w in caught  # type: ignore[union-attr]
                if isinstance(w.message, PendingDerivationWarning)] == [(1, str(path))]
        assert reader.sql("SELECT count(*) AS n FROM records")["n"][0] == 1  # no typed table: no warning
    with open_store(path) as store:
        assert store.sql("SELECT trial_id FROM trials")["trial_id"].tolist() == ["NCT00791778"]
    with open_store(path, read_only=True) as reader, warnings.catch_warnings():
        warnings.simplefilter("error", DataQualityWarning)
        assert reader.design_table()["trial_id"].tolist() == ["NCT00791778"]


def test_a_v2_record_added_after_the_aact_import_is_not_overwritten(corpus: Path, tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.duckdb")
    import_aact(FIXTURES / "NCT00791778", store=store)  # not derived yet
    added = store.add(corpus / "ctgov" / "v2" / "NCT00791778.json")
    assert added.updated == ["NCT00791778"]
    assert store.design_table()["source_format"].tolist() == ["ctgov_v2"]
    assert store.info()["pending_derivation"] == 0


def test_rederive_rebuilds_aact_studies_from_their_rows(corpus: Path, tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.duckdb")
    import_aact(FIXTURES / "NCT00791778", store=store, derive=True)
    assert store.info()["pending_derivation"] == 0
    design, outcomes = store.design_table(), store.outcome_table(measures=None)
    store.connection.execute("DELETE FROM estimates")
    assert store.rederive() == 1
    pd.testing.assert_frame_equal(store.design_table(), design)
    pd.testing.assert_frame_equal(store.outcome_table(measures=None), outcomes)
