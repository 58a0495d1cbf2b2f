"""Identifier grammar: the seeds' gold IDs, real-world print forms, and things that are not IDs."""

from __future__ import annotations

import csv
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from trialink import (
    InvalidIdError,
    PlaceholderIdError,
    TrialinkError,
    find_ids,
    ids,
    parse_id,
    parse_ids,
    read_publications,
)
from trialink.ids import _GRAMMARS, REGISTRIES, is_placeholder


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
    assert "'NCT123'" in str(info.value)  # the offending value is named
    assert info.value.values == ("NCT123",) and info.value.registry is None
    assert info.value.problem == "unrecognised"
    with pytest.raises(InvalidIdError) as info:
        parse_id(4964934)  # type: ignore[arg-type]
    assert info.value.problem == "not_a_string"
    with pytest.raises(InvalidIdError) as info:
        parse_id("NCT00000000")
    assert info.value.problem == "placeholder"
    with pytest.raises(ValueError, match="'bogus'"):
        InvalidIdError("x", "x", problem="bogus")  # type: ignore[arg-type]  # a closed vocabulary


def test_parse_ids_lists_every_bad_value() -> None:
    with pytest.raises(InvalidIdError) as info:
        parse_ids(["NCT04964934", "bogus", "2024-519655-28-00", "NCT1"])
    assert info.value.values == ("bogus", "NCT1") and info.value.problem == "several"
    assert list(info.value.reasons) == ["bogus", "NCT1"]
    lines = str(info.value).splitlines()
    assert len(lines) == 3  # one header, one line per bad value
    assert lines[1].lstrip().startswith("'bogus'") and lines[2].lstrip().startswith("'NCT1'")
    assert "ClinicalTrials.gov: ClinicalTrials.gov" not in str(info.value)


def test_parse_ids_error_stays_short_for_many_bad_values() -> None:
    bad = [f"XYZ{i}" for i in range(25)]
    with pytest.raises(InvalidIdError) as info:
        parse_ids(["NCT04964934", *bad])
    assert info.value.values == tuple(bad)  # every refused value is kept as a field
    assert len(str(info.value).splitlines()) <= 10
    assert "XYZ24" not in str(info.value)  # beyond the shown lines, only counted


def test_eudract_given_where_eu_ct_is_required_says_which_it_is() -> None:
    with pytest.raises(InvalidIdError) as info:
        parse_id("2019-001588-63", expect="CTIS")
    assert (info.value.values, info.value.registry, info.value.expected) == (("2019-001588-63",), "EudraCT", "CTIS")
    assert info.value.problem == "wrong_registry"
    with pytest.raises(InvalidIdError) as info:
        parse_ids(["NCT04964934", "2019-001588-63"], expect="ClinicalTrials.gov")
    assert (info.value.values, info.value.problem, list(info.value.reasons)) == (
        ("2019-001588-63",), "several", ["2019-001588-63"])
    with pytest.raises(InvalidIdError) as info:
        parse_id("2024-510663-34-00", expect="EudraCT")
    assert (info.value.values, info.value.registry, info.value.expected) == (("2024-510663-34-00",), "CTIS", "EudraCT")


def test_format_is_validated_never_corrected() -> None:
    # No public check digit exists: a well-formed number comes back digit for digit.
    assert parse_id("2019-099999-99").id == "2019-099999-99"


@given(digits=st.from_regex(r"\d{8}", fullmatch=True),
       left=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20),
       right=st.text(alphabet="abcdefghij ,.;()Phase", max_size=20))
def test_an_nct_number_is_found_in_any_surrounding_text(digits: str, left: str, right: str) -> None:
    assume(not is_placeholder("ClinicalTrials.gov", f"NCT{digits}"))
    text = f"{left} NCT{digits}{right}"
    assert f"NCT{digits}" in [m.id for m in find_ids(text) if m.registry == "ClinicalTrials.gov"]


