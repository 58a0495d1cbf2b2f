"""Estimates from text (seeds' gold, print forms, real abstracts) and from registry results."""

from __future__ import annotations

import csv
import dataclasses
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from trialink import Estimate, Publication, parse_file
from trialink.outcomes import consistency_checks, extract_estimates, registry_estimates


def _norm(s: str | None) -> str:
    return " ".join((s or "").lower().replace("-", " ").split())


def _num(s: str) -> float | None:
    return float(s) if s.strip() else None


def _key(e: Estimate) -> tuple[object, ...]:
    who = "this study" if e.context == "result" else f"{e.subject} (background)"
    return (who, e.measure, e.endpoint, e.value, e.ci_low, e.ci_high, e.ci_level, e.p_operator, e.p_value, e.unit)


def _gold(shared: Path) -> dict[str, list[dict[str, str]]]:
    out: dict[str, list[dict[str, str]]] = {}
    with open(shared / "gold" / "seed_estimates.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            out.setdefault(row["seed_file"], []).append(row)
    return out


def test_every_seed_gives_exactly_the_gold_estimates(shared: Path) -> None:
    gold = _gold(shared)
    for seed in sorted((shared / "seeds").iterdir()):
        found = extract_estimates(seed.read_text(encoding="utf-8"))
        got = sorted((_key(e) for e in found if e.context != "design"), key=repr)
        expected = []
        for r in gold.get(seed.name, []):
            who = "this study" if r["whose_result"].startswith("this study") else \
                r["whose_result"].replace(" (background)", "") + " (background)"
            expected.append((who, r["measure"], r["endpoint_code"], _num(r["value"]), _num(r["ci_low"]),
                             _num(r["ci_high"]), _num(r["ci_level"]), r["p_operator"] or None, _num(r["p_value"]),
                             r["unit"] or None))
        assert got == sorted(expected, key=repr), seed.name


def test_seed_arms_and_comparisons(shared: Path) -> None:
    found = extract_estimates((shared / "seeds" / "002_bec98a1b9a87ecd8.txt").read_text(encoding="utf-8"))
    medians = [(e.value, _norm(e.arm)) for e in found if e.measure == "median"]
    assert medians == [(16.0, "camizestrant"), (9.2, "aromatase inhibitor"), (21.0, "camizestrant"),
                       (6.4, "aromatase inhibitor")]
    ratios = [e for e in found if e.measure == "HR"]
    assert [_norm(e.comparison) for e in ratios] == ["camizestrant vs aromatase inhibitor"] * 2
    assert ratios[0].endpoint_text == "progression or death"
    assert "global health status and quality of life" in (ratios[1].endpoint_text or "")


def test_follow_up_and_adverse_event_proportions_are_not_outcome_medians(shared: Path) -> None:
    text = (shared / "seeds" / "002_bec98a1b9a87ecd8.txt").read_text(encoding="utf-8")
    values = {e.value for e in extract_estimates(text)}
    assert 12.6 not in values and 1.3 not in values and 1.9 not in values


def test_sample_size_assumptions_are_design_not_results(shared: Path) -> None:
    found = extract_estimates((shared / "seeds" / "001_de6f548093925941.txt").read_text(encoding="utf-8"))
    assert [(e.context, e.value) for e in found] == [("design", 5.8), ("design", 10.0)]
    assert 0.05 not in {e.value for e in found}


def test_spans_point_at_the_text(shared: Path) -> None:
    text = (shared / "seeds" / "004_7d71bd8f35be4d52.txt").read_text(encoding="utf-8")
    first = extract_estimates(text)[0]
    assert text[first.start:first.end].startswith("16\u00b76 months (95% CI 13\u00b783-20\u00b799)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HR=0.58 (0.46-0.72)", ("HR", 0.58, 0.46, 0.72, None, None, None)),
        ("(HR, 0.45 [95% CI, 0.33\u20130.63])", ("HR", 0.45, 0.33, 0.63, 95.0, None, None)),
        ("hazard ratio for death, 0.70; 95% CI, 0.58 to 0.85; P = .003", ("HR", 0.70, 0.58, 0.85, 95.0, "=", 0.003)),
        ("odds ratio 1\u00b752 (95% CI 1\u00b712\u20132\u00b706; p=0\u00b7007)",
         ("OR", 1.52, 1.12, 2.06, 95.0, "=", 0.007)),
        ("HR\u2009=\u20090.80, 95%\u2009CI 0.68\u20130.94, p &lt; 0.001", ("HR", 0.80, 0.68, 0.94, 95.0, "<", 0.001)),
        ("(adjusted hazard ratio [aHR], 2.18; 95% CI, 1.41-3.39)", ("HR", 2.18, 1.41, 3.39, 95.0, None, None)),
        ("relative risk 0.74 (90% CI 0.61 to 0.90)", ("RR", 0.74, 0.61, 0.90, 90.0, None, None)),
        ("[odds ratio (95% confidence interval): 3.79 (1.1 to 13.12); p=0.035]",
         ("OR", 3.79, 1.1, 13.12, 95.0, "=", 0.035)),
        ("incidence rate ratio, 1.31; 95% CI, 1.05 to 1.64", ("IRR", 1.31, 1.05, 1.64, 95.0, None, None)),
    ],
)
def test_ratio_print_forms(text: str, expected: tuple[object, ...]) -> None:
    (e,) = extract_estimates(text)
    assert (e.measure, e.value, e.ci_low, e.ci_high, e.ci_level, e.p_operator, e.p_value) == expected


