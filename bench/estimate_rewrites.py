"""Do the numbers stay the same when only the print form changes? Text extraction under rewrites.

Every PubMed abstract of the corpus is rewritten in ways that change how a result is printed but not
what it says ("95% CI" spelt out or written "CI 95%", square brackets for round ones, "vs" for
"versus", a middle dot for the decimal point, "mo" for "months" …). For each rewrite the script
extracts the estimates of the original and of the rewritten text and compares them (ratios by
measure, value and CI; medians by value and unit). A difference is a print form the extractor
reads one way and not the other: a failure on text it has not seen, found without labels.

It prints, per rewrite, how many abstracts it changed, in how many the numbers differ, and how many
estimates were lost or gained. ``--show`` lists the differences of abstracts outside the held-out
splits (an abstract with a row in ``estimates_test.csv`` or ``heldout_abstract_estimates.csv``, or
``test`` in ``selection_part3.csv``, is counted but never printed).

Usage::

    python bench/estimate_rewrites.py                 # counts per rewrite
    python bench/estimate_rewrites.py --show          # and the differences on non-held-out abstracts
    python bench/estimate_rewrites.py --only square_brackets ci_after_level
    python bench/estimate_rewrites.py --meaning       # the meaning of each estimate must not change either
"""

from __future__ import annotations

import argparse
import csv
import os
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import trialink as tl
from trialink.outcomes import extract_estimates

HERE = Path(__file__).resolve().parent

# Each rewrite keeps what the text says; only the print form changes.
REWRITES: dict[str, Callable[[str], str]] = {
    "ci_spelt_out": lambda t: re.sub(r"95\s?% CI\b", "95% confidence interval", t),
    "ci_abbreviated": lambda t: re.sub(r"95\s?% confidence intervals?\b", "95% CI", t, flags=re.I),
    "ci_after_level": lambda t: re.sub(r"95% CI(?=[\s,:])", "CI 95%", t),
    "ci_colon": lambda t: re.sub(r"95% CI,?\s(?=\d|\.\d)", "95% CI: ", t),
    "ci_no_space": lambda t: re.sub(r"95\s?% CI", "95%CI", t),
    "ci_without_level": lambda t: re.sub(r"95\s?%\s?CI\b", "CI", t),
    "versus_for_vs": lambda t: re.sub(r"\bvs\.?(?=\s)", "versus", t),
    "vs_for_versus": lambda t: re.sub(r"\bversus\b", "vs", t),
    "middle_dot": lambda t: re.sub(r"(?<=\d)\.(?=\d)", "\u00b7", t),
    # (the innermost round brackets only: a text nests square in round ones, never one kind in itself)
    "square_brackets": lambda t: re.sub(r"\(([^()\[\]]*)\)", r"[\1]", t),
    "semicolon_for_comma": lambda t: re.sub(r",\s(?=95\s?%)", "; ", t),
    "comma_for_semicolon": lambda t: re.sub(r";\s(?=95)", ", ", t),
    "p_lower_case": lambda t: re.sub(r"\bP\s?([=<>\u2264])\s?", r"p\1", t),
    "p_leading_zero": lambda t: re.sub(r"\b([Pp]\s?[=<>]\s?)\.(?=\d)", r"\g<1>0.", t),
    "p_no_leading_zero": lambda t: re.sub(r"\b([Pp]\s?[=<>]\s?)0\.(?=\d)", r"\1.", t),
    "semicolon_before_p": lambda t: re.sub(r",\s(?=[Pp]\s?[=<>])", "; ", t),
    "hazard_ratio_spelt_out": lambda t: re.sub(r"\bHR\b", "hazard ratio", t),
    "hr_equals": lambda t: re.sub(r"\b(HR|OR|RR)[,:]?\s(?=\d|\.\d)", r"\1 = ", t),
    "mo_for_months": lambda t: re.sub(r"\bmonths\b", "mo", t),
    "no_break_space": lambda t: re.sub(r"(?<=\d) (?=(?:months|weeks|days|years)\b)", "\u00a0", t),
    "ascii_comparison": lambda t: t.replace("\u2264", "<=").replace("\u2265", ">="),
    "hyphen_for_dash": lambda t: re.sub(r"(?<=\d)[\u2013\u2014](?=\d)", "-", t),
}


