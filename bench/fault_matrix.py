"""Print the fault matrix: every client method that makes requests x every fault a service shows
→ outcome, requests made, wall time, and whether anything of the failed answer was cached.

    .venv/bin/python bench/fault_matrix.py [--markdown | --grid]

``--grid`` prints one markdown row per client method, one column per fault; a cell is the
outcome and the requests made (``ok 2`` recovered in 2 requests; ``Bad 2`` BadResponseError
after asking twice; ``503 3`` RequestError 503 after 3 attempts; ``net 3`` a transport error
after 3 attempts; ``400 1``; a trailing ``f`` = reported per ID in ``failed``, the call
itself returned). Every cell where the call did not recover left nothing in the cache.

Runs against the local fault server of tests/faultserver.py (127.0.0.1, real corpus payloads
as the healthy answers), with retries=2, timeout 0.3 s and back-off waits recorded, not slept
(so times are the work done, not the waits; the waits are listed). Times are wall-clock on a
shared machine.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import faultserver as fs  # noqa: E402
from trialink import make_session  # noqa: E402
from trialink.errors import OfflineError  # noqa: E402


def _label(out: fs.Outcome, healthy: fs.Outcome) -> str:
    if out.kind == "ok":
        return "recovered" if out.value == healthy.value else "WRONG RESULT"
    err = out.error
    status = getattr(err, "status_code", None)
    name = type(err).__name__
    where = "failed[id]" if out.kind == "failed" else "raised"
    return f"{name}{f' {status}' if status else ''} ({where})"


def main() -> None:
    corpus = Path(os.environ.get("TRIALINK_CORPUS", ROOT.parent / "shared" / "corpus"))
    markdown = "--markdown" in sys.argv
    srv = fs.FaultServer(fs.corpus_answers(corpus))
    srv.inband = fs.inband_answers
    srv.start()
    rows = []
    try:
        with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for case in fs.CASES:
                waits: list[float] = []

                def session(cache: Path, offline: bool = False, waits: list = waits):  # type: ignore[no-untyped-def]
                    return make_session(cache, offline=offline, retries=2, backoff=0.5, timeout=0.3,
                                        connect_timeout=0.3, sleep=waits.append)

                healthy = fs.run(case, fs.clients(srv.url, session(Path(tmp) / "healthy" / case.name)))
                for fault in fs.FAULTS:
                    cache = Path(tmp) / case.name / fault
                    srv.inject(fault, times=1 if fault in ("429", "503_then_ok") else None)
                    waits.clear()
                    n0 = srv.count()
                    t0 = time.perf_counter()
                    out = fs.run(case, fs.clients(srv.url, session(cache)))
                    dt = time.perf_counter() - t0
                    sent = srv.count() - n0
                    srv.heal()
                    off = fs.run(case, fs.clients(srv.url, session(cache, offline=True)))
                    cached = "no" if isinstance(off.error, OfflineError) else ("good answer" if off.kind == "ok"
                                                                               else f"?{off.kind}")
                    named = ("yes" if not case.ids or out.kind == "ok" or all(
                        i in str(out.error) or (out.kind == "failed" and i in out.value) for i in case.ids) else "NO")
                    rows.append((case.name, fault, _label(out, healthy), sent, f"{dt:.2f}",
                                 "+".join(f"{w:g}" for w in waits) or "-", cached, named))
    finally:
        srv.stop()
    head = ("client method", "fault", "outcome", "requests", "time s", "waits s (recorded)", "cached after",
            "IDs named")
    if "--grid" in sys.argv:
        def cell(r: tuple) -> str:  # type: ignore[type-arg]
            outcome = r[2]
            if outcome == "recovered":
                short = "ok"
            elif outcome.startswith("BadResponseError"):
                short = "Bad"
            elif outcome.startswith("RequestError ") and outcome.split()[1].isdigit():
                short = outcome.split()[1]
            elif outcome.startswith("RequestError"):
                short = "net"
            else:
                short = outcome.split()[0]
            return f"{short} {r[3]}{' f' if 'failed' in outcome else ''}"
        faults = list(dict.fromkeys(r[1] for r in rows))
        print("| client method | " + " | ".join(faults) + " |")
        print("|---|" + "---|" * len(faults))
        for name in dict.fromkeys(r[0] for r in rows):
            cells = {r[1]: cell(r) for r in rows if r[0] == name}
            print(f"| {name} | " + " | ".join(cells[f] for f in faults) + " |")
    elif markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for r in rows:
            print("| " + " | ".join(str(x) for x in r) + " |")
    else:
        widths = [max(len(str(x)) for x in col) for col in zip(head, *rows, strict=True)]
        for r in (head, *rows):
            print("  ".join(str(x).ljust(w) for x, w in zip(r, widths, strict=True)))
    bad = [r for r in rows if r[2] == "WRONG RESULT" or r[6].startswith("?") or r[7] == "NO"
           or (r[6] != "no" and r[2] != "recovered")]
    print(f"\n{len(rows)} cells; {len(bad)} wrong (a wrong result, an unnamed ID, or a failed answer cached)")


if __name__ == "__main__":
    main()
