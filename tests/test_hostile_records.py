"""Malformed and hostile records: real corpus records mutated field by field (hypothesis), JSON
nested too deep, decompression bombs. Every parser either returns its model or raises a
ParseError naming the field; nothing else escapes, and per-record loops keep the others."""

from __future__ import annotations

import copy
import gzip
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from trialink import make_session
from trialink.errors import ParseError, ResponseTooLargeError, TrialinkError, UnsupportedFormatError
from trialink.sources.crossref import parse_crossref
from trialink.sources.ctgov import CtgovClient, parse_v2_page, parse_v2_study
from trialink.sources.ctis import parse_ctis
from trialink.sources.europepmc import parse_europepmc, parse_europepmc_annotations, parse_europepmc_result
from trialink.sources.local import gunzip_bounded, read_records
from trialink.sources.pubmed import parse_elink, parse_esearch

from tests import faultserver as fs

WRONG = [None, 0, 7, -1.5, True, "", "x", [], {}, [None], [1, "a"], {"k": 1}, {"k": [1]}]
# One value of each JSON type that is wrong almost everywhere (the exhaustive pass; hypothesis draws from WRONG).
EACH_TYPE = [7, -1.5, True, "x", [1, "a"], {"k": 1}]

ROOT = Path(__file__).resolve().parents[1]


def _paths(obj: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(obj, dict):
        for k, v in obj.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj[:2]):  # the first items of each list are enough to reach every field
            out += _paths(v, (*prefix, i))
    return out


def _mutate(obj: Any, path: tuple[Any, ...], value: Any) -> Any:
    new = copy.deepcopy(obj)
    cur = new
    for p in path[:-1]:
        cur = cur[p]
    cur[path[-1]] = value
    return new


def _records(corpus: Path) -> dict[str, tuple[Callable[[Any], Any], Any]]:
    ct = json.loads((corpus / "ctgov" / "v2" / "NCT00791778.json").read_text(encoding="utf-8"))
    ct = ct["studies"][0] if "studies" in ct else ct
    rec = corpus / "recorded_elsewhere"
    epmc = json.loads((corpus / "europepmc" / "search_core_query-cancer_page1.json").read_text(encoding="utf-8"))
    return {
        "parse_v2_study": (lambda d: parse_v2_study(d, source="t"), ct),
        "parse_v2_study (recorded)": (lambda d: parse_v2_study(d, source="t"),
                                      json.loads((rec / "ctgov" / "get_nct02576665_20260811.json").read_text())),
        "parse_crossref": (lambda d: parse_crossref(d, source="t"),
                           json.loads((corpus / "crossref" / "works_10.1136_esmoopen-2020-000776.json").read_text())),
        "parse_ctis": (lambda d: parse_ctis(d, source="t"),
                       json.loads(sorted((corpus / "ctis" / "derived").glob("*.json"))[0].read_text())),
        "parse_ctis (hit)": (lambda d: parse_ctis(d, source="t"),
                             json.loads((rec / "ctis" / "search_hit_2025-523726-40-00_gregory-ai.json").read_text())),
        "parse_europepmc_result": (lambda d: parse_europepmc_result(d, source="t"), epmc["resultList"]["result"][0]),
        "parse_europepmc": (lambda d: parse_europepmc(d, source="t"), {**epmc, "resultList": {
            "result": epmc["resultList"]["result"][:2]}}),
        "parse_europepmc_annotations": (lambda d: parse_europepmc_annotations(d, source="t"),
                                        json.loads((ROOT / "tests" / "fixtures" / "europepmc_annotations.json")
                                                   .read_text())),
        "parse_esearch": (lambda d: parse_esearch(d, source="t"),
                          json.loads((corpus / "pubmed" / "esearch_json_NCT01020916-si.json").read_text())),
        "parse_elink": (lambda d: parse_elink(d, source="t"),
                        json.loads((corpus / "pubmed" / "elink_json_pubmed_pubmed_29540945.json").read_text())),
    }


@pytest.fixture(scope="module")
def records(corpus: Path) -> dict[str, tuple[Callable[[Any], Any], Any]]:
    return _records(corpus)