def test_medians_with_vs_not_reached_and_lancet_decimals() -> None:
    found = extract_estimates("Median overall survival was not reached (95% CI 17\u00b71 to not reached) with drug A "
                              "and 11\u00b79 months (95% CI 9\u00b72\u201313\u00b78) with placebo.")
    assert [(e.endpoint, e.value, e.value_text, e.ci_low, e.arm) for e in found] == [
        ("OS", None, "not reached", 17.1, "drug A"), ("OS", 11.9, None, 9.2, "placebo")]
    pairs = extract_estimates("Median PFS: 24.8 vs 14.5 months (HR 0.58).")
    assert [(e.measure, e.value, e.unit) for e in pairs] == [("median", 24.8, "months"), ("median", 14.5, "months"),
                                                            ("HR", 0.58, None)]


def test_a_number_that_fails_a_check_is_kept_and_flagged() -> None:
    (e,) = extract_estimates("The hazard ratio was 0.90 (95% CI, 0.50 to 0.80; P=0.30).")
    assert e.value == 0.90 and "ci_excludes_estimate" in e.checks and "p_inconsistent_with_ci" in e.checks
    assert consistency_checks("HR", 0.797, 0.637, 0.999, 95.0, "=", 0.0486) == ()


def test_garbage_and_empty_text_give_nothing() -> None:
    for text in ("", "   ", "\x00\x01", "HR HR HR", "median median", "(((((", "95% CI, to ; P<"):
        assert extract_estimates(text) == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,;:()[]%-–·<=> HRCIPmedianmonthsvs\n")), max_size=120))
def test_never_raises_and_spans_stay_inside(text: str) -> None:
    for e in extract_estimates(text):
        assert e.start is not None and e.end is not None and 0 <= e.start < e.end <= len(text)


def _abstract(corpus: Path, name: str, pmid: str) -> str:
    root = etree.parse(str(corpus / "pubmed" / name)).getroot()
    for art in root.iter("MedlineCitation"):
        if art.findtext("PMID") == pmid:
            title = "".join(art.find(".//ArticleTitle").itertext())
            parts = [(f"{a.get('Label')}: " if a.get("Label") else "") + "".join(a.itertext())
                     for a in art.iter("AbstractText")]
            return title + "\n" + "\n".join(parts)
    raise KeyError(pmid)


