"""Forest and timeline plots; the only module that imports matplotlib. Draws; computes nothing."""

from __future__ import annotations

import math
import textwrap
from typing import Any

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.patches import Polygon

from trialink.meta import pooled_effects, study_weights

__all__ = ["forest_plot", "pooled_effects", "timeline_plot"]

_RATIOS = ("HR", "OR", "RR", "IRR")


def _nothing(ax: Axes, message: str) -> Axes:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()
    return ax


def _fmt(v: float) -> str:
    return f"{v:.2f}" if v < 10 else f"{v:.1f}"


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width=width, break_long_words=False)) or text


def _study_label(row: pd.Series) -> str:
    """"PALOMA-3 (NCT01942135)", or the trial ID alone when no acronym is known."""
    acronym = row.get("acronym")
    tid = row.get("trial_id")
    parts = []
    if isinstance(acronym, str) and acronym:
        parts.append(acronym)
    if isinstance(tid, str) and tid:
        parts.append(f"({tid})" if parts else tid)
    label = " ".join(parts) or "unnamed"
    checks = row.get("checks")
    if isinstance(checks, str) and "interim_analysis" in checks:
        label += " [interim]"
    return label


_TIERS = (
    (0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1, 1.5, 2, 3, 5, 10, 20, 50, 100),
    (0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100),
    (0.001, 0.01, 0.1, 0.5, 1, 2, 10, 100, 1000),
)


def _favours(d: pd.DataFrame) -> tuple[str, str] | None:
    """The two groups every row compares the same way round (``group_a``, ``group_b``), else None —
    also None when any row's direction is ``unknown``: a "favours" label is never a guess."""
    if "group_a" not in d or "group_b" not in d or d["group_a"].isna().any() or d["group_b"].isna().any():
        return None
    if "direction_source" in d and not d["direction_source"].isin(["record", "text", "inferred_from_arms"]).all():
        return None

    def norm(x: str) -> str:
        return " ".join(x.lower().replace("-", " ").split())

    sides = {(str(a), str(b)) for a, b in zip(d["group_a"], d["group_b"], strict=True)}
    if len({(norm(a), norm(b)) for a, b in sides}) == 1:
        return min(sides, key=lambda ab: (sum(map(len, ab)), ab))  # the shortest spelling, then the first
    return None


def _pool_title(kind: str, hartung_knapp: bool, where: str | None) -> str:
    title = "Random effects (DL" + (", Hartung\u2013Knapp)" if hartung_knapp else ")") if kind == "random" \
        else "Fixed effect"
    return f"{title}, {where}" if where else title


