"""Publication parsers on every corpus file, and the PubMed / Europe PMC / Crossref clients on a local server."""

from __future__ import annotations

import gzip
import json
import re
import threading
from pathlib import Path

import pytest
from trialink import (
    Accession,
    CrossrefClient,
    EuropePmcClient,
    InvalidIdError,
    ParseError,
    Publication,
    PubmedClient,
    UnsupportedFormatError,
    make_session,
    parse_crossref,
    parse_europepmc_annotations,
    parse_file,
    parse_pubmed_xml,
    read_publications,
)
from trialink.sources.pubmed import iter_pubmed_xml

from tests.conftest import LocalServer, Reply, Seen, expect_truncated

PUBLICATION_FORMATS = ("PubMed efetch XML", "PubMed baseline", "legacy MEDLINE", "NLM official MEDLINE",
                       "PubMed XML fragment", "PubMed update", "PubMed MEDLINE")


def _provenance(corpus: Path, folder: str) -> dict[str, str]:
    lines = (corpus / folder / "PROVENANCE.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    rows = (line.split("\t") for line in lines[1:])
    return {row[0]: dict(zip(header, row, strict=False))["format"] for row in rows if row}


def test_every_pubmed_record_file_parses(corpus: Path) -> None:
    formats = _provenance(corpus, "pubmed")
    record_files = [f for f, fmt in formats.items() if fmt.startswith(PUBLICATION_FORMATS)]
    assert len(record_files) == 22  # all but the esearch / esummary / elink responses
    total = 0
    for name in record_files:
        pubs = parse_file(corpus / "pubmed" / name)
        assert pubs and all(isinstance(p, Publication) and p.pmid and p.pmid.isdigit() for p in pubs), name
        total += len(pubs)
    assert total >= 1900
    for name in formats:
        if name not in record_files:
            with pytest.raises(UnsupportedFormatError):
                parse_file(corpus / "pubmed" / name)


def test_record_counts_match_an_independent_count(corpus: Path) -> None:
    for f in sorted((corpus / "pubmed").iterdir()):
        raw = f.read_bytes()
        raw = gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw
        if b"<MedlineCitation" in raw:
            assert len(parse_file(f)) == raw.count(b"<MedlineCitation "), f.name
        elif raw.startswith(b"PMID-"):
            assert len(parse_file(f)) == raw.count(b"\nPMID- ") + 1, f.name


def _by_pmid(corpus: Path) -> dict[str, Publication]:
    return {p.pmid: p for p in read_publications(corpus / "pubmed", on_error="raise") if p.pmid}


def test_databank_and_si_accessions(corpus: Path) -> None:
    pubs = _by_pmid(corpus)
    metric = pubs["22663011"]
    assert ("ClinicalTrials.gov", "NCT01245062", "databank") in {(a.registry, a.id, a.where) for a in metric.accessions}
    assert metric.doi == "10.1056/NEJMoa1203421" and metric.first_author == "Flaherty KT"
    assert metric.abstract_sections[2][0] == "RESULTS" and "4.8 months" in metric.abstract_sections[2][1]
    pickard = pubs["25998582"]
    assert {(a.registry, a.id) for a in pickard.accessions if a.where == "databank"} == {
        ("EudraCT", "2010-019469-26"), ("ISRCTN", "ISRCTN69423238")}
    woyach = pubs["30501481"]  # from the MEDLINE text file's SI line
    assert woyach.provenance.source_format == "medline_text"
    assert woyach.trial_ids("databank") == ("NCT01886872",)


def test_inline_markup_is_flattened(corpus: Path) -> None:
    data = (b"<PubmedArticleSet><PubmedArticle><MedlineCitation Status='MEDLINE'><PMID>1</PMID><Article>"
            b"<Journal><Title>J</Title></Journal><ArticleTitle>CO<sub>2</sub> and <i>BRAF</i><sup>V600E</sup>"
            b"</ArticleTitle><Abstract><AbstractText Label='RESULTS'>HR <b>0.45</b> (95% CI, 0.33 to 0.63)"
            b"</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>")
    (p,) = parse_pubmed_xml(data)
    assert p.title == "CO2 and BRAFV600E"
    assert p.abstract == "RESULTS: HR 0.45 (95% CI, 0.33 to 0.63)"


def test_malformed_xml_names_the_file_and_keeps_earlier_records(tmp_path: Path, corpus: Path) -> None:
    good = (corpus / "pubmed" / "efetch_22663011.xml").read_bytes()
    cut = good[: good.index(b"</PubmedArticle>") + len(b"</PubmedArticle>")] + b"<PubmedArticle><Medline"
    (tmp_path / "cut.xml").write_bytes(cut)
    stream = read_publications(tmp_path, on_error="collect")
    assert [p.pmid for p in stream] == ["22663011"]
    assert len(stream.errors) == 1 and "cut.xml" in str(stream.errors[0])
    with pytest.raises(ParseError, match="cut.xml"):
        parse_file(tmp_path / "cut.xml")


def test_europepmc_and_crossref_files(corpus: Path) -> None:
    (lite,) = parse_file(corpus / "europepmc" / "search_lite_22663011.json")
    assert lite.pmid == "22663011" and lite.text_mined_types == ("nct",) and lite.first_author == "Flaherty KT"
    core = parse_file(corpus / "europepmc" / "search_core_query-cancer_page1.json")
    assert len(core) == 25 and sum(1 for p in core if p.abstract) == 21
    (cr,) = parse_file(corpus / "crossref" / "works_10.1136_esmoopen-2020-000776.json")
    assert cr.doi == "10.1136/esmoopen-2020-000776"
    assert cr.trial_ids("crossref") == ("NCT03797326", "NCT04008797")  # lower-case in the record
    with pytest.raises(ParseError) as info:
        parse_crossref({"message": {}})
    assert (info.value.problem, info.value.field) == ("missing_field", "message.DOI")


# --- clients -----------------------------------------------------------------------------------


def _efetch_server(server: LocalServer, corpus: Path) -> None:
    """efetch that answers with real corpus records for the PMIDs it has."""
    articles: dict[str, bytes] = {}
    raw = (corpus / "pubmed" / "efetch_intovalue-sample_8rec.xml").read_bytes()
    for p in parse_pubmed_xml(raw):
        start = raw.index(f"<PMID Version=\"1\">{p.pmid}</PMID>".encode())
        a = raw.rindex(b"<PubmedArticle>", 0, start)
        b = raw.index(b"</PubmedArticle>", start) + len(b"</PubmedArticle>")
        articles[p.pmid] = raw[a:b]  # type: ignore[index]

    def handler(seen: Seen) -> Reply:
        form = dict(x.split("=", 1) for x in seen.body.decode().split("&"))
        wanted = form["id"].replace("%2C", ",").split(",")
        body = b"<PubmedArticleSet>" + b"".join(articles[w] for w in wanted if w in articles) + b"</PubmedArticleSet>"
        return Reply(200, body, {"Content-Type": "text/xml"})

    server.route("POST", "/efetch.fcgi", handler)


def test_efetch_batches_450_pmids_into_3_posts(server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    _efetch_server(server, corpus)
    real = [p.pmid for p in parse_file(corpus / "pubmed" / "efetch_intovalue-sample_8rec.xml")]
    wanted = real + [str(40_000_000 + i) for i in range(450 - len(real))]
    client = PubmedClient(make_session(tmp_path / "c", sleep=lambda s: None), base_url=server.url)
    batch = client.get_many(wanted)
    assert server.count("/efetch.fcgi") == 3
    assert all(r.method == "POST" for r in server.requests)
    assert [p.pmid for p in batch.publications] == real and len(batch.not_found) == 450 - len(real)
    with pytest.raises(InvalidIdError, match="PMID"):
        client.get_many(["123", "NCT01245062"])


def test_esearch_si_query_and_429_then_success(server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    recorded = json.loads((corpus / "pubmed" / "esearch_json_NCT01020916-si.json").read_text())
    server.route("GET", "/esearch.fcgi", [Reply(429, "slow", {"Retry-After": "1"}), Reply(200, recorded)])
    waits: list[float] = []
    client = PubmedClient(make_session(tmp_path / "c", sleep=waits.append), base_url=server.url)
    pmids = client.trial_pmids("nct01020916")
    assert pmids == recorded["esearchresult"]["idlist"] and len(pmids) == 18
    assert server.requests[-1].query["term"] == ["NCT01020916[si]"]
    assert 1.0 in waits and server.count("/esearch.fcgi") == 2


def test_esearch_over_10000_hits_is_split_by_year(server: LocalServer, tmp_path: Path) -> None:
    def handler(seen: Seen) -> Reply:
        q = {k: v[0] for k, v in seen.query.items()}
        lo, hi = int(q.get("mindate", 1950)), int(q.get("maxdate", 2100))
        years = [y for y in range(2000, 2024) if lo <= y <= hi]
        ids = [f"{y}{i:05d}" for y in years for i in range(1000)]  # 1,000 articles a year, 24,000 in all
        shown = ids[: int(q["retmax"])]
        return Reply(200, {"esearchresult": {"count": str(len(ids)), "idlist": shown}})

    server.route("GET", "/esearch.fcgi", handler)
    client = PubmedClient(make_session(tmp_path / "c", sleep=lambda s: None), base_url=server.url)
    got = client.search_all("breast cancer[tiab]")
    assert len(got) == 24_000 and len(set(got)) == 24_000


def test_europepmc_cursor_paging_and_cap(server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    page = json.loads((corpus / "europepmc" / "search_core_query-cancer_page1.json").read_text())

    def handler(seen: Seen) -> Reply:
        cursor = seen.query["cursorMark"][0]
        if cursor == "*":
            return Reply(200, page)
        assert cursor == page["nextCursorMark"]
        return Reply(200, {**page, "resultList": {"result": page["resultList"]["result"][:5]},
                           "nextCursorMark": cursor})

    server.route("GET", "/search", handler)
    client = EuropePmcClient(make_session(tmp_path / "c", sleep=lambda s: None), base_url=server.url)
    stream = client.search("cancer", page_size=25)
    assert len(list(stream)) == 30 and stream.total == 5059039
    assert server.requests[0].query["resultType"] == ["core"] and server.requests[0].query["pageSize"] == ["25"]
    with expect_truncated(10, 5059039):
        assert len(list(client.search("cancer", page_size=25, max_results=10))) == 10


def test_crossref_work(server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    body = (corpus / "crossref" / "works_10.1136_esmoopen-2020-000776.json").read_bytes()
    server.route("GET", "/works/10.1136/esmoopen-2020-000776", Reply(200, body))
    client = CrossrefClient(make_session(tmp_path / "c", sleep=lambda s: None), base_url=server.url)
    assert client.get("doi:10.1136/esmoopen-2020-000776").trial_ids("crossref") == ("NCT03797326", "NCT04008797")


def test_fetch_query_goes_through_the_history_server(server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    raw = (corpus / "pubmed" / "efetch_intovalue-sample_8rec.xml").read_bytes()
    pmids = [p.pmid for p in parse_pubmed_xml(raw)]
    _efetch_server(server, corpus)  # POST by PMID: must not be used here
    server.route("GET", "/esearch.fcgi", Reply(200, {"esearchresult": {
        "count": str(len(pmids)), "retmax": "0", "idlist": [], "webenv": "MCID_test", "querykey": "1"}}))
    seen_windows: list[tuple[str, str]] = []

    def history(seen: Seen) -> Reply:
        q = {k: v[0] for k, v in seen.query.items()}
        assert (q["WebEnv"], q["query_key"], q["db"]) == ("MCID_test", "1", "pubmed")
        start, size = int(q["retstart"]), int(q["retmax"])
        seen_windows.append((q["retstart"], q["retmax"]))
        body = b"<PubmedArticleSet>"
        for p in pmids[start:start + size]:
            at = raw.index(f"<PMID Version=\"1\">{p}</PMID>".encode())
            body += raw[raw.rindex(b"<PubmedArticle>", 0, at):raw.index(b"</PubmedArticle>", at) + 16]
        return Reply(200, body + b"</PubmedArticleSet>", {"Content-Type": "text/xml"})

    server.route("GET", "/efetch.fcgi", history)
    client = PubmedClient(make_session(tmp_path / "c", sleep=lambda s: None), base_url=server.url)
    stream = client.search("intovalue[tiab]", batch_size=3)
    got = [p.pmid for p in stream]
    assert got == pmids and stream.total == len(pmids)
    assert seen_windows == [("0", "3"), ("3", "3"), ("6", "2")]
    assert server.requests[0].query["usehistory"] == ["y"] and server.count("/efetch.fcgi") == 3
    assert all(r.method == "GET" for r in server.requests)
    with expect_truncated(4, 8):
        capped = list(client.search("intovalue[tiab]", batch_size=3, max_results=4))
    assert [p.pmid for p in capped] == pmids[:4]


def test_fetch_query_past_10000_hits_splits_by_year_and_fetches_by_pmid(
        server: LocalServer, tmp_path: Path, corpus: Path) -> None:
    _efetch_server(server, corpus)
    real = [p.pmid for p in parse_file(corpus / "pubmed" / "efetch_intovalue-sample_8rec.xml")]

    def esearch(seen: Seen) -> Reply:
        q = {k: v[0] for k, v in seen.query.items()}
        if "mindate" not in q:  # the whole query: too many for the history server
            return Reply(200, {"esearchresult": {"count": "12000", "idlist": [], "webenv": "W", "querykey": "1"}})
        lo, hi = int(q["mindate"]), int(q["maxdate"])
        hits = [p for i, p in enumerate(real) if lo <= 2000 + i <= hi]  # one real PMID a year, 2000-2007
        count = 12000 if (lo, hi) == (1950, 2100) else len(hits)
        return Reply(200, {"esearchresult": {"count": str(count), "idlist": hits}})

    server.route("GET", "/esearch.fcgi", esearch)
    client = PubmedClient(make_session(tmp_path / "c", sleep=lambda s: None), base_url=server.url)
    stream = client.search("big query", max_results=None)
    got = [p.pmid for p in stream]
    assert sorted(got) == sorted(real) and stream.total == 12000
    assert server.count("/efetch.fcgi") == 1 and server.requests[-1].method == "POST"


_ANNOTATIONS = Path(__file__).parent / "fixtures" / "europepmc_annotations.json"


def test_europepmc_annotations_keep_trial_numbers_with_their_sections() -> None:
    found = parse_europepmc_annotations(_ANNOTATIONS.read_bytes(), source="fixture")
    assert list(found) == ["22663011", "25998582", "PMC1234567"]
    # One accession per number, every section it is in; mutations and GenBank numbers are not trials.
    assert found["22663011"] == (Accession("ClinicalTrials.gov", "NCT01245062", "europepmc", "nct",
                                           ("Abstract", "Methods")),)
    assert [(a.id, a.sections) for a in found["25998582"]] == [
        ("2010-019469-26", ("Methods",)), ("ISRCTN69423238", ("Abstract",)), ("NCT01245062", ("Discussion",))]
    assert found["PMC1234567"] == ()
    with pytest.raises(ParseError) as info:
        parse_europepmc_annotations(b'[{"source": "MED", "annotations": []}]', source="x")
    assert (info.value.problem, info.value.field) == ("missing_field", "[0].extId")


def test_europepmc_annotations_client_batches_8_and_keeps_what_a_failed_batch_did_not_lose(
        server: LocalServer, tmp_path: Path) -> None:
    body = json.loads(_ANNOTATIONS.read_text())

    def handler(seen: Seen) -> Reply:
        asked = seen.query["articleIds"][0].split(",")
        if "MED:99999999" in asked:
            return Reply(400, {"error": "bad request"})
        return Reply(200, [a for a in body if f"{a['source']}:{a['extId'].removeprefix('PMC')}" in asked])

    server.route("GET", "/annotations_api/annotationsByArticleIds", handler)
    client = EuropePmcClient(make_session(tmp_path / "c", sleep=lambda s: None), base_url=server.url + "/rest",
                             annotations_url=server.url + "/annotations_api")
    wanted = ["22663011", "PMC1234567", *[str(n) for n in range(30000001, 30000007)], "25998582", "99999999"]
    batch = client.text_mined_accessions(wanted)
    assert batch.requests == 2 and [len(r.query["articleIds"][0].split(",")) for r in server.requests] == [8, 2]
    first = server.requests[0].query
    assert first["type"] == ["Accession Numbers"] and first["format"] == ["JSON"]
    assert first["articleIds"][0].startswith("MED:22663011,PMC:1234567,")
    assert batch.accessions["22663011"][0].sections == ("Abstract", "Methods")
    assert batch.accessions["PMC1234567"] == () and batch.accessions["30000001"] == ()
    assert set(batch.failed) == {"25998582", "99999999"}
    with pytest.raises(InvalidIdError, match="NCT01245062") as info:
        client.text_mined_accessions(["22663011", "NCT01245062", "PMCX"])
    assert info.value.values == ("NCT01245062", "PMCX") and batch.requests == 2 and len(server.requests) == 2


def test_europepmc_client_finds_the_annotations_api_beside_the_rest_api() -> None:
    client = EuropePmcClient(make_session(offline=True))
    assert client.annotations_url == "https://www.ebi.ac.uk/europepmc/annotations_api"


def _repeated(corpus: Path, times: int) -> tuple[bytes, list[bytes]]:
    raw = (corpus / "pubmed" / "efetch_male-breast-cancer_9rec.xml").read_bytes()
    records = re.findall(rb"<PubmedArticle>.*?</PubmedArticle>", raw, re.S)
    body = b"\n".join(records * times)
    return b'<?xml version="1.0" ?>\n<PubmedArticleSet>\n' + body + b"\n</PubmedArticleSet>\n", records


def test_large_files_parse_in_batches_to_the_same_records(corpus: Path) -> None:
    single = list(iter_pubmed_xml((corpus / "pubmed" / "efetch_male-breast-cancer_9rec.xml").read_bytes(),
                                  name="big.xml.gz"))
    assert len(single) == 9 and all(isinstance(p, Publication) for p in single)
    data, records = _repeated(corpus, 60)
    assert len(data) > 3 * (1 << 19)  # several batches, records cut across read boundaries
    got = list(iter_pubmed_xml(gzip.compress(data), name="big.xml.gz"))
    assert got == single * 60


def test_a_malformed_record_mid_file_is_named_and_the_others_kept(corpus: Path) -> None:
    data, records = _repeated(corpus, 1)
    bad_pmid = re.search(rb"<PMID[^>]*>(\d+)", records[3]).group(1).decode()  # type: ignore[union-attr]
    broken = data.replace(records[3], records[3].replace(b"</ArticleTitle>", b"<i></ArticleTitle>", 1))
    got = list(iter_pubmed_xml(broken, name="broken.xml"))
    errors = [g for g in got if isinstance(g, ParseError)]
    assert len(got) == 9 and len(errors) == 1
    assert f"PMID {bad_pmid}" in str(errors[0]) and "broken.xml" in str(errors[0])
    assert bad_pmid not in [g.pmid for g in got if isinstance(g, Publication)]


def test_stopping_early_leaves_no_worker_running(corpus: Path) -> None:
    data, _ = _repeated(corpus, 60)
    before = threading.active_count()
    stream = iter_pubmed_xml(data)
    assert [next(stream).pmid for _ in range(3)]  # type: ignore[union-attr]
    stream.close()
    assert threading.active_count() == before


# ---------------------------------------------------------------------------
# elink, NCBI email, CT.gov sort (issue 15)
# ---------------------------------------------------------------------------


def test_elink_reads_the_real_answers(corpus: Path, tmp_path: Path) -> None:
    import json as _json

    from trialink.sources.pubmed import PubmedClient, parse_elink

    from tests import faultserver as fs

    raw = (corpus / "pubmed" / "elink_json_citedin_32887691.json").read_bytes()
    doc = _json.loads(raw)
    links = doc["linksets"][0]["linksetdbs"][0]["links"]
    assert parse_elink(raw) == {"32887691": {"pubmed_pubmed_citedin": links}}
    srv = fs.FaultServer(lambda seen: fs.Answer(body=raw)).start()
    try:
        got = PubmedClient(make_session(tmp_path), base_url=srv.url).elink(["32887691"],
                                                                          linkname="pubmed_pubmed_citedin")
    finally:
        srv.stop()
    assert got == {"32887691": links}
    body = srv.requests[0].body.decode()
    assert "id=32887691" in body and "linkname=pubmed_pubmed_citedin" in body and "retmode=json" in body


def test_ncbi_email_missing_warns_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from trialink import http as _http
    from trialink.errors import TrialinkWarning

    monkeypatch.setattr(_http, "_NCBI_EMAIL_WARNED", False)
    adapter = make_session(backend="memory").adapters["https://"]
    with pytest.warns(TrialinkWarning, match="NCBI_EMAIL"):
        _http._warn_ncbi_email()
    import warnings as _w

    with _w.catch_warnings():
        _w.simplefilter("error")
        _http._warn_ncbi_email()  # the second time is silent
    assert adapter._credentials_for("eutils.ncbi.nlm.nih.gov").get("tool") == "trialink"  # type: ignore[attr-defined]
    monkeypatch.setenv("NCBI_EMAIL", "me@example.org")
    keyed = make_session(backend="memory").adapters["https://"]
    assert keyed._credentials_for("eutils.ncbi.nlm.nih.gov")["email"] == "me@example.org"  # type: ignore[attr-defined]


def test_ctgov_sort_takes_at_most_two_keys(tmp_path: Path) -> None:
    from trialink import CtgovClient

    client = CtgovClient(make_session(tmp_path), base_url="http://127.0.0.1:9")
    with pytest.raises(ValueError, match=r"sort .*\b2\b.*\b3\b.*'StartDate'"):  # the limit, the count, the keys
        client.search(cond="x", sort=["LastUpdatePostDate:desc", "EnrollmentCount", "StartDate"])
    with pytest.raises(ValueError, match=r"sort .*\b3\b.*'c'"):
        client.search(cond="x", sort="a,b,c")
