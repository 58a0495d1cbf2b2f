"""Time growth of find_ids / parse_id on repeated-token inputs (a check that every ID pattern runs in linear time).

For each hostile token (label words, cut prefixes, digit runs, dashes, spaces, dots) the
text is the token repeated n times, n = 1,000 … 16,000; the script prints the seconds per
size and the ratio of the largest to the smallest time against the 16× size ratio. A
pattern that backtracks shows a ratio far above 16 (quadratic growth: ~256).

Usage: ``python bench/hostile_ids.py [--sizes 1000 4000 16000]``.
"""

from __future__ import annotations

import argparse
import time

from trialink.errors import TrialinkError
from trialink.ids import find_ids, parse_id

TOKENS = {
    "labels": "NCT Number: NT ",
    "label_glued": "DRKS-IDDRKS",
    "digits": "0",
    "digit_dash": "2024-",
    "spaces": " ",
    "dashes": "\u2013 ",
    "dots": "NL1234.",
    "nbsp_digits": "NCT\u00a01",
    "slashes": "CTRI/2020/",
    "isrctn_words": "International Standard Randomised Controlled Trial, ",
    "umin": "UMIN-CTR ID UMIN ",
    "doi": "10.1000/(",
    "doi_closing": ")",
    "per": "PER-01",
    "pmid": "PMID: 1",
}


def _text(name: str, token: str, n: int) -> str:
    return "see 10.1000/x" + token * n if name == "doi_closing" else token * n


def _time(text: str) -> float:
    t0 = time.perf_counter()
    find_ids(text)
    try:
        parse_id(text[:2000])
    except TrialinkError:
        pass
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 16000])
    sizes = ap.parse_args().sizes
    print(f"{'token':<14}" + "".join(f"{n:>12,}" for n in sizes)
          + f"{'growth':>10}  (size grew {sizes[-1] / sizes[0]:.0f}x)")
    worst = 0.0
    for name, token in TOKENS.items():
        times = [min(_time(_text(name, token, n)) for _ in range(3)) for n in sizes]
        growth = times[-1] / max(times[0], 1e-6)
        worst = max(worst, growth)
        print(f"{name:<14}" + "".join(f"{t:>11.4f}s" for t in times) + f"{growth:>9.1f}x")
    print(f"worst growth {worst:.1f}x for {sizes[-1] / sizes[0]:.0f}x the text "
          "(linear: about equal; quadratic: its square)")


if __name__ == "__main__":
    main()
