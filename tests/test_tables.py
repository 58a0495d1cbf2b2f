"""Design, arms and registered-outcome tables: fixed columns and dtypes, real values."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest
from trialink import arms_table, design_table, parse_file, read_records, registered_outcomes_table
from trialink.tables import ARMS_COLUMNS, DESIGN_COLUMNS, REGISTERED_OUTCOMES_COLUMNS


def _dtypes(df: pd.DataFrame) -> dict[str, str]:
    return {c: str(t) for c, t in df.dtypes.items()}


def test_empty_input_gives_the_same_columns_and_dtypes() -> None:
    for builder, columns in ((design_table, DESIGN_COLUMNS), (arms_table, ARMS_COLUMNS),
                             (registered_outcomes_table, REGISTERED_OUTCOMES_COLUMNS)):
        df = builder([])
        assert list(df.columns) == list(columns) and len(df) == 0
        assert _dtypes(df) == columns


def test_design_table_on_the_whole_ctgov_corpus(corpus: Path) -> None:
    records = list(read_records(corpus / "ctgov", on_error="raise"))
    every = design_table(records, newest_only=False)
    assert len(every) >= 180
    df = design_table(records)
    assert list(df.columns) == list(DESIGN_COLUMNS)
    assert _dtypes(df) == DESIGN_COLUMNS
    # One row per trial: records of one trial read twice (ARROW: legacy XML and classic JSON) count once.
    assert len(df) == every.trial_id.nunique() < len(every)
    falcon = df[(df.trial_id == "NCT01602380")].iloc[0]
    assert (falcon.acronym, falcon.phase, falcon.enrollment, falcon.n_arms) == ("FALCON", "PHASE3", 462, 2)
    assert falcon.start_date == pd.Timestamp("2012-10-17")
    assert falcon.has_results and falcon.source_format == "ctgov_legacy_xml"
    multi = df[df.trial_id == "NCT00023673"]
    assert set(multi.phase) == {"PHASE1/PHASE2"}
    # "March 2012" (month precision) falls on the first of the month.
    arrow = df[(df.trial_id == "NCT02028676") & (df.source_format == "ctgov_classic")].iloc[0]
    assert arrow.primary_completion_date == pd.Timestamp("2012-03-01")
    assert arrow.other_ids == "ISRCTN:ISRCTN24791884"
    bayer = df[df.trial_id == "NCT00791778"].iloc[0]
    assert bayer.eudract_ids == "2008-004429-41" and bayer.result_pmids == "23591401"


def test_arms_and_outcomes_tables(corpus: Path) -> None:
    trials = parse_file(corpus / "ctgov" / "legacy_xml" / "NCT01602380.xml")
    arms = arms_table(trials)
    assert list(arms.arm_label) == ["faslodex+placebo", "arimidex +placebo"]
    assert arms.interventions.iloc[1] == "Drug: arimidex 1mg; Drug: faslodex dummy"
    outcomes = registered_outcomes_table(trials)
    assert list(outcomes.kind.value_counts().sort_index().items()) == [("primary", 1), ("secondary", 8)]
    assert list(outcomes[outcomes.kind == "secondary"].position) == list(range(1, 9))
    assert _dtypes(outcomes) == REGISTERED_OUTCOMES_COLUMNS


def test_reorient_table_puts_the_reference_second(corpus: Path) -> None:
    import warnings

    import pytest
    from trialink import DataQualityWarning, outcome_table, reorient_table

    (arrow,) = parse_file(corpus / "ctgov" / "legacy_xml" / "NCT02028676.xml")
    df = outcome_table([arrow], measures=["HR"])
    turned = reorient_table(df, reference="stopped")
    row = turned[df.value == 1.64].iloc[0]  # record: "Hazard ratio is stop vs continue", 1.64 (1.14-2.37)
    assert row.comparison == "Continued Cotrimoxazole Prophylaxis vs Stopped Cotrimoxazole Prophylaxis"
    assert (row.group_a, row.group_b) == ("Continued Cotrimoxazole Prophylaxis", "Stopped Cotrimoxazole Prophylaxis")
    assert (row.value, row.ci_low, row.ci_high) == pytest.approx((1 / 1.64, 1 / 2.37, 1 / 1.14))
    assert "reoriented" in row.checks
    assert list(turned.columns) == list(df.columns)
    untouched = turned[~df.comparison.str.contains("Stopped")]
    assert (untouched.value == df[~df.comparison.str.contains("Stopped")].value).all()
    # Arm C vs A, HR 1.58, has no stated direction: turning it warns.
    with pytest.warns(DataQualityWarning, match="NCT02028676 HR 1.58"):
        reorient_table(df, reference="Arm A")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        reorient_table(df, reference="stopped")  # every turned row has a stated direction
    # The groups are read from their own columns, never from the comparison text.
    blind = df.assign(comparison="(not read)")
    assert (reorient_table(blind, reference="stopped").value == turned.value).all()
    with pytest.raises(ValueError, match="group_a"):
        reorient_table(df.drop(columns=["group_a"]), reference="stopped")


def test_phase_not_applicable_stays_apart_from_missing_through_csv(corpus: Path) -> None:
    # NCT02586688's legacy XML says <phase>N/A</phase>; NCT03475563 (observational) has no phase at all.
    na = parse_file(corpus / "ctgov" / "legacy_xml" / "NCT02586688.xml")
    missing = parse_file(corpus / "ctgov" / "v2" / "NCT03475563.json")
    df = design_table([*na, *missing])
    phase = df.set_index("trial_id")["phase"]
    assert phase["NCT02586688"] == "NOT_APPLICABLE" and pd.isna(phase["NCT03475563"])
    back = pd.read_csv(io.StringIO(df.to_csv(index=False)), dtype={"phase": "string"}).set_index("trial_id")
    assert back.loc["NCT02586688", "phase"] == "NOT_APPLICABLE"
    assert pd.isna(back.loc["NCT03475563", "phase"])


def test_tables_refuse_ids_where_records_are_expected() -> None:
    with pytest.raises(TypeError) as info:
        design_table(["NCT01958021"])
    assert "trials" in str(info.value) and "'NCT01958021'" in str(info.value)
    with pytest.raises(TypeError) as info:
        design_table("NCT01958021")  # type: ignore[arg-type]
    assert "trials" in str(info.value) and "'NCT01958021'" in str(info.value)
    with pytest.raises(TypeError) as info:
        arms_table([42])  # type: ignore[list-item]
    assert "trials" in str(info.value) and "42" in str(info.value)


def test_identity_and_publication_tables_refuse_ids_where_records_are_expected() -> None:
    from trialink import (
        discrepancies,
        estimates_table,
        identity_evidence,
        identity_table,
        publications_table,
        resolve_trials,
    )

    for builder in (identity_table, resolve_trials, publications_table, estimates_table, identity_evidence,
                    lambda x: discrepancies(x, []), lambda x: discrepancies([], x)):
        for given in ("NCT01958021", ["NCT01958021"]):
            with pytest.raises(TypeError) as info:
                builder(given)  # type: ignore[arg-type]
            assert "'NCT01958021'" in str(info.value)


def test_publications_table_columns_and_values(corpus: Path) -> None:
    from trialink import publications_table
    from trialink.tables import PUBLICATION_COLUMNS

    empty = publications_table([])
    assert list(empty.columns) == list(PUBLICATION_COLUMNS) and _dtypes(empty) == PUBLICATION_COLUMNS
    (row,) = publications_table(parse_file(corpus / "pubmed" / "efetch_22663011.xml")).itertuples()
    # PubMed's record: DOI, 26 authors led by Flaherty KT, DataBank NCT01245062.
    assert (row.pmid, row.doi, row.n_authors, row.first_author) == ("22663011", "10.1056/NEJMoa1203421", 26,
                                                                    "Flaherty KT")
    assert row.trial_ids == "NCT01245062" and "Randomized Controlled Trial" in row.publication_types.split("; ")


def test_mentions_table_offsets_point_into_the_text() -> None:
    from trialink import mentions_table
    from trialink.tables import MENTION_COLUMNS

    text = "SERENA-6 (NCT04964934); EudraCT 2004-002714-11-DE"
    df = mentions_table([("a.txt", text)])
    assert _dtypes(df) == MENTION_COLUMNS
    assert [(r.file, r.id, text[r.start:r.end]) for r in df.itertuples()] == [
        ("a.txt", "NCT04964934", "NCT04964934"), ("a.txt", "2004-002714-11", "2004-002714-11-DE")]
    assert mentions_table(text).file.isna().all() and len(mentions_table("no IDs here")) == 0
    with pytest.raises(TypeError):
        mentions_table([42])  # type: ignore[list-item]