def _key(e: tl.Estimate, meaning: bool = False) -> tuple[object, ...]:
    if e.measure == "median":  # (a bound's text as printed: "<= 1 year" is "≤ 1 year")
        text = (e.value_text or "").replace("<=", "\u2264").replace(">=", "\u2265")
        key: tuple[object, ...] = ("median", e.value if e.value is not None else text, e.unit)
    else:
        key = (e.measure, e.value, e.ci_low, e.ci_high)
    # with ``meaning``: also the end point's class, the population, the groups compared and how they are oriented
    return key + (e.endpoint, e.population, e.groups, e.direction_source) if meaning else key


def numbers(text: str, meaning: bool = False) -> Counter[tuple[object, ...]]:
    return Counter(_key(e, meaning) for e in extract_estimates(text))


def held_out() -> set[tuple[str, str]]:
    """(document, PMID) of every abstract in a held-out split (never printed)."""
    out: set[tuple[str, str]] = set()
    for name in ("estimates_test.csv", "heldout_abstract_estimates.csv"):
        with open(HERE / "labels" / name, encoding="utf-8", newline="") as fh:
            out |= {(r["document"], r["pmid"]) for r in csv.DictReader(fh)}
    with open(HERE / "labels" / "selection_part3.csv", encoding="utf-8", newline="") as fh:
        out |= {(r["document"], r["pmid"]) for r in csv.DictReader(fh) if r["split"] == "test"}
    return out


def abstracts(corpus: Path) -> dict[tuple[str, str], str]:
    """Title and abstract of every PubMed record of the corpus, keyed by (document, PMID)."""
    out: dict[tuple[str, str], str] = {}
    for path in sorted((corpus / "pubmed").iterdir()):
        if path.suffix in (".tsv", ".md"):
            continue
        for rec in tl.read_records(path, on_error="warn"):
            if isinstance(rec, tl.Publication) and rec.title is not None and rec.abstract:
                out[(f"pubmed/{path.name}", str(rec.pmid))] = f"{rec.title}\n{rec.abstract}"
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list the differences (non-held-out abstracts only)")
    ap.add_argument("--only", nargs="+", choices=sorted(REWRITES), help="these rewrites only")
    ap.add_argument("--meaning", action="store_true",
                    help="compare end point class, population, groups and their orientation too")
    args = ap.parse_args()
    corpus = Path(os.environ.get("TRIALINK_CORPUS", HERE.parent.parent / "shared" / "corpus"))
    texts = abstracts(corpus)
    hidden = held_out()
    base = {k: numbers(t, args.meaning) for k, t in texts.items()}
    print(f"{len(texts)} PubMed abstracts of the corpus ({sum(k in hidden for k in texts)} held out: counted, "
          f"never shown); {sum(map(len, base.values()))} estimates")
    print(f"{'rewrite':24s} {'changed':>8s} {'differ':>7s} {'lost':>5s} {'gained':>7s}")
    shown: list[str] = []
    for name in args.only or list(REWRITES):
        changed = differ = lost = gained = 0
        for k, text in texts.items():
            new = REWRITES[name](text)
            if new == text:
                continue
            changed += 1
            now = numbers(new, args.meaning)
            if now != base[k]:
                differ += 1
                gone, extra = base[k] - now, now - base[k]
                lost += sum(gone.values())
                gained += sum(extra.values())
                if k not in hidden:
                    shown.append(f"  {name} {k[0]}:{k[1]} lost {sorted(gone, key=str)} gained {sorted(extra, key=str)}")
        print(f"{name:24s} {changed:8d} {differ:7d} {lost:5d} {gained:7d}")
    if args.show:
        print("\n".join(shown) if shown else "no differences outside the held-out splits")


if __name__ == "__main__":
    main()