def test_real_abstract_trametinib_metric(corpus: Path) -> None:
    # PMID 22663011 (NEJM 2012): "Median progression-free survival was 4.8 months in the trametinib group and
    # 1.5 months in the chemotherapy group (hazard ratio for disease progression or death in the trametinib
    # group, 0.45; 95% CI, 0.33 to 0.63; P<0.001)"; "(hazard ratio for death, 0.54; 95% CI, 0.32 to 0.92; P=0.01)".
    found = extract_estimates(_abstract(corpus, "efetch_22663011.xml", "22663011"))
    got = [(e.measure, e.endpoint, e.value, e.ci_low, e.ci_high, e.p_operator, e.p_value, e.arm) for e in found]
    assert got == [("median", "PFS", 4.8, None, None, None, None, "trametinib"),
                   ("median", "PFS", 1.5, None, None, None, None, "chemotherapy"),
                   ("HR", "PFS", 0.45, 0.33, 0.63, "<", 0.001, None),
                   ("HR", "OS", 0.54, 0.32, 0.92, "=", 0.01, None)]
    assert all(e.context == "result" for e in found)
    assert found[2].comparison == "trametinib vs chemotherapy"
    assert found[2].groups == ("trametinib", "chemotherapy")


def test_real_abstract_docetaxel_vs_vinorelbine(corpus: Path) -> None:
    # PMID 23435529: "(11.3 v 10.1 months; hazard ratio [HR], 0.81; 95% CI, 0.65 to 1.00; P = .044)".
    found = extract_estimates(_abstract(corpus, "efetch_23435529.xml", "23435529"))
    hr = next(e for e in found if e.measure == "HR" and e.value == 0.81)
    assert (hr.ci_low, hr.ci_high, hr.p_operator, hr.p_value, hr.endpoint) == (0.65, 1.0, "=", 0.044, "OS")
    assert [(e.value, e.arm) for e in found if e.measure == "median"][:2] == [(11.3, "DC"), (10.1, "VC")]
    assert all(e.context == "result" for e in found)


# --- registry results ------------------------------------------------------------------------


def test_falcon_registry_hazard_ratio_and_medians(corpus: Path) -> None:
    (falcon,) = parse_file(corpus / "ctgov" / "legacy_xml" / "NCT01602380.xml")
    primary = [e for e in registry_estimates([falcon]) if e.is_primary]
    hr = next(e for e in primary if e.measure == "HR")
    assert (hr.value, hr.ci_low, hr.ci_high, hr.ci_level, hr.p_operator, hr.p_value) == (
        0.797, 0.637, 0.999, 95.0, "=", 0.0486)
    assert hr.comparison == "Fulvestrant 500 mg vs Anastrozole 1 mg" and hr.endpoint == "PFS"
    assert hr.method == "Log Rank" and hr.trial_id == "NCT01602380" and hr.source == "registry"
    medians = [(e.arm, e.value, e.ci_low, e.ci_high, e.unit, e.n) for e in primary if e.measure == "median"]
    assert medians == [("Fulvestrant 500 mg", 16.6, 13.83, 20.99, "months", 230),
                       ("Anastrozole 1 mg", 13.8, 11.99, 16.59, "months", 232)]


def test_checkmate_017_and_v2_hazard_ratios(corpus: Path) -> None:
    (cm017,) = parse_file(corpus / "ctgov" / "legacy_xml" / "NCT01642004.xml")
    primary_hr = [(e.value, e.ci_low, e.ci_high, e.p_value) for e in cm017.results
                  if e.measure == "HR" and e.is_primary]
    assert primary_hr == [(0.59, 0.43, 0.81, 0.0002)]
    assert sum(e.measure == "HR" for e in cm017.results) == 9
    (bayer,) = parse_file(corpus / "ctgov" / "v2" / "NCT00791778.json")
    assert [(e.value, e.ci_low, e.ci_high, e.p_value) for e in bayer.results if e.measure == "HR"] == [
        (1.09, 0.72, 1.63, 0.655), (1.43, 0.93, 2.20, 0.951), (1.49, 0.69, 3.23, 0.84)]
    # Its P values are one-sided (the record says so); the CI-implied two-sided P disagrees.
    assert "p_inconsistent_with_ci" in next(e for e in bayer.results if e.value == 1.43).checks
    pfs = [e for e in bayer.results if e.measure == "median" and e.is_primary]
    assert [(e.value, e.unit) for e in pfs] == [(386.0, "days"), (478.0, "days")]


