"""One date rule: ISO text of the precision the source gives, a warning for anything else."""

from __future__ import annotations

import warnings

import pytest
from trialink import DataQualityWarning
from trialink._dates import iso_date, iso_date_parts


@pytest.mark.parametrize(("text", "iso"), [
    ("2019", "2019"), ("2019-05", "2019-05"), ("2019-05-15", "2019-05-15"),
    ("May 2019", "2019-05"), ("May 15, 2019", "2019-05-15"), ("2019 May 15", "2019-05-15"),
    ("2019 May", "2019-05"), ("15 May 2019", "2019-05-15"), ("October 17, 2012", "2012-10-17"),
    ("Sept 2012", "2012-09"), ("Dec. 3, 2001", "2001-12-03"), ("  march 2012 ", "2012-03"),
    ("2021-01-29T10:15:00Z", "2021-01-29"), ("2020 Feb 29", "2020-02-29"),
])
def test_accepted_forms(text: str, iso: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert iso_date(text) == iso


@pytest.mark.parametrize("text", ["Spring 2019", "2019-02-30", "2019-13", "2019 Foo 3", "n/a", "19-05-2019",
                                  "2019 Feb 29"])
def test_anything_else_warns_and_is_left_empty(text: str) -> None:
    with pytest.warns(DataQualityWarning) as caught:
        assert iso_date(text, source="NCT01234567") is None
    assert repr(text) in str(caught[0].message) and "NCT01234567" in str(caught[0].message)


def test_empty_is_none_without_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert iso_date(None) is None and iso_date("  ") is None


@pytest.mark.parametrize(("text", "iso"), [
    ("29/01/2021", "2021-01-29"), ("29.01.2021", "2021-01-29"), ("1/2/2021", "2021-02-01"),  # CTIS print form
    ("2021-01-29", "2021-01-29"), ("May 2019", "2019-05"),  # the other forms still read
])
def test_day_first_reads_eu_numeric_dates(text: str, iso: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert iso_date(text, day_first=True) == iso


def test_numeric_dates_need_day_first_and_a_real_date() -> None:
    with pytest.warns(DataQualityWarning):
        assert iso_date("29/01/2021") is None  # 01/02/2021 is ambiguous without the registry's convention
    with pytest.warns(DataQualityWarning):
        assert iso_date("31/02/2021", day_first=True) is None


@pytest.mark.parametrize(("text", "iso"), [
    ("2019 Jan-Feb", "2019-01"), ("2019 Sep/Oct", "2019-09"), ("2018 Dec-2019 Jan", "2018-12"),
    ("2019-2020", "2019"), ("2019 Spring", "2019"), ("2000 Dec 23-30", "2000-12-23"), ("2019-05-15", "2019-05-15"),
    ("2019", "2019"),
])
def test_range_start_gives_the_start_of_a_printed_range(text: str, iso: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert iso_date(text, range_start=True) == iso


def test_a_range_is_no_date_without_range_start() -> None:
    with pytest.warns(DataQualityWarning):
        assert iso_date("2019 Jan-Feb") is None


@pytest.mark.parametrize(("parts", "iso"), [
    ((2012, 7, 12), "2012-07-12"), (("2012", "Jul", "12"), "2012-07-12"), (("2012", "July", None), "2012-07"),
    (("2012", "07", None), "2012-07"), ((2012, None, None), "2012"), (("2012", None, "5"), "2012"),
    ((2020, 2, 29), "2020-02-29"),
])
def test_parts_follow_the_same_rule(parts: tuple[object, object, object], iso: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert iso_date_parts(*parts) == iso  # type: ignore[arg-type]


def test_parts_that_are_no_date_warn_and_are_left_empty() -> None:
    assert iso_date_parts(None) is None and iso_date_parts("") is None
    for parts in ((2019, 2, 29), (2019, 13, 1), ("2019", "Foo", None), ("19", 5, None)):
        with pytest.warns(DataQualityWarning) as caught:
            assert iso_date_parts(*parts, source="PMID 1") is None  # type: ignore[arg-type]
        assert "PMID 1" in str(caught[0].message)


def test_a_pubmed_date_warning_names_its_record() -> None:
    from trialink import parse_medline_text, parse_pubmed_xml

    # Written for this test: one citation whose publication date has no readable day.
    xml = (b"<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>12345678</PMID><Article>"
           b"<Journal><JournalIssue><PubDate><Year>2012</Year><Month>Jul</Month><Day>x</Day></PubDate>"
           b"</JournalIssue></Journal><ArticleTitle>A title</ArticleTitle></Article></MedlineCitation>"
           b"</PubmedArticle></PubmedArticleSet>")
    with pytest.warns(DataQualityWarning) as got:
        (pub,) = parse_pubmed_xml(xml, source="mine.xml")
    assert pub.pmid == "12345678" and pub.pub_date is None
    assert any("PMID 12345678" in str(w.message) and "mine.xml" in str(w.message) for w in got)
    with pytest.warns(DataQualityWarning) as got:
        (pub,) = parse_medline_text("PMID- 87654321\nTI  - A title\nDP  - 2012 Jul x\n", source="mine.nbib")
    assert pub.pub_date is None and any("PMID 87654321" in str(w.message) for w in got)
