"""AACT import speed and memory: trialink's typed, rejects-counting read vs DuckDB's bare read_csv
and pandas, on generated AACT-format files of realistic size.

Usage: python bench/aact_import.py [--studies 60000] [--keep DIR]

The generator writes AACT flat files (header, ``|``, quoted values holding ``|``, ``~`` line
breaks, empty = NULL, t/f) into a temporary folder (never committed): with the default 60,000
studies, ~1.2 million ``outcome_measurements`` rows. Printed side by side:

- rows/s of ``read_aact`` (explicit dialect, AACT column types, rejected rows kept) into a
  store file, DuckDB's bare ``read_csv`` (auto-detected) into a table of a fresh file, and
  ``pandas.read_csv``, on the same files;
- studies/s of building Trials from the loaded tables into the store (``import_aact``'s second
  step), reported apart;
- peak RSS of the table import at half and at full size (flat = it does not grow with rows).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WORDS = ("overall survival progression free response rate hazard placebo arm dose week month participants "
         "randomized median adverse events baseline change score").split()


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def make_aact(folder: Path, n_studies: int, seed: int = 7) -> dict[str, int]:
    """Write AACT-format tables for ``n_studies`` made-up studies; returns rows per table."""
    from trialink.sources.aact import AACT_TYPES

    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    files = {t: (folder / f"{t}.txt").open("w", encoding="utf-8") for t in (
        "studies", "designs", "design_groups", "interventions", "design_group_interventions", "conditions",
        "sponsors", "countries", "outcomes", "result_groups", "outcome_counts", "outcome_measurements",
        "outcome_analyses", "outcome_analysis_groups")}
    for t, fh in files.items():
        fh.write("|".join(AACT_TYPES[t]) + "\n")
    counts = dict.fromkeys(files, 0)
    ids = iter(range(1, 10**9))

    def row(t: str, **v: object) -> int:
        i = next(ids)
        v.setdefault("id", i)
        fh = files[t]
        fh.write("|".join("" if v.get(c) is None else str(v[c]) for c in AACT_TYPES[t]) + "\n")
        counts[t] += 1
        return i

    for s in range(n_studies):
        nct = f"NCT{10_000_000 + s:08d}"
        files["studies"].write("|".join({
            "nct_id": nct, "brief_title": f'"{_text(rng, 6)}|{_text(rng, 3)}"' if s % 50 == 0 else _text(rng, 8),
            "official_title": _text(rng, 15), "overall_status": "COMPLETED", "phase": "PHASE3",
            "study_type": "INTERVENTIONAL", "enrollment": str(rng.randint(20, 900)), "enrollment_type": "ACTUAL",
            "start_month_year": "2015-03", "study_first_posted_date": "2015-01-10",
            "results_first_posted_date": "2019-05-02", "last_update_posted_date": "2020-01-01",
            "has_dmc": rng.choice("tf"), "created_at": "2024-01-01 00:00:00", "updated_at": "2024-01-01 00:00:00",
        }.get(c, "") for c in AACT_TYPES["studies"]) + "\n")
        counts["studies"] += 1
        row("designs", nct_id=nct, allocation="RANDOMIZED", intervention_model="PARALLEL",
            primary_purpose="TREATMENT", masking="DOUBLE", subject_masked="t", investigator_masked="t")
        arms = [row("design_groups", nct_id=nct, group_type=k, title=f"Arm {k.lower()}",
                    description=f"{_text(rng, 12)}~{_text(rng, 6)}") for k in ("EXPERIMENTAL", "PLACEBO_COMPARATOR")]
        for a in arms:
            i = row("interventions", nct_id=nct, intervention_type="DRUG", name=f"drug {a}", description=_text(rng, 10))
            row("design_group_interventions", nct_id=nct, design_group_id=a, intervention_id=i)
        row("conditions", nct_id=nct, name="Breast Cancer", downcase_name="breast cancer")
        row("sponsors", nct_id=nct, agency_class="INDUSTRY", lead_or_collaborator="lead", name="Sponsor")
        row("countries", nct_id=nct, name="France", removed="f")
        for k in range(4):
            o = row("outcomes", nct_id=nct, outcome_type="PRIMARY" if k == 0 else "SECONDARY",
                    title=rng.choice(("Overall Survival", "Progression-free Survival", "Response Rate", "QoL")),
                    time_frame="36 months", units="months", dispersion_type="95% Confidence Interval",
                    param_type="MEDIAN", description=f"{_text(rng, 20)}~{_text(rng, 10)}")
            groups = [row("result_groups", nct_id=nct, ctgov_group_code=f"OG00{g}", result_type="Outcome",
                          title=f"Arm {g}") for g in range(2)]
            for g, rg in enumerate(groups):
                row("outcome_counts", nct_id=nct, outcome_id=o, result_group_id=rg, ctgov_group_code=f"OG00{g}",
                    scope="Measure", units="Participants", count=rng.randint(10, 400))
                for c in range(2 + (k == 3)):
                    v = round(rng.uniform(1, 30), 1)
                    empty = rng.random() < 0.05
                    row("outcome_measurements", nct_id=nct, outcome_id=o, result_group_id=rg,
                        ctgov_group_code=f"OG00{g}", category=f"cat {c}" if k == 3 else None,
                        title="Overall Survival", units="months", param_type="MEDIAN",
                        param_value="NA" if empty else v, param_value_num=None if empty else v,
                        dispersion_type="95% Confidence Interval", dispersion_lower_limit=round(v * 0.8, 1),
                        dispersion_upper_limit=None if empty else round(v * 1.2, 1),
                        dispersion_lower_limit_raw=round(v * 0.8, 1),
                        dispersion_upper_limit_raw="NA" if empty else round(v * 1.2, 1))
            hr = round(rng.uniform(0.4, 1.4), 2)
            p = rng.choice(("<0.001", "0.04", "0.21"))
            a = row("outcome_analyses", nct_id=nct, outcome_id=o, param_type="Hazard Ratio (HR)", param_value=hr,
                    p_value_modifier="<" if p.startswith("<") else None, p_value=p.lstrip("<"), ci_n_sides="TWO_SIDED",
                    ci_percent=95, ci_lower_limit=round(hr * 0.8, 2), ci_upper_limit=round(hr * 1.25, 2),
                    ci_lower_limit_raw=round(hr * 0.8, 2), ci_upper_limit_raw=round(hr * 1.25, 2), p_value_raw=p,
                    method="Log Rank", estimate_description='"Arm 0|Arm 1"' if k == 1 else "Arm 0 vs Arm 1")
            for g, rg in enumerate(groups):
                row("outcome_analysis_groups", nct_id=nct, outcome_analysis_id=a, result_group_id=rg,
                    ctgov_group_code=f"OG00{g}")
    for fh in files.values():
        fh.close()
    return counts


def _rss_child(folder: str, table: str) -> int:
    """Peak RSS (MB) of a fresh process that imports one table into a store file."""
    code = (f"import resource, sys, tempfile, duckdb; sys.path.insert(0, {str(ROOT)!r})\n"
            "from trialink.sources.aact import read_aact\n"
            "with tempfile.TemporaryDirectory() as d:\n"
            "    con = duckdb.connect(d + '/m.duckdb')\n"
            f"    read_aact({folder!r}, con, tables=[{table!r}])\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return int(out.split()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--studies", type=int, default=60_000)
    ap.add_argument("--derive-studies", type=int, default=3000, help="studies built into Trials (second step)")
    ap.add_argument("--keep", help="write the files here instead of a temporary folder")
    args = ap.parse_args()
    import duckdb
    import pandas as pd
    from trialink.sources.aact import import_aact, read_aact
    from trialink.store import open_store

    with tempfile.TemporaryDirectory(prefix="trialink-aact-bench-") as tmp:
        folder = Path(args.keep or tmp) / "aact"
        t = time.perf_counter()
        counts = make_aact(folder, args.studies)
        print(f"generated {sum(counts.values()):,} rows in {len(counts)} tables "
              f"({counts['outcome_measurements']:,} outcome_measurements) in {time.perf_counter() - t:.1f} s")
        om = folder / "outcome_measurements.txt"
        n_om = counts["outcome_measurements"]

        def timed(fn) -> float:  # type: ignore[no-untyped-def]
            t0 = time.perf_counter()
            fn()
            return time.perf_counter() - t0

        with tempfile.TemporaryDirectory() as d:
            con = duckdb.connect(f"{d}/bare.duckdb")
            con.execute("SET enable_progress_bar = false")
            sql = f"CREATE TABLE t AS SELECT * FROM read_csv('{om}', delim='|', header=true)"
            bare = timed(lambda: con.execute(sql))
            con.close()
        with tempfile.TemporaryDirectory() as d:
            con = duckdb.connect(f"{d}/ours.duckdb")
            ours = timed(lambda: read_aact(om, con))
            con.close()
        mem = duckdb.connect()
        ours_mem = timed(lambda: read_aact(om, mem))
        mem.close()
        pandas_t = timed(lambda: pd.read_csv(om, sep="|", low_memory=False))
        print("\noutcome_measurements.txt, rows/s into a fresh store file (pandas: a frame in memory); "
              "machine shared with other jobs: figures under load")
        print(f"  {'trialink read_aact (typed, rejects kept)':44s} {n_om / ours:>12,.0f}   {ours:6.2f} s")
        print(f"  {'DuckDB bare read_csv (auto-detect)':44s} {n_om / bare:>12,.0f}   {bare:6.2f} s")
        print(f"  {'trialink read_aact, in-memory DuckDB':44s} {n_om / ours_mem:>12,.0f}   {ours_mem:6.2f} s")
        print(f"  {'pandas read_csv':44s} {n_om / pandas_t:>12,.0f}   {pandas_t:6.2f} s")
        print(f"  ratio vs DuckDB bare: {bare / ours:.2f}x (target >= 0.5x)   "
              f"ratio vs pandas: {pandas_t / ours:.1f}x (target >= 3x)")

        with tempfile.TemporaryDirectory() as d:
            con = duckdb.connect(f"{d}/all.duckdb")
            total = sum(counts.values())
            t_all = timed(lambda: read_aact(folder, con))
            print(f"\nall {len(counts)} tables: {total:,} rows in {t_all:.2f} s = {total / t_all:,.0f} rows/s")
            con.close()

        # Second step: AACT rows -> Trials -> store, on a slice of the studies.
        sub = Path(tmp) / "slice"
        make_aact(sub, args.derive_studies, seed=11)
        with tempfile.TemporaryDirectory() as d:
            store = open_store(f"{d}/derive.duckdb")
            t_d = timed(lambda: import_aact(sub, store=store))
            n = store.info()["records"]
            print(f"import_aact end to end ({args.derive_studies:,} studies: tables + Trials + typed tables): "
                  f"{t_d:.2f} s = {n / t_d:,.0f} studies/s")
            store.close()

        half = Path(tmp) / "half"
        make_aact(half, args.studies // 2, seed=3)
        rss_half = _rss_child(str(half), "outcome_measurements")
        rss_full = _rss_child(str(folder), "outcome_measurements")
        print(f"\npeak RSS importing outcome_measurements: {rss_half} MB at {n_om // 2:,} rows, "
              f"{rss_full} MB at {n_om:,} rows")


if __name__ == "__main__":
    main()