def test_mislabelled_log_hazard_ratio_and_not_estimable_medians(corpus: Path) -> None:
    (ml7,) = parse_file(corpus / "ctgov" / "legacy_xml" / "NCT02278120.xml")
    hr = next(e for e in ml7.results if e.measure == "HR")
    assert (hr.value, hr.ci_low, hr.ci_high, hr.p_operator) == (0.553, 0.441, 0.694, "<")
    assert "labelled_log_but_ratio_scale" in hr.checks
    (ml2,) = parse_file(corpus / "ctgov" / "legacy_xml" / "NCT01958021.xml")
    na = [e for e in ml2.results if e.measure == "median" and e.value_text == "NA"]
    assert na and all(e.value is None for e in na)


def test_same_results_from_classic_json_and_legacy_xml(corpus: Path) -> None:
    (legacy,) = parse_file(corpus / "ctgov" / "legacy_xml" / "NCT02028676.xml")
    (classic,) = parse_file(corpus / "ctgov" / "classic" / "NCT02028676.json")

    def hrs(t):  # type: ignore[no-untyped-def]
        return sorted((e.endpoint_text, e.value, e.ci_low, e.ci_high) for e in t.results if e.measure == "HR")

    assert hrs(legacy) and hrs(legacy) == hrs(classic)


def test_malformed_results_keep_the_trial_and_name_the_path() -> None:
    from trialink import parse_v2_study

    study = {"protocolSection": {"identificationModule": {"nctId": "NCT01234567"}},
             "resultsSection": {"outcomeMeasuresModule": {"outcomeMeasures": [
                 {"title": "Broken", "classes": [{"categories": [{"measurements": [{"value": "1"}]}]}]},
                 {"title": "Fine", "paramType": "MEDIAN", "unitOfMeasure": "Months",
                  "groups": [{"id": "OG000", "title": "A"}],
                  "classes": [{"categories": [{"measurements": [{"groupId": "OG000", "value": "7.5"}]}]}]}]}}}
    with pytest.warns(UserWarning, match=r"NCT01234567.*outcomeMeasures\[0\]"):
        trial = parse_v2_study(study, source="x.json")
    assert [(e.endpoint_text, e.value, e.arm) for e in trial.results] == [("Fine", 7.5, "A")]


# --- registry × publication ----------------------------------------------------------------------


def _falcon_paper(hr: str) -> Publication:
    from trialink import Accession, Provenance

    # Facts of FALCON's registry record, written as an abstract would print them.
    return Publication(pmid="1", provenance=Provenance("fixture"), title="Fulvestrant versus anastrozole (FALCON)",
                       abstract=f"RESULTS: Median progression-free survival was 16.6 months with fulvestrant and 13.8 "
                                f"months with anastrozole (hazard ratio {hr}; 95% CI 0.637-0.999; p=0.0486). "
                                f"462 patients were randomised.",
                       accessions=(Accession("ClinicalTrials.gov", "NCT01602380", "databank"),))


def test_outcome_table_agreement_between_registry_and_publication(corpus: Path) -> None:
    from trialink.tables import OUTCOME_COLUMNS, discrepancies, outcome_table

    (falcon,) = parse_file(corpus / "ctgov" / "legacy_xml" / "NCT01602380.xml")
    df = outcome_table([falcon], publications=[_falcon_paper("0.797")], primary_only=True)
    assert list(df.columns) == list(OUTCOME_COLUMNS)
    hr = df[(df.measure == "HR") & (df.endpoint == "PFS")]
    assert set(hr.source) == {"registry", "text"} and set(hr.agreement) == {"match"}
    reg = hr[hr.source == "registry"].iloc[0]
    assert reg.log_value == pytest.approx(math.log(0.797))
    assert reg.se_log_value == pytest.approx((math.log(0.999) - math.log(0.637)) / (2 * 1.959964), rel=1e-6)
    medians = df[(df.measure == "median") & (df.source == "text")]
    assert list(medians.agreement) == ["match", "match"]
    wrong = outcome_table([falcon], publications=[_falcon_paper("0.70")], primary_only=True)
    assert "differs" in set(wrong[wrong.measure == "HR"].agreement)
    found = discrepancies([falcon], [_falcon_paper("0.70")])
    assert "estimate" in set(found.kind)
    assert discrepancies([falcon], [_falcon_paper("0.797")]).empty


# --- registry: direction, endpoint class, population, source record ----------------------------

