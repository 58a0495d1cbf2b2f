"""Identifier grammar: the seeds' gold IDs, real-world print forms, and things that are not IDs."""

from __future__ import annotations

import csv
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trialink import InvalidIdError, find_ids, ids, parse_id, parse_ids, read_publications
from trialink.ids import REGISTRIES, _GRAMMARS


def _gold(shared: Path) -> dict[str, set[tuple[str, str]]]:
    out: dict[str, set[tuple[str, str]]] = {}
    with open(shared / "gold" / "seed_ids.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            out.setdefault(row["seed_file"], set()).add((row["registry"], row["id"]))
    return out


def test_every_seed_gives_exactly_the_gold_ids(shared: Path) -> None:
    gold = _gold(shared)
    seeds = sorted((shared / "seeds").iterdir())
    assert len(seeds) == 5
    for seed in seeds:
        got = {(m.registry, m.id) for m in find_ids(seed.read_text(encoding="utf-8"))}
        assert got == gold.get(seed.name, set()), seed.name


def test_glued_table_cells_and_reference_urls(shared: Path) -> None:
    text = (shared / "seeds" / "000_05c5e03fba7beb7b.txt").read_text(encoding="utf-8")
    matches = [m for m in find_ids(text) if m.id in ("NCT02918084", "2024-519655-28-00")]
    # Each is found where it is glued to "Phase 3", and the EU CT number again inside its URL.
    assert [m.id for m in matches].count("2024-519655-28-00") == 2
    glued = next(m for m in matches if m.id == "NCT02918084")
    assert text[glued.end:glued.end + 5] == "Phase"
    for m in matches:
        assert text[m.start:m.end] == m.text


def test_grant_irb_and_phone_numbers_are_not_ids(shared: Path) -> None:
    text = (shared / "seeds" / "003_9ea972bdb87a4ceb.txt").read_text(encoding="utf-8")
    assert "P30CA015083" in text and "07-005768" in text
    assert {m.id for m in find_ids(text)} == {"NCT00573755"}
    assert find_ids("Call +1 (507) 284-2511 or 0049 2004-1234-56; grant R01 CA123456; n=2720; 2019 2020-2021") == []


@pytest.mark.parametrize(
    ("text", "registry", "canonical", "as_written"),
    [
        ("EudraCT 2004-002714-11", "EudraCT", "2004-002714-11", "2004-002714-11"),
        ("euctr2020-001808-42", "EudraCT", "2020-001808-42", "2020-001808-42"),
        ("nct01234567", "ClinicalTrials.gov", "NCT01234567", "nct01234567"),
        ("NCT 04964934.", "ClinicalTrials.gov", "NCT04964934", "NCT 04964934"),
        ("EU CT 2024\u2013519655\u201328\u201300", "CTIS", "2024-519655-28-00", "2024\u2013519655\u201328\u201300"),
        ("2022 - 501007 - 28 - 00", "CTIS", "2022-501007-28-00", "2022 - 501007 - 28 - 00"),
        ("https://clinicaltrials.gov/study/NCT04964934?tab=results", "ClinicalTrials.gov", "NCT04964934",
         "NCT04964934"),
        ("isrctn69423238", "ISRCTN", "ISRCTN69423238", "isrctn69423238"),
        ("(doi: 10.1016/S0140-6736(16)32389-3).", "DOI", "10.1016/S0140-6736(16)32389-3",
         "10.1016/S0140-6736(16)32389-3"),
        ("PMID: 25998582", "PMID", "25998582", "PMID: 25998582"),
        ("https://dx.doi.org/10.1182%2Fblood-2016-10-747345", "DOI", "10.1182/blood-2016-10-747345",
         "10.1182%2Fblood-2016-10-747345"),
        ("https://pubmed.ncbi.nlm.nih.gov/30501481/", "PMID", "30501481", "pubmed.ncbi.nlm.nih.gov/30501481"),
        ("ChiCTR-IOR-17013020", "ChiCTR", "ChiCTR-IOR-17013020", "ChiCTR-IOR-17013020"),
        ("CTRI/2020/05/025114", "CTRI", "CTRI/2020/05/025114", "CTRI/2020/05/025114"),
        ("RBR-4HC6JM", "ReBEC", "RBR-4hc6jm", "RBR-4HC6JM"),
        ("JPRN-jRCT2031200001", "JPRN", "jRCT2031200001", "JPRN-jRCT2031200001"),
    ],
)
def test_print_forms(text: str, registry: str, canonical: str, as_written: str) -> None:
    (m,) = find_ids(text)
    assert (m.registry, m.id, m.text) == (registry, canonical, as_written)
    assert text[m.start:m.end] == as_written


def test_eudract_country_suffix_is_stripped_and_kept() -> None:
    a, b = find_ids("2004-002714-11-DE; 2004-002714-11-3RD")
    assert (a.id, a.country, a.text) == ("2004-002714-11", "DE", "2004-002714-11-DE")
    assert (b.id, b.country) == ("2004-002714-11", "3RD")


def test_eu_ct_number_without_suffix_is_accepted_and_flagged() -> None:
    (m,) = find_ids("EU CT 2024-510663-34 was authorised")
    assert m.id == "2024-510663-34"
    assert "no_resubmission_suffix" in m.flags
    assert parse_id("2024-510663-34-00").flags == ()


def test_digits_inside_other_ids_are_not_reported_twice() -> None:
    # The DOI holds an EudraCT-shaped run; the PACTR number a date-like run.
    text = "10.1000/trial.2004-002714-11 and PACTR202001123456789 and ACTRN12620000001234"
    assert [(m.registry, m.id) for m in find_ids(text)] == [
        ("DOI", "10.1000/trial.2004-002714-11"), ("PACTR", "PACTR202001123456789"),
        ("ANZCTR", "ACTRN12620000001234")]


def test_every_registry_example_parses_to_itself() -> None:
    for g in _GRAMMARS:
        parsed = parse_id(g.example)
        assert parsed.registry == g.registry, g.example
        assert parse_id(parsed.id).id == parsed.id
    assert set(REGISTRIES) >= {"ClinicalTrials.gov", "CTIS", "EudraCT", "ISRCTN", "ANZCTR", "ChiCTR", "CTRI",
                               "DRKS", "IRCT", "JPRN", "CRiS", "NTR", "PACTR", "ReBEC", "RPCEC", "SLCTR",
                               "TCTR", "LBCTR", "ITMCTR", "PMID", "PMCID", "DOI"}


def test_parse_id_rejects_with_the_value_and_the_formats() -> None:
    with pytest.raises(InvalidIdError) as info:
        parse_id("NCT123")
    assert "'NCT123'" in str(info.value) and "NCT + 8 digits" in str(info.value)
    assert info.value.values == ("NCT123",)


def test_parse_ids_lists_every_bad_value() -> None:
    with pytest.raises(InvalidIdError) as info:
        parse_ids(["NCT04964934", "bogus", "2024-519655-28-00", "NCT1"])
    assert info.value.values == ("bogus", "NCT1")


def test_eudract_given_where_eu_ct_is_required_says_which_it_is() -> None:
    with pytest.raises(InvalidIdError, match="is a EudraCT identifier.*not a CTIS one.*2024-519655-28-00"):
        parse_id("2019-001588-63", expect="CTIS")
    with pytest.raises(InvalidIdError, match="is a CTIS identifier.*not a EudraCT one"):
        parse_id("2024-510663-34-00", expect="EudraCT")


def test_format_is_validated_never_corrected() -> None:
    # No public check digit exists: a well-formed number comes back digit for digit.
    assert parse_id("2019-099999-99").id == "2019-099999-99"


@given(digits=st.from_regex(r"\d{8}", fullmatch=True),
       left=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20),
       right=st.text(alphabet="abcdefghij ,.;()Phase", max_size=20))