@given(st.text(max_size=200))
def test_find_ids_never_fails_and_spans_match_text(text: str) -> None:
    for m in find_ids(text):
        assert text[m.start:m.end] == m.text


def _ungated(text: str) -> list[tuple[str, str, int, int]]:
    """find_ids with every grammar run on every text (the quick pre-tests switched off)."""
    with mock.patch.object(ids, "_possible", lambda lower: set(ids._all_keys())):
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


# ---------------------------------------------------------------------------
# Labelled forms, REPEC, CCMO, placeholders (strings written here, from the formats)
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "registry", "canonical", "as_written"),
    [
        ("NCT Number: 04112233", "ClinicalTrials.gov", "NCT04112233", "NCT Number: 04112233"),
        ("NCT Number: NT 04112233", "ClinicalTrials.gov", "NCT04112233", "NCT Number: NT 04112233"),
        ("nct no. 04112233;", "ClinicalTrials.gov", "NCT04112233", "nct no. 04112233"),
        ("ClinicalTrials.gov identifier: 04112233.", "ClinicalTrials.gov", "NCT04112233",
         "ClinicalTrials.gov identifier: 04112233"),
        ("DRKS Number: 00027491", "DRKS", "DRKS00027491", "DRKS Number: 00027491"),
        ("DRKS ID 00027491", "DRKS", "DRKS00027491", "DRKS ID 00027491"),
        ("DRKS-IDDRKS00027491", "DRKS", "DRKS00027491", "DRKS00027491"),
        ("UMIN: 000031874", "JPRN", "UMIN000031874", "UMIN: 000031874"),
        ("UMIN-CTR ID 000031874", "JPRN", "UMIN000031874", "UMIN-CTR ID 000031874"),
        ("ISRCTN number - 24791884", "ISRCTN", "ISRCTN24791884", "ISRCTN number - 24791884"),
        ("International Standard Randomised Controlled Trial, number 24791884", "ISRCTN", "ISRCTN24791884",
         "International Standard Randomised Controlled Trial, number 24791884"),
        ("ANZCTR number: 12620000001234", "ANZCTR", "ACTRN12620000001234", "ANZCTR number: 12620000001234"),
        ("CTRI: 2020/05/025114", "CTRI", "CTRI/2020/05/025114", "CTRI: 2020/05/025114"),
        ("KCT: 0001234", "CRiS", "KCT0001234", "KCT: 0001234"),
        ("NTR number 1234", "NTR", "NTR1234", "NTR number 1234"),
        ("ChiCTR: 2000029308", "ChiCTR", "ChiCTR2000029308", "ChiCTR: 2000029308"),
    ],
)
def test_labelled_forms_with_the_prefix_cut_mangled_or_repeated(text: str, registry: str, canonical: str,
                                                                as_written: str) -> None:
    (m,) = find_ids(text)
    assert (m.registry, m.id, m.text) == (registry, canonical, as_written)
    assert parse_id(text.rstrip(".;")).id == canonical


def test_a_label_is_not_a_number_of_its_own() -> None:
    # Words that contain a registry's letters, and labels with nothing (or too few digits) after them.
    for text in ("the function 04112233 of", "control 1234", "NCT Number: pending", "DRKS ID 0002749",
                 "UMIN: 00003187", "NCT Number: XY 04112233", "Netherlands Trial Register: applied for"):
        assert find_ids(text) == [], text


def test_repec_numbers() -> None:
    (m,) = find_ids("registered in REPEC (PER-012-21) in 2021")
    assert (m.registry, m.id, m.text) == ("REPEC", "PER-012-21", "PER-012-21")
    assert parse_id("PER\u2013109\u201320").id == "PER-109-20"
    assert parse_id("REPEC: 012-21").id == "PER-012-21"
    # Lower case "per" is a word, not the registry; a fourth digit group is something else.
    assert find_ids("given 2 mg per-012-21 dose") == [] and find_ids("PER-0123-21") == []