def _ratios(trial, measure: str = "HR"):  # type: ignore[no-untyped-def]
    return {e.value: e for e in registry_estimates([trial]) if e.measure == measure}


@pytest.mark.parametrize("path", ["legacy_xml/NCT02028676.xml", "classic/NCT02028676.json"])
def test_arrow_directions_come_from_the_record(corpus: Path, path: str) -> None:
    (arrow,) = parse_file(corpus / "ctgov" / path)
    hr = _ratios(arrow)
    # <estimate_desc>HR is Arm B vs A</estimate_desc>; groups listed A (O1) then B (O2).
    assert hr[1.32].comparison == ("Arm B: ZDV+ABC+3TC+NNRTI->ABC+3TC+NNRTI Maintenance vs "
                                   "Arm A: ABC+3TC+NNRTI") and hr[1.32].direction_source == "record"
    # "Hazard ratio is stop vs continue."; groups listed Continued (O1) then Stopped (O2).
    assert hr[1.64].comparison == "Stopped Cotrimoxazole Prophylaxis vs Continued Cotrimoxazole Prophylaxis"
    assert hr[1.64].direction_source == "record" and (hr[1.64].ci_low, hr[1.64].ci_high) == (1.14, 2.37)
    # "Hazard ratio is CDM vs LCM" although the outcome title reads "LCM vs CDM: …".
    assert hr[1.13].comparison == ("Clinically Driven Monitoring (CDM) vs Laboratory Plus Clinical Monitoring (LCM)")
    assert hr[1.13].direction_source == "record"
    # Arm C vs A, HR 1.58: the record states no direction; the group order is kept and said to be unknown.
    assert hr[1.58].direction_source == "unknown"


def test_arrow_composites_are_not_overall_survival(corpus: Path) -> None:
    (arrow,) = parse_file(corpus / "ctgov" / "legacy_xml" / "NCT02028676.xml")
    by_title = {e.endpoint_text: e.endpoint for e in arrow.results}
    assert by_title["LCM vs CDM: Disease Progression to a New WHO Stage 4 Event or Death"] == "composite"
    assert by_title["Cotrimoxazole: New Hospitalisation or Death"] == "composite"
    assert by_title["Cotrimoxazole: All-cause Mortality"] == "OS"
    assert by_title["LCM vs CDM: New Grade 3 or 4 Adverse Event (AE), Not Solely Related to HIV"] == "safety"


def test_endpoint_classes_of_real_outcome_titles(corpus: Path) -> None:
    from trialink import read_trials
    from trialink._measures import ENDPOINT_CLASSES, endpoint_of

    titles = {o.measure for t in read_trials(corpus / "ctgov", on_error="collect") for o in t.outcomes}
    expected = {
        "Progression-free Survival (PFS) Based on Local Radiology Review of Tumor Assessments.": "PFS",
        "Overall Survival (OS)": "OS",
        "Event-free Survival": "EFS",
        "Time to Progression (TTP)": "TTP",
        "Duration of Response (DoR)": "DoR",
        "Objective Response (OR)": "ORR",
        "Objective Response Rate (ORR) in All Randomized Participants at Primary Endpoint": "ORR",
        "Cotrimoxazole: New WHO Stage 4 Event or Death": "composite",
        "LCM vs CDM, Induction ART: All-cause Mortality": "OS",
        "Cotrimoxazole: New Serious Adverse Events Not Solely Related to HIV": "safety",
        "Time to Deterioration (TTD)": "other",
    }
    for title, code in expected.items():
        assert title in titles, title  # a real registered title
        assert endpoint_of(title) == code, title
    assert {endpoint_of(t) for t in titles} <= set(ENDPOINT_CLASSES)
    # Phrases as text prints them (the text extractor uses the same rules).
    assert endpoint_of("time to disease progression or death") == "PFS"
    assert endpoint_of("death from any cause") == "OS"
    assert endpoint_of("breast cancer-specific mortality") == "other"
    # a cause printed before the word makes a death cause-specific too
    assert [endpoint_of(x) for x in ("sudden death", "cardiovascular mortality", "AIDS-related death",
                                     "all-cause mortality", "mortality at 28 days")] == ["other", "other", "other",
                                                                                         "OS", "OS"]
    assert endpoint_of("invasive breast cancer-free survival") == "IDFS"


