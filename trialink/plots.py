"""Forest and timeline plots; the only module that imports matplotlib."""

from __future__ import annotations

import math
from typing import Any

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.patches import Polygon

__all__ = ["forest_plot", "pooled_effects", "timeline_plot"]

_RATIOS = ("HR", "OR", "RR", "IRR")


def _nothing(ax: Axes, message: str) -> Axes:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()
    return ax


def _fmt(v: float) -> str:
    return f"{v:.2f}" if v < 10 else f"{v:.1f}"


def pooled_effects(data: pd.DataFrame) -> pd.DataFrame:
    """Inverse-variance pooled ratio, fixed and random effects (DerSimonian–Laird), through
    ``statsmodels.stats.meta_analysis.combine_effects`` on ``log_value``/``se_log_value``.

    Returns
    -------
    pandas.DataFrame
        Index ``fixed``, ``random``; columns ``value``, ``ci_low``, ``ci_high`` (ratio
        scale), ``log_value``, ``se_log_value``, ``i2`` (percent), ``k`` (studies).
    """
    from statsmodels.stats.meta_analysis import combine_effects

    d = data.dropna(subset=["log_value", "se_log_value"])
    d = d[d["se_log_value"] > 0]
    if len(d) < 2:
        raise ValueError(f"pooling needs at least 2 estimates with log_value and se_log_value, got {len(d)}")
    res = combine_effects(d["log_value"].to_numpy(float), d["se_log_value"].to_numpy(float) ** 2,
                          method_re="dl")
    frame = res.summary_frame()
    out = {}
    for name, row in (("fixed", "fixed effect"), ("random", "random effect")):
        lv, lo, hi = frame.loc[row, "eff"], frame.loc[row, "ci_low"], frame.loc[row, "ci_upp"]
        out[name] = {"value": math.exp(lv), "ci_low": math.exp(lo), "ci_high": math.exp(hi), "log_value": lv,
                     "se_log_value": frame.loc[row, "sd_eff"], "i2": 100 * max(0.0, float(res.i2)), "k": len(d)}
    return pd.DataFrame(out).T


