"""Benchmark: read a CT.gov bulk JSON zip of ≥100,000 studies into the design table.

Builds, in a temporary folder, a zip shaped like ClinicalTrials.gov's bulk download
(one ``NCTxxxxxxxx.json`` v2 study per member) by repeating the corpus's v2 studies
under fresh NCT numbers, then measures in the same run:

1. trialink: ``read_records(zip)`` → ``design_table`` (records/s, peak traced memory);
2. streaming memory: peak RSS of a fresh process streaming N/10 and N records
   through ``read_records`` without keeping them (flat = about the same);
3. baseline: ``json.load`` + ``pandas.json_normalize`` of the same members (records/s,
   on a sample, as flattening all of them takes minutes).

Usage: ``python bench/bulk_read.py [--records 100000] [--baseline-sample 5000]``.
Targets (issue "Foundation"): memory flat in N; trialink ≥ 3× the baseline's records/s.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path

import pandas as pd
import trialink as tl


def _corpus_studies(corpus: Path) -> list[dict]:
    studies = []
    for f in sorted((corpus / "ctgov" / "v2").glob("NCT*.json")):
        obj = json.loads(f.read_text(encoding="utf-8"))
        studies += obj.get("studies", [obj])
    return studies


def build_zip(path: Path, n: int, corpus: Path) -> None:
    studies = _corpus_studies(corpus)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for i in range(n):
            st = studies[i % len(studies)]
            nct = f"NCT{90000000 + i:08d}"
            st["protocolSection"]["identificationModule"]["nctId"] = nct
            zf.writestr(f"{nct}.json", json.dumps(st))


def run_trialink(path: Path) -> tuple[int, float]:
    """Records/s of read_records → design_table (no memory tracing: it slows Python ~5×)."""
    t0 = time.perf_counter()
    n = len(tl.design_table(tl.read_records(path, on_error="raise")))
    return n, time.perf_counter() - t0


def run_table_memory(path: Path) -> int:
    tracemalloc.start()
    tl.design_table(tl.read_records(path, on_error="raise"))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


# Peak RSS of the child itself (VmHWM, kB): ru_maxrss would carry the parent's peak over
# through fork+exec, and the parent has just built a whole design table.
_CHILD = """
import re, sys, trialink as tl
n, limit = 0, int(sys.argv[2])
for _ in tl.read_records(sys.argv[1], on_error="raise"):
    n += 1
    if n >= limit:
        break
print(re.search(r"VmHWM:\\s*(\\d+)", open("/proc/self/status").read()).group(1))
"""


def run_streaming_only(path: Path, limit: int) -> int:
    """Peak RSS (bytes) of a fresh process that streams ``limit`` records, keeping none."""
    out = subprocess.run([sys.executable, "-c", _CHILD, str(path), str(limit)], check=True,
                         capture_output=True, text=True).stdout
    return int(out.split()[-1]) * 1024


def run_baseline(path: Path, sample: int) -> tuple[int, float]:
    t0 = time.perf_counter()
    frames = []
    with zipfile.ZipFile(path) as zf:
        for k, info in enumerate(zf.infolist()):
            if k >= sample:
                break
            with zf.open(info) as fh:
                frames.append(pd.json_normalize(json.load(fh)))
    pd.concat(frames, ignore_index=True)
    return min(sample, k + 1), time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--baseline-sample", type=int, default=5_000)
    ap.add_argument("--table-memory", action="store_true", help="also trace memory of building the whole table")
    ap.add_argument("--corpus", default=os.environ.get("TRIALINK_CORPUS", "../shared/corpus"))
    args = ap.parse_args()
    corpus = Path(args.corpus)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ctg-studies.json.zip"
        t0 = time.perf_counter()
        build_zip(path, args.records, corpus)
        print(f"built {args.records:,} records ({path.stat().st_size / 1e6:.0f} MB zip) in "
              f"{time.perf_counter() - t0:.1f}s")

        n, dt = run_trialink(path)
        ours = n / dt
        print(f"trialink read_records → design_table: {n:,} records in {dt:.1f}s = {ours:,.0f} rec/s")
        if args.table_memory:
            print(f"  peak traced memory incl. the {n:,}-row table: {run_table_memory(path) / 1e6:.0f} MB")

        small, big = args.records // 10, args.records
        p_small, p_big = run_streaming_only(path, small), run_streaming_only(path, big)
        print(f"streaming only (peak RSS of a fresh process): {p_small / 1e6:.0f} MB at {small:,} records, "
              f"{p_big / 1e6:.0f} MB at {big:,} records (ratio {p_big / p_small:.2f}; flat ≈ 1)")

        bn, bdt = run_baseline(path, args.baseline_sample)
        base = bn / bdt
        print(f"baseline json.load + pandas.json_normalize: {bn:,} records in {bdt:.1f}s = {base:,.0f} rec/s")
        print(f"speed-up: {ours / base:.1f}× (target ≥ 3×)")


if __name__ == "__main__":
    main()