def test_mds005_risk_ratios_direction_and_degenerate_subgroup(corpus: Path) -> None:
    (mds,) = parse_file(corpus / "ctgov" / "legacy_xml" / "NCT01029262.xml")
    rr = [e for e in registry_estimates([mds]) if e.measure == "RR"]
    main = next(e for e in rr if e.value == 10.616)
    # Arms: placebo 2.5 %, lenalidomide 26.9 % of participants; 26.9 / 2.5 within rounding of 10.616,
    # 2.5 / 26.9 is not: lenalidomide is the numerator. The record itself states no direction.
    assert main.comparison == "Lenalidomide vs Placebo" and main.direction_source == "inferred_from_arms"
    assert main.population == "overall" and main.is_primary
    sub = next(e for e in rr if e.value == 0 and "Erythroid Gene Signature" in (e.endpoint_text or ""))
    assert sub.is_primary and sub.population_kind == "subgroup" and "erythroid" in (sub.population_detail or "")
    assert {"degenerate_zero_ratio", "degenerate_missing_ci_bound", "degenerate_infinite_ci"} <= set(sub.checks)
    assert sub.ci_low == 0 and sub.ci_high is None
    arms = [e.n for e in mds.results if e.endpoint_text == sub.endpoint_text and e.arm]
    assert sum(arms) == 17  # 3 placebo + 14 lenalidomide


def test_c_axspand_odds_ratios_are_czp_over_placebo(corpus: Path) -> None:
    (cax,) = parse_file(corpus / "ctgov" / "v2" / "NCT02552212.json")
    odds = _ratios(cax, "OR")
    # groupDescription "Odds ratio: CZP/Placebo …"; groups listed Placebo (OG000) then CZP (OG001).
    for v in (15.231, 7.436):
        assert odds[v].comparison == "CZP 200 mg Q2W (FAS) vs Placebo (FAS)" and odds[v].direction_source == "record"
        assert odds[v].record_format == "ctgov_v2" and odds[v].record_date == "2022-08-18"


def test_cdk46_directions(corpus: Path) -> None:
    (falcon,) = parse_file(corpus / "ctgov" / "legacy_xml" / "NCT01602380.xml")
    hr = _ratios(falcon)[0.797]  # "A hazard ratio < 1 favours fulvestrant."
    assert (hr.comparison, hr.direction_source) == ("Fulvestrant 500 mg vs Anastrozole 1 mg", "record")
    (p3,) = parse_file(corpus / "ctgov" / "legacy_xml" / "NCT01942135.xml")
    hr = _ratios(p3)[0.422]  # "… less than 1 indicates a reduction … in favor of the palbociclib plus fulvestrant arm"
    assert (hr.comparison, hr.direction_source) == ("Palbociclib + Fulvestrant vs Placebo + Fulvestrant", "record")
    (m2,) = parse_file(corpus / "ctgov" / "legacy_xml" / "NCT02107703.xml")
    hr = _ratios(m2)[0.553]  # no statement; HR < 1 (CI 0.449-0.681) and medians 16.4 vs 9.3 months
    assert (hr.comparison, hr.direction_source) == ("Abemaciclib + Fulvestrant vs Placebo + Fulvestrant",
                                                     "inferred_from_arms")
    (ml2,) = parse_file(corpus / "ctgov" / "legacy_xml" / "NCT01958021.xml")
    hr = next(e for e in ml2.results if e.measure == "HR" and e.is_primary)  # one median "NA": not inferred
    assert hr.direction_source == "unknown"


