"""Many processes and threads on one HTTP cache: every answer written and read back, no lock error.

    .venv/bin/python bench/cache_concurrency.py [processes] [threads] [requests_per_thread]

Defaults 3 x 4 x 200 = 2,400 distinct answers through the parse-then-store path
(``CrossrefClient.work`` against a local server), then all read back offline. Prints counts
and wall time (taken on a shared machine).
"""

from __future__ import annotations

import json
import multiprocessing as mp
import sys
import tempfile
import time
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import faultserver as fs  # noqa: E402


def _work(url: str, cache: str, proc: int, threads: int, n: int, offline: bool) -> tuple[int, int, list[str]]:
    from trialink import CrossrefClient, make_session
    from trialink.errors import TrialinkError

    warnings.simplefilter("ignore")
    session = make_session(cache, offline=offline, sleep=lambda s: None)
    client = CrossrefClient(session, base_url=url)
    ok = bad = 0
    errors: list[str] = []

    def one(i: int) -> str:
        return client.get(f"10.5555/p{proc}.t{i // n}.n{i % n}").doi

    with ThreadPoolExecutor(threads) as pool:
        for i, fut in enumerate([pool.submit(one, i) for i in range(threads * n)]):
            try:
                doi = fut.result()
            except TrialinkError as exc:
                bad += 1
                errors.append(str(exc)[:120])
                continue
            if doi == f"10.5555/p{proc}.t{i // n}.n{i % n}":
                ok += 1
            else:
                bad += 1
    return ok, bad, errors[:3]


def main() -> None:
    procs, threads, n = (int(x) for x in (sys.argv[1:] + ["3", "4", "200"][len(sys.argv[1:]):]))

    def answer(seen: fs.Seen) -> fs.Answer:
        doi = seen.path.removeprefix("/works/")
        return fs.Answer(body=json.dumps({"status": "ok", "message-type": "work",
                                          "message": {"DOI": doi, "title": [f"title {doi}"]}}).encode())

    srv = fs.FaultServer(answer).start()
    ctx = mp.get_context("spawn")
    try:
        with tempfile.TemporaryDirectory() as cache:
            for offline in (False, True):
                t0 = time.perf_counter()
                with ctx.Pool(procs) as pool:
                    results = pool.starmap(_work, [(srv.url, cache, p, threads, n, offline) for p in range(procs)])
                ok = sum(r[0] for r in results)
                bad = sum(r[1] for r in results)
                print(f"{'offline replay' if offline else 'online write '}: {ok}/{procs * threads * n} answers right, "
                      f"{bad} failed, {time.perf_counter() - t0:.1f} s; server saw {srv.count()} requests"
                      + (f"; e.g. {results[0][2]}" if bad else ""))
    finally:
        srv.stop()


if __name__ == "__main__":
    main()
