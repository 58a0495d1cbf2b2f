"""AACT import speed and memory: trialink's ``import_aact`` vs DuckDB's bare read_csv and pandas,
on generated AACT-format files of realistic size.

Usage: python bench/aact_import.py [--studies 60000] [--repeat 3] [--keep DIR | --folder DIR]

The generator writes AACT flat files (header, ``|``, quoted values holding ``|``, ``~`` line
breaks, empty = NULL, t/f) into a temporary folder (never committed): with the default 60,000
studies, 3.66 million rows in 14 tables, 1.08 million of them ``outcome_measurements``.
Like with like, on the same 14 files, in rounds (the readers back to back, ``--repeat`` times;
the median and each round's ratio printed):

- ``import_aact`` end to end into a fresh store file: every table read with the stated dialect
  and AACT types (rejected rows kept), the studies' records, content hashes and pending-Trial
  rows written — everything the import does; Trials are built on first read, timed apart;
- DuckDB's bare ``read_csv`` (auto-detected) of every file into a table of a fresh DuckDB file;
- ``pandas.read_csv`` of every file into frames in memory, types inferred, and told the AACT
  types (dates parsed, t/f booleans: the typed result the store holds).

Then: Trials derived from the stored rows (``Store.derive``, what the first read does) on a
slice of studies, in studies/s, and a re-import of the same slice; peak RSS of ``import_aact``
at half and full size (flat = it does not grow with rows).
"""

from __future__ import annotations

import argparse
import random
import statistics
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