def forest_plot(data: pd.DataFrame, *, ax: Axes | None = None, label: str | list[str] | None = None,
                pool_by: str | None = None, pooled: str | None = None, pool_only: Any = None,
                hartung_knapp: bool = False, favours: tuple[str, str] | None = None, weights: str | None = "random",
                measure: str | None = None, xlim: tuple[float, float] | None = None, wrap: int = 34,
                **kwargs: Any) -> Axes:
    """Forest plot of ratio estimates (HR, OR, RR, IRR), with pooled diamonds when asked.

    Parameters
    ----------
    data : DataFrame
        Rows of :func:`trialink.outcome_table` (``value``, ``ci_low``, ``ci_high``,
        ``measure``, ``trial_id``, ``acronym``, ``comparison``, ``group_a``, ``group_b``, and
        ``log_value`` / ``se_log_value`` for pooling), all on one direction (see
        :func:`trialink.reorient_table`). Non-ratio rows are left out.
    ax : Axes, optional
    label : column name or list of names, optional
        Row labels; default the study label "ACRONYM (NCT…)" ("[interim]" added when the
        record calls the data an interim analysis). Labels are wrapped at ``wrap`` characters.
    pool_by : column name, optional
        Rows are grouped under headings of this column (e.g. endocrine partner, line of
        therapy); each pooled group gets its own diamond(s), and, when more than one group
        is pooled, the pool of all of them closes the plot.
    pooled : {"fixed", "random", "both"}, optional
        Which diamonds to draw (numbers from :func:`trialink.pooled_effects`); None pools nothing.
    pool_only : value or list of values of ``pool_by``, optional
        Pool only these groups (others are drawn without a diamond and stay out of the
        overall pool). Without ``pool_by``, every row is pooled.
    hartung_knapp : bool, default False
        Random-effects CI with the Hartung–Knapp adjustment.
    favours : (str, str), optional
        Names of the experimental and reference arms for the "favours" labels under the
        axis; default ``group_a`` and ``group_b`` when every row has the same ones and a known
        direction (``direction_source`` not ``unknown``); otherwise no labels.
    weights : {"random", "fixed"} or None, default "random"
        The weight column (percent of its pool, for pooled rows); None hides it.
    measure : str, optional
        Plot only this measure (default: the most common ratio measure in ``data``).
    xlim : (float, float), optional
        Default: from a tick at or below the lowest whisker to one at or above the highest.
    wrap : int, default 34
    **kwargs
        Passed to ``Axes.errorbar`` (e.g. ``color``).

    Returns
    -------
    Axes
        Log-scale x axis with a solid line at 1, asymmetric CI whiskers, squares sized by
        precision, "0.80 (0.64–1.00)" and the weight on the right of each row, diamonds
        (random: filled, fixed: open) with their figures and heterogeneity (I², τ², Q, P).

    Raises
    ------
    ValueError
        ``pooled`` not one of the three kinds, ``pool_by`` not a column, or a pool holding
        two rows of one trial (a trial is counted once) or fewer than two usable rows.
    """
    if pooled not in (None, "fixed", "random", "both"):
        raise ValueError(f"pooled must be None, 'fixed', 'random' or 'both', got {pooled!r}")
    if pool_by is not None and pool_by not in data:
        raise ValueError(f"pool_by column {pool_by!r} is not in the data (columns: {list(data.columns)})")
    if weights not in (None, "random", "fixed"):
        raise ValueError(f"weights must be None, 'random' or 'fixed', got {weights!r}")
    d = data[data["measure"].isin(_RATIOS) & data["value"].notna()].copy()
    if measure is None and len(d):
        measure = str(d["measure"].value_counts().index[0])
    if measure is not None:
        d = d[d["measure"] == measure]
    d = d[d["value"].astype(float) > 0]
    if d.empty:
        if ax is None:
            _, ax = plt.subplots(figsize=(9, 2))
        return _nothing(ax, "no ratio estimates to plot")
    if label is None:
        d["_label"] = [_study_label(r) for _, r in d.iterrows()]
    else:
        cols = [label] if isinstance(label, str) else list(label)
        d["_label"] = d[cols].astype(str).agg("  ".join, axis=1)
    kinds = [] if pooled is None else (["fixed", "random"] if pooled == "both" else [pooled])
    if pool_only is not None and not isinstance(pool_only, (list, tuple, set, frozenset)):
        pool_only = [pool_only]

    # Items top to bottom: ("heading", text) | ("row", series) | ("pool", kind, row, title) | ("het", row)
    items: list[tuple[Any, ...]] = []
    pooled_index: list[Any] = []
    weight_of: dict[Any, float] = {}
    wcol = "weight_fixed" if weights == "fixed" else "weight_random"
    groups = list(d.groupby(pool_by, sort=False)) if pool_by else [(None, d)]
    for g, sub in groups:
        if pool_by:
            items.append(("heading", _wrap(str(g), wrap + 6)))
        items += [("row", r) for _, r in sub.iterrows()]
        if kinds and (pool_only is None or g in pool_only):
            res = pooled_effects(sub, hartung_knapp=hartung_knapp)
            weight_of.update(study_weights(sub)[wcol].to_dict())
            pooled_index += list(sub.index)
            for k in kinds:
                items.append(("pool", k, res.loc[k], _pool_title(k, hartung_knapp, None)))
            items.append(("het", res.loc["random"]))
    if pool_by and kinds and len({d.loc[i, pool_by] for i in pooled_index}) > 1:
        overall = pooled_effects(d.loc[pooled_index], hartung_knapp=hartung_knapp)
        items.append(("heading", "All pooled studies"))
        for k in kinds:
            items.append(("pool", k, overall.loc[k], _pool_title(k, hartung_knapp, None)))
        items.append(("het", overall.loc["random"]))

    n = len(items)
    if ax is None:
        _, ax = plt.subplots(figsize=(11, 0.42 * n + 1.8))
    y = np.arange(n)[::-1].astype(float)
    se = d["se_log_value"].astype(float) if "se_log_value" in d else pd.Series(np.nan, index=d.index)
    precision = 1 / se.pow(2)
    pmax = float(precision.max()) if precision.notna().any() else 1.0
    color = kwargs.pop("color", "black")
    labels: list[str] = []
    bold: list[bool] = []
    whiskers: list[float] = []
    value_x, weight_x = 1.03, 1.30
    for yi, item in zip(y, items, strict=True):
        kind = item[0]
        if kind == "heading":
            labels.append(item[1])
            bold.append(True)
        elif kind == "het":
            r = item[1]
            labels.append(_wrap(f"Heterogeneity: I\u00b2 {r['i2']:.0f}%, \u03c4\u00b2 {r['tau2']:.3f}, "
                                f"Q {r['q']:.2f} (df {int(r['df'])}, P {r['p_q']:.2f})", wrap + 24))
            bold.append(False)
        elif kind == "row":
            row = item[1]
            v, lo, hi = float(row["value"]), row["ci_low"], row["ci_high"]
            p = precision.get(row.name, np.nan)
            size = 4 + 8 * math.sqrt(float(p) / pmax) if pd.notna(p) else 6
            if pd.notna(lo) and pd.notna(hi) and float(lo) > 0:
                ax.errorbar([v], [yi], xerr=[[v - float(lo)], [float(hi) - v]], fmt="s", color=color, ms=size,
                            capsize=3, lw=1.2, **kwargs)
                text = f"{_fmt(v)} ({_fmt(float(lo))}\u2013{_fmt(float(hi))})"
                whiskers += [float(lo), float(hi)]
            else:
                ax.plot([v], [yi], "s", color=color, ms=size)
                text = f"{_fmt(v)}"
            whiskers.append(v)
            ax.annotate(text, xy=(value_x, yi), xycoords=("axes fraction", "data"), va="center", fontsize=9)
            if weights and row.name in weight_of:
                ax.annotate(f"{weight_of[row.name]:.1f}%", xy=(weight_x, yi), xycoords=("axes fraction", "data"),
                            va="center", ha="right", fontsize=9)
            labels.append(_wrap(str(row["_label"]), wrap))
            bold.append(False)
        else:
            _, k, r, title = item
            diamond = Polygon([(r["ci_low"], yi), (r["value"], yi + 0.32), (r["ci_high"], yi),
                               (r["value"], yi - 0.32)], closed=True,
                              facecolor="0.25" if k == "random" else "white", edgecolor="black", lw=1.2)
            ax.add_patch(diamond)
            whiskers += [float(r["ci_low"]), float(r["ci_high"])]
            ax.annotate(f"{_fmt(r['value'])} ({_fmt(r['ci_low'])}\u2013{_fmt(r['ci_high'])})", xy=(value_x, yi),
                        xycoords=("axes fraction", "data"), va="center", fontsize=9, fontweight="bold")
            if weights:
                ax.annotate("100%", xy=(weight_x, yi), xycoords=("axes fraction", "data"), va="center", ha="right",
                            fontsize=9, fontweight="bold")
            labels.append(_wrap(title, wrap + 6))
            bold.append(True)
    ax.set_xscale("log")
    ax.axvline(1.0, color="black", lw=1, ls="-", zorder=0)
    ax.set_yticks(y)
    ax.set_yticklabels(labels, fontsize=9)
    for tick, b in zip(ax.get_yticklabels(), bold, strict=True):
        if b:
            tick.set_fontweight("bold")
    # Ticks at or beyond the lowest and highest whisker, at most nine of them; at least 0.5-2
    # around 1, so that each "favours" label sits under its own side.
    low, high = min(whiskers + [1.0]), max(whiskers + [1.0])
    for tier in _TIERS:
        first = max([t for t in tier if t <= low], default=low)
        last = min([t for t in tier if t >= high], default=high)
        left, right = min(first, 0.5), max(last, 2.0)
        ticks = [t for t in tier if left <= t <= right]
        if len(ticks) <= 9:
            break
    lo_lim, hi_lim = xlim or (left / 1.05, right * 1.05)
    ax.set_xlim(lo_lim, hi_lim)
    ticks = [t for t in ticks if lo_lim <= t <= hi_lim]
    ax.set_xticks(ticks)
    ax.set_xticklabels([f"{t:g}" for t in ticks])
    ax.minorticks_off()
    ax.set_ylim(-0.7, n - 0.3)
    ax.annotate(f"{measure} (95% CI)", xy=(value_x, n - 0.3), xycoords=("axes fraction", "data"), va="bottom",
                fontsize=9, fontweight="bold")
    if weights and weight_of:
        ax.annotate("Weight", xy=(weight_x, n - 0.3), xycoords=("axes fraction", "data"), va="bottom", ha="right",
                    fontsize=9, fontweight="bold")
    fav = favours or _favours(d)
    ax.set_xlabel(f"{measure} (log scale)", fontsize=9)
    for text, dx, ha in ((f"\u2190 favours {fav[0]}", -6, "right"), (f"favours {fav[1]} \u2192", 6, "left")) \
            if fav else ():  # no arms known the same way round in every row: no "favours" labels
        ax.annotate(_wrap(text, 36), xy=(1.0, 0), xycoords=("data", "axes fraction"), xytext=(dx, -32),
                    textcoords="offset points", ha=ha, va="top", fontsize=9)
    ax.spines[["top", "right", "left"]].set_visible(False)
    ax.tick_params(axis="y", length=0)
    return ax