def test_ccmo_dossier_numbers_are_their_own_kind_never_cut_into_an_ntr_id() -> None:
    text = "approved under NL12345.678.09 (CCMO) and registered as NL7034; CCMO-NL3248800010; NL 54321.041.16"
    got = [(m.registry, m.id, m.text) for m in find_ids(text)]
    assert got == [("CCMO", "NL12345.678.09", "NL12345.678.09"), ("NTR", "NL7034", "NL7034"),
                   ("CCMO", "NL32488.000.10", "NL3248800010"), ("CCMO", "NL54321.041.16", "NL 54321.041.16")]
    assert "NTR" not in {m.registry for m in find_ids("NL12345.678.09")}
    assert parse_id("CCMO: NL12345.678.09").registry == "CCMO"
    with pytest.raises(InvalidIdError) as info:
        parse_id("NL12345.678.09", expect="NTR")
    assert (info.value.registry, info.value.expected) == ("CCMO", "NTR")


@pytest.mark.parametrize("text", ["NCT12345678", "NCT00000000", "NCT99999999", "ISRCTN12345678", "DRKS00000000",
                                  "UMIN123456789", "ACTRN12345678901234", "KCT9876543", "NCT Number: 00000000",
                                  "ChiCTR1111111111"])
def test_placeholders_are_not_trials(text: str) -> None:
    assert find_ids(f"e.g. {text} in the documentation") == []
    with pytest.raises(PlaceholderIdError) as info:
        parse_id(text)
    assert info.value.values == (text,)


def test_placeholder_rule_leaves_real_looking_numbers_alone() -> None:
    # Issued in sequence: NCT01234567 exists; runs shorter than 6 digits and EU numbers are never placeholders.
    for text, canonical in (("NCT01234567", "NCT01234567"), ("NCT00012345", "NCT00012345"), ("NTR12345", "NTR12345"),
                            ("2004-000000-00", "2004-000000-00"), ("PMID: 12345678", "12345678")):
        assert [m.id for m in find_ids(text)] == [canonical], text
    assert not is_placeholder("PMID", "12345678") and is_placeholder("ISRCTN", "ISRCTN11111111")


_HOSTILE = st.text(alphabet=st.sampled_from(list("NCTDRKSUMINLPEROCRTIS0123456789 -_:#./\u2013\u00a0,IDnumberNo")),
                   max_size=80)


@given(st.one_of(_HOSTILE, st.text(max_size=120), st.lists(_PIECES, max_size=6).map(" ".join)))
def test_find_ids_and_parse_id_fail_only_with_trialink_errors(text: str) -> None:
    for m in find_ids(text):
        assert text[m.start:m.end] == m.text and m.start < m.end
        assert not is_placeholder(m.registry, m.id)
    try:
        rid = parse_id(text)
    except TrialinkError:
        return
    assert rid.id and rid.registry in REGISTRIES


def test_a_labelled_number_must_look_like_one() -> None:
    # A PMID after an "NCT:" heading, and a key of key:value pairs, are not NCT numbers.
    text = "DataBank NCT: 21933749; trial NCT: 04112233"
    assert [(m.id, m.start, m.text) for m in find_ids(text)] == [("NCT04112233", text.index("NCT: 04"),
                                                                 "NCT: 04112233")]
    assert [m.id for m in find_ids("DataBank NCT: 01933749:NCT00585195")] == ["NCT00585195"]


def test_a_placeholder_is_refused_by_its_own_error_class():
    from trialink.errors import InvalidIdError, PlaceholderIdError

    with pytest.raises(PlaceholderIdError) as info:
        parse_id("NCT00000000")
    assert isinstance(info.value, InvalidIdError) and info.value.values == ("NCT00000000",)
    with pytest.raises(InvalidIdError) as other:
        parse_id("NCT0000")
    assert not isinstance(other.value, PlaceholderIdError)