def test_an_nct_number_is_found_in_any_surrounding_text(digits: str, left: str, right: str) -> None:
    text = f"{left} NCT{digits}{right}"
    assert f"NCT{digits}" in [m.id for m in find_ids(text) if m.registry == "ClinicalTrials.gov"]


@given(st.text(max_size=200))
def test_find_ids_never_fails_and_spans_match_text(text: str) -> None:
    for m in find_ids(text):
        assert text[m.start:m.end] == m.text


def _ungated(text: str) -> list[tuple[str, str, int, int]]:
    """find_ids with every grammar run on every text (the quick pre-tests switched off)."""
    with mock.patch.object(ids, "_possible", lambda lower: set(REGISTRIES)):
        return [(m.registry, m.id, m.start, m.end) for m in find_ids(text)]


def _gated(text: str) -> list[tuple[str, str, int, int]]:
    return [(m.registry, m.id, m.start, m.end) for m in find_ids(text)]


def test_quick_pretests_never_hide_an_id_in_real_text(corpus: Path, shared: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared / "seeds").iterdir())]
    texts += [t for p in read_publications(corpus / "pubmed", on_error="collect") for t in (p.title, p.abstract)
              if t]
    with_ids = [t for t in texts if _ungated(t)]
    assert len(texts) > 100 and len(with_ids) > 30
    for t in texts:
        assert _gated(t) == _ungated(t), t[:200]


_PIECES = st.sampled_from([g.example for g in _GRAMMARS] + [
    "ntr 123", "NL-OMON12", "nl1234", "JMA-IIA00123", "JapicCTI-123456", "UMIN 000012345", "ChiCTR-TRC-12345678",
    "ctri /2020 /05/ 025114", "2019\u2013001588\u201363", "2024 -519655- 28", "NCT#01234567", "pubmed id: 123",
    "ncbi.nlm.nih.gov/pubmed/123", "10.1000%2Fabc", "rbr\u20124hc6jm", "PMC 12345"])


@given(st.lists(st.one_of(_PIECES, st.text(alphabet="aAnNlLtTrRcC0123456789 -/.:#_\u2013\u00a0", max_size=12)),
                max_size=8), st.booleans())
def test_quick_pretests_never_hide_an_id(pieces: list[str], upper: bool) -> None:
    text = "".join(pieces)
    text = text.upper() if upper else text
    assert _gated(text) == _ungated(text)


@given(_texts := st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=5).map("".join), _texts)
def test_no_identifier_crosses_a_line_break(a: str, b: str) -> None:
    # text_accessions reads title and abstract in one pass joined by "\n"; this is why it may.
    a, b = a.replace("\n", " "), b.replace("\n", " ")
    joined = [(m.registry, m.id) for m in find_ids(f"{a}\n{b}")]
    assert joined == [(m.registry, m.id) for m in find_ids(a)] + [(m.registry, m.id) for m in find_ids(b)]
