"""Text extraction: the print forms and failure classes of issue 12, spans, population, orientation,
and a fuzz test (nothing raised outside the TrialinkError family, whatever the text).

The sentences here are written anew from the forms the issue lists; the expected numbers are the
ones printed in each sentence."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from trialink.errors import TrialinkError
from trialink.outcomes import extract_estimates

ROOT = Path(__file__).resolve().parents[1]


def _ratios(text: str) -> list[tuple[object, ...]]:
    return [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level, e.p_operator, e.p_value)
            for e in extract_estimates(text) if e.measure != "median"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # measure names in other forms
        ("Mortality was lower (hazards ratio, 0.72; 95% CI, 0.55 to 0.94).",
         ("HR", 0.72, 0.55, 0.94, 95.0, None, None)),
        ("the risk of stroke was lower (relative hazard in the warfarin group, 0.4; 95 percent confidence interval, "
         "0.3 to 0.9).", ("HR", 0.4, 0.3, 0.9, 95.0, None, None)),
        ("The rate ratio was 0.83 (95% CI 0.70 to 0.99).", ("IRR", 0.83, 0.70, 0.99, 95.0, None, None)),
        # a Cox model's "relative risk" is a hazard ratio (what a meta-analysis pools it as)
        ("relative risk (Cox) 0.61 (95% CI 0.41-0.91)", ("HR", 0.61, 0.41, 0.91, 95.0, None, None)),
        ("relative risk (Cox model) 0.61 (95% CI 0.41-0.91)", ("HR", 0.61, 0.41, 0.91, 95.0, None, None)),
        ("relative risk (log-binomial) 0.61 (95% CI 0.41-0.91)", ("RR", 0.61, 0.41, 0.91, 95.0, None, None)),
        ("adjusted HR 1.35 [95% CI, 1.2 to 4.4]", ("HR", 1.35, 1.2, 4.4, 95.0, None, None)),
        ("(aHR 2.1, 95% CI 1.3-3.4, P = 0.002)", ("HR", 2.1, 1.3, 3.4, 95.0, "=", 0.002)),
        # CI forms
        ("relative risk 1-32 [1-02-1-61]", ("RR", 1.32, 1.02, 1.61, None, None, None)),
        ("The odds ratio (0.81 to 1.44) was 1.08.", ("OR", 1.08, 0.81, 1.44, None, None, None)),
        ("hazard ratio for death 0.71 (96.85% CI, 0.55 to 0.92)", ("HR", 0.71, 0.55, 0.92, 96.85, None, None)),
        ("HR 0.80 (95% CI 0.68-0.94) (P = 0.006)", ("HR", 0.80, 0.68, 0.94, 95.0, "=", 0.006)),
        ("odds ratio=1. 37, 1.00 to 1.86", ("OR", 1.37, 1.0, 1.86, None, None, None)),
        ("an adjusted odds ratio of 1.957 for clinical improvement (95% CI, 1.07-3.58; P = .03)",
         ("OR", 1.957, 1.07, 3.58, 95.0, "=", 0.03)),
        ("The odds ratio for improvement was 4.2 (95% confidence interval [95% CI], 2.6 to 6.8).",
         ("OR", 4.2, 2.6, 6.8, 95.0, None, None)),
        ("HR 0.59 (95% CI 0.43-0.81; P = 2 x 10-4)", ("HR", 0.59, 0.43, 0.81, 95.0, "=", 0.0002)),
    ],
)
def test_print_forms(text: str, expected: tuple[object, ...]) -> None:
    assert _ratios(text) == [expected]


def test_one_sided_bound_fills_only_the_bound_given() -> None:
    (e,) = extract_estimates("Noninferiority was shown (hazard ratio 0.89; upper 97.5% limit 1.08).")
    assert (e.value, e.ci_low, e.ci_high, e.ci_level) == (0.89, None, 1.08, 97.5)
    assert "one-sided" in (e.note or "")


def test_level_stated_once_earlier_applies_to_a_later_bare_ci() -> None:
    found = extract_estimates("All intervals are 95% confidence intervals. Risk was higher after surgery "
                              "(relative hazard, 6.2 [CI, 2.0 to 19.1]) or with immobility (relative hazard, "
                              "2.3 [CI, 1.1 to 4.8]).")
    assert [(e.value, e.ci_low, e.ci_high, e.ci_level) for e in found] == [(6.2, 2.0, 19.1, 95.0),
                                                                          (2.3, 1.1, 4.8, 95.0)]


def test_a_list_of_ratios_each_with_its_ci() -> None:
    found = extract_estimates("Each marker predicted death, with HRs of 1.06 (1.02\u20131.09), 1.03 (1.01\u20131.05) "
                              "and 1.08 (1.02\u20131.14) per 10-unit increase.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [
        ("HR", 1.06, 1.02, 1.09), ("HR", 1.03, 1.01, 1.05), ("HR", 1.08, 1.02, 1.14)]


def test_a_ratio_next_to_medians_is_not_read_as_medians() -> None:
    found = extract_estimates("Median survival was 9.1 and 8.3 months (hazards ratio, 1.09; 95% CI, 0.81 to 1.44).")
    assert [(e.measure, e.value) for e in found] == [("median", 9.1), ("median", 8.3), ("HR", 1.09)]
    assert found[2].ci_low == 0.81 and found[2].ci_high == 1.44


def test_hormone_receptor_and_heart_rate_are_not_hazard_ratios() -> None:
    assert extract_estimates("Patients with HR+, HER2-negative disease (HR-positive 2 groups); HR 72 bpm.") == []


def test_subgroup_population_and_stated_orientation() -> None:
    (e,) = extract_estimates("In the subgroup of patients with visceral metastases, the HR was 0.47 (95% CI 0.3-0.7).")
    assert e.population == "subgroup: visceral metastases"
    (main,) = extract_estimates("Overall survival was longer with drug A (hazard ratio for death, drug A vs placebo, "
                                "0.70; 95% CI, 0.58 to 0.85).")
    assert main.population == "overall"
    assert (main.comparison, main.direction_source, main.endpoint) == ("drug A vs placebo", "text", "OS")
    (rev,) = extract_estimates("The hazard ratio for placebo versus drug A was 1.43 (95% CI 1.18-1.72).")
    assert (rev.comparison, rev.direction_source) == ("placebo vs drug A", "text")


def test_endpoint_words_of_text() -> None:
    (pfs,) = extract_estimates("The hazard ratio for disease progression or death was 0.58 (95% CI, 0.46 to 0.72).")
    assert pfs.endpoint == "PFS"


def test_spans_cover_the_printed_estimate() -> None:
    text = "Results: median PFS 7.2 months; hazard ratio 0.64 (95% CI, 0.5 to 0.8; P<0.001)."
    for e in extract_estimates(text):
        assert e.start is not None and e.end is not None
        assert str(e.value) in text[e.start:e.end].replace("0.50", "0.5")
    hr = next(e for e in extract_estimates(text) if e.measure == "HR")
    assert text[hr.start:hr.end] == "hazard ratio 0.64 (95% CI, 0.5 to 0.8; P<0.001)"


_PIECES = st.one_of(st.sampled_from(list("0123456789.,;:()[]-%<>= \u00b7\u2013\nabcdHRCIPmonthsvedian")),
                    st.sampled_from(["HR ", "median ", "95% CI ", " months", " to ", "hazard ratio ", "P = ",
                                     "not reached", "(", ")", "1-02", "0. 5", "vs ", "RESULTS: ", "PALOMA-3 "]))


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=120).map("".join))
def test_fuzz_raises_nothing_outside_the_error_family(text: str) -> None:
    try:
        found = extract_estimates(text)
    except TrialinkError:
        return
    for e in found:
        assert e.start is not None and e.end is not None and 0 <= e.start <= e.end <= len(text)


def test_covariates_each_with_their_ratio() -> None:
    found = extract_estimates("In multivariable analysis, age \u226565 years (HR 1.52, 95% CI 1.12\u20132.07), "
                              "ECOG PS 2 "
                              "(HR 2.11, 95% CI 1.40\u20133.18) and liver metastases (HR 1.73; 95% CI 1.21\u20132.47) "
                              "were associated with shorter overall survival.")
    assert [(e.value, e.covariate) for e in found] == [(1.52, "age \u226565 years"), (2.11, "ECOG PS 2"),
                                                       (1.73, "liver metastases")]


def test_end_points_named_after_each_ratio() -> None:
    found = extract_estimates("Hazard ratios were 0.62 (95% CI 0.48-0.80) for PFS and 0.77 (95% CI 0.59-1.01) for OS.")
    assert [(e.value, e.endpoint) for e in found] == [(0.62, "PFS"), (0.77, "OS")]


def test_not_outcome_medians() -> None:
    text = ("The median duration of symptoms before enrolment was 3 days. Median age was 62 years (range 34-81). "
            "During follow-up (median 49 months) 32 patients died. Median duration of breastfeeding was 17 months. "
            "Symptoms resolved 2.5 days sooner (5.0 vs. 7.5 days). The median hospital stay was 5 days (range 1-47). "
            "Echocardiography was performed at a median of 120 (interquartile range: 66-141) days after surgery. "
            "Median plasma levels 1 and 5 minutes after injection were 80 and 3.2 ng/mL. "
            "Median pain was lower (8 \u00b1 11 vs 16 \u00b1 11 hours).")
    assert [(e.value, e.unit) for e in extract_estimates(text)] == [(5.0, "days")]


def test_medians_in_hours_and_not_reached() -> None:
    found = extract_estimates("Median time to recovery was 72 hours in the treatment group and 96 hours in the placebo "
                              "group. Median PFS was not reached in the combination arm versus 8.3 months in the "
                              "control arm.")
    assert [(e.value, e.value_text, e.unit, e.arm) for e in found] == [
        (72.0, None, "hours", "treatment"), (96.0, None, "hours", "placebo"),
        (None, "not reached", "months", "combination"), (8.3, None, "months", "control")]


def test_subgroup_medians_say_so() -> None:
    found = extract_estimates("Among patients with liver metastases, median PFS was 5.1 months with drug A and "
                              "3.2 months with placebo.")
    assert [(e.value, e.arm, e.population) for e in found] == [
        (5.1, "drug A", "subgroup: liver metastases"), (3.2, "placebo", "subgroup: liver metastases")]


# ---------------------------------------------------------------------------
# Medians of outcomes vs other medians (sentences written here; expected numbers are the printed ones)
# ---------------------------------------------------------------------------

def _medians(text: str) -> list[tuple[object, ...]]:
    return [(e.value, e.value_text, e.ci_low, e.ci_high, e.unit)
            for e in extract_estimates(text) if e.measure == "median"]


@pytest.mark.parametrize(
    "text",
    [
        # duration of symptoms before enrolment, stated at presentation
        "Patients had a median symptom duration of 3 days at presentation.",
        "Patients were hospitalised for a median of 3 days before randomisation.",
        "The median hospital stay before surgery was 2 days.",
        "The median duration of remission before relapse was 14 months at study entry.",
        "Median time from onset of symptoms to hospital admission was 3 days in both groups.",
        # breastfeeding, treatment exposure, the intervention: how long something was done
        "Infants were breastfed for a median of 5.5 months.",
        "Patients received treatment for a median of 12 weeks (IQR 8-16).",
        "Patients had been on dialysis for a median of 4 years.",
        "The median duration of exposure to study drug was 7.4 months with drug A and 5.1 months with drug B.",
        "Median length of the intervention was 10 weeks.",
        # follow-up, age, time since diagnosis
        "After a median follow-up of 36 months, 40 patients had died.",
        "With a median follow-up time of 4.2 years (95% CI 3.9 to 4.5), the study was stopped.",
        "Participants (median age 45 years) were randomised.",
        "The median time since diagnosis was 2.5 years.",
        # doses, counts, scores, laboratory values measured at a time point
        "Patients received a median of 6 cycles (range 1-12).",
        "The median number of cycles delivered was 4 in arm A and 6 in arm B.",
        "Pain scores were lower at 6 hours (median 2 vs 4, P<0.01) and at 24 hours (median 1 vs 3).",
        "Median serum creatinine at 6 months was 1.2 mg/dL.",
        "Median CD4 count at 48 weeks was 350 cells/uL in both arms.",
        # a time of assessment
        "Responses occurred at a median of 8 weeks after the start of treatment.",
    ],
)
def test_medians_that_are_not_outcomes_are_not_reported(text: str) -> None:
    assert _medians(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Median time to recovery was 10 days (95% CI 9-11) with drug A and 15 days with placebo.",
         [(10.0, None, 9.0, 11.0, "days"), (15.0, None, None, None, "days")]),
        ("The median time to clinical improvement was 36 hours in the treatment group compared with 72 hours "
         "in controls.", [(36.0, None, None, None, "hours"), (72.0, None, None, None, "hours")]),
        ("Median duration of fever was 2 days in the zinc group versus 3 days in the placebo group.",
         [(2.0, None, None, None, "days"), (3.0, None, None, None, "days")]),
        ("Median time to extubation was 45 minutes (IQR 30-60) with drug A and 90 minutes with drug B.",
         [(45.0, None, None, None, "minutes"), (90.0, None, None, None, "minutes")]),
        ("Median length of stay was 4 days in the early-discharge group vs 6 days in the usual-care group "
         "(P=0.01).", [(4.0, None, None, None, "days"), (6.0, None, None, None, "days")]),
        ("The median duration of response was 11.1 months (95% CI, 8.3 to 14.0).",
         [(11.1, None, 8.3, 14.0, "months")]),
        ("Median progression-free survival was not reached in the combination arm and 9.3 months "
         "(95% CI 7.5-11.2) in the control arm.",
         [(None, "not reached", None, None, "months"), (9.3, None, 7.5, 11.2, "months")]),
        ("Median time to first exacerbation was 120 days in the active arm and 85 days in the placebo arm.",
         [(120.0, None, None, None, "days"), (85.0, None, None, None, "days")]),
        # a range in brackets is not a CI when the sentence names no CI
        ("Median length of stay was 5 days (3-7) in the early group and 6 days (4-9) in the late group (P=0.2).",
         [(5.0, None, None, None, "days"), (6.0, None, None, None, "days")]),
        ("Median PFS was 7.1 months (range 1.2-20.3) with drug A.", [(7.1, None, None, None, "months")]),
        # ... but a second bracket in a sentence that states the CI is one
        ("Median OS was 12.1 months (95% CI 10.2-14.0) with drug A and 9.8 months (8.1-11.5) with drug B.",
         [(12.1, None, 10.2, 14.0, "months"), (9.8, None, 8.1, 11.5, "months")]),
        # an age in the subgroup phrase is not a second median
        ("Median survival was 8 months for patients aged 70 years or more.", [(8.0, None, None, None, "months")]),
    ],
)
def test_medians_of_outcomes(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _medians(text) == expected


def test_median_of_another_study_is_background() -> None:
    (e,) = extract_estimates("A median survival of 6 months has been reported for this disease.")
    assert (e.value, e.unit, e.context) == (6.0, "months", "background")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(RR 1.12; 95% CrI 0.95-1.31)", ("RR", 1.12, 0.95, 1.31, 95.0, None, None)),
        ("The OR for mortality was 1.4 (1.1, 1.8).", ("OR", 1.4, 1.1, 1.8, None, None, None)),
        ("Smoking was associated with stroke (OR, 0.45 [0.22, 0.91]).", ("OR", 0.45, 0.22, 0.91, None, None, None)),
        ("Pooled RR = 0.85 (95% CI: 0.75, 0.96; I2 = 20%).", ("RR", 0.85, 0.75, 0.96, 95.0, None, None)),
        ("Death: HR (95% CI) 0.75 (0.60-0.90).", ("HR", 0.75, 0.60, 0.90, 95.0, None, None)),
        ("an odds ratio of 2.5 with a 95% confidence interval of 1.2 to 5.1", ("OR", 2.5, 1.2, 5.1, 95.0, None, None)),
    ],
)
def test_more_print_forms(text: str, expected: tuple[object, ...]) -> None:
    assert _ratios(text) == [expected]


def test_a_trial_named_in_the_background_does_not_own_the_results() -> None:
    found = extract_estimates("Drug A in older patients\nBACKGROUND: In the XYZ-1 trial, drug A improved survival "
                              "(HR 0.70; 95% CI 0.55-0.89). RESULTS: Overall survival improved (HR 0.80; 95% CI "
                              "0.66-0.97).")
    assert [(e.value, e.context) for e in found] == [(0.70, "background"), (0.80, "result")]


def test_a_result_compared_with_another_trial_is_background() -> None:
    found = extract_estimates("A trial of drug B\nMETHODS: We randomised 200 patients. RESULTS: Our results are "
                              "consistent with the ABC trial (HR 0.75). In this trial, HR was 0.78 (95% CI 0.65-0.94).")
    assert [(e.value, e.context) for e in found] == [(0.75, "background"), (0.78, "result")]


def test_not_estimable_with_its_abbreviation_is_one_median() -> None:
    assert _medians("Median OS was not estimable (NE) with drug A versus 15.2 months with placebo.") == [
        (None, "not estimable", None, None, "months"), (15.2, None, None, None, "months")]


def test_duration_of_illness_compared_between_groups_is_an_outcome() -> None:
    assert _medians("Median duration of illness was 72 h in the drug A group and 96 h in the placebo group "
                    "(P=0.02).") == [(72.0, None, None, None, "hours"), (96.0, None, None, None, "hours")]
    assert _medians("The median duration of symptoms before enrolment was 3 days vs 4 days (P=0.5).") == []
    assert _medians("Median duration of disease was 8 years in arm A and 7 years in arm B.") == []


def test_planning_words_after_a_measured_result_do_not_make_it_a_design_assumption() -> None:
    found = extract_estimates("A trial\nRESULTS: The HR for death was 0.82 (95% CI 0.66-1.02), but the trial had "
                              "limited power. Drug A reduced relapse (HR 0.70; 95% CI 0.55-0.89), confirming the "
                              "hypothesis.")
    assert [(e.value, e.context) for e in found] == [(0.82, "result"), (0.70, "result")]
    found = extract_estimates("A trial\nMETHODS: With 300 events the study had 80% power to detect a hazard ratio "
                              "of 0.70. RESULTS: HR 0.75 (95% CI 0.60-0.93).")
    assert [(e.value, e.context) for e in found] == [(0.70, "design"), (0.75, "result")]


@pytest.mark.parametrize(
    "text",
    [
        "The median time from randomization to first dose was 2 days.",
        "Median time to randomisation after stroke onset was 5 hours.",
        "The median duration of previous therapy was 3 years in both groups.",
        "Median length of previous hospital stay was 10 days (P=0.4 between groups).",
        "The median duration of infusion was 30 min.",
        "Median duration of therapy was 9.1 months with drug A vs 6.2 months with drug B.",
    ],
)
def test_study_procedures_and_earlier_care_are_not_outcome_medians(text: str) -> None:
    assert _medians(text) == []


def test_a_median_of_a_previous_study_is_kept_as_background() -> None:
    (e,) = extract_estimates("Median PFS in a previous phase II study was 6 months.")
    assert (e.measure, e.value, e.unit, e.context) == ("median", 6.0, "months", "background")


def test_historical_controls_in_a_bracket_and_earlier_trials_are_background() -> None:
    found = extract_estimates("A trial\nCONCLUSIONS: Compared with historical controls (median survival 6 months), "
                              "median survival was 11 months with drug A.")
    assert [(e.value, e.context) for e in found] == [(6.0, "background"), (11.0, "result")]
    (e,) = extract_estimates("A trial\nIn earlier trials median survival was 12 months.")
    assert (e.value, e.context) == (12.0, "background")


def test_a_median_with_a_ci_is_an_estimate_even_without_end_point_words() -> None:
    assert _medians("Among responders, the median duration was 11 months (95% CI 8-14).") == [
        (11.0, None, 8.0, 14.0, "months")]
    assert _medians("Median duration was 5 days.") == []


# --- round 3: general print forms (sentences written for these tests) ---


def test_a_ci_printed_after_a_comma_belongs_to_the_median_and_is_never_a_median() -> None:
    text = ("Median time to relapse was longer with drug A (n = 40, 7.2 months, 95% CI, 5.1-9.9) than with "
            "drug B (n = 120, 3.9 months, 95% confidence interval (CI), 2.8-5.0).")
    assert _medians(text) == [(7.2, None, 5.1, 9.9, "months"), (3.9, None, 2.8, 5.0, "months")]
    (a, b) = [e for e in extract_estimates(text)]
    assert text[a.start:a.end] == "7.2 months, 95% CI, 5.1-9.9"
    # the CI's numbers are not medians even when the median itself is left out (a treatment duration)
    assert _medians("Median duration of therapy was 9.1 months, 95% CI, 7.0-11.2, with drug A.") == []


def test_a_range_of_ratios_without_a_point_value_is_two_ratios() -> None:
    assert _ratios("Pupils who skipped breakfast were less often attentive than the others (OR 0.6-0.9).") == [
        ("OR", 0.6, None, None, None, None, None), ("OR", 0.9, None, None, None, None, None)]
    # a point value first: the range is its CI
    assert _ratios("Attention was lower (OR 0.60, 0.45-0.82; P=0.001).") == [
        ("OR", 0.60, 0.45, 0.82, None, "=", 0.001)]


@pytest.mark.parametrize(
    "text",
    [
        "The children were aged 0.7-0.8 years (OR 2.1).",
        "Doses of 0.7-0.8 mg/kg were given; the OR was 2.1.",
        "Adherence was 60.5-70.5% in both arms.",
        "Weights of 0.6-0.9 kg were seen in the OR group.",
    ],
)
def test_ranges_that_are_not_two_ratios(text: str) -> None:
    assert all(e.value not in (0.7, 0.8, 60.5, 70.5, 0.6, 0.9) for e in extract_estimates(text))


def test_a_ratio_compared_with_a_second_ratio_of_another_subgroup() -> None:
    assert _ratios("The relative risk of falls was 0.62 in women over 70 years compared with 1.15 in men "
                   "over 70 years.") == [("RR", 0.62, None, None, None, None, None),
                                         ("RR", 1.15, None, None, None, None, None)]
    assert _ratios("The hazard ratio was 0.70 (0.55-0.89) in younger patients versus 0.92 (0.71-1.19) in "
                   "older ones.") == [("HR", 0.70, 0.55, 0.89, None, None, None),
                                      ("HR", 0.92, 0.71, 1.19, None, None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The odds ratio was 2.1 compared with 1.0 (reference) in non-smokers.",
        "The odds ratio was 2.1 compared with 3.5 mg in controls.",
        "The odds ratio was 2.1 with a median stay of 8.5 vs 6.5 days.",
        "The odds ratio was 2.1 with a rate of 8.5 vs 6.5 per 100 patient-years.",
        "The odds ratio was 2.1 compared with 12.5% in the other group.",
    ],
)
def test_numbers_compared_with_a_ratio_that_are_not_ratios(text: str) -> None:
    assert [e.value for e in extract_estimates(text) if e.measure == "OR"] == [2.1]


def test_values_with_a_bracketed_ci_in_the_sentence_after_a_ratio_printed_the_same_way() -> None:
    text = ("Treatment lowered the rate of wound infection (odds ratio 0.52 [0.31-0.88]; p=0.01). It did not "
            "change readmission (0.91 [0.60-1.38]), or falls and delirium (1.10 [0.40-3.02] and 0.77 "
            "[0.42-1.41], respectively).")
    assert _ratios(text) == [("OR", 0.52, 0.31, 0.88, None, "=", 0.01), ("OR", 0.91, 0.60, 1.38, None, None, None),
                             ("OR", 1.10, 0.40, 3.02, None, None, None), ("OR", 0.77, 0.42, 1.41, None, None, None)]


@pytest.mark.parametrize(
    "second",
    [
        "Mean stay fell (2.1 [1.1-3.0] days).",
        "Stay fell by 2.1 days (1.8 [1.1-3.0]).",
        "Pain fell (1.8 [1.1-3.0] points).",
        "The difference in pain was 1.8 [1.1-3.0].",
        "Adherence was 71.5% (70.2 [68.1-72.3]).",
        "Median stay was 6.5 [5.0-8.0].",
    ],
)
def test_bracketed_numbers_after_a_ratio_that_are_not_ratios(second: str) -> None:
    text = "Treatment lowered wound infection (odds ratio 0.52 [0.31-0.88]; p=0.01). " + second
    assert [e.value for e in extract_estimates(text) if e.measure == "OR"] == [0.52]
    # and never without a ratio printed that way in the sentence before
    assert [e for e in extract_estimates("Readmission was similar (0.91 [0.60-1.38]).") if e.measure == "OR"] == []


def test_not_reached_takes_a_unit_only_where_it_is_printed() -> None:
    # another sentence's unit is not this median's: the source does not say, so the unit is None
    text = ("RESULTS: Median overall survival was 20.1 months with drug A and 15.2 months with placebo. "
            "Median disease-free survival had not been reached in either group.")
    assert _medians(text)[-1][1:] == ("not been reached", None, None, None)
    # printed for the other group in the same sentence, or in its own CI: taken
    assert _medians("Median OS was not reached with drug A and 15.2 months with placebo.")[0][1:] == (
        "not reached", None, None, "months")
    assert _medians("Median OS was not reached (95% CI, 18.0 months to not reached).")[0][4] == "months"
    # no other median with a unit: still an estimate, its unit unknown (None), never guessed
    assert _medians("Median disease-free survival has not been reached.") == [
        (None, "not been reached", None, None, None)]
    # two units among the medians: no clear unit
    assert _medians("Median PFS was 6 months. Median stay was 9 days. Median OS was not reached.") == [
        (6.0, None, None, None, "months"), (9.0, None, None, None, "days"), (None, "not reached", None, None, None)]
    # a unit elsewhere that is not a median's (an age, a time point) is not taken
    assert _medians("Patients aged 60 years were included. At 3 years, median survival was not reached.") == [
        (None, "not reached", None, None, None)]


def test_a_ci_printed_before_the_measure_in_the_same_bracket() -> None:
    assert _ratios("Relapse was less frequent (95% CI 0.52-0.91; HR 0.69).") == [
        ("HR", 0.69, 0.52, 0.91, 95.0, None, None)]
    # a CI that cannot be this value's, or one of a rate in another bracket, is not taken
    assert _ratios("Relapse was less frequent (95% CI 0.52-0.91; HR 1.69).") == [
        ("HR", 1.69, None, None, None, None, None)]
    assert _ratios("Relapse was 12% (95% CI 10-14), HR 0.69.") == [("HR", 0.69, None, None, None, None, None)]


# --- round 4: each failure class of issue 12, with every field a reader checks (sentences written here;
# the expected values are the ones printed in each sentence) ---


def _fields(e: object, text: str) -> dict[str, object]:
    keys = ("measure", "value", "value_text", "ci_low", "ci_high", "ci_level", "p_operator", "p_value", "unit",
            "endpoint", "comparison", "population", "context")
    out = {k: getattr(e, k) for k in keys}
    out["span"] = text[e.start:e.end]  # type: ignore[attr-defined]
    return out


def _only(text: str, **expected: object) -> None:
    (e,) = extract_estimates(text)
    got = _fields(e, text)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # measure names in other forms
        ("Stroke occurred less often with apixaban (hazards ratio 0.79; 95 percent confidence interval, 0.66 to "
         "0.95).",
         dict(measure="HR", value=0.79, ci_low=0.66, ci_high=0.95, ci_level=95.0, p_value=None, context="result",
              population="overall",
              span="hazards ratio 0.79; 95 percent confidence interval, 0.66 to 0.95")),
        ("Falls were less frequent (rate ratio 0.69, 95% CI 0.52 to 0.91, p=0.008).",
         dict(measure="IRR", value=0.69, ci_low=0.52, ci_high=0.91, p_operator="=", p_value=0.008,
              span="rate ratio 0.69, 95% CI 0.52 to 0.91, p=0.008")),
        ("In the adjusted model, the aHR for death was 1.87 (95% CI 1.21-2.89).",
         dict(measure="HR", value=1.87, ci_low=1.21, ci_high=2.89, endpoint="OS",
              span="aHR for death was 1.87 (95% CI 1.21-2.89)")),
        ("Use of the device was associated with lower mortality (aOR 0.55; 95% CI 0.38-0.80).",
         dict(measure="OR", value=0.55, ci_low=0.38, ci_high=0.80, endpoint="OS")),
        ("The incidence rate ratio for hospital admission was 1.42 [95% CI, 1.10 to 1.83].",
         dict(measure="IRR", value=1.42, ci_low=1.10, ci_high=1.83, ci_level=95.0)),
        # "risk of X was lower (relative hazard in the Y group, …)": X is the end point, Y the numerator arm
        ("The risk of recurrence was lower with tamoxifen (relative hazard in the tamoxifen group, 0.62; 95 percent "
         "confidence interval, 0.48 to 0.80) than in the placebo group.",
         dict(measure="HR", value=0.62, ci_low=0.48, ci_high=0.80, ci_level=95.0, comparison="tamoxifen vs placebo")),
        # CI forms
        ("Events were fewer (relative risk 0-77 [0-57-1-04], p=0-52).",
         dict(measure="RR", value=0.77, ci_low=0.57, ci_high=1.04, p_operator="=", p_value=0.52,
              span="relative risk 0-77 [0-57-1-04], p=0-52")),
        ("Stroke was more common (relative risk 1.25 [1.01-1-55]).",
         dict(measure="RR", value=1.25, ci_low=1.01, ci_high=1.55)),
        ("Readmission fell (odds ratio (0.45 to 0.95) 0.66).",
         dict(measure="OR", value=0.66, ci_low=0.45, ci_high=0.95)),
        ("All confidence intervals were 95%. Infection was more common after catheterisation (relative hazard, 3.4 "
         "[CI, 1.6 to 7.2]).",
         dict(measure="HR", value=3.4, ci_low=1.6, ci_high=7.2, ci_level=95.0)),
        ("The new regimen was noninferior (rate ratio 1.03; lower one-sided 95% limit 0.91).",
         dict(measure="IRR", value=1.03, ci_low=0.91, ci_high=None, ci_level=95.0)),
        ("For non-inferiority, the hazard ratio for relapse with 3 versus 6 cycles was 0.91, with an upper one-sided "
         "97.5% confidence limit of 1.10.",
         dict(measure="HR", value=0.91, ci_low=None, ci_high=1.10, ci_level=97.5)),
        # P after the CI in a bracket of its own
        ("Progression was delayed (HR 0.55; 95% CI 0.41-0.74) (P < .001).",
         dict(value=0.55, ci_low=0.41, ci_high=0.74, p_operator="<", p_value=0.001)),
        ("Relapse was less common with drug A (HR 0.61, 95% CI 0.44-0.85) [P = 0.003].",
         dict(value=0.61, p_operator="=", p_value=0.003)),
        # orientation stated with the measure
        ("The hazard ratio for death with drug L as compared with placebo was 0.78 (95% confidence interval [CI], "
         "0.65 to 0.93; P=0.006).",
         dict(value=0.78, endpoint="OS", comparison="drug L vs placebo", p_value=0.006)),
        ("For overall survival, the HR (experimental/control) was 0.74 (95% CI 0.61-0.90).",
         dict(value=0.74, endpoint="OS", comparison="experimental vs control")),
    ],
)
def test_round4_ratio_forms_with_all_fields(text: str, expected: dict[str, object]) -> None:
    _only(text, **expected)


def test_round4_bracketed_ratio_takes_the_end_point_of_its_clause() -> None:
    text = "Hospital admissions were also reduced (HR 0.79; 95% CI 0.70-0.90)."
    (e,) = extract_estimates(text)
    assert e.endpoint_text == "Hospital admissions"
    text = "Patients on drug P had a 30% lower risk of stroke (HR 0.70, 95% CI 0.58-0.84, p<0.001)."
    (e,) = extract_estimates(text)
    assert (e.endpoint_text, e.value, e.p_operator, e.p_value) == ("stroke", 0.70, "<", 0.001)


def test_round4_a_list_of_covariates_with_a_named_level() -> None:
    text = ("Recurrence was not associated with tumour stage (relative hazard for stage II vs stage I, 1.3 [0.9-1.8]), "
            "but with close margins (relative hazard 2.4 [1.5-3.9]) and nodal spread (relative hazard 1.7 [1.2-2.5]).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        ("HR", 1.3, 0.9, 1.8), ("HR", 2.4, 1.5, 3.9), ("HR", 1.7, 1.2, 2.5)]
    text = "The odds ratio for grade 3 vs grade 1 was 2.2 (95% CI 1.4-3.5)."
    assert _ratios(text) == [("OR", 2.2, 1.4, 3.5, 95.0, None, None)]


def test_round4_a_ratio_named_again_by_it() -> None:
    text = ("The hazard ratio for death was 0.88 (95% CI, 0.76 to 1.02). In the subgroup with high expression, it "
            "was 0.60 (95% CI, 0.44 to 0.82).")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.endpoint, e.population) for e in found] == [
        ("HR", 0.88, 0.76, 1.02, "OS", "overall"), ("HR", 0.60, 0.44, 0.82, "OS", "subgroup: high expression")]
    assert text[found[1].start:found[1].end] == "it was 0.60 (95% CI, 0.44 to 0.82)"
    text = ("The hazard ratio for relapse was 0.81 [95% CI, 0.68 to 0.97]; it was 0.85 [95% CI, 0.64 to 1.13] in "
            "women and 0.78 [95% CI, 0.61 to 0.99] in men.")
    assert [(e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        (0.81, 0.68, 0.97), (0.85, 0.64, 1.13), (0.78, 0.61, 0.99)]
    # "it was" with no CI, or with no ratio before it, is not a ratio
    assert _ratios("The hazard ratio was 0.81 (95% CI 0.68-0.97). In women it was 0.85.") == [
        ("HR", 0.81, 0.68, 0.97, 95.0, None, None)]
    assert _ratios("Adherence was high; it was 0.85 (95% CI 0.80-0.90) in women.") == []


def test_round4_values_with_a_bracketed_ci_later_in_the_sentence_of_a_ratio() -> None:
    text = ("Cardiac death was less frequent (42 vs 57 events; relative risk 0.74 [0.50-1.10], p=0.13), but "
            "heart failure was more frequent with drug Q (88 vs 61; 1.44 [1.04-2.00], p=0.03).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        ("RR", 0.74, 0.50, 1.10), ("RR", 1.44, 1.04, 2.00)]
    # a mean difference printed the same way is not taken
    text = ("Cardiac death was less frequent (relative risk 0.74 [0.50-1.10]), and the mean stay was shorter "
            "(difference 1.4 [0.9-1.9]).")
    assert [e.value for e in extract_estimates(text)] == [0.74]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The stapled group had shorter operating time (median 18 [range 9-25] vs 22 [15-35] mins).",
         [(18.0, None, None, None, "minutes"), (22.0, None, None, None, "minutes")]),
        ("Median hospital stay was 4 d in the early group and 6 d in the late group (P = 0.01).",
         [(4.0, None, None, None, "days"), (6.0, None, None, None, "days")]),
        ("The median time to symptom resolution was 5 days with drug R (95% CI, 4 to 6) versus 8 days with placebo "
         "(95% CI, 7 to 9).", [(5.0, None, 4.0, 6.0, "days"), (8.0, None, 7.0, 9.0, "days")]),
        ("At a median follow-up of 30 months, the median duration of response had not been reached.",
         [(None, "not been reached", None, None, None)]),  # the follow-up's unit is not its own
        ("The median duration of labour was 7.5 hours in the oxytocin group and 9.0 hours in the placebo group.",
         [(7.5, None, None, None, "hours"), (9.0, None, None, None, "hours")]),
        ("Mothers in the counselling arm breastfed exclusively for a median of 4 months, compared with 1 month in "
         "the control arm (P<0.001).", [(4.0, None, None, None, "months"), (1.0, None, None, None, "months")]),
        ("Time on treatment was longer with drug S (n = 30, 6.1 months, 95% CI, 4.0-8.2) than with drug T (n = 90, "
         "2.9 months, 95% CI, 2.1-3.7); the median duration of treatment was thus doubled.", []),
    ],
)
def test_round4_medians(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _medians(text) == expected


def test_round4_treatment_time_compared_with_cis_is_an_outcome() -> None:
    text = ("The median duration of treatment was longer with drug S (n = 30, 6.1 months, 95% CI, 4.0-8.2) than with "
            "drug T (n = 90, 2.9 months, 95% CI, 2.1-3.7).")
    assert _medians(text) == [(6.1, None, 4.0, 8.2, "months"), (2.9, None, 2.1, 3.7, "months")]


def test_round4_medians_per_group_in_a_later_sentence_without_the_word_median() -> None:
    text = ("Fever lasted 20 h less with drug U (median duration 70.2 h [95% CI 61.0-80.5]) than with placebo "
            "(90.4 h [81.3-99.0]). In children treated early, fever ended sooner with drug U compared with placebo "
            "(drug U 60.1 h [52.2-71.0], p=0.01; placebo 88.0 h [77.5-97.1]).")
    found = [e for e in extract_estimates(text) if e.measure == "median"]
    assert [(e.value, e.ci_low, e.ci_high, e.unit) for e in found] == [
        (70.2, 61.0, 80.5, "hours"), (90.4, 81.3, 99.0, "hours"), (60.1, 52.2, 71.0, "hours"),
        (88.0, 77.5, 97.1, "hours")]
    assert [e.arm for e in found[2:]] == ["drug U", "placebo"]
    # numbers printed that way with another unit, or in a sentence about means, are not medians
    text = ("Fever lasted less with drug U (median duration 70.2 h [95% CI 61.0-80.5]). Mean weight was 20.1 kg "
            "[18.0-22.2] and mean stay 3.1 days [2.5-3.7].")
    assert [e.value for e in extract_estimates(text) if e.measure == "median"] == [70.2]


@pytest.mark.parametrize(
    "text",
    [
        "Children had a median duration of symptoms of 3 days (IQR 2-5).",
        "The median time since the last relapse was 5.4 months.",
        "Treatment lasted a median of 18 weeks (range, 2 to 52) in the extended arm.",
        "The median time on treatment was 5.6 months for drug A versus 3.2 months for drug B.",
        "Patients were treated for a median of 6 months in arm A and 4 months in arm B (P=0.02).",
    ],
)
def test_round4_durations_that_are_not_outcomes(text: str) -> None:
    assert _medians(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another trial's result in an objective, this trial's in the results
        ("A study of drug D\nOBJECTIVE: In an earlier placebo-controlled trial, drug D lowered mortality "
         "(hazard ratio, 0.70). RESULTS: In our trial, the HR for death was 0.95 (95% CI 0.81-1.11).",
         [(0.70, "background"), (0.95, "result")]),
        ("In 2015, a cohort study by another group found a hazard ratio of 1.40 (95% CI 1.12-1.75) for fractures. "
         "In our emulation, the hazard ratio was 1.02 (95% CI 0.90-1.15).", [(1.40, "background"), (1.02, "result")]),
        # "were reported in 18%" is this study's data, not another study's
        ("Serious adverse events were reported in 18% and 15% of patients (risk ratio 1.20, 95% CI 0.93-1.55).",
         [(1.20, "result")]),
        # the cue belongs to its own clause
        ("A median survival of 9 months was reported previously; in the present cohort, the median overall survival "
         "was 13.2 months (95% CI, 11.0 to 15.4).", [(9.0, "background"), (13.2, "result")]),
        ("The trial was powered to detect a hazard ratio of 0.75. RESULTS: The hazard ratio for progression or death "
         "was 0.71 (95% CI, 0.58-0.87; P<0.001).", [(0.75, "design"), (0.71, "result")]),
    ],
)
def test_round4_context(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(e.value, e.context) for e in extract_estimates(text)] == expected


def test_round4_endpoint_words() -> None:
    (e,) = extract_estimates("The risk of disease progression or death was lower with drug G (HR 0.60; 95% CI "
                             "0.49-0.73).")
    assert (e.endpoint, e.value) == ("PFS", 0.60)
    (e,) = extract_estimates("Drug C reduced the risk of death from any cause (hazard ratio, 0.84; 95% CI, 0.74 to "
                             "0.95).")
    assert e.endpoint == "OS"
    (e,) = extract_estimates("The hazard ratio for progression or death, control versus experimental, was 1.52 (95% "
                             "CI 1.18-1.96).")
    assert (e.endpoint, e.endpoint_text, e.comparison, e.direction_source) == (
        "PFS", "progression or death", "control vs experimental", "text")


@pytest.mark.parametrize(
    "text",
    [
        "Patients aged 1-12 years were enrolled and scores ranged 1-10; odds ratio 1-32 (1-02-1-61).",
        "The scale ran 1-10 (HR 0.80, 95% CI 0.70-0.91).",
    ],
)
def test_round4_hyphen_decimals_only_among_estimates(text: str) -> None:
    values = [v for e in extract_estimates(text) for v in (e.value, e.ci_low, e.ci_high)]
    assert 1.12 not in values and 1.1 not in values and 1.10 not in values
    assert all(v is not None for v in values)


def test_round4_a_median_given_as_a_bound_keeps_the_bound_as_text() -> None:
    text = ("Patients with the favourable profile had a median overall survival of > 2 years, the others a median "
            "OS ≤ 9 months.")
    assert _medians(text) == [(None, "> 2 years", None, None, "years"), (None, "≤ 9 months", None, None, "months")]
    # a bound in a definition, or a prognosis described "with a median …", is not an estimate
    assert _medians("We used the median sleep time to define short sleep (ie, <6 hours).") == []
    assert _medians("New drugs are used in advanced disease with a median overall survival of <1 year.") == []


def test_round4_times_more_likely_with_its_own_ci_is_a_ratio() -> None:
    text = "Children on drug V were 3.2 times more likely to stay dry for 7 nights (95% CI 1.5 to 6.8) than others."
    _only(text, measure="RR", value=3.2, ci_low=1.5, ci_high=6.8, ci_level=95.0,
          span="3.2 times more likely to stay dry for 7 nights (95% CI 1.5 to 6.8)")
    assert _ratios("Smokers had 2.1 times higher odds of relapse (95% CI 1.3-3.4).") == [
        ("OR", 2.1, 1.3, 3.4, 95.0, None, None)]
    # without a CI of its own, or with a CI that cannot be its own, "times" is not reported
    assert _ratios("Drug V users were 3.2 times more likely to stay dry.") == []
    assert _ratios("Use rose 3 times more often (mean 12.5 days, 95% CI 10.1 to 14.9).") == []


def test_round4_numbers_printed_without_a_leading_zero() -> None:
    assert _ratios("Use of drug W was associated with fewer falls (OR .81, 95% CI .68-.97).") == [
        ("OR", 0.81, 0.68, 0.97, 95.0, None, None)]


def test_round4_respectively_gives_each_median_its_arm_or_end_point() -> None:
    found = [e for e in extract_estimates("Median PFS were 6.4 and 3.9 months in arms A and B, respectively.")]
    assert [(e.value, e.arm, e.endpoint) for e in found] == [(6.4, "arm A", "PFS"), (3.9, "arm B", "PFS")]
    found = [e for e in extract_estimates("The median PFS and OS were 5.8 and 13.1 months, respectively.")]
    assert [(e.value, e.endpoint, e.unit) for e in found] == [(5.8, "PFS", "months"), (13.1, "OS", "months")]


def test_round4_medians_attachment_details() -> None:
    (a, b) = extract_estimates("Median (IQR) time to recovery was 4 (2-6) days with drug X and 6 (4-9) days with "
                               "placebo.")
    assert (a.endpoint_text, a.value, a.ci_low, b.value) == ("time to recovery", 4.0, None, 6.0)
    # a time point after "not reached" is not the median's unit
    (e,) = extract_estimates("Median event-free survival had not been reached at 3 years in either arm.")
    assert (e.value_text, e.unit) == ("not been reached", None)


def test_round4_the_exposure_named_before_a_bracketed_ratio_is_not_its_end_point() -> None:
    (e,) = extract_estimates("Vaccination was protective (adjusted odds ratio [AOR], 0.45; 95% CI, 0.28-0.72).")
    assert (e.measure, e.value, e.ci_low, e.ci_high, e.endpoint_text) == ("OR", 0.45, 0.28, 0.72, None)
    (e,) = extract_estimates("Stroke was less frequent with drug Y (HR 0.66, 95% CI 0.50-0.87).")
    assert e.endpoint_text == "Stroke"


def test_round4_a_bound_in_words_is_not_a_median() -> None:
    assert _medians("Median survival of patients with stage IV disease is typically less than 12 months.") == []
    assert _medians("Median time to relapse was at least 18 months in responders.") == []
    # one value stated for both groups is still the outcome's median: one row per arm (the protocol's round-17
    # convention; since round 27 also where the text names neither arm)
    assert _medians("The median time to mobilisation was 2 days in both groups.") == [
        (2.0, None, None, None, "days")] * 2


def test_round4_a_trial_cited_in_the_conclusions_with_as_in_is_not_the_documents_own() -> None:
    text = ("A trial of drug K\nBACKGROUND: The KEYNOTE-X1 trial showed a survival benefit of drug K (HR 0.69). "
            "RESULTS: Median overall survival was 16.2 months with drug K and 12.4 months with placebo (hazard "
            "ratio, 0.74; 95% CI, 0.61 to 0.90). CONCLUSIONS: As in KEYNOTE-X1, drug K prolonged survival.")
    assert [(e.measure, e.value, e.context) for e in extract_estimates(text)] == [
        ("HR", 0.69, "background"), ("median", 16.2, "result"), ("median", 12.4, "result"), ("HR", 0.74, "result")]


def test_round4_a_sentence_opened_by_a_group_after_the_main_result_is_a_subgroup() -> None:
    text = ("The rate ratio for exacerbations was 0.52 (95% CI, 0.41 to 0.66). In patients with eosinophils of 300 "
            "cells or more, the rate ratio was 0.41 (95% CI, 0.30 to 0.56).")
    assert [(e.value, e.population) for e in extract_estimates(text)] == [
        (0.52, "overall"), (0.41, "subgroup: eosinophils of 300 cells or more")]
    # the first estimate of a text is the population's, whatever the opener
    (e,) = extract_estimates("In patients with asthma, the rate ratio was 0.52 (95% CI, 0.41 to 0.66).")
    assert e.population == "overall"


def test_round4_each_ratio_of_a_list_takes_the_outcome_named_before_its_bracket() -> None:
    found = extract_estimates("Drug N reduced mortality (RR 0.86, 95% CI 0.77-0.96) and hospitalisation (RR 0.79, "
                              "95% CI 0.70-0.89).")
    assert [(e.value, e.endpoint_text, e.endpoint) for e in found] == [
        (0.86, "mortality", "OS"), (0.79, "hospitalisation", "other")]


@pytest.mark.parametrize(
    "text",
    [
        "Relapse was less frequent (HR 0.64; 95%-CI 0.50-0.82).",
        "Relapse was less frequent (HR 0.64, 95% C.I. 0.50-0.82).",
        "Relapse was less frequent (HR 0.64 with 95% CI 0.50-0.82).",
    ],
)
def test_round4_ci_words_printed_oddly(text: str) -> None:
    assert _ratios(text) == [("HR", 0.64, 0.50, 0.82, 95.0, None, None)]


def test_round4_median_lists_and_end_points_after_the_values() -> None:
    text = "Median PFS: drug A, 10.5 months; drug B, 6.9 months."
    assert [(e.value, e.arm, e.endpoint, e.unit) for e in extract_estimates(text)] == [
        (10.5, "drug A", "PFS", "months"), (6.9, "drug B", "PFS", "months")]
    text = "The median was 11 months for progression-free survival and 19 months for overall survival."
    assert [(e.value, e.arm, e.endpoint) for e in extract_estimates(text)] == [(11.0, None, "PFS"), (19.0, None, "OS")]
    text = "Time to progression was longer in group A (median, 12.4 weeks) than in group B (median, 8.1 weeks)."
    assert _medians(text) == [(12.4, None, None, None, "weeks"), (8.1, None, None, None, "weeks")]
    text = "Median time to treatment failure was 3.7 months for A versus 2.5 months for B."
    assert [(e.value, e.arm) for e in extract_estimates(text)] == [(3.7, "A"), (2.5, "B")]
    (a, b) = extract_estimates("Median (95% CI) PFS was 7.9 (6.4-9.2) months for A and 5.6 (4.8-6.7) months for B.")
    assert (a.ci_low, a.ci_high, a.ci_level, b.ci_low, b.ci_high, b.ci_level) == (6.4, 9.2, 95.0, 4.8, 6.7, 95.0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A trial of drug P\nRESULTS: Drug P reduced mortality (HR 0.80, 95% CI 0.68-0.94). Unlike the ALPHA-2 trial, "
         "which found a hazard ratio of 0.65, we saw no benefit in women (HR 0.97, 95% CI 0.75-1.25).",
         [(0.80, "result"), (0.65, "background"), (0.97, "result")]),
        # the heading on the line after the title opens the background section
        ("A trial of drug Q\nBACKGROUND: Earlier work suggested a lower risk of stroke with drug Q (odds ratio 0.72). "
         "RESULTS: The odds ratio for stroke was 0.91 (95% CI 0.70-1.18).", [(0.72, "background"), (0.91, "result")]),
        # a cue after "compared with" belongs to the other number
        ("Trial S\nRESULTS: The HR for death was 0.70 (95% CI 0.58-0.85), compared with 0.90 in the earlier phase 2 "
         "study.", [(0.70, "result")]),
    ],
)
def test_round4_context_of_the_documents_own_numbers(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(e.value, e.context) for e in extract_estimates(text)] == expected


def test_round4_our_cohort_is_not_a_subgroup() -> None:
    (e,) = extract_estimates("In our cohort the HR was 1.31 (95% CI 1.10-1.56).")
    assert (e.value, e.population, e.context) == (1.31, "overall", "result")


def test_round4_not_estimable_in_words_and_time_points_after_the() -> None:
    assert _medians("Median PFS could not be estimated in the combination arm and was 9.1 months in the control "
                    "arm.") == [(None, "could not be estimated", None, None, "months"),
                                (9.1, None, None, None, "months")]
    assert _medians("Median DoR was not evaluable (95% CI 7.4 months-NE).") == [
        (None, "not evaluable", 7.4, None, "months")]
    found = extract_estimates("Median duration of response was not yet reached at the 12 months analysis, with PFS "
                              "8.0 months.")
    assert [(e.value, e.value_text, e.endpoint) for e in found] == [
        (None, "not yet reached", "DoR"), (8.0, None, "PFS")]


def test_round4_named_levels_and_doses_in_ratio_lists() -> None:
    text = "Odds ratios for quartiles 2, 3 and 4 versus 1 were 1.3 (0.9-1.8), 1.6 (1.2-2.1) and 2.4 (1.8-3.2)."
    assert [(e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        (1.3, 0.9, 1.8), (1.6, 1.2, 2.1), (2.4, 1.8, 3.2)]
    text = "Versus placebo, the HRs were 0.79 (95% CI, 0.66-0.95) for 5 mg and 0.71 (95% CI, 0.59-0.86) for 10 mg."
    assert _ratios(text) == [("HR", 0.79, 0.66, 0.95, 95.0, None, None), ("HR", 0.71, 0.59, 0.86, 95.0, None, None)]


def test_round4_decimal_commas_among_estimates() -> None:
    assert _ratios("Mortality was lower (HR 0,72; IC 95% 0,55-0,94).") == [("HR", 0.72, 0.55, 0.94, 95.0, None, None)]
    assert _medians("Median PFS was 8,1 months vs 5,2 months.") == [(8.1, None, None, None, "months"),
                                                                 (5.2, None, None, None, "months")]
    # thousands and lists keep their commas; a ratio is never 0
    assert _ratios("Of 1,206 patients in groups 1,2 and 3, the OR was 1.4 (1.1-1.8).") == [
        ("OR", 1.4, 1.1, 1.8, None, None, None)]
    assert _ratios("HR 0 was recorded.") == []


def test_round4_a_group_named_before_a_later_bracket_is_a_subgroup() -> None:
    text = ("Drug P reduced mortality (HR 0.80, 95% CI 0.68-0.94), but not in women (HR 0.97, 95% CI 0.75-1.25) or "
            "in patients with diabetes (HR 1.02, 95% CI 0.80-1.30).")
    assert [(e.value, e.population) for e in extract_estimates(text)] == [
        (0.80, "overall"), (0.97, "subgroup: women"), (1.02, "subgroup: diabetes")]
    # the first estimate of a text is not a subgroup's because of its wording
    (e,) = extract_estimates("Mortality was lower in patients with heart failure (HR 0.80, 95% CI 0.68-0.94).")
    assert e.population == "overall"


@pytest.mark.parametrize(
    "text",
    [
        "The median duration of hospital stay before referral was 9 days versus 7 days (P=0.3).",
        "Median duration of pain before consultation was 3 weeks.",
        "The median duration of anticoagulant therapy was 6 months (95% CI 5-7) in the extended group and 3 months "
        "(95% CI 2-4) in the standard group.",
    ],
)
def test_round4_more_durations_that_are_not_outcomes(text: str) -> None:
    assert _medians(text) == []


def test_round4_duration_of_response_to_therapy_is_an_outcome() -> None:
    assert _medians("The median duration of response to therapy was 11.2 months (95% CI 9.0-13.4).") == [
        (11.2, None, 9.0, 13.4, "months")]


@pytest.mark.parametrize(
    "text",
    [
        "Symptoms had lasted a median of 3 days (IQR 2-4) before the first visit.",
        "Women had been in remission for a median of 26 months when they entered the trial.",
        "Median time between symptom onset and treatment was 36 hours.",
        "At baseline, median duration of remission was 3.1 years in group A and 2.9 years in group B.",
    ],
)
def test_round4_states_before_the_study_are_not_outcome_medians(text: str) -> None:
    assert _medians(text) == []


def test_round4_an_outcome_measured_at_baseline_is_still_its_median() -> None:
    text = "Delay from symptom onset to hospital arrival at baseline (median, 150 minutes) was similar in both regions."
    assert _medians(text) == [(150.0, None, None, None, "minutes")]


def test_round4_measure_names_with_a_hyphen() -> None:
    assert _ratios("The hazard-ratio for death was 0.81 (0.70-0.94).") == [("HR", 0.81, 0.70, 0.94, None, None, None)]
    assert _ratios("The odds-ratio was 1.9 (95% CI 1.2-3.0).") == [("OR", 1.9, 1.2, 3.0, 95.0, None, None)]


def test_a_named_population_is_the_population_field_not_end_point_text() -> None:
    found = extract_estimates("Median progression-free survival with drug A in the PD-L1 positive population was "
                              "9.1 months (95% CI, 7.0 to 11.2).")
    assert [(e.value, e.population, e.endpoint) for e in found] == [(9.1, "subgroup: PD-L1 positive", "PFS")]
    # the group named after the value: a population, not an arm
    found = extract_estimates("Median overall survival with drug A was 14.2 months (95% CI, 11.0 to 17.9) in the "
                              "PD-L1 positive population.")
    assert [(e.value, e.population, e.arm, e.endpoint) for e in found] == [
        (14.2, "subgroup: PD-L1 positive", "drug A", "OS")]
    # the whole population is the overall one
    found = extract_estimates("Median progression-free survival was 7.4 months (95% CI, 6.1 to 8.8) in the "
                              "intention-to-treat population.")
    assert [(e.value, e.population) for e in found] == [(7.4, "overall")]


def test_round5_forms_of_whole_abstracts() -> None:
    """Round 5 (set C's dev split; each sentence here is written anew for the test)."""
    def got(text: str) -> list[tuple[object, ...]]:
        return [(e.measure, e.value, e.ci_low, e.ci_high, e.arm) for e in extract_estimates(text)]

    # "medians of A and B months", and an end point's event "occurred at a median of"
    assert got("Survival was longer with tozurib, with medians of 21.4 and 17.9 months.")[:2] == [
        ("median", 21.4, None, None, None), ("median", 17.9, None, None, None)]
    assert got("Progression or death occurred at a median of 9.2 months in the tozurib group and 4.1 months "
               "in the placebo group.") == [("median", 9.2, None, None, "tozurib"),
                                            ("median", 4.1, None, None, "placebo")]
    assert got("Patients were reviewed at a median of 3 months.") == []  # a time of assessment
    # characteristics, not outcomes: a baseline value, the length of the operation, of the current episode
    for text in ("Median baseline walking time was 14 minutes.", "The median duration of surgery was 140 minutes.",
                 "The operation lasted a median of 95 minutes.",
                 "The median duration of the index episode was 5 months."):
        assert got(text) == [], text
    # a cell product's manufacturing time is a process, not an outcome (a discharge time still is)
    assert got("The median time from apheresis to product release was 19 days.") == []
    assert [v for _, v, *_ in got("The median time to release from hospital was 5 days in the A group and 7 days "
                                  "in the B group (P=0.02).")] == [5.0, 7.0]
    # measure names and CI words
    assert got("The incidence ratio for stroke during days 1–14 after infection was 3.20 (95% CI 2.10–4.87).") == [
        ("IRR", 3.20, 2.10, 4.87, None)]
    assert got("In a Cox model, the relative risk of death was 0.84 (95% CI 0.70–1.01).")[0][0] == "HR"
    assert got("The relative risk of death was 0.84 (95% CI 0.70–1.01).")[0][0] == "RR"
    assert got("The odds ratio was 1.12 (95% Bayesian credible interval 0.90–1.39).") == [
        ("OR", 1.12, 0.90, 1.39, None)]


def test_round5_context_of_a_structured_abstract() -> None:
    text = ("Background: In the phase 2 KESTREL-4 trial, drug A prolonged survival (hazard ratio 0.61; 95% CI "
            "0.42-0.88). Methods: We randomly assigned 500 patients to drug A or placebo. Results: The hazard ratio "
            "for death was 0.80 (95% CI 0.66-0.97). Benefit was seen in all subgroups, including patients previously "
            "treated with a platinum doublet (hazard ratio, 0.75; 95% CI, 0.58 to 0.97).")
    est = {e.value: e for e in extract_estimates(text)}
    assert (est[0.61].context, est[0.61].subject) == ("background", "KESTREL-4")  # no title line: not its own
    assert est[0.80].context == "result" and est[0.80].population == "overall"
    assert est[0.75].context == "result"  # "previously treated" describes patients, not an earlier study
    assert est[0.75].population == "subgroup: patients previously treated with a platinum doublet"


def test_round5_lists_whose_labels_follow_their_values() -> None:
    def got(text: str) -> list[tuple[object, ...]]:
        return [(e.value, e.ci_low, e.ci_high, e.covariate, e.groups) for e in extract_estimates(text)]

    # each label belongs to the value before it (it used to be given to the next value)
    assert got("Against never drinkers, the adjusted hazard ratios were 1.05 (95% CI 0.91-1.21) for 1-6 drinks, "
               "1.22 (1.04-1.43) for 7-13 drinks, and 1.41 (1.15-1.73) for 14 or more drinks per week.") == [
        (1.05, 0.91, 1.21, "1-6 drinks", ()), (1.22, 1.04, 1.43, "7-13 drinks", ()),
        (1.41, 1.15, 1.73, "14 or more drinks per week", ())]
    # "for A versus B" after each value is that value's comparison, not a covariate
    assert got("The rate ratio was 0.42 (95% CI, 0.30 to 0.59) for drug X versus placebo and 0.77 (95% CI, "
               "0.55 to 1.08) for drug X versus drug Y.") == [
        (0.42, 0.30, 0.59, None, ("drug X", "placebo")), (0.77, 0.55, 1.08, None, ("drug X", "drug Y"))]
    # groups of people named where an end point or a covariate would be are subgroups, each its own
    for text in ("The hazard ratios were: for men, 1.10 (95% CI 0.90-1.34); for women, 1.32 (1.05-1.66).",
                 "The hazard ratio for death for men was 1.10 (95% CI 0.90-1.34) and for women 1.32 (1.05-1.66)."):
        assert [(e.value, e.population, e.covariate) for e in extract_estimates(text)] == [
            (1.10, "subgroup: men", None), (1.32, "subgroup: women", None)], text
    est = extract_estimates("The hazard ratio for death for men was 1.10 (95% CI 0.90-1.34).")
    assert (est[0].endpoint_text, est[0].endpoint) == ("death", "OS")
    # in a model of predictors, the same words name a covariate (women compared with men), not a subgroup
    est = extract_estimates("In the multivariable model, the hazard ratio for women was 1.30 (95% CI 1.10-1.54).")
    assert (est[0].covariate, est[0].population) == ("women", "overall")
    # "…; in patients with X, it was …" after the main estimate: X's, with the same end point
    est = extract_estimates("The HR for death was 0.80 (95% CI 0.70-0.91); in patients with diabetes, it was 0.62 "
                            "(0.45-0.85).")
    assert [(e.value, e.endpoint_text, e.population) for e in est] == [
        (0.80, "death", "overall"), (0.62, "death", "subgroup: diabetes")]
    # the first estimate's opening group is the trial's population, not a subgroup
    assert extract_estimates("In patients with advanced cancer, the HR for death was 0.62 (95% CI 0.45-0.85)."
                             )[0].population == "overall"
    # the reference named between the value and its CI
    assert got("Falls were more common (incidence rate ratio 1.63 versus non-users; 95% CI [1.21, 2.20]).") == [
        (1.63, 1.21, 2.20, None, ())]
    # hyphen decimals in bare items, over a chain of sentences back to the named ratio
    text = ("Smoking was associated with the infection (adjusted odds ratio 1-52 [95% CI 1-20-1-93]). "
            "Heavy smoking raised the odds further (2-44 [1-71-3-48]). Former smokers had no excess (1-04 "
            "[0-81-1-33]).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        ("OR", 1.52, 1.20, 1.93), ("OR", 2.44, 1.71, 3.48), ("OR", 1.04, 0.81, 1.33)]


def test_round5_conference_and_journal_forms_of_set_d() -> None:
    def got(text: str) -> list[tuple[object, ...]]:
        return [(e.measure, e.value, e.ci_low, e.ci_high, e.endpoint) for e in extract_estimates(text)]

    # conference abstracts' "mOS", "mPFS" are medians of OS and PFS
    assert got("mPFS 7.4 v 5.2 mo, HR .70 (95% CI .58-.85). mOS 15.0 v 12.9 mo, HR .86 (.71-1.04).") == [
        ("median", 7.4, None, None, "PFS"), ("median", 5.2, None, None, "PFS"), ("HR", 0.70, 0.58, 0.85, "PFS"),
        ("median", 15.0, None, None, "OS"), ("median", 12.9, None, None, "OS"), ("HR", 0.86, 0.71, 1.04, "OS")]
    assert got("The terms mos and amOS are not medians.") == []
    # a CI whose upper limit is not estimable keeps its lower limit
    assert got("Median PFS was 21.7 months (95% CI: 15.3–not estimable).") == [("median", 21.7, 15.3, None, "PFS")]
    # a range of scores inside the end point's name is not a value
    assert [v for _, v, *_ in got("Median time to worsening of ECOG PS from 0-1 to ≥2 was 7.7 v 5.1 months.")] == [
        7.7, 5.1]


def test_round5_a_planned_median_without_the_word_median() -> None:
    def got(text: str) -> list[tuple[object, ...]]:
        return [(e.value, e.unit, e.context, e.endpoint) for e in extract_estimates(text)]

    # the target of the planned comparison is a design median too
    assert got("Assuming a median OS of 9 months with docetaxel, 300 patients give 85% power to detect an "
               "improvement to 12 months.") == [(9.0, "months", "design", "OS"), (12.0, "months", "design", "OS")]
    assert got("In an earlier trial, median PFS with placebo was 3 months; we therefore planned this study to "
               "detect an improvement to 5 months.")[1] == (5.0, "months", "design", "PFS")
    # a result that improved is not a plan; a change from one median to another keeps both values
    assert [c for _, _, c, _ in got("Median PFS improved from 5.1 to 8.2 months.")] == ["result", "result"]
    assert [v for v, *_ in got("The study was powered to detect an increase in median PFS from 6 to 9 months.")
            ] == [6.0, 9.0]


def test_round5_ratio_forms_of_set_d() -> None:
    def got(text: str) -> list[tuple[object, ...]]:
        return [(e.measure, e.value, e.ci_low, e.ci_high, e.groups) for e in extract_estimates(text)]

    # a hyphen glued to HR or CI joins it to the number; it is no minus sign and no "HR-negative"
    assert got("Older age (HR-2.15, CI-1.30-3.55) predicted relapse.") == [("HR", 2.15, 1.30, 3.55, ())]
    assert got("HR-negative tumours responded (HR 0.80, 95% CI 0.70-0.91).") == [("HR", 0.80, 0.70, 0.91, ())]
    # the comparison between the value and its CI, in its own order
    assert got("Radiotherapy was associated with better control (HR 2.9 for no radiotherapy vs radiotherapy; 95% "
               "CI 1.8-4.7).") == [("HR", 2.9, 1.8, 4.7, ("no radiotherapy", "radiotherapy"))]
    # "OR per hour" is an odds ratio, not the conjunction "or"
    assert got("Delay raised mortality (OR per hour, 1.06; 95% CI, 1.02 to 1.10).") == [("OR", 1.06, 1.02, 1.10, ())]


def test_round5_context_of_unstructured_and_non_inferiority_abstracts() -> None:
    # one "Background and aims:" heading over the whole abstract: after "In this study we …" it is its own
    est = extract_estimates("Background and aims: In this study we reviewed patients treated for appendicitis in "
                            "our unit. The median hospital stay was 3 days after laparoscopic and 5 days after open "
                            "surgery.")
    assert [(e.value, e.context) for e in est] == [(3.0, "result"), (5.0, "result")]
    # a non-inferiority margin given as a ratio is a design number; the result with its CI is not
    est = extract_estimates("Methods: The non-inferiority margin was a hazard ratio of 1.25. Results: The HR was "
                            "0.91 (90% CI 0.78-1.06).")
    assert [(e.value, e.context) for e in est] == [(1.25, "design"), (0.91, "result")]


def test_round5_how_fast_care_was_given_is_not_an_outcome_median() -> None:
    for text in ("The median time from admission to the operating room was 9 h.",
                 "The median time to antibiotics was 1.8 h.", "Median door-to-balloon time was 61 minutes.",
                 "Median time from surgery to adjuvant chemotherapy was 45 days.",
                 "The median duration of device use was 7.5 months."):
        assert extract_estimates(text) == [], text
    # times to events of the disease, and named oncology end points about therapy, still are
    assert [e.value for e in extract_estimates("Median time to first cytotoxic chemotherapy was 20.5 vs 10.8 "
                                               "months (HR 0.55; 95% CI 0.45-0.68).")] == [20.5, 10.8, 0.55]
    assert [e.value for e in extract_estimates("Median time to resolution of fever was 2 days in the A group and "
                                               "3 days in the B group (P=0.01).")] == [2.0, 3.0]


# ---------------------------------------------------------------------------
# Round 6 (session 7): sentences written for these tests
# ---------------------------------------------------------------------------

def test_round6_respectively_lists_of_three_or_more_groups() -> None:
    found = extract_estimates("Median survival times were 14.3, 11.2 and 9.8 months in arms A, B and C, respectively.")
    assert [(e.value, e.arm) for e in found] == [(14.3, "arm A"), (11.2, "arm B"), (9.8, "arm C")]
    found = extract_estimates("Median PFS was 8.1, 6.4, and 4.2 months in the high-dose, low-dose, and placebo groups, "
                              "respectively (P = 0.003).")
    assert [(e.value, e.arm, e.endpoint) for e in found] == [
        (8.1, "high-dose", "PFS"), (6.4, "low-dose", "PFS"), (4.2, "placebo", "PFS")]
    found = extract_estimates("The median times to recovery were 4, 5 and 7 days for groups I, II and III, "
                              "respectively.")
    assert [(e.value, e.arm, e.unit) for e in found] == [(4.0, "group I", "days"), (5.0, "group II", "days"),
                                                         (7.0, "group III", "days")]
    # a list whose length differs from the values' gives no arms rather than shifted ones
    found = extract_estimates("Median survival times were 14.3 and 9.8 months in arms A, B and C, respectively.")
    assert [e.arm for e in found] == [None, None]



def test_round6_clearance_times_and_events_after_a_median_are_outcome_medians() -> None:
    found = extract_estimates("Median fever clearance time was 36 hours (95% CI 30-42) with artesunate and 48 hours "
                              "(95% CI 42-54) with quinine.")
    assert [(e.value, e.ci_low, e.ci_high, e.unit, e.arm) for e in found] == [
        (36.0, 30.0, 42.0, "hours", "artesunate"), (48.0, 42.0, 54.0, "hours", "quinine")]
    found = extract_estimates("Fever cleared after a median of 36 hours with artesunate and 48 hours with quinine.")
    assert [(e.value, e.arm) for e in found] == [(36.0, "artesunate"), (48.0, "quinine")]
    # a drug's clearance is still not a time
    assert extract_estimates("Median creatinine clearance was 62 mL/min at 12 months in both groups.") == []


def test_round6_range_limits_and_differences_are_not_medians() -> None:
    found = extract_estimates("The induction-to-delivery interval was shorter with misoprostol (median 11.2 h, range "
                              "4.1-30.5) than with dinoprostone (median 16.8 h, range 5.0-41.2).")
    assert [(e.value, e.unit, e.arm, e.ci_low) for e in found] == [
        (11.2, "hours", "misoprostol", None), (16.8, "hours", "dinoprostone", None)]
    assert extract_estimates("Patients given oseltamivir recovered a median of 1.3 days sooner than those given "
                             "placebo (P<0.001).") == []


def test_round6_ratio_lists_with_respectively() -> None:
    found = extract_estimates("The hazard ratios for death were 0.82, 0.76 and 0.71 for the 10-mg, 20-mg and 40-mg "
                              "doses, respectively (95% CIs 0.70-0.96, 0.64-0.90 and 0.60-0.84).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level, e.covariate, e.endpoint) for e in found] == [
        ("HR", 0.82, 0.70, 0.96, 95.0, "10-mg doses", "OS"), ("HR", 0.76, 0.64, 0.90, 95.0, "20-mg doses", "OS"),
        ("HR", 0.71, 0.60, 0.84, 95.0, "40-mg doses", "OS")]
    # a CI list whose length differs from the values' is given to none of them
    found = extract_estimates("The hazard ratios were 0.82, 0.76 and 0.71, respectively (95% CIs 0.70-0.96 and "
                              "0.64-0.90).")
    assert [(e.value, e.ci_low) for e in found] == [(0.82, None), (0.76, None), (0.71, None)]
    # "quintiles 2 through 5" names the levels; the values follow
    found = extract_estimates("The relative risks of diabetes for quintiles 2 through 5 were 1.10, 1.25, 1.47 and "
                              "1.89, respectively.")
    assert [(e.measure, e.value) for e in found] == [("RR", 1.10), ("RR", 1.25), ("RR", 1.47), ("RR", 1.89)]
    found = extract_estimates("The relative risks were 1.10 and 1.25 for men and women, respectively.")
    assert [(e.value, e.population) for e in found] == [(1.10, "subgroup: men"), (1.25, "subgroup: women")]


def test_round6_assigned_arm_is_not_a_subgroup_and_all_cause_death_labels_an_end_point() -> None:
    (e,) = extract_estimates("The risk of recurrence was lower among women assigned to tamoxifen (relative hazard in "
                             "the tamoxifen group, 0.58; 95 percent confidence interval, 0.44 to 0.77).")
    assert (e.measure, e.value, e.ci_low, e.population_kind) == ("HR", 0.58, 0.44, "overall")
    # a group of people defined by something else is still a subgroup
    (e,) = extract_estimates("The risk of recurrence was lower among women older than 60 years (hazard ratio, 0.58; "
                             "95% CI, 0.44 to 0.77).")
    assert e.population == "subgroup: women older than 60 years"
    a, b = extract_estimates("Death from cardiovascular causes occurred less often (hazard ratio, 0.80; 95% CI, 0.69 "
                             "to 0.93); death from any cause, 0.84 (0.74 to 0.95).")
    assert (a.value, a.endpoint, b.value, b.endpoint, b.covariate) == (0.80, "other", 0.84, "OS", None)


def test_round6_median_iqr_forms_with_the_unit_last() -> None:
    found = extract_estimates("Duration of analgesia, median (IQR): 12 (8-20) vs 15 (9-26) h.")
    assert [(e.value, e.unit, e.ci_low) for e in found] == [(12.0, "hours", None), (15.0, "hours", None)]
    found = extract_estimates("Median duration of analgesia was 12 (8-20) vs 15 (9-26) days.")
    assert [(e.value, e.unit) for e in found] == [(12.0, "days"), (15.0, "days")]
    found = extract_estimates("Patients in the intervention group were discharged earlier (median 4 days, "
                              "interquartile range 3-6, vs 6 days, 4-9; P=0.01).")
    assert [(e.value, e.unit) for e in found] == [(4.0, "days"), (6.0, "days")]
    found = extract_estimates("Median times to engraftment were 15 and 19 days.")
    assert [(e.value, e.unit) for e in found] == [(15.0, "days"), (19.0, "days")]


def test_round6_arms_after_an_iqr_bracket_and_named_arms_before_values() -> None:
    found = extract_estimates("The median length of ICU stay was 3.5 (IQR, 2-6) days for the restrictive group "
                              "compared with 4 (IQR, 2-8) days for the liberal group.")
    assert [(e.value, e.arm) for e in found] == [(3.5, "restrictive"), (4.0, "liberal")]
    found = extract_estimates("Median survival: arm A 14.1 months, arm B 11.3 months (log rank P = .04).")
    assert [(e.value, e.arm, e.endpoint) for e in found] == [(14.1, "arm A", "OS"), (11.3, "arm B", "OS")]


def test_round6_group_then_as_compared_with_orients_the_ratio() -> None:
    (e,) = extract_estimates("The hazard ratio for death in the intervention group, as compared with the control "
                             "group, was 0.79 (95% CI, 0.66 to 0.94).")
    assert (e.value, e.endpoint, e.groups) == (0.79, "OS", ("intervention", "control"))
    # an adverb before ", compared with" names no group
    (e,) = extract_estimates("Moreover, compared with their nondiabetic counterparts, the relative risk was 1.28 "
                             "(95% CI 1.06-1.56).")
    assert e.groups == ()
    a, b = extract_estimates("The hazard ratio was 0.68 (95% CI, 0.55-0.84) for progression and 0.81 (0.65-1.01) for "
                             "death.")
    assert (a.covariate, a.endpoint_text, b.covariate, b.endpoint) == (None, "progression", None, "OS")



def test_round6_margin_printed_before_the_measure_is_a_design_ratio() -> None:
    (e,) = extract_estimates("The trial had 90% power to show non-inferiority with a margin of 1.25 for the hazard "
                             "ratio of death.")
    assert (e.measure, e.value, e.context, e.ci_low) == ("HR", 1.25, "design", None)
    # a margin in percentage points is not a ratio
    assert extract_estimates("The non-inferiority margin was 10 percentage points for the response rate.") == []


def test_round6_lancet_headings_without_colons_and_other_trials_we_differ_from() -> None:
    text = ("Background In the ALPHA trial, drug K improved overall survival in untreated patients (HR 0.69). "
            "Methods We did a randomised, double-blind trial. Findings Median overall survival was 11.4 months "
            "(95% CI 10.2-12.8) with drug K and 8.9 months (7.8-10.1) with placebo (HR 0.77, 95% CI 0.65-0.91; "
            "p=0.002). Interpretation Drug K extends survival, consistent with ALPHA.")
    assert [(e.measure, e.value, e.context) for e in extract_estimates(text)] == [
        ("HR", 0.69, "background"), ("median", 11.4, "result"), ("median", 8.9, "result"), ("HR", 0.77, "result")]
    for text in ("The results of our study contrast with those of the DELTA trial, which found a hazard ratio of "
                 "0.62 (95% CI 0.48-0.80) for recurrence.",
                 "Our results differ from the DELTA trial, which found a hazard ratio of 0.62 (95% CI 0.48-0.80)."):
        (e,) = extract_estimates(text)
        assert (e.value, e.context) == (0.62, "background")
    # a sentence that merely starts with the word is not a heading
    (e,) = extract_estimates("Results were similar in women (HR 0.81, 95% CI 0.70-0.94).")
    assert e.context == "result"


def test_round6_arm_after_an_iqr_bracket_without_a_unit() -> None:
    found = extract_estimates("Median length of stay was 5 days (IQR 4-7) in the early group and 6 days (5-9) in the "
                              "usual care group (P=0.03).")
    assert [(e.value, e.arm, e.ci_low) for e in found] == [(5.0, "early", None), (6.0, "usual care", None)]


def test_round6_factor_lists_name_their_covariates() -> None:
    found = extract_estimates("Venous thrombosis was more frequent after surgery (relative hazard, 6.2 [CI, 2.0 to "
                              "19.1]) or with immobility (relative hazard, 2.3 [CI, 1.1 to 4.8]), but not with obesity "
                              "(relative hazard, 1.1 [CI, 0.6 to 2.0]).")
    assert [(e.value, e.ci_low, e.ci_high, e.covariate) for e in found] == [
        (6.2, 2.0, 19.1, "surgery"), (2.3, 1.1, 4.8, "immobility"), (1.1, 0.6, 2.0, "obesity")]
    # arms compared in a trial sentence are not covariates
    found = extract_estimates("Progression-free survival was longer with drug A (HR 0.50; 95% CI 0.40-0.63) and "
                              "overall survival was longer with drug A (HR 0.70; 95% CI 0.55-0.89).")
    assert [e.covariate for e in found] == [None, None]


def test_round6_end_point_lists_and_bounds_named_before_the_ratio() -> None:
    found = extract_estimates("Per 10-unit increase, the HRs were 1.06 (1.02-1.09) for death, 1.03 (1.00-1.06) for "
                              "stroke and 1.08 (1.04-1.12) for heart failure.")
    assert [(e.value, e.endpoint_text, e.covariate) for e in found] == [
        (1.06, "death", None), (1.03, "stroke", None), (1.08, "heart failure", None)]
    (e,) = extract_estimates("Relative to placebo, the upper 97.5% confidence limit for the hazard ratio was 1.08 "
                             "(hazard ratio, 0.91).")
    assert (e.value, e.ci_low, e.ci_high, e.ci_level, e.note) == (0.91, None, 1.08, 97.5, "one-sided upper limit")


def test_round6_compared_to_and_median_survival_time_abbreviated() -> None:
    found = extract_estimates("The median PFS in the experimental arm was 20.1 months, compared to 12.8 months in the "
                              "control arm.")
    assert [(e.value, e.arm, e.endpoint) for e in found] == [(20.1, "experimental", "PFS"), (12.8, "control", "PFS")]
    found = extract_estimates("The median PFS in the experimental arm was not reached, compared to 12.8 months in the "
                              "control arm.")
    assert [(e.value, e.value_text, e.arm) for e in found] == [(None, "not reached", "experimental"),
                                                               (12.8, None, "control")]
    found = extract_estimates("MST was 14 vs 10 months (p=0.03).")
    assert [(e.value, e.unit, e.endpoint) for e in found] == [(14.0, "months", "OS"), (10.0, "months", "OS")]
    found = extract_estimates("The MST was 14 months in arm A and 10 months in arm B.")
    assert [(e.value, e.arm, e.endpoint) for e in found] == [(14.0, "arm A", "OS"), (10.0, "arm B", "OS")]
    # "up to 12 months" is still a bound, not a value
    assert extract_estimates("Median PFS was 6.0 months; responses lasted up to 12 months.")[1:] == []


def test_round6_older_ci_print_forms_after_the_value() -> None:
    (e,) = extract_estimates("The odds ratio was 4.07 (1.55 < OR < 10.7).")
    assert (e.measure, e.value, e.ci_low, e.ci_high) == ("OR", 4.07, 1.55, 10.7)
    (e,) = extract_estimates("The HR was 0.72 (95% CI) 0.60-0.87.")
    assert (e.value, e.ci_low, e.ci_high, e.ci_level) == (0.72, 0.60, 0.87, 95.0)
    # limits that cannot hold the value are not its CI
    (e,) = extract_estimates("The odds ratio was 4.07 (1.55 < OR < 3.7).")
    assert (e.value, e.ci_low) == (4.07, None)


def test_round6_one_median_for_all_groups_keeps_its_words_and_respectively_is_no_end_point() -> None:
    assert [(e.value, e.arm) for e in extract_estimates("Median duration of delirium was 2 days in each group.")] == [
        (2.0, "each group")]
    assert [(e.value_text, e.arm) for e in extract_estimates("Median DFS was not reached in either arm.")] == [
        ("not reached", "either arm")] * 2  # one row per arm (round 27: also where no arm is named)
    *_, hr = extract_estimates("The mPFS were 11.0 and 5.6 months in the osimertinib and gefitinib arm, respectively "
                               "(HR 0.46).")
    assert (hr.value, hr.endpoint, hr.groups) == (0.46, "PFS", ("osimertinib", "gefitinib"))


def test_round6_cause_specific_death_exposure_groups_and_a_level_stated_earlier_in_the_sentence() -> None:
    (e,) = extract_estimates("Sudden death occurred in 24 patients in the placebo group and 12 in the amiodarone "
                             "group (hazards ratio, 0.49; 95% CI, 0.25 to 0.97).")
    assert (e.value, e.endpoint) == (0.49, "other")
    a, b = extract_estimates("The risk of hip fracture was lower among women who took estrogen (relative hazard, "
                             "0.66; 95 percent confidence interval, 0.45 to 0.98), and the risk of nonvertebral "
                             "fracture was also lower (relative hazard, 0.78 [CI, 0.61 to 0.99]).")
    assert (a.population_kind, b.value, b.ci_low, b.ci_level) == ("overall", 0.78, 0.61, 95.0)


def test_round6_previous_as_patients_history_is_not_another_study() -> None:
    text = ("Results: In control patients, history of hypertension (risk ratio, 1.9; 95% CI, 1.3 to 2.7) and previous "
            "stroke (risk ratio, 2.5; 95% CI, 1.5 to 4.1) were independent predictors of stroke. Diarrhoea in the "
            "previous 2 weeks was less frequent in intervention infants (odds ratio 0.60, 0.40 to 0.90).")
    assert [(e.value, e.context) for e in extract_estimates(text)] == [(1.9, "result"), (2.5, "result"),
                                                                       (0.60, "result")]
    (e,) = extract_estimates("Results: As previously reported, the relative risk was 0.70 (95% CI 0.55-0.89).")
    assert e.context == "background"


def test_round6_bare_value_and_ci_brackets_after_a_named_ratio() -> None:
    found = extract_estimates("Risk of a cardiovascular event was 25% lower (risk ratio 0.75, 95% CI 0.57 to 0.99; "
                              "P=0.04) and 30% lower after adjustment (0.70, 0.53 to 0.94).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [("RR", 0.75, 0.57, 0.99),
                                                                          ("RR", 0.70, 0.53, 0.94)]
    text = ("The relative risk of any first fracture was 0.78 (95% confidence interval 0.61 to 0.99, P=0.04). "
            "Total mortality was lower, but not significantly (0.88, 0.74 to 1.06, P=0.18).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        ("RR", 0.78, 0.61, 0.99), ("RR", 0.88, 0.74, 1.06)]
    # a bracket after a difference, or without a ratio named before, is not a ratio
    assert len(extract_estimates("The relative risk was 0.78 (95% CI 0.61 to 0.99). The mean difference was "
                                 "small (1.2, 0.4 to 2.0).")) == 1
    assert extract_estimates("Scores improved (1.2, 0.4 to 2.0).") == []


def test_round6_ratio_heads_with_names_holding_digits_steps_and_ci_adjectives() -> None:
    found = extract_estimates("Hazard ratios per 10 mm Hg higher systolic pressure, per 1% higher HbA1c and per 1 "
                              "mmol/l higher LDL cholesterol were 1.06 (1.02-1.09), 1.08 (1.03-1.13) and 1.05 "
                              "(0.98-1.12), respectively, for major cardiovascular events.")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(1.06, 1.02, 1.09), (1.08, 1.03, 1.13),
                                                               (1.05, 0.98, 1.12)]
    (e,) = extract_estimates("The HR for CD4 count below 200 was 2.1 (1.4-3.2).")
    assert (e.value, e.ci_low, e.ci_high) == (2.1, 1.4, 3.2)
    found = extract_estimates("Estimated hazard ratios (nominal 95% CIs) were: coronary heart disease 1.29 "
                              "(1.02-1.63), breast cancer 1.26 (1.00-1.59) and stroke 1.41 (1.07-1.85).")
    assert [(e.value, e.ci_low, e.ci_level) for e in found] == [(1.29, 1.02, 95.0), (1.26, 1.00, 95.0),
                                                                (1.41, 1.07, 95.0)]
    (e,) = extract_estimates("The adjusted incidence-rate ratio for falling in the intervention group as compared "
                             "with the control group was 0.69 (95% CI, 0.52 to 0.90).")
    assert (e.measure, e.value, e.groups) == ("IRR", 0.69, ("intervention", "control"))
    (e,) = extract_estimates("Aspirin reduced serious vascular events (6·7% vs 8·2% per year; rate ratio 0·81, "
                             "0·75–0·87; 2p<0·0001).")
    assert (e.value, e.ci_low, e.p_operator, e.p_value) == (0.81, 0.75, "<", 0.0001)


def test_round6_durations_reported_per_group_and_process_times() -> None:
    assert [(e.value, e.arm) for e in extract_estimates("The median duration of illness was 8 days in both "
                                                        "groups.")] == [(8.0, "both groups")] * 2  # one row per arm
    found = extract_estimates("Return to normal activity occurred after a median of 14 and 21 days, respectively.")
    assert [(e.value, e.unit) for e in found] == [(14.0, "days"), (21.0, "days")]
    # how fast care was given is not an outcome; characteristics reported for both groups are not either
    for text in ("RESULTS: The median time to treatment was 3 hours 59 minutes.",
                 "Median time from ictus to surgery was 30 hours.",
                 "Median age was 54 years in both groups.",
                 "Median follow-up was 24 months in both arms."):
        assert extract_estimates(text) == [], text
    assert [e.value for e in extract_estimates("Median time to treatment failure was 8.1 months vs 5.2 months.")] \
        == [8.1, 5.2]


def test_round6_medians_declared_once_for_the_abstract_or_the_sentence() -> None:
    text = ("Results: Time to first stool (usual care vs bundle): 4 (3-5) vs 3 (2-4) days. Age was 64 (55-71) vs 65 "
            "(57-72) years. Data are median (IQR) unless stated otherwise.")
    assert [(e.value, e.unit, e.endpoint_text) for e in extract_estimates(text)] == [
        (4.0, "days", "Time to first stool"), (3.0, "days", "Time to first stool")]
    found = extract_estimates("Results: Time to unassisted ambulation: 120 vs 230 min; time to discharge 185 vs 290 "
                              "min (medians).")
    assert [(e.value, e.endpoint_text, e.arm) for e in found] == [
        (120.0, "Time to unassisted ambulation", None), (230.0, "Time to unassisted ambulation", None),
        (185.0, "time to discharge", None), (290.0, "time to discharge", None)]
    found = extract_estimates("Time to regression of sensory block was 98 min (interquartile range, 85-115) with "
                              "chloroprocaine vs 184 min (interquartile range, 160-210) with bupivacaine (P < 0.001).")
    assert [(e.value, e.arm, e.ci_low) for e in found] == [(98.0, "chloroprocaine", None), (184.0, "bupivacaine", None)]
    # means stay means, even in a document that declares medians
    assert extract_estimates("Data are median (IQR). Operative time was 95 ± 20 vs 110 ± 25 min (mean ± SD).") == []
    # a number in the subject is not a median
    found = extract_estimates("Time from reversal to a train-of-four ratio of 0.9 was 2.1 min (1.6-2.9) with "
                              "sugammadex and 9.8 min (6.5-14.0) with neostigmine; data are median (IQR).")
    assert [(e.value, e.arm) for e in found] == [(2.1, "sugammadex"), (9.8, "neostigmine")]


def test_round6_conclusions_repeat_and_durations_reported_for_both_groups() -> None:
    text = ("Results: Median progression-free survival was 69.5 months with bendamustine-rituximab versus 31.2 "
            "months with R-CHOP (HR 0.58, 95% CI 0.44-0.74). Conclusions: Bendamustine-rituximab prolonged PFS, "
            "with a median PFS of 69.5 months.")
    assert [e.value for e in extract_estimates(text)] == [69.5, 31.2, 0.58]
    # a characteristic balanced between groups is no outcome; an illness's duration is
    assert extract_estimates("Results: Operative time was a median of 52 min in both groups.") == []
    assert [e.value for e in extract_estimates("The median duration of each episode was 6 days in both "
                                               "groups.")] == [6.0, 6.0]  # one row per arm


def test_round6_ratio_heads_naming_doses_years_and_an_or_in_a_bracket() -> None:
    (e,) = extract_estimates("Late toxicity was similar (HR for 60 Gy vs 78 Gy 0.84, 90% CI 0.68-1.03).")
    assert (e.value, e.ci_low, e.ci_high, e.ci_level) == (0.84, 0.68, 1.03, 90.0)
    (e,) = extract_estimates("Longer imatinib duration before stopping predicted success (HR per year 0.84; 95% CI "
                             "0.74-0.95).")
    assert (e.value, e.ci_low) == (0.84, 0.74)
    (e,) = extract_estimates("Two doses were more effective than one (OR for breakthrough varicella 0.12; 95% CI "
                             "0.05-0.29).")
    assert (e.measure, e.value, e.ci_low) == ("OR", 0.12, 0.05)
    assert [(e.value, e.ci_low) for e in extract_estimates("The HR for grade 3 was 1.5 (1.1-2.0).")] == [(1.5, 1.1)]


def test_round6_per_group_medians_anaphora_and_care_given() -> None:
    found = extract_estimates("Median procedure time was 55 minutes for retrograde surgery and 40 minutes for "
                              "lithotripsy.")
    assert [(e.value, e.arm) for e in found] == [(55.0, "retrograde surgery"), (40.0, "lithotripsy")]
    found = extract_estimates("Median overall survival was 10.4 months (95% CI 8.1-13.7); in patients with TP53 "
                              "mutation it was 4.9 months (95% CI 3.2-7.0).")
    assert [(e.value, e.ci_low, e.endpoint, e.population) for e in found] == [
        (10.4, 8.1, "OS", "overall"), (4.9, 3.2, "OS", "subgroup: TP53 mutation")]
    found = extract_estimates("Postoperative length of stay was reduced from 7 to 5 days (medians, P = 0.002).")
    assert [(e.value, e.unit) for e in found] == [(7.0, "days"), (5.0, "days")]
    for text in ("Median duration of anticoagulation was 5.9 months in both groups.",
                 "Results: Median time to first adrenaline was 14 minutes.",
                 "Median time from leukapheresis to infusion was 27 days.",
                 "Median age was 54 years in men and 56 years in women."):
        assert extract_estimates(text) == [], text


def test_round6_each_value_takes_the_unit_printed_after_it_and_process_times_end_a_list() -> None:
    found = extract_estimates("After the new model the median length of stay was reduced from 11.2 to 7.5 days "
                              "(P < 0.001), and the median interval to recovery from 40 to 22 hours.")
    assert [(e.value, e.unit) for e in found] == [(11.2, "days"), (7.5, "days"), (40.0, "hours"), (22.0, "hours")]
    found = extract_estimates("After the new model the median length of stay was reduced from 11.2 to 7.5 days "
                              "(P < 0.001), and time to surgery from 40 to 22 hours.")
    assert [(e.value, e.unit) for e in found] == [(11.2, "days"), (7.5, "days")]


def test_round6_the_itt_population_is_the_whole_trial() -> None:
    found = extract_estimates("In the ITT population, median PFS was 8.2 months (95% CI 7.1-9.6) with A and 5.5 "
                              "months (95% CI 4.7-6.1) with B; HR 0.60 (95% CI 0.50-0.72), P<0.0001.")
    assert [(e.value, e.population) for e in found] == [(8.2, "overall"), (5.5, "overall"), (0.60, "overall")]
    found = extract_estimates("In the PD-L1 positive population, median PFS was 9.1 vs 6.0 months (HR 0.62).")
    assert {e.population for e in found} == {"subgroup: PD-L1 positive"}


def test_round6_list_labels_with_named_numbers_and_p_in_words() -> None:
    found = extract_estimates("Incidence rate ratios were 0.62 (0.44-0.86) in year 1 and 0.81 (0.60-1.09) in year 2.")
    assert [(e.value, e.ci_low, e.covariate) for e in found] == [(0.62, 0.44, "year 1"), (0.81, 0.60, "year 2")]
    (e,) = extract_estimates("The relative risk was 2.3 (95 percent confidence limits 1.2 and 4.3), P less than .05.")
    assert (e.value, e.ci_low, e.ci_high, e.p_operator, e.p_value) == (2.3, 1.2, 4.3, "<", 0.05)


def test_round6_set_h_dev_forms() -> None:
    found = extract_estimates("Median time from start of induction to delivery was 26 hours (IQR 18-36) with "
                              "misoprostol and 29 hours (IQR 21-40) with the catheter.")
    assert [(e.value, e.arm, e.ci_low) for e in found] == [(26.0, "misoprostol", None), (29.0, "catheter", None)]
    (e,) = extract_estimates("Lower 90-day mortality (adjusted MRR 0.79; 0.68-0.91).")
    assert (e.measure, e.value, e.ci_low, e.ci_high) == ("IRR", 0.79, 0.68, 0.91)
    # counts' powers of ten, care given and an interval ending in a process are not outcome medians
    assert [e.value for e in extract_estimates("Results: Median time from admission to platelet recovery above "
                                               "100 × 10^9/L was 3 days (IQR 2-4).")] == [3.0]
    for text in ("The median time from triage to lactate measurement was 51 minutes.",
                 "The median interval from rash onset to notification was 3 days, and cases were isolated for a "
                 "median of 4 days.",
                 "The median interval from diagnosis to surgery was 21 days."):
        assert extract_estimates(text) == [], text


def test_round6_set_g_dev_forms() -> None:
    text = ("Background: Adjuvant capecitabine improved survival in the earlier CREST trial (HR for death, 0.52). "
            "Methods: The trial planned 70 events to detect an HR for EFS of 0.55; the non-inferiority margin for "
            "the HR for death was 1.25, at a one-sided alpha of 0.10.")
    assert [(e.value, e.ci_low, e.context) for e in extract_estimates(text)] == [
        (0.52, None, "background"), (0.55, None, "design"), (1.25, None, "design")]
    found = extract_estimates("Median TTD in FKSI-19 total score was 12.5 months with ribastinib and 5.6 months with "
                              "sunitinib (HR 0.56; 95% CI 0.45-0.70; P < 0.001).")
    assert [(e.measure, e.value) for e in found] == [("median", 12.5), ("median", 5.6), ("HR", 0.56)]
    (e,) = extract_estimates("Complete histological remission was achieved by 78% after a median of 7 months.")
    assert (e.value, e.unit) == (7.0, "months")
    for text in ("The trial assumed a median OS of 10 months with sorafenib and a hazard ratio of 0.75, requiring 540 "
                 "deaths.",
                 "Median time from last immunotherapy dose to death was 38 days.",
                 "The median duration of chemotherapy was 5.3 months."):
        assert all(e.value not in (540.0, 38.0, 5.3) for e in extract_estimates(text)), text
    # objective response in a bracket is not an odds ratio
    found = extract_estimates("The median duration of overall success (OR or stable disease > or = 24 weeks; 60.1 v "
                              "49.1 weeks; P =.025) was longer.")
    assert [(e.measure, e.value) for e in found] == [("median", 60.1), ("median", 49.1)]


def test_round6_a_conclusion_repeating_a_result_without_its_ci_is_the_same_estimate() -> None:
    text = ("OBJECTIVE: To determine whether drug Y prevents fractures. RESULTS: The hazard ratio for fracture was "
            "0.68 (95% CI, 0.53-0.87). CONCLUSION: Drug Y prevents fractures (HR 0.68).")
    assert [(e.value, e.ci_low) for e in extract_estimates(text)] == [(0.68, 0.53)]
    # a different number in the conclusions is kept
    text = ("RESULTS: The hazard ratio for fracture was 0.68 (95% CI, 0.53-0.87). CONCLUSION: Benefit persisted at "
            "5 years (HR 0.72).")
    assert [e.value for e in extract_estimates(text)] == [0.68, 0.72]


def test_round6_a_line_ends_a_sentence_and_another_trial_stays_its_own() -> None:
    text = ("Clopidogrel after stenting: a randomized trial\n"
            "Results: The relative risk of the primary end point was 0.77 (95% CI 0.67-0.89). The benefit was "
            "similar to that seen with clopidogrel in the CURE trial (relative risk 0.80). Results were consistent "
            "across subgroups; for example, in diabetic patients the hazard ratio was 0.85 (95% CI 0.70-1.03). In "
            "that trial, the relative risk of stroke was 0.90.")
    assert [(e.value, e.context) for e in extract_estimates(text)] == [
        (0.77, "result"), (0.80, "background"), (0.85, "result"), (0.90, "background")]


def test_round6_later_estimates_for_named_kinds_of_patients_are_subgroups() -> None:
    text = ("Results: The hazard ratio for death was 0.77 (95% CI 0.67-0.89). Results were consistent across "
            "subgroups; for example, in diabetic patients the hazard ratio was 0.85 (95% CI 0.70-1.03). In "
            "node-positive patients, the HR was 0.70 (0.55-0.89).")
    assert [(e.value, e.population) for e in extract_estimates(text)] == [
        (0.77, "overall"), (0.85, "subgroup: diabetic patients"), (0.70, "subgroup: node-positive patients")]
    # the first estimate's opening group is the trial's population
    (e,) = extract_estimates("In elderly patients, the hazard ratio for death was 0.77 (95% CI 0.67-0.89).")
    assert e.population == "overall"


def test_round7_stays_of_the_index_admission_and_respiratory_support_are_outcome_durations() -> None:
    text = ("Median duration of hospital stay at index admission was 2.6 days and 2.9 days. Infants were "
            "on any respiratory support for a median of 47 days.")
    assert [(e.value, e.unit) for e in extract_estimates(text)] == [(2.6, "days"), (2.9, "days"), (47.0, "days")]
    # an index that is a measurement is still not a time
    assert extract_estimates("The median glycaemic index was 55 in both groups.") == []


def test_round7_each_ratio_gets_its_own_end_point() -> None:
    # a subgroup's ratio that names no end point is the main estimate's printed before it
    text = ("Results: Progression-free survival was longer with drug A (HR 0.58, 95% CI 0.47-0.71). In patients "
            "with PD-L1 expression of 50% or more, the HR was 0.44 (95% CI 0.31-0.62).")
    assert [(e.value, e.endpoint, e.population) for e in extract_estimates(text)] == [
        (0.58, "PFS", "overall"), (0.44, "PFS", "subgroup: PD-L1 expression of 50% or more")]
    # "…; for death it was …": the clause's own end point, not the sentence's first
    text = ("The hazard ratio for disease progression or death was 0.57 (95% CI 0.45-0.72); for death it was 0.83 "
            "(0.67-0.98).")
    assert [(e.value, e.endpoint) for e in extract_estimates(text)] == [(0.57, "PFS"), (0.83, "OS")]
    # end points listed in the head, values "…, respectively"
    text = ("The hazard ratios for PFS, TTP and OS were 0.57 (95% CI 0.45-0.72), 0.61 (0.49-0.76) and 0.83 "
            "(0.67-0.98), respectively.")
    assert [(e.value, e.endpoint) for e in extract_estimates(text)] == [(0.57, "PFS"), (0.61, "TTP"), (0.83, "OS")]
    # groups listed after the values stay groups, with the head's end point
    text = ("The hazard ratios for death were 0.57 (95% CI 0.45-0.72) and 0.83 (0.67-0.98) for men and women, "
            "respectively.")
    assert [(e.endpoint, e.population) for e in extract_estimates(text)] == [
        ("OS", "subgroup: men"), ("OS", "subgroup: women")]


def _values(text: str) -> list[tuple[str, float | None, float | None, float | None]]:
    return [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)]


def test_round7_ci_print_forms_of_real_abstracts() -> None:
    # a bracket that only names the CI, then the limits after a comma
    assert _values("Healing was more frequent [52% vs. 21%; odds ratio (OR) 4.1 (95% CI) 1.9, 8.8; P = 0.001].") == [
        ("OR", 4.1, 1.9, 8.8)]
    # the measure spelled out in a bracket after its abbreviation; "C.I"; "to" glued to the number
    assert _values("Stock was complete in more sites (21 vs.4, OR (odds ratio) 8.7, 95% C.I 2.2 to31.5), and skills "
                   "improved (80% vs.31%, AOR (adjusted odds ratio) 11, 95% C.I 5.1 to 19.9).") == [
        ("OR", 8.7, 2.2, 31.5), ("OR", 11.0, 5.1, 19.9)]
    # "AHR", "AOR" in capitals; "ARR" stays the absolute risk reduction
    assert _values("The AHR was 0.64 (95% CI 0.51-0.81). The ARR was 0.04 (95% CI 0.01-0.08).") == [
        ("HR", 0.64, 0.51, 0.81)]
    # a bare range after the value, then the P value
    assert _values("Early deaths were fewer (aOR 0\u00b771, 0\u00b752\u20130\u00b797, p=0\u00b703).") == [
        ("OR", 0.71, 0.52, 0.97)]
    # "95% CI;" before the limits, and a bare second bracket "…, respectively"
    assert _values("The odds of independence doubled (OR 2.41, 95% CI; 1.22 \u2013 4.75) and (2.11, 95% CI; "
                   "1.05 \u2013 4.20) respectively.") == [("OR", 2.41, 1.22, 4.75), ("OR", 2.11, 1.05, 4.20)]
    # the comparator named between the measure and its value
    assert _values("Rates were lower with drug A (HR vs. warfarin 0.71, 95% confidence interval (CI) "
                   "0.52\u20130.97).") == [("HR", 0.71, 0.52, 0.97)]
    # "HRper SD" glued; CI limits after a comma
    assert _values("Baseline CRP did not predict events (HRper SD log 0.91 [95% CI 0.77, 1.08]).") == [
        ("HR", 0.91, 0.77, 1.08)]
    # two ratios compared with "vs" are two values, not a level's name and a value
    assert [e.value for e in extract_estimates("The benefit did not differ by LDL change (HR 0.63 vs 0.48).")] == [
        0.63, 0.48]


def test_round7_bare_brackets_after_percentages_like_the_named_one() -> None:
    text = ("The 5-year incidence of stroke was 10\u00b72% versus 7\u00b79% (HR 1\u00b731, 95% CI "
            "0\u00b762\u20132\u00b777); for stroke or TIA was 18\u00b71% versus 16\u00b70% "
            "(1\u00b718, 0\u00b771\u20131\u00b796).")
    assert _values(text) == [("HR", 1.31, 0.62, 2.77), ("HR", 1.18, 0.71, 1.96)]
    # a bracket after a percentage is that percentage's CI when the named ratio was not printed that way
    text = "The risk was lower (HR 0.70, 95% CI 0.55-0.89); mortality was 12.5% (10.1, 9.8-15.2)."
    assert _values(text) == [("HR", 0.70, 0.55, 0.89)]


def test_round7_a_table_row_printed_in_a_bracket() -> None:
    text = ("Mortality was similar with inhaler B versus inhaler A (vital status, HR; 95% CI B2: 0.91; 0.66 to 1.25; "
            "B4: 0.83; 0.60 to 1.15).")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level) for e in found] == [
        ("HR", 0.91, 0.66, 1.25, 95.0), ("HR", 0.83, 0.60, 1.15, 95.0)]
    assert [e.endpoint_text for e in found] == ["B2", "B4"]  # the row's label, kept as printed


def test_round7_medians_of_real_abstracts() -> None:
    # "rPFS"/"nPFS" are PFS
    found = extract_estimates("Median nPFS was 2.1 months in both arms.")  # (one row per arm)
    assert [(e.value, e.endpoint, e.arm) for e in found] == [(2.1, "PFS", "both arms")] * 2
    # "a shorter period of MV"; the event printed after the time
    text = ("Infants given surfactant had a shorter period of MV (median 6 days, IQR 4 to 9) compared to controls "
            "(median 9 days, IQR 6 to 12).")
    assert [(e.value, e.unit) for e in extract_estimates(text)] == [(6.0, "days"), (9.0, "days")]
    text = ("Patients given reminders stayed in treatment longer (median of 11.5 weeks before dropping out) than "
            "controls (median of 4 weeks before dropping out; P=.02).")
    assert [(e.value, e.arm) for e in extract_estimates(text)] == [(11.5, None), (4.0, "controls")]
    # a sentence may start with a lower-case name: counts after it are no medians
    text = ("Median overall survival was 10.9 months (95% CI 9.1-12.4) with A and 8.1 months (7.0-9.6) with xB+C. "
            "xB+C was associated with more rash (31 [12%] vs 4 [2%]) and mucositis (12 [5%] vs 2 [1%]).")
    assert [e.value for e in extract_estimates(text)] == [10.9, 8.1]


def test_round7_own_trial_and_drug_codes() -> None:
    # "an analysis of data from the X study": the document's own result
    (e,) = extract_estimates("This post hoc analysis used data from the SHIELD study. Fewer recurrences occurred "
                             "with drug A (hazard ratio = 0.31 [95 % confidence interval 0.12-0.80]; p = 0.01).")
    assert e.context == "result"
    # a drug code with its dose is no trial name
    text = ("Patients received drug A (arm A) or CPT-11 350 mg m-2 (arm B). Median time to progression was 7.9 "
            "months for arm A and 8.4 months for arm B.")
    assert [(e.value, e.context) for e in extract_estimates(text)] == [(7.9, "result"), (8.4, "result")]


def test_round7_named_composites_and_fatal_events() -> None:
    from trialink._measures import endpoint_of
    assert [endpoint_of(t) for t in ("MACE", "fatal MACE", "fatal stroke", "a fatal event", "major adverse "
                                     "cardiovascular events")] == ["composite", "other", "other", "OS", "composite"]


def test_round7_more_print_forms_of_real_abstracts() -> None:
    # "HIV-1" inside a ratio's head is a name, not the value
    assert _values("The incidence rate ratio of HIV-1 was 1.31 (95% CI 0.95-1.80) compared with controls.") == [
        ("IRR", 1.31, 0.95, 1.80)]
    # a CI printed from high to low is stored low to high, and says so
    (e,) = extract_estimates("Good recovery was more likely (odds ratio [OR] = 2.71, confidence interval [CI] = "
                             "7.31-1.02, p = 0.048).")
    assert (e.value, e.ci_low, e.ci_high, e.note) == (2.71, 1.02, 7.31, "CI printed high to low")
    # glued names: "HRTreatment=0.86", "RR1.16"; the CI named before the value
    assert _values("It was not associated with treatment (HRTreatment=0.84 (0.65 to 1.10), p=0.28).") == [
        ("HR", 0.84, 0.65, 1.10)]
    assert _values("Testing rose in the CD4 arm (RR1.18, CI 0.98-1.40, p-value = 0.07).") == [("RR", 1.18, 0.98, 1.40)]
    assert _values("Recovery was likelier with A [hazard ratio (HR); 95 % CI 1.8; 1.1, 2.9; p = 0.02].") == [
        ("HR", 1.8, 1.1, 2.9)]
    # the abbreviation in its own bracket, even after a misspelt name; not one defined as something else
    assert _values("No difference except in stage I (hazard radio [HR] = 0.81; 95% CI, 0.52-1.27).") == [
        ("HR", 0.81, 0.52, 1.27)]
    assert _values("Low ejection fraction predicted events (interval between cardiac beats [RR] = 2.4).") == []
    # the document's abbreviations: "rate ratio (RR)" makes a later "RR" a rate ratio; "heart rate (HR)" no ratio
    text = ("Incidence fell (rate ratio (RR)=0.83, 90% confidence limits 0.60 to 1.15), and concussions too "
            "(RR=0.69, 0.47 to 1.02).")
    assert [e.measure for e in extract_estimates(text)] == ["IRR", "IRR"]
    assert _values("Respiratory rate (RR) (16.1 vs 18.9 bpm, p<0.001) was lower.") == []


def test_round7_bare_values_in_later_sentences_and_per_group_rates() -> None:
    # rates compared between groups, one sentence after the named ratio, with a sentence between
    text = ("Failure rates were similar (rate ratio [RR] 1.06, 0.80-1.41). Two patients were lost. Mortality rates "
            "were similar between groups (0.93 [0.70-1.24]).")
    assert _values(text) == [("IRR", 1.06, 0.80, 1.41), ("IRR", 0.93, 0.70, 1.24)]
    # a bracket of groups' rates after the ratio's own bracket: no ratios
    text = ("Incidence was the same (4.4 [95% CI 3.7-5.3] for A vs 4.2 [3.5-5.1] for placebo, hazard ratio 1.04 "
            "[0.81-1.33], p=0.72), and at the end (4.6 [3.7-5.7] for B, 3.8 [2.9-4.8] for A, and 3.8 [3.0-4.9] "
            "for placebo).")
    assert _values(text) == [("HR", 1.04, 0.81, 1.33)]
    # a value followed by "or more" is a threshold, not a median
    assert [e.value for e in extract_estimates(
        "Median duration of response was 4.4 months (95% CI, 2.4-6.8 months), and 21% of responses lasted 6 months "
        "or more.")] == [4.4]
    # "67.8 vs. 73.6%": both are percentages
    assert _values("Three-year RFS did not differ [66.9 vs. 72.8%, respectively; HR=1.21, 95% CI: 0.47-4.50].") == [
        ("HR", 1.21, 0.47, 4.50)]


def test_round7_medians_with_their_intervals_and_groups() -> None:
    # units inside the CI bracket, "Median (95% CI)" declared
    text = ("Median (95% confidence interval) fever clearance times were 90 hours (82-110 hours) for drug A and 136 "
            "hours (103-160 hours) for drug B.")
    found = extract_estimates(text)
    assert [(e.value, e.ci_low, e.ci_high, e.unit) for e in found] == [(90.0, 82.0, 110.0, "hours"),
                                                                        (136.0, 103.0, 160.0, "hours")]
    assert found[0].endpoint_text == "fever clearance times"
    # nested CI bracket; "non-estimable"
    (e,) = extract_estimates("The median time to remission was 11.5 days (95% CI (9.5 to 14.5 days)).")
    assert (e.value, e.ci_low, e.ci_high) == (11.5, 9.5, 14.5)
    (e,) = extract_estimates("The median time to recovery was non-estimable.")
    assert (e.value, e.value_text) == (None, "non-estimable")
    # the second group's CI printed without its name after the first's "95% CI"
    text = ("Median overall survival did not differ (A, 3.9 months, 95% CI 3.3-4.4, vs B, 3.5 months, 3.1-3.8; "
            "hazard ratio 0.95, 95% CI 0.82-1.11).")
    assert [(e.value, e.ci_low, e.ci_high) for e in extract_estimates(text) if e.measure == "median"] == [
        (3.9, 3.3, 4.4), (3.5, 3.1, 3.8)]
    # seconds; "after a median of 4 days with A and after 5 days with B"; "MST" in a later bracket
    assert [(e.value, e.unit) for e in extract_estimates(
        "The median (IQR) time to completion was 121 (110 - 150) seconds and in parallel 119 (104 - 151) "
        "seconds.")] == [(121.0, "seconds"), (119.0, "seconds")]
    assert [(e.value, e.arm) for e in extract_estimates(
        "The predefined end point was reached after a median of 4 days with A and after 6 days with B.")] == [
        (4.0, "A"), (6.0, "B")]
    text = ("The median survival time (MST) was lower (MST, 44.1 months vs 56.2 months). In stage II it differed "
            "(MST 39.9 months vs 79.0 months).")
    assert [e.value for e in extract_estimates(text)] == [44.1, 56.2, 39.9, 79.0]
    # a follow-up named after its values is no outcome
    assert extract_estimates("Over a median 5 and 10 years of follow-up, we identified 58 and 221 cases.") == []


def test_round7_a_replicated_association_is_our_own_and_genes_are_no_trials() -> None:
    text = ("We could replicate 2 previously reported associations: ABCDE (rs1234; OR 4.02, 95% CI 1.80-9.00, "
            "P = 0.001) with neuropathy.")
    assert [e.context for e in extract_estimates(text)] == ["result"]


def test_round7_unknown_end_point_is_not_other() -> None:
    from trialink._measures import endpoint_of
    assert endpoint_of(None) == endpoint_of("  ") == "unknown"
    (e,) = extract_estimates("Results: The association was strong (OR 2.4, 95% CI 1.3-4.4).")
    assert (e.endpoint, e.endpoint_text) == ("unknown", None)


def test_round7_non_fatal_events_keep_a_composite() -> None:
    from trialink._measures import endpoint_of
    assert [endpoint_of(t) for t in ("death or non-fatal MI", "nonfatal stroke or death", "fatal or non-fatal stroke")
            ] == ["composite", "composite", "other"]


# Round 8: full-text result sections (tables flattened into paragraphs, footnotes, figure references)


def _vals(text: str) -> list[tuple[str, float | None]]:
    return [(e.measure, e.value) for e in extract_estimates(text)]


def test_round8_flattened_tables_give_no_medians() -> None:
    # cells separated by spaces only, a caption opening the sentence, "n (%)" cells after a median row
    assert _vals("Results: Days off work Mean (SD) 51 (30) 35 (27) p = 0.07 Median 44 23 IQR 70 41 Range 80 85 "
                 "Days on partial leave 0-3 months 9/18 3/15") == []
    assert _vals("Results: Table 2 Time to relief by group Median 12 h 15 h 0.031 Worst pain 6 5") == []
    assert _vals("Results: Age of children (mo), median 20.1 19.2 Interquartile range 18.1-21.9 18.4-23.0 "
                 "Mothers, white, no. (%) 11 (52) 13 (70) Private insurance, no. (%) 5 (21) 7 (36)") == []
    assert _vals("Results: Score Median (IQR) 41.00 (26.00-45.50) 37.00 (22.50-43.50) 3 months treatment") == []


def test_round8_labels_ages_and_bounds_are_no_medians() -> None:
    # figure, table and visit labels; ages; a range's and a CI's limits
    assert _vals("Median PFS was 31 months (95% CI 22-50) for arm B (p=0.06; Figure 1A).") == [("median", 31.0)]
    assert _vals("Median time to relapse was 170 days for those in remission at Month 0 [n = 12].") == [
        ("median", 170.0)]
    assert _vals("Groups were similar (age, drug A: median 68.5, range: 36 - 83 versus drug B: median 71.0, "
                 "range: 47 - 79 years old, P = 0.53).") == []
    found = extract_estimates("Median TFS has not yet been reached for drug A (arm A, 95% CI, 27 - not reached) "
                              "and was 38 months (95% CI, 22 - 51) for drug B (arm B, p=0.09).")
    assert [(e.value, e.value_text, e.ci_low) for e in found] == [(None, "not yet been reached", None),
                                                                   (38.0, None, 22.0)]


def test_round8_unclosed_bracket_does_not_join_sentences() -> None:
    text = ("Results: Adherence was high in both groups (mean 11.9 (SD 3.1) days for drug A and 12.0 (SD 3.0) days "
            "for placebo. The median time to first stool was 20 h for drug A and 30 h for placebo. Among those who "
            "stopped, reasons were travel (10 days), a cold (6 days) and no benefit (4 days).")
    assert [(e.value, e.arm) for e in extract_estimates(text)] == [(20.0, "drug A"), (30.0, "placebo")]


def test_round8_a_footnote_declaring_medians_reads_only_median_shapes() -> None:
    footnote = "Table 1 footnote: Data are median (IQR) or n (%).\n\n"
    assert _vals(footnote + "Radiotherapy was given over the planned time of 21 days in 150 (61%) of 245 "
                 "patients in group A and of 42 days in 110 (46%) of 238 patients in group B (p=0.001).") == []
    assert _vals(footnote + "Hospital stay was 4 (3-5) vs 6 (4-8) days (p=0.01).") == [("median", 4.0),
                                                                                        ("median", 6.0)]
    assert _vals("Results: Data are median (IQR). Two women (37 and 30 years old) had a QTc above 450 ms "
                 "(451.2 and 452.0 ms, respectively) 4 h after the dose.") == []


def test_round8_pairs_and_time_points_need_a_time() -> None:
    # a pair of scores in a sentence naming an end point, at a time point, is no median
    assert _vals("Results: Quality of life improved more with the app at 6 months (health change 8.1 vs 2.4, "
                 "respectively; P=.01).") == []
    # the unit printed once for a list of pairs
    assert [e.value for e in extract_estimates("PFS was longer with the drug (TRIAL-1: 9.1 vs 4.2 months; "
                                               "TRIAL-2: 15.9 vs 9.0).")] == [9.1, 4.2, 15.9, 9.0]
    assert _vals("Median energy use fell from baseline to 6 months in the 150M-group (p = .01), but not in the "
                 "75M-group (p = .60).") == []
    assert _vals("Results: Plasma level medians in the whole group after 1 and 4 weeks were 30.5 (21.9, 42.6) "
                 "and 35.2 (26.1, 42.8), respectively.") == []
    assert _vals("Median duration of their follow-up was 1,020 days (IQR 700 to 1300).") == []
    assert _vals("The median duration of time in the study for both groups was 61.5 days.") == []


def test_round8_heart_rate_in_a_table_and_a_ratio_named_twice() -> None:
    assert _vals("Day 8 Day 18 HR (bpm) 15 13 -2 (-5 to 1) PEP (ms) 24 20") == []
    found = extract_estimates("High-risk patients had increased HR (HR: 2.71, 95%CI: 2.20, 3.39) for CSS.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [("HR", 2.71, 2.2, 3.39)]
    found = extract_estimates("Median OS was 17.1 versus 16.2 months (HR 0.90; p = 0.43) for drug A and drug B, "
                              "respectively.")
    assert [(e.value, e.arm) for e in found if e.measure == "median"] == [(17.1, "drug A"), (16.2, "drug B")]


def test_round8_nested_headings_abbreviations_and_exposure() -> None:
    # "SUMMARY.FINDINGS:" (PubMed Central's nested labels) opens the results: the named trial's own numbers
    text = ("SUMMARY.BACKGROUND: Concurrent chemoradiotherapy is standard.\n"
            "SUMMARY.METHODS: The CORVET trial was an open-label, phase 3, randomised trial. Patients were assigned to "
            "45 Gy twice daily over 19 days, or 66 Gy once daily over 45 days.\n"
            "SUMMARY.FINDINGS: At a median follow-up of 44 months (IQR 34-57), median overall survival was 29 months "
            "(95% CI 23-33) in the twice-daily group versus 24 months (20-30) in the once-daily group (hazard ratio "
            "for death in the once daily group 1.17 [95% CI 0.94-1.44]; p=0.15).")
    assert [(e.value, e.context) for e in extract_estimates(text)] == [(29.0, "result"), (24.0, "result"),
                                                                       (1.17, "result")]
    # "MST" defined as something other than a median survival time
    assert _vals("Patients were divided into two groups: magnesium sulfate treatment (MST) group (n=60) and control "
                 "group (n=60). The MST group received 240 umol/kg magnesium sulfate intravenously 20 minutes after "
                 "admission, followed by 700 umol/kg daily for 5 days.") == []
    # how long the allocated treatment was used is an exposure, not an outcome
    assert _vals("Most women used their allocated treatment, with median use similar for both groups (50.0 days, "
                 "interquartile range [IQR] 27.0-68.0, in group A versus 51.0 days, IQR 26.0-75.0, in group B).") == []


def test_round8_differences_limits_and_treatment_time_are_no_medians() -> None:
    # "P - 0.004" is a P value; a second CI's lower limit; a median difference; how long a drug was taken
    assert [e.value for e in extract_estimates(
        "The median (range) hospital stay was 15 (8-44) days and 24 (10-79) days in groups P and C respectively "
        "(P - 0.004; Table 1].")] == [15.0, 24.0]
    assert [e.value for e in extract_estimates(
        "The median survival time for both groups was 11 months with a 95% confidence interval of 7 to 13 and 6 to "
        "16 months for the A and B groups respectively.")] == [11.0]
    assert [e.value for e in extract_estimates(
        "Median duration of analgesia was longer in group B (280 min vs. 15 min, P < 0.001). The difference in "
        "median duration of analgesia is 265 min with 95% CI of 240-297 min.")] == [280.0, 15.0]
    assert _vals("Patients were treated with drug A for a significantly longer duration than those receiving drug "
                 "B (median 130 vs. 65 days; p < 0.001).") == []
    assert _vals("Results: Sensorium altered before admission, median hours (range) 13 (2-90) 8 (1-36) .14 "
                 "Systolic pressure, mmHg 115 (107-124) 107 (98-117) .21") == []


def test_round8_median_difference_and_glued_cells() -> None:
    assert _vals("Time to discharge was similar in the two groups, with a median difference of 1.4 days.") == []
    assert _vals("Results: Median NRS flexion (range)5 (0-10)4.5 (0-10)5 (0-10)Surgery by resident (%)67 (70%)"
                 "58 (62%)191 (67%)Duration of surgery, min 60 (45-80) 62 (44-85)") == []


def test_round8_ratio_per_units_after_a_slash() -> None:
    (e,) = extract_estimates("Patients with higher marker levels trended towards longer PFS (HR=0.91/1000 units, "
                             "95% CI=0.81-1.02, p-value=0.09).")
    assert (e.measure, e.value, e.ci_low, e.ci_high, e.p_value) == ("HR", 0.91, 0.81, 1.02, 0.09)


def test_round8_time_point_labels_and_exposure_received() -> None:
    assert _vals("The median score fell from 0.048 and 0.041 (0 week, p = 0.02) to 0.039 and 0.035 (6 week, "
                 "p = 0.016), respectively.") == []
    assert _vals("Median OS was 11.0 vs. 12.1 months, respectively (HR 2.08; p < 0.0001; Tables 1 and 4).") == [
        ("median", 11.0), ("median", 12.1), ("HR", 2.08)]
    assert _vals("Intervention participants received a median of 37 (24-51) min of therapy a day compared with 7 "
                 "(0-16) for those in the usual care group.") == []
    assert _vals("Results: median (range) for Tmax; n = 37 because the parameter could not be estimated for one "
                 "subject with a non-estimable elimination half-life.") == []
    assert [e.value_text for e in extract_estimates("At a median follow-up of 58 months, median OS had not been "
                                                    "reached as shown in Figure 1.")] == ["not been reached"]


def test_round8_unnamed_ratios_in_subgroup_brackets_and_landmark_lists() -> None:
    text = ("Median survival did not differ (5.5 months for drug and 5.0 months for placebo; hazard ratio 0.88 "
            "[95% CI 0.76-1.01], p=0.08) or among 800 patients with adenocarcinoma (6.2 months vs 5.3 months; 0.83 "
            "[0.67-1.02], p=0.09). Subgroup analyses showed longer survival with the drug for never-smokers (n=370; "
            "0.66 [0.48-0.91], p=0.011; median survival 8.8 vs 6.0 months).")
    assert [(e.measure, e.value, e.ci_low, e.p_value) for e in extract_estimates(text)] == [
        ("median", 5.5, None, None), ("median", 5.0, None, None), ("HR", 0.88, 0.76, 0.08), ("median", 6.2, None, None),
        ("median", 5.3, None, None), ("HR", 0.83, 0.67, 0.09), ("HR", 0.66, 0.48, 0.011), ("median", 8.8, None, None),
        ("median", 6.0, None, None)]
    assert [e.value for e in extract_estimates(
        "The median, 1, 2 and 5 year projected survival was 7.0 months, 32.1%, 22.6% and 13.5% vs. 13.2 months, "
        "57.4%, 38.7% and 24.6% for the RT and CRT groups, respectively.")] == [7.0, 13.2]
    assert [e.value for e in extract_estimates(
        "Recovery of neutrophils was faster (median = 12.5 vs 18 days for concurrent and 19 days for historical "
        "controls).")] == [12.5, 18.0, 19.0]
    assert _vals("Median PFS did not differ (38 months, 80% CI 35 - 52 vs 56 months, 43 - 73; p=0.44).") == [
        ("median", 38.0), ("median", 56.0)]
    assert _vals("The median survival is less than 10 months, and less than 10 percent of patients survive for 5 "
                 "years.") == []
    assert _vals("Median attacks were reduced from 3.1 (1.0-5.0) per 12 weeks on placebo to 1.0 (0-3.0) on drug "
                 "(p=0.01).") == []


def test_round8_headings_without_colons() -> None:
    text = ("Exercise and falls among elders. BACKGROUND Falls account for most fractures. METHODS This randomized "
            "trial compared exercise with no intervention. RESULTS 28% of the participants reported a fall during the "
            "study. The risk of falls fell with exercise for participants with low function (hazard ratio, .52) but "
            "rose for those with high function (hazard ratio, 3.41). CONCLUSIONS Exercise may reduce falls.")
    # the heading is no trial called "RESULTS-28"
    assert [(e.value, e.context, e.subject) for e in extract_estimates(text)] == [(0.52, "result", None),
                                                                                   (3.41, "result", None)]


def test_round8_end_points_named_around_the_bracket() -> None:
    def eps(text: str) -> list[tuple[float | None, str | None]]:
        return [(e.value, e.endpoint_text) for e in extract_estimates(text) if e.measure != "median"]
    # the words before a bracket of numbers; a clause's subject past the numbers; a label inside the bracket
    assert eps("At 8 weeks after the end of treatment, complete clearance was significantly higher with drug than "
               "with vehicle [49.5% vs. 18.2%, respectively; odds ratio (OR) 3.9 (95% CI) 1.7, 8.7; P = 0.0006].") == [
        (3.9, "complete clearance")]
    assert eps("The reoperation rate was similar in both groups: 12.8 versus 9.4 %; p = 0.628; RR 1.359; (95 % CI "
               "0.575-3.212).") == [(1.359, "reoperation rate")]
    assert eps("We found no differences in infection rates (Puerperal infection: 41/190 [22%] with enema v 26/182 "
               "[14%] without enema; RR 0.66, 95% CI 0.43 to 1.03).") == [(0.66, "Puerperal infection")]
    assert eps("Arm A had all equipment to deal with hypertension (18 vs. 3, OR 9.1, 95% CI 2.4 to 33.5), postpartum "
               "haemorrhage (29 vs. 12, OR 3.7, 95% CI 1.6 to 8.3).")[1] == (3.7, "postpartum haemorrhage")
    # a list of end points before a list of ratios: one each, in order
    assert eps("Nausea, headache, dizziness and tiredness were less frequent with drug A (RR (95% CI) 0.71 (0.59, "
               "0.84); 0.53 (0.38, 0.74); 0.73 (0.61, 0.87) and 0.88 (0.83, 0.94) respectively).") == [
        (0.71, "Nausea"), (0.53, "headache"), (0.73, "dizziness"), (0.88, "tiredness")]


def test_round8_guards_keep_real_medians() -> None:
    # the guards above must not drop: a median printed in the singular, "took a median of", "(median)" per group
    assert [e.value for e in extract_estimates(
        "The median PFS has been 8.5 month in the drug arm and 3.4 month in the placebo arm (HR=0.22; 95%CI: "
        "0.15-0.32).") if e.measure == "median"] == [8.5, 3.4]
    assert [e.value for e in extract_estimates("Platelet engraftment took a median of 40 and 25 days, "
                                               "respectively.")] == [40.0, 25.0]
    assert [e.value for e in extract_estimates("Results: Length of stay was 6 days in each group (median). "
                                               "Conclusions: No difference.")] == [6.0]


def test_round8_subgroups_named_before_medians_and_ratios() -> None:
    text = ("Median OS was 41.0 and 30.1 months, respectively (P=0.03). Patients with Del19 tumours had better OS "
            "(median: 45.1 vs 33.0 months, respectively) than those with L858R (31.2 vs 28.7 months, respectively).")
    assert [(e.value, e.population) for e in extract_estimates(text)] == [
        (41.0, "overall"), (30.1, "overall"), (45.1, "subgroup: Del19 tumours"), (33.0, "subgroup: Del19 tumours"),
        (31.2, "subgroup: L858R"), (28.7, "subgroup: L858R")]
    # the compared groups are no subgroup
    text = ("Survival was similar (HR 1.02, 95% CI 0.8-1.3). OS did not differ between men who underwent surgery and "
            "those who did not (108 vs. 120 months, p = 0.4).")
    assert {e.population for e in extract_estimates(text)} == {"overall"}


def test_round8_real_abstract_forms_set_u_dev() -> None:
    # a ratio named with its CI ("odds ratio and 95% confidence interval for X were …")
    (e,) = extract_estimates("Adjusted odds ratio and 95% confidence interval for the third tertile of change "
                             "compared with the first tertile were 0.41 (95% confidence interval, 0.18-0.93) for "
                             "low-grade cases.")
    assert (e.measure, e.value, e.ci_low, e.ci_high) == ("OR", 0.41, 0.18, 0.93)
    # "median [interquartile range] = 4 [1-8] wk" per group, the end point named early in the sentence
    text = ("There was no difference between the groups in time to viral rebound during the open-ended interruption "
            "(continuous therapy/single interruption, median [interquartile range] = 4 [1-8] wk, n = 20; repeated "
            "interruption, median [interquartile range] = 6 [4-8] wk, n = 22; p = 0.35).")
    assert [(e.value, e.unit) for e in extract_estimates(text)] == [(4.0, "weeks"), (6.0, "weeks")]
    # a flow grade is no trial: "TIMI 3 flow"
    text = ("RESULTS: Events were fewer with drug A (hazard ratio, 0.38; 95% CI, 0.19 to 0.75). Postprocedural TIMI 3 "
            "flow was obtained in 89.5% of group A and 81.2% of group B (hazard ratio, 1.98; 95% CI, 1.08 to 3.64).")
    assert [(e.value, e.context, e.subject) for e in extract_estimates(text)] == [(0.38, "result", None),
                                                                                   (1.98, "result", None)]


def test_round9_group_named_between_a_ratio_and_its_ci() -> None:
    # each item of a list names its group between the value and the CI; a reference level printed as 1.00
    text = ("RESULTS The hazard ratio (HR) of relapse was 1.00 in group 1, 2.10 in group 2 (95% CI: 1.05-4.20), "
            "2.90 in group 3 (95% CI: 1.30-6.47), and 0.80 in group 4 (95% CI: 0.30-2.13).")
    assert [(e.value, e.ci_low, e.ci_high, e.covariate) for e in extract_estimates(text)] == [
        (1.0, None, None, "group 1"), (2.1, 1.05, 4.2, "group 2"), (2.9, 1.3, 6.47, "group 3"),
        (0.8, 0.3, 2.13, "group 4")]
    (e,) = extract_estimates("The odds ratio of relapse was 0.50 in the placebo group (95% CI 0.3-0.9).")
    assert (e.value, e.ci_low, e.ci_high) == (0.5, 0.3, 0.9)


def test_round9_ratios_in_words_and_cis_stated_with_a_verb() -> None:
    text = ("RESULTS The odds ratio for developing infection was 6.1 times greater for those who received X "
            "(p = 0.04). The risk of relapse (adjusted for age) was 2.75 times higher in the placebo group "
            "(P < 0.001, 95 percent confidence interval, 1.50 to 5.04).")
    assert _ratios(text) == [("OR", 6.1, None, None, None, None, None), ("RR", 2.75, 1.5, 5.04, 95.0, "<", 0.001)]
    assert _ratios("The odds ratio (OR) was 3.2 (95% CI is 1.50, 6.83) for infection.") == [
        ("OR", 3.2, 1.5, 6.83, 95.0, None, None)]
    # a "times" of something that is not the ratio itself stays out
    assert _ratios("The hazard ratio was computed 3 times higher doses were not tested.") == []


def test_round9_brackets_after_medians() -> None:
    # a ratio's bracket after a median is neither the median's CI nor part of its arm
    found = extract_estimates("RESULTS Median OS was 10.1 months for arm X and 11.4 months for arm Y [HR=0.88 (95% "
                              "CI, 0.70-1.10); P=0.25 for superiority].")
    assert [(e.measure, e.value, e.ci_low, e.arm) for e in found] == [
        ("median", 10.1, None, "arm X"), ("median", 11.4, None, "arm Y"), ("HR", 0.88, 0.7, None)]
    # a CI's bracket holding asides (another median, an IQR) ends the CI at ';' and hides the asides
    found = extract_estimates(
        "RESULTS Median PFS with placebo was 5 weeks (95% CI, 3.1-6.2 weeks; median treatment duration, 6 weeks; "
        "interquartile range [IQR], 3-10 weeks) and with drug Z was 12.2 weeks (95% CI, 7.4-15.0 weeks; median "
        "treatment duration, 13 weeks; IQR, 7.1-20.3 weeks) (hazard ratio, 0.50; 95% CI, 0.33-0.76; P <.001).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [
        ("median", 5.0, 3.1, 6.2), ("median", 12.2, 7.4, 15.0), ("HR", 0.5, 0.33, 0.76)]
    # a bracket of CIs per group after one median for both: limits, not medians
    found = extract_estimates("RESULTS Median PFS in both groups was 7.1 months [95% confidence interval (CI) 5.0, "
                              "9.1 (drug A); 5.2, 8.0 (drug B)].")
    assert [(e.value, e.ci_low) for e in found] == [(7.1, None)]


def test_round9_list_items_with_bracketed_labels_and_a_colon_head() -> None:
    text = ("RESULTS Odds ratios (ORs) for predicting hip fracture were: previous fracture, 2.31 (95% CI 1.31-4.08); "
            "low body weight (< 58 kg), 2.20 (95% CI 1.28-3.77); maternal history of hip fracture, 1.68 (95% CI "
            "0.85-3.31); and age (per year increase), 1.09 (95% CI 1.04-1.13).")
    found = extract_estimates(text)
    assert [(e.value, e.covariate) for e in found] == [
        (2.31, "previous fracture"), (2.2, "low body weight (< 58 kg)"), (1.68, "maternal history of hip fracture"),
        (1.09, "age (per year increase)")]
    assert {e.endpoint_text for e in found} == {"predicting hip fracture"}


def test_round9_ci_brackets_named_in_other_ways() -> None:
    # "(HRs; 95% CI)" and "(95% confidence intervals [CIs])" name the CI before the values; end points
    # listed before "respectively" go one per value
    text = ("RESULTS The age-adjusted relative hazards (HRs; 95% CI) for the first CV event, first coronary event "
            "and death in the drug group versus the control group were 1.8 (0.9 to 3.6), 0.98 (0.4 to 2.6) and 1.6 "
            "(0.6 to 4.1), respectively.")
    assert [(e.measure, e.value, e.ci_low, e.endpoint_text) for e in extract_estimates(text)] == [
        ("HR", 1.8, 0.9, "first CV event"), ("HR", 0.98, 0.4, "first coronary event"), ("HR", 1.6, 0.6, "death")]
    text = ("RESULTS Among women without CHD, risk ratios (95% confidence intervals [CIs]) for X users were 1.75 "
            "(0.44 to 8.13) for fatal MI, 1.11 (0.55 to 2.28) for nonfatal MI. In women with CHD, risk ratios (95% "
            "CIs) were 0.00 (0 to 1.58) for fatal MI and 1.25 (0.32 to 5.18) for nonfatal MI.")
    assert [(e.value, e.ci_low, e.ci_high, e.endpoint_text) for e in extract_estimates(text)] == [
        (1.75, 0.44, 8.13, "fatal MI"), (1.11, 0.55, 2.28, "nonfatal MI"), (0.0, 0.0, 1.58, "fatal MI"),
        (1.25, 0.32, 5.18, "nonfatal MI")]
    # a zero without a CI from zero stays a misread
    assert extract_estimates("RESULTS The HR was 0 in group A (P = 0.5).") == []
    # an abbreviation in a bracket of its own inside the bracket of rates; "hazard rate =" printed for the ratio
    assert _ratios("RESULTS Recovery was more frequent with X by day 3: 79.9% vs. 53.3% [(RR) = 0.47, 95% CI: "
                   "0.41-0.55], (P < 0.001).") == [("RR", 0.47, 0.41, 0.55, 95.0, None, None)]
    assert _ratios("RESULTS Risk was reduced by 18% (hazard rate = 0.82; P =.01) with X.") == [
        ("HR", 0.82, None, None, None, "=", 0.01)]
    assert _ratios("RESULTS The hazard rate was 0.05 per year in both arms.") == []
    # "-fold" with the ratio's own name and CI; not a bare fold change
    assert _ratios("RESULTS Stroke showed a 3.7-fold increased relative hazard (95% CI 1.2 to 11.4) with X.") == [
        ("HR", 3.7, 1.2, 11.4, 95.0, None, None)]
    assert _ratios("RESULTS Levels were 2.5-fold higher (95% CI 1.2 to 4.4) with X.") == []


def test_round9_genus_abbreviation_repeats_and_lost_middle_dots() -> None:
    text = ("RESULTS The relative risk of mastitis caused by Staph. aureus was 0.31 and 0.28 for cows in the early "
            "and late groups, respectively, compared with the control group.")
    assert [(e.value, e.endpoint_text) for e in extract_estimates(text)] == [
        (0.31, "mastitis caused by Staph. aureus"), (0.28, "mastitis caused by Staph. aureus")]
    # the same ratios quoted again in a later sentence are one estimate each; their subjects are the end points
    text = ("Nausea fell from 38% (96/258) with placebo to 28% (71/257) with X, a relative risk of 0.74. Vomiting fell "
            "from 17% (44/258) to 11% (29/257), a relative risk of 0.67. The relative risks of 0.67 and 0.74 were "
            "similar.")
    assert [(e.value, e.endpoint_text) for e in extract_estimates(text)] == [(0.74, "Nausea"), (0.67, "Vomiting")]
    # a design copy of a result's value stays (its context differs)
    text = ("Results: Median OS was 10.2 months versus 8.0 months (hazard ratio for death, 0.76; 95% CI, 0.63 to "
            "0.92). The trial was designed to detect a hazard ratio of 0.76 with 90% power.")
    assert [(e.value, e.context) for e in extract_estimates(text) if e.measure == "HR"] == [
        (0.76, "result"), (0.76, "design")]
    # middle dots lost to "?" in a re-encoded text, read as decimal points where the text has several; a lost
    # "±" after a decimal stays unread
    assert _ratios("FINDINGS More were alive (odds ratio [OR] 1?35, 95% CI 1?06-1?73).") == [
        ("OR", 1.35, 1.06, 1.73, 95.0, None, None)]
    assert _ratios("RESULTS Counts were 1.43?0.63 vs 1.2?0.5 (odds ratio 1.5, 95% CI 1.1-2.0).") == [
        ("OR", 1.5, 1.1, 2.0, 95.0, None, None)]


def test_round9_times_never_called_medians_are_not_medians() -> None:
    # a text that calls none of its times medians: a per-arm time to an event is read as its median, and
    # says so; any other time keeps its numbers as "time" (its summary is not stated)
    found = extract_estimates("RESULTS Patients given X had longer progression-free survival (7.03 versus 3.60 "
                              "months, P = 0.006; hazard ratio: 0.55).")
    assert [(e.measure, e.value) for e in found] == [("median", 7.03), ("median", 3.6), ("HR", 0.55)]
    assert [e.note for e in found[:2]] == ["not called a median in the text: a per-arm time to an event, read as "
                                           "its median"] * 2
    found = extract_estimates("RESULTS Mortality was similar (12% vs 13%), but length of stay was shorter with X "
                              "(5.1 versus 7.2 days, P = 0.006).")
    assert [(e.measure, e.value, e.endpoint_text, e.note) for e in found] == [
        ("time", 5.1, "length of stay", None), ("time", 7.2, "length of stay", None)]
    # where the text calls some outcome time a median, such pairs are read as its medians
    found = extract_estimates("RESULTS Median OS was 20.1 vs 15.2 months (HR 0.70, 95% CI 0.5-0.9). PFS was also "
                              "longer (7.0 vs 3.6 months; HR 0.55, 95% CI 0.4-0.8).")
    assert [e.measure for e in found] == ["median", "median", "HR", "median", "median", "HR"]
    # follow-up is no outcome median
    found = extract_estimates("RESULTS After a median follow-up of 12.8 months, overall survival was longer with X "
                              "(14.8 vs 10.9 months; hazard ratio, 0.65; 95% CI, 0.54 to 0.77).")
    assert [(e.measure, e.endpoint) for e in found] == [("median", "OS"), ("median", "OS"), ("HR", "OS")]


def test_round9_event_reached_after_a_median_and_second_pairs() -> None:
    text = ("RESULTS Meaningful pain relief was reached after a median of 29 and 28 minutes with drug A 200 and 400 "
            "mg, respectively, and after 52 and 44 minutes with drug B 200 and 400 mg, respectively (all, P < 0.05).")
    found = extract_estimates(text)
    assert [(e.value, e.unit) for e in found] == [(29.0, "minutes"), (28.0, "minutes"), (52.0, "minutes"),
                                                  (44.0, "minutes")]
    assert {e.endpoint_text for e in found} == {"Meaningful pain relief"}


def test_round9_medians_declared_after_the_values_and_groups_before_brackets() -> None:
    text = ("RESULTS Home readiness was achieved faster in the X group (109 [21-937] min, P < 0.01) and in the Y group "
            "(110 [33-642] min, P < 0.001) when compared to the Z group (372 [45-723] min) (median [range]).")
    assert [(e.value, e.ci_low, e.arm) for e in extract_estimates(text)] == [
        (109.0, None, "X"), (110.0, None, "Y"), (372.0, None, "Z")]
    # a pair in one bracket after the second group named is not that group's alone: the groups in order
    found = extract_estimates("RESULTS Median OS was longer in the EE group compared with the EP group (9.4 v 5.4 "
                              "months; hazard ratio, 0.35; 95% CI, 0.13 to 0.92).")
    assert [(e.value, e.arm) for e in found if e.measure == "median"] == [(9.4, "EE"), (5.4, "EP")]
    # "50% survival times" are medians
    found = extract_estimates("Patients lacking both risk factors displayed 50% survival times of 46 months in "
                              "stage III and 88 months in stage II.")
    assert [(e.measure, e.value, e.endpoint) for e in found] == [("median", 46.0, "OS"), ("median", 88.0, "OS")]


def test_round9_end_points_from_the_clause_around_the_ratio() -> None:
    def eps(text: str) -> list[object]:
        return [e.endpoint_text for e in extract_estimates(text) if e.measure != "median"]

    assert eps("RESULTS Myocardial infarction occurred in 329 patients (6.6%) assigned to X and in 295 patients "
               "(5.9%) assigned to placebo (hazard ratio, 1.11; 95% CI, 0.95 to 1.30; P=0.18).") == [
        "Myocardial infarction"]
    assert eps("RESULTS Tachysystole was found in 7 (7.1%) patients given A and 18 (18.4%) given B (relative risk "
               "0.52, 95% confidence interval 0.31 to 0.89).") == ["Tachysystole"]
    assert eps("RESULTS Abstinence rates at 7 weeks were 36.4% versus 20.8% (OR = 2.52, p =.001).") == [
        "Abstinence rates"]
    assert eps("RESULTS Two end points were reduced: the rate of stent thrombosis, from 0.6% to 0.2% (odds ratio, "
               "0.31; 95% CI, 0.11 to 0.85), and the rate of death from any cause, from 0.7% to 0.2% (odds ratio, "
               "0.33; 95% CI, 0.13 to 0.83).") == ["stent thrombosis", "death from any cause"]
    assert eps("RESULTS Acupuncture produced significant reductions in patient reports of severe dry mouth (OR = "
               "2.01, P = 0.031).") == ["severe dry mouth"]
    assert eps("RESULTS The primary outcome, functional status at day 90, did not differ between the groups "
               "(adjusted odds ratio 0.88, 95% CI 0.76-1.03).") == ["functional status at day 90"]
    assert eps("RESULTS Participants were more likely to agree that: 'it is difficult to quit smoking once started' "
               "(RR = 1.56, 95% CI = 1.38-1.76).") == ["it is difficult to quit smoking once started"]
    assert eps("RESULTS Providers had better knowledge of active management of labour (82.4% vs. 35.8%, AOR 10, 95% "
               "CI 5.5 to 18.2); management of maternal sepsis (73.5% vs. 10.9%, AOR 36.1, 95% CI 13.6 to 95.9).") \
        == ["knowledge of active management of labour", "management of maternal sepsis"]
    assert eps("RESULTS Patients were less likely to have a subsequent hip fracture (HR = 0.75, 95% CI 0.18-3.07).") \
        == ["subsequent hip fracture"]
    # factors listed after "associated with": the end point is what they are associated with, never the factor's name
    assert eps("RESULTS Three variables were independently associated with infection: drug use (OR = 5.2; 95% CI = "
               "1.2, 26); gonorrhea or chlamydia (OR = 4.0; 95% CI = 1.9, 8.9).") == ["infection", "infection"]
    # "less frequent with X": no end point called "frequent"
    assert eps("RESULTS Side effects were less frequent with misoprostol (RR 0.71, 95% CI 0.59-0.84).") != ["frequent"]


def test_round9_ranges_ratings_and_time_on_therapy_are_no_medians() -> None:
    assert _vals("RESULTS The median time to Cmax (tmax) was approximately 2 to 4 days following either dose.") == []
    assert _vals("RESULTS Median remedication times with both doses of A were similar to those with both doses of "
                 "B, ranging from 4.0 to 5.2 hours.") == []
    assert _vals("The median on the scale for time to fall asleep was 3.5, corresponding to approximately 30 minutes "
                 "in group A and 40 minutes in group B.") == []
    assert _vals("Patients stopped treatment, with median (interquartile range) durations on therapy of 6 (3 to 8) "
                 "months, 2 (1 to 7) months and 6 (3 to 8) months, respectively.") == []
    # an approximate value of one group is still that group's median
    assert _vals("RESULTS Median time to relief was about 3 hours with A and 5 hours with B (P = 0.01).") == [
        ("median", 3.0), ("median", 5.0)]


def test_round9_factors_their_outcome_and_compared_arms() -> None:
    text = ("RESULTS In a Cox regression model, predictors of recurrent neurological events were presence of PFO "
            "(hazard ratio 5.27, 95% CI 1.58 to 17.6, P < 0.007), history of migraine (hazard ratio 4.54, 95% CI 1.11 "
            "to 18.52, P < 0.035).")
    assert [(e.covariate, e.endpoint_text) for e in extract_estimates(text)] == [
        ("presence of PFO", "recurrent neurological events"), ("history of migraine", "recurrent neurological events")]
    # outcomes listed right after "associated with" stay end points
    text = ("RESULTS PSA values at 2 years were also associated with subsequent PSA failures (HR = 2.71, 95% CI: "
            "1.98-3.71) and prostate cancer-specific survival (HR = 2.87, 95% CI: 1.29-6.37).")
    assert [e.endpoint_text for e in extract_estimates(text)] == ["subsequent PSA failures",
                                                                  "prostate cancer-specific survival"]
    # "among patients on A than in those on B": the compared arms, no subgroup
    text = ("RESULTS All-cause mortality was lower with X (hazard ratio 0.66, 95% CI 0.54-0.81). There were "
            "significantly fewer sudden deaths among patients on bisoprolol than in those on placebo (48 [3.6%] vs 83 "
            "[6.3%] deaths), with a hazard ratio of 0.56 (0.39-0.80, p=0.0011).")
    assert [(e.endpoint_text, e.population) for e in extract_estimates(text)] == [
        ("All-cause mortality", "overall"), ("sudden deaths", "overall")]


def test_round9_groups_opening_a_clause_and_stages_after_the_main_result() -> None:
    text = ("RESULTS Overall survival did not differ (HR 0.95, 95% CI 0.8-1.1). Patients with first-cycle rash had "
            "better overall survival (HR 0.76, 95% CI 0.63-0.92). Males who attended programme meetings had lower HIV "
            "incidence (IRR 0.48, 95% CI 0.24-0.98). Patients who received drug A had longer PFS (HR 0.70, 95% CI "
            "0.5-0.9).")
    assert [e.population for e in extract_estimates(text)] == [
        "overall", "subgroup: first-cycle rash", "subgroup: Males who attended programme meetings", "overall"]
    # a stage named with the first result is the trial's population; later, a subgroup
    text = ("RESULTS In stage IV melanoma, drug X improved overall survival (HR 0.68, 95% CI 0.5-0.9). A benefit was "
            "found in stage IIIC disease (HR 0.60, 95% CI 0.4-0.9).")
    assert [(e.population, e.endpoint) for e in extract_estimates(text)] == [
        ("overall", "OS"), ("subgroup: stage IIIC disease", "OS")]
    # "as well as a lower risk of X (aHR …)": the end point without the connective
    (e,) = extract_estimates("RESULTS Treated subjects had a lower viral load, as well as a lower risk of overall "
                             "mortality (aHR, 0.42; 95% CI, 0.16-1.10).")
    assert e.endpoint_text == "overall mortality"


def test_round9_arms_named_inside_the_end_point_words() -> None:
    text = ("RESULTS Median progression-free survival among patients randomized to chemotherapy was 7 weeks (95% CI, "
            "4.3-8.4 weeks) and among those randomized to drug X was 15.9 weeks (95% CI, 8.4-21.1 weeks).")
    assert [(e.value, e.arm, e.endpoint_text) for e in extract_estimates(text)] == [
        (7.0, "chemotherapy", "progression-free survival"), (15.9, "drug X", "progression-free survival")]
    assert [(e.value, e.arm) for e in extract_estimates("RESULTS Median PFS with placebo was 5 weeks and with drug Z "
                                                        "was 12.2 weeks.")] == [(5.0, "placebo"), (12.2, "drug Z")]
    # a population in the end point's words is no arm
    found = extract_estimates("RESULTS Median OS in the ITT population was 12.1 vs 10.2 months.")
    assert [e.arm for e in found] == [None, None]


def test_round9_set_t_dev_forms() -> None:
    # subgroups named as a bracket's label after the end point; medians with "prior" in the label
    text = ("RESULTS: X significantly prolonged median progression-free survival regardless of prior chemotherapy use "
            "(prior chemotherapy: 11.0 vs 3.2 months; hazard ratio, 0.34; 95% confidence interval, 0.25-0.48; P < "
            "0.0001) (chemonaive: 11.4 vs 5.4 months; hazard ratio, 0.42; 95% confidence interval, 0.29-0.60).")
    assert [(e.measure, e.value, e.endpoint, e.population) for e in extract_estimates(text)] == [
        ("median", 11.0, "PFS", "subgroup: prior chemotherapy"), ("median", 3.2, "PFS", "subgroup: prior chemotherapy"),
        ("HR", 0.34, "PFS", "subgroup: prior chemotherapy"), ("median", 11.4, "PFS", "subgroup: chemonaive"),
        ("median", 5.4, "PFS", "subgroup: chemonaive"), ("HR", 0.42, "PFS", "subgroup: chemonaive")]
    # one CI per median, "respectively"
    found = extract_estimates("RESULTS: Median PFS was 4.0 and 2.5 months for GV and GP arms, respectively (95% CI, "
                              "2.5 to 5.3 and 1.9 to 3.8, respectively; adjusted hazard ratio, 0.81; 95% CI, 0.54 to "
                              "1.21).")
    assert [(e.value, e.ci_low, e.ci_high, e.arm) for e in found] == [
        (4.0, 2.5, 5.3, "GV"), (2.5, 1.9, 3.8, "GP"), (0.81, 0.54, 1.21, None)]
    # "confidential interval"; orientation bracket after adjustment words; "OR range"
    assert [(e.value, e.ci_low) for e in extract_estimates(
        "RESULTS: Hazard ratios were 0.79 (95% confidential interval: 0.54-1.16), 0.51 (0.31-0.82), and 0.60 "
        "(0.42-0.84), respectively.")] == [(0.79, 0.54), (0.51, 0.31), (0.6, 0.42)]
    found = extract_estimates("RESULTS: The hazard ratios after adjusting of age and disease stage (S vs. SP) of PFS "
                              "and OS are 1.772 (95% CI, 1.102 to 2.848) and 2.047 (95% CI, 1.109 to 3.377), "
                              "respectively.")
    assert [(e.value, e.endpoint) for e in found] == [(1.772, "PFS"), (2.047, "OS")]
    assert _ratios("RESULTS: Shift was higher for X on all items (odds ratio [OR] range, 1.4-1.7, P < .05).") == []
    # a hazard "N times greater" named by its subject, the list after it, and the P printed with each
    found = extract_estimates("RESULTS: The hazard for new hospitalization was 8.351 times greater (P = 0.0001) for "
                              "group A and 1.977 times greater (P = 0.0295) for group B.")
    assert [(e.measure, e.value, e.p_value) for e in found] == [("HR", 8.351, 0.0001), ("HR", 1.977, 0.0295)]
    # "ARR" defined as an adjusted relative risk
    assert _ratios("RESULTS: More said so (adjusted relative risk [ARR] 1.33, 95% CI 1.05-1.68) and agreed (ARR "
                   "1.10, 95% CI 1.02-1.20).") == [("RR", 1.33, 1.05, 1.68, 95.0, None, None),
                                                   ("RR", 1.1, 1.02, 1.2, 95.0, None, None)]
    # a bracket holding a median closes its region; care given "within a median time" is no outcome
    assert _vals("RESULTS: The period was longer (median: 48 hours versus 4 hours, p = 0.002) and an average "
                 "reduction by 26% (p = 0.004). 47% of patients reached abstinence 16 weeks after the first dose.") == [
        ("median", 48.0), ("median", 4.0)]
    assert _vals("RESULTS: In the routine group, CPAP was installed within a median time of 30 min.") == []


def test_round9_one_list_one_population_factors_respectively_and_thousands() -> None:
    text = ("RESULTS Among the 1954 participants without baseline HF, adjusted HRs and 95% CIs for incident HF "
            "associated with PA-/HE+, PA+/HE-, and PA+/HE+ were 1.21 (0.81-1.81), 0.71 (0.54-0.94), and 0.71 "
            "(0.51-0.98), respectively.")
    found = extract_estimates(text)
    assert {e.population for e in found} == {"overall"}
    assert [(e.endpoint_text, e.covariate) for e in found][::2] == [("incident HF", "PA-/HE+"),
                                                                   ("incident HF", "PA+/HE+")]
    # a number with a thousands separator is no ratio
    assert _ratios("OR odds ratio intervention versus control arm, controlling for site, CI confidence interval, in "
                   "a subset of 4,711 women.") == []


def test_round9_full_text_result_paragraph_forms() -> None:
    # a label's number is no median; each labelled value of one bracket is its own group's
    found = extract_estimates("RESULTS The median PFS in all patients did not differ by mutational status (wild type: "
                              "7.5 months, mutation codon 12: 8.2 months, mutation codon 13: 10.0 months; p = 0.71).")
    assert [(e.value, e.population) for e in found] == [
        (7.5, "subgroup: wild type"), (8.2, "subgroup: mutation codon 12"), (10.0, "subgroup: mutation codon 13")]
    # a duration of the condition before the trial, compared without a P, is a characteristic
    assert _vals("RESULTS The median duration of infertility was longer in the group that received A, compared with "
                 "the group that received B (2.0 years and 1.0 year, respectively).") == []
    # a time point named by the cohort's median
    assert _vals("RESULTS At the median length of stay (5.5 days), there was no difference in delirium.") == []


def test_round9_factors_associated_with_an_outcome_and_generic_connectives() -> None:
    text = ("RESULTS Older age was associated with improved BDI-II score (OR 1.05, CI 1.01-1.99), and a higher level "
            "of education was associated with improved EQ-5D score (OR 3.9, CI 1.77-8.73).")
    assert [(e.covariate, e.endpoint_text) for e in extract_estimates(text)] == [
        ("Older age", "improved BDI-II score"), ("higher level of education", "improved EQ-5D score")]
    # a trial's arm is no factor
    (e,) = extract_estimates("RESULTS Treatment with X was associated with lower mortality (HR 0.70, 95% CI 0.5-0.9).")
    assert (e.covariate, e.endpoint) == (None, "OS")
    # "nor a change over time (OR …)", "a difference between the groups (OR …)": no end point named ("differences in
    # admission between groups" names admission, session 11)
    text = ("RESULTS There were no differences in admission between groups before baseline (OR 0.99; p = 0.985), nor "
            "a change over time (OR 0.62; p = 0.086) in either groups or a difference between the groups (OR 0.97; p "
            "= 0.878).")
    assert [e.endpoint_text for e in extract_estimates(text)] == ["admission", None, None]
    # a nested bracket after "median" is no end point's words; "for the A and B groups" names both values' groups
    found = extract_estimates("RESULTS The median (interquartile range [IQR]) latencies for T1-T2 were 59 (49-93) days "
                              "and 56 (42-67) days for the WSTP and EC groups (p = 0.035).")
    assert [(e.value, e.arm, e.endpoint_text) for e in found] == [(59.0, "WSTP", "latencies for T1-T2"),
                                                                  (56.0, "EC", "latencies for T1-T2")]


def test_round9_a_trial_name_labelling_a_bracket_is_no_subgroup() -> None:
    found = extract_estimates("Palbociclib prolonged progression-free survival in an earlier trial (PALOMA-3: 9.5 vs "
                              "4.6 months).")
    assert [(e.value, e.population_kind) for e in found] == [(9.5, "overall"), (4.6, "overall")]
    # while "The PFI was not different (A = 106 days; B = 73.5 days; P = .62; HR …)" names its end point
    (e,) = [e for e in extract_estimates("RESULTS The PFI was not significantly different between groups (A = 106 "
                                         "days; B = 73.5 days; P = .62; hazard ratio 0.86; 95% confidence interval "
                                         "0.47-1.56).") if e.measure == "HR"]
    assert e.endpoint_text == "PFI"


def test_round9_endpoint_classes_for_forms_set_u_prints() -> None:
    from trialink._measures import endpoint_of

    assert [endpoint_of(t) for t in ("time-to-progression", "response duration", "nonarrhythmic death",
                                     "survival time to extubation", "survival time", "survival time to death")] == [
        "TTP", "DoR", "other", "other", "OS", "OS"]


def test_round9_end_points_after_counts_effects_and_the_primary_end_point() -> None:
    def eps(text: str) -> list[object]:
        return [e.endpoint_text for e in extract_estimates(text) if e.measure != "median"]

    assert eps("RESULTS Two patients in group R and 15 patients in group LE developed hypertension (odds ratio [OR]: "
               "0.064) (P < 0.001).") == ["hypertension"]
    assert eps("RESULTS A total of 12 (6.5%) patients receiving A and 30 (16.4%) receiving placebo had cardiovascular "
               "death or hospital admission for heart failure (hazard ratio, 0.39; 95% CI, 0.20 to 0.76).") == [
        "cardiovascular death or hospital admission"]
    assert eps("RESULTS The effect was borderline significant for hip arthroplasty (HR 0.73 [95% CI 0.52-1.03], P = "
               "0.07), and not significant for knee arthroplasty (HR 0.87 [95% CI 0.71-1.07], P = 0.19).") == [
        "hip arthroplasty", "knee arthroplasty"]
    assert eps("RESULTS Adherence mediated 35.2% of the effect of a brief intervention on glycemic control [from odds "
               "ratio (OR) = 8.48, 95% CI (3.24, 22.2) to 4.00, 95% CI (1.34, 11.93)].")[0] == "glycemic control"
    assert eps("RESULTS The primary efficacy endpoint of time to pain relief through 2 hours demonstrated that A had "
               "earlier onset than B (P = 0.032; hazard ratio 1.21).") == ["time to pain relief through 2 hours"]
    # "had a significantly greater risk at weeks 4 and 8 (RR …)": a generic risk names no end point
    assert eps("RESULTS The group receiving 1 mg also had a significantly greater risk at weeks 4 and 8 (RR = 1.5 and "
               "95% CI 1.15, 1.96).") == [None]


def test_round10_medians_of_two_end_points_in_pairs() -> None:
    # "PFS and OS were a and b months in A and c and d months in B": one value per end point, the pair's group
    found = extract_estimates("RESULTS The median PFS and OS were 3.1 and 11.9 months in drug X and 2.2 and "
                              "12.6 months in drug Y.")
    assert [(e.value, e.endpoint, e.arm) for e in found] == [
        (3.1, "PFS", "drug X"), (11.9, "OS", "drug X"), (2.2, "PFS", "drug Y"), (12.6, "OS", "drug Y")]
    found = extract_estimates("RESULTS Median times to progression and overall survival in the oral arm (5.1 and "
                              "10.3 months, respectively) were similar to those in the infusion arm (4.4 and 9.0 "
                              "months, respectively).")
    assert [(e.value, e.endpoint, e.arm) for e in found] == [
        (5.1, "TTP", "oral"), (10.3, "OS", "oral"), (4.4, "TTP", "infusion"), (9.0, "OS", "infusion")]


def test_round10_median_takes_its_own_clause_subject() -> None:
    # the end point named in the clause before ", but" is not the median's
    found = extract_estimates("RESULTS Mortality at day 28 was similar (21% versus 24%), but duration of "
                              "ventilation was shorter in the early group median 6 days (range 1 to 40) compared to "
                              "9 days (range 2 to 51) in the late group (P = 0.01).")
    assert [(e.value, e.endpoint, e.endpoint_text) for e in found] == [
        (6.0, "other", "duration of ventilation"), (9.0, "other", "duration of ventilation")]


def test_round10_anaphoric_ratio_and_sex_groups() -> None:
    # "the HR was also 1.10": "also" is no end point; "For men, …, while for women, …" are subgroups
    found = extract_estimates("RESULTS For men, statin use was associated with a HR for mortality of 0.90, while "
                              "for women, the HR was also 1.10 (P = 0.40).")
    assert [(e.value, e.endpoint, e.population) for e in found] == [
        (0.9, "OS", "subgroup: men"), (1.1, "OS", "subgroup: women")]


def test_round10_symptom_progression_is_not_ttp() -> None:
    from trialink._measures import endpoint_of

    assert endpoint_of("time to progression in BPI-SF pain at its worst") == "other"
    assert endpoint_of("time to progression of pain score") == "other"
    assert endpoint_of("times to progression") == "TTP"
    assert endpoint_of("time to progression in patients with liver metastases") == "TTP"


def test_round10_end_point_from_the_clause_before_a_bracket_of_numbers() -> None:
    # a list of outcomes, each followed by its own bracket of percentages and the ratio
    text = ("RESULTS Drug A reduced stroke (4.1 percent vs. 6.0 percent; hazard ratio, 0.67; 95 percent confidence "
            "interval, 0.50 to 0.90; P=0.01), major bleeding (2.2 percent vs. 3.9 percent, respectively; hazard "
            "ratio, 0.55; 95 percent confidence interval, 0.36 to 0.84; P=0.005), and myocardial infarction or sudden "
            "death (1.8 percent vs. 2.6 percent, respectively; hazard ratio, 0.70; 95 percent confidence interval, "
            "0.45 to 1.09; P=0.11).")
    assert [(e.value, e.endpoint, e.endpoint_text) for e in extract_estimates(text)][1:] == [
        (0.55, "safety", "major bleeding"), (0.7, "composite", "myocardial infarction or sudden death")]
    # "no difference in X (counts; adjusted hazard ratio …)", "survival favored A with a hazard ratio of …",
    # "Median survival was not better (median … vs …; hazard ratio …)"
    (e,) = extract_estimates("RESULTS There was no difference in case fatality at 30 days (120 [15%] vs 118 [14%]; "
                             "adjusted hazard ratio 0.97, 95% CI 0.80-1.18, p=0.77).")
    assert (e.endpoint, e.endpoint_text) == ("OS", "case fatality")
    (e,) = extract_estimates("RESULTS Adjusting for age, survival favored drug A with a hazard ratio of 0.81 (95% "
                             "confidence interval [CI] 0.52-1.26).")
    assert e.endpoint == "OS"
    found = extract_estimates("RESULTS Median survival was not significantly better with early treatment (median "
                              "14.2 vs 12.5 months; hazard ratio, 0.91; 95% CI 0.70-1.18; P=0.47).")
    assert [(e.measure, e.endpoint) for e in found] == [("median", "OS"), ("median", "OS"), ("HR", "OS")]
    # an analysis is no end point
    (e,) = extract_estimates("RESULTS There was no difference in a multivariate analysis (HR=1.10; 95% CI=0.90-1.34).")
    assert e.endpoint == "unknown"


def test_round10_end_point_classes_of_joined_deaths() -> None:
    from trialink._measures import endpoint_of

    assert [endpoint_of(x) for x in ("myocardial infarction or sudden death", "cardiovascular death or hospital "
                                     "admission", "death from cardiovascular causes or stroke", "cardiovascular death",
                                     "cancer-specific and overall mortality", "Median survival", "graft survival",
                                     "bPFS events")] == [
        "composite", "composite", "composite", "other", "other", "OS", "other", "PFS"]


def test_round10_each_clause_after_a_bracket_names_its_own_outcome() -> None:
    text = ("RESULTS There was no significant difference in the risk of death from all causes with drug A compared "
            "with placebo [RR = 0.81 (95% CI 0.50 to 1.31)] and the risk of poor outcome on the Rankin scale "
            "[RR = 0.92 (95% CI 0.66 to 1.28)].")
    assert [(e.value, e.endpoint, e.endpoint_text) for e in extract_estimates(text)] == [
        (0.81, "OS", "risk of death"), (0.92, "other", "poor outcome on Rankin scale")]
    # a second comparison after the bracket keeps the clause's outcome
    text = ("RESULTS Drug A reduced the risk of a severe flare by 40% versus placebo (HR 0.60, p < 0.001) and 20% "
            "versus drug B (HR 0.80, p < 0.01).")
    first, second = (e.endpoint_text or "" for e in extract_estimates(text))
    assert "severe flare" in first and second == first
    (e, _) = extract_estimates("RESULTS The risk of CV death was reduced by 30% (HR 0.70; 95% CI: 0.55-0.89) and "
                               "the risk of death from any cause by 20% (HR 0.80; 95% CI 0.66-0.97).")
    assert (e.endpoint, e.endpoint_text) == ("other", "risk of CV death")


def test_round10_factors_listed_with_p_before_the_ratio() -> None:
    text = ("RESULTS In multivariate analyses, the best predictors of relapse-free survival were treatment with "
            "drug A (P = 0.01; relative hazard, 5.2), a higher baseline titer (P = 0.04; relative hazard, 1.9), "
            "and older age (P = 0.07; relative hazard, 1.3).")
    assert [(e.value, e.endpoint, e.covariate) for e in extract_estimates(text)] == [
        (5.2, "RFS", "treatment with drug A"), (1.9, "RFS", "higher baseline titer"), (1.3, "RFS", "older age")]


def test_round10_outcome_named_by_verb_or_by_a_rate() -> None:
    # "X delayed time to Y (median …)", "N (%) … received X (relative risk …)", "X within 3 months was A% … (RR …)",
    # "the incidence of X following Y was …"
    found = extract_estimates("RESULTS Drug A delayed time to first hospital admission (median 120 vs 64 days, "
                              "p=0.04).")
    assert [e.endpoint_text for e in found] == ["time to first hospital admission"] * 2
    (e,) = extract_estimates("RESULTS 90 (20.1%) patients from the alert group versus 60 (14.0%) from the control "
                             "group received guideline-based therapy (relative risk 1.44; P=0.01).")
    assert e.endpoint_text == "guideline-based therapy"
    (e,) = extract_estimates("RESULTS Linkage to care within 3 months was 28.0% in arm A and 40.5% in arm B (RR 1.45; "
                             "CI: 0.80-2.63, p-value = 0.22).")
    assert e.endpoint_text == "Linkage to care"
    (e,) = extract_estimates("RESULTS Over 24 months, the incidence of all episodes of malaria following the first "
                             "illness was 0.60 (95% CI 0.45-0.80) and 0.70 (0.58-0.85) per child per year in arms A "
                             "and B respectively (adjusted rate ratio 1.17 (0.85-1.60)).")
    assert e.endpoint_text == "all episodes of malaria"


def test_round10_subgroups_named_with_the_end_point_or_after_or() -> None:
    text = ("RESULTS The predictors for falls in girls were poor vision (OR = 2.10, 95% CI 1.2-3.7) and anxiety "
            "(OR = 1.90, 95% CI 1.1-3.3).")
    assert [(e.endpoint_text, e.population, e.covariate) for e in extract_estimates(text)] == [
        ("falls", "subgroup: girls", "poor vision"), ("falls", "subgroup: girls", "anxiety")]
    text = ("RESULTS Median PFS was 4.1 vs 3.0 months (HR 0.80, 95% CI 0.6-1.1). Drug A gave no better PFS in patients "
            "with KRAS mutation (8.5 vs. 7.9 months, P=0.40) or those with wild-type KRAS (1.9 vs. 2.2 months, "
            "P=0.51).")
    assert [str(e.population) for e in extract_estimates(text)][-2:] == ["subgroup: wild-type KRAS"] * 2


def test_round10_group_after_with_and_elided_clauses() -> None:
    # "hazard ratio with drug A, 1.10": drug A is the ratio's group, not its end point
    (e,) = extract_estimates("RESULTS Drug A did not reduce the number of primary-outcome events (300 and 280, "
                             "respectively; hazard ratio with drug A, 1.10; 95% CI, 0.94 to 1.29; P=0.24).")
    assert e.endpoint_text == "primary-outcome events"
    found = extract_estimates("RESULTS Abstinence rates at 6 weeks were 30.1% versus 20.2% (OR = 1.70, p =.01), "
                              "respectively; and continuous abstinence rates from weeks 3 to 6 were 25.5% versus 18.0% "
                              "(OR = 1.56, p =.04), respectively.")
    assert [e.endpoint_text for e in found] == ["Abstinence rates", "continuous abstinence rates"]
    (e,) = extract_estimates("RESULTS Two events occurred with A and 9 with B (p = 0.03; relative risk (RR) estimate, "
                             "4.5 [95% confidence limit (CI), 1.0 to 20.8]).")
    assert e.endpoint_text != "estimate"


def test_round10_forms_seen_in_observational_abstracts() -> None:
    # "ORadj = 1.44": the adjusted ratio's abbreviation glued
    assert _ratios("RESULTS Multivariate analysis showed prior infection (ORadj = 1.52, 95% CI: 1.10-2.10) increased "
                   "the risk of adverse outcomes.") == [("OR", 1.52, 1.1, 2.1, 95.0, None, None)]
    # a reference group in a long bracket after the measure, then values each followed by their level
    found = extract_estimates("RESULTS The HR for kidney failure (patients without retinopathy as a reference) were "
                              "2.10 (95% CI 0.80 to 5.50) for patients with mild retinopathy (MR), 3.20 (95% CI 1.50 "
                              "to 6.80) for patients with severe retinopathy, respectively.")
    assert [(e.value, e.covariate) for e in found] == [
        (2.1, "patients with mild retinopathy (MR)"), (3.2, "patients with severe retinopathy")]
    # a time window inside the end point's words
    (e, _) = extract_estimates("RESULTS The HR for wrist fracture 0-10 years after surgery was 0.90 (95% CI 0.80 to "
                               "1.01) and for hip fracture was 1.20 (95% CI 1.05 to 1.37).")
    assert (e.value, e.endpoint_text) == (0.9, "wrist fracture 0-10 years after surgery")
    # a test statistic after the CI is no second ratio; "X significantly predicted Y (OR …"
    (e,) = extract_estimates("RESULTS Baseline scores significantly predicted treatment completion (OR = 1.04, 95% "
                             "CI = 1.02, 1.06, Wald z = 10.2, p < 0.001).")
    assert (e.value, e.covariate, e.endpoint_text) == (1.04, "Baseline scores", "treatment completion")


def test_round10_factors_listed_before_what_they_predict() -> None:
    text = ("RESULTS On multivariate analysis, prophylaxis (relative hazard: 0.30, 95% CI: 0.10-0.90, p=0.03) and "
            "infection (relative hazard: 3.50, 95% CI: 1.5-8.2, p=0.004) were independent predictors of early "
            "rebleeding.")
    assert [(e.covariate, e.endpoint_text) for e in extract_estimates(text)] == [
        ("prophylaxis", "early rebleeding"), ("infection", "early rebleeding")]
    text = ("RESULTS Multivariate analysis confirmed that bone (HR, 1.80; 95% CI, 1.10-2.95), liver (HR, 2.40; 95% CI, "
            "1.50-3.84), and brain (HR, 3.10; 95% CI, 1.50-6.40) metastases were independent parameters related to "
            "worse OS.")
    assert [(e.covariate, e.endpoint) for e in extract_estimates(text)] == [
        ("bone", "OS"), ("liver", "OS"), ("brain", "OS")]
    # the compared groups are no end point
    (e,) = extract_estimates("RESULTS There was no significant difference in overall survival between patients with "
                             "and without sarcopenia (HR 1.50, 95% CI 0.60 - 3.75, P=0.38).")
    assert (e.endpoint, e.endpoint_text) == ("OS", "overall survival")


def test_round10_outcomes_named_by_effect_verbs() -> None:
    def first(text: str) -> tuple[object, object]:
        e = extract_estimates(text)[0]
        return e.endpoint_text, e.covariate

    assert first("RESULTS Drug use (P = 0.004; HR 0.5; 95% CI 0.3, 0.8) reduced the risk of organ damage.")[0] == \
        "organ damage"
    assert first("RESULTS After adjustment, HIV/HBV coinfection still significantly impacted time to cure (OR = 1.8, "
                 "p = 0.02).") == ("time to cure", "HIV/HBV coinfection")
    assert first("RESULTS In a multivariable model, time to treatment start was increased in patients needing a "
                 "dose change (OR = 8.1, p < 0.001).")[0] == "time to treatment start"
    found = extract_estimates("RESULTS The variants showed no association with leukaemia [OR 0.60 (0.30-1.20); p = "
                              "0.15 and OR 0.70 (0.40-1.22); p = 0.21].")
    assert [e.endpoint_text for e in found] == ["leukaemia", "leukaemia"]
    assert first("RESULTS Older women were twice as likely to report pain to a doctor relative to younger women (AOR "
                 "= 2.10, 95% CI: 1.05-4.20).")[0] == "report pain to doctor"


def test_round10_outcome_named_after_each_ratio() -> None:
    text = ("RESULTS Patients in the rising trajectory had a HR = 1.70 (95%CI: 1.50-1.93) for all-cause mortality, "
            "HR = 1.90 (95%CI: 1.66-2.17) for cardiovascular disease, and HR = 1.60 (95%CI: 1.42-1.80) for renal "
            "disease.")
    assert [(e.endpoint, e.endpoint_text) for e in extract_estimates(text)] == [
        ("OS", "all-cause mortality"), ("other", "cardiovascular disease"), ("other", "renal disease")]


def test_round10_age_groups_are_populations() -> None:
    text = ("RESULTS The HR for wrist fracture in the age group 50-74 was 1.30 (95% CI 1.10 to 1.54) and in the age "
            "group 75-90 years was 0.95 (95% CI 0.90 to 1.00).")
    assert [(e.endpoint_text, str(e.population)) for e in extract_estimates(text)] == [
        ("wrist fracture", "subgroup: the age group 50-74"), ("wrist fracture", "subgroup: the age group 75-90 years")]


def test_round10_concessive_clause_and_acronym_outcomes() -> None:
    (e,) = extract_estimates("RESULTS: Although hormone levels were significantly higher in the study group, the "
                             "implantation rate was not statistically different between the groups (30% vs 26%) "
                             "[odds ratio (OR) 1.2 (95% CI 0.9-1.7), P = 0.27].")
    assert e.endpoint_text == "implantation rate"
    found = extract_estimates("RESULTS Drug A reduced LBW (risk ratio [RR]: 0.70, 95% CI: 0.55-0.89, P = 0.004).")
    assert found[0].endpoint_text == "LBW"


def test_round10_factors_listed_before_associated_with() -> None:
    text = ("RESULTS Dependent functional status (odds ratio [OR]: 4.00, 95% confidence interval [95% CI]: 3.50-4.57), "
            "history of stroke (OR: 2.30, 95%CI: 2.00-2.65), and renal failure (OR: 2.20, 95%CI: 1.80-2.69) were "
            "significantly associated with postoperative stroke.")
    assert [(e.covariate, e.endpoint_text) for e in extract_estimates(text)] == [
        ("Dependent functional status", "postoperative stroke"), ("history of stroke", "postoperative stroke"),
        ("renal failure", "postoperative stroke")]
    # "odd ratio", a slip in print, is an odds ratio
    assert _ratios("RESULTS Age under 15 years [adjusted odd ratio (AOR) = 3.50; 95% CI 1.50-8.17] was associated "
                   "with measles.")[0][:2] == ("OR", 3.5)


def test_round10_a_documents_own_ratio_abbreviations() -> None:
    text = ("RESULTS For carriers of A, the HR from retrospective analysis (HRR) was 1.20 (95%CI:1.01,1.43) and the HR "
            "from prospective analysis (HRP) was 1.30 (95%CI:0.95,1.78). For carriers of B, the association was "
            "similar (HRR=1.22,95%CI:1.00,1.49 and HRP=1.28,95%CI:0.80,2.05).")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [
        ("HR", 1.2, 1.01, 1.43), ("HR", 1.3, 0.95, 1.78), ("HR", 1.22, 1.0, 1.49), ("HR", 1.28, 0.8, 2.05)]
    assert found[0].endpoint_text is None  # the analysis is no end point


def test_round10_items_of_one_bracket_and_elided_clauses() -> None:
    # the next item of one bracket keeps the first's end point; "higher risk for X than …"
    text = ("RESULTS Quartile groups 2, 3 and 4 had a significantly higher risk for incident stroke than quartile "
            "group 1 (Q 2: HR = 0.95, 95% CI = 0.85-1.06; Q 3: HR = 1.05, 95% CI = 0.94-1.17).")
    assert [e.endpoint_text for e in extract_estimates(text)] == ["incident stroke", "incident stroke"]
    # separate outcomes, each before its own bracket, do not share one
    text = ("RESULTS Acupuncture reduced severe dry mouth (OR = 2.00, P = 0.03) and sticky saliva (OR = 1.60, P = "
            "0.05).")
    assert [e.endpoint_text for e in extract_estimates(text)][1] != "severe dry mouth"
    # ", but not B (HR …)": the elided clause shares the outcome; "log rank" statistics before the ratio
    text = ("RESULTS The risk of relapse was lower for tumours with mutation A (HR 0.30, 95% CI 0.10-0.90), but not "
            "mutation B (HR 1.00, 95% CI 0.50-2.00).")
    assert [e.endpoint_text for e in extract_estimates(text)] == ["relapse", "relapse"]
    (e,) = extract_estimates("RESULTS The five-year risk of a bleeding was 20% compared to 3% in controls (log rank "
                             "< 0.0001; co-morbidity-adjusted hazard ratio (HR) 6.9 (95% CI 3.4-14)).")
    assert e.endpoint_text == "bleeding"


def test_round10_clause_without_its_own_subject_continues_the_outcome() -> None:
    text = ("RESULTS Referral was lower with drug A (5 of 50 patients [10%]; odds ratio for surgical referral, 0.20; "
            "95% CI, 0.05 to 0.80; P = 0.02) but was greater in the B group (15 of 45 [33%]) than in the placebo group "
            "(odds ratio, 3.10; 95% CI, 1.20 to 8.00; P = 0.02).")
    assert [e.endpoint_text for e in extract_estimates(text)] == ["surgical referral", "surgical referral"]


def test_round10_a_randomised_group_as_list_label_is_no_end_point() -> None:
    text = ("METHODS Patients were randomised to drug A 2.5 mg (A2.5; n=900), A5 (n=910) or placebo (n=905). "
            "RESULTS A had a similar mortality risk versus placebo (HR; 95% CI A2.5: 0.90; 0.66 to 1.22; A5: 0.80; "
            "0.59 to 1.08).")
    assert [(e.value, e.endpoint, e.endpoint_text) for e in extract_estimates(text)] == [
        (0.9, "OS", "mortality"), (0.8, "OS", "mortality")]


def test_round11_an_abstract_repeated_in_another_language_is_one_estimate() -> None:
    text = ("Results: The risk of stroke was higher with AF except at low eGFR (eGFR < 30 mL/min, hazard ratio [HR]: "
            "1.42, 95% confidence interval [CI]: 0.97-2.05). Résultats: Le risque d'AVC était plus élevé, sauf pour "
            "les faibles DFGe (DFGe <30 mL/min; RR: 1,42; IC 95 %: 0,97-2,05).")
    (e,) = extract_estimates(text)
    assert (e.measure, e.value, e.ci_low, e.ci_high) == ("HR", 1.42, 0.97, 2.05)
    assert (e.population_kind, e.population_detail) == ("subgroup", "eGFR < 30 mL/min")
    # two different estimates that share a value and CI under one measure are not merged by this rule
    twice = extract_estimates("RESULTS In men the HR was 0.80 (95% CI 0.70-0.90). In women the HR was 0.80 (95% CI "
                              "0.70-0.90).")
    assert len(twice) == 2


def test_round11_symbol_font_brackets_and_an_elided_associated_with() -> None:
    text = ("RESULTS In multivariate analysis, disease A was associated with an improvement of QoL (OR = 2.50 "
            "\uf05b1.40; 3.90\uf05d) and disease B with an impairment of QoL (OR = 1.50 0.98; 2.10).")
    found = extract_estimates(text)
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(2.5, 1.4, 3.9), (1.5, 0.98, 2.1)]
    assert [(e.covariate, e.endpoint_text) for e in found] == [
        ("disease A", "improvement of QoL"), ("disease B", "impairment of QoL")]
    # a list of factors separated by ';' is not an elided clause: "partner with HIV" stays one factor
    text = ("RESULTS Three variables were associated with infection: drug use (OR = 5.2; 95% CI = 1.2, 26); partner "
            "with HIV (OR = 3.6; 95% CI = 1.8, 7.1).")
    assert [e.covariate for e in extract_estimates(text)] == ["drug use", "partner with HIV"]


def test_round11_a_median_whose_unit_is_printed_before_the_values() -> None:
    text = ("RESULTS After the roadmap we saw a reduction in median (interquartile range) days to first feed (4 [2] vs "
            "2 [1] [P < 0.001]).")
    assert [(e.measure, e.value, e.unit) for e in extract_estimates(text)] == [
        ("median", 4.0, "days"), ("median", 2.0, "days")]
    assert [(e.value, e.unit) for e in extract_estimates("RESULTS Median hours of ventilation were 14 vs 22 "
                                                         "(P=0.01).")] == [(14.0, "hours"), (22.0, "hours")]
    # years of age, days of treatment: not outcome times
    assert extract_estimates("RESULTS The median years of age were 56 vs 58 (P=0.4).") == []


def test_round11_durations_compared_as_arms_and_values_in_other_units() -> None:
    # the arms of another trial ("comparing 1 versus 3 years" of a drug) are no outcome times
    assert extract_estimates("Although the results of a trial comparing 1 versus 3 years of drug A are not yet "
                             "available, RFS is likely to be better.") == []
    # a value followed by its bracket and a unit that is no time is not a median in days
    text = ("RESULTS: Median time from seroconversion to treatment was 86 (70, 111) days at a CD4 count of 525 (421, "
            "679) cells/mm3 and an RNA of 4.5 (4.0, 5.1) log10 copies/ml, respectively.")
    assert all(e.value not in (525.0, 4.5) for e in extract_estimates(text))


def test_round11_full_text_results_paragraphs() -> None:
    # a flattened table heading is no other trial: the medians stay this trial's results
    text = ("RESULTS: Adverse events are given in Table 2. TABLE 3 Comparison of Complications. The median time taken "
            "for the procedure was 60 seconds (range, 25 to 180 s) and 65 seconds (range, 30 to 340 s) in the A group "
            "and the B group, respectively.")
    assert [(e.value, e.arm, e.context) for e in extract_estimates(text)] == [
        (60.0, "A", "result"), (65.0, "B", "result")]
    # "the MST group" is an arm, not a median survival time; "11.6+3.9 min" is a mean and its SD
    assert extract_estimates("RESULTS: The mean score was lower in the MST group at discharge (3.30±1.35 vs "
                             "3.90±1.10; P=0.004) and 3 months after discharge (2.95±1.48 vs 3.66±1.44).") == []
    assert extract_estimates("RESULTS: The withdrawal time ranged from 6 to 38 min, with median of 11.6+3.9 min in "
                             "the AM group vs 11.8+4.9 min in the PM group (P=0.65).") == []
    # "during the first 24 h" is a window, not a median time
    assert extract_estimates("RESULTS: The number of injections ([median, 25th-75th percentile]) during the "
                             "first 24 h was less for group II (1 or 2) than for the control group (3 or 4) (P < "
                             "0.05).") == []
    # "…: the medians were …" take the clause's subject as their end point
    text = ("RESULTS: The length of ICU stay after infection was not different between the three groups: the medians "
            "(and 25th to 75th percentile in parentheses) were 15 (7.5 to 24.75), 16 (9 to 21) and 14 days (9.5 to "
            "21.5) for groups C, C-A and C-L, respectively.")
    assert {e.endpoint_text for e in extract_estimates(text)} == {"length of ICU stay after infection"}
    (e,) = extract_estimates("RESULTS: A significantly decreased the risk of recurrence when compared to B: HR 0.795 "
                             "(0.643-0.982), p < 0.001 at 10 years.")
    assert e.endpoint_text == "recurrence"


def test_round11_cis_after_a_conjunction_a_repeated_ci_and_a_model_between() -> None:
    text = ("RESULTS: Participants at T0 were more likely to be in stage 2 than in stage 1 (p < 0.005, OR = 2.04, and "
            "CI = [1.45; 2.87]).")
    assert [(e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [(2.04, 1.45, 2.87)]
    (e,) = extract_estimates("RESULTS: Risk fell by 40% with A vs placebo (HR, 0.606; 90% repeated CI [RCI], 0.425, "
                             "0.864).")
    assert (e.ci_low, e.ci_high, e.ci_level) == (0.425, 0.864, 90.0)
    (e,) = extract_estimates("RESULTS: Adolescents had higher odds of satisfaction at endline (OR 1.92, adjusted for "
                             "baseline satisfaction; 95%CI 1.63-2.26).")
    assert (e.ci_low, e.ci_high) == (1.63, 2.26)
    text = ("RESULTS: Although a univariate analysis found vasopressor therapy (OR 4.64, 95% CI 1.02-21.00) and APACHE "
            "II (OR 1.18, 95% CI 1.04-1.34) to be associated with mortality, neither remained.")
    assert [e.covariate for e in extract_estimates(text)] == ["vasopressor therapy", "APACHE II"]


def test_round11_pairs_of_times_take_their_clause_subject_and_compared_arms() -> None:
    text = ("RESULTS: OS was 17.2 versus 15.7 months [HR 0.975 (95 % CI 0.655, 1.451)], PFS was 8.7 versus 7.7 "
            "months [HR 0.927 (95 % CI 0.65, 1.292)], and response duration was 7.6 versus 6.4 months (p = 0.372).")
    times = [e for e in extract_estimates(text) if e.measure == "median"]
    assert [e.endpoint_text for e in times] == ["OS", "OS", "PFS", "PFS", "response duration", "response duration"]
    text = ("RESULTS: OS was longer in the EE group compared with the EP group (9.4 v 5.4 months; hazard ratio, 0.35; "
            "95% CI, 0.13 to 0.92; P = .03).")
    assert [e.arm for e in extract_estimates(text) if e.measure == "median"] == ["EE", "EP"]


def test_round11_a_ci_named_twice_and_words_that_point_back_in_this_text() -> None:
    (e,) = extract_estimates("RESULTS: Admission rates were similar with A and placebo (OR 1.060, 95% confidence "
                             "interval (CI 0.477-2.355) P value 0.642).")
    assert (e.ci_low, e.ci_high, e.p_value) == (0.477, 2.355, 0.642)
    # "all previously mentioned confounders" points back in this text, not to another study
    (e,) = extract_estimates("RESULTS: After adjustment for all previously mentioned confounders, weight loss remained "
                             "associated with worse survival (HR 1.7; 95% CI 1.2-2.5; P=0.002).")
    assert e.context == "result"
    (e,) = extract_estimates("RESULTS: As previously reported, the odds ratio of reaching the target was 3.16 "
                             "(P<0.001) with drug A [11].")
    assert e.context == "background"


def test_round11_factors_and_the_outcome_they_are_associated_with() -> None:
    text = ("RESULTS: In multivariate analysis, two factors were associated with HIV infection or death (n = 231): low "
            "birth weight (adjusted hazard ratio = 3.71 [95% CI 1.53-9.03], p = 0.004) and female sex (adjusted hazard "
            "ratio = 0.35 [95% CI 0.14-0.88], p = 0.035).")
    assert [(e.covariate, e.endpoint_text) for e in extract_estimates(text)] == [
        ("low birth weight", "HIV infection or death"), ("female sex", "HIV infection or death")]
    text = ("RESULTS: Higher SDNN and SDANN were protective factors for syncope recurrence (SDNN: HR = 0.974, 95%CI "
            "0.951-0.997, P = 0.029; SDANN: HR = 0.966, 95%CI 0.939-0.993, P = 0.014).")
    assert [(e.covariate, e.endpoint_text) for e in extract_estimates(text)] == [
        ("SDNN", "syncope recurrence"), ("SDANN", "syncope recurrence")]
    # an unbracketed ratio after "with" speaks of the clause before it
    text = ("RESULTS: The rate of preeclampsia was higher in the SC group than in the UC group (5.3% vs. 2.2%, P = "
            "0.031) with unadjusted RR of 2.40 (95% CI: 1.06-5.44) and adjusted RR of 2.35 (95% CI: 1.05-5.26).")
    assert [e.endpoint_text for e in extract_estimates(text)] == ["preeclampsia", "preeclampsia"]


def test_round11_brackets_of_medians_after_a_noun_phrase() -> None:
    text = ("RESULTS: Neither ICU LOS (median (IQR) 11 (6 to 21) (WC), 12 (7 to 23) (BIS), and 11 (6 to 24) days "
            "(control), P = 0.67) nor duration of ventilation (median 165 (0 to 581) (WC), 158 (3 to 590) (BIS), and "
            "163 (5 to 385) hours control, P = 0.97) differed between groups.")
    found = extract_estimates(text)
    assert [(e.value, e.unit, e.endpoint_text) for e in found] == [
        (11.0, "days", "ICU LOS"), (12.0, "days", "ICU LOS"), (11.0, "days", "ICU LOS"),
        (165.0, "hours", "duration of ventilation"), (158.0, "hours", "duration of ventilation"),
        (163.0, "hours", "duration of ventilation")]
    assert [e.arm for e in found][:2] == ["WC", "BIS"]
    # the same time restated in another unit is one median
    text = "RESULTS: Median survival was 846 days (2.32 years) in group A and 700 days in group B (P=0.03)."
    assert [e.value for e in extract_estimates(text)] == [846.0, 700.0]


def test_round11_a_risk_factor_for_x_and_a_second_median_bracket() -> None:
    text = ("RESULTS: In logistic regression having 6 or more examinations was the most significant risk factor for a "
            "postoperative SSI (OR 6.8, 95% CI: 1.4-33.4, p = 0.019).")
    (e,) = extract_estimates(text)
    assert (e.covariate, e.endpoint_text) == ("having 6 or more examinations", "postoperative SSI")
    text = ("RESULTS: Children in the PE group had a shorter period of MV (median 11 days, IQR 11.0 to 13.0) compared "
            "to IVIG group (median 13 days, IQR 11.3 to 14.5) with p = 0.037.")
    assert [(e.value, e.arm, e.endpoint_text) for e in extract_estimates(text)] == [
        (11.0, "PE", "period of MV"), (13.0, "IVIG", "period of MV")]


def test_round11_graded_bleeding_is_safety_and_a_relative_risk_ratio() -> None:
    text = ("RESULTS: Major bleeding rate was similar between groups (13.4 vs. 12.6%; HR 1.07; 95% CI = 0.95-1.19), "
            "but A was associated with an increase in non-CABG major bleeding (4.8 vs. 3.8%; HR 1.28; 95% CI = "
            "1.05-1.56).")
    assert [(e.endpoint, e.endpoint_text) for e in extract_estimates(text)] == [
        ("safety", "Major bleeding rate"), ("safety", "non-CABG major bleeding")]
    (e,) = extract_estimates("RESULTS: The risk of symptomatic hypoglycaemia was lower with A relative to B "
                             "(Mantel-Haenszel relative risk ratio [95% CI] = 0.51 [0.34, 0.75]; p < 0.001).")
    assert (e.measure, e.endpoint, e.endpoint_text) == ("RR", "safety", "symptomatic hypoglycaemia")
    # a bleed the trial treats is its efficacy outcome
    (e,) = extract_estimates("RESULTS: Early rebleeding was less frequent with A (HR 0.50, 95% CI 0.30-0.80).")
    assert e.endpoint == "other"


def test_round11_subjects_named_with_a_grade_and_predictors_for_x() -> None:
    (e,) = extract_estimates("RESULTS: Postprocedural TIMI 3 flow was obtained in 89.7% of the A group and in 81.4% "
                             "of the placebo group (hazard ratio, 1.99; 95% CI, 1.09 to 3.65; P=0.025).")
    assert e.endpoint_text == "Postprocedural TIMI 3 flow"
    text = ("RESULTS: HER2 status and HER2 mRNA expression were predictors for a pathological complete response after "
            "chemotherapy in a univariate logistic regression analysis (OR 3.29, P = 0.002; OR 2.65, P = 0.004).")
    assert {e.endpoint_text for e in extract_estimates(text)} == {"pathological complete response"}
    (e,) = extract_estimates("RESULTS: Irregular bleeding was more frequent with A (HR 2.43, 95% CI 1.50-3.90).")
    assert e.endpoint == "safety"


def test_round11_references_lists_of_medians_with_ranges_and_intervention_lengths() -> None:
    text = ("RESULTS: Median survival was 11 months in the A + B group as compared to 6.5 months in the group "
            "receiving A alone (p = 0.046) [31].")
    assert [(e.value, e.arm) for e in extract_estimates(text)] == [(11.0, "A + B"), (6.5, "A alone")]
    text = ("RESULTS: The median times to recurrence for patients who had resection, RFA, and both were 11 months "
            "(range 2 to 49), 7 months (range 1 to 26), and 8 months (range 2 to 30), respectively.")
    found = extract_estimates(text)
    assert [e.value for e in found] == [11.0, 7.0, 8.0]
    assert {e.endpoint_text for e in found} == {"times to recurrence"}
    assert extract_estimates("RESULTS: Forty-two patients received home-based rehabilitation (median duration, 5 "
                             "weeks), and 44 continued with usual care.") == []


def test_round11_numbers_of_cited_studies_are_background() -> None:
    text = ("DISCUSSION: Oxytocin augmentation was more likely in the catheter group (RR 1.51, 95% CI 1.15-1.97)[3]. "
            "OS was 21.3 and 19.9 months (HR 0.89, 97.5% CI 0.76 to 1.03; p=0.077) [34].")
    assert [e.context for e in extract_estimates(text) if e.measure != "time"] == ["background", "background"]
    text = ("DISCUSSION: A recent meta-analysis reported a relative risk of 0.87 (95% confidence interval, 0.81-0.94) "
            "for hypertension. Goodwin and colleagues reported a fall rate ratio (IRR) of 0.74 (95 % CI 0.41, 1.33).")
    assert [e.context for e in extract_estimates(text)] == ["background", "background"]
    # a CI printed in square brackets is no reference
    (e,) = extract_estimates("RESULTS: Mortality was lower with A (OR 0.50 [0.30-0.80]).")
    assert (e.context, e.ci_low, e.ci_high) == ("result", 0.3, 0.8)


def test_round11_superscript_references_in_full_text() -> None:
    text = ("DISCUSSION: Erlotinib improved overall survival (HR: 0.81, 95% CI: 0.70-0.95) in the intent-to-treat "
            "population (n = 438)8 and in a subgroup. A wrist fracture is a risk factor for hip fractures with a "
            "relative risk of 4.4 and 1.9, respectively [5].")
    assert [e.context for e in extract_estimates(text)] == ["background", "background", "background"]
    assert extract_estimates("DISCUSSION: Tomato intake was associated with a lower relative risk of CVD.15 Such "
                             "benefits could be related to a lower wall thickness,13, 16 and lower LDL-C.") == []


def test_round11_other_event_free_survivals_are_composites() -> None:
    (e,) = extract_estimates("RESULTS: Amputation-free survival was shorter with A (HR 2.75, 95% CI 1.40-5.40).")
    assert e.endpoint == "composite"
    (e,) = extract_estimates("RESULTS: Disease-free survival was longer with A (HR 0.70, 95% CI 0.50-0.90).")
    assert e.endpoint == "DFS"


def test_round11_which_side_of_associated_with_is_the_outcome() -> None:
    # a list of factors after "associated with": the subject is the outcome
    text = ("RESULTS: Inadequate knowledge was independently associated with Saudi nationality (OR = 1.51, p = 0.003), "
            "and non Ob-Gyne specialty (OR = 5.40, p < 0.001).")
    assert [(e.endpoint_text, e.covariate) for e in extract_estimates(text)] == [
        ("Inadequate knowledge", "Saudi nationality"), ("Inadequate knowledge", "non Ob-Gyne specialty")]
    # one factor and one outcome: the subject is the factor
    (e,) = extract_estimates("RESULTS: A higher level of education was associated with improved EQ-5D score (OR 3.9, "
                             "95% CI 1.2-12).")
    assert (e.endpoint_text, e.covariate) == ("improved EQ-5D score", "higher level of education")
    text = ("RESULTS: The good functional outcome at discharge was decreased by an age > 70 years (OR, 0.56; 95%-CI, "
            "0.35-0.9; p = .017), NIHSS score > 10 at admission (OR, 0.07; 95%-CI, 0.04-0.13; p < .001).")
    assert [(e.endpoint_text, e.covariate) for e in extract_estimates(text)] == [
        ("good functional outcome at discharge", "age > 70 years"),
        ("good functional outcome at discharge", "NIHSS score > 10 at admission")]
    text = ("RESULTS: No changes were detected for any of the stated outcomes: SBR (adjusted incidence rate ratio "
            "(aIRR) 0.97, 95% CI 0.91 to 1.05), iMMR (aIRR 1.23, 95% CI 0.80 to 1.90).")
    assert [(e.endpoint_text, e.covariate) for e in extract_estimates(text)] == [("SBR", None), ("iMMR", None)]
    text = ("RESULTS: The genotype did not show any association with AML [GG + AG vs. AA: OR 0.75 (0.43-1.31) and p "
            "= 0.32; GG vs. AA: OR 1.73 (0.55-5.44) and p = 0.34].")
    assert {e.endpoint_text for e in extract_estimates(text)} == {"AML"}


def test_round11_a_median_bracket_after_the_outcome_a_drug_changed() -> None:
    text = ("RESULTS: Midazolam as adjuvant increases the duration of analgesia (median 320 min versus 220 min) and "
            "motor block (median 255 min versus 195 min).")
    assert [(e.value, e.endpoint_text) for e in extract_estimates(text)] == [
        (320.0, "duration of analgesia"), (220.0, "duration of analgesia"), (255.0, "motor block"),
        (195.0, "motor block")]


def test_round11_per_protocol_estimates_and_a_subgroup_named_by_those() -> None:
    text = ("RESULTS: Intention-to-treat analysis showed no increase in albuminuria (hazard ratio [HR], 1.17; 95% CI, "
            "0.995-1.38). On-treatment analysis yielded similar results (HR, 1.08; 95% CI, 0.92-1.28).")
    assert [e.population_kind for e in extract_estimates(text)] == ["overall", "per_protocol"]
    text = ("RESULTS: Analyses showed no difference in cholestasis in the intention to treat (aOR 0.428, 95% CI "
            "0.155-1.187; P = .10) or per protocol population (aOR 0.457, 95% CI 0.155-1.347; P = .16).")
    found = extract_estimates(text)
    assert [e.population_kind for e in found] == ["overall", "per_protocol"]
    assert found[1].endpoint_text == found[0].endpoint_text
    (e,) = extract_estimates("RESULTS: In those without a psychiatric history, the adjusted odds ratio for a "
                             "postpartum mental disorder was 0.43 (95% CI 0.21, 0.89).")
    assert (e.population_kind, e.population_detail) == ("subgroup", "without a psychiatric history")
    (e,) = extract_estimates("RESULTS: In patients with metastatic breast cancer, the HR for death was 0.70 (95% CI "
                             "0.5-0.9).")
    assert e.population_kind == "overall"


def test_round11_a_duration_that_describes_who_was_enrolled() -> None:
    assert extract_estimates("RESULTS: Patients had established RA and were in sustained remission with a median "
                             "duration of remission of 12 months.") == []
    # compared between arms, or a Kaplan-Meier estimate with its CI, it is an outcome
    text = "RESULTS: Remission lasted longer with A, with a median duration of 12 months vs 8 months with B (P=0.01)."
    assert [e.value for e in extract_estimates(text)] == [12.0, 8.0]
    (e,) = extract_estimates("RESULTS: The objective response rate was 37%, with a median duration of response of 8.8 "
                             "months (95% CI 6.1-not estimable).")
    assert e.value == 8.8


def test_round11_means_printed_with_their_medians_in_brackets() -> None:
    # the values outside the brackets are means: none of them is reported as a median
    assert extract_estimates("RESULTS: The mean time to first SBM for each group was as follows (median time to first "
                             "SBM): placebo, 36.2 h (24.3 h); 5-mg group, 19.9 h (5.8 h).") == []


def test_round11_the_primary_outcome_as_the_methods_define_it() -> None:
    text = ("METHODS: The primary outcome was death, myocardial infarction, or ischemic stroke at 30 days. RESULTS: "
            "The primary outcome occurred in 10% and 9% (HR 1.08, 95% CI 0.9-1.3).")
    (e,) = extract_estimates(text)
    assert (e.endpoint, e.endpoint_text) == (
        "composite", "primary outcome (death, myocardial infarction, or ischemic stroke at 30 days)")
    text = ("METHODS: The primary end point was progression-free survival. RESULTS: The primary end point was met (HR "
            "0.7, 95% CI 0.5-0.9).")
    assert extract_estimates(text)[0].endpoint == "PFS"
    # a subject clause after the numbers of two groups: "…, but the difference was not significant (OR …)"
    (e,) = extract_estimates("RESULTS: The validated quit rate at 6 months was higher in group A2 (12.6%; 35/278) than "
                             "in group A1 (7.7%; 22/284), but the difference was not significant (OR = 1.7, 95% CI: "
                             "0.9-3.0).")
    assert e.endpoint_text == "validated quit rate"


def test_round11_a_later_bare_ratio_in_the_lancet_print() -> None:
    text = ("FINDINGS: Stroke occurred more often with restenosis than without (23% vs 11%; HR 2·18, 1·04-4·54; "
            "p=0·04), but the increase in ipsilateral stroke alone was not significant (10% vs 5%; 1·67, 0·54-5·11).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.endpoint_text) for e in extract_estimates(text)] == [
        ("HR", 2.18, 1.04, 4.54, "Stroke"), ("HR", 1.67, 0.54, 5.11, "ipsilateral stroke alone")]
    # a percentage with its range after a semicolon is no ratio
    assert [e.value for e in extract_estimates("RESULTS: Mortality was lower (HR 0.80, 0.70-0.90); rates were "
                                               "similar (10% vs 12%; 8.0, 6.0-10.0%).")] == [0.8]


def test_round11_times_more_likely_with_a_bare_interval_and_its_model() -> None:
    text = ("RESULTS: In the multistate model analysis, patients in group A were 2.2 times more likely ([1·14-4.29]; p "
            "= 0.02) to discontinue treatment than those in group B.")
    (e,) = extract_estimates(text)
    assert (e.measure, e.value, e.ci_low, e.ci_high, e.p_value, e.endpoint_text) == (
        "HR", 2.2, 1.14, 4.29, 0.02, "discontinue treatment")
    # no model named: a relative risk, as before
    (e,) = extract_estimates("RESULTS: Patients in group A were 2.2 times more likely to stop (95% CI 1.14-4.29).")
    assert e.measure == "RR"


def test_round11_events_listed_in_the_clause_before_respective_ratios() -> None:
    text = ("RESULTS: Hematogenous, lymph node, and peritoneal recurrence developed in 72, 105, and 138 of the 829 "
            "patients, respectively; hazard ratios were 0.79 (95% confidential interval: 0.54-1.16), 0.51 (0.31-0.82), "
            "and 0.60 (0.42-0.84), respectively.")
    assert [e.endpoint_text for e in extract_estimates(text)] == [
        "Hematogenous recurrence", "lymph node recurrence", "peritoneal recurrence"]


def test_round11_fewer_patients_had_x() -> None:
    text = ("RESULTS: Fewer patients given vitamin K had bleeding episodes during follow-up than those given placebo "
            "(two [4%] vs eight [17%] patients, respectively, p=0.050; odds ratio 0.87, 95% CI 0.019-0.999).")
    (e,) = extract_estimates(text)
    assert e.endpoint_text == "bleeding episodes"


def test_round11_heart_rates_with_their_sd_and_p_values_named_after_rr() -> None:
    assert extract_estimates("RESULTS: In the L80 group, systolic BP changed by 14.1 ± 10.2 mm Hg (P <.001) and HR "
                             "by 14.8 ± 11.1 (P <.001); in the L200 group, HR 10.5 ± 12.5 (P <.001).") == []
    assert extract_estimates("RESULTS: No changes were observed for RR, O2 Sat, or RDAI score, with P values of "
                             "0.1522, 0.4 and 0.6.") == []


def test_round11_or_in_a_heading_printed_in_capitals() -> None:
    assert extract_estimates("RESULTS: ANALYSIS OF PATIENTS WITH HIGHER PAIN SCORES (PAIN AT REST ≥5 ON DAYS 4 OR 5): "
                             "Higher pain scores were seen.") == []
    assert [e.value for e in extract_estimates("RESULTS: SURVIVAL AT 5 YEARS: OR 0.55 (95% CI 0.3-0.9).")] == [0.55]


def test_round11_a_group_named_inside_the_end_point_words() -> None:
    text = ("RESULTS: The overall median survival was not improved (36 weeks vs 43 weeks); however, the median "
            "survival in patients achieving CR was prolonged (92 weeks for the high-dose group vs 50 weeks for the "
            "standard-dose group).")
    assert [(e.value, e.endpoint_text, e.population_detail) for e in extract_estimates(text)][2:] == [
        (92.0, "survival", "patients achieving CR"), (50.0, "survival", "patients achieving CR")]
    (e,) = extract_estimates("RESULTS: The hazard ratio for death in patients achieving CR was 0.5 (95% CI 0.3-0.8).")
    assert (e.endpoint_text, e.population_kind) == ("death", "subgroup")


def test_round11_two_contrasted_groups_are_both_subgroups() -> None:
    text = ("RESULTS: Patients with X-negative tumors derived significant benefit from tamoxifen (HR 0.24, P < "
            "0.0001), while patients whose tumor did express X did not (HR = 1.02, P =0.95).")
    assert [(e.population_kind, e.population_detail) for e in extract_estimates(text)] == [
        ("subgroup", "X-negative tumors"), ("subgroup", "whose tumor did express X")]


def test_round11_two_levels_of_a_factor_are_a_covariate_not_a_subgroup() -> None:
    text = ("RESULTS: The OR in patients with an LDL level ≥ 115 mg/dl was 1.5 compared to patients with an LDL level "
            "< 100 mg/dl (p = 0.0023). The OR in patients with insulin initiation was 5.5 compared to patients without "
            "insulin initiation (p < 0.0001).")
    assert [(e.population_kind, e.covariate) for e in extract_estimates(text)] == [
        ("overall", "LDL level ≥ 115 mg/dl"), ("overall", "insulin initiation")]


# Round 12: which part of the trial a number is for (population), read by the clause that opens it.


def test_round12_a_subset_opening_the_clause_holds_across_the_brackets_semicolon() -> None:
    text = ("RESULTS: Ninety patients were randomised. Response rates were similar (41% v 39%). In the subset of "
            "patients with low albumin, OS was longer in the A group compared with the B group (11.2 v 7.0 months; "
            "hazard ratio, 0.52; 95% CI, 0.30 to 0.90; P = .02).")
    found = sorted(extract_estimates(text), key=lambda e: e.start or 0)
    assert [(e.measure, e.value, e.population) for e in found] == [
        ("median", 11.2, "subgroup: low albumin"), ("median", 7.0, "subgroup: low albumin"),
        ("HR", 0.52, "subgroup: low albumin")]
    # "than among those in the B group": the compared arm, not a subgroup
    text = ("RESULTS: Stroke was less frequent among patients in the A group than among those in the B group "
            "(0.2 percent vs. 0.6 percent; relative risk, 0.3; 95 percent confidence interval, 0.1 to 0.8).")
    (e,) = extract_estimates(text)
    assert (e.measure, e.value, e.population) == ("RR", 0.3, "overall")


def test_round12_groups_opening_a_sentence_after_the_main_result() -> None:
    main = ("RESULTS: Drug A improved survival (HR 0.70, 95% CI 0.55-0.90). ")
    cases = {
        "Of the 412 patients with stage I disease, drug A showed no benefit (HR 0.95, 95% CI 0.60-1.50).":
            "subgroup: stage I disease",
        "Among singletons, the odds of preterm birth were similar (adjusted OR 1.02, 95% CI 0.90-1.15).":
            "subgroup: singletons",
        "In trials where allocation was concealed (1800 patients), the effect was smaller (OR 0.85, 95% CI "
        "0.72-0.99).": "subgroup: trials where allocation was concealed",
        # the set the sentence counts is everyone: "Of the 996 patients randomised" is no subgroup
        "Of the 996 patients randomised, 783 completed follow-up (HR for dropout 1.10, 95% CI 0.80-1.50).": "overall",
    }
    for sentence, population in cases.items():
        later = extract_estimates(main + sentence)[-1]
        assert later.population == population, sentence


def test_round12_medians_of_survivors_after_however() -> None:
    text = ("METHODS: Preterm infants were randomised to dexamethasone or placebo. "
            "RESULTS: Mortality was similar (20% vs 18%). Among infants who died, the durations did not differ. "
            "However, in survivors (150 vs 160), median days on oxygen were 35 versus 44 days.")
    assert [(e.value, e.population) for e in extract_estimates(text)] == [
        (35.0, "subgroup: survivors"), (44.0, "subgroup: survivors")]


def test_round12_the_first_estimate_is_a_subgroup_only_when_the_methods_never_name_its_group() -> None:
    methods = ("Famciclovir for household prevention of herpes zoster.\nMETHODS: Households were randomised to "
               "famciclovir or placebo; index patients were treated. RESULTS: ")
    # a group the Methods never name: a part of the trial, both values of the pair
    narrower = methods + ("Among the subjects with culture-proven dermatomal rash, the median duration of pain was "
                          "4.0 vs. 6.5 days (P=0.01).")
    assert [(e.value, e.population) for e in extract_estimates(narrower)] == [
        (4.0, "subgroup: culture-proven dermatomal rash"), (6.5, "subgroup: culture-proven dermatomal rash")]
    # the group the trial enrolled ("index patients" are in the Methods): the population analysed, both values
    same = methods + "Among 310 index patients with herpes zoster, the median duration of pain was 4.0 vs. 6.5 days."
    assert [(e.value, e.population) for e in extract_estimates(same)] == [(4.0, "overall"), (6.5, "overall")]
    # a passage of results alone does not say whom the trial enrolled: its first group is the population analysed,
    # for the medians and the ratio alike
    alone = ("In patients aged 75 years or older, the median time to relapse was 8.1 months with drug A and 5.0 "
             "months with drug B (HR 0.66, 95% CI 0.50-0.88).")
    assert {e.population for e in extract_estimates(alone)} == {"overall"}


# Round 12: the end point of each number when a sentence names several.


def test_round12_each_clause_and_each_bracket_names_its_own_end_point() -> None:
    cases = [
        # a pair of end points, each with its abbreviation, then "respectively"
        ("RESULTS: The median progression-free survival (PFS) and overall survival (OS) were 5 and 21 months, "
         "respectively.", [("PFS", 5.0), ("OS", 21.0)]),
        # the later value's own clause
        ("RESULTS: Median progression-free survival time was 3 months, and overall survival time was 8 months.",
         [("PFS", 3.0), ("OS", 8.0)]),
        # "as were X (HR …)": the next end point, not the sentence's subject
        ("RESULTS: Overall survival did not differ (HR, 1.02; 95% CI, 0.80 to 1.30), as were time to progressive "
         "disease (HR, 1.07; 95% CI, 0.86 to 1.33) and time to treatment failure (HR, 0.91; 95% CI 0.74 to 1.12).",
         [("OS", 1.02), ("TTP", 1.07), ("other", 0.91)]),
        # an acronym after "and": its own end point
        ("RESULTS: Surgery A showed improved OS (HR, 0.31; 95% CI 0.14-0.66) and BCSS (HR, 0.20; 95% CI "
         "0.05-0.85).", [("OS", 0.31), ("other", 0.2)]),
    ]
    for text, expected in cases:
        found = sorted(extract_estimates(text), key=lambda e: e.start or 0)
        assert [(e.endpoint, e.value) for e in found] == expected, text
    # "…, as were A (HR …)" after "associated with": A is a factor, the end point stays the outcome
    text = ("RESULTS: Older age was associated with higher mortality (HR 1.30, 95% CI 1.10-1.50), as were male sex "
            "(HR 1.20, 95% CI 1.02-1.41) and smoking (HR 1.35, 95% CI 1.12-1.62).")
    assert [e.endpoint_text for e in extract_estimates(text)][1] != "male sex"


def test_round12_endpoint_of_time_to_progressive_disease_and_remission_duration() -> None:
    from trialink._measures import endpoint_of

    assert endpoint_of("time to progressive disease") == "TTP"
    assert endpoint_of("duration of complete remission") == "DoR"
    assert endpoint_of("remission duration") == "DoR"
    assert endpoint_of("time to progression or death") == "PFS"


def test_round12_the_event_counted_before_a_ratio_is_its_end_point() -> None:
    cases = [
        ("RESULTS: After two years, 12 patients (1.9%) assigned to A and 20 (3.1%) assigned to B developed "
         "culture-proven pneumonia at rates of 0.9 and 1.5 per 100 person-years, respectively (risk ratio, 0.61 "
         "[95% confidence interval, 0.30-1.24]; P=.2).", "culture-proven pneumonia", "other"),
        ("RESULTS: There were 14 and 25 deaths in the vaccine and placebo groups, respectively (RR, 0.56; 95% CI, "
         "0.29-1.07).", "deaths", "OS"),
        ("RESULTS: During follow-up, 1.8 serious bleeding events per 100 patient-years occurred with A, as "
         "compared with 3.6 per 100 patient-years with B (relative risk, 0.5; 95 percent confidence interval, 0.3 "
         "to 0.8).", "serious bleeding events", "safety"),
        ("RESULTS: Version was successful in 30 of 50 women (60%) with epidural analgesia compared with 17 of 50 "
         "(34%) without (relative risk [RR] 1.76, 95% confidence interval [CI] 1.14, 2.73).", "Version", "other"),
    ]
    for text, words, klass in cases:
        (e,) = extract_estimates(text)
        assert (e.endpoint_text, e.endpoint) == (words, klass), text


def test_round12_the_difference_refers_back_to_the_estimate_before() -> None:
    text = ("RESULTS: Mortality was lower with drug A (odds ratio 0.60, 95% CI 0.45 to 0.80). The difference was not "
            "significant when only trials with concealed allocation were analysed (odds ratio 0.81, 95% CI 0.58 to "
            "1.12).")
    assert [(e.value, e.endpoint) for e in extract_estimates(text)] == [(0.6, "OS"), (0.81, "OS")]
    # "The benefit …" after a harm speaks of the efficacy outcome, not of the harm before it: not guessed
    text = ("RESULTS: The primary outcome occurred less often with A (relative risk 0.80, 95% CI 0.72-0.90). Major "
            "bleeding was more common with A (relative risk 1.38, 1.13-1.67). The benefit was seen within 24 h "
            "(relative risk 0.66, 0.51-0.86).")
    assert extract_estimates(text)[-1].endpoint != "safety"


# Round 12: numbers that are not a group's median or a ratio (read on unlabelled real trial abstracts).


def test_round12_a_difference_a_count_and_an_entry_time_are_not_medians() -> None:
    text = ("RESULTS: Controls needed ventilation for longer (median 11 days vs 6 days; difference 5 days [4-6, "
            "p<0.001]).")
    assert [(e.value, e.ci_low) for e in extract_estimates(text)] == [(11.0, None), (6.0, None)]
    # a new sentence that opens with a count after ")." ends the list of medians
    text = ("FINDINGS: Median overall survival was 8·8 months (95% CI 7·9-10·2) in group A and 9·2 months (7·0-11·5) "
            "in the control group (HR 1·02 [95% CI 0·80-1·30], p=0·88). 201 (90%) of 224 patients in group A and "
            "96 (72%) of 133 in the control group had an adverse event.")
    medians = [e for e in extract_estimates(text) if e.measure == "median"]
    assert [(e.value, e.ci_low, e.ci_high) for e in medians] == [(8.8, 7.9, 10.2), (9.2, 7.0, 11.5)]
    # when the patients were enrolled is no outcome
    text = "RESULTS: We enrolled 850 patients soon after the onset of sepsis (median, 6.2 hours after onset)."
    assert extract_estimates(text) == []


def test_round12_a_bare_range_closed_by_a_p_value_is_the_medians_ci() -> None:
    text = ("RESULTS: The median duration of fever with placebo was 110·5 h (95% CI 100·2-121·0) compared with 90·0 h "
            "(80·5-101·0; p=0·006) for those receiving 500 mg drug X and 104·0 h (92·3-120·4, p=0·40) for those "
            "receiving 250 mg drug X.")
    found = extract_estimates(text)
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [
        (110.5, 100.2, 121.0), (90.0, 80.5, 101.0), (104.0, 92.3, 120.4)]
    assert [e.arm for e in found][1:] == ["500 mg drug X", "250 mg drug X"]  # (round 17: the group's name)


def test_round12_a_ratios_p_value_is_not_the_ratio() -> None:
    text = "RESULTS: The exacerbation rate did not differ (drug 0.91 vs placebo 1.10; rate ratio p = 0.38)."
    assert [e for e in extract_estimates(text) if e.measure in ("HR", "OR", "RR", "IRR")] == []


def test_round12_an_end_point_defined_once_and_named_later() -> None:
    text = ("METHODS: The primary endpoint was the composite of all-cause mortality, myocardial infarction and stroke. "
            "RESULTS: 410 of 2100 patients with drug A and 480 of 2110 with placebo had at least one event in the "
            "primary composite endpoint (HR 0.85, 95% CI 0.75-0.97). The main secondary endpoint was the composite "
            "of cardiovascular death, myocardial infarction, and stroke. 250 patients with A and 300 with placebo "
            "reached this endpoint (0.82, 0.69-0.97, p=0.02).")
    found = extract_estimates(text)
    assert [(e.value, e.endpoint) for e in found] == [(0.85, "composite"), (0.82, "composite")]
    assert found[1].endpoint_text.startswith("composite of cardiovascular death")


def test_round12_a_list_of_end_points_each_with_for_and_the_groups_before_the_measure() -> None:
    text = ("FINDINGS: EFV versus LPV hazard ratios (HRs) for the composite endpoint, for AIDS or death, for death, "
            "and for virological failure were 1.05 (95% CI 0.80-1.38), 1.10 (0.82-1.47), 0.92 (0.64-1.32), and 0.70 "
            "(0.58-0.84), respectively.")
    found = extract_estimates(text)
    assert [(e.endpoint_text, e.endpoint) for e in found] == [
        ("composite endpoint", "composite"), ("AIDS or death", "composite"), ("death", "OS"),
        ("virological failure", "other")]
    assert {e.comparison for e in found} == {"EFV vs LPV"}
    (e,) = extract_estimates("RESULTS: The drug:placebo hazards ratio was 0.97 (lower one-sided 95% confidence "
                             "limit, 0.84).")
    assert e.comparison == "drug vs placebo"


def test_round12_what_a_drug_was_superior_in_and_a_clause_of_no_difference() -> None:
    text = ("RESULTS: Drug D was superior to drug Z in delaying time to first skeletal event (hazard ratio, 0.80; 95% "
            "CI, 0.70 to 0.92) and time to first and subsequent (multiple) skeletal events (rate ratio, 0.75; 95% CI, "
            "0.65 to 0.87).")
    assert [e.endpoint_text for e in extract_estimates(text)] == [
        "time to first skeletal event", "time to first and subsequent (multiple) skeletal events"]
    text = ("RESULTS: The median incision to delivery interval was shorter with technique A (8 [range 2-40] compared "
            "with 11 [range 3-65] minutes; P=.03), but there was no difference in total operating time (50 [range "
            "20-120] minutes compared with 52 [range 18-170]; P=.5).")
    found = sorted(extract_estimates(text), key=lambda e: e.start or 0)
    assert [(e.value, e.endpoint_text) for e in found] == [
        (8.0, "incision to delivery interval"), (11.0, "incision to delivery interval"),
        (50.0, "total operating time"), (52.0, "total operating time")]


def test_round12_analysis_sets_and_subgroups_named_after_the_value() -> None:
    text = ("RESULTS: PFS and OS were longer with drug C than with drug E. For PFS, the hazard ratio (HR) for drug C "
            "versus drug E was 0.56 for the Europe subgroup (p < .001) and 0.52 for the RoW subgroup (p < .001). For "
            "OS, the HR was 0.77 for the Europe subgroup (p = .03) and 0.70 for the RoW subgroup (p = .006).")
    found = extract_estimates(text)
    assert [(e.value, e.endpoint, e.population) for e in found] == [
        (0.56, "PFS", "subgroup: Europe"), (0.52, "PFS", "subgroup: RoW"), (0.77, "OS", "subgroup: Europe"),
        (0.7, "OS", "subgroup: RoW")]
    assert found[0].comparison == "drug C vs drug E"
    text = ("METHODS: The primary efficacy end point was chronic infection. RESULTS: In the per-protocol population, "
            "chronic infection developed in 12 participants in each group (hazard ratio [vaccine vs. placebo], 1.40; "
            "95% CI, 0.60 to 3.20). In the modified intention-to-treat population, chronic infection developed in 17 "
            "participants in the vaccine group and 15 in the placebo group (hazard ratio, 1.60; 95% CI, 0.75 to "
            "3.40).")
    found = extract_estimates(text)
    assert [(e.endpoint_text, e.population_kind) for e in found] == [
        ("chronic infection", "per_protocol"), ("chronic infection", "modified_itt")]


def test_round12_a_medians_label_and_a_unit_are_not_end_point_or_group() -> None:
    text = ("RESULTS: The study met its primary objective of a difference in PFS (median: A+GC, 10.1 mo vs. P+GC, 7.7 "
            "mo; hazard ratio [HR] = 0.78, P = 0.25). Secondary objectives were not met for median overall survival "
            "(A+GC, 29.0 mo vs. P+GC, 25.3 mo; HR = 0.83, P = 0.47).")
    found = sorted(extract_estimates(text), key=lambda e: e.start or 0)
    assert [(e.measure, e.endpoint, e.endpoint_text) for e in found] == [
        ("median", "PFS", "PFS"), ("median", "PFS", "PFS"), ("HR", "PFS", "PFS"),
        ("median", "OS", "overall survival"), ("median", "OS", "overall survival"), ("HR", "OS", "overall survival")]
    # ("mo vs P+GC": a unit is no group; each group's label is printed before its median, round 23)
    assert [e.arm for e in found if e.measure == "median"] == ["A+GC", "P+GC", "A+GC", "P+GC"]
    assert {e.comparison for e in found if e.measure == "HR"} == {"A+GC vs P+GC"}


def test_round12_including_those_at_low_risk_is_a_subgroup_of_the_clauses_outcome() -> None:
    text = ("RESULTS: The hazard for the kidney composite outcome was lower with drug D across all risk categories "
            "(P-interaction = 0.90), including those at low risk (hazard ratio [HR] 0.56, 95% CI 0.39-0.80).")
    (e,) = extract_estimates(text)
    assert (e.endpoint_text, e.population) == ("kidney composite outcome", "subgroup: at low risk")


def test_round12_list_markers_and_counts_in_an_arm_are_no_factors() -> None:
    text = ("RESULTS: Treatment failure was associated with (i) low weight (adjusted OR = 1.30, 95% CI: 1.02 to 1.65), "
            "(ii) fever at enrolment (adjusted OR = 1.50, 95% CI: 1.18, 1.90) and (iii) non-adherence (adjusted OR = "
            "7.90, 95% CI: 4.30, 14.50).")
    assert [e.covariate for e in extract_estimates(text)][1:] == ["fever at enrolment", "non-adherence"]
    text = ("RESULTS: There were 7 relapses in the A group and 40 in the B group (adjusted rate ratio, 0.15; 95% CI, "
            "0.06 to 0.33; P<0.001).")
    (e,) = extract_estimates(text)
    assert (e.covariate, e.endpoint_text) == (None, "relapses")


def test_round12_time_points_a_reference_group_and_a_trailing_than() -> None:
    # "at 2, 6 and 12 weeks": time points of a measurement, not a median time
    assert extract_estimates("RESULTS: Median improvement in FEV1 at 2, 6 and 12 weeks was 0.10 L (p < 0.001).") == []
    text = ("RESULTS: The rates of the primary outcome were 1.5%/year with warfarin, 1.4% with drug X 110 mg (HR vs. "
            "warfarin 0.95, 95% confidence interval (CI) 0.72-1.25) and 1.0% with drug X 150 mg (HR vs. warfarin 0.66, "
            "95% CI 0.48-0.91).")
    found = extract_estimates(text)
    assert [(e.endpoint_text, e.comparison) for e in found] == [
        ("primary outcome", "drug X 110 mg vs warfarin"), ("primary outcome", "drug X 150 mg vs warfarin")]
    text = ("RESULTS: Infants in the intervention group had a shorter median time from start of intervention to "
            "regular feeding than control infants, 2.5 weeks (Q1 = 1.0, Q3 = 4.0) vs. 4.5 weeks (Q1 = 2.0, Q3 = 7.5).")
    assert {e.endpoint_text for e in extract_estimates(text)} == {"time from start of intervention to regular feeding"}


def test_round12_analysis_labels_subgroup_analyses_and_counts_of_arms() -> None:
    text = ("RESULTS: High X expression was associated with poor disease-free survival (univariable: hazard ratio "
            "1.30, 95% confidence interval 1.10-1.60. Multivariable: hazard ratio 1.25, 95% confidence interval "
            "1.02-1.52).")
    assert {e.population for e in extract_estimates(text)} == {"overall"}
    text = ("RESULTS: In subgroup analyses, strategy A had a greater benefit in men (hazard ratio 0.72 [99% CI "
            "0.55-0.95]).")
    assert extract_estimates(text)[0].population == "subgroup: men"
    text = ("RESULTS: No differences in median fever clearance times were found between the 2 artesunate arms "
            "(30.1 vs 29.0 hours).")
    assert [e.value for e in extract_estimates(text)] == [30.1, 29.0]
    text = ("RESULTS: Peaks of 5.1 mg/dL [4.9-5.4] and 4.2 mg/dL [3.5-4.6] (median and interquartile range) were "
            "reached with A and B, whereas C led to a smaller peak (3.0 mg/dL [2.1-4.0]).")
    assert extract_estimates(text) == []


def test_round12_verbs_are_not_end_points_and_survival_free_of() -> None:
    from trialink._measures import endpoint_of

    text = ("RESULTS: Loose stools were more frequent with A than B, but did not reach statistical significance (88% "
            "versus 52%; RR, 1.7; 95% CI, 0.9-3.3; p = 0.15).")
    assert extract_estimates(text)[0].endpoint_text != "but did not reach statistical significance"
    text = ("RESULTS: Functional status at day 90 did not differ significantly between groups (OR 0.90, 95% CI "
            "0.77-1.05).")
    assert extract_estimates(text)[0].endpoint_text == "Functional status"
    assert endpoint_of("survival free of hospitalisation") == "composite"
    assert endpoint_of("survival free from progression") == "PFS"


def test_round12_one_sided_cis_dose_lists_and_a_prespecified_subgroup_analysis() -> None:
    text = ("RESULTS: Median PFS was 6.0 vs 5.8 months (hazard ratio [HR], 0.98; 1-sided 90% CI, 0.00-1.20; "
            "P = .46). In a prespecified subgroup analysis of HPV-positive participants, drug M vs placebo resulted "
            "in longer PFS (7.6 vs 5.8 months; HR, 0.60; 1-sided 90% CI, 0.00-0.92; P = .04) and OS (15.0 vs 12.4 "
            "months; HR, 0.43; 1-sided 90% CI, 0.00-0.79; P = .03). In an exploratory analysis, patients with rash "
            "had longer PFS and OS (median PFS, 7.0 vs 5.8 months; HR, 0.70; 1-sided 90% CI, 0.00-0.95; P = .06; "
            "and median OS, 18.5 vs 12.4; HR, 0.57; 1-sided 90% CI, 0.00-0.83; P = .02).")
    found = sorted(extract_estimates(text), key=lambda e: e.start or 0)
    ratios = [e for e in found if e.measure == "HR"]
    assert [(e.value, e.ci_low, e.ci_high, e.note) for e in ratios][:2] == [
        (0.98, None, 1.2, "one-sided upper limit"), (0.6, None, 0.92, "one-sided upper limit")]
    assert [e.population for e in found[3:9]] == ["subgroup: HPV-positive participants"] * 6
    assert ratios[1].comparison == "drug M vs placebo"
    assert [(e.value, e.unit, e.endpoint) for e in found if e.measure == "median"][-2:] == [
        (18.5, "months", "OS"), (12.4, "months", "OS")]
    assert ratios[-1].endpoint == "OS"
    text = ("RESULTS: The relative risk of shedding with drug P, as compared with placebo, was 1.10 (95% CI, 0.66 to "
            "1.85) with the 5-mg daily dose, 0.55 (95% CI, 0.30 to 1.01) with the 25-mg daily dose, and 0.30 (95% "
            "CI, 0.16 to 0.57) with the 400-mg weekly dose.")
    assert [e.value for e in extract_estimates(text)] == [1.1, 0.55, 0.3]


def test_round12_delayed_the_time_to_x_compared_with_placebo() -> None:
    text = ("RESULTS: Drug A significantly delayed the time to recurrence of any mood episode compared with placebo "
            "(hazard ratio: 0.47; 95% CI, 0.31 to 0.70; P < .0001).")
    assert extract_estimates(text)[0].endpoint_text == "time to recurrence of any mood episode"


def test_round12_the_ratios_name_is_not_the_outcome() -> None:
    text = "RESULTS: ORs for virologic failure did not significantly differ by regimen (OR 0.95; 95% CI: 0.60, 1.50)."
    assert extract_estimates(text)[0].endpoint_text == "virologic failure"


def test_round12_respectively_lists_of_outcomes_or_groups_and_a_hyphenated_orientation() -> None:
    text = ("FINDINGS: HRs (three-class vs combined two-class) for AIDS or death and virological failure were 1.12 "
            "(0.90-1.40) and 0.85 (0.73-0.99), respectively.")
    found = extract_estimates(text)
    assert [(e.value, e.endpoint_text) for e in found] == [(1.12, "AIDS or death"), (0.85, "virological failure")]
    assert {e.comparison for e in found} == {"three-class vs combined two-class"}
    text = "RESULTS: The HRs for men and women were 0.81 (0.70-0.93) and 0.92 (0.80-1.05), respectively."
    assert [e.population for e in extract_estimates(text)] == ["subgroup: men", "subgroup: women"]


def test_round12_a_ci_named_in_words_before_the_value() -> None:
    text = ("RESULTS: A pen did not change survey response rates amongst GPs (Odds ratio, 95% confidence interval: "
            "1.80 (0.90 to 3.60)).")
    (e,) = extract_estimates(text)
    assert (e.measure, e.value, e.ci_low, e.ci_high, e.ci_level) == ("OR", 1.8, 0.9, 3.6, 95.0)
    assert e.endpoint == "other"  # a survey's response rate is not a tumour response


def test_round12_for_younger_patients_and_among_twins_after_the_main_result() -> None:
    text = ("RESULTS: For older patients, the 5-year DFS rates were 60% and 59% (hazards ratio [HR], 1.02; 95% CI, "
            "0.66 to 1.55). For younger patients, the corresponding 5-year DFS rates were 60% and 52% (HR, 0.72; 95% "
            "CI, 0.55 to 0.93).")
    assert extract_estimates(text)[1].population == "subgroup: younger patients"
    text = ("RESULTS: Among singletons, the odds were similar (adjusted odds ratio 1.01, 95% confidence interval "
            "0.94-1.09). After adjusting for confounders, transfer A was associated with lower odds of preterm birth "
            "among twins (adjusted odds ratio 0.82, 95% confidence interval 0.71-0.95).")
    assert extract_estimates(text)[1].population == "subgroup: twins"


def test_round12_endpoint_of_non_fatal_recurrence_or_death_and_complications() -> None:
    from trialink._measures import endpoint_of

    assert endpoint_of("non-fatal myocardial infarction") == "other"  # ("fatal" inside "non-fatal" is no death)
    assert endpoint_of("cardiovascular death or non-fatal MI") == "composite"
    assert endpoint_of("disease recurrence or death") == "DFS"
    assert endpoint_of("postoperative complications") == "safety"
    assert endpoint_of("hyperkalaemia leading to discontinuation") == "safety"


def test_round12_that_for_the_next_outcome_and_shorter_survival() -> None:
    from trialink._measures import endpoint_of

    text = ("The hazard ratio for death from any cause with drug P, as compared with usual care, was 0.78 (95% CI, "
            "0.61 to 0.98); that for the primary composite outcome was 0.69 (95% CI, 0.48 to 0.99).")
    found = extract_estimates(text)
    assert [(e.endpoint_text, e.covariate) for e in found] == [
        ("death from any cause", None), ("primary composite outcome", None)]
    assert endpoint_of("shorter survival") == "OS"


def test_round12_an_event_in_a_text_about_event_free_survival() -> None:
    text = ("Event-free survival at 5 years was 80% in the intensified arm and 78% in the standard arm; the hazard "
            "ratio for an event was 0.88 (95% CI, 0.67 to 1.15).")
    assert extract_estimates(text)[0].endpoint == "EFS"
    assert extract_estimates("RESULTS: The hazard ratio for an event was 0.88 (95% CI, 0.67 to 1.15).")[0].endpoint \
        == "other"


def test_round12_arms_after_a_pair_a_ci_in_words_and_a_type_one_error() -> None:
    text = ("RESULTS: The median overall survival (OS) was 38.0 months versus 30.5 months for arm A and B (p=0.44), "
            "and 16.0 months versus 25.0 months for arm C and D (p=0.05).")
    assert [(e.value, e.arm) for e in extract_estimates(text)] == [
        (38.0, "arm A"), (30.5, "arm B"), (16.0, "arm C"), (25.0, "arm D")]
    text = ("RESULTS: The median PFS of SP group was 45 months with 95% CI of 37.0 months to 52.0 months, compared "
            "to the S group with median PFS of 33 months with 95% CI of 30.5 to 40.0 months.")
    found = extract_estimates(text)
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(45.0, 37.0, 52.0), (33.0, 30.5, 40.0)]
    assert (found[0].arm, found[0].endpoint_text) == ("SP", "PFS")
    text = ("METHODS: 70 patients give 80% power to detect a 7-month difference in median survival with a type I error "
            "of 0.05 (i.e., 17 months for the historical control vs. 24 months for the new treatment).")
    assert 0.05 not in [e.value for e in extract_estimates(text)]


def test_round12_quartiles_and_counts_after_medians_are_not_medians() -> None:
    text = ("RESULTS: Drains removed on demand stayed a median of 118 hours (quartiles 85 and 170 hours), and those "
            "removed routinely a median of 110 hours (quartiles 70 and 140 hours) (P = 0.04).")
    assert not {70.0, 85.0, 140.0, 170.0} & {e.value for e in extract_estimates(text)}
    text = ("RESULTS: Median OS was 70.1 months vs 24.9 months (p=0.03). Of 12 patients with mutant tumors "
            "experiencing PD, 10 received subsequent therapy.")
    assert [e.value for e in extract_estimates(text)] == [70.1, 24.9]


def test_round12_references_means_and_daily_hours_are_not_medians() -> None:
    text = ("BACKGROUND: Therapy X showed a survival benefit with a median survival of 14.0 months with X vs 12.0 "
            "months with radiotherapy alone.1 The respective 5-year survival rates were 9.5% vs 2.0%.2 However, "
            "survival is poor in recurrent tumours.4,5,6 Inhibition of Y is studied.7,8,9")
    assert sorted(e.value for e in extract_estimates(text) if e.measure == "median") == [12.0, 14.0]
    text = ("RESULTS: The median time to healing was 4.0 days with A (average 4.45 [1.60] days), and 5.0 days with B "
            "(average 5.50 [1.80]).")
    assert [e.value for e in extract_estimates(text)] == [4.0, 5.0]
    text = ("RESULTS: Oxygen given for 15 h/day or more improved survival compared with 12 h/day (median survival 2.1 "
            "vs 1.6 years).")
    assert [e.value for e in extract_estimates(text) if e.measure == "median"] == [2.1, 1.6]


def test_round12_predictive_of_and_risk_factor_for_before_a_labelled_or_adjusted_ratio() -> None:
    text = ("RESULTS: OH was predictive of ischemic stroke, even after adjustment for risk factors (consensus OH: "
            "hazard ratio, 2.1; 95% CI, 1.3 to 3.3).")
    assert extract_estimates(text)[0].endpoint_text == "ischemic stroke"
    text = ("RESULTS: Active smoking was an even more significant risk factor for aneurysm rupture (adjusted RR 3.10, "
            "95% CI 1.20-8.00, p = 0.02).")
    assert extract_estimates(text)[0].endpoint_text == "aneurysm rupture"


def test_round12_a_list_of_outcomes_with_their_values_in_one_bracket() -> None:
    text = ("RESULTS: Blood loss was similar. Nausea, headache and dizziness were less frequent with drug M (RR (95% "
            "CI) 0.70 (0.58, 0.85); 0.55 (0.39, 0.76); 0.72 (0.60, 0.86)), whereas shivering was more frequent (RR "
            "1.90, 1.65-2.20).")
    assert [(e.value, e.endpoint_text) for e in extract_estimates(text)] == [
        (0.7, "Nausea"), (0.55, "headache"), (0.72, "dizziness"), (1.9, "shivering")]


def test_round12_a_subgroup_named_after_a_pair_of_medians() -> None:
    text = ("RESULTS: The primary endpoint was not met; median OS was 11.0 months with drug V plus chemotherapy versus "
            "9.0 months with chemotherapy alone in the LP52+ subgroup (hazard ratio [HR] 0.65, 95% confidence interval "
            "[CI]: 0.40-1.05; P = .11). In the overall population, median OS was 12.0 months in both arms (HR 0.99, "
            "95% CI: 0.83-1.18).")
    found = sorted(extract_estimates(text), key=lambda e: e.start or 0)
    assert [(e.value, e.arm, e.population) for e in found][:3] == [
        (11.0, "drug V plus chemotherapy", "subgroup: LP52+"), (9.0, "chemotherapy alone", "subgroup: LP52+"),
        (0.65, None, "subgroup: LP52+")]
    # (round 17: the median printed once for both arms is one row per arm)
    assert [(e.value, e.arm, e.population) for e in found][3:] == [
        (12.0, "drug V plus chemotherapy", "overall"), (12.0, "chemotherapy alone", "overall"), (0.99, None, "overall")]


def test_round12_the_ratio_for_death_and_two_sexes_contrasted() -> None:
    text = ("RESULTS: Drug U prolonged RFS compared with surgery alone with a hazard ratio of 0.58 (95% confidence "
            "interval, 0.39-0.85). The hazard ratio for death of the U group against the surgery alone group was not "
            "significant (0.82; 95% confidence interval, 0.49-1.37).")
    assert [e.endpoint for e in extract_estimates(text)] == ["RFS", "OS"]
    text = ("RESULTS: The association was similar during follow-up for men (HR = 2.50; 95% CI: 0.80-7.90) and women "
            "(HR = 2.10; 95% CI: 0.85-5.00).")
    assert [(e.population, e.covariate) for e in extract_estimates(text)] == [
        ("subgroup: men", None), ("subgroup: women", None)]
    # "than men (RR …)": the comparator, not a subgroup
    text = ("RESULTS: Diabetes predicted mortality (RR 1.55; 95% CI 1.37-1.80). Compared with nondiabetic "
            "counterparts, women had a higher risk than men (RR, 1.95; 95% CI, 1.58 to 2.40).")
    assert extract_estimates(text)[1].population != "subgroup: men"


def test_round12_time_to_relapse_from_the_last_dose_and_values_after_were_similar() -> None:
    text = ("RESULTS: Median time to relapse from the last dose of drug U was similar between groups as well: 35 weeks "
            "(95% CI, 34-47 weeks) in the A group vs 31 weeks (95% CI, 27-39 weeks) in the B group.")
    assert [(e.value, e.arm) for e in extract_estimates(text)] == [(35.0, "A"), (31.0, "B")]
    # care near the end of life stays out
    assert extract_estimates("RESULTS: Median time from last immunotherapy dose to death was 30 days.") == []
    text = "RESULTS: The hazard ratios for OS were similar (0.69 and 0.70)."
    assert [e.value for e in extract_estimates(text)] == [0.69, 0.7]


def test_round13_a_low_dose_arm_does_not_make_a_survival_median_a_dose() -> None:
    text = ("RESULTS: Median overall survival for drug K + low-dose steroid versus high-dose steroid was 11.2 versus "
            "5.1 months (P=0.02) and 14.8 versus 8.9 months (P=0.21), respectively.")
    found = extract_estimates(text)
    assert [(e.value, e.arm) for e in found] == [
        (11.2, "drug K + low-dose steroid"), (5.1, "high-dose steroid"),
        (14.8, "drug K + low-dose steroid"), (8.9, "high-dose steroid")]
    assert {e.endpoint for e in found} == {"OS"}
    # the pairs belong to groups this sentence does not name: unknown, not the whole trial
    assert {e.population for e in found} == {"unknown"}
    # a level measured at a time is still no survival median
    assert extract_estimates("RESULTS: The median dose at 6 months was 12 mg versus 15 mg in the two arms.") == []


def test_round13_a_pair_of_medians_then_the_subgroup_it_belongs_to() -> None:
    text = ("RESULTS: Median progression-free survival favored drug K versus steroid alone: 5.0 versus 2.2 months in "
            "the group with eGFR below 60 mL/min (P<0.001) and 5.3 versus 2.4 months in the group with eGFR of 60 "
            "mL/min or more (P<0.001).")
    found = extract_estimates(text)
    assert [(e.value, e.arm) for e in found] == [
        (5.0, "drug K"), (2.2, "steroid alone"), (5.3, "drug K"), (2.4, "steroid alone")]
    assert [e.population for e in found] == [
        "subgroup: group with eGFR below 60 mL/min"] * 2 + ["subgroup: group with eGFR of 60 mL/min or more"] * 2
    assert {e.endpoint_text for e in found} == {"progression-free survival"}


def test_round13_list_items_named_by_a_level_glued_to_its_number() -> None:
    text = ("RESULTS: In subgroups defined by baseline tumour size in quartiles, HRs (drug R/placebo; 95% CI) of "
            "0.71 (0.50-0.99; Q1); 0.31 (0.20-0.47; Q2); 0.45 (0.30-0.66; Q3); and 0.58 (0.40-0.85; Q4) were seen "
            "for time to progression.")
    found = extract_estimates(text)
    assert [(e.value, e.ci_low, e.ci_high, e.ci_level) for e in found] == [
        (0.71, 0.5, 0.99, 95.0), (0.31, 0.2, 0.47, 95.0), (0.45, 0.3, 0.66, 95.0), (0.58, 0.4, 0.85, 95.0)]
    # the arms compared within each level: the level is a subgroup, not a factor
    assert [(e.covariate, e.population_detail) for e in found] == [
        (None, f"{q}; defined by baseline tumour size in quartiles") for q in ("Q1", "Q2", "Q3", "Q4")]
    assert {e.comparison for e in found} == {"drug R vs placebo"}
    text = "RESULTS: HRs for PFS were 0.70 (0.52-0.94) in T1, 0.33 (0.21-0.52) in T2, and 0.61 (0.41-0.90) in T3."
    assert [(e.value, e.covariate) for e in extract_estimates(text)] == [(0.7, "T1"), (0.33, "T2"), (0.61, "T3")]


def test_round13_bare_values_in_one_bracket_each_with_its_group() -> None:
    text = ("RESULTS: HRs (drug S/placebo) for OS by prior dose were similar (0.71 for 400 mg/day; 0.74 for "
            "<400 mg/day).")
    assert [(e.value, e.ci_low, e.population, e.covariate) for e in extract_estimates(text)] == [
        (0.71, None, "subgroup: 400 mg/day", None), (0.74, None, "subgroup: <400 mg/day", None)]
    text = "RESULTS: The hazard ratios for death were similar (0.91 for men, 0.86 for women and 0.88 for children)."
    assert [(e.value, e.population) for e in extract_estimates(text)] == [
        (0.91, "subgroup: men"), (0.86, "subgroup: women"), (0.88, "subgroup: children")]
    # a bare number after a label outside a bracket stays out
    assert [e.value for e in extract_estimates("RESULTS: The HR was 0.81 for men; 0.84 for women had no X.")] == [0.81]


def test_round13_each_list_segment_opens_with_its_analysis_set() -> None:
    text = ("RESULTS: Drug G gave more median ventilator-free days in both the ITT group and the prespecified shock "
            "subgroup (ITT group: 21 days in the drug G group vs 18 days in the placebo group, P = .04; shock "
            "subgroup, 22 days in the drug G group vs 17 days in the placebo group, P = .02).")
    found = extract_estimates(text)
    assert [(e.value, e.arm, e.population) for e in found] == [
        (21.0, "drug G", "overall"), (18.0, "placebo", "overall"),
        (22.0, "drug G", "subgroup: shock"), (17.0, "placebo", "subgroup: shock")]
    assert {e.endpoint_text for e in found} == {"ventilator-free days"}


def test_round13_the_outcome_a_ratio_speaks_of_from_its_clause() -> None:
    def eps(text: str) -> list[str | None]:
        return [e.endpoint_text for e in extract_estimates(text)]
    assert eps("RESULTS: Drug M reduced attack risk by 41% compared with placebo (RR 0.59, 95% CI 0.45-0.77).") == [
        "attack risk"]
    assert eps("RESULTS: Clinical status on the ordinal outcome scale at 28 days did not differ between the groups "
               "(median [IQR] score, 5 [3-6] vs 5 [3-6]; aOR, 1.08 [95% CI, 0.80 to 1.46]).") == ["Clinical status"]
    assert eps("RESULTS: The percentage of days with oral ulcers was reduced, from 8.0% with placebo to 1.5% with "
               "drug P 50 mg (relative risk, 0.19; 95% CI, 0.05 to 0.71) and drug P 200 mg (relative risk, 0.17; "
               "95% CI, 0.04 to 0.60).") == ["days with oral ulcers", "days with oral ulcers"]


def _groups(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(e.groups, e.direction_source) for e in extract_estimates(text) if e.measure != "median"]


def test_round13_the_groups_a_ratio_compares_from_its_clause() -> None:
    # the text says which group is relative to which
    assert _groups("RESULTS: Drug B significantly reduced attack risk by 41% compared with placebo (RR 0.59, 95% CI "
                   "0.45-0.77).") == [(("Drug B", "placebo"), "text")]
    assert _groups("RESULTS: Compared with placebo, drug B reduced the risk of attacks (RR 0.59, 95% CI "
                   "0.45-0.77).") == [(("drug B", "placebo"), "text")]
    assert _groups("RESULTS: PFS was longer in the drug K group than in the placebo group (HR 0.40; 95% CI "
                   "0.30-0.55).") == [(("drug K", "placebo"), "text")]
    assert _groups("RESULTS: The hazard ratio of the treated group to the untreated group was 0.25 (0.10-0.60).") == [
        (("treated", "untreated"), "text")]
    # groups listed in turn: their order, orientation unknown ...
    assert _groups("RESULTS: There were 5 flares in the drug R group and 40 in the steroid group (rate ratio, 0.15; "
                   "95% CI, 0.06 to 0.35).") == [(("drug R", "steroid"), "unknown")]
    # ... unless one percentage per group fits only A relative to B
    assert _groups("RESULTS: Heart failure was reduced with drug F versus placebo (2.0% versus 3.1%; HR, 0.64 [95% CI, "
                   "0.48-0.86]).") == [(("drug F", "placebo"), "inferred_from_arms")]
    # (and when they fit only the reverse, the ratio is the second group's relative to the first)
    assert _groups("RESULTS: The response rate was 25% in the drug E group as compared with 50% in the control group "
                   "(odds ratio, 3.10; 95% CI, 1.40 to 6.90).") == [(("control", "drug E"), "inferred_from_arms")]
    # "Compared with the control group, those in the intervention group …": the second named is the first group, and
    # the sentence says which is relative to which
    assert _groups("RESULTS: Compared with the control group, participants in the intervention group were more likely "
                   "to quit (RR 1.40, 95% CI 1.10-1.80).") == [(("intervention", "control"), "text")]
    # two comparisons in one sentence: each ratio takes the pair nearest it
    text = ("RESULTS: The end point occurred in 100 of 2000 patients (5.0%) in the drug S group as compared with 110 "
            "of 2000 (5.5%) in the saline group (odds ratio, 0.91; 95% CI, 0.70 to 1.19) and in 104 of 2000 (5.2%) in "
            "the drug N group as compared with 103 of 2000 (5.2%) in the placebo group (odds ratio, 1.01; 95% CI, "
            "0.77 to 1.33).")
    assert [g for g, _ in _groups(text)] == [("drug S", "saline"), ("drug N", "placebo")]
    # levels compared without a verb that orients them: listed in turn, orientation unknown
    assert _groups("RESULTS: The odds of X were higher in patients with a negative test compared to positive patients "
                   "(OR=6.0, CI 4.7-7.9).") == [(("negative test", "positive"), "unknown")]


def test_round13_a_ratio_without_groups_takes_the_two_the_trial_randomised() -> None:
    text = ("Drug Q versus placebo in chronic cough: a randomized trial.\nMETHODS: Adults were randomised to drug Q "
            "or placebo for 12 weeks.\nRESULTS: The odds of a response were higher (OR 2.10, 95% CI 1.30-3.40).")
    (e,) = extract_estimates(text)
    # (round 25: a placebo-controlled pair is oriented by the convention of trial reports, 'design')
    assert (e.groups, e.direction_source, e.comparison) == (("Drug Q", "placebo"), "design", "Drug Q vs placebo")
    # the Methods' "randomised to A (n=…) or B (n=…)" when the title names no pair
    text = ("Drug Q in chronic cough.\nMETHODS: 120 adults were randomised (2:1) to receive drug Q (n=80) or placebo "
            "(n=40).\nRESULTS: Cough resolved more often (RR 1.50, 95% CI 1.10-2.05).")
    assert extract_estimates(text)[0].groups == ("drug Q", "placebo")
    # three groups, a title's list, a covariate or another trial's estimate: no default
    text = ("Drug Q in chronic cough.\nMETHODS: Adults were randomised to 5 mg, 25 mg or placebo.\nRESULTS: Cough "
            "resolved more often (RR 1.50, 95% CI 1.10-2.05).")
    assert extract_estimates(text)[0].groups == ()
    text = ("Drug A versus drug B, drug C, and drug D in bladder cancer.\nRESULTS: Survival was similar (HR 1.04, 95% "
            "CI 0.82-1.32).")
    assert extract_estimates(text)[0].groups == ()
    text = ("Drug Q versus placebo in chronic cough: a randomized trial.\nRESULTS: In multivariable analysis, smoking "
            "predicted response (OR 0.50, 95% CI 0.30-0.80).")
    assert extract_estimates(text)[0].groups == ()


def test_round13_a_hazard_ratio_after_the_medians_of_its_end_point() -> None:
    text = ("RESULTS: Median PFS was 8.1 months with drug T versus 4.6 months with placebo. The HR was 0.52 (95% CI "
            "0.38-0.71; P<0.001).")
    hr = extract_estimates(text)[-1]
    assert (hr.endpoint, hr.endpoint_text) == ("PFS", "PFS")
    # a longer median goes with a lower hazard: only drug T relative to placebo fits 0.52
    assert (hr.groups, hr.direction_source) == (("drug T", "placebo"), "inferred_from_arms")
    text = ("RESULTS: Median survival was 7.5 months for patients treated with drug T and 5.9 months for those "
            "treated with drug V (hazards ratio, 1.32; 95% CI, 1.05 to 1.66).")
    hr = extract_estimates(text)[-1]
    assert (hr.groups, hr.direction_source) == (("drug V", "drug T"), "inferred_from_arms")
    # close medians and a ratio near 1 say nothing clear: the curves may cross; the order stays unknown
    text = ("RESULTS: Median OS was 8.2 months in the drug W group and 9.0 months in the placebo group (hazard ratio "
            "0.96; 95% CI 0.74-1.24).")
    hr = extract_estimates(text)[-1]
    assert (hr.groups, hr.direction_source) == (("drug W", "placebo"), "unknown")
    # the text's own orientation is kept; a ratio two sentences later, or of another measure, is left alone
    text = ("RESULTS: Median TTP was 8.0 months with drug V and 8.4 months with drug T. The drug T:drug V hazards "
            "ratio was 0.97 (lower one-sided 95% confidence limit, 0.85).")
    hr = extract_estimates(text)[-1]
    assert (hr.endpoint_text, hr.groups, hr.direction_source) == ("TTP", ("drug T", "drug V"), "text")
    text = ("RESULTS: Median PFS was 8.1 months with drug T versus 4.6 months with placebo. Nausea was common. The "
            "odds ratio for rash was 2.10 (95% CI 1.20-3.70).")
    assert extract_estimates(text)[-1].endpoint_text == "rash"


def test_round13_a_proportional_odds_ratio_and_a_bracket_of_rates_per_year() -> None:
    (e,) = extract_estimates("RESULTS: The proportional OR for improved clinical status on day 14 was 1·31 (95% CI "
                             "0·70-2·45, p=0·40).")
    assert (e.measure, e.value, e.ci_low, e.ci_high, e.endpoint_text) == (
        "OR", 1.31, 0.7, 2.45, "improved clinical status on day 14")
    # "OR" as a conjunction in capitals stays out
    assert extract_estimates("RESULTS: Adults with fever, cough OR rash 2.5 days after dosing were seen.") == []
    (e,) = extract_estimates("RESULTS: Ischaemic stroke onset was less in the statin group (0.25 vs. 0.70%/year, "
                             "adjusted hazard ratio 0.36).")
    assert e.endpoint_text == "Ischaemic stroke onset"


def test_round13_groups_named_between_the_a_and_b_groups() -> None:
    assert _groups("RESULTS: Clinical status did not differ between the drug H and placebo groups (median score, 5 vs "
                   "5; aOR, 1.05 [95% CI, 0.76 to 1.45]).") == [(("drug H", "placebo"), "unknown")]


def test_round13_groups_reported_in_turn_are_parts_even_when_the_methods_name_them() -> None:
    text = ("Adjuvant drug C in older and younger women with breast cancer.\nMETHODS: Older and younger patients were "
            "randomised to drug C plus T or T alone.\nRESULTS: For older patients, the 5-year DFS rates were 60% and "
            "58% (HR, 0.98; 95% CI, 0.66 to 1.45). For younger patients, the 5-year DFS rates were 62% and 52% (HR, "
            "0.72; 95% CI, 0.55 to 0.94).")
    assert [e.population for e in extract_estimates(text)] == [
        "subgroup: older patients", "subgroup: younger patients"]
    text = ("Preterm birth after treatment X.\nMAIN OUTCOME MEASURE(S): Preterm birth in singleton and twin deliveries."
            "\nRESULT(S): Among singletons, the odds of preterm birth did not differ (adjusted odds ratio 1.02, 95% "
            "confidence interval 0.95-1.09). Among twins, the odds were lower (adjusted odds ratio 0.81, 95% "
            "confidence interval 0.70-0.95).")
    assert [e.population for e in extract_estimates(text)] == ["subgroup: singletons", "subgroup: twins"]
    # one group named once, the one the Methods name, is the population analysed
    text = ("Drug C in older women.\nMETHODS: Older patients were randomised to drug C or placebo.\nRESULTS: For older "
            "patients, DFS was longer with drug C (HR, 0.75; 95% CI, 0.60 to 0.93).")
    assert extract_estimates(text)[0].population == "overall"


def test_round13_the_outcome_of_a_ratio_that_names_none() -> None:
    def eps(text: str) -> list[str | None]:
        return [e.endpoint_text for e in extract_estimates(text)]
    # "a lower risk" with no "of": the risk of the sentence before
    assert eps("RESULTS: On drug L, the risk of self-harm was lower than off treatment (hazard ratio 0.70, 0.55 to "
               "0.89). Drug V was not associated with a lower risk (hazard ratio 0.97, 0.79 to 1.19).") == [
        "self-harm", "self-harm"]
    # nothing but the next measure between two ratios: the same outcome
    assert eps("RESULTS: Women had a higher risk of stroke than men (RR, 1.90; 95% CI, 1.50 to 2.40; and RR, 1.25; "
               "95% CI, 1.05 to 1.50, respectively).")[1] == "stroke"
    # items that name their own outcome do not take the one before
    found = eps("RESULTS: Those tested were more likely to be married (OR 1.80 (95% CI 1.10 to 2.90)) and to have a "
                "college degree (OR 3.30 (95% CI 1.80 to 6.00)).")
    assert found == ["married", None]  # (the second item's own words are not read yet: unknown, not "married")
    # "associated with a lower risk of X": X, not the risk
    assert eps("RESULTS: Drug use was associated with a lower risk of dementia (HR 0.88; 95% CI: 0.83, 0.93).") == [
        "dementia"]


def test_round13_a_subject_with_its_main_kind_in_apposition() -> None:
    (e,) = extract_estimates("RESULTS: Serious adverse events, mainly dizziness, were more frequent with drug D "
                             "(relative risk, 1.40; 95% CI, 1.10 to 1.80).")
    assert e.endpoint_text == "Serious adverse events"


def test_round13_factors_listed_with_adjusted_ratios_and_the_outcome_named_after_them() -> None:
    found = extract_estimates("RESULTS: Treatment failure was associated with (i) older age (adjusted OR = 1.30, "
                              "95% CI: 1.02 to 1.66), (ii) fever at entry (adjusted OR = 1.55, 95% CI: 1.20, 2.00) and "
                              "(iii) non-adherence (adjusted OR = 7.90, 95% CI: 4.20, 14.80).")
    assert [(e.endpoint_text, e.covariate) for e in found] == [
        ("Treatment failure", "older age"), ("Treatment failure", "fever at entry"),
        ("Treatment failure", "non-adherence")]
    found = extract_estimates("RESULTS: Prior antimuscarinic use (OR 2.10, 95% CI 1.20-3.40); detrusor overactivity "
                              "(OR 2.30, 95% CI 1.50-4.90); and larger bladder volume (OR 1.05, 95% CI 1.01-1.08) were "
                              "associated with overall failure.")
    assert [e.endpoint_text for e in found][1:] == ["overall failure", "overall failure"]
    # "the association was less strong when …": the outcome of the ratio before, in the same sentence
    found = extract_estimates("RESULTS: Patients with a fall had higher stroke rates than those without (30% vs 10%, "
                              "adjusted hazard ratio [HR] 2.40, 95% CI 1.30-4.50), although the association was less "
                              "strong when only later events were analysed (adjusted HR 1.55, 95% CI 0.80, 3.10).")
    assert found[1].endpoint_text == found[0].endpoint_text == "stroke rates"


def test_round13_a_title_naming_a_drug_or_its_control_with_the_same_background() -> None:
    text = ("Drug P or Placebo Plus Chemotherapy as First-Line Therapy for Lung Cancer: a Randomized Trial.\n"
            "RESULTS: OS was longer (HR 0.80; 95% CI, 0.65-0.98).")
    assert extract_estimates(text)[0].groups == ("Drug P plus Chemotherapy", "Placebo plus Chemotherapy")
    text = ("Effect of vitamin K or placebo on falls: a randomised trial.\nRESULTS: Falls were fewer (RR 0.80, "
            "0.66-0.97).")
    assert extract_estimates(text)[0].groups == ("vitamin K", "placebo")
    # "or" between outcomes names no groups
    text = "Risk of death or stroke after surgery: a cohort study.\nRESULTS: Risk was higher (RR 1.30, 1.10-1.55)."
    assert extract_estimates(text)[0].groups == ()


def test_round13_set_p_groups_and_outcomes() -> None:
    # "(HR …) scores versus B": a measure is no group; the title's two groups instead
    text = ("Impact of Drug E Compared with Drug B on Quality of Life in Men with Prostate Cancer.\nRESULTS: Risk of "
            "first deterioration was lower with drug E for QoL total (hazard ratio: 0.66, 95% confidence interval: "
            "0.47-0.92, p=0.01) and pain (hazard ratio: 0.72, 95% confidence interval: 0.52-0.99, p=0.04) scores "
            "versus drug B.")
    assert {e.groups for e in extract_estimates(text)} == {("Drug E", "Drug B")}
    # one end point, one group per value, "respectively"
    found = extract_estimates("RESULTS: Relative risks for mortality in the vitamin E and zinc groups were 1.12 (95% "
                              "CI, 0.74-1.70) and 1.25 (95% CI, 0.83-1.88), respectively.")
    assert [(e.endpoint_text, e.covariate) for e in found] == [("mortality", "vitamin E"), ("mortality", "zinc")]
    (e,) = extract_estimates("RESULTS: Mothers in the PS group were less likely than controls to have clinically "
                             "significant stress (4.0% vs 28.0%; adjusted relative risk [aRR], 0.18; 95% CI, 0.05 to "
                             "0.66).")
    assert e.endpoint_text == "clinically significant stress"


def test_round13_labelled_arms_against_a_reference_and_medians_of_a_subset() -> None:
    text = ("Inhaler switch in COPD.\nINTERVENTIONS: Patients were randomised to device A2 (n=900), A5 (n=905) or "
            "B18 (n=950).\nRESULTS: Device A had a similar mortality risk versus B18 (vital status, HR; 95% CI A2: "
            "0.88; 0.65 to 1.18; A5: 0.80; 0.59 to 1.08).")
    assert [(e.value, e.groups, e.direction_source) for e in extract_estimates(text)] == [
        (0.88, ("A2", "B18"), "text"), (0.8, ("A5", "B18"), "text")]
    found = extract_estimates("RESULTS: The median progression-free survival for the combined populations with high "
                              "marker Q expression was shorter in the X versus the Y arm (20.1 months versus 11.0 "
                              "months, HR=2.10 95%CI 1.20; 3.70 p=0.01).")
    assert {(e.endpoint_text, e.population) for e in found} == {
        ("progression-free survival", "subgroup: high marker Q expression")}


def test_round13_recovered_from_x_faster() -> None:
    (e,) = extract_estimates("RESULTS: Women with the device recovered from shock significantly faster (HR 1.30, "
                             "95% CI 1.05-1.60, p = 0.02).")
    assert e.endpoint_text == "recovery from shock"


def test_round13_a_noninferiority_margin_after_the_ratio_it_bounds() -> None:
    found = extract_estimates("RESULTS: A first MACE occurred in 19.0% of the drug D group and 19.3% of the drug E "
                              "group (hazard ratio, 1.02; 95% CI, 0.88 to 1.18), which met the prespecified "
                              "noninferiority margin of 1.30.")
    assert [(e.measure, e.value, e.context, e.groups) for e in found][1] == ("HR", 1.3, "design", ())
    # a margin on another scale is no ratio
    assert [e.value for e in extract_estimates(
        "RESULTS: The difference was 0.08 g per deciliter (95% CI, 0.03 to 0.13; hazard ratio not estimated), which "
        "met the noninferiority margin of 0.75 g per deciliter.")] == []


def test_round13_percentages_orient_a_ratio_only_when_they_count_its_event() -> None:
    # one percentage per group fits only B relative to A
    assert _groups("RESULTS: 18 of 70 (26%) patients had clinical failure in the drug C group as compared to 1 of 88 "
                   "(1%) in the drug G group (odds ratio = 0.04 [0.01 - 0.26]).") == [
        (("drug G", "drug C"), "inferred_from_arms")]
    # survival rates are of the opposite event to a hazard ratio for death: they orient nothing
    assert _groups("RESULTS: At 6 months, the rate of overall survival was 80% in the drug M group and 66% in the "
                   "chemotherapy group (hazard ratio for death, 0.55; 95% CI, 0.33 to 0.93).") == [
        (("drug M", "chemotherapy"), "unknown")]


def test_round13_compared_with_b_then_the_people_given_a() -> None:
    assert _groups("RESULTS: Compared with placebo (n = 50), at week 24, patients treated with drug T 150 mg (n = 49) "
                   "were more likely to attain remission [odds ratio (OR) 3.50 (95% CI: 1.40, 8.80)].") == [
        (("drug T 150 mg", "placebo"), "text")]
    assert _groups("RESULTS: Compared to the control group, women in the intervention group reported less violence "
                   "(OR 0.40, p<0.001).") == [(("intervention", "control"), "text")]


def test_round13_a_ratio_near_one_is_not_oriented_by_percentages() -> None:
    assert _groups("RESULTS: 40 (59%) children in the drug C group versus 47 (69%) children in the drug S group "
                   "improved (relative risk 1.01, 95% CI 0.86-1.19).") == [(("drug C", "drug S"), "unknown")]


def test_round13_days_counted_are_no_time_to_an_event() -> None:
    assert extract_estimates("RESULTS: The other primary outcome, median migraine headache days, did not differ "
                             "between the groups (3.0 days in each group; p=0.10).") == []
    found = extract_estimates("RESULTS: Median hospital days were 5 vs 7 days (P=0.01).")
    assert [e.value for e in found] == [5.0, 7.0]


def test_round14_a_ratio_is_never_a_cell_count() -> None:
    text = ("RESULTS: HRs (drug Q vs drug R) for death were similar for participants with baseline CD4 counts of 350 "
            "cells per mm3 or less and of more than 350 cells per mm3 (p=0.41 for interaction).")
    assert [e for e in extract_estimates(text) if e.measure == "HR"] == []


def test_round14_bare_survival_times_beside_a_hazard_ratio() -> None:
    text = ("RESULTS: Survival was longer in patients with a marker response than patients without (11.4 vs. 4.2 "
            "months, HR 0.52; 95% confidence interval, 0.40-0.66; p < 0.001).")
    found = extract_estimates(text)
    # the text never calls the times medians: survival times read as medians (with a note), with their groups, not
    # as a subgroup
    assert [(e.measure, e.value, e.arm) for e in found if e.measure == "median"] == [
        ("median", 11.4, "patients with a marker response"), ("median", 4.2, "patients without")]
    assert {e.population for e in found} == {"overall"}
    assert {e.endpoint for e in found} == {"OS"}
    # a landmark is not a time: nothing but the ratio
    assert [e.measure for e in extract_estimates("RESULTS: Survival at 6 vs 12 months was similar (HR 0.9).")] == [
        "HR"]


def test_round14_not_reached_with_its_lower_bound_after_the_group() -> None:
    text = ("RESULTS: Median overall survival was not reached in the drug Z group (95% CI 19·2-not reached), "
            "whereas in the drug Y group it was 12·1 months (95% CI 8·0-15·5).")
    nr = [e for e in extract_estimates(text) if e.value is None]
    assert [(e.value_text, e.ci_low, e.ci_high, e.unit, e.arm) for e in nr] == [
        ("not reached", 19.2, None, "months", "drug Z")]


def test_round14_a_control_median_printed_again_for_a_second_comparison() -> None:
    text = ("RESULTS: PFS was longer with drug A plus drug B versus drug B (median PFS, 12 v 6.1 months; hazard ratio, "
            "0.60 [95% CI, 0.44 to 0.82]). The median PFS with drug A versus drug B was 8.8 versus 6.1 months (hazard "
            "ratio, 0.84 [95% CI, 0.61 to 1.15]).")
    found = extract_estimates(text)
    assert [(e.value, e.arm) for e in found if e.measure == "median"] == [
        (12.0, "drug A plus drug B"), (6.1, "drug B"), (8.8, "drug A")]
    assert [e.groups for e in found if e.measure == "HR"] == [
        ("drug A plus drug B", "drug B"), ("drug A", "drug B")]


def test_round14_the_measure_alone_in_its_bracket_then_the_value() -> None:
    found = extract_estimates("RESULTS: With group M as reference, the risk of death (risk ratio [95% CI]) was 1.21 "
                              "(0.97-1.50) in group C, 1.33 (1.12-1.58) in group G, and 1.61 (1.30-1.99) in group N.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level) for e in found] == [
        ("RR", 1.21, 0.97, 1.5, 95.0), ("RR", 1.33, 1.12, 1.58, 95.0), ("RR", 1.61, 1.3, 1.99, 95.0)]
    found = extract_estimates("RESULTS: Mortality (OR, 90% CI) was 1.40 (1.05-1.87).")
    assert [(e.measure, e.value, e.ci_level, e.endpoint_text) for e in found] == [("OR", 1.4, 90.0, "Mortality")]
    assert [(e.measure, e.value) for e in extract_estimates(
        "RESULTS: The risk of relapse (HR) was 0.71 (95% CI 0.55-0.92).")] == [("HR", 0.71)]
    # "OR" in capitals as a conjunction stays a conjunction
    assert extract_estimates("RESULTS: Patients with diabetes (OR hypertension) were 12 in number.") == []


def test_round14_mantel_haenszel_ratios() -> None:
    found = extract_estimates("RESULTS: Risk was higher among welders (MH-OR 1.6, 95% CI 1.1-2.4) and the pooled "
                              "MH-RR for painters was 0.83 (95% CI 0.70-0.98).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [
        ("OR", 1.6, 1.1, 2.4), ("RR", 0.83, 0.7, 0.98)]


def test_round14_suspended_hyphens_and_numbered_labels_in_a_list() -> None:
    found = extract_estimates("RESULTS: The adjusted odds ratios for the screened versus the unscreened group, with "
                              "1-, 2-, and 5-year survival as outcomes, were 0.41 (95% CI, 0.26-0.64), 0.44 (95% CI, "
                              "0.28-0.69), and 0.52 (95% CI, 0.33-0.82), respectively.")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [
        (0.41, 0.26, 0.64), (0.44, 0.28, 0.69), (0.52, 0.33, 0.82)]
    found = extract_estimates("RESULTS: Older people declined more often (adjusted odds ratio, 0.96 (95% CI, 0.94 "
                              "to 0.98) for age; 0.21 (0.09 to 0.47) for ROUTE 1; 0.31 (0.17 to 0.57) for ROUTE 2 and "
                              "0.35 (0.18 to 0.66) for ROUTE 3).")
    assert [(e.value, e.covariate) for e in found] == [
        (0.96, "age"), (0.21, "ROUTE 1"), (0.31, "ROUTE 2"), (0.35, "ROUTE 3")]


def test_round14_a_drug_code_a_threshold_and_a_coding_in_the_ratio_head() -> None:
    found = extract_estimates("RESULTS: Response rates were similar, with a RR (90% CI) for XYZ 214 versus drug B of "
                              "0.951 (0.822, 1.101).")
    assert [(e.value, e.ci_low, e.ci_high, e.ci_level, e.groups) for e in found] == [
        (0.951, 0.822, 1.101, 90.0, ("XYZ 214", "drug B"))]
    found = extract_estimates("RESULTS: The adjusted odds ratio (OR) for keeping HbA1c <7.0% when using drug G "
                              "compared with usual care was 2.61 (95% CI 1.7-4.0).")
    assert [(e.value, e.endpoint_text, e.groups) for e in found] == [
        (2.61, "keeping HbA1c <7.0%", ("drug G", "usual care"))]
    found = extract_estimates("RESULTS: The odds ratios (95% CI) on the treatment (control = 0 and drug = 1), sex "
                              "(male = 0 and female = 1), and the interaction were 0.71 (0.40 to 1.26), 0.18 (0.10 to "
                              "0.32), and 2.55 (1.15 to 5.66).")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [
        (0.71, 0.4, 1.26), (0.18, 0.1, 0.32), (2.55, 1.15, 5.66)]


def test_round14_median_times_with_ic_and_after_lower_at() -> None:
    found = extract_estimates("RESULTS: For the global health score, the median TTD was 11.2 months (95% IC: 5.9–17.1) "
                              "for patients treated with drug A (n = 31) and 18 months (95% IC: 7.0–24.4) for patients "
                              "treated with drug B (n = 40).")
    assert [(e.value, e.ci_low, e.ci_high, e.ci_level, e.arm) for e in found] == [
        (11.2, 5.9, 17.1, 95.0, "drug A"), (18.0, 7.0, 24.4, 95.0, "drug B")]
    found = extract_estimates("RESULTS: The median operating time was significantly lower at 13 min (range 8 min to "
                              "19 min) in the glue group, compared to 24 min (range 14 min to 31 min) for the suture "
                              "group (P < 0.05).")
    assert [(e.value, e.unit, e.arm) for e in found] == [(13.0, "minutes", "glue"), (24.0, "minutes", "suture")]
    # a level measured at a time stays out
    assert extract_estimates("RESULTS: Median viral load was lower at 12 weeks in the A arm compared with the B "
                             "arm.") == []


def test_round14_median_times_named_in_other_shapes() -> None:
    found = extract_estimates("RESULTS: The median time (number of days) until discharge was 10.5 days in the drug K "
                              "group, and 38.5 days in the placebo group.")
    assert [(e.value, e.unit, e.arm) for e in found] == [(10.5, "days", "drug K"), (38.5, "days", "placebo")]
    found = extract_estimates("RESULTS: The median time to engraftment was 13 (range, 9–20 days) and 10 days (range, "
                              "8–16 days), respectively, in the BuCy and BuFlu groups (P = 0.06).")
    assert [(e.value, e.arm) for e in found] == [(13.0, "BuCy"), (10.0, "BuFlu")]
    found = extract_estimates("RESULTS: The median time until the enzyme level returned to normal was shorter in the "
                              "drug K group, at 21.0 days, than in the placebo group (p = 0.03).")
    assert [(e.value, e.arm) for e in found] == [(21.0, "drug K")]


def test_round14_end_points_named_elsewhere_in_the_text() -> None:
    found = extract_estimates("RESULTS: The 3-year overall survival rates in groups A and B were 88.1 and 61.2 %. The "
                              "difference was significant. The hazard ratio (HR) was 0.31 (p = 0.002). The 3-year "
                              "relapse-free survival rates were 60.2 and 41.0 % in groups A and B, respectively. The "
                              "HR was 0.52 (p = 0.004).")
    assert [(e.value, e.endpoint) for e in found] == [(0.31, "OS"), (0.52, "RFS")]
    found = extract_estimates("RESULTS: Progression-free survival was improved for drug L versus placebo, with a "
                              "hazard ratio of 0.51 (95% CI, 0.38 to 0.69) and median duration of 30.2 months versus "
                              "12.9 months, respectively.")
    assert {(e.measure, e.endpoint) for e in found} == {("HR", "PFS"), ("median", "PFS")}
    (e,) = extract_estimates("RESULTS: Estimated DFS did not differ between drug N and control [HR, 0.66; 95% CI, "
                             "0.33-1.31; P = 0.24].")
    assert e.endpoint == "DFS"
    (e,) = extract_estimates("RESULTS: Hazard ratios for the composite endpoint was 1.04 (95% CI 0.81-1.33).")
    assert e.endpoint == "composite"


def test_round14_the_outcome_from_the_clause_when_the_bracket_names_none() -> None:
    def ep(text: str) -> list[str | None]:
        return [e.endpoint_text for e in extract_estimates("RESULTS: " + text)]
    assert ep("Twelve of 60 (20%) patients had acute clinical failure in the drug C group as compared to 2 of 70 "
              "(3%) in the drug G group (odds ratio 0.11 [0.02-0.50]).") == ["acute clinical failure"]
    assert ep("A total of 21.2% of the participants achieved 5% weight loss compared to 5.0% in the comparison "
              "group (Risk Ratio 4.24; 95% CI: 1.60, 11.2).") == ["5% weight loss"]
    assert ep("For anxiety symptoms, the risk reduction did not reach significance (6.1% vs 19.0%; aRR, 0.38; 95% "
              "CI, 0.12 to 1.20).") == ["anxiety symptoms"]
    assert ep("Drug X versus drug Y ORs for virologic success did not differ overall (OR 0.92; 95% CI: 0.66, "
              "1.28).") == ["virologic success"]
    assert ep("The incidence of malaria was slightly higher in children given vaccine V, but this was not "
              "significant (hazard ratio 1.4, 95% CI 0.9-2.2).") == ["malaria"]
    found = extract_estimates("RESULTS: 12/980 (1.2%) nontrial children died compared to 3/500 (0.6%) in the "
                              "trial (adjusted odds ratio, 0.6; 95% CI: 0.2-1.9).")
    assert [(e.endpoint_text, e.endpoint) for e in found] == [("death", "OS")]
    # what a group gained is no outcome's name, nor is a measure
    assert ep("In subgroup analyses, strategy S had a greater benefit in men (hazard ratio 0.77 [99% CI "
              "0.60-0.99]).") == [None]


def test_round14_groups_named_after_their_percentages_before_a_semicolon() -> None:
    (e,) = extract_estimates("RESULTS: Additional treatment was needed in 2.9 % (95 % CI 1.5–4.8 %) after drug C and "
                             "6.8 % (5.5–8.4 %) after drug O; relative risk 0.43 (0.21–0.88); p = 0.012.")
    assert (e.groups, e.direction_source) == (("drug C", "drug O"), "inferred_from_arms")


def test_round14_parts_of_the_trial_named_in_other_shapes() -> None:
    found = extract_estimates("RESULTS: DFS did not differ between drug N and control [HR, 0.66; 95% CI, 0.33-1.31]. "
                              "In a planned exploratory analysis of patients with TNBC, DFS was improved for drug N "
                              "versus control (HR, 0.29; 95% CI, 0.09-0.90).")
    assert [(e.population, e.groups) for e in found] == [
        ("overall", ("drug N", "control")), ("subgroup: TNBC", ("drug N", "control"))]
    found = extract_estimates("RESULTS: The primary efficacy outcome was reduced in non-ICU patients (35.0% vs 17.1%; "
                              "RR, 0.49; 95% CI, 0.29-0.83) but not ICU patients (54.0% vs 52.2%; RR, 0.97; 95% CI, "
                              "0.66-1.42).")
    assert [e.population for e in found] == ["subgroup: non-ICU patients", "subgroup: ICU patients"]
    assert {e.endpoint_text for e in found} == {"primary efficacy outcome"}
    found = extract_estimates("RESULTS: Response did not differ overall (OR 0.93; 95% CI 0.67, 1.30) or within "
                              "subgroups, except in females, for whom drug C was favored (OR 2.41; 95% CI 1.05, 5.53).")
    assert [e.population for e in found] == ["overall", "subgroup: females"]
    (e,) = extract_estimates("RESULTS: Mortality was reduced overall (RR 0.72, 95% CI 0.55-0.94).")
    assert e.endpoint_text == "Mortality"


def test_round14_a_pair_of_times_takes_its_own_noun() -> None:
    found = extract_estimates("RESULTS: Patients had a lower risk of death 5.9% versus 7.4% (P < 0.001) and a shorter "
                              "length of stay 5.8 versus 8.1 days (P < 0.001) than controls.")
    assert [(e.measure, e.value, e.endpoint_text) for e in found] == [
        ("time", 5.8, "length of stay"), ("time", 8.1, "length of stay")]


def test_round14_rates_and_allocation_ratios_are_no_estimates() -> None:
    # an undefined "HR" with a value in the heart-rate range and a bare range: a heart rate
    assert extract_estimates("RESULTS: HR was 74 (66-82) in group A and 77 (69-85) in group B.") == []
    # a large ratio printed with a named CI stays
    assert [e.value for e in extract_estimates("RESULTS: HR 36.5 (95% CI 21.0-63.4) for grade 4.")] == [36.5]
    assert extract_estimates("METHODS: The risk ratio of 2:1 randomisation allocated 200 patients to drug A.") == []


def test_round14_median_declared_after_the_first_value() -> None:
    found = extract_estimates("RESULTS: Times to recovery were 4 days (median) in the zinc group vs 6 days in the "
                              "placebo group.")
    assert [(e.value, e.arm, e.endpoint_text) for e in found] == [
        (4.0, "zinc", "Times to recovery"), (6.0, "placebo", "Times to recovery")]


def test_round14_values_then_their_cis_in_one_bracket() -> None:
    found = extract_estimates("RESULTS: The HRs were 0.82 and 0.91 (95% CIs 0.64–1.05 and 0.72–1.15) for OS and PFS, "
                              "respectively.")
    assert [(e.value, e.ci_low, e.ci_high, e.endpoint) for e in found] == [
        (0.82, 0.64, 1.05, "OS"), (0.91, 0.72, 1.15, "PFS")]
    found = extract_estimates("RESULTS: The HRs were 0.80 (95% CI 0.62–1.03) and 0.93 (0.74–1.17) for OS and PFS, "
                              "respectively.")
    assert [(e.endpoint, e.covariate) for e in found] == [("OS", None), ("PFS", None)]
    found = extract_estimates("RESULTS: The odds ratios were 1.5 and 1.2 (95% CI 1.1-2.0 and 0.8-1.8) in men and "
                              "women, respectively.")
    assert [(e.value, e.ci_low, e.population) for e in found] == [
        (1.5, 1.1, "subgroup: men"), (1.2, 0.8, "subgroup: women")]


def test_round14_medians_among_means_doses_and_named_groups() -> None:
    found = extract_estimates("RESULTS: The mean and median survival time for subjects treated with drug N was 30.1 "
                              "and 16.9 vs. 20.2 and 11.8 months for the control group.")
    assert [(e.value, e.arm) for e in found] == [(16.9, "subjects treated with drug N"), (11.8, "control")]
    found = extract_estimates("RESULTS: The median and mean times to discharge were 4 and 5.2 days vs 6 and 7.1 days.")
    assert [(e.value, e.endpoint_text) for e in found] == [(4.0, "times to discharge"), (6.0, "times to discharge")]
    found = extract_estimates("RESULTS: Median survival for 10 μM drug T was 38.0 months compared with 34.1 months for "
                              "80 μM drug T and 20.9 months for chemotherapy.")
    assert [(e.value, e.arm) for e in found] == [
        (38.0, "10 μM drug T"), (34.1, "80 μM drug T"), (20.9, "chemotherapy")]
    found = extract_estimates("RESULTS: Patients in the drug D group had a median survival of 8.2 months, while those "
                              "in the placebo group had a median survival of 6.0 months.")
    assert [(e.value, e.arm) for e in found] == [(8.2, "drug D"), (6.0, "placebo")]
    found = extract_estimates("RESULTS: Median overall survival times for arms A, B and C were 12.3, 10.6 and 9.1 "
                              "months, respectively.")
    assert [(e.value, e.arm, e.endpoint) for e in found] == [
        (12.3, "arm A", "OS"), (10.6, "arm B", "OS"), (9.1, "arm C", "OS")]


def test_round14_the_median_of_an_age_is_no_time() -> None:
    assert extract_estimates("RESULTS: The median of the prognostic factor age of the drug A group was higher than in "
                             "the other 2 groups (57.5 vs 46.0 and 51.5 years).") == []


def test_round14_differences_percentages_counts_and_characteristics_under_a_ratio_name() -> None:
    # a negative interval: a difference printed under a ratio's name
    assert extract_estimates("RESULTS: The score fell by 0.6 with drug B and 1.5 with placebo (HR, −1.10; 95% CI, "
                             "−2.01 to −0.25; P = 0.01).") == []
    # limits printed as percentages: a rate, whatever the text calls it
    assert extract_estimates("RESULTS: Partial remission was recorded in the A arm (odds ratio (OR): 40.2; 95% "
                             "confidence limit (CL), 28.5–53.9%).") == []
    # a sample size in the head is no value
    assert extract_estimates("RESULTS: Table 5 HRs from adjusted proportional hazard models of time to relapse, "
                             "N=1622 Variable HR (95% CI).") == []
    # "4 weekly doses" is no time; the duration of diabetes at entry is no outcome; nor the time to the follow-up visit
    assert extract_estimates("RESULTS: Drug M at a dose of 3 g/m2 preceded each of 4 weekly radiation doses; median "
                             "survival was similar.") == []
    assert extract_estimates("RESULTS: Median duration of type 1 diabetes was 17 (IQR 11-24) years.") == []
    assert extract_estimates("RESULTS: The median (IQR) duration from discharge to date of follow-up data collection "
                             "was 7.2 (5.0-9.1) weeks.") == []


def test_round14_ages_scores_doses_and_follow_up_are_no_median_times() -> None:
    assert extract_estimates("RESULTS: Of 310 children admitted, 57 were included with a 2-day median delay. They were "
                             "younger than others (22 v 58 months), had a higher risk of mortality (PRISM) score (13 v "
                             "4), and a higher score at admission (2 v 1); all p<0.002.") == []
    found = extract_estimates("RESULTS: Median survival times were 20 weeks (range 6-25 weeks) for patients treated "
                              "with 25 Gy in 5 fractions and 24 weeks (range 14-30 weeks) for patients treated with 50 "
                              "Gy in 20 fractions.")
    assert [(e.value, e.arm) for e in found] == [(20.0, "25 Gy in 5 fractions"), (24.0, "50 Gy in 20 fractions")]
    assert extract_estimates("METHODS: The minimum duration of the follow-up was 12 months, with the median of 30 "
                             "months.") == []
    found = extract_estimates("RESULTS: The median survival was 29 weeks and was related to ECOG score of 0 to 1 (HR, "
                              "2.71; 95% CI, 1.55-4.74; P=.0001).")
    assert [(e.measure, e.value) for e in found] == [("median", 29.0), ("HR", 2.71)]


def test_round14_counts_test_levels_references_and_intervals_are_no_medians() -> None:
    found = extract_estimates("METHODS: Assuming a median PFS of 3 months for placebo and 4.5 months for drug S, the "
                              "study required 268 patients (134 per arm) to have 90% power with an alpha value of "
                              "0.05.")
    assert [(e.value, e.context) for e in found] == [(3.0, "design"), (4.5, "design")]
    found = extract_estimates("INTRODUCTION: These tumours carry a poor outcome (median survival <5 months) (1–3). "
                              "Treatment options are limited.")
    assert [e.value for e in found] == [None]
    found = extract_estimates("RESULTS: The median survival time of group B was 46.0 (from 25.1 to not reached) "
                              "months.")
    assert [e.value for e in found] == [46.0]


def test_round14_groups_named_with_their_percentages_or_before_a_colon() -> None:
    assert _groups("RESULTS: Mortality was 10% with drug A and 15% with placebo (RR 0.67; 95% CI 0.5-0.9).") == [
        (("drug A", "placebo"), "inferred_from_arms")]
    # people are no arms: "10% in women and 15% in men" orients nothing
    assert _groups("RESULTS: Mortality was 10% in women and 15% in men (RR 0.67; 95% CI 0.5-0.9).") == [((), "unknown")]
    # survival percentages never orient a hazard ratio for death, also under an abbreviation
    assert _groups("RESULTS: Five-year OS was 84% with drug O and 75% with placebo (HR for death, 0.58; 95% CI, 0.42 "
                   "to 0.80).") == [(("drug O", "placebo"), "unknown")]
    assert _groups("RESULTS: Drug A was associated with fewer events than drug B (HR 0.75; 95% CI 0.6-0.9).") == [
        (("Drug A", "drug B"), "text")]
    assert _groups("RESULTS: Drug A versus placebo: HR 0.71 (95% CI 0.6-0.85).") == [(("Drug A", "placebo"), "text")]


def test_round14_a_hazard_ratio_in_favour_of_a_group() -> None:
    text = "METHODS: Patients were randomised to drug A or placebo. RESULTS: "
    assert _groups(text + "The HR for death was 0.80 (95% CI 0.66-0.97) in favour of drug A.") == [
        (("drug A", "placebo"), "inferred_from_arms")]
    assert _groups(text + "PFS favoured placebo (HR 1.30; 95% CI 1.1-1.6).") == [
        (("drug A", "placebo"), "inferred_from_arms")]
    assert _groups("RESULTS: Survival favoured drug A over drug B (HR 0.81, 95% CI 0.7-0.94).") == [
        (("drug A", "drug B"), "inferred_from_arms")]
    # not for an odds ratio: whether a good or a bad outcome is counted decides the side (round 25: the drug relative
    # to its placebo by the convention of trial reports, not by "favoured")
    assert _groups(text + "Response favoured drug A (OR 1.8; 95% CI 1.2-2.7).") == [
        (("drug A", "placebo"), "design")]
    assert _groups("METHODS: Patients were randomised to drug A or drug B. RESULTS: Response favoured drug A (OR 1.8; "
                   "95% CI 1.2-2.7).") == [(("drug A", "drug B"), "unknown")]


def test_round14_the_reference_group_named_after_the_ratio() -> None:
    assert _groups("CONCLUSIONS: Drug X reduced mortality by 30% (HR 0.70, 95% CI 0.59-0.83) compared with "
                   "placebo.") == [(("Drug X", "placebo"), "text")]
    # a year is no group
    assert _groups("RESULTS: Drug X reduced mortality (HR 0.70, 95% CI 0.59-0.83) compared with 2010 data.") == [
        ((), "unknown")]


def test_round14_a_unit_and_a_group_after_the_range() -> None:
    found = extract_estimates("RESULTS: The median time to recovery was 4 (2-10) d in the treated group vs 6 (3-12) d "
                              "in controls.")
    assert [(e.value, e.unit, e.arm) for e in found] == [(4.0, "days", "treated"), (6.0, "days", "controls")]
    (e,) = extract_estimates("RESULTS: Median OS was 9.0 months (95% CI 7.9-10.1) for the whole cohort.")
    assert (e.arm, e.population) == (None, "overall")


def test_round14_set_q_dev_forms() -> None:
    (e, _) = extract_estimates("RESULTS: In the final ordinal regression model, the unadjusted OR for the desirability "
                               "score was 1.7 (95% CI 1.1 to 2.6); when adjusting for the mean score, it was 1.3 (95% "
                               "CI 0.8 to 2.1).")
    assert (e.measure, e.value, e.ci_low, e.ci_high) == ("OR", 1.7, 1.1, 2.6)
    found = extract_estimates("RESULTS: Odds ratio (95% CI) for AO with smoking (>or = 20 pack-years) was 3.41 (2.95- "
                              "4.12), 1.87 (1.62-2.16) for cough, 1.70 (1.48-1.99) for dyspnea, and 2.44 (2.11-2.82) "
                              "for wheeze.")
    assert [(e.value, e.ci_low, e.ci_high, e.endpoint_text, e.covariate) for e in found] == [
        (3.41, 2.95, 4.12, "AO", "smoking"), (1.87, 1.62, 2.16, "AO", "cough"), (1.7, 1.48, 1.99, "AO", "dyspnea"),
        (2.44, 2.11, 2.82, "AO", "wheeze")]


def test_round14_set_q_dev_forms_2() -> None:
    (e,) = extract_estimates("RESULTS: By Cox regression analysis, tumor grade was the only significant prognostic "
                             "factor influencing patients' survival (HR = 5, 95%CI of HR = 1.1-29.8).")
    assert (e.value, e.ci_low, e.ci_high, e.covariate, e.endpoint_text) == (
        5.0, 1.1, 29.8, "tumor grade", "patients' survival")
    found = extract_estimates("RESULTS: An inverse trend was observed when alcohol was consumed with meals only (for "
                              ">or =3 drinks per day: OR = 0.52; 95% CI = 0.31-0.85). No trend was found for drinking "
                              "outside of meals (for >or =3 drinks per day: 0.97; 0.48-1.95).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [
        ("OR", 0.52, 0.31, 0.85), ("OR", 0.97, 0.48, 1.95)]


def test_round14_need_for_an_intervention_is_an_outcome() -> None:
    found = extract_estimates("RESULTS: In patients with elevated troponin, inhospital mortality (OR, 3.1; 95% CI, "
                              "1.7-8.9), need for mechanical ventilation (OR, 4.8; 95% CI, 1.4-16.9), and need for "
                              "inotropic support (OR, 2.9; 95% CI, 1.1-8.2) were more common.")
    assert [e.endpoint_text for e in found] == [
        "inhospital mortality", "need for mechanical ventilation", "need for inotropic support"]


def test_round14_a_numbered_list_marker_is_no_value() -> None:
    assert extract_estimates("METHODS: Three methods were used to measure inequalities: (1) Adjusted OR; (2) Relative "
                             "Index of Inequality (RII); and (3) Slope Index of Inequality.") == []


def test_round14_a_test_level_and_a_ci_limit_are_no_ratios() -> None:
    assert extract_estimates("METHODS: The sample size was set to detect a 1.5 hazard ratio (HR) in the A group with "
                             "α = 0.05 and power of 90%.") == []
    assert extract_estimates("RESULTS: The 95% confidence interval of the OR obtained was such that the lower bound "
                             "limit was 1.20 while the upper bound limit was 15.60.") == []


def test_round14_but_not_in_those_of_another_age() -> None:
    found = extract_estimates("RESULTS: Compared with drug E, the adjusted HR was elevated for drug I in patients<65 "
                              "years (HR: 2.9; 95%CI: 1.4, 5.9), but not in those ≥ 65 years (HR 0.96; 95%CI: 0.42, "
                              "2.18).")
    assert [(e.population, e.covariate) for e in found] == [
        ("subgroup: patients<65 years", None), ("subgroup: those ≥ 65 years", None)]


# Round 15: print forms of full-text results sections (sentences of our own).

def test_round15_a_clause_with_a_verb_is_no_factor() -> None:
    found = extract_estimates("RESULTS: Mortality at 90 days did not differ (adjusted odds ratio [aOR] 1.12; 95% CI, "
                              "0.85-1.47; Supplementary Table S4).")
    assert [(e.measure, e.value, e.covariate) for e in found] == [("OR", 1.12, None)]


def test_round15_an_inner_bracket_before_the_group() -> None:
    found = extract_estimates("RESULTS: Median time to first exacerbation was 112 days (interquartile range [IQR] "
                              "60-201) in the drug group and 84 days (IQR 41-150) in the placebo group.")
    assert [(e.value, e.arm) for e in found] == [(112.0, "drug"), (84.0, "placebo")]


def test_round15_respectively_then_the_groups_without_a_noun() -> None:
    found = extract_estimates("RESULTS: Median times to relapse were 9.4 months (95% CI 7.1-12.0) and 5.2 months "
                              "(4.0-6.9) respectively for drug and placebo (log-rank p=0.002).")
    assert [(e.value, e.ci_low, e.arm) for e in found] == [(9.4, 7.1, "drug"), (5.2, 4.0, "placebo")]


def test_round15_the_groups_after_the_bracket() -> None:
    found = extract_estimates("RESULTS: The incidence rate ratio for falls was 0.69 (95% CI 0.49 to 0.97; P = 0.03) "
                              "in the exercise group relative to controls.")
    assert [(e.measure, e.groups, e.direction_source) for e in found] == [
        ("IRR", ("exercise", "controls"), "text")]


def test_round15_an_elided_clause_names_its_own_outcome() -> None:
    found = extract_estimates("RESULTS: The primary outcome occurred in 12.1% vs 15.3% (HR, 0.78; 95% CI, 0.65-0.94), "
                              "and death from any cause in 5.2% vs 5.9% (HR, 0.88; 95% CI, 0.68-1.14).")
    assert [(e.endpoint, e.endpoint_text) for e in found] == [
        ("other", "primary outcome"), ("OS", "death from any cause")]


def test_round15_with_a_than_with_b_before_the_medians() -> None:
    found = extract_estimates("RESULTS: Time to sustained recovery was shorter with drug than with placebo (median 4 "
                              "days [95% CI 3-5] vs 6 days [5-7]; HR 1.35 [95% CI 1.12-1.62]).")
    assert [(e.measure, e.value, e.arm) for e in found if e.measure == "median"] == [
        ("median", 4.0, "drug"), ("median", 6.0, "placebo")]


def test_round15_the_outcome_named_after_the_bracket() -> None:
    found = extract_estimates("RESULTS: The adjusted hazard ratio (aHR) was 0.72 [0.58; 0.89] for the combined end "
                              "point. Expressed the other way, this is an HR of 1.39 for placebo versus drug.")
    assert [(e.value, e.endpoint, e.endpoint_text) for e in found] == [
        (0.72, "composite", "combined end point"), (1.39, "unknown", None)]


def test_round15_an_analysis_set_with_its_size_and_completers() -> None:
    found = extract_estimates("RESULTS: In the per-protocol population (n = 412), the relative risk was 0.70 (95% CI "
                              "0.52-0.94). Among completers, the effect was larger (OR 2.31; 1.40-3.81).")
    assert [(e.value, e.population) for e in found] == [(0.70, "per-protocol"), (2.31, "per-protocol")]


def test_round15_what_was_counted() -> None:
    found = extract_estimates("RESULTS: A total of 23 deaths occurred (12 in group A and 11 in group B; HR 1.08, 95% "
                              "CI 0.48 to 2.45). The proportion with a good outcome was 45% with drug and 38% with "
                              "placebo (OR 1.34, 95% CI 1.05-1.71).")
    assert [(e.value, e.endpoint, e.endpoint_text) for e in found] == [
        (1.08, "OS", "deaths"), (1.34, "other", "good outcome")]


def test_round15_an_em_dash_before_the_measure() -> None:
    found = extract_estimates("RESULTS: No significant difference in treatment failure was seen for A (51/135, 38%) "
                              "versus B (32/117, 27%)\u2014risk ratio 1.38 (95% confidence interval 0.96 to 1.99).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.endpoint_text) for e in found] == [
        ("RR", 1.38, 0.96, 1.99, "treatment failure")]
    found = extract_estimates("RESULTS: Death: HR 1.38 (95% CI 0.96\u20141.99).")  # (a range's em dash stays)
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(1.38, 0.96, 1.99)]


def test_round15_the_groups_in_the_measures_bracket_with_a_colon() -> None:
    found = extract_estimates("RESULTS: 157 children in group A, 190 in group B and 218 in group C had an event. "
                              "There were no differences in death (HR [B:A] 0.89, 95% CI 0.53-1.48; HR [C:A] 0.91, "
                              "0.54-1.52; global p=0.89).")
    assert [(e.value, e.ci_low, e.ci_high, e.groups, e.direction_source) for e in found] == [
        (0.89, 0.53, 1.48, ("group B", "group A"), "text"), (0.91, 0.54, 1.52, ("group C", "group A"), "text")]


def test_round15_value_ci_and_a_bare_p_with_labels_after() -> None:
    found = extract_estimates("RESULTS: There were no effects on febrile illnesses (OR 1.07, 95% CI 0.97-1.18, "
                              "p=0.18; and 1.03, 0.93-1.13, 0.58), diarrhoea (1.08, 0.98-1.20, 0.13; and 0.93, "
                              "0.84-1.03, 0.18).")
    assert [(e.value, e.ci_low, e.ci_high, e.p_value, e.endpoint_text, e.covariate) for e in found] == [
        (1.07, 0.97, 1.18, 0.18, "febrile illnesses", None), (1.03, 0.93, 1.13, 0.58, "febrile illnesses", None),
        (1.08, 0.98, 1.20, 0.13, "diarrhoea", None), (0.93, 0.84, 1.03, 0.18, "diarrhoea", None)]
    found = extract_estimates("RESULTS: We recorded similar results for drug B (OR 0.75, 0.18-3.14, for mothers with "
                              "schistosomiasis; 0.56, 0.24-1.29 for those without schistosomiasis; interaction "
                              "p=0.73).")
    assert [(e.value, e.ci_low, e.population) for e in found] == [
        (0.75, 0.18, "subgroup: mothers with schistosomiasis"), (0.56, 0.24, "subgroup: those without schistosomiasis")]


def test_round15_labelled_items_in_the_measures_bracket() -> None:
    found = extract_estimates("RESULTS: Patients 65 years or older had a higher risk ratio of ulcer formation "
                              "(initial: 1.47, 1.06-2.05; post-adjudication: 1.54, 1.10-2.17) than those younger.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [("RR", 1.47, 1.06, 2.05),
                                                                          ("RR", 1.54, 1.10, 2.17)]


def test_round15_a_count_and_its_percentage_is_no_ratio() -> None:
    assert extract_estimates("RESULTS: There were 28 patients (4.8%) who developed an IRR. The number of patients who "
                             "developed IRRs by ADA status were 13 (4.5%) for SB2 and 9 (3.1%) for INF.") == []


def test_round15_times_before_the_study_began_are_no_outcome_medians() -> None:
    assert extract_estimates("RESULTS: Among patients allocated to A, the mean time from onset to treatment was 4.2 h "
                             "(SD 1.2), median 4.2 h (IQR 3.2-5.2).") == []
    assert extract_estimates("RESULTS: All patients with H5N1 met the criteria.\nPatients were enrolled a median of 5 "
                             "(range 1-10) days after the onset of illness: 7 (3-11) days for patients with H5N1 and 5 "
                             "(1-10) days in other patients (P<0.001).") == []


def test_round15_counts_after_a_median_are_no_medians() -> None:
    found = extract_estimates("RESULTS: In both groups, the median stay in such an area was just 1 day. 76 (49%) "
                              "centres were classed as experienced.")
    assert [(e.value, e.unit) for e in found] == [(1.0, "days")]
    assert extract_estimates("RESULTS: At the latest test, median 3.7 (IQR 3.0-4.1) years after ART initiation, 351 "
                             "(77%) of 458 children on A versus 345 (78%) of 443 on B had viral load less than 400 "
                             "copies per mL (p=0.66).") == []


def test_round15_did_not_differ_between_a_and_b_then_the_medians() -> None:
    found = extract_estimates("RESULTS: Duration of symptoms rated moderately bad or worse also did not differ between "
                              "no prescription and delayed prescription (median 3 days v 4 days; 4.29, P=0.368).")
    assert [(e.value, e.arm, e.endpoint_text) for e in found] == [
        (3.0, "no prescription", "Duration of symptoms rated moderately bad or worse"),
        (4.0, "delayed prescription", "Duration of symptoms rated moderately bad or worse")]


def test_round15_an_event_or_death_and_the_bracket_s_next_ratio() -> None:
    found = extract_estimates("RESULTS: Group A had 10 events. There was no evidence of differences between groups in "
                              "progression to new WHO stage 4 event or death (HR [B:A] 0.89, 95% CI 0.53-1.48; "
                              "HR [C:A] 0.91, 0.54-1.52; global p=0.89), or mortality overall (HR [B:A] 0.66, "
                              "0.33-1.31).")
    assert [(e.value, e.endpoint, e.endpoint_text) for e in found] == [
        (0.89, "composite", "new WHO stage 4 event or death"), (0.91, "composite", "new WHO stage 4 event or death"),
        (0.66, "OS", "mortality overall")]


def test_round15_what_people_had_before_the_counts() -> None:
    found = extract_estimates("RESULTS: Group A had 10 events. There were no differences in the numbers of children "
                              "with one or more grade 4 adverse events (63 [16%] vs 81 [20%]; HR [B:A] 1.27, "
                              "0.91-1.76) or serious adverse events (87 [22%] vs 82 [20%]; HR [B:A] 0.92, 0.68-1.25).")
    assert [(e.value, e.endpoint, e.endpoint_text) for e in found] == [
        (1.27, "safety", "grade 4 adverse events"), (0.92, "safety", "serious adverse events")]


def test_round15_clause_shapes_that_name_the_outcome() -> None:
    cases = {
        "No significant difference in treatment failure was seen for A (51/135, 38%) versus B (32/117, 27%)\u2014risk "
        "ratio 1.38 (95% confidence interval 0.96 to 1.99).": "treatment failure",
        "Babies born to women taking A were significantly less likely to have meconium stained amniotic fluid than "
        "those born to women taking placebo (relative risk 0.39, 95% confidence interval 0.16 to 0.97).":
            "meconium stained amniotic fluid",
        "In multivariate analysis, there were fewer complications in both the delayed and immediate groups but this "
        "difference was not significant (adjusted risk ratio 0.56 (95% confidence interval 0.13 to 2.37)).":
            "complications",
        "One or more grade 3 or 4 adverse events (co-primary endpoint) occurred in 283 (47%) children on A versus 282 "
        "(47%) on B (HR 0.98, 95% CI 0.83-1.16, p=0.83).": "grade 3 or 4 adverse events",
        "Overall, 28 (5%) children on A versus 35 (6%) on B switched to second-line treatment (hazard ratio [HR] 0.78, "
        "95% CI 0.48-1.29, p=0.22).": "second-line treatment",
        "We recorded no evidence for any effect of either A (OR 0.70, 95% CI 0.35-1.42; p=0.33) or B treatment on "
        "vertical HIV transmission, although power was restricted.": "vertical HIV transmission",
    }
    for text, endpoint in cases.items():
        assert [e.endpoint_text for e in extract_estimates("RESULTS: " + text)] == [endpoint], text


def test_round15_numbers_and_units_are_no_groups() -> None:
    found = extract_estimates("Overall, 28 (5%) children on A versus 35 (6%) on B switched (hazard ratio [HR] 0.78, "
                              "95% CI 0.48-1.29, p=0.22), after median 2.8 (IQR 1.8-3.3) years versus 2.2 (1.5-3.0) "
                              "years, respectively.\nThe HR for death was 0.90 (95% CI 0.70-1.10).")
    assert [e.groups for e in found if e.measure == "HR"] == [("A", "B"), ()]  # (never "years" and "2.2")


def test_round15_the_groups_around_their_counts() -> None:
    found = extract_estimates("RESULTS: No significant difference in treatment failure was seen for drug T (51/135, "
                              "38%) versus drug V (32/117, 27%)\u2014risk ratio 1.38 (95% confidence interval 0.96 to "
                              "1.99).")
    assert [(e.groups, e.direction_source) for e in found] == [(("drug T", "drug V"), "inferred_from_arms")]


def test_round15_a_title_heading_line_and_the_trial_s_own_name() -> None:
    found = extract_estimates("Title\nMagnesium for aneurysmal subarachnoid haemorrhage (MASH-2): a randomised "
                              "placebo-controlled trial\nFindings\n158 patients (26.2%) had poor outcome in the "
                              "magnesium group compared with 151 (25.3%) in the placebo group (risk ratio [RR] 1.03, "
                              "95% CI 0.85-1.25).")
    assert [(e.value, e.context) for e in found] == [(1.03, "result")]


def test_round15_the_trial_s_own_follow_up_and_restricted_analyses() -> None:
    found = extract_estimates("RESULTS: The RR for death was 0.80 (0.70-0.90). Among event-free survivors at the "
                              "start of the post-trial period, 1636 (21.7%) first events arose in patients previously "
                              "allocated A versus 1566 (22.5%) in those previously allocated placebo (risk ratio [RR] "
                              "0.95 [95% CI 0.89-1.02]; p=0.17). Restricting the analysis to patients whose isolates "
                              "were susceptible resulted in a larger risk ratio (1.64, 0.99 to 2.68).")
    assert [(e.value, e.context, e.population) for e in found] == [
        (0.80, "result", "overall"),
        (0.95, "result", "subgroup: event-free survivors at the start of the post-trial period"),
        (1.64, "result", "subgroup: isolates were susceptible")]


def test_round15_more_clause_shapes_that_name_the_outcome() -> None:
    cases = {
        "We found no significant difference in treatment failure at day 7 between A and B (risk ratio 1.38, 95% "
        "confidence interval 0.96 to 1.99).": "treatment failure",
        "At 6 months, 554 (37%) patients in the A group versus 534 (35%) in the control group were alive and "
        "independent (OHS 0-2; adjusted odds ratio [OR] 1.13, 95% CI 0.95-1.35, p=0.181).": "alive and independent",
        "The Cox regression model for time to healing showed no significant difference between the interventions "
        "(hazard ratio 0.94, 95% confidence interval 0.55 to 1.63; P=0.84).": "time to healing",
        "Without the inclusion of our data, poor outcome did not differ between A and placebo groups (RR 0.91, 95% CI "
        "0.79-1.05).": "poor outcome",
    }
    for text, endpoint in cases.items():
        assert [e.endpoint_text for e in extract_estimates("RESULTS: " + text)] == [endpoint], text


def test_round15_similar_results_keep_the_sentence_before_s_outcome() -> None:
    found = extract_estimates("RESULTS: Treatment failure occurred in 51 (38%) patients on A and 32 (27%) on B (risk "
                              "ratio 1.38, 0.96 to 1.99). We observed similar results in the per protocol population "
                              "(risk ratio 1.24, 0.82 to 1.89).")
    assert [(e.value, e.endpoint_text) for e in found] == [(1.38, "Treatment failure"), (1.24, "Treatment failure")]


def test_round15_each_group_after_its_count() -> None:
    found = extract_estimates("RESULTS: Overall, 28 (5%) children on clinically driven monitoring versus 35 (6%) on "
                              "routine laboratory monitoring switched to second-line treatment (hazard ratio [HR] "
                              "0.78, 95% CI 0.48-1.29, p=0.22).")
    assert [(e.groups, e.direction_source) for e in found] == [
        (("clinically driven monitoring", "routine laboratory monitoring"), "inferred_from_arms")]


def test_round15_a_gene_name_with_a_slash_in_an_item_label() -> None:
    found = extract_estimates("RESULTS: In the exploratory subgroup analyses of A vs B, the HR for DFS was 0.44 (95% "
                              "CI, 0.15-1.31; P = .14) in patients with the BRCA1/2 variant and 0.39 (95% CI, "
                              "0.15-0.99; P = .04) in those with the HRR variant.")
    assert [(e.value, e.population) for e in found] == [
        (0.44, "subgroup: patients with the BRCA1/2 variant"), (0.39, "subgroup: those with the HRR variant")]


def test_round15_labelled_subgroup_items_in_brackets() -> None:
    found = extract_estimates("RESULTS: HR for OS with drug O versus TPC in prespecified subgroups were: prior "
                              "chemotherapy [no (first-line setting): 0.51, 95% CI 0.29-0.90; yes (second/third-line): "
                              "1.13, 0.79-1.64]; receptor status (triple negative: 0.93, 0.62-1.43; hormone receptor "
                              "positive: 0.86, 0.55-1.36); prior platinum (yes: 0.83, 0.49-1.45; no: 0.91, 0.64-1.33).")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [
        (0.51, 0.29, 0.90), (1.13, 0.79, 1.64), (0.93, 0.62, 1.43), (0.86, 0.55, 1.36), (0.83, 0.49, 1.45),
        (0.91, 0.64, 1.33)]
    assert {e.population_kind for e in found} == {"subgroup"} and {e.covariate for e in found} == {None}
    assert {e.groups for e in found} == {("drug O", "TPC")}


def test_round15_medians_with_percentiles_in_square_brackets() -> None:
    found = extract_estimates("RESULTS: The median times needed for wound care, with 25th and 75th percentiles, were "
                              "13 [9, 16] days in the levofloxacin group and 11 [9, 16] days in the ofloxacin group.")
    assert [(e.value, e.unit, e.arm, e.endpoint_text) for e in found] == [
        (13.0, "days", "levofloxacin", "times needed for wound care"),
        (11.0, "days", "ofloxacin", "times needed for wound care")]
    found = extract_estimates("METHODS: Median operative time was 142 minutes (IQR 118-175) in the A group and 138 "
                              "minutes (IQR 115-169) in the placebo group.")
    assert found == []  # (how long care took, not an outcome)


def test_round15_the_outcome_after_demonstrated_longer() -> None:
    found = extract_estimates("RESULTS: Drug A demonstrated significantly longer time to tumor progression (23.0 v "
                              "16.9 weeks, respectively; hazard ratio = 0.75; P = .006).")
    assert [(e.measure, e.endpoint_text) for e in found if e.measure == "HR"] == [("HR", "time to tumor progression")]


def test_round15_events_of_a_named_end_point_and_delayed_by() -> None:
    found = extract_estimates("Five years of A compared with B. Patients were randomly assigned to the continuous "
                              "therapy arms and includes protocol-defined updated results. We observed 352 DFS events "
                              "among 2,463 women receiving A and 418 events among 2,459 women receiving B. This "
                              "reflected an 18% reduction in the risk of an event (hazard ratio, 0.82; 95% CI, 0.71 to "
                              "0.95; P = .007).")
    assert [(e.endpoint, e.groups) for e in found] == [("DFS", ())]
    found = extract_estimates("RESULTS: Drug D delayed onset of moderate/severe pain by 1.8 months (median, 6.5 vs 4.7 "
                              "months; hazard ratio, 0.83; 95 % CI, 0.76-0.92; p < 0.001).")
    assert {e.endpoint_text for e in found} == {"onset of moderate/severe pain"}


def test_round15_a_median_benefit_and_a_treatment_s_duration_are_no_arm_medians() -> None:
    assert extract_estimates("RESULTS: Patients were randomized to aerobic exercise performed for the duration of "
                             "chemotherapy (median of 17 weeks).") == []
    assert extract_estimates("RESULTS: An exploratory analysis of patients who did not cross over indicated a median "
                             "OS benefit of 14 months for letrozole compared with tamoxifen.") == []


def test_round15_improved_median_to_and_a_ci_that_shares_the_ratio_s_bracket() -> None:
    found = extract_estimates("RESULTS: Treatment with EE improved median PFS to 4.3 months versus 2.3 months with EP "
                              "(hazard ratio [HR], 0.73; 95% CI, 0.50 to 1.07).")
    assert [(e.measure, e.value, e.arm, e.endpoint) for e in found] == [
        ("median", 4.3, "EE", "PFS"), ("median", 2.3, "EP", "PFS"), ("HR", 0.73, None, "PFS")]
    found = extract_estimates("RESULTS: The median OS was 24 months for the HDCT arm (95% CI, 21 to 35 months) and 28 "
                              "months for ST (95% CI, 22 to 33 months; hazard ratio [HR], 0.9; 95% CI, 0.6 to 1.2).")
    assert [(e.value, e.ci_low, e.ci_high) for e in found if e.measure == "median"] == [
        (24.0, 21.0, 35.0), (28.0, 22.0, 33.0)]


def test_round15_a_signed_limit_and_risk_rates_rr() -> None:
    found = extract_estimates("RESULTS: Median survival of A patients was 18.3 weeks and 30.3 weeks for B patients "
                              "(difference 12.9 weeks; 95% Confidence Interval (CI) -5.5 to +34.3 weeks; P=0.32).")
    assert [e.value for e in found] == [18.3, 30.3]
    found = extract_estimates("RESULTS: There were more referrals due to gynaecological findings in the TAM group "
                              "(risk rates (RR) 3.15; 95% confidence intervals (CI) 1.12-10.10).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [("RR", 3.15, 1.12, 10.1)]


def test_round15_pharmacokinetics_follow_up_and_exposure_are_no_outcome_medians() -> None:
    for text in ("Median terminal elimination half-life was 37 hours for 40 mg of A, 36 for 50 mg of A, and 45 for B.",
                 "All patients were monitored to record all local recurrences, distant recurrences and deaths for up "
                 "to 20 years (median 13.7 years).",
                 "This is the final overall survival follow-up for a phase III inhibitor clinical trial in patients "
                 "with ABC (median, 56.3 months).",
                 "The median duration of the hypnosis session was 6 minutes (range, 2-15 minutes).",
                 "Women were randomized to A or placebo with a median intervention duration of 7.2 years."):
        assert extract_estimates("RESULTS: " + text) == [], text


def test_round15_one_sided_nnt_and_criteria_for_superiority() -> None:
    found = extract_estimates("RESULTS: The combination improved PFS (hazard ratio [HR] = 0.488; 95% CI = "
                              "0.319-0.748; 1-sided P = 0.0004).")
    assert [e.value for e in found] == [0.488]  # (not a second ratio of 1 from "1-sided")
    found = extract_estimates("RESULTS: Tamoxifen reduced breast cancer (hazard ratio, 0.48; 95% CI, 0.26 to 0.92; P = "
                              ".02), which resulted in a 5-year number needed to treat of 22 (95% CI, 20 to 27).")
    assert [e.value for e in found] == [0.48]
    found = extract_estimates("RESULTS: Prespecified criteria for superiority required a hazard ratio of 0.56 or less.")
    assert [(e.value, e.context) for e in found] == [(0.56, "design")]
    found = extract_estimates("RESULTS: There were 2 local relapses in the A group (0.4%) vs. 19 in the B group "
                              "(5.1%), respectively (p = 0.0001, hazard ratio 10.2).")
    assert [(e.value, e.endpoint_text) for e in found] == [(10.2, None)]


def test_round15_the_groups_of_people_assigned_and_after_that() -> None:
    cases = {
        "Poisson's regression analysis confirmed that oral A significantly reduced the risk of a skeletal event "
        "compared with placebo (hazard ratio 0.62, 95% CI=0.48, 0.79; P=0.0001).": (("oral A", "placebo"), None),
        "Patients in the B plus C arm experienced significant improvements in PFS compared with patients receiving C "
        "alone (hazard ratio = 0.63; 95% CI, 0.47 to 0.84).": (("B plus C", "C"), None),
        "DFS time was longer in those assigned to PCb compared with CEF-T (5-year DFS, 86.5% vs 80.3%, hazard ratio "
        "[HR] = 0.65; 95% CI, 0.44-0.96; P = .03).": (("PCb", "CEF-T"), None),
    }
    for text, (groups, covariate) in cases.items():
        assert [(e.groups, e.direction_source, e.covariate) for e in extract_estimates("RESULTS: " + text)] == [
            (groups, "text", covariate)], text
    found = extract_estimates("RESULTS: Diabetic patients receiving insulin had higher cardiac mortality with PTCA "
                              "compared with CABG (relative risk [RR] 1.78, P<0.001).")
    assert [e.groups for e in found] == [("PTCA", "CABG")]


def test_round15_unnamed_ratios_after_counts_in_the_next_sentence() -> None:
    found = extract_estimates("RESULTS: Fewer cancers occurred with A (85 vs 165 cases, hazard ratio [HR] 0.51, 95% CI "
                              "0.39-0.66, p<0.0001). The reduction was larger in the first 5 years (35 vs 89, 0.39, "
                              "0.27-0.58, p<0.0001), but still significant after 5 years (50 vs 76 new cases, 0.64, "
                              "0.45-0.91, p=0.014).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [
        ("HR", 0.51, 0.39, 0.66), ("HR", 0.39, 0.27, 0.58), ("HR", 0.64, 0.45, 0.91)]


def test_round15_a_reference_bracket_after_the_measure_and_rates_after_the_ci() -> None:
    found = extract_estimates("RESULTS: In the pooled arms, the PFS treatment benefit (hazard ratio [95% confidence "
                              "interval]) of drug A (vs. comparators) was 0.75 (0.57-1.0) for low physical function, "
                              "compared with 0.48 (0.40-0.59) for intermediate/high.")
    assert [(e.value, e.endpoint, e.groups, e.population) for e in found] == [
        (0.75, "PFS", ("drug A", "comparators"), "subgroup: low physical function"),
        (0.48, "PFS", ("drug A", "comparators"), "subgroup: intermediate/high")]
    found = extract_estimates("RESULTS: The relative risks of lymphedema and sensory loss at 12 months were 0.37 (95% "
                              "CI = 0.23 to 0.60; absolute rates: 5% versus 13%) and 0.37 (95% CI = 0.27 to 0.50; "
                              "absolute rates: 11% versus 31%), respectively.")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(0.37, 0.23, 0.60), (0.37, 0.27, 0.50)]


def test_round15_in_a_per_protocol_analysis() -> None:
    found = extract_estimates("RESULTS: The HR was 2.2 (1.03-4.62). In a per-protocol analysis, A was also associated "
                              "with a higher risk of adverse events than B (HR = 2.82 [1.26-6.25], P = 0.007).")
    assert [(e.value, e.population) for e in found] == [(2.2, "overall"), (2.82, "per-protocol")]


def test_round15_a_sentence_after_a_line_break_names_its_outcome_and_groups() -> None:
    found = extract_estimates("49 (9%) children on A versus 29 (5%) on B had a low weight at last visit (global "
                              "p=0.12).\nOne or more grade 3 or 4 adverse events (co-primary endpoint) occurred in 283 "
                              "(47%) children on A versus 282 (47%) on B (HR 0.98, 95% CI 0.83-1.16, p=0.83).")
    assert [(e.endpoint, e.endpoint_text, e.groups) for e in found] == [
        ("safety", "grade 3 or 4 adverse events", ("A", "B"))]


def _meds(text: str) -> list[tuple]:
    return [(e.measure, e.value, e.unit, e.endpoint, e.arm) for e in extract_estimates(text) if e.measure == "median"]


def test_round16_times_to_an_event_never_called_medians_are_read_as_medians_with_a_note() -> None:
    found = extract_estimates("RESULTS: Among patients sensitive to tamoxifen, response was higher in the 20-mg arm "
                              "than the 50-mg arm (26.1% v 8.0%), with a longer TTP (8.3 v 3.2 months; P >.05).")
    assert [(e.measure, e.value, e.endpoint) for e in found] == [("median", 8.3, "TTP"), ("median", 3.2, "TTP")]
    assert {e.note for e in found} == {"not called a median in the text: a per-arm time to an event, read as its "
                                       "median"}
    assert {e.checks for e in found} == {("statistic_not_named",)}  # (shown in the outcome table's checks column)
    # the end point of the pair's own bracket, after the words of the time ("time to tumor progression (")
    found = extract_estimates("RESULTS: A gave higher response rates than B (33% v 19%, respectively; P = .001) and "
                              "significantly longer time to tumor progression (23.0 v 16.9 weeks, respectively; hazard "
                              "ratio = 0.75; P = .006).")
    assert [(e.measure, e.value, e.unit, e.endpoint) for e in found] == [
        ("median", 23.0, "weeks", "TTP"), ("median", 16.9, "weeks", "TTP"), ("HR", 0.75, None, "TTP")]
    # a time that is no time to an event, in a text that never says median: its summary is not stated
    assert [e.measure for e in extract_estimates(
        "RESULTS: Mortality was similar (12% vs 13%), but length of stay was longer with A (8.1 vs 6.2 days).")] == [
        "time", "time"]


def test_round16_times_listed_with_their_end_points_and_groups_respectively() -> None:
    assert _meds("RESULTS: DoCB and OS were 16.6 and 25.1 months, respectively, for the 500-mg group, whereas DoCB "
                 "and OS were 13.9 and 22.8 months, respectively, in the 250-mg group.") == [
        ("median", 16.6, "months", "other", "500-mg"), ("median", 25.1, "months", "OS", "500-mg"),
        ("median", 13.9, "months", "other", "250-mg"), ("median", 22.8, "months", "OS", "250-mg")]
    assert _meds("RESULTS: Among resistant patients, response rates were the same in both arms (10.3%) with similar "
                 "TTP (2.7 and 2.8 months, respectively; P >.05).") == [
        ("median", 2.7, "months", "TTP", None), ("median", 2.8, "months", "TTP", None)]
    # the groups listed before "was", in the order of the values
    found = extract_estimates("RESULTS: Progression-free survival for eribulin and TPC was 3.0 and 2.8 months, "
                              "respectively (HR: 1.09; 95% confidence interval: 0.90-1.32; P = 0.39).")
    assert [(e.measure, e.value, e.endpoint, e.arm) for e in found if e.measure == "median"] == [
        ("median", 3.0, "PFS", "eribulin"), ("median", 2.8, "PFS", "TPC")]
    assert [(e.value, e.endpoint, e.groups, e.direction_source) for e in found if e.measure == "HR"] == [
        (1.09, "PFS", ("eribulin", "TPC"), "unknown")]
    # a list of response rates, not times: nothing
    assert _meds("RESULTS: Response rates for A and B were 33 and 19%, respectively.") == []


def test_round16_each_time_with_its_group_joined_by_and() -> None:
    found = extract_estimates("RESULTS: OS was 13.1 months with eribulin and 11.2 months with TPC (HR 0.90; 95% CI "
                              "0.77-1.05).")
    assert [(e.measure, e.value, e.endpoint, e.arm) for e in found] == [
        ("median", 13.1, "OS", "eribulin"), ("median", 11.2, "OS", "TPC"), ("HR", 0.9, "OS", None)]


def test_round16_a_median_ci_that_the_groups_events_or_the_ratio_follow_in_its_bracket() -> None:
    found = extract_estimates("RESULTS: Median overall survival was 21·2 months (95% CI 19·0-23·6; 252 [64%] of 395 "
                              "died) with A versus 19·0 months (17·2-21·7; 282 [71%] of 399 died) with B (HR 0·84; 95% "
                              "CI 0·71-1·00; p=0·023). Median PFS was 8·2 months (95% CI 6·4-8·4; 270 events occurred "
                              "[42 deaths; 228 progressions]) with A versus 8·0 months (6·3-8·2; 301 events occurred "
                              "[36 deaths; 265 progressions]) with B (HR 0·87; 95% CI 0·73-1·02).")
    assert [(e.value, e.ci_low, e.ci_high, e.arm) for e in found if e.measure == "median"] == [
        (21.2, 19.0, 23.6, "A"), (19.0, 17.2, 21.7, "B"), (8.2, 6.4, 8.4, "A"), (8.0, 6.3, 8.2, "B")]
    assert _meds("RESULTS: Median PFS was 24·0 months (95% CI 19·7-27·5) versus 16·6 months (13·9-19·3; HR 0·70, 95% "
                 "CI 0·60-0·83; p<0·0001).") == [("median", 24.0, "months", "PFS", None),
                                                  ("median", 16.6, "months", "PFS", None)]
    assert [(e.ci_low, e.ci_high) for e in extract_estimates(
        "RESULTS: Median PFS was 24·0 months (95% CI 19·7-27·5) versus 16·6 months (13·9-19·3; HR 0·70, 95% CI "
        "0·60-0·83; p<0·0001).")] == [(19.7, 27.5), (13.9, 19.3), (0.6, 0.83)]


def test_round16_median_cis_after_a_comma_and_up_to_not_reached() -> None:
    found = extract_estimates("RESULTS: Median event-free survival was longer with A versus B (44·4 months, 95% CI "
                              "33·0 to not reached vs 25·3 months, 20·6 to 33·9; hazard ratio [HR] 0·81, 95% CI 0·67 "
                              "to 0·99; p=0·0198).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [
        ("median", 44.4, 33.0, None), ("median", 25.3, 20.6, 33.9), ("HR", 0.81, 0.67, 0.99)]  # (no median 20.6)
    found = extract_estimates("RESULTS: The median overall survival was 18.4 months (95% confidence interval [CI], "
                              "17.3 to not yet reached) in the A group versus 13.6 months (95% CI, 11.3 to 15.8) in "
                              "the B group.")
    assert [(e.value, e.ci_low, e.ci_high, e.arm) for e in found] == [(18.4, 17.3, None, "A"), (13.6, 11.3, 15.8, "B")]


def test_round16_a_bare_bracket_after_a_time_to_an_event_once_the_text_prints_cis() -> None:
    found = extract_estimates("RESULTS: Median progression-free survival was 6.6 months (95% CI 4.1-8.3) with A "
                              "and 4.1 months (2.8-5.4) with B (HR 0.67; 0.44-1.02). Median overall survival was "
                              "26.5 months (20.9-31.7) with A and 14.7 months (9.2-17.1) with B (HR 0.46, 0.30-0.71).")
    assert [(e.value, e.ci_low, e.ci_high, e.ci_level) for e in found if e.measure == "median"] == [
        (6.6, 4.1, 8.3, 95.0), (4.1, 2.8, 5.4, 95.0), (26.5, 20.9, 31.7, 95.0), (14.7, 9.2, 17.1, 95.0)]
    # no CI printed before: a bare bracket is a CI only in a text that names no range or IQR anywhere (round 24,
    # measured on the development labels), and says so; a named range is never a CI
    found = extract_estimates("RESULTS: Median overall survival was 26.5 months (20.9-31.7) with A and 14.7 months "
                              "(9.2-17.1) with B.")
    assert [(e.value, e.ci_low, e.checks) for e in found] == [(26.5, 20.9, ("ci_not_named",)),
                                                              (14.7, 9.2, ("ci_not_named",))]
    for text in ("RESULTS: Median overall survival was 26.5 months (20.9-31.7) with A and 14.7 months (9.2-17.1) "
                 "with B; the IQR of follow-up was 10-30 months.",
                 "RESULTS: The HR was 0.67 (95% CI 0.44-1.02). Median overall survival (range) was 26.5 months "
                 "(20.9-31.7) with A and 14.7 months (9.2-17.1) with B."):
        assert [(e.value, e.ci_low) for e in extract_estimates(text) if e.measure == "median"] == [
            (26.5, None), (14.7, None)]


def test_round16_a_subset_with_the_most_favourable_outcome_and_a_range_of_medians() -> None:
    assert [(e.value, e.population) for e in extract_estimates(
        "RESULTS: The median overall survival was 53.7 months in the surgery group and 46.0 months in the no-surgery "
        "group. Patients with a complete resection had the most favorable outcome, with a median overall survival of "
        "61.9 months.")] == [(53.7, "overall"), (46.0, "overall"), (61.9, "subgroup: a complete resection")]
    # who they were at entry stays no outcome
    assert extract_estimates("RESULTS: Patients who had been in remission with a median duration of remission of 12 "
                             "months were enrolled.") == []
    # a median printed as a range is no estimate (round 31: it was kept with the range as its text), never its
    # first number
    assert extract_estimates("BACKGROUND: Median overall survival with doxorubicin is 12-16 months. METHODS: We "
                             "randomly assigned patients to A or B.") == []


def test_round16_no_median_of_a_gain_and_no_ratio_of_a_c_statistic() -> None:
    found = extract_estimates("CONCLUSION: A provided a median improvement of 5.6 months (HR, 0.77) in progression-"
                              "free survival.")
    assert [(e.measure, e.value) for e in found] == [("HR", 0.77)]
    found = extract_estimates("RESULTS: Survival did not differ between the groups (hazard ratio, 0.86 [95% CI, "
                              "0.60-1.21]). The C statistic for the model including the marker was 0.62 (95% CI, "
                              "0.56-0.68) and without it was 0.50 (95% CI, 0.44-0.56).")
    assert [(e.measure, e.value) for e in found] == [("HR", 0.86)]


def test_round16_a_median_printed_again_is_one_estimate() -> None:
    found = extract_estimates("RESULTS: PFS was longer with axitinib than with sunitinib (median, 23.9 vs. 9.2 months; "
                              "hazard ratio, 0.39; 95% CI, 0.32 to 0.49) and was longer with everolimus than with "
                              "sunitinib (median, 14.7 vs. 9.2 months; hazard ratio, 0.65; 95% CI, 0.53 to 0.80).")
    assert [(e.value, e.arm) for e in found if e.measure == "median"] == [
        (23.9, "axitinib"), (9.2, "sunitinib"), (14.7, "everolimus")]
    found = extract_estimates("RESULTS: The median PFS was 6.8 months (95% CI, 4.8-8.9) in the A arm and 9.5 months "
                              "(95% CI, 7.8-11.2) in the B arm (hazard ratio, 1.2; 95% CI, 0.8-1.8). Differences "
                              "between the arms in median PFS (6.8 vs 9.5 months) were not significant.")
    assert [(e.value, e.arm) for e in found if e.measure == "median"] == [(6.8, "A"), (9.5, "B")]
    # the same number for another end point is another estimate
    found = extract_estimates("RESULTS: Median time to clinical response was 4.0 days (95% CI, 3.1 to 5.0) with A "
                              "and 5.5 days (95% CI, 4.0 to 7.5) with B. Median time to cessation of viral shedding "
                              "was 3 days versus 4 days.")
    assert [e.value for e in found] == [4.0, 5.5, 3.0, 4.0]


def test_round16_end_points_of_lists_of_clauses_and_of_a_planned_ratio() -> None:
    found = extract_estimates("RESULTS: A was superior with respect to radiographic progression-free survival (8.3 "
                              "vs. 2.9 months; hazard ratio, 0.40; P<0.001) and the time to the first skeletal-related "
                              "event (16.7 vs. 13.3 months; hazard ratio, 0.69; P<0.001).")
    assert [(e.measure, e.value, e.endpoint_text) for e in found][3:] == [
        ("median", 16.7, "time to the first skeletal-related event"),
        ("median", 13.3, "time to the first skeletal-related event"),
        ("HR", 0.69, "time to the first skeletal-related event")]
    found = extract_estimates("RESULTS: The median PFS was 6.8 months (95% CI, 4.8-8.9) in the A arm and 9.5 months "
                              "(95% CI, 7.8-11.2) in the B arm. Differences between the arms in median PFS (6.8 vs 9.5 "
                              "months) and overall survival (19.5 vs 20.6 months) were not significant.")
    assert [(e.value, e.endpoint) for e in found] == [(6.8, "PFS"), (9.5, "PFS"), (19.5, "OS"), (20.6, "OS")]
    # the ratio after the medians' last group takes their end point, not the group's last word
    found = extract_estimates("RESULTS: Median progression-free survival was 12·3 months (95% CI 9·5-13·4) for "
                              "cobimetinib and vemurafenib versus 7·2 months (5·6-7·5) for placebo and vemurafenib (HR "
                              "0·58 [95% CI 0·46-0·72], p<0·0001).")
    assert {e.endpoint for e in found} == {"PFS"}
    # a planned ratio that names no end point is the primary end point's
    (e,) = extract_estimates("METHODS: The primary end point was progression-free survival (PFS); secondary end "
                             "points were overall survival and response. A sample size of 154 patients would detect a "
                             "hazard ratio of 0.64 with 1-sided alpha = .1 after 95 events.")
    assert (e.value, e.endpoint, e.context) == (0.64, "PFS", "design")


def test_round16_what_a_group_had_is_no_group() -> None:
    found = extract_estimates("RESULTS: PFS was superior in arm B (hazard ratio, 0.57; 95% CI, 0.34 to 0.95). "
                              "Patients in arm B who received R-CVP had markedly superior PFS compared with "
                              "contemporaneous patients in arm A (hazard ratio, 0.26; 95% CI, 0.07 to 0.97).")
    assert [(e.value, e.groups, e.direction_source) for e in found] == [(0.57, (), "unknown"), (0.26, (), "unknown")]


def test_round16_pairs_with_the_first_values_ci_between_and_a_change_from_one_time_to_another() -> None:
    found = extract_estimates("RESULTS: Overall survival did not differ between the 291 patients in the A group and "
                              "the 142 patients in the B group (19.4 months [95% CI 17.6-23.1] vs 24.6 months "
                              "[18.8-33.0], respectively; HR 1.12 [95% CI 0.87-1.44]).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [
        ("median", 19.4, 17.6, 23.1), ("median", 24.6, 18.8, 33.0), ("HR", 1.12, 0.87, 1.44)]
    found = extract_estimates("RESULTS: PFS was prolonged from a median of 5.99 months (95% CI, 2.7 to 7.3 months) "
                              "to 9.7 months (95% CI, 8.7 to 10.8 months; P < .001).")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(5.99, 2.7, 7.3), (9.7, 8.7, 10.8)]


def test_round16_an_age_that_bounds_a_subgroup_and_an_unnamed_ratio_after_the_times() -> None:
    found = extract_estimates("RESULTS: An exploratory analysis showed improved PFS favoring A in patients ≤ age 65 "
                              "years (9.0 v 5.6 months; HR, 0.75; 95% CI, 0.60 to 0.93; P = .009).")
    assert [(e.measure, e.value, e.unit) for e in found] == [
        ("median", 9.0, "months"), ("median", 5.6, "months"), ("HR", 0.75, None)]
    # ages compared stay no times
    assert extract_estimates("RESULTS: Responders were younger than others (24 v 60 months) and had longer PFS "
                             "(HR 0.5).")[0].measure == "HR"
    found = extract_estimates("RESULTS: Median PFS was longer with A than with B in all patients (7.2 v 5.7 months, "
                              "0.56, 0.46 to 0.68, P<0.001) and in patients with combined positive scores of ≥10 "
                              "(8.3 v 6.4 months, 0.58, 0.45 to 0.75, P<0.001).")
    assert [(e.measure, e.value) for e in found] == [
        ("median", 7.2), ("median", 5.7), ("median", 8.3), ("median", 6.4)]


def test_round16_each_groups_time_in_a_bracket_of_its_own() -> None:
    found = extract_estimates("RESULTS: Time to progression with OFF (2.9 months; 95% CI, 2.4 to 3.2) versus FF (2.0 "
                              "months; 95% CI, 1.6 to 2.3) was significantly extended (HR, 0.76).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.arm, e.endpoint_text) for e in found][:2] == [
        ("median", 2.9, 2.4, 3.2, "OFF", "Time to progression"), ("median", 2.0, 1.6, 2.3, "FF", "Time to progression")]
    found = extract_estimates("RESULTS: Progression-free survival was improved in patients assigned to the ofatumumab "
                              "group (29·4 months, 95% CI 26·2-34·2) compared with those assigned to observation (15·2 "
                              "months, 11·8-18·8; hazard ratio 0·50, 95% CI 0·38-0·66; p<0·0001).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.arm) for e in found] == [
        ("median", 29.4, 26.2, 34.2, "ofatumumab"), ("median", 15.2, 11.8, 18.8, "observation"),
        ("HR", 0.5, 0.38, 0.66, None)]
    assert found[2].groups == ("ofatumumab", "observation")
    found = extract_estimates("RESULTS: We found no difference in median progression-free survival between the "
                              "pictilisib (6·6 months [95% CI 3·9-9·8]) and placebo (5·1 months [3·6-7·3]) group "
                              "(HR 0·74 [95% CI 0·52-1·06]).")
    assert [(e.value, e.ci_low, e.arm) for e in found if e.measure == "median"] == [
        (6.6, 3.9, "pictilisib"), (5.1, 3.6, "placebo")]


def test_round16_a_single_number_repeated_in_a_later_pair_is_kept() -> None:
    found = extract_estimates("RESULTS: Median PFS was 3.7 (95% CI, 3.1 to 4.1) months in the biomarker group and "
                              "4.0 (95% CI, 3.0 to 4.6) months in the control group. A led to marginal benefits in "
                              "patients with EGFR 3+ compared with SOC (PFS, 4.0 v 2.2 months; P = .09).")
    assert [e.value for e in found] == [3.7, 4.0, 4.0, 2.2]


def test_round16_a_bare_bracket_is_a_ci_only_where_times_had_named_cis() -> None:
    text = ("RESULTS: The HR for death was 1.08 (80% CI 1.01-1.17). In the per-protocol population, median survival "
            "was 19.6 months (13.0-28.1) in arm A and 18.0 months (12.1-29.3) in arm C.")
    assert [(e.value, e.ci_low) for e in extract_estimates(text) if e.measure == "median"] == [(19.6, None),
                                                                                             (18.0, None)]
    text = ("RESULTS: Median OS was not reached (95% CI 17·9-not evaluable) with A versus 14·2 months (11·2-17·5) with "
            "B (HR 0·57). Median PFS was 8·2 months (6·1-8·8) with A versus 5·7 months (4·5-6·2) with B (HR 0·54).")
    assert [(e.value, e.ci_low, e.ci_high) for e in extract_estimates(text) if e.measure == "median"][2:] == [
        (8.2, 6.1, 8.8), (5.7, 4.5, 6.2)]


def test_round16_survival_pairs_and_medians_after_a_follow_up_clause_or_misnamed_rates() -> None:
    found = extract_estimates("RESULTS: After a median follow-up of 41 months, PFS was superior in the PAD arm (median "
                              "of 28 months v 35 months; hazard ratio [HR], 0.75; 95% CI, 0.62 to 0.90; P = .002).")
    assert [(e.measure, e.value) for e in found] == [("median", 28.0), ("median", 35.0), ("HR", 0.75)]
    found = extract_estimates("RESULTS: The median overall survival rates were 19.5 months in arm A and 15.9 months "
                              "in arm B.")
    assert [(e.value, e.endpoint, e.arm) for e in found] == [(19.5, "OS", "arm A"), (15.9, "OS", "arm B")]
    found = extract_estimates("RESULTS: In patients with squamous cell histology, there was a significant improvement "
                              "in survival with A versus B (n = 473; 10.8 v 9.4 months, respectively).")
    assert [(e.measure, e.value, e.endpoint) for e in found] == [("median", 10.8, "OS"), ("median", 9.4, "OS")]
    # landmark rates and a follow-up's own bracket stay no medians
    assert [e.measure for e in extract_estimates("RESULTS: Survival at 6 vs 12 months was similar (HR 0.9).")] == [
        "HR"]
    assert extract_estimates("RESULTS: The 2-year overall survival rates were 60% and 52%.") == []


def test_round16_named_ratios_after_what_they_are_for_and_was() -> None:
    found = extract_estimates("RESULTS: Patients were randomly assigned to gefitinib (n = 97) or to vinorelbine (n = "
                              "99). Hazard ratios (HR; gefitinib v vinorelbine) were 1.19 (95% CI, 0.85 to 1.65) for "
                              "PFS and 0.98 (95% CI, 0.66 to 1.47) for OS.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.endpoint, e.groups, e.direction_source) for e in found] == [
        ("HR", 1.19, 0.85, 1.65, "PFS", ("gefitinib", "vinorelbine"), "text"),
        ("HR", 0.98, 0.66, 1.47, "OS", ("gefitinib", "vinorelbine"), "text")]
    (e,) = extract_estimates("RESULTS: The rate ratio for death from prostate cancer during follow-up years 10 and 11 "
                             "was 0.62 (95% CI, 0.45 to 0.85; P=0.003).")
    assert (e.measure, e.value, e.ci_low, e.ci_high, e.p_operator, e.p_value) == ("IRR", 0.62, 0.45, 0.85, "=", 0.003)
    (e,) = extract_estimates("RESULTS: The risk ratio for recurrence by week 24 (also calculated with multiple "
                             "imputation for missing responses) was 0.73 (95% CI, 0.54 to 0.92).")
    assert (e.measure, e.value, e.endpoint_text) == ("RR", 0.73, "recurrence by week 24")
    (e,) = extract_estimates("RESULTS: The only factor associated with premature removal of a catheter was a diagnosis "
                             "of leukemia (hazard rate, 2.3; 95% CI, 1.1 to 4.7).")
    assert (e.measure, e.value, e.ci_low, e.ci_high) == ("HR", 2.3, 1.1, 4.7)
    # a hazard rate per year stays no ratio
    assert extract_estimates("RESULTS: The hazard rate was 0.05 per year in both arms.") == []


def test_round16_each_ci_then_the_unit_once_and_a_gain_by_a_median() -> None:
    found = extract_estimates("FINDINGS: A significantly increased bone-metastasis-free survival by a median of 4·2 "
                              "months compared with placebo (median 29·5 [95% CI 25·4-33·3] vs 25·2 [22·2-29·5] "
                              "months; hazard ratio [HR] 0·85, 95% CI 0·73-0·98, p=0·028). A also significantly "
                              "delayed time to first bone metastasis (33·2 [95% CI 29·5-38·0] vs 29·5 [22·4-33·1] "
                              "months; HR 0·84, 95% CI 0·71-0·98, p=0·032).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.endpoint_text) for e in found] == [
        ("median", 29.5, 25.4, 33.3, "bone-metastasis-free survival"),
        ("median", 25.2, 22.2, 29.5, "bone-metastasis-free survival"),
        ("HR", 0.85, 0.73, 0.98, "bone-metastasis-free survival"),
        ("median", 33.2, 29.5, 38.0, "time to first bone metastasis"),
        ("median", 29.5, 22.4, 33.1, "time to first bone metastasis"),
        ("HR", 0.84, 0.71, 0.98, "time to first bone metastasis")]


def test_round16_times_with_brackets_beside_their_groups_and_medians_in_a_ratios_bracket() -> None:
    found = extract_estimates("RESULTS: Overall survival was 12·5 months (10·6-14·8) with pazopanib versus 10·7 months "
                              "(8·7-12·8) with placebo (HR 0·86, 95% CI 0·67-1·11; p=0·25).")
    assert [(e.measure, e.value, e.ci_low, e.arm) for e in found] == [
        ("median", 12.5, 10.6, "pazopanib"), ("median", 10.7, 8.7, "placebo"), ("HR", 0.86, 0.67, None)]
    found = extract_estimates("RESULTS: Progression-free survival did not differ (4.5 v 5.3 months). FU/STZ (24.3 "
                              "months) was superior to FU/DOX (15.7 months; P = .0267) in median survival.")
    assert [(e.value, e.arm, e.endpoint) for e in found][2:] == [(24.3, "FU/STZ", "OS"), (15.7, "FU/DOX", "OS")]
    found = extract_estimates("RESULTS: Survival was prolonged with A with a hazard ratio (HR) of 0.82 (95% CI, 0.69 "
                              "to 0.99; P = .038, adjusted for stratification factors; median 6.24 months v 5.91 "
                              "months).")
    assert [(e.measure, e.value, e.endpoint) for e in found] == [
        ("HR", 0.82, "OS"), ("median", 6.24, "OS"), ("median", 5.91, "OS")]
    # a CI-led bracket's own asides stay no medians; a treatment's exposure in brackets is no time to an event
    assert [e.measure for e in extract_estimates(
        "RESULTS: Median PFS was 5.1 months (95% CI, 4.3-8.4 months; median treatment duration, 8 months).")] == [
        "median"]
    assert extract_estimates("RESULTS: Patients in the US had a shorter median duration of exposure (2.3 months "
                             "[range 0.03–6.0]) compared with patients in Canada (2.8 months [range 0.3–9.1]).") == []


def test_round16_unnamed_ratios_printed_like_the_named_one() -> None:
    found = extract_estimates("RESULTS: Colorectal cancer incidence was reduced by 26% (HR 0·74 [95% CI 0·70-0·80]; "
                              "p<0·0001) in the intervention group versus the control group and colorectal cancer "
                              "mortality was reduced by 30% (0·70 [0·62-0·79]; p<0·0001) in the intervention group "
                              "versus the control group.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.endpoint_text, e.endpoint) for e in found] == [
        ("HR", 0.74, 0.7, 0.8, "Colorectal cancer incidence", "other"),
        ("HR", 0.7, 0.62, 0.79, "colorectal cancer mortality", "other")]
    found = extract_estimates("RESULTS: There was no difference in progression-free survival (HR 0·961, 95% CI "
                              "0·768-1·203, p=0·74). There was no difference in overall survival between groups "
                              "(0·962, 0·801-1·156, p=0·6757; median overall survival 11·2 months [9·9-11·9] in the "
                              "A group vs 10·7 months [9·5-11·9] in the B group).")
    assert [(e.measure, e.value, e.ci_low, e.endpoint) for e in found][:2] == [
        ("HR", 0.961, 0.768, "PFS"), ("HR", 0.962, 0.801, "OS")]
    found = extract_estimates("RESULTS: Incidence was lower with A (odds ratio 0.48, 95% confidence interval 0.32 to "
                              "0.71). Incidence decreased with B but not with C (0.64, 0.46 to 0.91 and 0.81, 0.57 to "
                              "1.13, respectively).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [
        ("OR", 0.48, 0.32, 0.71), ("OR", 0.64, 0.46, 0.91), ("OR", 0.81, 0.57, 1.13)]
    # a bare bracket after a rate or a score stays no ratio
    assert [e.value for e in extract_estimates(
        "RESULTS: The HR was 0.80 (95% CI 0.70-0.91). The mean score was 1.2 (0.9 [0.8-1.3]; p=0.04).")] == [0.8]


def test_round16_a_biomarker_analysis_or_a_named_population_opens_a_subgroup() -> None:
    found = extract_estimates("RESULTS: Median TTP was 15.3 weeks for A versus 15.4 weeks for B (HR = 0.94; P = .60). "
                              "In a biomarker analysis of patients with EGFR-overexpressed tumors (3+ by "
                              "immunohistochemistry [IHC]; n = 241) median TTP was 15.1 weeks for A versus 10.9 weeks "
                              "for B (HR = 0.76; P = .06).")
    assert [(e.value, e.population) for e in found] == [
        (15.3, "overall"), (15.4, "overall"), (0.94, "overall"), (15.1, "subgroup: EGFR-overexpressed tumors"),
        (10.9, "subgroup: EGFR-overexpressed tumors"), (0.76, "subgroup: EGFR-overexpressed tumors")]
    found = extract_estimates("FINDINGS: 712 patients were randomly assigned. In the PD-L1 of at least 50% "
                              "population, which consisted of 563 patients, median overall survival was not reached "
                              "(95% CI 17·9-not evaluable) with A versus 14·2 months (11·2-17·5) with B (HR 0·57 "
                              "[0·42-0·77]; p=0·0002). In the intention-to-treat population, OS was improved (HR "
                              "0·70 [0·55-0·90]).")
    assert [(e.value, e.population) for e in found] == [
        (None, "subgroup: PD-L1 of at least 50%"), (14.2, "subgroup: PD-L1 of at least 50%"),
        (0.57, "subgroup: PD-L1 of at least 50%"), (0.7, "overall")]


def test_round16_three_groups_named_after_their_times_and_a_p_value() -> None:
    assert _meds("RESULTS: Median overall survival (OS) was 4.5, 4.6, and 9.5 months for the BSC, FUFA, and mGEMOX "
                 "arms (P = .039), respectively.") == [
        ("median", 4.5, "months", "OS", "BSC"), ("median", 4.6, "months", "OS", "FUFA"),
        ("median", 9.5, "months", "OS", "mGEMOX")]


def test_round16_the_two_speed_end_point_pattern_finds_what_the_full_one_finds() -> None:
    from trialink._text_estimates import _ENDPOINT_MENTION
    texts = ["Distant metastasis-free survival was longer (HR 0.64).", "PFS and OS were similar.",
             "Colorectal cancer mortality fell (0·70 [0·62-0·79]).", "Biochemical or clinical failure-free survival.",
             "Mortality and progression or death were rarer.", "No end point here at all."]
    for text in texts:
        assert [m.span() for m in _ENDPOINT_MENTION.finditer(text)] == [
            m.span() for m in _ENDPOINT_MENTION.full.finditer(text)]


def test_round16_ratios_labelled_before_their_ci_and_an_aside_after_a_ci() -> None:
    found = extract_estimates("RESULTS: Adjusted hazard ratios (HRs; A-B to A) were 0.93 for EFS (95% CI, 0.71 to "
                              "1.22; P = .62), 0.84 for RFS (95% CI, 0.62 to 1.14; P = .27), and 0.85 for OS (95% CI, "
                              "0.59 to 1.22; P = .38).")
    assert [(e.value, e.ci_low, e.ci_high, e.endpoint, e.groups, e.direction_source) for e in found] == [
        (0.93, 0.71, 1.22, "EFS", ("A-B", "A"), "text"), (0.84, 0.62, 1.14, "RFS", ("A-B", "A"), "text"),
        (0.85, 0.59, 1.22, "OS", ("A-B", "A"), "text")]
    # "[not tested]" after a CI: the CI ends there (its lower limit was read as a second ratio)
    found = extract_estimates("RESULTS: Median PFS was 7·6 and 5·6 months (HR, 0·74, 0·61-0·90; one-sided p=0·0014 "
                              "[not significant]) among patients with CPS of 1 or more and 7·5 and 5·6 months (HR, "
                              "0·82, 0·69-0·97 [not tested]) among all patients.")
    assert [(e.value, e.ci_low, e.ci_high) for e in found if e.measure == "HR"] == [(0.74, 0.61, 0.9),
                                                                                   (0.82, 0.69, 0.97)]


def test_round16_a_score_that_names_a_subgroup_of_times() -> None:
    found = extract_estimates("RESULTS: A improved overall survival in all patients (16.7 v 12.5 months, hazard ratio "
                              "0.63, 95% confidence interval 0.51 to 0.78) and in patients with combined positive "
                              "scores of ≥10 (17.2 v 13.6 months).")
    assert [(e.measure, e.value, e.population) for e in found] == [
        ("median", 16.7, "overall"), ("median", 12.5, "overall"), ("HR", 0.63, "overall"),
        ("median", 17.2, "subgroup: combined positive scores of ≥10"),
        ("median", 13.6, "subgroup: combined positive scores of ≥10")]
    # a pair of scores stays no times
    assert extract_estimates("RESULTS: Responders had a higher pain score (14 v 4) than others.") == []


# Round 17 (oncology reading pool, set J): statements for every arm, test statistics, CI ends, labelled items.

def _rows(text: str) -> list[tuple[object, ...]]:
    return [(e.measure, e.value, e.value_text, e.ci_low, e.ci_high, e.unit, e.arm) for e in extract_estimates(text)]


def test_round17_not_reached_in_either_arm_is_one_row_per_named_arm() -> None:
    found = extract_estimates("RESULTS: Median PFS was 9.4 months with drug A and 4.1 months with drug B. Median OS "
                              "was not reached in either arm.")
    assert [(e.value_text, e.arm, e.endpoint) for e in found if e.value is None] == [
        ("not reached", "drug A", "OS"), ("not reached", "drug B", "OS")]
    assert {e.note for e in found if e.value is None} == {"one row per arm from a statement for every arm"}
    # the arms of the nearest ratio between two groups when no median names them; "never reached"; "regardless of"
    found = extract_estimates("RESULTS: Death was less frequent with zanib than with placebo (HR, 0.70; 95% CI, 0.52 "
                              "to 0.94). Median OS was never reached regardless of treatment.")
    assert [e.arm for e in found if e.measure == "median"] == ["zanib", "placebo"]
    # the groups the Methods say were assigned, else (round 27) two rows that keep the printed words: the text
    # names no arms, but the protocol counts one median per arm
    found = extract_estimates("METHODS: 300 adults were assigned to six cycles of tolimab added to chemotherapy or "
                              "chemotherapy alone. RESULTS: Relapse-free survival favoured tolimab (HR, 0.62; 95% CI, "
                              "0.41 to 0.93). Median RFS was not reached in either group at the interim analysis.")
    assert [e.arm for e in found if e.measure == "median"] == ["six cycles of tolimab added to chemotherapy",
                                                               "chemotherapy alone"]
    assert [e.arm for e in extract_estimates("RESULTS: Median OS was not reached in either arm.")] == ["either arm"] * 2


def test_round17_a_not_reached_takes_a_unit_only_when_its_interval_prints_a_number() -> None:
    found = extract_estimates("RESULTS: Median PFS was 30.1 months (95% CI, 25.2 to NE) and median duration of "
                              "response was not reached (95% CI, 28.4 to NE). Median OS was not reached.")
    assert [(e.value, e.ci_low, e.unit, e.checks) for e in found] == [
        (30.1, 25.2, "months", ()), (None, 28.4, "months", ("unit_not_printed",)), (None, None, None, ())]


def test_round17_a_test_statistic_is_no_estimate() -> None:
    text = ("RESULTS: Median OS was 7.9 months (95% CI 6.1-9.8) in the A group and 8.1 months (6.0-10.2) in the B "
            "group (hazard ratio 1.10, 80% CI 0.90-1.35; log rank \u03c721df 0.9, p=0.41).")
    assert [(e.measure, e.value) for e in extract_estimates(text)] == [("median", 7.9), ("median", 8.1), ("HR", 1.1)]
    assert [(e.measure, e.value) for e in extract_estimates(text.replace("\u03c721df", "chi-square"))] == [
        ("median", 7.9), ("median", 8.1), ("HR", 1.1)]


def test_round17_an_interval_ending_in_not_reached_with_its_abbreviation() -> None:
    assert _rows("RESULTS: The median OS was 31.2 months (95% CI, 24.5 to not reached [NR]) with A versus 27.0 "
                 "months (95% CI, 20.1 to NR) with B (HR, 0.91; 95% CI, 0.70 to 1.18).")[:2] == [
        ("median", 31.2, None, 24.5, None, "months", "A"), ("median", 27.0, None, 20.1, None, "months", "B")]


def test_round17_two_times_with_their_cis_as_compared_with_after_a_follow_up() -> None:
    found = extract_estimates("RESULTS: In the cohort of patients with KRAS-mutated cancer, progression-free survival "
                              "at a median follow-up of 18 months was 9.8 months (95% confidence interval [CI], 7.1 to "
                              "12.0) in the A group, as compared with 4.4 months (95% CI, 3.2 to 6.0) in the B group "
                              "(hazard ratio for progression or death, 0.61; 95% CI, 0.47 to 0.80).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.arm, e.endpoint) for e in found] == [
        ("median", 9.8, 7.1, 12.0, "A", "PFS"), ("median", 4.4, 3.2, 6.0, "B", "PFS"),
        ("HR", 0.61, 0.47, 0.8, None, "PFS")]
    assert {e.population for e in found} == {"subgroup: with KRAS-mutated cancer"}


def test_round17_unnamed_ratios_after_times_with_bracketed_cis() -> None:
    found = extract_estimates("FINDINGS: Median survival was longer with A than with B (6.0 months [4.9-8.1] vs 4.0 "
                              "months [3.2-5.0]; hazard ratio 0.70, 95% CI 0.52-0.93; p=0.014). Median survival did "
                              "not differ between C and B (4.8 months [4.1-5.5] vs 4.0 months [3.2-5.0]; 1.01, "
                              "0.79-1.30; p=0.92) or for D (median not reached vs 40.2 months [33.9-not reached]; 0.72 "
                              "[0.51-0.99]; p=0.04).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found if e.measure == "HR"] == [
        ("HR", 0.7, 0.52, 0.93), ("HR", 1.01, 0.79, 1.3), ("HR", 0.72, 0.51, 0.99)]
    assert 1.01 not in [e.value for e in found if e.measure == "median"]


def test_round17_items_that_name_their_end_point_in_the_bracket_of_a_plural_ratio_name() -> None:
    found = extract_estimates("RESULTS: In the docetaxel population, the HRs were consistent (radiographic "
                              "progression-free survival 0.55, 99.9% CI 0.36-0.82; p<0.0001; overall survival 0.79, "
                              "95.1% CI 0.62-0.99; p=0.04).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level, e.endpoint) for e in found] == [
        ("HR", 0.55, 0.36, 0.82, 99.9, "PFS"), ("HR", 0.79, 0.62, 0.99, 95.1, "OS")]


def test_round17_an_update_of_a_benefit_reported_before_is_this_trials_result() -> None:
    found = extract_estimates("FINDINGS: At a median follow-up of 40 months, the overall survival benefit previously "
                              "reported was sustained: HR 0.71 (95% CI 0.60-0.84).")
    assert [(e.value, e.context) for e in found] == [(0.71, "result")]
    assert [e.context for e in extract_estimates(
        "BACKGROUND: A benefit in overall survival was previously reported (HR 0.71, 95% CI 0.60-0.84).")] == [
        "background"]


def test_round17_the_trials_arms_from_its_methods() -> None:
    found = extract_estimates("We report the phase 3 LUMEN trial of adjuvant zanib maintenance versus placebo (n = "
                              "400). RESULTS: Recurrence-free survival was longer with maintenance (HR 0.66; 95% CI "
                              "0.49-0.89).")
    assert [e.groups for e in found] == [("adjuvant zanib maintenance", "placebo")]
    found = extract_estimates("METHODS: Patients were randomly assigned to radiotherapy with the inhibitor tolib or to "
                              "radiotherapy with temozolomide. RESULTS: Progression-free survival did not differ (HR "
                              "1.04, 95% CI 0.87-1.24).")
    assert [e.groups for e in found] == [("radiotherapy with the inhibitor tolib", "radiotherapy with temozolomide")]


def test_round17_another_outcome_in_a_later_clause_is_not_the_first_ones_median() -> None:
    found = extract_estimates("RESULTS: Among infected participants, the median time to resolution of symptoms was "
                              "shorter with A than with placebo (1.5 weeks and 3.0 weeks, respectively), and the "
                              "duration of viral shedding (>10^4 copies) was shorter (0.5 weeks and 1.1 weeks, "
                              "respectively).")
    assert [(e.value, e.endpoint_text) for e in found if e.endpoint_text == "time to resolution of symptoms"] == [
        (1.5, "time to resolution of symptoms"), (3.0, "time to resolution of symptoms")]
    # (the same median for another group after "whereas in … it was" stays the median's)
    assert [e.value for e in extract_estimates(
        "RESULTS: In methylated tumours, median OS was 14.0 versus 8.1 months (HR 0.55; 95% CI 0.40-0.76), whereas in "
        "unmethylated tumours it was 7.2 versus 7.0 months (HR 0.90; 95% CI 0.68-1.19).") if e.measure == "median"] == [
        14.0, 8.1, 7.2, 7.0]


def test_round17_a_count_of_patients_is_no_median() -> None:
    found = extract_estimates("RESULTS: Median overall survival for the 512 (64%) of 800 patients assigned to A was "
                              "29.1 months (95% CI 24.8-35.0) compared with 21.3 months (18.0-24.9) for the 250 (63%) "
                              "of 400 patients assigned to placebo (adjusted HR 0.80, 0.66-0.97; p=0.02).")
    assert [(e.measure, e.value, e.endpoint_text) for e in found] == [
        ("median", 29.1, "overall survival"), ("median", 21.3, "overall survival"), ("HR", 0.8, "overall survival")]


def test_round17_corresponding_times_and_lettered_cohorts() -> None:
    found = extract_estimates("RESULTS: The median duration of overall survival in cohort A was 18.5 months with "
                              "zanib and 15.0 months with control therapy (hazard ratio for death, 0.70; 95% CI, 0.51 "
                              "to 0.96). In cohort B, the median duration of overall survival was 13.9 months with "
                              "zanib and 11.0 months with control therapy. In the overall population (cohorts A and "
                              "B), the corresponding durations were 16.8 months and 13.5 months.")
    assert [(e.measure, e.value, e.arm, e.population) for e in found] == [
        ("median", 18.5, "zanib", "subgroup: cohort A"), ("median", 15.0, "control therapy", "subgroup: cohort A"),
        ("HR", 0.7, None, "subgroup: cohort A"),
        ("median", 13.9, "zanib", "subgroup: cohort B"), ("median", 11.0, "control therapy", "subgroup: cohort B"),
        ("median", 16.8, "zanib", "overall"), ("median", 13.5, "control therapy", "overall")]


def test_round17_a_grid_of_measures_by_groups_respectively() -> None:
    found = extract_estimates("RESULTS: Median survival (MS) was the primary end point. Response rate, time to "
                              "progression, MS, and 1-year survival rates for AB and CD were 25%, 4.6 months, 7.0 "
                              "months, and 27%, and 15%, 4.0 months, 6.1 months, and 20%, respectively.")
    assert [(e.value, e.endpoint, e.arm, e.checks) for e in found] == [
        (4.6, "TTP", "AB", ("statistic_not_named",)), (7.0, "OS", "AB", ()),
        (4.0, "TTP", "CD", ("statistic_not_named",)), (6.1, "OS", "CD", ())]


def test_round17_a_sentences_group_covers_all_its_estimates_and_a_pair_is_one_groups() -> None:
    found = extract_estimates("RESULTS: Median OS was 12 months with A and 10 months with B (HR 0.80; 95% CI "
                              "0.66-0.97). In high-risk patients presenting with renal impairment, A improved PFS "
                              "from a median of 11 months to 27 months (HR, 0.48; 95% CI, 0.29 to 0.80; P = .004) and "
                              "OS from a median of 20 months to 49 months (HR, 0.35; 95% CI, 0.17 to 0.70; P < .001).")
    assert [e.population for e in found] == ["overall"] * 3 + ["subgroup: presenting with renal impairment"] * 6
    found = extract_estimates("RESULTS: A benefit was also observed in patients with deletion 17p (median PFS, 13 v 21 "
                              "months; HR, 0.50; 95% CI, 0.28 to 0.89; P = .02) and OS (median, 25 months v not "
                              "reached; HR, 0.40; 95% CI, 0.20 to 0.80; P = .01).")
    assert {e.population for e in found} == {"subgroup: deletion 17p"} and len(found) == 6
    # (not when each time names its own set: "16·0 months (…) in the whole population and 21.9 months (…) in the
    # non-visceral one")
    assert [e.population for e in extract_estimates(
        "RESULTS: Median duration of PFS with A was 16·0 months (95% CI 13·50-20·10) in the whole population and 21.9 "
        "months (95% CI 16·00-31·00) in the non-visceral one.")] == ["overall", "subgroup: non-visceral"]
    # the intention-to-treat population is the whole trial, not a part of it
    assert {e.population for e in extract_estimates(
        "RESULTS: Median disease-free survival was 21.0 months with A and 11.2 months with placebo in the "
        "intention-to-treat population (hazard ratio for recurrence or death, 0.72; 95% CI, 0.57 to 0.91).")} == {
        "overall"}
    # a group with an abbreviation in brackets opens the sentence
    assert {e.population for e in extract_estimates(
        "RESULTS: Median OS was 14.6 months with A and 12.1 months with B (HR 0.63). Among 160 patients with "
        "methylated O6-methylguanine-DNA methyltransferase (MGMT) status, the median overall survival was 21.7 months "
        "with A and 15.3 months with B (hazard ratio for death, 0.51; 95% CI, 0.36 to 0.72).")} == {
        "overall", "subgroup: methylated O6-methylguanine-DNA methyltransferase (MGMT) status"}


def test_round17_a_number_for_both_groups_is_one_row_per_named_group() -> None:
    found = extract_estimates("METHODS: We randomised 2,000 women having caesarean delivery to tranexamic acid or "
                              "placebo. RESULTS: Blood loss above 1000 mL occurred in 25% versus 31% (risk ratio 0.81; "
                              "95% CI 0.71 to 0.93). Median time from delivery to discharge was 3 days in both groups.")
    assert [(e.value, e.arm) for e in found if e.measure == "median"] == [(3.0, "tranexamic acid"), (3.0, "placebo")]
    # "in each group": how many groups, the phrase does not say
    assert [e.arm for e in extract_estimates(
        "METHODS: 400 patients were randomly assigned to A or B. RESULTS: Infections were fewer with A (relative risk "
        "0.50; 95% CI 0.30 to 0.85). The median duration of hospitalisation was 11 days in each group.")
        if e.measure == "median"] == ["each group"]


def test_round17_a_one_sided_interval_to_infinity_and_a_ratio_after_a_rates_interval() -> None:
    found = extract_estimates("RESULTS: Responses within 6 months were 11.0% with A and 30.2% with B (odds ratio, "
                              "3.10; 85% CI, 1.49 to infinity; P = .03).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level) for e in found] == [("OR", 3.1, 1.49, None, 85.0)]
    found = extract_estimates("FINDINGS: Disease-free survival at 5 years was 77% (74-80) with A and 78% (75-81) with "
                              "B (HR 1.05, 0.88-1.24; p=0.58); overall survival rates at 5 years were 90% (88-92) and "
                              "91% (89-93; 1.14, 0.90-1.45; p=0.27).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [
        ("HR", 1.05, 0.88, 1.24), ("HR", 1.14, 0.9, 1.45)]


def test_round17_an_analysis_label_is_no_subgroup_and_an_opener_stops_at_another_cohort() -> None:
    found = extract_estimates("RESULTS: A improved progression-free survival (hazard ratio, 0.70; 95% CI, 0.55 to "
                              "0.89; P = .004; median, 9.0 v 7.2 months, respectively), as well as overall survival "
                              "(current assessment after 300 events: hazard ratio, 0.77; 95% CI, 0.62 to 0.96; P = "
                              ".02; median, 20.1 v 17.0 months, respectively).")
    assert [(e.value, e.endpoint, e.population) for e in found] == [
        (0.7, "PFS", "overall"), (9.0, "PFS", "overall"), (7.2, "PFS", "overall"),
        (0.77, "OS", "overall"), (20.1, "OS", "overall"), (17.0, "OS", "overall")]
    found = extract_estimates("RESULTS: In the cohort of patients with KRAS-mutated cancer, the hazard ratio for "
                              "progression or death was 0.62 (95% CI, 0.48 to 0.81; P<0.001); in the cohort without "
                              "KRAS-mutated cancer, the hazard ratio was 0.88 (95% CI, 0.60 to 1.29).")
    assert [e.population for e in found] == ["subgroup: with KRAS-mutated cancer",
                                             "subgroup: without KRAS-mutated cancer"]


def test_round17_counts_and_aims_are_not_the_trials_arms() -> None:
    found = extract_estimates("METHODS: Patients were randomly assigned to chemotherapy and prophylactic enoxaparin or "
                              "chemotherapy alone to investigate the reduction in thrombosis. RESULTS: Thrombosis was "
                              "less frequent with enoxaparin (HR 0.42; 95% CI 0.20-0.86).")
    assert [e.groups for e in found] == [("chemotherapy and prophylactic enoxaparin", "chemotherapy alone")]
    found = extract_estimates("FINDINGS: We randomly assigned 210 patients to the ADT plus docetaxel group and 205 to "
                              "the ADT only group. Relapse-free survival was longer with docetaxel (HR 0.72; 95% CI "
                              "0.55-0.95).")
    assert all("205" not in " ".join(e.groups) for e in found)


def test_round17_times_of_two_subgroups_of_patients_are_no_arms() -> None:
    found = extract_estimates("RESULTS: Median survival was 6.9 months with A and 7.4 months with B (HR, 0.85). "
                              "Survival was 9.0 months for patients with locally advanced disease, and 5.1 months for "
                              "those with metastatic disease.")
    assert [(e.value, e.arm, e.population, e.checks) for e in found[3:]] == [
        (9.0, None, "subgroup: with locally advanced disease", ("statistic_not_named",)),
        (5.1, None, "subgroup: with metastatic disease", ("statistic_not_named",))]


def test_round17_an_unnamed_ratio_after_the_groups_times_and_a_comma() -> None:
    found = extract_estimates("RESULTS: A improved progression free survival compared with B in all patients (7.0 v "
                              "5.5 months, hazard ratio 0.57, 95% confidence interval 0.47 to 0.69, P<0.001) and in "
                              "patients with combined positive scores of ≥10 (8.1 v 6.2 months, 0.59, 0.46 to 0.76, "
                              "P<0.001).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.population) for e in found if e.measure == "HR"] == [
        ("HR", 0.57, 0.47, 0.69, "overall"), ("HR", 0.59, 0.46, 0.76, "subgroup: combined positive scores of ≥10")]


def test_round17_pairs_of_times_each_followed_by_the_set_they_are_for() -> None:
    found = extract_estimates("RESULTS: Median progression-free survival was 7.4 and 5.5 months (HR, 0.75, 0.62-0.91) "
                              "among patients with CPS of 1 or more and 7.3 and 5.5 months (HR, 0.83, 0.70-0.98) among "
                              "the intention-to-treat population.")
    assert [(e.value, e.arm, e.population) for e in found] == [
        (7.4, None, "subgroup: CPS of 1 or more"), (5.5, None, "subgroup: CPS of 1 or more"),
        (0.75, None, "subgroup: CPS of 1 or more"), (7.3, None, "overall"), (5.5, None, "overall"),
        (0.83, None, "overall")]
    # (each value with its own group: no pair's set)
    assert [e.population for e in extract_estimates(
        "BACKGROUND: Survival is poor, with a median survival of 11.0 months for patients with AA and 7.1 months for "
        "patients with GBM.")] == ["overall", "overall"]


def test_round17_a_treated_group_is_an_arm_not_a_subgroup() -> None:
    found = extract_estimates("RESULTS: The median duration of locoregional control was 23.9 months among patients "
                              "treated with cetuximab plus radiotherapy and 15.0 months among those given radiotherapy "
                              "alone (hazard ratio for locoregional progression or death, 0.70; P=0.005).")
    assert [(e.value, e.arm, e.population) for e in found] == [
        (23.9, "cetuximab plus radiotherapy", "overall"), (15.0, "radiotherapy alone", "overall"),
        (0.7, None, "overall")]
    found = extract_estimates("RESULTS: In the subgroup of 250 patients who were positive for the EGFR mutation, "
                              "progression-free survival was longer with A (hazard ratio for progression or death, "
                              "0.50; 95% CI, 0.37 to 0.66).")
    assert [e.population for e in found] == ["subgroup: 250 patients who were positive for the EGFR mutation"]


def test_round17_a_group_ends_at_a_bare_v_and_a_subgroups_end_point_drops_its_name() -> None:
    found = extract_estimates("RESULTS: There was no difference in RFS between the two arms (median, 29.0 months in "
                              "arm A v 19.1 months in arm B; hazard ratio [HR], 0.90; 95% CI, 0.63 to 1.28; P = .50).")
    assert [(e.value, e.arm, e.groups) for e in found] == [
        (29.0, "arm A", ()), (19.1, "arm B", ()), (0.9, None, ("arm A", "arm B"))]
    found = extract_estimates("RESULTS: Median PFS was 20.1 months with A and 12.8 months with B (HR 0.56). In a "
                              "descriptive update, median progression-free survival among patients receiving "
                              "first-line treatment was 33.0 months (95% CI, 27.0 to 41.0) in the A group and 19.0 "
                              "months (95% CI, 15.0 to 23.0) in the B group.")
    assert {(e.endpoint_text, e.population) for e in found[3:]} == {
        ("progression-free survival", "subgroup: patients receiving first-line treatment")}


def test_round17_a_treatments_effect_on_an_acronym_end_point_is_no_factor() -> None:
    found = extract_estimates("RESULTS: Neoadjuvant CHT was associated with improved overall BPFS (hazard ratio "
                              "[HR], 0.70; 95% CI, 0.49 to 0.99), improved MFS (HR, 0.71; 95% CI, 0.52 to 0.96), and "
                              "improved OS (HR, 0.62; 95% CI, 0.41 to 0.94) compared with RP alone.")
    assert [(e.endpoint_text, e.covariate) for e in found] == [("overall BPFS", None), ("MFS", None), ("OS", None)]


def test_round17_a_characteristics_ratio_does_not_take_the_trials_arms() -> None:
    found = extract_estimates("DESIGN: Randomized trial of a stepped care intervention versus usual care. RESULTS: "
                              "Patients with more severe depression had a higher risk for panic disorder (odds ratio "
                              "[OR], 5.5) and loneliness (OR, 2.4). Remission was more frequent with stepped care "
                              "(OR, 1.9; 95% CI, 1.2 to 3.0).")
    assert [e.groups for e in found] == [(), (), ("stepped care intervention", "usual care")]


def test_round17_a_clause_that_goes_on_with_to_keeps_its_times() -> None:
    found = extract_estimates("RESULTS: The intervals from administration of the drug to delivery (14.2 hours "
                              "[8.4-27.6] versus 20.0 hours [16.7-32.8], P =.01), and to rupture of membranes (10.1 "
                              "hours [4.9-24.7] versus 15.5 hours [8.2-29.2], P =.003) were significantly shorter in "
                              "the A group. Results are presented as median and interquartile range.")
    assert [e.value for e in found] == [14.2, 20.0, 10.1, 15.5]


def test_round17_a_characteristic_compared_with_the_other_patients_is_not_spread() -> None:
    found = extract_estimates("RESULTS: Median PFS was 10.1 months with A and 12.4 months with B (HR 0.90). Patients "
                              "with high baseline plasma miR-21 had worse PFS (3.4 vs. 12.5 months; p=0.03) and OS "
                              "(5.0 vs 15.1 months; p=0.5) compared to patients with low miR-21.")
    assert "subgroup: high baseline plasma miR-21" not in [e.population for e in found if e.value in (5.0, 15.1)]


# Round 18: the same numbers whatever the print form (found by rewriting read texts: "95% CI" spelt out, a
# semicolon before the CI, square brackets for round ones), a fresh development set A (breast-cancer abstracts)


_ROUND18_SENTENCES = (
    "RESULTS: HRs for OS with drug A versus placebo in prespecified subgroups were: prior chemotherapy [no "
    "(first-line): 0.55, 95% CI 0.31-0.97; yes (later lines): 1.08, 0.77-1.52]; receptor status (triple "
    "negative: 0.91, 0.60-1.38; hormone receptor positive: 0.84, 0.52-1.35).",
    "RESULTS: The treated group lived longer (median 17.40 months, 95% CI 11.50-23.30 months) than the control "
    "group (2.90 months, 95% CI 0.70-5.10 months) (p<0.001).",
    "RESULTS: PFS was prolonged from a median of 5.8 months (95% CI, 2.6 to 7.1 months) to 9.4 months (95% CI, 8.5 "
    "to 10.9 months; P < .001).",
    "RESULTS: Overall survival did not differ (18.6 months (95% CI 16.9-22.4) vs 23.8 months (18.1-31.9), "
    "respectively; adjusted HR 1.10, 0.86-1.41; p=0.41).",
    "RESULTS: Median OS was 14.9 (95% CI: 13.1 - 16.8) and 21.7 (95% CI: 9.9 - 40.2; p > 0.05) months in the two "
    "arms respectively, and the risk of death was lower (OR 0.62, 95% CI 0.41-0.94).",
    "RESULTS: The PFS was 11.2 months in the A arm and 9.1 months in the B arm (HR 1.28 (95% CI: 0.52, 3.61); "
    "P = .55).",
)
_ROUND18_REWRITES = {
    "CI spelt out": lambda t: re.sub(r"95% CI\b", "95% confidence interval", t),
    "semicolon before the CI": lambda t: re.sub(r",\s(?=95%)", "; ", t),
    "square brackets": lambda t: t.translate(str.maketrans("()", "[]")),
    "level after CI": lambda t: re.sub(r"95% CI(?=[\s,:])", "CI 95%", t),
    "months as mo": lambda t: re.sub(r"\bmonths\b", "mo", t),
}


@pytest.mark.parametrize(("text", "rewrite"), [(t, r) for r in sorted(_ROUND18_REWRITES) for t in _ROUND18_SENTENCES
                                                if _ROUND18_REWRITES[r](t) != t])
def test_round18_a_print_form_changes_no_number(text: str, rewrite: str) -> None:
    new = _ROUND18_REWRITES[rewrite](text)
    assert sorted(_values(new), key=str) == sorted(_values(text), key=str)
    assert len(_values(text)) >= 2


def test_round18_the_rewritten_sentences_give_their_numbers() -> None:
    assert len(_values(_ROUND18_SENTENCES[0])) == 4
    assert _values(_ROUND18_SENTENCES[1]) == [("median", 17.4, 11.5, 23.3), ("median", 2.9, 0.7, 5.1)]
    assert _values(_ROUND18_SENTENCES[2]) == [("median", 5.8, 2.6, 7.1), ("median", 9.4, 8.5, 10.9)]
    assert _values(_ROUND18_SENTENCES[3]) == [("median", 18.6, 16.9, 22.4), ("median", 23.8, 18.1, 31.9),
                                             ("HR", 1.1, 0.86, 1.41)]


def test_round18_survival_rates_printed_as_times_and_indices_without_their_zero() -> None:
    assert [(e.value, e.unit, e.arm) for e in extract_estimates(
        "RESULTS: The median overall survival rates were 18.9 mo in arm A and 16.2 mo in arm B.")] == [
        (18.9, "months", "arm A"), (16.2, "months", "arm B")]
    assert extract_estimates("RESULTS: The colonisation index differed between the groups at day 6 (median .12 and "
                             ".35, respectively; P = .002).") == []


def test_round18_ratios_named_with_their_groups_in_one_bracket_are_no_medians() -> None:
    found = extract_estimates("RESULTS: The median overall survival was 35.2 months in the B group, as compared "
                              "with 18.7 months in the C group (HR for death with A plus B vs. C, 0.55; HR for death "
                              "with B vs. C, 0.66).")
    assert [(e.measure, e.value) for e in found] == [("median", 35.2), ("median", 18.7), ("HR", 0.55), ("HR", 0.66)]
    assert [e.groups for e in found if e.measure == "HR"] == [("A plus B", "C"), ("B", "C")]


def test_round18_a_list_of_times_for_several_groups_respectively() -> None:
    found = extract_estimates("METHODS: Median overall survival was compared across four age groups (<50 years, "
                              "50-59 years, 60-69 years, ≥ 70 years). RESULTS: Age had no effect on OS (10.9 months, "
                              "12.1 months, 11.4 months, and 12.8 months, respectively; p = .71).")
    assert [(e.value, e.unit, e.endpoint) for e in found] == [
        (10.9, "months", "OS"), (12.1, "months", "OS"), (11.4, "months", "OS"), (12.8, "months", "OS")]


def test_round18_a_ratio_list_whose_values_drop_the_leading_zero() -> None:
    assert [e.value for e in extract_estimates(
        "RESULTS: HRs by subgroup were: receptor status (triple negative: .91, .60-1.38; hormone receptor "
        "positive: .84, .52-1.35).")] == [0.91, 0.84]


def test_round18_cohorts_named_by_number_with_their_size_are_subgroups_and_the_comparison_follows_its_groups() -> None:
    found = extract_estimates(
        "RESULTS: Median PFS was 9.8 months (95% CI 5.5-12.1) for the A group and 19.9 months (13.2-26.8) for the B "
        "plus A group (HR 0.49, 95% CI 0.32-0.75). In cohort 1 (n=70), median PFS was 5.9 months (2.4-10.1) for the A "
        "group and 25.8 months (11.0-not estimable) for the B plus A group (HR 0.31, 0.16-0.58); in cohort 2 "
        "(n=95), median PFS was 11.4 months (7.0-16.0) for the A group and 17.7 months (13.0-27.1) for the B plus A "
        "group (HR 0.52, 0.31-0.86).")
    assert [e.population for e in found] == ["overall"] * 3 + ["subgroup: cohort 1"] * 3 + ["subgroup: cohort 2"] * 3
    hrs = [e for e in found if e.measure == "HR"]
    assert [(e.groups, e.direction_source) for e in hrs] == [(("B plus A", "A"), "inferred_from_arms")] * 3
    assert [e.comparison for e in hrs] == ["B plus A vs A"] * 3


def _rewrites_bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("estimate_rewrites", ROOT / "bench" / "estimate_rewrites.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_round18_no_print_form_rewrite_changes_a_number_on_the_corpus_abstracts(corpus: Path) -> None:
    """Every rewrite of ``bench/estimate_rewrites.py`` on every PubMed abstract of the corpus outside the held-out
    splits (1,362 abstracts): the same ratios and medians as the abstract as printed."""
    bench = _rewrites_bench()
    hidden = bench.held_out()
    texts = {k: t for k, t in bench.abstracts(corpus).items() if k not in hidden}
    assert len(texts) > 1000
    base = {k: bench.numbers(t) for k, t in texts.items()}
    assert sum(map(len, base.values())) > 250
    differ = []
    for name, rewrite in sorted(bench.REWRITES.items()):
        for k, text in texts.items():
            new = rewrite(text)
            if new != text and bench.numbers(new) != base[k]:
                differ.append((name, k))
    assert differ == []


def test_round18_a_treatment_that_resulted_in_a_longer_time_is_the_group_not_the_outcome() -> None:
    found = extract_estimates("RESULTS: Drug X plus drug Y resulted in longer PFS compared with drug Y alone (median, "
                              "3.9 v 1.6 months; hazard ratio [HR], 0.64; 95% CI, 0.45 to 0.92; P = .02).")
    assert [e.arm for e in found if e.measure == "median"] == ["Drug X plus drug Y", "drug Y alone"]
    hr = next(e for e in found if e.measure == "HR")
    assert (hr.groups, hr.direction_source) == (("Drug X plus drug Y", "drug Y alone"), "inferred_from_arms")


def test_round18_a_subgroup_named_with_an_indefinite_article_is_no_arm() -> None:
    found = extract_estimates("RESULTS: In an anticipated low-risk group, the cumulative incidence of a first breast "
                              "cancer was 22.1% in the XRT group and 34.0% in the non-XRT group (HR, 0.63; 95% CI, "
                              "0.36 to 1.09).")
    assert [(e.groups, e.population) for e in found] == [(("XRT", "non-XRT"), "subgroup: anticipated low-risk")]


def test_round18_groups_against_the_reference_the_measure_names() -> None:
    found = extract_estimates("RESULTS: The multivariable-adjusted hazard ratios vs the control group were 0.35 (95% "
                              "CI, 0.14-0.83) for the diet A group and 0.61 (95% CI, 0.27-1.38) for the diet B group.")
    assert [(e.groups, e.direction_source, e.covariate) for e in found] == [
        (("diet A", "control"), "text", None), (("diet B", "control"), "text", None)]
    # the measure's own words before "versus" name no group
    assert extract_estimates("RESULTS: The adjusted hazard ratio versus placebo was 0.41 (95% CI, 0.20-0.83).")[
        0].groups == ()


def test_round18_a_groups_name_is_cut_from_the_words_around_it() -> None:
    assert [e.groups for e in extract_estimates(
        "RESULTS: There was no difference between drug A + ICS vs drug B + ICS in time to first exacerbation (rate "
        "ratio, 0.91 [95% CI, 0.74 to 1.12], log-rank P = .33).")] == [("drug A + ICS", "drug B + ICS")]
    assert [e.groups for e in extract_estimates(
        "RESULTS: The hazard ratio of S vs. SP group for PFS is 1.69 with 95% CI of 1.10 to 2.60.")] == [("S", "SP")]
    # a clause is no group: unknown rather than "also showed its superiority"
    found = extract_estimates("RESULTS: The study showed noninferiority of drug A and also showed its superiority, as "
                              "compared with drug B, with respect to progression-free survival (hazard ratio for "
                              "progression or death, 0.76; 95% CI, 0.66 to 0.87; P<0.001).")
    assert [(e.value, e.groups) for e in found] == [(0.76, ())]


def test_round18_a_ci_printed_without_its_level() -> None:
    assert _values("RESULTS: Two factors improved recognition: comorbidity (OR [CI]: 2.38 [1.41-4.02], p < 0.001) "
                   "and unemployment (OR (CI): 2.87 (1.20-6.86), p = 0.02).") == [
        ("OR", 2.38, 1.41, 4.02), ("OR", 2.87, 1.2, 6.86)]
    assert _values("RESULTS: The RRs of A versus B remained the same (macrosomia: 0.68, CI: 0.46-0.97; hypertension: "
                   "1.74, CI: 0.96-3.16).") == [("RR", 0.68, 0.46, 0.97), ("RR", 1.74, 0.96, 3.16)]


def test_round18_a_p_value_after_a_semicolon_in_a_medians_bracket_and_the_other_side_of_than() -> None:
    found = extract_estimates("RESULTS: Illness was shorter by 28 h (24% reduction, median duration 88.1 h [95% CI "
                              "72.9-105.0]; p=0.02) with drug 75 mg and by 34 h (29%, 82.3 h [67.9-101.2]; p=0.01) "
                              "with drug 150 mg than with placebo (116.9 h [100.8-138.1]).")
    assert [(e.value, e.ci_low, e.arm) for e in found] == [(88.1, 72.9, "drug 75 mg"), (82.3, 67.9, "drug 150 mg"),
                                                           (116.9, 100.8, None)]


def test_round18_groups_in_the_measures_bracket_whatever_the_word_for_versus() -> None:
    for word in ("vs.", "vs", "versus", "v"):
        found = extract_estimates(f"RESULTS: In the per-protocol population, infection developed in 12 participants in "
                                  f"each group (hazard ratio [vaccine {word} placebo], 1.48; 95% CI, 0.63 to 3.47).")
        assert [(e.groups, e.direction_source) for e in found] == [(("vaccine", "placebo"), "text")], word


def test_round18_a_ratio_after_the_groups_who_died_is_for_death() -> None:
    found = extract_estimates("RESULTS: IDFS was longer with A (HR 0.68; 95% CI 0.59 to 0.78). In total, 205 patients "
                              "(7.3%) in the A arm and 231 patients (8.2%) in the B arm died (HR 0.88; 95% CI 0.73 to "
                              "1.06).")
    assert [(e.value, e.endpoint, e.endpoint_text) for e in found] == [(0.68, "IDFS", "IDFS"), (0.88, "OS", "death")]


# Round 19: full-text Results sections (set FR, evidence-inference articles); every sentence below is written for
# the test, in the print forms those sections use.


def test_round19_a_time_to_an_outcome_named_by_the_documents_own_abbreviation() -> None:
    text = ("RESULTS: Time to loss of pinprick sensation (TLPS) was recorded for both groups. In the ropivacaine "
            "group, the median TLPS was 4 minutes. In the bupivacaine group, the median TLPS was 7 minutes.")
    assert [(e.value, e.unit) for e in extract_estimates(text)] == [(4.0, "minutes"), (7.0, "minutes")]
    # an abbreviation the document defines for something else is no outcome time
    assert extract_estimates("METHODS: The body mass index (BMI) was measured. RESULTS: The median BMI was "
                             "4 minutes after induction.") == []


def test_round19_a_range_written_out_after_a_median_gives_no_second_median() -> None:
    found = extract_estimates("RESULTS: In the ropivacaine group, the median onset time was 3 minutes, ranging "
                              "from 2 to 8 minutes.")
    assert [(e.value, e.unit) for e in found] == [(3.0, "minutes")]


def test_round19_a_median_called_its_value() -> None:
    found = extract_estimates("RESULTS: In the ropivacaine group the onset time had a median value of 6 minutes "
                              "(range, 2-11 minutes).")
    assert [(e.value, e.unit) for e in found] == [(6.0, "minutes")]
    assert found[0].endpoint_text != "value"


def test_round19_days_of_treatment_use_are_no_outcome() -> None:
    assert extract_estimates("RESULTS: Adherence was high, with similar median days of use in both groups "
                             "(44.0 days [IQR 30.0-61.0] in the active group versus 46.0 days [IQR 29.0-63.0] in "
                             "the placebo group).") == []


def test_round19_an_unnamed_ratio_whose_bracket_ends_on_a_table_reference() -> None:
    text = ("RESULTS: Stroke or death within 30 days was similar in the two groups (HR 1·21, 95% CI 0·84–1·75; "
            "table 3).\nDeath from any cause was more frequent after surgery, but the overall risk was not "
            "significantly different (1·12, 0·86–1·46; table 3).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        ("HR", 1.21, 0.84, 1.75), ("HR", 1.12, 0.86, 1.46)]
    # a new section forgets the measure: the bracket then names no ratio
    assert [e.value for e in extract_estimates(text.replace("\nDeath", "\nCONCLUSIONS: Death"))] == [1.21]


def test_round19_an_exponentiated_coefficient_listed_after_an_odds_ratio_is_no_odds_ratio() -> None:
    found = extract_estimates("RESULTS: Scores did not differ between arms (OR = 1.14, 95% CI 0.88–1.47 for the "
                              "logistic part and expβ = 1.03, 95% CI 0.97–1.09 for the linear part).")
    assert [(e.measure, e.value) for e in found] == [("OR", 1.14)]


def test_round19_a_subgroup_that_opens_the_clause_with_prior_treatment_keeps_its_medians() -> None:
    text = ("RESULTS: For patients who received prior chemotherapy, the median PFS was 10.2 months (95% CI, 8.1-12.9) "
            "with drug A versus 3.9 months (3.1-5.2) with placebo (HR, 0.36; 95% CI, 0.26-0.50). For patients who "
            "were chemonaive, the median PFS was 12.1 months (95% CI, 9.0-16.2) with drug A versus 5.1 months (95% "
            "CI, 3.3-5.9) with placebo (HR, 0.44; 95% CI, 0.31-0.62).")
    found = extract_estimates(text)
    assert [(e.measure, e.value) for e in found] == [("median", 10.2), ("median", 3.9), ("HR", 0.36),
                                                     ("median", 12.1), ("median", 5.1), ("HR", 0.44)]
    assert [e.population_detail for e in found] == ["who received prior chemotherapy"] * 3 + ["chemonaive"] * 3
    # who assessed the end point is no time to an assessment
    assert [e.value for e in extract_estimates(
        "RESULTS: In the prior chemotherapy group, median PFS according to central assessment was 10.9 months (95% "
        "CI, 8.0-17.1) for drug A versus 5.2 months (95% CI, 3.0-6.1) for placebo.")] == [10.9, 5.2]


def test_round19_a_flattened_table_gives_no_ratios_but_a_sentence_citing_it_does() -> None:
    # (since round 28 a table of one ratio gives its cells, each with its CI and with what the flattened print loses —
    # row, column, so end point and groups — unknown; round 19 gave nothing)
    table = ("RESULTS: Table 2 Relative risk (RR) assessments with unit A as the reference Variable A vs B RR (95% CI) "
             "A vs C RR (95% CI) Operative delivery 0.92 (0.68-1.24) 0.88 (0.63-1.22) Epidural 0.66 (0.50-0.88) "
             "0.63 (0.46-0.85)")
    found = extract_estimates(table)
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level) for e in found] == [
        ("RR", 0.92, 0.68, 1.24, 95.0), ("RR", 0.88, 0.63, 1.22, 95.0), ("RR", 0.66, 0.50, 0.88, 95.0),
        ("RR", 0.63, 0.46, 0.85, 95.0)]
    assert all(e.endpoint == "unknown" and e.groups == () and e.checks == ("flattened_table",) for e in found)
    cited = "RESULTS: Table 2 shows a lower risk of epidural use in unit A (RR 0.66, 95% CI 0.50-0.88)."
    assert [e.value for e in extract_estimates(cited)] == [0.66]


def test_round19_a_ratio_printed_again_in_a_figure_legend_is_one_estimate() -> None:
    text = ("RESULTS: Low-dose aspirin did not increase the incidence of proteinuria (HR, 1.21; 95% CI, 0.98 to "
            "1.49; log-rank P = 0.07; Fig 2). Fig 2 Incidence of proteinuria by group. The analysis showed that "
            "low-dose aspirin did not increase the incidence of proteinuria (HR, 1.21; 95% CI, 0.98 to 1.49; log-rank "
            "P = 0.07).")
    assert [(e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [(1.21, 0.98, 1.49)]


def test_round19_an_effect_against_an_outcome_and_events_in_a_composite_are_no_factors() -> None:
    (e,) = extract_estimates("RESULTS: Logistic regression showed that drug A has a significant protective effect "
                             "against airway injury (odds ratio [OR] = 0.68, confidence interval [CI] = 0.55-0.84).")
    assert e.endpoint_text == "airway injury"
    (e,) = extract_estimates("RESULTS: Overall, 150 patients in group A and 171 in group B had treatment failure, "
                             "were lost to follow-up, or withdrew from the trial (adjusted rate ratio [RR] 0.86, 95% "
                             "CI 0.69-1.07).")
    assert e.covariate is None


def test_round19_groups_that_each_belong_to_their_own_ratio_are_no_pair() -> None:
    found = extract_estimates("RESULTS: In unit A the rate was 28.0%, significantly lower than 35.1% in unit B (RR "
                              "0.80, 95% CI 0.66-0.97) and 39.9% in unit C (RR 0.70, 95% CI 0.57-0.86).")
    assert [e.value for e in found] == [0.8, 0.7]
    assert all(e.groups != ("unit B", "unit C") and e.groups != ("B", "C") for e in found)
    # an outcome or bare people are no compared group
    (e,) = extract_estimates("RESULTS: In the subgroup aged under 50 years, drug A was associated with lower "
                             "mortality compared with the control group: 31.0% versus 43.2% (HR, 0.61; P = 0.16).")
    assert "lower mortality" not in e.groups


def test_round19_a_bound_in_words_and_baseline_medians_are_no_estimates() -> None:
    assert extract_estimates("RESULTS: The risk of infection was more than 9 times higher (95% CI 5-16) for exposed "
                             "than for unexposed household members.") == []
    assert extract_estimates("RESULTS: Subgroups defined by baseline age and severity score above or below the "
                             "baseline medians (51.2 years and 24, respectively) showed similar trends.") == []
    (e,) = extract_estimates("RESULTS: The proportions were 15.1% and 13.0% (Odds Ratio, OR = 1.2; 95% Confidence "
                             "Interval, CI: 0.8 to 1.7).")
    assert (e.value, e.ci_low, e.ci_high) == (1.2, 0.8, 1.7)


def test_round19_medians_named_with_their_groups_by_equals_signs_in_one_bracket() -> None:
    found = extract_estimates("RESULTS: The median times to rescue medication (low-dose study: drug A = 240 min, "
                              "drug B > 360 min, placebo = 118 min and high-dose study: drug A = 262 min, drug B = "
                              "315 min, placebo = 101 min) were longer with both active drugs (p < 0.001).")
    assert [(e.value, e.value_text, e.unit, e.arm, e.population_detail) for e in found] == [
        (240.0, None, "minutes", "drug A", "low-dose study"), (None, "> 360", "minutes", "drug B", "low-dose study"),
        (118.0, None, "minutes", "placebo", "low-dose study"), (262.0, None, "minutes", "drug A", "high-dose study"),
        (315.0, None, "minutes", "drug B", "high-dose study"), (101.0, None, "minutes", "placebo", "high-dose study")]
    assert {e.endpoint_text for e in found} == {"times to rescue medication"}


def test_round19_a_table_flattened_into_lines_gives_no_medians_but_the_prose_around_it_does() -> None:
    text = ("Results\nThe median length of time before drains were removed was 18.5 days.\n"
            "Table 1 Summary of responses from 20 patients Variable No.\n"
            "Median age, years (range) 58.1 (40-82) Median time to drain removal, days (range) 18.5 (6-33) Time of "
            "daily drain care, minutes (range) 55 (10-110) Amount willing to pay, dollars (range) 150 (0-500) No. "
            "patients willing to pay for a reduction in drain time of 4 days.\n"
            "The fibrin sealant group required drains for a median of 29 days, compared to 24 days in the control "
            "group (P = 0.5).")
    assert [(e.value, e.unit) for e in extract_estimates(text)] == [(18.5, "days"), (29.0, "days"), (24.0, "days")]
    # a sentence of prose right after the table's last cell, three spaces on
    glued = ("Table 3 Outcomes Variable Group A Group B P Wound infection 7 44 7 50 0.73 Drain issues 1 6 3 21 0.32   "
             "Postoperatively, the A group required drains for a median of 30 days, compared to 25 days in the B "
             "group (P = 0.6).")
    assert [e.value for e in extract_estimates(glued)] == [30.0, 25.0]
    # a table's caption glued to the sentence before it starts a new sentence
    cap = ("RESULTS: Remission was not more frequent with A (OR = 2.41, p = 0.14).Table 3Outcomes (intention-to-treat)"
           "\nRemission n (%) 10 (30.3) 8 (22.9)\nOR = 2.41 (0.74; 7.9)")
    # (since round 28 the table's row that repeats the prose's ratio gives it its CI; it is one estimate)
    (e,) = extract_estimates(cap)
    assert (e.value, e.ci_low, e.ci_high, e.p_value) == (2.41, 0.74, 7.9, 0.14)
    assert e.note == "CI from a table flattened into text" and cap[e.start:e.end].startswith("OR = 2.41, p")


def test_round19_an_event_that_developed_a_median_of_days_after_treatment() -> None:
    (e,) = extract_estimates("RESULTS: The reaction developed a median of 29 days [IQR: 22, 64 days] after "
                             "initiation of therapy.")
    assert (e.value, e.unit) == (29.0, "days")


def test_round19_a_subscript_flattened_onto_the_ratio_name() -> None:
    found = extract_estimates("A high score raised the risk in both premenopausal women (OR4thvs.1stquartile (95% "
                              "CI):1.59 (1.05;2.41); OR1SD-increase (95% CI):1.17 (1.03;1.33)) and postmenopausal "
                              "women (OR4thvs.1stquartile(95% CI):1.42(1.04;1.94); OR1SD-increase(95% CI): 1.12 "
                              "(1.01;1.24)).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [
        ("OR", 1.59, 1.05, 2.41), ("OR", 1.17, 1.03, 1.33), ("OR", 1.42, 1.04, 1.94), ("OR", 1.12, 1.01, 1.24)]
    assert [e.covariate for e in found] == ["4thvs.1stquartile", "1SD-increase"] * 2  # a contrast, not an end point
    assert [e.population_detail for e in found] == ["premenopausal women"] * 2 + ["postmenopausal women"] * 2
    (e,) = extract_estimates("RESULTS: Only the composite of any event rose (HRtop vs bottom tertile 1.31 [95% CI "
                             "0.97, 1.78]).")
    assert (e.measure, e.value, e.ci_low, e.ci_high) == ("HR", 1.31, 0.97, 1.78)
    # words that only start with the letters are no ratio
    assert extract_estimates("RESULTS: HRpeak was 150 beats/min (range 120-180) and the ORal route was used in 12 "
                             "patients (45%).") == []


def test_round19_a_difference_of_the_sentences_own_outcome_is_for_that_outcome() -> None:
    text = ("RESULTS: Disabling stroke was similar in the two groups (HR 1·12, 95% CI 0·80–1·57).\nThe combined "
            "outcome of stroke or TIA was more common after stenting than after surgery, but the difference was not "
            "significant (HR 1·31, 95% CI 0·92–1·86).\nDeath from any cause was more frequent after surgery, and the "
            "overall risk was not significantly different (1·05, 0·80–1·38; table 4).\nThe hazard ratio between the "
            "two treatments was not significantly different (HR 1·29, 0·90–1·85; table 4).")
    found = extract_estimates(text)
    assert [e.value for e in found] == [1.12, 1.31, 1.05, 1.29]
    assert [e.endpoint_text for e in found[2:]] == ["Death from any cause", None]
    assert (found[1].endpoint_text or "").endswith("stroke or TIA") and found[2].endpoint == "OS"


def test_round19_a_bracket_of_results_between_two_groups_is_no_randomisation() -> None:
    text = ("RESULTS: In unit A, 14.9% had an epidural, lower than 22.8% in unit B (RR 1.53, 95% CI 1.14–2.05) and "
            "24.1% in unit C (RR 1.62, 95% CI 1.19–2.20). The women randomised to unit A had acupuncture in 54.0% of "
            "cases, more often than those randomised to unit B (36.8%; RR 1.47, 95% CI 1.26–1.71) and unit C (37.0%; "
            "RR 1.46, 95% CI 1.23–1.74).")
    found = extract_estimates(text)
    assert [e.value for e in found] == [1.53, 1.62, 1.47, 1.46]
    assert all(set(e.groups) != {"unit B", "unit C"} for e in found)  # (it had given every ratio "unit B vs unit C")
    # an arm described in its own bracket still names it
    arms = extract_estimates("METHODS: We randomly assigned 6000 patients to intensive control (target HbA1c below "
                             "6.5%) or standard control. RESULTS: Major events were fewer (HR 0.90, 95% CI 0.82-0.98).")
    assert arms[0].groups == ("intensive control", "standard control")


def test_round20_a_group_or_a_time_point_before_a_ratio_is_no_end_point() -> None:
    found = extract_estimates("RESULTS: Falls of 40% or more were less frequent with drug Q (HRs 0.61 and 0.72, "
                              "respectively; P < 0.001).")
    assert [e.value for e in found] == [0.61, 0.72]
    assert all(e.endpoint_text != "with drug Q" and e.endpoint == "unknown" for e in found)
    found = extract_estimates("RESULTS: Drug Q lowered parasite carriage on Day 3 (OR = 0.2 95% CI 0.05-0.7), "
                              "Day 9 (OR = 0.1 95% CI 0.02-0.6).")
    assert [e.value for e in found] == [0.2, 0.1]
    assert found[1].endpoint_text != "Day 9"
    found = extract_estimates("RESULTS: In PLCO we saw a non-significant decrease in the intervention arm "
                              "(HR = 0.81; 95% CI: 0.62-1.05).")
    assert found[0].endpoint_text != "intervention arm"
    # an outcome that ends on a group word's neighbour is kept ("survival in groups" is no group)
    found = extract_estimates("RESULTS: Overall survival was longer with drug Q (HR 0.70; 95% CI 0.55-0.89).")
    assert found[0].endpoint == "OS"


def test_round20_graded_and_named_harms_are_safety_end_points() -> None:
    found = extract_estimates("RESULTS: Grade 2 or higher HFS was more frequent with drug Q (OR 1.40; 95% CI "
                              "1.10-1.80). Febrile neutropenia occurred in 12% vs 5% (RR 2.40; 95% CI 1.30-4.40). "
                              "Grade ≥3 CRS was rare (OR 0.50; 95% CI 0.20-1.10).")
    assert [e.endpoint for e in found] == ["safety", "safety", "safety"]
    # a tumour's grade is no harm
    found = extract_estimates("RESULTS: Tumour grade 3 predicted relapse (HR 1.90; 95% CI 1.20-3.00).")
    assert found[0].endpoint != "safety"


def test_round20_what_was_said_of_an_outcome_is_not_its_name() -> None:
    found = extract_estimates("RESULTS: Hyperkalaemia requiring dialysis was more frequent (odds ratio 1.90, 95% "
                              "CI 1.20-3.10). Uterine tachysystole was less common (RR 0.50; 95% CI 0.30-0.80). "
                              "Cardiac events were less frequent with shorter duration (RR 0.60; 95% CI 0.45-0.80).")
    assert [e.endpoint_text for e in found] == ["Hyperkalaemia requiring dialysis", "Uterine tachysystole",
                                               "Cardiac events"]


def test_round20_a_factor_associated_with_a_survival_is_the_covariate_not_the_end_point() -> None:
    found = extract_estimates("RESULTS: Liver metastases were associated with shorter survival (HR 1.70; 95% CI "
                              "1.20-2.40; P = 0.002), as was a performance status of 2 (HR 2.10; 95% CI 1.40-3.20).")
    assert [(e.covariate, e.endpoint_text, e.endpoint) for e in found] == [
        ("Liver metastases", "survival", "OS"), ("performance status of 2", "survival", "OS")]
    found = extract_estimates("RESULTS: Admission after midnight was associated with higher 30-day mortality "
                              "(adjusted OR 1.20; 95% CI 1.10-1.30).")
    assert (found[0].covariate, found[0].endpoint_text) == ("Admission after midnight", "30-day mortality")
    # a subject associated with a list of factors stays the end point
    found = extract_estimates("RESULTS: Poor adherence was independently associated with rural residence (OR = "
                              "1.50, 95% CI 1.10-2.10) and older age (OR = 2.10, 95% CI 1.20-3.40).")
    assert {(e.covariate, e.endpoint_text) for e in found} == {("rural residence", "Poor adherence"),
                                                               ("older age", "Poor adherence")}


def test_round20_factors_listed_before_what_they_predicted() -> None:
    found = extract_estimates("RESULTS: In multivariate analysis, raised CRP (relative risk, 2.3), bone "
                              "involvement (relative risk, 1.8) and anaemia (relative risk, 1.6) predicted shorter "
                              "survival.")
    assert [(e.covariate, e.endpoint_text) for e in found] == [
        ("raised CRP", "survival"), ("bone involvement", "survival"), ("anaemia", "survival")]
    found = extract_estimates("RESULTS: Lactate above 4 mmol/l (OR 2.10; 95% CI 1.60-2.70) and low platelets (OR "
                              "1.90; 95% CI 1.40-2.60) were independently associated with 28-day death.")
    assert [(e.covariate, e.endpoint_text) for e in found] == [("Lactate above 4 mmol/l", "28-day death"),
                                                               ("low platelets", "28-day death")]


def test_round20_the_primary_outcome_defined_in_its_own_bracket() -> None:
    found = extract_estimates("Findings The primary outcome (stroke, myocardial infarction or vascular death) "
                              "occurred in 8.1% and 10.2% (relative risk 0.79, 95% CI 0.70-0.90; p<0.001).")
    assert found[0].endpoint_text == "primary outcome (stroke, myocardial infarction or vascular death)"
    assert found[0].endpoint == "composite"


def test_round20_a_clause_opened_by_a_part_of_the_trial_gives_subgroup_estimates() -> None:
    found = extract_estimates("Drug Q in lung cancer.\nMETHODS: Patients with advanced lung cancer were randomly "
                              "assigned to drug Q or placebo.\nRESULTS: Among the patients with a tumour mutational "
                              "burden of 10 or more, the median overall survival was 19.2 months with drug Q and 13.4 "
                              "months with placebo.")
    assert [(e.value, e.population_kind) for e in found] == [(19.2, "subgroup"), (13.4, "subgroup")]
    assert found[0].population_detail == "tumour mutational burden of 10 or more"
    found = extract_estimates("RESULTS: For KRAS-mutant patients, median PFS was 5.1 months; for KRAS wild-type "
                              "patients, median PFS was 9.8 months.")
    assert [(e.value, e.population_detail) for e in found] == [(5.1, "KRAS-mutant patients"),
                                                               (9.8, "KRAS wild-type patients")]
    found = extract_estimates("RESULTS: In the prespecified subgroup of patients with liver metastases, the hazard "
                              "ratio was 0.61 (95% CI, 0.44 to 0.85).")
    assert (found[0].population_kind, found[0].population_detail) == ("subgroup", "liver metastases")
    # everyone, or an arm, opens no subgroup
    found = extract_estimates("RESULTS: For all patients, median OS was 12.1 months with A and 10.2 months with B.")
    assert {e.population_kind for e in found} == {"overall"}


def test_round20_medians_in_a_per_protocol_clause_are_per_protocol() -> None:
    found = extract_estimates("RESULTS: In the per-protocol population (arm A, n=410; arm B, n=398), median "
                              "survival was 17.2 months in arm A and 16.1 months in arm B (HR 1.05, 0.91-1.21).")
    assert [e.population_kind for e in found] == ["per_protocol"] * 3


def test_round20_a_ratio_for_each_sex_is_a_subgroup_estimate() -> None:
    found = extract_estimates("RESULTS: The adjusted risk ratio for stroke in subjects with low sodium compared with "
                              "the others was 1.40 (95% CI 1.05-1.87) for men and 1.90 (95% CI 1.12-3.22) for women.")
    assert [(e.population, e.covariate) for e in found] == [("subgroup: men", None), ("subgroup: women", None)]
    # a sex as one of several factors stays a factor
    found = extract_estimates("RESULTS: Risk of fracture was higher in women (OR 1.6; 95% CI 1.2-2.1) and in "
                              "smokers (OR 1.4; 95% CI 1.1-1.8).")
    assert [e.covariate for e in found] == ["women", "smokers"]


def test_round20_medians_for_the_levels_of_a_factor_are_no_overall_medians() -> None:
    found = extract_estimates("RESULTS: Age had no significant impact on OS (10.9 months, 11.6 months and 12.0 "
                              "months, respectively; p = .71).")
    assert [(e.value, e.population) for e in found] == [(10.9, "subgroup: by age"), (11.6, "subgroup: by age"),
                                                       (12.0, "subgroup: by age")]


def test_round20_no_orientation_from_medians_of_a_time_to_a_good_event() -> None:
    # a shorter duration of symptoms with drug Z and a lower hazard of continued symptoms: the medians' event is the
    # end of the symptoms, so a longer median does not go with a lower hazard; the orientation stays unknown
    found = extract_estimates("RESULTS: Median duration of cough was 3.9 days in the drug Z group and 4.6 days in "
                              "the placebo group (P = 0.001). The hazard of continued cough was lower with drug Z "
                              "(hazard ratio 0.81, 95% confidence interval 0.71 to 0.93).")
    hr = next(e for e in found if e.measure == "HR")
    assert hr.groups != ("placebo", "drug Z") and hr.direction_source != "inferred_from_arms"
    # a time to deterioration is a time to a harm: the medians orient the ratio
    found = extract_estimates("RESULTS: Median time until deterioration was 12.5 months with drug Z and 5.6 months "
                              "with drug Y (HR 0.56; 95% CI 0.45-0.70; P < 0.001).")
    hr = next(e for e in found if e.measure == "HR")
    assert (hr.groups, hr.direction_source) == (("drug Z", "drug Y"), "inferred_from_arms")


def test_round20_more_names_that_are_no_end_point() -> None:
    def eps(text: str) -> list[str | None]:
        return [e.endpoint_text for e in extract_estimates(text)]
    # a time point before the outcome's name, a qualifier before the measure
    assert eps("RESULTS: Frail patients had longer median length of stay (9 vs 5 days) and higher 1-year "
               "mortality (adjusted OR 2.9, CI 95% 1.9-4.4).")[-1] == "1-year mortality"
    # how the model was stratified, a comparison of arms, a threshold word, a population: no outcome
    assert eps("RESULTS: The HR for death, stratified by performance status, was 0.77 (95% CI 0.57-1.05).") == \
        ["death"]
    assert eps("RESULTS: The HR for comparison of arm C and arm A in patients with a normal platelet count was 0.96 "
               "(95% CI 0.80-1.15).") == [None]
    assert eps("RESULTS: Drug S reduced mortality in those with eGFR below 60 (relative hazard 0.68 [CI, 0.57 to "
               "0.82]) and in those with eGFR of 60 or above (relative hazard 0.75 [CI, 0.59 to 0.95]).") == \
        ["mortality", None]


def test_round20_composites_named_so() -> None:
    found = extract_estimates("RESULTS: Primary endpoint events (composite of fatal and non-fatal myocardial "
                              "infarction, stroke, and other cardiovascular deaths) were similar (RR 1.05; 95% CI "
                              "0.90-1.22). The composite adverse perinatal outcome did not differ (RR 1.06; 95% CI "
                              "0.64-1.77). Fatal MACE was rare (HR 0.57; 95% CI 0.27-1.19).")
    assert [e.endpoint for e in found] == ["composite", "composite", "other"]


def test_round20_outcomes_listed_after_associated_with_stay_outcomes() -> None:
    found = extract_estimates("RESULTS: In this cohort, delayed graft function was associated with graft loss "
                              "(adjusted HR = 1.41 [1.18; 1.69]) and death (adjusted HR = 1.19 [0.98; 1.45]).")
    assert [(e.endpoint_text, e.covariate) for e in found][0] == ("graft loss", "delayed graft function")
    assert found[1].endpoint_text == "death"


def test_round20_bare_section_labels_of_plos_and_jama() -> None:
    # "METHODOLOGY … PRINCIPAL FINDINGS …": the results of the trial, not its background
    text = ("Drug Q for wheeze. BACKGROUND Wheeze is common. METHODOLOGY We randomised 900 children to drug Q or "
            "placebo. PRINCIPAL FINDINGS Clinical failure was associated with placebo treatment (adjusted OR = 1.30, "
            "95% CI: 1.02 to 1.65). CONCLUSIONS/SIGNIFICANCE Drug Q helps.")
    found = extract_estimates(text)
    assert [(e.value, e.context) for e in found] == [(1.3, "result")]


def test_round20_an_orientation_bracket_with_a_colon_and_a_space() -> None:
    found = extract_estimates("RESULTS: In stratum 1 (n = 206), the PFS HR (drug G: placebo) was 0.84 (95% CI, "
                              "0.59-1.18; median PFS 10.9 versus 8.8 months).")
    hr = next(e for e in found if e.measure == "HR")
    assert (hr.value, hr.ci_low, hr.ci_high, hr.groups, hr.direction_source) == (
        0.84, 0.59, 1.18, ("drug G", "placebo"), "text")
    found = extract_estimates("RESULTS: Time to recurrence was longer with drug P than placebo (p=0.017; hazard ratio "
                              "[placebo: drug P; unweighted 95% confidence interval]: 1.43 [1.03; 1.98]).")
    assert [(e.value, e.ci_low, e.ci_high, e.groups) for e in found] == [(1.43, 1.03, 1.98, ("placebo", "drug P"))]


def test_round20_times_for_groups_named_before_respectively() -> None:
    found = extract_estimates("RESULTS: Overall survival was similar (21 and 22 months for drug L and drug D, "
                              "respectively; HR=0.94; 95% CI 0.74-1.19).")
    assert [(e.measure, e.value, e.unit) for e in found] == [("median", 21.0, "months"), ("median", 22.0, "months"),
                                                            ("HR", 0.94, None)]


def test_round20_means_and_half_lives_after_medians_are_no_medians() -> None:
    found = extract_estimates("RESULTS: The median survival time in these groups was 180, 250, and 240 days, and the "
                              "mean survival 260, 270, and 320 days.")
    assert [e.value for e in found] == [180.0, 250.0, 240.0]
    assert all(e.arm is None for e in found)
    found = extract_estimates("RESULTS: The median time to Cmax was prolonged from 3.5 to 5.0 h by drug D whereas its "
                              "apparent terminal half-life was unaffected, 22.9 and 24.2 h for treatments A and B, "
                              "respectively.")
    assert [e.value for e in found if e.value and e.value > 20] == []


def test_round20_how_long_a_count_stayed_below_a_threshold_is_a_time() -> None:
    found = extract_estimates("RESULTS: Patients given drug G had shorter neutropenia (median duration of an absolute "
                              "neutrophil count of less than 1000 cells/mm3, 14 days compared with 25 days; P = 0.02).")
    assert [(e.value, e.unit) for e in found] == [(14.0, "days"), (25.0, "days")]


def test_round20_an_analysis_named_with_a_ratio_is_neither_end_point_nor_factor() -> None:
    found = extract_estimates("RESULTS: There was no significant difference between the groups with respect to male "
                              "partner HIV testing using bivariate analysis (OR = 2.1; 95% CI: 0.6 to 7.5) and "
                              "multivariate analysis (OR = 1.6; 95% CI: 0.4 to 6.8).")
    assert [(e.endpoint_text, e.covariate) for e in found] == [("male partner HIV testing", None)] * 2


def test_round20_an_outcome_or_a_threshold_is_no_compared_group() -> None:
    found = extract_estimates("RESULTS: More patients progressed with drug V (24 [69%]) than with placebo (18 [62%]); "
                              "HR = 1.19, two-sided 80% CI: 0.79-1.81), suggesting that drug V did not affect the risk "
                              "of disease progression compared with placebo plus docetaxel.")
    assert all("disease progression" not in e.groups for e in found)
    found = extract_estimates("RESULTS: The effects were stronger for women with baseline estradiol levels greater "
                              "than the median (odds ratio = 0.11; 95% CI = 0.02 to 0.51) vs those with levels less "
                              "than the median (odds ratio = 0.78; 95% CI = 0.16 to 3.79).")
    assert all("median" not in e.groups for e in found)


def test_round20_times_of_two_arms_joined_by_as_compared_to() -> None:
    found = extract_estimates("RESULTS: Progression-free survival was 5.2 months (95% CI: 2.8-13.7) on the "
                              "satraplin plus prednisone arm as compared to 2.5 months (95% CI: 2.1-4.7) on the "
                              "prednisone alone arm (HR = 0.50, 95% CI: 0.28-0.92).")
    assert [(e.measure, e.value, e.arm) for e in found][:2] == [("median", 5.2, "satraplin plus prednisone"),
                                                               ("median", 2.5, "prednisone")]


def test_round20_a_second_group_among_the_counted_patients_is_a_subgroup() -> None:
    found = extract_estimates("RESULTS: Median survival did not differ in the overall population (5.6 months for "
                              "drug G and 5.1 months for placebo; hazard ratio 0.89 [95% CI 0.77-1.02], p=0.087) or "
                              "among the 812 patients with adenocarcinoma (6.3 months vs 5.4 months; 0.84 [0.68-1.03], "
                              "p=0.089).")
    assert [(e.value, e.population) for e in found][-1] == (0.84, "subgroup: adenocarcinoma")
    assert {e.population for e in found[:3]} == {"overall"}


def test_round20_more_subgroup_openers() -> None:
    found = extract_estimates("RESULTS: Events were fewer with drug T (RR 2.0; 95% CI 1.1-3.5). In stratum I (mean, "
                              "16 months of prior therapy) two events occurred with drug T and 10 with placebo "
                              "(relative risk (RR) estimate, 4.9 [95% confidence limit (CI), 1.1 to 22.2]).")
    assert [e.population for e in found] == ["overall", "subgroup: stratum I"]
    found = extract_estimates("RESULTS: Survival was similar overall (HR 1.1; 95% CI 0.9-1.3). A benefit was seen in "
                              "the pre-defined sub-group of 123 patients who had received prior chemotherapy (P=0.045, "
                              "hazard ratio=1.53 (1.00-2.34)).")
    assert (found[1].population_kind, found[1].endpoint_text) == ("subgroup", None)
    found = extract_estimates("RESULTS: Further subgroup analysis showed that the prophylaxis group among males had "
                              "a lower risk (HR = 0.54, 95% CI = 0.44-0.66).")
    assert found[0].population == "subgroup: males"


def test_round20_a_group_named_before_a_colon_governs_the_results_after_it() -> None:
    found = extract_estimates("RESULTS: Overall survival was similar (HR 0.91; 95% CI 0.75-1.10). However, survival "
                              "was longer for patients with exon 19 deletions in the drug A group than in the "
                              "chemotherapy group in both trials: in TRIAL-3, median overall survival was 33.3 "
                              "months in the drug A group versus 21.1 months in the chemotherapy group (HR 0.54, 95% "
                              "CI 0.36-0.79).")
    assert [e.population for e in found] == ["overall"] + ["subgroup: exon 19 deletions"] * 3


def test_round20_primary_outcome_events_hyphenated_and_a_bare_label_before_a_group() -> None:
    found = extract_estimates("METHODS: The primary outcome was a composite of death or nonfatal myocardial "
                              "infarction at 30 days. RESULTS Drug C, as compared with placebo, did not reduce the "
                              "number of primary-outcome events (367 and 339, respectively; hazard ratio with drug C, "
                              "1.08; 95% confidence interval [CI], 0.93 to 1.26; P=0.29).")
    assert (found[0].endpoint, found[0].groups) == ("composite", ("Drug C", "placebo"))


def test_round20_relative_odds_a_unit_in_words_and_a_robust_ci() -> None:
    found = extract_estimates("RESULTS: Bacterial load [relative odds of clearing, 1.97 for a decrease of 1 log10 "
                              "colony forming count; 95% confidence interval (CI), 1.36-2.87; P < 0.001] predicted "
                              "clearance.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [("OR", 1.97, 1.36, 2.87)]
    found = extract_estimates("RESULTS: There were fewer falls (adjusted rate ratio 0·60 [robust 95% CI 0·42-0·94], "
                              "p=0·003) in the intervention period.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level) for e in found] == [("IRR", 0.6, 0.42, 0.94, 95.0)]


def test_round20_follow_up_times_of_two_groups_are_no_medians() -> None:
    assert extract_estimates("RESULTS: Median follow-up time was 32 months for all patients and 42 months for "
                             "surviving patients.") == []


def test_round20_time_pairs_for_parts_of_the_trial_in_the_next_sentence() -> None:
    found = extract_estimates("RESULTS: Patients who received drug E had longer progression-free survival (7.03 "
                              "versus 3.60 months, P = 0.006; hazard ratio: 0.55). The combination benefited "
                              "previously treated patients and those who received three to four cycles (6.50 versus "
                              "3.43 months, P = 0.003; 8.27 versus 4.27 months, P = 0.018; respectively).")
    meds = [e for e in found if e.measure == "median"]
    assert [(e.value, e.population_kind, e.endpoint) for e in meds] == [
        (7.03, "overall", "PFS"), (3.6, "overall", "PFS"), (6.5, "subgroup", "PFS"), (3.43, "subgroup", "PFS"),
        (8.27, "subgroup", "PFS"), (4.27, "subgroup", "PFS")]


def test_round20_two_end_points_then_their_median_pairs_in_turn() -> None:
    found = extract_estimates("RESULTS: Patients profited in terms of progression-free survival and overall survival "
                              "under drug E (median 6.5 vs 4.1 months and median 15.4 vs 8.4 months, respectively).")
    assert [(e.value, e.endpoint) for e in found] == [(6.5, "PFS"), (4.1, "PFS"), (15.4, "OS"), (8.4, "OS")]


def test_round20_time_points_of_rates_and_a_range_of_ratios_are_no_estimates() -> None:
    assert extract_estimates("RESULTS: Renal survival showed preservation of function in the treatment group, 82, "
                             "82, 72, and 72% for 2, 3, 4, and 5 yr, respectively, compared with 68, 47, 26, and 26% "
                             "in the control group.") == []
    assert extract_estimates("RESULTS: For all examiners the odds of cancer were higher with a suspicious DRE (ORs "
                             "2.21-5.96, P < 0.05).") == []
    found = extract_estimates("RESULTS: The OR was 2.21 (1.50-3.10).")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(2.21, 1.5, 3.1)]


def test_round20_a_trial_named_in_its_own_title_or_described_by_name_is_the_documents() -> None:
    # one paragraph, as PubMed prints many abstracts: the trial's name first appears after the title
    background = ("A survival benefit of adding a second drug to standard therapy for hormone receptor-positive "
                  "advanced disease in patients of any menopausal status after prior therapy has not yet been shown in "
                  "a randomised comparison, and the question matters to patients and clinicians. ")
    text = ("The effect of drug A on survival in advanced cancer-KESTREL 2: a randomized clinical trial. " + background
            + "KESTREL 2 was a global, randomized, placebo-controlled phase 3 trial. At the interim, the median OS was "
            "46.7 months for drug A and 37.3 months for placebo (HR, 0.757; 95% CI, 0.606-0.945).")
    assert {e.context for e in extract_estimates(text)} == {"result"}
    text = ("Light therapy to prevent dermatitis. " + background + "A randomized, placebo-controlled trial with 120 "
            "patients was performed (SKINLIGHT trial). Patients given light therapy had fewer grade 2 reactions (OR "
            "0.4; 95% CI 0.2-0.8).")
    assert {e.context for e in extract_estimates(text)} == {"result"}
    # another trial described in the background stays background
    text = ("Drug B in breast cancer.\nBACKGROUND: The ABCDE trial showed a benefit of drug A (HR 0.70; 95% CI "
            "0.60-0.82).\nMETHODS: We randomised 200 women to drug B or placebo.")
    assert {e.context for e in extract_estimates(text)} == {"background"}


def test_round20_set_a2_print_forms() -> None:
    found = extract_estimates("RESULTS: In multivariable analysis, intervention patients had greater knowledge ([OR] "
                              "= 1.62; 95% [CI] = 1.19-2.23).")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(1.62, 1.19, 2.23)]
    found = extract_estimates("RESULTS: PFS was 11 months for HDCT and 9 months for ST (HR, 0.6 in favor of HDCT; 95% "
                              "CI, 0.5 to 0.9; P = .006).")
    assert [(e.value, e.ci_low, e.ci_high) for e in found if e.measure == "HR"] == [(0.6, 0.5, 0.9)]
    found = extract_estimates("RESULTS: Recipients with titers of 1:160 or more had longer median PFS (11.1 months "
                              "(95% CI: 9.3-17.6)) than those with titers <1:160 (5.5 months (95% CI: 3.7-5.6)).")
    assert [e.value for e in found] == [11.1, 5.5]
    found = extract_estimates("RESULTS: Median times to progression were 5.6 months in the A group and 8.2 months in "
                              "the A-plus-B group with an unadjusted hazard ratio of 0.69 (95% CI, 0.48 to 0.97).")
    assert [(e.measure, e.value, e.ci_low) for e in found] == [("median", 5.6, None), ("median", 8.2, None),
                                                              ("HR", 0.69, 0.48)]
    found = extract_estimates("RESULTS: The median follow-up was 40 months. Drug E showed superiority in TTP (6.1 and "
                              "3.4 months, P=0.0001) and overall survival (19.1 and 11.8 months, P=0.0004).")
    assert [(e.value, e.endpoint) for e in found] == [(6.1, "TTP"), (3.4, "TTP"), (19.1, "OS"), (11.8, "OS")]


def test_round20_an_end_point_with_its_abbreviation_between_a_ratio_and_its_ci() -> None:
    found = extract_estimates("RESULTS: Hazard ratios (HRs) were 0.99 for disease-free survival (DFS) (95%CI: "
                              "0.77-1.26; p=0.91).")
    assert [(e.value, e.ci_low, e.ci_high, e.endpoint) for e in found] == [(0.99, 0.77, 1.26, "DFS")]


def test_round20_a_cis_method_words_before_its_level() -> None:
    found = extract_estimates("RESULTS: Falls were fewer (adjusted rate ratio 0·60 [robust 95% CI 0·42-0·94]) and "
                              "mortality was lower with drug A (HR 0.80, adjusted 95% CI 0.70-0.92).")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(0.6, 0.42, 0.94), (0.8, 0.7, 0.92)]


def test_round21_a_count_of_people_between_a_ratio_and_its_value() -> None:
    found = extract_estimates("RESULTS: The hazard ratio (95% CI) for incident stroke among 2310 participants was "
                              "1.34 (0.92-1.95).")
    assert [(e.value, e.ci_low, e.ci_high, e.endpoint_text) for e in found] == [(1.34, 0.92, 1.95, "incident stroke")]
    found = extract_estimates("RESULTS: Adjusted hazard ratios (95% confidence intervals) for incident stroke among "
                              "2310 participants without prior stroke were 1.34 (0.92-1.95), 0.66 (0.51-0.85), and "
                              "0.69 (0.50-0.95).")
    assert [e.value for e in found] == [1.34, 0.66, 0.69]


def test_round21_one_end_point_then_a_list_of_groups_respectively() -> None:
    found = extract_estimates("RESULTS: Compared with X-/Y-, adjusted hazard ratios for death for X-/Y+, X+/Y-, and "
                              "X+/Y+ groups were 0.91 (0.70-1.18), 0.64 (0.50-0.82), and 0.58 (0.45-0.75), "
                              "respectively.")
    assert [(e.value, e.endpoint_text, e.covariate) for e in found] == [
        (0.91, "death", "X-/Y+"), (0.64, "death", "X+/Y-"), (0.58, "death", "X+/Y+")]


def test_round21_two_groups_each_with_its_counts_before_the_ratio() -> None:
    found = extract_estimates("RESULTS: Return for testing was more frequent when patients were reminded by text "
                              "message (70/300, 23.3%) than by letter (41/310, 13.2%) (RR 1.76, 95% CI 1.24 to 2.51).")
    assert found[0].groups == ("text message", "letter") and found[0].direction_source == "text"
    found = extract_estimates("RESULTS: Return for testing was greater among patients reminded by text message "
                              "(70/300) compared to those reminded by letter (41/310) (RR 1.76, 95% CI 1.24 to 2.51).")
    assert found[0].groups == ("text message", "letter")
    assert found[0].population_kind == "overall"  # the first group named is a compared arm, not a subgroup
    # a subgroup compared with the whole cohort stays a subgroup
    found = extract_estimates("RESULTS: Mortality was lower among patients with diabetes (HR 0.70, 95% CI 0.50-0.90) "
                              "than in the whole cohort.")
    assert found[0].population_kind == "subgroup"


def test_round21_values_then_groups_in_the_same_order() -> None:
    found = extract_estimates("RESULTS: Median time to recovery was 3 vs. 6 days in the drug and placebo groups "
                              "(P=0.02).")
    assert [(e.value, e.arm) for e in found] == [(3.0, "drug"), (6.0, "placebo")]
    found = extract_estimates("RESULTS: Median time to recovery was 3 versus 6 days in the drug versus placebo groups.")
    assert [(e.value, e.arm) for e in found] == [(3.0, "drug"), (6.0, "placebo")]


def test_round21_as_did_names_a_group_not_an_outcome() -> None:
    found = extract_estimates("RESULTS: Mailed reminders increased attendance (OR 1.62, 95% CI 1.21-2.17), as did "
                              "phone calls (OR 1.35, 95% CI 1.02-1.79).")
    assert [(e.value, e.endpoint_text) for e in found] == [(1.62, "attendance"), (1.35, "attendance")]


def test_round21_the_odds_of_an_outcome_with_a_ci_are_an_odds_ratio() -> None:
    found = extract_estimates("RESULTS: The odds of relapse were 0.55 (95% confidence interval [CI] = 0.40-0.76) for "
                              "drug A compared with placebo.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [("OR", 0.55, 0.4, 0.76)]
    assert extract_estimates("RESULTS: The odds of relapse were 2 to 1.") == []


def test_round21_a_scale_a_dose_measure_or_a_genotype_is_no_trial_name() -> None:
    text = ("Drug A versus placebo for depression: a randomised trial\n"
            "We randomised 300 patients to drug A or placebo; depression was scored with the Patient Health "
            "Questionnaire-9 (PHQ-9) and carboplatin was dosed to an AUC 5. Patients carrying a XRCC 12 genotype had "
            "worse survival (HR = 1.6, p = 0.04). Remission was more frequent with drug A (OR = 1.90; 95% CI, 1.10 "
            "to 3.30).")
    assert [(e.value, e.context) for e in extract_estimates(text)] == [(1.6, "result"), (1.9, "result")]


def test_round21_medians_after_a_follow_up_and_a_comma() -> None:
    found = extract_estimates("RESULTS: After a median follow-up of 31 months, both arms had similar progression-free "
                              "survival (medians of 11.0 months for drug A and 10.6 months for drug B).")
    assert [(e.value, e.arm, e.endpoint) for e in found] == [(11.0, "drug A", "PFS"), (10.6, "drug B", "PFS")]


def test_round21_one_time_for_two_named_arms() -> None:
    found = extract_estimates("RESULTS: There was no difference in OS between drug Q (n = 410) and placebo (n = 405) "
                              "arms: median OS was 15.2 and 14.9 months respectively (HR, 0.98; 95% CI, 0.82 to 1.17). "
                              "Median PFS was 6.1 months in both arms (HR, 1.02; P = .81).")
    medians = [(e.value, e.arm, e.endpoint) for e in found if e.measure == "median"]
    assert medians == [(15.2, "drug Q", "OS"), (14.9, "placebo", "OS"), (6.1, "drug Q", "PFS"), (6.1, "placebo", "PFS")]
    found = extract_estimates("RESULTS: The median PFS was 9.4 months in Arm A and B (HR 1.01; 95% CI 0.86-1.18).")
    assert [(e.value, e.arm) for e in found if e.measure == "median"] == [(9.4, "Arm A"), (9.4, "Arm B")]


def test_round21_an_open_upper_limit_printed_as_not_assessable() -> None:
    found = extract_estimates("RESULTS: The median OS was 21.0 months (95% CI, 16.2-not assessable [N/A] months) and "
                              "19.8 months (95% CI, 15.5-N/A months; P = .41), with drug A and drug B, respectively.")
    assert [(e.value, e.ci_low, e.ci_high, e.arm) for e in found] == [(21.0, 16.2, None, "drug A"),
                                                                       (19.8, 15.5, None, "drug B")]


def test_round21_end_points_named_after_their_pairs_of_medians() -> None:
    found = extract_estimates("RESULTS: There were no differences in PFS or OS between the arms (median of 4.2 months "
                              "and median "
                              "of 3.9 months PFS, respectively; median of 22.0 months and median of 19.5 months OS, "
                              "respectively).")
    assert [(e.value, e.endpoint) for e in found] == [(4.2, "PFS"), (3.9, "PFS"), (22.0, "OS"), (19.5, "OS")]


def test_round21_times_to_events_named_after_the_ratios_are_end_points() -> None:
    found = extract_estimates("RESULTS: Hazard ratios (A:B) were 1.41 (95% CI, 1.10 to 1.80) for time to treatment "
                              "failure and 1.52 (95% CI, 1.15 to 2.01) for time to disease progression.")
    assert [(e.value, e.endpoint_text, e.population_kind) for e in found] == [
        (1.41, "time to treatment failure", "overall"), (1.52, "time to disease progression", "overall")]


def test_round21_the_ratio_of_one_arm_to_that_of_another() -> None:
    found = extract_estimates("RESULTS: The hazard ratio of death for patients receiving the combination was 1.12 (95% "
                              "CI = 0.91 to 1.38) that of patients receiving drug A and 1.04 (95% CI = 0.85 to 1.27) "
                              "that of patients receiving drug B.")
    assert [(e.value, e.groups, e.direction_source, e.population_kind) for e in found] == [
        (1.12, ("combination", "drug A"), "text", "overall"), (1.04, ("combination", "drug B"), "text", "overall")]


def test_round21_groups_named_before_their_times_in_a_list() -> None:
    found = extract_estimates("RESULTS: Median survival was: RT + TMZ 61 days (95% confidence interval 44-70), RT 55 "
                              "days (95% confidence interval 40-66).")
    assert [(e.value, e.arm, e.ci_low) for e in found] == [(61.0, "RT + TMZ", 44.0), (55.0, "RT", 40.0)]
    found = extract_estimates("RESULTS: Survival did not differ among the groups (median FU + LV, 12.0 months [95% CI, "
                              "10.1 to 14.2 months]; FUH, 12.9 months [95% CI, 11.0 to 15.1 months]; P = .61).")
    assert [(e.value, e.arm, e.endpoint_text) for e in found] == [(12.0, "FU + LV", "Survival"),
                                                                   (12.9, "FUH", "Survival")]
    found = extract_estimates("RESULTS: The median time to ambulation was longer in group SF (190 min) than in group S "
                              "(146 min).")
    assert [(e.value, e.arm) for e in found] == [(190.0, "group SF"), (146.0, "group S")]
    found = extract_estimates("RESULTS: The median time to ambulation was longer with drug Q (190 min) than with "
                              "saline (146 min).")
    assert [(e.value, e.arm) for e in found] == [(190.0, "drug Q"), (146.0, "saline")]


def test_round21_not_medians_a_difference_a_count_a_censored_range_end() -> None:
    found = extract_estimates("RESULTS: Median survival was 11 months with drug A and 8.2 months with drug B "
                              "(difference, 2.8 months; 95% CI, 1.1 to 4.4).")
    assert [(e.value, e.arm) for e in found] == [(11.0, "drug A"), (8.2, "drug B")]
    found = extract_estimates("RESULTS: The median survival of all 388 eligible patients was 320 days.")
    assert [(e.value, e.unit, e.endpoint_text) for e in found] == [(320.0, "days", "survival")]
    found = extract_estimates("RESULTS: The median survival time was 15.1 (0.6-88.4+) months for the A group and "
                              "11.2 (1.0-90.3) months for the B group.")
    assert [(e.value, e.arm) for e in found] == [(15.1, "A"), (11.2, "B")]


def test_round21_a_planned_ratio_printed_as_a_bound() -> None:
    found = extract_estimates("METHODS: Noninferiority of drug A as compared with drug B required a hazard ratio of "
                              "more than 1.25 for overall survival, with a one-sided alpha level of 0.05.")
    assert [(e.measure, e.value, e.endpoint, e.context) for e in found] == [("HR", 1.25, "OS", "design")]


def test_round21_each_outcome_its_counts_then_its_ratio() -> None:
    found = extract_estimates("RESULTS: There were no significant differences in numbers of cancers (20 v 23, hazard "
                              "ratio 0.86 (0.47 to 1.57)), strokes (12 v 17, 0.71 (0.34 to 1.49)) and deaths (7 v 5, "
                              "1.40 (0.44 to 4.41)).")
    assert [(e.value, e.ci_low, e.ci_high, e.endpoint_text) for e in found] == [
        (0.86, 0.47, 1.57, "cancers"), (0.71, 0.34, 1.49, "strokes"), (1.4, 0.44, 4.41, "deaths")]


def test_round21_the_corresponding_figures_of_a_subgroup() -> None:
    found = extract_estimates("RESULTS: Median PFS was 7.5 months with drug A and 5.1 months with drug B. In older "
                              "patients the corresponding figures were 6.0 and 4.2 months.")
    assert [(e.value, e.arm, e.endpoint, e.population_kind) for e in found] == [
        (7.5, "drug A", "PFS", "overall"), (5.1, "drug B", "PFS", "overall"),
        (6.0, "drug A", "PFS", "subgroup"), (4.2, "drug B", "PFS", "subgroup")]


def test_round21_a_bracket_of_times_in_a_later_clause() -> None:
    found = extract_estimates("RESULTS: Median follow-up was 30 months. PFS was longer in the A arm (6.0 vs. 4.1 "
                              "months, P = 0.003), while overall survival was similar in both arms (13.9 months in the "
                              "A arm vs. 13.2 months in the B arm).")
    assert [(e.value, e.endpoint) for e in found] == [(6.0, "PFS"), (4.1, "PFS"), (13.9, "OS"), (13.2, "OS")]
    assert [e.arm for e in found][2:] == ["A", "B"]
    found = extract_estimates("RESULTS: With a median follow-up of more than 3 years, survival did not differ among "
                              "the groups (median A + B, 10.9 months [95% CI, 9.8 to 13.0 months]; C, 12.2 months "
                              "[95% CI, 10.0 to 14.9 months]; P = .52).")
    assert [(e.value, e.arm) for e in found] == [(10.9, "A + B"), (12.2, "C")]
    found = extract_estimates("RESULTS: The hazard ration (HR) for PFS was 0.74 (95% CI, 0.60 to 0.92).")
    assert [(e.measure, e.value) for e in found] == [("HR", 0.74)]


def test_round21_a_longer_survival_in_one_group_orients_its_hazard_ratio() -> None:
    found = extract_estimates("RESULTS: The interim analysis showed that survival was longer in patients assigned "
                              "placebo than in patients assigned drug Q (hazard ratio 1.55 [95% CI 1.02-2.36]).")
    assert [(e.value, e.endpoint_text, e.groups, e.direction_source) for e in found] == [
        (1.55, "survival", ("drug Q", "placebo"), "inferred_from_arms")]
    # a comparison the text denies orients nothing by the ratio's side
    found = extract_estimates("RESULTS: Survival was not longer with drug B than with drug C (hazard ratio, 1.12; 95% "
                              "CI, 0.86 to 1.46).")
    assert found[0].direction_source != "inferred_from_arms"
    found = extract_estimates("RESULTS: In the final analysis, capecitabine plus docetaxel continued to show "
                              "superiority to docetaxel monotherapy in PFS (hazard ratio [HR], 0.76; 95% CI, 0.60 to "
                              "0.96).")
    assert [(e.value, e.groups, e.direction_source) for e in found] == [
        (0.76, ("capecitabine plus docetaxel", "docetaxel monotherapy"), "text")]


def test_round21_a_time_to_worsening_delayed_in_one_arm() -> None:
    found = extract_estimates("RESULTS: Time to symptom worsening was delayed in the A arm versus the B arm (6.9 "
                              "months versus 4.4 months, respectively; hazard ratio = 0.81; P = .012).")
    ep = "Time to symptom worsening"
    assert [(e.measure, e.value, e.endpoint_text) for e in found] == [("median", 6.9, ep), ("median", 4.4, ep),
                                                                     ("HR", 0.81, ep)]


def test_round21_a_non_inferiority_margin_printed_after_less_than() -> None:
    found = extract_estimates("METHODS: Non-inferiority was shown if the upper limit of the two-sided 90% CI for the "
                              "local relapse hazard ratio (HR) was less than 2.05.")
    assert [(e.measure, e.value, e.context) for e in found] == [("HR", 2.05, "design")]
    assert extract_estimates("RESULTS: The hazard ratio for death was less than 1 in all subgroups.") == []


def test_round21_everyone_randomised_is_no_subgroup() -> None:
    found = extract_estimates("RESULTS: Median PFS was 9.5 months with drug A and 7.9 months with placebo (HR 0.80; "
                              "95% CI 0.66-0.97). Among 480 patients who underwent randomization, the median overall "
                              "survival was 30.1 months in the drug A group and 26.2 months in the placebo group "
                              "(hazard ratio for death, 0.84; 95% CI, 0.66 to 1.07).")
    assert [e.population_kind for e in found] == ["overall"] * 6
    found = extract_estimates("RESULTS: Among 120 patients with brain metastases, the median overall survival was 9.1 "
                              "months in the drug A group and 7.2 months in the placebo group. Among 480 patients who "
                              "underwent randomization, median PFS was 8.0 months with drug A.")
    assert found[0].population_kind == "subgroup"


def test_round21_an_event_that_returned_after_a_median_time() -> None:
    found = extract_estimates("RESULTS: Menses returned after a median of 5.8 months (range, 1 to 19 months) in the A "
                              "arm versus 5.0 months (range, 0 to 28 months) in the B arm (P = .58).")
    assert [(e.value, e.arm, e.endpoint_text) for e in found] == [(5.8, "A", "Menses returned"),
                                                                  (5.0, "B", "Menses returned")]


def test_round21_a_subject_that_goes_on_to_its_next_outcome() -> None:
    found = extract_estimates("RESULTS: Drug Q significantly improved response rate (20% v 12%; P = .03) and "
                              "progression-free survival (hazard ratio [HR], 0.80; 95% CI, 0.68 to 0.94) and was "
                              "associated with a trend toward improved OS (HR, 0.88; 95% CI, 0.74 to 1.04) compared "
                              "with placebo.")
    assert [(e.value, e.endpoint, e.covariate) for e in found] == [(0.8, "PFS", None), (0.88, "OS", None)]
    found = extract_estimates("RESULTS: Progression-free survival (PFS) was longer for A + B (median A, 4.1 months "
                              "[95% CI, 3.5 to 4.8]; B24h, 4.3 months [95% CI, 3.6 to 5.1]; B24h + C 5.8 months [95% "
                              "CI, 4.6 to 6.9]; P = .03).")
    assert [(e.value, e.arm) for e in found] == [(4.1, "A"), (4.3, "B24h"), (5.8, "B24h + C")]


def test_round21_a_margin_stated_as_the_upper_bound_of_the_ratio() -> None:
    found = extract_estimates("METHODS: The primary end point was non-inferiority of drug A vs drug B for thrombotic "
                              "events (95% CI upper bound of hazard ratio < 1.25).")
    assert [(e.measure, e.value, e.ci_high, e.context) for e in found] == [("HR", 1.25, None, "design")]
    # a bound named before a ratio still bounds the ratio that follows
    found = extract_estimates("RESULTS: The upper 97.5% confidence limit for the hazard ratio was 1.06 (hazard ratio, "
                              "0.90).")
    assert [(e.value, e.ci_high) for e in found] == [(0.9, 1.06)]


def test_round21_times_printed_with_a_slash_for_groups_printed_with_one() -> None:
    found = extract_estimates("RESULTS: Randomisation totaled 120 patients (AB = 80, B = 40). AB/B median OS was "
                              "6.1/5.4 months; median PFS was 3.6/3.1 months.")
    assert [(e.value, e.arm, e.endpoint) for e in found] == [(6.1, "AB", "OS"), (5.4, "B", "OS"), (3.6, "AB", "PFS"),
                                                             (3.1, "B", "PFS")]
    assert extract_estimates("RESULTS: The ratio of A/B median levels was 1.2/3.4 mg.") == []


def test_round21_a_pair_of_times_before_the_word_median() -> None:
    found = extract_estimates("RESULTS: There was no survival difference: 31.0 versus 28.4% OS at 3 years (P=0.7) and "
                              "20.1 versus 19.6 months median time to relapse in the A and B arms, respectively.")
    assert [(e.value, e.arm, e.endpoint_text) for e in found] == [(20.1, "A", "time to relapse"),
                                                                  (19.6, "B", "time to relapse")]
    assert extract_estimates("RESULTS: Patients were 60 vs 62 years median age in the A and B arms, "
                             "respectively.") == []


def test_round21_a_group_of_patients_who_had_received_prior_treatment() -> None:
    found = extract_estimates("RESULTS: The difference in median TTP was greatest among patients who had received "
                              "prior adjuvant chemotherapy (9.4 v 7.1 months; P = .04, prespecified subgroup "
                              "analysis).")
    assert [(e.value, e.population_kind) for e in found] == [(9.4, "subgroup"), (7.1, "subgroup")]
    assert "prior adjuvant chemotherapy" in (found[0].population_detail or "")
    found = extract_estimates("RESULTS: Median TTP was longer in patients with prior chemotherapy (9.4 v 7.1 months; "
                              "P = .04).")
    assert [e.value for e in found] == [9.4, 7.1]


def test_round21_times_spelled_out_in_brackets_after_a_median() -> None:
    found = extract_estimates("RESULTS: Compared with drug B, drug A shortened the median periods during which "
                              "cultures were positive (four vs. seven days, P = 0.004) and new lesions formed (three "
                              "vs. six days, P = 0.03).")
    assert [(e.value, e.unit, e.endpoint_text) for e in found] == [
        (4.0, "days", "cultures were positive"), (7.0, "days", "cultures were positive"),
        (3.0, "days", "new lesions formed"), (6.0, "days", "new lesions formed")]
    assert extract_estimates("RESULTS: Patients had (four vs. seven days) of rain.") == []


def test_round21_a_time_from_diagnosis_to_an_event_and_numbered_groups() -> None:
    found = extract_estimates("RESULTS: The median time from diagnosis to crossover (Groups 1 and 2) or to "
                              "progression (Group 3) was 150, 97, and 210 days, and the mean time was 170, 110, and "
                              "229 days.")
    assert [e.value for e in found] == [150.0, 97.0, 210.0]
    assert extract_estimates("METHODS: The median time from diagnosis to randomization was 14 days.") == []


def test_round21_end_points_listed_with_their_times_are_no_groups() -> None:
    found = extract_estimates("RESULTS: Outcomes were better with drug A (median PFS, 10.2 months [95% CI, 8.1 to "
                              "12.0]; OS, 25.3 months [95% CI, 21.0 to 30.1]).")
    assert [(e.value, e.arm, e.endpoint) for e in found] == [(10.2, None, "PFS"), (25.3, None, "OS")]


def test_round22_a_wrapped_decimal_before_a_unit_of_time() -> None:
    found = extract_estimates("RESULTS: Median overall survival was 16. 3 months in the treatment arm and 12. 1 months "
                              "in the control arm.")
    assert [(e.value, e.arm) for e in found] == [(16.3, "treatment"), (12.1, "control")]
    assert extract_estimates("RESULTS: Of 120 patients enrolled in 2010. 35 patients died.") == []


def test_round22_a_stray_point_before_the_level_and_a_stray_percent_after_the_limit() -> None:
    found = extract_estimates("RESULTS: Mortality was lower with drug A (HR 0.72, .95% CI 0.60-0.86).")
    assert [(e.value, e.ci_low, e.ci_high, e.ci_level) for e in found] == [(0.72, 0.60, 0.86, 95.0)]
    found = extract_estimates("RESULTS: People with a fast pulse had a higher risk (OR 1.94, 95% CI 1.15-3.26%, "
                              "p = 0.013) of hypertension.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [("OR", 1.94, 1.15, 3.26)]
    assert extract_estimates("RESULTS: Response was higher (OR: 41.7; 95% CL, 29.1-55.1%).") == []


def test_round22_bare_items_that_name_what_they_are_for() -> None:
    found = extract_estimates(
        "RESULTS: Smoking was associated with asthma (OR 2.3 [95% CI 1.2-4.6]) and with COPD (2.7 [1.2-5.8]). "
        "Associations were found for dust (with asthma 3.0 [1.0-8.4], with COPD 5.6 [1.3-23.5], and with chronic "
        "bronchitis [CB] 4.9 [1.3-18.6]), fumes (with asthma 3.4 [0.9-12.5], with COPD 4.8 [1.2-19.8], and with CB "
        "3.9 [1.6-9.5]), and solvents (with asthma 2.7 [1.1-6.6], with COPD 3.4 [1.3-8.9], and with CB 3.3 "
        "[1.0-10.8]).")
    assert [e.value for e in found] == [2.3, 2.7, 3.0, 5.6, 4.9, 3.4, 4.8, 3.9, 2.7, 3.4, 3.3]
    assert {e.measure for e in found} == {"OR"}
    assert [e.endpoint_text for e in found[2:5]] == ["asthma", "COPD", "chronic bronchitis [CB]"]


def test_round22_the_meaning_of_a_list_of_ratios() -> None:
    found = extract_estimates("RESULTS: The adjusted odds ratios for surveillance versus no surveillance were 0.58 "
                              "(95% CI, 0.35-0.97), 0.45 (95% CI, 0.27-0.74), and 0.44 (95% CI, 0.26-0.73).")
    assert [(e.endpoint_text, e.comparison) for e in found] == [(None, "surveillance vs no surveillance")] * 3
    found = extract_estimates("RESULTS: Compared with nonsmokers, those with heavy, moderate, and light smoking were "
                              "more likely to have the adverse outcome with odds ratios of 1.83 (95% CI 1.05 to 3.19), "
                              "2.19 (95% CI 1.63 to 2.94), and 1.49 (95% CI 1.20 to 1.86), respectively.")
    assert [e.endpoint_text for e in found] == ["adverse outcome"] * 3
    found = extract_estimates("RESULTS: Age was the only predictor of perforation [OR = 3.65; 95% CI, 1.54-8.68]; "
                              "for wound infection, age over 60 years (OR = 1.65; 95% CI, 1.14-2.25), obesity (OR = "
                              "3.17; 95% CI, 1.28-7.85), and open surgery (OR = 3.21; 95% CI, 1.36-7.58) were "
                              "associated.")
    assert [(e.endpoint_text, e.covariate) for e in found] == [
        ("perforation", None), ("wound infection", "age over 60 years"), ("wound infection", "obesity"),
        ("wound infection", "open surgery")]


def test_round22_people_and_thresholds_before_a_ratios_bracket() -> None:
    found = extract_estimates("RESULTS: Mortality risks were highest for divorced (HR 1.72 (95% CI 1.67 to 1.76)) and "
                              "single men (HR 1.67 (95% CI 1.63 to 1.71)) who lived alone.")
    assert (found[1].endpoint_text, found[1].population) == (None, "subgroup: single men")
    found = extract_estimates("RESULTS: Rural patients had lower odds of a lymph node yield >=12 (OR = 0.51) and "
                              "higher 30-day mortality (OR = 3.38) compared with urban patients.")
    assert [(e.endpoint, e.endpoint_text) for e in found] == [("other", "lymph node yield >=12"),
                                                            ("OS", "30-day mortality")]


def test_round22_factors_named_before_their_brackets_and_words_that_name_no_end_point() -> None:
    found = extract_estimates("RESULTS: Logistic regression identified chronic lung disease (OR = 9.2, 95%CI = "
                              "1.5-54.7), heparin use (OR = 3.8, 95%CI = 1.1-13.0), and lower initial platelet count "
                              "(OR = 1.004, 95%CI = 1.000-1.008) as being associated with complications.")
    assert [(e.endpoint_text, e.covariate) for e in found] == [
        ("complications", "chronic lung disease"), ("complications", "heparin use"),
        ("complications", "lower initial platelet count")]
    found = extract_estimates("RESULTS: Prognostic factors were male sex with a hazard ratio (HR) = 1.32 (95% CI "
                              "1.03-1.69); score of pain with HR= 1.11 (95% CI 1.07-1.16) and dysphagia with HR = 1.12 "
                              "(95% CI 1.04-1.21).")
    assert [e.value for e in found] == [1.32, 1.11, 1.12]
    assert not any("HR" in (e.endpoint_text or "") for e in found)
    (e,) = extract_estimates("RESULTS: Clots were more frequent in the B arm, regardless of the strategy adopted (RR, "
                             "0.53; 95% CI, 0.42-0.65; P<.0001).")
    assert e.endpoint_text is None or "regardless" not in e.endpoint_text


def test_round22_print_forms_of_set_cx() -> None:
    (e,) = extract_estimates("RESULTS: The pooled RR for the association between ozone (O3) exposure and asthma was "
                             "1.16 (95% CI: 1.15, 1.18).")
    assert (e.measure, e.value, e.ci_low, e.ci_high) == ("RR", 1.16, 1.15, 1.18)
    (e,) = extract_estimates("RESULTS: A long stay was more likely with higher injury severity scores (ISS) (RR 1.51, "
                             "95%: CI: 1.29-1.76).")
    assert (e.value, e.ci_low, e.ci_high, e.ci_level) == (1.51, 1.29, 1.76, 95.0)
    (e,) = extract_estimates("RESULTS: Patients with A had a better prognosis than those with B (BCSD SHR = 0.64; "
                             "95%CI, 0.47-0.88; P = 0.006).")
    assert (e.measure, e.value, e.ci_low, e.ci_high) == ("HR", 0.64, 0.47, 0.88)
    assert extract_estimates("RESULTS: SHR (n = 10) had a higher pressure (SHR 180 mmHg).") == []
    assert extract_estimates("METHODS: We estimated adjusted hazard ratios (HRs) for prostate cancer in comparison "
                             "with a reference cohort of 4.3 million men.") == []
    assert extract_estimates("RESULTS: Median neoadjuvant ADT and total ADT duration were 7 months (IQR: 6-10) and 27 "
                             "months (IQR: 14-38), respectively.") == []
    found = extract_estimates("RESULTS: MRD-negative status was associated with improved OS and PFS, respectively: "
                              "hazard ratio (95% confidence interval) 0.512 (0.313-0.835) and 0.423 (0.256-0.699).")
    assert [(e.value, e.endpoint) for e in found] == [(0.512, "OS"), (0.423, "PFS")]


def test_round22_words_before_a_bracket_that_are_no_end_point() -> None:
    found = extract_estimates("RESULTS: In adjusted models, positive associations with vascular events were observed "
                              "for apo-B (HR per 1 SD, 1.19; 95% confidence interval, 1.12 to 1.27), triglycerides "
                              "(1.06; 1.00 to 1.13), and remnant cholesterol (1.14; 1.05 to 1.25).")
    assert [e.value for e in found] == [1.19, 1.06, 1.14]
    assert not any((e.endpoint_text or "").startswith("per ") for e in found)
    (e,) = extract_estimates("RESULTS: A rise in tryptophan was associated with a lower risk of mortality, independent "
                             "of age, sex and dialysis vintage (HR: 0.87 [0.76-0.99]; P = 0.04).")
    assert (e.endpoint, e.endpoint_text, e.covariate) == ("OS", "mortality", None)
    (e,) = extract_estimates("RESULTS: A positive margin was the only predictor of other causes of death (HR = 4.23).")
    assert (e.endpoint, e.endpoint_text) == ("other", "other causes of death")
    found = extract_estimates("RESULTS: Predictors for those non-pedunculated were prophylaxis (OR 0.37, 95% CI "
                              "0.30-0.98) and size (OR 1.03, 95% CI 1.00-1.05).")
    assert [(e.endpoint_text, e.covariate) for e in found] == [(None, "prophylaxis"), (None, "size")]


def test_round22_a_title_in_title_case_names_its_groups_without_the_studys_words() -> None:
    (e,) = extract_estimates("Meta-Analysis Comparing Double Versus Triple Antithrombotic Therapy in Patients With "
                             "Atrial Fibrillation.\nRESULTS: Double therapy reduced bleeding (RR 0.64, 95% CI "
                             "0.54-0.75).")
    assert e.groups == ("Double", "Triple Antithrombotic Therapy")


def test_round22_the_risk_of_an_outcome_stated_with_a_ci_after_the_paragraphs_ratios() -> None:
    found = extract_estimates(
        "RESULTS: Asthma was more common among obese than among lean children (RR 1.53; 95% CI: 1.14-2.05). The "
        "greater the skinfold, the higher the prevalence (p = .011). Weight showed no association with incident "
        "wheezing. After controlling for confounding factors, the risk of persistent wheezing among obese children "
        "at 11 years was 1.82 (95% CI: 1.30-2.54).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [("RR", 1.53, 1.14, 2.05),
                                                                        ("RR", 1.82, 1.30, 2.54)]
    assert extract_estimates("RESULTS: The risk of death at 30 days was 0.12 (95% CI 0.08-0.16).") == []


def test_round22_a_legend_bracket_that_names_the_ci_and_the_p_value() -> None:
    found = extract_estimates("RESULTS: MRD-negative status was associated with improved OS and PFS, respectively: "
                              "hazard ratio (97.5% confidence interval; one-sided P-value) 0.512 (97.5% CI "
                              "[0.313-0.835]; P = 0.0009) and 0.423 (97.5% CI [0.256-0.699]; P < 0.0001).")
    assert [(e.value, e.ci_low, e.ci_high, e.ci_level, e.endpoint) for e in found] == [
        (0.512, 0.313, 0.835, 97.5, "OS"), (0.423, 0.256, 0.699, 97.5, "PFS")]


def test_round22_a_systematic_reviews_own_pooled_results_are_results() -> None:
    text = ("We included nine randomised trials involving 3122 people comparing drug A with older drugs. None of the "
            "trials reported on relapse, our primary outcome. Attrition was high and data reporting poor. People given "
            "drug A were comparable to those given older drugs in global state. Drug A gave fewer extra-pyramidal "
            "symptoms (n=968, 3 RCT, RR 0.46 CI 0.3 to 0.9, NNT 13 CI 17 to 10), and particularly akathisia (n=897, 3 "
            "RCT, RR 0.39 CI 0.3 to 0.6, NNT 11 CI 14 to 9). "
            "Fewer people given drug A developed hyperprolactinaemia (n=300, 1 RCT, RR 0.07 CI 0.03 to 0.2). A "
            "meta-analysis of these three trials found no effect on independence: RR 1.00 (95% CI 0.91 to 1.09; 3 "
            "studies, 3249 participants). In another trial, drug A reduced relapse (RR 0.70, 95% CI 0.55 to 0.89).")
    found = extract_estimates(text)
    assert [(e.value, e.context) for e in found] == [(0.46, "result"), (0.39, "result"), (0.07, "result"),
                                                     (1.00, "result"), (0.70, "result")]
    # in a trial's own abstract, another study's pooled number is still background
    (e,) = extract_estimates("BACKGROUND: A previous meta-analysis found fewer relapses with drug A (RR 0.70, 95% CI "
                             "0.55 to 0.89).")
    assert e.context == "background"


def test_round22_cochrane_print_forms() -> None:
    (e,) = extract_estimates("RESULTS: No difference in lymphoedema was noted (OR 2.31 favouring no drainage, 95% CI "
                             "0.47 to 11.37, P = 0.30).")
    assert (e.value, e.ci_low, e.ci_high, e.p_value) == (2.31, 0.47, 11.37, 0.30)
    (e,) = extract_estimates("RESULTS: Physical therapy reduced weakness (RR 0.62. 95% CI 0.39 to 0.96).")
    assert (e.value, e.ci_low, e.ci_high) == (0.62, 0.39, 0.96)
    (e,) = extract_estimates("RESULTS: CDP increased the risk of pneumothorax (typical RR 2.64, 95% CI 1.39 to 5.04; "
                             "typical RD 0.10, 95% CI 0.04 to 0.17; NNTH 17, 95% CI 17.00 to 25.00; six studies).")
    assert (e.measure, e.value) == ("RR", 2.64)
    assert extract_estimates("RESULTS: The RRs were not significant, albeit not far from the alpha level of "
                             "0.05.") == []


def test_round22_end_points_named_by_the_clause_not_groups_or_pooled_studies() -> None:
    (e,) = extract_estimates("RESULTS: Ischaemic events were fewer in the active group (hazard ratio, 0.78; 95% CI, "
                             "0.63 to 0.97; P=0.02).")
    assert e.endpoint_text == "Ischaemic events"
    found = extract_estimates("RESULTS: Pre-surgical mortality was not significantly affected by stenting (OR 3.14, "
                              "95% CI 0.12 to 79.26). The pooled odds ratio (OR) for the five studies was 0.91 (95% CI "
                              "0.70 to 1.16).")
    assert [e.value for e in found] == [3.14, 0.91]
    assert not any(re.match(r"by\s|five\s", e.endpoint_text or "") for e in found)
    (e,) = extract_estimates("RESULTS: In-hospital delirium was less frequent with drug A (OR 0.55, 95% CI 0.35 to "
                             "0.86).")
    assert e.endpoint_text == "In-hospital delirium"


def test_round22_death_and_another_event_is_a_composite() -> None:
    from trialink._measures import endpoint_of
    assert [endpoint_of(t) for t in ("death and severe disability", "death and cerebral palsy", "death",
                                     "Death and the time to death")] == ["composite", "composite", "OS", "OS"]


def test_round22_orientation_from_more_common_with_a_than_b() -> None:
    (e,) = extract_estimates("RESULTS: Alopecia and fatigue were probably more common with treosulfan than leuprorelin "
                             "(alopecia RR 0.32, 95% CI 0.12 to 0.91).")
    assert (e.groups, e.direction_source) == (("leuprorelin", "treosulfan"), "inferred_from_arms")
    (e,) = extract_estimates("RESULTS: Alopecia was more common with treosulfan than leuprorelin (RR 3.10, 95% CI 1.12 "
                             "to 8.91).")
    assert (e.groups, e.direction_source) == (("treosulfan", "leuprorelin"), "text")


def test_round22_a_death_keeps_its_cause() -> None:
    (e,) = extract_estimates("RESULTS: Frequent screening was associated with an 11% relative increase in mortality "
                             "from lung cancer compared with less frequent screening (RR 1.11, 95% CI 1.00 to 1.23).")
    assert (e.endpoint, e.endpoint_text) == ("other", "mortality from lung cancer")


def test_round22_a_reviews_graded_verbs_and_rates_before_the_ratio() -> None:
    (e,) = extract_estimates("RESULTS: Alemtuzumab may reduce relapse (RR 0.38, 95% CI 0.23 to 0.62, low quality "
                             "evidence).")
    assert e.endpoint_text == "relapse"
    found = extract_estimates("RESULTS: There were no differences in perinatal deaths (19.2% versus 9.5%; risk ratio "
                              "(RR) 1.74, 95% CI 0.92 to 3.28, five trials, n = 262), or serious neonatal morbidity "
                              "(15.8% versus 13.6%; average RR 0.96, 95% CI 0.13 to 7.10, three trials, n = 116).")
    assert [e.endpoint_text for e in found] == ["perinatal deaths", "serious neonatal morbidity"]


def test_round22_a_trial_a_review_names_is_one_it_included() -> None:
    text = ("Three trials (20,412 women) met our inclusion criteria. Two trials compared intravenous TXA with "
            "placebo or standard care and were conducted in acute hospital settings in high-, middle- and low-income "
            "countries. One other trial compared TXA with rectal misoprostol but did not report on any primary "
            "outcome. The larger of these (The WOMAN trial) contributed over 99% of the data. The data show that TXA "
            "reduces the risk of maternal death due to bleeding (risk ratio (RR) 0.81, 95% CI 0.65 to 1.00; two "
            "trials, 20,172 women).")
    (e,) = extract_estimates(text)
    assert (e.value, e.context) == (0.81, "result")


def test_round22_people_receiving_a_than_those_receiving_b() -> None:
    (e,) = extract_estimates("RESULTS: Participants receiving brivaracetam add-on were significantly more likely to "
                             "experience a 50% or greater reduction in seizure frequency than those receiving placebo "
                             "(RR 1.81, 95% CI 1.53 to 2.14; 6 studies).")
    assert e.groups == ("brivaracetam add-on", "placebo")


def test_round23_a_self_controlled_series_relative_incidence_per_risk_window() -> None:
    found = extract_estimates("RESULTS: The relative incidence of seizures after the first dose was 0.91 (95% "
                              "confidence interval [CI], 0.40 to 2.05) in the 1-to-3-day risk window and 1.12 (95% CI, "
                              "0.71 to 1.77) in the 4-to-14-day risk window.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [("IRR", 0.91, 0.40, 2.05),
                                                                         ("IRR", 1.12, 0.71, 1.77)]
    (e,) = extract_estimates("RESULTS: The relative rate of infection was 0.64 (95% CI, 0.45 to 0.91).")
    assert (e.measure, e.value) == ("IRR", 0.64)
    assert extract_estimates("RESULTS: The relative rate reduction was 0.35 (95% CI, 0.20 to 0.50).") == []


def test_round23_a_count_after_a_ratios_name_is_no_ratio() -> None:
    assert extract_estimates("RESULTS: The hazard ratios in the analyses of fatal events were similar to those in "
                             "the analyses of 512 fatal or nonfatal coronary events.") == []


def test_round23_the_primary_end_point_defined_as_a_composite() -> None:
    found = extract_estimates(
        "METHODS: The primary end point was changed during the trial to the composite of the total number of "
        "deaths from cardiac causes, admissions for angina, and urgent visits for chest pain. RESULTS: The rate of "
        "primary end-point events was 4.1 events per 100 patient-years with drug A and 5.9 with placebo (hazard "
        "ratio, 0.70; 95% CI, 0.58 to 0.85). The rate of deaths from cardiac causes per 100 patient-years was 1.2 "
        "with drug A and 1.3 with placebo (hazard ratio, 0.93; 95% CI, 0.71 to 1.21). For the original secondary "
        "end point of the first occurrence of death from cardiac causes, nonfatal myocardial infarction, or nonfatal "
        "stroke, the hazard ratio was 0.86 (95% CI, 0.74 to 0.99).")
    assert [(e.value, e.endpoint) for e in found] == [(0.70, "composite"), (0.93, "other"), (0.86, "composite")]
    assert found[1].endpoint_text == "deaths from cardiac causes"
    (e,) = extract_estimates(
        "METHODS: The primary composite outcome was death from any cause or admission for stroke. RESULTS: A "
        "primary-outcome event occurred in 80 patients (20.1%) in group A and in 84 (21.0%) in group B (hazard ratio, "
        "0.95; 95% CI, 0.70 to 1.29).")
    assert e.endpoint == "composite"


def test_round23_survival_without_an_event_is_a_composite() -> None:
    (e,) = extract_estimates("RESULTS: Survival without severe retinopathy occurred in 120 of 300 infants in group A "
                             "and in 110 of 298 in group B (adjusted rate ratio, 1.08; 95% CI, 0.89 to 1.31).")
    assert (e.measure, e.endpoint) == ("IRR", "composite")


def test_round23_a_threshold_bracket_in_the_end_point_and_a_reviews_list_of_comparisons() -> None:
    found = extract_estimates(
        "RESULTS: The risk ratio (RR) for low birthweight (under 2500 grams) for zinc compared with placebo was 0.92, "
        "95% confidence interval (CI) 0.70 to 1.21 (three trials, 410 women); and 1.10, 95% CI 0.62 to 1.95 (one "
        "trial, 88 women) for zinc compared with iron.")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(0.92, 0.70, 1.21), (1.10, 0.62, 1.95)]
    assert [e.comparison for e in found] == ["zinc vs placebo", "zinc vs iron"]
    assert found[0].endpoint_text == "low birthweight (under 2500 grams)"


def test_round23_a_level_without_its_sign_and_a_unit_glued_by_a_slash() -> None:
    (e,) = extract_estimates("RESULTS: Survival with A was similar to that with C (hazard ratio, 1.062 [97.5 "
                             "confidence interval, 0.881 to 1.280]).")
    assert (e.value, e.ci_low, e.ci_high, e.ci_level) == (1.062, 0.881, 1.280, 97.5)
    found = extract_estimates("RESULTS: In the final model, older age (HR = 1.35/decade older, 95% CI = 1.02 to 1.79, "
                              "P = .03) and mean perfusion pressure (HR = 1.18/mm Hg lower, 95% CI = 1.09 to 1.28, "
                              "P < .001) were associated with field loss.")
    assert [(e.value, e.ci_low, e.ci_high, e.covariate) for e in found] == [
        (1.35, 1.02, 1.79, "older age"), (1.18, 1.09, 1.28, "mean perfusion pressure")]


def test_round23_time_to_a_sites_progression_and_a_survival_advantage() -> None:
    found = extract_estimates("RESULTS: Time to hepatic progression (THP; 10.2 v 6.9 months; P = .02) was longer "
                              "with HAI.")
    assert [(e.measure, e.value, e.endpoint) for e in found] == [("median", 10.2, "TTP"), ("median", 6.9, "TTP")]
    (e,) = extract_estimates("RESULTS: There was a significant survival advantage for drug A compared with drug B "
                             "(hazard ratio, 0.81; 95% CI, 0.68 to 0.97; P = .02).")
    assert (e.endpoint, e.endpoint_text) == ("OS", "survival")


def test_round23_medians_printed_with_an_equals_sign_and_a_p_after_a_comma() -> None:
    found = extract_estimates("RESULTS: Survival was longer with drug A (two-sided P =.04) (median survival = 7.1 "
                              "months versus 5.2 months).")
    assert [(e.value, e.endpoint_text) for e in found] == [(7.1, "survival"), (5.2, "survival")]
    found = extract_estimates("RESULTS: Median OS was 11.4 vs 9.6 months (P, 0.04).")
    assert [e.value for e in found] == [11.4, 9.6]


def test_round23_two_end_points_per_group_across_semicolons() -> None:
    found = extract_estimates(
        "RESULTS: Median progression-free survival and overall survival times were 2.9 months (95% CI, 1.7 to 4.1 "
        "months) and 7.2 months (95% CI, 3.0 to 11.4 months) with drug A, respectively; 5.1 months (95% CI, 3.9 to "
        "6.3 months) and 9.8 months (95% CI, 7.0 to 12.6 months) with drug B, respectively; and 6.4 months (95% CI, "
        "5.0 to 7.8 months) and 10.9 months (95% CI, 9.1 to 12.7 months) with drug C, respectively.")
    assert [(e.value, e.endpoint, e.arm) for e in found] == [
        (2.9, "PFS", "drug A"), (7.2, "OS", "drug A"), (5.1, "PFS", "drug B"), (9.8, "OS", "drug B"),
        (6.4, "PFS", "drug C"), (10.9, "OS", "drug C")]


def test_round23_each_groups_label_before_its_value() -> None:
    found = extract_estimates("RESULTS: The median survival for both arms was comparable (EPO, 16.1 v no EPO, 16.8 "
                              "months; P = .80).")
    assert [(e.measure, e.value, e.arm, e.endpoint) for e in found] == [("median", 16.1, "EPO", "OS"),
                                                                        ("median", 16.8, "no EPO", "OS")]


def test_round23_a_named_subgroup_opening_a_sentence_or_after_the_end_point() -> None:
    found = extract_estimates(
        "RESULTS: The median survival duration for the stage IIIB subgroup was 8.1 months for drug A versus 12.7 "
        "months for drug B (P =.15). For the stage IV subgroup, the median survival time for drug A was 7.4 months "
        "compared with 8.6 months for drug B (P =.25).")
    assert [(e.value, e.population_kind, e.population_detail) for e in found] == [
        (8.1, "subgroup", "stage IIIB"), (12.7, "subgroup", "stage IIIB"), (7.4, "subgroup", "stage IV"),
        (8.6, "subgroup", "stage IV")]


def test_round23_the_group_that_had_fewer_events_than_the_other_group() -> None:
    (e,) = extract_estimates("RESULTS: The drug A group had fewer treatment failures than the placebo group (20% [12 "
                             "of 60 patients] vs. 41% [25 of 61 patients]; hazard ratio, 0.43; 95% CI, 0.22 to 0.84).")
    assert e.groups == ("drug A", "placebo")
    (e,) = extract_estimates("RESULTS: The drug A group had longer survival than the placebo group (hazard ratio, "
                             "1.37; 95% CI, 1.07 to 1.75).")
    assert e.groups != ("drug A", "placebo")  # (an HR above 1 with a longer survival is the other group's hazard)


def test_round23_a_kinds_number_in_the_end_point_before_the_ci() -> None:
    (e,) = extract_estimates("RESULTS: One study reported a relative risk of 1.31 for the incidence of type 2 diabetes "
                             "(95% confidence interval 0.40 to 4.29).")
    assert (e.value, e.ci_low, e.ci_high, e.endpoint_text) == (1.31, 0.40, 4.29, "incidence of type 2 diabetes")


def test_round23_the_outcome_a_group_was_superior_for() -> None:
    (e,) = extract_estimates("RESULTS: Drug A was shown to be superior to placebo for achieving clinical remission at "
                             "week 8 (RR 1.42, 95% CI 1.10 to 1.83; moderate certainty evidence).")
    assert e.endpoint_text == "clinical remission at week 8"
    (e,) = extract_estimates("RESULTS: Outcome at 30 days was better for nondiabetics randomized to A versus B "
                             "(adjusted odds ratio, 0.62; 95% confidence interval, 0.41-0.96).")
    assert e.endpoint == "unknown"  # (the people the result is for are no outcome)


def test_round23_a_bare_pair_after_each_end_point_and_a_treatments_duration() -> None:
    found = extract_estimates("RESULTS: Both arms showed similar chemotherapy duration (3.6 and 4.2 months, "
                              "respectively), progression-free survival (4.3 and 4.6 months) and overall survival (9.7 "
                              "and 9.1 months).")
    assert [(e.value, e.endpoint) for e in found] == [(4.3, "PFS"), (4.6, "PFS"), (9.7, "OS"), (9.1, "OS")]
    assert extract_estimates("RESULTS: The groups were similar in age (61 and 63 years) and weight.") == []


def test_round23_a_level_without_its_sign_before_ci_and_the_odds_times_higher() -> None:
    found = extract_estimates("RESULTS: Drug A may reduce serious adverse events (RR 0.81, 95 CI 0.70 to 0.94; low "
                              "certainty evidence).")
    assert [(e.value, e.ci_low, e.ci_high, e.ci_level) for e in found] == [(0.81, 0.70, 0.94, 95.0)]
    (e,) = extract_estimates("RESULTS: The odds of testicular atrophy were 12.40 times higher for an abdominal "
                             "location (95% CI: 4.1-37.5).")
    assert (e.measure, e.value, e.ci_low, e.ci_high) == ("OR", 12.40, 4.1, 37.5)


def test_round23_median_survivals_for_two_groups_respectively() -> None:
    found = extract_estimates("RESULTS: Median survivals for drug M and placebo patients were 9.1 months and 9.8 "
                              "months, respectively (P =.85).")
    assert [(e.value, e.arm, e.endpoint) for e in found] == [(9.1, "drug M", "OS"), (9.8, "placebo", "OS")]


def test_round23_a_pair_of_times_after_a_medians_own_clause() -> None:
    found = extract_estimates("RESULTS: Overall survival was longer for HAI (median, 23.9 v 19.6 months; P = .004), as "
                              "were response rates (45% and 26%; P = .01) and time to hepatic progression (9.6 v 7.1 "
                              "months; P = .03).")
    assert [(e.value, e.endpoint) for e in found] == [(23.9, "OS"), (19.6, "OS"), (9.6, "TTP"), (7.1, "TTP")]


def test_round23_an_advantage_for_a_compared_with_b_and_a_resulting_lower_risk() -> None:
    (e,) = extract_estimates("RESULTS: There was a significant survival advantage for GC compared with MIC (hazard "
                             "ratio, 0.78; 95% CI, 0.63 to 0.96; P = .02).")
    assert (e.groups, e.endpoint) == (("GC", "MIC"), "OS")
    (e,) = extract_estimates("RESULTS: Treatment with drug A resulted in a lower risk of death than drug B (HR 0.74; "
                             "95% CI 0.60 to 0.91).")
    assert e.groups == ("drug A", "drug B")


def test_round23_complications_of_a_procedure_are_harms_a_diseases_are_not() -> None:
    from trialink._measures import endpoint_of
    assert [endpoint_of(t) for t in ("overall complications", "Clavien III-IV complications", "late complications",
                                     "perioperative neck hematoma")] == ["safety"] * 4
    assert [endpoint_of(t) for t in ("microvascular complications", "diabetic complications",
                                     "serious perinatal complications")] == ["other"] * 3


# Round 24: meaning on the development sets (each test fails on the session-start code)

def test_round24_a_ratio_of_an_effect_counted_as_a_harm_is_safety_unless_the_study_treats_it() -> None:
    found = extract_estimates("RESULTS: Eight trials (1210 people) were included. Drug Z caused more akathisia (RR "
                              "2.10, 95% CI 1.31 to 3.37) and more hyperprolactinaemia (RR 3.02, 95% CI 1.55 to 5.88) "
                              "than placebo, and no more tremor (RR 1.12, 95% CI 0.70 to 1.79).")
    assert [(e.value, e.endpoint) for e in found] == [(2.1, "safety"), (3.02, "safety"), (1.12, "safety")]
    (e,) = extract_estimates("Rotavirus vaccine in infants\nRESULTS: Intussusception within 7 days of the first dose "
                             "was rare (relative incidence 5.4; 95% CI 2.0 to 14.6).")
    assert e.endpoint == "safety"
    # not a factor's ratio in a study of risk factors, nor the effect a study treats or prevents, named by its
    # title, first sentence or an aim
    found = extract_estimates("RESULTS: Of 410 patients, 96 had nausea. Female sex was associated with nausea (OR "
                              "2.10, 95% CI 1.31 to 3.37).")
    assert [(e.covariate, e.endpoint) for e in found] == [("Female sex", "other")]
    (e,) = extract_estimates("Dexamethasone for postoperative nausea and vomiting\nRESULTS: Nausea or vomiting within "
                             "24 hours occurred in 20% versus 33% (relative risk 0.61, 95% CI 0.43-0.87).")
    assert e.endpoint == "other"
    (e,) = extract_estimates("Background: Hyperkalaemia limits the use of RAAS inhibitors. Methods: 300 patients "
                             "were randomised. Results: Recurrent hyperkalaemia was less frequent with the binder ("
                             "odds ratio 0.42, 95% CI 0.25 to 0.70).")
    assert e.endpoint == "other"
    # a harm's duration is what a supportive treatment shortens: medians keep 'other'
    found = extract_estimates("RESULTS: In the G-CSF group the median duration of neutropenia was shorter (11 v 18 "
                              "days, P < .001).")
    assert [(e.value, e.endpoint) for e in found] == [(11.0, "other"), (18.0, "other")]


def test_round24_the_outcome_before_a_qualifier_a_group_or_a_reviews_certainty() -> None:
    (e,) = extract_estimates("RESULTS: Venous thromboses were more frequent in the tamoxifen arm, regardless of the "
                             "strategy adopted (RR, 0.55; 95% CI, 0.43-0.70; P<.0001).")
    assert e.endpoint_text == "Venous thromboses"
    (e,) = extract_estimates("RESULTS: Withdrawals due to adverse effects were increased with treatment (RR 2.40, 95% "
                             "CI 1.90 to 3.03).")
    assert (e.endpoint, e.endpoint_text) == ("safety", "Withdrawals due to adverse effects")
    (e,) = extract_estimates("RESULTS: Withdrawals due to side effects were increased with treatment (low-certainty "
                             "evidence; 4.1% with control vs 9.9% with treatment; RR 2.41, 95% CI 1.80 to 3.22).")
    assert (e.endpoint, e.endpoint_text) == ("safety", "Withdrawals due to side effects")


def test_round24_the_outcome_of_a_clause_with_a_size_a_reporting_verb_or_an_uptake() -> None:
    # a size before the comparison, after an opening qualifier
    (e,) = extract_estimates("RESULTS: Independent of confounders, the prevalence of asthma at 12 years was 40% "
                             "greater among obese children than among others (RR 1.41; 95% CI: 1.10-1.81).")
    assert e.endpoint_text == "prevalence of asthma"
    # a reporting clause before the subject; "significantly differed between"
    (e,) = extract_estimates("RESULTS: The model showed that catheter failure was more likely in younger women "
                             "compared to older women (aOR=2.05, 95% CI 1.10-3.82).")
    assert e.endpoint_text == "catheter failure"
    (e,) = extract_estimates("RESULTS: The analyses suggested that the 3-year survival significantly differed between "
                             "the two sites (HR = 0.79, 95% CI 0.66-0.94).")
    assert (e.endpoint, e.endpoint_text) == ("OS", "3-year survival")
    # the uptake of a treatment is an outcome, not a group; "as likely as … to receive X"
    (e,) = extract_estimates("RESULTS: Receipt of guideline treatment was 12% lower (RR = 0.88, 95% CI = 0.80 to 0.97) "
                             "in the poorest group.")
    assert e.endpoint_text == "Receipt of guideline treatment"
    (e,) = extract_estimates("RESULTS: Residents of unit A were twice as likely as other residents to receive "
                             "scheduled analgesia (adjusted odds ratio = 2.10, 95% CI = 1.60-2.75).")
    assert e.endpoint_text == "receive scheduled analgesia"


def test_round24_a_reviews_outcome_shapes() -> None:
    def ep(text: str) -> list[str | None]:
        return [e.endpoint_text for e in extract_estimates(text)]
    assert ep("RESULTS: Drug L and placebo were comparable in adverse events (RR 1.04, 95% CI 0.92 to 1.17), serious "
              "adverse events (RR 0.88, 95% CI 0.56 to 1.38).") == ["adverse events", "serious adverse events"]
    assert ep("RESULTS: Drug P appeared superior to placebo at six weeks for the outcome of 'no important global "
              "improvement' (n = 90, RR 0.45 CI 0.2 to 0.9).") == ["no important global improvement"]
    assert ep("RESULTS: Side effects did not differ, with the exception of shivering, which was more frequent in women "
              "receiving drug M (RR 9.00; 95% CI 1.20 to 67.5).") == ["shivering"]
    assert ep("RESULTS: Ice packs provided improved pain relief 24 to 72 hours after birth compared with no treatment "
              "(RR 0.62; 95% CI 0.42 to 0.92; one study, n = 200).") == ["pain relief 24 to 72 hours"]
    assert ep("RESULTS: Subgroup analysis shows fewer occlusions with heparin use (RR 0.55, 95% CI 0.30 to 0.98).") == \
        ["occlusions"]
    assert ep("RESULTS: Women were equally likely to have a baby discharged home healthy (RR 1.01, 95% CI 0.96 to "
              "1.06; 4 studies).") == ["baby discharged home healthy"]
    # a passive "affected by": the subject is the outcome, the agent no end point
    (e,) = extract_estimates("RESULTS: Mortality was not significantly affected by stenting (OR 3.10, 95% CI 0.12 to "
                             "80.1).")
    assert (e.endpoint, e.covariate) == ("OS", None)
    # "no effect on X (Peto OR …) nor on Y (Peto OR …)": what the effect was on
    assert ep("RESULTS: There was no significant effect on adverse events (Peto OR 1.21, 95% CI 0.88 to 1.66) nor on "
              "rash (Peto OR 1.70, 95% CI 0.90 to 3.21).") == ["adverse events", "rash"]


def test_round24_a_bare_bracket_after_a_time_to_an_event_in_a_text_that_names_no_spread_is_its_ci() -> None:
    found = extract_estimates("RESULTS: Median Kaplan-Meier estimate of survival was 44.0 years (42.9-46.1) for "
                              "carriers and 47.9 (46.3-49.4) for non-carriers.")
    assert [(e.value, e.ci_low, e.ci_high, e.checks) for e in found] == [
        (44.0, 42.9, 46.1, ("ci_not_named",)), (47.9, 46.3, 49.4, ("ci_not_named",))]
    # not where the text names a range or an IQR, nor a bracket that does not hold its time, nor a stay
    found = extract_estimates("RESULTS: Median survival was 12.0 months (9.1-15.2) in group A and 10.0 months "
                              "(10.5-30.5) in group B; the range of follow-up was wide.")
    assert [(e.value, e.ci_low) for e in found] == [(12.0, None), (10.0, None)]
    found = extract_estimates("RESULTS: Median length of stay was 5 days (3-9) vs 7 days (4-12).")
    assert [(e.value, e.ci_low) for e in found] == [(5.0, None), (7.0, None)]


def test_round24_a_bare_bracket_after_rates_compared_and_more_harms_and_landmarks_by_name() -> None:
    found = extract_estimates("RESULTS: Higher hospital volume was associated with lower rates of permanent stomas "
                              "(OR=0.62, 95% CI 0.44 to 0.88). High-volume surgeons also achieved lower rates of "
                              "permanent stoma formation (0.77, 95% CI 0.65 to 0.91).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [("OR", 0.62, 0.44, 0.88),
                                                                         ("OR", 0.77, 0.65, 0.91)]
    found = extract_estimates("RESULTS: Inhaled steroids increased oropharyngeal candidiasis (OR 2.60, 95% CI 2.01 to "
                              "3.40) and serum transaminases elevation (RR 1.70, 95% CI 0.70 to 4.30).")
    assert [e.endpoint for e in found] == ["safety", "safety"]
    (e,) = extract_estimates("RESULTS: Overall five year survival was improved (HR=0.91, 95% CI 0.86 to 0.97).")
    assert e.endpoint == "OS"


def test_round24_a_reviews_list_of_harms_and_no_difference_between_groups_for_x() -> None:
    found = extract_estimates("RESULTS: Drug S prevented major events (RR 0.70, 95% CI 0.64 to 0.77). Potential harms "
                              "of drug S were uncertain: elevated creatine kinase (7 studies, 4500 participants; RR "
                              "0.86, 95% CI 0.21 to 3.50), liver function abnormalities (7 studies, RR 0.78, 95% CI "
                              "0.40 to 1.52) and cancer (RR 1.02, 95% CI 0.81 to 1.29).")
    assert [e.endpoint for e in found][1:] == ["safety", "safety", "safety"]
    (e,) = extract_estimates("RESULTS: There was no difference between drugs for relapse (1 RCT, N = 72; RR 1.4, 95% "
                             "CI 0.45 to 4.80, very low quality evidence).")
    assert e.endpoint_text == "relapse"


def test_round25_a_ratio_that_names_no_groups_compares_the_arms_randomised_experimental_first() -> None:
    found = extract_estimates("Methods: In this double-blind trial, 150 patients were randomised to receive the "
                              "inhibitor tovaparib or placebo. Results: Median PFS was 3.1 months versus 1.7 months "
                              "(HR 0.64, 95% CI 0.45-0.90; p=0.01).")
    (hr,) = [e for e in found if e.measure == "HR"]
    assert (hr.groups, hr.direction_source) == (("inhibitor tovaparib", "placebo"), "design")
    # a control named first is still the second group: the experimental arm relative to the control
    (e,) = extract_estimates("Methods: Adults were randomly assigned (1:1) to usual care or a nurse-led clinic. "
                             "Results: Readmission was less frequent (OR 0.70, 95% CI 0.52 to 0.94).")
    assert (e.groups, e.direction_source) == (("nurse-led clinic", "usual care"), "design")
    # more ways a design names its arms: "received A or matched placebo", "We compared A with B", "treatment with
    # either A or B"; two active arms, or observation (a de-escalation trial tests it), keep the text's order, unknown
    (e,) = extract_estimates("Methods: After chemotherapy, 100 patients received oral tovaparib 300 mg/d or matched "
                             "placebo. Results: Progression was less frequent (HR 0.70, 95% CI 0.50 to 0.98).")
    assert (e.groups, e.direction_source) == (("oral tovaparib 300 mg/d", "placebo"), "design")
    (e,) = extract_estimates("Background: Recurrent infection is hard to treat. We compared fidaxomin with "
                             "vancomycin. Methods: 629 adults were randomised. Results: Recurrence was less frequent "
                             "(RR 0.55, 95% CI 0.38 to 0.80).")
    assert (e.groups, e.direction_source) == (("fidaxomin", "vancomycin"), "unknown")
    (e,) = extract_estimates("Methods: 137 patients were randomized to treatment with either antimicrobial lozenge or "
                             "placebo lozenge. Results: Severe mucositis was as frequent (RR 0.93, 95% CI 0.70 to "
                             "1.24).")
    assert (e.groups, e.direction_source) == (("antimicrobial lozenge", "placebo lozenge"), "design")
    # ("or" inside a dose's bracket is no odds ratio: the arms around it)
    (e,) = extract_estimates("Methods: Patients were randomly allocated to receive aspirin (81 mg or 100 mg daily, "
                             "aspirin group) or no aspirin (no aspirin group). Results: Albuminuria was as frequent "
                             "(HR 1.17, 95% CI 0.99 to 1.38).")
    assert (e.groups, e.direction_source) == (("aspirin", "no aspirin"), "unknown")
    (e,) = extract_estimates("Methods: 528 patients were randomised to observation or antibiotics. Results: Recovery "
                             "was as fast (hazard ratio 0.91, 95% CI 0.78 to 1.06).")
    assert (e.groups, e.direction_source) == (("observation", "antibiotics"), "unknown")
    # nothing said: a review (many pairs), a second pair among the results, a factor's ratio
    for text in ("Methods: We included 12 trials comparing drug Q with placebo. Results: Drug Q reduced relapse (RR "
                 "0.64, 95% CI 0.52 to 0.79).",
                 "Methods: Patients were randomised to drug Q or placebo. Results: Relapse was less frequent (RR 0.64, "
                 "95% CI 0.52 to 0.79). In the extension, patients were randomised to drug Q or drug R.",
                 "Methods: Patients were randomised to drug Q or placebo. Results: Older age was associated with "
                 "relapse (OR 1.80, 95% CI 1.20 to 2.70)."):
        assert all(e.direction_source != "design" and e.groups != ("drug Q", "placebo")
                   for e in extract_estimates(text)), text


def test_round25_muscle_power_is_no_design_word_and_a_median_for_both_is_one_per_arm() -> None:
    found = extract_estimates("RESULTS: Both groups had comparable muscle power using the MRC sum score (p = 0.27). "
                              "Children in the PE group had a shorter period of ventilation (median 11 days, IQR 11 "
                              "to 13) compared to the IVIG group (median 13 days, IQR 11 to 15), p = 0.037.")
    assert [(e.value, e.context) for e in found] == [(11.0, "result"), (13.0, "result")]
    found = extract_estimates("RESULTS: Median PFS was not improved in the UFT group compared with the OBS group "
                              "(3.2 months versus 3.6 months, P = 0.752), as well as the median OS (14.2 months for "
                              "both, P = 0.983).")
    assert [(e.value, e.arm) for e in found if e.endpoint == "OS"] == [(14.2, "UFT"), (14.2, "OBS")]
    # a study's power is still a design word
    (e,) = extract_estimates("METHODS: The trial had 80% power to detect an improvement in median PFS from 4 to 6 "
                             "months.")[:1]
    assert e.context == "design"


def test_round25_the_outcome_before_a_qualified_ratio_or_after_a_sentences_rates() -> None:
    # the kind of estimate inside the bracket before the measure's name does not hide the outcome before it
    for q in ("average", "Peto", "typical", "pooled", "stratified", "summary"):
        (e,) = extract_estimates(f"Results: Antenatal steroids reduced neonatal death ({q} RR 0.69, 95% CI 0.58 to "
                                 "0.81).")
        assert (e.endpoint, e.endpoint_text) == ("OS", "neonatal death"), q
    # an outcome, then the groups' rates without a verb, then the ratio
    found = extract_estimates("Findings: Recurrent VTE at 6 months 4% vs 11% (HR 0.43, 95% CI 0.19-0.99). Major "
                              "bleeding 6% vs 4% (HR 1.83, 0.68-4.96). Pulmonary complications: 6% vs 13% (adjusted "
                              "OR 0.41; 95% CI 0.20-0.90).")
    assert [e.endpoint_text for e in found] == ["Recurrent VTE at 6 months", "Major bleeding",
                                                "Pulmonary complications"]


def test_round25_a_time_after_which_an_event_occurred_is_its_median() -> None:
    found = extract_estimates("Results: Flatus was passed after a median of 16.0 h and 22.5 h, respectively.")
    assert [(e.value, e.unit, e.endpoint_text) for e in found] == [(16.0, "hours", "Flatus passed"),
                                                                   (22.5, "hours", "Flatus passed")]
    found = extract_estimates("Results: Relapse occurred after a median of 9 months in group A and 14 months in "
                              "group B.")
    assert [(e.value, e.arm) for e in found] == [(9.0, "group A"), (14.0, "group B")]
    # still not a time of measurement: "after a median of 3 years, 12% had relapsed"
    assert extract_estimates("Results: After a median of 3 years, 12% of patients had relapsed.") == []


def test_round26_a_relative_change_and_its_bracket_are_one_ratio_with_the_subjects_outcome() -> None:
    # "reduced by 25% (0.75, …)": the bracket holds the ratio the change is (1 - 25% = 0.75), in this sentence or
    # after a named ratio in the one before; the subject of "was reduced by" is the outcome, not a factor
    found = extract_estimates("Results: Stroke incidence in the screened group was reduced by 21% (hazard ratio 0.79, "
                              "95% CI 0.70-0.89) and mortality by 12% (0.88, 0.80-0.97). In per-protocol analyses, "
                              "stroke incidence among attenders was reduced by 30% (0.70, 0.61-0.80). Incidence of "
                              "fatal stroke (any type) was reduced by 40% (0.60, 0.48-0.75; secondary outcome).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [
        ("HR", 0.79, 0.70, 0.89), ("HR", 0.88, 0.80, 0.97), ("HR", 0.70, 0.61, 0.80), ("HR", 0.60, 0.48, 0.75)]
    assert [e.endpoint_text for e in found] == ["Stroke incidence", "mortality", "stroke incidence",
                                                "Incidence of fatal stroke (any type)"]
    assert found[2].population_kind == "per_protocol"
    # a percentage whose bracket does not agree with it is still no ratio (its own CI)
    found = extract_estimates("Results: Mortality was lower with A (hazard ratio 0.79, 95% CI 0.70-0.89). Relapse was "
                              "reduced by 21% (0.12, 0.05-0.30).")
    assert [e.value for e in found] == [0.79]


def test_round26_subject_lists_dates_open_limits_and_named_survival_abbreviations() -> None:
    # the subject lists one end point per ratio, "respectively"
    found = extract_estimates("Results: 5-year DFS and OS rates were 70.1% v 64.0% (HR, 0.81; 95% CI, 0.66 to 0.99; "
                              "P = .04) and 82.2% v 80.1% (HR, 0.90; 95% CI, 0.70 to 1.16; P = .41), respectively.")
    assert [(e.value, e.endpoint) for e in found] == [(0.81, "DFS"), (0.90, "OS")]
    (e,) = extract_estimates("Results: 812 patients in the A group and 820 in the B group were disease free at 5 "
                             "years (hazard ratio 0.95, 95% CI 0.85-1.06; p=0.40).")
    assert (e.endpoint, e.endpoint_text) == ("DFS", "disease free")
    # a date is no time, and the time from randomisation to the data cut-off is a follow-up
    assert extract_estimates("Results: Median (range) time from randomization to data cutoff (March 3, 2021) was "
                             "48.2 (40.1-55.0) months.") == []
    # an open upper limit ("to not reached") makes a bare bracket after a time to an event its CI
    (e,) = extract_estimates("Results: Eight patients responded, with a median duration of response of 7.1 months "
                             "(5.0 to not reached).")
    assert (e.value, e.ci_low, e.ci_high) == (7.1, 5.0, None)
    found = extract_estimates("Results: OS was longer with tovaparib (11.2 months; 95% CI, 8.1 months to not "
                              "reached) versus docetaxel (7.0 months; 95% CI, 4.4 months to not reached; P = .02).")
    assert [(e.value, e.ci_low, e.arm) for e in found] == [(11.2, 8.1, "tovaparib"), (7.0, 4.4, "docetaxel")]
    # "median survival (MS)": the document's abbreviation read like the words; elsewhere MS is no median
    found = extract_estimates("Purpose: Earlier patients had a median survival (MS) of 5.0 months. Methods: Patients "
                              "were assigned to A or to B (which yielded an MS of 8.1 months in a pilot).")
    assert [e.value for e in found] == [5.0, 8.1]
    assert found[1].endpoint == "OS"
    assert extract_estimates("Results: Patients with MS of 8.1 months' duration were included.") == []
    # "relapse or death", "invasive disease or death": the events of RFS and IDFS
    found = extract_estimates("Results: The risk of relapse or death was lower (HR 0.70, 95% CI 0.55-0.89), as was "
                              "the risk of invasive disease or death (HR 0.75, 95% CI 0.60-0.94).")
    assert [e.endpoint for e in found] == ["RFS", "IDFS"]


def test_round26_a_lists_later_brackets_read_like_its_first() -> None:
    # the first bracket names the times ("median … months") and the ratio ("HR"); the later ones print only numbers
    found = extract_estimates("Results: Time to worsening was longer with A than with B for fatigue (median 30.1 "
                              "months [95% CI 25.0 to NR] vs 20.2 [15.5 to 24.4]; HR 0.61 [95% CI 0.50 to 0.75]; "
                              "p<0.0001) and nausea (28.0 [22.1 to NR] vs 21.9 [18.0 to 25.0]; 0.70 [0.57 to 0.86]; "
                              "p=0.001), and emotional functioning as assessed by the QLQ-C30 scale (31.2 [27.0 to "
                              "33.3] vs 24.0 [20.1 to 28.8]; 0.74 [0.60 to 0.91]; p=0.004).")
    later = [(e.measure, e.value, e.ci_low, e.ci_high, e.unit, e.endpoint_text) for e in found
             if "named_by_list_first" in e.checks]
    assert later == [("median", 28.0, 22.1, None, "months", "nausea"), ("median", 21.9, 18.0, 25.0, "months", "nausea"),
                     ("HR", 0.70, 0.57, 0.86, None, "nausea"),
                     ("median", 31.2, 27.0, 33.3, "months", "QLQ-C30 scale"),
                     ("median", 24.0, 20.1, 28.8, "months", "QLQ-C30 scale"),
                     ("HR", 0.74, 0.60, 0.91, None, "QLQ-C30 scale")]
    # without a named first bracket, bare numbers stay unread
    assert extract_estimates("Results: Scores differed for fatigue (28.0 [22.1 to 30.0] vs 21.9 [18.0 to 25.0]; "
                             "0.70 [0.57 to 0.86]).") == []


def test_round26_groups_and_parts_of_the_trial_named_around_medians() -> None:
    text = ("METHODS: 300 patients with advanced cancer were randomised to tovaparib or placebo. RESULTS: Median PFS "
            "was 5.1 months with tovaparib and 3.2 months with placebo (HR 0.62, 95% CI 0.48-0.80). Furthermore, "
            "patients with the KRAS wild-type (wt) tumours had a median PFS of 9.7 and 3.1 months with tovaparib and "
            "placebo. Median OS was 14.4 months with tovaparib and 9.9 months with placebo (HR, 0.52; 95% CI, 0.30 to "
            "0.90) in BRAF-mutated tumors and 10.3 and 9.6 months (HR, 0.93; 95% CI, 0.71 to 1.22) in BRAF wild-type "
            "tumors.")
    got = [(e.value, e.arm, e.population) for e in extract_estimates(text) if e.value in (9.7, 3.1, 14.4, 9.9, 0.52,
                                                                                          10.3, 9.6, 0.93)]
    assert got == [(9.7, "tovaparib", "subgroup: the KRAS wild-type (wt) tumours"),
                   (3.1, "placebo", "subgroup: the KRAS wild-type (wt) tumours"),
                   (14.4, "tovaparib", "subgroup: BRAF-mutated tumors"),
                   (9.9, "placebo", "subgroup: BRAF-mutated tumors"),
                   (0.52, None, "subgroup: BRAF-mutated tumors"),
                   (10.3, None, "subgroup: BRAF wild-type tumors"), (9.6, None, "subgroup: BRAF wild-type tumors"),
                   (0.93, None, "subgroup: BRAF wild-type tumors")]
    # a later sentence's per-group times with a named CI, continuing the sentence before
    found = extract_estimates("Results: Median PFS did not differ between the tovaparib (6.6 months [95% CI 3.9-9.8]) "
                              "and placebo (5.1 months [3.6-7.3]) groups (HR 0.74 [95% CI 0.52-1.06]). Nor did it "
                              "differ by mutation status (tovaparib 6.5 months [95% CI 3.7-9.8] vs placebo 5.1 months "
                              "[2.6-10.4]; HR 0.73 [95% CI 0.42-1.28]).")
    assert [(e.value, e.ci_low, e.arm) for e in found if e.measure == "median"][2:] == [(6.5, 3.7, "tovaparib"),
                                                                                        (5.1, 2.6, None)]
    # "The MST for X was": the group after the abbreviation
    (e,) = extract_estimates("Results: The MST for carboplatin was 10.4 months.")
    assert (e.endpoint, e.endpoint_text, e.arm) == ("OS", "MST", "carboplatin")


def test_round26_effects_and_response_times_are_no_outcomes_of_their_own() -> None:
    found = extract_estimates("Results: OS was longer with A (HR, 0.76; 95% CI, 0.61-0.95). More pronounced effects "
                              "were observed in patients with visceral disease (HR, 0.68; 95% CI, 0.51-0.89) and "
                              "primary resistance to prior ET (HR, 0.69; 95% CI, 0.45-1.04).")
    assert [e.endpoint for e in found] == ["OS", "OS", "OS"]
    found = extract_estimates("Results: Median time to objective response was 9.6 months with A and 13.3 months with "
                              "B.")
    assert {e.endpoint for e in found} == {"other"}


def test_round26_per_group_times_without_the_word_median_and_margins_set_at_a_value() -> None:
    # a time to an event with its CI per arm, the limits in months, in a text that never says "median"
    found = extract_estimates("Results: Time to PSA progression was 3.9 months (95% CI, 2.8 to 5.1 months) on the "
                              "tovaparib-alone arm and 6.0 months (95% CI, 4.2 to 7.7 months) on the combination arm.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.arm) for e in found] == [
        ("median", 3.9, 2.8, 5.1, "tovaparib-alone"), ("median", 6.0, 4.2, 7.7, "combination")]
    assert all("statistic_not_named" in e.checks for e in found)
    # each group in a bracket of its own after its time
    found = extract_estimates("Results: Median survival was 15.1 months with tovaparib and 12.0 months with placebo "
                              "(HR 0.80). Duration of response was 8.8 months (tovaparib) and 6.1 months (placebo); "
                              "hazard ratio was 0.52.")
    assert [(e.value, e.arm, e.endpoint) for e in found if e.measure == "median"][2:] == [
        (8.8, "tovaparib", "DoR"), (6.1, "placebo", "DoR")]
    # the unit after each time's CI
    found = extract_estimates("Results: Median OS was long. Overall survival did not differ (40.2 [95% CI 35.1-48.0] "
                              "months vs 41.0 [36.3-50.2] months; HR 1.02, 95% CI 0.86-1.21).")
    assert [(e.value, e.ci_low, e.ci_high, e.unit) for e in found if e.measure == "median"] == [
        (40.2, 35.1, 48.0, "months"), (41.0, 36.3, 50.2, "months")]
    # "a 7.2-month median response duration"; not "a 12-month median follow-up"
    (e,) = extract_estimates("Results: The response rate was 20% with a 6.4-month median response duration.")
    assert (e.value, e.unit, e.endpoint) == (6.4, "months", "DoR")
    assert extract_estimates("Results: Patients were seen over a 12-month median follow-up.") == []
    # a drug's treatment durations are exposure, no outcome
    assert extract_estimates("Results: The median durations of treatment with tovaparib were 80 days in the A arm "
                             "and 120 days in the B arm.") == []
    # "a noninferiority margin of hazard ratio was set at 1.30": a planned margin
    (e,) = extract_estimates("Methods: A noninferiority margin of hazard ratio was set at 1.30.")
    assert (e.measure, e.value, e.context) == ("HR", 1.30, "design")


def test_round26_a_reviews_lists_of_outcomes_and_ranges_of_ratios() -> None:
    # "…, for B 0.90 (95% CI …), and for C 0.88 (95% CI …)": each later item its own outcome, the measure said once
    found = extract_estimates("Results: The pooled risk ratio (RR) for recurrent stroke was 0.80 (95% CI 0.70 to 0.92; "
                              "8 RCTs), for major vascular event 0.91 (95% CI 0.79 to 1.05; 4 RCTs), and for dementia "
                              "0.87 (95% CI 0.72 to 1.05; 2 RCTs).")
    assert [(e.measure, e.value, e.endpoint_text) for e in found] == [
        ("RR", 0.80, "recurrent stroke"), ("RR", 0.91, "major vascular event"), ("RR", 0.87, "dementia")]
    # "an RR of 0.84 to 0.86 in favour of X": two analyses' values named once, no estimate
    assert extract_estimates("Results: Pooled analyses of short- and longer-term mortality showed an RR of 0.83 to "
                             "0.87 in favour of the prone position.") == []
    # a list of outcomes after a colon, thresholds inside their names; what was prevented; a probable reduction
    found = extract_estimates("Results: Neonatal outcomes did not differ between groups: Apgar score less than seven "
                              "at five minutes (RR 1.70, 95% CI 0.80 to 3.60); umbilical artery pH less than 7.10 (RR "
                              "1.30, 95% CI 0.90 to 1.80).")
    assert [e.endpoint_text for e in found] == ["Apgar score less than seven at five minutes",
                                                "umbilical artery pH less than 7.10"]
    (e,) = extract_estimates("Results: Statins were effective for preventing MI occurrence (RR 0.85, 95% CI 0.79 to "
                             "0.92; 10 studies).")
    assert e.endpoint_text == "MI occurrence"
    (e,) = extract_estimates("Results: The caesarean section rate is probably reduced by about 10% (13.0% versus "
                             "14.5%, RR 0.90, 95% CI 0.80 to 1.01, 30 trials).")
    assert e.endpoint_text == "caesarean section rate"
    # (not a factor list: "associated with infection: drug use (OR …)" keeps its factors)
    found = extract_estimates("Results: Three variables were associated with infection: drug use (OR = 5.0; 95% CI = "
                              "1.2, 25); partner with HIV (OR = 3.5; 95% CI = 1.8, 7.0).")
    assert [e.covariate for e in found] == ["drug use", "partner with HIV"]


def test_round26_a_reviews_evidence_base_before_the_ratio_and_end_points_named_after_it() -> None:
    # "(three studies; 494 women; RR …)": the outcome named before the bracket, the evidence base skipped
    found = extract_estimates("Results: Heparin was associated with a significant reduction in risk of perinatal "
                              "mortality (six studies; 650 women; RR 0.41; 95% CI 0.21 to 0.79), preterm birth before "
                              "34 weeks (three studies; 490 women; RR 0.47; 95% CI 0.30 to 0.74).")
    assert [e.endpoint_text for e in found] == ["perinatal mortality", "preterm birth before 34 weeks"]
    # the groups after "in favour of" are no outcome: the sentence's end point instead
    (e,) = extract_estimates("Results: There was a significant difference in event-free survival in favour of "
                             "myeloablative therapy over chemotherapy or no further treatment (three studies, 739 "
                             "patients; HR 0.79, 95% CI 0.68 to 0.91).")
    assert e.endpoint == "EFS"
    # "… (HR 1.60 …; and HR 1.25 …, P = 0.05 for OS and PFS respectively)": the end points named after the ratios
    found = extract_estimates("Results: There was no difference in OS and a borderline difference in PFS when "
                              "residual disease of more and less than 2 cm were compared (HR 1.60, 95% CI 0.80 to "
                              "3.30; and HR 1.25, 95% CI 1.00 to 1.60, P = 0.05 for OS and PFS respectively).")
    assert [(e.value, e.endpoint) for e in found] == [(1.60, "OS"), (1.25, "PFS")]


def test_round26_follow_up_in_the_possessive_doses_with_thousands_and_pairs_named_around_the_groups() -> None:
    # "a median of 17·1 years' follow-up": a follow-up (and the counts after it are no times)
    assert [e.measure for e in extract_estimates(
        "Findings: During screening and a median of 15·2 years' follow-up, cancer was diagnosed in 1100 individuals "
        "in the intervention group and 3000 in the control group.")] == []
    # "in the 1,600/800-mg group": a dose with a thousands separator, no time
    found = extract_estimates("Results: Median progression-free survival was 10.9 months in the 1,600/800-mg group "
                              "(range, 1.8 to 30.9+ months) and 5.0 months in the 400/400-mg group (range, 1.0 to "
                              "30.9+ months).")
    assert [e.value for e in found] == [10.9, 5.0]
    # "in both the A group and the B group": one row per named arm
    found = extract_estimates("Results: Median PFS was 2·6 months (95% CI 1·9-2·8) in both the tovaparib group and "
                              "the erlotinib group (HR 0·94, 95% CI 0·80-1·10).")
    assert [(e.value, e.arm) for e in found if e.measure == "median"] == [(2.6, "tovaparib"), (2.6, "erlotinib")]
    # "similar in the two groups at 12·8 months (95% CI …) in A": a median, not a time point
    found = extract_estimates("Results: Median event-free survival was similar in the two groups at 12·8 months "
                              "(95% CI 9·7-22·9) in the chemoradiotherapy group and 11·6 months (8·4-15·2) in the "
                              "chemotherapy group (p=0·67).")
    assert [(e.value, e.arm) for e in found] == [(12.8, "chemoradiotherapy"), (11.6, "chemotherapy")]
    # the pair opening the bracket after a clause that names a time to an event, "v" between the groups
    found = extract_estimates("Results: Patients receiving tovaparib had an improvement in RFS compared with "
                              "patients given placebo (13.1 months for tovaparib v 10.0 months for placebo; hazard "
                              "ratio, 0.50; 95% CI, 0.30 to 0.80).")
    assert [(e.measure, e.value, e.arm) for e in found] == [("median", 13.1, "tovaparib"), ("median", 10.0, "placebo"),
                                                            ("HR", 0.50, None)]
    # a margin planned as "would be shown if the upper boundary … was less than 1.8"
    (e,) = extract_estimates("Methods: Noninferiority would be shown if the upper boundary of the two-sided 95% "
                             "confidence interval for the hazard ratio was less than 1.8.")
    assert (e.value, e.context) == (1.8, "design")


def test_round26_words_that_name_no_outcome_leave_the_end_point_unknown() -> None:
    # a verdict, a time or people before the ratio's bracket are no end point: unknown, not a made-up one
    for text, value in (("Results: The 10-mg nomogram showed no difference (RR 1.08, 95% CI 0.80 to 1.40).", 1.08),
                        ("Results: Weekly smoking was assessed. At follow-up, the rates were similar at 42 months (RR "
                         "0.95, 95% CI 0.78 to 1.14).", 0.95)):
        (e,) = extract_estimates(text)
        assert (e.value, e.endpoint, e.endpoint_text) == (value, "unknown", None), text
    # (a real outcome named with days is kept: "hospital days")
    (e,) = extract_estimates("Results: The intervention reduced hospital days (IRR 0.92, 95% CI 0.77 to 1.11).")
    assert e.endpoint_text == "hospital days"
    # "no difference was observed in X (RR …": X
    (e,) = extract_estimates("Results: No difference was observed in major bleeding at 14 to 90 days (RR 0.97, 95% CI "
                             "0.27 to 3.51; 4 studies).")
    assert e.endpoint_text == "major bleeding at 14 to 90 days"


def test_round26_numbers_read_like_a_lists_first_bracket_carry_their_own_checks() -> None:
    # the numbers read like a list's first bracket carry their own consistency checks, not the first one's
    found = extract_estimates("Results: Time to worsening was longer with A than with B for fatigue (median 30.1 "
                              "months [95% CI 25.0 to NR] vs 20.2 [15.5 to 24.4]; HR 0.61 [95% CI 0.50 to 0.75]; "
                              "p<0.0001) and nausea (28.0 [29.1 to 35.0] vs 21.9 [18.0 to 25.0]; 0.70 [0.57 to 0.86]; "
                              "p=0.001).")
    assert [e.checks for e in found if e.value in (28.0, 21.9)] == [("ci_excludes_estimate", "named_by_list_first"),
                                                                     ("named_by_list_first",)]


def test_round27_composite_lists_outcomes_after_nor_and_an_occurred_in_subject() -> None:
    # a list of three or more events is the end point whole, not its last item
    (e,) = extract_estimates("Results: At 2 years, the end point of cardiovascular death, myocardial infarction, or "
                             "stroke was significantly reduced with drug Q compared with placebo (6.1% versus 8.2%, "
                             "HR, 0.74; 95% CI 0.63 to 0.87; P<0.001).")
    assert (e.endpoint, e.endpoint_text) == ("composite", "cardiovascular death, myocardial infarction, or stroke")
    (e,) = extract_estimates("Results: Drug Q also reduced the composite of CV death, MI, stroke, and urgent coronary "
                             "revascularization (10.1% versus 11.8%, HR, 0.85; 95% CI 0.77 to 0.93; P<0.001).")
    assert (e.endpoint, e.endpoint_text) == ("composite", "CV death, MI, stroke, and urgent coronary revascularization")
    found = extract_estimates("Results: The composite endpoint of myocardial infarction, total stroke, and vascular "
                              "death showed fewer events with drug Q 150 mg (OR 0.88, 95% CI 0.78-1.00), but was "
                              "similar with drug Q 110 mg (OR 0.98, 95% CI 0.86-1.12).")
    assert [e.endpoint for e in found] == ["composite", "composite"]
    # "X or Y occurred in a lower percentage of patients treated with A": X or Y, not the people treated
    (e,) = extract_estimates("Results: Heart failure admission or cardiovascular death occurred in a significantly "
                             "lower percentage of patients treated with drug Q [120/2000 (6.0%)] than with placebo "
                             "[150/1900 (7.9%)] [hazard ratio, HR: 0.75 (95% confidence interval: 0.59-0.95)].")
    assert (e.endpoint, e.endpoint_text) == ("composite", "Heart failure admission or cardiovascular death")
    # "died or survived with disability": a composite, not death alone
    (e,) = extract_estimates("Results: Of the 30 infants given drug Q, 15 (50%) died or survived with disability "
                             "compared with 20 of the 31 infants (65%) given placebo (relative risk: 0.78; 95% CI, "
                             "0.52 to 1.16).")
    assert (e.endpoint, e.endpoint_text) == ("composite", "death or survival with disability")
    # "… for PFS (HR …) nor time to first SRE (HR …)": the item's own outcome
    found = extract_estimates("Results: Marker X was prognostic for OS (HR=0.71, 95% CI=0.55-0.92, p=0.010), but not "
                              "for PFS (HR=0.93, 95% CI=0.81-1.07, p=0.31) nor time to first SRE (HR=0.85, 95% "
                              "CI=0.69-1.05, p=0.13).")
    assert [e.endpoint_text for e in found] == ["OS", "PFS", "time to first SRE"]
    # "similar outcomes" names no outcome: unknown, not made up
    (e,) = extract_estimates("Results: Low expressers had similar outcomes irrespective of treatment (HR=1.06 95%CI "
                             "0.43; 2.61 p=0.9).")
    assert (e.endpoint, e.endpoint_text) == ("unknown", None)


def test_round27_equivalence_bounds_a_misspelt_name_and_a_restricted_comparison() -> None:
    # both equivalence bounds planned for the ratio are design values (not a ratio with its CI)
    found = extract_estimates("Methods: The primary end point was the risk ratio (RR) of remission at week 16. "
                              "Equivalence would be concluded if the 90% CI for the RR of remission at week 16 fell "
                              "between 0.80 and 1.25.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.context) for e in found] == [
        ("RR", 0.80, None, None, "design"), ("RR", 1.25, None, None, "design")]
    assert found[0].endpoint_text == "remission at week 16"
    # (only where a test is planned: a CI reported as "lay between" is no pair of margins)
    found = extract_estimates("Results: The 95% CI for the HR lay between 0.62 and 1.04 (P = 0.12).")
    assert not [e for e in found if e.context == "design" or e.value == 0.62]
    # "adjusted hazard ration [AHR]": a slip in print, the measure it abbreviates
    (e,) = extract_estimates("Results: Adolescents who had sold drugs (adjusted hazard ration [AHR], 0.61; 95% CI, "
                             "0.40-0.93) were less likely to stop.")
    assert (e.measure, e.value, e.ci_low, e.ci_high) == ("HR", 0.61, 0.40, 0.93)
    # "When comparisons were limited to X, …": a subgroup
    (e,) = extract_estimates("Results: When trial arm comparisons were limited to teams who had completed three or "
                             "more sessions, clear reductions in match injury incidence (RR=0.30, 0.15 to 0.55) were "
                             "noted in the intervention group.")
    assert (e.population_kind, e.population_detail) == ("subgroup", "teams who had completed three or more sessions")


def test_round27_medians_in_full_text_paragraphs() -> None:
    # "Table 2 shows …" cites a table: its sentence is prose, read (only a table's own caption is skipped)
    found = extract_estimates("Results: Table 2 shows a faster onset in the A group, with the median time to onset of "
                              "17.0 minutes compared with 20.5 minutes in the B group.")
    assert [(e.value, e.unit) for e in found] == [(17.0, "minutes"), (20.5, "minutes")]
    # an arm named in capitals after "randomised to" is the arm of the time after it (not a quantity's name)
    found = extract_estimates("Results: Median OS for patients randomised to RT-5-FU was 9.6 months, for patients "
                              "randomised to RT-GC 9.3 months, and for patients randomly assigned to RT-GC+GC 7.3 "
                              "months (Table 3).")
    assert [(e.value, e.arm) for e in found] == [(9.6, "RT-5-FU"), (9.3, "RT-GC"), (7.3, "RT-GC+GC")]
    # a median printed once for both arms is one row per arm, even where the arms are not named here
    found = extract_estimates("Results: The median time of hospitalization was the same in both groups (median 8 "
                              "days).")
    assert [(e.value, e.endpoint_text) for e in found] == [(8.0, "time of hospitalization")] * 2
    assert all("one row per arm" in (e.note or "") for e in found)
    found = extract_estimates("Results: For OS, the median was not reached in either group.")
    assert [(e.value, e.value_text) for e in found] == [(None, "not reached")] * 2
    # "95% nominal confidence interval [CI]": a word of how the CI was computed, then its abbreviation
    (e,) = extract_estimates("Results: The trial was stopped because of an elevated stroke rate with A (hazard ratio "
                             "[HR]: 1.35; 95% nominal confidence interval [CI]: 1.07-1.70).")
    assert (e.value, e.ci_low, e.ci_high, e.ci_level) == (1.35, 1.07, 1.70, 95.0)
    # how fast, not who: "resolved more quickly to X compared with the control group" names one group only
    (e,) = extract_estimates("Results: Beyond three months, navigated patients resolved more quickly to diagnostic "
                             "resolution compared with the control group (aHR 2.8, 95%CI: 1.30-6.13).")
    assert e.groups == ()


def test_round27_an_unnamed_bracket_with_a_comma_between_its_named_cis_limits() -> None:
    # after a named ratio, "(0.64, 95% CI: 0.59,0.70)" is that measure's value and CI (a comma between the limits
    # only after the CI's name: "(1.01, 1.03)" alone is no value with a CI)
    found = extract_estimates("Results: Maternal age (OR: 1.13, 95% CI: 1.07, 1.14) was associated with low vision. "
                              "Boys had lower risk compared with girls (0.64, 95% CI: 0.59,0.70).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [("OR", 1.13, 1.07, 1.14),
                                                                          ("OR", 0.64, 0.59, 0.70)]
    found = extract_estimates("Results: Increments were associated with stroke [HRs (95% CIs): 1.05 (1.03, 1.07), "
                              "1.04 (1.01, 1.06), and 1.05 (1.04, 1.06), respectively].")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(1.05, 1.03, 1.07), (1.04, 1.01, 1.06),
                                                               (1.05, 1.04, 1.06)]


def test_round27_a_list_flattened_into_one_long_sentence_is_read_in_pieces_and_loses_nothing() -> None:
    # a "sentence" past the longest of every labelled text (a flattened table or list) is read in pieces cut after
    # a "; " or a closing bracket (its cost stays linear); no estimate is lost or cut at a piece's edge
    for item in ("HR 0.5 (0.3-0.7) ", "HR 0.5 (0.3-0.7); ", "the OR was 1.5 (1.1-2.0), "):
        text = "Results: " + item * 300
        found = extract_estimates(text)
        assert len(found) == 300, item
        assert {(e.value, e.ci_low, e.ci_high) for e in found} in ({(0.5, 0.3, 0.7)}, {(1.5, 1.1, 2.0)}), item


def test_round28_a_ratio_table_flattened_into_a_full_text_paragraph() -> None:
    # a table of one ratio: each cell a ratio with its CI (and its P column), its row and column unknown
    text = ("Results: Treatment allocation predicted failure (Table 2).   Table 2 Univariate analysis of risk factors "
            "for failure Factor Hazard Ratio p value Drug B treatment 3.28 (1.41-7.63) 0.006 Female 0.93 (0.46-1.91) "
            "0.85 Age (years) 0.96 (0.92-1.00) 0.03")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.p_value) for e in found] == [
        ("HR", 3.28, 1.41, 7.63, 0.006), ("HR", 0.93, 0.46, 1.91, 0.85), ("HR", 0.96, 0.92, 1.00, 0.03)]
    assert all(e.endpoint == "unknown" and not e.groups and e.population_kind == "unknown"
               and "flattened_table" in e.checks for e in found)
    assert [text[e.start:e.end] for e in found][0] == "3.28 (1.41-7.63)"
    # a caption after prose and a run of spaces starts its own sentence: a table of medians and ranges gives nothing
    # (not "medians" of 0.82 months from its ratio column, nor 12 from "Codon 12"); nor does a table whose header
    # names a median beside the ratio
    found = extract_estimates("Results: Median PFS was 9.9 months with A and 7.0 months with B (HR: 0.62, p = 0.12) "
                              "(Table4).  Figure 1 PFS by status.   Table 4 PFS by mutation for the two arms PFS A B "
                              "p-value n = 105 n = 96 median (range) Codon 12 mutation 9.9 months 7.0 months 0.12 "
                              "0.82 (0.56-1.19) Codon 13 mutation 6.1 (2-20) 13.3 (5-31)")
    assert [(e.measure, e.value) for e in found] == [("median", 9.9), ("median", 7.0), ("HR", 0.62)]


def test_round28_values_listed_after_a_ratio_printed_with_a_semicolon_or_a_comma() -> None:
    found = extract_estimates("Results: Baseline X was associated with liver metastasis: odds ratio per 1000 pg/ml "
                              "increase: 1.19; 95% CI 1.10-1.29; P<0.0001 (non-Asians) and 1.37; 95% CI 1.13-1.64; "
                              "P=0.0010 (Asians).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level, e.p_value) for e in found] == [
        ("OR", 1.19, 1.10, 1.29, 95.0, 0.0001), ("OR", 1.37, 1.13, 1.64, 95.0, 0.0010)]
    found = extract_estimates("Results: The reduction in diarrhoea rates was larger in stunted children (rate ratio "
                              "0.66; 0.49-0.90) than in those with a lesser degree of stunting (0.95; 0.62-1.45).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [("IRR", 0.66, 0.49, 0.90),
                                                                           ("IRR", 0.95, 0.62, 1.45)]
    found = extract_estimates("Results: Effects on mortality differed by A1C (A1C >8.5%: HR 1.64, 95% CI 1.22-2.22; "
                              "A1C 7.5-8.4%: 1.00, 0.75-1.34; A1C <7.5%: 1.00, 0.67-1.50; P for interaction 0.04).")
    assert [(e.value, e.ci_low, e.ci_high, e.endpoint, e.population) for e in found] == [
        (1.64, 1.22, 2.22, "OS", "subgroup: A1C >8.5%"), (1.00, 0.75, 1.34, "OS", "subgroup: A1C 7.5-8.4%"),
        (1.00, 0.67, 1.50, "OS", "subgroup: A1C <7.5%")]
    # (not a mean and its range printed the same way)
    found = extract_estimates("Results: The HR for death was 0.80; 95% CI 0.70-0.91; the mean score was 12.1; "
                              "10.2-14.0.")
    assert [e.value for e in found] == [0.80]


def test_round28_groups_joined_by_a_colon_and_limits_by_a_slash_and_dash() -> None:
    (e,) = extract_estimates("Results: There were 280 and 250 deaths in the losartan and captopril groups, "
                             "respectively [hazard ratio losartan:captopril 1.13, 95% confidence interval (CI) "
                             "0.95/-1.35, P = 0.16].")
    assert (e.value, e.ci_low, e.ci_high, e.p_value) == (1.13, 0.95, 1.35, 0.16)
    assert e.groups == ("losartan", "captopril") and e.endpoint == "OS"  # (the deaths counted before it)


def test_round28_each_item_of_for_x_or_for_y_keeps_its_own_end_point() -> None:
    # "… for X (OR …) or for Y (OR …)": Y's ratio is Y's (was "X or", the words before the first bracket)
    for joiner in ("or", "and", ", or"):
        found = extract_estimates(f"RESULTS: There was no difference for new T1 lesions (OR = 0.76; 95% CI 0.41-1.43)"
                                  f"{'' if joiner.startswith(',') else ' '}{joiner} for new or enlarging T2 lesions "
                                  f"(OR = 0.81; 95% CI 0.42-1.56).")
        assert [e.endpoint_text for e in found] == ["new T1 lesions", "new or enlarging T2 lesions"], joiner
    # what is left of a step flattened onto a ratio's name ("HRper SD log") is no end point
    (e,) = extract_estimates("RESULTS: Baseline CRP did not predict CVD over 3.8 years of follow-up (HRper SD log "
                             "0.89 [95% CI 0.75, 1.06]).")
    assert (e.value, e.ci_low, e.ci_high) == (0.89, 0.75, 1.06) and e.endpoint_text != "SD log"


def test_round28_a_ci_in_its_own_bracket_inside_the_ratios() -> None:
    (e,) = extract_estimates("RESULTS: Hypoglycaemia was less frequent with A: rate ratio 0.63 [(95% CI 0.42-0.96); "
                             "p = 0.031], and fewer had events.")
    assert (e.measure, e.value, e.ci_low, e.ci_high, e.ci_level, e.p_value) == ("IRR", 0.63, 0.42, 0.96, 95.0, 0.031)


def test_round28_a_ratio_of_three_decimals_printed_twice_in_its_sentence_is_one_estimate() -> None:
    found = extract_estimates("RESULTS: Hydrocele odds ratio of 2.371 in the incising group was similar to the group "
                              "without (OR=2.371). The odds ratio of 0.8 for pain and the odds ratio of 0.8 for "
                              "swelling were not significant.")
    assert [e.value for e in found] == [2.371, 0.8, 0.8]  # (0.8 twice: two end points, a coincidence too likely)


def test_round28_a_ratio_table_whose_ci_is_a_column_of_its_own() -> None:
    text = ("RESULTS: Women were more likely to enrol (Table 4).  Table 4  Adjusted odds ratios for enrolment by age "
            "and gender Variable Odds Ratio a 95% CI P Age (decades) 1.10 1.06, 1.13 < .001 Female 1.88 1.63, 2.16 "
            "< .001")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level, e.p_operator, e.p_value) for e in found] == [
        ("OR", 1.10, 1.06, 1.13, 95.0, "<", 0.001), ("OR", 1.88, 1.63, 2.16, 95.0, "<", 0.001)]
    assert [text[e.start:e.end] for e in found] == ["1.10 1.06, 1.13", "1.88 1.63, 2.16"]
    # (not without a CI column: "Age 1.10 1.06, 1.13" under a header that names no CI)
    assert extract_estimates("RESULTS: None.  Table 4  Odds ratios Variable Odds Ratio P Age 1.10 1.06, 1.13 < .001") \
        == []


def test_round28_model_statistics_before_the_ci_differences_and_analyses() -> None:
    found = extract_estimates("RESULTS: Unadjusted analysis gave a similar result (OR = 0.80, SE = 0.29, t = -0.62, "
                              "95% CI [0.37, 1.72], p = .54), as well as CC analysis (OR = 0.84, SE = 0.37, t = -0.40, "
                              "95% CI [0.34, 2.09], p = .69).")
    assert [(e.value, e.ci_low, e.ci_high, e.p_value) for e in found] == [(0.80, 0.37, 1.72, 0.54),
                                                                           (0.84, 0.34, 2.09, 0.69)]
    assert found[1].endpoint == "unknown"  # ("as well as CC analysis" names an analysis, not an end point)
    # the values of a list ending in "shorter" are differences, not medians
    found = extract_estimates("RESULTS: Median times to PR and PF were, respectively, 7 and 24 min shorter with A. "
                              "Median PFS was 7 and 9 months in A and B.")
    assert [(e.value, e.unit, e.arm) for e in found] == [(7.0, "months", "A"), (9.0, "months", "B")]


def test_round28_a_bare_value_with_its_ci_level_in_the_square_bracket_after_a_named_ratio() -> None:
    found = extract_estimates("RESULTS: Patients sent the letter took longer to have a visit (hazard ratio 0.68 [95% "
                              "CI 0.55-0.85], P < 0.001). Patients in the physician group were also slower to have a "
                              "visit (0.86 [95% CI 0.76-0.98], P < 0.03).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [("HR", 0.68, 0.55, 0.85),
                                                                           ("HR", 0.86, 0.76, 0.98)]


def test_round28_a_table_flattened_into_a_sentence_without_its_caption() -> None:
    found = extract_estimates("RESULTS\nNORMAL CHILDREN: RR (95% CI) RR (95% CI) Failure by day 14 0.69 (0.28,1.63) "
                              "0.4 0.67 (0.27,1.55) 0.4 Failure by day 28 0.53 (0.32,0.85) 0.007 0.51 (0.30,0.81) "
                              "0.004")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [
        ("RR", 0.69, 0.28, 1.63), ("RR", 0.67, 0.27, 1.55), ("RR", 0.53, 0.32, 0.85), ("RR", 0.51, 0.30, 0.81)]
    # (a list the grammar reads keeps its end points: no verb is needed for that, but its items are read)
    found = extract_estimates("RESULTS: Hazard ratios (95% CI): death 0.80 (0.70-0.91); myocardial infarction 0.90 "
                              "(0.80-1.01); stroke 0.85 (0.71-1.02).")
    assert [e.value for e in found] == [0.80, 0.90, 0.85] and "flattened_table" not in found[0].checks


def test_round28_a_named_subgroup_analysis_is_that_subgroup() -> None:
    found = extract_estimates("RESULTS: In the Japanese subgroup analysis, median PFS with A was 12.1 months (95% CI "
                              "8.6-15.0) compared with 4.9 months (95% CI 2.8-6.6) with B (HR 0.39; 95% CI 0.13-1.17).")
    assert [e.population for e in found] == ["subgroup: Japanese"] * 3
    # (not "In the prespecified subgroup analysis": the analysis, which names no subgroup)
    found = extract_estimates("RESULTS: In the prespecified subgroup analysis, median PFS was 12.1 months with A and "
                              "4.9 months with B (HR 0.39; 95% CI 0.13-1.17).")
    assert not any("prespecified" in (e.population_detail or "") for e in found)


def test_round28_a_median_ci_open_at_not_determined() -> None:
    found = extract_estimates("RESULTS: Median survival was 39.1 months (95% CI 31.6 to ND) with A and 35.2 months "
                              "(95% CI 13.9-43.1) with B.")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(39.1, 31.6, None), (35.2, 13.9, 43.1)]


def test_round28_a_group_before_its_ratio_in_a_model_of_factors_is_a_covariate() -> None:
    found = extract_estimates("RESULTS: All findings are from multivariable analyses. At 1 month, odds of cessation "
                              "were greater among those who completed full time education at >16 years of age (odds "
                              "ratio [OR] = 1.82, 95% CI = 1.24-2.67, p = .002).")
    assert [(e.value, e.population, e.covariate) for e in found] == [
        (1.82, "overall", "those who completed full time education at >16 years of age")]
    found = extract_estimates("RESULTS: Progression was not reduced with A (OR 0.90 [95% CI 0.70-1.10]). In the "
                              "multivariable model, progression was lower in patients with diabetes (OR 0.55 [95% CI "
                              "0.31-1.00], P = 0.03).")
    assert [(e.value, e.population, e.covariate) for e in found] == [(0.90, "overall", None),
                                                                     (0.55, "overall", "patients with diabetes")]
    # (not a trial's subgroup in a paragraph that speaks of subgroups or an interaction)
    found = extract_estimates("RESULTS: Progression was not reduced with A (OR 0.90 [95% CI 0.70-1.10]). There was an "
                              "interaction with diabetes in the multivariable model. Progression was lower with A in "
                              "patients with diabetes (OR 0.55 [95% CI 0.31-1.00], P = 0.03).")
    assert [(e.value, e.population, e.covariate) for e in found] == [(0.90, "overall", None),
                                                                     (0.55, "subgroup: diabetes", None)]


def test_round28_a_misprinted_value_gives_no_ratio() -> None:
    # "aRR = 0.1.10": the value is not 0.1 (outside its own CI) and the text does not say which it is
    found = extract_estimates("RESULTS: Pre/post change was lower in Arm A (aRR = 0.99, 99 % CI = 0.76-1.30, p = "
                              "0.922) than Arm B (aRR = 0.1.10, 99 % CI = 0.88-1.37, p = 0.264).")
    assert [(e.value, e.ci_low, e.ci_high, e.ci_level) for e in found] == [(0.99, 0.76, 1.30, 99.0)]


def test_round29_an_abstract_with_inline_markup_is_read_without_it() -> None:
    # an abstract served as HTML keeps its italics and superscripts: read through them, spans into the text as given
    text = ("Results: Mortality did not differ with drug A (HR 1.04, 95% <i>CI</i> 0.88-1.23; <i>P</i>=0.61). "
            "Relapse was lower (HR<sub>adj</sub> 0.62, 95% CI 0.51-0.75; <i>P</i> = 2.1 × 10<sup>-6</sup>).")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.p_value) for e in found] == [
        ("HR", 1.04, 0.88, 1.23, 0.61), ("HR", 0.62, 0.51, 0.75, 2.1e-6)]
    assert text[found[0].start:found[0].end].startswith("HR 1.04, 95% <i>CI</i> 0.88-1.23")
    assert text[found[1].start:found[1].end].startswith("HR<sub>adj</sub> 0.62")
    # (a "<" of a P value is no markup)
    found = extract_estimates("Results: Relapse was lower (HR 0.62, 95% CI 0.51-0.75; P <0.001).")
    assert [(e.value, e.p_operator, e.p_value) for e in found] == [(0.62, "<", 0.001)]


def test_round29_ratio_forms_of_cohort_abstracts() -> None:
    # a spelled-out name with "adj" glued on
    found = extract_estimates("Results: Stroke rates were similar (hazard ratioadj = 1.07, 95% CI 0.85-1.35).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [("HR", 1.07, 0.85, 1.35)]
    # named ratios listed with bare CIs after ";" and ","
    found = extract_estimates("Results: Drug A was better than B and C on remission (OR 3.10; 1.42-6.77, OR 1.85; "
                              "0.97-3.52 respectively).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [("OR", 3.10, 1.42, 6.77),
                                                                          ("OR", 1.85, 0.97, 3.52)]
    found = extract_estimates("Results: Drug A was better than B and C on remission (OR 3.10, 1.42-6.77, OR 1.85, "
                              "0.97-3.52, respectively).")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(3.10, 1.42, 6.77), (1.85, 0.97, 3.52)]
    # the CI printed before the ratio's name in its bracket
    found = extract_estimates("Results: Recurrence-free survival was longer with A (log-rank P = 0.01, 95% "
                              "confidence interval 0.12-0.71, hazard ratio 0.29) than with B.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level) for e in found] == [("HR", 0.29, 0.12, 0.71, 95.0)]
    # a bare "[value (low-high)]" after a ratio printed the same way
    found = extract_estimates("Results: Falls were fewer with A than with B [odds ratio (95% CI) 0.61 (0.44-0.85)] "
                              "or with C [0.73 (0.52-1.02)]. Falls were similar when comparing B with C "
                              "[1.12 (0.80-1.57)].")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(0.61, 0.44, 0.85), (0.73, 0.52, 1.02),
                                                               (1.12, 0.80, 1.57)]
    # (not a range in square brackets after a rate)
    found = extract_estimates("Results: Falls were fewer with A (HR 0.61, 95% CI 0.44-0.85). Falls occurred in "
                              "12% [(9-15)] of patients.")
    assert [e.value for e in found] == [0.61]


def test_round29_median_forms_of_clinical_abstracts() -> None:
    # a censored time's "+" after the number
    found = extract_estimates("Results: The median duration of response was longer with A (41+ months) than with B "
                              "(19+ months).")
    assert [(e.value, e.unit) for e in found] == [(41.0, "months"), (19.0, "months")]
    # percentiles in the bracket after a median are no medians
    found = extract_estimates("Results: Time to discharge was longer with A (median 52.5 hours [25th, 75th "
                              "percentiles 30.1, 96.4] versus 40.2 hours [22.0, 70.9], P<0.001).")
    assert [(e.value, e.unit) for e in found] == [(52.5, "hours"), (40.2, "hours")]
    # the numbers of patients after "in" are no times; "second-line" is no unit
    found = extract_estimates("Results: The median duration of response was 16.4 months in 88 first-line and 9.7 "
                              "months in 121 second- or later-line patients.")
    assert [(e.value, e.unit) for e in found] == [(16.4, "months"), (9.7, "months")]
    # a time to an event "or last follow-up" is every patient's follow-up
    found = extract_estimates("Results: Median time to relapse, death, or last follow-up was 61.2 months. Relapse "
                              "occurred in 80 patients.")
    assert found == []


def test_round29_own_study_named_and_section_headings_of_observational_abstracts() -> None:
    # "The X study was a 5-year … trial": the document's own study, so its numbers are results, not another study's
    found = extract_estimates("We asked whether drug A prevents stroke. The ALPHA study was a 4.5-year prospective, "
                              "randomized trial comparing A with B in 3,000 patients. Stroke occurred less often with "
                              "A (HR 0.77, 95% CI 0.61 to 0.97, p = 0.03).")
    assert [(e.value, e.context) for e in found] == [(0.77, "result")]
    # "Methods and Results" as a heading without its colon (a plain-text copy of an AHA journal's abstract)
    found = extract_estimates("Background Bleeding after surgery predicts a poor outcome. Methods and Results Bleeding "
                              "was compared in 4,000 patients given A or B. Bleeding did not differ (HR, 1.19; 95% CI, "
                              "0.92-1.54; P=0.18). Conclusions A is as safe as B.")
    assert [(e.value, e.context) for e in found] == [(1.19, "result")]
    # a patient's history ("previously admitted") is no cue of another study's number
    found = extract_estimates("Children given drug A were more likely to have been previously admitted to intensive "
                              "care (odds ratio [OR] 7.4) and to have presented with severe disease (OR 3.2).")
    assert [(e.value, e.context) for e in found] == [(7.4, "result"), (3.2, "result")]


def test_round29_list_items_that_name_groups_keep_the_lists_end_point() -> None:
    found = extract_estimates("Results: The risk of hepatitis was highest for new use of drug A (OR 12.4, 95% CI "
                              "3.1-49.6), drug B (OR 6.2, 95% CI 1.9-20.3) and drug C (OR 2.8, 95% CI 1.1-7.1).")
    assert [(e.value, e.endpoint_text) for e in found] == [(12.4, "hepatitis"), (6.2, "hepatitis"),
                                                           (2.8, "hepatitis")]
    found = extract_estimates("Results: Falls were fewer with A than with B [odds ratio (95% CI) 0.61 (0.44-0.85)] "
                              "or with C [0.73 (0.52-1.02)].")
    assert [(e.value, e.endpoint_text) for e in found] == [(0.61, "Falls"), (0.73, "Falls")]
    # (items that are end points keep their own)
    found = extract_estimates("Results: Drug A reduced the risk of death (HR 0.81, 95% CI 0.70-0.94), stroke (HR 0.75, "
                              "95% CI 0.60-0.93) and myocardial infarction (HR 0.90, 95% CI 0.77-1.05).")
    assert [e.endpoint_text for e in found] == ["death", "stroke", "myocardial infarction"]


def test_round29_each_groups_time_in_the_bracket_of_their_ratio() -> None:
    found = extract_estimates("Results: Patients given drug A had longer OS (A = 41.2 mo.; no A = 28.5 mo.; HR = 0.62 "
                              "[95% CI: 0.45 to 0.85, P = .003]) and longer PFS (median PFS, A = 18.1 mo.; no A = 9.9 "
                              "mo.; HR = 0.55 [95% CI: 0.40 to 0.76]).")
    assert [(e.measure, e.value, e.unit, e.arm, e.endpoint) for e in found] == [
        ("median", 41.2, "months", "A", "OS"), ("median", 28.5, "months", "no A", "OS"),
        ("HR", 0.62, None, None, "OS"), ("median", 18.1, "months", "A", "PFS"),
        ("median", 9.9, "months", "no A", "PFS"), ("HR", 0.55, None, None, "PFS")]
    # the groups named with a colon are arms, not subgroups, and the ratio is of the times' end point
    found = extract_estimates("Results: Overall survival was longer with drug A (median OS, drug A: 14.2 months; "
                              "placebo: 10.1 months; HR 0.72, 95% CI 0.58-0.89).")
    assert [(e.measure, e.value, e.arm, e.endpoint, e.population) for e in found] == [
        ("median", 14.2, "drug A", "OS", "overall"), ("median", 10.1, "placebo", "OS", "overall"),
        ("HR", 0.72, None, "OS", "overall")]
    # (not without a time to an event named: "Scores were higher (A: 12 days; B: 10 days; OR 1.2 …)" is no survival)
    found = extract_estimates("Results: Scores were higher in group A (A: 12 days; B: 10 days; OR 1.20, 95% CI "
                              "0.90-1.60).")
    assert [(e.measure, e.value) for e in found] == [("OR", 1.20)]


def test_round29_pharmacokinetics_and_group_names_are_no_outcome() -> None:
    # a drug's half-life is no time to an event, even in a sentence of medians
    found = extract_estimates("Results: The parameters for group A versus group B, reported as median, were, "
                              "respectively: elimination half-life 5.25 versus 6.10 h; clearance 3.1 versus 2.8 L/h.")
    assert found == []
    # "the HR for the X and Y group were …, respectively": the words name groups; the end point is not said
    found = extract_estimates("Results: In the multivariate model, the adjusted HR for low-dose and high-dose group "
                              "were 0.81 (95% CI 0.66 to 0.99, p=0.04) and 0.92 (95% CI 0.70 to 1.21, p=0.55), "
                              "respectively.")
    assert [(e.value, e.endpoint, e.endpoint_text) for e in found] == [(0.81, "unknown", None),
                                                                       (0.92, "unknown", None)]
    # (an end point counted "in any group" keeps its words)
    found = extract_estimates("Results: Drug A was not associated with stroke in any group (HR 1.02, 95% CI "
                              "0.91-1.15).")
    assert [e.endpoint_text for e in found] == ["stroke"]


def test_round29_levels_at_time_points_and_study_process_times_are_no_medians() -> None:
    # a lab level compared with its baseline at time points: the times are landmarks, the levels no times
    found = extract_estimates("Results: In women with amenorrhoea, median [IQR] ALP was significantly higher than "
                              "baseline at 6 months (baseline 4.1 [3.2-5.0], 6 months 6.2 [5.1-7.7] p=0.006), 12 "
                              "months (7.3 [6.0-9.1] p<0.001) and 24 months (6.8 [5.5-8.0] p=0.02).")
    assert [e for e in found if e.measure == "median"] == []
    # how long adherence was watched, and when the study's questionnaires came back, are not outcomes
    found = extract_estimates("Results: The median period of electronic monitoring was 61 days (IQR 58-65), with no "
                              "difference between arms. The median delays between hospital discharge and questionnaire "
                              "completion were 5 days (IQR 3-12) and 6 days (IQR 4-9), respectively.")
    assert found == []


def test_round29_heart_rates_at_time_points_plus_signed_limits_and_versus_after_a_bare_ci() -> None:
    # "HRs" of groups compared at time points are heart rates: no ratio of 15
    assert extract_estimates("Results: Comparing HRs among groups, there was a significant difference at "
                             "pre-induction, 15, 30, 45, 60 and 90 min (P < 0.05).") == []
    # plus signs on a CI's limits
    found = extract_estimates("Results: Effects at 12 months were no longer significant (odds ratio=0.42, 95% "
                              "CI=+0.15 to +1.18, P=0.1).")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(0.42, 0.15, 1.18)]
    # a bare CI, then "versus" and another group's ratio
    found = extract_estimates("Results: Risk was higher among stunted children but not in the others (HR: 1.41; "
                              "1.09-1.82 versus 0.97; 0.80-1.18).")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(1.41, 1.09, 1.82), (0.97, 0.80, 1.18)]


def test_round30_ratio_forms_of_web_page_texts() -> None:
    # the CI's abbreviation after its name, set off by commas (a bracket or none), and "confident interval"
    found = extract_estimates("Results: Users had a multivariate relative risk (RR) for stroke of 0.81 (95% confidence "
                              "interval, [CI], 0.70–0.93), compared with non-users.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level) for e in found] == [("RR", 0.81, 0.70, 0.93, 95.0)]
    found = extract_estimates("Results: The pooled odds ratio (OR) was 0.88 (95 % confident interval, CI, 0.61–1.12).")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(0.88, 0.61, 1.12)]
    # list items whose labels hold counts with their units
    found = extract_estimates("Results: Compared with never users, the multivariate RRs for fracture were 0.93 (CI, "
                              "0.74–1.17) for women who used 1 tablet/week, 0.82 (CI, 0.61–1.03) for 2–5 tablets/week, "
                              "0.71 (CI, 0.55–0.93) for 6–14 tablets/week, and 0.33 (CI, 0.12–0.84) for >14 "
                              "tablets/week.")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(0.93, 0.74, 1.17), (0.82, 0.61, 1.03),
                                                               (0.71, 0.55, 0.93), (0.33, 0.12, 0.84)]
    # a ratio's change "from … to …", each with its CI
    found = extract_estimates("Results: For patients with asthma, the overall RR for admission decreased from 1.44 "
                              "(95% CI, 1.21-1.68) in 1990-1999 to 0.62 (95% CI, 0.45-0.83) in 2000-2009.")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(1.44, 1.21, 1.68), (0.62, 0.45, 0.83)]
    # the comparator groups' event counts before each item's value
    found = extract_estimates("Results: The cohort had higher rates of death relative to the aspirin-only (70 deaths; "
                              "adjusted hazard ratio=1.48, 95% CI, 1.12-1.98), statin-only (61 deaths; 1.71, 95% CI, "
                              "1.30-2.31), and non-user (55 deaths; 1.83, 95% CI, 1.29-2.61) cohorts.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [
        ("HR", 1.48, 1.12, 1.98), ("HR", 1.71, 1.30, 2.31), ("HR", 1.83, 1.29, 2.61)]
    # a covariate's step of several words before "="
    found = extract_estimates("Results: Low scores were associated with increased odds of depression (OR per SD "
                              "decrease in score=1.58, 95% CI 1.41 to 1.77).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [("OR", 1.58, 1.41, 1.77)]
    # "N (CI) times higher odds of …": an odds ratio named by its words
    found = extract_estimates("Results: Patients in the new-regimen group had 1.9 (95%CI 1.5 to 2.5) times higher "
                              "odds of cure at 12 months and 0.7 (0.5 to 0.9) times lower odds of relapse.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.endpoint_text) for e in found] == [
        ("OR", 1.9, 1.5, 2.5, "cure"), ("OR", 0.7, 0.5, 0.9, "relapse")]
    # bare values, each followed by what it is for (not after a ";")
    found = extract_estimates("Results: Further analysis showed that the hazard ratio was 0.58 for a sustained decline "
                              "in GFR, 0.73 for hospitalization for heart failure.")
    assert [e.value for e in found] == [0.58, 0.73]


def test_round30_ranges_of_ratios_in_words_give_both_ends() -> None:
    found = extract_estimates("Results: The adjusted hazard ratio estimates varied between 1.02 (95% CI: 0.95–1.07) "
                              "and 1.09 (95% CI: 1.02–1.16), indicating little confounding.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [("HR", 1.02, 0.95, 1.07),
                                                                          ("HR", 1.09, 1.02, 1.16)]
    assert [e.value for e in extract_estimates("Results: Hazard ratios ranged from 1.07 to 1.13 across the drugs.")] \
        == [1.07, 1.13]
    assert [e.value for e in extract_estimates("Results: The largest risk ratios were for mental disorders (RRs "
                                               "between 2.31 and 2.95).")] == [2.31, 2.95]
    assert [e.value for e in extract_estimates("Results: Small increases in relative risk (ranging from 1.06 to "
                                               "1.14) were seen.")] == [1.06, 1.14]
    # (a spread printed bare stays no estimate)
    assert extract_estimates("Results: Shift was higher on all items (odds ratio [OR] range, 1.4-1.7, P < .05).") == []


def test_round30_median_forms_of_web_page_texts() -> None:
    # a median named by its abbreviation alone
    found = extract_estimates("Results: The mOS was 14.2 months in arm A and 11.1 months in arm B.")
    assert [(e.value, e.unit, e.endpoint, e.arm) for e in found] == [(14.2, "months", "OS", "arm A"),
                                                                      (11.1, "months", "OS", "arm B")]
    # the name's abbreviation in a bracket is not part of the end point's text
    found = extract_estimates("Results: The median overall survival (mOS) was 11 months.")
    assert [(e.value, e.endpoint_text) for e in found] == [(11.0, "OS")]
    # the next group named before its time
    found = extract_estimates("Results: The median PFS in arm I was 7.8 months (95% CI 5.1–10.2) and in arm II 10.4 "
                              "months (95% CI 8.2–13.1).")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(7.8, 5.1, 10.2), (10.4, 8.2, 13.1)]
    # the time to engraftment is an outcome's
    found = extract_estimates("Results: Neutrophil engraftment occurred at a median of 21 days (range, 14-39 days).")
    assert [(e.value, e.unit) for e in found] == [(21.0, "days")]
    # the time until an event or censoring is a follow-up, and its maximum no median
    assert extract_estimates("Results: Median time until events or censoring was 4.1 years (min/max: 0.0: 8.7). Cox "
                             "models were used.") == []


def test_round30_flattened_tables_of_web_pages() -> None:
    # the header on a line of its own names the ratio of the rows after it; the caption's number on a line of its own
    text = ("Table 4.\n\nOutcomes by group\n\nDrug (n=120) Placebo (n=118) Relative risk (95% CI) p value\n"
            "Primary outcome 6/120 (5·0%) 14/118 (11·9%) 0·42 (0·17–1·05) 0·0641\n"
            "Secondary outcome 2/120 (1·7%) 9/118 (7·6%) 0·22 (0·05–0·99) 0·0480\n")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        ("RR", 0.42, 0.17, 1.05), ("RR", 0.22, 0.05, 0.99)]
    # a row whose own label names another statistic gives no ratio, though the table's header named one
    text = ("Table 2:\n\nA (n=150) | B (n=149) | |\n---|---|---|\n"
            "HR for death or progression, A vs B | 0·61 (0·47–0·79) | Ref |\n"
            "Median duration (months) | 4·1 (3·2–5·6) | 2·8 (2·5–3·0) |\n"
            "Restricted mean duration (months) | 5·2 (4·6–5·9) | 3·5 (3·1–4·0) |\n")
    assert [(e.measure, e.value) for e in extract_estimates(text)] == [("HR", 0.61)]
    # a design margin stated for the CI's upper bound; a count of the studies pooled is no ratio
    found = extract_estimates("Results: Events occurred in 9% and 11% (hazard ratio, 0.74; 95% confidence interval, "
                              "0.58 to 0.95). The noninferiority margin was 1.8 for the upper boundary of the 95% "
                              "confidence interval of the hazard ratio.")
    assert [(e.value, e.context) for e in found] == [(0.74, "result"), (1.8, "design")]
    found = extract_estimates("Results: The pooled OR was 0.83 (95% CI, 0.64–1.08). However, the pooled OR of 3 "
                              "multicenter RCTs was 1.03 (95% CI, 0.89–1.21) with no heterogeneity.")
    assert [(e.value, e.ci_low) for e in found] == [(0.83, 0.64), (1.03, 0.89)]


def test_round30_ratio_names_and_lists_of_observational_abstracts() -> None:
    # a ratio the text abbreviates itself ("relative incidences (RI)"), then "This lowered to …" the same ratio
    found = extract_estimates("Methods: Conditional Poisson regression estimated adjusted relative incidences (RI). "
                              "Results: The unadjusted pooled RI for vaccination and GBS was 3.2 (95% Confidence "
                              "Interval (CI): 2.1–5.1), based on all countries. This lowered to 2.2 (95% CI: 1.3–3.3) "
                              "after adjustment for season and to 1.8 (95% CI: 1.0–3.0) when we accounted for "
                              "contra-indications.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [
        ("IRR", 3.2, 2.1, 5.1), ("IRR", 2.2, 1.3, 3.3), ("IRR", 1.8, 1.0, 3.0)]
    # a competing-risks "subhazard ratio"; a death from one cause is no overall survival
    found = extract_estimates("Results: Risk of overdose death was greater in the combined cohort relative to the "
                              "first (adjusted subhazard ratio=2.41, 95% CI, 1.05-5.53), second (2.37, 95% CI, "
                              "1.10-5.10) and third (8.20, 95% CI, 2.10-32.00) cohorts.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.endpoint) for e in found] == [
        ("HR", 2.41, 1.05, 5.53, "other"), ("HR", 2.37, 1.10, 5.10, "other"), ("HR", 8.20, 2.10, 32.00, "other")]
    # labels, each with its value alone in a bracket
    found = extract_estimates("Results: Mortality rates were higher among males, with the highest male-to-female "
                              "MRR for lip (5.21), larynx (5.02), esophagus (4.11), and bladder (3.12).")
    assert [(e.measure, e.value) for e in found] == [("IRR", 5.21), ("IRR", 5.02), ("IRR", 4.11), ("IRR", 3.12)]
    # an end point's capitals flattened onto the name
    found = extract_estimates("Results: An inverse association was present for whole grains (RRCHD: 0.94 (95% CI: "
                              "0.91–0.97), RRHF: 0.95 (0.93–0.98)).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [("RR", 0.94, 0.91, 0.97),
                                                                          ("RR", 0.95, 0.93, 0.98)]


def test_round30_medians_misnamed_rates() -> None:
    found = extract_estimates("Results: The median overall survival (mOS) was 11 months. The A, B, and C regimens were "
                              "associated with mOS rates of 11 months, 10 months, and 12 months, respectively. The "
                              "mPFS rates for the A, B, and C regimens were 4, 3, and 5 months, respectively.")
    assert [(e.value, e.unit, e.endpoint) for e in found] == [
        (11.0, "months", "OS"), (11.0, "months", "OS"), (10.0, "months", "OS"), (12.0, "months", "OS"),
        (4.0, "months", "PFS"), (3.0, "months", "PFS"), (5.0, "months", "PFS")]
    # (a survival rate at a time point stays no median)
    assert extract_estimates("Results: The 2-year survival rates were 45% and 38%.") == []


def test_round30_ci_and_step_forms_and_other_statistics() -> None:
    # the CI's abbreviation in its own bracket with points; a covariate's step after a comma
    found = extract_estimates("Results: There was a reduction in the relative odds of complications (odds ratio 0.62 "
                              "(95 per cent confidence interval (c.i.) 0.46 to 0.84); P = 0.002).")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(0.62, 0.46, 0.84)]
    found = extract_estimates("Results: A center's share of preemptive transplants (OR 0.83, per 5% increment; "
                              "95%CI:0.74-0.93;P=0.001) was associated with delayed graft function.")
    assert [(e.value, e.ci_low, e.ci_high, e.p_value) for e in found] == [(0.83, 0.74, 0.93, 0.001)]
    # "(and 95% confidence intervals)" between the name and its values; a capital subscript on the spelled name
    found = extract_estimates("Results: Therapy for 1 to 3 years and 3 to 6 years was associated with adjusted odds "
                              "ratios (and 95% confidence intervals) for hip fractures of 0.48 (0.27–0.86) and 0.40 "
                              "(0.22–0.73), respectively.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [("OR", 0.48, 0.27, 0.86),
                                                                          ("OR", 0.40, 0.22, 0.73)]
    found = extract_estimates("Results: Larger body size was associated with higher risk of endometrial (odds "
                              "ratioMR = 1.61, 95% confidence interval = 1.23 to 2.11) cancer.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [("OR", 1.61, 1.23, 2.11)]
    # a document's own abbreviation in the plural
    found = extract_estimates("Methods: We estimated relative incidences (RI). Results: After the second dose, the "
                              "risk was higher, with RIs of 3.39 (2.02 to 5.68) and 7.59 (3.26 to 17.65).")
    assert [(e.measure, e.value) for e in found] == [("IRR", 3.39), ("IRR", 7.59)]
    # a standardized incidence ratio compares with an expected count, not groups; an absolute risk is no ratio
    assert extract_estimates("Results: The standardized incidence ratio of gastric cancer among users was 3.38 (95% CI "
                             "3.23-3.53).") == []
    found = extract_estimates("Results: Women had a higher risk than men (RR = 3.1, CI: 1.1–8.4), with a corresponding "
                              "absolute risk of 11 (CI: 7–14) fractures per 10,000 person-years.")
    assert [e.value for e in found] == [3.1]
    # a flattened table's sub-header naming medians: the rows after it give no ratio
    text = ("Table 3.\n\nOutcomes\n\nA B Crude Adjusted\nn (%) n (%) OR (95% CI) P Value OR (95% CI) P Value\n"
            "Died 210 (1) 190 (2) 0.71 (0.58–0.86) <0.001 0.74 (0.60–0.91) 0.004\n"
            "Median (IQR) Median (IQR) Difference (95% CI) P Value\n"
            "Length of stay, d 7 (5–9) 6 (5–8) 0.30 (0.10 to 0.50) 0.01\n")
    assert [(e.measure, e.value) for e in extract_estimates(text)] == [("OR", 0.71), ("OR", 0.74)]


def test_round30_no_medians_from_follow_up_counts_or_section_numbers() -> None:
    # a follow-up for an end point, compared between the groups, is no median of the end point
    assert extract_estimates("Results: At data cutoff, median follow-up for overall survival was 43.7 months in the A "
                             "group and 42.4 months in the control group.") == []
    # (but the end point read at a median follow-up keeps its times)
    found = extract_estimates("Results: Progression-free survival at a median follow-up of 20 months was 11.0 months "
                              "(95% CI, 7.5 to 14.5) in the A group, as compared with 5.7 months (95% CI, 3.7 to 7.4) "
                              "in the B group.")
    assert [(e.value, e.unit) for e in found] == [(11.0, "months"), (5.7, "months")]
    # counts after a pair of times borrow no unit; a section's number is no time
    found = extract_estimates("Results: Duration of hospital stay was shorter (median 13.5 versus 17 days, P=0.024) in "
                              "this study of 66 procedures.")
    assert [e.value for e in found] == [13.5, 17.0]
    found = extract_estimates("Results: Patients treated with A had a shorter duration of diarrhoea (median 24 h vs 42 "
                              "h; difference 12 h, 0-18 h, p=0.019) and fewer episodes of vomiting (1 vs 4; difference "
                              "1 episode, 0-3 episodes, p=0.023).")
    assert [(e.value, e.unit) for e in found] == [(24.0, "hours"), (42.0, "hours")]
    found = extract_estimates("Results: Median overall survival was longer with A than with placebo (not reached vs. "
                              "34.7 months) [6.1.1].")
    assert [(e.value, e.value_text) for e in found] == [(None, "not reached"), (34.7, None)]


def test_round30_unitless_pairs_of_event_time_medians() -> None:
    # a pair of an event time's medians printed without a unit: kept, the unit unknown (not "year" of "4-year OS")
    found = extract_estimates("Results: There was no difference in survival (median OS: 2.7 vs 3.0 (p=0.20); 4-year "
                              "OS: 39.1% and 42.6% (p=0.15)).")
    assert [(e.value, e.unit, e.endpoint) for e in found] == [(2.7, None, "OS"), (3.0, None, "OS")]
    assert extract_estimates("Results: The median score was 2.7 vs 3.0 (p=0.20).") == []
    # "… the time to the first bowel movement, occurring after a median of 65.2 hours in A and after 74.1 hours in B"
    found = extract_estimates("Results: Coffee shortens the time to the first postoperative bowel movement, occurring "
                              "after a median of 65.2 hours in the coffee group and after 74.1 hours in the tea group.")
    assert [(e.value, e.unit) for e in found] == [(65.2, "hours"), (74.1, "hours")]


def test_round31_forms_of_a_second_web_page_draw() -> None:
    # a percent sign escaped for LaTeX (a BibTeX record's abstract) is a CI's level
    found = extract_estimates("Results: Users had a higher risk of fracture (adjusted odds ratio [OR], 1.84; 95{\\%} "
                              "confidence interval [CI], 1.31-2.52) and, later, a lower one (HR, 0.71; 95\\% CI, "
                              "0.58-0.88).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level) for e in found] == [
        ("OR", 1.84, 1.31, 2.52, 95.0), ("HR", 0.71, 0.58, 0.88, 95.0)]
    # the treated arm's median after "prolonged median overall survival to"; after "with <arm> at … compared to"
    found = extract_estimates("Results: Drug X plus chemotherapy prolonged median overall survival to 15.8 months "
                              "compared to 12.2 months with chemotherapy alone (HR 0.77; 95% CI 0.65-0.91).")
    assert [(e.measure, e.value, e.unit, e.endpoint) for e in found] == [
        ("median", 15.8, "months", "OS"), ("median", 12.2, "months", "OS"), ("HR", 0.77, None, "OS")]
    found = extract_estimates("Results: The median progression-free survival was longer with drug Y at 8.3 months "
                              "compared to 4.1 months with control therapy (HR, 0.41; 95% CI, 0.30 to 0.56).")
    assert [(e.value, e.endpoint) for e in found if e.measure == "median"] == [(8.3, "PFS"), (4.1, "PFS")]
    # a time spent in hospital is a length of stay; the hospital is no group
    found = extract_estimates("Results: In the first cycle, patients spent a median of 12 days in the hospital, and "
                              "70% needed a transfusion.")
    assert [(e.value, e.unit, e.arm) for e in found] == [(12.0, "days", None)]
    # (a survival time point stays no median: "alive at 5 years")
    assert extract_estimates("Results: Of the patients, 61% survived to 5 years.") == []


def test_round31_flattened_tables_with_cells_apart_and_rate_columns() -> None:
    # a ratio and its interval in cells of their own ("| OR | (95% CI) |"); a reference row gives nothing
    text = ("Table 3.\nInfection | |||\n---|---|---|---|\nCases | Controls | OR | (95% CI) |\nAge | |||\n"
            "<50 yrs | 2010 (30.1%) | 1990 (28.0%) | 1.00 | (ref.) |\n"
            "≥50 yrs | 4660 (69.9%) | 5120 (72.0%) | 0.82 | (0.76 to 0.88) |\n"
            "Male | 3300 (49.5%) | 3410 (48.0%) | 1.09 | (1.02 to 1.17) |\n")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        ("OR", 0.82, 0.76, 0.88), ("OR", 1.09, 1.02, 1.17)]
    # a column of event rates with their intervals before the ratio's columns: the rates are no ratios (and "Adj."
    # in the header does not end the table)
    text = ("Table 2.\n\nEvents by group\n\nOutcome N (%) events Event rates Crude HR (95%CI) p value Adj. "
            "HR (95%CI) p value\nDeath\nGroup A 410 (20.5) 12.4 (11.2–13.7) Ref. <.001 Ref. .002\n"
            "Group B 95 (11.0) 7.1 (5.8–8.7) 0.57 (0.45–0.72) 0.68 (0.53–0.87)\n")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        ("HR", 0.57, 0.45, 0.72), ("HR", 0.68, 0.53, 0.87)]
    # (spelled out, the header was read before, and the rates with it: as hazard ratios 12.4 and 7.1)
    assert [e.value for e in extract_estimates(text.replace("Adj. HR", "Adjusted HR"))] == [0.57, 0.68]


def test_round31_ci_forms_and_medians_after_at() -> None:
    # a ratio named in the clause before its bracket, which names it again
    found = extract_estimates("Results: Adjusted OR was not statistically significant (OR 0.52, CI 0.21–1.27, "
                              "p = 0.15).")
    assert [(e.value, e.ci_low, e.ci_high, e.endpoint_text) for e in found] == [(0.52, 0.21, 1.27, None)]
    # a Bayesian analysis's credibility interval spelled out
    found = extract_estimates("Results: The regimen reduced the risk of events (OR: 0.34, 95% credibility interval: "
                              "0.15–0.79).")
    assert [(e.value, e.ci_low, e.ci_high, e.ci_level) for e in found] == [(0.34, 0.15, 0.79, 95.0)]
    # a median's CI named twice ("confidence interval CI:") or with a semicolon after its name
    found = extract_estimates("Results: The median OS was 14 months (95% confidence interval CI:8.2–19.8) for the "
                              "entire cohort.")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(14.0, 8.2, 19.8)]
    found = extract_estimates("Results: Median overall survival of patients who received drug B (n = 120; 7.1 months "
                              "(95% CI; 5.9-8.3)) was as in trials.")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(7.1, 5.9, 8.3)]
    # a pair of medians after "at"
    found = extract_estimates("Results: Response was lower (P = 0.01), as was median progression-free survival (PFS) "
                              "at 3.9 versus 7.7 months (P = 0.02).")
    assert [(e.value, e.unit, e.endpoint) for e in found] == [(3.9, "months", "PFS"), (7.7, "months", "PFS")]


def test_round31_median_ranges_iqr_forms_and_event_times() -> None:
    # a range of medians (of other studies, of groups) is no one estimate; the medians printed with it are
    assert extract_estimates("Background: Glioblastoma has a median survival of 12–18 months.") == []
    found = extract_estimates("Results: Median time to onset in short-term treatments ranged 0-2 days (median 1.5), "
                              "for long-term treatments 0-30 days (median 9 days).")
    assert [(e.value, e.value_text, e.unit) for e in found] == [(1.5, None, "days"), (9.0, None, "days")]
    # an interquartile range named without "range" is no median
    found = extract_estimates("RESULTS Patients with a catheter reached all criteria in a median of 52h ( "
                              "interquartile , 40 to 60h ) compared with 66h ( 50 to 71h ) for the others.")
    assert [(e.value, e.unit) for e in found] == [(52.0, "hours"), (66.0, "hours")]
    # a single group's time to a culture's conversion is an outcome's median
    found = extract_estimates("Results: The median time of sputum culture conversion was 58 days (IQR: 44–80).")
    assert [(e.value, e.unit) for e in found] == [(58.0, "days")]
    # each group's time with its IQR after a comma, in a clause read as medians
    found = extract_estimates("Results: The primary endpoint was time to clinical stability, which was shorter in "
                              "the drug group (2.5 days, IQR 2.0–3.1) than in the placebo group (3.9 days, 3.5–4.6; "
                              "hazard ratio [HR] 1.29, 95% CI 1.12–1.48, p<0.0001).")
    assert [(e.measure, e.value) for e in found] == [("median", 2.5), ("median", 3.9), ("HR", 1.29)]


def test_round31_meta_analysis_brackets_with_p_and_i_squared() -> None:
    # "(OR v, lo–hi, P, I²)": the bare P and the heterogeneity's percentage close the bracket (the CI's lower limit
    # was read as a second ratio)
    found = extract_estimates("Results: Patients who underwent surgery had better outcomes (OR 0.41, 0.25–0.67, 0.00, "
                              "0) than those who did not (1.05, 0.78–1.41, 0.74, 58.20%).")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(0.41, 0.25, 0.67), (1.05, 0.78, 1.41)]
    # a bare bracket after a named ratio in the sentence before, whose outcome is the risk named just before it
    found = extract_estimates("Results: No difference was detected in mortality (OR 0.84, 95% CI 0.62–1.12, p = 0.21, "
                              "I2 = 55.10%). However, the drug introduced a higher risk of bleeding (1.52, 1.21–1.90, "
                              "0.00, 48.32%) in trials.")
    assert [(e.value, e.ci_low, e.ci_high, e.endpoint_text) for e in found] == [
        (0.84, 0.62, 1.12, "mortality"), (1.52, 1.21, 1.90, "bleeding")]


def test_round31_the_next_outcomes_times_after_medians() -> None:
    found = extract_estimates("Results: Median duration of diarrhoea in children who received the product (61 hours) "
                              "was shorter than in controls (80 hrs). Children who received the product also showed "
                              "a shorter duration of fever (20 vs 55 hrs) (p = 0.006).")
    assert [(e.value, e.unit, e.endpoint_text) for e in found][2:] == [(20.0, "hours", "fever"),
                                                                       (55.0, "hours", "fever")]
    # (without medians before, a pair of times stays unread: they may be means)
    assert extract_estimates("Results: Children who received the product showed a shorter duration of fever (20 vs "
                             "55 hrs) (p = 0.006).") == []


def test_round31_medians_in_flattened_tables() -> None:
    # a pipe table: a section line names the end point, the row's label the median and its unit; an interval in the
    # cells of a time to an event's median, unnamed, is read as its CI (and says so)
    text = ("Table 2:\n| | Drug (n=150) | Placebo (n=149) |\n|---|---|---|\nProgression-free survival | ||\n"
            "Number of events | 101 (67%) | 122 (82%) |\nMedian duration (months) | 4·4 (3·9–5·2) | 2·6 (2·2–3·0) |\n")
    found = extract_estimates(text)
    assert [(e.value, e.ci_low, e.ci_high, e.unit, e.endpoint) for e in found] == [
        (4.4, 3.9, 5.2, "months", "PFS"), (2.6, 2.2, 3.0, "months", "PFS")]
    assert all("ci_not_named" in e.checks for e in found)
    # rows opening on a pipe; the ratio's column after the medians' is not a median; a label's footnote letter "d"
    # is no unit; an IQR or range is no CI
    text = ("Table 3.\n| End Point | A (N = 400) | B (N = 200) | Hazard Ratio (95% CI) | P Value |\n"
            "|---|---|---|---|---|\n"
            "| Median time to progression - mo | 21.5 | 8.0 | 0.42 (0.33-0.53) | <0.001 |\n"
            "| Patients with progression - no. (%) | 150 (38) | 140 (70) | - | - |\n"
            "| DOR,d median (range), months | 6.1 (2.0-30.5) | 5.2 (1.9-28.0) | | |\n")
    found = [e for e in extract_estimates(text) if e.measure == "median"]
    assert [(e.value, e.ci_low, e.unit, e.endpoint_text) for e in found] == [
        (21.5, None, "months", "time to progression"), (8.0, None, "months", "time to progression"),
        (6.1, None, "months", "DOR"), (5.2, None, "months", "DOR")]
    # one cell per line after the row's label; the P value's cell after the groups' ends the row
    text = ("Table 2 Outcomes\n\nOutcome\n\nGroup A\n\nGroup B\n\nP value\n\nWeaning timea, median (IQR), h\n\n"
            "22.0 (15.0–40.0)\n\n35.0 (24.0–52.0)\n\n0.031\n\nICU stay, median (IQR), days\n\n5.0 (3.0–8.0)\n\n"
            "6.0 (4.0–9.0)\n\n0.41\n")
    assert [(e.value, e.ci_low, e.unit, e.endpoint_text) for e in extract_estimates(text)] == [
        (22.0, None, "hours", "Weaning time"), (35.0, None, "hours", "Weaning time"),
        (5.0, None, "days", "ICU stay"), (6.0, None, "days", "ICU stay")]
    # (a table of characteristics gives no median)
    assert extract_estimates("Table 1.\n| | A | B |\n|---|---|---|\n| Age, median (range), years | 61 (40-80) | "
                             "63 (38-79) |\n| Follow-up, median, months | 24.1 | 23.8 |\n") == []


def test_round31_ratios_read_by_a_pipe_tables_column() -> None:
    # the header names the ratio's column; rows whose labels name medians still give it, with the P column's value
    text = ("Table 2.\n| End Point | A (N = 610) | B (N = 305) | Hazard Ratio (95% CI) | P Value |\n"
            "|---|---|---|---|---|\n| Median event-free survival - mo | 30.2 | 12.9 | 0.35 (0.28-0.44) | <0.001 |\n"
            "| Events - no. (%) | 150 (25) | 160 (52) | - | - |\n"
            "| Median overall survival - mo | NR | NR | 0.84 (0.61-1.15) | 0.27 |\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.p_operator, e.p_value) for e in found if e.measure == "HR"] \
        == [("HR", 0.35, 0.28, 0.44, "<", 0.001), ("HR", 0.84, 0.61, 1.15, "=", 0.27)]
    assert [(e.value, e.value_text) for e in found if e.measure == "median"] == [
        (30.2, None), (12.9, None), (None, "not reached"), (None, "not reached")]


def test_round31_a_threshold_in_brackets_within_a_ratios_label() -> None:
    found = extract_estimates("Results: The adjusted odds ratio for the top (≥12 days) vs. the bottom (≤2 days) "
                              "quintile of stay was 1.41 (95% CI 0.95–2.09) for readmission and 0.47 (95% CI "
                              "0.26–0.85) for death.")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(1.41, 0.95, 2.09), (0.47, 0.26, 0.85)]


def test_round31_money_is_no_ratio_and_later_groups_medians_with_named_cis() -> None:
    found = extract_estimates("Results: The adjusted OR for mortality was 2.05 (95% CI 1.31 to 3.20, p=0.002) with an "
                              "adjusted increase in mean charges of $5210 (95% CI 3900 to 6520, p<0.001).")
    assert [(e.measure, e.value) for e in found] == [("OR", 2.05)]
    found = extract_estimates("Results: Median overall survival of patients who received drug A alone (n = 180; 6.9 "
                              "months (95% CI; 5.8-8.0)) was as in trials. Drug A/B (n = 64; 11.2 months (95% CI; "
                              "8.1-14.0)) and drug A/C (n = 70; 9.5 months (95% CI; 7.7-11.3)) gave a longer survival.")
    assert [(e.value, e.ci_low, e.ci_high, e.endpoint) for e in found] == [
        (6.9, 5.8, 8.0, "OS"), (11.2, 8.1, 14.0, "OS"), (9.5, 7.7, 11.3, "OS")]


def test_round31_rows_glued_into_one_line_keep_every_ratio() -> None:
    # a header naming event rates before three ratio columns, and its rows glued into one line: every ratio cell is
    # read (the rule "a row's last cells are the ratio's" holds only for a line that is one row)
    text = ("Results: Events were fewer.Table 3Effect of drug X on events by level achieved at 1 yearEvent "
            "(N = 2,000)Events/persons(event rate/100 person-years)Model 0a, adjusted HR(95% CI)Model 1b, adjusted "
            "HR(95% CI)Model 2c, adjusted HR(95% CI)Major event (110 cases) Placebo (70 cases)70/1,100 (2.30)111 "
            "Drug X (40 cases)  Level <2 mmol/l 26/700 (1.30)0.55 (0.36, 0.84)0.57 (0.37, 0.88)0.59 (0.38, 0.91)  "
            "Level ≥2 mmol/l 14/400 (1.20)0.60 (0.34, 1.05)0.52 (0.29, 0.93)0.50 (0.28, 0.90)")
    assert [e.value for e in extract_estimates(text) if e.measure == "HR"] == [0.55, 0.57, 0.59, 0.60, 0.52, 0.50]


def test_round31_meaning_of_end_points() -> None:
    # a transplant's deaths without relapse are one cause of death, not overall survival
    found = extract_estimates("Results: The nonrelapse mortality was higher after the new regimen (HR 1.74; 95% CI "
                              "1.38-2.19).")
    assert [(e.endpoint, e.endpoint_text) for e in found] == [("other", "nonrelapse mortality")]
    # the next clause's own end point, its abbreviation opening its bracket, after the first bracket's P
    found = extract_estimates("Results: High-risk patients had shorter median progression-free survival (PFS; 11.2 vs. "
                              "30.5 months; p<0.001), and shorter overall survival (OS; 26 months vs. not reached; "
                              "p<0.001) than the others.")
    assert [(e.value, e.endpoint) for e in found] == [(11.2, "PFS"), (30.5, "PFS"), (26.0, "OS"), (None, "OS")]
    # two end points sharing one noun, "respectively"
    found = extract_estimates("Results: Median progression-free and overall survivals were 6.1 months (95% CI: "
                              "3.9–12.0) and 10.2 months (95% CI: 5.0–15.8), respectively.")
    assert [(e.value, e.endpoint) for e in found] == [(6.1, "PFS"), (10.2, "OS")]
    # "a significant increase" names no outcome
    found = extract_estimates("Results: Working night (HR 1.22, 95% CI 1.03-1.45) or evening (HR 1.31, 95% CI "
                              "1.12–1.53) shifts was associated with a significant increase in mortality.")
    assert all(e.endpoint_text != "significant increase" for e in found)


def test_round31_review_tables_defined_prefixes_and_mojibake() -> None:
    # a review's analysis rows: the statistical method in the ratio's header bracket
    found = extract_estimates("1.2 Death 4 1530 Risk Ratio (M-H, Random, 95% CI) 0.81 [0.69, 0.95]\n"
                              "1.3 Relapse 3 988 Hazard Ratio (IV, Fixed, 95% CI) 0.74 [0.60, 0.91]\n")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level) for e in found] == [
        ("RR", 0.81, 0.69, 0.95, 95.0), ("HR", 0.74, 0.60, 0.91, 95.0)]
    # "incidence density ratio" is a rate ratio
    assert [(e.measure, e.value) for e in extract_estimates(
        "Results: The incidence density ratio was 1.71 (95% CI 1.05-2.79).")] == [("IRR", 1.71)]
    # a measure's abbreviation with a prefix the document defines, then "(95% CI)" after it
    found = extract_estimates("Methods: A summary relative risk (SRR) was estimated. Results: The SRR (95% CI) for "
                              "red meat was 1.29 (1.10–1.51).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [("RR", 1.29, 1.10, 1.51)]
    # UTF-8 dashes and spaces misread in a one-byte code page
    found = extract_estimates("Results: The hazard ratio of death was 2.484 (95% confidence interval [CI]: "
                              "2.017\u0101\u20ac\u201c3.059; P\u0101\u20ac\u2030<\u0101\u20ac\u20300.001).")
    assert [(e.value, e.ci_low, e.ci_high, e.p_operator, e.p_value) for e in found] == [
        (2.484, 2.017, 3.059, "<", 0.001)]


def test_round31_two_times_compared_in_news_prose() -> None:
    # "… was 21 months, compared to 5.5 months …": an event time's pair never called a median is read as its medians
    # and says so
    found = extract_estimates("Progression-free survival for those treated with drug Z was 19 months, compared to 6.1 "
                              "months for those on a placebo.")
    assert [(e.measure, e.value, e.unit, e.endpoint) for e in found] == [
        ("median", 19.0, "months", "PFS"), ("median", 6.1, "months", "PFS")]
    assert all("statistic_not_named" in e.checks for e in found)


def test_round31_calendar_years_are_no_times() -> None:
    found = extract_estimates("Results: Overall, mPFS was 15.8 vs 18.9 months for patients treated in 2001–2012 vs "
                              "2013–2019 (HR: 0.80, 95% CI: 0.66–0.97, P = 0.02).")
    assert [e.value for e in found if e.measure == "median"] == [15.8, 18.9]


def test_round31_survival_of_a_time_compared_and_counts_of_patients() -> None:
    found = extract_estimates("Results: Patients without the mutation had a progression-free survival of 8.8 months "
                              "compared to 4.1 months for those on the placebo.")
    assert [(e.value, e.unit, e.endpoint) for e in found] == [(8.8, "months", "PFS"), (4.1, "months", "PFS")]
    # a count of patients with two words before "patients" is no time
    found = extract_estimates("Results: Median overall survival was 36.5 months in the combination arm compared with "
                              "32 months in the control arm. A second therapy was tested in a phase I trial of 29 "
                              "advanced melanoma patients.")
    assert [e.value for e in found] == [36.5, 32.0]


def test_round32_unit_in_its_own_bracket_and_real_world_end_points() -> None:
    # "median OS (months) was 14.2 and 20.6 …": the unit printed once, in a bracket after the end point
    found = extract_estimates("Results: Median OS (months) was 14.2 and 20.6 in the low-dose and high-dose groups, "
                              "respectively.")
    assert [(e.value, e.unit, e.endpoint, e.endpoint_text) for e in found] == [
        (14.2, "months", "OS", "OS"), (20.6, "months", "OS", "OS")]
    found = extract_estimates("Results: In the subgroups, median rwOS (mo) was 16.4 in patients with bone "
                              "metastases and 22.9 with lung metastases.")
    assert [(e.value, e.unit, e.endpoint) for e in found] == [(16.4, "months", "OS"), (22.9, "months", "OS")]
    # "rwPFS", "mOS" are PFS and OS; "MOS" (the Medical Outcomes Study) and "mos" (months) are not
    from trialink._measures import endpoint_of
    assert [endpoint_of(x) for x in ("rwPFS", "mOS", "rwOS", "MOS", "mos")] == ["PFS", "OS", "OS", "other", "other"]


def test_round32_values_after_was_estimated_and_a_bracket_never_closed() -> None:
    found = extract_estimates("Results: The odds ratio of stroke for former users compared to current users was "
                              "estimated to be 0.85, 0.62 and 0.41 for 1-4, 5-9 and 10 or more years after stopping, "
                              "respectively.")
    assert [(e.measure, e.value) for e in found] == [("OR", 0.85), ("OR", 0.62), ("OR", 0.41)]
    # a bracket opened after the ratio's name and never closed does not hide the values
    found = extract_estimates("Results: In the two age groups, the hazard ratios (of developing gout in men versus "
                              "women were 1.32 (95% CI 1.20–1.45) and 1.18 (1.05–1.33), respectively.")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(1.32, 1.2, 1.45), (1.18, 1.05, 1.33)]
    # (a bracket that holds its sentence's numbers is kept: the groups before it stay the ratio's)
    found = extract_estimates("Results: Death was less frequent with drug A than with placebo (40 [8.1%] vs 61 "
                              "[12.4%] deaths with a hazard ratio of 0.64 (95% CI 0.43-0.95, p=0.03).")
    assert [(e.value, e.groups) for e in found] == [(0.64, ("drug A", "placebo"))]


def test_round32_tables_with_one_cell_per_line_cells_apart_and_one_decimal() -> None:
    # one cell per line under "odds ratio", "95% CI", "lower", "upper"; a reference row gives nothing
    text = ("Table 2 Risk factors for in-hospital death (n = 12,000)\n\nodds ratio\n\n95% CI\n\nlower\n\nupper\n\n"
            "Age group\n\n60-79\n\n2.14\n\n1.90\n\n2.41\n\n≥80\n\n4.05\n\n3.52\n\n4.66\n\n<60\n\n1.00\n\n"
            "(reference)\n\nMale\n\n1.22\n\n1.11\n\n1.34\n")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level) for e in extract_estimates(text)] == [
        ("OR", 2.14, 1.9, 2.41, 95.0), ("OR", 4.05, 3.52, 4.66, 95.0), ("OR", 1.22, 1.11, 1.34, 95.0)]
    # a pipe table whose second header row names "HR | 95% CI" over the cells of each model; "95% CIb" keeps its
    # footnote's letter
    text = ("Table 4. Hazard ratios (HRs) for death by number of falls.\nFalls | n | Deaths | Crude | Adjusteda | ||\n"
            "---|---|---|---|---|---|---|\nHR | 95% CIb | HR | 95% CIb | ||||\n0 | 9,100 | 40 | 1.00 | 1.00 | ||\n"
            "1–2 | 820 | 21 | 1.71 | 1.01–2.90 | 1.66 | 0.98–2.82 |\n")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        ("HR", 1.71, 1.01, 2.9), ("HR", 1.66, 0.98, 2.82)]
    # a table printed with one decimal: "1.1 (1.0-1.1)" is centred within its rounding, "1.0 (1.0-1.0)" a ratio per
    # unit under a header that names the ratio
    text = ("Table 3.\n\nRisk factors for relapse\n\nUnivariate analysis, OR (95% CI)\nP value\n"
            "Multivariate analysis, OR (95% CI)\nP value\nAge (per yr increase) 1.1 (1.0-1.1) < 0.001 1.1 (1.0-1.1) "
            "0.002\nPlatelets (10³/mL) 1.0 (1.0-1.0) < 0.001 1.0 (1.0-1.0) 0.030\nSmoking (yes vs no) 3.4 (1.5-7.7) "
            "0.004\n")
    assert [(e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        (1.1, 1.0, 1.1), (1.1, 1.0, 1.1), (1.0, 1.0, 1.0), (1.0, 1.0, 1.0), (3.4, 1.5, 7.7)]


def test_round32_group_times_listed_spaced_decimals_and_what_is_no_median() -> None:
    # one end point's times of three groups, listed, never called medians
    found = extract_estimates("Results: The progression-free survival (PFS) of the three groups was 10.2 months, "
                              "12.6 months and 7.4 months (p = 0.041), respectively.")
    assert [(e.value, e.unit, e.endpoint, e.endpoint_text) for e in found] == [
        (10.2, "months", "PFS", "progression-free survival (PFS)"), (12.6, "months", "PFS",
                                                                    "progression-free survival (PFS)"),
        (7.4, "months", "PFS", "progression-free survival (PFS)")]
    assert all("statistic_not_named" in e.checks for e in found)
    # a space after every decimal point (three times at least before a unit, a per cent or a limit)
    found = extract_estimates("Results: Follow-up was 64. 2 months. The 5-year survival rate was 24. 1% (95% CI: "
                              "21. 0% to 27. 5%), and median OS was 19. 6 months (95% CI: 17. 2 to 22. 4).")
    assert [(e.value, e.ci_low, e.ci_high, e.unit) for e in found] == [(19.6, 17.2, 22.4, "months")]
    # "unreached"; a CI named with braces ("{CI}")
    found = extract_estimates("Results: Median overall survival was unreached in the A group and 20.4 months in the "
                              "B group.")
    assert [(e.value, e.value_text, e.unit) for e in found] == [(None, "unreached", "months"), (20.4, None, "months")]
    found = extract_estimates("Results: Overall survival was longer with drug A (median, 12.9 months [95% confidence "
                              "interval {CI}, 10.4 to 15.0] vs. 7.9 months [95% CI, 6.6 to 9.8]).")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(12.9, 10.4, 15.0), (7.9, 6.6, 9.8)]
    # a landmark's time is no median; nor is how long something was done each day
    found = extract_estimates("Results: Median PFS was 8.8 months (95% CI: 6.1-40.3), with a 24 month-PFS of 30.2% "
                              "(95% CI: 15.0-46.8).")
    assert [e.value for e in found] == [8.8]
    assert extract_estimates("Results: The median daily duration of kangaroo care was 14.1 hours (IQR 11.0-17.2) in "
                             "the intervention and 2.0 hours (IQR 0.5-3.1) in the control group.") == []


def test_round32_pairs_without_unit_before_hr_not_reached_of_two_end_points_and_copies() -> None:
    # a unitless pair of an event time's medians before "HR" (the ratio's name is no hour), each with its group in order
    found = extract_estimates("Results: Median PFS was longer with drug A versus drug B (5.2 vs 2.9; unstratified "
                              "HR = 0.52, P = .004).")
    assert [(e.measure, e.value, e.unit, e.arm) for e in found] == [
        ("median", 5.2, None, "drug A"), ("median", 2.9, None, "drug B"), ("HR", 0.52, None, None)]
    # the unit after a CI that holds an abbreviation's bracket
    found = extract_estimates("Results: Median OS was 15.1 (CI: 8.2 – not reached [NR]) months.")
    assert [(e.value, e.ci_low, e.ci_high, e.unit) for e in found] == [(15.1, 8.2, None, "months")]
    # two end points not reached: one median each; printed again in a later sentence: once
    text = ("Key points: After 6 years, the median OS and PFS were not reached.\n\nResults: At a median follow-up of "
            "72 months, the median overall survival (OS) and progression-free survival (PFS) were not reached.")
    assert [(e.value_text, e.endpoint) for e in extract_estimates(text)] == [
        ("not reached", "OS"), ("not reached", "PFS")]
    # "median OS favoured A versus B": the end point is OS, and the ratio after the pair keeps it
    found = extract_estimates("Results: Median PFS was improved with drug A versus drug B [15.2 versus 8.1 months; "
                              "HR 0.61; 95% CI 0.50-0.74]; median OS favoured drug A versus drug B (45.1 versus 36.0 "
                              "months; HR 0.72; 95% CI 0.58-0.89).")
    assert [(e.measure, e.value, e.endpoint_text) for e in found][3:] == [
        ("median", 45.1, "OS"), ("median", 36.0, "OS"), ("HR", 0.72, "OS")]


def test_round32_news_pairs_as_opposed_to_glued_vs_and_abbreviations_alone() -> None:
    found = extract_estimates("Results: With drug A, a median overall survival (OS) of 21.2 months as opposed to "
                              "15.3 months.")
    assert [(e.value, e.unit, e.endpoint) for e in found] == [(21.2, "months", "OS"), (15.3, "months", "OS")]
    found = extract_estimates("Results: mPFS was 16.1 vs12.2 months (HR, 1.38; 95% CI, 1.08–1.77, P = 0.01).")
    assert [(e.measure, e.value) for e in found] == [("median", 16.1), ("median", 12.2), ("HR", 1.38)]
    # an event time named by its abbreviation alone, a time per group
    found = extract_estimates("Results: DFS was 22.4 months in the A arm compared with 17.5 months in the placebo arm.")
    assert [(e.value, e.arm, e.endpoint) for e in found] == [(22.4, "A", "DFS"), (17.5, "placebo", "DFS")]


def test_round32_time_to_recovery_pair_never_called_median() -> None:
    # a time to recovery (an outcome's time) per group, never called a median: read as its medians, and the group
    # named in "patients who received X" is a compared arm, not a subgroup
    found = extract_estimates("Results: The time to platelet recovery was shorter in patients who received drug A "
                              "(17 v 22 days; P = .002).")
    assert [(e.value, e.unit, e.population_kind) for e in found] == [(17.0, "days", "overall"),
                                                                    (22.0, "days", "overall")]
    assert all("statistic_not_named" in e.checks for e in found)


def test_round32_table_with_cells_glued_together() -> None:
    # a web page's table copied without its cell breaks: the ratio glued before its CI level in the header, the row's
    # numbers glued to its label and to each other, told apart by the digits of the limit printed alone
    text = ("Table 3\n\nMultivariable analysis of factors for death\n\nFactorsCox model\nHR95% CIP value\n"
            "Stage (IV/III)4.121.62 to 10.480.003\nAge (per 10 years)1.170.94 to 1.460.160\n")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level) for e in extract_estimates(text)] == [
        ("HR", 4.12, 1.62, 10.48, 95.0), ("HR", 1.17, 0.94, 1.46, 95.0)]
    text = ("Table 2.\n\nDeaths by kidney function\n\nGroupCasesRateaaHR (95% CI)b\nAll\n"
            " All participants812/301,455269.41.29 (1.05 to 1.58)\n Women301/150,200200.40.91 (0.66 to 1.25)\n")
    assert [(e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [(1.29, 1.05, 1.58),
                                                                               (0.91, 0.66, 1.25)]


def test_round32_a_difference_and_a_range_are_no_medians() -> None:
    found = extract_estimates("Results: Review showed a median PFS of 27.9 months vs 6.1 months for placebo, "
                              "representing an improvement of 21.8 months (HR 0.29; 95% CI 0.20-0.41).")
    assert [(e.measure, e.value) for e in found] == [("median", 27.9), ("median", 6.1), ("HR", 0.29)]
    assert extract_estimates("Background: The median overall survival in the disease ranges from 14 to 160 months, "
                             "depending on the risk group.") == []


def test_round32_a_sentence_opening_on_subgroups() -> None:
    found = extract_estimates("Results: Median OS was 27.2 months. In high-risk subgroups, median OS (mo) was 17.5 in "
                              "patients with liver metastases and 22.0 with bone metastases.")
    assert [(e.value, e.population_kind, e.population_detail, e.arm) for e in found] == [
        (27.2, "overall", None, None), (17.5, "subgroup", "patients with liver metastases", None),
        (22.0, "subgroup", "bone metastases", None)]


def test_round32_not_reached_with_its_abbreviation_defined_in_passing() -> None:
    # "(NR)" after "not reached" is the abbreviation, not a group; its CI after the abbreviation is the time's own
    found = extract_estimates("Results: Median OS was not reached (NR) with drug A versus 17.9 months with placebo "
                              "(HR 0.64; 95% CI 0.47-0.87).")
    assert [(e.value_text, e.value, e.arm, e.groups) for e in found] == [
        ("not reached", None, "drug A", ()), (None, 17.9, "placebo", ()), (None, 0.64, None, ("drug A", "placebo"))]
    found = extract_estimates("Results: Median PFS was not reached (NR [95% CI, 58.1 to NR]) with drug A and 8.8 "
                              "months (95% CI, 7.1 to 10.2) with drug B.")
    assert [(e.value, e.ci_low, e.arm) for e in found] == [(None, 58.1, "drug A"), (8.8, 7.1, "drug B")]


def test_round32_not_reached_paired_with_a_time_never_called_median() -> None:
    found = extract_estimates("Results: In the drug A arm, DFS was not reached compared with 21.4 months in the "
                              "placebo arm (HR 0.21; 95% CI 0.15-0.29; P<0.001).")
    assert [(e.measure, e.value, e.value_text, e.endpoint) for e in found] == [
        ("median", None, "not reached", "DFS"), ("median", 21.4, None, "DFS"), ("HR", 0.21, None, "DFS")]
    found = extract_estimates("Results: Drug A gave longer PFS and OS than chemotherapy (PFS: 11.90 months vs. 6.10 "
                              "months, P<0.001; OS: unreached vs. 19.85 months, P=0.041).")
    assert [(e.value, e.value_text, e.endpoint) for e in found] == [
        (11.9, None, "PFS"), (6.1, None, "PFS"), (None, "unreached", "OS"), (19.85, None, "OS")]


def test_round33_pipe_table_columns_of_medians_and_ratios_with_their_ci_apart() -> None:
    # a header naming "Median PFS (months)" and "95% CI for median PFS (months)", then "HR" and "95% CI for HR": each
    # row's cells in those columns; a row whose first number comes one cell early lost its leading cell
    text = ("Table 3. Progression-free survival.\n"
            "Analysis | Intervention | N | Median PFS (months) | 95% CI for median PFS (months) | HR | 95% CI for HR "
            "| P-value |\n---|---|---|---|---|---|---|---|\n"
            "Trial one (Smith et al, 2008) | |||||||\n"
            "Interim | Drug A plus IFN | 327 | 10.2 | — | 0.63 | 0.52–0.75 | <0.0001 |\n"
            "Placebo plus IFN | 322 | 5.4 | — | ||||\n"
            "Final | Drug A plus IFN | 369 | 8.5 | 7.5–9.7 | 0.71 | 0.61–0.83 | <0.0001 |\n"
            "IFN | 363 | 5.2 | 3.1–5.6 | ||||\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.arm, e.endpoint) for e in found] == [
        # (the first HR's end point from the caption "Table 3. Progression-free survival." since round 39)
        ("median", 10.2, None, None, "Drug A plus IFN", "PFS"), ("HR", 0.63, 0.52, 0.75, None, "PFS"),
        ("median", 5.4, None, None, "Placebo plus IFN", "PFS"), ("median", 8.5, 7.5, 9.7, "Drug A plus IFN", "PFS"),
        ("HR", 0.71, 0.61, 0.83, None, "PFS"), ("median", 5.2, 3.1, 5.6, "IFN", "PFS")]
    assert found[1].p_operator == "<" and found[1].p_value == 0.0001


def test_round33_pipe_header_one_cell_short_of_its_rows() -> None:
    # the header lost the row labels' column and ends on an empty cell: the rows sit one cell to the right (before,
    # the median column's "43 [25–66]" was read as a hazard ratio and the crude HR as the adjusted one)
    text = ("Table 2.\nHRs for culture conversion by group\n"
            "Total (n = 600) | Converted by 4 months n (%) | Time to conversion, days, median [IQR] | HR (95%CI) | "
            "Adjusted HR | |\n---|---|---|---|---|---|\n"
            "Group A | 469 | 433 (92.3) | 43 [25–66] | 1.23 (1.22–1.26) | 1.20 (1.18–1.23) |\n"
            "Group B | 125 | 110 (88.6) | 54 [31–76] | Reference | Reference |\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.unit, e.arm) for e in found] == [
        ("median", 43.0, None, "days", "Group A"), ("HR", 1.23, 1.22, None, None), ("HR", 1.2, 1.18, None, None),
        ("median", 54.0, None, "days", "Group B")]
    # a median column of a time to any event takes its end point from the section row; two groups' "NR" are two
    text = ("Table 2. Time-to-Event Outcomes.\n"
            "Outcome | No. of Patients with Event | Percentage with Event (95% CI) | Median No. of Days to Event (95% "
            "CI) | Hazard Ratio (95% CI) | Log-Rank P Value | |\n---|---|---|---|---|---|---|\n"
            "Day 14 | Day 28 | |||||\n"
            "Primary outcome: mechanical ventilation or death | ||||||\n"
            "Drug B | 17 | 9.9 (6.2–15.7) | 10.6 (6.7–16.6) | NR | 0.83 (0.38–1.81) | 0.64 |\n"
            "Placebo | 10 | 10.0 (5.1–18.9) | 12.5 (6.9–22.0) | NR | ||\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.value_text, e.arm, e.endpoint_text) for e in found] == [
        ("median", None, "not reached", "Drug B", "mechanical ventilation or death"),
        ("HR", 0.83, None, None, "mechanical ventilation or death"),
        ("median", None, "not reached", "Placebo", "mechanical ventilation or death")]


def test_round33_table_rows_one_cell_per_line_pairs_in_a_cell_and_rows_in_a_sentence() -> None:
    # a row label, then "(95% CI)" on a line of its own, then one cell per group; a ratio's label, then its cell
    text = ("Table 5. Survival with drug Z or placebo\nDrug Z\n(N=797)\nPlacebo\n(N=398)\nDeaths (%)\n333 (42%)\n"
            "219 (55%)\nMedian survival (months)\n(95% CI)\n14.8 (14.1, 15.4)\n10.9 (10.2, 12.0)\np value a\n< 0.0001\n"
            "Hazard ratio (95% CI) b\n0.646 (0.543, 0.768)\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level) for e in found] == [
        ("median", 14.8, 14.1, 15.4, 95.0), ("median", 10.9, 10.2, 12.0, 95.0), ("HR", 0.646, 0.543, 0.768, 95.0)]
    # "11.2 vs. 4.6" in each trial's column, and the ratio the label names in a bracket after the pair
    text = ("Table 1. Three trials of drug K.\nCharacteristic | Trial A | Trial B | Trial C |\n"
            "Median PFS, mo, experimental vs. control | 11.2 vs. 4.6 | 23.8 vs. 13.0 | 16.4 vs. 9.3 |\n"
            "Median OS, mo, experimental vs. control (hazard ratio: 95% CI) | 34.9 vs. 28.0 (0.81; 0.64–1.03; p = .09) "
            "| NR vs. 40.9 (0.71; 0.54–0.95; p = .01) |\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.value_text, e.endpoint) for e in found] == [
        ("median", 11.2, None, "PFS"), ("median", 4.6, None, "PFS"), ("median", 23.8, None, "PFS"),
        ("median", 13.0, None, "PFS"), ("median", 16.4, None, "PFS"), ("median", 9.3, None, "PFS"),
        ("median", 34.9, None, "OS"), ("median", 28.0, None, "OS"), ("HR", 0.81, None, "OS"),
        ("median", None, "not reached", "OS"), ("median", 40.9, None, "OS"), ("HR", 0.71, None, "OS")]
    assert [(e.ci_low, e.ci_high, e.p_value) for e in found if e.measure == "HR"] == [(0.64, 1.03, 0.09),
                                                                                     (0.54, 0.95, 0.01)]
    # a meeting abstract's table flattened into its text
    found = extract_estimates("Table: Results. Drug+CAPOX Placebo+CAPOX N=241 N=238 PFS (Months) Median (95% CI) 7.62 "
                              "(6.37, 7.89) 6.08 (5.06, 6.44) P-value 0.0001 HR (95% CI) 0.58 (0.43, 0.77)")
    assert [(e.measure, e.value, e.ci_low, e.endpoint) for e in found] == [
        ("median", 7.62, 6.37, "PFS"), ("median", 6.08, 5.06, "PFS"), ("HR", 0.58, 0.43, "PFS")]


def test_round33_glued_triples_and_a_ci_wrapped_onto_the_next_line() -> None:
    # "VariableOR95% Confidence Interval for ORP Value" over rows whose ratio, limits and P are glued together
    text = ("Table 2.\n\nLogistic model for graft loss\n\nVariableOR95% Confidence Interval for ORP Value\n"
            "Acute rejection, yes/no2.571.654.00<0.001\nViral reactivation1.951.282.970.002\n"
            "Donor eGFR <88 ml/min per 1.73 m21.290.851.960.23\n")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level) for e in extract_estimates(text)] == [
        ("OR", 2.57, 1.65, 4.0, 95.0), ("OR", 1.95, 1.28, 2.97, 95.0), ("OR", 1.29, 0.85, 1.96, 95.0)]
    # a summary-of-findings table whose cell wrapped the ratio's CI onto the next line
    text = ("Outcomes Anticipated absolute effects (95% CI) Relative effect\n(95% CI) No of participants\n"
            "Live birth rate: cumulatively 579 per 1000 589 per 1000\n(567 to 627) OR 1.08\n(0.95 to 1.22) 4712\n"
            "(8 RCTs) moderate\n")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [("OR", 1.08, 0.95, 1.22)]


def test_round33_a_comparison_between_value_and_ci() -> None:
    found = extract_estimates("Results: Standardized relative risks of MACE were 0.75 for drug T vs. drug C (95% "
                              "confidence interval [CI], 0.64-0.83), 0.84 for drug P vs. drug C (95% CI, 0.73-0.94), "
                              "and 1.12 for drug P vs. drug T (95% CI, 1.00-1.24).")
    assert [(e.value, e.ci_low, e.ci_high, e.groups) for e in found] == [
        (0.75, 0.64, 0.83, ("drug T", "drug C")), (0.84, 0.73, 0.94, ("drug P", "drug C")),
        (1.12, 1.0, 1.24, ("drug P", "drug T"))]


def test_round33_table_rows_of_days_are_no_ratios_and_sections_repeat_rows() -> None:
    # a row label naming its unit ("(days)") on a line of its own: the cells after it are no odds ratios
    text = ("Table 4 Matched analysis\n\nVariables\n\nEarly (N = 445)\n\nLate (N = 445)\n\nP value\n\n"
            "28-day mortality\n\n85 (19.3%)\n\n110 (24.9%)\n\nUnadjusted OR\n\n1.00\n\n1.39 (1.26–1.54)\n\n < 0.001\n\n"
            "Hospital LOS after activation (days)\n\n11 (5–21)\n\n14 (6–27)\n\n < 0.001\n\n"
            "LOS in ICU (days)\n\n4 (2–9)\n\n5 (3–10)\n\n0.305\n")
    assert [(e.measure, e.value) for e in extract_estimates(text)] == [("OR", 1.39)]
    # a table's two sections with a row of the same label and value: two medians
    text = ("Table 2.\nTime to conversion by group\n"
            "Group | N | Time to conversion, days, median [IQR] | HR (95%CI) |\n---|---|---|---|\n"
            "All | ||||\nNo alcohol use | 469 | 43 [25–66] | 1.23 (1.22–1.26) |\nAlcohol use | 125 | 54 [31–76] | "
            "Reference |\nDOT | ||||\nNo alcohol use | 300 | 43 [24–65] | 1.27 (1.23–1.30) |\n")
    assert [(e.measure, e.value, e.arm) for e in extract_estimates(text)] == [
        ("median", 43.0, "No alcohol use"), ("HR", 1.23, None), ("median", 54.0, "Alcohol use"),
        ("median", 43.0, "No alcohol use"), ("HR", 1.27, None)]


def test_round33_groups_times_each_after_its_label() -> None:
    # after a median for all patients, each group's after its label; the unit in the bracket with the CI's name
    found = extract_estimates("Results: Estimated median Kaplan-Meier PFS (months [95% CI]) for all patients was 18.5 "
                              "(10.3-31.3); G1: 18.4 (6.8-32.8); G2: 18.5 (11.1-NE); G3: 21.7 (3.6-NE).")
    assert [(e.value, e.ci_low, e.ci_high, e.unit, e.arm, e.endpoint_text) for e in found] == [
        (18.5, 10.3, 31.3, "months", None, "Kaplan-Meier PFS"), (18.4, 6.8, 32.8, "months", "G1", "Kaplan-Meier PFS"),
        (18.5, 11.1, None, "months", "G2", "Kaplan-Meier PFS"), (21.7, 3.6, None, "months", "G3", "Kaplan-Meier PFS")]
    # an event time's bracket of groups, each with its label and unit: medians, the word not printed
    found = extract_estimates("Results: The cohorts showed no significant difference in OS (R: 5.0 months; T: 5.9 "
                              "months; p = 0.8371) or PFS (R: 3.2 months; T: 3.3 months; p = 0.6531).")
    assert [(e.value, e.arm, e.endpoint, "statistic_not_named" in e.checks) for e in found] == [
        (5.0, "R", "OS", True), (5.9, "T", "OS", True), (3.2, "R", "PFS", True), (3.3, "T", "PFS", True)]
    # (trials' pairs after their labels stay pairs: no label's item is read from "20.5 vs 12.8")
    found = extract_estimates("Drugs A, B and C with fulvestrant are superior to fulvestrant alone in terms of PFS "
                              "(TRIAL-1: 9.5 vs 4.6 months; TRIAL-2: 16.4 vs 9.3; TRIAL-3: 20.5 vs 12.8).")
    assert [e.value for e in found] == [9.5, 4.6, 16.4, 9.3, 20.5, 12.8]


def test_round33_not_reached_takes_the_unit_of_its_bracket_only() -> None:
    found = extract_estimates("Results: Median DOR has not been reached (observed DOR range: 1.9-39.4 months).")
    assert [(e.value_text, e.unit) for e in found] == [("not been reached", "months")]
    # (not the follow-up's unit printed after it)
    found = extract_estimates("Results: Median overall survival has not been reached at 40 months' median follow up.")
    assert [(e.value_text, e.unit) for e in found] == [("not been reached", None)]


def test_round33_no_medians_from_an_iqr_a_likelihood_or_the_follow_up() -> None:
    found = extract_estimates("Results. The median length of stay was 4.5 days (interquartile range [IQR], 2.7, 5.9) "
                              "in the warfarin group and 1.8 days (IQR, 1.2, 3.7) in the rivaroxaban group (P<0.001).")
    assert [(e.value, e.arm) for e in found] == [(4.5, "warfarin"), (1.8, "rivaroxaban")]
    # (the bracket that names the statistic before the median's own value keeps it)
    found = extract_estimates("Results: The duration of the block was longer in the perineural group (median "
                              "[interquartile range], 19.9 [17.2-23.1] hours) than in the intravenous group (15.1 "
                              "[13.7-15.9] hours, P < 0.001).")
    assert [e.value for e in found] == [19.9, 15.1]
    found = extract_estimates("Results: Median time to recovery was 9 days with drug M vs 15 days with usual care, "
                              "reflecting a 1.36 likelihood of faster recovery.")
    assert [e.value for e in found] == [9.0, 15.0]
    found = extract_estimates("MAIN RESULTS: The median follow-up was 21 years (interquartile range (IQR): 17-25) and "
                              "was shorter in ART-conceived children (20 years, IQR: 17-23) compared with naturally "
                              "conceived children (24 years, IQR: 20-30).")
    assert found == []


def test_round33_times_of_the_same_groups_or_end_points_printed_as_the_median_before() -> None:
    # "in both the A and B groups": one row per arm
    found = extract_estimates("Results: In the first cohort, median progression-free survival was 14.0 months in both "
                              "the drug A plus drug B and drug A alone groups.")
    assert [(e.value, e.arm) for e in found] == [(14.0, "drug A plus drug B"), (14.0, "drug A alone")]
    # the next end point's time with its CI, after a median with its CI
    found = extract_estimates("Results: The estimated median OS was 9.3 months (95% CI, 8.9-9.8 months), and the "
                              "estimated rwPFS was 3.2 months (95% CI, 3.1-3.3 months).")
    assert [(e.value, e.ci_low, e.endpoint, "statistic_not_named" in e.checks) for e in found] == [
        (9.3, 8.9, "OS", False), (3.2, 3.1, "PFS", True)]
    # the same end point's times of the same groups in the next sentence, "respectively"
    found = extract_estimates("Results: Median OS was 9.4 and 7.5 months in the A and B groups, respectively (p = "
                              "0.16). An analysis excluding patients who received one infusion demonstrated similar OS "
                              "of 11.3 months and 8.9 months, respectively.")
    assert [(e.value, e.arm) for e in found] == [(9.4, "A"), (7.5, "B"), (11.3, "A"), (8.9, "B")]
    # a list after the end point and its unit, each item after its label
    found = extract_estimates("Results: Median OS was 17.2 months. OS (months) for one exposure was: mTOR 5.4, TKI "
                              "18.2; for two exposures: mTOR/TKI 9.3, TKI/TKI 35.2; and for three exposures: "
                              "TKI/mTOR/TKI 20.9.")
    assert [(e.value, e.arm, e.unit) for e in found] == [
        (17.2, None, "months"), (5.4, "mTOR", "months"), (18.2, "TKI", "months"), (9.3, "mTOR/TKI", "months"),
        (35.2, "TKI/TKI", "months"), (20.9, "TKI/mTOR/TKI", "months")]


def test_round33_a_numbered_level_before_the_value_and_times_the_risk() -> None:
    # "in era 4 versus era 1 was 1.75": the era's number is its name, not the value
    found = extract_estimates("Results: After adjustment, the odds ratio for oxygen therapy at 28 days in era 4 versus "
                              "era 1 was 1.75, 95% confidence interval (CI) 1.47 to 2.09.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.groups) for e in found] == [
        ("OR", 1.75, 1.47, 2.09, ("era 4", "era 1"))]
    # "1.23 times the risk of X (95% CI …)": a ratio of that outcome; "times higher risk" in a text whose methods name
    # one model, Cox regression, is its hazard ratio
    found = extract_estimates("Results: Compared with no ART, ART was associated with 1.23 times the risk of any "
                              "hospitalization (95% CI 1.19-1.27).")
    assert [(e.measure, e.value, e.ci_low, e.endpoint_text) for e in found] == [
        ("RR", 1.23, 1.19, "any hospitalization")]
    found = extract_estimates("Methods: Hazards were estimated with Cox regression.\nResults: The transfusion cohort "
                              "had 2.98 times higher risk of VTE than the control cohort (95% confidence interval "
                              "[CI] = 1.23-7.22).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.endpoint_text) for e in found] == [
        ("HR", 2.98, 1.23, 7.22, "VTE")]


def test_round33_per_year_ratio_and_table_cells_printed_as_prose() -> None:
    found = extract_estimates("Results: Age (HR = 1.06/year, CI 1.0-1.1; p < 0.001) and headaches (HR = 5.7, CI "
                              "1.6-20.5; p = 0.03) were significant covariates.")
    assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(1.06, 1.0, 1.1), (5.7, 1.6, 20.5)]
    # a table's row whose cells print their estimates as prose does, named with their CI; the row's second ratio is of
    # another column's end point, named only in the header: unknown
    text = ("Table 3\n\nPivotal trial outcomes\n\nTrialInterventionsResults\nORRMedian DOROSMedian PFS\n"
            "TRIAL-1 (NCT00000001)179Drug A + chemotherapy60.2% (95% CI 53.1% to 67.0%)4.2 monthsMedian OS: 12.3 "
            "months (95% CI 10.8 to 15.9) (HR vs chemotherapy 0.70; 95% CI 0.54 to 0.91; p=0.007)5.2 months (95% CI "
            "4.4 to 5.6) (HR vs chemotherapy 0.77; 95% CI 0.62 to 0.96; p=0.02)\n")
    assert [(e.measure, e.value, e.ci_low, e.endpoint) for e in extract_estimates(text)] == [
        ("HR", 0.7, 0.54, "OS"), ("HR", 0.77, 0.62, "unknown")]


def test_round33_glued_reference_cells_counts_and_a_caption_number_alone() -> None:
    # "Unadjusted HRRef1.48 (0.97 to 2.28)1.90 (…)": the ratio's name, the reference cell and the values glued together
    text = ("Table 3\n\nCox regression analysis: the effect of CPAP on MACEs (n=1860)\n\nNo OSAMild OSAUntreated OSA\n"
            "Incident MACEs\n No. of subjects316436843265\n Incident MACEs, n (%)31 (9.8%)63 (14.4%)146 (17.3%)\n"
            " Unadjusted HRRef1.48 (0.97 to 2.28)1.90 (1.29 to 2.80)\n")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        ("HR", 1.48, 0.97, 2.28), ("HR", 1.9, 1.29, 2.8)]
    # "Table 2." alone, then a title that ends on a full stop, then header cells glued ("ExposureNo. CasesNo.
    # Controls…"), then rows whose case count is glued before the ratio
    text = ("Table 2.\n\nRelative measures of association of an event by exposure status.\n\n"
            "ExposureNo. CasesNo. ControlsUnadjusted IRR, (95% CI)Adjusted IRR, (95% CI)\n"
            "Current drug C1912391Ref.Ref.\nCurrent drug T263830.87 (0.56–1.35)0.92 (0.59–1.44)\n")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        ("IRR", 0.87, 0.56, 1.35), ("IRR", 0.92, 0.59, 1.44)]


def test_round33_a_long_list_of_factors_before_their_values_respectively() -> None:
    # six factors with thresholds before "were": more words between the ratio's name and its values than before
    found = extract_estimates("Results: Multivariate regression analysis showed that the OR (95% CI) values of fever "
                              "duration ≥ 7 days, delayed diagnosis, gamma-glutamyl transferase ≥ 25 U/L, serum "
                              "sodium ≤ 135 mmol/L, neutrophil-to-lymphocyte ratio ≥ 2.8 and platelets ≤ 350 × 109/L "
                              "were 2.94 (2.17–4.00), 1.64 (1.07–2.53), 1.38 (1.07–1.79), 1.68 (1.30–2.19), 1.58 "
                              "(1.22–2.06) and 1.39 (1.08–1.80), respectively.")
    assert [(e.measure, e.value, e.ci_low, e.covariate, e.endpoint_text) for e in found] == [
        ("OR", 2.94, 2.17, "fever duration ≥ 7 days", None), ("OR", 1.64, 1.07, "delayed diagnosis", None),
        ("OR", 1.38, 1.07, "gamma-glutamyl transferase ≥ 25 U/L", None),
        ("OR", 1.68, 1.3, "serum sodium ≤ 135 mmol/L", None),
        ("OR", 1.58, 1.22, "neutrophil-to-lymphocyte ratio ≥ 2.8", None),
        ("OR", 1.39, 1.08, "platelets ≤ 350 × 109/L", None)]


def test_round33_ratios_alone_in_brackets_take_the_one_measure_the_text_names() -> None:
    text = ("Methods: The meta-analysis was applied by using risk ratios with 95% intervals.\n\nResults: Medical "
            "characteristics including DM [1.64 (1.25–2.21)], AVN [1.65 (1.07–2.56)] and chronic pulmonary disease "
            "(CPD) [1.22 (1.08–1.37)] were correlated with a higher rate of infection.")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.covariate, "statistic_not_named" in e.checks)
            for e in found] == [("RR", 1.64, 1.25, 2.21, "DM", True), ("RR", 1.65, 1.07, 2.56, "AVN", True),
                                ("RR", 1.22, 1.08, 1.37, "chronic pulmonary disease (CPD)", True)]
    # (not in a text that names two ratios, or another effect measure: which one, the bracket does not say)
    assert extract_estimates(text.replace("risk ratios", "risk ratios and odds ratios")) == []
    assert extract_estimates(text.replace("risk ratios", "risk ratios and mean differences")) == []


def test_round33_a_full_row_is_not_shifted_when_its_first_number_comes_early() -> None:
    # the first row's median cell is empty ("—"), so its first number comes late; a later row as long as it keeps its
    # cells where they are (it was shifted two to the left and read "300", its count, as a median of 300 months)
    text = ("Table 3. Survival.\nArm | Median OS (months) | Site | N |\n---|---|---|---|\n"
            "Drug A | — | Site X | 327 |\nDrug B | 14.2 | Site Y | 300 |\n")
    assert [(e.measure, e.value, e.arm) for e in extract_estimates(text)] == [("median", 14.2, "Drug B")]


def test_round34_table_row_label_glued_to_its_ratio() -> None:
    # a web table's row label glued to its cell, "Indian0.73 (0.64 to 0.83)": the ratio after the letters is read (it
    # was read only where a bracket closed the label, "(<1 unit/day)1.05 (…)")
    text = ("Table 4\n\nAdjusted HRs with 95% CIs for incident gout in men\n\nRisk factorAdjusted HRs (95% CI)\n"
            "Ethnic group\n White/not recorded1.00\n Indian0.81 (0.70 to 0.94)\n Black African1.37 (1.12 to 1.68)\n"
            " Moderate drinker (3–6 units/day)1.22 (1.15 to 1.30)\n Type 2 diabetes1.46 (1.31 to 1.63)\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [
        ("HR", 0.81, 0.7, 0.94), ("HR", 1.37, 1.12, 1.68), ("HR", 1.22, 1.15, 1.3), ("HR", 1.46, 1.31, 1.63)]
    # a label ending on a digit keeps it: no ratio of 21.35 is made of "Stage 2" and "1.35"
    text = "Table 2\nOdds ratios (95% CI) for readmission\nStage 21.35 (1.10 to 1.66)\nStage 11.00\n"
    assert [(e.value, e.ci_low) for e in extract_estimates(text)] == []


def test_round34_pipe_table_without_caption_and_header_that_lost_its_label_column() -> None:
    # a "|" table copied without its "Table N" caption is read as a table (it gave nothing): the header's "Adjusted
    # HR" columns, their rows' cells one column to the right (the header ends on an empty cell)
    text = ("Subgroup | Death | Discharge | ||||\n\n"
            "Drug n (%) | No drug n (%) | Adjusted HR* | Drug n (%) | No drug n (%) | Adjusted HR* | |\n\n"
            "Overall | 61 (40.1) | 1500 (55.2) | 1.14 (0.91–1.43) | 40 (26.3) | 700 (25.8) | 0.83 (0.61–1.12) |\n\n"
            "Age <65 years | 20 (30.3) | 410 (41.0) | 1.31 (1.02–1.69) | 22 (33.3) | 300 (30.0) | "
            "0.77 (0.55–1.08) |\n\n"
            "*Adjusted for site, sex and age.")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [
        ("HR", 1.14, 0.91, 1.43), ("HR", 0.83, 0.61, 1.12), ("HR", 1.31, 1.02, 1.69), ("HR", 0.77, 0.55, 1.08)]
    # a header row whose first cell is the ratio's column (it lost the row labels' column): the rows' ratio is in
    # their second cell, its P after it; the reference rows give nothing
    text = ("Risk factors for relapse\n| Factor . | Univariate . | Multivariate . | ||\n|---|---|---|---|---|\n"
            "| HR (95% CI) . | P . | HR (95% CI) . | P . | |\n"
            "| Age per 10 y | 1.12 (1.02–1.23) | .02 | ||\n| Sex | ||||\n| Male | 1.00 (reference) | |||\n"
            "| Female | 0.87 (0.66–1.15) | .33 | ||\n| Graft | ||||\n"
            "| Marrow | 1.00 (reference) | 1.00 (reference) | ||\n"
            "| Blood | 1.91 (1.20–3.04) | .006 | 1.77 (1.09–2.87) | .02 |\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.p_value) for e in found] == [
        ("HR", 1.12, 1.02, 1.23, 0.02), ("HR", 0.87, 0.66, 1.15, 0.33), ("HR", 1.91, 1.2, 3.04, 0.006),
        ("HR", 1.77, 1.09, 2.87, 0.02)]


def test_round34_pipe_row_that_names_its_ratio() -> None:
    # a review table's row names its ratio and end point ("Drug/placebo HR for stroke"), its cells "0.77 [95% CI
    # 0.64–0.92; P = 0.004]" per column: each is that ratio, with its level and P; a row of rates gives nothing
    text = ("Table 5.\nTrial results by ejection fraction\nStudy | Outcome | Reduced | Mid-range | Preserved | ||\n"
            "---|---|---|---|---|---|\n"
            "TRIAL-A | Drug/placebo HR for stroke | 0.77 [95% CI 0.64–0.92; P = 0.004] | "
            "0.90 [95% CI 0.70–1.16] | — |\n"
            "TRIAL-B | Death or admission | 12.1 per 100 p-y | 9.4 per 100 p-y | 8.8 per 100 p-y |\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level, e.p_value, e.endpoint_text) for e in found] == [
        ("HR", 0.77, 0.64, 0.92, 95.0, 0.004, "stroke"), ("HR", 0.9, 0.7, 1.16, 95.0, None, "stroke")]


def test_round34_hard_wrapped_paragraph_read_as_one() -> None:
    # a web page's copy with a line break every ~80 characters, mid-sentence: the sentence is read across its breaks
    # (the medians and the ratio after "was\n" gave nothing); spans still point into the text as given
    text = ("In this randomised trial we assigned patients with resected stage II disease to receive\n"
            "drug A or placebo for three years. The primary end point was disease-free survival.\n"
            "Drug A resulted in a significant benefit as compared with placebo: the median disease-free\n"
            "survival was 41.2 months with drug A versus 17.9 months with placebo, with a hazard ratio\n"
            "for recurrence or death of 0.41 (95% confidence interval [CI], 0.30 to 0.56; P<0.001).\n"
            "No new safety concerns emerged.")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.arm) for e in found] == [
        ("median", 41.2, None, "drug A"), ("median", 17.9, None, "placebo"), ("HR", 0.41, 0.3, None)]
    assert text[found[0].start:found[0].end].startswith("41.2")
    # a table flattened one row per line (its lines end on numbers, even when the next row's label starts in lower
    # case) and a list of headings keep their line breaks
    from trialink._text_estimates import _unwrapped
    table = ("Table 2 Outcomes by arm, median (months) and hazard ratio (95% CI)\n"
             "overall survival in the intention-to-treat population 14.1 12.0 0.81 (0.66-0.99)\n"
             "progression-free survival in the intention-to-treat group 6.2 4.4 0.70 (0.58-0.85)\n"
             "time to deterioration of quality of life in all randomised patients 5.5 3.9 0.77 (0.61-0.97)\n")
    assert _unwrapped(table) == table
    headings = ("Background: the trial and why it was done in the first place\nMethods: who took part and how they "
                "were assigned\nResults: what was found in the primary analysis\nConclusions: what it means\n")
    assert _unwrapped(headings) == headings
    assert _unwrapped(text) == text.replace("receive\n", "receive ").replace("disease-free\n", "disease-free ") \
        .replace("ratio\n", "ratio ")


def test_round34_median_forms_from_a_seventh_web_draw() -> None:
    # "ligand 1 (PD-L1)" is a name's numeral, not a third median of the list (it was read as 1 month, and the
    # groups were shifted by one)
    text = ("Median progression-free survival was 9.6 and 7.1 months in the drug and placebo groups among patients "
            "with "
            "programmed death ligand 1 (PD-L1) positive tumours.")
    assert [(e.value, e.arm) for e in extract_estimates(text) if e.measure == "median"] == [
        (9.6, "drug"), (7.1, "placebo")]
    # a survival time counted from diagnosis is an outcome, not a time before the study
    text = ("Median survival time from diagnosis of heart failure was 4.2 (interquartile range 2.1-7.7) years for "
            "women "
            "and 3.6 (interquartile range 1.9-6.0) years for men.")
    assert [(e.value, e.unit, e.arm) for e in extract_estimates(text)] == [(4.2, "years", "women"),
                                                                           (3.6, "years", "men")]
    # "were estimated at": the verb gives the values (not a time point "at 30 months"); each its own end point
    text = ("Median overall survival and progression-free survival were estimated at 30.5 months and 8.3 months, "
            "respectively.")
    assert [(e.value, e.endpoint) for e in extract_estimates(text)] == [(30.5, "OS"), (8.3, "PFS")]
    # "in comparison to 57 months": the second group's time (and the first group's name ends before it)
    text = ("Median survival was 28 months in patients with variant A in comparison to 49 months among patients with "
            "variant B (p < 0.001).")
    assert [(e.value, e.arm) for e in extract_estimates(text)] == [(28.0, "patients with variant A"),
                                                                   (49.0, "patients with variant B")]
    # "(LS = 11.9 months, ES = 7.2 months)" after the whole cohort's median: each group's time (a count "n = 82" is not)
    text = "For the 300 patients (LS = 82, ES = 218), median OS was 8.4 months (LS = 11.9 months, ES = 7.2 months)."
    assert [e.value for e in extract_estimates(text)] == [8.4, 11.9, 7.2]


def test_round34_ratio_forms_and_their_end_points() -> None:
    # a level printed without its per cent sign: "95 confidence intervals" (its 95 was read as a second hazard ratio)
    text = ("After adjustment, drug D significantly increased survival in severe patients (hazard ratio: 0.31, 95 "
            "confidence intervals: 0.20-0.47, P<0.001).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level) for e in extract_estimates(text)] == [
        ("HR", 0.31, 0.2, 0.47, 95.0)]
    # a label's threshold after the last value of a list is no ratio: "for CPS <10 (P for interaction …)"
    text = ("The HR for overall survival with drug E was 0.62 (95% CI 0.50-0.77) for CPS ≥10 versus 0.85 (95% CI "
            "0.70-1.03) for CPS <10 (P for interaction 0.01).")
    assert [e.value for e in extract_estimates(text)] == [0.62, 0.85]
    # a PDF's "<" copied as a reversed lunate sigma; a percentage reduction whose bracket holds the ratio it is (1 -
    # 19% = 0.81); a cause of death keeps its words (not OS); a list of reductions gives each bracket its own outcome
    text = ("There was a 10% reduction in all-cause mortality (rate ratio [RR] 0.90, 95% CI 0.86-0.94; p\u03fd0.0001). "
            "This reflected a 19% reduction in coronary mortality (0.81, 0.75-0.87; p\u03fd0.0001) and a "
            "non-significant "
            "reduction in non-vascular mortality (0.96, 0.90-1.02; p=0.2). There were corresponding reductions in "
            "myocardial infarction or coronary death (0.78, 0.74-0.82; p<0.0001) and in fatal or non-fatal stroke "
            "(0.84, 0.78-0.90; p<0.0001).")
    found = extract_estimates(text)
    assert [(e.value, e.ci_low, e.endpoint) for e in found] == [
        (0.9, 0.86, "OS"), (0.81, 0.75, "other"), (0.96, 0.9, "other"), (0.78, 0.74, "composite"),
        (0.84, 0.78, "other")]
    assert [e.endpoint_text for e in found[:2] + found[3:]] == [
        "all-cause mortality", "coronary mortality", "myocardial infarction or coronary death",
        "fatal or non-fatal stroke"]
    assert (found[2].endpoint_text or "").endswith("non-vascular mortality")
    assert (found[0].p_operator, found[0].p_value) == ("<", 0.0001)
    # two rows of a table with the same ratio and limits are two estimates (the second was dropped as a repeat)
    text = ("Table 2.\nPooled hazard ratios by subgroup\nGroup | Studies | HR (95% CI) | I2 |\n---|---|---|---|\n"
            "Site A | 2 | 1.41 [1.20–1.66] | 0 |\nSite B | 3 | 1.28 [1.15–1.43] | 10 |\n"
            "Stage I | 4 | 1.41 [1.20–1.66] | 44 |\n")
    assert [e.value for e in extract_estimates(text)] == [1.41, 1.28, 1.41]


def test_round34_no_medians_from_landmark_lists_process_times_or_key_points_repeated() -> None:
    # "1-, 2- and 3-year OS rates": the suspended hyphens are landmarks, not medians of 1 and 2 months
    text = ("In the randomised group, OS was a median of 24.0 months with 1-, 2- and 3-year OS rates of 78%, 50% and "
            "36%, respectively.")
    assert [(e.value, e.unit) for e in extract_estimates(text)] == [(24.0, "months")]
    # how long the product took to make and give is how care was delivered, not an outcome
    text = ("Median turnaround time between apheresis and infusion was 41 days for product A versus 63 days for "
            "product B (p < 0.001). Median progression-free survival was 9.8 months with A and 12.4 months with B.")
    assert [e.value for e in extract_estimates(text)] == [9.8, 12.4]
    # a page's key points print both groups' medians without their groups; the abstract prints them again with their
    # groups and CIs: one pair of estimates, the abstract's
    text = ("Key Points\n\n  • Drug A increased median overall survival vs usual care (11.2 vs 7.9 months; "
            "P = .04).\n\n"
            "Abstract\nMedian overall survival (OS) was increased with drug A vs usual care: 11.2 months (95% CI, "
            "9.0-13.1 months) vs 7.9 months (95% CI, 6.2-9.4 months), respectively (hazard ratio, 0.80; 95% CI, "
            "0.66-0.97).")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.arm) for e in found] == [
        ("median", 11.2, 9.0, "drug A"), ("median", 7.9, 6.2, "usual care"), ("HR", 0.8, 0.66, None)]
    # "after 12.5 min (median) in Group 2 and 75 min in Group 60 (P<0.01)": the bracket calls the first time a median
    # (not a time point "after 12.5 min"), the second group's time after "and", compared by the P
    # "neither the median PFS nor OS has been reached in the B group": both end points' medians not reached (none was
    # read), and "have not been reached in either arm" gives both end points for each arm (OS was lost)
    text = "At a median follow-up of 20 months, neither the median PFS nor OS has been reached in the B group."
    assert [(e.value_text is not None, e.endpoint, e.arm) for e in extract_estimates(text)] == [
        (True, "PFS", "B"), (True, "OS", "B")]
    text = "Median PFS and OS have not been reached in either arm."
    assert sorted(e.endpoint for e in extract_estimates(text)) == ["OS", "OS", "PFS", "PFS"]
    text = "The maximal spread of block was reached after 11.5 min (median) in group L and 70 min in group H (P<0.01)."
    assert [(e.value, e.unit, e.arm) for e in extract_estimates(text)] == [(11.5, "minutes", "group L"),
                                                                           (70.0, "minutes", "group H")]


def test_round34_key_with_ci_in_square_brackets_then_values_printed_that_way() -> None:
    # "(HR [95% CI])" names the statistic once; each subgroup's "(0.71 [0.52, 0.97])" is that ratio with its CI (they
    # gave nothing: a bare "v [lo, hi]" bracket is read only after such a key or where groups are compared)
    text = ("An OS benefit with drug A + BSC vs BSC alone (HR [95% CI]) was observed across prespecified subgroups, "
            "including patients who received regimen X (0.71 [0.52, 0.97]) or regimen Y (0.64 [0.45, 0.90]) as "
            "first-line chemotherapy.")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.endpoint) for e in found] == [
        ("HR", 0.71, 0.52, 0.97, "OS"), ("HR", 0.64, 0.45, 0.9, "OS")]
    # without the key, a bare bracket of that shape stays unread (it may be a mean and its range)
    assert extract_estimates("Scores were higher with regimen X (0.71 [0.52, 0.97]) than with Y.") == []


def test_round34_ratio_lists_ranges_glued_limits_and_rows_of_rates() -> None:
    # "ranged between 1.63 (95% CI …) for A and 2.52 (95% CI …) for B": each end with its CI is an estimate of its
    # group (not a threshold "between 1.63" in the end point's name)
    text = ("The hazard ratio for mortality in persons with dementia ranged between 1.58 (95% CI 1.47 to 1.70) for "
            "vascular dementia and 2.41 (95% CI 1.85 to 3.14) for Lewy body dementia.")
    assert [(e.value, e.ci_low, e.covariate) for e in extract_estimates(text)] == [
        (1.58, 1.47, "vascular dementia"), (2.41, 1.85, "Lewy body dementia")]
    # a sentence that opens on "OR for …:" and a spelt-out CI with its abbreviation again; each value's group after it
    text = ("We pooled the trials. OR for all-cause death: 0.77 (95% confidence interval (95% CI) 0.55–1.08) from all "
            "studies; 0.44 (95% CI 0.21–0.92) from the severe-case subgroup.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.covariate) for e in extract_estimates(text)] == [
        ("OR", 0.77, 0.55, 1.08, "all studies"), ("OR", 0.44, 0.21, 0.92, "severe-case subgroup")]
    # a range of several ratios gives neither end (its upper end was read as a ratio of 2.55)
    assert extract_estimates("The largest excess mortality (HRs=1.29–2.55) was seen in the first year.") == []
    # a CI whose dash a PDF copy lost: "1.063.52" is 1.06 to 3.52 (it gave ratios of 1.063 and 0.52)
    text = "A was superior (T2D, odds ratio (OR) 1.88, 1.043.41, P < 0.05; hypertension, OR 1.52, 1.052.20, P < 0.05)."
    assert [(e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [(1.88, 1.04, 3.41), (1.52, 1.05, 2.2)]
    # a table whose header row is its ratio: the rows of each group's rates below it are no ratios
    text = ("Table 3.\nExacerbations before and after treatment\nPre (n = 120) Post (n = 120)\n"
            "  Estimated annual event rate per person (95% CI) 0.91 (0.70–1.18) 0.52 (0.38–0.70)\n"
            "  Estimated rate ratio (95% CI) 0.57 (0.43–0.75)\n"
            "  Estimated annual event rate per person (95% CI) 0.13 (0.05–0.30) 0.04 (0.01–0.09)\n"
            "  Estimated rate ratio (95% CI) 0.31 (0.16–0.60)\n")
    assert [(e.measure, e.value) for e in extract_estimates(text)] == [("IRR", 0.57), ("IRR", 0.31)]


def test_round34_second_web_draw_false_medians_and_spaced_table_cells() -> None:
    # a clause of means after the median's is no median ("… and the mean ICU stay dropped from 2.4 days to 1.0 days")
    text = ("The median length of hospital stay fell from 12.5 days to 9.4 days and the mean ICU stay dropped from 2.6 "
            "days to 1.1 days (p=0.01).")
    assert [e.value for e in extract_estimates(text)] == [12.5, 9.4]
    # "Median survival was not reached, while mean survival was …": the not-reached median takes no unit of the means
    text = ("Median survival was not reached, while mean survival was 71.2 months (95% CI 58.0–84.4 months) for A "
            "versus 96.5 months (95% CI 70.1–92.3 months, p = 0.03) for B.")
    assert [(e.value, e.value_text, e.unit) for e in extract_estimates(text)] == [(None, "not reached", None)]
    # a footnote's number after its mark, calendar years and ratings at time points are no times
    text = ("Median overall survival was 35.3 months (95% CI, 32.2-NR) for patients receiving A + GnRH therapy* vs "
            "31.3 months (95% CI, 28.8-34.2) for those receiving placebo + GnRH therapy*1")
    assert [(e.value, e.arm) for e in extract_estimates(text)] == [(35.3, "A + GnRH therapy"),
                                                                   (31.3, "placebo + GnRH therapy")]
    text = ("The median parasite clearance time was slower from 2009 to 2012 (quinine-treated patients) compared to "
            "2013, the first year of artesunate use (30 h (95% CI: 30–31) vs 24 h (95% CI: 23–25)).")
    assert all(e.value not in (2009.0, 2012.0, 2013.0) for e in extract_estimates(text))
    text = "Median postoperative pain intensity was lower in A than in B at 2 hours (48 versus 61; p = 0.004)."
    assert extract_estimates(text) == []
    # a tilde between two numbers is a range's dash: "95 % CI: 0.49∼0.99", "95 % CI 1.4 ~ 12.0"
    text = "A [Relative Risk (RR) = 0.71, 95 % CI: 0.52\u223c0.97] and B (OR 3.9, 95 % CI 1.3 ~ 11.7, P < 0.05)."
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        ("RR", 0.71, 0.52, 0.97), ("OR", 3.9, 1.3, 11.7)]
    # a table whose ratio and limits are parted by spaces, under header lines naming the ratio and its CI column
    text = ("Table 3.\n\nCox models of decompensation\n\nCohort A\nCohort B\n\nAdjusted\nHR\n95% Confidence\nInterval\n"
            "Adjusted\nHR\n95% Confidence\nInterval\n\nMale 1.18 1.05 1.33 1.21 1.10 1.33\n\n"
            "Age 18–39 Reference Reference\n 40–44 1.35 0.95 1.92 1.38 1.01 1.89\n\nEvents 114 63 372\n")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        ("HR", 1.18, 1.05, 1.33), ("HR", 1.21, 1.1, 1.33), ("HR", 1.35, 0.95, 1.92), ("HR", 1.38, 1.01, 1.89)]


def test_round34_glued_table_header_subhazard_brackets_and_difference_between_groups() -> None:
    # a web table's header cells glued together ("FactorHazard Ratio (95% CI)P Value") still name its ratio
    text = ("Table 4.\n\nAdjusted Cox model of survival\n\nFactorHazard Ratio (95% CI)P Value\n"
            "Hemodialysis0.52 (0.22–1.21)0.09\nAge (in yr)1.03 (0.98–1.06)0.40\n")
    assert [(e.measure, e.value, e.ci_low) for e in extract_estimates(text)] == [("HR", 0.52, 0.22), ("HR", 1.03, 0.98)]
    # "SHR" alone with its value in a bracket, after the subhazard ratio was named; "when compared with B" names no
    # first group ("when" was taken for one)
    text = ("The adjusted incidence was higher for A (subhazard ratio [SHR], 1.19), B (SHR, 1.16), and C (SHR, 1.12) "
            "when compared with D.")
    found = extract_estimates(text)
    assert [(e.measure, e.value) for e in found] == [("HR", 1.19), ("HR", 1.16), ("HR", 1.12)]
    assert all("when" not in (e.comparison or "") for e in found)
    # "no significant difference in the median OS between A and B (35.1 [95% CI, …] months and 34.8 […] months,
    # respectively; P=…)": the two groups' medians (a difference in medians is no median; this one names the groups')
    text = ("There was no significant difference in the median OS between the A and B groups (33.2 [95% CI, 25.9-80.1] "
            "months and 32.8 [95% CI, 25.2-67.2] months, respectively; P=0.91).")
    assert [(e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        (33.2, 25.9, 80.1), (32.8, 25.2, 67.2)]
    # an abbreviation in braces: "odds ratio {OR} 4.4 [95% confidence interval {CI}, 2.7–7.3]"
    text = "Impaired consciousness (odds ratio {OR} 4.1 [95% confidence interval {CI}, 2.5–6.9]) predicted death."
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [("OR", 4.1, 2.5, 6.9)]
    # a bare "(1.15 (1.05 to 1.25))" after the sentence before named the ratio, printed the same way
    text = ("Gout was associated with more events (adjusted hazard ratio 1.31 (95% confidence interval 1.20 to 1.43) "
            "in women; 1.17 (1.11 to 1.23) in men). For men with gout, the risk was higher in those not given "
            "allopurinol (1.14 (1.04 to 1.25)) and in those above the urate target (1.15 (1.03 to 1.28)).")
    assert [(e.value, e.ci_low) for e in extract_estimates(text)] == [(1.31, 1.2), (1.17, 1.11), (1.14, 1.04),
                                                                      (1.15, 1.03)]


def test_round34_ci_printed_bare_after_its_value_outside_brackets() -> None:
    # a results table flattened into a line: "HR 0.70 0.35;1.40 30%" (value, limits parted by ";", then a percentage)
    text = ("Outcome Estimate 95% CI Vaccine effectiveness Effectiveness against severe AGE HR 0.72 0.36;1.44 28% "
            "Impact on hospitalization RR 0.74 0.11;6.20 26%")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        ("HR", 0.72, 0.36, 1.44), ("RR", 0.74, 0.11, 6.2)]
    # "HR 0.70, 0.35-1.40." outside a bracket: the limits are the CI, not a second ratio of 0.35
    text = "Effectiveness against severe disease: HR 0.68, 0.33-1.39."
    assert [(e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [(0.68, 0.33, 1.39)]
    # a list of values stays a list
    text = "HRs of 0.70, 0.80 and 0.90 were found for A, B and C."
    assert [(e.value, e.ci_low) for e in extract_estimates(text)] == [(0.7, None), (0.8, None), (0.9, None)]


def test_round34_an_end_points_times_after_of() -> None:
    # "had an OS of 6.4 months versus 20 months": an end point's times (after "of", a pair was taken for the arms of a
    # trial of durations, as in "a duration of 6 vs 12 months of imatinib", which still gives nothing)
    text = "Patients with thrombosis had an OS of 6.1 months versus 19 months (p<0.001)."
    assert [(e.value, e.endpoint) for e in extract_estimates(text)] == [(6.1, "OS"), (19.0, "OS")]
    assert extract_estimates("A trial comparing a duration of 6 vs 12 months of imatinib.") == []


def test_round34_no_medians_from_life_expectancy_or_a_gain_between_arms() -> None:
    # a life expectancy is an age at death; "the improvement in median PFS … was 4.3 months" is a gain, no group's
    # median
    text = ("The median survival was 5.1 years (95% CI 4.9 to 5.3), the median life expectancy was 75.2 years (95% CI "
            "72.0 to 77.1), and there were differences by sex.")
    assert [(e.value, e.unit) for e in extract_estimates(text)] == [(5.1, "years")]
    text = "The improvement in median PFS time in the A arm compared with the B arm was 4.1 months."
    assert extract_estimates(text) == []
    # (a design's "improvement in median PFS from 1.8 to 3.0 months" still gives its two medians)
    text = "The study was designed to detect an improvement in median PFS from 1.9 to 3.1 months."
    assert [e.value for e in extract_estimates(text)] == [1.9, 3.1]


def test_round35_wrapped_prose_between_short_heading_lines() -> None:
    # a PDF page copied with a break every ~60 characters and short lines among the prose ("4.2.", a heading): each run
    # of wrapped lines is joined (the whole page was left as it was, its sentences cut at every break)
    text = ("4.2.\nSurvival by region\nMedian OS in patients with one prior line of therapy was\n"
            "21.5 mo (95% CI 18.1–NR) with drug A and 17.2 mo (95%\nCI 14.0–20.9) with drug B (Supplementary Fig. S2,\n"
            "Fig. 2).\n4.3.\nSafety\n")
    found = extract_estimates(text)
    assert [(e.value, e.ci_low, e.ci_high, e.unit, e.arm) for e in found] == [
        (21.5, 18.1, None, "months", "drug A"), (17.2, 14.0, 20.9, "months", "drug B")]
    # the run's breaks only are joined: its short lines stay lines, and a table flattened one row per line after a
    # heading stays rows (no break is mid-sentence)
    from trialink._text_estimates import _unwrapped
    joined = _unwrapped(text)
    assert joined.split("\n")[:3] == ["4.2.", "Survival by region", joined.split("\n")[2]]
    assert "was 21.5 mo" in joined and "(95% CI 14.0" in joined and joined.endswith("\n4.3.\nSafety\n")
    table = ("5.1.\nOutcome at one year by group and by site of care\nOverall survival, months 12.1 10.2\n"
             "Progression-free survival, months 6.3 5.1\nTime to response in weeks, median 4.0 4.5\n")
    assert _unwrapped(table) == table


def test_round35_times_that_bound_a_subgroup_are_no_medians() -> None:
    # "in patients with ≥6 mo compared with <6 mo on first-line therapy": the times define the subgroups
    text = ("Median OS was longer for both arms in patients with 6 mo compared with < 6 mo on first-line therapy and "
            "was longer with drug A than with drug B.")
    assert extract_estimates(text) == []
    # "with one prior therapy" names a group of patients: its medians are read (they were dropped as a prior time)
    text = "Median OS in patients with one prior therapy was 23.1 months with drug A and 19.0 months with drug B."
    assert [(e.value, e.arm) for e in extract_estimates(text)] == [(23.1, "drug A"), (19.0, "drug B")]


def test_round35_amounts_of_the_levels_compared_are_no_ratio() -> None:
    # "HRs for death in a comparison of exposure at 5.1-20.0 µg/L, … with <5.0 µg/L were a (…), b (…) and c (…),
    # respectively": the levels' amounts are no value (a ratio of 5.1 was read), each value keeps the end point
    text = ("Adjusted HRs for all-cause mortality in a comparison of lead at concentrations of 5·1–20·0 μg/L, "
            "20·1–80·0 μg/L, and 80·1–500·0 μg/L with at most 5·0 μg/L were 1·21 (95% CI 0·95–1·54), "
            "1·12 (0·80–1·57), and 1·71 (1·20–2·44), respectively.")
    found = extract_estimates(text)
    assert [(e.value, e.ci_low, e.ci_high, e.endpoint) for e in found] == [
        (1.21, 0.95, 1.54, "OS"), (1.12, 0.8, 1.57, "OS"), (1.71, 1.2, 2.44, "OS")]
    assert found[1].covariate == "20.1-80.0 μg/L"


def test_round35_pipe_cells_that_name_their_ratio_with_a_bracketed_ci() -> None:
    # a review table whose cells read "HR: 0.74 (95% CI: 0.65-0.85); P < 0.001" (one trial per column): each cell is
    # its ratio, the row's label its outcome (the table gave nothing)
    text = ("Table 2.\nTrial A | Trial B | |\n---|---|---|\n"
            "Primary outcome | HR: 0.71 (95% CI: 0.60-0.84); P < 0.001 | HR: 0.79 (95% CI: 0.66-0.95); P = 0.01 |\n"
            "CV death | HR: 0.85 (95% CI: 0.70-1.03) | HR: 0.90 (95% CI: 0.74-1.10) |\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.p_value, e.endpoint_text) for e in found] == [
        ("HR", 0.71, 0.6, 0.84, 0.001, "Primary outcome"), ("HR", 0.79, 0.66, 0.95, 0.01, "Primary outcome"),
        ("HR", 0.85, 0.7, 1.03, None, "CV death"), ("HR", 0.9, 0.74, 1.1, None, "CV death")]


def test_round35_measure_glued_to_its_analysis_and_ratios_per_unit() -> None:
    # "unadjusted analysis-RR 3.606": the abbreviation glued by a hyphen to the analysis's word
    text = ("Patients who reached the later time point had a higher risk of death (unadjusted analysis-RR 2.511, 95%CI "
            "1.402–4.497, p = 0.002; adjusted analysis-RR 2.044, 95%CI 1.101–3.795, p = 0.024) at 3 months.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.p_value) for e in extract_estimates(text)] == [
        ("RR", 2.511, 1.402, 4.497, 0.002), ("RR", 2.044, 1.101, 3.795, 0.024)]
    # a ratio per unit of its factor, the unit glued by a slash, then a colon or a semicolon before the CI
    text = "Delay was associated with more events (adjusted HR 1.05/day: 99% CI 1.02-1.08; P < 0.001)."
    assert [(e.value, e.ci_low, e.ci_high, e.ci_level) for e in extract_estimates(text)] == [
        (1.05, 1.02, 1.08, 99.0)]
    text = ("Risk fell with exposure (incidence rate ratio = 0.91/μg/L average exposure; 95% confidence interval, "
            "0.85–0.97).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [("IRR", 0.91, 0.85, 0.97)]


def test_round35_prose_after_a_caption_that_lost_its_table() -> None:
    # a web page's "Table 2Outcomes …*" caption glued to the prose after it (the table's body lost): the sentence's
    # named ratios are read (the whole sentence was taken for a table's caption)
    text = ("Table 3Outcomes by infection status*Infected patients given drug A had a lower risk of death at 30 days "
            "than those given drug B (hazard ratio (HR) = 0.4, 95% CI = 0.2 to 0.8; Figure 2). No other difference was "
            "seen.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [("HR", 0.4, 0.2, 0.8)]


def test_round35_categories_bracket_and_the_reference_category() -> None:
    # "RRs … across categories of intake (<1/mo, 1/mo-4/wk, ≥6/d) were: 1.0, 1.07 (…), …": the categories' bracket is
    # part of the name (the list gave nothing), the reference's 1.0 is no estimate
    text = ("For women, the relative risks (RRs) of all cause mortality across categories of tea intake (<1cup/mo, "
            "1/mo-4/wk, 2-3/d, and ≥4/d) were: 1.0, 1.05 (95% confidence interval: 0.97-1.14), 0.96 (0.88-1.04), and "
            "0.85 (0.70-1.03) (p for trend= 0.02).")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.endpoint) for e in found] == [
        ("RR", 1.05, 0.97, 1.14, "OS"), ("RR", 0.96, 0.88, 1.04, "OS"), ("RR", 0.85, 0.7, 1.03, "OS")]
    # a list whose first value has its own CI keeps it
    text = "The relative risks were: 1.0 (0.9-1.1), 1.2 (1.0-1.4), and 1.3 (1.1-1.5)."
    assert [e.value for e in extract_estimates(text)] == [1.0, 1.2, 1.3]


def test_round35_times_whose_difference_is_a_median_difference() -> None:
    # "(14.0 vs 15.0 days; adjusted median difference, −1 day, …)": the groups' times are their medians, and say how
    # they were read (they gave nothing); the difference is no group's median
    text = ("Time to discharge was 17.0 days in the A group vs 15.5 days in the B group (adjusted median difference, 0 "
            "days, 95 percent CI, −1.5 to 1.5). Weaning was similar (12.0 vs 13.0 days; adjusted median difference, −1 "
            "day, 95 percent CI, −2.2 to 0.3).")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.unit, e.arm) for e in found] == [
        ("median", 17.0, "days", "A"), ("median", 15.5, "days", "B"), ("median", 12.0, "days", None),
        ("median", 13.0, "days", None)]
    assert all("median difference" in (e.note or "") and "statistic_not_named" in e.checks for e in found)
    # a mean difference keeps them times of no stated summary
    text = "Weaning took 12.0 vs 13.0 days (mean difference, −1 day, 95% CI, −2.2 to 0.3)."
    assert all(e.measure != "median" for e in extract_estimates(text))


def test_round35_a_median_abbreviation_the_document_defines() -> None:
    # "the pooled median time to onset (PMT-O), resolution (PMT-R) …": the abbreviations then read like "median …"
    text = ("The pooled median time to onset (PMT-O) and resolution (PMT-R) of adverse events were estimated. The "
            "PMT-O of grade ≥3 events was longer than that of all-grade events caused by programmed cell death "
            "protein 1 (PD-1) inhibitors (20.5 weeks vs. 7.4 weeks, p < 0.001). The PMT-R of grade ≥3 events was "
            "shorter (5.9 weeks vs. 30.6 weeks, p=0.003).")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.unit) for e in found] == [
        ("median", 20.5, "weeks"), ("median", 7.4, "weeks"), ("median", 5.9, "weeks"), ("median", 30.6, "weeks")]
    # undefined, the same abbreviation is no median
    assert extract_estimates(text.replace("The pooled median time to onset (PMT-O) and resolution (PMT-R) of adverse "
                                          "events were estimated. ", "")) == []


def test_round35_times_printed_as_medians_and_their_ranges() -> None:
    # "(5 [4–7] days and 6 [4–8] days, …)": a range between each time and its unit, the print of a median (IQR): read
    # as medians, saying why, and the bracket never as a CI (the sentence gave nothing)
    text = ("Length of stay was similar between the A and B groups (6 [4–8] days and 7 [5–9] days, p = 0.40, "
            "respectively).")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.unit) for e in found] == [
        ("median", 6.0, None, None, "days"), ("median", 7.0, None, None, "days")]
    assert all("IQR or range" in (e.note or "") and "statistic_not_named" in e.checks for e in found)
    text = "Time to stability (3 (2-5) vs 4 (3-6) days; P = 0.12) did not differ between the two groups."
    assert [(e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [(3.0, None, None), (4.0, None, None)]
    # a mean's CI, or ages, are no medians
    assert extract_estimates("Mean length of stay was 5.2 (4.1–6.3) days vs 6.1 (5.0–7.2) days.") == []
    assert extract_estimates("Patients were aged 45 (30–60) years and 50 (35–62) years.") == []


def test_round35_stayed_a_median_of() -> None:
    # "stayed in the acute ward a median of 22 (15–32) days … as compared with a median of 12 (8–16) days": a length
    # of stay; "had stayed in hospital for a median of 4 days after birth" is a stay before the study
    text = ("Patients with a low score stayed in the acute ward a median of 21 (14–30) days post-surgery as compared "
            "with a median of 11 (8–15) days for those who achieved the full score.")
    assert [(e.value, e.unit) for e in extract_estimates(text)] == [(21.0, "days"), (11.0, "days")]
    assert extract_estimates("Infants had stayed in hospital for a median of 4 days after birth.") == []


def test_round35_table_rows_of_times_in_a_document_that_declares_medians() -> None:
    # a one-column table whose rows name a time and its unit ("Duration of ventilation, days | 13·5 (7·5–22·5) |"),
    # under a footnote "Data are median (IQR) …": each cell is the median, its bracket the IQR (the rows gave nothing)
    text = ("Table 3.\nAll participants (n=412) | ||\n---|---|---|\nVentilatory support | ||\n"
            "Duration of ventilation, days | 12·5 (6·5–21·0) | |\nMean (SD) | 7·1 (8·0) | |\n"
            "ICU length of stay, days | 15·0 (9·0–25·0) | |\nReintubation | 61/410 (15%) | |\n"
            "Data are median (IQR) or n/N (%).")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.unit) for e in found] == [
        ("median", 12.5, None, "days"), ("median", 15.0, None, "days")]
    # without the footnote the same rows are no medians
    assert extract_estimates(text.replace("Data are median (IQR) or n/N (%).", "")) == []


def test_round35_later_clauses_printed_like_the_first_median() -> None:
    # "(median [range] 100 [52-180] minutes compared with 50 [15-115], …); sick leave was shorter (11 [4-26] days
    # compared with 34 [20-48], …)": the later clause prints its times as the first prints its medians (it gave
    # nothing), and a time without its unit takes the one of the time before it, not the sentence's first (minutes)
    text = ("Surgery took longer (median [range] 90 [50-170] minutes compared with 45 [15-110], p < 0.01), but "
            "patients stayed in hospital half the time (2 [1-8] days compared with 4 [2-20], p < 0.01); sick leave was "
            "shorter (12 [4-26] days compared with 30 [20-45], p < 0.01).")
    found = extract_estimates(text)
    assert [(e.value, e.unit) for e in found] == [
        (90.0, "minutes"), (45.0, "minutes"), (2.0, "days"), (4.0, "days"), (12.0, "days"), (30.0, "days")]
    assert "IQR or range" in (found[-1].note or "")


def test_round35_glued_table_row_of_medians() -> None:
    # "Hospital length of stay days9 (3.3–16.8)8 (6–16)0.595": a web table's row glued to its label, under "Data are
    # presented as n, n (%) or median (interquartile range)": one median per group, the bracket an IQR, the P no cell
    text = ("Table 4– Outcomes by subgroup\nControl groupIntervention groupp-value\n"
            " Hospital mortality12 (31.6)8 (17.0)0.140\n Hospital length of stay days10 (4.0–17.5)7 (5–15)0.590\n"
            " ICU length of stay days4 (2–6.5)3.5 (2–7)0.520\n"
            "  • Data are presented as n, n (%) or median (interquartile range), unless otherwise stated.")
    found = extract_estimates(text)
    assert [(e.value, e.ci_low, e.unit) for e in found] == [
        (10.0, None, "days"), (7.0, None, "days"), (4.0, None, "days"), (3.5, None, "days")]
    # without the footnote the row's statistic is not said: no medians
    assert extract_estimates(text.rsplit("\n", 1)[0]) == []


def test_round35_a_list_of_ratios_past_a_full_stop_printed_for_a_comma() -> None:
    # "… 0.84 (95% CI …) for gastrointestinal symptoms. 0.87 (95% CI …) for SIRS, and 1.24 (…) for …": the list goes
    # on (it stopped at the full stop), each value keeping the outcome after it
    text = ("The pooled risk ratios were 0.55 (95% CI 0.36–0.84, P = .004) for mortality, 0.82 (95% CI 0.72–0.94, "
            "P = .01) for gastrointestinal symptoms. 0.89 (95% CI 0.75–1.05, P = .09) for organ failure, and 1.20 "
            "(95% CI 0.64–2.25, P = .55) for other local complications.")
    found = extract_estimates(text)
    assert [(e.value, e.ci_low, e.endpoint_text) for e in found] == [
        (0.55, 0.36, "mortality"), (0.82, 0.72, "gastrointestinal symptoms"), (0.89, 0.75, "organ failure"),
        (1.2, 0.64, "other local complications")]
    # a sentence that ends a list stays ended when the next one opens otherwise
    text = "The risk ratio was 0.55 (95% CI 0.36–0.84) for mortality. 120 patients (95% CI not given) were excluded."
    assert [e.value for e in extract_estimates(text)] == [0.55]


def test_round35_pipe_table_copied_one_cell_per_line() -> None:
    # a web table copied one cell per line with a "|" line after each cell, its header's footnote letters glued to
    # its names ("Crude ORa (95%CI)", "P valueb"): put back in rows, its ratio columns read (it gave nothing); a
    # section's line ("Sex") is a row of its own, a reference row's "1" no estimate
    cells = ["Risk factor", "Cases No. (%)", "Crude ORa (95%CI)", "P valueb", "Adjusted ORa (95%CI)c", "P valued",
             "---|", "Sex", "Female", "300 (30.1)", "1", "–", "1", "–", "Male", "150 (14.0)", "0.4 (0.3–0.5)",
             "< 0.001", "0.5 (0.4–0.6)", "< 0.001", "Smoking", "Never", "240 (22.0)", "1", "–", "–", "–",
             "Current", "110 (21.0)", "1.1 (0.8–1.4)", "0.60", "–", "–"]
    text = "".join(c + "\n" if c == "---|" else c + "\n|\n" for c in cells)
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.p_value) for e in found] == [
        ("OR", 0.4, 0.3, 0.5, 0.001), ("OR", 0.5, 0.4, 0.6, 0.001), ("OR", 1.1, 0.8, 1.4, 0.6)]
    assert all(text[e.start:e.end].startswith(str(e.value)) for e in found)


def test_round35_a_cell_with_a_stray_space_after_its_decimal_point() -> None:
    # "0.8 (0. 7-1.1)" in a pipe table's ratio column: read as 0.7 (it raised ValueError: float('0. 7'))
    text = ("Factor | OR (95% CI) | P value |\n---|---|---|\nPrimary school | 0.8 (0. 7-1.1) | 0.154 |\n"
            "High school | 0.5 (0.3-0.7) | < 0.001 |\n")
    assert [(e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [(0.8, 0.7, 1.1), (0.5, 0.3, 0.7)]


def test_round35_no_medians_from_differences_counts_after_a_full_stop_or_reference_numbers() -> None:
    # "the median time … was 22.1 to 27.9 hours shorter than the placebo group": a difference, no group's median
    text = ("In phase two, the median time to alleviation of symptoms in patients given drug A was 22.1 to 27.9 hours "
            "shorter than the placebo group. In phase three, the median time was 52.1 hours with drug A and 79.5 hours "
            "with placebo.")
    assert [e.value for e in extract_estimates(text)] == [52.1, 79.5]
    # "Median OS of the cohort was 23.1 months. 410 patients had X. 120 patients received Y (26%), 81 of whom …": the
    # counts of the sentences after it (the splitter keeps a sentence that opens with a number) are no medians
    text = ("Median overall survival of the cohort was 23.1 months. 410 patients had HCV (55%). 120 patients received "
            "therapy (26.0%), 81 of whom achieved a response (67.5%).")
    assert [e.value for e in extract_estimates(text)] == [23.1]
    # "(19.3% versus 25.7%) 3. Drug A …": a reference's number after a bracket
    text = ("Drug A resolved pain faster (median 36 days versus 50 days) and fewer had pain at 6 months (18.1% versus "
            "24.2%) 3. Drug A reaches higher levels than drug B 4, 3.")
    assert [e.value for e in extract_estimates(text)] == [36.0, 50.0]


def test_round35_glued_rows_of_ratio_p_and_limits() -> None:
    # a web table under "Rate ratioSignificance*95% CI for rate ratios" whose rows glue ratio, P and limits
    # ("Severe PEM2.6360.046**1.0196.821"), its footnote line between header and rows: each row's ratio, P and CI,
    # told apart by the split that centres the ratio in its limits (the rows gave nothing)
    text = ("Table 2\n\nCox model of deaths by stage and other covariates\n\n"
            "Rate ratioSignificance*95% CI for rate ratios\n*Wald statistic. **Statistically significant.\n"
            "Crude estimates\nStage C2.3160.0790.8916.021\nMalnutrition3.8440.031**1.151712.830\n"
            "Not cured10.950<0.001**3.01039.832\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.p_operator, e.p_value, e.ci_low, e.ci_high) for e in found] == [
        ("IRR", 2.316, "=", 0.079, 0.891, 6.021), ("IRR", 3.844, "=", 0.031, 1.1517, 12.83),
        ("IRR", 10.95, "<", 0.001, 3.01, 39.832)]


def test_round35_spaced_row_whose_ratio_columns_come_last() -> None:
    # a PMC table page flattened with spaces, a rate and its CI before two ratio columns ("… Rate/100py 95% CI cHRa
    # 95%CI p-valueb aHRc 95%CI p-valuec"), P cells mostly empty: from each row's end, the ratio triples (the rows
    # gave nothing); the rate's triple and a reference row ("1 0.316 1 <0.398") are no ratios
    text = ("Table 3. Crude and adjusted rates and hazard ratios for death by time to treatment.\n\n"
            "Time to treatment Outcome PY/100 Rate/100py 95% CI cHRa 95%CI p-valueb aHRc 95%CI p-valuec\n"
            "Deaths (N=101)\n0-≤7d 28 4.01 6.98 4.82 10.11 1.81 1.02 3.21 1.52 0.84 2.75\n"
            ">7-≤14d 13 3.80 3.42 1.99 5.89 1 0.301 1 <0.390\n"
            "Prior to initiation 24 2.50 9.60 6.43 14.33 1.20 0.60 2.40 0.91 0.45 1.84\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level) for e in found] == [
        ("HR", 1.81, 1.02, 3.21, 95.0), ("HR", 1.52, 0.84, 2.75, 95.0), ("HR", 1.2, 0.6, 2.4, 95.0),
        ("HR", 0.91, 0.45, 1.84, 95.0)]


def test_round35_glued_counts_before_ratios_under_a_spelled_header() -> None:
    # a BMJ table page glued together: "EventsHazard ratio (95% CI)EventsHazard ratio (95% CI)" over "Former
    # drinkers*6151.24 (1.05 to 1.46)2531.27 (1.04 to 1.54)": each ratio told apart from the count glued before it
    # by its interval (the rows gave nothing); a reference row "1 (ref)" is none
    text = ("Table 3\n\nEvents and hazard ratios for non-fatal stroke by alcohol intake\n\n"
            "CharacteristicNon-fatal CHDNon-fatal stroke\nEventsHazard ratio (95% CI)EventsHazard ratio (95% CI)\n"
            "Former drinkers*6101.22 (1.04 to 1.44)2501.25 (1.03 to 1.52)\n0.1-4.915601 (ref)7801 (ref)\n"
            "5.0-14.917900.88 (0.79 to 0.99)10200.97 (0.85 to 1.10)\n12 g/day increase0.96 (0.93 to 0.99)1.02 (0.99 to "
            "1.05)\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [
        ("HR", 1.22, 1.04, 1.44), ("HR", 1.25, 1.03, 1.52), ("HR", 0.88, 0.79, 0.99), ("HR", 0.97, 0.85, 1.1),
        ("HR", 0.96, 0.93, 0.99), ("HR", 1.02, 0.99, 1.05)]


def test_round35_glued_rows_after_footnotes_that_ended_the_table() -> None:
    # a Neurology table page: "VariableHazard ratio (95% CI)p Value", then footnote lines (which end a table), then
    # rows glued to their labels and Ps ("Age at baseline, y1.02 (1.01–1.04)0.01"): each row's ratio, CI and P
    text = ("Table 2 Predictors of death in a clinic population (n = 240)*\n\n"
            "VariableHazard ratio (95% CI)p Value\n* All variables were included in the same Cox model.\n"
            "FVC = forced vital capacity.\nAge at baseline, y1.03 (1.01–1.05)0.01\nMale vs female0.86 (0.54–1.37)0.5\n"
            "Site of onset\n    Upper limb1.00 (Reference)\n    Bulbar1.79 (0.98–3.27)0.06\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.p_operator, e.p_value) for e in found] == [
        ("HR", 1.03, 1.01, 1.05, "=", 0.01), ("HR", 0.86, 0.54, 1.37, "=", 0.5), ("HR", 1.79, 0.98, 3.27, "=", 0.06)]


def test_round35_times_to_a_first_event_and_a_list_whose_unit_comes_last() -> None:
    # "the time to first VOC was 4.07 months with A and 1.12 months with placebo": a time to an event, read as its
    # median and saying so; "time to first dose" is care given, no outcome
    text = "In the subgroup, the time to first crisis was 4.11 months with drug A and 1.10 months with placebo."
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.arm) for e in found] == [("median", 4.11, "drug A"), ("median", 1.1, "placebo")]
    assert all("not called a median" in (e.note or "") for e in found)
    assert extract_estimates("Time to first dose was 2 hours with drug A and 3 hours with drug B.") == []
    # "… was 6.8 (95% CI, 2.6-11.0), for X 8.7 (…), and for the Y group 5.9 (…) months": each item names its group
    # first, the unit comes once at the end, and "group 5.9" is that group's time, no group's number
    text = ("Median overall survival for the whole population was 6.6 (95% CI, 2.5-10.9), for platinum-naive 8.5 "
            "(95% CI: 0.9-16.1), and for the platinum-treated group 5.8 (95% CI, 3.6-9.9) months.")
    assert [(e.value, e.ci_low, e.ci_high, e.unit) for e in extract_estimates(text)] == [
        (6.6, 2.5, 10.9, "months"), (8.5, 0.9, 16.1, "months"), (5.8, 3.6, 9.9, "months")]


def test_round35_spaced_table_rows_of_medians_with_a_p_after_each_pair() -> None:
    # "Time to extubation (h) 8.0 (6.0-13.0) 8.0 (6.0-12.0) .3 8.0 (5.0-13.0) 7.8 (5.8-12.0) .8" under "Continuous
    # variables are expressed as medians with interquartile range": each cell a group's median (they gave nothing)
    text = ("TABLE 4.\n\nIn-hospital outcomes by approach\n\n"
            "Outcome Sternotomy (n = 201) Minimally invasive (n = 201) P value Sternotomy (n = 153) Minimally invasive "
            "(n = 153) P value\nDeath 1 (0.5%) 0 (0%) .5 0 (0%) 0 (0%)\n"
            "Time to extubation (h) 8.1 (6.0-13.0) 8.0 (6.0-12.0) .3 8.2 (5.0-13.0) 7.7 (5.8-12.0) .8\n"
            "Continuous variables are expressed as medians with interquartile range.")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.unit) for e in found] == [
        ("median", 8.1, None, "hours"), ("median", 8.0, None, "hours"), ("median", 8.2, None, "hours"),
        ("median", 7.7, None, "hours")]


def test_round35_pipe_header_cell_spanning_two_groups_and_a_ci_named_with_its_ratio() -> None:
    # "End point | No. (%) | Absolute difference (95% CI), % | Odds ratio (95% CI) | P value | |" over rows with two
    # group cells under "No. (%)": each row's odds ratio is one cell to the right (the differences were read as
    # ratios of 43, 34 …, the ratios missed)
    text = ("Table 2. Outcomes.\nEnd point | No. (%) | Absolute difference (95% CI), % | Odds ratio (95% CI)a | "
            "P valuea | |\n---|---|---|---|---|---|\nDrug A (n = 105) | Drug B (n = 103) | ||||\n"
            "Relapse | 35 (33) | 32 (31) | 2 (−10 to 15) | ||\n"
            "Negative MRD at cycle 1 | 79 (75) | 33 (32) | 43 (31 to 55) | 6.1 (3.3 to 11.4)e | <.001 |\n"
            "Transplant | 74 (70) | 44 (43) | 27 (15 to 41) | 3.1 (1.7 to 5.7) | <.001 |\n")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.p_value) for e in extract_estimates(text)] == [
        ("OR", 6.1, 3.3, 11.4, 0.001), ("OR", 3.1, 1.7, 5.7, 0.001)]
    # "(P < 0.001 AHR: 0.26; 95 % CI AHR: 0.18, 0.37)": the CI named with its ratio again is that ratio's CI (its
    # limits were read as two more ratios)
    text = "Treated patients had lower mortality (P < 0.001 AHR: 0.27; 95 % CI AHR: 0.19, 0.38)."
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [("HR", 0.27, 0.19, 0.38)]


def test_round35_lists_of_medians_rates_follow_up_and_percent_limits() -> None:
    # "with PFS of 6.0, 3.8 and 1.9 months, respectively", "overall survival (OS) of 24.5, …": the end point's list
    # keeps its first item (it was taken for a duration's arm after "of")
    text = "Groups had overall survival (OS) of 24.1, 8.7 and 3.3 months, respectively (HR 2.38, p < 0.001)."
    assert [(e.measure, e.value) for e in extract_estimates(text)] == [
        ("median", 24.1), ("median", 8.7), ("median", 3.3), ("HR", 2.38)]
    # "were equal to 11.9 (95% CI …), 1.4 (…), and 2.8 months (…), respectively": the first time after "equal to"
    # (taken for a range's end) with the list's unit printed last
    text = ("Median PFS on drug A, drug B or drug C were equal to 11.7 (95% CI 5.3–18.2), 1.5 (95% CI 0.1–2.9), and "
            "2.7 months (95% CI 2.5-3.0), respectively.")
    assert [(e.value, e.ci_low, e.unit) for e in extract_estimates(text)] == [
        (11.7, 5.3, "months"), (1.5, 0.1, "months"), (2.7, 2.5, "months")]
    # a rate per person-time is no time; "over a median of 36.6 months" is the follow-up; a time's CI printed with
    # per cent signs on its limits keeps its limits
    text = ("The incidence rate and median survival time were 5.10 per 100 person months (95% CI: 4.10, 6.30) and "
            "11 months, respectively.")
    assert [e.value for e in extract_estimates(text)] == [11.0]
    assert extract_estimates("The primary outcome of death or admission was assessed over a median of 35.1 "
                             "months.") == []
    text = "The median time to next treatment was 10.6 months (95% CI, 8.1%-12.9%)."
    assert [(e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [(10.6, 8.1, 12.9)]


def test_round35_median_number_of_days_from_and_a_latency() -> None:
    # "the median number of days from onset … until clinical improvement was 4 (IQR 3–7.5 days)": a time, not a count
    text = ("Among the children, the median number of days from onset of difficulty breathing until clinical "
            "improvement was 5 (interquartile range, 3–8 days).")
    assert [(e.value, e.unit, e.ci_low) for e in extract_estimates(text)] == [(5.0, "days", None)]
    assert extract_estimates("The median number of days of treatment was 6 (IQR 4-9).") == []
    # "Mean latency period was … with a median of 12.5 days": the latency (membrane rupture to delivery) is a time
    text = "Mean latency period was 23.8 ± 28.7 days (1.5–150) with a median of 12.0 days."
    assert [(e.value, e.unit) for e in extract_estimates(text)] == [(12.0, "days")]


def test_round35_spelled_ratio_in_a_table_cell_times_the_odds_and_a_hyphenated_confidence() -> None:
    # a review table's row "… Time to recovery 10 (9–11) vs. 15 (13–18) day; recovery rate ratio, 1.29; 95% CI,
    # 1.12–1.49": the cell names its ratio in words and is read as a sentence (it gave nothing)
    text = ("Table 1.\n\nThe characteristics of randomized studies.\n\nAuthor, year Site Size Primary outcome "
            "Main findings\nSmith et al., 202012 Multicenter in 9 countries 540 520 (Placebo) Time to recovery "
            "10 (9–11) vs. 14 (13–18) day; recovery rate ratio, 1.27; 95% CI, 1.10–1.47\n")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        ("IRR", 1.27, 1.1, 1.47)]
    text = "Daily users had 7.61 (95% CI 4.40 to 13.20) times the odds of cessation compared with non-users."
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [("OR", 7.61, 4.4, 13.2)]
    text = "Use was weakly associated with SGA (hazard ratios (HR) = 1.18; 95 % con-fidence interval (CI), 1.10–1.27)."
    assert [(e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [(1.18, 1.1, 1.27)]


def test_round35_glued_median_label_line_then_its_glued_cells() -> None:
    # a BMJ table page: "Time to …, median (IQR), daysn=136n=69n=67" (group sizes glued on) then "5.5 (4–8)6 (4–11)4
    # (4–6)0.196": each cell a group's median, the P not (the row gave nothing)
    text = ("Table 2\n\nTrial outcomes by arm\n\nOutcomeOverallPlasmaStandard careRR*P value\nPrimary outcome\n"
            " Time to two consecutive negative PCR tests, median (IQR), daysn=130n=66n=64\n"
            "5.5 (4–8)6.5 (4–11)4 (4–6)0.190\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.unit) for e in found] == [
        ("median", 5.5, None, "days"), ("median", 6.5, None, "days"), ("median", 4.0, None, "days")]


def test_round35_three_groups_times_joined_by_versus() -> None:
    # "had OSs of 6.4 months versus 20 months versus 22.8 months respectively": three groups' times (the plural
    # "OSs" named no end point, and only a pair of two was read)
    text = ("Patients with thrombosis of a large vein versus a small vein versus none had OSs of 6.2 months versus 19 "
            "months versus 22.1 months respectively (p<0.001).")
    assert [(e.measure, e.value, e.endpoint) for e in extract_estimates(text)] == [
        ("median", 6.2, "OS"), ("median", 19.0, "OS"), ("median", 22.1, "OS")]


def test_round35_bare_bracket_after_lower_rates_than() -> None:
    # "… (relative rate 0.102, 95% CI …). Patients who regained response had lower rates than patients who did not
    # (0.016, 95% CI 0.001-0.568)": the rates compared by the ratio the bracket holds, the measure named before
    text = ("Patients who kept their response had lower rates of death than those who lost it (relative rate 0.110, "
            "95% CI 0.050-0.230). Patients who regained response had lower rates than patients who did not (0.018, "
            "95% CI 0.002-0.570).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        ("IRR", 0.11, 0.05, 0.23), ("IRR", 0.018, 0.002, 0.57)]


def test_round36_rows_ending_on_missing_value_marks_stay_rows() -> None:
    # a Lancet-style table prints a missing cell as "..": a row that ends on it is no sentence ending the table
    text = ("Table 3.\n\nHazards of death or ventilation\n\nHR (95% CI) p value HR (95% CI) p value\n"
            "Usual care 1 (ref) .. 1 (ref) ..\nDrug A 0·62 (0·44–0·87) 0·0061 0·66 (0·46–0·95) 0·025\n"
            "Drug B 0·71 (0·50–1·01) 0·057 .. ..\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [
        ("HR", 0.62, 0.44, 0.87), ("HR", 0.66, 0.46, 0.95), ("HR", 0.71, 0.5, 1.01)]
    # a sentence's full stop still ends the table
    prose = ("Table 3.\n\nHR (95% CI)\nDrug A 0.62 (0.44–0.87)\nThe adjusted results were the same.\n"
             "Median OS was 9.1 months.\n")
    assert [(e.measure, e.value) for e in extract_estimates(prose)] == [("HR", 0.62), ("median", 9.1)]


def test_round36_review_table_columns_named_by_end_point() -> None:
    # a review's table whose header names each column's end point and statistic; each row prints the groups'
    # medians "a versus b" and the ratio with its CI, in the header's order; the last column (ORR) is not read
    text = ("Table 1.\n\nTrials of second-line drugs.\n\n"
            "Drug Control Patients Median PFS (months) HR PFS (95% CI) Median OS (months) HR OS (95% CI) ORR (%)\n"
            "Drug A\nALPHA-2 trial\nPlacebo 512\n"
            "OS 6.1 versus 3.2 0.48 (0.39–0.59) 18.3 versus 15.9 0.86 (0.72–1.03) 12 versus 3\n"
            "Drug B\nBETA-1 trial\nDrug A 640\n"
            "PFS 7.7 versus 5.0 (drug A) versus 4.1 (placebo) 0.58 (0.47–0.72) NR versus 20.2 0.71 (0.56–0.90) "
            "21 versus 8\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.value_text, e.ci_low, e.ci_high, e.unit, e.endpoint) for e in found] == [
        ("median", 6.1, None, None, None, "months", "PFS"), ("median", 3.2, None, None, None, "months", "PFS"),
        ("HR", 0.48, None, 0.39, 0.59, None, "PFS"),
        ("median", 18.3, None, None, None, "months", "OS"), ("median", 15.9, None, None, None, "months", "OS"),
        ("HR", 0.86, None, 0.72, 1.03, None, "OS"),
        ("median", 7.7, None, None, None, "months", "PFS"), ("median", 5.0, None, None, None, "months", "PFS"),
        ("median", 4.1, None, None, None, "months", "PFS"), ("HR", 0.58, None, 0.47, 0.72, None, "PFS"),
        ("median", None, "not reached", None, None, "months", "OS"),
        ("median", 20.2, None, None, None, "months", "OS"), ("HR", 0.71, None, 0.56, 0.9, None, "OS")]
    # a row whose cells do not match the named columns in order is not read (an unnamed column between them)
    shifted = text.replace("OS 6.1 versus 3.2 0.48", "OS 6.1 versus 3.2 40 versus 35 0.48")
    assert [e.value for e in extract_estimates(shifted)][:1] == [7.7]
    # a caption that says "versus" before the header line does not hide the header that comes after it
    captioned = text.replace("Trials of second-line drugs.", "Trials of drug A versus other drugs.")
    assert [(e.measure, e.value) for e in extract_estimates(captioned)][:3] == [
        ("median", 6.1), ("median", 3.2), ("HR", 0.48)]


def test_round36_last_columns_one_ratio_per_model() -> None:
    # "Hazard ratio (95% CI)" over "Crude Adjusted": a row's last two cells are the ratio's, one per model (the
    # crude one printed without its CI); the follow-up's median and range, the events and the rate before them are
    # not read, and the reference's "1 1" gives nothing
    text = ("Table 2. Follow-up, events, incidence rate and hazard ratio of bleeding by drug.\n\n"
            "Outcome Drug Median days of follow-up\n(min-max)\nNo. of events Incidence rate\n(per 100\n"
            "person years)\nHazard ratio (95% confidence interval)\nCrude Adjusted\n"
            "Major bleeding Warfarin 240 (1–365) 310 9.80 1 1\n"
            "Drug A 205 (1–365) 190 6.10 0.62 0.70 (0.58–0.85)\nDrug B 160 (2–365) 260 8.90 0.91 0.96 (0.81–1.14)\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level) for e in found] == [
        ("HR", 0.62, None, None, None), ("HR", 0.7, 0.58, 0.85, 95.0),
        ("HR", 0.91, None, None, None), ("HR", 0.96, 0.81, 1.14, 95.0)]
    # a P column after the ratio's: the last cell is a P, nothing is read by model
    with_p = text.replace("Hazard ratio (95% confidence interval)\n", "Hazard ratio (95% confidence interval) P\n")
    assert all(e.value not in (0.62, 0.91) for e in extract_estimates(with_p))


def test_round36_glued_header_without_a_bracket_before_the_level() -> None:
    # "PredictorOdds ratio95% confidence interval value": a web page's table glued together, the level right after
    # the ratio's name; each row's ratio and limits glued too ("dementia3.181.65–6.14<0.001")
    text = ("Table 2: Predictors of falls.\n\nOutcomePredictorOdds ratio95% confidence interval value\n\n"
            "FallsDiagnosis of dementia2.911.42–5.97<0.001**\nLength of stay1.061.02–1.10<0.001**\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level) for e in found] == [
        ("OR", 2.91, 1.42, 5.97, 95.0), ("OR", 1.06, 1.02, 1.1, 95.0)]


def test_round36_prevalence_ratio_is_a_risk_ratio() -> None:
    # a cross-sectional survey's prevalence ratio, spelled or "aPR"/"PR" with a ratio's value and CI after it (a
    # bare bracket names no level: as for any ratio, none is given)
    text = ("Relapse was more common with daily smoking (aPR = 1.62; 95% confidence interval (CI): 1.41-1.86) and in "
            "women younger than 20 years (aPR = 1.37; 1.12-1.68). The prevalence ratio for a home smoking ban was "
            "0.81 (95% CI 0.72-0.91).")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level) for e in found] == [
        ("RR", 1.62, 1.41, 1.86, 95.0), ("RR", 1.37, 1.12, 1.68, None), ("RR", 0.81, 0.72, 0.91, 95.0)]
    # "PR" as a partial response (a count, a percentage) is no ratio
    assert extract_estimates("The best response was PR in 14 patients (35%); PR rate 35.0% (95% CI 21-51).") == []


def test_round36_pipe_sub_header_names_another_ratio() -> None:
    # a pipe table whose sections each name their ratio in a row of their own: the rows after "| … | OR (95%CI) | p |"
    # are odds ratios, though the first section's header named a hazard ratio
    text = ("Table 3.\nAssociation of treatments with the outcome in different models\n"
            "Drug A versus none | HR (95%CI) | p |\nCrude | 0.55 (0.30–1.01) | 0.05 |\n"
            "Matched | 0.41 (0.20–0.84) | 0.01 |\nDrug B versus none | OR (95%CI) | p |\n"
            "Crude | 1.21 (0.75–1.95) | 0.43 |\nMatched | 0.86 (0.47–1.57) | 0.62 |\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.p_value) for e in found] == [
        ("HR", 0.55, 0.3, 1.01, 0.05), ("HR", 0.41, 0.2, 0.84, 0.01), ("OR", 1.21, 0.75, 1.95, 0.43),
        ("OR", 0.86, 0.47, 1.57, 0.62)]


def test_round36_same_median_of_another_analysis_is_kept() -> None:
    # the control's median printed again beside the other group's different median: another analysis (central
    # review, then investigators), two estimates
    text = ("The median PFS was 5.1 months (drug A) versus 2.2 months (placebo) (HR, 0.36; P <.001) by central review "
            "and 5.8 months (drug A) versus 2.2 months (placebo) (HR, 0.35; P <.001) by investigators.")
    found = [e for e in extract_estimates(text) if e.measure == "median"]
    assert [(e.value, e.arm) for e in found] == [(5.1, "drug A"), (2.2, "placebo"), (5.8, "drug A"), (2.2, "placebo")]
    # a three-arm trial's control printed again beside a group not compared before stays one estimate
    three = ("Median OS was 21.9 months with A vs 9.4 months with C (P<0.001). Median OS was 15.7 months with B vs "
             "9.4 months with C (P=0.01).")
    assert [(e.value, e.arm) for e in extract_estimates(three)] == [(21.9, "A"), (9.4, "C"), (15.7, "B")]


def test_round36_pipe_medians_under_an_outcome_then_a_population_line() -> None:
    # "| Time to improvement |", then "| All patients (N=150) |" and a row of counts: the medians below are the
    # outcome's (the population line does not replace it); "Median (IQR). days" with a full stop; IQRs printed with
    # semicolons; the ratio's and the P's columns give no median
    text = ("Table 2.\nEfficacy outcomes\n| Measure | Drug | Usual care | Hazard ratio/Risk ratio (95% CI) | P-value "
            "|\n|---|---|---|---|---|\n| Time to clinical improvement | ||||\n| All patients (N=150) | ||||\n"
            "| N | 100 | 50 | - | - |\n| Median (IQR). days | 5.0 (4.0; 8.5) | 9.0 (5.0; 20.0) | 1.58 (1.10; 2.27) "
            "| 0.008 |\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.unit, e.endpoint_text) for e in found] == [
        ("median", 5.0, "days", "Time to clinical improvement"),
        ("median", 9.0, "days", "Time to clinical improvement")]
    # a median and its IQR alone in a cell under a header that names a ratio is no ratio with a count glued before it
    # (known miss: when the median row is the table's first row of numbers, its ratio cell is still read as a third
    # median and the HR is lost, as before this round: which column is which is not known yet)
    one = ("Table 2.\n| Measure | Drug | Placebo | Hazard ratio (95% CI) | P-value |\n|---|---|---|---|---|\n"
           "| Time to clinical improvement | ||||\n| Median (IQR), days | 6.0 (4.0-9.0) | 10.0 (5.0-21.0) | "
           "1.63 (1.14-2.34) | 0.007 |\n")
    found = extract_estimates(one)
    assert [(e.measure, e.value) for e in found][:2] == [("median", 6.0), ("median", 10.0)]
    assert not any(e.measure == "HR" and e.value == 10.0 for e in found)


def test_round36_pdf_quarter_glyph_for_equals() -> None:
    # a PDF's "=" extracted as "¼": read as "=" after a letter, bracket or per cent sign, before a number
    text = ("For women with 6-14 years of night shift work the HRs were 1.12 (95% CI¼1.05, 1.19) for all-cause "
            "mortality and 1.21 (95% CI¼1.08, 1.36) for CVD mortality; for lung cancer (HR¼1.26, 95% CI¼1.03, 1.54).")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [
        ("HR", 1.12, 1.05, 1.19), ("HR", 1.21, 1.08, 1.36), ("HR", 1.26, 1.03, 1.54)]
    from trialink._text_estimates import _normalise
    assert _normalise("P ¼0.007 and 1¼ hours") == "P =0.007 and 1¼ hours"


def test_round36_peto_or_overall_odds_ratio_opening_a_sentence() -> None:
    # "Peto's OR for X was 0.66 [0.11, 3.83]": the kind of odds ratio before its capitals (not the conjunction "OR")
    text = ("Peto\u2019s OR for drug A exposure and pancreatitis was 0.71 [0.12, 4.10]. Overall OR for drug B exposure "
            "and pancreatitis was 2.05 [0.41, 10.2].")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        ("OR", 0.71, 0.12, 4.1), ("OR", 2.05, 0.41, 10.2)]
    assert extract_estimates("Patients with fever OR cough were included; overall OR severe cases 12.") == []


def test_round36_semicolon_between_a_spread_limits() -> None:
    # "3 (2; 4) days": a median and its quartiles parted by a semicolon; the limits are no medians of their own
    text = ("The median length of hospital stay in patients after laparoscopy was 3 (2; 4) days; whereas following "
            "open approach it was 5 (3; 6) days (p<0.0001).")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.unit) for e in found] == [("median", 3.0, "days"), ("median", 5.0, "days")]
    from trialink._text_estimates import _normalise
    assert _normalise("1.63 (1.14; 2.34) and (n = 5; 10%) and 7 (9; 2)") == \
        "1.63 (1.14- 2.34) and (n = 5; 10%) and 7 (9; 2)"


def test_round36_count_of_one_patient_noun_is_no_time() -> None:
    # "respectively in the 141 patient without …": a count before the singular noun (a typo) is no third median
    text = ("The median PFS and OS were 4.3 months (95% CI, 3.2–5.4) and 9.0 months (95% CI, 7.6–10.5), respectively "
            "in the 141 patient without targetable mutations.")
    assert [(e.value, e.endpoint) for e in extract_estimates(text)] == [(4.3, "PFS"), (9.0, "OS")]


def test_round36_outcome_time_medians_printed_without_a_unit() -> None:
    # "Median time to first stool was 2.31 (IQR 1.10–4.02).": the outcome's time named as the subject, the value with
    # decimals and its IQR, no unit printed: kept, its unit unknown (None)
    text = ("Results 1,850 patients were included. Median time to first postoperative stool was 2.31 (IQR 1.10–4.02). "
            "Median length of stay was 6.85 (IQR 4.20–11.40). Rural hospitals had a lower average length of stay "
            "(median = 4.1 vs. 5.2, p < .001).")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.unit, e.ci_low) for e in found] == [
        ("median", 2.31, None, None), ("median", 6.85, None, None), ("median", 4.1, None, None),
        ("median", 5.2, None, None)]
    # not a follow-up's or a treatment's duration, not whole numbers (counts), not a value with its unit elsewhere
    assert [(e.value, e.unit) for e in extract_estimates("Median time to discharge was 4.5 (IQR 3.0-6.0) days.")] == [
        (4.5, "days")]
    assert extract_estimates("Median duration of follow-up was 2.5 (IQR 1.1–3.9). Median time to treatment was 14 "
                             "(IQR 9-20).") == []


def test_round36_glued_median_row_labelled_by_the_statistic_only() -> None:
    # a highwire table glued together: the row label is "Median" (or "Median (95% CI)"), the outcome and its unit are
    # the section line above; "not estimable" cells too
    text = ("Table 2.\n\nClinical activity in the two arms\n\nDrug A (n = 60)Placebo (n = 59)\n"
            "Time to progression, months\n Number of events/number of patients, n/N (%)38/60 (63.3)27/59 (45.8)\n"
            " Median2.91 (1.45–4.30)5.02 (4.10–9.40)\nDuration of response, mo\n"
            " Number of responders, n (%)2 (3.3)5 (8.5)\n"
            " Median (95% CI)NE (NE–NE)NE (8.1–NE)\n")
    found = extract_estimates(text)
    assert [(e.value, e.value_text, e.ci_low, e.ci_high, e.unit, e.endpoint) for e in found] == [
        (2.91, None, 1.45, 4.3, "months", "TTP"), (5.02, None, 4.1, 9.4, "months", "TTP"),
        (None, "NE", None, None, "months", "DoR"), (None, "NE", 8.1, None, "months", "DoR")]


def test_round36_measures_named_in_turn_then_respectively() -> None:
    # "The HR for X and the odds ratio for Y were a (…) and b (…), respectively": each value the measure (and end
    # point) named in its place
    text = ("The HR for progression-free survival benefit and the odds ratio for overall response rate increase were "
            "0.81 (95% CI 0.69-0.95) and 1.46 (95% CI 1.20-1.78), respectively.")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.endpoint) for e in found] == [
        ("HR", 0.81, 0.69, "PFS"), ("OR", 1.46, 1.2, "ORR")]
    # one measure for both values keeps it
    same = "The hazard ratios for PFS and OS were 0.78 (95% CI 0.66-0.93) and 0.85 (95% CI 0.72-1.01), respectively."
    assert [(e.measure, e.endpoint) for e in extract_estimates(same)] == [("HR", "PFS"), ("HR", "OS")]


def test_round36_one_cohort_survival_never_called_a_median() -> None:
    # "Overall survival (OS) for all patients was 6.3 months.": one cohort's time to an event, read as its median
    # with a note that says so
    text = ("Etoposide-platinum was the most used regimen. Overall survival (OS) for all patients was 6.3 months. "
            "Three-year OS was better in limited-stage disease.")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.unit, e.endpoint) for e in found] == [("median", 6.3, "months", "OS")]
    assert found[0].note == "not called a median in the text: one cohort's time to an event, read as its median"
    assert "statistic_not_named" in found[0].checks
    # a rate at a time, a mean, and two groups' times in one clause are not read this way
    assert extract_estimates("Overall survival was 45% at 3 years. Mean overall survival was 20.1 months.") == []
    pair = extract_estimates("Overall survival was 14.2 months in the A arm and 9.8 months in the B arm.")
    assert [(e.value, e.arm) for e in pair] == [(14.2, "A"), (9.8, "B")]


def test_round36_value_glued_to_its_range_bracket() -> None:
    # "9(6–10) vs. 11(9–15) days": a value and its range printed without a space are no count's power of ten
    text = ("Time to clinical improvement in the IFN group was shorter than in the control group ([8(6–10) vs. "
            "12(9–15) days respectively, p = 0.002, HR = 2.21; 95% CI: 1.30–3.41]).")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.unit) for e in found] == [("median", 8.0, "days"), ("median", 12.0, "days"),
                                                              ("HR", 2.21, None)]
    # "150 × 10(9)/L" stays a count's power of ten
    assert [(e.value, e.unit) for e in extract_estimates(
        "The median platelet count was 150 × 10(9)/L and the median time to engraftment was 14 days.")] == [
        (14.0, "days")]


def test_round36_times_likely_with_a_comma_parted_ci() -> None:
    # "2.18 times more likely … (95% confidence interval = 1.52, 2.97)": the CI's limits parted by a comma
    text = ("Persistent smokers were 2.24 times more likely not to breastfeed at 10 weeks (95% confidence interval = "
            "1.55, 3.01).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [("RR", 2.24, 1.55, 3.01)]


def _medians_of(text: str) -> list[tuple[object, ...]]:
    return [(e.value, e.value_text, e.ci_low, e.ci_high, e.unit) for e in extract_estimates(text)
            if e.measure == "median"]


def test_round37_pipe_row_whose_cells_print_the_unit() -> None:
    # the row's label names the median but no unit; each cell prints it ("18.1 months"); a cell "NR" after cells with
    # brackets is a group's, no P value's column
    text = ("| Outcome | Drug A | Placebo |\n|---|---|---|\n| Median overall survival | 18.1 months | 14.1 months |\n"
            "| 2-year survival rate | 41% | 27% |\n")
    assert _medians_of(text) == [(18.1, None, None, None, "months"), (14.1, None, None, None, "months")]
    assert _medians_of("| Median PFS | 9.3 mo (7.1-11.0) | NR |\n") == [
        (9.3, None, 7.1, 11.0, "months"), (None, "not reached", None, None, "months")]
    # cells of two units, or a cell that is no time, give no unit: nothing is read
    assert _medians_of("| Median overall survival | 18.1 months | 60 weeks |\n") == []
    assert _medians_of("| Median overall survival | 18.1 months | 41% |\n") == []


def test_round37_em_dash_between_word_and_number() -> None:
    # "chemotherapy—31.5 months": the em dash is punctuation, not a range's dash glued to the word
    text = ("Median OS nearly doubled with drug A compared with standard chemotherapy\u201431.5 months versus 16.1 "
            "months.")
    assert _medians_of(text) == [(31.5, None, None, None, "months"), (16.1, None, None, None, "months")]
    # a range's em dash between numbers stays a range
    assert _medians_of("Median OS was 9.1 months (95% CI 7.2\u201411.0).") == [(9.1, None, 7.2, 11.0, "months")]


def test_round37_bullet_list_after_colon() -> None:
    # a sentence whose values follow its colon as bullet lines: each bullet one group's median; the ratio after the
    # second keeps its place
    text = ("After a median follow-up of 32 months, median OS was:\n- 22.9 months with drug A\n"
            "- 16.8 months with chemotherapy (HR 0.69)\nSimilar benefits were seen in subgroups.\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.unit) for e in found] == [
        ("median", 22.9, "months"), ("median", 16.8, "months"), ("HR", 0.69, None)]
    assert {e.endpoint for e in found} == {"OS"}
    assert _medians_of("Median PFS:\n\u2022 5.6 months in the drug A arm\n\u2022 3.1 months in the placebo arm\n") == [
        (5.6, None, None, None, "months"), (3.1, None, None, None, "months")]
    # bullets without numbers, or a list that does not follow a colon, are left alone
    assert _medians_of("Median PFS was 5.6 months.\n- Safety was acceptable\n- No deaths\n") == [
        (5.6, None, None, None, "months")]


def test_round37_semicolon_clause_goes_on_with_group_medians() -> None:
    # "… was 13.7 months [95% CI …]; 7.6 months (CI …) for A and 19.8 months (CI …) for B": the clause after the
    # semicolon gives the groups' medians, each with the interval the first one had (its level unprinted: "(CI …)")
    text = ("Median survival of all patients was 13.7 months [95% CI 11.3\u201316.2]; 7.6 months (CI 6.4\u20138.6) "
            "for poor-risk patients and 19.8 months (CI 15.6\u201322.9) for good-risk patients.")
    assert _medians_of(text) == [(13.7, None, 11.3, 16.2, "months"), (7.6, None, 6.4, 8.6, "months"),
                                 (19.8, None, 15.6, 22.9, "months")]
    # a clause of means after the semicolon is not read
    means = "Median survival was 13.7 months [95% CI 11.3\u201316.2]; mean scores were 7.6 (CI 6.4\u20138.6)."
    assert _medians_of(means) == [(13.7, None, 11.3, 16.2, "months")]


def test_round37_pipe_table_with_ci_and_p_rows_below_the_ratios() -> None:
    # each outcome's ratios in one row ("| Stroke | HR | 0.63 | 0.90 |"), their CIs in the row below and their P values
    # in the row below that: the rows pair up cell by cell
    text = ("HRs for secondary end points\n| N | Drug A over warfarin | Drug B over warfarin | |\n"
            "| Ischaemic stroke | HR | 0.63 | 0.90 |\n| 95% CI | (0.524 to 0.759) | (0.716 to 1.140) | |\n"
            "| P value | <0.0001 | 0.3906 | |\n| Systemic embolism | HR | 0.48 | 0.97 |\n"
            "| 95% CI | (0.198 to 1.165) | (0.316 to 2.959) | |\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level, e.p_operator, e.p_value) for e in found] == [
        ("HR", 0.63, 0.524, 0.759, 95.0, "<", 0.0001), ("HR", 0.9, 0.716, 1.14, 95.0, "=", 0.3906),
        ("HR", 0.48, 0.198, 1.165, 95.0, None, None), ("HR", 0.97, 0.316, 2.959, 95.0, None, None)]
    assert [e.endpoint_text for e in found] == ["Ischaemic stroke"] * 2 + ["Systemic embolism"] * 2
    # a row of rates under a header that names the ratio is no ratio; nor a row whose CIs are fewer than its values
    # or do not hold them
    rates = ("| Outcome | Drug A | Placebo | HR (95% CI) |\n| Event rate per 100 py | 1.2 | 1.5 | |\n"
             "| 95% CI | 1.0-1.4 | 1.3-1.7 | |\n")
    assert [e for e in extract_estimates(rates) if e.value in (1.2, 1.5)] == []
    assert extract_estimates("| Stroke | HR | 0.63 | 0.90 |\n| 95% CI | (0.52 to 0.76) | |\n") == []
    assert extract_estimates("| Stroke | HR | 0.63 | 0.90 |\n| 95% CI | (0.52 to 0.60) | (0.72 to 1.14) |\n") == []


def test_round37_one_cell_per_line_value_then_its_bracket() -> None:
    # a web page's table copied one cell per line: the ratio's value on one line, its bracketed CI on the next, then
    # its P; the header lines name the ratio
    text = ("Table 3 Multivariable Cox regression for incidence of atrial fibrillation\n\nOverall\n\nN = 28,618\n\n"
            "Subgroup A\n\nN = 315\n\nHR (95% CI)\n\np-value\n\nHR (95% CI)\n\np-value\n\nModel 1\n\n1.24\n\n"
            "(1.11\u20131.39)\n\n < 0.001\n\n1.49\n\n(0.89\u20132.48)\n\n0.129\n\nModel 2\n\n1.25\n\n"
            "(1.12\u20131.40)\n\n < 0.001\n\n1.00\n\n(0.59\u20131.69)\n\n0.996\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [
        ("HR", 1.24, 1.11, 1.39), ("HR", 1.49, 0.89, 2.48), ("HR", 1.25, 1.12, 1.4), ("HR", 1.0, 0.59, 1.69)]
    # without a ratio in the header lines, the cells are no ratios (a mean and its range)
    assert extract_estimates(text.replace("HR (95% CI)", "Mean (range)")) == []


def _ratios_of(text: str) -> list[tuple[object, ...]]:
    return [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text) if e.measure != "median"]


def test_round37_list_items_labelled_by_a_percentage() -> None:
    # each item's label ends on a percentage ("for LVEF <26%, 0.75 (…) for LVEF 26–30%, …"): the list goes on
    text = ("The drug vs. placebo HR was 0.75 (95% CI 0.59-0.95) for LVEF <26%, 0.75 (0.57-0.98) for LVEF 26-30%, "
            "0.67 (0.51-0.89) for LVEF 31-35%, and 0.83 (0.63-1.09) for LVEF >35% (P for interaction = 0.5).")
    assert _ratios_of(text) == [("HR", 0.75, 0.59, 0.95), ("HR", 0.75, 0.57, 0.98), ("HR", 0.67, 0.51, 0.89),
                                ("HR", 0.83, 0.63, 1.09)]
    # a CI's level is no percentage ending a label: after "95% CI: " a garbled limit "1.1.6" starts no item
    garbled = "The costs were higher for smokers (RR=1.52; 95% CI: 1.1.6, 2.0; RR=1.39; 95% CI: 1.18, 1.65)."
    assert [r for r in _ratios_of(garbled) if r[1] == 1.1] == []


def test_round37_list_item_with_an_aside_of_words_and_whole_numbers() -> None:
    # "… in the lowest quintile (mean baseline DBP 61 ± 5 mm Hg) and 0.74 (…)": the aside is part of the first item's
    # label, and the list goes on
    text = ("The hazard ratio for intensive versus standard treatment was 0.78 (95% CI 0.57 to 1.07) in the lowest "
            "DBP quintile (mean baseline DBP 61 \u00b1 5 mm Hg) and 0.74 (95% CI 0.61 to 0.90) in the upper four DBP "
            "quintiles (mean baseline DBP 82 \u00b1 9 mm Hg), with an interaction P value of 0.78.")
    assert _ratios_of(text) == [("HR", 0.78, 0.57, 1.07), ("HR", 0.74, 0.61, 0.9)]


def test_round37_the_estimates_of_the_ratio_named_before() -> None:
    # "the risk estimates were 1.18 (95% CI …)" after a sentence of hazard ratios: the same measure, in another group
    text = ("The hazard ratio for breast cancer was 1.23 [95% CI 0.70-2.17] for shifts without night work and 2.02 "
            "(95% CI 1.03-3.95) for shifts with night work. When including only women under 60 years of age, the "
            "risk estimates were 1.18 (95% CI 0.67-2.07) for shifts without night work, and 2.15 (95% CI 1.10-4.21) "
            "for shifts with night work.")
    assert _ratios_of(text) == [("HR", 1.23, 0.7, 2.17), ("HR", 2.02, 1.03, 3.95), ("HR", 1.18, 0.67, 2.07),
                                ("HR", 2.15, 1.1, 4.21)]
    # without a ratio before, "estimates" name no measure
    assert _ratios_of("In women, the risk estimates were 1.18 (95% CI 0.67-2.07) for shift work.") == []


def test_round37_times_with_a_comma_range_before_the_unit() -> None:
    # "26 [20, 42] h vs. 27 [20, 39] h": each group's time and its IQR printed between value and unit, limits parted
    # by a comma: medians without the word (the IQR is no CI)
    text = ("There was no significant difference in duration of analgesia between the groups (26 [20, 42] h vs. "
            "27 [20, 39] h; P = 0.851).")
    found = [e for e in extract_estimates(text) if e.measure == "median"]
    assert [(e.value, e.ci_low, e.ci_high, e.unit) for e in found] == [(26.0, None, None, "hours"),
                                                                      (27.0, None, None, "hours")]
    assert all("not called a median" in (e.note or "") for e in found)
    # a mean's CI printed after the unit is not such a time
    assert _medians_of("The mean duration was 26 h [20, 42] vs. 27 h [20, 39].") == []


def test_round37_pipe_cells_of_group_times_declared_medians() -> None:
    # a review's table whose cells print the groups' times ("17 vs 9 days p<0.05"), rows named "Author et al year",
    # and a footnote that says its data are medians: each time a median, another study's (background)
    text = ("Study | Patients | Design | Time to onset of motor recovery | Time to walk without aid |\n"
            "---|---|---|---|---|\nSmith et al 198451 | 38 | Care vs PE |\n| 17 vs 9 days p<0.05 | |\n"
            "Jones et al 198718 | 220 | Care vs PE |\n| 13 vs 6 days p<0.011 | 111 vs 70 days p<0.001 |\n"
            "Data are shown as medians or proportions with p values.\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.unit, e.context) for e in found] == [
        ("median", v, "days", "background") for v in (17.0, 9.0, 13.0, 6.0, 111.0, 70.0)]
    # without the footnote that declares medians, the times could be means: nothing is read
    assert extract_estimates(text.replace("Data are shown as medians or proportions", "Data are shown")) == []


def test_round37_nnt_after_a_ratio_name_is_no_ratio() -> None:
    # "Translating HRs to absolute terms, NNTs were 17 (CKD) and 77 (mortality)": the numbers are NNTs
    text = ("The pooled HR was 0.71 (95% CI: 0.66-0.76) for CKD. Translating HRs to absolute terms, NNTs were 17 "
            "(CKD) and 77 (mortality).")
    assert _ratios_of(text) == [("HR", 0.71, 0.66, 0.76)]


def test_round37_bayesian_credible_interval_abbreviated_bci() -> None:
    # "95% bayesian credible interval [BCI] 0.80-1.40", "95% BCI 1.30-1.40": the interval of the ratio
    text = ("The rate was 0.8% in both groups (adjusted OR 1.06, 95% bayesian credible interval [BCI] 0.80-1.40). "
            "Time to recovery was shorter with the drug (HR 1.36, 95% BCI 1.30-1.40).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level) for e in extract_estimates(text)] == [
        ("OR", 1.06, 0.8, 1.4, 95.0), ("HR", 1.36, 1.3, 1.4, 95.0)]
    # "BCI" elsewhere (a brain-computer interface) is left alone
    assert _ratios_of("Users of the BCI device had an OR of 1.5 (95% CI 1.1-2.0).") == [("OR", 1.5, 1.1, 2.0)]


def test_round37_stray_semicolon_before_to_in_a_list_item_ci() -> None:
    # "0.76 (0.45; to1.27)": the item's CI, and the list goes on after it
    text = ("Adjusted HRs (95% CI) comparing A, B and C with D were 0.89 (0.52 to 1.52), 0.76 (0.45; to1.27) and "
            "1.36 (0.85 to 2.19).")
    assert _ratios_of(text) == [("HR", 0.89, 0.52, 1.52), ("HR", 0.76, 0.45, 1.27), ("HR", 1.36, 0.85, 2.19)]


def test_round37_not_reached_takes_the_unit_of_its_sentence() -> None:
    # "median rPFS had not been reached for the A arm; for the B arm, median rPFS was 8.3 months": the sentence's one
    # unit
    text = ("At the second interim analysis, median rPFS had not been reached for the drug A arm; for the placebo "
            "arm, median rPFS was 8.3 months (HR, 0.43; 95% CI, 0.35-0.52; P<0.0001).")
    assert _medians_of(text) == [(None, "not been reached", None, None, "months"), (8.3, None, None, None, "months")]
    # alone in its sentence, it has none (no unit is borrowed from another sentence)
    alone = "Median OS was not reached in either arm. Median PFS was 8.3 months with drug A."
    assert [m[4] for m in _medians_of(alone) if m[1]] == [None, None]


def test_round37_group_rate_columns_before_the_ratio_are_no_ratios() -> None:
    # the header names each group's rate with its CI before the ratio's column: a row's first bracketed cells are the
    # rates, the last its ratios
    text = ("Table 3: Adjusted overdose mortality rate ratios\n\n"
            "Treatment PY Deaths Crude mortality rate per 1,000 PY (95% CI) Adjusted IRR (95% CI)\n"
            "Out of treatment 30,027 123 4.1 (3.4\u20134.9) Ref.\n"
            "Drug A 11,016 9 0.8 (0.4\u20131.6) 0.20 (0.09\u20130.45)\n"
            "Drug B 25,533 37 1.4 (1.0\u20132.0) 0.34 (0.22\u20130.53)\n")
    assert _ratios_of(text) == [("IRR", 0.2, 0.09, 0.45), ("IRR", 0.34, 0.22, 0.53)]
    piped = ("Outcome | Drug | Placebo | Incidence Rate Ratio (95% CI) | P | Adjusted Incidence Rate Ratio (95% CI) |\n"
             "---|---|---|---|---|---|\nNo. | Rate (95% CI) | No. | Rate (95% CI) | | |\n"
             "Infants \u226490 d | 9 | 3.0 (1.6\u20135.9) | 21 | 7.2 (4.7\u201311.0) | 0.43 (.19\u2013.93) | .032 | "
             "0.42 (.19\u2013.92) |\n")
    assert _ratios_of(piped) == [("IRR", 0.43, 0.19, 0.93), ("IRR", 0.42, 0.19, 0.92)]


def test_round37_a_table_printed_twice_gives_its_rows_once() -> None:
    # a web page prints its table twice (for two screen sizes): each row's ratios once
    table = ("Type of event Unadjusted HR (95% CI) P aHR (95% CI) P\n"
             "All-cause mortality 0.67 (0.58-0.77) <.0001 0.73 (0.62-0.85) <.0001\n"
             "Any bleed 0.85 (0.75-0.96) .008 0.85 (0.73-0.98) .024\n")
    text = "Table 6.\n\nHazard ratios for drug A and drug B (reference)\n\n" + table + table
    assert _ratios_of(text) == [("HR", 0.67, 0.58, 0.77), ("HR", 0.73, 0.62, 0.85), ("HR", 0.85, 0.75, 0.96),
                                ("HR", 0.85, 0.73, 0.98)]


def test_round37_groups_values_glued_before_the_ratio() -> None:
    # "Overall1.572.100.73 (0.55 to 0.96)": the groups' rates glued to the label and to the ratio, each printed to the
    # CI's places; the ratio is the run's last number; a footnote line between header and rows does not lose them
    text = ("Table 3\n\nAll-cause mortality per 100 patient-years in subgroups\n\n"
            "Drug APlaceboAdjusted HR (95% CI)p value for interaction\n"
            "Hazard ratios were adjusted for age and sex.\nOverall1.572.100.73 (0.55 to 0.96)\nAge (years)\n"
            "    <600.570.930.60 (0.33 to 1.07)0.443\n    \u2a7e602.913.670.77 (0.56 to 1.06)\n")
    assert _ratios_of(text) == [("HR", 0.73, 0.55, 0.96), ("HR", 0.6, 0.33, 1.07), ("HR", 0.77, 0.56, 1.06)]
    # a run whose last number does not print the CI's places, or falls outside its CI, gives nothing
    assert _ratios_of(text.replace("0.73 (0.55 to 0.96)", "0.7 (0.55 to 0.96)").replace(
        "0.60 (0.33 to 1.07)", "0.20 (0.33 to 1.07)").replace("0.77 (0.56", "0.77 (0.80")) == []


def test_round37_m_before_more_end_point_abbreviations_is_median() -> None:
    # "The mCSS of patients treated surgically (21 months, 95%CI: 15.5-26.5) was longer than …": the median
    # cancer-specific survival, as "mOS" is the median OS
    text = ("The mCSS of patients treated surgically (21 months, 95%CI: 15.5-26.5) was longer than in patients "
            "treated without surgery (6 months, 95%CI: 5.3-6.7) (P<0.001).")
    assert _medians_of(text) == [(21.0, None, 15.5, 26.5, "months"), (6.0, None, 5.3, 6.7, "months")]
    # a word that starts with m is no median ("mCSSmodel")
    assert _medians_of("The mCSSmodel gave 21 months.") == []


def test_round37_pdf_en_dash_read_as_e_between_limits() -> None:
    # "1.12e1.23": a PDF's en dash extracted as the letter e between a CI's limits
    text = ("Patients had an increased risk for angina pectoris (adjusted risk ratio 1.17 [95% confidence interval "
            "1.12e1.23]), hypertension (1.04 [1.02e1.06]), and peripheral arterial disease (1.15 [1.11e1.19]).")
    assert _ratios_of(text) == [("RR", 1.17, 1.12, 1.23), ("RR", 1.04, 1.02, 1.06), ("RR", 1.15, 1.11, 1.19)]
    # a number in scientific notation is left alone
    assert _ratios_of("The OR was 2.5 (95% CI 1.2-5.1), P = 1.2e-5.") == [("OR", 2.5, 1.2, 5.1)]


def test_round37_pipe_ratio_whose_ci_limits_fill_a_cell_each() -> None:
    # "| Hazard ratio | 95% CI for Hazard ratio | P value |" over "| 10.2 | 3.78 | 28.1 | < 0.0001 |": the CI's limits
    # in a cell each under the CI's one header cell (the row's one cell more is no shift of the columns)
    text = ("| Variable | Coefficient | Hazard ratio | 95% CI for Hazard ratio | P value | BIC | |\n"
            "| Ascites | 2.310 | 10.2 | 3.78 | 28.1 | < 0.0001 | 2014.15 |\n"
            "| Creatinine | 1.370 | 3.99 | 1.57 | 10.9 | 0.006 | 1988.15 |\n")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.p_operator, e.p_value) for e in extract_estimates(text)] == [
        ("HR", 10.2, 3.78, 28.1, "<", 0.0001), ("HR", 3.99, 1.57, 10.9, "=", 0.006)]


def test_round37_cause_specific_and_subdistribution_hr_abbreviations() -> None:
    # "csHR" (cause-specific) and "sdHR" (subdistribution) hazard ratios
    text = ("ECT was associated with a reduced risk of suicide death (csHR, 0.53; 95% CI, 0.31-0.92) and of "
            "non-suicide death (sdHR 0.83, 95% CI 0.61-1.12).")
    assert _ratios_of(text) == [("HR", 0.53, 0.31, 0.92), ("HR", 0.83, 0.61, 1.12)]


def test_round37_or_before_a_pair_of_times_is_no_odds_ratio() -> None:
    # "similar OR (13.3 vs 11.8 months, p=0.714)": a slip for OS; the groups' times, no odds ratio of 13.3
    text = "Drug A had longer PFS (5.2 vs 3.3 months, p=0.019) but similar OR (13.3 vs 11.8 months, p=0.714)."
    assert _ratios_of(text) == []
    assert [m[0] for m in _medians_of(text)] == [5.2, 3.3, 13.3, 11.8]
    # an odds ratio with its CI before "vs" stays one
    assert _ratios_of("The OR was 1.5 (95% CI 1.1-2.0) vs 1.2 months.") == [("OR", 1.5, 1.1, 2.0)]


def test_round37_sub_hr_and_time_to_the_data_cutoff_date() -> None:
    # "sub-HR" (a subdistribution hazard ratio) is an HR
    text = ("In the competing risk regression, ambulatory status (independent vs bedridden; sub-HR, 4.10; 95% CI, "
            "2.14-7.86) and ischemic wound (sub-HR, 3.03; 95% CI, 1.72-5.36) were associated with amputation.")
    assert _ratios_of(text) == [("HR", 4.1, 2.14, 7.86), ("HR", 3.03, 1.72, 5.36)]
    # "the median time from randomization to the data-cutoff date": how long the trial watched, no outcome's median
    assert _medians_of("The median time from randomization to the data-cutoff date was 24.1 months.") == []


def test_round37_one_cell_per_line_table_read_by_its_header_columns() -> None:
    # header cells "Unadjusted HR", "p-value", "Adjusted HR", "95% CI", "p-value" (a line each): each row's six numbers
    # are the unadjusted HR (no CI) and its P, then the adjusted HR, its CI's limits and its P; the unadjusted HR, its
    # P and the adjusted HR are no ratio with a CI ("0.42 (0.002–0.49)" was read)
    text = ("Table 5 Hip fracture risk by BMI\n\nVariables\n\nUnadjusted HR\n\np-value\n\nAdjusted HR\n\n95% CI\n\n"
            "p-value\n\nBMI\n\n18.5 to 24 (ref.)\n\nBMI < 18.5\n\n2.54\n\n0.032\n\n1.78\n\n0.75\n\n4.26\n\n0.193\n\n"
            "BMI 24 to 27\n\n0.42\n\n< 0.001\n\n0.49\n\n0.28\n\n0.85\n\n0.011\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.p_operator, e.p_value) for e in found] == [
        ("HR", 2.54, None, None, "=", 0.032), ("HR", 1.78, 0.75, 4.26, "=", 0.193),
        ("HR", 0.42, None, None, "<", 0.001), ("HR", 0.49, 0.28, 0.85, "=", 0.011)]
    # a row whose numbers do not read as the columns say (a "P" over 1) gives nothing
    assert _ratios_of(text.replace("0.032", "12.5")) == [("HR", 0.42, None, None), ("HR", 0.49, 0.28, 0.85)]


def test_round37_wald_ci_and_time_to_clinical_stability() -> None:
    # "(95% Wald CI, 0.20 to 0.64; P<0.001)": the ratio's CI, its method named
    assert _ratios_of("The bleeding rate fell, for a rate ratio of 0.36 (95% Wald CI, 0.20 to 0.64; P<0.001).") == [
        ("IRR", 0.36, 0.2, 0.64)]
    # a time to clinical stability (an event) per group, in the bracket of the groups' ratio: the groups' medians
    text = ("Time to clinical stability was shorter with drug A than with placebo (3.0 vs. 4.4 days, HR = 1.33, "
            "95% CI = 1.15 to 1.50, P < 0.001).")
    assert _medians_of(text) == [(3.0, None, None, None, "days"), (4.4, None, None, None, "days")]
    # a time to the first dose is care given, no event
    assert _medians_of("Time to first dose was shorter with A than with B (3.0 vs. 4.4 hours, P = 0.01).") == []


def test_round37_median_bracket_with_range_then_ci() -> None:
    # "27.7 months (range, 2.50 to 77.5 months; 95% CI, 22.5 to 33.0 months)": the range first, then the CI
    text = "Median OS after diagnosis was 27.7 months (range, 2.50 to 77.5 months; 95% CI, 22.5 to 33.0 months)."
    assert _medians_of(text) == [(27.7, None, 22.5, 33.0, "months")]
    # a range alone stays no CI
    assert _medians_of("Median OS was 27.7 months (range, 2.50 to 77.5 months).") == [
        (27.7, None, None, None, "months")]


def test_round37_a_list_item_repeating_an_earlier_bare_ratio_is_kept() -> None:
    # "… (HR 1.04) …" then a list "beverages (HR 1.09), desserts (HR 1.07), and breakfast food (HR 1.04)": the list's
    # third item is its own factor's ratio, not the first sentence's quoted again
    text = ("Participants in the highest quarter had a higher all-cause mortality (hazard ratio [HR] 1.04). "
            "Sugar sweetened beverages (HR 1.09), dairy based desserts (HR 1.07), and ultra-processed breakfast "
            "food (HR 1.04) were also associated with higher all-cause mortality.")
    assert [r[1] for r in _ratios_of(text)] == [1.04, 1.09, 1.07, 1.04]
    # a ratio quoted again beside one other is still one estimate
    again = "The relative risk was 0.67. The relative risks of 0.67 and 0.74 were similar."
    assert [r[1] for r in _ratios_of(again)] == [0.67, 0.74]


def test_round37_ratio_head_holding_numbers_then_bare_cis() -> None:
    # the head between the ratio's name and "was" holds numbers of its own (the time periods); the values after it
    # print bare CIs
    text = ("The adjusted HR among patients with sepsis within the time periods 31-180, 181-365, 366-720, and "
            "721-1096 days was 7.1 (6.0-8.5), 2.8 (2.3-3.5), 2.1 (1.8-2.6), and 2.2 (1.7-2.9), respectively.")
    assert _ratios_of(text) == [("HR", 7.1, 6.0, 8.5), ("HR", 2.8, 2.3, 3.5), ("HR", 2.1, 1.8, 2.6),
                                ("HR", 2.2, 1.7, 2.9)]
    # values outside their brackets are no ratios with CIs
    assert _ratios_of(text.replace("7.1 (6.0-8.5)", "7.1 (8.0-9.5)")) == []


def test_round37_verb_glued_to_the_first_value() -> None:
    # "Adjusted hazard ratios were10.69 (95%CI …)": the verb glued to the list's first value
    text = ("Adjusted hazard ratios were10.69 (95%CI 2.38-48.02, p = 0.002) for old age, 1.94 (95%CI 1.40-2.69, "
            "p < 0.0001) for advanced stage, and 0.42 (95%CI 0.27-0.63, p < 0.0001) for women.")
    assert _ratios_of(text) == [("HR", 10.69, 2.38, 48.02), ("HR", 1.94, 1.4, 2.69), ("HR", 0.42, 0.27, 0.63)]


def _endpoints_of(text: str) -> list[tuple[str, float, str, str | None, str | None]]:
    return [(e.measure, e.value, e.endpoint, e.endpoint_text, e.covariate) for e in extract_estimates(text)
            if e.measure != "median"]


def test_round38_cause_specific_mortality_is_not_overall_survival() -> None:
    # "CRC-specific mortality", "cardiovascular disease mortality": deaths from one cause, not OS
    text = ("Aspirin use after diagnosis was not associated with lower CRC-specific mortality (adjusted HR = 1.09, "
            "95% CI 0.93\u20131.27).")
    assert _endpoints_of(text) == [("HR", 1.09, "other", "CRC-specific mortality", None)]
    text = "Treatment lowered the risk of coronary heart disease mortality (RR, 0.81, 95% CI, 0.70, 0.93)."
    assert [x[2] for x in _endpoints_of(text)] == ["other"]
    # death from any cause stays OS
    assert [x[2] for x in _endpoints_of("Treatment lowered all-cause mortality (RR 0.90, 95% CI 0.82-0.99).")] == ["OS"]


def test_round38_factors_of_a_prognostic_model_are_covariates() -> None:
    # "… in the final prognostic model for overall survival: A (HR …), B (HR …)": each A is the factor, the end point
    # the model's (before: the factor's name was read as the end point, "other")
    text = ("Three factors entered the multivariable prognostic model for overall survival: steroid use (HR=1.52, 95% "
            "CI: 1.21-1.91, p<0.001), bilateral disease (HR=1.44, 95% CI: 1.10-1.88, p=0.008), and partial resection "
            "(HR=1.27, 95% CI: 1.02-1.58, p=0.03).")
    assert _endpoints_of(text) == [("HR", 1.52, "OS", "overall survival", "steroid use"),
                                   ("HR", 1.44, "OS", "overall survival", "bilateral disease"),
                                   ("HR", 1.27, "OS", "overall survival", "partial resection")]


def test_round38_outcome_named_with_its_abbreviation_before_the_bracket() -> None:
    # "objective response rate (ORR) [risk ratio (RR) = 1.41 …]": the outcome before its abbreviation (before: the
    # sentence's last mention, OS)
    text = ("The combination improved overall survival (OS) (hazard ratio = 0.81, p = 0.002), objective response rate "
            "(ORR) [risk ratio (RR) = 1.41, p = 0.01], and disease control rate (DCR) (RR = 1.12, p = 0.03).")
    assert [(x[1], x[2], x[3]) for x in _endpoints_of(text)] == [
        (0.81, "OS", "overall survival"), (1.41, "ORR", "objective response rate"),
        (1.12, "other", "disease control rate")]
    # "…: preterm birth, PTB (OR …)": the first item after a colon, with its abbreviation
    text = "Smoking in pregnancy was associated with: preterm birth, PTB (OR (95% CI) 1.31 (1.20\u20131.43))."
    assert [(x[1], x[3]) for x in _endpoints_of(text)] == [(1.31, "preterm birth")]


def test_round38_fewer_primary_outcomes_takes_the_definition() -> None:
    # "associated with fewer primary outcomes than …": the primary outcome as the text defines it (before: "other")
    text = ("Primary outcome measure was a composite of death and intubation at day 28. In the matched cohort "
            "(n = 150), drug A was associated with fewer primary outcomes than the control group (hazard ratio (HR) = "
            "0.58 (95% CI = 0.37-0.91), p = 0.02).")
    assert [(e.value, e.endpoint, e.endpoint_text) for e in extract_estimates(text)] == [
        (0.58, "composite", "fewer primary outcomes (composite of death and intubation at day 28)")]


def test_round38_footnote_mark_between_value_and_ci() -> None:
    # "HR=0.21\u00b6 (95% CI: …)", "0.45\u2020 [95% CI …]", "0.45* (95% CI …)": a footnote's mark after the value
    # (before: the ratio came out without its CI)
    found = extract_estimates("Drug B: HR=0.21\u00b6 (95% CI: 0.12-0.37), P<0.0001#")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == [("HR", 0.21, 0.12, 0.37)]
    for mark in ("\u2020", "\u2021", "\u00a7", "*"):
        found = extract_estimates(f"PFS was longer with drug A (HR 0.52{mark} (95% CI 0.38-0.71)).")
        assert [(e.value, e.ci_low, e.ci_high) for e in found] == [(0.52, 0.38, 0.71)], mark
    found = extract_estimates("Median PFS was 11.4\u2021 months (95% CI 9.6-13.0) with drug A.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.unit) for e in found] == [
        ("median", 11.4, 9.6, 13.0, "months")]


def test_round38_times_compared_by_a_hazard_ratio_are_medians() -> None:
    # "MFS: 38.1 vs 16.5 months (HR …)": per-arm times a hazard ratio compares are times to an event, read as their
    # medians with the note and check that say the text did not call them so (before: measure "time")
    found = extract_estimates("Drug A improved MFS: 38.1 vs 16.5 months (HR for metastasis or death 0.31, 95% CI "
                              "0.25 to 0.38, p<0.001).")
    meds = [e for e in found if e.measure == "median"]
    assert [(e.value, e.unit) for e in meds] == [(38.1, "months"), (16.5, "months")]
    assert all("statistic_not_named" in e.checks and "not called a median" in (e.note or "") for e in meds)
    # times that no hazard ratio compares, under no time-to-event name, stay "time"
    found = extract_estimates("Stay in hospital: 6 vs 8 days (OR 0.8, 95% CI 0.6-1.1).")
    assert [e.measure for e in found if e.unit == "days"] in ([], ["time", "time"])
    assert not [e for e in found if e.measure == "median"]


def test_round38_pipe_cell_of_times_then_their_hazard_ratio() -> None:
    # a review's pipe cells "38.2 vs. 15.9 months; HR 0.31; …", "Median PFS: 30.1 vs. 12.7 months; HR 0.35 …",
    # "NR vs. NR; HR 0.77 …": the groups' medians (implied where the cell does not say "median"), and the ratio
    text = ("Study | Trial A | Trial B |\n"
            "Primary endpoint | Median MFS | Median MFS |\n"
            "| 38.2 vs. 15.9 months; HR 0.31; 95% CI 0.25–0.38; P < 0.001 | 34.1 vs. 13.2 months; HR 0.33; 95% CI "
            "0.27–0.40; P < 0.001 |\n"
            "Secondary endpoints | Median PFS: 30.1 vs. 12.7 months; HR 0.35; 95% CI: 0.28–0.44; P < 0.001 | Median "
            "OS: NR vs. NR; HR 0.77; 95% CI 0.55–0.98; P = 0.03 |\n")
    found = extract_estimates(text)
    meds = [(e.value, e.value_text) for e in found if e.measure == "median"]
    assert meds == [(38.2, None), (15.9, None), (34.1, None), (13.2, None), (30.1, None), (12.7, None),
                    (None, "NR"), (None, "NR")]
    assert [(e.value, e.ci_low, e.ci_high) for e in found if e.measure == "HR"] == [
        (0.31, 0.25, 0.38), (0.33, 0.27, 0.40), (0.35, 0.28, 0.44), (0.77, 0.55, 0.98)]
    implied = [e for e in found if e.measure == "median" and e.value in (38.2, 15.9)]
    assert all("statistic_not_named" in e.checks for e in implied)
    # several pairs in one cell, each after the bracket that closes the pair before
    text = ("Drug | Trial | Endpoint | Drug vs placebo |\n"
            "Drug A | TRIAL-1 | MFS PFS2 |\n"
            "| 39.1 vs 15.8 months (HR 0.30, 95% CI 0.24 to 0.36, p<0.001) 54.2 vs 42.0 months (HR 0.58, 95% CI 0.47 "
            "to 0.71, p<0.001) |\n")
    assert [e.value for e in extract_estimates(text) if e.measure == "median"] == [39.1, 15.8, 54.2, 42.0]


def test_round38_pipe_sub_header_of_groups_under_median_headers() -> None:
    # a two-level header: "Median PFS in Months" and "Median OS in Months" (the header line wrapped), then a
    # sub-header "with X | without X | HR | 95% CI | …" under each: each group column's cell is that group's median
    # of that end point, the ratio's end point the median's (before: the ratios only)
    text = ("Trial | Partner | N | Median PFS in Months |\nMedian OS in Months |\n|||||\n---|---|---|---|---|\n"
            "with drug X | without drug X | HR | 95% CI | Significant | with drug X | without drug X | HR | 95% CI | "
            "Significant | |||||\n"
            "TRIAL-1 | Letrozole | 600 | 22.4 | 13.1 | 0.57 | 0.45–0.71 | yes | 61.0 | 49.5 | 0.79 | 0.64–0.97 | "
            "yes |\n"
            "TRIAL-2 | Fulvestrant | 480 | 10.1 | 4.9 | 0.48 | 0.37–0.61 | yes | 33.2 | 27.9 | 0.83 | 0.65–1.06 | "
            "no |\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.endpoint, e.arm) for e in found] == [
        ("median", 22.4, "PFS", "with drug X (Letrozole)"), ("median", 13.1, "PFS", "without drug X (Letrozole)"),
        ("HR", 0.57, "PFS", None),
        ("median", 61.0, "OS", "with drug X (Letrozole)"), ("median", 49.5, "OS", "without drug X (Letrozole)"),
        ("HR", 0.79, "OS", None),
        ("median", 10.1, "PFS", "with drug X (Fulvestrant)"), ("median", 4.9, "PFS", "without drug X (Fulvestrant)"),
        ("HR", 0.48, "PFS", None),
        ("median", 33.2, "OS", "with drug X (Fulvestrant)"), ("median", 27.9, "OS", "without drug X (Fulvestrant)"),
        ("HR", 0.83, "OS", None)]
    assert all(e.unit == "months" for e in found if e.measure == "median")
    # a header naming one median over two ratio columns: no group's column is guessed
    text = ("Trial | Median PFS in Months |\n---|---|\nwith X | without X | HR | 95% CI | with X | without X | HR | "
            "95% CI |\nTRIAL-1 | 22.4 | 13.1 | 0.57 | 0.45–0.71 | 61.0 | 49.5 | 0.79 | 0.64–0.97 |\n")
    assert not [e for e in extract_estimates(text) if e.measure == "median"]


def test_round38_one_cell_per_line_pipe_table_keeps_its_header_lines() -> None:
    # a table printed one cell per line, "|" on the lines between, whose header ("OR (95% CI)") comes before the first
    # line of several "|": its rows' cells are that ratio (before: the header was lost and nothing was read)
    text = ("|\nMultivariable analysis\nOR (95% CI)\n|\n\u03b2\n|\nPoints\n|\n---|\nAge, years\n|\n\u2264 50\n|\n1\n"
            "| | |\n"
            "51\u201380\n|\n1.6 (0.7\u20133.5)\n|\n0.47\n|\n4\n|\n> 80\n|\n4.8 (1.8\u201312.9)\n|\n1.57\n|\n15\n|\n"
            "Recent infection\n|\n5.2 (2.4\u201311.1)\n|\n1.65\n|\n16\n|\n")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        ("OR", 1.6, 0.7, 3.5), ("OR", 4.8, 1.8, 12.9), ("OR", 5.2, 2.4, 11.1)]


def test_round38_pooled_p_or() -> None:
    # "p-OR = 2.1": a meta-analysis' pooled odds ratio, named so (before: nothing read)
    text = ("The pooled risk was estimated with the odds ratio (p-OR). Mortality was higher with fever (p-OR = 2.1) "
            "and obesity (p-OR = 1.7).")
    assert [(e.measure, e.value) for e in extract_estimates(text)] == [("OR", 2.1), ("OR", 1.7)]
    # "p-ES", an effect size, is no ratio
    assert extract_estimates("Laboratory values differed (p-ES = 0.4).") == []


def test_round38_dotted_ci_and_a_first_row_that_reads_as_no_ratio() -> None:
    # "Odds ratio (95% C.I.)": the CI's letters with dots; the table's first row "0.3 (0.0, 1.6)" reads as no ratio
    # (a lower limit of 0), the rows after it keep the header (before: nothing read)
    text = ("Table 4    Exposure of 40 cases compared with 90 controls\n\n"
            "Exposure % of cases (n=40) % of controls (n=90) Odds ratio (95% C.I.), p value\n"
            "Hospital work 5 12 0.3 (0.0, 1.6); 0.2\nFarming 8 6 1.2 (0.3, 4.6); 0.8\n"
            "Catering 28 30 0.9 (0.4, 1.9); 0.9\n")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        ("OR", 1.2, 0.3, 4.6), ("OR", 0.9, 0.4, 1.9)]
    found = extract_estimates("The odds ratio was 2.1 (95% C.I. 1.3-3.4).")
    assert [(e.value, e.ci_low, e.ci_high, e.ci_level) for e in found] == [(2.1, 1.3, 3.4, 95.0)]


def test_round38_group_rates_spanning_two_columns_before_the_ratio() -> None:
    # the header's group rate with its CI spans two columns ("Incidence rate (95% CI)" over "Source A Source B"); a
    # row's reference cell shows how many rate cells come first; a row with only rates gives no ratio (before: its
    # second rate was read as a hazard ratio)
    text = ("Table 2.\n\nRates and effects by source\n\n"
            "Group Incidence rate per 100,000 person-years (95% CI) Adjusted HR (95% CI)\n"
            "Source A Source B Source A Source B\n"
            "Drug A\n No drug 1.4 (1.3\u20131.5) 1.6 (1.5\u20131.7) 1 (Reference) 1 (Reference)\n"
            " Drug 1.2 (1.0\u20131.3) 1.5 (1.4\u20131.6) 0.85 (0.72\u20131.01) 0.88 (0.79\u20130.98)\n"
            "Drug B\n Dose 1 2.7 (2.5\u20133.0) 3.3 (3.1\u20133.5)\n"
            " Dose 2 2.2 (2.1\u20132.3) 2.8 (2.7\u20132.9) 1.21 (1.08\u20131.36) 1.23 (1.12\u20131.35)\n")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        ("HR", 0.85, 0.72, 1.01), ("HR", 0.88, 0.79, 0.98), ("HR", 1.21, 1.08, 1.36), ("HR", 1.23, 1.12, 1.35)]


def test_round38_glued_endpoint_and_ratio_name_and_cited_rows() -> None:
    # a review's table row glued together ("…versus C-mabOSHR, 0.81; 95% CI, 0.66–0.990.04"): "OSHR" is OS, then the
    # HR; the row cites its source ("TRIAL-9 [21]"), so its numbers are background, another study's
    text = ("Table 1\n\nTrials of antibody X after progression.\n\n"
            "StudyNo. of patientsDesignTreatmentPrimary end pointResults\n\n"
            "TRIAL-9 [21]540Phase 3, RCTBSC versus C-mabOSHR, 0.81; 95% CI, 0.66–0.990.04\n\n"
            "TRIAL-12 [22]410Phase III, open-label, RCTBSC versus P-mab + BSCPFSHR, 0.58; 95% CI, 0.47–0.71<0.0001\n")
    found = extract_estimates(text)
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.context) for e in found] == [
        ("HR", 0.81, 0.66, 0.99, "background"), ("HR", 0.58, 0.47, 0.71, "background")]
    assert all(not any(g.endswith("HR") for g in e.groups) for e in found)
    # a pipe row whose label cites its trial, the cells on the next line
    text = ("Table 2.\nStudy | Partner | N | Median PFS in Months |\nMedian OS in Months |\n---|---|---|---|\n"
            "with X | without X | HR | 95% CI | with X | without X | HR | 95% CI | |||\n"
            "Drug X | TRIAL-3 [14] |\nLetrozole | 600 | 22.4 | 13.1 | 0.57 | 0.45–0.71 | 61.0 | 49.5 | 0.79 | "
            "0.64–0.97 |\n")
    assert {e.context for e in extract_estimates(text)} == {"background"}
    # a median's IQR in a row is no citation
    text = ("Table 3.\nOutcome | Drug | Placebo | HR (95% CI)\n"
            "Time to recovery, days | 12 [10, 15] | 15 [12, 19] | 0.8 (0.7-0.9)\n")
    assert {e.context for e in extract_estimates(text)} <= {"result"}


def test_round38_lettered_list_of_group_medians_after_differences() -> None:
    # "differences in the median survival between the groups (P <.001): a) A: 11.8 years, 95%CI, …; b) …": each
    # group's median, labelled; the list's "a)" closes no bracket; the last CI before the full stop is kept (before:
    # nothing read, the sentence a difference of medians)
    text = ("There were differences in the median survival between the groups (P <.001): a) young donors: 11.8 years, "
            "95%CI, 11.2-12.4; b) old donors: 8.7 years, 95%CI, 7.6-10.1; c) mixed: 9.9 years, 95%CI, 8.9-11.6.")
    assert _medians_of(text) == [(11.8, None, 11.2, 12.4, "years"), (8.7, None, 7.6, 10.1, "years"),
                                 (9.9, None, 8.9, 11.6, "years")]
    # a difference of medians stays none
    assert _medians_of("The difference in median survival was 3.1 years (95% CI 1.2-5.0).") == []


def test_round38_times_each_with_its_group_across_a_semicolon() -> None:
    # "Median PFS: 10.9 weeks (drug A); 6.1 weeks (placebo) p<0.001": each time followed by its group's bracket, across
    # the ';' (before: the first only)
    found = [e for e in extract_estimates("Median PFS: 10.9 weeks (drug A); 6.1 weeks (placebo) p<0.001")
             if e.measure == "median"]
    assert [(e.value, e.unit) for e in found] == [(10.9, "weeks"), (6.1, "weeks")]
    # not past a clause that goes on to other cells: "…; 1.9 months (placebo) p<0.001 9.5 months (drug B); …"
    found = [e.value for e in extract_estimates("Median PFS: 3.6 months (drug B); 1.9 months (placebo) p<0.001 9.5 "
                                                "months (drug B); 4.8 months (placebo)") if e.measure == "median"]
    assert 4.8 not in found and 3.6 in found


def test_round38_corresponding_estimates_take_the_endpoints_in_turn() -> None:
    # "… were 0.71 (…) for relapses, 0.22 (…) for disability, and 1.31 (…) for SPMS": each label after its value an
    # end point (one is: "relapses"); "The corresponding estimates at 5 and 10 years were, respectively, …": the values
    # take those end points in turn (before: the later sentence was not read)
    text = ("Adjusted RRs (95% confidence intervals) shortly after baseline were 0.71 (0.52; 0.97) for relapses, 0.22 "
            "(0.05; 0.91) for disability, and 1.31 (0.42; 4.08) for SPMS. The corresponding estimates at 5 and 10 "
            "years were, respectively, 1.06 (0.74; 1.52), 0.85 (0.38; 1.90), and 2.20 (1.01; 4.79) and 1.55 (0.80; "
            "3.00), 3.90 (0.85; 17.9), and 4.10 (1.05; 16.0).")
    found = extract_estimates(text)
    assert [(e.value, e.endpoint_text) for e in found] == [
        (0.71, "relapses"), (0.22, "disability"), (1.31, "SPMS"), (1.06, "relapses"), (0.85, "disability"),
        (2.20, "SPMS"), (1.55, "relapses"), (3.90, "disability"), (4.10, "SPMS")]
    # values that are no multiple of the sentence before's: no end point guessed
    text = ("Adjusted RRs were 0.71 (0.52; 0.97) for relapses, 0.22 (0.05; 0.91) for disability, and 1.31 (0.42; 4.08) "
            "for SPMS. The corresponding estimates at 5 years were 1.06 (0.74; 1.52) and 0.85 (0.38; 1.90).")
    assert [(e.value, e.endpoint) for e in extract_estimates(text)][3:] == [(1.06, "unknown"), (0.85, "unknown")]


def test_round38_table_row_named_by_its_ratio() -> None:
    # "Design HR 0.80 0.80 0.80", "Achieved HR 1.12 0.88 0.79": a flattened table's rows named by the ratio, one bare
    # value per column; the design row's are the planned ratios (before: nothing read)
    text = ("Table 3 Statistics of three trials\n\nStatistic TRIAL-A TRIAL-B TRIAL-C\nEvents 188 483 417\n"
            "Design HR 0.80 0.80 0.80\nAchieved HR 1.12 0.88 0.79\nP-value for HR 0.3 0.07 0.04\n")
    assert [(e.measure, e.value, e.context) for e in extract_estimates(text)] == [
        ("HR", 0.8, "design"), ("HR", 0.8, "design"), ("HR", 0.8, "design"),
        ("HR", 1.12, "result"), ("HR", 0.88, "result"), ("HR", 0.79, "result")]
    # a heart rate's row is none
    text = "Table 1 Vital signs\n\nMeasure Drug Placebo\nHR 72.5 80.1\nSBP 128.2 131.0\n"
    assert extract_estimates(text) == []


def test_round38_not_reached_abbreviated_in_a_pair() -> None:
    # "(not reached [NR] vs 27.8 months; …)", "(NR vs 31.2 months; HR …)": a not-reached median paired with a time
    # (before: neither read)
    for text in ("PFS was longer with drug A than with drug B (not reached [NR] vs 27.8 months; hazard ratio [HR], "
                 "0.24; P<.0001).", "PFS was longer with drug A than with drug B (NR vs 27.8 months; HR, 0.24; "
                                    "P<.0001)."):
        meds = [(e.value, e.value_text is not None, e.unit) for e in extract_estimates(text) if e.measure == "median"]
        assert meds == [(None, True, "months"), (27.8, False, "months")], text
    # "NR" before no time is nothing
    assert extract_estimates("Responses: NR vs 3 patients.") == []


def test_round38_line_wrapped_after_and() -> None:
    # a web page's line that wraps after "and" ("Median PFS not reached with drug A and\n25.1 months with drug B"): one
    # sentence (before: the second line was a sentence of its own, its time read as no median)
    text = "Median PFS not reached with drug A and\n25.1 months with drug B\nThe 5-year data were not reviewed."
    assert _medians_of(text) == [(None, "not reached", None, None, "months"), (25.1, None, None, None, "months")]
    # a table's lines stay rows of their own
    text = ("Table 1.\nOutcome | Drug | Placebo | HR (95% CI)\nDeath | 12 | 20 | 0.61 (0.30-1.22)\n"
            "Stroke | 5 | 9 | 0.55 (0.18-1.64)\n")
    assert [e.value for e in extract_estimates(text)] == [0.61, 0.55]


def test_round38_ci_in_a_bracket_of_its_own_after_the_value() -> None:
    # "significant OR (0.58) (95% confidence interval of 0.42–0.80)", "(OR 0.58) (95% CI 0.42–0.80)": the CI in the
    # next bracket (before: the ratio without it); also where the excerpt ends before the bracket closes
    for text in ("Mortality was higher with placebo, with significant OR (0.58) (95% confidence interval of "
                 "0.42–0.80).",
                 "Mortality was lower (OR 0.58) (95% CI 0.42–0.80).",
                 "Mortality was lower with significant OR (0.58) (95% confidence interval of 0.42–0.80"):
        assert [(e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [(0.58, 0.42, 0.8)], text


def test_round38_odds_ratio_over_20_alone_in_its_bracket_and_scanned_letters() -> None:
    # "(OR 22.45)": an odds ratio over 20, printed with decimals alone in its bracket (a heart rate "HR 72" is none)
    text = "Predictors of death were prior stroke (OR 21.80), coma on admission (OR 17.40) and anaemia (OR 4.10)."
    assert [(e.measure, e.value) for e in extract_estimates(text)] == [("OR", 21.8), ("OR", 17.4), ("OR", 4.1)]
    assert extract_estimates("Vital signs at entry: HR 72 and BP 120.") == []
    # a scan's "0R" and "95% Cl" (before: nothing read)
    found = extract_estimates("The authors observed an adjusted 0R of 1.6 (95% Cl 1.1 to 2.3) among night workers.")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level) for e in found] == [("OR", 1.6, 1.1, 2.3, 95.0)]


def test_round38_factors_listed_are_covariates_not_end_points() -> None:
    # "Risk factors were A (OR …), B (OR …)": each bracket's words a factor; the end point the one the text names its
    # factors for ("To determine risk factors for surgical site infection"); a list's later factor never inherits an
    # earlier factor's name as its end point (before: "emergency surgery", "donor cigarette use" were end points)
    text = ("OBJECTIVE: To determine risk factors for wound infection after hernia repair. RESULTS: Of 1 880 patients, "
            "71 developed an infection. Risk factors were smoking (OR 2.2; 95% CI 1.4-3.5), mesh type (OR 1.6; 95% CI "
            "1.1-2.4) and operating time >90 min (OR 1.8; 95% CI 1.1-2.9).")
    found = extract_estimates(text)
    assert [(e.value, e.endpoint_text, e.covariate) for e in found][1:] == [
        (1.6, "wound infection", "mesh type"), (1.8, "wound infection", "operating time >90 min")]
    # factors whose outcome no text names: no end point, never a factor's name
    text = ("Significant risk factors included cold ischaemia >6 hours (HR = 1.14), donor smoking (HR = 1.09) and "
            "recipient factors: obesity (HR = 1.22), diabetes (HR = 1.25).")
    assert [(e.value, e.endpoint, e.covariate) for e in extract_estimates(text)][1:] == [
        (1.09, "unknown", "donor smoking"), (1.22, "unknown", "obesity"), (1.25, "unknown", "diabetes")]
    # the outcome a list of factors is associated with stays theirs
    text = ("The following risk factors were associated with readmission: frailty score 6/9 [OR 2.10, 95% CI 1.20; "
            "3.70], oxygen saturation <92% [OR 2.30, 95% CI 1.05; 5.02].")
    assert [(e.endpoint_text, e.covariate) for e in extract_estimates(text)] == [
        ("readmission", "frailty score 6/9"), ("readmission", "oxygen saturation <92%")]


def test_round38_one_cell_per_line_table_after_a_separator_and_footnote_letter() -> None:
    # a web table printed one cell per line that starts at "|---|" after lines of "|" (no line of three "|"), its header
    # cells "Relative Riska (95% CI)" with a footnote's letter glued to the ratio's name (before: nothing read)
    text = ("| |\nSite A\n|\nSite B\n|\nSite C\n|\n|---|\n|\nRelative Riska (95% CI)\n|\nRelative Riska (95% CI)\n|\n"
            "Relative Riska (95% CI)\n|\n|---|\n|\nMaternal age\n|\n|\n< 20\n|\n1.12 (1.01, 1.24)\n|\n1.15 (1.06, "
            "1.25)\n|\n1.04 (0.90, 1.20)\n|\n|\n20\u201335\n|\nreference\n|\nreference\n|\nreference\n|\n")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        ("RR", 1.12, 1.01, 1.24), ("RR", 1.15, 1.06, 1.25), ("RR", 1.04, 0.9, 1.2)]


def test_round38_confidence_limits_and_footnotes_under_a_header() -> None:
    # "(95% CL)": confidence limits, the CI; the table's footnote lines between its header and its rows ("*LBW, birth
    # weight less than 2500 g.", "‡Adjusted for …") neither end the table nor join its header (before: nothing read)
    text = ("Table 4\n\nOdds ratios for birth outcomes\n\n"
            "Events/total (%)Events/total (%)OR (crude) (95% CL)OR (adjusted\u2021) (95% CL)\n"
            "*LBW, birth weight less than 2500 g.\n\u2021Adjusted for maternal age and parity.\n"
            "LBW*5/90 (5.6)10/240 (4.2)1.3 (0.4\u20134.0)1.6 (0.5\u20135.9)\n"
            "Preterm birth**7/90 (7.8)13/240 (5.4)1.5 (0.6\u20133.8)1.9 (0.7\u20134.9)\n")
    assert [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level) for e in extract_estimates(text)] == [
        ("OR", 1.3, 0.4, 4.0, 95.0), ("OR", 1.6, 0.5, 5.9, 95.0), ("OR", 1.5, 0.6, 3.8, 95.0),
        ("OR", 1.9, 0.7, 4.9, 95.0)]



def test_round38_abbreviation_before_a_semicolon_list_and_value_semicolon_bracket() -> None:
    # "… were 0.91 (95%CI …) for thromboembolic events (TEEs); 1.15 (95%CI …) for …, and 0.78 (…) for mortality": an
    # item's abbreviation in brackets before ';' (before: the list stopped at the first item)
    text = ("Adjusted hazard ratios (HRs) [95% confidence interval (CI)] for drug A users, compared with drug B, were "
            "0.91 (95%CI 0.68-1.22) for thromboembolic events (TEEs); 1.15 (95%CI 0.80-1.66) for cardiovascular "
            "events, and 0.78 (95%CI 0.71-0.85) for mortality.")
    assert [(e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        (0.91, 0.68, 1.22), (1.15, 0.8, 1.66), (0.78, 0.71, 0.85)]
    # "stillbirths (1.6;(1.3-1.9))": the value, a semicolon, then its CI's bracket
    text = ("Anaemia increased the risk of neonatal deaths (RR 1.2 (1.0-1.4)). The risk of stillbirths (1.6;(1.3-1.9)) "
            "and of neonatal deaths (1.8;(1.4-2.3)) was highest when both co-existed.")
    assert [(e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)][1:] == [(1.6, 1.3, 1.9), (1.8, 1.4, 2.3)]


def test_round38_relative_hazard_abbreviated_rh() -> None:
    # "relative hazard [RH] 1.52, …; … (RH 1.30, CI …)": the text's abbreviation of a relative hazard (before: the
    # abbreviated ones were not read)
    text = ("Female caregivers placed their spouses more often (relative hazard [RH] 1.52, CI 1.05 to 2.20, P = 0.03). "
            "Other predictors of placement were patient age (RH 1.30, CI 1.04 to 1.62, P = 0.02) and caregiver "
            "depression (RH 1.06 CI 1.02 to 1.10, P = 0.001).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)] == [
        ("HR", 1.52, 1.05, 2.2), ("HR", 1.3, 1.04, 1.62), ("HR", 1.06, 1.02, 1.1)]
    # relative humidity is no ratio
    assert extract_estimates("The room was kept at RH 60.5% and 22 C; the relative hazard was not estimated.") == []


def _populations_of(text: str) -> list[tuple[str, float | None, str, str | None]]:
    return [(e.measure, e.value, e.population_kind, e.population_detail) for e in extract_estimates(text)]


def test_round39_a_mixed_case_section_label_does_not_hide_the_opening_group() -> None:
    # "Results: In patients with X, the HR …": the label in mixed case is read as "RESULTS:" is, so the clause's
    # group is the estimate's subgroup (before: the label stopped the opener, and the subgroup read as overall)
    text = ("Methods: Tumour mutational burden was measured in 612 of 1,020 patients. Results: In patients with TMB "
            "\u2265 16 mutations/Mb, the OS hazard ratio was 0.61 (95% CI, 0.42\u20130.89), and in those with TMB "
            "< 16 it was 0.89 (95% CI, 0.72\u20131.10).")
    assert _populations_of(text) == [("HR", 0.61, "subgroup", "TMB \u2265 16 mutations/Mb"),
                                     ("HR", 0.89, "subgroup", "TMB < 16")]


def test_round39_a_counted_opening_group_of_the_first_result_is_the_sample() -> None:
    # "Among 5,880 children with bronchiolitis, …" opening the first result: everyone the study counted, not a part
    # of it (the words are not in the Methods, but a count names the sample)
    text = ("DESIGN: Retrospective cohort in 14 emergency departments. RESULTS: Among 5,880 children with "
            "bronchiolitis, high-flow oxygen was associated with ICU admission (aOR 2.31; 95% CI, 1.88\u20132.84).")
    assert [x[2] for x in _populations_of(text)] == ["overall"]
    # without a count, a group the Methods never name is still a part of the study
    text = ("Design: Retrospective cohort in 14 emergency departments. Results: Among children with bronchiolitis, "
            "high-flow oxygen was associated with ICU admission (aOR 2.31; 95% CI, 1.88\u20132.84).")
    assert [x[2] for x in _populations_of(text)] == ["subgroup"]


def test_round39_tumour_groups_open_a_subgroup() -> None:
    # "In MGMT-methylated tumours, median OS was …", "In PD-L1 CPS ≥ 5 tumours, the OS HR was …": parts of the trial
    text = ("Results: Median OS was 9.6 months with drug A and 7.8 months with radiotherapy alone (HR 0.71; 95% CI "
            "0.57-0.88). In MGMT-methylated tumours, median OS was 13.2 versus 7.9 months (HR 0.53; 95% CI 0.38-0.74). "
            "In PD-L1 CPS \u2265 5 tumours, the OS HR was 0.74 (95% CI 0.63-0.87).")
    assert _populations_of(text) == [("median", 9.6, "overall", None), ("median", 7.8, "overall", None),
                                     ("HR", 0.71, "overall", None),
                                     ("median", 13.2, "subgroup", "MGMT-methylated tumours"),
                                     ("median", 7.9, "subgroup", "MGMT-methylated tumours"),
                                     ("HR", 0.53, "subgroup", "MGMT-methylated tumours"),
                                     ("HR", 0.74, "subgroup", "PD-L1 CPS \u2265 5 tumours")]


def _ratios_of(text: str) -> list[tuple[str, float | None, float | None, float | None]]:
    return [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text) if e.measure != "median"]


def test_round39_a_factor_label_with_its_unit_keeps_a_ratio_table_s_rows() -> None:
    # "Age, years" over "18–49 | 1 (ref)" and "50–59 | 2.18 (0.85–5.56)": the unit names the factor's levels, and the
    # reference cell shows the rows are ratios (before: the unit made the rows another statistic's, none read)
    text = ("Table 3 Prognostic factors for death (n = 697)\n\nHR (95%CI)\n\nHR (95%CI)\n\nP value\n\nAge, years\n\n"
            " 18\u201349\n\n1 (ref)\n\n1 (ref)\n\n 50\u201359\n\n2.18 (0.85\u20135.56)\n\n1.60 (0.61\u20134.23)\n\n"
            "0.25\n")
    assert _ratios_of(text) == [("HR", 2.18, 0.85, 5.56), ("HR", 1.60, 0.61, 4.23)]
    # a row label naming a time's unit without a reference cell still marks the rows as another statistic's
    text = ("Table 3 Outcomes\n\nHR (95%CI)\n\nLength of stay, days\n\n 50\u201359\n\n2.18 (0.85\u20135.56)\n")
    assert _ratios_of(text) == []


def test_round39_a_ratio_cell_glued_to_the_p_or_the_count_before_it() -> None:
    # a page that glued a table's cells: "0.62 (0.38–0.99).040.57 (0.33–0.96)" is P .04 then OR 0.57 with its CI;
    # "Nivolumab30.79 (0.53, 1.18)0.2490.82 (…)" is 3 trials, HR 0.79, P 0.249, HR 0.82 (the ratio takes the
    # fewest leading digits that put it inside its CI)
    text = ("TABLE 2\n\nPrimary and Secondary Outcomes\n\nOutcomeControl Group (n = 143)Study Group (n = 148)"
            "Unadjusted Odds Ratio (95% CI)PAdjusted Odds Ratio (95% CI)a\n MV within 72 h 93 (65)79 (53)"
            "0.62 (0.38\u20130.99).040.57 (0.33\u20130.96)\n BPDb50 (35)57 (39)1.17 (0.80\u20131.71)d.421.14 "
            "(0.78\u20131.69)d\n")
    assert _ratios_of(text) == [("OR", 0.62, 0.38, 0.99), ("OR", 0.57, 0.33, 0.96), ("OR", 1.17, 0.80, 1.71),
                                ("OR", 1.14, 0.78, 1.69)]
    text = ("Table 2\n\n(a) Pooled hazard ratios of overall survival by subgroup\n\nAnalysisNRandom-effects modelFixed-"
            "effects model\nHR (95% CI)PHR (95% CI)P\n\nNivolumab30.79 (0.53, 1.18)0.2490.82 (0.69, 0.98)0.028\n"
            "Pembrolizumab30.54 (0.42, 0.68)\u22640.0010.55 (0.46, 0.66)\u22640.001\n")
    assert _ratios_of(text) == [("HR", 0.79, 0.53, 1.18), ("HR", 0.82, 0.69, 0.98), ("HR", 0.54, 0.42, 0.68),
                                ("HR", 0.55, 0.46, 0.66)]


def _median_units_of(text: str) -> list[tuple[float | None, str | None]]:
    return [(e.value, e.unit) for e in extract_estimates(text) if e.measure == "median"]


def test_round39_quicker_to_names_an_outcome_time() -> None:
    # "the catheter was quicker to place (median 3 min, range 1-45 min, compared with median 10 min, …)": the time
    # to place it is the outcome (before: no outcome word, so no median was read)
    text = ("The spinal catheter was quicker to place (median 3 min, range 1-45 min, compared with median 10 min, "
            "range 1.5-50 min) and spinal anaesthesia was quicker to establish (median 20 min, range 10-46 min "
            "compared with median 48 min, range 15-59 min).")
    assert _median_units_of(text) == [(3.0, "minutes"), (10.0, "minutes"), (20.0, "minutes"), (48.0, "minutes")]
    # without the median's word, a pair of times after "quicker to …" is read as no median (nothing says which
    # statistic they are)
    assert _median_units_of("The catheter was quicker to place (3 min vs 10 min).") == []


def test_round39_a_one_column_table_of_median_times() -> None:
    # "Characteristic, median (range)" over one cohort's rows glued to their labels ("Time to onset, days3 (1–22)",
    # "…, days7.5 (1–66)*"): each row naming an outcome's time is a median; age is not
    text = ("Table 5\n\nCRS characterization\n\nCharacteristic, median (range)Patients with CRS (N=108)\n"
            "Time to onset, days3 (1\u201322)\nAge, years62 (30\u201380)\nDuration of ICU stay, days7.5 (1\u201366)*\n")
    assert _median_units_of(text) == [(3.0, "days"), (7.5, "days")]


def test_round39_equivalent_values_in_another_group() -> None:
    # "Equivalent values in men were 1.5(0.9 –2.3), 1.6(…)": the last ratios' counterparts in men (before: the bare
    # values after "values … were" were read as nothing)
    text = ("In women, multifactorially adjusted hazard ratios for myocardial infarction were 1.1 (0.6-1.9) and 1.7 "
            "(1.0-3.1) for levels of 5-29 and 30-84 mg/dL versus levels <5 mg/dL. Equivalent values in men were "
            "1.5(0.9 \u20132.3) and 1.6(1.0 \u20132.6).")
    assert _populations_of(text) == [("HR", 1.1, "subgroup", "women"), ("HR", 1.7, "subgroup", "women"),
                                     ("HR", 1.5, "subgroup", "men"), ("HR", 1.6, "subgroup", "men")]


def test_round39_a_row_s_time_cells_are_no_ratios_of_its_ratio_column() -> None:
    # "Patients with event | Time to event, days | HR (95% CI)" glued over "80.0 (18.0–245.0)71.0 (19.0–200.0)0.886
    # (0.802–0.980)": the times' cells are ten times past the ratio's limits, no ratios (before: HR 80.0, HR 71.0)
    text = ("Table 2 Time to first exacerbation\nPatients with eventTime to event daysHR (95% CI)Two-sided p-value\n"
            "All patients\n First717 (46.6)821 (52.8)80.0 (18.0\u2013245.0)71.0 (19.0\u2013200.0)0.886 "
            "(0.802\u20130.980)0.0185\n")
    assert _ratios_of(text) == [("HR", 0.886, 0.802, 0.98)]
    # two model columns of large odds ratios stay
    text = ("Table 3 Risk factors\nVariableUnadjusted OR (95% CI)Adjusted OR (95% CI)\nSmoking 12.3 (3.1\u201348.2) "
            "10.8 (2.5\u201345.1)\n")
    assert _ratios_of(text) == [("OR", 12.3, 3.1, 48.2), ("OR", 10.8, 2.5, 45.1)]


def test_round39_a_pipe_header_printed_one_cell_per_line() -> None:
    # each header cell on a line of its own ending with "|", then "---|---|…": one header row, so the ratio column is
    # known from the first row (before: the HR read as a third median, and survival rates in percent as HRs)
    text = ("Table 2. Survival in the intention-to-treat population.\nEfficacy Variable | Drug A (N = 431) |\n"
            "Drug B (N = 430) |\nHazard Ratio (95% CI)* |\nP Value |\n---|---|---|---|---|\n"
            "Median overall survival \u2014 mo (95% CI) | 8.5 (7.9\u20139.5) | 6.7 (6.0\u20137.2) | 0.72 "
            "(0.62\u20130.83) | <0.001 |\nSurvival rate \u2014 % (95% CI) | ||||\n6 mo | 67 (62\u201371) | "
            "55 (50\u201360) | <0.001 | |\n")
    found = [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text)]
    assert found == [("median", 8.5, 7.9, 9.5), ("median", 6.7, 6.0, 7.2), ("HR", 0.72, 0.62, 0.83)]


def test_round39_a_table_of_previous_studies() -> None:
    # a glued header that ends with "Ref." is no sentence (before: the full stop ended the table, no row was read);
    # a caption saying the table summarises previous studies makes every row another study's result
    text = ("Table 1.\n\nSummary of previous studies on disparity of mortality in cancer\n\n"
            "Cancer typeTreatmentGroups (no. samples)Major findingsOR (95% CI)/PRef.\n"
            "Breast cancerNot definedA (185) and B (10,937)Overall survival favored B2.27 (1.82-2.84)(46)\n"
            "Colon cancerSurgeryA (454) and B (521)Higher risk of death among A1.2 (1.1-1.5)(53)\n")
    found = [(e.measure, e.value, e.ci_low, e.ci_high, e.context) for e in extract_estimates(text)]
    assert found == [("OR", 2.27, 1.82, 2.84, "background"), ("OR", 1.2, 1.1, 1.5, "background")]
    # the same table of the text's own analyses stays its result
    found = [e.context for e in extract_estimates(text.replace("Summary of previous studies", "Summary of analyses"))]
    assert found == ["result", "result"]


def test_round39_a_footnote_declares_a_one_cell_per_line_table_s_medians() -> None:
    # "Results of the quantitative variables are expressed in medians and ranges" under a table printed one cell per
    # line: a label naming an outcome's time and its unit ("ICU length of stay, days, n") gives one median per group
    text = ("Table 2 Outcomes\n\nEarly N = 245\n\nLate N = 244\n\nP-value\n\nICU length of stay, days, n\n\n"
            "22 (6 to 101)\n\n22.5 (6 to 174)\n\n0.3088\n\nMaximum PEEP, n\n\n7 (0 to 16)\n\n7 (3 to 16)\n\n0.9473\n\n"
            "1. Results of the quantitative variables are expressed in medians and ranges.\n")
    assert _median_units_of(text) == [(22.0, "days"), (22.5, "days")]
    # without the footnote nothing says the cells are medians
    assert _median_units_of(text.rsplit("1. Results", 1)[0]) == []


def test_round39_a_glued_table_of_ratios_without_ci_and_their_p() -> None:
    # "RiskaRelative RiskPb" over rows glued to their labels and Ps ("Age >60 y3.480.0001"): the ratio is told apart
    # from its P by the P's leading zero; a reference row gives nothing
    text = ("Table 3.\n\nResults of the Cox analysis for hemodialysis\n\nRiskaRelative RiskPb\n"
            "a DM, diabetes mellitus.\nAge <45 y1.00Reference group\nAge 45\u201360 y1.570.13\n"
            "Age >60 y3.480.0001\nCVD history1.200.13\n")
    found = [(e.measure, e.value, e.p_value) for e in extract_estimates(text)]
    assert found == [("RR", 1.57, 0.13), ("RR", 3.48, 0.0001), ("RR", 1.2, 0.13)]
    # a header that names no ratio reads no such row
    assert extract_estimates(text.replace("Relative Risk", "Mean value")) == []


def test_round39_a_count_with_its_thousands_comma_is_no_bare_ci() -> None:
    # "Event PYs … HR 95% CI p value" over "Both HTN and HPL 126 24,637 0.90 0.65–1.24 0.514": 126 events in 24,637
    # person-years, then the ratio (before: HR 126 with "CI" 24 to 637, and the row's ratio lost)
    text = ("Table 3 Sensitivity analysis\n   Event PYs Adjusted model\n   HR 95% CI p value\n"
            "DM cohort Both HTN and HPL 126 24,637 0.90 0.65\u20131.24 0.514\nHTN only 124 11,533 1.16 0.85\u20131.59 "
            "0.359\n")
    assert _ratios_of(text) == [("HR", 0.9, 0.65, 1.24), ("HR", 1.16, 0.85, 1.59)]


def test_round39_a_ci_level_with_its_percent_sign_after_the_letters() -> None:
    # "(95 CI%)": the key of a list of ratios at time points (before: "95" read as an HR, the list lost)
    text = ("Time in HE was an independent risk factor for mortality, hazard ratio (HR) (95 CI%) 28 days 2.59 "
            "(1.39\u20134.84); 90 days 1.98 (1.28\u20133.1) and 365 days 1.5 (1.08\u20132.19).")
    assert _ratios_of(text) == [("HR", 2.59, 1.39, 4.84), ("HR", 1.98, 1.28, 3.1), ("HR", 1.5, 1.08, 2.19)]


def test_round39_an_end_point_s_time_from_before_to_after() -> None:
    # "increased disease-free survival from 5.5 months to 11.4 months compared with placebo": each group's time to
    # the event, read as its median and marked so (before: the text held no cue the quick look knew)
    found = extract_estimates("In a trial of 171 patients, sunitinib increased disease-free survival from 5.5 months "
                              "to 11.4 months compared with placebo.")
    assert [(e.measure, e.value, e.endpoint) for e in found] == [("median", 5.5, "DFS"), ("median", 11.4, "DFS")]
    assert all("not called a median" in (e.note or "") for e in found)
    # a rate's change is no time
    assert extract_estimates("Five-year survival increased from 55% to 70% with the drug.") == []


def test_round39_a_table_caption_names_its_ratios_end_point() -> None:
    # "Table 3 Prognostic factors for mortality in …": the rows' ratios are of mortality (before: unknown); two rows
    # that print the same ratio ("CTLA-4", then its one drug) are two estimates
    text = ("Table 3 Prognostic factors for mortality in patients with lymphoma (n = 697)\n"
            "Factor Unadjusted HR (95% CI) Adjusted HR (95% CI)\nMale 1.05 (0.81\u20131.37) 1.01 (0.77\u20131.33)\n"
            "Older 1.05 (0.81\u20131.37) 1.01 (0.77\u20131.33)\n")
    found = [(e.value, e.endpoint, e.endpoint_text) for e in extract_estimates(text)]
    assert found == [(1.05, "OS", "mortality"), (1.01, "OS", "mortality"), (1.05, "OS", "mortality"),
                     (1.01, "OS", "mortality")]
    # a caption that names two end points names neither row's
    text2 = text.replace("for mortality", "for mortality and relapse-free survival")
    assert {e.endpoint for e in extract_estimates(text2)} == {"unknown"}


def test_round39_words_a_line_end_split_with_a_hyphen() -> None:
    # "95% confi- dence interval", "haz- ard ratio": words of an estimate a PDF's line end split, read whole
    text = ("After matching, bystander BLS was associated with greater survival (odds ratio (OR) [95% confi- dence "
            "interval (CI)] = 1.77 [1.58-1.98]). The haz- ard ratio for death was 0.80 (95% CI 0.70-0.90).")
    assert _ratios_of(text) == [("OR", 1.77, 1.58, 1.98), ("HR", 0.8, 0.7, 0.9)]
    # other words split so stay as printed ("pre- and post-operative")
    text = "The pre- and post-operative risk ratio was 1.20 (95% CI 1.05-1.37)."
    assert _ratios_of(text) == [("RR", 1.2, 1.05, 1.37)]


def test_round39_die_and_long_term_survival_are_overall_survival() -> None:
    # "more likely to die (HR …)", "long-term survival (HR …)": death from any cause, survival (before: other)
    from trialink._measures import endpoint_of
    assert endpoint_of("more likely to die") == "OS"
    assert endpoint_of("long-term survival") == "OS"
    assert endpoint_of("greater survival") == "OS"
    # one cause's death, or a survival that is "-free" or "-specific", stays other
    assert endpoint_of("cancer-specific survival") == "other"
    assert endpoint_of("long-term graft survival") == "other"


def test_round39_a_footnote_letter_names_its_cells_measure() -> None:
    # a table of odds ratios whose cells "1.17 (0.80–1.71)d" carry a footnote letter; the footnote "d Unadjusted hazard
    # ratio (95% confidence interval)." makes those cells hazard ratios (before: odds ratios, the header's)
    text = ("TABLE 2\n\nOutcomes\n\nOutcomeControl (n = 143)Study (n = 148)Unadjusted Odds Ratio (95% CI)PAdjusted "
            "Odds Ratio (95% CI)\n Surfactant 110 (77)109 (74)0.84 (0.49\u20131.43).520.88 (0.50\u20131.56)\n"
            " Death12 (8)17 (11)1.37 (0.66\u20132.88)d.401.39 (0.66\u20132.93)d\n"
            "  \u2022 d Unadjusted hazard ratio (95% confidence interval).\n")
    assert _ratios_of(text) == [("OR", 0.84, 0.49, 1.43), ("OR", 0.88, 0.5, 1.56), ("HR", 1.37, 0.66, 2.88),
                                ("HR", 1.39, 0.66, 2.93)]


def test_round39_a_cell_s_own_ratio_name_wins_over_its_column_s() -> None:
    # "| RR, 0.87 (0.71 to 1.07) |" in a column its header calls a hazard ratio: the cell's own name wins
    text = ("| Outcome | Prone (n = 150) | Control (n = 150) | Hazard ratio (95% CI) | P |\n|---|---|---|---|---|\n"
            "| Death at 30 d | 40 (27) | 48 (32) | 0.81 (0.59 to 1.12) | .19 |\n"
            "| Intubation within 30 d | 50 (33) | 57 (38) | RR, 0.87 (0.71 to 1.07) | .19 |\n")
    assert _ratios_of(text) == [("HR", 0.81, 0.59, 1.12), ("RR", 0.87, 0.71, 1.07)]


def test_round39_a_propensity_matched_cohort_is_no_subgroup() -> None:
    # "In the propensity score-matched cohort, …": the comparison adjusted by matching, its words kept as the detail
    text = ("Results: Median OS was 20.1 months with surgery and 14.3 months without (HR 0.70, 95% CI 0.60-0.82). In "
            "the propensity score-matched cohort, the HR was 0.75 (95% CI 0.62-0.91).")
    assert _populations_of(text)[-1] == ("HR", 0.75, "overall", "propensity score-matched")
    # a clinical subgroup stays one
    text2 = text.replace("the propensity score-matched cohort", "patients with stage III disease")
    assert _populations_of(text2)[-1] == ("HR", 0.75, "subgroup", "stage III disease")


def test_round39_a_follow_up_after_a_long_bracket_is_no_median_of_an_outcome() -> None:
    # "Median (first quartile, third quartile) follow-up was 5.0 (…) and 3.7 (…) years": follow-up, not an outcome
    text = ("Median (first quartile, third quartile) follow-up was 5.0 (2.2, 5.0) and 3.7 (1.5, 5.0) years for CPAP "
            "and standard care, respectively.")
    assert extract_estimates(text) == []
    # an outcome's median after such a bracket stays
    text = ("Median (first quartile, third quartile) overall survival was 5.0 (2.2, 5.0) and 3.7 (1.5, 5.0) years for "
            "CPAP and standard care, respectively.")
    assert [(e.measure, e.value) for e in extract_estimates(text)] == [("median", 5.0), ("median", 3.7)]


def test_round39_time_to_a_drug_given_from_onset_is_care_not_an_outcome() -> None:
    # "Median time to tocilizumab treatment from onset of symptoms was 11 days": when care was given, no outcome
    assert extract_estimates("Median time to tocilizumab treatment from onset of symptoms was 11 days [interquartile "
                             "range (IQR) 8\u201314].") == []
    # "time to treatment failure", "time to next treatment": outcomes
    assert _median_units_of("Median time to treatment failure was 11 months in A and 8 months in B.") == [
        (11.0, "months"), (8.0, "months")]
    assert _median_units_of("Median time to next treatment was 11 months (95% CI 9-13) with A.") == [(11.0, "months")]


def _ratio_cis_of(text: str) -> list[tuple[object, ...]]:
    return [(e.measure, e.value, e.ci_low, e.ci_high) for e in extract_estimates(text) if e.measure != "median"]


def test_round40_a_value_rounded_to_its_lower_limit_keeps_its_bare_ci() -> None:
    # "(adjusted OR 1.01, 1.01-1.02, P = 0.001)": the value equals its rounded lower limit; before, "1.01, 1.01" was
    # read as two ratios without CI
    text = ("Resistance rose with each prescription in the previous year (adjusted OR 1.01, 1.01-1.02, P = 0.001) and "
            "with exposure within 2 months (adjusted OR 1.95, 1.08-3.49, P = 0.03).")
    assert _ratio_cis_of(text) == [("OR", 1.01, 1.01, 1.02), ("OR", 1.95, 1.08, 3.49)]
    # a value outside the bare range stays without one
    assert _ratio_cis_of("Risk was higher (adjusted OR 1.40, 1.01-1.02, P = 0.001).")[0] == ("OR", 1.4, None, None)


def test_round40_a_ci_parted_from_its_ratio_by_a_full_stop() -> None:
    # a device summary's line "HR = 0.80. 95% CI (0.68, 0.95)": the full stop stands for a comma, no sentence ends
    assert _ratio_cis_of("Composite of death or heart failure event\nHR = 0.80. 95% CI (0.68, 0.95)\n") == [
        ("HR", 0.8, 0.68, 0.95)]
    # a sentence that goes on with a share of patients is no CI
    assert _ratio_cis_of("The HR was 0.80. 95% of patients completed follow-up (0.68, 0.95).") == [
        ("HR", 0.8, None, None)]


def test_round40_a_glued_median_row_whose_label_holds_a_number() -> None:
    # "Time from onset to grade 4 event, days4.5 (1–18)": a number inside the label ("grade 4") before the unit
    text = ("Table 4\n\nCharacteristic, median (range)Patients with events (N=90)\n"
            "Time to onset, days3 (1\u201322)\n"
            "Time from onset to grade 4 event, days4.5 (1\u201318)\n")
    assert _medians_of(text) == [(3.0, None, None, None, "days"), (4.5, None, None, None, "days")]


def test_round40_a_sub_row_printed_again_under_another_parent_row_is_read_again() -> None:
    # the same sub-row ("Time to onset, days3 (1–22)") under two parent rows gives two medians; a table printed twice
    # (the same row after the same line) still gives its rows once
    text = ("Table 4\n\nCharacteristic, median (range)Patients (N=90)\n"
            "Time to onset, days3 (1\u201322)\n"
            "Fever, n (%)80 (89)\n"
            " Time to onset, days3 (1\u201322)\n"
            " Duration of fever, days6 (1\u201336)\n")
    assert [m[0] for m in _medians_of(text)] == [3.0, 3.0, 6.0]
    head = "Table 4\n\nCharacteristic, median (range)Patients (N=90)\n"
    rows = "Time to onset, days3 (1\u201322)\nDuration of stay, days7.5 (1\u201366)\n"
    assert [m[0] for m in _medians_of(head + rows + "\n" + head + rows)] == [3.0, 7.5]


def test_round40_time_to_a_score_change_or_next_treatment_is_an_outcome_row() -> None:
    # "Median time to score degradation — mo | 11.1 | 11.1 |": a time to an event of a score, both groups' cells
    # read (the same value twice); before, the word "score" made it no median
    text = ("| End point | Drug (N = 900) | Placebo (N = 450) | Hazard ratio (95% CI) |\n|---|---|---|---|\n"
            "| Median time to score degradation \u2014 mo | 11.1 | 11.1 | 0.92 (0.79\u20131.08) |\n"
            "| Median time to next treatment \u2014 mo | 30.2 | 20.5 | 0.61 (0.50\u20130.74) |\n"
            "| Median score at baseline \u2014 points | 11.1 | 11.4 | \u2014 |\n")
    assert [m[0] for m in _medians_of(text)] == [11.1, 11.1, 30.2, 20.5]


def test_round40_a_time_to_abbreviation_names_an_outcome_time() -> None:
    # "The overall median TTS was 4 days (IQR: 2-10)": an abbreviation "TT…" is a time to an event, even undefined
    assert _median_units_of("The overall median TTS was 4 days (IQR: 2-10) for survivors.") == [(4.0, "days")]
    # a transthoracic echo (TTE) is none
    assert _median_units_of("The median TTE was 4 days (IQR: 2-10) after admission.") == []


def test_round40_time_spent_in_a_state_is_an_outcome_time() -> None:
    # "Median (IQR 25–75) time in HE was 48 h (24–96 h)": the time spent in hepatic encephalopathy
    assert _median_units_of("Median (IQR25\u201375) time in HE was 48 h (24\u201396 h) in the whole cohort.") == [
        (48.0, "hours")]
    # a share of time in range is none
    assert _median_units_of("Median time in range was 62% (48\u201371) in the whole cohort.") == []


def test_round40_survival_misnamed_rates_with_a_time_unit_are_medians() -> None:
    # "Median overall survival (OS) rates were 21.6 and 13.9 months": medians so misnamed (a list of times)
    text = ("Median overall survival (OS) rates were 21.6 and 13.9 months with and without drug A respectively "
            "(p < 0.0001).")
    assert [(e.value, e.unit, e.endpoint, e.endpoint_text) for e in extract_estimates(text)] == [
        (21.6, "months", "OS", "overall survival (OS)"), (13.9, "months", "OS", "overall survival (OS)")]
    # survival rates in percent stay no medians
    assert extract_estimates("Overall survival rates were 61% and 48% at 2 years with and without drug A.") == []


def test_round40_glued_row_medians_under_a_time_column_before_the_ratio() -> None:
    # a header with one column of times and its unit glued to the ratio's ("Patients with eventTime to event
    # daysHR (95% CI)Two-sided p-value"); each row: counts (%), the groups' medians (range), the HR (CI), P; the
    # document declares its data medians. The two range cells are medians; before, they were dropped
    text = ("Table 2 Time to first or second relapse by subgroup\n"
            "Patients with eventTime to event daysHR (95% CI)Two-sided p-value\n"
            "All patients\n"
            " First517 (41.2)611 (48.9)92.0 (21.0\u2013250.0)77.5 (19.0\u2013210.0)0.861 (0.772\u20130.961)0.0081\n"
            " Second203 (16.2)262 (21.0)181.0 (80.0\u2013301.0)160.0 (71.0\u2013280.0)0.802 (0.668\u20130.962)0.0176\n"
            "  \u2022 Data are n (%) or median (range), unless otherwise stated.\n")
    found = [(e.measure, e.value, e.ci_low, e.unit, e.endpoint_text) for e in extract_estimates(text)]
    ep = "Time to first or second relapse"
    assert found == [("median", 92.0, None, "days", ep), ("median", 77.5, None, "days", ep),
                     ("HR", 0.861, 0.772, None, ep), ("median", 181.0, None, "days", ep),
                     ("median", 160.0, None, "days", ep), ("HR", 0.802, 0.668, None, ep)]
    # without the declaration that the data are medians, the range cells are not read
    assert [e.measure for e in extract_estimates(text.replace(" or median (range)", ""))] == ["HR", "HR"]


def test_round40_an_abbreviation_in_its_own_bracket_then_a_comma_and_the_value() -> None:
    # "(relative ratio (RR), 0.91; 95% CI, 0.86 to 0.97)": the measure's name garbled, its abbreviation in a bracket
    # of its own, then a comma and the value (before: only "= value" or a value right after the bracket)
    text = ("Low-dose steroids reduced 28-day mortality (relative ratio (RR), 0.91; 95% confidence interval (CI), 0.86 "
            "to 0.97; I2=0%) and ICU mortality (RR, 0.87; 95%CI, 0.79 to 0.95).")
    assert _ratio_cis_of(text) == [("RR", 0.91, 0.86, 0.97), ("RR", 0.87, 0.79, 0.95)]
    # an abbreviation that names something else stays no ratio: "the interval between beats (RR), 0.91 s"
    assert extract_estimates("The interval between beats (RR), 0.91 s, was shorter in group A.") == []


def _contexts_of(text: str) -> list[tuple[object, ...]]:
    return [(e.measure, e.value, e.context) for e in extract_estimates(text)]


def test_round40_a_heading_glued_to_the_sentence_before_opens_its_section() -> None:
    # "… time to treated OUD.Results: We identified …": a web page dropped the space after the full stop; the
    # results are the study's own (before: the whole text stayed in its Background)
    text = ("Background: Long-term opioid use has been linked to harm. We studied time to treated OUD.Methods: A "
            "cohort study of new users.Results: Compared with <20 MME, a daily dose >200 MME was associated with "
            "treated OUD (HR 4.15, 95% CI 2.89-5.97).")
    assert _contexts_of(text) == [("HR", 4.15, "result")]


def test_round40_summary_then_key_messages_headings() -> None:
    # "Summary:" as some journals head the part of an abstract with its methods and results, "Key Messages:" its
    # conclusions
    text = ("Background: Benzodiazepines may raise the risk of dementia. Summary: We pooled 10 observational studies. "
            "Odds of dementia were higher in users (OR 1.78, 95% CI 1.33-2.38). Key Messages: Use may raise the risk.")
    assert _contexts_of(text) == [("OR", 1.78, "result")]


def test_round40_a_heading_on_a_line_or_a_paragraph_of_its_own() -> None:
    # "RESULTS" as a paragraph of its own (a blank line after it), and a review's mixed-case headings on their own
    # lines ("Main results"): the text after them is the study's results
    text = ("BACKGROUND\n\nLarge studies of nonoperative management are lacking.\n\nRESULTS\n\nThe odds of "
            "nonoperative management increased each quarter (OR 1.10, 95% CI 1.05-1.15).\n\nCONCLUSIONS\n\nIts use is "
            "growing.")
    assert _contexts_of(text) == [("OR", 1.1, "result")]
    text = ("Background\nProbiotics may prevent pneumonia in the ICU.\nSearch methods\nWe searched three databases.\n"
            "Main results\nWe included eight trials. Probiotics reduced pneumonia (OR 0.70, 95% CI 0.52 to 0.95).\n"
            "Authors' conclusions\nThe evidence is of low quality.")
    assert _contexts_of(text) == [("OR", 0.7, "result")]


def test_round40_html_line_breaks_part_the_sections() -> None:
    # "… in 2013-2014. <br><br>RESULTS: The prevalence …": a web page's <br> tags are the line breaks they print
    text = ("PURPOSE: This study examined trends in opioid use. <br><br>METHODS: Data were from a national survey. "
            "<br><br>RESULTS: Use increased from 4.1% to 6.8% (odds ratio [OR] = 1.38, 95% confidence interval [CI] = "
            "1.10-1.75, P = .007).")
    assert _contexts_of(text) == [("OR", 1.38, "result")]


def test_round40_row_labels_of_a_table_whose_first_column_holds_the_outcomes() -> None:
    # "Type of eventUnadjusted HR (95% CI)PaHR* (95% CI)P" over "All-cause mortality 0.67 (…) <.0001 0.73 (…) <.0001":
    # the row's label is its ratios' end point (before: unknown); a footnote's mark after the label is dropped
    text = ("Table 6.\n\nHazard ratios for drug A versus drug B (reference group)\n\n"
            "Type of eventUnadjusted HR (95% CI)PaHR* (95% CI)P\n"
            "All-cause mortality 0.67 (0.58-0.77) <.0001 0.73 (0.62-0.85) <.0001\n"
            "Any bleed 0.85 (0.75-0.96) .008 0.85 (0.73-0.98) .024\n"
            "Stroke\u2020 1.12 (0.80-1.57) .51 1.09 (0.76-1.56) .64\n")
    assert [(e.value, e.endpoint, e.endpoint_text) for e in extract_estimates(text)] == [
        (0.67, "OS", "All-cause mortality"), (0.73, "OS", "All-cause mortality"),
        (0.85, "safety", "Any bleed"), (0.85, "safety", "Any bleed"),
        (1.12, "other", "Stroke"), (1.09, "other", "Stroke")]
    # a table of factors ("Variable") keeps its rows' labels as no end points
    text2 = text.replace("Type of event", "Variable")
    assert {e.endpoint for e in extract_estimates(text2)} == {"unknown"}


def test_round40_a_glued_footnote_letter_after_an_outcome_row_label() -> None:
    # "Deathc12 (8)17 (11)1.37 (0.66–2.88)": the footnote's letter "c" glued between the label and the first count
    text = ("TABLE 2\n\nPrimary and Secondary Outcomes\n\nOutcomeControl Group (n = 140)Study Group (n = 150)Odds "
            "Ratio (95% CI)P\nDeathc12 (8)17 (11)1.37 (0.66\u20132.88).40\n")
    assert [(e.value, e.endpoint, e.endpoint_text) for e in extract_estimates(text)] == [(1.37, "OS", "Death")]


def test_round40_a_row_named_by_its_measure_takes_the_outcome_named_above_it() -> None:
    # an outcome's sub-header line ("Time to first exacerbation of any severity"), or its events' count row
    # ("Worsening HF or cardiovascular death – no. (%) | 154 (14.0) | …"), then rows named by the measure only:
    # their ratios are that outcome's (before: unknown)
    text = ("Table 4 Time to first exacerbation\n\n  Drug A (n = 720) Drug B (n = 722)\n"
            "Time to first exacerbation of any severity\n"
            " HR vs placebo (95 % CI) 0.72 (0.53, 0.97) 0.86 (0.64, 1.14)\n"
            "Time to first severe exacerbation\n"
            " HR vs placebo (95 % CI) 0.70 (0.51, 0.96) 0.84 (0.62, 1.14)\n")
    assert [(e.value, e.endpoint_text) for e in extract_estimates(text)] == [
        (0.72, "Time to first exacerbation of any severity"), (0.86, "Time to first exacerbation of any severity"),
        (0.7, "Time to first severe exacerbation"), (0.84, "Time to first severe exacerbation")]
    text = ("Table 2. Event rate and risk of study endpoints according to duration of heart failure.\n"
            "Duration 1 year or less | Duration over 1 year | P |\n---|---|---|\n"
            "Worsening HF or cardiovascular death \u2013 no. (%) | 154 (14.0) | 230 (20.8) | <0.001 |\n"
            "Event rates per 100 patient-years (95% CI) | 10.2 (8.7-12.0) | 15.5 (13.6-17.7) | |\n"
            "Adjusted HR | 1.00 (ref) | 1.53 (1.23-1.90) | |\n")
    assert [(e.value, e.endpoint, e.endpoint_text) for e in extract_estimates(text)] == [
        (1.53, "composite", "Worsening HF or cardiovascular death")]
    # a sub-header keeps its outcome over the generic label of the count row under it
    text = ("Table 3 Cox regression: events by group\n\nNoneMildSevere\nIncident non-fatal MACEs\n"
            " No. of subjects316436843\n Incident MACEs, n (%)29 (9.2%)60 (13.8%)138 (16.4%)\n"
            " Unadjusted HRRef1.51 (0.97 to 2.35)1.92 (1.28 to 2.86)\n")
    assert {e.endpoint_text for e in extract_estimates(text)} == {"Incident non-fatal MACEs"}


def test_round40_ratios_of_an_outcome_row_are_the_whole_tables() -> None:
    # a row that names an outcome (its label in an outcome column, or a measure row under the outcome's line) compares
    # the table's groups in its whole sample: population overall (before: unknown)
    text = ("Table 6.\n\nHazard ratios for drug A versus drug B\n\nType of eventUnadjusted HR (95% CI)P\n"
            "All-cause mortality 0.67 (0.58-0.77) <.0001\nAny bleed 0.85 (0.75-0.96) .008\n")
    assert {e.population_kind for e in extract_estimates(text)} == {"overall"}
    # a line that names no outcome may name a part of the patients: the rows after it stay unknown
    text2 = text.replace("Any bleed", "Women\nAny bleed")
    assert [e.population_kind for e in extract_estimates(text2)] == ["overall", "unknown"]
    # so do the rows of a table whose header's columns are parts of the patients
    text3 = ("Table 4.\nRisk of relapse | Trial | Trial with disease activity | Trial without disease activity |\n"
             "---|---|---|---|\nYear 1 | | | |\nRisk of relapse vs placebo | | | |\n"
             "Patients with relapse, n (%) | 90 (54.9) | 66 (71.7) | 24 (33.3) |\n"
             "HR vs placebo (95% CI) | 0.696 (0.511\u20130.947) | 0.659 (0.461\u20130.942) | "
             "0.759 (0.411\u20131.402) |\n")
    assert {e.population_kind for e in extract_estimates(text3)} == {"unknown"}


def test_round40_bare_ratios_after_of_each_followed_by_what_it_is_for() -> None:
    # "with hazard ratios of 0.95 for overall survival and 0.90 for event-free survival": two ratios without CI,
    # each named by its end point after it (before: only the first; "were" already read both)
    text = ("New treatments were slightly favoured, with hazard ratios of 0.95 for overall survival and 0.90 for "
            "event-free survival.")
    assert [(e.value, e.endpoint) for e in extract_estimates(text)] == [(0.95, "OS"), (0.9, "EFS")]


def test_round40_the_unadjusted_odds_of_an_outcome_with_a_confidence_interval() -> None:
    # "The unadjusted odds of death for patients discharged at night was 1.35 (95% confidence interval, 1.23, 1.49)":
    # odds compared between groups with a CI spelled out: an odds ratio
    text = ("The unadjusted odds of death for patients discharged from the ICU at night was 1.35 (95% confidence "
            "interval, 1.23, 1.49), compared with patients discharged during the daytime.")
    assert _ratio_cis_of(text) == [("OR", 1.35, 1.23, 1.49)]
    # a share of patients is no ratio
    assert extract_estimates("The odds of death were 35% (95% confidence interval 20 to 40) at night.") == []


def test_round40_a_list_of_p_values_after_medians_gives_no_median() -> None:
    # "… a median OS of 5.1, 18.9 and 34.5 months, respectively (p = 0.001 and 0.03)": the second P is no time
    text = ("The score stratified patients into three groups with a median OS of 5.1, 18.9 and 34.5 months, "
            "respectively (p = 0.001 and 0.03).")
    assert [e.value for e in extract_estimates(text)] == [5.1, 18.9, 34.5]
    # a time after a P, its unit later, stays: "(0.6 versus 2.3 years, P=0.00004 and 1.1 versus 6 years, …)"
    text = ("Progression-free and overall survival were shorter with progressive disease (0.6 versus 2.3 years, "
            "P=0.00004 and 1.1 versus 6 years, P=0.00002, respectively).")
    assert 1.1 in [e.value for e in extract_estimates(text)]


def test_round40_an_unnamed_bracket_from_zero_is_a_range_not_a_ci() -> None:
    # "median OS was 8.4 months (0–40 months)": a CI of a time to an event never starts at zero; the range's least
    assert _medians_of("After a median follow-up of 8 months, median OS was 8.4 months (0\u201340 months).") == [
        (8.4, None, None, None, "months")]


def _lost_dash_mean_check(text: str) -> bool:
    return [(e.value, e.ci_low) for e in extract_estimates(text)] == [(1.25, 1.14)]


def test_round40_a_ci_dash_lost_to_a_question_mark() -> None:
    # "(HR 1.25; 95% confidence intervals (CI) 1.14?1.38)": the en dash lost to "?" in a re-encoding, after the CI's
    # name (before: 1.14 and 1.38 were read as two ratios)
    text = ("Spirit drinking was associated with higher mortality (hazard ratio (HR) 1.25; 95% confidence intervals "
            "(CI) 1.14?1.38) and MACE (HR 1.31; 95% CI 1.15?1.50).")
    assert _ratio_cis_of(text) == [("HR", 1.25, 1.14, 1.38), ("HR", 1.31, 1.15, 1.5)]
    # a mean and its lost "±" stays no interval
    assert _lost_dash_mean_check("Mean age was 61.43?0.63 years; HR 1.25 (95% CI 1.14-1.38).")


def test_round40_a_glued_header_with_footnote_marks_between_measure_and_level() -> None:
    # "RR*95% CI*p Value", "OR195% CI2 value": a footnote's mark or digit glued between the measure and the CI's
    # level in a glued header; the rows' glued value and CI are read (before: the header named no measure)
    text = ("Table 2\n\nClinical events\n\nADrug Group (n = 185)Placebo Group (n = 181)RR*95% CI*p Value\n"
            "Primary end points\nAll-cause mortality32 (17.3%)49 (27.1%)0.670.42\u20131.060.017\n")
    assert _ratio_cis_of(text) == [("RR", 0.67, 0.42, 1.06)]
    text = ("Table 3\n\nAge-adjusted risk of postpartum depression.\n\nOR195% CI2 value\n\n"
            "Negative life events (no versus yes)2.161.12\u20134.160.021\n")
    assert _ratio_cis_of(text) == [("OR", 2.16, 1.12, 4.16)]


def test_round40_glued_cells_with_the_cell_befores_p_glued_on() -> None:
    # "…<0.0012.871.33–6.170.0072.881.81–4.59<0.001": each group's OR glued to the P of the cell before it (0.001,
    # then 2.87 and its lower limit 1.33); before, only a row's first cell was read
    text = ("Table 3\n\nAge-adjusted risk of postpartum depression.\n\n"
            "OR195% CI2 valueOR195% CI2 valueOR195% CI2 value\n\n"
            "Pregnancy issues ()2.311.59\u20133.35<0.0012.871.33\u20136.170.0072.881.81\u20134.59<0.001\n"
            "Infant issues ()1.861.11\u20133.090.0182.270.96\u20135.350.0622.171.14\u20134.130.019\n")
    assert _ratio_cis_of(text) == [("OR", 2.31, 1.59, 3.35), ("OR", 2.87, 1.33, 6.17), ("OR", 2.88, 1.81, 4.59),
                                   ("OR", 1.86, 1.11, 3.09), ("OR", 2.27, 0.96, 5.35), ("OR", 2.17, 1.14, 4.13)]


def test_round40_days_away_from_work_are_an_absences_length() -> None:
    # "the median number of days away from work … was 5 days": the length of an absence (as a stay's), not a count
    text = ("In 1997, the median number of days away from work for an occupational injury or illness was 5 days. "
            "Median days away from work were highest for fractures (21 days).")
    assert _median_units_of(text) == [(5.0, "days"), (21.0, "days")]
    # a count of days of another thing stays no median
    assert extract_estimates("The median number of days of antibiotic use was 5 days.") == []


def test_round40_a_hazard_ratios_hr_is_no_hour_in_a_row_label() -> None:
    # "Median time to first severe flare, days HR for severe flares (95% CI) | 169 …": the unit is days; "HR" is the
    # hazard ratio's name, no hours
    text = ("| Outcome | Drug | Placebo |\n|---|---|---|\n"
            "| Median time to first severe flare, days | 169 | 141 |\n")
    assert _median_units_of(text) == [(169.0, "days"), (141.0, "days")]
    assert _median_units_of(text.replace("flare, days |", "flare, days HR for flares (95% CI) |")) == [
        (169.0, "days"), (141.0, "days")]


def test_round40_spreads_named_iq_or_ranges_give_no_medians() -> None:
    # "8.9 hours (IQ 6,12.5)": an interquartile range abbreviated "IQ", its limits parted by a comma; "23 days (ranges
    # 12–50 and 17–64)": two ranges (before: 12.5, 12, 17 were read as medians)
    text = ("The median duration of the first stage was 8.9 hours (IQ 6,12.5) versus 9.5 hours (IQ 7,12.7) "
            "(p = 0.069).")
    assert [e.value for e in extract_estimates(text)] == [8.9, 9.5]
    text = ("Median time to return to modified or full duties was 23 days (ranges 12\u201350 and 17\u201364, "
            "respectively).")
    assert [e.value for e in extract_estimates(text)] == [23.0]


def test_round40_a_gestational_age_is_no_median() -> None:
    # "with PPROM at 29, 30, and 31 weeks", "from 24-28 weeks' gestation": ages of the pregnancy, not times measured
    text = ("RESULTS: At each week of gestation, median latency between 24-28 weeks was similar at approximately 9 "
            "days, but was significantly shorter with PPROM at 29, 30, and 31 weeks (p<0.001). CONCLUSION: Median "
            "latency after PPROM is similar from 24-28 weeks\u2019 gestation.")
    assert _median_units_of(text) == [(9.0, "days")]


def test_round40_a_bracketed_ratio_naming_its_groups_before_a_colon() -> None:
    # "(OR female to male: 1.19 (1.15–1.23))", "(OR comparing ≥75 versus <35 years: 1.24, 95% CI: 1.13–1.35)": the
    # groups compared between the name and a colon, then the value (before: "OR" read as the word "or", nothing found)
    text = ("On multivariable analysis, age (OR comparing \u226575 versus <35 years: 1.24, 95% CI: 1.13\u20131.35) and "
            "sex (OR female to male: 1.19 (1.15\u20131.23)) were associated with readmission.")
    assert [(e.value, e.ci_low, e.ci_high, e.groups) for e in extract_estimates(text)] == [
        (1.24, 1.13, 1.35, ("\u226575", "<35 years")), (1.19, 1.15, 1.23, ("female", "male"))]
    # the word "or" between two groups is no ratio
    assert extract_estimates("Use of A or B to C: 1.5 (1.2-1.8) was common.") == []


def test_round40_a_rate_ratio_named_in_a_bracket_before_its_abbreviation() -> None:
    # "VTE ((rate ratio) RR 1.38, …)": the document's "RR" is a rate ratio (IRR), here and after
    text = ("Longer stay was associated with VTE ((rate ratio) RR 1.38, 95% CI 1.07 to 1.76) and respiratory "
            "infection (RR 1.12, 95% CI 1.01 to 1.24).")
    assert [(e.measure, e.value) for e in extract_estimates(text)] == [("IRR", 1.38), ("IRR", 1.12)]
    # a risk ratio so named stays one
    assert [e.measure for e in extract_estimates(text.replace("(rate ratio) ", "(risk ratio) "))] == ["RR", "RR"]


def test_round40_a_list_a_colon_opens_goes_on_past_semicolons() -> None:
    # "… estimates were: 1540 days for the whole cohort; 2200 days after cystectomy (n = 108); and 843 days without
    # surgery": three medians (before: the first only)
    text = ("The median Kaplan-Meier survival estimates were: 1540 days for the whole cohort; 2200 days after "
            "cystectomy scheduled (n = 108); and 843 days without surgery.")
    assert [e.value for e in extract_estimates(text)] == [1540.0, 2200.0, 843.0]
    # a clause after a semicolon that is no list item stays out
    assert [e.value for e in extract_estimates("Median OS was 12 months; 30% of patients relapsed by 2 years.")] == [
        12.0]


def test_round40_a_review_tables_ratio_with_its_p_in_brackets_and_times_by_end_point() -> None:
    # "HR for death (P value)" over "0.80 (0.02)": the bracket holds the P, no CI; a cell may name several ratios by
    # end point ("TTP: 1.47 (<0.001) OS: 1.29 (0.02)"); "Primary endpoint comparison (in months)" over "OS: 9.9
    # versus 9.3" gives each group's time as its median; rows citing other studies are background
    text = ("Table 2.\nTrials | No. of patients | Treatment arms | HR for death (P value) | Primary endpoint "
            "comparison (in months) |\n---|---|---|---|---|\n"
            "Smith et al. 24 (V325 study) | 445 | DCF versus CF | TTP: 1.47 (<0.001) OS: 1.29 (0.02) | TTP: 5.6 versus "
            "3.7OS: 9.2 versus 8.6 |\n"
            "Jones et al. 27 (SPIRITS) | 305 | S-1 + cisplatin versus S-1 | 0.77 (0.04) | OS: 13.0 versus 11.0 |\n")
    found = [(e.measure, e.value, e.p_value, e.unit, e.endpoint, e.context) for e in extract_estimates(text)]
    assert found == [
        ("HR", 1.47, 0.001, None, "TTP", "background"), ("HR", 1.29, 0.02, None, "OS", "background"),
        ("median", 5.6, None, "months", "TTP", "background"), ("median", 3.7, None, "months", "TTP", "background"),
        ("median", 9.2, None, "months", "OS", "background"), ("median", 8.6, None, "months", "OS", "background"),
        ("HR", 0.77, 0.04, None, "OS", "background"), ("median", 13.0, None, "months", "OS", "background"),
        ("median", 11.0, None, "months", "OS", "background")]


def test_round40_times_each_followed_by_its_group_across_semicolons_and_vs() -> None:
    # "26.0 months (all patients); 13.7 months (high risk) vs not reached (NR) (low risk; …)", "NR (all); 14.8 months
    # (high risk) vs NR (low risk; …)": the list goes on after the ';' (before: the first time only)
    text = ("Median progression-free survival (PFS) was 26.0 months (all patients); 13.7 months (high risk) vs not "
            "reached (NR) (low risk; hazard ratio [HR], 2.19; P = .004). Median overall survival was NR (all); 14.8 "
            "months (high risk) vs NR (low risk; HR, 2.36; P = .005).")
    assert [(e.measure, e.value, e.value_text, e.endpoint) for e in extract_estimates(text)] == [
        ("median", 26.0, None, "PFS"), ("median", 13.7, None, "PFS"), ("median", None, "not reached", "PFS"),
        ("HR", 2.19, None, "PFS"), ("median", None, "NR", "OS"), ("median", 14.8, None, "OS"),
        ("median", None, "NR", "OS"), ("HR", 2.36, None, "OS")]


def test_round40_kaplan_meier_survival_is_overall_survival() -> None:
    # "The median Kaplan-Meier survival estimates were: …": survival from any cause, estimated by Kaplan-Meier
    text = "The median Kaplan-Meier survival estimates were: 1540 days for the whole cohort; 843 days without surgery."
    assert {e.endpoint for e in extract_estimates(text)} == {"OS"}


def test_round40_an_outcome_rows_label_wins_over_the_captions_end_point() -> None:
    # the caption names one end point, but the rows of an outcome column name their own: each row's label wins
    text = ("Table 6.\n\nHazard ratios for all-cause mortality and other events, drug A versus drug B\n\n"
            "Type of eventHR (95% CI)P\nAll-cause mortality 0.67 (0.58-0.77) <.0001\nAny bleed 0.85 (0.75-0.96) .008\n")
    assert [(e.value, e.endpoint_text) for e in extract_estimates(text)] == [
        (0.67, "All-cause mortality"), (0.85, "Any bleed")]
