"""How link() grows with the number of records: the corpus repeated with fresh IDs.

The corpus's trials and publications (183 and 1,966 when this was written) are copied k
times; every copy gets fresh identifiers (trial IDs, PMIDs, DOIs, the registry numbers
publications carry, the PMIDs trial records list: ``<id>~<copy>``), so ID links stay
within a copy and nothing is deduplicated away, while titles, abstracts and
interventions repeat (the hardest case for candidate blocking: every word is k times as
common). Each step runs in a fresh forked process and prints link()'s wall time, the rows
found, and the process's peak resident memory (VmHWM) with its resident memory before
linking (the copies included). Then the same for 10,000 trials × 100,000 publications.

With ``--matching`` one made-up article per trial (its brief title, an abstract naming its
acronym, interventions and N; no registry number) replaces one corpus publication, so that
the fuzzy candidate path has something to find; the candidates column counts them.

Usage: ``python bench/link_scale.py [--corpus DIR] [--steps 1 4 16] [--big 10000 100000] [--no-fuzzy]
[--matching]``.
Timings depend on the machine's load; run it alone for figures to quote.
"""

from __future__ import annotations

import argparse
import dataclasses
import multiprocessing as mp
import os
import time
from pathlib import Path

from trialink.link import link
from trialink.model import Publication, Trial
from trialink.sources.local import read_records


def _status(field: str) -> int:
    """A memory figure of this process from /proc/self/status, in MB (0 where there is no /proc)."""
    try:
        for line in open("/proc/self/status"):
            if line.startswith(field + ":"):
                return int(line.split()[1]) // 1024
    except OSError:
        pass
    return 0


def _fresh(value: str | None, c: int) -> str | None:
    return value if value is None or c == 0 else f"{value}~{c}"


def _copy_trial(t: Trial, c: int) -> Trial:
    return dataclasses.replace(
        t, trial_id=_fresh(t.trial_id, c), nct_id=_fresh(t.nct_id, c),
        nct_aliases=tuple(_fresh(a, c) for a in t.nct_aliases),  # type: ignore[misc]
        secondary_ids=tuple(dataclasses.replace(s, id=_fresh(s.id, c)) for s in t.secondary_ids),
        references=tuple(dataclasses.replace(r, pmid=_fresh(r.pmid, c)) for r in t.references))


def _copy_pub(p: Publication, c: int) -> Publication:
    return dataclasses.replace(p, pmid=_fresh(p.pmid, c), doi=_fresh(p.doi, c), pmcid=_fresh(p.pmcid, c),
                               accessions=tuple(dataclasses.replace(a, id=_fresh(a.id, c)) for a in p.accessions))


def _article_for(t: Trial) -> Publication:
    """A made-up report of trial ``t`` carrying no registry number (``--matching``): its brief title,
    and an abstract naming its acronym, interventions and N, for the fuzzy candidates to find."""
    drugs = ", ".join(i.name for i in t.interventions[:3]) or "the study treatment"
    n = f" in {t.enrollment} patients" if t.enrollment else ""
    return Publication(pmid=f"m{t.trial_id}", provenance=t.provenance, title=t.brief_title or t.official_title,
                       abstract=f"{t.acronym or 'This trial'} compared {drugs}{n}.",
                       pub_date=(t.start_date or "2000")[:4] + "-12")


def _grow(items: list, n: int, copy) -> list:  # type: ignore[no-untyped-def,type-arg]
    return [copy(items[i % len(items)], i // len(items)) for i in range(n)]


def _step(trials: list[Trial], pubs: list[Publication], n_trials: int, n_pubs: int, fuzzy: bool, matching: bool,
          out: mp.Queue) -> None:  # type: ignore[type-arg]
    ts = _grow(trials, n_trials, _copy_trial)
    ps = _grow(pubs, n_pubs - (len(ts) if matching else 0), _copy_pub)
    if matching:
        ps += [_article_for(t) for t in ts]
    before = _status("VmRSS")
    t0 = time.perf_counter()
    df = link(ts, ps, fuzzy=fuzzy)
    seconds = time.perf_counter() - t0
    out.put((seconds, len(df), int((df["link_type"] == "candidate").sum()), before, _status("VmHWM")))


def _run(trials: list[Trial], pubs: list[Publication], n_trials: int, n_pubs: int, fuzzy: bool,
         matching: bool) -> tuple:  # type: ignore[type-arg]
    ctx = mp.get_context("fork")
    q = ctx.Queue()
    proc = ctx.Process(target=_step, args=(trials, pubs, n_trials, n_pubs, fuzzy, matching, q))
    proc.start()
    result = q.get()
    proc.join()
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=os.environ.get("TRIALINK_CORPUS", "../shared/corpus"))
    ap.add_argument("--steps", type=int, nargs="+", default=[1, 4, 16])
    ap.add_argument("--big", type=int, nargs=2, default=[10_000, 100_000], metavar=("TRIALS", "PUBLICATIONS"))
    ap.add_argument("--no-fuzzy", action="store_true", help="ID links only")
    ap.add_argument("--matching", action="store_true",
                    help="one made-up article per trial (its title, acronym, drugs, N; no registry number) among "
                         "the publications, so that fuzzy candidates exist to be found")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    records = [r for sub in ("ctgov", "pubmed", "europepmc", "crossref")
               for r in read_records(corpus / sub, on_error="collect")]
    trials = [r for r in records if isinstance(r, Trial)]
    pubs = [r for r in records if isinstance(r, Publication)]
    fuzzy = not args.no_fuzzy
    print(f"corpus: {len(trials)} trials, {len(pubs)} publications; fuzzy candidates {'on' if fuzzy else 'off'}; "
          f"{os.cpu_count()} CPUs (shared: timings under load)"
          + ("; plus one made-up matching article per trial" if args.matching else ""))
    print(f"{'step':>5}{'trials':>9}{'pubs':>10}{'seconds':>10}{'x time':>8}{'rows':>9}{'cand.':>7}"
          f"{'RSS before MB':>15}{'peak MB':>9}")
    base = None
    for k in args.steps:
        s, rows, cand, before, peak = _run(trials, pubs, k * len(trials), k * len(pubs), fuzzy, args.matching)
        base = base or s
        print(f"{k:>4}x{k * len(trials):>9,}{k * len(pubs):>10,}{s:>10.2f}{s / base:>8.1f}{rows:>9,}{cand:>7,}"
              f"{before:>15,}{peak:>9,}")
    nt, np_ = args.big
    s, rows, cand, before, peak = _run(trials, pubs, nt, np_, fuzzy, args.matching)
    print(f"{'big':>5}{nt:>9,}{np_:>10,}{s:>10.2f}{'':>8}{rows:>9,}{cand:>7,}{before:>15,}{peak:>9,}")


if __name__ == "__main__":
    main()