def test_reorient_turns_ratio_ci_and_comparison(corpus: Path) -> None:
    from trialink.outcomes import reorient

    (arrow,) = parse_file(corpus / "ctgov" / "legacy_xml" / "NCT02028676.xml")
    e = _ratios(arrow)[1.64]
    r = reorient(e)
    assert r.value == pytest.approx(1 / 1.64) and (r.ci_low, r.ci_high) == pytest.approx((1 / 2.37, 1 / 1.14))
    assert r.comparison == "Continued Cotrimoxazole Prophylaxis vs Stopped Cotrimoxazole Prophylaxis"
    assert r.groups == ("Continued Cotrimoxazole Prophylaxis", "Stopped Cotrimoxazole Prophylaxis") == e.groups[::-1]
    assert reorient(r).value == pytest.approx(1.64) and reorient(r).groups == e.groups
    # A comparison given only as text cannot be turned with the value: refused, not half-turned.
    with pytest.raises(ValueError, match="'A vs B'"):  # names the comparison it cannot turn
        reorient(dataclasses.replace(e, groups=(), comparison="A vs B"))
    per_arm = next(x for x in arrow.results if x.measure == "median" or x.arm)
    with pytest.raises(ValueError, match=f"{per_arm.measure!r} of {per_arm.trial_id}"):  # names the estimate
        reorient(per_arm)


def test_one_trial_once_newest_record(corpus: Path) -> None:
    from trialink.outcomes import newest_records
    from trialink.tables import outcome_table

    (legacy,) = parse_file(corpus / "ctgov" / "legacy_xml" / "NCT02028676.xml")
    (classic,) = parse_file(corpus / "ctgov" / "classic" / "NCT02028676.json")
    # Both last updated 2014-06-06; the legacy file was processed 2018-05-11, the classic DataVrs is 2023-10-17.
    assert newest_records([legacy, classic]) == [classic] and newest_records([classic, legacy]) == [classic]
    df = outcome_table([legacy, classic], measures=["HR"])
    rows = df[df.value == 1.64]
    assert len(rows) == 1
    assert (rows.record_id.iloc[0], rows.record_date.iloc[0], rows.record_format.iloc[0]) == (
        "NCT02028676", "2014-06-06", "ctgov_classic")
    both = outcome_table([legacy, classic], measures=["HR"], newest_only=False)
    assert set(both[both.value == 1.64].record_format) == {"ctgov_classic", "ctgov_legacy_xml"}
    with pytest.raises(TypeError, match="Trial"):
        newest_records(["NCT02028676"])  # type: ignore[list-item]


def test_acronyms_from_titles(corpus: Path) -> None:
    from trialink.outcomes import acronym_of

    def one(name: str):  # type: ignore[no-untyped-def]
        (t,) = parse_file(corpus / "ctgov" / "legacy_xml" / name)
        return t

    # The records' acronym fields are empty; the brief titles end "… (PALOMA-2)", "… (PALOMA-3)".
    assert one("NCT01740427.xml").acronym is None and acronym_of(one("NCT01740427.xml")) == "PALOMA-2"
    assert acronym_of(one("NCT01942135.xml")) == "PALOMA-3"
    assert acronym_of(one("NCT01642004.xml")) == "CheckMate 017"  # "… (NSCLC) (CheckMate 017)"
    assert acronym_of(one("NCT01958021.xml")) == "MONALEESA-2"  # the record's own field


def test_quoted_paloma3_medians_disagree_with_its_registry_record(corpus: Path, shared: Path) -> None:
    from trialink import assign_subjects, read_trials
    from trialink.tables import outcome_table

    trials = [t for t in read_trials(corpus / "ctgov" / "legacy_xml") if t.has_results]
    text = (shared / "seeds" / "004_7d71bd8f35be4d52.txt").read_text(encoding="utf-8")
    quoted = assign_subjects(extract_estimates(text), trials)
    paloma3 = [e for e in quoted if e.subject == "PALOMA-3"]
    assert [e.value for e in paloma3] == [9.5, 4.6] and {e.trial_id for e in paloma3} == {"NCT01942135"}
    df = outcome_table(trials, estimates=quoted, include_background=True, primary_only=True)
    text_rows = df[(df.trial_id == "NCT01942135") & (df.source == "text")]
    # Registry: 9.2 months (palbociclib + fulvestrant) and 3.8 months (placebo + fulvestrant).
    assert list(text_rows.agreement) == ["differs", "differs"]
    assert df[(df.trial_id == "NCT01942135") & (df.source == "registry")].acronym.iloc[0] == "PALOMA-3"