def _check(parse: Callable[[Any], Any], doc: Any, where: str) -> None:
    try:
        parse(doc)
    except UnsupportedFormatError:
        pass
    except ParseError as exc:
        assert exc.field or exc.problem in ("syntax", "too_deep", "missing_field", "wrong_type"), \
            f"{where}: {exc} names no field ({exc.problem})"
    except TrialinkError:
        pass  # e.g. BadResponseError for an in-band error document


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["parse_v2_study", "parse_v2_study (recorded)", "parse_crossref", "parse_ctis",
                                  "parse_ctis (hit)", "parse_europepmc_result", "parse_europepmc",
                                  "parse_europepmc_annotations", "parse_esearch", "parse_elink"])
def test_every_field_of_a_real_record_with_every_wrong_type(name: str,
                                                            records: dict[str, Any]) -> None:
    """Every field (the first 2 items of each list) set to a value of each JSON type."""
    parse, doc = records[name]
    paths = _paths(doc)
    assert paths
    for path in paths:
        for value in EACH_TYPE:
            _check(parse, _mutate(doc, path, value), f"{name} {path} = {value!r}")


@pytest.mark.corpus
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_hypothesis_mutates_several_fields_at_once(data: st.DataObject, records: dict[str, Any]) -> None:
    name = data.draw(st.sampled_from(sorted(records)))
    parse, doc = records[name]
    paths = _paths(doc)
    for _ in range(data.draw(st.integers(1, 4))):
        path = data.draw(st.sampled_from(paths))
        value = data.draw(st.one_of(st.sampled_from(WRONG), st.text(max_size=5), st.integers(),
                                    st.floats(allow_nan=True), st.lists(st.integers(), max_size=2)))
        try:
            doc = _mutate(doc, path, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this path
        paths = _paths(doc)
        if not paths:
            break
    _check(parse, doc, name)


@pytest.mark.parametrize("parse", [lambda b: parse_v2_study(b), lambda b: parse_crossref(b),
                                   lambda b: parse_ctis(b), lambda b: parse_europepmc(b),
                                   lambda b: parse_europepmc_annotations(b), lambda b: parse_esearch(b),
                                   lambda b: parse_elink(b), lambda b: parse_v2_page(b)])
def test_json_nested_100000_deep_is_a_parse_error(parse: Callable[[bytes], Any]) -> None:
    with pytest.raises(ParseError) as info:
        parse(b"[" * 100_000 + b"]" * 100_000)
    assert info.value.problem == "too_deep"


def test_one_malformed_study_in_a_search_page_keeps_the_others(corpus: Path, tmp_path: Path) -> None:
    good = json.loads((corpus / "ctgov" / "v2" / "NCT00791778.json").read_text(encoding="utf-8"))
    good = good["studies"][0] if "studies" in good else good
    bad = _mutate(good, ("protocolSection", "armsInterventionsModule", "armGroups", 0, "interventionNames"), 5)
    bad = _mutate(bad, ("protocolSection", "identificationModule", "nctId"), "NCT01234567")
    page = {"studies": [bad, good], "totalCount": 2}
    srv = fs.FaultServer(lambda seen: fs.Answer(body=json.dumps(page).encode())).start()
    try:
        stream = CtgovClient(make_session(tmp_path), base_url=srv.url).search(cond="x", on_error="collect")
        got = list(stream)
    finally:
        srv.stop()
    assert [t.trial_id for t in got] == ["NCT00791778"]
    assert stream.errors[0].field == "studies[0].protocolSection.armsInterventionsModule.armGroups[0].interventionNames"


def test_a_decompression_bomb_file_is_refused_and_the_folder_read_on(tmp_path: Path, corpus: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIALINK_MAX_DECOMPRESSED_BYTES", str(8 << 20))
    folder = tmp_path / "recs"
    folder.mkdir()
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb") as gz:
        for _ in range(64):
            gz.write(b"{" + b" " * (1 << 20))  # 64 MiB of one unfinished JSON object
    (folder / "a_bomb.json.gz").write_bytes(buf.getvalue())
    assert len(buf.getvalue()) < 200_000
    (folder / "b_good.json").write_bytes((corpus / "ctgov" / "v2" / "NCT00791778.json").read_bytes())
    with zipfile.ZipFile(folder / "c_bomb.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("big.json", b"{" + b" " * (16 << 20))
    stream = read_records(folder, on_error="collect")
    got = list(stream)
    assert [t.trial_id for t in got] == ["NCT00791778"]
    assert [(e.problem, e.source) for e in stream.errors] == [
        ("too_large", str(folder / "a_bomb.json.gz")),
        ("too_large", f"{folder / 'c_bomb.zip'}!big.json")], stream.errors
    assert all(f"{8 << 20:,}" in str(e) for e in stream.errors)  # the limit is named
    with pytest.raises(ParseError) as info:
        gunzip_bounded(b"\x1f\x8b" + b"junk", source="x")
    assert (info.value.problem, info.value.source) == ("compression", "x")


def test_a_gzip_bomb_over_http_stops_at_the_size_limit(tmp_path: Path) -> None:
    body = gzip.compress(b"{" + b" " * (32 << 20) + b"}")
    srv = fs.FaultServer(lambda seen: fs.Answer(body=body, headers={"Content-Encoding": "gzip"})).start()
    try:
        sess = make_session(tmp_path, max_response_bytes=4 << 20)
        with pytest.raises(ResponseTooLargeError) as info:
            CtgovClient(sess, base_url=srv.url).version()
        assert (info.value.problem, info.value.limit, info.value.decompressed) == ("too_large", 4 << 20, True)
        # A genuine gzip answer under the limit is read, decoded once, and cached decoded.
        small = gzip.compress(b'{"apiVersion":"2.0.5"}')
        srv.healthy = lambda seen: fs.Answer(body=small, headers={"Content-Encoding": "gzip"})
        assert CtgovClient(sess, base_url=srv.url).version()["apiVersion"] == "2.0.5"
        assert CtgovClient(make_session(tmp_path, offline=True), base_url=srv.url).version()["apiVersion"] == "2.0.5"
    finally:
        srv.stop()


def test_efetch_answers_with_xxe_or_billion_laughs_are_not_expanded(tmp_path: Path, corpus: Path) -> None:
    from trialink import PubmedClient

    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    record = (corpus / "pubmed" / "efetch_22663011.xml").read_bytes()
    body = record.split(b"<PubmedArticleSet>", 1)[1]
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    dtd = (f'<?xml version="1.0"?><!DOCTYPE PubmedArticleSet [<!ENTITY l0 "lol">{laughs}'
           f'<!ENTITY xxe SYSTEM "file://{secret}">]>').encode()
    doc = dtd + b"<PubmedArticleSet>" + body.replace(b"</ArticleTitle>", b"&xxe;&l9;</ArticleTitle>", 1)
    srv = fs.FaultServer(lambda seen: fs.Answer(body=doc, ctype="text/xml")).start()
    try:
        batch = PubmedClient(make_session(tmp_path / "c"), base_url=srv.url).get_many(["22663011"])
    finally:
        srv.stop()
    titles = [p.title or "" for p in batch.publications]
    assert all("TOP-SECRET" not in t and "lollollol" not in t for t in titles)
    assert batch.publications or batch.failed  # read without the entities, or refused: never expanded


@pytest.mark.corpus
def test_every_element_of_a_real_pubmed_record_removed_emptied_or_garbled(corpus: Path) -> None:
    from lxml import etree
    from trialink.sources.pubmed import parse_pubmed_xml

    root = etree.fromstring((corpus / "pubmed" / "efetch_22663011.xml").read_bytes())
    n = len(list(root.iter()))
    for i in range(1, n):
        for mode in ("remove", "text", "empty", "digits"):
            doc = copy.deepcopy(root)
            el = list(doc.iter())[i]
            if mode == "remove":
                el.getparent().remove(el)
            else:
                for child in list(el):
                    el.remove(child)
                el.text = {"text": "x", "empty": None, "digits": "99999"}[mode]
            try:
                parse_pubmed_xml(etree.tostring(doc))
            except TrialinkError:
                pass
