"""Plots on the Agg backend: inspect the artists, not images."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from trialink import design_table, forest_plot, outcome_table, read_trials, timeline_plot  # noqa: E402

# PALOMA-2, PALOMA-3, MONALEESA-2, MONALEESA-3, MONALEESA-7, MONARCH 2, MONARCH 3.
CDK46 = ["NCT01740427", "NCT01942135", "NCT01958021", "NCT02422615", "NCT02278120", "NCT02107703", "NCT02246621"]


@pytest.fixture(scope="module")
def pfs(corpus: Path) -> pd.DataFrame:
    trials = [t for t in read_trials(corpus / "ctgov" / "legacy_xml") if t.has_results]
    df = outcome_table(trials, primary_only=True)
    return df[(df.measure == "HR") & (df.endpoint == "PFS")]


@pytest.fixture(scope="module")
def cdk46(pfs: pd.DataFrame) -> pd.DataFrame:
    d = pfs[pfs.trial_id.isin(CDK46)].copy()
    # The endocrine partner, as the records' arm names say it.
    d["partner"] = ["fulvestrant" if "fulvestrant" in c.lower() else "aromatase inhibitor" for c in d.comparison]
    return d


def test_forest_plot_rows_labels_and_ticks(pfs: pd.DataFrame) -> None:
    ax = forest_plot(pfs)
    assert ax.get_xscale() == "log"
    assert any(list(line.get_xdata()) == [1.0, 1.0] for line in ax.get_lines())  # reference line at 1
    texts = [t.get_text() for t in ax.texts]
    assert "0.80 (0.64\u20131.00)" in texts  # FALCON 0.797 (0.637-0.999)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert "FALCON (NCT01602380)" in labels and "PALOMA-3 (NCT01942135)" in labels
    assert len(ax.patches) == 0  # nothing pooled unless asked
    # Ticks cover every whisker: the first at or below the lowest CI limit, the last at or above the highest.
    ticks = ax.get_xticks()
    assert ticks[0] <= pfs.ci_low.min() and ticks[-1] >= pfs.ci_high.max()
    lo, hi = ax.get_xlim()
    assert lo <= ticks[0] and hi >= ticks[-1]
    plt.close(ax.figure)


def test_forest_plot_subgroup_and_overall_diamonds(cdk46: pd.DataFrame) -> None:
    ax = forest_plot(cdk46, pool_by="partner", pooled="both")
    # Two groups x (fixed + random) + all pooled x (fixed + random).
    assert len(ax.patches) == 6
    texts = [t.get_text() for t in ax.texts]
    assert "0.55 (0.50\u20130.60)" in texts  # all seven: 0.548 (0.501-0.599), tau^2 = 0
    weights = [float(t[:-1]) for t in texts if t.endswith("%") and t != "100%"]
    assert len(weights) == 7 and sum(weights) == pytest.approx(200, abs=0.5)  # each group's weights sum to 100
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert "fulvestrant" in labels and "aromatase inhibitor" in labels and "All pooled studies" in labels
    assert any(lbl.startswith("Heterogeneity: I\u00b2") for lbl in labels)
    plt.close(ax.figure)


def test_forest_plot_pools_only_what_is_named(cdk46: pd.DataFrame, pfs: pd.DataFrame) -> None:
    ax = forest_plot(cdk46, pool_by="partner", pooled="random", pool_only="fulvestrant")
    assert len(ax.patches) == 1
    plt.close(ax.figure)
    with pytest.raises(ValueError, match="NCT01942135 has 2 rows"):
        forest_plot(pd.concat([cdk46, cdk46[cdk46.trial_id == "NCT01942135"]]), pooled="random")
    with pytest.raises(ValueError, match=r"pooled.*'yes'"):  # names the argument and the value
        forest_plot(cdk46, pooled="yes")


def test_favours_labels_name_the_arms(cdk46: pd.DataFrame) -> None:
    one = cdk46[cdk46.trial_id == "NCT01942135"]
    ax = forest_plot(one)
    texts = [t.get_text().replace("\n", " ") for t in ax.texts]
    assert "\u2190 favours Palbociclib + Fulvestrant" in texts and "favours Placebo + Fulvestrant \u2192" in texts
    plt.close(ax.figure)
    # a direction the source does not state gives no "favours" labels (never a guess)
    ax = forest_plot(one.assign(direction_source="unknown"))
    assert not any("favours" in t.get_text() for t in ax.texts)
    plt.close(ax.figure)
    ax = forest_plot(cdk46, favours=("CDK4/6 inhibitor + ET", "ET alone"))
    assert "\u2190 favours CDK4/6 inhibitor + ET" in [t.get_text() for t in ax.texts]
    plt.close(ax.figure)


def test_timeline_and_empty_inputs(corpus: Path) -> None:
    d = design_table(read_trials(corpus / "ctgov" / "legacy_xml"))
    ax = timeline_plot(d, by="overall_status")
    assert len(ax.get_yticklabels()) == d.start_date.notna().sum()
    legend = ax.get_legend()
    assert legend is not None and legend.get_bbox_to_anchor().x0 >= ax.get_window_extent().x1  # outside the data
    plt.close(ax.figure)
    empty = forest_plot(outcome_table([]))
    assert empty.texts[0].get_text() == "no ratio estimates to plot"
    plt.close(empty.figure)
