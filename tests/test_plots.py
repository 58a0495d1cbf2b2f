"""Plots on the Agg backend: inspect the artists, not images."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from trialink import design_table, outcome_table, read_trials  # noqa: E402
from trialink.plots import forest_plot, pooled_effects, timeline_plot  # noqa: E402


@pytest.fixture(scope="module")
def cdk46(corpus: Path) -> pd.DataFrame:
    trials = [t for t in read_trials(corpus / "ctgov" / "legacy_xml") if t.has_results]
    df = outcome_table(trials, primary_only=True)
    return df[(df.measure == "HR") & (df.endpoint == "PFS")]


def test_forest_plot_artists(cdk46: pd.DataFrame) -> None:
    ax = forest_plot(cdk46, pooled="random")
    assert ax.get_xscale() == "log"
    assert any(list(line.get_xdata()) == [1.0, 1.0] for line in ax.get_lines())  # reference line at 1
    texts = [t.get_text() for t in ax.texts]
    assert "0.80 (0.64\u20131.00)" in texts  # FALCON 0.797 (0.637-0.999)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert "FALCON  PFS" in labels and labels[-1].startswith("Pooled, random effect")
    assert len(ax.patches) == 1  # the diamond
    caps = [c for c in ax.collections]  # error bar segments
    assert len(caps) >= len(cdk46)
    plt.close(ax.figure)


def test_pooled_effects_match_a_hand_computation(cdk46: pd.DataFrame) -> None:
    import numpy as np

    w = 1 / cdk46.se_log_value.astype(float) ** 2
    fixed = float(np.exp((w * cdk46.log_value.astype(float)).sum() / w.sum()))
    assert pooled_effects(cdk46).loc["fixed", "value"] == pytest.approx(fixed, rel=1e-9)
    with pytest.raises(ValueError, match="at least 2"):
        pooled_effects(cdk46.head(1))


def test_timeline_and_empty_inputs(corpus: Path) -> None:
    d = design_table(read_trials(corpus / "ctgov" / "legacy_xml"))
    ax = timeline_plot(d, by="overall_status")
    assert len(ax.get_yticklabels()) == d.start_date.notna().sum()
    assert ax.get_legend() is not None
    plt.close(ax.figure)
    empty = forest_plot(outcome_table([]))
    assert empty.texts[0].get_text() == "no ratio estimates to plot"
    plt.close(empty.figure)
