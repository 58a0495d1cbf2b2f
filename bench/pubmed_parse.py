"""Benchmark: parse PubMed XML with trialink vs Biopython's Entrez reader, same fields, same run.

Builds a ≥50 MB ``PubmedArticleSet`` (plain and gzipped) in a temporary folder by repeating
the corpus's efetch records, then parses it with ``trialink.iter_pubmed_xml`` and with
``Bio.Entrez.read`` (``Entrez.parse`` rejects the 2025 DTD's PubmedArticleSet as "not a list")
walked to the same fields (PMID, title, number of authors, publication types, abstract
sections, DataBank trial accessions), compares the fields on every record, and reports
records/s (best of three runs each) and peak memory of trialink's streaming parse.

Usage: ``python bench/pubmed_parse.py [--mb 50]`` (Biopython: ``pip install biopython``;
its bundled DTDs are used, nothing is downloaded).
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from trialink.sources.pubmed import iter_pubmed_xml


def _articles(corpus: Path) -> list[bytes]:
    """Corpus efetch records that Biopython itself can read (some older ones it rejects)."""
    try:
        from Bio import Entrez
    except ImportError:
        Entrez = None
    out = []
    for f in sorted((corpus / "pubmed").glob("efetch_*.xml")):
        raw = f.read_bytes()
        if Entrez is not None:
            try:
                with f.open("rb") as fh:
                    Entrez.read(fh)
            except Exception as exc:  # noqa: BLE001 - a benchmark input filter, reported below
                print(f"  left out {f.name}: Biopython cannot read it ({type(exc).__name__})")
                continue
        out += re.findall(rb"<PubmedArticle>.*?</PubmedArticle>", raw, re.S)
    return out


def build(path: Path, mb: int, corpus: Path) -> int:
    arts = _articles(corpus)
    n = 0
    size = 0
    with path.open("wb") as fh:
        fh.write(b'<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January '
                 b'2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n<PubmedArticleSet>\n')
        while size < mb * 1_000_000:
            a = arts[n % len(arts)]
            fh.write(a + b"\n")
            size += len(a)
            n += 1
        fh.write(b"</PubmedArticleSet>\n")
    return n


def ours(path: Path) -> list[tuple]:
    with path.open("rb") as fh:
        return [(p.pmid, p.title, p.n_authors, p.publication_types, tuple(t for _, t in p.abstract_sections),
                 tuple(sorted(a.id for a in p.accessions if a.where == "databank")))
                for p in iter_pubmed_xml(fh, name=str(path))]


def _flat(x) -> str:  # type: ignore[no-untyped-def]
    # Biopython keeps inline markup (<i>TERT</i>) in its strings; trialink flattens it.
    return " ".join(re.sub(r"</?(?:i|b|u|sub|sup|em|strong)>", "", str(x)).split())


def biopython(path: Path) -> list[tuple]:
    from Bio import Entrez

    out = []
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as fh:
        # Entrez.parse refuses this DTD's PubmedArticleSet ("not a list"); Entrez.read is
        # Biopython's documented way to read an efetch PubmedArticleSet.
        for rec in Entrez.read(fh)["PubmedArticle"]:
            cit = rec["MedlineCitation"]
            art = cit["Article"]
            abstract = tuple(_flat(t) for t in art.get("Abstract", {}).get("AbstractText", []) if _flat(t))
            banks = tuple(sorted(str(n) for b in art.get("DataBankList", []) for n in b["AccessionNumberList"]
                                 if b["DataBankName"] in ("ClinicalTrials.gov", "ISRCTN", "EudraCT")))
            out.append((str(cit["PMID"]), _flat(art["ArticleTitle"]) or None, len(art.get("AuthorList", [])),
                        tuple(_flat(t) for t in art.get("PublicationTypeList", [])), abstract, banks))
    return out


def timed(fn, path, repeat: int = 3):  # type: ignore[no-untyped-def]
    """Result and the best of ``repeat`` wall times (the least disturbed run, as timeit reports)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        res = fn(path)
        best = min(best, time.perf_counter() - t0)
    return res, best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=int, default=50)
    ap.add_argument("--corpus", default=os.environ.get("TRIALINK_CORPUS", "../shared/corpus"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "pubmed.xml"
        n = build(plain, args.mb, Path(args.corpus))
        gz = Path(tmp) / "pubmed.xml.gz"
        gz.write_bytes(gzip.compress(plain.read_bytes(), compresslevel=3))
        print(f"{n:,} records, {plain.stat().st_size / 1e6:.0f} MB plain, {gz.stat().st_size / 1e6:.0f} MB gzipped")
        a, ta = timed(ours, plain)
        ag, tag = timed(ours, gz)
        print(f"trialink: {n / ta:,.0f} rec/s plain, {n / tag:,.0f} rec/s gzipped")
        try:
            b, tb = timed(biopython, plain)
        except ImportError:
            print("Biopython is not installed: pip install biopython")
            return
        print(f"Biopython Entrez.read: {n / tb:,.0f} rec/s plain  →  trialink {tb / ta:.1f}× faster (target ≥ 5×)")
        _, tbg = timed(biopython, gz)
        print(f"Biopython Entrez.read: {n / tbg:,.0f} rec/s gzipped  →  trialink {tbg / tag:.1f}× faster")
        diffs = [(x, y) for x, y in zip(a, b, strict=False) if x != y]
        print(f"fields compared on {len(a):,} records: {len(diffs)} differ" + (f"; first: {diffs[0]}" if diffs else ""))
        # Peak RSS of the child itself: VmHWM (ru_maxrss would carry over the parent's peak through fork+exec).
        child = ("import re,sys;from trialink.sources.pubmed import iter_pubmed_xml;"
                 "n=sum(1 for _ in iter_pubmed_xml(open(sys.argv[1],'rb')));"
                 "print(n, re.search(r'VmHWM:\\s*(\\d+)', open('/proc/self/status').read()).group(1))")
        for p in (plain,):
            small = Path(tmp) / "small.xml"
            build(small, max(1, args.mb // 10), Path(args.corpus))
            rss = [subprocess.run([sys.executable, "-c", child, str(f)], capture_output=True, text=True,
                                  check=True).stdout.split() for f in (small, p)]
            print(f"streaming peak RSS: {int(rss[0][1]) / 1e3:.0f} MB for {int(rss[0][0]):,} records, "
                  f"{int(rss[1][1]) / 1e3:.0f} MB for {int(rss[1][0]):,} records")


if __name__ == "__main__":
    main()