def test_agreement_is_arm_to_arm(corpus: Path) -> None:
    from trialink.tables import outcome_table

    (m2,) = parse_file(corpus / "ctgov" / "legacy_xml" / "NCT02107703.xml")

    def med(v: float, arm: str | None) -> Estimate:
        return Estimate(measure="median", value=v, endpoint="PFS", arm=arm, unit="months", source="text",
                        trial_id="NCT02107703")

    def agreement(ests: list[Estimate]) -> list[str]:
        df = outcome_table([m2], estimates=ests, primary_only=True)
        return list(df[df.source == "text"].agreement)

    # Registry: abemaciclib + fulvestrant 16.4 months, placebo + fulvestrant 9.3 months.
    assert agreement([med(16.4, "abemaciclib"), med(9.3, "placebo")]) == ["match", "match"]
    assert agreement([med(9.3, "abemaciclib"), med(16.4, "placebo")]) == ["differs", "differs"]
    assert agreement([med(9.3, None), med(16.4, None)]) == ["arm_unknown", "arm_unknown"]


def test_cli_outcomes_prints_every_estimate_field(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json
    from dataclasses import fields

    from trialink.cli import main

    path = str(corpus / "ctgov" / "legacy_xml" / "NCT01958021.xml")
    assert main(["outcomes", "--records", path, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert set(rows[0]) == {f.name for f in fields(Estimate)}
    # MONALEESA-2's ribociclib PFS median is printed "NA" in the record: kept as value_text, value empty.
    na = [r for r in rows if r["measure"] == "median" and r["value_text"] == "NA"]
    assert na and all(r["value"] is None for r in na)
    hr = next(r for r in rows if r["measure"] == "HR" and r["is_primary"])
    assert (hr["record_id"], hr["record_format"], hr["direction_source"]) == ("NCT01958021", "ctgov_legacy_xml",
                                                                             "unknown")
    assert main(["outcomes", "--records", path, "--format", "csv"]) == 0
    header = capsys.readouterr().out.splitlines()[0].split(",")
    assert "value_text" in header and "population" in header and "record_date" in header


def test_subgroup_analyses_say_their_subgroup(corpus: Path) -> None:
    (p2,) = parse_file(corpus / "ctgov" / "legacy_xml" / "NCT01740427.xml")
    hr = _ratios(p2)
    # <groups_desc>Statistical analysis for Cyclin D1 Negative</groups_desc>, a class of the biomarker measure.
    assert (hr[0.997].population_kind, hr[0.997].population_detail) == ("subgroup", "Cyclin D1 Negative")
    assert hr[0.997].population == "subgroup: Cyclin D1 Negative"  # rendered for people from the fields
    assert (hr[0.576].population_kind, hr[0.576].population_detail) == ("overall", None)  # primary PFS, ITT
    (cm017,) = parse_file(corpus / "ctgov" / "legacy_xml" / "NCT01642004.xml")
    # "HR = Nivolumab over Docetaxel; PD-L1 expression >= 5%": direction and subgroup from one comment.
    e = next(x for x in cm017.results if x.measure == "HR" and x.value == 0.53)
    assert (e.comparison, e.direction_source, e.population) == ("Nivolumab vs Docetaxel", "record",
                                                                "subgroup: PD-L1 expression >= 5%")


@pytest.mark.parametrize(("title", "expected"), [
    ("Overall Survival (PD-L1 Positive Population)", ("subgroup", "PD-L1 Positive")),
    ("Progression-free Survival (Intention-to-treat Population)", None),
    ("Overall Survival (Whole Population)", None),
    ("Overall Survival", None),
    (None, None),
])
def test_outcome_titles_that_name_a_population(title: str | None, expected: tuple[str, str] | None) -> None:
    from trialink import _measures as M

    assert M.title_subgroup(title) == expected


def test_population_is_rendered_from_its_kind_and_detail_and_the_kind_is_closed() -> None:
    from trialink import Estimate

    e = Estimate(measure="HR", value=0.7, population_kind="subgroup", population_detail="PD-L1 positive")
    assert e.population == "subgroup: PD-L1 positive"
    assert Estimate(measure="HR", value=0.7, population_kind="modified_itt").population == "modified ITT"
    assert Estimate(measure="HR", value=0.7).population == "unknown"  # the source does not say
    with pytest.raises(ValueError, match="'everyone'"):
        Estimate(measure="HR", value=0.7, population_kind="everyone")  # type: ignore[arg-type]
