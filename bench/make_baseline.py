"""Generate PubMed-baseline-like gzipped files from the corpus's PubMed records, truth known by construction.

Templates are the corpus's real ``PubmedArticle`` records (efetch files, baseline and update
excerpts) and its legacy ``MedlineCitation`` records (wrapped as ``PubmedArticle``). Templates
that already name a registry number anywhere are left out, so every registry number in the
generated files is one this script put there, in a known place:

- ``databank``: a ``DataBankList`` entry (ClinicalTrials.gov, ISRCTN or EudraCT);
- ``title``: an NCT number in parentheses after a title without registration wording;
- ``abstract`` registration sentence: a ``TRIAL REGISTRATION`` section naming an NCT or EudraCT
  number ("ClinicalTrials.gov identifier NCT…", "EudraCT number …");
- ``abstract`` mention: an NCT number cited without registration wording
  ("… as in the earlier study (NCT…)").

Every record gets a fresh PMID. Baseline files are followed by update files that hold revised
versions of earlier records (a number added, changed or removed), new records, and a
``<DeleteCitation>`` list. ``truth.json`` in the output folder lists, after applying the
update files in order (last file wins per PMID, deletions honoured), every live PMID and every
(PMID, registry number, where, registration) link.

Usage: ``python bench/make_baseline.py OUT_DIR [--files 3] [--records 30000] [--updates 2]``.
Write into a temporary folder; generated data is never committed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

_HEAD = (b'<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN"'
         b' "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n<PubmedArticleSet>\n')
_TAIL = b"</PubmedArticleSet>\n"
# Anything that could be read as a trial registry number: such templates are left out.
_REGISTRY_LIKE = re.compile(rb"(?i)DataBankList|nct\W?\d|isrctn|eudract|actrn|chictr|drks|umin|ctri\W|jprn|irct"
                            rb"|kct\d|rbr-|pactr|tctr|slctr|ntr\W?\d|nl\W?\d{4}|euctr|lbctr|rpcec|jrct|japic")
_CIT_PMID = re.compile(rb'(<MedlineCitation\b[^>]*>\s*<PMID Version=")(\d+)(">)\d+(</PMID>)')
_ARTICLE_ID = re.compile(rb'<ArticleId IdType="pubmed">\d+</ArticleId>')
_TITLE_END = re.compile(rb"</ArticleTitle>")
_ABSTRACT_END = re.compile(rb"</Abstract>")
_ARTICLE_END = re.compile(rb"</Article>")
# Words that make a sentence read as a registration statement (the rule trialink.link applies).
_REG_WORDS = re.compile(rb"(?i)registr|ClinicalTrials\.gov|identifier|number|ISRCTN|EudraCT|trial\s+id")


def templates(corpus: Path) -> list[bytes]:
    """Real PubMed records from the corpus without any registry number in them."""
    out: list[bytes] = []
    folder = corpus / "pubmed"
    for f in sorted(folder.iterdir()):
        if f.suffix not in (".xml", ".gz"):
            continue
        raw = gzip.decompress(f.read_bytes()) if f.suffix == ".gz" else f.read_bytes()
        arts = re.findall(rb"<PubmedArticle>.*?</PubmedArticle>", raw, re.S)
        if not arts:  # legacy MedlineCitationSet: wrap each citation
            arts = [b"<PubmedArticle>" + c + b"</PubmedArticle>"
                    for c in re.findall(rb"<MedlineCitation\b.*?</MedlineCitation>", raw, re.S)]
        out += [a for a in arts if _CIT_PMID.search(a) and not _REGISTRY_LIKE.search(a)]
    if not out:
        raise SystemExit(f"no usable PubMed records under {folder}")
    return out


@dataclass
class Link:
    registry: str
    id: str
    where: str  # databank / title / abstract
    registration: bool | None  # None for databank


@dataclass
class Truth:
    live: dict[str, list[Link]] = field(default_factory=dict)  # PMID -> links of its last version
    deleted: set[str] = field(default_factory=set)
    files: list[str] = field(default_factory=list)
    records: int = 0

    def as_json(self) -> dict[str, object]:
        return {"files": self.files, "records": self.records, "live_pmids": sorted(self.live, key=int),
                "deleted_pmids": sorted(self.deleted, key=int),
                "links": [{"pmid": p, **vars(k)} for p in sorted(self.live, key=int) for k in self.live[p]]}


class _Numbers:
    """Fresh registry numbers, never in any template (NCT9…, ISRCTN9…, EudraCT 2099-…)."""

    def __init__(self) -> None:
        self.n = 0

    def next(self, registry: str) -> str:
        self.n += 1
        if registry == "ClinicalTrials.gov":
            return f"NCT9{self.n:07d}"
        if registry == "ISRCTN":
            return f"ISRCTN9{self.n:07d}"
        return f"2099-{self.n % 1_000_000:06d}-{self.n % 97:02d}"


def _inject(rec: bytes, kind: str, numbers: _Numbers) -> tuple[bytes, list[Link]]:
    """Put one registry number into the record; the link it makes (none if the template cannot hold it)."""
    if kind == "databank":
        registry = random.choice(("ClinicalTrials.gov", "ClinicalTrials.gov", "ISRCTN", "EudraCT"))
        num = numbers.next(registry)
        block = (f"<DataBankList CompleteYN=\"Y\"><DataBank><DataBankName>{registry}</DataBankName>"
                 f"<AccessionNumberList><AccessionNumber>{num}</AccessionNumber></AccessionNumberList>"
                 f"</DataBank></DataBankList>").encode()
        new, n = _ARTICLE_END.subn(block + b"</Article>", rec, count=1)
        return (new, [Link(registry, num, "databank", None)]) if n else (rec, [])
    if kind == "title":
        title = re.search(rb"<ArticleTitle>(.*?)</ArticleTitle>", rec, re.S)
        if title is None or _REG_WORDS.search(title.group(1)):
            return rec, []  # a title that reads as a registration statement: not a clean "mention"
        num = numbers.next("ClinicalTrials.gov")
        new, n = _TITLE_END.subn(f" ({num})</ArticleTitle>".encode(), rec, count=1)
        return (new, [Link("ClinicalTrials.gov", num, "title", False)]) if n else (rec, [])
    if kind == "registration":
        registry = random.choice(("ClinicalTrials.gov", "ClinicalTrials.gov", "EudraCT"))
        num = numbers.next(registry)
        words = (f"ClinicalTrials.gov identifier {num}." if registry == "ClinicalTrials.gov"
                 else f"EudraCT number {num}.")
        sec = f'<AbstractText Label="TRIAL REGISTRATION">{words}</AbstractText></Abstract>'.encode()
        new, n = _ABSTRACT_END.subn(sec, rec, count=1)
        return (new, [Link(registry, num, "abstract", True)]) if n else (rec, [])
    if kind == "mention":
        num = numbers.next("ClinicalTrials.gov")
        sec = (f"<AbstractText>Findings were consistent with the earlier study ({num}) in a similar population."
               f"</AbstractText></Abstract>").encode()
        new, n = _ABSTRACT_END.subn(sec, rec, count=1)
        return (new, [Link("ClinicalTrials.gov", num, "abstract", False)]) if n else (rec, [])
    raise ValueError(kind)


_KINDS = ("databank", "title", "registration", "mention")


def _record(template: bytes, pmid: int, rate: float, numbers: _Numbers, version: int = 1) -> tuple[bytes, list[Link]]:
    rec = _CIT_PMID.sub(lambda m: m.group(1) + str(version).encode() + m.group(3) + str(pmid).encode() + m.group(4),
                        template, count=1)
    rec = _ARTICLE_ID.sub(f'<ArticleId IdType="pubmed">{pmid}</ArticleId>'.encode(), rec)
    links: list[Link] = []
    if random.random() < rate:
        kinds = random.sample(_KINDS, k=random.choice((1, 1, 1, 2)))
        for kind in kinds:
            rec, got = _inject(rec, kind, numbers)
            links += got
    return rec, links


def generate(out: Path, corpus: Path, *, files: int = 3, records: int = 30_000, updates: int = 2,
             rate: float = 0.05, seed: int = 18, compresslevel: int = 6) -> Truth:
    """Write ``files`` baseline files and ``updates`` update files into ``out``; return the truth.

    ``rate`` is the share of records that get a registry number (real PubMed: a few percent of
    recent records). Update files hold ``records // 10`` records each: half revisions of earlier
    PMIDs (a third of them lose their numbers, a third get new ones), half new PMIDs, then a
    ``DeleteCitation`` of ``records // 50`` earlier PMIDs and one PMID never seen.
    """
    random.seed(seed)
    pool = templates(corpus)
    numbers = _Numbers()
    truth = Truth()
    out.mkdir(parents=True, exist_ok=True)
    next_pmid = 90_000_001
    template_of: dict[str, bytes] = {}

    def write(name: str, body: list[bytes], deletes: list[str]) -> None:
        path = out / name
        with gzip.open(path, "wb", compresslevel=compresslevel) as fh:
            fh.write(_HEAD)
            for rec in body:
                fh.write(rec + b"\n")
            if deletes:
                fh.write(b"<DeleteCitation>\n" + b"".join(f'<PMID Version="1">{p}</PMID>\n'.encode() for p in deletes)
                         + b"</DeleteCitation>\n")
            fh.write(_TAIL)
        truth.files.append(name)
        truth.records += len(body)

    def fresh(body: list[bytes]) -> None:
        """Append one new record from a random template under the next PMID; its truth is known."""
        nonlocal next_pmid
        t = random.choice(pool)
        rec, links = _record(t, next_pmid, rate, numbers)
        body.append(rec)
        truth.live[str(next_pmid)] = links
        template_of[str(next_pmid)] = t
        next_pmid += 1

    for i in range(files):
        body = []
        for _ in range(records):
            fresh(body)
        write(f"pubmed99n{i + 1:04d}.xml.gz", body, [])
    for u in range(updates):
        body = []
        alive = sorted(truth.live, key=int)
        revised = random.sample(alive, k=min(len(alive), records // 20))
        for j, pmid in enumerate(revised):
            # A revision: a third lose their numbers, a third get a (new) number, a third keep the template text.
            r = 0.0 if j % 3 == 0 else (1.0 if j % 3 == 1 else rate)
            rec, links = _record(template_of[pmid], int(pmid), r, numbers, version=1)
            body.append(rec)
            truth.live[pmid] = links
        for _ in range(records // 20):
            fresh(body)
        alive = sorted(truth.live, key=int)
        deletes = random.sample(alive, k=min(len(alive), max(1, records // 50)))
        for p in deletes:
            del truth.live[p]
            truth.deleted.add(p)
        ghost = str(next_pmid + 1_000_000 + u)  # deleted but never seen: must be harmless
        truth.deleted.add(ghost)
        write(f"pubmed99n{files + u + 1:04d}.xml.gz", body, deletes + [ghost])
    (out / "truth.json").write_text(json.dumps(truth.as_json(), indent=1))
    return truth


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--files", type=int, default=3)
    ap.add_argument("--records", type=int, default=30_000)
    ap.add_argument("--updates", type=int, default=2)
    ap.add_argument("--rate", type=float, default=0.05)
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--corpus", type=Path, default=Path(os.environ.get("TRIALINK_CORPUS", "../shared/corpus")))
    args = ap.parse_args()
    t = generate(args.out, args.corpus, files=args.files, records=args.records, updates=args.updates,
                 rate=args.rate, seed=args.seed)
    sizes = [(args.out / f).stat().st_size / 1e6 for f in t.files]
    print(f"{len(t.files)} files, {t.records:,} records, {sum(sizes):.1f} MB gzipped "
          f"({min(sizes):.1f}–{max(sizes):.1f} MB each); {len(t.live):,} live PMIDs, "
          f"{sum(map(len, t.live.values())):,} links, {len(t.deleted):,} deleted")


if __name__ == "__main__":
    main()
