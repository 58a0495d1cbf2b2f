"""Time growth of text extraction on hostile, repeated-token inputs (issue: one odd full text
must not stall a notebook).

For each token, builds ``prefix + token * n + suffix`` for n and 4n and prints the seconds of
``extract_estimates`` and the ratio t(4n) / t(n): about 4 is linear, about 16 quadratic. Also
times ``find_ids`` on the same inputs. Timings are wall-clock on a shared machine; read the
ratios, not the seconds (times under 2 ms count as 2 ms). The ``find_ids`` column is the same
ratio for ``trialink.ids.find_ids`` (called by the extractor once per text; owned by ``ids``).

Usage: ``python bench/hostile_text.py [--n 2000]``.
"""

from __future__ import annotations

import argparse
import time

from trialink.ids import find_ids
from trialink.outcomes import extract_estimates

CASES = [
    ("median ", "1 ", " months"),
    ("median ", "0.5 (", " months"),
    ("", "HR 0.5 (0.3-0.7) ", ""),
    ("", "HR 0.5 (0.3-0.7). ", ""),
    ("median ", "12 months (95% CI 1-2) in the A group and ", "."),
    ("", "5% (", ""),
    ("", "(", ""),
    ("HR ", "for the ", "0.5"),
    ("hazard ratio ", "1-02-", ""),
    ("", "PALOMA-3 HR 0.5 (0.4-0.6) ", ""),
    ("", "ABC-", "DEF"),
    ("", "A. ", ""),
    ("", "in the subgroup of patients with ", "HR 0.5 (0.4-0.6)"),
    ("", "NCT01234567 ", ""),
    ("", "95% CI ", ""),
    ("", "1,000,", ""),
    ("Median PFS: ", "1 vs ", "2 months"),
    ("P = ", "0.", "1"),
    ("", "odds ratio, ", "1.2"),
    ("RESULTS: ", "Median OS was 5 months. ", ""),
    # round 4 forms: a ratio named again by "it", "N times more likely", group medians after a median
    ("HR 0.5 (0.4-0.6); ", "it was 0.7 (0.6-0.8); ", ""),
    ("", "3.1 times more likely (95% CI 1.2-4.4); ", ""),
    ("median 70 h [95% CI 60-80]. ", "A 74.5 h [68.2-98.0]; ", ""),
    ("relative risk 0.77 [0.57-1.04], ", "1.25 [1.01-1.55], ", ""),
    ("", "p=0-52 ", ""),
    # round 27: a table row flattened into a paragraph after "Median" (decimals that could split every way were
    # exponential in a follow-up pattern: a 222-character row of a full text took minutes)
    ("Median ", "0.301 ", "IQR 0.21-0.43"),
    # round 30: a flattened table's caption, then many lines without a cell (its header lines were joined and scanned
    # again for every line: quadratic)
    ("Table 1.\n", "Row with words of the odds ratio text\n", ""),
    # round 34: a '|' table without its caption (every row a table row), a header of spaced limits with many rows,
    # a hard-wrapped paragraph (every line break inside a sentence), glued limits in prose
    ("Subgroup | Deaths | Adjusted HR | |\n", "Age <60 | 35 (38.0) | 1.52 (1.10–2.11) |\n", ""),
    ("Adjusted\nHR\n95% Confidence\nInterval\n", "Male 1.16 1.06 1.27 1.23 1.12 1.34\n", ""),
    ("", "the median progression-free survival was 39.1 months with drug A versus 5.6\n", ""),
    ("", "odds ratio (OR) 1.93, 1.063.52, P < 0.05, ", ""),
    # round 35: a '|' table copied one cell per line, glued rows of ratio, P and limits, times printed as medians
    # and their IQRs, a list of ratios going on past full stops
    ("Factor\n|\nOR (95% CI)\n|\nP value\n|\n---|\n", "Male\n|\n1.3 (1.0–1.7)\n|\n0.06\n|\n", ""),
    ("Rate ratioSignificance*95% CI for rate ratios\n", "Severe PEM2.6360.046**1.0196.821\n", ""),
    ("Length of stay was ", "5 [4–7] days and 6 [4–8] days, ", "."),
    ("The risk ratios were ", "0.84 (95% CI 0.74–0.96) for nausea. ", ""),
]


def _time(text: str, fn) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(2):
        t = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    args = ap.parse_args()
    n = args.n
    print(f"{'input':<58}{'chars(4n)':>10}{'t(n) s':>9}{'t(4n) s':>9}{'ratio':>7}{'find_ids':>10}")
    worst = 0.0
    for prefix, token, suffix in CASES:
        # Every input carries a median and a ratio, so that the quick look lets it through to the
        # full reading.
        small, big = (f"Median PFS and HR 0.5 (0.4-0.6). {prefix}{token * k}{suffix}" for k in (n, 4 * n))
        t1, t4 = _time(small, extract_estimates), _time(big, extract_estimates)
        i1, i4 = _time(small, find_ids), _time(big, find_ids)
        ratio = t4 / max(t1, 2e-3)
        worst = max(worst, ratio)
        label = repr(prefix + token + "…" * bool(token) + suffix)[:56]
        print(f"{label:<58}{len(big):>10}{t1:>9.3f}{t4:>9.3f}{ratio:>7.1f}{i4 / max(i1, 2e-3):>10.1f}")
    print(f"\nworst growth t(4n)/t(n) = {worst:.1f} (linear ≈ 4, quadratic ≈ 16)")


if __name__ == "__main__":
    main()