def forest_plot(data: pd.DataFrame, *, ax: Axes | None = None, label: str | list[str] | None = None,
                group: str | None = None, pooled: str | None = None, measure: str | None = None,
                xlim: tuple[float, float] | None = None, **kwargs: Any) -> Axes:
    """Forest plot of ratio estimates (HR, OR, RR, IRR).

    Parameters
    ----------
    data : DataFrame
        Rows of :func:`trialink.outcome_table` (``value``, ``ci_low``, ``ci_high``,
        ``measure``, and ``log_value``/``se_log_value`` for pooling). Non-ratio rows are left out.
    ax : Axes, optional
    label : column name or list of names, optional
        Row labels; default acronym (or trial ID) and endpoint.
    group : column name, optional
        Rows are grouped under headings of this column.
    pooled : {"fixed", "random", "both"}, optional
        Add inverse-variance pooled diamonds (see :func:`pooled_effects`).
    measure : str, optional
        Plot only this measure (default: the most common ratio measure in ``data``).
    xlim : (float, float), optional
    **kwargs
        Passed to ``Axes.errorbar`` (e.g. ``color``).

    Returns
    -------
    Axes
        Log-scale x axis with a solid line at 1, asymmetric CI whiskers, markers sized by
        precision, and "0.80 (0.64–1.00)" on the right of each row.
    """
    d = data[data["measure"].isin(_RATIOS) & data["value"].notna()].copy()
    if measure is None and len(d):
        measure = str(d["measure"].value_counts().index[0])
    if measure is not None:
        d = d[d["measure"] == measure]
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 0.45 * max(len(d), 1) + 1.8))
    if d.empty:
        return _nothing(ax, "no ratio estimates to plot")
    if label is None:
        names = d.get("acronym", pd.Series(index=d.index, dtype="string")).fillna(d["trial_id"]).fillna("")
        d["_label"] = names.astype(str) + "  " + d["endpoint"].fillna("").astype(str)
    else:
        cols = [label] if isinstance(label, str) else list(label)
        d["_label"] = d[cols].astype(str).agg("  ".join, axis=1)
    rows: list[tuple[str, Any]] = []  # ("heading", text) or ("row", series)
    if group:
        for g, sub in d.groupby(group, sort=False):
            rows.append(("heading", str(g)))
            rows += [("row", r) for _, r in sub.iterrows()]
    else:
        rows = [("row", r) for _, r in d.iterrows()]
    pool = pooled_effects(d) if pooled else None
    kinds = [] if pool is None else (["fixed", "random"] if pooled == "both" else [pooled])
    n = len(rows) + len(kinds)
    y = np.arange(n)[::-1]
    se = d["se_log_value"].astype(float) if "se_log_value" in d else pd.Series(np.nan, index=d.index)
    weights = 1 / se.pow(2)
    wmax = float(weights.max()) if weights.notna().any() else 1.0
    labels = []
    color = kwargs.pop("color", "black")
    for yi, (kind, item) in zip(y, rows):
        if kind == "heading":
            labels.append(item)
            continue
        v, lo, hi = float(item["value"]), item["ci_low"], item["ci_high"]
        size = 4 + 8 * math.sqrt(float(weights.get(item.name, np.nan)) / wmax) if not np.isnan(
            weights.get(item.name, np.nan)) else 6
        if pd.notna(lo) and pd.notna(hi):
            ax.errorbar([v], [yi], xerr=[[v - float(lo)], [float(hi) - v]], fmt="s", color=color, ms=size,
                        capsize=3, lw=1.2, **kwargs)
            text = f"{_fmt(v)} ({_fmt(float(lo))}\u2013{_fmt(float(hi))})"
        else:
            ax.plot([v], [yi], "s", color=color, ms=size)
            text = f"{_fmt(v)}"
        ax.annotate(text, xy=(1.01, yi), xycoords=("axes fraction", "data"), va="center", fontsize=9)
        labels.append(str(item["_label"]))
    for yi, k in zip(y[len(rows):], kinds):
        r = pool.loc[k]  # type: ignore[union-attr]
        diamond = Polygon([(r["ci_low"], yi), (r["value"], yi + 0.3), (r["ci_high"], yi), (r["value"], yi - 0.3)],
                          closed=True, facecolor="0.3", edgecolor="black", label=f"pooled ({k})")
        ax.add_patch(diamond)
        ax.annotate(f"{_fmt(r['value'])} ({_fmt(r['ci_low'])}\u2013{_fmt(r['ci_high'])})", xy=(1.01, yi),
                    xycoords=("axes fraction", "data"), va="center", fontsize=9, fontweight="bold")
        labels.append(f"Pooled, {k} effect (I\u00b2 {r['i2']:.0f}%)")
    ax.set_xscale("log")
    ax.axvline(1.0, color="black", lw=1, ls="-", zorder=0)
    ax.set_yticks(y)
    ax.set_yticklabels(labels, fontsize=9)
    for tick, (kind, _) in zip(ax.get_yticklabels(), rows + [("pool", None)] * len(kinds)):
        if kind in ("heading", "pool"):
            tick.set_fontweight("bold")
    lows = pd.concat([d["ci_low"].dropna(), d["value"]]).astype(float)
    highs = pd.concat([d["ci_high"].dropna(), d["value"]]).astype(float)
    lo_lim, hi_lim = xlim or (min(float(lows.min()), 1.0) / 1.25, max(float(highs.max()), 1.0) * 1.25)
    ax.set_xlim(lo_lim, hi_lim)
    ticks = [t for t in (0.1, 0.2, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10) if lo_lim <= t <= hi_lim]
    ax.set_xticks(ticks)
    ax.set_xticklabels([f"{t:g}" for t in ticks])
    ax.minorticks_off()
    ax.set_ylim(-0.7, n - 0.3)
    ax.set_xlabel(f"{measure} (95% CI, log scale)  \u2190 favours first arm | favours second arm \u2192")
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def timeline_plot(data: pd.DataFrame, *, ax: Axes | None = None, by: str = "phase",
                  publications: pd.DataFrame | None = None, **kwargs: Any) -> Axes:
    """Trial timelines: start → primary completion → completion, coloured by ``by``.

    Parameters
    ----------
    data : DataFrame
        :func:`trialink.design_table` rows (``start_date``, ``primary_completion_date``,
        ``completion_date``, ``trial_id``, ``acronym``).
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
    for yi, (_, r) in zip(y, d.iterrows()):
        c = colours[str(r[by]) if pd.notna(r[by]) else "not given"]
        end = r["completion_date"] if pd.notna(r["completion_date"]) else r["primary_completion_date"]
        if pd.notna(end):
            ax.hlines(yi, r["start_date"], end, color=c, lw=6, alpha=0.8, **kwargs)
        if pd.notna(r["primary_completion_date"]):
            ax.plot([r["primary_completion_date"]], [yi], "|", color="black", ms=12)
        ax.plot([r["start_date"]], [yi], "o", color=c, ms=5)
    if publications is not None and len(publications):
        pos = {t: yi for yi, t in zip(y, d["trial_id"])}
        pts = [(pd.to_datetime(p, errors="coerce"), pos[t]) for t, p in zip(publications["trial_id"],
                                                                           publications["pub_date"]) if t in pos]
        pts = [(x, yy) for x, yy in pts if pd.notna(x)]
        if pts:
            ax.plot([x for x, _ in pts], [yy for _, yy in pts], "D", color="crimson", ms=6, label="publication")
    ax.set_yticks(y)
    ax.set_yticklabels((d["acronym"].fillna(d["trial_id"])).astype(str), fontsize=9)
    handles = [plt.Line2D([0], [0], color=colours[c], lw=6) for c in cats]
    ax.legend(handles, cats, title=by, fontsize=8, loc="lower right")
    ax.set_xlabel("start (dot) \u2192 primary completion (tick) \u2192 completion")
    ax.spines[["top", "right"]].set_visible(False)
    return ax
