"""One date rule: ISO text of the precision the source gives, a warning for anything else."""

from __future__ import annotations

import warnings

import pytest
from trialink import DataQualityWarning
from trialink._dates import iso_date


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