def timeline_plot(data: pd.DataFrame, *, ax: Axes | None = None, by: str = "phase",
                  publications: pd.DataFrame | None = None, **kwargs: Any) -> Axes:
    """Trial timelines: start → primary completion → completion, coloured by ``by``.

    Parameters
    ----------
    data : DataFrame
        :func:`trialink.design_table` rows (``start_date``, ``primary_completion_date``,
        ``completion_date``, ``trial_id``, ``acronym``); rows are labelled "ACRONYM (ID)".
    by : str, default "phase"
        Column that colours the bars (``phase`` or ``overall_status``).
    publications : DataFrame, optional
        Links (``trial_id``, ``pub_date``): publication dates are marked with a diamond.
    **kwargs
        Passed to ``Axes.hlines``.

    Returns
    -------
    Axes
    """
    d = data.dropna(subset=["start_date"]).sort_values("start_date")
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 0.35 * max(len(d), 1) + 1.5))
    if d.empty:
        return _nothing(ax, "no trial with a start date")
    cats = list(dict.fromkeys(d[by].fillna("not given").astype(str)))
    cmap = plt.get_cmap("tab10")
    colours = {c: cmap(i % 10) for i, c in enumerate(cats)}
    y = np.arange(len(d))[::-1]
    for yi, (_, r) in zip(y, d.iterrows(), strict=True):
        c = colours[str(r[by]) if pd.notna(r[by]) else "not given"]
        end = r["completion_date"] if pd.notna(r["completion_date"]) else r["primary_completion_date"]
        if pd.notna(end):
            ax.hlines(yi, r["start_date"], end, color=c, lw=6, alpha=0.8, **kwargs)
        if pd.notna(r["primary_completion_date"]):
            ax.plot([r["primary_completion_date"]], [yi], "|", color="black", ms=12)
        ax.plot([r["start_date"]], [yi], "o", color=c, ms=5)
    if publications is not None and len(publications):
        pos = {t: yi for yi, t in zip(y, d["trial_id"], strict=True)}
        pub_rows = zip(publications["trial_id"], publications["pub_date"], strict=True)
        pts = [(pd.to_datetime(p, errors="coerce"), pos[t]) for t, p in pub_rows if t in pos]
        pts = [(x, yy) for x, yy in pts if pd.notna(x)]
        if pts:
            ax.plot([x for x, _ in pts], [yy for _, yy in pts], "D", color="crimson", ms=6, label="publication")
    ax.set_yticks(y)
    ax.set_yticklabels([_wrap(_study_label(r), 30) for _, r in d.iterrows()], fontsize=9)
    handles = [plt.Line2D([0], [0], color=colours[c], lw=6) for c in cats]
    # Outside the data area, so that no bar is hidden.
    ax.legend(handles, cats, title=by, fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    ax.set_xlabel("start (dot) \u2192 primary completion (tick) \u2192 completion")
    ax.spines[["top", "right"]].set_visible(False)
    return ax