def _rss_child(folder: str) -> int:
    """Peak RSS (MB) of a fresh process that runs ``import_aact`` on a folder into a store file."""
    code = (f"import resource, sys, tempfile, warnings; sys.path.insert(0, {str(ROOT)!r})\n"
            "warnings.simplefilter('ignore')\n"
            "from trialink.sources.aact import import_aact\n"
            "from trialink.store import open_store\n"
            "with tempfile.TemporaryDirectory() as d:\n"
            "    with open_store(d + '/m.duckdb') as st:\n"
            f"        import_aact({folder!r}, store=st)\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return int(out.split()[-1])


def _pandas_typed(path: Path, table: str):  # type: ignore[no-untyped-def]
    """pandas.read_csv told what trialink tells DuckDB: the delimiter, empty = missing, the
    column types of AACT's schema (dates parsed, t/f booleans)."""
    import pandas as pd
    from trialink.sources.aact import AACT_TYPES

    types = AACT_TYPES[table]
    dtype = {c: {"VARCHAR": "string", "INTEGER": "Int64", "DOUBLE": "float64", "BOOLEAN": "boolean"}.get(t, "string")
             for c, t in types.items() if t not in ("DATE", "TIMESTAMP")}
    dates = [c for c, t in types.items() if t in ("DATE", "TIMESTAMP")]
    return pd.read_csv(path, sep="|", dtype=dtype, parse_dates=dates, keep_default_na=False, na_values=[""],
                       true_values=["t"], false_values=["f"])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--studies", type=int, default=60_000)
    ap.add_argument("--derive-studies", type=int, default=3000, help="studies whose Trials are derived (second step)")
    ap.add_argument("--repeat", type=int, default=3, help="rounds of the three readers (median reported)")
    ap.add_argument("--folder", help="use AACT files already generated here (by --keep) instead of generating")
    ap.add_argument("--keep", help="write the files here instead of a temporary folder")
    ap.add_argument("--no-rss", action="store_true", help="skip the memory runs")
    args = ap.parse_args()
    import warnings

    import duckdb
    import pandas as pd
    from trialink.sources.aact import import_aact
    from trialink.store import open_store

    warnings.simplefilter("ignore")
    with tempfile.TemporaryDirectory(prefix="trialink-aact-bench-") as tmp:
        if args.folder:
            folder = Path(args.folder)
            counts = {f.stem: sum(1 for _ in f.open("rb")) - 1 for f in sorted(folder.glob("*.txt"))}
        else:
            folder = Path(args.keep or tmp) / "aact"
            t = time.perf_counter()
            counts = make_aact(folder, args.studies)
            print(f"generated in {time.perf_counter() - t:.1f} s")
        files = sorted(folder.glob("*.txt"))
        total = sum(counts.values())
        print(f"{total:,} rows in {len(files)} tables ({counts['outcome_measurements']:,} outcome_measurements, "
              f"{counts['studies']:,} studies)")

        def timed(fn) -> float:  # type: ignore[no-untyped-def]
            t0 = time.perf_counter()
            fn()
            return time.perf_counter() - t0

        def bare() -> None:  # every file into a table of a fresh DuckDB file, types auto-detected
            with tempfile.TemporaryDirectory() as d:
                con = duckdb.connect(f"{d}/bare.duckdb")
                con.execute("SET enable_progress_bar = false")
                for f in files:
                    con.execute(f"CREATE TABLE \"{f.stem}\" AS SELECT * FROM read_csv('{f}', delim='|', header=true)")
                con.close()

        def ours() -> None:  # import_aact into a fresh store file: tables, records, hashes, pending Trials
            with tempfile.TemporaryDirectory() as d:
                with open_store(f"{d}/ours.duckdb") as st:
                    import_aact(folder, store=st)

        def pandas_inferred() -> None:
            for f in files:
                pd.read_csv(f, sep="|", low_memory=False)

        def pandas_typed() -> None:
            for f in files:
                _pandas_typed(f, f.stem)

        runs: dict[str, list[float]] = {}
        for _ in range(args.repeat):  # the readers back to back, in rounds
            for name, fn in (("ours", ours), ("bare", bare), ("pandas", pandas_inferred),
                             ("pandas_typed", pandas_typed)):
                runs.setdefault(name, []).append(timed(fn))
        med = {k: statistics.median(v) for k, v in runs.items()}
        r_bare = sorted(b / o for o, b in zip(runs["ours"], runs["bare"], strict=True))
        r_pd = sorted(p / o for o, p in zip(runs["ours"], runs["pandas"], strict=True))
        r_pdt = sorted(p / o for o, p in zip(runs["ours"], runs["pandas_typed"], strict=True))
        print(f"\nall {len(files)} files, {total:,} rows; median of {args.repeat} rounds, each round the four "
              f"back to back (machine shared with other jobs: figures under load)")
        for name, label in (("ours", "trialink import_aact (tables+records, store file)"),
                            ("bare", "DuckDB bare read_csv (auto-detect, DuckDB file)"),
                            ("pandas", "pandas read_csv (inferred types, in memory)"),
                            ("pandas_typed", "pandas read_csv (AACT types, in memory)")):
            print(f"  {label:52s} {total / med[name]:>12,.0f} rows/s  {med[name]:6.2f} s")
        print(f"  ratio vs DuckDB bare: {statistics.median(r_bare):.2f}x (rounds: "
              f"{', '.join(f'{x:.2f}' for x in r_bare)}; target >= 0.5x)")
        print(f"  ratio vs pandas (inferred): {statistics.median(r_pd):.2f}x (rounds: "
              f"{', '.join(f'{x:.2f}' for x in r_pd)}; target >= 3x)")
        print(f"  ratio vs pandas (AACT types): {statistics.median(r_pdt):.2f}x (rounds: "
              f"{', '.join(f'{x:.2f}' for x in r_pdt)})")

        # Second step: Trials derived from the stored rows (on first read), on a slice of studies.
        sub = Path(tmp) / "slice"
        make_aact(sub, args.derive_studies, seed=11)
        with tempfile.TemporaryDirectory() as d:
            store = open_store(f"{d}/derive.duckdb")
            t_i = timed(lambda: import_aact(sub, store=store))
            t_d = timed(store.derive)
            n = len(store.design_table())
            print(f"\n{args.derive_studies:,} studies: import_aact {t_i:.2f} s; Trials + typed tables derived "
                  f"(Store.derive, what the first read does) {t_d:.2f} s = {n / t_d:,.0f} studies/s")
            t_re = timed(lambda: import_aact(sub, store=store))
            print(f"  the same extract again: {t_re:.2f} s, pending after it: {store.info()['pending_derivation']}")
            store.close()

        if not args.no_rss:
            half = Path(tmp) / "half"
            make_aact(half, args.studies // 2, seed=3)
            rss_half = _rss_child(str(half))
            rss_full = _rss_child(str(folder))
            print(f"\npeak RSS of import_aact: {rss_half} MB at {args.studies // 2:,} studies, "
                  f"{rss_full} MB at {counts['studies']:,} studies")


if __name__ == "__main__":
    main()
