"""Inverse-variance pooling of ratio estimates and heterogeneity (numbers only; plots call it)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import stats

__all__ = ["Pooled", "pool", "pooled_effects", "study_weights"]


@dataclass(frozen=True)
class Pooled:
    """Fixed- and random-effects (DerSimonian–Laird) pooling of k log-scale estimates.

    All estimates and limits are on the log scale (``log HR``); exponentiate for ratios.

    Attributes
    ----------
    k : int
        Number of studies.
    fixed, se_fixed, fixed_low, fixed_high : float
        Inverse-variance fixed-effect (common-effect) estimate, its SE and normal CI.
    random, se_random, random_low, random_high : float
        DerSimonian–Laird random-effects estimate, its SE and CI: normal (``z``) or,
        with ``hartung_knapp``, the Hartung–Knapp SE and t quantile with k − 1 df.
    p_fixed, p_random : float
        Two-sided P of the pooled estimate (normal; t with k − 1 df for Hartung–Knapp).
    tau2 : float
        Between-study variance, DL moment estimator floored at 0: max(0, (Q − df) / C).
    q, df, p_q : float, int, float
        Cochran's Q (fixed-effect weights), its degrees of freedom k − 1, and P(χ²_df ≥ Q).
    i2, h2 : float
        I² = max(0, (Q − df) / Q) in percent; H² = Q / df (as metafor reports for DL).
    weights_fixed, weights_random : tuple of float
        Study weights in percent (1/v and 1/(v + τ²), normalised).
    level : float
        Confidence level in percent.
    ci_method : str
        ``"z"`` or ``"hartung-knapp"``.
    """

    k: int
    fixed: float
    se_fixed: float
    fixed_low: float
    fixed_high: float
    p_fixed: float
    random: float
    se_random: float
    random_low: float
    random_high: float
    p_random: float
    tau2: float
    q: float
    df: int
    p_q: float
    i2: float
    h2: float
    weights_fixed: tuple[float, ...]
    weights_random: tuple[float, ...]
    level: float
    ci_method: str


def pool(log_values: Sequence[float], se: Sequence[float], *, hartung_knapp: bool = False,
         level: float = 95.0) -> Pooled:
    """Pool log-scale estimates by inverse variance, fixed and DerSimonian–Laird random effects.

    Matches R ``metafor::rma(yi, sei=se, method="DL")`` (and ``test="knha"`` with
    ``hartung_knapp=True``) and ``meta::metagen(TE, seTE, method.tau="DL")``:

    - w_i = 1 / se_i², fixed = Σ w_i y_i / Σ w_i, SE = 1 / √Σ w_i;
    - Q = Σ w_i (y_i − fixed)², df = k − 1, C = Σ w_i − Σ w_i² / Σ w_i;
    - τ² = max(0, (Q − df) / C); I² = max(0, (Q − df) / Q);
    - w*_i = 1 / (se_i² + τ²), random = Σ w*_i y_i / Σ w*_i, SE = 1 / √Σ w*_i, CI with z;
    - Hartung–Knapp: SE² = Σ w*_i (y_i − random)² / ((k − 1) Σ w*_i), CI with t(k − 1)
      (no ad hoc truncation, as metafor's default; this CI can be narrower than the z one).

    Parameters
    ----------
    log_values : sequence of float
        Log ratios (natural log).
    se : sequence of float
        Their standard errors (> 0).
    hartung_knapp : bool, default False
    level : float, default 95.0
        Confidence level in percent.

    Returns
    -------
    Pooled

    Raises
    ------
    ValueError
        Fewer than 2 estimates, lengths differ, or a value / SE that is not finite or an SE ≤ 0.
    """
    y = np.asarray(list(log_values), dtype=float)
    s = np.asarray(list(se), dtype=float)
    if y.shape != s.shape:
        raise ValueError(f"log_values and se differ in length: {len(y)} vs {len(s)}")
    if len(y) < 2:
        raise ValueError(f"pooling needs at least 2 estimates with log_value and se_log_value, got {len(y)}")
    bad = [i for i in range(len(y)) if not (math.isfinite(y[i]) and math.isfinite(s[i]) and s[i] > 0)]
    if bad:
        raise ValueError(f"estimate {bad[0]} has log value {y[bad[0]]!r} and SE {s[bad[0]]!r}: both must be finite, "
                         f"SE > 0")
    if not 0 < level < 100:
        raise ValueError(f"level must be a percentage between 0 and 100, got {level!r}")
    k = len(y)
    df = k - 1
    v = s ** 2
    w = 1 / v
    sw = w.sum()
    fixed = float((w * y).sum() / sw)
    se_f = float(math.sqrt(1 / sw))
    q = float((w * (y - fixed) ** 2).sum())
    c = float(sw - (w ** 2).sum() / sw)
    tau2 = max(0.0, (q - df) / c) if c > 0 else 0.0
    i2 = 100 * max(0.0, (q - df) / q) if q > 0 else 0.0
    h2 = q / df
    p_q = float(stats.chi2.sf(q, df))
    ws = 1 / (v + tau2)
    sws = ws.sum()
    rnd = float((ws * y).sum() / sws)
    z = float(stats.norm.ppf(0.5 + level / 200))
    if hartung_knapp:
        se_r = float(math.sqrt((ws * (y - rnd) ** 2).sum() / (df * sws)))
        crit = float(stats.t.ppf(0.5 + level / 200, df))
        p_r = float(2 * stats.t.sf(abs(rnd / se_r), df)) if se_r > 0 else 0.0
    else:
        se_r = float(math.sqrt(1 / sws))
        crit = z
        p_r = float(2 * stats.norm.sf(abs(rnd / se_r)))
    return Pooled(
        k=k, fixed=fixed, se_fixed=se_f, fixed_low=fixed - z * se_f, fixed_high=fixed + z * se_f,
        p_fixed=float(2 * stats.norm.sf(abs(fixed / se_f))), random=rnd, se_random=se_r,
        random_low=rnd - crit * se_r, random_high=rnd + crit * se_r, p_random=p_r, tau2=tau2, q=q, df=df,
        p_q=p_q, i2=i2, h2=h2, weights_fixed=tuple(float(x) for x in 100 * w / sw),
        weights_random=tuple(float(x) for x in 100 * ws / sws), level=level,
        ci_method="hartung-knapp" if hartung_knapp else "z")


POOLED_COLUMNS = ("value", "ci_low", "ci_high", "log_value", "se_log_value", "p_value", "tau2", "q", "df", "p_q",
                  "i2", "k", "ci_method")


def _usable(data: pd.DataFrame) -> pd.DataFrame:
    for col in ("log_value", "se_log_value"):
        if col not in data:
            raise ValueError(f"pooling needs a {col!r} column (outcome_table rows); got {list(data.columns)}")
    d = data.dropna(subset=["log_value", "se_log_value"])
    d = d[d["se_log_value"].astype(float) > 0]
    if "trial_id" in d:
        ids = d["trial_id"].astype("string")
        dup = ids[ids.duplicated() & ids.notna()]
        if len(dup):
            raise ValueError(f"trial {dup.iloc[0]} has {int((ids == dup.iloc[0]).sum())} rows in one pool: "
                             f"a trial may be counted once (choose one estimate per trial, e.g. with "
                             f"trialink.newest_records and one endpoint / population)")
    if "measure" in d and d["measure"].nunique() > 1:
        raise ValueError(f"one pool holds several measures {sorted(d['measure'].unique())}: pool one measure")
    return d


def pooled_effects(data: pd.DataFrame, *, hartung_knapp: bool = False, level: float = 95.0) -> pd.DataFrame:
    """Fixed and DerSimonian–Laird random-effects pooled ratio of outcome-table rows.

    Rows need ``log_value`` and ``se_log_value`` (from :func:`trialink.outcome_table`);
    rows without them are left out. See :func:`pool` for the formulas (metafor / meta's).

    Parameters
    ----------
    data : DataFrame
        One row per study, all on the same direction (see :func:`trialink.reorient_table`).
    hartung_knapp : bool, default False
        Random-effects CI from the Hartung–Knapp SE and t with k − 1 df.
    level : float, default 95.0

    Returns
    -------
    pandas.DataFrame
        Index ``fixed``, ``random``; columns ``value``, ``ci_low``, ``ci_high`` (ratio
        scale), ``log_value``, ``se_log_value``, ``p_value``, ``tau2`` (log scale), ``q``,
        ``df``, ``p_q``, ``i2`` (percent), ``k`` (studies), ``ci_method`` (``z`` or
        ``hartung-knapp``; the fixed row is always ``z``). Heterogeneity columns are the
        same on both rows.

    Raises
    ------
    ValueError
        Fewer than 2 usable rows, two rows of one ``trial_id``, or several measures.
    """
    d = _usable(data)
    p = pool(d["log_value"].astype(float), d["se_log_value"].astype(float), hartung_knapp=hartung_knapp,
             level=level)
    common = {"tau2": p.tau2, "q": p.q, "df": p.df, "p_q": p.p_q, "i2": p.i2, "k": p.k}
    rows = {
        "fixed": {"value": math.exp(p.fixed), "ci_low": math.exp(p.fixed_low), "ci_high": math.exp(p.fixed_high),
                  "log_value": p.fixed, "se_log_value": p.se_fixed, "p_value": p.p_fixed, **common,
                  "ci_method": "z"},
        "random": {"value": math.exp(p.random), "ci_low": math.exp(p.random_low),
                   "ci_high": math.exp(p.random_high), "log_value": p.random, "se_log_value": p.se_random,
                   "p_value": p.p_random, **common, "ci_method": p.ci_method},
    }
    out = pd.DataFrame.from_dict(rows, orient="index")[list(POOLED_COLUMNS)]
    for c in POOLED_COLUMNS:
        if c in ("df", "k"):
            out[c] = out[c].astype("int64")
        elif c == "ci_method":
            out[c] = out[c].astype("string")
        else:
            out[c] = out[c].astype(float)
    return out


def study_weights(data: pd.DataFrame) -> pd.DataFrame:
    """Each row's weight in the pool, in percent (fixed: 1/v; random: 1/(v + τ²)).

    Returns
    -------
    pandas.DataFrame
        Same index as the usable rows of ``data``; columns ``weight_fixed``,
        ``weight_random`` (float, percent, each summing to 100).
    """
    d = _usable(data)
    p = pool(d["log_value"].astype(float), d["se_log_value"].astype(float))
    return pd.DataFrame({"weight_fixed": p.weights_fixed, "weight_random": p.weights_random}, index=d.index)
