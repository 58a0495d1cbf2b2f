"""Pooling: DerSimonian–Laird by hand on the seven CDK4/6 PFS hazard ratios, and edge cases."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from trialink import outcome_table, parse_file
from trialink.meta import pool, pooled_effects, study_weights

# Primary PFS hazard ratios (95% CI) as posted in each legacy XML record (<param_value>,
# <ci_lower_limit>, <ci_upper_limit>): PALOMA-2, PALOMA-3, MONALEESA-2, MONALEESA-3,
# MONALEESA-7, MONARCH 2, MONARCH 3.
CDK46 = {
    "NCT01740427": (0.576, 0.463, 0.718),
    "NCT01942135": (0.422, 0.318, 0.560),
    "NCT01958021": (0.556, 0.429, 0.720),
    "NCT02422615": (0.593, 0.480, 0.732),
    "NCT02278120": (0.553, 0.441, 0.694),
    "NCT02107703": (0.553, 0.449, 0.681),
    "NCT02246621": (0.543, 0.409, 0.723),
}
Z = 1.959963984540054  # qnorm(0.975)


def _by_hand(triples: list[tuple[float, float, float]]) -> dict[str, float]:
    """The DL steps written out with plain arithmetic (no library)."""
    y = [math.log(hr) for hr, _, _ in triples]
    se = [(math.log(hi) - math.log(lo)) / (2 * Z) for _, lo, hi in triples]
    w = [1 / s ** 2 for s in se]
    sw = sum(w)
    fixed = sum(wi * yi for wi, yi in zip(w, y, strict=True)) / sw
    q = sum(wi * (yi - fixed) ** 2 for wi, yi in zip(w, y, strict=True))
    df = len(y) - 1
    c = sw - sum(wi ** 2 for wi in w) / sw
    tau2 = max(0.0, (q - df) / c)
    wr = [1 / (s ** 2 + tau2) for s in se]
    swr = sum(wr)
    rnd = sum(wi * yi for wi, yi in zip(wr, y, strict=True)) / swr
    return {"fixed": fixed, "se_fixed": math.sqrt(1 / sw), "q": q, "df": df, "tau2": tau2,
            "i2": 100 * max(0.0, (q - df) / q), "random": rnd, "se_random": math.sqrt(1 / swr), "w": w, "wr": wr,
            "y": y}


@pytest.fixture(scope="module")
def cdk46(corpus: Path) -> pd.DataFrame:
    trials = [t for n in CDK46 for t in parse_file(corpus / "ctgov" / "legacy_xml" / f"{n}.xml")]
    df = outcome_table(trials, primary_only=True)
    return df[(df.measure == "HR") & (df.endpoint == "PFS") & (df.population == "overall")]


def test_the_table_holds_the_recorded_hazard_ratios(cdk46: pd.DataFrame) -> None:
    got = {r.trial_id: (r.value, r.ci_low, r.ci_high) for r in cdk46.itertuples()}
    assert got == CDK46


def test_dersimonian_laird_equals_the_hand_computation(cdk46: pd.DataFrame) -> None:
    h = _by_hand(list(CDK46.values()))
    # Here Q < df: the moment estimate (Q - df) / C is negative, so tau^2 is floored at 0 and the
    # random-effects result equals the fixed effect (statsmodels' unfloored -0.0048 made it narrower).
    assert h["q"] < h["df"] and h["tau2"] == 0.0
    res = pooled_effects(cdk46)
    assert res.loc["fixed", "log_value"] == pytest.approx(h["fixed"], rel=1e-12)
    assert res.loc["fixed", "se_log_value"] == pytest.approx(h["se_fixed"], rel=1e-12)
    assert res.loc["random", "log_value"] == pytest.approx(h["random"], rel=1e-12)
    assert res.loc["random", "se_log_value"] == pytest.approx(h["se_random"], rel=1e-12)
    assert res.loc["random", "q"] == pytest.approx(h["q"], rel=1e-12)
    assert res.loc["random", "tau2"] == 0.0 and res.loc["random", "i2"] == 0.0 and res.loc["random", "df"] == 6
    assert res.loc["random", "ci_low"] == pytest.approx(math.exp(h["random"] - Z * h["se_random"]), rel=1e-12)
    # Rounded as a report prints it: 0.548 (0.501-0.599).
    assert [round(res.loc["random", c], 3) for c in ("value", "ci_low", "ci_high")] == [0.548, 0.501, 0.599]
    weights = study_weights(cdk46)
    assert weights.weight_fixed.sum() == pytest.approx(100)
    assert list(weights.weight_fixed) == pytest.approx([100 * wi / sum(h["w"]) for wi in h["w"]])


def test_positive_tau2_and_hartung_knapp_by_hand() -> None:
    # Three heterogeneous studies (log HR, SE) chosen so that Q > df.
    y, se = [math.log(0.5), math.log(1.0), math.log(1.6)], [0.1, 0.12, 0.15]
    w = [1 / s ** 2 for s in se]
    fixed = sum(a * b for a, b in zip(w, y, strict=True)) / sum(w)
    q = sum(a * (b - fixed) ** 2 for a, b in zip(w, y, strict=True))
    c = sum(w) - sum(a * a for a in w) / sum(w)
    tau2 = (q - 2) / c
    assert tau2 > 0
    wr = [1 / (s ** 2 + tau2) for s in se]
    rnd = sum(a * b for a, b in zip(wr, y, strict=True)) / sum(wr)
    p = pool(y, se)
    assert p.tau2 == pytest.approx(tau2, rel=1e-12) and p.random == pytest.approx(rnd, rel=1e-12)
    assert p.i2 == pytest.approx(100 * (q - 2) / q, rel=1e-12) and p.h2 == pytest.approx(q / 2)
    # Random-effects CI is never narrower than the fixed-effect CI (tau^2 >= 0 adds variance).
    assert p.random_high - p.random_low >= p.fixed_high - p.fixed_low
    # Hartung-Knapp: SE^2 = sum w*(y - mu)^2 / ((k-1) sum w*), t quantile with k-1 = 2 df (qt(0.975, 2)).
    hk = pool(y, se, hartung_knapp=True)
    se_hk = math.sqrt(sum(a * (b - rnd) ** 2 for a, b in zip(wr, y, strict=True)) / (2 * sum(wr)))
    assert hk.se_random == pytest.approx(se_hk, rel=1e-12)
    assert hk.random_high == pytest.approx(rnd + 4.302652729911275 * se_hk, rel=1e-9)
    assert hk.ci_method == "hartung-knapp"


def test_random_ci_never_narrower_than_fixed(cdk46: pd.DataFrame) -> None:
    res = pooled_effects(cdk46)
    assert res.loc["random", "ci_high"] - res.loc["random", "ci_low"] >= \
        res.loc["fixed", "ci_high"] - res.loc["fixed", "ci_low"]
    for drop in CDK46:  # every leave-one-out pool too
        r = pooled_effects(cdk46[cdk46.trial_id != drop])
        assert r.loc["random", "ci_high"] - r.loc["random", "ci_low"] >= \
            r.loc["fixed", "ci_high"] - r.loc["fixed", "ci_low"] - 1e-15


def test_bad_input_is_refused(cdk46: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match=r"se_log_value.*\b1\b"):  # names the columns and the count
        pooled_effects(cdk46.head(1))
    with pytest.raises(ValueError, match="NCT01740427 has 2 rows"):
        pooled_effects(pd.concat([cdk46, cdk46[cdk46.trial_id == "NCT01740427"]]))
    with pytest.raises(ValueError, match="SE"):
        pool([0.1, 0.2], [0.1, 0.0])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.floats(-3, 3), st.floats(0.01, 2)), min_size=2, max_size=12))
def test_properties_of_any_pool(studies: list[tuple[float, float]]) -> None:
    p = pool([y for y, _ in studies], [s for _, s in studies])
    assert p.tau2 >= 0 and 0 <= p.i2 < 100 and p.df == len(studies) - 1
    # The random-effects CI is never narrower than the fixed-effect CI.
    assert p.random_high - p.random_low >= (p.fixed_high - p.fixed_low) * (1 - 1e-12)
    assert sum(p.weights_fixed) == pytest.approx(100) and sum(p.weights_random) == pytest.approx(100)
    if p.q <= p.df:
        assert p.tau2 == 0 and p.random == pytest.approx(p.fixed)


def test_se_log_is_none_for_a_level_with_no_normal_quantile():
    # ciPctValue 0 (or 100) appears in malformed registry records; no z exists for it.
    from trialink._measures import se_log

    assert se_log(0.5, 0.8, 0) is None
    assert se_log(0.5, 0.8, 100) is None
    assert se_log(0.5, 0.8, 95) is not None
